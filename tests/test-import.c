/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Format detection, the one import entry point, and the identity keys that
 * matching will use.
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "interop-test-util.h"
#include "rapport-identity.h"
#include "rapport-import.h"
#include "rapport-linkedin-reader.h"
#include "rapport-vcard-reader.h"

static void
test_detect (void)
{
  static const struct {
    const char *fixture;
    RapportImportFormat format;
    guint count;
  } cases[] = {
    { "apple-3.0.vcf", RAPPORT_IMPORT_FORMAT_VCARD, 1 },
    { "android-2.1.vcf", RAPPORT_IMPORT_FORMAT_VCARD, 2 },
    { "rfc-4.0.vcf", RAPPORT_IMPORT_FORMAT_VCARD, 4 },
    { "broken.vcf", RAPPORT_IMPORT_FORMAT_VCARD, 4 },
    { "linkedin-current.csv", RAPPORT_IMPORT_FORMAT_LINKEDIN, 4 },
    { "linkedin-2018.csv", RAPPORT_IMPORT_FORMAT_LINKEDIN, 3 },
    { "linkedin-notes-quoted.csv", RAPPORT_IMPORT_FORMAT_LINKEDIN, 1 },
    { "google-contacts.csv", RAPPORT_IMPORT_FORMAT_GOOGLE_CSV, 3 },
    { "google-legacy.csv", RAPPORT_IMPORT_FORMAT_GOOGLE_CSV, 1 },
    { "outlook.csv", RAPPORT_IMPORT_FORMAT_CSV, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = test_load_fixture (cases[i].fixture);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) contacts = NULL;
      RapportImportFormat format = RAPPORT_IMPORT_FORMAT_UNKNOWN;
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      g_test_message ("%s", cases[i].fixture);
      g_assert_cmpint (rapport_import_detect_format (data, len), ==, cases[i].format);
      contacts = rapport_import_read (bytes, &format, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_cmpuint (contacts->len, ==, cases[i].count);
      g_assert_cmpstr (rapport_import_format_get_label (format), !=, "");
    }
}

static void
test_detect_edges (void)
{
  static const char quoted[] = "First Name,Last Name,Notes\r\nAda,Example,\"pasted BEGIN:VCARD here\"\r\n";
  static const char bom[] = "\xEF\xBB\xBF" "begin:vcard\nfn:Bom Example\nend:vcard\n";
  static const char nul[] = "\0\0BEGIN:VCARD\nFN:Nul Example\nEND:VCARD\n";

  g_assert_cmpint (rapport_import_detect_format (quoted, sizeof quoted - 1), ==, RAPPORT_IMPORT_FORMAT_CSV);
  g_assert_cmpint (rapport_import_detect_format (bom, sizeof bom - 1), ==, RAPPORT_IMPORT_FORMAT_VCARD);
  g_assert_cmpint (rapport_import_detect_format (nul, sizeof nul - 1), ==, RAPPORT_IMPORT_FORMAT_VCARD);
}

static void
test_unknown (void)
{
  static const char * const inputs[] = {
    "", "just some text\nwith lines\n", "\x89PNG\r\n\x1a\n", "Date,Amount\n2024-01-01,3\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) contacts = NULL;
      RapportImportFormat format = RAPPORT_IMPORT_FORMAT_VCARD;

      contacts = rapport_import_read (bytes, &format, NULL, &error);
      g_assert_null (contacts);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
      g_assert_cmpint (format, ==, RAPPORT_IMPORT_FORMAT_UNKNOWN);
    }
}

static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (6350);

  for (guint round = 0; round < 1000; round++)
    {
      gsize len = g_rand_int_range (rand, 0, 1024);
      g_autofree char *data = g_malloc (len + 1);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) contacts = NULL;
      g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
      g_autoptr(GError) error = NULL;

      for (gsize i = 0; i < len; i++)
        data[i] = (char) g_rand_int_range (rand, 0, 256);
      if (round % 3 == 0 && len > 20)
        memcpy (data, "First Name,Last Name,", 21);
      bytes = g_bytes_new_take (g_steal_pointer (&data), len);
      contacts = rapport_import_read (bytes, NULL, problems, &error);
      g_assert_true ((contacts == NULL) == (error != NULL));
    }
}

static void
test_emails (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { " Ada@Example.ORG ", "ada@example.org" },
    { "mailto:Charles@Engines.Example", "charles@engines.example" },
    { "urn:li:member:123456789", NULL },
    { "not an email", NULL },
    { "two@at@signs.example", NULL },
    { "@example.org", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = rapport_identity_normalize_email (cases[i].in);

      g_assert_cmpstr (normal, ==, cases[i].out);
    }
  g_assert_null (rapport_identity_normalize_email (NULL));
}

