/* rapport-sidebar-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar list of records — your statements, or your events — or a page
 * inviting you to add the first while there is none. One widget for both:
 * only the rows, the order and the words differ.
 */

#define G_LOG_DOMAIN "rapport-sidebar-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-event-row.h"
#include "rapport-record-model.h"
#include "rapport-sidebar-list.h"
#include "rapport-statement-row.h"

/* The row of each kind, bound to its item, and read by the name the row
 * gives it, what matters first. */
/* clang-format cannot lay out strings joined around macro arguments. */
/* clang-format off */
#define ROW_FACTORY(class, property) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><interface><template class=\"GtkListItem\">" \
  "<property name=\"child\"><object class=\"" class "\" id=\"row\"><binding name=\"" property "\">" \
  "<lookup name=\"item\">GtkListItem</lookup></binding></object></property>" \
  "<binding name=\"accessible-label\"><lookup name=\"accessible-label\" type=\"" class "\">row</lookup>" \
  "</binding></template></interface>"
/* clang-format on */

static const struct {
  const char *factory;
  RapportRecordList list;
  const char *label;
  const char *icon;
  const char *empty_title;
  const char *empty_description;
  const char *button_label;
  const char *button_action;
} kinds[] = {
  [RAPPORT_SIDEBAR_LIST_STATEMENTS] = {
    ROW_FACTORY ("RapportStatementRow", "statement"),
    RAPPORT_RECORD_LIST_STATEMENTS,
    NC_("list name", "Statements"),
    "document-edit-symbolic",
    N_("No Statements Yet"),
    N_("Be ready to say who you are in 30 seconds: what you do, what you are good at, for whom, "
       "and how people can help"),
    N_("_Write a Statement"),
    "win.new-statement",
  },
  [RAPPORT_SIDEBAR_LIST_EVENTS] = {
    ROW_FACTORY ("RapportEventRow", "event"),
    RAPPORT_RECORD_LIST_EVENTS,
    NC_("list name", "Events"),
    "x-office-calendar-symbolic",
    N_("No Events Yet"),
    N_("Add the events you go to, with who will be there and what you want from meeting them"),
    N_("_Add Event"),
    "win.new-event",
  },
};

struct _RapportSidebarList
{
  AdwBin parent_instance;

  /* Template widgets; the GtkStack of list and empty page is the bin's child */
  GtkListView *list_view;
  AdwStatusPage *empty_page;
  GtkButton *empty_button;

  /* Owned references */
  RapportStore *store;
  GListModel *items;
  GtkSingleSelection *selection;

  RapportSidebarListKind kind;
  guint focus_tick;
  guint focus_ticks;
};

G_DEFINE_FINAL_TYPE (RapportSidebarList, rapport_sidebar_list, ADW_TYPE_BIN)

G_DEFINE_ENUM_TYPE (RapportSidebarListKind, rapport_sidebar_list_kind,
                    G_DEFINE_ENUM_VALUE (RAPPORT_SIDEBAR_LIST_STATEMENTS, "statements"),
                    G_DEFINE_ENUM_VALUE (RAPPORT_SIDEBAR_LIST_EVENTS, "events"))

enum {
  PROP_0,
  PROP_KIND,
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
update_state (RapportSidebarList *self)
{
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    g_list_model_get_n_items (self->items) > 0 ? "list" : "empty");
}

/* Upcoming events come before past ones, as the store lists them. */
static gboolean
has_started (RapportEvent *event,
             GDateTime    *now)
{
  return g_date_time_compare (rapport_event_get_starts_at (event), now) < 0;
}

static int
compare_upcoming_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return has_started (RAPPORT_EVENT ((gpointer) a), now) - has_started (RAPPORT_EVENT ((gpointer) b), now);
}

static void
header_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 gpointer                  user_data)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "margin-start", 12,
                                   "margin-end", 12,
                                   "margin-top", 6,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  /* In line with the rows' text, as the sidebars of GNOME's own apps. */
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "dimmed");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_list_header_set_child (header, label);
}

static gboolean
section_heading_cb (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDateTime *starts_at = g_value_get_boxed (from);

  gboolean started = starts_at != NULL && g_date_time_compare (starts_at, now) < 0;

  g_value_set_string (to, started ? C_("events list", "Past") : C_("events list", "Upcoming"));
  return TRUE;
}

static void
unbind_binding (gpointer binding)
{
  g_binding_unbind (binding);
  g_object_unref (binding);
}

