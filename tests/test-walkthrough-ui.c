/* test-walkthrough-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What got in the way walking through the app with the keyboard and a
 * screen reader's view: an event that moves from past to upcoming as its
 * date changes, logging one that has not happened, the date picker's
 * keyboard cursor and arrows, where the focus lands, the empty start, the
 * names rows and cards are read with, and the briefing saying which event
 * it is for. Real widgets under the virtual display, a real database.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-briefing-view.h"
#include "rapport-event-page.h"
#include "rapport-event-row.h"
#include "rapport-interaction-row.h"
#include "rapport-log-event-dialog.h"
#include "rapport-peec-dialog.h"
#include "rapport-sidebar-list.h"
#include "rapport-statement-row.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

static RapportEventPage *
event_page (RapportWindow *window)
{
  return RAPPORT_EVENT_PAGE (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL));
}

static void
show_events (RapportWindow *window)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)),
                                         "events");
  test_settle ();
}

static void
collect_headings (GtkWidget *widget,
                  GPtrArray *headings)
{
  /* A section header is drawn as a "header" node around its label. */
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_widget_get_css_name (gtk_widget_get_parent (widget)), "header") == 0)
    g_ptr_array_add (headings, (gpointer) gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_headings (child, headings);
}

/* The headings the events list shows, joined by "|". */
static char *
event_headings (RapportWindow *window)
{
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  RapportSidebarList *list = test_find_sidebar_list (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_EVENTS);

  collect_headings (test_find_widget (GTK_WIDGET (list), GTK_TYPE_LIST_VIEW, NULL), headings);
  g_ptr_array_add (headings, NULL);
  return g_strjoinv ("|", (char **) headings->pdata);
}

static RapportEvent *
add_event_in (RapportStore *store,
              const char   *name,
              int           years)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) starts_at = g_date_time_new_local (g_date_time_get_year (now) + years, 6, 1, 18, 0, 0);
  RapportEvent *event = rapport_event_new (name, starts_at);

  g_assert_true (rapport_store_add_event (store, event, NULL));
  return event;
}

/* A new event is today's, begun; given a day to come, it is listed under
 * Upcoming at once, and back under Past when its day is moved back. */
static void
test_event_moves_between_sections (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_year = g_date_time_new_local (g_date_time_get_year (now) + 1, 3, 10, 0, 0, 0);
  g_autoptr(GDateTime) last_year = g_date_time_new_local (g_date_time_get_year (now) - 1, 3, 11, 0, 0, 0);
  g_autoptr(RapportEvent) old = NULL;
  RapportWindow *window = test_open_window (store, 1200, 800);
  GtkCalendar *calendar;
  GListModel *events;
  g_autofree char *headings = NULL;
  guint start, end;

  show_events (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
  test_settle ();
  events = rapport_sidebar_list_get_items (test_find_sidebar_list (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_EVENTS));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  headings = event_headings (window);
  g_assert_cmpstr (headings, ==, "Past");
  g_clear_pointer (&headings, g_free);

  calendar = GTK_CALENDAR (test_find_widget (GTK_WIDGET (event_page (window)), GTK_TYPE_CALENDAR, NULL));
  gtk_calendar_select_day (calendar, next_year);
  g_assert_true (rapport_event_page_save_now (event_page (window)));
  test_settle ();
  headings = event_headings (window);
  g_assert_cmpstr (headings, ==, "Upcoming");
  g_clear_pointer (&headings, g_free);

  /* Among others, it moves to its place, and the headings follow. */
  old = add_event_in (store, "Old fair", -2);
  test_settle ();
  headings = event_headings (window);
  g_assert_cmpstr (headings, ==, "Upcoming|Past");
  g_clear_pointer (&headings, g_free);
  gtk_calendar_select_day (calendar, last_year);
  g_assert_true (rapport_event_page_save_now (event_page (window)));
  test_settle ();
  gtk_section_model_get_section (GTK_SECTION_MODEL (events), 0, &start, &end);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 2);
  headings = event_headings (window);
  g_assert_cmpstr (headings, ==, "Past");

  test_close_window (window);
}

static gboolean
dialog_shown (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) != NULL;
}

static gboolean
cancel_shown (gpointer window)
{
  return test_find_button (window, "_Cancel") != NULL;
}

