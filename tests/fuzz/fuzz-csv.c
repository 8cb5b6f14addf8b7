/* fuzz-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the CSV side of import: the RFC 4180 tokenizer and
 * the LinkedIn and Google Contacts readers, through the same detection the
 * app uses, then the CSV writer and the reader again on its output.
 */

#include <stddef.h>
#include <stdint.h>

#include "rapport-csv.h"
#include "rapport-google-csv-reader.h"
#include "rapport-google-csv-writer.h"
#include "rapport-import.h"
#include "rapport-linkedin-reader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;

  /* The tokenizer alone, on every input. */
  {
    g_autoptr(RapportCsvReader) reader = rapport_csv_reader_new (text, size);
    g_auto(GStrv) row = NULL;
    guint line;

    while (rapport_csv_reader_next (reader, &row, &line))
      g_clear_pointer (&row, g_strfreev);
  }

  /* Each reader, whatever detection says, so neither hides behind it. */
  {
    g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
    g_autoptr(GPtrArray) people = rapport_linkedin_read (text, size, problems, NULL);
  }
  {
    g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
    g_autoptr(GPtrArray) people = rapport_google_csv_read (text, size, problems, NULL);

    if (people != NULL && people->len > 0)
      {
        g_autoptr(GBytes) written = rapport_google_csv_write (people);
        g_autoptr(GPtrArray) again_problems = rapport_import_problems_new ();
        g_autoptr(GPtrArray) again = NULL;
        gsize len;
        const char *out = g_bytes_get_data (written, &len);

        again = rapport_google_csv_read (out, len, again_problems, NULL);
        if (again == NULL || again->len != people->len)
          __builtin_trap ();
      }
  }

  return 0;
}
