/* rapport-people-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQL behind the list of people: one query built from what is searched,
 * filtered and sorted by, in three shapes (every id, the first page, the
 * count), each prepared once and kept by the store.
 */

#include "config.h"

#include "rapport-people-query.h"
#include "rapport-relative-date.h"
#include "rapport-store-private.h"
#include "rapport-text-fold.h"

static gboolean
is_one_letter (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_utf8_strlen (stripped, -1) == 1;
}

/**
 * rapport_people_query_build_match:
 * @text: what the user typed
 *
 * Turns typed text into an FTS5 query: every word must match the start of a
 * word in the person's record ("ana" finds Ana and Anaïs, not banana).
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text has
 *   nothing to search for
 */
char *
rapport_people_query_build_match (const char *text)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  if (text == NULL)
    return NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_autofree char *folded = rapport_text_fold (word->str);

          /* Quoted, so words like NOT or NEAR are plain words. */
          if (*folded != '\0')
            g_string_append_printf (match, "%s\"%s\"*", match->len ? " " : "", folded);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  return match->len ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

/* Filters besides the search. */
static gboolean
others_filter (const RapportPeopleQuery *query)
{
  return query->tag != NULL || query->closeness >= 0 || query->enjoy_only || query->due_only;
}

/* A search whose matches come by name. One letter matches nearly everyone:
 * ranking them all costs 55 ms at 30,000 people and tells little. */
static gboolean
by_name (const RapportPeopleQuery *query)
{
  return query->match != NULL && !query->due_only &&
         (query->sort == RAPPORT_PEOPLE_SORT_NAME ||
          (query->sort == RAPPORT_PEOPLE_SORT_RELEVANCE && is_one_letter (query->search_text)));
}

/* Matches so many that walking the name index and keeping them reads a page
 * in 4 ms, where sorting all 27,000 of them took 9. Fewer matches are
 * found faster the other way round. */
static gboolean
walks_names (const RapportPeopleQuery *query)
{
  return by_name (query) && is_one_letter (query->search_text);
}

/**
 * rapport_people_query_first_page_size:
 *
 * Returns: how many ids %RAPPORT_PEOPLE_QUERY_FIRST_PAGE reads: a page, or
 *   for a ranked search one more than %RAPPORT_PEOPLE_QUERY_READ_WHOLE,
 *   since ranking costs the same whatever the limit and most searches
 *   match fewer, so that one query answers them whole
 */
guint
rapport_people_query_first_page_size (const RapportPeopleQuery *query)
{
  if (query->match != NULL && query->sort == RAPPORT_PEOPLE_SORT_RELEVANCE && !by_name (query) && !query->due_only)
    return RAPPORT_PEOPLE_QUERY_READ_WHOLE + 1;
  return RAPPORT_PEOPLE_QUERY_PAGE;
}

/**
 * rapport_people_query_ids:
 * @store: where the people are
 * @query: what to search, filter and sort by
 * @shape: every id, the first page of them, or their count (one id)
 *
 * Returns: (transfer full) (nullable): the ids, or %NULL with @error set
 */
