/* rapport-contact-fields-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-contact.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CONTACT_FIELDS_GROUP (rapport_contact_fields_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportContactFieldsGroup, rapport_contact_fields_group, RAPPORT, CONTACT_FIELDS_GROUP,
                      AdwPreferencesGroup)

RapportContact *rapport_contact_fields_group_get_contact (RapportContactFieldsGroup *self);
void            rapport_contact_fields_group_set_contact (RapportContactFieldsGroup *self,
                                                          RapportContact            *contact);

G_END_DECLS
