/* rapport-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one entry point for `rapport --import FILE` and the import dialog:
 * tells the formats apart from the bytes alone (never from the file name)
 * and hands them to their reader.
 */

#define G_LOG_DOMAIN "rapport-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-csv.h"
#include "rapport-google-csv-reader.h"
#include "rapport-import.h"
#include "rapport-linkedin-reader.h"
#include "rapport-vcard-reader.h"

/* How much of the file detection looks at. */
#define SNIFF_BYTES (64 * 1024)
#define SNIFF_ROWS 50

static gboolean
looks_like_vcard (const char *data,
                  gsize       len)
{
  gsize n = MIN (len, SNIFF_BYTES);

  /* At the start of a line, so that a CSV cell quoting one is not taken
   * for a vCard. */
  for (gsize i = 0; i + 11 <= n; i++)
    {
      if ((data[i] == 'B' || data[i] == 'b') &&
          (i == 0 || data[i - 1] == '\n' || data[i - 1] == '\r' || data[i - 1] == '\xBF' || data[i - 1] == '\0') &&
          g_ascii_strncasecmp (data + i, "BEGIN:VCARD", 11) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * rapport_import_detect_format:
 * @data: (array length=len): the start of a file, or all of it
 * @len: its length
 *
 * Returns: what the file holds, judged from its first rows
 */
RapportImportFormat
rapport_import_detect_format (const char *data,
                              gsize       len)
{
  g_autoptr(RapportCsvReader) reader = NULL;
  RapportImportFormat format = RAPPORT_IMPORT_FORMAT_UNKNOWN;
  GStrv row = NULL;
  guint rows = 0;

  g_return_val_if_fail (data != NULL || len == 0, RAPPORT_IMPORT_FORMAT_UNKNOWN);

  if (looks_like_vcard (data, len))
    return RAPPORT_IMPORT_FORMAT_VCARD;

  reader = rapport_csv_reader_new (data, MIN (len, SNIFF_BYTES));
  while (format == RAPPORT_IMPORT_FORMAT_UNKNOWN && rows++ < SNIFF_ROWS &&
         rapport_csv_reader_next (reader, &row, NULL))
    {
      g_auto(GStrv) owned = g_steal_pointer (&row);
      const char * const *cells = (const char * const *) owned;

      if (rapport_linkedin_is_header (cells))
        format = RAPPORT_IMPORT_FORMAT_LINKEDIN;
      else if (rapport_google_csv_is_header (cells))
        format = RAPPORT_IMPORT_FORMAT_GOOGLE_CSV;
      else if (rows == 1 && g_strv_length (owned) > 1 && rapport_google_csv_is_contacts_header (cells))
        format = RAPPORT_IMPORT_FORMAT_CSV;
    }

  return format;
}

/**
 * rapport_import_format_get_label:
 * @format: a format
 *
 * Returns: (transfer none): its name, for people
 */
const char *
rapport_import_format_get_label (RapportImportFormat format)
{
  switch (format)
    {
    case RAPPORT_IMPORT_FORMAT_VCARD:
      return C_("file format", "vCard");
    case RAPPORT_IMPORT_FORMAT_LINKEDIN:
      return C_("file format", "LinkedIn connections");
    case RAPPORT_IMPORT_FORMAT_GOOGLE_CSV:
      return _("Google Contacts CSV");
    case RAPPORT_IMPORT_FORMAT_CSV:
      return C_("file format", "CSV");
    case RAPPORT_IMPORT_FORMAT_UNKNOWN:
    default:
      return C_("file format", "Unknown");
    }
}

/**
 * rapport_import_read:
 * @bytes: a whole file
 * @format: (out) (optional): what it was found to be
 * @problems: (nullable) (element-type RapportImportProblem): where to add
 *   what was left out, card by card or line by line
 * @error: return location for a #GError
 *
 * Reads every person in @bytes, whatever the format. Pure: it neither
 * stores nor fetches anything.
 *
 * Returns: (transfer full) (element-type RapportContact): the people, or
 *   %NULL when the file is none of the formats Rapport reads
 */
GPtrArray *
rapport_import_read (GBytes               *bytes,
                     RapportImportFormat  *format,
                     GPtrArray            *problems,
                     GError              **error)
{
  gsize len = 0;
  const char *data;
  RapportImportFormat found;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";
  found = rapport_import_detect_format (data, len);
  if (format != NULL)
    *format = found;

  switch (found)
    {
    case RAPPORT_IMPORT_FORMAT_VCARD:
      return rapport_vcard_read (data, len, problems, error);
    case RAPPORT_IMPORT_FORMAT_LINKEDIN:
      return rapport_linkedin_read (data, len, problems, error);
    case RAPPORT_IMPORT_FORMAT_GOOGLE_CSV:
    case RAPPORT_IMPORT_FORMAT_CSV:
      return rapport_google_csv_read (data, len, problems, error);
    case RAPPORT_IMPORT_FORMAT_UNKNOWN:
    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This file is not a vCard, a LinkedIn connections file or a contacts CSV"));
      return NULL;
    }
}
