/* rapport-contact-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who knows whom: a link as one of its two people sees it, and the words
 * for it on either side ("Introduced by Ben Ng" on Ana's page, "Introduced
 * you to Ana Silva" on Ben's).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-contact-link.h"

/* The choices of the "Link To" dialog: each kind, from each side where
 * the two sides differ. */
static const struct
{
  RapportLinkKind kind;
  gboolean outgoing;
} relations[RAPPORT_N_LINK_RELATIONS] = {
  { RAPPORT_LINK_INTRODUCED_BY, TRUE },
  { RAPPORT_LINK_INTRODUCED_BY, FALSE },
  { RAPPORT_LINK_WORKS_WITH, TRUE },
  { RAPPORT_LINK_FAMILY, TRUE },
  { RAPPORT_LINK_PARTNER, TRUE },
  { RAPPORT_LINK_MENTOR, TRUE },
  { RAPPORT_LINK_MENTOR, FALSE },
  { RAPPORT_LINK_FRIEND, TRUE },
};

void
rapport_contact_link_free (RapportContactLink *self)
{
  if (self == NULL)
    return;
  g_free (self->other_name);
  g_free (self);
}

/**
 * rapport_contact_link_describe:
 *
 * Returns: (transfer full): the link in words, e.g. "Introduced by Ben Ng"
 */
char *
rapport_contact_link_describe (const RapportContactLink *self)
{
  const char *name;

  g_return_val_if_fail (self != NULL, NULL);

  name = self->other_name != NULL ? self->other_name : "";
  switch (self->kind)
    {
    case RAPPORT_LINK_INTRODUCED_BY:
      if (self->outgoing)
        /* TRANSLATORS: how two people know each other, e.g. "Introduced by Ben Ng" */
        return g_strdup_printf (_("Introduced by %s"), name);
      /* TRANSLATORS: on the page of the person who introduced someone, e.g. "Introduced you to Ana Silva" */
      return g_strdup_printf (_("Introduced you to %s"), name);
    case RAPPORT_LINK_WORKS_WITH:
      /* TRANSLATORS: e.g. "Works with Ben Ng" */
      return g_strdup_printf (_("Works with %s"), name);
    case RAPPORT_LINK_FAMILY:
      /* TRANSLATORS: e.g. "Family of Ben Ng" */
      return g_strdup_printf (_("Family of %s"), name);
    case RAPPORT_LINK_PARTNER:
      /* TRANSLATORS: e.g. "Partner of Ben Ng" */
      return g_strdup_printf (_("Partner of %s"), name);
    case RAPPORT_LINK_MENTOR:
      if (self->outgoing)
        /* TRANSLATORS: e.g. "Mentor of Ben Ng" */
        return g_strdup_printf (_("Mentor of %s"), name);
      /* TRANSLATORS: e.g. "Mentored by Ana Silva" */
      return g_strdup_printf (_("Mentored by %s"), name);
    case RAPPORT_LINK_FRIEND:
    default:
      /* TRANSLATORS: e.g. "Friend of Ben Ng" */
      return g_strdup_printf (_("Friend of %s"), name);
    }
}

/**
 * rapport_link_relation_get_label:
 * @relation: below %RAPPORT_N_LINK_RELATIONS
 *
 * Returns: the relation as a choice, e.g. "Introduced by"
 */
const char *
rapport_link_relation_get_label (guint relation)
{
  g_return_val_if_fail (relation < RAPPORT_N_LINK_RELATIONS, NULL);

  switch (relation)
    {
    case 0: return C_("link", "Introduced by");
    case 1: return C_("link", "Introduced you to");
    case 2: return C_("link", "Works with");
    case 3: return C_("link", "Family of");
    case 4: return C_("link", "Partner of");
    case 5: return C_("link", "Mentor of");
    case 6: return C_("link", "Mentored by");
    case 7:
    default:
      return C_("link", "Friend of");
    }
}

/**
 * rapport_link_relation_get_kind:
 * @relation: below %RAPPORT_N_LINK_RELATIONS
 * @kind: (out): the kind of link it makes
 * @outgoing: (out): whether the person it is chosen for stands first
 */
void
rapport_link_relation_get_kind (guint            relation,
                                RapportLinkKind *kind,
                                gboolean        *outgoing)
{
  g_return_if_fail (relation < RAPPORT_N_LINK_RELATIONS);

  *kind = relations[relation].kind;
  *outgoing = relations[relation].outgoing;
}