static gboolean
no_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) == NULL;
}

/* Logging an event to come asks first; Cancel logs nothing. One that has
 * happened is logged without a question. */
static void
test_log_future_event_asks (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportEvent) coming = add_event_in (store, "Summit", 1);
  g_autoptr(RapportEvent) past = add_event_in (store, "Fair", -1);
  RapportWindow *window = test_open_window (store, 1200, 800);
  RapportSidebarList *list;
  AdwDialog *dialog;

  show_events (window);
  list = test_find_sidebar_list (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_EVENTS);
  g_signal_emit_by_name (list, "activated", coming);
  test_settle ();
  g_assert_true (rapport_event_page_get_event (event_page (window)) == coming);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (event_page (window)), "event.log", NULL));
  test_wait_until (dialog_shown, window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "Log a Future Event?");
  g_assert_cmpstr (adw_alert_dialog_get_default_response (ADW_ALERT_DIALOG (dialog)), ==, "cancel");
  test_wait_until (cancel_shown, window);
  g_assert_true (gtk_widget_activate (test_find_button (GTK_WIDGET (dialog), "_Cancel")));
  test_wait_until (no_dialog, window);
  test_settle ();
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  g_signal_emit_by_name (list, "activated", past);
  test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (event_page (window)), "event.log", NULL));
  test_wait_until (dialog_shown, window);
  g_assert_true (RAPPORT_IS_LOG_EVENT_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))));
  adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  test_wait_until (no_dialog, window);

  test_close_window (window);
}

/* A fresh start with nobody: the first step has the focus, and Import is
 * offered beside Add Person. */
static void
test_empty_start (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  GtkWidget *add = test_find_button (GTK_WIDGET (window), "_Add Person");
  GtkWidget *import = test_find_button (GTK_WIDGET (window), "_Import Contacts…");

  g_assert_nonnull (add);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == add);
  g_assert_nonnull (import);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (import)), ==, "win.import");
  /* Tab goes on from there, to Import. */
  g_assert_true (gtk_widget_child_focus (gtk_widget_get_parent (add), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == import);

  test_close_window (window);
}

static gboolean
dialog_gone_and_focused (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) == NULL && gtk_window_get_focus (window) != NULL;
}

/* The statement whose row holds the focus, or NULL. */
static RapportPeecStatement *
focused_statement (RapportWindow *window)
{
  for (GtkWidget *w = gtk_window_get_focus (GTK_WINDOW (window)); w != NULL; w = gtk_widget_get_parent (w))
    {
      RapportStatementRow *row = RAPPORT_STATEMENT_ROW (test_find_widget (w, RAPPORT_TYPE_STATEMENT_ROW, NULL));

      if (row != NULL && GTK_IS_LIST_VIEW (gtk_widget_get_parent (w)))
        {
          RapportPeecStatement *statement = NULL;

          g_object_get (row, "statement", &statement, NULL);
          g_object_unref (statement);
          return statement;
        }
    }
  return NULL;
}

/* Saving a new statement leaves the focus on its row. */
static void
test_statement_saved_focus (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  AdwNavigationView *steps;
  AdwDialog *dialog;
  GtkTextView *view;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-statement", NULL);
  test_wait_until (dialog_shown, window);
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (RAPPORT_IS_PEEC_DIALOG (dialog));
  steps = ADW_NAVIGATION_VIEW (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_NAVIGATION_VIEW, NULL));
  view = GTK_TEXT_VIEW (test_find_widget (GTK_WIDGET (adw_navigation_view_find_page (steps, "profession")),
                                          GTK_TYPE_TEXT_VIEW, NULL));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "I'm a family lawyer", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.save", NULL));
  test_wait_until (dialog_gone_and_focused, window);
  test_settle_for (200);

  g_assert_nonnull (focused_statement (window));
  g_assert_true (focused_statement (window) ==
                 rapport_sidebar_list_get_selected (test_find_sidebar_list (GTK_WIDGET (window),
                                                                            RAPPORT_SIDEBAR_LIST_STATEMENTS)));
  test_close_window (window);
}

