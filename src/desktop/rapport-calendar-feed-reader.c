/* rapport-calendar-feed-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One calendar of the feed being read: opened through EDS asynchronously,
 * followed through a client view on the feed's window, and what the view
 * reports added, changed or removed worked out again on a worker thread
 * (occurrences expanded by EDS, with its time zones), one batch at a time,
 * then merged into the feed's list (rapport-calendar-feed.c).
 */

#define G_LOG_DOMAIN "rapport-calendar-feed"

#include "config.h"

#include "rapport-calendar-feed-private.h"
#include "rapport-ical.h"

/* How long EDS may wait for a remote calendar to be reachable before it
 * opens it (with what it has cached); its view brings the rest later. A
 * local calendar is never "connected" and always waits this long. */
#define CONNECT_WAIT_SECONDS 5

static void process_pending (FeedCalendar *calendar);
static void start_view (FeedCalendar *calendar);

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

      rapport_calendar_feed_merge_event (self, calendar->uid, work->uid, work->events, work->gone, work->removed_ids,
                                         work->excluded);
    }
  process_pending (calendar);
  rapport_calendar_feed_update_loading (self);
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
  rapport_calendar_feed_update_loading (calendar->feed);
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
  rapport_calendar_feed_update_loading (calendar->feed);
}

static void
view_complete_cb (ECalClientView *view,
                  const GError   *error,
                  FeedCalendar   *calendar)
{
  if (error != NULL)
    g_debug ("Calendar %s: the view ended with %s", calendar->uid, error->message);
  calendar->complete = TRUE;
  rapport_calendar_feed_update_loading (calendar->feed);
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
          rapport_calendar_feed_update_loading (calendar->feed);
        }
      return;
    }
  if (calendar->feed == NULL || calendar->stale_view)
    {
      e_cal_client_view_stop (view, NULL);
      g_object_unref (view);
      if (calendar->feed != NULL)
        {
          calendar->stale_view = FALSE;
          start_view (calendar);
        }
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
      rapport_calendar_feed_update_loading (calendar->feed);
    }
}

static void
client_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(FeedCalendar) calendar = user_data;
  g_autoptr(GError) error = NULL;
  EClient *client;

  client = e_cal_client_connect_finish (result, &error);
  if (client == NULL)
    {
      if (calendar->feed != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not open the calendar “%s”: %s", calendar->name, error->message);
          calendar->complete = TRUE;
          rapport_calendar_feed_update_loading (calendar->feed);
        }
      return;
    }
  if (calendar->feed == NULL)
    {
      g_object_unref (client);
      return;
    }

  calendar->client = E_CAL_CLIENT (client);
  start_view (calendar);
}

/* Asks for a view of the calendar's window. */
static void
start_view (FeedCalendar *calendar)
{
  g_autofree char *from = isodate_from_time_t (calendar->from);
  g_autofree char *to = isodate_from_time_t (calendar->to);
  g_autofree char *query = NULL;

  query = g_strdup_printf ("(occur-in-time-range? (make-time \"%s\") (make-time \"%s\"))", from, to);
  e_cal_client_get_view (calendar->client, query, calendar->cancellable, view_ready_cb, feed_calendar_ref (calendar));
}

/* Reads the calendar again over the feed's new window: the new view tells
 * of every event in it, and those that did not change stay as they are. */
void
rapport_feed_calendar_slide (FeedCalendar *calendar)
{
  calendar->from = g_date_time_to_unix (calendar->feed->from);
  calendar->to = g_date_time_to_unix (calendar->feed->to);
  if (calendar->client == NULL)
    return;
  if (calendar->view == NULL)
    {
      calendar->stale_view = TRUE;
      return;
    }

  g_signal_handlers_disconnect_by_data (calendar->view, calendar);
  e_cal_client_view_stop (calendar->view, NULL);
  g_clear_object (&calendar->view);
  calendar->complete = FALSE;
  start_view (calendar);
}

void
rapport_feed_calendar_open (RapportCalendarFeed *self,
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
void
rapport_feed_calendar_close (gpointer data)
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
    rapport_calendar_feed_remove_calendar_events (self, calendar->uid);
  feed_calendar_unref (calendar);
}
