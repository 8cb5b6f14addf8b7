/* test-duplicates-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find Duplicates from the window's menu: the pair found on a worker
 * thread, opened from the list with the keyboard, the other person's
 * company chosen, merged, and Undo giving both back exactly; then "Not the
 * Same Person", remembered the next time — real widgets under the virtual
 * display, a real database.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-contact-field.h"
#include "rapport-duplicate.h"
#include "rapport-duplicates-dialog.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-vcard-writer.h"
#include "rapport-window.h"

static RapportDuplicatesDialog *
visible_dialog (RapportWindow *window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  return RAPPORT_IS_DUPLICATES_DIALOG (dialog) ? RAPPORT_DUPLICATES_DIALOG (dialog) : NULL;
}

static gboolean
has_dialog (gpointer window)
{
  return visible_dialog (window) != NULL;
}

static gboolean
no_dialog (gpointer window)
{
  return visible_dialog (window) == NULL;
}

static gboolean
shows_list (gpointer dialog)
{
  GtkWidget *stack = test_find_widget (dialog, GTK_TYPE_STACK, NULL);

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "list") == 0;
}

static gboolean
shows_empty (gpointer dialog)
{
  GtkWidget *stack = test_find_widget (dialog, GTK_TYPE_STACK, NULL);

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "empty") == 0;
}

static gboolean
has_one_pair (gpointer dialog)
{
  return shows_list (dialog) && g_list_model_get_n_items (rapport_duplicates_dialog_get_pairs (dialog)) == 1;
}

static gboolean
shows_compare (gpointer dialog)
{
  AdwNavigationView *navigation = ADW_NAVIGATION_VIEW (test_find_widget (dialog, ADW_TYPE_NAVIGATION_VIEW, NULL));
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (navigation);

  return page != NULL && g_strcmp0 (adw_navigation_page_get_tag (page), "compare") == 0;
}

static RapportContact *
add_person_with (RapportStore *store,
                 const char   *name,
                 const char   *company,
                 const char   *email,
                 const char   *phone)
{
  RapportContact *contact = test_make_person (name);

  rapport_contact_set_company (contact, company);
  if (email != NULL)
    test_add_field (contact, RAPPORT_FIELD_EMAIL, "work", email);
  if (phone != NULL)
    test_add_field (contact, RAPPORT_FIELD_PHONE, "mobile", phone);
  return test_save_person (store, contact);
}

static char *
dump_person (RapportStore *store,
             gint64        id)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, id, NULL);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (contact);
  rapport_vcard_append_contact (out, contact);
  return g_string_free (out, FALSE);
}

static guint
count_people (RapportStore *store)
{
  g_autoptr(GArray) ids = rapport_store_list_contact_ids (store, NULL);

  return ids->len;
}

/* The list's first pair, opened as Enter would. */
static void
open_first_pair (RapportDuplicatesDialog *dialog)
{
  GtkWidget *list = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW, NULL);

  test_wait_until (test_is_laid_out, list);
  g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", 0));
  test_wait_until (shows_compare, dialog);
  test_settle ();
}

static void
test_merge_and_undo (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person_with (store, "Ana Silva", "Kestrel Health", "ana@kestrel.example", NULL);
  g_autoptr(RapportContact) card = add_person_with (store, "Silva, Ana", "Kestrel Health Ltd", "ANA@kestrel.example",
                                                     "+351 912 345 678");
  g_autoptr(RapportContact) ben = add_person_with (store, "Ben Ng", "Timberworks", NULL, "+44 20 7946 0000");
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GListModel) timeline = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ana_before = NULL, *card_before = NULL, *ana_after = NULL, *card_after = NULL;
  gint64 ana_id = rapport_contact_get_id (ana), card_id = rapport_contact_get_id (card);
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportDuplicatesDialog *dialog;
  GtkWidget *value, *merge, *undo;

  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2026-04-01"), "Called about the bridge",
                               IDS (card_id));
  ana_before = dump_person (store, ana_id);
  card_before = dump_person (store, card_id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-duplicates", NULL));
  test_wait_until (has_dialog, window);
  dialog = visible_dialog (window);
  test_wait_until (has_one_pair, dialog);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "1 likely duplicate"));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Ana Silva and Silva, Ana"));

  /* Side by side: the company differs, so it is a choice; the kept
   * person's value is chosen to start with. */
  open_first_pair (dialog);
  value = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Kestrel Health Ltd");
  g_assert_nonnull (value);
  value = gtk_widget_get_parent (value);
  g_assert_true (GTK_IS_CHECK_BUTTON (value));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (value)));
  gtk_widget_activate (value);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (value)));
  /* The number only the card has is combined, not asked about. */
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL,
                                      "ana@kestrel.example\n+351 912 345 678"));

  merge = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Merge");
  g_assert_nonnull (merge);
  gtk_widget_activate (merge);
  test_wait_until (shows_empty, dialog);
  g_assert_cmpuint (count_people (store), ==, 2);
  g_assert_cmpstr (rapport_contact_get_company (ana), ==, "Kestrel Health Ltd");
  g_assert_cmpuint (rapport_contact_get_fields (ana)->len, ==, 2);
  timeline = rapport_store_list_timeline (store, ana_id);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);

  /* Undo, from the toast: both back exactly, and the pair listed again. */
  undo = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  test_wait_until (test_is_laid_out, undo);
  gtk_widget_activate (undo);
  test_wait_until (has_one_pair, dialog);
  g_assert_cmpuint (count_people (store), ==, 3);
  ana_after = dump_person (store, ana_id);
  card_after = dump_person (store, card_id);
  g_assert_cmpstr (ana_after, ==, ana_before);
  g_assert_cmpstr (card_after, ==, card_before);

  /* Not the same person: off the list, and not found again. */
  open_first_pair (dialog);
  gtk_widget_activate (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Not the Same Person"));
  test_wait_until (shows_empty, dialog);
  adw_dialog_close (ADW_DIALOG (dialog));
  test_wait_until (no_dialog, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-duplicates", NULL));
  test_wait_until (has_dialog, window);
  dialog = visible_dialog (window);
  test_wait_until (shows_empty, dialog);
  g_assert_cmpuint (count_people (store), ==, 3);
  adw_dialog_close (ADW_DIALOG (dialog));
  test_wait_until (no_dialog, window);

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/duplicates-ui/merge-and-undo", test_merge_and_undo);

  return g_test_run ();
}