static void
collect_cards (GtkWidget *widget,
               GPtrArray *cards)
{
  if (gtk_widget_has_css_class (widget, "briefing-card"))
    {
      g_ptr_array_add (cards, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_cards (child, cards);
}

/* The briefing says which event it is for; each card is a group named for
 * its person. */
static void
test_briefing_says_which_event (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GDateTime) when = g_date_time_new_local (2031, 3, 14, 18, 30, 0);
  g_autoptr(RapportEvent) event = rapport_event_new ("Harbour meetup", when);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  RapportWindow *window;
  GtkWidget *briefing;

  rapport_event_set_place (event, "Pier 4, Leith");
  g_assert_true (rapport_store_add_event (store, event, NULL));
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), rapport_contact_get_id (ana), "",
                                             NULL));
  window = test_open_window (store, 1200, 800);
  show_events (window);
  g_signal_emit_by_name (test_find_sidebar_list (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_EVENTS), "activated", event);
  test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (event_page (window)), "event.prepare", NULL));
  test_settle ();

  briefing = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_BRIEFING_VIEW, NULL);
  g_assert_true (gtk_widget_get_mapped (briefing));
  g_assert_nonnull (test_find_widget (briefing, GTK_TYPE_LABEL, "Harbour meetup"));
  g_assert_nonnull (test_find_widget (briefing, GTK_TYPE_LABEL, "Fri 14 March 2031 · 18:30 · Pier 4, Leith"));
  gtk_test_accessible_assert_role (test_find_widget (briefing, GTK_TYPE_LABEL, "Harbour meetup"),
                                   GTK_ACCESSIBLE_ROLE_HEADING);

  collect_cards (briefing, cards);
  g_assert_cmpuint (cards->len, ==, 1);
  gtk_test_accessible_assert_role (cards->pdata[0], GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (cards->pdata[0], GTK_ACCESSIBLE_PROPERTY_LABEL, "Ana Silva");

  test_close_window (window);
}

/* Timeline and statement rows are read by a name of their own, what
 * matters first: the list item a screen reader meets carries it. */
static void
test_rows_have_names (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  g_autoptr(RapportEvent) event = NULL;
  g_autofree char *label = NULL;
  g_autofree char *event_label = NULL;
  RapportWindow *window;
  GtkWidget *row;

  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2025-05-05"), "Called about the move",
                               IDS (rapport_contact_get_id (ana)));
  rapport_peec_statement_set_title (statement, "For dentists");
  rapport_peec_statement_set_profession (statement, "I'm a family lawyer");
  g_assert_true (rapport_store_add_statement (store, statement, NULL));

  window = test_open_window (store, 1200, 800);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rapport_window_get_people_view (window)), "list.activate-item",
                                             "u", 0));
  test_settle ();
  row = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_INTERACTION_ROW, NULL);
  g_assert_nonnull (row);
  g_object_get (row, "accessible-label", &label, NULL);
  g_assert_true (g_str_has_prefix (label, "Called about the move, "));
  g_assert_cmpuint (strlen (label), >, strlen ("Called about the move, "));
  gtk_test_accessible_assert_property (gtk_widget_get_parent (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)),
                                         "statements");
  test_settle ();
  row = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_STATEMENT_ROW, NULL);
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (gtk_widget_get_parent (row), GTK_ACCESSIBLE_PROPERTY_LABEL, "For dentists");

  g_clear_object (&event);
  event = add_event_in (store, "Harbour meetup", -1);
  rapport_event_set_place (event, "Leith");
  g_assert_true (rapport_store_save_event (store, event, NULL));
  show_events (window);
  row = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_ROW, NULL);
  g_assert_nonnull (row);
  g_object_get (row, "accessible-label", &event_label, NULL);
  g_assert_true (g_str_has_prefix (event_label, "Harbour meetup, "));
  g_assert_true (g_str_has_suffix (event_label, " · 18:00, Leith"));
  gtk_test_accessible_assert_property (gtk_widget_get_parent (row), GTK_ACCESSIBLE_PROPERTY_LABEL, event_label);

  test_close_window (window);
}

