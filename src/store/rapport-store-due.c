/* rapport-store-due.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who is due to be got back to: the Due list, its count, and snoozing
 * someone. The due dates themselves are derived by triggers (schema step
 * 2); a snooze postpones them (step 6).
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"

/**
 * rapport_store_snooze_contact:
 * @until: (nullable): the day the person is due again, or %NULL to end a
 *   snooze
 *
 * Keeps a person out of the Due list until @until ("snooze a week"). Being
 * in touch since moves their due date past it, so a snooze never hides a
 * later one.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_snooze_contact (RapportStore  *self,
                              gint64         id,
                              const GDate   *until,
                              GError       **error)
{
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (until == NULL || g_date_valid (until), FALSE);

  if (until != NULL)
    text = rapport_store_format_date (until);

  if (!rapport_store_begin (self, error))
    return FALSE;
  stmt = rapport_store_prepare (self, "UPDATE contact SET snoozed_until = ?2 WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  rapport_store_bind_text_or_null (stmt, 2, text);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This person is no longer in Rapport."));
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_refresh_derived (self, id);
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, id, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_list_due:
 * @today: the day to be due by
 *
 * The people to get back to: their keep-in-touch cadence has passed or a
 * follow-up's day has come, and they are not snoozed. Oldest first, as the
 * Due list shows them.
 *
 * Returns: (transfer full) (element-type gint64): their ids, or %NULL
 */
GArray *
rapport_store_list_due (RapportStore  *self,
                        const GDate   *today,
                        GError       **error)
{
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  stmt = rapport_store_prepare (self,
                                "SELECT id FROM contact "
                                "WHERE archived = 0 AND deleted = 0 AND " RAPPORT_SQL_DUE_BY_TODAY " "
                                "AND (snoozed_until IS NULL OR snoozed_until <= ?1) "
                                "ORDER BY coalesce (due_on, '9999-12-31'), sort_key, id", error);
  if (stmt == NULL)
    return NULL;
  text = rapport_store_format_date (today);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);

  return rapport_store_query_ids (self, stmt, error);
}

/**
 * rapport_store_count_due:
 * @today: the day to be due by
 *
 * Returns: how many people rapport_store_list_due() would list, without
 *   listing them (for the badge)
 */
guint
rapport_store_count_due (RapportStore  *self,
                         const GDate   *today,
                         GError       **error)
{
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  stmt = rapport_store_prepare (self,
                                "SELECT count(*) FROM contact "
                                "WHERE archived = 0 AND deleted = 0 AND " RAPPORT_SQL_DUE_BY_TODAY " "
                                "AND (snoozed_until IS NULL OR snoozed_until <= ?1)", error);
  if (stmt == NULL)
    return 0;
  text = rapport_store_format_date (today);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  rapport_store_finish_reading (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error);
  return count;
}

/**
 * rapport_store_get_due_follow_up:
 * @contact_id: a person
 *
 * The interaction whose follow-up a person is due for: the one that set
 * their follow-up date (the latest with a follow-up, as the triggers of
 * schema step 2 choose it), when that date is their due date. The Due list
 * asks it of its rows only, to say what the follow-up is about.
 *
 * Returns: (transfer full) (nullable): the interaction, or %NULL when the
 *   person is not due for a follow-up, or with @error set on failure
 */
RapportInteraction *
rapport_store_get_due_follow_up (RapportStore  *self,
                                 gint64         contact_id,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self,
                                "SELECT i.id FROM contact c "
                                "JOIN interaction_contact ic ON ic.contact_id = c.id "
                                "JOIN interaction i ON i.id = ic.interaction_id AND i.follow_up_on IS NOT NULL "
                                "WHERE c.id = ?1 AND c.deleted = 0 AND c.due_on = c.follow_up_on "
                                "ORDER BY i.happened_on DESC, coalesce (i.happened_time, '') DESC, i.id DESC "
                                "LIMIT 1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  /* The latest with a follow-up; it is the one due only if its date is
   * the person's (none is when they were in touch since). */
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (!rapport_store_finish_reading (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return NULL;
  if (id == 0)
    return NULL;
  return rapport_store_get_interaction (self, id, error);
}
