/* test-vcard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vCard reader and writer against the fixtures in tests/fixtures/interop,
 * each of which holds traps real exporters set (docs/formats.md).
 */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

#include "interop-test-util.h"
#include "rapport-vcard-line.h"
#include "rapport-vcard-reader.h"
#include "rapport-vcard-writer.h"

static GPtrArray *
read_fixture (const char *name,
              GPtrArray  *problems)
{
  return test_read_fixture (rapport_vcard_read, name, problems);
}

static void
assert_photo (RapportContact *contact,
              const char     *fixture)
{
  g_autoptr(GBytes) expected = test_load_fixture (fixture);
  GBytes *photo = rapport_contact_get_photo (contact);

  g_assert_nonnull (photo);
  g_assert_true (g_bytes_equal (photo, expected));
}

static void
test_apple (void)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = read_fixture ("apple-3.0.vcf", problems);
  RapportContact *orla;
  static const char * const tags[] = { "Weavers", "Conference 2024", NULL };
  static const char * const extra[] = {
    "item5.X-ABADR:gb",
    "item6.X-ABDATE;type=pref:2015-06-20",
    "X-ABShowAs:PERSON",
    "item6.X-ABLabel:_$!<Anniversary>!$_",
    NULL
  };

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (contacts->len, ==, 1);
  orla = g_ptr_array_index (contacts, 0);

  /* The BOM is not part of BEGIN; N has five components, kept apart, and
   * FN, which only repeats them, stays derived from them. */
  test_assert_name (orla, "Dr.", "Orla", "Beatrix", "Quill", "PhD");
  g_assert_cmpstr (rapport_contact_get_display_name (orla), ==, "");
  {
    g_autofree char *name = rapport_contact_dup_name (orla);

    g_assert_cmpstr (name, ==, "Dr. Orla Beatrix Quill PhD");
  }
  g_assert_cmpstr (rapport_contact_get_nickname (orla), ==, "Orly, Q");
  /* ORG: the company and its unit, apart. */
  g_assert_cmpstr (rapport_contact_get_company (orla), ==, "Fictional Looms Ltd.");
  g_assert_cmpstr (rapport_contact_get_department (orla), ==, "Research");
  g_assert_cmpstr (rapport_contact_get_profession (orla), ==, "Textile engineer");
  g_assert_cmpstr (rapport_contact_get_notes (orla), ==,
                   "Met at the loom fair.\nLikes tea, not coffee; asks good questions.");
  g_assert_cmpstr (rapport_contact_get_uid (orla), ==, "5A1D3B1E-0000-4000-8000-000000000001");
  /* X-APPLE-OMIT-YEAR: a birthday without a year. */
  test_assert_date (rapport_contact_get_birthday (orla), 0, 3, 15);
  test_assert_strv (rapport_contact_get_tags (orla), tags);

  /* Every item with its label, preferred first within each kind; Apple's
   * `http\://` unescaped. */
  g_assert_cmpuint (rapport_contact_get_fields (orla)->len, ==, 8);
  test_assert_field (orla, 0, RAPPORT_FIELD_EMAIL, "work", "orla@looms.example");
  test_assert_field (orla, 1, RAPPORT_FIELD_EMAIL, "Conference badge", "orla.q@mail.example");
  test_assert_field (orla, 2, RAPPORT_FIELD_PHONE, "mobile", "+44 7700 900123");
  test_assert_field (orla, 3, RAPPORT_FIELD_PHONE, "home", "020 7946 0018");
  test_assert_field (orla, 4, RAPPORT_FIELD_URL, "homepage", "http://looms.example/orla");
  test_assert_field (orla, 5, RAPPORT_FIELD_URL, "Blog", "https://blog.example/orla");
  test_assert_field (orla, 6, RAPPORT_FIELD_URL, "LinkedIn", "http://www.linkedin.com/in/orla-example");
  test_assert_address (orla, 7, "home",
                       "", "", "12 Example Road\nFlat 3", "Springfield", "", "SP1 2AB", "United Kingdom");

  /* The base64 photo Apple folds with two spaces. */
  assert_photo (orla, "photo.jpg");

  /* Unknown lines kept; a label whose item holds nothing Rapport knows too. */
  test_assert_strv (rapport_contact_get_vcard_extra (orla), extra);
}

