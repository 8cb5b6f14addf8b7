/* test-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's timeline, as real widgets under the virtual display, over a
 * real store in a fresh folder: month headings, adding from the bar, a
 * thousand interactions, the dialog's people, deleting and undoing; and
 * the people editor on its own, as an events page would use it.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-interaction-dialog.h"
#include "rapport-interaction-row.h"
#include "rapport-people-editor.h"
#include "rapport-relative-date.h"
#include "rapport-test-util.h"
#include "rapport-timeline-view.h"
#include "rapport-ui-test-util.h"

/* The most rows GtkListView makes, however long the list: its
 * GTK_LIST_VIEW_MAX_LIST_ITEMS (200) and a few above and below. */
#define MAX_ROWS 210

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* A shown label with exactly @text, under @widget. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_visible (label))
        return label;
    }

  return NULL;
}

static gboolean
shows_label_starting (GtkWidget  *widget,
                      const char *prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (g_ptr_array_index (labels, i)), prefix) &&
        gtk_widget_is_visible (g_ptr_array_index (labels, i)))
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_row_titled (GtkWidget  *widget,
                 GType       type,
                 const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (widget, type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static RapportStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  RapportStore *store = rapport_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

typedef struct
{
  GtkWindow *window;
  AdwToastOverlay *overlay;
  RapportTimelineView *view;
  GtkListView *list_view;
  GListModel *model;
} Timeline;

static void
timeline_open (Timeline       *timeline,
               RapportStore   *store,
               RapportContact *contact,
               int             width,
               int             height)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  timeline->window = GTK_WINDOW (adw_window_new ());
  timeline->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  timeline->view = RAPPORT_TIMELINE_VIEW (rapport_timeline_view_new (store, contact));
  adw_toast_overlay_set_child (timeline->overlay, GTK_WIDGET (timeline->view));
  adw_window_set_content (ADW_WINDOW (timeline->window), GTK_WIDGET (timeline->overlay));
  gtk_window_set_default_size (timeline->window, width, height);
  gtk_window_present (timeline->window);
  test_wait_until (test_is_laid_out, timeline->view);

  /* The timeline's list, not the one in the kind drop-down. */
  collect (GTK_WIDGET (timeline->view), GTK_TYPE_LIST_VIEW, lists);
  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "rich-list"))
      timeline->list_view = g_ptr_array_index (lists, i);
  g_assert_nonnull (timeline->list_view);
  timeline->model = G_LIST_MODEL (gtk_list_view_get_model (timeline->list_view));
  g_assert_true (GTK_IS_SECTION_MODEL (timeline->model));
}

static void
timeline_close (Timeline *timeline)
{
  GtkWindow *window = g_steal_pointer (&timeline->window);

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* What the list shows on screen, top to bottom: month headings as
 * "# November 2025", rows as their summary. */
static char *
dup_shown (Timeline *timeline)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (timeline->list_view), GTK_TYPE_SCROLLED_WINDOW);
  int viewport_height = gtk_widget_get_height (viewport);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (timeline->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      GtkWidget *row;

      if (!gtk_widget_get_child_visible (child) || !gtk_widget_get_mapped (child) ||
          !gtk_widget_compute_bounds (child, viewport, &bounds))
        continue;
      /* Scrolled out of sight, above or below. */
      if (bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= viewport_height)
        continue;

      row = find_descendant (child, RAPPORT_TYPE_INTERACTION_ROW);
      if (row != NULL)
        {
          RapportInteraction *interaction = rapport_interaction_row_get_interaction (RAPPORT_INTERACTION_ROW (row));
          const char *summary = rapport_interaction_get_summary (interaction);

          /* The summary is what the row really shows. */
          g_assert_nonnull (find_label (row, summary));
          g_strv_builder_add (builder, summary);
        }
      else if (GTK_IS_LABEL (gtk_widget_get_first_child (child)))
        {
          g_autofree char *heading = g_strconcat ("# ", gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (child))), NULL);

          g_strv_builder_add (builder, heading);
        }
    }

  lines = g_strv_builder_end (builder);
  return g_strjoinv (" | ", lines);
}

