/* rapport-store-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups and restoring them, with SQLite's online backup API: a copy is
 * consistent even while the app goes on writing, and a restore replaces
 * the data in place, under the same connection, in one step — after the
 * current data is itself kept as a backup.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rapport-store-private.h"

/* The copy of the data a restore replaced: rapport-before-restore-DATE-TIME.db */
#define BEFORE_RESTORE_PREFIX "rapport-before-restore-"

/* Pages copied per step: about a megabyte, so that Cancel and the
 * progress bar answer within a moment, whatever the size. */
#define PAGES_PER_STEP 256

/* Copies everything from @source to @dest, whole or not at all: a
 * cancelled copy rolls back what it wrote to @dest. @progress hears of
 * the pages copied, as @start to @start + @span out of @scale. */
static gboolean
copy_database (sqlite3                *dest,
               sqlite3                *source,
               const char             *dest_path,
               GCancellable           *cancellable,
               RapportImportProgress   progress,
               gpointer                user_data,
               guint                   start,
               guint                   span,
               guint                   scale,
               GError                **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      rapport_store_set_error_from_code (error, sqlite3_errcode (dest), dest_path, sqlite3_errmsg (dest));
      return FALSE;
    }
  do
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_backup_finish (backup);
          return FALSE;
        }
      rc = sqlite3_backup_step (backup, PAGES_PER_STEP);
      /* The source is locked for a moment by a writer: wait, not spin. */
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10 * 1000);
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        {
          int total = sqlite3_backup_pagecount (backup);
          int done = total - sqlite3_backup_remaining (backup);

          progress (start + (guint) ((guint64) span * done / total), scale, user_data);
        }
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      rapport_store_set_error_from_code (error, rc, dest_path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/* A connection of its own to @path, for a worker thread. */
static sqlite3 *
open_connection (const char  *path,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      rapport_store_set_error_from_code (error, rc, path, db ? sqlite3_errmsg (db) : NULL);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  return db;
}

/* Writes @source to @path through a file beside it, renamed when whole. */
static gboolean
back_up_connection (sqlite3                *source,
                    const char             *path,
                    GCancellable           *cancellable,
                    RapportImportProgress   progress,
                    gpointer                user_data,
                    guint                   start,
                    guint                   span,
                    guint                   scale,
                    GError                **error)
{
  g_autofree char *part = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;
  int rc;

  part = g_strconcat (path, ".part", NULL);
  g_unlink (part);
  rc = sqlite3_open_v2 (part, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      rapport_store_set_error_from_code (error, rc, path, dest ? sqlite3_errmsg (dest) : NULL);
      sqlite3_close (dest);
      return FALSE;
    }

  ok = copy_database (dest, source, path, cancellable, progress, user_data, start, span, scale, error);
  /* One file, not a database and its write-ahead log. */
  if (ok)
    ok = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close (dest);

  /* The last moment to stop: after it, the backup is there. */
  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;
  if (ok && g_rename (part, path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write the backup to “%s”: %s"), name, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (part);
  return ok;
}

/**
 * rapport_store_back_up:
 * @path: the file to write (replaced if it exists)
 *
 * Writes a consistent copy of all of Rapport's data to @path. The copy is
 * written beside it first and renamed, so @path is never half a backup.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_back_up (RapportStore  *self,
                       const char    *path,
                       GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return back_up_connection (rapport_store_get_db (self), path, NULL, NULL, NULL, 0, 0, 0, error);
}

/**
 * rapport_store_back_up_file:
 * @db_path: the database to back up, read here on a connection of its own
 *   (the caller's thread may be a worker)
 * @path: the file to write (replaced if it exists)
 * @cancellable: (nullable): to stop, leaving @path as it was
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 *
 * rapport_store_back_up() for a worker thread: a consistent copy even if
 * the app writes meanwhile (the copy then starts again).
 *
 * Returns: %TRUE on success; on failure or when cancelled, @path is as it
 *   was and nothing is left beside it
 */
gboolean
rapport_store_back_up_file (const char             *db_path,
                            const char             *path,
                            GCancellable           *cancellable,
                            RapportImportProgress   progress,
                            gpointer                user_data,
                            GError                **error)
{
  sqlite3 *source;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  source = open_connection (db_path, error);
  if (source == NULL)
    return FALSE;
  ok = back_up_connection (source, path, cancellable, progress, user_data, 0, 1000, 1000, error);
  sqlite3_close (source);
  return ok;
}

static void
remove_with_side_files (const char *path)
{
  g_unlink (path);
  for (const char *suffix = "-wal"; suffix != NULL; suffix = g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *side = g_strconcat (path, suffix, NULL);

      g_unlink (side);
    }
}

/**
 * rapport_store_restore_file:
 * @db_path: the database to replace, written here on a connection of its
 *   own (the caller's thread may be a worker)
 * @path: a backup made by rapport_store_back_up() (or a copy of a Rapport
 *   database), by this version of Rapport or an earlier one
 * @cancellable: (nullable): to stop, leaving everything as it was
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 * @kept_path: (out) (optional) (transfer full): where the data as it was
 *   before the restore was kept
 *
 * The work of rapport_store_restore(), for a worker thread. The data is
 * replaced in one transaction: the app's own connection goes on reading
 * the data as it was until it is done, and must not write meanwhile.
 * Call rapport_store_restore_begin() before and rapport_store_restore_end()
 * after, on the app's store.
 *
 * Returns: %TRUE on success; on failure or when cancelled nothing changed
 *   and no copy is left behind
 */
gboolean
rapport_store_restore_file (const char             *db_path,
                            const char             *path,
                            GCancellable           *cancellable,
                            RapportImportProgress   progress,
                            gpointer                user_data,
                            char                  **kept_path,
                            GError                **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *backup_dir = g_build_filename (dir, "backups", NULL);
  g_autofree char *kept_name = g_strdup_printf (BEFORE_RESTORE_PREFIX "%s.db", stamp);
  g_autofree char *kept = g_build_filename (backup_dir, kept_name, NULL);
  g_autofree char *copy = g_build_filename (dir, "rapport-restoring.db", NULL);
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy_file = NULL;
  g_autoptr(RapportStore) backup = NULL;
  sqlite3 *live = NULL;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir_with_parents (backup_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return FALSE;
    }

  /* Opened from a copy: opening checks it and brings an older one up to
   * this version, which must not touch the user's file. */
  source = g_file_new_for_path (path);
  copy_file = g_file_new_for_path (copy);
  if (!g_file_copy (source, copy_file, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, error))
    {
      g_unlink (copy);
      return FALSE;
    }
  backup = rapport_store_open (copy, error);
  if (backup == NULL)
    {
      remove_with_side_files (copy);
      return FALSE;
    }

  /* Half the way: the data as it is, kept; the other half: replaced. */
  live = open_connection (db_path, error);
  ok = live != NULL;
  if (ok)
    ok = back_up_connection (live, kept, cancellable, progress, user_data, 0, 500, 1000, error);
  if (ok)
    ok = copy_database (live, rapport_store_get_db (backup), db_path, cancellable, progress, user_data, 500, 500,
                        1000, error);
  sqlite3_close (live);

  g_clear_object (&backup);
  remove_with_side_files (copy);
  if (!ok)
    {
      /* Nothing was replaced: a copy of it is no use. */
      g_unlink (kept);
      return FALSE;
    }

  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);
  return TRUE;
}

/**
 * rapport_store_restore_begin:
 *
 * Before rapport_store_restore_file() replaces the data of the database
 * @self has open: lists finish reading what they show.
 */
void
rapport_store_restore_begin (RapportStore *self)
{
  g_return_if_fail (RAPPORT_IS_STORE (self));

  g_signal_emit_by_name (self, "before-write");
}

/**
 * rapport_store_restore_end:
 *
 * After rapport_store_restore_file() replaced the data of the database
 * @self has open: every list and object in use is brought up to date.
 */
void
rapport_store_restore_end (RapportStore *self)
{
  g_return_if_fail (RAPPORT_IS_STORE (self));

  rapport_store_reread_everything (self);
}

/**
 * rapport_store_restore:
 * @path: a backup made by rapport_store_back_up() (or a copy of a Rapport
 *   database), by this version of Rapport or an earlier one
 * @kept_path: (out) (optional) (transfer full): where the data as it was
 *   before the restore was kept
 *
 * Replaces all of Rapport's data with the backup's. The backup file itself
 * is only read; the data being replaced is first backed up with the
 * automatic backups (rapport_store_list_restore_copies() lists it), with
 * the date and time in its name. Every list and object in use is brought
 * up to date.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_restore (RapportStore  *self,
                       const char    *path,
                       char         **kept_path,
                       GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!rapport_store_in_batch (self), FALSE);

  rapport_store_restore_begin (self);
  if (!rapport_store_restore_file (rapport_store_get_path (self), path, NULL, NULL, NULL, kept_path, error))
    return FALSE;
  rapport_store_restore_end (self);
  return TRUE;
}

static int
compare_names_descending (gconstpointer a,
                          gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * rapport_store_list_backups:
 * @dir: the folder of automatic backups
 *
 * Returns: (transfer full) (element-type utf8): the paths of the automatic
 *   backups in @dir, newest first
 */
GPtrArray *
rapport_store_list_backups (const char *dir)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    /* rapport-YYYY-MM-DD.db */
    if (g_str_has_prefix (name, "rapport-") && g_str_has_suffix (name, ".db") && strlen (name) == 21)
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, compare_names_descending);
  return paths;
}

