/* ebook-roundtrip-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's side of test-ebook-roundtrip.c: importing a file into a
 * database on disk and exporting it as the app does, and comparing two
 * databases' people field for field. The comparison walks each person's
 * GObject properties, and the objects in their lists, so that a part the
 * model gains is compared without changing this file; a value of a type it
 * does not know fails, saying so.
 */

#pragma once

#include <glib.h>

#include "rapport-address.h"
#include "rapport-contact.h"
#include "rapport-partial-date.h"
#include "rapport-store.h"
#include "rapport-transfer.h"

#define differ(diffs, ...) g_ptr_array_add ((diffs), g_strdup_printf (__VA_ARGS__))

/* Not the person's: the row's id, when each was written, and what is
 * worked out from the timeline and today's date. */
static const char * const not_compared[] = {
  "id", "created-at", "updated-at", "last-contacted", "due-on", NULL,
};

static void
import_into (const char *db_path,
             GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportImportReport) report = rapport_transfer_import_file (db_path, file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
}

static GBytes *
export_from (const char          *db_path,
             RapportExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (db_path, &error);
  GBytes *bytes;

  g_assert_no_error (error);
  bytes = rapport_transfer_export (store, NULL, format, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static GPtrArray *
load_people (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (db_path, &error);
  g_autoptr(GArray) ids = NULL;
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  ids = rapport_store_list_contact_ids (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      RapportContact *contact = rapport_store_get_contact (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_ptr_array_add (people, contact);
    }
  return people;
}

static void compare_objects (GObject    *a,
                             GObject    *b,
                             const char *where,
                             GPtrArray  *diffs);

static char *
describe_value (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup_printf ("«%s»", g_value_get_string (value) != NULL ? g_value_get_string (value) : "(null)");
  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    {
      const char * const *strv = g_value_get_boxed (value);
      g_autofree char *joined = strv != NULL ? g_strjoinv ("», «", (char **) strv) : NULL;

      return g_strdup_printf ("[«%s»]", joined != NULL ? joined : "");
    }
  if (G_VALUE_HOLDS (value, RAPPORT_TYPE_PARTIAL_DATE))
    {
      const RapportPartialDate *date = g_value_get_boxed (value);
      g_autofree char *iso = date != NULL ? rapport_partial_date_to_iso (date) : NULL;

      return g_strdup_printf ("«%s»", iso != NULL ? iso : "");
    }
  if (G_VALUE_HOLDS (value, RAPPORT_TYPE_ADDRESS))
    {
      const RapportAddress *address = g_value_get_boxed (value);
      g_autoptr(GString) parts = g_string_new (NULL);

      for (guint i = 0; address != NULL && i < RAPPORT_ADDRESS_N_PARTS; i++)
        g_string_append_printf (parts, "%s«%s»", i > 0 ? " " : "", rapport_address_get (address, i));
      return g_string_free (g_steal_pointer (&parts), FALSE);
    }
  if (G_VALUE_HOLDS (value, G_TYPE_BYTES))
    {
      GBytes *bytes = g_value_get_boxed (value);

      return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", bytes != NULL ? g_bytes_get_size (bytes) : 0);
    }
  return g_strdup_value_contents (value);
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  const char * const empty[] = { NULL };

  return g_strv_equal (a != NULL ? a : empty, b != NULL ? b : empty);
}

/* Whether @a and @b hold the same; objects and lists of them are walked,
 * their differences added to @diffs under @where. */
static gboolean
compare_values (const GValue *a,
                const GValue *b,
                GParamSpec   *spec,
                const char   *where,
                GPtrArray    *diffs)
{
  GType type = G_VALUE_TYPE (a);

  /* Text, numbers, booleans, enums. */
  if ((G_TYPE_IS_FUNDAMENTAL (type) && type != G_TYPE_BOXED && type != G_TYPE_OBJECT && type != G_TYPE_POINTER) ||
      G_TYPE_IS_ENUM (type) || G_TYPE_IS_FLAGS (type))
    return g_param_values_cmp (spec, a, b) == 0;
  if (type == G_TYPE_STRV)
    return strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_BYTES)
    {
      GBytes *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);

      return (x == NULL && y == NULL) || (x != NULL && y != NULL && g_bytes_equal (x, y));
    }
  if (type == RAPPORT_TYPE_PARTIAL_DATE)
    {
      const RapportPartialDate *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);
      RapportPartialDate none = { 0 };

      return rapport_partial_date_equal (x != NULL ? x : &none, y != NULL ? y : &none);
    }
  if (type == RAPPORT_TYPE_ADDRESS)
    {
      const RapportAddress *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);

      return (x == NULL && y == NULL) || (x != NULL && y != NULL && rapport_address_equal (x, y));
    }
  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);

      return (x == NULL && y == NULL) || (x != NULL && y != NULL && g_date_time_equal (x, y));
    }
  if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *x = g_value_get_object (a), *y = g_value_get_object (b);

      if (x == NULL || y == NULL)
        return x == y;
      compare_objects (x, y, where, diffs);
      return TRUE;
    }
  if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);
      guint nx = x != NULL ? x->len : 0, ny = y != NULL ? y->len : 0;

      if (nx != ny)
        return FALSE;
      for (guint i = 0; i < nx; i++)
        {
          gpointer ex = g_ptr_array_index (x, i), ey = g_ptr_array_index (y, i);
          g_autofree char *item = g_strdup_printf ("%s[%u]", where, i);

          if (!G_IS_OBJECT (ex) || !G_IS_OBJECT (ey))
            {
              differ (diffs, "%s: the test cannot compare what this list holds; teach ebook-roundtrip-store.h", item);
              continue;
            }
          compare_objects (ex, ey, item, diffs);
        }
      return TRUE;
    }

  differ (diffs, "%s: the test cannot compare a %s; teach ebook-roundtrip-store.h", where, g_type_name (type));
  return TRUE;
}

