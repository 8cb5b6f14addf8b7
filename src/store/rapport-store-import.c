/* rapport-store-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bringing people read from another app's file into Rapport, matched as
 * FORMATS.md says: the same email, phone number or profile means the same
 * person, who is updated (blanks filled, new details added, nothing
 * overwritten) rather than added twice; the same name alone is only a
 * suggestion, reported for the user to confirm. The whole import is one
 * transaction, so cancelling it or failing half-way leaves the file as it
 * was, and importing the same file again changes nothing.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"


#include "rapport-contact-field.h"
#include "rapport-identity.h"
#include "rapport-store-private.h"

/* How often the importer says how far it got. */
#define PROGRESS_EVERY 250

typedef struct
{
  GHashTable *by_key;    /* "email:…", "url:…" → id; "phone:…" → GPtrArray of PhoneEntry */
  GHashTable *by_name;   /* name key → GArray of ids */
} Index;

typedef struct
{
  gint64 id;
  char *number;
} PhoneEntry;

static void
phone_entry_free (gpointer data)
{
  PhoneEntry *entry = data;

  g_free (entry->number);
  g_free (entry);
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_key, g_hash_table_unref);
  g_clear_pointer (&index->by_name, g_hash_table_unref);
}

/* The key a field is indexed under ("email:…", "url:…", "phone:…"), or
 * NULL for one that identifies nobody. */
static char *
identity_key (RapportFieldKind  kind,
              const char       *value)
{
  g_autofree char *normal = NULL;
  const char *prefix;

  switch (kind)
    {
    case RAPPORT_FIELD_EMAIL:
      normal = rapport_identity_normalize_email (value);
      prefix = "email:";
      break;
    case RAPPORT_FIELD_URL:
      normal = rapport_identity_normalize_url (value);
      prefix = "url:";
      break;
    case RAPPORT_FIELD_PHONE:
      normal = rapport_identity_normalize_phone (value);
      prefix = "phone:";
      break;
    case RAPPORT_FIELD_ADDRESS:
    default:
      return NULL;
    }
  return normal ? g_strconcat (prefix, normal, NULL) : NULL;
}

static void
index_add_field (Index            *index,
                 gint64            id,
                 RapportFieldKind  kind,
                 const char       *value)
{
  char *key = identity_key (kind, value);
  GPtrArray *entries;
  PhoneEntry *entry;

  if (key == NULL)
    return;
  if (kind != RAPPORT_FIELD_PHONE)
    {
      g_hash_table_insert (index->by_key, key, GSIZE_TO_POINTER ((gsize) id));
      return;
    }

  /* Numbers keep their whole digits: the key only finds candidates. */
  entries = g_hash_table_lookup (index->by_key, key);
  if (entries == NULL)
    {
      entries = g_ptr_array_new_with_free_func (phone_entry_free);
      g_hash_table_insert (index->by_key, key, entries);
    }
  else
    {
      g_free (key);
    }
  entry = g_new0 (PhoneEntry, 1);
  entry->id = id;
  entry->number = g_strdup (value);
  g_ptr_array_add (entries, entry);
}

static void
index_add_name (Index      *index,
                gint64      id,
                const char *name)
{
  g_autofree char *key = rapport_identity_fold_name (name);
  GArray *ids;

  if (key == NULL)
    return;
  ids = g_hash_table_lookup (index->by_name, key);
  if (ids == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (index->by_name, g_steal_pointer (&key), ids);
    }
  g_array_append_val (ids, id);
}

static void
index_add_contact (Index          *index,
                   RapportContact *contact)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);
  g_autofree char *name = rapport_contact_dup_name (contact);
  gint64 id = rapport_contact_get_id (contact);

  for (guint i = 0; i < fields->len; i++)
    index_add_field (index, id, rapport_contact_field_get_kind (g_ptr_array_index (fields, i)),
                     rapport_contact_field_get_value (g_ptr_array_index (fields, i)));
  index_add_name (index, id, name);
}

static void
free_key_value (gpointer key,
                gpointer value,
                gpointer user_data)
{
  if (g_str_has_prefix (key, "phone:"))
    g_ptr_array_unref (value);
}

static void
key_table_destroy (GHashTable *table)
{
  g_hash_table_foreach (table, free_key_value, NULL);
  g_hash_table_unref (table);
}

