/* rapport-window-jobs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export, Back Up and Restore, run as import runs: on a worker thread with
 * a connection of its own, so that the window goes on drawing at 30,000
 * people; a progress bar with Cancel once it takes more than a moment
 * (at once for a restore, which must not meet an edit); Cancel leaves
 * everything as it was; and a toast says how it ended.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-transfer.h"
#include "rapport-window-private.h"
#include "rapport-worker-progress.h"

/* Shorter than this, a progress bar would only flicker. */
#define PROGRESS_DELAY_MS 300

typedef enum {
  JOB_EXPORT,
  JOB_BACK_UP,
  JOB_RESTORE,
} JobKind;

typedef struct
{
  JobKind kind;
  char *db_path;
  GFile *file;
  GArray *ids;                /* for an export: whom, or NULL for everyone */
  RapportExportFormat format;
  AdwDialog *dialog;          /* the progress, shown after a moment */
  GtkProgressBar *progress_bar;
  guint show_id;
  gboolean shown;
  char *kept;                 /* for a restore: the data as it was */
  guint n_written;
} Job;

static const char * const job_actions[] = { "import", "export", "back-up", "restore" };

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_handle_id (&job->show_id, g_source_remove);
  g_clear_object (&job->dialog);
  g_clear_pointer (&job->db_path, g_free);
  g_clear_object (&job->file);
  g_clear_pointer (&job->ids, g_array_unref);
  g_clear_pointer (&job->kept, g_free);
  g_free (job);
}

/* One file job at a time. */
static void
set_file_actions_enabled (RapportWindow *self,
                          gboolean       enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (job_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), job_actions[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  GError *error = NULL;
  gboolean ok = FALSE;

  switch (job->kind)
    {
    case JOB_EXPORT:
      ok = rapport_transfer_export_file (job->db_path, job->ids, job->format, job->file, cancellable,
                                         rapport_worker_progress_cb, job->progress_bar, &job->n_written, &error);
      break;
    case JOB_BACK_UP:
      ok = rapport_store_back_up_file (job->db_path, path, cancellable, rapport_worker_progress_cb, job->progress_bar,
                                       &error);
      break;
    case JOB_RESTORE:
      ok = rapport_store_restore_file (job->db_path, path, cancellable, rapport_worker_progress_cb, job->progress_bar,
                                       &job->kept, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static char *
dup_done_message (Job *job)
{
  g_autofree char *path = g_file_get_path (job->file);
  g_autofree char *shown = g_filename_display_name (path);
  g_autofree char *kept_name = NULL;

  switch (job->kind)
    {
    case JOB_EXPORT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u person", "Exported %u people",
                                           job->n_written),
                              job->n_written);
    case JOB_BACK_UP:
      /* Translators: after Back Up…; %s is the backup file's full path */
      return g_strdup_printf (_("Backed up to %s"), shown);
    case JOB_RESTORE:
      kept_name = g_path_get_basename (job->kept);
      /* Translators: after a restore; %s is the file the replaced data was kept
       * in; "Restore…" is the menu item, "Kept Before Restoring" its group */
      return g_strdup_printf (_("Restored. What was there before is kept as “%s”, under Kept Before Restoring in "
                                "Restore…"),
                              kept_name);
    default:
      g_assert_not_reached ();
    }
}

static const char *
cancelled_message (Job *job)
{
  switch (job->kind)
    {
    case JOB_EXPORT:
      return _("Export cancelled: no file was written");
    case JOB_BACK_UP:
      return _("Backup cancelled: no file was written");
    case JOB_RESTORE:
      return _("Restore cancelled: nothing was changed");
    default:
      g_assert_not_reached ();
    }
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  RapportWindow *self = RAPPORT_WINDOW (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  g_clear_handle_id (&job->show_id, g_source_remove);
  /* Unless it went with a window closed meanwhile. */
  if (job->shown && gtk_widget_get_root (GTK_WIDGET (job->dialog)) != NULL)
    adw_dialog_force_close (job->dialog);
  set_file_actions_enabled (self, TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rapport_window_add_toast (self, cancelled_message (job));
      else
        rapport_window_add_toast (self, error->message);
      return;
    }

  /* Written through another connection: show it here too. */
  if (job->kind == JOB_RESTORE)
    rapport_store_restore_end (self->store);
  done = dup_done_message (job);
  rapport_window_add_toast (self, done);
}

static gboolean
show_dialog_cb (gpointer user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);

  job->show_id = 0;
  job->shown = TRUE;
  adw_dialog_present (job->dialog, GTK_WIDGET (g_task_get_source_object (task)));
  return G_SOURCE_REMOVE;
}

static void
cancel_clicked_cb (GtkWidget    *button,
                   GCancellable *cancellable)
{
  gtk_widget_set_sensitive (button, FALSE);
  g_cancellable_cancel (cancellable);
}

static void
close_attempt_cb (AdwDialog *dialog,
                  GtkWidget *cancel_button)
{
  /* Closing while it runs means stopping it. */
  gtk_widget_activate (cancel_button);
}

/* A progress bar and Cancel, titled @title and @description. */
static AdwDialog *
progress_dialog_new (const char      *title,
                     const char      *description,
                     GCancellable    *cancellable,
                     GtkProgressBar **progress_bar)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  adw_dialog_set_title (dialog, title);
  adw_dialog_set_content_width (dialog, 400);
  adw_dialog_set_can_close (dialog, FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "document-save-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_widget_set_size_request (bar, 240, -1);
  gtk_widget_set_halign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_halign (cancel, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (cancel, "pill");
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), cancellable, 0);
  g_signal_connect_object (dialog, "close-attempt", G_CALLBACK (close_attempt_cb), cancel, 0);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), cancel);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), box);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (dialog, view);
  adw_dialog_set_focus (dialog, cancel);

  *progress_bar = GTK_PROGRESS_BAR (bar);
  return g_object_ref_sink (dialog);
}

