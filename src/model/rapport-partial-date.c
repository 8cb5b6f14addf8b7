/* rapport-partial-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-partial-date"

#include "config.h"

#include <glib/gi18n.h>

#include <gio/gio.h>

#include "rapport-partial-date.h"

G_DEFINE_BOXED_TYPE (RapportPartialDate, rapport_partial_date,
                     rapport_partial_date_copy, rapport_partial_date_free)

/**
 * rapport_partial_date_copy:
 * @date: a date
 *
 * Returns: (transfer full): a copy of @date, for the boxed type
 */
RapportPartialDate *
rapport_partial_date_copy (const RapportPartialDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_memdup2 (date, sizeof *date);
}

void
rapport_partial_date_free (RapportPartialDate *date)
{
  g_free (date);
}

gboolean
rapport_partial_date_is_empty (const RapportPartialDate *date)
{
  return date == NULL || (date->year == 0 && date->month == 0 && date->day == 0);
}

/**
 * rapport_partial_date_is_valid:
 * @date: a date
 *
 * A date is valid when each known part is in range and the parts that are
 * known fit together: 29 February needs a leap year, or no year at all. A day
 * without a month means nothing. The empty date is valid (it means "unknown").
 *
 * Returns: whether @date can exist
 */
gboolean
rapport_partial_date_is_valid (const RapportPartialDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->year > 9999 || date->month > 12 || date->day > 31)
    return FALSE;
  if (date->day != 0 && date->month == 0)
    return FALSE;
  if (date->day != 0)
    {
      /* Without a year, allow 29 February: leap year 2000 is the kindest guess. */
      guint year = date->year != 0 ? date->year : 2000;

      if (date->day > g_date_get_days_in_month (date->month, year))
        return FALSE;
    }

  return TRUE;
}

gboolean
rapport_partial_date_equal (const RapportPartialDate *a,
                            const RapportPartialDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->year == b->year && a->month == b->month && a->day == b->day;
}

/**
 * rapport_partial_date_compare:
 *
 * Orders by year, then month, then day; an unknown part sorts first.
 *
 * Returns: negative, zero or positive, like strcmp()
 */
int
rapport_partial_date_compare (const RapportPartialDate *a,
                              const RapportPartialDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

static gboolean
parse_digits (const char **p,
              guint        count,
              guint       *value)
{
  guint v = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) ((*p)[i] - '0');
    }

  *p += count;
  *value = v;
  return TRUE;
}

/**
 * rapport_partial_date_parse:
 * @text: an ISO 8601 date, complete or reduced
 * @date: (out): where to store the date
 * @error: return location for a #GError
 *
 * Reads the forms that vCard 4.0 and ISO 8601 use for dates with parts
 * missing: `2019-04-12`, `20190412`, `2019-04`, `2019`, `--04-12`, `--0412`,
 * `--04` and `---12`. The empty string is the empty date. On failure @date is
 * left unchanged and @error says why.
 *
 * Returns: %TRUE if @text was a date that can exist
 */
gboolean
rapport_partial_date_parse (const char          *text,
                            RapportPartialDate  *date,
                            GError             **error)
{
  RapportPartialDate parsed = RAPPORT_PARTIAL_DATE_INIT;
  const char *p;
  /* G_MAXUINT marks a part the text did not hold; a part it held must not be 0. */
  guint year = G_MAXUINT, month = G_MAXUINT, day = G_MAXUINT;
  gboolean ok = TRUE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  p = text;
  if (g_str_has_prefix (p, "---"))
    {
      p += 3;
      ok = parse_digits (&p, 2, &day);
    }
  else if (g_str_has_prefix (p, "--"))
    {
      p += 2;
      ok = parse_digits (&p, 2, &month);
      if (ok && *p == '-')
        p++;
      if (ok && *p != '\0')
        ok = parse_digits (&p, 2, &day);
    }
  else if (*p != '\0')
    {
      ok = parse_digits (&p, 4, &year);
      if (ok && *p != '\0')
        {
          gboolean dashed = *p == '-';

          if (dashed)
            p++;
          ok = parse_digits (&p, 2, &month);
          if (ok && *p != '\0')
            {
              if (dashed && *p++ != '-')
                ok = FALSE;
              ok = ok && parse_digits (&p, 2, &day);
            }
        }
    }

  ok = ok && *p == '\0' && year != 0 && month != 0 && day != 0;
  parsed.year = year == G_MAXUINT ? 0 : year;
  parsed.month = month == G_MAXUINT ? 0 : month;
  parsed.day = day == G_MAXUINT ? 0 : day;

  /* "---12" (a day with no month) is well-formed ISO but says too little. */
  if (!ok || !rapport_partial_date_is_valid (&parsed))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is what the user typed or a file held */
                   _("“%s” is not a date that exists"), text);
      return FALSE;
    }

  *date = parsed;
  return TRUE;
}

/**
 * rapport_partial_date_to_iso:
 * @date: a valid date
 *
 * Writes @date in the ISO 8601 form that rapport_partial_date_parse() reads
 * and vCard 4.0 uses: `2019-04-12`, `--04-12`, `2019-04` or `2019`.
 *
 * Returns: (transfer full): the text, empty for the empty date
 */
char *
rapport_partial_date_to_iso (const RapportPartialDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (date->year != 0 && date->month != 0 && date->day != 0)
    return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
  if (date->year != 0 && date->month != 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);
  if (date->year != 0)
    return g_strdup_printf ("%04u", date->year);
  if (date->month != 0 && date->day != 0)
    return g_strdup_printf ("--%02u-%02u", date->month, date->day);
  if (date->month != 0)
    return g_strdup_printf ("--%02u", date->month);
  return g_strdup ("");
}

/**
 * rapport_partial_date_format:
 * @date: a valid date
 *
 * Formats @date for people to read, in their language, showing only what is
 * known: "12 April 2019", "12 April", "April 2019", "2019".
 *
 * Returns: (transfer full): the text, empty for the empty date
 */
char *
rapport_partial_date_format (const RapportPartialDate *date)
{
  g_autoptr(GDateTime) dt = NULL;
  const char *format;

  g_return_val_if_fail (date != NULL, NULL);

  if (rapport_partial_date_is_empty (date))
    return g_strdup ("");
  if (date->month == 0)
    return g_strdup_printf ("%u", date->year);

  dt = g_date_time_new_utc (date->year != 0 ? date->year : 2000,
                            date->month,
                            date->day != 0 ? date->day : 1,
                            0, 0, 0);
  g_return_val_if_fail (dt != NULL, g_strdup (""));

  if (date->year != 0 && date->day != 0)
    /* Translators: a full date, see g_date_time_format(); %-d is the day, %B the month name
       as it reads with a day (%OB, the month on its own, is for dates without one) */
    format = _("%-d %B %Y");
  else if (date->day != 0)
    /* Translators: a day and month without a year (a birthday), see g_date_time_format() */
    format = _("%-d %B");
  else
    /* Translators: a month and year without a day, see g_date_time_format() */
    format = _("%OB %Y");

  return g_strstrip (g_date_time_format (dt, format));
}
