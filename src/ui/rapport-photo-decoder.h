/* rapport-photo-decoder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The square a list's avatar is made from: 48 px (the largest in a list)
 * at a scale of 2. */
#define RAPPORT_THUMBNAIL_SIZE 96

GdkTexture *rapport_photo_decode                 (GBytes               *photo,
                                                  guint                 size,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
void        rapport_photo_decode_async           (GBytes               *photo,
                                                  guint                 size,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GdkTexture *rapport_photo_decode_finish          (GAsyncResult         *result,
                                                  GError              **error);
GdkTexture *rapport_photo_texture_from_thumbnail (GBytes               *thumbnail);
guint       rapport_photo_get_decode_count       (void);

G_END_DECLS
