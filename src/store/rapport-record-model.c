/* rapport-record-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shorter lists the UI binds: one person's timeline, the events, the
 * statements. Like the people list, rows are ids from one query, objects are
 * made when asked for, and a change is told as exactly the rows it touched.
 */

#define G_LOG_DOMAIN "rapport-record-model"

#include "config.h"

#include "rapport-id-list.h"
#include "rapport-record-model.h"
#include "rapport-store-private.h"

struct _RapportRecordModel
{
  GObject parent_instance;

  RapportStore *store;
  RapportRecordList list;
  gint64 contact_id;
  GArray *ids;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportRecordModel, rapport_record_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static const struct {
  RapportRecordKind kind;
  const char *sql;
} lists[] = {
  [RAPPORT_RECORD_LIST_TIMELINE] = {
    RAPPORT_RECORD_INTERACTION,
    "SELECT i.id FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
    "WHERE ic.contact_id = ?1 "
    "ORDER BY i.happened_on DESC, coalesce (i.happened_time, '') DESC, i.id DESC"
  },
  [RAPPORT_RECORD_LIST_EVENTS] = {
    RAPPORT_RECORD_EVENT,
    "SELECT id FROM event ORDER BY starts_at < ?2, "
    "CASE WHEN starts_at >= ?2 THEN starts_at END, starts_at DESC, id"
  },
  [RAPPORT_RECORD_LIST_STATEMENTS] = {
    RAPPORT_RECORD_STATEMENT,
    "SELECT id FROM peec_statement ORDER BY updated_at DESC, id DESC"
  },
};

static void
refresh (RapportRecordModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *now_text = rapport_store_format_timestamp (now);
  sqlite3_stmt *stmt;
  GArray *ids = NULL;

  stmt = rapport_store_prepare (self->store, lists[self->list].sql, &error);
  if (stmt != NULL)
    {
      if (sqlite3_bind_parameter_count (stmt) >= 1)
        sqlite3_bind_int64 (stmt, 1, self->contact_id);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        sqlite3_bind_text (stmt, 2, now_text, -1, SQLITE_STATIC);
      ids = rapport_store_query_ids (self->store, stmt, &error);
    }
  if (ids == NULL)
    {
      g_warning ("Could not list records: %s", error->message);
      return;
    }

  rapport_id_list_replace (G_LIST_MODEL (self), &self->ids, ids);
}

/* Where @id is in the list, or G_MAXUINT. */
static guint
find_id (RapportRecordModel *self,
         gint64              id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

static void
store_changed_cb (RapportRecordModel *self,
                  RapportRecordKind   kind,
                  gint64              id,
                  RapportChangeKind   change,
                  RapportStore       *store)
{
  guint before;

  /* A deleted person takes their own interactions along. */
  if (self->list == RAPPORT_RECORD_LIST_TIMELINE && kind == RAPPORT_RECORD_CONTACT &&
      id == self->contact_id && change == RAPPORT_CHANGE_REMOVED)
    {
      refresh (self);
      return;
    }
  if (kind != lists[self->list].kind)
    return;

  before = find_id (self, id);
  refresh (self);

  /* A record changed where it stays is told as a change of its row too:
   * what a list sorts or groups it by (upcoming or past, its month) may be
   * what changed, and a sorted model re-sorts only the rows it is told of. */
  if (change == RAPPORT_CHANGE_UPDATED && before != G_MAXUINT && find_id (self, id) == before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 1, 1);
}

static GType
rapport_record_model_get_item_type (GListModel *model)
{
  switch (RAPPORT_RECORD_MODEL (model)->list)
    {
    case RAPPORT_RECORD_LIST_TIMELINE:
      return RAPPORT_TYPE_INTERACTION;
    case RAPPORT_RECORD_LIST_EVENTS:
      return RAPPORT_TYPE_EVENT;
    case RAPPORT_RECORD_LIST_STATEMENTS:
    default:
      return RAPPORT_TYPE_PEEC_STATEMENT;
    }
}

static guint
rapport_record_model_get_n_items (GListModel *model)
{
  return RAPPORT_RECORD_MODEL (model)->ids->len;
}

static gpointer
rapport_record_model_get_item (GListModel *model,
                               guint       position)
{
  RapportRecordModel *self = RAPPORT_RECORD_MODEL (model);
  g_autoptr(GError) error = NULL;
  gpointer item = NULL;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  switch (self->list)
    {
    case RAPPORT_RECORD_LIST_TIMELINE:
      item = rapport_store_get_interaction (self->store, id, &error);
      break;
    case RAPPORT_RECORD_LIST_EVENTS:
      item = rapport_store_get_event (self->store, id, &error);
      break;
    case RAPPORT_RECORD_LIST_STATEMENTS:
    default:
      item = rapport_store_get_statement (self->store, id, &error);
      break;
    }

  if (item == NULL)
    g_warning ("Could not read a record: %s", error->message);

  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_record_model_get_item_type;
  iface->get_n_items = rapport_record_model_get_n_items;
  iface->get_item = rapport_record_model_get_item;
}

static void
rapport_record_model_finalize (GObject *object)
{
  RapportRecordModel *self = RAPPORT_RECORD_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (rapport_record_model_parent_class)->finalize (object);
}

static void
rapport_record_model_class_init (RapportRecordModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_record_model_finalize;
}

static void
rapport_record_model_init (RapportRecordModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * rapport_record_model_new:
 * @contact_id: whose timeline, for %RAPPORT_RECORD_LIST_TIMELINE
 *
 * Returns: (transfer full): the list, kept up to date as the store changes
 */
RapportRecordModel *
rapport_record_model_new (RapportStore      *store,
                          RapportRecordList  list,
                          gint64             contact_id)
{
  RapportRecordModel *self;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (list <= RAPPORT_RECORD_LIST_STATEMENTS, NULL);

  self = g_object_new (RAPPORT_TYPE_RECORD_MODEL, NULL);
  self->store = g_object_ref (store);
  self->list = list;
  self->contact_id = contact_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);

  return self;
}
