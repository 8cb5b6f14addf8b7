/* test-field-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a contact detail from an imported file opens: only expected kinds
 * of links, and email addresses and phone numbers escaped so that nothing
 * in them becomes a header, a parameter or another recipient.
 */

#include "config.h"

#include <glib.h>

#include "rapport-field-link.h"

typedef struct
{
  RapportFieldKind kind;
  const char *value;
  RapportFieldLink link;
  const char *uri;
} Case;

static void
check_cases (const Case *cases,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *uri = NULL;
      RapportFieldLink link = rapport_field_link_build (cases[i].kind, cases[i].value, &uri);

      g_test_message ("%s", cases[i].value);
      g_assert_cmpint (link, ==, cases[i].link);
      g_assert_cmpstr (uri, ==, cases[i].uri);
    }
}

static void
test_email_escaped (void)
{
  static const Case cases[] = {
    { RAPPORT_FIELD_EMAIL, "ana@example.org", RAPPORT_FIELD_LINK_OPEN, "mailto:ana@example.org" },
    { RAPPORT_FIELD_EMAIL, "  ana@example.org\n", RAPPORT_FIELD_LINK_OPEN, "mailto:ana@example.org" },
    /* A query would add an attachment in some mail clients. */
    { RAPPORT_FIELD_EMAIL, "a@b.c?attach=/etc/passwd", RAPPORT_FIELD_LINK_OPEN,
      "mailto:a@b.c%3Fattach%3D%2Fetc%2Fpasswd" },
    { RAPPORT_FIELD_EMAIL, "a@b.c?cc=x@y.z&body=hello", RAPPORT_FIELD_LINK_OPEN,
      "mailto:a@b.c%3Fcc%3Dx@y.z%26body%3Dhello" },
    /* A comma or a second address is another recipient. */
    { RAPPORT_FIELD_EMAIL, "a@b.c,boss@corp.example", RAPPORT_FIELD_LINK_OPEN,
      "mailto:a@b.c%2Cboss@corp.example" },
    /* "%" must not decode into what the other escapes keep out. */
    { RAPPORT_FIELD_EMAIL, "a@b.c%3Fattach%3D%2Fetc%2Fpasswd", RAPPORT_FIELD_LINK_OPEN,
      "mailto:a@b.c%253Fattach%253D%252Fetc%252Fpasswd" },
    { RAPPORT_FIELD_EMAIL, "ana smith@example.org", RAPPORT_FIELD_LINK_OPEN,
      "mailto:ana%20smith@example.org" },
    { RAPPORT_FIELD_EMAIL, "a@b.c\nBcc: x@y.z", RAPPORT_FIELD_LINK_OPEN,
      "mailto:a@b.c%0ABcc%3A%20x@y.z" },
    { RAPPORT_FIELD_EMAIL, "a+tag@b.c#frag", RAPPORT_FIELD_LINK_OPEN, "mailto:a%2Btag@b.c%23frag" },
    { RAPPORT_FIELD_EMAIL, "MAILTO:ana@example.org", RAPPORT_FIELD_LINK_OPEN, "mailto:ana@example.org" },
    { RAPPORT_FIELD_EMAIL, "josé@exämple.org", RAPPORT_FIELD_LINK_OPEN,
      "mailto:jos%C3%A9@ex%C3%A4mple.org" },
    { RAPPORT_FIELD_EMAIL, "   ", RAPPORT_FIELD_LINK_NONE, NULL },
    { RAPPORT_FIELD_EMAIL, NULL, RAPPORT_FIELD_LINK_NONE, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_phone_escaped (void)
{
  static const Case cases[] = {
    { RAPPORT_FIELD_PHONE, "+49 30 1234567", RAPPORT_FIELD_LINK_OPEN, "tel:+49301234567" },
    { RAPPORT_FIELD_PHONE, "(555) 010-0100", RAPPORT_FIELD_LINK_OPEN, "tel:%28555%29010-0100" },
    { RAPPORT_FIELD_PHONE, "555&x=1", RAPPORT_FIELD_LINK_OPEN, "tel:555%26x%3D1" },
    { RAPPORT_FIELD_PHONE, "555%0A1", RAPPORT_FIELD_LINK_OPEN, "tel:555%250A1" },
    { RAPPORT_FIELD_PHONE, "555\n;phone-context=evil", RAPPORT_FIELD_LINK_OPEN,
      "tel:555%3Bphone-context%3Devil" },
    { RAPPORT_FIELD_PHONE, "tel:+1-555-0100", RAPPORT_FIELD_LINK_OPEN, "tel:+1-555-0100" },
    { RAPPORT_FIELD_PHONE, "+1 555 0100 #22", RAPPORT_FIELD_LINK_OPEN, "tel:+15550100%2322" },
    { RAPPORT_FIELD_PHONE, " \t", RAPPORT_FIELD_LINK_NONE, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_web_schemes (void)
{
  static const Case cases[] = {
    { RAPPORT_FIELD_URL, "https://example.org/ana", RAPPORT_FIELD_LINK_OPEN, "https://example.org/ana" },
    { RAPPORT_FIELD_URL, "HTTP://Example.org", RAPPORT_FIELD_LINK_OPEN, "HTTP://Example.org" },
    { RAPPORT_FIELD_URL, "example.org/ana?x=1&y=2", RAPPORT_FIELD_LINK_OPEN, "https://example.org/ana?x=1&y=2" },
    { RAPPORT_FIELD_URL, "www.example.org:8080/", RAPPORT_FIELD_LINK_OPEN, "https://www.example.org:8080/" },
    { RAPPORT_FIELD_URL, "sip:ana@example.org", RAPPORT_FIELD_LINK_OPEN, "sip:ana@example.org" },
    { RAPPORT_FIELD_URL, "xmpp:ana@example.org", RAPPORT_FIELD_LINK_OPEN, "xmpp:ana@example.org" },
    { RAPPORT_FIELD_URL, "matrix:u/ana:example.org", RAPPORT_FIELD_LINK_OPEN, "matrix:u/ana:example.org" },
    { RAPPORT_FIELD_URL, "geo:52.52,13.405", RAPPORT_FIELD_LINK_OPEN, "geo:52.52,13.405" },
    /* mailto: and tel: in a web address are rebuilt like an address. */
    { RAPPORT_FIELD_URL, "mailto:a@b.c?attach=/etc/passwd", RAPPORT_FIELD_LINK_OPEN,
      "mailto:a@b.c%3Fattach%3D%2Fetc%2Fpasswd" },
    { RAPPORT_FIELD_URL, "tel:555&x", RAPPORT_FIELD_LINK_OPEN, "tel:555%26x" },
    /* Files, shares that leak credentials, scripts, other apps' handlers. */
    { RAPPORT_FIELD_URL, "file:///etc/passwd", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "FILE:///home/ana/.ssh/id_rsa", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "smb://attacker.example/share", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "sftp://attacker.example/", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "javascript:alert(1)", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "data:text/html,<script>", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "steam://run/123", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "x-apple-custom:anything", RAPPORT_FIELD_LINK_REFUSED, NULL },
    /* Not a link a site gave: spaces, line breaks, no host. */
    { RAPPORT_FIELD_URL, "https://example.org/a b", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "https://example.org/\nfile:///etc/passwd", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "https:///etc/passwd", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "//attacker.example/share", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "https://example.org/%zz", RAPPORT_FIELD_LINK_REFUSED, NULL },
    { RAPPORT_FIELD_URL, "", RAPPORT_FIELD_LINK_NONE, NULL },
    { RAPPORT_FIELD_ADDRESS, "1 Main Street", RAPPORT_FIELD_LINK_NONE, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
  g_assert_true (rapport_field_link_scheme_allowed ("HTTPS"));
  g_assert_false (rapport_field_link_scheme_allowed ("file"));
}

/* A draft to two people: both addresses, however hostile, stay two
 * recipients; subject and body cannot add a header, and line breaks are
 * CRLF. Empty addresses are left out; none at all is no draft. */
static void
test_mailto_draft (void)
{
  const char *both[] = { "ana@example.org", " ben+work@example.com ", NULL };
  const char *hostile[] = { "eve@example.org?bcc=mallory@example.org", "", "x,y@example.org", NULL };
  const char *none[] = { "", NULL };
  g_autofree char *uri = NULL;

  uri = rapport_field_link_build_mailto (both, "Introduction: Ana & Ben", "Hi Ana and Ben,\n\nMeet = talk?");
  g_assert_cmpstr (uri, ==,
                   "mailto:ana@example.org,ben%2Bwork@example.com"
                   "?subject=Introduction%3A%20Ana%20%26%20Ben"
                   "&body=Hi%20Ana%20and%20Ben%2C%0D%0A%0D%0AMeet%20%3D%20talk%3F");
  g_clear_pointer (&uri, g_free);

  uri = rapport_field_link_build_mailto (hostile, NULL, "Body");
  g_assert_cmpstr (uri, ==, "mailto:eve@example.org%3Fbcc%3Dmallory@example.org,x%2Cy@example.org?body=Body");
  g_clear_pointer (&uri, g_free);

  g_assert_null (rapport_field_link_build_mailto (none, "Subject", "Body"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rapport/field-link/email-escaped", test_email_escaped);
  g_test_add_func ("/rapport/field-link/phone-escaped", test_phone_escaped);
  g_test_add_func ("/rapport/field-link/web-schemes", test_web_schemes);
  g_test_add_func ("/rapport/field-link/mailto-draft", test_mailto_draft);

  return g_test_run ();
}
