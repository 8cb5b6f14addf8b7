/* rapport-store-calendar-marks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar events the user marks: an event with no attendees is not
 * "coming up" by itself, but the user may want to prepare for it all the
 * same (a conference, a dinner). The mark is kept by the occurrence's
 * calendar, UID and recurrence id, so it holds while the event moves.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include "rapport-store-private.h"

static const char *
recurrence_id_of (RapportCalendarEvent *event)
{
  const char *recurrence_id = rapport_calendar_event_get_recurrence_id (event);

  return recurrence_id != NULL ? recurrence_id : "";
}

static void
bind_event (sqlite3_stmt         *stmt,
            RapportCalendarEvent *event)
{
  sqlite3_bind_text (stmt, 1, rapport_calendar_event_get_source_uid (event), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rapport_calendar_event_get_uid (event), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, recurrence_id_of (event), -1, SQLITE_TRANSIENT);
}

/**
 * rapport_store_is_calendar_event_marked:
 * @event: a calendar event's occurrence
 *
 * Returns: whether the user marked @event to be offered in Coming up (%FALSE
 *   on failure, with @error set)
 */
gboolean
rapport_store_is_calendar_event_marked (RapportStore          *self,
                                        RapportCalendarEvent  *event,
                                        GError               **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (event), FALSE);

  stmt = rapport_store_prepare (self,
                                "SELECT 1 FROM calendar_mark "
                                "WHERE source_uid = ?1 AND event_uid = ?2 AND recurrence_id = ?3",
                                error);
  if (stmt == NULL)
    return FALSE;
  bind_event (stmt, event);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  rapport_store_finish_reading (self, stmt, rc, error);
  return FALSE;
}

/**
 * rapport_store_set_calendar_event_marked:
 * @event: a calendar event's occurrence
 * @marked: whether Coming up offers it although it names nobody
 *
 * Marks @event, or takes the mark away.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_set_calendar_event_marked (RapportStore          *self,
                                         RapportCalendarEvent  *event,
                                         gboolean               marked,
                                         GError               **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (event), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  if (marked)
    stmt = rapport_store_prepare (self,
                                  "INSERT OR IGNORE INTO calendar_mark "
                                  "(source_uid, event_uid, recurrence_id, marked_at) VALUES (?1, ?2, ?3, ?4)",
                                  error);
  else
    stmt = rapport_store_prepare (self,
                                  "DELETE FROM calendar_mark "
                                  "WHERE source_uid = ?1 AND event_uid = ?2 AND recurrence_id = ?3",
                                  error);
  if (stmt == NULL)
    goto failed;
  bind_event (stmt, event);
  if (marked)
    sqlite3_bind_text (stmt, 4, now_text, -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error) || !rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, 0, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}
