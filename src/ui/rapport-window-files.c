/* rapport-window-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's way in and out for files: Import… and Export…, Back Up…
 * and Restore… (through GtkFileDialog, so through the file chooser portal
 * in the Flatpak, with no file system permission), and files opened with
 * Rapport from the file manager; and the file chooser and "are you sure"
 * that they, and the recovery page, share. Export, Back Up and Restore
 * themselves run in rapport-window-jobs.c.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-duplicates-dialog.h"
#include "rapport-import-dialog.h"
#include "rapport-window-private.h"

typedef struct
{
  RapportWindow *self;
  RapportFileChosenFunc chosen;
  gboolean saving;
} Choice;

static void
file_chosen_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Choice *choice = user_data;
  g_autoptr(RapportWindow) self = choice->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = choice->saving ? gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error)
                        : gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    choice->chosen (self, file);
  else if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    rapport_window_add_toast (self, error->message);
  g_free (choice);
}

/* Asks for a file to open (@initial_name %NULL) or to save, through the
 * portal in the Flatpak, then calls @chosen with it. */
void
rapport_window_choose_file (RapportWindow  *self,
                            const char     *title,
                            const char     *accept_label,
                            GListModel     *filters,
                            const char     *initial_name,
                            RapportFileChosenFunc chosen)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  Choice *choice = g_new0 (Choice, 1);

  choice->self = g_object_ref (self);
  choice->chosen = chosen;
  choice->saving = initial_name != NULL;
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_accept_label (dialog, accept_label);
  if (filters != NULL)
    gtk_file_dialog_set_filters (dialog, filters);
  if (choice->saving)
    {
      gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, file_chosen_cb, choice);
    }
  else
    {
      gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, file_chosen_cb, choice);
    }
}

/* Asks before something that replaces data, with Cancel as the default;
 * @confirmed (AdwAlertDialog *, const char *response, gpointer data) runs
 * only if the user says yes; rapport_window_from_alert() gives the window. */
void
rapport_window_confirm (RapportWindow *self,
                        const char    *heading,
                        const char    *body,
                        const char    *confirm_label,
                        GCallback      confirmed,
                        gpointer       data,
                        GDestroyNotify destroy_data)
{
  AdwDialog *alert = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", C_("files", "_Cancel"),
                                  "confirm", confirm_label,
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "confirm", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_object_set_data_full (G_OBJECT (alert), "rapport-window", g_object_ref (self), g_object_unref);
  g_signal_connect_data (alert, "response::confirm", confirmed, data,
                         (GClosureNotify) (void (*) (void)) destroy_data, 0);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

/* The window that asked with rapport_window_confirm(). */
RapportWindow *
rapport_window_from_alert (AdwAlertDialog *alert)
{
  return g_object_get_data (G_OBJECT (alert), "rapport-window");
}

/* The files Import offers, and Export writes. */
GListModel *
rapport_window_contact_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) vcard = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("Contacts (vCard or CSV)"));
  gtk_file_filter_add_mime_type (all, "text/vcard");
  gtk_file_filter_add_mime_type (all, "text/x-vcard");
  gtk_file_filter_add_mime_type (all, "text/csv");
  gtk_file_filter_add_suffix (all, "vcf");
  gtk_file_filter_add_suffix (all, "csv");
  gtk_file_filter_set_name (vcard, C_("files", "vCard"));
  gtk_file_filter_add_mime_type (vcard, "text/vcard");
  gtk_file_filter_add_mime_type (vcard, "text/x-vcard");
  gtk_file_filter_add_suffix (vcard, "vcf");
  gtk_file_filter_set_name (csv, _("CSV (LinkedIn, Google Contacts)"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");

  g_list_store_append (filters, all);
  g_list_store_append (filters, vcard);
  g_list_store_append (filters, csv);
  return G_LIST_MODEL (filters);
}

/**
 * rapport_window_import_file:
 * @file: a vCard or CSV file
 *
 * Imports @file, showing its progress and then what was done.
 */
void
rapport_window_import_file (RapportWindow *self,
                            GFile         *file)
{
  RapportImportDialog *dialog;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;

  /* An invitation or a calendar: its events are offered to prepare. */
  if (rapport_window_is_calendar_file (file))
    {
      rapport_window_open_calendar_file (self, file);
      return;
    }

  /* Saved now, not while the import holds the database. */
  rapport_window_save_now (self);
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "people");
  dialog = rapport_import_dialog_new (self->store, file);
  rapport_window_offer_sorting (self, dialog);
  rapport_import_dialog_present (dialog, GTK_WIDGET (self));
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  g_autoptr(GListModel) filters = rapport_window_contact_filters ();
  g_autoptr(GtkFileFilter) calendar = gtk_file_filter_new ();

  /* Invitations come in by the same door: their events, to prepare. */
  gtk_file_filter_set_name (calendar, _("Calendar invitations (.ics)"));
  gtk_file_filter_add_mime_type (calendar, "text/calendar");
  gtk_file_filter_add_suffix (calendar, "ics");
  g_list_store_append (G_LIST_STORE (filters), calendar);

  rapport_window_choose_file (user_data, C_("files", "Import Contacts"), C_("files", "_Import"), filters, NULL,
                              rapport_window_import_file);
}

