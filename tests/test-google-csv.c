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
  return test_read_fixture (rapport_google_csv_read, name, problems);
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

  /* The middle name stays a part of its own; the department too. */
  test_assert_name (priya, "", "Priya", "Anand", "Example", "");
  g_assert_false (rapport_contact_get_name_chosen (priya));
  g_assert_cmpstr (rapport_contact_get_nickname (priya), ==, "Pri");
  g_assert_cmpstr (rapport_contact_get_company (priya), ==, "Example Robotics");
  g_assert_cmpstr (rapport_contact_get_department (priya), ==, "R&D");
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
  /* The parts, in their places; Google's formatted form is its label. */
  test_assert_address (priya, 7, "work", "", "", "1 Example Park", "Bengaluru", "KA", "560001", "India");
  g_assert_cmpstr (rapport_address_get (rapport_contact_field_get_address (g_ptr_array_index (rapport_contact_get_fields (priya), 7)),
                                        RAPPORT_ADDRESS_LABEL),
                   ==, "1 Example Park\nBengaluru 560001\nIndia");
  /* The photo is a URL: never fetched. */
  g_assert_null (rapport_contact_get_photo (priya));

  /* No formatted address: the parts. */
  g_assert_cmpstr (rapport_contact_get_given_name (luis), ==, "Luis");
  test_assert_date (rapport_contact_get_birthday (luis), 0, 4, 12);
  test_assert_strv (rapport_contact_get_tags (luis), no_tags);
  g_assert_cmpuint (rapport_contact_get_fields (luis)->len, ==, 2);
  test_assert_field (luis, 0, RAPPORT_FIELD_EMAIL, "other", "luis@example.org");
  test_assert_address (luis, 1, "", "", "", "Calle Falsa 123", "Springfield", "", "12345", "Spain");

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
  test_assert_shown_name (noor, "Noor Example");
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

/* Google's "File As" sorts a person ("Family, Given"): it is never the
 * name shown over their name. Outlook's Title is a prefix, its
 * Department a unit, and its addresses come in parts, street lines and all. */
