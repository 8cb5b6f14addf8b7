/* rapport-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-application.h"
#include "rapport-event-page.h"
#include "rapport-people-model.h"
#include "rapport-person-page.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_WINDOW (rapport_window_get_type ())

G_DECLARE_FINAL_TYPE (RapportWindow, rapport_window, RAPPORT, WINDOW, AdwApplicationWindow)

RapportWindow      *rapport_window_new             (RapportApplication *application,
                                                    RapportStore       *store);
void                rapport_window_show_error      (RapportWindow      *self,
                                                    const GError       *error);
void                rapport_window_add_toast       (RapportWindow      *self,
                                                    const char         *title);
RapportPersonPage  *rapport_window_get_person_page (RapportWindow      *self);
RapportEventPage   *rapport_window_get_event_page  (RapportWindow      *self);
gboolean            rapport_window_save_now        (RapportWindow      *self);
RapportPeopleModel *rapport_window_get_people      (RapportWindow      *self);
GtkGridView        *rapport_window_get_people_view (RapportWindow      *self);
void                rapport_window_show_due        (RapportWindow      *self);
void                rapport_window_import_file     (RapportWindow      *self,
                                                    GFile              *file);
void                rapport_window_export_to_file  (RapportWindow      *self,
                                                    GArray             *ids,
                                                    GFile              *file);
void                rapport_window_back_up_to_file (RapportWindow      *self,
                                                    GFile              *file);
void                rapport_window_restore_file    (RapportWindow      *self,
                                                    GFile              *file);
void                rapport_window_tag_selection   (RapportWindow      *self,
                                                    const char         *tag);
void                rapport_window_set_calendar_events (RapportWindow  *self,
                                                    GListModel         *events);
void                rapport_window_open_calendar_file (RapportWindow   *self,
                                                    GFile              *file);
GListModel         *rapport_window_get_calendar_events (RapportWindow  *self);
void                rapport_window_after_first_frame (RapportWindow    *self,
                                                    GSourceOnceFunc     func,
                                                    gpointer            data);

G_END_DECLS
