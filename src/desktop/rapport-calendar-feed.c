/* rapport-calendar-feed.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The events of the desktop's calendars that Rapport shows: a GListModel
 * of RapportCalendarEvent, by start, from the calendars the user has not
 * switched off, 60 days back to 90 ahead, each occurrence of a recurring
 * event on its own. It follows EDS live through a client view on each
 * calendar: what the view reports added, changed or removed is worked out
 * again on a worker thread (occurrences expanded by EDS, with its time
 * zones: rapport-calendar-feed-reader.c) and merged here with exact
 * items-changed, so an event that did not change stays the same object. An event deleted from its calendar,
 * or an occurrence of it, is announced with "event-removed" before it
 * goes; one that only moved out of the window, or whose calendar was
 * switched off, just goes. The window slides at each local midnight.
 */

#define G_LOG_DOMAIN "rapport-calendar-feed"

#include "config.h"

#include "rapport-calendar-feed-private.h"

/* The longest wait for midnight: a timeout does not count the time the
 * machine sleeps, and GLib tells of no waking up, so the window is looked
 * at again at least this often and slides within an hour of a wake-up. */
#define MIDNIGHT_WAIT_MAX_SECONDS 3600

static void rapport_calendar_feed_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportCalendarFeed, rapport_calendar_feed, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rapport_calendar_feed_list_model_init))

enum {
  PROP_0,
  PROP_SOURCES,
  PROP_ENABLED,
  PROP_HIDDEN,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  EVENT_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
rapport_calendar_feed_update_loading (RapportCalendarFeed *self)
{
  GHashTableIter iter;
  FeedCalendar *calendar;
  gboolean loading = FALSE;

  g_hash_table_iter_init (&iter, self->calendars);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &calendar))
    loading |= !calendar->complete || calendar->busy || g_hash_table_size (calendar->pending) > 0;

  if (self->loading != loading)
    {
      self->loading = loading;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
    }
}