/* Everyone already in Rapport, by the details that identify them. */
static gboolean
index_build (RapportStore  *self,
             Index         *index,
             GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  index->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  stmt = rapport_store_prepare (self,
                                "SELECT f.contact_id, f.kind, f.value FROM contact_field f "
                                "JOIN contact c ON c.id = f.contact_id "
                                "WHERE c.deleted = 0 AND f.kind IN (0, 1, 2)", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    index_add_field (index, sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
                     rapport_store_column_text (stmt, 2));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                "SELECT id, " RAPPORT_SQL_NAME_COLUMNS " FROM contact WHERE deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *name = rapport_store_column_name (stmt, 1);

      index_add_name (index, sqlite3_column_int64 (stmt, 0), name);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

/* The person already in Rapport with one of @contact's emails, numbers or
 * profiles, or 0. */
static gint64
index_match (Index          *index,
             RapportContact *contact)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);

  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);
      const char *value = rapport_contact_field_get_value (field);
      g_autofree char *key = identity_key (rapport_contact_field_get_kind (field), value);
      gpointer found;

      if (key == NULL || (found = g_hash_table_lookup (index->by_key, key)) == NULL)
        continue;

      if (rapport_contact_field_get_kind (field) != RAPPORT_FIELD_PHONE)
        return (gint64) GPOINTER_TO_SIZE (found);

      /* Two countries can share the last digits: the whole number decides. */
      for (guint j = 0; j < ((GPtrArray *) found)->len; j++)
        {
          PhoneEntry *entry = g_ptr_array_index ((GPtrArray *) found, j);

          if (rapport_identity_phones_match (entry->number, value))
            return entry->id;
        }
    }

  return 0;
}

/* Someone with @contact's name who already has everything it says. */
static gboolean
index_has_same (RapportStore   *self,
                Index          *index,
                RapportContact *contact,
                gint64         *same_name)
{
  g_autofree char *key = rapport_identity_name_key (contact);
  GArray *ids = key ? g_hash_table_lookup (index->by_name, key) : NULL;

  *same_name = ids != NULL && ids->len > 0 ? g_array_index (ids, gint64, 0) : 0;

  /* Someone who already had all of this would have had its email, number
   * or profile too, and been matched by it: only a record without any can
   * be here already. */
  {
    g_auto(GStrv) keys = rapport_identity_keys (contact);

    if (keys[0] != NULL)
      return FALSE;
  }

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(RapportContact) other = rapport_store_get_contact (self, g_array_index (ids, gint64, i), NULL);

      if (other != NULL && rapport_contact_contains (other, contact))
        return TRUE;
    }
  return FALSE;
}

/**
 * rapport_store_import:
 * @contacts: (element-type RapportContact): the people read from a file;
 *   those added are saved as they are (they get their ids)
 * @format: the kind of file they came from, for the report
 * @cancellable: (nullable): to stop the import, leaving the file as it was
 * @progress: (nullable) (scope call): told how many were done, now and then
 * @user_data: for @progress
 *
 * Imports @contacts in one transaction. Call it on the thread that opened
 * the store; the app opens a store of its own on a worker thread for it.
 *
 * Returns: (transfer full) (nullable): what was done, or %NULL on error or
 *   when cancelled (%G_IO_ERROR_CANCELLED), with nothing written
 */
