/* test-store-open.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening real files: the ones the store must refuse without changing a
 * byte, and the ones written by every earlier schema version, which it must
 * bring up to date with nothing lost.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include "rapport-people-model.h"
#include "rapport-test-util.h"

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* A real Rapport file with enough people to fill many pages. */
static void
make_database (const char *path,
               guint       n_people)
{
  g_autoptr(RapportStore) store = rapport_store_open (path, NULL);

  g_assert_nonnull (store);
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u with a long enough name to take room", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);

      (void) contact;
    }
}

/* Opens @path, expects @code, and checks the file is byte for byte as it was. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, RAPPORT_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  /* The message names the file, in words a person can act on. */
  g_assert_nonnull (strstr (error->message, "rapport.db"));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_text_file (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "These are my notes about people, not a database.\n");
  g_assert_true (g_file_set_contents (fixture->path, text->str, (gssize) text->len, NULL));
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_random_bytes (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) bytes, sizeof bytes, NULL));
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_NOT_A_DATABASE);

  /* Random bytes behind a valid-looking header are damage, not a database. */
  memcpy (bytes, "SQLite format 3", 16);
  g_assert_true (g_file_set_contents (fixture->path, (const char *) bytes, sizeof bytes, NULL));
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_CORRUPT);
}

static void
test_truncated (TestDir       *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  make_database (fixture->path, 300);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);

  /* Cut at a page boundary, as a full disk or an interrupted copy would. */
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) (length / 2 / 4096 * 4096), NULL));
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_CORRUPT);

  /* And in the middle of a page. */
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) (length / 2 + 100), NULL));
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_CORRUPT);
}

static void
test_newer_version (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;

  make_database (fixture->path, 3);
  raw_exec (fixture->path, "PRAGMA user_version = 99");
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_TOO_NEW);

  store = rapport_store_open (fixture->path, &error);
  g_assert_nonnull (strstr (error->message, "newer version of Rapport"));
}

static void
test_foreign_database (TestDir       *fixture,
                       gconstpointer  data)
{
  raw_exec (fixture->path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                           "INSERT INTO moz_places (url) VALUES ('https://example.org')");
  assert_refused (fixture->path, RAPPORT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_read_only_folder (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  gboolean mounted = FALSE;

  make_database (fixture->path, 3);

  /* Root ignores permission bits; a read-only bind mount stops root too. */
  if (geteuid () == 0)
    {
      if (mount (fixture->dir, fixture->dir, NULL, MS_BIND, NULL) != 0 ||
          mount (NULL, fixture->dir, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL) != 0)
        {
          g_test_skip_printf ("running as root without the right to mount: %s", g_strerror (errno));
          umount (fixture->dir);
          return;
        }
      mounted = TRUE;
    }
  else
    {
      g_assert_no_errno (g_chmod (fixture->dir, 0500));
    }

  store = rapport_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* It can still be looked at: read, searched, never written. */
  {
    g_autofree char *before = file_checksum (fixture->path);
    g_autofree char *after = NULL;
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    g_autoptr(RapportStore) looking = rapport_store_open_read_only (fixture->path, &error);
    g_autoptr(RapportPeopleModel) people = NULL;
    g_autoptr(RapportContact) someone = NULL;

    g_assert_no_error (error);
    g_assert_true (rapport_store_get_read_only (looking));
    people = rapport_people_model_new (looking);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 3);
    rapport_people_model_set_search_text (people, "person 2");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >=, 1);
    someone = g_list_model_get_item (G_LIST_MODEL (people), 0);
    rapport_contact_set_notes (someone, "a change");
    g_assert_false (rapport_store_save_contact (looking, someone, &error));
    g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY);
    g_clear_error (&error);
    g_clear_object (&people);
    g_clear_object (&someone);
    g_clear_object (&looking);
    after = file_checksum (fixture->path);
    g_assert_cmpstr (after, ==, before);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  if (mounted)
    g_assert_no_errno (umount (fixture->dir));
  else
    g_assert_no_errno (g_chmod (fixture->dir, 0700));

  /* Writable again, it opens as before. */
  g_clear_error (&error);
  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

/* A disk that fills up while Rapport writes: the write that does not fit
 * is refused with a message saying so, everything before it stays, and
 * the file is whole. */
static void
test_disk_full (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  guint saved = 0;

  if (geteuid () != 0 || mount ("rapport-test", fixture->dir, "tmpfs", 0, "size=2m") != 0)
    {
      g_test_skip_printf ("cannot mount a small disk here: %s", geteuid () == 0 ? g_strerror (errno) : "not root");
      return;
    }

  while (note->len < 20000)
    g_string_append (note, "Notes that take room on a small disk. ");

  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autoptr(RapportContact) contact = rapport_contact_new ();

      rapport_contact_set_display_name (contact, name);
      rapport_contact_set_notes (contact, note->str);
      if (!rapport_store_add_contact (store, contact, &error))
        break;
      saved++;
    }
  g_assert_cmpuint (saved, >, 0);
  g_assert_cmpuint (saved, <, 1000);
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "full"));
  g_test_message ("%u people saved before the disk was full: %s", saved, error->message);
  g_clear_error (&error);
  g_clear_object (&store);

  /* Opened again: whole, with everyone saved. */
  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, saved);
  }
  g_clear_object (&store);
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  g_assert_no_errno (umount (fixture->dir));
}

