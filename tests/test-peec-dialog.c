/* test-peec-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-peec-dialog.h"

static void
test_create (void)
{
  GtkWidget *dialog = g_object_ref_sink (g_object_new (RAPPORT_TYPE_PEEC_DIALOG, NULL));

  g_assert_true (RAPPORT_IS_PEEC_DIALOG (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rapport/peec-dialog/create", test_create);

  return g_test_run ();
}
