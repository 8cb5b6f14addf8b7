/* rapport-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-attendee.h"
#include "rapport-calendar-event.h"
#include "rapport-contact-link.h"
#include "rapport-contact.h"
#include "rapport-event.h"
#include "rapport-import-report.h"
#include "rapport-interaction.h"
#include "rapport-meeting-prompt.h"
#include "rapport-merge.h"
#include "rapport-peec-statement.h"

G_BEGIN_DECLS

#define RAPPORT_STORE_ERROR (rapport_store_error_quark ())

/**
 * RapportStoreError:
 * @RAPPORT_STORE_ERROR_NOT_A_DATABASE: the file is not a Rapport database
 * @RAPPORT_STORE_ERROR_CORRUPT: the file is damaged or cut short
 * @RAPPORT_STORE_ERROR_TOO_NEW: a newer Rapport wrote the file
 * @RAPPORT_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @RAPPORT_STORE_ERROR_UNREADABLE: the file or its folder cannot be read
 * @RAPPORT_STORE_ERROR_LOCKED: another program holds the file
 * @RAPPORT_STORE_ERROR_INVALID: what was asked to be saved cannot be
 * @RAPPORT_STORE_ERROR_NOT_FOUND: there is no such record
 * @RAPPORT_STORE_ERROR_FAILED: anything else
 */
typedef enum
{
  RAPPORT_STORE_ERROR_NOT_A_DATABASE,
  RAPPORT_STORE_ERROR_CORRUPT,
  RAPPORT_STORE_ERROR_TOO_NEW,
  RAPPORT_STORE_ERROR_READ_ONLY,
  RAPPORT_STORE_ERROR_UNREADABLE,
  RAPPORT_STORE_ERROR_LOCKED,
  RAPPORT_STORE_ERROR_INVALID,
  RAPPORT_STORE_ERROR_NOT_FOUND,
  RAPPORT_STORE_ERROR_FAILED,
} RapportStoreError;

/**
 * RapportRecordKind:
 *
 * The kinds of record the store keeps, as named in #RapportStore::changed.
 */
typedef enum
{
  RAPPORT_RECORD_CONTACT,
  RAPPORT_RECORD_INTERACTION,
  RAPPORT_RECORD_EVENT,
  RAPPORT_RECORD_STATEMENT,
} RapportRecordKind;

/**
 * RapportChangeKind:
 *
 * What happened to a record, as told by #RapportStore::changed.
 */
typedef enum
{
  RAPPORT_CHANGE_ADDED,
  RAPPORT_CHANGE_UPDATED,
  RAPPORT_CHANGE_REMOVED,
} RapportChangeKind;

/**
 * RapportCalendarLinkState:
 * @RAPPORT_CALENDAR_LINK_CURRENT: the calendar has the event
 * @RAPPORT_CALENDAR_LINK_CANCELLED: the calendar says it was cancelled
 * @RAPPORT_CALENDAR_LINK_REMOVED: the calendar no longer has it
 *
 * Where a Rapport event prepared from a calendar event stands. Values are
 * stored: never renumber them.
 */
typedef enum
{
  RAPPORT_CALENDAR_LINK_CURRENT = 0,
  RAPPORT_CALENDAR_LINK_CANCELLED = 1,
  RAPPORT_CALENDAR_LINK_REMOVED = 2,
} RapportCalendarLinkState;

/**
 * RapportBookLinkState:
 * @RAPPORT_BOOK_LINK_LINKED: the address book has the contact
 * @RAPPORT_BOOK_LINK_GONE: the contact was deleted there; the person stays,
 *   no longer linked
 *
 * Where a person linked with an address book's contact stands. Values are
 * stored: never renumber them.
 */
typedef enum
{
  RAPPORT_BOOK_LINK_LINKED = 0,
  RAPPORT_BOOK_LINK_GONE = 1,
} RapportBookLinkState;

/**
 * RapportBookLink:
 * @id: the link's id
 * @contact_id: the person
 * @book_uid: the address book (its ESource UID)
 * @contact_uid: the contact's UID in the book
 * @state: whether the book still has the contact
 *
 * A person linked with a contact of one of the desktop's address books.
 */
typedef struct
{
  gint64 id;
  gint64 contact_id;
  char *book_uid;
  char *contact_uid;
  RapportBookLinkState state;
} RapportBookLink;

#define RAPPORT_TYPE_BOOK_LINK (rapport_book_link_get_type ())

