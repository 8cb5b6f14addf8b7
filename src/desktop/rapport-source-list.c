/* rapport-source-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The desktop's calendars, or its address books, as Evolution Data
 * Server's source registry lists them (the sources with one ESource
 * extension): a GListModel of RapportSource, by account and then by name,
 * that follows them as they are added, renamed, switched off or removed in
 * GNOME Calendar, GNOME Contacts or Online Accounts. The registry is asked
 * for asynchronously, and only when start() is called (after Rapport's
 * first frame); without EDS the list stays empty and the state says so.
 */

#define G_LOG_DOMAIN "rapport-source-list"

#include "config.h"

#include <gio/gio.h>

#include "rapport-source-list.h"

struct _RapportSourceList
{
  GObject parent_instance;

  char *extension_name;
  GPtrArray *sources;
  ESourceRegistry *registry;
  GCancellable *cancellable;
  RapportSourceListState state;
  char *problem;
};

static void rapport_source_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RapportSourceList, rapport_source_list, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rapport_source_list_list_model_init))

/* clang-format off */
G_DEFINE_ENUM_TYPE (RapportSourceListState, rapport_source_list_state,
                    G_DEFINE_ENUM_VALUE (RAPPORT_SOURCE_LIST_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_SOURCE_LIST_CONNECTING, "connecting"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_SOURCE_LIST_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_SOURCE_LIST_UNAVAILABLE, "unavailable"))
/* clang-format on */

enum {
  PROP_0,
  PROP_EXTENSION_NAME,
  PROP_STATE,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (RapportSourceList      *self,
           RapportSourceListState  state,
           const char             *problem)
{
  if (g_set_str (&self->problem, problem))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
  if (self->state != state)
    {
      self->state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  RapportSource *source_a = *(RapportSource **) a;
  RapportSource *source_b = *(RapportSource **) b;
  int order;

  order = g_utf8_collate (rapport_source_get_account (source_a), rapport_source_get_account (source_b));
  if (order == 0)
    order = g_utf8_collate (rapport_source_get_name (source_a), rapport_source_get_name (source_b));
  if (order == 0)
    order = strcmp (rapport_source_get_uid (source_a), rapport_source_get_uid (source_b));

  return order;
}

/* The account a calendar or an address book belongs to is its parent
 * source: a collection (an Online Accounts account, a CalDAV or CardDAV
 * server) or "On This Computer". */
static RapportSource *
info_from_source (RapportSourceList *self,
                  ESource           *source)
{
  g_autoptr(ESource) parent = NULL;
  const char *parent_uid = e_source_get_parent (source);

  if (parent_uid != NULL)
    parent = e_source_registry_ref_source (self->registry, parent_uid);

  return rapport_source_new (e_source_get_uid (source),
                             e_source_get_display_name (source),
                             parent != NULL ? e_source_get_display_name (parent) : NULL);
}

/* Lists the enabled sources again, and tells only of the rows that
 * differ: those between the first and the last one that changed. */
static void
update_sources (RapportSourceList *self)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  GList *sources;
  guint old_n = self->sources->len;
  guint head = 0, tail = 0;

  sources = e_source_registry_list_enabled (self->registry, self->extension_name);
  for (GList *l = sources; l != NULL; l = l->next)
    g_ptr_array_add (infos, info_from_source (self, l->data));
  g_list_free_full (sources, g_object_unref);
  g_ptr_array_sort (infos, compare_sources);

  while (head < old_n && head < infos->len &&
         rapport_source_equal (self->sources->pdata[head], infos->pdata[head]))
    head++;
  while (tail < old_n - head && tail < infos->len - head &&
         rapport_source_equal (self->sources->pdata[old_n - 1 - tail],
                               infos->pdata[infos->len - 1 - tail]))
    tail++;
  if (head == old_n && head == infos->len)
    return;

  g_ptr_array_unref (self->sources);
  self->sources = g_steal_pointer (&infos);
  g_list_model_items_changed (G_LIST_MODEL (self), head, old_n - head - tail,
                              self->sources->len - head - tail);
}

static void
source_changed_cb (RapportSourceList *self)
{
  update_sources (self);
}

static void
registry_ready_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RapportSourceList) self = user_data;
  g_autoptr(GError) error = NULL;
  ESourceRegistry *registry;

  registry = e_source_registry_new_finish (result, &error);
  if (registry == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("No Evolution Data Server: %s", error->message);
          set_state (self, RAPPORT_SOURCE_LIST_UNAVAILABLE, error->message);
        }
      return;
    }

  self->registry = registry;
  /* Any change to a source may change a source's name or account (a
   * collection renamed), so each lists them again: there are few. */
  g_signal_connect_object (registry, "source-added", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-removed", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-changed", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-enabled", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-disabled", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  update_sources (self);
  set_state (self, RAPPORT_SOURCE_LIST_READY, NULL);
}

static GType
rapport_source_list_get_item_type (GListModel *model)
{
  return RAPPORT_TYPE_SOURCE;
}

static guint
rapport_source_list_get_n_items (GListModel *model)
{
  return RAPPORT_SOURCE_LIST (model)->sources->len;
}

