/* rapport-identity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What makes two records the same person on import (docs/identity.md): an
 * email, phone number (digits only, a country code or trunk prefix on one
 * side ignored) or social profile (lowercase, no scheme, no "www.", no
 * query, no trailing slash) in common is evidence, not identity — it
 * counts only when the names agree (rapport_identity_names_agree()) or one
 * side has none, because switchboards, family landlines and shared
 * mailboxes are everywhere. A name alone is only a suggestion.
 */

#define G_LOG_DOMAIN "rapport-identity"

#include "config.h"

#include <string.h>

#include "rapport-identity.h"
#include "rapport-text-fold.h"

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

  /* Most addresses are ASCII, whose case folding is its lower case. */
  return g_str_is_ascii (start) ? g_ascii_strdown (start, -1) : g_utf8_casefold (start, -1);
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
 * rapport_identity_phone_digits:
 * @phone: a phone number as a file held it
 *
 * Returns: (transfer full): its digits, up to an extension, for
 *   rapport_identity_phone_digits_match()
 */
char *
rapport_identity_phone_digits (const char *phone)
{
  g_return_val_if_fail (phone != NULL, NULL);
  return phone_digits (phone);
}

/**
 * rapport_identity_phone_digits_match:
 * @da: a number's digits, from rapport_identity_phone_digits()
 * @db: another's
 *
 * rapport_identity_phones_match() on digits worked out once: an import
 * compares one number with everyone who shares its key.
 *
 * Returns: whether they are the same number
 */
gboolean
rapport_identity_phone_digits_match (const char *da,
                                     const char *db)
{
  const char *longer, *shorter;
  gsize extra;

  g_return_val_if_fail (da != NULL && db != NULL, FALSE);

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

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  da = phone_digits (a);
  db = phone_digits (b);
  return rapport_identity_phone_digits_match (da, db);
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

  folded = g_str_is_ascii (name) ? g_ascii_strdown (name, -1) : g_utf8_casefold (name, -1);
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

/**
 * rapport_identity_person_name:
 * @contact: a person
 *
 * The name that says who @contact is, for rapport_identity_names_agree():
 * as shown, but never the company that is shown for someone without a name.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL without one
 */
char *
rapport_identity_person_name (RapportContact *contact)
{
  const char *parts[RAPPORT_N_NAME_PARTS];
  g_autofree char *name = NULL;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  for (guint i = 0; i < RAPPORT_N_NAME_PARTS; i++)
    parts[i] = rapport_contact_get_name_part (contact, i);
  name = rapport_contact_compose_name (rapport_contact_get_display_name (contact), parts,
                                       rapport_contact_get_nickname (contact), NULL);
  if (*g_strstrip (name) == '\0')
    return NULL;
  return g_steal_pointer (&name);
}

/* Words enough for any name; more are ignored. */
#define NAME_MAX_WORDS 16

struct _RapportNameParts
{
  GPtrArray *words;    /* char*, folded, in the name's order */
  char *joined;        /* the words run together: "山田 太郎" is "山田太郎" */
};

/* Titles and suffixes that say nothing about who someone is: "Dr John
 * Smith" is John Smith. Folded, without their dots. */
static const char * const courtesy_words[] = {
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "jr", "jnr", "sr", "snr",
  "ii", "iii", "iv", "phd", "esq", "herr", "frau", "mme", "mlle", "sra", "srta", "dra", NULL,
};

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == '`' || c == 0x00B4;
}

/**
 * rapport_identity_name_parts_new:
 * @name: (nullable): a name as written anywhere
 *
 * Takes @name apart into words: case-folded, accents dropped (ø, đ, ł, æ,
 * ß and their kin written as people type them without), split at spaces,
 * commas, dots and hyphens ("Smith, John", "J.-L. Picard"), apostrophes
 * dropped ("O'Brien" is "OBrien"), titles such as "Dr" and "Jr" left out.
 *
 * Returns: (transfer full) (nullable): the parts, or %NULL for no name
 */
