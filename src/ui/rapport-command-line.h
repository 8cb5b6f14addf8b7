/* rapport-command-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean rapport_command_line_check_calendar (const char *path);
int      rapport_command_line_import         (const char *path);
int      rapport_command_line_export         (const char *path);

G_END_DECLS
