/* rapport-bench-app-triage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Next person in triage" for the app benchmark, at 30,000 people: in
 * "Sort Your Connections" (the generator leaves about a fifth of them with
 * no closeness), an answer given the way its key gives it, timed to the
 * frame that shows the next person (the frame clock's after-paint), beside
 * the SQLite work that person needs, measured in the same run. Answers
 * come at a person's pace (150 ms apart: the next people were read ahead)
 * and back to back (each right after the frame before: maybe not).
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-bench-app-triage.h"
#include "rapport-bench-data.h"
#include "rapport-triage-dialog.h"
#include "rapport-ui-test-util.h"

#define ANSWERS_PER_RUN 20

static gint64 painted;
static gint64 laid_out;

static void
layout_cb (GdkFrameClock *clock,
           gpointer       data)
{
  if (laid_out == 0)
    laid_out = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  if (painted == 0)
    painted = g_get_monotonic_time ();
}

static gboolean
keep_drawing_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  return G_SOURCE_CONTINUE;
}

static double
ms_since (gint64 start,
          gint64 end)
{
  return (double) (end - start) / 1000.0;
}

static double
max_of (GArray *samples)
{
  double most = 0;

  for (guint i = 0; i < samples->len; i++)
    most = MAX (most, g_array_index (samples, double, i));
  return most;
}

/* The SQLite under showing @contact_id without reading ahead: their row,
 * their last interaction and their introductions, by id and index. */
static double
raw_next_person (sqlite3 *db,
                 gint64   contact_id)
{
  const char *sql[] = {
    "SELECT * FROM contact WHERE id = ?1",
    "SELECT * FROM contact_field WHERE contact_id = ?1",
    "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?1",
    "SELECT i.* FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
    "WHERE ic.contact_id = ?1 ORDER BY i.happened_on DESC, coalesce (i.happened_time, '') DESC, i.id DESC LIMIT 1",
    "SELECT other.contact_id FROM interaction_contact ic "
    "JOIN interaction i ON i.id = ic.interaction_id AND i.kind = 7 "
    "JOIN interaction_contact other ON other.interaction_id = i.id AND other.contact_id <> ic.contact_id "
    "WHERE ic.contact_id = ?1 GROUP BY other.contact_id ORDER BY max (i.happened_on) DESC LIMIT 3",
  };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (db, sql[i], -1, &stmt, NULL);
      sqlite3_bind_int64 (stmt, 1, contact_id);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
    }
  return ms_since (start, g_get_monotonic_time ());
}

