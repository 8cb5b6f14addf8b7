/* rapport-partial-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_PARTIAL_DATE (rapport_partial_date_get_type ())

/**
 * RapportPartialDate:
 * @year: the year (1–9999), or 0 when not known
 * @month: the month (1–12), or 0 when not known
 * @day: the day of the month (1–31), or 0 when not known
 *
 * A date of which any part may be unknown: a birthday without a year, or
 * "we met in spring 2019". A value type: copy it by assignment.
 */
typedef struct
{
  guint16 year;
  guint8  month;
  guint8  day;
} RapportPartialDate;

#define RAPPORT_PARTIAL_DATE_INIT ((RapportPartialDate) { 0, 0, 0 })

GType               rapport_partial_date_get_type  (void) G_GNUC_CONST;
RapportPartialDate *rapport_partial_date_copy      (const RapportPartialDate *date);
void                rapport_partial_date_free      (RapportPartialDate       *date);
gboolean            rapport_partial_date_is_empty  (const RapportPartialDate *date);
gboolean            rapport_partial_date_is_valid  (const RapportPartialDate *date);
gboolean            rapport_partial_date_equal     (const RapportPartialDate *a,
                                                    const RapportPartialDate *b);
int                 rapport_partial_date_compare   (const RapportPartialDate *a,
                                                    const RapportPartialDate *b);
gboolean            rapport_partial_date_parse     (const char               *text,
                                                    RapportPartialDate       *date,
                                                    GError                  **error);
char               *rapport_partial_date_to_iso    (const RapportPartialDate *date);
char               *rapport_partial_date_format    (const RapportPartialDate *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportPartialDate, rapport_partial_date_free)

G_END_DECLS
