/* rapport-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: the list of people in the sidebar — searched, sorted and
 * filtered by the store —, beside it the lists of your statements and your
 * events, and the chosen one's page.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rapport-event-page.h"
#include "rapport-people-model.h"
#include "rapport-peec-dialog.h"
#include "rapport-person-page.h"
#include "rapport-statement-page.h"
#include "rapport-sidebar-list.h"
#include "rapport-window-private.h"

G_DEFINE_FINAL_TYPE (RapportWindow, rapport_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
rapport_window_show_person (RapportWindow  *self,
             RapportContact *contact)
{
  /* Nobody to show, and the page never made: there is nothing to empty. */
  if (contact != NULL || self->person_page != NULL)
    rapport_person_page_set_contact (rapport_window_get_person_page (self), contact);
  gtk_stack_set_visible_child_name (self->content_stack, contact ? "person" : "welcome");
}

/* The person shown, or NULL (also while the page has not been made). */
static RapportContact *
shown_contact (RapportWindow *self)
{
  return self->person_page != NULL ? rapport_person_page_get_contact (self->person_page) : NULL;
}

static void content_title_changed_cb (RapportWindow *self);
static void page_item_changed_cb (RapportWindow *self);

/* Made the first time a statement is shown (or once the first frame is on
 * screen), like the person page: not with the window, for a page not seen. */
static RapportStatementPage *
get_statement_page (RapportWindow *self)
{
  if (self->statement_page == NULL)
    {
      self->statement_page = g_object_new (RAPPORT_TYPE_STATEMENT_PAGE, NULL);
      rapport_statement_page_set_store (self->statement_page, self->store);
      g_signal_connect_object (self->statement_page, "notify::title", G_CALLBACK (content_title_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->statement_page, "notify::statement", G_CALLBACK (page_item_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->statement_page), "statement");
    }
  return self->statement_page;
}

/* The statement shown, or NULL (also while the page has not been made). */
static RapportPeecStatement *
shown_statement (RapportWindow *self)
{
  return self->statement_page != NULL ? rapport_statement_page_get_statement (self->statement_page) : NULL;
}

/* The event shown, or NULL (also while the page has not been made). */
static RapportEvent *
shown_event (RapportWindow *self)
{
  return self->event_page != NULL ? rapport_event_page_get_event (self->event_page) : NULL;
}

static void
show_statement (RapportWindow        *self,
                RapportPeecStatement *statement)
{
  /* Nothing to show, and the page never made: there is nothing to empty. */
  if (statement != NULL || self->statement_page != NULL)
    rapport_statement_page_set_statement (get_statement_page (self), statement);
  gtk_stack_set_visible_child_name (self->content_stack, statement ? "statement" : "welcome");
}

static void
show_event (RapportWindow *self,
            RapportEvent  *event)
{
  if (event != NULL || self->event_page != NULL)
    rapport_event_page_set_event (rapport_window_get_event_page (self), event);
  gtk_stack_set_visible_child_name (self->content_stack, event ? "event" : "welcome");
}

/* One thing is chosen at a time, in whichever list shows it. */
static void
unselect_others (RapportWindow *self,
                 gpointer       keep)
{
  if (self->selection != NULL && keep != self->selection)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (keep != self->statement_list)
    rapport_sidebar_list_unselect (self->statement_list);
  if (keep != self->event_list)
    rapport_sidebar_list_unselect (self->event_list);
}

/* The content's title (and the Back button's, when narrow) is the page's. */
static void
content_title_changed_cb (RapportWindow *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);
  g_autofree char *title = NULL;

  if (g_strcmp0 (visible, "person") == 0)
    {
      g_object_get (self->person_page, "title", &title, NULL);
      /* Not a welcome: someone being added, as the page's header says. */
      if (title == NULL || *title == '\0')
        g_set_str (&title, C_("main window", "New Person"));
    }
  else if (g_strcmp0 (visible, "statement") == 0)
    g_object_get (self->statement_page, "title", &title, NULL);
  else if (g_strcmp0 (visible, "event") == 0)
    g_object_get (self->event_page, "title", &title, NULL);

  adw_navigation_page_set_title (self->content_page, title && *title ? title : C_("main window", "Welcome"));
}

/* Typing anywhere searches people — only while their list is on screen, or
 * the list would be filtered out of sight. */
