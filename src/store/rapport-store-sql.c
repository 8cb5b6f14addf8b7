/* rapport-store-sql.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running SQL for the store's files: statements prepared once and kept,
 * stepped to the end or read as ids, and SQLite's result codes said as the
 * store's errors, in words a person can act on.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/* SQLite result codes, as GErrors with the store's codes. */
void
rapport_store_set_error_from_code (GError     **error,
                                   int          code,
                                   const char  *path,
                                   const char  *detail)
{
  g_autofree char *name = g_filename_display_name (path ? path : "");

  switch (code & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Rapport database. It has been left as it is."), name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged. It has been left as it is: restore it from a backup, "
                     "or move it elsewhere to start afresh."),
                   name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_LOCKED,
                   _("“%s” is in use by another program, perhaps another Rapport. "
                     "Close it and try again."),
                   name);
      break;
    case SQLITE_READONLY:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY,
                   _("Rapport cannot save to “%s”: it is read-only."), name);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_UNREADABLE,
                   _("Rapport cannot open “%s”: %s"), name, detail ? detail : sqlite3_errstr (code));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY
                             ? _("This is already in Rapport, so it was not saved again.")
                           : code == SQLITE_CONSTRAINT_FOREIGNKEY
                             ? _("Something this refers to is no longer in Rapport, so nothing was saved.")
                             : _("A value is out of range, so nothing was saved."));
      break;
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           _("This is too large to save, so nothing was saved."));
      break;
    case SQLITE_FULL:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_FAILED,
                   _("The disk holding “%s” is full. Nothing was saved; free some space and try again."),
                   name);
      break;
    default:
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_FAILED,
                   _("The database “%s” failed: %s"), name, detail ? detail : sqlite3_errstr (code));
    }
}

void
rapport_store_set_sqlite_error (RapportStore  *self,
                                GError       **error)
{
  rapport_store_set_error_from_code (error, sqlite3_extended_errcode (self->db), self->path,
                                     sqlite3_errmsg (self->db));
}

gboolean
rapport_store_exec (RapportStore  *self,
                    const char    *sql,
                    GError       **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      rapport_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3 *
rapport_store_get_db (RapportStore *self)
{
  return self->db;
}

/**
 * rapport_store_prepare:
 *
 * Prepares @sql once and keeps it; later calls get the same statement, reset
 * and with its bindings cleared.
 *
 * Returns: (transfer none): the statement, or %NULL with @error set
 */
sqlite3_stmt *
rapport_store_prepare (RapportStore  *self,
                       const char    *sql,
                       GError       **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      rapport_store_set_sqlite_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs @stmt to the end, for statements that return no rows. */
gboolean
rapport_store_step_done (RapportStore  *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    {
      rapport_store_set_sqlite_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * rapport_store_query_ids:
 *
 * Runs @stmt, whose first column is an id.
 *
 * Returns: (transfer full): the ids, in order, or %NULL with @error set
 */
GArray *
rapport_store_query_ids (RapportStore  *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      rapport_store_set_sqlite_error (self, error);
      sqlite3_reset (stmt);
      return NULL;
    }

  sqlite3_reset (stmt);
  return g_steal_pointer (&ids);
}