static void
test_locked (TestDir       *fixture,
             gconstpointer  data)
{
  sqlite3 *holder = NULL;

  make_database (fixture->path, 3);

  /* Another program holding the file exclusively. */
  g_assert_cmpint (sqlite3_open (fixture->path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  assert_refused (fixture->path, RAPPORT_STORE_ERROR_LOCKED);

  /* Once it lets go, the file opens. */
  sqlite3_close (holder);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (store);
  }
}

/* A crash during a checkpoint: page 1 (with the new page count) reached the
 * file, the rest is still in the write-ahead log. SQLite recovers; Rapport
 * must not call the file damaged. */
static void
test_crash_during_checkpoint (TestDir       *fixture,
                              gconstpointer  data)
{
  g_autofree char *wal_path = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy", "rapport.db", NULL);
  g_autofree char *copy_wal = g_strconcat (copy_path, "-wal", NULL);
  g_autofree char *copy_dir = NULL;
  g_autofree char *db_bytes = NULL;
  g_autofree char *wal_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(RapportPeopleModel) people = NULL;
  gsize db_length, wal_length, page_size;
  sqlite3 *writer = NULL;

  make_database (fixture->path, 10);

  /* Many more people, held in the log only. */
  g_assert_cmpint (sqlite3_open (fixture->path, &writer), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (writer,
                                 "PRAGMA wal_autocheckpoint = 0;"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                 "INSERT INTO contact (uid, display_name, created_at, updated_at) "
                                 "SELECT 'urn:x:' || i, 'Person ' || i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  /* Take the files as a crash would leave them... */
  g_assert_true (g_file_get_contents (fixture->path, &db_bytes, &db_length, NULL));
  g_assert_true (g_file_get_contents (wal_path, &wal_bytes, &wal_length, NULL));
  sqlite3_close (writer);
  g_assert_cmpuint (wal_length, >, 32);

  /* ...with the log's newest page 1 already written to the file. */
  page_size = (guint8) wal_bytes[8] << 24 | (guint8) wal_bytes[9] << 16 | (guint8) wal_bytes[10] << 8 | (guint8) wal_bytes[11];
  for (gsize offset = 32; offset + 24 + page_size <= wal_length; offset += 24 + page_size)
    {
      guint32 page = (guint8) wal_bytes[offset] << 24 | (guint8) wal_bytes[offset + 1] << 16 |
                     (guint8) wal_bytes[offset + 2] << 8 | (guint8) wal_bytes[offset + 3];

      if (page == 1)
        memcpy (db_bytes, wal_bytes + offset + 24, page_size);
    }
  copy_dir = g_path_get_dirname (copy_path);
  g_assert_cmpint (g_mkdir_with_parents (copy_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (copy_path, db_bytes, (gssize) db_length, NULL));
  g_assert_true (g_file_set_contents (copy_wal, wal_bytes, (gssize) wal_length, NULL));

  store = rapport_store_open (copy_path, &error);
  g_assert_no_error (error);
  people = rapport_people_model_new (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2010);
}

static void
test_empty_file (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;

  /* Version 0: a file that exists but holds nothing yet. */
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, RAPPORT_STORE_SCHEMA_VERSION);
}

/* Data written the way each older version could write it, with plain SQL,
 * then opened by this version. */
static void
test_migrate_from (TestDir       *fixture,
                   gconstpointer  data)
{
  guint from = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(RapportInteraction) lunch = NULL;

  store = rapport_store_open_at_version (fixture->path, from, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, from);
  g_clear_object (&store);

  if (from >= 1)
    raw_exec (fixture->path,
              "INSERT INTO contact (id, uid, display_name, company, notes, cadence_days, created_at, updated_at) "
              "VALUES (7, 'urn:uuid:old', 'Anaïs Older', 'Sawmill', 'Likes banana bread', 30, "
              "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');"
              "INSERT INTO tag (id, name, folded) VALUES (1, 'Timber', 'timber');"
              "INSERT INTO contact_tag (contact_id, tag_id, position) VALUES (7, 1, 0);"
              "INSERT INTO interaction (id, kind, happened_on, summary, created_at, updated_at) "
              "VALUES (3, 0, '2023-04-05', 'Visited the kiln', '2023-04-05T00:00:00Z', '2023-04-05T00:00:00Z');"
              "INSERT INTO interaction_contact (contact_id, interaction_id) VALUES (7, 3);");

  /* From step 3 on, Rapport itself writes each person's search row. */
  if (from >= 3)
    raw_exec (fixture->path,
              "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions) "
              "VALUES (7, 'anais older', 'sawmill', '', 'likes banana bread', 'timber', 'visited the kiln')");

  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, RAPPORT_STORE_SCHEMA_VERSION);
  if (from == 0)
    return;

  ana = rapport_store_get_contact (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_display_name (ana), ==, "Anaïs Older");
  g_assert_cmpstrv (rapport_contact_get_tags (ana), ((const char *[]) { "Timber", NULL }));

  /* Step 2 derived the dates of people already there. */
  g_assert_nonnull (rapport_contact_get_last_contacted (ana));
  g_assert_cmpint (g_date_compare (rapport_contact_get_last_contacted (ana), test_date ("2023-04-05")), ==, 0);
  g_assert_cmpint (g_date_compare (rapport_contact_get_due_on (ana), test_date ("2023-05-05")), ==, 0);

  /* Step 3 indexed them, interactions and tags included. */
  people = rapport_people_model_new (store);
  rapport_people_model_set_search_text (people, "kiln");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  rapport_people_model_set_search_text (people, "timb");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  rapport_people_model_set_search_text (people, "anais");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);

  timeline = rapport_store_list_timeline (store, 7);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  lunch = g_list_model_get_item (timeline, 0);
  g_assert_cmpstr (rapport_interaction_get_summary (lunch), ==, "Visited the kiln");
}

/* Step 7 keeps the parts of names, organisations and addresses. What
 * older versions wrote as one line is kept whole, never split by a guess;
 * a display name that only repeats the given and family names becomes
 * derived from them, and search finds addresses. */
static void
test_migrate_structured (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(RapportContact) ada = NULL;
  g_autoptr(RapportContact) bo = NULL;
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autofree char *name = NULL;
  const RapportAddress *address;
  GPtrArray *fields;

  store = rapport_store_open_at_version (fixture->path, 6, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  raw_exec (fixture->path,
            "INSERT INTO contact (id, uid, display_name, given_name, family_name, company, created_at, updated_at) "
            "VALUES (1, 'urn:uuid:ada', 'Ada Lovelace', 'Ada', 'Lovelace', 'Analytical Engines, Research', "
            "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'),"
            "(2, 'urn:uuid:bo', 'Bo the Builder', 'Bo', 'Brandt', '', "
            "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'),"
            "(3, 'urn:uuid:cy', 'Cy, Jr. Ng', 'Cy, Jr.', 'Ng', '', "
            "'2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');"
            "INSERT INTO contact_field (contact_id, position, kind, label, value) VALUES "
            "(1, 0, 3, 'home', '12 Example Road, Springfield, IL, 62701, USA'),"
            "(1, 1, 0, 'work', 'ada@example.org');"
            "INSERT INTO contact_search (rowid, name, company) VALUES (1, 'ada lovelace', 'analytical engines'),"
            "(2, 'bo the builder bo brandt', '');");

  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rapport_store_get_schema_version (store), ==, RAPPORT_STORE_SCHEMA_VERSION);

  ada = rapport_store_get_contact (store, 1, &error);
  g_assert_no_error (error);
  /* The same name shown, now made of its parts. */
  g_assert_cmpstr (rapport_contact_get_display_name (ada), ==, "");
  g_assert_false (rapport_contact_get_name_chosen (ada));
  name = rapport_contact_dup_name (ada);
  g_assert_cmpstr (name, ==, "Ada Lovelace");
  g_assert_cmpstr (rapport_contact_get_company (ada), ==, "Analytical Engines, Research");
  g_assert_cmpstr (rapport_contact_get_department (ada), ==, "");

  fields = rapport_contact_get_fields (ada);
  g_assert_cmpuint (fields->len, ==, 2);
  address = rapport_contact_field_get_address (g_ptr_array_index (fields, 0));
  g_assert_nonnull (address);
  g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_STREET), ==,
                   "12 Example Road, Springfield, IL, 62701, USA");
  for (guint i = 0; i < RAPPORT_ADDRESS_N_PARTS; i++)
    if (i != RAPPORT_ADDRESS_STREET)
      g_assert_cmpstr (rapport_address_get (address, i), ==, "");
  g_assert_cmpstr (rapport_contact_field_get_value (g_ptr_array_index (fields, 0)), ==,
                   "12 Example Road, Springfield, IL, 62701, USA");
  g_assert_null (rapport_contact_field_get_address (g_ptr_array_index (fields, 1)));

  /* A name the parts would now make otherwise stays as it was shown. */
  {
    g_autoptr(RapportContact) cy = rapport_store_get_contact (store, 3, &error);
    g_autofree char *shown = NULL;

    g_assert_no_error (error);
    shown = rapport_contact_dup_name (cy);
    g_assert_cmpstr (shown, ==, "Cy, Jr. Ng");
  }

  /* A name they chose stays chosen. */
  bo = rapport_store_get_contact (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_display_name (bo), ==, "Bo the Builder");
  g_assert_true (rapport_contact_get_name_chosen (bo));

  /* The index was made again, addresses included. */
  people = rapport_people_model_new (store);
  rapport_people_model_set_search_text (people, "springfield");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  rapport_people_model_set_search_text (people, "brandt");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);

  /* Saved again, the parts go on as they are. */
  g_assert_true (rapport_store_save_contact (store, ada, &error));
  g_assert_no_error (error);
}