static void
test_parts (void)
{
  static const char google[] =
    "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,File As,Organization Name,Organization Department,"
    "Address 1 - Label,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
    "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address\r\n"
    "Ada,\"Augusta, Byron\",Lovelace,Countess,FRS,\"Lovelace, Ada\",Analytical Engines,Research,"
    "Home,12 St James's Square,London,PO Box 7,Greater London,SW1Y 4JH,United Kingdom,Flat 2\r\n"
    ",,,,,\"Only, Filed\",,,,,,,,,,\r\n";
  static const char outlook[] =
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
    "Business Street,Business Street 2,Business City,Business State,Business Postal Code,"
    "Business Country/Region,Home Street,Home City,Home Postal Code\r\n"
    "Dr.,Grace,Brewster,Hopper,PhD,Navy,Computing Lab,Rear Admiral,"
    "1 Harbor Way,Building 4,Arlington,VA,22201,USA,5 Elm Row,Edinburgh,EH7 4AA\r\n";
  g_autoptr(GPtrArray) people = rapport_google_csv_read (google, sizeof google - 1, NULL, NULL);
  g_autoptr(GPtrArray) staff = rapport_google_csv_read (outlook, sizeof outlook - 1, NULL, NULL);
  RapportContact *ada, *filed, *grace;

  g_assert_cmpuint (people->len, ==, 2);
  ada = g_ptr_array_index (people, 0);
  test_assert_name (ada, "Countess", "Ada", "Augusta, Byron", "Lovelace", "FRS");
  g_assert_false (rapport_contact_get_name_chosen (ada));
  test_assert_shown_name (ada, "Countess Ada Augusta Byron Lovelace FRS");
  g_assert_cmpstr (rapport_contact_get_company (ada), ==, "Analytical Engines");
  g_assert_cmpstr (rapport_contact_get_department (ada), ==, "Research");
  test_assert_address (ada, 0, "home", "PO Box 7", "Flat 2", "12 St James's Square", "London",
                       "Greater London", "SW1Y 4JH", "United Kingdom");
  /* With nothing else to go by, "File As" is better than no name. */
  filed = g_ptr_array_index (people, 1);
  test_assert_shown_name (filed, "Only, Filed");

  g_assert_cmpuint (staff->len, ==, 1);
  grace = g_ptr_array_index (staff, 0);
  test_assert_name (grace, "Dr.", "Grace", "Brewster", "Hopper", "PhD");
  g_assert_cmpstr (rapport_contact_get_company (grace), ==, "Navy");
  g_assert_cmpstr (rapport_contact_get_department (grace), ==, "Computing Lab");
  g_assert_cmpstr (rapport_contact_get_profession (grace), ==, "Rear Admiral");
  g_assert_cmpuint (rapport_contact_get_fields (grace)->len, ==, 2);
  test_assert_address (grace, 0, "work", "", "", "1 Harbor Way\nBuilding 4", "Arlington", "VA", "22201", "USA");
  test_assert_address (grace, 1, "home", "", "", "5 Elm Row", "Edinburgh", "", "EH7 4AA", "");
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
    "display-name", "name-prefix", "given-name", "additional-name", "family-name", "name-suffix",
    "nickname", "company", "department", "profession", "notes",
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
      /* An address's parts come back in their places. */
      if (rapport_contact_field_get_kind (field) == RAPPORT_FIELD_ADDRESS)
        for (guint p = 0; p < RAPPORT_ADDRESS_N_PARTS; p++)
          if (p != RAPPORT_ADDRESS_GEO)
            g_assert_cmpstr (rapport_address_get (rapport_contact_field_get_address (other), p), ==,
                             rapport_address_get (rapport_contact_field_get_address (field), p));
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

/* A person whose details a spreadsheet would run as formulas (a name such as
 * =HYPERLINK(…) arrives from any imported file): exported with a quote
 * before each, and read back by Rapport exactly. (This reader trims spaces
 * and tabs around values; test-csv checks a leading tab.) */
static void
test_formulas_round_trip (void)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GPtrArray) contacts = g_ptr_array_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  static const char * const tags[] = { "=cmd|' /C calc'!A0", NULL };

  rapport_contact_set_given_name (contact, "=HYPERLINK(\"https://attacker.example\",\"Ana\")");
  rapport_contact_set_family_name (contact, "+cmd|' /C calc'!A0");
  rapport_contact_set_nickname (contact, "'=already quoted");
  rapport_contact_set_company (contact, "-2+3+cmd|' /C calc'!A0");
  rapport_contact_set_profession (contact, "=1+1");
  rapport_contact_set_notes (contact, "@SUM(1+1)");
  rapport_contact_set_tags (contact, tags);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "=work", "=1+1@example.org"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "mobile", "+49 30 1234567"));
  rapport_contact_set_fields (contact, fields);
  g_ptr_array_add (contacts, contact);

  bytes = rapport_google_csv_write (contacts);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\"'=HYPERLINK("));
  g_assert_nonnull (strstr (text, ",'+cmd|"));
  g_assert_nonnull (strstr (text, ",''=already quoted,"));
  g_assert_nonnull (strstr (text, ",'-2+3+cmd|"));
  g_assert_nonnull (strstr (text, ",'=1+1,"));
  g_assert_nonnull (strstr (text, ",'@SUM(1+1),"));
  g_assert_nonnull (strstr (text, ",'=1+1@example.org"));
  /* A phone number stays one for the address books that import it. */
  g_assert_nonnull (strstr (text, ",+49 30 1234567"));

  back = rapport_google_csv_read (text, strlen (text), problems, NULL);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (back->len, ==, 1);
  assert_same_person (contact, g_ptr_array_index (back, 0));
  g_assert_cmpstr (rapport_contact_get_given_name (g_ptr_array_index (back, 0)), ==,
                   "=HYPERLINK(\"https://attacker.example\",\"Ana\")");
  g_assert_cmpstr (rapport_contact_get_nickname (g_ptr_array_index (back, 0)), ==, "'=already quoted");
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

  g_autoptr(RapportAddress) home = rapport_address_new ();

  rapport_contact_set_name_prefix (contact, "Dr.");
  rapport_contact_set_given_name (contact, "Amara");
  rapport_contact_set_additional_name (contact, "Ngozi,Ada");
  rapport_contact_set_family_name (contact, "Example");
  rapport_contact_set_company (contact, "Example Ltd");
  rapport_contact_set_department (contact, "Sales;EMEA");
  rapport_contact_set_notes (contact, "Says \"hi\"\nTwice");
  rapport_address_set (home, RAPPORT_ADDRESS_STREET, "1 Example Street, Flat 2");
  rapport_address_set (home, RAPPORT_ADDRESS_LOCALITY, "Lagos");
  rapport_address_set (home, RAPPORT_ADDRESS_REGION, "Lagos State");
  rapport_address_set (home, RAPPORT_ADDRESS_POSTAL_CODE, "100001");
  rapport_address_set (home, RAPPORT_ADDRESS_COUNTRY, "Nigeria");
  rapport_contact_set_birthday (contact, &birthday);
  rapport_contact_set_tags (contact, tags);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", "a@work.example"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "a@home.example"));
  g_ptr_array_add (fields, rapport_contact_field_new_address ("home", home));
  rapport_contact_set_fields (contact, fields);
  g_ptr_array_add (contacts, contact);

  bytes = rapport_google_csv_write (contacts);
  {
    static const char expected[] =
      "Name,Name Prefix,First Name,Middle Name,Last Name,Name Suffix,Nickname,File As,Organization Name,"
      "Organization Title,Organization Department,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
      "E-mail 2 - Label,E-mail 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
      "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
      "Address 1 - Extended Address\r\n"
      ",Dr.,Amara,\"Ngozi,Ada\",Example,,,,Example Ltd,,Sales;EMEA,--04-12,\"Says \"\"hi\"\"\nTwice\","
      "\"* myContacts ::: Chess, club\",* work,a@work.example,,a@home.example,"
      "home,,\"1 Example Street, Flat 2\",Lagos,,Lagos State,100001,Nigeria,\r\n";

    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected, sizeof expected - 1);
  }
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

