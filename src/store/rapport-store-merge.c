/* rapport-store-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Same person": folding one person into another — what they have brought
 * in as an import would (blanks filled, nothing overwritten), their
 * interactions and events shared, and then the person put in the trash —
 * remembered as a RapportMerge so that Undo takes it back exactly, from a
 * toast or with the import it was made from.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include "rapport-store-private.h"

/* What @from_id has and @into_id has not: the rows a merge adds, as
 * RapportMerge keeps them. ?1 is the row (or the other person, for a
 * dismissal), ?2 the person who stays, ?3 the one folded in. */
static const struct
{
  const char *missing;
  const char *copy;
  const char *remove;
} shares[RAPPORT_MERGE_N_SHARES] = {
  { "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?1 "
    "AND interaction_id NOT IN (SELECT interaction_id FROM interaction_contact WHERE contact_id = ?2)",
    "INSERT INTO interaction_contact (contact_id, interaction_id) VALUES (?2, ?1)",
    "DELETE FROM interaction_contact WHERE contact_id = ?2 AND interaction_id = ?1" },
  { "SELECT event_id FROM event_attendee WHERE contact_id = ?1 "
    "AND event_id NOT IN (SELECT event_id FROM event_attendee WHERE contact_id = ?2)",
    "INSERT INTO event_attendee (event_id, contact_id, position, goal) "
    "SELECT event_id, ?2, position, goal FROM event_attendee WHERE event_id = ?1 AND contact_id = ?3",
    "DELETE FROM event_attendee WHERE contact_id = ?2 AND event_id = ?1" },
  /* Links: the same link, with the person who stays in place of the other
   * (none to the person who stays, none they already have either way). */
  { "SELECT l.id FROM contact_link l WHERE (l.from_id = ?1 OR l.to_id = ?1) "
    "AND ?2 NOT IN (l.from_id, l.to_id) "
    "AND NOT EXISTS (SELECT 1 FROM contact_link n WHERE n.kind = l.kind "
    "  AND ((n.from_id = ?2 AND n.to_id = l.from_id + l.to_id - ?1) "
    "    OR (n.to_id = ?2 AND n.from_id = l.from_id + l.to_id - ?1)))",
    "INSERT INTO contact_link (from_id, to_id, kind, created_at) "
    "SELECT CASE from_id WHEN ?3 THEN ?2 ELSE from_id END, CASE to_id WHEN ?3 THEN ?2 ELSE to_id END, "
    "kind, created_at FROM contact_link WHERE id = ?1",
    "DELETE FROM contact_link WHERE id IN (SELECT n.id FROM contact_link o JOIN contact_link n "
    "ON n.kind = o.kind AND n.from_id = CASE o.from_id WHEN ?3 THEN ?2 ELSE o.from_id END "
    "AND n.to_id = CASE o.to_id WHEN ?3 THEN ?2 ELSE o.to_id END WHERE o.id = ?1)" },
  /* Suggestions dismissed for the person folded in, by helper. */
  { "SELECT helper_id FROM introduction_dismissal WHERE contact_id = ?1 AND helper_id != ?2 "
    "AND helper_id NOT IN (SELECT helper_id FROM introduction_dismissal WHERE contact_id = ?2)",
    "INSERT INTO introduction_dismissal (contact_id, helper_id, dismissed_at) "
    "SELECT ?2, ?1, dismissed_at FROM introduction_dismissal WHERE contact_id = ?3 AND helper_id = ?1",
    "DELETE FROM introduction_dismissal WHERE contact_id = ?2 AND helper_id = ?1" },
  /* The person folded in, dismissed as a helper, by whom they would help. */
  { "SELECT contact_id FROM introduction_dismissal WHERE helper_id = ?1 AND contact_id != ?2 "
    "AND contact_id NOT IN (SELECT contact_id FROM introduction_dismissal WHERE helper_id = ?2)",
    "INSERT INTO introduction_dismissal (contact_id, helper_id, dismissed_at) "
    "SELECT ?1, ?2, dismissed_at FROM introduction_dismissal WHERE contact_id = ?1 AND helper_id = ?3",
    "DELETE FROM introduction_dismissal WHERE contact_id = ?1 AND helper_id = ?2" },
};

