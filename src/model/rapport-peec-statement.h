/* rapport-peec-statement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEEC_STATEMENT (rapport_peec_statement_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeecStatement, rapport_peec_statement, RAPPORT, PEEC_STATEMENT, GObject)

RapportPeecStatement *rapport_peec_statement_new                (void);
gint64                rapport_peec_statement_get_id             (RapportPeecStatement *self);
void                  rapport_peec_statement_set_id             (RapportPeecStatement *self,
                                                                 gint64                id);
const char           *rapport_peec_statement_get_title          (RapportPeecStatement *self);
void                  rapport_peec_statement_set_title          (RapportPeecStatement *self,
                                                                 const char           *title);
const char           *rapport_peec_statement_get_audience       (RapportPeecStatement *self);
void                  rapport_peec_statement_set_audience       (RapportPeecStatement *self,
                                                                 const char           *audience);
const char           *rapport_peec_statement_get_profession     (RapportPeecStatement *self);
void                  rapport_peec_statement_set_profession     (RapportPeecStatement *self,
                                                                 const char           *profession);
const char           *rapport_peec_statement_get_expertise      (RapportPeecStatement *self);
void                  rapport_peec_statement_set_expertise      (RapportPeecStatement *self,
                                                                 const char           *expertise);
const char           *rapport_peec_statement_get_environment    (RapportPeecStatement *self);
void                  rapport_peec_statement_set_environment    (RapportPeecStatement *self,
                                                                 const char           *environment);
const char           *rapport_peec_statement_get_call_to_action (RapportPeecStatement *self);
void                  rapport_peec_statement_set_call_to_action (RapportPeecStatement *self,
                                                                 const char           *call_to_action);
GDateTime            *rapport_peec_statement_get_created_at     (RapportPeecStatement *self);
GDateTime            *rapport_peec_statement_get_updated_at     (RapportPeecStatement *self);
void                  rapport_peec_statement_set_timestamps     (RapportPeecStatement *self,
                                                                 GDateTime            *created_at,
                                                                 GDateTime            *updated_at);

G_END_DECLS
