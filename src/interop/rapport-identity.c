/* rapport-identity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What makes two records the same person on import (FORMATS.md): the same
 * email, the same phone number (digits only, a country code or trunk prefix
 * on one side ignored) or the same social profile (lowercase, no scheme, no
 * "www.", no query, no trailing slash). A name alone is only a suggestion.
 */

#define G_LOG_DOMAIN "rapport-identity"

#include "config.h"

#include <string.h>

#include "rapport-identity.h"

/* Enough digits to tell numbers apart once a country code (up to three
 * digits) or a trunk "0" is ignored: most national numbers are longer. */
#define PHONE_KEY_DIGITS 9
#define PHONE_MIN_DIGITS 5

/**
 * rapport_identity_normalize_email:
 * @email: (nullable): an email address as a file held it
 *
 * Returns: (transfer full) (nullable): the address trimmed, without
 *   `mailto:`, in lower case; %NULL when it is not an address (LinkedIn's
 *   `urn:li:member:` placeholders included)
 */
char *
rapport_identity_normalize_email (const char *email)
{
  g_autofree char *trimmed = NULL;
  const char *at;
  const char *start;

  if (email == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (email));
  start = trimmed;
  if (g_ascii_strncasecmp (start, "mailto:", 7) == 0)
    start += 7;
  if (g_ascii_strncasecmp (start, "urn:", 4) == 0)
    return NULL;

  at = strchr (start, '@');
  if (at == NULL || at == start || at[1] == '\0' || strchr (at + 1, '@') != NULL ||
      strpbrk (start, " \t\r\n,;<>") != NULL)
    return NULL;

  return g_utf8_casefold (start, -1);
}

static char *
phone_digits (const char *phone)
{
  GString *digits = g_string_new (NULL);

  for (const char *p = phone; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int v = g_unichar_digit_value (c);

      /* An extension ends the number. */
      if (c == 'x' || c == 'X' || c == ';' || c == ',')
        break;
      if (v >= 0)
        g_string_append_c (digits, (char) ('0' + v));
    }
  return g_string_free (digits, FALSE);
}

/**
 * rapport_identity_normalize_phone:
 * @phone: (nullable): a phone number as a file held it
 *
 * The key for a number: its last nine digits, so that `+44 20 7946 0018`,
 * `0044 20 7946 0018` and `020 7946 0018` have the same one. Shorter
 * numbers keep all their digits. The key finds candidates (two countries
 * can share the last nine digits); rapport_identity_phones_match() decides.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL for fewer than five digits
 */
char *
rapport_identity_normalize_phone (const char *phone)
{
  g_autofree char *digits = NULL;
  gsize len;

  if (phone == NULL)
    return NULL;

  digits = phone_digits (phone);
  len = strlen (digits);
  if (len < PHONE_MIN_DIGITS)
    return NULL;
  if (len > PHONE_KEY_DIGITS)
    return g_strdup (digits + len - PHONE_KEY_DIGITS);
  return g_steal_pointer (&digits);
}

/**
 * rapport_identity_phones_match:
 * @a: a phone number
 * @b: another
 *
 * The exact test behind the key: the digits are the same, or one number is
 * the other with a country code (one to three digits, or 00 and one to
 * three) in front, the other possibly starting with a trunk 0.
 *
 * Returns: whether @a and @b are the same number
 */
gboolean
rapport_identity_phones_match (const char *a,
                               const char *b)
{
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;
  const char *longer, *shorter;
  gsize extra;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  da = phone_digits (a);
  db = phone_digits (b);
  if (strlen (da) < PHONE_MIN_DIGITS || strlen (db) < PHONE_MIN_DIGITS)
    return FALSE;

  longer = strlen (da) >= strlen (db) ? da : db;
  shorter = longer == da ? db : da;

  if (g_str_has_prefix (longer, "00"))
    longer += 2;
  if (*shorter == '0' && !g_str_has_prefix (shorter, "00"))
    shorter++;
  if (g_str_has_prefix (shorter, "00"))
    shorter += 2;

  if (strlen (longer) < strlen (shorter))
    {
      const char *swap = longer;

      longer = shorter;
      shorter = swap;
    }

  extra = strlen (longer) - strlen (shorter);
  return extra <= 3 && g_str_equal (longer + extra, shorter);
}

