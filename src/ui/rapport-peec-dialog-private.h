/* rapport-peec-dialog-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the PEEC dialog's files share: rapport-peec-dialog.c (the steps,
 * the draft and saving it) and rapport-peec-dialog-hints.c (the hints).
 */

#pragma once

#include "rapport-peec-dialog.h"
#include "rapport-peec-step.h"

G_BEGIN_DECLS

struct _RapportPeecDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwNavigationView *navigation_view;
  AdwNavigationPage *pages[RAPPORT_PEEC_N_PARTS];
  RapportPeecStep *steps[RAPPORT_PEEC_N_PARTS];
  AdwNavigationPage *review_page;
  AdwPreferencesGroup *statement_group;
  GtkLabel *statement_label;
  GtkListBox *review_hints;
  AdwEntryRow *title_row;
  AdwEntryRow *audience_row;

  /* Owned references */
  RapportStore *store;
  RapportPeecStatement *statement; /* NULL until a new one is first saved */
  RapportPeecStatement *draft;     /* what the widgets show */
  RapportPeecStatement *original;  /* the texts when opened or last saved */
  GPtrArray *hints;
  GStrv shown_review_hints;
  GHashTable *announced;           /* part × kind of the hints already announced */

  guint announce_id;
};

/* rapport-peec-dialog.c */
int  rapport_peec_dialog_get_step       (RapportPeecDialog *self);

/* rapport-peec-dialog-hints.c */
void rapport_peec_dialog_update         (RapportPeecDialog *self);
void rapport_peec_dialog_announce_hints (RapportPeecDialog *self);

G_END_DECLS
