/* fuzz-vcard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the vCard reader: any bytes must come back as
 * people or as problems, never as a crash, a leak or undefined behaviour.
 * Whatever is read is written out again and read back, so the writer and
 * the reader's handling of the writer's own output are fuzzed too.
 */

#include <stddef.h>
#include <stdint.h>

#include "rapport-import-problem.h"
#include "rapport-vcard-reader.h"
#include "rapport-vcard-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;

  people = rapport_vcard_read ((const char *) data, size, problems, &error);
  if (people != NULL && people->len > 0)
    {
      g_autoptr(GBytes) written = rapport_vcard_write (people);
      g_autoptr(GPtrArray) again_problems = rapport_import_problems_new ();
      g_autoptr(GPtrArray) again = NULL;
      gsize len;
      const char *text = g_bytes_get_data (written, &len);

      again = rapport_vcard_read (text, len, again_problems, NULL);
      /* Every person written must be read back. */
      if (again == NULL || again->len != people->len)
        __builtin_trap ();
    }

  return 0;
}
