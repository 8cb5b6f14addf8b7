/* test-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's timeline, as real widgets under the virtual display.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-timeline-view.h"

static void
test_create (void)
{
  GtkWidget *view = g_object_ref_sink (g_object_new (RAPPORT_TYPE_TIMELINE_VIEW, NULL));

  g_assert_true (RAPPORT_IS_TIMELINE_VIEW (view));
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rapport/timeline-view/create", test_create);

  return g_test_run ();
}
