/* rapport-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-contact-merge.h"

G_BEGIN_DECLS

/* How many other tables a merge moves rows of (see rapport-store-merge.c):
 * the links between people, introductions not to suggest, both ways, and
 * people not to suggest as duplicates, and the links with address books'
 * contacts. */
#define RAPPORT_MERGE_N_MOVED 5

#define RAPPORT_TYPE_MERGE (rapport_merge_get_type ())

G_DECLARE_FINAL_TYPE (RapportMerge, rapport_merge, RAPPORT, MERGE, GObject)

RapportMerge        *rapport_merge_new              (gint64               from_id,
                                                     gint64               into_id,
                                                     RapportContactMerge *changes);
gint64               rapport_merge_get_from_id      (RapportMerge        *self);
gint64               rapport_merge_get_into_id      (RapportMerge        *self);
RapportContactMerge *rapport_merge_get_changes      (RapportMerge        *self);
GArray              *rapport_merge_get_interactions (RapportMerge        *self);
GArray              *rapport_merge_get_events       (RapportMerge        *self);
GArray              *rapport_merge_get_moved        (RapportMerge        *self,
                                                     guint                table);
void                 rapport_merge_add_replaced     (RapportMerge        *self,
                                                     const char          *property,
                                                     const GValue        *before,
                                                     const GValue        *after);
gboolean             rapport_merge_undo_replaced    (RapportMerge        *self,
                                                     RapportContact      *into);

G_END_DECLS
