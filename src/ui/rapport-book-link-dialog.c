/* rapport-book-link-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "This Is the Same Person As…": the contacts of the address books Rapport
 * follows that nobody is linked with yet, found by name or email as you
 * type; choosing one links the person with it (#19).
 */

#define G_LOG_DOMAIN "rapport-book-link-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-book-link-dialog.h"

/* Enough to choose from; typing narrows it. */
#define MAX_SHOWN 50

struct _RapportBookLinkDialog
{
  AdwDialog parent_instance;

  RapportAddressBookSync *sync;
  RapportContact *contact;
  GtkSearchEntry *search;
  GtkListBox *list;
  AdwToastOverlay *toasts;
  GPtrArray *shown;
};

G_DEFINE_FINAL_TYPE (RapportBookLinkDialog, rapport_book_link_dialog, ADW_TYPE_DIALOG)

static void
fill (RapportBookLinkDialog *self)
{
  gtk_list_box_remove_all (self->list);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  self->shown = rapport_address_book_sync_list_unlinked (self->sync, gtk_editable_get_text (GTK_EDITABLE (self->search)),
                                                         MAX_SHOWN);
  for (guint i = 0; i < self->shown->len; i++)
    {
      RapportBookContact *contact = g_ptr_array_index (self->shown, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), contact->name);
      if (contact->email != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), contact->email);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->list, row);
    }
}

static void
search_changed_cb (RapportBookLinkDialog *self)
{
  fill (self);
}

static void
row_activated_cb (RapportBookLinkDialog *self,
                  GtkListBoxRow         *row)
{
  RapportBookContact *contact = g_ptr_array_index (self->shown, gtk_list_box_row_get_index (row));
  g_autoptr(GError) error = NULL;

  if (!rapport_address_book_sync_link_by_hand (self->sync, rapport_contact_get_id (self->contact),
                                               contact->book_uid, contact->contact_uid, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  adw_dialog_close (ADW_DIALOG (self));
}

static void
rapport_book_link_dialog_dispose (GObject *object)
{
  RapportBookLinkDialog *self = RAPPORT_BOOK_LINK_DIALOG (object);

  g_clear_object (&self->sync);
  g_clear_object (&self->contact);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_book_link_dialog_parent_class)->dispose (object);
}

static void
rapport_book_link_dialog_class_init (RapportBookLinkDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_book_link_dialog_dispose;
}

static void
rapport_book_link_dialog_init (RapportBookLinkDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_dialog_set_title (ADW_DIALOG (self), _("The Same Person As…"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 420);
  adw_dialog_set_content_height (ADW_DIALOG (self), 520);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_placeholder_text (self->search, _("Search your address books"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search your address books"), -1);
  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Contacts in your address books"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self->list));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), GTK_WIDGET (self->toasts));
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->search));
}

/**
 * rapport_book_link_dialog_new:
 * @sync: the sync with the address books
 * @contact: the person to link
 *
 * Returns: (transfer floating): the dialog
 */
RapportBookLinkDialog *
rapport_book_link_dialog_new (RapportAddressBookSync *sync,
                              RapportContact         *contact)
{
  RapportBookLinkDialog *self;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (sync), NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  self = g_object_new (RAPPORT_TYPE_BOOK_LINK_DIALOG, NULL);
  self->sync = g_object_ref (sync);
  self->contact = g_object_ref (contact);
  fill (self);
  return self;
}