static gpointer
rapport_source_list_get_item (GListModel *model,
                              guint       position)
{
  RapportSourceList *self = RAPPORT_SOURCE_LIST (model);

  if (position >= self->sources->len)
    return NULL;

  return g_object_ref (self->sources->pdata[position]);
}

static void
rapport_source_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rapport_source_list_get_item_type;
  iface->get_n_items = rapport_source_list_get_n_items;
  iface->get_item = rapport_source_list_get_item;
}

static void
rapport_source_list_dispose (GObject *object)
{
  RapportSourceList *self = RAPPORT_SOURCE_LIST (object);

  g_cancellable_cancel (self->cancellable);
  /* Not a word from the registry once it is let go: its own dispose runs
   * the main context, which may still deliver news to a handler that
   * would ask the registry this list no longer has. */
  if (self->registry != NULL)
    g_signal_handlers_disconnect_by_data (self->registry, self);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (rapport_source_list_parent_class)->dispose (object);
}

static void
rapport_source_list_finalize (GObject *object)
{
  RapportSourceList *self = RAPPORT_SOURCE_LIST (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->extension_name, g_free);

  G_OBJECT_CLASS (rapport_source_list_parent_class)->finalize (object);
}

static void
rapport_source_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportSourceList *self = RAPPORT_SOURCE_LIST (object);

  switch (prop_id)
    {
    case PROP_EXTENSION_NAME:
      g_value_set_string (value, self->extension_name);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_source_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportSourceList *self = RAPPORT_SOURCE_LIST (object);

  switch (prop_id)
    {
    case PROP_EXTENSION_NAME:
      self->extension_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_source_list_class_init (RapportSourceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_source_list_dispose;
  object_class->finalize = rapport_source_list_finalize;
  object_class->get_property = rapport_source_list_get_property;
  object_class->set_property = rapport_source_list_set_property;

  /**
   * RapportSourceList:extension-name:
   *
   * Which sources are listed: those with this ESource extension
   * (%E_SOURCE_EXTENSION_CALENDAR, %E_SOURCE_EXTENSION_ADDRESS_BOOK…).
   */
  properties[PROP_EXTENSION_NAME] =
    g_param_spec_string ("extension-name", NULL, NULL, E_SOURCE_EXTENSION_CALENDAR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportSourceList:state:
   *
   * Whether the sources are known yet, or cannot be.
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       RAPPORT_TYPE_SOURCE_LIST_STATE, RAPPORT_SOURCE_LIST_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportSourceList:problem:
   *
   * When unavailable, why, as EDS or D-Bus said it (not translated).
   */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_source_list_init (RapportSourceList *self)
{
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
}

/**
 * rapport_source_list_new:
 * @extension_name: the ESource extension of the sources to list:
 *   %E_SOURCE_EXTENSION_CALENDAR for the calendars,
 *   %E_SOURCE_EXTENSION_ADDRESS_BOOK for the address books
 *
 * The sources, not asked for yet: see rapport_source_list_start().
 *
 * Returns: (transfer full): a new, empty list
 */
RapportSourceList *
rapport_source_list_new (const char *extension_name)
{
  g_return_val_if_fail (extension_name != NULL, NULL);

  return g_object_new (RAPPORT_TYPE_SOURCE_LIST, "extension-name", extension_name, NULL);
}

/**
 * rapport_source_list_start:
 *
 * Asks Evolution Data Server for the sources, without waiting: the list
 * fills and #RapportSourceList:state changes when it answers. Once is
 * enough; later calls do nothing.
 */
void
rapport_source_list_start (RapportSourceList *self)
{
  g_return_if_fail (RAPPORT_IS_SOURCE_LIST (self));

  if (self->state != RAPPORT_SOURCE_LIST_IDLE)
    return;
  set_state (self, RAPPORT_SOURCE_LIST_CONNECTING, NULL);
  e_source_registry_new (self->cancellable, registry_ready_cb, g_object_ref (self));
}

RapportSourceListState
rapport_source_list_get_state (RapportSourceList *self)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (self), RAPPORT_SOURCE_LIST_IDLE);

  return self->state;
}

/**
 * rapport_source_list_get_problem:
 *
 * Returns: (nullable): why there are no sources to read, as EDS or D-Bus
 *   said it, when the state is %RAPPORT_SOURCE_LIST_UNAVAILABLE
 */
const char *
rapport_source_list_get_problem (RapportSourceList *self)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (self), NULL);

  return self->problem;
}

/**
 * rapport_source_list_lookup:
 * @uid: a calendar's or an address book's UID
 *
 * Returns: (transfer none) (nullable): the enabled source with that UID
 */
RapportSource *
rapport_source_list_lookup (RapportSourceList *self,
                            const char        *uid)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  for (guint i = 0; i < self->sources->len; i++)
    if (g_str_equal (rapport_source_get_uid (self->sources->pdata[i]), uid))
      return self->sources->pdata[i];

  return NULL;
}

/**
 * rapport_source_list_ref_source:
 * @uid: a calendar's or an address book's UID
 *
 * Returns: (transfer full) (nullable): the EDS source with that UID, for
 *   opening it; %NULL until the registry is there
 */
ESource *
rapport_source_list_ref_source (RapportSourceList *self,
                                const char        *uid)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  if (self->registry == NULL)
    return NULL;

  return e_source_registry_ref_source (self->registry, uid);
}