static void
test_android_2_1 (void)
{
  g_autoptr(GPtrArray) contacts = read_fixture ("android-2.1.vcf", NULL);
  RapportContact *soren, *jurgen;
  static const char * const extra[] = { "X-CUSTOM-NOTE:Grüße", NULL };

  g_assert_cmpuint (contacts->len, ==, 2);
  soren = g_ptr_array_index (contacts, 0);
  jurgen = g_ptr_array_index (contacts, 1);

  /* Quoted-printable with CHARSET=UTF-8. */
  test_assert_shown_name (soren, "Søren Jørgensen");
  g_assert_cmpstr (rapport_contact_get_family_name (soren), ==, "Jørgensen");
  g_assert_cmpstr (rapport_contact_get_given_name (soren), ==, "Søren");
  /* 2.1 does not escape commas. */
  g_assert_cmpstr (rapport_contact_get_company (soren), ==, "Bakery, Copenhagen");
  /* Soft line breaks joined, =0D=0A a line break. */
  g_assert_cmpstr (rapport_contact_get_notes (soren), ==,
                   "Café owner, knows everyone\nsecond line of the note");

  /* Bare types; EMAIL;PREF comes first although written second. */
  g_assert_cmpuint (rapport_contact_get_fields (soren)->len, ==, 4);
  test_assert_field (soren, 0, RAPPORT_FIELD_EMAIL, "", "soren@bakery.example");
  test_assert_field (soren, 1, RAPPORT_FIELD_EMAIL, "", "soren.j@mail.example");
  test_assert_field (soren, 2, RAPPORT_FIELD_PHONE, "mobile work", "+45 20 12 34 56");
  test_assert_field (soren, 3, RAPPORT_FIELD_PHONE, "home", "+45 33 12 34 56");

  /* ENCODING=BASE64 with indented lines and a blank line after. */
  assert_photo (soren, "photo.png");
  /* An unknown quoted-printable ISO-8859-1 line is kept as UTF-8 text. */
  test_assert_strv (rapport_contact_get_vcard_extra (soren), extra);

  /* No CHARSET and bytes that are not UTF-8: Windows-1252. */
  test_assert_shown_name (jurgen, "Jürgen Müller");
  g_assert_cmpstr (rapport_contact_get_given_name (jurgen), ==, "Jürgen");
  g_assert_cmpstr (rapport_contact_get_profession (jurgen), ==, "Café “owner”");
  test_assert_field (jurgen, 0, RAPPORT_FIELD_PHONE, "work fax", "+49 30 1234567");
  /* 2.1's bare `PHOTO;JPEG;BASE64:`. */
  assert_photo (jurgen, "photo.jpg");
}

static void
test_rfc_4_0 (void)
{
  g_autoptr(GPtrArray) contacts = read_fixture ("rfc-4.0.vcf", NULL);
  RapportContact *zoe, *ingrid, *tomasz, *ada;
  static const char * const tags[] = { "Research", "Climbing, bouldering", "Mentors", NULL };
  static const char * const extra[] = {
    "KIND:individual",
    "X-MOOD;X-COMMENT=\"says ^'hi^' ^^ often^nand waves\":cheerful",
    "ANNIVERSARY:20100601",
    "GENDER:F",
    "x-ablabel:lowercase label with no group",
    NULL
  };
  static const char * const ingrid_extra[] = { "photo:https://photos.example/ingrid.jpg", NULL };
  static const char * const tomasz_extra[] = { "BDAY;VALUE=text:circa 1800", NULL };

  g_assert_cmpuint (contacts->len, ==, 4);
  zoe = g_ptr_array_index (contacts, 0);
  ingrid = g_ptr_array_index (contacts, 1);
  tomasz = g_ptr_array_index (contacts, 2);
  ada = g_ptr_array_index (contacts, 3);

  /* Folds inside "ë" (space) and inside the emoji (tab) undone on bytes.
   * An FN that is not what N makes is the name they chose. */
  test_assert_shown_name (zoe, "Zoë Ångström-Ōkubo 🌿 Example");
  g_assert_true (rapport_contact_get_name_chosen (zoe));
  test_assert_name (zoe, "Prof.", "Zoë", "", "Ångström-Ōkubo", "");
  g_assert_cmpstr (rapport_contact_get_uid (zoe), ==, "urn:uuid:0b4f6a2e-4c1d-4e0b-9a55-000000000004");
  g_assert_cmpstr (rapport_contact_get_nickname (zoe), ==, "Zo");
  g_assert_cmpstr (rapport_contact_get_pronouns (zoe), ==, "she/her");
  g_assert_cmpstr (rapport_contact_get_notes (zoe), ==,
                   "Backslash \\ comma , semicolon ; newline \n and \n capital, unknown q stays q");
  test_assert_strv (rapport_contact_get_tags (zoe), tags);
  test_assert_date (rapport_contact_get_birthday (zoe), 0, 4, 12);

  /* PREF=1 before PREF=2; quoted TYPE lists; lower-case names; tel: URIs. */
  g_assert_cmpuint (rapport_contact_get_fields (zoe)->len, ==, 6);
  test_assert_field (zoe, 0, RAPPORT_FIELD_EMAIL, "work", "zoe@lab.example");
  test_assert_field (zoe, 1, RAPPORT_FIELD_EMAIL, "home", "zoe@home.example");
  test_assert_field (zoe, 2, RAPPORT_FIELD_PHONE, "work", "+1-555-010-0199");
  test_assert_field (zoe, 3, RAPPORT_FIELD_PHONE, "home text", "+1 555 010 0100");
  test_assert_field (zoe, 4, RAPPORT_FIELD_URL, "Portfolio", "https://zoe.example/");
  /* A quoted LABEL with ; , : does not end the parameters early. */
  test_assert_address (zoe, 5, "work", "", "Lab 4", "1 Science Way", "Metropolis", "NY", "10001", "USA");
  g_assert_cmpstr (rapport_address_get (rapport_contact_field_get_address (g_ptr_array_index (rapport_contact_get_fields (zoe), 5)),
                                        RAPPORT_ADDRESS_LABEL),
                   ==, "Lab 4; Example Campus, Building: B");
  assert_photo (zoe, "photo.png");
  test_assert_strv (rapport_contact_get_vcard_extra (zoe), extra);

  test_assert_shown_name (ingrid, "Ingrid Example");
  test_assert_date (rapport_contact_get_birthday (ingrid), 1978, 12, 29);
  /* A photo by URL is never fetched: it stays a line. */
  g_assert_null (rapport_contact_get_photo (ingrid));
  test_assert_strv (rapport_contact_get_vcard_extra (ingrid), ingrid_extra);

  g_assert_true (rapport_partial_date_is_empty (rapport_contact_get_birthday (tomasz)));
  test_assert_strv (rapport_contact_get_vcard_extra (tomasz), tomasz_extra);

  test_assert_date (rapport_contact_get_birthday (ada), 1985, 12, 10);
}

