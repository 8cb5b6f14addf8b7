/* rapport-interaction.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rapport-enums.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_INTERACTION (rapport_interaction_get_type ())

G_DECLARE_FINAL_TYPE (RapportInteraction, rapport_interaction, RAPPORT, INTERACTION, GObject)

RapportInteraction     *rapport_interaction_new               (RapportInteractionKind  kind,
                                                               const GDate            *date);
gint64                  rapport_interaction_get_id            (RapportInteraction     *self);
void                    rapport_interaction_set_id            (RapportInteraction     *self,
                                                               gint64                  id);
RapportInteractionKind  rapport_interaction_get_kind          (RapportInteraction     *self);
void                    rapport_interaction_set_kind          (RapportInteraction     *self,
                                                               RapportInteractionKind  kind);
const GDate            *rapport_interaction_get_date          (RapportInteraction     *self);
void                    rapport_interaction_set_date          (RapportInteraction     *self,
                                                               const GDate            *date);
int                     rapport_interaction_get_time_minutes  (RapportInteraction     *self);
void                    rapport_interaction_set_time_minutes  (RapportInteraction     *self,
                                                               int                     minutes);
const char             *rapport_interaction_get_summary       (RapportInteraction     *self);
void                    rapport_interaction_set_summary       (RapportInteraction     *self,
                                                               const char             *summary);
const char             *rapport_interaction_get_details       (RapportInteraction     *self);
void                    rapport_interaction_set_details       (RapportInteraction     *self,
                                                               const char             *details);
const GDate            *rapport_interaction_get_follow_up     (RapportInteraction     *self);
void                    rapport_interaction_set_follow_up     (RapportInteraction     *self,
                                                               const GDate            *follow_up);
RapportIntroductionHow  rapport_interaction_get_how           (RapportInteraction     *self);
void                    rapport_interaction_set_how           (RapportInteraction     *self,
                                                               RapportIntroductionHow  how);
RapportIntroductionOutcome rapport_interaction_get_outcome    (RapportInteraction     *self);
void                    rapport_interaction_set_outcome       (RapportInteraction         *self,
                                                               RapportIntroductionOutcome  outcome);
const char             *rapport_introduction_how_get_label    (RapportIntroductionHow  how);
const char             *rapport_introduction_outcome_get_label (RapportIntroductionOutcome outcome);
const gint64           *rapport_interaction_get_contact_ids   (RapportInteraction     *self,
                                                               guint                  *n_ids);
void                    rapport_interaction_set_contact_ids   (RapportInteraction     *self,
                                                               const gint64           *ids,
                                                               guint                   n_ids);
gboolean                rapport_interaction_has_contact       (RapportInteraction     *self,
                                                               gint64                  contact_id);

G_END_DECLS
