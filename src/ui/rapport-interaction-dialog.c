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

#include "rapport-calendar-a11y.h"
#include "rapport-interaction-dialog.h"
#include "rapport-interaction-row.h"
#include "rapport-people-editor.h"
#include "rapport-relative-date.h"
#include "rapport-row-names.h"

/* How long after the last change the draft is saved */
#define SAVE_DELAY_MS 300

struct _RapportInteractionDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwBanner *error_banner;
  AdwComboRow *kind_row;
  AdwComboRow *outcome_row;
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
  RapportPeopleEditor *people_editor;

  /* Borrowed references */
  GtkWidget *parent;

  /* Owned references */
  RapportStore *store;
  RapportInteraction *interaction;
  RapportInteraction *draft;

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
  rapport_interaction_set_how (copy, rapport_interaction_get_how (interaction));
  rapport_interaction_set_outcome (copy, rapport_interaction_get_outcome (interaction));
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
  /* A banner folded away is still read out by a screen reader: hidden,
   * it is not. */
  gtk_widget_set_visible (GTK_WIDGET (self->error_banner), message != NULL);
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

/* Only an introduction has a follow-up answer to keep. */
static void
update_outcome (RapportInteractionDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_row),
                          rapport_interaction_get_kind (self->draft) == RAPPORT_INTERACTION_INTRODUCTION_MADE);
}

static void
outcome_selected_cb (RapportInteractionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  if (self->updating || selected > RAPPORT_INTRODUCTION_OUTCOME_LAST)
    return;
  rapport_interaction_set_outcome (self->draft, (RapportIntroductionOutcome) selected);
  /* Answered: the question leaves the due list. */
  if (selected != RAPPORT_INTRODUCTION_OUTCOME_UNKNOWN)
    rapport_interaction_set_follow_up (self->draft, NULL);
}

static void
draft_notify_cb (RapportInteractionDialog *self,
                 GParamSpec               *pspec,
                 RapportInteraction       *draft)
{
  if (g_str_equal (pspec->name, "kind"))
    update_outcome (self);
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

/* The draft's people follow the editor's. */
static void
people_changed_cb (RapportInteractionDialog *self,
                   RapportPeopleEditor      *editor)
{
  const gint64 *ids;
  guint n_ids;

  ids = rapport_people_editor_get_contact_ids (editor, &n_ids);
  rapport_interaction_set_contact_ids (self->draft, ids, n_ids);
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
      AdwToast *toast = adw_toast_new (C_("interaction dialog", "Interaction deleted"));
      Undo *undo = g_new0 (Undo, 1);

      undo->store = g_object_ref (self->store);
      undo->interaction = g_steal_pointer (&deleted);
      g_weak_ref_init (&undo->overlay, overlay);
      adw_toast_set_button_label (toast, C_("interaction dialog", "_Undo"));
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
  g_autoptr(GtkStringList) outcomes = NULL;
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

  outcomes = gtk_string_list_new (NULL);
  for (guint i = 0; i <= RAPPORT_INTRODUCTION_OUTCOME_LAST; i++)
    gtk_string_list_append (outcomes, rapport_introduction_outcome_get_label (i));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (outcomes));
  adw_combo_row_set_selected (self->outcome_row, rapport_interaction_get_outcome (self->draft));
  g_signal_connect_object (self->outcome_row, "notify::selected", G_CALLBACK (outcome_selected_cb), self,
                           G_CONNECT_SWAPPED);
  update_outcome (self);

  /* The people it was with, and the search to add more. */
  rapport_people_editor_set_store (self->people_editor, self->store);
  ids = rapport_interaction_get_contact_ids (self->draft, &n_ids);
  rapport_people_editor_set_contact_ids (self->people_editor, ids, n_ids);

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

  g_type_ensure (RAPPORT_TYPE_PEOPLE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-interaction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, outcome_row);
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
  gtk_widget_class_bind_template_child (widget_class, RapportInteractionDialog, people_editor);
  gtk_widget_class_bind_template_callback (widget_class, closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, follow_up_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_follow_up_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, people_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_activated_cb);
}

static void
rapport_interaction_dialog_init (RapportInteractionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));
  rapport_calendar_a11y_setup (self->date_calendar);
  rapport_calendar_a11y_setup (self->follow_up_calendar);
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
