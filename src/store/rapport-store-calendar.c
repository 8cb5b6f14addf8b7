/* rapport-store-calendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar events in the store: preparing a Rapport event linked to one,
 * and following the calendar's changes to it (time, place, people;
 * cancelled or gone is marked, never deleted; the user's notes and goals
 * untouched). Matching people is rapport-store-calendar-match.c, the
 * after-meeting prompts rapport-store-calendar-prompts.c.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-identity.h"
#include "rapport-store-private.h"

static gboolean
remember_addresses (RapportStore          *self,
                    gint64                 event_id,
                    RapportCalendarEvent  *calendar_event,
                    GError               **error)
{
  g_autoptr(GPtrArray) people = rapport_store_list_calendar_people (calendar_event);

  if (!rapport_store_run_with_id (self, "DELETE FROM event_calendar_person WHERE event_id = ?1", event_id, error))
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *email = rapport_identity_normalize_email (
        rapport_calendar_person_get_email (g_ptr_array_index (people, i)));
      sqlite3_stmt *stmt;

      if (email == NULL)
        continue;
      stmt = rapport_store_prepare (self,
                                    "INSERT OR IGNORE INTO event_calendar_person (event_id, email) VALUES (?1, ?2)",
                                    error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_text (stmt, 2, email, -1, SQLITE_TRANSIENT);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static RapportCalendarLinkState
state_of (RapportCalendarEvent *event)
{
  return rapport_calendar_event_get_status (event) == RAPPORT_CALENDAR_STATUS_CANCELLED
           ? RAPPORT_CALENDAR_LINK_CANCELLED
           : RAPPORT_CALENDAR_LINK_CURRENT;
}

/**
 * rapport_store_find_calendar_event:
 * @key: a calendar event's key (rapport_calendar_event_get_key())
 *
 * Returns: the Rapport event prepared from it, or 0
 */
gint64
rapport_store_find_calendar_event (RapportStore  *self,
                                   const char    *key,
                                   GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), 0);
  g_return_val_if_fail (key != NULL, 0);

  stmt = rapport_store_prepare (self, "SELECT event_id FROM event_calendar_link WHERE calendar_key = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    rapport_store_set_sqlite_error (self, error);
  sqlite3_reset (stmt);
  return id;
}

/**
 * rapport_store_get_calendar_link:
 * @state: (out) (optional): whether the calendar still has the event
 * @source_name: (out) (optional) (transfer full): the calendar's name
 *
 * Returns: whether @event_id was prepared from a calendar event
 */
