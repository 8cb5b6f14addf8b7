/* rapport-vcard-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lines of a vCard: unfolding on bytes (so a UTF-8 sequence split by a
 * fold survives), 2.1 quoted-printable soft line breaks, the group, name and
 * parameters of a property (bare 2.1 types, TYPE lists, quoted values,
 * RFC 6868 escapes), and its value decoded from ENCODING and CHARSET.
 */

#define G_LOG_DOMAIN "rapport-vcard-line"

#include "config.h"

#include <string.h>

#include "rapport-charset.h"
#include "rapport-vcard-line.h"

static void
param_free (RapportVcardParam *param)
{
  g_free (param->name);
  g_free (param->value);
  g_free (param);
}

/**
 * rapport_vcard_line_free:
 * @prop: (nullable) (transfer full): a property
 *
 * Frees @prop and its line.
 */
void
rapport_vcard_line_free (RapportVcardLine *prop)
{
  if (prop == NULL)
    return;
  g_free (prop->line);
  g_free (prop->group);
  g_free (prop->name);
  g_ptr_array_unref (prop->params);
  g_free (prop);
}


/* RFC 6868: ^n is a line break, ^^ a caret, ^' a double quote. */
static char *
decode_param_value (const char *text,
                    gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == '"')
        continue;
      if (c == '^' && i + 1 < len)
        {
          char next = text[i + 1];

          if (next == 'n' || next == 'N')
            {
              g_string_append_c (out, '\n');
              i++;
              continue;
            }
          if (next == '^')
            {
              g_string_append_c (out, '^');
              i++;
              continue;
            }
          if (next == '\'')
            {
              g_string_append_c (out, '"');
              i++;
              continue;
            }
        }
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Names are ASCII in every real file; anything else is made valid text so
 * that what is kept can be stored and written. */
static char *
utf8_strup (const char *name)
{
  g_autofree char *text = rapport_charset_to_utf8 (name, strlen (name), NULL);

  return g_ascii_strup (text, -1);
}

static void
add_param (RapportVcardLine       *prop,
           const char *name,
           const char *value)
{
  RapportVcardParam *param = g_new0 (RapportVcardParam, 1);

  param->name = utf8_strup (name);
  param->value = rapport_charset_to_utf8 (value, strlen (value), NULL);
  g_ptr_array_add (prop->params, param);
}

/* A 2.1 parameter without a name: `TEL;CELL;WORK`, `PHOTO;BASE64`. */
static void
add_bare_param (RapportVcardLine       *prop,
                const char *word)
{
  static const char * const encodings[] = {
    "BASE64", "B", "QUOTED-PRINTABLE", "8BIT", "7BIT", NULL
  };

  for (guint i = 0; encodings[i] != NULL; i++)
    if (g_ascii_strcasecmp (word, encodings[i]) == 0)
      {
        add_param (prop, "ENCODING", word);
        return;
      }
  add_param (prop, "TYPE", word);
}

/**
 * rapport_vcard_line_parse:
 * @line: (transfer full): an unfolded line
 *
 * Splits @line into group, name, parameters and value.
 *
 * Returns: (transfer full) (nullable): the property, or %NULL when @line is
 *   not one (no name or no colon); @line is freed then
 */
