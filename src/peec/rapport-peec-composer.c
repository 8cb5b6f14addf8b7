/* rapport-peec-composer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns the four parts of a PEEC statement — Profession, Expertise,
 * Environment, Call to action — into prose, says how long it takes to say,
 * and gives hints: advice, never a block.
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
 *
 * The hints match translatable lists of words and phrases, as whole words,
 * ignoring case and accents (and Arabic and Hebrew vowel marks): "GURÚ"
 * matches "guru", "resolutions" does not match "solutions". In scripts
 * without spaces each character is matched on its own, so a phrase matches
 * wherever its characters follow each other.
 */

#define G_LOG_DOMAIN "rapport-peec"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-composer.h"

struct _RapportPeecHint
{
  RapportPeecPart part;
  RapportPeecHintKind kind;
  char *message;
};

/* What a character is to a word. */
typedef enum
{
  CHAR_BREAK,    /* spaces, punctuation, symbols and emoji: between words */
  CHAR_LETTER,   /* letters and digits of scripts with spaces between words */
  CHAR_DENSE,    /* letters of scripts without spaces between words */
  CHAR_JOINER,   /* apostrophes and hyphens: part of a word when inside one */
  CHAR_ATTACHED, /* combining marks and format characters: part of what they follow */
} CharClass;

/* A word (or, in scripts without spaces, a character) of a text, as found
 * there and as compared. */
typedef struct
{
  char *folded;
  gsize start;
  gsize end;
} Token;

/* The translated lists that the hints look for, each a GPtrArray of GStrv:
 * one phrase, as folded tokens. */
typedef struct
{
  GPtrArray *vague;
  GPtrArray *specific;
  GPtrArray *buzzwords;
  GPtrArray *audience;
} Lists;

G_DEFINE_ENUM_TYPE (RapportPeecPart, rapport_peec_part,
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_PART_PROFESSION, "profession"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_PART_EXPERTISE, "expertise"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_PART_ENVIRONMENT, "environment"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_PART_CALL_TO_ACTION, "call-to-action"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_PART_WHOLE, "whole"))

G_DEFINE_ENUM_TYPE (RapportPeecHintKind, rapport_peec_hint_kind,
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_HINT_MISSING, "missing"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_HINT_TOO_LONG, "too-long"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG, "introduction-too-long"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_HINT_VAGUE_CALL, "vague-call"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_HINT_BUZZWORD, "buzzword"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_PEEC_HINT_ABOUT_YOU, "about-you"))

G_DEFINE_BOXED_TYPE (RapportPeecHint, rapport_peec_hint, rapport_peec_hint_ref, rapport_peec_hint_unref)

/* Characters */

/* How many letters of a script written without spaces make about one word;
 * 0 for scripts with spaces between words. */
static guint
dense_letters_per_word (GUnicodeScript script)
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
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 /* ’ */ || c == 0x05F3 /* ׳ */ || c == 0x05F4 /* ״ */;
}

static CharClass
classify (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      return CHAR_ATTACHED;

    default:
      break;
    }

  if (c == 0x30FC)
    return CHAR_DENSE;

  if (g_unichar_isalnum (c))
    return dense_letters_per_word (g_unichar_get_script (c)) > 0 ? CHAR_DENSE : CHAR_LETTER;

  if (is_apostrophe (c) || c == '-' || c == 0x2010 /* ‐ */ || c == 0x2011 /* ‑ */ || c == 0x00B7 /* · */)
    return CHAR_JOINER;

  return CHAR_BREAK;
}

/* A joiner, or a decimal point or thousands separator, inside a word. */
static gboolean
joins (gunichar previous,
       gunichar c,
       gunichar next,
       gboolean keep_hyphens)
{
  if (c == '.' || c == ',')
    return g_unichar_isdigit (previous) && g_unichar_isdigit (next);

  if (classify (c) != CHAR_JOINER || classify (next) != CHAR_LETTER)
    return FALSE;

  return keep_hyphens || is_apostrophe (c) || c == 0x00B7;
}

