/* rapport-paced-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of a list view, a screenful first. When a long list arrives all
 * at once (start-up, a new search, a new sort), a list view makes a row for
 * each of its first 30 or so items in the same frame, about a millisecond
 * each. This model shows the view only the rows that fill it, and the rest
 * a frame later, so the frame that answers a keystroke makes half as many.
 * Every other change passes straight through. It is the model's first
 * rows, in the same positions, so a position in one is a position in the
 * other.
 */

#include "config.h"

#include "rapport-paced-list.h"

/* Rows are taller than this: a view of height h shows fewer than h / 48. */
#define ROW_HEIGHT_AT_LEAST 48
/* Before the view has a height: enough for a tall window. */
#define FIRST_ROWS_UNKNOWN_HEIGHT 20

struct _RapportPacedList
{
  GObject parent_instance;

  GListModel *model;
  GtkWidget *view;      /* not owned: it owns us, through its selection */
  guint n_items;        /* of the model */
  guint shown;          /* while pacing, how many the view has; else 0 */
  guint tick_id;
  gint64 paced_frame;   /* the frame before the one that draws them, or -1 */
};

static void rapport_paced_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportPacedList, rapport_paced_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rapport_paced_list_list_model_init))

static gboolean
is_pacing (RapportPacedList *self)
{
  return self->shown != 0;
}

static guint
count_shown (RapportPacedList *self)
{
  return is_pacing (self) ? MIN (self->shown, self->n_items) : self->n_items;
}

static void
stop_pacing (RapportPacedList *self)
{
  if (self->tick_id != 0 && self->view != NULL)
    gtk_widget_remove_tick_callback (self->view, self->tick_id);
  self->tick_id = 0;
  self->shown = 0;
}

/* The rest, once a frame has drawn the first rows: the next frame makes
 * them. */
static gboolean
tick_cb (GtkWidget     *view,
         GdkFrameClock *clock,
         gpointer       data)
{
  RapportPacedList *self = data;
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  /* Paced before the view had frames (or on another window's clock): this
   * is the frame that draws them. */
  if (self->paced_frame < 0 || frame < self->paced_frame)
    self->paced_frame = frame - 1;
  if (frame < self->paced_frame + 2)
    return G_SOURCE_CONTINUE;

  self->tick_id = 0;
  rapport_paced_list_flush (self);
  return G_SOURCE_REMOVE;
}

static guint
first_rows (RapportPacedList *self)
{
  int height = self->view != NULL ? gtk_widget_get_height (self->view) : 0;

  return height > 0 ? (guint) height / ROW_HEIGHT_AT_LEAST + 1 : FIRST_ROWS_UNKNOWN_HEIGHT;
}

/* A list filling an empty view: the first rows now, the rest later. */
static gboolean
start_pacing (RapportPacedList *self)
{
  GdkFrameClock *clock;
  guint first;

  if (self->view == NULL)
    return FALSE;
  first = first_rows (self);
  if (self->n_items <= first)
    return FALSE;

  clock = gtk_widget_get_frame_clock (self->view);
  self->shown = first;
  self->paced_frame = clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : -1;
  self->tick_id = gtk_widget_add_tick_callback (self->view, tick_cb, self, NULL);
  return TRUE;
}

static void
items_changed_cb (RapportPacedList *self,
                  guint             position,
                  guint             removed,
                  guint             added,
                  GListModel       *model)
{
  guint shown_before = count_shown (self);
  guint shown_after;

  self->n_items = self->n_items - removed + added;

  if (!is_pacing (self))
    {
      if (shown_before == 0 && start_pacing (self))
        g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, count_shown (self));
      else
        g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* While pacing, the view has the model's first rows: they are the same
   * before @position, and from there they are whatever the model now has. */
  shown_after = count_shown (self);
  if (self->n_items <= self->shown)
    stop_pacing (self);
  if (position < MAX (shown_before, shown_after))
    g_list_model_items_changed (G_LIST_MODEL (self), position,
                                shown_before > position ? shown_before - position : 0,
                                shown_after > position ? shown_after - position : 0);
}

static GType
rapport_paced_list_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (RAPPORT_PACED_LIST (list)->model);
}

static guint
rapport_paced_list_get_n_items (GListModel *list)
{
  return count_shown (RAPPORT_PACED_LIST (list));
}

static gpointer
rapport_paced_list_get_item (GListModel *list,
                             guint       position)
{
  RapportPacedList *self = RAPPORT_PACED_LIST (list);

  if (position >= count_shown (self))
    return NULL;
  return g_list_model_get_item (self->model, position);
}

static void
rapport_paced_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_paced_list_get_item_type;
  iface->get_n_items = rapport_paced_list_get_n_items;
  iface->get_item = rapport_paced_list_get_item;
}

static void
rapport_paced_list_dispose (GObject *object)
{
  RapportPacedList *self = RAPPORT_PACED_LIST (object);

  stop_pacing (self);
  if (self->view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
  self->view = NULL;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (rapport_paced_list_parent_class)->dispose (object);
}

static void
rapport_paced_list_class_init (RapportPacedListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_paced_list_dispose;
}

static void
rapport_paced_list_init (RapportPacedList *self)
{
}

/**
 * rapport_paced_list_new:
 * @model: the list
 * @view: the widget that shows it, whose frames pace it
 *
 * Returns: (transfer full): @model's rows for @view, a screenful first
 *   whenever it fills up at once
 */
RapportPacedList *
rapport_paced_list_new (GListModel *model,
                        GtkWidget  *view)
{
  RapportPacedList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);

  self = g_object_new (RAPPORT_TYPE_PACED_LIST, NULL);
  self->model = g_object_ref (model);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  /* The first frame too, at start-up. */
  start_pacing (self);
  return self;
}

/**
 * rapport_paced_list_flush:
 *
 * Shows every row now, as when something is to be found or selected among
 * them.
 */
void
rapport_paced_list_flush (RapportPacedList *self)
{
  guint shown;

  g_return_if_fail (RAPPORT_IS_PACED_LIST (self));

  if (!is_pacing (self))
    return;
  shown = count_shown (self);
  stop_pacing (self);
  if (self->n_items > shown)
    g_list_model_items_changed (G_LIST_MODEL (self), shown, 0, self->n_items - shown);
}
