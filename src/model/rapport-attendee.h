/* rapport-attendee.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_ATTENDEE (rapport_attendee_get_type ())

G_DECLARE_FINAL_TYPE (RapportAttendee, rapport_attendee, RAPPORT, ATTENDEE, GObject)

RapportAttendee *rapport_attendee_new            (gint64           event_id,
                                                  gint64           contact_id,
                                                  const char      *goal);
gint64           rapport_attendee_get_event_id   (RapportAttendee *self);
gint64           rapport_attendee_get_contact_id (RapportAttendee *self);
const char      *rapport_attendee_get_goal       (RapportAttendee *self);
void             rapport_attendee_set_goal       (RapportAttendee *self,
                                                  const char      *goal);

G_END_DECLS
