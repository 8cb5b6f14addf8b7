/* rapport-address-book-write.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Following an address book's changes (#19) once its first link is done,
 * and writing Rapport's edits back: a contact changed in the book is merged
 * into its person field by field, a contact deleted there leaves the person
 * marked as no longer linked, and edits in Rapport to the fields the book
 * owns are written back to the contact, keeping every other line of its
 * vCard. A read-only book is followed, never written.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-address-book-merge.h"
#include "rapport-address-book-private.h"

/* Edits saved as the user types come together before one write-back. */
#define WRITE_BACK_DELAY_MS 150

void
rapport_book_write_free (RapportBookWrite *write)
{
  g_clear_pointer (&write->book, rapport_book_unref);
  g_free (write->contact_uid);
  g_free (write->vcard);
  g_clear_pointer (&write->agreed, g_hash_table_unref);
  g_free (write);
}

static void
modify_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RapportBookWrite *write = user_data;
  RapportAddressBookSync *self = write->book->sync;
  g_autoptr(GError) error = NULL;

  if (!e_book_client_modify_contact_finish (E_BOOK_CLIENT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not write to the address book “%s”: %s",
                   e_source_get_display_name (write->book->source), error->message);
    }
  else if (self != NULL)
    {
      /* The book has it: both sides agree. */
      g_hash_table_replace (write->book->contacts, g_strdup (write->contact_uid), g_strdup (write->vcard));
      if (!rapport_store_set_book_agreed (self->store, write->link_id, write->agreed, &error))
        g_warning ("Could not save what the address book agrees on: %s", error->message);
    }

  if (self != NULL)
    self->n_writes--;
  rapport_book_write_free (write);
}

void
rapport_address_book_write_back (RapportAddressBookSync *self,
                                 RapportBookWrite       *write)
{
  g_autoptr(EContact) contact = e_contact_new_from_vcard (write->vcard);

  self->n_writes++;
  e_book_client_modify_contact (write->book->client, contact, E_BOOK_OPERATION_FLAG_NONE,
                                write->book->cancellable, modify_done_cb, write);
}

/* Merges what changed in the book since the first link. */
void
rapport_address_book_process_pending (Book *book)
{
  RapportAddressBookSync *self = book->sync;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) card_uids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer uid;

  if (self == NULL || !book->complete || g_hash_table_size (book->pending) == 0)
    return;

  g_hash_table_iter_init (&iter, book->pending);
  while (g_hash_table_iter_next (&iter, &uid, NULL))
    {
      const char *vcard = g_hash_table_lookup (book->contacts, uid);
      g_autoptr(RapportBookLink) link = rapport_store_find_book_link (self->store, book->uid, uid, &error);

      if (error != NULL)
        break;
      if (vcard == NULL)
        {
          /* Deleted there: the person stays, no longer linked. */
          if (link != NULL && link->state == RAPPORT_BOOK_LINK_LINKED &&
              !rapport_store_mark_book_contact_gone (self->store, link->id, &error))
            break;
          continue;
        }
      if (link != NULL && link->state == RAPPORT_BOOK_LINK_LINKED)
        {
          RapportBookWrite *write = rapport_address_book_reconcile (&self->saving, self->store, link, vcard, book->read_only, &error);

          if (error != NULL)
            break;
          if (write != NULL)
            {
              write->book = rapport_book_ref (book);
              rapport_address_book_write_back (self, write);
            }
        }
      else if (link == NULL)
        {
          RapportContact *card = rapport_book_read_vcard (vcard);

          if (card != NULL)
            {
              g_ptr_array_add (cards, card);
              g_ptr_array_add (card_uids, g_strdup (uid));
            }
        }
    }
  g_hash_table_remove_all (book->pending);

  if (error == NULL && cards->len > 0)
    matches = rapport_store_match_people (self->store, cards, &error);
  for (guint i = 0; matches != NULL && i < cards->len; i++)
    {
      gint64 match = g_array_index (matches, gint64, i);

      if (match == 0 && !g_str_equal (book->mode, "all"))
        continue;
      if (rapport_address_book_link_new (&self->saving, self->store, book->uid, g_ptr_array_index (card_uids, i),
                                         g_ptr_array_index (cards, i), match, &error) == 0)
        break;
    }

  if (error != NULL)
    g_warning ("Could not follow a change in the address book “%s”: %s",
               e_source_get_display_name (book->source), error->message);
}

