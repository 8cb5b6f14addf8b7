/* rapport-calendar-feed-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the feed's two files share: rapport-calendar-feed.c keeps the list
 * and its window; rapport-calendar-feed-reader.c reads each calendar (its
 * EDS client and view, and the worker that works occurrences out).
 */

#pragma once

#include <libecal/libecal.h>

#include "rapport-calendar-feed.h"

G_BEGIN_DECLS

typedef struct _FeedCalendar FeedCalendar;

struct _RapportCalendarFeed
{
  GObject parent_instance;

  RapportSourceList *sources;
  /* Sorted with rapport_calendar_event_compare(). */
  GPtrArray *events;
  /* Calendar UID -> FeedCalendar, for the calendars being read. */
  GHashTable *calendars;
  /* "calendar UID\nevent UID" -> how many occurrences are listed, so that
   * a new event is merged without looking through the list. */
  GHashTable *listed;
  gboolean enabled;
  GStrv hidden;
  gboolean loading;
  /* The window read: from local midnight, slid each day. */
  GDateTime *from;
  GDateTime *to;
  RapportCalendarFeedClock clock;
  gpointer clock_data;
  guint midnight_id;
};

/* One calendar being read. Reference-counted: a callback from EDS or the
 * worker may come after the feed let the calendar go (cancelled). */
struct _FeedCalendar
{
  RapportCalendarFeed *feed; /* NULL once let go */
  char *uid;
  char *name;
  GCancellable *cancellable;
  ECalClient *client;
  ECalClientView *view;
  time_t from;
  time_t to;
  /* Event UID -> the VEVENT as the view gave it (a one-off event), or
   * NULL (ask EDS for all of the UID's objects). */
  GHashTable *pending;
  /* Event UID -> GHashTable of recurrence ids removed ("" for all). */
  GHashTable *removed;
  gboolean busy;
  gboolean complete;
  /* The window slid while the view was asked for: ask again. */
  gboolean stale_view;
};

/* rapport-calendar-feed.c */
void rapport_calendar_feed_update_loading (RapportCalendarFeed *self);
void rapport_calendar_feed_merge_event (RapportCalendarFeed *self,
                                        const char          *calendar_uid,
                                        const char          *uid,
                                        GPtrArray           *fresh,
                                        gboolean             gone,
                                        GHashTable          *removed_ids,
                                        GArray              *excluded);
void rapport_calendar_feed_remove_calendar_events (RapportCalendarFeed *self,
                                                   const char          *calendar_uid);

/* rapport-calendar-feed-reader.c */
void rapport_feed_calendar_open (RapportCalendarFeed *self,
                                 RapportSource       *info);
void rapport_feed_calendar_close (gpointer data);
void rapport_feed_calendar_slide (FeedCalendar *calendar);

G_END_DECLS
