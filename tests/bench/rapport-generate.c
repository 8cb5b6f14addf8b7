/* rapport-generate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a database of fictional people, for trying Rapport at scale:
 *
 *   rapport-generate --people 30000 ~/big.db
 *   RAPPORT_DATA_DIR=~ build-aux/dev run    (with the file named rapport.db)
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "rapport-bench-data.h"

int
main (int   argc,
      char *argv[])
{
  int n_people = 1000;
  int seed = 1;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  RapportBenchData data;
  const GOptionEntry entries[] = {
    { "people", 'n', 0, G_OPTION_ARG_INT, &n_people, "How many people (default 1000)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "The same seed makes the same people (default 1)", "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, "FILE" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("FILE — write a database of fictional people");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rest == NULL || rest[1] != NULL ||
      n_people < 0)
    {
      g_printerr ("%s\n", error ? error->message : "Usage: rapport-generate [--people N] [--seed N] FILE");
      return EXIT_FAILURE;
    }

  if (g_file_test (rest[0], G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists; choose a new file (nothing was written)\n", rest[0]);
      return EXIT_FAILURE;
    }

  store = rapport_store_open (rest[0], &error);
  if (store == NULL || !rapport_bench_data_generate (store, (guint) n_people, (guint32) seed, &data, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("%s: %u people, %u interactions, %u events\n",
           rest[0], data.n_people, data.n_interactions, data.n_events);
  rapport_bench_data_clear (&data);
  return EXIT_SUCCESS;
}
