/* rapport-prepare-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PREPARE_DIALOG (rapport_prepare_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportPrepareDialog, rapport_prepare_dialog, RAPPORT, PREPARE_DIALOG, AdwDialog)

RapportPrepareDialog *rapport_prepare_dialog_new     (RapportStore          *store,
                                                      RapportCalendarEvent  *event);
RapportEvent         *rapport_prepare_dialog_prepare (RapportPrepareDialog  *self,
                                                      GError               **error);
GtkCheckButton       *rapport_prepare_dialog_get_check (RapportPrepareDialog *self,
                                                        guint                 index);
AdwComboRow          *rapport_prepare_dialog_get_choice (RapportPrepareDialog *self,
                                                         guint                 index);

G_END_DECLS
