/* test-people-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of people: exact items-changed for every kind of change, search
 * as you type, sorting and filters.
 */

#include "config.h"

#include <locale.h>
#include <sqlite3.h>

#include "rapport-people-model.h"
#include "rapport-test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n_items_then;
} ItemsChanged;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  ItemsChanged change = { position, removed, added, g_list_model_get_n_items (model) };

  g_array_append_val (log, change);
}

static void
assert_log (GArray *log,
            guint   index,
            guint   position,
            guint   removed,
            guint   added)
{
  g_assert_cmpuint (index, <, log->len);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, index).position, ==, position);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, index).removed, ==, removed);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, index).added, ==, added);
}

/* The names in the list, joined with commas. */
static char *
names (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (model, i);
      g_autofree char *name = rapport_contact_dup_name (contact);

      g_string_append_printf (text, "%s%s", i ? "," : "", name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define assert_names(model, expected) \
  G_STMT_START { g_autofree char *__n = names (G_LIST_MODEL (model)); g_assert_cmpstr (__n, ==, expected); } G_STMT_END

static RapportStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  RapportStore *store = rapport_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_items_changed (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(RapportContact) bea = test_add_person (store, "Bea");
  g_autoptr(RapportContact) dan = test_add_person (store, "Dan");
  g_autoptr(RapportContact) fay = test_add_person (store, "Fay");
  g_autoptr(RapportContact) cal = NULL;
  g_autoptr(GError) error = NULL;

  assert_names (people, "Bea,Dan,Fay");
  g_signal_connect (people, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Insert: one row, where it sorts. */
  cal = test_add_person (store, "Cal");
  g_assert_cmpuint (log->len, ==, 1);
  assert_log (log, 0, 1, 0, 1);
  assert_names (people, "Bea,Cal,Dan,Fay");

  /* An edit that keeps the order: no rows change (the object notifies). */
  rapport_contact_set_notes (dan, "Met at the kiln");
  g_assert_true (rapport_store_save_contact (store, dan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 1);

  /* Reorder: a rename that moves Bea from first to last is one removal and
   * one insertion, and the list is consistent during each. */
  rapport_contact_set_display_name (bea, "Zoe");
  g_assert_true (rapport_store_save_contact (store, bea, &error));
  g_assert_cmpuint (log->len, ==, 3);
  assert_log (log, 1, 0, 1, 0);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 1).n_items_then, ==, 3);
  assert_log (log, 2, 3, 0, 1);
  g_assert_cmpuint (g_array_index (log, ItemsChanged, 2).n_items_then, ==, 4);
  assert_names (people, "Cal,Dan,Fay,Zoe");

  /* And a move up: Zoe back to Amy. */
  rapport_contact_set_display_name (bea, "Amy");
  g_assert_true (rapport_store_save_contact (store, bea, &error));
  assert_log (log, 3, 3, 1, 0);
  assert_log (log, 4, 0, 0, 1);
  assert_names (people, "Amy,Cal,Dan,Fay");

  /* Delete: one row. */
  g_assert_true (rapport_store_delete_contact (store, rapport_contact_get_id (dan), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 6);
  assert_log (log, 5, 2, 1, 0);
  assert_names (people, "Amy,Cal,Fay");

  /* Archiving takes a row out of the main list. */
  rapport_contact_set_archived (fay, TRUE);
  g_assert_true (rapport_store_save_contact (store, fay, &error));
  assert_log (log, 6, 2, 1, 0);
  assert_names (people, "Amy,Cal");
}

static void
test_items_are_shared (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(RapportContact) item = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_autoptr(RapportContact) again = g_list_model_get_item (G_LIST_MODEL (people), 0);

  g_assert_true (item == ana);
  g_assert_true (again == ana);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (people), 1));
  g_assert_cmpint (rapport_people_model_get_id (people, 0), ==, rapport_contact_get_id (ana));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (people)) == RAPPORT_TYPE_CONTACT);
}

