/* rapport-address-book-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-contact.h"
#include "rapport-source-list.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_ADDRESS_BOOK_SEARCH (rapport_address_book_search_get_type ())

G_DECLARE_FINAL_TYPE (RapportAddressBookSearch, rapport_address_book_search, RAPPORT, ADDRESS_BOOK_SEARCH, GObject)

RapportAddressBookSearch *rapport_address_book_search_new           (RapportSourceList         *books,
                                                                     GSettings                 *settings);
gboolean                  rapport_address_book_search_is_active     (RapportAddressBookSearch  *self);
void                      rapport_address_book_search_query_async   (RapportAddressBookSearch  *self,
                                                                     const char                *text,
                                                                     GAsyncReadyCallback        callback,
                                                                     gpointer                   user_data);
GPtrArray                *rapport_address_book_search_query_finish  (RapportAddressBookSearch  *self,
                                                                     GAsyncResult              *result,
                                                                     GError                   **error);
void                      rapport_address_book_search_cancel        (RapportAddressBookSearch  *self);
const char               *rapport_address_book_search_get_book_name (RapportContact            *contact);
const char               *rapport_address_book_search_get_book_uid  (RapportContact            *contact);
const char               *rapport_address_book_search_get_contact_uid (RapportContact          *contact);

G_END_DECLS
