/* test-events-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events in the window: added from the window's action, named and dated in
 * place, people added with the editor and a goal for one of them; the
 * briefing's cards, in order; logging the event into each timeline; delete
 * with Undo; and all of it still there after a restart. Real widgets under
 * the virtual display, a real database.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-briefing-view.h"
#include "rapport-event-page.h"
#include "rapport-event-row.h"
#include "rapport-log-event-dialog.h"
#include "rapport-people-editor.h"
#include "rapport-sidebar-list.h"
#include "rapport-statement-row.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

/* The entry row with this title. */
static GtkEditable *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every label's text under @widget, one a line. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static void
collect_cards (GtkWidget *widget,
               GPtrArray *cards)
{
  if (gtk_widget_has_css_class (widget, "briefing-card"))
    {
      GString *text = g_string_new (NULL);

      collect_text (widget, text);
      g_ptr_array_add (cards, g_string_free (text, FALSE));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_cards (child, cards);
}

static GPtrArray *
briefing_cards (RapportWindow *window)
{
  GPtrArray *cards = g_ptr_array_new_with_free_func (g_free);

  collect_cards (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_BRIEFING_VIEW, NULL), cards);
  return cards;
}

/* The sidebar list of events. */
static RapportSidebarList *
find_events_list (GtkWidget *widget)
{
  return test_find_sidebar_list (widget, RAPPORT_SIDEBAR_LIST_EVENTS);
}

/* What the sidebar list of events shows, in order. */
static GListModel *
find_events (GtkWidget *widget)
{
  return rapport_sidebar_list_get_items (find_events_list (widget));
}



static gboolean
has_events (gpointer window)
{
  return g_list_model_get_n_items (find_events (window)) > 0;
}

static RapportEventPage *
event_page (RapportWindow *window)
{
  return RAPPORT_EVENT_PAGE (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL));
}

/* Types into the editor's search and takes the best match, as Enter does. */
static void
add_attendee (RapportWindow *window,
              const char    *search)
{
  GtkWidget *editor = test_find_widget (GTK_WIDGET (event_page (window)), RAPPORT_TYPE_PEOPLE_EDITOR, NULL);
  GtkEditable *entry = GTK_EDITABLE (test_find_widget (editor, ADW_TYPE_ENTRY_ROW, NULL));

  gtk_editable_set_text (entry, search);
  test_settle ();
  g_signal_emit_by_name (entry, "entry-activated");
  test_settle ();
}

static RapportContact *
add_person (RapportStore *store,
            const char   *name,
            const char   *profession,
            const char   *company,
            const char   *looking_for,
            gboolean      enjoy)
{
  RapportContact *contact = test_make_person (name);

  rapport_contact_set_profession (contact, profession);
  rapport_contact_set_company (contact, company);
  rapport_contact_set_looking_for (contact, looking_for);
  rapport_contact_set_enjoy (contact, enjoy);
  return test_save_person (store, contact);
}

static gboolean
no_dialog (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) == NULL;
}

static gboolean
log_anyway_shown (gpointer window)
{
  return test_find_button (window, "_Log Anyway") != NULL;
}

static gboolean
log_dialog_shown (gpointer window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (window);

  return RAPPORT_IS_LOG_EVENT_DIALOG (dialog) && test_find_button (GTK_WIDGET (dialog), "_Log") != NULL;
}

static gboolean
has_one_event (gpointer events)
{
  return g_list_model_get_n_items (events) == 1;
}

static void
assert_logged (RapportStore *store,
               gint64        contact_id)
{
  g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, contact_id);
  g_autoptr(RapportInteraction) first = NULL;

  /* The event, whatever notes were logged with it. */
  for (guint i = 0; first == NULL && i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RapportInteraction) interaction = g_list_model_get_item (timeline, i);

      if (rapport_interaction_get_kind (interaction) == RAPPORT_INTERACTION_EVENT)
        first = g_steal_pointer (&interaction);
    }
  g_assert_nonnull (first);
  g_assert_cmpstr (rapport_interaction_get_summary (first), ==, "Dental meetup");
  g_assert_cmpstr (rapport_interaction_get_details (first), ==, "Good turnout");
  g_assert_cmpint (g_date_compare (rapport_interaction_get_date (first), test_date ("2030-05-14")), ==, 0);
}

