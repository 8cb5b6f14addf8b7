/* rapport-contact-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-contact.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CONTACT_MERGE (rapport_contact_merge_get_type ())

G_DECLARE_FINAL_TYPE (RapportContactMerge, rapport_contact_merge, RAPPORT, CONTACT_MERGE, GObject)

RapportContactMerge *rapport_contact_merge      (RapportContact      *target,
                                                 RapportContact      *source);
gboolean             rapport_contact_merge_undo (RapportContactMerge *self,
                                                 RapportContact      *target);
gboolean             rapport_contact_contains   (RapportContact      *target,
                                                 RapportContact      *source);

G_END_DECLS
