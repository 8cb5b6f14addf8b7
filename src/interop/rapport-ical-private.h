/* rapport-ical-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the two iCalendar files share: rapport-ical-event.c (one VEVENT)
 * and rapport-ical.c (a file's events and their occurrences).
 */

#pragma once

#include "rapport-ical.h"

G_BEGIN_DECLS

/* rapport-ical-event.c */
gboolean  rapport_ical_time_is_usable    (ICalTime         *time);
gboolean  rapport_ical_time_is_floating  (ICalTime         *time);
gboolean  rapport_ical_is_recurring      (ICalComponent    *vevent);
ICalTime *rapport_ical_get_property_time (ICalComponent    *vevent,
                                          ICalPropertyKind  kind);

G_END_DECLS