static void
header_bind_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                gpointer                  user_data)
{
  GBinding *binding;

  /* Bound, not set: an event given another day may change sides while
   * it stays the first of its section, and the list view keeps its header. */
  binding = g_object_bind_property_full (gtk_list_header_get_item (header), "starts-at",
                                         gtk_list_header_get_child (header), "label",
                                         G_BINDING_SYNC_CREATE,
                                         section_heading_cb, NULL, NULL, NULL);
  g_object_set_data_full (G_OBJECT (header), "rapport-section-binding",
                          g_object_ref (binding), unbind_binding);
}

static void
header_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListHeader            *header,
                  gpointer                  user_data)
{
  g_object_set_data (G_OBJECT (header), "rapport-section-binding", NULL);
}

static void
selection_changed_cb (RapportSidebarList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
activated_cb (RapportSidebarList *self,
              guint               position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->items, position);

  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ACTIVATED], 0, item);
}

static void
clicked_cb (RapportSidebarList *self)
{
  g_signal_emit (self, signals[CLICKED], 0);
}

/* Reads the records and makes the list's rows, once there is a store. */
static void
ensure_built (RapportSidebarList *self)
{
  if (self->store == NULL || self->items != NULL)
    return;

  self->items = G_LIST_MODEL (rapport_record_model_new (self->store, kinds[self->kind].list, 0));
  if (self->kind == RAPPORT_SIDEBAR_LIST_EVENTS)
    {
      /* Only sections: the sort is stable, so the store's order stays. */
      GtkSorter *upcoming_first = GTK_SORTER (gtk_custom_sorter_new (compare_upcoming_cb, NULL, NULL));
      GtkSortListModel *sections = gtk_sort_list_model_new (self->items, NULL);

      gtk_sort_list_model_set_section_sorter (sections, upcoming_first);
      g_object_unref (upcoming_first);
      self->items = G_LIST_MODEL (sections);
    }
  self->selection = gtk_single_selection_new (g_object_ref (self->items));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->items, "items-changed",
                           G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  update_state (self);
}

static void
rapport_sidebar_list_map (GtkWidget *widget)
{
  ensure_built (RAPPORT_SIDEBAR_LIST (widget));
  GTK_WIDGET_CLASS (rapport_sidebar_list_parent_class)->map (widget);
}

static void
rapport_sidebar_list_constructed (GObject *object)
{
  RapportSidebarList *self = RAPPORT_SIDEBAR_LIST (object);
  g_autoptr(GBytes) bytes = g_bytes_new_static (kinds[self->kind].factory, strlen (kinds[self->kind].factory));
  g_autoptr(GtkListItemFactory) factory = gtk_builder_list_item_factory_new_from_bytes (NULL, bytes);

  G_OBJECT_CLASS (rapport_sidebar_list_parent_class)->constructed (object);

  gtk_list_view_set_factory (self->list_view, factory);
  if (self->kind == RAPPORT_SIDEBAR_LIST_EVENTS)
    {
      g_autoptr(GtkListItemFactory) header_factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (header_factory, "setup", G_CALLBACK (header_setup_cb), NULL);
      g_signal_connect (header_factory, "bind", G_CALLBACK (header_bind_cb), NULL);
      g_signal_connect (header_factory, "unbind", G_CALLBACK (header_unbind_cb), NULL);
      gtk_list_view_set_header_factory (self->list_view, header_factory);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_dpgettext2 (NULL, "list name", kinds[self->kind].label), -1);
  adw_status_page_set_icon_name (self->empty_page, kinds[self->kind].icon);
  adw_status_page_set_title (self->empty_page, _(kinds[self->kind].empty_title));
  adw_status_page_set_description (self->empty_page, _(kinds[self->kind].empty_description));
  gtk_button_set_label (self->empty_button, _(kinds[self->kind].button_label));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_button), kinds[self->kind].button_action);
}

static void
rapport_sidebar_list_dispose (GObject *object)
{
  RapportSidebarList *self = RAPPORT_SIDEBAR_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_SIDEBAR_LIST);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_sidebar_list_parent_class)->dispose (object);
}

