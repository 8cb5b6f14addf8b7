/* rapport-bench-floor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor of the app benchmark: the least a libadwaita app with
 * Rapport's shape does before its first frame — an AdwApplicationWindow
 * holding an AdwNavigationSplitView, nothing else. Started the same way as
 * Rapport (RAPPORT_REPORT_FIRST_FRAME=1), it prints "first-frame" and its
 * peak resident memory in KiB once its first frame is painted, and quits,
 * so that build-aux/bench-startup.py can print Rapport's start-up and
 * memory as a ratio to it.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

static void
report_first_frame_cb (GdkFrameClock *clock,
                       GtkWidget     *window)
{
  g_autofree char *status = NULL;
  const char *peak;

  g_signal_handlers_disconnect_by_func (clock, report_first_frame_cb, window);
  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  peak = status ? strstr (status, "VmHWM:") : NULL;
  g_print ("first-frame %" G_GINT64_FORMAT "\n", peak ? g_ascii_strtoll (peak + 6, NULL, 10) : (gint64) 0);
  fflush (stdout);
  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (report_first_frame_cb), window);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  AdwNavigationSplitView *split = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());

  adw_navigation_split_view_set_sidebar (split, adw_navigation_page_new (adw_toolbar_view_new (), "Sidebar"));
  adw_navigation_split_view_set_content (split, adw_navigation_page_new (adw_toolbar_view_new (), "Content"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), GTK_WIDGET (split));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  if (g_strcmp0 (g_getenv ("RAPPORT_REPORT_FIRST_FRAME"), "1") == 0)
    g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* Unique, as Rapport is: it registers on the session bus the same way. */
  app = adw_application_new ("io.github.rapportapp.RapportFloor", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
