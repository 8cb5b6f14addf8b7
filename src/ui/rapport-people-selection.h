/* rapport-people-selection.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-people-model.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEOPLE_SELECTION (rapport_people_selection_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeopleSelection, rapport_people_selection, RAPPORT, PEOPLE_SELECTION, GObject)

RapportPeopleSelection *rapport_people_selection_new            (GtkSelectionModel      *normal,
                                                                 RapportPeopleModel     *people);
gboolean                rapport_people_selection_get_active     (RapportPeopleSelection *self);
void                    rapport_people_selection_set_active     (RapportPeopleSelection *self,
                                                                 gboolean                active);
guint                   rapport_people_selection_get_n_selected (RapportPeopleSelection *self);
gboolean                rapport_people_selection_toggle         (RapportPeopleSelection *self,
                                                                 guint                   position);
void                    rapport_people_selection_add_range      (RapportPeopleSelection *self,
                                                                 guint                   first,
                                                                 guint                   last);
GArray                 *rapport_people_selection_dup_ids        (RapportPeopleSelection *self);

G_END_DECLS
