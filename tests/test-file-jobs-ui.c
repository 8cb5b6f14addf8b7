/* test-file-jobs-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export, Back Up and Restore from the window, on a database of a few
 * thousand generated people: the main loop keeps iterating and the frame
 * clock keeps ticking while they run, Cancel leaves everything as it was,
 * and a toast says how each ended — real widgets under the virtual
 * display, real files.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "rapport-bench-data.h"
#include "rapport-import-dialog.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

#define N_PEOPLE 4000

/* What the main loop did while a job ran. */
typedef struct
{
  gint64 last;
  gint64 longest_gap;
  gint64 longest_ended;
  guint ticks;
  guint frames;
} Watch;

static gboolean
watch_tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (now - watch->last > watch->longest_gap)
    {
      watch->longest_gap = now - watch->last;
      watch->longest_ended = now;
    }
  watch->last = now;
  watch->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
watch_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Watch *watch = data;

  watch->frames++;
  return G_SOURCE_CONTINUE;
}

static gboolean
file_actions_enabled (gpointer window)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), "back-up");
}

/* Whether a toast says @text; and then it is dismissed, for the next. */
static gboolean
shows_toast (RapportWindow *window,
             const char    *text)
{
  GtkWidget *label = test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, text);

  if (label == NULL)
    return FALSE;
  adw_toast_overlay_dismiss_all (ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (label, ADW_TYPE_TOAST_OVERLAY)));
  return TRUE;
}

typedef struct
{
  RapportWindow *window;
  const char *text;
} ToastWait;

static gboolean
toast_shown (gpointer data)
{
  ToastWait *wait = data;

  return shows_toast (wait->window, wait->text);
}

static void
test_wait_until_toast (RapportWindow *window,
                       const char    *text)
{
  ToastWait wait = { window, text };

  test_wait_until (toast_shown, &wait);
}

typedef void (*StartJob) (RapportWindow *window,
                          GFile         *file);

/* Starts a job and runs the main loop until it ends, watching it. */
static void
run_watched (RapportWindow *window,
             StartJob       start,
             GFile         *file,
             Watch         *watch)
{
  gboolean timed_out = FALSE;
  guint tick_id;
  guint frame_id;
  guint timeout_id;
  gint64 started = g_get_monotonic_time ();

  *watch = (Watch) { .last = started };
  tick_id = g_timeout_add (10, watch_tick_cb, watch);
  frame_id = gtk_widget_add_tick_callback (GTK_WIDGET (window), watch_frame_cb, watch, NULL);
  watch->last = g_get_monotonic_time ();

  start (window, file);
  /* Not over yet: it runs on while the window does. */
  g_assert_false (file_actions_enabled (window));
  /* Until the job is over, however long it takes here. */
  timeout_id = g_timeout_add_seconds (60, test_timeout_cb, &timed_out);
  while (!file_actions_enabled (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout_id);

  g_source_remove (tick_id);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), frame_id);
  g_test_message ("%u ticks, %u frames, longest gap %" G_GINT64_FORMAT " ms, ending %" G_GINT64_FORMAT
                  " ms after the start, which took %" G_GINT64_FORMAT " ms",
                  watch->ticks, watch->frames, watch->longest_gap / 1000, (watch->longest_ended - started) / 1000,
                  (g_get_monotonic_time () - started) / 1000);
}

/* The main loop went on while the job ran: its timeout came round and
 * the frame clock drew. Done on the main thread, neither happens until
 * the job is over. (How long it was held up depends on the machine's
 * load: the message above says, and rapport-bench-jobs measures it.) */
static void
assert_kept_drawing (Watch *watch)
{
  g_assert_cmpuint (watch->ticks, >=, 1);
  g_assert_cmpuint (watch->frames, >=, 1);
}

static void
back_up (RapportWindow *window,
         GFile         *file)
{
  rapport_window_back_up_to_file (window, file);
}

static void
export_everyone (RapportWindow *window,
                 GFile         *file)
{
  rapport_window_export_to_file (window, NULL, file);
}

static void
restore (RapportWindow *window,
         GFile         *file)
{
  rapport_window_restore_file (window, file);
}