static void
test_plan_brief_log_and_keep (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person (store, "Ana Lopez", "Dentist", "Smile Co", "A second clinic", TRUE);
  g_autoptr(RapportContact) bob = add_person (store, "Bob Baker", "Architect", "", "", FALSE);
  g_autoptr(RapportContact) cara = add_person (store, "Cara Diaz", "", "", "", FALSE);
  g_autoptr(RapportPeecStatement) statement = rapport_peec_statement_new ();
  g_autoptr(RapportInteraction) long_ago = NULL;
  g_autoptr(RapportInteraction) lately = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *statement_text = NULL;
  GDate recent;
  RapportWindow *window;
  RapportEvent *event;
  GListModel *events;
  GtkWidget *calendar, *button;
  GtkEditable *goal;
  gint64 event_id;

  rapport_peec_statement_set_title (statement, "Dentists");
  rapport_peec_statement_set_profession (statement, "I'm a family lawyer");
  g_assert_true (rapport_store_add_statement (store, statement, NULL));
  statement_text = rapport_peec_statement_dup_text (statement);
  long_ago = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2024-01-10"),
                                   "Coffee at the fair", IDS (rapport_contact_get_id (bob)));
  g_date_clear (&recent, 1);
  g_date_set_dmy (&recent, g_date_time_get_day_of_month (today), g_date_time_get_month (today),
                  g_date_time_get_year (today));
  lately = test_add_interaction (store, RAPPORT_INTERACTION_CALL, &recent, "Called about the move",
                                 IDS (rapport_contact_get_id (ana)));

  window = test_open_window (store, 1200, 800);
  events = find_events (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);

  /* New: saved at once, shown and in the list. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
  test_settle ();
  event = rapport_event_page_get_event (event_page (window));
  g_assert_nonnull (event);
  g_assert_cmpint (rapport_event_get_id (event), >, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (event_page (window))));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);

  /* Name, day, time, place, statement: typed in place. */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (event_page (window)), "Name"), "Dental meetup");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (event_page (window)), "Place"), "Leeds");
  calendar = test_find_widget (GTK_WIDGET (event_page (window)), GTK_TYPE_CALENDAR, NULL);
  {
    g_autoptr(GDateTime) day = g_date_time_new_local (2030, 5, 14, 0, 0, 0);

    /* As a click on the day does, this emits ::day-selected. */
    gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  }
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (event_page (window)), "Time (Optional, e.g. 18:30)"), "18:30");
  adw_combo_row_set_selected (ADW_COMBO_ROW (test_find_widget (GTK_WIDGET (event_page (window)), ADW_TYPE_COMBO_ROW, NULL)), 1);
  g_assert_true (rapport_event_page_save_now (event_page (window)));
  event_id = rapport_event_get_id (event);
  {
    g_autoptr(RapportEvent) saved = rapport_store_get_event (store, event_id, NULL);
    g_autofree char *when = rapport_event_dup_when (saved);

    g_assert_cmpstr (rapport_event_get_name (saved), ==, "Dental meetup");
    g_assert_cmpstr (rapport_event_get_place (saved), ==, "Leeds");
    g_assert_cmpint (rapport_event_get_statement_id (saved), ==, rapport_peec_statement_get_id (statement));
    g_assert_cmpint (g_date_time_get_day_of_month (rapport_event_get_starts_at (saved)), ==, 14);
    g_assert_cmpint (g_date_time_get_hour (rapport_event_get_starts_at (saved)), ==, 18);
    g_assert_cmpstr (when, ==, "Tue 14 May 2030 · 18:30");
  }

  /* Three people, and a goal with one of them. */
  add_attendee (window, "Ana");
  add_attendee (window, "Bob");
  add_attendee (window, "Cara");
  attendees = rapport_store_list_attendees (store, event_id, NULL);
  g_assert_cmpuint (attendees->len, ==, 3);
  g_clear_pointer (&attendees, g_ptr_array_unref);
  goal = find_entry_row (GTK_WIDGET (event_page (window)), "Your Goal With Bob Baker");
  g_assert_nonnull (goal);
  gtk_editable_set_text (goal, "Ask about his new office");
  g_assert_true (rapport_event_page_save_now (event_page (window)));

  /* The briefing: the statement, then goal first, enjoyed next, the rest. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (test_find_widget (GTK_WIDGET (event_page (window)), ADW_TYPE_VIEW_STACK, NULL)),
                                         "briefing");
  test_settle ();
  {
    GString *all = g_string_new (NULL);

    collect_text (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_BRIEFING_VIEW, NULL), all);
    g_assert_nonnull (strstr (all->str, statement_text));
    g_string_free (all, TRUE);
  }
  cards = briefing_cards (window);
  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_nonnull (strstr (cards->pdata[0], "Bob Baker\nArchitect\n"));
  g_assert_nonnull (strstr (cards->pdata[0], "Ask about his new office"));
  g_assert_nonnull (strstr (cards->pdata[0], "Coffee at the fair"));
  g_assert_nonnull (strstr (cards->pdata[1], "Ana Lopez\nDentist · Smile Co\n"));
  g_assert_nonnull (strstr (cards->pdata[1], "You enjoy them"));
  g_assert_nonnull (strstr (cards->pdata[1], "A second clinic"));
  g_assert_nonnull (strstr (cards->pdata[1], "Called about the move"));
  g_assert_null (strstr (cards->pdata[1], "Not met yet"));
  g_assert_nonnull (strstr (cards->pdata[2], "Cara Diaz\n"));
  g_assert_nonnull (strstr (cards->pdata[2], "Not met yet"));
  g_clear_pointer (&cards, g_ptr_array_unref);

  /* Only people not seen for 6 months: Ana was called today. */
  {
    GtkWidget *briefing = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_BRIEFING_VIEW, NULL);
    GtkWidget *only_long_ago = test_find_widget (briefing, GTK_TYPE_SWITCH, NULL);
    GtkWidget *row = gtk_widget_get_ancestor (only_long_ago, ADW_TYPE_ACTION_ROW);

    /* One control, named once: the switch, which the keyboard reaches;
     * the row around it is not a second control of the same name. */
    g_assert_null (test_find_widget (briefing, ADW_TYPE_SWITCH_ROW, NULL));
    g_assert_true (gtk_widget_get_focusable (only_long_ago));
    g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (only_long_ago), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
    g_assert_false (gtk_widget_get_focusable (row));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Only People Not Seen for 6 Months");
    g_assert_true (gtk_widget_activate (row));
    g_assert_true (gtk_switch_get_active (GTK_SWITCH (only_long_ago)));
  }
  test_settle ();
  cards = briefing_cards (window);
  g_assert_cmpuint (cards->len, ==, 2);
  g_assert_nonnull (strstr (cards->pdata[0], "Bob Baker\n"));
  g_assert_nonnull (strstr (cards->pdata[1], "Cara Diaz\n"));
  g_clear_pointer (&cards, g_ptr_array_unref);

  /* Log the event: one interaction in each timeline. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (event_page (window)), "event.log", NULL));
  test_settle ();
  /* The event is in 2030: asked first. */
  g_assert_true (ADW_IS_ALERT_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))));
  test_wait_until (log_anyway_shown, window);
  g_assert_true (gtk_widget_activate (test_find_button (GTK_WIDGET (window), "_Log Anyway")));
  test_wait_until (log_dialog_shown, window);
  {
    AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

    g_assert_true (RAPPORT_IS_LOG_EVENT_DIALOG (dialog));
    gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Note for Everyone"), "Good turnout");
    /* And a note about Bob alone. */
    {
      GtkWidget *bob_row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, "Bob Baker");

      GtkWidget *note;

      g_assert_nonnull (bob_row);
      /* Each row is named for a screen reader, once: who, and the note
       * about them, not the note's title twice. */
      gtk_test_accessible_assert_property (bob_row, GTK_ACCESSIBLE_PROPERTY_LABEL, "Bob Baker");
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (bob_row), TRUE);
      note = test_find_widget (bob_row, ADW_TYPE_ENTRY_ROW, NULL);
      gtk_test_accessible_assert_property (note, GTK_ACCESSIBLE_PROPERTY_LABEL, "Note About Bob Baker");
      g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      gtk_editable_set_text (GTK_EDITABLE (note), "Moving to Porto");
    }
    button = test_find_button (GTK_WIDGET (dialog), "_Log");
    g_assert_nonnull (button);
    g_assert_true (gtk_widget_activate (button));
    test_wait_until (no_dialog, window);
  }
  {
    GString *all = g_string_new (NULL);

    collect_text (GTK_WIDGET (window), all);
    g_assert_nonnull (strstr (all->str, "Logged for 3 people"));
    g_string_free (all, TRUE);
  }
  assert_logged (store, rapport_contact_get_id (ana));
  assert_logged (store, rapport_contact_get_id (bob));
  assert_logged (store, rapport_contact_get_id (cara));
  {
    g_autoptr(GListModel) bob_timeline = rapport_store_list_timeline (store, rapport_contact_get_id (bob));
    g_autoptr(GListModel) cara_timeline = rapport_store_list_timeline (store, rapport_contact_get_id (cara));
    gboolean noted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (bob_timeline); i++)
      {
        g_autoptr(RapportInteraction) interaction = g_list_model_get_item (bob_timeline, i);

        if (rapport_interaction_get_kind (interaction) == RAPPORT_INTERACTION_NOTE)
          noted = g_strcmp0 (rapport_interaction_get_summary (interaction), "Moving to Porto") == 0 &&
                  g_date_compare (rapport_interaction_get_date (interaction), test_date ("2030-05-14")) == 0;
      }
    g_assert_true (noted);
    /* Cara met nobody but the event: one thing in her timeline. */
    g_assert_cmpuint (g_list_model_get_n_items (cara_timeline), ==, 1);
  }

  /* Delete: gone at once; Undo brings back the event and its people. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (event_page (window)), "event.delete", NULL));
  test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (event_page (window))));
  button = test_find_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  test_wait_until (has_one_event, events);
  test_close_window (window);
  g_clear_object (&store);

  /* After a restart, everything is still there. */
  store = rapport_store_open (NULL, NULL);
  window = test_open_window (store, 1200, 800);
  events = find_events (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  {
    g_autoptr(RapportEvent) kept = g_list_model_get_item (events, 0);
    gboolean goal_kept = FALSE;

    g_assert_cmpstr (rapport_event_get_name (kept), ==, "Dental meetup");
    g_assert_cmpstr (rapport_event_get_place (kept), ==, "Leeds");
    g_assert_cmpint (g_date_time_get_hour (rapport_event_get_starts_at (kept)), ==, 18);
    attendees = rapport_store_list_attendees (store, rapport_event_get_id (kept), NULL);
    g_assert_cmpuint (attendees->len, ==, 3);
    for (guint i = 0; i < attendees->len; i++)
      if (g_strcmp0 (rapport_attendee_get_goal (attendees->pdata[i]), "Ask about his new office") == 0)
        goal_kept = rapport_attendee_get_contact_id (attendees->pdata[i]) == rapport_contact_get_id (bob);
    g_assert_true (goal_kept);
  }
  assert_logged (store, rapport_contact_get_id (ana));
  assert_logged (store, rapport_contact_get_id (bob));
  assert_logged (store, rapport_contact_get_id (cara));
  test_close_window (window);
}