/* The department column is one unit as other apps write it ("Asia;
 * Pacific"); Rapport's own export gives several units back as they were.
 * A primary field with no label stays without one, and a CRLF inside a
 * cell is a line break like any other. */
static void
test_department_units (void)
{
  static const char csv[] =
    "Name,Organization Name,Organization Department,Notes,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value\r\n"
    "Wei Zhang,Example Trading Co.,Asia; Pacific,\"Met in Köln.\r\nPrefers tea\",* ,wei@trading.example,"
    "Work,wei.zhang@trading.example\r\n";
  const char * const one[] = { "Asia; Pacific", NULL };
  const char * const several[] = { "Sales;Marketing", "EMEA", NULL };
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) first = rapport_google_csv_read (csv, sizeof csv - 1, problems, NULL);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GBytes) written = NULL;
  g_auto(GStrv) units = NULL;
  g_auto(GStrv) again = NULL;
  g_auto(GStrv) both = NULL;
  RapportContact *wei;

  g_assert_cmpuint (first->len, ==, 1);
  wei = g_ptr_array_index (first, 0);
  units = rapport_contact_dup_department_units (wei);
  test_assert_strv ((const char * const *) units, one);
  g_assert_cmpstr (rapport_contact_get_notes (wei), ==, "Met in Köln.\nPrefers tea");
  test_assert_field (wei, 0, RAPPORT_FIELD_EMAIL, "", "wei@trading.example");

  rapport_contact_set_department_units (wei, several);
  written = rapport_google_csv_write (first);
  second = rapport_google_csv_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written), problems, NULL);
  g_assert_cmpuint (problems->len, ==, 0);
  both = rapport_contact_dup_department_units (g_ptr_array_index (second, 0));
  test_assert_strv ((const char * const *) both, several);
  test_assert_field (g_ptr_array_index (second, 0), 0, RAPPORT_FIELD_EMAIL, "", "wei@trading.example");

  rapport_contact_set_department_units (wei, one);
  g_clear_pointer (&written, g_bytes_unref);
  g_clear_pointer (&second, g_ptr_array_unref);
  written = rapport_google_csv_write (first);
  second = rapport_google_csv_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written), problems, NULL);
  again = rapport_contact_dup_department_units (g_ptr_array_index (second, 0));
  test_assert_strv ((const char * const *) again, one);
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
  g_test_add_func ("/rapport/google-csv/parts", test_parts);
  g_test_add_func ("/rapport/google-csv/not-contacts", test_not_contacts);
  g_test_add_func ("/rapport/google-csv/random", test_random);
  g_test_add_func ("/rapport/google-csv/writer", test_writer);
  g_test_add_func ("/rapport/google-csv/round-trip", test_round_trip);
  g_test_add_func ("/rapport/google-csv/department-units", test_department_units);
  g_test_add_func ("/rapport/google-csv/formulas-round-trip", test_formulas_round_trip);
  g_test_add_func ("/rapport/google-csv/short-row", test_short_row);

  return g_test_run ();
}
