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
 * zones) and merged here with exact items-changed, so an event that did
 * not change stays the same object. An event deleted from its calendar,
 * or an occurrence of it, is announced with "event-removed" before it
 * goes; one that only moved out of the window, or whose calendar was
 * switched off, just goes.
 */

#define G_LOG_DOMAIN "rapport-calendar-feed"

#include "config.h"

#include <libecal/libecal.h>

#include "rapport-calendar-feed.h"
#include "rapport-ical.h"

/* How long EDS may wait for a remote calendar to be reachable before it
 * opens it (with what it has cached); its view brings the rest later. A
 * local calendar is never "connected" and always waits this long. */
#define CONNECT_WAIT_SECONDS 5

typedef struct _FeedCalendar FeedCalendar;

struct _RapportCalendarFeed
{
  GObject parent_instance;

  RapportSourceList *sources;
  /* Sorted with rapport_calendar_event_compare(). */
  GPtrArray *events;
  /* Calendar UID -> FeedCalendar, for the calendars being read. */
  GHashTable *calendars;
  /* "calendar UID\nevent UID" -> how many occurrences are listed, so that
   * a new event is merged without looking through the list. */
  GHashTable *listed;
  gboolean enabled;
  GStrv hidden;
  gboolean loading;
  /* The window read, fixed when the feed is made. */
  GDateTime *from;
  GDateTime *to;
};

/* One calendar being read. Reference-counted: a callback from EDS or the
 * worker may come after the feed let the calendar go (cancelled). */
struct _FeedCalendar
{
  RapportCalendarFeed *feed; /* NULL once let go */
  char *uid;
  char *name;
  GCancellable *cancellable;
  ECalClient *client;
  ECalClientView *view;
  time_t from;
  time_t to;
  /* Event UID -> the VEVENT as the view gave it (a one-off event), or
   * NULL (ask EDS for all of the UID's objects). */
  GHashTable *pending;
  /* Event UID -> GHashTable of recurrence ids removed ("" for all). */
  GHashTable *removed;
  gboolean busy;
  gboolean complete;
};

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

static void process_pending (FeedCalendar *calendar);

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
feed_calendar_clear (FeedCalendar *calendar)
{
  g_clear_pointer (&calendar->uid, g_free);
  g_clear_pointer (&calendar->name, g_free);
  g_clear_object (&calendar->cancellable);
  g_clear_object (&calendar->view);
  g_clear_object (&calendar->client);
  g_clear_pointer (&calendar->pending, g_hash_table_unref);
  g_clear_pointer (&calendar->removed, g_hash_table_unref);
}

static FeedCalendar *
feed_calendar_ref (FeedCalendar *calendar)
{
  return g_rc_box_acquire (calendar);
}

static void
feed_calendar_unref (FeedCalendar *calendar)
{
  g_rc_box_release_full (calendar, (GDestroyNotify) feed_calendar_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FeedCalendar, feed_calendar_unref)

static void
update_loading (RapportCalendarFeed *self)
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
static void
merge_event (RapportCalendarFeed *self,
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

  for (guint i = 0; i < fresh->len; i++)
    if (g_hash_table_contains (by_key, rapport_calendar_event_get_key (fresh->pdata[i])))
      insert_event (self, fresh->pdata[i]);
}

static void
remove_calendar_events (RapportCalendarFeed *self,
                        const char          *calendar_uid)
{
  for (guint i = self->events->len; i-- > 0;)
    if (g_str_equal (rapport_calendar_event_get_source_uid (self->events->pdata[i]), calendar_uid))
      remove_event_at (self, i);
}

/* The worker's part. */

typedef struct
{
  char *uid;
  ICalComponent *component; /* owned; NULL asks EDS */
  /* Out */
  GPtrArray *events;
  gboolean gone;
  GHashTable *removed_ids;
  /* The starts (unix time) of the occurrences the event excludes. */
  GArray *excluded;
} Work;

static void
work_free (Work *work)
{
  g_free (work->uid);
  g_clear_object (&work->component);
  g_clear_pointer (&work->events, g_ptr_array_unref);
  g_clear_pointer (&work->removed_ids, g_hash_table_unref);
  g_clear_pointer (&work->excluded, g_array_unref);
  g_free (work);
}

typedef struct
{
  ECalClient *client;
  char *calendar_uid;
  char *calendar_name;
  time_t from;
  time_t to;
  GPtrArray *works;
} Batch;

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->client);
  g_free (batch->calendar_uid);
  g_free (batch->calendar_name);
  g_ptr_array_unref (batch->works);
  g_free (batch);
}

