/* rapport-store-introductions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who could help whom: the people whose offers hold the words of what one
 * person is looking for, found with the search index and ranked by the
 * rules of rapport-introduction-match.c; the suggestions the user said no
 * to; and introductions, which are interactions with both people.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-introduction-match.h"
#include "rapport-store-private.h"
#include "rapport-text-fold.h"

/* A few weeks after an introduction, ask whether it helped. */
#define FOLLOW_UP_DAYS 21

/* A person and what they offer, as RapportOffer orders it. */
#define OFFER_COLUMNS \
  "c.id, c." RAPPORT_SQL_NAME_COLUMNS ", c.profession, c.expertise, c.how_i_can_help, " \
  "(SELECT group_concat (t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id " \
  " WHERE ct.contact_id = c.id), " \
  "c.environment, c.company, c.closeness, c.enjoy, c.looking_for "

/* Nobody in the archive or the trash, no online-only connection, and not
 * a pair (?2 looking, c.id helping, or the reverse) the user dismissed or
 * already introduced. */
#define SUGGESTABLE(seeker, helper) \
  "c.id != ?2 AND c.deleted = 0 AND c.archived = 0 AND c.closeness != 4 " \
  "AND NOT EXISTS (SELECT 1 FROM introduction_dismissal d " \
  "                WHERE d.contact_id = " seeker " AND d.helper_id = " helper ") " \
  "AND NOT EXISTS (SELECT 1 FROM interaction_contact mine " \
  "                JOIN interaction i ON i.id = mine.interaction_id AND i.kind = 7 " \
  "                JOIN interaction_contact theirs ON theirs.interaction_id = i.id " \
  "                WHERE mine.contact_id = ?2 AND theirs.contact_id = c.id)"

/* The best 200 full-text matches in what others offer (every match in a
 * hand-kept address book, a bound at 30,000 people), less those who
 * cannot or should not be suggested. The offers have an index of their
 * own: in contact_search, a word someone needs would be a match too. */
static const char suggest_sql[] =
  "SELECT " OFFER_COLUMNS
  "FROM (SELECT rowid AS id FROM contact_offer_search WHERE contact_offer_search MATCH ?1 "
  "      ORDER BY rank LIMIT 200) m "
  /* CROSS: the matches drive; the planner would rather walk everyone. */
  "CROSS JOIN contact c ON c.id = m.id "
  "WHERE " SUGGESTABLE ("?2", "c.id");

/* The reverse: those whose needs hold a word of what ?2 offers. */
static const char helped_sql[] =
  "SELECT " OFFER_COLUMNS
  "FROM (SELECT rowid AS id FROM contact_need_search WHERE contact_need_search MATCH ?1 "
  "      ORDER BY rank LIMIT 200) m "
  "CROSS JOIN contact c ON c.id = m.id "
  "WHERE " SUGGESTABLE ("c.id", "?2");

/* The offers' column in the statements above: RapportOffer's first. */
#define FIRST_OFFER_COLUMN 9

/* Quoted, so words like NOT or NEAR are plain words; a prefix search when
 * @prefix, as rapport_introduction_match_words() matches. */
static char *
build_match (const char * const *words,
             gboolean            prefix)
{
  g_autoptr(GString) match = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = rapport_text_fold (words[i]);

      g_string_append_printf (match, "%s\"%s\"%s", i > 0 ? " OR " : "", folded, prefix ? "*" : "");
    }
  return g_string_free (g_steal_pointer (&match), FALSE);
}

static char *
dup_looking_for (RapportStore  *self,
                 gint64         contact_id,
                 GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (self, "SELECT looking_for FROM contact WHERE id = ?1 AND deleted = 0",
                                              error);
  char *looking_for;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      rapport_store_set_not_found (error, _("This person is no longer in Rapport."));
      return NULL;
    }
  looking_for = g_strdup (rapport_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return looking_for != NULL ? looking_for : g_strdup ("");
}

/**
 * rapport_store_suggest_introductions:
 * @contact_id: the person looking for something
 * @limit: how many suggestions at most
 *
 * The people who could help @contact_id with what they are looking for:
 * those whose profession, expertise, "how I can help", tags, environment or
 * company hold its words, best first (see
 * rapport_introduction_suggestion_score()). Not those in the archive or the
 * trash, not online-only connections, not those already introduced to
 * them, not those the user dismissed for them.
 *
 * Returns: (transfer full) (element-type RapportIntroductionSuggestion):
 *   the suggestions, perhaps none; %NULL with @error set on failure
 */
