/* rapport-introduction-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who could help whom, as rules a person can check: the words of what one
 * person is looking for (without the little words of English, German and
 * Spanish, which say nothing about a need) found at the start of words in
 * what another offers. A match in a profession or expertise weighs most,
 * then "how I can help" and tags, then environment and company; then how
 * close the user is to the helper, and whether they enjoy their company.
 * The store finds the candidates with its full-text index; this ranks and
 * explains them, the same way every time.
 */

#define G_LOG_DOMAIN "rapport-introduction-match"

#include "config.h"

#include <string.h>

#include "rapport-introduction-match.h"
#include "rapport-text-fold.h"

/* Words too common to mean a need, folded (no case, no accents), in English,
 * German and Spanish; with the words people use to ask ("looking for
 * someone who…"), which every request has. Data, not user interface: the
 * same list whatever the user's language, since people write in several. */
static const char * const stop_words[] = {
  /* English */
  "a", "about", "an", "and", "any", "are", "as", "at", "be", "by", "can", "could", "do", "for", "from",
  "get", "good", "has", "have", "help", "her", "him", "his", "i", "in", "into", "is", "it", "its", "like",
  "looking", "me", "more", "my", "need", "needs", "new", "of", "on", "or", "our", "she", "some", "someone",
  "somebody", "that", "the", "their", "them", "they", "this", "to", "up", "us", "wants", "want", "we",
  "who", "whom", "will", "with", "would", "you", "your",
  /* German */
  "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer",
  "eines", "er", "es", "fur", "hat", "ich", "im", "ist", "jemand", "jemanden", "mit", "nach", "oder",
  "sie", "sucht", "suche", "sucher", "und", "von", "wer", "wir", "zu", "zum", "zur",
  /* Spanish */
  "al", "alguien", "busca", "buscando", "con", "de", "del", "el", "ella", "en", "es", "la", "las", "lo",
  "los", "mas", "necesita", "para", "por", "que", "quien", "se", "su", "sus", "un", "una", "unas", "unos",
  "y",
};

/* How much a match in each offer weighs, as RapportOffer orders them. */
static const guint offer_weights[RAPPORT_N_OFFERS] = { 3, 3, 2, 2, 1, 1 };

static GHashTable *
get_stop_words (void)
{
  static GHashTable *table;

  if (g_once_init_enter_pointer (&table))
    {
      GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        g_hash_table_add (words, (gpointer) stop_words[i]);
      g_once_init_leave_pointer (&table, words);
    }
  return table;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* A word as search folds it (without case or accents, ø spelt o), so
 * "Ingeniería" and "ingenieria" meet, and so do "Søren" and "Soren". */
static char *
fold_word (const char *word,
           gssize      length)
{
  g_autofree char *copy = g_strndup (word, length < 0 ? strlen (word) : (gsize) length);

  return rapport_text_fold (copy);
}

/* Calls @func with each word of @text, as a start and a byte length. */
typedef void (*WordFunc) (const char *start,
                          gsize       length,
                          gpointer    user_data);

static void
foreach_word (const char *text,
              WordFunc    func,
              gpointer    user_data)
{
  const char *start = NULL;

  if (text == NULL)
    return;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_word_char (c))
        {
          if (start == NULL)
            start = p;
          continue;
        }
      if (start != NULL)
        func (start, (gsize) (p - start), user_data);
      start = NULL;
      if (c == 0)
        break;
    }
}

/* "engineers" looks for "engineer", "engineering" and "engineers" alike. */
static void
trim_plural (char *word)
{
  gsize length = strlen (word);

  if (length > 4 && word[length - 1] == 's' && word[length - 2] != 's')
    word[length - 1] = '\0';
}

static void
add_match_word (const char *start,
                gsize       length,
                gpointer    user_data)
{
  GPtrArray *words = user_data;
  g_autofree char *folded = fold_word (start, (gssize) length);

  if (g_utf8_strlen (folded, -1) < 2 || rapport_introduction_is_stop_word (folded))
    return;
  trim_plural (folded);
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (g_ptr_array_index (words, i), folded))
      return;
  g_ptr_array_add (words, g_steal_pointer (&folded));
}