GArray *
rapport_people_query_ids (RapportStore                *store,
                          const RapportPeopleQuery    *query,
                          RapportPeopleQueryShape      shape,
                          GError                     **error)
{
  g_autoptr(GString) sql = g_string_new (shape == RAPPORT_PEOPLE_QUERY_COUNT ? "SELECT count(*) FROM " : "SELECT c.id FROM ");
  g_autoptr(GString) where = g_string_new ("c.archived = :archived AND c.deleted = 0");
  g_autofree char *today = NULL;
  sqlite3_stmt *stmt;
  gboolean searching = query->match != NULL;
  gboolean filtered = searching || query->tag != NULL || query->closeness >= 0 ||
                      query->enjoy_only || query->due_only;

  /* Counting rows that match a WHERE visits each one (1.4 ms at 30,000); a
   * whole table's count reads only page headers. Archived and trashed
   * people are few, and have indexes of their own. */
  /* Counting the matches of a search by looking each one up in contact
   * costs 7 ms for one letter at 30,000; the search index counts them in
   * 1 ms, less the few archived or trashed, found by their own indexes. */
  if (shape == RAPPORT_PEOPLE_QUERY_COUNT && searching && !query->archived && !others_filter (query))
    g_string_assign (sql, "SELECT count(*) FROM contact_search WHERE contact_search MATCH :match "
                          "AND rowid NOT IN (SELECT id FROM contact WHERE archived = 1 AND deleted = 0 "
                          "UNION ALL SELECT id FROM contact WHERE deleted = 1)");
  else if (shape == RAPPORT_PEOPLE_QUERY_COUNT && !filtered)
    g_string_assign (sql, query->archived
                          ? "SELECT count(*) FROM contact WHERE archived = 1 AND deleted = 0"
                          : "SELECT (SELECT count(*) FROM contact) - "
                            "(SELECT count(*) FROM contact WHERE archived = 1 AND deleted = 0) - "
                            "(SELECT count(*) FROM contact WHERE deleted = 1)");
  if (shape == RAPPORT_PEOPLE_QUERY_COUNT && (!filtered || (searching && !query->archived && !others_filter (query))))
    {
      stmt = rapport_store_prepare (store, sql->str, error);
      if (stmt == NULL)
        return NULL;
      if (searching)
        sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), query->match, -1, SQLITE_STATIC);
      return rapport_store_query_ids (store, stmt, error);
    }

  if (walks_names (query))
    {
      g_string_append (sql, "contact c");
      g_string_append (where, " AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH :match)");
    }
  else if (searching)
    {
      /* CROSS JOIN keeps the index search outside: the other order runs the
       * full-text query once per person (30× slower at 1,000 people). */
      g_string_append (sql, "contact_search CROSS JOIN contact c ON c.id = contact_search.rowid");
      g_string_append (where, " AND contact_search MATCH :match");
    }
  else
    {
      g_string_append (sql, "contact c");
    }

  if (query->tag != NULL)
    g_string_append (where, " AND c.id IN (SELECT ct.contact_id FROM contact_tag ct "
                            "JOIN tag t ON t.id = ct.tag_id WHERE t.folded = :tag)");
  if (query->closeness >= 0)
    g_string_append (where, " AND c.closeness = :closeness");
  if (query->enjoy_only)
    g_string_append (where, " AND c.enjoy = 1");
  if (query->due_only)
    g_string_append (where, " AND coalesce (c.due_on, '9999-12-31') <= :today "
                            "AND (c.snoozed_until IS NULL OR c.snoozed_until <= :today)");

  g_string_append_printf (sql, " WHERE %s", where->str);
  if (shape != RAPPORT_PEOPLE_QUERY_COUNT)
    {
      g_string_append (sql, " ORDER BY ");
      /* The Due list is a to-do list: oldest first, whatever the sort. */
      switch (query->due_only ? RAPPORT_PEOPLE_SORT_MOST_OVERDUE : query->sort)
        {
        case RAPPORT_PEOPLE_SORT_LAST_CONTACTED:
          /* Descending puts NULL (never) last, as the index does. */
          g_string_append (sql, "c.last_contacted DESC, ");
          break;
        case RAPPORT_PEOPLE_SORT_MOST_OVERDUE:
          /* The same expression as the index, so the index gives the order. */
          g_string_append (sql, "coalesce (c.due_on, '9999-12-31'), ");
          break;
        case RAPPORT_PEOPLE_SORT_RELEVANCE:
          if (searching && !by_name (query))
            g_string_append (sql, "contact_search.rank, ");
          break;
        case RAPPORT_PEOPLE_SORT_NAME:
        default:
          break;
        }
      g_string_append (sql, "c.sort_key, c.id");
    }
  if (shape == RAPPORT_PEOPLE_QUERY_FIRST_PAGE)
    g_string_append_printf (sql, " LIMIT %u", rapport_people_query_first_page_size (query));

  /* Each shape of query is prepared once and kept by the store. */
  stmt = rapport_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":archived"), query->archived);
  if (searching)
    sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":match"), query->match, -1, SQLITE_STATIC);
  if (query->tag != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (query->tag, -1);
      g_autofree char *normal = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);

      sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":tag"), normal, -1, SQLITE_TRANSIENT);
    }
  if (query->closeness >= 0)
    sqlite3_bind_int (stmt, sqlite3_bind_parameter_index (stmt, ":closeness"), query->closeness);
  if (query->due_only)
    {
      GDate date;

      rapport_date_set_today (&date);
      today = rapport_store_format_date (&date);
      sqlite3_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":today"), today, -1, SQLITE_STATIC);
    }

  return rapport_store_query_ids (store, stmt, error);
}

void
rapport_people_query_clear (RapportPeopleQuery *query)
{
  g_clear_pointer (&query->search_text, g_free);
  g_clear_pointer (&query->match, g_free);
  g_clear_pointer (&query->tag, g_free);
}
