/* rapport-store-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events with their attendees, and PEEC statements, in the store.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

static gboolean
load_event_into (RapportStore  *self,
                 RapportEvent  *event,
                 gint64         id,
                 GError       **error)
{
  g_autoptr(GDateTime) starts_at = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self,
                                "SELECT name, starts_at, place, notes, statement_id FROM event WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return rapport_store_set_not_found (error, _("This event is no longer in Rapport."));
      rapport_store_set_sqlite_error (self, error);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (event));
  rapport_event_set_id (event, id);
  rapport_event_set_name (event, rapport_store_column_text (stmt, 0));
  starts_at = rapport_store_parse_timestamp (rapport_store_column_text (stmt, 1));
  if (starts_at != NULL)
    rapport_event_set_starts_at (event, starts_at);
  rapport_event_set_place (event, rapport_store_column_text (stmt, 2));
  rapport_event_set_notes (event, rapport_store_column_text (stmt, 3));
  rapport_event_set_statement_id (event, sqlite3_column_int64 (stmt, 4));
  g_object_thaw_notify (G_OBJECT (event));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
store_event (RapportStore  *self,
             RapportEvent  *event,
             gboolean       adding,
             GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  g_autofree char *starts_at = rapport_store_format_timestamp (rapport_event_get_starts_at (event));
  gint64 id = adding ? 0 : rapport_event_get_id (event);
  gint64 statement_id = rapport_event_get_statement_id (event);
  sqlite3_stmt *stmt;

  if (!rapport_store_check_text (rapport_event_get_name (event), error) ||
      !rapport_store_check_text (rapport_event_get_place (event), error) ||
      !rapport_store_check_text (rapport_event_get_notes (event), error))
    return FALSE;

  if (!rapport_store_begin (self, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                adding
                                ? "INSERT INTO event (name, starts_at, place, notes, statement_id, updated_at, "
                                  "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                                : "UPDATE event SET name = ?1, starts_at = ?2, place = ?3, notes = ?4, "
                                  "statement_id = ?5, updated_at = ?6 WHERE id = ?7",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, rapport_event_get_name (event), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, rapport_event_get_place (event), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, rapport_store_unless_blank (rapport_event_get_notes (event)), -1, SQLITE_STATIC);
  if (statement_id > 0)
    sqlite3_bind_int64 (stmt, 5, statement_id);
  sqlite3_bind_text (stmt, 6, now_text, -1, SQLITE_STATIC);
  if (!adding)
    sqlite3_bind_int64 (stmt, 7, id);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (adding)
    id = sqlite3_last_insert_rowid (rapport_store_get_db (self));
  else if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This event is no longer in Rapport."));
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  if (adding)
    {
      rapport_event_set_id (event, id);
      rapport_store_add_live (self, RAPPORT_RECORD_EVENT, id, event);
    }
  else
    {
      g_autoptr(RapportEvent) live = rapport_store_lookup_live (self, RAPPORT_RECORD_EVENT, id);

      if (live != NULL && live != event)
        load_event_into (self, live, id, NULL);
    }

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, id,
                              adding ? RAPPORT_CHANGE_ADDED : RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

gboolean
rapport_store_add_event (RapportStore  *self,
                         RapportEvent  *event,
                         GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_EVENT (event), FALSE);
  g_return_val_if_fail (rapport_event_get_id (event) == 0, FALSE);

  return store_event (self, event, TRUE, error);
}

gboolean
rapport_store_save_event (RapportStore  *self,
                          RapportEvent  *event,
                          GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_EVENT (event), FALSE);

  if (rapport_event_get_id (event) == 0)
    return rapport_store_set_not_found (error, _("This event is no longer in Rapport."));

  return store_event (self, event, FALSE, error);
}

/**
 * rapport_store_delete_event:
 *
 * Deletes an event and its list of attendees (the people stay).
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_delete_event (RapportStore  *self,
                            gint64         id,
                            GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  if (!rapport_store_run_with_id (self, "DELETE FROM event WHERE id = ?1", id, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This event is no longer in Rapport."));
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_forget_live (self, RAPPORT_RECORD_EVENT, id);
  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, id, RAPPORT_CHANGE_REMOVED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_get_event:
 *
 * Returns: (transfer full): the event, or %NULL with @error set
 */
