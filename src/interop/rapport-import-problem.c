/* rapport-import-problem.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an import could not take, and where: the readers never stop at a bad
 * card or row, they leave it out and say why.
 */

#define G_LOG_DOMAIN "rapport-import-problem"

#include "config.h"

#include "rapport-import-problem.h"

/* A hostile file could hold millions of bad cards: the report stops growing
 * here, and its last entry says so. */
#define MAX_PROBLEMS 1000

G_DEFINE_BOXED_TYPE (RapportImportProblem, rapport_import_problem,
                     rapport_import_problem_copy, rapport_import_problem_free)

/**
 * rapport_import_problem_new:
 * @where: the card or line number, from 1 (0 for the whole file)
 * @skipped: whether the card or row was left out
 * @message: the explanation
 *
 * Returns: (transfer full): a new problem
 */
RapportImportProblem *
rapport_import_problem_new (guint       where,
                            gboolean    skipped,
                            const char *message)
{
  RapportImportProblem *problem = g_new0 (RapportImportProblem, 1);

  problem->where = where;
  problem->skipped = !!skipped;
  problem->message = g_strdup (message ? message : "");
  return problem;
}

/**
 * rapport_import_problem_copy:
 * @problem: a problem
 *
 * Returns: (transfer full): a copy of @problem
 */
RapportImportProblem *
rapport_import_problem_copy (const RapportImportProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return rapport_import_problem_new (problem->where, problem->skipped, problem->message);
}

/**
 * rapport_import_problem_free:
 * @problem: (nullable) (transfer full): a problem
 */
void
rapport_import_problem_free (RapportImportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

/**
 * rapport_import_problems_new:
 *
 * Returns: (transfer full) (element-type RapportImportProblem): an empty report
 */
GPtrArray *
rapport_import_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rapport_import_problem_free);
}

/**
 * rapport_import_problems_add:
 * @problems: (nullable) (element-type RapportImportProblem): a report, or %NULL
 * @where: the card or line number
 * @skipped: whether the card or row was left out
 * @format: a printf() format for the message
 *
 * Adds a problem, unless the report is full.
 */
void
rapport_import_problems_add (GPtrArray  *problems,
                             guint       where,
                             gboolean    skipped,
                             const char *format,
                             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (problems == NULL || problems->len > MAX_PROBLEMS)
    return;

  if (problems->len == MAX_PROBLEMS)
    {
      /* The marker entry: nothing is added after it. */
      g_ptr_array_add (problems, rapport_import_problem_new (where, FALSE, "…"));
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, rapport_import_problem_new (where, skipped, message));
}
