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

#include "rapport-contact-field.h"
#include "rapport-import-dialog.h"
#include "rapport-merge-dialog.h"
#include "rapport-person-page.h"
#include "rapport-test-util.h"
#include "rapport-vcard-writer.h"
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

static RapportContact *
add_person_at (RapportStore *store,
               const char   *name,
               const char   *company,
               const char   *email)
{
  RapportContact *contact = test_make_person (name);

  rapport_contact_set_company (contact, company);
  if (email != NULL)
    test_add_field (contact, RAPPORT_FIELD_EMAIL, "work", email);
  return test_save_person (store, contact);
}

static char *
dump_person (RapportContact *contact)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_ptr_array_add (people, contact);
  bytes = rapport_vcard_write (people);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The first row under @widget whose subtitle holds @text. */
static GtkWidget *
find_row_saying (GtkWidget  *widget,
                 const char *text)
{
  if (ADW_IS_ACTION_ROW (widget) && adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) != NULL &&
      strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_saying (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_rows_titled (GtkWidget  *widget,
                   const char *title)
{
  guint n = 0;

  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_rows_titled (child, title);
  return n;
}

static RapportMergeDialog *
visible_merge_dialog (RapportWindow *window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  return RAPPORT_IS_MERGE_DIALOG (dialog) ? RAPPORT_MERGE_DIALOG (dialog) : NULL;
}

static gboolean
has_merge_dialog (gpointer window)
{
  return visible_merge_dialog (window) != NULL;
}

static gboolean
no_merge_dialog (gpointer window)
{
  return visible_merge_dialog (window) == NULL;
}

static double
top_of (GtkWidget *widget,
        GtkWidget *ancestor)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, ancestor, &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y;
}

/* Three Ana Silvas: Merge… shows each with her company and email, chooses
 * none for the user, merges into the one chosen; Undo Import takes that
 * back exactly. A short row is reported first. */
static void
test_report_merge_chooser (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) atlas = add_person_at (store, "Ana Silva", "Atlas Freight", "ana@atlas.example");
  g_autoptr(RapportContact) kiln = add_person_at (store, "Ana Silva", "Kiln Ltd", "ana@kiln.example");
  g_autoptr(RapportContact) orbit = add_person_at (store, "Ana Silva", "Orbit Media", "ana@orbit.example");
  g_autofree char *dir = g_dir_make_tmp ("rapport-import-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Connections.csv", NULL);
  static const char csv[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ana,Silva,https://www.linkedin.com/in/ana-kiln,,Kiln Ltd,Potter,10 Dec 2015\r\n"
    "Only,Three,https://cols\r\n";
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = dump_person (kiln);
  g_autofree char *after = NULL;
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportImportDialog *dialog;
  RapportMergeDialog *chooser;
  GtkWidget *problem, *row, *merge, *choice;

  g_assert_true (g_file_set_contents (path, csv, sizeof csv - 1, NULL));
  file = g_file_new_for_path (path);
  wait_for_people (window, 3);
  rapport_window_import_file (window, file);
  test_wait_until (import_finished, window);
  dialog = visible_import_dialog (window);

  /* The skipped line, above the people to decide on. */
  problem = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                              "Line 3 was skipped: it has 3 columns where the header has 7");
  g_assert_nonnull (problem);
  row = find_row_saying (GTK_WIDGET (dialog), "same name as 3 people in Rapport");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Kiln Ltd"));
  test_wait_until (test_is_laid_out, row);
  g_assert_cmpfloat (top_of (problem, GTK_WIDGET (dialog)), <, top_of (row, GTK_WIDGET (dialog)));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Keep All Apart"));

  /* Merge… asks whom, showing what tells them apart. */
  gtk_widget_activate (test_find_widget (row, GTK_TYPE_BUTTON, "_Merge…"));
  test_wait_until (has_merge_dialog, window);
  chooser = visible_merge_dialog (window);
  g_assert_cmpuint (count_rows_titled (GTK_WIDGET (chooser), "Ana Silva"), ==, 3);
  g_assert_nonnull (find_row_saying (GTK_WIDGET (chooser), "Atlas Freight · ana@atlas.example"));
  g_assert_nonnull (find_row_saying (GTK_WIDGET (chooser), "Orbit Media · ana@orbit.example"));
  merge = test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_BUTTON, "_Merge");
  g_assert_false (gtk_widget_get_sensitive (merge));
  choice = find_row_saying (GTK_WIDGET (chooser), "Kiln Ltd · ana@kiln.example");
  test_wait_until (test_is_laid_out, choice);
  gtk_widget_activate (choice);
  test_wait_until ((TestCondition) gtk_widget_get_sensitive, merge);
  g_assert_nonnull (find_row_saying (GTK_WIDGET (chooser), "Kiln Ltd · ana@kiln.example"));
  gtk_widget_activate (merge);
  test_wait_until (no_merge_dialog, window);

  /* Into the one chosen, and no other. */
  g_assert_cmpstr (rapport_contact_get_profession (kiln), ==, "Potter");
  g_assert_cmpstr (rapport_contact_get_profession (atlas), ==, "");
  g_assert_cmpstr (rapport_contact_get_profession (orbit), ==, "");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Merged into Ana Silva"));
  wait_for_people (window, 3);

  /* Undo Import: as she was. */
  gtk_widget_activate (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Undo Import"));
  test_wait_until (no_dialog, window);
  wait_for_people (window, 3);
  after = dump_person (kiln);
  g_assert_cmpstr (after, ==, before);

  test_close_window (window);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* Keep All Apart leaves them as they are and says so. */
static void
test_report_keep_apart (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interop", "shared-directory.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportImportDialog *dialog;
  GtkWidget *row, *keep_apart;

  rapport_window_import_file (window, file);
  test_wait_until (import_finished, window);
  dialog = visible_import_dialog (window);
  wait_for_people (window, 8);

  /* Erik shares the family mailbox with Anna: offered, with why. */
  row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Erik Berg");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "shares Berg.Family@mail.example with Anna Berg"));
  row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Đorđe Petrović");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "shares +44 20 7946 0000 with Margaret Okafor and 4 others"));

  keep_apart = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Keep All Apart");
  test_wait_until (test_is_laid_out, keep_apart);
  gtk_widget_activate (keep_apart);
  test_wait_until (is_hidden, row);
  g_assert_cmpuint (n_people (window), ==, 8);
  gtk_widget_activate (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Done"));
  test_wait_until (no_dialog, window);
  g_assert_cmpuint (n_people (window), ==, 8);

  test_close_window (window);
}

static gboolean
has_choice (gpointer window)
{
  RapportMergeDialog *chooser = visible_merge_dialog (window);

  return chooser != NULL && find_row_saying (GTK_WIDGET (chooser), "+44 20 7946 0018") != NULL;
}

/* Merge With… on a person's page: find the other, see what is kept,
 * merge, and Undo from the toast. */
static void
test_merge_with_from_page (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person_at (store, "Ana Silva", "Kiln Ltd", "ana@kiln.example");
  g_autoptr(RapportContact) twin = add_person_at (store, "A. Silva", "", NULL);
  g_autoptr(RapportContact) ben = add_person_at (store, "Ben Ng", "", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportPersonPage *page = rapport_window_get_person_page (window);
  RapportMergeDialog *chooser;
  GtkWidget *search, *choice, *merge, *undo;

  {
    g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "mobile", "+44 20 7946 0018"));
    rapport_contact_set_fields (twin, fields);
    g_assert_true (rapport_store_save_contact (store, twin, &error));
  }
  before = dump_person (ana);
  wait_for_people (window, 3);
  rapport_person_page_set_contact (page, ana);
  test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.merge-with", NULL));
  test_wait_until (has_merge_dialog, window);
  chooser = visible_merge_dialog (window);
  search = test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "Silva");
  test_wait_until (has_choice, window);
  /* Not herself. */
  g_assert_null (find_row_saying (GTK_WIDGET (chooser), "ana@kiln.example"));
  choice = find_row_saying (GTK_WIDGET (chooser), "+44 20 7946 0018");
  test_wait_until (test_is_laid_out, choice);
  gtk_widget_activate (choice);
  merge = test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_BUTTON, "_Merge");
  test_wait_until ((TestCondition) gtk_widget_get_sensitive, merge);
  gtk_widget_activate (merge);
  test_wait_until (no_merge_dialog, window);

  wait_for_people (window, 2);
  g_assert_cmpuint (rapport_contact_get_fields (ana)->len, ==, 2);

  /* The usual Undo toast. */
  test_wait_until (test_is_laid_out, test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"));
  undo = test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  gtk_widget_activate (undo);
  wait_for_people (window, 3);
  after = dump_person (ana);
  g_assert_cmpstr (after, ==, before);

  test_close_window (window);
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
  g_test_add_func ("/rapport/import-ui/report-merge-chooser", test_report_merge_chooser);
  g_test_add_func ("/rapport/import-ui/report-keep-apart", test_report_keep_apart);
  g_test_add_func ("/rapport/import-ui/merge-with-from-page", test_merge_with_from_page);

  return g_test_run ();
}
