/* test-image-info.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a photo's format and size without decoding it: real JPEG, PNG,
 * GIF and WebP files read right; a bomb, a file cut short, a damaged one,
 * one too large and one that is not an image refused, each with its reason;
 * every shorter part of a whole image refused.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rapport-image-info.h"

static GBytes *
load_image (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "images", name, NULL);
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
test_whole_images (void)
{
  static const struct
  {
    const char *file;
    const char *mime_type;
  } images[] = {
    { "photo.png", "image/png" },
    { "photo.jpg", "image/jpeg" },
    { "photo.gif", "image/gif" },
    { "photo.webp", "image/webp" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (images); i++)
    {
      g_autoptr(GBytes) bytes = load_image (images[i].file);
      g_autoptr(GError) error = NULL;
      RapportImageInfo info;

      g_test_message ("%s", images[i].file);
      g_assert_true (rapport_image_check_photo (bytes, &info, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (info.mime_type, ==, images[i].mime_type);
      g_assert_cmpuint (info.width, ==, 24);
      g_assert_cmpuint (info.height, ==, 16);
    }
}

static void
test_refused (void)
{
  static const struct
  {
    const char *file;
    RapportImageError code;
    const char *message;
  } images[] = {
    { "bomb.png", RAPPORT_IMAGE_ERROR_TOO_LARGE,
      "it declares 20000 × 20000 pixels, more than Rapport accepts (8192 a side, 40 million in all)" },
    { "huge.jpg", RAPPORT_IMAGE_ERROR_TOO_LARGE,
      "it declares 60000 × 60000 pixels, more than Rapport accepts (8192 a side, 40 million in all)" },
    { "huge.gif", RAPPORT_IMAGE_ERROR_TOO_LARGE,
      "it declares 65535 × 65535 pixels, more than Rapport accepts (8192 a side, 40 million in all)" },
    { "truncated.png", RAPPORT_IMAGE_ERROR_TRUNCATED, "the image is cut short" },
    { "truncated.jpg", RAPPORT_IMAGE_ERROR_TRUNCATED, "the image is cut short" },
    { "corrupt.jpg", RAPPORT_IMAGE_ERROR_CORRUPT, "the image is damaged" },
    { "not-an-image.txt", RAPPORT_IMAGE_ERROR_UNKNOWN_FORMAT, "it is not a JPEG, PNG, GIF or WebP image" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (images); i++)
    {
      g_autoptr(GBytes) bytes = load_image (images[i].file);
      g_autoptr(GError) error = NULL;
      RapportImageInfo info;

      g_test_message ("%s", images[i].file);
      g_assert_false (rapport_image_check_photo (bytes, &info, &error));
      g_assert_error (error, RAPPORT_IMAGE_ERROR, (int) images[i].code);
      g_assert_cmpstr (error->message, ==, images[i].message);
    }
}

static void
test_too_many_bytes (void)
{
  g_autoptr(GBytes) photo = load_image ("photo.png");
  g_autoptr(GByteArray) big = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* A whole PNG, then more than 10 MB after its end. */
  g_byte_array_append (big, g_bytes_get_data (photo, NULL), (guint) g_bytes_get_size (photo));
  g_byte_array_set_size (big, RAPPORT_PHOTO_MAX_BYTES + 1);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&big));
  g_assert_false (rapport_image_check_photo (bytes, NULL, &error));
  g_assert_error (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "it is larger than 10.0\u00a0MB, the most Rapport accepts");
}

/* No shorter part of a whole image passes for one. */
static void
test_every_prefix (void)
{
  const char *files[] = { "photo.png", "photo.jpg", "photo.gif", "photo.webp" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = load_image (files[i]);
      gsize len;
      const guint8 *data = g_bytes_get_data (bytes, &len);

      for (gsize cut = 0; cut < len; cut++)
        {
          g_autoptr(GError) error = NULL;
          RapportImageInfo info;

          if (rapport_image_read_info (data, cut, &info, &error))
            g_error ("%s cut to %" G_GSIZE_FORMAT " bytes passed as whole", files[i], cut);
          g_assert_nonnull (error);
        }
    }
}

/* A changed byte in a PNG's pixel data breaks its checksum. */
static void
test_png_checksum (void)
{
  g_autoptr(GBytes) bytes = load_image ("photo.png");
  gsize len = g_bytes_get_size (bytes);
  guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), len);
  g_autoptr(GError) error = NULL;
  RapportImageInfo info;
  const guint8 *idat = memmem (data, len, "IDAT", 4);

  g_assert_nonnull (idat);
  g_assert_true (rapport_image_read_info (data, len, &info, NULL));
  data[idat - data + 10] ^= 0x40;
  g_assert_false (rapport_image_read_info (data, len, &info, &error));
  g_assert_error (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_CORRUPT);
  g_free (data);
}

/* A GIF declaring @width × @height, with one 1 × 1 frame. */
static GBytes *
gif_new (guint width,
         guint height)
{
  guint8 gif[] = {
    'G', 'I', 'F', '8', '9', 'a', width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 0, 0,
    0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b,
  };

  return g_bytes_new (gif, sizeof gif);
}

static void
test_limits (void)
{
  static const struct
  {
    guint width, height;
    gboolean accepted;
  } sizes[] = {
    { 8192, 4882, TRUE },   /* 39.99 million pixels */
    { 8192, 4883, FALSE },  /* 40.002 million */
    { 8193, 1, FALSE },
    { 1, 8193, FALSE },
    { 7000, 5714, TRUE },
    { 7000, 7000, FALSE },
    { 1, 1, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) gif = gif_new (sizes[i].width, sizes[i].height);
      g_autoptr(GError) error = NULL;
      RapportImageInfo info;
      gboolean accepted = rapport_image_check_photo (gif, &info, &error);

      g_test_message ("%u × %u", sizes[i].width, sizes[i].height);
      g_assert_cmpint (accepted, ==, sizes[i].accepted);
      g_assert_cmpuint (info.width, ==, sizes[i].width);
      g_assert_cmpuint (info.height, ==, sizes[i].height);
      if (!accepted)
        g_assert_error (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_TOO_LARGE);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/image-info/whole", test_whole_images);
  g_test_add_func ("/rapport/image-info/refused", test_refused);
  g_test_add_func ("/rapport/image-info/too-many-bytes", test_too_many_bytes);
  g_test_add_func ("/rapport/image-info/every-prefix", test_every_prefix);
  g_test_add_func ("/rapport/image-info/png-checksum", test_png_checksum);
  g_test_add_func ("/rapport/image-info/limits", test_limits);

  return g_test_run ();
}
