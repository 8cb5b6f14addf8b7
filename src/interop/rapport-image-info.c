/* rapport-image-info.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a photo says about itself, read without decoding it: its format and
 * the size it declares. A few kilobytes can declare 20,000 × 20,000 pixels
 * (1.6 GB once decoded), so every photo that comes in is checked here first
 * and refused beyond sane limits, or when it is not a whole image of a
 * format Rapport shows: JPEG, PNG, GIF and WebP, what address books write.
 *
 * The walk goes over the file's structure to its end (PNG chunks with the
 * checksums of the critical ones, JPEG markers and scans, GIF blocks, the
 * RIFF size of WebP), so that a file cut short or with a broken structure is
 * told apart from a whole one. Pure and bounded: every length is checked
 * against what is left before it is used.
 */

#define G_LOG_DOMAIN "rapport-image-info"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-image-info.h"

G_DEFINE_QUARK (rapport - image - error - quark, rapport_image_error)

static guint32
be16 (const guint8 *p)
{
  return ((guint32) p[0] << 8) | p[1];
}

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static guint32
le16 (const guint8 *p)
{
  return ((guint32) p[1] << 8) | p[0];
}

static guint32
le24 (const guint8 *p)
{
  return ((guint32) p[2] << 16) | ((guint32) p[1] << 8) | p[0];
}

static guint32
le32 (const guint8 *p)
{
  return ((guint32) p[3] << 24) | le24 (p);
}

static gboolean
corrupt (GError **error)
{
  g_set_error_literal (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_CORRUPT,
                       _("the image is damaged"));
  return FALSE;
}

static gboolean
truncated (GError **error)
{
  g_set_error_literal (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_TRUNCATED,
                       _("the image is cut short"));
  return FALSE;
}

/* PNG's CRC-32 (ISO 3309), with its table made once. */
static guint32
png_crc (const guint8 *data,
         gsize         len)
{
  static guint32 table[256];
  static gsize made = 0;
  guint32 crc = 0xffffffff;

  if (g_once_init_enter (&made))
    {
      for (guint32 n = 0; n < 256; n++)
        {
          guint32 c = n;

          for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xedb88320 ^ (c >> 1) : c >> 1;
          table[n] = c;
        }
      g_once_init_leave (&made, 1);
    }

  for (gsize i = 0; i < len; i++)
    crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc ^ 0xffffffff;
}

static gboolean
png_ihdr_valid (const guint8 *ihdr)
{
  guint depth = ihdr[8], color = ihdr[9];

  if (ihdr[10] != 0 || ihdr[11] != 0 || ihdr[12] > 1)
    return FALSE;
  switch (color)
    {
    case 0: /* grey */
      return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3: /* palette */
      return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6: /* RGB, grey with alpha, RGBA */
      return depth == 8 || depth == 16;
    default:
      return FALSE;
    }
}

static gboolean
read_png (const guint8      *data,
          gsize              len,
          RapportImageInfo  *info,
          GError           **error)
{
  gsize pos = 8;
  gboolean seen_idat = FALSE;

  for (guint n = 0;; n++)
    {
      const guint8 *type;
      guint32 chunk_len;

      if (len - pos < 12)
        return truncated (error);
      chunk_len = be32 (data + pos);
      type = data + pos + 4;
      if (chunk_len > G_MAXINT32)
        return corrupt (error);
      for (guint i = 0; i < 4; i++)
        if (!g_ascii_isalpha (type[i]))
          return corrupt (error);
      if (chunk_len > len - pos - 12)
        return truncated (error);

      if (n == 0)
        {
          if (memcmp (type, "IHDR", 4) != 0 || chunk_len != 13 || !png_ihdr_valid (type + 4))
            return corrupt (error);
          info->width = be32 (type + 4);
          info->height = be32 (type + 8);
          if (info->width == 0 || info->height == 0 || info->width > G_MAXINT32 || info->height > G_MAXINT32)
            return corrupt (error);
        }

      /* Critical chunks (an upper-case first letter) must be whole, as
       * decoders require; ancillary ones may be skipped by them. */
      if (g_ascii_isupper (type[0]))
        {
          if (png_crc (type, chunk_len + 4) != be32 (type + 4 + chunk_len))
            return corrupt (error);
          if (memcmp (type, "IDAT", 4) == 0)
            seen_idat = TRUE;
          else if (memcmp (type, "IEND", 4) == 0)
            break;
          else if (memcmp (type, "PLTE", 4) != 0 && n > 0)
            return corrupt (error);
        }
      pos += (gsize) chunk_len + 12;
    }

  if (!seen_idat)
    return corrupt (error);
  info->mime_type = "image/png";
  return TRUE;
}

