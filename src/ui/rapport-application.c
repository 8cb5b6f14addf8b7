/* rapport-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-application.h"
#include "rapport-command-line.h"
#include "rapport-due-reminder.h"
#include "rapport-preferences-dialog.h"
#include "rapport-relative-date.h"
#include "rapport-shortcuts.h"
#include "rapport-window.h"

/* How often to look whether the day's reminder is due. */
#define REMINDER_CHECK_SECONDS 60

struct _RapportApplication
{
  AdwApplication parent_instance;

  RapportStore *store;
  GError *store_error;
  GSettings *settings;
  RapportDueReminder *reminder;
  guint reminder_check_id;
  guint backup_id;
  RapportSourceList *calendar_sources;
  RapportCalendarFeed *calendar_feed;
  RapportAddressBookSync *address_book_sync;
  gboolean first_frame_done;
  RapportSourceList *address_book_sources;
};

G_DEFINE_FINAL_TYPE (RapportApplication, rapport_application, ADW_TYPE_APPLICATION)

static void
rapport_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  static const char *developers[] = { "The Rapport developers", NULL };
  RapportApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwDialog *about;

  about = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                        "application-name", _("Rapport"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Rapport developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Rapport helps you keep up with the people you meet, "
                                      "remember what you talked about, find ways to help them, "
                                      "and be ready to say who you are."),
                        "website", "https://github.com/rapportapp/rapport",
                        "issue-url", "https://github.com/rapportapp/rapport/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Rapport developers",
                        /* Translators: Replace "translator-credits" with your name(s), one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  adw_dialog_present (about, window ? GTK_WIDGET (window) : NULL);
}

static void
rapport_application_shortcuts_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    rapport_shortcuts_present (GTK_WIDGET (window));
}

static void
rapport_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  RapportApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_dialog_present (rapport_preferences_dialog_new_with_sources (self->calendar_sources,
                                                                  self->address_book_sources),
                      window ? GTK_WIDGET (window) : NULL);
}

/* From the reminder: the window, with the Due list. */
static void
rapport_application_show_due_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  GApplication *app = user_data;
  GtkWindow *window;

  g_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (RAPPORT_IS_WINDOW (window))
    rapport_window_show_due (RAPPORT_WINDOW (window));
}

static gboolean
rapport_application_check_reminder (gpointer user_data)
{
  RapportApplication *self = user_data;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkWindow *window;
  GDate today;

  rapport_date_set_today (&today);
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (RAPPORT_IS_WINDOW (window))
    rapport_due_reminder_set_calendar_events (self->reminder, rapport_window_get_calendar_events (RAPPORT_WINDOW (window)));
  if (rapport_due_reminder_take (self->reminder, &today, &title, &body))
    {
      g_autoptr(GNotification) notification = g_notification_new (title);

      g_notification_set_body (notification, body);
      g_notification_set_default_action (notification, "app.show-due");
      g_notification_add_button (notification, C_("application", "Show Them"), "app.show-due");
      g_application_send_notification (G_APPLICATION (self), "due", notification);
    }

  return G_SOURCE_CONTINUE;
}

static void
rapport_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  RapportApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window lets it save its state; the app quits with the last. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = rapport_application_about_action },
  { .name = "shortcuts", .activate = rapport_application_shortcuts_action },
  { .name = "preferences", .activate = rapport_application_preferences_action },
  { .name = "show-due", .activate = rapport_application_show_due_action },
  { .name = "quit", .activate = rapport_application_quit_action },
};

/* What runs on the data once it is open. */
static void
rapport_application_store_opened (RapportApplication *self)
{
  g_autoptr(GError) error = NULL;

  /* People deleted in an earlier session can no longer be undone. */
  if (!rapport_store_get_read_only (self->store) && !rapport_store_empty_trash (self->store, &error))
    g_warning ("Could not empty the trash: %s", error->message);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  g_clear_object (&self->reminder);
  self->reminder = rapport_due_reminder_new (self->store, self->settings);
  if (self->reminder_check_id == 0)
    self->reminder_check_id = g_timeout_add_seconds (REMINDER_CHECK_SECONDS,
                                                     rapport_application_check_reminder, self);
}

