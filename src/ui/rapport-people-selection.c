/* rapport-people-selection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of people's selection: the window's single selection (the
 * person open) as it always was, and in selection mode, the choice of
 * many, given to the view in its place — the view's model stays the
 * same, so it keeps its rows and where it was scrolled. The choice is kept by id,
 * not by position, so that it stays with the people when the list moves;
 * and "everyone" is a flag (with the few taken out since), not 30,000
 * ids: choosing all of a search's answer makes nothing, and what a
 * change acts on is read from the list's own query when it is made.
 */

#define G_LOG_DOMAIN "rapport-people-selection"

#include "config.h"

#include "rapport-people-selection.h"

struct _RapportPeopleSelection
{
  GObject parent_instance;

  GtkSelectionModel *normal;    /* out of selection mode: the person open */
  GListModel *rows;             /* the same: what the view shows */
  RapportPeopleModel *people;   /* all of them (the rows may be fewer yet) */
  gboolean active;              /* in selection mode */
  gboolean all;                 /* everyone in the list but those in ids */
  GHashTable *ids;              /* gint64 *: chosen, or with all, left out */
  guint n_selected;
};

static void list_model_iface_init (GListModelInterface *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

/* clang-format off */
G_DEFINE_FINAL_TYPE_WITH_CODE (RapportPeopleSelection, rapport_people_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))
/* clang-format on */

enum {
  PROP_0,
  PROP_ACTIVE,
  PROP_N_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_chosen (RapportPeopleSelection *self,
           gint64                  id)
{
  return self->all != g_hash_table_contains (self->ids, &id);
}

static void
set_chosen (RapportPeopleSelection *self,
            gint64                  id,
            gboolean                chosen)
{
  if (is_chosen (self, id) == chosen)
    return;
  if (g_hash_table_contains (self->ids, &id))
    g_hash_table_remove (self->ids, &id);
  else
    g_hash_table_add (self->ids, g_memdup2 (&id, sizeof id));
}

/* The id at @position, or 0 while the rows and the list disagree (in the
 * middle of a change). */
static gint64
id_at (RapportPeopleSelection *self,
       guint                   position)
{
  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    return 0;
  return rapport_people_model_get_id (self->people, position);
}

/* Counted over the whole list (not only the rows shown yet): people who
 * left it meanwhile, out of a search or archived, are not counted. */
static void
update_count (RapportPeopleSelection *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint count = 0;

  if (!self->active)
    count = 0;
  else if (g_hash_table_size (self->ids) == 0)
    count = self->all ? n : 0;
  else
    {
      g_autoptr(GArray) ids = rapport_people_model_dup_ids (self->people);

      for (guint i = 0; i < ids->len; i++)
        if (is_chosen (self, g_array_index (ids, gint64, i)))
          count++;
    }

  if (count == self->n_selected)
    return;
  self->n_selected = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
}

static void
changed (RapportPeopleSelection *self,
         guint                   position,
         guint                   n_items)
{
  if (n_items > 0)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
  update_count (self);
}

static void
rows_changed_cb (RapportPeopleSelection *self,
                 guint                   position,
                 guint                   removed,
                 guint                   added,
                 GListModel             *rows)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  update_count (self);
}

static void
normal_changed_cb (RapportPeopleSelection *self,
                   guint                   position,
                   guint                   n_items,
                   GtkSelectionModel      *normal)
{
  if (!self->active)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
}

static GType
rapport_people_selection_get_item_type (GListModel *model)
{
  return RAPPORT_TYPE_CONTACT;
}

static guint
rapport_people_selection_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (RAPPORT_PEOPLE_SELECTION (model)->rows);
}

static gpointer
rapport_people_selection_get_item (GListModel *model,
                                   guint       position)
{
  return g_list_model_get_item (RAPPORT_PEOPLE_SELECTION (model)->rows, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_people_selection_get_item_type;
  iface->get_n_items = rapport_people_selection_get_n_items;
  iface->get_item = rapport_people_selection_get_item;
}

static gboolean
rapport_people_selection_is_selected (GtkSelectionModel *model,
                                      guint              position)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);
  gint64 id;

  if (!self->active)
    return gtk_selection_model_is_selected (self->normal, position);

  id = id_at (self, position);
  return id != 0 && is_chosen (self, id);
}

