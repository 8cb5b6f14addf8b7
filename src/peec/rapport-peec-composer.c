/* rapport-peec-composer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns the four parts of a PEEC statement — Profession, Expertise,
 * Environment, Call to action — into prose, and says how long it takes to
 * say. The hints on it, advice and never a block, are in rapport-peec-hints.c.
 *
 * Words are counted script by script. Scripts that put spaces between words
 * (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul, …) count as you would by
 * hand: "I'm", "co-parent" and "3.5" are one word each, and right-to-left
 * marks, joiners and combining accents change nothing. Scripts that write
 * without spaces have no word boundaries to find without a dictionary, so
 * runs of them count by length: two Han or kana characters make about one
 * word, as about two Han characters make a Chinese word and two kana about a
 * Japanese one, which also keeps the 150-words-a-minute estimate close to how
 * fast they are spoken; three letters of Thai, Lao, Khmer or Burmese make one.
 * Emoji and other symbols are not said aloud, so they are not counted.
 */

#define G_LOG_DOMAIN "rapport-peec"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-composer.h"
#include "rapport-peec-text.h"

/* Characters */

static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  /* ー, the long vowel mark, is in no one script. */
  return c == 0x30FC ||
         script == G_UNICODE_SCRIPT_HAN ||
         script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA;
}

static gboolean
is_kana (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA;
}

static gboolean
is_terminal (gunichar c)
{
  return g_utf8_strchr (".!?…。！？．｡؟۔।॥‼‽⁇⁈⁉", -1, c) != NULL;
}

static gboolean
is_soft_end (gunichar c)
{
  return g_utf8_strchr (",;:،؛、，；：", -1, c) != NULL;
}

static gboolean
is_closing (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return c == '"' || c == '\'' ||
         type == G_UNICODE_CLOSE_PUNCTUATION || type == G_UNICODE_FINAL_PUNCTUATION;
}

/* Text */

static gunichar
last_char (const char *text,
           gsize       len)
{
  const char *last;

  if (len == 0)
    return 0;
  last = g_utf8_find_prev_char (text, text + len);
  return last != NULL ? g_utf8_get_char (last) : 0;
}

/* The last letter or digit, to choose the punctuation of its script. */
static gunichar
last_alnum (const char *text,
            gsize       len)
{
  const char *p = text + len;

  while ((p = g_utf8_find_prev_char (text, p)) != NULL)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == 0x30FC)
        return c;
    }

  return 0;
}

static gunichar
first_visible (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (rapport_peec_text_classify (c) != RAPPORT_PEEC_TEXT_CHAR_ATTACHED &&
          !g_unichar_isspace (c))
        return c;
    }

  return 0;
}

/* Ends in . ! ? … or the like, perhaps inside closing quotes or brackets. */
static gboolean
ends_sentence (const char *text,
               gsize       len)
{
  const char *p = text + len;

  while ((p = g_utf8_find_prev_char (text, p)) != NULL)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_terminal (c))
        return TRUE;
      if (!is_closing (c) && rapport_peec_text_classify (c) != RAPPORT_PEEC_TEXT_CHAR_ATTACHED &&
          !g_unichar_isspace (c))
        return FALSE;
    }

  return FALSE;
}

/* Where the first letter of @text is, if it starts a word that is all lower
 * case: "iPhone" and "eBay" keep their case. */
static const char *
find_capitalisable (const char *text)
{
  const char *first = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (first == NULL)
        {
          if (g_unichar_isalpha (c))
            {
              if (!g_unichar_islower (c))
                return NULL;
              first = p;
            }
          else if (g_unichar_isdigit (c))
            {
              return NULL;
            }
        }
      else if (rapport_peec_text_classify (c) == RAPPORT_PEEC_TEXT_CHAR_LETTER ||
               rapport_peec_text_classify (c) == RAPPORT_PEEC_TEXT_CHAR_ATTACHED)
        {
          if (g_unichar_isupper (c) || g_unichar_istitle (c))
            return NULL;
        }
      else
        {
          break;
        }
    }

  return first;
}

