/* rapport-store-links.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who knows whom: typed links between two people (introduced by, works
 * with, family, partner, mentor, friend of), one row each, read from
 * either side. A person in the trash keeps their links, so that Undo
 * brings them back; the other side simply does not show them meanwhile.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/* Works with, family, partner and friend of read the same both ways. */
static gboolean
kind_is_mutual (RapportLinkKind kind)
{
  return kind != RAPPORT_LINK_INTRODUCED_BY && kind != RAPPORT_LINK_MENTOR;
}

static gboolean
refresh_both (RapportStore  *self,
              gint64         contact_id,
              gint64         other_id,
              GError       **error)
{
  /* The linked names are in each other's search row. */
  return rapport_store_refresh_search (self, contact_id, error) &&
         rapport_store_refresh_search (self, other_id, error);
}

/**
 * rapport_store_link_contacts:
 * @contact_id: the person whose page the link is set from
 * @other_id: the person they are linked to
 * @kind: how they know each other
 * @outgoing: whether @contact_id stands first in @kind (was introduced by
 *   @other_id, mentors @other_id); ignored for mutual kinds
 *
 * Links two people. Linking them the same way again changes nothing.
 *
 * Returns: the link's id; 0 with @error set on failure, with nothing saved
 */
gint64
rapport_store_link_contacts (RapportStore     *self,
                             gint64            contact_id,
                             gint64            other_id,
                             RapportLinkKind   kind,
                             gboolean          outgoing,
                             GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  gint64 from_id = outgoing || kind_is_mutual (kind) ? contact_id : other_id;
  gint64 to_id = from_id == contact_id ? other_id : contact_id;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), 0);
  g_return_val_if_fail (kind <= RAPPORT_LINK_KIND_LAST, 0);

  if (contact_id == other_id)
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           _("A person cannot be linked to themselves."));
      return 0;
    }

  if (!rapport_store_begin (self, error))
    return 0;

  /* A mutual link already made from the other side is the same link. */
  stmt = rapport_store_prepare (self,
                                "SELECT id FROM contact_link WHERE kind = ?3 AND "
                                "((from_id = ?1 AND to_id = ?2) OR (?4 AND from_id = ?2 AND to_id = ?1))",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, from_id);
  sqlite3_bind_int64 (stmt, 2, to_id);
  sqlite3_bind_int (stmt, 3, kind);
  sqlite3_bind_int (stmt, 4, kind_is_mutual (kind));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    {
      rapport_store_rollback (self);
      return id;
    }

  stmt = rapport_store_prepare (self,
                                "INSERT INTO contact_link (from_id, to_id, kind, created_at) "
                                "SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM contact WHERE id = ?1 AND deleted = 0) "
                                "AND EXISTS (SELECT 1 FROM contact WHERE id = ?2 AND deleted = 0)",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, from_id);
  sqlite3_bind_int64 (stmt, 2, to_id);
  sqlite3_bind_int (stmt, 3, kind);
  sqlite3_bind_text (stmt, 4, now_text, -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This person is no longer in Rapport."));
      goto failed;
    }
  id = sqlite3_last_insert_rowid (rapport_store_get_db (self));
  if (!refresh_both (self, contact_id, other_id, error) || !rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, contact_id, RAPPORT_CHANGE_UPDATED);
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, other_id, RAPPORT_CHANGE_UPDATED);
  return id;

failed:
  rapport_store_rollback (self);
  return 0;
}

/**
 * rapport_store_unlink_contacts:
 * @link_id: a link from rapport_store_link_contacts()
 *
 * Takes a link away, from both people.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_unlink_contacts (RapportStore  *self,
                               gint64         link_id,
                               GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 from_id, to_id;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  stmt = rapport_store_prepare (self, "DELETE FROM contact_link WHERE id = ?1 RETURNING from_id, to_id", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, link_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      rapport_store_set_not_found (error, _("These two people are no longer linked."));
      goto failed;
    }
  from_id = sqlite3_column_int64 (stmt, 0);
  to_id = sqlite3_column_int64 (stmt, 1);
  if (!rapport_store_step_done (self, stmt, error) || !refresh_both (self, from_id, to_id, error) ||
      !rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, from_id, RAPPORT_CHANGE_UPDATED);
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, to_id, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_list_links:
 * @contact_id: whose links
 *
 * Everyone @contact_id is linked to, as @contact_id sees it: by kind, then
 * name. Not those in the trash.
 *
 * Returns: (transfer full) (element-type RapportContactLink): the links,
 *   perhaps none; %NULL with @error set on failure
 */
GPtrArray *
rapport_store_list_links (RapportStore  *self,
                          gint64         contact_id,
                          GError       **error)
{
  g_autoptr(GPtrArray) links = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self,
                                "SELECT l.id, l.kind, l.from_id = ?1, c.id, c." RAPPORT_SQL_NAME_COLUMNS " "
                                "FROM contact_link l JOIN contact c "
                                "ON c.id = CASE WHEN l.from_id = ?1 THEN l.to_id ELSE l.from_id END "
                                "WHERE (l.from_id = ?1 OR l.to_id = ?1) AND c.deleted = 0 "
                                "ORDER BY l.kind, c.sort_key, c.id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  links = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_contact_link_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RapportContactLink *link = g_new0 (RapportContactLink, 1);

      link->id = sqlite3_column_int64 (stmt, 0);
      link->kind = (RapportLinkKind) sqlite3_column_int (stmt, 1);
      link->outgoing = sqlite3_column_int (stmt, 2) != 0;
      link->other_id = sqlite3_column_int64 (stmt, 3);
      link->other_name = rapport_store_column_name (stmt, 4);
      g_ptr_array_add (links, link);
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&links);
}
