/* rapport-window-bulk-job.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tagging or untagging many people writes their search rows again (tags
 * are searched): at 30,000 people, seconds of work. It runs as export
 * does, on a worker thread with a connection of its own, so that the
 * window goes on drawing, behind a dialog that says so once it takes more
 * than a moment (and keeps edits from meeting it); still one transaction.
 * Then the window's store reads the people again and tells every list.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-window-private.h"

/* Shorter than this, a dialog would only flicker. */
#define DIALOG_DELAY_MS 300

typedef struct
{
  RapportBulkJobKind kind;
  char *db_path;
  GArray *ids;
  char *tag;
  RapportBulkChange *undo;
  RapportBulkJobDone done;
  AdwDialog *dialog;
  guint show_id;
} BulkJob;

static void
bulk_job_free (gpointer data)
{
  BulkJob *job = data;

  g_clear_handle_id (&job->show_id, g_source_remove);
  g_clear_object (&job->dialog);
  g_free (job->db_path);
  g_clear_pointer (&job->ids, g_array_unref);
  g_free (job->tag);
  g_clear_pointer (&job->undo, rapport_bulk_change_unref);
  g_free (job);
}

static void
bulk_job_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BulkJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (job->db_path, &error);
  RapportBulkChange *change = NULL;

  if (store != NULL)
    {
      switch (job->kind)
        {
        case RAPPORT_BULK_JOB_TAG:
          change = rapport_store_bulk_tag (store, job->ids, job->tag, &error);
          break;
        case RAPPORT_BULK_JOB_UNTAG:
          change = rapport_store_bulk_untag (store, job->ids, job->tag, &error);
          break;
        case RAPPORT_BULK_JOB_UNDO:
          if (rapport_store_bulk_undo (store, job->undo, &error))
            change = rapport_bulk_change_ref (job->undo);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (change == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, change, (GDestroyNotify) rapport_bulk_change_unref);
}

static void
bulk_job_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RapportWindow *self = RAPPORT_WINDOW (source);
  BulkJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;

  change = g_task_propagate_pointer (G_TASK (result), &error);
  g_clear_handle_id (&job->show_id, g_source_remove);
  adw_dialog_force_close (job->dialog);
  self->bulk_running = FALSE;

  /* Closed meanwhile: the change is saved, nobody is left to tell. */
  if (self->store == NULL || self->people_selection == NULL)
    return;

  /* Written by another connection: the people in use are read again, and
   * every list hears of it once. */
  if (change != NULL)
    rapport_store_reload_contacts (self->store, rapport_bulk_change_get_ids (change));
  job->done (self, job->kind, change, error);
}

static gboolean
show_dialog_cb (gpointer user_data)
{
  GTask *task = user_data;
  BulkJob *job = g_task_get_task_data (task);

  job->show_id = 0;
  adw_dialog_present (job->dialog, GTK_WIDGET (g_task_get_source_object (task)));
  return G_SOURCE_REMOVE;
}

static AdwDialog *
busy_dialog_new (RapportBulkJobKind kind)
{
  AdwDialog *dialog = adw_dialog_new ();
  GtkWidget *page = adw_status_page_new ();
  const char *title;

  switch (kind)
    {
    case RAPPORT_BULK_JOB_TAG:
      title = C_("selection", "Tagging");
      break;
    case RAPPORT_BULK_JOB_UNTAG:
      title = C_("selection", "Removing the Tag");
      break;
    case RAPPORT_BULK_JOB_UNDO:
    default:
      title = C_("selection", "Undoing");
      break;
    }

  adw_dialog_set_title (dialog, title);
  adw_dialog_set_content_width (dialog, 360);
  adw_dialog_set_can_close (dialog, FALSE);
  adw_status_page_set_paintable (ADW_STATUS_PAGE (page), GDK_PAINTABLE (adw_spinner_paintable_new (page)));
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Rapport updates its search for each of them too: with many people, this "
                                     "takes a few seconds"));
  adw_dialog_set_child (dialog, page);
  return g_object_ref_sink (dialog);
}

/**
 * rapport_window_run_bulk_job:
 * @ids: (nullable) (element-type gint64): whom, for a tag
 * @tag: (nullable): the tag to give or take
 * @undo: (nullable): for %RAPPORT_BULK_JOB_UNDO, the change to undo
 * @done: called on the main thread with the change, or the error
 *
 * Tags, untags or undoes one of those on a worker thread. One at a time:
 * see rapport_window_bulk_job_running().
 */
void
rapport_window_run_bulk_job (RapportWindow      *self,
                             RapportBulkJobKind  kind,
                             GArray             *ids,
                             const char         *tag,
                             RapportBulkChange  *undo,
                             RapportBulkJobDone  done)
{
  BulkJob *job = g_new0 (BulkJob, 1);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (!self->bulk_running);

  /* Nothing waits to be written on this connection while the other one
   * holds the file. */
  rapport_window_save_now (self);

  job->kind = kind;
  job->db_path = g_strdup (rapport_store_get_path (self->store));
  job->ids = ids != NULL ? g_array_ref (ids) : NULL;
  job->tag = g_strdup (tag);
  job->undo = undo != NULL ? rapport_bulk_change_ref (undo) : NULL;
  job->done = done;
  job->dialog = busy_dialog_new (kind);
  self->bulk_running = TRUE;

  task = g_task_new (self, NULL, bulk_job_done_cb, NULL);
  g_task_set_source_tag (task, rapport_window_run_bulk_job);
  g_task_set_task_data (task, job, bulk_job_free);
  job->show_id = g_timeout_add_full (G_PRIORITY_DEFAULT, DIALOG_DELAY_MS, show_dialog_cb, g_object_ref (task),
                                     g_object_unref);
  g_task_run_in_thread (task, bulk_job_thread);
}
