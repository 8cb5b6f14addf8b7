/* rapport-contact.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-contact-field.h"
#include "rapport-enums.h"
#include "rapport-partial-date.h"

G_BEGIN_DECLS

/**
 * RapportNamePart:
 *
 * The parts of a structured name, in the order a name is written (vCard's
 * N has them as family; given; additional; prefix; suffix). Each may be a
 * comma list ("Jr.,M.D."), kept as the file wrote it.
 */
typedef enum
{
  RAPPORT_NAME_PREFIX,
  RAPPORT_NAME_GIVEN,
  RAPPORT_NAME_ADDITIONAL,
  RAPPORT_NAME_FAMILY,
  RAPPORT_NAME_SUFFIX,
  RAPPORT_N_NAME_PARTS,
} RapportNamePart;

#define RAPPORT_TYPE_CONTACT (rapport_contact_get_type ())

G_DECLARE_FINAL_TYPE (RapportContact, rapport_contact, RAPPORT, CONTACT, GObject)

RapportContact           *rapport_contact_new                (void);

gint64                    rapport_contact_get_id             (RapportContact           *self);
void                      rapport_contact_set_id             (RapportContact           *self,
                                                              gint64                    id);
const char               *rapport_contact_get_uid            (RapportContact           *self);
void                      rapport_contact_set_uid            (RapportContact           *self,
                                                              const char               *uid);
const char               *rapport_contact_get_display_name   (RapportContact           *self);
void                      rapport_contact_set_display_name   (RapportContact           *self,
                                                              const char               *name);
const char               *rapport_contact_get_given_name     (RapportContact           *self);
void                      rapport_contact_set_given_name     (RapportContact           *self,
                                                              const char               *name);
const char               *rapport_contact_get_family_name    (RapportContact           *self);
void                      rapport_contact_set_family_name    (RapportContact           *self,
                                                              const char               *name);
const char               *rapport_contact_get_additional_name (RapportContact         *self);
void                      rapport_contact_set_additional_name (RapportContact         *self,
                                                               const char             *name);
const char               *rapport_contact_get_name_prefix    (RapportContact           *self);
void                      rapport_contact_set_name_prefix    (RapportContact           *self,
                                                              const char               *prefix);
const char               *rapport_contact_get_name_suffix    (RapportContact           *self);
void                      rapport_contact_set_name_suffix    (RapportContact           *self,
                                                              const char               *suffix);
const char               *rapport_contact_get_name_part      (RapportContact           *self,
                                                              RapportNamePart           part);
void                      rapport_contact_set_name_part      (RapportContact           *self,
                                                              RapportNamePart           part,
                                                              const char               *text);
const char               *rapport_contact_get_nickname       (RapportContact           *self);
void                      rapport_contact_set_nickname       (RapportContact           *self,
                                                              const char               *nickname);
const char               *rapport_contact_get_pronouns       (RapportContact           *self);
void                      rapport_contact_set_pronouns       (RapportContact           *self,
                                                              const char               *pronouns);
const char               *rapport_contact_get_profession     (RapportContact           *self);
void                      rapport_contact_set_profession     (RapportContact           *self,
                                                              const char               *profession);
const char               *rapport_contact_get_expertise      (RapportContact           *self);
void                      rapport_contact_set_expertise      (RapportContact           *self,
                                                              const char               *expertise);
const char               *rapport_contact_get_environment    (RapportContact           *self);
void                      rapport_contact_set_environment    (RapportContact           *self,
                                                              const char               *environment);
const char               *rapport_contact_get_looking_for    (RapportContact           *self);
void                      rapport_contact_set_looking_for    (RapportContact           *self,
                                                              const char               *looking_for);
const char               *rapport_contact_get_company        (RapportContact           *self);
void                      rapport_contact_set_company        (RapportContact           *self,
                                                              const char               *company);
const char               *rapport_contact_get_department     (RapportContact           *self);
void                      rapport_contact_set_department     (RapportContact           *self,
                                                              const char               *department);
GStrv                     rapport_contact_dup_department_units (RapportContact     *self);
void                      rapport_contact_set_department_units (RapportContact     *self,
                                                                const char * const *units);
