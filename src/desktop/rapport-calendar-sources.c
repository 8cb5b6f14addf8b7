/* rapport-calendar-sources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop's calendars, as Evolution Data Server's source registry
 * lists them: a GListModel of RapportCalendar, by account and then by name,
 * that follows calendars as they are added, renamed, switched off or
 * removed in GNOME Calendar or Online Accounts. The registry is asked for
 * asynchronously, and only when start() is called (after Rapport's first
 * frame); without EDS the list stays empty and the state says so.
 */

#define G_LOG_DOMAIN "rapport-calendar-sources"

#include "config.h"

#include <gio/gio.h>

#include "rapport-calendar-sources.h"

struct _RapportCalendarSources
{
  GObject parent_instance;

  GPtrArray *calendars;
  ESourceRegistry *registry;
  GCancellable *cancellable;
  RapportCalendarSourcesState state;
  char *problem;
};

static void rapport_calendar_sources_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportCalendarSources, rapport_calendar_sources, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rapport_calendar_sources_list_model_init))

/* clang-format off */
G_DEFINE_ENUM_TYPE (RapportCalendarSourcesState, rapport_calendar_sources_state,
                    G_DEFINE_ENUM_VALUE (RAPPORT_CALENDAR_SOURCES_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_CALENDAR_SOURCES_CONNECTING, "connecting"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_CALENDAR_SOURCES_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_CALENDAR_SOURCES_UNAVAILABLE, "unavailable"))
/* clang-format on */

enum {
  PROP_0,
  PROP_STATE,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (RapportCalendarSources      *self,
           RapportCalendarSourcesState  state,
           const char                  *problem)
{
  if (g_set_str (&self->problem, problem))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
}

static int
compare_calendars (gconstpointer a,
                   gconstpointer b)
{
  RapportCalendar *calendar_a = *(RapportCalendar **) a;
  RapportCalendar *calendar_b = *(RapportCalendar **) b;
  int order;

  order = g_utf8_collate (rapport_calendar_get_account (calendar_a), rapport_calendar_get_account (calendar_b));
  if (order == 0)
    order = g_utf8_collate (rapport_calendar_get_name (calendar_a), rapport_calendar_get_name (calendar_b));
  if (order == 0)
    order = strcmp (rapport_calendar_get_uid (calendar_a), rapport_calendar_get_uid (calendar_b));

  return order;
}

/* The account a calendar belongs to is its parent source: a collection
 * (an Online Accounts account, a CalDAV server) or "On This Computer". */
static RapportCalendar *
calendar_from_source (RapportCalendarSources *self,
                      ESource                *source)
{
  g_autoptr(ESource) parent = NULL;
  const char *parent_uid = e_source_get_parent (source);

  if (parent_uid != NULL)
    parent = e_source_registry_ref_source (self->registry, parent_uid);

  return rapport_calendar_new (e_source_get_uid (source),
                               e_source_get_display_name (source),
                               parent != NULL ? e_source_get_display_name (parent) : NULL);
}

/* Lists the enabled calendars again, and tells only of the rows that
 * differ: those between the first and the last one that changed. */
static void
update_calendars (RapportCalendarSources *self)
{
  g_autoptr(GPtrArray) calendars = g_ptr_array_new_with_free_func (g_object_unref);
  GList *sources;
  guint old_n = self->calendars->len;
  guint head = 0, tail = 0;

  sources = e_source_registry_list_enabled (self->registry, E_SOURCE_EXTENSION_CALENDAR);
  for (GList *l = sources; l != NULL; l = l->next)
    g_ptr_array_add (calendars, calendar_from_source (self, l->data));
  g_list_free_full (sources, g_object_unref);
  g_ptr_array_sort (calendars, compare_calendars);

  while (head < old_n && head < calendars->len &&
         rapport_calendar_equal (self->calendars->pdata[head], calendars->pdata[head]))
    head++;
  while (tail < old_n - head && tail < calendars->len - head &&
         rapport_calendar_equal (self->calendars->pdata[old_n - 1 - tail],
                                 calendars->pdata[calendars->len - 1 - tail]))
    tail++;
  if (head == old_n && head == calendars->len)
    return;

  g_ptr_array_unref (self->calendars);
  self->calendars = g_steal_pointer (&calendars);
  g_list_model_items_changed (G_LIST_MODEL (self), head, old_n - head - tail,
                              self->calendars->len - head - tail);
}

static void
source_changed_cb (RapportCalendarSources *self)
{
  update_calendars (self);
}

static void
registry_ready_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RapportCalendarSources) self = user_data;
  g_autoptr(GError) error = NULL;
  ESourceRegistry *registry;

  registry = e_source_registry_new_finish (result, &error);
  if (registry == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("No Evolution Data Server: %s", error->message);
          set_state (self, RAPPORT_CALENDAR_SOURCES_UNAVAILABLE, error->message);
        }
      return;
    }

  self->registry = registry;
  /* Any change to a source may change a calendar's name or account (a
   * collection renamed), so each lists them again: there are few. */
  g_signal_connect_object (registry, "source-added", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-removed", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-changed", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-enabled", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-disabled", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  update_calendars (self);
  set_state (self, RAPPORT_CALENDAR_SOURCES_READY, NULL);
}

