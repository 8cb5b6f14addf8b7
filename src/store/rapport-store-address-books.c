/* rapport-store-address-books.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People linked with contacts of the desktop's address books (#19): the
 * links (a person may have several; a contact belongs to one person), the
 * value of each field the book owns as both sides last agreed on it, so
 * that a later change on either side is merged field by field, the mark of
 * a contact deleted in its book, and a short note per person of what
 * differed when both sides changed the same field. What the values mean is
 * the sync's business (src/desktop/rapport-address-book-sync.c): here they
 * are text.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

G_DEFINE_BOXED_TYPE (RapportBookLink, rapport_book_link, rapport_book_link_copy, rapport_book_link_free)

/**
 * rapport_book_link_copy:
 *
 * Returns: (transfer full): a copy of @link
 */
RapportBookLink *
rapport_book_link_copy (const RapportBookLink *link)
{
  RapportBookLink *copy = g_new0 (RapportBookLink, 1);

  *copy = *link;
  copy->book_uid = g_strdup (link->book_uid);
  copy->contact_uid = g_strdup (link->contact_uid);
  return copy;
}

void
rapport_book_link_free (RapportBookLink *link)
{
  if (link == NULL)
    return;
  g_free (link->book_uid);
  g_free (link->contact_uid);
  g_free (link);
}

#define LINK_COLUMNS "id, contact_id, book_uid, contact_uid, state"

static RapportBookLink *
read_link (sqlite3_stmt *stmt)
{
  RapportBookLink *link = g_new0 (RapportBookLink, 1);

  link->id = sqlite3_column_int64 (stmt, 0);
  link->contact_id = sqlite3_column_int64 (stmt, 1);
  link->book_uid = g_strdup (rapport_store_column_text (stmt, 2));
  link->contact_uid = g_strdup (rapport_store_column_text (stmt, 3));
  link->state = sqlite3_column_int (stmt, 4);
  return link;
}

static gboolean
write_agreed (RapportStore  *self,
              gint64         link_id,
              GHashTable    *agreed,
              GError       **error)
{
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer field, value;

  if (!rapport_store_run_with_id (self, "DELETE FROM address_book_agreed WHERE link_id = ?1", link_id, error))
    return FALSE;
  if (agreed == NULL)
    return TRUE;

  g_hash_table_iter_init (&iter, agreed);
  while (g_hash_table_iter_next (&iter, &field, &value))
    {
      stmt = rapport_store_prepare (self,
                                    "INSERT INTO address_book_agreed (link_id, field, value) VALUES (?1, ?2, ?3)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, link_id);
      sqlite3_bind_text (stmt, 2, field, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, value, -1, SQLITE_TRANSIENT);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * rapport_store_link_book_contact:
 * @contact_id: the person
 * @book_uid: the address book (its ESource UID)
 * @contact_uid: the contact's UID in that book
 * @agreed: (nullable) (element-type utf8 utf8): field → value, what both
 *   sides agree on now
 *
 * Links a person with a contact. A contact already linked to someone else
 * is linked to @contact_id instead (linking by hand says they are the same
 * person); one marked as deleted in its book is linked again.
 *
 * Returns: the link's id; 0 with @error set on failure, with nothing saved
 */
gint64
rapport_store_link_book_contact (RapportStore  *self,
                                 gint64         contact_id,
                                 const char    *book_uid,
                                 const char    *contact_uid,
                                 GHashTable    *agreed,
                                 GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;
  gint64 id = 0, before = 0;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), 0);
  g_return_val_if_fail (book_uid != NULL && *book_uid != '\0', 0);
  g_return_val_if_fail (contact_uid != NULL && *contact_uid != '\0', 0);

  if (!rapport_store_begin (self, error))
    return 0;

  stmt = rapport_store_prepare (self,
                                "SELECT contact_id FROM address_book_link WHERE book_uid = ?1 AND contact_uid = ?2",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, book_uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, contact_uid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    before = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  stmt = rapport_store_prepare (self,
                                "INSERT INTO address_book_link (contact_id, book_uid, contact_uid, state, linked_at) "
                                "SELECT ?1, ?2, ?3, 0, ?4 WHERE EXISTS (SELECT 1 FROM contact WHERE id = ?1 AND deleted = 0) "
                                "ON CONFLICT (book_uid, contact_uid) DO UPDATE SET contact_id = excluded.contact_id, "
                                "state = 0, linked_at = excluded.linked_at RETURNING id",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_text (stmt, 2, book_uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, contact_uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, now_text, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      rapport_store_set_not_found (error, _("This person is no longer in Rapport."));
      goto failed;
    }
  id = sqlite3_column_int64 (stmt, 0);
  if (!rapport_store_step_done (self, stmt, error) || !write_agreed (self, id, agreed, error) ||
      !rapport_store_commit (self, error))
    goto failed;

  if (before != 0 && before != contact_id)
    rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, before, RAPPORT_CHANGE_UPDATED);
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, contact_id, RAPPORT_CHANGE_UPDATED);
  return id;

failed:
  rapport_store_rollback (self);
  return 0;
}

static gint64
change_link (RapportStore  *self,
             const char    *sql,
             gint64         link_id,
             GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 contact_id;

  if (!rapport_store_begin (self, error))
    return 0;
  stmt = rapport_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, link_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      rapport_store_set_not_found (error, _("This person is no longer linked with that contact."));
      goto failed;
    }
  contact_id = sqlite3_column_int64 (stmt, 0);
  if (!rapport_store_step_done (self, stmt, error) || !rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, contact_id, RAPPORT_CHANGE_UPDATED);
  return contact_id;

failed:
  rapport_store_rollback (self);
  return 0;
}

