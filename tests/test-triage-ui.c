/* test-triage-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Sort Your Connections" from the keyboard: twenty answers typed through
 * the X server (XTEST) as fast as a person who knows the keys, then Ctrl+Z
 * three times, each checked in the database file itself; what the card
 * says about a person; and the offer to sort after an import.
 */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "rapport-import-dialog.h"
#include "rapport-keys-test-util.h"
#include "rapport-test-util.h"
#include "rapport-triage-dialog.h"
#include "rapport-ui-test-util.h"

#define N_UNSORTED 25
#define N_ANSWERS 20

static RapportTriageDialog *
find_dialog (RapportWindow *window)
{
  GtkWidget *dialog = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_TRIAGE_DIALOG, NULL);

  return dialog ? RAPPORT_TRIAGE_DIALOG (dialog) : NULL;
}

static gboolean
dialog_shown (gpointer window)
{
  RapportTriageDialog *dialog = find_dialog (window);

  return dialog != NULL && test_is_laid_out (dialog);
}

/* The closeness and archive flag of @id, read from the file through a
 * connection of its own, as the next start of Rapport would read them. */
static void
read_from_file (RapportStore *store,
                gint64        id,
                int          *closeness,
                int          *archived)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (rapport_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT closeness, archived FROM contact WHERE id = ?1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *closeness = sqlite3_column_int (stmt, 0);
  *archived = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static const char *
subtitle (RapportTriageDialog *dialog)
{
  GtkWidget *title = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_WINDOW_TITLE, NULL);

  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* What answer @i of the test is: every key, 1 to 6, in turn. */
static RapportTriageAnswer
answer_for (guint i)
{
  return (RapportTriageAnswer) (RAPPORT_TRIAGE_INNER_CIRCLE + i % 6);
}

static void
check_answered (RapportStore *store,
                gint64        id,
                guint         i)
{
  RapportTriageAnswer answer = answer_for (i);
  int closeness, archived;

  read_from_file (store, id, &closeness, &archived);
  if (answer <= RAPPORT_TRIAGE_ONLINE_ONLY)
    g_assert_cmpint (closeness, ==, (int) answer);
  else
    g_assert_cmpint (closeness, ==, RAPPORT_CLOSENESS_UNKNOWN);
  g_assert_cmpint (archived, ==, answer == RAPPORT_TRIAGE_ARCHIVE);
}

static void
check_unsorted (RapportStore *store,
                gint64        id)
{
  int closeness, archived;

  read_from_file (store, id, &closeness, &archived);
  g_assert_cmpint (closeness, ==, RAPPORT_CLOSENESS_UNKNOWN);
  g_assert_cmpint (archived, ==, FALSE);
}

/* Twenty answers, typed fast, then Undo three times. */
static void
test_twenty_answers_and_undo (void)
{
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RapportContact) sorted = NULL;
  g_autoptr(GString) keys = g_string_new (NULL);
  RapportTriageDialog *dialog;
  RapportWindow *window;
  gint64 order[N_UNSORTED];

  if (!test_can_press_keys ())
    return;

  store = test_open_new_default_store ();
  /* Someone already sorted is never asked about. */
  sorted = test_add_person (store, "Already Sorted");
  rapport_contact_set_closeness (sorted, RAPPORT_CLOSENESS_FRIEND);
  g_assert_true (rapport_store_save_contact (store, sorted, NULL));
  for (guint i = 0; i < N_UNSORTED; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02u", i);

      g_ptr_array_add (people, test_add_person (store, name));
    }
  /* Newest first: the last added is asked about first. */
  for (guint i = 0; i < N_UNSORTED; i++)
    order[i] = rapport_contact_get_id (g_ptr_array_index (people, N_UNSORTED - 1 - i));

  window = test_open_window (store, 1000, 700);
  g_action_group_activate_action (G_ACTION_GROUP (window), "sort-connections", NULL);
  test_wait_until (dialog_shown, window);
  test_settle ();
  dialog = find_dialog (window);
  g_assert_cmpint (rapport_contact_get_id (rapport_triage_dialog_get_shown (dialog)), ==, order[0]);
  g_assert_cmpstr (subtitle (dialog), ==, "25 left");
  g_assert_cmpstr (rapport_triage_dialog_get_announcement (dialog), ==,
                   "How close are you to Person 24? No interactions yet.");
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Person 24"));

  /* 1 2 3 4 5 6 1 2 …: every answer, typed without waiting for the screen. */
  for (guint i = 0; i < N_ANSWERS; i++)
    g_string_append_printf (keys, "%s%u", i ? " " : "", (guint) answer_for (i));
  test_press_keys (window, keys->str);

  for (guint i = 0; i < N_ANSWERS; i++)
    check_answered (store, order[i], i);
  for (guint i = N_ANSWERS; i < N_UNSORTED; i++)
    check_unsorted (store, order[i]);
  g_assert_cmpint (rapport_contact_get_id (rapport_triage_dialog_get_shown (dialog)), ==, order[N_ANSWERS]);
  g_assert_cmpstr (subtitle (dialog), ==, "5 left");
  /* Screen readers heard the last answer, the count and the next question. */
  g_assert_cmpstr (rapport_triage_dialog_get_announcement (dialog), ==,
                   "Person 05: Friend. 5 left. How close are you to Person 04? No interactions yet.");
  {
    int closeness, archived;

    read_from_file (store, rapport_contact_get_id (sorted), &closeness, &archived);
    g_assert_cmpint (closeness, ==, RAPPORT_CLOSENESS_FRIEND);
  }

  /* Ctrl+Z three times: the last three answers are taken back, in the
   * file too, and the earliest of them is asked again. */
  test_press_keys (window, "ctrl+z ctrl+z ctrl+z");
  for (guint i = 0; i < N_ANSWERS - 3; i++)
    check_answered (store, order[i], i);
  for (guint i = N_ANSWERS - 3; i < N_UNSORTED; i++)
    check_unsorted (store, order[i]);
  g_assert_cmpint (rapport_contact_get_id (rapport_triage_dialog_get_shown (dialog)), ==, order[N_ANSWERS - 3]);
  g_assert_cmpstr (subtitle (dialog), ==, "8 left");
  g_assert_cmpstr (rapport_triage_dialog_get_announcement (dialog), ==,
                   "Answer undone. How close are you to Person 07? No interactions yet.");

  /* And answered again, differently. */
  test_press_keys (window, "2");
  {
    int closeness, archived;

    read_from_file (store, order[N_ANSWERS - 3], &closeness, &archived);
    g_assert_cmpint (closeness, ==, RAPPORT_CLOSENESS_FRIEND);
    g_assert_cmpint (archived, ==, FALSE);
  }

  /* Closed, the list leaves out the two archived. */
  adw_dialog_close (ADW_DIALOG (dialog));
  test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rapport_window_get_people (window))), ==,
                    N_UNSORTED + 1 - 2);
  test_close_window (window);
}

