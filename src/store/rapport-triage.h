/* rapport-triage.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-people-query.h"
#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportTriageAnswer:
 * @RAPPORT_TRIAGE_INNER_CIRCLE: closeness becomes inner circle
 * @RAPPORT_TRIAGE_FRIEND: closeness becomes friend
 * @RAPPORT_TRIAGE_ACQUAINTANCE: closeness becomes acquaintance
 * @RAPPORT_TRIAGE_ONLINE_ONLY: closeness becomes online only
 * @RAPPORT_TRIAGE_SKIP: nothing changes; the next person
 * @RAPPORT_TRIAGE_ARCHIVE: the person goes to the archive
 *
 * One answer to "how close are you?". The first four are the
 * #RapportCloseness values they set.
 */
typedef enum
{
  RAPPORT_TRIAGE_INNER_CIRCLE = RAPPORT_CLOSENESS_INNER_CIRCLE,
  RAPPORT_TRIAGE_FRIEND = RAPPORT_CLOSENESS_FRIEND,
  RAPPORT_TRIAGE_ACQUAINTANCE = RAPPORT_CLOSENESS_ACQUAINTANCE,
  RAPPORT_TRIAGE_ONLINE_ONLY = RAPPORT_CLOSENESS_ONLINE_ONLY,
  RAPPORT_TRIAGE_SKIP,
  RAPPORT_TRIAGE_ARCHIVE,
} RapportTriageAnswer;

#define RAPPORT_TRIAGE_ANSWER_LAST RAPPORT_TRIAGE_ARCHIVE

/**
 * RapportTriageCard:
 * @contact: the person
 * @last: (nullable): the latest thing that happened with them
 * @introduced: (nullable): the people they were introduced to or by, as
 *   the timelines' introductions say, joined for reading ("Ana Silva, Ben Ng")
 *
 * What Rapport knows about one person, read ahead of time. Read-only.
 */
typedef struct
{
  RapportContact     *contact;
  RapportInteraction *last;
  char               *introduced;
} RapportTriageCard;

#define RAPPORT_TYPE_TRIAGE (rapport_triage_get_type ())

G_DECLARE_FINAL_TYPE (RapportTriage, rapport_triage, RAPPORT, TRIAGE, GObject)

GArray                  *rapport_triage_list_newest    (RapportStore             *store,
                                                        const char               *tag,
                                                        GError                  **error);
GArray                  *rapport_triage_list_matching  (RapportStore             *store,
                                                        const RapportPeopleQuery *query,
                                                        GError                  **error);
GArray                  *rapport_triage_list_among     (RapportStore             *store,
                                                        GArray                   *ids,
                                                        GError                  **error);

RapportTriage           *rapport_triage_new            (RapportStore             *store,
                                                        GArray                   *ids);
guint                    rapport_triage_get_n_people   (RapportTriage            *self);
guint                    rapport_triage_get_n_left     (RapportTriage            *self);
guint                    rapport_triage_get_n_undoable (RapportTriage            *self);
const RapportTriageCard *rapport_triage_get_current    (RapportTriage            *self);
void                     rapport_triage_prefetch       (RapportTriage            *self);
gboolean                 rapport_triage_answer         (RapportTriage            *self,
                                                        RapportTriageAnswer       answer,
                                                        GError                  **error);
gboolean                 rapport_triage_undo           (RapportTriage            *self,
                                                        RapportTriageAnswer      *answer,
                                                        GError                  **error);
void                     rapport_triage_tell_changes   (RapportTriage            *self);

G_END_DECLS