/**
 * rapport_store_unlink_book_contact:
 * @link_id: a link from rapport_store_link_book_contact()
 *
 * Unlinks a person from a contact: both stay as they are, and no longer
 * change with each other.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_unlink_book_contact (RapportStore  *self,
                                   gint64         link_id,
                                   GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  return change_link (self, "DELETE FROM address_book_link WHERE id = ?1 RETURNING contact_id", link_id, error) != 0;
}

/**
 * rapport_store_mark_book_contact_gone:
 * @link_id: a link from rapport_store_link_book_contact()
 *
 * Marks the contact as deleted in its book. The person stays, with all
 * they had, marked as no longer linked.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_mark_book_contact_gone (RapportStore  *self,
                                      gint64         link_id,
                                      GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  return change_link (self, "UPDATE address_book_link SET state = 1 WHERE id = ?1 RETURNING contact_id",
                      link_id, error) != 0;
}

/**
 * rapport_store_find_book_link:
 * @book_uid: the address book
 * @contact_uid: the contact's UID in it
 *
 * Returns: (transfer full) (nullable): the link, or %NULL when the contact
 *   is linked to nobody (@error unset) or on failure (@error set)
 */
RapportBookLink *
rapport_store_find_book_link (RapportStore  *self,
                              const char    *book_uid,
                              const char    *contact_uid,
                              GError       **error)
{
  RapportBookLink *link = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self,
                                "SELECT " LINK_COLUMNS " FROM address_book_link "
                                "WHERE book_uid = ?1 AND contact_uid = ?2",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, book_uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, contact_uid, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      link = read_link (stmt);
      rc = sqlite3_step (stmt);
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    g_clear_pointer (&link, rapport_book_link_free);
  return link;
}

static GPtrArray *
list_links (RapportStore  *self,
            const char    *sql,
            gint64         contact_id,
            const char    *book_uid,
            GError       **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_book_link_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (book_uid != NULL)
    sqlite3_bind_text (stmt, 1, book_uid, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, contact_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (links, read_link (stmt));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&links);
}

/**
 * rapport_store_list_book_links:
 * @contact_id: whose links
 *
 * Returns: (transfer full) (element-type RapportBookLink): the contacts
 *   @contact_id is linked with, the earliest first, perhaps none; %NULL
 *   with @error set on failure
 */
GPtrArray *
rapport_store_list_book_links (RapportStore  *self,
                               gint64         contact_id,
                               GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  return list_links (self,
                     "SELECT " LINK_COLUMNS " FROM address_book_link WHERE contact_id = ?1 ORDER BY id",
                     contact_id, NULL, error);
}

/**
 * rapport_store_list_book_links_in:
 * @book_uid: the address book
 *
 * Returns: (transfer full) (element-type RapportBookLink): every link with a
 *   contact of @book_uid; %NULL with @error set on failure
 */
GPtrArray *
rapport_store_list_book_links_in (RapportStore  *self,
                                  const char    *book_uid,
                                  GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (book_uid != NULL, NULL);

  return list_links (self,
                     "SELECT " LINK_COLUMNS " FROM address_book_link WHERE book_uid = ?1 ORDER BY id",
                     0, book_uid, error);
}

/**
 * rapport_store_get_book_agreed:
 * @link_id: a link
 *
 * Returns: (transfer full) (element-type utf8 utf8): field → value, as both
 *   sides last agreed; %NULL with @error set on failure
 */
GHashTable *
rapport_store_get_book_agreed (RapportStore  *self,
                               gint64         link_id,
                               GError       **error)
{
  g_autoptr(GHashTable) agreed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self, "SELECT field, value FROM address_book_agreed WHERE link_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, link_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (agreed, g_strdup (rapport_store_column_text (stmt, 0)),
                         g_strdup (rapport_store_column_text (stmt, 1)));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&agreed);
}

/**
 * rapport_store_set_book_agreed:
 * @link_id: a link
 * @agreed: (element-type utf8 utf8): field → value, what both sides agree
 *   on now; the fields not in it are forgotten
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_set_book_agreed (RapportStore  *self,
                               gint64         link_id,
                               GHashTable    *agreed,
                               GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  if (!write_agreed (self, link_id, agreed, error) || !rapport_store_commit (self, error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

/**
 * rapport_store_dup_book_note:
 * @contact_id: whose note
 *
 * Returns: (transfer full) (nullable): what differed the last time both
 *   sides changed the same field, or %NULL for none
 */
char *
rapport_store_dup_book_note (RapportStore *self,
                             gint64        contact_id)
{
  sqlite3_stmt *stmt;
  char *note = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self, "SELECT note FROM address_book_note WHERE contact_id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    note = g_strdup (rapport_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return note;
}

/**
 * rapport_store_set_book_note:
 * @contact_id: whose note
 * @note: (nullable): what differed, or %NULL to take the note away
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_set_book_note (RapportStore  *self,
                             gint64         contact_id,
                             const char    *note,
                             GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (note != NULL && !rapport_store_check_text (note, error))
    return FALSE;
  if (!rapport_store_begin (self, error))
    return FALSE;
  if (note == NULL)
    {
      if (!rapport_store_run_with_id (self, "DELETE FROM address_book_note WHERE contact_id = ?1", contact_id, error))
        goto failed;
    }
  else
    {
      stmt = rapport_store_prepare (self,
                                    "INSERT OR REPLACE INTO address_book_note (contact_id, note, noted_at) "
                                    "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM contact WHERE id = ?1)",
                                    error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, contact_id);
      sqlite3_bind_text (stmt, 2, note, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, now_text, -1, SQLITE_TRANSIENT);
      if (!rapport_store_step_done (self, stmt, error))
        goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, contact_id, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}
