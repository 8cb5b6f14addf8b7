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

#include "rapport-duplicate.h"
#include "rapport-store-private.h"

/* What @from_id has and @into_id has not: the rows a merge adds, as
 * RapportMerge keeps them. ?1 is the row (or the other person, for a
 * dismissal), ?2 the person who stays, ?3 the one folded in. */
static const struct
{
  const char *missing;
  const char *copy;
  const char *remove;
} shares[] = {
  { "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?1 "
    "AND interaction_id NOT IN (SELECT interaction_id FROM interaction_contact WHERE contact_id = ?2)",
    "INSERT INTO interaction_contact (contact_id, interaction_id) VALUES (?2, ?1)",
    "DELETE FROM interaction_contact WHERE contact_id = ?2 AND interaction_id = ?1" },
  { "SELECT event_id FROM event_attendee WHERE contact_id = ?1 "
    "AND event_id NOT IN (SELECT event_id FROM event_attendee WHERE contact_id = ?2)",
    "INSERT INTO event_attendee (event_id, contact_id, position, goal) "
    "SELECT event_id, ?2, position, goal FROM event_attendee WHERE event_id = ?1 AND contact_id = ?3",
    "DELETE FROM event_attendee WHERE contact_id = ?2 AND event_id = ?1" },
  /* Moved: the links to other people, each the same link with the person
   * who stays in place of the other (none to the person who stays, none
   * they already have either way). */
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
  /* Who is not to be suggested, moved too: the helpers never to suggest
   * for them, the people they are never to be suggested for, and the
   * people they are not the same as. */
  { "SELECT helper_id FROM introduction_dismissal WHERE contact_id = ?1 AND helper_id <> ?2 "
    "AND helper_id NOT IN (SELECT helper_id FROM introduction_dismissal WHERE contact_id = ?2)",
    "INSERT INTO introduction_dismissal (contact_id, helper_id, dismissed_at) "
    "SELECT ?2, helper_id, dismissed_at FROM introduction_dismissal WHERE contact_id = ?3 AND helper_id = ?1",
    "DELETE FROM introduction_dismissal WHERE contact_id = ?2 AND helper_id = ?1" },
  { "SELECT contact_id FROM introduction_dismissal WHERE helper_id = ?1 AND contact_id <> ?2 "
    "AND contact_id NOT IN (SELECT contact_id FROM introduction_dismissal WHERE helper_id = ?2)",
    "INSERT INTO introduction_dismissal (contact_id, helper_id, dismissed_at) "
    "SELECT contact_id, ?2, dismissed_at FROM introduction_dismissal WHERE contact_id = ?1 AND helper_id = ?3",
    "DELETE FROM introduction_dismissal WHERE contact_id = ?1 AND helper_id = ?2" },
  { "SELECT other FROM (SELECT CASE WHEN contact_id = ?1 THEN other_id ELSE contact_id END AS other "
    "FROM duplicate_dismissal WHERE contact_id = ?1 OR other_id = ?1) "
    "WHERE other <> ?2 AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d "
    "WHERE d.contact_id = min (other, ?2) AND d.other_id = max (other, ?2))",
    "INSERT INTO duplicate_dismissal (contact_id, other_id, dismissed_at) "
    "SELECT min (?1, ?2), max (?1, ?2), dismissed_at FROM duplicate_dismissal "
    "WHERE contact_id = min (?1, ?3) AND other_id = max (?1, ?3)",
    "DELETE FROM duplicate_dismissal WHERE contact_id = min (?1, ?2) AND other_id = max (?1, ?2)" },
  /* The contacts of address books they are linked with go with them: a
   * contact is one person's, so the link itself moves, and moves back. */
  { "SELECT id FROM address_book_link WHERE contact_id = ?1",
    "UPDATE address_book_link SET contact_id = ?2 WHERE id = ?1",
    "UPDATE address_book_link SET contact_id = ?3 WHERE id = ?1 AND contact_id = ?2" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (shares) == 2 + RAPPORT_MERGE_N_MOVED);

static GArray *
shared_rows (RapportMerge *merge,
             guint         which)
{
  if (which == 0)
    return rapport_merge_get_interactions (merge);
  if (which == 1)
    return rapport_merge_get_events (merge);
  return rapport_merge_get_moved (merge, which - 2);
}

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

/* Gives @into @from's value of each of @from_wins, remembering in @replaced
 * (property name, value before, value after) what changed. */
static void
replace_values (RapportContact     *into,
                RapportContact     *from,
                const char * const *from_wins,
                GPtrArray          *replaced)
{
  for (guint i = 0; from_wins != NULL && from_wins[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (into), from_wins[i]);
      GValue *before, *after;

      g_return_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE) != 0);
      before = g_new0 (GValue, 1);
      after = g_new0 (GValue, 1);
      g_object_get_property (G_OBJECT (into), from_wins[i], before);
      g_object_get_property (G_OBJECT (from), from_wins[i], after);
      g_ptr_array_add (replaced, (gpointer) from_wins[i]);
      g_ptr_array_add (replaced, before);
      g_ptr_array_add (replaced, after);
      g_object_set_property (G_OBJECT (into), from_wins[i], after);
    }
}

