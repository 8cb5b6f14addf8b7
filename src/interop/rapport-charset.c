/* rapport-charset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turning the bytes other apps write into valid UTF-8. Old exporters write
 * Windows-1252 without saying so; anything else they name is converted with
 * g_convert(), and text that still is not UTF-8 is repaired, never refused.
 */

#define G_LOG_DOMAIN "rapport-charset"

#include "config.h"

#include <string.h>

#include "rapport-charset.h"

/* 0x80–0x9F in Windows-1252; the five holes become U+FFFD. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

/**
 * rapport_charset_decode_windows_1252:
 * @data: (array length=len): the bytes
 * @len: their length
 *
 * Returns: (transfer full): @data read as Windows-1252, in UTF-8
 */
char *
rapport_charset_decode_windows_1252 (const char *data,
                                     gsize       len)
{
  GString *out = g_string_sized_new (len + len / 4 + 1);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];

      if (c == 0)
        continue;
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "UTF-8") == 0 ||
         g_ascii_strcasecmp (charset, "UTF8") == 0;
}

static gboolean
is_1252_name (const char *charset)
{
  /* Latin-1 in the wild is almost always Windows-1252, which is a superset
   * for every printable character. */
  return g_ascii_strcasecmp (charset, "WINDOWS-1252") == 0 ||
         g_ascii_strcasecmp (charset, "CP1252") == 0 ||
         g_ascii_strcasecmp (charset, "ISO-8859-1") == 0 ||
         g_ascii_strcasecmp (charset, "LATIN1") == 0 ||
         g_ascii_strcasecmp (charset, "US-ASCII") == 0;
}

/**
 * rapport_charset_to_utf8:
 * @data: (array length=len): the bytes
 * @len: their length
 * @charset: (nullable): what the file said they are, or %NULL
 *
 * Decodes text. Without @charset, bytes that are valid UTF-8 are UTF-8 and
 * others are Windows-1252. NUL bytes are dropped. Never fails.
 *
 * Returns: (transfer full): valid UTF-8
 */
char *
rapport_charset_to_utf8 (const char *data,
                         gsize       len,
                         const char *charset)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (data == NULL || len == 0)
    return g_strdup ("");

  if (memchr (data, '\0', len) != NULL)
    {
      gsize n = 0;

      clean = g_malloc (len + 1);
      for (gsize i = 0; i < len; i++)
        if (data[i] != '\0')
          clean[n++] = data[i];
      data = clean;
      len = n;
    }

  if (charset != NULL && *charset != '\0' && !is_utf8_name (charset))
    {
      if (is_1252_name (charset))
        return rapport_charset_decode_windows_1252 (data, len);
      else
        {
          gsize written = 0;
          g_autofree char *converted = g_convert (data, len, "UTF-8", charset, NULL, &written, NULL);

          if (converted != NULL && g_utf8_validate_len (converted, written, NULL))
            return g_steal_pointer (&converted);
        }
    }

  if (g_utf8_validate_len (data, len, NULL))
    return g_strndup (data, len);
  if (charset != NULL && is_utf8_name (charset))
    return g_utf8_make_valid (data, len);

  return rapport_charset_decode_windows_1252 (data, len);
}

/**
 * rapport_charset_clean_input:
 * @data: (array length=len): a whole file
 * @len: its length
 * @out_len: (out): the length of the result
 *
 * Prepares a whole file for a line-based reader: drops a UTF-8 byte order
 * mark and NUL bytes. Nothing else is changed: vCard decodes each value by
 * its own CHARSET.
 *
 * Returns: (transfer full): the bytes, NUL-terminated
 */
char *
rapport_charset_clean_input (const char *data,
                             gsize       len,
                             gsize      *out_len)
{
  char *out;
  gsize n = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (out_len != NULL, NULL);

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }

  out = g_malloc (len + 1);
  for (gsize i = 0; i < len; i++)
    if (data[i] != '\0')
      out[n++] = data[i];
  out[n] = '\0';
  *out_len = n;
  return out;
}
