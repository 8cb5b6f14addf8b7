/* test-select-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choosing many people from the keyboard, with real keys through the X
 * server (xdotool): Shift+Down starts selection mode from the row in
 * focus, Down moves without changing the choice, Space chooses or no
 * longer, Ctrl+A chooses the whole answer of a search, Escape leaves. The
 * rows' list items say "selected" to screen readers (GTK's test backend),
 * the bar says how many; a tag given to the whole answer reaches exactly
 * its people, in one change that one Undo takes back.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-keys-test-util.h"
#include "rapport-list-test-util.h"
#include "rapport-people-selection.h"
#include "rapport-selection-bar.h"

#define N_PEOPLE 40

static RapportPeopleSelection *
selection_of (RapportWindow *window)
{
  return RAPPORT_PEOPLE_SELECTION (gtk_grid_view_get_model (rapport_window_get_people_view (window)));
}

/* The position of the row with the keyboard focus, or G_MAXUINT. */
static guint
focused_position (RapportWindow *window)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, people_view (window)))
    return G_MAXUINT;
  row = gtk_widget_get_ancestor (focus, RAPPORT_TYPE_CONTACT_ROW);
  if (row == NULL)
    row = test_find_widget (focus, RAPPORT_TYPE_CONTACT_ROW, NULL);
  if (row == NULL)
    return G_MAXUINT;
  return rapport_people_model_find (rapport_window_get_people (window),
                                    rapport_contact_get_id (rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (row))));
}

/* Whether the row at @position is chosen, as a screen reader hears it
 * (its list item's "selected" state) and as it shows (its check mark). */
static gboolean
row_selected (RapportWindow *window,
              guint          position)
{
  GtkWidget *row = row_of (people_view (window), person_at (window, position));
  GtkWidget *item;
  GtkWidget *check;
  g_autofree char *not_selected = NULL;
  gboolean selected;

  g_assert_nonnull (row);
  item = gtk_widget_get_parent (row);
  selected = (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_SELECTED) != 0;
  not_selected = gtk_test_accessible_check_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);
  g_assert_true ((not_selected != NULL) == selected);
  check = test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_get_visible (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) == selected);
  return selected;
}

/* The bar's count: "3 selected". */
static void
assert_count (RapportWindow *window,
              const char    *text)
{
  GtkWidget *bar = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_SELECTION_BAR, NULL);

  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_nonnull (test_find_widget (bar, GTK_TYPE_LABEL, text));
}

static guint
count_tagged (RapportStore *store,
              const char   *tag)
{
  g_autoptr(RapportPeopleModel) people = rapport_people_model_new (store);

  rapport_people_model_set_tag (people, tag);
  return g_list_model_get_n_items (G_LIST_MODEL (people));
}

/* The bar's changes can be made: no tag's change is running. */
static gboolean
can_change (gpointer window)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), "selection-tag");
}

typedef struct
{
  RapportStore *store;
  const char *tag;
  guint n;
} TaggedCheck;

static gboolean
is_tagged (gpointer data)
{
  TaggedCheck *check = data;

  return count_tagged (check->store, check->tag) == check->n;
}

/* The tag's change runs on a worker thread: until @n people have it. */
static void
wait_tagged (RapportStore *store,
             const char   *tag,
             guint         n)
{
  TaggedCheck check = { store, tag, n };

  test_wait_until (is_tagged, &check);
}

