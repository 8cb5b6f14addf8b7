/* rapport-interaction-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTERACTION_DIALOG (rapport_interaction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportInteractionDialog, rapport_interaction_dialog, RAPPORT, INTERACTION_DIALOG, AdwDialog)

G_END_DECLS
