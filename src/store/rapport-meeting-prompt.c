/* rapport-meeting-prompt.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "You met Ana Silva and Ben Ng at Design Week mixer — log it?": a calendar
 * meeting that has ended, with the people in Rapport who were invited to it.
 */

#define G_LOG_DOMAIN "rapport-meeting-prompt"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-meeting-prompt.h"

struct _RapportMeetingPrompt
{
  GObject parent_instance;

  RapportCalendarEvent *event;
  GArray *contact_ids;
  GStrv names;
};

G_DEFINE_FINAL_TYPE (RapportMeetingPrompt, rapport_meeting_prompt, G_TYPE_OBJECT)

static void
rapport_meeting_prompt_finalize (GObject *object)
{
  RapportMeetingPrompt *self = RAPPORT_MEETING_PROMPT (object);

  g_clear_object (&self->event);
  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->names, g_strfreev);

  G_OBJECT_CLASS (rapport_meeting_prompt_parent_class)->finalize (object);
}

static void
rapport_meeting_prompt_class_init (RapportMeetingPromptClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_meeting_prompt_finalize;
}

static void
rapport_meeting_prompt_init (RapportMeetingPrompt *self)
{
}

/**
 * rapport_meeting_prompt_new:
 * @contact_ids: (element-type gint64): the people in Rapport who were there
 * @names: their names, in the same order
 *
 * Returns: (transfer full): a new prompt
 */
RapportMeetingPrompt *
rapport_meeting_prompt_new (RapportCalendarEvent *event,
                            GArray               *contact_ids,
                            GStrv                 names)
{
  RapportMeetingPrompt *self;

  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (event), NULL);
  g_return_val_if_fail (contact_ids != NULL && names != NULL, NULL);
  g_return_val_if_fail (contact_ids->len == g_strv_length (names), NULL);

  self = g_object_new (RAPPORT_TYPE_MEETING_PROMPT, NULL);
  self->event = g_object_ref (event);
  self->contact_ids = g_array_ref (contact_ids);
  self->names = g_strdupv (names);
  return self;
}

/**
 * rapport_meeting_prompt_get_event:
 *
 * Returns: (transfer none): the calendar event
 */
RapportCalendarEvent *
rapport_meeting_prompt_get_event (RapportMeetingPrompt *self)
{
  g_return_val_if_fail (RAPPORT_IS_MEETING_PROMPT (self), NULL);
  return self->event;
}

/**
 * rapport_meeting_prompt_get_contact_ids:
 *
 * Returns: (transfer none) (element-type gint64): the people in Rapport
 *   who were invited
 */
GArray *
rapport_meeting_prompt_get_contact_ids (RapportMeetingPrompt *self)
{
  g_return_val_if_fail (RAPPORT_IS_MEETING_PROMPT (self), NULL);
  return self->contact_ids;
}

/**
 * rapport_meeting_prompt_get_names:
 *
 * Returns: (transfer none): their names
 */
const char * const *
rapport_meeting_prompt_get_names (RapportMeetingPrompt *self)
{
  g_return_val_if_fail (RAPPORT_IS_MEETING_PROMPT (self), NULL);
  return (const char * const *) self->names;
}

/**
 * rapport_meeting_prompt_dup_text:
 *
 * Returns: (transfer full): the question, in a sentence
 */
char *
rapport_meeting_prompt_dup_text (RapportMeetingPrompt *self)
{
  const char *summary;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_MEETING_PROMPT (self), NULL);

  summary = rapport_calendar_event_get_summary (self->event);
  if (summary[0] == '\0')
    summary = _("a meeting");
  n = g_strv_length (self->names);

  if (n == 1)
    /* Translators: the first %s is a person's name, the second an event's */
    return g_strdup_printf (_("You met %s at %s — log it?"), self->names[0], summary);
  if (n == 2)
    /* Translators: the first two %s are people's names, the third an event's */
    return g_strdup_printf (_("You met %s and %s at %s — log it?"), self->names[0], self->names[1], summary);

  /* Translators: %s is a person's name, %u how many others, the last %s an event's name */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "You met %s and %u other at %s — log it?",
                                       "You met %s and %u others at %s — log it?", n - 1),
                          self->names[0], n - 1, summary);
}
