/* rapport-introduce-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-person-search.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTRODUCE_DIALOG (rapport_introduce_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportIntroduceDialog, rapport_introduce_dialog, RAPPORT, INTRODUCE_DIALOG, AdwDialog)

RapportIntroduceDialog *rapport_introduce_dialog_new        (RapportStore           *store,
                                                             RapportContact         *seeker,
                                                             gint64                  helper_id);
RapportPersonSearch    *rapport_introduce_dialog_get_search (RapportIntroduceDialog *self);
void                    rapport_introduce_dialog_set_how    (RapportIntroduceDialog *self,
                                                             RapportIntroductionHow  how);
char                   *rapport_introduce_dialog_dup_mailto (RapportIntroduceDialog *self);
RapportInteraction     *rapport_introduce_dialog_introduce  (RapportIntroduceDialog *self);

G_END_DECLS