RapportVcardLine *
rapport_vcard_line_parse (char *line)
{
  g_autoptr(RapportVcardLine) prop = g_new0 (RapportVcardLine, 1);
  const char *p = line;
  const char *start;
  g_autofree char *full_name = NULL;
  const char *dot;

  prop->line = line;
  prop->params = g_ptr_array_new_with_free_func ((GDestroyNotify) param_free);

  while (*p == ' ' || *p == '\t')
    p++;
  start = p;
  while (*p != '\0' && *p != ';' && *p != ':')
    p++;
  if (*p == '\0' || p == start)
    {
      return NULL;
    }

  full_name = g_strstrip (g_strndup (start, p - start));
  dot = strrchr (full_name, '.');
  if (dot != NULL)
    {
      prop->group = rapport_charset_to_utf8 (full_name, dot - full_name, NULL);
      prop->name = utf8_strup (dot + 1);
    }
  else
    prop->name = utf8_strup (full_name);

  while (*p == ';')
    {
      const char *name_start = ++p;
      g_autofree char *pname = NULL;

      while (*p != '\0' && *p != '=' && *p != ';' && *p != ':')
        p++;
      pname = g_strstrip (g_strndup (name_start, p - name_start));

      if (*p == '=')
        {
          const char *value_start = ++p;
          g_autofree char *value = NULL;
          gboolean quoted = FALSE;

          while (*p != '\0' && (quoted || (*p != ';' && *p != ':')))
            {
              if (*p == '"')
                quoted = !quoted;
              p++;
            }
          value = decode_param_value (value_start, p - value_start);

          if (g_ascii_strcasecmp (pname, "TYPE") == 0)
            {
              g_auto(GStrv) types = g_strsplit (value, ",", -1);

              for (guint i = 0; types[i] != NULL; i++)
                {
                  g_strstrip (types[i]);
                  if (*types[i] != '\0')
                    add_param (prop, "TYPE", types[i]);
                }
            }
          else if (*pname != '\0')
            add_param (prop, pname, g_strstrip (value));
        }
      else if (*pname != '\0')
        add_bare_param (prop, pname);
    }

  if (*p != ':')
    {
      return NULL;
    }

  prop->value = p + 1;
  return g_steal_pointer (&prop);
}

/**
 * rapport_vcard_line_get_param:
 * @prop: a property
 * @name: a parameter name, in upper case
 *
 * Returns: (transfer none) (nullable): the first value of parameter @name
 */
const char *
rapport_vcard_line_get_param (RapportVcardLine       *prop,
                const char *name)
{
  for (guint i = 0; i < prop->params->len; i++)
    {
      RapportVcardParam *param = g_ptr_array_index (prop->params, i);

      if (g_str_equal (param->name, name))
        return param->value;
    }
  return NULL;
}

/**
 * rapport_vcard_line_has_type:
 * @prop: a property
 * @type: a TYPE value, any case
 *
 * Returns: whether @prop has TYPE @type, named or bare
 */
