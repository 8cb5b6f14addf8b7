/* rapport-people-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-enums.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEOPLE_MODEL (rapport_people_model_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeopleModel, rapport_people_model, RAPPORT, PEOPLE_MODEL, GObject)

RapportPeopleModel *rapport_people_model_new             (RapportStore       *store);
const char         *rapport_people_model_get_search_text (RapportPeopleModel *self);
void                rapport_people_model_set_search_text (RapportPeopleModel *self,
                                                          const char         *text);
RapportPeopleSort   rapport_people_model_get_sort        (RapportPeopleModel *self);
void                rapport_people_model_set_sort        (RapportPeopleModel *self,
                                                          RapportPeopleSort   sort);
const char         *rapport_people_model_get_tag         (RapportPeopleModel *self);
void                rapport_people_model_set_tag         (RapportPeopleModel *self,
                                                          const char         *tag);
int                 rapport_people_model_get_closeness   (RapportPeopleModel *self);
void                rapport_people_model_set_closeness   (RapportPeopleModel *self,
                                                          int                 closeness);
gboolean            rapport_people_model_get_enjoy_only  (RapportPeopleModel *self);
void                rapport_people_model_set_enjoy_only  (RapportPeopleModel *self,
                                                          gboolean            enjoy_only);
gboolean            rapport_people_model_get_due_only    (RapportPeopleModel *self);
void                rapport_people_model_set_due_only    (RapportPeopleModel *self,
                                                          gboolean            due_only);
gboolean            rapport_people_model_get_archived    (RapportPeopleModel *self);
void                rapport_people_model_set_archived    (RapportPeopleModel *self,
                                                          gboolean            archived);
void                rapport_people_model_begin_change    (RapportPeopleModel *self);
void                rapport_people_model_end_change      (RapportPeopleModel *self);
guint               rapport_people_model_find            (RapportPeopleModel *self,
                                                          gint64              id);
gint64              rapport_people_model_get_id          (RapportPeopleModel *self,
                                                          guint               position);
GArray             *rapport_people_model_dup_ids         (RapportPeopleModel *self);
char               *rapport_people_model_build_match     (const char         *text);

G_END_DECLS
