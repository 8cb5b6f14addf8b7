/* rapport-interaction-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits one interaction. The widgets edit a draft; a moment after the last
 * change (and when the dialog closes) the draft is saved, all or nothing,
 * and the store brings its own object — the one every timeline row shows —
 * up to date. A save that fails says why above the form and saves nothing;
 * the next change tries again. Deleting is immediate, with an Undo toast.
 */

#define G_LOG_DOMAIN "rapport-interaction-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-interaction-dialog.h"
#include "rapport-interaction-row.h"
#include "rapport-people-model.h"
#include "rapport-relative-date.h"

/* How long after the last change the draft is saved */
#define SAVE_DELAY_MS 300
/* How many people match a search at most */
#define N_MATCHES 5

struct _RapportInteractionDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwBanner *error_banner;
  AdwComboRow *kind_row;
  GtkMenuButton *date_button;
  GtkCalendar *date_calendar;
  AdwExpanderRow *time_row;
  AdwSpinRow *hour_row;
  AdwSpinRow *minute_row;
  AdwEntryRow *summary_row;
  GtkTextView *details_view;
  GtkMenuButton *follow_up_button;
  GtkCalendar *follow_up_calendar;
  GtkWidget *clear_follow_up_button;
  GtkListBox *people_list;
  AdwEntryRow *add_person_row;
  GtkListBox *matches_list;

  /* Borrowed references */
  GtkWidget *parent;

  /* Owned references */
  RapportStore *store;
  RapportInteraction *interaction;
  RapportInteraction *draft;
  GListStore *people;
  RapportPeopleModel *people_model;
  GtkSliceListModel *matches;

  guint save_id;
  gboolean updating;
  gboolean deleted;
};

/* What the Undo button of a toast needs, after the dialog is gone. */
typedef struct
{
  RapportStore *store;
  RapportInteraction *interaction;
  GWeakRef overlay;
  gboolean done;
} Undo;

static gboolean save_timeout_cb (gpointer user_data);

G_DEFINE_FINAL_TYPE (RapportInteractionDialog, rapport_interaction_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STORE,
  PROP_INTERACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static RapportInteraction *
copy_interaction (RapportInteraction *interaction)
{
  RapportInteraction *copy;
  const gint64 *ids;
  guint n_ids;

  copy = rapport_interaction_new (rapport_interaction_get_kind (interaction),
                                  rapport_interaction_get_date (interaction));
  rapport_interaction_set_id (copy, rapport_interaction_get_id (interaction));
  rapport_interaction_set_time_minutes (copy, rapport_interaction_get_time_minutes (interaction));
  rapport_interaction_set_summary (copy, rapport_interaction_get_summary (interaction));
  rapport_interaction_set_details (copy, rapport_interaction_get_details (interaction));
  rapport_interaction_set_follow_up (copy, rapport_interaction_get_follow_up (interaction));
  ids = rapport_interaction_get_contact_ids (interaction, &n_ids);
  rapport_interaction_set_contact_ids (copy, ids, n_ids);

  return copy;
}

static void
date_from_calendar (GtkCalendar *calendar,
                    GDate       *date)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
}

static void
select_in_calendar (GtkCalendar *calendar,
                    const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                              0, 0, 0);
  gtk_calendar_select_day (calendar, dt);
}

static void
show_error (RapportInteractionDialog *self,
            const char               *message)
{
  if (message != NULL)
    adw_banner_set_title (self->error_banner, message);
  adw_banner_set_revealed (self->error_banner, message != NULL);
}

