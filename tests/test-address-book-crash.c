/* test-address-book-crash.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Crash safety of following an address book (#19), against a private EDS
 * (tests/eds-run.sh) with a local book of 3,000 contacts. A child process
 * runs the sync and is killed with SIGKILL: in the middle of the first link
 * of the whole book ("add everyone"), and in the middle of writing edits
 * back. After each kill the database must be whole and the first link all
 * there or not at all; once the sync has run again, Rapport and the book
 * agree, and nothing was written twice: one person per contact, and each
 * phone once on both sides.
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>

#include "address-book-test-util.h"
#include "rapport-test-util.h"

#define N_CONTACTS 3000
#define N_KNOWN 10      /* people already in Rapport, matched by email */
#define N_EDITED 20     /* people the child edits */

static GSettings *
follow_all (const char *book_uid)
{
  GSettings *settings = g_settings_new (APP_ID);
  g_autoptr(GVariantBuilder) modes = g_variant_builder_new (G_VARIANT_TYPE ("a{ss}"));

  g_variant_builder_add (modes, "{ss}", book_uid, "all");
  g_settings_set_value (settings, "address-book-modes", g_variant_builder_end (modes));
  g_settings_set_boolean (settings, "address-books-enabled", TRUE);
  return settings;
}

static void
progress_cb (RapportAddressBookSync *sync)
{
  printf ("progress %g\n", rapport_address_book_sync_get_progress (sync));
  fflush (stdout);
}

static gint64
contact_of (RapportStore *store,
            const char   *book_uid,
            guint         n)
{
  g_autofree char *uid = g_strdup_printf ("crash-%04u", n);
  g_autoptr(RapportBookLink) link = rapport_store_find_book_link (store, book_uid, uid, NULL);

  return link != NULL ? link->contact_id : 0;
}

/* The child: follows the book until killed; with "edit", once the first
 * link is done, edits the phones of the first people again and again. */
static int
child (const char *what,
       const char *path,
       const char *book_uid)
{
  g_autoptr(RapportStore) store = test_open_store (path);
  g_autoptr(GSettings) settings = follow_all (book_uid);
  g_autoptr(RapportAddressBookSync) sync = rapport_address_book_sync_new (store, settings);
  g_autoptr(GRand) rand = g_rand_new ();

  g_signal_connect (sync, "notify::progress", G_CALLBACK (progress_cb), NULL);
  printf ("started\n");
  fflush (stdout);
  if (!g_str_equal (what, "edit"))
    for (;;)
      g_main_context_iteration (NULL, TRUE);

  ab_test_wait (ab_test_settled, sync);
  for (guint n = 0;; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RapportContact) person = rapport_store_get_contact (store, contact_of (store, book_uid, n % N_EDITED), &error);
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *phone = g_strdup_printf ("+1 555 %04u", n);
      GPtrArray *old;
      gint64 until;

      g_assert_no_error (error);
      old = rapport_contact_get_fields (person);
      for (guint i = 0; i < old->len; i++)
        if (rapport_contact_field_get_kind (g_ptr_array_index (old, i)) != RAPPORT_FIELD_PHONE)
          g_ptr_array_add (fields, g_object_ref (g_ptr_array_index (old, i)));
      g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "cell", phone));
      rapport_contact_set_fields (person, fields);
      g_assert_true (rapport_store_save_contact (store, person, &error));
      printf ("edited %u\n", n);
      fflush (stdout);
      /* Some write-backs go, some are under way when the kill comes. */
      until = g_get_monotonic_time () + g_rand_int_range (rand, 0, 300) * G_TIME_SPAN_MILLISECOND;
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
  return 0;
}

static gint64
query_int (const char *path,
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

/* Whether the child's @line is the moment to kill it. */
typedef gboolean (*KillWhen) (const char *line,
                              gpointer    data);

/* Starts the child, reads its lines until @kill_after says so, kills it. */
static void
run_and_kill (const char *argv0,
              const char *what,
              const char *path,
              const char *book_uid,
              KillWhen    kill_after,
              gpointer    data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  char *line;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, argv0, "--child", what, path, book_uid, NULL);
  g_assert_no_error (error);
  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line (output, NULL, NULL, &error)) != NULL)
    {
      gboolean now = kill_after (line, data);

      g_free (line);
      if (now)
        break;
    }
  g_assert_no_error (error);
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
}

static gboolean
mid_link (const char *line,
          gpointer    data)
{
  double progress;

  /* Linking the contacts (the second half), not done: the worker's
   * transaction is open with links and people written in it. */
  return sscanf (line, "progress %lf", &progress) == 1 && progress > 0.55 && progress < 0.9;
}

static gboolean
mid_edits (const char *line,
           gpointer    data)
{
  guint *wanted = data;
  guint n;

  return sscanf (line, "edited %u", &n) == 1 && n >= *wanted;
}

