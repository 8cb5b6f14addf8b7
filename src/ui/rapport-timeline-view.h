/* rapport-timeline-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_TIMELINE_VIEW (rapport_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportTimelineView, rapport_timeline_view, RAPPORT, TIMELINE_VIEW, AdwBin)

GtkWidget      *rapport_timeline_view_new         (RapportStore        *store,
                                                   RapportContact      *contact);
RapportStore   *rapport_timeline_view_get_store   (RapportTimelineView *self);
void            rapport_timeline_view_set_store   (RapportTimelineView *self,
                                                   RapportStore        *store);
RapportContact *rapport_timeline_view_get_contact (RapportTimelineView *self);
void            rapport_timeline_view_set_contact (RapportTimelineView *self,
                                                   RapportContact      *contact);

void            rapport_timeline_view_focus_new   (RapportTimelineView *self);

G_END_DECLS