static void
rapport_sidebar_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RapportSidebarList *self = RAPPORT_SIDEBAR_LIST (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, rapport_sidebar_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_sidebar_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RapportSidebarList *self = RAPPORT_SIDEBAR_LIST (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_STORE:
      rapport_sidebar_list_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_sidebar_list_class_init (RapportSidebarListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rapport_sidebar_list_constructed;
  object_class->dispose = rapport_sidebar_list_dispose;
  object_class->get_property = rapport_sidebar_list_get_property;
  object_class->set_property = rapport_sidebar_list_set_property;
  widget_class->map = rapport_sidebar_list_map;

  /**
   * RapportSidebarList:kind:
   *
   * What the list shows: statements or events.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_SIDEBAR_LIST_KIND, RAPPORT_SIDEBAR_LIST_STATEMENTS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportSidebarList:store:
   *
   * Where the records are kept.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportSidebarList:selected:
   *
   * The record chosen in the list, or %NULL.
   */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportSidebarList::activated:
   * @item: the record activated, now also the selected one
   *
   * Emitted when a record is activated, to open it.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * RapportSidebarList::clicked:
   *
   * Emitted when the list is clicked or tapped, after the row under the
   * pointer was chosen.
   */
  signals[CLICKED] =
    g_signal_new ("clicked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RAPPORT_TYPE_EVENT_ROW);
  g_type_ensure (RAPPORT_TYPE_STATEMENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-sidebar-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportSidebarList, list_view);
  gtk_widget_class_bind_template_child (widget_class, RapportSidebarList, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RapportSidebarList, empty_button);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
}

static void
rapport_sidebar_list_init (RapportSidebarList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rapport_sidebar_list_get_store:
 *
 * Returns: (transfer none) (nullable): where the records are kept
 */
RapportStore *
rapport_sidebar_list_get_store (RapportSidebarList *self)
{
  g_return_val_if_fail (RAPPORT_IS_SIDEBAR_LIST (self), NULL);
  return self->store;
}

/**
 * rapport_sidebar_list_set_store:
 * @store: (nullable): where the records are kept
 *
 * Lists the records of @store, none chosen.
 */
void
rapport_sidebar_list_set_store (RapportSidebarList *self,
                                RapportStore       *store)
{
  g_return_if_fail (RAPPORT_IS_SIDEBAR_LIST (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  /* Built when first shown: a tab nobody has opened costs nothing at
   * start-up (the events list made its rows for 30 ms at 30,000 people). */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_built (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * rapport_sidebar_list_get_items:
 *
 * The records the list shows, in its order; read now if it has not been
 * shown yet.
 *
 * Returns: (transfer none) (nullable): the records, or %NULL without a store
 */
GListModel *
rapport_sidebar_list_get_items (RapportSidebarList *self)
{
  g_return_val_if_fail (RAPPORT_IS_SIDEBAR_LIST (self), NULL);

  ensure_built (self);
  return self->items;
}

/**
 * rapport_sidebar_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the record chosen in the list
 */
gpointer
rapport_sidebar_list_get_selected (RapportSidebarList *self)
{
  g_return_val_if_fail (RAPPORT_IS_SIDEBAR_LIST (self), NULL);

  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * rapport_sidebar_list_select:
 * @item: a record of the list
 *
 * Highlights @item, if the list shows it.
 */
void
rapport_sidebar_list_select (RapportSidebarList *self,
                             gpointer            item)
{
  guint n;

  g_return_if_fail (RAPPORT_IS_SIDEBAR_LIST (self));

  if (item == NULL)
    return;
  ensure_built (self);
  if (self->items == NULL)
    return;

  n = g_list_model_get_n_items (self->items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (self->items, i);

      if (candidate == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/**
 * rapport_sidebar_list_unselect:
 *
 * Leaves nothing chosen.
 */
void
rapport_sidebar_list_unselect (RapportSidebarList *self)
{
  g_return_if_fail (RAPPORT_IS_SIDEBAR_LIST (self));

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static gboolean
focus_row (RapportSidebarList *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  GtkWidget *focus;

  /* The row becomes the list's focus; the list takes it from elsewhere. */
  gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_FOCUS, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));
}

/* A list just shown has no rows to focus until it is laid out. */
static gboolean
focus_row_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  RapportSidebarList *self = RAPPORT_SIDEBAR_LIST (widget);

  if (self->selection == NULL ||
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION ||
      (gtk_widget_get_width (GTK_WIDGET (self->list_view)) > 0 && focus_row (self)) ||
      ++self->focus_ticks > 10)
    {
      self->focus_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * rapport_sidebar_list_focus_selected:
 *
 * Moves the keyboard focus to the chosen record's row, scrolled into sight,
 * now or once the list is laid out.
 *
 * Returns: whether a row was chosen to take the focus
 */
gboolean
rapport_sidebar_list_focus_selected (RapportSidebarList *self)
{
  g_return_val_if_fail (RAPPORT_IS_SIDEBAR_LIST (self), FALSE);

  if (self->selection == NULL ||
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    return FALSE;

  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)) && focus_row (self))
    return TRUE;
  self->focus_ticks = 0;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_row_tick_cb, NULL, NULL);
  return TRUE;
}