static gunichar
peek_next (const char *p)
{
  return *p != '\0' ? g_utf8_get_char (g_utf8_next_char (p)) : 0;
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

static char *
make_valid (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return g_utf8_make_valid (text, -1);
}

/* @text without space at either end, and with each run of spaces and line
 * breaks inside it made one space. */
static char *
tidy (const char *text)
{
  g_autofree char *valid = make_valid (text);
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

      if (classify (c) != CHAR_ATTACHED && !g_unichar_isspace (c))
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
      if (!is_closing (c) && classify (c) != CHAR_ATTACHED && !g_unichar_isspace (c))
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
      else if (classify (c) == CHAR_LETTER || classify (c) == CHAR_ATTACHED)
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
static GArray *
tokenize (const char *text)
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
      CharClass class = classify (c);
      gsize here = p - text;
      gsize after = g_utf8_next_char (p) - text;

      if (class == CHAR_LETTER)
        {
          if (!in_letters && start >= 0)
            push_token (tokens, text, start, end);
          if (!in_letters)
            start = here;
          in_letters = TRUE;
          end = after;
        }
      else if (class == CHAR_DENSE)
        {
          if (start >= 0)
            push_token (tokens, text, start, end);
          start = here;
          end = after;
          in_letters = FALSE;
        }
      else if (class == CHAR_ATTACHED)
        {
          if (start >= 0)
            end = after;
        }
      else if (in_letters && joins (previous, c, peek_next (p), FALSE))
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

      if (class != CHAR_ATTACHED)
        previous = c;
    }

  if (start >= 0)
    push_token (tokens, text, start, end);

  return tokens;
}

/* Phrases */