static void
test_param_escapes (void)
{
  g_autoptr(RapportVcardLine) line =
    rapport_vcard_line_parse (g_strdup ("item2.X-MOOD;X-COMMENT=\"says ^'hi^' ^^ often^nand: a; b, c\";"
                                        "type=WORK,voice;TYPE=\"cell,text\";HOME:value: with colon"));
  g_autoptr(RapportVcardLine) junk = rapport_vcard_line_parse (g_strdup ("no colon here"));
  static const char * const types[] = { "WORK", "voice", "cell", "text", "HOME" };
  guint n_types = 0;

  g_assert_null (junk);
  g_assert_nonnull (line);
  g_assert_cmpstr (line->group, ==, "item2");
  g_assert_cmpstr (line->name, ==, "X-MOOD");
  g_assert_cmpstr (line->value, ==, "value: with colon");
  g_assert_cmpstr (rapport_vcard_line_get_param (line, "X-COMMENT"), ==,
                   "says \"hi\" ^ often\nand: a; b, c");
  for (guint i = 0; i < line->params->len; i++)
    {
      RapportVcardParam *param = g_ptr_array_index (line->params, i);

      if (g_str_equal (param->name, "TYPE"))
        g_assert_cmpstr (param->value, ==, types[n_types++]);
    }
  g_assert_cmpuint (n_types, ==, G_N_ELEMENTS (types));
  g_assert_true (rapport_vcard_line_has_type (line, "home"));
}

static void
test_escapes_and_lists (void)
{
  g_auto(GStrv) adr = rapport_vcard_split_value ("PO 1;Ext\\;2;Street\\, 3;City;;Code;Land", ';', 0);
  g_auto(GStrv) list = rapport_vcard_split_value ("a\\,b,c\\\\,d", ',', 0);
  g_autofree char *text = rapport_vcard_unescape ("a\\\\b\\nc\\Nd\\:e\\", -1);
  g_autofree char *label = rapport_vcard_label_from_apple ("_$!<Mobile>!$_");
  g_autofree char *custom = rapport_vcard_label_from_apple ("Conference badge");
  static const char * const adr_parts[] = { "PO 1", "Ext;2", "Street, 3", "City", "", "Code", "Land", NULL };
  static const char * const list_parts[] = { "a,b", "c\\", "d", NULL };

  test_assert_strv ((const char * const *) adr, adr_parts);
  test_assert_strv ((const char * const *) list, list_parts);
  g_assert_cmpstr (text, ==, "a\\b\nc\nd:e");
  g_assert_cmpstr (label, ==, "mobile");
  g_assert_cmpstr (custom, ==, "Conference badge");
}

static void
test_broken_file (void)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) contacts = read_fixture ("broken.vcf", problems);
  RapportImportProblem *problem;

  /* Missing END, NUL bytes, an ORG-only card and a truncated card are kept;
   * the empty card and the card with nothing to name anyone are not. */
  g_assert_cmpuint (contacts->len, ==, 4);
  test_assert_shown_name (g_ptr_array_index (contacts, 0), "Kept Without End");
  test_assert_field (g_ptr_array_index (contacts, 0), 0, RAPPORT_FIELD_EMAIL, "", "kept@example.org");
  test_assert_shown_name (g_ptr_array_index (contacts, 1), "Nul Byte Person");
  test_assert_field (g_ptr_array_index (contacts, 1), 0, RAPPORT_FIELD_PHONE, "", "5550100");
  g_assert_cmpstr (rapport_contact_get_company (g_ptr_array_index (contacts, 2)), ==, "Only An Organisation");
  g_assert_cmpstr (rapport_contact_get_notes (g_ptr_array_index (contacts, 3)), ==, "the file ends in the mid");

  g_assert_cmpuint (problems->len, ==, 2);
  problem = test_problem (problems, 0);
  g_assert_cmpuint (problem->where, ==, 2);
  g_assert_true (problem->skipped);
  g_assert_cmpstr (problem->message, ==, "Card 2 was skipped: it is empty");
  problem = test_problem (problems, 1);
  g_assert_cmpuint (problem->where, ==, 3);
  g_assert_true (problem->skipped);
  g_assert_cmpstr (problem->message, ==,
                   "Card 3 was skipped: it has no name, email address, phone number or web address");
}

static void
test_no_card (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = rapport_vcard_read ("First Name,Last Name\r\n", 22, NULL, &error);

  g_assert_null (contacts);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static void
assert_same_contact (RapportContact *a,
                     RapportContact *b)
{
  static const char * const props[] = {
    "uid", "given-name", "family-name", "nickname", "pronouns", "company", "profession", "notes",
  };
  g_autofree char *name_a = rapport_contact_dup_name (a);
  g_autofree char *name_b = rapport_contact_dup_name (b);
  GPtrArray *fa = rapport_contact_get_fields (a);
  GPtrArray *fb = rapport_contact_get_fields (b);
  GBytes *pa = rapport_contact_get_photo (a);
  GBytes *pb = rapport_contact_get_photo (b);

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
  test_assert_strv (rapport_contact_get_vcard_extra (b), rapport_contact_get_vcard_extra (a));
  g_assert_cmpuint (fa->len, ==, fb->len);
  for (guint i = 0; i < fa->len; i++)
    {
      RapportContactField *x = g_ptr_array_index (fa, i);

      test_assert_field (b, i, rapport_contact_field_get_kind (x),
                         rapport_contact_field_get_label (x), rapport_contact_field_get_value (x));
    }
  g_assert_true ((pa == NULL) == (pb == NULL));
  if (pa != NULL)
    g_assert_true (g_bytes_equal (pa, pb));
}

/* Every physical line at most 75 octets, CRLF-terminated, valid UTF-8 by
 * itself: the folds never split a character. */
static void
assert_well_folded (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autofree char *text = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n = g_strv_length (lines);

  g_assert_cmpuint (n, >, 1);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
    }
}

