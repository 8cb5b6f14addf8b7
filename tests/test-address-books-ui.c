/* test-address-books-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences' Address Books group, real widgets against a private
 * Evolution Data Server (tests/eds-run.sh --sources) holding two local
 * address books besides its own: the books under their account, off until
 * the user agrees, then each with its mode kept in GSettings; a plain word
 * with no books, and without EDS.
 */

#include "config.h"

#include "eds-test-util.h"
#include "rapport-address-books-group.h"
#include "rapport-preferences-dialog.h"
#include "rapport-ui-test-util.h"

typedef struct
{
  GtkWidget *root;
  const char *title;
} Find;

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      found = find_row (child, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
row_is_there (gpointer data)
{
  Find *find = data;

  return find_row (find->root, find->title) != NULL;
}

static gboolean
row_is_gone (gpointer data)
{
  return !row_is_there (data);
}

static gboolean
is_settled (gpointer data)
{
  RapportSourceListState state = rapport_source_list_get_state (data);

  return state == RAPPORT_SOURCE_LIST_READY || state == RAPPORT_SOURCE_LIST_UNAVAILABLE;
}

static char *
dup_mode (GSettings  *settings,
          const char *uid)
{
  g_autoptr(GVariant) modes = g_settings_get_value (settings, "address-book-modes");
  char *mode = NULL;

  g_variant_lookup (modes, uid, "s", &mode);
  return mode;
}

static const char *
selected_mode (GtkWidget *row)
{
  GObject *item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (row));

  return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
}

static void
test_modes (void)
{
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_ADDRESS_BOOK);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(ESourceRegistry) registry = NULL;
  g_autoptr(ESource) added = NULL;
  g_autofree char *mode = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *group = rapport_address_books_group_new (sources, settings);
  GtkWidget *enable, *family, *clients, *personal;
  g_autoptr(GError) error = NULL;
  Find find = { group, "Family & Friends" };

  gtk_window_set_child (GTK_WINDOW (window), group);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Address Books");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "Looking for your address books…");

  rapport_source_list_start (sources);
  test_wait_until (row_is_there, &find);
  family = find_row (group, "Family & Friends");
  clients = find_row (group, "Clients");
  personal = find_row (group, "Personal");
  g_assert_nonnull (clients);
  g_assert_nonnull (personal);
  /* Only address books: the fixture's calendars are not listed. */
  g_assert_null (find_row (group, "Family"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (family)), ==, "On This Computer");
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                   "Rapport links the people you know"));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                            "Rapport itself sends nothing anywhere"));

  /* Off until the user agrees: the books wait for it, each on "Link
   * Only", the default. */
  enable = find_row (group, "_Link People With Your Address Books");
  g_assert_nonnull (enable);
  g_assert_true (gtk_widget_get_next_sibling (enable) == clients);
  g_assert_false (adw_switch_row_get_active (ADW_SWITCH_ROW (enable)));
  g_assert_false (gtk_widget_get_sensitive (family));
  g_assert_cmpstr (selected_mode (family), ==, "Link Only");
  g_assert_cmpstr (selected_mode (clients), ==, "Link Only");

  adw_switch_row_set_active (ADW_SWITCH_ROW (enable), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "address-books-enabled"));
  g_assert_true (gtk_widget_get_sensitive (family));
  g_assert_true (gtk_widget_get_sensitive (clients));

  /* Each book's mode, kept by its UID; the others stay unlisted. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (clients), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (family), 2);
  mode = dup_mode (settings, "rapport-example-book-clients");
  g_assert_cmpstr (mode, ==, "all");
  g_clear_pointer (&mode, g_free);
  mode = dup_mode (settings, "rapport-example-book-family");
  g_assert_cmpstr (mode, ==, "off");
  g_clear_pointer (&mode, g_free);
  mode = dup_mode (settings, "system-address-book");
  g_assert_null (mode);

  /* A book added later in EDS shows, on the default; the rows made again
   * keep what was chosen. */
  registry = eds_test_registry ();
  added = e_source_new (NULL, NULL, &error);
  g_assert_no_error (error);
  e_source_set_parent (added, "local-stub");
  e_source_set_display_name (added, "Neighbours");
  e_source_backend_set_backend_name (e_source_get_extension (added, E_SOURCE_EXTENSION_ADDRESS_BOOK), "local");
  e_source_registry_commit_source_sync (registry, added, NULL, &error);
  g_assert_no_error (error);
  g_set_object (&added, e_source_registry_ref_source (registry, e_source_get_uid (added)));
  find.title = "Neighbours";
  test_wait_until (row_is_there, &find);
  g_assert_cmpstr (selected_mode (find_row (group, "Neighbours")), ==, "Link Only");
  g_assert_cmpstr (selected_mode (find_row (group, "Clients")), ==, "Add Everyone");
  g_assert_cmpstr (selected_mode (find_row (group, "Family & Friends")), ==, "Off");

  /* Back to the default. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (group, "Clients")), 0);
  mode = dup_mode (settings, "rapport-example-book-clients");
  g_assert_cmpstr (mode, ==, "link");
  g_clear_pointer (&mode, g_free);

  eds_test_remove_source (added);
  find.title = "Neighbours";
  test_wait_until (row_is_gone, &find);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "address-books-enabled");
  g_settings_reset (settings, "address-book-modes");
}

/* Preferences asks EDS for the address books when opened, beside the
 * calendars. */
