/* rapport-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * RFC 4180 comma-separated values: a tokenizer that is lenient with what
 * spreadsheets and exporters really write (a BOM, CRLF, LF or CR line ends,
 * quotes that never close, text after a closing quote), and a writer that is
 * strict. The writer keeps spreadsheets from running cells as formulas, and
 * the reader reads such cells back as they were (docs/formats.md).
 */

#define G_LOG_DOMAIN "rapport-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-charset.h"
#include "rapport-csv.h"
#include "rapport-import-problem.h"

/* A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one
 * that begins with =, +, -, @, a tab or a carriage return. A sign followed by
 * nothing but digits, spaces and ( ) . - / is left alone: it is a phone
 * number ("+49 30 1234567") or a birthday without its year ("--04-12"),
 * arithmetic at worst, and other address books must read it as it is. */
static gboolean
is_formula (const char *cell)
{
  switch (cell[0])
    {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return TRUE;
    case '+':
    case '-':
      return cell[1 + strspn (cell + 1, "0123456789 ().-/")] != '\0';
    default:
      return FALSE;
    }
}

/* The writer puts a quote before a formula, and before a cell that already
 * begins with quotes and a formula, so that the reader, taking one quote
 * off such a cell, gives back exactly what was written. */
static gboolean
needs_quote (const char *cell)
{
  while (*cell == '\'')
    cell++;
  return is_formula (cell);
}

/* Columns past this are dropped, so that one line of a million commas does
 * not become a million strings. No contact file has more than a few hundred. */
#define MAX_COLUMNS 4096

struct _RapportCsvReader
{
  char  *text;
  gsize  len;
  gsize  pos;
  guint  line;
};

/**
 * rapport_csv_reader_new:
 * @data: (array length=len): a whole CSV file
 * @len: its length
 *
 * Starts reading @data: a byte order mark and NUL bytes are dropped, and text
 * that is not UTF-8 is read as Windows-1252.
 *
 * Returns: (transfer full): a reader
 */
RapportCsvReader *
rapport_csv_reader_new (const char *data,
                        gsize       len)
{
  RapportCsvReader *self;
  g_autofree char *clean = NULL;
  gsize clean_len = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  clean = rapport_charset_clean_input (data, len, &clean_len);
  self = g_new0 (RapportCsvReader, 1);
  self->text = rapport_charset_to_utf8 (clean, clean_len, NULL);
  self->len = strlen (self->text);
  self->line = 1;
  return self;
}

/**
 * rapport_csv_reader_free:
 * @self: (nullable) (transfer full): a reader
 */
void
rapport_csv_reader_free (RapportCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self);
}

/* Consumes a line end at the position, if there is one. */
static gboolean
skip_line_end (RapportCsvReader *self)
{
  if (self->pos < self->len && self->text[self->pos] == '\r')
    {
      self->pos++;
      if (self->pos < self->len && self->text[self->pos] == '\n')
        self->pos++;
      self->line++;
      return TRUE;
    }
  if (self->pos < self->len && self->text[self->pos] == '\n')
    {
      self->pos++;
      self->line++;
      return TRUE;
    }
  return FALSE;
}

/**
 * rapport_csv_reader_next:
 * @self: a reader
 * @row: (out) (transfer full): the cells of the next row
 * @line: (out) (optional): the line the row starts on, from 1
 *
 * Reads one row. Quoted cells may hold commas, doubled quotes and line
 * breaks. A blank line is a row with one empty cell.
 *
 * Returns: %FALSE at the end of the file
 */
gboolean
rapport_csv_reader_next (RapportCsvReader  *self,
                         GStrv             *row,
                         guint             *line)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GString) cell = NULL;
  guint columns = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  if (self->pos >= self->len)
    return FALSE;

  if (line != NULL)
    *line = self->line;

  builder = g_strv_builder_new ();
  cell = g_string_new (NULL);

  for (;;)
    {
      g_string_truncate (cell, 0);

      if (self->text[self->pos] == '"')
        {
          self->pos++;
          while (self->pos < self->len)
            {
              char c = self->text[self->pos];

              if (c == '"')
                {
                  if (self->pos + 1 < self->len && self->text[self->pos + 1] == '"')
                    {
                      g_string_append_c (cell, '"');
                      self->pos += 2;
                      continue;
                    }
                  self->pos++;
                  break;
                }
              if (c == '\n' || (c == '\r' && (self->pos + 1 >= self->len || self->text[self->pos + 1] != '\n')))
                self->line++;
              g_string_append_c (cell, c);
              self->pos++;
            }
        }

      /* The unquoted cell, or whatever follows a closing quote. */
      while (self->pos < self->len)
        {
          char c = self->text[self->pos];

          if (c == ',' || c == '\r' || c == '\n')
            break;
          g_string_append_c (cell, c);
          self->pos++;
        }

      /* A quote the writer put before a formula. */
      if (cell->str[0] == '\'' && needs_quote (cell->str + 1))
        g_string_erase (cell, 0, 1);

      if (columns++ < MAX_COLUMNS)
        g_strv_builder_add (builder, cell->str);

      if (self->pos < self->len && self->text[self->pos] == ',')
        {
          self->pos++;
          continue;
        }

      skip_line_end (self);
      break;
    }

  *row = g_strv_builder_end (builder);
  return TRUE;
}

