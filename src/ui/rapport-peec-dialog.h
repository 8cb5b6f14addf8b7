/* rapport-peec-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEEC_DIALOG (rapport_peec_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeecDialog, rapport_peec_dialog, RAPPORT, PEEC_DIALOG, AdwDialog)

G_END_DECLS
