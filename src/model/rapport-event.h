/* rapport-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_EVENT (rapport_event_get_type ())

G_DECLARE_FINAL_TYPE (RapportEvent, rapport_event, RAPPORT, EVENT, GObject)

RapportEvent *rapport_event_new              (const char   *name,
                                              GDateTime    *starts_at);
gint64        rapport_event_get_id           (RapportEvent *self);
void          rapport_event_set_id           (RapportEvent *self,
                                              gint64        id);
const char   *rapport_event_get_name         (RapportEvent *self);
void          rapport_event_set_name         (RapportEvent *self,
                                              const char   *name);
GDateTime    *rapport_event_get_starts_at    (RapportEvent *self);
void          rapport_event_set_starts_at    (RapportEvent *self,
                                              GDateTime    *starts_at);
const char   *rapport_event_get_place        (RapportEvent *self);
void          rapport_event_set_place        (RapportEvent *self,
                                              const char   *place);
const char   *rapport_event_get_notes        (RapportEvent *self);
void          rapport_event_set_notes        (RapportEvent *self,
                                              const char   *notes);
gint64        rapport_event_get_statement_id (RapportEvent *self);
void          rapport_event_set_statement_id (RapportEvent *self,
                                              gint64        statement_id);

G_END_DECLS
