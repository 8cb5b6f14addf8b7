/* rapport-address-book-sync.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rapport following the desktop's address books through Evolution Data
 * Server (#19), both ways. For each book followed (the address-books-enabled
 * and address-book-modes settings, followed live), an EBookClient and a
 * client view over all its contacts. The view's first answer is linked in
 * one transaction on a worker thread with a connection of its own
 * (rapport-address-book-link.c): "link" links the people already in Rapport
 * by the import's identity rules, "all" also adds the others, read as
 * importing their card would; it reports progress, and cancelling it leaves
 * everything as it was. Later changes either way are merged and written
 * back by rapport-address-book-write.c.
 */

#define G_LOG_DOMAIN "rapport-address-book"

#include "config.h"

#include <libebook/libebook.h>
#include <string.h>

#include "rapport-address-book-merge.h"
#include "rapport-address-book-private.h"

/* As long as EDS may take to reach an online book's server. */
#define CONNECT_WAIT_SECONDS 30

G_DEFINE_FINAL_TYPE (RapportAddressBookSync, rapport_address_book_sync, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_LINKING,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
book_clear (Book *book)
{
  g_clear_object (&book->source);
  g_clear_pointer (&book->uid, g_free);
  g_clear_pointer (&book->mode, g_free);
  g_clear_object (&book->cancellable);
  g_clear_object (&book->client);
  g_clear_object (&book->view);
  g_clear_pointer (&book->contacts, g_hash_table_unref);
  g_clear_pointer (&book->pending, g_hash_table_unref);
}

Book *
rapport_book_ref (Book *book)
{
  return g_rc_box_acquire (book);
}

void
rapport_book_unref (Book *book)
{
  g_rc_box_release_full (book, (GDestroyNotify) book_clear);
}

static void
notify_linking (RapportAddressBookSync *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static char *
vcard_of (EContact *contact)
{
  return e_vcard_to_string (E_VCARD (contact), EVC_FORMAT_VCARD_30);
}

/* The UID line of @vcard as EDS writes it (unfolded, no parameters), read
 * without parsing the whole card, which the first link does once anyway
 * (as importing it would). NULL when it is not that simple. */
static char *
uid_of (const char *vcard)
{
  const char *line = strstr (vcard, "\nUID:");
  const char *next;
  gsize len;

  if (line == NULL)
    return NULL;
  line += 5;
  len = strcspn (line, "\r\n");
  next = line + len;
  if (*next == '\r')
    next++;
  if (*next == '\n')
    next++;
  /* Folded on, or escaped: let EDS read it. */
  if (len == 0 || *next == ' ' || *next == '\t' || memchr (line, '\\', len) != NULL)
    return NULL;
  return g_strndup (line, len);
}

static void
first_link_free (RapportBookFirstLink *job)
{
  g_clear_pointer (&job->book, rapport_book_unref);
  g_free (job->book_uid);
  g_free (job->db_path);
  g_free (job->mode);
  g_clear_pointer (&job->uids, g_ptr_array_unref);
  g_clear_pointer (&job->vcards, g_ptr_array_unref);
  g_clear_pointer (&job->changed, g_array_unref);
  g_clear_pointer (&job->writes, g_ptr_array_unref);
  g_clear_object (&job->sync);
  g_free (job);
}

typedef struct
{
  RapportAddressBookSync *sync;
  guint done;
  guint total;
} Progress;

static gboolean
progress_cb (gpointer data)
{
  Progress *progress = data;

  progress->sync->done = progress->done;
  progress->sync->total = progress->total;
  g_object_notify_by_pspec (G_OBJECT (progress->sync), properties[PROP_PROGRESS]);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_object_unref (progress->sync);
  g_free (progress);
}

/* Told from the worker: how far the first link got. */
void
rapport_address_book_sync_report_progress (RapportAddressBookSync *self,
                                           guint                   done,
                                           guint                   total)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->sync = g_object_ref (self);
  progress->done = done;
  progress->total = total;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_cb, progress, progress_free);
}

static void
first_link_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  RapportAddressBookSync *self = RAPPORT_ADDRESS_BOOK_SYNC (object);
  RapportBookFirstLink *job = g_task_get_task_data (G_TASK (result));
  Book *book = job->book;
  g_autoptr(GError) error = NULL;

  self->n_linking--;
  book->linking = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not link the address book “%s”: %s",
                   e_source_get_display_name (book->source), error->message);
      notify_linking (self);
      return;
    }

  /* Written through another connection: show it here too. */
  if (job->changed->len > 0)
    rapport_store_reload_contacts (self->store, job->changed);
  book->complete = book->sync != NULL;
  notify_linking (self);
  if (book->sync == NULL)
    return;

  for (guint i = 0; i < job->writes->len; i++)
    {
      RapportBookWrite *write = g_ptr_array_steal_index_fast (job->writes, i--);

      write->book = rapport_book_ref (book);
      rapport_address_book_write_back (self, write);
    }
  rapport_address_book_process_pending (book);
}

