/* rapport-window-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's list of people: search, sort and filters (the Due list
 * among them, with its "log an interaction" and "snooze a week"), and the
 * count and empty states that go with them.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-contact-row.h"
#include "rapport-relative-date.h"
#include "rapport-window-private.h"

/* "Snooze a week" */
#define SNOOZE_DAYS 7

static const struct {
  const char *name;
  RapportPeopleSort sort;
} sorts[] = {
  { "name", RAPPORT_PEOPLE_SORT_NAME },
  { "last-contacted", RAPPORT_PEOPLE_SORT_LAST_CONTACTED },
  { "overdue", RAPPORT_PEOPLE_SORT_MOST_OVERDUE },
  { "relevance", RAPPORT_PEOPLE_SORT_RELEVANCE },   /* only while searching */
};

static const char *
sort_name (RapportPeopleSort sort)
{
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (sorts[i].sort == sort)
      return sorts[i].name;
  return "name";
}

/* While searching, the sort menu offers (and says it uses) "best match
 * first"; the list's own order comes back with the search's end. */
static void
show_search_sort (RapportWindow *self,
                  gboolean       searching)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "sort");
  gboolean offered = g_menu_model_get_n_items (G_MENU_MODEL (self->sort_section)) > 3;

  if (searching && !offered)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (C_("people list", "Best _Match"), NULL);

      g_menu_item_set_action_and_target_value (item, "win.sort", g_variant_new_string ("relevance"));
      g_menu_insert_item (self->sort_section, 0, item);
      self->search_sort = RAPPORT_PEOPLE_SORT_RELEVANCE;
    }
  else if (!searching && offered)
    {
      g_menu_remove (self->sort_section, 0);
    }
  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (sort_name (searching ? self->search_sort : self->sort)));
}

gboolean
rapport_window_is_filtered (RapportWindow *self)
{
  const char *text = rapport_people_model_get_search_text (self->people);

  return (text != NULL && *text != '\0') ||
         rapport_people_model_get_tag (self->people) != NULL ||
         rapport_people_model_get_closeness (self->people) >= 0 ||
         rapport_people_model_get_enjoy_only (self->people) ||
         rapport_people_model_get_due_only (self->people) ||
         rapport_people_model_get_archived (self->people);
}

/* The Due list as such, not a search that happens to be narrowed to it. */
static gboolean
due_only_alone (RapportWindow *self)
{
  const char *text = rapport_people_model_get_search_text (self->people);

  return rapport_people_model_get_due_only (self->people) &&
         (text == NULL || *text == '\0') &&
         rapport_people_model_get_tag (self->people) == NULL &&
         rapport_people_model_get_closeness (self->people) < 0 &&
         !rapport_people_model_get_enjoy_only (self->people) &&
         !rapport_people_model_get_archived (self->people);
}

/* The filters besides the search, as their chips say them (or, with
 * @chips FALSE, as No Matches lists them), and the detailed actions that
 * take each away. */
static void
list_filters (RapportWindow *self,
              gboolean       chips,
              GPtrArray     *labels,
              GPtrArray     *actions)
{
  const char *tag = rapport_people_model_get_tag (self->people);
  int closeness = rapport_people_model_get_closeness (self->people);

  /* Due has its own button, which shows it on and takes it off: it is
   * named with the others where they are listed, not given a chip. */
  if (rapport_people_model_get_due_only (self->people) && !chips)
    {
      /* Translators: a filter of the list of people, named where No Matches lists them */
      g_ptr_array_add (labels, g_strdup (C_("filter", "Due")));
      g_ptr_array_add (actions, g_strdup ("win.due-only"));
    }
  if (rapport_people_model_get_archived (self->people))
    {
      /* Translators: a filter of the list of people, shown with a button to remove it */
      g_ptr_array_add (labels, g_strdup (C_("filter", "Archived")));
      g_ptr_array_add (actions, g_strdup ("win.archived"));
    }
  if (rapport_people_model_get_enjoy_only (self->people))
    {
      /* Translators: a filter of the list of people, shown with a button to remove it */
      g_ptr_array_add (labels, g_strdup (C_("filter", "People You Enjoy")));
      g_ptr_array_add (actions, g_strdup ("win.enjoy-only"));
    }
  if (closeness >= 0)
    {
      g_ptr_array_add (labels, g_strdup (rapport_closeness_get_label (closeness)));
      g_ptr_array_add (actions, g_strdup ("win.closeness(-1)"));
    }
  if (tag != NULL)
    {
      /* Translators: a filter of the list of people; %s is a tag */
      g_ptr_array_add (labels, g_strdup_printf (_("Tag: %s"), tag));
      g_ptr_array_add (actions, g_strdup ("win.tag('')"));
    }
}

