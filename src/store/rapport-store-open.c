/* rapport-store-open.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening the database safely: the file is looked at before SQLite opens
 * it, and a file that cannot be opened as it is — not a database, damaged,
 * from a newer Rapport, another program's, read-only, locked — is refused
 * with a clear message and never written. Then the schema is migrated, one
 * transaction per step.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "rapport-store-private.h"
#include "rapport-text-fold.h"

static const char *migrations[] = {
  "0001-people.sql",
  "0002-keeping-in-touch.sql",
  "0003-search.sql",
  "0004-trash.sql",
  "0005-sort-indexes.sql",
  "0006-snooze.sql",
  "0007-structured-fields.sql",
  "0008-photo-thumbnails.sql",
  "0009-introductions.sql",
  "0010-calendar-links.sql",
  "0011-duplicates.sql",
  "0012-who-knows-whom.sql",
  "0013-unsorted-people.sql",
  "0014-marked-calendar-events.sql",
  "0015-address-book-links.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RAPPORT_STORE_SCHEMA_VERSION);

/**
 * rapport_store_dup_default_path:
 *
 * Where Rapport keeps its data: `$XDG_DATA_HOME/<app id>/rapport.db`, or
 * `$RAPPORT_DATA_DIR/rapport.db` when that is set.
 *
 * Returns: (transfer full): the path
 */
char *
rapport_store_dup_default_path (void)
{
  const char *dir = g_getenv ("RAPPORT_DATA_DIR");

  if (dir != NULL && *dir != '\0')
    return g_build_filename (dir, "rapport.db", NULL);

  return g_build_filename (g_get_user_data_dir (), APP_ID, "rapport.db", NULL);
}

static void
fold_sql_function (sqlite3_context  *context,
                   int               n_args,
                   sqlite3_value   **args)
{
  const char *text = (const char *) sqlite3_value_text (args[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }

  folded = rapport_text_fold (text);
  sqlite3_result_text (context, folded, -1, g_free);
}

static guint32
read_be32 (const guint8 *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

static gboolean
has_recovery_file (const char *path)
{
  const char *suffixes[] = { "-wal", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *other = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (other, &st) == 0 && st.st_size > 0)
        return TRUE;
    }

  return FALSE;
}

/* Looks at the file before SQLite does: a file that is not SQLite, or is
 * shorter than its own header says, is refused without being opened. */
static gboolean
check_file (const char  *path,
            gboolean     writing,
            GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  guint8 header[100];
  GStatBuf st;
  FILE *file;
  size_t n_read;
  guint32 page_size, page_count, change_counter, valid_for;

  if (writing && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *dir_name = g_filename_display_name (dir);

      g_set_error (error, RAPPORT_STORE_ERROR,
                   saved_errno == EROFS || saved_errno == EACCES ? RAPPORT_STORE_ERROR_READ_ONLY
                                                                 : RAPPORT_STORE_ERROR_UNREADABLE,
                   _("Rapport cannot create the folder “%s”: %s"), dir_name, g_strerror (saved_errno));
      return FALSE;
    }

  /* The journal and write-ahead log live beside the file: the folder must be writable. */
  if (writing && g_access (dir, W_OK) != 0)
    {
      g_autofree char *dir_name = g_filename_display_name (dir);

      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY,
                   _("Rapport cannot save changes in the folder “%s”: it is read-only."), dir_name);
      return FALSE;
    }

  if (g_stat (path, &st) != 0)
    {
      if (writing)
        return TRUE; /* A new file. */
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not there."), name);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Rapport database. It has been left as it is."), name);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_UNREADABLE,
                   _("Rapport is not allowed to read “%s”."), name);
      return FALSE;
    }
  if (writing && g_access (path, W_OK) != 0)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY,
                   _("Rapport cannot save to “%s”: it is read-only."), name);
      return FALSE;
    }
  if (st.st_size == 0 && writing)
    return TRUE; /* An empty file is an empty database. */

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_UNREADABLE,
                   _("Rapport cannot open “%s”: %s"), name, g_strerror (errno));
      return FALSE;
    }
  n_read = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Rapport database. It has been left as it is."), name);
      return FALSE;
    }

  page_size = (guint32) header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  change_counter = read_be32 (header + 24);
  page_count = read_be32 (header + 28);
  valid_for = read_be32 (header + 92);

  if (page_size < 512 || (page_size & (page_size - 1)) != 0)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged. It has been left as it is: restore it from a backup, "
                     "or move it elsewhere to start afresh."), name);
      return FALSE;
    }

  /* A write-ahead log or journal left by a crash holds pages the file does
   * not have yet; SQLite recovers from it, so the length says nothing. */
  if (has_recovery_file (path))
    return TRUE;

  /* The page count is trustworthy when the two counters agree (SQLite ≥ 3.7). */
  if (st.st_size % page_size != 0 ||
      (change_counter == valid_for && (goffset) page_count * page_size > st.st_size))
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it is shorter than it should be. It has been left as it "
                     "is: restore it from a backup, or move it elsewhere to start afresh."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_int_pragma (RapportStore  *self,
                 const char    *sql,
                 gint64        *value,
                 GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      rapport_store_set_sqlite_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
migrate (RapportStore  *self,
         guint          from,
         guint          to,
         GError       **error)
{
  for (guint version = from + 1; version <= to; version++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GError) step_error = NULL;

      resource = g_strconcat (RESOURCE_PATH "/sql/", migrations[version - 1], NULL);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
      g_assert_no_error (local_error); /* Compiled in: missing means a broken build. */

      /* One transaction per step: a failed step leaves the file as it was. */
      sql = g_strdup_printf ("BEGIN IMMEDIATE;\n%.*s\nPRAGMA user_version = %u;\nCOMMIT;",
                             (int) g_bytes_get_size (bytes),
                             (const char *) g_bytes_get_data (bytes, NULL),
                             version);
      if (!rapport_store_exec (self, sql, &step_error))
        {
          if (!sqlite3_get_autocommit (self->db))
            sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          /* Translators: the second %s says what went wrong */
          g_set_error (error, step_error->domain, step_error->code,
                       _("Could not update the database to format %u: %s"), version, step_error->message);
          return FALSE;
        }

      self->schema_version = version;
    }

  return TRUE;
}

