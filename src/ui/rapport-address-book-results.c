/* rapport-address-book-results.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "From Your Address Book": under a search for people (the window's
 * list, the pickers of Introduce and Link To), the contacts of the
 * followed address books that match it and are not in Rapport yet (none
 * of their emails, phones or profiles is anyone's here). Each is added in
 * one step, read from its vCard as an import would; "person-added" then
 * says who, for the search to show or choose them. Hidden while there are
 * none, and until the user agreed to follow the address books.
 */

#define G_LOG_DOMAIN "rapport-address-book-results"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-address-book-merge.h"
#include "rapport-address-book-results.h"
#include "rapport-application.h"

/* A few, under a list of people that may be long. */
#define MAX_SHOWN 5

struct _RapportAddressBookResults
{
  GtkBox parent_instance;

  GtkWidget *heading;
  GtkListBox *list;

  RapportStore *store;
  RapportAddressBookSearch *search;
  char *text;
};

G_DEFINE_FINAL_TYPE (RapportAddressBookResults, rapport_address_book_results, GTK_TYPE_BOX)

enum {
  PERSON_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void query (RapportAddressBookResults *self);

/* The person just added is the contact they were read from: linked, so
 * that the two-way sync follows both. Through the sync when it follows the
 * book (it merges and writes back as any link); else, or if its copy of
 * the book has not the contact yet, straight in the store, with what both
 * sides hold now as agreed: the sync takes it from there once it runs. */
static void
link_added (RapportAddressBookResults *self,
            RapportContact            *contact)
{
  GApplication *app = g_application_get_default ();
  RapportAddressBookSync *sync = NULL;
  const char *book_uid = rapport_address_book_search_get_book_uid (contact);
  const char *contact_uid = rapport_address_book_search_get_contact_uid (contact);
  gint64 id = rapport_contact_get_id (contact);
  g_autoptr(GHashTable) agreed = NULL;
  g_autoptr(GError) error = NULL;

  if (book_uid == NULL || contact_uid == NULL)
    return;
  if (RAPPORT_IS_APPLICATION (app))
    sync = rapport_application_get_address_book_sync (RAPPORT_APPLICATION (app));
  if (sync != NULL && rapport_address_book_sync_is_following (sync, book_uid) &&
      rapport_address_book_sync_link_by_hand (sync, id, book_uid, contact_uid, &error))
    return;
  if (error != NULL)
    g_debug ("Linking through the sync failed, linking in the store: %s", error->message);
  g_clear_error (&error);
  agreed = rapport_book_fields_agreed (contact);
  if (rapport_store_link_book_contact (self->store, id, book_uid, contact_uid, agreed, &error) == 0)
    g_warning ("Could not link a person with their address book contact: %s", error->message);
}

static void
add_clicked_cb (RapportAddressBookResults *self,
                GtkButton                 *button)
{
  RapportContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  g_autoptr(GError) error = NULL;

  if (!rapport_store_add_contact (self->store, contact, &error))
    {
      AdwDialog *alert = adw_alert_dialog_new (_("The Person Could Not Be Added"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
      return;
    }
  link_added (self, contact);
  g_signal_emit (self, signals[PERSON_ADDED], 0, rapport_contact_get_id (contact));
  /* They are in Rapport now: no longer offered from the address book. */
  query (self);
}

static void
add_row (RapportAddressBookResults *self,
         RapportContact            *contact)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *name = rapport_contact_dup_name (contact);
  g_autofree char *label = NULL;
  g_autofree char *subtitle = NULL;
  const char *book = rapport_address_book_search_get_book_name (contact);
  const char *detail = NULL;
  GPtrArray *fields = rapport_contact_get_fields (contact);

  for (guint i = 0; i < fields->len && detail == NULL; i++)
    if (rapport_contact_field_get_kind (fields->pdata[i]) == RAPPORT_FIELD_EMAIL)
      detail = rapport_contact_field_get_value (fields->pdata[i]);
  if (detail == NULL)
    detail = rapport_contact_get_company (contact);
  if (book != NULL && detail != NULL && *detail != '\0')
    /* TRANSLATORS: the address book a contact is in and one way to tell
     * them apart, e.g. "Google · ana@example.org" */
    subtitle = g_strdup_printf (_("%s · %s"), book, detail);
  else
    subtitle = g_strdup (book != NULL ? book : detail);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* TRANSLATORS: %s is the name of a contact in the desktop's address book */
  label = g_strdup_printf (_("Add %s to Rapport"), name);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "contact", g_object_ref (contact), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  gtk_list_box_append (self->list, row);
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RapportAddressBookResults) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GArray) known = NULL;
  guint shown = 0;