static void
start_first_link (Book *book)
{
  RapportAddressBookSync *self = book->sync;
  g_autoptr(GTask) task = NULL;
  RapportBookFirstLink *job = g_new0 (RapportBookFirstLink, 1);
  GHashTableIter iter;
  gpointer uid, vcard;

  job->book = rapport_book_ref (book);
  job->book_uid = g_strdup (book->uid);
  job->sync = g_object_ref (self);
  job->db_path = g_strdup (rapport_store_get_path (self->store));
  job->mode = g_strdup (book->mode);
  job->read_only = book->read_only;
  job->uids = g_ptr_array_new_with_free_func (g_free);
  job->vcards = g_ptr_array_new_with_free_func (g_free);
  job->changed = g_array_new (FALSE, FALSE, sizeof (gint64));
  job->writes = g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_book_write_free);
  g_hash_table_iter_init (&iter, book->contacts);
  while (g_hash_table_iter_next (&iter, &uid, &vcard))
    {
      g_ptr_array_add (job->uids, g_strdup (uid));
      g_ptr_array_add (job->vcards, g_strdup (vcard));
    }
  /* What changes from now on is merged after. */
  g_hash_table_remove_all (book->pending);

  book->linking = TRUE;
  self->n_linking++;
  self->done = 0;
  self->total = job->uids->len;
  notify_linking (self);

  task = g_task_new (self, book->cancellable, first_link_done_cb, NULL);
  g_task_set_source_tag (task, start_first_link);
  g_task_set_task_data (task, job, (GDestroyNotify) first_link_free);
  g_task_run_in_thread (task, rapport_address_book_first_link_thread);
}

static void
objects_changed_cb (EBookClientView *view,
                    const GSList    *contacts,
                    Book            *book)
{
  for (const GSList *l = contacts; l != NULL; l = l->next)
    {
      /* The vCard first, as EDS gave it, before anything parses it. */
      char *vcard = vcard_of (l->data);
      g_autofree char *uid = uid_of (vcard);

      if (uid == NULL)
        uid = g_strdup (e_contact_get_const (l->data, E_CONTACT_UID));
      if (uid == NULL)
        {
          g_free (vcard);
          continue;
        }
      g_hash_table_replace (book->contacts, g_strdup (uid), vcard);
      if (book->complete || book->linking)
        g_hash_table_add (book->pending, g_strdup (uid));
    }
  rapport_address_book_process_pending (book);
}

static void
objects_removed_cb (EBookClientView *view,
                    const GSList    *uids,
                    Book            *book)
{
  for (const GSList *l = uids; l != NULL; l = l->next)
    {
      g_hash_table_remove (book->contacts, l->data);
      if (book->complete || book->linking)
        g_hash_table_add (book->pending, g_strdup (l->data));
    }
  rapport_address_book_process_pending (book);
}

static void
view_complete_cb (EBookClientView *view,
                  const GError    *error,
                  Book            *book)
{
  if (error != NULL)
    g_debug ("Address book %s: the view ended with %s", book->uid, error->message);
  if (book->sync != NULL && !book->complete && !book->linking)
    start_first_link (book);
}

static void
view_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Book) book = user_data;
  g_autoptr(GError) error = NULL;
  EBookClientView *view = NULL;

  if (!e_book_client_get_view_finish (E_BOOK_CLIENT (object), result, &view, &error))
    {
      if (book->sync != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the address book “%s”: %s",
                   e_source_get_display_name (book->source), error->message);
      return;
    }
  if (book->sync == NULL)
    {
      e_book_client_view_stop (view, NULL);
      g_object_unref (view);
      return;
    }

  book->view = view;
  g_signal_connect (view, "objects-added", G_CALLBACK (objects_changed_cb), book);
  g_signal_connect (view, "objects-modified", G_CALLBACK (objects_changed_cb), book);
  g_signal_connect (view, "objects-removed", G_CALLBACK (objects_removed_cb), book);
  g_signal_connect (view, "complete", G_CALLBACK (view_complete_cb), book);
  e_book_client_view_start (view, &error);
  if (error != NULL)
    g_warning ("Could not follow the address book “%s”: %s",
               e_source_get_display_name (book->source), error->message);
}

