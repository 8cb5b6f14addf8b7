/* rapport-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One merge of two people, remembered so that it can be undone exactly:
 * who was folded into whom, what their details brought into the person who
 * stays, and which interactions and events were given to that person.
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
  GArray *shared[RAPPORT_MERGE_N_SHARES]; /* gint64: interactions, events, … */
};

G_DEFINE_FINAL_TYPE (RapportMerge, rapport_merge, G_TYPE_OBJECT)

static void
rapport_merge_finalize (GObject *object)
{
  RapportMerge *self = RAPPORT_MERGE (object);

  g_clear_object (&self->changes);
  for (guint i = 0; i < RAPPORT_MERGE_N_SHARES; i++)
    g_array_unref (self->shared[i]);

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
  for (guint i = 0; i < RAPPORT_MERGE_N_SHARES; i++)
    self->shared[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
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
  return self->shared[0];
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
  return self->shared[1];
}

/**
 * rapport_merge_get_shared:
 * @which: below %RAPPORT_MERGE_N_SHARES, in the order rapport-store-merge.c
 *   shares them
 *
 * Returns: (transfer none) (element-type gint64): the rows of that kind
 *   given to the person who stays; add to it while merging
 */
GArray *
rapport_merge_get_shared (RapportMerge *self,
                          guint         which)
{
  g_return_val_if_fail (RAPPORT_IS_MERGE (self), NULL);
  g_return_val_if_fail (which < RAPPORT_MERGE_N_SHARES, NULL);
  return self->shared[which];
}
