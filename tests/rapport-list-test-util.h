/* rapport-list-test-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers the tests of the list of people share: its search, its rows and
 * what is in sight, and many people at once.
 */

#pragma once

#include "rapport-contact-row.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"

typedef struct
{
  GListModel *model;
  guint n;
} CountCheck;

static inline gboolean
has_count (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->model) == check->n;
}

static inline void
wait_for_count (RapportWindow *window,
                guint          n)
{
  CountCheck check = { G_LIST_MODEL (rapport_window_get_people (window)), n };

  test_wait_until (has_count, &check);
}

/* The search of people (pages have searches of their own). */
static inline GtkWidget *
find_people_search (GtkWidget *widget)
{
  g_autofree char *placeholder = NULL;

  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (g_strcmp0 (placeholder, "Search people") == 0)
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_people_search (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline GtkWidget *
search_entry (RapportWindow *window)
{
  GtkWidget *search = find_people_search (GTK_WIDGET (window));

  g_assert_nonnull (search);
  return search;
}

static inline GtkWidget *
people_view (RapportWindow *window)
{
  return GTK_WIDGET (rapport_window_get_people_view (window));
}

/* Whether @widget is drawn whole inside the list's visible part. */
static inline gboolean
in_sight (RapportWindow *window,
          GtkWidget     *widget)
{
  GtkWidget *view = people_view (window);
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, view, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (view);
}

static inline RapportContact *
person_at (RapportWindow *window,
           guint          position)
{
  g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (rapport_window_get_people (window)), position);

  return contact;   /* the model keeps it alive while it is in the list */
}

/* The person open, whose row is selected (out of selection mode). */
static inline RapportContact *
selected_person (RapportWindow *window)
{
  GtkSelectionModel *model = gtk_grid_view_get_model (GTK_GRID_VIEW (people_view (window)));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  g_autoptr(RapportContact) contact = NULL;

  if (gtk_bitset_is_empty (selected))
    return NULL;
  contact = g_list_model_get_item (G_LIST_MODEL (model), gtk_bitset_get_minimum (selected));
  return contact;   /* the selection keeps it alive */
}

/* The row showing @contact, if one is made. */
static inline GtkWidget *
row_of (GtkWidget      *widget,
        RapportContact *contact)
{
  if (RAPPORT_IS_CONTACT_ROW (widget) && rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (widget)) == contact)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = row_of (child, contact);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @n people named "@prefix 0000" and on. */
static inline void
add_many (RapportStore *store,
          guint         n,
          const char   *prefix)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %04u", prefix, i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  g_assert_no_error (error);
}