static void
test_search_prefix (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Lopez");
  g_autoptr(RapportContact) anais = test_add_person (store, "Anaïs Durand");
  g_autoptr(RapportContact) baker = test_add_person (store, "Bob Baker");
  g_autoptr(RapportContact) nora = test_add_person (store, "Nora Quinn");
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;

  rapport_contact_set_notes (baker, "Makes banana bread");
  g_assert_true (rapport_store_save_contact (store, baker, &error));
  rapport_contact_set_notes (nora, "Ana's cousin");
  g_assert_true (rapport_store_save_contact (store, nora, &error));
  g_assert_no_error (error);

  /* "ana" starts a word in Ana, Anaïs and Nora's note; in "banana" it does not. */
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_RELEVANCE);
  rapport_people_model_set_search_text (people, "ana");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 3);
  {
    g_autoptr(RapportContact) last = g_list_model_get_item (G_LIST_MODEL (people), 2);

    /* A name match ranks above a match in the notes. */
    g_assert_true (last == nora);
  }

  /* Diacritics and case do not matter, either way round. */
  rapport_people_model_set_search_text (people, "ANAIS");
  assert_names (people, "Anaïs Durand");
  rapport_people_model_set_search_text (people, "durand anaïs");
  assert_names (people, "Anaïs Durand");

  /* Every word must match. */
  rapport_people_model_set_search_text (people, "ana lop");
  assert_names (people, "Ana Lopez");
  rapport_people_model_set_search_text (people, "banana");
  assert_names (people, "Bob Baker");

  /* Interactions are searched too, and follow edits at once. */
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "Talked about sourdough", IDS (rapport_contact_get_id (ana)));
  rapport_people_model_set_search_text (people, "sourd");
  assert_names (people, "Ana Lopez");
  rapport_interaction_set_summary (call, "Talked about rye");
  g_assert_true (rapport_store_save_interaction (store, call, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);

  /* Syntax is never an error: quotes, operators and punctuation are words or nothing. */
  rapport_people_model_set_search_text (people, "\"ana\" OR NOT * (");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);
  rapport_people_model_set_search_text (people, "*** ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 4);
  rapport_people_model_set_search_text (people, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 4);
}

static void
test_search_scripts (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportContact) a = test_add_person (store, "Zoe\xcc\x88 Martin");            /* combining diaeresis */
  g_autoptr(RapportContact) b = test_add_person (store, "\xd7\x93\xd7\x95\xd7\x93 \xd7\x9c\xd7\x95\xd7\x99");  /* דוד לוי */
  g_autoptr(RapportContact) c = test_add_person (store, "\xce\x9d\xce\xaf\xce\xba\xce\xbf\xcf\x82");          /* Νίκος */
  g_autoptr(RapportContact) d = test_add_person (store, "\xf0\x9f\x8c\xb2 Forest Guild");                       /* 🌲 */
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);

  rapport_people_model_set_search_text (people, "zoe");
  assert_names (people, "Zoe\xcc\x88 Martin");
  rapport_people_model_set_search_text (people, "\xd7\x9c\xd7\x95");        /* לו */
  assert_names (people, "\xd7\x93\xd7\x95\xd7\x93 \xd7\x9c\xd7\x95\xd7\x99");
  rapport_people_model_set_search_text (people, "\xce\xbd\xce\xb9\xce\xba");  /* νικ, no accent */
  assert_names (people, "\xce\x9d\xce\xaf\xce\xba\xce\xbf\xcf\x82");
  rapport_people_model_set_search_text (people, "for");
  assert_names (people, "\xf0\x9f\x8c\xb2 Forest Guild");
  /* Hebrew with vowel points (niqqud) is found without them. */
  rapport_contact_set_notes (c, "\xd7\xa9\xd7\x81\xd6\xb8\xd7\x9c\xd7\x95\xd6\xb9\xd7\x9d");   /* שָׁלוֹם */
  g_assert_true (rapport_store_save_contact (store, c, NULL));
  rapport_people_model_set_search_text (people, "\xd7\xa9\xd7\x9c\xd7\x95");                    /* שלו */
  assert_names (people, "\xce\x9d\xce\xaf\xce\xba\xce\xbf\xcf\x82");
}

/* Letters that are not a base letter with a mark are found the way people
 * type them: "soren" finds Søren, and "søren" finds Soren too. */