static void
client_ready_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Book) book = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(EBookQuery) query = NULL;
  g_autofree char *sexp = NULL;
  EClient *client;

  client = e_book_client_connect_finish (result, &error);
  if (client == NULL)
    {
      if (book->sync != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not open the address book “%s”: %s",
                   e_source_get_display_name (book->source), error->message);
      return;
    }
  book->client = E_BOOK_CLIENT (client);
  if (book->sync == NULL)
    return;

  book->read_only = e_client_is_readonly (client);
  query = e_book_query_any_field_contains ("");
  sexp = e_book_query_to_string (query);
  e_book_client_get_view (book->client, sexp, book->cancellable, view_ready_cb, rapport_book_ref (book));
}

static void
open_book (RapportAddressBookSync *self,
           ESource                *source,
           const char             *mode)
{
  Book *book = g_rc_box_new0 (Book);

  book->sync = self;
  book->source = g_object_ref (source);
  book->uid = g_strdup (e_source_get_uid (source));
  book->mode = g_strdup (mode);
  book->cancellable = g_cancellable_new ();
  book->contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  book->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (self->books, g_strdup (book->uid), book);

  e_book_client_connect (source, CONNECT_WAIT_SECONDS, book->cancellable, client_ready_cb, rapport_book_ref (book));
}

/* Lets a book go: what is under way is cancelled (a first link leaves
 * everything as it was); the links stay for when it is followed again. */
static void
close_book (gpointer data)
{
  Book *book = data;

  book->sync = NULL;
  g_cancellable_cancel (book->cancellable);
  if (book->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (book->view, book);
      e_book_client_view_stop (book->view, NULL);
    }
  rapport_book_unref (book);
}

static const char *
mode_of (RapportAddressBookSync *self,
         GVariant               *modes,
         const char             *uid)
{
  const char *mode = NULL;

  if (!g_variant_lookup (modes, uid, "&s", &mode) ||
      (!g_str_equal (mode, "all") && !g_str_equal (mode, "off")))
    return "link";
  return mode;
}

/* Follows the books the settings ask for, as they are now. */
static void
update_books (RapportAddressBookSync *self)
{
  g_autoptr(GVariant) modes = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer uid, value;

  if (self->registry == NULL)
    return;

  modes = g_settings_get_value (self->settings, "address-book-modes");
  if (g_settings_get_boolean (self->settings, "address-books-enabled"))
    {
      GList *sources = e_source_registry_list_enabled (self->registry, E_SOURCE_EXTENSION_ADDRESS_BOOK);

      for (GList *l = sources; l != NULL; l = l->next)
        {
          const char *mode = mode_of (self, modes, e_source_get_uid (l->data));

          if (!g_str_equal (mode, "off"))
            g_hash_table_insert (wanted, g_strdup (e_source_get_uid (l->data)), g_strdup (mode));
        }
      g_list_free_full (sources, g_object_unref);
    }

  /* Gone, off, or followed another way now: let go (and start again). */
  g_hash_table_iter_init (&iter, self->books);
  while (g_hash_table_iter_next (&iter, &uid, &value))
    {
      Book *book = value;
      const char *mode = g_hash_table_lookup (wanted, uid);

      if (mode == NULL || !g_str_equal (mode, book->mode))
        g_hash_table_iter_remove (&iter);
    }

  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &uid, &value))
    {
      g_autoptr(ESource) source = NULL;

      if (g_hash_table_contains (self->books, uid))
        continue;
      source = e_source_registry_ref_source (self->registry, uid);
      if (source != NULL)
        open_book (self, source, value);
    }
  notify_linking (self);
}

static void
settings_changed_cb (RapportAddressBookSync *self)
{
  update_books (self);
}

static void
source_changed_cb (RapportAddressBookSync *self,
                   ESource                *source)
{
  if (e_source_has_extension (source, E_SOURCE_EXTENSION_ADDRESS_BOOK))
    update_books (self);
}

