/* rapport-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing a file: a progress bar with Cancel while a worker thread reads
 * the file and writes it through a connection of its own, in one
 * transaction (Cancel leaves the database exactly as it was); then the
 * report — problems in the file first, then added, updated, already there,
 * and the people who may be someone already in Rapport (a shared name, or
 * a number or email shared by people whose names disagree), each with what
 * tells them apart and Merge…, which asks whom they are; "Keep All Apart";
 * and Undo for the whole import, merges made from it included.
 */

#define G_LOG_DOMAIN "rapport-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-import-dialog.h"
#include "rapport-merge-dialog.h"
#include "rapport-transfer.h"
#include "rapport-worker-progress.h"

/* Rows enough to act on one by one; the rest can be merged later from
 * each person's page. */
#define MAX_DUPLICATE_ROWS 200

struct _RapportImportDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  GtkWidget *undo_button;
  GtkWidget *done_button;
  GtkStack *stack;
  AdwStatusPage *progress_page;
  GtkProgressBar *progress_bar;
  GtkWidget *cancel_button;
  AdwPreferencesGroup *summary_group;
  AdwPreferencesGroup *duplicates_group;
  GtkWidget *keep_apart_button;
  AdwPreferencesGroup *problems_group;
  AdwStatusPage *failed_page;

  /* Owned references */
  RapportStore *store;
  GFile *file;
  GCancellable *cancellable;
  RapportImportReport *report;
  GPtrArray *duplicate_rows;  /* AdwActionRow, borrowed from the group */
  GtkWidget *parent;    /* weak: where the toasts go after closing */
};

G_DEFINE_FINAL_TYPE (RapportImportDialog, rapport_import_dialog, ADW_TYPE_DIALOG)

static void
toast (RapportImportDialog *self,
       const char          *title)
{
  GtkWidget *overlay = self->parent ? gtk_widget_get_ancestor (self->parent, ADW_TYPE_TOAST_OVERLAY) : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RapportImportDialog *self = source_object;
  const char *db_path = task_data;
  RapportImportReport *report;
  GError *error = NULL;

  report = rapport_transfer_import_file (db_path, self->file, cancellable, rapport_worker_progress_cb,
                                         self->progress_bar, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static char *
dup_name (RapportStore *store,
          gint64        id)
{
  g_autoptr(RapportContact) contact = rapport_store_get_contact (store, id, NULL);
  char *name = contact ? rapport_contact_dup_name (contact) : NULL;

  if (name != NULL && *name != '\0')
    return name;
  g_free (name);
  return g_strdup (C_("import report", "Unnamed person"));
}

/* What tells the added person from those they may be: their own company
 * and emails, and why they are here. */
static char *
dup_duplicate_subtitle (RapportImportDialog      *self,
                        RapportPossibleDuplicate *duplicate)
{
  g_autoptr(RapportContact) added = rapport_store_get_contact (self->store, duplicate->added_id, NULL);
  g_autofree char *summary = added ? rapport_merge_dialog_dup_summary (added, FALSE) : g_strdup ("");
  g_autofree char *first = dup_name (self->store, duplicate->existing_id);
  g_autofree char *why = NULL;
  guint others = duplicate->existing_ids->len - 1;

  if (duplicate->merge != NULL)
    {
      g_autofree char *into = dup_name (self->store, rapport_merge_get_into_id (duplicate->merge));

      /* Translators: a possible duplicate the user merged, "Merged into Ana Silva" */
      return g_strdup_printf (_("Merged into %s"), into);
    }

  if (duplicate->reason == RAPPORT_DUPLICATE_SHARED_DETAIL && others == 0)
    /* Translators: "shares +44 20 7946 0000 with Ana Silva" */
    why = g_strdup_printf (_("shares %s with %s"), duplicate->shared, first);
  else if (duplicate->reason == RAPPORT_DUPLICATE_SHARED_DETAIL)
    /* Translators: "shares +44 20 7946 0000 with Ana Silva and 4 others" */
    why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "shares %s with %s and %u other",
                                        "shares %s with %s and %u others", others),
                           duplicate->shared, first, others);
  else if (others == 0)
    why = g_strdup (_("same name as someone in Rapport"));
  else
    /* Translators: a name that several people in Rapport have */
    why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "same name as %u people in Rapport",
                                        "same name as %u people in Rapport", others + 1),
                           others + 1);

  if (*summary == '\0')
    return g_steal_pointer (&why);
  /* Translators: an imported person's company and emails, then why they may be
   * someone already there: "Kestrel Health · ana@example.org — shares … with …" */
  return g_strdup_printf (_("%s — %s"), summary, why);
}

