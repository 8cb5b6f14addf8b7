/* rapport-meeting-prompts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-calendar-section.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_MEETING_PROMPTS (rapport_meeting_prompts_get_type ())

G_DECLARE_FINAL_TYPE (RapportMeetingPrompts, rapport_meeting_prompts, RAPPORT, MEETING_PROMPTS, RapportCalendarSection)

GListModel *rapport_meeting_prompts_get_shown  (RapportMeetingPrompts *self);
GPtrArray  *rapport_meeting_prompts_list       (RapportStore          *store,
                                                GListModel            *events);

G_END_DECLS