/* Restore, then Cancel at once, from the progress shown. */
static void
restore_and_cancel (RapportWindow *window,
                    GFile         *file)
{
  AdwDialog *dialog;
  GtkWidget *cancel;

  rapport_window_restore_file (window, file);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (dialog);
  cancel = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Cancel");
  g_assert_nonnull (cancel);
  /* Clicked (activating it would click it only after a moment). */
  g_signal_emit_by_name (cancel, "clicked");
}

static guint
n_people (RapportStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
test_jobs_keep_drawing (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-jobs-ui-XXXXXX", NULL);
  g_autofree char *backup_path = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *export_path = g_build_filename (dir, "everyone.vcf", NULL);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) vcards = g_file_new_for_path (export_path);
  g_autoptr(RapportContact) late = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autofree char *toast = NULL;
  RapportBenchData data = { 0 };
  RapportWindow *window;
  Watch watch;
  guint n;

  g_assert_true (rapport_bench_data_generate (store, N_PEOPLE, 11, &data, &error));
  g_assert_no_error (error);
  n = n_people (store);
  window = test_open_window (store, 1000, 700);

  /* Back Up. */
  run_watched (window, back_up, backup, &watch);
  assert_kept_drawing (&watch);
  {
    g_autoptr(RapportStore) copy = rapport_store_open (backup_path, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n_people (copy), ==, n);
  }
  toast = g_strdup_printf ("Backed up to %s", backup_path);
  test_wait_until_toast (window, toast);

  /* Export. */
  run_watched (window, export_everyone, vcards, &watch);
  assert_kept_drawing (&watch);
  g_assert_true (g_file_test (export_path, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&toast, g_free);
  toast = g_strdup_printf ("Exported %u people", n);
  test_wait_until_toast (window, toast);

  /* Restore, cancelled: the person added since is still there, nothing
   * was kept, and the toast says nothing changed. */
  late = test_add_person (store, "Late Comer");
  run_watched (window, restore_and_cancel, backup, &watch);
  test_wait_until_toast (window, "Restore cancelled: nothing was changed");
  g_assert_cmpuint (n_people (store), ==, n + 1);
  copies = rapport_store_list_restore_copies (store);
  g_assert_cmpuint (copies->len, ==, 0);
  g_clear_pointer (&copies, g_ptr_array_unref);

  /* Restore, whole: the list shows the backup's people. */
  run_watched (window, restore, backup, &watch);
  assert_kept_drawing (&watch);
  g_assert_cmpuint (n_people (store), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rapport_window_get_people (window))), ==, n);
  copies = rapport_store_list_restore_copies (store);
  g_assert_cmpuint (copies->len, ==, 1);

  test_close_window (window);
  rapport_bench_data_clear (&data);
}

static gboolean
import_done (gpointer window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  return RAPPORT_IS_IMPORT_DIALOG (dialog) && rapport_import_dialog_get_report (RAPPORT_IMPORT_DIALOG (dialog));
}

/* An edit still waiting for its autosave is saved when an import starts,
 * not left to wait on the import's transaction. */
static void
test_import_saves_edits_first (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportStore) other = NULL;
  g_autoptr(RapportContact) saved = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-jobs-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "one.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RapportWindow *window;
  RapportPersonPage *page;
  GtkWidget *view;

  g_assert_true (g_file_set_contents (path, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nEND:VCARD\r\n", -1,
                                      NULL));
  window = test_open_window (store, 1000, 700);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rapport_window_get_people_view (window)),
                                             "list.activate-item", "u", 0));
  page = rapport_window_get_person_page (window);
  test_wait_until (test_is_laid_out, page);
  view = test_find_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Met at the fair", -1);

  /* Saved as the import starts: on disk before the main loop runs again. */
  rapport_window_import_file (window, file);
  other = rapport_store_open (rapport_store_get_path (store), NULL);
  saved = rapport_store_get_contact (other, rapport_contact_get_id (ana), NULL);
  g_assert_cmpstr (rapport_contact_get_notes (saved), ==, "Met at the fair");

  test_wait_until (import_done, window);
  g_assert_cmpuint (n_people (store), ==, 2);
  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/file-jobs-ui/keep-drawing", test_jobs_keep_drawing);
  g_test_add_func ("/rapport/file-jobs-ui/import-saves-edits-first", test_import_saves_edits_first);

  return g_test_run ();
}