/* Name order depends on the language: keys made for another one are remade. */
static gboolean
check_collation (RapportStore  *self,
                 GError       **error)
{
  const char *locale = setlocale (LC_COLLATE, NULL);
  sqlite3_stmt *stmt;
  gboolean same;

  if (locale == NULL)
    locale = "C";

  stmt = rapport_store_prepare (self, "SELECT value FROM meta WHERE key = 'collation'", error);
  if (stmt == NULL)
    return FALSE;
  same = sqlite3_step (stmt) == SQLITE_ROW &&
         g_strcmp0 (rapport_store_column_text (stmt, 0), locale) == 0;
  sqlite3_reset (stmt);
  if (same)
    return TRUE;

  if (!rapport_store_begin (self, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                "INSERT OR REPLACE INTO meta (key, value) VALUES ('collation', ?1)",
                                error);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, locale, -1, SQLITE_TRANSIENT);
  if (stmt == NULL ||
      !rapport_store_step_done (self, stmt, error) ||
      !rapport_store_update_sort_keys (self, error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }

  return rapport_store_commit (self, error);
}

/* The search index holds text as rapport_text_fold() folds it:
 * when that changes (2: letters such as ø and đ spelt out), every person's
 * row is written again, once, in one transaction. */
#define SEARCH_FOLDING "2"

static gboolean
check_search_folding (RapportStore  *self,
                      GError       **error)
{
  /* With the version that made each index (the tests open older ones). */
  static const struct
  {
    guint since;
    const char *sql;
  } steps[] = {
    { 3, "INSERT INTO contact_search (contact_search) VALUES ('delete-all')" },
    { 3, "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions) "
         "SELECT id, name, company, peec, notes, tags, interactions FROM contact_search_source" },
    { 12, "INSERT INTO contact_offer_search (contact_offer_search) VALUES ('delete-all')" },
    { 12, "INSERT INTO contact_offer_search (rowid, work, help, tags, place) "
          "SELECT id, work, help, tags, place FROM contact_offer_source" },
    { 12, "INSERT INTO contact_need_search (contact_need_search) VALUES ('delete-all')" },
    { 12, "INSERT INTO contact_need_search (rowid, needs) "
          "SELECT id, needs FROM contact_offer_source WHERE needs IS NOT NULL AND needs != ''" },
    { 3, "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_folding', '" SEARCH_FOLDING "')" },
  };
  sqlite3_stmt *stmt;
  gboolean same;

  stmt = rapport_store_prepare (self, "SELECT value FROM meta WHERE key = 'search_folding'", error);
  if (stmt == NULL)
    return FALSE;
  same = sqlite3_step (stmt) == SQLITE_ROW &&
         g_strcmp0 (rapport_store_column_text (stmt, 0), SEARCH_FOLDING) == 0;
  sqlite3_reset (stmt);
  if (same)
    return TRUE;

  if (!rapport_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (self->schema_version >= steps[i].since && !rapport_store_exec (self, steps[i].sql, error))
      {
        rapport_store_rollback (self);
        return FALSE;
      }

  return rapport_store_commit (self, error);
}

/* A person the search index has no row for cannot be found: a file written
 * by something other than this store (such as a demo made with SQL) can
 * hold some. Counting both sides costs under a millisecond at 30,000
 * people; only when they differ are the missing (and left-over) people
 * looked for and written again. */
static gboolean
check_search_index (RapportStore  *self,
                    GError       **error)
{
  /* The highest ids tell a missing person from a left-over row that would
   * make the counts agree; summing every id would cost six times more. */
  static const char *counts[] = {
    "SELECT (SELECT count(*) FROM contact) != (SELECT count(*) FROM contact_search_docsize) "
    "OR (SELECT max(id) FROM contact) IS NOT (SELECT max(id) FROM contact_search_docsize)",
    "SELECT (SELECT count(*) FROM contact) != (SELECT count(*) FROM contact_offer_search_docsize) "
    "OR (SELECT max(id) FROM contact) IS NOT (SELECT max(id) FROM contact_offer_search_docsize)",
  };
  g_autoptr(GHashTable) ids = NULL;
  sqlite3_stmt *stmt;
  gboolean whole = TRUE;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      gint64 differ;

      /* The indexes of who could help whom came with step 12. */
      if (i > 0 && self->schema_version < 12)
        break;
      if (!read_int_pragma (self, counts[i], &differ, error))
        return FALSE;
      whole = whole && !differ;
    }
  if (whole)
    return TRUE;

  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  stmt = rapport_store_prepare (self,
                                self->schema_version >= 12
                                  ? "SELECT id FROM contact WHERE id NOT IN (SELECT id FROM contact_search_docsize) "
                                    "OR id NOT IN (SELECT id FROM contact_offer_search_docsize) "
                                    "UNION SELECT id FROM contact_search_docsize WHERE id NOT IN (SELECT id FROM contact) "
                                    "UNION SELECT id FROM contact_offer_search_docsize WHERE id NOT IN (SELECT id FROM contact)"
                                  : "SELECT id FROM contact WHERE id NOT IN (SELECT id FROM contact_search_docsize) "
                                    "UNION SELECT id FROM contact_search_docsize WHERE id NOT IN (SELECT id FROM contact)",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return FALSE;

  g_debug ("Writing the search rows of %u people again", g_hash_table_size (ids));
  if (!rapport_store_begin (self, error))
    return FALSE;
  if (!rapport_store_refresh_search_many (self, ids, error) ||
      !rapport_store_exec (self, "DELETE FROM temp.batch_contact", error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }

  return rapport_store_commit (self, error);
}

/* Opens self->path, refusing what is not ours to write, and migrates it. */
gboolean
rapport_store_open_database (RapportStore  *self,
                             guint          target_version,
                             GError       **error)
{
  gint64 application_id, user_version, n_objects;
  int rc;

  if (!check_file (self->path, TRUE, error))
    return FALSE;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      rapport_store_set_error_from_code (error, rc, self->path, self->db ? sqlite3_errmsg (self->db) : NULL);
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_create_function_v2 (self->db, "rapport_fold", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              NULL, fold_sql_function, NULL, NULL, NULL);

  /* Reads only, until we know the file is ours and not from the future. */
  if (!read_int_pragma (self, "PRAGMA application_id", &application_id, error) ||
      !read_int_pragma (self, "PRAGMA user_version", &user_version, error) ||
      !read_int_pragma (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if (application_id != APPLICATION_ID && (application_id != 0 || n_objects > 0))
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is a database of another program, not Rapport’s. "
                     "It has been left as it is."), name);
      return FALSE;
    }

  if (user_version > RAPPORT_STORE_SCHEMA_VERSION)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Rapport (format %u; this version "
                     "reads up to %u). Update Rapport to open it; the file has been left as it is."),
                   name, (guint) user_version, RAPPORT_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  self->schema_version = (guint) user_version;

  if (!rapport_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !rapport_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !rapport_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !migrate (self, self->schema_version, MAX (target_version, self->schema_version), error))
    return FALSE;

  /* Sort keys exist from the first step; older steps are for migration tests. */
  if (self->schema_version >= 1 && !check_collation (self, error))
    return FALSE;
  /* The search index exists from step 3. */
  if (self->schema_version >= 3 && !check_search_folding (self, error))
    return FALSE;
  if (self->schema_version >= 3 && !check_search_index (self, error))
    return FALSE;

  return TRUE;
}


/**
 * rapport_store_open_read_only:
 * @path: (nullable): the database, or %NULL for the default one
 *
 * Opens data that cannot be written (a read-only file or folder) to look
 * at it: nothing is written, not even SQLite's side files, and every write
 * is refused with %RAPPORT_STORE_ERROR_READ_ONLY. Only a file of this
 * version of Rapport can be opened this way (an older one would need
 * bringing up to date first).
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
RapportStore *
rapport_store_open_read_only (const char  *path,
                              GError     **error)
{
  g_autoptr(RapportStore) self = g_object_new (RAPPORT_TYPE_STORE, NULL);
  g_autofree char *file_uri = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  gint64 application_id, user_version, n_objects;
  int rc;

  self->path = path ? g_strdup (path) : rapport_store_dup_default_path ();
  self->read_only = TRUE;
  name = g_filename_display_name (self->path);
  if (!check_file (self->path, FALSE, error))
    return NULL;

  /* Immutable (no locks, nothing written beside it) unless changes wait
   * in a write-ahead log, which only a plain read-only open reads. */
  {
    g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);

    file_uri = g_filename_to_uri (absolute, NULL, error);
  }
  if (file_uri == NULL)
    return NULL;
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
    GStatBuf st;
    gboolean pending = g_stat (wal, &st) == 0 && st.st_size > 0;

    uri = g_strconcat (file_uri, pending ? "?mode=ro" : "?immutable=1", NULL);
  }
  rc = sqlite3_open_v2 (uri, &self->db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      rapport_store_set_error_from_code (error, rc, self->path, self->db ? sqlite3_errmsg (self->db) : NULL);
      return NULL;
    }
  sqlite3_create_function_v2 (self->db, "rapport_fold", 1,
                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                              NULL, fold_sql_function, NULL, NULL, NULL);

  if (!read_int_pragma (self, "PRAGMA application_id", &application_id, error) ||
      !read_int_pragma (self, "PRAGMA user_version", &user_version, error) ||
      !read_int_pragma (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return NULL;
  if (application_id != APPLICATION_ID || user_version != RAPPORT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be opened read-only: it is not a Rapport database of this version."), name);
      return NULL;
    }
  self->schema_version = (guint) user_version;
  return g_steal_pointer (&self);
}
