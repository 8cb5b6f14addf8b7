/* rapport-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-contact.h"
#include "rapport-import-problem.h"

G_BEGIN_DECLS

/**
 * RapportImportFormat:
 * @RAPPORT_IMPORT_FORMAT_UNKNOWN: none Rapport reads
 * @RAPPORT_IMPORT_FORMAT_VCARD: vCard 2.1, 3.0 or 4.0
 * @RAPPORT_IMPORT_FORMAT_LINKEDIN: LinkedIn's `Connections.csv`
 * @RAPPORT_IMPORT_FORMAT_GOOGLE_CSV: a Google Contacts CSV export
 * @RAPPORT_IMPORT_FORMAT_CSV: another CSV with contact columns (Outlook…)
 *
 * The kinds of file an import can read.
 */
typedef enum
{
  RAPPORT_IMPORT_FORMAT_UNKNOWN,
  RAPPORT_IMPORT_FORMAT_VCARD,
  RAPPORT_IMPORT_FORMAT_LINKEDIN,
  RAPPORT_IMPORT_FORMAT_GOOGLE_CSV,
  RAPPORT_IMPORT_FORMAT_CSV,
} RapportImportFormat;

RapportImportFormat  rapport_import_detect_format (const char           *data,
                                                   gsize                 len);
GPtrArray           *rapport_import_read          (GBytes               *bytes,
                                                   RapportImportFormat  *format,
                                                   GPtrArray            *problems,
                                                   GError              **error);
const char          *rapport_import_format_get_label (RapportImportFormat format);

G_END_DECLS
