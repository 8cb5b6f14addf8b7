/* rapport-shortcuts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     rapport_shortcuts_set_accels (GtkApplication *app);
GObject *rapport_shortcuts_build      (void);
void     rapport_shortcuts_present    (GtkWidget      *parent);

G_END_DECLS
