/* rapport-merge-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_MERGE_DIALOG (rapport_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportMergeDialog, rapport_merge_dialog, RAPPORT, MERGE_DIALOG, AdwDialog)

RapportMergeDialog *rapport_merge_dialog_new_for_candidates (RapportStore       *store,
                                                             gint64              from_id,
                                                             GArray             *candidates);
RapportMergeDialog *rapport_merge_dialog_new_for_person     (RapportStore       *store,
                                                             gint64              into_id);
void                rapport_merge_dialog_choose             (RapportMergeDialog *self,
                                                             gint64              other_id);
char               *rapport_merge_dialog_dup_summary        (RapportContact     *contact,
                                                             gboolean            last_contacted);

G_END_DECLS
