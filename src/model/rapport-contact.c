/* rapport-contact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person you know: who they are, their PEEC as you learn it, how you met,
 * and how you can help them. "last-contacted" and "due-on" are derived by the
 * store from the interactions, never typed in.
 */

#define G_LOG_DOMAIN "rapport-contact"

#include "config.h"

#include <string.h>

#include "rapport-contact-private.h"
#include "rapport-model-enums.h"

G_DEFINE_FINAL_TYPE (RapportContact, rapport_contact, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

const char *
rapport_contact_get_text (RapportContact *self,
                          guint           prop_id)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return self->texts[prop_id - FIRST_TEXT];
}

/* The texts the shown name is made of. */
static gboolean
names_the_person (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
    case PROP_GIVEN_NAME:
    case PROP_FAMILY_NAME:
    case PROP_ADDITIONAL_NAME:
    case PROP_NAME_PREFIX:
    case PROP_NAME_SUFFIX:
    case PROP_NICKNAME:
    case PROP_COMPANY:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Every empty text is this one string rather than an allocation each:
 * most of a person's 19 texts are empty (13 of a LinkedIn row's), and an
 * import of 30,000 people holds them all at once (12 MB of empty strings). */
static char empty_text[] = "";

static void
free_text (char *text)
{
  if (text != empty_text)
    g_free (text);
}

