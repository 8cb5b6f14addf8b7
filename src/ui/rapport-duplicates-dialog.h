/* rapport-duplicates-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_DUPLICATES_DIALOG (rapport_duplicates_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportDuplicatesDialog, rapport_duplicates_dialog, RAPPORT, DUPLICATES_DIALOG, AdwDialog)

RapportDuplicatesDialog *rapport_duplicates_dialog_new          (RapportStore            *store);
GListModel              *rapport_duplicates_dialog_get_pairs    (RapportDuplicatesDialog *self);
void                     rapport_duplicates_dialog_compare      (RapportDuplicatesDialog *self,
                                                                 guint                    position);
char                    *rapport_duplicates_dialog_dup_reason   (gpointer                 duplicate);

G_END_DECLS
