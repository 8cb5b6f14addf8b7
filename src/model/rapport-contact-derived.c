/* rapport-contact-derived.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the store keeps about a person rather than what is typed: when they
 * were first and last saved, the day of the last contact and the day a
 * reconnection is due, both derived from the interactions.
 */

#define G_LOG_DOMAIN "rapport-contact"

#include "config.h"

#include "rapport-contact-private.h"

static gboolean
date_equal (const GDate *a,
            const GDate *b)
{
  gboolean a_valid = a != NULL && g_date_valid (a);
  gboolean b_valid = b != NULL && g_date_valid (b);

  if (a_valid != b_valid)
    return FALSE;
  return !a_valid || g_date_compare (a, b) == 0;
}

static void
copy_date (GDate       *dest,
           const GDate *src)
{
  if (src != NULL && g_date_valid (src))
    *dest = *src;
  else
    g_date_clear (dest, 1);
}

/**
 * rapport_contact_get_created_at:
 *
 * Returns: (transfer none) (nullable): when the contact was first saved
 */
GDateTime *
rapport_contact_get_created_at (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return self->created_at;
}

/**
 * rapport_contact_get_updated_at:
 *
 * Returns: (transfer none) (nullable): when the contact was last saved
 */
GDateTime *
rapport_contact_get_updated_at (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return self->updated_at;
}

/* For the store, which keeps these. */
void
rapport_contact_set_timestamps (RapportContact *self,
                                GDateTime      *created_at,
                                GDateTime      *updated_at)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  if (created_at != self->created_at &&
      (created_at == NULL || self->created_at == NULL || !g_date_time_equal (created_at, self->created_at)))
    {
      g_clear_pointer (&self->created_at, g_date_time_unref);
      self->created_at = created_at ? g_date_time_ref (created_at) : NULL;
      rapport_contact_notify (self, PROP_CREATED_AT);
    }
  if (updated_at != self->updated_at &&
      (updated_at == NULL || self->updated_at == NULL || !g_date_time_equal (updated_at, self->updated_at)))
    {
      g_clear_pointer (&self->updated_at, g_date_time_unref);
      self->updated_at = updated_at ? g_date_time_ref (updated_at) : NULL;
      rapport_contact_notify (self, PROP_UPDATED_AT);
    }
}

/**
 * rapport_contact_get_last_contacted:
 *
 * Returns: (transfer none) (nullable): the day of the latest interaction
 *   that was contact (not a note), or %NULL for never
 */
const GDate *
rapport_contact_get_last_contacted (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return g_date_valid (&self->last_contacted) ? &self->last_contacted : NULL;
}

/**
 * rapport_contact_get_due_on:
 *
 * The day you planned to be back in touch: the keep-in-touch cadence after
 * the last contact, or the follow-up date of the latest interaction,
 * whichever comes first.
 *
 * Returns: (transfer none) (nullable): the day, or %NULL for no reminder
 */
const GDate *
rapport_contact_get_due_on (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return g_date_valid (&self->due_on) ? &self->due_on : NULL;
}

/* For the store, which derives both from the interactions. */
void
rapport_contact_set_derived (RapportContact *self,
                             const GDate    *last_contacted,
                             const GDate    *due_on)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (!date_equal (&self->last_contacted, last_contacted))
    {
      copy_date (&self->last_contacted, last_contacted);
      rapport_contact_notify (self, PROP_LAST_CONTACTED);
    }
  if (!date_equal (&self->due_on, due_on))
    {
      copy_date (&self->due_on, due_on);
      rapport_contact_notify (self, PROP_DUE_ON);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rapport_contact_is_due:
 * @today: the day to compare with
 *
 * Returns: whether it is time to reconnect with this person
 */
gboolean
rapport_contact_is_due (RapportContact *self,
                        const GDate    *today)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return g_date_valid (&self->due_on) && g_date_compare (&self->due_on, today) <= 0;
}
