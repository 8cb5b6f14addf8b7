/* rapport-triage-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-triage.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_TRIAGE_DIALOG (rapport_triage_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportTriageDialog, rapport_triage_dialog, RAPPORT, TRIAGE_DIALOG, AdwDialog)

RapportTriageDialog *rapport_triage_dialog_new              (RapportTriage       *triage);
RapportTriage       *rapport_triage_dialog_get_triage       (RapportTriageDialog *self);
RapportContact      *rapport_triage_dialog_get_shown        (RapportTriageDialog *self);
const char          *rapport_triage_dialog_get_announcement (RapportTriageDialog *self);

G_END_DECLS
