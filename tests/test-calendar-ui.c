/* test-calendar-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar events in the window, with real widgets and a real database:
 * Coming up lists the next events with people; Prepare ticks the people
 * Rapport knows by address, offers a namesake unticked and adds someone
 * new in one tick; the prepared event follows the calendar when it moves;
 * an .ics file opened comes up the same way, a broken one is refused with
 * a message and changes nothing; the Due list asks about a meeting just
 * over, once.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-coming-up.h"
#include "rapport-contact-field.h"
#include "rapport-event-page.h"
#include "rapport-log-event-dialog.h"
#include "rapport-meeting-prompts.h"
#include "rapport-prepare-dialog.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

static RapportContact *
add_person_with_email (RapportStore *store,
                       const char   *name,
                       const char   *email)
{
  RapportContact *contact = test_make_person (name);

  test_add_field (contact, RAPPORT_FIELD_EMAIL, "", email);
  return test_save_person (store, contact);
}

static void
invite (RapportCalendarEvent *event,
        const char           *email,
        const char           *name)
{
  g_autoptr(RapportCalendarPerson) person =
    rapport_calendar_person_new (email, name, RAPPORT_CALENDAR_ROLE_REQUIRED, RAPPORT_CALENDAR_REPLY_ACCEPTED);

  rapport_calendar_event_add_attendee (event, person);
}

static RapportCalendarEvent *
make_event (const char *uid,
            const char *summary,
            int         hours_from_now)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) rounded = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now),
                                                       g_date_time_get_hour (now), 0, 0);
  g_autoptr(GDateTime) starts_at = g_date_time_add_hours (rounded, hours_from_now);
  g_autoptr(GDateTime) ends_at = g_date_time_add_hours (starts_at, 1);
  RapportCalendarEvent *event = rapport_calendar_event_new ("cal-1", "Work", uid, NULL);

  rapport_calendar_event_set_summary (event, summary);
  rapport_calendar_event_set_starts_at (event, starts_at);
  rapport_calendar_event_set_ends_at (event, ends_at);
  return event;
}

static RapportComingUp *
find_coming_up (RapportWindow *window)
{
  return RAPPORT_COMING_UP (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_COMING_UP, NULL));
}

/* The sidebar's stack of tabs. */
static AdwViewStack *
find_sidebar_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget) && adw_view_stack_get_child_by_name (ADW_VIEW_STACK (widget), "events") != NULL)
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found = find_sidebar_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
shows_n (GListModel *model,
         guint       n)
{
  return g_list_model_get_n_items (model) == n;
}

static gboolean
coming_up_has_one (gpointer coming_up)
{
  return shows_n (rapport_coming_up_get_shown (coming_up), 1) && gtk_widget_get_visible (coming_up);
}

/* Nothing to prepare; only Other Events, if any, show. */
static gboolean
coming_up_is_empty (gpointer coming_up)
{
  return shows_n (rapport_coming_up_get_shown (coming_up), 0) &&
         gtk_widget_get_visible (coming_up) == (g_list_model_get_n_items (rapport_coming_up_get_others (coming_up)) > 0);
}

static gboolean
banner_revealed (gpointer banner)
{
  return adw_banner_get_revealed (banner);
}

static gboolean
prepare_dialog_shown (gpointer window)
{
  return RAPPORT_IS_PREPARE_DIALOG (adw_application_window_get_visible_dialog (window));
}

static gboolean
no_dialog_shown (gpointer window)
{
  return adw_application_window_get_visible_dialog (window) == NULL;
}

