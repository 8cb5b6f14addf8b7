/* rapport-introduction-match.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-contact.h"
#include "rapport-enums.h"

G_BEGIN_DECLS

/**
 * RapportOffer:
 *
 * The parts of a person that say what they could offer someone else, in
 * the order their matches weigh, most first.
 */
typedef enum
{
  RAPPORT_OFFER_PROFESSION,
  RAPPORT_OFFER_EXPERTISE,
  RAPPORT_OFFER_HOW_I_CAN_HELP,
  RAPPORT_OFFER_TAGS,
  RAPPORT_OFFER_ENVIRONMENT,
  RAPPORT_OFFER_COMPANY,
  RAPPORT_N_OFFERS,
} RapportOffer;

/* The most words rapport_introduction_need_terms() gives: a query's worth. */
#define RAPPORT_MAX_NEED_TERMS 400

/**
 * RapportIntroductionSuggestion:
 * @contact_id: the person who could help
 * @name: their name as shown
 * @offers: (array fixed-size=RAPPORT_N_OFFERS): what they offer, as typed
 * @words: the searched words that matched, in the order searched
 * @matched: which offers matched, a bit per #RapportOffer
 * @match_points: what the matches weigh
 * @closeness: how close the user is to them
 * @enjoy: whether the user enjoys their company
 * @score: @match_points weighed with @closeness and @enjoy: higher first
 *
 * Someone who could help with what another person is looking for, and why.
 */
typedef struct
{
  gint64 contact_id;
  char *name;
  char *offers[RAPPORT_N_OFFERS];
  GStrv words;
  guint matched;
  guint match_points;
  RapportCloseness closeness;
  gboolean enjoy;
  guint score;
} RapportIntroductionSuggestion;

/**
 * RapportIntroductionPair:
 * @seeker: the person looking for something
 * @helper: who could help them, and why
 *
 * Two people among several (an event's) worth introducing.
 */
typedef struct
{
  RapportContact *seeker;
  RapportIntroductionSuggestion *helper;
} RapportIntroductionPair;

GStrv                          rapport_introduction_match_words      (const char                          *looking_for);
GStrv                          rapport_introduction_need_terms       (const char * const                  *offers);
gboolean                       rapport_introduction_is_stop_word     (const char                          *folded);
RapportIntroductionSuggestion *rapport_introduction_suggestion_score (const char * const                  *words,
                                                                      gint64                               contact_id,
                                                                      const char                          *name,
                                                                      const char * const                  *offers,
                                                                      RapportCloseness                     closeness,
                                                                      gboolean                             enjoy);
typedef struct _RapportIntroductionOffers RapportIntroductionOffers;

RapportIntroductionOffers     *rapport_introduction_offers_new       (const char * const                  *offers);
void                           rapport_introduction_offers_free      (RapportIntroductionOffers           *self);
RapportIntroductionSuggestion *rapport_introduction_offers_score     (RapportIntroductionOffers           *self,
                                                                      const char * const                  *words,
                                                                      gint64                               contact_id,
                                                                      const char                          *name,
                                                                      RapportCloseness                     closeness,
                                                                      gboolean                             enjoy);
int                            rapport_introduction_suggestion_compare (gconstpointer                      a,
                                                                        gconstpointer                      b);
void                           rapport_introduction_suggestion_free  (RapportIntroductionSuggestion       *self);
char                          *rapport_introduction_highlight        (const char                          *text,
                                                                      const char * const                  *words);

GPtrArray                     *rapport_introduction_find_pairs       (GPtrArray                           *contacts,
                                                                      guint                                limit);
void                           rapport_introduction_pair_free        (RapportIntroductionPair             *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportIntroductionSuggestion, rapport_introduction_suggestion_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportIntroductionOffers, rapport_introduction_offers_free)

G_END_DECLS