static void
test_empty_state (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  AdwViewStack *sidebar = ADW_VIEW_STACK (test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));

  /* The Events tab offers to add the first one, and + adds an event. */
  adw_view_stack_set_visible_child_name (sidebar, "events");
  test_settle ();
  g_assert_nonnull (test_find_button (GTK_WIDGET (window), "_Add Event"));
  g_assert_true (gtk_widget_activate (test_find_button (GTK_WIDGET (window), "_Add Event")));
  test_wait_until (has_events, window);
  g_assert_cmpuint (g_list_model_get_n_items (find_events (GTK_WIDGET (window))), ==, 1);
  g_assert_nonnull (rapport_event_page_get_event (event_page (window)));

  /* A time that does not exist is marked and changes nothing. */
  {
    RapportEvent *first = rapport_event_page_get_event (event_page (window));
    GtkEditable *time = find_entry_row (GTK_WIDGET (event_page (window)), "Time (Optional, e.g. 18:30)");
    g_autoptr(RapportEvent) saved = NULL;
    gint64 first_id = rapport_event_get_id (first);

    gtk_editable_set_text (time, "25:99");
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (time), "error"));
    g_assert_false (rapport_event_has_time (first));

    /* What was typed is saved when another event is opened, without waiting. */
    gtk_editable_set_text (find_entry_row (GTK_WIDGET (event_page (window)), "Name"), "Board games");
    g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
    g_assert_true (rapport_event_page_get_event (event_page (window)) != first);
    saved = rapport_store_get_event (store, first_id, NULL);
    g_assert_cmpstr (rapport_event_get_name (saved), ==, "Board games");
  }
  test_close_window (window);
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