void
rapport_contact_set_text (RapportContact *self,
                          guint           prop_id,
                          const char     *text)
{
  char **slot;
  char *old;

  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  slot = &self->texts[prop_id - FIRST_TEXT];
  if (text == NULL)
    text = "";
  if (strcmp (*slot, text) != 0)
    {
      old = *slot;
      *slot = *text == '\0' ? empty_text : g_strdup (text);
      free_text (old);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
      if (names_the_person (prop_id))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
}

/* For the other files of the class, which cannot see properties[]. */
void
rapport_contact_notify (RapportContact *self,
                        guint           prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal (a ? a : empty, b ? b : empty);
}

static gboolean
fields_equal (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (!rapport_contact_field_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

static void
rapport_contact_finalize (GObject *object)
{
  RapportContact *self = RAPPORT_CONTACT (object);

  for (guint i = 0; i < N_TEXTS; i++)
    free_text (self->texts[i]);
  g_clear_pointer (&self->photo, g_bytes_unref);
  g_clear_pointer (&self->thumbnail, g_bytes_unref);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->vcard_extra, g_strfreev);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);

  G_OBJECT_CLASS (rapport_contact_parent_class)->finalize (object);
}

static void
rapport_contact_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RapportContact *self = RAPPORT_CONTACT (object);

  if (prop_id >= FIRST_TEXT && prop_id < FIRST_TEXT + N_TEXTS)
    {
      g_value_set_string (value, rapport_contact_get_text (self, prop_id));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_take_string (value, rapport_contact_dup_name (self));
      break;
    case PROP_MET_ON:
      g_value_set_boxed (value, &self->met_on);
      break;
    case PROP_BIRTHDAY:
      g_value_set_boxed (value, &self->birthday);
      break;
    case PROP_CLOSENESS:
      g_value_set_enum (value, self->closeness);
      break;
    case PROP_ENJOY:
      g_value_set_boolean (value, self->enjoy);
      break;
    case PROP_CADENCE_DAYS:
      g_value_set_uint (value, self->cadence_days);
      break;
    case PROP_PHOTO:
      g_value_set_boxed (value, self->photo);
      break;
    case PROP_THUMBNAIL:
      g_value_set_boxed (value, self->thumbnail);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_FIELDS:
      g_value_set_boxed (value, self->fields);
      break;
    case PROP_VCARD_EXTRA:
      g_value_set_boxed (value, self->vcard_extra);
      break;
    case PROP_CREATED_AT:
      g_value_set_boxed (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_boxed (value, self->updated_at);
      break;
    case PROP_LAST_CONTACTED:
      g_value_set_boxed (value, rapport_contact_get_last_contacted (self));
      break;
    case PROP_DUE_ON:
      g_value_set_boxed (value, rapport_contact_get_due_on (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_contact_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RapportContact *self = RAPPORT_CONTACT (object);

  if (prop_id >= FIRST_TEXT && prop_id < FIRST_TEXT + N_TEXTS)
    {
      rapport_contact_set_text (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      rapport_contact_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      rapport_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_MET_ON:
      rapport_contact_set_met_on (self, g_value_get_boxed (value));
      break;
    case PROP_BIRTHDAY:
      rapport_contact_set_birthday (self, g_value_get_boxed (value));
      break;
    case PROP_CLOSENESS:
      rapport_contact_set_closeness (self, g_value_get_enum (value));
      break;
    case PROP_ENJOY:
      rapport_contact_set_enjoy (self, g_value_get_boolean (value));
      break;
    case PROP_CADENCE_DAYS:
      rapport_contact_set_cadence_days (self, g_value_get_uint (value));
      break;
    case PROP_PHOTO:
      rapport_contact_set_photo (self, g_value_get_boxed (value));
      break;
    case PROP_THUMBNAIL:
      rapport_contact_set_thumbnail (self, g_value_get_boxed (value));
      break;
    case PROP_ARCHIVED:
      rapport_contact_set_archived (self, g_value_get_boolean (value));
      break;
    case PROP_TAGS:
      rapport_contact_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_FIELDS:
      rapport_contact_set_fields (self, g_value_get_boxed (value));
      break;
    case PROP_VCARD_EXTRA:
      rapport_contact_set_vcard_extra (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_contact_class_init (RapportContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *text_names[N_TEXTS] = {
    "uid", "display-name", "given-name", "family-name", "additional-name",
    "name-prefix", "name-suffix", "nickname", "pronouns", "profession",
    "expertise", "environment", "looking-for", "company", "department",
    "how-met", "met-at", "notes", "how-i-can-help",
  };
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_contact_finalize;
  object_class->get_property = rapport_contact_get_property;
  object_class->set_property = rapport_contact_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  for (guint i = 0; i < N_TEXTS; i++)
    properties[FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", rw);
  /**
   * RapportContact:name:
   *
   * The name shown for the person: the one they chose (#RapportContact:display-name)
   * or, when that is empty, the one their name's parts make. Setting it to
   * what the parts make, or to nothing, goes back to the parts.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_MET_ON] = g_param_spec_boxed ("met-on", NULL, NULL, RAPPORT_TYPE_PARTIAL_DATE, rw);
  properties[PROP_BIRTHDAY] = g_param_spec_boxed ("birthday", NULL, NULL, RAPPORT_TYPE_PARTIAL_DATE, rw);
  properties[PROP_CLOSENESS] = g_param_spec_enum ("closeness", NULL, NULL, RAPPORT_TYPE_CLOSENESS,
                                                  RAPPORT_CLOSENESS_UNKNOWN, rw);
  properties[PROP_ENJOY] = g_param_spec_boolean ("enjoy", NULL, NULL, FALSE, rw);
  properties[PROP_CADENCE_DAYS] = g_param_spec_uint ("cadence-days", NULL, NULL, 0, 36500, 0, rw);
  properties[PROP_PHOTO] = g_param_spec_boxed ("photo", NULL, NULL, G_TYPE_BYTES, rw);
  /**
   * RapportContact:thumbnail:
   *
   * The photo made small for lists, as a PNG; empty when the photo cannot
   * be shown, %NULL when it has not been made yet.
   */
  properties[PROP_THUMBNAIL] = g_param_spec_boxed ("thumbnail", NULL, NULL, G_TYPE_BYTES, rw);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_FIELDS] = g_param_spec_boxed ("fields", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_VCARD_EXTRA] = g_param_spec_boxed ("vcard-extra", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_CREATED_AT] = g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_UPDATED_AT] = g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_LAST_CONTACTED] = g_param_spec_boxed ("last-contacted", NULL, NULL, G_TYPE_DATE, ro);
  properties[PROP_DUE_ON] = g_param_spec_boxed ("due-on", NULL, NULL, G_TYPE_DATE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_contact_init (RapportContact *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = empty_text;
  self->tags = g_new0 (char *, 1);
  self->vcard_extra = g_new0 (char *, 1);
  self->fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&self->last_contacted, 1);
  g_date_clear (&self->due_on, 1);
}

/**
 * rapport_contact_new:
 *
 * Returns: (transfer full): a new, unsaved contact (its id is 0)
 */
RapportContact *
rapport_contact_new (void)
{
  return g_object_new (RAPPORT_TYPE_CONTACT, NULL);
}

gint64
rapport_contact_get_id (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), 0);
  return self->id;
}

/* For the store: an id is given when the contact is first saved. */
void
rapport_contact_set_id (RapportContact *self,
                        gint64          id)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

#define TEXT_ACCESSORS(name, PROP) \
  const char *rapport_contact_get_##name (RapportContact *self) { return rapport_contact_get_text (self, PROP); } \
  void rapport_contact_set_##name (RapportContact *self, const char *value) { rapport_contact_set_text (self, PROP, value); }

TEXT_ACCESSORS (uid, PROP_UID)
TEXT_ACCESSORS (display_name, PROP_DISPLAY_NAME)
TEXT_ACCESSORS (given_name, PROP_GIVEN_NAME)
TEXT_ACCESSORS (family_name, PROP_FAMILY_NAME)
TEXT_ACCESSORS (additional_name, PROP_ADDITIONAL_NAME)
TEXT_ACCESSORS (name_prefix, PROP_NAME_PREFIX)
TEXT_ACCESSORS (name_suffix, PROP_NAME_SUFFIX)
TEXT_ACCESSORS (nickname, PROP_NICKNAME)
TEXT_ACCESSORS (pronouns, PROP_PRONOUNS)
TEXT_ACCESSORS (profession, PROP_PROFESSION)
TEXT_ACCESSORS (expertise, PROP_EXPERTISE)
TEXT_ACCESSORS (environment, PROP_ENVIRONMENT)
TEXT_ACCESSORS (looking_for, PROP_LOOKING_FOR)
TEXT_ACCESSORS (company, PROP_COMPANY)
TEXT_ACCESSORS (department, PROP_DEPARTMENT)
TEXT_ACCESSORS (how_met, PROP_HOW_MET)
TEXT_ACCESSORS (met_at, PROP_MET_AT)
TEXT_ACCESSORS (notes, PROP_NOTES)
TEXT_ACCESSORS (how_i_can_help, PROP_HOW_I_CAN_HELP)

#undef TEXT_ACCESSORS

/**
 * rapport_contact_dup_department_units:
 *
 * Returns: (transfer full): the organisation's units after the company
 *   (vCard's `ORG:Company;Division;Team`), each as written
 */
GStrv
rapport_contact_dup_department_units (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);

  return rapport_contact_split_units (rapport_contact_get_text (self, PROP_DEPARTMENT), FALSE);
}

/**
 * rapport_contact_set_department_units:
 * @units: (nullable): the organisation's units after the company
 *
 * Sets #RapportContact:department to @units, each kept whole, whatever it
 * holds.
 */
void
rapport_contact_set_department_units (RapportContact     *self,
                                      const char * const *units)
{
  g_autofree char *department = NULL;

  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  department = rapport_contact_join_units (units, ";");
  rapport_contact_set_text (self, PROP_DEPARTMENT, department);
}

const RapportPartialDate *
rapport_contact_get_met_on (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return &self->met_on;
}

void
rapport_contact_set_met_on (RapportContact           *self,
                            const RapportPartialDate *met_on)
{
  RapportPartialDate value = met_on ? *met_on : RAPPORT_PARTIAL_DATE_INIT;

  g_return_if_fail (RAPPORT_IS_CONTACT (self));
  g_return_if_fail (rapport_partial_date_is_valid (&value));

  if (!rapport_partial_date_equal (&self->met_on, &value))
    {
      self->met_on = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MET_ON]);
    }
}

const RapportPartialDate *
rapport_contact_get_birthday (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return &self->birthday;
}

void
rapport_contact_set_birthday (RapportContact           *self,
                              const RapportPartialDate *birthday)
{
  RapportPartialDate value = birthday ? *birthday : RAPPORT_PARTIAL_DATE_INIT;

  g_return_if_fail (RAPPORT_IS_CONTACT (self));
  g_return_if_fail (rapport_partial_date_is_valid (&value));

  if (!rapport_partial_date_equal (&self->birthday, &value))
    {
      self->birthday = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTHDAY]);
    }
}

