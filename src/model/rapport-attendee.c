/* rapport-attendee.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person who will be at an event, and what you hope to do there with them.
 */

#define G_LOG_DOMAIN "rapport-attendee"

#include "config.h"

#include "rapport-attendee.h"

struct _RapportAttendee
{
  GObject parent_instance;

  gint64 event_id;
  gint64 contact_id;
  char *goal;
};

G_DEFINE_FINAL_TYPE (RapportAttendee, rapport_attendee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT_ID,
  PROP_CONTACT_ID,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rapport_attendee_finalize (GObject *object)
{
  RapportAttendee *self = RAPPORT_ATTENDEE (object);

  g_clear_pointer (&self->goal, g_free);

  G_OBJECT_CLASS (rapport_attendee_parent_class)->finalize (object);
}

static void
rapport_attendee_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RapportAttendee *self = RAPPORT_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_EVENT_ID:
      g_value_set_int64 (value, self->event_id);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_GOAL:
      g_value_set_string (value, self->goal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_attendee_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RapportAttendee *self = RAPPORT_ATTENDEE (object);

  switch (prop_id)
    {
    case PROP_EVENT_ID:
      self->event_id = g_value_get_int64 (value);
      break;
    case PROP_CONTACT_ID:
      self->contact_id = g_value_get_int64 (value);
      break;
    case PROP_GOAL:
      rapport_attendee_set_goal (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_attendee_class_init (RapportAttendeeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags once = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_attendee_finalize;
  object_class->get_property = rapport_attendee_get_property;
  object_class->set_property = rapport_attendee_set_property;

  properties[PROP_EVENT_ID] = g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, once);
  properties[PROP_CONTACT_ID] = g_param_spec_int64 ("contact-id", NULL, NULL, 0, G_MAXINT64, 0, once);
  properties[PROP_GOAL] =
    g_param_spec_string ("goal", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_attendee_init (RapportAttendee *self)
{
  self->goal = g_strdup ("");
}

/**
 * rapport_attendee_new:
 * @goal: (nullable): what you hope to do with them there
 *
 * Returns: (transfer full): a new attendee
 */
RapportAttendee *
rapport_attendee_new (gint64      event_id,
                      gint64      contact_id,
                      const char *goal)
{
  return g_object_new (RAPPORT_TYPE_ATTENDEE,
                       "event-id", event_id,
                       "contact-id", contact_id,
                       "goal", goal ? goal : "",
                       NULL);
}

gint64
rapport_attendee_get_event_id (RapportAttendee *self)
{
  g_return_val_if_fail (RAPPORT_IS_ATTENDEE (self), 0);
  return self->event_id;
}

gint64
rapport_attendee_get_contact_id (RapportAttendee *self)
{
  g_return_val_if_fail (RAPPORT_IS_ATTENDEE (self), 0);
  return self->contact_id;
}

const char *
rapport_attendee_get_goal (RapportAttendee *self)
{
  g_return_val_if_fail (RAPPORT_IS_ATTENDEE (self), NULL);
  return self->goal;
}

void
rapport_attendee_set_goal (RapportAttendee *self,
                           const char      *goal)
{
  g_return_if_fail (RAPPORT_IS_ATTENDEE (self));

  if (g_set_str (&self->goal, goal ? goal : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}
