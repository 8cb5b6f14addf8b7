/* rapport-triage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorting your connections: the people with no closeness yet, one at a
 * time, each answered with a closeness, a skip or the archive, with Undo.
 * The queue of ids is read once, when sorting begins; after that an answer
 * costs one write of one person, and the next people are read ahead (by
 * their ids and indexes, whatever the size of the database), so the next
 * one is there when the key comes.
 *
 * An answer changes only closeness and the archive flag, which the search
 * index does not hold: one UPDATE of the row, and the shared object is
 * told. The rest of the app hears of it once answers pause: "changed" makes
 * the list of people read its question again, 20 ms or more at 30,000
 * people, which a key each half second must not pay each time.
 */

#define G_LOG_DOMAIN "rapport-triage"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-store-private.h"
#include "rapport-triage.h"

/* People read ahead of the one shown: more than anyone answers in a frame. */
#define READ_AHEAD 4
/* People kept behind the one shown, for Undo without reading them again. */
#define KEEP_BEHIND 32
/* A pause this long between answers tells the rest of the app. */
#define TELL_AFTER_MS 1000

typedef struct
{
  guint position;
  gint64 contact_id;
  RapportTriageAnswer answer;
  RapportCloseness closeness;   /* before the answer */
  gboolean archived;
} UndoStep;

struct _RapportTriage
{
  GObject parent_instance;

  RapportStore *store;
  GArray *ids;            /* the queue, in the order asked */
  GPtrArray *cards;       /* RapportTriageCard or NULL, one per id */
  GArray *undo;           /* UndoStep, the last answer last */
  guint position;         /* of the person shown */
  gboolean untold;        /* answers saved that "changed" has not said */
  guint tell_source;
};

G_DEFINE_FINAL_TYPE (RapportTriage, rapport_triage, G_TYPE_OBJECT)

static void
card_free (gpointer data)
{
  RapportTriageCard *card = data;

  if (card == NULL)
    return;
  g_clear_object (&card->contact);
  g_clear_object (&card->last);
  g_free (card->introduced);
  g_free (card);
}

/* Someone still to sort: no closeness, not archived, not deleted. */
#define UNSORTED "c.closeness = 0 AND c.archived = 0 AND c.deleted = 0"

/* The latest interaction with @contact_id, by the primary key of
 * interaction_contact: as quick at 30,000 people as at 30. */
static RapportInteraction *
read_last (RapportStore *store,
           gint64        contact_id)
{
  sqlite3_stmt *stmt = rapport_store_prepare (store,
                                              "SELECT i.id FROM interaction_contact ic "
                                              "JOIN interaction i ON i.id = ic.interaction_id "
                                              "WHERE ic.contact_id = ?1 "
                                              "ORDER BY i.happened_on DESC, coalesce (i.happened_time, '') DESC, "
                                              "i.id DESC LIMIT 1",
                                              NULL);
  g_autoptr(GArray) ids = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  ids = rapport_store_query_ids (store, stmt, NULL);
  if (ids == NULL || ids->len == 0)
    return NULL;
  return rapport_store_get_interaction (store, g_array_index (ids, gint64, 0), NULL);
}

/* The others in @contact_id's introductions, newest first. */
static char *
read_introduced (RapportStore *store,
                 gint64        contact_id)
{
  sqlite3_stmt *stmt = rapport_store_prepare (store,
                                              "SELECT other.contact_id FROM interaction_contact ic "
                                              "JOIN interaction i ON i.id = ic.interaction_id AND i.kind = 7 "
                                              "JOIN interaction_contact other ON other.interaction_id = i.id "
                                              "AND other.contact_id <> ic.contact_id "
                                              "WHERE ic.contact_id = ?1 "
                                              "GROUP BY other.contact_id "
                                              "ORDER BY max (i.happened_on) DESC LIMIT 3",
                                              NULL);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  ids = rapport_store_query_ids (store, stmt, NULL);
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(RapportContact) other = rapport_store_get_contact (store, g_array_index (ids, gint64, i), NULL);
      g_autofree char *name = other ? rapport_contact_dup_name (other) : NULL;

      if (name == NULL || *name == '\0')
        continue;
      /* Translators: between the names of people in a list: "Ana Silva, Ben Ng" */
      g_string_append_printf (names, "%s%s", names->len ? _(", ") : "", name);
    }

  return names->len ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

