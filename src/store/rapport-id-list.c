/* rapport-id-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list models hold their rows as an array of record ids. When a query
 * gives a new array, this tells the model's users exactly what changed — one
 * row added, removed or moved is one small signal, never a full reset.
 */

#include "config.h"

#include <string.h>

#include "rapport-id-list.h"

#define ID(array, i) g_array_index ((array), gint64, (i))

/* More rows than a window shows at once. */
#define BIG_CHANGE 64

static gboolean
ids_equal (GArray *a,
           guint   a_start,
           GArray *b,
           guint   b_start,
           guint   n)
{
  return n == 0 || memcmp (&ID (a, a_start), &ID (b, b_start), n * sizeof (gint64)) == 0;
}

/**
 * rapport_id_list_replace:
 * @model: the model whose rows @ids are
 * @ids: (inout) (transfer full): the model's array of ids
 * @new_ids: (transfer full): the array that replaces it
 *
 * Replaces *@ids with @new_ids and emits #GListModel::items-changed for the
 * smallest range that differs. A single row that moved is told as a removal
 * and an insertion, with *@ids updated in between, so that handlers reading
 * the model during either signal see a consistent list; so is a long run of
 * rows replaced by others: first the removal, then the new rows.
 */
void
rapport_id_list_replace (GListModel  *model,
                         GArray     **ids,
                         GArray      *new_ids)
{
  g_autoptr(GArray) old_ids = *ids;
  guint n_old = old_ids->len;
  guint n_new = new_ids->len;
  guint prefix = 0, suffix = 0, removed, added;

  while (prefix < n_old && prefix < n_new && ID (old_ids, prefix) == ID (new_ids, prefix))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         ID (old_ids, n_old - 1 - suffix) == ID (new_ids, n_new - 1 - suffix))
    suffix++;

  removed = n_old - prefix - suffix;
  added = n_new - prefix - suffix;
  *ids = new_ids;

  if (removed == 0 && added == 0)
    return;

  if (removed == added && removed >= 2)
    {
      guint last = prefix + removed - 1;
      guint from = G_MAXUINT, to = G_MAXUINT;

      if (ID (old_ids, last) == ID (new_ids, prefix) &&
          ids_equal (old_ids, prefix, new_ids, prefix + 1, removed - 1))
        from = last, to = prefix;   /* moved up */
      else if (ID (old_ids, prefix) == ID (new_ids, last) &&
               ids_equal (old_ids, prefix + 1, new_ids, prefix, removed - 1))
        from = prefix, to = last;   /* moved down */

      if (from != G_MAXUINT)
        {
          g_autoptr(GArray) between = g_array_copy (old_ids);

          g_array_remove_index (between, from);
          *ids = between;
          g_list_model_items_changed (model, from, 1, 0);
          *ids = new_ids;
          g_list_model_items_changed (model, to, 0, 1);
          return;
        }
    }

  /* A long run replaced: out with the old rows, then in with the new.
   * Were a row that a list view or a selection keeps track of removed in
   * the same change as all the new ones are added, they would look for it
   * among every new row, making each of them. */
  if (removed > 0 && added > BIG_CHANGE)
    {
      g_autoptr(GArray) between = g_array_copy (old_ids);

      g_array_remove_range (between, prefix, removed);
      *ids = between;
      g_list_model_items_changed (model, prefix, removed, 0);
      *ids = new_ids;
      g_list_model_items_changed (model, prefix, 0, added);
      return;
    }

  g_list_model_items_changed (model, prefix, removed, added);
}
