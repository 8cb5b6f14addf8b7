/* rapport-contact-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a person's name and their organisation's units are written as text:
 * the name shown, made from its parts, and the units kept in one field.
 * Pure functions of RapportContact, apart from its object so that the
 * store can compose names straight from its columns.
 */

#include "config.h"

#include <string.h>

#include "rapport-contact.h"

/**
 * rapport_contact_compose_name:
 * @display_name: (nullable): the name the person chose, or empty
 * @parts: (array fixed-size=5) (nullable): prefix, given, additional,
 *   family and suffix, as in #RapportNamePart
 *
 * The name to show for a person: the display name they chose, else their
 * name's parts in the order vCard and GNOME write them ("Dr. Ada Augusta
 * Lovelace"; a list's items as names are read, "Jr., M.D."), else the
 * nickname, else the company. Empty only when all are.
 *
 * Returns: (transfer full): the name
 */
char *
rapport_contact_compose_name (const char         *display_name,
                              const char * const *parts,
                              const char         *nickname,
                              const char         *company)
{
  g_autoptr(GString) name = NULL;

  if (display_name != NULL && *display_name != '\0')
    return g_strdup (display_name);

  name = g_string_new (NULL);
  for (guint i = 0; parts != NULL && i < RAPPORT_N_NAME_PARTS; i++)
    {
      const char *item = parts[i];

      if (item == NULL || *item == '\0')
        continue;
      /* A list's items read as names do: "Philip Paul", "Jr., M.D.". Taken
       * in place, without splitting: every list of people asks for names. */
      for (guint j = 0; item != NULL; j++)
        {
          const char *comma = strchr (item, ',');
          const char *end = comma != NULL ? comma : item + strlen (item);

          while (item < end && g_ascii_isspace (*item))
            item++;
          while (end > item && g_ascii_isspace (end[-1]))
            end--;
          if (end > item)
            {
              if (name->len > 0)
                g_string_append (name, i == RAPPORT_NAME_SUFFIX && j > 0 ? ", " : " ");
              g_string_append_len (name, item, end - item);
            }
          item = comma != NULL ? comma + 1 : NULL;
        }
    }
  if (name->len > 0)
    return g_string_free (g_steal_pointer (&name), FALSE);
  if (nickname != NULL && *nickname != '\0')
    return g_strdup (nickname);

  return g_strdup (company ? company : "");
}

/**
 * rapport_contact_join_units:
 * @units: an organisation's units, in order
 * @separator: what goes between two units, starting with ';' ("; " to show)
 *
 * An organisation's units as one text: a ';' inside a unit is written
 * `\;`, and a '\' that would otherwise be read as an escape `\\`, so
 * that "Dyeing; Finishing" stays one unit. Empty units at the end are left
 * out (vCard's `ORG:Acme;` has none).
 *
 * Returns: (transfer full): the units, as rapport_contact_split_units() reads them
 */
char *
rapport_contact_join_units (const char * const *units,
                            const char         *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = units != NULL ? g_strv_length ((char **) units) : 0;

  while (n > 0 && *units[n - 1] == '\0')
    n--;
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      for (const char *p = units[i]; *p != '\0'; p++)
        {
          if (*p == ';')
            g_string_append (out, "\\;");
          /* Only where it would be read as an escape: a '\' kept from
           * before units were escaped reads the same. */
          else if (*p == '\\' && (p[1] == ';' || p[1] == '\\' || p[1] == '\0'))
            g_string_append (out, "\\\\");
          else
            g_string_append_c (out, *p);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rapport_contact_split_units:
 * @text: units as rapport_contact_join_units() writes them
 * @spaced_is_text: whether a ';' followed by a space belongs to its unit
 *   (a CSV's one department column, which people fill with prose)
 *
 * Each unit trimmed; `\;` is a ';' and `\\` a '\' inside a unit, any other
 * '\' is itself.
 *
 * Returns: (transfer full): the units, none if @text is empty
 */
GStrv
rapport_contact_split_units (const char *text,
                             gboolean    spaced_is_text)
{
  g_autoptr(GStrvBuilder) units = g_strv_builder_new ();
  g_autoptr(GString) unit = g_string_new (NULL);

  if (text == NULL || *text == '\0')
    return g_strv_builder_end (units);
  for (const char *p = text;; p++)
    {
      if (*p == '\\' && (p[1] == ';' || p[1] == '\\'))
        g_string_append_c (unit, *++p);
      else if (*p == '\0' || (*p == ';' && !(spaced_is_text && p[1] == ' ')))
        {
          g_strv_builder_take (units, g_strstrip (g_strdup (unit->str)));
          g_string_truncate (unit, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (unit, *p);
    }
  return g_strv_builder_end (units);
}
