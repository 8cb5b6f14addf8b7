/* rapport-briefing-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-briefing.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_BRIEFING_VIEW (rapport_briefing_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportBriefingView, rapport_briefing_view, RAPPORT, BRIEFING_VIEW, AdwBin)

void          rapport_briefing_view_set_store (RapportBriefingView *self,
                                               RapportStore        *store);
RapportEvent *rapport_briefing_view_get_event (RapportBriefingView *self);
void          rapport_briefing_view_set_event (RapportBriefingView *self,
                                               RapportEvent        *event);
void          rapport_briefing_view_refresh   (RapportBriefingView *self);
RapportBriefing *rapport_briefing_view_get_briefing (RapportBriefingView *self);
void          rapport_briefing_view_get_since (RapportBriefingView *self,
                                               GDate               *since);

G_END_DECLS
