/* rapport-vcard-rapport.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-contact.h"

G_BEGIN_DECLS

void     rapport_vcard_append_rapport_fields (GString        *out,
                                              RapportContact *contact);
gboolean rapport_vcard_read_rapport_field    (RapportContact *contact,
                                              const char     *name,
                                              const char     *text);

G_END_DECLS