static guint
find_position (RapportCalendarFeed  *self,
               RapportCalendarEvent *event)
{
  guint low = 0, high = self->events->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (rapport_calendar_event_compare (self->events->pdata[middle], event) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static char *
dup_listed_key (RapportCalendarEvent *event)
{
  return g_strconcat (rapport_calendar_event_get_source_uid (event), "\n", rapport_calendar_event_get_uid (event), NULL);
}

static void
count_listed (RapportCalendarFeed  *self,
              RapportCalendarEvent *event,
              int                   change)
{
  g_autofree char *key = dup_listed_key (event);
  int count = GPOINTER_TO_INT (g_hash_table_lookup (self->listed, key)) + change;

  if (count > 0)
    g_hash_table_replace (self->listed, g_steal_pointer (&key), GINT_TO_POINTER (count));
  else
    g_hash_table_remove (self->listed, key);
}

static void
insert_event (RapportCalendarFeed  *self,
              RapportCalendarEvent *event)
{
  guint position = find_position (self, event);

  count_listed (self, event, 1);
  g_ptr_array_insert (self->events, position, g_object_ref (event));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

static void
remove_event_at (RapportCalendarFeed *self,
                 guint                position)
{
  count_listed (self, self->events->pdata[position], -1);
  g_ptr_array_remove_index (self->events, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

static gboolean
in_window (RapportCalendarFeed  *self,
           RapportCalendarEvent *event)
{
  GDateTime *starts_at = rapport_calendar_event_get_starts_at (event);
  GDateTime *ends_at = rapport_calendar_event_get_ends_at (event);

  if (ends_at == NULL)
    ends_at = starts_at;
  return starts_at != NULL && g_date_time_compare (starts_at, self->to) < 0 &&
         g_date_time_compare (ends_at, self->from) > 0;
}

/* Whether the calendar said this occurrence, or its whole event, is gone:
 * the event deleted, the occurrence removed by its id, or excluded from
 * its series. */
static gboolean
was_deleted (GHashTable           *removed_ids,
             gboolean              gone,
             GArray               *excluded,
             RapportCalendarEvent *event)
{
  const char *recurrence_id = rapport_calendar_event_get_recurrence_id (event);
  gint64 start;

  if (gone)
    return TRUE;
  if (recurrence_id == NULL)
    return FALSE;
  if (removed_ids != NULL && g_hash_table_contains (removed_ids, recurrence_id))
    return TRUE;
  if (excluded == NULL)
    return FALSE;

  start = g_date_time_to_unix (rapport_calendar_event_get_starts_at (event));
  for (guint i = 0; i < excluded->len; i++)
    if (g_array_index (excluded, gint64, i) == start)
      return TRUE;

  return FALSE;
}

/* Replaces the occurrences of one event with those worked out again:
 * unchanged ones stay, changed ones are replaced, new ones come in order. */
void
rapport_calendar_feed_merge_event (RapportCalendarFeed *self,
                                   const char          *calendar_uid,
                                   const char          *uid,
                                   GPtrArray           *fresh,
                                   gboolean             gone,
                                   GHashTable          *removed_ids,
                                   GArray              *excluded)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *listed_key = g_strconcat (calendar_uid, "\n", uid, NULL);
  gboolean listed = g_hash_table_contains (self->listed, listed_key);

  for (guint i = 0; i < fresh->len; i++)
    g_hash_table_insert (by_key, (gpointer) rapport_calendar_event_get_key (fresh->pdata[i]), fresh->pdata[i]);

  for (guint i = listed ? self->events->len : 0; i-- > 0;)
    {
      RapportCalendarEvent *old = self->events->pdata[i];
      RapportCalendarEvent *replacement;

      if (!g_str_equal (rapport_calendar_event_get_source_uid (old), calendar_uid) ||
          !g_str_equal (rapport_calendar_event_get_uid (old), uid))
        continue;

      replacement = g_hash_table_lookup (by_key, rapport_calendar_event_get_key (old));
      if (replacement != NULL && rapport_calendar_event_equal (old, replacement))
        {
          g_hash_table_remove (by_key, rapport_calendar_event_get_key (old));
          continue;
        }
      if (replacement == NULL && was_deleted (removed_ids, gone, excluded, old))
        g_signal_emit (self, signals[EVENT_REMOVED], 0, old);
      remove_event_at (self, i);
    }

  /* What a worker read before the window slid may lie outside it now. */
  for (guint i = 0; i < fresh->len; i++)
    if (g_hash_table_contains (by_key, rapport_calendar_event_get_key (fresh->pdata[i])) &&
        in_window (self, fresh->pdata[i]))
      insert_event (self, fresh->pdata[i]);
}

void
rapport_calendar_feed_remove_calendar_events (RapportCalendarFeed *self,
                                              const char          *calendar_uid)
{
  for (guint i = self->events->len; i-- > 0;)
    if (g_str_equal (rapport_calendar_event_get_source_uid (self->events->pdata[i]), calendar_uid))
      remove_event_at (self, i);
}


/* Reads the calendars that are listed, enabled and not switched off, and
 * lets the others go. */
static void
update_calendars (RapportCalendarFeed *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *model = G_LIST_MODEL (self->sources);
  GHashTableIter iter;
  const char *uid;

  if (self->enabled)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(RapportSource) info = g_list_model_get_item (model, i);

        if (self->hidden != NULL && g_strv_contains ((const char * const *) self->hidden, rapport_source_get_uid (info)))
          continue;
        g_hash_table_add (wanted, (gpointer) rapport_source_get_uid (info));
        if (!g_hash_table_contains (self->calendars, rapport_source_get_uid (info)))
          rapport_feed_calendar_open (self, info);
      }

  g_hash_table_iter_init (&iter, self->calendars);
  while (g_hash_table_iter_next (&iter, (gpointer *) &uid, NULL))
    if (!g_hash_table_contains (wanted, uid))
      g_hash_table_iter_remove (&iter);

  rapport_calendar_feed_update_loading (self);
}

static void
sources_changed_cb (RapportCalendarFeed *self)
{
  update_calendars (self);
}

static GType
rapport_calendar_feed_get_item_type (GListModel *model)
{
  return RAPPORT_TYPE_CALENDAR_EVENT;
}

static guint
rapport_calendar_feed_get_n_items (GListModel *model)
{
  return RAPPORT_CALENDAR_FEED (model)->events->len;
}

static gpointer
rapport_calendar_feed_get_item (GListModel *model,
                                guint       position)
{
  RapportCalendarFeed *self = RAPPORT_CALENDAR_FEED (model);

  if (position >= self->events->len)
    return NULL;

  return g_object_ref (self->events->pdata[position]);
}

static void
rapport_calendar_feed_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_calendar_feed_get_item_type;
  iface->get_n_items = rapport_calendar_feed_get_n_items;
  iface->get_item = rapport_calendar_feed_get_item;
}

static void
rapport_calendar_feed_dispose (GObject *object)
{
  RapportCalendarFeed *self = RAPPORT_CALENDAR_FEED (object);

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_data (self->sources, self);
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_hash_table_remove_all (self->calendars);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (rapport_calendar_feed_parent_class)->dispose (object);
}

static void
rapport_calendar_feed_finalize (GObject *object)
{
  RapportCalendarFeed *self = RAPPORT_CALENDAR_FEED (object);

  g_clear_pointer (&self->calendars, g_hash_table_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->listed, g_hash_table_unref);
  g_clear_pointer (&self->hidden, g_strfreev);
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->to, g_date_time_unref);

  G_OBJECT_CLASS (rapport_calendar_feed_parent_class)->finalize (object);
}

static void
rapport_calendar_feed_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportCalendarFeed *self = RAPPORT_CALENDAR_FEED (object);

  switch (prop_id)
    {
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_HIDDEN:
      g_value_set_boxed (value, self->hidden);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_feed_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportCalendarFeed *self = RAPPORT_CALENDAR_FEED (object);

  switch (prop_id)
    {
    case PROP_SOURCES:
      self->sources = g_value_dup_object (value);
      break;
    case PROP_ENABLED:
      rapport_calendar_feed_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_HIDDEN:
      rapport_calendar_feed_set_hidden (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_calendar_feed_constructed (GObject *object)
{
  RapportCalendarFeed *self = RAPPORT_CALENDAR_FEED (object);

  G_OBJECT_CLASS (rapport_calendar_feed_parent_class)->constructed (object);

  g_signal_connect_swapped (self->sources, "items-changed", G_CALLBACK (sources_changed_cb), self);
}

static void
rapport_calendar_feed_class_init (RapportCalendarFeedClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rapport_calendar_feed_constructed;
  object_class->dispose = rapport_calendar_feed_dispose;
  object_class->finalize = rapport_calendar_feed_finalize;
  object_class->get_property = rapport_calendar_feed_get_property;
  object_class->set_property = rapport_calendar_feed_set_property;

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, RAPPORT_TYPE_SOURCE_LIST,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportCalendarFeed:enabled:
   *
   * Whether the user agreed to show the calendars' events; until then the
   * feed asks nothing of EDS and stays empty.
   */
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportCalendarFeed:hidden:
   *
   * The UIDs of the calendars switched off.
   */
  properties[PROP_HIDDEN] =
    g_param_spec_boxed ("hidden", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportCalendarFeed:loading:
   *
   * Whether a calendar is still being opened or read.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportCalendarFeed::event-removed:
   * @event: the occurrence, as it was
   *
   * An occurrence was deleted from its calendar (the whole event, or that
   * occurrence alone), not moved: emitted before it leaves the list, so
   * that a Rapport event linked to it can be marked.
   */
  signals[EVENT_REMOVED] =
    g_signal_new ("event-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RAPPORT_TYPE_CALENDAR_EVENT);
}

static GDateTime *
dup_now (RapportCalendarFeed *self)
{
  g_autoptr(GDateTime) now = self->clock != NULL ? self->clock (self->clock_data) : g_date_time_new_now_local ();

  return g_date_time_to_local (now);
}

static GDateTime *
dup_midnight (GDateTime *now)
{
  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), 0, 0, 0);
}

/* The window around the day of @now; %TRUE when it moved. */
static gboolean
set_window (RapportCalendarFeed *self,
            GDateTime           *now)
{
  g_autoptr(GDateTime) today = dup_midnight (now);
  g_autoptr(GDateTime) from = g_date_time_add_days (today, -RAPPORT_CALENDAR_FEED_DAYS_BACK);

  if (self->from != NULL && g_date_time_equal (self->from, from))
    return FALSE;
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->to, g_date_time_unref);
  self->from = g_steal_pointer (&from);
  self->to = g_date_time_add_days (today, RAPPORT_CALENDAR_FEED_DAYS_AHEAD);
  return TRUE;
}

/* A new day: what left the window goes, and each calendar is read over
 * the new one. */
static void
slide (RapportCalendarFeed *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  GHashTableIter iter;
  FeedCalendar *calendar;

  if (!set_window (self, now))
    return;
  for (guint i = self->events->len; i-- > 0;)
    if (!in_window (self, self->events->pdata[i]))
      remove_event_at (self, i);
  g_hash_table_iter_init (&iter, self->calendars);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &calendar))
    rapport_feed_calendar_slide (calendar);
  rapport_calendar_feed_update_loading (self);
}

static void arm_midnight (RapportCalendarFeed *self);

static gboolean
midnight_cb (gpointer user_data)
{
  RapportCalendarFeed *self = user_data;

  self->midnight_id = 0;
  slide (self);
  arm_midnight (self);
  return G_SOURCE_REMOVE;
}

/* A timeout to the next local midnight (or an hour, at most). */
static void
arm_midnight (RapportCalendarFeed *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GDateTime) today = dup_midnight (now);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (today, 1);
  GTimeSpan wait = g_date_time_difference (tomorrow, now);
  guint wait_ms = (guint) MIN (MAX (wait, 0) / G_TIME_SPAN_MILLISECOND, MIDNIGHT_WAIT_MAX_SECONDS * 1000) + 1;

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  /* Whole seconds let GLib wake the machine less often. */
  if (wait_ms > 1000)
    self->midnight_id = g_timeout_add_seconds ((wait_ms + 999) / 1000, midnight_cb, self);
  else
    self->midnight_id = g_timeout_add (wait_ms, midnight_cb, self);
  g_source_set_name_by_id (self->midnight_id, "[rapport] calendar window at midnight");
}

