/* rapport-address-book-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's side of following an address book (#19): merging a linked
 * contact into its person (what the book must then be given comes back as
 * a write-back to do), linking a contact nobody has yet, and the first
 * link of a whole book on a worker thread, in one transaction. No EDS
 * here: the sync (rapport-address-book-sync.c) brings the vCards.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include "rapport-address-book-merge.h"
#include "rapport-address-book-private.h"

#define PROGRESS_EVERY 250

/* Saves a person the sync changed, without taking it for an edit to
 * write back: @saving counts our own saves (%NULL on a worker). */
gboolean
rapport_address_book_save_person (guint           *saving,
                                  RapportStore    *store,
                                  RapportContact  *person,
                                  GError         **error)
{
  gboolean saved;

  if (saving != NULL)
    (*saving)++;
  saved = rapport_store_save_contact (store, person, error);
  if (saving != NULL)
    (*saving)--;
  return saved;
}

/* Merges the book's @vcard into the person of @link, field by field, and
 * says what the book must be given (NULL for nothing). */
RapportBookWrite *
rapport_address_book_reconcile (guint                  *saving,
                                RapportStore           *store,
                                const RapportBookLink  *link,
                                const char             *vcard,
                                gboolean                read_only,
                                GError                **error)
{
  g_autoptr(RapportContact) book = rapport_book_read_vcard (vcard);
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GHashTable) agreed = NULL;
  g_autoptr(RapportBookMerge) merge = NULL;
  RapportBookWrite *write;

  if (book == NULL)
    return NULL;
  person = rapport_store_get_contact (store, link->contact_id, error);
  if (person == NULL)
    return NULL;
  agreed = rapport_store_get_book_agreed (store, link->id, error);
  if (agreed == NULL)
    return NULL;

  merge = rapport_book_merge (person, book, agreed);
  if (merge->person_changed && !rapport_address_book_save_person (saving, store, person, error))
    return NULL;
  if (merge->note != NULL && !rapport_store_set_book_note (store, link->contact_id, merge->note, error))
    return NULL;

  /* A read-only book keeps what it has: nothing is agreed on but that. */
  if (merge->write != 0 && read_only)
    {
      for (guint f = 0; f < RAPPORT_N_BOOK_FIELDS; f++)
        if (merge->write & (1u << f))
          g_hash_table_replace (merge->agreed, g_strdup (rapport_book_field_get_name (f)),
                                rapport_book_field_text (book, f));
      merge->write = 0;
    }
  if (merge->write == 0)
    {
      if (!rapport_store_set_book_agreed (store, link->id, merge->agreed, error))
        return NULL;
      return NULL;
    }

  /* Agreed on once the book has it (a crash before that writes it again,
   * or finds it written and agrees). */
  write = g_new0 (RapportBookWrite, 1);
  write->link_id = link->id;
  write->contact_uid = g_strdup (link->contact_uid);
  write->vcard = rapport_book_splice_vcard (vcard, person, merge->write);
  write->agreed = g_steal_pointer (&merge->agreed);
  return write;
}

/* Links a contact of the book nobody has yet with @contact_id, or with a
 * new person read from it (@contact_id 0). */
gint64
rapport_address_book_link_new (guint           *saving,
                               RapportStore    *store,
                               const char      *book_uid,
                               const char      *contact_uid,
                               RapportContact  *card,
                               gint64           contact_id,
                               GError         **error)
{
  g_autoptr(GHashTable) agreed = NULL;

  if (contact_id == 0)
    {
      /* As importing the card adds them. */
      if (!rapport_store_add_contact (store, card, error))
        return 0;
      contact_id = rapport_contact_get_id (card);
      agreed = rapport_book_fields_agreed (card);
    }
  else
    {
      g_autoptr(RapportContact) person = rapport_store_get_contact (store, contact_id, error);

      if (person == NULL)
        return 0;
      agreed = rapport_book_link_fields (person, card);
      if (!rapport_address_book_save_person (saving, store, person, error))
        return 0;
    }
  return rapport_store_link_book_contact (store, contact_id, book_uid, contact_uid, agreed, error);
}

static void
report_progress (RapportBookFirstLink *job,
                 guint                 done)
{
  rapport_address_book_sync_report_progress (job->sync, done, job->uids->len);
}

