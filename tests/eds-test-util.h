/* eds-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers for the tests that run against a private Evolution Data Server
 * (tests/eds-run.sh): they set the desktop's calendars up the way GNOME
 * Calendar would, through the same client libraries, synchronously (the
 * test waits for EDS anyway), and fail the test on any error.
 */

#pragma once

#include <libecal/libecal.h>
#include <libedataserver/libedataserver.h>

/* The registry of the private EDS, as any other client sees it. */
static inline ESourceRegistry *
eds_test_registry (void)
{
  g_autoptr(GError) error = NULL;
  ESourceRegistry *registry = e_source_registry_new_sync (NULL, &error);

  g_assert_no_error (error);
  return registry;
}

/* The registry's copy of the source with @uid, once it has it.
 *
 * e_source_registry_commit_source_sync() waits for the registry service
 * to tell of a new source for 2 seconds at most (EDS 3.56,
 * e-source-registry.c), then returns success all the same; on a busy
 * machine the source comes later, so the test waits for it (D-Bus's own
 * 25 seconds at most) instead of taking "not there" for an answer. */
static inline ESource *
eds_test_wait_for_source (ESourceRegistry *registry,
                          const char      *uid)
{
  gint64 deadline = g_get_monotonic_time () + 25 * G_TIME_SPAN_SECOND;
  ESource *source;

  while ((source = e_source_registry_ref_source (registry, uid)) == NULL && g_get_monotonic_time () < deadline)
    {
      /* The registry adds it from its own thread; its signals come here. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
    }
  g_assert_nonnull (source);
  return source;
}

/* A new calendar "On This Computer" (the local backend), as GNOME
 * Calendar makes one; the registry's own copy, which may be changed. */
static inline ESource *
eds_test_add_local_calendar (ESourceRegistry *registry,
                             const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ESource) source = e_source_new (NULL, NULL, &error);
  ESourceBackend *calendar;

  g_assert_no_error (error);
  e_source_set_parent (source, "local-stub");
  e_source_set_display_name (source, name);
  calendar = e_source_get_extension (source, E_SOURCE_EXTENSION_CALENDAR);
  e_source_backend_set_backend_name (calendar, "local");
  e_source_registry_commit_source_sync (registry, source, NULL, &error);
  g_assert_no_error (error);

  return eds_test_wait_for_source (registry, e_source_get_uid (source));
}

static inline GVariant *
dup_source_data (GDBusObject *object)
{
  g_autoptr(GDBusInterface) interface = g_dbus_object_get_interface (object, "org.gnome.evolution.dataserver.Source");

  g_assert_nonnull (interface);
  return g_dbus_proxy_get_cached_property (G_DBUS_PROXY (interface), "Data");
}

/* Saves what the test changed in @source (the registry's copy), as
 * another app would, and waits for the service's answer: it sends what it
 * stored back (its D-Bus "Data"), and the registry lays that on the same
 * ESource from its own thread. Changed again before that, the source could
 * have the change undone by the late answer to the last one, and then
 * saved so. */
static inline void
eds_test_write_source (ESource *source)
{
  g_autoptr(GDBusObject) object = e_source_ref_dbus_object (source);
  g_autoptr(GVariant) before = dup_source_data (object);
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 25 * G_TIME_SPAN_SECOND;

  e_source_write_sync (source, NULL, &error);
  g_assert_no_error (error);
  for (;;)
    {
      g_autoptr(GVariant) after = dup_source_data (object);

      if (!g_variant_equal (after, before))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * G_TIME_SPAN_MILLISECOND);
    }
}

static inline void
eds_test_remove_source (ESource *source)
{
  g_autoptr(GError) error = NULL;

  e_source_remove_sync (source, NULL, &error);
  g_assert_no_error (error);
}

static inline ECalClient *
eds_test_open_calendar (ESource *source)
{
  g_autoptr(GError) error = NULL;
  EClient *client = e_cal_client_connect_sync (source, E_CAL_CLIENT_SOURCE_TYPE_EVENTS, -1, NULL, &error);

  g_assert_no_error (error);
  return E_CAL_CLIENT (client);
}

/* Adds the VEVENT written in @ical to the calendar. */
static inline void
eds_test_add_event (ECalClient *client,
                    const char *ical)
{
  g_autoptr(GError) error = NULL;
  ICalComponent *component = i_cal_component_new_from_string (ical);
  g_autofree char *uid = NULL;

  g_assert_nonnull (component);
  e_cal_client_create_object_sync (client, component, E_CAL_OPERATION_FLAG_NONE, &uid, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (component);
}

/* Replaces the event with the UID of the VEVENT in @ical: with
 * E_CAL_OBJ_MOD_THIS and a RECURRENCE-ID, that occurrence alone. */
static inline void
eds_test_modify_event_full (ECalClient   *client,
                            const char   *ical,
                            ECalObjModType mod)
{
  g_autoptr(GError) error = NULL;
  ICalComponent *component = i_cal_component_new_from_string (ical);

  g_assert_nonnull (component);
  e_cal_client_modify_object_sync (client, component, mod, E_CAL_OPERATION_FLAG_NONE, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (component);
}

/* Replaces the event with the UID of the VEVENT in @ical, every
 * occurrence of it. */
static inline void
eds_test_modify_event (ECalClient *client,
                       const char *ical)
{
  eds_test_modify_event_full (client, ical, E_CAL_OBJ_MOD_ALL);
}

static inline void
eds_test_remove_event (ECalClient *client,
                       const char *uid)
{
  g_autoptr(GError) error = NULL;

  e_cal_client_remove_object_sync (client, uid, NULL, E_CAL_OBJ_MOD_ALL, E_CAL_OPERATION_FLAG_NONE, NULL, &error);
  g_assert_no_error (error);
}
