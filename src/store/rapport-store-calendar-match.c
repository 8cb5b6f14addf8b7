/* rapport-store-calendar-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who a calendar event names, matched to people in Rapport by address,
 * with the rules of docs/identity.md; a name alone, or an address several
 * people share, only suggests.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include "rapport-identity.h"
#include "rapport-store-private.h"
#include "rapport-text-fold.h"

/* Namesakes offered for an attendee known only by name. */
#define MAX_SUGGESTIONS 10

char *
rapport_store_dup_person_name (RapportStore *self,
                               gint64        contact_id)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self,
                                              "SELECT " RAPPORT_SQL_NAME_COLUMNS " FROM contact "
                                              "WHERE id = ?1 AND deleted = 0",
                                              NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = rapport_store_column_name (stmt, 0);
  sqlite3_reset (stmt);
  return name;
}

void
rapport_store_append_unique_id (GArray *ids,
                                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;
  g_array_append_val (ids, id);
}

/* People whose name agrees with @name, found through the search index's
 * name column: every word of @name, as a word's beginning. */
static gboolean
find_namesakes (RapportStore  *self,
                const char    *name,
                GArray        *suggestions,
                GError       **error)
{
  g_autofree char *folded = rapport_text_fold (name);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t,.-'\"", -1);
  g_autoptr(GString) match = g_string_new ("name : (");
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      g_string_append_printf (match, "%s\"%s\"*", n > 0 ? " AND " : "", words[i]);
      n++;
    }
  g_string_append_c (match, ')');
  if (n == 0)
    return TRUE;

  stmt = rapport_store_prepare (self,
                                "SELECT m.rowid FROM contact_search m JOIN contact c ON c.id = m.rowid "
                                "WHERE contact_search MATCH ?1 AND c.deleted = 0 LIMIT 50",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, match->str, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (found, id);
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < found->len && suggestions->len < MAX_SUGGESTIONS; i++)
    {
      gint64 id = g_array_index (found, gint64, i);
      g_autofree char *other = rapport_store_dup_person_name (self, id);

      if (other != NULL && rapport_identity_names_agree (name, other))
        rapport_store_append_unique_id (suggestions, id);
    }
  return TRUE;
}

/**
 * rapport_store_match_calendar_person:
 * @person: someone a calendar event names
 * @suggestions: (out) (optional) (transfer full) (element-type gint64): the
 *   people it may be, for the user to choose from
 *
 * Finds who @person is in Rapport, as an import would (docs/identity.md):
 * the same email address and a name that agrees, or no name on one side.
 * Several people with the address and an agreeing name, or a name that
 * disagrees, or only a name in common, are suggestions, never a match.
 *
 * Returns: the person's id, 0 when there is no sure match (or on failure,
 *   with @error set)
 */
gint64
rapport_store_match_calendar_person (RapportStore           *self,
                                     RapportCalendarPerson  *person,
                                     GArray                **suggestions,
                                     GError                **error)
{
  g_autoptr(GArray) maybe = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) same_address = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *email = NULL;
  const char *name;
  gint64 match = 0;
  guint agreeing = 0;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), 0);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (person), 0);

  name = rapport_calendar_person_get_name (person);
  email = rapport_identity_normalize_email (rapport_calendar_person_get_email (person));

  if (email != NULL)
    {
      sqlite3_stmt *stmt;
      int rc;

      /* The index holds SQLite's lower(), ASCII only; the address is
       * compared in full below. */
      stmt = rapport_store_prepare (self,
                                    "SELECT f.contact_id, f.value FROM contact_field f "
                                    "JOIN contact c ON c.id = f.contact_id "
                                    "WHERE f.kind = 0 AND lower (trim (f.value)) = lower (?1) AND c.deleted = 0",
                                    error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_text (stmt, 1, email, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *other = rapport_identity_normalize_email (rapport_store_column_text (stmt, 1));

          if (g_strcmp0 (other, email) == 0)
            rapport_store_append_unique_id (same_address, sqlite3_column_int64 (stmt, 0));
        }
      if (!rapport_store_finish_reading (self, stmt, rc, error))
        return 0;
    }

  for (guint i = 0; i < same_address->len; i++)
    {
      gint64 id = g_array_index (same_address, gint64, i);
      g_autofree char *other = NULL;

      if (name[0] != '\0')
        other = rapport_store_dup_person_name (self, id);
      if (name[0] == '\0' || other == NULL || other[0] == '\0' || rapport_identity_names_agree (name, other))
        {
          agreeing++;
          match = id;
        }
      rapport_store_append_unique_id (maybe, id);
    }
  if (agreeing != 1)
    match = 0;

  if (match == 0 && name[0] != '\0' && !find_namesakes (self, name, maybe, error))
    return 0;

  if (suggestions != NULL)
    *suggestions = match == 0 ? g_steal_pointer (&maybe) : g_array_new (FALSE, FALSE, sizeof (gint64));
  return match;
}

/* Everyone the event names, the organiser first, once each, without those
 * who said they will not come. */
static GPtrArray *
list_people (RapportCalendarEvent *event)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  RapportCalendarPerson *organizer = rapport_calendar_event_get_organizer (event);
  GPtrArray *attendees = rapport_calendar_event_get_attendees (event);

  for (guint i = 0; i <= attendees->len; i++)
    {
      RapportCalendarPerson *person = i == 0 ? organizer : g_ptr_array_index (attendees, i - 1);
      g_autofree char *email = NULL;

      if (person == NULL || rapport_calendar_person_get_reply (person) == RAPPORT_CALENDAR_REPLY_DECLINED)
        continue;
      email = rapport_identity_normalize_email (rapport_calendar_person_get_email (person));
      if (email != NULL && !g_hash_table_add (seen, g_steal_pointer (&email)))
        continue;
      g_ptr_array_add (people, g_object_ref (person));
    }
  return people;
}

/**
 * rapport_store_list_calendar_people:
 *
 * Returns: (transfer full) (element-type RapportCalendarPerson): the
 *   people @event names, the organiser first, each once, not those who
 *   declined
 */
GPtrArray *
rapport_store_list_calendar_people (RapportCalendarEvent *event)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (event), NULL);
  return list_people (event);
}
