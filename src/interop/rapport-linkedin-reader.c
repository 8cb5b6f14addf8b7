/* rapport-linkedin-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads LinkedIn's `Connections.csv`, current and 2018 exports alike: the
 * header row is found instead of skipping the notes above it, columns are
 * mapped by name, and "Connected On" becomes how and when you met.
 */

#define G_LOG_DOMAIN "rapport-linkedin-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-csv.h"
#include "rapport-identity.h"
#include "rapport-linkedin-reader.h"

/* The notes come first; a header further down than this is not one. */
#define MAX_HEADER_ROW 50

typedef enum
{
  COLUMN_FIRST_NAME,
  COLUMN_LAST_NAME,
  COLUMN_URL,
  COLUMN_EMAIL,
  COLUMN_COMPANY,
  COLUMN_POSITION,
  COLUMN_CONNECTED_ON,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS][3] = {
  [COLUMN_FIRST_NAME] = { "First Name", NULL },
  [COLUMN_LAST_NAME] = { "Last Name", NULL },
  [COLUMN_URL] = { "URL", "Profile URL", NULL },
  [COLUMN_EMAIL] = { "Email Address", "E-mail Address", NULL },
  [COLUMN_COMPANY] = { "Company", NULL },
  [COLUMN_POSITION] = { "Position", NULL },
  [COLUMN_CONNECTED_ON] = { "Connected On", NULL },
};

static const char * const months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};

/**
 * rapport_linkedin_is_header:
 * @row: the cells of a CSV row
 *
 * Returns: whether @row is the header of a connections file
 */
gboolean
rapport_linkedin_is_header (const char * const *row)
{
  g_return_val_if_fail (row != NULL, FALSE);

  return rapport_csv_row_find (row, "First Name") >= 0 &&
         rapport_csv_row_find (row, "Last Name") >= 0 &&
         (rapport_csv_row_find (row, "Connected On") >= 0 ||
          rapport_csv_row_find (row, "Position") >= 0);
}

static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < max_digits)
    {
      n = n * 10 + (guint) (**p - '0');
      (*p)++;
      digits++;
    }
  *value = n;
  return digits > 0 && !g_ascii_isdigit (**p);
}

/**
 * rapport_linkedin_parse_date:
 * @text: a "Connected On" cell
 * @date: (out): the date
 *
 * Reads `22 Dec 2025` (current exports) and `1/8/18, 6:14 PM` (2018
 * exports, month first; the time is ignored).
 *
 * Returns: whether @text was such a date and exists
 */
gboolean
rapport_linkedin_parse_date (const char         *text,
                             RapportPartialDate *date)
{
  g_autofree char *trimmed = NULL;
  const char *p;
  guint day = 0, month = 0, year = 0;
  RapportPartialDate parsed;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;

  if (!read_number (&p, 4, &day))
    return FALSE;

  if (*p == '/')
    {
      /* M/D/YY: the first number is the month. */
      month = day;
      p++;
      if (!read_number (&p, 2, &day) || *p++ != '/' || !read_number (&p, 4, &year))
        return FALSE;
      if (*p != '\0' && *p != ',' && *p != ' ')
        return FALSE;
      if (year < 100)
        year += 2000;
    }
  else if (*p == ' ' || *p == '-')
    {
      p++;
      for (guint i = 0; i < G_N_ELEMENTS (months); i++)
        if (g_ascii_strncasecmp (p, months[i], 3) == 0)
          month = i + 1;
      if (month == 0)
        return FALSE;
      while (g_ascii_isalpha (*p))
        p++;
      if (*p != ' ' && *p != '-')
        return FALSE;
      p++;
      if (!read_number (&p, 4, &year) || *p != '\0')
        return FALSE;
      if (year < 100)
        year += 2000;
    }
  else
    return FALSE;

  parsed.year = year;
  parsed.month = month;
  parsed.day = day;
  if (year == 0 || month == 0 || day == 0 || !rapport_partial_date_is_valid (&parsed))
    return FALSE;

  *date = parsed;
  return TRUE;
}

static const char *
cell (const char * const *row,
      const int          *columns,
      Column              column)
{
  int index = columns[column];

  if (index < 0 || index >= (int) g_strv_length ((char **) row))
    return "";
  return row[index];
}

