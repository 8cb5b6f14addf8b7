/* test-paced-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of a list view, a screenful first: a long list filling an empty
 * view shows its first rows at once and the rest a frame later, in a real
 * list view under the display. Whatever changes meanwhile, what its
 * signals told (kept in a mirror, as a list view keeps its rows) is always
 * what it holds, and ends as the whole model.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "rapport-paced-list.h"
#include "rapport-ui-test-util.h"

typedef struct
{
  GListStore *store;
  RapportPacedList *rows;
  GPtrArray *mirror;      /* the items, as the signals told them */
  GtkWidget *window;
  GtkWidget *view;
  guint signals;
} Fixture;

static void
rows_changed_cb (GListModel *rows,
                 guint       position,
                 guint       removed,
                 guint       added,
                 Fixture    *fixture)
{
  g_assert_cmpuint (position + removed, <=, fixture->mirror->len);
  g_ptr_array_remove_range (fixture->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (fixture->mirror, (int) (position + i), g_list_model_get_item (rows, position + i));
  g_assert_cmpuint (fixture->mirror->len, ==, g_list_model_get_n_items (rows));
  fixture->signals++;
}

/* The mirror is the rows, and the rows are the store's first ones. */
static void
assert_consistent (Fixture *fixture)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->rows));

  g_assert_cmpuint (fixture->mirror->len, ==, n);
  g_assert_cmpuint (n, <=, g_list_model_get_n_items (G_LIST_MODEL (fixture->store)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (fixture->rows), i);
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (fixture->store), i);

      g_assert_true (row == item);
      g_assert_true (g_ptr_array_index (fixture->mirror, i) == item);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->rows), n));
}

static gboolean
all_shown (gpointer data)
{
  Fixture *fixture = data;

  return g_list_model_get_n_items (G_LIST_MODEL (fixture->rows)) ==
         g_list_model_get_n_items (G_LIST_MODEL (fixture->store));
}

static GPtrArray *
strings (const char *prefix,
         guint       n)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", prefix, i);

      g_ptr_array_add (items, gtk_string_object_new (text));
    }
  return items;
}

static void
fill (Fixture    *fixture,
      const char *prefix,
      guint       n)
{
  g_autoptr(GPtrArray) items = strings (prefix, n);

  g_list_store_splice (fixture->store, 0, g_list_model_get_n_items (G_LIST_MODEL (fixture->store)),
                       items->pdata, items->len);
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  gtk_list_item_set_child (item, gtk_label_new (NULL));
}

static void
label_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  fixture->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (label_bind_cb), NULL);
  fixture->view = gtk_list_view_new (NULL, g_object_ref (factory));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), fixture->view);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 300, 480);
  gtk_window_set_child (GTK_WINDOW (fixture->window), scrolled);
  gtk_window_present (GTK_WINDOW (fixture->window));
  test_wait_until (test_is_laid_out, fixture->view);

  fixture->rows = rapport_paced_list_new (G_LIST_MODEL (fixture->store), fixture->view);
  g_signal_connect (fixture->rows, "items-changed", G_CALLBACK (rows_changed_cb), fixture);
  gtk_list_view_set_model (GTK_LIST_VIEW (fixture->view),
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (fixture->rows)))));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->rows);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->mirror, g_ptr_array_unref);
}

/* An empty view filled: its first rows, then the rest a frame later. */
static void
test_paces_a_fill (Fixture       *fixture,
                   gconstpointer  data)
{
  guint first;

  fill (fixture, "Row", 500);
  first = g_list_model_get_n_items (G_LIST_MODEL (fixture->rows));
  /* A 480-pixel view shows fewer than 11 rows of 48 pixels or more. */
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (first, <=, 480 / 48 + 1);
  assert_consistent (fixture);

  test_wait_until (all_shown, fixture);
  assert_consistent (fixture);
  g_assert_cmpuint (fixture->signals, ==, 2);

  /* A change to a whole list is passed on as it is. */
  g_list_store_remove (fixture->store, 7);
  g_assert_cmpuint (fixture->signals, ==, 3);
  assert_consistent (fixture);

  /* A short list fills at once. */
  fill (fixture, "Few", 0);
  fill (fixture, "Few", 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->rows)), ==, 3);
  assert_consistent (fixture);
}

/* Changes while the rest waits: among the rows shown, beyond them, and a
 * list that shrinks to fewer; each time what was told is what it holds. */
static void
test_changes_while_pacing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) more = strings ("More", 40);
  guint first;

  fill (fixture, "Row", 500);
  first = g_list_model_get_n_items (G_LIST_MODEL (fixture->rows));
  g_assert_cmpuint (first, <, 500);

  /* Among the shown: one replaced, one inserted at the top. */
  g_list_store_splice (fixture->store, 2, 1, more->pdata, 1);
  assert_consistent (fixture);
  g_list_store_insert (fixture->store, 0, g_ptr_array_index (more, 1));
  assert_consistent (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->rows)), ==, first);

  /* Beyond them: nothing to tell yet. */
  {
    guint signals = fixture->signals;

    g_list_store_splice (fixture->store, 300, 10, more->pdata + 2, 30);
    g_assert_cmpuint (fixture->signals, ==, signals);
    assert_consistent (fixture);
  }

  test_wait_until (all_shown, fixture);
  assert_consistent (fixture);

  /* Shrinking below the rows shown ends the wait at once. */
  fill (fixture, "Row", 0);
  fill (fixture, "Row", 500);
  g_list_store_splice (fixture->store, 1, 497, NULL, 0);
  assert_consistent (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->rows)), ==, 3);
  test_settle ();
  assert_consistent (fixture);
}

/* Flushing shows everything now, as when a row is to be selected. */
static void
test_flush (Fixture       *fixture,
            gconstpointer  data)
{
  fill (fixture, "Row", 500);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->rows)), <, 500);
  rapport_paced_list_flush (fixture->rows);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->rows)), ==, 500);
  assert_consistent (fixture);

  /* Nothing is told twice once the frame comes. */
  {
    guint signals = fixture->signals;

    test_settle ();
    g_assert_cmpuint (fixture->signals, ==, signals);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  test_disable_animations ();

  g_test_add ("/rapport/paced-list/paces-a-fill", Fixture, NULL, fixture_setup, test_paces_a_fill, fixture_teardown);
  g_test_add ("/rapport/paced-list/changes-while-pacing", Fixture, NULL, fixture_setup, test_changes_while_pacing,
              fixture_teardown);
  g_test_add ("/rapport/paced-list/flush", Fixture, NULL, fixture_setup, test_flush, fixture_teardown);

  return g_test_run ();
}
