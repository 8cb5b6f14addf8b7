/* rapport-row-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwEntryRow holds its title twice (the small title above the text and
 * the large one shown while it is empty), and a list row takes its name
 * from everything inside it, so a screen reader announced "Name Name". A
 * row named after its title, kept in step with it, is heard once.
 */

#define G_LOG_DOMAIN "rapport-row-names"

#include "config.h"

#include "rapport-row-names.h"

static void
name_from_title (AdwEntryRow *row)
{
  /* The row is labelled by both of its titles; its name replaces them. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                  -1);
}

static void
title_changed_cb (AdwEntryRow *row,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  name_from_title (row);
}

/**
 * rapport_row_names_entry_row:
 * @row: an entry row
 *
 * Names @row once, after its title, now and whenever the title changes.
 */
void
rapport_row_names_entry_row (AdwEntryRow *row)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  name_from_title (row);
  g_signal_connect (row, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}

/**
 * rapport_row_names_apply:
 * @root: a widget, such as a page built from a template
 *
 * Names every entry row inside @root once (see
 * rapport_row_names_entry_row()).
 */
void
rapport_row_names_apply (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_ENTRY_ROW (root))
    {
      rapport_row_names_entry_row (ADW_ENTRY_ROW (root));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rapport_row_names_apply (child);
}