static void
add_event_on (RapportStore *store,
              const char   *name,
              int           year,
              int           month)
{
  g_autoptr(GDateTime) starts_at = g_date_time_new_local (year, month, 1, 18, 0, 0);
  g_autoptr(RapportEvent) event = rapport_event_new (name, starts_at);

  g_assert_true (rapport_store_add_event (store, event, NULL));
}

static void
test_upcoming_and_past (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  RapportWindow *window;
  GListModel *events;
  guint start, end;

  add_event_on (store, "Last spring fair", year - 1, 4);
  add_event_on (store, "Far-off summit", year + 3, 1);
  add_event_on (store, "Next meetup", year + 1, 6);
  add_event_on (store, "Old conference", year - 5, 9);

  window = test_open_window (store, 1200, 800);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)),
                                         "events");
  test_settle ();
  events = find_events (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 4);

  /* The soonest first, then the most recent past one. */
  {
    const char *expected[] = { "Next meetup", "Far-off summit", "Last spring fair", "Old conference" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(RapportEvent) event = g_list_model_get_item (events, i);

        g_assert_cmpstr (rapport_event_get_name (event), ==, expected[i]);
      }
  }

  /* Two sections, each under its heading. */
  gtk_section_model_get_section (GTK_SECTION_MODEL (events), 0, &start, &end);
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 2);
  gtk_section_model_get_section (GTK_SECTION_MODEL (events), 3, &start, &end);
  g_assert_cmpuint (start, ==, 2);
  g_assert_cmpuint (end, ==, 4);
  collect_headings (test_find_widget (GTK_WIDGET (find_events_list (GTK_WIDGET (window))), GTK_TYPE_LIST_VIEW, NULL), headings);
  g_assert_cmpuint (headings->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (headings, 0), ==, "Upcoming");
  g_assert_cmpstr (g_ptr_array_index (headings, 1), ==, "Past");

  test_close_window (window);
}

