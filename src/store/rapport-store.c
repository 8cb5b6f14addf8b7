/* rapport-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one owner of Rapport's SQLite database: transactions and batches,
 * the live objects (one per record, shared by everyone), the "changed"
 * signal, and how values are stored. Opening and migrating are in
 * rapport-store-open.c; preparing and running SQL in rapport-store-sql.c;
 * the records in rapport-store-contacts.c, -interactions.c and -events.c.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rapport-record-model.h"
#include "rapport-store-private.h"

typedef struct
{
  RapportRecordKind kind;
  gint64 id;
  gboolean added;
} BatchRecord;

G_DEFINE_FINAL_TYPE (RapportStore, rapport_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (rapport-store-error-quark, rapport_store_error)

enum {
  CHANGED,
  BEFORE_WRITE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  RapportStore *store;
  GObject *object;
  RapportRecordKind kind;
  gint64 id;
} LiveEntry;

static void
live_object_finalized_cb (gpointer  data,
                          GObject  *where_the_object_was)
{
  LiveEntry *entry = data;

  g_hash_table_remove (entry->store->live[entry->kind], &entry->id);
}

/* Each write is one transaction; inside a batch, one savepoint of it. */
gboolean
rapport_store_begin (RapportStore  *self,
                     GError       **error)
{
  sqlite3_stmt *stmt;

  if (self->read_only)
    return rapport_store_refuse_read_only (self, error);

  if (!self->batch)
    g_signal_emit (self, signals[BEFORE_WRITE], 0);

  /* In a bulk batch a failed write cancels the whole batch: no savepoint. */
  if (self->batch && self->bulk)
    {
      self->in_operation = TRUE;
      return TRUE;
    }

  stmt = rapport_store_prepare (self, self->batch ? "SAVEPOINT op" : "BEGIN IMMEDIATE", error);

  if (stmt == NULL || !rapport_store_step_done (self, stmt, error))
    return FALSE;

  self->in_operation = TRUE;
  return TRUE;
}

gboolean
rapport_store_commit (RapportStore  *self,
                      GError       **error)
{
  sqlite3_stmt *stmt;

  if (self->batch && self->bulk)
    {
      self->in_operation = FALSE;
      return TRUE;
    }

  stmt = rapport_store_prepare (self, self->batch ? "RELEASE op" : "COMMIT", error);

  if (stmt != NULL && rapport_store_step_done (self, stmt, error))
    {
      self->in_operation = FALSE;
      return TRUE;
    }

  rapport_store_rollback (self);
  return FALSE;
}

/* Safe to call more than once, and when nothing is open. */
void
rapport_store_rollback (RapportStore *self)
{
  if (!self->in_operation)
    return;

  self->in_operation = FALSE;
  if (self->batch && self->bulk)
    self->bulk_failed = TRUE;
  else if (self->batch)
    sqlite3_exec (self->db, "ROLLBACK TO op; RELEASE op", NULL, NULL, NULL);
  else if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Inside a batch, records are told as "many changed" once, at the end. */
void
rapport_store_emit_changed (RapportStore      *self,
                            RapportRecordKind  kind,
                            gint64             id,
                            RapportChangeKind  change)
{
  if (self->batch)
    {
      BatchRecord record = { kind, id, change == RAPPORT_CHANGE_ADDED };

      self->batch_kinds |= 1u << kind;
      g_array_append_val (self->batch_written, record);
    }
  else
    {
      g_signal_emit (self, signals[CHANGED], 0, kind, id, change);
    }
}

gboolean
rapport_store_in_batch (RapportStore *self)
{
  return self->batch;
}

/* Search rows and derived dates of people touched in a batch are brought
 * up to date once each, when it commits. */
void
rapport_store_defer_contact (RapportStore *self,
                             gint64        contact_id)
{
  g_assert (self->batch);
  g_hash_table_add (self->batch_contacts, g_memdup2 (&contact_id, sizeof contact_id));
}

/**
 * rapport_store_begin_batch:
 *
 * Starts one transaction for many writes (an import, a generated test
 * database). Each write inside stays all-or-nothing; search rows are
 * rewritten once per person at the end, and #RapportStore::changed is emitted
 * once per kind of record, with id 0, when the batch commits.
 *
 * Returns: %TRUE if the batch began
 */
gboolean
rapport_store_begin_batch (RapportStore  *self,
                           GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->batch, FALSE);

  if (self->read_only)
    return rapport_store_refuse_read_only (self, error);

  g_signal_emit (self, signals[BEFORE_WRITE], 0);
  stmt = rapport_store_prepare (self, "BEGIN IMMEDIATE", error);
  if (stmt == NULL || !rapport_store_step_done (self, stmt, error))
    return FALSE;

  self->batch = TRUE;
  self->batch_kinds = 0;
  return TRUE;
}

