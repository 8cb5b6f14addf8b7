/* rapport-statement-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-peec-statement.h"
#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_STATEMENT_LIST (rapport_statement_list_get_type ())

G_DECLARE_FINAL_TYPE (RapportStatementList, rapport_statement_list, RAPPORT, STATEMENT_LIST, AdwBin)

RapportStore         *rapport_statement_list_get_store    (RapportStatementList *self);
void                  rapport_statement_list_set_store    (RapportStatementList *self,
                                                           RapportStore         *store);
RapportPeecStatement *rapport_statement_list_get_selected (RapportStatementList *self);
void                  rapport_statement_list_select       (RapportStatementList *self,
                                                           RapportPeecStatement *statement);
void                  rapport_statement_list_unselect     (RapportStatementList *self);

G_END_DECLS
