/* rapport-import-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-contact-merge.h"
#include "rapport-import.h"
#include "rapport-merge.h"

G_BEGIN_DECLS

/**
 * RapportDuplicateReason:
 * @RAPPORT_DUPLICATE_SAME_NAME: the same name, nothing else in common
 * @RAPPORT_DUPLICATE_SHARED_DETAIL: an email, number or profile in common,
 *   but names that disagree (a switchboard, a family landline, a shared
 *   mailbox), or that agree with several people
 *
 * Why an added person may be someone already in Rapport.
 */
typedef enum
{
  RAPPORT_DUPLICATE_SAME_NAME,
  RAPPORT_DUPLICATE_SHARED_DETAIL,
} RapportDuplicateReason;

/**
 * RapportPossibleDuplicate:
 * @added_id: the person the import added
 * @existing_id: the first of @existing_ids
 * @existing_ids: (element-type gint64): everyone already in Rapport it may
 *   be, in the order found: namesakes, or people sharing @shared
 * @reason: why
 * @name: the added person's name
 * @shared: (nullable): the email, number or profile in common, as the
 *   file wrote it
 * @merge: (nullable): the merge made from the report, once made
 *
 * Maybe the same person, for the user to decide.
 */
typedef struct
{
  gint64                  added_id;
  gint64                  existing_id;
  GArray                 *existing_ids;
  RapportDuplicateReason  reason;
  char                   *name;
  char                   *shared;
  RapportMerge           *merge;
} RapportPossibleDuplicate;

#define RAPPORT_TYPE_IMPORT_REPORT (rapport_import_report_get_type ())

G_DECLARE_FINAL_TYPE (RapportImportReport, rapport_import_report, RAPPORT, IMPORT_REPORT, GObject)

RapportImportReport *rapport_import_report_new              (RapportImportFormat  format);
RapportImportFormat  rapport_import_report_get_format       (RapportImportReport *self);
GArray              *rapport_import_report_get_added        (RapportImportReport *self);
guint                rapport_import_report_get_n_updated    (RapportImportReport *self);
guint                rapport_import_report_get_n_unchanged  (RapportImportReport *self);
guint                rapport_import_report_get_n_skipped    (RapportImportReport *self);
GPtrArray           *rapport_import_report_get_problems     (RapportImportReport *self);
GPtrArray           *rapport_import_report_get_duplicates   (RapportImportReport *self);
GArray              *rapport_import_report_dup_changed_ids  (RapportImportReport *self);
void                 rapport_import_report_set_merged       (RapportImportReport *self,
                                                             RapportPossibleDuplicate *duplicate,
                                                             RapportMerge        *merge);
GPtrArray           *rapport_import_report_get_merges       (RapportImportReport *self);
char                *rapport_import_report_dup_summary      (RapportImportReport *self);

/* For the store, while importing. */
void                 rapport_import_report_add_added        (RapportImportReport *self,
                                                             gint64               id);
void                 rapport_import_report_add_updated      (RapportImportReport *self,
                                                             gint64               id,
                                                             RapportContactMerge *merge);
void                 rapport_import_report_add_unchanged    (RapportImportReport *self);
void                 rapport_import_report_add_duplicate    (RapportImportReport *self,
                                                             gint64               added_id,
                                                             RapportDuplicateReason reason,
                                                             GArray              *existing_ids,
                                                             const char          *name,
                                                             const char          *shared);
void                 rapport_import_report_take_problems    (RapportImportReport *self,
                                                             GPtrArray           *problems);
guint                rapport_import_report_get_n_updates    (RapportImportReport *self);
void                 rapport_import_report_get_update       (RapportImportReport *self,
                                                             guint                position,
                                                             gint64              *id,
                                                             RapportContactMerge **merge);

G_END_DECLS
