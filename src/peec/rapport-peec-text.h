/* rapport-peec-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Internal: not part of Rapport's API. Only rapport-peec-composer.c and
 * rapport-peec-hints.c include this header; no other header includes it.
 *
 * What the composer and the hints share about text: what a character is to a
 * word, tidying what the user typed, and its words folded for comparison
 * (ignoring case and accents) to find the translatable lists of phrases in.
 * Token arrays come from rapport_peec_text_tokenize() and are freed with
 * g_array_unref(); phrase lists come from rapport_peec_text_parse_phrases()
 * and are freed with g_ptr_array_unref().
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a character is to a word. */
typedef enum
{
  /* spaces, punctuation, symbols and emoji: between words */
  RAPPORT_PEEC_TEXT_CHAR_BREAK,
  /* letters and digits of scripts with spaces between words */
  RAPPORT_PEEC_TEXT_CHAR_LETTER,
  /* letters of scripts without spaces between words */
  RAPPORT_PEEC_TEXT_CHAR_DENSE,
  /* apostrophes and hyphens: part of a word when inside one */
  RAPPORT_PEEC_TEXT_CHAR_JOINER,
  /* combining marks and format characters: part of what they follow */
  RAPPORT_PEEC_TEXT_CHAR_ATTACHED,
} RapportPeecTextCharClass;

/* Characters */
guint                     rapport_peec_text_dense_letters_per_word (GUnicodeScript  script);
RapportPeecTextCharClass  rapport_peec_text_classify               (gunichar        c);
gboolean                  rapport_peec_text_joins                  (gunichar        previous,
                                                                    gunichar        c,
                                                                    gunichar        next,
                                                                    gboolean        keep_hyphens);
gunichar                  rapport_peec_text_peek_next              (const char     *p);

/* Text */
char                     *rapport_peec_text_make_valid             (const char     *text);
char                     *rapport_peec_text_tidy                   (const char     *text);

/* Words */
GArray                   *rapport_peec_text_tokenize               (const char     *text);

/* Phrases */
GPtrArray                *rapport_peec_text_parse_phrases          (const char     *list);
gboolean                  rapport_peec_text_find_phrase            (GArray         *tokens,
                                                                    GPtrArray      *phrases,
                                                                    guint           from,
                                                                    guint          *position,
                                                                    guint          *n_tokens);
gboolean                  rapport_peec_text_has_phrase             (GArray         *tokens,
                                                                    GPtrArray      *phrases);
char                     *rapport_peec_text_dup_tokens             (const char     *text,
                                                                    GArray         *tokens,
                                                                    guint           position,
                                                                    guint           n_tokens);

G_END_DECLS
