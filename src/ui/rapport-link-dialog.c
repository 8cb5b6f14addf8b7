/* rapport-link-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Link To…" on a person's page: how they know someone else (introduced
 * by, works with, family, partner, mentor, friend of), and whom, found by
 * name. The link shows on both people's pages.
 */

#define G_LOG_DOMAIN "rapport-link-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-link-dialog.h"

struct _RapportLinkDialog
{
  AdwDialog parent_instance;

  GtkWidget *link_button;
  AdwComboRow *relation_row;
  RapportPersonSearch *search;

  RapportStore *store;
  RapportContact *contact;
};

G_DEFINE_FINAL_TYPE (RapportLinkDialog, rapport_link_dialog, ADW_TYPE_DIALOG)

static void
chosen_changed_cb (RapportLinkDialog *self)
{
  gtk_widget_set_sensitive (self->link_button, rapport_person_search_get_chosen (self->search) != 0);
}

static void
link_clicked_cb (RapportLinkDialog *self)
{
  rapport_link_dialog_link (self);
}

static void
rapport_link_dialog_dispose (GObject *object)
{
  RapportLinkDialog *self = RAPPORT_LINK_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (rapport_link_dialog_parent_class)->dispose (object);
}

static void
rapport_link_dialog_class_init (RapportLinkDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_link_dialog_dispose;
}

static void
rapport_link_dialog_init (RapportLinkDialog *self)
{
}

/**
 * rapport_link_dialog_new:
 * @store: where to save the link
 * @contact: whose page it is opened from
 *
 * Returns: (transfer floating): a new dialog
 */
RapportLinkDialog *
rapport_link_dialog_new (RapportStore   *store,
                         RapportContact *contact)
{
  g_autoptr(GtkStringList) relations = gtk_string_list_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  RapportLinkDialog *self;
  GtkWidget *toolbar_view;
  GtkWidget *header_bar;
  GtkWidget *cancel_button;
  GtkWidget *page;
  GtkWidget *group;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  self = g_object_new (RAPPORT_TYPE_LINK_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->contact = g_object_ref (contact);
  name = rapport_contact_dup_name (contact);

  adw_dialog_set_title (ADW_DIALOG (self), C_("link dialog", "Link To…"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 480);
  adw_dialog_set_content_height (ADW_DIALOG (self), 560);

  toolbar_view = adw_toolbar_view_new ();
  header_bar = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header_bar), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header_bar), FALSE);
  cancel_button = gtk_button_new_with_mnemonic (C_("link dialog", "_Cancel"));
  g_signal_connect_object (cancel_button, "clicked", G_CALLBACK (adw_dialog_close), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header_bar), cancel_button);
  self->link_button = gtk_button_new_with_mnemonic (C_("link dialog", "_Link"));
  gtk_widget_add_css_class (self->link_button, "suggested-action");
  gtk_widget_set_sensitive (self->link_button, FALSE);
  g_signal_connect_object (self->link_button, "clicked", G_CALLBACK (link_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header_bar), self->link_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header_bar);

  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  /* TRANSLATORS: %s is the person whose page this is */
  description = g_strdup_printf (_("How %s knows someone else. The link shows on both their pages."), name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  for (guint i = 0; i < RAPPORT_N_LINK_RELATIONS; i++)
    gtk_string_list_append (relations, rapport_link_relation_get_label (i));
  self->relation_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->relation_row), name);
  adw_combo_row_set_model (self->relation_row, G_LIST_MODEL (relations));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->relation_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  self->search = rapport_person_search_new (store, rapport_contact_get_id (contact));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->search), C_("link dialog", "Whom"));
  g_signal_connect_object (self->search, "notify::chosen", G_CALLBACK (chosen_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->search));

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), page);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
  adw_dialog_set_default_widget (ADW_DIALOG (self), self->link_button);
  return self;
}

RapportPersonSearch *
rapport_link_dialog_get_search (RapportLinkDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_LINK_DIALOG (self), NULL);
  return self->search;
}

void
rapport_link_dialog_set_relation (RapportLinkDialog *self,
                                  guint              relation)
{
  g_return_if_fail (RAPPORT_IS_LINK_DIALOG (self));
  g_return_if_fail (relation < RAPPORT_N_LINK_RELATIONS);
  adw_combo_row_set_selected (self->relation_row, relation);
}

/**
 * rapport_link_dialog_link:
 *
 * Saves the link chosen and closes; an alert says why it could not be.
 *
 * Returns: whether it was saved
 */
gboolean
rapport_link_dialog_link (RapportLinkDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 other_id;
  RapportLinkKind kind;
  gboolean outgoing;

  g_return_val_if_fail (RAPPORT_IS_LINK_DIALOG (self), FALSE);

  other_id = rapport_person_search_get_chosen (self->search);
  if (other_id == 0)
    return FALSE;
  rapport_link_relation_get_kind (adw_combo_row_get_selected (self->relation_row), &kind, &outgoing);
  if (rapport_store_link_contacts (self->store, rapport_contact_get_id (self->contact), other_id, kind, outgoing,
                                   &error) == 0)
    {
      AdwDialog *alert = adw_alert_dialog_new (_("The Link Could Not Be Saved"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
      return FALSE;
    }
  adw_dialog_close (ADW_DIALOG (self));
  return TRUE;
}
