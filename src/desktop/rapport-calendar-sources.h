/* rapport-calendar-sources.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libedataserver/libedataserver.h>

#include "rapport-calendar.h"

G_BEGIN_DECLS

/**
 * RapportCalendarSourcesState:
 * @RAPPORT_CALENDAR_SOURCES_IDLE: not asked yet (Rapport connects after its first frame)
 * @RAPPORT_CALENDAR_SOURCES_CONNECTING: waiting for Evolution Data Server
 * @RAPPORT_CALENDAR_SOURCES_READY: the calendars are listed, and follow EDS
 * @RAPPORT_CALENDAR_SOURCES_UNAVAILABLE: there is no Evolution Data Server to ask
 */
typedef enum
{
  RAPPORT_CALENDAR_SOURCES_IDLE,
  RAPPORT_CALENDAR_SOURCES_CONNECTING,
  RAPPORT_CALENDAR_SOURCES_READY,
  RAPPORT_CALENDAR_SOURCES_UNAVAILABLE,
} RapportCalendarSourcesState;

#define RAPPORT_TYPE_CALENDAR_SOURCES_STATE (rapport_calendar_sources_state_get_type ())
GType rapport_calendar_sources_state_get_type (void);

#define RAPPORT_TYPE_CALENDAR_SOURCES (rapport_calendar_sources_get_type ())

G_DECLARE_FINAL_TYPE (RapportCalendarSources, rapport_calendar_sources, RAPPORT, CALENDAR_SOURCES, GObject)

RapportCalendarSources      *rapport_calendar_sources_new          (void);
void                         rapport_calendar_sources_start        (RapportCalendarSources *self);
RapportCalendarSourcesState  rapport_calendar_sources_get_state    (RapportCalendarSources *self);
const char                  *rapport_calendar_sources_get_problem  (RapportCalendarSources *self);
RapportCalendar             *rapport_calendar_sources_lookup       (RapportCalendarSources *self,
                                                                    const char             *uid);
ESource                     *rapport_calendar_sources_ref_source   (RapportCalendarSources *self,
                                                                    const char             *uid);

G_END_DECLS