static GtkWidget *
filter_chip_new (const char *label,
                 const char *action)
{
  g_autofree char *name = NULL;
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *button = gtk_button_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "window-close-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, _("Remove This Filter"));
  /* Translators: what a screen reader says of a filter's button; %s is the filter */
  name = g_strdup_printf (_("Remove Filter: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_add_css_class (button, "filter-chip");
  return button;
}

/* Chips for what narrows the list, remade only when that changes (this
 * runs at every keystroke). */
static void
update_filters (RapportWindow *self,
                GPtrArray     *labels,
                GPtrArray     *actions)
{
  g_autofree char *key = NULL;
  GtkWidget *child;

  g_ptr_array_add (labels, NULL);
  key = g_strjoinv ("\n", (char **) labels->pdata);
  g_ptr_array_remove_index (labels, labels->len - 1);
  if (g_strcmp0 (key, self->shown_filters) == 0)
    return;
  g_set_str (&self->shown_filters, key);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box))) != NULL)
    adw_wrap_box_remove (self->filter_box, child);
  for (guint i = 0; i < labels->len; i++)
    adw_wrap_box_append (self->filter_box, filter_chip_new (labels->pdata[i], actions->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->filter_box), labels->len > 0);
}

void
rapport_window_update_list_state (RapportWindow *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  g_autofree char *count = NULL;

  list_filters (self, TRUE, labels, actions);
  update_filters (self, labels, actions);
  g_ptr_array_set_size (labels, 0);
  g_ptr_array_set_size (actions, 0);
  list_filters (self, FALSE, labels, actions);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (rapport_window_is_filtered (self))
    gtk_stack_set_visible_child_name (self->list_stack, "no-matches");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "empty");

  if (due_only_alone (self))
    {
      /* An empty Due list is good news, not a failed search. */
      adw_status_page_set_icon_name (self->no_matches_page, "object-select-symbolic");
      adw_status_page_set_title (self->no_matches_page, _("All Caught Up"));
      adw_status_page_set_description (self->no_matches_page,
                                       _("Nobody is due for a catch-up today"));
    }
  else if (labels->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *description = NULL;

      /* A forgotten filter is the likeliest reason: say which, and offer
       * to take them away. */
      g_ptr_array_add (labels, NULL);
      joined = g_strjoinv (", ", (char **) labels->pdata);
      g_ptr_array_remove_index (labels, labels->len - 1);
      /* Translators: %s lists the filters, as in "Due, Tag: climbing" */
      description = g_strdup_printf (_("Nobody matches with these filters: %s"), joined);
      adw_status_page_set_icon_name (self->no_matches_page, "edit-find-symbolic");
      adw_status_page_set_title (self->no_matches_page, C_("people list", "No Matches"));
      adw_status_page_set_description (self->no_matches_page, description);
    }
  else
    {
      adw_status_page_set_icon_name (self->no_matches_page, "edit-find-symbolic");
      adw_status_page_set_title (self->no_matches_page, C_("people list", "No Matches"));
      adw_status_page_set_description (self->no_matches_page, _("Try other words"));
    }
  gtk_widget_set_visible (self->clear_filters_button, labels->len > 0 && !due_only_alone (self));

  /* Counts in the language's own digits grouping: "30,000", "30.000". */
  if (rapport_people_model_get_archived (self->people))
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u archived person", "%'u archived people", n), n);
  else if (due_only_alone (self))
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person due", "%'u people due", n), n);
  else if (rapport_window_is_filtered (self))
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u match", "%'u matches", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person", "%'u people", n), n);
  /* The count is of people: it shows on their tab only. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_stack), "people") == 0)
    adw_window_title_set_subtitle (self->sidebar_title, count);
  else
    adw_window_title_set_subtitle (self->sidebar_title, "");

  /* A list that is narrowed down says so on its button. */
  if (rapport_window_is_filtered (self) && !gtk_widget_has_css_class (GTK_WIDGET (self->sidebar_title), "accent"))
    gtk_widget_add_css_class (GTK_WIDGET (self->sidebar_title), "accent");
  else if (!rapport_window_is_filtered (self))
    gtk_widget_remove_css_class (GTK_WIDGET (self->sidebar_title), "accent");
}