RapportImportReport *
rapport_store_import (RapportStore           *self,
                      GPtrArray              *contacts,
                      RapportImportFormat     format,
                      GCancellable           *cancellable,
                      RapportImportProgress   progress,
                      gpointer                user_data,
                      GError                **error)
{
  g_autoptr(RapportImportReport) report = NULL;
  Index index = { NULL, NULL };

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (contacts != NULL, NULL);

  report = rapport_import_report_new (format);
  if (!rapport_store_begin_bulk (self, error))
    return NULL;
  if (!index_build (self, &index, error))
    goto failed;

  for (guint i = 0; i < contacts->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (contacts, i);
      gint64 match, same_name;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;
      if (progress != NULL && i % PROGRESS_EVERY == 0)
        progress (i, contacts->len, user_data);

      match = index_match (&index, contact);
      if (match != 0)
        {
          g_autoptr(RapportContact) target = rapport_store_get_contact (self, match, error);
          g_autoptr(RapportContactMerge) merge = NULL;

          if (target == NULL)
            goto failed;
          merge = rapport_contact_merge (target, contact);
          if (merge == NULL)
            {
              rapport_import_report_add_unchanged (report);
              continue;
            }
          if (!rapport_store_save_contact (self, target, error))
            goto failed;
          rapport_import_report_add_updated (report, match, merge);
          index_add_contact (&index, target);
          continue;
        }

      /* Here already, name and all (a re-import of a row without an email,
       * number or profile): nothing to do. */
      if (index_has_same (self, &index, contact, &same_name))
        {
          rapport_import_report_add_unchanged (report);
          continue;
        }

      if (!rapport_store_add_contact (self, contact, error))
        goto failed;
      rapport_import_report_add_added (report, rapport_contact_get_id (contact));
      if (same_name != 0)
        {
          g_autofree char *name = rapport_contact_dup_name (contact);

          rapport_import_report_add_duplicate (report, rapport_contact_get_id (contact), same_name, name);
        }
      index_add_contact (&index, contact);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  key_table_destroy (g_steal_pointer (&index.by_key));
  index_clear (&index);
  if (!rapport_store_commit_batch (self, error))
    return NULL;
  if (progress != NULL)
    progress (contacts->len, contacts->len, user_data);

  return g_steal_pointer (&report);

failed:
  if (index.by_key != NULL)
    key_table_destroy (g_steal_pointer (&index.by_key));
  index_clear (&index);
  /* The file is as it was; so are the people in use. */
  rapport_store_cancel_batch (self);
  return NULL;
}

/**
 * rapport_store_undo_import:
 * @report: what rapport_store_import() did, in this file
 *
 * Takes the import back: the people it added are deleted, and what it
 * brought into others is taken out again — where nobody changed it since.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_undo_import (RapportStore         *self,
                           RapportImportReport  *report,
                           GError              **error)
{
  GArray *added;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (report), FALSE);

  if (!rapport_store_begin_batch (self, error))
    return FALSE;

  added = rapport_import_report_get_added (report);
  for (guint i = 0; i < added->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      /* Deleted since, by hand: nothing to undo there. */
      if (!rapport_store_delete_contact (self, g_array_index (added, gint64, i), &local_error) &&
          !g_error_matches (local_error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto failed;
        }
    }

  for (guint i = 0; i < rapport_import_report_get_n_updates (report); i++)
    {
      g_autoptr(RapportContact) contact = NULL;
      RapportContactMerge *merge;
      gint64 id;

      rapport_import_report_get_update (report, i, &id, &merge);
      contact = rapport_store_get_contact (self, id, NULL);
      if (contact != NULL && rapport_contact_merge_undo (merge, contact) &&
          !rapport_store_save_contact (self, contact, error))
        goto failed;
    }

  return rapport_store_commit_batch (self, error);

failed:
  rapport_store_cancel_batch (self);
  return FALSE;
}

/**
 * rapport_store_merge_into:
 * @from_id: a person to fold into another (an import's possible duplicate)
 * @into_id: the person who stays
 *
 * "Same person": brings what @from_id has into @into_id as an import
 * would, moves @from_id's interactions and events over, and deletes them.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_merge_into (RapportStore  *self,
                          gint64         from_id,
                          gint64         into_id,
                          GError       **error)
{
  static const char *moves[] = {
    "INSERT OR IGNORE INTO interaction_contact (contact_id, interaction_id) "
    "SELECT ?2, interaction_id FROM interaction_contact WHERE contact_id = ?1",
    "INSERT OR IGNORE INTO event_attendee (event_id, contact_id, position, goal) "
    "SELECT event_id, ?2, position, goal FROM event_attendee WHERE contact_id = ?1",
  };
  g_autoptr(RapportContact) from = NULL;
  g_autoptr(RapportContact) into = NULL;
  g_autoptr(RapportContactMerge) merge = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (from_id != into_id, FALSE);

  if (!(from = rapport_store_get_contact (self, from_id, error)) ||
      !(into = rapport_store_get_contact (self, into_id, error)))
    return FALSE;

  if (!rapport_store_begin_batch (self, error))
    return FALSE;
  merge = rapport_contact_merge (into, from);
  if (merge != NULL && !rapport_store_save_contact (self, into, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      sqlite3_stmt *stmt = rapport_store_prepare (self, moves[i], error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, from_id);
      sqlite3_bind_int64 (stmt, 2, into_id);
      if (!rapport_store_step_done (self, stmt, error))
        goto failed;
    }
  rapport_store_defer_contact (self, into_id);
  if (!rapport_store_delete_contact (self, from_id, error))
    goto failed;
  return rapport_store_commit_batch (self, error);

failed:
  rapport_store_cancel_batch (self);
  return FALSE;
}

/**
 * rapport_store_reload_contacts:
 * @ids: (element-type gint64): people another connection changed (an
 *   import on a worker thread)
 *
 * Reads them again, so that every list and page shows what the file holds
 * now, and says so with #RapportStore::changed.
 */
void
rapport_store_reload_contacts (RapportStore *self,
                               GArray       *ids)
{
  g_return_if_fail (RAPPORT_IS_STORE (self));
  g_return_if_fail (ids != NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(RapportContact) live = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT, id);

      if (live != NULL)
        rapport_store_reload_contact (self, live);
    }
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, 0, RAPPORT_CHANGE_UPDATED);
}
