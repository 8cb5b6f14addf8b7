/* rapport-charset.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *rapport_charset_decode_windows_1252 (const char *data,
                                           gsize       len);
char *rapport_charset_to_utf8             (const char *data,
                                           gsize       len,
                                           const char *charset);
char *rapport_charset_clean_input         (const char *data,
                                           gsize       len,
                                           gsize      *out_len);

G_END_DECLS
