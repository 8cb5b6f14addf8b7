/* rapport-peec-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEEC_STEP (rapport_peec_step_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeecStep, rapport_peec_step, RAPPORT, PEEC_STEP, AdwBin)

G_END_DECLS
