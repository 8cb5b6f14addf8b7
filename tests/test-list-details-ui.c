/* test-list-details-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the list of people and the pages beside it say: the filters that
 * narrow the list, the Due list and why someone is in it, counts in the
 * language's digits, an event's main action, and dialogs beside a narrow
 * window. Real widgets under the virtual display, a real database in the
 * test's folder.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>

#include "rapport-avatar.h"
#include "rapport-event-page.h"
#include "rapport-list-test-util.h"
#include "rapport-preferences-dialog.h"
#include "rapport-shortcuts.h"

static GtkWidget *
filter_chip (RapportWindow *window,
             const char    *label)
{
  GtkWidget *found = test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, label);
  GtkWidget *button = found ? gtk_widget_get_ancestor (found, GTK_TYPE_BUTTON) : NULL;

  return button != NULL && gtk_widget_get_mapped (button) ? button : NULL;
}

/* What narrows the list shows, each with a click that takes it away, and a
 * search that finds nobody says which filters are on and offers to clear
 * them. */
static void
test_filters_shown (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) bo = test_add_person (store, "Bo");
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "Climbing", NULL };
  RapportWindow *window;
  GtkWidget *chip, *clear;

  rapport_contact_set_tags (ana, tags);
  rapport_contact_set_cadence_days (bo, 30);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_true (rapport_store_save_contact (store, bo, &error));
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-100), "Call",
                               IDS (rapport_contact_get_id (bo)));

  window = test_open_window (store, 1000, 700);
  wait_for_count (window, 2);
  g_assert_null (filter_chip (window, "Tag: Climbing"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "tag", g_variant_new_string ("Climbing"));
  wait_for_count (window, 1);
  test_settle ();
  chip = filter_chip (window, "Tag: Climbing");
  g_assert_nonnull (chip);
  gtk_widget_activate (chip);
  wait_for_count (window, 2);
  test_settle ();
  g_assert_null (filter_chip (window, "Tag: Climbing"));

  /* Due and a tag, and a search: nobody. The page says why. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag", g_variant_new_string ("Climbing"));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "due-only", g_variant_new_boolean (TRUE));
  wait_for_count (window, 0);
  test_settle ();
  g_assert_nonnull (filter_chip (window, "Tag: Climbing"));
  {
    GtkWidget *title = test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "No Matches");
    AdwStatusPage *page = ADW_STATUS_PAGE (gtk_widget_get_ancestor (title, ADW_TYPE_STATUS_PAGE));
    const char *description;

    g_assert_nonnull (page);
    description = adw_status_page_get_description (page);
    g_assert_nonnull (strstr (description, "Due"));
    g_assert_nonnull (strstr (description, "Tag: Climbing"));
  }
  clear = test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Clear Filters");
  g_assert_nonnull (clear);
  g_assert_true (gtk_widget_get_mapped (clear));
  gtk_widget_activate (clear);
  wait_for_count (window, 2);
  test_settle ();
  g_assert_null (filter_chip (window, "Tag: Climbing"));
  {
    g_autoptr(GVariant) due = g_action_group_get_action_state (G_ACTION_GROUP (window), "due-only");

    g_assert_false (g_variant_get_boolean (due));
  }

  test_close_window (window);
}

static RapportContact *
add_due_person (RapportStore *store,
                const char   *name,
                int           days_ago)
{
  RapportContact *contact = test_add_person (store, name);
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;

  rapport_contact_set_cadence_days (contact, 30);
  g_assert_true (rapport_store_save_contact (store, contact, &error));
  g_assert_no_error (error);
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-days_ago), "Call",
                               IDS (rapport_contact_get_id (contact)));
  return contact;
}

static void
show_due (RapportWindow *window)
{
  g_action_group_change_action_state (G_ACTION_GROUP (window), "due-only", g_variant_new_boolean (TRUE));
  test_settle ();
}

/* Someone due only because of a follow-up is not "due to reconnect" (they
 * have no cadence): the Due list and their page say it is the follow-up;
 * an introduction's asks whether it helped, to a screen reader too. And a
 * due row shows the whole name at the window's usual size. */
static void
test_due_reasons (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) cy = test_add_person (store, "Cy Follow");
  g_autoptr(RapportContact) soren = add_due_person (store, "Søren Nakamura-Lindqvist", 100);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  RapportWindow *window;
  GtkWidget *row, *name;

  lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_days_from_today (-20), "Lunch",
                                IDS (rapport_contact_get_id (cy)));
  rapport_interaction_set_follow_up (lunch, test_days_from_today (-5));
  g_assert_true (rapport_store_save_interaction (store, lunch, &error));
  g_assert_no_error (error);
  /* Its follow-up three weeks later: five days ago. */
  introduction = rapport_store_introduce (store, rapport_contact_get_id (ana), rapport_contact_get_id (ben),
                                          "Introduced Ana Silva to Ben Ng", NULL, RAPPORT_INTRODUCTION_IN_PERSON,
                                          test_days_from_today (-26), &error);
  g_assert_no_error (error);

  window = test_open_window (store, 1000, 700);
  wait_for_count (window, 4);
  show_due (window);
  wait_for_count (window, 4);
  test_settle ();

  row = row_of (people_view (window), ben);
  g_assert_nonnull (row);
  g_assert_nonnull (test_find_widget (row, GTK_TYPE_LABEL, "Did Ana Silva and Ben Ng's introduction help?"));
  g_assert_null (test_find_widget (row, GTK_TYPE_LABEL, "Follow-up was due 5 days ago"));
  g_object_get (row, "summary", &summary, NULL);
  g_assert_cmpstr (summary, ==, "Ben Ng, Did Ana Silva and Ben Ng's introduction help?");

  row = row_of (people_view (window), cy);
  g_assert_nonnull (row);
  g_assert_nonnull (test_find_widget (row, GTK_TYPE_LABEL, "Follow-up was due 5 days ago"));
  row = row_of (people_view (window), soren);
  g_assert_nonnull (row);
  g_assert_null (test_find_widget (row, GTK_TYPE_LABEL, "Follow-up was due 5 days ago"));

  /* The name, whole. */
  name = test_find_widget (row, GTK_TYPE_LABEL, "Søren Nakamura-Lindqvist");
  g_assert_nonnull (name);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (name))));

  /* Their pages agree. */
  g_assert_true (gtk_widget_activate_action (people_view (window), "list.activate-item", "u",
                                             rapport_people_model_find (rapport_window_get_people (window),
                                                                        rapport_contact_get_id (cy))));
  test_settle ();
  name = test_find_widget (GTK_WIDGET (rapport_window_get_person_page (window)), GTK_TYPE_LABEL,
                           "Follow-up was due 5 days ago");
  g_assert_nonnull (name);
  g_assert_true (gtk_widget_get_mapped (name));
  g_assert_null (test_find_widget (GTK_WIDGET (rapport_window_get_person_page (window)), GTK_TYPE_LABEL,
                                   "Due to reconnect"));

  test_close_window (window);
}

