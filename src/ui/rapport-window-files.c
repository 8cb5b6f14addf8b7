/* rapport-window-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's way in and out for files: Import… and Export…, Back Up…
 * and Restore… (through GtkFileDialog, so through the file chooser portal
 * in the Flatpak, with no file system permission), and files opened with
 * Rapport from the file manager.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-import-dialog.h"
#include "rapport-transfer.h"
#include "rapport-window-private.h"

static void
show_toast (RapportWindow *self,
            const char    *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static GListModel *
contact_filters (void)
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
  gtk_file_filter_set_name (vcard, _("vCard"));
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

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "people");
  dialog = rapport_import_dialog_new (self->store, file);
  rapport_import_dialog_present (dialog, GTK_WIDGET (self));
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RapportWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    rapport_window_import_file (self, file);
  else if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    show_toast (self, error->message);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = contact_filters ();

  gtk_file_dialog_set_title (dialog, _("Import Contacts"));
  gtk_file_dialog_set_accept_label (dialog, _("_Import"));
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, open_done_cb, g_object_ref (self));
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
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RapportWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *done = NULL;
  RapportExportFormat format;
  guint n;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
        show_toast (self, error->message);
      return;
    }

  /* A name without .csv gets vCard, the format that keeps the most. */
  name = g_file_get_basename (file);
  if (!rapport_export_format_for_name (name, &format))
    format = RAPPORT_EXPORT_FORMAT_VCARD;

  ids = dup_export_ids (self);
  if (ids == NULL)
    ids = rapport_store_list_contact_ids (self->store, &error);
  if (ids != NULL)
    bytes = rapport_transfer_export (self->store, ids, format, &error);
  if (bytes == NULL ||
      !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      show_toast (self, error->message);
      return;
    }

  n = ids->len;
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u person", "Exported %u people", n), n);
  show_toast (self, done);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = contact_filters ();
  g_autoptr(GArray) ids = dup_export_ids (self);
  g_autofree char *title = NULL;

  if (ids != NULL)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Export %u Person", "Export %u People", ids->len),
                             ids->len);
  gtk_file_dialog_set_title (dialog, title ? title : _("Export Everyone"));
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  /* Translators: the file name an export suggests; keep the .vcf */
  gtk_file_dialog_set_initial_name (dialog, _("Rapport contacts.vcf"));
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, save_done_cb, g_object_ref (self));
}

static void
back_up_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RapportWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
        show_toast (self, error->message);
      return;
    }

  path = g_file_get_path (file);
  if (path == NULL || !rapport_store_back_up (self->store, path, &error))
    {
      show_toast (self, error ? error->message : _("Backups can only be saved to a local folder"));
      return;
    }
  show_toast (self, _("Backed up"));
}

static void
back_up_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the file name a backup suggests, with the day (2026-11-26); keep the .db */
  g_autofree char *name = g_strdup_printf (_("Rapport backup %s.db"), day);

  gtk_file_dialog_set_title (dialog, _("Back Up Rapport"));
  gtk_file_dialog_set_accept_label (dialog, _("_Back Up"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, back_up_done_cb, g_object_ref (self));
}

static void
restore_response_cb (AdwAlertDialog *alert,
                     const char     *response,
                     RapportWindow  *self)
{
  GFile *file = g_object_get_data (G_OBJECT (alert), "file");
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *kept = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "restore"))
    return;

  /* Whatever was open may no longer exist. */
  rapport_person_page_save_now (self->person_page);
  rapport_event_page_save_now (self->event_page);
  rapport_window_show_person (self, NULL);
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);

  if (path == NULL || !rapport_store_restore (self->store, path, &kept, &error))
    {
      show_toast (self, error ? error->message : _("Backups can only be restored from a local folder"));
      return;
    }

  kept_name = g_path_get_basename (kept);
  /* Translators: after a restore; %s is the file the replaced data was kept in */
  done = g_strdup_printf (_("Restored. What was there before is kept as “%s”"), kept_name);
  show_toast (self, done);
}

static void
restore_open_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(RapportWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  g_autofree char *folder = NULL;
  AdwDialog *alert;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
        show_toast (self, error->message);
      return;
    }

  /* Say what will happen, and that nothing is lost. */
  name = g_file_get_basename (file);
  folder = g_path_get_dirname (rapport_store_get_path (self->store));
  body = g_strdup_printf (_("Everything in Rapport will be replaced by the people, interactions, events "
                            "and statements in “%s”. What is in Rapport now is first kept as a backup "
                            "in %s."), name, folder);
  alert = adw_alert_dialog_new (_("Replace All of Rapport’s Data?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "restore", _("_Replace"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_object_set_data_full (G_OBJECT (alert), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (alert, "response", G_CALLBACK (restore_response_cb), self, 0);
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
restore_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

  gtk_file_dialog_set_title (dialog, _("Restore From a Backup"));
  gtk_file_dialog_set_accept_label (dialog, _("_Restore"));
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, restore_open_done_cb, g_object_ref (self));
}

static const GActionEntry file_actions[] = {
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
