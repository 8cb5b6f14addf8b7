/* rapport-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window's files share: rapport-window.c (the window and its
 * pages), rapport-window-people.c (the list of people), and the files
 * (rapport-window-files.c, -jobs.c, -recovery.c).
 */

#pragma once

#include "rapport-address-book-results.h"
#include "rapport-coming-up.h"
#include "rapport-due-button.h"
#include "rapport-event-page.h"
#include "rapport-import-dialog.h"
#include "rapport-meeting-prompts.h"
#include "rapport-paced-list.h"
#include "rapport-people-model.h"
#include "rapport-people-selection.h"
#include "rapport-person-page.h"
#include "rapport-selection-bar.h"
#include "rapport-sidebar-list.h"
#include "rapport-statement-page.h"
#include "rapport-store-bulk.h"
#include "rapport-thumbnailer.h"
#include "rapport-window.h"

G_BEGIN_DECLS

struct _RapportWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwNavigationSplitView *split_view;
  AdwWindowTitle *sidebar_title;
  GtkButton *add_button;
  GtkMenuButton *menu_button;
  GtkMenuButton *view_button;
  AdwViewStack *sidebar_stack;
  RapportSidebarList *statement_list;
  RapportStatementPage *statement_page; /* made when first needed, not owned */
  RapportSidebarList *event_list;
  RapportComingUp *coming_up;
  RapportMeetingPrompts *meeting_prompts;
  GtkRevealer *prompts_revealer;
  RapportEventPage *event_page;       /* made when first needed, not owned */
  GtkSearchEntry *search_entry;
  RapportDueButton *due_button;
  GtkStack *list_stack;
  RapportAddressBookResults *book_results; /* under the list, while searching */
  GtkButton *empty_add_button;
  GtkGridView *people_view;
  AdwStatusPage *no_matches_page;
  GtkWidget *clear_filters_button;
  AdwWrapBox *filter_box;
  AdwNavigationPage *content_page;
  GtkStack *content_stack;
  RapportPersonPage *person_page;     /* made when first needed, not owned */
  AdwStatusPage *error_page;
  GtkLabel *error_path_label;
  GtkWidget *retry_button;
  GtkWidget *read_only_button;
  AdwBanner *read_only_banner;
  GtkWidget *restore_latest_button;
  GMenuModel *primary_menu;
  GMenuModel *view_menu;
  GMenu *tag_section;
  GMenu *sort_section;
  RapportSelectionBar *selection_bar;

  /* Owned references */
  GSettings *settings;
  RapportStore *store;
  RapportPeopleModel *people;
  RapportPacedList *people_rows;   /* people, a screenful first */
  GtkSingleSelection *selection;
  GtkListItemFactory *row_factory;
  GtkListItemFactory *due_row_factory;
  RapportThumbnailer *thumbnailer;  /* the rows' photos */
  RapportPeopleSort sort;
  RapportPeopleSort search_sort;   /* the order of the search's answer */
  char *shown_filters;             /* what filter_box shows, to redo it only when it changes */
  gint64 reveal_id;                /* a person to scroll to once their row is back */
  RapportPeopleSelection *people_selection; /* the view's: selection, or in selection mode many */
  RapportBulkChange *last_change;  /* what the last toast's Undo undoes */
  guint select_anchor;             /* where Shift+click chooses from */
  char *selection_question;        /* whom the list showed when the choice began */
  gboolean bulk_running;           /* a tag's change on its worker thread */
  GListStore *calendars;           /* GListModels of RapportCalendarEvent: the desktop's, files' */
  GtkFlattenListModel *calendar_events;
  GListStore *file_events;         /* from .ics files opened */
  GListModel *desktop_events;      /* from the desktop's calendars (EDS), when given */
  GCancellable *calendar_cancellable;  /* .ics files being read */
  guint follow_id;
  GArray *after_first_frame;       /* AfterFirstFrame: what waits for the first frame */
  guint after_first_frame_source;  /* running them, one a turn */
  gboolean first_frame_shown;
  gboolean closing_anyway;
};