static void
test_round_trip (void)
{
  static const char * const fixtures[] = {
    "apple-3.0.vcf", "android-2.1.vcf", "rfc-4.0.vcf", "broken.vcf",
  };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(GPtrArray) first = read_fixture (fixtures[f], NULL);
      g_autoptr(GBytes) written = rapport_vcard_write (first);
      g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) second = NULL;
      g_autoptr(GBytes) rewritten = NULL;
      gsize len = 0;
      const char *data = g_bytes_get_data (written, &len);

      g_test_message ("round trip of %s", fixtures[f]);
      assert_well_folded (written);
      second = rapport_vcard_read (data, len, problems, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpuint (second->len, ==, first->len);
      for (guint i = 0; i < first->len; i++)
        assert_same_contact (g_ptr_array_index (first, i), g_ptr_array_index (second, i));

      /* Writing what was read back gives the same bytes. */
      rewritten = rapport_vcard_write (second);
      g_assert_true (g_bytes_equal (written, rewritten));
    }
}

static void
test_writer (void)
{
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) folded = g_string_new (NULL);
  RapportPartialDate birthday = { 0, 4, 2 };
  static const char * const tags[] = { "Friends, close", "Chess", NULL };
  static const char * const extra[] = { "X-UNKNOWN;X-P=1:kept as is", "item1.X-ABDATE:2015-06-20", NULL };
  g_autofree char *long_line = NULL;

  rapport_contact_set_uid (contact, "0b4f6a2e-1111");
  rapport_contact_set_given_name (contact, "Amara");
  rapport_contact_set_family_name (contact, "Example;Okafor");
  rapport_contact_set_company (contact, "Example, Inc.");
  rapport_contact_set_notes (contact, "Line one\nback\\slash");
  rapport_contact_set_birthday (contact, &birthday);
  rapport_contact_set_tags (contact, tags);
  rapport_contact_set_vcard_extra (contact, extra);
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", "amara@work.example"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "", "amara@home.example"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_PHONE, "mobile", "+234 800 000 0000"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_URL, "LinkedIn", "https://www.linkedin.com/in/amara-example"));
  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_ADDRESS, "home", "1 Example Street, Lagos"));
  rapport_contact_set_fields (contact, fields);

  rapport_vcard_append_contact (out, contact);
  g_assert_cmpstr (out->str, ==,
                   "BEGIN:VCARD\r\n"
                   "VERSION:4.0\r\n"
                   "UID:0b4f6a2e-1111\r\n"
                   "FN:Amara Example\\;Okafor\r\n"
                   "N:Example\\;Okafor;Amara;;;\r\n"
                   "ORG:Example\\, Inc.\r\n"
                   "BDAY:--0402\r\n"
                   "EMAIL;TYPE=work;PREF=1:amara@work.example\r\n"
                   "EMAIL;PREF=2:amara@home.example\r\n"
                   "TEL;TYPE=cell:+234 800 000 0000\r\n"
                   "item2.URL:https://www.linkedin.com/in/amara-example\r\n"
                   "item2.X-ABLabel:LinkedIn\r\n"
                   "ADR;TYPE=home:;;1 Example Street\\, Lagos;;;;\r\n"
                   "CATEGORIES:Friends\\, close,Chess\r\n"
                   "NOTE:Line one\\nback\\\\slash\r\n"
                   "X-UNKNOWN;X-P=1:kept as is\r\n"
                   "item1.X-ABDATE:2015-06-20\r\n"
                   "END:VCARD\r\n");

  /* 100 two-byte characters after six bytes: a fold at 75 octets would split one. */
  long_line = g_strconcat ("NOTE:x", "éééééééééééééééééééééééééééééééééééééééééééééééééé", "éééééééééééééééééééééééééééééééééééééééééééééééééé", NULL);
  rapport_vcard_append_folded (folded, long_line);
  g_assert_cmpstr (folded->str, ==,
                   "NOTE:xéééééééééééééééééééééééééééééééééé\r\n"
                   " ééééééééééééééééééééééééééééééééééééé\r\n"
                   " ééééééééééééééééééééééééééééé\r\n");
}

static void
test_writer_dates_and_photo (void)
{
  static const struct {
    RapportPartialDate date;
    const char *line;
  } cases[] = {
    { { 1985, 12, 10 }, "BDAY:1985-12-10\r\n" },
    { { 0, 4, 12 }, "BDAY:--0412\r\n" },
    { { 1990, 0, 0 }, "BDAY:1990\r\n" },
    { { 1990, 6, 0 }, "BDAY:1990-06\r\n" },
  };
  g_autoptr(GBytes) jpeg = test_load_fixture ("photo.jpg");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RapportContact) contact = rapport_contact_new ();
      g_autoptr(GString) out = g_string_new (NULL);

      rapport_contact_set_display_name (contact, "Date Example");
      rapport_contact_set_birthday (contact, &cases[i].date);
      rapport_vcard_append_contact (out, contact);
      g_assert_nonnull (strstr (out->str, cases[i].line));
    }

  {
    g_autoptr(RapportContact) contact = rapport_contact_new ();
    g_autoptr(GString) out = g_string_new (NULL);

    rapport_contact_set_display_name (contact, "Photo Example");
    rapport_contact_set_photo (contact, jpeg);
    rapport_vcard_append_contact (out, contact);
    g_assert_nonnull (strstr (out->str, "\r\nPHOTO:data:image/jpeg;base64,/9j/4"));
  }
}