char                     *rapport_contact_join_units         (const char * const       *units,
                                                              const char               *separator);
GStrv                     rapport_contact_split_units        (const char               *text,
                                                              gboolean                  spaced_is_text);
const char               *rapport_contact_get_how_met        (RapportContact           *self);
void                      rapport_contact_set_how_met        (RapportContact           *self,
                                                              const char               *how_met);
const char               *rapport_contact_get_met_at         (RapportContact           *self);
void                      rapport_contact_set_met_at         (RapportContact           *self,
                                                              const char               *met_at);
const char               *rapport_contact_get_notes          (RapportContact           *self);
void                      rapport_contact_set_notes          (RapportContact           *self,
                                                              const char               *notes);
const char               *rapport_contact_get_how_i_can_help (RapportContact           *self);
void                      rapport_contact_set_how_i_can_help (RapportContact           *self,
                                                              const char               *how_i_can_help);
const RapportPartialDate *rapport_contact_get_met_on         (RapportContact           *self);
void                      rapport_contact_set_met_on         (RapportContact           *self,
                                                              const RapportPartialDate *met_on);
const RapportPartialDate *rapport_contact_get_birthday       (RapportContact           *self);
void                      rapport_contact_set_birthday       (RapportContact           *self,
                                                              const RapportPartialDate *birthday);
RapportCloseness          rapport_contact_get_closeness      (RapportContact           *self);
void                      rapport_contact_set_closeness      (RapportContact           *self,
                                                              RapportCloseness          closeness);
gboolean                  rapport_contact_get_enjoy          (RapportContact           *self);
void                      rapport_contact_set_enjoy          (RapportContact           *self,
                                                              gboolean                  enjoy);
guint                     rapport_contact_get_cadence_days   (RapportContact           *self);
void                      rapport_contact_set_cadence_days   (RapportContact           *self,
                                                              guint                     days);
GBytes                   *rapport_contact_get_photo          (RapportContact           *self);
void                      rapport_contact_set_photo          (RapportContact           *self,
                                                              GBytes                   *photo);
GBytes                   *rapport_contact_get_thumbnail      (RapportContact           *self);
void                      rapport_contact_set_thumbnail      (RapportContact           *self,
                                                              GBytes                   *thumbnail);
gboolean                  rapport_contact_get_archived       (RapportContact           *self);
void                      rapport_contact_set_archived       (RapportContact           *self,
                                                              gboolean                  archived);
const char * const       *rapport_contact_get_tags           (RapportContact           *self);
void                      rapport_contact_set_tags           (RapportContact           *self,
                                                              const char * const       *tags);
GPtrArray                *rapport_contact_get_fields         (RapportContact           *self);
void                      rapport_contact_set_fields         (RapportContact           *self,
                                                              GPtrArray                *fields);
const char * const       *rapport_contact_get_vcard_extra    (RapportContact           *self);
void                      rapport_contact_set_vcard_extra    (RapportContact           *self,
                                                              const char * const       *lines);
GDateTime                *rapport_contact_get_created_at     (RapportContact           *self);
GDateTime                *rapport_contact_get_updated_at     (RapportContact           *self);
void                      rapport_contact_set_timestamps     (RapportContact           *self,
                                                              GDateTime                *created_at,
                                                              GDateTime                *updated_at);
const GDate              *rapport_contact_get_last_contacted (RapportContact           *self);
const GDate              *rapport_contact_get_due_on         (RapportContact           *self);
void                      rapport_contact_set_derived        (RapportContact           *self,
                                                              const GDate              *last_contacted,
                                                              const GDate              *due_on);
gboolean                  rapport_contact_is_due             (RapportContact           *self,
                                                              const GDate              *today);
char                     *rapport_contact_dup_name           (RapportContact           *self);
char                     *rapport_contact_dup_derived_name   (RapportContact           *self);
gboolean                  rapport_contact_get_name_chosen    (RapportContact           *self);
void                      rapport_contact_set_name           (RapportContact           *self,
                                                              const char               *name);
char                     *rapport_contact_compose_name       (const char               *display_name,
                                                              const char * const       *parts,
                                                              const char               *nickname,
                                                              const char               *company);

G_END_DECLS
