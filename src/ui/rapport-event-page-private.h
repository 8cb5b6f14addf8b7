/* rapport-event-page-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the event page's files share: rapport-event-page.c (the event's
 * details, its people and their goals) and rapport-event-page-actions.c
 * (delete, prepare, log and print).
 */

#pragma once

#include "rapport-briefing-view.h"
#include "rapport-event-page.h"
#include "rapport-people-editor.h"

G_BEGIN_DECLS

struct _RapportEventPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwViewStack *view_stack;
  GtkButton *main_button;
  AdwBanner *calendar_banner;
  AdwEntryRow *name_row;
  AdwActionRow *date_row;
  GtkCalendar *calendar;
  GtkMenuButton *date_button;
  AdwEntryRow *time_row;
  AdwEntryRow *place_row;
  AdwComboRow *statement_row;
  GtkTextView *notes_view;
  RapportPeopleEditor *people_editor;
  AdwPreferencesGroup *goals_group;
  RapportBriefingView *briefing_view;

  /* Owned references */
  RapportStore *store;
  RapportEvent *event;
  GListModel *statements;
  GArray *statement_ids;
  GPtrArray *goal_rows;
  guint save_source;
  gboolean loading;
};

/* rapport-event-page.c */
void     rapport_event_page_toast      (RapportEventPage *self,
                                        AdwToast         *new_toast);
void     rapport_event_page_show_error (RapportEventPage *self,
                                        const GError     *error);
gboolean rapport_event_page_save       (RapportEventPage *self);

/* rapport-event-page-actions.c */
void     rapport_event_page_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