/* The SQLite under opening: the ids of everyone unsorted, newest first. */
static double
raw_queue (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();

  sqlite3_prepare_v2 (db,
                      "SELECT id FROM contact WHERE closeness = 0 AND archived = 0 AND deleted = 0 "
                      "ORDER BY created_at DESC, id DESC",
                      -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  return ms_since (start, g_get_monotonic_time ());
}

/* Judged by the median: on a shared machine the worst is the machine's. */
static void
print_row (const char *measure,
           GArray     *samples,
           GArray     *raw,
           double      target)
{
  double median = rapport_bench_median (samples);

  if (raw != NULL)
    g_print ("| %s | %.2f | %.2f | %.3f | %.1f | median ≤ %.1f: %s |\n", measure, median, max_of (samples),
             rapport_bench_median (raw), median / rapport_bench_median (raw), target,
             median <= target ? "met" : "MISSED");
  else
    g_print ("| %s | %.2f | %.2f | | | median ≤ %.1f: %s |\n", measure, median, max_of (samples), target,
             median <= target ? "met" : "MISSED");
}

/**
 * rapport_bench_app_triage:
 * @window: the app's window, at 30,000 people
 * @raw: a plain SQLite connection to its database, for the floor
 * @runs: how many runs of twenty answers each, at each pace
 *
 * Sorts connections in @window and prints how long the next person takes
 * to show.
 */
void
rapport_bench_app_triage (RapportWindow *window,
                          sqlite3       *raw,
                          int            runs)
{
  g_autoptr(GArray) paced_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paced_handled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) fast_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) fast_handled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paced_layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) fast_layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_handled = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_floor = g_array_new (FALSE, FALSE, sizeof (double));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  RapportTriageDialog *dialog;
  gint64 start, answered;
  guint n_people;
  gulong handler, layout_handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  layout_handler = g_signal_connect_after (clock, "layout", G_CALLBACK (layout_cb), NULL);

  /* Opening it: the queue read whole (everyone unsorted, newest first),
   * to the first frame that shows the dialog. */
  for (int run = 0; run <= runs; run++)
    {
      double ms;
      guint tick;

      test_settle ();
      start = g_get_monotonic_time ();
      painted = 0;
      g_action_group_activate_action (G_ACTION_GROUP (window), "sort-connections", NULL);
      answered = g_get_monotonic_time ();
      tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), keep_drawing_cb, NULL, NULL);
      while (painted == 0)
        g_main_context_iteration (NULL, TRUE);
      gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
      ms = ms_since (start, painted);
      g_array_append_val (open_frame, ms);
      ms = ms_since (start, answered);
      g_array_append_val (open_handled, ms);
      ms = raw_queue (raw);
      g_array_append_val (open_floor, ms);
      if (run == runs)
        break;
      dialog = RAPPORT_TRIAGE_DIALOG (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_TRIAGE_DIALOG, NULL));
      adw_dialog_close (ADW_DIALOG (dialog));
    }
  test_settle ();
  dialog = RAPPORT_TRIAGE_DIALOG (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_TRIAGE_DIALOG, NULL));
  n_people = rapport_triage_get_n_people (rapport_triage_dialog_get_triage (dialog));

  for (int run = 0; run < 2 * runs; run++)
    {
      /* Even runs at a person's pace, odd ones back to back. */
      gboolean paced = run % 2 == 0;

      for (guint i = 0; i < ANSWERS_PER_RUN; i++)
        {
          RapportContact *shown;
          double ms;
          guint tick;

          if (paced)
            test_settle_for (150);
          /* 1 to 4, and 5 (skip): every closeness, and the list's answer changes too. */
          start = g_get_monotonic_time ();
          painted = 0;
          laid_out = 0;
          gtk_widget_activate_action (GTK_WIDGET (dialog), "triage.answer", "i", (gint32) (1 + i % 5));
          answered = g_get_monotonic_time ();
          tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), keep_drawing_cb, NULL, NULL);
          gtk_widget_queue_draw (GTK_WIDGET (window));
          while (painted == 0)
            g_main_context_iteration (NULL, TRUE);
          gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
          ms = ms_since (start, painted);
          g_array_append_val (paced ? paced_frame : fast_frame, ms);
          ms = ms_since (start, answered);
          g_array_append_val (paced ? paced_handled : fast_handled, ms);
          ms = ms_since (start, laid_out ? laid_out : painted);
          g_array_append_val (paced ? paced_layout : fast_layout, ms);

          shown = rapport_triage_dialog_get_shown (dialog);
          g_assert_nonnull (shown);
          ms = raw_next_person (raw, rapport_contact_get_id (shown));
          g_array_append_val (floor, ms);
        }
      /* Each run answers the same people: the next one starts where this one did. */
      for (guint i = 0; i < ANSWERS_PER_RUN; i++)
        gtk_widget_activate_action (GTK_WIDGET (dialog), "triage.undo", NULL);
      test_settle ();
    }
  g_signal_handler_disconnect (clock, handler);
  g_signal_handler_disconnect (clock, layout_handler);
  adw_dialog_close (ADW_DIALOG (dialog));
  test_settle ();

  g_print ("\nNext person in triage, at 30,000 people (%u with no closeness; %d runs of %d answers at each pace): "
           "milliseconds\n\n",
           n_people, runs, ANSWERS_PER_RUN);
  g_print ("| Measure | Median | Worst | SQLite underneath | Ratio | Target |\n|---|---:|---:|---:|---:|---|\n");
  print_row ("Open Sort Your Connections, to the frame", open_frame, open_floor, 33.3);
  print_row ("Open Sort Your Connections, the action itself (queue read, first person shown)", open_handled, NULL, 16.7);
  print_row ("Next person in triage, a key every 150 ms, to the frame", paced_frame, floor, 16.7);
  print_row ("Next person in triage, a key every 150 ms, the answer itself (saved, next shown)", paced_handled, NULL, 2);
  print_row ("Next person in triage, a key every 150 ms, to the frame's layout", paced_layout, NULL, 16.7);
  /* A key right after a frame is drawn waits for the next frame's turn. */
  print_row ("Next person in triage, keys back to back, to the next frame", fast_frame, floor, 33.3);
  print_row ("Next person in triage, keys back to back, to that frame's layout", fast_layout, NULL, 33.3);
  print_row ("Next person in triage, keys back to back, the answer itself", fast_handled, NULL, 2);
}
