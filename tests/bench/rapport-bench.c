/* rapport-bench.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast the store is at 0, 1,000 and 30,000 people, beside the same work
 * done with plain sqlite3 calls in the same run. Prints medians and ratios;
 * it does not fail on a slow machine — the figures are for people to read.
 *
 *   build-aux/dev bench [--sizes 0,1000,30000] [--runs 15]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "rapport-bench-data.h"
#include "rapport-duplicate.h"
#include "rapport-introduction-match.h"
#include "rapport-people-model.h"
#include "rapport-store-private.h"
#include "rapport-text-fold.h"

#define SEED 20261126
#define GENERATOR_VERSION 2
#define FIRST_ROWS 50
#define VISIBLE_ROWS 20

typedef struct
{
  const char *name;
  double rapport[8];   /* median ms per size */
  double raw[8];
} Measure;

enum {
  M_OPEN,
  M_SEARCH,
  M_TIMELINE,
  M_ADD,
  M_SUGGEST,
  M_HELPED,
  M_PAIRS,
  M_DUPLICATES,
  N_MEASURES
};

static Measure measures[N_MEASURES] = {
  { "Open and show the first 50 people" },
  { "Search, per keystroke (median)" },
  { "Timeline of 1,000 interactions" },
  { "Add one interaction (committed)" },
  { "Who could help one person (median)" },
  { "Whom one person could help (median)" },
  { "Who could help whom among 50 people" },
  { "Find duplicates among everyone" },
};

static guint runs = 15;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* Plain SQLite: the baseline */

static void
fold_function (sqlite3_context  *context,
               int               n_args,
               sqlite3_value   **args)
{
  sqlite3_result_text (context, rapport_text_fold ((const char *) sqlite3_value_text (args[0])),
                       -1, g_free);
}

/* Statements are prepared once per connection, as any careful program does. */
static GHashTable *raw_statements;

static sqlite3_stmt *
raw_prepare (sqlite3    *db,
             const char *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (raw_statements, sql);

  if (stmt == NULL)
    {
      g_assert_cmpint (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL), ==, SQLITE_OK);
      g_hash_table_insert (raw_statements, g_strdup (sql), stmt);
    }
  sqlite3_reset (stmt);
  return stmt;
}

static void
raw_close (sqlite3 *db)
{
  g_hash_table_remove_all (raw_statements);
  sqlite3_close (db);
}

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  const char *checks[] = { "PRAGMA application_id", "PRAGMA user_version", "SELECT count(*) FROM sqlite_schema" };

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 2000);
  sqlite3_create_function_v2 (db, "rapport_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                              fold_function, NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      sqlite3_prepare_v2 (db, checks[i], -1, &stmt, NULL);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }
  sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
                NULL, NULL, NULL);
  return db;
}

static GArray *
raw_ids (sqlite3    *db,
         const char *sql,
         const char *text)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = raw_prepare (db, sql);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  return ids;
}

/* Reads what a row of the list shows, as the store reads a person. */
static void
raw_read_people (sqlite3 *db,
                 GArray  *ids,
                 guint    n)
{
  static const char *sql[] = {
    "SELECT id, uid, display_name, given_name, family_name, nickname, pronouns, profession, "
    "expertise, environment, looking_for, company, how_met, met_at, notes, how_i_can_help, met_on, "
    "birthday, closeness, enjoy, cadence_days, photo, archived, created_at, updated_at, "
    "last_contacted, due_on FROM contact WHERE id = ?1",
    "SELECT kind, label, value FROM contact_field WHERE contact_id = ?1 ORDER BY position",
    "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?1 ORDER BY ct.position",
    "SELECT line FROM contact_vcard_extra WHERE contact_id = ?1 ORDER BY position",
  };
  sqlite3_stmt *stmts[G_N_ELEMENTS (sql)];
  volatile gsize sink = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sql); s++)
    stmts[s] = raw_prepare (db, sql[s]);

  for (guint i = 0; i < MIN (n, ids->len); i++)
    for (guint s = 0; s < G_N_ELEMENTS (sql); s++)
      {
        sqlite3_bind_int64 (stmts[s], 1, g_array_index (ids, gint64, i));
        while (sqlite3_step (stmts[s]) == SQLITE_ROW)
          for (int c = 0; c < sqlite3_column_count (stmts[s]); c++)
            sink += (gsize) sqlite3_column_bytes (stmts[s], c);
        sqlite3_reset (stmts[s]);
      }

  (void) sink;
}

