/* rapport-interaction-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTERACTION_ROW (rapport_interaction_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportInteractionRow, rapport_interaction_row, RAPPORT, INTERACTION_ROW, AdwBin)

G_END_DECLS
