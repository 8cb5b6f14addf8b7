/* rapport-merge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-contact-merge.h"

G_BEGIN_DECLS

/* What a merge gives the person who stays, each a list of ids:
 * interactions, events, links, and the suggestions dismissed for and of
 * the person folded in. */
#define RAPPORT_MERGE_N_SHARES 5

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
GArray              *rapport_merge_get_shared       (RapportMerge        *self,
                                                     guint                which);

G_END_DECLS
