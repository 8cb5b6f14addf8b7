/* test-book-links-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a person comes from in the desktop's address books, on their page
 * (#19): a contact deleted in its book shows as no longer linked, Unlink
 * takes the link away, and the note left by a change on both sides shows
 * until dismissed; with no link, no note and no book followed, the group
 * is not there at all.
 */

#include "config.h"

#include "rapport-book-links-group.h"
#include "rapport-person-page.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"

static gboolean
has_n_links (gpointer data)
{
  gpointer *expected = data;

  return rapport_book_links_group_get_n_links (expected[0]) == GPOINTER_TO_UINT (expected[1]);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static void
test_unlink_and_dismiss (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(GError) error = NULL;
  RapportPersonPage *page = g_object_new (RAPPORT_TYPE_PERSON_PAGE, "store", store, NULL);
  GtkWidget *window = adw_window_new ();
  RapportBookLinksGroup *group;
  GtkWidget *row, *button;
  gpointer none[2] = { NULL, GUINT_TO_POINTER (0) };
  gint64 link_id;

  link_id = rapport_store_link_book_contact (store, rapport_contact_get_id (ana), "book", "uid", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rapport_store_mark_book_contact_gone (store, link_id, &error));
  g_assert_true (rapport_store_set_book_note (store, rapport_contact_get_id (ana),
                                              "Birthday: kept the address book’s “1 May 1992” rather than “1 May 1990”.",
                                              &error));

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_laid_out, window);
  rapport_person_page_set_contact (page, ana);
  group = RAPPORT_BOOK_LINKS_GROUP (test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_BOOK_LINKS_GROUP, NULL));
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));
  g_assert_cmpuint (rapport_book_links_group_get_n_links (group), ==, 1);

  row = test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Address Book");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "No longer in the address book: no longer linked");
  row = test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Changed on both sides");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "1 May 1992"));

  /* Unlink: the link goes, the person stays. */
  button = test_find_widget (GTK_WIDGET (group), GTK_TYPE_BUTTON, "_Unlink");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  none[0] = group;
  test_wait_until (has_n_links, none);
  g_assert_cmpint (test_raw_int (rapport_store_get_path (store), "SELECT count(*) FROM address_book_link"), ==, 0);
  g_assert_cmpint (test_raw_int (rapport_store_get_path (store), "SELECT count(*) FROM contact"), ==, 1);

  /* Dismiss: the note goes, and with nothing left the group hides. */
  button = test_find_widget (GTK_WIDGET (group), GTK_TYPE_BUTTON, "_Dismiss");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  test_wait_until (is_hidden, group);
  g_assert_null (rapport_store_dup_book_note (store, rapport_contact_get_id (ana)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rapport/book-links-ui/unlink-and-dismiss", test_unlink_and_dismiss);

  return g_test_run ();
}
