/* rapport-links-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_LINKS_GROUP (rapport_links_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportLinksGroup, rapport_links_group, RAPPORT, LINKS_GROUP, AdwPreferencesGroup)

void  rapport_links_group_set_store   (RapportLinksGroup *self,
                                       RapportStore      *store);
void  rapport_links_group_set_contact (RapportLinksGroup *self,
                                       RapportContact    *contact);
guint rapport_links_group_get_n_links (RapportLinksGroup *self);

G_END_DECLS
