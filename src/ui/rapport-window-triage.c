/* rapport-window-triage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where sorting your connections starts: "Sort Your Connections…" in the
 * main menu (those the list's search or filters show, else everyone
 * unsorted; the newest first but for a search), and a toast after an
 * import that added people with no closeness yet.
 */

#define G_LOG_DOMAIN "rapport-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-import-dialog.h"
#include "rapport-triage-dialog.h"
#include "rapport-window-private.h"

/* The list's own question when it narrows people down by what they are
 * (a search, a tag, the people you enjoy, Due); its closeness and archive
 * filters do not count, as only the unsorted are asked about. */
static gboolean
fill_list_query (RapportWindow      *self,
                 RapportPeopleQuery *query)
{
  const char *text = rapport_people_model_get_search_text (self->people);
  g_autofree char *match = rapport_people_model_build_match (text);

  query->search_text = g_strdup (text);
  query->match = g_steal_pointer (&match);
  query->tag = g_strdup (rapport_people_model_get_tag (self->people));
  query->sort = rapport_people_model_get_sort (self->people);
  query->closeness = -1;
  query->enjoy_only = rapport_people_model_get_enjoy_only (self->people);
  query->due_only = rapport_people_model_get_due_only (self->people);
  query->archived = FALSE;
  return query->match != NULL || query->tag != NULL || query->enjoy_only || query->due_only;
}

/**
 * rapport_window_sort_people:
 * @ids: (element-type gint64): the people to sort, in order
 *
 * Opens "Sort Your Connections" on those of @ids with no closeness yet.
 */
void
rapport_window_sort_people (RapportWindow *self,
                            GArray        *ids)
{
  g_autoptr(RapportTriage) triage = NULL;

  g_return_if_fail (RAPPORT_IS_WINDOW (self));

  if (self->store == NULL || rapport_store_get_read_only (self->store))
    return;

  /* An answer must not wait behind an edit being typed. */
  rapport_person_page_save_now (self->person_page);
  triage = rapport_triage_new (self->store, ids);
  adw_dialog_present (ADW_DIALOG (rapport_triage_dialog_new (triage)), GTK_WIDGET (self));
}

static void
sort_connections_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  RapportWindow *self = user_data;
  RapportPeopleQuery query = { 0 };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->people == NULL)
    return;

  /* A tag alone keeps the newest first; a search, the list's order. */
  if (!fill_list_query (self, &query) || (query.match == NULL && !query.enjoy_only && !query.due_only))
    ids = rapport_triage_list_newest (self->store, query.tag, &error);
  else
    ids = rapport_triage_list_matching (self->store, &query, &error);
  rapport_people_query_clear (&query);
  if (ids == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  rapport_window_sort_people (self, ids);
}

static void
sort_imported_cb (AdwToast *toast,
                  GArray   *ids)
{
  RapportWindow *self = g_object_get_data (G_OBJECT (toast), "window");

  if (self != NULL)
    rapport_window_sort_people (self, ids);
}

static void
import_closed_cb (RapportWindow       *self,
                  RapportImportDialog *dialog)
{
  RapportImportReport *report = rapport_import_dialog_get_report (dialog);
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (report == NULL || self->store == NULL)
    return;
  /* An import undone leaves nobody to sort. */
  ids = rapport_triage_list_among (self->store, rapport_import_report_get_added (report), NULL);
  if (ids == NULL || ids->len == 0)
    return;

  title = g_strdup_printf (g_dngettext (NULL, "%u new person to sort", "%u new people to sort", ids->len), ids->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("sort connections", "_Sort…"));
  adw_toast_set_timeout (toast, 10);
  g_object_set_data (G_OBJECT (toast), "window", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (sort_imported_cb),
                         g_steal_pointer (&ids), (GClosureNotify) g_array_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * rapport_window_offer_sorting:
 * @dialog: an import being shown
 *
 * Once @dialog closes on an import that added people, offers to sort them.
 */
void
rapport_window_offer_sorting (RapportWindow       *self,
                              RapportImportDialog *dialog)
{
  g_signal_connect_object (dialog, "closed", G_CALLBACK (import_closed_cb), self, G_CONNECT_SWAPPED);
}

static const GActionEntry triage_actions[] = {
  { .name = "sort-connections", .activate = sort_connections_action },
};

void
rapport_window_add_triage_actions (RapportWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), triage_actions, G_N_ELEMENTS (triage_actions), self);
}