static gboolean
word_matches (const char         *folded,
              const char * const *words,
              guint              *which)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (g_str_has_prefix (folded, words[i]))
      {
        *which = i;
        return TRUE;
      }
  return FALSE;
}

typedef struct
{
  const char *text;
  const char * const *words;
  GString *markup;
  const char *done;
} Highlight;

static void
highlight_word (const char *start,
                gsize       length,
                gpointer    user_data)
{
  Highlight *highlight = user_data;
  g_autofree char *folded = fold_word (start, (gssize) length);
  g_autofree char *before = NULL;
  g_autofree char *word = NULL;
  guint which;

  if (!word_matches (folded, highlight->words, &which))
    return;
  before = g_markup_escape_text (highlight->done, start - highlight->done);
  word = g_markup_escape_text (start, (gssize) length);
  g_string_append_printf (highlight->markup, "%s<b>%s</b>", before, word);
  highlight->done = start + length;
}

static void
add_folded_word (const char *start,
                 gsize       length,
                 gpointer    user_data)
{
  g_ptr_array_add (user_data, fold_word (start, (gssize) length));
}

/* The words of @text, folded once, to be matched many times. */
static GPtrArray *
fold_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  foreach_word (text, add_folded_word, words);
  return words;
}

/* See rapport_introduction_suggestion_score(). */
static RapportIntroductionSuggestion *
score_folded (const char * const  *words,
              GPtrArray          **offer_words,
              gint64               contact_id,
              const char          *name,
              const char * const  *offers,
              RapportCloseness     closeness,
              gboolean             enjoy)
{
  g_autoptr(RapportIntroductionSuggestion) suggestion = NULL;
  g_autoptr(GStrvBuilder) matched_words = NULL;
  g_autofree guint *weights = NULL;
  guint n_words = g_strv_length ((GStrv) words);
  guint closeness_points = 0;

  if (n_words == 0)
    return NULL;

  suggestion = g_new0 (RapportIntroductionSuggestion, 1);
  weights = g_new0 (guint, n_words);
  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    for (guint j = 0; j < offer_words[offer]->len; j++)
      {
        guint which;

        if (word_matches (g_ptr_array_index (offer_words[offer], j), words, &which))
          {
            suggestion->matched |= 1u << offer;
            weights[which] = MAX (weights[which], offer_weights[offer]);
          }
      }
  if (suggestion->matched == 0)
    return NULL;

  matched_words = g_strv_builder_new ();
  for (guint i = 0; i < n_words; i++)
    if (weights[i] > 0)
      {
        suggestion->match_points += weights[i];
        g_strv_builder_add (matched_words, words[i]);
      }

  switch (closeness)
    {
    case RAPPORT_CLOSENESS_INNER_CIRCLE: closeness_points = 3; break;
    case RAPPORT_CLOSENESS_FRIEND: closeness_points = 2; break;
    case RAPPORT_CLOSENESS_ACQUAINTANCE: closeness_points = 1; break;
    case RAPPORT_CLOSENESS_UNKNOWN:
    case RAPPORT_CLOSENESS_ONLINE_ONLY:
    default:
      break;
    }

  suggestion->contact_id = contact_id;
  suggestion->name = g_strdup (name);
  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    suggestion->offers[offer] = g_strdup (offers[offer]);
  suggestion->words = g_strv_builder_end (matched_words);
  suggestion->closeness = closeness;
  suggestion->enjoy = enjoy;
  suggestion->score = suggestion->match_points * 4 + closeness_points + (enjoy ? 2 : 0);
  return g_steal_pointer (&suggestion);
}

/**
 * rapport_introduction_is_stop_word:
 * @folded: a word without case or accents
 *
 * Returns: whether @folded is too common a word (in English, German or
 *   Spanish) to say what someone needs
 */
