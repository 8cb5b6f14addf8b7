/* rapport-peec-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-peec-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-dialog.h"

struct _RapportPeecDialog
{
  AdwDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (RapportPeecDialog, rapport_peec_dialog, ADW_TYPE_DIALOG)

static void
rapport_peec_dialog_class_init (RapportPeecDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-peec-dialog.ui");
}

static void
rapport_peec_dialog_init (RapportPeecDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
