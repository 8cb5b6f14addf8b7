/* rapport-statement-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of your PEEC statements, to read whole before an event: the prose,
 * how long it takes to say, its four parts; copy it, edit it in the
 * builder, duplicate it for another audience, or delete it (with Undo).
 */

#define G_LOG_DOMAIN "rapport-statement-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-composer.h"
#include "rapport-peec-dialog.h"
#include "rapport-statement-page.h"
#include "rapport-statement-row.h"

struct _RapportStatementPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *audience_label;
  GtkLabel *text_label;
  GtkLabel *timing_label;
  AdwActionRow *profession_row;
  AdwActionRow *expertise_row;
  AdwActionRow *environment_row;
  AdwActionRow *call_to_action_row;

  /* Owned references */
  RapportStore *store;
  RapportPeecStatement *statement;
  GSignalGroup *statement_signals;
};

G_DEFINE_FINAL_TYPE (RapportStatementPage, rapport_statement_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATEMENT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (RapportStatementPage *self,
       AdwToast             *new_toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), new_toast);
  else
    g_object_unref (g_object_ref_sink (new_toast));
}

static void
set_part (AdwActionRow *row,
          const char   *text)
{
  adw_action_row_set_subtitle (row, *text != '\0' ? text : _("Not written yet"));
}

static void
update (RapportStatementPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *say = NULL;
  g_autofree char *length = NULL;
  g_autofree char *timing = NULL;
  guint words, seconds;

  if (self->statement == NULL)
    return;

  title = rapport_peec_statement_dup_title (self->statement);
  text = rapport_peec_statement_dup_text (self->statement);
  words = rapport_peec_count_words (text);
  seconds = rapport_peec_speaking_seconds (words);
  /* Rounded as the builder rounds it, so both say the same. */
  say = rapport_peec_format_speaking_time (seconds);
  length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);
  /* Translators: how long a statement takes to say, then its length in words */
  timing = g_strdup_printf (C_("statement timing", "%s · %s"), say, length);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->audience_label, rapport_peec_statement_get_audience (self->statement));
  gtk_widget_set_visible (GTK_WIDGET (self->audience_label),
                          *rapport_peec_statement_get_audience (self->statement) != '\0');
  gtk_label_set_label (self->text_label, *text != '\0' ? text : _("Nothing written yet"));
  gtk_label_set_label (self->timing_label, timing);
  set_part (self->profession_row, rapport_peec_statement_get_profession (self->statement));
  set_part (self->expertise_row, rapport_peec_statement_get_expertise (self->statement));
  set_part (self->environment_row, rapport_peec_statement_get_environment (self->statement));
  set_part (self->call_to_action_row, rapport_peec_statement_get_call_to_action (self->statement));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (widget);
  g_autofree char *text = NULL;

  if (self->statement == NULL)
    return;

  text = rapport_peec_statement_dup_text (self->statement);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  toast (self, adw_toast_new (C_("statement page", "Copied")));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (widget);

  if (self->statement == NULL || self->store == NULL)
    return;

  adw_dialog_present (ADW_DIALOG (rapport_peec_dialog_new (self->store, self->statement)), widget);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (widget);
  g_autoptr(RapportPeecStatement) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *copy_title = NULL;

  if (self->statement == NULL || self->store == NULL)
    return;

  title = rapport_peec_statement_dup_title (self->statement);
  /* Translators: the title of a copy of a statement; %s is the original's */
  copy_title = g_strdup_printf (_("%s (Copy)"), title);
  copy = rapport_peec_statement_new ();
  rapport_peec_statement_set_title (copy, copy_title);
  rapport_peec_statement_set_audience (copy, rapport_peec_statement_get_audience (self->statement));
  rapport_peec_statement_set_profession (copy, rapport_peec_statement_get_profession (self->statement));
  rapport_peec_statement_set_expertise (copy, rapport_peec_statement_get_expertise (self->statement));
  rapport_peec_statement_set_environment (copy, rapport_peec_statement_get_environment (self->statement));
  rapport_peec_statement_set_call_to_action (copy, rapport_peec_statement_get_call_to_action (self->statement));

  if (!rapport_store_add_statement (self->store, copy, &error))
    {
      toast (self, adw_toast_new (error->message));
      return;
    }

  rapport_statement_page_set_statement (self, copy);
}