gboolean
rapport_vcard_line_has_type (RapportVcardLine       *prop,
               const char *type)
{
  for (guint i = 0; i < prop->params->len; i++)
    {
      RapportVcardParam *param = g_ptr_array_index (prop->params, i);

      if (g_str_equal (param->name, "TYPE") && g_ascii_strcasecmp (param->value, type) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
rapport_vcard_line_is_quoted_printable (RapportVcardLine *prop)
{
  const char *encoding = rapport_vcard_line_get_param (prop, "ENCODING");

  return encoding != NULL && g_ascii_strcasecmp (encoding, "QUOTED-PRINTABLE") == 0;
}

gboolean
rapport_vcard_line_is_base64 (RapportVcardLine *prop)
{
  const char *encoding = rapport_vcard_line_get_param (prop, "ENCODING");

  return encoding != NULL &&
         (g_ascii_strcasecmp (encoding, "B") == 0 || g_ascii_strcasecmp (encoding, "BASE64") == 0);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

static GByteArray *
decode_quoted_printable (const char *text)
{
  GByteArray *out = g_byte_array_new ();

  for (const char *p = text; *p != '\0'; p++)
    {
      guint8 byte = (guint8) *p;

      if (*p == '=')
        {
          int hi = hex_value (p[1]);
          int lo = hi >= 0 ? hex_value (p[2]) : -1;

          if (hi >= 0 && lo >= 0)
            {
              byte = (guint8) (hi * 16 + lo);
              p += 2;
            }
          else if (p[1] == '\0')
            break;
        }
      g_byte_array_append (out, &byte, 1);
    }

  return out;
}

static char *
dup_text (RapportVcardLine *prop)
{
  const char *charset = rapport_vcard_line_get_param (prop, "CHARSET");

  if (rapport_vcard_line_is_quoted_printable (prop))
    {
      g_autoptr(GByteArray) bytes = decode_quoted_printable (prop->value);

      return rapport_charset_to_utf8 ((const char *) bytes->data, bytes->len, charset);
    }
  if (rapport_vcard_line_is_base64 (prop))
    {
      gsize len = 0;
      g_autofree guchar *bytes = g_base64_decode (prop->value, &len);

      return rapport_charset_to_utf8 ((const char *) bytes, len, charset);
    }
  return rapport_charset_to_utf8 (prop->value, strlen (prop->value), charset);
}

/**
 * rapport_vcard_line_dup_text:
 * @prop: a property
 *
 * The value decoded from its ENCODING and CHARSET, still vCard-escaped,
 * with every line break as LF.
 *
 * Returns: (transfer full): valid UTF-8
 */
static char *
normalize_line_breaks (char *text)
{
  char *out = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          *out++ = '\n';
          if (p[1] == '\n')
            p++;
        }
      else
        *out++ = *p;
    }
  *out = '\0';
  return text;
}

char *
rapport_vcard_line_dup_text (RapportVcardLine *prop)
{
  return normalize_line_breaks (dup_text (prop));
}

/**
 * rapport_vcard_unescape:
 * @value: a vCard text value, or part of one
 * @len: its length, or -1 when NUL-terminated
 *
 * Undoes `\\`, `\,`, `\;`, `\n` and `\N`; any other escaped character
 * stands for itself (Apple writes `http\://`).
 *
 * Returns: (transfer full): the text
 */
char *
rapport_vcard_unescape (const char *value,
                        gssize      len)
{
  GString *out;
  gsize n;

  g_return_val_if_fail (value != NULL, NULL);

  n = len < 0 ? strlen (value) : (gsize) len;
  out = g_string_sized_new (n);
  for (gsize i = 0; i < n; i++)
    {
      if (value[i] == '\\' && i + 1 < n)
        {
          char next = value[++i];

          g_string_append_c (out, next == 'n' || next == 'N' ? '\n' : next);
        }
      else if (value[i] != '\\')
        g_string_append_c (out, value[i]);
    }

  return g_string_free (out, FALSE);
}

/**
 * rapport_vcard_split_value:
 * @value: a structured or list value, still escaped
 * @separator: `;` for components, `,` for lists
 * @max_parts: the most parts to return (the last one takes the rest,
 *   unescaped), or 0 for no limit
 *
 * Splits on unescaped separators and unescapes each part.
 *
 * Returns: (transfer full): the parts, at least one
 */
GStrv
rapport_vcard_split_value (const char *value,
                           char        separator,
                           guint       max_parts)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = value;
  guint parts = 0;

  g_return_val_if_fail (value != NULL, NULL);

  for (const char *p = value; ; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == '\0' || (*p == separator && (max_parts == 0 || parts + 1 < max_parts)))
        {
          g_strv_builder_take (builder, rapport_vcard_unescape (start, p - start));
          parts++;
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }

  return g_strv_builder_end (builder);
}

/**
 * rapport_vcard_append_param_text:
 * @out: where to write
 * @value: a parameter's value
 *
 * Writes @value as a parameter value: RFC 6868 escapes, quoted when it
 * holds `;`, `:`, `,` or a quote.
 */
void
rapport_vcard_append_param_text (GString    *out,
                                 const char *value)
{
  gboolean quote = strpbrk (value, ";:,\"") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '^')
        g_string_append (out, "^^");
      else if (*p == '\n')
        g_string_append (out, "^n");
      else if (*p == '"')
        g_string_append (out, "^'");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

/**
 * rapport_vcard_line_dup_extra:
 * @prop: a property Rapport does not understand
 *
 * The line to keep so that export gives it back: the unfolded line itself,
 * or, for a quoted-printable line or one in another charset, the same
 * property rewritten as UTF-8 text, as vCard 4.0 expects.
 *
 * Returns: (transfer full): valid UTF-8
 */
char *
rapport_vcard_line_dup_extra (RapportVcardLine *prop)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *text = NULL;

  if (!rapport_vcard_line_is_quoted_printable (prop) && rapport_vcard_line_get_param (prop, "CHARSET") == NULL &&
      g_utf8_validate (prop->line, -1, NULL))
    return g_strdup (prop->line);

  out = g_string_new (NULL);
  if (prop->group != NULL)
    g_string_append_printf (out, "%s.", prop->group);
  g_string_append (out, prop->name);
  for (guint i = 0; i < prop->params->len; i++)
    {
      RapportVcardParam *param = g_ptr_array_index (prop->params, i);

      if (g_str_equal (param->name, "ENCODING") || g_str_equal (param->name, "CHARSET"))
        continue;
      g_string_append_printf (out, ";%s=", param->name);
      rapport_vcard_append_param_text (out, param->value);
    }
  g_string_append_c (out, ':');

  text = rapport_vcard_line_dup_text (prop);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\r' || *p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The end of the physical line at @pos, and where the next one starts. */
static gsize
line_end (const char *data,
          gsize       len,
          gsize       pos,
          gsize      *next)
{
  gsize end = pos;

  /* One pass for either ending: a file with only CR line ends must not be
   * searched to its end for each line. */
  while (end < len && data[end] != '\n' && data[end] != '\r')
    end++;

  if (end < len && data[end] == '\r' && end + 1 < len && data[end + 1] == '\n')
    *next = end + 2;
  else
    *next = MIN (end + 1, len);
  return end;
}

/* Whether the unfolded line so far is a quoted-printable property, judged
 * from its parameters (before the first colon outside quotes). */
static gboolean
line_is_quoted_printable (const char *line,
                          gsize       len)
{
  gboolean quoted = FALSE;
  gsize i;

  for (i = 0; i < len; i++)
    {
      if (line[i] == '"')
        quoted = !quoted;
      else if (line[i] == ':' && !quoted)
        break;
    }
  for (gsize j = 0; j + 16 <= i; j++)
    if (g_ascii_strncasecmp (line + j, "QUOTED-PRINTABLE", 16) == 0)
      return TRUE;
  return FALSE;
}

/**
 * rapport_vcard_read_unfolded:
 * @data: (array length=len): the file, without NUL bytes
 * @len: its length
 * @pos: (inout): where the line starts; set to where the next one starts
 *
 * Reads one unfolded line: a line break followed by a space or a tab goes
 * on, and so does a quoted-printable value ending in `=`.
 *
 * Returns: (transfer full): the line, without its line break
 */
char *
rapport_vcard_read_unfolded (const char *data,
                   gsize       len,
                   gsize      *pos)
{
  GString *line = g_string_new (NULL);
  gsize next = 0;
  gsize end = line_end (data, len, *pos, &next);
  int qp = -1;

  g_string_append_len (line, data + *pos, end - *pos);
  *pos = next;

  for (;;)
    {
      if (*pos < len && (data[*pos] == ' ' || data[*pos] == '\t'))
        {
          end = line_end (data, len, *pos, &next);
          g_string_append_len (line, data + *pos + 1, end - *pos - 1);
          *pos = next;
          continue;
        }

      if (*pos < len && line->len > 0 && line->str[line->len - 1] == '=')
        {
          if (qp < 0)
            qp = line_is_quoted_printable (line->str, line->len);
          if (qp)
            {
              g_string_truncate (line, line->len - 1);
              end = line_end (data, len, *pos, &next);
              g_string_append_len (line, data + *pos, end - *pos);
              *pos = next;
              continue;
            }
        }
      break;
    }

  return g_string_free (line, FALSE);
}
