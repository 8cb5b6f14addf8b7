/* rapport-statement-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_STATEMENT_PAGE (rapport_statement_page_get_type ())

G_DECLARE_FINAL_TYPE (RapportStatementPage, rapport_statement_page, RAPPORT, STATEMENT_PAGE, AdwBin)

void                  rapport_statement_page_set_store     (RapportStatementPage *self,
                                                            RapportStore         *store);
RapportPeecStatement *rapport_statement_page_get_statement (RapportStatementPage *self);
void                  rapport_statement_page_set_statement (RapportStatementPage *self,
                                                            RapportPeecStatement *statement);

G_END_DECLS