/* The data is opened once, when the app starts. A file that cannot be
 * opened is left alone and the window says why. */
static void
rapport_application_open_store (RapportApplication *self)
{

  self->store = rapport_store_open (NULL, &self->store_error);
  if (self->store == NULL)
    {
      g_warning ("%s", self->store_error->message);
      return;
    }

  rapport_application_store_opened (self);
}

#define DAILY_BACKUPS_KEPT 7

/* On a worker thread, with a connection of its own: the day's backup. */
static void
daily_backup_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  GDate today;

  store = rapport_store_open (path, &error);
  if (store != NULL)
    {
      dir = rapport_store_dup_backup_dir (store);
      rapport_date_set_today (&today);
      rapport_store_back_up_daily (store, dir, &today, DAILY_BACKUPS_KEPT, &error);
    }
  if (error != NULL)
    g_warning ("Could not make the daily backup: %s", error->message);
  g_task_return_boolean (task, error == NULL);
}

static void
back_up_daily_cb (gpointer data)
{
  RapportApplication *self = data;
  g_autoptr(GTask) task = NULL;

  self->backup_id = 0;
  if (self->store == NULL || rapport_store_get_read_only (self->store))
    return;
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_strdup (rapport_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, daily_backup_thread);
}

/* The day's backup reads the whole database, so it waits until the window
 * is up: at 30,000 people it copied 96 MB while the first frame was being
 * made, on the same disk and processors. */
#define DAILY_BACKUP_DELAY_SECONDS 3

static void
back_up_daily (RapportApplication *self)
{
  if (self->backup_id == 0)
    self->backup_id = g_timeout_add_seconds_once (DAILY_BACKUP_DELAY_SECONDS, back_up_daily_cb, self);
}

/* The desktop's calendars are asked for once the window is drawn, so that
 * EDS (or its absence) never holds up the start; and only once the user
 * has agreed to show them (the feed asks when enabled), so that Rapport
 * does not talk to EDS before. */
/* The desktop's address books likewise: after the first frame, and only
 * once the user agreed (address-books-enabled); the sync then follows the
 * settings itself. One per store: another store opened, another sync. */
static void
update_address_book_sync (RapportApplication *self)
{
  if (!self->first_frame_done || self->address_book_sync != NULL || self->store == NULL ||
      rapport_store_get_read_only (self->store) ||
      !g_settings_get_boolean (self->settings, "address-books-enabled"))
    return;
  self->address_book_sync = rapport_address_book_sync_new (self->store, self->settings);
}

static void
clear_address_book_sync (RapportApplication *self)
{
  if (self->address_book_sync == NULL)
    return;
  g_object_run_dispose (G_OBJECT (self->address_book_sync));
  g_clear_object (&self->address_book_sync);
}

static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  RapportApplication *self = user_data;

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  self->first_frame_done = TRUE;
  g_signal_connect_object (self->settings, "changed::address-books-enabled",
                           G_CALLBACK (update_address_book_sync), self, G_CONNECT_SWAPPED);
  update_address_book_sync (self);
  g_settings_bind (self->settings, "hidden-calendars", self->calendar_feed, "hidden", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "calendars-enabled", self->calendar_feed, "enabled", G_SETTINGS_BIND_GET);
}

static void
rapport_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      RapportApplication *self = RAPPORT_APPLICATION (app);

      window = GTK_WINDOW (rapport_window_new (self, self->store));
      rapport_window_set_calendar_events (RAPPORT_WINDOW (window), G_LIST_MODEL (self->calendar_feed));
      if (self->store_error != NULL)
        rapport_window_show_error (RAPPORT_WINDOW (window), self->store_error);
      /* Once the app is registered, so the notification can go out. */
      if (self->reminder != NULL)
        rapport_application_check_reminder (self);
      if (self->store != NULL)
        back_up_daily (self);
      gtk_window_present (window);
      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (first_frame_cb), self, 0);
      return;
    }

  gtk_window_present (window);
}

