/* rapport-statement-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of your PEEC statements in the sidebar: its title and its first words.
 */

#define G_LOG_DOMAIN "rapport-statement-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-composer.h"
#include "rapport-statement-row.h"

struct _RapportStatementRow
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *text_label;

  /* Owned references */
  RapportPeecStatement *statement;
  GSignalGroup *statement_signals;
  char *accessible_label;
};

G_DEFINE_FINAL_TYPE (RapportStatementRow, rapport_statement_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATEMENT,
  PROP_ACCESSIBLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * rapport_peec_statement_dup_text:
 *
 * Returns: (transfer full): the statement as one piece of prose
 */
char *
rapport_peec_statement_dup_text (RapportPeecStatement *statement)
{
  return rapport_peec_compose (rapport_peec_statement_get_profession (statement),
                               rapport_peec_statement_get_expertise (statement),
                               rapport_peec_statement_get_environment (statement),
                               rapport_peec_statement_get_call_to_action (statement));
}

/**
 * rapport_peec_statement_dup_title:
 *
 * Returns: (transfer full): the title, the audience, or "Untitled Statement"
 */
char *
rapport_peec_statement_dup_title (RapportPeecStatement *statement)
{
  const char *title = rapport_peec_statement_get_title (statement);
  const char *audience = rapport_peec_statement_get_audience (statement);

  if (*title != '\0')
    return g_strdup (title);
  if (*audience != '\0')
    return g_strdup (audience);
  return g_strdup (C_("statements list", "Untitled Statement"));
}

static void
update (RapportStatementRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  if (self->statement == NULL)
    return;

  title = rapport_peec_statement_dup_title (self->statement);
  text = rapport_peec_statement_dup_text (self->statement);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->text_label, *text != '\0' ? text : _("Nothing written yet"));

  /* The row is read by its title alone: the statement is long, and read
   * in full on its page. */
  if (g_set_str (&self->accessible_label, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESSIBLE_LABEL]);
}

static void
rapport_statement_row_dispose (GObject *object)
{
  RapportStatementRow *self = RAPPORT_STATEMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_STATEMENT_ROW);
  if (self->statement_signals != NULL)
    g_signal_group_set_target (self->statement_signals, NULL);
  g_clear_object (&self->statement_signals);
  g_clear_object (&self->statement);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (rapport_statement_row_parent_class)->dispose (object);
}

static void
rapport_statement_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportStatementRow *self = RAPPORT_STATEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    case PROP_ACCESSIBLE_LABEL:
      g_value_set_string (value, self->accessible_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_statement_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportStatementRow *self = RAPPORT_STATEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      rapport_statement_row_set_statement (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_statement_row_class_init (RapportStatementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_statement_row_dispose;
  object_class->get_property = rapport_statement_row_get_property;
  object_class->set_property = rapport_statement_row_set_property;

  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, RAPPORT_TYPE_PEEC_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportStatementRow:accessible-label:
   *
   * What a screen reader says for the row: the statement's title.
   */
  properties[PROP_ACCESSIBLE_LABEL] =
    g_param_spec_string ("accessible-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-statement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportStatementRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementRow, text_label);
}

static void
rapport_statement_row_init (RapportStatementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->statement_signals = g_signal_group_new (RAPPORT_TYPE_PEEC_STATEMENT);
  g_signal_group_connect_swapped (self->statement_signals, "notify", G_CALLBACK (update), self);
}

RapportPeecStatement *
rapport_statement_row_get_statement (RapportStatementRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATEMENT_ROW (self), NULL);
  return self->statement;
}

void
rapport_statement_row_set_statement (RapportStatementRow  *self,
                                     RapportPeecStatement *statement)
{
  g_return_if_fail (RAPPORT_IS_STATEMENT_ROW (self));

  if (!g_set_object (&self->statement, statement))
    return;

  g_signal_group_set_target (self->statement_signals, statement);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
}
