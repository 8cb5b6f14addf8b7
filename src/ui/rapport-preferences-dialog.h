/* rapport-preferences-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-source-list.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PREFERENCES_DIALOG (rapport_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportPreferencesDialog, rapport_preferences_dialog, RAPPORT, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *rapport_preferences_dialog_new                (void);
AdwDialog *rapport_preferences_dialog_new_with_calendars (RapportSourceList *sources);
AdwDialog *rapport_preferences_dialog_new_with_sources   (RapportSourceList *calendars,
                                                          RapportSourceList *address_books);

G_END_DECLS
