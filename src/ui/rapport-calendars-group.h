/* rapport-calendars-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-source-list.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CALENDARS_GROUP (rapport_calendars_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportCalendarsGroup, rapport_calendars_group, RAPPORT, CALENDARS_GROUP, AdwPreferencesGroup)

GtkWidget *rapport_calendars_group_new (RapportSourceList *sources,
                                        GSettings              *settings);

G_END_DECLS
