/* rapport-interaction-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-interaction-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-interaction-row.h"

struct _RapportInteractionRow
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RapportInteractionRow, rapport_interaction_row, ADW_TYPE_BIN)

static void
rapport_interaction_row_class_init (RapportInteractionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-interaction-row.ui");
}

static void
rapport_interaction_row_init (RapportInteractionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