static gboolean
toast_undo_visible (gpointer window)
{
  GtkWidget *button = test_find_widget (window, GTK_TYPE_BUTTON, "_Undo");

  return button != NULL && gtk_widget_get_mapped (button);
}

static gboolean
row_in_sight_cb (gpointer data)
{
  gpointer *args = data;
  GtkWidget *row = row_of (people_view (args[0]), args[1]);

  return row != NULL && in_sight (args[0], row);
}

/* Undo Snooze brings the row back, and the list scrolls to it. */
static void
test_undo_snooze_scrolls (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) first = NULL;
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment;
  RapportWindow *window;
  GtkWidget *snooze;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Due %02u", i);
      g_autoptr(RapportContact) contact = add_due_person (store, name, 200 - (int) i);

      if (i == 0)
        first = g_object_ref (contact);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  window = test_open_window (store, 1000, 600);
  show_due (window);
  wait_for_count (window, 60);
  test_settle ();
  g_assert_true (person_at (window, 0) == first);

  snooze = test_find_widget (row_of (people_view (window), first), GTK_TYPE_BUTTON, NULL);
  while (snooze != NULL && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (snooze)), "alarm-symbolic") != 0)
    snooze = gtk_widget_get_next_sibling (snooze);
  g_assert_nonnull (snooze);
  gtk_widget_activate (snooze);
  wait_for_count (window, 59);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (people_view (window)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  test_wait_until (toast_undo_visible, window);
  gtk_widget_activate (test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"));
  wait_for_count (window, 60);
  {
    gpointer args[] = { window, first };

    test_wait_until (row_in_sight_cb, args);
  }

  test_close_window (window);
}

static gboolean
briefing_shown (gpointer stack)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "briefing") == 0;
}

