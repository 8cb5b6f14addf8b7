/* rapport-address.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A postal address kept in its parts — post-office box, extended address,
 * street, locality, region, postal code, country — as vCard's ADR has them,
 * so that an export gives another app the city in its city and the country
 * in its country. An address that was never split (one typed line, or one
 * kept from before Rapport knew the parts) holds that line in its street:
 * that is how it was always written out, and nothing is guessed.
 *
 * Each part is text; a part that vCard writes as a list (two street lines,
 * "Street,Apt 4") keeps its items joined by a comma, as the file had them.
 */

#define G_LOG_DOMAIN "rapport-address"

#include "config.h"

#include "rapport-address.h"

struct _RapportAddress
{
  char *parts[RAPPORT_ADDRESS_N_PARTS];
};

G_DEFINE_BOXED_TYPE (RapportAddress, rapport_address, rapport_address_copy, rapport_address_free)

/**
 * rapport_address_new:
 *
 * Returns: (transfer full): an empty address
 */
RapportAddress *
rapport_address_new (void)
{
  RapportAddress *self = g_new0 (RapportAddress, 1);

  for (guint i = 0; i < RAPPORT_ADDRESS_N_PARTS; i++)
    self->parts[i] = g_strdup ("");
  return self;
}

RapportAddress *
rapport_address_copy (const RapportAddress *self)
{
  RapportAddress *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RapportAddress, 1);
  for (guint i = 0; i < RAPPORT_ADDRESS_N_PARTS; i++)
    copy->parts[i] = g_strdup (self->parts[i]);
  return copy;
}

void
rapport_address_free (RapportAddress *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < RAPPORT_ADDRESS_N_PARTS; i++)
    g_free (self->parts[i]);
  g_free (self);
}

/**
 * rapport_address_get:
 *
 * Returns: (transfer none): the part, never %NULL
 */
const char *
rapport_address_get (const RapportAddress *self,
                     RapportAddressPart    part)
{
  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (part < RAPPORT_ADDRESS_N_PARTS, "");
  return self->parts[part];
}

void
rapport_address_set (RapportAddress     *self,
                     RapportAddressPart  part,
                     const char         *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (part < RAPPORT_ADDRESS_N_PARTS);

  g_set_str (&self->parts[part], text ? text : "");
}

/**
 * rapport_address_is_empty:
 *
 * Returns: whether none of the seven ADR parts holds anything
 */
gboolean
rapport_address_is_empty (const RapportAddress *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    if (*self->parts[i] != '\0')
      return FALSE;
  return TRUE;
}

gboolean
rapport_address_equal (const RapportAddress *a,
                       const RapportAddress *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  for (guint i = 0; i < RAPPORT_ADDRESS_N_PARTS; i++)
    if (!g_str_equal (a->parts[i], b->parts[i]))
      return FALSE;
  return TRUE;
}

static char *
fold_part (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *folded = NULL;
  gboolean space = FALSE;

  /* Case, spacing and punctuation do not make another address. */
  folded = g_utf8_casefold (normal ? normal : "", -1);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* An address kept whole, in its street alone (as older versions kept every
 * address), against one in parts: the same when its words are the parts'
 * words, in vCard's order or in the order Rapport shows them. */
static gboolean
whole_matches_parts (const RapportAddress *whole,
                     const RapportAddress *parts)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) adr = g_string_new (NULL);
  g_autofree char *folded_adr = NULL;
  g_autofree char *line = NULL;
  g_autofree char *folded_line = NULL;

  for (guint i = 0; i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    if (i != RAPPORT_ADDRESS_STREET && *whole->parts[i] != '\0')
      return FALSE;

  text = fold_part (whole->parts[RAPPORT_ADDRESS_STREET]);
  for (guint i = 0; i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    g_string_append_printf (adr, "%s ", parts->parts[i]);
  folded_adr = fold_part (adr->str);
  line = rapport_address_dup_line (parts);
  folded_line = fold_part (line);
  return *text != '\0' && (g_str_equal (text, folded_adr) || g_str_equal (text, folded_line));
}

/**
 * rapport_address_same_place:
 *
 * Whether @a and @b are the same address written more or less fully: every
 * ADR part that both give is the same (ignoring case, spacing and
 * punctuation), and they share at least a street or a post-office box. A
 * part only one of them gives — the country, the region — is not a
 * difference. Without a shared street or box, one must hold all the other
 * does ("Berlin" and "Berlin, Germany"), so that two streets of a city are
 * not one place. An address kept whole on one line is the same as one in
 * parts that says the same words.
 *
 * Returns: %TRUE if they are the same place
 */
gboolean
rapport_address_same_place (const RapportAddress *a,
                            const RapportAddress *b)
{
  gboolean anchored = FALSE;
  gboolean a_within_b = TRUE, b_within_a = TRUE;
  guint shared = 0;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (whole_matches_parts (a, b) || whole_matches_parts (b, a))
    return TRUE;

  for (guint i = 0; i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    {
      g_autofree char *fa = fold_part (a->parts[i]);
      g_autofree char *fb = fold_part (b->parts[i]);

      a_within_b &= *fa == '\0' || *fb != '\0';
      b_within_a &= *fb == '\0' || *fa != '\0';
      if (*fa == '\0' || *fb == '\0')
        continue;
      if (!g_str_equal (fa, fb))
        return FALSE;
      shared++;
      if (i == RAPPORT_ADDRESS_STREET || i == RAPPORT_ADDRESS_PO_BOX)
        anchored = TRUE;
    }
  return shared > 0 && (anchored || a_within_b || b_within_a);
}

/* Street first, then the rest of the way to the country, one line each,
 * as GNOME Contacts shows an address; the postal code stays beside the
 * city it belongs to. */
static char *
join_parts (const RapportAddress *self,
            const char           *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *town = NULL;
  const char *lines[6];

  if (*self->parts[RAPPORT_ADDRESS_POSTAL_CODE] != '\0' && *self->parts[RAPPORT_ADDRESS_LOCALITY] != '\0')
    town = g_strconcat (self->parts[RAPPORT_ADDRESS_POSTAL_CODE], " ",
                        self->parts[RAPPORT_ADDRESS_LOCALITY], NULL);
  else
    town = g_strconcat (self->parts[RAPPORT_ADDRESS_POSTAL_CODE],
                        self->parts[RAPPORT_ADDRESS_LOCALITY], NULL);

  lines[0] = self->parts[RAPPORT_ADDRESS_STREET];
  lines[1] = self->parts[RAPPORT_ADDRESS_EXTENDED];
  lines[2] = self->parts[RAPPORT_ADDRESS_PO_BOX];
  lines[3] = town;
  lines[4] = self->parts[RAPPORT_ADDRESS_REGION];
  lines[5] = self->parts[RAPPORT_ADDRESS_COUNTRY];

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (*lines[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, lines[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rapport_address_dup_lines:
 *
 * Returns: (transfer full): the address as lines to show, one part a line
 *   (postal code and city together)
 */
char *
rapport_address_dup_lines (const RapportAddress *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return join_parts (self, "\n");
}

/**
 * rapport_address_dup_line:
 *
 * Returns: (transfer full): the address on one line, its parts separated
 *   by commas
 */
char *
rapport_address_dup_line (const RapportAddress *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return join_parts (self, ", ");
}
