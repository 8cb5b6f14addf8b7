/* rapport-interaction-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTERACTION_DIALOG (rapport_interaction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportInteractionDialog, rapport_interaction_dialog, RAPPORT, INTERACTION_DIALOG, AdwDialog)

RapportInteractionDialog *rapport_interaction_dialog_new             (RapportStore             *store,
                                                                      RapportInteraction       *interaction);
RapportInteraction       *rapport_interaction_dialog_get_interaction (RapportInteractionDialog *self);
void                      rapport_interaction_dialog_present         (RapportInteractionDialog *self,
                                                                      GtkWidget                *parent);

G_END_DECLS