static void
show_merged (RapportImportDialog      *self,
             RapportPossibleDuplicate *duplicate,
             GtkWidget                *row,
             GtkWidget                *button)
{
  g_autofree char *subtitle = dup_duplicate_subtitle (self, duplicate);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_sensitive (button, duplicate->merge == NULL);
  gtk_button_set_label (GTK_BUTTON (button), duplicate->merge ? C_("import report", "Merged") : C_("import report", "_Merge…"));
}

static void
merged_cb (RapportMergeDialog  *dialog,
           RapportMerge        *merge,
           RapportImportDialog *self)
{
  RapportPossibleDuplicate *duplicate = g_object_get_data (G_OBJECT (dialog), "duplicate");
  GtkWidget *button = g_object_get_data (G_OBJECT (dialog), "button");

  /* Undo Import takes it back too. */
  rapport_import_report_set_merged (self->report, duplicate, merge);
  show_merged (self, duplicate, gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW), button);
}

static void
merge_clicked_cb (GtkButton           *button,
                  RapportImportDialog *self)
{
  RapportPossibleDuplicate *duplicate = g_object_get_data (G_OBJECT (button), "duplicate");
  RapportMergeDialog *dialog;

  /* Whom to merge into is for the user to say, with what tells them apart. */
  dialog = rapport_merge_dialog_new_for_candidates (self->store, duplicate->added_id, duplicate->existing_ids);
  g_object_set_data (G_OBJECT (dialog), "duplicate", duplicate);
  g_object_set_data_full (G_OBJECT (dialog), "button", g_object_ref (button), g_object_unref);
  g_signal_connect_object (dialog, "merged", G_CALLBACK (merged_cb), self, 0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

/* They are different people: say so, and leave them as they are. */
static void
keep_apart_clicked_cb (RapportImportDialog *self)
{
  GPtrArray *duplicates = rapport_import_report_get_duplicates (self->report);
  g_autofree char *description = NULL;
  guint n = duplicates->len;

  gtk_widget_set_visible (self->keep_apart_button, FALSE);
  for (guint i = 0; i < self->duplicate_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->duplicate_rows, i);

      if (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (row), "button")))
        gtk_widget_set_visible (row, FALSE);
    }
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u kept apart. To merge someone later, use Merge With… on their page.",
                                              "All %u kept apart. To merge someone later, use Merge With… on their page.",
                                              n),
                                 n);
  adw_preferences_group_set_description (self->duplicates_group, description);
}

static void
show_duplicates (RapportImportDialog *self)
{
  GPtrArray *duplicates = rapport_import_report_get_duplicates (self->report);

  gtk_widget_set_visible (GTK_WIDGET (self->duplicates_group), duplicates->len > 0);
  for (guint i = 0; i < duplicates->len && i < MAX_DUPLICATE_ROWS; i++)
    {
      RapportPossibleDuplicate *duplicate = g_ptr_array_index (duplicates, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (C_("import report", "_Merge…"));
      /* Translators: the accessible name of Merge… on an imported person's row */
      g_autofree char *accessible = g_strdup_printf (_("Merge %s with someone already in Rapport"), duplicate->name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), duplicate->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data (G_OBJECT (button), "duplicate", duplicate);
      g_signal_connect_object (button, "clicked", G_CALLBACK (merge_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      show_merged (self, duplicate, row, button);
      adw_preferences_group_add (self->duplicates_group, row);

      g_object_set_data (G_OBJECT (row), "button", button);
      g_ptr_array_add (self->duplicate_rows, row);
    }

  if (duplicates->len > MAX_DUPLICATE_ROWS)
    {
      GtkWidget *row = adw_action_row_new ();
      guint more = duplicates->len - MAX_DUPLICATE_ROWS;
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more",
                                                             "And %u more", more),
                                                more);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Each was added as their own person: merge them later with Merge With… on their page"));
      adw_preferences_group_add (self->duplicates_group, row);
    }
}

static void
show_report (RapportImportDialog *self)
{
  GPtrArray *problems = rapport_import_report_get_problems (self->report);
  g_autofree char *summary = rapport_import_report_dup_summary (self->report);

  adw_preferences_group_set_description (self->summary_group, summary);

  /* Problems first: a skipped line is easy to miss after a long list. */
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
  for (guint i = 0; i < problems->len; i++)
    {
      RapportImportProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_preferences_group_add (self->problems_group, row);
    }

  show_duplicates (self);

  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_set_visible (self->undo_button,
                          rapport_import_report_get_added (self->report)->len > 0 ||
                          rapport_import_report_get_n_updated (self->report) > 0);
}

static void
finish (RapportImportDialog *self)
{
  adw_dialog_set_can_close (ADW_DIALOG (self), TRUE);
  gtk_widget_set_visible (self->done_button, TRUE);
  gtk_widget_grab_focus (self->done_button);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RapportImportDialog *self = RAPPORT_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) changed = NULL;

  self->report = g_task_propagate_pointer (G_TASK (result), &error);
  finish (self);

  if (self->report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          toast (self, _("Import cancelled: nothing was changed"));
          adw_dialog_close (ADW_DIALOG (self));
          return;
        }
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      return;
    }

  /* Written through another connection: show it here too. */
  changed = rapport_import_report_dup_changed_ids (self->report);
  if (changed->len > 0)
    rapport_store_reload_contacts (self->store, changed);
  show_report (self);
}