static void
test_keyboard (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GArray) ids = NULL;
  RapportPeopleSelection *selection;
  RapportWindow *window;
  GtkWidget *bar;

  if (!test_can_press_keys ())
    return;

  add_many (store, N_PEOPLE, "Rowan");
  window = test_open_window (store, 1000, 700);
  wait_for_count (window, N_PEOPLE);
  selection = selection_of (window);
  bar = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_SELECTION_BAR, NULL);
  g_assert_false (gtk_widget_get_visible (bar));

  /* From the list, Down goes to the first row; Shift+Down twice chooses
   * it and the two after it, and starts selection mode. */
  gtk_widget_grab_focus (people_view (window));
  test_press_keys (window, "Down");
  g_assert_cmpuint (focused_position (window), ==, 0);
  g_assert_false (rapport_people_selection_get_active (selection));
  test_press_keys (window, "shift+Down");
  test_press_keys (window, "shift+Down");
  g_assert_true (rapport_people_selection_get_active (selection));
  g_assert_cmpuint (focused_position (window), ==, 2);
  g_assert_cmpuint (rapport_people_selection_get_n_selected (selection), ==, 3);
  assert_count (window, "3 selected");
  g_assert_true (row_selected (window, 0));
  g_assert_true (row_selected (window, 1));
  g_assert_true (row_selected (window, 2));
  g_assert_false (row_selected (window, 3));

  /* Down moves without changing the choice; Space chooses; on a chosen
   * row, Space takes it out again. */
  test_press_keys (window, "Down");
  test_press_keys (window, "Down");
  g_assert_cmpuint (focused_position (window), ==, 4);
  g_assert_cmpuint (rapport_people_selection_get_n_selected (selection), ==, 3);
  test_press_keys (window, "space");
  g_assert_true (row_selected (window, 4));
  assert_count (window, "4 selected");
  test_press_keys (window, "Up");
  test_press_keys (window, "Up");
  test_press_keys (window, "Up");
  g_assert_cmpuint (focused_position (window), ==, 1);
  test_press_keys (window, "space");
  g_assert_false (row_selected (window, 1));
  assert_count (window, "3 selected");
  ids = rapport_people_selection_dup_ids (selection);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, rapport_contact_get_id (person_at (window, 0)));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, rapport_contact_get_id (person_at (window, 2)));
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, rapport_contact_get_id (person_at (window, 4)));

  /* Ctrl+A: everyone in the list. */
  test_press_keys (window, "ctrl+a");
  assert_count (window, "40 selected");
  g_assert_true (row_selected (window, 1));
  g_assert_true (row_selected (window, 3));

  /* A search starts the choice again; Ctrl+A in its answer chooses the
   * answer, and the tag reaches them and nobody else. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry (window)), "rowan 001");
  wait_for_count (window, 10);
  assert_count (window, "Nobody selected");
  gtk_widget_grab_focus (people_view (window));
  test_press_keys (window, "Down");
  test_press_keys (window, "ctrl+a");
  assert_count (window, "10 selected");
  rapport_window_tag_selection (window, "Met at the fair");
  wait_tagged (store, "Met at the fair", 10);
  g_assert_cmpint (rapport_contact_get_closeness (person_at (window, 0)), ==, RAPPORT_CLOSENESS_UNKNOWN);
  /* Its toast's Undo takes it from all ten at once. */
  test_wait_until (can_change, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.selection-undo", NULL);
  wait_tagged (store, "Met at the fair", 0);
  test_wait_until (can_change, window);

  /* The bar's closeness, through its action, for the ten. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.selection-closeness", "i", RAPPORT_CLOSENESS_FRIEND);
  test_settle ();
  g_assert_cmpint (rapport_contact_get_closeness (person_at (window, 0)), ==, RAPPORT_CLOSENESS_FRIEND);
  g_assert_cmpint (rapport_contact_get_closeness (person_at (window, 9)), ==, RAPPORT_CLOSENESS_FRIEND);

  /* Delete takes the ten out of the list at once; one Undo brings all
   * ten back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.selection-delete", NULL);
  wait_for_count (window, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.selection-undo", NULL);
  wait_for_count (window, 10);
  g_assert_cmpuint (count_tagged (store, NULL), ==, N_PEOPLE);

  /* Escape leaves selection mode: no row chosen, no check marks, no bar. */
  gtk_widget_grab_focus (people_view (window));
  test_press_keys (window, "Down");
  test_press_keys (window, "Escape");
  g_assert_false (rapport_people_selection_get_active (selection));
  g_assert_false (gtk_widget_get_visible (bar));
  g_assert_null (selected_person (window));
  g_assert_false (gtk_widget_get_visible (test_find_widget (row_of (people_view (window), person_at (window, 0)),
                                                            GTK_TYPE_CHECK_BUTTON, NULL)));

  test_close_window (window);
}

/* Outside selection mode the list is as it was: Down and Enter open a
 * person, and Ctrl+A from there starts selection mode with everyone. */
static void
test_ctrl_a_from_normal (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GVariant) state = NULL;
  RapportPeopleSelection *selection;
  RapportWindow *window;

  if (!test_can_press_keys ())
    return;

  add_many (store, 12, "Sasha");
  window = test_open_window (store, 1000, 700);
  wait_for_count (window, 12);
  selection = selection_of (window);
  gtk_widget_grab_focus (people_view (window));
  test_press_keys (window, "Down");
  test_press_keys (window, "Down");
  test_press_keys (window, "Return");
  g_assert_true (selected_person (window) == person_at (window, 1));
  g_assert_false (rapport_people_selection_get_active (selection));

  gtk_widget_grab_focus (people_view (window));
  test_press_keys (window, "ctrl+a");
  g_assert_true (rapport_people_selection_get_active (selection));
  assert_count (window, "12 selected");
  g_assert_true (row_selected (window, 0));
  g_assert_true (row_selected (window, 11));

  /* The header's Select button says the mode, and leaves it. */
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "select-mode");
  g_assert_true (g_variant_get_boolean (state));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "select-mode", g_variant_new_boolean (FALSE));
  test_settle ();
  g_assert_false (rapport_people_selection_get_active (selection));
  /* The person open is still the one chosen. */
  g_assert_true (selected_person (window) == person_at (window, 1));

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  /* The rows' states are read through GTK's test backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/select-ui/keyboard", test_keyboard);
  g_test_add_func ("/rapport/select-ui/ctrl-a-from-normal", test_ctrl_a_from_normal);

  return g_test_run ();
}