static void
assert_survives (const char *data,
                 gsize       len)
{
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = rapport_vcard_read (data, len, problems, &error);

  g_assert_true ((contacts == NULL) == (error != NULL));
  g_assert_cmpuint (problems->len, <=, 1001);
  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (contacts, i);
      g_autoptr(GString) out = g_string_new (NULL);

      test_assert_contact_valid (contact);
      rapport_vcard_append_contact (out, contact);
    }
}

static void
test_random_bytes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251126);
  static const char alphabet[] = "BEGIN:VCARDENDvcard;=,:\\\"^n\r\n \t.TYPE=QUOTED-PRINTABLECHARSETBASE64data:\x00\xc3\xa9\xff";

  for (guint round = 0; round < 2000; round++)
    {
      gsize len = g_rand_int_range (rand, 0, 2048);
      g_autofree char *data = g_malloc (len + 1);
      gboolean structured = round % 2 == 0;

      for (gsize i = 0; i < len; i++)
        data[i] = structured ? alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]
                             : (char) g_rand_int_range (rand, 0, 256);
      if (structured && len > 12)
        memcpy (data, "BEGIN:VCARD\n", 12);
      assert_survives (data, len);
    }
}

static void
test_truncated (void)
{
  static const char * const fixtures[] = { "apple-3.0.vcf", "android-2.1.vcf", "rfc-4.0.vcf" };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(GBytes) bytes = test_load_fixture (fixtures[f]);
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      for (gsize cut = 0; cut <= len; cut++)
        assert_survives (data, cut);
    }
}

static void
test_huge_inputs (void)
{
  const gsize mib = 1024 * 1024;
  g_autoptr(GString) line = g_string_new ("BEGIN:VCARD\r\nFN:Long Line\r\nNOTE:");
  g_autoptr(GString) folds = g_string_new ("BEGIN:VCARD\r\nFN:Many Folds\r\nNOTE:a");
  g_autoptr(GString) cards = g_string_new (NULL);
  g_autofree char *cr_only = NULL;
  g_autofree char *no_newline = g_malloc (mib);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();

  /* One 1 MB line. */
  for (gsize i = 0; i < mib; i++)
    g_string_append_c (line, 'a' + (i % 26));
  g_string_append (line, "\r\nEND:VCARD\r\n");
  contacts = rapport_vcard_read (line->str, line->len, NULL, NULL);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpuint (strlen (rapport_contact_get_notes (g_ptr_array_index (contacts, 0))), ==, mib);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* 1 MB without any line break, and 200,000 folds. */
  memset (no_newline, 'B', mib);
  assert_survives (no_newline, mib);
  for (guint i = 0; i < 200000; i++)
    g_string_append (folds, "\r\n b");
  assert_survives (folds->str, folds->len);

  /* Old Mac line ends only: read in one pass, not one pass per line. */
  cr_only = g_strnfill (mib, '\r');
  memcpy (cr_only, "BEGIN:VCARD\rFN:Mac Person\rEND:VCARD\r", 36);
  contacts = rapport_vcard_read (cr_only, mib, NULL, NULL);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  /* 50,000 empty cards: every one reported, the report bounded. */
  for (guint i = 0; i < 50000; i++)
    g_string_append (cards, "BEGIN:VCARD\r\nEND:VCARD\r\n");
  g_string_append (cards, "BEGIN:VCARD\r\nFN:Last One\r\nEND:VCARD\r\n");
  contacts = rapport_vcard_read (cards->str, cards->len, problems, NULL);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 1001);
}

/* A 3.6 MB file read whole, as other apps failed to: every card kept. */
static void
test_large_file (void)
{
  g_autoptr(GBytes) jpeg = test_load_fixture ("photo.jpg");
  g_autoptr(GString) file = g_string_new (NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GByteArray) big_photo = g_byte_array_new ();
  gint64 start;
  gsize len = 0;
  const char *data;

  /* 6,000 people with a photo each, one of them 1 MB: the JPEG with
   * 16 comments of 64 KB after its start. */
  g_byte_array_append (big_photo, g_bytes_get_data (jpeg, NULL), 2);
  for (guint i = 0; i < 16; i++)
    {
      static const guint8 comment[] = { 0xff, 0xfe, 0xff, 0xff };

      g_byte_array_append (big_photo, comment, sizeof comment);
      for (guint j = 0; j < 0xffff - 2; j++)
        {
          guint8 byte = (guint8) (j * 7) & 0x7f;

          g_byte_array_append (big_photo, &byte, 1);
        }
    }
  g_byte_array_append (big_photo, (const guint8 *) g_bytes_get_data (jpeg, NULL) + 2,
                       (guint) g_bytes_get_size (jpeg) - 2);
  for (guint i = 0; i < 6000; i++)
    {
      RapportContact *contact = rapport_contact_new ();
      g_autofree char *name = g_strdup_printf ("Person %u Example", i);
      g_autofree char *email = g_strdup_printf ("person%u@example.org", i);
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);

      rapport_contact_set_display_name (contact, name);
      g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", email));
      rapport_contact_set_fields (contact, fields);
      if (i == 1234)
        {
          g_autoptr(GBytes) photo = g_bytes_new (big_photo->data, big_photo->len);

          rapport_contact_set_photo (contact, photo);
        }
      else
        rapport_contact_set_photo (contact, jpeg);
      g_ptr_array_add (people, contact);
    }
  written = rapport_vcard_write (people);
  data = g_bytes_get_data (written, &len);
  g_assert_cmpuint (len, >, 3600000);

  start = g_get_monotonic_time ();
  contacts = rapport_vcard_read (data, len, problems, NULL);
  g_test_message ("read %" G_GSIZE_FORMAT " bytes in %" G_GINT64_FORMAT " ms",
                  len, (g_get_monotonic_time () - start) / 1000);
  g_assert_cmpuint (contacts->len, ==, 6000);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_bytes_get_size (rapport_contact_get_photo (g_ptr_array_index (contacts, 1234))), ==,
                    big_photo->len);
  test_assert_shown_name (g_ptr_array_index (contacts, 5999),
                   "Person 5999 Example");
}

