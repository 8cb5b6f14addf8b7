/* rapport-id-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     rapport_id_list_replace      (GListModel  *model,
                                       GArray     **ids,
                                       GArray      *new_ids);
gboolean rapport_id_list_replace_head (GListModel  *model,
                                       GArray     **ids,
                                       guint       *n_items,
                                       GArray      *new_ids,
                                       guint        n_head);

G_END_DECLS