RapportCloseness
rapport_contact_get_closeness (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), RAPPORT_CLOSENESS_UNKNOWN);
  return self->closeness;
}

void
rapport_contact_set_closeness (RapportContact   *self,
                               RapportCloseness  closeness)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));
  g_return_if_fail (closeness <= RAPPORT_CLOSENESS_ONLINE_ONLY);

  if (self->closeness != closeness)
    {
      self->closeness = closeness;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSENESS]);
    }
}

gboolean
rapport_contact_get_enjoy (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), FALSE);
  return self->enjoy;
}

void
rapport_contact_set_enjoy (RapportContact *self,
                           gboolean        enjoy)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  enjoy = !!enjoy;
  if (self->enjoy != enjoy)
    {
      self->enjoy = enjoy;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENJOY]);
    }
}

guint
rapport_contact_get_cadence_days (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), 0);
  return self->cadence_days;
}

/**
 * rapport_contact_set_cadence_days:
 * @days: how often you want to be in touch, in days; 0 for no reminder
 */
void
rapport_contact_set_cadence_days (RapportContact *self,
                                  guint           days)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));
  g_return_if_fail (days <= 36500);

  if (self->cadence_days != days)
    {
      self->cadence_days = days;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE_DAYS]);
    }
}

/**
 * rapport_contact_get_photo:
 *
 * Returns: (transfer none) (nullable): the photo's image file, as bytes
 */