static void
append_capitalised (GString    *out,
                    const char *text)
{
  const char *first = find_capitalisable (text);

  if (first == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_len (out, text, first - text);
  g_string_append_unichar (out, g_unichar_totitle (g_utf8_get_char (first)));
  g_string_append (out, g_utf8_next_char (first));
}

/* The first letter of @text is a capital: it was meant to start a sentence. */
static gboolean
starts_with_capital (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return g_unichar_isupper (c) || g_unichar_istitle (c);
      if (g_unichar_isdigit (c))
        return FALSE;
    }

  return FALSE;
}

static gboolean
contains_kana (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_kana (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Composing */

typedef struct
{
  GString *out;
  gboolean open; /* the last sentence has no full stop yet */
} Prose;

static void
strip_soft_end (GString *out)
{
  gunichar c;

  while ((c = last_char (out->str, out->len)) != 0 && (is_soft_end (c) || g_unichar_isspace (c)))
    g_string_truncate (out, g_utf8_find_prev_char (out->str, out->str + out->len) - out->str);
}

static void
close_sentence (Prose *prose)
{
  if (!prose->open)
    return;

  strip_soft_end (prose->out);
  if (prose->out->len > 0 && !ends_sentence (prose->out->str, prose->out->len))
    g_string_append (prose->out, is_cjk (last_alnum (prose->out->str, prose->out->len)) ? "。" : ".");
  prose->open = FALSE;
}

static void
start_sentence (Prose      *prose,
                const char *part)
{
  close_sentence (prose);

  /* Japanese and Chinese put no space after a full stop. */
  if (prose->out->len > 0 &&
      !(is_cjk (last_alnum (prose->out->str, prose->out->len)) && is_cjk (first_visible (part))))
    g_string_append_c (prose->out, ' ');

  append_capitalised (prose->out, part);
  prose->open = !ends_sentence (part, strlen (part));
}

static void
continue_sentence (Prose      *prose,
                   const char *part)
{
  gunichar last;

  strip_soft_end (prose->out);
  last = last_alnum (prose->out->str, prose->out->len);

  if (!g_unichar_isalnum (first_visible (part)))
    g_string_append_c (prose->out, ' ');
  else if (is_cjk (last))
    g_string_append (prose->out, contains_kana (prose->out->str) ? "、" : "，");
  else if (g_unichar_get_script (last) == G_UNICODE_SCRIPT_ARABIC)
    g_string_append (prose->out, "، ");
  else
    g_string_append (prose->out, ", ");

  g_string_append (prose->out, part);
  prose->open = !ends_sentence (part, strlen (part));
}

/**
 * rapport_peec_compose:
 * @profession: (nullable): "I'm a family lawyer"
 * @expertise: (nullable): "I help parents settle custody without going to court"
 * @environment: (nullable): "mostly for families in and around Leeds"
 * @call_to_action: (nullable): "if you hear of a parent worried about a custody fight, …"
 *
 * Joins the parts into prose, as they would be said: each part a sentence,
 * capitalised and with a full stop, except that an environment that starts
 * in lower case carries on the sentence before it after a comma. Empty parts
 * are left out, and the user's own punctuation is kept and never doubled.
 * Japanese and Chinese get their own full stops and commas, Arabic its comma.
 *
 * Returns: (transfer full): the statement, or "" when every part is empty
 */
char *
rapport_peec_compose (const char *profession,
                      const char *expertise,
                      const char *environment,
                      const char *call_to_action)
{
  const char *parts[RAPPORT_PEEC_N_PARTS] = { profession, expertise, environment, call_to_action };
  Prose prose = { g_string_new (NULL), FALSE };

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    {
      g_autofree char *part = rapport_peec_text_tidy (parts[i]);

      if (*part == '\0')
        continue;

      if (i == RAPPORT_PEEC_PART_ENVIRONMENT && prose.open && !starts_with_capital (part))
        continue_sentence (&prose, part);
      else
        start_sentence (&prose, part);
    }

  close_sentence (&prose);
  return g_string_free_and_steal (prose.out);
}

/**
 * rapport_peec_compose_statement:
 *
 * Returns: (transfer full): @statement's parts as prose; see rapport_peec_compose()
 */
char *
rapport_peec_compose_statement (RapportPeecStatement *statement)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (statement), NULL);

  return rapport_peec_compose (rapport_peec_statement_get_profession (statement),
                               rapport_peec_statement_get_expertise (statement),
                               rapport_peec_statement_get_environment (statement),
                               rapport_peec_statement_get_call_to_action (statement));
}

