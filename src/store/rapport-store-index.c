/* rapport-store-index.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the store derives from people rather than stores as typed: each
 * person's row in the search index, the collation key their name sorts by,
 * and the "last contacted"/"due" dates the triggers keep, told to the live
 * objects that show them.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include "rapport-store-private.h"

/* The name shown for the RAPPORT_SQL_NAME_COLUMNS read from @first on. */
char *
rapport_store_column_name (sqlite3_stmt *stmt,
                           int           first)
{
  const char *parts[RAPPORT_N_NAME_PARTS];

  for (guint i = 0; i < RAPPORT_N_NAME_PARTS; i++)
    parts[i] = rapport_store_column_text (stmt, first + 1 + (int) i);
  return rapport_contact_compose_name (rapport_store_column_text (stmt, first), parts,
                                       rapport_store_column_text (stmt, first + 6),
                                       rapport_store_column_text (stmt, first + 7));
}

/* The same, without the company standing in for a missing name. */
char *
rapport_store_column_person_name (sqlite3_stmt *stmt,
                                  int           first)
{
  const char *parts[RAPPORT_N_NAME_PARTS];

  for (guint i = 0; i < RAPPORT_N_NAME_PARTS; i++)
    parts[i] = rapport_store_column_text (stmt, first + 1 + (int) i);
  return rapport_contact_compose_name (rapport_store_column_text (stmt, first), parts,
                                       rapport_store_column_text (stmt, first + 6), NULL);
}

/* Empty names sort after every other. */
void
rapport_store_bind_sort_key (sqlite3_stmt *stmt,
                             int           column,
                             const char   *name)
{
  g_autofree char *folded = NULL;
  g_autofree char *key = NULL;

  if (name == NULL || *name == '\0')
    {
      sqlite3_bind_blob (stmt, column, "\xff\xff\xff\xff", 4, SQLITE_STATIC);
      return;
    }

  /* An ASCII name's case folding is its lower case, without the tables. */
  folded = g_str_is_ascii (name) ? g_ascii_strdown (name, -1) : g_utf8_casefold (name, -1);
  key = g_utf8_collate_key (folded, -1);
  sqlite3_bind_blob (stmt, column, key, (int) strlen (key), SQLITE_TRANSIENT);
}

/* The indexes of who could help whom came with step 12. */
#define OFFERS_SINCE 12

