/* rapport-peec-composer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

/* The parts, and the hints on them: whoever composes a statement checks it. */
#include "rapport-peec-hints.h"
#include "rapport-peec-statement.h"

G_BEGIN_DECLS

/* About 150 words a minute, spoken. */
#define RAPPORT_PEEC_WORDS_PER_MINUTE 150

char                *rapport_peec_compose              (const char            *profession,
                                                        const char            *expertise,
                                                        const char            *environment,
                                                        const char            *call_to_action);
char                *rapport_peec_compose_statement    (RapportPeecStatement  *statement);

guint                rapport_peec_count_words          (const char            *text);
guint                rapport_peec_speaking_seconds     (guint                  n_words);
char                *rapport_peec_format_speaking_time (guint                  seconds);

G_END_DECLS