static GtkBitset *
rapport_people_selection_get_selection_in_range (GtkSelectionModel *model,
                                                 guint              position,
                                                 guint              n_items)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);
  GtkBitset *bitset;

  if (!self->active)
    return gtk_selection_model_get_selection_in_range (self->normal, position, n_items);

  bitset = gtk_bitset_new_empty ();
  if (g_hash_table_size (self->ids) == 0)
    {
      guint n_rows = g_list_model_get_n_items (self->rows);

      if (self->all && position < n_rows)
        gtk_bitset_add_range (bitset, position, MIN (n_items, n_rows - position));
      return bitset;
    }
  for (guint i = position; i < position + n_items; i++)
    if (rapport_people_selection_is_selected (model, i))
      gtk_bitset_add (bitset, i);
  return bitset;
}

/* The view chooses the row it moves to, or clicked, alone: in selection
 * mode moving does not change the choice (Space and a click do, through
 * the window), so that a key never drops 30,000 chosen people. */
static gboolean
rapport_people_selection_select_item (GtkSelectionModel *model,
                                      guint              position,
                                      gboolean           unselect_rest)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);
  gint64 id;

  if (!self->active)
    return gtk_selection_model_select_item (self->normal, position, unselect_rest);

  id = id_at (self, position);
  if (unselect_rest || id == 0)
    return FALSE;
  set_chosen (self, id, TRUE);
  changed (self, position, 1);
  return TRUE;
}

static gboolean
rapport_people_selection_unselect_item (GtkSelectionModel *model,
                                        guint              position)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);
  gint64 id;

  if (!self->active)
    return gtk_selection_model_unselect_item (self->normal, position);

  id = id_at (self, position);
  if (id == 0)
    return FALSE;
  set_chosen (self, id, FALSE);
  changed (self, position, 1);
  return TRUE;
}

static gboolean
rapport_people_selection_select_range (GtkSelectionModel *model,
                                       guint              position,
                                       guint              n_items,
                                       gboolean           unselect_rest)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);

  if (!self->active)
    return gtk_selection_model_select_range (self->normal, position, n_items, unselect_rest);

  if (unselect_rest || n_items == 0)
    return FALSE;
  rapport_people_selection_add_range (self, position, position + n_items - 1);
  return TRUE;
}

static gboolean
rapport_people_selection_unselect_range (GtkSelectionModel *model,
                                         guint              position,
                                         guint              n_items)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);

  if (!self->active)
    return gtk_selection_model_unselect_range (self->normal, position, n_items);

  for (guint i = position; i < position + n_items; i++)
    {
      gint64 id = id_at (self, i);

      if (id != 0)
        set_chosen (self, id, FALSE);
    }
  changed (self, position, n_items);
  return TRUE;
}

static gboolean
rapport_people_selection_select_all (GtkSelectionModel *model)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);

  if (!self->active)
    return gtk_selection_model_select_all (self->normal);

  self->all = TRUE;
  g_hash_table_remove_all (self->ids);
  changed (self, 0, g_list_model_get_n_items (self->rows));
  return TRUE;
}

static gboolean
rapport_people_selection_unselect_all (GtkSelectionModel *model)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (model);

  if (!self->active)
    return gtk_selection_model_unselect_all (self->normal);

  self->all = FALSE;
  g_hash_table_remove_all (self->ids);
  changed (self, 0, g_list_model_get_n_items (self->rows));
  return TRUE;
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = rapport_people_selection_is_selected;
  iface->get_selection_in_range = rapport_people_selection_get_selection_in_range;
  iface->select_item = rapport_people_selection_select_item;
  iface->unselect_item = rapport_people_selection_unselect_item;
  iface->select_range = rapport_people_selection_select_range;
  iface->unselect_range = rapport_people_selection_unselect_range;
  iface->select_all = rapport_people_selection_select_all;
  iface->unselect_all = rapport_people_selection_unselect_all;
}

static void
rapport_people_selection_dispose (GObject *object)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (object);

  if (self->normal != NULL)
    g_signal_handlers_disconnect_by_data (self->normal, self);
  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  g_clear_object (&self->normal);
  self->rows = NULL;
  g_clear_object (&self->people);

  G_OBJECT_CLASS (rapport_people_selection_parent_class)->dispose (object);
}

static void
rapport_people_selection_finalize (GObject *object)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (object);

  g_clear_pointer (&self->ids, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_people_selection_parent_class)->finalize (object);
}

