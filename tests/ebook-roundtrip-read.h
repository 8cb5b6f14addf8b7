/* ebook-roundtrip-read.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What test-ebook-roundtrip.c compares of a vCard file, as Evolution Data
 * Server's parser (libebook-contacts) reads it: per card, the name's five
 * parts, ORG with its units, each address's seven parts with its type,
 * label, LABEL and GEO, the emails and the phones.
 */

#pragma once

#include <libebook-contacts/libebook-contacts.h>
#include <string.h>

#define N_NAME_PARTS 5
#define N_ADDRESS_PARTS 7

static const char * const name_parts[N_NAME_PARTS] = {
  "family", "given", "additional", "prefixes", "suffixes",
};
static const char * const address_parts[N_ADDRESS_PARTS] = {
  "PO box", "extended", "street", "locality", "region", "postal code", "country",
};

typedef struct
{
  char *kind;                     /* home, work or other */
  char *parts[N_ADDRESS_PARTS];
  char *custom_label;             /* the X-ABLabel of its item group, unless a type */
  char *label;                    /* the LABEL parameter, RFC 6868 decoded */
  char *geo;                      /* the GEO parameter */
} Address;

typedef struct
{
  char *where;                    /* "card 2 (Ada Example)", for the messages */
  char *fn;                       /* %NULL when the card has no FN of its own */
  char *uid;
  gboolean has_name;              /* an N with something in it */
  char *name[N_NAME_PARTS];
  GPtrArray *org;                 /* the company, then its units */
  GPtrArray *addresses;
  GPtrArray *emails;              /* sorted */
  GPtrArray *phones;              /* sorted */
  gboolean has_url;
  char *not_fn;                   /* expected only: a name the export must not show */
  int partner;                    /* the other side's index, or -1 */
} Person;

static void
address_free (Address *address)
{
  g_free (address->kind);
  for (guint i = 0; i < N_ADDRESS_PARTS; i++)
    g_free (address->parts[i]);
  g_free (address->custom_label);
  g_free (address->label);
  g_free (address->geo);
  g_free (address);
}

static void
person_free (Person *person)
{
  g_free (person->where);
  g_free (person->fn);
  g_free (person->uid);
  for (guint i = 0; i < N_NAME_PARTS; i++)
    g_free (person->name[i]);
  g_ptr_array_unref (person->org);
  g_ptr_array_unref (person->addresses);
  g_ptr_array_unref (person->emails);
  g_ptr_array_unref (person->phones);
  g_free (person->not_fn);
  g_free (person);
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A parameter's values as one text, RFC 6868's ^n ^' ^^ decoded (libebook
 * does not). libebook splits an unquoted value on commas: joined with
 * @separator. */