static void
update_key_capture (RapportWindow *self)
{
  gboolean people = g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_stack), "people") == 0;
  gboolean sidebar_visible = !adw_navigation_split_view_get_collapsed (self->split_view) ||
                             !adw_navigation_split_view_get_show_content (self->split_view);

  gtk_search_entry_set_key_capture_widget (self->search_entry,
                                           people && sidebar_visible && self->people != NULL
                                           ? GTK_WIDGET (self) : NULL);
}

/* A page that lets go of what it showed (deleted) gives way to the welcome. */
static void
page_item_changed_cb (RapportWindow *self)
{
  const char *visible = gtk_stack_get_visible_child_name (self->content_stack);
  RapportPeecStatement *statement = shown_statement (self);

  if ((g_strcmp0 (visible, "person") == 0 && shown_contact (self) == NULL) ||
      (g_strcmp0 (visible, "statement") == 0 && statement == NULL) ||
      (g_strcmp0 (visible, "event") == 0 && shown_event (self) == NULL))
    {
      gtk_stack_set_visible_child_name (self->content_stack, "welcome");
      adw_navigation_split_view_set_show_content (self->split_view, FALSE);
    }
  else if (g_strcmp0 (visible, "statement") == 0)
    {
      /* Duplicated: the copy is the one highlighted. */
      rapport_sidebar_list_select (self->statement_list, statement);
    }
}

/* On a phone a tap opens what was tapped; wide, the selection already shows it. */
static void
list_clicked_cb (RapportWindow *self)
{
  if (adw_navigation_split_view_get_collapsed (self->split_view) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "welcome") != 0)
    adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* The + button adds what the sidebar shows. */
static void
sidebar_page_changed_cb (RapportWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->sidebar_stack);
  gboolean statements = g_strcmp0 (page, "statements") == 0;
  gboolean events = g_strcmp0 (page, "events") == 0;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button),
                                  statements ? "win.new-statement" : events ? "win.new-event" : "win.new-person");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button),
                               statements ? C_("main window", "New Statement") : events ? C_("main window", "New Event")
                                                                                         : C_("main window", "New Person"));
  gtk_widget_set_visible (GTK_WIDGET (self->view_button), !statements && !events);
  update_key_capture (self);
  if (self->people != NULL)
    rapport_window_update_list_state (self);
}

static void
statement_selected_cb (RapportWindow *self)
{
  RapportPeecStatement *statement = rapport_sidebar_list_get_selected (self->statement_list);

  if (statement != NULL)
    {
      show_statement (self, statement);
      unselect_others (self, self->statement_list);
    }
}

static void
event_selected_cb (RapportWindow *self)
{
  RapportEvent *event = rapport_sidebar_list_get_selected (self->event_list);

  if (event != NULL)
    {
      show_event (self, event);
      unselect_others (self, self->event_list);
    }
}

static void
event_activated_cb (RapportWindow *self,
                    RapportEvent  *event)
{
  show_event (self, event);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
statement_activated_cb (RapportWindow        *self,
                        RapportPeecStatement *statement)
{
  show_statement (self, statement);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
people_items_changed_cb (RapportWindow *self)
{
  RapportContact *shown = shown_contact (self);

  rapport_window_reveal_pending (self);

  /* A new search drops the selection; the open person's row, when it is
   * among the rows read, is selected again. */
  if (shown != NULL &&
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "person") == 0)
    {
      guint position = rapport_people_model_find (self->people, rapport_contact_get_id (shown));

      if (position != G_MAXUINT)
        gtk_single_selection_set_selected (self->selection, position);
    }
}

static void
selection_changed_cb (RapportWindow *self)
{
  RapportContact *contact = gtk_single_selection_get_selected_item (self->selection);

  /* Losing the selection (the person left the list) keeps the page open. */
  if (contact != NULL)
    {
      rapport_window_show_person (self, contact);
      unselect_others (self, self->selection);
    }
}

static void
person_activated_cb (RapportWindow *self,
                     guint          position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}


static void
store_changed_cb (RapportWindow     *self,
                  RapportRecordKind  kind,
                  gint64             id,
                  RapportChangeKind  change,
                  RapportStore      *store)
{
  RapportContact *shown = shown_contact (self);
  RapportPeecStatement *statement = shown_statement (self);
  RapportEvent *event = shown_event (self);

  if (kind == RAPPORT_RECORD_EVENT)
    {
      /* Moved in the list (its day changed) or just added: still the chosen one. */
      if (change != RAPPORT_CHANGE_REMOVED && event != NULL && rapport_event_get_id (event) == id)
        rapport_sidebar_list_select (self->event_list, event);
      return;
    }

  if (kind == RAPPORT_RECORD_STATEMENT)
    {
      if (change == RAPPORT_CHANGE_ADDED && statement != NULL && rapport_peec_statement_get_id (statement) == id)
        rapport_sidebar_list_select (self->statement_list, statement);
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "statement") == 0 &&
          statement == NULL)
        {
          show_statement (self, NULL);
          adw_navigation_split_view_set_show_content (self->split_view, FALSE);
        }
      return;
    }

  if (kind != RAPPORT_RECORD_CONTACT)
    return;

  rapport_window_rebuild_tag_menu (self);
  if (shown == NULL || rapport_contact_get_id (shown) != id)
    return;

  if (change == RAPPORT_CHANGE_REMOVED)
    {
      rapport_window_show_person (self, NULL);
      adw_navigation_split_view_set_show_content (self->split_view, FALSE);
    }
  else if (change == RAPPORT_CHANGE_ADDED)
    {
      /* A new person, just saved: the list shows them as the chosen one. */
      rapport_window_select_contact (self, shown);
    }
}

