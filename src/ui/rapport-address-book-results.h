/* rapport-address-book-results.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-address-book-search.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_ADDRESS_BOOK_RESULTS (rapport_address_book_results_get_type ())

G_DECLARE_FINAL_TYPE (RapportAddressBookResults, rapport_address_book_results, RAPPORT, ADDRESS_BOOK_RESULTS, GtkBox)

RapportAddressBookResults *rapport_address_book_results_new        (RapportStore              *store);
void                       rapport_address_book_results_set_search (RapportAddressBookResults *self,
                                                                    RapportAddressBookSearch  *search);
void                       rapport_address_book_results_set_text   (RapportAddressBookResults *self,
                                                                    const char                *text);
GtkListBox                *rapport_address_book_results_get_list   (RapportAddressBookResults *self);

G_END_DECLS