static gboolean
add_occurrence_cb (ICalComponent  *component,
                   ICalTime       *start,
                   ICalTime       *end,
                   gpointer        user_data,
                   GCancellable   *cancellable,
                   GError        **error)
{
  Batch *batch = ((gpointer *) user_data)[0];
  Work *work = ((gpointer *) user_data)[1];
  g_autoptr(GError) local_error = NULL;
  RapportCalendarEvent *event;

  event = rapport_ical_event_new (component, batch->calendar_uid, batch->calendar_name, start, end, &local_error);
  if (event != NULL)
    g_ptr_array_add (work->events, event);
  else
    g_debug ("Event %s left out: %s", work->uid, local_error->message);

  return TRUE;
}

/* An occurrence deleted from a series becomes an EXDATE of its master:
 * their starts tell a deleted occurrence from one that moved. */
static void
collect_excluded (ECalClient *client,
                  GSList     *objects,
                  Work       *work)
{
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      GSList *exdates = e_cal_component_get_exdates (l->data);

      for (GSList *e = exdates; e != NULL; e = e->next)
        {
          ICalTime *value = e_cal_component_datetime_get_value (e->data);
          const char *tzid = e_cal_component_datetime_get_tzid (e->data);
          ICalTimezone *zone = NULL;
          gint64 start;

          if (value == NULL)
            continue;
          if (i_cal_time_is_utc (value))
            zone = i_cal_timezone_get_utc_timezone ();
          else if (tzid != NULL && !e_cal_client_get_timezone_sync (client, tzid, &zone, NULL, NULL))
            zone = NULL;
          if (zone == NULL && !i_cal_time_is_utc (value))
            {
              g_autoptr(GDateTime) local = g_date_time_new_local (i_cal_time_get_year (value), i_cal_time_get_month (value),
                                                                   i_cal_time_get_day (value), i_cal_time_get_hour (value),
                                                                   i_cal_time_get_minute (value), i_cal_time_get_second (value));

              start = local != NULL ? g_date_time_to_unix (local) : 0;
            }
          else
            start = i_cal_time_as_timet_with_zone (value, zone);
          g_array_append_val (work->excluded, start);
        }
      g_slist_free_full (exdates, e_cal_component_datetime_free);
    }
}

static void
expand_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Batch *batch = task_data;

  for (guint i = 0; i < batch->works->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Work *work = batch->works->pdata[i];
      gpointer data[2] = { batch, work };

      work->events = g_ptr_array_new_with_free_func (g_object_unref);
      if (work->component != NULL)
        {
          e_cal_client_generate_instances_for_object_sync (batch->client, work->component, batch->from, batch->to,
                                                           cancellable, add_occurrence_cb, data);
          continue;
        }

      /* Not a one-off: whether it is still there, and what it excludes. */
      {
        g_autoptr(GError) error = NULL;
        GSList *objects = NULL;

        work->excluded = g_array_new (FALSE, FALSE, sizeof (gint64));
        if (e_cal_client_get_objects_for_uid_sync (batch->client, work->uid, &objects, cancellable, &error))
          collect_excluded (batch->client, objects, work);
        else
          work->gone = g_error_matches (error, E_CAL_CLIENT_ERROR, E_CAL_CLIENT_ERROR_OBJECT_NOT_FOUND);
        g_slist_free_full (objects, g_object_unref);
        if (work->gone)
          continue;
      }
      e_cal_client_generate_instances_for_uid_sync (batch->client, work->uid, batch->from, batch->to,
                                                    cancellable, add_occurrence_cb, data);
    }

  g_task_return_boolean (task, TRUE);
}

static void
expanded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FeedCalendar) calendar = user_data;
  Batch *batch = g_task_get_task_data (G_TASK (result));
  RapportCalendarFeed *self = calendar->feed;

  if (!g_task_propagate_boolean (G_TASK (result), NULL) || self == NULL)
    return;

  calendar->busy = FALSE;
  for (guint i = 0; i < batch->works->len; i++)
    {
      Work *work = batch->works->pdata[i];

      merge_event (self, calendar->uid, work->uid, work->events, work->gone, work->removed_ids, work->excluded);
    }
  process_pending (calendar);
  update_loading (self);
}

