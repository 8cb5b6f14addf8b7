/* test-ebook-roundtrip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An independent check of import and export. Each fixture is imported into
 * a new database on disk and exported as vCard, as the app and `rapport
 * --import`/`--export` do; then Evolution Data Server's parser
 * (libebook-contacts, which shares nothing with Rapport's reader) reads the
 * original and the export. Per person, the name's parts, the organisation
 * and its units, each address's parts and type, the emails and the phones
 * must be the same. A CSV fixture is compared with the parts written down
 * in ebook-roundtrip-expected.h. Last, the export is imported into an empty
 * database, which must hold the same people, field for field.
 *
 * Every difference is listed before the test fails, so that one run tells
 * all that is still flattened or lost. (Not yet done: the fuzz targets'
 * and the property tests' inputs through the same comparison.)
 */

#include "config.h"

#include <libebook-contacts/libebook-contacts.h>
#include <locale.h>
#include <string.h>

#include "ebook-roundtrip-expected.h"
#include "ebook-roundtrip-store.h"
#include "rapport-bench-data.h"
#include "rapport-test-util.h"
#include "rapport-transfer.h"

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
      if (*p == '^' && p[1] == 'n')
        g_string_append_c (out, '\n'), p++;
      else if (*p == '^' && p[1] == '\'')
        g_string_append_c (out, '"'), p++;
      else if (*p == '^' && p[1] == '^')
        g_string_append_c (out, '^'), p++;
      else
        g_string_append_c (out, *p);
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
        if (g_ascii_strcasecmp (e_vcard_attribute_get_name (l->data), "LABEL") == 0 &&
            g_str_equal (attribute_kind (l->data, NULL), kinds[k]))
          label = l->data, n_labels++;
      for (guint i = 0; i < addresses->len; i++)
        if (g_str_equal (((Address *) g_ptr_array_index (addresses, i))->kind, kinds[k]))
          address = g_ptr_array_index (addresses, i), n_addresses++;
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

static gboolean
share_one (GPtrArray *a,
           GPtrArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_ascii_strcasecmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j)) == 0)
        return TRUE;
  return FALSE;
}

/* The strongest evidence first: the uid, an email, a phone, the name. */
static gboolean
same_person (Person *a,
             Person *b,
             guint   evidence)
{
  switch (evidence)
    {
    case 0:
      return *a->uid != '\0' && g_strcmp0 (a->uid, b->uid) == 0;
    case 1:
      return share_one (a->emails, b->emails);
    case 2:
      return share_one (a->phones, b->phones);
    case 3:
      return a->fn != NULL && g_strcmp0 (a->fn, b->fn) == 0;
    case 4:
      return a->has_name && g_str_equal (a->name[0], b->name[0]) && g_str_equal (a->name[1], b->name[1]);
    case 5:
      return a->org->len > 0 && b->org->len > 0 &&
             g_str_equal (g_ptr_array_index (a->org, 0), g_ptr_array_index (b->org, 0));
    default:
      return FALSE;
    }
}

static int
find_partner (Person    *person,
              GPtrArray *others,
              gboolean   taken)
{
  for (guint evidence = 0; evidence < 6; evidence++)
    for (guint i = 0; i < others->len; i++)
      {
        Person *other = g_ptr_array_index (others, i);

        if ((other->partner >= 0) == taken && same_person (person, other, evidence))
          return (int) i;
      }
  return -1;
}

static void
compare_lists (const char *where,
               const char *what,
               GPtrArray  *sent,
               GPtrArray  *back,
               GPtrArray  *diffs)
{
  for (guint i = 0; i < sent->len; i++)
    if (!g_ptr_array_find_with_equal_func (back, g_ptr_array_index (sent, i), g_str_equal, NULL))
      differ (diffs, "%s: %s «%s» is missing from the export", where, what,
              (const char *) g_ptr_array_index (sent, i));
  for (guint i = 0; i < back->len; i++)
    if (!g_ptr_array_find_with_equal_func (sent, g_ptr_array_index (back, i), g_str_equal, NULL))
      differ (diffs, "%s: the export has %s «%s», not in the file", where, what,
              (const char *) g_ptr_array_index (back, i));
}

