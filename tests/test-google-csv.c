/* test-google-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Google Contacts CSV, its older header, and other contact CSV (Outlook).
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "interop-test-util.h"
#include "rapport-google-csv-reader.h"
#include "rapport-google-csv-writer.h"
#include "rapport-vcard-reader.h"

static GPtrArray *
read_fixture (const char *name,
              GPtrArray  *problems)
{
  g_autoptr(GBytes) bytes = test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  GPtrArray *contacts = rapport_google_csv_read (data, len, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contacts);
  for (guint i = 0; i < contacts->len; i++)
    test_assert_contact_valid (g_ptr_array_index (contacts, i));
  return contacts;
}

static void
test_current (void)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = read_fixture ("google-contacts.csv", problems);
  RapportContact *priya, *luis, *wen;
  RapportImportProblem *problem;
  static const char * const priya_tags[] = { "Robotics", "starred", NULL };
  static const char * const wen_tags[] = { "Friends", NULL };
  static const char * const no_tags[] = { NULL };

  g_assert_cmpuint (contacts->len, ==, 3);
  priya = g_ptr_array_index (contacts, 0);
  luis = g_ptr_array_index (contacts, 1);
  wen = g_ptr_array_index (contacts, 2);

  g_assert_cmpstr (rapport_contact_get_given_name (priya), ==, "Priya Anand");
  g_assert_cmpstr (rapport_contact_get_family_name (priya), ==, "Example");
  g_assert_cmpstr (rapport_contact_get_nickname (priya), ==, "Pri");
  g_assert_cmpstr (rapport_contact_get_company (priya), ==, "Example Robotics");
  g_assert_cmpstr (rapport_contact_get_profession (priya), ==, "CTO");
  g_assert_cmpstr (rapport_contact_get_notes (priya), ==, "Met at RoboConf.\nFollow up about sensors.");
  test_assert_date (rapport_contact_get_birthday (priya), 1985, 12, 10);
  /* Labels become tags, without "* myContacts". */
  test_assert_strv (rapport_contact_get_tags (priya), priya_tags);
  /* ` ::: ` gives several fields with the group's label; `* ` marks the
   * primary group, which comes first of its kind. */
  g_assert_cmpuint (rapport_contact_get_fields (priya)->len, ==, 8);
  test_assert_field (priya, 0, RAPPORT_FIELD_EMAIL, "work", "priya@robotics.example");
  test_assert_field (priya, 1, RAPPORT_FIELD_EMAIL, "work", "priya.anand@robotics.example");
  test_assert_field (priya, 2, RAPPORT_FIELD_EMAIL, "home", "priya@home.example");
  test_assert_field (priya, 3, RAPPORT_FIELD_PHONE, "work", "+91 80 1234 5678");
  test_assert_field (priya, 4, RAPPORT_FIELD_PHONE, "mobile", "+91 98765 43210");
  test_assert_field (priya, 5, RAPPORT_FIELD_PHONE, "mobile", "+91 98765 00000");
  test_assert_field (priya, 6, RAPPORT_FIELD_URL, "profile", "https://priya.example");
  test_assert_field (priya, 7, RAPPORT_FIELD_ADDRESS, "work", "1 Example Park\nBengaluru 560001\nIndia");
  /* The photo is a URL: never fetched. */
  g_assert_null (rapport_contact_get_photo (priya));

  /* No formatted address: the parts joined. */
  g_assert_cmpstr (rapport_contact_get_given_name (luis), ==, "Luis");
  test_assert_date (rapport_contact_get_birthday (luis), 0, 4, 12);
  test_assert_strv (rapport_contact_get_tags (luis), no_tags);
  g_assert_cmpuint (rapport_contact_get_fields (luis)->len, ==, 2);
  test_assert_field (luis, 0, RAPPORT_FIELD_EMAIL, "other", "luis@example.org");
  test_assert_field (luis, 1, RAPPORT_FIELD_ADDRESS, "", "Calle Falsa 123, Springfield, 12345, Spain");

  test_assert_strv (rapport_contact_get_tags (wen), wen_tags);
  g_assert_true (rapport_partial_date_is_empty (rapport_contact_get_birthday (wen)));

  /* Line numbers count the line breaks inside quoted cells. */
  g_assert_cmpuint (problems->len, ==, 2);
  problem = test_problem (problems, 0);
  g_assert_cmpuint (problem->where, ==, 8);
  g_assert_true (problem->skipped);
  /* The fixture's row with no one in it is also a column short. */
  g_assert_cmpstr (problem->message, ==, "Line 8 was skipped: it has 35 columns where the header has 36");
  problem = test_problem (problems, 1);
  g_assert_cmpuint (problem->where, ==, 9);
  g_assert_false (problem->skipped);
  g_assert_cmpstr (problem->message, ==, "Line 9: “13/45/2000” is not a date; the rest was imported");
}

