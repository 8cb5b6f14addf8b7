/* rapport-store-interactions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Interactions in the store: what happened, with whom. Saving one rewrites
 * the search rows of everyone it was (or is now) with; the triggers move
 * their "last contacted" and "due" dates.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rapport-store-private.h"

static gboolean
load_interaction_into (RapportStore        *self,
                       RapportInteraction  *interaction,
                       gint64               id,
                       GError             **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GArray) contact_ids = NULL;
  GDate date, follow_up;
  guint hours, minutes;
  int rc;

  /* Older steps, opened by the tests, have no introduction table. */
  if (rapport_store_get_schema_version (self) >= 12)
    stmt = rapport_store_prepare (self,
                                  "SELECT i.kind, i.happened_on, i.happened_time, i.summary, i.details, "
                                  "i.follow_up_on, n.how, n.outcome "
                                  "FROM interaction i LEFT JOIN introduction n ON n.interaction_id = i.id "
                                  "WHERE i.id = ?1",
                                  error);
  else
    stmt = rapport_store_prepare (self,
                                  "SELECT kind, happened_on, happened_time, summary, details, follow_up_on, 0, 0 "
                                  "FROM interaction WHERE id = ?1",
                                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return rapport_store_set_not_found (error, _("This interaction is no longer in Rapport."));
      rapport_store_set_sqlite_error (self, error);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (interaction));
  rapport_interaction_set_id (interaction, id);
  rapport_interaction_set_kind (interaction, CLAMP (sqlite3_column_int (stmt, 0), 0,
                                                    RAPPORT_INTERACTION_KIND_LAST));
  if (rapport_store_parse_date (rapport_store_column_text (stmt, 1), &date))
    rapport_interaction_set_date (interaction, &date);
  if (sscanf (rapport_store_column_text (stmt, 2), "%2u:%2u", &hours, &minutes) == 2 &&
      hours < 24 && minutes < 60)
    rapport_interaction_set_time_minutes (interaction, (int) (hours * 60 + minutes));
  else
    rapport_interaction_set_time_minutes (interaction, -1);
  rapport_interaction_set_summary (interaction, rapport_store_column_text (stmt, 3));
  rapport_interaction_set_details (interaction, rapport_store_column_text (stmt, 4));
  rapport_store_parse_date (rapport_store_column_text (stmt, 5), &follow_up);
  rapport_interaction_set_follow_up (interaction, &follow_up);
  rapport_interaction_set_how (interaction, CLAMP (sqlite3_column_int (stmt, 6), 0, RAPPORT_INTRODUCTION_MESSAGE));
  rapport_interaction_set_outcome (interaction, CLAMP (sqlite3_column_int (stmt, 7), 0,
                                                       RAPPORT_INTRODUCTION_OUTCOME_LAST));
  sqlite3_reset (stmt);
  g_object_thaw_notify (G_OBJECT (interaction));

  contact_ids = rapport_store_query_ids_with_id (self,
                                   "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?1",
                                   id, error);
  if (contact_ids == NULL)
    return FALSE;
  rapport_interaction_set_contact_ids (interaction, (const gint64 *) (gpointer) contact_ids->data,
                                       contact_ids->len);
  return TRUE;
}

/* Adds the ids in @more that @ids lacks. */
static void
merge_ids (GArray       *ids,
           const gint64 *more,
           guint         n_more)
{
  for (guint i = 0; i < n_more; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < ids->len && !seen; j++)
        seen = g_array_index (ids, gint64, j) == more[i];
      if (!seen)
        g_array_append_val (ids, more[i]);
    }
}

