/* rapport-address-book-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "From your address book": the contacts in the desktop's address books
 * that Rapport follows (Preferences › Address Books: allowed, and the book
 * not off) whose name, nickname or email holds the text searched for.
 * Evolution Data Server is asked asynchronously, each book on a client
 * opened once and kept; a new query cancels the one before, so that typing
 * never waits for an answer nobody wants any more. Each contact comes back
 * as Rapport reads it from a vCard file (rapport_vcard_read()), ready to
 * be added as it is.
 */

#define G_LOG_DOMAIN "rapport-address-book-search"

#include "config.h"

#include <libebook/libebook.h>

#include "rapport-address-book-search.h"
#include "rapport-vcard-reader.h"

/* Enough to find someone by a few letters of their name, in each book. */
#define MAX_PER_BOOK 8

typedef struct
{
  RapportAddressBookSearch *search; /* unowned: cleared in dispose */
  char *uid;
  char *name;
  EBookClient *client;
  GPtrArray *waiting; /* Query, while the client opens */
  gboolean connecting;
} Book;

typedef struct
{
  GTask *task;
  char *sexp;
  guint pending;
  GPtrArray *results;
} Query;

struct _RapportAddressBookSearch
{
  GObject parent_instance;

  RapportSourceList *books;
  GSettings *settings;
  GHashTable *open_books; /* UID -> Book */
  GCancellable *cancellable; /* the clients' opening, until dispose */
  GCancellable *query_cancellable; /* the current query */
};

G_DEFINE_FINAL_TYPE (RapportAddressBookSearch, rapport_address_book_search, G_TYPE_OBJECT)

static GQuark book_name_quark;
static GQuark book_uid_quark;
static GQuark contact_uid_quark;

static void
query_free (Query *query)
{
  g_clear_object (&query->task);
  g_clear_pointer (&query->sexp, g_free);
  g_clear_pointer (&query->results, g_ptr_array_unref);
  g_free (query);
}

static void
book_free (Book *book)
{
  g_clear_object (&book->client);
  g_clear_pointer (&book->waiting, g_ptr_array_unref);
  g_free (book->uid);
  g_free (book->name);
  g_free (book);
}

static void
query_done_one (Query *query)
{
  g_assert (query->pending > 0);
  if (--query->pending > 0)
    return;
  if (!g_task_return_error_if_cancelled (query->task))
    g_task_return_pointer (query->task, g_steal_pointer (&query->results), (GDestroyNotify) g_ptr_array_unref);
  query_free (query);
}

typedef struct
{
  Query *query;
  char *book_name;
  char *book_uid;
} Asked;

static void
contacts_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Asked *asked = user_data;
  g_autoptr(GError) error = NULL;
  GSList *contacts = NULL;
  guint n = 0;

  if (!e_book_client_get_contacts_finish (E_BOOK_CLIENT (object), result, &contacts, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("An address book could not be searched: %s", error->message);
    }
  for (GSList *l = contacts; l != NULL && n < MAX_PER_BOOK && asked->query->results != NULL; l = l->next, n++)
    {
      g_autofree char *vcard = e_vcard_to_string (E_VCARD (l->data), EVC_FORMAT_VCARD_30);
      g_autoptr(GPtrArray) read = rapport_vcard_read (vcard, strlen (vcard), NULL, NULL);
      const char *contact_uid = e_contact_get_const (E_CONTACT (l->data), E_CONTACT_UID);

      for (guint i = 0; read != NULL && i < read->len; i++)
        {
          g_object_set_qdata_full (read->pdata[i], book_name_quark, g_strdup (asked->book_name), g_free);
          g_object_set_qdata_full (read->pdata[i], book_uid_quark, g_strdup (asked->book_uid), g_free);
          g_object_set_qdata_full (read->pdata[i], contact_uid_quark, g_strdup (contact_uid), g_free);
          g_ptr_array_add (asked->query->results, g_object_ref (read->pdata[i]));
        }
    }
  g_slist_free_full (contacts, g_object_unref);

  query_done_one (asked->query);
  g_free (asked->book_name);
  g_free (asked->book_uid);
  g_free (asked);
}

static void
ask_book (Book  *book,
          Query *query)
{
  Asked *asked = g_new0 (Asked, 1);

  asked->query = query;
  asked->book_name = g_strdup (book->name);
  asked->book_uid = g_strdup (book->uid);
  e_book_client_get_contacts (book->client, query->sexp, g_task_get_cancellable (query->task), contacts_read_cb,
                              asked);
}