static void
rapport_calendar_feed_init (RapportCalendarFeed *self)
{
  g_autoptr(GDateTime) now = dup_now (self);

  set_window (self, now);
  arm_midnight (self);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->calendars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, rapport_feed_calendar_close);
}

/**
 * rapport_calendar_feed_new:
 * @sources: the desktop's calendars
 *
 * The events of @sources' calendars, once enabled.
 *
 * Returns: (transfer full): a new, empty feed
 */
RapportCalendarFeed *
rapport_calendar_feed_new (RapportSourceList *sources)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (sources), NULL);

  return g_object_new (RAPPORT_TYPE_CALENDAR_FEED, "sources", sources, NULL);
}

/**
 * rapport_calendar_feed_get_sources:
 *
 * Returns: (transfer none): the calendars the feed reads from
 */
RapportSourceList *
rapport_calendar_feed_get_sources (RapportCalendarFeed *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), NULL);

  return self->sources;
}

gboolean
rapport_calendar_feed_get_enabled (RapportCalendarFeed *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), FALSE);

  return self->enabled;
}

/**
 * rapport_calendar_feed_set_enabled:
 * @enabled: whether to read the calendars
 *
 * Enabled, the feed asks for the calendars (if nobody has) and reads them;
 * disabled, it lets them go and empties.
 */
