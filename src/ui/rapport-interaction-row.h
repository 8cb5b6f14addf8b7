/* rapport-interaction-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTERACTION_ROW (rapport_interaction_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportInteractionRow, rapport_interaction_row, RAPPORT, INTERACTION_ROW, AdwBin)

GtkWidget          *rapport_interaction_row_new              (void);
RapportInteraction *rapport_interaction_row_get_interaction  (RapportInteractionRow  *self);
void                rapport_interaction_row_set_interaction  (RapportInteractionRow  *self,
                                                              RapportInteraction     *interaction);
RapportStore       *rapport_interaction_row_get_store        (RapportInteractionRow  *self);
void                rapport_interaction_row_set_store        (RapportInteractionRow  *self,
                                                              RapportStore           *store);
gint64              rapport_interaction_row_get_contact_id   (RapportInteractionRow  *self);
void                rapport_interaction_row_set_contact_id   (RapportInteractionRow  *self,
                                                              gint64                  contact_id);
gboolean            rapport_interaction_row_get_expanded     (RapportInteractionRow  *self);
void                rapport_interaction_row_set_expanded     (RapportInteractionRow  *self,
                                                              gboolean                expanded);

const char         *rapport_interaction_row_get_kind_icon    (RapportInteractionKind  kind);
GListModel         *rapport_interaction_row_new_kind_model   (void);
GtkListItemFactory *rapport_interaction_row_new_kind_factory (void);

G_END_DECLS