/**
 * rapport_identity_clean_url:
 * @url: (nullable): a web address as a file held it
 *
 * The form to store: trimmed, `https://` added when there is no scheme, the
 * scheme and host in lower case, no trailing slash.
 *
 * Returns: (transfer full) (nullable): the address, or %NULL when empty
 */
char *
rapport_identity_clean_url (const char *url)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) out = NULL;
  const char *rest;
  const char *host_end;
  const char *scheme_end;

  if (url == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (url));
  if (*trimmed == '\0')
    return NULL;

  out = g_string_new (NULL);
  scheme_end = strstr (trimmed, "://");
  if (scheme_end != NULL && strcspn (trimmed, "/?#") > (gsize) (scheme_end - trimmed))
    {
      g_autofree char *scheme = g_ascii_strdown (trimmed, scheme_end - trimmed);

      g_string_append_printf (out, "%s://", scheme);
      rest = scheme_end + 3;
    }
  else
    {
      g_string_append (out, "https://");
      rest = trimmed;
    }

  host_end = rest + strcspn (rest, "/?#");
  {
    g_autofree char *host = g_ascii_strdown (rest, host_end - rest);

    g_string_append (out, host);
  }
  g_string_append (out, host_end);

  while (out->len > 0 && out->str[out->len - 1] == '/' &&
         !g_str_has_suffix (out->str, "://"))
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * rapport_identity_normalize_url:
 * @url: (nullable): a web address, such as a social profile
 *
 * The key for a profile: lower case, without the scheme, "www.", the query,
 * the fragment or a trailing slash: `linkedin.com/in/ada-example`.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL when empty
 */
char *
rapport_identity_normalize_url (const char *url)
{
  g_autofree char *clean = rapport_identity_clean_url (url);
  g_autofree char *lower = NULL;
  const char *start;
  gsize len;

  if (clean == NULL)
    return NULL;

  lower = g_str_is_ascii (clean) ? g_ascii_strdown (clean, -1) : g_utf8_strdown (clean, -1);
  start = strstr (lower, "://") + 3;
  if (g_str_has_prefix (start, "www."))
    start += 4;
  len = strcspn (start, "?#");
  while (len > 0 && start[len - 1] == '/')
    len--;
  if (len == 0)
    return NULL;
  return g_strndup (start, len);
}

/**
 * rapport_identity_keys:
 * @contact: a person
 *
 * The keys under which an import looks for @contact: `email:…`, `phone:…`
 * and `url:…`, each once. Two people sharing a key are the same person.
 *
 * Returns: (transfer full): the keys, possibly none
 */
GStrv
rapport_identity_keys (RapportContact *contact)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *fields;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  fields = rapport_contact_get_fields (contact);
  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);
      const char *value = rapport_contact_field_get_value (field);
      g_autofree char *normal = NULL;
      const char *prefix = NULL;
      char *key;

      switch (rapport_contact_field_get_kind (field))
        {
        case RAPPORT_FIELD_EMAIL:
          normal = rapport_identity_normalize_email (value);
          prefix = "email:";
          break;
        case RAPPORT_FIELD_PHONE:
          normal = rapport_identity_normalize_phone (value);
          prefix = "phone:";
          break;
        case RAPPORT_FIELD_URL:
          normal = rapport_identity_normalize_url (value);
          prefix = "url:";
          break;
        case RAPPORT_FIELD_ADDRESS:
        default:
          break;
        }

      if (normal == NULL)
        continue;
      key = g_strconcat (prefix, normal, NULL);
      if (!g_hash_table_add (seen, key))
        continue;
      g_strv_builder_add (builder, key);
    }

  return g_strv_builder_end (builder);
}

/**
 * rapport_identity_name_key:
 * @contact: a person
 *
 * A key for suggesting that two people may be the same: the shown name,
 * case-folded, with runs of spaces made one. Never a reason to merge by itself.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL without a name
 */
char *
rapport_identity_name_key (RapportContact *contact)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  name = rapport_contact_dup_name (contact);
  return rapport_identity_fold_name (name);
}

/**
 * rapport_identity_fold_name:
 * @name: (nullable): a name as shown
 *
 * The name key of rapport_identity_name_key(), from the name itself.
 *
 * Returns: (transfer full) (nullable): the key, or %NULL for no name
 */
char *
rapport_identity_fold_name (const char *name)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (name == NULL)
    return NULL;

  folded = g_utf8_casefold (name, -1);
  words = g_strsplit_set (folded, " \t\r\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
