/* rapport-window-select.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of people's selection mode: the header's Select button, or
 * Ctrl+click, Shift+click, Shift+Up/Down and Ctrl+A in the list, start
 * it; Space or a click chooses a row; Escape leaves. The bar under the
 * list tags, untags, sets closeness, archives, deletes, exports and adds
 * to an event everyone chosen — the whole answer of a search or a filter
 * with Ctrl+A, read as ids when the change is made — each change one
 * transaction with one Undo.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-contact-row.h"
#include "rapport-store-bulk.h"
#include "rapport-window-private.h"

static const char * const change_actions[] = {
  "selection-tag",
  "selection-untag",
  "selection-closeness",
  "selection-delete",
  "selection-export",
  "selection-attend",
};

static gboolean
is_selecting (RapportWindow *self)
{
  return self->people_selection != NULL && rapport_people_selection_get_active (self->people_selection);
}

static void
enable_action (RapportWindow *self,
               const char    *name,
               gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (RapportWindow *self)
{
  guint n = self->people_selection ? rapport_people_selection_get_n_selected (self->people_selection) : 0;
  gboolean archived = self->people != NULL && rapport_people_model_get_archived (self->people);
  gboolean some = is_selecting (self) && n > 0 && !self->bulk_running;

  for (guint i = 0; i < G_N_ELEMENTS (change_actions); i++)
    enable_action (self, change_actions[i], some);
  enable_action (self, "selection-archive", some && !archived);
  enable_action (self, "selection-unarchive", some && archived);
}

/* The position of the row @widget is, or is in; or G_MAXUINT. */
static guint
position_of (RapportWindow *self,
             GtkWidget     *widget)
{
  GtkWidget *view = GTK_WIDGET (self->people_view);
  GtkWidget *row;
  RapportContact *contact;

  while (widget != NULL && gtk_widget_get_parent (widget) != view)
    widget = gtk_widget_get_parent (widget);
  row = widget != NULL ? gtk_widget_get_first_child (widget) : NULL;
  if (row == NULL || !RAPPORT_IS_CONTACT_ROW (row) ||
      (contact = rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (row))) == NULL)
    return G_MAXUINT;
  return rapport_people_model_find (self->people, rapport_contact_get_id (contact));
}

static void
set_selecting (RapportWindow *self,
               gboolean       selecting)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "select-mode");

  if (self->people_selection == NULL || is_selecting (self) == !!selecting)
    return;

  self->select_anchor = G_MAXUINT;
  rapport_people_selection_set_active (self->people_selection, selecting);
  rapport_selection_bar_set_active (self->selection_bar, selecting);
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (selecting));
  update_actions (self);
}

/* Ctrl+click or Shift+click begins with the person open, as in a file
 * manager: they are chosen first. */
static void
start_selecting (RapportWindow *self)
{
  guint open = gtk_single_selection_get_selected (self->selection);

  set_selecting (self, TRUE);
  if (open != GTK_INVALID_LIST_POSITION)
    {
      rapport_people_selection_add_range (self->people_selection, open, open);
      self->select_anchor = open;
    }
}

static void
selection_count_changed_cb (RapportWindow *self)
{
  rapport_selection_bar_set_n_selected (self->selection_bar,
                                        rapport_people_selection_get_n_selected (self->people_selection));
  update_actions (self);
}

/* Who the list shows, as a text: what it searches and is filtered by. */
static char *
dup_question (RapportWindow *self)
{
  g_autofree char *match = rapport_people_model_build_match (rapport_people_model_get_search_text (self->people));

  return g_strdup_printf ("%s\n%s\n%d%d%d%d", match ? match : "", rapport_people_model_get_tag (self->people) ? rapport_people_model_get_tag (self->people) : "",
                          rapport_people_model_get_closeness (self->people),
                          rapport_people_model_get_enjoy_only (self->people),
                          rapport_people_model_get_due_only (self->people),
                          rapport_people_model_get_archived (self->people));
}

/* A new search or filter starts the choice again: people chosen before
 * and no longer in sight would be changed unseen. A new order, or the
 * same question asked again, keeps it. */
static void
question_changed_cb (RapportWindow *self)
{
  g_autofree char *question = dup_question (self);

  if (g_set_str (&self->selection_question, question) && is_selecting (self))
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->people_selection));
  update_actions (self);
}