/* Someone not in the list yet is added as a new person, from the picker. */
static void
test_new_person_on_the_spot (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person (store, "Ana Lopez", "Dentist", "", "", FALSE);
  g_autoptr(GPtrArray) attendees = NULL;
  RapportWindow *window = test_open_window (store, 1200, 800);
  GtkWidget *editor, *button_row;
  GtkEditable *entry;
  gint64 event_id;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
  test_settle ();
  event_id = rapport_event_get_id (rapport_event_page_get_event (event_page (window)));
  editor = test_find_widget (GTK_WIDGET (event_page (window)), RAPPORT_TYPE_PEOPLE_EDITOR, NULL);
  entry = GTK_EDITABLE (test_find_widget (editor, ADW_TYPE_ENTRY_ROW, NULL));
  button_row = test_find_widget (editor, ADW_TYPE_BUTTON_ROW, NULL);

  /* Offered as soon as something is typed, and named. */
  g_assert_false (gtk_widget_is_visible (button_row));
  gtk_editable_set_text (entry, "  Dana Novak ");
  test_settle ();
  g_assert_true (gtk_widget_is_visible (button_row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (button_row)), ==,
                   "Add “Dana Novak” as a New Person");

  /* With no one matching, Enter adds them. */
  g_signal_emit_by_name (entry, "entry-activated");
  test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_false (gtk_widget_is_visible (button_row));

  /* With someone matching, Enter takes the match, and the row adds anew. */
  gtk_editable_set_text (entry, "Ana");
  test_settle ();
  g_signal_emit_by_name (button_row, "activated");
  test_settle ();

  g_assert_true (rapport_event_page_save_now (event_page (window)));
  attendees = rapport_store_list_attendees (store, event_id, NULL);
  g_assert_cmpuint (attendees->len, ==, 2);
  {
    const char *expected[] = { "Dana Novak", "Ana" };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        gint64 id = rapport_attendee_get_contact_id (g_ptr_array_index (attendees, i));
        g_autoptr(RapportContact) kept = rapport_store_get_contact (store, id, NULL);

        g_assert_cmpint (id, !=, rapport_contact_get_id (ana));
        g_assert_cmpstr (rapport_contact_get_display_name (kept), ==, expected[i]);
      }
  }
  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/events-ui/plan-brief-log-and-keep", test_plan_brief_log_and_keep);
  g_test_add_func ("/rapport/events-ui/empty-state", test_empty_state);
  g_test_add_func ("/rapport/events-ui/upcoming-and-past", test_upcoming_and_past);
  g_test_add_func ("/rapport/events-ui/new-person-on-the-spot", test_new_person_on_the_spot);

  return g_test_run ();
}
