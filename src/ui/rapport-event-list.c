/* rapport-event-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar's list of your events, upcoming first, or a page
 * inviting you to add one while there is none.
 */

#define G_LOG_DOMAIN "rapport-event-list"

#include "config.h"

#include "rapport-event-list.h"
#include "rapport-event-row.h"

struct _RapportEventList
{
  AdwBin parent_instance;

  /* Template widgets; the GtkStack of list and empty page is the bin's child */
  GtkListView *list_view;

  /* Owned references */
  RapportStore *store;
  GListModel *events;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (RapportEventList, rapport_event_list, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED,
  N_PROPS
};

enum {
  ACTIVATED,
  CLICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_state (RapportEventList *self)
{
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    g_list_model_get_n_items (self->events) > 0 ? "list" : "empty");
}

static void
selection_changed_cb (RapportEventList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
activated_cb (RapportEventList *self,
              guint             position)
{
  g_autoptr(RapportEvent) event = g_list_model_get_item (self->events, position);

  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ACTIVATED], 0, event);
}

static void
clicked_cb (RapportEventList *self)
{
  g_signal_emit (self, signals[CLICKED], 0);
}

static void
rapport_event_list_dispose (GObject *object)
{
  RapportEventList *self = RAPPORT_EVENT_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_EVENT_LIST);
  g_clear_object (&self->selection);
  g_clear_object (&self->events);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_event_list_parent_class)->dispose (object);
}

static void
rapport_event_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RapportEventList *self = RAPPORT_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, rapport_event_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RapportEventList *self = RAPPORT_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_event_list_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_event_list_class_init (RapportEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_event_list_dispose;
  object_class->get_property = rapport_event_list_get_property;
  object_class->set_property = rapport_event_list_set_property;

  /**
   * RapportEventList:store:
   *
   * Where the events are kept.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportEventList:selected:
   *
   * The event chosen in the list, or %NULL.
   */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, RAPPORT_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportEventList::activated:
   * @event: the event activated, now also the selected one
   *
   * Emitted when an event is activated, to open it.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, RAPPORT_TYPE_EVENT);

  /**
   * RapportEventList::clicked:
   *
   * Emitted when the list is clicked or tapped, after the row under the
   * pointer was chosen.
   */
  signals[CLICKED] =
    g_signal_new ("clicked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (RAPPORT_TYPE_EVENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-event-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportEventList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
}

static void
rapport_event_list_init (RapportEventList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rapport_event_list_get_store:
 *
 * Returns: (transfer none) (nullable): where the events are kept
 */
RapportStore *
rapport_event_list_get_store (RapportEventList *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT_LIST (self), NULL);
  return self->store;
}

/**
 * rapport_event_list_set_store:
 * @store: (nullable): where the events are kept
 *
 * Lists the events of @store, none chosen.
 */
void
rapport_event_list_set_store (RapportEventList *self,
                              RapportStore     *store)
{
  g_return_if_fail (RAPPORT_IS_EVENT_LIST (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->events);

  if (store != NULL)
    {
      self->events = rapport_store_list_events (store);
      self->selection = gtk_single_selection_new (g_object_ref (self->events));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_object (self->selection, "notify::selected-item",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->events, "items-changed",
                               G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      update_state (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * rapport_event_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the event chosen in the list
 */
RapportEvent *
rapport_event_list_get_selected (RapportEventList *self)
{
  g_return_val_if_fail (RAPPORT_IS_EVENT_LIST (self), NULL);

  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * rapport_event_list_select:
 * @event: an event of the list
 *
 * Highlights @event, if the list shows it.
 */
void
rapport_event_list_select (RapportEventList *self,
                           RapportEvent     *event)
{
  guint n;

  g_return_if_fail (RAPPORT_IS_EVENT_LIST (self));
  g_return_if_fail (event == NULL || RAPPORT_IS_EVENT (event));

  if (self->events == NULL)
    return;

  n = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportEvent) candidate = g_list_model_get_item (self->events, i);

      if (candidate == event)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/**
 * rapport_event_list_unselect:
 *
 * Leaves no event chosen.
 */
void
rapport_event_list_unselect (RapportEventList *self)
{
  g_return_if_fail (RAPPORT_IS_EVENT_LIST (self));

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}