static void
test_invalid_utf8 (void)
{
  static const char data[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad \xc3\x28 Bytes \xed\xa0\x80 \xf0\x28\x8c\x28\r\n"
    "NOTE;CHARSET=UTF-8:still \xff bad\r\nX-ODD:\xfe\xff\r\nEND:VCARD\r\n";
  g_autoptr(GPtrArray) contacts = rapport_vcard_read (data, sizeof data - 1, NULL, NULL);
  RapportContact *contact;

  g_assert_cmpuint (contacts->len, ==, 1);
  contact = g_ptr_array_index (contacts, 0);
  test_assert_contact_valid (contact);
  /* Not UTF-8 and no charset: Windows-1252. */
  test_assert_shown_name (contact, "Bad Ã( Bytes í\xc2\xa0€ ð(Œ(");
  /* Said to be UTF-8 but is not: repaired. */
  g_assert_cmpstr (rapport_contact_get_notes (contact), ==, "still \xef\xbf\xbd bad");
}

/* N, ORG and ADR keep their parts; LABEL lines of 3.0 go with their
 * address, 4.0's LABEL and GEO parameters too; comma lists and escapes
 * come back as they were. */
static void
test_structured (void)
{
  static const char card_3_0[] =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Mr. John Q. Public\\, Esq.\r\n"
    "N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\n"
    "ORG:ABC\\, Inc.;North American Division;Marketing\r\n"
    "ADR;TYPE=WORK,POSTAL:P.O. Box 101;Suite 3;123 Main Street;Any Town;CA;91921-1234;U.S.A.\r\n"
    "LABEL;TYPE=WORK:123 Main Street\\nAny Town\\, CA 91921-1234\r\n"
    "ADR;TYPE=HOME:;;1 Home Lane;Othertown;;;\r\n"
    "END:VCARD\r\n";
  static const char card_4_0[] =
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Ana Semicolon\\; Backslash\\\\\r\n"
    "N:Back\\\\slash;Ana;Maria,José;;\r\n"
    "ORG:Stripe\\, Inc.;Payments;;Team 7\r\n"
    "ADR;TYPE=home;LABEL=1 Rue X^nParis;GEO=\"geo:48.85,2.35\":;Bât. B;1 Rue X\\, \r\n"
    " cour;Paris;;75001;France\r\n"
    "END:VCARD\r\n";
  static const char card_2_1[] =
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "ORG:Bakery, Copenhagen;Ovens\r\n"
    "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Stra=C3=9Fe 1, Hinterhaus;Berlin;;10115;Germany\r\n"
    "LABEL;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Stra=C3=9Fe 1=0D=0A10115 Berlin\r\n"
    "END:VCARD\r\n";
  g_autoptr(GPtrArray) old = rapport_vcard_read (card_2_1, sizeof card_2_1 - 1, NULL, NULL);
  g_autoptr(GPtrArray) first = rapport_vcard_read (card_3_0, sizeof card_3_0 - 1, NULL, NULL);
  g_autoptr(GPtrArray) second = rapport_vcard_read (card_4_0, sizeof card_4_0 - 1, NULL, NULL);
  g_autoptr(GBytes) written = NULL;
  RapportContact *john, *ana;
  const RapportAddress *work, *home;

  /* 2.1: quoted-printable parts, bare types, commas that are only commas. */
  g_assert_cmpuint (old->len, ==, 1);
  test_assert_name (g_ptr_array_index (old, 0), "", "Jürgen", "", "Müller", "");
  g_assert_cmpstr (rapport_contact_get_company (g_ptr_array_index (old, 0)), ==, "Bakery, Copenhagen");
  g_assert_cmpstr (rapport_contact_get_department (g_ptr_array_index (old, 0)), ==, "Ovens");
  test_assert_address (g_ptr_array_index (old, 0), 0, "home", "", "", "Straße 1, Hinterhaus", "Berlin", "", "10115", "Germany");
  g_assert_cmpstr (rapport_address_get (rapport_contact_field_get_address (g_ptr_array_index (rapport_contact_get_fields (g_ptr_array_index (old, 0)), 0)),
                                        RAPPORT_ADDRESS_LABEL),
                   ==, "Straße 1\n10115 Berlin");

  g_assert_cmpuint (first->len, ==, 1);
  john = g_ptr_array_index (first, 0);
  test_assert_name (john, "Dr.", "John", "Philip,Paul", "Stevenson", "Jr.,M.D.,A.C.P.");
  g_assert_true (rapport_contact_get_name_chosen (john));
  test_assert_shown_name (john, "Mr. John Q. Public, Esq.");
  g_assert_cmpstr (rapport_contact_get_company (john), ==, "ABC, Inc.");
  g_assert_cmpstr (rapport_contact_get_department (john), ==, "North American Division;Marketing");
  test_assert_address (john, 0, "work", "P.O. Box 101", "Suite 3", "123 Main Street", "Any Town", "CA",
                       "91921-1234", "U.S.A.");
  test_assert_address (john, 1, "home", "", "", "1 Home Lane", "Othertown", "", "", "");
  work = rapport_contact_field_get_address (g_ptr_array_index (rapport_contact_get_fields (john), 0));
  home = rapport_contact_field_get_address (g_ptr_array_index (rapport_contact_get_fields (john), 1));
  g_assert_cmpstr (rapport_address_get (work, RAPPORT_ADDRESS_LABEL), ==, "123 Main Street\nAny Town, CA 91921-1234");
  g_assert_cmpstr (rapport_address_get (home, RAPPORT_ADDRESS_LABEL), ==, "");
  /* The LABEL line went to its address, not to the unknown lines. */
  g_assert_cmpuint (g_strv_length ((char **) rapport_contact_get_vcard_extra (john)), ==, 0);

  written = rapport_vcard_write (first);
  g_assert_nonnull (strstr (g_bytes_get_data (written, NULL),
                            "N:Stevenson;John;Philip,Paul;Dr.;Jr.,M.D.,A.C.P.\r\n"
                            "ORG:ABC\\, Inc.;North American Division;Marketing\r\n"));
  g_assert_nonnull (strstr (g_bytes_get_data (written, NULL),
                            "ADR;TYPE=work;PREF=1;LABEL=\"123 Main Street^nAny Town, CA 91921-1234\":P.O. \r\n"
                            " Box 101;Suite 3;123 Main Street;Any Town;CA;91921-1234;U.S.A.\r\n"));
  g_clear_pointer (&written, g_bytes_unref);

  /* 4.0 written by Rapport is read and written again byte for byte. */
  g_assert_cmpuint (second->len, ==, 1);
  ana = g_ptr_array_index (second, 0);
  test_assert_name (ana, "", "Ana", "Maria,José", "Back\\slash", "");
  test_assert_shown_name (ana, "Ana Semicolon; Backslash\\");
  g_assert_cmpstr (rapport_contact_get_company (ana), ==, "Stripe, Inc.");
  /* Units kept apart, an empty one too. */
  g_assert_cmpstr (rapport_contact_get_department (ana), ==, "Payments;;Team 7");
  test_assert_address (ana, 0, "home", "", "Bât. B", "1 Rue X, cour", "Paris", "", "75001", "France");
  home = rapport_contact_field_get_address (g_ptr_array_index (rapport_contact_get_fields (ana), 0));
  g_assert_cmpstr (rapport_address_get (home, RAPPORT_ADDRESS_LABEL), ==, "1 Rue X\nParis");
  g_assert_cmpstr (rapport_address_get (home, RAPPORT_ADDRESS_GEO), ==, "geo:48.85,2.35");
  written = rapport_vcard_write (second);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), card_4_0, sizeof card_4_0 - 1);
}

