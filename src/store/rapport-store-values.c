/* rapport-store-values.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How values are stored, and the small steps every record's code repeats:
 * timestamps and days as sortable text, text that must be valid UTF-8, a
 * statement run with one id, a read loop that must finish.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rapport-store-private.h"

/* Timestamps are stored as ISO 8601 in UTC, so they sort as text. */
char *
rapport_store_format_timestamp (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date_time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

GDateTime *
rapport_store_parse_timestamp (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  parsed = g_date_time_new_from_iso8601 (text, utc);
  return parsed ? g_date_time_to_local (parsed) : NULL;
}

/* Days are stored as YYYY-MM-DD. */
char *
rapport_store_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

gboolean
rapport_store_parse_date (const char *text,
                          GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}


/* Never NULL: SQL NULL and empty text read the same. */
const char *
rapport_store_column_text (sqlite3_stmt *stmt,
                           int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

/* Ends a read loop: a list read in part would be saved in part, so fail. */
gboolean
rapport_store_finish_reading (RapportStore  *self,
                              sqlite3_stmt  *stmt,
                              int            rc,
                              GError       **error)
{
  if (rc != SQLITE_DONE)
    rapport_store_set_sqlite_error (self, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

gboolean
rapport_store_check_text (const char  *text,
                          GError     **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           _("Some of the text is not valid Unicode, so nothing was saved."));
      return FALSE;
    }
  return TRUE;
}

/* Notes of nothing but spaces, tabs and line breaks are no notes: stored
 * as empty, so that they are not shown or searched as something. */
const char *
rapport_store_unless_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return text;
  return "";
}

/* Always returns FALSE, for "return rapport_store_set_not_found (…)". */
gboolean
rapport_store_set_not_found (GError     **error,
                             const char  *message)
{
  g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Runs a statement whose one parameter is an id and that returns no rows. */
gboolean
rapport_store_run_with_id (RapportStore  *self,
                           const char    *sql,
                           gint64         id,
                           GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return rapport_store_step_done (self, stmt, error);
}

GArray *
rapport_store_query_ids_with_id (RapportStore  *self,
                                 const char    *sql,
                                 gint64         id,
                                 GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return rapport_store_query_ids (self, stmt, error);
}

void
rapport_store_bind_text_or_null (sqlite3_stmt *stmt,
                                 int           column,
                                 const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}
