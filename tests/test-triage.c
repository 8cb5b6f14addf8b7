/* test-triage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorting your connections, on real SQLite files: who is asked about and in
 * what order (the newest first, a tag, a search, an import's people), the
 * answers as the file keeps them, Undo back to the start, and people
 * sorted elsewhere meanwhile leaving the queue.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "rapport-test-util.h"
#include "rapport-triage.h"

static RapportStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  RapportStore *store = rapport_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static gint64
raw_int (const char *path,
         const char *sql,
         gint64      id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static gint64
add (RapportStore     *store,
     const char       *name,
     const char       *tag,
     RapportCloseness  closeness,
     gboolean          archived)
{
  g_autoptr(RapportContact) contact = test_make_person (name);
  const char *tags[] = { tag, NULL };

  if (tag != NULL)
    rapport_contact_set_tags (contact, tags);
  rapport_contact_set_closeness (contact, closeness);
  rapport_contact_set_archived (contact, archived);
  test_save_person (store, contact);
  return rapport_contact_get_id (contact);
}

static void
assert_ids (GArray       *ids,
            const gint64 *expected)
{
  guint n = 0;

  g_assert_nonnull (ids);
  while (expected[n] != 0)
    n++;
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
}

/* The queue is read from its own index (step 13), in its order: no walk
 * of every person, no sort. */
static void
test_queue_index (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "EXPLAIN QUERY PLAN SELECT c.id FROM contact c "
                                       "WHERE c.closeness = 0 AND c.archived = 0 AND c.deleted = 0 "
                                       "ORDER BY c.created_at DESC, c.id DESC",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_nonnull (strstr (plan->str, "COVERING INDEX contact_unsorted"));
  g_assert_null (strstr (plan->str, "TEMP B-TREE"));
}

