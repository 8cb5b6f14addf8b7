/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window under a virtual display.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "rapport-application.h"
#include "rapport-due-button.h"
#include "rapport-shortcuts.h"
#include "rapport-statement-page.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

/* The first descendant of @type that is on screen. */
static GtkWidget *
find_mapped (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_shortcuts (GtkWidget *widget,
                   GType      type,
                   GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, type, found);
}

/* The menu button whose tooltip is @tooltip. */
static GtkMenuButton *
find_menu_button (GtkWidget  *widget,
                  const char *tooltip)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_menu_button (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds for @window, or fails after TEST_WAIT_SECONDS. */
static void
wait_for (GtkWindow  *window,
          gboolean  (*condition) (GtkWindow *window))
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TEST_WAIT_SECONDS, timeout_cb, &timed_out);

  while (!condition (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
is_laid_out (GtkWindow *window)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window)) &&
         gtk_widget_get_width (GTK_WIDGET (window)) > 0;
}

static gboolean
has_breakpoint (GtkWindow *window)
{
  return adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window)) != NULL;
}

static RapportWindow *
create_window (int width,
               int height)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = g_object_new (RAPPORT_TYPE_WINDOW,
                                        "store", store,
                                        "default-width", width,
                                        "default-height", height,
                                        NULL);

  gtk_window_present (GTK_WINDOW (window));
  wait_for (GTK_WINDOW (window), is_laid_out);
  return window;
}

static void
destroy_window (RapportWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_wide (void)
{
  RapportWindow *window = create_window (1200, 800);
  AdwNavigationSplitView *split_view;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Rapport");

  split_view = ADW_NAVIGATION_SPLIT_VIEW (test_find_widget (GTK_WIDGET (window),
                                                           ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL));
  g_assert_nonnull (split_view);
  g_assert_false (adw_navigation_split_view_get_collapsed (split_view));
  /* The default size includes the client-side frame, so allow a few pixels. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, 1150);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (adw_navigation_split_view_get_sidebar (split_view))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (adw_navigation_split_view_get_content (split_view))));
  g_assert_null (adw_application_window_get_current_breakpoint (ADW_APPLICATION_WINDOW (window)));

  destroy_window (window);
}

static void
test_window_narrow (void)
{
  RapportWindow *window = create_window (360, 720);
  AdwNavigationSplitView *split_view;

  wait_for (GTK_WINDOW (window), has_breakpoint);

  split_view = ADW_NAVIGATION_SPLIT_VIEW (test_find_widget (GTK_WIDGET (window),
                                                           ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL));
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  /* Collapsed, the list of people comes first. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (adw_navigation_split_view_get_sidebar (split_view))));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (adw_navigation_split_view_get_content (split_view))));

  destroy_window (window);
}

/* What the first frame does not show, all made once it is on screen. */
static gboolean
first_frame_followed (GtkWindow *window)
{
  GtkWidget *due = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_DUE_BUTTON, NULL);

  return test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_PERSON_PAGE, NULL) != NULL &&
         test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_STATEMENT_PAGE, NULL) != NULL &&
         test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL) != NULL &&
         gtk_menu_button_get_menu_model (find_menu_button (GTK_WIDGET (window), "Sort and Filter")) != NULL &&
         gtk_widget_get_mapped (due) && test_find_widget (due, GTK_TYPE_LABEL, "1") != NULL;
}

/* The window's start-up: what its first frame does not show (the pages,
 * the menus' popovers, the Due count) is made only after that frame, by
 * itself; a menu opened before has its menu all the same. */
static void
test_window_after_first_frame (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  GtkMenuButton *main_menu;

  /* Due: a monthly catch-up, the last one 100 days ago. */
  rapport_contact_set_cadence_days (ana, 30);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-100), "Call",
                               IDS (rapport_contact_get_id (ana)));

  window = g_object_new (RAPPORT_TYPE_WINDOW, "store", store, "default-width", 1200, "default-height", 800, NULL);
  g_assert_null (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_PERSON_PAGE, NULL));
  g_assert_null (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_STATEMENT_PAGE, NULL));
  g_assert_null (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL));
  main_menu = find_menu_button (GTK_WIDGET (window), "Main Menu");
  g_assert_null (gtk_menu_button_get_menu_model (main_menu));
  g_assert_null (gtk_menu_button_get_menu_model (find_menu_button (GTK_WIDGET (window), "Sort and Filter")));
  g_assert_false (gtk_widget_get_visible (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_DUE_BUTTON, NULL)));

  /* Opened at once (F10, a click), the main menu is there. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (main_menu)));
  gtk_menu_button_popup (main_menu);
  g_assert_nonnull (gtk_menu_button_get_menu_model (main_menu));
  gtk_menu_button_popdown (main_menu);

  wait_for (GTK_WINDOW (window), first_frame_followed);
  destroy_window (window);
}

static void
test_window_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  RapportWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 777);
  g_settings_set_int (settings, "window-height", 555);

  window = g_object_new (RAPPORT_TYPE_WINDOW, NULL);
  gtk_widget_get_size_request (GTK_WIDGET (window), &width, &height);
  g_assert_cmpint (width, ==, 360);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);

  /* A new size is saved at once. */
  gtk_window_set_default_size (GTK_WINDOW (window), 901, 602);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 901);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 602);

  destroy_window (window);
}

