/* test-partial-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "rapport-partial-date.h"

static void
test_parse_forms (void)
{
  static const struct {
    const char *text;
    guint year, month, day;
    const char *iso;
  } cases[] = {
    { "2019-04-12", 2019, 4, 12, "2019-04-12" },
    { "20190412", 2019, 4, 12, "2019-04-12" },
    { "2019-04", 2019, 4, 0, "2019-04" },
    { "2019", 2019, 0, 0, "2019" },
    { "--04-12", 0, 4, 12, "--04-12" },
    { "--0412", 0, 4, 12, "--04-12" },
    { "--04", 0, 4, 0, "--04" },
    { "--02-29", 0, 2, 29, "--02-29" },
    { "2024-02-29", 2024, 2, 29, "2024-02-29" },
    { "", 0, 0, 0, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RapportPartialDate date = { 1, 1, 1 };
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (rapport_partial_date_parse (cases[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (date.year, ==, cases[i].year);
      g_assert_cmpuint (date.month, ==, cases[i].month);
      g_assert_cmpuint (date.day, ==, cases[i].day);

      iso = rapport_partial_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_parse_rejects (void)
{
  static const char *bad[] = {
    "2023-02-29", "2019-13-01", "2019-00", "2019-04-31", "0000", "---12",
    "2019-0412", "201904-12", "19", "2019-4-1", "2019-04-12T10:00", "abcd",
    "--13", "--00-10", " 2019", "2019-04-12 ", "٢٠١٩",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      RapportPartialDate date = { 1999, 9, 9 };
      g_autoptr(GError) error = NULL;

      g_test_message ("parsing “%s”", bad[i]);
      g_assert_false (rapport_partial_date_parse (bad[i], &date, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, bad[i]));
      /* Bad input changes nothing. */
      g_assert_cmpuint (date.year, ==, 1999);
      g_assert_cmpuint (date.month, ==, 9);
      g_assert_cmpuint (date.day, ==, 9);
    }
}

static void
test_validity (void)
{
  RapportPartialDate feb29_no_year = { 0, 2, 29 };
  RapportPartialDate feb29_1900 = { 1900, 2, 29 };
  RapportPartialDate feb29_2000 = { 2000, 2, 29 };
  RapportPartialDate day_only = { 0, 0, 5 };

  g_assert_true (rapport_partial_date_is_valid (&feb29_no_year));
  g_assert_false (rapport_partial_date_is_valid (&feb29_1900));
  g_assert_true (rapport_partial_date_is_valid (&feb29_2000));
  g_assert_false (rapport_partial_date_is_valid (&day_only));
  g_assert_true (rapport_partial_date_is_empty (&RAPPORT_PARTIAL_DATE_INIT));
  g_assert_false (rapport_partial_date_is_empty (&feb29_no_year));
}

static void
test_compare_and_boxed (void)
{
  RapportPartialDate a = { 2019, 4, 0 };
  RapportPartialDate b = { 2019, 4, 12 };
  RapportPartialDate c = { 2020, 1, 1 };
  g_autoptr(RapportPartialDate) copy = NULL;
  GValue value = G_VALUE_INIT;

  g_assert_cmpint (rapport_partial_date_compare (&a, &b), <, 0);
  g_assert_cmpint (rapport_partial_date_compare (&b, &c), <, 0);
  g_assert_cmpint (rapport_partial_date_compare (&c, &a), >, 0);
  g_assert_cmpint (rapport_partial_date_compare (&b, &b), ==, 0);

  g_value_init (&value, RAPPORT_TYPE_PARTIAL_DATE);
  g_value_set_boxed (&value, &b);
  copy = g_value_dup_boxed (&value);
  g_value_unset (&value);
  g_assert_true (copy != &b);
  g_assert_true (rapport_partial_date_equal (copy, &b));
}

static void
test_format (void)
{
  RapportPartialDate full = { 2019, 4, 12 };
  RapportPartialDate birthday = { 0, 4, 2 };
  RapportPartialDate month_year = { 2019, 4, 0 };
  RapportPartialDate year = { 2019, 0, 0 };
  g_autofree char *s1 = rapport_partial_date_format (&full);
  g_autofree char *s2 = rapport_partial_date_format (&birthday);
  g_autofree char *s3 = rapport_partial_date_format (&month_year);
  g_autofree char *s4 = rapport_partial_date_format (&year);
  g_autofree char *s5 = rapport_partial_date_format (&RAPPORT_PARTIAL_DATE_INIT);

  /* The C locale's month names; translations reorder these. */
  g_assert_cmpstr (s1, ==, "12 April 2019");
  g_assert_cmpstr (s2, ==, "2 April");
  g_assert_cmpstr (s3, ==, "April 2019");
  g_assert_cmpstr (s4, ==, "2019");
  g_assert_cmpstr (s5, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/partial-date/parse-forms", test_parse_forms);
  g_test_add_func ("/rapport/partial-date/parse-rejects", test_parse_rejects);
  g_test_add_func ("/rapport/partial-date/validity", test_validity);
  g_test_add_func ("/rapport/partial-date/compare-and-boxed", test_compare_and_boxed);
  g_test_add_func ("/rapport/partial-date/format", test_format);

  return g_test_run ();
}