static gboolean
store_interaction (RapportStore        *self,
                   RapportInteraction  *interaction,
                   gboolean             adding,
                   GError             **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  g_autofree char *date = rapport_store_format_date (rapport_interaction_get_date (interaction));
  g_autofree char *follow_up = rapport_store_format_date (rapport_interaction_get_follow_up (interaction));
  g_autofree char *time = NULL;
  g_autoptr(GArray) touched = NULL;
  gint64 id = adding ? 0 : rapport_interaction_get_id (interaction);
  int minutes = rapport_interaction_get_time_minutes (interaction);
  const gint64 *contact_ids;
  guint n_contacts;
  sqlite3_stmt *stmt;

  contact_ids = rapport_interaction_get_contact_ids (interaction, &n_contacts);
  if (n_contacts == 0)
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           _("An interaction needs at least one person."));
      return FALSE;
    }
  if (!rapport_store_check_text (rapport_interaction_get_summary (interaction), error) ||
      !rapport_store_check_text (rapport_interaction_get_details (interaction), error))
    return FALSE;
  if (minutes >= 0)
    time = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  if (!rapport_store_begin (self, error))
    return FALSE;

  /* The people it was with before, so their search rows and dates follow. */
  if (adding)
    touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  else if (!(touched = rapport_store_query_ids_with_id (self,
                                          "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?1",
                                          id, error)))
    goto failed;
  merge_ids (touched, contact_ids, n_contacts);

  stmt = rapport_store_prepare (self,
                                adding
                                ? "INSERT INTO interaction (kind, happened_on, happened_time, summary, details, "
                                  "follow_up_on, updated_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                                : "UPDATE interaction SET kind = ?1, happened_on = ?2, happened_time = ?3, "
                                  "summary = ?4, details = ?5, follow_up_on = ?6, updated_at = ?7 WHERE id = ?8",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int (stmt, 1, rapport_interaction_get_kind (interaction));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
  rapport_store_bind_text_or_null (stmt, 3, time);
  sqlite3_bind_text (stmt, 4, rapport_interaction_get_summary (interaction), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, rapport_interaction_get_details (interaction), -1, SQLITE_STATIC);
  rapport_store_bind_text_or_null (stmt, 6, follow_up);
  sqlite3_bind_text (stmt, 7, now_text, -1, SQLITE_STATIC);
  if (!adding)
    sqlite3_bind_int64 (stmt, 8, id);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (adding)
    id = sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
  else if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      rapport_store_set_not_found (error, _("This interaction is no longer in Rapport."));
      goto failed;
    }

  if (!adding && !rapport_store_run_with_id (self, "DELETE FROM interaction_contact WHERE interaction_id = ?1", id, error))
    goto failed;
  for (guint i = 0; i < n_contacts; i++)
    {
      stmt = rapport_store_prepare (self,
                                    "INSERT INTO interaction_contact (contact_id, interaction_id) VALUES (?1, ?2)",
                                    error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, contact_ids[i]);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!rapport_store_step_done (self, stmt, error))
        {
          if (sqlite3_extended_errcode (rapport_store_get_db (self)) == SQLITE_CONSTRAINT_FOREIGNKEY)
            {
              g_clear_error (error);
              g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                                   _("One of the people is no longer in Rapport."));
            }
          goto failed;
        }
    }

  /* What only an introduction has; none for another kind. */
  if (rapport_store_get_schema_version (self) >= 12)
    {
      gboolean introduction = rapport_interaction_get_kind (interaction) == RAPPORT_INTERACTION_INTRODUCTION_MADE;

      stmt = rapport_store_prepare (self,
                                    introduction ? "INSERT OR REPLACE INTO introduction (interaction_id, how, outcome) "
                                                   "VALUES (?1, ?2, ?3)"
                                                 : "DELETE FROM introduction WHERE interaction_id = ?1",
                                    error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, id);
      if (introduction)
        {
          sqlite3_bind_int (stmt, 2, rapport_interaction_get_how (interaction));
          sqlite3_bind_int (stmt, 3, rapport_interaction_get_outcome (interaction));
        }
      if (!rapport_store_step_done (self, stmt, error))
        goto failed;
    }

  for (guint i = 0; i < touched->len; i++)
    if (!rapport_store_refresh_search (self, g_array_index (touched, gint64, i), error))
      goto failed;

  if (!rapport_store_commit (self, error))
    goto failed;

  if (adding)
    {
      rapport_interaction_set_id (interaction, id);
      rapport_store_add_live (self, RAPPORT_RECORD_INTERACTION, id, interaction);
    }
  else
    {
      g_autoptr(RapportInteraction) live = rapport_store_lookup_live (self, RAPPORT_RECORD_INTERACTION, id);

      if (live != NULL && live != interaction)
        load_interaction_into (self, live, id, NULL);
    }
  for (guint i = 0; i < touched->len; i++)
    rapport_store_refresh_derived (self, g_array_index (touched, gint64, i));

  rapport_store_emit_changed (self, RAPPORT_RECORD_INTERACTION, id,
                              adding ? RAPPORT_CHANGE_ADDED : RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_add_interaction:
 * @interaction: an unsaved interaction with at least one person
 *
 * Returns: %TRUE on success; on failure nothing is saved and @error says why
 */
gboolean
rapport_store_add_interaction (RapportStore        *self,
                               RapportInteraction  *interaction,
                               GError             **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (rapport_interaction_get_id (interaction) == 0, FALSE);

  return store_interaction (self, interaction, TRUE, error);
}

/**
 * rapport_store_save_interaction:
 *
 * Returns: %TRUE on success; on failure nothing is saved and @error says why
 */
gboolean
rapport_store_save_interaction (RapportStore        *self,
                                RapportInteraction  *interaction,
                                GError             **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (interaction), FALSE);

  if (rapport_interaction_get_id (interaction) == 0)
    return rapport_store_set_not_found (error, _("This interaction is no longer in Rapport."));

  return store_interaction (self, interaction, FALSE, error);
}

gboolean
rapport_store_delete_interaction (RapportStore  *self,
                                  gint64         id,
                                  GError       **error)
{
  g_autoptr(GArray) touched = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;

  if (!(touched = rapport_store_query_ids_with_id (self,
                                     "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?1",
                                     id, error)) ||
      !rapport_store_run_with_id (self, "DELETE FROM interaction WHERE id = ?1", id, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, _("This interaction is no longer in Rapport."));
      goto failed;
    }
  for (guint i = 0; i < touched->len; i++)
    if (!rapport_store_refresh_search (self, g_array_index (touched, gint64, i), error))
      goto failed;
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_forget_live (self, RAPPORT_RECORD_INTERACTION, id);
  for (guint i = 0; i < touched->len; i++)
    rapport_store_refresh_derived (self, g_array_index (touched, gint64, i));
  rapport_store_emit_changed (self, RAPPORT_RECORD_INTERACTION, id, RAPPORT_CHANGE_REMOVED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_get_interaction:
 *
 * Returns: (transfer full): the interaction, or %NULL with @error set
 */
RapportInteraction *
rapport_store_get_interaction (RapportStore  *self,
                               gint64         id,
                               GError       **error)
{
  g_autoptr(RapportInteraction) interaction = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  interaction = rapport_store_lookup_live (self, RAPPORT_RECORD_INTERACTION, id);
  if (interaction != NULL)
    return g_steal_pointer (&interaction);

  interaction = g_object_new (RAPPORT_TYPE_INTERACTION, NULL);
  if (!load_interaction_into (self, interaction, id, error))
    return NULL;

  rapport_store_add_live (self, RAPPORT_RECORD_INTERACTION, id, interaction);
  return g_steal_pointer (&interaction);
}

