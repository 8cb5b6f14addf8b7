/* test-carddav.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * End to end through an online-style address book (#19): a CardDAV address
 * book served by Radicale on 127.0.0.1 (tests/eds-run.sh --radicale),
 * configured in the private EDS as a CardDAV source, the way Nextcloud or
 * Google reach EDS. A contact put on the server with an HTTP PUT reaches
 * the person it is; an edit in Rapport reaches the server, read back with
 * an HTTP GET. Rapport itself never talks to the server. A book the user
 * may only read on the server is followed, never written.
 */

#include "config.h"

#include "address-book-test-util.h"
#include "rapport-test-util.h"

#define X_LINE "X-CUSTOM-FIELD;X-PARAM=Yes:kept on the server\\, exactly"

/* One HTTP request to @url, as @user (%NULL: nobody); returns the body,
 * and the status line in @status. */
static char *
http_request (const char  *method,
              const char  *url,
              const char  *user,
              const char  *body,
              char       **status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, &error);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GDataInputStream) input = NULL;
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autofree char *request = NULL;
  g_autofree char *login = NULL;
  g_autofree char *authorization = NULL;
  char *line;
  gsize length = 0;

  g_assert_no_error (error);
  if (user != NULL)
    {
      login = g_strconcat (user, ":", NULL);
      authorization = g_base64_encode ((const guchar *) login, strlen (login));
    }
  connection = g_socket_client_connect_to_host (client, g_uri_get_host (uri), g_uri_get_port (uri), NULL, &error);
  g_assert_no_error (error);
  request = g_strdup_printf ("%s %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: text/vcard; charset=utf-8\r\n"
                             "%s%s%sContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
                             method, g_uri_get_path (uri), g_uri_get_host (uri), g_uri_get_port (uri),
                             authorization != NULL ? "Authorization: Basic " : "",
                             authorization != NULL ? authorization : "", authorization != NULL ? "\r\n" : "",
                             body != NULL ? strlen (body) : 0, body != NULL ? body : "");
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)),
                             request, strlen (request), NULL, NULL, &error);
  g_assert_no_error (error);
  input = g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
  g_data_input_stream_set_newline_type (input, G_DATA_STREAM_NEWLINE_TYPE_CR_LF);
  *status = g_data_input_stream_read_line (input, NULL, NULL, &error);
  g_assert_no_error (error);
  /* Past the headers, the body to the end: the server closes. */
  while ((line = g_data_input_stream_read_line (input, &length, NULL, &error)) != NULL && length > 0)
    g_free (line);
  g_free (line);
  g_assert_no_error (error);
  for (;;)
    {
      char buffer[4096];
      gssize n = g_input_stream_read (G_INPUT_STREAM (input), buffer, sizeof buffer, NULL, &error);

      g_assert_no_error (error);
      if (n <= 0)
        break;
      g_string_append_len (answer, buffer, n);
    }
  return g_string_free (g_steal_pointer (&answer), FALSE);
}

static void
http_put (const char *url,
          const char *user,
          const char *body)
{
  g_autofree char *status = NULL;
  g_autofree char *answer = http_request ("PUT", url, user, body, &status);

  g_assert_true (g_str_has_prefix (status, "HTTP/1.1 20") || g_str_has_prefix (status, "HTTP/1.0 20"));
}

static char *
http_get (const char *url)
{
  g_autofree char *status = NULL;
  char *answer = http_request ("GET", url, NULL, NULL, &status);

  g_assert_true (g_str_has_prefix (status, "HTTP/1.1 200") || g_str_has_prefix (status, "HTTP/1.0 200"));
  return answer;
}

/* A CardDAV address book on the server, as EDS keeps one. */
static ESource *
add_carddav_book (ESourceRegistry *registry,
                  const char      *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ESource) source = e_source_new (NULL, NULL, &error);
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, &error);
  ESourceBackend *book;
  ESourceAuthentication *authentication;
  ESource *added;

  g_assert_no_error (error);
  e_source_set_display_name (source, "Team");
  book = e_source_get_extension (source, E_SOURCE_EXTENSION_ADDRESS_BOOK);
  e_source_backend_set_backend_name (book, "carddav");
  e_source_webdav_set_uri (e_source_get_extension (source, E_SOURCE_EXTENSION_WEBDAV_BACKEND), uri);
  authentication = e_source_get_extension (source, E_SOURCE_EXTENSION_AUTHENTICATION);
  e_source_authentication_set_host (authentication, g_uri_get_host (uri));
  e_source_authentication_set_port (authentication, g_uri_get_port (uri));
  e_source_authentication_set_method (authentication, "none");
  e_source_registry_commit_source_sync (registry, source, NULL, &error);
  g_assert_no_error (error);
  added = e_source_registry_ref_source (registry, e_source_get_uid (source));
  g_assert_nonnull (added);

  return added;
}