static void
cancel_clicked_cb (RapportImportDialog *self)
{
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  g_cancellable_cancel (self->cancellable);
}

static void
close_attempt_cb (RapportImportDialog *self)
{
  /* Closing while it runs means stopping it. */
  cancel_clicked_cb (self);
}

static void
done_clicked_cb (RapportImportDialog *self)
{
  adw_dialog_close (ADW_DIALOG (self));
}

static void
undo_clicked_cb (RapportImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!rapport_store_undo_import (self->store, self->report, &error))
    {
      adw_preferences_group_set_description (self->summary_group, error->message);
      return;
    }
  toast (self, C_("import report", "Import undone"));
  adw_dialog_close (ADW_DIALOG (self));
}

static void
rapport_import_dialog_dispose (GObject *object)
{
  RapportImportDialog *self = RAPPORT_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_IMPORT_DIALOG);
  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->report);
  g_clear_pointer (&self->duplicate_rows, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_import_dialog_parent_class)->dispose (object);
}

static void
rapport_import_dialog_class_init (RapportImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, undo_button);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, duplicates_group);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, keep_apart_button);
  gtk_widget_class_bind_template_child (widget_class, RapportImportDialog, failed_page);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_attempt_cb);
  gtk_widget_class_bind_template_callback (widget_class, done_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, undo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_apart_clicked_cb);
}

static void
rapport_import_dialog_init (RapportImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->duplicate_rows = g_ptr_array_new ();
}

/**
 * rapport_import_dialog_new:
 * @store: where to import
 * @file: a vCard or CSV file
 *
 * Returns: (transfer floating): a dialog that imports @file once presented
 */
RapportImportDialog *
rapport_import_dialog_new (RapportStore *store,
                           GFile        *file)
{
  RapportImportDialog *self;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (RAPPORT_TYPE_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);

  basename = g_file_get_basename (file);
  /* Translators: while importing, "Importing “contacts.vcf”" */
  title = g_strdup_printf (_("Importing “%s”"), basename ? basename : "");
  adw_status_page_set_title (self->progress_page, title);
  return self;
}

/**
 * rapport_import_dialog_present:
 * @parent: the widget the dialog is for; toasts go near it
 *
 * Shows the dialog and starts the import on a worker thread.
 */
void
rapport_import_dialog_present (RapportImportDialog *self,
                               GtkWidget           *parent)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RAPPORT_IS_IMPORT_DIALOG (self));

  g_set_weak_pointer (&self->parent, parent);
  adw_dialog_present (ADW_DIALOG (self), parent);

  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, rapport_import_dialog_present);
  g_task_set_task_data (task, g_strdup (rapport_store_get_path (self->store)), g_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * rapport_import_dialog_get_report:
 *
 * Returns: (transfer none) (nullable): what the import did, once done
 */
RapportImportReport *
rapport_import_dialog_get_report (RapportImportDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_IMPORT_DIALOG (self), NULL);
  return self->report;
}
