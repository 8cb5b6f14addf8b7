/* rapport-calendar-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An event as a calendar holds it (a desktop calendar through Evolution
 * Data Server, or an .ics file): one occurrence, with its time, place and
 * the people it names. Rapport never writes it back; a Rapport event can
 * be linked to it by its key.
 */

#define G_LOG_DOMAIN "rapport-calendar-event"

#include "config.h"

#include <string.h>

#include "rapport-calendar-event.h"
#include "rapport-model-enums.h"

struct _RapportCalendarEvent
{
  GObject parent_instance;

  char *source_uid;
  char *source_name;
  char *uid;
  char *recurrence_id;
  char *key;

  char *summary;
  char *location;
  char *description;
  GDateTime *starts_at;
  GDateTime *ends_at;
  gboolean all_day;
  RapportCalendarStatus status;
  RapportCalendarPerson *organizer;
  GPtrArray *attendees;
};

G_DEFINE_FINAL_TYPE (RapportCalendarEvent, rapport_calendar_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE_UID,
  PROP_SOURCE_NAME,
  PROP_UID,
  PROP_RECURRENCE_ID,
  PROP_SUMMARY,
  PROP_LOCATION,
  PROP_DESCRIPTION,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ALL_DAY,
  PROP_STATUS,
  PROP_ORGANIZER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
date_times_equal (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

static gboolean
set_date_time (GDateTime **field,
               GDateTime  *value)
{
  if (date_times_equal (*field, value))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  return TRUE;
}

static void
rapport_calendar_event_finalize (GObject *object)
{
  RapportCalendarEvent *self = RAPPORT_CALENDAR_EVENT (object);

  g_clear_pointer (&self->source_uid, g_free);
  g_clear_pointer (&self->source_name, g_free);
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->recurrence_id, g_free);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->ends_at, g_date_time_unref);
  g_clear_object (&self->organizer);
  g_clear_pointer (&self->attendees, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_calendar_event_parent_class)->finalize (object);
}

