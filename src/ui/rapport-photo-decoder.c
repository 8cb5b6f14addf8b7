/* rapport-photo-decoder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turning a person's photo, bytes from anywhere, into a small square
 * texture, off the main thread. The header is checked first
 * (rapport_image_check_photo(): nothing too large, damaged or unknown is
 * ever decoded); then glycin decodes it in its sandbox (a separate process
 * under bwrap with a memory limit, or flatpak-spawn inside the Flatpak), as
 * Loupe does, and the picture is cut square and made small here.
 *
 * Only where that sandbox cannot start, RAPPORT_UNSANDBOXED_PHOTOS=1 has
 * glycin decode without it: Rapport's build root is a chroot, and the
 * kernel refuses the user namespace that bwrap needs to a chrooted process
 * (`unshare --user` fails there with EPERM), so the tests, benchmarks and
 * screenshots run there set it (build-aux/dev). Elsewhere, a sandbox that
 * does not start means no photos, never photos decoded without one.
 */

#define G_LOG_DOMAIN "rapport-photo-decoder"

#include "config.h"
#include <glycin-gtk4.h>

#include <glycin.h>

#include "rapport-image-info.h"
#include "rapport-photo-decoder.h"

/* A thumbnail is ours, made by this file; anything larger is not one. */
#define MAX_THUMBNAIL_SIDE 256

static guint decode_count;

static GlySandboxSelector
sandbox_selector (void)
{
  return g_strcmp0 (g_getenv ("RAPPORT_UNSANDBOXED_PHOTOS"), "1") == 0
           ? GLY_SANDBOX_SELECTOR_NOT_SANDBOXED
           : GLY_SANDBOX_SELECTOR_AUTO;
}

static GlyImage *
load_file (GFile   *file,
           GError **error)
{
  g_autoptr(GlyLoader) loader = gly_loader_new (file);

  gly_loader_set_sandbox_selector (loader, sandbox_selector ());
  return gly_loader_load (loader, error);
}

/* glycin 1.x reads files only: the photo is written to a private
 * temporary file for it, and removed at once. */
static GlyImage *
load_bytes (GBytes  *photo,
            GError **error)
{
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("rapport-photo-XXXXXX", &stream, error);
  GOutputStream *out;
  GlyImage *image = NULL;

  if (file == NULL)
    return NULL;

  out = g_io_stream_get_output_stream (G_IO_STREAM (stream));
  if (g_output_stream_write_all (out, g_bytes_get_data (photo, NULL), g_bytes_get_size (photo),
                                 NULL, NULL, error) &&
      g_io_stream_close (G_IO_STREAM (stream), NULL, error))
    image = load_file (file, error);

  g_file_delete (file, NULL, NULL);
  return image;
}

/* Whether glycin can decode here at all, tried once with a known image so
 * that a sandbox that cannot start is told apart from a bad photo. */
static gboolean
decoding_works (GError **error)
{
  static gsize tried = 0;
  static gboolean works;
  static char *reason;

  if (g_once_init_enter (&tried))
    {
      /* A 1 × 1 PNG. */
      static const guint8 pixel[] = {
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3a, 0x7e, 0x9b,
        0x55, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x60, 0x00, 0x00, 0x00,
        0x02, 0x00, 0x01, 0xe5, 0x27, 0xde, 0xfc, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
        0x42, 0x60, 0x82,
      };
      g_autoptr(GBytes) bytes = g_bytes_new_static (pixel, sizeof pixel);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GlyImage) image = load_bytes (bytes, &local_error);
      g_autoptr(GlyFrame) frame = image ? gly_image_next_frame (image, &local_error) : NULL;

      works = frame != NULL;
      if (!works)
        {
          reason = g_strdup (local_error->message);
          g_message ("Photos are not shown: their sandboxed decoder does not start here (%s)", reason);
        }
      g_once_init_leave (&tried, 1);
    }

  if (!works)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 "The sandboxed image decoder does not start: %s", reason);
  return works;
}

/* The middle square of @texture, at most @size pixels a side: each pixel
 * the mean of those it covers, in premultiplied RGBA. */
static GdkTexture *
cut_square (GdkTexture *texture,
            guint       size)
{
  g_autoptr(GdkTextureDownloader) downloader = gdk_texture_downloader_new (texture);
  g_autoptr(GBytes) bytes = NULL;
  guint width = (guint) gdk_texture_get_width (texture);
  guint height = (guint) gdk_texture_get_height (texture);
  guint side = MIN (width, height);
  guint x0 = (width - side) / 2, y0 = (height - side) / 2;
  guint out = MIN (side, size);
  const guint8 *src;
  guint8 *dst;
  gsize stride;

  gdk_texture_downloader_set_format (downloader, GDK_MEMORY_R8G8B8A8_PREMULTIPLIED);
  bytes = gdk_texture_downloader_download_bytes (downloader, &stride);
  src = g_bytes_get_data (bytes, NULL);
  dst = g_malloc ((gsize) out * out * 4);

  for (guint oy = 0; oy < out; oy++)
    {
      guint sy0 = y0 + (guint) ((guint64) oy * side / out);
      guint sy1 = y0 + (guint) ((guint64) (oy + 1) * side / out);

      for (guint ox = 0; ox < out; ox++)
        {
          guint sx0 = x0 + (guint) ((guint64) ox * side / out);
          guint sx1 = x0 + (guint) ((guint64) (ox + 1) * side / out);
          guint32 sum[4] = { 0, 0, 0, 0 };
          guint32 n = (sy1 - sy0) * (sx1 - sx0);
          guint8 *pixel = dst + ((gsize) oy * out + ox) * 4;

          for (guint y = sy0; y < sy1; y++)
            {
              const guint8 *p = src + (gsize) y * stride + (gsize) sx0 * 4;

              for (guint x = sx0; x < sx1; x++, p += 4)
                for (guint c = 0; c < 4; c++)
                  sum[c] += p[c];
            }
          for (guint c = 0; c < 4; c++)
            pixel[c] = (guint8) ((sum[c] + n / 2) / n);
        }
    }

  {
    g_autoptr(GBytes) pixels = g_bytes_new_take (dst, (gsize) out * out * 4);

    return gdk_memory_texture_new ((int) out, (int) out, GDK_MEMORY_R8G8B8A8_PREMULTIPLIED,
                                   pixels, (gsize) out * 4);
  }
}