static void
test_dialog_asks (void)
{
  g_autoptr(RapportSourceList) calendars = rapport_source_list_new (E_SOURCE_EXTENSION_CALENDAR);
  g_autoptr(RapportSourceList) books = rapport_source_list_new (E_SOURCE_EXTENSION_ADDRESS_BOOK);
  GtkWidget *window = gtk_window_new ();
  AdwDialog *dialog = rapport_preferences_dialog_new_with_sources (calendars, books);
  Find find = { GTK_WIDGET (dialog), "Clients" };

  gtk_window_present (GTK_WINDOW (window));
  adw_dialog_present (dialog, window);
  g_assert_cmpint (rapport_source_list_get_state (books), !=, RAPPORT_SOURCE_LIST_IDLE);
  test_wait_until (row_is_there, &find);
  find.title = "Personal";
  test_wait_until (row_is_there, &find);
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), "_Link People With Your Address Books"));
  g_assert_nonnull (find_row (GTK_WIDGET (dialog), "_Show Events From Your Calendars"));

  adw_dialog_force_close (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
set_enabled (ESourceRegistry *registry,
             const char      *uid,
             gboolean         enabled)
{
  g_autoptr(ESource) source = e_source_registry_ref_source (registry, uid);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (source);
  e_source_set_enabled (source, enabled);
  e_source_write_sync (source, NULL, &error);
  g_assert_no_error (error);
}

/* With every book switched off in EDS, the group says where books come
 * from, and nothing else. */
static void
test_none (void)
{
  static const char * const uids[] = { "system-address-book", "rapport-example-book-family",
                                       "rapport-example-book-clients" };
  g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_ADDRESS_BOOK);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(ESourceRegistry) registry = eds_test_registry ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *group = rapport_address_books_group_new (sources, settings);
  Find find = { group, "Clients" };

  gtk_window_set_child (GTK_WINDOW (window), group);
  gtk_window_present (GTK_WINDOW (window));
  rapport_source_list_start (sources);
  test_wait_until (row_is_there, &find);

  for (guint i = 0; i < G_N_ELEMENTS (uids); i++)
    set_enabled (registry, uids[i], FALSE);
  find.title = "_Link People With Your Address Books";
  test_wait_until (row_is_gone, &find);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 0);
  g_assert_null (find_row (group, "Clients"));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                   "No address books were found. Address books you add in GNOME Contacts"));

  for (guint i = 0; i < G_N_ELEMENTS (uids); i++)
    set_enabled (registry, uids[i], TRUE);
  test_wait_until (row_is_there, &find);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unavailable (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RapportSourceList) sources = rapport_source_list_new (E_SOURCE_EXTENSION_ADDRESS_BOOK);
      g_autoptr(GSettings) settings = NULL;
      g_autofree char *address = g_build_filename (g_get_tmp_dir (), "rapport-no-bus-here", NULL);
      g_autofree char *variable = g_strconcat ("unix:path=", address, NULL);
      GtkWidget *group;

      g_setenv ("DBUS_SESSION_BUS_ADDRESS", variable, TRUE);
      /* GTK's accessibility needs the bus too, and would warn without. */
      g_setenv ("GTK_A11Y", "none", TRUE);
      adw_init ();
      settings = g_settings_new (APP_ID);
      group = g_object_ref_sink (rapport_address_books_group_new (sources, settings));
      rapport_source_list_start (sources);
      test_wait_until (is_settled, sources);
      g_assert_cmpint (rapport_source_list_get_state (sources), ==, RAPPORT_SOURCE_LIST_UNAVAILABLE);
      g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                "Evolution Data Server"));
      g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)),
                                "vCard files can still be imported and exported"));
      g_assert_null (find_row (group, "_Link People With Your Address Books"));
      g_object_unref (group);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The subprocess sets its session bus up first. */
  if (!g_test_subprocess ())
    adw_init ();

  g_test_add_func ("/rapport/address-books-ui/modes", test_modes);
  g_test_add_func ("/rapport/address-books-ui/dialog-asks", test_dialog_asks);
  g_test_add_func ("/rapport/address-books-ui/none", test_none);
  g_test_add_func ("/rapport/address-books-ui/unavailable", test_unavailable);

  return g_test_run ();
}
