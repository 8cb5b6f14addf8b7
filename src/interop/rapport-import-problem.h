/* rapport-import-problem.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_IMPORT_PROBLEM (rapport_import_problem_get_type ())

/**
 * RapportImportProblem:
 * @where: the card number (vCard) or line number (CSV) it concerns, from 1
 * @skipped: whether the whole card or row was left out
 * @message: what went wrong, in the user's language
 *
 * One entry of an import's report. A value type with a boxed GType.
 */
typedef struct
{
  guint     where;
  gboolean  skipped;
  char     *message;
} RapportImportProblem;

GType                 rapport_import_problem_get_type (void) G_GNUC_CONST;
RapportImportProblem *rapport_import_problem_new      (guint                       where,
                                                       gboolean                    skipped,
                                                       const char                 *message);
RapportImportProblem *rapport_import_problem_copy     (const RapportImportProblem *problem);
void                  rapport_import_problem_free     (RapportImportProblem       *problem);
GPtrArray            *rapport_import_problems_new     (void);
void                  rapport_import_problems_add     (GPtrArray                  *problems,
                                                       guint                       where,
                                                       gboolean                    skipped,
                                                       const char                 *format,
                                                       ...) G_GNUC_PRINTF (4, 5);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportImportProblem, rapport_import_problem_free)

G_END_DECLS
