/* rapport-address-book-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-contact.h"

G_BEGIN_DECLS

/**
 * RapportBookField:
 *
 * The fields an address book owns, merged one by one. Their names are
 * stored (address_book_agreed.field): never rename them.
 */
typedef enum
{
  RAPPORT_BOOK_FIELD_NAME,
  RAPPORT_BOOK_FIELD_EMAILS,
  RAPPORT_BOOK_FIELD_PHONES,
  RAPPORT_BOOK_FIELD_ADDRESSES,
  RAPPORT_BOOK_FIELD_ORGANIZATION,
  RAPPORT_BOOK_FIELD_BIRTHDAY,
  RAPPORT_BOOK_FIELD_PHOTO,
  RAPPORT_N_BOOK_FIELDS,
} RapportBookField;

#define RAPPORT_BOOK_FIELDS_ALL ((1u << RAPPORT_N_BOOK_FIELDS) - 1)

/**
 * RapportBookMerge:
 * @person_changed: whether the person was changed (to be saved)
 * @write: the fields (bit per #RapportBookField) the book must be given
 * @agreed: (element-type utf8 utf8): what both sides agree on once the
 *   person is saved and @write written
 * @note: (nullable): what differed in a field both sides changed, where
 *   the book's value was kept
 */
typedef struct
{
  gboolean person_changed;
  guint write;
  GHashTable *agreed;
  char *note;
} RapportBookMerge;

const char       *rapport_book_field_get_name   (RapportBookField  field);
char             *rapport_book_field_text       (RapportContact   *contact,
                                                 RapportBookField  field);
RapportFieldKind  rapport_book_field_kind       (RapportBookField  field);
GHashTable       *rapport_book_fields_agreed    (RapportContact   *contact);
RapportContact   *rapport_book_read_vcard       (const char       *vcard);
GHashTable       *rapport_book_link_fields      (RapportContact   *person,
                                                 RapportContact   *book);
RapportBookMerge *rapport_book_merge            (RapportContact   *person,
                                                 RapportContact   *book,
                                                 GHashTable       *agreed);
void              rapport_book_merge_free       (RapportBookMerge *merge);
char             *rapport_book_splice_vcard     (const char       *vcard,
                                                 RapportContact   *person,
                                                 guint             fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportBookMerge, rapport_book_merge_free)

G_END_DECLS
