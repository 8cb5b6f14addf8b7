/* test-keyboard-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of people from the keyboard, as someone with a big address book
 * uses it: typing fast, going from the search to the list and back, a new
 * person, the order of a search. Real widgets under the virtual display,
 * real keys (through XTEST) where the keyboard is what is tested, a real
 * database in the test's folder.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-keys-test-util.h"
#include "rapport-list-test-util.h"

/* Types @text into the search a letter every @ms milliseconds, as the
 * entry sees a person type: one change per letter. */
static void
type_search (RapportWindow *window,
             const char    *text,
             guint          ms)
{
  GtkEditable *search = GTK_EDITABLE (search_entry (window));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *prefix = g_strndup (text, g_utf8_next_char (p) - text);

      gtk_editable_set_text (search, prefix);
      gtk_editable_set_position (search, -1);
      test_settle_for (ms);   /* a person's pace, which is what is tested */
    }
}

static void
typed_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_assert_true (g_subprocess_wait_check_finish (G_SUBPROCESS (source), result, NULL));
  *(gboolean *) data = TRUE;
}

/* Types @text through the X server, @ms milliseconds a key. */
static void
type_keys (RapportWindow *window,
           const char    *text,
           guint          ms)
{
  g_autofree char *xid = test_window_xid (window);
  g_autofree char *delay = g_strdup_printf ("%u", ms);
  g_autoptr(GSubprocess) xdotool = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  /* The window active first: keys that come before it knows would be
   * taken as they were before (the list's). */
  xdotool = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "xdotool", "windowfocus", "--sync", xid, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (xdotool, NULL, NULL));
  g_clear_object (&xdotool);
  test_wait_until (test_window_is_active, window);
  test_settle ();
  xdotool = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                              "xdotool", "type", "--delay", delay, text, NULL);
  g_assert_no_error (error);
  /* The window answers while the keys come, as it would for a person. */
  g_subprocess_wait_check_async (xdotool, NULL, typed_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  test_handle_sent_keys (window);
}

/* Ctrl+F (the application's shortcut, and this window has none). */
static void
focus_search (RapportWindow *window)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  test_settle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), search_entry (window)));
}

/* The person whose row has the keyboard focus, or NULL. */
static RapportContact *
focused_person (RapportWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, people_view (window)))
    return NULL;
  row = gtk_widget_get_ancestor (focus, RAPPORT_TYPE_CONTACT_ROW);
  if (row == NULL)
    row = test_find_widget (focus, RAPPORT_TYPE_CONTACT_ROW, NULL);
  return row ? rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (row)) : NULL;
}

static gboolean
at_top (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) == 0;
}

/* "nakamura helix" typed at 60 ms a key: each answer, and the last, shows
 * from its top, however the answers before it were scrolled. */
static void
test_fast_typing_from_top (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment;
  RapportWindow *window;

  add_many (store, 3000, "Brook");
  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Aki%03u Nakamura", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);

      if (i % 15 == 0)
        {
          rapport_contact_set_company (contact, "Helix Labs");
          g_assert_true (rapport_store_save_contact (store, contact, &error));
        }
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  window = test_open_window (store, 1000, 500);
  wait_for_count (window, 3400);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (people_view (window)));

  /* Far down the whole list first, as after browsing it with the keys. */
  gtk_grid_view_scroll_to (GTK_GRID_VIEW (people_view (window)), 1700, GTK_LIST_SCROLL_FOCUS, NULL);
  test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  type_search (window, "nakamura helix", 60);
  wait_for_count (window, 27);
  test_wait_until (at_top, adjustment);
  test_settle ();
  {
    GtkWidget *first = row_of (people_view (window), person_at (window, 0));

    g_assert_nonnull (first);
    g_assert_true (in_sight (window, first));
  }

  test_close_window (window);
}

static gboolean
row_made_cb (gpointer data)
{
  gpointer *args = data;

  return row_of (people_view (args[0]), args[1]) != NULL;
}

static gboolean
focus_on_person_cb (gpointer data)
{
  gpointer *args = data;

  return focused_person (args[0]) == args[1];
}

/* Down from the search goes to the first row in sight, even when the row
 * last focused is far away; Enter in the search opens the first match. */