RapportEvent *
rapport_store_get_event (RapportStore  *self,
                         gint64         id,
                         GError       **error)
{
  g_autoptr(RapportEvent) event = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  event = rapport_store_lookup_live (self, RAPPORT_RECORD_EVENT, id);
  if (event != NULL)
    return g_steal_pointer (&event);

  event = rapport_event_new ("", NULL);
  if (!load_event_into (self, event, id, error))
    return NULL;

  rapport_store_add_live (self, RAPPORT_RECORD_EVENT, id, event);
  return g_steal_pointer (&event);
}

/**
 * rapport_store_set_attendee:
 * @goal: (nullable): what you hope to do with them there
 *
 * Adds a person to an event's attendees, or changes your goal for them.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_set_attendee (RapportStore  *self,
                            gint64         event_id,
                            gint64         contact_id,
                            const char    *goal,
                            GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_check_text (goal ? goal : "", error) || !rapport_store_begin (self, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                "INSERT INTO event_attendee (event_id, contact_id, goal, position) "
                                "VALUES (?1, ?2, ?3, (SELECT coalesce (max (position) + 1, 0) "
                                "FROM event_attendee WHERE event_id = ?1)) "
                                "ON CONFLICT (event_id, contact_id) DO UPDATE SET goal = excluded.goal",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  sqlite3_bind_text (stmt, 3, goal ? goal : "", -1, SQLITE_STATIC);
  if (!rapport_store_step_done (self, stmt, error))
    {
      if (sqlite3_extended_errcode (rapport_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_clear_error (error);
          rapport_store_set_not_found (error, _("The event or the person is no longer in Rapport."));
        }
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, event_id, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

gboolean
rapport_store_remove_attendee (RapportStore  *self,
                               gint64         event_id,
                               gint64         contact_id,
                               GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  stmt = rapport_store_prepare (self,
                                "DELETE FROM event_attendee WHERE event_id = ?1 AND contact_id = ?2",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  if (!rapport_store_step_done (self, stmt, error) || !rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, event_id, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_list_attendees:
 *
 * Returns: (transfer full) (element-type RapportAttendee): who will be at
 *   the event, in the order they were added
 */
GPtrArray *
rapport_store_list_attendees (RapportStore  *self,
                              gint64         event_id,
                              GError       **error)
{
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self,
                                "SELECT a.contact_id, a.goal FROM event_attendee a "
                                "JOIN contact c ON c.id = a.contact_id "
                                "WHERE a.event_id = ?1 AND c.deleted = 0 ORDER BY a.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (attendees, rapport_attendee_new (event_id, sqlite3_column_int64 (stmt, 0),
                                                      rapport_store_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      rapport_store_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&attendees);
}

/* Statements */

static gboolean
load_statement_into (RapportStore          *self,
                     RapportPeecStatement  *statement,
                     gint64                 id,
                     GError               **error)
{
  g_autoptr(GDateTime) created_at = NULL;
  g_autoptr(GDateTime) updated_at = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self,
                                "SELECT title, audience, profession, expertise, environment, call_to_action, "
                                "created_at, updated_at FROM peec_statement WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return rapport_store_set_not_found (error, _("This statement is no longer in Rapport."));
      rapport_store_set_sqlite_error (self, error);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (statement));
  rapport_peec_statement_set_id (statement, id);
  rapport_peec_statement_set_title (statement, rapport_store_column_text (stmt, 0));
  rapport_peec_statement_set_audience (statement, rapport_store_column_text (stmt, 1));
  rapport_peec_statement_set_profession (statement, rapport_store_column_text (stmt, 2));
  rapport_peec_statement_set_expertise (statement, rapport_store_column_text (stmt, 3));
  rapport_peec_statement_set_environment (statement, rapport_store_column_text (stmt, 4));
  rapport_peec_statement_set_call_to_action (statement, rapport_store_column_text (stmt, 5));
  created_at = rapport_store_parse_timestamp (rapport_store_column_text (stmt, 6));
  updated_at = rapport_store_parse_timestamp (rapport_store_column_text (stmt, 7));
  rapport_peec_statement_set_timestamps (statement, created_at, updated_at);
  g_object_thaw_notify (G_OBJECT (statement));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
