/* rapport-people-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEOPLE_EDITOR (rapport_people_editor_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeopleEditor, rapport_people_editor, RAPPORT, PEOPLE_EDITOR, AdwBin)

GtkWidget    *rapport_people_editor_new                   (RapportStore        *store);
RapportStore *rapport_people_editor_get_store             (RapportPeopleEditor *self);
void          rapport_people_editor_set_store             (RapportPeopleEditor *self,
                                                           RapportStore        *store);
const gint64 *rapport_people_editor_get_contact_ids       (RapportPeopleEditor *self,
                                                           guint               *n_ids);
void          rapport_people_editor_set_contact_ids       (RapportPeopleEditor *self,
                                                           const gint64        *ids,
                                                           guint                n_ids);
gboolean      rapport_people_editor_has_contact           (RapportPeopleEditor *self,
                                                           gint64               contact_id);
const char   *rapport_people_editor_get_placeholder_text  (RapportPeopleEditor *self);
void          rapport_people_editor_set_placeholder_text  (RapportPeopleEditor *self,
                                                           const char          *text);
const char   *rapport_people_editor_get_remove_tooltip    (RapportPeopleEditor *self);
void          rapport_people_editor_set_remove_tooltip    (RapportPeopleEditor *self,
                                                           const char          *tooltip);
const char   *rapport_people_editor_get_included_subtitle (RapportPeopleEditor *self);
void          rapport_people_editor_set_included_subtitle (RapportPeopleEditor *self,
                                                           const char          *subtitle);

G_END_DECLS
