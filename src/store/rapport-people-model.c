/* rapport-people-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of people: contact ids from one indexed query (or a full-text
 * search), with each RapportContact made only when the list asks for it.
 * Sorting and filtering happen in SQL.
 *
 * Opening costs the same at 30,000 people as at 1,000: only a count and the
 * first page of ids are read, and the rest when a row past that page is
 * asked for. Just before the store writes, the rest is read too, so that
 * after the write the old and new lists compare id by id, and the list is
 * told exactly which rows changed.
 */

#define G_LOG_DOMAIN "rapport-people-model"

#include "config.h"

#include "rapport-id-list.h"
#include "rapport-model-enums.h"
#include "rapport-people-model.h"
#include "rapport-people-query.h"
#include "rapport-store-private.h"

/* More rows than a window shows: a new answer is compared with the old one
 * this far, to keep the rows both have. */
#define HEAD_ROWS 64
/* Recently made rows stay alive, so scrolling back does not remake them. */
#define N_RECENT 256

struct _RapportPeopleModel
{
  GObject parent_instance;

  RapportStore *store;
  GArray *ids;          /* all of them, or the first page when !complete */
  guint n_items;
  gboolean complete;
  guint mismatches;     /* counts that disagreed with the whole list, in a row */
  guint ask_source;
  guint complete_source;
  guint changing;       /* nesting of begin_change() */
  gboolean asked;       /* the question changed while changing */
  GPtrArray *recent;
  guint recent_next;

  RapportPeopleQuery query;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportPeopleModel, rapport_people_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  PROP_SORT,
  PROP_TAG,
  PROP_CLOSENESS,
  PROP_ENJOY_ONLY,
  PROP_DUE_ONLY,
  PROP_ARCHIVED,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * rapport_people_model_build_match:
 * @text: what the user typed
 *
 * Turns typed text into the FTS5 query the list searches with: every word
 * must match the start of a word in the person's record ("ana" finds Ana
 * and Anaïs, not banana).
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text has
 *   nothing to search for
 */
char *
rapport_people_model_build_match (const char *text)
{
  return rapport_people_query_build_match (text);
}

static GArray *
query_ids (RapportPeopleModel      *self,
           RapportPeopleQueryShape  shape,
           GError                 **error)
{
  return rapport_people_query_ids (self->store, &self->query, shape, error);
}

/* A complete list counts its ids, so that handlers of each items-changed
 * of a move read the list as it is at that step. */
static guint
count_items (RapportPeopleModel *self)
{
  return self->complete ? self->ids->len : self->n_items;
}