/* The card of the person at @position, read now if it was not read ahead;
 * people sorted meanwhile elsewhere, or gone, leave the queue. */
static RapportTriageCard *
ensure_card (RapportTriage *self,
             guint          position)
{
  while (position < self->ids->len)
    {
      RapportTriageCard *card = g_ptr_array_index (self->cards, position);
      gint64 id = g_array_index (self->ids, gint64, position);
      g_autoptr(RapportContact) contact = NULL;

      if (card != NULL)
        return card;

      contact = rapport_store_get_contact (self->store, id, NULL);
      if (contact == NULL || rapport_contact_get_closeness (contact) != RAPPORT_CLOSENESS_UNKNOWN ||
          rapport_contact_get_archived (contact))
        {
          g_array_remove_index (self->ids, position);
          g_ptr_array_remove_index (self->cards, position);
          continue;
        }

      card = g_new0 (RapportTriageCard, 1);
      card->contact = g_steal_pointer (&contact);
      card->last = read_last (self->store, id);
      card->introduced = read_introduced (self->store, id);
      g_ptr_array_index (self->cards, position) = card;
      return card;
    }
  return NULL;
}

/* Cards far behind are let go; Undo reads them again if it goes that far. */
static void
forget_behind (RapportTriage *self)
{
  if (self->position > KEEP_BEHIND)
    {
      guint old = self->position - KEEP_BEHIND - 1;

      g_clear_pointer (&g_ptr_array_index (self->cards, old), card_free);
    }
}

/* The person at @id, as the store shares them. */
static RapportContact *
dup_contact (RapportTriage  *self,
             guint           position,
             GError        **error)
{
  RapportTriageCard *card = g_ptr_array_index (self->cards, position);
  gint64 id = g_array_index (self->ids, gint64, position);

  if (card != NULL)
    return g_object_ref (card->contact);
  return rapport_store_get_contact (self->store, id, error);
}

/* Says, once for all the answers since it last did, that people changed. */
static void
tell_changes (RapportTriage *self)
{
  g_clear_handle_id (&self->tell_source, g_source_remove);
  if (!self->untold)
    return;
  self->untold = FALSE;
  rapport_store_emit_changed (self->store, RAPPORT_RECORD_CONTACT, 0, RAPPORT_CHANGE_UPDATED);
}

static gboolean
tell_changes_cb (gpointer data)
{
  RapportTriage *self = data;

  self->tell_source = 0;
  tell_changes (self);
  return G_SOURCE_REMOVE;
}

/* Saves the two columns an answer changes, and gives them to @contact,
 * the object everyone shares. */
static gboolean
write_answer (RapportTriage     *self,
              RapportContact    *contact,
              RapportCloseness   closeness,
              gboolean           archived,
              GError           **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;

  if (!rapport_store_begin (self->store, error))
    return FALSE;
  stmt = rapport_store_prepare (self->store,
                                "UPDATE contact SET closeness = ?2, archived = ?3, updated_at = ?4 "
                                "WHERE id = ?1 AND deleted = 0",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, rapport_contact_get_id (contact));
  sqlite3_bind_int (stmt, 2, closeness);
  sqlite3_bind_int (stmt, 3, archived);
  sqlite3_bind_text (stmt, 4, now_text, -1, SQLITE_STATIC);
  if (!rapport_store_step_done (self->store, stmt, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self->store)) == 0)
    {
      rapport_store_set_not_found (error, _("This person is no longer in Rapport."));
      goto failed;
    }
  if (!rapport_store_commit (self->store, error))
    goto failed;

  rapport_contact_set_closeness (contact, closeness);
  rapport_contact_set_archived (contact, archived);
  rapport_contact_set_timestamps (contact, rapport_contact_get_created_at (contact), local);

  self->untold = TRUE;
  g_clear_handle_id (&self->tell_source, g_source_remove);
  self->tell_source = g_timeout_add (TELL_AFTER_MS, tell_changes_cb, self);
  return TRUE;

failed:
  rapport_store_rollback (self->store);
  return FALSE;
}

static GArray *
query_ids (RapportStore  *store,
           const char    *sql,
           const char    *text,
           GError       **error)
{
  sqlite3_stmt *stmt = rapport_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  return rapport_store_query_ids (store, stmt, error);
}

