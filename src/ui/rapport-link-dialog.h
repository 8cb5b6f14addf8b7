/* rapport-link-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-person-search.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_LINK_DIALOG (rapport_link_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportLinkDialog, rapport_link_dialog, RAPPORT, LINK_DIALOG, AdwDialog)

RapportLinkDialog   *rapport_link_dialog_new          (RapportStore      *store,
                                                       RapportContact    *contact);
RapportPersonSearch *rapport_link_dialog_get_search   (RapportLinkDialog *self);
void                 rapport_link_dialog_set_relation (RapportLinkDialog *self,
                                                       guint              relation);
gboolean             rapport_link_dialog_link         (RapportLinkDialog *self);

G_END_DECLS
