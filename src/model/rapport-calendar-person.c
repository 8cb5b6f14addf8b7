/* rapport-calendar-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Someone a calendar event names: an attendee or the organiser, as the
 * calendar wrote them (an email address, often a name, their role and their
 * answer). Matching them to people in Rapport is the store's job.
 */

#define G_LOG_DOMAIN "rapport-calendar-person"

#include "config.h"

#include "rapport-calendar-person.h"
#include "rapport-model-enums.h"

struct _RapportCalendarPerson
{
  GObject parent_instance;

  char *email;
  char *name;
  RapportCalendarRole role;
  RapportCalendarReply reply;
};

G_DEFINE_FINAL_TYPE (RapportCalendarPerson, rapport_calendar_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EMAIL,
  PROP_NAME,
  PROP_ROLE,
  PROP_REPLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rapport_calendar_person_finalize (GObject *object)
{
  RapportCalendarPerson *self = RAPPORT_CALENDAR_PERSON (object);

  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (rapport_calendar_person_parent_class)->finalize (object);
}

static void
rapport_calendar_person_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RapportCalendarPerson *self = RAPPORT_CALENDAR_PERSON (object);

  switch (prop_id)
    {
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_REPLY:
      g_value_set_enum (value, self->reply);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_person_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RapportCalendarPerson *self = RAPPORT_CALENDAR_PERSON (object);
  const char *text;

  switch (prop_id)
    {
    case PROP_EMAIL:
      text = g_value_get_string (value);
      self->email = g_strdup (text ? text : "");
      break;
    case PROP_NAME:
      text = g_value_get_string (value);
      self->name = g_strdup (text ? text : "");
      break;
    case PROP_ROLE:
      self->role = g_value_get_enum (value);
      break;
    case PROP_REPLY:
      self->reply = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_person_class_init (RapportCalendarPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags once = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_calendar_person_finalize;
  object_class->get_property = rapport_calendar_person_get_property;
  object_class->set_property = rapport_calendar_person_set_property;

  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", once);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", once);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, RAPPORT_TYPE_CALENDAR_ROLE,
                       RAPPORT_CALENDAR_ROLE_REQUIRED, once);
  properties[PROP_REPLY] =
    g_param_spec_enum ("reply", NULL, NULL, RAPPORT_TYPE_CALENDAR_REPLY,
                       RAPPORT_CALENDAR_REPLY_NEEDS_ACTION, once);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_calendar_person_init (RapportCalendarPerson *self)
{
}

/**
 * rapport_calendar_person_new:
 * @email: (nullable): the address, without "mailto:"
 * @name: (nullable): the name the calendar gives (iCalendar's CN)
 *
 * Returns: (transfer full): a new person of a calendar event
 */
RapportCalendarPerson *
rapport_calendar_person_new (const char           *email,
                             const char           *name,
                             RapportCalendarRole   role,
                             RapportCalendarReply  reply)
{
  return g_object_new (RAPPORT_TYPE_CALENDAR_PERSON,
                       "email", email,
                       "name", name,
                       "role", role,
                       "reply", reply,
                       NULL);
}

/**
 * rapport_calendar_person_get_email:
 *
 * Returns: the email address, or "" when the calendar gives none
 */
const char *
rapport_calendar_person_get_email (RapportCalendarPerson *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (self), NULL);
  return self->email;
}

/**
 * rapport_calendar_person_get_name:
 *
 * Returns: the name, or "" when the calendar gives none
 */
const char *
rapport_calendar_person_get_name (RapportCalendarPerson *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (self), NULL);
  return self->name;
}

/**
 * rapport_calendar_person_get_label:
 *
 * Returns: the name, or the email address when there is no name
 */
const char *
rapport_calendar_person_get_label (RapportCalendarPerson *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (self), NULL);
  return self->name[0] != '\0' ? self->name : self->email;
}

RapportCalendarRole
rapport_calendar_person_get_role (RapportCalendarPerson *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (self), RAPPORT_CALENDAR_ROLE_REQUIRED);
  return self->role;
}

RapportCalendarReply
rapport_calendar_person_get_reply (RapportCalendarPerson *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (self), RAPPORT_CALENDAR_REPLY_NEEDS_ACTION);
  return self->reply;
}

/**
 * rapport_calendar_person_equal:
 *
 * Returns: whether @a and @b say the same in every field
 */
gboolean
rapport_calendar_person_equal (RapportCalendarPerson *a,
                               RapportCalendarPerson *b)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (a), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_PERSON (b), FALSE);

  return g_str_equal (a->email, b->email) && g_str_equal (a->name, b->name) &&
         a->role == b->role && a->reply == b->reply;
}