/**
 * rapport_csv_row_is_blank:
 * @row: the cells of a row
 *
 * Returns: whether every cell is empty or spaces (a row of only commas)
 */
gboolean
rapport_csv_row_is_blank (const char * const *row)
{
  g_return_val_if_fail (row != NULL, TRUE);

  for (guint i = 0; row[i] != NULL; i++)
    for (const char *p = row[i]; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;
  return TRUE;
}

/**
 * rapport_csv_row_fits:
 * @row: the cells of a row
 * @n_header: how many columns the header names
 * @line: the row's line, for the report
 * @problems: (nullable) (element-type RapportImportProblem): where to say
 *   that a row was skipped
 *
 * Whether @row has a cell for each column of the header (empty cells past
 * them, from a trailing comma, are allowed). A row with fewer or more has
 * lost a comma or gained one, so its cells are in the wrong columns — a
 * profile in the company, a name in the email: it is skipped, and said so.
 *
 * Returns: whether to read the row
 */
gboolean
rapport_csv_row_fits (const char * const *row,
                      guint               n_header,
                      guint               line,
                      GPtrArray          *problems)
{
  guint n;

  g_return_val_if_fail (row != NULL, FALSE);

  n = g_strv_length ((char **) row);
  for (guint i = n_header; i < n && *row[i] == '\0'; i++)
    if (i + 1 == n)
      return TRUE;
  if (n == n_header)
    return TRUE;

  rapport_import_problems_add (problems, line, TRUE,
                               /* Translators: a CSV row with the wrong number of columns,
                                * "Line 12 was skipped: it has 3 columns where the header has 7" */
                               g_dngettext (GETTEXT_PACKAGE,
                                            "Line %u was skipped: it has %u column where the header has %u",
                                            "Line %u was skipped: it has %u columns where the header has %u", n),
                               line, n, n_header);
  return FALSE;
}

/**
 * rapport_csv_row_find:
 * @row: the cells of a header row
 * @name: a column name
 *
 * Returns: the index of the column called @name, ignoring case and the
 *   spaces around it, or -1
 */
int
rapport_csv_row_find (const char * const *row,
                      const char         *name)
{
  g_return_val_if_fail (row != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; row[i] != NULL; i++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (row[i]));

      if (g_ascii_strcasecmp (cell, name) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * rapport_csv_append_field:
 * @out: where to write
 * @field: (nullable): a cell's text
 *
 * Writes one cell, quoted when it holds a comma, a quote, a line break or
 * leading or trailing spaces. A cell that a spreadsheet would run as a
 * formula (beginning with =, +, -, @, a tab or a carriage return) gets a
 * single quote before it, which rapport_csv_reader_next() takes off again.
 */
void
rapport_csv_append_field (GString    *out,
                          const char *field)
{
  g_autofree char *neutral = NULL;
  gsize len;

  g_return_if_fail (out != NULL);

  if (field == NULL)
    return;

  if (needs_quote (field))
    field = neutral = g_strconcat ("'", field, NULL);

  len = strlen (field);
  if (strpbrk (field, ",\"\r\n") == NULL &&
      (len == 0 || (!g_ascii_isspace (field[0]) && !g_ascii_isspace (field[len - 1]))))
    {
      g_string_append_len (out, field, len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * rapport_csv_append_row:
 * @out: where to write
 * @fields: (array zero-terminated=1): the cells
 *
 * Writes one row ending in CRLF, as RFC 4180 says.
 */
void
rapport_csv_append_row (GString            *out,
                        const char * const *fields)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      rapport_csv_append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}
