/* test-linkedin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LinkedIn `Connections.csv`, current and 2018 exports.
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>

#include "interop-test-util.h"
#include "rapport-linkedin-reader.h"

static GPtrArray *
read_fixture (const char *name,
              GPtrArray  *problems)
{
  GPtrArray *contacts = test_read_fixture (rapport_linkedin_read, name, problems);

  for (guint i = 0; i < contacts->len; i++)
    g_assert_cmpstr (rapport_contact_get_how_met (g_ptr_array_index (contacts, i)), ==, "Connected on LinkedIn");
  return contacts;
}

static void
assert_person (RapportContact *contact,
               const char     *given,
               const char     *family,
               const char     *company,
               const char     *position)
{
  g_assert_cmpstr (rapport_contact_get_given_name (contact), ==, given);
  g_assert_cmpstr (rapport_contact_get_family_name (contact), ==, family);
  /* The name shown is made of the parts, not a chosen one beside them. */
  g_assert_false (rapport_contact_get_name_chosen (contact));
  g_assert_cmpstr (rapport_contact_get_additional_name (contact), ==, "");
  g_assert_cmpstr (rapport_contact_get_company (contact), ==, company);
  g_assert_cmpstr (rapport_contact_get_department (contact), ==, "");
  g_assert_cmpstr (rapport_contact_get_profession (contact), ==, position);
}

static void
test_current (void)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = read_fixture ("linkedin-current.csv", problems);
  RapportContact *ada, *charles, *mary, *nameless;
  RapportImportProblem *problem;

  /* BOM, notes preamble, CRLF; rows of only commas ignored. */
  g_assert_cmpuint (contacts->len, ==, 4);
  ada = g_ptr_array_index (contacts, 0);
  charles = g_ptr_array_index (contacts, 1);
  mary = g_ptr_array_index (contacts, 2);
  nameless = g_ptr_array_index (contacts, 3);

  assert_person (ada, "Ada", "Lovelace", "Analytical Engines", "Programmer");
  test_assert_date (rapport_contact_get_met_on (ada), 2025, 12, 22);
  g_assert_cmpuint (rapport_contact_get_fields (ada)->len, ==, 1);
  test_assert_field (ada, 0, RAPPORT_FIELD_URL, "LinkedIn", "https://www.linkedin.com/in/ada-example");

  /* Quoted commas, doubled quotes; the URL's scheme and host lower-cased
   * and its trailing slash dropped. */
  assert_person (charles, "Charles", "Babbage", "Babbage, Ltd.", "Designer of \"Difference\" engines");
  test_assert_date (rapport_contact_get_met_on (charles), 2019, 1, 3);
  g_assert_cmpuint (rapport_contact_get_fields (charles)->len, ==, 2);
  test_assert_field (charles, 0, RAPPORT_FIELD_EMAIL, "", "charles@engines.example");
  test_assert_field (charles, 1, RAPPORT_FIELD_URL, "LinkedIn", "https://www.linkedin.com/in/Charles-Example");

  /* Names trimmed. */
  assert_person (mary, "Mary", "Somerville", "Science, Inc.", "Author");
  test_assert_date (rapport_contact_get_met_on (mary), 2024, 2, 1);
  test_assert_field (mary, 0, RAPPORT_FIELD_URL, "LinkedIn", "https://www.linkedin.com/in/mary-example");

  /* A date that is not one is reported; the person is kept. */
  assert_person (nameless, "Nameless", "", "", "");
  g_assert_true (rapport_partial_date_is_empty (rapport_contact_get_met_on (nameless)));

  g_assert_cmpuint (problems->len, ==, 2);
  problem = test_problem (problems, 0);
  g_assert_cmpuint (problem->where, ==, 10);
  g_assert_false (problem->skipped);
  g_assert_cmpstr (problem->message, ==, "Line 10: “31 Foo 2020” is not a date; the rest was imported");
  problem = test_problem (problems, 1);
  g_assert_cmpuint (problem->where, ==, 11);
  g_assert_true (problem->skipped);
  g_assert_cmpstr (problem->message, ==, "Line 11 was skipped: it has no name");
}

static void
test_2018 (void)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = read_fixture ("linkedin-2018.csv", problems);
  RapportContact *grace, *alan, *katherine;

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (contacts->len, ==, 3);
  grace = g_ptr_array_index (contacts, 0);
  alan = g_ptr_array_index (contacts, 1);
  katherine = g_ptr_array_index (contacts, 2);

  /* Trailing spaces trimmed; "1/8/18, 6:14 PM" is 8 January 2018. */
  assert_person (grace, "Grace", "Hopper", "Fictional Navy", "Rear Admiral");
  test_assert_date (rapport_contact_get_met_on (grace), 2018, 1, 8);
  g_assert_cmpuint (rapport_contact_get_fields (grace)->len, ==, 1);
  test_assert_field (grace, 0, RAPPORT_FIELD_EMAIL, "", "grace@navy.example");

  /* urn:li:member: is no email address. */
  assert_person (alan, "Alan", "Turing", "Bletchley Example", "Cryptanalyst");
  test_assert_date (rapport_contact_get_met_on (alan), 2017, 12, 31);
  g_assert_cmpuint (rapport_contact_get_fields (alan)->len, ==, 0);

  test_assert_date (rapport_contact_get_met_on (katherine), 2016, 2, 29);
}