static char *
dup_sections (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (model);

  for (guint position = 0; position < n_items;)
    {
      guint start, end;

      gtk_section_model_get_section (GTK_SECTION_MODEL (model), position, &start, &end);
      g_assert_cmpuint (start, ==, position);
      g_string_append_printf (text, "%s[%u,%u)", text->len ? " " : "", start, end);
      position = end;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
summary_at (GListModel *model,
            guint       position)
{
  g_autoptr(RapportInteraction) interaction = g_list_model_get_item (model, position);

  return rapport_interaction_get_summary (interaction);
}

static RapportInteractionRow *
find_row_for (Timeline   *timeline,
              const char *summary)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (timeline->list_view), RAPPORT_TYPE_INTERACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      RapportInteraction *interaction = rapport_interaction_row_get_interaction (g_ptr_array_index (rows, i));

      if (interaction != NULL && g_strcmp0 (rapport_interaction_get_summary (interaction), summary) == 0)
        return g_ptr_array_index (rows, i);
    }

  return NULL;
}

static gboolean
shows_expected (gpointer data)
{
  gpointer *pair = data;
  g_autofree char *shown = dup_shown (pair[0]);

  return g_strcmp0 (shown, pair[1]) == 0;
}

static void
assert_shows (Timeline   *timeline,
              const char *expected)
{
  gpointer pair[] = { timeline, (gpointer) expected };
  g_autofree char *shown = NULL;

  test_settle ();
  shown = dup_shown (timeline);
  if (g_strcmp0 (shown, expected) != 0)
    test_wait_until (shows_expected, pair);
}

static void
test_months_newest_first (TestDir       *fixture,
                          gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  gint64 a = rapport_contact_get_id (ana), b = rapport_contact_get_id (ben);
  g_autoptr(RapportInteraction) coffee = NULL;
  g_autoptr(RapportInteraction) dinner = NULL;
  g_autoptr(RapportInteraction) lunch = NULL;
  g_autoptr(RapportInteraction) call = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *expected_day = NULL;
  RapportInteractionRow *row;
  GtkWidget *details;
  Timeline timeline = { 0 };
  GDate today;

  /* Added out of order, on days in three months. */
  coffee = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2025-11-14"),
                                 "Coffee in November", IDS (a));
  call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2026-01-20"),
                               "Call in January", IDS (a, b));
  dinner = test_add_interaction (store, RAPPORT_INTERACTION_EVENT, test_date ("2025-12-03"),
                                 "Dinner in December", IDS (a));
  lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2025-12-20"),
                                "Lunch in December", IDS (a));
  rapport_interaction_set_time_minutes (call, 14 * 60 + 30);
  rapport_interaction_set_follow_up (call, test_date ("2026-02-01"));
  rapport_interaction_set_details (call, "Talked about the sawmill in Lyon.");
  g_assert_true (rapport_store_save_interaction (store, call, &error));
  g_assert_no_error (error);

  timeline_open (&timeline, store, ana, 600, 800);

  /* The model: newest first, one section per month. */
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 4);
  g_assert_cmpstr (summary_at (timeline.model, 0), ==, "Call in January");
  g_assert_cmpstr (summary_at (timeline.model, 1), ==, "Lunch in December");
  g_assert_cmpstr (summary_at (timeline.model, 2), ==, "Dinner in December");
  g_assert_cmpstr (summary_at (timeline.model, 3), ==, "Coffee in November");
  sections = dup_sections (timeline.model);
  g_assert_cmpstr (sections, ==, "[0,1) [1,3) [3,4)");

  /* The widgets: a heading above each month, rows in order under it. */
  assert_shows (&timeline,
                "# January 2026 | Call in January | "
                "# December 2025 | Lunch in December | Dinner in December | "
                "# November 2025 | Coffee in November");

  /* The call's row names the other person, the day and time, the follow-up. */
  rapport_date_set_today (&today);
  row = find_row_for (&timeline, "Call in January");
  g_assert_nonnull (row);
  g_assert_cmpint (rapport_interaction_row_get_contact_id (row), ==, a);
  g_assert_nonnull (find_label (GTK_WIDGET (row), "with Ben"));
  g_assert_null (find_label (GTK_WIDGET (row), "with Ana, Ben"));
  {
    g_autofree char *day = rapport_format_day (test_date ("2026-01-20"), &today);

    expected_day = g_strdup_printf ("%s, 14:30", day);
  }
  g_assert_nonnull (find_label (GTK_WIDGET (row), expected_day));
  /* Ana's own coffee was with nobody else. */
  g_assert_false (shows_label_starting (GTK_WIDGET (find_row_for (&timeline, "Coffee in November")), "with "));
  {
    g_autofree char *day = rapport_format_day (test_date ("2026-02-01"), &today);
    g_autofree char *follow_up = g_strdup_printf ("Follow up on %s", day);

    g_assert_nonnull (find_label (GTK_WIDGET (row), follow_up));
  }
  /* Details wait behind the expander. */
  details = find_label (GTK_WIDGET (row), "Talked about the sawmill in Lyon.");
  g_assert_nonnull (details);
  g_assert_false (rapport_interaction_row_get_expanded (row));
  g_assert_false (gtk_widget_get_mapped (details));
  g_signal_emit_by_name (find_descendant (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON), "clicked");
  g_assert_true (rapport_interaction_row_get_expanded (row));
  test_settle ();
  g_assert_true (gtk_widget_get_mapped (details));

  /* An edit shows at once in the row. */
  rapport_interaction_set_summary (call, "Long call in January");
  g_assert_nonnull (find_label (GTK_WIDGET (row), "Long call in January"));
  rapport_interaction_set_summary (call, "Call in January");

  /* Moved into the month below without changing the order: the headings follow. */
  rapport_interaction_set_date (dinner, test_date ("2025-11-30"));
  g_assert_true (rapport_store_save_interaction (store, dinner, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sections, g_free);
  sections = dup_sections (timeline.model);
  g_assert_cmpstr (sections, ==, "[0,1) [1,2) [2,4)");
  assert_shows (&timeline,
                "# January 2026 | Call in January | "
                "# December 2025 | Lunch in December | "
                "# November 2025 | Dinner in December | Coffee in November");

  timeline_close (&timeline);
  g_assert_finalize_object (store);
}

