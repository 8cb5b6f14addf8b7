/* rapport-address-book-splice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a person's fields back into their contact's vCard after a merge
 * (#19, rapport-address-book-merge.c). Writing back starts from the
 * contact's vCard as the book holds it and replaces only the lines of the
 * fields that changed: every other line (groups, X- fields, custom fields,
 * properties nobody knows) is kept byte for byte.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include <libebook-contacts/libebook-contacts.h>
#include <string.h>

#include "rapport-address-book-merge.h"

/* The vCard properties each field is written as. */
static const char * const field_properties[][3] = {
  [RAPPORT_BOOK_FIELD_NAME] = { "FN", "N", NULL },
  [RAPPORT_BOOK_FIELD_EMAILS] = { "EMAIL", NULL },
  [RAPPORT_BOOK_FIELD_PHONES] = { "TEL", NULL },
  [RAPPORT_BOOK_FIELD_ADDRESSES] = { "ADR", NULL },
  [RAPPORT_BOOK_FIELD_ORGANIZATION] = { "ORG", NULL },
  [RAPPORT_BOOK_FIELD_BIRTHDAY] = { "BDAY", NULL },
  [RAPPORT_BOOK_FIELD_PHOTO] = { "PHOTO", NULL },
};

/* Labels that are TYPE values, as Rapport's own vCard writer has them. */
static const char * const type_words[] = {
  "work", "home", "mobile", "fax", "pager", "text", "video", "textphone", NULL
};

/* "work fax" → "work,cell"-style TYPE values when every word is one. */
static GStrv
label_to_types (const char *label)
{
  g_auto(GStrv) words = g_strsplit (label, " ", -1);
  g_autoptr(GStrvBuilder) types = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (!g_strv_contains (type_words, words[i]))
        return NULL;
      g_strv_builder_add (types, g_str_equal (words[i], "mobile") ? "cell" : words[i]);
      n++;
    }
  return n > 0 ? g_strv_builder_end (types) : NULL;
}

static void
add_list (EVCard           *card,
          RapportContact   *person,
          RapportBookField  field,
          guint            *item)
{
  static const char * const names[] = {
    [RAPPORT_FIELD_EMAIL] = EVC_EMAIL,
    [RAPPORT_FIELD_PHONE] = EVC_TEL,
    [RAPPORT_FIELD_ADDRESS] = EVC_ADR,
  };
  RapportFieldKind kind = rapport_book_field_kind (field);
  GPtrArray *fields = rapport_contact_get_fields (person);

  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *value = g_ptr_array_index (fields, i);
      const char *label = rapport_contact_field_get_label (value);
      g_auto(GStrv) types = NULL;
      g_autofree char *group = NULL;
      EVCardAttribute *attribute;

      if (rapport_contact_field_get_kind (value) != kind)
        continue;
      if (*label != '\0' && (types = label_to_types (label)) == NULL)
        group = g_strdup_printf ("item%u", (*item)++);

      attribute = e_vcard_attribute_new (group, names[kind]);
      for (guint t = 0; types != NULL && types[t] != NULL; t++)
        e_vcard_attribute_add_param_with_value (attribute, e_vcard_attribute_param_new (EVC_TYPE), types[t]);
      if (kind == RAPPORT_FIELD_ADDRESS)
        {
          const RapportAddress *address = rapport_contact_field_get_address (value);

          for (guint p = 0; p < RAPPORT_ADDRESS_N_ADR_PARTS; p++)
            e_vcard_attribute_add_value (attribute, rapport_address_get (address, p));
          e_vcard_append_attribute (card, attribute);
        }
      else
        e_vcard_append_attribute_with_value (card, attribute, rapport_contact_field_get_value (value));

      if (group != NULL)
        e_vcard_append_attribute_with_value (card, e_vcard_attribute_new (group, "X-ABLabel"), label);
    }
}

/* The lines @fields of @person are written as, in the book's own form
 * (vCard 3.0, as EDS writes it), each ending with @eol. */