static void
test_shortcuts_dialog (void)
{
  g_autoptr(GObject) dialog = rapport_shortcuts_build ();

  if (adw_get_minor_version () >= 8)
    {
      g_assert_cmpstr (G_OBJECT_TYPE_NAME (dialog), ==, "AdwShortcutsDialog");
    }
  else
    {
      g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
      GtkWidget *section;
      guint count;
      gboolean saw_quit = FALSE;

      g_assert_cmpstr (G_OBJECT_TYPE_NAME (dialog), ==, "GtkShortcutsWindow");

      /* The window copies every shortcut into its search page: look in our section. */
      section = test_find_widget (GTK_WIDGET (dialog), g_type_from_name ("GtkShortcutsSection"), NULL);
      g_assert_nonnull (section);
      collect_shortcuts (section, g_type_from_name ("GtkShortcutsShortcut"), shortcuts);
      for (guint i = 0; i < shortcuts->len; i++)
        {
          g_autofree char *title = NULL;
          g_autofree char *accel = NULL;

          g_object_get (g_ptr_array_index (shortcuts, i), "title", &title, "accelerator", &accel, NULL);
          if (g_strcmp0 (accel, "<Control>q") == 0)
            saw_quit = g_strcmp0 (title, "Quit") == 0;
        }
      count = shortcuts->len;

      /* 12, and the 7 keys of Sort Your Connections. */
      g_assert_cmpuint (count, ==, 19);
      g_assert_true (saw_quit);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static void
test_application_actions (void)
{
  g_autoptr(RapportApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  GtkWindow *window;
  AdwDialog *about;

  test_use_new_data_dir ();
  app = rapport_application_new ();

  /* A test must never find (or be) the user's running Rapport. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    {
      static const char *names[] = { "about", "shortcuts", "quit" };

      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), names[i]));
    }
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstrv (accels, ((const char *[]) { "<Control>q", NULL }));

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RAPPORT_IS_WINDOW (window));
  wait_for (window, is_laid_out);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ABOUT_DIALOG (about));
  g_assert_cmpstr (adw_about_dialog_get_application_icon (ADW_ABOUT_DIALOG (about)), ==, APP_ID);
  adw_dialog_force_close (about);

  /* Quit closes every window (each saves its state as it goes). */
  g_object_ref (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_finalize_object (window);
}

static gboolean
label_says (GtkWidget  *widget,
            const char *part)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), part) != NULL &&
      gtk_widget_get_mapped (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (label_says (child, part))
      return TRUE;
  return FALSE;
}

static gboolean
button_shown (GtkWidget  *window,
              const char *label)
{
  GtkWidget *button = test_find_widget (window, GTK_TYPE_BUTTON, label);

  return button != NULL && gtk_widget_get_mapped (button);
}

/* Each way the data can fail to open: the window says what happened, that
 * the file was left alone and where, and offers what fits. */
static void
test_window_error_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rapport-error-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.db", NULL);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  enum { TEXT, BYTES, TRUNCATED, NEWER, FOREIGN, READ_ONLY, LOCKED };
  const struct {
    int kind;
    const char *name;
    gboolean retry;
  } cases[] = {
    { TEXT, "not a database", FALSE },
    { BYTES, "random bytes", FALSE },
    { TRUNCATED, "cut short", FALSE },
    { NEWER, "from a newer Rapport", FALSE },
    { FOREIGN, "another program's database", FALSE },
    { READ_ONLY, "a folder that cannot be written", TRUE },
    { LOCKED, "locked by another program", TRUE },
  };

  g_setenv ("RAPPORT_DATA_DIR", dir, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RapportStore) store = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_length = 0, after_length = 0;
      sqlite3 *other = NULL;
      gboolean mounted = FALSE;
      RapportWindow *window;
      AdwStatusPage *page;

      g_test_message ("The data is %s", cases[i].name);
      for (const char *suffix = ""; suffix != NULL;
           suffix = *suffix == '\0' ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
        {
          g_autofree char *side = g_strconcat (path, suffix, NULL);

          g_unlink (side);
        }

      switch (cases[i].kind)
        {
        case TEXT:
          g_assert_true (g_file_set_contents (path, "my shopping list\n", -1, NULL));
          break;
        case BYTES:
          g_assert_true (g_file_set_contents (path, "\x8f\x01\xff\xfe\x00\x13\x37 garbage \x00\x00", 18, NULL));
          break;
        default:
          {
            g_autoptr(RapportStore) made = rapport_store_open (path, &error);

            g_assert_no_error (error);
            for (guint n = 0; n < 300; n++)
              {
                g_autofree char *person = g_strdup_printf ("Person %u with a long enough name", n);
                g_autoptr(RapportContact) contact = test_add_person (made, person);
              }
          }
          break;
        }

      if (cases[i].kind == TRUNCATED)
        {
          g_autofree char *whole = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (path, &whole, &length, NULL));
          g_assert_true (g_file_set_contents (path, whole, (gssize) (length / 2 + 100), NULL));
        }
      else if (cases[i].kind == NEWER || cases[i].kind == FOREIGN || cases[i].kind == LOCKED)
        {
          g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
          if (cases[i].kind == NEWER)
            g_assert_cmpint (sqlite3_exec (other, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
          else if (cases[i].kind == FOREIGN)
            g_assert_cmpint (sqlite3_exec (other, "PRAGMA application_id = 1234", NULL, NULL, NULL), ==, SQLITE_OK);
          else
            g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE",
                                           NULL, NULL, NULL), ==, SQLITE_OK);
          if (cases[i].kind != LOCKED)
            g_clear_pointer (&other, sqlite3_close);
        }
      else if (cases[i].kind == READ_ONLY)
        {
          if (geteuid () != 0 || mount (dir, dir, NULL, MS_BIND, NULL) != 0 ||
              mount (NULL, dir, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL) != 0)
            {
              g_test_message ("cannot make a read-only folder here: skipped");
              umount (dir);
              continue;
            }
          mounted = TRUE;
        }

      g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
      store = rapport_store_open (NULL, &error);
      g_assert_null (store);
      g_assert_nonnull (error);

      window = g_object_new (RAPPORT_TYPE_WINDOW, NULL);
      rapport_window_show_error (window, error);
      gtk_window_present (GTK_WINDOW (window));
      wait_for (GTK_WINDOW (window), is_laid_out);
      page = ADW_STATUS_PAGE (find_mapped (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
      g_assert_nonnull (page);
      g_assert_cmpstr (adw_status_page_get_description (page), ==, error->message);
      g_assert_true (label_says (GTK_WIDGET (window), "The file is at "));
      g_assert_true (label_says (GTK_WIDGET (window), path));
      g_assert_cmpint (button_shown (GTK_WIDGET (window), "_Try Again"), ==, cases[i].retry);
      g_assert_cmpint (button_shown (GTK_WIDGET (window), "Open _Read-Only"), ==, cases[i].kind == READ_ONLY);
      g_assert_true (button_shown (GTK_WIDGET (window), "_Start Over With No Data…"));
      g_assert_true (button_shown (GTK_WIDGET (window), "_Restore a Backup File…"));
      destroy_window (window);

      /* Untouched, byte for byte. */
      g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
      g_assert_cmpmem (after, after_length, before, before_length);

      if (other != NULL)
        sqlite3_close (other);
      if (mounted)
        g_assert_cmpint (umount (dir), ==, 0);
    }

  /* With an automatic backup there, restoring it is offered by its day. */
  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  {
    g_autofree char *backup = g_build_filename (backups, "rapport-2026-11-25.db", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(RapportStore) store = NULL;
    RapportWindow *window;
    GtkWidget *button;

    g_assert_true (g_file_set_contents (backup, "", 0, NULL));
    g_assert_true (g_file_set_contents (path, "my shopping list\n", -1, NULL));
    store = rapport_store_open (NULL, &error);
    g_assert_null (store);
    window = g_object_new (RAPPORT_TYPE_WINDOW, NULL);
    rapport_window_show_error (window, error);
    gtk_window_present (GTK_WINDOW (window));
    wait_for (GTK_WINDOW (window), is_laid_out);
    button = find_mapped (GTK_WIDGET (window), GTK_TYPE_BUTTON);
    g_assert_nonnull (button);
    g_assert_true (label_says (GTK_WIDGET (window), "Restore the _Backup of ") ||
                   label_says (GTK_WIDGET (window), "Restore the Backup of "));
    destroy_window (window);
  }

  g_setenv ("RAPPORT_DATA_DIR", "", TRUE);
}

/* Data opened read-only says so, and offers nothing that would write. */
static void
test_window_read_only (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autofree char *path = g_strdup (rapport_store_get_path (store));
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportStore) looking = NULL;
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  GtkWidget *banner;

  g_clear_object (&ana);
  g_clear_object (&store);
  looking = rapport_store_open_read_only (path, &error);
  g_assert_no_error (error);
  window = test_open_window (looking, 1000, 700);
  banner = test_find_widget (GTK_WIDGET (window), ADW_TYPE_BANNER, NULL);
  g_assert_true (adw_banner_get_revealed (ADW_BANNER (banner)));
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "new-person"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "import"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "search"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rapport_window_get_people (window))), ==, 1);
  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rapport/window/wide", test_window_wide);
  g_test_add_func ("/rapport/window/narrow", test_window_narrow);
  g_test_add_func ("/rapport/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/rapport/window/after-first-frame", test_window_after_first_frame);
  g_test_add_func ("/rapport/window/shortcuts-dialog", test_shortcuts_dialog);
  g_test_add_func ("/rapport/window/application-actions", test_application_actions);
  g_test_add_func ("/rapport/window/read-only", test_window_read_only);
  g_test_add_func ("/rapport/window/error-page", test_window_error_page);

  return g_test_run ();
}