static void
add_restore_copies (GPtrArray  *paths,
                    const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, BEFORE_RESTORE_PREFIX) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
}

static int
compare_basenames_descending (gconstpointer a,
                              gconstpointer b)
{
  g_autofree char *name_a = g_path_get_basename (*(const char * const *) a);
  g_autofree char *name_b = g_path_get_basename (*(const char * const *) b);

  return -g_strcmp0 (name_a, name_b);
}

/**
 * rapport_store_list_restore_copies:
 *
 * The copies of the data as it was before each restore: in the folder of
 * automatic backups, and beside the database where earlier versions of
 * Rapport kept them.
 *
 * Returns: (transfer full) (element-type filename): their paths, newest first
 */
GPtrArray *
rapport_store_list_restore_copies (RapportStore *self)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = NULL;
  g_autofree char *backup_dir = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), paths);

  dir = g_path_get_dirname (rapport_store_get_path (self));
  backup_dir = rapport_store_dup_backup_dir (self);
  add_restore_copies (paths, backup_dir);
  add_restore_copies (paths, dir);
  g_ptr_array_sort (paths, compare_basenames_descending);
  return paths;
}

/**
 * rapport_store_back_up_daily:
 * @dir: the folder of automatic backups (made if missing)
 * @today: the day it is
 * @keep: how many daily backups to keep
 *
 * At most once a day: a backup named after @today, and the oldest ones
 * beyond @keep removed.
 *
 * Returns: %TRUE if there is a backup of @today (made now or before)
 */
