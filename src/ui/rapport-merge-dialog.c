/* rapport-merge-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Same person": choosing whom to merge with, and seeing what will be kept
 * before it is done. From an import's report, the person it added and
 * everyone it may be — each with their company, emails and when you were
 * last in touch, since namesakes and colleagues on one switchboard look
 * alike by name — and nothing chosen for the user. From a person's page
 * ("Merge With…"), a search for the other person. The merge itself is the
 * store's, and can be undone (docs/identity.md).
 */

#define G_LOG_DOMAIN "rapport-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-contact-field.h"
#include "rapport-merge-dialog.h"
#include "rapport-people-model.h"
#include "rapport-relative-date.h"

/* Enough to find someone by a few letters of their name. */
#define MAX_RESULTS 20

struct _RapportMergeDialog
{
  AdwDialog parent_instance;

  /* Template widgets (made in init) */
  GtkWidget *merge_button;
  GtkWidget *search_entry;
  AdwPreferencesGroup *choice_group;
  AdwPreferencesGroup *keep_group;
  GtkWidget *keep_label;

  /* Owned references */
  RapportStore *store;
  RapportPeopleModel *people;     /* the search, from a person's page */
  GPtrArray *rows;                /* the choice rows, to remove on a new search */
  GtkWidget *first_check;         /* the choices' radio group */

  /* From an import: @from_id goes into the chosen person; from a person's
   * page: the chosen person goes into @into_id. */
  gint64 from_id;
  gint64 into_id;
  gint64 chosen_id;
};

G_DEFINE_FINAL_TYPE (RapportMergeDialog, rapport_merge_dialog, ADW_TYPE_DIALOG)

enum {
  MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * rapport_merge_dialog_dup_summary:
 * @contact: a person
 *
 * @last_contacted: whether to say when you were last in touch
 *
 * What tells a person from their namesakes at a glance: "Kestrel Health ·
 * ana@example.org, +44 20 7946 0018 · last contacted 3 weeks ago".
 *
 * Returns: (transfer full): the text
 */
char *
rapport_merge_dialog_dup_summary (RapportContact *contact,
                                  gboolean        last_contacted)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) details = g_ptr_array_new ();
  GPtrArray *fields;
  const char *company;
  g_autofree char *ago = NULL;
  g_autofree char *contacted = NULL;
  GDate today;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), NULL);

  company = rapport_contact_get_company (contact);
  if (company != NULL && *company != '\0')
    g_string_append (out, company);

  /* Emails first, then numbers: three say enough. */
  fields = rapport_contact_get_fields (contact);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < fields->len && details->len < 3; i++)
      {
        RapportContactField *field = g_ptr_array_index (fields, i);
        RapportFieldKind kind = rapport_contact_field_get_kind (field);

        if ((pass == 0 && kind == RAPPORT_FIELD_EMAIL) || (pass == 1 && kind == RAPPORT_FIELD_PHONE))
          g_ptr_array_add (details, (gpointer) rapport_contact_field_get_value (field));
      }
  if (details->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (details, NULL);
      /* Translators: between a person's emails and phone numbers in a list */
      joined = g_strjoinv (_(", "), (char **) details->pdata);
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, joined);
    }

  if (!last_contacted)
    return g_string_free (g_steal_pointer (&out), FALSE);

  rapport_date_set_today (&today);
  if (rapport_contact_get_last_contacted (contact) == NULL)
    {
      contacted = g_strdup (C_("merge dialog", "never contacted"));
    }
  else
    {
      ago = rapport_format_days_ago (rapport_contact_get_last_contacted (contact), &today);
      /* Translators: "last contacted 3 weeks ago" */
      contacted = g_strdup_printf (_("last contacted %s"), ago);
    }
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, contacted);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
dup_name (RapportContact *contact)
{
  char *name = rapport_contact_dup_name (contact);

  if (*name != '\0')
    return name;
  g_free (name);
  return g_strdup (C_("merge dialog", "Unnamed person"));
}

