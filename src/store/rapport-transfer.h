/* rapport-transfer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportExportFormat:
 * @RAPPORT_EXPORT_FORMAT_VCARD: vCard 4.0
 * @RAPPORT_EXPORT_FORMAT_CSV: CSV with Google Contacts' columns
 *
 * What "Export" can write.
 */
typedef enum
{
  RAPPORT_EXPORT_FORMAT_VCARD,
  RAPPORT_EXPORT_FORMAT_CSV,
} RapportExportFormat;

RapportImportReport *rapport_transfer_import_file  (const char           *db_path,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    RapportImportProgress progress,
                                                    gpointer              user_data,
                                                    GError              **error);
gboolean             rapport_export_format_for_name (const char          *name,
                                                     RapportExportFormat *format);
GBytes              *rapport_transfer_export       (RapportStore         *store,
                                                    GArray               *ids,
                                                    RapportExportFormat   format,
                                                    GError              **error);
gboolean             rapport_transfer_export_file  (const char           *db_path,
                                                    GArray               *ids,
                                                    RapportExportFormat   format,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    RapportImportProgress progress,
                                                    gpointer              user_data,
                                                    guint                *n_written,
                                                    GError              **error);

G_END_DECLS
