/* rapport-address-book-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merging a person with their contact in an address book, field by field
 * (#19). Each field the book owns is compared as text on three sides: the
 * book now, Rapport now, and what both last agreed on. The side that
 * changed since wins; when both did, a list keeps both sides' values, and
 * a single value keeps the book's, with a note on the person of what
 * differed. Both sides are read by the import's own vCard reader, so a
 * contact means in Rapport exactly what importing it would.
 *
 * Writing back starts from the contact's vCard as the book holds it and
 * replaces only the lines of the fields that changed: every other line
 * (groups, X- fields, custom fields, properties nobody knows) is kept byte
 * for byte.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include <glib/gi18n.h>
#include <libebook-contacts/libebook-contacts.h>
#include <string.h>

#include "rapport-address-book-merge.h"
#include "rapport-contact-merge.h"
#include "rapport-vcard-reader.h"

static const char * const field_names[] = {
  [RAPPORT_BOOK_FIELD_NAME] = "name",
  [RAPPORT_BOOK_FIELD_EMAILS] = "emails",
  [RAPPORT_BOOK_FIELD_PHONES] = "phones",
  [RAPPORT_BOOK_FIELD_ADDRESSES] = "addresses",
  [RAPPORT_BOOK_FIELD_ORGANIZATION] = "organization",
  [RAPPORT_BOOK_FIELD_BIRTHDAY] = "birthday",
  [RAPPORT_BOOK_FIELD_PHOTO] = "photo",
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_names) == RAPPORT_N_BOOK_FIELDS);

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

const char *
rapport_book_field_get_name (RapportBookField field)
{
  g_return_val_if_fail (field < RAPPORT_N_BOOK_FIELDS, NULL);

  return field_names[field];
}

static gboolean
field_is_list (RapportBookField field)
{
  return field == RAPPORT_BOOK_FIELD_EMAILS || field == RAPPORT_BOOK_FIELD_PHONES ||
         field == RAPPORT_BOOK_FIELD_ADDRESSES;
}

static RapportFieldKind
field_kind (RapportBookField field)
{
  switch (field)
    {
    case RAPPORT_BOOK_FIELD_EMAILS:
      return RAPPORT_FIELD_EMAIL;
    case RAPPORT_BOOK_FIELD_PHONES:
      return RAPPORT_FIELD_PHONE;
    case RAPPORT_BOOK_FIELD_ADDRESSES:
      return RAPPORT_FIELD_ADDRESS;
    case RAPPORT_BOOK_FIELD_NAME:
    case RAPPORT_BOOK_FIELD_ORGANIZATION:
    case RAPPORT_BOOK_FIELD_BIRTHDAY:
    case RAPPORT_BOOK_FIELD_PHOTO:
    case RAPPORT_N_BOOK_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/* One value of a list, as one line of its text: label, then the value (an
 * address's parts), separated by a unit separator. */
static char *
item_text (RapportContactField *field)
{
  GString *text = g_string_new (rapport_contact_field_get_label (field));

  if (rapport_contact_field_get_kind (field) == RAPPORT_FIELD_ADDRESS)
    {
      const RapportAddress *address = rapport_contact_field_get_address (field);

      for (guint p = 0; p < RAPPORT_ADDRESS_N_PARTS; p++)
        {
          g_string_append_c (text, '\x1f');
          g_string_append (text, rapport_address_get (address, p));
        }
    }
  else
    {
      g_string_append_c (text, '\x1f');
      g_string_append (text, rapport_contact_field_get_value (field));
    }
  return g_string_free (text, FALSE);
}

/**
 * rapport_book_field_text:
 * @contact: a person, or a contact read from a book
 * @field: which field
 *
 * Returns: (transfer full): @field of @contact as text that is the same
 *   exactly when the field is: a list one line per value, a photo its
 *   checksum
 */
