/* rapport-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the store's files and list models share: the connection, the
 * statement cache, transactions, the live objects, and change signals.
 */

#pragma once

#include <sqlite3.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define APPLICATION_ID 0x52617070 /* 'Rapp' */
#define BUSY_TIMEOUT_MS 2000
#define N_RECORD_KINDS (RAPPORT_RECORD_STATEMENT + 1)

struct _RapportStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  gboolean read_only;                  /* opened to look, not to write */
  GHashTable *statements;              /* SQL text → sqlite3_stmt */
  GHashTable *live[N_RECORD_KINDS];    /* id → object, weakly */
  guint schema_version;

  /* Writes in progress */
  gboolean in_operation;
  gboolean batch;
  gboolean bulk;                       /* a batch whose writes have no savepoints */
  gboolean bulk_failed;                /* one of them failed: only cancelling remains */
  gboolean bulk_cache;                 /* the page cache is the bulk batch's, larger */
  guint batch_kinds;                   /* bit per RapportRecordKind changed */
  GHashTable *batch_contacts;          /* ids whose search rows wait */
  GArray *batch_written;               /* BatchRecord, to undo on cancel */

  /* updated_at as written, made once a second rather than once a person */
  gint64 now_second;
  char *now_text;
};

/* A person's due date as everyone sees it: a snooze postpones it (NULL >
 * anything is NULL, so without a due date a snooze does nothing). */
#define RAPPORT_SQL_DUE_ON "CASE WHEN snoozed_until > due_on THEN snoozed_until ELSE due_on END"

/* Due on or before ?1, said the way the contact_by_due index is made: a
 * range of the index rather than a look at every row (42 → 7 ms at 30,000). */
#define RAPPORT_SQL_DUE_BY_TODAY "coalesce (due_on, '9999-12-31') <= ?1"

/* rapport-store.c and rapport-store-sql.c */
gboolean      rapport_store_exec           (RapportStore       *self,
                                            const char         *sql,
                                            GError            **error);
void          rapport_store_set_error_from_code (GError       **error,
                                            int                 code,
                                            const char         *path,
                                            const char         *detail);
gboolean      rapport_store_check_text     (const char         *text,
                                            GError            **error);
const char   *rapport_store_unless_blank   (const char         *text);
gboolean      rapport_store_set_not_found  (GError            **error,
                                            const char         *message);
gboolean      rapport_store_run_with_id    (RapportStore       *self,
                                            const char         *sql,
                                            gint64              id,
                                            GError            **error);
GArray       *rapport_store_query_ids_with_id (RapportStore    *self,
                                            const char         *sql,
                                            gint64              id,
                                            GError            **error);
void          rapport_store_bind_text_or_null (sqlite3_stmt    *stmt,
                                            int                 column,
                                            const char         *text);

sqlite3      *rapport_store_get_db         (RapportStore       *self);
sqlite3_stmt *rapport_store_prepare        (RapportStore       *self,
                                            const char         *sql,
                                            GError            **error);
gboolean      rapport_store_step_done      (RapportStore       *self,
                                            sqlite3_stmt       *stmt,
                                            GError            **error);
GArray       *rapport_store_query_ids      (RapportStore       *self,
                                            sqlite3_stmt       *stmt,
                                            GError            **error);
gboolean      rapport_store_begin          (RapportStore       *self,
                                            GError            **error);
gboolean      rapport_store_commit         (RapportStore       *self,
                                            GError            **error);
void          rapport_store_rollback       (RapportStore       *self);
void          rapport_store_set_sqlite_error (RapportStore     *self,
                                            GError            **error);
gboolean      rapport_store_in_batch       (RapportStore       *self);
gboolean      rapport_store_refuse_read_only (RapportStore     *self,
                                            GError            **error);
gboolean      rapport_store_begin_bulk     (RapportStore       *self,
                                            GError            **error);
void          rapport_store_defer_contact  (RapportStore       *self,
                                            gint64              contact_id);
void          rapport_store_emit_changed   (RapportStore       *self,
                                            RapportRecordKind   kind,
                                            gint64              id,
                                            RapportChangeKind   change);

gpointer      rapport_store_lookup_live    (RapportStore       *self,
                                            RapportRecordKind   kind,
                                            gint64              id);
void          rapport_store_add_live       (RapportStore       *self,
                                            RapportRecordKind   kind,
                                            gint64              id,
                                            gpointer            object);
void          rapport_store_reread_everything (RapportStore    *self);
void          rapport_store_forget_live    (RapportStore       *self,
                                            RapportRecordKind   kind,
                                            gint64              id);

/* Text and dates as they are stored. */
char         *rapport_store_format_timestamp (GDateTime        *date_time);
GDateTime    *rapport_store_parse_timestamp  (const char       *text);
char         *rapport_store_format_date      (const GDate      *date);
gboolean      rapport_store_parse_date       (const char       *text,
                                              GDate            *date);
const char   *rapport_store_column_text      (sqlite3_stmt     *stmt,
                                              int               column);


/* rapport-store-calendar-match.c */
char         *rapport_store_dup_person_name  (RapportStore     *self,
                                              gint64            contact_id);
void          rapport_store_append_unique_id (GArray           *ids,
                                              gint64            id);

/* rapport-store-contacts.c */
void          rapport_store_reload_contact   (RapportStore     *self,
                                              RapportContact   *contact);

/* rapport-store-open.c */
gboolean      rapport_store_open_database    (RapportStore     *self,
                                              guint             target_version,
                                              GError          **error);

gboolean      rapport_store_finish_reading   (RapportStore     *self,
                                              sqlite3_stmt     *stmt,
                                              int               rc,
                                              GError          **error);

/* rapport-store-index.c */
/* The columns rapport_store_column_name() reads, in its order. */
#define RAPPORT_SQL_NAME_COLUMNS \
  "display_name, name_prefix, given_name, additional_name, family_name, name_suffix, nickname, company"
char         *rapport_store_column_name      (sqlite3_stmt     *stmt,
                                              int               first);
char         *rapport_store_column_person_name (sqlite3_stmt   *stmt,
                                                int             first);
void          rapport_store_bind_sort_key    (sqlite3_stmt     *stmt,
                                              int               column,
                                              const char       *name);
gboolean      rapport_store_refresh_search   (RapportStore     *self,
                                              gint64            contact_id,
                                              GError          **error);
gboolean      rapport_store_refresh_search_many (RapportStore  *self,
                                              GHashTable       *contact_ids,
                                              GError          **error);
void          rapport_store_refresh_derived_many (RapportStore *self,
                                                  GHashTable   *contact_ids);
void          rapport_store_refresh_derived  (RapportStore     *self,
                                              gint64            contact_id);
gboolean      rapport_store_update_sort_keys (RapportStore     *self,
                                              GError          **error);

G_END_DECLS
