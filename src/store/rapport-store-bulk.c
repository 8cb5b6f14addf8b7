/* rapport-store-bulk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Changes to many people at once — the selection of the list of people:
 * tag, untag, closeness, archive, delete, attend an event. Each is one
 * transaction over a temporary table of the people's ids, set-based SQL
 * rather than a write per person, and no RapportContact is made for them.
 * Each returns what it changed (only the people it did change, with what
 * they had before), so that one Undo puts back exactly that, in one
 * transaction too; the lists hear of each once.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-bulk.h"
#include "rapport-store-private.h"

typedef enum {
  BULK_TAG,
  BULK_UNTAG,
  BULK_CLOSENESS,
  BULK_ARCHIVED,
  BULK_TRASH,
  BULK_ATTEND,
} BulkKind;

struct _RapportBulkChange
{
  gatomicrefcount ref_count;
  BulkKind kind;
  char *tag;            /* BULK_TAG, BULK_UNTAG: as the tag is spelt */
  gint64 event_id;      /* BULK_ATTEND */
  int value;            /* BULK_CLOSENESS, BULK_ARCHIVED: what was set */
  GArray *ids;          /* the people changed, ascending */
  /* BULK_CLOSENESS: each one's closeness before; BULK_UNTAG: the tag's
   * place among theirs */
  GArray *old_values;
  gboolean undone;
};