static char *
field_lines (RapportContact *person,
             guint           fields,
             guint           first_item,
             const char     *eol)
{
  g_autoptr(EContact) card = e_contact_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);
  guint item = first_item;

  for (guint f = 0; f < RAPPORT_N_BOOK_FIELDS; f++)
    {
      if ((fields & (1u << f)) == 0)
        continue;
      switch ((RapportBookField) f)
        {
        case RAPPORT_BOOK_FIELD_NAME:
          {
            g_autofree char *name = rapport_contact_dup_name (person);
            EVCardAttribute *n = e_vcard_attribute_new (NULL, EVC_N);

            e_vcard_append_attribute_with_value (E_VCARD (card), e_vcard_attribute_new (NULL, EVC_FN), name);
            e_vcard_attribute_add_values (n,
                                          rapport_contact_get_family_name (person),
                                          rapport_contact_get_given_name (person),
                                          rapport_contact_get_additional_name (person),
                                          rapport_contact_get_name_prefix (person),
                                          rapport_contact_get_name_suffix (person),
                                          NULL);
            e_vcard_append_attribute (E_VCARD (card), n);
          }
          break;

        case RAPPORT_BOOK_FIELD_EMAILS:
        case RAPPORT_BOOK_FIELD_PHONES:
        case RAPPORT_BOOK_FIELD_ADDRESSES:
          add_list (E_VCARD (card), person, f, &item);
          break;

        case RAPPORT_BOOK_FIELD_ORGANIZATION:
          {
            g_auto(GStrv) units = rapport_contact_dup_department_units (person);
            EVCardAttribute *org;

            if (*rapport_contact_get_company (person) == '\0' && (units == NULL || units[0] == NULL))
              break;
            org = e_vcard_attribute_new (NULL, EVC_ORG);
            e_vcard_attribute_add_value (org, rapport_contact_get_company (person));
            for (guint u = 0; units != NULL && units[u] != NULL; u++)
              e_vcard_attribute_add_value (org, units[u]);
            e_vcard_append_attribute (E_VCARD (card), org);
          }
          break;

        case RAPPORT_BOOK_FIELD_BIRTHDAY:
          {
            const RapportPartialDate *birthday = rapport_contact_get_birthday (person);
            g_autofree char *iso = NULL;

            if (birthday == NULL || rapport_partial_date_is_empty (birthday))
              break;
            iso = rapport_partial_date_to_iso (birthday);
            e_vcard_append_attribute_with_value (E_VCARD (card), e_vcard_attribute_new (NULL, EVC_BDAY), iso);
          }
          break;

        case RAPPORT_BOOK_FIELD_PHOTO:
          {
            GBytes *photo = rapport_contact_get_photo (person);
            EContactPhoto *value;
            gsize len = 0;
            const guchar *data;

            if (photo == NULL || g_bytes_get_size (photo) == 0)
              break;
            data = g_bytes_get_data (photo, &len);
            value = e_contact_photo_new ();
            value->type = E_CONTACT_PHOTO_TYPE_INLINED;
            e_contact_photo_set_inlined (value, data, len);
            if (len >= 3 && data[0] == 0xFF && data[1] == 0xD8)
              e_contact_photo_set_mime_type (value, "image/jpeg");
            else if (len >= 4 && memcmp (data, "\x89PNG", 4) == 0)
              e_contact_photo_set_mime_type (value, "image/png");
            e_contact_set (card, E_CONTACT_PHOTO, value);
            e_contact_photo_free (value);
          }
          break;

        case RAPPORT_N_BOOK_FIELDS:
        default:
          g_assert_not_reached ();
        }
    }

  text = e_vcard_to_string (E_VCARD (card), EVC_FORMAT_VCARD_30);
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0' || g_ascii_strncasecmp (line, "BEGIN:", 6) == 0 ||
          g_ascii_strncasecmp (line, "END:", 4) == 0 || g_ascii_strncasecmp (line, "VERSION:", 8) == 0 ||
          g_ascii_strncasecmp (line, "UID:", 4) == 0)
        continue;
      g_string_append (out, line);
      g_string_append (out, eol);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *start;   /* the logical line, folded as it was, with its end */
  gsize len;
  char *group;         /* "item1", or NULL */
  char *name;          /* upper case */
} Line;

static void
line_clear (Line *line)
{
  g_free (line->group);
  g_free (line->name);
}

/* The vCard's lines as they are, each with its continuation lines. */
static GArray *
split_lines (const char *vcard)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  const char *p = vcard;

  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);
  while (*p != '\0')
    {
      Line line = { p, 0, NULL, NULL };
      const char *end = p;
      gsize name_len;
      const char *dot;
      g_autofree char *head = NULL;

      /* To the end of the physical line, then over each folded one. */
      for (;;)
        {
          const char *nl = strchr (end, '\n');

          end = nl != NULL ? nl + 1 : end + strlen (end);
          if (*end != ' ' && *end != '\t')
            break;
        }
      line.len = end - p;
      name_len = strcspn (p, ":;\r\n");
      head = g_strndup (p, name_len);
      dot = strchr (head, '.');
      if (dot != NULL)
        {
          line.group = g_strndup (head, dot - head);
          line.name = g_ascii_strup (dot + 1, -1);
        }
      else
        line.name = g_ascii_strup (head, -1);
      g_array_append_val (lines, line);
      p = end;
    }
  return lines;
}

static gboolean
is_replaced (const Line *line,
             guint       fields)
{
  for (guint f = 0; f < RAPPORT_N_BOOK_FIELDS; f++)
    {
      if ((fields & (1u << f)) == 0)
        continue;
      for (guint i = 0; field_properties[f][i] != NULL; i++)
        if (g_str_equal (line->name, field_properties[f][i]))
          return TRUE;
    }
  return FALSE;
}

/**
 * rapport_book_splice_vcard:
 * @vcard: the contact's vCard, as the book holds it
 * @person: the person whose fields the book is given
 * @fields: which fields (bit per #RapportBookField)
 *
 * Writes @fields of @person into @vcard: the lines of those fields (and the
 * labels grouped with them) are replaced, every other line is kept as it
 * was, byte for byte.
 *
 * Returns: (transfer full): the new vCard
 */
char *
rapport_book_splice_vcard (const char     *vcard,
                           RapportContact *person,
                           guint           fields)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GHashTable) dropped = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *added = NULL;
  GString *out = g_string_new (NULL);
  const char *eol = strstr (vcard, "\r\n") != NULL ? "\r\n" : "\n";
  guint64 highest = 0;
  gboolean inserted = FALSE;

  g_return_val_if_fail (vcard != NULL, NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (person), NULL);

  lines = split_lines (vcard);
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (line->group != NULL && is_replaced (line, fields))
        g_hash_table_add (dropped, line->group);
    }
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (line->group != NULL && g_ascii_strncasecmp (line->group, "item", 4) == 0 &&
          !g_hash_table_contains (dropped, line->group))
        highest = MAX (highest, g_ascii_strtoull (line->group + 4, NULL, 10));
    }

  added = field_lines (person, fields, (guint) MIN (highest, G_MAXUINT / 2) + 1, eol);
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (is_replaced (line, fields) ||
          (line->group != NULL && g_hash_table_contains (dropped, line->group)))
        continue;
      if (!inserted && g_str_equal (line->name, "END"))
        {
          g_string_append (out, added);
          inserted = TRUE;
        }
      g_string_append_len (out, line->start, line->len);
    }
  if (!inserted)
    g_string_append (out, added);
  return g_string_free (out, FALSE);
}
