/* rapport-address-book-contacts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the person page asks of the address books followed (#19): a
 * contact's vCard, where a linked person comes from, and the contacts
 * nobody in Rapport is linked with yet.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-address-book-merge.h"
#include "rapport-address-book-private.h"

/**
 * rapport_address_book_sync_dup_vcard:
 * @book_uid: an address book followed
 * @contact_uid: a contact in it
 *
 * Returns: (transfer full) (nullable): the contact's vCard as the book last
 *   gave it, or %NULL
 */
char *
rapport_address_book_sync_dup_vcard (RapportAddressBookSync *self,
                                     const char             *book_uid,
                                     const char             *contact_uid)
{
  Book *book;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), NULL);

  book = g_hash_table_lookup (self->books, book_uid);
  return book != NULL ? g_strdup (g_hash_table_lookup (book->contacts, contact_uid)) : NULL;
}

/**
 * rapport_address_book_sync_describe_link:
 * @link: a link of a person's
 *
 * Where a linked person comes from, as their page says it: the account
 * (the book's parent source, else the book) and the contact's first email,
 * "Google · ana@example.org".
 *
 * Returns: (transfer full): the description
 */
char *
rapport_address_book_sync_describe_link (RapportAddressBookSync *self,
                                         const RapportBookLink  *link)
{
  g_autoptr(ESource) source = NULL;
  g_autoptr(ESource) parent = NULL;
  g_autofree char *vcard = NULL;
  g_autoptr(RapportContact) card = NULL;
  const char *account = NULL;
  const char *email = NULL;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), NULL);
  g_return_val_if_fail (link != NULL, NULL);

  if (self->registry != NULL)
    source = e_source_registry_ref_source (self->registry, link->book_uid);
  if (source != NULL && e_source_get_parent (source) != NULL)
    parent = e_source_registry_ref_source (self->registry, e_source_get_parent (source));
  if (parent != NULL && !g_str_equal (e_source_get_uid (parent), "local-stub"))
    account = e_source_get_display_name (parent);
  else if (source != NULL)
    account = e_source_get_display_name (source);
  if (account == NULL || *account == '\0')
    account = _("Address Book");

  vcard = rapport_address_book_sync_dup_vcard (self, link->book_uid, link->contact_uid);
  if (vcard != NULL && (card = rapport_book_read_vcard (vcard)) != NULL)
    {
      GPtrArray *fields = rapport_contact_get_fields (card);

      for (guint i = 0; i < fields->len && email == NULL; i++)
        if (rapport_contact_field_get_kind (g_ptr_array_index (fields, i)) == RAPPORT_FIELD_EMAIL)
          email = rapport_contact_field_get_value (g_ptr_array_index (fields, i));
    }

  if (email == NULL)
    return g_strdup (account);
  /* Translators: where a linked person comes from: the account, then the
   * contact's email, "Google · ana@example.org" */
  return g_strdup_printf (_("%s · %s"), account, email);
}

void
rapport_book_contact_free (RapportBookContact *contact)
{
  if (contact == NULL)
    return;
  g_free (contact->book_uid);
  g_free (contact->contact_uid);
  g_free (contact->name);
  g_free (contact->email);
  g_free (contact);
}

/**
 * rapport_address_book_sync_list_unlinked:
 * @search: (nullable): words the contact's card holds (any case), or %NULL
 * @limit: how many at most
 *
 * The contacts of the books followed that nobody in Rapport is linked
 * with, for "This is the same person as …".
 *
 * Returns: (transfer full) (element-type RapportBookContact): them
 */
GPtrArray *
rapport_address_book_sync_list_unlinked (RapportAddressBookSync *self,
                                         const char             *search,
                                         guint                   limit)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_book_contact_free);
  g_autofree char *needle = NULL;
  GHashTableIter books;
  gpointer value;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), NULL);

  if (search != NULL && *g_strstrip (needle = g_utf8_casefold (search, -1)) == '\0')
    g_clear_pointer (&needle, g_free);

  g_hash_table_iter_init (&books, self->books);
  while (g_hash_table_iter_next (&books, NULL, &value) && found->len < limit)
    {
      Book *book = value;
      GHashTableIter contacts;
      gpointer uid, vcard;

      g_hash_table_iter_init (&contacts, book->contacts);
      while (g_hash_table_iter_next (&contacts, &uid, &vcard) && found->len < limit)
        {
          g_autoptr(RapportBookLink) link = NULL;
          g_autoptr(RapportContact) card = NULL;
          g_autofree char *folded = NULL;
          RapportBookContact *contact;
          GPtrArray *fields;

          /* The card's text first: most do not hold the words at all. */
          if (needle != NULL && strstr (folded = g_utf8_casefold (vcard, -1), needle) == NULL)
            continue;
          link = rapport_store_find_book_link (self->store, book->uid, uid, NULL);
          if ((link != NULL && link->state == RAPPORT_BOOK_LINK_LINKED) ||
              (card = rapport_book_read_vcard (vcard)) == NULL)
            continue;
          contact = g_new0 (RapportBookContact, 1);
          contact->book_uid = g_strdup (book->uid);
          contact->contact_uid = g_strdup (uid);
          contact->name = rapport_contact_dup_name (card);
          fields = rapport_contact_get_fields (card);
          for (guint i = 0; i < fields->len && contact->email == NULL; i++)
            if (rapport_contact_field_get_kind (g_ptr_array_index (fields, i)) == RAPPORT_FIELD_EMAIL)
              contact->email = g_strdup (rapport_contact_field_get_value (g_ptr_array_index (fields, i)));
          g_ptr_array_add (found, contact);
        }
    }
  return g_steal_pointer (&found);
}