static void
check_whole (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_kill (gconstpointer argv0)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(EBookClient) client = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(RapportAddressBookSync) sync = NULL;
  g_autoptr(GRand) rand = g_rand_new ();
  GSList *contacts = NULL;
  const char *book_uid;

  dir = g_dir_make_tmp ("rapport-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "rapport.db", NULL);

  registry = e_source_registry_new_sync (NULL, &error);
  g_assert_no_error (error);
  source = ab_test_add_local_book (registry, "Everyone");
  book_uid = e_source_get_uid (source);
  client = ab_test_open_book (source);
  for (guint n = 0; n < N_CONTACTS; n++)
    {
      g_autofree char *vcard = g_strdup_printf ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:crash-%04u\r\n"
                                                "FN:Person %04u\r\nN:%04u;Person;;;\r\n"
                                                "EMAIL:person%04u@example.org\r\nEND:VCARD\r\n",
                                                n, n, n, n);

      contacts = g_slist_prepend (contacts, e_contact_new_from_vcard (vcard));
    }
  e_book_client_add_contacts_sync (client, contacts, E_BOOK_OPERATION_FLAG_NONE, NULL, NULL, &error);
  g_slist_free_full (contacts, g_object_unref);
  g_assert_no_error (error);

  /* A few of them already in Rapport. */
  store = test_open_store (path);
  for (guint n = 0; n < N_KNOWN; n++)
    {
      g_autofree char *name = g_strdup_printf ("Person %04u", n);
      g_autofree char *email = g_strdup_printf ("person%04u@example.org", n);
      g_autoptr(RapportContact) person = test_add_person (store, name);
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", email));
      rapport_contact_set_fields (person, fields);
      g_assert_true (rapport_store_save_contact (store, person, &error));
    }
  g_clear_object (&store);

  /* Killed in the middle of the first link: none of it is there. */
  for (guint round = 0; round < 3; round++)
    {
      run_and_kill (argv0, "link", path, book_uid, mid_link, NULL);
      check_whole (path);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM address_book_link"), ==, 0);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM contact"), ==, N_KNOWN);
    }

  /* Linked to the end this time; then killed while writing edits back. */
  for (guint round = 0; round < 3; round++)
    {
      /* Every one of them edited at least once before the kill. */
      guint wanted = g_rand_int_range (rand, N_EDITED, N_EDITED + 30);

      run_and_kill (argv0, "edit", path, book_uid, mid_edits, &wanted);
      check_whole (path);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM address_book_link"), ==, N_CONTACTS);
    }

  /* Following again: both sides agree, nothing twice. */
  store = test_open_store (path);
  settings = follow_all (book_uid);
  sync = rapport_address_book_sync_new (store, settings);
  ab_test_wait (ab_test_settled, sync);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM contact"), ==, N_CONTACTS);
  /* Each contact's email once, on a person of its own. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM contact_field WHERE value LIKE 'person%@example.org'"),
                   ==, N_CONTACTS);
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT contact_id) FROM contact_field "
                                    "WHERE value LIKE 'person%@example.org'"),
                   ==, N_CONTACTS);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM address_book_link WHERE state = 0"), ==, N_CONTACTS);
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT contact_id) FROM address_book_link"), ==, N_CONTACTS);
  for (guint n = 0; n < N_EDITED; n++)
    {
      g_autofree char *uid = g_strdup_printf ("crash-%04u", n);
      g_autofree char *vcard = ab_test_get_vcard (client, uid);
      g_auto(GStrv) tels = ab_test_lines (vcard, "TEL");
      g_autoptr(RapportContact) person = rapport_store_get_contact (store, contact_of (store, book_uid, n), &error);
      GPtrArray *fields;
      guint n_phones = 0;

      g_assert_no_error (error);
      fields = rapport_contact_get_fields (person);
      for (guint i = 0; i < fields->len; i++)
        {
          RapportContactField *field = g_ptr_array_index (fields, i);

          if (rapport_contact_field_get_kind (field) != RAPPORT_FIELD_PHONE)
            continue;
          g_assert_cmpuint (n_phones, <, g_strv_length (tels));
          g_assert_true (g_str_has_suffix (tels[n_phones], rapport_contact_field_get_value (field)));
          n_phones++;
        }
      g_assert_cmpuint (n_phones, ==, g_strv_length (tels));
      /* The child edited each one: one phone, the last it saved. */
      g_assert_cmpuint (n_phones, ==, 1);
    }

  g_object_run_dispose (G_OBJECT (sync));
  g_clear_object (&store);
  e_source_remove_sync (source, NULL, NULL);
  test_dir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "--child"))
    return child (argv[2], argv[3], argv[4]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/rapport/address-book-crash/kill", argv[0], test_kill);

  return g_test_run ();
}