static void
undo_delete_cb (AdwToast             *undo_toast,
                RapportPeecStatement *statement)
{
  RapportStore *store = g_object_get_data (G_OBJECT (undo_toast), "store");
  g_autoptr(GError) error = NULL;

  /* The store made the deleted object unsaved (id 0): add it back whole. */
  if (!rapport_store_add_statement (store, statement, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (widget);
  g_autoptr(RapportPeecStatement) statement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  AdwToast *undo_toast;

  if (self->statement == NULL || self->store == NULL)
    return;

  statement = g_object_ref (self->statement);
  title = rapport_peec_statement_dup_title (statement);
  if (!rapport_store_delete_statement (self->store, rapport_peec_statement_get_id (statement), &error))
    {
      toast (self, adw_toast_new (error->message));
      return;
    }

  rapport_statement_page_set_statement (self, NULL);

  /* Translators: %s is a statement's title */
  message = g_strdup_printf (_("“%s” deleted"), title);
  undo_toast = adw_toast_new (message);
  adw_toast_set_button_label (undo_toast, C_("statement page", "_Undo"));
  g_object_set_data_full (G_OBJECT (undo_toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (undo_toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         g_steal_pointer (&statement), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  toast (self, undo_toast);
}

static void
rapport_statement_page_dispose (GObject *object)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (object);

  if (self->statement_signals != NULL)
    g_signal_group_set_target (self->statement_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_STATEMENT_PAGE);
  g_clear_object (&self->statement_signals);
  g_clear_object (&self->statement);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_statement_page_parent_class)->dispose (object);
}

static void
rapport_statement_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;
    case PROP_TITLE:
      g_value_take_string (value, self->statement ? rapport_peec_statement_dup_title (self->statement)
                                                  : g_strdup (""));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_statement_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RapportStatementPage *self = RAPPORT_STATEMENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATEMENT:
      rapport_statement_page_set_statement (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_statement_page_class_init (RapportStatementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_statement_page_dispose;
  object_class->get_property = rapport_statement_page_get_property;
  object_class->set_property = rapport_statement_page_set_property;

  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL, RAPPORT_TYPE_PEEC_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-statement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, audience_label);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, text_label);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, timing_label);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, profession_row);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, expertise_row);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, environment_row);
  gtk_widget_class_bind_template_child (widget_class, RapportStatementPage, call_to_action_row);

  gtk_widget_class_install_action (widget_class, "statement.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "statement.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "statement.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "statement.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "statement.copy", NULL);
}

static void
rapport_statement_page_init (RapportStatementPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->statement_signals = g_signal_group_new (RAPPORT_TYPE_PEEC_STATEMENT);
  g_signal_group_connect_swapped (self->statement_signals, "notify", G_CALLBACK (update), self);
}

void
rapport_statement_page_set_store (RapportStatementPage *self,
                                  RapportStore         *store)
{
  g_return_if_fail (RAPPORT_IS_STATEMENT_PAGE (self));

  g_set_object (&self->store, store);
}

RapportPeecStatement *
rapport_statement_page_get_statement (RapportStatementPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_STATEMENT_PAGE (self), NULL);
  return self->statement;
}

/**
 * rapport_statement_page_set_statement:
 * @statement: (nullable): the statement to show
 */
void
rapport_statement_page_set_statement (RapportStatementPage *self,
                                      RapportPeecStatement *statement)
{
  g_return_if_fail (RAPPORT_IS_STATEMENT_PAGE (self));

  if (!g_set_object (&self->statement, statement))
    return;

  g_signal_group_set_target (self->statement_signals, statement);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}
