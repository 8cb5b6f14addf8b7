/* rapport-address-book-sync.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportBookContact:
 * @book_uid: the address book
 * @contact_uid: the contact in it
 * @name: the contact's name
 * @email: (nullable): their first email
 *
 * A contact of a followed book, as a picker lists it.
 */
typedef struct
{
  char *book_uid;
  char *contact_uid;
  char *name;
  char *email;
} RapportBookContact;

void rapport_book_contact_free (RapportBookContact *contact);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportBookContact, rapport_book_contact_free)

#define RAPPORT_TYPE_ADDRESS_BOOK_SYNC (rapport_address_book_sync_get_type ())

G_DECLARE_FINAL_TYPE (RapportAddressBookSync, rapport_address_book_sync, RAPPORT, ADDRESS_BOOK_SYNC, GObject)

RapportAddressBookSync *rapport_address_book_sync_new           (RapportStore           *store,
                                                                 GSettings              *settings);
gboolean                rapport_address_book_sync_get_linking   (RapportAddressBookSync *self);
double                  rapport_address_book_sync_get_progress  (RapportAddressBookSync *self);
void                    rapport_address_book_sync_cancel        (RapportAddressBookSync *self);
gboolean                rapport_address_book_sync_is_settled    (RapportAddressBookSync *self);
gboolean                rapport_address_book_sync_is_following  (RapportAddressBookSync *self,
                                                                 const char             *book_uid);
char                   *rapport_address_book_sync_describe_link (RapportAddressBookSync *self,
                                                                 const RapportBookLink  *link);
char                   *rapport_address_book_sync_dup_vcard     (RapportAddressBookSync *self,
                                                                 const char             *book_uid,
                                                                 const char             *contact_uid);
GPtrArray              *rapport_address_book_sync_list_unlinked (RapportAddressBookSync *self,
                                                                 const char             *search,
                                                                 guint                   limit);
gboolean                rapport_address_book_sync_link_by_hand  (RapportAddressBookSync *self,
                                                                 gint64                  contact_id,
                                                                 const char             *book_uid,
                                                                 const char             *contact_uid,
                                                                 GError                **error);

G_END_DECLS