char *
rapport_book_field_text (RapportContact   *contact,
                         RapportBookField  field)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  switch (field)
    {
    case RAPPORT_BOOK_FIELD_NAME:
      g_string_append (text, rapport_contact_get_display_name (contact));
      for (guint p = 0; p < RAPPORT_N_NAME_PARTS; p++)
        g_string_append_printf (text, "\x1f%s", rapport_contact_get_name_part (contact, p));
      break;

    case RAPPORT_BOOK_FIELD_EMAILS:
    case RAPPORT_BOOK_FIELD_PHONES:
    case RAPPORT_BOOK_FIELD_ADDRESSES:
      {
        GPtrArray *fields = rapport_contact_get_fields (contact);

        for (guint i = 0; i < fields->len; i++)
          {
            RapportContactField *item = g_ptr_array_index (fields, i);
            g_autofree char *line = NULL;

            if (rapport_contact_field_get_kind (item) != field_kind (field))
              continue;
            line = item_text (item);
            if (text->len > 0)
              g_string_append_c (text, '\n');
            g_string_append (text, line);
          }
      }
      break;

    case RAPPORT_BOOK_FIELD_ORGANIZATION:
      g_string_append_printf (text, "%s\x1f%s", rapport_contact_get_company (contact),
                              rapport_contact_get_department (contact));
      break;

    case RAPPORT_BOOK_FIELD_BIRTHDAY:
      {
        const RapportPartialDate *birthday = rapport_contact_get_birthday (contact);
        g_autofree char *iso = birthday != NULL ? rapport_partial_date_to_iso (birthday) : NULL;

        g_string_append (text, iso != NULL ? iso : "");
      }
      break;

    case RAPPORT_BOOK_FIELD_PHOTO:
      {
        GBytes *photo = rapport_contact_get_photo (contact);

        if (photo != NULL && g_bytes_get_size (photo) > 0)
          {
            g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, photo);

            g_string_append (text, sum);
          }
      }
      break;

    case RAPPORT_N_BOOK_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rapport_book_fields_agreed:
 * @contact: a contact read from a book
 *
 * Returns: (transfer full) (element-type utf8 utf8): every field of
 *   @contact by name, as text
 */
GHashTable *
rapport_book_fields_agreed (RapportContact *contact)
{
  GHashTable *agreed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint f = 0; f < RAPPORT_N_BOOK_FIELDS; f++)
    g_hash_table_insert (agreed, g_strdup (field_names[f]), rapport_book_field_text (contact, f));
  return agreed;
}

/**
 * rapport_book_read_vcard:
 * @vcard: a contact's vCard, as the book holds it
 *
 * Reads @vcard the way importing it would.
 *
 * Returns: (transfer full) (nullable): the contact, or %NULL when @vcard
 *   holds none
 */
RapportContact *
rapport_book_read_vcard (const char *vcard)
{
  g_autoptr(GPtrArray) contacts = NULL;

  g_return_val_if_fail (vcard != NULL, NULL);

  contacts = rapport_vcard_read (vcard, strlen (vcard), NULL, NULL);
  if (contacts == NULL || contacts->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (contacts, 0));
}