static GtkWidget *
mapped_button (RapportWindow *window,
               const char    *label)
{
  GtkWidget *button = test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, label);

  return button != NULL && gtk_widget_get_mapped (button) ? button : NULL;
}

/* Before an event its main action prepares for it (the briefing); after
 * it, it logs it. */
static void
test_event_main_action (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autoptr(RapportEvent) coming = rapport_event_new ("Harbour Meetup", tomorrow);
  g_autoptr(RapportEvent) past = rapport_event_new ("Spring Fair", last_week);
  g_autoptr(GError) error = NULL;
  RapportSidebarList *events;
  RapportWindow *window;
  AdwViewStack *stack;

  g_assert_true (rapport_store_add_event (store, coming, &error));
  g_assert_true (rapport_store_add_event (store, past, &error));
  g_assert_no_error (error);
  window = test_open_window (store, 1000, 700);
  events = test_find_sidebar_list (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_EVENTS);

  rapport_sidebar_list_select (events, coming);
  test_settle ();
  g_assert_null (mapped_button (window, "_Log the Event"));
  g_assert_nonnull (mapped_button (window, "_Prepare"));
  stack = ADW_VIEW_STACK (test_find_widget (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL),
                                            ADW_TYPE_VIEW_STACK, NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), !=, "briefing");
  /* A button clicks a moment after it is activated. */
  gtk_widget_activate (mapped_button (window, "_Prepare"));
  test_wait_until (briefing_shown, stack);

  rapport_sidebar_list_select (events, past);
  test_settle ();
  g_assert_null (mapped_button (window, "_Prepare"));
  g_assert_nonnull (mapped_button (window, "_Log the Event"));

  test_close_window (window);
}

/* Counts grouped as the language groups digits: "2.100 people" in German.
 * Needs the locale, made as the README says (_build/locale). */
static void
test_counts_for_the_locale (void)
{
  g_autofree char *locales = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "_build", "locale", NULL);
  g_autoptr(RapportStore) store = NULL;
  g_autofree char *old_numeric = g_strdup (setlocale (LC_NUMERIC, NULL));
  RapportWindow *window;
  GtkWidget *title;

  g_setenv ("LOCPATH", locales, TRUE);
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("needs the de_DE.UTF-8 locale in _build/locale (see the README)");
      return;
    }

  store = test_open_new_default_store ();
  add_many (store, 2100, "Person");
  window = test_open_window (store, 1000, 700);
  wait_for_count (window, 2100);
  test_settle ();
  title = test_find_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, "2.100 people");

  test_close_window (window);
  setlocale (LC_NUMERIC, old_numeric);
}

/* Preferences in a 360 px window, as a bottom sheet: no warning that it
 * does not fit (the tests make warnings fatal). */
static void
test_narrow_preferences (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 360, 720);
  AdwDialog *dialog = rapport_preferences_dialog_new ();

  g_object_ref (dialog);
  adw_dialog_present (dialog, GTK_WIDGET (window));
  test_wait_until (test_is_laid_out, dialog);
  test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  adw_dialog_force_close (dialog);
  test_settle ();
  g_object_unref (dialog);

  test_close_window (window);
}