static void
test_prepare_and_follow (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  g_autoptr(GListStore) calendar = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  g_autoptr(RapportCalendarEvent) mixer = make_event ("mixer@example.org", "Design Week mixer", 26);
  g_autoptr(RapportCalendarEvent) moved = NULL;
  g_autoptr(RapportCalendarEvent) lonely = make_event ("focus@example.org", "Focus time", 3);
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  RapportComingUp *coming_up;
  RapportPrepareDialog *dialog;
  GtkWidget *prepare;
  gint64 event_id;

  invite (mixer, "ANA.SILVA@example.org", "Ana Silva");
  /* Ben by name alone: offered, not chosen. */
  invite (mixer, "ben.ng@elsewhere.example", "Ben Ng");
  invite (mixer, "chloe@example.net", "Chloé Dupont");
  g_list_store_append (calendar, lonely);
  g_list_store_append (calendar, mixer);

  window = test_open_window (store, 1000, 700);
  rapport_window_set_calendar_events (window, G_LIST_MODEL (calendar));
  coming_up = find_coming_up (window);
  /* The event without people is not listed. */
  test_wait_until (coming_up_has_one, coming_up);
  {
    g_autoptr(RapportCalendarEvent) shown = g_list_model_get_item (rapport_coming_up_get_shown (coming_up), 0);

    g_assert_true (shown == mixer);
  }
  adw_view_stack_set_visible_child_name (find_sidebar_stack (GTK_WIDGET (window)), "events");
  test_settle ();

  prepare = test_find_widget (GTK_WIDGET (coming_up), GTK_TYPE_BUTTON, "_Prepare");
  g_assert_nonnull (prepare);
  g_assert_true (gtk_widget_get_mapped (prepare));
  g_assert_true (gtk_widget_activate (prepare));
  test_wait_until (prepare_dialog_shown, window);
  test_settle ();
  dialog = RAPPORT_PREPARE_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  /* Ana by address: ticked. Ben by name: not. Chloé, new: not. */
  g_assert_true (gtk_check_button_get_active (rapport_prepare_dialog_get_check (dialog, 0)));
  g_assert_false (gtk_check_button_get_active (rapport_prepare_dialog_get_check (dialog, 1)));
  g_assert_false (gtk_check_button_get_active (rapport_prepare_dialog_get_check (dialog, 2)));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Chloé Dupont"));

  /* Chloé added in one tick. */
  gtk_check_button_set_active (rapport_prepare_dialog_get_check (dialog, 2), TRUE);
  g_assert_true (gtk_widget_activate (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Prepare")));
  test_wait_until (no_dialog_shown, window);

  event_id = rapport_store_find_calendar_event (store, rapport_calendar_event_get_key (mixer), &error);
  g_assert_no_error (error);
  g_assert_cmpint (event_id, >, 0);
  attendees = rapport_store_list_attendees (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 2);
  g_assert_cmpint (rapport_attendee_get_contact_id (g_ptr_array_index (attendees, 0)), ==,
                   rapport_contact_get_id (ana));
  {
    g_autoptr(RapportContact) chloe =
      rapport_store_get_contact (store, rapport_attendee_get_contact_id (g_ptr_array_index (attendees, 1)), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (rapport_contact_get_display_name (chloe), ==, "Chloé Dupont");
    g_assert_cmpstr (rapport_contact_field_get_value (g_ptr_array_index (rapport_contact_get_fields (chloe), 0)),
                     ==, "chloe@example.net");
  }

  /* Prepared: no longer "coming up", but one of Rapport's events. */
  test_wait_until (coming_up_is_empty, coming_up);

  /* The calendar moves it two hours later: the Rapport event follows. */
  moved = make_event ("mixer@example.org", "Design Week mixer", 28);
  invite (moved, "ana.silva@example.org", "Ana Silva");
  rapport_calendar_event_set_location (moved, "Lx Factory");
  g_list_store_splice (calendar, 1, 1, (gpointer *) &moved, 1);
  test_settle ();
  event = rapport_store_get_event (store, event_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (rapport_event_get_starts_at (event),
                                    rapport_calendar_event_get_starts_at (moved)));
  g_assert_cmpstr (rapport_event_get_place (event), ==, "Lx Factory");

  /* Cancelled in the calendar: the event page, open since Prepare, says
   * so; the event stays. */
  {
    g_autoptr(RapportCalendarEvent) cancelled = make_event ("mixer@example.org", "Design Week mixer", 28);
    GtkWidget *page = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL);
    AdwBanner *banner = ADW_BANNER (test_find_widget (page, ADW_TYPE_BANNER, NULL));

    g_assert_false (adw_banner_get_revealed (banner));
    rapport_calendar_event_set_status (cancelled, RAPPORT_CALENDAR_STATUS_CANCELLED);
    g_list_store_splice (calendar, 1, 1, (gpointer *) &cancelled, 1);
    test_wait_until (banner_revealed, banner);
    g_assert_cmpstr (adw_banner_get_title (banner), ==, "Cancelled in “Work”: kept here with your notes");
    g_clear_object (&event);
    event = rapport_store_get_event (store, event_id, &error);
    g_assert_no_error (error);
  }

  g_assert_nonnull (ben);
  test_close_window (window);
}

static char *
write_invitation (const char *dir,
                  const char *name,
                  int         days_from_now)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) starts_at = g_date_time_add_days (now, days_from_now);
  g_autofree char *start = g_date_time_format (starts_at, "%Y%m%dT100000Z");
  g_autofree char *end = g_date_time_format (starts_at, "%Y%m%dT113000Z");
  g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
                                           "BEGIN:VEVENT\r\nUID:invite-1@example.org\r\n"
                                           "DTSTART:%s\r\nDTEND:%s\r\nSUMMARY:Partner check-in\r\n"
                                           "ORGANIZER;CN=Greta Lindqvist:mailto:greta@contoso.com\r\n"
                                           "ATTENDEE;CN=Ana Silva:mailto:ana.silva@example.org\r\n"
                                           "END:VEVENT\r\nEND:VCALENDAR\r\n",
                                           start, end);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static gboolean