static gboolean
is_jpeg_sof (guint8 marker)
{
  /* C4 (DHT), C8 (reserved) and CC (DAC) share the range. */
  return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

static gboolean
read_jpeg (const guint8      *data,
           gsize              len,
           RapportImageInfo  *info,
           GError           **error)
{
  gsize pos = 2;
  gboolean seen_sof = FALSE, seen_sos = FALSE;

  for (;;)
    {
      guint8 marker;
      guint32 seg_len;

      /* Bytes between segments are skipped, as decoders do. */
      while (pos < len && data[pos] != 0xff)
        pos++;
      while (pos < len && data[pos] == 0xff)
        pos++;
      if (pos >= len)
        return truncated (error);
      marker = data[pos++];

      if (marker == 0xd9)
        break;
      if (marker == 0x00 || marker == 0xd8)
        return corrupt (error);
      if ((marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
        continue;

      if (len - pos < 2)
        return truncated (error);
      seg_len = be16 (data + pos);
      if (seg_len < 2)
        return corrupt (error);
      if (seg_len > len - pos)
        return truncated (error);

      if (is_jpeg_sof (marker) && !seen_sof)
        {
          guint components;

          if (seg_len < 8)
            return corrupt (error);
          info->height = be16 (data + pos + 3);
          info->width = be16 (data + pos + 5);
          components = data[pos + 7];
          if (info->width == 0 || info->height == 0 || components == 0 || components > 4 ||
              seg_len != 8 + 3 * components)
            return corrupt (error);
          seen_sof = TRUE;
        }
      pos += seg_len;

      if (marker == 0xda)
        {
          if (!seen_sof)
            return corrupt (error);
          seen_sos = TRUE;
          /* The scan's data runs to the next marker that is not a
           * stuffed 0xFF00 or a restart. */
          for (; pos + 1 < len; pos++)
            if (data[pos] == 0xff && data[pos + 1] != 0x00 && data[pos + 1] != 0xff &&
                !(data[pos + 1] >= 0xd0 && data[pos + 1] <= 0xd7))
              break;
          if (pos + 1 >= len)
            return truncated (error);
        }
    }

  if (!seen_sof || !seen_sos)
    return corrupt (error);
  info->mime_type = "image/jpeg";
  return TRUE;
}

/* Skips GIF data sub-blocks from @pos; FALSE when the file ends first. */
static gboolean
skip_gif_blocks (const guint8 *data,
                 gsize         len,
                 gsize        *pos)
{
  for (;;)
    {
      guint8 size;

      if (*pos >= len)
        return FALSE;
      size = data[(*pos)++];
      if (size == 0)
        return TRUE;
      if (size > len - *pos)
        return FALSE;
      *pos += size;
    }
}

static gboolean
read_gif (const guint8      *data,
          gsize              len,
          RapportImageInfo  *info,
          GError           **error)
{
  gsize pos = 13;
  guint frames = 0;

  if (len < 13)
    return truncated (error);
  info->width = le16 (data + 6);
  info->height = le16 (data + 8);
  if (info->width == 0 || info->height == 0)
    return corrupt (error);
  if (data[10] & 0x80)
    pos += 3u << ((data[10] & 7) + 1);

  for (;;)
    {
      guint8 kind;

      if (pos >= len)
        return truncated (error);
      kind = data[pos++];
      if (kind == 0x3b)
        break;
      if (kind == 0x21)
        {
          if (pos >= len)
            return truncated (error);
          pos++;
          if (!skip_gif_blocks (data, len, &pos))
            return truncated (error);
        }
      else if (kind == 0x2c)
        {
          guint32 right, bottom, code_size;

          if (len - pos < 10)
            return truncated (error);
          right = le16 (data + pos) + le16 (data + pos + 4);
          bottom = le16 (data + pos + 2) + le16 (data + pos + 6);
          if (le16 (data + pos + 4) == 0 || le16 (data + pos + 6) == 0)
            return corrupt (error);
          /* A frame reaching past the screen makes the image that big. */
          info->width = MAX (info->width, right);
          info->height = MAX (info->height, bottom);
          if (data[pos + 8] & 0x80)
            pos += 3u << ((data[pos + 8] & 7) + 1);
          pos += 9;
          if (pos >= len)
            return truncated (error);
          code_size = data[pos++];
          if (code_size < 2 || code_size > 11)
            return corrupt (error);
          if (!skip_gif_blocks (data, len, &pos))
            return truncated (error);
          frames++;
        }
      else
        return corrupt (error);
    }

  if (frames == 0)
    return corrupt (error);
  info->mime_type = "image/gif";
  return TRUE;
}

static gboolean
read_webp (const guint8      *data,
           gsize              len,
           RapportImageInfo  *info,
           GError           **error)
{
  guint32 riff_len = le32 (data + 4);
  guint32 chunk_len;
  const guint8 *chunk;

  if (riff_len < 4 + 8 + 10)
    return corrupt (error);
  if (riff_len > len - 8)
    return truncated (error);
  chunk = data + 12;
  chunk_len = le32 (chunk + 4);
  if (chunk_len > riff_len - 12)
    return corrupt (error);

  if (memcmp (chunk, "VP8 ", 4) == 0 && chunk_len >= 10)
    {
      /* A key frame: its tag's low bit clear, then the start code. */
      if ((chunk[8] & 1) != 0 || chunk[11] != 0x9d || chunk[12] != 0x01 || chunk[13] != 0x2a)
        return corrupt (error);
      info->width = le16 (chunk + 14) & 0x3fff;
      info->height = le16 (chunk + 16) & 0x3fff;
    }
  else if (memcmp (chunk, "VP8L", 4) == 0 && chunk_len >= 5)
    {
      guint32 bits = le32 (chunk + 9);

      if (chunk[8] != 0x2f)
        return corrupt (error);
      info->width = (bits & 0x3fff) + 1;
      info->height = ((bits >> 14) & 0x3fff) + 1;
    }
  else if (memcmp (chunk, "VP8X", 4) == 0 && chunk_len >= 10)
    {
      info->width = le24 (chunk + 12) + 1;
      info->height = le24 (chunk + 15) + 1;
    }
  else
    return corrupt (error);

  if (info->width == 0 || info->height == 0)
    return corrupt (error);
  info->mime_type = "image/webp";
  return TRUE;
}

/**
 * rapport_image_read_info:
 * @data: (array length=len): the image file's bytes
 * @len: their length
 * @info: (out caller-allocates): its format and declared size
 * @error: return location for a #GError in %RAPPORT_IMAGE_ERROR, whose
 *   message completes "the photo was left out: …"
 *
 * Reads an image file's format and size without decoding its pixels, and
 * checks that its structure is whole.
 *
 * Returns: %TRUE if @data is a whole JPEG, PNG, GIF or WebP image
 */
gboolean
rapport_image_read_info (const guint8      *data,
                         gsize              len,
                         RapportImageInfo  *info,
                         GError           **error)
{
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  *info = (RapportImageInfo) { NULL, 0, 0 };

  if (len >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return read_png (data, len, info, error);
  if (len >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return read_jpeg (data, len, info, error);
  if (len >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0))
    return read_gif (data, len, info, error);
  if (len >= 16 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0)
    return read_webp (data, len, info, error);

  g_set_error_literal (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_UNKNOWN_FORMAT,
                       _("it is not a JPEG, PNG, GIF or WebP image"));
  return FALSE;
}

/**
 * rapport_image_check_photo:
 * @photo: a photo's file, as bytes
 * @info: (out caller-allocates) (optional): its format and size
 * @error: return location for a #GError, as for rapport_image_read_info()
 *
 * Checks a photo before anything decodes it: a whole image of a known
 * format, at most %RAPPORT_PHOTO_MAX_BYTES long, declaring at most
 * %RAPPORT_PHOTO_MAX_SIDE pixels a side and %RAPPORT_PHOTO_MAX_PIXELS in
 * all (a 40-megapixel camera's photo fits; a decompression bomb does not).
 *
 * Returns: %TRUE if the photo may be decoded
 */
gboolean
rapport_image_check_photo (GBytes            *photo,
                           RapportImageInfo  *info,
                           GError           **error)
{
  RapportImageInfo local;
  const guint8 *data;
  gsize len;

  g_return_val_if_fail (photo != NULL, FALSE);

  if (info == NULL)
    info = &local;
  data = g_bytes_get_data (photo, &len);
  if (len > RAPPORT_PHOTO_MAX_BYTES)
    {
      g_autofree char *limit = g_format_size (RAPPORT_PHOTO_MAX_BYTES);

      *info = (RapportImageInfo) { NULL, 0, 0 };
      g_set_error (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_TOO_LARGE,
                   /* Translators: "it is larger than 10.0 MB, the most Rapport accepts" */
                   _("it is larger than %s, the most Rapport accepts"), limit);
      return FALSE;
    }

  if (!rapport_image_read_info (data, len, info, error))
    return FALSE;

  if (info->width > RAPPORT_PHOTO_MAX_SIDE || info->height > RAPPORT_PHOTO_MAX_SIDE ||
      (guint64) info->width * info->height > RAPPORT_PHOTO_MAX_PIXELS)
    {
      g_set_error (error, RAPPORT_IMAGE_ERROR, RAPPORT_IMAGE_ERROR_TOO_LARGE,
                   /* Translators: "it declares 20000 × 20000 pixels, more than Rapport accepts
                    * (8192 a side, 40 million in all)" */
                   _("it declares %u × %u pixels, more than Rapport accepts (%u a side, %u million in all)"),
                   info->width, info->height, RAPPORT_PHOTO_MAX_SIDE, RAPPORT_PHOTO_MAX_PIXELS / 1000000);
      return FALSE;
    }

  return TRUE;
}
