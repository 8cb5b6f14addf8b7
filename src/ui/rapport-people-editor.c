/* rapport-people-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-people-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-people-editor.h"

struct _RapportPeopleEditor
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (RapportPeopleEditor, rapport_people_editor, ADW_TYPE_BIN)

static void
rapport_people_editor_class_init (RapportPeopleEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-people-editor.ui");
}

static void
rapport_people_editor_init (RapportPeopleEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
