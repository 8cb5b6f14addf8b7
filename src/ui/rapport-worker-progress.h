/* rapport-worker-progress.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void rapport_worker_progress_cb (guint    done,
                                 guint    total,
                                 gpointer progress_bar);

G_END_DECLS