static GPtrArray *
parse_phrases (const char *list)
{
  GPtrArray *phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *valid = make_valid (list);
  g_autoptr(GString) normalised = g_string_new (valid);
  g_auto(GStrv) split = NULL;

  /* Translators may separate with their own script's comma. */
  g_string_replace (normalised, "،", ",", 0);
  g_string_replace (normalised, "、", ",", 0);
  g_string_replace (normalised, "，", ",", 0);
  split = g_strsplit (normalised->str, ",", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autoptr(GArray) tokens = tokenize (split[i]);
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

static const Lists *
get_lists (void)
{
  static Lists *lists;

  if (g_once_init_enter_pointer (&lists))
    {
      Lists *new_lists = g_new0 (Lists, 1);

      new_lists->vague = parse_phrases (
        /* Translators: phrases that make a call to action vague when it names
         * no kind of person and nothing to listen for ("let me know if you
         * need anything"). Comma-separated; each is matched as whole words,
         * ignoring case and accents. Give your language's own phrases rather
         * than a word-for-word translation. */
        _("anything, anyone, anybody, anytime, any time, let me know, reach out, "
          "if you need, get in touch, contact me, feel free, hit me up"));
      new_lists->specific = parse_phrases (
        /* Translators: words that show a call to action names a kind of
         * person or something to listen for after all ("if you know anyone
         * WHO is moving house", "if you HEAR of…"). Comma-separated; matched
         * as whole words, ignoring case and accents. Your language's own. */
        _("who, whose, hear, hears, heard, meet, meets, mention, mentions, looking for, "
          "worried, struggling, going through, planning to, about to"));
      new_lists->buzzwords = parse_phrases (
        /* Translators: buzzwords a stranger would not follow in a short
         * spoken introduction. Comma-separated; matched as whole words,
         * ignoring case and accents. Give your language's own buzzwords
         * rather than a translation of these. */
        _("synergy, synergies, leverage, leveraging, solutions, guru, ninja, rockstar, rock star, "
          "thought leader, thought leadership, disrupt, disruptive, disruptor, paradigm, "
          "game changer, best in class, world class, cutting edge, next level, value add, "
          "empower, empowering, change architect, growth hacker, evangelist, visionary"));
      new_lists->audience = parse_phrases (
        /* Translators: words that show a statement says whom the speaker
         * helps ("I help parents…", "mostly FOR families…"). Without any of
         * them the statement is all about the speaker. Comma-separated;
         * matched as whole words, ignoring case and accents. */
        _("for, help, helps, helped, helping, client, clients, customer, customers, people, "
          "who, serve, serves, serving, patients, students, families, parents, "
          "businesses, companies, teams, owners"));

      g_once_init_leave_pointer (&lists, new_lists);
    }

  return lists;
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
static gboolean
find_phrase (GArray    *tokens,
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

static gboolean
has_phrase (GArray    *tokens,
            GPtrArray *phrases)
{
  guint position, n_tokens;

  return find_phrase (tokens, phrases, 0, &position, &n_tokens);
}

/* The words of @text from token @position on, as typed. */
static char *
dup_tokens_text (const char *text,
                 GArray     *tokens,
                 guint       position,
                 guint       n_tokens)
{
  gsize start = g_array_index (tokens, Token, position).start;
  gsize end = g_array_index (tokens, Token, position + n_tokens - 1).end;

  return g_strndup (text + start, end - start);
}

/* Hints */

static RapportPeecHint *
hint_new (RapportPeecPart      part,
          RapportPeecHintKind  kind,
          char                *message)
{
  RapportPeecHint *hint = g_rc_box_new0 (RapportPeecHint);

  hint->part = part;
  hint->kind = kind;
  hint->message = message;
  return hint;
}

static void
hint_clear (gpointer data)
{
  RapportPeecHint *hint = data;

  g_free (hint->message);
}

static const char *
missing_message (RapportPeecPart part)
{
  switch (part)
    {
    case RAPPORT_PEEC_PART_PROFESSION:
      return _("Add your profession: what you do, in words a stranger understands at once.");
    case RAPPORT_PEEC_PART_EXPERTISE:
      return _("Add your expertise: what you are especially good at, or the problem you solve.");
    case RAPPORT_PEEC_PART_ENVIRONMENT:
      return _("Add your environment: where you work, and for whom.");
    case RAPPORT_PEEC_PART_CALL_TO_ACTION:
      return _("Add a call to action: one concrete thing the listener can do for you.");
    case RAPPORT_PEEC_PART_WHOLE:
    default:
      g_return_val_if_reached ("");
    }
}

/* “synergy”, “leverage” */
static char *
quote_list (GPtrArray *words)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      g_autofree char *quoted = NULL;

      if (i > 0)
        /* Translators: between quoted words in a list: “synergy”, “leverage” */
        g_string_append (out, _(", "));
      /* Translators: a word quoted from what the user wrote */
      quoted = g_strdup_printf (_("“%s”"), (const char *) g_ptr_array_index (words, i));
      g_string_append (out, quoted);
    }

  return g_string_free_and_steal (out);
}

static RapportPeecHint *
check_buzzwords (RapportPeecPart  part,
                 const char      *text,
                 GArray          *tokens)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  char *message;
  guint from = 0, position, n_tokens;

  while (find_phrase (tokens, get_lists ()->buzzwords, from, &position, &n_tokens))
    {
      g_autofree char *word = dup_tokens_text (text, tokens, position, n_tokens);

      if (!g_ptr_array_find_with_equal_func (found, word, g_str_equal, NULL))
        g_ptr_array_add (found, g_steal_pointer (&word));
      from = position + n_tokens;
    }

  if (found->len == 0)
    return NULL;

  list = quote_list (found);
  /* Translators: %s is one or more quoted words: “synergy”, “leverage” */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A stranger may not follow %s. Say it in plain words.",
                                          "A stranger may not follow %s. Say them in plain words.",
                                          found->len),
                             list);
  return hint_new (part, RAPPORT_PEEC_HINT_BUZZWORD, message);
}

static RapportPeecHint *
check_call (const char *text,
            GArray     *tokens)
{
  const Lists *lists = get_lists ();
  g_autofree char *phrase = NULL;
  guint position, n_tokens;

  if (!find_phrase (tokens, lists->vague, 0, &position, &n_tokens) || has_phrase (tokens, lists->specific))
    return NULL;

  phrase = dup_tokens_text (text, tokens, position, n_tokens);
  return hint_new (RAPPORT_PEEC_PART_CALL_TO_ACTION, RAPPORT_PEEC_HINT_VAGUE_CALL,
                   /* Translators: %s is what the user wrote, such as “let me know” */
                   g_strdup_printf (_("“%s” is vague. Name a kind of person or something to listen for, "
                                      "and what to do then."),
                                    phrase));
}

