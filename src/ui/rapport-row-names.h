/* rapport-row-names.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void rapport_row_names_by_title (AdwPreferencesRow *row);
void rapport_row_names_apply    (GtkWidget         *root);

G_END_DECLS
