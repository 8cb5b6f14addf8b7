/* rapport-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A gathering you will go to (or went to): who will be there lives in the
 * store as attendees, each with your goal for meeting them.
 */

#define G_LOG_DOMAIN "rapport-event"

#include "config.h"

#include "rapport-event.h"

struct _RapportEvent
{
  GObject parent_instance;

  gint64 id;
  char *name;
  GDateTime *starts_at;
  char *place;
  char *notes;
  gint64 statement_id;
};

G_DEFINE_FINAL_TYPE (RapportEvent, rapport_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_STARTS_AT,
  PROP_PLACE,
  PROP_NOTES,
  PROP_STATEMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rapport_event_finalize (GObject *object)
{
  RapportEvent *self = RAPPORT_EVENT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (rapport_event_parent_class)->finalize (object);
}

static void
rapport_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RapportEvent *self = RAPPORT_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_STATEMENT_ID:
      g_value_set_int64 (value, self->statement_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RapportEvent *self = RAPPORT_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      rapport_event_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      rapport_event_set_name (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      rapport_event_set_starts_at (self, g_value_get_boxed (value));
      break;
    case PROP_PLACE:
      rapport_event_set_place (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      rapport_event_set_notes (self, g_value_get_string (value));
      break;
    case PROP_STATEMENT_ID:
      rapport_event_set_statement_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_class_init (RapportEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_event_finalize;
  object_class->get_property = rapport_event_get_property;
  object_class->set_property = rapport_event_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_STARTS_AT] = g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  /**
   * RapportEvent:statement-id:
   *
   * The PEEC statement you mean to use there, or 0.
   */
  properties[PROP_STATEMENT_ID] = g_param_spec_int64 ("statement-id", NULL, NULL, 0, G_MAXINT64, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_event_init (RapportEvent *self)
{
  self->name = g_strdup ("");
  self->place = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * rapport_event_new:
 * @name: what it is called
 * @starts_at: (nullable): when it starts; %NULL for now
 *
 * Returns: (transfer full): a new, unsaved event
 */
RapportEvent *
rapport_event_new (const char *name,
                   GDateTime  *starts_at)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_object_new (RAPPORT_TYPE_EVENT,
                       "name", name,
                       "starts-at", starts_at ? starts_at : now,
                       NULL);
}

gint64
rapport_event_get_id (RapportEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT (self), 0);
  return self->id;
}

void
rapport_event_set_id (RapportEvent *self,
                      gint64        id)
{
  g_return_if_fail (RAPPORT_IS_EVENT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
rapport_event_get_name (RapportEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT (self), NULL);
  return self->name;
}

void
rapport_event_set_name (RapportEvent *self,
                        const char   *name)
{
  g_return_if_fail (RAPPORT_IS_EVENT (self));

  if (g_set_str (&self->name, name ? name : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * rapport_event_get_starts_at:
 *
 * Returns: (transfer none): when it starts
 */
GDateTime *
rapport_event_get_starts_at (RapportEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT (self), NULL);
  return self->starts_at;
}

void
rapport_event_set_starts_at (RapportEvent *self,
                             GDateTime    *starts_at)
{
  g_return_if_fail (RAPPORT_IS_EVENT (self));
  g_return_if_fail (starts_at != NULL);

  if (self->starts_at != NULL && g_date_time_equal (self->starts_at, starts_at))
    return;

  g_clear_pointer (&self->starts_at, g_date_time_unref);
  self->starts_at = g_date_time_ref (starts_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

const char *
rapport_event_get_place (RapportEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT (self), NULL);
  return self->place;
}

void
rapport_event_set_place (RapportEvent *self,
                         const char   *place)
{
  g_return_if_fail (RAPPORT_IS_EVENT (self));

  if (g_set_str (&self->place, place ? place : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

const char *
rapport_event_get_notes (RapportEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT (self), NULL);
  return self->notes;
}

void
rapport_event_set_notes (RapportEvent *self,
                         const char   *notes)
{
  g_return_if_fail (RAPPORT_IS_EVENT (self));

  if (g_set_str (&self->notes, notes ? notes : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
rapport_event_get_statement_id (RapportEvent *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT (self), 0);
  return self->statement_id;
}

void
rapport_event_set_statement_id (RapportEvent *self,
                                gint64        statement_id)
{
  g_return_if_fail (RAPPORT_IS_EVENT (self));

  if (self->statement_id != statement_id)
    {
      self->statement_id = statement_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT_ID]);
    }
}