/* Each part quoted: "A;B" as one unit is not two units. */
static char *
join (GPtrArray *texts)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (out, "%s«%s»", i > 0 ? " " : "", (const char *) g_ptr_array_index (texts, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
same_address (Address *a,
              Address *b)
{
  if (!g_str_equal (a->kind, b->kind))
    return FALSE;
  for (guint i = 0; i < N_ADDRESS_PARTS; i++)
    if (!g_str_equal (a->parts[i], b->parts[i]))
      return FALSE;
  return TRUE;
}

static void
compare_addresses (const char *where,
                   GPtrArray  *sent,
                   GPtrArray  *back,
                   GPtrArray  *diffs)
{
  g_autofree gboolean *used = g_new0 (gboolean, back->len + 1);

  for (guint i = 0; i < sent->len; i++)
    {
      Address *a = g_ptr_array_index (sent, i);
      Address *b = NULL;
      g_autofree char *described = address_describe (a);

      for (guint j = 0; j < back->len && b == NULL; j++)
        if (!used[j] && same_address (a, g_ptr_array_index (back, j)))
          {
            used[j] = TRUE;
            b = g_ptr_array_index (back, j);
          }
      if (b == NULL)
        {
          differ (diffs, "%s: address %s is missing from the export", where, described);
          continue;
        }
      /* The user's label as it was; none added but the type's own name
       * ("other" for an ADR;TYPE=OTHER). A LABEL or GEO only where the
       * file had one. */
      if (a->custom_label != NULL && g_strcmp0 (a->custom_label, b->custom_label) != 0)
        differ (diffs, "%s: address %s: its label came back as «%s»", where, described,
                b->custom_label != NULL ? b->custom_label : "");
      if (a->custom_label == NULL && b->custom_label != NULL && g_ascii_strcasecmp (b->custom_label, a->kind) != 0)
        differ (diffs, "%s: address %s: the export labels it «%s»", where, described, b->custom_label);
      if (a->label != NULL && g_strcmp0 (a->label, b->label) != 0)
        differ (diffs, "%s: address %s: LABEL «%s» came back as «%s»", where, described,
                a->label, b->label != NULL ? b->label : "");
      if (a->geo != NULL && g_strcmp0 (a->geo, b->geo) != 0)
        differ (diffs, "%s: address %s: GEO «%s» came back as «%s»", where, described,
                a->geo, b->geo != NULL ? b->geo : "");
    }
  for (guint j = 0; j < back->len; j++)
    if (!used[j])
      {
        g_autofree char *described = address_describe (g_ptr_array_index (back, j));

        differ (diffs, "%s: the export has address %s, not in the file", where, described);
      }
}

static void
compare_person (Person    *sent,
                Person    *back,
                GPtrArray *diffs)
{
  const char *where = sent->where;
  g_autofree char *org_sent = join (sent->org);
  g_autofree char *org_back = join (back->org);

  if (sent->fn != NULL && g_strcmp0 (sent->fn, back->fn) != 0)
    differ (diffs, "%s: FN «%s» came back as «%s»", where, sent->fn, back->fn != NULL ? back->fn : "");
  if (sent->not_fn != NULL && g_strcmp0 (sent->not_fn, back->fn) == 0)
    differ (diffs, "%s: shown as «%s», the file's File As, instead of the name", where, back->fn);
  /* A card with only FN says nothing of the parts. */
  if (sent->has_name)
    for (guint i = 0; i < N_NAME_PARTS; i++)
      if (!g_str_equal (sent->name[i], back->name[i]))
        differ (diffs, "%s: N %s «%s» came back as «%s»", where, name_parts[i], sent->name[i], back->name[i]);
  if (!g_str_equal (org_sent, org_back))
    differ (diffs, "%s: ORG %s came back as %s", where, org_sent, org_back);
  compare_addresses (where, sent->addresses, back->addresses, diffs);
  compare_lists (where, "email", sent->emails, back->emails, diffs);
  compare_lists (where, "phone", sent->phones, back->phones, diffs);
}

/* Everyone the file names must be in the export, once, with the same parts. */
static void
compare_people (GPtrArray *sent,
                GPtrArray *back,
                GPtrArray *diffs)
{
  for (guint i = 0; i < sent->len; i++)
    {
      Person *person = g_ptr_array_index (sent, i);
      int j = find_partner (person, back, FALSE);

      if (j >= 0)
        {
          person->partner = j;
          ((Person *) g_ptr_array_index (back, j))->partner = (int) i;
          compare_person (person, g_ptr_array_index (back, j), diffs);
        }
      else if (person->fn != NULL || person->has_name || person->org->len > 0 ||
               person->emails->len > 0 || person->phones->len > 0 || person->has_url)
        {
          int merged = find_partner (person, back, TRUE);

          if (merged >= 0)
            differ (diffs, "%s: merged into the same person as %s", person->where,
                    ((Person *) g_ptr_array_index (sent, ((Person *) g_ptr_array_index (back, merged))->partner))->where);
          else
            differ (diffs, "%s: is not in the export", person->where);
        }
    }
  for (guint j = 0; j < back->len; j++)
    if (((Person *) g_ptr_array_index (back, j))->partner < 0)
      differ (diffs, "export %s: is in no card of the file", ((Person *) g_ptr_array_index (back, j))->where);
}

typedef struct
{
  char *dir;
  char *file_dir;                 /* where a generated file was written */
  GFile *file;
  char *first;                    /* the database the file was imported into */
  GFile *export_file;             /* its export */
  GBytes *exported;
} RoundTrip;

static void
round_trip_free (RoundTrip *trip)
{
  test_dir_remove (trip->dir);
  if (trip->file_dir != NULL)
    test_dir_remove (trip->file_dir);
  g_free (trip->dir);
  g_free (trip->file_dir);
  g_object_unref (trip->file);
  g_free (trip->first);
  g_object_unref (trip->export_file);
  g_bytes_unref (trip->exported);
  g_free (trip);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RoundTrip, round_trip_free)

/* A fixture, or for "generated" the people the benchmarks make, written by
 * Rapport's own writer. */
static GFile *
input_file (const char  *name,
            char       **file_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) cards = NULL;
  g_autofree char *path = NULL;

  if (!g_str_equal (name, "generated"))
    {
      path = g_test_build_filename (G_TEST_DIST, "fixtures", "interop", name, NULL);
      return g_file_new_for_path (path);
    }
  cards = rapport_bench_data_vcards (200, 6350);
  *file_dir = g_dir_make_tmp ("rapport-ebook-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*file_dir, "generated.vcf", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (cards, NULL),
                                      (gssize) g_bytes_get_size (cards), &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* Imported into a new database on disk, then exported, as the app does. */
static RoundTrip *
round_trip_new (const char *name)
{
  RoundTrip *trip = g_new0 (RoundTrip, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *export_path = NULL;

  trip->dir = g_dir_make_tmp ("rapport-ebook-XXXXXX", &error);
  g_assert_no_error (error);
  trip->file = input_file (name, &trip->file_dir);
  trip->first = g_build_filename (trip->dir, "first.db", NULL);
  export_path = g_build_filename (trip->dir, "export.vcf", NULL);
  trip->export_file = g_file_new_for_path (export_path);

  import_into (trip->first, trip->file);
  trip->exported = export_from (trip->first, RAPPORT_EXPORT_FORMAT_VCARD);
  g_assert_true (g_file_replace_contents (trip->export_file, g_bytes_get_data (trip->exported, NULL),
                                          g_bytes_get_size (trip->exported), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  return trip;
}

static void
report_differences (const char *name,
                    const char *what,
                    GPtrArray  *diffs)
{
  /* One line each: line breaks in a value are shown as \r and \n. */
  for (guint i = 0; i < diffs->len; i++)
    {
      const char *diff = g_ptr_array_index (diffs, i);
      GString *line = g_string_new (NULL);

      for (const char *p = diff; *p != '\0'; p++)
        {
          if (*p == '\n' || *p == '\r')
            g_string_append (line, *p == '\n' ? "\\n" : "\\r");
          else
            g_string_append_c (line, *p);
        }
      g_test_message ("%s: %s", name, line->str);
      g_free (diffs->pdata[i]);
      diffs->pdata[i] = g_string_free (line, FALSE);
    }
  if (diffs->len > 0)
    g_test_fail_printf ("%s: %u differences %s; the first: %s", name, diffs->len, what,
                        (const char *) g_ptr_array_index (diffs, 0));
}

/* The file and its export, as libebook reads them: the same parts. */
static void
test_parts (gconstpointer data)
{
  const char *name = data;
  g_autoptr(RoundTrip) trip = round_trip_new (name);
  g_autoptr(GPtrArray) diffs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GPtrArray) back = NULL;
  const char *data_sent;
  gsize len = 0;

  if (g_str_has_suffix (name, ".csv"))
    {
      const char *expected = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (expected_csv); i++)
        if (g_str_equal (expected_csv[i].file, name))
          expected = expected_csv[i].people;
      if (expected == NULL)
        {
          g_test_fail_printf ("%s: write down what it holds in ebook-roundtrip-expected.h", name);
          return;
        }
      sent = people_read (expected, strlen (expected));
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) original = g_file_load_bytes (trip->file, NULL, NULL, &error);

      g_assert_no_error (error);
      data_sent = g_bytes_get_data (original, &len);
      sent = people_read (data_sent, len);
    }
  data_sent = g_bytes_get_data (trip->exported, &len);
  back = people_read (data_sent, len);
  compare_people (sent, back, diffs);
  report_differences (name, "between the file and its export, read by libebook", diffs);
}

/* The export imported into an empty database: the same people, field for
 * field. */
static void
test_reimport (gconstpointer data)
{
  const char *name = data;
  g_autoptr(RoundTrip) trip = round_trip_new (name);
  g_autoptr(GPtrArray) diffs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *second = g_build_filename (trip->dir, "second.db", NULL);

  import_into (second, trip->export_file);
  compare_databases (trip->first, second, diffs);
  report_differences (name, "between the database and its export imported again", diffs);
}

/* The same, through the other writer: exported as CSV (Google's columns)
 * and imported into an empty database, the names, organisations and
 * addresses keep their parts. */
static void
test_reimport_csv (gconstpointer data)
{
  const char *name = data;
  g_autoptr(RoundTrip) trip = round_trip_new (name);
  g_autoptr(GPtrArray) diffs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *third = g_build_filename (trip->dir, "third.db", NULL);
  g_autofree char *csv_path = g_build_filename (trip->dir, "export.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GBytes) csv = export_from (trip->first, RAPPORT_EXPORT_FORMAT_CSV);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_replace_contents (csv_file, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                                          NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  import_into (third, csv_file);
  compare_databases_through_csv (trip->first, third, diffs);
  report_differences (name, "between the database and its CSV export imported again", diffs);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *fixtures = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* Every fixture, those added later too. */
  fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", "interop", NULL);
  dir = g_dir_open (fixtures, 0, NULL);
  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".vcf") || g_str_has_suffix (entry, ".csv"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, g_strdup ("generated"));

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *parts = g_strconcat ("/rapport/ebook-roundtrip/parts/", name, NULL);
      g_autofree char *reimport = g_strconcat ("/rapport/ebook-roundtrip/reimport/", name, NULL);
      g_autofree char *reimport_csv = g_strconcat ("/rapport/ebook-roundtrip/reimport-csv/", name, NULL);

      g_test_add_data_func (parts, name, test_parts);
      g_test_add_data_func (reimport, name, test_reimport);
      g_test_add_data_func (reimport_csv, name, test_reimport_csv);
    }

  return g_test_run ();
}