#define RAW_LIST_SQL "SELECT id FROM contact WHERE archived = 0 AND deleted = 0 ORDER BY sort_key, id"
#define RAW_SEARCH_SQL \
  "SELECT c.id FROM contact_search CROSS JOIN contact c ON c.id = contact_search.rowid " \
  "WHERE c.archived = 0 AND c.deleted = 0 AND contact_search MATCH ?1 ORDER BY c.sort_key, c.id"

/* The measurements */

static void
measure_open (const char *path,
              guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint run = 0; run <= runs; run++)
    {
      double start, took;

      {
        g_autoptr(RapportStore) store = NULL;
        g_autoptr(RapportPeopleModel) people = NULL;

        start = now_ms ();
        store = rapport_store_open (path, NULL);
        people = rapport_people_model_new (store);
        for (guint i = 0; i < MIN (FIRST_ROWS, g_list_model_get_n_items (G_LIST_MODEL (people))); i++)
          g_object_unref (g_list_model_get_item (G_LIST_MODEL (people), i));
        took = now_ms () - start;
        if (run > 0)  /* the first run only warms the file cache */
          g_array_append_val (mine, took);
      }

      {
        sqlite3 *db;
        g_autoptr(GArray) ids = NULL;

        start = now_ms ();
        db = raw_open (path);
        ids = raw_ids (db, RAW_LIST_SQL, NULL);
        raw_read_people (db, ids, FIRST_ROWS);
        raw_close (db);
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (theirs, took);
      }
    }

  measures[M_OPEN].rapport[size_index] = rapport_bench_median (mine);
  measures[M_OPEN].raw[size_index] = rapport_bench_median (theirs);
}

