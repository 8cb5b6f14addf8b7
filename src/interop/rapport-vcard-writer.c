/* rapport-vcard-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes vCard 4.0 (RFC 6350): CRLF line ends, lines folded at 75 octets
 * without splitting a UTF-8 sequence, text escaped, fields in preference
 * order with PREF, labels as TYPE when they are standard and as an Apple
 * group with X-ABLabel otherwise, a partial birthday as `--MMDD`, the photo
 * as a data: URI, and the lines Rapport did not understand given back as
 * they came.
 */

#define G_LOG_DOMAIN "rapport-vcard-writer"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rapport-vcard-line.h"
#include "rapport-vcard-rapport.h"
#include "rapport-vcard-writer.h"

#define FOLD_OCTETS 75

/* Labels that are TYPE values; the reader turns them back into the same
 * label ("cell" becomes "mobile"). */
static const char * const type_words[] = {
  "work", "home", "mobile", "fax", "pager", "text", "video", "textphone", NULL
};

static const char * const field_names[] = {
  [RAPPORT_FIELD_EMAIL] = "EMAIL",
  [RAPPORT_FIELD_PHONE] = "TEL",
  [RAPPORT_FIELD_URL] = "URL",
  [RAPPORT_FIELD_ADDRESS] = "ADR",
};

/**
 * rapport_vcard_append_folded:
 * @out: where to write
 * @line: one unfolded line
 *
 * Writes @line and CRLF, folded so that no line is longer than 75 octets
 * and no UTF-8 sequence is split.
 */
void
rapport_vcard_append_folded (GString    *out,
                             const char *line)
{
  gsize len, pos = 0;
  gsize room = FOLD_OCTETS;

  g_return_if_fail (out != NULL);
  g_return_if_fail (line != NULL);

  len = strlen (line);
  while (len - pos > room)
    {
      gsize cut = pos + room;

      /* Back off to the start of a character. */
      while (cut > pos && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      if (cut == pos)
        cut = pos + room;

      g_string_append_len (out, line + pos, cut - pos);
      g_string_append (out, "\r\n ");
      pos = cut;
      room = FOLD_OCTETS - 1;
    }
  g_string_append_len (out, line + pos, len - pos);
  g_string_append (out, "\r\n");
}

/**
 * rapport_vcard_escape:
 * @text: (nullable): text
 *
 * Escapes backslashes, line breaks, commas and semicolons as RFC 6350 says.
 *
 * Returns: (transfer full): the escaped text
 */
char *
rapport_vcard_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* A component of N, whose commas separate the items of a list
 * ("Jr.,M.D."): written bare, the rest escaped. */
static char *
escape_list (const char *text)
{
  g_autofree char *escaped = rapport_vcard_escape (text);
  GString *out = g_string_new (NULL);

  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] == ',')
        {
          g_string_append_c (out, ',');
          p++;
        }
      else if (p[0] == '\\' && p[1] != '\0')
        {
          g_string_append_len (out, p, 2);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* URIs are not text: only what would break the line is escaped. */
static char *
escape_uri (const char *uri)
{
  GString *out = g_string_new (NULL);

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p == '\r' || *p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
append_text_property (GString    *out,
                      const char *name,
                      const char *text)
{
  g_autofree char *escaped = NULL;
  g_autofree char *line = NULL;

  if (text == NULL || *text == '\0')
    return;
  escaped = rapport_vcard_escape (text);
  line = g_strconcat (name, ":", escaped, NULL);
  rapport_vcard_append_folded (out, line);
}

/* "work fax" → "work,fax" when every word is a TYPE value, else %NULL. */
static char *
label_to_types (const char *label)
{
  g_auto(GStrv) words = g_strsplit (label, " ", -1);
  g_autoptr(GString) types = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!g_strv_contains (type_words, words[i]))
        return NULL;
      if (types->len > 0)
        g_string_append_c (types, ',');
      g_string_append (types, g_str_equal (words[i], "mobile") ? "cell" : words[i]);
    }
  if (types->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&types), FALSE);
}

/* The first itemN group free of the lines kept from the original card. */
static guint
first_free_item (const char * const *extra)
{
  guint64 highest = 0;

  for (guint i = 0; extra[i] != NULL; i++)
    {
      const char *line = extra[i];
      char *end = NULL;
      guint64 n;

      if (g_ascii_strncasecmp (line, "item", 4) != 0 || !g_ascii_isdigit (line[4]))
        continue;
      n = g_ascii_strtoull (line + 4, &end, 10);
      if (end != NULL && *end == '.' && n > highest && n < G_MAXUINT / 2)
        highest = n;
    }
  return (guint) highest + 1;
}