static void
test_quick_add (TestDir       *fixture,
                gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) unsaved = rapport_contact_new ();
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(RapportInteraction) added = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 *ids;
  guint n_ids;
  Timeline timeline = { 0 };
  AdwStatusPage *empty;
  GtkWidget *entry;
  GtkWidget *focus;
  GDate today;

  timeline_open (&timeline, store, ana, 600, 600);

  /* Nothing yet: the empty state says what to do. */
  empty = ADW_STATUS_PAGE (find_descendant (GTK_WIDGET (timeline.view), ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (empty)));
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Interactions Yet");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (timeline.list_view)));

  entry = find_descendant (GTK_WIDGET (timeline.view), GTK_TYPE_ENTRY);
  g_assert_true (gtk_widget_is_sensitive (entry));

  /* An empty summary adds nothing. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (gtk_widget_get_sensitive (find_button_labelled (GTK_WIDGET (timeline.view), "_Add")));
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 0);

  /* Enter adds it with this person, today, clears the entry and keeps the focus. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Met at the library  ");
  g_assert_true (gtk_widget_get_sensitive (find_button_labelled (GTK_WIDGET (timeline.view), "_Add")));
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  focus = gtk_root_get_focus (GTK_ROOT (timeline.window));
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  stored = rapport_store_list_timeline (store, rapport_contact_get_id (ana));
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 1);
  added = g_list_model_get_item (stored, 0);
  rapport_date_set_today (&today);
  g_assert_cmpstr (rapport_interaction_get_summary (added), ==, "Met at the library");
  g_assert_cmpint (rapport_interaction_get_kind (added), ==, RAPPORT_INTERACTION_MET_IN_PERSON);
  g_assert_cmpint (g_date_compare (rapport_interaction_get_date (added), &today), ==, 0);
  ids = rapport_interaction_get_contact_ids (added, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, rapport_contact_get_id (ana));

  /* The list replaces the empty state and shows it. */
  {
    g_autofree char *heading = rapport_format_month (&today);
    g_autofree char *expected = g_strdup_printf ("# %s | Met at the library", heading);

    assert_shows (&timeline, expected);
  }
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (empty)));

  /* The Add button does the same, with the kind chosen. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_descendant (GTK_WIDGET (timeline.view), GTK_TYPE_DROP_DOWN)),
                              RAPPORT_INTERACTION_CALL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Called about the job");
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (timeline.view), "_Add"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 2);
  {
    g_autoptr(RapportInteraction) call = g_list_model_get_item (stored, 0);

    g_assert_cmpstr (rapport_interaction_get_summary (call), ==, "Called about the job");
    g_assert_cmpint (rapport_interaction_get_kind (call), ==, RAPPORT_INTERACTION_CALL);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Someone not saved yet has no timeline to add to, until they are saved. */
  rapport_timeline_view_set_contact (timeline.view, unsaved);
  g_assert_false (gtk_widget_is_sensitive (entry));
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 0);
  rapport_contact_set_display_name (unsaved, "Carla");
  g_assert_true (rapport_store_add_contact (store, unsaved, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_is_sensitive (entry));

  rapport_timeline_view_set_contact (timeline.view, NULL);
  g_assert_false (gtk_widget_is_sensitive (entry));
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 0);

  timeline_close (&timeline);
  g_clear_object (&stored);
  g_clear_object (&added);
  g_assert_finalize_object (store);
}