void
rapport_window_select_contact (RapportWindow  *self,
                RapportContact *contact)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  rapport_paced_list_flush (self->people_rows);
  for (guint i = 0; i < n; i++)
    if (rapport_people_model_get_id (self->people, i) == rapport_contact_get_id (contact))
      {
        gtk_single_selection_set_selected (self->selection, i);
        return;
      }
}

void
rapport_window_rebuild_tag_menu (RapportWindow *self)
{
  g_auto(GStrv) tags = rapport_store_list_tags (self->store);

  g_menu_remove_all (self->tag_section);
  g_menu_append (self->tag_section, C_("people list", "Any Tag"), "win.tag(\"\")");
  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (tags[i], NULL);

      g_menu_item_set_action_and_target_value (item, "win.tag", g_variant_new_string (tags[i]));
      g_menu_append_item (self->tag_section, item);
    }
}

/* A new question shows its answer from the top, where the best matches
 * are, even when the rows it keeps from the old answer were scrolled far.
 * Called before the question changes: the view scrolls only to rows it has
 * laid out, and then keeps the first row where it is. */
static void
show_from_top (RapportWindow *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->people_view));

  if (gtk_adjustment_get_value (adjustment) > 0 && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_grid_view_scroll_to (self->people_view, 0, GTK_LIST_SCROLL_NONE, NULL);
}

static void
search_changed_cb (RapportWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *old_match = NULL;
  g_autofree char *new_match = NULL;

  if (self->people == NULL)
    return;

  /* Only a new search starts from the top: "ana " searches as "ana". */
  old_match = rapport_people_model_build_match (rapport_people_model_get_search_text (self->people));
  new_match = rapport_people_model_build_match (text);
  if (g_strcmp0 (old_match, new_match) != 0)
    show_from_top (self);

  /* While searching, the best matches come first (unless another order
   * is chosen for the search). */
  show_search_sort (self, *text != '\0');
  rapport_people_model_begin_change (self->people);
  rapport_people_model_set_sort (self->people, *text != '\0' ? self->search_sort : self->sort);
  rapport_people_model_set_search_text (self->people, text);
  rapport_people_model_end_change (self->people);
  rapport_window_update_list_state (self);
  rapport_address_book_results_set_text (self->book_results, text);
}

static void
stop_search_cb (RapportWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Typing elsewhere in the window starts a search: the keys that follow go
 * to the search too, or the list would take a space to choose a row. */
static void
search_started_cb (RapportWindow *self)
{
  GtkWidget *text = gtk_widget_get_first_child (GTK_WIDGET (self->search_entry));

  while (text != NULL && !GTK_IS_TEXT (text))
    text = gtk_widget_get_next_sibling (text);
  if (text != NULL && !gtk_widget_has_focus (text))
    {
      gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
      gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
    }
}

/* The position of the first row drawn whole in the list's visible part,
 * or G_MAXUINT. */
static guint
first_row_in_sight (RapportWindow *self)
{
  GtkWidget *view = GTK_WIDGET (self->people_view);
  guint first_position = G_MAXUINT;

  for (GtkWidget *child = gtk_widget_get_first_child (view); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      RapportContact *contact;
      graphene_rect_t bounds;
      guint position;

      if (!RAPPORT_IS_CONTACT_ROW (row) || !gtk_widget_get_mapped (child) ||
          !gtk_widget_compute_bounds (child, view, &bounds) ||
          bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > gtk_widget_get_height (view) ||
          (contact = rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (row))) == NULL)
        continue;
      position = rapport_people_model_find (self->people, rapport_contact_get_id (contact));
      first_position = MIN (first_position, position);
    }

  return first_position;
}

/* Down from the search goes to the first row in sight, not to the one
 * focused last, which may be far out of sight. */
static gboolean
search_key_pressed_cb (RapportWindow         *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  guint position;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      self->people == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "list") != 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return GDK_EVENT_PROPAGATE;

  /* The view told where its focus is, then focused (it focuses that row):
   * a row's cell focused by itself leaves the view's cursor where it was,
   * and the next Down moved from there, not from the row. */
  position = first_row_in_sight (self);
  gtk_grid_view_scroll_to (self->people_view, position != G_MAXUINT ? position : 0, GTK_LIST_SCROLL_FOCUS, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->people_view));
  return GDK_EVENT_STOP;
}

/* Up and Down move from the row that has the focus, and from the list
 * itself to the first row in sight. The view's own keys move from where
 * it last put its cursor: nowhere at start-up, so the list did not move
 * at all, and not from a row focused another way (the search's Down). */