static gboolean
write_back_cb (gpointer data)
{
  RapportAddressBookSync *self = data;
  g_autoptr(GHashTable) dirty = g_steal_pointer (&self->dirty);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer id;

  self->write_back_id = 0;
  self->dirty = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&iter, dirty);
  while (g_hash_table_iter_next (&iter, &id, NULL) && error == NULL)
    {
      g_autoptr(GPtrArray) links = rapport_store_list_book_links (self->store, GPOINTER_TO_SIZE (id), &error);

      for (guint i = 0; links != NULL && i < links->len; i++)
        {
          RapportBookLink *link = g_ptr_array_index (links, i);
          Book *book = g_hash_table_lookup (self->books, link->book_uid);
          const char *vcard;
          RapportBookWrite *write;

          if (book == NULL || !book->complete || link->state != RAPPORT_BOOK_LINK_LINKED)
            continue;
          vcard = g_hash_table_lookup (book->contacts, link->contact_uid);
          if (vcard == NULL)
            continue;
          write = rapport_address_book_reconcile (&self->saving, self->store, link, vcard, book->read_only, &error);
          if (write != NULL)
            {
              write->book = rapport_book_ref (book);
              rapport_address_book_write_back (self, write);
            }
        }
    }
  if (error != NULL)
    g_warning ("Could not write a change to the address book: %s", error->message);
  return G_SOURCE_REMOVE;
}

void
rapport_address_book_store_changed (RapportAddressBookSync *self,
                                    RapportRecordKind       kind,
                                    gint64                  id,
                                    RapportChangeKind       change)
{
  if (kind != RAPPORT_RECORD_CONTACT || change != RAPPORT_CHANGE_UPDATED || id == 0 || self->saving > 0 ||
      g_hash_table_size (self->books) == 0)
    return;

  g_hash_table_add (self->dirty, GSIZE_TO_POINTER ((gsize) id));
  if (self->write_back_id == 0)
    self->write_back_id = g_timeout_add (WRITE_BACK_DELAY_MS, write_back_cb, self);
}

/**
 * rapport_address_book_sync_link_by_hand:
 * @contact_id: the person
 * @book_uid: a book followed
 * @contact_uid: a contact in it
 *
 * "This is the same person as …": links @contact_id with the contact (taken
 * from whoever had it) and merges them as a first link does.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_address_book_sync_link_by_hand (RapportAddressBookSync  *self,
                                        gint64                   contact_id,
                                        const char              *book_uid,
                                        const char              *contact_uid,
                                        GError                 **error)
{
  Book *book;
  const char *vcard;
  g_autoptr(RapportContact) card = NULL;
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GHashTable) agreed = NULL;
  g_autoptr(RapportBookLink) link = NULL;
  RapportBookWrite *write;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), FALSE);

  book = g_hash_table_lookup (self->books, book_uid);
  vcard = book != NULL ? g_hash_table_lookup (book->contacts, contact_uid) : NULL;
  if (vcard == NULL || (card = rapport_book_read_vcard (vcard)) == NULL)
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND,
                           _("This contact is no longer in the address book."));
      return FALSE;
    }
  person = rapport_store_get_contact (self->store, contact_id, error);
  if (person == NULL)
    return FALSE;

  agreed = rapport_book_link_fields (person, card);
  if (!rapport_store_begin_batch (self->store, error))
    return FALSE;
  if (!rapport_address_book_save_person (&self->saving, self->store, person, error) ||
      rapport_store_link_book_contact (self->store, contact_id, book_uid, contact_uid, agreed, error) == 0 ||
      !rapport_store_commit_batch (self->store, error))
    {
      rapport_store_cancel_batch (self->store);
      return FALSE;
    }

  /* What Rapport had besides goes to the book. */
  link = rapport_store_find_book_link (self->store, book_uid, contact_uid, error);
  if (link == NULL)
    return FALSE;
  write = rapport_address_book_reconcile (&self->saving, self->store, link, vcard, book->read_only, error);
  if (write != NULL)
    {
      write->book = rapport_book_ref (book);
      rapport_address_book_write_back (self, write);
    }
  return TRUE;
}
