/* rapport-keys-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real keys, through the X server (xdotool, XTEST), for the tests that
 * have an X display of their own (own_display_tests in meson.build).
 */

#pragma once

#include <gdk/x11/gdkx.h>

#include "rapport-ui-test-util.h"

/* Whether keys can be pressed here; skips the test if not. */
static inline gboolean
test_can_press_keys (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

  if (path == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs xdotool and an X display to press keys");
      return FALSE;
    }
  return TRUE;
}

static inline gboolean
test_window_is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* @window's X window, as xdotool names it. */
static inline char *
test_window_xid (gpointer window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  char *xid;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  /* Deprecated with the X11 backend; the tests' display is X11. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  G_GNUC_END_IGNORE_DEPRECATIONS
  return xid;
}

/* The keys xdotool sent, handled: it closed its connection, so the server
 * has sent their events, and a round trip brings every one of them. */
static inline void
test_handle_sent_keys (gpointer window)
{
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  test_settle ();
}

/* Presses @keys (X key names such as "shift+Down", separated by spaces)
 * as a person would, a few milliseconds apart, with @window active, and
 * waits until the window has handled them. */
static inline void
test_press_keys (gpointer    window,
                 const char *keys)
{
  g_autofree char *xid = test_window_xid (window);
  g_autofree char *command = g_strdup_printf ("xdotool windowfocus --sync %s key --delay 20 %s", xid, keys);
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  test_wait_until (test_window_is_active, window);
  test_handle_sent_keys (window);
}