static GtkWindow *
find_shortcuts_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (!RAPPORT_IS_WINDOW (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

/* A window of its own, or (libadwaita 1.8 and newer) a dialog. */
static gboolean
shortcuts_shown (gpointer window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (window);

  return (find_shortcuts_window () != NULL && test_is_laid_out (find_shortcuts_window ())) ||
         (dialog != NULL && test_is_laid_out (dialog));
}

/* The shortcuts window is titled for people, and beside a narrow window
 * it is no wider than it. */
static void
test_shortcuts_window (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 360, 720);
  GtkWindow *shortcuts;

  rapport_shortcuts_present (GTK_WIDGET (window));
  test_wait_until (shortcuts_shown, window);
  test_settle ();
  shortcuts = find_shortcuts_window ();
  if (ADW_IS_DIALOG (shortcuts) || shortcuts == NULL)
    {
      /* libadwaita 1.8 and newer: an AdwShortcutsDialog, titled by libadwaita. */
      test_close_window (window);
      return;
    }
  g_assert_cmpstr (gtk_window_get_title (shortcuts), ==, "Keyboard Shortcuts");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (shortcuts)), <=, 360);
  gtk_window_destroy (shortcuts);
  test_settle ();

  test_close_window (window);
}

/* The rows the list has made for its people (only those in sight with
 * @window), in order. */
static void
collect_rows (GtkWidget     *widget,
              RapportWindow *window,
              GPtrArray     *rows)
{
  if (RAPPORT_IS_CONTACT_ROW (widget) && rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (widget)) != NULL)
    {
      if (window == NULL || in_sight (window, widget))
        g_ptr_array_add (rows, g_object_ref (widget));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, window, rows);
}

/* A search that reorders the list (by name, then best match first) gives
 * the rows in sight people from the rows it took away the time before,
 * rather than tear them down and make new ones; each says its new person,
 * to a screen reader too, and in selection mode shows whether that person
 * is chosen. */
static void
test_rows_reused (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  RapportWindow *window;
  GtkWidget *search;

  /* Bo's rows are too far down to be made before the search. */
  add_many (store, 200, "Ana");
  add_many (store, 30, "Bo");
  window = test_open_window (store, 1000, 700);
  search = search_entry (window);
  wait_for_count (window, 230);
  test_settle ();
  collect_rows (people_view (window), NULL, seen);
  g_assert_cmpuint (seen->len, >=, 5);

  /* The first search of all makes its rows; the list's own order again
   * takes some back. */
  gtk_editable_set_text (GTK_EDITABLE (search), "bo");
  wait_for_count (window, 30);
  test_settle ();
  collect_rows (people_view (window), NULL, seen);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_count (window, 230);
  test_settle ();
  collect_rows (people_view (window), NULL, seen);

  gtk_editable_set_text (GTK_EDITABLE (search), "bo");
  wait_for_count (window, 30);
  test_settle ();
  collect_rows (people_view (window), window, shown);
  g_assert_cmpuint (shown->len, >=, 5);
  for (guint i = 0; i < shown->len; i++)
    {
      RapportContactRow *row = shown->pdata[i];
      const char *name = rapport_contact_get_display_name (rapport_contact_row_get_contact (row));
      g_autofree char *summary = NULL;

      g_assert_true (g_ptr_array_find (seen, row, NULL));
      g_assert_true (g_str_has_prefix (name, "Bo"));
      g_assert_nonnull (test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, name));
      g_object_get (row, "summary", &summary, NULL);
      g_assert_true (g_str_has_prefix (summary, name));
      gtk_test_accessible_assert_property (gtk_widget_get_parent (GTK_WIDGET (row)),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, summary);
    }

  /* Chosen in selection mode, then given to someone else: not chosen. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "select-mode", g_variant_new_boolean (TRUE));
  test_settle ();
  g_assert_true (gtk_selection_model_select_item (gtk_grid_view_get_model (GTK_GRID_VIEW (people_view (window))),
                                                  0, FALSE));
  test_settle ();
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (
    test_find_widget (row_of (people_view (window), person_at (window, 0)), GTK_TYPE_CHECK_BUTTON, NULL))));
  gtk_editable_set_text (GTK_EDITABLE (search), "ana");
  wait_for_count (window, 200);
  test_settle ();
  g_ptr_array_set_size (shown, 0);
  collect_rows (people_view (window), window, shown);
  for (guint i = 0; i < shown->len; i++)
    {
      GtkWidget *check = test_find_widget (shown->pdata[i], GTK_TYPE_CHECK_BUTTON, NULL);

      g_assert_true (g_ptr_array_find (seen, shown->pdata[i], NULL));
      g_assert_nonnull (check);
      g_assert_true (gtk_widget_get_visible (check));
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    }
  g_action_group_change_action_state (G_ACTION_GROUP (window), "select-mode", g_variant_new_boolean (FALSE));

  test_close_window (window);
}

/* The rows' initials are as large as fit the circle, each in one of a few
 * whole-pixel sizes (a font Pango loads once, not one for every name), on
 * the colour libadwaita's avatars give the name. */
