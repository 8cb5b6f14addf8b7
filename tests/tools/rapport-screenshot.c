/* rapport-screenshot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts Rapport as a user would, at a given window size and colour scheme,
 * and saves what the window shows as a PNG. Run it under a virtual display:
 *
 *   build-aux/dev screenshot --size 360x720 --dark narrow-dark.png
 *   build-aux/dev screenshot --data-dir _build/demo --person 3 --timeline wide.png
 *   build-aux/dev screenshot --data-dir _build/demo --event 0 --briefing events.png
 *   build-aux/dev screenshot --data-dir _build/demo --statement 0 --edit builder.png
 *   build-aux/dev screenshot --data-dir _build/demo --person 0 --address address.png
 *   build-aux/dev screenshot --data-dir _build/demo --person 0 --introductions helpers.png
 *   build-aux/dev screenshot --data-dir _build/demo --person 0 --links links.png
 *   build-aux/dev screenshot --data-dir _build/demo --import invite.ics --prepare --briefing prepared.png
 */

#include "config.h"

#include <adwaita.h>
#include <libebook/libebook.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "rapport-address-book-results.h"
#include "rapport-address-books-group.h"
#include "rapport-application.h"
#include "rapport-briefing-print.h"
#include "rapport-briefing-view.h"
#include "rapport-coming-up.h"
#include "rapport-contact-fields-group.h"
#include "rapport-duplicates-dialog.h"
#include "rapport-event-page.h"
#include "rapport-import-dialog.h"
#include "rapport-introduce-dialog.h"
#include "rapport-introductions-group.h"
#include "rapport-link-dialog.h"
#include "rapport-links-group.h"
#include "rapport-people-editor.h"
#include "rapport-prepare-dialog.h"
#include "rapport-sidebar-list.h"
#include "rapport-statement-page.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

static char *output_path;
static gboolean dark;
static gboolean timeline;
static gboolean address;
static gboolean address_dialog;
static gboolean address_shown;
static gboolean introductions;
static gboolean introduce;
static gboolean links;
static gboolean by_email;
static gboolean name_parts;
static int person = -1;
static gboolean person_shown;
static gboolean events;
static gboolean due;
static char *pdf;
static char *import_path;
static char *action_name;
static int duplicate = -1;
static gboolean duplicates_shown;
static char *search_text;
static gboolean search_done;
static gboolean action_done;
static gboolean import_started;
static char *job;        /* export, back-up or restore */
static char *job_file;
static gboolean job_progress;
static gboolean job_started;
static gboolean job_seen;
static gboolean merge;
static gboolean merge_opened;
static gboolean due_shown;
static gboolean prepare;         /* Prepare the first event coming up, everyone ticked */
static gboolean prepare_dialog;  /* only show Prepare's dialog */
static gboolean other_events;    /* open Other Events, add its first */
static int other_step;
static int prepare_step;
static int event = -1;
static int statement = -1;
static gboolean edit_statement;
static gboolean briefing;
static gboolean log_event;
static char *attendee_search;
static char *language;  /* a locale name */
static gboolean rtl;
static gboolean preferences;
static gboolean preferences_shown;
static gboolean preferences_listed;
static gboolean calendars_on;
static char *address_book;  /* a vCard file, added to EDS's Personal book */
static int address_book_step;
static char *link_search;  /* typed into Link To…'s search of people */
static gboolean link_opened;
static int width = 1200;
static int height = 800;
static int status = EXIT_FAILURE;

