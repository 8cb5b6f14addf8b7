/* rapport-peec-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal to src/peec/: what the composer and the hints share about text.
 * What a character is to a word, tidying what the user typed, splitting it
 * into words folded for comparison, and parsing and finding the translatable
 * lists of phrases. See rapport-peec-composer.c for how words are counted and
 * rapport-peec-hints.c for how phrases are matched.
 */

#define G_LOG_DOMAIN "rapport-peec"

#include "config.h"

#include "rapport-peec-text.h"

/* A word (or, in scripts without spaces, a character) of a text, as found
 * there and as compared. */
typedef struct
{
  char *folded;
  gsize start;
  gsize end;
} Token;

/* Characters */

/* How many letters of a script written without spaces make about one word;
 * 0 for scripts with spaces between words. */
guint
rapport_peec_text_dense_letters_per_word (GUnicodeScript script)
{
  switch (script)
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
      return 2;

    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
      return 3;

    default:
      return 0;
    }
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 /* ’ */ || c == 0x05F3 /* ׳ */ || c == 0x05F4 /* ״ */;
}

RapportPeecTextCharClass
rapport_peec_text_classify (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      return RAPPORT_PEEC_TEXT_CHAR_ATTACHED;

    default:
      break;
    }

  if (c == 0x30FC)
    return RAPPORT_PEEC_TEXT_CHAR_DENSE;

  if (g_unichar_isalnum (c))
    return rapport_peec_text_dense_letters_per_word (g_unichar_get_script (c)) > 0
           ? RAPPORT_PEEC_TEXT_CHAR_DENSE
           : RAPPORT_PEEC_TEXT_CHAR_LETTER;

  if (is_apostrophe (c) || c == '-' || c == 0x2010 /* ‐ */ || c == 0x2011 /* ‑ */ || c == 0x00B7 /* · */)
    return RAPPORT_PEEC_TEXT_CHAR_JOINER;

  return RAPPORT_PEEC_TEXT_CHAR_BREAK;
}

/* A joiner, or a decimal point or thousands separator, inside a word. */
gboolean
rapport_peec_text_joins (gunichar previous,
                         gunichar c,
                         gunichar next,
                         gboolean keep_hyphens)
{
  if (c == '.' || c == ',')
    return g_unichar_isdigit (previous) && g_unichar_isdigit (next);

  if (rapport_peec_text_classify (c) != RAPPORT_PEEC_TEXT_CHAR_JOINER ||
      rapport_peec_text_classify (next) != RAPPORT_PEEC_TEXT_CHAR_LETTER)
    return FALSE;

  return keep_hyphens || is_apostrophe (c) || c == 0x00B7;
}

gunichar
rapport_peec_text_peek_next (const char *p)
{
  return *p != '\0' ? g_utf8_get_char (g_utf8_next_char (p)) : 0;
}

/* Text */

char *
rapport_peec_text_make_valid (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return g_utf8_make_valid (text, -1);
}

/* @text without space at either end, and with each run of spaces and line
 * breaks inside it made one space. */
char *
rapport_peec_text_tidy (const char *text)
{
  g_autofree char *valid = rapport_peec_text_make_valid (text);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free_and_steal (out);
}

/* Words */

static char *
fold (const char *text,
      gssize      len)
{
  g_autofree char *folded = g_utf8_casefold (text, len);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  GString *out = g_string_new (NULL);
  GUnicodeScript base = G_UNICODE_SCRIPT_COMMON;
  g_autofree char *stripped = NULL;
  char *composed;

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        {
          /* Accents, and Arabic and Hebrew vowel marks, are often left out;
           * elsewhere (dakuten, Thai vowels, …) a mark makes another word. */
          if (base == G_UNICODE_SCRIPT_LATIN || base == G_UNICODE_SCRIPT_GREEK ||
              base == G_UNICODE_SCRIPT_CYRILLIC || base == G_UNICODE_SCRIPT_ARABIC ||
              base == G_UNICODE_SCRIPT_HEBREW)
            continue;
        }
      else
        {
          base = g_unichar_get_script (c);
        }

      g_string_append_unichar (out, is_apostrophe (c) ? '\'' : c);
    }

  stripped = g_string_free_and_steal (out);
  composed = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);
  return composed != NULL ? composed : g_strdup ("");
}

static void
token_clear (gpointer data)
{
  Token *token = data;

  g_free (token->folded);
}

