/* rapport-contact-name.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's name on their object: the one shown, made from the parts of
 * their structured name unless they chose another, and the parts one by one.
 * rapport-contact-text.c composes the text itself.
 */

#define G_LOG_DOMAIN "rapport-contact"

#include "config.h"

#include "rapport-contact-private.h"

static char *
compose (RapportContact *self,
         const char     *display_name)
{
  const char *parts[RAPPORT_N_NAME_PARTS] = {
    rapport_contact_get_text (self, PROP_NAME_PREFIX),
    rapport_contact_get_text (self, PROP_GIVEN_NAME),
    rapport_contact_get_text (self, PROP_ADDITIONAL_NAME),
    rapport_contact_get_text (self, PROP_FAMILY_NAME),
    rapport_contact_get_text (self, PROP_NAME_SUFFIX),
  };

  return rapport_contact_compose_name (display_name, parts,
                                       rapport_contact_get_text (self, PROP_NICKNAME),
                                       rapport_contact_get_text (self, PROP_COMPANY));
}

/**
 * rapport_contact_dup_name:
 *
 * Returns: (transfer full): the name to show, see rapport_contact_compose_name()
 */
char *
rapport_contact_dup_name (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);

  return compose (self, rapport_contact_get_text (self, PROP_DISPLAY_NAME));
}

/**
 * rapport_contact_dup_derived_name:
 *
 * Returns: (transfer full): the name the person's parts make, whether or
 *   not they chose another
 */
char *
rapport_contact_dup_derived_name (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);

  return compose (self, NULL);
}

/**
 * rapport_contact_get_name_chosen:
 *
 * Whether the shown name is one the person chose (a display name that is
 * not what the parts make) rather than made of the parts. The display name
 * is empty exactly when it is not chosen.
 *
 * Returns: %TRUE if chosen
 */
gboolean
rapport_contact_get_name_chosen (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), FALSE);

  return *rapport_contact_get_text (self, PROP_DISPLAY_NAME) != '\0';
}

/**
 * rapport_contact_set_name:
 * @name: (nullable): the name to show
 *
 * Sets the shown name. A name the parts make already, or an empty one,
 * leaves it derived from them (it follows when they change); any other is
 * kept as chosen. Readers call this after setting the parts, so that a
 * vCard's FN that only repeats N is not frozen.
 */
void
rapport_contact_set_name (RapportContact *self,
                          const char     *name)
{
  g_autofree char *derived = NULL;
  g_autofree char *trimmed = NULL;

  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  trimmed = g_strstrip (g_strdup (name ? name : ""));
  derived = compose (self, NULL);
  if (g_str_equal (trimmed, derived))
    g_clear_pointer (&trimmed, g_free);
  rapport_contact_set_text (self, PROP_DISPLAY_NAME, trimmed);
}

/**
 * rapport_contact_get_name_part:
 *
 * Returns: (transfer none): one part of the structured name, never %NULL
 */
const char *
rapport_contact_get_name_part (RapportContact  *self,
                               RapportNamePart  part)
{
  static const guint props[RAPPORT_N_NAME_PARTS] = {
    PROP_NAME_PREFIX, PROP_GIVEN_NAME, PROP_ADDITIONAL_NAME, PROP_FAMILY_NAME, PROP_NAME_SUFFIX,
  };

  g_return_val_if_fail (part < RAPPORT_N_NAME_PARTS, "");
  return rapport_contact_get_text (self, props[part]);
}

void
rapport_contact_set_name_part (RapportContact  *self,
                               RapportNamePart  part,
                               const char      *text)
{
  static const guint props[RAPPORT_N_NAME_PARTS] = {
    PROP_NAME_PREFIX, PROP_GIVEN_NAME, PROP_ADDITIONAL_NAME, PROP_FAMILY_NAME, PROP_NAME_SUFFIX,
  };

  g_return_if_fail (part < RAPPORT_N_NAME_PARTS);
  rapport_contact_set_text (self, props[part], text);
}