static void
test_avatar_initials (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) sizes = g_hash_table_new (g_direct_hash, g_direct_equal);
  const char *names[] = { "Ada Ilić", "Bo Jiang", "Ivo Ito", "Mia Wong", "Wim Mo", "Lia Li", "Émile Zola",
                          "Jo Io", "Max Wu", "Oona Quinn", "Ülla Ek", "Yi Ma", NULL };
  RapportWindow *window;
  guint with_initials = 0;

  for (guint i = 0; names[i] != NULL; i++)
    g_object_unref (test_add_person (store, names[i]));
  window = test_open_window (store, 1000, 1200);
  wait_for_count (window, g_strv_length ((char **) names));
  test_settle ();
  collect_rows (people_view (window), window, rows);
  g_assert_cmpuint (rows->len, ==, g_strv_length ((char **) names));
  for (guint i = 0; i < rows->len; i++)
    {
      RapportContact *contact = rapport_contact_row_get_contact (rows->pdata[i]);
      GtkWidget *avatar = test_find_widget (rows->pdata[i], RAPPORT_TYPE_AVATAR, NULL);
      g_autofree char *name = rapport_contact_dup_name (contact);
      g_autofree char *color = g_strdup_printf ("color%u", g_str_hash (name) % 14 + 1);
      double size;

      g_assert_nonnull (avatar);
      g_assert_cmpint (gtk_widget_get_width (avatar), ==, 40);
      g_assert_cmpint (gtk_widget_get_height (avatar), ==, 40);
      g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (avatar)) == GTK_ACCESSIBLE_ROLE_PRESENTATION);
      size = rapport_avatar_get_font_size (RAPPORT_AVATAR (avatar));
      with_initials += *name != '\0';
      g_assert_true (gtk_widget_has_css_class (avatar, color));
      g_assert_cmpfloat (size, ==, round (size));
      g_assert_cmpfloat (size, >=, 8);
      g_assert_cmpfloat (size, <=, 40 / G_SQRT2 - (40 * 0.4 - 5));
      g_hash_table_add (sizes, GINT_TO_POINTER ((int) size));
    }
  g_assert_cmpuint (with_initials, ==, g_strv_length ((char **) names));
  g_assert_cmpuint (g_hash_table_size (sizes), <=, 6);

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/list-details-ui/filters-shown", test_filters_shown);
  g_test_add_func ("/rapport/list-details-ui/due-reasons", test_due_reasons);
  g_test_add_func ("/rapport/list-details-ui/undo-snooze-scrolls", test_undo_snooze_scrolls);
  g_test_add_func ("/rapport/list-details-ui/event-main-action", test_event_main_action);
  g_test_add_func ("/rapport/list-details-ui/counts-for-the-locale", test_counts_for_the_locale);
  g_test_add_func ("/rapport/list-details-ui/narrow-preferences", test_narrow_preferences);
  g_test_add_func ("/rapport/list-details-ui/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/rapport/list-details-ui/rows-reused", test_rows_reused);
  g_test_add_func ("/rapport/list-details-ui/avatar-initials", test_avatar_initials);

  return g_test_run ();
}