static void
test_phones (void)
{
  static const struct { const char *a, *b; gboolean same; } pairs[] = {
    { "+44 20 7946 0018", "020 7946 0018", TRUE },
    { "0044 20 7946 0018", "+44 20 7946 0018", TRUE },
    { "+1 (415) 555-0100", "415.555.0100", TRUE },
    { "+49 30 1234567", "030 1234567", TRUE },
    { "555 0100 x12", "5550100", TRUE },
    { "+1 415 555 0100", "+1 415 555 0199", FALSE },
    { "+44 20 7946 0018", "+33 20 7946 0018", FALSE },
    { "123", "123", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *ka = rapport_identity_normalize_phone (pairs[i].a);
      g_autofree char *kb = rapport_identity_normalize_phone (pairs[i].b);

      g_test_message ("%s ~ %s", pairs[i].a, pairs[i].b);
      g_assert_cmpint (rapport_identity_phones_match (pairs[i].a, pairs[i].b), ==, pairs[i].same);
      /* The key never separates two numbers that match. */
      if (pairs[i].same)
        g_assert_cmpstr (ka, ==, kb);
    }
  {
    g_autofree char *key = rapport_identity_normalize_phone ("+44 20 7946 0018");
    g_autofree char *arabic = rapport_identity_normalize_phone ("٠٢٠ ٧٩٤٦ ٠٠١٨");

    g_assert_cmpstr (key, ==, "079460018");
    g_assert_cmpstr (arabic, ==, key);
    g_assert_null (rapport_identity_normalize_phone ("12"));
  }
}

static void
test_urls (void)
{
  static const struct { const char *in, *clean, *key; } cases[] = {
    { "HTTPS://WWW.LinkedIn.com/in/Charles-Example/", "https://www.linkedin.com/in/Charles-Example",
      "linkedin.com/in/charles-example" },
    { "linkedin.com/in/ada-example?trk=people#top", "https://linkedin.com/in/ada-example?trk=people#top",
      "linkedin.com/in/ada-example" },
    { " http://Example.ORG/ ", "http://example.org", "example.org" },
    { "", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clean = rapport_identity_clean_url (cases[i].in);
      g_autofree char *key = rapport_identity_normalize_url (cases[i].in);

      g_assert_cmpstr (clean, ==, cases[i].clean);
      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_keys (void)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) keys = NULL;
  g_autofree char *name = NULL;
  static const char * const expected[] = {
    "email:ada@example.org", "phone:155550100", "url:linkedin.com/in/ada-example", NULL
  };

  rapport_contact_set_display_name (contact, "  Ada   LOVELACE ");
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", "Ada@Example.org"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "home", "ada@example.ORG"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "urn:li:member:1"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "", "+1 415 555 0100"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_URL, "LinkedIn", "https://www.linkedin.com/in/Ada-Example/"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_ADDRESS, "", "1 Example Road"));
  rapport_contact_set_fields (contact, fields);

  keys = rapport_identity_keys (contact);
  test_assert_strv ((const char * const *) keys, expected);
  name = rapport_identity_name_key (contact);
  g_assert_cmpstr (name, ==, "ada lovelace");
}

/* The same person from LinkedIn and from a phone's vCard share a key. */
static void
test_keys_across_formats (void)
{
  static const char vcard[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Charles Babbage\r\n"
    "item1.URL:http\\://linkedin.com/in/charles-example/\r\nitem1.X-ABLabel:LinkedIn\r\nEND:VCARD\r\n";
  g_autoptr(GBytes) csv = test_load_fixture ("linkedin-current.csv");
  gsize len = 0;
  const char *data = g_bytes_get_data (csv, &len);
  g_autoptr(GPtrArray) from_linkedin = rapport_linkedin_read (data, len, NULL, NULL);
  g_autoptr(GPtrArray) from_vcard = rapport_vcard_read (vcard, sizeof vcard - 1, NULL, NULL);
  g_auto(GStrv) a = rapport_identity_keys (g_ptr_array_index (from_linkedin, 1));
  g_auto(GStrv) b = rapport_identity_keys (g_ptr_array_index (from_vcard, 0));

  g_assert_true (g_strv_contains ((const char * const *) a, "url:linkedin.com/in/charles-example"));
  g_assert_true (g_strv_contains ((const char * const *) b, "url:linkedin.com/in/charles-example"));
}

/* When a shared email, number or profile may make two records one person. */
static void
test_names_agree (void)
{
  const struct
  {
    const char *a, *b;
    gboolean agree;
  } cases[] = {
    /* The same person written differently. */
    { "John Smith", "john smith", TRUE },
    { "John Smith", "  JOHN   SMITH ", TRUE },
    { "José Álvarez", "Jose Alvarez", TRUE },
    { "Søren Kierkegaard", "Soren Kierkegaard", TRUE },
    { "Đorđe Petrović", "Dorde Petrovic", TRUE },
    { "Łukasz Wałęsa", "Lukasz Walesa", TRUE },
    { "Jürgen Müller", "Jurgen Muller", TRUE },
    { "Straße", "Strasse", TRUE },
    { "J. Smith", "John Smith", TRUE },
    { "John Smith", "J Smith", TRUE },
    { "J.-L. Picard", "Jean-Luc Picard", TRUE },
    { "Jean Luc Picard", "Jean-Luc Picard", TRUE },
    { "Smith John", "John Smith", TRUE },
    { "Smith, John", "John Smith", TRUE },
    { "John Adam Smith", "John Smith", TRUE },
    { "John A. Smith", "John Smith", TRUE },
    { "Ana Silva", "Ana Maria Silva Costa", TRUE },
    { "Dr John Smith", "John Smith", TRUE },
    { "John Smith Jr.", "Dr. John Smith", TRUE },
    { "O'Brien, Siobhán", "Siobhan OBrien", TRUE },
    { "John", "John Smith", TRUE },
    { "Smith", "John Smith", TRUE },
    { "山田 太郎", "山田太郎", TRUE },
    { "Александр Иванов", "александр иванов", TRUE },
    /* Another person. */
    { "Anna Berg", "Erik Berg", FALSE },
    { "John Smith", "Jane Smith", FALSE },
    { "John A. Smith", "John B. Smith", FALSE },
    { "John Smith", "John Smithson", FALSE },
    { "Jan Novák", "Jana Nováková", FALSE },
    { "Jan Novák", "Jana Novák", FALSE },
    { "Ben Ng", "Benjamin Ng", FALSE },
    { "J. S.", "John Smith", FALSE },
    { "J Smith", "K Smith", FALSE },
    { "Info", "Ana Silva", FALSE },
    { "Sales Team", "Ana Silva", FALSE },
    { "Ada Lovelace", "Charles Babbage", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s / %s", cases[i].a, cases[i].b);
      g_assert_cmpint (rapport_identity_names_agree (cases[i].a, cases[i].b), ==, cases[i].agree);
      g_assert_cmpint (rapport_identity_names_agree (cases[i].b, cases[i].a), ==, cases[i].agree);
    }

  /* No name agrees with any: the card says nothing against it. */
  g_assert_true (rapport_identity_names_agree (NULL, "Ana Silva"));
  g_assert_true (rapport_identity_names_agree ("Ana Silva", ""));
  g_assert_true (rapport_identity_names_agree (" , ", "Ana Silva"));
  g_assert_true (rapport_identity_names_agree ("Dr.", "Ana Silva"));
  g_assert_true (rapport_identity_names_agree ("Bad \xff bytes", "Ana Silva"));
}

static void
test_names_same (void)
{
  g_autoptr(RapportNameParts) a = rapport_identity_name_parts_new ("Smith, John");
  g_autoptr(RapportNameParts) b = rapport_identity_name_parts_new ("john SMITH");
  g_autoptr(RapportNameParts) c = rapport_identity_name_parts_new ("J. Smith");
  g_autoptr(RapportNameParts) d = rapport_identity_name_parts_new ("John Smith Smith");

  g_assert_true (rapport_identity_name_parts_same (a, b));
  g_assert_false (rapport_identity_name_parts_same (a, c));
  g_assert_true (rapport_identity_name_parts_agree (a, c));
  g_assert_false (rapport_identity_name_parts_same (a, d));
  g_assert_null (rapport_identity_name_parts_new ("  "));
  g_assert_null (rapport_identity_name_parts_new (NULL));
}

/* The name that counts is the person's, never the company shown instead. */
static void
test_person_name (void)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autofree char *none = NULL;
  g_autofree char *name = NULL;

  rapport_contact_set_company (contact, "Acme");
  none = rapport_identity_person_name (contact);
  g_assert_null (none);
  rapport_contact_set_given_name (contact, "Ana");
  rapport_contact_set_family_name (contact, "Silva");
  name = rapport_identity_person_name (contact);
  g_assert_cmpstr (name, ==, "Ana Silva");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/import/detect", test_detect);
  g_test_add_func ("/rapport/import/detect-edges", test_detect_edges);
  g_test_add_func ("/rapport/import/unknown", test_unknown);
  g_test_add_func ("/rapport/import/random", test_random);
  g_test_add_func ("/rapport/identity/emails", test_emails);
  g_test_add_func ("/rapport/identity/phones", test_phones);
  g_test_add_func ("/rapport/identity/urls", test_urls);
  g_test_add_func ("/rapport/identity/keys", test_keys);
  g_test_add_func ("/rapport/identity/keys-across-formats", test_keys_across_formats);
  g_test_add_func ("/rapport/identity/names-agree", test_names_agree);
  g_test_add_func ("/rapport/identity/names-same", test_names_same);
  g_test_add_func ("/rapport/identity/person-name", test_person_name);

  return g_test_run ();
}