static void
test_legacy (void)
{
  g_autoptr(GPtrArray) contacts = read_fixture ("google-legacy.csv", NULL);
  RapportContact *noor;
  static const char * const tags[] = { "Family", NULL };

  g_assert_cmpuint (contacts->len, ==, 1);
  noor = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (rapport_contact_get_display_name (noor), ==, "Noor Example");
  g_assert_cmpstr (rapport_contact_get_given_name (noor), ==, "Noor");
  g_assert_cmpstr (rapport_contact_get_family_name (noor), ==, "Example");
  g_assert_cmpstr (rapport_contact_get_company (noor), ==, "Example Shipping");
  g_assert_cmpstr (rapport_contact_get_profession (noor), ==, "Captain");
  test_assert_date (rapport_contact_get_birthday (noor), 1990, 1, 2);
  test_assert_strv (rapport_contact_get_tags (noor), tags);
  test_assert_field (noor, 0, RAPPORT_FIELD_EMAIL, "home", "noor@example.org");
  test_assert_field (noor, 1, RAPPORT_FIELD_PHONE, "mobile", "+20 100 000 0000");
  test_assert_field (noor, 2, RAPPORT_FIELD_URL, "blog", "https://noor.example/");
}

static void
test_outlook (void)
{
  g_autoptr(GPtrArray) contacts = read_fixture ("outlook.csv", NULL);
  RapportContact *olu;

  g_assert_cmpuint (contacts->len, ==, 1);
  olu = g_ptr_array_index (contacts, 0);
  /* Windows-1252 bytes. */
  g_assert_cmpstr (rapport_contact_get_family_name (olu), ==, "Exämple");
  g_assert_cmpstr (rapport_contact_get_company (olu), ==, "Example Outfitters");
  g_assert_cmpstr (rapport_contact_get_profession (olu), ==, "Buyer");
  g_assert_cmpstr (rapport_contact_get_notes (olu), ==, "Likes \"quoted\" notes, with commas");
  g_assert_cmpuint (rapport_contact_get_fields (olu)->len, ==, 5);
  test_assert_field (olu, 0, RAPPORT_FIELD_EMAIL, "", "olu@outfitters.example");
  test_assert_field (olu, 1, RAPPORT_FIELD_EMAIL, "", "olu@home.example");
  test_assert_field (olu, 2, RAPPORT_FIELD_PHONE, "mobile", "+234 800 000 0000");
  test_assert_field (olu, 3, RAPPORT_FIELD_PHONE, "work", "+234 1 000 0000");
  test_assert_field (olu, 4, RAPPORT_FIELD_URL, "", "https://outfitters.example");
}

static void
test_not_contacts (void)
{
  static const char data[] = "Date,Amount\r\n2024-01-01,12\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = rapport_google_csv_read (data, sizeof data - 1, NULL, &error);

  g_assert_null (contacts);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_random (void)
{
  g_autoptr(GBytes) bytes = test_load_fixture ("google-contacts.csv");
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1986);

  /* Every truncation, and random damage to the rows. */
  for (gsize cut = 0; cut <= len; cut++)
    {
      g_autoptr(GPtrArray) contacts = rapport_google_csv_read (data, cut, NULL, NULL);

      for (guint i = 0; contacts != NULL && i < contacts->len; i++)
        test_assert_contact_valid (g_ptr_array_index (contacts, i));
    }
  for (guint round = 0; round < 300; round++)
    {
      g_autofree char *copy = g_memdup2 (data, len);
      g_autoptr(GPtrArray) contacts = NULL;

      for (guint i = 0; i < 20; i++)
        copy[g_rand_int_range (rand, 0, len)] = ",\":\r\n* \xff\x00"[g_rand_int_range (rand, 0, 9)];
      contacts = rapport_google_csv_read (copy, len, NULL, NULL);
      for (guint i = 0; contacts != NULL && i < contacts->len; i++)
        test_assert_contact_valid (g_ptr_array_index (contacts, i));
    }
}

static void
assert_same_person (RapportContact *a,
                    RapportContact *b)
{
  static const char * const props[] = {
    "given-name", "family-name", "nickname", "company", "profession", "notes",
  };
  g_autofree char *name_a = rapport_contact_dup_name (a);
  g_autofree char *name_b = rapport_contact_dup_name (b);
  GPtrArray *fields = rapport_contact_get_fields (a);

  g_assert_cmpstr (name_a, ==, name_b);
  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    {
      g_autofree char *va = NULL;
      g_autofree char *vb = NULL;

      g_object_get (a, props[i], &va, NULL);
      g_object_get (b, props[i], &vb, NULL);
      g_assert_cmpstr (va, ==, vb);
    }
  g_assert_true (rapport_partial_date_equal (rapport_contact_get_birthday (a),
                                             rapport_contact_get_birthday (b)));
  test_assert_strv (rapport_contact_get_tags (b), rapport_contact_get_tags (a));
  g_assert_cmpuint (rapport_contact_get_fields (b)->len, ==, fields->len);
  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);

      RapportContactField *other = g_ptr_array_index (rapport_contact_get_fields (b), i);

      /* Google's own labels are read in lower case: "Blog" from an Apple
       * card comes back "blog". */
      g_assert_cmpint (rapport_contact_field_get_kind (other), ==, rapport_contact_field_get_kind (field));
      g_assert_cmpstr (rapport_contact_field_get_value (other), ==, rapport_contact_field_get_value (field));
      g_assert_cmpint (g_ascii_strcasecmp (rapport_contact_field_get_label (other),
                                           rapport_contact_field_get_label (field)), ==, 0);
    }
}

