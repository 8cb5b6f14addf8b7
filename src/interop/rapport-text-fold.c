/* rapport-text-fold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text as people type it when looking for it: without case and marks, and
 * letters that are not a base letter with a mark (so that no normal form
 * takes them apart) spelt as typed without them, after Unicode CLDR's
 * Latin-ASCII transliteration. Search and the identity rules
 * (docs/identity.md) fold alike, so "soren" finds Søren and "Soren" and
 * "Søren" are the same name.
 */

#include "config.h"

#include "rapport-text-fold.h"

/**
 * rapport_text_fold_letter:
 * @c: a character
 *
 * Returns: (nullable): how @c is typed by people without it, or %NULL when
 *   it is a letter of its own or decomposes into a base letter and marks
 */
const char *
rapport_text_fold_letter (gunichar c)
{
  switch (c)
    {
    case 0x00C6:
    case 0x00E6: return "ae";  /* Æ æ */
    case 0x00D0:
    case 0x00F0: return "d";   /* Ð ð */
    case 0x00D8:
    case 0x00F8: return "o";   /* Ø ø */
    case 0x00DE:
    case 0x00FE: return "th";  /* Þ þ */
    case 0x00DF:
    case 0x1E9E: return "ss";  /* ß ẞ */
    case 0x0110:
    case 0x0111: return "d";   /* Đ đ */
    case 0x0126:
    case 0x0127: return "h";   /* Ħ ħ */
    case 0x0131: return "i";   /* ı */
    case 0x0138: return "q";   /* ĸ */
    case 0x013F:
    case 0x0140: return "l";   /* Ŀ ŀ */
    case 0x0141:
    case 0x0142: return "l";   /* Ł ł */
    case 0x014A:
    case 0x014B: return "ng";  /* Ŋ ŋ */
    case 0x0152:
    case 0x0153: return "oe";  /* Œ œ */
    case 0x0166:
    case 0x0167: return "t";   /* Ŧ ŧ */
    case 0x0180:
    case 0x0243: return "b";   /* ƀ Ƀ */
    case 0x0189:
    case 0x0256: return "d";   /* Ɖ ɖ */
    case 0x0191:
    case 0x0192: return "f";   /* Ƒ ƒ */
    case 0x0197:
    case 0x0268: return "i";   /* Ɨ ɨ */
    case 0x019F:
    case 0x0275: return "o";   /* Ɵ ɵ */
    case 0x01B5:
    case 0x01B6: return "z";   /* Ƶ ƶ */
    case 0x01E4:
    case 0x01E5: return "g";   /* Ǥ ǥ */
    case 0x0237: return "j";   /* ȷ */
    default: return NULL;
    }
}

/**
 * rapport_text_fold:
 *
 * Folds text the way the search index sees it: without case and without
 * marks, in every script (SQLite's own folding covers only Latin), so that
 * "νικ" finds Νίκος and "שלו" finds שָׁלוֹ; and letters such as ø, đ, ł,
 * æ, œ, ß and þ as they are typed without them ("soren" finds Søren).
 *
 * Returns: (transfer full): the folded text
 */
char *
rapport_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) bare = NULL;

  /* Most names and notes are ASCII, which has no marks and folds to lower
   * case: the same result, without decomposing (a fifth of an import). */
  if (text == NULL || g_str_is_ascii (text))
    return g_ascii_strdown (text ? text : "", -1);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  bare = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *spelt;

      if (g_unichar_ismark (c))
        continue;
      if (c >= 0xC6 && c <= 0x1E9E && (spelt = rapport_text_fold_letter (c)) != NULL)
        g_string_append (bare, spelt);
      else
        g_string_append_unichar (bare, c);
    }

  return g_utf8_casefold (bare->str, (gssize) bare->len);
}
