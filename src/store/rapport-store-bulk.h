/* rapport-store-bulk.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-enums.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_BULK_CHANGE (rapport_bulk_change_get_type ())

typedef struct _RapportBulkChange RapportBulkChange;

GType              rapport_bulk_change_get_type        (void) G_GNUC_CONST;
RapportBulkChange *rapport_bulk_change_ref             (RapportBulkChange  *self);
void               rapport_bulk_change_unref           (RapportBulkChange  *self);
guint              rapport_bulk_change_get_n_people    (RapportBulkChange  *self);
gboolean           rapport_bulk_change_contains        (RapportBulkChange  *self,
                                                        gint64              contact_id);
GArray            *rapport_bulk_change_get_ids         (RapportBulkChange  *self);
const char        *rapport_bulk_change_get_tag         (RapportBulkChange  *self);
gboolean           rapport_bulk_change_rewrites_search (RapportBulkChange  *self);

RapportBulkChange *rapport_store_bulk_tag              (RapportStore       *self,
                                                        GArray             *ids,
                                                        const char         *tag,
                                                        GError            **error);
RapportBulkChange *rapport_store_bulk_untag            (RapportStore       *self,
                                                        GArray             *ids,
                                                        const char         *tag,
                                                        GError            **error);
RapportBulkChange *rapport_store_bulk_set_closeness    (RapportStore       *self,
                                                        GArray             *ids,
                                                        RapportCloseness    closeness,
                                                        GError            **error);
RapportBulkChange *rapport_store_bulk_set_archived     (RapportStore       *self,
                                                        GArray             *ids,
                                                        gboolean            archived,
                                                        GError            **error);
RapportBulkChange *rapport_store_bulk_trash            (RapportStore       *self,
                                                        GArray             *ids,
                                                        GError            **error);
RapportBulkChange *rapport_store_bulk_add_attendees    (RapportStore       *self,
                                                        GArray             *ids,
                                                        gint64              event_id,
                                                        GError            **error);
gboolean           rapport_store_bulk_undo             (RapportStore       *self,
                                                        RapportBulkChange  *change,
                                                        GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportBulkChange, rapport_bulk_change_unref)

G_END_DECLS
