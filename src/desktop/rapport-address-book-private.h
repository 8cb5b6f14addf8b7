/* rapport-address-book-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the address-book sync's two files share.
 */

#pragma once

#include "rapport-address-book-sync.h"

G_BEGIN_DECLS

/* A book followed (rapport-address-book-sync.c). */
typedef struct _Book Book;

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
void              rapport_address_book_sync_report_progress (RapportAddressBookSync *self,
                                                          guint                    done,
                                                          guint                    total);

G_END_DECLS
