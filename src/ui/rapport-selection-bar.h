/* rapport-selection-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_SELECTION_BAR (rapport_selection_bar_get_type ())

G_DECLARE_FINAL_TYPE (RapportSelectionBar, rapport_selection_bar, RAPPORT, SELECTION_BAR, AdwBin)

gboolean rapport_selection_bar_get_active     (RapportSelectionBar *self);
void     rapport_selection_bar_set_active     (RapportSelectionBar *self,
                                               gboolean             active);
void     rapport_selection_bar_set_n_selected (RapportSelectionBar *self,
                                               guint                n_selected);

G_END_DECLS
