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
char     *rapport_identity_clean_url       (const char     *url);
char     *rapport_identity_normalize_url   (const char     *url);
GStrv     rapport_identity_keys            (RapportContact *contact);
char     *rapport_identity_name_key        (RapportContact *contact);
char     *rapport_identity_fold_name       (const char     *name);

G_END_DECLS
