/* rapport-peec-hints.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rapport-peec-statement.h"

G_BEGIN_DECLS

/* A statement should take about 30 seconds or less to say... */
#define RAPPORT_PEEC_MAX_SECONDS 30
/* ...and say what you do, Profession and Expertise, in 17 words or fewer. */
#define RAPPORT_PEEC_MAX_INTRODUCTION_WORDS 17

/**
 * RapportPeecPart:
 * @RAPPORT_PEEC_PART_PROFESSION: what you do
 * @RAPPORT_PEEC_PART_EXPERTISE: what you are especially good at
 * @RAPPORT_PEEC_PART_ENVIRONMENT: where, and for whom
 * @RAPPORT_PEEC_PART_CALL_TO_ACTION: what the listener can do for you
 * @RAPPORT_PEEC_PART_WHOLE: the statement as a whole
 *
 * The parts of a PEEC statement, and the part a hint is about.
 */
typedef enum
{
  RAPPORT_PEEC_PART_PROFESSION,
  RAPPORT_PEEC_PART_EXPERTISE,
  RAPPORT_PEEC_PART_ENVIRONMENT,
  RAPPORT_PEEC_PART_CALL_TO_ACTION,
  RAPPORT_PEEC_PART_WHOLE,
} RapportPeecPart;

/* The four written parts; RAPPORT_PEEC_PART_WHOLE is not one. */
#define RAPPORT_PEEC_N_PARTS 4

/**
 * RapportPeecHintKind:
 * @RAPPORT_PEEC_HINT_MISSING: a part is empty
 * @RAPPORT_PEEC_HINT_TOO_LONG: the statement takes more than about 30 seconds to say
 * @RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG: Profession and Expertise take more than 17 words
 * @RAPPORT_PEEC_HINT_VAGUE_CALL: the call to action names no kind of person and no trigger
 * @RAPPORT_PEEC_HINT_BUZZWORD: a word a stranger would not follow
 * @RAPPORT_PEEC_HINT_ABOUT_YOU: the statement never says whom you help
 *
 * What a hint is about. Hints are advice, never a reason to refuse a statement.
 */
typedef enum
{
  RAPPORT_PEEC_HINT_MISSING,
  RAPPORT_PEEC_HINT_TOO_LONG,
  RAPPORT_PEEC_HINT_INTRODUCTION_TOO_LONG,
  RAPPORT_PEEC_HINT_VAGUE_CALL,
  RAPPORT_PEEC_HINT_BUZZWORD,
  RAPPORT_PEEC_HINT_ABOUT_YOU,
} RapportPeecHintKind;

#define RAPPORT_TYPE_PEEC_PART (rapport_peec_part_get_type ())
#define RAPPORT_TYPE_PEEC_HINT_KIND (rapport_peec_hint_kind_get_type ())
#define RAPPORT_TYPE_PEEC_HINT (rapport_peec_hint_get_type ())

typedef struct _RapportPeecHint RapportPeecHint;

GType                rapport_peec_part_get_type        (void);
GType                rapport_peec_hint_kind_get_type   (void);
GType                rapport_peec_hint_get_type        (void);

const char          *rapport_peec_part_get_label       (RapportPeecPart        part);

RapportPeecHint     *rapport_peec_hint_ref             (RapportPeecHint       *hint);
void                 rapport_peec_hint_unref           (RapportPeecHint       *hint);
RapportPeecPart      rapport_peec_hint_get_part        (const RapportPeecHint *hint);
RapportPeecHintKind  rapport_peec_hint_get_kind        (const RapportPeecHint *hint);
const char          *rapport_peec_hint_get_message     (const RapportPeecHint *hint);

GPtrArray           *rapport_peec_check                (const char            *profession,
                                                        const char            *expertise,
                                                        const char            *environment,
                                                        const char            *call_to_action);
GPtrArray           *rapport_peec_check_statement      (RapportPeecStatement  *statement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportPeecHint, rapport_peec_hint_unref)

G_END_DECLS
