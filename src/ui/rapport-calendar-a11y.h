/* rapport-calendar-a11y.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void rapport_calendar_a11y_setup (GtkCalendar *calendar);

G_END_DECLS