/* A batch for an import: its writes take no savepoint each (a tenth of the
 * work), so one that fails leaves its half done — the caller must cancel
 * the whole batch, and committing it is refused. */
gboolean
rapport_store_begin_bulk (RapportStore  *self,
                          GError       **error)
{
  if (!rapport_store_begin_batch (self, error))
    return FALSE;
  self->bulk = TRUE;
  self->bulk_failed = FALSE;
  /* SQLite's default 2 MB of pages fills a few thousand people in: from
   * then on it writes pages out to the WAL in the middle of the
   * transaction, and writes the same ones again as they change (a third of
   * an import's CPU time of 30,000 went on those writes). 8 MB keeps them
   * until the commit; the memory is given back when the batch ends. */
  self->bulk_cache = rapport_store_exec (self, "PRAGMA cache_size = -8192", NULL);
  return TRUE;
}

/* Back to SQLite's default page cache after a bulk batch. */
static void
end_bulk_cache (RapportStore *self)
{
  if (self->bulk_cache)
    rapport_store_exec (self, "PRAGMA cache_size = -2000", NULL);
  self->bulk_cache = FALSE;
}

static void
end_batch (RapportStore *self)
{
  self->batch = FALSE;
  self->bulk = FALSE;
  self->bulk_failed = FALSE;
  end_bulk_cache (self);
  self->batch_kinds = 0;
  g_hash_table_remove_all (self->batch_contacts);
  g_array_set_size (self->batch_written, 0);
}

/**
 * rapport_store_commit_batch:
 *
 * Returns: %TRUE if everything in the batch was saved; on failure nothing
 *   of it was
 */
gboolean
rapport_store_commit_batch (RapportStore  *self,
                            GError       **error)
{
  g_autoptr(GHashTable) contacts = NULL;
  sqlite3_stmt *stmt;
  guint kinds;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->batch, FALSE);

  if (self->bulk_failed)
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_FAILED,
                           _("Nothing was saved: a change in the middle could not be made."));
      rapport_store_cancel_batch (self);
      return FALSE;
    }

  kinds = self->batch_kinds;
  contacts = g_steal_pointer (&self->batch_contacts);
  self->batch_contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->batch = FALSE;
  self->bulk = FALSE;

  if (!rapport_store_refresh_search_many (self, contacts, error))
    goto failed;

  stmt = rapport_store_prepare (self, "COMMIT", error);
  if (stmt == NULL || !rapport_store_step_done (self, stmt, error))
    goto failed;

  g_array_set_size (self->batch_written, 0);
  end_bulk_cache (self);
  rapport_store_refresh_derived_many (self, contacts);
  for (guint kind = 0; kind < N_RECORD_KINDS; kind++)
    if (kinds & (1u << kind))
      g_signal_emit (self, signals[CHANGED], 0, kind, (gint64) 0, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  self->batch = TRUE;
  rapport_store_cancel_batch (self);
  return FALSE;
}

/**
 * rapport_store_cancel_batch:
 *
 * Undoes every write of the batch. Records it added are unsaved again.
 */
void
rapport_store_cancel_batch (RapportStore *self)
{
  g_return_if_fail (RAPPORT_IS_STORE (self));
  g_return_if_fail (self->batch);

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  /* Objects written in the batch no longer match the file: added ones are
   * unsaved again, people in use are read again, the others are let go so
   * the next read is fresh. */
  self->batch = FALSE;
  for (guint i = 0; i < self->batch_written->len; i++)
    {
      BatchRecord *record = &g_array_index (self->batch_written, BatchRecord, i);
      LiveEntry *entry = g_hash_table_lookup (self->live[record->kind], &record->id);

      if (entry == NULL)
        continue;
      if (!record->added && record->kind == RAPPORT_RECORD_CONTACT)
        {
          rapport_store_reload_contact (self, RAPPORT_CONTACT (entry->object));
        }
      else if (!record->added)
        {
          g_object_weak_unref (entry->object, live_object_finalized_cb, entry);
          g_hash_table_remove (self->live[record->kind], &record->id);
        }
      else
        {
          rapport_store_forget_live (self, record->kind, record->id);
        }
    }

  end_batch (self);
}

