/* rapport-vcard-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-contact.h"
#include "rapport-import-problem.h"

G_BEGIN_DECLS

GPtrArray *rapport_vcard_read                (const char  *data,
                                              gsize        len,
                                              GPtrArray   *problems,
                                              GError     **error);
char      *rapport_vcard_label_from_apple    (const char  *label);

G_END_DECLS
