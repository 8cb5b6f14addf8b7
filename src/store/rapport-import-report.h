/* rapport-import-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-contact-merge.h"
#include "rapport-import.h"

G_BEGIN_DECLS

/**
 * RapportPossibleDuplicate:
 * @added_id: the person the import added
 * @existing_id: someone already in Rapport with the same name
 * @name: that name
 *
 * A name-only match: maybe the same person, for the user to decide.
 */
typedef struct
{
  gint64  added_id;
  gint64  existing_id;
  char   *name;
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
                                                             gint64               existing_id,
                                                             const char          *name);
void                 rapport_import_report_take_problems    (RapportImportReport *self,
                                                             GPtrArray           *problems);
guint                rapport_import_report_get_n_updates    (RapportImportReport *self);
void                 rapport_import_report_get_update       (RapportImportReport *self,
                                                             guint                position,
                                                             gint64              *id,
                                                             RapportContactMerge **merge);

G_END_DECLS