/* "Open with Rapport" in the file manager: import the files. */
static void
rapport_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  GtkWindow *window;

  g_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (!RAPPORT_IS_WINDOW (window))
    return;
  for (int i = 0; i < n_files; i++)
    rapport_window_import_file (RAPPORT_WINDOW (window), files[i]);
}

static void
rapport_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (rapport_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  rapport_shortcuts_set_accels (GTK_APPLICATION (app));

  RAPPORT_APPLICATION (app)->calendar_sources = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  RAPPORT_APPLICATION (app)->calendar_feed = rapport_calendar_feed_new (RAPPORT_APPLICATION (app)->calendar_sources);
  RAPPORT_APPLICATION (app)->address_book_sources = rapport_source_list_new (E_SOURCE_EXTENSION_ADDRESS_BOOK);
  rapport_application_open_store (RAPPORT_APPLICATION (app));
}

static void
rapport_application_shutdown (GApplication *app)
{
  RapportApplication *self = RAPPORT_APPLICATION (app);

  G_APPLICATION_CLASS (rapport_application_parent_class)->shutdown (app);

  g_clear_handle_id (&self->reminder_check_id, g_source_remove);
  g_clear_handle_id (&self->backup_id, g_source_remove);
  clear_address_book_sync (self);
  g_clear_object (&self->reminder);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->calendar_feed);
  g_clear_object (&self->calendar_sources);
  g_clear_object (&self->address_book_sources);
}

/* Whether Rapport runs already, asked without registering: that would
 * start the application here, with its window and its database, when it
 * does not. */
static gboolean
is_running (GApplication *app)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", g_application_get_application_id (app)),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);
  return has_owner;
}

/* --import and --export do their work here and exit, without a window. */
static int
rapport_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  const char *path = NULL;

  /* An invitation is for preparing, with the window: opened as "Open
   * With" would. */
  if (g_variant_dict_lookup (options, "import", "^&ay", &path) &&
      (g_str_has_suffix (path, ".ics") || g_str_has_suffix (path, ".ICS")))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GError) error = NULL;

      /* A bad file opens no window; a window already open says why too,
       * as it does for a file opened with Rapport. */
      if (!rapport_command_line_check_calendar (path))
        {
          if (is_running (app) && g_application_register (app, NULL, NULL) && g_application_get_is_remote (app))
            g_application_open (app, &file, 1, "");
          return 1;
        }
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_application_open (app, &file, 1, "");
      return g_application_get_is_remote (app) ? 0 : -1;
    }
  if (path != NULL)
    return rapport_command_line_import (path);
  if (g_variant_dict_lookup (options, "export", "^&ay", &path))
    return rapport_command_line_export (path);

  return G_APPLICATION_CLASS (rapport_application_parent_class)->handle_local_options (app, options);
}

static void
rapport_application_class_init (RapportApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = rapport_application_handle_local_options;
  app_class->activate = rapport_application_activate;
  app_class->open = rapport_application_open;
  app_class->startup = rapport_application_startup;
  app_class->shutdown = rapport_application_shutdown;
}

