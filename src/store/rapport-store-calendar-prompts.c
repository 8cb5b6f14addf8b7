/* rapport-store-calendar-prompts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "You met Ana Silva and Ben Ng at Design Week mixer — log it?": the
 * calendar meetings just over with people Rapport knows, and the answers,
 * kept for good.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include "rapport-store-private.h"

/* How long after a meeting Rapport still asks whether to log it. */
#define PROMPT_DAYS 14

static gboolean
is_answered (RapportStore  *self,
             const char    *key,
             GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, "SELECT 1 FROM calendar_prompt WHERE calendar_key = ?1", error);
  int rc;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/* The people of the Rapport event prepared from @key, in order: those the
 * user added in Rapport count too (a marked event names nobody). */
static gboolean
append_linked_people (RapportStore  *self,
                      const char    *key,
                      GArray        *ids,
                      GStrvBuilder  *names,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) linked = NULL;
  sqlite3_stmt *stmt;
  gint64 event_id;

  event_id = rapport_store_find_calendar_event (self, key, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (event_id == 0)
    return TRUE;

  stmt = rapport_store_prepare (self,
                                "SELECT a.contact_id FROM event_attendee a JOIN contact c ON c.id = a.contact_id "
                                "WHERE a.event_id = ?1 AND c.deleted = 0 ORDER BY a.position",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  linked = rapport_store_query_ids (self, stmt, error);
  if (linked == NULL)
    return FALSE;

  for (guint i = 0; i < linked->len; i++)
    {
      gint64 id = g_array_index (linked, gint64, i);
      g_autofree char *name = NULL;
      guint before = ids->len;

      rapport_store_append_unique_id (ids, id);
      if (ids->len == before)
        continue;
      name = rapport_store_dup_person_name (self, id);
      g_strv_builder_add (names, name != NULL ? name : "");
    }
  return TRUE;
}

static int
compare_prompts (RapportMeetingPrompt *a,
                 RapportMeetingPrompt *b)
{
  return rapport_calendar_event_compare (rapport_meeting_prompt_get_event (b),
                                         rapport_meeting_prompt_get_event (a));
}

/**
 * rapport_store_list_meeting_prompts:
 * @events: (element-type RapportCalendarEvent): calendar events
 * @now: the time now
 *
 * The meetings to ask about: calendar events that ended in the last two
 * weeks, not cancelled, with at least one person Rapport knows for sure
 * (who did not decline) or who was added to the event prepared from it,
 * and not yet answered. Newest first.
 *
 * Returns: (transfer full) (element-type RapportMeetingPrompt): the
 *   prompts, or %NULL with @error set
 */
GPtrArray *
rapport_store_list_meeting_prompts (RapportStore  *self,
                                    GPtrArray     *events,
                                    GDateTime     *now,
                                    GError       **error)
{
  g_autoptr(GPtrArray) prompts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) since = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (events != NULL && now != NULL, NULL);

  since = g_date_time_add_days (now, -PROMPT_DAYS);

  for (guint i = 0; i < events->len; i++)
    {
      RapportCalendarEvent *event = g_ptr_array_index (events, i);
      GDateTime *ends_at = rapport_calendar_event_get_ends_at (event);
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GArray) ids = NULL;
      g_autoptr(GStrvBuilder) names = NULL;
      g_auto(GStrv) name_list = NULL;
      g_autoptr(GError) local_error = NULL;

      if (ends_at == NULL || g_date_time_compare (ends_at, now) > 0 ||
          g_date_time_compare (ends_at, since) < 0 ||
          rapport_calendar_event_get_status (event) == RAPPORT_CALENDAR_STATUS_CANCELLED)
        continue;
      if (is_answered (self, rapport_calendar_event_get_key (event), &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          continue;
        }

      people = rapport_store_list_calendar_people (event);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      names = g_strv_builder_new ();
      for (guint j = 0; j < people->len; j++)
        {
          gint64 id = rapport_store_match_calendar_person (self, g_ptr_array_index (people, j), NULL, error);
          g_autofree char *name = NULL;
          guint before = ids->len;

          if (id == 0 && error != NULL && *error != NULL)
            return NULL;
          if (id == 0)
            continue;
          rapport_store_append_unique_id (ids, id);
          if (ids->len == before)
            continue;
          name = rapport_store_dup_person_name (self, id);
          g_strv_builder_add (names, name != NULL ? name : "");
        }
      if (!append_linked_people (self, rapport_calendar_event_get_key (event), ids, names, error))
        return NULL;
      if (ids->len == 0)
        continue;

      name_list = g_strv_builder_end (names);
      g_ptr_array_add (prompts, rapport_meeting_prompt_new (event, ids, name_list));
    }

  /* Newest first: the meeting just over is the one to log. */
  g_ptr_array_sort_values (prompts, (GCompareFunc) compare_prompts);
  return g_steal_pointer (&prompts);
}

/**
 * rapport_store_answer_meeting_prompt:
 * @key: the calendar event's key
 * @logged: %TRUE when it was logged, %FALSE for "Not this one"
 *
 * Never asks about that meeting again.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_answer_meeting_prompt (RapportStore  *self,
                                     const char    *key,
                                     gboolean       logged,
                                     GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  stmt = rapport_store_prepare (self,
                                "INSERT OR REPLACE INTO calendar_prompt (calendar_key, answer, answered_at) "
                                "VALUES (?1, ?2, ?3)",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, logged ? 1 : 2);
  sqlite3_bind_text (stmt, 3, now_text, -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error) || !rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, 0, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}
