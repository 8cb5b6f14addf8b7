/* test-notes-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Notes (a person's, an event's) are form fields: Tab, pressed on the real
 * keyboard (xdotool, under the test's virtual X display), moves on to the
 * next control instead of typing an invisible tab; and notes of nothing
 * but spaces, tabs and line breaks are saved as no notes.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-event-page.h"
#include "rapport-keys-test-util.h"
#include "rapport-person-page.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

static gboolean
has_focus_cb (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

typedef struct
{
  GtkWidget *view;
  GtkTextBuffer *buffer;
} Notes;

/* Focus left the notes, or they took the key as text. */
static gboolean
tab_handled_cb (gpointer data)
{
  Notes *notes = data;

  return !gtk_widget_has_focus (notes->view) || gtk_text_buffer_get_char_count (notes->buffer) > 0;
}

/* Tab on the keyboard, with focus in @view of @window. */
static void
press_tab_in (GtkWindow *window,
              GtkWidget *view)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xid = test_window_xid (window);
  g_autofree char *out = NULL;
  int status = 0;
  Notes notes = { view, gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)) };
  const char *argv[] = { "xdotool", "windowfocus", "--sync", NULL, "key", "Tab", NULL };

  gtk_widget_grab_focus (view);
  test_wait_until (has_focus_cb, view);
  g_assert_cmpint (gtk_text_buffer_get_char_count (notes.buffer), ==, 0);

  argv[3] = xid;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  test_wait_until (tab_handled_cb, &notes);

  /* Moved on, and typed nothing. */
  g_assert_false (gtk_widget_has_focus (view));
  g_assert_cmpint (gtk_text_buffer_get_char_count (notes.buffer), ==, 0);
}

/* What the file holds, through a connection of its own (the store's own
 * objects are the ones the page edits). */
static RapportStore *
reopen (RapportStore *store)
{
  g_autoptr(GError) error = NULL;
  RapportStore *other = rapport_store_open (rapport_store_get_path (store), &error);

  g_assert_no_error (error);
  return other;
}

static void
test_person_notes (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportStore) other = NULL;
  g_autoptr(RapportContact) saved = NULL;
  RapportWindow *window;
  RapportPersonPage *page;
  GtkWidget *view;

  if (!test_can_press_keys ())
    return;

  window = test_open_window (store, 1000, 2000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rapport_window_get_people_view (window)),
                                             "list.activate-item", "u", 0));
  page = rapport_window_get_person_page (window);
  test_wait_until (test_is_laid_out, page);
  view = test_find_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (view);

  press_tab_in (GTK_WINDOW (window), view);

  /* Spaces and line breaks alone are saved as no notes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), " \n\t \n", -1);
  g_assert_true (rapport_person_page_save_now (page));
  other = reopen (store);
  saved = rapport_store_get_contact (other, rapport_contact_get_id (ana), NULL);
  g_assert_cmpstr (rapport_contact_get_notes (saved), ==, "");

  test_close_window (window);
}

static void
test_event_notes (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportStore) other = NULL;
  g_autoptr(RapportEvent) saved = NULL;
  RapportWindow *window;
  RapportEventPage *page;
  GtkWidget *view;

  if (!test_can_press_keys ())
    return;

  window = test_open_window (store, 1000, 2000);
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-event", NULL);
  page = RAPPORT_EVENT_PAGE (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_EVENT_PAGE, NULL));
  test_wait_until (test_is_laid_out, page);
  view = test_find_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (view);

  press_tab_in (GTK_WINDOW (window), view);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "\t\t\n ", -1);
  g_assert_true (rapport_event_page_save_now (page));
  other = reopen (store);
  saved = rapport_store_get_event (other, rapport_event_get_id (rapport_event_page_get_event (page)), NULL);
  g_assert_nonnull (saved);
  g_assert_cmpstr (rapport_event_get_notes (saved), ==, "");

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/notes-ui/person-notes", test_person_notes);
  g_test_add_func ("/rapport/notes-ui/event-notes", test_event_notes);

  return g_test_run ();
}