gboolean
rapport_store_get_calendar_link (RapportStore              *self,
                                 gint64                     event_id,
                                 RapportCalendarLinkState  *state,
                                 char                     **source_name)
{
  sqlite3_stmt *stmt;
  gboolean linked = FALSE;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  stmt = rapport_store_prepare (self, "SELECT state, source_name FROM event_calendar_link WHERE event_id = ?1", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      linked = TRUE;
      if (state != NULL)
        *state = sqlite3_column_int (stmt, 0);
      if (source_name != NULL)
        *source_name = g_strdup (rapport_store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return linked;
}

/**
 * rapport_store_prepare_calendar_event:
 * @calendar_event: the event in the calendar
 * @contact_ids: (element-type gint64): the people to prepare for, in order
 *
 * Makes a Rapport event of a calendar event — its summary, time and place —
 * with @contact_ids as attendees, linked to it so that it follows the
 * calendar from now on. An event already prepared is returned as it is.
 *
 * Returns: (transfer full): the Rapport event, or %NULL with @error set
 */
RapportEvent *
rapport_store_prepare_calendar_event (RapportStore          *self,
                                      RapportCalendarEvent  *calendar_event,
                                      GArray                *contact_ids,
                                      GError               **error)
{
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  g_autofree char *starts_text = NULL;
  const char *summary;
  const char *key;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (calendar_event), NULL);
  g_return_val_if_fail (contact_ids != NULL, NULL);
  g_return_val_if_fail (rapport_calendar_event_get_starts_at (calendar_event) != NULL, NULL);

  key = rapport_calendar_event_get_key (calendar_event);
  id = rapport_store_find_calendar_event (self, key, error);
  if (id != 0)
    return rapport_store_get_event (self, id, error);

  summary = rapport_calendar_event_get_summary (calendar_event);
  event = rapport_event_new (summary[0] != '\0' ? summary : C_("event name", "Meeting"),
                             rapport_calendar_event_get_starts_at (calendar_event));
  rapport_event_set_place (event, rapport_calendar_event_get_location (calendar_event));
  starts_text = rapport_store_format_timestamp (rapport_calendar_event_get_starts_at (calendar_event));

  if (!rapport_store_begin_batch (self, error))
    return NULL;
  if (!rapport_store_add_event (self, event, error))
    goto failed;
  id = rapport_event_get_id (event);

  for (guint i = 0; i < contact_ids->len; i++)
    if (!rapport_store_set_attendee (self, id, g_array_index (contact_ids, gint64, i), "", error))
      goto failed;

  stmt = rapport_store_prepare (self,
                                "INSERT INTO event_calendar_link (event_id, calendar_key, source_name, "
                                "calendar_starts_at, calendar_place, state, synced_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rapport_calendar_event_get_source_name (calendar_event), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, starts_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, rapport_calendar_event_get_location (calendar_event), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, state_of (calendar_event));
  sqlite3_bind_text (stmt, 7, now_text, -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (!remember_addresses (self, id, calendar_event, error))
    goto failed;
  if (!rapport_store_commit_batch (self, error))
    return NULL;

  return g_steal_pointer (&event);

failed:
  rapport_store_cancel_batch (self);
  return NULL;
}

/* The addresses the calendar listed for @event_id when last seen. */
static GHashTable *
load_addresses (RapportStore  *self,
                gint64         event_id,
                GError       **error)
{
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self, "SELECT email FROM event_calendar_person WHERE event_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (emails, g_strdup (rapport_store_column_text (stmt, 0)));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&emails);
}

static gboolean
is_attendee_without_goal (RapportStore *self,
                          gint64        event_id,
                          gint64        contact_id)
{
  g_autoptr(GPtrArray) attendees = rapport_store_list_attendees (self, event_id, NULL);

  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      RapportAttendee *attendee = g_ptr_array_index (attendees, i);

      if (rapport_attendee_get_contact_id (attendee) == contact_id)
        return rapport_attendee_get_goal (attendee)[0] == '\0';
    }
  return FALSE;
}

/* People the calendar added since last time come in when their address is
 * someone's for sure; those it took off leave, unless the user wrote a goal
 * for them (which is never lost). */
static gboolean
follow_people (RapportStore          *self,
               gint64                 event_id,
               RapportCalendarEvent  *calendar_event,
               gboolean              *changed,
               GError               **error)
{
  g_autoptr(GHashTable) before = load_addresses (self, event_id, error);
  g_autoptr(GPtrArray) people = rapport_store_list_calendar_people (calendar_event);
  g_autoptr(GHashTable) now = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  const char *email;

  if (before == NULL)
    return FALSE;

  for (guint i = 0; i < people->len; i++)
    {
      RapportCalendarPerson *person = g_ptr_array_index (people, i);
      g_autofree char *address = rapport_identity_normalize_email (rapport_calendar_person_get_email (person));
      gint64 contact_id;

      if (address == NULL)
        continue;
      if (!g_hash_table_contains (before, address))
        {
          contact_id = rapport_store_match_calendar_person (self, person, NULL, error);
          if (contact_id == 0 && error != NULL && *error != NULL)
            return FALSE;
          if (contact_id != 0)
            {
              g_autoptr(GPtrArray) attendees = rapport_store_list_attendees (self, event_id, error);
              gboolean present = FALSE;

              if (attendees == NULL)
                return FALSE;
              for (guint j = 0; j < attendees->len; j++)
                present |= rapport_attendee_get_contact_id (g_ptr_array_index (attendees, j)) == contact_id;
              if (!present && !rapport_store_set_attendee (self, event_id, contact_id, "", error))
                return FALSE;
              *changed |= !present;
            }
        }
      g_hash_table_add (now, g_steal_pointer (&address));
    }

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, (gpointer *) &email, NULL))
    {
      g_autoptr(RapportCalendarPerson) gone = NULL;
      gint64 contact_id;

      if (g_hash_table_contains (now, email))
        continue;
      gone = rapport_calendar_person_new (email, NULL, RAPPORT_CALENDAR_ROLE_REQUIRED,
                                          RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
      contact_id = rapport_store_match_calendar_person (self, gone, NULL, NULL);
      if (contact_id != 0 && is_attendee_without_goal (self, event_id, contact_id))
        {
          if (!rapport_store_remove_attendee (self, event_id, contact_id, error))
            return FALSE;
          *changed = TRUE;
        }
    }

  return remember_addresses (self, event_id, calendar_event, error);
}

static gboolean
follow_one (RapportStore          *self,
            RapportCalendarEvent  *calendar_event,
            GError               **error)
{
  g_autoptr(RapportEvent) event = NULL;
  g_autofree char *seen_starts = NULL;
  g_autofree char *seen_place = NULL;
  g_autofree char *starts_text = NULL;
  RapportCalendarLinkState seen_state;
  RapportCalendarLinkState state = state_of (calendar_event);
  const char *place = rapport_calendar_event_get_location (calendar_event);
  gboolean changed = FALSE;
  gboolean event_changed = FALSE;
  sqlite3_stmt *stmt;
  gint64 event_id;

  if (rapport_calendar_event_get_starts_at (calendar_event) == NULL)
    return TRUE;

  stmt = rapport_store_prepare (self,
                                "SELECT event_id, calendar_starts_at, calendar_place, state "
                                "FROM event_calendar_link WHERE calendar_key = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, rapport_calendar_event_get_key (calendar_event), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  event_id = sqlite3_column_int64 (stmt, 0);
  seen_starts = g_strdup (rapport_store_column_text (stmt, 1));
  seen_place = g_strdup (rapport_store_column_text (stmt, 2));
  seen_state = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);

  starts_text = rapport_store_format_timestamp (rapport_calendar_event_get_starts_at (calendar_event));
  event = rapport_store_get_event (self, event_id, error);
  if (event == NULL)
    return FALSE;

  /* Only what the calendar changed since last time: what the user changed
   * in Rapport stays otherwise. */
  if (g_strcmp0 (starts_text, seen_starts) != 0)
    {
      rapport_event_set_starts_at (event, rapport_calendar_event_get_starts_at (calendar_event));
      event_changed = TRUE;
    }
  if (g_strcmp0 (place, seen_place) != 0)
    {
      rapport_event_set_place (event, place);
      event_changed = TRUE;
    }
  if (event_changed && !rapport_store_save_event (self, event, error))
    return FALSE;

  if (!follow_people (self, event_id, calendar_event, &changed, error))
    return FALSE;

  if (!event_changed && !changed && state == seen_state)
    return TRUE;

  stmt = rapport_store_prepare (self,
                                "UPDATE event_calendar_link SET calendar_starts_at = ?2, calendar_place = ?3, "
                                "state = ?4, source_name = ?5 WHERE event_id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_text (stmt, 2, starts_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, place, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 4, state);
  sqlite3_bind_text (stmt, 5, rapport_calendar_event_get_source_name (calendar_event), -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error))
    return FALSE;

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, event_id, RAPPORT_CHANGE_UPDATED);
  return TRUE;
}