static gboolean
share_rows (RapportStore  *self,
            guint          which,
            gint64         from_id,
            gint64         into_id,
            GArray        *added,
            GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  stmt = rapport_store_prepare (self, shares[which].missing, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from_id);
  sqlite3_bind_int64 (stmt, 2, into_id);
  if (!(ids = rapport_store_query_ids (self, stmt, error)))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (!(stmt = rapport_store_prepare (self, shares[which].copy, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, into_id);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_int64 (stmt, 3, from_id);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
      g_array_append_val (added, id);
    }
  return TRUE;
}

static gboolean
unshare_rows (RapportStore  *self,
              guint          which,
              gint64         from_id,
              gint64         into_id,
              GArray        *added,
              GError       **error)
{
  for (guint i = 0; i < added->len; i++)
    {
      sqlite3_stmt *stmt = rapport_store_prepare (self, shares[which].remove, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (added, gint64, i));
      sqlite3_bind_int64 (stmt, 2, into_id);
      if (sqlite3_bind_parameter_count (stmt) >= 3)
        sqlite3_bind_int64 (stmt, 3, from_id);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
begin_unless_batch (RapportStore  *self,
                    gboolean      *own,
                    GError       **error)
{
  *own = !rapport_store_in_batch (self);
  return !*own || rapport_store_begin_batch (self, error);
}

/**
 * rapport_store_merge:
 * @from_id: a person to fold into another (an import's possible duplicate)
 * @into_id: the person who stays
 *
 * Brings what @from_id has into @into_id as an import would (blanks
 * filled, new details added, nothing overwritten), shares @from_id's
 * interactions and events with @into_id, and puts @from_id in the trash.
 *
 * Returns: (transfer full) (nullable): the merge, for rapport_store_unmerge();
 *   %NULL on failure, with nothing changed
 */
RapportMerge *
rapport_store_merge (RapportStore  *self,
                     gint64         from_id,
                     gint64         into_id,
                     GError       **error)
{
  g_autoptr(RapportContact) from = NULL;
  g_autoptr(RapportContact) into = NULL;
  g_autoptr(RapportContactMerge) changes = NULL;
  g_autoptr(RapportMerge) merge = NULL;
  gboolean own;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (from_id != into_id, NULL);

  if (!(from = rapport_store_get_contact (self, from_id, error)) ||
      !(into = rapport_store_get_contact (self, into_id, error)))
    return NULL;

  if (!begin_unless_batch (self, &own, error))
    return NULL;
  changes = rapport_contact_merge (into, from);
  if (changes != NULL && !rapport_store_save_contact (self, into, error))
    goto failed;
  merge = rapport_merge_new (from_id, into_id, changes);
  for (guint which = 0; which < RAPPORT_MERGE_N_SHARES; which++)
    if (!share_rows (self, which, from_id, into_id, rapport_merge_get_shared (merge, which), error))
      goto failed;
  if (rapport_merge_get_interactions (merge)->len > 0)
    rapport_store_emit_changed (self, RAPPORT_RECORD_INTERACTION, 0, RAPPORT_CHANGE_UPDATED);
  if (rapport_merge_get_events (merge)->len > 0)
    rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, 0, RAPPORT_CHANGE_UPDATED);
  rapport_store_defer_contact (self, into_id);
  if (!rapport_store_trash_contact (self, from_id, error))
    goto failed;
  if (own && !rapport_store_commit_batch (self, error))
    return NULL;
  return g_steal_pointer (&merge);

failed:
  if (own)
    rapport_store_cancel_batch (self);
  return NULL;
}

/**
 * rapport_store_unmerge:
 * @merge: what rapport_store_merge() did
 *
 * Takes a merge back: the person who stayed loses what it brought in
 * (where nobody changed it since) and the interactions and events it
 * shared, and the other person comes back from the trash.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_unmerge (RapportStore  *self,
                       RapportMerge  *merge,
                       GError       **error)
{
  g_autoptr(RapportContact) into = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 into_id, from_id;
  gboolean own;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_MERGE (merge), FALSE);

  into_id = rapport_merge_get_into_id (merge);
  from_id = rapport_merge_get_from_id (merge);
  if (!begin_unless_batch (self, &own, error))
    return FALSE;

  /* The person who stayed may have been deleted since: nothing to take back. */
  into = rapport_store_get_contact (self, into_id, NULL);
  if (into != NULL && rapport_merge_get_changes (merge) != NULL &&
      rapport_contact_merge_undo (rapport_merge_get_changes (merge), into) &&
      !rapport_store_save_contact (self, into, error))
    goto failed;
  for (guint which = 0; which < RAPPORT_MERGE_N_SHARES; which++)
    if (!unshare_rows (self, which, from_id, into_id, rapport_merge_get_shared (merge, which), error))
      goto failed;
  if (rapport_merge_get_interactions (merge)->len > 0)
    rapport_store_emit_changed (self, RAPPORT_RECORD_INTERACTION, 0, RAPPORT_CHANGE_UPDATED);
  if (rapport_merge_get_events (merge)->len > 0)
    rapport_store_emit_changed (self, RAPPORT_RECORD_EVENT, 0, RAPPORT_CHANGE_UPDATED);
  if (into != NULL)
    rapport_store_defer_contact (self, into_id);

  if (!rapport_store_restore_contact (self, from_id, &local_error) &&
      !g_error_matches (local_error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  rapport_store_defer_contact (self, from_id);

  return !own || rapport_store_commit_batch (self, error);

failed:
  if (own)
    rapport_store_cancel_batch (self);
  return FALSE;
}

/**
 * rapport_store_merge_into:
 * @from_id: a person to fold into another
 * @into_id: the person who stays
 *
 * rapport_store_merge(), for a caller that will not undo it.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_merge_into (RapportStore  *self,
                          gint64         from_id,
                          gint64         into_id,
                          GError       **error)
{
  g_autoptr(RapportMerge) merge = rapport_store_merge (self, from_id, into_id, error);

  return merge != NULL;
}
