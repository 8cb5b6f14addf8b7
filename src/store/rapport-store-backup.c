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
#include <glib/gstdio.h>

#include "rapport-store-private.h"

/* Copies everything from @source to @dest, whole or not at all. */
static gboolean
copy_database (sqlite3     *dest,
               sqlite3     *source,
               const char  *dest_path,
               GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", source, "main");
  int rc;

  if (backup == NULL)
    {
      rapport_store_set_error_from_code (error, sqlite3_errcode (dest), dest_path, sqlite3_errmsg (dest));
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      rapport_store_set_error_from_code (error, rc, dest_path, sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
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
  g_autofree char *part = NULL;
  sqlite3 *dest = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  part = g_strconcat (path, ".part", NULL);
  g_unlink (part);
  rc = sqlite3_open_v2 (part, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      rapport_store_set_error_from_code (error, rc, path, dest ? sqlite3_errmsg (dest) : NULL);
      sqlite3_close (dest);
      return FALSE;
    }

  ok = copy_database (dest, rapport_store_get_db (self), path, error);
  /* One file, not a database and its write-ahead log. */
  if (ok)
    ok = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK;
  sqlite3_close (dest);

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
 * rapport_store_restore:
 * @path: a backup made by rapport_store_back_up() (or a copy of a Rapport
 *   database), by this version of Rapport or an earlier one
 * @kept_path: (out) (optional) (transfer full): where the data as it was
 *   before the restore was kept
 *
 * Replaces all of Rapport's data with the backup's. The backup file itself
 * is only read; the data being replaced is first backed up beside the
 * database, with the date and time in its name. Every list and object in
 * use is brought up to date.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_restore (RapportStore  *self,
                       const char    *path,
                       char         **kept_path,
                       GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *dir = g_path_get_dirname (rapport_store_get_path (self));
  g_autofree char *kept_name = g_strdup_printf ("rapport-before-restore-%s.db", stamp);
  g_autofree char *kept = g_build_filename (dir, kept_name, NULL);
  g_autofree char *copy = g_build_filename (dir, "rapport-restoring.db", NULL);
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) copy_file = NULL;
  g_autoptr(RapportStore) backup = NULL;
  gboolean ok;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!rapport_store_in_batch (self), FALSE);

  /* Opened from a copy: opening checks it and brings an older one up to
   * this version, which must not touch the user's file. */
  source = g_file_new_for_path (path);
  copy_file = g_file_new_for_path (copy);
  if (!g_file_copy (source, copy_file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  backup = rapport_store_open (copy, error);
  if (backup == NULL)
    {
      g_unlink (copy);
      return FALSE;
    }

  ok = rapport_store_back_up (self, kept, error);
  if (ok)
    {
      g_signal_emit_by_name (self, "before-write");
      ok = copy_database (rapport_store_get_db (self), rapport_store_get_db (backup),
                          rapport_store_get_path (self), error);
    }

  g_clear_object (&backup);
  g_unlink (copy);
  for (const char *suffix = "-wal"; suffix != NULL; suffix = g_str_equal (suffix, "-wal") ? "-shm" : NULL)
    {
      g_autofree char *side = g_strconcat (copy, suffix, NULL);

      g_unlink (side);
    }
  if (!ok)
    return FALSE;

  rapport_store_reread_everything (self);
  if (kept_path != NULL)
    *kept_path = g_steal_pointer (&kept);
  return TRUE;
}