gboolean
rapport_introduction_is_stop_word (const char *folded)
{
  g_return_val_if_fail (folded != NULL, TRUE);

  return g_hash_table_contains (get_stop_words (), folded);
}

/**
 * rapport_introduction_match_words:
 * @looking_for: (nullable): what a person is looking for, as typed
 *
 * The words to look for in others' offers: without case, accents, plural
 * "s", repeats and stop words, in the order written.
 *
 * Returns: (transfer full): the words, perhaps none
 */
GStrv
rapport_introduction_match_words (const char *looking_for)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  foreach_word (looking_for, add_match_word, words);
  g_ptr_array_add (words, NULL);
  return (GStrv) g_ptr_array_steal (words, NULL);
}

static void
add_need_terms (const char *start,
                gsize       length,
                gpointer    user_data)
{
  GHashTable *terms = user_data;
  g_autofree char *folded = fold_word (start, (gssize) length);
  const char *end;

  if (g_utf8_strlen (folded, -1) < 2 || rapport_introduction_is_stop_word (folded))
    return;
  /* Every start of the word of two letters or more, and each with an "s"
   * (rapport_introduction_match_words() takes it away). */
  for (end = g_utf8_next_char (g_utf8_next_char (folded));; end = g_utf8_next_char (end))
    {
      g_autofree char *prefix = g_strndup (folded, end - folded);

      if (g_hash_table_size (terms) >= RAPPORT_MAX_NEED_TERMS)
        return;
      g_autofree char *plural = end - folded >= 4 ? g_strconcat (prefix, "s", NULL) : NULL;

      /* A need's little words never count: looking them up ("for" in
       * "Fortran") would only read every need that has them. */
      if (plural != NULL && !rapport_introduction_is_stop_word (plural))
        g_hash_table_add (terms, g_steal_pointer (&plural));
      if (!rapport_introduction_is_stop_word (prefix))
        g_hash_table_add (terms, g_steal_pointer (&prefix));
      if (*end == '\0')
        break;
    }
}

/**
 * rapport_introduction_need_terms:
 * @offers: (array fixed-size=RAPPORT_N_OFFERS): what one person offers,
 *   each nullable
 *
 * The words someone's "looking for" may hold for @offers to match it (see
 * rapport_introduction_match_words()): each start of each word of the
 * offers, with and without a plural "s"; at most
 * %RAPPORT_MAX_NEED_TERMS.
 *
 * Returns: (transfer full): the words, folded, perhaps none
 */
GStrv
rapport_introduction_need_terms (const char * const *offers)
{
  g_autoptr(GHashTable) terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer term;

  g_return_val_if_fail (offers != NULL, NULL);

  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    foreach_word (offers[offer], add_need_terms, terms);
  g_hash_table_iter_init (&iter, terms);
  while (g_hash_table_iter_next (&iter, &term, NULL))
    if (g_utf8_strlen (term, -1) >= 2)
      g_strv_builder_add (builder, term);
  return g_strv_builder_end (builder);
}

/**
 * rapport_introduction_suggestion_score:
 * @words: from rapport_introduction_match_words()
 * @contact_id: the person who might help
 * @name: their name
 * @offers: (array fixed-size=RAPPORT_N_OFFERS): what they offer, each nullable
 * @closeness: how close the user is to them
 * @enjoy: whether the user enjoys their company
 *
 * Each word found weighs what the weightiest offer it is found in weighs;
 * the score is four times that, plus the closeness (3 for the inner circle,
 * 2 for a friend, 1 for an acquaintance), plus 2 for enjoying their company:
 * a better match counts before a closer friend, and among equal matches the
 * closer friend comes first.
 *
 * Returns: (transfer full) (nullable): the suggestion, or %NULL when none of
 *   @words is in what they offer
 */