static void
measure_search (const char *path,
                const char *typed,
                guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  sqlite3 *db = raw_open (path);

  for (guint run = 0; run <= runs; run++)
    {
      for (const char *end = g_utf8_next_char (typed); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (typed, (gsize) (end - typed));
          g_autofree char *match = rapport_people_model_build_match (prefix);
          double start, took;

          /* A space adds no word: it costs nothing, and is not counted. */
          if (!g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
            {
              start = now_ms ();
              rapport_people_model_set_search_text (people, prefix);
              for (guint i = 0; i < MIN (VISIBLE_ROWS, g_list_model_get_n_items (G_LIST_MODEL (people))); i++)
                g_object_unref (g_list_model_get_item (G_LIST_MODEL (people), i));
              took = now_ms () - start;
              if (run > 0)
                g_array_append_val (mine, took);

              start = now_ms ();
              {
                g_autoptr(GArray) ids = raw_ids (db, RAW_SEARCH_SQL, match);

                raw_read_people (db, ids, VISIBLE_ROWS);
              }
              took = now_ms () - start;
              if (run > 0)
                g_array_append_val (theirs, took);
            }

          if (*end == '\0')
            break;
        }
      rapport_people_model_set_search_text (people, NULL);
    }

  raw_close (db);
  measures[M_SEARCH].rapport[size_index] = rapport_bench_median (mine);
  measures[M_SEARCH].raw[size_index] = rapport_bench_median (theirs);
}

static void
measure_timeline (const char *path,
                  gint64      contact_id,
                  guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  sqlite3 *db = raw_open (path);

  for (guint run = 0; run <= runs; run++)
    {
      double start, took;

      {
        g_autoptr(GListModel) timeline = NULL;
        g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

        start = now_ms ();
        timeline = rapport_store_list_timeline (store, contact_id);
        for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
          g_ptr_array_add (items, g_list_model_get_item (timeline, i));
        took = now_ms () - start;
        g_assert_cmpuint (items->len, >=, 1000);
        if (run > 0)
          g_array_append_val (mine, took);
      }

      {
        g_autoptr(GArray) ids = NULL;
        sqlite3_stmt *row, *links;
        volatile gsize sink = 0;
        g_autofree char *sql = g_strdup_printf (
          "SELECT i.id FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
          "WHERE ic.contact_id = %" G_GINT64_FORMAT " "
          "ORDER BY i.happened_on DESC, coalesce (i.happened_time, '') DESC, i.id DESC", contact_id);

        start = now_ms ();
        ids = raw_ids (db, sql, NULL);
        row = raw_prepare (db, "SELECT kind, happened_on, happened_time, summary, details, follow_up_on "
                               "FROM interaction WHERE id = ?1");
        links = raw_prepare (db, "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?1");
        for (guint i = 0; i < ids->len; i++)
          {
            sqlite3_bind_int64 (row, 1, g_array_index (ids, gint64, i));
            sqlite3_bind_int64 (links, 1, g_array_index (ids, gint64, i));
            while (sqlite3_step (row) == SQLITE_ROW)
              sink += (gsize) sqlite3_column_bytes (row, 3);
            while (sqlite3_step (links) == SQLITE_ROW)
              sink += (gsize) sqlite3_column_int64 (links, 0);
            sqlite3_reset (row);
            sqlite3_reset (links);
          }
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (theirs, took);
        (void) sink;
      }
    }

  raw_close (db);
  measures[M_TIMELINE].rapport[size_index] = rapport_bench_median (mine);
  measures[M_TIMELINE].raw[size_index] = rapport_bench_median (theirs);
}

static void
measure_add (const char *path,
             gint64      contact_id,
             guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  /* The list of people is open in the app, listening. */
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);
  sqlite3 *db = raw_open (path);

  for (guint run = 0; run <= runs; run++)
    {
      double start, took;

      {
        g_autoptr(RapportInteraction) interaction = rapport_interaction_new (RAPPORT_INTERACTION_CALL, NULL);

        rapport_interaction_set_summary (interaction, "Benchmark call about the timber order");
        rapport_interaction_set_contact_ids (interaction, &contact_id, 1);
        start = now_ms ();
        g_assert_true (rapport_store_add_interaction (store, interaction, NULL));
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (mine, took);
      }

      {
        static const char *steps[] = {
          "BEGIN IMMEDIATE",
          "INSERT INTO interaction (kind, happened_on, summary, details, created_at, updated_at) "
          "VALUES (1, date ('now'), 'Benchmark call about the timber order', '', "
          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
          "INSERT INTO interaction_contact (contact_id, interaction_id) VALUES (?1, last_insert_rowid ())",
          "DELETE FROM contact_search WHERE rowid = ?1",
          "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions) "
          "SELECT id, name, company, peec, notes, tags, interactions FROM contact_search_source WHERE id = ?1",
          "COMMIT",
        };

        start = now_ms ();
        for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
          {
            sqlite3_stmt *stmt = raw_prepare (db, steps[i]);

            if (sqlite3_bind_parameter_count (stmt) > 0)
              sqlite3_bind_int64 (stmt, 1, contact_id);
            g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
          }
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (theirs, took);
      }
    }

  raw_close (db);
  measures[M_ADD].rapport[size_index] = rapport_bench_median (mine);
  measures[M_ADD].raw[size_index] = rapport_bench_median (theirs);
}

/* The full-text query under the suggestions: the best 200 matches of what
 * the person looks for in others' offers, and what those offer. */
#define RAW_SUGGEST_SQL \
  "SELECT c.id, c.profession, c.expertise, c.how_i_can_help, c.environment, c.company, c.closeness, c.enjoy " \
  "FROM (SELECT rowid AS id FROM contact_offer_search WHERE contact_offer_search MATCH ?1 ORDER BY rank LIMIT 200) m " \
  "JOIN contact c ON c.id = m.id WHERE c.deleted = 0"

#define SUGGEST_PEOPLE 40

static char *
raw_looking_for_match (sqlite3 *db,
                       gint64   contact_id)
{
  sqlite3_stmt *stmt = raw_prepare (db, "SELECT looking_for FROM contact WHERE id = ?1");
  g_autoptr(GString) match = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    words = rapport_introduction_match_words ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (words == NULL || words[0] == NULL)
    return NULL;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = rapport_text_fold (words[i]);

      g_string_append_printf (match, "%s\"%s\"*", i > 0 ? " OR " : "", folded);
    }
  return g_string_free (g_steal_pointer (&match), FALSE);
}

