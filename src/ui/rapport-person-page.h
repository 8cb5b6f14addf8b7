/* rapport-person-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PERSON_PAGE (rapport_person_page_get_type ())

G_DECLARE_FINAL_TYPE (RapportPersonPage, rapport_person_page, RAPPORT, PERSON_PAGE, AdwBin)

RapportStore   *rapport_person_page_get_store   (RapportPersonPage *self);
void            rapport_person_page_set_store   (RapportPersonPage *self,
                                                 RapportStore      *store);
RapportContact *rapport_person_page_get_contact (RapportPersonPage *self);
void            rapport_person_page_set_contact (RapportPersonPage *self,
                                                 RapportContact    *contact);
void            rapport_person_page_focus_name  (RapportPersonPage *self);
void            rapport_person_page_log_interaction (RapportPersonPage *self);
gboolean        rapport_person_page_save_now    (RapportPersonPage *self);

G_END_DECLS
