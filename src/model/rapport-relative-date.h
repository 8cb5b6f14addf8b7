/* rapport-relative-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *rapport_format_days_ago  (const GDate *date,
                                const GDate *today);
char *rapport_format_day       (const GDate *date,
                                const GDate *today);
char *rapport_format_month     (const GDate *date);
void  rapport_date_set_today   (GDate       *date);

G_END_DECLS
