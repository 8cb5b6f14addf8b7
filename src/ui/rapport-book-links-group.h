/* rapport-book-links-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_BOOK_LINKS_GROUP (rapport_book_links_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportBookLinksGroup, rapport_book_links_group, RAPPORT, BOOK_LINKS_GROUP, AdwPreferencesGroup)

void  rapport_book_links_group_set_store   (RapportBookLinksGroup *self,
                                            RapportStore          *store);
void  rapport_book_links_group_set_contact (RapportBookLinksGroup *self,
                                            RapportContact        *contact);
guint rapport_book_links_group_get_n_links (RapportBookLinksGroup *self);

G_END_DECLS