log_dialog_shown (gpointer window)
{
  return RAPPORT_IS_LOG_EVENT_DIALOG (adw_application_window_get_visible_dialog (window));
}

static void
count_change_cb (guint *changes)
{
  (*changes)++;
}

static gboolean
has_changed (gpointer changes)
{
  return *(guint *) changes > 0;
}

static gboolean
alert_shown (gpointer window)
{
  return ADW_IS_ALERT_DIALOG (adw_application_window_get_visible_dialog (window));
}

static void
test_open_ics (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-ics-XXXXXX", &error);
  g_autofree char *path = write_invitation (dir, "invite.ics", 3);
  g_autofree char *broken_path = g_build_filename (dir, "broken.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(RapportCalendarEvent) shown = NULL;
  RapportWindow *window;
  RapportComingUp *coming_up;
  guint changes = 0;

  g_assert_no_error (error);
  g_file_set_contents (broken_path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", -1, &error);
  g_assert_no_error (error);

  window = test_open_window (store, 1000, 700);
  coming_up = find_coming_up (window);

  /* A broken file: said so, and nothing changes. */
  rapport_window_import_file (window, broken);
  test_wait_until (alert_shown, window);
  g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (adw_application_window_get_visible_dialog (
                     ADW_APPLICATION_WINDOW (window)))),
                   ==, "This calendar file holds no events");
  adw_dialog_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  test_wait_until (no_dialog_shown, window);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_window_get_calendar_events (window)), ==, 0);

  /* The invitation, opened as "Open With" would: coming up, to prepare. */
  rapport_window_import_file (window, file);
  test_wait_until (coming_up_has_one, coming_up);
  shown = g_list_model_get_item (rapport_coming_up_get_shown (coming_up), 0);
  g_assert_cmpstr (rapport_calendar_event_get_summary (shown), ==, "Partner check-in");
  g_assert_cmpstr (rapport_calendar_event_get_source_name (shown), ==, "invite.ics");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (coming_up)));

  /* Opened again: the same events, not twice. */
  g_signal_connect_swapped (rapport_window_get_calendar_events (window), "items-changed",
                            G_CALLBACK (count_change_cb), &changes);
  rapport_window_import_file (window, file);
  test_wait_until (has_changed, &changes);
  test_settle ();
  test_wait_until (coming_up_has_one, coming_up);
  g_signal_handlers_disconnect_by_data (rapport_window_get_calendar_events (window), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (rapport_window_get_calendar_events (window)), ==, 1);

  test_close_window (window);
  g_remove (path);
  g_remove (broken_path);
  g_rmdir (dir);
}

static gboolean
prompts_has_one (gpointer prompts)
{
  return shows_n (rapport_meeting_prompts_get_shown (prompts), 1) && gtk_widget_get_mapped (prompts);
}

static gboolean
prompts_is_empty (gpointer prompts)
{
  return shows_n (rapport_meeting_prompts_get_shown (prompts), 0);
}

