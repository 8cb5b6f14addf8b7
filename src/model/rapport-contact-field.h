/* rapport-contact-field.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rapport-address.h"
#include "rapport-enums.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CONTACT_FIELD (rapport_contact_field_get_type ())

G_DECLARE_FINAL_TYPE (RapportContactField, rapport_contact_field, RAPPORT, CONTACT_FIELD, GObject)

RapportContactField *rapport_contact_field_new       (RapportFieldKind           kind,
                                                      const char                *label,
                                                      const char                *value);
RapportFieldKind     rapport_contact_field_get_kind  (RapportContactField       *self);
const char          *rapport_contact_field_get_label (RapportContactField       *self);
void                 rapport_contact_field_set_label (RapportContactField       *self,
                                                      const char                *label);
const char          *rapport_contact_field_get_value (RapportContactField       *self);
void                 rapport_contact_field_set_value (RapportContactField       *self,
                                                      const char                *value);
RapportContactField *rapport_contact_field_new_address (const char           *label,
                                                        const RapportAddress *address);
const RapportAddress *rapport_contact_field_get_address (RapportContactField  *self);
void                 rapport_contact_field_set_address (RapportContactField  *self,
                                                        const RapportAddress *address);
gboolean             rapport_contact_field_equal     (RapportContactField       *a,
                                                      RapportContactField       *b);

G_END_DECLS
