/* test-relative-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rapport-relative-date.h"
#include "rapport-test-util.h"

static void
assert_days_ago (int         days,
                 const char *expected)
{
  g_autofree char *text = rapport_format_days_ago (test_date_offset ("2026-11-26", -days),
                                                   test_date ("2026-11-26"));

  g_assert_cmpstr (text, ==, expected);
}

static void
test_days_ago (void)
{
  g_autofree char *never = rapport_format_days_ago (NULL, test_date ("2026-11-26"));

  g_assert_cmpstr (never, ==, "never");
  assert_days_ago (0, "today");
  assert_days_ago (1, "yesterday");
  assert_days_ago (2, "2 days ago");
  assert_days_ago (13, "13 days ago");
  assert_days_ago (14, "2 weeks ago");
  assert_days_ago (21, "3 weeks ago");
  assert_days_ago (59, "8 weeks ago");
  assert_days_ago (60, "2 months ago");
  assert_days_ago (400, "13 months ago");
  assert_days_ago (730, "2 years ago");
  assert_days_ago (-3, "29 November");
}

static void
test_day (void)
{
  const GDate *today = test_date ("2026-11-26");   /* a Thursday */
  g_autofree char *t = rapport_format_day (test_date ("2026-11-26"), today);
  g_autofree char *y = rapport_format_day (test_date ("2026-11-25"), today);
  g_autofree char *w = rapport_format_day (test_date ("2026-11-23"), today);
  g_autofree char *m = rapport_format_day (test_date ("2026-03-12"), today);
  g_autofree char *o = rapport_format_day (test_date ("2019-03-02"), today);
  g_autofree char *month = rapport_format_month (test_date ("2026-11-02"));

  g_assert_cmpstr (t, ==, "Today");
  g_assert_cmpstr (y, ==, "Yesterday");
  g_assert_cmpstr (w, ==, "Monday");
  g_assert_cmpstr (m, ==, "12 March");
  g_assert_cmpstr (o, ==, "2 March 2019");
  g_assert_cmpstr (month, ==, "November 2026");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/relative-date/days-ago", test_days_ago);
  g_test_add_func ("/rapport/relative-date/day", test_day);

  return g_test_run ();
}
