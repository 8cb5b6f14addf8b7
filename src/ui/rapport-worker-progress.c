/* rapport-worker-progress.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How far a job on a worker thread (an import, an export, a backup) has
 * come, shown on a progress bar by the main thread, where GTK runs.
 */

#define G_LOG_DOMAIN "rapport-worker-progress"

#include "config.h"

#include "rapport-worker-progress.h"

typedef struct
{
  GtkProgressBar *progress_bar;
  guint done;
  guint total;
} Progress;

static gboolean
show_progress_cb (gpointer data)
{
  Progress *progress = data;

  if (progress->total > 0)
    gtk_progress_bar_set_fraction (progress->progress_bar, (double) progress->done / progress->total);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->progress_bar);
  g_free (progress);
}

/**
 * rapport_worker_progress_cb:
 * @done: how much is done
 * @total: of how much
 * @progress_bar: the #GtkProgressBar to show it on
 *
 * A #RapportImportProgress for the worker thread: it hands the figures to
 * the main thread, always through an idle there. g_main_context_invoke()
 * would run GTK (and could drop the last reference to a widget) on this
 * thread whenever it caught the main context free.
 */
void
rapport_worker_progress_cb (guint    done,
                            guint    total,
                            gpointer progress_bar)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->progress_bar = g_object_ref (progress_bar);
  progress->done = done;
  progress->total = total;
  g_idle_add_full (G_PRIORITY_DEFAULT, show_progress_cb, progress, progress_free);
}
