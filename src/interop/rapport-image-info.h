/* rapport-image-info.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A photo larger than any of these is refused before it is decoded. */
#define RAPPORT_PHOTO_MAX_BYTES  (10 * 1000 * 1000)
#define RAPPORT_PHOTO_MAX_SIDE   8192
#define RAPPORT_PHOTO_MAX_PIXELS 40000000

#define RAPPORT_IMAGE_ERROR (rapport_image_error_quark ())

typedef enum
{
  RAPPORT_IMAGE_ERROR_UNKNOWN_FORMAT,
  RAPPORT_IMAGE_ERROR_CORRUPT,
  RAPPORT_IMAGE_ERROR_TRUNCATED,
  RAPPORT_IMAGE_ERROR_TOO_LARGE,
} RapportImageError;

/**
 * RapportImageInfo:
 * @mime_type: "image/png", "image/jpeg", "image/gif" or "image/webp"
 * @width: the width the file declares, in pixels
 * @height: the height it declares
 */
typedef struct
{
  const char *mime_type;
  guint32     width;
  guint32     height;
} RapportImageInfo;

GQuark   rapport_image_error_quark (void);
gboolean rapport_image_read_info   (const guint8     *data,
                                    gsize             len,
                                    RapportImageInfo *info,
                                    GError          **error);
gboolean rapport_image_check_photo (GBytes           *photo,
                                    RapportImageInfo *info,
                                    GError          **error);

G_END_DECLS
