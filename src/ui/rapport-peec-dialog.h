/* rapport-peec-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEEC_DIALOG (rapport_peec_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeecDialog, rapport_peec_dialog, RAPPORT, PEEC_DIALOG, AdwDialog)

RapportPeecDialog    *rapport_peec_dialog_new           (RapportStore         *store,
                                                         RapportPeecStatement *statement);
RapportStore         *rapport_peec_dialog_get_store     (RapportPeecDialog    *self);
RapportPeecStatement *rapport_peec_dialog_get_statement (RapportPeecDialog    *self);

G_END_DECLS
