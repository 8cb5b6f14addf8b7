/* address-book-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the tests of following the desktop's address books against
 * a private Evolution Data Server (tests/eds-run.sh): address books made
 * and filled the way GNOME Contacts would, through libebook, synchronously
 * (the test waits for EDS anyway); any error fails the test.
 */

#pragma once

#include <libebook/libebook.h>

#include "rapport-address-book-sync.h"

#define AB_TEST_WAIT_SECONDS 60

typedef gboolean (*AbCondition) (gpointer data);

static gboolean
ab_test_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds; fails the test after a minute. */
static inline void
ab_test_wait_full (AbCondition  condition,
                   gpointer     data,
                   const char  *what)
{
  gint64 deadline = g_get_monotonic_time () + AB_TEST_WAIT_SECONDS * G_USEC_PER_SEC;
  /* Conditions that ask EDS themselves are asked again now and then. */
  guint tick = g_timeout_add (20, ab_test_tick_cb, NULL);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("waited %d s in vain for %s", AB_TEST_WAIT_SECONDS, what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (tick);
}

#define ab_test_wait(condition, data) ab_test_wait_full ((AbCondition) (condition), (data), #condition)

static gboolean
ab_test_settled (RapportAddressBookSync *sync)
{
  return rapport_address_book_sync_is_settled (sync);
}

/* A new address book "On This Computer", as GNOME Contacts makes one. */
static inline ESource *
ab_test_add_local_book (ESourceRegistry *registry,
                        const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ESource) source = e_source_new (NULL, NULL, &error);
  ESourceBackend *book;
  ESource *added;

  g_assert_no_error (error);
  e_source_set_parent (source, "local-stub");
  e_source_set_display_name (source, name);
  book = e_source_get_extension (source, E_SOURCE_EXTENSION_ADDRESS_BOOK);
  e_source_backend_set_backend_name (book, "local");
  e_source_registry_commit_source_sync (registry, source, NULL, &error);
  g_assert_no_error (error);
  added = e_source_registry_ref_source (registry, e_source_get_uid (source));
  g_assert_nonnull (added);

  return added;
}

static inline EBookClient *
ab_test_open_book (ESource *source)
{
  g_autoptr(GError) error = NULL;
  EClient *client = NULL;

  /* The factory may not know a source just made: it does in a moment. */
  for (guint tries = 0; client == NULL; tries++)
    {
      g_clear_error (&error);
      client = e_book_client_connect_sync (source, -1, NULL, &error);
      if (client == NULL && (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) || tries > 100))
        break;
      if (client == NULL)
        {
          while (g_main_context_iteration (NULL, FALSE))
            ;
          g_usleep (50 * 1000);
        }
    }
  g_assert_no_error (error);
  return E_BOOK_CLIENT (client);
}

/* Adds the contact in @vcard (lines ending in CRLF); returns its UID. */
static inline char *
ab_test_add_contact (EBookClient *client,
                     const char  *vcard)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EContact) contact = e_contact_new_from_vcard (vcard);
  char *uid = NULL;

  e_book_client_add_contact_sync (client, contact, E_BOOK_OPERATION_FLAG_NONE, &uid, NULL, &error);
  g_assert_no_error (error);
  return uid;
}

/* The vCard EDS holds for @uid now, as any client reads it. */
static inline char *
ab_test_get_vcard (EBookClient *client,
                   const char  *uid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EContact) contact = NULL;

  e_book_client_get_contact_sync (client, uid, &contact, NULL, &error);
  g_assert_no_error (error);
  return e_vcard_to_string (E_VCARD (contact), EVC_FORMAT_VCARD_30);
}

static inline void
ab_test_modify_contact (EBookClient *client,
                        const char  *vcard)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EContact) contact = e_contact_new_from_vcard (vcard);

  e_book_client_modify_contact_sync (client, contact, E_BOOK_OPERATION_FLAG_NONE, NULL, &error);
  g_assert_no_error (error);
}

static inline void
ab_test_remove_contact (EBookClient *client,
                        const char  *uid)
{
  g_autoptr(GError) error = NULL;

  e_book_client_remove_contact_by_uid_sync (client, uid, E_BOOK_OPERATION_FLAG_NONE, NULL, &error);
  g_assert_no_error (error);
}

/* The unfolded lines of @vcard named @name (with any group), as written. */
static inline GStrv
ab_test_lines (const char *vcard,
               const char *name)
{
  g_autoptr(GRegex) fold = g_regex_new ("\r?\n[ \t]", 0, 0, NULL);
  g_autofree char *unfolded = g_regex_replace_literal (fold, vcard, -1, 0, "", 0, NULL);
  g_auto(GStrv) lines = g_regex_split_simple ("\r?\n", unfolded, 0, 0);
  g_autoptr(GStrvBuilder) found = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *dot = strchr (line, '.');
      gsize len = strcspn (line, ":;");

      if (dot != NULL && dot < line + len)
        {
          len -= dot + 1 - line;
          line = dot + 1;
        }
      if (strlen (name) == len && g_ascii_strncasecmp (line, name, len) == 0)
        g_strv_builder_add (found, lines[i]);
    }
  return g_strv_builder_end (found);
}