static void
append_fields (GString        *out,
               RapportContact *contact)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);
  guint counts[RAPPORT_FIELD_KIND_LAST + 1] = { 0 };
  guint ranks[RAPPORT_FIELD_KIND_LAST + 1] = { 0 };
  guint item = first_free_item (rapport_contact_get_vcard_extra (contact));

  for (guint i = 0; i < fields->len; i++)
    counts[rapport_contact_field_get_kind (g_ptr_array_index (fields, i))]++;

  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);
      RapportFieldKind kind = rapport_contact_field_get_kind (field);
      const char *label = rapport_contact_field_get_label (field);
      const char *value = rapport_contact_field_get_value (field);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *types = NULL;
      g_autofree char *group = NULL;
      g_autofree char *escaped = NULL;
      guint rank = ++ranks[kind];

      if (*value == '\0')
        continue;

      if (*label != '\0')
        {
          types = label_to_types (label);
          if (types == NULL)
            group = g_strdup_printf ("item%u", item++);
        }

      if (group != NULL)
        g_string_append_printf (line, "%s.", group);
      g_string_append (line, field_names[kind]);
      if (types != NULL)
        g_string_append_printf (line, ";TYPE=%s", types);
      if (counts[kind] > 1)
        g_string_append_printf (line, ";PREF=%u", MIN (rank, 100));
      g_string_append_c (line, ':');

      if (kind == RAPPORT_FIELD_ADDRESS)
        {
          const RapportAddress *address = rapport_contact_field_get_address (field);

          /* Parts, each escaped; LABEL and GEO are 4.0 parameters. */
          g_string_truncate (line, line->len - 1);
          if (*rapport_address_get (address, RAPPORT_ADDRESS_LABEL) != '\0')
            {
              g_string_append (line, ";LABEL=");
              rapport_vcard_append_param_text (line, rapport_address_get (address, RAPPORT_ADDRESS_LABEL));
            }
          if (*rapport_address_get (address, RAPPORT_ADDRESS_GEO) != '\0')
            {
              g_string_append (line, ";GEO=");
              rapport_vcard_append_param_text (line, rapport_address_get (address, RAPPORT_ADDRESS_GEO));
            }
          g_string_append_c (line, ':');
          for (guint p = 0; p < RAPPORT_ADDRESS_N_ADR_PARTS; p++)
            {
              g_autofree char *part = rapport_vcard_escape (rapport_address_get (address, p));

              if (p > 0)
                g_string_append_c (line, ';');
              g_string_append (line, part);
            }
        }
      else if (kind == RAPPORT_FIELD_URL)
        {
          escaped = escape_uri (value);
          g_string_append (line, escaped);
        }
      else
        {
          escaped = rapport_vcard_escape (value);
          g_string_append (line, escaped);
        }
      rapport_vcard_append_folded (out, line->str);

      if (group != NULL)
        {
          g_autofree char *escaped_label = rapport_vcard_escape (label);
          g_autofree char *label_line = g_strdup_printf ("%s.X-ABLabel:%s", group, escaped_label);

          rapport_vcard_append_folded (out, label_line);
        }
    }
}