void
rapport_calendar_feed_set_enabled (RapportCalendarFeed *self,
                                   gboolean             enabled)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_FEED (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;
  self->enabled = enabled;
  if (enabled)
    rapport_source_list_start (self->sources);
  update_calendars (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

/**
 * rapport_calendar_feed_get_hidden:
 *
 * Returns: (transfer none) (nullable): the UIDs of the calendars switched off
 */
const char * const *
rapport_calendar_feed_get_hidden (RapportCalendarFeed *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), NULL);

  return (const char * const *) self->hidden;
}

/**
 * rapport_calendar_feed_set_hidden:
 * @hidden: (nullable): the UIDs of the calendars not to read
 */
void
rapport_calendar_feed_set_hidden (RapportCalendarFeed *self,
                                  const char * const  *hidden)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_FEED (self));

  if (self->hidden != NULL && hidden != NULL && g_strv_equal ((const char * const *) self->hidden, hidden))
    return;
  g_strfreev (self->hidden);
  self->hidden = g_strdupv ((char **) hidden);
  update_calendars (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}

gboolean
rapport_calendar_feed_get_loading (RapportCalendarFeed *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), FALSE);

  return self->loading;
}

/**
 * rapport_calendar_feed_lookup:
 * @key: an occurrence's key (rapport_calendar_event_get_key())
 *
 * Returns: (transfer none) (nullable): the occurrence with that key
 */