/* A file whose search index was written with an older folding (ø kept as
 * it was) is indexed again when opened, so "soren" finds Søren in it. */
static void
test_search_folding_rebuilt (TestDir       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autofree char *sql = NULL;
  gint64 id;

  g_assert_no_error (error);
  {
    g_autoptr(RapportContact) soren = test_add_person (store, "Søren Nakamura");

    id = rapport_contact_get_id (soren);
  }
  g_clear_object (&store);

  /* What earlier versions wrote: marks dropped, ø kept, no folding recorded. */
  sql = g_strdup_printf ("INSERT INTO contact_search (contact_search) VALUES ('delete-all');"
                         "INSERT INTO contact_search (rowid, name) VALUES (%" G_GINT64_FORMAT ", 'søren nakamura');"
                         "DELETE FROM meta WHERE key = 'search_folding';",
                         id);
  raw_exec (fixture->path, sql);

  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = rapport_people_model_new (store);
  rapport_people_model_set_search_text (people, "soren");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  rapport_people_model_set_search_text (people, "nakamura");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  g_clear_object (&people);
  g_clear_object (&store);

  /* Done once, not at every start: an index written by hand after it
   * stays as it is. */
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO contact_search (contact_search) VALUES ('delete-all');"
                         "INSERT INTO contact_search (rowid, name) VALUES (%" G_GINT64_FORMAT ", 'by hand');",
                         id);
  raw_exec (fixture->path, sql);
  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = rapport_people_model_new (store);
  rapport_people_model_set_search_text (people, "hand");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
}