static void
rapport_triage_dispose (GObject *object)
{
  RapportTriage *self = RAPPORT_TRIAGE (object);

  if (self->store != NULL)
    tell_changes (self);

  G_OBJECT_CLASS (rapport_triage_parent_class)->dispose (object);
}

static void
rapport_triage_finalize (GObject *object)
{
  RapportTriage *self = RAPPORT_TRIAGE (object);

  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_triage_parent_class)->finalize (object);
}

static void
rapport_triage_class_init (RapportTriageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_triage_dispose;
  object_class->finalize = rapport_triage_finalize;
}

static void
rapport_triage_init (RapportTriage *self)
{
  self->cards = g_ptr_array_new_with_free_func (card_free);
  self->undo = g_array_new (FALSE, FALSE, sizeof (UndoStep));
}

/**
 * rapport_triage_list_newest:
 * @tag: (nullable): only the people with this tag
 *
 * Everyone with no closeness yet, not archived, the newest first (the last
 * import's people before those who came earlier).
 *
 * Returns: (transfer full) (element-type gint64): their ids, or %NULL
 */
GArray *
rapport_triage_list_newest (RapportStore  *store,
                            const char    *tag,
                            GError       **error)
{
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  /* Both read the contact_unsorted index (step 13), whose condition is
   * UNSORTED's: at 30,000 people, a walk of the table and a sort else. */
  if (tag == NULL)
    return query_ids (store,
                      "SELECT c.id FROM contact c WHERE " UNSORTED " ORDER BY c.created_at DESC, c.id DESC",
                      NULL, error);

  /* Tags match as the list's filter matches them. */
  folded = g_utf8_casefold (tag, -1);
  normal = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
  return query_ids (store,
                    "SELECT c.id FROM contact c WHERE " UNSORTED " AND c.id IN "
                    "(SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.folded = ?1) "
                    "ORDER BY c.created_at DESC, c.id DESC",
                    normal, error);
}

/**
 * rapport_triage_list_matching:
 * @query: a search and filters of the list of people
 *
 * The people with no closeness yet among those @query finds (its
 * closeness and archive filters aside), in the list's order.
 *
 * Returns: (transfer full) (element-type gint64): their ids, or %NULL
 */
GArray *
rapport_triage_list_matching (RapportStore              *store,
                              const RapportPeopleQuery  *query,
                              GError                   **error)
{
  RapportPeopleQuery unsorted;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  unsorted = *query;
  unsorted.closeness = RAPPORT_CLOSENESS_UNKNOWN;
  unsorted.archived = FALSE;
  return rapport_people_query_ids (store, &unsorted, RAPPORT_PEOPLE_QUERY_ALL, error);
}

/**
 * rapport_triage_list_among:
 * @ids: (element-type gint64): people, such as those an import added
 *
 * Those of @ids with no closeness yet, not archived, in the order of @ids.
 *
 * Returns: (transfer full) (element-type gint64): their ids, or %NULL
 */
GArray *
rapport_triage_list_among (RapportStore  *store,
                           GArray        *ids,
                           GError       **error)
{
  g_autoptr(GString) json = g_string_new ("[");

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  /* One query for them all: the ids as a JSON array. */
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');
  return query_ids (store,
                    "SELECT c.id FROM json_each (?1) j JOIN contact c ON c.id = j.value "
                    "WHERE " UNSORTED " ORDER BY j.key",
                    json->str, error);
}

/**
 * rapport_triage_new:
 * @store: where the people are
 * @ids: (element-type gint64): the people to sort, in order
 *
 * Returns: (transfer full): sorting, at the first of @ids
 */
RapportTriage *
rapport_triage_new (RapportStore *store,
                    GArray       *ids)
{
  RapportTriage *self;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  self = g_object_new (RAPPORT_TYPE_TRIAGE, NULL);
  self->store = g_object_ref (store);
  self->ids = g_array_copy (ids);
  g_ptr_array_set_size (self->cards, (int) ids->len);
  return self;
}

/**
 * rapport_triage_get_n_people:
 *
 * Returns: how many people there are to sort in all, those answered too
 */
guint
rapport_triage_get_n_people (RapportTriage *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE (self), 0);
  return self->ids->len;
}

/**
 * rapport_triage_get_n_left:
 *
 * Returns: how many people are left, the one shown included
 */
