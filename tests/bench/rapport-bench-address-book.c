/* rapport-bench-address-book.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop's address books at scale (#19), against the private
 * Evolution Data Server of tests/eds-run.sh: the generator's people as
 * vCards, put in a local address book through libebook, then in the same
 * run (1) importing the same vCards into an empty database as
 * `rapport --import` does, (2) following the book with "add everyone" into
 * another empty database until the first link is done, and (3) a change
 * made in the book, until the person in Rapport has it, and (4) with
 * --app, the app's start-up to its first frame with that book followed
 * (the linked database, the settings following it) beside an empty
 * database, interleaved, medians. Prints each time.
 *
 *   tests/eds-run.sh rapport-bench-address-book [--people 30000] [--app src/rapport]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libebook/libebook.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "rapport-address-book-sync.h"
#include "rapport-bench-data.h"
#include "rapport-contact-field.h"
#include "rapport-import.h"

#define SEED 20261126

static int n_people = 30000;
static char *app;
static int runs = 7;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

static void
check (GError *error)
{
  if (error != NULL)
    g_error ("%s", error->message);
}

static RapportStore *
new_store (const char *dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  RapportStore *store = rapport_store_open (path, &error);

  check (error);
  return store;
}

static gboolean
is_settled (gpointer sync)
{
  return rapport_address_book_sync_is_settled (sync);
}

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer data)
{
  while (!condition (data))
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  RapportStore *store;
  gint64 id;
  const char *phone;
} PhoneWait;

static gboolean
has_phone (gpointer data)
{
  PhoneWait *wait = data;
  g_autoptr(RapportContact) contact = rapport_store_get_contact (wait->store, wait->id, NULL);
  GPtrArray *fields = contact != NULL ? rapport_contact_get_fields (contact) : NULL;

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    if (g_str_equal (rapport_contact_field_get_value (g_ptr_array_index (fields, i)), wait->phone))
      return TRUE;
  return FALSE;
}

/* One start of @app on a copy of @db (NULL: an empty database), with
 * @settings_dir holding its settings: ms from exec to the first frame. */