static void
test_after_meeting (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  g_autoptr(RapportContact) ben = add_person_with_email (store, "Ben Ng", "ben@example.com");
  g_autoptr(GListStore) calendar = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  g_autoptr(RapportCalendarEvent) mixer = make_event ("mixer@example.org", "Design Week mixer", -3);
  g_autoptr(RapportCalendarEvent) lunch = NULL;
  g_autoptr(GListModel) timeline = NULL;
  RapportMeetingPrompts *prompts;
  RapportWindow *window;
  GtkWidget *label;
  GtkWidget *dismiss;

  invite (mixer, "ana.silva@example.org", "Ana Silva");
  invite (mixer, "ben@example.com", "Ben Ng");
  g_list_store_append (calendar, mixer);

  window = test_open_window (store, 1000, 700);
  rapport_window_set_calendar_events (window, G_LIST_MODEL (calendar));
  prompts = RAPPORT_MEETING_PROMPTS (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_MEETING_PROMPTS, NULL));
  rapport_window_show_due (window);
  test_wait_until (prompts_has_one, prompts);

  label = test_find_widget (GTK_WIDGET (prompts), GTK_TYPE_LABEL,
                            "You met Ana Silva and Ben Ng at Design Week mixer — log it?");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));

  /* Log It…: Log the Event, for both. */
  g_assert_true (gtk_widget_activate (test_find_widget (GTK_WIDGET (prompts), GTK_TYPE_BUTTON, "_Log It…")));
  test_wait_until (log_dialog_shown, window);
  test_settle ();
  {
    g_autoptr(GError) error = NULL;
    AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

    g_assert_true (rapport_log_event_dialog_log (RAPPORT_LOG_EVENT_DIALOG (dialog), &error));
    g_assert_no_error (error);
  }
  test_wait_until (prompts_is_empty, prompts);
  timeline = rapport_store_list_timeline (store, rapport_contact_get_id (ben));
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);

  /* Another meeting: "Not this one", for good. */
  lunch = make_event ("lunch@example.org", "Lunch", -26);
  invite (lunch, "ben@example.com", "Ben Ng");
  g_list_store_append (calendar, lunch);
  test_wait_until (prompts_has_one, prompts);
  dismiss = test_find_widget (GTK_WIDGET (prompts), GTK_TYPE_BUTTON, "_Not This One");
  g_assert_nonnull (dismiss);
  g_assert_true (gtk_widget_activate (dismiss));
  test_wait_until (prompts_is_empty, prompts);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  {
    g_autoptr(GPtrArray) events = g_ptr_array_new ();
    g_autoptr(GPtrArray) left = NULL;
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    g_ptr_array_add (events, lunch);
    left = rapport_store_list_meeting_prompts (store, events, now, NULL);
    g_assert_cmpuint (left->len, ==, 0);
  }

  g_assert_nonnull (ana);
  test_close_window (window);
}

/* Two people in Rapport may be the one the calendar names: both are
 * offered, and someone new, and the one chosen is prepared for. */
static void
test_prepare_choice (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person_with_email (store, "Ana Silva", "ana.silva@example.org");
  g_autoptr(RapportContact) other_ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportCalendarEvent) mixer = make_event ("mixer@example.org", "Design Week mixer", 26);
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  RapportPrepareDialog *dialog;
  AdwComboRow *choice;
  GListModel *labels;
  guint acme = G_MAXUINT;

  rapport_contact_set_company (other_ana, "Acme");
  g_assert_true (rapport_store_save_contact (store, other_ana, &error));
  g_assert_no_error (error);
  /* Known by name only, at an address neither has. */
  invite (mixer, "ana@elsewhere.example", "Ana Silva");
  dialog = g_object_ref_sink (rapport_prepare_dialog_new (store, mixer));

  choice = rapport_prepare_dialog_get_choice (dialog, 0);
  g_assert_nonnull (choice);
  g_assert_false (gtk_check_button_get_active (rapport_prepare_dialog_get_check (dialog, 0)));
  labels = adw_combo_row_get_model (choice);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      const char *label = gtk_string_list_get_string (GTK_STRING_LIST (labels), i);

      if (g_str_equal (label, "Ana Silva (Acme)"))
        acme = i;
      else
        g_assert_cmpstr (label, ==, "Ana Silva (ana.silva@example.org)");
    }
  g_assert_cmpuint (acme, <, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 2), ==, "Someone new");

  adw_combo_row_set_selected (choice, acme);
  gtk_check_button_set_active (rapport_prepare_dialog_get_check (dialog, 0), TRUE);
  event = rapport_prepare_dialog_prepare (dialog, &error);
  g_assert_no_error (error);
  attendees = rapport_store_list_attendees (store, rapport_event_get_id (event), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 1);
  g_assert_cmpint (rapport_attendee_get_contact_id (g_ptr_array_index (attendees, 0)), ==,
                   rapport_contact_get_id (other_ana));

  g_assert_nonnull (ana);
  g_object_unref (dialog);
}

static gboolean
others_has_one (gpointer coming_up)
{
  return shows_n (rapport_coming_up_get_others (coming_up), 1);
}