static void
book_connected_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  EClient *client = e_book_client_connect_finish (result, &error);
  Book *book = user_data;
  g_autoptr(GPtrArray) waiting = NULL;

  book->connecting = FALSE;
  if (client == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Disposed: the book went out of the search's table, nobody waits. */
      g_assert (book->search == NULL && book->waiting->len == 0);
      book_free (book);
      return;
    }

  book->client = E_BOOK_CLIENT (client);
  waiting = g_steal_pointer (&book->waiting);
  book->waiting = g_ptr_array_new ();
  if (client == NULL)
    g_debug ("An address book could not be opened: %s", error->message);
  for (guint i = 0; i < waiting->len; i++)
    {
      if (book->client != NULL)
        ask_book (book, waiting->pdata[i]);
      else
        query_done_one (waiting->pdata[i]);
    }
  /* Tried again at the next query. */
  if (book->client == NULL && book->search != NULL)
    g_hash_table_remove (book->search->open_books, book->uid);
}

/* The books followed: all but those set to off, once the user agreed. */
static gboolean
is_followed (RapportAddressBookSearch *self,
             const char               *uid)
{
  g_autoptr(GVariant) modes = g_settings_get_value (self->settings, "address-book-modes");
  g_autofree char *mode = NULL;

  g_variant_lookup (modes, uid, "s", &mode);
  return g_strcmp0 (mode, "off") != 0;
}

static char *
build_sexp (const char *text)
{
  g_autoptr(EBookQuery) query = NULL;

  query = e_book_query_orv (e_book_query_field_test (E_CONTACT_FULL_NAME, E_BOOK_QUERY_CONTAINS, text),
                            e_book_query_field_test (E_CONTACT_NICKNAME, E_BOOK_QUERY_CONTAINS, text),
                            e_book_query_field_test (E_CONTACT_EMAIL, E_BOOK_QUERY_CONTAINS, text),
                            NULL);
  return e_book_query_to_string (query);
}

static void
rapport_address_book_search_dispose (GObject *object)
{
  RapportAddressBookSearch *self = RAPPORT_ADDRESS_BOOK_SEARCH (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->query_cancellable);
  if (self->open_books != NULL)
    {
      GHashTableIter iter;
      Book *book;

      /* A book still opening is freed when its client answers. */
      g_hash_table_iter_init (&iter, self->open_books);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &book))
        {
          book->search = NULL;
          if (book->connecting)
            g_hash_table_iter_steal (&iter);
        }
      g_clear_pointer (&self->open_books, g_hash_table_unref);
    }
  g_clear_object (&self->books);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rapport_address_book_search_parent_class)->dispose (object);
}

static void
rapport_address_book_search_finalize (GObject *object)
{
  RapportAddressBookSearch *self = RAPPORT_ADDRESS_BOOK_SEARCH (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->query_cancellable);

  G_OBJECT_CLASS (rapport_address_book_search_parent_class)->finalize (object);
}

static void
rapport_address_book_search_class_init (RapportAddressBookSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_address_book_search_dispose;
  object_class->finalize = rapport_address_book_search_finalize;

  book_name_quark = g_quark_from_static_string ("rapport-address-book-name");
  book_uid_quark = g_quark_from_static_string ("rapport-address-book-uid");
  contact_uid_quark = g_quark_from_static_string ("rapport-address-book-contact-uid");
}

static void
rapport_address_book_search_init (RapportAddressBookSearch *self)
{
  self->open_books = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) book_free);
  self->cancellable = g_cancellable_new ();
}

/**
 * rapport_address_book_search_new:
 * @books: the desktop's address books
 * @settings: Rapport's settings, which say which books are followed
 *
 * Returns: (transfer full): a new search
 */
RapportAddressBookSearch *
rapport_address_book_search_new (RapportSourceList *books,
                                 GSettings         *settings)
{
  RapportAddressBookSearch *self;

  g_return_val_if_fail (RAPPORT_IS_SOURCE_LIST (books), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RAPPORT_TYPE_ADDRESS_BOOK_SEARCH, NULL);
  self->books = g_object_ref (books);
  self->settings = g_object_ref (settings);

  return self;
}

/**
 * rapport_address_book_search_is_active:
 *
 * Returns: whether the user agreed that Rapport follows the address books;
 *   without that, queries find nobody
 */
gboolean
rapport_address_book_search_is_active (RapportAddressBookSearch *self)
{
  g_return_val_if_fail (RAPPORT_IS_ADDRESS_BOOK_SEARCH (self), FALSE);

  return g_settings_get_boolean (self->settings, "address-books-enabled");
}