static gboolean
list_key_pressed_cb (RapportWindow         *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  GtkWidget *view = GTK_WIDGET (self->people_view);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  guint n_items = self->people != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;
  guint position;

  if (rapport_window_selection_key (self, keyval, state))
    return GDK_EVENT_STOP;
  if ((!down && keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Up) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 || n_items == 0)
    return GDK_EVENT_PROPAGATE;

  if (focus == view)
    {
      position = first_row_in_sight (self);
      if (position == G_MAXUINT)
        position = 0;
    }
  else if (focus != NULL && gtk_widget_get_parent (focus) == view &&
           RAPPORT_IS_CONTACT_ROW (gtk_widget_get_first_child (focus)))
    {
      RapportContact *contact = rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (gtk_widget_get_first_child (focus)));

      position = contact != NULL ? rapport_people_model_find (self->people, rapport_contact_get_id (contact)) : G_MAXUINT;
      if (position == G_MAXUINT || (down && position + 1 >= n_items) || (!down && position == 0))
        return GDK_EVENT_PROPAGATE;
      position = down ? position + 1 : position - 1;
    }
  else
    return GDK_EVENT_PROPAGATE;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    rapport_paced_list_flush (self->people_rows);
  gtk_grid_view_scroll_to (self->people_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
  gtk_widget_grab_focus (view);
  return GDK_EVENT_STOP;
}

/* Enter in the search opens the first match. Narrow, the list goes out of
 * sight: the focus goes to the page that comes instead. */
