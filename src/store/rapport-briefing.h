/* rapport-briefing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportBriefingEntry:
 * @contact: the person
 * @last: (nullable): the latest thing that happened with them, or %NULL if
 *   you have never met
 * @name: their name as shown
 * @goal: your goal for them at this event, or ""
 * @follow_up: when to follow up (invalid when there is nothing to follow up)
 *
 * One person in a briefing. Read-only.
 */
typedef struct
{
  RapportContact     *contact;
  RapportInteraction *last;
  char               *name;
  char               *goal;
  GDate               follow_up;
} RapportBriefingEntry;

#define RAPPORT_TYPE_BRIEFING (rapport_briefing_get_type ())

G_DECLARE_FINAL_TYPE (RapportBriefing, rapport_briefing, RAPPORT, BRIEFING, GObject)

RapportBriefing      *rapport_briefing_new              (RapportStore               *store,
                                                         RapportEvent               *event,
                                                         GError                    **error);
RapportEvent         *rapport_briefing_get_event        (RapportBriefing            *self);
RapportPeecStatement *rapport_briefing_get_statement    (RapportBriefing            *self);
guint                 rapport_briefing_get_n_entries    (RapportBriefing            *self);
const RapportBriefingEntry *rapport_briefing_get_entry  (RapportBriefing            *self,
                                                         guint                       position);
gboolean              rapport_briefing_entry_seen_since (const RapportBriefingEntry *entry,
                                                         const GDate                *since);
GPtrArray            *rapport_briefing_find_pairs       (RapportBriefing            *self,
                                                         guint                       limit);

G_END_DECLS