static void
test_search_keys (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window;
  GtkAdjustment *adjustment;
  RapportContact *contact;

  if (!test_can_press_keys ())
    return;

  add_many (store, 2100, "Person");
  window = test_open_window (store, 1000, 600);
  wait_for_count (window, 2100);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (people_view (window)));

  /* A person far down the list was opened from it, with the keyboard. */
  g_test_message ("a person far down, focused");
  gtk_grid_view_scroll_to (GTK_GRID_VIEW (people_view (window)), 1500, GTK_LIST_SCROLL_FOCUS | GTK_LIST_SCROLL_SELECT, NULL);
  {
    gpointer args[] = { window, person_at (window, 1500) };

    test_wait_until (row_made_cb, args);
    gtk_widget_grab_focus (gtk_widget_get_parent (row_of (people_view (window), person_at (window, 1500))));
    test_wait_until (focus_on_person_cb, args);
  }
  g_assert_true (selected_person (window) == person_at (window, 1500));

  /* Ctrl+F, a search, then Down: the first match, in sight. */
  g_test_message ("search, then Down");
  focus_search (window);
  type_search (window, "person 00", 20);
  wait_for_count (window, 100);
  test_settle ();
  test_press_keys (window, "Down");
  contact = focused_person (window);
  g_assert_nonnull (contact);
  g_assert_true (contact == person_at (window, 0));
  g_assert_true (in_sight (window, gtk_window_get_focus (GTK_WINDOW (window))));

  /* Scrolled down a little, Down goes to the first row in sight, not to
   * one above it. */
  focus_search (window);
  gtk_adjustment_set_value (adjustment, 400);
  test_settle ();
  test_press_keys (window, "Down");
  g_assert_nonnull (focused_person (window));
  g_assert_true (in_sight (window, gtk_window_get_focus (GTK_WINDOW (window))));
  g_assert_true (focused_person (window) != person_at (window, 0));

  /* Enter in the search opens the first match. */
  g_test_message ("Enter");
  focus_search (window);
  type_search (window, "person 0042", 20);
  wait_for_count (window, 1);
  test_settle ();
  test_press_keys (window, "Return");
  g_assert_true (rapport_person_page_get_contact (rapport_window_get_person_page (window)) == person_at (window, 0));
  g_assert_true (selected_person (window) == person_at (window, 0));

  test_close_window (window);
}

static gboolean
search_is_nakamura_helix (gpointer window)
{
  return g_str_equal (gtk_editable_get_text (GTK_EDITABLE (search_entry (window))), "nakamura helix");
}

/* Typing while the list has the keyboard (as at start) searches, spaces
 * and all: a space is not taken by the list to choose a row. */
static void
test_typing_from_the_list (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Nakamura");
  g_autoptr(RapportContact) bo = test_add_person (store, "Bo Nakamura");
  RapportWindow *window;

  if (!test_can_press_keys ())
    return;

  rapport_contact_set_company (bo, "Helix Labs");
  g_assert_true (rapport_store_save_contact (store, bo, NULL));
  window = test_open_window (store, 1000, 700);
  wait_for_count (window, 2);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), people_view (window)) ||
                 gtk_window_get_focus (GTK_WINDOW (window)) == people_view (window));

  type_keys (window, "nakamura helix", 60);
  /* On a busy machine the X server may still hold some of the keys. */
  test_wait_until (search_is_nakamura_helix, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry (window))), ==, "nakamura helix");
  wait_for_count (window, 1);
  g_assert_null (rapport_person_page_get_contact (rapport_window_get_person_page (window)));

  test_close_window (window);
}

/* Narrow, Enter opens the first match and the focus goes where the eyes
 * do: onto the page that opened, not a list out of sight. */
static void
test_search_enter_narrow (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Lopez");
  g_autoptr(RapportContact) bo = test_add_person (store, "Bo Lind");
  RapportWindow *window;
  GtkWidget *focus;

  if (!test_can_press_keys ())
    return;

  window = test_open_window (store, 360, 700);
  wait_for_count (window, 2);
  focus_search (window);
  type_search (window, "lind", 20);
  wait_for_count (window, 1);
  test_press_keys (window, "Return");
  g_assert_true (rapport_person_page_get_contact (rapport_window_get_person_page (window)) == bo);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_drawable (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (rapport_window_get_person_page (window))));

  test_close_window (window);
}

static const char *
content_title (RapportWindow *window)
{
  AdwNavigationSplitView *split_view = ADW_NAVIGATION_SPLIT_VIEW (test_find_widget (GTK_WIDGET (window),
                                                                                    ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL));

  return adw_navigation_page_get_title (adw_navigation_split_view_get_content (split_view));
}

