/* rapport-vcard-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350, RFC 6868) as exporters
 * really write them: see docs/formats.md. Lines are unfolded on bytes, every value
 * is decoded by its own ENCODING and CHARSET, and what Rapport does not
 * understand is kept, as its unfolded line, for the export to give back.
 * A bad card is left out with its reason; nothing aborts the file, and
 * memory stays proportional to the input.
 */

#define G_LOG_DOMAIN "rapport-vcard-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "rapport-charset.h"
#include "rapport-image-info.h"
#include "rapport-vcard-line.h"
#include "rapport-vcard-rapport.h"
#include "rapport-vcard-reader.h"

typedef struct
{
  RapportContactField *field;
  const char *group;   /* borrowed from its line */
  guint pref;
  guint order;
} PendingField;

/* Properties whose value the model holds elsewhere or that describe the file. */
static const char * const dropped_names[] = { "BEGIN", "END", "VERSION", "PRODID", "REV", NULL };

static void
pending_field_clear (PendingField *pending)
{
  g_clear_object (&pending->field);
}

/**
 * rapport_vcard_label_from_apple:
 * @label: an X-ABLabel value, unescaped
 *
 * Apple's standard labels are written `_$!<Work>!$_`; they become "work".
 * Labels the user typed are kept as they are.
 *
 * Returns: (transfer full): the label
 */
char *
rapport_vcard_label_from_apple (const char *label)
{
  gsize len;
  g_autofree char *inner = NULL;

  g_return_val_if_fail (label != NULL, NULL);

  len = strlen (label);
  if (len < 9 || !g_str_has_prefix (label, "_$!<") || !g_str_has_suffix (label, ">!$_"))
    return g_strstrip (g_strdup (label));

  inner = g_strndup (label + 4, len - 8);
  if (g_ascii_strcasecmp (inner, "HomeFAX") == 0)
    return g_strdup ("home fax");
  if (g_ascii_strcasecmp (inner, "WorkFAX") == 0)
    return g_strdup ("work fax");
  return g_ascii_strdown (inner, -1);
}

/* The label TYPE parameters give: "work", "home mobile", "work fax". */
static char *
label_from_types (RapportVcardLine *prop)
{
  static const char * const generic[] = {
    "internet", "pref", "voice", "x400", "msg", "bbs", "modem", "isdn", "intl",
    "dom", "postal", "parcel", "aol", "applelink", "attmail", "cis", "eworld",
    "ibmmail", "mcimail", "powershare", "prodigy", "tlx", NULL
  };
  g_autoptr(GString) label = g_string_new (NULL);

  for (guint i = 0; i < prop->params->len; i++)
    {
      RapportVcardParam *param = g_ptr_array_index (prop->params, i);
      g_autofree char *type = NULL;

      if (!g_str_equal (param->name, "TYPE") || *param->value == '\0')
        continue;
      type = g_ascii_strdown (param->value, -1);
      if (g_strv_contains (generic, type))
        continue;
      if (g_str_equal (type, "cell"))
        g_set_str (&type, "mobile");
      if (label->len > 0)
        g_string_append_c (label, ' ');
      g_string_append (label, type);
    }

  return g_string_free (g_steal_pointer (&label), FALSE);
}

static guint
prop_pref (RapportVcardLine *prop)
{
  const char *pref = rapport_vcard_line_get_param (prop, "PREF");

  if (pref != NULL)
    {
      guint64 n = g_ascii_strtoull (pref, NULL, 10);

      if (n >= 1 && n <= 100)
        return (guint) n;
    }
  if (rapport_vcard_line_has_type (prop, "PREF"))
    return 1;
  return 101;
}

/* The seven components of ADR, each unescaped ("\\," is a comma in the
 * street, "\\n" a second line of it), and its 4.0 LABEL and GEO. */
