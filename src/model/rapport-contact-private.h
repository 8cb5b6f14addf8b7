/* rapport-contact-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of RapportContact share: rapport-contact.c (the object and
 * what is typed about a person), rapport-contact-name.c (the name shown) and
 * rapport-contact-derived.c (what the store keeps and derives).
 */

#pragma once

#include "rapport-contact.h"

G_BEGIN_DECLS

enum {
  PROP_0,
  PROP_ID,
  /* The text properties, kept together so one array holds them. */
  PROP_UID,
  PROP_DISPLAY_NAME,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_ADDITIONAL_NAME,
  PROP_NAME_PREFIX,
  PROP_NAME_SUFFIX,
  PROP_NICKNAME,
  PROP_PRONOUNS,
  PROP_PROFESSION,
  PROP_EXPERTISE,
  PROP_ENVIRONMENT,
  PROP_LOOKING_FOR,
  PROP_COMPANY,
  PROP_DEPARTMENT,
  PROP_HOW_MET,
  PROP_MET_AT,
  PROP_NOTES,
  PROP_HOW_I_CAN_HELP,
  /* The rest */
  PROP_NAME,
  PROP_MET_ON,
  PROP_BIRTHDAY,
  PROP_CLOSENESS,
  PROP_ENJOY,
  PROP_CADENCE_DAYS,
  PROP_PHOTO,
  PROP_THUMBNAIL,
  PROP_ARCHIVED,
  PROP_TAGS,
  PROP_FIELDS,
  PROP_VCARD_EXTRA,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_LAST_CONTACTED,
  PROP_DUE_ON,
  N_PROPS
};

#define FIRST_TEXT PROP_UID
#define N_TEXTS (PROP_HOW_I_CAN_HELP - PROP_UID + 1)

struct _RapportContact
{
  GObject parent_instance;

  gint64 id;
  char *texts[N_TEXTS];
  RapportPartialDate met_on;
  RapportPartialDate birthday;
  RapportCloseness closeness;
  guint cadence_days;
  GBytes *photo;
  GBytes *thumbnail;
  GStrv tags;
  GPtrArray *fields;
  GStrv vcard_extra;
  GDateTime *created_at;
  GDateTime *updated_at;
  GDate last_contacted;
  GDate due_on;
  guint enjoy : 1;
  guint archived : 1;
};

/* rapport-contact.c */
const char *rapport_contact_get_text (RapportContact *self,
                                      guint           prop_id);
void        rapport_contact_set_text (RapportContact *self,
                                      guint           prop_id,
                                      const char     *text);
void        rapport_contact_notify   (RapportContact *self,
                                      guint           prop_id);

G_END_DECLS
