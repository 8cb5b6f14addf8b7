/* rapport-vcard-rapport.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What only Rapport knows of a person (how you met, what they need, how
 * close you are…) as X-RAPPORT-… properties, so that a vCard export read
 * back is the same person. Other apps keep X- properties they do not know
 * untouched (RFC 6350, section 6.10).
 */

#define G_LOG_DOMAIN "rapport-vcard"

#include "config.h"

#include "rapport-enums.h"
#include "rapport-model-enums.h"
#include "rapport-vcard-line.h"
#include "rapport-vcard-rapport.h"
#include "rapport-vcard-writer.h"

/* Text properties, by the contact's property of the same meaning, and its
 * setter: reading calls it directly rather than setting the property by
 * name, which was a tenth of reading a card that has them. */
static const struct
{
  const char *name;
  const char *property;
  void (*set) (RapportContact *contact, const char *value);
} text_properties[] = {
  { "X-RAPPORT-EXPERTISE", "expertise", rapport_contact_set_expertise },
  { "X-RAPPORT-ENVIRONMENT", "environment", rapport_contact_set_environment },
  { "X-RAPPORT-LOOKING-FOR", "looking-for", rapport_contact_set_looking_for },
  { "X-RAPPORT-HOW-I-CAN-HELP", "how-i-can-help", rapport_contact_set_how_i_can_help },
  { "X-RAPPORT-HOW-MET", "how-met", rapport_contact_set_how_met },
  { "X-RAPPORT-MET-AT", "met-at", rapport_contact_set_met_at },
};

static void
append_line (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  rapport_vcard_append_folded (out, line);
}

/**
 * rapport_vcard_append_rapport_fields:
 * @out: where to write
 * @contact: a person
 *
 * Writes @contact's Rapport-only fields that are set, one property each.
 */
void
rapport_vcard_append_rapport_fields (GString        *out,
                                     RapportContact *contact)
{
  const RapportPartialDate *met_on = rapport_contact_get_met_on (contact);
  RapportCloseness closeness = rapport_contact_get_closeness (contact);

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      g_autofree char *text = NULL;

      g_object_get (contact, text_properties[i].property, &text, NULL);
      if (text != NULL && *text != '\0')
        {
          g_autofree char *escaped = rapport_vcard_escape (text);

          append_line (out, text_properties[i].name, escaped);
        }
    }
  if (!rapport_partial_date_is_empty (met_on) && rapport_partial_date_is_valid (met_on))
    {
      g_autofree char *iso = rapport_partial_date_to_iso (met_on);

      append_line (out, "X-RAPPORT-MET-ON", iso);
    }
  if (closeness != RAPPORT_CLOSENESS_UNKNOWN)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (RAPPORT_TYPE_CLOSENESS);

      append_line (out, "X-RAPPORT-CLOSENESS", g_enum_get_value (klass, closeness)->value_nick);
    }
  if (rapport_contact_get_enjoy (contact))
    append_line (out, "X-RAPPORT-ENJOY", "TRUE");
  if (rapport_contact_get_cadence_days (contact) > 0)
    {
      g_autofree char *days = g_strdup_printf ("%u", rapport_contact_get_cadence_days (contact));

      append_line (out, "X-RAPPORT-CADENCE-DAYS", days);
    }
}

/**
 * rapport_vcard_read_rapport_field:
 * @contact: the person being read
 * @name: the property's name, in upper case
 * @text: its value, decoded but still escaped
 *
 * Sets what an X-RAPPORT-… property says on @contact.
 *
 * Returns: whether @name is one Rapport writes and @text made sense; if
 *   not, the line is kept as an unknown one
 */
gboolean
rapport_vcard_read_rapport_field (RapportContact *contact,
                                  const char     *name,
                                  const char     *text)
{
  g_autofree char *value = g_strstrip (rapport_vcard_unescape (text, -1));

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    if (g_str_equal (name, text_properties[i].name))
      {
        text_properties[i].set (contact, value);
        return TRUE;
      }
  if (g_str_equal (name, "X-RAPPORT-MET-ON"))
    {
      RapportPartialDate date = RAPPORT_PARTIAL_DATE_INIT;

      if (!rapport_partial_date_parse (value, &date, NULL) || !rapport_partial_date_is_valid (&date))
        return FALSE;
      rapport_contact_set_met_on (contact, &date);
      return TRUE;
    }
  if (g_str_equal (name, "X-RAPPORT-CLOSENESS"))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (RAPPORT_TYPE_CLOSENESS);
      GEnumValue *closeness = g_enum_get_value_by_nick (klass, value);

      if (closeness == NULL)
        return FALSE;
      rapport_contact_set_closeness (contact, closeness->value);
      return TRUE;
    }
  if (g_str_equal (name, "X-RAPPORT-ENJOY"))
    {
      if (g_ascii_strcasecmp (value, "TRUE") != 0 && g_ascii_strcasecmp (value, "FALSE") != 0)
        return FALSE;
      rapport_contact_set_enjoy (contact, g_ascii_strcasecmp (value, "TRUE") == 0);
      return TRUE;
    }
  if (g_str_equal (name, "X-RAPPORT-CADENCE-DAYS"))
    {
      guint64 days = 0;

      if (!g_ascii_string_to_unsigned (value, 10, 1, 36500, &days, NULL))
        return FALSE;
      rapport_contact_set_cadence_days (contact, (guint) days);
      return TRUE;
    }
  return FALSE;
}