/* rapport-window.c, rapport-window-people.c and rapport-window-files.c */
void rapport_window_show_person        (RapportWindow  *self,
                                        RapportContact *contact);

/* rapport-window-people.c */
void rapport_window_people_class_init  (GtkWidgetClass *widget_class);
void rapport_window_add_people_actions (RapportWindow  *self);
void rapport_window_setup_people_view  (RapportWindow  *self);
void rapport_window_update_list_state  (RapportWindow  *self);
void rapport_window_select_contact     (RapportWindow  *self,
                                        RapportContact *contact);
void rapport_window_rebuild_tag_menu   (RapportWindow  *self);
gboolean rapport_window_is_filtered    (RapportWindow  *self);
void rapport_window_reveal_pending     (RapportWindow  *self);

/* rapport-window-first-frame.c */
void rapport_window_init_first_frame  (RapportWindow  *self);
void rapport_window_watch_first_frame (RapportWindow  *self);

/* rapport-window-select.c */
void rapport_window_select_class_init  (GtkWidgetClass *widget_class);
void rapport_window_add_select_actions (RapportWindow  *self);
void rapport_window_setup_selection    (RapportWindow  *self);
void rapport_window_select_dispose     (RapportWindow  *self);
gboolean rapport_window_selection_key  (RapportWindow  *self,
                                        guint           keyval,
                                        GdkModifierType state);

/* rapport-window-bulk-job.c */
typedef enum {
  RAPPORT_BULK_JOB_TAG,
  RAPPORT_BULK_JOB_UNTAG,
  RAPPORT_BULK_JOB_UNDO,
} RapportBulkJobKind;

typedef void (*RapportBulkJobDone) (RapportWindow      *self,
                                    RapportBulkJobKind  kind,
                                    RapportBulkChange  *change,
                                    const GError       *error);

void rapport_window_run_bulk_job       (RapportWindow      *self,
                                        RapportBulkJobKind  kind,
                                        GArray             *ids,
                                        const char         *tag,
                                        RapportBulkChange  *undo,
                                        RapportBulkJobDone  done);

/* rapport-window-files.c */
typedef void (*RapportFileChosenFunc) (RapportWindow *self,
                                       GFile         *file);

void rapport_window_add_file_actions   (RapportWindow  *self);
void rapport_window_choose_file        (RapportWindow  *self,
                                        const char     *title,
                                        const char     *accept_label,
                                        GListModel     *filters,
                                        const char     *initial_name,
                                        RapportFileChosenFunc chosen);
void rapport_window_confirm            (RapportWindow  *self,
                                        const char     *heading,
                                        const char     *body,
                                        const char     *confirm_label,
                                        GCallback       confirmed,
                                        gpointer        data,
                                        GDestroyNotify  destroy_data);
RapportWindow *rapport_window_from_alert (AdwAlertDialog *alert);
GListModel *rapport_window_contact_filters (void);

/* rapport-window-triage.c */
void rapport_window_add_triage_actions (RapportWindow       *self);
void rapport_window_sort_people        (RapportWindow       *self,
                                        GArray              *ids);
void rapport_window_offer_sorting      (RapportWindow       *self,
                                        RapportImportDialog *dialog);

/* rapport-window-calendar.c */
void rapport_window_setup_calendar     (RapportWindow  *self);
void rapport_window_dispose_calendar   (RapportWindow  *self);
void rapport_window_due_only_changed   (RapportWindow  *self,
                                        gboolean        due_only);
void rapport_window_open_event         (RapportWindow  *self,
                                        RapportEvent   *event);
gboolean rapport_window_is_calendar_file (GFile        *file);

/* rapport-window-recovery.c */
void rapport_window_add_recovery_actions (RapportWindow *self);
char *rapport_window_dup_latest_backup (void);

G_END_DECLS