static gboolean
new_person_selected (gpointer data)
{
  RapportWindow *window = data;
  RapportContact *shown = rapport_person_page_get_contact (rapport_window_get_person_page (window));

  return shown != NULL && selected_person (window) == shown;
}

/* Ctrl+N's page is a new person's, and the new person's row is chosen in
 * the list as soon as they are saved. */
static void
test_new_person (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) zoe = test_add_person (store, "Zoe");
  RapportWindow *window;
  GtkWidget *name_row;

  /* More than a list reads whole: its rows come in pages. */
  add_many (store, 2100, "Person");
  window = test_open_window (store, 1000, 700);
  wait_for_count (window, 2102);
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-person", NULL);
  test_settle ();
  g_assert_cmpstr (content_title (window), ==, "New Person");

  name_row = test_find_widget (GTK_WIDGET (rapport_window_get_person_page (window)), ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_nonnull (name_row);
  /* Typed a letter at a time: saved after the first, renamed after. */
  {
    const char *name = "Mia Brook";

    for (guint i = 1; i <= strlen (name); i++)
      {
        g_autofree char *typed = g_strndup (name, i);

        gtk_editable_set_text (GTK_EDITABLE (name_row), typed);
        if (i == 1)
          wait_for_count (window, 2103);
        else
          test_settle_for (100);   /* a person's pace */
      }
  }
  wait_for_count (window, 2103);
  test_wait_until (new_person_selected, window);
  g_assert_cmpstr (content_title (window), ==, "Mia Brook");

  test_close_window (window);
}

static char *
sort_state (RapportWindow *window)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), "sort");

  return g_variant_dup_string (state, NULL);
}

/* Whether the Sort and Filter menu offers the sort @target. */
static gboolean
menu_offers_sort (RapportWindow *window,
                  const char    *target)
{
  GtkWidget *button = NULL;
  GMenuModel *menu;

  /* The Sort and Filter button, by its tooltip. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, window);
    while (stack->len > 0 && button == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_MENU_BUTTON (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), "Sort and Filter") == 0)
          button = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section && j < g_menu_model_get_n_items (section); j++)
        {
          g_autoptr(GVariant) value = g_menu_model_get_item_attribute_value (section, j, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

          if (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target))
            return TRUE;
        }
    }
  return FALSE;
}

/* While a search is on, its answer comes best match first, and the sort
 * menu says so (not "Name"); another order can be chosen for it, and the
 * list's own order comes back when the search ends. */
static void
test_search_sorted_by_relevance (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Brook");
  g_autoptr(RapportContact) bo = test_add_person (store, "Bo Lind");
  RapportWindow *window = test_open_window (store, 1000, 700);
  RapportPeopleModel *people = rapport_window_get_people (window);
  g_autofree char *state = NULL;

  wait_for_count (window, 2);
  state = sort_state (window);
  g_assert_cmpstr (state, ==, "name");
  g_assert_false (menu_offers_sort (window, "relevance"));

  gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), "brook");
  wait_for_count (window, 1);
  g_free (state);
  state = sort_state (window);
  g_assert_cmpstr (state, ==, "relevance");
  g_assert_true (menu_offers_sort (window, "relevance"));
  g_assert_cmpint (rapport_people_model_get_sort (people), ==, RAPPORT_PEOPLE_SORT_RELEVANCE);

  /* Another order, for this search. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "sort", g_variant_new_string ("last-contacted"));
  g_assert_cmpint (rapport_people_model_get_sort (people), ==, RAPPORT_PEOPLE_SORT_LAST_CONTACTED);

  gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), "");
  wait_for_count (window, 2);
  g_free (state);
  state = sort_state (window);
  g_assert_cmpstr (state, ==, "name");
  g_assert_false (menu_offers_sort (window, "relevance"));
  g_assert_cmpint (rapport_people_model_get_sort (people), ==, RAPPORT_PEOPLE_SORT_NAME);

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/keyboard-ui/fast-typing-from-top", test_fast_typing_from_top);
  g_test_add_func ("/rapport/keyboard-ui/search-keys", test_search_keys);
  g_test_add_func ("/rapport/keyboard-ui/search-enter-narrow", test_search_enter_narrow);
  g_test_add_func ("/rapport/keyboard-ui/typing-from-the-list", test_typing_from_the_list);
  g_test_add_func ("/rapport/keyboard-ui/new-person", test_new_person);
  g_test_add_func ("/rapport/keyboard-ui/search-sorted-by-relevance", test_search_sorted_by_relevance);

  return g_test_run ();
}
