/* rapport-partial-date-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-partial-date.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PARTIAL_DATE_ROW (rapport_partial_date_row_get_type ())

G_DECLARE_FINAL_TYPE (RapportPartialDateRow, rapport_partial_date_row, RAPPORT, PARTIAL_DATE_ROW, AdwActionRow)

const RapportPartialDate *rapport_partial_date_row_get_date  (RapportPartialDateRow    *self);
void                      rapport_partial_date_row_set_date  (RapportPartialDateRow    *self,
                                                              const RapportPartialDate *date);
gboolean                  rapport_partial_date_row_get_valid (RapportPartialDateRow    *self);
void                      rapport_partial_date_row_set_parts (RapportPartialDateRow    *self,
                                                              guint                     day,
                                                              guint                     month,
                                                              const char               *year);

G_END_DECLS
