/* rapport-meeting-prompts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At the top of the Due list: "You met Ana Silva and Ben Ng at Design Week
 * mixer — log it?" for each calendar meeting with people Rapport knows that
 * ended lately. Log It makes the meeting a Rapport event (if it is not one
 * yet) and opens Log the Event on it; "Not this one" dismisses it for good.
 */

#define G_LOG_DOMAIN "rapport-meeting-prompts"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-log-event-dialog.h"
#include "rapport-meeting-prompts.h"

struct _RapportMeetingPrompts
{
  RapportCalendarSection parent_instance;

  /* Template widgets */
  GtkListBox *list;

  /* Owned references */
  GListStore *shown;
};

G_DEFINE_FINAL_TYPE (RapportMeetingPrompts, rapport_meeting_prompts, RAPPORT_TYPE_CALENDAR_SECTION)

static RapportStore *
get_store (RapportMeetingPrompts *self)
{
  return rapport_calendar_section_get_store (RAPPORT_CALENDAR_SECTION (self));
}

static void
show_error (RapportMeetingPrompts *self,
            GError                *error)
{
  AdwDialog *alert = adw_alert_dialog_new (_("Could Not Log the Meeting"), error->message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static void
logged_cb (RapportLogEventDialog *dialog,
           guint                  n_logged,
           RapportMeetingPrompts *self)
{
  RapportMeetingPrompt *prompt = g_object_get_data (G_OBJECT (dialog), "prompt");
  g_autoptr(GError) error = NULL;

  if (!rapport_store_answer_meeting_prompt (get_store (self),
                                            rapport_calendar_event_get_key (rapport_meeting_prompt_get_event (prompt)),
                                            TRUE, &error))
    show_error (self, error);
  rapport_calendar_section_queue_update (RAPPORT_CALENDAR_SECTION (self));
}

static void
log_clicked_cb (GtkButton             *button,
                RapportMeetingPrompts *self)
{
  RapportMeetingPrompt *prompt = g_object_get_data (G_OBJECT (button), "prompt");
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportEvent) event = NULL;
  RapportLogEventDialog *dialog;

  /* Log the Event works on a Rapport event: the meeting becomes one, linked
   * to the calendar, with the people Rapport knows. */
  event = rapport_store_prepare_calendar_event (get_store (self), rapport_meeting_prompt_get_event (prompt),
                                                rapport_meeting_prompt_get_contact_ids (prompt), &error);
  if (event == NULL)
    {
      show_error (self, error);
      return;
    }

  dialog = rapport_log_event_dialog_new (get_store (self), event);
  g_object_set_data_full (G_OBJECT (dialog), "prompt", g_object_ref (prompt), g_object_unref);
  g_signal_connect_object (dialog, "logged", G_CALLBACK (logged_cb), self, 0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
dismiss_clicked_cb (GtkButton             *button,
                    RapportMeetingPrompts *self)
{
  RapportMeetingPrompt *prompt = g_object_get_data (G_OBJECT (button), "prompt");
  g_autoptr(GError) error = NULL;

  if (!rapport_store_answer_meeting_prompt (get_store (self),
                                            rapport_calendar_event_get_key (rapport_meeting_prompt_get_event (prompt)),
                                            FALSE, &error))
    show_error (self, error);
  rapport_calendar_section_queue_update (RAPPORT_CALENDAR_SECTION (self));
}

static GtkWidget *
create_button (RapportMeetingPrompts *self,
               RapportMeetingPrompt  *prompt,
               const char            *label,
               const char            *accessible_label,
               GCallback              clicked)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  g_object_set_data_full (G_OBJECT (button), "prompt", g_object_ref (prompt), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, 0);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RapportMeetingPrompts *self = user_data;
  RapportMeetingPrompt *prompt = item;
  RapportCalendarEvent *event = rapport_meeting_prompt_get_event (prompt);
  g_autofree char *text = rapport_meeting_prompt_dup_text (prompt);
  g_autofree char *log_label = NULL;
  g_autofree char *dismiss_label = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *log;
  const char *summary = rapport_calendar_event_get_summary (event);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  /* Translators: a button's name for screen readers; %s is a meeting */
  log_label = g_strdup_printf (_("Log “%s”"), summary);
  /* Translators: a button's name for screen readers; %s is a meeting */
  dismiss_label = g_strdup_printf (_("Do not log “%s”"), summary);
  log = create_button (self, prompt, _("_Log It…"), log_label, G_CALLBACK (log_clicked_cb));
  gtk_widget_add_css_class (log, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), log);
  gtk_box_append (GTK_BOX (buttons),
                  create_button (self, prompt, _("_Not This One"), dismiss_label, G_CALLBACK (dismiss_clicked_cb)));
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return row;
}

/* Any change may matter: the names of the people met, too. */
static void
rapport_meeting_prompts_update (RapportCalendarSection *section)
{
  RapportMeetingPrompts *self = RAPPORT_MEETING_PROMPTS (section);
  RapportStore *store = rapport_calendar_section_get_store (section);
  GListModel *events = rapport_calendar_section_get_events (section);
  g_autoptr(GPtrArray) prompts = NULL;

  if (store != NULL && events != NULL)
    prompts = rapport_meeting_prompts_list (store, events);
  if (prompts == NULL)
    prompts = g_ptr_array_new_with_free_func (g_object_unref);

  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       prompts->pdata, prompts->len);
  gtk_widget_set_visible (GTK_WIDGET (self), prompts->len > 0);
}

static void
rapport_meeting_prompts_dispose (GObject *object)
{
  RapportMeetingPrompts *self = RAPPORT_MEETING_PROMPTS (object);

  g_clear_object (&self->shown);

  G_OBJECT_CLASS (rapport_meeting_prompts_parent_class)->dispose (object);
}

static void
rapport_meeting_prompts_class_init (RapportMeetingPromptsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RapportCalendarSectionClass *section_class = RAPPORT_CALENDAR_SECTION_CLASS (klass);

  object_class->dispose = rapport_meeting_prompts_dispose;
  section_class->update = rapport_meeting_prompts_update;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/rapportapp/Rapport/ui/rapport-meeting-prompts.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportMeetingPrompts, list);
}

static void
rapport_meeting_prompts_init (RapportMeetingPrompts *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown = g_list_store_new (RAPPORT_TYPE_MEETING_PROMPT);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_row, self, NULL);
}

/**
 * rapport_meeting_prompts_get_shown:
 *
 * Returns: (transfer none): the prompts shown, for tests
 */
GListModel *
rapport_meeting_prompts_get_shown (RapportMeetingPrompts *self)
{
  g_return_val_if_fail (RAPPORT_IS_MEETING_PROMPTS (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/**
 * rapport_meeting_prompts_list:
 * @events: a #GListModel of #RapportCalendarEvent
 *
 * The prompts for now (also the daily reminder's).
 *
 * Returns: (transfer full) (element-type RapportMeetingPrompt) (nullable):
 *   the prompts
 */
GPtrArray *
rapport_meeting_prompts_list (RapportStore *store,
                              GListModel   *events)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  GPtrArray *prompts;
  guint n = g_list_model_get_n_items (events);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (all, g_list_model_get_item (events, i));

  prompts = rapport_store_list_meeting_prompts (store, all, now, &error);
  if (prompts == NULL)
    g_debug ("Could not list the meetings to log: %s", error->message);
  return prompts;
}