static void
search_activate_cb (RapportWindow *self)
{
  if (self->people == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  if (adw_navigation_split_view_get_collapsed (self->split_view))
    gtk_widget_child_focus (GTK_WIDGET (self->person_page), GTK_DIR_TAB_FORWARD);
}

static void
change_sort_state (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  RapportWindow *self = user_data;
  const char *name = g_variant_get_string (state, NULL);

  if (self->people == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    if (g_str_equal (sorts[i].name, name))
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

        /* During a search, an order for its answer alone. */
        if (*text != '\0')
          {
            self->search_sort = sorts[i].sort;
            g_simple_action_set_state (action, state);
            show_from_top (self);
            rapport_people_model_set_sort (self->people, self->search_sort);
            return;
          }
        if (sorts[i].sort == RAPPORT_PEOPLE_SORT_RELEVANCE)
          return;

        self->sort = sorts[i].sort;
        g_simple_action_set_state (action, state);
        show_from_top (self);
        rapport_people_model_set_sort (self->people, self->sort);
        g_settings_set_string (self->settings, "sort", name);
      }
}

static void
change_filter_state (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  RapportWindow *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (self->people == NULL)
    return;

  {
    g_autoptr(GVariant) old_state = g_action_get_state (G_ACTION (action));

    if (!g_variant_equal (old_state, state))
      show_from_top (self);
  }
  g_simple_action_set_state (action, state);
  if (g_str_equal (name, "enjoy-only"))
    rapport_people_model_set_enjoy_only (self->people, g_variant_get_boolean (state));
  else if (g_str_equal (name, "due-only"))
    {
      gboolean due_only = g_variant_get_boolean (state);

      /* Rows in the Due list carry their two buttons: new rows, new factory. */
      rapport_people_model_set_due_only (self->people, due_only);
      gtk_grid_view_set_factory (self->people_view, due_only ? self->due_row_factory : self->row_factory);
      rapport_window_due_only_changed (self, due_only);
    }
  else if (g_str_equal (name, "archived"))
    rapport_people_model_set_archived (self->people, g_variant_get_boolean (state));
  else if (g_str_equal (name, "closeness"))
    rapport_people_model_set_closeness (self->people, g_variant_get_int32 (state));
  else if (g_str_equal (name, "tag"))
    rapport_people_model_set_tag (self->people, g_variant_get_string (state, NULL));
  rapport_window_update_list_state (self);
}


static void
show_toast (RapportWindow *self,
            AdwToast      *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
log_interaction_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(RapportContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  contact = rapport_store_get_contact (self->store, g_variant_get_int64 (parameter), &error);
  if (contact == NULL)
    {
      show_toast (self, adw_toast_new (error->message));
      return;
    }

  rapport_window_select_contact (self, contact);
  rapport_window_show_person (self, contact);
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
  rapport_person_page_log_interaction (self->person_page);
}

static void
set_snooze (RapportWindow *self,
            GVariant      *parameter,
            gboolean       snooze)
{
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(RapportContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  GDate today, until;

  rapport_date_set_today (&today);
  until = today;
  g_date_add_days (&until, SNOOZE_DAYS);

  /* Undone, the row comes back where it was, maybe out of sight. */
  self->reveal_id = snooze ? 0 : id;
  contact = rapport_store_get_contact (self->store, id, &error);
  if (contact == NULL ||
      !rapport_store_snooze_contact (self->store, id, snooze ? &until : NULL, &error))
    {
      self->reveal_id = 0;
      show_toast (self, adw_toast_new (error->message));
      return;
    }
  if (!snooze)
    {
      rapport_window_reveal_pending (self);
      return;
    }

  name = rapport_contact_dup_name (contact);
  day = rapport_format_day (&until, &today);
  /* Translators: "Ana Silva snoozed until 3 December" */
  title = g_strdup_printf (_("%s snoozed until %s"), *name ? name : C_("people list", "Unnamed person"), day);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("people list", "_Undo"));
  adw_toast_set_action_name (toast, "win.unsnooze");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  show_toast (self, toast);
}

static gboolean
reveal_cb (gpointer data)
{
  RapportWindow *self = data;
  guint position;

  if (self->people == NULL || self->reveal_id == 0)
    return G_SOURCE_REMOVE;
  position = rapport_people_model_find (self->people, self->reveal_id);
  self->reveal_id = 0;
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    gtk_grid_view_scroll_to (self->people_view, position, GTK_LIST_SCROLL_NONE, NULL);
  return G_SOURCE_REMOVE;
}

/**
 * rapport_window_reveal_pending:
 *
 * Scrolls the list to the person it waits for (one whose snooze was
 * undone), once their row is in it.
 */
void
rapport_window_reveal_pending (RapportWindow *self)
{
  guint position;

  if (self->reveal_id == 0 || self->people == NULL)
    return;

  position = rapport_people_model_find (self->people, self->reveal_id);
  if (position == G_MAXUINT || position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;

  /* After the view has taken in the row: while the list changes, it keeps
   * the row at its top where it is, whatever it was asked. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reveal_cb, g_object_ref (self), g_object_unref);
}

static void
snooze_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  set_snooze (user_data, parameter, TRUE);
}

static void
unsnooze_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  set_snooze (user_data, parameter, FALSE);
}

/* The list of people is a one-column grid view only to make fewer rows
 * (rapport-window.ui): to a screen reader its cells are a list's items.
 * The cell that holds a row can change role only before it is realized,
 * and it is not yet when the row is first put in it. */
static void
row_parent_cb (GtkWidget *row)
{
  GtkWidget *cell = gtk_widget_get_parent (row);

  if (cell != NULL && !gtk_widget_get_realized (cell) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cell)) == GTK_ACCESSIBLE_ROLE_GRID_CELL)
    g_object_set (cell, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM, NULL);
}

/* Rows kept from the cells a list view throws away, for the cells it makes
 * next: a keystroke that reorders the list (by name to best match first)
 * replaces every row in sight, and a row given a new person costs a
 * fraction of one made and torn down. Enough for a tall window's rows. */
#define ROW_POOL_SIZE 128

static GtkWidget *
row_new (GtkSignalListItemFactory *factory,
         gboolean                  due_actions)
{
  GtkWidget *row = g_object_new (RAPPORT_TYPE_CONTACT_ROW,
                                 "due-actions", due_actions,
                                 "thumbnailer", g_object_get_data (G_OBJECT (factory), "thumbnailer"),
                                 "store", g_object_get_data (G_OBJECT (factory), "store"),
                                 NULL);

  g_signal_connect (row, "notify::parent", G_CALLBACK (row_parent_cb), NULL);
  /* In selection mode, a check mark says whether it is chosen. */
  g_object_bind_property (g_object_get_data (G_OBJECT (factory), "selection-bar"), "active",
                          row, "selecting", G_BINDING_SYNC_CREATE);
  return row;
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  due_actions)
{
  GQueue *pool = g_object_get_data (G_OBJECT (factory), "pool");
  g_autoptr(GtkWidget) row = g_queue_pop_head (pool);

  if (row == NULL)
    row = g_object_ref_sink (row_new (factory, GPOINTER_TO_INT (due_actions)));
  gtk_list_item_set_child (item, row);
  /* The cell lets its row go before its teardown: kept here for the pool. */
  g_object_set_data_full (G_OBJECT (item), "row", g_object_ref (row), g_object_unref);
  /* Named once, what matters first, not by everything inside it. The
   * bindings go with the cell, not with the row, which outlives it. */
  g_object_set_data (G_OBJECT (item), "summary-binding",
                     g_object_bind_property (row, "summary", item, "accessible-label", G_BINDING_SYNC_CREATE));
  g_object_set_data (G_OBJECT (item), "selected-binding",
                     g_object_bind_property (item, "selected", row, "selected", G_BINDING_SYNC_CREATE));
}

/* A row keeps its person until it is given another: the same person in
 * another cell costs nothing. */
static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  rapport_contact_row_set_contact (RAPPORT_CONTACT_ROW (row), gtk_list_item_get_item (item));
}

static void
row_teardown_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GQueue *pool = g_object_get_data (G_OBJECT (factory), "pool");
  GtkWidget *row = g_object_steal_data (G_OBJECT (item), "row");

  g_binding_unbind (g_object_steal_data (G_OBJECT (item), "summary-binding"));
  g_binding_unbind (g_object_steal_data (G_OBJECT (item), "selected-binding"));
  if (gtk_widget_get_parent (row) == NULL && g_queue_get_length (pool) < ROW_POOL_SIZE)
    g_queue_push_tail (pool, row);
  else
    g_object_unref (row);
}

