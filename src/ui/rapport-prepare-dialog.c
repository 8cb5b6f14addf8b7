/* rapport-prepare-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prepare, for a calendar event: who it names, each matched to a person in
 * Rapport by address (ticked), or a person it may be (a name in common:
 * not ticked, for the user to confirm; when several may be, a choice of
 * them all or someone new), or someone new (added as a new person when
 * ticked). Prepare makes the Rapport event, linked to the calendar, with
 * the people ticked.
 */

#define G_LOG_DOMAIN "rapport-prepare-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-coming-up.h"
#include "rapport-contact-field.h"
#include "rapport-prepare-dialog.h"

typedef struct
{
  RapportCalendarPerson *person;
  gint64 contact_id;      /* sure, or the one suggestion; 0 for someone new */
  gboolean sure;
  GtkCheckButton *check;
  /* Several people it may be: the row's choice, in the order of @choices
   * (ids, 0 for someone new). */
  AdwComboRow *choice;
  GArray *choices;
} Entry;

struct _RapportPrepareDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *event_group;
  AdwPreferencesGroup *people_group;
  GtkButton *prepare_button;

  /* Owned references */
  RapportStore *store;
  RapportCalendarEvent *event;
  GArray *entries;
};

G_DEFINE_FINAL_TYPE (RapportPrepareDialog, rapport_prepare_dialog, ADW_TYPE_DIALOG)

enum {
  PREPARED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->person);
  g_clear_pointer (&entry->choices, g_array_unref);
}

static char *
dup_contact_name (RapportStore *store,
                  gint64        id)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, id, NULL);

  return contact != NULL ? rapport_contact_dup_name (contact) : g_strdup ("");
}

/* A namesake as the choice shows it: the name, and what tells two people
 * of the same name apart (their company, else their first address). */
static char *
dup_choice_label (RapportStore *store,
                  gint64        id)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, id, NULL);
  g_autofree char *name = NULL;
  const char *detail = "";
  GPtrArray *fields;

  if (contact == NULL)
    return g_strdup ("");
  name = rapport_contact_dup_name (contact);
  fields = rapport_contact_get_fields (contact);
  if (rapport_contact_get_company (contact)[0] != '\0')
    detail = rapport_contact_get_company (contact);
  else
    for (guint i = 0; fields != NULL && i < fields->len && detail[0] == '\0'; i++)
      if (rapport_contact_field_get_kind (fields->pdata[i]) == RAPPORT_FIELD_EMAIL)
        detail = rapport_contact_field_get_value (fields->pdata[i]);

  if (detail[0] == '\0')
    return g_steal_pointer (&name);
  /* Translators: a person in Rapport, and their company or address */
  return g_strdup_printf (_("%s (%s)"), name, detail);
}

/* A row whose choice lists everyone @suggestions holds, then someone new. */
static GtkWidget *
create_choice_row (RapportPrepareDialog *self,
                   Entry                *entry,
                   GArray               *suggestions)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  gint64 nobody = 0;

  entry->choices = g_array_copy (suggestions);
  g_array_append_val (entry->choices, nobody);
  for (guint i = 0; i < suggestions->len; i++)
    {
      g_autofree char *label = dup_choice_label (self->store, g_array_index (suggestions, gint64, i));

      gtk_string_list_append (labels, label);
    }
  gtk_string_list_append (labels, _("Someone new"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  entry->choice = ADW_COMBO_ROW (row);
  return row;
}

static void
add_person_row (RapportPrepareDialog  *self,
                RapportCalendarPerson *person)
{
  g_autoptr(GArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  const char *email = rapport_calendar_person_get_email (person);
  GtkWidget *row;
  GtkWidget *check = gtk_check_button_new ();
  Entry entry = { g_object_ref (person), 0, FALSE, GTK_CHECK_BUTTON (check), NULL, NULL };

  entry.contact_id = rapport_store_match_calendar_person (self->store, person, &suggestions, &error);
  if (error != NULL)
    g_warning ("Could not look for %s: %s", rapport_calendar_person_get_label (person), error->message);
  entry.sure = entry.contact_id != 0;

  if (entry.sure)
    {
      g_autofree char *name = dup_contact_name (self->store, entry.contact_id);

      /* Translators: %s is the name of a person in Rapport */
      subtitle = g_strdup_printf (_("In Rapport as %s"), name);
    }
  else if (suggestions != NULL && suggestions->len > 1)
    {
      /* Translators: the people in Rapport with the same name or address
       * are offered in a list; ticking the row says it is the one chosen */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Could be %u people in Rapport: choose, then tick",
                                               "Could be %u people in Rapport: choose, then tick", suggestions->len),
                                  suggestions->len);
    }
  else if (suggestions != NULL && suggestions->len > 0)
    {
      g_autofree char *name = NULL;

      entry.contact_id = g_array_index (suggestions, gint64, 0);
      name = dup_contact_name (self->store, entry.contact_id);
      /* Translators: %s is the name of a person in Rapport who has the same
       * name or address; ticking the row says it is them */
      subtitle = g_strdup_printf (_("Could be %s in Rapport: tick if it is"), name);
    }
  else
    subtitle = g_strdup (_("Not in Rapport yet: tick to add them as a new person"));

  if (email[0] != '\0' && rapport_calendar_person_get_name (person)[0] != '\0')
    {
      char *with_email = g_strconcat (email, "\n", subtitle, NULL);

      g_free (subtitle);
      subtitle = with_email;
    }

  if (!entry.sure && suggestions != NULL && suggestions->len > 1)
    row = create_choice_row (self, &entry, suggestions);
  else
    row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rapport_calendar_person_get_label (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), entry.sure);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rapport_calendar_person_get_label (person), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  /* A choice opens its list when activated; the tick is its own. */
  if (entry.choice == NULL)
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->people_group, row);

  g_array_append_val (self->entries, entry);
}

