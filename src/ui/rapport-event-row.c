/* rapport-event-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One event in the sidebar: its name, when it is and where.
 */

#define G_LOG_DOMAIN "rapport-event-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-event-row.h"

struct _RapportEventRow
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *when_label;
  GtkLabel *place_label;

  /* Owned references */
  RapportEvent *event;
  GSignalGroup *event_signals;
  char *accessible_label;
};

G_DEFINE_FINAL_TYPE (RapportEventRow, rapport_event_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_ACCESSIBLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * rapport_event_has_time:
 *
 * An event set at midnight exactly has a day but no time.
 *
 * Returns: whether the event has a time of day
 */
gboolean
rapport_event_has_time (RapportEvent *event)
{
  GDateTime *starts_at = rapport_event_get_starts_at (event);

  return starts_at != NULL &&
         (g_date_time_get_hour (starts_at) != 0 || g_date_time_get_minute (starts_at) != 0);
}

/**
 * rapport_event_dup_when:
 *
 * Returns: (transfer full): the day of the event, and its time if it has one
 */
char *
rapport_event_dup_when (RapportEvent *event)
{
  GDateTime *starts_at = rapport_event_get_starts_at (event);
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (starts_at == NULL)
    return g_strdup ("");

  /* Translators: the day of an event, see g_date_time_format() */
  day = g_date_time_format (starts_at, _("%a %-d %B %Y"));
  if (!rapport_event_has_time (event))
    return g_steal_pointer (&day);

  /* Translators: the time of an event, see g_date_time_format() */
  time = g_date_time_format (starts_at, _("%H:%M"));
  /* Translators: an event's day, then its time */
  return g_strdup_printf (_("%s · %s"), day, time);
}

static void
update (RapportEventRow *self)
{
  g_autofree char *when = NULL;
  g_autofree char *label = NULL;
  const char *name, *place;

  if (self->event == NULL)
    return;

  name = rapport_event_get_name (self->event);
  place = rapport_event_get_place (self->event);
  when = rapport_event_dup_when (self->event);
  gtk_label_set_label (self->name_label, *name != '\0' ? name : C_("events list", "Untitled Event"));
  gtk_label_set_label (self->when_label, when);
  gtk_label_set_label (self->place_label, place);
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), *place != '\0');

  label = g_strjoin (", ", gtk_label_get_label (self->name_label), when, *place != '\0' ? place : NULL, NULL);
  if (g_set_str (&self->accessible_label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESSIBLE_LABEL]);
}

static void
rapport_event_row_dispose (GObject *object)
{
  RapportEventRow *self = RAPPORT_EVENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_EVENT_ROW);
  if (self->event_signals != NULL)
    g_signal_group_set_target (self->event_signals, NULL);
  g_clear_object (&self->event_signals);
  g_clear_object (&self->event);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (rapport_event_row_parent_class)->dispose (object);
}

static void
rapport_event_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RapportEventRow *self = RAPPORT_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_ACCESSIBLE_LABEL:
      g_value_set_string (value, self->accessible_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RapportEventRow *self = RAPPORT_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      rapport_event_row_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_row_class_init (RapportEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_event_row_dispose;
  object_class->get_property = rapport_event_row_get_property;
  object_class->set_property = rapport_event_row_set_property;

  /**
   * RapportEventRow:event:
   *
   * The event shown.
   */
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, RAPPORT_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportEventRow:accessible-label:
   *
   * What a screen reader says for the row: name, day and time, place.
   */
  properties[PROP_ACCESSIBLE_LABEL] =
    g_param_spec_string ("accessible-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportEventRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportEventRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, RapportEventRow, place_label);
}

static void
rapport_event_row_init (RapportEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->event_signals = g_signal_group_new (RAPPORT_TYPE_EVENT);
  g_signal_group_connect_swapped (self->event_signals, "notify", G_CALLBACK (update), self);
}

/**
 * rapport_event_row_get_event:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
RapportEvent *
rapport_event_row_get_event (RapportEventRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT_ROW (self), NULL);
  return self->event;
}

/**
 * rapport_event_row_set_event:
 * @event: (nullable): the event to show
 */
void
rapport_event_row_set_event (RapportEventRow *self,
                             RapportEvent    *event)
{
  g_return_if_fail (RAPPORT_IS_EVENT_ROW (self));
  g_return_if_fail (event == NULL || RAPPORT_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  g_signal_group_set_target (self->event_signals, event);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}
