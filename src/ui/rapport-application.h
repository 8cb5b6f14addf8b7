/* rapport-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-address-book-sync.h"
#include "rapport-calendar-feed.h"
#include "rapport-source-list.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_APPLICATION (rapport_application_get_type ())

G_DECLARE_FINAL_TYPE (RapportApplication, rapport_application, RAPPORT, APPLICATION, AdwApplication)

RapportApplication *rapport_application_new          (void);
gboolean            rapport_application_reopen       (RapportApplication  *self,
                                                      GError             **error);
gboolean            rapport_application_open_read_only (RapportApplication  *self,
                                                        GError             **error);
gboolean            rapport_application_open_instead (RapportApplication  *self,
                                                      const char          *backup,
                                                      GError             **error);
RapportSourceList *rapport_application_get_calendar_sources (RapportApplication *self);
RapportSourceList *rapport_application_get_address_book_sources (RapportApplication *self);
RapportCalendarFeed    *rapport_application_get_calendar_feed    (RapportApplication *self);
RapportAddressBookSync *rapport_application_get_address_book_sync (RapportApplication *self);

G_END_DECLS