store_statement (RapportStore          *self,
                 RapportPeecStatement  *statement,
                 gboolean               adding,
                 GError               **error)
{
  const char *texts[] = {
    rapport_peec_statement_get_title (statement),
    rapport_peec_statement_get_audience (statement),
    rapport_peec_statement_get_profession (statement),
    rapport_peec_statement_get_expertise (statement),
    rapport_peec_statement_get_environment (statement),
    rapport_peec_statement_get_call_to_action (statement),
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  gint64 id = adding ? 0 : rapport_peec_statement_get_id (statement);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!rapport_store_check_text (texts[i], error))
      return FALSE;

  if (!rapport_store_begin (self, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                adding
                                ? "INSERT INTO peec_statement (title, audience, profession, expertise, environment, "
                                  "call_to_action, updated_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                                : "UPDATE peec_statement SET title = ?1, audience = ?2, profession = ?3, "
                                  "expertise = ?4, environment = ?5, call_to_action = ?6, updated_at = ?7 "
                                  "WHERE id = ?8",
                                error);
  if (stmt == NULL)
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    sqlite3_bind_text (stmt, (int) i + 1, texts[i], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, now_text, -1, SQLITE_STATIC);
  if (!adding)
    sqlite3_bind_int64 (stmt, 8, id);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (adding)
    id = sqlite3_last_insert_rowid (rapport_store_get_db (self));
  else if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This statement is no longer in Rapport."));
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  if (adding)
    {
      rapport_peec_statement_set_id (statement, id);
      rapport_peec_statement_set_timestamps (statement, local, local);
      rapport_store_add_live (self, RAPPORT_RECORD_STATEMENT, id, statement);
    }
  else
    {
      g_autoptr(RapportPeecStatement) live = rapport_store_lookup_live (self, RAPPORT_RECORD_STATEMENT, id);

      rapport_peec_statement_set_timestamps (statement,
                                             rapport_peec_statement_get_created_at (statement), local);
      if (live != NULL && live != statement)
        load_statement_into (self, live, id, NULL);
    }

  rapport_store_emit_changed (self, RAPPORT_RECORD_STATEMENT, id,
                              adding ? RAPPORT_CHANGE_ADDED : RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

gboolean
rapport_store_add_statement (RapportStore          *self,
                             RapportPeecStatement  *statement,
                             GError               **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (statement), FALSE);
  g_return_val_if_fail (rapport_peec_statement_get_id (statement) == 0, FALSE);

  return store_statement (self, statement, TRUE, error);
}

gboolean
rapport_store_save_statement (RapportStore          *self,
                              RapportPeecStatement  *statement,
                              GError               **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (statement), FALSE);

  if (rapport_peec_statement_get_id (statement) == 0)
    return rapport_store_set_not_found (error, _("This statement is no longer in Rapport."));

  return store_statement (self, statement, FALSE, error);
}

/**
 * rapport_store_delete_statement:
 *
 * Deletes a statement; events that were to use it no longer name one.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_delete_statement (RapportStore  *self,
                                gint64         id,
                                GError       **error)
{
  g_autoptr(GArray) events = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  if (!(events = rapport_store_query_ids_with_id (self, "SELECT id FROM event WHERE statement_id = ?1", id, error)) ||
      !rapport_store_run_with_id (self, "DELETE FROM peec_statement WHERE id = ?1", id, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This statement is no longer in Rapport."));
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_forget_live (self, RAPPORT_RECORD_STATEMENT, id);
  for (guint i = 0; i < events->len; i++)
    {
      gint64 event_id = g_array_index (events, gint64, i);
      g_autoptr(RapportEvent) live = rapport_store_lookup_live (self, RAPPORT_RECORD_EVENT, event_id);

      if (live != NULL)
        rapport_event_set_statement_id (live, 0);
      rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, event_id, RAPPORT_CHANGE_UPDATED);
    }
  rapport_store_emit_changed (self, RAPPORT_RECORD_STATEMENT, id, RAPPORT_CHANGE_REMOVED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_get_statement:
 *
 * Returns: (transfer full): the statement, or %NULL with @error set
 */
RapportPeecStatement *
rapport_store_get_statement (RapportStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_autoptr(RapportPeecStatement) statement = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  statement = rapport_store_lookup_live (self, RAPPORT_RECORD_STATEMENT, id);
  if (statement != NULL)
    return g_steal_pointer (&statement);

  statement = rapport_peec_statement_new ();
  if (!load_statement_into (self, statement, id, error))
    return NULL;

  rapport_store_add_live (self, RAPPORT_RECORD_STATEMENT, id, statement);
  return g_steal_pointer (&statement);
}
