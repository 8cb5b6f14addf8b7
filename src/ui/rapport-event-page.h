/* rapport-event-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_EVENT_PAGE (rapport_event_page_get_type ())

G_DECLARE_FINAL_TYPE (RapportEventPage, rapport_event_page, RAPPORT, EVENT_PAGE, AdwBin)

void          rapport_event_page_set_store (RapportEventPage *self,
                                            RapportStore     *store);
RapportEvent *rapport_event_page_get_event (RapportEventPage *self);
void          rapport_event_page_set_event (RapportEventPage *self,
                                            RapportEvent     *event);
void          rapport_event_page_focus_name (RapportEventPage *self);
gboolean      rapport_event_page_save_now  (RapportEventPage *self);

G_END_DECLS