/* The list view of events or of statements. */
static GtkWidget *
find_sidebar_view (GtkWidget              *widget,
                   RapportSidebarListKind  wanted)
{
  if (RAPPORT_IS_SIDEBAR_LIST (widget))
    {
      RapportSidebarListKind kind;

      g_object_get (widget, "kind", &kind, NULL);
      if (kind == wanted)
        return test_find_widget (widget, GTK_TYPE_LIST_VIEW, NULL);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sidebar_view (child, wanted);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_view_stack (GtkWidget *widget)
{
  return test_find_widget (widget, ADW_TYPE_VIEW_STACK, NULL);
}

/* The stack of People, Statements and Events; collapsed, the content comes
 * first in the widget tree, with stacks of its own. */
static GtkWidget *
find_sidebar_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget) && adw_view_stack_get_child_by_name (ADW_VIEW_STACK (widget), "events") != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sidebar_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
address_book_added_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!e_book_client_add_contacts_finish (E_BOOK_CLIENT (object), result, NULL, &error))
    g_printerr ("Could not fill the address book: %s\n", error->message);
  address_book_step = 3;
  g_object_unref (object);
}

static void
address_book_connected_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  EClient *client = e_book_client_connect_finish (result, &error);
  g_autofree char *text = NULL;
  GSList *contacts = NULL;
  char **cards;

  if (client == NULL || !g_file_get_contents (address_book, &text, NULL, &error))
    {
      g_printerr ("Could not fill the address book: %s\n", error->message);
      g_clear_object (&client);
      address_book_step = 3;
      return;
    }
  cards = g_strsplit (text, "END:VCARD", -1);
  for (guint i = 0; cards[i] != NULL; i++)
    if (strstr (cards[i], "BEGIN:VCARD") != NULL)
      {
        g_autofree char *card = g_strconcat (g_strstrip (cards[i]), "\r\nEND:VCARD\r\n", NULL);

        contacts = g_slist_prepend (contacts, e_contact_new_from_vcard (card));
      }
  g_strfreev (cards);
  e_book_client_add_contacts (E_BOOK_CLIENT (client), contacts, E_BOOK_OPERATION_FLAG_NONE, NULL,
                              address_book_added_cb, NULL);
  g_slist_free_full (contacts, g_object_unref);
}

/* The desktop's address books followed, and the contacts of @address_book
 * in EDS's own "Personal" book (under tests/eds-run.sh). */
static gboolean
fill_address_book (GApplication *app)
{
  RapportSourceList *books = rapport_application_get_address_book_sources (RAPPORT_APPLICATION (app));

  if (address_book_step == 0)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      g_settings_set_boolean (settings, "address-books-enabled", TRUE);
      rapport_source_list_start (books);
      address_book_step = 1;
    }
  if (address_book_step == 1 && rapport_source_list_get_state (books) == RAPPORT_SOURCE_LIST_READY)
    {
      g_autoptr(ESource) source = rapport_source_list_ref_source (books, "system-address-book");

      address_book_step = 2;
      e_book_client_connect (source, 0, NULL, address_book_connected_cb, NULL);
    }
  return address_book_step == 3;
}