/* Suggestions for each of the first people who look for something. */
static void
measure_suggest (const char *path,
                 guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  sqlite3 *db = raw_open (path);

  for (guint run = 0; run <= runs; run++)
    for (gint64 id = 1; id <= SUGGEST_PEOPLE; id++)
      {
        g_autofree char *match = raw_looking_for_match (db, id);
        double start, took;

        if (match == NULL)
          continue;

        start = now_ms ();
        {
          g_autoptr(GPtrArray) suggestions = rapport_store_suggest_introductions (store, id, 10, NULL);

          g_assert_nonnull (suggestions);
        }
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (mine, took);

        start = now_ms ();
        {
          sqlite3_stmt *stmt = raw_prepare (db, RAW_SUGGEST_SQL);

          sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            for (int column = 1; column <= 5; column++)
              (void) sqlite3_column_text (stmt, column);
          sqlite3_reset (stmt);
        }
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (theirs, took);
      }

  raw_close (db);
  measures[M_SUGGEST].rapport[size_index] = rapport_bench_median (mine);
  measures[M_SUGGEST].raw[size_index] = rapport_bench_median (theirs);
}

/* The full-text query under the reverse: those whose needs hold a start
 * of a word the person offers, and what they need. */
#define RAW_HELPED_SQL \
  "SELECT c.id, c.looking_for, c.closeness, c.enjoy " \
  "FROM (SELECT rowid AS id FROM contact_need_search WHERE contact_need_search MATCH ?1 ORDER BY rank LIMIT 200) m " \
  "JOIN contact c ON c.id = m.id WHERE c.deleted = 0"

static char *
raw_offers_match (sqlite3 *db,
                  gint64   contact_id)
{
  sqlite3_stmt *stmt = raw_prepare (db, "SELECT profession, expertise, how_i_can_help, '', environment, company "
                                        "FROM contact WHERE id = ?1");
  g_autoptr(GString) match = g_string_new (NULL);
  g_auto(GStrv) terms = NULL;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *offers[RAPPORT_N_OFFERS];

      for (int i = 0; i < RAPPORT_N_OFFERS; i++)
        offers[i] = (const char *) sqlite3_column_text (stmt, i);
      terms = rapport_introduction_need_terms (offers);
    }
  sqlite3_reset (stmt);
  if (terms == NULL || terms[0] == NULL)
    return NULL;
  for (guint i = 0; terms[i] != NULL; i++)
    g_string_append_printf (match, "%s\"%s\"", i > 0 ? " OR " : "", terms[i]);
  return g_string_free (g_steal_pointer (&match), FALSE);
}

/* Whom each of the first people could help. */
static void
measure_helped (const char *path,
                guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  sqlite3 *db = raw_open (path);

  for (guint run = 0; run <= runs; run++)
    for (gint64 id = 1; id <= SUGGEST_PEOPLE; id++)
      {
        g_autofree char *match = raw_offers_match (db, id);
        double start, took;

        if (match == NULL)
          continue;

        start = now_ms ();
        {
          g_autoptr(GPtrArray) helped = rapport_store_suggest_helped (store, id, 10, NULL);

          g_assert_nonnull (helped);
        }
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (mine, took);

        start = now_ms ();
        {
          sqlite3_stmt *stmt = raw_prepare (db, RAW_HELPED_SQL);

          sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
          while (sqlite3_step (stmt) == SQLITE_ROW)
            (void) sqlite3_column_text (stmt, 1);
          sqlite3_reset (stmt);
        }
        took = now_ms () - start;
        if (run > 0)
          g_array_append_val (theirs, took);
      }

  raw_close (db);
  measures[M_HELPED].rapport[size_index] = rapport_bench_median (mine);
  measures[M_HELPED].raw[size_index] = rapport_bench_median (theirs);
}

/* The pairs worth introducing among 50 people, as a briefing finds them
 * from its attendees, beside reading those people's rows. */
