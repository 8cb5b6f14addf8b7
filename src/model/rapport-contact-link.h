/* rapport-contact-link.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-enums.h"

G_BEGIN_DECLS

/**
 * RapportContactLink:
 * @id: the link's id in the store
 * @other_id: the other person
 * @other_name: their name, as shown
 * @kind: how the two know each other
 * @outgoing: whether the person whose link this is stands first in @kind
 *   ("introduced by", "mentor of"), rather than the other
 *
 * A link between two people, as one of them sees it.
 */
typedef struct
{
  gint64 id;
  gint64 other_id;
  char *other_name;
  RapportLinkKind kind;
  gboolean outgoing;
} RapportContactLink;

/* The ways to link one person to another, as offered from their page. */
#define RAPPORT_N_LINK_RELATIONS 8

void        rapport_contact_link_free              (RapportContactLink *self);
char       *rapport_contact_link_describe          (const RapportContactLink *self);
const char *rapport_link_relation_get_label        (guint               relation);
void        rapport_link_relation_get_kind         (guint               relation,
                                                    RapportLinkKind    *kind,
                                                    gboolean           *outgoing);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportContactLink, rapport_contact_link_free)

G_END_DECLS