static gboolean
save (RapportInteractionDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->deleted)
    return TRUE;

  if (!rapport_store_save_interaction (self->store, self->draft, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  return TRUE;
}

static void
schedule_save (RapportInteractionDialog *self)
{
  if (self->deleted)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
flush (RapportInteractionDialog *self)
{
  if (self->save_id != 0)
    save (self);
}

/* The dates as the draft has them, in the buttons and the calendars. */
static void
update_dates (RapportInteractionDialog *self)
{
  const GDate *date = rapport_interaction_get_date (self->draft);
  const GDate *follow_up = rapport_interaction_get_follow_up (self->draft);
  g_autofree char *date_text = NULL;
  g_autofree char *follow_up_text = NULL;
  GDate today;

  rapport_date_set_today (&today);
  self->updating = TRUE;

  if (date != NULL)
    {
      date_text = rapport_format_day (date, &today);
      select_in_calendar (self->date_calendar, date);
    }
  gtk_menu_button_set_label (self->date_button, date_text ? date_text : "");

  if (follow_up != NULL)
    {
      follow_up_text = rapport_format_day (follow_up, &today);
      select_in_calendar (self->follow_up_calendar, follow_up);
    }
  else
    {
      select_in_calendar (self->follow_up_calendar, &today);
    }
  gtk_menu_button_set_label (self->follow_up_button,
                             follow_up_text ? follow_up_text : C_("follow-up date", "None"));
  gtk_widget_set_visible (self->clear_follow_up_button, follow_up != NULL);

  self->updating = FALSE;
}

static void
update_time (RapportInteractionDialog *self)
{
  int minutes = rapport_interaction_get_time_minutes (self->draft);

  self->updating = TRUE;

  if (minutes >= 0)
    {
      adw_spin_row_set_value (self->hour_row, minutes / 60);
      adw_spin_row_set_value (self->minute_row, minutes % 60);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* Ready for when the time is switched on. */
      adw_spin_row_set_value (self->hour_row, g_date_time_get_hour (now));
      adw_spin_row_set_value (self->minute_row, 0);
    }
  adw_expander_row_set_enable_expansion (self->time_row, minutes >= 0);

  self->updating = FALSE;
}

/* The draft's people follow the list shown. */
static void
sync_people (RapportInteractionDialog *self)
{
  guint n_people = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  g_autofree gint64 *ids = g_new0 (gint64, MAX (n_people, 1));

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      ids[i] = rapport_contact_get_id (contact);
    }

  rapport_interaction_set_contact_ids (self->draft, ids, n_people);
}

static void
add_person (RapportInteractionDialog *self,
            RapportContact           *contact)
{
  if (!rapport_interaction_has_contact (self->draft, rapport_contact_get_id (contact)))
    {
      g_list_store_append (self->people, contact);
      sync_people (self);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->add_person_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_person_row));
}

/* A row with the person's avatar and name, for both lists of people. */
static GtkWidget *
new_person_row (RapportContact *contact)
{
  g_autofree char *name = rapport_contact_dup_name (contact);
  GtkWidget *row = adw_action_row_new ();
  /* The row's title already says the name. */
  GtkWidget *avatar = g_object_new (ADW_TYPE_AVATAR,
                                    "size", 32,
                                    "text", name,
                                    "show-initials", TRUE,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                    NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  g_object_set_data_full (G_OBJECT (row), "contact", g_object_ref (contact), g_object_unref);

  return row;
}

static AdwToastOverlay *
find_toast_overlay (RapportInteractionDialog *self)
{
  GtkWidget *from = self->parent != NULL ? self->parent : GTK_WIDGET (self);

  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (from, ADW_TYPE_TOAST_OVERLAY));
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  RapportInteractionDialog *self = user_data;

  self->save_id = 0;
  save (self);

  return G_SOURCE_REMOVE;
}

static void
remove_person_cb (RapportInteractionDialog *self,
                  GtkButton                *button)
{
  RapportContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  guint position;

  if (g_list_store_find (self->people, contact, &position))
    {
      g_list_store_remove (self->people, position);
      sync_people (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->add_person_row));
    }
}

