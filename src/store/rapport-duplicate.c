/* rapport-duplicate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two people Find Duplicates suggests are one, and why: what they have in
 * common and how their names compare. The first is the one who has been in
 * Rapport longer, whom a merge keeps.
 */

#define G_LOG_DOMAIN "rapport-duplicate"

#include "config.h"

#include "rapport-duplicate.h"

struct _RapportDuplicate
{
  GObject parent_instance;

  gint64 first_id;
  gint64 second_id;
  char *first_name;
  char *second_name;
  RapportPairReason reasons;
  char *shared;          /* the first detail in common, as written, or NULL */
};

G_DEFINE_FINAL_TYPE (RapportDuplicate, rapport_duplicate, G_TYPE_OBJECT)

static void
rapport_duplicate_finalize (GObject *object)
{
  RapportDuplicate *self = RAPPORT_DUPLICATE (object);

  g_free (self->first_name);
  g_free (self->second_name);
  g_free (self->shared);

  G_OBJECT_CLASS (rapport_duplicate_parent_class)->finalize (object);
}

static void
rapport_duplicate_class_init (RapportDuplicateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_duplicate_finalize;
}

static void
rapport_duplicate_init (RapportDuplicate *self)
{
}

/**
 * rapport_duplicate_new:
 * @first_id: the person in Rapport longer
 * @second_id: the other
 * @first_name: (nullable): the first's name as shown
 * @second_name: (nullable): the second's
 * @reasons: why they are suggested
 * @shared: (nullable): a detail they have in common, as written
 *
 * Returns: (transfer full): the suggestion
 */
RapportDuplicate *
rapport_duplicate_new (gint64             first_id,
                       gint64             second_id,
                       const char        *first_name,
                       const char        *second_name,
                       RapportPairReason  reasons,
                       const char        *shared)
{
  RapportDuplicate *self = g_object_new (RAPPORT_TYPE_DUPLICATE, NULL);

  self->first_id = first_id;
  self->second_id = second_id;
  self->first_name = g_strdup (first_name ? first_name : "");
  self->second_name = g_strdup (second_name ? second_name : "");
  self->reasons = reasons;
  self->shared = g_strdup (shared);
  return self;
}

gint64
rapport_duplicate_get_first_id (RapportDuplicate *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), 0);
  return self->first_id;
}

gint64
rapport_duplicate_get_second_id (RapportDuplicate *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), 0);
  return self->second_id;
}

const char *
rapport_duplicate_get_first_name (RapportDuplicate *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), NULL);
  return self->first_name;
}

const char *
rapport_duplicate_get_second_name (RapportDuplicate *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), NULL);
  return self->second_name;
}

RapportPairReason
rapport_duplicate_get_reasons (RapportDuplicate *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), 0);
  return self->reasons;
}

/**
 * rapport_duplicate_get_shared:
 *
 * Returns: (nullable): a detail the two have in common, as the first has it
 */
const char *
rapport_duplicate_get_shared (RapportDuplicate *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), NULL);
  return self->shared;
}

/**
 * rapport_duplicate_involves:
 * @id: a person
 *
 * Returns: whether @id is one of the two
 */
gboolean
rapport_duplicate_involves (RapportDuplicate *self,
                            gint64            id)
{
  g_return_val_if_fail (RAPPORT_IS_DUPLICATE (self), FALSE);
  return self->first_id == id || self->second_id == id;
}