static void
test_thousand (TestDir       *fixture,
               gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 a = rapport_contact_get_id (ana);
  g_autofree char *shown = NULL;
  Timeline timeline = { 0 };
  gint64 start;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *summary = g_strdup_printf ("Interaction %u", i);
      g_autoptr(RapportInteraction) interaction = NULL;

      interaction = test_add_interaction (store, i % (RAPPORT_INTERACTION_KIND_LAST + 1),
                                          test_date_offset ("2023-01-01", (int) i), summary, IDS (a));
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  timeline_open (&timeline, store, ana, 600, 800);
  g_test_message ("A timeline of 1000 opened in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);

  g_assert_cmpstr (summary_at (timeline.model, 0), ==, "Interaction 999");

  /* The newest are given to the list first, a few pages of them: GtkListView
   * would make a row for each of up to 200 (GTK_LIST_VIEW_MAX_LIST_ITEMS). */
  test_settle ();
  collect (GTK_WIDGET (timeline.list_view), RAPPORT_TYPE_INTERACTION_ROW, rows);
  g_test_message ("%u rows made for 1000 interactions, %u given",
                  rows->len, g_list_model_get_n_items (timeline.model));
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), <, 100);
  g_assert_cmpuint (rows->len, >, 5);
  g_assert_cmpuint (rows->len, <=, g_list_model_get_n_items (timeline.model));
  g_assert_nonnull (find_row_for (&timeline, "Interaction 999"));
  g_assert_null (find_row_for (&timeline, "Interaction 0"));

  /* The top of the list is on screen, the newest month's heading included. */
  shown = dup_shown (&timeline);
  g_assert_true (g_str_has_prefix (shown, "# September 2025 | Interaction 999 | Interaction 998 | "));

  /* Scrolled down, more come, until all of them are there; rows are
   * reused, never more than the list view keeps. */
  for (guint i = 0; i < 100 && g_list_model_get_n_items (timeline.model) < 1000; i++)
    {
      GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (timeline.list_view));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      test_settle ();
    }
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 1000);
  gtk_list_view_scroll_to (timeline.list_view, 999, GTK_LIST_SCROLL_FOCUS, NULL);
  test_settle ();
  g_ptr_array_set_size (rows, 0);
  collect (GTK_WIDGET (timeline.list_view), RAPPORT_TYPE_INTERACTION_ROW, rows);
  g_test_message ("%u rows after scrolling to the end", rows->len);
  g_assert_cmpuint (rows->len, <=, MAX_ROWS);
  g_assert_null (find_row_for (&timeline, "Interaction 500"));
  g_assert_nonnull (find_row_for (&timeline, "Interaction 0"));
  g_assert_nonnull (find_label (GTK_WIDGET (timeline.list_view), "January 2023"));

  timeline_close (&timeline);
  g_assert_finalize_object (store);
}

static gboolean
has_no_dialog (gpointer data)
{
  return adw_window_get_visible_dialog (data) == NULL;
}

static gboolean
has_undo_button (gpointer data)
{
  return find_button_labelled (data, "_Undo") != NULL;
}