typedef struct
{
  RapportStore *store;
  const char *book_uid;
  const char *contact_uid;
  gint64 id;
  const char *phone;
} Wait;

static gboolean
is_linked (Wait *wait)
{
  g_autoptr(RapportBookLink) link = rapport_store_find_book_link (wait->store, wait->book_uid, wait->contact_uid, NULL);

  return link != NULL && link->contact_id == wait->id;
}

static gboolean
has_phone (Wait *wait)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (wait->store, wait->id, NULL);
  GPtrArray *fields = rapport_contact_get_fields (contact);

  for (guint i = 0; i < fields->len; i++)
    if (g_str_equal (rapport_contact_field_get_value (g_ptr_array_index (fields, i)), wait->phone))
      return TRUE;
  return FALSE;
}

typedef struct
{
  const char *url;
  const char *needle;
} ServerWait;

static gboolean
server_has (ServerWait *wait)
{
  g_autofree char *vcard = http_get (wait->url);

  return strstr (vcard, wait->needle) != NULL;
}

static void
test_both_ways (void)
{
  const char *url = g_getenv ("RAPPORT_TEST_RADICALE_ADDRESS_BOOK");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *card_url = NULL;
  g_autofree char *on_server = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(RapportContact) ana = NULL;
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(EBookClient) client = NULL;
  g_autoptr(RapportAddressBookSync) sync = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) emails = NULL;
  g_auto(GStrv) x = NULL;
  g_auto(GStrv) uids = NULL;
  Wait wait = { NULL, NULL, "ana-on-server", 0, "+1 555 0100" };
  ServerWait server_wait = { NULL, "ana@home.example" };

  if (url == NULL)
    {
      g_test_skip ("needs tests/eds-run.sh --radicale");
      return;
    }

  /* Ana on the server, put there by another CardDAV client. */
  card_url = g_strconcat (url, "ana.vcf", NULL);
  http_put (card_url, NULL, "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ana-on-server\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
                      "EMAIL;TYPE=WORK:ana@example.org\r\n" X_LINE "\r\nEND:VCARD\r\n");

  dir = g_dir_make_tmp ("rapport-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "rapport.db", NULL);
  store = test_open_store (path);
  ana = test_add_person (store, "Ana Silva");
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "ana@example.org"));
  rapport_contact_set_fields (ana, fields);
  g_assert_true (rapport_store_save_contact (store, ana, &error));

  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "address-books-enabled", TRUE);
  registry = e_source_registry_new_sync (NULL, &error);
  g_assert_no_error (error);
  source = add_carddav_book (registry, url);
  sync = rapport_address_book_sync_new (store, settings);
  wait.store = store;
  wait.book_uid = e_source_get_uid (source);
  wait.id = rapport_contact_get_id (ana);
  ab_test_wait (is_linked, &wait);

  /* Changed on the server: EDS finds it when it next looks (at once here,
   * as when the user refreshes), and Rapport has it. */
  http_put (card_url, NULL, "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ana-on-server\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
                      "EMAIL;TYPE=WORK:ana@example.org\r\nTEL;TYPE=CELL:+1 555 0100\r\n" X_LINE "\r\nEND:VCARD\r\n");
  client = ab_test_open_book (source);
  e_client_refresh_sync (E_CLIENT (client), NULL, &error);
  g_assert_no_error (error);
  ab_test_wait (has_phone, &wait);
  ab_test_wait (ab_test_settled, sync);

  /* Edited in Rapport: the server has it, and what Rapport does not own
   * is there as it was. */
  person = rapport_store_get_contact (store, rapport_contact_get_id (ana), &error);
  g_ptr_array_set_size (fields, 0);
  g_ptr_array_extend (fields, rapport_contact_get_fields (person), (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "home", "ana@home.example"));
  rapport_contact_set_fields (person, fields);
  g_assert_true (rapport_store_save_contact (store, person, &error));
  server_wait.url = card_url;
  ab_test_wait (server_has, &server_wait);

  on_server = http_get (card_url);
  emails = ab_test_lines (on_server, "EMAIL");
  g_assert_cmpuint (g_strv_length (emails), ==, 2);
  g_assert_true (g_str_has_suffix (emails[0], ":ana@example.org"));
  g_assert_true (g_str_has_suffix (emails[1], ":ana@home.example"));
  x = ab_test_lines (on_server, "X-CUSTOM-FIELD");
  g_assert_cmpuint (g_strv_length (x), ==, 1);
  g_assert_cmpstr (x[0], ==, X_LINE);
  uids = ab_test_lines (on_server, "UID");
  g_assert_cmpstr (uids[0], ==, "UID:ana-on-server");

  g_object_run_dispose (G_OBJECT (sync));
  e_source_remove_sync (source, NULL, NULL);
  g_clear_object (&store);
  test_dir_remove (dir);
}