static void
start_job (RapportWindow *self,
           Job           *job)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *name = g_file_get_basename (job->file);
  g_autoptr(GTask) task = NULL;
  const char *title;
  g_autofree char *description = NULL;

  switch (job->kind)
    {
    case JOB_EXPORT:
      title = _("Exporting");
      /* Translators: under "Exporting", the file written, "To “Rapport contacts.vcf”" */
      description = g_strdup_printf (_("To “%s”"), name);
      break;
    case JOB_BACK_UP:
      title = _("Backing Up");
      description = g_strdup_printf (_("To “%s”"), name);
      break;
    case JOB_RESTORE:
      title = _("Restoring");
      /* Translators: under "Restoring", the backup read, "From “Rapport backup 2026-12-07.db”" */
      description = g_strdup_printf (_("From “%s”"), name);
      break;
    default:
      g_assert_not_reached ();
    }

  job->db_path = g_strdup (rapport_store_get_path (self->store));
  job->dialog = progress_dialog_new (title, description, cancellable, &job->progress_bar);
  set_file_actions_enabled (self, FALSE);

  task = g_task_new (self, cancellable, job_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, job_free);
  if (job->kind == JOB_RESTORE)
    show_dialog_cb (task);
  else
    job->show_id = g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_DELAY_MS, show_dialog_cb, g_object_ref (task),
                                       g_object_unref);
  g_task_run_in_thread (task, job_thread);
}

/**
 * rapport_window_export_to_file:
 * @ids: (nullable) (element-type gint64): whom to write, or %NULL for
 *   everyone
 * @file: the file to write: CSV if its name ends in .csv, else vCard
 *
 * Exports on a worker thread, with progress and Cancel; a toast says how
 * it ended.
 */
void
rapport_window_export_to_file (RapportWindow *self,
                               GArray        *ids,
                               GFile         *file)
{
  g_autofree char *name = NULL;
  Job *job;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (Job, 1);
  job->kind = JOB_EXPORT;
  job->file = g_object_ref (file);
  job->ids = ids ? g_array_ref (ids) : NULL;
  /* A name without .csv gets vCard, the format that keeps the most. */
  name = g_file_get_basename (file);
  if (!rapport_export_format_for_name (name, &job->format))
    job->format = RAPPORT_EXPORT_FORMAT_VCARD;
  start_job (self, job);
}

/**
 * rapport_window_back_up_to_file:
 * @file: a local file to write (replaced if it exists)
 *
 * Backs up on a worker thread, with progress and Cancel; a toast says how
 * it ended.
 */
void
rapport_window_back_up_to_file (RapportWindow *self,
                                GFile         *file)
{
  g_autofree char *path = NULL;
  Job *job;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      rapport_window_add_toast (self, _("Backups can only be saved to a local folder"));
      return;
    }
  job = g_new0 (Job, 1);
  job->kind = JOB_BACK_UP;
  job->file = g_object_ref (file);
  start_job (self, job);
}

/**
 * rapport_window_restore_file:
 * @file: a local backup, already confirmed
 *
 * Saves what is being edited, then restores @file on a worker thread,
 * with progress and Cancel (which leaves the data as it was); a toast says
 * how it ended.
 */
void
rapport_window_restore_file (RapportWindow *self,
                             GFile         *file)
{
  g_autofree char *path = NULL;
  Job *job;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Saved now, not while the restore holds the database; and whatever was
   * open may no longer exist afterwards. */
  rapport_window_save_now (self);
  rapport_window_show_person (self, NULL);
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      rapport_window_add_toast (self, _("Backups can only be restored from a local folder"));
      return;
    }
  rapport_store_restore_begin (self->store);
  job = g_new0 (Job, 1);
  job->kind = JOB_RESTORE;
  job->file = g_object_ref (file);
  start_job (self, job);
}