/* Linked events of the calendars in @sources, starting between @from and
 * @to, that @keys lacks: the calendar no longer has them. */
static gboolean
mark_removed (RapportStore        *self,
              GHashTable          *keys,
              const char * const  *sources,
              GDateTime           *from,
              GDateTime           *to,
              GError             **error)
{
  g_autofree char *from_text = rapport_store_format_timestamp (from);
  g_autofree char *to_text = rapport_store_format_timestamp (to);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self,
                                "SELECT l.event_id, l.calendar_key FROM event_calendar_link l "
                                "WHERE l.state != 2 AND l.calendar_starts_at >= ?1 AND l.calendar_starts_at < ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = rapport_store_column_text (stmt, 1);
      const char *end = strchr (key, '\n');
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (end == NULL || g_hash_table_contains (keys, key))
        continue;
      for (guint i = 0; sources[i] != NULL; i++)
        if (strlen (sources[i]) == (gsize) (end - key) && strncmp (key, sources[i], end - key) == 0)
          g_array_append_val (gone, id);
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < gone->len; i++)
    {
      gint64 id = g_array_index (gone, gint64, i);

      if (!rapport_store_run_with_id (self, "UPDATE event_calendar_link SET state = 2 WHERE event_id = ?1", id, error))
        return FALSE;
      rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, id, RAPPORT_CHANGE_UPDATED);
    }
  return TRUE;
}