/* Who is asked about, and in which order. */
static void
test_lists (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  gint64 ana = add (store, "Ana Silva", "Climbing", RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  gint64 ben = add (store, "Ben Ng", NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  gint64 cleo = add (store, "Cleo Park", "climbing", RAPPORT_CLOSENESS_FRIEND, FALSE);
  gint64 dara = add (store, "Dara Ole", "Climbing", RAPPORT_CLOSENESS_UNKNOWN, TRUE);
  gint64 eve = add (store, "Eve Lind", "Climbing", RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  gint64 fay = add (store, "Fay Ruiz", NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  g_autoptr(GArray) among = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) ids = NULL;
  RapportPeopleQuery query = { 0 };

  g_assert_true (rapport_store_trash_contact (store, fay, NULL));

  /* Everyone unsorted, the newest first: not the sorted, archived or deleted. */
  ids = rapport_triage_list_newest (store, NULL, NULL);
  assert_ids (ids, (gint64[]) { eve, ben, ana, 0 });
  g_clear_pointer (&ids, g_array_unref);

  /* A tag, whatever its case. */
  ids = rapport_triage_list_newest (store, "CLIMBING", NULL);
  assert_ids (ids, (gint64[]) { eve, ana, 0 });
  g_clear_pointer (&ids, g_array_unref);

  /* A search, in the list's order (by name), ignoring its closeness filter. */
  query.search_text = g_strdup ("e");
  query.match = rapport_people_query_build_match ("e");
  query.sort = RAPPORT_PEOPLE_SORT_NAME;
  query.closeness = RAPPORT_CLOSENESS_FRIEND;
  ids = rapport_triage_list_matching (store, &query, NULL);
  assert_ids (ids, (gint64[]) { eve, 0 });
  g_clear_pointer (&ids, g_array_unref);
  rapport_people_query_clear (&query);

  /* An import's people, in its order, those still unsorted. */
  g_array_append_vals (among, (gint64[]) { cleo, ana, dara, ben, fay, 9999 }, 6);
  ids = rapport_triage_list_among (store, among, NULL);
  assert_ids (ids, (gint64[]) { ana, ben, 0 });
}

static void
changed_cb (RapportStore      *store,
            RapportRecordKind  kind,
            gint64             id,
            RapportChangeKind  change,
            guint             *count)
{
  g_assert_cmpint (kind, ==, RAPPORT_RECORD_CONTACT);
  g_assert_cmpint (id, ==, 0);
  (*count)++;
}

/* Every answer as the file keeps it; Undo back to the start. The rest of
 * the app hears of the answers once, not once each. */
static void
test_answers_and_undo (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  gint64 ids[6];
  g_autoptr(GArray) queue = NULL;
  g_autoptr(RapportTriage) triage = NULL;
  g_autoptr(GError) error = NULL;
  RapportTriageAnswer undone;
  guint changes = 0;

  /* Added last first, so the queue is in the order of the answers. */
  for (int i = 5; i >= 0; i--)
    {
      g_autofree char *name = g_strdup_printf ("Person %d", i);

      ids[i] = add (store, name, NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
    }
  queue = rapport_triage_list_newest (store, NULL, NULL);
  triage = rapport_triage_new (store, queue);
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), &changes);
  g_assert_cmpuint (rapport_triage_get_n_left (triage), ==, 6);
  g_assert_false (rapport_triage_undo (triage, NULL, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for (RapportTriageAnswer answer = RAPPORT_TRIAGE_INNER_CIRCLE; answer <= RAPPORT_TRIAGE_ANSWER_LAST; answer++)
    {
      const RapportTriageCard *card = rapport_triage_get_current (triage);

      g_assert_cmpint (rapport_contact_get_id (card->contact), ==, ids[answer - 1]);
      rapport_triage_prefetch (triage);
      g_assert_true (rapport_triage_answer (triage, answer, &error));
      g_assert_no_error (error);
    }
  g_assert_null (rapport_triage_get_current (triage));
  g_assert_cmpuint (rapport_triage_get_n_left (triage), ==, 0);
  g_assert_false (rapport_triage_answer (triage, RAPPORT_TRIAGE_FRIEND, &error));
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 0);
  rapport_triage_tell_changes (triage);
  g_assert_cmpuint (changes, ==, 1);
  rapport_triage_tell_changes (triage);
  g_assert_cmpuint (changes, ==, 1);

  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpint (raw_int (fixture->path, "SELECT closeness FROM contact WHERE id = ?1", ids[i]), ==, i + 1);
      g_assert_cmpint (raw_int (fixture->path, "SELECT archived FROM contact WHERE id = ?1", ids[i]), ==, 0);
    }
  /* Skipped: nothing written; archived: the archive, closeness unset. */
  g_assert_cmpint (raw_int (fixture->path, "SELECT closeness FROM contact WHERE id = ?1", ids[4]), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT archived FROM contact WHERE id = ?1", ids[4]), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT closeness FROM contact WHERE id = ?1", ids[5]), ==, 0);
  g_assert_cmpint (raw_int (fixture->path, "SELECT archived FROM contact WHERE id = ?1", ids[5]), ==, 1);

  /* Undo, last answer first, to the start. */
  for (int i = 5; i >= 0; i--)
    {
      g_assert_true (rapport_triage_undo (triage, &undone, &error));
      g_assert_no_error (error);
      g_assert_cmpint (undone, ==, i + 1);
      g_assert_cmpint (rapport_contact_get_id (rapport_triage_get_current (triage)->contact), ==, ids[i]);
      g_assert_cmpint (raw_int (fixture->path, "SELECT closeness FROM contact WHERE id = ?1", ids[i]), ==, 0);
      g_assert_cmpint (raw_int (fixture->path, "SELECT archived FROM contact WHERE id = ?1", ids[i]), ==, 0);
    }
  g_assert_cmpuint (rapport_triage_get_n_left (triage), ==, 6);
  g_assert_cmpuint (rapport_triage_get_n_undoable (triage), ==, 0);

  /* Let go, it says what it had not. */
  g_clear_object (&triage);
  g_assert_cmpuint (changes, ==, 2);
  g_signal_handlers_disconnect_by_func (store, changed_cb, &changes);
}

/* Someone sorted or deleted elsewhere while waiting is not asked about. */
static void
test_sorted_meanwhile (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  gint64 c = add (store, "C", NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  gint64 b = add (store, "B", NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  gint64 a = add (store, "A", NULL, RAPPORT_CLOSENESS_UNKNOWN, FALSE);
  g_autoptr(GArray) queue = rapport_triage_list_newest (store, NULL, NULL);
  g_autoptr(RapportTriage) triage = rapport_triage_new (store, queue);
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, b, NULL);

  g_assert_cmpint (rapport_contact_get_id (rapport_triage_get_current (triage)->contact), ==, a);
  rapport_contact_set_closeness (contact, RAPPORT_CLOSENESS_FRIEND);
  g_assert_true (rapport_store_save_contact (store, contact, NULL));
  g_assert_true (rapport_triage_answer (triage, RAPPORT_TRIAGE_SKIP, NULL));
  g_assert_cmpint (rapport_contact_get_id (rapport_triage_get_current (triage)->contact), ==, c);
  g_assert_cmpuint (rapport_triage_get_n_left (triage), ==, 1);
  g_assert_cmpuint (rapport_triage_get_n_people (triage), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/rapport/triage/queue-index", TestDir, NULL, test_dir_setup, test_queue_index, test_dir_teardown);
  g_test_add ("/rapport/triage/lists", TestDir, NULL, test_dir_setup, test_lists, test_dir_teardown);
  g_test_add ("/rapport/triage/answers-and-undo", TestDir, NULL, test_dir_setup, test_answers_and_undo,
              test_dir_teardown);
  g_test_add ("/rapport/triage/sorted-meanwhile", TestDir, NULL, test_dir_setup, test_sorted_meanwhile,
              test_dir_teardown);

  return g_test_run ();
}