static void
push_token (GArray     *tokens,
            const char *text,
            gsize       start,
            gsize       end)
{
  Token token = { fold (text + start, end - start), start, end };

  g_array_append_val (tokens, token);
}

/* The words of @text, with each letter of a script without spaces a word of
 * its own. Hyphens split words here, so "thought-leader" is "thought leader". */
GArray *
rapport_peec_text_tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  gssize start = -1;
  gsize end = 0;
  gboolean in_letters = FALSE;
  gunichar previous = 0;

  g_array_set_clear_func (tokens, token_clear);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      RapportPeecTextCharClass class = rapport_peec_text_classify (c);
      gsize here = p - text;
      gsize after = g_utf8_next_char (p) - text;

      if (class == RAPPORT_PEEC_TEXT_CHAR_LETTER)
        {
          if (!in_letters && start >= 0)
            push_token (tokens, text, start, end);
          if (!in_letters)
            start = here;
          in_letters = TRUE;
          end = after;
        }
      else if (class == RAPPORT_PEEC_TEXT_CHAR_DENSE)
        {
          if (start >= 0)
            push_token (tokens, text, start, end);
          start = here;
          end = after;
          in_letters = FALSE;
        }
      else if (class == RAPPORT_PEEC_TEXT_CHAR_ATTACHED)
        {
          if (start >= 0)
            end = after;
        }
      else if (in_letters &&
               rapport_peec_text_joins (previous, c, rapport_peec_text_peek_next (p), FALSE))
        {
          end = after;
        }
      else
        {
          if (start >= 0)
            push_token (tokens, text, start, end);
          start = -1;
          in_letters = FALSE;
        }

      if (class != RAPPORT_PEEC_TEXT_CHAR_ATTACHED)
        previous = c;
    }

  if (start >= 0)
    push_token (tokens, text, start, end);

  return tokens;
}

/* Phrases */

GPtrArray *
rapport_peec_text_parse_phrases (const char *list)
{
  GPtrArray *phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *valid = rapport_peec_text_make_valid (list);
  g_autoptr(GString) normalised = g_string_new (valid);
  g_auto(GStrv) split = NULL;

  /* Translators may separate with their own script's comma. */
  g_string_replace (normalised, "،", ",", 0);
  g_string_replace (normalised, "、", ",", 0);
  g_string_replace (normalised, "，", ",", 0);
  split = g_strsplit (normalised->str, ",", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autoptr(GArray) tokens = rapport_peec_text_tokenize (split[i]);
      g_autoptr(GStrvBuilder) builder = NULL;

      if (tokens->len == 0)
        continue;

      builder = g_strv_builder_new ();
      for (guint j = 0; j < tokens->len; j++)
        g_strv_builder_add (builder, g_array_index (tokens, Token, j).folded);
      g_ptr_array_add (phrases, g_strv_builder_end (builder));
    }

  return phrases;
}

static gboolean
phrase_at (GArray     *tokens,
           guint       position,
           const GStrv phrase)
{
  guint n = g_strv_length (phrase);

  if (position + n > tokens->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (g_array_index (tokens, Token, position + i).folded, phrase[i]) != 0)
      return FALSE;

  return TRUE;
}

/* The first phrase of @phrases found at or after token @from, longest first
 * where several start at the same word. */
gboolean
rapport_peec_text_find_phrase (GArray    *tokens,
                               GPtrArray *phrases,
                               guint      from,
                               guint     *position,
                               guint     *n_tokens)
{
  for (guint i = from; i < tokens->len; i++)
    {
      guint best = 0;

      for (guint j = 0; j < phrases->len; j++)
        {
          GStrv phrase = g_ptr_array_index (phrases, j);

          if (g_strv_length (phrase) > best && phrase_at (tokens, i, phrase))
            best = g_strv_length (phrase);
        }

      if (best > 0)
        {
          *position = i;
          *n_tokens = best;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
rapport_peec_text_has_phrase (GArray    *tokens,
                              GPtrArray *phrases)
{
  guint position, n_tokens;

  return rapport_peec_text_find_phrase (tokens, phrases, 0, &position, &n_tokens);
}

/* The words of @text from token @position on, as typed. */
char *
rapport_peec_text_dup_tokens (const char *text,
                              GArray     *tokens,
                              guint       position,
                              guint       n_tokens)
{
  gsize start = g_array_index (tokens, Token, position).start;
  gsize end = g_array_index (tokens, Token, position + n_tokens - 1).end;

  return g_strndup (text + start, end - start);
}
