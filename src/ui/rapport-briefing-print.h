/* rapport-briefing-print.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-briefing.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_BRIEFING_PRINT (rapport_briefing_print_get_type ())

G_DECLARE_FINAL_TYPE (RapportBriefingPrint, rapport_briefing_print, RAPPORT, BRIEFING_PRINT, GtkPrintOperation)

GtkPrintOperation *rapport_briefing_print_new (RapportBriefing *briefing,
                                               const GDate     *since);

G_END_DECLS