static void
compare_objects (GObject    *a,
                 GObject    *b,
                 const char *where,
                 GPtrArray  *diffs)
{
  guint n = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    {
      differ (diffs, "%s: a %s became a %s", where, G_OBJECT_TYPE_NAME (a), G_OBJECT_TYPE_NAME (b));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *spec = specs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *field = NULL;

      if ((spec->flags & G_PARAM_READABLE) == 0 || g_strv_contains (not_compared, spec->name))
        continue;
      g_value_init (&va, spec->value_type);
      g_value_init (&vb, spec->value_type);
      g_object_get_property (a, spec->name, &va);
      g_object_get_property (b, spec->name, &vb);
      field = g_strdup_printf ("%s.%s", where, spec->name);
      if (!compare_values (&va, &vb, spec, field, diffs))
        {
          g_autofree char *first = describe_value (&va);
          g_autofree char *second = describe_value (&vb);

          differ (diffs, "%s: %s in the first database, %s after exporting and importing it again",
                  field, first, second);
        }
    }
}

/* The people of @first and @second, matched by uid (the export writes
 * everyone's), the same in every field. */
static void
compare_databases (const char *first,
                   const char *second,
                   GPtrArray  *diffs)
{
  g_autoptr(GPtrArray) a = load_people (first);
  g_autoptr(GPtrArray) b = load_people (second);
  g_autoptr(GHashTable) by_uid = g_hash_table_new (g_str_hash, g_str_equal);

  if (a->len != b->len)
    differ (diffs, "the export of %u people was imported as %u", a->len, b->len);
  for (guint i = 0; i < b->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (b, i);

      g_hash_table_insert (by_uid, (gpointer) rapport_contact_get_uid (contact), contact);
    }
  for (guint i = 0; i < a->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (a, i);
      RapportContact *again = g_hash_table_lookup (by_uid, rapport_contact_get_uid (contact));
      g_autofree char *name = rapport_contact_dup_name (contact);
      g_autofree char *where = g_strdup_printf ("person «%s»", name);

      if (again == NULL)
        differ (diffs, "%s: not in the database the export was imported into", where);
      else
        compare_objects (G_OBJECT (contact), G_OBJECT (again), where, diffs);
    }
}

