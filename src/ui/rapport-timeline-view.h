/* rapport-timeline-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_TIMELINE_VIEW (rapport_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (RapportTimelineView, rapport_timeline_view, RAPPORT, TIMELINE_VIEW, AdwBin)

G_END_DECLS
