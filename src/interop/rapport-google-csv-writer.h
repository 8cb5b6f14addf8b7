/* rapport-google-csv-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *rapport_google_csv_write (GPtrArray *contacts);

G_END_DECLS