GPtrArray *
rapport_store_suggest_introductions (RapportStore  *self,
                                     gint64         contact_id,
                                     guint          limit,
                                     GError       **error)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autofree char *looking_for = NULL;
  g_autofree char *match = NULL;
  g_auto(GStrv) words = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  looking_for = dup_looking_for (self, contact_id, error);
  if (looking_for == NULL)
    return NULL;
  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_introduction_suggestion_free);
  words = rapport_introduction_match_words (looking_for);
  if (words[0] == NULL)
    return g_steal_pointer (&suggestions);

  stmt = rapport_store_prepare (self, suggest_sql, error);
  if (stmt == NULL)
    return NULL;
  match = build_match ((const char * const *) words, TRUE);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *name = rapport_store_column_person_name (stmt, 1);
      const char *offers[RAPPORT_N_OFFERS];
      RapportIntroductionSuggestion *suggestion;

      /* Profession, expertise, how I can help, tags, environment, company:
       * as RapportOffer orders them. */
      for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
        offers[offer] = rapport_store_column_text (stmt, FIRST_OFFER_COLUMN + (int) offer);
      suggestion = rapport_introduction_suggestion_score ((const char * const *) words,
                                                          sqlite3_column_int64 (stmt, 0),
                                                          name, offers,
                                                          sqlite3_column_int (stmt, 15),
                                                          sqlite3_column_int (stmt, 16) != 0);
      /* The index matched a word's start; scoring, a word's. */
      if (suggestion != NULL)
        g_ptr_array_add (suggestions, suggestion);
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;

  g_ptr_array_sort (suggestions, rapport_introduction_suggestion_compare);
  if (suggestions->len > limit)
    g_ptr_array_set_size (suggestions, limit);
  return g_steal_pointer (&suggestions);
}

/**
 * rapport_store_suggest_helped:
 * @contact_id: the person who could help
 * @limit: how many suggestions at most
 *
 * The reverse of rapport_store_suggest_introductions(): the people whose
 * "looking for" @contact_id's profession, expertise, "how I can help",
 * tags, environment or company answer, best first, on the same rules.
 * Each suggestion names the person looking, with @contact_id's offers and
 * the words of theirs that matched.
 *
 * Returns: (transfer full) (element-type RapportIntroductionSuggestion):
 *   the suggestions, perhaps none; %NULL with @error set on failure
 */
GPtrArray *
rapport_store_suggest_helped (RapportStore  *self,
                              gint64         contact_id,
                              guint          limit,
                              GError       **error)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_auto(GStrv) mine = g_new0 (char *, RAPPORT_N_OFFERS + 1);
  g_auto(GStrv) terms = NULL;
  g_autoptr(RapportIntroductionOffers) offers = NULL;
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self, "SELECT " OFFER_COLUMNS "FROM contact c WHERE c.id = ?1 AND c.deleted = 0",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      rapport_store_set_not_found (error, _("This person is no longer in Rapport."));
      return NULL;
    }
  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    mine[offer] = g_strdup (rapport_store_column_text (stmt, FIRST_OFFER_COLUMN + (int) offer));
  sqlite3_reset (stmt);

  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_introduction_suggestion_free);
  terms = rapport_introduction_need_terms ((const char * const *) mine);
  if (terms[0] == NULL)
    return g_steal_pointer (&suggestions);

  stmt = rapport_store_prepare (self, helped_sql, error);
  if (stmt == NULL)
    return NULL;
  /* Folded once, for up to 200 needs. */
  offers = rapport_introduction_offers_new ((const char * const *) mine);
  match = build_match ((const char * const *) terms, FALSE);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, contact_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *name = rapport_store_column_person_name (stmt, 1);
      g_auto(GStrv) words = rapport_introduction_match_words (rapport_store_column_text (stmt, FIRST_OFFER_COLUMN + RAPPORT_N_OFFERS + 2));
      RapportIntroductionSuggestion *suggestion;

      suggestion = rapport_introduction_offers_score (offers, (const char * const *) words,
                                                      sqlite3_column_int64 (stmt, 0), name,
                                                      sqlite3_column_int (stmt, 15),
                                                      sqlite3_column_int (stmt, 16) != 0);
      if (suggestion != NULL)
        g_ptr_array_add (suggestions, suggestion);
    }
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;

  g_ptr_array_sort (suggestions, rapport_introduction_suggestion_compare);
  if (suggestions->len > limit)
    g_ptr_array_set_size (suggestions, limit);
  return g_steal_pointer (&suggestions);
}

static char *
pair_key (gint64 seeker_id,
          gint64 helper_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, seeker_id, helper_id);
}

/**
 * rapport_store_list_closed_pairs:
 * @contact_ids: (element-type gint64): people, such as an event's
 *
 * The pairs among @contact_ids not to suggest again: those the user
 * dismissed (one way) and those already introduced (both ways).
 *
 * Returns: (transfer full): a set of rapport_store_pair_is_closed() keys;
 *   %NULL with @error set on failure
 */
