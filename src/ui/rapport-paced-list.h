/* rapport-paced-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_PACED_LIST (rapport_paced_list_get_type ())

G_DECLARE_FINAL_TYPE (RapportPacedList, rapport_paced_list, RAPPORT, PACED_LIST, GObject)

RapportPacedList *rapport_paced_list_new   (GListModel       *model,
                                            GtkWidget        *view);
void              rapport_paced_list_flush (RapportPacedList *self);

G_END_DECLS
