/* fuzz-image.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target for the photo header check: any bytes must come back as
 * an image's size or a reason to refuse it, never as a crash, a read past
 * the end or undefined behaviour; and what it accepts is within the limits.
 */

#include <stddef.h>
#include <stdint.h>

#include "rapport-image-info.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  RapportImageInfo info;

  if (rapport_image_check_photo (bytes, &info, &error))
    {
      if (error != NULL || info.mime_type == NULL || info.width == 0 || info.height == 0 ||
          info.width > RAPPORT_PHOTO_MAX_SIDE || info.height > RAPPORT_PHOTO_MAX_SIDE ||
          (guint64) info.width * info.height > RAPPORT_PHOTO_MAX_PIXELS)
        __builtin_trap ();
    }
  else if (error == NULL || error->domain != RAPPORT_IMAGE_ERROR)
    __builtin_trap ();

  return 0;
}