static void
sidebar_page_changed_cb (RapportWindow *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->sidebar_stack), "people") != 0)
    set_selecting (self, FALSE);
}

/**
 * rapport_window_selection_key:
 *
 * The selection's keys, for the list's key handler: Ctrl+A chooses
 * everyone in the list, Shift+Up and Shift+Down choose the row and the
 * next, Space and Enter choose the row or no longer, Escape leaves.
 *
 * Returns: whether the key was handled
 */
gboolean
rapport_window_selection_key (RapportWindow   *self,
                              guint            keyval,
                              GdkModifierType  state)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;
  gboolean up = keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up;
  guint position;

  if (self->people_selection == NULL)
    return FALSE;

  if (mods == GDK_CONTROL_MASK && (keyval == GDK_KEY_a || keyval == GDK_KEY_A))
    {
      set_selecting (self, TRUE);
      gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->people_selection));
      return TRUE;
    }

  if (mods == 0 && keyval == GDK_KEY_Escape && is_selecting (self))
    {
      set_selecting (self, FALSE);
      return TRUE;
    }

  position = position_of (self, gtk_root_get_focus (GTK_ROOT (self)));
  if (position == G_MAXUINT)
    return FALSE;

  if (mods == GDK_SHIFT_MASK && (up || down))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
      guint next = down ? MIN (position + 1, n - 1) : (position > 0 ? position - 1 : 0);

      /* From the row in focus, where a keyboard user is. */
      set_selecting (self, TRUE);
      if (next >= g_list_model_get_n_items (G_LIST_MODEL (self->people_selection)))
        rapport_paced_list_flush (self->people_rows);
      rapport_people_selection_add_range (self->people_selection, position, next);
      self->select_anchor = position;
      gtk_grid_view_scroll_to (self->people_view, next, GTK_LIST_SCROLL_FOCUS, NULL);
      return TRUE;
    }

  if (is_selecting (self) && mods == 0 &&
      (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space || keyval == GDK_KEY_Return ||
       keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter))
    {
      rapport_people_selection_toggle (self->people_selection, position);
      self->select_anchor = position;
      return TRUE;
    }

  return FALSE;
}

/* Before the view takes a click: in selection mode a click chooses the
 * row (Shift+click, the rows up to it); outside it, Ctrl+click and
 * Shift+click start it. */
static void
selection_pressed_cb (RapportWindow   *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)) &
                         gtk_accelerator_get_default_mod_mask ();
  GtkWidget *picked;
  guint position;

  if (self->people_selection == NULL ||
      (!is_selecting (self) && mods != GDK_CONTROL_MASK && mods != GDK_SHIFT_MASK))
    return;

  picked = gtk_widget_pick (GTK_WIDGET (self->people_view), x, y, GTK_PICK_DEFAULT);
  position = picked != NULL ? position_of (self, picked) : G_MAXUINT;
  if (position == G_MAXUINT)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (!is_selecting (self))
    start_selecting (self);
  if (mods == GDK_SHIFT_MASK && self->select_anchor != G_MAXUINT)
    rapport_people_selection_add_range (self->people_selection, self->select_anchor, position);
  else if (position != self->select_anchor || mods != GDK_CONTROL_MASK ||
           !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->people_selection), position))
    rapport_people_selection_toggle (self->people_selection, position);
  if (mods != GDK_SHIFT_MASK)
    self->select_anchor = position;
  gtk_grid_view_scroll_to (self->people_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
}

/* Shows what a change did, with its Undo. */
static void
show_change (RapportWindow     *self,
             RapportBulkChange *change,
             const char        *title)
{
  AdwToast *toast = adw_toast_new (title);

  g_clear_pointer (&self->last_change, rapport_bulk_change_unref);
  self->last_change = rapport_bulk_change_ref (change);
  adw_toast_set_button_label (toast, C_("selection", "_Undo"));
  adw_toast_set_action_name (toast, "win.selection-undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (RapportWindow *self,
            const GError  *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
change_select_mode (GSimpleAction *action,
                    GVariant      *state,
                    gpointer       user_data)
{
  set_selecting (user_data, g_variant_get_boolean (state));
}

static void
select_all_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RapportWindow *self = user_data;

  if (self->people_selection == NULL)
    return;
  set_selecting (self, TRUE);
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->people_selection));
}

