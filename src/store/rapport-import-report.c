/* rapport-import-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an import did: who was added, who was updated (with what was brought
 * in, so that it can be undone), who was already there as the file has
 * them, what was skipped and why (by card or line), and who shares a name
 * with someone already in Rapport — for the user to say whether they are
 * the same person.
 */

#define G_LOG_DOMAIN "rapport-import-report"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-import-report.h"

struct _RapportImportReport
{
  GObject parent_instance;

  RapportImportFormat format;
  GArray *added;            /* gint64 */
  GArray *updated;          /* gint64 */
  GPtrArray *merges;        /* RapportContactMerge, one per updated */
  guint n_unchanged;
  GPtrArray *problems;      /* RapportImportProblem */
  GPtrArray *duplicates;    /* RapportPossibleDuplicate */
  GPtrArray *user_merges;   /* RapportMerge, made from the report, in order */
};

G_DEFINE_FINAL_TYPE (RapportImportReport, rapport_import_report, G_TYPE_OBJECT)

static void
duplicate_free (gpointer data)
{
  RapportPossibleDuplicate *duplicate = data;

  g_array_unref (duplicate->existing_ids);
  g_free (duplicate->name);
  g_free (duplicate->shared);
  g_clear_object (&duplicate->merge);
  g_free (duplicate);
}

static void
rapport_import_report_finalize (GObject *object)
{
  RapportImportReport *self = RAPPORT_IMPORT_REPORT (object);

  g_array_unref (self->added);
  g_array_unref (self->updated);
  g_ptr_array_unref (self->merges);
  g_ptr_array_unref (self->problems);
  g_ptr_array_unref (self->duplicates);
  g_ptr_array_unref (self->user_merges);

  G_OBJECT_CLASS (rapport_import_report_parent_class)->finalize (object);
}

static void
rapport_import_report_class_init (RapportImportReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_import_report_finalize;
}

static void
rapport_import_report_init (RapportImportReport *self)
{
  self->added = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->updated = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->merges = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = rapport_import_problems_new ();
  self->duplicates = g_ptr_array_new_with_free_func (duplicate_free);
  self->user_merges = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * rapport_import_report_new:
 * @format: the kind of file imported
 *
 * Returns: (transfer full): an empty report
 */
RapportImportReport *
rapport_import_report_new (RapportImportFormat format)
{
  RapportImportReport *self = g_object_new (RAPPORT_TYPE_IMPORT_REPORT, NULL);

  self->format = format;
  return self;
}

RapportImportFormat
rapport_import_report_get_format (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), RAPPORT_IMPORT_FORMAT_UNKNOWN);
  return self->format;
}

/**
 * rapport_import_report_get_added:
 *
 * Returns: (transfer none) (element-type gint64): the people added
 */
GArray *
rapport_import_report_get_added (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), NULL);
  return self->added;
}

guint
rapport_import_report_get_n_updated (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), 0);
  return self->updated->len;
}

guint
rapport_import_report_get_n_unchanged (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), 0);
  return self->n_unchanged;
}

/**
 * rapport_import_report_get_n_skipped:
 *
 * Returns: how many cards or rows were left out
 */
guint
rapport_import_report_get_n_skipped (RapportImportReport *self)
{
  guint n = 0;

  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), 0);

  for (guint i = 0; i < self->problems->len; i++)
    if (((RapportImportProblem *) g_ptr_array_index (self->problems, i))->skipped)
      n++;
  return n;
}

/**
 * rapport_import_report_get_problems:
 *
 * Returns: (transfer none) (element-type RapportImportProblem): what was
 *   skipped or only partly read, in file order
 */
GPtrArray *
rapport_import_report_get_problems (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), NULL);
  return self->problems;
}

/**
 * rapport_import_report_get_duplicates:
 *
 * Returns: (transfer none) (element-type RapportPossibleDuplicate): people
 *   added who share a name with someone already there
 */
GPtrArray *
rapport_import_report_get_duplicates (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), NULL);
  return self->duplicates;
}

/**
 * rapport_import_report_dup_changed_ids:
 *
 * Returns: (transfer full) (element-type gint64): everyone added or updated
 */
GArray *
rapport_import_report_dup_changed_ids (RapportImportReport *self)
{
  GArray *ids;

  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), NULL);

  ids = g_array_copy (self->added);
  g_array_append_vals (ids, self->updated->data, self->updated->len);
  return ids;
}

/**
 * rapport_import_report_dup_summary:
 *
 * Returns: (transfer full): one line: "12 added, 3 updated, 1 skipped"
 */