static void
notify_n_items (RapportPeopleModel *self,
                guint               old_n_items)
{
  if (count_items (self) != old_n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void ask (RapportPeopleModel *self);

static void
ask_again_cb (gpointer data)
{
  RapportPeopleModel *self = data;

  self->ask_source = 0;
  ask (self);
}

/* Reads the ids past the first page. The database has not changed since the
 * page was read (every write completes us first), so no row moves. */
static void
ensure_complete (RapportPeopleModel *self)
{
  g_autoptr(GError) error = NULL;
  GArray *ids;

  if (self->complete)
    return;

  ids = query_ids (self, RAPPORT_PEOPLE_QUERY_ALL, &error);
  if (ids == NULL)
    {
      g_warning ("Could not list people: %s", error->message);
      return;
    }

  /* Changed behind our back (another program, or midnight for "due"): the
   * rows cannot be compared, so ask again — not from inside get_item().
   * Should the count disagree with the list again (a search index out of
   * step with its table), the next answers are read whole, uncounted. */
  if (ids->len != self->n_items)
    {
      g_array_unref (ids);
      self->mismatches++;
      if (self->ask_source == 0)
        self->ask_source = g_idle_add_once (ask_again_cb, self);
      return;
    }

  g_array_unref (self->ids);
  self->ids = ids;
  self->complete = TRUE;
  self->mismatches = 0;
}

static gboolean
complete_cb (gpointer data)
{
  RapportPeopleModel *self = data;

  self->complete_source = 0;
  ensure_complete (self);
  return G_SOURCE_REMOVE;
}

/* The rest of the ids once the first page is on screen, rather than in the
 * frame that first scrolls past it (15 ms at 30,000). */
static void
complete_later (RapportPeopleModel *self)
{
  if (!self->complete && self->complete_source == 0)
    self->complete_source = g_idle_add_full (G_PRIORITY_LOW, complete_cb, self, NULL);
}

/* A long new answer whose first rows are mostly those shown (a search
 * narrowed or widened in the same order): those rows stay, the others are
 * told one run at a time, then the rest of the answer is added. */
static gboolean
replace_head (RapportPeopleModel *self,
              GArray             *ids,
              guint               old_n,
              guint               n)
{
  gboolean was_complete = self->complete;
  guint head;

  /* While the first rows are told, they are the whole list. */
  self->n_items = old_n;
  self->complete = TRUE;
  if (old_n == 0 || n == 0 ||
      !rapport_id_list_replace_head (G_LIST_MODEL (self), &self->ids, &self->n_items, ids, HEAD_ROWS))
    {
      self->complete = was_complete;
      return FALSE;
    }

  head = self->ids->len;
  g_array_unref (self->ids);
  self->ids = ids;
  self->n_items = n;
  self->complete = n == ids->len;
  if (n > head)
    g_list_model_items_changed (G_LIST_MODEL (self), head, 0, n - head);
  complete_later (self);
  return TRUE;
}

/* Out with the old rows, then in with the new. Were a row that the list
 * view or the selection keeps track of removed in the same change as all
 * the new ones are added, they would look for it among every new row,
 * making all 30,000 of them. */
static void
replace_all (RapportPeopleModel *self,
             GArray             *ids,
             guint               old_n,
             guint               n)
{
  g_array_set_size (self->ids, 0);
  self->n_items = 0;
  self->complete = TRUE;
  if (old_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);
  g_array_unref (self->ids);
  self->ids = ids;
  self->n_items = n;
  self->complete = n == ids->len;
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n);
  complete_later (self);
}

/* A new question (search, sort or filter): read a count and the first page.
 * Small lists are read whole and compared row by row; long ones keep the
 * first rows they share, or else the old rows are replaced. */
static void
ask (RapportPeopleModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) count = NULL;
  GArray *ids;
  guint old_n = count_items (self);
  guint page = rapport_people_query_first_page_size (&self->query);
  gboolean whole = self->mismatches > 1;
  guint n;

  if (self->changing > 0)
    {
      self->asked = TRUE;
      return;
    }

  ids = query_ids (self, whole ? RAPPORT_PEOPLE_QUERY_ALL : RAPPORT_PEOPLE_QUERY_FIRST_PAGE, &error);
  if (ids != NULL && !whole && ids->len == page)
    count = query_ids (self, RAPPORT_PEOPLE_QUERY_COUNT, &error);
  if (ids == NULL || (!whole && ids->len == page && count == NULL))
    {
      g_warning ("Could not list people: %s", error->message);
      g_clear_pointer (&ids, g_array_unref);
      return;
    }

  n = count ? (guint) g_array_index (count, gint64, 0) : ids->len;
  if (n > ids->len && n <= RAPPORT_PEOPLE_QUERY_READ_WHOLE)
    {
      GArray *all = query_ids (self, RAPPORT_PEOPLE_QUERY_ALL, &error);

      if (all == NULL)
        {
          g_warning ("Could not list people: %s", error->message);
          g_array_unref (ids);
          return;
        }
      g_array_unref (ids);
      ids = all;
      n = ids->len;
    }
  self->n_items = n;
  if (self->complete && n == ids->len)
    rapport_id_list_replace (G_LIST_MODEL (self), &self->ids, ids);
  else if (!replace_head (self, ids, old_n, n))
    replace_all (self, ids, old_n, n);
  notify_n_items (self, old_n);
}