static void
test_delete_undo (TestDir       *fixture,
                  gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  gint64 a = rapport_contact_get_id (ana), b = rapport_contact_get_id (ben);
  g_autoptr(RapportInteraction) old = NULL;
  g_autoptr(RapportInteraction) recent = NULL;
  g_autoptr(RapportInteraction) gone = NULL;
  g_autoptr(RapportInteraction) back = NULL;
  g_autoptr(GError) error = NULL;
  RapportInteractionDialog *dialog;
  Timeline timeline = { 0 };
  GtkWidget *delete_row;
  gint64 recent_id;
  const gint64 *ids;
  guint n_ids;

  old = test_add_interaction (store, RAPPORT_INTERACTION_NOTE, test_date ("2025-03-01"), "Old note", IDS (a));
  recent = test_add_interaction (store, RAPPORT_INTERACTION_HELP_GIVEN, test_date ("2025-06-01"),
                                 "Sent the report", IDS (a, b));
  rapport_interaction_set_details (recent, "The CLT one.");
  g_assert_true (rapport_store_save_interaction (store, recent, &error));
  recent_id = rapport_interaction_get_id (recent);

  timeline_open (&timeline, store, ana, 600, 800);
  assert_shows (&timeline, "# June 2025 | Sent the report | # March 2025 | Old note");

  /* Activating a row opens its dialog. */
  g_signal_emit_by_name (timeline.list_view, "activate", 0);
  dialog = RAPPORT_INTERACTION_DIALOG (adw_window_get_visible_dialog (ADW_WINDOW (timeline.window)));
  g_assert_nonnull (dialog);
  g_assert_true (rapport_interaction_dialog_get_interaction (dialog) == recent);
  test_settle ();

  /* Delete: gone from the store and the list at once, the dialog closes. */
  delete_row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_BUTTON_ROW, "Delete Interaction");
  g_assert_nonnull (delete_row);
  gtk_widget_activate (delete_row);
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 1);
  gone = rapport_store_get_interaction (store, recent_id, &error);
  g_assert_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  test_wait_until (has_no_dialog, timeline.window);
  assert_shows (&timeline, "# March 2025 | Old note");

  /* The toast offers Undo, which brings it back with everything it had. */
  test_wait_until (has_undo_button, timeline.overlay);
  g_assert_nonnull (find_label (GTK_WIDGET (timeline.overlay), "Interaction deleted"));
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (timeline.overlay), "_Undo"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 2);
  back = g_list_model_get_item (timeline.model, 0);
  g_assert_cmpint (rapport_interaction_get_id (back), >, 0);
  g_assert_cmpstr (rapport_interaction_get_summary (back), ==, "Sent the report");
  g_assert_cmpstr (rapport_interaction_get_details (back), ==, "The CLT one.");
  g_assert_cmpint (rapport_interaction_get_kind (back), ==, RAPPORT_INTERACTION_HELP_GIVEN);
  ids = rapport_interaction_get_contact_ids (back, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_true ((ids[0] == a && ids[1] == b) || (ids[0] == b && ids[1] == a));
  assert_shows (&timeline, "# June 2025 | Sent the report | # March 2025 | Old note");

  /* Ben's timeline has it back too, from the database. */
  {
    g_autoptr(GListModel) bens = rapport_store_list_timeline (store, b);

    g_assert_cmpuint (g_list_model_get_n_items (bens), ==, 1);
  }

  g_clear_object (&back);
  timeline_close (&timeline);
  g_clear_object (&recent);
  g_clear_object (&old);
  g_assert_finalize_object (store);
}

typedef struct
{
  RapportInteraction *interaction;
  gint64 contact_id;
} HasContact;

static gboolean
interaction_has_contact (gpointer data)
{
  HasContact *check = data;

  return rapport_interaction_has_contact (check->interaction, check->contact_id);
}