char *
rapport_import_report_dup_summary (RapportImportReport *self)
{
  guint added, updated, unchanged, skipped;
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *unchanged_text = NULL;
  g_autofree char *skipped_text = NULL;

  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), NULL);

  added = self->added->len;
  updated = self->updated->len;
  unchanged = self->n_unchanged;
  skipped = rapport_import_report_get_n_skipped (self);
  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", added), added);
  updated_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
  unchanged_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u already up to date",
                                                 "%u already up to date", unchanged), unchanged);
  skipped_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped", skipped), skipped);

  /* Translators: an import's counts, as in "12 added, 3 updated, 40 already up to date, 1 skipped" */
  return g_strdup_printf (_("%s, %s, %s, %s"), added_text, updated_text, unchanged_text, skipped_text);
}

void
rapport_import_report_add_added (RapportImportReport *self,
                                 gint64               id)
{
  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));
  g_array_append_val (self->added, id);
}

void
rapport_import_report_add_updated (RapportImportReport *self,
                                   gint64               id,
                                   RapportContactMerge *merge)
{
  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));
  g_return_if_fail (RAPPORT_IS_CONTACT_MERGE (merge));
  g_array_append_val (self->updated, id);
  g_ptr_array_add (self->merges, g_object_ref (merge));
}

void
rapport_import_report_add_unchanged (RapportImportReport *self)
{
  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));
  self->n_unchanged++;
}

/**
 * rapport_import_report_add_duplicate:
 * @existing_ids: (element-type gint64): everyone it may be, at least one
 * @shared: (nullable): the detail in common, for %RAPPORT_DUPLICATE_SHARED_DETAIL
 */
void
rapport_import_report_add_duplicate (RapportImportReport    *self,
                                     gint64                  added_id,
                                     RapportDuplicateReason  reason,
                                     GArray                 *existing_ids,
                                     const char             *name,
                                     const char             *shared)
{
  RapportPossibleDuplicate *duplicate;

  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));
  g_return_if_fail (existing_ids != NULL && existing_ids->len > 0);

  duplicate = g_new0 (RapportPossibleDuplicate, 1);
  duplicate->added_id = added_id;
  duplicate->existing_ids = g_array_copy (existing_ids);
  duplicate->existing_id = g_array_index (existing_ids, gint64, 0);
  duplicate->reason = reason;
  duplicate->name = g_strdup (name);
  duplicate->shared = g_strdup (shared);
  g_ptr_array_add (self->duplicates, duplicate);
}

/**
 * rapport_import_report_set_merged:
 * @duplicate: one of the report's duplicates
 * @merge: (nullable): the merge the user made of it, which undoing the
 *   import takes back first; %NULL once taken back on its own
 */
void
rapport_import_report_set_merged (RapportImportReport      *self,
                                  RapportPossibleDuplicate *duplicate,
                                  RapportMerge             *merge)
{
  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));
  g_return_if_fail (duplicate != NULL);

  if (duplicate->merge != NULL)
    g_ptr_array_remove (self->user_merges, duplicate->merge);
  g_set_object (&duplicate->merge, merge);
  if (merge != NULL)
    g_ptr_array_add (self->user_merges, g_object_ref (merge));
}

/**
 * rapport_import_report_get_merges:
 *
 * Returns: (transfer none) (element-type RapportMerge): the merges made
 *   from the report and not taken back, in the order they were made
 */
GPtrArray *
rapport_import_report_get_merges (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), NULL);
  return self->user_merges;
}

/**
 * rapport_import_report_take_problems:
 * @problems: (transfer full): the reader's problems
 */
void
rapport_import_report_take_problems (RapportImportReport *self,
                                     GPtrArray           *problems)
{
  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (self->problems, rapport_import_problem_copy (g_ptr_array_index (problems, i)));
  g_clear_pointer (&problems, g_ptr_array_unref);
}

guint
rapport_import_report_get_n_updates (RapportImportReport *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (self), 0);
  return self->updated->len;
}

/**
 * rapport_import_report_get_update:
 * @id: (out): the person updated
 * @merge: (out) (transfer none): what was brought in
 */
void
rapport_import_report_get_update (RapportImportReport  *self,
                                  guint                 position,
                                  gint64               *id,
                                  RapportContactMerge **merge)
{
  g_return_if_fail (RAPPORT_IS_IMPORT_REPORT (self));
  g_return_if_fail (position < self->updated->len);

  *id = g_array_index (self->updated, gint64, position);
  *merge = g_ptr_array_index (self->merges, position);
}