/**
 * rapport_photo_decode:
 * @photo: a photo's file, as bytes
 * @size: the largest side wanted, in pixels
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError: %RAPPORT_IMAGE_ERROR when the
 *   photo is refused unread, %G_IO_ERROR_NOT_SUPPORTED when nothing can be
 *   decoded here, or glycin's
 *
 * Decodes @photo in glycin's sandbox and returns its middle square, made
 * small. Blocks: call it from a worker thread.
 *
 * Returns: (transfer full): the texture, or %NULL with @error set
 */
GdkTexture *
rapport_photo_decode (GBytes        *photo,
                      guint          size,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GlyImage) image = NULL;
  g_autoptr(GlyFrame) frame = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (photo != NULL, NULL);
  g_return_val_if_fail (size > 0, NULL);

  if (!rapport_image_check_photo (photo, NULL, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !decoding_works (error))
    return NULL;

  g_atomic_int_inc (&decode_count);
  image = load_bytes (photo, error);
  if (image == NULL)
    return NULL;
  /* What the decoder found, checked again: it may read another size than
   * the header said (an embedded preview, a rotation). */
  if (gly_image_get_width (image) > RAPPORT_PHOTO_MAX_SIDE ||
      gly_image_get_height (image) > RAPPORT_PHOTO_MAX_SIDE ||
      (guint64) gly_image_get_width (image) * gly_image_get_height (image) > RAPPORT_PHOTO_MAX_PIXELS)
    {
      g_set_error_literal (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_TOO_LARGE, "The image is too large");
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  frame = gly_image_next_frame (image, error);
  if (frame == NULL)
    return NULL;
  texture = gly_gtk_frame_get_texture (frame);
  g_clear_object (&frame);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return cut_square (texture, size);
}

static void
decode_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GBytes *photo = g_object_get_data (G_OBJECT (task), "photo");
  guint size = GPOINTER_TO_UINT (task_data);
  GError *error = NULL;
  GdkTexture *texture = rapport_photo_decode (photo, size, cancellable, &error);

  if (texture != NULL)
    g_task_return_pointer (task, texture, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * rapport_photo_decode_async:
 * @photo: a photo's file, as bytes
 * @size: the largest side wanted, in pixels
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on this thread's main context when done
 * @user_data: for @callback
 *
 * rapport_photo_decode() on a worker thread.
 */
void
rapport_photo_decode_async (GBytes              *photo,
                            guint                size,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (photo != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rapport_photo_decode_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (size), NULL);
  g_object_set_data_full (G_OBJECT (task), "photo", g_bytes_ref (photo), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, decode_thread);
}

/**
 * rapport_photo_decode_finish:
 *
 * Returns: (transfer full): the texture, or %NULL with @error set
 */
GdkTexture *
rapport_photo_decode_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rapport_photo_decode_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * rapport_photo_texture_from_thumbnail:
 * @thumbnail: a thumbnail this file made (RapportContact:thumbnail)
 *
 * Reads a thumbnail: a small PNG of Rapport's own making, so cheap enough
 * for a list row to read as it is shown. Anything else (not a PNG, larger
 * than a thumbnail, the empty one of a photo that cannot be shown) gives
 * %NULL, and the row shows initials.
 *
 * Returns: (transfer full) (nullable): the texture
 */
GdkTexture *
rapport_photo_texture_from_thumbnail (GBytes *thumbnail)
{
  RapportImageInfo info;
  gsize len;
  const guint8 *data;

  if (thumbnail == NULL)
    return NULL;
  data = g_bytes_get_data (thumbnail, &len);
  if (!rapport_image_read_info (data, len, &info, NULL) ||
      g_strcmp0 (info.mime_type, "image/png") != 0 ||
      info.width > MAX_THUMBNAIL_SIDE || info.height > MAX_THUMBNAIL_SIDE)
    return NULL;

  return gdk_texture_new_from_bytes (thumbnail, NULL);
}

/**
 * rapport_photo_get_decode_count:
 *
 * Returns: how many photos were given to the decoder so far, for tests
 */
guint
rapport_photo_get_decode_count (void)
{
  return (guint) g_atomic_int_get (&decode_count);
}
