/* rapport-google-csv-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-contact.h"
#include "rapport-import-problem.h"

G_BEGIN_DECLS

GPtrArray *rapport_google_csv_read               (const char          *data,
                                                  gsize                len,
                                                  GPtrArray           *problems,
                                                  GError             **error);
gboolean   rapport_google_csv_is_header          (const char * const  *row);
gboolean   rapport_google_csv_is_contacts_header (const char * const  *row);

G_END_DECLS
