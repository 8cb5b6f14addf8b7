/* rapport-window-recovery.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the data could not be opened: the actions of the page that says so
 * — try again, open it read-only, restore the newest automatic backup or
 * another, or start over with the file moved aside. The application opens the data and
 * shows it in a new window.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-application.h"
#include "rapport-window-private.h"

/* The newest automatic backup beside the default database, if any. */
char *
rapport_window_dup_latest_backup (void)
{
  g_autofree char *path = rapport_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backups_dir = g_build_filename (dir, "backups", NULL);
  g_autoptr(GPtrArray) backups = rapport_store_list_backups (backups_dir);

  return backups->len > 0 ? g_strdup (g_ptr_array_index (backups, 0)) : NULL;
}

/* From the page saying the data could not be opened. */
static void
open_instead (RapportWindow *self,
              const char    *backup)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!rapport_application_open_instead (RAPPORT_APPLICATION (app), backup, &error))
    rapport_window_add_toast (self, error->message);
}

static void
recover_latest_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  g_autofree char *latest = rapport_window_dup_latest_backup ();

  if (latest != NULL)
    open_instead (user_data, latest);
}

static void
recover_from (RapportWindow *self,
              GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    open_instead (self, path);
  else
    rapport_window_add_toast (self, _("Backups can only be restored from a local folder"));
}

static void
recover_choose_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  rapport_window_choose_file (user_data, _("Restore From a Backup"), C_("recovery dialog", "_Restore"), NULL, NULL, recover_from);
}

static void
start_over_confirmed_cb (AdwAlertDialog *alert)
{
  open_instead (rapport_window_from_alert (alert), NULL);
}

static void
start_over_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  rapport_window_confirm (user_data, _("Start Over With No Data?"),
                          _("The file that could not be opened is moved aside, unchanged, with "
                            "today’s date in its name, and Rapport starts empty. Nothing is deleted."),
                          C_("recovery dialog", "_Start Over"), G_CALLBACK (start_over_confirmed_cb), NULL, NULL);
}

static void
retry_open_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RapportWindow *self = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!rapport_application_reopen (RAPPORT_APPLICATION (app), &error))
    rapport_window_add_toast (self, error->message);
}

static void
open_read_only_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RapportWindow *self = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  if (!rapport_application_open_read_only (RAPPORT_APPLICATION (app), &error))
    rapport_window_add_toast (self, error->message);
}

static const GActionEntry recovery_actions[] = {
  { .name = "open-read-only", .activate = open_read_only_action },
  { .name = "recover-latest", .activate = recover_latest_action },
  { .name = "recover-choose", .activate = recover_choose_action },
  { .name = "start-over", .activate = start_over_action },
  { .name = "retry-open", .activate = retry_open_action },
};

void
rapport_window_add_recovery_actions (RapportWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), recovery_actions, G_N_ELEMENTS (recovery_actions), self);
}