/* A file made at step 8 outside the store (people written with SQL, the
 * search index left empty): opening it indexes them, so they are found. */
static void
test_search_gap_from_v8 (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "store", "demo-v8-empty-index.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autoptr(RapportContact) first = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) length, NULL));

  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = rapport_people_model_new (store);
  rapport_people_model_set_search_text (people, "ana");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (rapport_contact_get_display_name (first), ==, "Ana Silva");
  rapport_people_model_set_search_text (people, "baker");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  rapport_people_model_set_search_text (people, "smile");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
}

/* A person missing from the indexes of today's file, and a row left over
 * from one no longer there, are put right at the next open. */
static void
test_search_gap_repaired (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (fixture->path, &error);
  g_autoptr(RapportPeopleModel) people = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id;
  int rc;

  g_assert_no_error (error);
  {
    g_autoptr(RapportContact) kept = test_add_person (store, "Kept Person");
    g_autoptr(RapportContact) lost = test_add_person (store, "Lost Quimby");

    (void) kept;
    id = rapport_contact_get_id (lost);
  }
  g_clear_object (&store);

  sql = g_strdup_printf ("DELETE FROM contact_search WHERE rowid = %" G_GINT64_FORMAT ";"
                         "DELETE FROM contact_offer_search WHERE rowid = %" G_GINT64_FORMAT ";"
                         "INSERT INTO contact_search (rowid, name) VALUES (9999, 'ghost');"
                         "INSERT INTO contact_offer_search (rowid, work) VALUES (9999, 'ghost');",
                         id, id);
  raw_exec (fixture->path, sql);

  store = rapport_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = rapport_people_model_new (store);
  rapport_people_model_set_search_text (people, "quimby");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  rapport_people_model_set_search_text (people, "kept");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  g_clear_object (&people);
  g_clear_object (&store);

  /* Both indexes hold exactly one row per person again. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT (SELECT count(*) FROM contact_search_docsize), "
                           "(SELECT count(*) FROM contact_offer_search_docsize), "
                           "(SELECT count(*) FROM contact_search_docsize WHERE id = 9999)",
                           -1, &stmt, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 2);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/rapport/store/open/" path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("text-file", test_text_file);
  ADD ("random-bytes", test_random_bytes);
  ADD ("truncated", test_truncated);
  ADD ("newer-version", test_newer_version);
  ADD ("foreign-database", test_foreign_database);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("locked", test_locked);
  ADD ("disk-full", test_disk_full);
  ADD ("empty-file", test_empty_file);
  ADD ("crash-during-checkpoint", test_crash_during_checkpoint);
  ADD ("migrate-structured", test_migrate_structured);
  ADD ("search-folding-rebuilt", test_search_folding_rebuilt);
  ADD ("search-gap-from-v8", test_search_gap_from_v8);
  ADD ("search-gap-repaired", test_search_gap_repaired);
#undef ADD

  for (guint from = 0; from < RAPPORT_STORE_SCHEMA_VERSION; from++)
    {
      g_autofree char *path = g_strdup_printf ("/rapport/store/migrate/from-%u", from);

      g_test_add (path, TestDir, GUINT_TO_POINTER (from), test_dir_setup, test_migrate_from, test_dir_teardown);
    }

  return g_test_run ();
}
