/* rapport-ui-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers the widget tests share: finding a widget the way a person would,
 * by kind and words, and waiting, since real widgets do their work in the
 * main loop and a test runs it until what it expects has happened.
 */

#pragma once

#include <adwaita.h>

#include "rapport-sidebar-list.h"
#include "rapport-window.h"

typedef gboolean (*TestCondition) (gpointer data);

/* Long enough for a loaded machine; a test that passes waits far less. */
#define TEST_WAIT_SECONDS 30

static inline gboolean
test_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; after TEST_WAIT_SECONDS the
 * test fails, naming what it waited for. */
#define test_wait_until(condition, data) \
  test_wait_until_full ((condition), (data), #condition, __FILE__, __LINE__, G_STRFUNC)

static inline void
test_wait_until_full (TestCondition  condition,
                      gpointer       data,
                      const char    *what,
                      const char    *file,
                      int            line,
                      const char    *func)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TEST_WAIT_SECONDS, test_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    {
      g_autofree char *message = g_strdup_printf ("waited %d s in vain for %s", TEST_WAIT_SECONDS, what);

      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
  g_source_remove (id);
}

/* Runs what is ready to run (signals, idles, layout), without waiting. */
static inline void
test_run_pending (void)
{
  for (guint i = 0; i < 10000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  GtkWidget *window;
  guint frames;
} TestFrames;

static inline gboolean
test_frame_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  ((TestFrames *) data)->frames++;
  return G_SOURCE_CONTINUE;
}

/* A window hidden meanwhile draws no more, and is done too. */
static inline gboolean
test_frames_drawn (gpointer data)
{
  TestFrames *frames = data;

  return frames->frames >= 2 || !gtk_widget_get_mapped (frames->window);
}

/* Runs what is pending, then waits until every shown window has drawn a
 * frame (two ticks of its clock: a whole frame lies between them), so what
 * was laid out, scrolled or shown in a tick is there; then runs what that
 * made pending. No fixed time: as fast as the machine, never too soon. */
static inline void
test_settle (void)
{
  g_autoptr(GListModel) toplevels = NULL;
  guint n;

  test_run_pending ();
  toplevels = g_object_ref (gtk_window_get_toplevels ());
  n = g_list_model_get_n_items (toplevels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      TestFrames frames = { window, 0 };
      guint id;

      if (!gtk_widget_get_mapped (window))
        continue;
      id = gtk_widget_add_tick_callback (window, test_frame_cb, &frames, NULL);
      gtk_widget_queue_draw (window);
      test_wait_until (test_frames_drawn, &frames);
      gtk_widget_remove_tick_callback (window, id);
    }
  test_run_pending ();
}

/* Runs the main loop for @ms milliseconds. Only for pacing what a person
 * does (keys a moment apart), never to wait for the app: for that,
 * test_wait_until() or test_settle(). */
static inline void
test_settle_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, test_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Animations make timing depend on the machine, and GTK leaks render nodes
 * of a window destroyed mid-animation: tests run without them. */
static inline void
test_disable_animations (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

static inline gboolean
test_is_laid_out (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* The first widget of @type under @widget, itself included, whose words are
 * @title (a row's title, a button's or a label's text), or any with %NULL. */
static inline GtkWidget *
test_find_widget (GtkWidget  *widget,
                  GType       type,
                  const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL ||
       (ADW_IS_PREFERENCES_ROW (widget) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0) ||
       (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), title) == 0) ||
       (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), title) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_find_widget (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A button on screen with this label. */
static inline GtkWidget *
test_find_button (GtkWidget  *widget,
                  const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A main window on @store, shown and laid out. */
static inline RapportWindow *
test_open_window (RapportStore *store,
                  int           width,
                  int           height)
{
  RapportWindow *window = g_object_new (RAPPORT_TYPE_WINDOW,
                                        "store", store,
                                        "default-width", width,
                                        "default-height", height,
                                        NULL);

  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_laid_out, window);
  test_settle ();
  return window;
}

/* The sidebar list of @kind under @widget. */
static inline RapportSidebarList *
test_find_sidebar_list (GtkWidget              *widget,
                        RapportSidebarListKind  kind)
{
  RapportSidebarListKind found_kind;

  if (RAPPORT_IS_SIDEBAR_LIST (widget))
    {
      g_object_get (widget, "kind", &found_kind, NULL);
      if (found_kind == kind)
        return RAPPORT_SIDEBAR_LIST (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      RapportSidebarList *found = test_find_sidebar_list (child, kind);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Closes @window, which must then be freed: nothing may keep it alive. */
static inline void
test_close_window (RapportWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}