/**
 * rapport_address_book_search_query_async:
 * @text: what was typed
 *
 * Asks each followed address book for the contacts whose name, nickname
 * or email holds @text, and cancels the query before, which then ends
 * with %G_IO_ERROR_CANCELLED. The books are listed first if nobody has
 * asked for them yet.
 */
void
rapport_address_book_search_query_async (RapportAddressBookSearch *self,
                                         const char               *text,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data)
{
  g_autofree char *stripped = NULL;
  Query *query;
  guint n;

  g_return_if_fail (RAPPORT_IS_ADDRESS_BOOK_SEARCH (self));
  g_return_if_fail (text != NULL);

  rapport_address_book_search_cancel (self);
  self->query_cancellable = g_cancellable_new ();

  query = g_new0 (Query, 1);
  query->task = g_task_new (self, self->query_cancellable, callback, user_data);
  g_task_set_source_tag (query->task, rapport_address_book_search_query_async);
  query->results = g_ptr_array_new_with_free_func (g_object_unref);
  /* Held until every book answered: the query is finished once. */
  query->pending = 1;

  stripped = g_strstrip (g_strdup (text));
  rapport_source_list_start (self->books);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->books));
  if (*stripped != '\0' && rapport_address_book_search_is_active (self))
    {
      query->sexp = build_sexp (stripped);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RapportSource) info = g_list_model_get_item (G_LIST_MODEL (self->books), i);
          const char *uid = rapport_source_get_uid (info);
          Book *book;

          if (!is_followed (self, uid))
            continue;
          book = g_hash_table_lookup (self->open_books, uid);
          if (book == NULL)
            {
              g_autoptr(ESource) source = rapport_source_list_ref_source (self->books, uid);

              if (source == NULL)
                continue;
              book = g_new0 (Book, 1);
              book->search = self;
              book->uid = g_strdup (uid);
              book->name = g_strdup (rapport_source_get_name (info));
              book->waiting = g_ptr_array_new ();
              book->connecting = TRUE;
              g_hash_table_insert (self->open_books, book->uid, book);
              e_book_client_connect (source, 0, self->cancellable, book_connected_cb, book);
            }
          query->pending++;
          if (book->connecting)
            g_ptr_array_add (book->waiting, query);
          else
            ask_book (book, query);
        }
    }
  query_done_one (query);
}

/**
 * rapport_address_book_search_query_finish:
 *
 * Returns: (transfer full) (element-type RapportContact): the contacts
 *   found, as a vCard import reads them, each with the name and UID of its
 *   book and its UID there (rapport_address_book_search_get_book_name(),
 *   rapport_address_book_search_get_book_uid(),
 *   rapport_address_book_search_get_contact_uid()); %NULL with @error set
 *   when cancelled
 */
GPtrArray *
rapport_address_book_search_query_finish (RapportAddressBookSearch  *self,
                                          GAsyncResult              *result,
                                          GError                   **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rapport_address_book_search_query_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * rapport_address_book_search_cancel:
 *
 * Cancels the query under way, if any.
 */
void
rapport_address_book_search_cancel (RapportAddressBookSearch *self)
{
  g_return_if_fail (RAPPORT_IS_ADDRESS_BOOK_SEARCH (self));

  g_cancellable_cancel (self->query_cancellable);
  g_clear_object (&self->query_cancellable);
}

/**
 * rapport_address_book_search_get_book_name:
 * @contact: a contact rapport_address_book_search_query_finish() gave
 *
 * Returns: (nullable): the name of the address book it was found in
 */
const char *
rapport_address_book_search_get_book_name (RapportContact *contact)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  return g_object_get_qdata (G_OBJECT (contact), book_name_quark);
}

/**
 * rapport_address_book_search_get_book_uid:
 * @contact: a contact rapport_address_book_search_query_finish() gave
 *
 * Returns: (nullable): the UID of the address book it was found in
 */
const char *
rapport_address_book_search_get_book_uid (RapportContact *contact)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  return g_object_get_qdata (G_OBJECT (contact), book_uid_quark);
}

/**
 * rapport_address_book_search_get_contact_uid:
 * @contact: a contact rapport_address_book_search_query_finish() gave
 *
 * Returns: (nullable): its UID in the address book it was found in
 */
const char *
rapport_address_book_search_get_contact_uid (RapportContact *contact)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  return g_object_get_qdata (G_OBJECT (contact), contact_uid_quark);
}