static void
test_search_letters (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportContact) a = test_add_person (store, "Søren Nakamura");
  g_autoptr(RapportContact) b = test_add_person (store, "BJØRN Ærø");
  g_autoptr(RapportContact) c = test_add_person (store, "Đorđe Łukasz");
  g_autoptr(RapportContact) d = test_add_person (store, "Œdipe Straße");
  g_autoptr(RapportContact) e = test_add_person (store, "Þóra Sigurðardóttir");
  g_autoptr(RapportContact) f = test_add_person (store, "Ħanna Işık");
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);

  rapport_people_model_set_search_text (people, "soren");
  assert_names (people, "Søren Nakamura");
  rapport_people_model_set_search_text (people, "bjorn");
  assert_names (people, "BJØRN Ærø");
  rapport_people_model_set_search_text (people, "aero");
  assert_names (people, "BJØRN Ærø");
  rapport_people_model_set_search_text (people, "dorde");
  assert_names (people, "Đorđe Łukasz");
  rapport_people_model_set_search_text (people, "lukasz");
  assert_names (people, "Đorđe Łukasz");
  rapport_people_model_set_search_text (people, "oedipe strasse");
  assert_names (people, "Œdipe Straße");
  rapport_people_model_set_search_text (people, "thora sigurdar");
  assert_names (people, "Þóra Sigurðardóttir");
  rapport_people_model_set_search_text (people, "hanna isik");
  assert_names (people, "Ħanna Işık");
  /* The query is folded the same way: typed with the letters, or in capitals. */
  rapport_people_model_set_search_text (people, "SØREN");
  assert_names (people, "Søren Nakamura");
  rapport_people_model_set_search_text (people, "đorđe");
  assert_names (people, "Đorđe Łukasz");
  rapport_people_model_set_search_text (people, "ærø");
  assert_names (people, "BJØRN Ærø");
}

static void
test_build_match (void)
{
  g_autofree char *a = rapport_people_model_build_match ("ana");
  g_autofree char *b = rapport_people_model_build_match ("  O'Brien, \"NEAR\" x*");
  g_autofree char *c = rapport_people_model_build_match ("?!  ");

  g_assert_cmpstr (a, ==, "\"ana\"*");
  g_assert_cmpstr (b, ==, "\"o\"* \"brien\"* \"near\"* \"x\"*");
  g_assert_null (c);

  {
    g_autofree char *d = rapport_people_model_build_match ("Bjørn Đorđe ÆSIR");

    g_assert_cmpstr (d, ==, "\"bjorn\"* \"dorde\"* \"aesir\"*");
  }
}