/* People read from any format, written as CSV, read back the same. */
static void
test_round_trip (void)
{
  static const char * const fixtures[] = { "google-contacts.csv", "google-legacy.csv", "apple-3.0.vcf", "rfc-4.0.vcf" };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(GBytes) bytes = test_load_fixture (fixtures[f]);
      g_autoptr(GPtrArray) first = NULL;
      g_autoptr(GPtrArray) second = NULL;
      g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
      g_autoptr(GBytes) written = NULL;
      g_autoptr(GBytes) rewritten = NULL;
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      g_test_message ("%s", fixtures[f]);
      if (g_str_has_suffix (fixtures[f], ".vcf"))
        first = rapport_vcard_read (data, len, NULL, NULL);
      else
        first = rapport_google_csv_read (data, len, NULL, NULL);
      written = rapport_google_csv_write (first);
      data = g_bytes_get_data (written, &len);
      second = rapport_google_csv_read (data, len, problems, NULL);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpuint (second->len, ==, first->len);
      for (guint i = 0; i < first->len; i++)
        assert_same_person (g_ptr_array_index (first, i), g_ptr_array_index (second, i));

      /* From then on, nothing changes. */
      rewritten = rapport_google_csv_write (second);
      if (!g_str_has_suffix (fixtures[f], ".vcf"))
        g_assert_true (g_bytes_equal (written, rewritten));
      else
        {
          g_autoptr(GPtrArray) third = NULL;
          g_autoptr(GBytes) again = NULL;

          data = g_bytes_get_data (rewritten, &len);
          third = rapport_google_csv_read (data, len, NULL, NULL);
          again = rapport_google_csv_write (third);
          g_assert_true (g_bytes_equal (rewritten, again));
        }
    }
}

static void
test_writer (void)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GPtrArray) contacts = g_ptr_array_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  RapportPartialDate birthday = { 0, 4, 12 };
  static const char * const tags[] = { "Chess, club", NULL };

  rapport_contact_set_given_name (contact, "Amara");
  rapport_contact_set_family_name (contact, "Example");
  rapport_contact_set_notes (contact, "Says \"hi\"\nTwice");
  rapport_contact_set_birthday (contact, &birthday);
  rapport_contact_set_tags (contact, tags);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", "a@work.example"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "a@home.example"));
  rapport_contact_set_fields (contact, fields);
  g_ptr_array_add (contacts, contact);

  bytes = rapport_google_csv_write (contacts);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   "First Name,Middle Name,Last Name,Nickname,File As,Organization Name,"
                   "Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                   "E-mail 2 - Label,E-mail 2 - Value\r\n"
                   "Amara,,Example,,,,,--04-12,\"Says \"\"hi\"\"\nTwice\",\"* myContacts ::: Chess, club\","
                   "* work,a@work.example,,a@home.example\r\n",
                   strlen ("First Name,Middle Name,Last Name,Nickname,File As,Organization Name,"
                           "Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                           "E-mail 2 - Label,E-mail 2 - Value\r\n"
                           "Amara,,Example,,,,,--04-12,\"Says \"\"hi\"\"\nTwice\",\"* myContacts ::: Chess, club\","
                           "* work,a@work.example,,a@home.example\r\n"));
}

/* A row that lost a column is skipped, and said so with its line. */
static void
test_short_row (void)
{
  static const char data[] =
    "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value\n"
    "Ada Lovelace,Ada,Lovelace,ada@example.org,+44 20 7946 0018\n"
    "Charles Babbage,Charles,charles@example.org,+44 20 7946 0019\n";
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = rapport_google_csv_read (data, sizeof data - 1, problems, NULL);
  RapportImportProblem *problem;

  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_true (problem->skipped);
  g_assert_cmpuint (problem->where, ==, 3);
  g_assert_cmpstr (problem->message, ==, "Line 3 was skipped: it has 4 columns where the header has 5");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/google-csv/current", test_current);
  g_test_add_func ("/rapport/google-csv/legacy", test_legacy);
  g_test_add_func ("/rapport/google-csv/outlook", test_outlook);
  g_test_add_func ("/rapport/google-csv/not-contacts", test_not_contacts);
  g_test_add_func ("/rapport/google-csv/random", test_random);
  g_test_add_func ("/rapport/google-csv/writer", test_writer);
  g_test_add_func ("/rapport/google-csv/round-trip", test_round_trip);
  g_test_add_func ("/rapport/google-csv/short-row", test_short_row);

  return g_test_run ();
}
