/* rapport-book-links-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a person's page, where they come from in the desktop's address books
 * (#19): one row per contact they are linked with ("Google ·
 * ana@example.org"), saying whether the book still has it, with Unlink;
 * the note left when both sides changed the same field, with Dismiss; and
 * "This Is the Same Person As…" to link them by hand. Shown only while
 * the address books are followed, or when the person has links.
 */

#define G_LOG_DOMAIN "rapport-book-links-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-application.h"
#include "rapport-book-link-dialog.h"
#include "rapport-book-links-group.h"

struct _RapportBookLinksGroup
{
  AdwPreferencesGroup parent_instance;

  GtkListBox *list;
  GtkWidget *same_button;
  RapportStore *store;
  RapportContact *contact;
  GPtrArray *links;
  guint refresh_source;
};

G_DEFINE_FINAL_TYPE (RapportBookLinksGroup, rapport_book_links_group, ADW_TYPE_PREFERENCES_GROUP)

static void refresh (RapportBookLinksGroup *self);

static RapportAddressBookSync *
get_sync (void)
{
  GApplication *app = g_application_get_default ();

  return RAPPORT_IS_APPLICATION (app) ? rapport_application_get_address_book_sync (RAPPORT_APPLICATION (app)) : NULL;
}

static void
unlink_clicked_cb (RapportBookLinksGroup *self,
                   GtkButton             *button)
{
  RapportBookLink *link = g_object_get_data (G_OBJECT (button), "link");
  g_autoptr(GError) error = NULL;

  if (link == NULL || self->store == NULL)
    return;
  if (!rapport_store_unlink_book_contact (self->store, link->id, &error))
    g_message ("Could not unlink: %s", error->message);
  refresh (self);
}

static void
dismiss_clicked_cb (RapportBookLinksGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->contact == NULL)
    return;
  if (!rapport_store_set_book_note (self->store, rapport_contact_get_id (self->contact), NULL, &error))
    g_message ("Could not dismiss the note: %s", error->message);
  refresh (self);
}

static void
same_clicked_cb (RapportBookLinksGroup *self)
{
  RapportAddressBookSync *sync = get_sync ();

  if (sync == NULL || self->contact == NULL || rapport_contact_get_id (self->contact) <= 0)
    return;
  adw_dialog_present (ADW_DIALOG (rapport_book_link_dialog_new (sync, self->contact)), GTK_WIDGET (self));
}

static GtkWidget *
suffix_button (const char *label,
               const char *accessible)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return button;
}

static GtkWidget *
create_row (RapportBookLinksGroup *self,
            RapportBookLink       *link)
{
  RapportAddressBookSync *sync = get_sync ();
  g_autofree char *where = sync != NULL ? rapport_address_book_sync_describe_link (sync, link) : g_strdup (_("Address Book"));
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), where);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               link->state == RAPPORT_BOOK_LINK_GONE
                                 ? _("No longer in the address book: no longer linked")
                                 : _("Linked: name, emails, phones, addresses, organization, birthday and photo "
                                     "stay the same in both"));
  /* TRANSLATORS: a button's name for screen readers; %s is where the
   * contact is, e.g. "Unlink From Google · ana@example.org" */
  accessible = g_strdup_printf (_("Unlink From %s"), where);
  button = suffix_button (_("_Unlink"), accessible);
  g_object_set_data_full (G_OBJECT (button), "link", rapport_book_link_copy (link),
                          (GDestroyNotify) rapport_book_link_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (unlink_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
refresh (RapportBookLinksGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  RapportAddressBookSync *sync = get_sync ();
  gint64 id;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_list_box_remove_all (self->list);
  g_clear_pointer (&self->links, g_ptr_array_unref);

  id = self->contact != NULL ? rapport_contact_get_id (self->contact) : 0;
  if (self->store == NULL || id <= 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  self->links = rapport_store_list_book_links (self->store, id, &error);
  if (self->links == NULL)
    {
      g_message ("Could not list the address-book links: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  for (guint i = 0; i < self->links->len; i++)
    gtk_list_box_append (self->list, create_row (self, g_ptr_array_index (self->links, i)));

  note = rapport_store_dup_book_note (self->store, id);
  if (note != NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = suffix_button (_("_Dismiss"), _("Dismiss the Note"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Changed on both sides"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
      adw_action_row_set_subtitle_selectable (ADW_ACTION_ROW (row), TRUE);
      g_signal_connect_object (button, "clicked", G_CALLBACK (dismiss_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), self->links->len > 0 || note != NULL);
  gtk_widget_set_visible (self->same_button, sync != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), sync != NULL || self->links->len > 0 || note != NULL);
}

static gboolean
refresh_cb (gpointer user_data)
{
  RapportBookLinksGroup *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (RapportBookLinksGroup *self,
                  RapportRecordKind      kind,
                  gint64                 id,
                  RapportChangeKind      change)
{
  if (kind == RAPPORT_RECORD_CONTACT && self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
rapport_book_links_group_dispose (GObject *object)
{
  RapportBookLinksGroup *self = RAPPORT_BOOK_LINKS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->contact);
  g_clear_pointer (&self->links, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_book_links_group_parent_class)->dispose (object);
}

static void
rapport_book_links_group_class_init (RapportBookLinksGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_book_links_group_dispose;
}

static void
rapport_book_links_group_init (RapportBookLinksGroup *self)
{
  GtkWidget *content = adw_button_content_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Address Books"));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "contact-new-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Same Person As…"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  self->same_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->same_button), content);
  gtk_widget_add_css_class (self->same_button, "flat");
  gtk_widget_set_valign (self->same_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->same_button, _("This Is the Same Person As a Contact in Your Address Books"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->same_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("This Is the Same Person As a Contact in Your Address Books"), -1);
  g_signal_connect_object (self->same_button, "clicked", G_CALLBACK (same_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->same_button);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Address Books"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));
  refresh (self);
}

void
rapport_book_links_group_set_store (RapportBookLinksGroup *self,
                                    RapportStore          *store)
{
  g_return_if_fail (RAPPORT_IS_BOOK_LINKS_GROUP (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/**
 * rapport_book_links_group_set_contact:
 * @contact: (nullable): whose links to show
 */
void
rapport_book_links_group_set_contact (RapportBookLinksGroup *self,
                                      RapportContact        *contact)
{
  g_return_if_fail (RAPPORT_IS_BOOK_LINKS_GROUP (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (g_set_object (&self->contact, contact))
    refresh (self);
}

/* How many links show now. */
guint
rapport_book_links_group_get_n_links (RapportBookLinksGroup *self)
{
  g_return_val_if_fail (RAPPORT_IS_BOOK_LINKS_GROUP (self), 0);
  return self->links != NULL ? self->links->len : 0;
}