static void
rapport_application_init (RapportApplication *self)
{
  /* Translators: "FILE" stands for the file name that follows the option
   * in `rapport --help` (--import=FILE), written in capitals by convention. */
  const GOptionEntry entries[] = {
    { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import people from a vCard or CSV file, without opening a window; or open an invitation (.ics) to prepare"), N_("FILE") },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Export everyone to a .vcf (vCard) or .csv file, without opening a window"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

/**
 * rapport_application_new:
 *
 * Returns: (transfer full): the application
 */
RapportApplication *
rapport_application_new (void)
{
  return g_object_new (RAPPORT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/* The data opened at last: a new window shows it, the old one goes. */
static void
rapport_application_use_store (RapportApplication *self,
                               RapportStore       *store,
                               const char         *toast)
{
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));
  RapportWindow *window;

  clear_address_book_sync (self);
  g_set_object (&self->store, store);
  g_clear_error (&self->store_error);
  rapport_application_store_opened (self);
  update_address_book_sync (self);

  window = rapport_window_new (self, self->store);
  rapport_window_set_calendar_events (window, G_LIST_MODEL (self->calendar_feed));
  gtk_window_present (GTK_WINDOW (window));
  if (old != NULL)
    gtk_window_destroy (old);
  if (toast != NULL)
    rapport_window_add_toast (window, toast);
  if (!rapport_store_get_read_only (store))
    back_up_daily (self);
}

/**
 * rapport_application_open_read_only:
 *
 * Opens the data that cannot be written, to look at it.
 *
 * Returns: %TRUE if it opened; else @error says why, and nothing changed
 */
gboolean
rapport_application_open_read_only (RapportApplication  *self,
                                    GError             **error)
{
  g_autoptr(RapportStore) store = NULL;

  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), FALSE);

  store = rapport_store_open_read_only (NULL, error);
  if (store == NULL)
    return FALSE;
  rapport_application_use_store (self, store, NULL);
  return TRUE;
}

/**
 * rapport_application_reopen:
 *
 * Tries again to open the data that could not be opened (it was locked by
 * another program, or could not be written).
 *
 * Returns: %TRUE if it opened; else @error says why, and nothing changed
 */
gboolean
rapport_application_reopen (RapportApplication  *self,
                            GError             **error)
{
  g_autoptr(RapportStore) store = NULL;

  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), FALSE);

  store = rapport_store_open (NULL, error);
  if (store == NULL)
    return FALSE;
  rapport_application_use_store (self, store, NULL);
  return TRUE;
}

/**
 * rapport_application_open_instead:
 * @backup: (nullable): a backup to start from, or %NULL for no data
 *
 * Moves the data that could not be opened aside, unchanged, and starts
 * again from @backup or empty.
 *
 * Returns: %TRUE on success; else @error says why, and nothing changed
 */
gboolean
rapport_application_open_instead (RapportApplication  *self,
                                  const char          *backup,
                                  GError             **error)
{
  g_autoptr(RapportStore) store = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *toast = NULL;

  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), FALSE);

  store = rapport_store_open_instead (NULL, backup, &moved, error);
  if (store == NULL)
    return FALSE;

  if (moved != NULL)
    {
      g_autofree char *name = g_path_get_basename (moved);

      /* Translators: %s is the name the unopened file was given */
      toast = g_strdup_printf (_("The file that could not be opened is kept as “%s”"), name);
    }
  rapport_application_use_store (self, store, toast);
  return TRUE;
}

/**
 * rapport_application_get_calendar_sources:
 *
 * Returns: (transfer none): the desktop's calendars, asked for once the
 *   window is up and the user has agreed to show them
 */
RapportSourceList *
rapport_application_get_calendar_sources (RapportApplication *self)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), NULL);

  return self->calendar_sources;
}

/**
 * rapport_application_get_address_book_sync:
 *
 * Returns: (transfer none) (nullable): the sync with the desktop's address
 *   books, or %NULL while they are not followed
 */
RapportAddressBookSync *
rapport_application_get_address_book_sync (RapportApplication *self)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), NULL);

  return self->address_book_sync;
}

/**
 * rapport_application_get_address_book_sources:
 *
 * Returns: (transfer none): the desktop's address books, asked for when
 *   Preferences opens or the user has agreed to follow them
 */
RapportSourceList *
rapport_application_get_address_book_sources (RapportApplication *self)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), NULL);

  return self->address_book_sources;
}

/**
 * rapport_application_get_calendar_feed:
 *
 * Returns: (transfer none): the events of the desktop's calendars, read
 *   once the window is up and the user has agreed to show them
 */
RapportCalendarFeed *
rapport_application_get_calendar_feed (RapportApplication *self)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (self), NULL);

  return self->calendar_feed;
}
