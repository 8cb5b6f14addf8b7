/* test-bulk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to a selection of people, at 30,000 people: each one
 * transaction (counted by SQLite's commit hook on the store's own
 * connection), told to the lists once, counted right on the filtered
 * result of a search or a filter, and put back exactly by one Undo, as
 * another connection reads the file.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "rapport-people-model.h"
#include "rapport-store-bulk.h"
#include "rapport-store-private.h"
#include "rapport-test-util.h"

#define N_PEOPLE 30000

static char *dir;
static char *path;
static RapportStore *store;
static sqlite3 *reader;
static guint commits;
static guint changes;

static const char *some_tags[] = { "Climbing", "Timber", "Mentor", "Café", "Investor", "Alumni", "Book club" };

/* 30,000 people, quicker than the benchmark's generator (no timelines):
 * each closeness a fifth of them, up to three tags each, and "timber" in
 * the notes of one in seven. */
static void
add_people (void)
{
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (23);

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autoptr(RapportContact) contact = rapport_contact_new ();
      g_autofree char *given = g_strdup_printf ("Person%u", i);
      const char *person_tags[4] = { NULL };
      guint n_tags = (guint) g_rand_int_range (rand, 0, 4);

      rapport_contact_set_given_name (contact, given);
      rapport_contact_set_family_name (contact, i % 2 ? "Okafor" : "Lindqvist");
      rapport_contact_set_closeness (contact, i % 5);
      if (i % 7 == 0)
        rapport_contact_set_notes (contact, "Builds with timber");
      for (guint j = 0; j < n_tags; j++)
        person_tags[j] = some_tags[(i + j * 3) % G_N_ELEMENTS (some_tags)];
      rapport_contact_set_tags (contact, person_tags);
      g_assert_true (rapport_store_add_contact (store, contact, &error));
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);
  g_rand_free (rand);
}

static int
commit_hook_cb (void *data)
{
  commits++;
  return 0;
}

static void
store_changed_cb (void)
{
  changes++;
}

static void
reset_counts (void)
{
  commits = 0;
  changes = 0;
}