static void
new_person_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(RapportContact) contact = NULL;

  if (self->store == NULL)
    return;

  /* Saved once a name (or anything) is typed; left alone, nothing is kept. */
  contact = rapport_contact_new ();
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rapport_window_show_person (self, contact);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  rapport_person_page_focus_name (rapport_window_get_person_page (self));
}

static void
statement_saved_cb (RapportWindow        *self,
                    RapportPeecStatement *statement)
{
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "statements");
  show_statement (self, statement);
  rapport_sidebar_list_select (self->statement_list, statement);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static gboolean
focus_statement_cb (gpointer data)
{
  RapportWindow *self = data;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "statement") != 0 ||
      shown_statement (self) == NULL)
    return G_SOURCE_REMOVE;

  if (adw_navigation_split_view_get_collapsed (self->split_view) ||
      !rapport_sidebar_list_focus_selected (self->statement_list))
    gtk_widget_child_focus (GTK_WIDGET (self->statement_page), GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* The dialog gives the focus back to where it was when it opened, which a
 * saved statement has replaced: once it has, the focus goes to the new
 * statement's row, or to its page where the sidebar is folded away. */
static void
statement_dialog_closed_cb (RapportWindow *self)
{
  g_idle_add_full (G_PRIORITY_HIGH, focus_statement_cb, g_object_ref (self), g_object_unref);
}

static void
new_statement_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  RapportWindow *self = user_data;
  RapportPeecDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = rapport_peec_dialog_new (self->store, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (statement_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "closed", G_CALLBACK (statement_dialog_closed_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
new_event_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(RapportEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  /* An event has attendees from the start, so it is saved at once. */
  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  event = rapport_event_new ("", today);
  if (!rapport_store_add_event (self->store, event, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "events");
  show_event (self, event);
  rapport_sidebar_list_select (self->event_list, event);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  rapport_event_page_focus_name (rapport_window_get_event_page (self));
}

/**
 * rapport_window_open_event:
 *
 * Shows @event in the Events tab, selected, with its page.
 */
void
rapport_window_open_event (RapportWindow *self,
                           RapportEvent  *event)
{
  adw_view_stack_set_visible_child_name (self->sidebar_stack, "events");
  show_event (self, event);
  rapport_sidebar_list_select (self->event_list, event);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static const GActionEntry window_actions[] = {
  { .name = "new-person", .activate = new_person_action },
  { .name = "new-statement", .activate = new_statement_action },
  { .name = "new-event", .activate = new_event_action },
  { .name = "search", .activate = search_action },
};

/* Added from the address book under the list: their page, at once. */
static void
person_added_cb (RapportWindow *self,
                 gint64         contact_id)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (self->store, contact_id, NULL);

  if (contact == NULL)
    return;
  rapport_window_show_person (self, contact);
  rapport_window_select_contact (self, contact);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
setup_people (RapportWindow *self)
{
  g_autofree char *sort = g_settings_get_string (self->settings, "sort");
  GAction *sort_action;

  self->people = rapport_people_model_new (self->store);
  self->people_rows = rapport_paced_list_new (G_LIST_MODEL (self->people), GTK_WIDGET (self->people_view));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->people_rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rapport_window_setup_selection (self);

  /* The rows, not the people: the open person's may come a frame later. */
  g_signal_connect_object (self->people_rows, "items-changed", G_CALLBACK (people_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* Once a change is whole: a new answer empties the list before it fills. */
  g_signal_connect_object (self->people, "notify::n-items", G_CALLBACK (rapport_window_update_list_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);

  rapport_thumbnailer_set_store (self->thumbnailer, self->store);
  /* Only the Due list's rows ask the store what a follow-up is about. */
  g_object_set_data_full (G_OBJECT (self->due_row_factory), "store", g_object_ref (self->store), g_object_unref);
  rapport_sidebar_list_set_store (self->statement_list, self->store);
  rapport_sidebar_list_set_store (self->event_list, self->store);
  rapport_window_setup_calendar (self);

  /* "From Your Address Book", below the people the search finds. */
  self->book_results = rapport_address_book_results_new (self->store);
  gtk_widget_set_margin_start (GTK_WIDGET (self->book_results), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->book_results), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->book_results), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->book_results), 12);
  g_signal_connect_object (self->book_results, "person-added", G_CALLBACK (person_added_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->list_stack))),
                              GTK_WIDGET (self->book_results), GTK_WIDGET (self->list_stack));

  sort_action = g_action_map_lookup_action (G_ACTION_MAP (self), "sort");
  g_action_change_state (sort_action, g_variant_new_string (sort));
  rapport_window_update_list_state (self);
  gtk_stack_set_visible_child_name (self->main_stack, "people");

  /* Start in the list, or on its first step while there is nobody;
   * typing anywhere still goes to the search. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "empty") == 0)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->empty_add_button));
  else
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->people_view));
  update_key_capture (self);
}

/* What the first frame does not show, made while nobody is waiting: the
 * pages (so that the first one opened does not wait for its page), the
 * count of the people due, the tags' menu. */
static void
count_due_cb (gpointer data)
{
  RapportWindow *self = data;

  rapport_due_button_set_store (self->due_button, self->store);
}

static void
make_pages_cb (gpointer data)
{
  RapportWindow *self = data;

  rapport_window_get_person_page (self);
}

static void
make_other_pages_cb (gpointer data)
{
  RapportWindow *self = data;

  get_statement_page (self);
  rapport_window_get_event_page (self);
}

static void
rebuild_tag_menu_cb (gpointer data)
{
  rapport_window_rebuild_tag_menu (data);
}

/* The menu buttons' popovers, made before the first frame, were a quarter
 * of the window's template: they are made after it, or when first opened. */
static void
give_menus (RapportWindow *self)
{
  if (gtk_menu_button_get_menu_model (self->menu_button) == NULL)
    gtk_menu_button_set_menu_model (self->menu_button, self->primary_menu);
  if (gtk_menu_button_get_menu_model (self->view_button) == NULL)
    gtk_menu_button_set_menu_model (self->view_button, self->view_menu);
}

static void
give_menus_cb (gpointer data)
{
  give_menus (data);
}

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       data)
{
  give_menus (data);
}

/* The actions that need the data open (the first ones, writable too), and
 * those for when it is not. */
static const char * const store_actions[] = {
  "new-person", "new-statement", "new-event", "import", "restore", "find-duplicates", "sort-connections",
  "search", "export", "back-up",
};
#define N_WRITING_ACTIONS 7
static const char * const recovery_actions[] = {
  "retry-open", "recover-latest", "recover-choose", "start-over", "open-read-only",
};

static void
rapport_window_constructed (GObject *object)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  G_OBJECT_CLASS (rapport_window_parent_class)->constructed (object);

  if (self->store != NULL)
    setup_people (self);
  rapport_window_watch_first_frame (self);
  /* The count first: the button shows it as soon as it is known; the
   * tags before the menus, so that their popover is made once. */
  if (self->store != NULL)
    {
      rapport_window_after_first_frame (self, count_due_cb, self);
      rapport_window_after_first_frame (self, rebuild_tag_menu_cb, self);
    }
  rapport_window_after_first_frame (self, give_menus_cb, self);
  if (self->store != NULL)
    {
      rapport_window_after_first_frame (self, make_pages_cb, self);
      rapport_window_after_first_frame (self, make_other_pages_cb, self);
    }

  /* Without its data there is nothing to add, import or back up; with
   * it, nothing to recover. */
  for (guint i = 0; i < G_N_ELEMENTS (store_actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), store_actions[i])),
                                 self->store != NULL &&
                                 (i >= N_WRITING_ACTIONS || !rapport_store_get_read_only (self->store)));
  /* Hidden, not only folded away, which a screen reader still reads. */
  gtk_widget_set_visible (GTK_WIDGET (self->read_only_banner),
                          self->store != NULL && rapport_store_get_read_only (self->store));
  adw_banner_set_revealed (self->read_only_banner,
                           self->store != NULL && rapport_store_get_read_only (self->store));
  for (guint i = 0; i < G_N_ELEMENTS (recovery_actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), recovery_actions[i])),
                                 self->store == NULL);
}