static void
test_sort_and_filters (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportContact) amy = test_add_person (store, "Amy");
  g_autoptr(RapportContact) bo = test_add_person (store, "Bo");
  g_autoptr(RapportContact) cy = test_add_person (store, "Cy");
  g_autoptr(RapportContact) di = test_add_person (store, "Di");
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(RapportInteraction) i1 = NULL, i2 = NULL, i3 = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "Climbing", NULL };

  i1 = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-100), "a", IDS (rapport_contact_get_id (amy)));
  i2 = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-3), "b", IDS (rapport_contact_get_id (bo)));
  i3 = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-50), "c", IDS (rapport_contact_get_id (cy)));

  /* Most recently in touch first; never, last. */
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_LAST_CONTACTED);
  assert_names (people, "Bo,Cy,Amy,Di");

  /* Cadences: Amy 30 days (70 overdue), Cy 40 (10 overdue), Bo 30 (not yet). */
  rapport_contact_set_cadence_days (amy, 30);
  rapport_contact_set_cadence_days (cy, 40);
  rapport_contact_set_cadence_days (bo, 30);
  g_assert_true (rapport_store_save_contact (store, amy, &error));
  g_assert_true (rapport_store_save_contact (store, cy, &error));
  g_assert_true (rapport_store_save_contact (store, bo, &error));
  g_assert_no_error (error);
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_MOST_OVERDUE);
  assert_names (people, "Amy,Cy,Bo,Di");
  rapport_people_model_set_due_only (people, TRUE);
  assert_names (people, "Amy,Cy");

  /* Logging a call with Amy takes her off the due list at once. */
  {
    g_autoptr(RapportInteraction) call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "d",
                                                               IDS (rapport_contact_get_id (amy)));
    assert_names (people, "Cy");
  }

  /* Snoozing Cy for a week hides him from the Due list and postpones the
   * due date everyone sees; the store's list agrees with the model. */
  {
    g_autoptr(GArray) due = rapport_store_list_due (store, test_days_from_today (0), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (due->len, ==, 1);
    g_assert_cmpuint (rapport_store_count_due (store, test_days_from_today (0), &error), ==, 1);
    g_assert_cmpint (g_array_index (due, gint64, 0), ==, rapport_contact_get_id (cy));
  }
  g_assert_true (rapport_store_snooze_contact (store, rapport_contact_get_id (cy), test_days_from_today (7), &error));
  g_assert_no_error (error);
  assert_names (people, "");
  g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (cy), test_days_from_today (7)), ==, 0);
  g_assert_false (rapport_contact_is_due (cy, test_days_from_today (0)));
  g_assert_true (rapport_contact_is_due (cy, test_days_from_today (7)));
  {
    g_autoptr(GArray) due = rapport_store_list_due (store, test_days_from_today (0), &error);
    g_autoptr(GArray) later = rapport_store_list_due (store, test_days_from_today (7), &error);

    g_assert_cmpuint (due->len, ==, 0);
    g_assert_cmpuint (rapport_store_count_due (store, test_days_from_today (0), &error), ==, 0);
    /* A week on, he is back. */
    g_assert_cmpuint (later->len, ==, 1);
  }
  /* Undo: the snooze ends and he is due again, with his own date. */
  g_assert_true (rapport_store_snooze_contact (store, rapport_contact_get_id (cy), NULL, &error));
  assert_names (people, "Cy");
  g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (cy), test_days_from_today (-10)), ==, 0);
  /* A snooze shorter than the cadence changes nothing once in touch. */
  g_assert_true (rapport_store_snooze_contact (store, rapport_contact_get_id (cy), test_days_from_today (7), &error));
  {
    g_autoptr(RapportInteraction) call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "e",
                                                               IDS (rapport_contact_get_id (cy)));
    g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (cy), test_days_from_today (40)), ==, 0);
  }
  g_assert_false (rapport_store_snooze_contact (store, 9999, NULL, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  rapport_people_model_set_due_only (people, FALSE);
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_NAME);

  /* Tag (any case), closeness, enjoy, archived. */
  rapport_contact_set_tags (cy, tags);
  g_assert_true (rapport_store_save_contact (store, cy, &error));
  rapport_people_model_set_tag (people, "climbing");
  assert_names (people, "Cy");
  rapport_people_model_set_tag (people, NULL);

  rapport_contact_set_closeness (di, RAPPORT_CLOSENESS_INNER_CIRCLE);
  rapport_contact_set_enjoy (bo, TRUE);
  g_assert_true (rapport_store_save_contact (store, di, &error));
  g_assert_true (rapport_store_save_contact (store, bo, &error));
  rapport_people_model_set_closeness (people, RAPPORT_CLOSENESS_INNER_CIRCLE);
  assert_names (people, "Di");
  rapport_people_model_set_closeness (people, -1);
  rapport_people_model_set_enjoy_only (people, TRUE);
  assert_names (people, "Bo");
  rapport_people_model_set_enjoy_only (people, FALSE);

  rapport_contact_set_archived (amy, TRUE);
  g_assert_true (rapport_store_save_contact (store, amy, &error));
  assert_names (people, "Bo,Cy,Di");
  rapport_people_model_set_archived (people, TRUE);
  assert_names (people, "Amy");
  g_assert_no_error (error);
}

static void
test_name_order (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(RapportContact) a = test_add_person (store, "bea");
  g_autoptr(RapportContact) b = test_add_person (store, "Anna");
  g_autoptr(RapportContact) c = test_add_person (store, "");
  g_autoptr(RapportContact) d = rapport_contact_new ();
  g_autoptr(GError) error = NULL;

  /* No display name: given and family names stand in. */
  rapport_contact_set_given_name (d, "Carl");
  rapport_contact_set_family_name (d, "Berg");
  g_assert_true (rapport_store_add_contact (store, d, &error));
  g_assert_no_error (error);

  /* Case does not split the alphabet; nameless people come last. */
  assert_names (people, "Anna,bea,Carl Berg,");
}