static void
registry_ready_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RapportAddressBookSync) self = user_data;
  g_autoptr(GError) error = NULL;
  ESourceRegistry *registry = e_source_registry_new_finish (result, &error);

  self->registry_done = TRUE;
  if (registry == NULL)
    {
      /* Without EDS there is nothing to follow; import and export work. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No address books: %s", error->message);
      return;
    }
  self->registry = registry;
  g_signal_connect_object (registry, "source-added", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-removed", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-enabled", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "source-disabled", G_CALLBACK (source_changed_cb), self, G_CONNECT_SWAPPED);
  update_books (self);
}

static void
rapport_address_book_sync_constructed (GObject *object)
{
  RapportAddressBookSync *self = RAPPORT_ADDRESS_BOOK_SYNC (object);

  G_OBJECT_CLASS (rapport_address_book_sync_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::address-books-enabled",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::address-book-modes",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (rapport_address_book_store_changed), self, G_CONNECT_SWAPPED);

  e_source_registry_new (self->cancellable, registry_ready_cb, g_object_ref (self));
}

static void
rapport_address_book_sync_dispose (GObject *object)
{
  RapportAddressBookSync *self = RAPPORT_ADDRESS_BOOK_SYNC (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->write_back_id, g_source_remove);
  if (self->books != NULL)
    g_hash_table_remove_all (self->books);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (rapport_address_book_sync_parent_class)->dispose (object);
}

static void
rapport_address_book_sync_finalize (GObject *object)
{
  RapportAddressBookSync *self = RAPPORT_ADDRESS_BOOK_SYNC (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->books, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_address_book_sync_parent_class)->finalize (object);
}

static void
rapport_address_book_sync_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  RapportAddressBookSync *self = RAPPORT_ADDRESS_BOOK_SYNC (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_LINKING:
      g_value_set_boolean (value, rapport_address_book_sync_get_linking (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, rapport_address_book_sync_get_progress (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_address_book_sync_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  RapportAddressBookSync *self = RAPPORT_ADDRESS_BOOK_SYNC (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_address_book_sync_class_init (RapportAddressBookSyncClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rapport_address_book_sync_constructed;
  object_class->dispose = rapport_address_book_sync_dispose;
  object_class->finalize = rapport_address_book_sync_finalize;
  object_class->get_property = rapport_address_book_sync_get_property;
  object_class->set_property = rapport_address_book_sync_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINKING] =
    g_param_spec_boolean ("linking", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_address_book_sync_init (RapportAddressBookSync *self)
{
  self->cancellable = g_cancellable_new ();
  self->books = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_book);
  self->dirty = g_hash_table_new (NULL, NULL);
}

/**
 * rapport_address_book_sync_new:
 * @store: the app's store
 * @settings: (nullable): the app's settings, or %NULL for its own
 *
 * Starts following the desktop's address books as the settings say
 * (address-books-enabled, address-book-modes), and goes on following the
 * settings. Call it after the window's first frame: connecting to EDS and
 * the first link take a while.
 *
 * Returns: (transfer full): the sync
 */
RapportAddressBookSync *
rapport_address_book_sync_new (RapportStore *store,
                               GSettings    *settings)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  return g_object_new (RAPPORT_TYPE_ADDRESS_BOOK_SYNC, "store", store, "settings", settings, NULL);
}

/**
 * rapport_address_book_sync_get_linking:
 *
 * Returns: whether a first link of a book is under way
 */
gboolean
rapport_address_book_sync_get_linking (RapportAddressBookSync *self)
{
  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), FALSE);

  return self->n_linking > 0;
}

/**
 * rapport_address_book_sync_get_progress:
 *
 * Returns: how far the first link got, from 0 to 1
 */
double
rapport_address_book_sync_get_progress (RapportAddressBookSync *self)
{
  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), 0);

  if (self->total == 0)
    return self->n_linking > 0 ? 0 : 1;
  return MIN ((double) self->done / self->total, 1.0);
}

/**
 * rapport_address_book_sync_cancel:
 *
 * Cancels the first links under way, leaving everything as it was, and
 * stops following the books until the settings change or the app starts
 * again.
 */
void
rapport_address_book_sync_cancel (RapportAddressBookSync *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self));

  /* Let go: the next change of the settings follows them again. */
  g_hash_table_iter_init (&iter, self->books);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Book *) value)->linking)
      g_hash_table_iter_remove (&iter);
}

/**
 * rapport_address_book_sync_is_settled:
 *
 * Returns: whether every book followed is linked and nothing is left to
 *   write or merge (for tests and benchmarks)
 */
gboolean
rapport_address_book_sync_is_settled (RapportAddressBookSync *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), FALSE);

  if (!self->registry_done || self->n_writes > 0 || self->n_linking > 0 || self->write_back_id != 0)
    return FALSE;
  g_hash_table_iter_init (&iter, self->books);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!((Book *) value)->complete || g_hash_table_size (((Book *) value)->pending) > 0)
      return FALSE;
  return TRUE;
}

/**
 * rapport_address_book_sync_is_following:
 * @book_uid: an address book's ESource UID
 *
 * Returns: whether @book_uid is followed and its first link done
 */
gboolean
rapport_address_book_sync_is_following (RapportAddressBookSync *self,
                                        const char             *book_uid)
{
  Book *book;

  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SYNC (self), FALSE);

  book = g_hash_table_lookup (self->books, book_uid);
  return book != NULL && book->complete;
}