static void
rapport_people_selection_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RapportPeopleSelection *self = RAPPORT_PEOPLE_SELECTION (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, self->n_selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_people_selection_class_init (RapportPeopleSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_people_selection_dispose;
  object_class->finalize = rapport_people_selection_finalize;
  object_class->get_property = rapport_people_selection_get_property;

  /**
   * RapportPeopleSelection:active:
   *
   * Whether the list is in selection mode, where many people are chosen;
   * otherwise the view shows the normal selection.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportPeopleSelection:n-selected:
   *
   * How many people in the list are chosen.
   */
  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_people_selection_init (RapportPeopleSelection *self)
{
  self->ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * rapport_people_selection_new:
 * @normal: the selection out of selection mode, over the rows the view
 *   shows (@people, or the first of them)
 * @people: the list of people
 *
 * Returns: (transfer full): the selection, out of selection mode
 */
RapportPeopleSelection *
rapport_people_selection_new (GtkSelectionModel  *normal,
                              RapportPeopleModel *people)
{
  RapportPeopleSelection *self;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (normal), NULL);
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (people), NULL);

  self = g_object_new (RAPPORT_TYPE_PEOPLE_SELECTION, NULL);
  self->normal = g_object_ref (normal);
  self->rows = G_LIST_MODEL (normal);
  self->people = g_object_ref (people);
  g_signal_connect_swapped (normal, "items-changed", G_CALLBACK (rows_changed_cb), self);
  g_signal_connect_swapped (normal, "selection-changed", G_CALLBACK (normal_changed_cb), self);
  g_signal_connect_swapped (people, "notify::n-items", G_CALLBACK (update_count), self);
  return self;
}

gboolean
rapport_people_selection_get_active (RapportPeopleSelection *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_SELECTION (self), FALSE);
  return self->active;
}

/**
 * rapport_people_selection_set_active:
 *
 * Goes into selection mode, with nobody chosen, or out of it, back to the
 * normal selection.
 */
void
rapport_people_selection_set_active (RapportPeopleSelection *self,
                                     gboolean                active)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_SELECTION (self));

  if (self->active == !!active)
    return;
  self->active = !!active;
  self->all = FALSE;
  g_hash_table_remove_all (self->ids);
  update_count (self);
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), 0, g_list_model_get_n_items (self->rows));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

guint
rapport_people_selection_get_n_selected (RapportPeopleSelection *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_SELECTION (self), 0);
  return self->n_selected;
}

/**
 * rapport_people_selection_toggle:
 * @position: a row
 *
 * Chooses the person at @position, or no longer.
 *
 * Returns: whether they are chosen now
 */
gboolean
rapport_people_selection_toggle (RapportPeopleSelection *self,
                                 guint                   position)
{
  gint64 id;

  g_return_val_if_fail (RAPPORT_IS_PEOPLE_SELECTION (self), FALSE);

  id = id_at (self, position);
  if (id == 0)
    return FALSE;
  set_chosen (self, id, !is_chosen (self, id));
  changed (self, position, 1);
  return is_chosen (self, id);
}

/**
 * rapport_people_selection_add_range:
 * @first: a row
 * @last: another row, before or after it
 *
 * Chooses the people from @first to @last, both included, besides those
 * already chosen.
 */
void
rapport_people_selection_add_range (RapportPeopleSelection *self,
                                    guint                   first,
                                    guint                   last)
{
  guint from = MIN (first, last);
  guint to = MAX (first, last);

  g_return_if_fail (RAPPORT_IS_PEOPLE_SELECTION (self));

  for (guint i = from; i <= to; i++)
    {
      gint64 id = id_at (self, i);

      if (id != 0)
        set_chosen (self, id, TRUE);
    }
  changed (self, from, to - from + 1);
}

/**
 * rapport_people_selection_dup_ids:
 *
 * The people chosen who are in the list now, in its order: for "everyone",
 * the ids its query answers, less those taken out; no person is made.
 *
 * Returns: (transfer full) (element-type gint64): their ids
 */
GArray *
rapport_people_selection_dup_ids (RapportPeopleSelection *self)
{
  g_autoptr(GArray) listed = NULL;
  GArray *ids;

  g_return_val_if_fail (RAPPORT_IS_PEOPLE_SELECTION (self), NULL);

  listed = rapport_people_model_dup_ids (self->people);
  if (self->all && g_hash_table_size (self->ids) == 0)
    return g_steal_pointer (&listed);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < listed->len; i++)
    if (is_chosen (self, g_array_index (listed, gint64, i)))
      g_array_append_val (ids, g_array_index (listed, gint64, i));
  return ids;
}