#define BEA_CARD(TEL) "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bea-shared\r\nFN:Bea Costa\r\nN:Costa;Bea;;;\r\n" \
                      "EMAIL;TYPE=WORK:bea@example.org\r\n" TEL X_LINE "\r\nEND:VCARD\r\n"

static void
test_read_only (void)
{
  const char *url = g_getenv ("RAPPORT_TEST_RADICALE_READ_ONLY_BOOK");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *card_url = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(RapportContact) bea = NULL;
  g_autoptr(RapportContact) person = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) source = NULL;
  g_autoptr(EBookClient) client = NULL;
  g_autoptr(RapportAddressBookSync) sync = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  Wait wait = { NULL, NULL, "bea-shared", 0, "+1 555 0142" };
  Wait home = { NULL, NULL, "bea-shared", 0, "bea@home.example" };

  if (url == NULL)
    {
      g_test_skip ("needs tests/eds-run.sh --radicale");
      return;
    }

  /* Bea in a book shared with the user, who may only read it. */
  card_url = g_strconcat (url, "bea.vcf", NULL);
  http_put (card_url, "writer", BEA_CARD (""));

  /* Rapport knows more of her than the book: a book that may be written
   * would be given it at once. */
  dir = g_dir_make_tmp ("rapport-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "rapport.db", NULL);
  store = test_open_store (path);
  bea = test_add_person (store, "Bea Costa");
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "bea@example.org"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "", "+1 555 0199"));
  rapport_contact_set_fields (bea, fields);
  g_assert_true (rapport_store_save_contact (store, bea, &error));

  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "address-books-enabled", TRUE);
  registry = e_source_registry_new_sync (NULL, &error);
  g_assert_no_error (error);
  source = add_carddav_book (registry, url);
  client = ab_test_open_book (source);
  /* EDS itself says so, from the server's answer. */
  g_assert_true (e_client_is_readonly (E_CLIENT (client)));

  sync = rapport_address_book_sync_new (store, settings);
  wait.store = home.store = store;
  wait.book_uid = home.book_uid = e_source_get_uid (source);
  wait.id = home.id = rapport_contact_get_id (bea);
  ab_test_wait (is_linked, &wait);
  ab_test_wait (ab_test_settled, sync);

  /* Followed: changed on the server, Rapport has it. */
  http_put (card_url, "writer", BEA_CARD ("TEL;TYPE=CELL:+1 555 0142\r\n"));
  before = http_get (card_url);
  e_client_refresh_sync (E_CLIENT (client), NULL, &error);
  g_assert_no_error (error);
  ab_test_wait (has_phone, &wait);
  ab_test_wait (ab_test_settled, sync);

  /* Edited in Rapport: Rapport keeps it, the book is not written (a write
   * EDS refused would be a warning, fatal here). */
  person = rapport_store_get_contact (store, rapport_contact_get_id (bea), &error);
  g_ptr_array_set_size (fields, 0);
  g_ptr_array_extend (fields, rapport_contact_get_fields (person), (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "home", "bea@home.example"));
  rapport_contact_set_fields (person, fields);
  g_assert_true (rapport_store_save_contact (store, person, &error));
  ab_test_wait (ab_test_settled, sync);
  g_assert_true (has_phone (&home));

  after = http_get (card_url);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (strstr (after, "+1 555 0199"));
  g_assert_null (strstr (after, "bea@home.example"));

  g_object_run_dispose (G_OBJECT (sync));
  e_source_remove_sync (source, NULL, NULL);
  g_clear_object (&store);
  test_dir_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/carddav/both-ways", test_both_ways);
  g_test_add_func ("/rapport/carddav/read-only", test_read_only);

  return g_test_run ();
}
