/* rapport-google-csv-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes people as a Google Contacts CSV (RFC 4180, CRLF, UTF-8), the one
 * CSV layout that Google, Outlook and most other address books import, and
 * that rapport_google_csv_read() reads back.
 */

#define G_LOG_DOMAIN "rapport-google-csv-writer"

#include "config.h"

#include "rapport-contact.h"
#include "rapport-csv.h"
#include "rapport-google-csv-writer.h"

/* "Name" holds a name the person chose, empty when it is made of the
 * parts; "File As" is left empty (it is how Google sorts, not a name),
 * but named, so that the file is told apart as Google's. */
static const char * const fixed_columns[] = {
  "Name", "Name Prefix", "First Name", "Middle Name", "Last Name", "Name Suffix", "Nickname",
  "File As", "Organization Name", "Organization Title", "Organization Department",
  "Birthday", "Notes", "Labels", NULL
};

/* An address's parts, as Google names them, after its label and its
 * "Formatted" form (which holds the address's own label, if any). */
static const struct
{
  const char *name;
  RapportAddressPart part;
} address_columns[] = {
  { "Street", RAPPORT_ADDRESS_STREET },
  { "City", RAPPORT_ADDRESS_LOCALITY },
  { "PO Box", RAPPORT_ADDRESS_PO_BOX },
  { "Region", RAPPORT_ADDRESS_REGION },
  { "Postal Code", RAPPORT_ADDRESS_POSTAL_CODE },
  { "Country", RAPPORT_ADDRESS_COUNTRY },
  { "Extended Address", RAPPORT_ADDRESS_EXTENDED },
};

/* Per kind: the group's name and what its value column is called. */
static const struct {
  const char *group;
  const char *value;
} kind_columns[] = {
  [RAPPORT_FIELD_EMAIL] = { "E-mail", "Value" },
  [RAPPORT_FIELD_PHONE] = { "Phone", "Value" },
  [RAPPORT_FIELD_URL] = { "Website", "Value" },
  [RAPPORT_FIELD_ADDRESS] = { "Address", "Formatted" },
};

#define N_KINDS (RAPPORT_FIELD_KIND_LAST + 1)

static void
count_fields (RapportContact *contact,
              guint          *counts)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);

  for (guint k = 0; k < N_KINDS; k++)
    counts[k] = 0;
  for (guint i = 0; i < fields->len; i++)
    counts[rapport_contact_field_get_kind (g_ptr_array_index (fields, i))]++;
}

static char *
dup_tags (RapportContact *contact)
{
  const char * const *tags = rapport_contact_get_tags (contact);
  g_autoptr(GString) out = g_string_new ("* myContacts");

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_string_append_printf (out, " ::: %s", tags[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_contact (GString        *out,
                RapportContact *contact,
                const guint    *widths)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_auto(GStrv) cells = NULL;
  g_autofree char *birthday = NULL;
  GPtrArray *fields = rapport_contact_get_fields (contact);
  guint counts[N_KINDS];

  birthday = rapport_partial_date_to_iso (rapport_contact_get_birthday (contact));

  g_strv_builder_add (row, rapport_contact_get_display_name (contact));
  for (guint p = 0; p < RAPPORT_N_NAME_PARTS; p++)
    g_strv_builder_add (row, rapport_contact_get_name_part (contact, p));
  g_strv_builder_add (row, rapport_contact_get_nickname (contact));
  g_strv_builder_add (row, "");
  g_strv_builder_add (row, rapport_contact_get_company (contact));
  g_strv_builder_add (row, rapport_contact_get_profession (contact));
  /* Its units as "Sales;EMEA", a ';' inside one escaped: read back as they
   * were (see rapport_contact_split_units()). */
  g_strv_builder_add (row, rapport_contact_get_department (contact));
  g_strv_builder_add (row, birthday);
  g_strv_builder_add (row, rapport_contact_get_notes (contact));
  g_strv_builder_take (row, dup_tags (contact));

  count_fields (contact, counts);
  for (guint k = 0; k < N_KINDS; k++)
    {
      guint written = 0;

      for (guint i = 0; i < fields->len; i++)
        {
          RapportContactField *field = g_ptr_array_index (fields, i);
          const char *label = rapport_contact_field_get_label (field);

          if (rapport_contact_field_get_kind (field) != k)
            continue;
          /* "* " marks the preferred one when there is a choice. */
          if (written == 0 && counts[k] > 1)
            g_strv_builder_take (row, g_strconcat ("* ", label, NULL));
          else
            g_strv_builder_add (row, label);
          if (k == RAPPORT_FIELD_ADDRESS)
            {
              const RapportAddress *address = rapport_contact_field_get_address (field);

              g_strv_builder_add (row, rapport_address_get (address, RAPPORT_ADDRESS_LABEL));
              for (guint p = 0; p < G_N_ELEMENTS (address_columns); p++)
                g_strv_builder_add (row, rapport_address_get (address, address_columns[p].part));
            }
          else
            g_strv_builder_add (row, rapport_contact_field_get_value (field));
          written++;
        }
      for (; written < widths[k]; written++)
        {
          g_strv_builder_add (row, "");
          g_strv_builder_add (row, "");
          for (guint p = 0; k == RAPPORT_FIELD_ADDRESS && p < G_N_ELEMENTS (address_columns); p++)
            g_strv_builder_add (row, "");
        }
    }

  cells = g_strv_builder_end (row);
  rapport_csv_append_row (out, (const char * const *) cells);
}

/**
 * rapport_google_csv_write:
 * @contacts: (element-type RapportContact): the people to write
 *
 * Returns: (transfer full): a CSV file with a header row and one row per
 *   person, with as many numbered field groups as the person with most needs
 */
GBytes *
rapport_google_csv_write (GPtrArray *contacts)
{
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) header_cells = NULL;
  GString *out;
  guint widths[N_KINDS] = { 0 };

  g_return_val_if_fail (contacts != NULL, NULL);

  for (guint i = 0; i < contacts->len; i++)
    {
      guint counts[N_KINDS];

      count_fields (g_ptr_array_index (contacts, i), counts);
      for (guint k = 0; k < N_KINDS; k++)
        widths[k] = MAX (widths[k], counts[k]);
    }

  g_strv_builder_addv (header, (const char **) fixed_columns);
  for (guint k = 0; k < N_KINDS; k++)
    for (guint n = 1; n <= widths[k]; n++)
      {
        g_strv_builder_take (header, g_strdup_printf ("%s %u - Label", kind_columns[k].group, n));
        g_strv_builder_take (header, g_strdup_printf ("%s %u - %s", kind_columns[k].group, n,
                                                      kind_columns[k].value));
        for (guint p = 0; k == RAPPORT_FIELD_ADDRESS && p < G_N_ELEMENTS (address_columns); p++)
          g_strv_builder_take (header, g_strdup_printf ("%s %u - %s", kind_columns[k].group, n,
                                                        address_columns[p].name));
      }
  header_cells = g_strv_builder_end (header);

  out = g_string_new (NULL);
  rapport_csv_append_row (out, (const char * const *) header_cells);
  for (guint i = 0; i < contacts->len; i++)
    append_contact (out, g_ptr_array_index (contacts, i), widths);

  return g_string_free_to_bytes (out);
}
