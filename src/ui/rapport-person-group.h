/* rapport-person-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

gboolean    rapport_person_group_set_store   (gpointer              group,
                                              RapportStore        **slot,
                                              RapportStore         *store,
                                              GCallback             changed_cb);
GtkWidget  *rapport_person_group_add_button  (AdwPreferencesGroup  *group,
                                              const char           *icon_name,
                                              const char           *label,
                                              const char           *name);
GtkListBox *rapport_person_group_add_list    (AdwPreferencesGroup  *group,
                                              const char           *name);
GtkWidget  *rapport_person_group_row_button  (const char           *icon_name,
                                              const char           *name);

G_END_DECLS