static void
test_notes_quoted (void)
{
  g_autoptr(GPtrArray) contacts = read_fixture ("linkedin-notes-quoted.csv", NULL);
  RapportContact *hedy;

  g_assert_cmpuint (contacts->len, ==, 1);
  hedy = g_ptr_array_index (contacts, 0);
  assert_person (hedy, "Hedy", "Lamarr", "Frequency Hopping Example", "Inventor");
  test_assert_date (rapport_contact_get_met_on (hedy), 2014, 11, 9);
  test_assert_field (hedy, 0, RAPPORT_FIELD_EMAIL, "", "hedy@example.org");
  test_assert_field (hedy, 1, RAPPORT_FIELD_URL, "LinkedIn", "https://www.linkedin.com/in/hedy-example");
}

/* A row that lost columns is skipped, and said so with its line. */
static void
test_short_row (void)
{
  static const char data[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,10 Dec 2015\r\n"
    "Only,Three,https://cols\r\n"
    "Too,Many,https://www.linkedin.com/in/too,,A,B,10 Dec 2015,extra\r\n"
    "Trailing,Comma,https://www.linkedin.com/in/trailing,,Co,Job,10 Dec 2015,\r\n";
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = rapport_linkedin_read (data, sizeof data - 1, problems, NULL);
  RapportImportProblem *problem;

  g_assert_cmpuint (contacts->len, ==, 2);
  assert_person (g_ptr_array_index (contacts, 0), "Ada", "Lovelace", "Engines", "Analyst");
  assert_person (g_ptr_array_index (contacts, 1), "Trailing", "Comma", "Co", "Job");
  g_assert_cmpuint (problems->len, ==, 2);
  problem = g_ptr_array_index (problems, 0);
  g_assert_true (problem->skipped);
  g_assert_cmpuint (problem->where, ==, 3);
  g_assert_cmpstr (problem->message, ==, "Line 3 was skipped: it has 3 columns where the header has 7");
  problem = g_ptr_array_index (problems, 1);
  g_assert_cmpuint (problem->where, ==, 4);
  g_assert_cmpstr (problem->message, ==, "Line 4 was skipped: it has 8 columns where the header has 7");
}

static void
test_dates (void)
{
  static const struct {
    const char *text;
    guint year, month, day;
  } good[] = {
    { "22 Dec 2025", 2025, 12, 22 },
    { "03 Jan 2019", 2019, 1, 3 },
    { " 1 feb 2024 ", 2024, 2, 1 },
    { "1/8/18, 6:14 PM", 2018, 1, 8 },
    { "12/31/17", 2017, 12, 31 },
    { "2/29/2016, 9:00 AM", 2016, 2, 29 },
  };
  static const char * const bad[] = {
    "", "31 Foo 2020", "30 Feb 2021", "2/29/17, 1:00 PM", "13/1/18", "Dec 22 2025", "22 Dec",
    "1/8", "99999999 Dec 2020",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      RapportPartialDate date = RAPPORT_PARTIAL_DATE_INIT;

      g_test_message ("%s", good[i].text);
      g_assert_true (rapport_linkedin_parse_date (good[i].text, &date));
      test_assert_date (&date, good[i].year, good[i].month, good[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      RapportPartialDate date = RAPPORT_PARTIAL_DATE_INIT;

      g_test_message ("%s", bad[i]);
      g_assert_false (rapport_linkedin_parse_date (bad[i], &date));
      g_assert_true (rapport_partial_date_is_empty (&date));
    }
}

static void
test_not_linkedin (void)
{
  static const char data[] = "Name,Email\r\nAda,ada@example.org\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = rapport_linkedin_read (data, sizeof data - 1, NULL, &error);

  g_assert_null (contacts);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
test_many_rows (void)
{
  g_autoptr(GString) data = g_string_new ("Notes:\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (30000);

  /* LinkedIn's limit. */
  for (guint i = 0; i < 30000; i++)
    g_string_append_printf (data, "Person,Number %u,https://www.linkedin.com/in/p-%u,,\"Company, %u\",Role,%u Mar 2020\r\n",
                            i, i, i % 97, i % 28 + 1);
  contacts = rapport_linkedin_read (data->str, data->len, NULL, NULL);
  g_assert_cmpuint (contacts->len, ==, 30000);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* Random bytes after a real header never crash. */
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GString) noise = g_string_new ("First Name,Last Name,Connected On\n");
      guint len = g_rand_int_range (rand, 0, 2048);

      for (guint i = 0; i < len; i++)
        g_string_append_c (noise, ",\"\r\na/1 \xc3\xff"[g_rand_int_range (rand, 0, 10)]);
      contacts = rapport_linkedin_read (noise->str, noise->len, NULL, NULL);
      for (guint i = 0; i < contacts->len; i++)
        test_assert_contact_valid (g_ptr_array_index (contacts, i));
      g_clear_pointer (&contacts, g_ptr_array_unref);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/linkedin/current", test_current);
  g_test_add_func ("/rapport/linkedin/2018", test_2018);
  g_test_add_func ("/rapport/linkedin/notes-quoted", test_notes_quoted);
  g_test_add_func ("/rapport/linkedin/dates", test_dates);
  g_test_add_func ("/rapport/linkedin/short-row", test_short_row);
  g_test_add_func ("/rapport/linkedin/not-linkedin", test_not_linkedin);
  g_test_add_func ("/rapport/linkedin/many-rows", test_many_rows);

  return g_test_run ();
}