RapportIntroductionSuggestion *
rapport_introduction_suggestion_score (const char * const *words,
                                       gint64              contact_id,
                                       const char         *name,
                                       const char * const *offers,
                                       RapportCloseness    closeness,
                                       gboolean            enjoy)
{
  GPtrArray *offer_words[RAPPORT_N_OFFERS];
  RapportIntroductionSuggestion *suggestion;

  g_return_val_if_fail (words != NULL, NULL);
  g_return_val_if_fail (offers != NULL, NULL);

  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    offer_words[offer] = fold_words (offers[offer]);
  suggestion = score_folded (words, offer_words, contact_id, name, offers, closeness, enjoy);
  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    g_ptr_array_unref (offer_words[offer]);
  return suggestion;
}

struct _RapportIntroductionOffers
{
  char *offers[RAPPORT_N_OFFERS];
  GPtrArray *words[RAPPORT_N_OFFERS];
};

/**
 * rapport_introduction_offers_new:
 * @offers: (array fixed-size=RAPPORT_N_OFFERS): what one person offers,
 *   each nullable
 *
 * One person's offers with their words folded once, to score many needs
 * against (whom this person could help).
 *
 * Returns: (transfer full): the offers
 */
RapportIntroductionOffers *
rapport_introduction_offers_new (const char * const *offers)
{
  RapportIntroductionOffers *self = g_new0 (RapportIntroductionOffers, 1);

  g_return_val_if_fail (offers != NULL, NULL);

  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    {
      self->offers[offer] = g_strdup (offers[offer]);
      self->words[offer] = fold_words (offers[offer]);
    }
  return self;
}

void
rapport_introduction_offers_free (RapportIntroductionOffers *self)
{
  if (self == NULL)
    return;
  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    {
      g_free (self->offers[offer]);
      g_ptr_array_unref (self->words[offer]);
    }
  g_free (self);
}

/**
 * rapport_introduction_offers_score:
 * @words: from rapport_introduction_match_words(), what someone looks for
 * @contact_id: the person the suggestion names
 * @name: their name
 * @closeness: how close the user is to them
 * @enjoy: whether the user enjoys their company
 *
 * rapport_introduction_suggestion_score() with these offers, folded once.
 *
 * Returns: (transfer full) (nullable): the suggestion, or %NULL when none of
 *   @words is in the offers
 */
RapportIntroductionSuggestion *
rapport_introduction_offers_score (RapportIntroductionOffers *self,
                                   const char * const        *words,
                                   gint64                     contact_id,
                                   const char                *name,
                                   RapportCloseness           closeness,
                                   gboolean                   enjoy)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (words != NULL, NULL);

  return score_folded (words, self->words, contact_id, name, (const char * const *) self->offers, closeness, enjoy);
}

/**
 * rapport_introduction_suggestion_compare:
 * @a: a `RapportIntroductionSuggestion **`
 * @b: another
 *
 * Highest score first; equal scores in the order the people were added, so
 * that the same people are always suggested in the same order.
 */
int
rapport_introduction_suggestion_compare (gconstpointer a,
                                         gconstpointer b)
{
  const RapportIntroductionSuggestion *first = *(RapportIntroductionSuggestion **) a;
  const RapportIntroductionSuggestion *second = *(RapportIntroductionSuggestion **) b;

  if (first->score != second->score)
    return first->score > second->score ? -1 : 1;
  return (first->contact_id > second->contact_id) - (first->contact_id < second->contact_id);
}

void
rapport_introduction_suggestion_free (RapportIntroductionSuggestion *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    g_free (self->offers[offer]);
  g_strfreev (self->words);
  g_free (self);
}

/**
 * rapport_introduction_highlight:
 * @text: (nullable): an offer, as typed
 * @words: from rapport_introduction_match_words()
 *
 * Returns: (transfer full): @text as Pango markup, the words that matched
 *   in bold
 */