/* Says who stays, who goes, and what moves. */
static void
update_keep (RapportMergeDialog *self)
{
  g_autoptr(RapportContact) from = NULL;
  g_autoptr(RapportContact) into = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *into_name = NULL;
  g_autofree char *text = NULL;
  gint64 from_id = self->from_id != 0 ? self->from_id : self->chosen_id;
  gint64 into_id = self->into_id != 0 ? self->into_id : self->chosen_id;

  gtk_widget_set_sensitive (self->merge_button, self->chosen_id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->keep_group), self->chosen_id != 0);
  if (self->chosen_id == 0 ||
      !(from = rapport_store_get_contact (self->store, from_id, NULL)) ||
      !(into = rapport_store_get_contact (self->store, into_id, NULL)))
    return;

  from_name = dup_name (from);
  into_name = dup_name (into);
  /* Translators: what a merge keeps; the first and last %s are the person
   * who stays, the second the one merged into them */
  text = g_strdup_printf (_("%s stays, with everything they have: name, company and notes are not changed. "
                            "What only %s has — emails, numbers, links, tags, and details %s has left blank — "
                            "is added, with their interactions and events; then they are removed. "
                            "You can undo this."),
                          into_name, from_name, into_name);
  gtk_label_set_label (GTK_LABEL (self->keep_label), text);
}

static void
choice_toggled_cb (GtkCheckButton     *check,
                   RapportMergeDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;
  self->chosen_id = *(gint64 *) g_object_get_data (G_OBJECT (check), "contact-id");
  update_keep (self);
}

static void
add_choice (RapportMergeDialog *self,
            RapportContact     *contact)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gint64 id = rapport_contact_get_id (contact);
  g_autofree char *name = dup_name (contact);
  g_autofree char *summary = rapport_merge_dialog_dup_summary (contact, TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (self->first_check != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->first_check));
  else
    self->first_check = check;
  g_object_set_data_full (G_OBJECT (check), "contact-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (choice_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->choice_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_choices (RapportMergeDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->choice_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  self->first_check = NULL;
  self->chosen_id = 0;
  update_keep (self);
}

/* The first people the search finds, but never the person themselves. */
static void
people_changed_cb (GListModel         *model,
                   guint               position,
                   guint               removed,
                   guint               added,
                   RapportMergeDialog *self)
{
  guint n = g_list_model_get_n_items (model);

  clear_choices (self);
  if (*rapport_people_model_get_search_text (self->people) == '\0')
    return;
  for (guint i = 0; i < n && self->rows->len < MAX_RESULTS; i++)
    {
      gint64 id = rapport_people_model_get_id (self->people, i);
      g_autoptr(RapportContact) contact = NULL;

      if (id == self->into_id || !(contact = rapport_store_get_contact (self->store, id, NULL)))
        continue;
      add_choice (self, contact);
    }
}

static void
search_changed_cb (GtkSearchEntry     *entry,
                   RapportMergeDialog *self)
{
  rapport_people_model_set_search_text (self->people, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
merge_clicked_cb (RapportMergeDialog *self)
{
  g_autoptr(RapportMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  gint64 from_id = self->from_id != 0 ? self->from_id : self->chosen_id;
  gint64 into_id = self->into_id != 0 ? self->into_id : self->chosen_id;

  if (self->chosen_id == 0)
    return;
  merge = rapport_store_merge (self->store, from_id, into_id, &error);
  if (merge == NULL)
    {
      gtk_label_set_label (GTK_LABEL (self->keep_label), error->message);
      return;
    }
  g_signal_emit (self, signals[MERGED], 0, merge);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
rapport_merge_dialog_dispose (GObject *object)
{
  RapportMergeDialog *self = RAPPORT_MERGE_DIALOG (object);

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_merge_dialog_parent_class)->dispose (object);
}

static void
rapport_merge_dialog_class_init (RapportMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_merge_dialog_dispose;

  /**
   * RapportMergeDialog::merged:
   * @merge: what was done, for rapport_store_unmerge()
   *
   * The two people are one now.
   */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, RAPPORT_TYPE_MERGE);
}

static void
rapport_merge_dialog_init (RapportMergeDialog *self)
{
  GtkWidget *view = adw_toolbar_view_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (C_("merge dialog", "_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();

  self->rows = g_ptr_array_new ();

  adw_dialog_set_content_width (ADW_DIALOG (self), 480);
  adw_dialog_set_content_height (ADW_DIALOG (self), 560);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (adw_dialog_close), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->merge_button = gtk_button_new_with_mnemonic (C_("merge dialog", "_Merge"));
  gtk_widget_add_css_class (self->merge_button, "suggested-action");
  gtk_widget_set_sensitive (self->merge_button, FALSE);
  g_signal_connect_swapped (self->merge_button, "clicked", G_CALLBACK (merge_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->merge_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (view), header);

  self->choice_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->choice_group);

  self->keep_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->keep_group, _("What Will Be Kept"));
  self->keep_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->keep_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->keep_label), 0);
  gtk_widget_add_css_class (self->keep_label, "body");
  adw_preferences_group_add (self->keep_group, self->keep_label);
  gtk_widget_set_visible (GTK_WIDGET (self->keep_group), FALSE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->keep_group);

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (view), page);
  adw_dialog_set_child (ADW_DIALOG (self), view);
  adw_dialog_set_default_widget (ADW_DIALOG (self), self->merge_button);
}

