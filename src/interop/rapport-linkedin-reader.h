/* rapport-linkedin-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-contact.h"
#include "rapport-import-problem.h"

G_BEGIN_DECLS

GPtrArray *rapport_linkedin_read            (const char          *data,
                                             gsize                len,
                                             GPtrArray           *problems,
                                             GError             **error);
gboolean   rapport_linkedin_is_header       (const char * const  *row);
gboolean   rapport_linkedin_parse_date      (const char          *text,
                                             RapportPartialDate  *date);

G_END_DECLS
