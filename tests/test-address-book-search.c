/* test-address-book-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "From Your Address Book" against a private Evolution Data Server
 * (tests/eds-run.sh --sources) whose local books are filled through
 * libebook: a search finds the contacts of the followed books that are not
 * in Rapport (none of their emails or phones is anyone's), never those of
 * a book switched off or before the user agreed; a new query cancels the
 * one before; and in a real picker, one is added in one step, read from
 * its vCard as an import reads it, and chosen.
 */

#include "config.h"

#include <libebook/libebook.h>

#include "eds-test-util.h"
#include "rapport-address-book-search.h"
#include "rapport-person-search.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"

typedef struct
{
  GObject *object;
  GError *error;
  gboolean done;
} Waited;

static void
connected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Waited *waited = user_data;

  waited->object = G_OBJECT (e_book_client_connect_finish (result, &waited->error));
  waited->done = TRUE;
}

static void
contact_added_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Waited *waited = user_data;

  e_book_client_add_contact_finish (E_BOOK_CLIENT (object), result, NULL, &waited->error);
  waited->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Waited *) data)->done;
}

/* Through libebook, as GNOME Contacts adds someone; with the main loop
 * running, as EDS's clients expect. */
static void
add_contact (ESourceRegistry *registry,
             const char      *uid,
             const char      *vcard)
{
  g_autoptr(ESource) source = e_source_registry_ref_source (registry, uid);
  g_autoptr(EContact) contact = e_contact_new_from_vcard (vcard);
  Waited connected = { 0 }, added = { 0 };

  g_assert_nonnull (source);
  e_book_client_connect (source, 0, NULL, connected_cb, &connected);
  test_wait_until (is_done, &connected);
  g_assert_no_error (connected.error);
  e_book_client_add_contact (E_BOOK_CLIENT (connected.object), contact, E_BOOK_OPERATION_FLAG_NONE, NULL,
                             contact_added_cb, &added);
  test_wait_until (is_done, &added);
  g_assert_no_error (added.error);
  g_object_unref (connected.object);
}

typedef struct
{
  GPtrArray *found;
  GError *error;
  gboolean done;
} Answer;

static void
answered_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Answer *answer = user_data;

  answer->found = rapport_address_book_search_query_finish (RAPPORT_ADDRESS_BOOK_SEARCH (object), result,
                                                            &answer->error);
  answer->done = TRUE;
}

static gboolean
is_answered (gpointer data)
{
  return ((Answer *) data)->done;
}

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->found, g_ptr_array_unref);
  g_clear_error (&answer->error);
  answer->done = FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static GStrv
names_of (GPtrArray *contacts)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < contacts->len; i++)
    g_strv_builder_take (builder, rapport_contact_dup_name (contacts->pdata[i]));
  names = g_strv_builder_end (builder);
  g_sort_array (names, g_strv_length (names), sizeof (char *), compare_names, NULL);
  return g_steal_pointer (&names);
}

static RapportSourceList *books;
static GSettings *settings;
static RapportStore *store;

static gboolean
books_listed (gpointer data)
{
  return rapport_source_list_get_state (books) == RAPPORT_SOURCE_LIST_READY;
}

