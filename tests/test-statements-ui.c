/* test-statements-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements in the window: written with the builder, found in the list,
 * read, copied, duplicated, deleted with Undo, and still there after a
 * restart. Real widgets under the virtual display, a real database.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-peec-dialog.h"
#include "rapport-statement-page.h"
#include "rapport-statement-row.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

static const char *parts[] = { "profession", "expertise", "environment", "call-to-action" };
static const char *texts[] = {
  "I'm a family lawyer",
  "I help parents settle custody without going to court",
  "mostly for families in and around Leeds",
  "if you hear of a parent worried about a custody fight, I'd be glad to have a coffee with them",
};

/* What the list of statements holds (read now if not shown yet). */
static GListModel *
statements_of (RapportWindow *window)
{
  return rapport_sidebar_list_get_items (test_find_sidebar_list (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_STATEMENTS));
}

static gboolean
has_two (gpointer window)
{
  return g_list_model_get_n_items (statements_of (window)) >= 2;
}

/* The list view whose rows are statements. */
static GtkListView *
find_statements_list (GtkWidget *widget)
{
  RapportSidebarList *sidebar = test_find_sidebar_list (widget, RAPPORT_SIDEBAR_LIST_STATEMENTS);

  rapport_sidebar_list_get_items (sidebar);
  return GTK_LIST_VIEW (test_find_widget (GTK_WIDGET (sidebar), GTK_TYPE_LIST_VIEW, NULL));
}

static RapportStatementPage *
shown_statement_page (RapportWindow *window)
{
  return RAPPORT_STATEMENT_PAGE (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_STATEMENT_PAGE, NULL));
}

static void
test_write_find_and_keep (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  RapportPeecDialog *dialog;
  AdwNavigationView *steps;
  GtkListView *list;
  g_autofree char *text = NULL;

  /* An empty list offers to write the first statement. */
  g_assert_cmpuint (g_list_model_get_n_items (statements_of (window)), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-statement", NULL);
  test_settle ();
  dialog = RAPPORT_PEEC_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_true (RAPPORT_IS_PEEC_DIALOG (dialog));

  /* Each step, as typed, then Next; then Save on the review. */
  steps = ADW_NAVIGATION_VIEW (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_NAVIGATION_VIEW, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      AdwNavigationPage *page = adw_navigation_view_find_page (steps, parts[i]);
      GtkTextView *view = GTK_TEXT_VIEW (test_find_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL));

      g_assert_true (adw_navigation_view_get_visible_page (steps) == page);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), texts[i], -1);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.next", NULL));
      test_settle ();
    }
  g_assert_cmpstr (adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (steps)), ==, "review");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.save", NULL));
  test_settle ();

  /* It is in the list, and open. */
  g_assert_cmpuint (g_list_model_get_n_items (statements_of (window)), ==, 1);
  {
    RapportStatementPage *page = shown_statement_page (window);
    RapportPeecStatement *statement = rapport_statement_page_get_statement (page);

    g_assert_nonnull (statement);
    text = rapport_peec_statement_dup_text (statement);
    g_assert_true (g_str_has_prefix (text, "I'm a family lawyer. I help parents settle custody"));
  }

  /* Copy puts the whole statement on the clipboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown_statement_page (window)), "statement.copy", NULL));
  {
    GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (window)));
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_cmpstr (g_value_get_string (&value), ==, text);
  }
  test_close_window (window);
  g_clear_object (&store);

  /* After a restart, found in the list and opened from it. */
  store = rapport_store_open (NULL, NULL);
  window = test_open_window (store, 1200, 800);
  g_assert_cmpuint (g_list_model_get_n_items (statements_of (window)), ==, 1);
  list = find_statements_list (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 0));
  test_settle ();
  {
    g_autofree char *shown = rapport_peec_statement_dup_text (rapport_statement_page_get_statement (shown_statement_page (window)));

    g_assert_cmpstr (shown, ==, text);
  }
  test_close_window (window);
}

static void
test_duplicate_and_delete (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  RapportWindow *window;
  GtkListView *list;
  GtkWidget *undo;

  rapport_peec_statement_set_title (statement, "Breakfast club");
  rapport_peec_statement_set_profession (statement, texts[0]);
  g_assert_true (rapport_store_add_statement (store, statement, NULL));
  window = test_open_window (store, 1200, 800);
  list = find_statements_list (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 0));
  test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown_statement_page (window)), "statement.duplicate", NULL));
  test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (statements_of (window)), ==, 2);
  g_assert_cmpstr (rapport_peec_statement_get_title (rapport_statement_page_get_statement (shown_statement_page (window))),
                   ==, "Breakfast club (Copy)");
  /* ...and the copy is the one highlighted in the list. */
  {
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));

    g_assert_true (gtk_single_selection_get_selected_item (selection) ==
                   rapport_statement_page_get_statement (shown_statement_page (window)));
  }

  /* Delete: gone at once, back on Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (shown_statement_page (window)), "statement.delete", NULL));
  test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (statements_of (window)), ==, 1);
  /* The deleted statement is not left on screen. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (shown_statement_page (window))));
  undo = test_find_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);

  /* A button activated from the keyboard clicks a moment later. */
  g_assert_true (gtk_widget_activate (undo));
  test_wait_until (has_two, window);
  g_assert_cmpuint (g_list_model_get_n_items (statements_of (window)), ==, 2);

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/statements-ui/write-find-and-keep", test_write_find_and_keep);
  g_test_add_func ("/rapport/statements-ui/duplicate-and-delete", test_duplicate_and_delete);

  return g_test_run ();
}