static char *
param_text (EVCardAttribute *attr,
            const char      *name,
            const char      *separator)
{
  GList *values = e_vcard_attribute_get_param (attr, name);
  g_autoptr(GString) joined = g_string_new (NULL);
  GString *out;

  if (values == NULL)
    return NULL;
  for (GList *l = values; l != NULL; l = l->next)
    g_string_append_printf (joined, "%s%s", l == values ? "" : separator, (const char *) l->data);

  out = g_string_new (NULL);
  for (const char *p = joined->str; *p != '\0'; p++)
    {
      if (*p != '^' || (p[1] != 'n' && p[1] != '\'' && p[1] != '^'))
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      g_string_append_c (out, *p == 'n' ? '\n' : *p == '\'' ? '"' : '^');
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_type (EVCardAttribute *attr,
          const char      *type)
{
  g_autofree char *types = param_text (attr, "TYPE", ",");
  g_auto(GStrv) words = NULL;

  if (types == NULL)
    return FALSE;
  words = g_strsplit (types, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_strcasecmp (g_strstrip (words[i]), type) == 0)
      return TRUE;
  return FALSE;
}

/* Apple says the type as `_$!<Home>!$_` in the item's X-ABLabel. */
static const char *
attribute_kind (EVCardAttribute *attr,
                const char      *apple_label)
{
  if (has_type (attr, "home") || g_strcmp0 (apple_label, "_$!<Home>!$_") == 0)
    return "home";
  if (has_type (attr, "work") || g_strcmp0 (apple_label, "_$!<Work>!$_") == 0)
    return "work";
  return "other";
}

static Address *
address_read (EVCardAttribute *attr,
              GHashTable      *group_labels)
{
  Address *address = g_new0 (Address, 1);
  GList *values = e_vcard_attribute_get_values (attr);
  const char *group = e_vcard_attribute_get_group (attr);
  const char *apple = NULL;
  g_autofree char *group_key = NULL;

  for (guint i = 0; i < N_ADDRESS_PARTS; i++, values = values != NULL ? values->next : NULL)
    address->parts[i] = dup_or_empty (values != NULL ? values->data : NULL);

  if (group != NULL)
    {
      group_key = g_ascii_strdown (group, -1);
      apple = g_hash_table_lookup (group_labels, group_key);
    }

  address->kind = g_strdup (attribute_kind (attr, apple));
  if (apple != NULL && !g_str_has_prefix (apple, "_$!<"))
    address->custom_label = g_strdup (apple);

  /* A value split in two (a comma not quoted) shows as »,«. */
  address->label = param_text (attr, "LABEL", "»,«");
  address->geo = param_text (attr, "GEO", "»,«");
  return address;
}

/* 2.1 and 3.0 write an address's label as a LABEL line of the same type
 * (Outlook, Evolution): it is that address's label where the type says
 * which address it goes with. */
static void
addresses_take_labels (GPtrArray *addresses,
                       GList     *attributes)
{
  static const char * const kinds[] = { "home", "work", "other" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      EVCardAttribute *label = NULL;
      Address *address = NULL;
      guint n_labels = 0, n_addresses = 0;

      for (GList *l = attributes; l != NULL; l = l->next)
        {
          if (g_ascii_strcasecmp (e_vcard_attribute_get_name (l->data), "LABEL") == 0 &&
              g_str_equal (attribute_kind (l->data, NULL), kinds[k]))
            {
              label = l->data;
              n_labels++;
            }
        }
      for (guint i = 0; i < addresses->len; i++)
        {
          if (g_str_equal (((Address *) g_ptr_array_index (addresses, i))->kind, kinds[k]))
            {
              address = g_ptr_array_index (addresses, i);
              n_addresses++;
            }
        }
      if (n_labels == 1 && n_addresses == 1 && address->label == NULL)
        {
          /* Outlook's =0D=0A is a line break, as 4.0's ^n. */
          g_autofree char *value = e_vcard_attribute_get_value (label);
          g_auto(GStrv) lines = g_strsplit (value, "\r\n", -1);

          address->label = g_strjoinv ("\n", lines);
        }
    }
}

static char *
address_describe (Address *address)
{
  GString *out = g_string_new (address->kind);

  for (guint i = 0; i < N_ADDRESS_PARTS; i++)
    g_string_append_printf (out, " %s «%s»", address_parts[i], address->parts[i]);
  if (address->custom_label != NULL)
    g_string_append_printf (out, " label «%s»", address->custom_label);
  return g_string_free (out, FALSE);
}

/* Whether the card, before libebook adds one, has an FN line. */
static gboolean
card_has_fn (const char *card)
{
  g_auto(GStrv) lines = g_strsplit (card, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *name = lines[i];
      const char *dot = strchr (name, '.');
      const char *colon = strchr (name, ':');

      if (dot != NULL && colon != NULL && dot < colon)
        name = dot + 1;
      if (g_ascii_strncasecmp (name, "FN", 2) == 0 && (name[2] == ':' || name[2] == ';'))
        return TRUE;
    }
  return FALSE;
}

static Person *
person_read (const char *card,
             guint       number)
{
  g_autoptr(EContact) contact = e_contact_new_from_vcard (card);
  g_autoptr(GHashTable) group_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Person *person = g_new0 (Person, 1);
  EContactName *name = e_contact_get (contact, E_CONTACT_NAME);
  GList *attributes = e_vcard_get_attributes (E_VCARD (contact));

  person->partner = -1;
  person->org = g_ptr_array_new_with_free_func (g_free);
  person->addresses = g_ptr_array_new_with_free_func ((GDestroyNotify) address_free);
  person->emails = g_ptr_array_new_with_free_func (g_free);
  person->phones = g_ptr_array_new_with_free_func (g_free);
  person->uid = dup_or_empty (e_contact_get_const (contact, E_CONTACT_UID));
  if (card_has_fn (card))
    person->fn = dup_or_empty (e_contact_get_const (contact, E_CONTACT_FULL_NAME));

  if (name != NULL)
    {
      const char *parts[N_NAME_PARTS] = {
        name->family, name->given, name->additional, name->prefixes, name->suffixes,
      };

      for (guint i = 0; i < N_NAME_PARTS; i++)
        {
          person->name[i] = dup_or_empty (parts[i]);
          person->has_name |= *person->name[i] != '\0';
        }
      e_contact_name_free (name);
    }
  else
    {
      for (guint i = 0; i < N_NAME_PARTS; i++)
        person->name[i] = g_strdup ("");
    }

  for (GList *l = attributes; l != NULL; l = l->next)
    {
      EVCardAttribute *attr = l->data;
      const char *group = e_vcard_attribute_get_group (attr);

      if (group != NULL && g_ascii_strcasecmp (e_vcard_attribute_get_name (attr), "X-ABLabel") == 0)
        g_hash_table_insert (group_labels, g_ascii_strdown (group, -1),
                             e_vcard_attribute_get_value (attr));
    }

  for (GList *l = attributes; l != NULL; l = l->next)
    {
      EVCardAttribute *attr = l->data;
      const char *attr_name = e_vcard_attribute_get_name (attr);

      if (g_ascii_strcasecmp (attr_name, "ORG") == 0)
        {
          /* E_CONTACT_ORG and E_CONTACT_ORG_UNIT are the first two; an
           * office (Evolution) or more units follow. */
          for (GList *v = e_vcard_attribute_get_values (attr); v != NULL; v = v->next)
            g_ptr_array_add (person->org, dup_or_empty (v->data));
          while (person->org->len > 0 &&
                 *(const char *) g_ptr_array_index (person->org, person->org->len - 1) == '\0')
            g_ptr_array_remove_index (person->org, person->org->len - 1);
        }
      else if (g_ascii_strcasecmp (attr_name, "ADR") == 0)
        g_ptr_array_add (person->addresses, address_read (attr, group_labels));
      else if (g_ascii_strcasecmp (attr_name, "EMAIL") == 0)
        g_ptr_array_add (person->emails, e_vcard_attribute_get_value (attr));
      else if (g_ascii_strcasecmp (attr_name, "TEL") == 0)
        {
          g_autofree char *value = e_vcard_attribute_get_value (attr);

          /* 4.0's VALUE=uri: the number is the same. */
          g_ptr_array_add (person->phones,
                           g_strdup (g_ascii_strncasecmp (value, "tel:", 4) == 0 ? value + 4 : value));
        }
      else if (g_ascii_strcasecmp (attr_name, "URL") == 0)
        person->has_url = TRUE;
      else if (g_ascii_strcasecmp (attr_name, "X-RAPPORT-NOT-FN") == 0)
        person->not_fn = e_vcard_attribute_get_value (attr);
    }
  addresses_take_labels (person->addresses, attributes);
  g_ptr_array_sort (person->emails, compare_strings);
  g_ptr_array_sort (person->phones, compare_strings);

  person->where = g_strdup_printf ("card %u (%s)", number,
                                   person->fn != NULL ? person->fn
                                   : person->has_name ? person->name[1]
                                   : person->org->len > 0 ? (const char *) g_ptr_array_index (person->org, 0)
                                   : "no name");
  return person;
}

/* The cards of a file, each as libebook reads one: unfolded, BOM and NUL
 * bytes dropped, a card missing its END closed, and a card that is not UTF-8
 * read as Windows-1252 (as Rapport reads it; libebook expects UTF-8). */
static GPtrArray *
people_read (const char *data,
             gsize       len)
{
  GPtrArray *people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) card = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines, number = 0;

  /* Unfolded on bytes, as a fold may split a character. */
  for (gsize i = 0; i < len; i++)
    {
      gboolean blank_next = i + 1 < len && (data[i + 1] == ' ' || data[i + 1] == '\t');

      if (data[i] == '\r' && i + 2 < len && data[i + 1] == '\n' && (data[i + 2] == ' ' || data[i + 2] == '\t'))
        i += 2;
      else if (data[i] == '\n' && blank_next)
        i += 1;
      else if (data[i] != '\0')
        g_string_append_c (text, data[i]);
    }
  if (g_str_has_prefix (text->str, "\xEF\xBB\xBF"))
    g_string_erase (text, 0, 3);

  lines = g_strsplit (text->str, "\n", -1);
  n_lines = g_strv_length (lines);
  for (guint i = 0; i <= n_lines; i++)
    {
      const char *line = lines[i];
      gboolean begin = line != NULL && g_ascii_strncasecmp (line, "BEGIN:VCARD", 11) == 0;
      gboolean end = line != NULL && g_ascii_strncasecmp (line, "END:VCARD", 9) == 0;

      if (card != NULL && (begin || end || line == NULL))
        {
          g_autofree char *utf8 = NULL;

          g_string_append (card, "END:VCARD\r\n");
          if (!g_utf8_validate (card->str, -1, NULL))
            utf8 = g_convert_with_fallback (card->str, -1, "UTF-8", "WINDOWS-1252", "?", NULL, NULL, NULL);
          g_ptr_array_add (people, person_read (utf8 != NULL ? utf8 : card->str, ++number));
          g_string_free (g_steal_pointer (&card), TRUE);
        }
      if (begin)
        card = g_string_new (NULL);
      if (card != NULL && !end)
        {
          g_string_append (card, line);
          if (!g_str_has_suffix (line, "\r"))
            g_string_append_c (card, '\r');
          g_string_append_c (card, '\n');
        }
    }
  return people;
}
