/* rapport-address-books-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences' "Address Books": whether Rapport may follow the desktop's
 * address books at all (off until the user agrees), and then how each is
 * followed, under its account: link only (the default), add everyone, or
 * off, kept by UID in "address-book-modes". A book Rapport may only read
 * says so. Without Evolution Data Server, or without address books, the
 * group says so in plain words. Linking itself is done elsewhere
 * (RapportAddressBookSync); this group only keeps the choices.
 */

#define G_LOG_DOMAIN "rapport-address-books-group"

#include "config.h"

#include <glib/gi18n.h>
#include <libebook/libebook.h>

#include "rapport-address-books-group.h"

struct _RapportAddressBooksGroup
{
  AdwPreferencesGroup parent_instance;

  RapportSourceList *sources;
  GSettings *settings;
  GCancellable *cancellable;

  GtkWidget *enable_row; /* owned, made once books are listed; in the group only while they are */
  gboolean enable_row_added;
  GPtrArray *book_rows;
};

G_DEFINE_FINAL_TYPE (RapportAddressBooksGroup, rapport_address_books_group, ADW_TYPE_PREFERENCES_GROUP)

/* The combo row's items, in this order, and what each keeps. */
static const char * const modes[] = { "link", "all", "off" };

static guint
mode_index (const char *mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    if (g_strcmp0 (mode, modes[i]) == 0)
      return i;

  return 0; /* a book not listed, or a value from a newer Rapport: link only */
}

static guint
get_mode (RapportAddressBooksGroup *self,
          const char               *uid)
{
  g_autoptr(GVariant) all = g_settings_get_value (self->settings, "address-book-modes");
  g_autofree char *mode = NULL;

  g_variant_lookup (all, uid, "s", &mode);
  return mode_index (mode);
}

static void
mode_selected_cb (AdwComboRow              *row,
                  GParamSpec               *pspec,
                  RapportAddressBooksGroup *self)
{
  const char *uid = g_object_get_data (G_OBJECT (row), "book-uid");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GVariant) all = NULL;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  GVariantIter iter;
  const char *key, *value;

  if (selected >= G_N_ELEMENTS (modes) || selected == get_mode (self, uid))
    return;
  all = g_settings_get_value (self->settings, "address-book-modes");
  g_variant_iter_init (&iter, all);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    if (!g_str_equal (key, uid))
      g_variant_builder_add (&builder, "{ss}", key, value);
  g_variant_builder_add (&builder, "{ss}", uid, modes[selected]);
  g_settings_set_value (self->settings, "address-book-modes", g_variant_builder_end (&builder));
}

/* Whether a book may be written is known once it is open: EDS asks the
 * server (a CardDAV collection the account may only read, a company
 * directory). */
static void
book_connected_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkWidget) row = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EClient) client = e_book_client_connect_finish (result, &error);
  g_autofree char *subtitle = NULL;
  const char *account;

  if (client == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not open an address book: %s", error->message);
      return;
    }
  if (!e_client_is_readonly (client))
    return;

  account = g_object_get_data (G_OBJECT (row), "book-account");
  /* TRANSLATORS: an address book's account, and that Rapport may only read
   * it, e.g. "Company Directory · Read-only" */
  subtitle = g_strdup_printf (_("%s · Read-only"), account);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_object_set_data (G_OBJECT (row), "book-read-only", GINT_TO_POINTER (TRUE));
}

static GtkWidget *
create_book_row (RapportAddressBooksGroup *self,
                 RapportSource            *book)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(ESource) source = rapport_source_list_ref_source (self->sources, rapport_source_get_uid (book));
  GtkWidget *row = adw_combo_row_new ();
  const char *account = rapport_source_get_account (book);

  gtk_string_list_append (choices, C_("address book mode", "Link Only"));
  gtk_string_list_append (choices, C_("address book mode", "Add Everyone"));
  gtk_string_list_append (choices, C_("address book mode", "Off"));

  /* Names are as the user typed them ("Friends & Family"). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rapport_source_get_name (book));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), account);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), get_mode (self, rapport_source_get_uid (book)));
  g_object_set_data_full (G_OBJECT (row), "book-uid", g_strdup (rapport_source_get_uid (book)), g_free);
  g_object_set_data_full (G_OBJECT (row), "book-account", g_strdup (account), g_free);
  g_settings_bind (self->settings, "address-books-enabled", row, "sensitive", G_SETTINGS_BIND_GET);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (mode_selected_cb), self, 0);

  if (source != NULL)
    e_book_client_connect (source, 0, self->cancellable, book_connected_cb, g_object_ref (row));

  return row;
}

/* The books are few and change seldom: their rows are made again. */
static void
remove_rows (RapportAddressBooksGroup *self)
{
  for (guint i = 0; i < self->book_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->book_rows->pdata[i]);
  g_ptr_array_set_size (self->book_rows, 0);
}