/* The card says what Rapport knows: what they do, how you met, the last
 * interaction and the introductions. */
static void
test_card (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = NULL;
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  RapportTriageDialog *dialog;
  RapportWindow *window;
  GtkWidget *friend_button = NULL;
  GtkWidget *grid;
  GtkWidget *row;

  ben = test_add_person (store, "Ben Ng");
  rapport_contact_set_profession (ben, "Product manager");
  rapport_contact_set_company (ben, "Acme");
  rapport_contact_set_how_met (ben, "Through the climbing club");
  g_assert_true (rapport_store_save_contact (store, ben, NULL));
  introduction = rapport_store_introduce (store, rapport_contact_get_id (ben), rapport_contact_get_id (ana),
                                          "Introduced Ben Ng to Ana Silva", NULL, RAPPORT_INTRODUCTION_IN_PERSON,
                                          test_date ("2024-01-10"), &error);
  g_assert_no_error (error);
  lunch = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2024-03-05"), "Talked about the move",
                                IDS (rapport_contact_get_id (ben)));

  window = test_open_window (store, 1000, 700);
  ids = rapport_triage_list_newest (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, rapport_contact_get_id (ben));
  g_action_group_activate_action (G_ACTION_GROUP (window), "sort-connections", NULL);
  test_wait_until (dialog_shown, window);
  test_settle ();
  dialog = find_dialog (window);

  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Ben Ng"));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Product manager at Acme"));
  row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "How You Met");
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Through the climbing club");
  row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Last Interaction");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Call · Talked about the move · "));
  row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Introductions");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Ana Silva");
  row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Tags");
  g_assert_false (gtk_widget_get_visible (row));

  /* What a screen reader finds: each answer named, with its key. */
  grid = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_GRID, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_tooltip_text (child), "Friend") == 0)
      friend_button = child;
  g_assert_nonnull (friend_button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (friend_button), GTK_ACCESSIBLE_PROPERTY_LABEL, "Friend");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (friend_button), GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "2");

  /* The answers through the buttons too; at the end, the end. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "triage.answer", "i", RAPPORT_TRIAGE_ONLINE_ONLY);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "triage.answer", "i", RAPPORT_TRIAGE_SKIP);
  test_settle ();
  g_assert_null (rapport_triage_dialog_get_shown (dialog));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_cmpint (rapport_contact_get_closeness (ben), ==, RAPPORT_CLOSENESS_ONLINE_ONLY);
  g_assert_cmpint (rapport_contact_get_closeness (ana), ==, RAPPORT_CLOSENESS_UNKNOWN);

  adw_dialog_close (ADW_DIALOG (dialog));
  test_settle ();
  test_close_window (window);
}

static gboolean
import_reported (gpointer window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (window);

  return RAPPORT_IS_IMPORT_DIALOG (dialog) && rapport_import_dialog_get_report (RAPPORT_IMPORT_DIALOG (dialog)) != NULL;
}

static gboolean
sort_offered (gpointer window)
{
  GtkWidget *button = test_find_widget (window, GTK_TYPE_BUTTON, "_Sort…");

  return button != NULL && test_is_laid_out (button);
}

/* An import that added people offers to sort them, and sorts those. */
static void
test_after_import (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interop", "linkedin-current.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RapportContact) sorted = test_add_person (store, "Zoe Sorted");
  RapportWindow *window;
  RapportTriageDialog *dialog;
  AdwDialog *import;
  GArray *added;
  gint64 first;

  rapport_contact_set_closeness (sorted, RAPPORT_CLOSENESS_FRIEND);
  g_assert_true (rapport_store_save_contact (store, sorted, NULL));
  window = test_open_window (store, 1000, 700);
  rapport_window_import_file (window, file);
  test_wait_until (import_reported, window);
  import = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  added = rapport_import_report_get_added (rapport_import_dialog_get_report (RAPPORT_IMPORT_DIALOG (import)));
  g_assert_cmpuint (added->len, ==, 4);
  first = g_array_index (added, gint64, 0);
  g_assert_false (sort_offered (window));
  adw_dialog_close (import);
  test_wait_until (sort_offered, window);

  gtk_widget_activate (test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Sort…"));
  test_wait_until (dialog_shown, window);
  test_settle ();
  dialog = find_dialog (window);
  g_assert_cmpuint (rapport_triage_get_n_people (rapport_triage_dialog_get_triage (dialog)), ==, 4);
  /* In the file's order. */
  g_assert_cmpint (rapport_contact_get_id (rapport_triage_dialog_get_shown (dialog)), ==, first);

  adw_dialog_close (ADW_DIALOG (dialog));
  test_settle ();
  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/triage-ui/twenty-answers-and-undo", test_twenty_answers_and_undo);
  g_test_add_func ("/rapport/triage-ui/card", test_card);
  g_test_add_func ("/rapport/triage-ui/after-import", test_after_import);

  return g_test_run ();
}