/* Rewrites @contact_id's rows in the search indexes from the tables. */
gboolean
rapport_store_refresh_search (RapportStore  *self,
                              gint64         contact_id,
                              GError       **error)
{
  static const struct
  {
    guint since;
    const char *sql;
  } steps[] = {
    { 3, "DELETE FROM contact_search WHERE rowid = ?1" },
    { 3, "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions) "
         "SELECT id, name, company, peec, notes, tags, interactions "
         "FROM contact_search_source WHERE id = ?1" },
    { OFFERS_SINCE, "DELETE FROM contact_offer_search WHERE rowid = ?1" },
    { OFFERS_SINCE, "INSERT INTO contact_offer_search (rowid, work, help, tags, place) "
                    "SELECT id, work, help, tags, place FROM contact_offer_source WHERE id = ?1" },
    { OFFERS_SINCE, "DELETE FROM contact_need_search WHERE rowid = ?1" },
    { OFFERS_SINCE, "INSERT INTO contact_need_search (rowid, needs) "
                    "SELECT id, needs FROM contact_offer_source WHERE id = ?1 AND needs != ''" },
  };
  guint version = rapport_store_get_schema_version (self);

  if (rapport_store_in_batch (self))
    {
      rapport_store_defer_contact (self, contact_id);
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *stmt;

      if (version < steps[i].since)
        continue;
      stmt = rapport_store_prepare (self, steps[i].sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, contact_id);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The search rows of many people at once (a batch's), in two statements:
 * FTS5 writes its pending terms out at every statement's savepoint, so a
 * statement per person would make a segment per person (15× slower for an
 * import of 30,000, and a larger index). Leaves their ids in
 * temp.batch_contact for rapport_store_refresh_derived_many(). */
gboolean
rapport_store_refresh_search_many (RapportStore  *self,
                                   GHashTable    *contact_ids,
                                   GError       **error)
{
  static const struct
  {
    guint since;
    const char *sql;
  } steps[] = {
    { 3, "DELETE FROM contact_search WHERE rowid IN (SELECT id FROM temp.batch_contact)" },
    { 3, "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions) "
         "SELECT id, name, company, peec, notes, tags, interactions FROM contact_search_source "
         "WHERE id IN (SELECT id FROM temp.batch_contact)" },
    { OFFERS_SINCE, "DELETE FROM contact_offer_search WHERE rowid IN (SELECT id FROM temp.batch_contact)" },
    { OFFERS_SINCE, "INSERT INTO contact_offer_search (rowid, work, help, tags, place) "
                    "SELECT id, work, help, tags, place FROM contact_offer_source "
                    "WHERE id IN (SELECT id FROM temp.batch_contact)" },
    { OFFERS_SINCE, "DELETE FROM contact_need_search WHERE rowid IN (SELECT id FROM temp.batch_contact)" },
    { OFFERS_SINCE, "INSERT INTO contact_need_search (rowid, needs) "
                    "SELECT id, needs FROM contact_offer_source "
                    "WHERE id IN (SELECT id FROM temp.batch_contact) AND needs != ''" },
  };
  guint version = rapport_store_get_schema_version (self);
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt;

  if (g_hash_table_size (contact_ids) == 0)
    return TRUE;

  /* Empty, should a batch before have failed between the two calls. */
  if (!rapport_store_exec (self, "CREATE TEMP TABLE IF NOT EXISTS batch_contact (id INTEGER PRIMARY KEY)", error) ||
      !rapport_store_exec (self, "DELETE FROM temp.batch_contact", error))
    return FALSE;
  stmt = rapport_store_prepare (self, "INSERT OR IGNORE INTO temp.batch_contact (id) VALUES (?1)", error);
  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, contact_ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (version < steps[i].since)
        continue;
      stmt = rapport_store_prepare (self, steps[i].sql, error);
      if (stmt == NULL || !rapport_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* rapport_store_refresh_derived() for the people of a batch, whose ids
 * rapport_store_refresh_search_many() left in temp.batch_contact: one
 * statement rather than one each (a twentieth of an import of 30,000). */
void
rapport_store_refresh_derived_many (RapportStore *self,
                                    GHashTable   *contact_ids)
{
  sqlite3_stmt *stmt;

  if (g_hash_table_size (contact_ids) == 0)
    return;

  stmt = rapport_store_prepare (self,
                                "SELECT id, last_contacted, " RAPPORT_SQL_DUE_ON " FROM contact "
                                "WHERE id IN (SELECT id FROM temp.batch_contact)",
                                NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(RapportContact) contact = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT,
                                                                      sqlite3_column_int64 (stmt, 0));
      GDate last_contacted, due_on;

      if (contact == NULL)
        continue;
      rapport_store_parse_date (rapport_store_column_text (stmt, 1), &last_contacted);
      rapport_store_parse_date (rapport_store_column_text (stmt, 2), &due_on);
      rapport_contact_set_derived (contact, &last_contacted, &due_on);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  rapport_store_exec (self, "DELETE FROM temp.batch_contact", NULL);
}

/* The triggers have moved a person's dates: tell their live object. */
void
rapport_store_refresh_derived (RapportStore *self,
                               gint64        contact_id)
{
  g_autoptr(RapportContact) contact = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT, contact_id);
  sqlite3_stmt *stmt;
  GDate last_contacted, due_on;

  if (contact == NULL)
    return;
  if (rapport_store_in_batch (self))
    {
      rapport_store_defer_contact (self, contact_id);
      return;
    }

  stmt = rapport_store_prepare (self, "SELECT last_contacted, " RAPPORT_SQL_DUE_ON " FROM contact WHERE id = ?1", NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      rapport_store_parse_date (rapport_store_column_text (stmt, 0), &last_contacted);
      rapport_store_parse_date (rapport_store_column_text (stmt, 1), &due_on);
      rapport_contact_set_derived (contact, &last_contacted, &due_on);
    }
  sqlite3_reset (stmt);
}

gboolean
rapport_store_update_sort_keys (RapportStore  *self,
                                GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self,
                                /* Older steps, opened by the tests, lack three parts. */
                                rapport_store_get_schema_version (self) >= 7
                                  ? "SELECT id, " RAPPORT_SQL_NAME_COLUMNS " FROM contact"
                                  : "SELECT id, display_name, '', given_name, '', family_name, '', nickname, company "
                                    "FROM contact",
                                error);
  if (stmt == NULL)
    return FALSE;
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, rapport_store_column_name (stmt, 1));
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      if (!(stmt = rapport_store_prepare (self, "UPDATE contact SET sort_key = ?1 WHERE id = ?2", error)))
        return FALSE;
      rapport_store_bind_sort_key (stmt, 1, g_ptr_array_index (names, i));
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}