static void
rapport_calendar_event_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RapportCalendarEvent *self = RAPPORT_CALENDAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_SOURCE_UID:
      g_value_set_string (value, self->source_uid);
      break;
    case PROP_SOURCE_NAME:
      g_value_set_string (value, self->source_name);
      break;
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_RECURRENCE_ID:
      g_value_set_string (value, self->recurrence_id);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_boxed (value, self->ends_at);
      break;
    case PROP_ALL_DAY:
      g_value_set_boolean (value, self->all_day);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ORGANIZER:
      g_value_set_object (value, self->organizer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_event_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RapportCalendarEvent *self = RAPPORT_CALENDAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_SOURCE_UID:
      self->source_uid = g_value_dup_string (value);
      break;
    case PROP_SOURCE_NAME:
      self->source_name = g_value_dup_string (value);
      break;
    case PROP_UID:
      self->uid = g_value_dup_string (value);
      break;
    case PROP_RECURRENCE_ID:
      self->recurrence_id = g_value_dup_string (value);
      break;
    case PROP_SUMMARY:
      rapport_calendar_event_set_summary (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      rapport_calendar_event_set_location (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      rapport_calendar_event_set_description (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      rapport_calendar_event_set_starts_at (self, g_value_get_boxed (value));
      break;
    case PROP_ENDS_AT:
      rapport_calendar_event_set_ends_at (self, g_value_get_boxed (value));
      break;
    case PROP_ALL_DAY:
      rapport_calendar_event_set_all_day (self, g_value_get_boolean (value));
      break;
    case PROP_STATUS:
      rapport_calendar_event_set_status (self, g_value_get_enum (value));
      break;
    case PROP_ORGANIZER:
      rapport_calendar_event_set_organizer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_event_constructed (GObject *object)
{
  RapportCalendarEvent *self = RAPPORT_CALENDAR_EVENT (object);

  G_OBJECT_CLASS (rapport_calendar_event_parent_class)->constructed (object);

  if (self->source_uid == NULL)
    self->source_uid = g_strdup ("");
  if (self->source_name == NULL)
    self->source_name = g_strdup ("");
  if (self->uid == NULL)
    self->uid = g_strdup ("");

  /* A line break never survives iCalendar's unfolding, so it cannot occur
   * inside any of the three parts. */
  self->key = g_strconcat (self->source_uid, "\n", self->uid, "\n",
                           self->recurrence_id ? self->recurrence_id : "", NULL);
}

static void
rapport_calendar_event_class_init (RapportCalendarEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags once = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_calendar_event_finalize;
  object_class->constructed = rapport_calendar_event_constructed;
  object_class->get_property = rapport_calendar_event_get_property;
  object_class->set_property = rapport_calendar_event_set_property;

  properties[PROP_SOURCE_UID] = g_param_spec_string ("source-uid", NULL, NULL, NULL, once);
  properties[PROP_SOURCE_NAME] = g_param_spec_string ("source-name", NULL, NULL, NULL, once);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, once);
  properties[PROP_RECURRENCE_ID] = g_param_spec_string ("recurrence-id", NULL, NULL, NULL, once);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, "", flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_STARTS_AT] = g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_ENDS_AT] = g_param_spec_boxed ("ends-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_ALL_DAY] = g_param_spec_boolean ("all-day", NULL, NULL, FALSE, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, RAPPORT_TYPE_CALENDAR_STATUS,
                       RAPPORT_CALENDAR_STATUS_CONFIRMED, flags);
  properties[PROP_ORGANIZER] =
    g_param_spec_object ("organizer", NULL, NULL, RAPPORT_TYPE_CALENDAR_PERSON, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_calendar_event_init (RapportCalendarEvent *self)
{
  self->summary = g_strdup ("");
  self->location = g_strdup ("");
  self->description = g_strdup ("");
  self->attendees = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * rapport_calendar_event_new:
 * @source_uid: the calendar's unique id (an EDS source's UID, or one made
 *   up for a file)
 * @source_name: the calendar's name, to show
 * @uid: the event's UID
 * @recurrence_id: (nullable): which occurrence of a recurring event this
 *   is, or %NULL
 *
 * Returns: (transfer full): a new calendar event with no time yet
 */
RapportCalendarEvent *
rapport_calendar_event_new (const char *source_uid,
                            const char *source_name,
                            const char *uid,
                            const char *recurrence_id)
{
  return g_object_new (RAPPORT_TYPE_CALENDAR_EVENT,
                       "source-uid", source_uid,
                       "source-name", source_name,
                       "uid", uid,
                       "recurrence-id", recurrence_id,
                       NULL);
}

const char *
rapport_calendar_event_get_source_uid (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->source_uid;
}

const char *
rapport_calendar_event_get_source_name (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->source_name;
}

const char *
rapport_calendar_event_get_uid (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->uid;
}

/**
 * rapport_calendar_event_get_recurrence_id:
 *
 * Returns: (nullable): the occurrence's original start, as iCalendar writes
 *   it (in UTC, or a date), or %NULL for an event that does not recur
 */
const char *
rapport_calendar_event_get_recurrence_id (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->recurrence_id;
}

/**
 * rapport_calendar_event_get_key:
 *
 * The key that finds this occurrence again however the calendar changes
 * it: the calendar, the event's UID and the recurrence id, one a line.
 *
 * Returns: the key
 */
const char *
rapport_calendar_event_get_key (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->key;
}

const char *
rapport_calendar_event_get_summary (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->summary;
}

void
rapport_calendar_event_set_summary (RapportCalendarEvent *self,
                                    const char           *summary)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  if (g_set_str (&self->summary, summary ? summary : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
rapport_calendar_event_get_location (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->location;
}

void
rapport_calendar_event_set_location (RapportCalendarEvent *self,
                                     const char           *location)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  if (g_set_str (&self->location, location ? location : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
rapport_calendar_event_get_description (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->description;
}

void
rapport_calendar_event_set_description (RapportCalendarEvent *self,
                                        const char           *description)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  if (g_set_str (&self->description, description ? description : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * rapport_calendar_event_get_starts_at:
 *
 * Returns: (transfer none) (nullable): when it starts (an all-day event: at
 *   local midnight of its first day)
 */
GDateTime *
rapport_calendar_event_get_starts_at (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->starts_at;
}

void
rapport_calendar_event_set_starts_at (RapportCalendarEvent *self,
                                      GDateTime            *starts_at)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  if (set_date_time (&self->starts_at, starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

/**
 * rapport_calendar_event_get_ends_at:
 *
 * Returns: (transfer none) (nullable): when it ends (an all-day event: at
 *   local midnight after its last day)
 */
GDateTime *
rapport_calendar_event_get_ends_at (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->ends_at;
}

void
rapport_calendar_event_set_ends_at (RapportCalendarEvent *self,
                                    GDateTime            *ends_at)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  if (set_date_time (&self->ends_at, ends_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_AT]);
}

gboolean
rapport_calendar_event_get_all_day (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), FALSE);
  return self->all_day;
}

void
rapport_calendar_event_set_all_day (RapportCalendarEvent *self,
                                    gboolean              all_day)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  all_day = !!all_day;
  if (self->all_day == all_day)
    return;

  self->all_day = all_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALL_DAY]);
}

RapportCalendarStatus
rapport_calendar_event_get_status (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), RAPPORT_CALENDAR_STATUS_CONFIRMED);
  return self->status;
}

void
rapport_calendar_event_set_status (RapportCalendarEvent  *self,
                                   RapportCalendarStatus  status)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * rapport_calendar_event_get_organizer:
 *
 * Returns: (transfer none) (nullable): who sent the invitation
 */
RapportCalendarPerson *
rapport_calendar_event_get_organizer (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->organizer;
}

void
rapport_calendar_event_set_organizer (RapportCalendarEvent  *self,
                                      RapportCalendarPerson *organizer)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));
  g_return_if_fail (organizer == NULL || RAPPORT_IS_CALENDAR_PERSON (organizer));

  if (g_set_object (&self->organizer, organizer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZER]);
}

