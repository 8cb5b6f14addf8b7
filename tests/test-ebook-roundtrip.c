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
 * in ebook-roundtrip-expected.h. Then the export is imported into an empty
 * database, which must hold the same people, field for field; and the
 * database exported as CSV and imported again must keep the same names,
 * organisations and addresses, part by part.
 *
 * Every difference is listed before the test fails, so that one run tells
 * all that is still flattened or lost. (Not yet done: the fuzz targets'
 * and the property tests' inputs through the same comparison.)
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ebook-roundtrip-expected.h"
#include "ebook-roundtrip-read.h"
#include "ebook-roundtrip-store.h"
#include "rapport-bench-data.h"
#include "rapport-identity.h"
#include "rapport-test-util.h"
#include "rapport-transfer.h"

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

/* The strongest evidence first: the uid, the name, then an email or a
 * phone — which people share (docs/identity.md), so only after the name. */
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
      return a->fn != NULL && g_strcmp0 (a->fn, b->fn) == 0;
    case 2:
      return a->has_name && g_str_equal (a->name[0], b->name[0]) && g_str_equal (a->name[1], b->name[1]);
    case 3:
      return share_one (a->emails, b->emails);
    case 4:
      return share_one (a->phones, b->phones);
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

          Person *into = merged >= 0 ? g_ptr_array_index (sent, ((Person *) g_ptr_array_index (back, merged))->partner) : NULL;

          /* The identity rules merge a card that shares an email or a
           * phone with a name that agrees: the same person, written twice. */
          if (into != NULL && (share_one (person->emails, into->emails) || share_one (person->phones, into->phones)) &&
              rapport_identity_names_agree (person->fn, into->fn))
            g_test_message ("%s: the same person as %s, as the identity rules say", person->where, into->where);
          else if (into != NULL)
            differ (diffs, "%s: merged into the same person as %s", person->where, into->where);
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
