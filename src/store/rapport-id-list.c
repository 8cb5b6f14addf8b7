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

/* Removes @n rows at @position from *@ids and tells it. */
static void
remove_rows (GListModel *model,
             GArray     *ids,
             guint      *n_items,
             guint       position,
             guint       n)
{
  g_array_remove_range (ids, position, n);
  *n_items -= n;
  g_list_model_items_changed (model, position, n, 0);
}

/**
 * rapport_id_list_replace_head:
 * @model: the model whose rows *@ids are
 * @ids: (inout): the model's ids; on entry its first rows, at least @n_head
 *   of them or all it has; on return, the first @n_head of @new_ids
 * @n_items: (inout): the model's count, kept true at every signal
 * @new_ids: the first rows of the new list, at least @n_head or all of them
 * @n_head: how many first rows to compare
 *
 * Tells a new list by its first rows, when they are mostly rows it had: a
 * search narrowed or widened in the same order keeps most of what a list
 * view shows, and a row kept is a row not made again. The rows after the
 * first @n_head go first; then those of the first that are not in the new
 * list; then the new ones, each run in one signal. The caller adds the
 * rest of the new list after them.
 *
 * Returns: %FALSE, having told nothing, when fewer than half of the new
 *   first rows were among the old first ones (replacing them is cheaper),
 *   or when the new first row was not: a list view keeps the row at its
 *   top in place, so rows put before it would be out of sight
 */
gboolean
rapport_id_list_replace_head (GListModel  *model,
                              GArray     **ids,
                              guint       *n_items,
                              GArray      *new_ids,
                              guint        n_head)
{
  g_autoptr(GHashTable) new_positions = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gboolean *kept = NULL;
  GArray *rows = *ids;
  guint old_head = MIN (n_head, rows->len);
  guint new_head = MIN (n_head, new_ids->len);
  guint n_kept = 0;
  gboolean first_kept = FALSE;
  gint64 last = -1;

  for (guint j = 0; j < new_head; j++)
    g_hash_table_insert (new_positions, &ID (new_ids, j), GUINT_TO_POINTER (j + 1));

  /* Old rows that come in the same order among the new ones stay. */
  kept = g_new0 (gboolean, old_head + 1);
  for (guint i = 0; i < old_head; i++)
    {
      guint at = GPOINTER_TO_UINT (g_hash_table_lookup (new_positions, &ID (rows, i)));

      if (at > 0 && (gint64) at > last)
        {
          kept[i] = TRUE;
          first_kept |= at == 1;
          last = at;
          n_kept++;
        }
    }
  if (new_head == 0 || n_kept * 2 < new_head || !first_kept)
    return FALSE;

  /* The rest of the old list, then the old first rows that went (from the
   * end, so that positions hold), then the new ones in their places. */
  if (*n_items > old_head)
    {
      guint cut = *n_items - old_head;

      g_array_set_size (rows, old_head);
      *n_items = old_head;
      g_list_model_items_changed (model, old_head, cut, 0);
    }
  for (guint end = old_head; end > 0;)
    {
      guint start = end;

      while (start > 0 && !kept[start - 1])
        start--;
      if (start < end)
        remove_rows (model, rows, n_items, start, end - start);
      while (start > 0 && kept[start - 1])
        start--;
      end = start;
    }
  for (guint j = 0; j < new_head;)
    {
      guint run = 0;

      if (j < rows->len && ID (rows, j) == ID (new_ids, j))
        {
          j++;
          continue;
        }
      /* New rows, up to the next one kept (rows[j]) or the end. */
      while (j + run < new_head && !(j < rows->len && ID (rows, j) == ID (new_ids, j + run)))
        run++;
      g_array_insert_vals (rows, j, &ID (new_ids, j), run);
      *n_items += run;
      g_list_model_items_changed (model, j, 0, run);
      j += run;
    }

  g_assert (rows->len == new_head);
  return TRUE;
}
