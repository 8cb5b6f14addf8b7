/* rapport-bench-app-triage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rapport-window.h"

G_BEGIN_DECLS

void rapport_bench_app_triage (RapportWindow *window,
                               sqlite3       *raw,
                               int            runs);

G_END_DECLS
