/* rapport-duplicate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportPairReason:
 * @RAPPORT_PAIR_SAME_EMAIL: they have an email address in common
 * @RAPPORT_PAIR_SAME_PHONE: they have a phone number in common
 * @RAPPORT_PAIR_SAME_PROFILE: they have a social profile in common
 * @RAPPORT_PAIR_SAME_NAME: their names are the same words
 * @RAPPORT_PAIR_NAMES_AGREE: their names can be one person's, written
 *   differently (docs/identity.md)
 * @RAPPORT_PAIR_NAMES_DIFFER: their names disagree
 * @RAPPORT_PAIR_NO_NAME: one of them has no name
 * @RAPPORT_PAIR_TWO_SOURCES: the names agree and their details do not
 *   overlap at all: each has kinds the other lacks, as when one person
 *   comes from LinkedIn and from a phone's address book
 *
 * Why two people are suggested as one.
 */
typedef enum
{
  RAPPORT_PAIR_SAME_EMAIL = 1 << 0,
  RAPPORT_PAIR_SAME_PHONE = 1 << 1,
  RAPPORT_PAIR_SAME_PROFILE = 1 << 2,
  RAPPORT_PAIR_SAME_NAME = 1 << 3,
  RAPPORT_PAIR_NAMES_AGREE = 1 << 4,
  RAPPORT_PAIR_NAMES_DIFFER = 1 << 5,
  RAPPORT_PAIR_NO_NAME = 1 << 6,
  RAPPORT_PAIR_TWO_SOURCES = 1 << 7,
} RapportPairReason;

#define RAPPORT_PAIR_SHARED_DETAIL \
  (RAPPORT_PAIR_SAME_EMAIL | RAPPORT_PAIR_SAME_PHONE | RAPPORT_PAIR_SAME_PROFILE)

#define RAPPORT_TYPE_DUPLICATE (rapport_duplicate_get_type ())

G_DECLARE_FINAL_TYPE (RapportDuplicate, rapport_duplicate, RAPPORT, DUPLICATE, GObject)

RapportDuplicate       *rapport_duplicate_new             (gint64                   first_id,
                                                           gint64                   second_id,
                                                           const char              *first_name,
                                                           const char              *second_name,
                                                           RapportPairReason   reasons,
                                                           const char              *shared);
gint64                  rapport_duplicate_get_first_id    (RapportDuplicate        *self);
gint64                  rapport_duplicate_get_second_id   (RapportDuplicate        *self);
const char             *rapport_duplicate_get_first_name  (RapportDuplicate        *self);
const char             *rapport_duplicate_get_second_name (RapportDuplicate        *self);
RapportPairReason  rapport_duplicate_get_reasons     (RapportDuplicate        *self);
const char             *rapport_duplicate_get_shared      (RapportDuplicate        *self);
gboolean                rapport_duplicate_involves        (RapportDuplicate        *self,
                                                           gint64                   id);

/* The store's side, in rapport-store-duplicates.c */
GPtrArray              *rapport_store_find_duplicates     (RapportStore            *self,
                                                           GCancellable            *cancellable,
                                                           GError                 **error);
void                    rapport_store_find_duplicates_async (RapportStore          *self,
                                                           GCancellable            *cancellable,
                                                           GAsyncReadyCallback      callback,
                                                           gpointer                 user_data);
GPtrArray              *rapport_store_find_duplicates_finish (RapportStore         *self,
                                                           GAsyncResult            *result,
                                                           GError                 **error);
gboolean                rapport_store_dismiss_duplicate   (RapportStore            *self,
                                                           gint64                   id,
                                                           gint64                   other_id,
                                                           GError                 **error);
gboolean                rapport_store_undismiss_duplicate (RapportStore            *self,
                                                           gint64                   id,
                                                           gint64                   other_id,
                                                           GError                 **error);
RapportMerge           *rapport_store_merge_choosing      (RapportStore            *self,
                                                           gint64                   from_id,
                                                           gint64                   into_id,
                                                           const char * const      *from_wins,
                                                           GError                 **error);

G_END_DECLS