G_DEFINE_BOXED_TYPE (RapportBulkChange, rapport_bulk_change, rapport_bulk_change_ref, rapport_bulk_change_unref)

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static RapportBulkChange *
bulk_change_new (BulkKind kind)
{
  RapportBulkChange *self = g_new0 (RapportBulkChange, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->old_values = g_array_new (FALSE, FALSE, sizeof (int));
  return self;
}

RapportBulkChange *
rapport_bulk_change_ref (RapportBulkChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rapport_bulk_change_unref (RapportBulkChange *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->tag);
  g_array_unref (self->ids);
  g_array_unref (self->old_values);
  g_free (self);
}

/**
 * rapport_bulk_change_get_n_people:
 *
 * Returns: how many people the change changed (those who already were as
 *   asked are not counted)
 */
guint
rapport_bulk_change_get_n_people (RapportBulkChange *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->ids->len;
}

/**
 * rapport_bulk_change_contains:
 *
 * Returns: whether the change changed the person @contact_id
 */
gboolean
rapport_bulk_change_contains (RapportBulkChange *self,
                              gint64             contact_id)
{
  guint index;

  g_return_val_if_fail (self != NULL, FALSE);
  return g_array_binary_search (self->ids, &contact_id, compare_ids, &index);
}

/**
 * rapport_bulk_change_get_ids:
 *
 * Returns: (transfer none) (element-type gint64): the people the change
 *   changed, ascending
 */
GArray *
rapport_bulk_change_get_ids (RapportBulkChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->ids;
}

/**
 * rapport_bulk_change_get_tag:
 *
 * Returns: (nullable): the tag given or taken, as it is spelt
 */
const char *
rapport_bulk_change_get_tag (RapportBulkChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tag;
}

/**
 * rapport_bulk_change_rewrites_search:
 *
 * Returns: whether the change (and its Undo) writes the people's search
 *   rows again: tags are searched, and at 30,000 people that takes
 *   seconds
 */
gboolean
rapport_bulk_change_rewrites_search (RapportBulkChange *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->kind == BULK_TAG || self->kind == BULK_UNTAG;
}

static char *
fold_tag (const char *tag)
{
  g_autofree char *folded = g_utf8_casefold (tag, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
}

static gboolean
run (RapportStore  *self,
     const char    *sql,
     GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, sql, error);

  return stmt != NULL && rapport_store_step_done (self, stmt, error);
}

static gboolean
run_with_text (RapportStore  *self,
               const char    *sql,
               const char    *text,
               GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  return rapport_store_step_done (self, stmt, error);
}

/* The people to change, in temp.bulk_target: their id, their place in
 * @ids (the list's order) and, with @values, a value each. */
static gboolean
load_targets (RapportStore  *self,
              GArray        *ids,
              GArray        *values,
              GError       **error)
{
  sqlite3_stmt *stmt;

  if (!rapport_store_exec (self, "CREATE TEMP TABLE IF NOT EXISTS bulk_target "
                                 "(id INTEGER PRIMARY KEY, ord INTEGER NOT NULL, value INTEGER)",
                           error) ||
      !run (self, "DELETE FROM temp.bulk_target", error))
    return FALSE;

  stmt = rapport_store_prepare (self, "INSERT OR IGNORE INTO temp.bulk_target (id, ord, value) "
                                      "VALUES (?1, ?2, ?3)",
                                error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int (stmt, 2, (int) i);
      if (values != NULL)
        sqlite3_bind_int (stmt, 3, g_array_index (values, int, i));
      else
        sqlite3_bind_null (stmt, 3);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  /* Only people who are there (not in the trash): an id gone meanwhile
   * is left out rather than failing the rest. */
  return run (self, "DELETE FROM temp.bulk_target WHERE id NOT IN "
                    "(SELECT id FROM contact WHERE deleted = 0)",
              error);
}

/* What is left in temp.bulk_target is what changes: @change keeps it. */
static gboolean
keep_targets (RapportStore       *self,
              RapportBulkChange  *change,
              GError            **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, "SELECT id, value FROM temp.bulk_target ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int value = sqlite3_column_int (stmt, 1);

      g_array_append_val (change->ids, id);
      g_array_append_val (change->old_values, value);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

static gboolean
touch_targets (RapportStore  *self,
               GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);

  return run_with_text (self, "UPDATE contact SET updated_at = ?1 WHERE id IN (SELECT id FROM temp.bulk_target)",
                        now_text, error);
}

/* Tags are searched, and offered for who could help whom: the rows of
 * the people changed are written again in both, two statements for them
 * all in each (their needs hold no tags). */
static gboolean
index_targets (RapportStore  *self,
               GError       **error)
{
  return run (self, "DELETE FROM contact_search WHERE rowid IN (SELECT id FROM temp.bulk_target)", error) &&
         run (self, "INSERT INTO contact_search (rowid, name, company, peec, notes, tags, interactions) "
                    "SELECT id, name, company, peec, notes, tags, interactions FROM contact_search_source "
                    "WHERE id IN (SELECT id FROM temp.bulk_target)",
              error) &&
         run (self, "DELETE FROM contact_offer_search WHERE rowid IN (SELECT id FROM temp.bulk_target)", error) &&
         run (self, "INSERT INTO contact_offer_search (rowid, work, help, tags, place) "
                    "SELECT id, work, help, tags, place FROM contact_offer_source "
                    "WHERE id IN (SELECT id FROM temp.bulk_target)",
              error);
}

/* Live people read again, and every list told once. */
static void
announce (RapportStore      *self,
          RapportBulkChange *change)
{
  if (change->kind == BULK_ATTEND)
    {
      rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, change->event_id, RAPPORT_CHANGE_UPDATED);
      return;
    }

  for (guint i = 0; i < change->ids->len; i++)
    {
      g_autoptr(RapportContact) live = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT,
                                                                   g_array_index (change->ids, gint64, i));

      if (live != NULL)
        rapport_store_reload_contact (self, live);
    }
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, 0, RAPPORT_CHANGE_UPDATED);
}

static gboolean
begin (RapportStore  *self,
       GArray        *ids,
       GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);
  g_return_val_if_fail (!rapport_store_in_batch (self), FALSE);

  return rapport_store_begin (self, error) && load_targets (self, ids, NULL, error);
}

static RapportBulkChange *
commit (RapportStore       *self,
        RapportBulkChange  *change,
        GError            **error)
{
  g_autoptr(RapportBulkChange) owned = change;

  if (!rapport_store_commit (self, error))
    return NULL;
  announce (self, change);
  return g_steal_pointer (&owned);
}

static RapportBulkChange *
fail (RapportStore      *self,
      RapportBulkChange *change)
{
  rapport_store_rollback (self);
  g_clear_pointer (&change, rapport_bulk_change_unref);
  return NULL;
}

/* Gives @change->tag the tag's spelling, creating it if need be. */
static gboolean
add_tag (RapportStore  *self,
         const char    *tag,
         const char    *folded,
         GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, "INSERT INTO tag (name, folded) VALUES (?1, ?2) "
                                                    "ON CONFLICT (folded) DO NOTHING",
                                              error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tag, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, folded, -1, SQLITE_TRANSIENT);
  return rapport_store_step_done (self, stmt, error);
}

