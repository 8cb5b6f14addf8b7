/* interop-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers the interop tests share: fixtures from tests/fixtures/interop and
 * field checks.
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "rapport-contact.h"
#include "rapport-import-problem.h"

static inline GBytes *
test_load_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "interop", name, NULL);
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

#define test_assert_field(contact, index, kind, label, value) \
  G_STMT_START { \
    GPtrArray *_fields = rapport_contact_get_fields (contact); \
    RapportContactField *_field; \
    g_assert_cmpuint (_fields->len, >, (index)); \
    _field = g_ptr_array_index (_fields, (index)); \
    g_assert_cmpint (rapport_contact_field_get_kind (_field), ==, (kind)); \
    g_assert_cmpstr (rapport_contact_field_get_label (_field), ==, (label)); \
    g_assert_cmpstr (rapport_contact_field_get_value (_field), ==, (value)); \
  } G_STMT_END

/* An address field's label and its seven ADR parts, in vCard order. */
#define test_assert_address(contact, index, label, ...) \
  G_STMT_START { \
    GPtrArray *_fields = rapport_contact_get_fields (contact); \
    const char *_parts[] = { __VA_ARGS__ }; \
    RapportContactField *_field; \
    const RapportAddress *_address; \
    G_STATIC_ASSERT (G_N_ELEMENTS (_parts) == RAPPORT_ADDRESS_N_ADR_PARTS); \
    g_assert_cmpuint (_fields->len, >, (index)); \
    _field = g_ptr_array_index (_fields, (index)); \
    g_assert_cmpint (rapport_contact_field_get_kind (_field), ==, RAPPORT_FIELD_ADDRESS); \
    g_assert_cmpstr (rapport_contact_field_get_label (_field), ==, (label)); \
    _address = rapport_contact_field_get_address (_field); \
    for (guint _i = 0; _i < RAPPORT_ADDRESS_N_ADR_PARTS; _i++) \
      g_assert_cmpstr (rapport_address_get (_address, _i), ==, _parts[_i]); \
  } G_STMT_END

/* The name shown, whether chosen or made of the parts. */
#define test_assert_shown_name(contact, expected) \
  G_STMT_START { \
    g_autofree char *_name = rapport_contact_dup_name (contact); \
    g_assert_cmpstr (_name, ==, (expected)); \
  } G_STMT_END

/* Prefix, given, additional, family, suffix. */
#define test_assert_name(contact, ...) \
  G_STMT_START { \
    const char *_parts[] = { __VA_ARGS__ }; \
    G_STATIC_ASSERT (G_N_ELEMENTS (_parts) == RAPPORT_N_NAME_PARTS); \
    for (guint _i = 0; _i < RAPPORT_N_NAME_PARTS; _i++) \
      g_assert_cmpstr (rapport_contact_get_name_part ((contact), _i), ==, _parts[_i]); \
  } G_STMT_END

#define test_assert_date(date, y, m, d) \
  G_STMT_START { \
    const RapportPartialDate *_date = (date); \
    g_assert_cmpuint (_date->year, ==, (y)); \
    g_assert_cmpuint (_date->month, ==, (m)); \
    g_assert_cmpuint (_date->day, ==, (d)); \
  } G_STMT_END

static inline void
test_assert_strv (const char * const *got,
                  const char * const *expected)
{
  guint n = got != NULL ? g_strv_length ((char **) got) : 0;

  for (guint i = 0; i < n && expected[i] != NULL; i++)
    g_assert_cmpstr (got[i], ==, expected[i]);
  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
}

static inline void
test_assert_valid_utf8 (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* Every text the contact holds is valid UTF-8, as the store needs. */
static inline void
test_assert_contact_valid (RapportContact *contact)
{
  static const char * const props[] = {
    "uid", "display-name", "given-name", "family-name", "nickname", "company",
    "profession", "notes", "how-met",
  };
  GPtrArray *fields = rapport_contact_get_fields (contact);
  const char * const *lines = rapport_contact_get_vcard_extra (contact);
  const char * const *tags = rapport_contact_get_tags (contact);

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    {
      g_autofree char *text = NULL;

      g_object_get (contact, props[i], &text, NULL);
      test_assert_valid_utf8 (text);
    }
  for (guint i = 0; i < fields->len; i++)
    {
      test_assert_valid_utf8 (rapport_contact_field_get_label (g_ptr_array_index (fields, i)));
      test_assert_valid_utf8 (rapport_contact_field_get_value (g_ptr_array_index (fields, i)));
    }
  for (guint i = 0; lines[i] != NULL; i++)
    {
      test_assert_valid_utf8 (lines[i]);
      g_assert_null (strpbrk (lines[i], "\r\n"));
    }
  for (guint i = 0; tags[i] != NULL; i++)
    test_assert_valid_utf8 (tags[i]);
  g_assert_true (rapport_partial_date_is_valid (rapport_contact_get_birthday (contact)));
}

/* A reader of other apps' files: rapport_vcard_read() and the like. */
typedef GPtrArray *(*TestReadFunc) (const char  *data,
                                    gsize        len,
                                    GPtrArray   *problems,
                                    GError     **error);

/* The people @reader finds in fixture @name, which must read without an
 * error, each one valid. */
static inline GPtrArray *
test_read_fixture (TestReadFunc  reader,
                   const char   *name,
                   GPtrArray    *problems)
{
  g_autoptr(GBytes) bytes = test_load_fixture (name);
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  GPtrArray *contacts = reader (data, len, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contacts);
  for (guint i = 0; i < contacts->len; i++)
    test_assert_contact_valid (g_ptr_array_index (contacts, i));
  return contacts;
}

static inline RapportImportProblem *
test_problem (GPtrArray *problems,
              guint      index)
{
  g_assert_cmpuint (problems->len, >, index);
  return g_ptr_array_index (problems, index);
}