/**
 * rapport_calendar_event_get_attendees:
 *
 * Returns: (transfer none) (element-type RapportCalendarPerson): the
 *   attendees, in the calendar's order (the organiser is not among them
 *   unless the calendar lists them too)
 */
GPtrArray *
rapport_calendar_event_get_attendees (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), NULL);
  return self->attendees;
}

void
rapport_calendar_event_add_attendee (RapportCalendarEvent  *self,
                                     RapportCalendarPerson *attendee)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_EVENT (self));
  g_return_if_fail (RAPPORT_IS_CALENDAR_PERSON (attendee));

  g_ptr_array_add (self->attendees, g_object_ref (attendee));
}

/**
 * rapport_calendar_event_has_people:
 *
 * Returns: whether the event names anyone: an attendee, or an organiser
 */
gboolean
rapport_calendar_event_has_people (RapportCalendarEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (self), FALSE);
  return self->attendees->len > 0 || self->organizer != NULL;
}

/**
 * rapport_calendar_event_equal:
 *
 * Returns: whether @a and @b are the same occurrence and say the same of it
 *   (so that a live calendar can tell a real change from a repeat)
 */
gboolean
rapport_calendar_event_equal (RapportCalendarEvent *a,
                              RapportCalendarEvent *b)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (a), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (b), FALSE);

  if (!g_str_equal (a->key, b->key) || !g_str_equal (a->source_name, b->source_name) ||
      !g_str_equal (a->summary, b->summary) || !g_str_equal (a->location, b->location) ||
      !g_str_equal (a->description, b->description) ||
      !date_times_equal (a->starts_at, b->starts_at) ||
      !date_times_equal (a->ends_at, b->ends_at) || a->all_day != b->all_day ||
      a->status != b->status || a->attendees->len != b->attendees->len)
    return FALSE;

  if ((a->organizer == NULL) != (b->organizer == NULL) ||
      (a->organizer != NULL && !rapport_calendar_person_equal (a->organizer, b->organizer)))
    return FALSE;

  for (guint i = 0; i < a->attendees->len; i++)
    if (!rapport_calendar_person_equal (g_ptr_array_index (a->attendees, i),
                                        g_ptr_array_index (b->attendees, i)))
      return FALSE;

  return TRUE;
}

/**
 * rapport_calendar_event_compare:
 *
 * Orders events by start, then by key, so that a list of them has one order.
 *
 * Returns: <0, 0 or >0 as @a comes before, with or after @b
 */
int
rapport_calendar_event_compare (RapportCalendarEvent *a,
                                RapportCalendarEvent *b)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (a), 0);
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_EVENT (b), 0);

  if (a->starts_at != NULL && b->starts_at != NULL)
    {
      int order = g_date_time_compare (a->starts_at, b->starts_at);

      if (order != 0)
        return order;
    }
  else if (a->starts_at != b->starts_at)
    return a->starts_at == NULL ? 1 : -1;

  return strcmp (a->key, b->key);
}