/* Sends what the view reported to the worker, one batch at a time so that
 * the answers come back in the order EDS told of the changes. */
static void
process_pending (FeedCalendar *calendar)
{
  g_autoptr(GTask) task = NULL;
  GHashTableIter iter;
  gpointer key, value;
  Batch *batch;

  if (calendar->busy || g_hash_table_size (calendar->pending) == 0)
    return;

  batch = g_new0 (Batch, 1);
  batch->client = g_object_ref (calendar->client);
  batch->calendar_uid = g_strdup (calendar->uid);
  batch->calendar_name = g_strdup (calendar->name);
  batch->from = calendar->from;
  batch->to = calendar->to;
  batch->works = g_ptr_array_new_with_free_func ((GDestroyNotify) work_free);

  g_hash_table_iter_init (&iter, calendar->pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Work *work = g_new0 (Work, 1);

      work->uid = g_strdup (key);
      work->component = value != NULL ? g_object_ref (value) : NULL;
      work->removed_ids = g_hash_table_lookup (calendar->removed, key);
      if (work->removed_ids != NULL)
        g_hash_table_ref (work->removed_ids);
      g_ptr_array_add (batch->works, work);
    }
  g_hash_table_remove_all (calendar->pending);
  g_hash_table_remove_all (calendar->removed);

  calendar->busy = TRUE;
  task = g_task_new (NULL, calendar->cancellable, expanded_cb, feed_calendar_ref (calendar));
  g_task_set_source_tag (task, process_pending);
  g_task_set_task_data (task, batch, (GDestroyNotify) batch_free);
  g_task_run_in_thread (task, expand_thread);
}

static void
queue_component (FeedCalendar  *calendar,
                 ICalComponent *component)
{
  const char *uid = i_cal_component_get_uid (component);
  gboolean one_off;

  if (uid == NULL)
    return;

  /* A one-off event is worked out from what the view gave; anything with
   * occurrences asks EDS for all of the UID's objects (the exceptions). */
  one_off = !e_cal_util_component_has_recurrences (component) &&
            !e_cal_util_component_is_instance (component);
  if (one_off && !g_hash_table_contains (calendar->pending, uid))
    g_hash_table_insert (calendar->pending, g_strdup (uid), i_cal_component_clone (component));
  else
    g_hash_table_replace (calendar->pending, g_strdup (uid), NULL);
}

static void
objects_changed_cb (ECalClientView *view,
                    const GSList   *components,
                    FeedCalendar   *calendar)
{
  for (const GSList *l = components; l != NULL; l = l->next)
    queue_component (calendar, l->data);
  process_pending (calendar);
  update_loading (calendar->feed);
}

static void
objects_removed_cb (ECalClientView *view,
                    const GSList   *ids,
                    FeedCalendar   *calendar)
{
  for (const GSList *l = ids; l != NULL; l = l->next)
    {
      const char *uid = e_cal_component_id_get_uid (l->data);
      const char *recurrence_id = e_cal_component_id_get_rid (l->data);
      GHashTable *removed_ids;

      if (uid == NULL)
        continue;
      removed_ids = g_hash_table_lookup (calendar->removed, uid);
      if (removed_ids == NULL)
        {
          removed_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (calendar->removed, g_strdup (uid), removed_ids);
        }
      g_hash_table_add (removed_ids, g_strdup (recurrence_id != NULL ? recurrence_id : ""));
      g_hash_table_replace (calendar->pending, g_strdup (uid), NULL);
    }
  process_pending (calendar);
  update_loading (calendar->feed);
}

static void
view_complete_cb (ECalClientView *view,
                  const GError   *error,
                  FeedCalendar   *calendar)
{
  if (error != NULL)
    g_debug ("Calendar %s: the view ended with %s", calendar->uid, error->message);
  calendar->complete = TRUE;
  update_loading (calendar->feed);
}