GType            rapport_book_link_get_type (void) G_GNUC_CONST;
RapportBookLink *rapport_book_link_copy     (const RapportBookLink *link);
void             rapport_book_link_free     (RapportBookLink       *link);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportBookLink, rapport_book_link_free)

/* The schema version this Rapport writes; files with a higher one are refused. */
#define RAPPORT_STORE_SCHEMA_VERSION 15

#define RAPPORT_TYPE_STORE (rapport_store_get_type ())

/**
 * RapportImportProgress:
 * @done: how many people were imported so far
 * @total: how many there are
 * @user_data: the data given with the function
 *
 * Told, now and then, how far an import (or an export, a backup, a
 * restore) got.
 */
typedef void (*RapportImportProgress) (guint    done,
                                       guint    total,
                                       gpointer user_data);

G_DECLARE_FINAL_TYPE (RapportStore, rapport_store, RAPPORT, STORE, GObject)

GQuark                rapport_store_error_quark       (void);
char                 *rapport_store_dup_default_path  (void);
RapportStore         *rapport_store_open              (const char            *path,
                                                       GError               **error);
RapportStore         *rapport_store_open_at_version   (const char            *path,
                                                       guint                  version,
                                                       GError               **error);
RapportStore         *rapport_store_open_read_only    (const char            *path,
                                                       GError               **error);
gboolean              rapport_store_get_read_only     (RapportStore          *self);
const char           *rapport_store_get_path          (RapportStore          *self);
guint                 rapport_store_get_schema_version (RapportStore         *self);

gboolean              rapport_store_back_up           (RapportStore          *self,
                                                       const char            *path,
                                                       GError               **error);
gboolean              rapport_store_restore           (RapportStore          *self,
                                                       const char            *path,
                                                       char                 **kept_path,
                                                       GError               **error);
gboolean              rapport_store_back_up_file      (const char            *db_path,
                                                       const char            *path,
                                                       GCancellable          *cancellable,
                                                       RapportImportProgress  progress,
                                                       gpointer               user_data,
                                                       GError               **error);
gboolean              rapport_store_restore_file      (const char            *db_path,
                                                       const char            *path,
                                                       GCancellable          *cancellable,
                                                       RapportImportProgress  progress,
                                                       gpointer               user_data,
                                                       char                 **kept_path,
                                                       GError               **error);
void                  rapport_store_restore_begin     (RapportStore          *self);
void                  rapport_store_restore_end       (RapportStore          *self);
gboolean              rapport_store_back_up_daily     (RapportStore          *self,
                                                       const char            *dir,
                                                       const GDate           *today,
                                                       guint                  keep,
                                                       GError               **error);
GPtrArray            *rapport_store_list_backups      (const char            *dir);
char                 *rapport_store_dup_backup_dir    (RapportStore          *self);
GPtrArray            *rapport_store_list_restore_copies (RapportStore        *self);
RapportStore         *rapport_store_open_instead      (const char            *path,
                                                       const char            *backup_path,
                                                       char                 **moved_to,
                                                       GError               **error);

gboolean              rapport_store_begin_batch       (RapportStore          *self,
                                                       GError               **error);
gboolean              rapport_store_commit_batch      (RapportStore          *self,
                                                       GError               **error);
void                  rapport_store_cancel_batch      (RapportStore          *self);

gboolean              rapport_store_add_contact       (RapportStore          *self,
                                                       RapportContact        *contact,
                                                       GError               **error);
gboolean              rapport_store_save_contact      (RapportStore          *self,
                                                       RapportContact        *contact,
                                                       GError               **error);