/* The people of interaction @id as the database has them, from a second connection. */
static char *
dup_stored_people (const char *path,
                   gint64      id)
{
  g_autoptr(RapportStore) other = open_store (path);
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const gint64 *ids;
  guint n_ids;

  interaction = rapport_store_get_interaction (other, id, &error);
  g_assert_no_error (error);
  ids = rapport_interaction_get_contact_ids (interaction, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(RapportContact) contact = rapport_store_get_contact (other, ids[i], NULL);
      g_autofree char *name = rapport_contact_dup_name (contact);

      g_string_append_printf (text, "%s%s", i ? ", " : "", name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_dialog_people (TestDir       *fixture,
                    gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportContact) carla = test_add_person (store, "Carla");
  gint64 a = rapport_contact_get_id (ana);
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autofree char *people = NULL;
  RapportInteractionDialog *dialog;
  Timeline timeline = { 0 };
  GtkWidget *add_row;
  GtkWidget *match;
  GtkWidget *ana_row;
  GtkWidget *remove;
  HasContact has_ben;
  gint64 id;

  interaction = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_date ("2025-05-05"),
                                      "Lunch", IDS (a));
  id = rapport_interaction_get_id (interaction);
  timeline_open (&timeline, store, ana, 600, 800);

  dialog = rapport_interaction_dialog_new (store, interaction);
  rapport_interaction_dialog_present (dialog, GTK_WIDGET (timeline.view));
  test_settle ();
  g_assert_nonnull (find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ana"));

  /* Search, pick a match: Ben is in, and that saves itself. */
  add_row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Add Person");
  g_assert_nonnull (add_row);
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Ben");
  test_settle ();
  match = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ben");
  g_assert_nonnull (match);
  g_assert_true (gtk_widget_get_mapped (match));
  g_assert_null (find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Carla"));
  g_signal_emit_by_name (match, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");

  has_ben = (HasContact) { interaction, rapport_contact_get_id (ben) };
  test_wait_until (interaction_has_contact, &has_ben);
  people = dup_stored_people (fixture->path, id);
  g_assert_cmpstr (people, ==, "Ana, Ben");
  g_clear_pointer (&people, g_free);

  /* The timeline row names Ben now. */
  test_settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (find_row_for (&timeline, "Lunch")), "with Ben"));

  /* Enter takes the best match. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Carla");
  test_settle ();
  g_signal_emit_by_name (add_row, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  g_assert_nonnull (find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Carla"));

  /* Remove Ana and close at once: closing saves what was pending. */
  ana_row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ana");
  remove = find_descendant (ana_row, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, "Remove From Interaction");
  g_signal_emit_by_name (remove, "clicked");
  g_assert_null (find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ana"));
  adw_dialog_close (ADW_DIALOG (dialog));

  people = dup_stored_people (fixture->path, id);
  g_assert_cmpstr (people, ==, "Ben, Carla");
  g_assert_false (rapport_interaction_has_contact (interaction, a));

  /* No longer with Ana: gone from her timeline. */
  g_assert_cmpuint (g_list_model_get_n_items (timeline.model), ==, 0);

  test_wait_until (has_no_dialog, timeline.window);
  timeline_close (&timeline);
  g_clear_object (&interaction);
  g_assert_finalize_object (store);
}

static gboolean
banner_revealed (gpointer data)
{
  return adw_banner_get_revealed (data);
}

static gboolean
has_follow_up (gpointer data)
{
  return rapport_interaction_get_follow_up (data) != NULL;
}

static gboolean
has_no_follow_up (gpointer data)
{
  return rapport_interaction_get_follow_up (data) == NULL;
}

static GtkWidget *
clear_button (RapportInteractionDialog *dialog)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "Clear Follow-Up Date") == 0)
      return g_ptr_array_index (buttons, i);

  g_assert_not_reached ();
}