/**
 * rapport_address_book_first_link_thread:
 *
 * The first link of a book (a #RapportBookFirstLink as the task data), on
 * a worker thread with a connection of its own, in one transaction.
 */
void
rapport_address_book_first_link_thread (GTask        *task,
                                        gpointer      source_object,
                                        gpointer      task_data,
                                        GCancellable *cancellable)
{
  RapportBookFirstLink *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (job->db_path, &error);
  g_autoptr(GHashTable) links = NULL;
  g_autoptr(GPtrArray) known = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) card_uids = g_ptr_array_new ();
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

  if (store == NULL || !rapport_store_begin_batch (store, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  known = rapport_store_list_book_links_in (store, job->book_uid, &error);
  if (known == NULL)
    goto failed;
  links = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < known->len; i++)
    {
      RapportBookLink *link = g_ptr_array_index (known, i);

      g_hash_table_insert (links, link->contact_uid, link);
      g_hash_table_add (taken, GSIZE_TO_POINTER ((gsize) link->contact_id));
    }

  for (guint i = 0; i < job->uids->len; i++)
    {
      const char *uid = g_ptr_array_index (job->uids, i);
      const char *vcard = g_ptr_array_index (job->vcards, i);
      RapportBookLink *link = g_hash_table_lookup (links, uid);

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        goto failed;
      if (i % PROGRESS_EVERY == 0)
        report_progress (job, i / 2);
      g_hash_table_add (present, (gpointer) uid);

      if (link != NULL && link->state == RAPPORT_BOOK_LINK_LINKED)
        {
          RapportBookWrite *write = rapport_address_book_reconcile (NULL, store, link, vcard, job->read_only, &error);

          if (error != NULL)
            goto failed;
          g_array_append_val (job->changed, link->contact_id);
          if (write != NULL)
            g_ptr_array_add (job->writes, write);
        }
      else if (link == NULL)
        {
          RapportContact *card = rapport_book_read_vcard (vcard);

          if (card == NULL)
            continue;
          g_ptr_array_add (cards, card);
          g_ptr_array_add (card_uids, (gpointer) uid);
        }
    }

  /* Deleted in the book while Rapport was not looking. */
  for (guint i = 0; i < known->len; i++)
    {
      RapportBookLink *link = g_ptr_array_index (known, i);

      if (link->state == RAPPORT_BOOK_LINK_LINKED && !g_hash_table_contains (present, link->contact_uid))
        {
          if (!rapport_store_mark_book_contact_gone (store, link->id, &error))
            goto failed;
          g_array_append_val (job->changed, link->contact_id);
        }
    }

  matches = rapport_store_match_people (store, cards, &error);
  if (matches == NULL)
    goto failed;
  for (guint i = 0; i < cards->len; i++)
    {
      gint64 match = g_array_index (matches, gint64, i);
      gint64 linked;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        goto failed;
      if (i % PROGRESS_EVERY == 0)
        report_progress (job, (job->uids->len + i * job->uids->len / MAX (cards->len, 1)) / 2);
      /* One person, one contact per book: a second card matching them is
       * someone else's (or a duplicate the user links by hand). */
      if (match != 0 && g_hash_table_contains (taken, GSIZE_TO_POINTER ((gsize) match)))
        match = 0;
      if (match == 0 && !g_str_equal (job->mode, "all"))
        continue;
      linked = rapport_address_book_link_new (NULL, store, job->book_uid, g_ptr_array_index (card_uids, i),
                                              g_ptr_array_index (cards, i), match, &error);
      if (linked == 0)
        goto failed;
      match = match != 0 ? match : rapport_contact_get_id (g_ptr_array_index (cards, i));
      g_hash_table_add (taken, GSIZE_TO_POINTER ((gsize) match));
      g_array_append_val (job->changed, match);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) || !rapport_store_commit_batch (store, &error))
    goto failed;
  report_progress (job, job->uids->len);
  g_task_return_boolean (task, TRUE);
  return;

failed:
  /* One transaction: cancelled or failed, nothing was linked. */
  rapport_store_cancel_batch (store);
  g_task_return_error (task, g_steal_pointer (&error));
}