guint
rapport_triage_get_n_left (RapportTriage *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE (self), 0);
  return self->ids->len - self->position;
}

/**
 * rapport_triage_get_n_undoable:
 *
 * Returns: how many answers Undo can take back
 */
guint
rapport_triage_get_n_undoable (RapportTriage *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE (self), 0);
  return self->undo->len;
}

/**
 * rapport_triage_get_current:
 *
 * The person to answer for, read now if rapport_triage_prefetch() did not.
 *
 * Returns: (transfer none) (nullable): their card, or %NULL once everyone
 *   is answered
 */
const RapportTriageCard *
rapport_triage_get_current (RapportTriage *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE (self), NULL);
  return ensure_card (self, self->position);
}

/**
 * rapport_triage_prefetch:
 *
 * Reads the next few people, so that the next answer shows the next person
 * without asking the database. Call it once the person shown is drawn.
 */
void
rapport_triage_prefetch (RapportTriage *self)
{
  g_return_if_fail (RAPPORT_IS_TRIAGE (self));

  for (guint i = 0; i <= READ_AHEAD && ensure_card (self, self->position + i) != NULL; i++)
    ;
}

/**
 * rapport_triage_tell_changes:
 *
 * Emits #RapportStore::changed now for the answers saved since it was
 * last emitted, rather than once answers pause (or when @self goes).
 */
void
rapport_triage_tell_changes (RapportTriage *self)
{
  g_return_if_fail (RAPPORT_IS_TRIAGE (self));
  tell_changes (self);
}

/**
 * rapport_triage_answer:
 * @answer: what the user said about the person shown
 *
 * Saves @answer for the person shown (a skip saves nothing) and goes on to
 * the next.
 *
 * Returns: %TRUE if saved; on failure the same person is still shown
 */
gboolean
rapport_triage_answer (RapportTriage        *self,
                       RapportTriageAnswer   answer,
                       GError              **error)
{
  const RapportTriageCard *card;
  UndoStep step;

  g_return_val_if_fail (RAPPORT_IS_TRIAGE (self), FALSE);
  g_return_val_if_fail (answer >= RAPPORT_TRIAGE_INNER_CIRCLE && answer <= RAPPORT_TRIAGE_ANSWER_LAST, FALSE);

  card = rapport_triage_get_current (self);
  if (card == NULL)
    return rapport_store_set_not_found (error, _("Everyone is sorted."));

  step.position = self->position;
  step.contact_id = rapport_contact_get_id (card->contact);
  step.answer = answer;
  step.closeness = rapport_contact_get_closeness (card->contact);
  step.archived = rapport_contact_get_archived (card->contact);

  if (answer == RAPPORT_TRIAGE_ARCHIVE &&
      !write_answer (self, card->contact, step.closeness, TRUE, error))
    return FALSE;
  if (answer <= RAPPORT_TRIAGE_ONLINE_ONLY &&
      !write_answer (self, card->contact, (RapportCloseness) answer, step.archived, error))
    return FALSE;

  g_array_append_val (self->undo, step);
  self->position++;
  forget_behind (self);
  return TRUE;
}

/**
 * rapport_triage_undo:
 * @answer: (out) (optional): the answer taken back
 *
 * Takes back the last answer: the person is as they were before it, and
 * shown again.
 *
 * Returns: %TRUE if an answer was taken back
 */
gboolean
rapport_triage_undo (RapportTriage        *self,
                     RapportTriageAnswer  *answer,
                     GError              **error)
{
  g_autoptr(RapportContact) contact = NULL;
  UndoStep step;

  g_return_val_if_fail (RAPPORT_IS_TRIAGE (self), FALSE);

  if (self->undo->len == 0)
    return rapport_store_set_not_found (error, _("There is nothing to undo."));

  step = g_array_index (self->undo, UndoStep, self->undo->len - 1);
  if (step.answer != RAPPORT_TRIAGE_SKIP)
    {
      contact = dup_contact (self, step.position, error);
      if (contact == NULL || !write_answer (self, contact, step.closeness, step.archived, error))
        return FALSE;
    }

  g_array_set_size (self->undo, self->undo->len - 1);
  self->position = step.position;
  if (answer != NULL)
    *answer = step.answer;
  return TRUE;
}