static RapportAddress *
read_address (RapportVcardLine *prop,
              const char       *value)
{
  g_auto(GStrv) parts = rapport_vcard_split_value (value, ';', RAPPORT_ADDRESS_N_ADR_PARTS);
  RapportAddress *address = rapport_address_new ();
  const char *label = rapport_vcard_line_get_param (prop, "LABEL");
  const char *geo = rapport_vcard_line_get_param (prop, "GEO");

  for (guint i = 0; parts[i] != NULL && i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    rapport_address_set (address, i, g_strstrip (parts[i]));
  if (label != NULL)
    rapport_address_set (address, RAPPORT_ADDRESS_LABEL, label);
  if (geo != NULL)
    rapport_address_set (address, RAPPORT_ADDRESS_GEO, geo);
  return address;
}

static char *
join_nonempty (GStrv        parts,
               const char  *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, parts[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
parse_birthday (RapportVcardLine               *prop,
                const char         *text,
                RapportPartialDate *date)
{
  const char *omit = rapport_vcard_line_get_param (prop, "X-APPLE-OMIT-YEAR");
  const char *kind = rapport_vcard_line_get_param (prop, "VALUE");
  g_autofree char *day = g_strstrip (g_strdup (text));
  char *time;

  if (kind != NULL && g_ascii_strcasecmp (kind, "text") == 0)
    return FALSE;

  /* A time after the date says nothing about a birthday. */
  time = strchr (day, 'T');
  if (time != NULL)
    *time = '\0';

  if (!rapport_partial_date_parse (day, date, NULL))
    return FALSE;

  /* Apple writes a year it means as "none": the parameter names it, and 1604
   * is the one it uses. */
  if (date->year != 0 &&
      (date->year == 1604 || (omit != NULL && g_ascii_strtoull (omit, NULL, 10) == date->year)))
    date->year = 0;
  return rapport_partial_date_is_valid (date);
}

static gboolean
decode_photo (RapportVcardLine    *prop,
              GBytes **photo)
{
  const char *value = prop->value;
  gsize len = 0;
  guchar *data;

  while (*value == ' ' || *value == '\t')
    value++;

  if (rapport_vcard_line_is_base64 (prop))
    data = g_base64_decode (value, &len);
  else if (g_ascii_strncasecmp (value, "data:", 5) == 0)
    {
      const char *comma = strchr (value, ',');
      g_autofree char *header = NULL;

      if (comma == NULL)
        return FALSE;
      header = g_ascii_strdown (value, comma - value);
      if (strstr (header, ";base64") != NULL)
        data = g_base64_decode (comma + 1, &len);
      else
        {
          GBytes *bytes = g_uri_unescape_bytes (comma + 1, -1, NULL, NULL);

          if (bytes == NULL)
            return FALSE;
          if (g_bytes_get_size (bytes) == 0)
            {
              g_bytes_unref (bytes);
              return FALSE;
            }
          *photo = bytes;
          return TRUE;
        }
    }
  else
    return FALSE;

  if (len == 0)
    {
      g_free (data);
      return FALSE;
    }
  *photo = g_bytes_new_take (data, len);
  return TRUE;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
append_text (char       **dest,
             const char  *text,
             const char  *separator)
{
  char *joined;

  if (!has_text (text))
    return;
  if (!has_text (*dest))
    {
      g_set_str (dest, text);
      return;
    }
  joined = g_strconcat (*dest, separator, text, NULL);
  g_free (*dest);
  *dest = joined;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const PendingField *fa = a;
  const PendingField *fb = b;
  RapportFieldKind ka = rapport_contact_field_get_kind (fa->field);
  RapportFieldKind kb = rapport_contact_field_get_kind (fb->field);

  /* By kind, then preference, then file order: the same file always gives
   * the same order, and writing it back keeps it. */
  if (ka != kb)
    return ka < kb ? -1 : 1;
  if (fa->pref != fb->pref)
    return fa->pref < fb->pref ? -1 : 1;
  return fa->order < fb->order ? -1 : fa->order > fb->order;
}

static gboolean
kind_for_name (const char       *name,
               RapportFieldKind *kind)
{
  if (g_str_equal (name, "EMAIL"))
    *kind = RAPPORT_FIELD_EMAIL;
  else if (g_str_equal (name, "TEL"))
    *kind = RAPPORT_FIELD_PHONE;
  else if (g_str_equal (name, "URL") || g_str_equal (name, "X-SOCIALPROFILE"))
    *kind = RAPPORT_FIELD_URL;
  else if (g_str_equal (name, "ADR"))
    *kind = RAPPORT_FIELD_ADDRESS;
  else
    return FALSE;
  return TRUE;
}

/* The value of a field property, or %NULL if it is not one Rapport keeps. */
static char *
field_value (RapportVcardLine             *prop,
             RapportFieldKind  kind,
             const char       *text)
{
  g_autofree char *value = NULL;

  value = g_strstrip (rapport_vcard_unescape (text, -1));

  if (kind == RAPPORT_FIELD_PHONE && g_ascii_strncasecmp (value, "tel:", 4) == 0)
    memmove (value, value + 4, strlen (value + 4) + 1);
  if (kind == RAPPORT_FIELD_EMAIL && g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    memmove (value, value + 7, strlen (value + 7) + 1);
  /* Apple's social profiles without a web address stay unknown lines. */
  if (g_str_equal (prop->name, "X-SOCIALPROFILE") &&
      g_ascii_strncasecmp (value, "http://", 7) != 0 && g_ascii_strncasecmp (value, "https://", 8) != 0)
    return NULL;
  if (*g_strstrip (value) == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

static char *
field_label (RapportVcardLine       *prop,
             GHashTable *group_labels)
{
  const char *apple = prop->group != NULL ? g_hash_table_lookup (group_labels, prop->group) : NULL;
  char *label;

  if (apple != NULL)
    return g_strdup (apple);
  label = label_from_types (prop);
  if (g_str_equal (prop->name, "X-SOCIALPROFILE") && g_ascii_strcasecmp (label, "linkedin") == 0)
    g_set_str (&label, "LinkedIn");
  return label;
}

/* Gives a LABEL line's text to its address: the one in the same group,
 * else the one of the same type, else the only one. */
static gboolean
attach_label (RapportVcardLine *prop,
              GArray           *pending)
{
  g_autofree char *types = label_from_types (prop);
  g_autofree char *text = rapport_vcard_line_dup_text (prop);
  g_autofree char *label = g_strstrip (rapport_vcard_unescape (text, -1));
  RapportContactField *found = NULL;
  guint n_free = 0;
  g_autoptr(RapportAddress) address = NULL;

  for (guint pass = 0; pass < 3 && found == NULL; pass++)
    for (guint i = 0; i < pending->len && found == NULL; i++)
      {
        PendingField *item = &g_array_index (pending, PendingField, i);
        const RapportAddress *parts = rapport_contact_field_get_address (item->field);

        if (parts == NULL || *rapport_address_get (parts, RAPPORT_ADDRESS_LABEL) != '\0')
          continue;
        if (pass == 0 && prop->group != NULL && item->group != NULL &&
            g_str_equal (prop->group, item->group))
          found = item->field;
        else if (pass == 1 && prop->group == NULL && *types != '\0' &&
                 g_str_equal (types, rapport_contact_field_get_label (item->field)))
          found = item->field;
        else if (pass == 2)
          n_free++;
      }
  if (found == NULL && n_free == 1 && prop->group == NULL)
    for (guint i = 0; i < pending->len; i++)
      {
        PendingField *item = &g_array_index (pending, PendingField, i);
        const RapportAddress *parts = rapport_contact_field_get_address (item->field);

        if (parts != NULL && *rapport_address_get (parts, RAPPORT_ADDRESS_LABEL) == '\0')
          found = item->field;
      }
  if (found == NULL || *label == '\0')
    return FALSE;

  address = rapport_address_copy (rapport_contact_field_get_address (found));
  rapport_address_set (address, RAPPORT_ADDRESS_LABEL, label);
  rapport_contact_field_set_address (found, address);
  return TRUE;
}

/* Turns one card's properties into a contact, or returns %NULL with the
 * reason why it is left out. */
static RapportContact *
build_contact (GPtrArray  *props,
               char      **reason,
               char      **photo_problem)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GHashTable) group_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) used_groups = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (PendingField));
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) extra = g_strv_builder_new ();
  g_autoptr(GBytes) photo = NULL;
  g_auto(GStrv) tag_list = NULL;
  g_auto(GStrv) extra_list = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *nickname = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *company = NULL;
  g_autofree char *department = NULL;
  g_autofree char *profession = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *pronouns = NULL;
  g_autoptr(GPtrArray) label_lines = g_ptr_array_new ();
  gboolean has_name = FALSE, has_birthday = FALSE, has_n = FALSE;

  g_array_set_clear_func (pending, (GDestroyNotify) pending_field_clear);

  for (guint i = 0; i < props->len; i++)
    {
      RapportVcardLine *prop = g_ptr_array_index (props, i);

      if (prop->group != NULL && g_str_equal (prop->name, "X-ABLABEL") &&
          !g_hash_table_contains (group_labels, prop->group))
        {
          g_autofree char *text = rapport_vcard_line_dup_text (prop);
          g_autofree char *plain = rapport_vcard_unescape (text, -1);

          g_hash_table_insert (group_labels, g_strdup (prop->group),
                               rapport_vcard_label_from_apple (plain));
        }
    }

  for (guint i = 0; i < props->len; i++)
    {
      RapportVcardLine *prop = g_ptr_array_index (props, i);
      g_autofree char *text = NULL;
      RapportFieldKind kind = RAPPORT_FIELD_EMAIL;
      gboolean is_field;
      gboolean used = TRUE;

      if (g_strv_contains (dropped_names, prop->name) || g_str_equal (prop->name, "X-ABLABEL"))
        continue;

      if (g_str_equal (prop->name, "PHOTO"))
        {
          g_autoptr(GError) photo_error = NULL;

          if (photo == NULL && *photo_problem == NULL && decode_photo (prop, &photo))
            {
              /* Checked before anything decodes it; a card is imported
               * without a photo that could hurt, and the report says so. */
              if (!rapport_image_check_photo (photo, NULL, &photo_error))
                {
                  *photo_problem = g_strdup (photo_error->message);
                  g_clear_pointer (&photo, g_bytes_unref);
                }
              continue;
            }
          g_strv_builder_take (extra, rapport_vcard_line_dup_extra (prop));
          continue;
        }

      text = rapport_vcard_line_dup_text (prop);
      is_field = kind_for_name (prop->name, &kind);

      if (is_field && kind == RAPPORT_FIELD_ADDRESS)
        {
          g_autoptr(RapportAddress) address = read_address (prop, text);
          PendingField item = { NULL, prop->group, prop_pref (prop), i };

          if (rapport_address_is_empty (address))
            used = FALSE;
          else
            {
              g_autofree char *label = field_label (prop, group_labels);

              item.field = rapport_contact_field_new_address (label, address);
              g_array_append_val (pending, item);
              if (prop->group != NULL)
                g_hash_table_add (used_groups, prop->group);
            }
        }
      else if (is_field)
        {
          g_autofree char *value = field_value (prop, kind, text);
          PendingField item = { NULL, prop->group, prop_pref (prop), i };

          if (value == NULL)
            used = FALSE;
          else
            {
              g_autofree char *label = field_label (prop, group_labels);

              item.field = rapport_contact_field_new (kind, label, value);
              g_array_append_val (pending, item);
              if (prop->group != NULL)
                g_hash_table_add (used_groups, prop->group);
            }
        }
      else if (g_str_equal (prop->name, "FN") && display_name == NULL)
        {
          display_name = g_strstrip (rapport_vcard_unescape (text, -1));
          has_name |= *display_name != '\0';
        }
      else if (g_str_equal (prop->name, "N") && !has_n)
        {
          /* family; given; additional; prefix; suffix. A list's items stay
           * joined by commas, as written. */
          static const RapportNamePart order[] = {
            RAPPORT_NAME_FAMILY, RAPPORT_NAME_GIVEN, RAPPORT_NAME_ADDITIONAL,
            RAPPORT_NAME_PREFIX, RAPPORT_NAME_SUFFIX,
          };
          g_auto(GStrv) parts = rapport_vcard_split_value (text, ';', G_N_ELEMENTS (order));

          for (guint j = 0; parts[j] != NULL && j < G_N_ELEMENTS (order); j++)
            {
              rapport_contact_set_name_part (contact, order[j], g_strstrip (parts[j]));
              has_name |= *parts[j] != '\0';
            }
          has_n = TRUE;
        }
      else if (g_str_equal (prop->name, "NICKNAME"))
        {
          g_auto(GStrv) parts = rapport_vcard_split_value (text, ',', 0);
          g_autofree char *joined = join_nonempty (parts, ", ");

          append_text (&nickname, joined, ", ");
        }
      else if (g_str_equal (prop->name, "ORG") && company == NULL)
        {
          /* The company, then its units (department, team…), kept apart. */
          g_auto(GStrv) parts = rapport_vcard_split_value (text, ';', 0);

          for (guint j = 0; parts[j] != NULL; j++)
            g_strstrip (parts[j]);
          company = g_strdup (parts[0]);
          /* Each unit whole, a ';' inside it too ("Dyeing\; Finishing"). */
          department = rapport_contact_join_units ((const char * const *) parts + 1, ";");
        }
      else if (g_str_equal (prop->name, "LABEL"))
        /* 2.1 and 3.0 write an address's label on its own line: it goes
         * with its address once all are read. */
        g_ptr_array_add (label_lines, prop);
      else if (g_str_equal (prop->name, "TITLE") && profession == NULL)
        profession = g_strstrip (rapport_vcard_unescape (text, -1));
      else if (g_str_equal (prop->name, "NOTE"))
        {
          g_autofree char *note = g_strstrip (rapport_vcard_unescape (text, -1));

          append_text (&notes, note, "\n\n");
        }
      else if (g_str_equal (prop->name, "CATEGORIES"))
        {
          g_auto(GStrv) parts = rapport_vcard_split_value (text, ',', 0);

          for (guint j = 0; parts[j] != NULL; j++)
            g_strv_builder_add (tags, g_strstrip (parts[j]));
        }
      else if (g_str_equal (prop->name, "PRONOUNS") && pronouns == NULL)
        pronouns = g_strstrip (rapport_vcard_unescape (text, -1));
      else if (g_str_equal (prop->name, "UID") && uid == NULL)
        uid = g_strstrip (rapport_vcard_unescape (text, -1));
      else if (g_str_equal (prop->name, "BDAY") && !has_birthday)
        {
          RapportPartialDate birthday = RAPPORT_PARTIAL_DATE_INIT;

          has_birthday = parse_birthday (prop, text, &birthday);
          if (has_birthday)
            rapport_contact_set_birthday (contact, &birthday);
          else
            used = FALSE;
        }
      else if (g_str_has_prefix (prop->name, "X-RAPPORT-"))
        /* One a later version writes stays with the unknown lines. */
        used = rapport_vcard_read_rapport_field (contact, prop->name, text);
      else
        used = FALSE;

      if (!used)
        g_strv_builder_take (extra, rapport_vcard_line_dup_extra (prop));
    }

  /* Labels of groups that held no field Rapport knows stay with their lines. */
  for (guint i = 0; i < props->len; i++)
    {
      RapportVcardLine *prop = g_ptr_array_index (props, i);

      if (g_str_equal (prop->name, "X-ABLABEL") &&
          (prop->group == NULL || !g_hash_table_contains (used_groups, prop->group)))
        g_strv_builder_take (extra, rapport_vcard_line_dup_extra (prop));
    }

  for (guint i = 0; i < label_lines->len; i++)
    if (!attach_label (g_ptr_array_index (label_lines, i), pending))
      g_strv_builder_take (extra, rapport_vcard_line_dup_extra (g_ptr_array_index (label_lines, i)));

  g_array_sort (pending, compare_pending);
  for (guint i = 0; i < pending->len; i++)
    g_ptr_array_add (fields, g_object_ref (g_array_index (pending, PendingField, i).field));

  if (!has_name && fields->len == 0 && !has_text (company) && !has_text (nickname))
    {
      guint described = 0;

      for (guint i = 0; i < props->len; i++)
        if (!g_strv_contains (dropped_names, ((RapportVcardLine *) g_ptr_array_index (props, i))->name))
          described++;
      *reason = g_strdup (described == 0 ? _("it is empty")
                                          : _("it has no name, email address, phone number or web address"));
      return NULL;
    }

  rapport_contact_set_nickname (contact, nickname);
  rapport_contact_set_company (contact, company);
  rapport_contact_set_department (contact, department);
  /* Last, with every part known: an FN that only repeats them stays derived. */
  rapport_contact_set_name (contact, display_name);
  rapport_contact_set_profession (contact, profession);
  rapport_contact_set_notes (contact, notes);
  rapport_contact_set_uid (contact, uid);
  rapport_contact_set_pronouns (contact, pronouns);
  rapport_contact_set_photo (contact, photo);
  rapport_contact_set_fields (contact, fields);
  tag_list = g_strv_builder_end (tags);
  rapport_contact_set_tags (contact, (const char * const *) tag_list);
  extra_list = g_strv_builder_end (extra);
  rapport_contact_set_vcard_extra (contact, (const char * const *) extra_list);

  return g_steal_pointer (&contact);
}

static gboolean
prop_is (RapportVcardLine       *prop,
         const char *name,
         const char *value)
{
  g_autofree char *trimmed = NULL;

  if (!g_str_equal (prop->name, name))
    return FALSE;
  trimmed = g_strstrip (g_strdup (prop->value));
  return g_ascii_strcasecmp (trimmed, value) == 0;
}

static void
finish_card (GPtrArray *props,
             guint      number,
             GPtrArray *contacts,
             GPtrArray *problems)
{
  g_autofree char *reason = NULL;
  g_autofree char *photo_problem = NULL;
  RapportContact *contact = build_contact (props, &reason, &photo_problem);

  if (contact != NULL && photo_problem != NULL)
    {
      g_autofree char *name = rapport_contact_dup_name (contact);

      if (*name != '\0')
        /* Translators: "Card 3 (Ana Silva): its photo was left out: the image is cut short" */
        rapport_import_problems_add (problems, number, FALSE, _("Card %u (%s): its photo was left out: %s"),
                                     number, name, photo_problem);
      else
        /* Translators: "Card 3: its photo was left out: the image is cut short" */
        rapport_import_problems_add (problems, number, FALSE, _("Card %u: its photo was left out: %s"),
                                     number, photo_problem);
    }
  if (contact != NULL)
    g_ptr_array_add (contacts, contact);
  else
    /* Translators: %u is the card's number in the file, %s why it was left out */
    rapport_import_problems_add (problems, number, TRUE, _("Card %u was skipped: %s"), number, reason);
  g_ptr_array_set_size (props, 0);
}

/**
 * rapport_vcard_read:
 * @data: (array length=len): the bytes of a .vcf file
 * @len: their length
 * @problems: (nullable) (element-type RapportImportProblem): where to add the
 *   cards that were left out, each with its number and reason
 * @error: return location for a #GError
 *
 * Reads every card in @data. Cards of different versions may be mixed; a
 * card missing `END:VCARD` ends where the next one begins or at the end of
 * the file. Fails only when @data holds no card at all.
 *
 * Returns: (transfer full) (element-type RapportContact): the people, in
 *   file order
 */
GPtrArray *
rapport_vcard_read (const char  *data,
                    gsize        len,
                    GPtrArray   *problems,
                    GError     **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) props = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_vcard_line_free);
  g_autofree char *text = NULL;
  gsize text_len = 0;
  gsize pos = 0;
  guint cards = 0;
  gboolean in_card = FALSE;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = rapport_charset_clean_input (data, len, &text_len);

  while (pos < text_len)
    {
      char *line = rapport_vcard_read_unfolded (text, text_len, &pos);
      RapportVcardLine *prop = rapport_vcard_line_parse (line);

      if (prop == NULL)
        continue;

      if (prop_is (prop, "BEGIN", "VCARD"))
        {
          if (in_card)
            finish_card (props, cards, contacts, problems);
          in_card = TRUE;
          cards++;
          rapport_vcard_line_free (prop);
        }
      else if (prop_is (prop, "END", "VCARD"))
        {
          if (in_card)
            finish_card (props, cards, contacts, problems);
          in_card = FALSE;
          rapport_vcard_line_free (prop);
        }
      else if (in_card)
        g_ptr_array_add (props, prop);
      else
        rapport_vcard_line_free (prop);
    }

  if (in_card)
    finish_card (props, cards, contacts, problems);

  if (cards == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The file holds no vCard"));
      return NULL;
    }

  return g_steal_pointer (&contacts);
}