static void
test_trash (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(RapportContact) amy = test_add_person (store, "Amy");
  g_autoptr(RapportContact) bo = test_add_person (store, "Bo");
  g_autoptr(RapportContact) cy = test_add_person (store, "Cy");
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;
  gint64 bo_id = rapport_contact_get_id (bo);
  const char *tags[] = { "Kiln", NULL };

  rapport_contact_set_tags (bo, tags);
  g_assert_true (rapport_store_save_contact (store, bo, &error));
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "Talked kilns", IDS (bo_id));
  g_signal_connect (people, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* Deleted: gone from the list, the search and the tags at once... */
  g_assert_true (rapport_store_trash_contact (store, bo_id, &error));
  g_assert_no_error (error);
  assert_log (log, 0, 1, 1, 0);
  assert_names (people, "Amy,Cy");
  {
    g_auto(GStrv) all_tags = rapport_store_list_tags (store);

    g_assert_cmpuint (g_strv_length (all_tags), ==, 0);
  }
  rapport_people_model_set_search_text (people, "kilns");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);
  rapport_people_model_set_search_text (people, NULL);

  /* ...and back with everything on Undo. */
  g_assert_true (rapport_store_restore_contact (store, bo_id, &error));
  g_assert_no_error (error);
  assert_names (people, "Amy,Bo,Cy");
  {
    g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, bo_id);

    g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  }

  /* Emptying the trash deletes for good. */
  g_assert_true (rapport_store_trash_contact (store, bo_id, &error));
  g_assert_true (rapport_store_empty_trash (store, &error));
  g_assert_no_error (error);
  g_assert_false (rapport_store_restore_contact (store, bo_id, &error));
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  assert_names (people, "Amy,Cy");
}

/* Past the first page, rows are read when needed, and changes stay exact. */
static void
test_long_list (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(RapportContact) last = NULL;
  g_autoptr(RapportContact) added = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 2500; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %04u", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));

  /* Opened fresh: a count and a page. */
  people = rapport_people_model_new (store);
  g_signal_connect (people, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2500);

  /* Adding someone who sorts in the middle is one row, even though only the
   * first page had been read. */
  added = test_add_person (store, "Person 0500a");
  g_assert_cmpuint (log->len, ==, 1);
  assert_log (log, 0, 501, 0, 1);

  /* The far end is there when asked for. */
  last = g_list_model_get_item (G_LIST_MODEL (people), 2500);
  g_assert_cmpstr (rapport_contact_get_display_name (last), ==, "Person 2499");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (people), 2501));

  /* A fresh list searched at once replaces its rows: the old ones go, then
   * the new ones come, so that no one looks for a removed row among them. */
  {
    g_autoptr(RapportPeopleModel) fresh = rapport_people_model_new (store);
    g_autoptr(GArray) fresh_log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));

    g_signal_connect (fresh, "items-changed", G_CALLBACK (items_changed_cb), fresh_log);
    rapport_people_model_set_search_text (fresh, "0999");
    g_assert_cmpuint (fresh_log->len, ==, 2);
    assert_log (fresh_log, 0, 0, 2501, 0);
    g_assert_cmpuint (g_array_index (fresh_log, ItemsChanged, 0).n_items_then, ==, 0);
    assert_log (fresh_log, 1, 0, 0, 1);
    g_assert_cmpuint (g_array_index (fresh_log, ItemsChanged, 1).n_items_then, ==, 1);

    /* A search and its order changed together read the list once.
     * Everyone still matches, in the same order: the first rows stay, and
     * the rest are replaced after them. */
    rapport_people_model_set_search_text (fresh, NULL);
    g_array_set_size (fresh_log, 0);
    rapport_people_model_begin_change (fresh);
    rapport_people_model_set_sort (fresh, RAPPORT_PEOPLE_SORT_RELEVANCE);
    rapport_people_model_set_search_text (fresh, "person");
    g_assert_cmpuint (fresh_log->len, ==, 0);
    rapport_people_model_end_change (fresh);
    g_assert_cmpuint (fresh_log->len, ==, 2);
    assert_log (fresh_log, 0, 64, 2501 - 64, 0);
    assert_log (fresh_log, 1, 64, 0, 2501 - 64);

    /* Rows read so far are found by id; those not read yet are not. */
    {
      g_autoptr(RapportContact) early = g_list_model_get_item (G_LIST_MODEL (fresh), 100);

      g_assert_cmpuint (rapport_people_model_find (fresh, rapport_contact_get_id (early)), ==, 100);
      g_assert_cmpuint (rapport_people_model_find (fresh, rapport_contact_get_id (last)), ==, G_MAXUINT);
    }
  }

  /* ...a whole one is compared with the answer: the rows before and after
   * the one still there differ, so it is one change, new rows few enough to
   * be told in the same signal. */
  rapport_people_model_set_search_text (people, "0999");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  g_assert_cmpuint (log->len, ==, 2);
  assert_log (log, 1, 0, 2501, 1);
}

/* Up to a couple of thousand matches are read whole, so that the next
 * keystroke changes only the rows that differ: none when the matches are
 * the same, a few when they narrow. */