/* A unit that holds a ';' stays one unit, from the file to the model and
 * back; a backslash inside one too. */
static void
test_department_units (void)
{
  static const char card[] =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siobhán\r\n"
    "ORG:Galway Weavers\\, Ltd.;Dyeing\\; Finishing;Back\\\\room\r\n"
    "END:VCARD\r\n";
  const char * const expected[] = { "Dyeing; Finishing", "Back\\room", NULL };
  const char * const old[] = { "Sales", "EMEA", NULL };
  g_autoptr(GPtrArray) first = rapport_vcard_read (card, sizeof card - 1, NULL, NULL);
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) units = NULL;
  g_auto(GStrv) again = NULL;
  g_auto(GStrv) stored = NULL;
  g_auto(GStrv) slash = NULL;

  g_assert_cmpuint (first->len, ==, 1);
  g_assert_cmpstr (rapport_contact_get_company (g_ptr_array_index (first, 0)), ==, "Galway Weavers, Ltd.");
  units = rapport_contact_dup_department_units (g_ptr_array_index (first, 0));
  test_assert_strv ((const char * const *) units, expected);

  written = rapport_vcard_write (first);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_nonnull (strstr (text, "\r\nORG:Galway Weavers\\, Ltd.;Dyeing\\; Finishing;Back\\\\room\r\n"));
  second = rapport_vcard_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written), NULL, NULL);
  again = rapport_contact_dup_department_units (g_ptr_array_index (second, 0));
  test_assert_strv ((const char * const *) again, expected);
  g_assert_cmpstr (rapport_contact_get_department (g_ptr_array_index (second, 0)), ==,
                   rapport_contact_get_department (g_ptr_array_index (first, 0)));

  /* What was stored before units were escaped reads as it did. */
  rapport_contact_set_department (contact, "Sales;EMEA");
  stored = rapport_contact_dup_department_units (contact);
  test_assert_strv ((const char * const *) stored, old);
  rapport_contact_set_department (contact, "R\\D");
  slash = rapport_contact_dup_department_units (contact);
  g_assert_cmpstr (slash[0], ==, "R\\D");
  g_assert_null (slash[1]);
  rapport_contact_set_department_units (contact, (const char * const *) slash);
  g_assert_cmpstr (rapport_contact_get_department (contact), ==, "R\\D");
  rapport_contact_set_department_units (contact, expected);
  g_assert_cmpstr (rapport_contact_get_department (contact), ==, "Dyeing\\; Finishing;Back\\room");
}