char *
rapport_introduction_highlight (const char         *text,
                                const char * const *words)
{
  Highlight highlight = { text, words, NULL, text };
  g_autofree char *rest = NULL;

  g_return_val_if_fail (words != NULL, NULL);

  if (text == NULL)
    return g_strdup ("");
  highlight.markup = g_string_new (NULL);
  foreach_word (text, highlight_word, &highlight);
  rest = g_markup_escape_text (highlight.done, -1);
  g_string_append (highlight.markup, rest);
  return g_string_free (highlight.markup, FALSE);
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const RapportIntroductionPair *first = *(RapportIntroductionPair **) a;
  const RapportIntroductionPair *second = *(RapportIntroductionPair **) b;
  gint64 first_id = rapport_contact_get_id (first->seeker);
  gint64 second_id = rapport_contact_get_id (second->seeker);

  if (first->helper->score != second->helper->score)
    return first->helper->score > second->helper->score ? -1 : 1;
  if (first_id != second_id)
    return first_id < second_id ? -1 : 1;
  return rapport_introduction_suggestion_compare (&first->helper, &second->helper);
}

/**
 * rapport_introduction_find_pairs:
 * @contacts: (element-type RapportContact): the people, such as an event's
 * @limit: how many pairs at most
 *
 * Among @contacts, who could help whom with what they are looking for, by
 * the rules of rapport_introduction_suggestion_score(): best first. Each
 * person's words are folded once, so that 50 people (2,450 pairs) take a
 * few milliseconds.
 *
 * Returns: (transfer full) (element-type RapportIntroductionPair): the pairs
 */
GPtrArray *
rapport_introduction_find_pairs (GPtrArray *contacts,
                                 guint      limit)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_introduction_pair_free);
  guint n = contacts->len;
  g_autofree GStrv *words = g_new0 (GStrv, n);
  g_autofree GPtrArray **folded = g_new0 (GPtrArray *, n * RAPPORT_N_OFFERS);
  g_autofree char **tags = g_new0 (char *, n);
  g_autofree char **names = g_new0 (char *, n);

  for (guint i = 0; i < n; i++)
    {
      RapportContact *contact = g_ptr_array_index (contacts, i);
      const char * const *contact_tags = rapport_contact_get_tags (contact);

      words[i] = rapport_introduction_match_words (rapport_contact_get_looking_for (contact));
      tags[i] = contact_tags ? g_strjoinv (", ", (GStrv) contact_tags) : NULL;
      names[i] = rapport_contact_dup_name (contact);
    }

  for (guint j = 0; j < n; j++)
    {
      RapportContact *helper = g_ptr_array_index (contacts, j);
      const char *offers[RAPPORT_N_OFFERS] = {
        rapport_contact_get_profession (helper), rapport_contact_get_expertise (helper),
        rapport_contact_get_how_i_can_help (helper), tags[j],
        rapport_contact_get_environment (helper), rapport_contact_get_company (helper),
      };

      for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
        folded[j * RAPPORT_N_OFFERS + offer] = fold_words (offers[offer]);
      for (guint i = 0; i < n; i++)
        {
          RapportIntroductionSuggestion *suggestion;
          RapportIntroductionPair *pair;

          if (i == j || words[i][0] == NULL)
            continue;
          suggestion = score_folded ((const char * const *) words[i], &folded[j * RAPPORT_N_OFFERS],
                                     rapport_contact_get_id (helper), names[j], offers,
                                     rapport_contact_get_closeness (helper), rapport_contact_get_enjoy (helper));
          if (suggestion == NULL)
            continue;
          pair = g_new0 (RapportIntroductionPair, 1);
          pair->seeker = g_object_ref (g_ptr_array_index (contacts, i));
          pair->helper = suggestion;
          g_ptr_array_add (pairs, pair);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_strfreev (words[i]);
      g_free (tags[i]);
      g_free (names[i]);
      for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
        g_ptr_array_unref (folded[i * RAPPORT_N_OFFERS + offer]);
    }

  g_ptr_array_sort (pairs, compare_pairs);
  if (pairs->len > limit)
    g_ptr_array_set_size (pairs, limit);
  return g_steal_pointer (&pairs);
}

void
rapport_introduction_pair_free (RapportIntroductionPair *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->seeker);
  rapport_introduction_suggestion_free (self->helper);
  g_free (self);
}