/* @field of @from given to @to, as it is. */
static void
copy_field (RapportContact   *to,
            RapportContact   *from,
            RapportBookField  field)
{
  switch (field)
    {
    case RAPPORT_BOOK_FIELD_NAME:
      rapport_contact_set_display_name (to, rapport_contact_get_display_name (from));
      for (guint p = 0; p < RAPPORT_N_NAME_PARTS; p++)
        rapport_contact_set_name_part (to, p, rapport_contact_get_name_part (from, p));
      break;

    case RAPPORT_BOOK_FIELD_ORGANIZATION:
      rapport_contact_set_company (to, rapport_contact_get_company (from));
      rapport_contact_set_department (to, rapport_contact_get_department (from));
      break;

    case RAPPORT_BOOK_FIELD_BIRTHDAY:
      {
        RapportPartialDate none = RAPPORT_PARTIAL_DATE_INIT;
        const RapportPartialDate *birthday = rapport_contact_get_birthday (from);

        rapport_contact_set_birthday (to, birthday != NULL ? birthday : &none);
      }
      break;

    case RAPPORT_BOOK_FIELD_PHOTO:
      rapport_contact_set_photo (to, rapport_contact_get_photo (from));
      rapport_contact_set_thumbnail (to, NULL);
      break;

    case RAPPORT_BOOK_FIELD_EMAILS:
    case RAPPORT_BOOK_FIELD_PHONES:
    case RAPPORT_BOOK_FIELD_ADDRESSES:
    case RAPPORT_N_BOOK_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static gpointer
ref_copy (gconstpointer src,
          gpointer      data)
{
  return g_object_ref ((gpointer) src);
}

/* The values of a list: @from's in place of @to's, or with @union, @to's
 * and then those of @from's it does not have. Other kinds stay where they
 * are; the new values stand where the first of the old ones stood. */
static void
merge_list (RapportContact   *to,
            RapportContact   *from,
            RapportBookField  field,
            gboolean          keep_both)
{
  RapportFieldKind kind = field_kind (field);
  GPtrArray *old = rapport_contact_get_fields (to);
  GPtrArray *theirs = rapport_contact_get_fields (from);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean placed = FALSE;

  if (keep_both)
    for (guint i = 0; i < old->len; i++)
      {
        RapportContactField *item = g_ptr_array_index (old, i);

        if (rapport_contact_field_get_kind (item) == kind)
          {
            g_hash_table_add (seen, item_text (item));
            g_ptr_array_add (values, g_object_ref (item));
          }
      }
  for (guint i = 0; i < theirs->len; i++)
    {
      RapportContactField *item = g_ptr_array_index (theirs, i);

      if (rapport_contact_field_get_kind (item) == kind && g_hash_table_add (seen, item_text (item)))
        g_ptr_array_add (values, g_object_ref (item));
    }

  for (guint i = 0; i < old->len; i++)
    {
      RapportContactField *item = g_ptr_array_index (old, i);

      if (rapport_contact_field_get_kind (item) != kind)
        {
          g_ptr_array_add (fields, g_object_ref (item));
          continue;
        }
      if (!placed)
        g_ptr_array_extend (fields, values, ref_copy, NULL);
      placed = TRUE;
    }
  if (!placed)
    g_ptr_array_extend (fields, values, ref_copy, NULL);

  rapport_contact_set_fields (to, fields);
}

/* How a single value reads in a note. */
static char *
describe (RapportContact   *contact,
          RapportBookField  field)
{
  switch (field)
    {
    case RAPPORT_BOOK_FIELD_NAME:
      return rapport_contact_dup_name (contact);
    case RAPPORT_BOOK_FIELD_ORGANIZATION:
      if (*rapport_contact_get_department (contact) != '\0')
        return g_strdup_printf ("%s, %s", rapport_contact_get_company (contact),
                                rapport_contact_get_department (contact));
      return g_strdup (rapport_contact_get_company (contact));
    case RAPPORT_BOOK_FIELD_BIRTHDAY:
      {
        const RapportPartialDate *birthday = rapport_contact_get_birthday (contact);

        return birthday != NULL ? rapport_partial_date_format (birthday) : g_strdup ("");
      }
    case RAPPORT_BOOK_FIELD_PHOTO:
      /* Translators: what a conflict note says in place of a photo */
      return g_strdup (rapport_contact_get_photo (contact) != NULL ? _("another photo") : _("no photo"));
    case RAPPORT_BOOK_FIELD_EMAILS:
    case RAPPORT_BOOK_FIELD_PHONES:
    case RAPPORT_BOOK_FIELD_ADDRESSES:
    case RAPPORT_N_BOOK_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
field_title (RapportBookField field)
{
  switch (field)
    {
    case RAPPORT_BOOK_FIELD_NAME:
      return _("Name");
    case RAPPORT_BOOK_FIELD_ORGANIZATION:
      return _("Organization");
    case RAPPORT_BOOK_FIELD_BIRTHDAY:
      return _("Birthday");
    case RAPPORT_BOOK_FIELD_PHOTO:
      return _("Photo");
    case RAPPORT_BOOK_FIELD_EMAILS:
    case RAPPORT_BOOK_FIELD_PHONES:
    case RAPPORT_BOOK_FIELD_ADDRESSES:
    case RAPPORT_N_BOOK_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rapport_book_merge:
 * @person: the person in Rapport; changed in place
 * @book: their contact, read from the book (rapport_book_read_vcard())
 * @agreed: (element-type utf8 utf8): what both last agreed on; a field not
 *   in it counts as agreed on as the book has it
 *
 * Merges @book into @person field by field, and says what the book must be
 * given in turn.
 *
 * Returns: (transfer full): what was done and what is left to do
 */
RapportBookMerge *
rapport_book_merge (RapportContact *person,
                    RapportContact *book,
                    GHashTable     *agreed)
{
  RapportBookMerge *merge = g_new0 (RapportBookMerge, 1);
  g_autoptr(GString) note = g_string_new (NULL);

  g_return_val_if_fail (RAPPORT_IS_CONTACT (person), NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (book), NULL);

  merge->agreed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint f = 0; f < RAPPORT_N_BOOK_FIELDS; f++)
    {
      g_autofree char *theirs = rapport_book_field_text (book, f);
      g_autofree char *ours = rapport_book_field_text (person, f);
      const char *before = agreed != NULL ? g_hash_table_lookup (agreed, field_names[f]) : NULL;
      char *now;

      if (before == NULL)
        before = theirs;

      if (g_str_equal (theirs, ours))
        now = g_strdup (theirs);
      else if (g_str_equal (theirs, before))
        {
          /* Changed in Rapport only: the book is given it. */
          merge->write |= 1u << f;
          now = g_strdup (ours);
        }
      else if (g_str_equal (ours, before))
        {
          /* Changed in the book only. */
          if (field_is_list (f))
            merge_list (person, book, f, FALSE);
          else
            copy_field (person, book, f);
          merge->person_changed = TRUE;
          now = g_strdup (theirs);
        }
      else if (field_is_list (f))
        {
          /* Both changed a list: nothing is lost, both get every value. */
          merge_list (person, book, f, TRUE);
          merge->person_changed = TRUE;
          merge->write |= 1u << f;
          now = rapport_book_field_text (person, f);
        }
      else
        {
          /* Both changed one value: the book's is kept, and the person
           * says what theirs was. */
          g_autofree char *kept = describe (book, f);
          g_autofree char *lost = describe (person, f);

          if (note->len > 0)
            g_string_append (note, " ");
          /* Translators: a note on a person after both Rapport and the
           * address book changed the same field; the first %s is the
           * field (Name, Birthday…), then the value kept, then Rapport's */
          g_string_append_printf (note, _("%s: kept the address book’s “%s” rather than “%s”."),
                                  field_title (f), kept, lost);
          copy_field (person, book, f);
          merge->person_changed = TRUE;
          now = g_strdup (theirs);
        }
      g_hash_table_insert (merge->agreed, g_strdup (field_names[f]), now);
    }

  if (note->len > 0)
    merge->note = g_string_free (g_steal_pointer (&note), FALSE);
  return merge;
}

/* Whether @field of a contact read from a book says anything. */
static gboolean
field_is_set (RapportContact   *contact,
              RapportBookField  field)
{
  switch (field)
    {
    case RAPPORT_BOOK_FIELD_NAME:
      return *rapport_contact_get_display_name (contact) != '\0' ||
             *rapport_contact_get_family_name (contact) != '\0' ||
             *rapport_contact_get_given_name (contact) != '\0';
    case RAPPORT_BOOK_FIELD_ORGANIZATION:
      return *rapport_contact_get_company (contact) != '\0';
    case RAPPORT_BOOK_FIELD_BIRTHDAY:
      return rapport_contact_get_birthday (contact) != NULL &&
             !rapport_partial_date_is_empty (rapport_contact_get_birthday (contact));
    case RAPPORT_BOOK_FIELD_PHOTO:
      return rapport_contact_get_photo (contact) != NULL;
    case RAPPORT_BOOK_FIELD_EMAILS:
    case RAPPORT_BOOK_FIELD_PHONES:
    case RAPPORT_BOOK_FIELD_ADDRESSES:
    case RAPPORT_N_BOOK_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* A value's place, address or number without its label. */
static char *
value_key (RapportContactField *item)
{
  g_autofree char *text = item_text (item);
  const char *sep = strchr (text, '\x1f');

  return g_strdup (sep != NULL ? sep + 1 : text);
}

/* The book's values of a list as it has them (labels and all), then those
 * of Rapport's it does not have. */
static void
link_list (RapportContact   *person,
           RapportContact   *book,
           RapportBookField  field)
{
  RapportFieldKind kind = field_kind (field);
  GPtrArray *ours = rapport_contact_get_fields (person);
  GPtrArray *theirs = rapport_contact_get_fields (book);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < ours->len; i++)
    if (rapport_contact_field_get_kind (g_ptr_array_index (ours, i)) != kind)
      g_ptr_array_add (fields, g_object_ref (g_ptr_array_index (ours, i)));
  for (guint i = 0; i < theirs->len; i++)
    {
      RapportContactField *item = g_ptr_array_index (theirs, i);

      if (rapport_contact_field_get_kind (item) == kind && g_hash_table_add (seen, value_key (item)))
        g_ptr_array_add (fields, g_object_ref (item));
    }
  for (guint i = 0; i < ours->len; i++)
    {
      RapportContactField *item = g_ptr_array_index (ours, i);

      if (rapport_contact_field_get_kind (item) == kind && g_hash_table_add (seen, value_key (item)))
        g_ptr_array_add (fields, g_object_ref (item));
    }
  rapport_contact_set_fields (person, fields);
}

/**
 * rapport_book_link_fields:
 * @person: someone already in Rapport; changed in place
 * @book: the contact they are being linked with
 *
 * What linking agrees on: the book is the home of names, organisation,
 * birthday and photo, so its values win where it has one; lists are
 * brought together as import does (the book's values added), and what
 * Rapport had besides is for the book to be given, by rapport_book_merge()
 * with the agreement returned.
 *
 * Returns: (transfer full) (element-type utf8 utf8): the agreement
 */
GHashTable *
rapport_book_link_fields (RapportContact *person,
                          RapportContact *book)
{
  g_autoptr(RapportContactMerge) merge = NULL;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (person), NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (book), NULL);

  merge = rapport_contact_merge (person, book);
  for (guint f = 0; f < RAPPORT_N_BOOK_FIELDS; f++)
    {
      if (field_is_list (f))
        link_list (person, book, f);
      else if (field_is_set (book, f))
        copy_field (person, book, f);
    }
  return rapport_book_fields_agreed (book);
}

void
rapport_book_merge_free (RapportBookMerge *merge)
{
  if (merge == NULL)
    return;
  g_clear_pointer (&merge->agreed, g_hash_table_unref);
  g_free (merge->note);
  g_free (merge);
}

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
  RapportFieldKind kind = field_kind (field);
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
