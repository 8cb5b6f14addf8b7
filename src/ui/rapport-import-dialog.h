/* rapport-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_IMPORT_DIALOG (rapport_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportImportDialog, rapport_import_dialog, RAPPORT, IMPORT_DIALOG, AdwDialog)

RapportImportDialog *rapport_import_dialog_new        (RapportStore        *store,
                                                       GFile               *file);
void                 rapport_import_dialog_present    (RapportImportDialog *self,
                                                       GtkWidget           *parent);
RapportImportReport *rapport_import_dialog_get_report (RapportImportDialog *self);

G_END_DECLS