/* Who "Export" writes: the list as it is shown when narrowed down by a
 * search or a filter, else everyone. */
static GArray *
dup_export_ids (RapportWindow *self)
{
  GArray *ids;
  guint n;

  if (!rapport_window_is_filtered (self))
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = rapport_people_model_get_id (self->people, i);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
export_to (RapportWindow *self,
           GFile         *file)
{
  g_autoptr(GArray) ids = dup_export_ids (self);

  rapport_window_export_to_file (self, ids, file);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GListModel) filters = rapport_window_contact_filters ();
  g_autoptr(GArray) ids = dup_export_ids (self);
  g_autofree char *title = NULL;

  if (ids != NULL)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Export %u Person", "Export %u People", ids->len),
                             ids->len);
  rapport_window_choose_file (self, title ? title : C_("files", "Export Everyone"), C_("files", "_Export"), filters,
                              /* Translators: the file name an export suggests; keep the .vcf */
                              C_("files", "Rapport contacts.vcf"), export_to);
}

static void
back_up_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the file name a backup suggests, with the day (2026-11-26); keep the .db */
  g_autofree char *name = g_strdup_printf (_("Rapport backup %s.db"), day);

  rapport_window_choose_file (user_data, _("Back Up Rapport"), C_("files", "_Back Up"), NULL, name,
                              rapport_window_back_up_to_file);
}

static void
restore_confirmed_cb (AdwAlertDialog *alert,
                      const char     *response,
                      GFile          *file)
{
  rapport_window_restore_file (rapport_window_from_alert (alert), file);
}

/* Say what will happen, and that nothing is lost; then do it. */
static void
confirm_restore (RapportWindow *self,
                 GFile         *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = rapport_store_dup_backup_dir (self->store);
  g_autofree char *body = NULL;

  body = g_strdup_printf (_("Everything in Rapport will be replaced by the people, interactions, events "
                            "and statements in “%s”. What is in Rapport now is first kept as a backup "
                            "in %s."), name, folder);
  rapport_window_confirm (self, _("Replace All of Rapport’s Data?"), body, C_("files", "_Replace"),
                          G_CALLBACK (restore_confirmed_cb), g_object_ref (file), g_object_unref);
}

static void
choose_backup_file_cb (RapportWindow *self,
                       GtkWidget     *row)
{
  adw_dialog_close (ADW_DIALOG (gtk_widget_get_ancestor (row, ADW_TYPE_DIALOG)));
  rapport_window_choose_file (self, _("Restore From a Backup"), C_("files", "_Restore"), NULL, NULL, confirm_restore);
}

static void
backup_row_activated_cb (AdwActionRow  *row,
                         RapportWindow *self)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "file");

  g_object_ref (file);
  adw_dialog_close (ADW_DIALOG (gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_DIALOG)));
  confirm_restore (self, file);
  g_object_unref (file);
}