static RapportContact *
contact_from_row (const char * const *row,
                  const int          *columns,
                  guint               line,
                  GPtrArray          *problems)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *first = g_strstrip (g_strdup (cell (row, columns, COLUMN_FIRST_NAME)));
  g_autofree char *last = g_strstrip (g_strdup (cell (row, columns, COLUMN_LAST_NAME)));
  g_autofree char *company = g_strstrip (g_strdup (cell (row, columns, COLUMN_COMPANY)));
  g_autofree char *position = g_strstrip (g_strdup (cell (row, columns, COLUMN_POSITION)));
  g_autofree char *connected = g_strstrip (g_strdup (cell (row, columns, COLUMN_CONNECTED_ON)));
  g_autofree char *email = rapport_identity_normalize_email (cell (row, columns, COLUMN_EMAIL));
  g_autofree char *url = rapport_identity_clean_url (cell (row, columns, COLUMN_URL));

  if (*first == '\0' && *last == '\0')
    {
      /* Translators: %u is a line number in the file */
      rapport_import_problems_add (problems, line, TRUE, _("Line %u was skipped: it has no name"), line);
      return NULL;
    }

  rapport_contact_set_given_name (contact, first);
  rapport_contact_set_family_name (contact, last);
  rapport_contact_set_company (contact, company);
  rapport_contact_set_profession (contact, position);
  rapport_contact_set_how_met (contact, _("Connected on LinkedIn"));

  if (*connected != '\0')
    {
      RapportPartialDate date = RAPPORT_PARTIAL_DATE_INIT;

      if (rapport_linkedin_parse_date (connected, &date))
        rapport_contact_set_met_on (contact, &date);
      else
        /* Translators: %u is a line number, %s what the file held */
        rapport_import_problems_add (problems, line, FALSE,
                                     _("Line %u: “%s” is not a date; the rest was imported"),
                                     line, connected);
    }

  if (email != NULL)
    {
      /* Keep the address as written, only trimmed. */
      g_autofree char *written = g_strstrip (g_strdup (cell (row, columns, COLUMN_EMAIL)));

      g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, NULL, written));
    }
  if (url != NULL)
    g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_URL, "LinkedIn", url));
  rapport_contact_set_fields (contact, fields);

  return g_steal_pointer (&contact);
}

/**
 * rapport_linkedin_read:
 * @data: (array length=len): the bytes of a `Connections.csv`
 * @len: their length
 * @problems: (nullable) (element-type RapportImportProblem): where to add the
 *   rows that were left out and the cells that could not be read
 * @error: return location for a #GError
 *
 * Reads every connection. Rows of only commas are ignored; a row without a
 * name is left out with its line number. Fails only when no header is found.
 *
 * Returns: (transfer full) (element-type RapportContact): the people
 */
GPtrArray *
rapport_linkedin_read (const char  *data,
                       gsize        len,
                       GPtrArray   *problems,
                       GError     **error)
{
  g_autoptr(RapportCsvReader) reader = NULL;
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  int columns[N_COLUMNS];
  gboolean found = FALSE;
  guint n_header = 0;
  guint rows = 0;
  GStrv row = NULL;
  guint line = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = rapport_csv_reader_new (data, len);

  while (!found && rows++ < MAX_HEADER_ROW && rapport_csv_reader_next (reader, &row, &line))
    {
      if (rapport_linkedin_is_header ((const char * const *) row))
        {
          found = TRUE;
          n_header = g_strv_length (row);
          for (guint c = 0; c < N_COLUMNS; c++)
            {
              columns[c] = -1;
              for (guint k = 0; column_names[c][k] != NULL && columns[c] < 0; k++)
                columns[c] = rapport_csv_row_find ((const char * const *) row, column_names[c][k]);
            }
        }
      g_clear_pointer (&row, g_strfreev);
    }

  if (!found)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("This is not a LinkedIn connections file: it has no “First Name” and “Last Name” columns"));
      return NULL;
    }

  while (rapport_csv_reader_next (reader, &row, &line))
    {
      g_auto(GStrv) owned = g_steal_pointer (&row);
      RapportContact *contact;

      if (rapport_csv_row_is_blank ((const char * const *) owned) ||
          !rapport_csv_row_fits ((const char * const *) owned, n_header, line, problems))
        continue;
      contact = contact_from_row ((const char * const *) owned, columns, line, problems);
      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
    }

  return g_steal_pointer (&contacts);
}