static void
measure_pairs (const char *path,
               guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  sqlite3 *db = raw_open (path);

  for (guint run = 0; run <= runs; run++)
    {
      g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
      double start, took;

      start = now_ms ();
      for (gint64 id = 1; id <= 50; id++)
        {
          RapportContact *contact = rapport_store_get_contact (store, id * 7, NULL);

          if (contact != NULL)
            g_ptr_array_add (people, contact);
        }
      {
        g_autoptr(GPtrArray) pairs = rapport_introduction_find_pairs (people, 5);
      }
      took = now_ms () - start;
      if (run > 0)
        g_array_append_val (mine, took);

      start = now_ms ();
      for (gint64 id = 1; id <= 50; id++)
        {
          sqlite3_stmt *stmt = raw_prepare (db, "SELECT * FROM contact WHERE id = ?1");

          sqlite3_bind_int64 (stmt, 1, id * 7);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            for (int column = 0; column < sqlite3_column_count (stmt); column++)
              (void) sqlite3_column_text (stmt, column);
          sqlite3_reset (stmt);
        }
      took = now_ms () - start;
      if (run > 0)
        g_array_append_val (theirs, took);
    }

  raw_close (db);
  measures[M_PAIRS].rapport[size_index] = rapport_bench_median (mine);
  measures[M_PAIRS].raw[size_index] = rapport_bench_median (theirs);
}

/* Find Duplicates over everyone, on the store's connection (the dialog
 * uses a worker's), beside reading the rows it reads. At most 5 runs: it
 * is seconds of work, not milliseconds. */
static void
measure_duplicates (const char *path,
                    guint       size_index)
{
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);
  sqlite3 *db = raw_open (path);
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  guint found = 0;

  for (guint run = 0; run <= MIN (runs, 5); run++)
    {
      const char *reads[] = {
        "SELECT id, display_name, name_prefix, given_name, additional_name, family_name, name_suffix, nickname, "
        "company FROM contact WHERE deleted = 0",
        "SELECT f.contact_id, f.kind, f.value FROM contact_field f JOIN contact c ON c.id = f.contact_id "
        "WHERE c.deleted = 0 AND f.kind IN (0, 1, 2)",
      };
      double start, took;

      clock_t cpu_start = clock ();

      start = now_ms ();
      {
        g_autoptr(GPtrArray) pairs = rapport_store_find_duplicates (store, NULL, NULL);

        found = pairs ? pairs->len : 0;
      }
      took = now_ms () - start;
      if (run > 0)
        g_array_append_val (mine, took);
      /* On a busy machine the processor time says more than the clock. */
      took = (double) (clock () - cpu_start) * 1000.0 / CLOCKS_PER_SEC;
      if (run > 0)
        g_array_append_val (cpu, took);

      start = now_ms ();
      for (guint i = 0; i < G_N_ELEMENTS (reads); i++)
        {
          sqlite3_stmt *stmt = raw_prepare (db, reads[i]);

          while (sqlite3_step (stmt) == SQLITE_ROW)
            for (int column = 0; column < sqlite3_column_count (stmt); column++)
              (void) sqlite3_column_text (stmt, column);
          sqlite3_reset (stmt);
        }
      took = now_ms () - start;
      if (run > 0)
        g_array_append_val (theirs, took);
    }

  raw_close (db);
  g_print ("  find duplicates: %'u pairs, %.0f ms of processor time (median)\n", found, rapport_bench_median (cpu));
  measures[M_DUPLICATES].rapport[size_index] = rapport_bench_median (mine);
  measures[M_DUPLICATES].raw[size_index] = rapport_bench_median (theirs);
}