static void
row_pool_free (gpointer data)
{
  g_queue_free_full (data, g_object_unref);
}

static GtkListItemFactory *
row_factory_new (RapportWindow *self,
                 gboolean       due_actions)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data_full (G_OBJECT (factory), "thumbnailer", g_object_ref (self->thumbnailer), g_object_unref);
  g_object_set_data_full (G_OBJECT (factory), "selection-bar", g_object_ref (self->selection_bar), g_object_unref);
  g_object_set_data_full (G_OBJECT (factory), "pool", g_queue_new (), row_pool_free);
  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), GINT_TO_POINTER (due_actions));
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), NULL);
  g_signal_connect (factory, "teardown", G_CALLBACK (row_teardown_cb), NULL);
  return factory;
}

/**
 * rapport_window_setup_people_view:
 *
 * Gives the list of people its rows: plain ones, or the Due list's.
 */
void
rapport_window_setup_people_view (RapportWindow *self)
{
  self->row_factory = row_factory_new (self, FALSE);
  self->due_row_factory = row_factory_new (self, TRUE);
  gtk_grid_view_set_factory (self->people_view, self->row_factory);
}

static void
show_due_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  rapport_window_show_due (user_data);
}

static void
clear_filters_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GActionGroup *group = G_ACTION_GROUP (user_data);

  g_action_group_change_action_state (group, "due-only", g_variant_new_boolean (FALSE));
  g_action_group_change_action_state (group, "archived", g_variant_new_boolean (FALSE));
  g_action_group_change_action_state (group, "enjoy-only", g_variant_new_boolean (FALSE));
  g_action_group_change_action_state (group, "closeness", g_variant_new_int32 (-1));
  g_action_group_change_action_state (group, "tag", g_variant_new_string (""));
}

static const GActionEntry people_actions[] = {
  { .name = "clear-filters", .activate = clear_filters_action },
  { .name = "show-due", .activate = show_due_action },
  { .name = "log-interaction", .parameter_type = "x", .activate = log_interaction_action },
  { .name = "snooze", .parameter_type = "x", .activate = snooze_action },
  { .name = "unsnooze", .parameter_type = "x", .activate = unsnooze_action },
  { .name = "sort", .parameter_type = "s", .state = "'name'", .change_state = change_sort_state },
  { .name = "enjoy-only", .state = "false", .change_state = change_filter_state },
  { .name = "due-only", .state = "false", .change_state = change_filter_state },
  { .name = "archived", .state = "false", .change_state = change_filter_state },
  { .name = "closeness", .parameter_type = "i", .state = "-1", .change_state = change_filter_state },
  { .name = "tag", .parameter_type = "s", .state = "''", .change_state = change_filter_state },
};


void
rapport_window_people_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_started_cb);
}

void
rapport_window_add_people_actions (RapportWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), people_actions, G_N_ELEMENTS (people_actions), self);
}

/**
 * rapport_window_show_due:
 *
 * Shows the Due list: the people to get back to.
 */
void
rapport_window_show_due (RapportWindow *self)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));

  if (self->people == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->sidebar_stack, "people");
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  g_action_group_change_action_state (G_ACTION_GROUP (self), "due-only", g_variant_new_boolean (TRUE));
}