static void
fill (void)
{
  g_autoptr(ESourceRegistry) registry = eds_test_registry ();
  g_autoptr(RapportContact) ana = rapport_contact_new ();
  g_autoptr(RapportContact) jo = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  /* In Rapport: Ana by her email, Jo by his phone. */
  rapport_contact_set_display_name (ana, "Ana Silva");
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, NULL, "Ana.Silva@Example.org"));
  rapport_contact_set_fields (ana, fields);
  rapport_store_add_contact (store, ana, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (fields, 0);
  rapport_contact_set_display_name (jo, "Jo Anand");
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, NULL, "+44 20 7946 0958"));
  rapport_contact_set_fields (jo, fields);
  rapport_store_add_contact (store, jo, &error);
  g_assert_no_error (error);

  add_contact (registry, "rapport-example-book-clients",
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nN:Silva;Ana;;;\r\n"
               "EMAIL;TYPE=WORK:ana.silva@example.org\r\nEND:VCARD\r\n");
  add_contact (registry, "rapport-example-book-clients",
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anabel Ruiz\r\nN:Ruiz;Anabel;;;\r\n"
               "EMAIL;TYPE=WORK:anabel@ruiz.example\r\nTEL;TYPE=CELL:+34 600 123 456\r\n"
               "ORG:Ruiz Arquitectos\r\nTITLE:Architect\r\nEND:VCARD\r\n");
  add_contact (registry, "rapport-example-book-clients",
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Costa\r\nN:Costa;Bruno;;;\r\n"
               "EMAIL:bruno@costa.example\r\nEND:VCARD\r\n");
  add_contact (registry, "system-address-book",
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jo Anand\r\nN:Anand;Jo;;;\r\n"
               "TEL:020 7946 0958\r\nEND:VCARD\r\n");
  add_contact (registry, "system-address-book",
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hana Mori\r\nN:Mori;Hana;;;\r\n"
               "EMAIL:hana@mori.example\r\nEND:VCARD\r\n");
  add_contact (registry, "rapport-example-book-family",
               "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anastasia Off\r\nN:Off;Anastasia;;;\r\n"
               "EMAIL:anastasia@off.example\r\nEND:VCARD\r\n");
}

static void
test_query (void)
{
  g_autoptr(RapportAddressBookSearch) search = rapport_address_book_search_new (books, settings);
  g_autoptr(GArray) known = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  Answer first = { 0 }, answer = { 0 };

  /* Before the user agreed: nobody, and no book is asked. */
  g_assert_false (rapport_address_book_search_is_active (search));
  rapport_address_book_search_query_async (search, "ana", answered_cb, &answer);
  test_wait_until (is_answered, &answer);
  g_assert_no_error (answer.error);
  g_assert_cmpuint (answer.found->len, ==, 0);
  answer_clear (&answer);

  g_settings_set_boolean (settings, "address-books-enabled", TRUE);
  g_settings_set_value (settings, "address-book-modes",
                        g_variant_new_parsed ("{'rapport-example-book-family': 'off'}"));

  /* A second keystroke cancels the first query. */
  rapport_address_book_search_query_async (search, "an", answered_cb, &first);
  rapport_address_book_search_query_async (search, "ana", answered_cb, &answer);
  test_wait_until (is_answered, &first);
  test_wait_until (is_answered, &answer);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (first.found);
  answer_clear (&first);
  g_assert_no_error (answer.error);

  /* By name or email, in every followed book; never the book switched off. */
  names = names_of (answer.found);
  g_assert_cmpstrv (names, ((const char *[]) { "Ana Silva", "Anabel Ruiz", "Hana Mori", "Jo Anand", NULL }));

  /* Who is in Rapport already: Ana by her email (written otherwise), Jo
   * by his phone (written otherwise). */
  known = rapport_store_match_known (store, answer.found, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < answer.found->len; i++)
    {
      g_autofree char *name = rapport_contact_dup_name (answer.found->pdata[i]);

      if (g_str_equal (name, "Anabel Ruiz") || g_str_equal (name, "Hana Mori"))
        g_assert_cmpint (g_array_index (known, gint64, i), ==, 0);
      else
        g_assert_cmpint (g_array_index (known, gint64, i), >, 0);
    }
  answer_clear (&answer);

  /* By email alone. */
  rapport_address_book_search_query_async (search, "mori.example", answered_cb, &answer);
  test_wait_until (is_answered, &answer);
  g_clear_pointer (&names, g_strfreev);
  names = names_of (answer.found);
  g_assert_cmpstrv (names, ((const char *[]) { "Hana Mori", NULL }));
  g_assert_cmpstr (rapport_address_book_search_get_book_name (answer.found->pdata[0]), ==, "Personal");
  answer_clear (&answer);

  g_settings_reset (settings, "address-book-modes");
  g_settings_reset (settings, "address-books-enabled");
}