static gboolean
coming_up_has_two (gpointer coming_up)
{
  return shows_n (rapport_coming_up_get_shown (coming_up), 2) &&
         shows_n (rapport_coming_up_get_others (coming_up), 0);
}

/* The first button of the row titled @title in @widget. */
static GtkWidget *
row_button (GtkWidget  *widget,
            const char *title)
{
  GtkWidget *row = test_find_widget (widget, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return test_find_widget (row, GTK_TYPE_BUTTON, NULL);
}

/* An event that names nobody: under Other Events; added, it comes up
 * with Prepare (and is remembered); taken away, it goes back; prepared,
 * it leaves Coming up as the others do. */
static void
test_mark_other (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GListStore) calendar = g_list_store_new (RAPPORT_TYPE_CALENDAR_EVENT);
  g_autoptr(RapportCalendarEvent) mixer = make_event ("mixer@example.org", "Design Week mixer", 26);
  g_autoptr(RapportCalendarEvent) talk = make_event ("talk@example.org", "Keynote", 3);
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  RapportComingUp *coming_up;
  AdwExpanderRow *others_row;
  GtkWidget *button;

  invite (mixer, "ana.silva@example.org", "Ana Silva");
  g_list_store_append (calendar, talk);
  g_list_store_append (calendar, mixer);

  window = test_open_window (store, 1000, 700);
  rapport_window_set_calendar_events (window, G_LIST_MODEL (calendar));
  adw_view_stack_set_visible_child_name (find_sidebar_stack (GTK_WIDGET (window)), "events");
  coming_up = find_coming_up (window);
  test_wait_until (coming_up_has_one, coming_up);
  test_wait_until (others_has_one, coming_up);
  {
    g_autoptr(RapportCalendarEvent) other = g_list_model_get_item (rapport_coming_up_get_others (coming_up), 0);

    g_assert_true (other == talk);
  }

  others_row = ADW_EXPANDER_ROW (test_find_widget (GTK_WIDGET (coming_up), ADW_TYPE_EXPANDER_ROW, "Other Events"));
  g_assert_nonnull (others_row);
  adw_expander_row_set_expanded (others_row, TRUE);
  test_settle ();
  button = row_button (GTK_WIDGET (others_row), "Keynote");
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Add to Coming Up");
  g_assert_true (gtk_widget_activate (button));
  test_wait_until (coming_up_has_two, coming_up);
  g_assert_true (rapport_store_is_calendar_event_marked (store, talk, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RapportCalendarEvent) first = g_list_model_get_item (rapport_coming_up_get_shown (coming_up), 0);

    g_assert_true (first == talk);
  }
  test_settle ();

  /* Taken away again: back under Other Events. */
  button = row_button (GTK_WIDGET (coming_up), "Keynote");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove From Coming Up");
  g_assert_true (gtk_widget_activate (button));
  test_wait_until (others_has_one, coming_up);
  g_assert_false (rapport_store_is_calendar_event_marked (store, talk, &error));
  test_settle ();

  /* Added, then prepared like any other. */
  adw_expander_row_set_expanded (others_row, TRUE);
  test_settle ();
  g_assert_true (gtk_widget_activate (row_button (GTK_WIDGET (others_row), "Keynote")));
  test_wait_until (coming_up_has_two, coming_up);
  test_settle ();
  button = test_find_widget (test_find_widget (GTK_WIDGET (coming_up), ADW_TYPE_ACTION_ROW, "Keynote"),
                             GTK_TYPE_BUTTON, "_Prepare");
  g_assert_true (gtk_widget_activate (button));
  test_wait_until (prepare_dialog_shown, window);
  test_settle ();
  g_assert_true (gtk_widget_activate (test_find_widget (
    GTK_WIDGET (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))),
    GTK_TYPE_BUTTON, "_Prepare")));
  test_wait_until (no_dialog_shown, window);
  g_assert_cmpint (rapport_store_find_calendar_event (store, rapport_calendar_event_get_key (talk), &error), >, 0);
  g_assert_no_error (error);
  test_wait_until (coming_up_has_one, coming_up);

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/calendar-ui/prepare-and-follow", test_prepare_and_follow);
  g_test_add_func ("/rapport/calendar-ui/open-ics", test_open_ics);
  g_test_add_func ("/rapport/calendar-ui/after-meeting", test_after_meeting);
  g_test_add_func ("/rapport/calendar-ui/mark-other", test_mark_other);
  g_test_add_func ("/rapport/calendar-ui/prepare-choice", test_prepare_choice);

  return g_test_run ();
}
