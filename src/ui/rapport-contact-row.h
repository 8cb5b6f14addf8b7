/* rapport-contact-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-contact.h"
#include "rapport-thumbnailer.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_CONTACT_ROW (rapport_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportContactRow, rapport_contact_row, RAPPORT, CONTACT_ROW, AdwBin)

RapportContact *rapport_contact_row_get_contact (RapportContactRow *self);
void            rapport_contact_row_set_contact (RapportContactRow *self,
                                                 RapportContact    *contact);
GdkTexture     *rapport_contact_dup_texture     (RapportContact    *contact);
char           *rapport_contact_dup_subtitle    (RapportContact    *contact);
char           *rapport_contact_dup_follow_up_due (RapportContact  *contact,
                                                   const GDate     *today);

G_END_DECLS