/**
 * rapport_store_follow_calendar:
 * @events: (element-type RapportCalendarEvent): what the calendars hold now
 * @complete_sources: (nullable) (array zero-terminated=1): the calendars
 *   read in full between @from and @to, whose linked events missing from
 *   @events were removed from them
 * @from: (nullable): the start of what was read
 * @to: (nullable): its end
 *
 * Brings the Rapport events prepared from calendar events up to date: a new
 * time or place, people added or taken off, cancelled or removed (marked,
 * never deleted). Notes and goals are the user's and never change.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_follow_calendar (RapportStore        *self,
                               GPtrArray           *events,
                               const char * const  *complete_sources,
                               GDateTime           *from,
                               GDateTime           *to,
                               GError             **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) linked = g_ptr_array_new ();

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (events != NULL, FALSE);
  g_return_val_if_fail (complete_sources == NULL || (from != NULL && to != NULL), FALSE);

  if (rapport_store_get_read_only (self))
    return TRUE;

  /* Most calendar events are not prepared: found by index, without
   * writing, so that a calendar's changes cost no transaction. */
  for (guint i = 0; i < events->len; i++)
    {
      RapportCalendarEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GError) local_error = NULL;

      g_hash_table_add (keys, (gpointer) rapport_calendar_event_get_key (event));
      if (rapport_store_find_calendar_event (self, rapport_calendar_event_get_key (event), &local_error) != 0)
        g_ptr_array_add (linked, event);
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  if (linked->len == 0 && complete_sources == NULL)
    return TRUE;

  if (!rapport_store_begin_batch (self, error))
    return FALSE;

  for (guint i = 0; i < linked->len; i++)
    if (!follow_one (self, g_ptr_array_index (linked, i), error))
      goto failed;

  if (complete_sources != NULL && !mark_removed (self, keys, complete_sources, from, to, error))
    goto failed;

  return rapport_store_commit_batch (self, error);

failed:
  rapport_store_cancel_batch (self);
  return FALSE;
}

/**
 * rapport_store_mark_calendar_removed:
 * @key: the key of a calendar event deleted from its calendar
 *
 * Marks the Rapport event prepared from it (if any) as no longer in the
 * calendar. The event itself stays, with everything the user wrote.
 *
 * Returns: %TRUE on success (also when nothing was linked to @key)
 */
gboolean
rapport_store_mark_calendar_removed (RapportStore  *self,
                                     const char    *key,
                                     GError       **error)
{
  gint64 id;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  id = rapport_store_find_calendar_event (self, key, error);
  if (id == 0)
    return error == NULL || *error == NULL;

  if (!rapport_store_begin (self, error))
    return FALSE;
  if (!rapport_store_run_with_id (self, "UPDATE event_calendar_link SET state = 2 WHERE event_id = ?1", id, error) ||
      !rapport_store_commit (self, error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, id, RAPPORT_CHANGE_UPDATED);
  return TRUE;
}