/* Rapport's own fields go out as X-RAPPORT-… and come back as they were,
 * not among the unknown lines; one Rapport does not know stays with them. */
static void
test_rapport_fields (void)
{
  static const char unknown[] =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\n"
    "X-RAPPORT-FROM-LATER:kept\r\nX-RAPPORT-CLOSENESS:best-ever\r\nX-OTHER-APP:kept too\r\n"
    "END:VCARD\r\n";
  const char * const extra[] = { "X-RAPPORT-FROM-LATER:kept", "X-RAPPORT-CLOSENESS:best-ever",
                                 "X-OTHER-APP:kept too", NULL };
  RapportPartialDate met_on = { 2017, 12, 31 };
  g_autoptr(RapportContact) contact = rapport_contact_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *text = NULL;
  RapportContact *again;

  rapport_contact_set_given_name (contact, "Alan");
  rapport_contact_set_how_met (contact, "Connected on LinkedIn");
  rapport_contact_set_met_on (contact, &met_on);
  rapport_contact_set_met_at (contact, "Bletchley; Hut 8");
  rapport_contact_set_expertise (contact, "Cryptanalysis, machines");
  rapport_contact_set_environment (contact, "Manchester\nand Cambridge");
  rapport_contact_set_looking_for (contact, "A bigger computer");
  rapport_contact_set_how_i_can_help (contact, "Introduce him to Ada");
  rapport_contact_set_closeness (contact, RAPPORT_CLOSENESS_FRIEND);
  rapport_contact_set_enjoy (contact, TRUE);
  rapport_contact_set_cadence_days (contact, 90);
  g_ptr_array_add (people, g_object_ref (contact));

  written = rapport_vcard_write (people);
  text = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_nonnull (strstr (text, "\r\nX-RAPPORT-HOW-MET:Connected on LinkedIn\r\n"));
  g_assert_nonnull (strstr (text, "\r\nX-RAPPORT-MET-ON:2017-12-31\r\n"));
  g_assert_nonnull (strstr (text, "\r\nX-RAPPORT-MET-AT:Bletchley\\; Hut 8\r\n"));
  g_assert_nonnull (strstr (text, "\r\nX-RAPPORT-CLOSENESS:friend\r\n"));

  back = rapport_vcard_read (g_bytes_get_data (written, NULL), g_bytes_get_size (written), NULL, NULL);
  g_assert_cmpuint (back->len, ==, 1);
  again = g_ptr_array_index (back, 0);
  g_assert_cmpstr (rapport_contact_get_how_met (again), ==, "Connected on LinkedIn");
  g_assert_true (rapport_partial_date_equal (rapport_contact_get_met_on (again), &met_on));
  g_assert_cmpstr (rapport_contact_get_met_at (again), ==, "Bletchley; Hut 8");
  g_assert_cmpstr (rapport_contact_get_expertise (again), ==, "Cryptanalysis, machines");
  g_assert_cmpstr (rapport_contact_get_environment (again), ==, "Manchester\nand Cambridge");
  g_assert_cmpstr (rapport_contact_get_looking_for (again), ==, "A bigger computer");
  g_assert_cmpstr (rapport_contact_get_how_i_can_help (again), ==, "Introduce him to Ada");
  g_assert_cmpint (rapport_contact_get_closeness (again), ==, RAPPORT_CLOSENESS_FRIEND);
  g_assert_true (rapport_contact_get_enjoy (again));
  g_assert_cmpuint (rapport_contact_get_cadence_days (again), ==, 90);
  g_assert_true (rapport_contact_get_vcard_extra (again) == NULL || rapport_contact_get_vcard_extra (again)[0] == NULL);

  later = rapport_vcard_read (unknown, sizeof unknown - 1, NULL, NULL);
  g_assert_cmpint (rapport_contact_get_closeness (g_ptr_array_index (later, 0)), ==, RAPPORT_CLOSENESS_UNKNOWN);
  test_assert_strv (rapport_contact_get_vcard_extra (g_ptr_array_index (later, 0)), extra);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/vcard/apple-3.0", test_apple);
  g_test_add_func ("/rapport/vcard/structured", test_structured);
  g_test_add_func ("/rapport/vcard/android-2.1", test_android_2_1);
  g_test_add_func ("/rapport/vcard/rfc-4.0", test_rfc_4_0);
  g_test_add_func ("/rapport/vcard/param-escapes", test_param_escapes);
  g_test_add_func ("/rapport/vcard/escapes-and-lists", test_escapes_and_lists);
  g_test_add_func ("/rapport/vcard/broken-file", test_broken_file);
  g_test_add_func ("/rapport/vcard/no-card", test_no_card);
  g_test_add_func ("/rapport/vcard/writer", test_writer);
  g_test_add_func ("/rapport/vcard/writer-dates-and-photo", test_writer_dates_and_photo);
  g_test_add_func ("/rapport/vcard/round-trip", test_round_trip);
  g_test_add_func ("/rapport/vcard/department-units", test_department_units);
  g_test_add_func ("/rapport/vcard/rapport-fields", test_rapport_fields);
  g_test_add_func ("/rapport/vcard/random-bytes", test_random_bytes);
  g_test_add_func ("/rapport/vcard/truncated", test_truncated);
  g_test_add_func ("/rapport/vcard/huge-inputs", test_huge_inputs);
  g_test_add_func ("/rapport/vcard/large-file", test_large_file);
  g_test_add_func ("/rapport/vcard/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