static GtkWidget *
create_person_row_cb (gpointer item,
                      gpointer user_data)
{
  RapportInteractionDialog *self = user_data;
  RapportContact *contact = item;
  GtkWidget *row = new_person_row (contact);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *remove_label = NULL;

  /* Translators: %s is a person's name */
  remove_label = g_strdup_printf (_("Remove %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  gtk_widget_set_tooltip_text (button, _("Remove From Interaction"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "contact", g_object_ref (contact), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_person_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_match_row_cb (gpointer item,
                     gpointer user_data)
{
  RapportInteractionDialog *self = user_data;
  RapportContact *contact = item;
  gboolean included = rapport_interaction_has_contact (self->draft, rapport_contact_get_id (contact));
  const char *company = rapport_contact_get_company (contact);
  GtkWidget *row = new_person_row (contact);
  GtkWidget *icon;

  if (included)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Already in this interaction"));
  else if (company != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), company);

  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", included ? "object-select-symbolic" : "list-add-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !included);
  gtk_widget_set_sensitive (row, !included);

  return row;
}

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->interaction);
  g_weak_ref_clear (&undo->overlay);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToastOverlay) overlay = NULL;

  if (undo->done)
    return;
  undo->done = TRUE;

  rapport_interaction_set_id (undo->interaction, 0);
  if (rapport_store_add_interaction (undo->store, undo->interaction, &error))
    return;

  /* Say why, where the Undo button was. */
  overlay = g_weak_ref_get (&undo->overlay);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, adw_toast_new (error->message));
  else
    g_warning ("Could not restore an interaction: %s", error->message);
}

static gboolean
kind_to_selected_cb (GBinding     *binding,
                     const GValue *from_value,
                     GValue       *to_value,
                     gpointer      user_data)
{
  g_value_set_uint (to_value, (guint) g_value_get_enum (from_value));
  return TRUE;
}

static gboolean
selected_to_kind_cb (GBinding     *binding,
                     const GValue *from_value,
                     GValue       *to_value,
                     gpointer      user_data)
{
  guint selected = g_value_get_uint (from_value);

  if (selected > RAPPORT_INTERACTION_KIND_LAST)
    return FALSE;

  g_value_set_enum (to_value, (int) selected);
  return TRUE;
}

static void
draft_notify_cb (RapportInteractionDialog *self,
                 GParamSpec               *pspec,
                 RapportInteraction       *draft)
{
  if (g_str_equal (pspec->name, "date") || g_str_equal (pspec->name, "follow-up"))
    update_dates (self);
  schedule_save (self);
}

static void
draft_contacts_changed_cb (RapportInteractionDialog *self,
                           RapportInteraction       *draft)
{
  schedule_save (self);
}

static void
date_selected_cb (RapportInteractionDialog *self,
                  GtkCalendar              *calendar)
{
  GDate date;

  if (self->updating)
    return;

  date_from_calendar (calendar, &date);
  rapport_interaction_set_date (self->draft, &date);
}

static void
date_released_cb (RapportInteractionDialog *self,
                  int                       n_press,
                  double                    x,
                  double                    y,
                  GtkGestureClick          *gesture)
{
  gtk_menu_button_popdown (self->date_button);
}

static void
follow_up_selected_cb (RapportInteractionDialog *self,
                       GtkCalendar              *calendar)
{
  GDate date;

  if (self->updating)
    return;

  date_from_calendar (calendar, &date);
  rapport_interaction_set_follow_up (self->draft, &date);
}

static void
follow_up_released_cb (RapportInteractionDialog *self,
                       int                       n_press,
                       double                    x,
                       double                    y,
                       GtkGestureClick          *gesture)
{
  GDate date;

  /* Picking the day already shown (today, when none is set) sets it too. */
  date_from_calendar (self->follow_up_calendar, &date);
  rapport_interaction_set_follow_up (self->draft, &date);
  gtk_menu_button_popdown (self->follow_up_button);
}

static void
clear_follow_up_cb (RapportInteractionDialog *self,
                    GtkButton                *button)
{
  rapport_interaction_set_follow_up (self->draft, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->follow_up_button));
}

static void
time_changed_cb (RapportInteractionDialog *self,
                 GParamSpec               *pspec,
                 GObject                  *object)
{
  int minutes = -1;

  if (self->updating || self->draft == NULL)
    return;

  if (adw_expander_row_get_enable_expansion (self->time_row))
    minutes = (int) adw_spin_row_get_value (self->hour_row) * 60 +
              (int) adw_spin_row_get_value (self->minute_row);

  rapport_interaction_set_time_minutes (self->draft, CLAMP (minutes, -1, 24 * 60 - 1));
}

static void
add_person_changed_cb (RapportInteractionDialog *self,
                       GtkEditable              *editable)
{
  g_autofree char *text = NULL;

  if (self->people_model == NULL)
    return;

  /* Without a search, no one is listed (nor read from the store). */
  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (text[0] != '\0')
    {
      rapport_people_model_set_search_text (self->people_model, text);
      gtk_slice_list_model_set_model (self->matches, G_LIST_MODEL (self->people_model));
    }
  else
    {
      gtk_slice_list_model_set_model (self->matches, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), text[0] != '\0');
}