/* What a contacts CSV carries of a person's structure: the name shown and
 * its parts, the organisation and its unit, and each email, phone, web
 * address and postal address with its parts and formatted label (a
 * label's case aside: the CSV's labels are Google's, in lower case; and
 * no GEO: Google's columns have no place for it). */
static const char * const csv_compared[] = {
  "name", "given-name", "family-name", "additional-name", "name-prefix", "name-suffix",
  "company", "department", NULL,
};

static gboolean
same_address_but_geo (const RapportAddress *a,
                      const RapportAddress *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  for (RapportAddressPart part = 0; part < RAPPORT_ADDRESS_N_PARTS; part++)
    if (part != RAPPORT_ADDRESS_GEO && !g_str_equal (rapport_address_get (a, part), rapport_address_get (b, part)))
      return FALSE;
  return TRUE;
}

static void
compare_fields_through_csv (RapportContact *a,
                            RapportContact *b,
                            const char     *where,
                            GPtrArray      *diffs)
{
  GPtrArray *fa = rapport_contact_get_fields (a);
  GPtrArray *fb = rapport_contact_get_fields (b);

  if (fa->len != fb->len)
    {
      differ (diffs, "%s: %u fields became %u", where, fa->len, fb->len);
      return;
    }
  for (guint i = 0; i < fa->len; i++)
    {
      RapportContactField *x = g_ptr_array_index (fa, i);
      RapportContactField *y = g_ptr_array_index (fb, i);
      const RapportAddress *address = rapport_contact_field_get_address (x);

      if (rapport_contact_field_get_kind (x) != rapport_contact_field_get_kind (y) ||
          !g_str_equal (rapport_contact_field_get_value (x), rapport_contact_field_get_value (y)) ||
          g_ascii_strcasecmp (rapport_contact_field_get_label (x), rapport_contact_field_get_label (y)) != 0 ||
          !same_address_but_geo (address, rapport_contact_field_get_address (y)))
        {
          g_auto(GValue) va = G_VALUE_INIT;
          g_auto(GValue) vb = G_VALUE_INIT;
          g_autofree char *first = NULL;
          g_autofree char *second = NULL;

          g_value_init (&va, RAPPORT_TYPE_ADDRESS);
          g_value_init (&vb, RAPPORT_TYPE_ADDRESS);
          g_value_set_boxed (&va, address);
          g_value_set_boxed (&vb, rapport_contact_field_get_address (y));
          first = describe_value (&va);
          second = describe_value (&vb);
          differ (diffs, "%s.fields[%u]: «%s» «%s» %s in the first database, «%s» «%s» %s after "
                  "exporting it as CSV and importing that", where, i,
                  rapport_contact_field_get_label (x), rapport_contact_field_get_value (x), first,
                  rapport_contact_field_get_label (y), rapport_contact_field_get_value (y), second);
        }
    }
}

/* The people of @first and of its CSV export imported into @third, in the
 * same order (a CSV has no uid), the same in what a CSV carries. */
static void
compare_databases_through_csv (const char *first,
                               const char *third,
                               GPtrArray  *diffs)
{
  g_autoptr(GPtrArray) a = load_people (first);
  g_autoptr(GPtrArray) b = load_people (third);

  if (a->len != b->len)
    {
      differ (diffs, "the CSV export of %u people was imported as %u", a->len, b->len);
      return;
    }
  for (guint i = 0; i < a->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (a, i);
      RapportContact *again = g_ptr_array_index (b, i);
      g_autofree char *name = rapport_contact_dup_name (contact);
      g_autofree char *where = g_strdup_printf ("person «%s»", name);

      for (guint j = 0; csv_compared[j] != NULL; j++)
        {
          g_autofree char *x = NULL;
          g_autofree char *y = NULL;

          g_object_get (contact, csv_compared[j], &x, NULL);
          g_object_get (again, csv_compared[j], &y, NULL);
          if (g_strcmp0 (x, y) != 0)
            differ (diffs, "%s.%s: «%s» in the first database, «%s» after exporting it as CSV and "
                    "importing that", where, csv_compared[j], x, y);
        }
      compare_fields_through_csv (contact, again, where, diffs);
    }
}
