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
    case RAPPORT_CLOSENESS_INNER_CIRCLE: return _("Inner circle");
    case RAPPORT_CLOSENESS_FRIEND: return _("Friend");
    case RAPPORT_CLOSENESS_ACQUAINTANCE: return _("Acquaintance");
    case RAPPORT_CLOSENESS_ONLINE_ONLY: return _("Online only");
    case RAPPORT_CLOSENESS_UNKNOWN:
    default:
      return _("Not set");
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
    case RAPPORT_INTERACTION_CALL: return _("Call");
    case RAPPORT_INTERACTION_VIDEO: return _("Video call");
    case RAPPORT_INTERACTION_MESSAGE: return _("Message");
    case RAPPORT_INTERACTION_EMAIL: return _("Email");
    case RAPPORT_INTERACTION_EVENT: return _("Event");
    case RAPPORT_INTERACTION_NOTE: return _("Note");
    case RAPPORT_INTERACTION_INTRODUCTION_MADE: return _("Introduction made");
    case RAPPORT_INTERACTION_HELP_GIVEN: return _("Help given");
    case RAPPORT_INTERACTION_HELP_RECEIVED: return _("Help received");
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