static void
select_none_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RapportWindow *self = user_data;

  if (is_selecting (self))
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->people_selection));
}

/* A tag given or taken, or undone, on its worker thread. */
static void
bulk_job_done (RapportWindow      *self,
               RapportBulkJobKind  kind,
               RapportBulkChange  *change,
               const GError       *error)
{
  g_autofree char *title = NULL;
  guint n;

  update_actions (self);
  if (change == NULL)
    {
      show_error (self, error);
      return;
    }

  n = rapport_bulk_change_get_n_people (change);
  if (kind == RAPPORT_BULK_JOB_TAG)
    /* Translators: %u is how many people, %s the tag */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tagged %'u person “%s”", "Tagged %'u people “%s”", n), n,
                             rapport_bulk_change_get_tag (change));
  else if (kind == RAPPORT_BULK_JOB_UNTAG)
    /* Translators: %s is a tag, %u how many people had it */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Took “%s” from %'u person", "Took “%s” from %'u people", n),
                             rapport_bulk_change_get_tag (change), n);
  if (title != NULL)
    show_change (self, change, title);
}

static void
run_bulk_job (RapportWindow      *self,
              RapportBulkJobKind  kind,
              const char         *tag)
{
  g_autoptr(GArray) ids = rapport_people_selection_dup_ids (self->people_selection);

  rapport_window_run_bulk_job (self, kind, ids, tag, NULL, bulk_job_done);
  update_actions (self);
}

/**
 * rapport_window_tag_selection:
 * @tag: the tag to give everyone chosen
 *
 * Does what the Tag dialog does once a tag is typed: on a worker thread,
 * with the selection's changes disabled until it is done.
 */
void
rapport_window_tag_selection (RapportWindow *self,
                              const char    *tag)
{
  g_return_if_fail (RAPPORT_IS_WINDOW (self));
  g_return_if_fail (tag != NULL);

  if (!is_selecting (self) || self->bulk_running)
    return;
  run_bulk_job (self, RAPPORT_BULK_JOB_TAG, tag);
}

static void
tag_entry_changed_cb (GtkEditable    *entry,
                      AdwAlertDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_alert_dialog_set_response_enabled (dialog, "tag", *text != '\0');
}

static void
tag_response_cb (AdwAlertDialog *dialog,
                 const char     *response,
                 RapportWindow  *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_alert_dialog_get_extra_child (dialog));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (*text != '\0')
    rapport_window_tag_selection (self, text);
}

/* A dialog with one more widget under its words, and a button to do it. */
static AdwAlertDialog *
ask_new (const char *heading,
         const char *body,
         GtkWidget  *extra,
         const char *response,
         const char *label)
{
  AdwAlertDialog *dialog = ADW_ALERT_DIALOG (adw_alert_dialog_new (heading, body));

  adw_alert_dialog_set_extra_child (dialog, extra);
  adw_alert_dialog_add_responses (dialog, "cancel", C_("selection", "_Cancel"), response, label, NULL);
  adw_alert_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (dialog, response);
  adw_alert_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

static void
tag_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  RapportWindow *self = user_data;
  guint n = rapport_people_selection_get_n_selected (self->people_selection);
  g_autofree char *heading = NULL;
  GtkWidget *entry = gtk_entry_new ();
  AdwAlertDialog *dialog;

  /* Translators: the heading of the dialog that tags the people chosen */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tag %'u Person", "Tag %'u People", n), n);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("selection", "Tag"), -1);
  dialog = ask_new (heading, _("The tag to give them all, new or one you use"), entry, "tag", C_("selection", "_Tag"));
  adw_alert_dialog_set_response_enabled (dialog, "tag", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (tag_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response::tag", G_CALLBACK (tag_response_cb), self, 0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
  gtk_widget_grab_focus (entry);
}

static void
untag_response_cb (AdwAlertDialog *dialog,
                   const char     *response,
                   RapportWindow  *self)
{
  GtkDropDown *tags = GTK_DROP_DOWN (adw_alert_dialog_get_extra_child (dialog));
  GtkStringObject *tag = gtk_drop_down_get_selected_item (tags);

  if (tag != NULL && is_selecting (self) && !self->bulk_running)
    run_bulk_job (self, RAPPORT_BULK_JOB_UNTAG, gtk_string_object_get_string (tag));
}

static void
untag_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RapportWindow *self = user_data;
  guint n = rapport_people_selection_get_n_selected (self->people_selection);
  g_auto(GStrv) tags = rapport_store_list_tags (self->store);
  g_autofree char *heading = NULL;
  GtkWidget *drop_down;
  AdwAlertDialog *dialog;

  if (tags[0] == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Nobody has a tag yet")));
      return;
    }

  drop_down = gtk_drop_down_new_from_strings ((const char * const *) tags);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  C_("selection", "Tag"), -1);
  /* Translators: the heading of the dialog that takes a tag from the people chosen */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove a Tag From %'u Person", "Remove a Tag From %'u People", n), n);
  dialog = ask_new (heading, _("Those who have it lose it; the others stay as they are"), drop_down, "remove",
                    C_("selection", "_Remove"));
  g_signal_connect_object (dialog, "response::remove", G_CALLBACK (untag_response_cb), self, 0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
closeness_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  RapportWindow *self = user_data;
  int closeness = g_variant_get_int32 (parameter);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  if (closeness < RAPPORT_CLOSENESS_UNKNOWN || closeness > RAPPORT_CLOSENESS_ONLINE_ONLY)
    return;
  ids = rapport_people_selection_dup_ids (self->people_selection);
  change = rapport_store_bulk_set_closeness (self->store, ids, closeness, &error);
  if (change == NULL)
    {
      show_error (self, error);
      return;
    }
  n = rapport_bulk_change_get_n_people (change);
  /* Translators: %u is how many people, %s a closeness ("Friend") */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closeness of %'u person: %s", "Closeness of %'u people: %s", n),
                           n, rapport_closeness_get_label (closeness));
  show_change (self, change, title);
}

