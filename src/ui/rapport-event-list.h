/* rapport-event-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-event.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_EVENT_LIST (rapport_event_list_get_type ())

G_DECLARE_FINAL_TYPE (RapportEventList, rapport_event_list, RAPPORT, EVENT_LIST, AdwBin)

RapportStore *rapport_event_list_get_store    (RapportEventList *self);
void          rapport_event_list_set_store    (RapportEventList *self,
                                               RapportStore     *store);
RapportEvent *rapport_event_list_get_selected (RapportEventList *self);
void          rapport_event_list_select       (RapportEventList *self,
                                               RapportEvent     *event);
void          rapport_event_list_unselect     (RapportEventList *self);

G_END_DECLS
