/* rapport-address-book-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the address-book sync's files share: following the books
 * (rapport-address-book-sync.c), merging their changes and writing Rapport's
 * back (rapport-address-book-write.c), the first link on a worker
 * (rapport-address-book-link.c), and what the person page asks of them
 * (rapport-address-book-contacts.c).
 */

#pragma once

#include <libebook/libebook.h>

#include "rapport-address-book-sync.h"

G_BEGIN_DECLS

/* A book followed. */
typedef struct _Book Book;

struct _RapportAddressBookSync
{
  GObject parent_instance;

  RapportStore *store;
  GSettings *settings;
  ESourceRegistry *registry;
  GCancellable *cancellable;
  GHashTable *books;            /* ESource UID → Book */
  GHashTable *dirty;            /* person ids edited in Rapport, to write back */
  guint write_back_id;
  guint saving;                 /* our own saves: no write-back for them */
  guint n_writes;               /* write-backs under way */
  guint n_linking;              /* first links under way */
  guint done, total;            /* their progress */
  gboolean registry_done;       /* EDS answered (or is not there) */
};

struct _Book
{
  RapportAddressBookSync *sync;   /* NULL once the book is let go */
  ESource *source;
  char *uid;
  char *mode;                     /* "link" or "all" */
  GCancellable *cancellable;
  EBookClient *client;
  EBookClientView *view;
  gboolean read_only;
  gboolean complete;              /* the first link is done */
  gboolean linking;
  GHashTable *contacts;           /* contact UID → its vCard, as the view last gave it */
  GHashTable *pending;            /* contact UIDs changed in the book, not merged yet */
};

Book             *rapport_book_ref                       (Book                    *book);
void              rapport_book_unref                     (Book                    *book);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Book, rapport_book_unref)

/* A write-back to do: the contact's new vCard, and what both sides agree
 * on once it is written. */
typedef struct
{
  Book *book;
  gint64 link_id;
  char *contact_uid;
  char *vcard;
  GHashTable *agreed;
} RapportBookWrite;

/* The first link of a book, on a worker thread. */
typedef struct
{
  Book *book;
  char *book_uid;
  char *db_path;
  char *mode;
  gboolean read_only;
  GPtrArray *uids;
  GPtrArray *vcards;
  GArray *changed;          /* person ids */
  GPtrArray *writes;        /* RapportBookWrite */
  RapportAddressBookSync *sync;
} RapportBookFirstLink;


void              rapport_book_write_free                (RapportBookWrite        *write);
gboolean          rapport_address_book_save_person       (guint                   *saving,
                                                          RapportStore            *store,
                                                          RapportContact          *person,
                                                          GError                 **error);
RapportBookWrite *rapport_address_book_reconcile         (guint                   *saving,
                                                          RapportStore            *store,
                                                          const RapportBookLink   *link,
                                                          const char              *vcard,
                                                          gboolean                 read_only,
                                                          GError                 **error);
gint64            rapport_address_book_link_new          (guint                   *saving,
                                                          RapportStore            *store,
                                                          const char              *book_uid,
                                                          const char              *contact_uid,
                                                          RapportContact          *card,
                                                          gint64                   contact_id,
                                                          GError                 **error);
void              rapport_address_book_first_link_thread (GTask                   *task,
                                                          gpointer                 source_object,
                                                          gpointer                 task_data,
                                                          GCancellable            *cancellable);
void              rapport_address_book_write_back        (RapportAddressBookSync  *self,
                                                          RapportBookWrite        *write);
void              rapport_address_book_process_pending   (Book                    *book);
void              rapport_address_book_store_changed     (RapportAddressBookSync  *self,
                                                          RapportRecordKind        kind,
                                                          gint64                   id,
                                                          RapportChangeKind        change);
void              rapport_address_book_sync_report_progress (RapportAddressBookSync *self,
                                                          guint                    done,
                                                          guint                    total);

G_END_DECLS
