/* rapport-introductions-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-introduction-match.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTRODUCTIONS_GROUP (rapport_introductions_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportIntroductionsGroup, rapport_introductions_group, RAPPORT, INTRODUCTIONS_GROUP,
                      AdwPreferencesGroup)

void rapport_introductions_group_set_store   (RapportIntroductionsGroup *self,
                                              RapportStore              *store);
void rapport_introductions_group_set_contact (RapportIntroductionsGroup *self,
                                              RapportContact            *contact);
guint rapport_introductions_group_get_n_suggestions (RapportIntroductionsGroup *self);

char *rapport_introductions_describe       (RapportIntroductionSuggestion *suggestion);
void  rapport_introductions_present_dialog (GtkWidget                     *parent,
                                            RapportStore                  *store,
                                            RapportContact                *seeker,
                                            gint64                         helper_id);
void  rapport_introductions_group_set_reverse (RapportIntroductionsGroup  *self,
                                               gboolean                    reverse);

G_END_DECLS