/**
 * rapport_merge_dialog_new_for_candidates:
 * @from_id: a person an import added
 * @candidates: (element-type gint64): everyone they may be
 *
 * Returns: (transfer floating): a dialog to choose whom @from_id is, and
 *   merge them into that person
 */
RapportMergeDialog *
rapport_merge_dialog_new_for_candidates (RapportStore *store,
                                         gint64        from_id,
                                         GArray       *candidates)
{
  RapportMergeDialog *self;
  g_autoptr(RapportContact) from = NULL;
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (candidates != NULL, NULL);

  self = g_object_new (RAPPORT_TYPE_MERGE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->from_id = from_id;

  from = rapport_store_get_contact (store, from_id, NULL);
  name = from ? dup_name (from) : g_strdup (C_("merge dialog", "Unnamed person"));
  summary = from ? rapport_merge_dialog_dup_summary (from, FALSE) : g_strdup ("");
  /* Translators: the title of the dialog that merges an imported person */
  title = g_strdup_printf (_("Merge %s"), name);
  adw_dialog_set_title (ADW_DIALOG (self), title);
  adw_preferences_group_set_title (self->choice_group, _("Who Is It?"));
  /* Translators: the first %s is an imported person's name, the second what
   * the file says of them (company, emails) */
  if (*summary != '\0')
    description = g_strdup_printf (_("The import added %s (%s). Choose who they are, to merge them into that person."),
                                   name, summary);
  else
    /* Translators: %s is an imported person's name */
    description = g_strdup_printf (_("The import added %s. Choose who they are, to merge them into that person."),
                                   name);
  adw_preferences_group_set_description (self->choice_group, description);

  for (guint i = 0; i < candidates->len; i++)
    {
      g_autoptr(RapportContact) contact = rapport_store_get_contact (store, g_array_index (candidates, gint64, i),
                                                                      NULL);

      /* Merged or deleted since: not to choose. */
      if (contact != NULL && g_array_index (candidates, gint64, i) != from_id)
        add_choice (self, contact);
    }
  if (self->rows->len == 0)
    adw_preferences_group_set_description (self->choice_group,
                                           _("Nobody it may be is still in Rapport: there is no one to merge with."));
  return self;
}

/**
 * rapport_merge_dialog_new_for_person:
 * @into_id: the person who stays
 *
 * Returns: (transfer floating): a dialog to find another person and merge
 *   them into @into_id
 */
RapportMergeDialog *
rapport_merge_dialog_new_for_person (RapportStore *store,
                                     gint64        into_id)
{
  RapportMergeDialog *self;
  g_autoptr(RapportContact) into = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  self = g_object_new (RAPPORT_TYPE_MERGE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->into_id = into_id;
  into = rapport_store_get_contact (store, into_id, NULL);
  name = into ? dup_name (into) : g_strdup (C_("merge dialog", "Unnamed person"));

  adw_dialog_set_title (ADW_DIALOG (self), C_("merge dialog", "Merge With…"));
  adw_preferences_group_set_title (self->choice_group, _("The Same Person"));
  /* Translators: %s is the name of the person whose page this is */
  description = g_strdup_printf (_("Find the other record of %s, to merge it into this one."), name);
  adw_preferences_group_set_description (self->choice_group, description);

  self->search_entry = gtk_search_entry_new ();
  gtk_search_entry_set_placeholder_text (GTK_SEARCH_ENTRY (self->search_entry), _("Search for a name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search for the other person"), -1);
  gtk_widget_set_margin_bottom (self->search_entry, 12);
  adw_preferences_group_add (self->choice_group, self->search_entry);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self, 0);
  adw_dialog_set_focus (ADW_DIALOG (self), self->search_entry);

  self->people = rapport_people_model_new (store);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (people_changed_cb), self, 0);
  return self;
}

/**
 * rapport_merge_dialog_choose:
 * @other_id: one of the people offered
 *
 * Chooses @other_id, as clicking their row would.
 */
void
rapport_merge_dialog_choose (RapportMergeDialog *self,
                             gint64              other_id)
{
  g_return_if_fail (RAPPORT_IS_MERGE_DIALOG (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (g_ptr_array_index (self->rows, i));

      if (*(gint64 *) g_object_get_data (G_OBJECT (check), "contact-id") == other_id)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
}
