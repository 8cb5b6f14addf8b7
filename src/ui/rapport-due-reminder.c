/* rapport-due-reminder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The daily desktop reminder of people to get back to: at most one a day,
 * only when the Preferences switch is on (it is off until the user turns
 * it on), and only when someone is due. The application asks for it at
 * start-up and every minute after; the day it was sent is kept in
 * GSettings, so a restart does not send it twice.
 */

#define G_LOG_DOMAIN "rapport-due-reminder"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-reminder.h"
#include "rapport-meeting-prompts.h"

/* How many names the notification spells out. */
#define NAMES_SHOWN 2

struct _RapportDueReminder
{
  GObject parent_instance;

  RapportStore *store;
  GSettings *settings;
  GListModel *calendar_events;
};

G_DEFINE_FINAL_TYPE (RapportDueReminder, rapport_due_reminder, G_TYPE_OBJECT)

static char *
dup_name (RapportStore *store,
          gint64        id)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, id, NULL);
  g_autofree char *name = contact ? rapport_contact_dup_name (contact) : NULL;

  return g_strdup (name && *name ? name : C_("reminder", "Unnamed person"));
}

/* "Ana Silva", "Ana Silva and Ben Ng", "Ana Silva, Ben Ng and 3 more" */
static char *
dup_names (RapportStore *store,
           GArray       *ids)
{
  g_autofree char *first = dup_name (store, g_array_index (ids, gint64, 0));
  g_autofree char *second = NULL;
  guint more = ids->len - MIN (ids->len, NAMES_SHOWN);

  if (ids->len == 1)
    return g_steal_pointer (&first);

  second = dup_name (store, g_array_index (ids, gint64, 1));
  if (more == 0)
    /* Translators: two people's names */
    return g_strdup_printf (_("%s and %s"), first, second);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: two names, then how many others */
                                       "%s, %s and %u more", "%s, %s and %u more", more),
                          first, second, more);
}

static void
rapport_due_reminder_dispose (GObject *object)
{
  RapportDueReminder *self = RAPPORT_DUE_REMINDER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->calendar_events);

  G_OBJECT_CLASS (rapport_due_reminder_parent_class)->dispose (object);
}

static void
rapport_due_reminder_class_init (RapportDueReminderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_due_reminder_dispose;
}

static void
rapport_due_reminder_init (RapportDueReminder *self)
{
}

/**
 * rapport_due_reminder_new:
 * @store: where the people are
 * @settings: Rapport's settings (`remind-due`, `last-due-reminder`)
 *
 * Returns: (transfer full): a new reminder
 */
RapportDueReminder *
rapport_due_reminder_new (RapportStore *store,
                          GSettings    *settings)
{
  RapportDueReminder *self;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RAPPORT_TYPE_DUE_REMINDER, NULL);
  self->store = g_object_ref (store);
  self->settings = g_object_ref (settings);
  return self;
}

/**
 * rapport_due_reminder_take:
 * @today: the day it is
 * @title: (out) (optional): the reminder's title, "3 people to get back to"
 * @body: (out) (optional): whom, "Ana Silva, Ben Ng and 1 more"
 *
 * Whether to remind now: the switch is on, no reminder went out @today,
 * and someone is due or a calendar meeting is to be logged. Taking it
 * counts as sending it.
 *
 * Returns: %TRUE if a reminder is to be sent, with its words
 */
gboolean
rapport_due_reminder_take (RapportDueReminder  *self,
                           const GDate         *today,
                           char               **title,
                           char               **body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) due = NULL;
  g_autoptr(GPtrArray) prompts = NULL;
  g_autofree char *last = NULL;
  guint n_prompts;
  char text[16];

  g_return_val_if_fail (RAPPORT_IS_DUE_REMINDER (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (!g_settings_get_boolean (self->settings, "remind-due"))
    return FALSE;

  g_date_strftime (text, sizeof text, "%Y-%m-%d", today);
  last = g_settings_get_string (self->settings, "last-due-reminder");
  if (g_strcmp0 (last, text) == 0)
    return FALSE;

  due = rapport_store_list_due (self->store, today, &error);
  if (due == NULL)
    {
      g_debug ("Could not list the people due: %s", error->message);
      return FALSE;
    }
  if (self->calendar_events != NULL)
    prompts = rapport_meeting_prompts_list (self->store, self->calendar_events);
  n_prompts = prompts != NULL ? prompts->len : 0;
  if (due->len == 0 && n_prompts == 0)
    return FALSE;

  if (title != NULL && due->len > 0)
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person to get back to",
                                           "%u people to get back to", due->len), due->len);
  else if (title != NULL)
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting to log",
                                           "%u meetings to log", n_prompts),
                              n_prompts);
  if (body != NULL)
    {
      g_autofree char *names = due->len > 0 ? dup_names (self->store, due) : NULL;
      g_autofree char *meeting = n_prompts > 0 ? rapport_meeting_prompt_dup_text (g_ptr_array_index (prompts, 0))
                                               : NULL;

      /* Quietly: the people due, then the latest meeting to log. */
      *body = g_strjoin ("\n", names ? names : meeting, names ? meeting : NULL, NULL);
    }

  g_settings_set_string (self->settings, "last-due-reminder", text);
  return TRUE;
}

/**
 * rapport_due_reminder_set_calendar_events:
 * @events: (nullable): a #GListModel of #RapportCalendarEvent
 *
 * The calendar events whose meetings just over the reminder mentions
 * ("You met … — log it?").
 */
void
rapport_due_reminder_set_calendar_events (RapportDueReminder *self,
                                          GListModel         *events)
{
  g_return_if_fail (RAPPORT_IS_DUE_REMINDER (self));

  g_set_object (&self->calendar_events, events);
}