static void
set_archived (RapportWindow *self,
              gboolean       archived)
{
  g_autoptr(GArray) ids = rapport_people_selection_dup_ids (self->people_selection);
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  change = rapport_store_bulk_set_archived (self->store, ids, archived, &error);
  if (change == NULL)
    {
      show_error (self, error);
      return;
    }
  n = rapport_bulk_change_get_n_people (change);
  if (archived)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Archived %'u person", "Archived %'u people", n), n);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Took %'u person out of the archive",
                                          "Took %'u people out of the archive", n),
                             n);
  show_change (self, change, title);
}

static void
archive_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  set_archived (user_data, TRUE);
}

static void
unarchive_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  set_archived (user_data, FALSE);
}

static void
delete_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;
  RapportContact *shown = rapport_person_page_get_contact (self->person_page);
  g_autoptr(GArray) ids = rapport_people_selection_dup_ids (self->people_selection);
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  change = rapport_store_bulk_trash (self->store, ids, &error);
  if (change == NULL)
    {
      show_error (self, error);
      return;
    }

  /* The page of someone deleted gives way to the welcome. */
  if (shown != NULL && rapport_bulk_change_contains (change, rapport_contact_get_id (shown)))
    {
      rapport_window_show_person (self, NULL);
      adw_navigation_split_view_set_show_content (self->split_view, FALSE);
    }
  n = rapport_bulk_change_get_n_people (change);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %'u person", "Deleted %'u people", n), n);
  show_change (self, change, title);
}

static void
export_chosen_to (RapportWindow *self,
                  GFile         *file)
{
  g_autoptr(GArray) ids = rapport_people_selection_dup_ids (self->people_selection);

  rapport_window_export_to_file (self, ids, file);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(GListModel) filters = rapport_window_contact_filters ();
  guint n = rapport_people_selection_get_n_selected (self->people_selection);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Export %u Person", "Export %u People", n), n);

  rapport_window_choose_file (self, title, C_("files", "_Export"), filters,
                              /* Translators: the file name an export suggests; keep the .vcf */
                              C_("files", "Rapport contacts.vcf"), export_chosen_to);
}

static void
attend_response_cb (AdwAlertDialog *dialog,
                    const char     *response,
                    RapportWindow  *self)
{
  GtkDropDown *events = GTK_DROP_DOWN (adw_alert_dialog_get_extra_child (dialog));
  RapportEvent *event = gtk_drop_down_get_selected_item (events);
  g_autoptr(GArray) ids = rapport_people_selection_dup_ids (self->people_selection);
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint n;

  if (event == NULL)
    return;
  change = rapport_store_bulk_add_attendees (self->store, ids, rapport_event_get_id (event), &error);
  if (change == NULL)
    {
      show_error (self, error);
      return;
    }
  n = rapport_bulk_change_get_n_people (change);
  /* Translators: %u is how many people, %s the event */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %'u person to “%s”", "Added %'u people to “%s”", n),
                           n, rapport_event_get_name (event));
  show_change (self, change, title);
}