/* The data changed: compare the whole old list with the whole new one. */
static void
refresh (RapportPeopleModel *self)
{
  g_autoptr(GError) error = NULL;
  guint old_n = count_items (self);
  GArray *ids;

  if (!self->complete)
    {
      ask (self);
      return;
    }

  ids = query_ids (self, RAPPORT_PEOPLE_QUERY_ALL, &error);
  if (ids == NULL)
    {
      /* Nothing the user can act on here: keep showing what we had. */
      g_warning ("Could not list people: %s", error->message);
      return;
    }

  self->n_items = ids->len;
  rapport_id_list_replace (G_LIST_MODEL (self), &self->ids, ids);
  notify_n_items (self, old_n);
}

static void
before_write_cb (RapportPeopleModel *self,
                 RapportStore       *store)
{
  ensure_complete (self);
}

static void
store_changed_cb (RapportPeopleModel *self,
                  RapportRecordKind   kind,
                  gint64              id,
                  RapportChangeKind   change,
                  RapportStore       *store)
{
  gboolean uses_interactions = self->query.match != NULL || self->query.due_only ||
                               self->query.sort == RAPPORT_PEOPLE_SORT_LAST_CONTACTED ||
                               self->query.sort == RAPPORT_PEOPLE_SORT_MOST_OVERDUE;

  if (kind == RAPPORT_RECORD_CONTACT ||
      (kind == RAPPORT_RECORD_INTERACTION && uses_interactions))
    refresh (self);
}

static GType
rapport_people_model_get_item_type (GListModel *model)
{
  return RAPPORT_TYPE_CONTACT;
}

static guint
rapport_people_model_get_n_items (GListModel *model)
{
  return count_items (RAPPORT_PEOPLE_MODEL (model));
}

static gpointer
rapport_people_model_get_item (GListModel *model,
                               guint       position)
{
  RapportPeopleModel *self = RAPPORT_PEOPLE_MODEL (model);
  g_autoptr(GError) error = NULL;
  RapportContact *contact;

  if (position >= count_items (self))
    return NULL;
  if (position >= self->ids->len)
    ensure_complete (self);
  if (position >= self->ids->len)
    return NULL;

  contact = rapport_store_get_contact (self->store, g_array_index (self->ids, gint64, position), &error);
  if (contact == NULL)
    {
      g_warning ("Could not read a person: %s", error->message);
      return NULL;
    }

  if (self->recent->len < N_RECENT)
    g_ptr_array_add (self->recent, g_object_ref (contact));
  else
    {
      g_object_unref (g_ptr_array_index (self->recent, self->recent_next));
      g_ptr_array_index (self->recent, self->recent_next) = g_object_ref (contact);
      self->recent_next = (self->recent_next + 1) % N_RECENT;
    }

  return contact;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_people_model_get_item_type;
  iface->get_n_items = rapport_people_model_get_n_items;
  iface->get_item = rapport_people_model_get_item;
}

static void
rapport_people_model_constructed (GObject *object)
{
  RapportPeopleModel *self = RAPPORT_PEOPLE_MODEL (object);

  G_OBJECT_CLASS (rapport_people_model_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "before-write", G_CALLBACK (before_write_cb),
                           self, G_CONNECT_SWAPPED);
  ask (self);
}

static void
rapport_people_model_dispose (GObject *object)
{
  RapportPeopleModel *self = RAPPORT_PEOPLE_MODEL (object);

  g_ptr_array_set_size (self->recent, 0);
  g_clear_handle_id (&self->ask_source, g_source_remove);
  g_clear_handle_id (&self->complete_source, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_people_model_parent_class)->dispose (object);
}

static void
rapport_people_model_finalize (GObject *object)
{
  RapportPeopleModel *self = RAPPORT_PEOPLE_MODEL (object);

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->recent, g_ptr_array_unref);
  rapport_people_query_clear (&self->query);

  G_OBJECT_CLASS (rapport_people_model_parent_class)->finalize (object);
}