static void
add_rows (RapportAddressBooksGroup *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sources));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportSource) book = g_list_model_get_item (G_LIST_MODEL (self->sources), i);
      GtkWidget *row = create_book_row (self, book);

      g_ptr_array_add (self->book_rows, row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }
}

static void
update_description (RapportAddressBooksGroup *self)
{
  const char *description = NULL;
  gboolean listed = FALSE;

  switch (rapport_source_list_get_state (self->sources))
    {
    case RAPPORT_SOURCE_LIST_IDLE:
    case RAPPORT_SOURCE_LIST_CONNECTING:
      description = _("Looking for your address books…");
      break;
    case RAPPORT_SOURCE_LIST_UNAVAILABLE:
      description = _("No address books were found: the service where GNOME keeps the address books of your "
                      "accounts (Evolution Data Server) is not running on this computer, or Rapport may not "
                      "talk to it. vCard files can still be imported and exported.");
      break;
    case RAPPORT_SOURCE_LIST_READY:
      listed = g_list_model_get_n_items (G_LIST_MODEL (self->sources)) > 0;
      if (listed)
        description = _("Rapport links the people you know with their contacts in these address books, on this "
                        "computer, and keeps names, emails and phones the same in both. Rapport itself sends "
                        "nothing anywhere: your address books sync with your accounts as they always do.");
      else
        description = _("No address books were found. Address books you add in GNOME Contacts or in Online "
                        "Accounts appear here. vCard files can still be imported and exported.");
      break;
    default:
      g_assert_not_reached ();
    }

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  /* Taken out rather than hidden: an empty list would still draw its frame. */
  if (listed && self->enable_row == NULL)
    {
      self->enable_row = g_object_ref_sink (adw_switch_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->enable_row), _("_Link People With Your Address Books"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->enable_row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->enable_row),
                                   _("Each person in Rapport and their contact stay one and the same, both ways"));
      g_settings_bind (self->settings, "address-books-enabled", self->enable_row, "active", G_SETTINGS_BIND_DEFAULT);
    }
  if (listed && !self->enable_row_added)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->enable_row);
  else if (!listed && self->enable_row_added)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->enable_row);
  self->enable_row_added = listed;
}

static void
books_changed_cb (RapportAddressBooksGroup *self)
{
  /* The switch that allows them all first, then the books. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  remove_rows (self);
  update_description (self);
  add_rows (self);
}

static void
rapport_address_books_group_dispose (GObject *object)
{
  RapportAddressBooksGroup *self = RAPPORT_ADDRESS_BOOKS_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->sources);
  g_clear_object (&self->settings);
  g_clear_object (&self->enable_row);
  g_clear_pointer (&self->book_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_address_books_group_parent_class)->dispose (object);
}

static void
rapport_address_books_group_class_init (RapportAddressBooksGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_address_books_group_dispose;
}

static void
rapport_address_books_group_init (RapportAddressBooksGroup *self)
{
  self->book_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), C_("preferences", "Address Books"));
}

/**
 * rapport_address_books_group_new:
 * @sources: the desktop's address books
 * @settings: Rapport's settings, where the choices are kept
 *
 * Returns: (transfer floating): the group
 */
GtkWidget *
rapport_address_books_group_new (RapportSourceList *sources,
                                 GSettings         *settings)
{
  RapportAddressBooksGroup *self;

  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (sources), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RAPPORT_TYPE_ADDRESS_BOOKS_GROUP, NULL);
  self->sources = g_object_ref (sources);
  self->settings = g_object_ref (settings);

  g_signal_connect_object (sources, "items-changed", G_CALLBACK (books_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sources, "notify::state", G_CALLBACK (books_changed_cb), self, G_CONNECT_SWAPPED);
  books_changed_cb (self);

  return GTK_WIDGET (self);
}