static const char *
photo_media_type (GBytes *photo)
{
  gsize len = 0;
  const guchar *data = g_bytes_get_data (photo, &len);

  if (len >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
    return "image/jpeg";
  if (len >= 8 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0)
    return "image/png";
  if (len >= 6 && (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0))
    return "image/gif";
  if (len >= 12 && memcmp (data, "RIFF", 4) == 0 && memcmp (data + 8, "WEBP", 4) == 0)
    return "image/webp";
  return "application/octet-stream";
}

static void
append_birthday (GString                  *out,
                 const RapportPartialDate *date)
{
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;

  if (rapport_partial_date_is_empty (date) || !rapport_partial_date_is_valid (date))
    return;

  if (date->year == 0 && date->month != 0 && date->day != 0)
    text = g_strdup_printf ("--%02u%02u", date->month, date->day);
  else
    text = rapport_partial_date_to_iso (date);

  line = g_strconcat ("BDAY:", text, NULL);
  rapport_vcard_append_folded (out, line);
}

/**
 * rapport_vcard_append_contact:
 * @out: where to write
 * @contact: a person
 *
 * Writes @contact as one vCard 4.0.
 */
void
rapport_vcard_append_contact (GString        *out,
                              RapportContact *contact)
{
  const char * const *tags;
  const char * const *extra;
  GBytes *photo;
  g_autofree char *name = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (RAPPORT_IS_CONTACT (contact));

  g_string_append (out, "BEGIN:VCARD\r\nVERSION:4.0\r\n");

  if (*rapport_contact_get_uid (contact) != '\0')
    {
      g_autofree char *uid = escape_uri (rapport_contact_get_uid (contact));
      g_autofree char *line = g_strconcat ("UID:", uid, NULL);

      rapport_vcard_append_folded (out, line);
    }

  /* FN is required: the name Rapport shows. */
  name = rapport_contact_dup_name (contact);
  {
    g_autofree char *escaped = rapport_vcard_escape (name);
    g_autofree char *line = g_strconcat ("FN:", escaped, NULL);

    rapport_vcard_append_folded (out, line);
  }

  /* N: family; given; additional; prefix; suffix, each maybe a list. */
  {
    static const RapportNamePart order[] = {
      RAPPORT_NAME_FAMILY, RAPPORT_NAME_GIVEN, RAPPORT_NAME_ADDITIONAL, RAPPORT_NAME_PREFIX, RAPPORT_NAME_SUFFIX,
    };
    g_autoptr(GString) line = g_string_new ("N:");
    gboolean any = FALSE;

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        const char *part = rapport_contact_get_name_part (contact, order[i]);
        g_autofree char *escaped = escape_list (part);

        any |= *part != '\0';
        if (i > 0)
          g_string_append_c (line, ';');
        g_string_append (line, escaped);
      }
    if (any)
      rapport_vcard_append_folded (out, line->str);
  }

  append_text_property (out, "NICKNAME", rapport_contact_get_nickname (contact));
  /* RFC 9554 */
  append_text_property (out, "PRONOUNS", rapport_contact_get_pronouns (contact));
  /* ORG: the company, then its units, each its own component. */
  if (*rapport_contact_get_company (contact) != '\0' || *rapport_contact_get_department (contact) != '\0')
    {
      g_autofree char *company = rapport_vcard_escape (rapport_contact_get_company (contact));
      g_auto(GStrv) units = rapport_contact_dup_department_units (contact);
      g_autoptr(GString) line = g_string_new ("ORG:");

      g_string_append (line, company);
      for (guint i = 0; units[i] != NULL; i++)
        {
          g_autofree char *unit = rapport_vcard_escape (units[i]);

          g_string_append_printf (line, ";%s", unit);
        }
      rapport_vcard_append_folded (out, line->str);
    }
  append_text_property (out, "TITLE", rapport_contact_get_profession (contact));
  append_birthday (out, rapport_contact_get_birthday (contact));
  append_fields (out, contact);

  tags = rapport_contact_get_tags (contact);
  if (tags != NULL && tags[0] != NULL)
    {
      g_autoptr(GString) line = g_string_new ("CATEGORIES:");

      for (guint i = 0; tags[i] != NULL; i++)
        {
          g_autofree char *escaped = rapport_vcard_escape (tags[i]);

          if (i > 0)
            g_string_append_c (line, ',');
          g_string_append (line, escaped);
        }
      rapport_vcard_append_folded (out, line->str);
    }

  append_text_property (out, "NOTE", rapport_contact_get_notes (contact));
  rapport_vcard_append_rapport_fields (out, contact);

  photo = rapport_contact_get_photo (contact);
  if (photo != NULL && g_bytes_get_size (photo) > 0)
    {
      gsize len = 0;
      const guchar *data = g_bytes_get_data (photo, &len);
      g_autofree char *base64 = g_base64_encode (data, len);
      g_autofree char *line = g_strconcat ("PHOTO:data:", photo_media_type (photo), ";base64,",
                                           base64, NULL);

      rapport_vcard_append_folded (out, line);
    }

  extra = rapport_contact_get_vcard_extra (contact);
  for (guint i = 0; extra != NULL && extra[i] != NULL; i++)
    rapport_vcard_append_folded (out, extra[i]);

  g_string_append (out, "END:VCARD\r\n");
}

/**
 * rapport_vcard_write:
 * @contacts: (element-type RapportContact): the people to write
 *
 * Returns: (transfer full): a .vcf file holding one vCard 4.0 per person
 */
GBytes *
rapport_vcard_write (GPtrArray *contacts)
{
  GString *out;

  g_return_val_if_fail (contacts != NULL, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < contacts->len; i++)
    rapport_vcard_append_contact (out, g_ptr_array_index (contacts, i));

  return g_string_free_to_bytes (out);
}