static void
rapport_people_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RapportPeopleModel *self = RAPPORT_PEOPLE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->query.search_text);
      break;
    case PROP_SORT:
      g_value_set_enum (value, self->query.sort);
      break;
    case PROP_TAG:
      g_value_set_string (value, self->query.tag);
      break;
    case PROP_CLOSENESS:
      g_value_set_int (value, self->query.closeness);
      break;
    case PROP_ENJOY_ONLY:
      g_value_set_boolean (value, self->query.enjoy_only);
      break;
    case PROP_DUE_ONLY:
      g_value_set_boolean (value, self->query.due_only);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->query.archived);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, count_items (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_people_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RapportPeopleModel *self = RAPPORT_PEOPLE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH_TEXT:
      rapport_people_model_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      rapport_people_model_set_sort (self, g_value_get_enum (value));
      break;
    case PROP_TAG:
      rapport_people_model_set_tag (self, g_value_get_string (value));
      break;
    case PROP_CLOSENESS:
      rapport_people_model_set_closeness (self, g_value_get_int (value));
      break;
    case PROP_ENJOY_ONLY:
      rapport_people_model_set_enjoy_only (self, g_value_get_boolean (value));
      break;
    case PROP_DUE_ONLY:
      rapport_people_model_set_due_only (self, g_value_get_boolean (value));
      break;
    case PROP_ARCHIVED:
      rapport_people_model_set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_people_model_class_init (RapportPeopleModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = rapport_people_model_constructed;
  object_class->dispose = rapport_people_model_dispose;
  object_class->finalize = rapport_people_model_finalize;
  object_class->get_property = rapport_people_model_get_property;
  object_class->set_property = rapport_people_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL, rw);
  properties[PROP_SORT] = g_param_spec_enum ("sort", NULL, NULL, RAPPORT_TYPE_PEOPLE_SORT,
                                             RAPPORT_PEOPLE_SORT_NAME, rw);
  properties[PROP_TAG] = g_param_spec_string ("tag", NULL, NULL, NULL, rw);
  /**
   * RapportPeopleModel:closeness:
   *
   * Only people this close (a #RapportCloseness), or -1 for everyone.
   */
  properties[PROP_CLOSENESS] = g_param_spec_int ("closeness", NULL, NULL, -1,
                                                 RAPPORT_CLOSENESS_ONLINE_ONLY, -1, rw);
  properties[PROP_ENJOY_ONLY] = g_param_spec_boolean ("enjoy-only", NULL, NULL, FALSE, rw);
  properties[PROP_DUE_ONLY] = g_param_spec_boolean ("due-only", NULL, NULL, FALSE, rw);
  /**
   * RapportPeopleModel:archived:
   *
   * Whether the list shows the archived people instead of the others.
   */
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, rw);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_people_model_init (RapportPeopleModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->complete = TRUE;
  self->recent = g_ptr_array_new_with_free_func (g_object_unref);
  self->query.closeness = -1;
}

/**
 * rapport_people_model_new:
 *
 * Returns: (transfer full): every person who is not archived, by name
 */
RapportPeopleModel *
rapport_people_model_new (RapportStore *store)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  return g_object_new (RAPPORT_TYPE_PEOPLE_MODEL, "store", store, NULL);
}

/**
 * rapport_people_model_begin_change:
 *
 * Holds back the questions to the database until the matching
 * rapport_people_model_end_change(), so that a search and its order set
 * together read the list once.
 */
void
rapport_people_model_begin_change (RapportPeopleModel *self)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  self->changing++;
}

void
rapport_people_model_end_change (RapportPeopleModel *self)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));
  g_return_if_fail (self->changing > 0);

  if (--self->changing == 0 && self->asked)
    {
      self->asked = FALSE;
      ask (self);
    }
}