RapportNameParts *
rapport_identity_name_parts_new (const char *name)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GString) word = NULL;
  RapportNameParts *parts;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;

  folded = g_utf8_casefold (name, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return NULL;

  words = g_ptr_array_new_with_free_func (g_free);
  word = g_string_new (NULL);
  for (const char *p = decomposed;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *letter;

      if (c != 0 && (g_unichar_ismark (c) || is_apostrophe (c)))
        continue;
      if (c != 0 && g_unichar_isalnum (c))
        {
          if ((letter = rapport_text_fold_letter (c)) != NULL)
            g_string_append (word, letter);
          else
            g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0 && words->len < NAME_MAX_WORDS)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }

  /* Only a title ("Dr.") says nothing about who it is: no name. */
  for (guint i = words->len; i-- > 0;)
    if (g_strv_contains (courtesy_words, g_ptr_array_index (words, i)))
      g_ptr_array_remove_index (words, i);

  if (words->len == 0)
    return NULL;

  parts = g_new0 (RapportNameParts, 1);
  g_ptr_array_add (words, NULL);
  parts->joined = g_strjoinv ("", (char **) words->pdata);
  g_ptr_array_set_size (words, words->len - 1);
  parts->words = g_steal_pointer (&words);
  return parts;
}

void
rapport_identity_name_parts_free (RapportNameParts *parts)
{
  if (parts == NULL)
    return;
  g_ptr_array_unref (parts->words);
  g_free (parts->joined);
  g_free (parts);
}

static gboolean
is_initial (const char *word)
{
  return *g_utf8_next_char (word) == '\0';
}

/* The same word, or an initial and a word it begins. */
static gboolean
words_match (const char *a,
             const char *b)
{
  if (g_str_equal (a, b))
    return TRUE;
  if (is_initial (a) && !is_initial (b))
    return g_utf8_get_char (a) == g_utf8_get_char (b);
  if (is_initial (b) && !is_initial (a))
    return g_utf8_get_char (a) == g_utf8_get_char (b);
  return FALSE;
}

