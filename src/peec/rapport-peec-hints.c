/* rapport-peec-hints.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Gives hints on a PEEC statement: advice, never a block.
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
#include "rapport-peec-hints.h"
#include "rapport-peec-text.h"

struct _RapportPeecHint
{
  RapportPeecPart part;
  RapportPeecHintKind kind;
  char *message;
};

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

/* Phrases */

static const Lists *
get_lists (void)
{
  static Lists *lists;

  if (g_once_init_enter_pointer (&lists))
    {
      Lists *new_lists = g_new0 (Lists, 1);

      new_lists->vague = rapport_peec_text_parse_phrases (
        /* Translators: phrases that make a call to action vague when it names
         * no kind of person and nothing to listen for ("let me know if you
         * need anything"). Comma-separated; each is matched as whole words,
         * ignoring case and accents. Give your language's own phrases rather
         * than a word-for-word translation. */
        _("anything, anyone, anybody, anytime, any time, let me know, reach out, "
          "if you need, get in touch, contact me, feel free, hit me up"));
      new_lists->specific = rapport_peec_text_parse_phrases (
        /* Translators: words that show a call to action names a kind of
         * person or something to listen for after all ("if you know anyone
         * WHO is moving house", "if you HEAR of…"). Comma-separated; matched
         * as whole words, ignoring case and accents. Your language's own. */
        _("who, whose, hear, hears, heard, meet, meets, mention, mentions, looking for, "
          "worried, struggling, going through, planning to, about to"));
      new_lists->buzzwords = rapport_peec_text_parse_phrases (
        /* Translators: buzzwords a stranger would not follow in a short
         * spoken introduction. Comma-separated; matched as whole words,
         * ignoring case and accents. Give your language's own buzzwords
         * rather than a translation of these. */
        _("synergy, synergies, leverage, leveraging, solutions, guru, ninja, rockstar, rock star, "
          "thought leader, thought leadership, disrupt, disruptive, disruptor, paradigm, "
          "game changer, best in class, world class, cutting edge, next level, value add, "
          "empower, empowering, change architect, growth hacker, evangelist, visionary"));
      new_lists->audience = rapport_peec_text_parse_phrases (
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

  while (rapport_peec_text_find_phrase (tokens, get_lists ()->buzzwords, from,
                                        &position, &n_tokens))
    {
      g_autofree char *word = rapport_peec_text_dup_tokens (text, tokens, position, n_tokens);

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

  if (!rapport_peec_text_find_phrase (tokens, lists->vague, 0, &position, &n_tokens) ||
      rapport_peec_text_has_phrase (tokens, lists->specific))
    return NULL;

  phrase = rapport_peec_text_dup_tokens (text, tokens, position, n_tokens);
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
      return C_("statement part", "Profession");
    case RAPPORT_PEEC_PART_EXPERTISE:
      return C_("statement part", "Expertise");
    case RAPPORT_PEEC_PART_ENVIRONMENT:
      return C_("statement part", "Environment");
    case RAPPORT_PEEC_PART_CALL_TO_ACTION:
      return _("Call to Action");
    case RAPPORT_PEEC_PART_WHOLE:
      /* Translators: a hint about the PEEC statement as a whole */
      return C_("statement part", "Whole Statement");
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
      parts[i] = rapport_peec_text_tidy (given[i]);
      tokens[i] = rapport_peec_text_tokenize (parts[i]);
      n_words[i] = rapport_peec_count_words (parts[i]);
      total += n_words[i];
      says_whom = says_whom || rapport_peec_text_has_phrase (tokens[i], lists->audience);
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
