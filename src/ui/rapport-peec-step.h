/* rapport-peec-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-peec-hints.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEEC_STEP (rapport_peec_step_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeecStep, rapport_peec_step, RAPPORT, PEEC_STEP, AdwBin)

RapportPeecPart     rapport_peec_step_get_part        (RapportPeecStep    *self);
void                rapport_peec_step_set_part        (RapportPeecStep    *self,
                                                       RapportPeecPart     part);
const char         *rapport_peec_step_get_subtitle    (RapportPeecStep    *self);
void                rapport_peec_step_set_subtitle    (RapportPeecStep    *self,
                                                       const char         *subtitle);
const char         *rapport_peec_step_get_explanation (RapportPeecStep    *self);
void                rapport_peec_step_set_explanation (RapportPeecStep    *self,
                                                       const char         *explanation);
const char         *rapport_peec_step_get_example     (RapportPeecStep    *self);
void                rapport_peec_step_set_example     (RapportPeecStep    *self,
                                                       const char         *example);
const char         *rapport_peec_step_get_text        (RapportPeecStep    *self);
void                rapport_peec_step_set_text        (RapportPeecStep    *self,
                                                       const char         *text);
const char * const *rapport_peec_step_get_hints       (RapportPeecStep    *self);
void                rapport_peec_step_set_hints       (RapportPeecStep    *self,
                                                       const char * const *hints);
void                rapport_peec_step_announce        (RapportPeecStep    *self,
                                                       const char         *message);

G_END_DECLS