static GType
rapport_calendar_sources_get_item_type (GListModel *model)
{
  return RAPPORT_TYPE_CALENDAR;
}

static guint
rapport_calendar_sources_get_n_items (GListModel *model)
{
  return RAPPORT_CALENDAR_SOURCES (model)->calendars->len;
}

static gpointer
rapport_calendar_sources_get_item (GListModel *model,
                                   guint       position)
{
  RapportCalendarSources *self = RAPPORT_CALENDAR_SOURCES (model);

  if (position >= self->calendars->len)
    return NULL;

  return g_object_ref (self->calendars->pdata[position]);
}

static void
rapport_calendar_sources_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_calendar_sources_get_item_type;
  iface->get_n_items = rapport_calendar_sources_get_n_items;
  iface->get_item = rapport_calendar_sources_get_item;
}

static void
rapport_calendar_sources_dispose (GObject *object)
{
  RapportCalendarSources *self = RAPPORT_CALENDAR_SOURCES (object);

  g_cancellable_cancel (self->cancellable);
  /* Not a word from the registry once it is let go: its own dispose runs
   * the main context, which may still deliver news to a handler that
   * would ask the registry this list no longer has. */
  if (self->registry != NULL)
    g_signal_handlers_disconnect_by_data (self->registry, self);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (rapport_calendar_sources_parent_class)->dispose (object);
}

static void
rapport_calendar_sources_finalize (GObject *object)
{
  RapportCalendarSources *self = RAPPORT_CALENDAR_SOURCES (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->calendars, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (rapport_calendar_sources_parent_class)->finalize (object);
}

static void
rapport_calendar_sources_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RapportCalendarSources *self = RAPPORT_CALENDAR_SOURCES (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_sources_class_init (RapportCalendarSourcesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_calendar_sources_dispose;
  object_class->finalize = rapport_calendar_sources_finalize;
  object_class->get_property = rapport_calendar_sources_get_property;

  /**
   * RapportCalendarSources:state:
   *
   * Whether the calendars are known yet, or cannot be.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       RAPPORT_TYPE_CALENDAR_SOURCES_STATE, RAPPORT_CALENDAR_SOURCES_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportCalendarSources:problem:
   *
   * When unavailable, why, as EDS or D-Bus said it (not translated).
   */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_calendar_sources_init (RapportCalendarSources *self)
{
  self->calendars = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
}

/**
 * rapport_calendar_sources_new:
 *
 * The calendars, not asked for yet: see rapport_calendar_sources_start().
 *
 * Returns: (transfer full): a new, empty list of calendars
 */
RapportCalendarSources *
rapport_calendar_sources_new (void)
{
  return g_object_new (RAPPORT_TYPE_CALENDAR_SOURCES, NULL);
}

/**
 * rapport_calendar_sources_start:
 *
 * Asks Evolution Data Server for the calendars, without waiting: the list
 * fills and #RapportCalendarSources:state changes when it answers. Once is
 * enough; later calls do nothing.
 */
void
rapport_calendar_sources_start (RapportCalendarSources *self)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_SOURCES (self));

  if (self->state != RAPPORT_CALENDAR_SOURCES_IDLE)
    return;
  set_state (self, RAPPORT_CALENDAR_SOURCES_CONNECTING, NULL);
  e_source_registry_new (self->cancellable, registry_ready_cb, g_object_ref (self));
}

RapportCalendarSourcesState
rapport_calendar_sources_get_state (RapportCalendarSources *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_SOURCES (self), RAPPORT_CALENDAR_SOURCES_IDLE);

  return self->state;
}

/**
 * rapport_calendar_sources_get_problem:
 *
 * Returns: (nullable): why there are no calendars to read, as EDS or D-Bus
 *   said it, when the state is %RAPPORT_CALENDAR_SOURCES_UNAVAILABLE
 */
const char *
rapport_calendar_sources_get_problem (RapportCalendarSources *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_SOURCES (self), NULL);

  return self->problem;
}

/**
 * rapport_calendar_sources_lookup:
 * @uid: a calendar's UID
 *
 * Returns: (transfer none) (nullable): the enabled calendar with that UID
 */
RapportCalendar *
rapport_calendar_sources_lookup (RapportCalendarSources *self,
                                 const char             *uid)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_SOURCES (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  for (guint i = 0; i < self->calendars->len; i++)
    if (g_str_equal (rapport_calendar_get_uid (self->calendars->pdata[i]), uid))
      return self->calendars->pdata[i];

  return NULL;
}

/**
 * rapport_calendar_sources_ref_source:
 * @uid: a calendar's UID
 *
 * Returns: (transfer full) (nullable): the EDS source with that UID, for
 *   opening the calendar; %NULL until the registry is there
 */
ESource *
rapport_calendar_sources_ref_source (RapportCalendarSources *self,
                                     const char             *uid)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_SOURCES (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  if (self->registry == NULL)
    return NULL;

  return e_source_registry_ref_source (self->registry, uid);
}