/* The whole file changed under the objects in use (a restore): people are
 * read again, the other records let go so that the next read is fresh, and
 * every list hears of it. */
void
rapport_store_reread_everything (RapportStore *self)
{
  for (guint kind = 0; kind < N_RECORD_KINDS; kind++)
    {
      g_autoptr(GPtrArray) entries = g_hash_table_get_values_as_ptr_array (self->live[kind]);

      for (guint i = 0; i < entries->len; i++)
        {
          LiveEntry *entry = g_ptr_array_index (entries, i);

          if (kind == RAPPORT_RECORD_CONTACT)
            {
              rapport_store_reload_contact (self, RAPPORT_CONTACT (entry->object));
              continue;
            }
          g_object_weak_unref (entry->object, live_object_finalized_cb, entry);
          g_hash_table_remove (self->live[kind], &entry->id);
        }
    }

  for (guint kind = 0; kind < N_RECORD_KINDS; kind++)
    g_signal_emit (self, signals[CHANGED], 0, kind, (gint64) 0, RAPPORT_CHANGE_UPDATED);
}

gboolean
rapport_store_refuse_read_only (RapportStore  *self,
                                GError       **error)
{
  g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY,
                       _("Rapport opened your data read-only, so changes cannot be saved."));
  return FALSE;
}

/**
 * rapport_store_get_read_only:
 *
 * Returns: whether the store was opened only to look (see
 *   rapport_store_open_read_only())
 */
gboolean
rapport_store_get_read_only (RapportStore *self)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  return self->read_only;
}

/**
 * rapport_store_lookup_live:
 *
 * Returns: (transfer full) (nullable): the object already in use for
 *   this record, so that everyone shares one and sees its changes
 */
gpointer
rapport_store_lookup_live (RapportStore      *self,
                           RapportRecordKind  kind,
                           gint64             id)
{
  LiveEntry *entry = g_hash_table_lookup (self->live[kind], &id);

  return entry ? g_object_ref (entry->object) : NULL;
}

/* Remembers @object as the one in use for this record, until it is freed. */
void
rapport_store_add_live (RapportStore      *self,
                        RapportRecordKind  kind,
                        gint64             id,
                        gpointer           object)
{
  LiveEntry *entry;

  g_assert (g_hash_table_lookup (self->live[kind], &id) == NULL);

  entry = g_new0 (LiveEntry, 1);
  entry->store = self;
  entry->kind = kind;
  entry->id = id;
  entry->object = object;
  g_object_weak_ref (object, live_object_finalized_cb, entry);
  g_hash_table_insert (self->live[kind], &entry->id, entry);
}