/* Gives the targets the tag @folded, after the tags they have. */
static gboolean
tag_targets (RapportStore  *self,
             const char    *folded,
             gboolean       at_old_place,
             GError       **error)
{
  return run_with_text (self, at_old_place ? "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id, position) "
                                             "SELECT b.id, t.id, b.value FROM temp.bulk_target b, tag t WHERE t.folded = ?1"
                                           : "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id, position) "
                                             "SELECT b.id, t.id, (SELECT coalesce (max (position) + 1, 0) FROM contact_tag "
                                             "WHERE contact_id = b.id) FROM temp.bulk_target b, tag t WHERE t.folded = ?1",
                        folded, error);
}

static gboolean
untag_targets (RapportStore  *self,
               const char    *folded,
               GError       **error)
{
  return run_with_text (self, "DELETE FROM contact_tag WHERE contact_id IN (SELECT id FROM temp.bulk_target) "
                              "AND tag_id = (SELECT id FROM tag WHERE folded = ?1)",
                        folded, error) &&
         run (self, "DELETE FROM tag WHERE NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id)", error);
}

/**
 * rapport_store_bulk_tag:
 * @ids: (element-type gint64): the people
 * @tag: the tag to give them
 *
 * Gives @tag to each of @ids who has not got it, in one transaction.
 *
 * Returns: (transfer full): what changed, for rapport_store_bulk_undo(), or
 *   %NULL with @error set, and nothing changed
 */
RapportBulkChange *
rapport_store_bulk_tag (RapportStore  *self,
                        GArray        *ids,
                        const char    *tag,
                        GError       **error)
{
  RapportBulkChange *change = bulk_change_new (BULK_TAG);
  g_autofree char *folded = NULL;
  g_autofree char *name = g_strstrip (g_strdup (tag ? tag : ""));

  if (*name == '\0')
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID, _("A tag needs a name."));
      return fail (self, change);
    }
  if (!rapport_store_check_text (name, error))
    return fail (self, change);
  folded = fold_tag (name);
  change->tag = g_steal_pointer (&name);

  if (!begin (self, ids, error) ||
      !run_with_text (self, "DELETE FROM temp.bulk_target WHERE id IN (SELECT ct.contact_id FROM contact_tag ct "
                            "JOIN tag t ON t.id = ct.tag_id WHERE t.folded = ?1)",
                      folded, error) ||
      !keep_targets (self, change, error) ||
      !add_tag (self, change->tag, folded, error) ||
      !tag_targets (self, folded, FALSE, error) ||
      !touch_targets (self, error) ||
      !index_targets (self, error))
    return fail (self, change);

  return commit (self, change, error);
}

