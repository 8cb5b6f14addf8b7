/* rapport-selection-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bar under the list of people in selection mode: how many are chosen
 * (said to screen readers as it changes), and what can be done to them all
 * at once. Its buttons activate the window's selection-* actions
 * (rapport-window-select.c).
 */

#define G_LOG_DOMAIN "rapport-selection-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-announce.h"
#include "rapport-selection-bar.h"

struct _RapportSelectionBar
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *count_label;

  guint n_selected;
};

G_DEFINE_FINAL_TYPE (RapportSelectionBar, rapport_selection_bar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_count (RapportSelectionBar *self,
              gboolean             announce)
{
  g_autofree char *text = NULL;

  if (self->n_selected == 0)
    text = g_strdup (_("Nobody selected"));
  else
    /* Translators: in the language's own digit grouping, "30,000 selected" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u selected", "%'u selected", self->n_selected),
                            self->n_selected);
  gtk_label_set_label (self->count_label, text);

  /* Said as it changes: a chosen row says "selected" itself, but not how
   * many are chosen in all. */
  if (announce)
    rapport_announce (GTK_ACCESSIBLE (self->count_label), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
rapport_selection_bar_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportSelectionBar *self = RAPPORT_SELECTION_BAR (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, rapport_selection_bar_get_active (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_selection_bar_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportSelectionBar *self = RAPPORT_SELECTION_BAR (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      rapport_selection_bar_set_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_selection_bar_class_init (RapportSelectionBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rapport_selection_bar_get_property;
  object_class->set_property = rapport_selection_bar_set_property;

  /**
   * RapportSelectionBar:active:
   *
   * Whether the list is in selection mode: the bar shows, and the rows
   * their check marks.
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-selection-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportSelectionBar, count_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

static void
rapport_selection_bar_init (RapportSelectionBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  C_("selection", "Selected People"), -1);
  update_count (self, FALSE);
}

gboolean
rapport_selection_bar_get_active (RapportSelectionBar *self)
{
  g_return_val_if_fail (RAPPORT_IS_SELECTION_BAR (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self));
}

void
rapport_selection_bar_set_active (RapportSelectionBar *self,
                                  gboolean             active)
{
  g_return_if_fail (RAPPORT_IS_SELECTION_BAR (self));

  if (rapport_selection_bar_get_active (self) == !!active)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self), active);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * rapport_selection_bar_set_n_selected:
 *
 * Shows how many people are chosen, and says it to screen readers.
 */
void
rapport_selection_bar_set_n_selected (RapportSelectionBar *self,
                                      guint                n_selected)
{
  g_return_if_fail (RAPPORT_IS_SELECTION_BAR (self));

  if (self->n_selected == n_selected)
    return;
  self->n_selected = n_selected;
  update_count (self, rapport_selection_bar_get_active (self));
}
