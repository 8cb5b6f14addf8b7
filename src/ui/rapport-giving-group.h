/* rapport-giving-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_GIVING_GROUP (rapport_giving_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportGivingGroup, rapport_giving_group, RAPPORT, GIVING_GROUP, AdwPreferencesGroup)

void        rapport_giving_group_set_store   (RapportGivingGroup *self,
                                              RapportStore       *store);
void        rapport_giving_group_set_contact (RapportGivingGroup *self,
                                              RapportContact     *contact);
const char *rapport_giving_group_get_text    (RapportGivingGroup *self);
char       *rapport_giving_describe          (const char         *name,
                                              guint               introductions,
                                              guint               help_given,
                                              guint               help_received);

G_END_DECLS
