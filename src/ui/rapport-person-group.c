/* rapport-person-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the groups on a person's page (Giving First, Who They Know, Who
 * Could Help) are made of alike: following the store, the button in the
 * header, the boxed list of rows and the icon buttons at a row's end, so
 * that each is built, named for screen readers and styled the same.
 */

#define G_LOG_DOMAIN "rapport-person-group"

#include "config.h"

#include "rapport-person-group.h"

/**
 * rapport_person_group_set_store:
 * @group: the group, which @changed_cb is called with
 * @slot: where the group keeps its store
 * @store: (nullable): the store to follow
 * @changed_cb: the group's handler of #RapportStore::changed, swapped
 *
 * Follows @store's changes instead of the one in @slot.
 *
 * Returns: %TRUE if the store changed, so the group shows it again
 */
gboolean
rapport_person_group_set_store (gpointer       group,
                                RapportStore **slot,
                                RapportStore  *store,
                                GCallback      changed_cb)
{
  g_return_val_if_fail (store == NULL || RAPPORT_IS_STORE (store), FALSE);

  if (*slot == store)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, changed_cb, group);
  g_set_object (slot, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", changed_cb, group, G_CONNECT_SWAPPED);
  return TRUE;
}

/**
 * rapport_person_group_add_button:
 * @icon_name: the button's icon
 * @label: its label, with a mnemonic
 * @name: what screen readers say it does
 *
 * Puts a flat button in @group's header, beside its title.
 *
 * Returns: (transfer none): the button
 */
GtkWidget *
rapport_person_group_add_button (AdwPreferencesGroup *group,
                                 const char          *icon_name,
                                 const char          *label,
                                 const char          *name)
{
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *button = gtk_button_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_preferences_group_set_header_suffix (group, button);
  return button;
}

/**
 * rapport_person_group_add_list:
 * @name: the list's name for screen readers
 *
 * Adds to @group a boxed list whose rows are not selected, only acted on.
 *
 * Returns: (transfer none): the list
 */
GtkListBox *
rapport_person_group_add_list (AdwPreferencesGroup *group,
                               const char          *name)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_list_box_new ());

  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_preferences_group_add (group, GTK_WIDGET (list));
  return list;
}

/**
 * rapport_person_group_row_button:
 * @icon_name: the button's icon
 * @name: what it does to the row's person, as a tooltip and for screen
 *   readers
 *
 * An icon button for the end of a row: an icon rather than a label keeps
 * the row's text its width on a phone.
 *
 * Returns: (transfer floating): the button
 */
GtkWidget *
rapport_person_group_row_button (const char *icon_name,
                                 const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}
