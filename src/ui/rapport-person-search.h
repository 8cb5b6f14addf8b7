/* rapport-person-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-address-book-results.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PERSON_SEARCH (rapport_person_search_get_type ())

G_DECLARE_FINAL_TYPE (RapportPersonSearch, rapport_person_search, RAPPORT, PERSON_SEARCH, AdwPreferencesGroup)

RapportPersonSearch *rapport_person_search_new        (RapportStore        *store,
                                                       gint64               exclude_id);
gint64               rapport_person_search_get_chosen (RapportPersonSearch *self);
const char          *rapport_person_search_get_chosen_name (RapportPersonSearch *self);
void                 rapport_person_search_set_text   (RapportPersonSearch *self,
                                                       const char          *text);
gboolean             rapport_person_search_choose     (RapportPersonSearch *self,
                                                       gint64               contact_id);
RapportAddressBookResults *rapport_person_search_get_address_book_results (RapportPersonSearch *self);

G_END_DECLS
