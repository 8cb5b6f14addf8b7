/* rapport-calendar-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What Coming up and the after-meeting prompts share: a section worked out
 * from the store and the calendars' events, listed again (once, when the
 * main loop is idle) whenever either changes. Each subclass says how to
 * list it and which store changes matter.
 */

#define G_LOG_DOMAIN "rapport-calendar-section"

#include "config.h"

#include "rapport-calendar-section.h"

typedef struct
{
  RapportStore *store;
  GListModel *events;
  guint update_id;
} RapportCalendarSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RapportCalendarSection, rapport_calendar_section, ADW_TYPE_BIN)

static gboolean
update_cb (gpointer user_data)
{
  RapportCalendarSection *self = user_data;
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  priv->update_id = 0;
  RAPPORT_CALENDAR_SECTION_GET_CLASS (self)->update (self);
  return G_SOURCE_REMOVE;
}

/**
 * rapport_calendar_section_queue_update:
 *
 * Lists the section again soon: many changes at once (a calendar loading)
 * make one update.
 */
void
rapport_calendar_section_queue_update (RapportCalendarSection *self)
{
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  g_return_if_fail (RAPPORT_IS_CALENDAR_SECTION (self));

  if (priv->update_id == 0)
    priv->update_id = g_idle_add (update_cb, self);
}

static void
events_changed_cb (RapportCalendarSection *self)
{
  rapport_calendar_section_queue_update (self);
}

static void
store_changed_cb (RapportCalendarSection *self,
                  RapportRecordKind       kind)
{
  RapportCalendarSectionClass *klass = RAPPORT_CALENDAR_SECTION_GET_CLASS (self);

  if (klass->store_changed == NULL || klass->store_changed (self, kind))
    rapport_calendar_section_queue_update (self);
}

static void
rapport_calendar_section_dispose (GObject *object)
{
  RapportCalendarSection *self = RAPPORT_CALENDAR_SECTION (object);
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  g_clear_handle_id (&priv->update_id, g_source_remove);
  if (priv->events != NULL)
    g_signal_handlers_disconnect_by_data (priv->events, self);
  g_clear_object (&priv->events);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (rapport_calendar_section_parent_class)->dispose (object);
}

static void
rapport_calendar_section_class_init (RapportCalendarSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_calendar_section_dispose;
}

static void
rapport_calendar_section_init (RapportCalendarSection *self)
{
}

void
rapport_calendar_section_set_store (RapportCalendarSection *self,
                                    RapportStore           *store)
{
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  g_return_if_fail (RAPPORT_IS_CALENDAR_SECTION (self));

  if (priv->store == store)
    return;
  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_data (priv->store, self);
  g_set_object (&priv->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  rapport_calendar_section_queue_update (self);
}

/**
 * rapport_calendar_section_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
RapportStore *
rapport_calendar_section_get_store (RapportCalendarSection *self)
{
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_CALENDAR_SECTION (self), NULL);
  return priv->store;
}

/**
 * rapport_calendar_section_set_events:
 * @events: (nullable): a #GListModel of #RapportCalendarEvent
 */
void
rapport_calendar_section_set_events (RapportCalendarSection *self,
                                     GListModel             *events)
{
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  g_return_if_fail (RAPPORT_IS_CALENDAR_SECTION (self));

  if (priv->events == events)
    return;
  if (priv->events != NULL)
    g_signal_handlers_disconnect_by_data (priv->events, self);
  g_set_object (&priv->events, events);
  if (events != NULL)
    g_signal_connect_object (events, "items-changed", G_CALLBACK (events_changed_cb), self, G_CONNECT_SWAPPED);
  rapport_calendar_section_queue_update (self);
}

/**
 * rapport_calendar_section_get_events:
 *
 * Returns: (transfer none) (nullable): the calendars' events
 */
GListModel *
rapport_calendar_section_get_events (RapportCalendarSection *self)
{
  RapportCalendarSectionPrivate *priv = rapport_calendar_section_get_instance_private (self);

  g_return_val_if_fail (RAPPORT_IS_CALENDAR_SECTION (self), NULL);
  return priv->events;
}