/**
 * rapport_store_bulk_untag:
 * @ids: (element-type gint64): the people
 * @tag: the tag to take away (any case)
 *
 * Takes @tag from each of @ids who has it, in one transaction.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
RapportBulkChange *
rapport_store_bulk_untag (RapportStore  *self,
                          GArray        *ids,
                          const char    *tag,
                          GError       **error)
{
  RapportBulkChange *change = bulk_change_new (BULK_UNTAG);
  g_autofree char *folded = fold_tag (tag ? tag : "");
  sqlite3_stmt *stmt;
  int rc;

  if (!begin (self, ids, error) ||
      !run_with_text (self, "DELETE FROM temp.bulk_target WHERE id NOT IN (SELECT ct.contact_id FROM contact_tag ct "
                            "JOIN tag t ON t.id = ct.tag_id WHERE t.folded = ?1)",
                      folded, error) ||
      !run_with_text (self, "UPDATE temp.bulk_target SET value = (SELECT ct.position FROM contact_tag ct "
                            "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = bulk_target.id "
                            "AND t.folded = ?1)",
                      folded, error) ||
      !keep_targets (self, change, error))
    return fail (self, change);

  /* Its spelling, to give it back as it was. */
  stmt = rapport_store_prepare (self, "SELECT name FROM tag WHERE folded = ?1", error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    change->tag = g_strdup (rapport_store_column_text (stmt, 0));
  else
    change->tag = g_strdup (tag ? tag : "");
  if (!rapport_store_finish_reading (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return fail (self, change);

  if (!untag_targets (self, folded, error) || !touch_targets (self, error) || !index_targets (self, error))
    return fail (self, change);

  return commit (self, change, error);
}

/**
 * rapport_store_bulk_set_closeness:
 * @ids: (element-type gint64): the people
 *
 * Sets how close each of @ids is, in one transaction.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
RapportBulkChange *
rapport_store_bulk_set_closeness (RapportStore      *self,
                                  GArray            *ids,
                                  RapportCloseness   closeness,
                                  GError           **error)
{
  RapportBulkChange *change = bulk_change_new (BULK_CLOSENESS);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (closeness <= RAPPORT_CLOSENESS_ONLINE_ONLY, fail (self, change));

  change->value = closeness;
  if (!begin (self, ids, error))
    return fail (self, change);

  stmt = rapport_store_prepare (self, "DELETE FROM temp.bulk_target WHERE id IN "
                                      "(SELECT id FROM contact WHERE closeness = ?1)",
                                error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_int (stmt, 1, closeness);
  if (!rapport_store_step_done (self, stmt, error) ||
      !run (self, "UPDATE temp.bulk_target SET value = (SELECT closeness FROM contact WHERE id = bulk_target.id)",
            error) ||
      !keep_targets (self, change, error))
    return fail (self, change);

  stmt = rapport_store_prepare (self, "UPDATE contact SET closeness = ?1 WHERE id IN "
                                      "(SELECT id FROM temp.bulk_target)",
                                error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_int (stmt, 1, closeness);
  if (!rapport_store_step_done (self, stmt, error) || !touch_targets (self, error))
    return fail (self, change);

  return commit (self, change, error);
}

/* Archived or trashed (@column), for the people in temp.bulk_target. */
static gboolean
set_flag (RapportStore  *self,
          const char    *column,
          gboolean       value,
          GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE contact SET %s = ?1 WHERE id IN "
                                          "(SELECT id FROM temp.bulk_target)",
                                          column);
  sqlite3_stmt *stmt = rapport_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, value);
  return rapport_store_step_done (self, stmt, error);
}