static gint64
add_new_person (RapportPrepareDialog   *self,
                RapportCalendarPerson  *person,
                GError                **error)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  const char *email = rapport_calendar_person_get_email (person);
  const char *name = rapport_calendar_person_get_name (person);

  /* Someone known only by address is named by it, as in the calendar. */
  rapport_contact_set_display_name (contact, name[0] != '\0' ? name : email);
  if (email[0] != '\0')
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", email));
      rapport_contact_set_fields (contact, fields);
    }
  if (!rapport_store_add_contact (self->store, contact, error))
    return 0;
  return rapport_contact_get_id (contact);
}

static void
prepare_clicked_cb (RapportPrepareDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportEvent) event = rapport_prepare_dialog_prepare (self, &error);

  if (event == NULL)
    {
      AdwDialog *alert = adw_alert_dialog_new (_("Could Not Prepare the Event"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
      return;
    }

  adw_dialog_close (ADW_DIALOG (self));
}

static void
rapport_prepare_dialog_dispose (GObject *object)
{
  RapportPrepareDialog *self = RAPPORT_PREPARE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PREPARE_DIALOG);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_object (&self->event);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_prepare_dialog_parent_class)->dispose (object);
}

static void
rapport_prepare_dialog_class_init (RapportPrepareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_prepare_dialog_dispose;

  /**
   * RapportPrepareDialog::prepared:
   * @event: the Rapport event made
   *
   * The event was prepared.
   */
  signals[PREPARED] = g_signal_new ("prepared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, RAPPORT_TYPE_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/rapportapp/Rapport/ui/rapport-prepare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareDialog, event_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareDialog, people_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPrepareDialog, prepare_button);
  gtk_widget_class_bind_template_callback (widget_class, prepare_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "adw_dialog_close", G_CALLBACK (adw_dialog_close));
}

static void
rapport_prepare_dialog_init (RapportPrepareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

/**
 * rapport_prepare_dialog_new:
 * @event: the calendar event to prepare for
 *
 * Returns: (transfer floating): a new dialog
 */
RapportPrepareDialog *
rapport_prepare_dialog_new (RapportStore         *store,
                            RapportCalendarEvent *event)
{
  RapportPrepareDialog *self;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *when = NULL;
  const char *summary;
  const char *location;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (event), NULL);

  self = g_object_new (RAPPORT_TYPE_PREPARE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->event = g_object_ref (event);

  summary = rapport_calendar_event_get_summary (event);
  location = rapport_calendar_event_get_location (event);
  when = rapport_calendar_event_dup_when (event);
  adw_preferences_group_set_title (self->event_group, summary[0] != '\0' ? summary
                                                                         : C_("events list", "Untitled Event"));
  {
    g_autofree char *description = NULL;
    g_autofree char *source = NULL;

    /* Translators: where a calendar event comes from: a calendar's or a file's name */
    source = g_strdup_printf (_("From %s"), rapport_calendar_event_get_source_name (event));
    description = g_strjoin ("\n", when, location[0] != '\0' ? location : source,
                             location[0] != '\0' ? source : NULL, NULL);
    adw_preferences_group_set_description (self->event_group, description);
  }

  people = rapport_store_list_calendar_people (event);
  for (guint i = 0; i < people->len; i++)
    add_person_row (self, g_ptr_array_index (people, i));

  return self;
}

/**
 * rapport_prepare_dialog_prepare:
 *
 * Does what Prepare does: adds the new people ticked, then the event with
 * everyone ticked.
 *
 * Returns: (transfer full): the Rapport event, or %NULL with @error set
 */
RapportEvent *
rapport_prepare_dialog_prepare (RapportPrepareDialog  *self,
                                GError               **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RapportEvent) event = NULL;

  g_return_val_if_fail (RAPPORT_IS_PREPARE_DIALOG (self), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      gint64 id = entry->contact_id;

      if (!gtk_check_button_get_active (entry->check))
        continue;
      if (entry->choice != NULL)
        id = g_array_index (entry->choices, gint64, adw_combo_row_get_selected (entry->choice));
      if (id == 0)
        {
          id = add_new_person (self, entry->person, error);
          if (id == 0)
            return NULL;
          entry->contact_id = id;
        }
      g_array_append_val (ids, id);
    }

  event = rapport_store_prepare_calendar_event (self->store, self->event, ids, error);
  if (event != NULL)
    g_signal_emit (self, signals[PREPARED], 0, event);
  return g_steal_pointer (&event);
}

/**
 * rapport_prepare_dialog_get_choice:
 *
 * Returns: (transfer none) (nullable): the choice of the @index-th person,
 *   when several people in Rapport may be them
 */
AdwComboRow *
rapport_prepare_dialog_get_choice (RapportPrepareDialog *self,
                                   guint                 index)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE_DIALOG (self), NULL);

  if (index >= self->entries->len)
    return NULL;
  return g_array_index (self->entries, Entry, index).choice;
}

/**
 * rapport_prepare_dialog_get_check:
 *
 * Returns: (transfer none) (nullable): the tick of the @index-th person
 */
GtkCheckButton *
rapport_prepare_dialog_get_check (RapportPrepareDialog *self,
                                  guint                 index)
{
  g_return_val_if_fail (RAPPORT_IS_PREPARE_DIALOG (self), NULL);

  if (index >= self->entries->len)
    return NULL;
  return g_array_index (self->entries, Entry, index).check;
}
