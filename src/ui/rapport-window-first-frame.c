/* rapport-window-first-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's first frame: knowing when it has shown what the window
 * opened on, running what waits for it one item a turn, and reporting it
 * to the app benchmark.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "rapport-window-private.h"

/* Whether the frame just painted shows what the window opened on: the
 * people's rows (or their empty page), or why the data could not be
 * opened. The list's rows may come a frame after the window's first. */
static gboolean
shows_opening (RapportWindow *self)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->people_view));

  return self->people == NULL ||
         g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") != 0 ||
         (row != NULL && gtk_widget_get_mapped (row));
}

/* RAPPORT_REPORT_FIRST_FRAME=1 (for the app benchmark): once a frame has
 * shown the list of people filled (or its empty page), print "first-frame"
 * and the peak resident memory in KiB on stdout, and quit. */
static void
report_first_frame_cb (GdkFrameClock *clock,
                       RapportWindow *self)
{
  g_autofree char *status = NULL;
  const char *peak;

  if (self->people == NULL || !shows_opening (self))
    return;

  g_signal_handlers_disconnect_by_func (clock, report_first_frame_cb, self);
  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  peak = status ? strstr (status, "VmHWM:") : NULL;
  g_print ("first-frame %" G_GINT64_FORMAT "\n", peak ? g_ascii_strtoll (peak + 6, NULL, 10) : (gint64) 0);
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
report_first_frame_map_cb (RapportWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (report_first_frame_cb), self, 0);
}

typedef struct
{
  GSourceOnceFunc func;
  gpointer data;
} AfterFirstFrame;

/* One a turn of the main loop, so that input and frames pass between. */
static gboolean
run_after_first_frame_cb (gpointer data)
{
  RapportWindow *self = data;
  AfterFirstFrame next;

  if (self->after_first_frame->len > 0)
    {
      next = g_array_index (self->after_first_frame, AfterFirstFrame, 0);
      g_array_remove_index (self->after_first_frame, 0);
      next.func (next.data);
    }
  if (self->after_first_frame->len > 0)
    return G_SOURCE_CONTINUE;
  self->after_first_frame_source = 0;
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        RapportWindow *self)
{
  if (!shows_opening (self))
    return;

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  self->first_frame_shown = TRUE;
  if (self->after_first_frame->len > 0 && self->after_first_frame_source == 0)
    self->after_first_frame_source = g_idle_add (run_after_first_frame_cb, self);
}

static void
first_frame_map_cb (RapportWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, first_frame_map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), self, 0);
}

/* Sets up what rapport_window_after_first_frame() keeps; from init. */
void
rapport_window_init_first_frame (RapportWindow *self)
{
  self->after_first_frame = g_array_new (FALSE, FALSE, sizeof (AfterFirstFrame));
}

/* Watches for the first frame once the window is mapped. */
void
rapport_window_watch_first_frame (RapportWindow *self)
{
  if (g_strcmp0 (g_getenv ("RAPPORT_REPORT_FIRST_FRAME"), "1") == 0)
    g_signal_connect (self, "map", G_CALLBACK (report_first_frame_map_cb), NULL);
  g_signal_connect (self, "map", G_CALLBACK (first_frame_map_cb), NULL);
}

/**
 * rapport_window_after_first_frame:
 * @func: what to run
 * @data: its argument, which must live until @func has run or the window
 *   is gone
 *
 * Runs @func once the window's first frame has shown what it opened on
 * (the list of people filled, or why the data could not be opened), in
 * the order asked, one a turn of the main loop; or soon, if that frame is
 * already on screen. For work the first frame does not need: the count
 * of the people due, pages not yet opened, the desktop's address books.
 * Nothing runs if the window goes first.
 */
void
rapport_window_after_first_frame (RapportWindow   *self,
                                  GSourceOnceFunc  func,
                                  gpointer         data)
{
  AfterFirstFrame after = { func, data };

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (func != NULL);
  g_return_if_fail (self->after_first_frame != NULL);

  g_array_append_val (self->after_first_frame, after);
  if (self->first_frame_shown && self->after_first_frame_source == 0)
    self->after_first_frame_source = g_idle_add (run_after_first_frame_cb, self);
}
