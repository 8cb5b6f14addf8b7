/* rapport-identity.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-contact.h"

G_BEGIN_DECLS

char     *rapport_identity_normalize_email (const char     *email);
char     *rapport_identity_normalize_phone (const char     *phone);
gboolean  rapport_identity_phones_match    (const char     *a,
                                            const char     *b);
char     *rapport_identity_phone_digits    (const char     *phone);
gboolean  rapport_identity_phone_digits_match (const char  *da,
                                               const char  *db);
char     *rapport_identity_clean_url       (const char     *url);
char     *rapport_identity_normalize_url   (const char     *url);
GStrv     rapport_identity_keys            (RapportContact *contact);
char     *rapport_identity_name_key        (RapportContact *contact);
char     *rapport_identity_fold_name       (const char     *name);
char     *rapport_identity_person_name     (RapportContact *contact);

/**
 * RapportNameParts:
 *
 * A name taken apart for rapport_identity_name_parts_agree(): its words
 * folded (case, accents, letters such as ø and ß), in no particular order.
 */
typedef struct _RapportNameParts RapportNameParts;

RapportNameParts *rapport_identity_name_parts_new   (const char             *name);
void              rapport_identity_name_parts_free  (RapportNameParts       *parts);
gboolean          rapport_identity_name_parts_agree (const RapportNameParts *a,
                                                     const RapportNameParts *b);
gboolean          rapport_identity_name_parts_same  (const RapportNameParts *a,
                                                     const RapportNameParts *b);
gboolean          rapport_identity_names_agree      (const char             *a,
                                                     const char             *b);
GStrv             rapport_identity_name_parts_keys  (const RapportNameParts *parts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportNameParts, rapport_identity_name_parts_free)

G_END_DECLS