/* Generated databases are kept beside the build, keyed by size and seed. */
static char *
ensure_database (guint             n_people,
                 RapportBenchData *data)
{
  g_autofree char *dir = g_build_filename (g_get_current_dir (), "_build-release", "bench-data", NULL);
  /* The generator's version is in the name: a changed generator makes new files. */
  g_autofree char *name = g_strdup_printf ("people-%u-seed-%u-v%u.db", n_people, SEED, GENERATOR_VERSION);
  g_autofree char *cached = g_build_filename (dir, name, NULL);
  g_autofree char *work = g_strdup_printf ("%s/work-%u.db", dir, n_people);
  g_autofree char *meta_path = g_strconcat (cached, ".info", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_mkdir_with_parents (dir, 0755);
  memset (data, 0, sizeof *data);

  if (!g_file_test (meta_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(RapportStore) store = NULL;
      g_autofree char *meta = NULL;
      double start = now_ms ();

      g_unlink (cached);
      store = rapport_store_open (cached, &error);
      g_assert_no_error (error);
      g_print ("Generating %'u people… ", n_people);
      fflush (stdout);
      if (!rapport_bench_data_generate (store, n_people, SEED, data, &error))
        g_error ("%s", error->message);
      g_print ("%u interactions, %u events, in %.1f s\n",
               data->n_interactions, data->n_events, (now_ms () - start) / 1000);
      meta = g_strdup_printf ("%u\n%u\n%u\n%" G_GINT64_FORMAT "\n%" G_GINT64_FORMAT "\n%s\n",
                              data->n_people, data->n_interactions, data->n_events,
                              data->busiest_contact_id, data->quiet_contact_id,
                              data->sample_name ? data->sample_name : "");
      g_clear_object (&store);
      g_file_set_contents (meta_path, meta, -1, NULL);
      rapport_bench_data_clear (data);
    }
  else
    {
      /* A file generated before the schema last changed is brought up to
       * date once, as a user's database is, rather than at every run. */
      g_autoptr(RapportStore) store = rapport_store_open (cached, &error);

      g_assert_no_error (error);
    }

  /* Measure a copy, so adding interactions never drifts the cached file. */
  g_assert_true (g_file_get_contents (cached, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (work, contents, (gssize) length, NULL));
  g_clear_pointer (&contents, g_free);

  g_assert_true (g_file_get_contents (meta_path, &contents, NULL, NULL));
  {
    g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

    data->n_people = (guint) g_ascii_strtoull (lines[0], NULL, 10);
    data->n_interactions = (guint) g_ascii_strtoull (lines[1], NULL, 10);
    data->n_events = (guint) g_ascii_strtoull (lines[2], NULL, 10);
    data->busiest_contact_id = g_ascii_strtoll (lines[3], NULL, 10);
    data->quiet_contact_id = g_ascii_strtoll (lines[4], NULL, 10);
    data->sample_name = g_strdup (lines[5]);
  }

  return g_steal_pointer (&work);
}

static void
print_table (const guint *sizes,
             guint        n_sizes)
{
  g_print ("\n| %-36s |", "Median of runs, ms");
  for (guint s = 0; s < n_sizes; s++)
    g_print (" %'7u people: Rapport | SQLite | ratio |", sizes[s]);
  g_print ("\n|%s|", "--------------------------------------");
  for (guint s = 0; s < n_sizes; s++)
    g_print ("-------------------------:|-------:|------:|");
  g_print ("\n");

  for (guint m = 0; m < N_MEASURES; m++)
    {
      g_print ("| %-36s |", measures[m].name);
      for (guint s = 0; s < n_sizes; s++)
        {
          if (measures[m].rapport[s] <= 0)
            g_print (" %24s | %6s | %5s |", "—", "—", "—");
          else
            g_print (" %24.3f | %6.3f | %5.2f |", measures[m].rapport[s], measures[m].raw[s],
                     measures[m].rapport[s] / measures[m].raw[s]);
        }
      g_print ("\n");
    }
}

static void
print_targets (const guint *sizes,
               guint        n_sizes)
{
  int big = -1, thousand = -1;

  for (guint s = 0; s < n_sizes; s++)
    {
      if (sizes[s] == 30000)
        big = (int) s;
      if (sizes[s] == 1000)
        thousand = (int) s;
    }

  g_print ("\nTargets\n");
  if (big >= 0)
    {
      double open = measures[M_OPEN].rapport[big];
      double search = measures[M_SEARCH].rapport[big];
      double suggest = measures[M_SUGGEST].rapport[big];
      double helped = measures[M_HELPED].rapport[big];
      double pairs = measures[M_PAIRS].rapport[big];

      g_print ("  first 50 rows at 30,000 ≤ 20 ms:        %8.3f ms  %s\n", open, open <= 20 ? "met" : "MISSED");
      g_print ("  search per keystroke at 30,000 ≤ 5 ms:  %8.3f ms  %s\n", search, search <= 5 ? "met" : "MISSED");
      g_print ("  who could help one person ≤ 30 ms:      %8.3f ms  %s\n", suggest, suggest <= 30 ? "met" : "MISSED");
      g_print ("  whom one person could help ≤ 30 ms:     %8.3f ms  %s\n", helped, helped <= 30 ? "met" : "MISSED");
      g_print ("  pairs among 50 people ≤ 150 ms:         %8.3f ms  %s\n", pairs, pairs <= 150 ? "met" : "MISSED");
      g_print ("  find duplicates at 30,000 ≤ 2,000 ms:   %8.3f ms  %s (on a worker thread)\n",
               measures[M_DUPLICATES].rapport[big], measures[M_DUPLICATES].rapport[big] <= 2000 ? "met" : "MISSED");
      /* Finding duplicates compares names; reading the rows is no measure of it. */
      for (guint m = 0; m < M_DUPLICATES; m++)
        {
          double ratio = measures[m].rapport[big] / measures[m].raw[big];

          g_print ("  %-36s ≤ 3× SQLite: %5.2f×  %s\n", measures[m].name, ratio, ratio <= 3 ? "met" : "MISSED");
        }
    }
  if (big >= 0 && thousand >= 0)
    {
      double scale = measures[M_OPEN].rapport[big] / measures[M_OPEN].rapport[thousand];

      g_print ("  list at 30,000 ≤ 1.5× list at 1,000:    %5.2f×     %s\n", scale, scale <= 1.5 ? "met" : "MISSED");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes_text = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  guint sizes[8];
  guint n_sizes = 0;
  gboolean prepare = FALSE;
  const GOptionEntry entries[] = {
    { "prepare", 0, 0, G_OPTION_ARG_NONE, &prepare, "Only make the databases the app benchmark uses, or bring them up to date", NULL },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "People counts to measure (default 0,1000,30000)", "N,N,…" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs of each measurement (default 15)", "N" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  raw_statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sqlite3_finalize);
  context = g_option_context_new ("— measure Rapport's store beside plain SQLite");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  parts = g_strsplit (sizes_text ? sizes_text : "0,1000,30000", ",", G_N_ELEMENTS (sizes));
  for (guint i = 0; parts[i] != NULL && n_sizes < G_N_ELEMENTS (sizes); i++)
    sizes[n_sizes++] = (guint) g_ascii_strtoull (parts[i], NULL, 10);

  if (!prepare)
    g_print ("Rapport store benchmark: SQLite %s, %u timed runs each, medians in milliseconds\n",
             sqlite3_libversion (), runs);

  for (guint s = 0; s < n_sizes; s++)
    {
      RapportBenchData data;
      g_autofree char *path = ensure_database (sizes[s], &data);

      if (prepare)
        {
          rapport_bench_data_clear (&data);
          g_unlink (path);
          continue;
        }
      g_print ("%'u people, %'u interactions, %u events", data.n_people, data.n_interactions, data.n_events);
      if (data.sample_name && *data.sample_name)
        g_print ("; typing “%s”", data.sample_name);
      g_print ("\n");

      measure_open (path, s);
      if (data.n_people > 0)
        measure_search (path, data.sample_name, s);
      if (data.busiest_contact_id > 0)
        measure_timeline (path, data.busiest_contact_id, s);
      if (data.quiet_contact_id > 0)
        measure_add (path, data.quiet_contact_id, s);
      if (data.n_people > 0)
        {
          measure_suggest (path, s);
          measure_helped (path, s);
        }
      if (data.n_people >= 350)
        measure_pairs (path, s);
      if (data.n_people > 0)
        measure_duplicates (path, s);

      rapport_bench_data_clear (&data);
      g_unlink (path);
    }

  if (prepare)
    return EXIT_SUCCESS;
  print_table (sizes, n_sizes);
  print_targets (sizes, n_sizes);
  return EXIT_SUCCESS;
}
