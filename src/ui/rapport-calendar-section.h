/* rapport-calendar-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CALENDAR_SECTION (rapport_calendar_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (RapportCalendarSection, rapport_calendar_section, RAPPORT, CALENDAR_SECTION, AdwBin)

/**
 * RapportCalendarSectionClass:
 * @update: lists again what the section shows, from its store and events
 * @store_changed: whether a change of that kind of record in the store may
 *   change what it shows (%NULL: any change may)
 */
struct _RapportCalendarSectionClass
{
  AdwBinClass parent_class;

  void     (*update)        (RapportCalendarSection *self);
  gboolean (*store_changed) (RapportCalendarSection *self,
                             RapportRecordKind       kind);
};

void          rapport_calendar_section_set_store    (RapportCalendarSection *self,
                                                     RapportStore           *store);
RapportStore *rapport_calendar_section_get_store    (RapportCalendarSection *self);
void          rapport_calendar_section_set_events   (RapportCalendarSection *self,
                                                     GListModel             *events);
GListModel   *rapport_calendar_section_get_events   (RapportCalendarSection *self);
void          rapport_calendar_section_queue_update (RapportCalendarSection *self);

G_END_DECLS
