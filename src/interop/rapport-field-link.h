/* rapport-field-link.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-enums.h"

G_BEGIN_DECLS

/**
 * RapportFieldLink:
 * @RAPPORT_FIELD_LINK_NONE: nothing to open (empty, or a postal address)
 * @RAPPORT_FIELD_LINK_OPEN: a link that is safe to hand to another app
 * @RAPPORT_FIELD_LINK_REFUSED: a kind of link Rapport does not open; the
 *   value is shown as text to copy, with a warning
 */
typedef enum
{
  RAPPORT_FIELD_LINK_NONE,
  RAPPORT_FIELD_LINK_OPEN,
  RAPPORT_FIELD_LINK_REFUSED,
} RapportFieldLink;

RapportFieldLink rapport_field_link_build          (RapportFieldKind  kind,
                                                    const char       *value,
                                                    char            **uri);
gboolean         rapport_field_link_scheme_allowed (const char       *scheme);
char            *rapport_field_link_build_mailto   (const char * const *to,
                                                    const char         *subject,
                                                    const char         *body);

G_END_DECLS
