/* rapport-calendar-feed.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-calendar-event.h"
#include "rapport-source-list.h"

G_BEGIN_DECLS

/* The window of days the feed reads around today. */
#define RAPPORT_CALENDAR_FEED_DAYS_BACK  60
#define RAPPORT_CALENDAR_FEED_DAYS_AHEAD 90

#define RAPPORT_TYPE_CALENDAR_FEED (rapport_calendar_feed_get_type ())

/* What gives the time now: (transfer full). */
typedef GDateTime *(*RapportCalendarFeedClock) (gpointer user_data);

G_DECLARE_FINAL_TYPE (RapportCalendarFeed, rapport_calendar_feed, RAPPORT, CALENDAR_FEED, GObject)

RapportCalendarFeed    *rapport_calendar_feed_new         (RapportSourceList *sources);
RapportSourceList *rapport_calendar_feed_get_sources (RapportCalendarFeed    *self);
gboolean                rapport_calendar_feed_get_enabled (RapportCalendarFeed    *self);
void                    rapport_calendar_feed_set_enabled (RapportCalendarFeed    *self,
                                                           gboolean                enabled);
const char * const     *rapport_calendar_feed_get_hidden  (RapportCalendarFeed    *self);
void                    rapport_calendar_feed_set_hidden  (RapportCalendarFeed    *self,
                                                           const char * const     *hidden);
gboolean                rapport_calendar_feed_get_loading (RapportCalendarFeed    *self);
RapportCalendarEvent   *rapport_calendar_feed_lookup      (RapportCalendarFeed    *self,
                                                           const char             *key);
GDateTime              *rapport_calendar_feed_get_from    (RapportCalendarFeed    *self);
GDateTime              *rapport_calendar_feed_get_to      (RapportCalendarFeed    *self);
GStrv                   rapport_calendar_feed_dup_complete_sources (RapportCalendarFeed *self);
void                    rapport_calendar_feed_set_clock   (RapportCalendarFeed      *self,
                                                           RapportCalendarFeedClock  clock,
                                                           gpointer                  user_data);

G_END_DECLS