/**
 * rapport_people_model_find:
 * @id: a person's id
 *
 * Looks for @id among the rows read so far, without reading more.
 *
 * Returns: the position of @id, or %G_MAXUINT when it is not there (yet)
 */
guint
rapport_people_model_find (RapportPeopleModel *self,
                           gint64              id)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

/**
 * rapport_people_model_get_id:
 *
 * Returns: the id of the person at @position, without making the object
 */
gint64
rapport_people_model_get_id (RapportPeopleModel *self,
                             guint               position)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), 0);
  g_return_val_if_fail (position < count_items (self), 0);

  ensure_complete (self);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

/**
 * rapport_people_model_dup_ids:
 *
 * Every person's id in the list, in its order, without making their
 * objects: a selection of the whole list acts on these.
 *
 * Returns: (transfer full) (element-type gint64): the ids
 */
GArray *
rapport_people_model_dup_ids (RapportPeopleModel *self)
{
  GArray *ids;

  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), NULL);

  ensure_complete (self);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->ids->len);
  g_array_append_vals (ids, self->ids->data, self->ids->len);
  return ids;
}

const char *
rapport_people_model_get_search_text (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), NULL);
  return self->query.search_text;
}

void
rapport_people_model_set_search_text (RapportPeopleModel *self,
                                      const char         *text)
{
  g_autofree char *match = NULL;

  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  if (!g_set_str (&self->query.search_text, text))
    return;

  match = rapport_people_model_build_match (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);

  /* "ana" and "ana " search alike: only a new query re-runs. */
  if (g_set_str (&self->query.match, match))
    ask (self);
}

RapportPeopleSort
rapport_people_model_get_sort (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), RAPPORT_PEOPLE_SORT_NAME);
  return self->query.sort;
}

void
rapport_people_model_set_sort (RapportPeopleModel *self,
                               RapportPeopleSort   sort)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  if (self->query.sort == sort)
    return;

  self->query.sort = sort;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
  ask (self);
}

const char *
rapport_people_model_get_tag (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), NULL);
  return self->query.tag;
}

/**
 * rapport_people_model_set_tag:
 * @tag: (nullable): only people with this tag (any case), or %NULL for all
 */
void
rapport_people_model_set_tag (RapportPeopleModel *self,
                              const char         *tag)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  if (tag != NULL && *tag == '\0')
    tag = NULL;
  if (!g_set_str (&self->query.tag, tag))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAG]);
  ask (self);
}

int
rapport_people_model_get_closeness (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), -1);
  return self->query.closeness;
}

void
rapport_people_model_set_closeness (RapportPeopleModel *self,
                                    int                 closeness)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));
  g_return_if_fail (closeness >= -1 && closeness <= RAPPORT_CLOSENESS_ONLINE_ONLY);

  if (self->query.closeness == closeness)
    return;

  self->query.closeness = closeness;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSENESS]);
  ask (self);
}

gboolean
rapport_people_model_get_enjoy_only (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), FALSE);
  return self->query.enjoy_only;
}

void
rapport_people_model_set_enjoy_only (RapportPeopleModel *self,
                                     gboolean            enjoy_only)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  if (self->query.enjoy_only == !!enjoy_only)
    return;

  self->query.enjoy_only = !!enjoy_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENJOY_ONLY]);
  ask (self);
}

gboolean
rapport_people_model_get_due_only (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), FALSE);
  return self->query.due_only;
}

void
rapport_people_model_set_due_only (RapportPeopleModel *self,
                                   gboolean            due_only)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  if (self->query.due_only == !!due_only)
    return;

  self->query.due_only = !!due_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ONLY]);
  ask (self);
}

gboolean
rapport_people_model_get_archived (RapportPeopleModel *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_MODEL (self), FALSE);
  return self->query.archived;
}

void
rapport_people_model_set_archived (RapportPeopleModel *self,
                                   gboolean            archived)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_MODEL (self));

  if (self->query.archived == !!archived)
    return;

  self->query.archived = !!archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
  ask (self);
}
