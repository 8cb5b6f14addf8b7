/* rapport-row-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows that a screen reader would name wrongly, named by their title. An
 * AdwEntryRow holds its title twice (the small title above the text and the
 * large one shown while it is empty) and is labelled by both, so it was
 * announced "Name Name"; an AdwExpanderRow is a list item around its header
 * row and had no name at all. Each is named after its title, kept in step
 * with it, and heard once.
 */

#define G_LOG_DOMAIN "rapport-row-names"

#include "config.h"

#include "rapport-row-names.h"

static void
name_from_title (AdwPreferencesRow *row)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row),
                                  -1);
}

static void
title_changed_cb (AdwPreferencesRow *row,
                  GParamSpec        *pspec,
                  gpointer           user_data)
{
  name_from_title (row);
}

/**
 * rapport_row_names_by_title:
 * @row: an entry row or an expander row
 *
 * Names @row once, after its title, now and whenever the title changes.
 */
void
rapport_row_names_by_title (AdwPreferencesRow *row)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row) || ADW_IS_EXPANDER_ROW (row));

  name_from_title (row);
  g_signal_connect (row, "notify::title", G_CALLBACK (title_changed_cb), NULL);
}

/**
 * rapport_row_names_apply:
 * @root: a widget, such as a page built from a template
 *
 * Names every entry row and expander row inside @root once (see
 * rapport_row_names_by_title()).
 */
void
rapport_row_names_apply (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_ENTRY_ROW (root) || ADW_IS_EXPANDER_ROW (root))
    rapport_row_names_by_title (ADW_PREFERENCES_ROW (root));

  /* An expander row's own rows are named too. */
  if (ADW_IS_ENTRY_ROW (root))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rapport_row_names_apply (child);
}