/* The date picker's arrows are named, in the order they come. */
static void
test_date_picker_arrows_named (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  const char *expected[] = { "Previous Month", "Next Month", "Previous Year", "Next Year" };
  GtkWidget *calendar, *heading;
  guint n = 0;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
  test_settle ();
  calendar = test_find_widget (GTK_WIDGET (event_page (window)), GTK_TYPE_CALENDAR, NULL);
  heading = gtk_widget_get_first_child (calendar);
  for (GtkWidget *child = gtk_widget_get_first_child (heading); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
        gtk_test_accessible_assert_property (child, GTK_ACCESSIBLE_PROPERTY_LABEL, expected[n]);
        n++;
      }
  g_assert_cmpuint (n, ==, 4);

  /* And they do what they say: the second moves a month on. */
  {
    g_autoptr(GDateTime) before = gtk_calendar_get_date (GTK_CALENDAR (calendar));
    g_autoptr(GDateTime) after = NULL;
    GtkWidget *next_month = NULL;

    n = 0;
    for (GtkWidget *child = gtk_widget_get_first_child (heading); child; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child) && n++ == 1)
        next_month = child;
    g_signal_emit_by_name (next_month, "clicked");
    after = gtk_calendar_get_date (GTK_CALENDAR (calendar));
    g_assert_cmpint ((g_date_time_get_year (after) * 12 + g_date_time_get_month (after)) -
                       (g_date_time_get_year (before) * 12 + g_date_time_get_month (before)),
                     ==, 1);
  }
  test_close_window (window);
}

/* The day cell that GTK marks with @state (the keyboard cursor's cell is
 * focused, the chosen day's selected). */
static GtkWidget *
find_day_cell (GtkWidget     *widget,
               GtkStateFlags  state)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, "day-number") && (gtk_widget_get_state_flags (child) & state))
        return child;
      if ((found = find_day_cell (child, state)) != NULL)
        return found;
    }
  return NULL;
}

static void
press_in_calendar (GtkWidget *calendar,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (calendar);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

/* The date picker's keyboard cursor starts on the chosen date, not on the
 * top-left cell: Space keeps the date, Right then Space takes the next. */
static void
test_date_picker_cursor_on_chosen_date (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2030, 5, 14, 0, 0, 0);
  g_autoptr(GDateTime) after_space = NULL;
  g_autoptr(GDateTime) after_right = NULL;
  GtkWidget *calendar, *cursor;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
  test_settle ();
  calendar = test_find_widget (GTK_WIDGET (event_page (window)), GTK_TYPE_CALENDAR, NULL);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), chosen);
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_ancestor (gtk_widget_get_ancestor (calendar, GTK_TYPE_POPOVER),
                                                                   GTK_TYPE_MENU_BUTTON)));
  test_settle ();
  g_assert_true (gtk_widget_grab_focus (calendar));
  test_settle ();
  cursor = find_day_cell (calendar, GTK_STATE_FLAG_FOCUSED);
  g_assert_nonnull (cursor);
  g_assert_true (cursor == find_day_cell (calendar, GTK_STATE_FLAG_SELECTED));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (cursor)), ==, "14");

  press_in_calendar (calendar, GDK_KEY_space);
  after_space = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_assert_true (g_date_time_equal (after_space, chosen));
  press_in_calendar (calendar, GDK_KEY_Right);
  press_in_calendar (calendar, GDK_KEY_space);
  after_right = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_assert_cmpint (g_date_time_get_day_of_month (after_right), ==, 15);
  g_assert_cmpint (g_date_time_get_month (after_right), ==, 5);
  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/walkthrough-ui/event-moves-between-sections", test_event_moves_between_sections);
  g_test_add_func ("/rapport/walkthrough-ui/log-future-event-asks", test_log_future_event_asks);
  g_test_add_func ("/rapport/walkthrough-ui/empty-start", test_empty_start);
  g_test_add_func ("/rapport/walkthrough-ui/statement-saved-focus", test_statement_saved_focus);
  g_test_add_func ("/rapport/walkthrough-ui/briefing-says-which-event", test_briefing_says_which_event);
  g_test_add_func ("/rapport/walkthrough-ui/rows-have-names", test_rows_have_names);
  g_test_add_func ("/rapport/walkthrough-ui/date-picker-arrows-named", test_date_picker_arrows_named);
  g_test_add_func ("/rapport/walkthrough-ui/date-picker-cursor-on-chosen-date", test_date_picker_cursor_on_chosen_date);

  return g_test_run ();
}