static gboolean
offered (gpointer data)
{
  return gtk_widget_get_visible (data) &&
         gtk_widget_get_first_child (GTK_WIDGET (rapport_address_book_results_get_list (data))) != NULL;
}

static gboolean
is_chosen (gpointer data)
{
  return rapport_person_search_get_chosen (data) != 0;
}

static gboolean
not_offered (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
test_picker_adds (void)
{
  g_autoptr(RapportAddressBookSearch) search = rapport_address_book_search_new (books, settings);
  g_autoptr(RapportContact) added = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(RapportBookLink) found = NULL;
  g_autoptr(GHashTable) agreed = NULL;
  g_autoptr(GError) error = NULL;
  RapportBookLink *link;
  GtkWidget *window = gtk_window_new ();
  RapportPersonSearch *picker = rapport_person_search_new (store, 0);
  RapportAddressBookResults *results = rapport_person_search_get_address_book_results (picker);
  GtkWidget *row, *button;
  GPtrArray *fields;
  gint64 id;

  g_settings_set_boolean (settings, "address-books-enabled", TRUE);
  rapport_address_book_results_set_search (results, search);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (picker));
  gtk_window_present (GTK_WINDOW (window));

  rapport_person_search_set_text (picker, "anab");
  test_wait_until (offered, results);
  /* Only the one not in Rapport yet, where it comes from and its email. */
  row = gtk_widget_get_first_child (GTK_WIDGET (rapport_address_book_results_get_list (results)));
  g_assert_null (gtk_widget_get_next_sibling (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Anabel Ruiz");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Clients · anabel@ruiz.example");
  button = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add Anabel Ruiz to Rapport");

  /* One step: added as the vCard reads, then chosen, and offered no more. */
  gtk_widget_activate (button);
  test_wait_until (is_chosen, picker);
  id = rapport_person_search_get_chosen (picker);
  g_assert_cmpstr (rapport_person_search_get_chosen_name (picker), ==, "Anabel Ruiz");
  added = rapport_store_get_contact (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rapport_contact_get_company (added), ==, "Ruiz Arquitectos");
  g_assert_cmpstr (rapport_contact_get_profession (added), ==, "Architect");
  fields = rapport_contact_get_fields (added);
  g_assert_cmpuint (fields->len, ==, 2);
  g_assert_cmpint (rapport_contact_field_get_kind (fields->pdata[0]), ==, RAPPORT_FIELD_EMAIL);
  g_assert_cmpstr (rapport_contact_field_get_value (fields->pdata[0]), ==, "anabel@ruiz.example");
  g_assert_cmpint (rapport_contact_field_get_kind (fields->pdata[1]), ==, RAPPORT_FIELD_PHONE);
  g_assert_cmpstr (rapport_contact_field_get_value (fields->pdata[1]), ==, "+34 600 123 456");
  /* Linked with the contact it was read from, for the sync to follow. */
  links = rapport_store_list_book_links (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  link = links->pdata[0];
  g_assert_cmpstr (link->book_uid, ==, "rapport-example-book-clients");
  g_assert_nonnull (link->contact_uid);
  g_assert_cmpint (link->state, ==, RAPPORT_BOOK_LINK_LINKED);
  found = rapport_store_find_book_link (store, "rapport-example-book-clients", link->contact_uid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found->contact_id, ==, id);
  agreed = rapport_store_get_book_agreed (store, link->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (agreed), >, 0);
  test_wait_until (not_offered, results);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "address-books-enabled");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  store = test_open_new_default_store ();
  settings = g_settings_new (APP_ID);
  books = rapport_source_list_new (E_SOURCE_EXTENSION_ADDRESS_BOOK);
  rapport_source_list_start (books);
  test_wait_until (books_listed, NULL);
  fill ();

  g_test_add_func ("/rapport/address-book-search/query", test_query);
  g_test_add_func ("/rapport/address-book-search/picker-adds", test_picker_adds);

  status = g_test_run ();
  g_clear_object (&books);
  g_clear_object (&settings);
  g_clear_object (&store);
  return status;
}
