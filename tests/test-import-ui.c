/* test-import-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing from the window: the worker thread, the report, Undo, and
 * Cancel; merging people from the report and from a person's page; and
 * Restore… offering the copy kept before a restore — real widgets under
 * the virtual display, a real database.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-import-dialog.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"



static RapportImportDialog *
visible_import_dialog (RapportWindow *window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  return RAPPORT_IS_IMPORT_DIALOG (dialog) ? RAPPORT_IMPORT_DIALOG (dialog) : NULL;
}

static gboolean
import_finished (gpointer window)
{
  RapportImportDialog *dialog = visible_import_dialog (window);
  GtkWidget *failed = dialog ? test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, NULL) : NULL;

  /* A failure would say why on its page: let the test show it. */
  while (failed != NULL && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (failed)), "Nothing Was Imported") != 0)
    failed = NULL;
  if (dialog != NULL && failed == NULL)
    {
      GtkStack *stack = GTK_STACK (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_STACK, NULL));

      if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "failed") == 0)
        g_error ("The import failed: %s",
                 adw_status_page_get_description (ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack))));
    }
  return dialog != NULL && rapport_import_dialog_get_report (dialog) != NULL;
}

static gboolean
no_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) == NULL;
}

static guint
n_people (RapportWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (rapport_window_get_people (window)));
}

static gboolean
has_people (gpointer data)
{
  gpointer *args = data;

  return n_people (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_people (RapportWindow *window,
                 guint          n)
{
  gpointer args[] = { window, GUINT_TO_POINTER (n) };

  test_wait_until (has_people, args);
}

static void
test_import_report_undo (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ada = test_add_person (store, "Ada Lovelace");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interop", "linkedin-current.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportImportDialog *dialog;
  RapportImportReport *report;
  GtkWidget *undo;

  wait_for_people (window, 1);
  rapport_window_import_file (window, file);
  test_wait_until (import_finished, window);
  dialog = visible_import_dialog (window);
  report = rapport_import_dialog_get_report (dialog);

  /* Written on the worker's connection, shown in this window's list. */
  g_assert_cmpuint (rapport_import_report_get_added (report)->len, ==, 4);
  wait_for_people (window, 5);

  /* The report names the row it skipped, and why. */
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                      "Line 11 was skipped: it has no name"));
  /* Ada shares her name with a LinkedIn connection: offered to merge. */
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ada Lovelace"));

  /* Undo takes the whole import back. */
  test_wait_until (test_is_laid_out, test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Undo Import"));
  undo = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Undo Import");
  g_assert_true (gtk_widget_get_visible (undo));
  gtk_widget_activate (undo);
  test_wait_until (no_dialog, window);
  wait_for_people (window, 1);

  test_close_window (window);
}

static void
test_cancel (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ada = test_add_person (store, "Ada Lovelace");
  g_autofree char *dir = g_dir_make_tmp ("rapport-import-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Connections.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
  g_autoptr(GFile) file = NULL;
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportImportDialog *dialog;

  /* Big enough to be still running when Cancel is pressed. */
  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (csv, "Person,Number %u,https://www.linkedin.com/in/p-%u,,Kiln Ltd,Potter,01 Jan 2024\r\n",
                            i, i);
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  file = g_file_new_for_path (path);

  wait_for_people (window, 1);
  rapport_window_import_file (window, file);
  dialog = visible_import_dialog (window);
  g_assert_nonnull (dialog);
  test_wait_until (test_is_laid_out, test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Cancel"));
  g_assert_null (rapport_import_dialog_get_report (dialog));
  gtk_widget_activate (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Cancel"));

  /* The dialog goes, and the database is as it was. */
  test_wait_until (no_dialog, window);
  test_settle ();
  g_assert_cmpuint (n_people (window), ==, 1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
  }

  test_close_window (window);
}

/* The first row under @widget whose title begins with @prefix. */
static GtkWidget *
find_row_starting (GtkWidget  *widget,
                   const char *prefix)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_starting (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) != NULL;
}

/* The copy kept before a restore is offered in Restore…, by its name. */
static void
test_restore_lists_kept_copy (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ada = test_add_person (store, "Ada Lovelace");
  g_autofree char *dir = g_dir_make_tmp ("rapport-restore-ui-XXXXXX", NULL);
  g_autofree char *backup = g_build_filename (dir, "Rapport backup.db", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  RapportWindow *window = test_open_window (store, 1000, 700);
  AdwDialog *dialog;
  GtkWidget *row;

  g_assert_true (rapport_store_back_up (store, backup, &error));
  g_assert_true (rapport_store_restore (store, backup, &kept, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.restore", NULL);
  test_wait_until (has_dialog, window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  row = find_row_starting (GTK_WIDGET (dialog), "Before the Restore on ");
  g_assert_nonnull (row);
  test_wait_until (test_is_laid_out, row);
  {
    g_autofree char *path = g_file_get_path (g_object_get_data (G_OBJECT (row), "file"));

    g_assert_cmpstr (path, ==, kept);
  }

  adw_dialog_close (dialog);
  test_wait_until (no_dialog, window);
  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/import-ui/import-report-undo", test_import_report_undo);
  g_test_add_func ("/rapport/import-ui/cancel", test_cancel);
  g_test_add_func ("/rapport/import-ui/restore-lists-kept-copy", test_restore_lists_kept_copy);

  return g_test_run ();
}
