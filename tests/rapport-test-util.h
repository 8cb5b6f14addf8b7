/* rapport-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers the store and model tests share: a fresh folder per test,
 * dates from text, and a look at the file through SQLite's own connection.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>

#include "rapport-store.h"

typedef struct
{
  char *dir;
  char *path;
} TestDir;

static inline void
test_dir_setup (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("rapport-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "rapport.db", NULL);
}

static inline void
test_dir_remove (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  if (listing == NULL)
    return;
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        test_dir_remove (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

static inline void
test_dir_teardown (TestDir       *fixture,
                   gconstpointer  data)
{
  test_dir_remove (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* Points the default database at a new, empty folder, for tests that open
 * it the way the app does. (gtk_test_init() cannot isolate XDG folders:
 * without the system's, GTK cannot load its icons.) */
static inline void
test_use_new_data_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-ui-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_setenv ("RAPPORT_DATA_DIR", dir, TRUE);
}

static inline RapportStore *
test_open_new_default_store (void)
{
  g_autoptr(GError) error = NULL;
  RapportStore *store;

  test_use_new_data_dir ();
  store = rapport_store_open (NULL, &error);
  g_assert_no_error (error);
  return store;
}

static inline RapportStore *
test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  RapportStore *store = rapport_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* One number from the file, read on a connection of its own, as another
 * program would see it. */
static inline gint64
test_raw_int (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* "2024-03-05" as a GDate, for readable tests. */
static inline GDate *
test_date (const char *iso)
{
  static GDate dates[16];
  static guint next;
  GDate *date = &dates[next++ % G_N_ELEMENTS (dates)];
  guint y, m, d;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return date;
}

/* "2024-03-05" moved by @days. */
static inline GDate *
test_date_offset (const char *iso,
                  int         days)
{
  GDate *date = test_date (iso);

  if (days >= 0)
    g_date_add_days (date, (guint) days);
  else
    g_date_subtract_days (date, (guint) -days);
  return date;
}

/* A day relative to today, for the derived "due" dates. */
static inline GDate *
test_days_from_today (int days)
{
  static GDate dates[16];
  static guint next;
  GDate *date = &dates[next++ % G_N_ELEMENTS (dates)];
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

/* Someone called @name, not saved yet, for a test to fill in. */
static inline RapportContact *
test_make_person (const char *name)
{
  RapportContact *contact = rapport_contact_new ();

  rapport_contact_set_display_name (contact, name);
  return contact;
}

/* Adds an email, a phone… after @contact's other fields. */
static inline void
test_add_field (RapportContact   *contact,
                RapportFieldKind  kind,
                const char       *label,
                const char       *value)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *old = rapport_contact_get_fields (contact);

  for (guint i = 0; i < old->len; i++)
    g_ptr_array_add (fields, g_object_ref (g_ptr_array_index (old, i)));
  g_ptr_array_add (fields, rapport_contact_field_new (kind, label, value));
  rapport_contact_set_fields (contact, fields);
}

/* Saves @contact as a new person, which must work; returns it, to be
 * unreferenced as before. */
static inline RapportContact *
test_save_person (RapportStore   *store,
                  RapportContact *contact)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_store_add_contact (store, contact, &error));
  g_assert_no_error (error);
  return contact;
}

static inline RapportContact *
test_add_person (RapportStore *store,
                 const char   *name)
{
  return test_save_person (store, test_make_person (name));
}

/* @contact_ids ends with 0. */
static inline RapportInteraction *
test_add_interaction (RapportStore           *store,
                      RapportInteractionKind  kind,
                      const GDate            *date,
                      const char             *summary,
                      const gint64           *contact_ids)
{
  g_autoptr(GError) error = NULL;
  RapportInteraction *interaction = rapport_interaction_new (kind, date);
  guint n = 0;

  while (contact_ids[n] != 0)
    n++;
  rapport_interaction_set_summary (interaction, summary);
  rapport_interaction_set_contact_ids (interaction, contact_ids, n);
  g_assert_true (rapport_store_add_interaction (store, interaction, &error));
  g_assert_no_error (error);
  return interaction;
}

#define IDS(...) ((const gint64[]) { __VA_ARGS__, 0 })
