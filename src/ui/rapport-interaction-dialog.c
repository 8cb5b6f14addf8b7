/* rapport-interaction-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-interaction-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-interaction-dialog.h"

struct _RapportInteractionDialog
{
  AdwDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (RapportInteractionDialog, rapport_interaction_dialog, ADW_TYPE_DIALOG)

static void
rapport_interaction_dialog_class_init (RapportInteractionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-interaction-dialog.ui");
}

static void
rapport_interaction_dialog_init (RapportInteractionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