static gboolean
save_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int w, h;

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;
  if (address_book != NULL && !fill_address_book (G_APPLICATION (app)))
    return G_SOURCE_CONTINUE;

  /* A window action, as its menu item would; then look again. */
  if (action_name != NULL && !action_done)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      /* A detailed name gives the action its target: win.tag('Climbing'). */
      action_done = TRUE;
      if (g_action_parse_detailed_name (action_name, &name, &target, NULL))
        gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target);
      return G_SOURCE_CONTINUE;
    }

  /* Find Duplicates: once its list is found, pair N side by side. */
  if (RAPPORT_IS_DUPLICATES_DIALOG (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window))) &&
      !duplicates_shown)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
      GtkWidget *stack = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_STACK, NULL);
      GListModel *pairs = rapport_duplicates_dialog_get_pairs (RAPPORT_DUPLICATES_DIALOG (dialog));

      if (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (stack)), "busy") == 0)
        return G_SOURCE_CONTINUE;
      duplicates_shown = TRUE;
      if (duplicate >= 0 && (guint) duplicate < g_list_model_get_n_items (pairs))
        rapport_duplicates_dialog_compare (RAPPORT_DUPLICATES_DIALOG (dialog), (guint) duplicate);
      return G_SOURCE_CONTINUE;
    }

  /* Preferences, as its menu item would open it, once its Calendars
   * group has heard from EDS (run under tests/eds-run.sh for calendars). */
  if (preferences)
    {
      RapportSourceList *sources = rapport_application_get_calendar_sources (RAPPORT_APPLICATION (app));
      RapportSourceListState state = rapport_source_list_get_state (sources);

      if (!preferences_shown)
        {
          g_autoptr(GSettings) settings = g_settings_new (APP_ID);

          preferences_shown = TRUE;
          if (calendars_on)
            g_settings_set_boolean (settings, "calendars-enabled", TRUE);
          gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL);
          return G_SOURCE_CONTINUE;
        }
      if (state == RAPPORT_SOURCE_LIST_IDLE || state == RAPPORT_SOURCE_LIST_CONNECTING)
        return G_SOURCE_CONTINUE;
      /* Once more for the rows to be laid out and the dialog to grow. */
      if (!preferences_listed)
        {
          preferences_listed = TRUE;
          return G_SOURCE_CONTINUE;
        }
      /* With the address books: scrolled to them, as Tab would. */
      if (address_book != NULL)
        {
          AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
          GtkWidget *group = dialog ? test_find_widget (GTK_WIDGET (dialog), RAPPORT_TYPE_ADDRESS_BOOKS_GROUP, NULL) : NULL;
          GtkWidget *row = group ? test_find_widget (group, ADW_TYPE_COMBO_ROW, "Personal") : NULL;

          if (row == NULL)
            return G_SOURCE_CONTINUE;
          if (!gtk_widget_has_focus (row))
            {
              gtk_widget_grab_focus (row);
              return G_SOURCE_CONTINUE;
            }
        }
      preferences = FALSE;
    }

  /* A search, typed into the people's search field. */
  if (search_text != NULL && !search_done)
    {
      GtkWidget *focus;

      search_done = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      focus = gtk_window_get_focus (window);
      focus = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) : NULL;
      if (focus != NULL)
        gtk_editable_set_text (GTK_EDITABLE (focus), search_text);
      return G_SOURCE_CONTINUE;
    }
  /* Its contacts from the address book come a moment later. */
  if (search_text != NULL && address_book != NULL)
    {
      GtkWidget *results = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_ADDRESS_BOOK_RESULTS, NULL);

      if (results == NULL || !gtk_widget_get_visible (results))
        return G_SOURCE_CONTINUE;
    }

  /* An import: start it, then look again once its report is up. */
  if (import_path != NULL)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

      if (!import_started)
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (import_path);

          import_started = TRUE;
          rapport_window_import_file (RAPPORT_WINDOW (window), file);
          return G_SOURCE_CONTINUE;
        }
      if (RAPPORT_IS_IMPORT_DIALOG (dialog) && rapport_import_dialog_get_report (RAPPORT_IMPORT_DIALOG (dialog)) == NULL)
        return G_SOURCE_CONTINUE;
      /* Merge… on the first possible duplicate, as a click would. */
      if (merge && !merge_opened && RAPPORT_IS_IMPORT_DIALOG (dialog))
        {
          GtkWidget *button = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Merge…");

          merge_opened = TRUE;
          if (button != NULL)
            g_signal_emit_by_name (button, "clicked");
          return G_SOURCE_CONTINUE;
        }
    }

  /* Export, Back Up or Restore, as their file choosers would start them;
   * the shot while its progress shows, or once it is over (the toast). */
  if (job != NULL)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (job_file ? job_file : "_build/shot-job");

      if (!job_started)
        {
          job_started = TRUE;
          if (g_str_equal (job, "export"))
            rapport_window_export_to_file (RAPPORT_WINDOW (window), NULL, file);
          else if (g_str_equal (job, "back-up"))
            rapport_window_back_up_to_file (RAPPORT_WINDOW (window), file);
          else
            rapport_window_restore_file (RAPPORT_WINDOW (window), file);
          return G_SOURCE_CONTINUE;
        }
      if (job_progress ? dialog == NULL : !g_action_group_get_action_enabled (G_ACTION_GROUP (window), "back-up"))
        return G_SOURCE_CONTINUE;
      /* Once more, for it to be drawn. */
      if (!job_seen)
        {
          job_seen = TRUE;
          return G_SOURCE_CONTINUE;
        }
    }

  /* Coming up's Other Events opened, and its first added, as clicks
   * would (changes the data!). */
  if (other_events && other_step < 2)
    {
      GtkWidget *coming_up = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_COMING_UP, NULL);
      GtkWidget *sidebar = find_sidebar_stack (GTK_WIDGET (window));
      GtkWidget *expander;

      if (sidebar != NULL)
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (sidebar), "events");
      if (coming_up == NULL || g_list_model_get_n_items (rapport_coming_up_get_others (RAPPORT_COMING_UP (coming_up))) == 0)
        return G_SOURCE_CONTINUE;
      expander = test_find_widget (coming_up, ADW_TYPE_EXPANDER_ROW, NULL);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      if (other_step == 0)
        {
          g_autoptr(RapportCalendarEvent) first = g_list_model_get_item (
            rapport_coming_up_get_others (RAPPORT_COMING_UP (coming_up)), 0);
          GtkWidget *row = test_find_widget (expander, ADW_TYPE_ACTION_ROW, rapport_calendar_event_get_summary (first));

          g_signal_emit_by_name (test_find_widget (row, GTK_TYPE_BUTTON, NULL), "clicked");
        }
      other_step++;
      return G_SOURCE_CONTINUE;
    }

  /* Prepare on the first calendar event coming up, as a click would; then
   * everyone ticked and Prepare in its dialog (or the dialog left open). */
  if ((prepare || prepare_dialog) && prepare_step < 3)
    {
      GtkWidget *coming_up = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_COMING_UP, NULL);
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

      if (prepare_step == 0)
        {
          GtkWidget *sidebar = find_sidebar_stack (GTK_WIDGET (window));
          GtkWidget *button;

          if (sidebar != NULL)
            adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (sidebar), "events");
          if (coming_up == NULL || g_list_model_get_n_items (rapport_coming_up_get_shown (RAPPORT_COMING_UP (coming_up))) == 0)
            return G_SOURCE_CONTINUE;
          button = test_find_widget (coming_up, GTK_TYPE_BUTTON, "_Prepare");
          if (button != NULL)
            g_signal_emit_by_name (button, "clicked");
          prepare_step = 1;
          return G_SOURCE_CONTINUE;
        }
      if (!RAPPORT_IS_PREPARE_DIALOG (dialog))
        return G_SOURCE_CONTINUE;
      prepare_step = 3;
      if (prepare_dialog)
        return G_SOURCE_CONTINUE;
      for (guint i = 0; rapport_prepare_dialog_get_check (RAPPORT_PREPARE_DIALOG (dialog), i) != NULL; i++)
        gtk_check_button_set_active (rapport_prepare_dialog_get_check (RAPPORT_PREPARE_DIALOG (dialog), i), TRUE);
      g_signal_emit_by_name (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Prepare"), "clicked");
      if (briefing)
        {
          GtkWidget *page = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL);
          GtkWidget *stack = page ? find_view_stack (page) : NULL;

          if (stack != NULL)
            adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "briefing");
        }
      return G_SOURCE_CONTINUE;
    }

  /* The Due list, as its button would show it; then look again. */
  if (due && !due_shown)
    {
      /* An invitation opened first: once its events are in (its meetings
       * just over are asked about at the top). */
      if (import_path != NULL && g_str_has_suffix (import_path, ".ics") &&
          g_list_model_get_n_items (rapport_window_get_calendar_events (RAPPORT_WINDOW (window))) == 0)
        return G_SOURCE_CONTINUE;
      due_shown = TRUE;
      rapport_window_show_due (RAPPORT_WINDOW (window));
      return G_SOURCE_CONTINUE;
    }

  /* Show the events, open one as a click would, then look again. */
  if ((events || event >= 0) && !person_shown)
    {
      GtkWidget *list = find_sidebar_view (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_EVENTS);
      GtkWidget *sidebar = find_sidebar_stack (GTK_WIDGET (window));

      person_shown = TRUE;
      if (sidebar != NULL)
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (sidebar), "events");
      if (list != NULL && event >= 0)
        gtk_widget_activate_action (list, "list.activate-item", "u", (guint) event);
      if (briefing)
        {
          GtkWidget *page = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL);
          GtkWidget *stack = page ? find_view_stack (page) : NULL;

          if (stack != NULL)
            adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "briefing");
        }
      if (pdf != NULL)
        {
          GtkWidget *view = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_BRIEFING_VIEW, NULL);
          RapportBriefing *shown = view ? rapport_briefing_view_get_briefing (RAPPORT_BRIEFING_VIEW (view)) : NULL;
          g_autoptr(GtkPrintOperation) operation = shown ? rapport_briefing_print_new (shown, NULL) : NULL;
          g_autoptr(GError) error = NULL;

          if (operation == NULL)
            g_printerr ("No briefing to print: choose an event with --event N\n");
          else
            {
              gtk_print_operation_set_export_filename (operation, pdf);
              if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error) !=
                  GTK_PRINT_OPERATION_RESULT_APPLY)
                g_printerr ("Could not write %s: %s\n", pdf, error ? error->message : "");
            }
        }
      if (attendee_search != NULL)
        {
          GtkWidget *page = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL);
          GtkWidget *editor = page ? test_find_widget (page, RAPPORT_TYPE_PEOPLE_EDITOR, NULL) : NULL;
          GtkWidget *entry = editor ? test_find_widget (editor, ADW_TYPE_ENTRY_ROW, NULL) : NULL;

          if (entry != NULL)
            {
              gtk_widget_grab_focus (entry);
              gtk_editable_set_text (GTK_EDITABLE (entry), attendee_search);
            }
        }
      if (log_event)
        {
          GtkWidget *page = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL);

          if (page != NULL)
            gtk_widget_activate_action (page, "event.log", NULL);
        }
      return G_SOURCE_CONTINUE;
    }

  /* Open a statement as a click would, and its builder if asked. */
  if (statement >= 0 && !person_shown)
    {
      GtkWidget *list = find_sidebar_view (GTK_WIDGET (window), RAPPORT_SIDEBAR_LIST_STATEMENTS);
      GtkWidget *sidebar = find_sidebar_stack (GTK_WIDGET (window));

      person_shown = TRUE;
      if (sidebar != NULL)
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (sidebar), "statements");
      if (list != NULL)
        gtk_widget_activate_action (list, "list.activate-item", "u", (guint) statement);
      if (edit_statement)
        {
          GtkWidget *page = test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_STATEMENT_PAGE, NULL);

          if (page != NULL)
            gtk_widget_activate_action (page, "statement.edit", NULL);
        }
      return G_SOURCE_CONTINUE;
    }

  /* Open a person as a click would, then look again once it has drawn. */
  if (person >= 0 && !person_shown)
    {
      GtkWidget *list = GTK_WIDGET (rapport_window_get_people_view (RAPPORT_WINDOW (window)));

      person_shown = TRUE;
      if (list != NULL)
        gtk_widget_activate_action (list, "list.activate-item", "u", (guint) person);
      if (timeline)
        {
          RapportPersonPage *page = rapport_window_get_person_page (RAPPORT_WINDOW (window));
          GtkWidget *stack = find_view_stack (GTK_WIDGET (page));

          if (stack != NULL)
            adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "timeline");
        }
      return G_SOURCE_CONTINUE;
    }

  /* Open the name's parts, as a click on their row would. */
  if (name_parts)
    {
      RapportPersonPage *page = rapport_window_get_person_page (RAPPORT_WINDOW (window));
      GtkWidget *row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, NULL);

      name_parts = FALSE;
      if (row != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      return G_SOURCE_CONTINUE;
    }

  /* Scroll to who could help them (focusing the first Introduce button,
   * as Tab would), or press it; then look again. */
  if (introductions || introduce)
    {
      RapportPersonPage *page = rapport_window_get_person_page (RAPPORT_WINDOW (window));
      GtkWidget *group = test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_INTRODUCTIONS_GROUP, NULL);
      /* The first suggestion's Introduce, not the group's Introduce…. */
      GtkWidget *row = group ? test_find_widget (group, ADW_TYPE_ACTION_ROW, NULL) : NULL;
      GtkWidget *button = row ? test_find_widget (row, GTK_TYPE_BUTTON, NULL) : NULL;

      if (button == NULL)
        g_printerr ("Nobody is suggested to help this person\n");
      else if (introduce)
        gtk_widget_activate (button);
      else
        gtk_widget_grab_focus (button);
      if (button == NULL || !introduce)
        by_email = FALSE;
      introductions = introduce = FALSE;
      return G_SOURCE_CONTINUE;
    }

  /* In the Introduce dialog, choose email; then look again. */
  if (by_email)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

      if (!RAPPORT_IS_INTRODUCE_DIALOG (dialog))
        return G_SOURCE_CONTINUE;
      rapport_introduce_dialog_set_how (RAPPORT_INTRODUCE_DIALOG (dialog), RAPPORT_INTRODUCTION_EMAIL);
      by_email = FALSE;
      return G_SOURCE_CONTINUE;
    }

  /* Link To…, as its button would open it, with a search typed; then
   * look again until the address book answered (--address-book). */
  if (link_search != NULL)
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
      GtkWidget *results;

      if (!link_opened)
        {
          RapportPersonPage *page = rapport_window_get_person_page (RAPPORT_WINDOW (window));
          GtkWidget *group = test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_LINKS_GROUP, NULL);
          GtkWidget *content = group ? test_find_widget (group, ADW_TYPE_BUTTON_CONTENT, NULL) : NULL;

          link_opened = TRUE;
          if (content != NULL)
            gtk_widget_activate (gtk_widget_get_parent (content));
          return G_SOURCE_CONTINUE;
        }
      if (!RAPPORT_IS_LINK_DIALOG (dialog))
        return G_SOURCE_CONTINUE;
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (test_find_widget (GTK_WIDGET (dialog),
                                                                             GTK_TYPE_SEARCH_ENTRY, NULL))),
                     link_search) != 0)
        {
          rapport_person_search_set_text (rapport_link_dialog_get_search (RAPPORT_LINK_DIALOG (dialog)), link_search);
          return G_SOURCE_CONTINUE;
        }
      results = test_find_widget (GTK_WIDGET (dialog), RAPPORT_TYPE_ADDRESS_BOOK_RESULTS, NULL);
      if (address_book != NULL && (results == NULL || !gtk_widget_get_visible (results)))
        return G_SOURCE_CONTINUE;
      link_search = NULL;
      return G_SOURCE_CONTINUE;
    }

  /* Scroll to whom they know (focusing the last link's button, as Tab
   * would, or Link To… when there is none); then look again. */
  if (links)
    {
      RapportPersonPage *page = rapport_window_get_person_page (RAPPORT_WINDOW (window));
      GtkWidget *group = test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_LINKS_GROUP, NULL);
      GtkWidget *row = group ? test_find_widget (group, ADW_TYPE_ACTION_ROW, NULL) : NULL;
      GtkWidget *last = row ? gtk_widget_get_last_child (gtk_widget_get_parent (row)) : NULL;
      GtkWidget *button = last ? test_find_widget (last, GTK_TYPE_BUTTON, NULL) : NULL;

      if (button == NULL && group != NULL)
        button = test_find_widget (group, GTK_TYPE_BUTTON, NULL);

      if (button != NULL)
        gtk_widget_grab_focus (button);
      links = FALSE;
      return G_SOURCE_CONTINUE;
    }

  /* Scroll the person's first postal address into view (focusing it, as
   * Tab would), or open it as a click would; then look again. */
  if ((address || address_dialog) && !address_shown)
    {
      RapportPersonPage *page = rapport_window_get_person_page (RAPPORT_WINDOW (window));
      GtkWidget *group = test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_CONTACT_FIELDS_GROUP, NULL);
      GtkWidget *row = NULL;

      address_shown = TRUE;
      for (GtkWidget *child = group ? test_find_widget (group, ADW_TYPE_ACTION_ROW, NULL) : NULL;
           child != NULL && row == NULL;
           child = gtk_widget_get_next_sibling (child))
        if (ADW_IS_ACTION_ROW (child) && gtk_widget_has_css_class (child, "property"))
          row = child;
      if (row == NULL)
        g_printerr ("This person has no postal address\n");
      else if (address_dialog)
        gtk_widget_activate (row);
      else
        gtk_widget_grab_focus (row);
      return G_SOURCE_CONTINUE;
    }

  w = gtk_widget_get_width (GTK_WIDGET (window));
  h = gtk_widget_get_height (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));

  if (gdk_texture_save_to_png (texture, output_path))
    {
      g_print ("%s: %d×%d, %s\n", output_path, w, h, dark ? "dark" : "light");
      status = EXIT_SUCCESS;
    }
  else
    {
      g_printerr ("Could not write %s\n", output_path);
    }

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
startup_cb (GApplication *app)
{
  if (rtl)
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
}