gboolean
rapport_store_back_up_daily (RapportStore  *self,
                             const char    *dir,
                             const GDate   *today,
                             guint          keep,
                             GError       **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  char day[16];

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (keep > 0, FALSE);

  g_date_strftime (day, sizeof day, "%Y-%m-%d", today);
  name = g_strdup_printf ("rapport-%s.db", day);
  path = g_build_filename (dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s", g_strerror (saved_errno));
          return FALSE;
        }
      if (!rapport_store_back_up (self, path, error))
        return FALSE;
    }

  backups = rapport_store_list_backups (dir);
  for (guint i = keep; i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));
  return TRUE;
}

/**
 * rapport_store_dup_backup_dir:
 *
 * Returns: (transfer full): the folder of automatic backups, beside the
 *   database
 */
char *
rapport_store_dup_backup_dir (RapportStore *self)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  dir = g_path_get_dirname (rapport_store_get_path (self));
  return g_build_filename (dir, "backups", NULL);
}

static const char * const side_suffixes[] = { "", "-wal", "-shm", "-journal" };

/* Moves @from and its side files to @to, or back again. */
static gboolean
move_with_side_files (const char  *from,
                      const char  *to,
                      GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *source = g_strconcat (from, side_suffixes[i], NULL);
      g_autofree char *dest = g_strconcat (to, side_suffixes[i], NULL);

      if (!g_file_test (source, G_FILE_TEST_EXISTS))
        continue;
      if (g_rename (source, dest) != 0)
        {
          int saved_errno = errno;
          g_autofree char *name = g_filename_display_name (source);

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not move “%s” aside: %s"), name, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * rapport_store_open_instead:
 * @path: (nullable): the database that could not be opened, or %NULL for
 *   the default one
 * @backup_path: (nullable): a backup to start from, or %NULL to start
 *   with no data
 * @moved_to: (out) (optional) (transfer full): where the file that could
 *   not be opened now is
 *
 * For a database Rapport cannot open: it is moved aside, untouched, with
 * the date and time in its name, and Rapport starts again — from a copy of
 * @backup_path, or empty. If that fails, the file is put back as it was.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
RapportStore *
rapport_store_open_instead (const char  *path,
                            const char  *backup_path,
                            char       **moved_to,
                            GError     **error)
{
  g_autofree char *target = path ? g_strdup (path) : rapport_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (target);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *aside = NULL;
  gboolean moved = g_file_test (target, G_FILE_TEST_EXISTS);
  RapportStore *store;

  /* Never over another file moved aside in the same second. */
  for (guint n = 1; aside == NULL || g_file_test (aside, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("rapport-unopened-%s.db", stamp)
                                     : g_strdup_printf ("rapport-unopened-%s-%u.db", stamp, n);

      g_free (aside);
      aside = g_build_filename (dir, name, NULL);
    }

  if (moved && !move_with_side_files (target, aside, error))
    return NULL;

  if (backup_path != NULL)
    {
      g_autoptr(GFile) source = g_file_new_for_path (backup_path);
      g_autoptr(GFile) dest = g_file_new_for_path (target);

      if (!g_file_copy (source, dest, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        goto put_back;
    }

  store = rapport_store_open (target, error);
  if (store == NULL)
    goto put_back;

  if (moved_to != NULL)
    *moved_to = moved ? g_steal_pointer (&aside) : NULL;
  return store;

put_back:
  /* Nothing is lost: the new file goes, the old one comes back. */
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (target, side_suffixes[i], NULL);

      g_unlink (side);
    }
  if (moved)
    move_with_side_files (aside, target, NULL);
  return NULL;
}
