/* rapport-relative-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Days as people say them: "yesterday", "3 weeks ago", "12 March".
 */

#define G_LOG_DOMAIN "rapport-relative-date"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-relative-date.h"

void
rapport_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static GDateTime *
to_date_time (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date), 0, 0, 0);
}

/**
 * rapport_format_days_ago:
 * @date: (nullable): a day in the past, or %NULL for never
 * @today: the day to count from
 *
 * How long ago @date was, as a person would say it: "today", "yesterday",
 * "5 days ago", "3 weeks ago", "4 months ago", "2 years ago", or "never".
 * A day after @today is said as a date.
 *
 * Returns: (transfer full): the text
 */
char *
rapport_format_days_ago (const GDate *date,
                         const GDate *today)
{
  int days;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (date == NULL || !g_date_valid (date))
    /* Translators: when you last were in touch with someone you never were */
    return g_strdup (C_("last contacted", "never"));

  days = g_date_days_between (date, today);
  if (days < 0)
    return rapport_format_day (date, today);
  if (days == 0)
    return g_strdup (C_("relative date", "today"));
  if (days == 1)
    return g_strdup (C_("relative date", "yesterday"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);
  if (days < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week ago", "%d weeks ago", days / 7), days / 7);
  if (days < 730)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month ago", "%d months ago", days / 30), days / 30);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year ago", "%d years ago", days / 365), days / 365);
}

/**
 * rapport_format_day:
 * @date: a day
 * @today: the day it is
 *
 * A day for a timeline: "Today", "Yesterday", the weekday within the last
 * week, "12 March" this year, "12 March 2019" before.
 *
 * Returns: (transfer full): the text
 */
char *
rapport_format_day (const GDate *date,
                    const GDate *today)
{
  g_autoptr(GDateTime) dt = NULL;
  int days;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  days = g_date_days_between (date, today);
  if (days == 0)
    return g_strdup (C_("relative date", "Today"));
  if (days == 1)
    return g_strdup (C_("relative date", "Yesterday"));
  if (days == -1)
    return g_strdup (C_("relative date", "Tomorrow"));

  dt = to_date_time (date);
  if (days > 1 && days < 7)
    /* Translators: a day in the last week, see g_date_time_format()
       xgettext:no-c-format */
    return g_date_time_format (dt, _("%A"));
  if (g_date_get_year (date) == g_date_get_year (today))
    /* Translators: a day this year, see g_date_time_format() */
    return g_date_time_format (dt, _("%-d %B"));
  /* Translators: a day in another year, see g_date_time_format() */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

/**
 * rapport_format_month:
 * @date: a day
 *
 * Returns: (transfer full): its month, as a heading: "November 2026"
 */
char *
rapport_format_month (const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  dt = to_date_time (date);
  /* Translators: a month heading in a timeline, see g_date_time_format() */
  return g_date_time_format (dt, _("%OB %Y"));
}
