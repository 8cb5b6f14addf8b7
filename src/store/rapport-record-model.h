/* rapport-record-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportRecordList:
 * @RAPPORT_RECORD_LIST_TIMELINE: one person's interactions, newest first
 * @RAPPORT_RECORD_LIST_EVENTS: events, the next one first, then past ones, latest first
 * @RAPPORT_RECORD_LIST_STATEMENTS: PEEC statements, last edited first
 */
typedef enum
{
  RAPPORT_RECORD_LIST_TIMELINE,
  RAPPORT_RECORD_LIST_EVENTS,
  RAPPORT_RECORD_LIST_STATEMENTS,
} RapportRecordList;

#define RAPPORT_TYPE_RECORD_MODEL (rapport_record_model_get_type ())

G_DECLARE_FINAL_TYPE (RapportRecordModel, rapport_record_model, RAPPORT, RECORD_MODEL, GObject)

RapportRecordModel *rapport_record_model_new (RapportStore      *store,
                                              RapportRecordList  list,
                                              gint64             contact_id);

G_END_DECLS