  found = rapport_address_book_search_query_finish (RAPPORT_ADDRESS_BOOK_SEARCH (object), result, &error);
  if (found == NULL || self->store == NULL)
    return; /* cancelled: a newer query follows, or the widget is gone */
  gtk_list_box_remove_all (self->list);
  if (found->len > 0 && (known = rapport_store_match_known (self->store, found, &error)) == NULL)
    g_warning ("Could not tell who is in Rapport already: %s", error->message);
  for (guint i = 0; known != NULL && i < found->len && shown < MAX_SHOWN; i++)
    if (g_array_index (known, gint64, i) == 0)
      {
        add_row (self, found->pdata[i]);
        shown++;
      }
  gtk_widget_set_visible (GTK_WIDGET (self), shown > 0);
}

static void
query (RapportAddressBookResults *self)
{
  if (self->search == NULL)
    return;
  if (self->text == NULL || *self->text == '\0')
    {
      /* Nothing to look for: nothing shown, nothing asked. */
      rapport_address_book_search_cancel (self->search);
      gtk_list_box_remove_all (self->list);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  rapport_address_book_search_query_async (self->search, self->text, found_cb, g_object_ref (self));
}

static void
rapport_address_book_results_dispose (GObject *object)
{
  RapportAddressBookResults *self = RAPPORT_ADDRESS_BOOK_RESULTS (object);

  if (self->search != NULL)
    rapport_address_book_search_cancel (self->search);
  g_clear_object (&self->search);
  g_clear_object (&self->store);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (rapport_address_book_results_parent_class)->dispose (object);
}

static void
rapport_address_book_results_class_init (RapportAddressBookResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_address_book_results_dispose;

  /**
   * RapportAddressBookResults::person-added:
   * @contact_id: the person just added from the address book
   */
  signals[PERSON_ADDED] = g_signal_new ("person-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
rapport_address_book_results_init (RapportAddressBookResults *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  self->heading = gtk_label_new (_("From Your Address Book"));
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (self->heading), TRUE);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (GTK_BOX (self), self->heading);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("From Your Address Book"), -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->list));
}

/**
 * rapport_address_book_results_new:
 * @store: where the people are added, and who is there already
 *
 * The contacts of the application's address books, if there is an
 * application (see rapport_address_book_results_set_search()).
 *
 * Returns: (transfer floating): the section, hidden until it has results
 */
RapportAddressBookResults *
rapport_address_book_results_new (RapportStore *store)
{
  RapportAddressBookResults *self;
  GApplication *app = g_application_get_default ();
  RapportSourceList *books;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  self = g_object_new (RAPPORT_TYPE_ADDRESS_BOOK_RESULTS, NULL);
  self->store = g_object_ref (store);
  /* A search of its own: a picker's keystrokes never cancel the window's. */
  books = RAPPORT_IS_APPLICATION (app) ? rapport_application_get_address_book_sources (RAPPORT_APPLICATION (app)) : NULL;
  if (books != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);

      self->search = rapport_address_book_search_new (books, settings);
    }

  return self;
}

/**
 * rapport_address_book_results_set_search:
 * @search: (nullable): the followed address books, or %NULL for none
 */
void
rapport_address_book_results_set_search (RapportAddressBookResults *self,
                                         RapportAddressBookSearch  *search)
{
  g_return_if_fail (RAPPORT_IS_ADDRESS_BOOK_RESULTS (self));
  g_return_if_fail (search == NULL || RAPPORT_IS_ADDRESS_BOOK_SEARCH (search));

  if (self->search != NULL)
    rapport_address_book_search_cancel (self->search);
  g_set_object (&self->search, search);
  query (self);
}

/**
 * rapport_address_book_results_set_text:
 * @text: what the search holds now
 *
 * Asks the address books again, cancelling the question before: called
 * at each keystroke.
 */
void
rapport_address_book_results_set_text (RapportAddressBookResults *self,
                                       const char                *text)
{
  g_return_if_fail (RAPPORT_IS_ADDRESS_BOOK_RESULTS (self));

  if (!g_set_str (&self->text, text))
    return;
  query (self);
}

/* The contacts offered, as rows (for the tests). */
GtkListBox *
rapport_address_book_results_get_list (RapportAddressBookResults *self)
{
  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_RESULTS (self), NULL);
  return self->list;
}