static void
value_free (gpointer data)
{
  if (data == NULL)
    return;
  g_value_unset (data);
  g_free (data);
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
  return rapport_store_merge_choosing (self, from_id, into_id, NULL, error);
}

/**
 * rapport_store_merge_choosing:
 * @from_id: a person to fold into another
 * @into_id: the person who stays
 * @from_wins: (nullable) (array zero-terminated=1): the properties of
 *   #RapportContact whose value is @from_id's, where @into_id has another
 *
 * rapport_store_merge(), with the values the user chose from @from_id
 * (Find Duplicates shows both people side by side): those replace
 * @into_id's, the rest is brought in as an import would; also moves who
 * not to suggest, for introductions and as duplicates.
 *
 * Returns: (transfer full) (nullable): the merge, for rapport_store_unmerge();
 *   %NULL on failure, with nothing changed
 */
RapportMerge *
rapport_store_merge_choosing (RapportStore        *self,
                              gint64               from_id,
                              gint64               into_id,
                              const char * const  *from_wins,
                              GError             **error)
{
  g_autoptr(RapportContact) from = NULL;
  g_autoptr(RapportContact) into = NULL;
  g_autoptr(RapportContactMerge) changes = NULL;
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(GPtrArray) replaced = g_ptr_array_new_with_free_func (NULL);
  gboolean own;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (from_id != into_id, NULL);

  if (!(from = rapport_store_get_contact (self, from_id, error)) ||
      !(into = rapport_store_get_contact (self, into_id, error)))
    return NULL;

  if (!begin_unless_batch (self, &own, error))
    return NULL;
  replace_values (into, from, from_wins, replaced);
  changes = rapport_contact_merge (into, from);
  merge = rapport_merge_new (from_id, into_id, changes);
  for (guint i = 0; i + 2 < replaced->len; i += 3)
    {
      rapport_merge_add_replaced (merge, g_ptr_array_index (replaced, i), g_ptr_array_index (replaced, i + 1),
                                  g_ptr_array_index (replaced, i + 2));
      value_free (g_ptr_array_index (replaced, i + 1));
      value_free (g_ptr_array_index (replaced, i + 2));
    }
  if ((changes != NULL || replaced->len > 0) && !rapport_store_save_contact (self, into, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    if (!share_rows (self, i, from_id, into_id, shared_rows (merge, i), error))
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
  /* The live object was changed in place: read it again as it is. */
  rapport_store_reload_contact (self, into);
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
  if (into != NULL)
    {
      gboolean changed = FALSE;

      if (rapport_merge_get_changes (merge) != NULL)
        changed = rapport_contact_merge_undo (rapport_merge_get_changes (merge), into);
      /* After the blanks filled are blank again: a replaced value comes back whole. */
      changed |= rapport_merge_undo_replaced (merge, into);
      if (changed && !rapport_store_save_contact (self, into, error))
        goto failed;
    }
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    if (!unshare_rows (self, i, from_id, into_id, shared_rows (merge, i), error))
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
