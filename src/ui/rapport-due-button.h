/* rapport-due-button.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_DUE_BUTTON (rapport_due_button_get_type ())

G_DECLARE_FINAL_TYPE (RapportDueButton, rapport_due_button, RAPPORT, DUE_BUTTON, AdwBin)

RapportStore *rapport_due_button_get_store (RapportDueButton *self);
void          rapport_due_button_set_store (RapportDueButton *self,
                                            RapportStore     *store);
guint         rapport_due_button_get_count (RapportDueButton *self);

G_END_DECLS
