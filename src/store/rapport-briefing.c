/* rapport-briefing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What to remember before an event, gathered once for the briefing page
 * and its printed copy alike: the statement you chose to say, and each
 * person who will be there with the last thing that happened between you
 * and what to follow up. Ordered so that what matters most comes first:
 * people you have a goal with, then people you enjoy, then everyone else,
 * each group by name.
 */

#define G_LOG_DOMAIN "rapport-briefing"

#include "config.h"

#include "rapport-briefing.h"
#include "rapport-introduction-match.h"

struct _RapportBriefing
{
  GObject parent_instance;

  RapportEvent *event;
  RapportPeecStatement *statement;
  GPtrArray *entries;   /* RapportBriefingEntry */
  GHashTable *closed;   /* pairs dismissed or introduced already */
};

G_DEFINE_FINAL_TYPE (RapportBriefing, rapport_briefing, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  RapportBriefingEntry *entry = data;

  g_clear_object (&entry->contact);
  g_clear_object (&entry->last);
  g_free (entry->name);
  g_free (entry->goal);
  g_free (entry);
}

static int
entry_rank (const RapportBriefingEntry *entry)
{
  if (*entry->goal != '\0')
    return 0;
  return rapport_contact_get_enjoy (entry->contact) ? 1 : 2;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const RapportBriefingEntry *ea = *(const RapportBriefingEntry * const *) a;
  const RapportBriefingEntry *eb = *(const RapportBriefingEntry * const *) b;
  int rank = entry_rank (ea) - entry_rank (eb);

  return rank != 0 ? rank : g_utf8_collate (ea->name, eb->name);
}

/* The follow-up the last interaction asked for, else the person's next
 * catch-up. */
static void
set_follow_up (RapportBriefingEntry *entry)
{
  const GDate *due = entry->last ? rapport_interaction_get_follow_up (entry->last) : NULL;

  if (due == NULL || !g_date_valid (due))
    due = rapport_contact_get_due_on (entry->contact);
  g_date_clear (&entry->follow_up, 1);
  if (due != NULL && g_date_valid (due))
    entry->follow_up = *due;
}

static void
rapport_briefing_finalize (GObject *object)
{
  RapportBriefing *self = RAPPORT_BRIEFING (object);

  g_clear_object (&self->event);
  g_clear_object (&self->statement);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->closed, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_briefing_parent_class)->finalize (object);
}

static void
rapport_briefing_class_init (RapportBriefingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_briefing_finalize;
}

static void
rapport_briefing_init (RapportBriefing *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
}

/**
 * rapport_briefing_new:
 * @store: where the event is
 * @event: a saved event
 *
 * Reads the event's attendees, their people and their last interactions.
 *
 * Returns: (transfer full) (nullable): the briefing, or %NULL on error
 */
RapportBriefing *
rapport_briefing_new (RapportStore  *store,
                      RapportEvent  *event,
                      GError       **error)
{
  g_autoptr(RapportBriefing) self = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 statement_id;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (RAPPORT_IS_EVENT (event), NULL);

  self = g_object_new (RAPPORT_TYPE_BRIEFING, NULL);
  self->event = g_object_ref (event);

  /* A statement deleted since it was chosen is simply not shown. */
  statement_id = rapport_event_get_statement_id (event);
  if (statement_id > 0)
    self->statement = rapport_store_get_statement (store, statement_id, NULL);

  if (rapport_event_get_id (event) <= 0)
    return g_steal_pointer (&self);

  attendees = rapport_store_list_attendees (store, rapport_event_get_id (event), error);
  if (attendees == NULL)
    return NULL;

  for (guint i = 0; i < attendees->len; i++)
    {
      RapportAttendee *attendee = g_ptr_array_index (attendees, i);
      g_autoptr(RapportContact) contact =
        rapport_store_get_contact (store, rapport_attendee_get_contact_id (attendee), NULL);
      g_autoptr(GListModel) timeline = NULL;
      RapportBriefingEntry *entry;
      gint64 id;

      /* Deleted (in the trash) since: not coming. */
      if (contact == NULL)
        continue;

      timeline = rapport_store_list_timeline (store, rapport_contact_get_id (contact));
      entry = g_new0 (RapportBriefingEntry, 1);
      entry->name = rapport_contact_dup_name (contact);
      entry->goal = g_strdup (rapport_attendee_get_goal (attendee));
      entry->last = g_list_model_get_item (timeline, 0);
      entry->contact = g_steal_pointer (&contact);
      set_follow_up (entry);
      g_ptr_array_add (self->entries, entry);
      id = rapport_contact_get_id (entry->contact);
      g_array_append_val (ids, id);
    }
  g_ptr_array_sort (self->entries, compare_entries);

  self->closed = rapport_store_list_closed_pairs (store, ids, error);
  if (self->closed == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * rapport_briefing_get_event:
 *
 * Returns: (transfer none): the event briefed on
 */
RapportEvent *
rapport_briefing_get_event (RapportBriefing *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEFING (self), NULL);
  return self->event;
}

/**
 * rapport_briefing_get_statement:
 *
 * Returns: (transfer none) (nullable): the statement chosen for the event
 */
RapportPeecStatement *
rapport_briefing_get_statement (RapportBriefing *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEFING (self), NULL);
  return self->statement;
}

guint
rapport_briefing_get_n_entries (RapportBriefing *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEFING (self), 0);
  return self->entries->len;
}

/**
 * rapport_briefing_get_entry:
 *
 * Returns: (transfer none): the person at @position, in briefing order
 */
const RapportBriefingEntry *
rapport_briefing_get_entry (RapportBriefing *self,
                            guint            position)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (position < self->entries->len, NULL);
  return g_ptr_array_index (self->entries, position);
}

/**
 * rapport_briefing_entry_seen_since:
 * @since: a day
 *
 * Returns: whether anything happened with the person on or after @since
 */
gboolean
rapport_briefing_entry_seen_since (const RapportBriefingEntry *entry,
                                   const GDate                *since)
{
  const GDate *date;

  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (since != NULL && g_date_valid (since), FALSE);

  if (entry->last == NULL)
    return FALSE;
  date = rapport_interaction_get_date (entry->last);
  return date != NULL && g_date_valid (date) && g_date_compare (date, since) >= 0;
}

/**
 * rapport_briefing_find_pairs:
 * @limit: how many pairs at most
 *
 * Who could help whom among those who will be there, best first (see
 * rapport_introduction_find_pairs()), less the pairs the user dismissed
 * or has introduced already.
 *
 * Returns: (transfer full) (element-type RapportIntroductionPair): the pairs
 */
GPtrArray *
rapport_briefing_find_pairs (RapportBriefing *self,
                             guint            limit)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  g_return_val_if_fail (RAPPORT_IS_BRIEFING (self), NULL);

  contacts = g_ptr_array_new ();
  for (guint i = 0; i < self->entries->len; i++)
    g_ptr_array_add (contacts, ((RapportBriefingEntry *) g_ptr_array_index (self->entries, i))->contact);
  pairs = rapport_introduction_find_pairs (contacts, G_MAXUINT);
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_introduction_pair_free);
  for (guint i = 0; i < pairs->len && kept->len < limit; i++)
    {
      RapportIntroductionPair *pair = g_ptr_array_index (pairs, i);

      if (self->closed != NULL &&
          rapport_store_pair_is_closed (self->closed, rapport_contact_get_id (pair->seeker), pair->helper->contact_id))
        continue;
      g_ptr_array_add (kept, g_steal_pointer (&pairs->pdata[i]));
    }
  return g_steal_pointer (&kept);
}