static void
view_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FeedCalendar) calendar = user_data;
  g_autoptr(GError) error = NULL;
  ECalClientView *view = NULL;

  if (!e_cal_client_get_view_finish (E_CAL_CLIENT (object), result, &view, &error))
    {
      if (calendar->feed != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not read the calendar “%s”: %s", calendar->name, error->message);
          calendar->complete = TRUE;
          update_loading (calendar->feed);
        }
      return;
    }
  if (calendar->feed == NULL)
    {
      e_cal_client_view_stop (view, NULL);
      g_object_unref (view);
      return;
    }

  calendar->view = view;
  g_signal_connect (view, "objects-added", G_CALLBACK (objects_changed_cb), calendar);
  g_signal_connect (view, "objects-modified", G_CALLBACK (objects_changed_cb), calendar);
  g_signal_connect (view, "objects-removed", G_CALLBACK (objects_removed_cb), calendar);
  g_signal_connect (view, "complete", G_CALLBACK (view_complete_cb), calendar);
  e_cal_client_view_start (view, &error);
  if (error != NULL)
    {
      g_warning ("Could not follow the calendar “%s”: %s", calendar->name, error->message);
      calendar->complete = TRUE;
      update_loading (calendar->feed);
    }
}

static void
client_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FeedCalendar) calendar = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *query = NULL;
  EClient *client;

  client = e_cal_client_connect_finish (result, &error);
  if (client == NULL)
    {
      if (calendar->feed != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not open the calendar “%s”: %s", calendar->name, error->message);
          calendar->complete = TRUE;
          update_loading (calendar->feed);
        }
      return;
    }
  if (calendar->feed == NULL)
    {
      g_object_unref (client);
      return;
    }

  calendar->client = E_CAL_CLIENT (client);
  from = isodate_from_time_t (calendar->from);
  to = isodate_from_time_t (calendar->to);
  query = g_strdup_printf ("(occur-in-time-range? (make-time \"%s\") (make-time \"%s\"))", from, to);
  e_cal_client_get_view (calendar->client, query, calendar->cancellable, view_ready_cb, feed_calendar_ref (calendar));
}

static void
open_calendar (RapportCalendarFeed *self,
               RapportSource       *info)
{
  g_autoptr(ESource) source = rapport_source_list_ref_source (self->sources, rapport_source_get_uid (info));
  FeedCalendar *calendar;

  if (source == NULL)
    return;

  calendar = g_rc_box_new0 (FeedCalendar);
  calendar->feed = self;
  calendar->uid = g_strdup (rapport_source_get_uid (info));
  calendar->name = g_strdup (rapport_source_get_name (info));
  calendar->cancellable = g_cancellable_new ();
  calendar->from = g_date_time_to_unix (self->from);
  calendar->to = g_date_time_to_unix (self->to);
  calendar->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_if_any);
  calendar->removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  g_hash_table_insert (self->calendars, g_strdup (calendar->uid), calendar);

  e_cal_client_connect (source, E_CAL_CLIENT_SOURCE_TYPE_EVENTS, CONNECT_WAIT_SECONDS, calendar->cancellable,
                        client_ready_cb, feed_calendar_ref (calendar));
}

/* Lets a calendar go: what is under way is cancelled, and its events leave. */
static void
close_calendar (gpointer data)
{
  FeedCalendar *calendar = data;
  RapportCalendarFeed *self = calendar->feed;

  calendar->feed = NULL;
  g_cancellable_cancel (calendar->cancellable);
  if (calendar->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (calendar->view, calendar);
      e_cal_client_view_stop (calendar->view, NULL);
    }
  if (self != NULL && self->events != NULL)
    remove_calendar_events (self, calendar->uid);
  feed_calendar_unref (calendar);
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
          open_calendar (self, info);
      }

  g_hash_table_iter_init (&iter, self->calendars);
  while (g_hash_table_iter_next (&iter, (gpointer *) &uid, NULL))
    if (!g_hash_table_contains (wanted, uid))
      g_hash_table_iter_remove (&iter);

  update_loading (self);
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

static void
rapport_calendar_feed_init (RapportCalendarFeed *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                       g_date_time_get_day_of_month (now), 0, 0, 0);

  self->from = g_date_time_add_days (today, -RAPPORT_CALENDAR_FEED_DAYS_BACK);
  self->to = g_date_time_add_days (today, RAPPORT_CALENDAR_FEED_DAYS_AHEAD);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->calendars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_calendar);
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