static void
test_dialog_saves (TestDir       *fixture,
                   gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  gint64 a = rapport_contact_get_id (ana);
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autofree char *people = NULL;
  RapportInteractionDialog *dialog;
  Timeline timeline = { 0 };
  g_autoptr(GPtrArray) calendars = g_ptr_array_new ();
  g_autofree char *day = NULL;
  g_autofree char *follow_up_text = NULL;
  GDate today;
  AdwBanner *banner;
  GtkWidget *summary;
  GtkWidget *time_row;
  GtkWidget *row;

  interaction = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_date ("2025-05-05"),
                                      "Quick call", IDS (a));
  timeline_open (&timeline, store, ana, 600, 800);
  dialog = rapport_interaction_dialog_new (store, interaction);
  rapport_interaction_dialog_present (dialog, GTK_WIDGET (timeline.view));
  test_settle ();

  /* A summary edit saves itself and shows in the timeline. */
  summary = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Summary");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (summary)), ==, "Quick call");
  gtk_editable_set_text (GTK_EDITABLE (summary), "Long call");
  g_assert_cmpstr (rapport_interaction_get_summary (interaction), ==, "Quick call");
  assert_shows (&timeline, "# May 2025 | Long call");
  g_assert_cmpstr (rapport_interaction_get_summary (interaction), ==, "Long call");

  /* So do the kind, the time and the follow-up date. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Kind")),
                              RAPPORT_INTERACTION_EMAIL);
  time_row = find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, "_Time");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (time_row), TRUE);
  adw_spin_row_set_value (ADW_SPIN_ROW (find_row_titled (time_row, ADW_TYPE_SPIN_ROW, "_Hour")), 9);
  adw_spin_row_set_value (ADW_SPIN_ROW (find_row_titled (time_row, ADW_TYPE_SPIN_ROW, "_Minute")), 15);
  collect (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR, calendars);
  g_assert_cmpuint (calendars->len, ==, 2);
  {
    g_autoptr(GDateTime) follow_up = g_date_time_new_local (2025, 6, 2, 0, 0, 0);

    gtk_calendar_select_day (g_ptr_array_index (calendars, 1), follow_up);
  }
  test_wait_until (has_follow_up, interaction);
  g_assert_cmpint (rapport_interaction_get_kind (interaction), ==, RAPPORT_INTERACTION_EMAIL);
  g_assert_cmpint (rapport_interaction_get_time_minutes (interaction), ==, 9 * 60 + 15);
  g_assert_cmpint (g_date_compare (rapport_interaction_get_follow_up (interaction), test_date ("2025-06-02")), ==, 0);
  g_assert_cmpint (g_date_compare (rapport_interaction_get_date (interaction), test_date ("2025-05-05")), ==, 0);
  row = GTK_WIDGET (find_row_for (&timeline, "Long call"));
  rapport_date_set_today (&today);
  day = rapport_format_day (test_date ("2025-06-02"), &today);
  follow_up_text = g_strdup_printf ("Follow up on %s", day);
  g_assert_nonnull (find_label (row, follow_up_text));
  g_assert_true (gtk_widget_get_visible (clear_button (dialog)));
  g_signal_emit_by_name (clear_button (dialog), "clicked");
  g_assert_false (gtk_widget_get_visible (clear_button (dialog)));
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (time_row), FALSE);
  test_wait_until (has_no_follow_up, interaction);
  g_assert_cmpint (rapport_interaction_get_time_minutes (interaction), ==, -1);
  g_assert_null (find_label (row, follow_up_text));

  /* Without anyone, it cannot be saved: the dialog says why, and nothing,
   * not even the new summary, reaches the store. */
  banner = ADW_BANNER (find_descendant (GTK_WIDGET (dialog), ADW_TYPE_BANNER));
  g_assert_false (adw_banner_get_revealed (banner));
  /* Hidden, so that a screen reader does not read it out folded away. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (banner)));
  gtk_editable_set_text (GTK_EDITABLE (summary), "Very long call");
  g_signal_emit_by_name (find_descendant (find_row_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Ana"),
                                          GTK_TYPE_BUTTON),
                         "clicked");
  test_wait_until (banner_revealed, banner);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_cmpstr (adw_banner_get_title (banner), ==, "An interaction needs at least one person.");
  g_assert_cmpstr (rapport_interaction_get_summary (interaction), ==, "Long call");
  people = dup_stored_people (fixture->path, rapport_interaction_get_id (interaction));
  g_assert_cmpstr (people, ==, "Ana");

  adw_dialog_force_close (ADW_DIALOG (dialog));
  test_wait_until (has_no_dialog, timeline.window);
  timeline_close (&timeline);
  g_clear_object (&interaction);
  g_assert_finalize_object (store);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
assert_ids (RapportPeopleEditor *editor,
            const gint64        *expected)
{
  const gint64 *ids;
  guint n_ids;
  guint n_expected = 0;

  while (expected[n_expected] != 0)
    n_expected++;
  ids = rapport_people_editor_get_contact_ids (editor, &n_ids);
  g_assert_cmpmem (ids, n_ids * sizeof (gint64), expected, n_expected * sizeof (gint64));
}

static void
test_people_editor (TestDir       *fixture,
                    gconstpointer  data)
{
  RapportStore *store = open_store (fixture->path);
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportContact) carla = test_add_person (store, "Carla");
  gint64 a = rapport_contact_get_id (ana);
  gint64 b = rapport_contact_get_id (ben);
  gint64 c = rapport_contact_get_id (carla);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  RapportPeopleEditor *editor;
  GtkWindow *window;
  GtkWidget *add_row;
  GtkWidget *matches_list;
  GtkWidget *remove;
  guint n_changed = 0;

  for (guint i = 1; i <= 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("Sam %u", i);
      g_autoptr(RapportContact) sam = test_add_person (store, name);
    }

  window = GTK_WINDOW (adw_window_new ());
  editor = RAPPORT_PEOPLE_EDITOR (rapport_people_editor_new (store));
  g_object_ref (editor);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (editor));
  gtk_window_set_default_size (window, 400, 800);
  gtk_window_present (window);
  test_wait_until (test_is_laid_out, editor);
  g_signal_connect (editor, "changed", G_CALLBACK (count_cb), &n_changed);
  g_assert_nonnull (find_label (GTK_WIDGET (editor), rapport_people_editor_get_placeholder_text (editor)));

  /* Setting the people drops repeats and unknown ids, and is no user change. */
  rapport_people_editor_set_contact_ids (editor, IDS (a, a, 999999, c), 4);
  assert_ids (editor, IDS (a, c));
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_nonnull (find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Carla"));

  /* Each remove button names its person; the tooltip is the user's to word. */
  remove = find_descendant (find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Ana"), GTK_TYPE_BUTTON);
  gtk_test_accessible_assert_property (remove, GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove Ana");
  rapport_people_editor_set_remove_tooltip (editor, "Remove From Event");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, "Remove From Event");

  collect (GTK_WIDGET (editor), GTK_TYPE_LIST_BOX, lists);
  /* People, the search, its matches, and the offer to add someone new */
  g_assert_cmpuint (lists->len, ==, 4);
  matches_list = g_ptr_array_index (lists, 2);
  add_row = find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "_Add Person");
  g_assert_false (gtk_widget_get_visible (matches_list));

  /* Whoever is in already is greyed out, and Enter passes over them. */
  rapport_people_editor_set_included_subtitle (editor, "Already attending");
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Ana");
  test_settle ();
  g_assert_true (gtk_widget_get_visible (matches_list));
  collect (matches_list, ADW_TYPE_ACTION_ROW, matches);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_false (gtk_widget_get_sensitive (g_ptr_array_index (matches, 0)));
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (matches, 0)), ==, "Already attending");
  g_signal_emit_by_name (add_row, "entry-activated");
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "Ana");

  /* At most five matches are shown. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Sam");
  test_settle ();
  g_ptr_array_set_size (matches, 0);
  collect (matches_list, ADW_TYPE_ACTION_ROW, matches);
  g_assert_cmpuint (matches->len, ==, 5);

  /* Enter takes the best match, clears the search and says so. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Ben");
  test_settle ();
  g_signal_emit_by_name (add_row, "entry-activated");
  g_assert_cmpuint (n_changed, ==, 1);
  assert_ids (editor, IDS (a, c, b));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  g_assert_false (gtk_widget_get_visible (matches_list));

  /* So does removing someone. */
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (n_changed, ==, 2);
  assert_ids (editor, IDS (c, b));
  g_assert_null (find_row_titled (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Ana"));

  /* Another store, other people: no one is chosen. */
  rapport_people_editor_set_store (editor, NULL);
  g_assert_null (rapport_people_editor_get_store (editor));
  {
    guint n_ids = 1;

    rapport_people_editor_get_contact_ids (editor, &n_ids);
    g_assert_cmpuint (n_ids, ==, 0);
  }
  rapport_people_editor_set_contact_ids (editor, NULL, 0);
  g_assert_cmpuint (n_changed, ==, 2);

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
  g_assert_finalize_object (editor);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible properties are read through GTK's test backend, which
   * needs no accessibility bus (a Flatpak build sandbox has none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  /* Dialogs and toasts appear and go at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/rapport/timeline-view/months-newest-first", TestDir, NULL,
              test_dir_setup, test_months_newest_first, test_dir_teardown);
  g_test_add ("/rapport/timeline-view/quick-add", TestDir, NULL,
              test_dir_setup, test_quick_add, test_dir_teardown);
  g_test_add ("/rapport/timeline-view/thousand", TestDir, NULL,
              test_dir_setup, test_thousand, test_dir_teardown);
  g_test_add ("/rapport/timeline-view/delete-undo", TestDir, NULL,
              test_dir_setup, test_delete_undo, test_dir_teardown);
  g_test_add ("/rapport/timeline-view/dialog-people", TestDir, NULL,
              test_dir_setup, test_dialog_people, test_dir_teardown);
  g_test_add ("/rapport/timeline-view/dialog-saves", TestDir, NULL,
              test_dir_setup, test_dialog_saves, test_dir_teardown);
  g_test_add ("/rapport/timeline-view/people-editor", TestDir, NULL,
              test_dir_setup, test_people_editor, test_dir_teardown);

  return g_test_run ();
}