/* Kuhn's augmenting path: can word @i of @few take a word of @many? */
static gboolean
assign_word (const RapportNameParts *few,
             const RapportNameParts *many,
             guint                   i,
             int                    *taken_by,
             guint32                *visited)
{
  for (guint j = 0; j < many->words->len; j++)
    {
      if ((*visited & (1u << j)) != 0 ||
          !words_match (g_ptr_array_index (few->words, i), g_ptr_array_index (many->words, j)))
        continue;
      *visited |= 1u << j;
      if (taken_by[j] < 0 || assign_word (few, many, (guint) taken_by[j], taken_by, visited))
        {
          taken_by[j] = (int) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * rapport_identity_name_parts_agree:
 * @a: a name taken apart
 * @b: another
 *
 * Whether @a and @b can be the same person's name written differently:
 * each word of the shorter one is a word of the other, in any order, or
 * an initial of one ("J. Smith" and "John Smith"), and at least one whole
 * word is the same; the longer may have more ("Ana Silva" and "Ana Maria
 * Silva Costa"). Different words where both have one ("Anna Berg" and
 * "Erik Berg", "John A. Smith" and "John B. Smith") disagree; so do
 * initials alone ("J. S." and "John Smith"). The names run together may
 * also be the same ("山田太郎" and "山田 太郎").
 *
 * Returns: whether they agree
 */
gboolean
rapport_identity_name_parts_agree (const RapportNameParts *a,
                                   const RapportNameParts *b)
{
  const RapportNameParts *few, *many;
  int taken_by[NAME_MAX_WORDS];
  gboolean shared_word = FALSE;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_str_equal (a->joined, b->joined))
    return TRUE;

  few = a->words->len <= b->words->len ? a : b;
  many = few == a ? b : a;

  for (guint i = 0; i < few->words->len && !shared_word; i++)
    {
      const char *word = g_ptr_array_index (few->words, i);

      for (guint j = 0; j < many->words->len && !shared_word; j++)
        shared_word = !is_initial (word) && g_str_equal (word, g_ptr_array_index (many->words, j));
    }
  if (!shared_word)
    return FALSE;

  for (guint j = 0; j < NAME_MAX_WORDS; j++)
    taken_by[j] = -1;
  for (guint i = 0; i < few->words->len; i++)
    {
      guint32 visited = 0;

      if (!assign_word (few, many, i, taken_by, &visited))
        return FALSE;
    }
  return TRUE;
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * rapport_identity_name_parts_same:
 * @a: a name taken apart
 * @b: another
 *
 * Whether @a and @b are the same words, in any order: "Smith, John" and
 * "john smith"; not "J. Smith" and "John Smith", which only agree.
 *
 * Returns: whether they are the same
 */
gboolean
rapport_identity_name_parts_same (const RapportNameParts *a,
                                  const RapportNameParts *b)
{
  g_autoptr(GPtrArray) sorted_a = NULL;
  g_autoptr(GPtrArray) sorted_b = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_str_equal (a->joined, b->joined))
    return TRUE;
  if (a->words->len != b->words->len)
    return FALSE;
  /* Borrowed words: the copies free nothing. */
  sorted_a = g_ptr_array_sized_new (a->words->len);
  sorted_b = g_ptr_array_sized_new (b->words->len);
  for (guint i = 0; i < a->words->len; i++)
    {
      g_ptr_array_add (sorted_a, g_ptr_array_index (a->words, i));
      g_ptr_array_add (sorted_b, g_ptr_array_index (b->words, i));
    }
  g_ptr_array_sort (sorted_a, compare_words);
  g_ptr_array_sort (sorted_b, compare_words);
  for (guint i = 0; i < sorted_a->len; i++)
    if (!g_str_equal (g_ptr_array_index (sorted_a, i), g_ptr_array_index (sorted_b, i)))
      return FALSE;
  return TRUE;
}

/**
 * rapport_identity_names_agree:
 * @a: (nullable): a name
 * @b: (nullable): another
 *
 * rapport_identity_name_parts_agree() on two names as written; a missing
 * name (%NULL, empty, or only a title) agrees with any.
 *
 * Returns: whether a shared email, number or profile may make them one
 */
gboolean
rapport_identity_names_agree (const char *a,
                              const char *b)
{
  g_autoptr(RapportNameParts) pa = rapport_identity_name_parts_new (a);
  g_autoptr(RapportNameParts) pb = rapport_identity_name_parts_new (b);

  if (pa == NULL || pb == NULL)
    return TRUE;
  return rapport_identity_name_parts_agree (pa, pb);
}

/**
 * rapport_identity_name_parts_keys:
 * @parts: a name taken apart
 *
 * Keys that two names of two words or more share whenever they agree
 * (rapport_identity_name_parts_agree()), so that agreeing names are found
 * by looking keys up rather than by comparing every name with every other.
 * For each whole word and each other word: the two words ("smith john");
 * for an initial, the word and the initial marked `*` ("smith j*"), and
 * for a whole word also the word and its first letter marked `+` ("smith
 * j+"), so that an initial meets the words it may stand for: a name with
 * a `*` key agrees only with names that have the same key with `*` or
 * `+`. And the words run together, after `=`. A name of one word has
 * only the latter: "John" agrees with every John, which says nothing.
 *
 * Returns: (transfer full): the keys, without repeats
 */
GStrv
rapport_identity_name_parts_keys (const RapportNameParts *parts)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (parts != NULL, NULL);

  g_strv_builder_take (builder, g_strconcat ("=", parts->joined, NULL));
  for (guint i = 0; i < parts->words->len; i++)
    {
      const char *word = g_ptr_array_index (parts->words, i);

      if (is_initial (word))
        continue;
      for (guint j = 0; j < parts->words->len; j++)
        {
          const char *other = g_ptr_array_index (parts->words, j);
          int first = (int) (g_utf8_next_char (other) - other);
          char *keys[2] = { NULL, NULL };

          if (j == i)
            continue;
          if (is_initial (other))
            {
              keys[0] = g_strdup_printf ("%s %.*s*", word, first, other);
            }
          else
            {
              keys[0] = g_strdup_printf ("%s %s", word, other);
              keys[1] = g_strdup_printf ("%s %.*s+", word, first, other);
            }
          for (guint k = 0; k < G_N_ELEMENTS (keys) && keys[k] != NULL; k++)
            if (g_hash_table_add (seen, keys[k]))
              g_strv_builder_add (builder, keys[k]);
        }
    }
  return g_strv_builder_end (builder);
}