static void
add_person_activated_cb (RapportInteractionDialog *self,
                         AdwEntryRow              *row)
{
  guint n_matches = g_list_model_get_n_items (G_LIST_MODEL (self->matches));

  /* Enter takes the best match that is not in yet. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->matches_list)))
    return;

  for (guint i = 0; i < n_matches; i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (self->matches), i);

      if (!rapport_interaction_has_contact (self->draft, rapport_contact_get_id (contact)))
        {
          add_person (self, contact);
          return;
        }
    }
}

static void
match_activated_cb (RapportInteractionDialog *self,
                    GtkListBoxRow            *row,
                    GtkListBox               *list)
{
  RapportContact *contact = g_object_get_data (G_OBJECT (row), "contact");

  if (contact != NULL)
    add_person (self, contact);
}

static void
delete_activated_cb (RapportInteractionDialog *self,
                     AdwButtonRow             *row)
{
  g_autoptr(RapportInteraction) deleted = NULL;
  g_autoptr(GError) error = NULL;
  AdwToastOverlay *overlay;
  gint64 id = rapport_interaction_get_id (self->draft);

  /* Undo brings back what the store holds: the last edits, if they saved. */
  flush (self);
  deleted = rapport_store_get_interaction (self->store, id, &error);
  if (deleted == NULL || !rapport_store_delete_interaction (self->store, id, &error))
    {
      show_error (self, error->message);
      return;
    }
  self->deleted = TRUE;

  overlay = find_toast_overlay (self);
  if (overlay != NULL)
    {
      AdwToast *toast = adw_toast_new (_("Interaction deleted"));
      Undo *undo = g_new0 (Undo, 1);

      undo->store = g_object_ref (self->store);
      undo->interaction = g_steal_pointer (&deleted);
      g_weak_ref_init (&undo->overlay, overlay);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                             undo, undo_free, 0);
      adw_toast_overlay_add_toast (overlay, toast);
    }

  adw_dialog_close (ADW_DIALOG (self));
}

static void
closed_cb (RapportInteractionDialog *self)
{
  flush (self);
}