static void
test_search_compares (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %04u", i < 400 ? "Ibrahim" : "Ines", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  people = rapport_people_model_new (store);
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_RELEVANCE);
  g_signal_connect (people, "items-changed", G_CALLBACK (items_changed_cb), log);

  /* "I": everyone, as before. */
  rapport_people_model_set_search_text (people, "I");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 600);
  g_assert_cmpuint (log->len, ==, 0);

  /* "Ib": the 200 Ines go; their rows only. */
  rapport_people_model_set_search_text (people, "Ib");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 400);
  g_assert_cmpuint (log->len, ==, 1);
  assert_log (log, 0, 400, 200, 0);

  /* "Ibr", "Ibra": the same people, nothing to change. */
  rapport_people_model_set_search_text (people, "Ibr");
  rapport_people_model_set_search_text (people, "Ibra");
  g_assert_cmpuint (log->len, ==, 1);

  /* "Ines": all replaced by others: the old rows go, then the new come. */
  rapport_people_model_set_search_text (people, "Ines");
  g_assert_cmpuint (log->len, ==, 3);
  assert_log (log, 1, 0, 400, 0);
  assert_log (log, 2, 0, 0, 200);
}

/* One letter matches nearly everyone: those come by name, not by rank. */
static void
test_one_letter_by_name (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(RapportContact) zed = test_add_person (store, "Zed Iverson");
  g_autoptr(RapportContact) ada = test_add_person (store, "Ada Brown");
  g_autoptr(GError) error = NULL;

  /* "i" starts Zed's surname, and only a word in a long note of Ada's: by
   * rank Zed would come first; by name, Ada does. */
  rapport_contact_set_notes (ada, "Met her at the harbour festival, where she ran the ice cream stand all weekend");
  g_assert_true (rapport_store_save_contact (store, ada, &error));
  g_assert_no_error (error);

  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_RELEVANCE);
  rapport_people_model_set_search_text (people, "Iv");
  assert_names (people, "Zed Iverson");
  rapport_people_model_set_search_text (people, "i");
  assert_names (people, "Ada Brown,Zed Iverson");
  rapport_people_model_set_search_text (people, " I ");
  assert_names (people, "Ada Brown,Zed Iverson");
}

/* Kept by a list's signals alone, as a list view keeps its rows: at each
 * signal it must be the model. */
typedef struct
{
  GListModel *model;
  GPtrArray *rows;
  GArray *log;
} Mirror;

static void
mirror_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Mirror     *mirror)
{
  ItemsChanged change = { position, removed, added, g_list_model_get_n_items (model) };

  g_array_append_val (mirror->log, change);
  g_ptr_array_remove_range (mirror->rows, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->rows, (int) (position + i), g_list_model_get_item (model, position + i));
  g_assert_cmpuint (mirror->rows->len, ==, g_list_model_get_n_items (model));
}

/* A long list narrowed in the same order keeps the first rows it still has:
 * the rest go, then those of the first that went, one at a time, then the
 * new ones that fill the first rows, then the rest. */
static void
test_narrowing_keeps_rows (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (ItemsChanged));
  g_autoptr(GError) error = NULL;
  Mirror mirror = { NULL, rows, log };
  guint n, single_removals = 0;

  /* Three in four are called Ivy, so "i" keeps three rows in four. */
  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *name = g_strdup_printf (i % 4 ? "Person %04u Ivy" : "Person %04u", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  people = rapport_people_model_new (store);
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_RELEVANCE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (people), i));
  g_signal_connect (people, "items-changed", G_CALLBACK (mirror_changed_cb), &mirror);

  rapport_people_model_set_search_text (people, "i");
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  g_assert_cmpuint (n, ==, 2250);
  assert_log (log, 0, 64, 3000 - 64, 0);
  for (guint i = 1; i + 2 < log->len; i++)
    {
      assert_log (log, i, g_array_index (log, ItemsChanged, i).position, 1, 0);
      single_removals++;
    }
  g_assert_cmpuint (single_removals, ==, 16);
  assert_log (log, log->len - 2, 48, 0, 16);
  assert_log (log, log->len - 1, 64, 0, 2250 - 64);

  /* What the signals told is the list, in name order. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (people), i);
      g_autofree char *name = rapport_contact_dup_name (contact);
      g_autofree char *expected = g_strdup_printf ("Person %04u Ivy", i / 3 * 4 + i % 3 + 1);

      g_assert_true (g_ptr_array_index (rows, i) == contact);
      g_assert_cmpstr (name, ==, expected);
    }
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

/* A search index out of step with its table (a row for no one, as another
 * program could leave) makes the count of a long answer disagree with the
 * list: the list asks again, then reads its answers whole, and settles on
 * the people there are rather than asking forever. */
