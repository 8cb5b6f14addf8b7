/* rapport-event-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-event.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_EVENT_ROW (rapport_event_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportEventRow, rapport_event_row, RAPPORT, EVENT_ROW, AdwBin)

RapportEvent *rapport_event_row_get_event (RapportEventRow *self);
void          rapport_event_row_set_event (RapportEventRow *self,
                                           RapportEvent    *event);
char         *rapport_event_dup_when      (RapportEvent    *event);
gboolean      rapport_event_has_time      (RapportEvent    *event);

G_END_DECLS
