/* test-bench-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The benchmark's generator: deterministic, the sizes it promises, and
 * data the store can search.
 */

#include "config.h"

#include <locale.h>

#include "rapport-bench-data.h"
#include "rapport-people-model.h"
#include "rapport-test-util.h"

static void
test_generate (TestDir       *fixture,
               gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, NULL);
  g_autoptr(RapportStore) other = rapport_store_open (other_path, NULL);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GError) error = NULL;
  RapportBenchData a, b;

  g_assert_true (rapport_bench_data_generate (store, 1200, 7, &a, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_bench_data_generate (other, 1200, 7, &b, &error));

  /* The same seed, the same people. */
  g_assert_cmpstr (a.sample_name, ==, b.sample_name);
  g_assert_cmpuint (a.n_interactions, ==, b.n_interactions);

  g_assert_cmpuint (a.n_people, ==, 1200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1200);
  /* About ten interactions a person, with the busiest at 1,000. */
  g_assert_cmpuint (a.n_interactions, >, 1200 * 8);
  g_assert_cmpuint (a.n_interactions, <, 1200 * 12);
  g_assert_cmpuint (a.n_events, ==, 12);
  timeline = rapport_store_list_timeline (store, a.busiest_contact_id);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), >=, 1000);

  /* Everyone generated can be found by name. */
  rapport_people_model_set_search_text (people, a.sample_name);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >=, 1);

  rapport_bench_data_clear (&a);
  rapport_bench_data_clear (&b);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/rapport/bench-data/generate", TestDir, NULL, test_dir_setup, test_generate, test_dir_teardown);

  return g_test_run ();
}