static void
attend_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  RapportWindow *self = user_data;
  guint n = rapport_people_selection_get_n_selected (self->people_selection);
  g_autoptr(GListModel) events = rapport_store_list_events (self->store);
  g_autofree char *heading = NULL;
  GtkWidget *drop_down;
  AdwAlertDialog *dialog;

  if (g_list_model_get_n_items (events) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("There is no event yet: add one under Events")));
      return;
    }

  drop_down = gtk_drop_down_new (g_object_ref (events), gtk_property_expression_new (RAPPORT_TYPE_EVENT, NULL, "name"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  C_("selection", "Event"), -1);
  /* Translators: the heading of the dialog that adds the people chosen to an event */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %'u Person to an Event", "Add %'u People to an Event", n), n);
  dialog = ask_new (heading, _("They are added to those you plan to see there"), drop_down, "add",
                    C_("selection", "_Add"));
  g_signal_connect_object (dialog, "response::add", G_CALLBACK (attend_response_cb), self, 0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RapportWindow *self = user_data;
  g_autoptr(RapportBulkChange) change = NULL;
  g_autoptr(GError) error = NULL;

  if (self->bulk_running || self->last_change == NULL)
    return;
  change = g_steal_pointer (&self->last_change);
  if (rapport_bulk_change_rewrites_search (change))
    {
      rapport_window_run_bulk_job (self, RAPPORT_BULK_JOB_UNDO, NULL, NULL, change, bulk_job_done);
      update_actions (self);
    }
  else if (!rapport_store_bulk_undo (self->store, change, &error))
    show_error (self, error);
}

static const GActionEntry select_actions[] = {
  { .name = "select-mode", .state = "false", .change_state = change_select_mode },
  { .name = "select-all", .activate = select_all_action },
  { .name = "select-none", .activate = select_none_action },
  { .name = "selection-tag", .activate = tag_action },
  { .name = "selection-untag", .activate = untag_action },
  { .name = "selection-closeness", .parameter_type = "i", .activate = closeness_action },
  { .name = "selection-archive", .activate = archive_action },
  { .name = "selection-unarchive", .activate = unarchive_action },
  { .name = "selection-delete", .activate = delete_action },
  { .name = "selection-export", .activate = export_action },
  { .name = "selection-attend", .activate = attend_action },
  { .name = "selection-undo", .activate = undo_action },
};

void
rapport_window_select_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (RAPPORT_TYPE_SELECTION_BAR);
  gtk_widget_class_bind_template_child (widget_class, RapportWindow, selection_bar);
  gtk_widget_class_bind_template_callback (widget_class, selection_pressed_cb);
}

void
rapport_window_add_select_actions (RapportWindow *self)
{
  self->select_anchor = G_MAXUINT;
  g_action_map_add_action_entries (G_ACTION_MAP (self), select_actions, G_N_ELEMENTS (select_actions), self);
  update_actions (self);
}

/**
 * rapport_window_setup_selection:
 *
 * Gives the list of people its selection, once it has people: the
 * window's single selection, and in selection mode, the choice of many.
 */
void
rapport_window_setup_selection (RapportWindow *self)
{
  set_selecting (self, FALSE);
  g_clear_object (&self->people_selection);
  self->people_selection = rapport_people_selection_new (GTK_SELECTION_MODEL (self->selection), self->people);
  gtk_grid_view_set_model (self->people_view, GTK_SELECTION_MODEL (self->people_selection));
  g_signal_connect_object (self->people_selection, "notify::n-selected", G_CALLBACK (selection_count_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people, "notify", G_CALLBACK (question_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar_stack, "notify::visible-child-name", G_CALLBACK (sidebar_page_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_set_str (&self->selection_question, NULL);
  question_changed_cb (self);
}

void
rapport_window_select_dispose (RapportWindow *self)
{
  g_clear_pointer (&self->last_change, rapport_bulk_change_unref);
  g_clear_pointer (&self->selection_question, g_free);
  g_clear_object (&self->people_selection);
}
