/* rapport-bench-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast an import is: a 30,000-row LinkedIn file, a 10,000-card vCard
 * file, and 30,000 cards of different people reusing 1,100 phone numbers
 * (switchboards, family landlines), made by the generator, each imported
 * into an empty database
 * the way the app does it (read, detect, parse, match, write in one
 * transaction), beside the floor — the same rows and their search index
 * written with plain sqlite3 calls in one transaction, already parsed. Each run is a child
 * process of its own, so its peak memory is its own. Prints medians.
 *
 *   build-aux/dev bench            (runs this after the store benchmark)
 *   rapport-bench-import [--runs 5]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "rapport-bench-data.h"
#include "rapport-contact-field.h"
#include "rapport-import.h"
#include "rapport-transfer.h"

#define SEED 20261126
#define LINKEDIN_ROWS 30000
#define VCARD_CARDS 10000
#define SHARED_CARDS 30000
#define SHARED_NUMBERS 1100

static guint runs = 5;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* The CPU time the process has had, user and system, in ms. On a machine
 * shared with other work, an import is runnable but not running for much of
 * its wall time (the kernel counts it preempted hundreds of times, and it
 * never waits for the disk): this is what it cost, whatever the load. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (double) (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
         (double) (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/* The process's peak resident memory, in MiB (VmHWM). */
static double
peak_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}

/* The floor's folding for the search index: SQLite's own lower(). */
static void
lower_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const unsigned char *text = sqlite3_value_text (argv[0]);
  g_autofree char *lower = g_ascii_strdown (text ? (const char *) text : "", -1);

  sqlite3_result_text (context, lower, -1, SQLITE_TRANSIENT);
}

/* The floor: the parsed rows written with plain SQLite, one transaction,
 * with the same search index (one INSERT … SELECT at the end). */
