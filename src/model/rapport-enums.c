/* rapport-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-enums.h"

/**
 * rapport_closeness_get_label:
 *
 * Returns: the translated name of @closeness
 */
const char *
rapport_closeness_get_label (RapportCloseness closeness)
{
  switch (closeness)
    {
    case RAPPORT_CLOSENESS_INNER_CIRCLE: return C_("closeness", "Inner circle");
    case RAPPORT_CLOSENESS_FRIEND: return C_("closeness", "Friend");
    case RAPPORT_CLOSENESS_ACQUAINTANCE: return C_("closeness", "Acquaintance");
    case RAPPORT_CLOSENESS_ONLINE_ONLY: return C_("closeness", "Online only");
    case RAPPORT_CLOSENESS_UNKNOWN:
    default:
      return C_("closeness", "Not set");
    }
}

/**
 * rapport_interaction_kind_get_label:
 *
 * Returns: the translated name of @kind
 */
const char *
rapport_interaction_kind_get_label (RapportInteractionKind kind)
{
  switch (kind)
    {
    case RAPPORT_INTERACTION_MET_IN_PERSON: return _("Met in person");
    case RAPPORT_INTERACTION_CALL: return C_("interaction kind", "Call");
    case RAPPORT_INTERACTION_VIDEO: return C_("interaction kind", "Video call");
    case RAPPORT_INTERACTION_MESSAGE: return C_("interaction kind", "Message");
    case RAPPORT_INTERACTION_EMAIL: return C_("interaction kind", "Email");
    case RAPPORT_INTERACTION_EVENT: return C_("interaction kind", "Event");
    case RAPPORT_INTERACTION_NOTE: return C_("interaction kind", "Note");
    case RAPPORT_INTERACTION_INTRODUCTION_MADE: return C_("interaction kind", "Introduction made");
    case RAPPORT_INTERACTION_HELP_GIVEN: return C_("interaction kind", "Help given");
    case RAPPORT_INTERACTION_HELP_RECEIVED: return C_("interaction kind", "Help received");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * rapport_interaction_kind_is_contact:
 *
 * A note is something you wrote down, not time spent with someone: it does
 * not count as contact for "last contacted".
 *
 * Returns: whether an interaction of @kind means you were in touch
 */
gboolean
rapport_interaction_kind_is_contact (RapportInteractionKind kind)
{
  return kind != RAPPORT_INTERACTION_NOTE;
}