/**
 * rapport_peec_part_get_label:
 *
 * Returns: (transfer none): the part's name, as a heading: "Call to Action"
 */
const char *
rapport_peec_part_get_label (RapportPeecPart part)
{
  switch (part)
    {
    case RAPPORT_PEEC_PART_PROFESSION:
      return _("Profession");
    case RAPPORT_PEEC_PART_EXPERTISE:
      return _("Expertise");
    case RAPPORT_PEEC_PART_ENVIRONMENT:
      return _("Environment");
    case RAPPORT_PEEC_PART_CALL_TO_ACTION:
      return _("Call to Action");
    case RAPPORT_PEEC_PART_WHOLE:
      /* Translators: a hint about the PEEC statement as a whole */
      return _("Whole Statement");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * rapport_peec_hint_ref:
 *
 * Returns: (transfer full): @hint
 */
RapportPeecHint *
rapport_peec_hint_ref (RapportPeecHint *hint)
{
  g_return_val_if_fail (hint != NULL, NULL);

  return g_rc_box_acquire (hint);
}

void
rapport_peec_hint_unref (RapportPeecHint *hint)
{
  g_return_if_fail (hint != NULL);

  g_rc_box_release_full (hint, hint_clear);
}

RapportPeecPart
rapport_peec_hint_get_part (const RapportPeecHint *hint)
{
  g_return_val_if_fail (hint != NULL, RAPPORT_PEEC_PART_WHOLE);

  return hint->part;
}

RapportPeecHintKind
rapport_peec_hint_get_kind (const RapportPeecHint *hint)
{
  g_return_val_if_fail (hint != NULL, RAPPORT_PEEC_HINT_MISSING);

  return hint->kind;
}

/**
 * rapport_peec_hint_get_message:
 *
 * Returns: (transfer none): the advice, translated, as a sentence
 */
const char *
rapport_peec_hint_get_message (const RapportPeecHint *hint)
{
  g_return_val_if_fail (hint != NULL, NULL);

  return hint->message;
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
      g_autofree char *part = tidy (parts[i]);

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
  g_autofree char *valid = make_valid (text);
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
      CharClass class = classify (c);

      switch (class)
        {
        case CHAR_LETTER:
          FLUSH_RUN ();
          if (!in_word)
            n_words++;
          in_word = TRUE;
          break;

        case CHAR_DENSE:
          {
            guint per = c == 0x30FC ? 2 : dense_letters_per_word (g_unichar_get_script (c));

            if (per != per_word)
              FLUSH_RUN ();
            per_word = per;
            run++;
            in_word = FALSE;
          }
          break;

        case CHAR_ATTACHED:
          break;

        case CHAR_JOINER:
        case CHAR_BREAK:
        default:
          if (!(in_word && joins (previous, c, peek_next (p), TRUE)))
            {
              FLUSH_RUN ();
              in_word = FALSE;
            }
          break;
        }

      if (class != CHAR_ATTACHED)
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

/**
 * rapport_peec_check:
 * @profession: (nullable): the parts, as in rapport_peec_compose()
 * @expertise: (nullable):
 * @environment: (nullable):
 * @call_to_action: (nullable):
 *
 * Looks for what would make the statement clearer: an empty part; a statement
 * that takes more than about 30 seconds to say; Profession and Expertise over
 * 17 words; a vague call to action; buzzwords; a statement that never says
 * whom you help. Hints about one part come in the order of the parts, then
 * hints about the whole.
 *
 * Returns: (transfer full) (element-type RapportPeecHint): the hints, perhaps none
 */
GPtrArray *
rapport_peec_check (const char *profession,
                    const char *expertise,
                    const char *environment,
                    const char *call_to_action)
{
  const char *given[RAPPORT_PEEC_N_PARTS] = { profession, expertise, environment, call_to_action };
  char *parts[RAPPORT_PEEC_N_PARTS] = { NULL, };
  GArray *tokens[RAPPORT_PEEC_N_PARTS] = { NULL, };
  guint n_words[RAPPORT_PEEC_N_PARTS] = { 0, };
  GPtrArray *hints = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_peec_hint_unref);
  const Lists *lists = get_lists ();
  gboolean says_whom = FALSE;
  guint introduction;
  guint total = 0;

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    {
      parts[i] = tidy (given[i]);
      tokens[i] = tokenize (parts[i]);
      n_words[i] = rapport_peec_count_words (parts[i]);
      total += n_words[i];
      says_whom = says_whom || has_phrase (tokens[i], lists->audience);
    }
  introduction = n_words[RAPPORT_PEEC_PART_PROFESSION] + n_words[RAPPORT_PEEC_PART_EXPERTISE];

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    {
      RapportPeecHint *hint;

      if (*parts[i] == '\0')
        {
          g_ptr_array_add (hints, hint_new (i, RAPPORT_PEEC_HINT_MISSING, g_strdup (missing_message (i))));
          continue;
        }

      if (introduction > RAPPORT_PEEC_MAX_INTRODUCTION_WORDS &&
          (i == RAPPORT_PEEC_PART_EXPERTISE ||
           (i == RAPPORT_PEEC_PART_PROFESSION && n_words[RAPPORT_PEEC_PART_EXPERTISE] == 0)))
        g_ptr_array_add (hints, hint_new (i, RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG,
                                          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                        "Profession and expertise take %u word. "
                                                                        "Try to say what you do in 17 words or fewer.",
                                                                        "Profession and expertise take %u words. "
                                                                        "Try to say what you do in 17 words or fewer.",
                                                                        introduction),
                                                           introduction)));

      if (i == RAPPORT_PEEC_PART_CALL_TO_ACTION && (hint = check_call (parts[i], tokens[i])) != NULL)
        g_ptr_array_add (hints, hint);

      if ((hint = check_buzzwords (i, parts[i], tokens[i])) != NULL)
        g_ptr_array_add (hints, hint);
    }

  if ((guint64) total * 60 > RAPPORT_PEEC_MAX_SECONDS * RAPPORT_PEEC_WORDS_PER_MINUTE)
    {
      guint seconds = MAX (RAPPORT_PEEC_MAX_SECONDS + 1, rapport_peec_speaking_seconds (total));

      g_ptr_array_add (hints, hint_new (RAPPORT_PEEC_PART_WHOLE, RAPPORT_PEEC_HINT_TOO_LONG,
                                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                      "This takes about %u second to say. "
                                                                      "Aim for 30 seconds or less.",
                                                                      "This takes about %u seconds to say. "
                                                                      "Aim for 30 seconds or less.",
                                                                      seconds),
                                                         seconds)));
    }

  /* Judged once there is something about what you do and where. */
  if (!says_whom &&
      (*parts[RAPPORT_PEEC_PART_EXPERTISE] != '\0' || *parts[RAPPORT_PEEC_PART_ENVIRONMENT] != '\0'))
    g_ptr_array_add (hints, hint_new (RAPPORT_PEEC_PART_WHOLE, RAPPORT_PEEC_HINT_ABOUT_YOU,
                                      g_strdup (_("This is all about you. Say whom you help: "
                                                  "the kind of client or person."))));

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    {
      g_free (parts[i]);
      g_array_unref (tokens[i]);
    }

  return hints;
}

/**
 * rapport_peec_check_statement:
 *
 * Returns: (transfer full) (element-type RapportPeecHint): the hints for
 *   @statement's parts; see rapport_peec_check()
 */
GPtrArray *
rapport_peec_check_statement (RapportPeecStatement *statement)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (statement), NULL);

  return rapport_peec_check (rapport_peec_statement_get_profession (statement),
                             rapport_peec_statement_get_expertise (statement),
                             rapport_peec_statement_get_environment (statement),
                             rapport_peec_statement_get_call_to_action (statement));
}
