/* rapport-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One merge of two people, remembered so that it can be undone exactly:
 * who was folded into whom, what their details brought into the person who
 * stays, and which interactions and events were given to that person.
 * From Find Duplicates also the values chosen from the other person over
 * the ones the person who stays had, and the rows moved to them (links to
 * other people, who not to suggest, for introductions and as duplicates).
 */

#define G_LOG_DOMAIN "rapport-merge"

#include "config.h"

#include "rapport-merge.h"

struct _RapportMerge
{
  GObject parent_instance;

  gint64 from_id;
  gint64 into_id;
  RapportContactMerge *changes;   /* NULL when nothing was brought in */
  GArray *interactions;           /* gint64 */
  GArray *events;                 /* gint64 */
  GArray *moved[RAPPORT_MERGE_N_MOVED];   /* gint64, per table the store moves */
  GPtrArray *replaced;            /* Replaced */
};

/* A value of the person who stays, replaced by the other's. */
typedef struct
{
  const char *property;           /* interned */
  GValue before;
  GValue after;
} Replaced;

G_DEFINE_FINAL_TYPE (RapportMerge, rapport_merge, G_TYPE_OBJECT)

static void
replaced_free (gpointer data)
{
  Replaced *replaced = data;

  g_value_unset (&replaced->before);
  g_value_unset (&replaced->after);
  g_free (replaced);
}

/* Boxed dates are compared by what they say, not where they are. */
static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS (a, RAPPORT_TYPE_PARTIAL_DATE))
    {
      const RapportPartialDate *da = g_value_get_boxed (a);
      const RapportPartialDate *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;
      return rapport_partial_date_equal (da, db);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
rapport_merge_finalize (GObject *object)
{
  RapportMerge *self = RAPPORT_MERGE (object);

  g_clear_object (&self->changes);
  g_array_unref (self->interactions);
  g_array_unref (self->events);
  for (guint i = 0; i < RAPPORT_MERGE_N_MOVED; i++)
    g_array_unref (self->moved[i]);
  g_ptr_array_unref (self->replaced);

  G_OBJECT_CLASS (rapport_merge_parent_class)->finalize (object);
}

static void
rapport_merge_class_init (RapportMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_merge_finalize;
}

static void
rapport_merge_init (RapportMerge *self)
{
  self->interactions = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->events = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < RAPPORT_MERGE_N_MOVED; i++)
    self->moved[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->replaced = g_ptr_array_new_with_free_func (replaced_free);
}

/**
 * rapport_merge_new:
 * @from_id: the person folded into the other, then put in the trash
 * @into_id: the person who stays
 * @changes: (nullable): what @from_id's details brought into @into_id
 *
 * Returns: (transfer full): the record of a merge
 */
RapportMerge *
rapport_merge_new (gint64               from_id,
                   gint64               into_id,
                   RapportContactMerge *changes)
{
  RapportMerge *self = g_object_new (RAPPORT_TYPE_MERGE, NULL);

  self->from_id = from_id;
  self->into_id = into_id;
  if (changes != NULL)
    self->changes = g_object_ref (changes);
  return self;
}

gint64
rapport_merge_get_from_id (RapportMerge *self)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), 0);
  return self->from_id;
}

gint64
rapport_merge_get_into_id (RapportMerge *self)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), 0);
  return self->into_id;
}

/**
 * rapport_merge_get_changes:
 *
 * Returns: (transfer none) (nullable): what was brought in, or %NULL
 */
RapportContactMerge *
rapport_merge_get_changes (RapportMerge *self)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), NULL);
  return self->changes;
}

/**
 * rapport_merge_get_interactions:
 *
 * Returns: (transfer none) (element-type gint64): the interactions given
 *   to the person who stays; add to it while merging
 */
GArray *
rapport_merge_get_interactions (RapportMerge *self)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), NULL);
  return self->interactions;
}

/**
 * rapport_merge_get_events:
 *
 * Returns: (transfer none) (element-type gint64): the events the person who
 *   stays was made an attendee of; add to it while merging
 */
GArray *
rapport_merge_get_events (RapportMerge *self)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), NULL);
  return self->events;
}

/**
 * rapport_merge_get_moved:
 * @table: which of the store's tables of people to leave out (below
 *   %RAPPORT_MERGE_N_MOVED)
 *
 * Returns: (transfer none) (element-type gint64): the rows of @table given
 *   to the person who stays, by the other id in them; add to it while merging
 */
GArray *
rapport_merge_get_moved (RapportMerge *self,
                         guint         table)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), NULL);
  g_return_val_if_fail (table < RAPPORT_MERGE_N_MOVED, NULL);
  return self->moved[table];
}

/**
 * rapport_merge_add_replaced:
 * @property: a property of #RapportContact
 * @before: what the person who stays had
 * @after: the other person's value, which replaced it
 *
 * Remembers a value chosen from the other person, for
 * rapport_merge_undo_replaced().
 */
void
rapport_merge_add_replaced (RapportMerge *self,
                            const char   *property,
                            const GValue *before,
                            const GValue *after)
{
  Replaced *replaced;

  g_return_if_fail (RAPPORT_IS_MERGE (self));

  replaced = g_new0 (Replaced, 1);
  replaced->property = g_intern_string (property);
  g_value_init (&replaced->before, G_VALUE_TYPE (before));
  g_value_copy (before, &replaced->before);
  g_value_init (&replaced->after, G_VALUE_TYPE (after));
  g_value_copy (after, &replaced->after);
  g_ptr_array_add (self->replaced, replaced);
}

/**
 * rapport_merge_undo_replaced:
 * @into: the person who stayed, as they are now
 *
 * Gives @into back the values the merge replaced, where they are still the
 * other person's: a value edited since is the user's and stays.
 *
 * Returns: whether @into changed
 */
gboolean
rapport_merge_undo_replaced (RapportMerge   *self,
                             RapportContact *into)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (RAPPORT_IS_MERGE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (into), FALSE);

  g_object_freeze_notify (G_OBJECT (into));
  for (guint i = 0; i < self->replaced->len; i++)
    {
      Replaced *replaced = g_ptr_array_index (self->replaced, i);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (into), replaced->property);
      g_auto(GValue) now = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (into), replaced->property, &now);
      if (!values_equal (pspec, &now, &replaced->after))
        continue;
      g_object_set_property (G_OBJECT (into), replaced->property, &replaced->before);
      changed = TRUE;
    }
  g_object_thaw_notify (G_OBJECT (into));
  return changed;
}
