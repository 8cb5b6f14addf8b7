/* rapport-statement-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-peec-statement.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_STATEMENT_ROW (rapport_statement_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportStatementRow, rapport_statement_row, RAPPORT, STATEMENT_ROW, AdwBin)

RapportPeecStatement *rapport_statement_row_get_statement (RapportStatementRow  *self);
void                  rapport_statement_row_set_statement (RapportStatementRow  *self,
                                                           RapportPeecStatement *statement);
char                 *rapport_peec_statement_dup_text     (RapportPeecStatement *statement);
char                 *rapport_peec_statement_dup_title    (RapportPeecStatement *statement);

G_END_DECLS