/* A row for one backup: its day (in @before_restore's words for a copy
 * kept before a restore), its time and size. */
static GtkWidget *
backup_row_new (RapportWindow *self,
                const char    *path,
                gboolean       before_restore)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);
  g_autoptr(GDateTime) modified = info ? g_file_info_get_modification_date_time (info) : NULL;
  g_autoptr(GDateTime) local = modified ? g_date_time_to_local (modified) : NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: the day of a backup, see g_date_time_format() */
  day = local ? g_date_time_format (local, _("%A %-d %B %Y")) : g_path_get_basename (path);
  /* Translators: the time of a backup, see g_date_time_format() */
  time = local ? g_date_time_format (local, _("%H:%M")) : g_strdup ("");
  size = g_format_size (info ? (guint64) g_file_info_get_size (info) : 0);
  /* Translators: when a backup was made and how big it is, "09:14 · 2.1 MB" */
  subtitle = g_strdup_printf (_("%s · %s"), time, size);

  if (before_restore)
    {
      /* Translators: a copy of the data kept when a backup was restored,
       * "Before the Restore on Monday 7 December 2026" */
      g_autofree char *title = g_strdup_printf (_("Before the Restore on %s"), day);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "file", g_steal_pointer (&file), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (backup_row_activated_cb), self, 0);
  return row;
}

/* The automatic backups, newest first; the copies kept before each
 * restore, to undo one; and a way to pick any other. */
static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autofree char *dir = rapport_store_dup_backup_dir (self->store);
  g_autoptr(GPtrArray) backups = rapport_store_list_backups (dir);
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *page = adw_preferences_page_new ();
  g_autoptr(GPtrArray) restore_copies = rapport_store_list_restore_copies (self->store);
  GtkWidget *automatic = adw_preferences_group_new ();
  GtkWidget *before_restore = adw_preferences_group_new ();
  GtkWidget *other = adw_preferences_group_new ();
  GtkWidget *choose = adw_button_row_new ();

  adw_dialog_set_title (dialog, _("Restore From a Backup"));
  adw_dialog_set_content_width (dialog, 440);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), adw_header_bar_new ());

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (automatic), C_("files", "Automatic Backups"));
  {
    g_autofree char *shown = g_filename_display_name (dir);
    /* Translators: %s is the folder of the automatic backups */
    g_autofree char *where = g_strdup_printf (backups->len > 0
                                                ? _("Rapport keeps a copy from each of the last seven days it was used, in %s")
                                                : _("None yet: Rapport makes one each day it is used, in %s"),
                                              shown);

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (automatic), where);
  }
  for (guint i = 0; i < backups->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (automatic),
                               backup_row_new (self, g_ptr_array_index (backups, i), FALSE));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (before_restore), _("Kept Before Restoring"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (before_restore),
                                         _("What Rapport held just before each restore: choose one to undo it"));
  gtk_widget_set_visible (before_restore, restore_copies->len > 0);
  for (guint i = 0; i < restore_copies->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (before_restore),
                               backup_row_new (self, g_ptr_array_index (restore_copies, i), TRUE));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (choose), _("_Choose a Backup File…"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (choose), TRUE);
  g_signal_connect_object (choose, "activated", G_CALLBACK (choose_backup_file_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (other), choose);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (automatic));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (before_restore));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (other));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (dialog, view);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
find_duplicates_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  RapportWindow *self = user_data;

  if (self->store == NULL || rapport_store_get_read_only (self->store))
    return;
  adw_dialog_present (ADW_DIALOG (rapport_duplicates_dialog_new (self->store)), GTK_WIDGET (self));
}

static const GActionEntry file_actions[] = {
  { .name = "find-duplicates", .activate = find_duplicates_action },
  { .name = "import", .activate = import_action },
  { .name = "export", .activate = export_action },
  { .name = "back-up", .activate = back_up_action },
  { .name = "restore", .activate = restore_action },
};

void
rapport_window_add_file_actions (RapportWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), file_actions, G_N_ELEMENTS (file_actions), self);
}