static void
raw_insert (const char *db_path,
            GPtrArray  *people)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *contact = NULL, *field = NULL;

  g_assert_true (sqlite3_open (db_path, &db) == SQLITE_OK);
  sqlite3_create_function (db, "rapport_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                           lower_function, NULL, NULL);
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db,
                      "INSERT INTO contact (uid, display_name, given_name, family_name, company, profession, "
                      "notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                      -1, &contact, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO contact_field (contact_id, position, kind, label, value) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)", -1, &field, NULL);

  for (guint i = 0; i < people->len; i++)
    {
      RapportContact *person = g_ptr_array_index (people, i);
      GPtrArray *fields = rapport_contact_get_fields (person);
      g_autofree char *uid = g_uuid_string_random ();
      gint64 id;

      sqlite3_bind_text (contact, 1, uid, -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 2, rapport_contact_get_display_name (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 3, rapport_contact_get_given_name (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 4, rapport_contact_get_family_name (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 5, rapport_contact_get_company (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 6, rapport_contact_get_profession (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 7, rapport_contact_get_notes (person), -1, SQLITE_STATIC);
      sqlite3_bind_text (contact, 8, "2026-11-26T00:00:00Z", -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (contact), ==, SQLITE_DONE);
      sqlite3_reset (contact);
      id = sqlite3_last_insert_rowid (db);

      for (guint f = 0; f < fields->len; f++)
        {
          RapportContactField *value = g_ptr_array_index (fields, f);

          sqlite3_bind_int64 (field, 1, id);
          sqlite3_bind_int (field, 2, (int) f);
          sqlite3_bind_int (field, 3, rapport_contact_field_get_kind (value));
          sqlite3_bind_text (field, 4, rapport_contact_field_get_label (value), -1, SQLITE_STATIC);
          sqlite3_bind_text (field, 5, rapport_contact_field_get_value (value), -1, SQLITE_STATIC);
          g_assert_cmpint (sqlite3_step (field), ==, SQLITE_DONE);
          sqlite3_reset (field);
        }
    }

  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, "
                                     "interactions) SELECT id, name, company, peec, notes, tags, interactions "
                                     "FROM contact_search_source", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_finalize (contact);
  sqlite3_finalize (field);
  sqlite3_close (db);
}

/* In the child: one measurement, printed as "ms peak-MiB people cpu-ms". */
static int
child (const char *what,
       const char *file_path,
       const char *db_path)
{
  double start, elapsed, cpu_start, cpu;
  guint n_people;

  if (g_str_equal (what, "rapport"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (file_path);
      g_autoptr(RapportImportReport) report = NULL;
      g_autoptr(GError) error = NULL;

      cpu_start = cpu_ms ();
      start = now_ms ();
      report = rapport_transfer_import_file (db_path, file, NULL, NULL, NULL, &error);
      elapsed = now_ms () - start;
      cpu = cpu_ms () - cpu_start;
      if (report == NULL)
        g_error ("%s", error->message);
      n_people = rapport_import_report_get_added (report)->len;
    }
  else
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
      g_autoptr(GPtrArray) people = NULL;
      g_autoptr(GError) error = NULL;
      RapportImportFormat format;
      char *data;
      gsize len;

      g_assert_true (g_file_get_contents (file_path, &data, &len, NULL));
      bytes = g_bytes_new_take (data, len);
      people = rapport_import_read (bytes, &format, problems, &error);
      g_assert_no_error (error);
      cpu_start = cpu_ms ();
      start = now_ms ();
      raw_insert (db_path, people);
      elapsed = now_ms () - start;
      cpu = cpu_ms () - cpu_start;
      n_people = people->len;
    }

  g_print ("%.3f %.1f %u %.3f\n", elapsed, peak_mib (), n_people, cpu);
  return EXIT_SUCCESS;
}

typedef struct
{
  double ms;
  double cpu;
  double peak;
  guint people;
} Result;

/* Runs @what on a fresh empty database, @runs times, in child processes. */
static Result
measure (const char *self_path,
         const char *what,
         const char *file_path,
         const char *empty_db,
         const char *dir)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) peaks = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *db = g_build_filename (dir, "import-work.db", NULL);
  Result result;

  for (guint r = 0; r < runs; r++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *out = NULL;
      g_auto(GStrv) words = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;
      int status;
      double ms, peak, cpu;
      const char *argv[] = { self_path, "--child", what, file_path, db, NULL };

      for (const char *suffix = ""; suffix != NULL;
           suffix = *suffix == '\0' ? "-wal" : g_str_equal (suffix, "-wal") ? "-shm" : NULL)
        {
          g_autofree char *side = g_strconcat (db, suffix, NULL);

          g_unlink (side);
        }
      g_assert_true (g_file_get_contents (empty_db, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (db, contents, (gssize) length, NULL));

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("%s", error->message);
      words = g_strsplit (out, " ", 4);
      g_assert_cmpuint (g_strv_length (words), ==, 4);
      ms = g_ascii_strtod (words[0], NULL);
      peak = g_ascii_strtod (words[1], NULL);
      result.people = (guint) g_ascii_strtoull (words[2], NULL, 10);
      cpu = g_ascii_strtod (words[3], NULL);
      g_array_append_val (times, ms);
      g_array_append_val (peaks, peak);
      g_array_append_val (cpus, cpu);
    }

  result.ms = rapport_bench_median (times);
  result.peak = rapport_bench_median (peaks);
  result.cpu = rapport_bench_median (cpus);
  return result;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *empty_db = NULL;
  g_autofree char *self_path = NULL;
  g_auto(GStrv) child_args = NULL;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs of each import (default 5)", "N" },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING_ARRAY, &child_args, NULL, NULL },
    { NULL }
  };
  const struct {
    const char *name;
    const char *file;
    guint rows;
    GBytes *(*generate) (guint, guint32);
  } files[] = {
    { "LinkedIn Connections.csv", "Connections.csv", LINKEDIN_ROWS, rapport_bench_data_linkedin_csv },
    { "vCard 4.0 file", "contacts.vcf", VCARD_CARDS, rapport_bench_data_vcards },
    { "vCard, 1,100 shared numbers", "shared.vcf", SHARED_CARDS, NULL },
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— measure importing beside plain SQLite");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  /* --child WHAT FILE DB, given as three --child options by the parent. */
  if (child_args != NULL && g_strv_length (child_args) >= 1 && argc >= 3)
    return child (child_args[0], argv[1], argv[2]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  dir = g_build_filename (g_get_current_dir (), "_build-release", "bench-data", NULL);
  g_mkdir_with_parents (dir, 0755);
  empty_db = g_build_filename (dir, "import-empty.db", NULL);
  g_unlink (empty_db);
  {
    g_autoptr(RapportStore) store = rapport_store_open (empty_db, &error);

    g_assert_no_error (error);
  }

  g_print ("\nImport benchmark: %u runs each, medians; the floor writes the same rows and search index, "
           "already parsed, with plain SQLite in one transaction\n\n", runs);
  g_print ("| File | Rows | Rapport s | Rows/s | Peak MiB | Floor s | Floor peak MiB | Ratio | Rapport CPU s | "
           "Floor CPU s | CPU ratio |\n");
  g_print ("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].file, NULL);
      g_autoptr(GBytes) bytes = files[i].generate
                                   ? files[i].generate (files[i].rows, SEED)
                                   : rapport_bench_data_shared_vcards (files[i].rows, SHARED_NUMBERS, SEED);
      Result ours, floor;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                          (gssize) g_bytes_get_size (bytes), NULL));
      ours = measure (self_path, "rapport", path, empty_db, dir);
      floor = measure (self_path, "sqlite", path, empty_db, dir);
      g_print ("| %s | %'u | %.3f | %'.0f | %.1f | %.3f | %.1f | %.2f | %.3f | %.3f | %.2f |\n",
               files[i].name, files[i].rows, ours.ms / 1000, files[i].rows / (ours.ms / 1000), ours.peak,
               floor.ms / 1000, floor.peak, ours.ms / floor.ms, ours.cpu / 1000, floor.cpu / 1000,
               ours.cpu / floor.cpu);
      if (i == 0)
        g_print ("|   target: under 2 s, within 2× of the floor: %s (in CPU time: %s) | | | | | | | | | | |\n",
                 ours.ms < 2000 && ours.ms / floor.ms <= 2 ? "met" : "MISSED",
                 ours.cpu < 2000 && ours.cpu / floor.cpu <= 2 ? "met" : "MISSED");
      /* People who share a number stay apart (docs/identity.md). */
      if (files[i].generate == NULL)
        g_print ("|   people in Rapport afterwards: %'u of %'u cards: %s | | | | | | | | | | |\n",
                 ours.people, files[i].rows, ours.people == files[i].rows ? "met" : "MISSED");
    }

  g_unlink (empty_db);
  return EXIT_SUCCESS;
}