static double
start_app (const char *db,
           const char *settings_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("rapport-bench-start-XXXXXX", &error);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;
  double start, ms = 0;

  check (error);
  if (db != NULL)
    {
      g_autofree char *copy = g_build_filename (folder, "rapport.db", NULL);
      g_autoptr(GFile) from = g_file_new_for_path (db);
      g_autoptr(GFile) to = g_file_new_for_path (copy);

      g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
      check (error);
    }
  g_subprocess_launcher_setenv (launcher, "RAPPORT_DATA_DIR", folder, TRUE);
  g_subprocess_launcher_setenv (launcher, "RAPPORT_REPORT_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "NO_AT_BRIDGE", "1", TRUE);
  /* Its settings from a key file of its own: the book followed, or not. */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", settings_dir, TRUE);
  start = now_ms ();
  process = g_subprocess_launcher_spawn (launcher, &error, app, NULL);
  check (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  check (error);
  ms = now_ms () - start;
  if (out == NULL || strstr (out, "first-frame ") == NULL)
    g_error ("no first frame reported by %s", app);
  {
    g_autofree char *db_copy = g_build_filename (folder, "rapport.db", NULL);
    g_autofree char *wal = g_strconcat (db_copy, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db_copy, "-shm", NULL);

    g_remove (db_copy);
    g_remove (wal);
    g_remove (shm);
    g_rmdir (folder);
  }
  return ms;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

/* A key file of settings for the app in @dir/glib-2.0/settings. */
static char *
settings_dir (const char *dir,
              const char *name,
              const char *book_uid)
{
  g_autoptr(GError) error = NULL;
  char *config = g_build_filename (dir, name, NULL);
  g_autofree char *folder = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *file = g_build_filename (folder, "keyfile", NULL);
  g_autofree char *group = g_strdelimit (g_strdup (APP_ID), ".", '/');
  g_autofree char *text = NULL;

  if (book_uid != NULL)
    text = g_strdup_printf ("[%s]\naddress-books-enabled=true\naddress-book-modes={'%s': 'all'}\n", group, book_uid);
  else
    text = g_strdup_printf ("[%s]\naddress-books-enabled=false\n", group);
  g_mkdir_with_parents (folder, 0700);
  g_file_set_contents (file, text, -1, &error);
  check (error);
  return config;
}

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_INT, &n_people, "How many people", "N" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The app, for its start-up", "PATH" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Start-ups of each", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— the desktop's address books at scale (under tests/eds-run.sh)");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GBytes) vcards = NULL;
  g_auto(GStrv) cards = NULL;
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(ESource) scratch = NULL;
  g_autoptr(EBookClient) client = NULL;
  g_autoptr(RapportStore) imported = NULL;
  g_autoptr(RapportStore) linked = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(RapportAddressBookSync) sync = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(RapportBookLink) link = NULL;
  g_autoptr(EContact) changed = NULL;
  g_autofree char *first_uid = NULL;
  GSList *batch = NULL;
  RapportImportFormat format;
  PhoneWait wait;
  double start, import_ms, link_ms, change_ms, fill_ms;
  guint n = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  dir = g_dir_make_tmp ("rapport-bench-books-XXXXXX", &error);
  check (error);

  /* The generator's people, as one vCard file and as contacts. */
  vcards = rapport_bench_data_vcards (n_people, SEED);
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (vcards, NULL), g_bytes_get_size (vcards));

    cards = g_strsplit (text, "END:VCARD\r\n", -1);
  }

  registry = e_source_registry_new_sync (NULL, &error);
  check (error);
  scratch = e_source_new (NULL, NULL, &error);
  check (error);
  e_source_set_parent (scratch, "local-stub");
  e_source_set_display_name (scratch, "Bench");
  e_source_backend_set_backend_name (e_source_get_extension (scratch, E_SOURCE_EXTENSION_ADDRESS_BOOK), "local");
  e_source_registry_commit_source_sync (registry, scratch, NULL, &error);
  check (error);
  source = e_source_registry_ref_source (registry, e_source_get_uid (scratch));
  for (guint tries = 0; client == NULL; tries++)
    {
      g_clear_error (&error);
      client = (EBookClient *) e_book_client_connect_sync (source, -1, NULL, &error);
      if (client == NULL && tries > 100)
        check (error);
      if (client == NULL)
        g_usleep (50 * 1000);
    }

  fill_ms = now_ms ();
  for (guint i = 0; cards[i] != NULL; i++)
    {
      g_autofree char *card = NULL;

      if (strstr (cards[i], "BEGIN:VCARD") == NULL)
        continue;
      card = g_strconcat (strstr (cards[i], "BEGIN:VCARD"), "END:VCARD\r\n", NULL);
      batch = g_slist_prepend (batch, e_contact_new_from_vcard (card));
      if (++n % 1000 == 0 || cards[i + 1] == NULL)
        {
          e_book_client_add_contacts_sync (client, batch, E_BOOK_OPERATION_FLAG_NONE, NULL, NULL, &error);
          check (error);
          g_slist_free_full (g_steal_pointer (&batch), g_object_unref);
        }
    }
  if (batch != NULL)
    {
      e_book_client_add_contacts_sync (client, batch, E_BOOK_OPERATION_FLAG_NONE, NULL, NULL, &error);
      check (error);
      g_slist_free_full (g_steal_pointer (&batch), g_object_unref);
    }
  fill_ms = now_ms () - fill_ms;

  /* 1. rapport --import of the same people: read, detect, parse, match,
   * write in one transaction. */
  imported = new_store (dir, "imported.db");
  start = now_ms ();
  contacts = rapport_import_read (vcards, &format, NULL, &error);
  check (error);
  report = rapport_store_import (imported, contacts, format, NULL, NULL, NULL, &error);
  check (error);
  import_ms = now_ms () - start;

  /* 2. Following the book, adding everyone, until the first link is done. */
  linked = new_store (dir, "linked.db");
  settings = g_settings_new (APP_ID);
  g_settings_set_value (settings, "address-book-modes",
                        g_variant_new_parsed ("{%s: 'all'}", e_source_get_uid (source)));
  g_settings_set_boolean (settings, "address-books-enabled", TRUE);
  start = now_ms ();
  sync = rapport_address_book_sync_new (linked, settings);
  wait_for (is_settled, sync);
  link_ms = now_ms () - start;

  /* 3. A change in the book, until Rapport has it. */
  {
    g_autoptr(EBookQuery) query = e_book_query_any_field_contains ("");
    g_autofree char *sexp = e_book_query_to_string (query);
    GSList *uids = NULL;

    e_book_client_get_contacts_uids_sync (client, sexp, &uids, NULL, &error);
    check (error);
    first_uid = g_strdup (uids->data);
    g_slist_free_full (uids, g_free);
  }
  link = rapport_store_find_book_link (linked, e_source_get_uid (source), first_uid, &error);
  check (error);
  if (link == NULL)
    g_error ("the first contact was not linked");
  e_book_client_get_contact_sync (client, first_uid, &changed, NULL, &error);
  check (error);
  e_contact_set (changed, E_CONTACT_PHONE_MOBILE, "+1 555 0199 777");
  wait.store = linked;
  wait.id = link->contact_id;
  wait.phone = "+1 555 0199 777";
  g_timeout_add (1, tick_cb, NULL);
  start = now_ms ();
  e_book_client_modify_contact_sync (client, changed, E_BOOK_OPERATION_FLAG_NONE, NULL, &error);
  check (error);
  wait_for (has_phone, &wait);
  change_ms = now_ms () - start;

  printf ("# address books: %d people (the generator's, seed %d)\n", n_people, SEED);
  printf ("filling the EDS local book (libebook, 1,000 a call)   %8.0f ms\n", fill_ms);
  printf ("rapport --import of the same vCards                   %8.0f ms\n", import_ms);
  printf ("first link of the book, adding everyone               %8.0f ms  (%.2f× the import)\n",
          link_ms, link_ms / import_ms);
  printf ("a change in the book, until Rapport has it            %8.1f ms\n", change_ms);
  {
    g_autoptr(GArray) ids = rapport_store_list_contact_ids (linked, NULL);
    g_autoptr(GArray) imported_ids = rapport_store_list_contact_ids (imported, NULL);

    printf ("people in Rapport: %u linked, %u imported\n", ids->len, imported_ids->len);
  }

  g_object_run_dispose (G_OBJECT (sync));
  g_clear_object (&sync);

  /* 4. The app's start-up with the book followed, beside an empty
   * database: the sync connects after the first frame. */
  if (app != NULL)
    {
      g_autofree char *linked_path = g_strdup (rapport_store_get_path (linked));
      g_autofree char *following = settings_dir (dir, "following", e_source_get_uid (source));
      g_autofree char *empty = settings_dir (dir, "empty", NULL);
      g_autoptr(GArray) with_book = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) without = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) unfollowed = g_array_new (FALSE, FALSE, sizeof (double));

      /* Closed: all of it in the file the copies are made of. */
      g_clear_object (&linked);
      for (int i = 0; i < runs; i++)
        {
          double ms = start_app (NULL, empty);

          g_array_append_val (without, ms);
          ms = start_app (linked_path, following);
          g_array_append_val (with_book, ms);
          ms = start_app (linked_path, empty);
          g_array_append_val (unfollowed, ms);
        }
      {
        double without_ms = median (without);
        double with_ms = median (with_book);
        double unfollowed_ms = median (unfollowed);

        printf ("start-up to the first frame, empty database           %8.0f ms  (median of %d)\n", without_ms, runs);
        printf ("start-up, the same %d people, no book followed     %8.0f ms  (%.2f× empty)\n",
                n_people, unfollowed_ms, unfollowed_ms / without_ms);
        printf ("start-up, %d people following their book            %8.0f ms  (%.2f× empty, %.2f× not following)\n",
                n_people, with_ms, with_ms / without_ms, with_ms / unfollowed_ms);
      }
    }

  e_source_remove_sync (source, NULL, NULL);
  return 0;
}
