/* rapport-meeting-prompt.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rapport-calendar-event.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_MEETING_PROMPT (rapport_meeting_prompt_get_type ())

G_DECLARE_FINAL_TYPE (RapportMeetingPrompt, rapport_meeting_prompt, RAPPORT, MEETING_PROMPT, GObject)

RapportMeetingPrompt *rapport_meeting_prompt_new             (RapportCalendarEvent *event,
                                                              GArray               *contact_ids,
                                                              GStrv                 names);
RapportCalendarEvent *rapport_meeting_prompt_get_event       (RapportMeetingPrompt *self);
GArray               *rapport_meeting_prompt_get_contact_ids (RapportMeetingPrompt *self);
const char * const   *rapport_meeting_prompt_get_names       (RapportMeetingPrompt *self);
char                 *rapport_meeting_prompt_dup_text        (RapportMeetingPrompt *self);

G_END_DECLS