GBytes *
rapport_contact_get_photo (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return self->photo;
}

void
rapport_contact_set_photo (RapportContact *self,
                           GBytes         *photo)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  if (photo != NULL && g_bytes_get_size (photo) == 0)
    photo = NULL;
  if (self->photo == photo ||
      (self->photo != NULL && photo != NULL && g_bytes_equal (self->photo, photo)))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_clear_pointer (&self->photo, g_bytes_unref);
  self->photo = photo ? g_bytes_ref (photo) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHOTO]);
  /* The thumbnail was of the photo before. */
  rapport_contact_set_thumbnail (self, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rapport_contact_get_thumbnail:
 *
 * Returns: (transfer none) (nullable): the photo made small, as a PNG; an
 *   empty one when the photo cannot be shown; %NULL when not made yet
 */
GBytes *
rapport_contact_get_thumbnail (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return self->thumbnail;
}

void
rapport_contact_set_thumbnail (RapportContact *self,
                               GBytes         *thumbnail)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  if (self->thumbnail == thumbnail ||
      (self->thumbnail != NULL && thumbnail != NULL && g_bytes_equal (self->thumbnail, thumbnail)))
    return;

  g_clear_pointer (&self->thumbnail, g_bytes_unref);
  self->thumbnail = thumbnail ? g_bytes_ref (thumbnail) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THUMBNAIL]);
}

gboolean
rapport_contact_get_archived (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), FALSE);
  return self->archived;
}

void
rapport_contact_set_archived (RapportContact *self,
                              gboolean        archived)
{
  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  archived = !!archived;
  if (self->archived != archived)
    {
      self->archived = archived;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
    }
}

/**
 * rapport_contact_get_tags:
 *
 * Returns: (transfer none): the tags, never %NULL
 */
const char * const *
rapport_contact_get_tags (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return (const char * const *) self->tags;
}

/**
 * rapport_contact_set_tags:
 * @tags: (nullable) (array zero-terminated=1): the tags; blank and repeated
 *   ones (ignoring case) are dropped
 */
void
rapport_contact_set_tags (RapportContact     *self,
                          const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) clean = NULL;

  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));
      /* An ASCII tag's case folding is its lower case. */
      g_autofree char *folded = g_str_is_ascii (tag) ? g_ascii_strdown (tag, -1) : g_utf8_casefold (tag, -1);

      if (*tag == '\0' || g_hash_table_contains (seen, folded))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&folded));
      g_strv_builder_add (builder, tag);
    }
  clean = g_strv_builder_end (builder);

  if (strv_equal0 ((const char * const *) self->tags, (const char * const *) clean))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&clean);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/**
 * rapport_contact_get_fields:
 *
 * Returns: (transfer none) (element-type RapportContactField): emails,
 *   phones, web addresses and postal addresses, most preferred first
 */
GPtrArray *
rapport_contact_get_fields (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return self->fields;
}

/**
 * rapport_contact_set_fields:
 * @fields: (nullable) (element-type RapportContactField): the new fields
 */
void
rapport_contact_set_fields (RapportContact *self,
                            GPtrArray      *fields)
{
  g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (fields, i)));

  if (fields_equal (self->fields, copy))
    return;

  g_ptr_array_unref (self->fields);
  self->fields = g_steal_pointer (&copy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELDS]);
}

/**
 * rapport_contact_get_vcard_extra:
 *
 * vCard properties Rapport does not understand, kept as their unfolded lines
 * so that exporting gives them back.
 *
 * Returns: (transfer none): the lines, never %NULL
 */
const char * const *
rapport_contact_get_vcard_extra (RapportContact *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (self), NULL);
  return (const char * const *) self->vcard_extra;
}

void
rapport_contact_set_vcard_extra (RapportContact     *self,
                                 const char * const *lines)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (RAPPORT_IS_CONTACT (self));

  if (strv_equal0 ((const char * const *) self->vcard_extra, lines))
    return;

  g_strfreev (self->vcard_extra);
  self->vcard_extra = g_strdupv ((char **) (lines ? lines : empty));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VCARD_EXTRA]);
}