/* One text from another connection: what the file holds. */
static char *
read_text (const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (reader, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text ? text : g_strdup ("");
}

static guint
read_count (const char *sql)
{
  g_autofree char *text = read_text (sql);

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

/* Everything a bulk change may touch, but the time of the change. */
static char *
snapshot (void)
{
  g_autofree char *people = read_text ("SELECT group_concat (id || ':' || closeness || ':' || archived || ':' || deleted, ',') "
                                       "FROM (SELECT * FROM contact ORDER BY id)");
  g_autofree char *tags = read_text ("SELECT group_concat (ct.contact_id || ':' || t.name || ':' || ct.position, ',') "
                                     "FROM (SELECT * FROM contact_tag ORDER BY contact_id, position) ct "
                                     "JOIN tag t ON t.id = ct.tag_id");
  g_autofree char *attendees = read_text ("SELECT group_concat (event_id || ':' || contact_id || ':' || position, ',') "
                                          "FROM (SELECT * FROM event_attendee ORDER BY event_id, contact_id)");
  g_autofree char *tag_names = read_text ("SELECT group_concat (name, ',') FROM (SELECT name FROM tag ORDER BY folded)");

  return g_strjoin ("\n", people, tags, attendees, tag_names, NULL);
}

/* A list of people, as the window's, narrowed by @search and @closeness
 * (-1 for any) and @tag. */
static RapportPeopleModel *
list_new (const char *search,
          int         closeness,
          const char *tag)
{
  RapportPeopleModel *people = rapport_people_model_new (store);

  rapport_people_model_begin_change (people);
  rapport_people_model_set_search_text (people, search);
  rapport_people_model_set_closeness (people, closeness);
  rapport_people_model_set_tag (people, tag);
  rapport_people_model_end_change (people);
  return people;
}

static guint
count_list (const char *search,
            int         closeness,
            const char *tag)
{
  g_autoptr(RapportPeopleModel) people = list_new (search, closeness, tag);

  return g_list_model_get_n_items (G_LIST_MODEL (people));
}

static void
undo (RapportBulkChange *change,
      const char        *before)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  reset_counts ();
  g_assert_true (rapport_store_bulk_undo (store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  after = snapshot ();
  g_assert_cmpstr (after, ==, before);

  /* Once: a second Undo changes nothing. */
  reset_counts ();
  g_assert_true (rapport_store_bulk_undo (store, change, &error));
  g_assert_cmpuint (commits, ==, 0);
}

/* Everyone a filter shows, tagged at once: the filter's count, nobody
 * else, found by the search; one Undo takes it away from them all. */
static void
test_tag_filtered (void)
{
  g_autoptr(RapportPeopleModel) friends = list_new (NULL, RAPPORT_CLOSENESS_FRIEND, NULL);
  g_autoptr(GArray) ids = rapport_people_model_dup_ids (friends);
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (friends));

  /* A fifth of them, give or take: a real share of the 30,000. */
  g_assert_cmpuint (n, >, N_PEOPLE / 7);
  g_assert_cmpuint (n, <, N_PEOPLE / 3);
  g_assert_cmpuint (ids->len, ==, n);

  reset_counts ();
  change = rapport_store_bulk_tag (store, ids, "Sorted Out", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (rapport_bulk_change_get_n_people (change), ==, n);
  g_assert_cmpuint (read_count ("SELECT count (*) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                                "WHERE t.name = 'Sorted Out'"),
                    ==, n);
  g_assert_cmpuint (count_list (NULL, -1, "sorted out"), ==, n);
  g_assert_cmpuint (count_list (NULL, RAPPORT_CLOSENESS_FRIEND, "Sorted Out"), ==, n);
  g_assert_cmpuint (count_list ("sorted", -1, NULL), ==, n);
  /* Who could help whom goes by tags too. */
  g_assert_cmpuint (read_count ("SELECT count (*) FROM contact_offer_search "
                                "WHERE contact_offer_search MATCH 'tags : \"sorted out\"'"),
                    ==, n);
  /* The list that was tagged hears of it once, and still shows them all. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (friends)), ==, n);

  /* Tagging again changes nobody, and says so. */
  {
    g_autoptr(RapportBulkChange) again = rapport_store_bulk_tag (store, ids, "sorted out", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rapport_bulk_change_get_n_people (again), ==, 0);
  }

  undo (change, before);
  g_assert_cmpuint (count_list (NULL, -1, "Sorted Out"), ==, 0);
  g_assert_cmpuint (count_list ("sorted", -1, NULL), ==, 0);
  g_assert_cmpuint (read_count ("SELECT count (*) FROM contact_offer_search "
                                "WHERE contact_offer_search MATCH 'tags : \"sorted out\"'"),
                    ==, 0);
}

/* Closeness over a search's answer: each person's own closeness comes
 * back with the Undo, not one for all. */
static void
test_closeness_searched (void)
{
  g_autoptr(RapportPeopleModel) found = list_new ("timber", -1, NULL);
  g_autoptr(GArray) ids = rapport_people_model_dup_ids (found);
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot ();
  guint already = count_list ("timber", RAPPORT_CLOSENESS_INNER_CIRCLE, NULL);
  guint n = ids->len;

  g_assert_cmpuint (n, >, 1000);
  g_assert_cmpuint (already, >, 0);

  reset_counts ();
  change = rapport_store_bulk_set_closeness (store, ids, RAPPORT_CLOSENESS_INNER_CIRCLE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (rapport_bulk_change_get_n_people (change), ==, n - already);
  g_assert_cmpuint (count_list ("timber", RAPPORT_CLOSENESS_INNER_CIRCLE, NULL), ==, n);
  g_assert_cmpuint (count_list ("timber", RAPPORT_CLOSENESS_FRIEND, NULL), ==, 0);

  undo (change, before);
  g_assert_cmpuint (count_list ("timber", RAPPORT_CLOSENESS_INNER_CIRCLE, NULL), ==, already);
}

/* A tag taken from a filtered list comes back in its place among each
 * person's tags, spelt as it was, even when nobody kept it meanwhile. */
static void
test_untag (void)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot ();
  guint n = count_list (NULL, -1, "Café");

  {
    g_autoptr(RapportPeopleModel) all = list_new (NULL, -1, NULL);

    ids = rapport_people_model_dup_ids (all);
    g_assert_cmpuint (ids->len, ==, N_PEOPLE);
  }
  g_assert_cmpuint (n, >, 1000);

  reset_counts ();
  change = rapport_store_bulk_untag (store, ids, "CAFÉ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (rapport_bulk_change_get_n_people (change), ==, n);
  g_assert_cmpuint (count_list (NULL, -1, "Café"), ==, 0);
  g_assert_cmpuint (read_count ("SELECT count (*) FROM tag WHERE folded = 'café'"), ==, 0);

  undo (change, before);
  g_assert_cmpuint (count_list (NULL, -1, "Café"), ==, n);
}

/* Deleting and archiving a selection: they leave the list at once, and
 * come back with the Undo; a person read before follows. */
static void
test_trash_and_archive (void)
{
  g_autoptr(RapportPeopleModel) list = list_new (NULL, RAPPORT_CLOSENESS_ACQUAINTANCE, "Mentor");
  g_autoptr(GArray) ids = rapport_people_model_dup_ids (list);
  g_autoptr(RapportBulkChange) trashed = NULL;
  g_autoptr(RapportBulkChange) archived = NULL;
  g_autoptr(RapportContact) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot ();
  guint n = ids->len;

  g_assert_cmpuint (n, >, 100);
  first = rapport_store_get_contact (store, g_array_index (ids, gint64, 0), &error);
  g_assert_no_error (error);

  reset_counts ();
  trashed = rapport_store_bulk_trash (store, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (rapport_bulk_change_get_n_people (trashed), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (count_list (NULL, -1, NULL), ==, N_PEOPLE - n);
  undo (trashed, before);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);

  reset_counts ();
  archived = rapport_store_bulk_set_archived (store, ids, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (rapport_bulk_change_get_n_people (archived), ==, n);
  g_assert_true (rapport_contact_get_archived (first));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  undo (archived, before);
  g_assert_false (rapport_contact_get_archived (first));
}

/* A selection added to an event: after those already there, in the
 * list's order, nobody twice; Undo takes away only those it added. */
static void
test_attendees (void)
{
  g_autoptr(RapportPeopleModel) list = list_new ("timber", -1, NULL);
  g_autoptr(GArray) ids = rapport_people_model_dup_ids (list);
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 3, 4, 18, 0, 0);
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  gint64 second = g_array_index (ids, gint64, 1);

  event = rapport_event_new ("Timber festival", when);
  g_assert_true (rapport_store_add_event (store, event, &error));
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), second, "Say hello", &error));
  g_assert_no_error (error);
  before = snapshot ();

  reset_counts ();
  change = rapport_store_bulk_add_attendees (store, ids, rapport_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (commits, ==, 1);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (rapport_bulk_change_get_n_people (change), ==, ids->len - 1);
  attendees = rapport_store_list_attendees (store, rapport_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, ids->len);
  /* The one there first keeps their place and goal; then the list's order. */
  g_assert_cmpint (rapport_attendee_get_contact_id (g_ptr_array_index (attendees, 0)), ==, second);
  g_assert_cmpstr (rapport_attendee_get_goal (g_ptr_array_index (attendees, 0)), ==, "Say hello");
  g_assert_cmpint (rapport_attendee_get_contact_id (g_ptr_array_index (attendees, 1)), ==,
                   g_array_index (ids, gint64, 0));
  g_assert_cmpint (rapport_attendee_get_contact_id (g_ptr_array_index (attendees, 2)), ==,
                   g_array_index (ids, gint64, 2));

  undo (change, before);
  g_clear_pointer (&attendees, g_ptr_array_unref);
  attendees = rapport_store_list_attendees (store, rapport_event_get_id (event), &error);
  g_assert_cmpuint (attendees->len, ==, 1);
  g_assert_true (rapport_store_delete_event (store, rapport_event_get_id (event), &error));
}

/* What cannot be done changes nothing, not even in part. */
static void
test_refused (void)
{
  g_autoptr(RapportPeopleModel) list = list_new (NULL, RAPPORT_CLOSENESS_FRIEND, NULL);
  g_autoptr(GArray) ids = rapport_people_model_dup_ids (list);
  g_autofree char *before = snapshot ();
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  reset_counts ();
  g_assert_null (rapport_store_bulk_tag (store, ids, "  ", &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (rapport_store_bulk_tag (store, ids, "bad \xff text", &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (rapport_store_bulk_add_attendees (store, ids, 987654, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (commits, ==, 0);
  g_assert_cmpuint (changes, ==, 0);
  after = snapshot ();
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("rapport-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "rapport.db", NULL);
  store = rapport_store_open (path, &error);
  g_assert_no_error (error);
  add_people ();
  g_assert_cmpint (sqlite3_open_v2 (path, &reader, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_commit_hook (rapport_store_get_db (store), commit_hook_cb, NULL);
  g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), NULL);

  g_test_add_func ("/rapport/bulk/tag-filtered", test_tag_filtered);
  g_test_add_func ("/rapport/bulk/closeness-searched", test_closeness_searched);
  g_test_add_func ("/rapport/bulk/untag", test_untag);
  g_test_add_func ("/rapport/bulk/trash-and-archive", test_trash_and_archive);
  g_test_add_func ("/rapport/bulk/attendees", test_attendees);
  g_test_add_func ("/rapport/bulk/refused", test_refused);
  status = g_test_run ();

  sqlite3_close (reader);
  g_clear_object (&store);
  test_dir_remove (dir);
  g_free (dir);
  g_free (path);
  return status;
}