/**
 * rapport_store_bulk_set_archived:
 * @ids: (element-type gint64): the people
 *
 * Archives @ids (or, with @archived %FALSE, takes them out of the archive),
 * in one transaction.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
RapportBulkChange *
rapport_store_bulk_set_archived (RapportStore  *self,
                                 GArray        *ids,
                                 gboolean       archived,
                                 GError       **error)
{
  RapportBulkChange *change = bulk_change_new (BULK_ARCHIVED);
  sqlite3_stmt *stmt;

  change->value = !!archived;
  if (!begin (self, ids, error))
    return fail (self, change);

  stmt = rapport_store_prepare (self, "DELETE FROM temp.bulk_target WHERE id IN "
                                      "(SELECT id FROM contact WHERE archived = ?1)",
                                error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_int (stmt, 1, change->value);
  if (!rapport_store_step_done (self, stmt, error) ||
      !keep_targets (self, change, error) ||
      !set_flag (self, "archived", change->value, error) ||
      !touch_targets (self, error))
    return fail (self, change);

  return commit (self, change, error);
}

/**
 * rapport_store_bulk_trash:
 * @ids: (element-type gint64): the people
 *
 * Deletes @ids so that it can be undone (as rapport_store_trash_contact()
 * does one person), in one transaction.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
RapportBulkChange *
rapport_store_bulk_trash (RapportStore  *self,
                          GArray        *ids,
                          GError       **error)
{
  RapportBulkChange *change = bulk_change_new (BULK_TRASH);

  if (!begin (self, ids, error) ||
      !keep_targets (self, change, error) ||
      !set_flag (self, "deleted", TRUE, error))
    return fail (self, change);

  return commit (self, change, error);
}

/**
 * rapport_store_bulk_add_attendees:
 * @ids: (element-type gint64): the people, in the order they are listed
 * @event_id: the event
 *
 * Adds each of @ids who is not yet among the event's attendees, after
 * them, in one transaction.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
RapportBulkChange *
rapport_store_bulk_add_attendees (RapportStore  *self,
                                  GArray        *ids,
                                  gint64         event_id,
                                  GError       **error)
{
  RapportBulkChange *change = bulk_change_new (BULK_ATTEND);
  sqlite3_stmt *stmt;
  gboolean found;
  int rc;

  change->event_id = event_id;
  if (!begin (self, ids, error))
    return fail (self, change);

  stmt = rapport_store_prepare (self, "SELECT 1 FROM event WHERE id = ?1", error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_int64 (stmt, 1, event_id);
  found = (rc = sqlite3_step (stmt)) == SQLITE_ROW;
  if (!rapport_store_finish_reading (self, stmt, found ? SQLITE_DONE : rc, error))
    return fail (self, change);
  if (!found)
    {
      rapport_store_set_not_found (error, _("The event is no longer in Rapport."));
      return fail (self, change);
    }

  stmt = rapport_store_prepare (self, "DELETE FROM temp.bulk_target WHERE id IN "
                                      "(SELECT contact_id FROM event_attendee WHERE event_id = ?1)",
                                error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!rapport_store_step_done (self, stmt, error) || !keep_targets (self, change, error))
    return fail (self, change);

  stmt = rapport_store_prepare (self, "INSERT INTO event_attendee (event_id, contact_id, goal, position) "
                                      "SELECT ?1, id, '', (SELECT coalesce (max (position) + 1, 0) "
                                      "FROM event_attendee WHERE event_id = ?1) + row_number () OVER (ORDER BY ord) - 1 "
                                      "FROM temp.bulk_target ORDER BY ord",
                                error);
  if (stmt == NULL)
    return fail (self, change);
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!rapport_store_step_done (self, stmt, error))
    return fail (self, change);

  return commit (self, change, error);
}

/**
 * rapport_store_bulk_undo:
 * @change: what a rapport_store_bulk_*() call changed
 *
 * Puts back what @change changed, as it was, in one transaction. Done
 * once; undoing again does nothing.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_bulk_undo (RapportStore       *self,
                         RapportBulkChange  *change,
                         GError            **error)
{
  g_autofree char *folded = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (!rapport_store_in_batch (self), FALSE);

  if (change->undone)
    return TRUE;

  if (!rapport_store_begin (self, error))
    return FALSE;
  /* Everyone changed, even one in the trash since: an Undo of a delete
   * brings them back from it. */
  if (!rapport_store_exec (self, "CREATE TEMP TABLE IF NOT EXISTS bulk_target "
                                 "(id INTEGER PRIMARY KEY, ord INTEGER NOT NULL, value INTEGER)",
                           error) ||
      !run (self, "DELETE FROM temp.bulk_target", error))
    goto out;
  stmt = rapport_store_prepare (self, "INSERT OR IGNORE INTO temp.bulk_target (id, ord, value) "
                                      "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM contact WHERE id = ?1)",
                                error);
  if (stmt == NULL)
    goto out;
  for (guint i = 0; i < change->ids->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (change->ids, gint64, i));
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int (stmt, 3, g_array_index (change->old_values, int, i));
      if (!rapport_store_step_done (self, stmt, error))
        goto out;
    }

  switch (change->kind)
    {
    case BULK_TAG:
      folded = fold_tag (change->tag);
      ok = untag_targets (self, folded, error) && touch_targets (self, error) && index_targets (self, error);
      break;
    case BULK_UNTAG:
      folded = fold_tag (change->tag);
      ok = add_tag (self, change->tag, folded, error) && tag_targets (self, folded, TRUE, error) &&
           touch_targets (self, error) && index_targets (self, error);
      break;
    case BULK_CLOSENESS:
      ok = run (self, "UPDATE contact SET closeness = b.value FROM temp.bulk_target b WHERE contact.id = b.id",
                error) &&
           touch_targets (self, error);
      break;
    case BULK_ARCHIVED:
      ok = set_flag (self, "archived", !change->value, error) && touch_targets (self, error);
      break;
    case BULK_TRASH:
      ok = set_flag (self, "deleted", FALSE, error);
      break;
    case BULK_ATTEND:
      stmt = rapport_store_prepare (self, "DELETE FROM event_attendee WHERE event_id = ?1 "
                                          "AND contact_id IN (SELECT id FROM temp.bulk_target)",
                                    error);
      if (stmt == NULL)
        break;
      sqlite3_bind_int64 (stmt, 1, change->event_id);
      ok = rapport_store_step_done (self, stmt, error);
      break;
    default:
      g_assert_not_reached ();
    }

out:
  if (!ok || !rapport_store_commit (self, error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }

  change->undone = TRUE;
  announce (self, change);
  return TRUE;
}