/* A deleted record's object lives on, unsaved (id 0), as a copy. */
void
rapport_store_forget_live (RapportStore      *self,
             RapportRecordKind  kind,
             gint64             id)
{
  LiveEntry *entry = g_hash_table_lookup (self->live[kind], &id);

  if (entry != NULL)
    {
      /* SQLite may give the id to a new record: the old object must not
       * stand for it, or saving it would overwrite someone else. */
      g_object_set (entry->object, "id", (gint64) 0, NULL);
      g_object_weak_unref (entry->object, live_object_finalized_cb, entry);
      g_hash_table_remove (self->live[kind], &id);
    }
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
rapport_store_finalize (GObject *object)
{
  RapportStore *self = RAPPORT_STORE (object);

  /* Before the live objects are let go: cancelling looks them up. */
  if (self->batch)
    rapport_store_cancel_batch (self);

  for (guint kind = 0; kind < N_RECORD_KINDS; kind++)
    {
      GHashTableIter iter;
      LiveEntry *entry;

      g_hash_table_iter_init (&iter, self->live[kind]);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
        g_object_weak_unref (entry->object, live_object_finalized_cb, entry);
      g_hash_table_destroy (self->live[kind]);
    }

  g_clear_pointer (&self->batch_contacts, g_hash_table_destroy);
  g_clear_pointer (&self->batch_written, g_array_unref);
  g_clear_pointer (&self->now_text, g_free);

  /* Statements first: SQLite will not close with statements open. */
  g_clear_pointer (&self->statements, g_hash_table_destroy);
  if (self->db != NULL)
    {
      if (sqlite3_close (self->db) != SQLITE_OK)
        g_warning ("Closing the database failed: %s", sqlite3_errmsg (self->db));
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rapport_store_parent_class)->finalize (object);
}

static void
rapport_store_class_init (RapportStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_store_finalize;

  /**
   * RapportStore::changed:
   * @store: the store
   * @kind: a #RapportRecordKind
   * @id: the record's id
   * @change: a #RapportChangeKind
   *
   * A record was added, saved or removed; emitted after the change is
   * committed, so the database already shows it. An id of 0 means many
   * records of @kind changed at once (a batch, such as an import).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_INT64, G_TYPE_UINT);

  /**
   * RapportStore::before-write:
   * @store: the store
   *
   * The store is about to write. A list that has read only part of a query
   * reads the rest now, while it still describes the database it showed, so
   * that it can compare it with the list after the write.
   */
  signals[BEFORE_WRITE] =
    g_signal_new ("before-write", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* The statement cache's hash: the length and four 8-byte words spread over
 * the text. Hashing every byte of a 500-byte INSERT on every prepare was a
 * tenth of an import's own work; texts these do not tell apart only share
 * a bucket, and g_str_equal() still decides. */
static guint
sql_hash (gconstpointer key)
{
  const char *sql = key;
  gsize len = strlen (sql);
  guint64 hash = len * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  if (len < sizeof (guint64))
    {
      for (gsize i = 0; i < len; i++)
        hash = (hash ^ (guchar) sql[i]) * G_GUINT64_CONSTANT (0x100000001B3);
    }
  else
    {
      const gsize at[] = { 0, len / 3, 2 * len / 3, len - sizeof (guint64) };

      for (guint i = 0; i < G_N_ELEMENTS (at); i++)
        {
          guint64 word;

          memcpy (&word, sql + MIN (at[i], len - sizeof (guint64)), sizeof word);
          hash = (hash ^ word) * G_GUINT64_CONSTANT (0x100000001B3);
          hash ^= hash >> 29;
        }
    }
  return (guint) (hash ^ (hash >> 32));
}

static void
rapport_store_init (RapportStore *self)
{
  self->statements = g_hash_table_new_full (sql_hash, g_str_equal, g_free, finalize_statement);
  for (guint kind = 0; kind < N_RECORD_KINDS; kind++)
    self->live[kind] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->batch_contacts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->batch_written = g_array_new (FALSE, FALSE, sizeof (BatchRecord));
}

/**
 * rapport_store_open:
 * @path: (nullable): the database file; %NULL for the default
 * @error: return location for a #GError in the %RAPPORT_STORE_ERROR domain
 *
 * Opens (or creates) the database and brings its schema up to date. A file
 * that is not a Rapport database, is damaged, comes from a newer Rapport, is
 * read-only or is locked is refused with a clear message, and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
RapportStore *
rapport_store_open (const char  *path,
                    GError     **error)
{
  return rapport_store_open_at_version (path, RAPPORT_STORE_SCHEMA_VERSION, error);
}

/**
 * rapport_store_open_at_version:
 * @version: the schema version to migrate to, at most
 *
 * Like rapport_store_open(), but stops migrating at @version: for testing
 * migrations from every earlier version. A store opened below the current
 * version is only good for closing.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
RapportStore *
rapport_store_open_at_version (const char  *path,
                               guint        version,
                               GError     **error)
{
  g_autoptr(RapportStore) self = g_object_new (RAPPORT_TYPE_STORE, NULL);

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (version <= RAPPORT_STORE_SCHEMA_VERSION, NULL);

  self->path = path ? g_strdup (path) : rapport_store_dup_default_path ();
  if (!rapport_store_open_database (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
rapport_store_get_path (RapportStore *self)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  return self->path;
}

guint
rapport_store_get_schema_version (RapportStore *self)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * rapport_store_list_timeline:
 * @contact_id: whose timeline
 *
 * Returns: (transfer full): the person's interactions, newest first
 */
GListModel *
rapport_store_list_timeline (RapportStore *self,
                             gint64        contact_id)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  return G_LIST_MODEL (rapport_record_model_new (self, RAPPORT_RECORD_LIST_TIMELINE, contact_id));
}

/**
 * rapport_store_list_events:
 *
 * Returns: (transfer full): the events, upcoming first
 */
GListModel *
rapport_store_list_events (RapportStore *self)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  return G_LIST_MODEL (rapport_record_model_new (self, RAPPORT_RECORD_LIST_EVENTS, 0));
}

/**
 * rapport_store_list_statements:
 *
 * Returns: (transfer full): the PEEC statements, last edited first
 */
GListModel *
rapport_store_list_statements (RapportStore *self)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  return G_LIST_MODEL (rapport_record_model_new (self, RAPPORT_RECORD_LIST_STATEMENTS, 0));
}