static void
test_count_out_of_step (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  guint n_changes = 0, settled;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 2100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Ines %04u", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_clear_object (&store);

  /* Written while the store is open: opening puts such a row right. */
  store = open_store (fixture->path);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO contact_search (rowid, name) VALUES (999999, 'Ines Nobody')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  people = rapport_people_model_new (store);
  g_signal_connect (people, "items-changed", G_CALLBACK (count_changes_cb), &n_changes);
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_RELEVANCE);
  rapport_people_model_set_search_text (people, "i");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2101);

  for (guint i = 0; i < 1000 && g_list_model_get_n_items (G_LIST_MODEL (people)) != 2100; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2100);

  /* Settled: nothing more is asked. */
  settled = n_changes;
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_changes, ==, settled);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2100);
}

/* Every row of @people, read whole: none archived or trashed, in name order
 * when @by_name, and @n of them. */
static void
assert_active_rows (RapportPeopleModel *people,
                    guint               n,
                    gboolean            by_name)
{
  g_autofree char *previous = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (people), i);
      g_autofree char *name = rapport_contact_dup_name (contact);

      g_assert_nonnull (contact);
      g_assert_false (rapport_contact_get_archived (contact));
      if (by_name && previous != NULL)
        g_assert_cmpint (g_utf8_collate (previous, name), <, 0);
      g_set_str (&previous, name);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (people), n));
}

/* The counts and pages of long answers, read the quick ways (the search
 * index counting, the name index walked for one letter, one ranked query
 * for up to a couple of thousand), agree with the people there are: the
 * archived and trashed among the matches are left out. */
static void
test_search_counts (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RapportStore) store = open_store (fixture->path);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %04u", i < 2600 ? "Ines" : "Ola", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);

      /* Of the Ines, 100 archived and 50 in the trash. */
      if (i % 20 == 1 && i < 2000)
        {
          rapport_contact_set_archived (contact, TRUE);
          g_assert_true (rapport_store_save_contact (store, contact, &error));
        }
      else if (i % 20 == 2 && i < 1000)
        g_assert_true (rapport_store_trash_contact (store, rapport_contact_get_id (contact), &error));
      g_assert_no_error (error);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  people = rapport_people_model_new (store);
  rapport_people_model_set_sort (people, RAPPORT_PEOPLE_SORT_RELEVANCE);

  /* One letter: by name, 2,450 of them. */
  rapport_people_model_set_search_text (people, "i");
  assert_active_rows (people, 2450, TRUE);
  /* Ranked, more than are read whole: a count and the first part. */
  rapport_people_model_set_search_text (people, "in");
  assert_active_rows (people, 2450, FALSE);
  /* Ranked, fewer: one query. */
  rapport_people_model_set_search_text (people, "ines 1");
  assert_active_rows (people, 1000 - 50, FALSE);
  rapport_people_model_set_search_text (people, "ol");
  assert_active_rows (people, 400, FALSE);

  /* The archived, searched, are only those. */
  rapport_people_model_set_archived (people, TRUE);
  rapport_people_model_set_search_text (people, "i");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 100);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/rapport/people-model/" path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("items-changed", test_items_changed);
  ADD ("items-are-shared", test_items_are_shared);
  ADD ("search-prefix", test_search_prefix);
  ADD ("search-scripts", test_search_scripts);
  ADD ("search-letters", test_search_letters);
  ADD ("sort-and-filters", test_sort_and_filters);
  ADD ("name-order", test_name_order);
  ADD ("long-list", test_long_list);
  ADD ("search-compares", test_search_compares);
  ADD ("one-letter-by-name", test_one_letter_by_name);
  ADD ("search-counts", test_search_counts);
  ADD ("narrowing-keeps-rows", test_narrowing_keeps_rows);
  ADD ("count-out-of-step", test_count_out_of_step);
  ADD ("trash", test_trash);
#undef ADD
  g_test_add_func ("/rapport/people-model/build-match", test_build_match);

  return g_test_run ();
}