static void
activate_cb (GApplication *app)
{
  /* Pictures of how things are, not of them moving. */
  test_disable_animations ();
  /* Let the window map and settle before looking at it. */
  g_timeout_add (700, save_cb, app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = NULL;
  g_autofree char *data_dir = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  const GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_STRING, &size, "Window size (default 1200x800)", "WxH" },
    { "dark", 'd', 0, G_OPTION_ARG_NONE, &dark, "Use the dark style", NULL },
    { "locale", 0, 0, G_OPTION_ARG_STRING, &language, "Show it in this locale (e.g. de_DE.UTF-8; made with localedef in _build/locale if the system lacks it)", "NAME" },
    { "rtl", 0, 0, G_OPTION_ARG_NONE, &rtl, "Lay it out right to left, as in Arabic or Hebrew", NULL },
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "Folder of the rapport.db to show", "DIR" },
    { "person", 'p', 0, G_OPTION_ARG_INT, &person, "Open the person at this position in the list", "N" },
    { "timeline", 't', 0, G_OPTION_ARG_NONE, &timeline, "Show their timeline", NULL },
    { "address", 0, 0, G_OPTION_ARG_NONE, &address, "Scroll to their first postal address", NULL },
    { "introductions", 0, 0, G_OPTION_ARG_NONE, &introductions, "Scroll to who could help them", NULL },
    { "introduce", 0, 0, G_OPTION_ARG_NONE, &introduce, "Open the Introduce dialog of the first person who could help them", NULL },
    { "links", 0, 0, G_OPTION_ARG_NONE, &links, "Scroll to whom they know", NULL },
    { "by-email", 0, 0, G_OPTION_ARG_NONE, &by_email, "With --introduce: introduce by email", NULL },
    { "name-parts", 0, 0, G_OPTION_ARG_NONE, &name_parts, "Open the parts of their name", NULL },
    { "address-dialog", 0, 0, G_OPTION_ARG_NONE, &address_dialog, "Open their first postal address's dialog", NULL },
    { "due", 0, 0, G_OPTION_ARG_NONE, &due, "Show the Due list", NULL },
    { "prepare", 0, 0, G_OPTION_ARG_NONE, &prepare, "Prepare the first calendar event coming up, everyone ticked (changes the data!)", NULL },
    { "prepare-dialog", 0, 0, G_OPTION_ARG_NONE, &prepare_dialog, "Show Prepare's dialog for the first calendar event coming up", NULL },
    { "other-events", 0, 0, G_OPTION_ARG_NONE, &other_events, "Open Coming up's Other Events and add its first (changes the data!)", NULL },
    { "preferences", 0, 0, G_OPTION_ARG_NONE, &preferences, "Open Preferences (with the desktop's calendars: under tests/eds-run.sh)", NULL },
    { "calendars-on", 0, 0, G_OPTION_ARG_NONE, &calendars_on, "With --preferences: agree to show the calendars first", NULL },
    { "link-search", 0, 0, G_OPTION_ARG_STRING, &link_search, "Open Link To… on their page and type this in its search", "TEXT" },
    { "address-book", 0, 0, G_OPTION_ARG_FILENAME, &address_book, "Follow the address books, with the people of this vCard file added to EDS's Personal book (under tests/eds-run.sh)", "FILE" },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action_name, "Activate this window action first (e.g. win.restore, or win.tag('Climbing') with a target)", "NAME" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search_text, "Type this in the search of people", "TEXT" },
    { "duplicate", 0, 0, G_OPTION_ARG_INT, &duplicate, "With --action win.find-duplicates: show pair N side by side", "N" },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &import_path, "Import this file and show the report (changes the data!)", "FILE" },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge, "With --import: press Merge… on the first possible duplicate", NULL },
    { "job", 0, 0, G_OPTION_ARG_STRING, &job, "Start export, back-up or restore (changes the data!) and show its toast", "JOB" },
    { "job-file", 0, 0, G_OPTION_ARG_FILENAME, &job_file, "With --job: the file to write or restore", "FILE" },
    { "job-progress", 0, 0, G_OPTION_ARG_NONE, &job_progress, "With --job: show its progress instead", NULL },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, "Also save its briefing as this PDF, as printing would", "FILE" },
    { "events", 0, 0, G_OPTION_ARG_NONE, &events, "Show the list of events", NULL },
    { "statement", 0, 0, G_OPTION_ARG_INT, &statement, "Open the statement at this position in the list", "N" },
    { "edit", 0, 0, G_OPTION_ARG_NONE, &edit_statement, "Open its builder", NULL },
    { "event", 'e', 0, G_OPTION_ARG_INT, &event, "Open the event at this position in the list", "N" },
    { "briefing", 'b', 0, G_OPTION_ARG_NONE, &briefing, "Show its briefing", NULL },
    { "log", 0, 0, G_OPTION_ARG_NONE, &log_event, "Open its Log the Event dialog", NULL },
    { "find-attendee", 0, 0, G_OPTION_ARG_STRING, &attendee_search, "Type this in its Add Person search", "TEXT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, "OUTPUT.png" },
    { NULL }
  };

  context = g_option_context_new ("OUTPUT.png — save a screenshot of Rapport's window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      rest == NULL || g_strv_length (rest) != 1 ||
      (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2))
    {
      g_printerr ("%s\n", error ? error->message : "Usage: rapport-screenshot [--size WxH] [--dark] OUTPUT.png");
      return EXIT_FAILURE;
    }

  /* The locale first, then gettext that reads it. meson devenv points
   * RAPPORT_LOCALEDIR at the translations the build compiled. */
  if (language != NULL)
    {
      g_autofree char *made = g_build_filename ("_build", "locale", language, NULL);

      g_setenv ("LC_ALL", language, TRUE);
      if (g_file_test (made, G_FILE_TEST_IS_DIR))
        g_setenv ("LOCPATH", "_build/locale", TRUE);
    }
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAPPORT_LOCALEDIR") ? g_getenv ("RAPPORT_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  output_path = rest[0];

  /* Never touch the user's settings; start from the size asked for. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (data_dir != NULL)
    g_setenv ("RAPPORT_DATA_DIR", data_dir, TRUE);
  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);

  app = rapport_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_signal_connect (app, "startup", G_CALLBACK (startup_cb), NULL);

  g_application_run (G_APPLICATION (app), 1, argv);
  return status;
}
