/* rapport-peec-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-peec-step"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-step.h"

struct _RapportPeecStep
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RapportPeecStep, rapport_peec_step, ADW_TYPE_BIN)

static void
rapport_peec_step_class_init (RapportPeecStepClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-peec-step.ui");
}

static void
rapport_peec_step_init (RapportPeecStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