static void
close_response_cb (AdwAlertDialog *dialog,
                   const char     *response,
                   RapportWindow  *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->closing_anyway = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
rapport_window_close_request_cb (RapportWindow *self)
{
  AdwDialog *dialog;

  /* What was typed in the last second is saved before the window goes. */
  if (self->closing_anyway ||
      rapport_window_save_now (self))
    return GDK_EVENT_PROPAGATE;

  /* Never lose it silently: say so, and let the person decide. */
  dialog = adw_alert_dialog_new (_("Your Last Change Could Not Be Saved"),
                                 _("Rapport could not save what you typed last. Keep the window open "
                                   "to copy it elsewhere, or close and lose that change."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "keep", C_("main window", "_Keep Open"),
                                  "discard", _("_Close and Lose It"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "keep");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

static void
rapport_window_dispose (GObject *object)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  if (self->person_page != NULL)
    rapport_person_page_save_now (self->person_page);
  if (self->event_page != NULL)
    rapport_event_page_save_now (self->event_page);

  rapport_window_dispose_calendar (self);
  g_clear_handle_id (&self->after_first_frame_source, g_source_remove);
  g_clear_pointer (&self->after_first_frame, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_WINDOW);
  /* Not template children: they went with the content stack. */
  self->person_page = NULL;
  self->statement_page = NULL;
  self->event_page = NULL;
  rapport_window_select_dispose (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->people_rows);
  g_clear_object (&self->row_factory);
  g_clear_object (&self->due_row_factory);
  g_clear_object (&self->thumbnailer);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->shown_filters, g_free);

  G_OBJECT_CLASS (rapport_window_parent_class)->dispose (object);
}

static void
rapport_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RapportWindow *self = RAPPORT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_window_class_init (RapportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rapport_window_constructed;
  object_class->dispose = rapport_window_dispose;
  object_class->get_property = rapport_window_get_property;
  object_class->set_property = rapport_window_set_property;

  /**
   * RapportWindow:store:
   *
   * Where the people are kept; %NULL when the data could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_COMING_UP);
  g_type_ensure (RAPPORT_TYPE_DUE_BUTTON);
  g_type_ensure (RAPPORT_TYPE_MEETING_PROMPTS);
  g_type_ensure (RAPPORT_TYPE_SIDEBAR_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, view_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, statement_list);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, coming_up);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, meeting_prompts);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, prompts_revealer);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, due_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, people_view);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, error_path_label);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, retry_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, read_only_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, restore_latest_button);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, view_menu);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, tag_section);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, sort_section);
  rapport_window_people_class_init (widget_class);
  rapport_window_select_class_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, statement_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, statement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, event_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, content_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_key_capture);
}

static void
rapport_window_init (RapportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->view_button, create_menu_cb, self, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions, G_N_ELEMENTS (window_actions), self);
  rapport_window_add_people_actions (self);
  rapport_window_add_select_actions (self);
  rapport_window_add_file_actions (self);
  rapport_window_add_recovery_actions (self);
  rapport_window_add_triage_actions (self);
  self->thumbnailer = rapport_thumbnailer_new ();
  rapport_window_init_first_frame (self);
  rapport_window_setup_people_view (self);


  g_signal_connect (self, "close-request", G_CALLBACK (rapport_window_close_request_cb), NULL);

  /* The size is saved as it changes, so it survives a crash too. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * rapport_window_new:
 * @application: the application the window belongs to
 * @store: (nullable): the open store, or %NULL when it could not be opened
 *
 * Returns: (transfer full): a new window
 */
RapportWindow *
rapport_window_new (RapportApplication *application,
                    RapportStore       *store)
{
  g_return_val_if_fail (RAPPORT_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || RAPPORT_IS_STORE (store), NULL);

  return g_object_new (RAPPORT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * rapport_window_show_error:
 * @error: why the data could not be opened (a #RapportStoreError)
 *
 * Shows, instead of the people, that the data could not be opened: what
 * happened, that the file was left as it is and where, and what can be
 * done — try again (when another program holds it, or it cannot be
 * written), restore a backup, or start over with the file moved aside.
 */
void
rapport_window_show_error (RapportWindow *self,
                           const GError  *error)
{
  g_autofree char *path = rapport_store_dup_default_path ();
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *where = NULL;
  g_autofree char *latest = rapport_window_dup_latest_backup ();
  gboolean may_pass = g_error_matches (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_LOCKED) ||
                      g_error_matches (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY);

  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  adw_status_page_set_description (self->error_page, error->message);
  /* Translators: %s is the path of the database file */
  where = g_strdup_printf (_("The file is at %s"), name);
  gtk_label_set_label (self->error_path_label, where);

  /* Locked or read-only can pass by itself: try again first. What cannot
   * be written can still be looked at. */
  gtk_widget_set_visible (self->retry_button, may_pass);
  gtk_widget_set_visible (self->read_only_button,
                          g_error_matches (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_READ_ONLY));
  gtk_widget_set_visible (self->restore_latest_button, latest != NULL);
  if (latest != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (latest);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
      g_autoptr(GDateTime) modified = info ? g_file_info_get_modification_date_time (info) : NULL;
      g_autoptr(GDateTime) local = modified ? g_date_time_to_local (modified) : NULL;
      /* Translators: the day of a backup, see g_date_time_format() */
      g_autofree char *day = local ? g_date_time_format (local, _("%-d %B %Y")) : g_strdup ("");
      /* Translators: a button; %s is the day of the newest automatic backup */
      g_autofree char *label = g_strdup_printf (_("Restore the _Backup of %s"), day);

      gtk_button_set_label (GTK_BUTTON (self->restore_latest_button), label);
      if (may_pass)
        gtk_widget_remove_css_class (self->restore_latest_button, "suggested-action");
    }
  gtk_stack_set_visible_child_name (self->main_stack, "error");

  /* Start on what is most likely to help, not in the selectable path. */
  gtk_window_set_focus (GTK_WINDOW (self), may_pass ? self->retry_button
                                           : latest != NULL ? self->restore_latest_button : NULL);
}

/**
 * rapport_window_add_toast:
 * @title: what to say
 */
void
rapport_window_add_toast (RapportWindow *self,
                          const char    *title)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/**
 * rapport_window_get_person_page:
 *
 * Returns: (transfer none): the page of the person shown
 */
RapportPersonPage *
rapport_window_get_person_page (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);

  /* Made the first time someone is shown, not with the window: it was a
   * tenth of the work before the first frame, for a page not yet seen. */
  if (self->person_page == NULL)
    {
      self->person_page = g_object_new (RAPPORT_TYPE_PERSON_PAGE, "store", self->store, NULL);
      g_signal_connect_object (self->person_page, "notify::title", G_CALLBACK (content_title_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->person_page, "notify::contact", G_CALLBACK (page_item_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->person_page), "person");
    }
  return self->person_page;
}

/**
 * rapport_window_get_event_page:
 *
 * Returns: (transfer none): the page of the event shown
 */
RapportEventPage *
rapport_window_get_event_page (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);

  /* Made the first time an event is shown, as the person page is. */
  if (self->event_page == NULL)
    {
      self->event_page = g_object_new (RAPPORT_TYPE_EVENT_PAGE, NULL);
      rapport_event_page_set_store (self->event_page, self->store);
      g_signal_connect_object (self->event_page, "notify::title", G_CALLBACK (content_title_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->event_page, "notify::event", G_CALLBACK (page_item_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->event_page), "event");
    }
  return self->event_page;
}

/**
 * rapport_window_save_now:
 *
 * Saves what was typed on the person's and the event's pages in the last
 * second, if they were ever made.
 *
 * Returns: %FALSE if it could not be saved
 */
gboolean
rapport_window_save_now (RapportWindow *self)
{
  gboolean saved;

  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), FALSE);

  saved = self->person_page == NULL || rapport_person_page_save_now (self->person_page);
  /* Both, whatever the first did. */
  return (self->event_page == NULL || rapport_event_page_save_now (self->event_page)) && saved;
}

/**
 * rapport_window_get_people:
 *
 * Returns: (transfer none) (nullable): the list of people the sidebar shows
 */
RapportPeopleModel *
rapport_window_get_people (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);
  return self->people;
}

/**
 * rapport_window_get_people_view:
 *
 * Returns: (transfer none): the view that shows the list of people, its
 *   model a #GtkSingleSelection of rapport_window_get_people()
 */
GtkGridView *
rapport_window_get_people_view (RapportWindow *self)
{
  g_return_val_if_fail (RAPPORT_IS_WINDOW (self), NULL);
  return self->people_view;
}