static void
rapport_interaction_dialog_constructed (GObject *object)
{
  RapportInteractionDialog *self = RAPPORT_INTERACTION_DIALOG (object);
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GtkListItemFactory) kind_factory = NULL;
  GtkWidget *no_people;
  GtkWidget *no_matches;
  const gint64 *ids;
  guint n_ids;

  G_OBJECT_CLASS (rapport_interaction_dialog_parent_class)->constructed (object);

  g_assert (RAPPORT_IS_STORE (self->store));
  g_assert (RAPPORT_IS_INTERACTION (self->interaction));

  self->draft = copy_interaction (self->interaction);

  kinds = rapport_interaction_row_new_kind_model ();
  kind_factory = rapport_interaction_row_new_kind_factory ();
  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_factory (self->kind_row, kind_factory);
  g_object_bind_property_full (self->draft, "kind", self->kind_row, "selected",
                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                               kind_to_selected_cb, selected_to_kind_cb, NULL, NULL);
  g_object_bind_property (self->draft, "summary", self->summary_row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->draft, "details", gtk_text_view_get_buffer (self->details_view), "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  update_dates (self);
  update_time (self);

  /* The people it was with, and the search to add more. */
  self->people = g_list_store_new (RAPPORT_TYPE_CONTACT);
  ids = rapport_interaction_get_contact_ids (self->draft, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(RapportContact) contact = rapport_store_get_contact (self->store, ids[i], NULL);

      if (contact != NULL)
        g_list_store_append (self->people, contact);
    }
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people),
                           create_person_row_cb, self, NULL);
  no_people = gtk_label_new (_("Add the people this was with"));
  gtk_widget_add_css_class (no_people, "dim-label");
  gtk_widget_set_margin_top (no_people, 12);
  gtk_widget_set_margin_bottom (no_people, 12);
  gtk_list_box_set_placeholder (self->people_list, no_people);

  self->people_model = rapport_people_model_new (self->store);
  rapport_people_model_set_sort (self->people_model, RAPPORT_PEOPLE_SORT_RELEVANCE);
  self->matches = gtk_slice_list_model_new (NULL, 0, N_MATCHES);
  gtk_list_box_bind_model (self->matches_list, G_LIST_MODEL (self->matches),
                           create_match_row_cb, self, NULL);
  no_matches = gtk_label_new (_("No matching people"));
  gtk_widget_add_css_class (no_matches, "dim-label");
  gtk_widget_set_margin_top (no_matches, 12);
  gtk_widget_set_margin_bottom (no_matches, 12);
  gtk_list_box_set_placeholder (self->matches_list, no_matches);

  /* From here on, every change saves itself. */
  g_signal_connect_object (self->draft, "notify", G_CALLBACK (draft_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->draft, "contacts-changed", G_CALLBACK (draft_contacts_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
rapport_interaction_dialog_dispose (GObject *object)
{
  RapportInteractionDialog *self = RAPPORT_INTERACTION_DIALOG (object);

  if (self->draft != NULL)
    flush (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_weak_pointer (&self->parent);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_INTERACTION_DIALOG);

  g_clear_object (&self->matches);
  g_clear_object (&self->people_model);
  g_clear_object (&self->people);
  g_clear_object (&self->draft);
  g_clear_object (&self->interaction);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_interaction_dialog_parent_class)->dispose (object);
}

static void
rapport_interaction_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  RapportInteractionDialog *self = RAPPORT_INTERACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_INTERACTION:
      g_value_set_object (value, self->interaction);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_interaction_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  RapportInteractionDialog *self = RAPPORT_INTERACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_INTERACTION:
      self->interaction = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_interaction_dialog_class_init (RapportInteractionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rapport_interaction_dialog_constructed;
  object_class->dispose = rapport_interaction_dialog_dispose;
  object_class->get_property = rapport_interaction_dialog_get_property;
  object_class->set_property = rapport_interaction_dialog_set_property;

  /**
   * RapportInteractionDialog:store:
   *
   * The store edits are saved to.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RAPPORT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportInteractionDialog:interaction:
   *
   * The saved interaction being edited, as the store gives it.
   */
  properties[PROP_INTERACTION] =
    g_param_spec_object ("interaction", NULL, NULL,
                         RAPPORT_TYPE_INTERACTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-interaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, hour_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, minute_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, details_view);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, follow_up_button);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, follow_up_calendar);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, clear_follow_up_button);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, people_list);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, add_person_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, matches_list);
  gtk_widget_class_bind_template_callback (widget_class, closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_follow_up_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_activated_cb);
}

static void
rapport_interaction_dialog_init (RapportInteractionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rapport_interaction_dialog_new:
 * @store: the store @interaction is in
 * @interaction: a saved interaction
 *
 * Returns: (transfer floating): a dialog that edits @interaction
 */
RapportInteractionDialog *
rapport_interaction_dialog_new (RapportStore       *store,
                                RapportInteraction *interaction)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (interaction), NULL);
  g_return_val_if_fail (rapport_interaction_get_id (interaction) > 0, NULL);

  return g_object_new (RAPPORT_TYPE_INTERACTION_DIALOG,
                       "store", store,
                       "interaction", interaction,
                       NULL);
}

/**
 * rapport_interaction_dialog_get_interaction:
 *
 * Returns: (transfer none): the interaction being edited, as the store has it
 */
RapportInteraction *
rapport_interaction_dialog_get_interaction (RapportInteractionDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION_DIALOG (self), NULL);

  return self->interaction;
}

/**
 * rapport_interaction_dialog_present:
 * @parent: the widget the dialog is for
 *
 * Shows the dialog over @parent's window. When the interaction is deleted,
 * the toast that offers to undo it goes to the nearest #AdwToastOverlay
 * around @parent.
 */
void
rapport_interaction_dialog_present (RapportInteractionDialog *self,
                                    GtkWidget                *parent)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (parent));

  g_set_weak_pointer (&self->parent, parent);
  adw_dialog_present (ADW_DIALOG (self), parent);
}
