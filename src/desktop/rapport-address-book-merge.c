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
 * Writing the result back is rapport-address-book-splice.c.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include <glib/gi18n.h>
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

/**
 * rapport_book_field_kind:
 * @field: a list field (emails, phones or addresses)
 *
 * Returns: the kind of the values of @field
 */
RapportFieldKind
rapport_book_field_kind (RapportBookField field)
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

            if (rapport_contact_field_get_kind (item) != rapport_book_field_kind (field))
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
  RapportFieldKind kind = rapport_book_field_kind (field);
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
  RapportFieldKind kind = rapport_book_field_kind (field);
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