RapportCalendarEvent *
rapport_calendar_feed_lookup (RapportCalendarFeed *self,
                              const char          *key)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->events->len; i++)
    if (g_str_equal (rapport_calendar_event_get_key (self->events->pdata[i]), key))
      return self->events->pdata[i];

  return NULL;
}

/**
 * rapport_calendar_feed_get_from:
 *
 * Returns: (transfer none): the start of the window read (60 days back)
 */
GDateTime *
rapport_calendar_feed_get_from (RapportCalendarFeed *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), NULL);

  return self->from;
}

/**
 * rapport_calendar_feed_get_to:
 *
 * Returns: (transfer none): the end of the window read (90 days ahead)
 */
GDateTime *
rapport_calendar_feed_get_to (RapportCalendarFeed *self)
{
  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), NULL);

  return self->to;
}

/**
 * rapport_calendar_feed_set_clock:
 * @clock: (nullable): what gives the time now, or %NULL for the clock's
 * @user_data: for @clock
 *
 * For tests, which cannot wait for midnight: the feed takes the time from
 * @clock from now on, sliding its window at once if that is another day.
 */
void
rapport_calendar_feed_set_clock (RapportCalendarFeed      *self,
                                 RapportCalendarFeedClock  clock,
                                 gpointer                  user_data)
{
  g_return_if_fail (RAPPORT_IS_CALENDAR_FEED (self));

  self->clock = clock;
  self->clock_data = user_data;
  slide (self);
  arm_midnight (self);
}

/**
 * rapport_calendar_feed_dup_complete_sources:
 *
 * The calendars read in full: opened, their view complete and nothing
 * waiting. An event of one of them, in the window, that the list does not
 * have is not in the calendar; of any other calendar, it may yet come.
 *
 * Returns: (transfer full): their UIDs
 */
GStrv
rapport_calendar_feed_dup_complete_sources (RapportCalendarFeed *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  FeedCalendar *calendar;

  g_return_val_if_fail (RAPPORT_IS_CALENDAR_FEED (self), NULL);

  g_hash_table_iter_init (&iter, self->calendars);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &calendar))
    if (calendar->view != NULL && calendar->complete && !calendar->busy &&
        g_hash_table_size (calendar->pending) == 0)
      g_strv_builder_add (builder, calendar->uid);

  return g_strv_builder_end (builder);
}
