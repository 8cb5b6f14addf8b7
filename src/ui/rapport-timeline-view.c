/* rapport-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-timeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-timeline-view.h"

struct _RapportTimelineView
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RapportTimelineView, rapport_timeline_view, ADW_TYPE_BIN)

static void
rapport_timeline_view_class_init (RapportTimelineViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-timeline-view.ui");
}

static void
rapport_timeline_view_init (RapportTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
