/* rapport-statement-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar's list of your statements, last edited first, or a page
 * inviting you to write one while there is none.
 */

#define G_LOG_DOMAIN "rapport-statement-list"

#include "config.h"

#include "rapport-statement-list.h"
#include "rapport-statement-row.h"

struct _RapportStatementList
{
  AdwBin parent_instance;

  /* Template widgets; the GtkStack of list and empty page is the bin's child */
  GtkListView *list_view;

  /* Owned references */
  RapportStore *store;
  GListModel *statements;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (RapportStatementList, rapport_statement_list, ADW_TYPE_BIN)

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
update_state (RapportStatementList *self)
{
  gtk_stack_set_visible_child_name (GTK_STACK (adw_bin_get_child (ADW_BIN (self))),
                                    g_list_model_get_n_items (self->statements) > 0 ? "list" : "empty");
}

static void
selection_changed_cb (RapportStatementList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
activated_cb (RapportStatementList *self,
              guint                 position)
{
  g_autoptr(RapportPeecStatement) statement = g_list_model_get_item (self->statements, position);

  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ACTIVATED], 0, statement);
}

static void
clicked_cb (RapportStatementList *self)
{
  g_signal_emit (self, signals[CLICKED], 0);
}

static void
rapport_statement_list_dispose (GObject *object)
{
  RapportStatementList *self = RAPPORT_STATEMENT_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_STATEMENT_LIST);
  g_clear_object (&self->selection);
  g_clear_object (&self->statements);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_statement_list_parent_class)->dispose (object);
}

static void
rapport_statement_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RapportStatementList *self = RAPPORT_STATEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, rapport_statement_list_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_statement_list_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RapportStatementList *self = RAPPORT_STATEMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_statement_list_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_statement_list_class_init (RapportStatementListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_statement_list_dispose;
  object_class->get_property = rapport_statement_list_get_property;
  object_class->set_property = rapport_statement_list_set_property;

  /**
   * RapportStatementList:store:
   *
   * Where the statements are kept.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportStatementList:selected:
   *
   * The statement chosen in the list, or %NULL.
   */
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, RAPPORT_TYPE_PEEC_STATEMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportStatementList::activated:
   * @statement: the statement activated, now also the selected one
   *
   * Emitted when a statement is activated, to open it.
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, RAPPORT_TYPE_PEEC_STATEMENT);

  /**
   * RapportStatementList::clicked:
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

  g_type_ensure (RAPPORT_TYPE_STATEMENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-statement-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportStatementList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
}

static void
rapport_statement_list_init (RapportStatementList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rapport_statement_list_get_store:
 *
 * Returns: (transfer none) (nullable): where the statements are kept
 */
RapportStore *
rapport_statement_list_get_store (RapportStatementList *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATEMENT_LIST (self), NULL);
  return self->store;
}

/**
 * rapport_statement_list_set_store:
 * @store: (nullable): where the statements are kept
 *
 * Lists the statements of @store, none chosen.
 */
void
rapport_statement_list_set_store (RapportStatementList *self,
                                  RapportStore         *store)
{
  g_return_if_fail (RAPPORT_IS_STATEMENT_LIST (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->statements);

  if (store != NULL)
    {
      self->statements = rapport_store_list_statements (store);
      self->selection = gtk_single_selection_new (g_object_ref (self->statements));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_object (self->selection, "notify::selected-item",
                               G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->statements, "items-changed",
                               G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
      update_state (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * rapport_statement_list_get_selected:
 *
 * Returns: (transfer none) (nullable): the statement chosen in the list
 */
RapportPeecStatement *
rapport_statement_list_get_selected (RapportStatementList *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATEMENT_LIST (self), NULL);

  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * rapport_statement_list_select:
 * @statement: a statement of the list
 *
 * Highlights @statement, if the list shows it.
 */
void
rapport_statement_list_select (RapportStatementList *self,
                               RapportPeecStatement *statement)
{
  guint n;

  g_return_if_fail (RAPPORT_IS_STATEMENT_LIST (self));
  g_return_if_fail (statement == NULL || RAPPORT_IS_PEEC_STATEMENT (statement));

  if (self->statements == NULL)
    return;

  n = g_list_model_get_n_items (self->statements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportPeecStatement) candidate = g_list_model_get_item (self->statements, i);

      if (candidate == statement)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/**
 * rapport_statement_list_unselect:
 *
 * Leaves no statement chosen.
 */
void
rapport_statement_list_unselect (RapportStatementList *self)
{
  g_return_if_fail (RAPPORT_IS_STATEMENT_LIST (self));

  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}