gboolean              rapport_store_delete_contact    (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
gboolean              rapport_store_trash_contact     (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
gboolean              rapport_store_restore_contact   (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
gboolean              rapport_store_empty_trash       (RapportStore          *self,
                                                       GError               **error);
RapportContact       *rapport_store_get_contact       (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
gboolean              rapport_store_save_thumbnail    (RapportStore          *self,
                                                       RapportContact        *contact,
                                                       GBytes                *photo,
                                                       GBytes                *thumbnail,
                                                       GError               **error);
GStrv                 rapport_store_list_tags         (RapportStore          *self);
GArray               *rapport_store_list_contact_ids  (RapportStore          *self,
                                                       GError               **error);
gboolean              rapport_store_snooze_contact    (RapportStore          *self,
                                                       gint64                 id,
                                                       const GDate           *until,
                                                       GError               **error);
GArray               *rapport_store_list_due          (RapportStore          *self,
                                                       const GDate           *today,
                                                       GError               **error);
guint                 rapport_store_count_due         (RapportStore          *self,
                                                       const GDate           *today,
                                                       GError               **error);
RapportInteraction   *rapport_store_get_due_follow_up (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       GError               **error);

gboolean              rapport_store_add_interaction   (RapportStore          *self,
                                                       RapportInteraction    *interaction,
                                                       GError               **error);
gboolean              rapport_store_save_interaction  (RapportStore          *self,
                                                       RapportInteraction    *interaction,
                                                       GError               **error);
gboolean              rapport_store_delete_interaction (RapportStore         *self,
                                                       gint64                 id,
                                                       GError               **error);
RapportInteraction   *rapport_store_get_interaction   (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);

GPtrArray            *rapport_store_suggest_introductions (RapportStore      *self,
                                                       gint64                 contact_id,
                                                       guint                  limit,
                                                       GError               **error);
GPtrArray            *rapport_store_suggest_helped    (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       guint                  limit,
                                                       GError               **error);
gboolean              rapport_store_count_giving      (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       guint                 *introductions,
                                                       guint                 *help_given,
                                                       guint                 *help_received,
                                                       GError               **error);
GHashTable           *rapport_store_list_closed_pairs (RapportStore          *self,
                                                       GArray                *contact_ids,
                                                       GError               **error);
gboolean              rapport_store_pair_is_closed    (GHashTable            *closed,
                                                       gint64                 seeker_id,
                                                       gint64                 helper_id);
gboolean              rapport_store_dismiss_introduction (RapportStore       *self,
                                                       gint64                 contact_id,
                                                       gint64                 helper_id,
                                                       GError               **error);
RapportInteraction   *rapport_store_introduce         (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       gint64                 other_id,
                                                       const char            *summary,
                                                       const char            *why,
                                                       RapportIntroductionHow how,
                                                       const GDate           *on,
                                                       GError               **error);
gint64                rapport_store_link_contacts     (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       gint64                 other_id,
                                                       RapportLinkKind        kind,
                                                       gboolean               outgoing,
                                                       GError               **error);
gboolean              rapport_store_unlink_contacts   (RapportStore          *self,
                                                       gint64                 link_id,
                                                       GError               **error);
GPtrArray            *rapport_store_list_links        (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       GError               **error);

gboolean              rapport_store_add_event         (RapportStore          *self,
                                                       RapportEvent          *event,
                                                       GError               **error);
gboolean              rapport_store_save_event        (RapportStore          *self,
                                                       RapportEvent          *event,
                                                       GError               **error);
gboolean              rapport_store_delete_event      (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
RapportEvent         *rapport_store_get_event         (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
gboolean              rapport_store_set_attendee      (RapportStore          *self,
                                                       gint64                 event_id,
                                                       gint64                 contact_id,
                                                       const char            *goal,
                                                       GError               **error);
gboolean              rapport_store_remove_attendee   (RapportStore          *self,
                                                       gint64                 event_id,
                                                       gint64                 contact_id,
                                                       GError               **error);
GPtrArray            *rapport_store_list_attendees    (RapportStore          *self,
                                                       gint64                 event_id,
                                                       GError               **error);

gboolean              rapport_store_add_statement     (RapportStore          *self,
                                                       RapportPeecStatement  *statement,
                                                       GError               **error);
gboolean              rapport_store_save_statement    (RapportStore          *self,
                                                       RapportPeecStatement  *statement,
                                                       GError               **error);
gboolean              rapport_store_delete_statement  (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);
RapportPeecStatement *rapport_store_get_statement     (RapportStore          *self,
                                                       gint64                 id,
                                                       GError               **error);

GArray               *rapport_store_match_known       (RapportStore          *self,
                                                       GPtrArray             *contacts,
                                                       GError               **error);
gint64                rapport_store_match_calendar_person (RapportStore           *self,
                                                       RapportCalendarPerson  *person,
                                                       GArray                **suggestions,
                                                       GError                **error);
GPtrArray            *rapport_store_list_calendar_people (RapportCalendarEvent *event);
RapportEvent         *rapport_store_prepare_calendar_event (RapportStore        *self,
                                                       RapportCalendarEvent  *calendar_event,
                                                       GArray                *contact_ids,
                                                       GError               **error);
gint64                rapport_store_find_calendar_event (RapportStore         *self,
                                                       const char            *key,
                                                       GError               **error);
gboolean              rapport_store_get_calendar_link (RapportStore              *self,
                                                       gint64                     event_id,
                                                       RapportCalendarLinkState  *state,
                                                       char                     **source_name);
gboolean              rapport_store_follow_calendar   (RapportStore          *self,
                                                       GPtrArray             *events,
                                                       const char * const    *complete_sources,
                                                       GDateTime             *from,
                                                       GDateTime             *to,
                                                       GError               **error);
gboolean              rapport_store_is_calendar_event_marked (RapportStore   *self,
                                                       RapportCalendarEvent  *event,
                                                       GError               **error);
gboolean              rapport_store_set_calendar_event_marked (RapportStore  *self,
                                                       RapportCalendarEvent  *event,
                                                       gboolean               marked,
                                                       GError               **error);
gboolean              rapport_store_mark_calendar_removed (RapportStore      *self,
                                                       const char            *key,
                                                       GError               **error);
GPtrArray            *rapport_store_list_meeting_prompts (RapportStore       *self,
                                                       GPtrArray             *events,
                                                       GDateTime             *now,
                                                       GError               **error);
gboolean              rapport_store_answer_meeting_prompt (RapportStore      *self,
                                                       const char            *key,
                                                       gboolean               logged,
                                                       GError               **error);

gint64                rapport_store_link_book_contact (RapportStore        *self,
                                                       gint64                 contact_id,
                                                       const char            *book_uid,
                                                       const char            *contact_uid,
                                                       GHashTable            *agreed,
                                                       GError               **error);
gboolean              rapport_store_unlink_book_contact (RapportStore      *self,
                                                       gint64                 link_id,
                                                       GError               **error);
gboolean              rapport_store_mark_book_contact_gone (RapportStore   *self,
                                                       gint64                 link_id,
                                                       GError               **error);
RapportBookLink      *rapport_store_find_book_link    (RapportStore          *self,
                                                       const char            *book_uid,
                                                       const char            *contact_uid,
                                                       GError               **error);
GPtrArray            *rapport_store_list_book_links   (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       GError               **error);
GPtrArray            *rapport_store_list_book_links_in (RapportStore         *self,
                                                       const char            *book_uid,
                                                       GError               **error);
GHashTable           *rapport_store_get_book_agreed   (RapportStore          *self,
                                                       gint64                 link_id,
                                                       GError               **error);
gboolean              rapport_store_set_book_agreed   (RapportStore          *self,
                                                       gint64                 link_id,
                                                       GHashTable            *agreed,
                                                       GError               **error);
char                 *rapport_store_dup_book_note     (RapportStore          *self,
                                                       gint64                 contact_id);
gboolean              rapport_store_set_book_note     (RapportStore          *self,
                                                       gint64                 contact_id,
                                                       const char            *note,
                                                       GError               **error);
GArray               *rapport_store_match_people      (RapportStore          *self,
                                                       GPtrArray             *contacts,
                                                       GError               **error);

RapportImportReport  *rapport_store_import            (RapportStore          *self,
                                                       GPtrArray             *contacts,
                                                       RapportImportFormat    format,
                                                       GCancellable          *cancellable,
                                                       RapportImportProgress  progress,
                                                       gpointer               user_data,
                                                       GError               **error);
gboolean              rapport_store_undo_import       (RapportStore          *self,
                                                       RapportImportReport   *report,
                                                       GError               **error);
gboolean              rapport_store_merge_into        (RapportStore          *self,
                                                       gint64                 from_id,
                                                       gint64                 into_id,
                                                       GError               **error);
RapportMerge         *rapport_store_merge             (RapportStore          *self,
                                                       gint64                 from_id,
                                                       gint64                 into_id,
                                                       GError               **error);
gboolean              rapport_store_unmerge           (RapportStore          *self,
                                                       RapportMerge          *merge,
                                                       GError               **error);
void                  rapport_store_reload_contacts   (RapportStore          *self,
                                                       GArray                *ids);

GListModel           *rapport_store_list_timeline     (RapportStore          *self,
                                                       gint64                 contact_id);
GListModel           *rapport_store_list_events       (RapportStore          *self);
GListModel           *rapport_store_list_statements   (RapportStore          *self);

G_END_DECLS