/**
 * rapport_peec_count_words:
 * @text: (nullable): any text
 *
 * Counts words script by script; see the top of this file.
 *
 * Returns: about how many words @text has
 */
guint
rapport_peec_count_words (const char *text)
{
  g_autofree char *valid = rapport_peec_text_make_valid (text);
  guint n_words = 0;
  guint run = 0;
  guint per_word = 0;
  gboolean in_word = FALSE;
  gunichar previous = 0;

#define FLUSH_RUN() G_STMT_START { \
    if (run > 0) \
      n_words += (run + per_word - 1) / per_word; \
    run = 0; \
  } G_STMT_END

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      RapportPeecTextCharClass class = rapport_peec_text_classify (c);

      switch (class)
        {
        case RAPPORT_PEEC_TEXT_CHAR_LETTER:
          FLUSH_RUN ();
          if (!in_word)
            n_words++;
          in_word = TRUE;
          break;

        case RAPPORT_PEEC_TEXT_CHAR_DENSE:
          {
            guint per = c == 0x30FC
                        ? 2
                        : rapport_peec_text_dense_letters_per_word (g_unichar_get_script (c));

            if (per != per_word)
              FLUSH_RUN ();
            per_word = per;
            run++;
            in_word = FALSE;
          }
          break;

        case RAPPORT_PEEC_TEXT_CHAR_ATTACHED:
          break;

        case RAPPORT_PEEC_TEXT_CHAR_JOINER:
        case RAPPORT_PEEC_TEXT_CHAR_BREAK:
        default:
          if (!(in_word &&
                rapport_peec_text_joins (previous, c, rapport_peec_text_peek_next (p), TRUE)))
            {
              FLUSH_RUN ();
              in_word = FALSE;
            }
          break;
        }

      if (class != RAPPORT_PEEC_TEXT_CHAR_ATTACHED)
        previous = c;
    }

  FLUSH_RUN ();

#undef FLUSH_RUN

  return n_words;
}

/**
 * rapport_peec_speaking_seconds:
 *
 * Returns: about how many seconds @n_words take to say, at 150 words a minute
 */
guint
rapport_peec_speaking_seconds (guint n_words)
{
  return (guint) (((guint64) n_words * 60 + RAPPORT_PEEC_WORDS_PER_MINUTE / 2) / RAPPORT_PEEC_WORDS_PER_MINUTE);
}

/**
 * rapport_peec_format_speaking_time:
 *
 * Returns: (transfer full): "About 20 seconds to say", rounded to 5 seconds
 *   (to the minute from 90 seconds on)
 */
char *
rapport_peec_format_speaking_time (guint seconds)
{
  guint rounded;

  if (seconds == 0)
    return g_strdup (_("Nothing to say yet"));

  if (seconds < 90)
    {
      rounded = MAX (5, (seconds + 2) / 5 * 5);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "About %u second to say",
                                           "About %u seconds to say",
                                           rounded),
                              rounded);
    }

  rounded = (seconds + 30) / 60;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "About %u minute to say",
                                       "About %u minutes to say",
                                       rounded),
                          rounded);
}