GHashTable *
rapport_store_list_closed_pairs (RapportStore  *self,
                                 GArray        *contact_ids,
                                 GError       **error)
{
  g_autoptr(GHashTable) closed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) json = g_string_new ("[");
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  for (guint i = 0; i < contact_ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", g_array_index (contact_ids, gint64, i));
  g_string_append_c (json, ']');

  stmt = rapport_store_prepare (self,
                                "WITH ids (id) AS (SELECT value FROM json_each (?1)) "
                                "SELECT d.contact_id, d.helper_id FROM introduction_dismissal d "
                                "WHERE d.contact_id IN ids AND d.helper_id IN ids "
                                "UNION "
                                "SELECT a.contact_id, b.contact_id FROM interaction_contact a "
                                "JOIN interaction i ON i.id = a.interaction_id AND i.kind = 7 "
                                "JOIN interaction_contact b ON b.interaction_id = i.id AND b.contact_id != a.contact_id "
                                "WHERE a.contact_id IN ids AND b.contact_id IN ids",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json->str, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (closed, pair_key (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1)));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&closed);
}

/**
 * rapport_store_pair_is_closed:
 * @closed: from rapport_store_list_closed_pairs()
 *
 * Returns: whether @helper_id is no longer to be suggested for @seeker_id
 */
gboolean
rapport_store_pair_is_closed (GHashTable *closed,
                              gint64      seeker_id,
                              gint64      helper_id)
{
  g_autofree char *key = pair_key (seeker_id, helper_id);

  return g_hash_table_contains (closed, key);
}

/**
 * rapport_store_count_giving:
 * @contact_id: a person
 * @introductions: (out): the introductions made for them (either side)
 * @help_given: (out): the times the user helped them
 * @help_received: (out): the times they helped the user
 *
 * What the user has done for @contact_id and they for the user, from
 * their timeline.
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
rapport_store_count_giving (RapportStore  *self,
                            gint64         contact_id,
                            guint         *introductions,
                            guint         *help_given,
                            guint         *help_received,
                            GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  stmt = rapport_store_prepare (self,
                                "SELECT count(*) FILTER (WHERE i.kind = 7), count(*) FILTER (WHERE i.kind = 8), "
                                "count(*) FILTER (WHERE i.kind = 9) "
                                "FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
                                "WHERE ic.contact_id = ?1 AND i.kind IN (7, 8, 9)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *introductions = (guint) sqlite3_column_int (stmt, 0);
      *help_given = (guint) sqlite3_column_int (stmt, 1);
      *help_received = (guint) sqlite3_column_int (stmt, 2);
      rc = sqlite3_step (stmt);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

/**
 * rapport_store_dismiss_introduction:
 * @contact_id: the person looking for something
 * @helper_id: the person suggested to help them
 *
 * Never suggests @helper_id for @contact_id again.
 *
 * Returns: %TRUE on success; on failure nothing is saved and @error says why
 */
gboolean
rapport_store_dismiss_introduction (RapportStore  *self,
                                    gint64         contact_id,
                                    gint64         helper_id,
                                    GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;
  stmt = rapport_store_prepare (self,
                                "INSERT OR IGNORE INTO introduction_dismissal (contact_id, helper_id, dismissed_at) "
                                "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM contact WHERE id = ?1) "
                                "AND EXISTS (SELECT 1 FROM contact WHERE id = ?2)",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_int64 (stmt, 2, helper_id);
  sqlite3_bind_text (stmt, 3, now_text, -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error) || !rapport_store_commit (self, error))
    goto failed;
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, contact_id, RAPPORT_CHANGE_UPDATED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_introduce:
 * @contact_id: one person
 * @other_id: the person they are introduced to
 * @summary: what the timelines show, such as "Introduced Ana Silva to Ben Ng"
 * @why: (nullable): why, in a sentence
 * @how: how it is made
 * @on: the day of the introduction
 *
 * Records an introduction: one interaction with both people, so that it is
 * in both timelines, with a follow-up three weeks later to ask whether it
 * helped.
 *
 * Returns: (transfer full) (nullable): the interaction, or %NULL with
 *   @error set
 */
RapportInteraction *
rapport_store_introduce (RapportStore            *self,
                         gint64                   contact_id,
                         gint64                   other_id,
                         const char              *summary,
                         const char              *why,
                         RapportIntroductionHow   how,
                         const GDate             *on,
                         GError                 **error)
{
  g_autoptr(RapportInteraction) interaction = NULL;
  gint64 ids[2] = { contact_id, other_id };
  GDate follow_up;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (on != NULL && g_date_valid (on), NULL);

  if (contact_id == other_id)
    {
      g_set_error_literal (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_INVALID,
                           _("A person cannot be introduced to themselves."));
      return NULL;
    }

  follow_up = *on;
  g_date_add_days (&follow_up, FOLLOW_UP_DAYS);
  interaction = rapport_interaction_new (RAPPORT_INTERACTION_INTRODUCTION_MADE, on);
  rapport_interaction_set_summary (interaction, summary);
  rapport_interaction_set_details (interaction, why);
  rapport_interaction_set_how (interaction, how);
  rapport_interaction_set_follow_up (interaction, &follow_up);
  rapport_interaction_set_contact_ids (interaction, ids, G_N_ELEMENTS (ids));
  if (!rapport_store_add_interaction (self, interaction, error))
    return NULL;
  return g_steal_pointer (&interaction);
}
