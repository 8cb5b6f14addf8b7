/* rapport-text-fold.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *rapport_text_fold_letter (gunichar    c);
char       *rapport_text_fold        (const char *text);

G_END_DECLS
