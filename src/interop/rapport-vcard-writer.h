/* rapport-vcard-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-contact.h"

G_BEGIN_DECLS

void    rapport_vcard_append_contact (GString        *out,
                                      RapportContact *contact);
GBytes *rapport_vcard_write          (GPtrArray      *contacts);
void    rapport_vcard_append_folded  (GString        *out,
                                      const char     *line);
char   *rapport_vcard_escape         (const char     *text);

G_END_DECLS
