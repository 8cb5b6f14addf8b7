/* rapport-introductions-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a person's page, the people the user knows who could help with what
 * this person is looking for: each with the words that matched in bold and
 * why it ranks where it does, a button to introduce the two (one record in
 * both timelines, asked about again in three weeks) and one to never
 * suggest that person for this one again. Worked out on this machine, from
 * the store's search index; nothing leaves it.
 */

#define G_LOG_DOMAIN "rapport-introductions-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-introduce-dialog.h"
#include "rapport-introduction-match.h"
#include "rapport-introductions-group.h"
#include "rapport-person-group.h"
#include "rapport-row-names.h"

/* A few, the best: a page, not a search. */
#define MAX_SUGGESTIONS 5

struct _RapportIntroductionsGroup
{
  AdwPreferencesGroup parent_instance;

  GtkListBox *list;
  RapportStore *store;
  RapportContact *contact;
  GPtrArray *suggestions;
  guint refresh_source;
  gboolean reverse;               /* whom this person could help */
  GtkWidget *introduce_button;
};

G_DEFINE_FINAL_TYPE (RapportIntroductionsGroup, rapport_introductions_group, ADW_TYPE_PREFERENCES_GROUP)

static const char *
offer_label (RapportOffer offer)
{
  switch (offer)
    {
    case RAPPORT_OFFER_PROFESSION: return _("Profession");
    case RAPPORT_OFFER_EXPERTISE: return _("Expertise");
    case RAPPORT_OFFER_HOW_I_CAN_HELP: return _("How I Can Help");
    case RAPPORT_OFFER_TAGS: return _("Tags");
    case RAPPORT_OFFER_ENVIRONMENT: return _("Environment");
    case RAPPORT_OFFER_COMPANY:
    case RAPPORT_N_OFFERS:
    default:
      return _("Company");
    }
}

/**
 * rapport_introductions_describe:
 * @suggestion: someone who could help
 *
 * "Profession: Structural **engineer**", a line per offer that matched,
 * then why it ranks where it does.
 *
 * Returns: (transfer full): Pango markup
 */
char *
rapport_introductions_describe (RapportIntroductionSuggestion *suggestion)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  guint n_words = g_strv_length (suggestion->words);
  g_autofree char *joined = NULL;

  for (guint offer = 0; offer < RAPPORT_N_OFFERS; offer++)
    {
      g_autofree char *label = NULL;
      g_autofree char *markup = NULL;

      if ((suggestion->matched & (1u << offer)) == 0)
        continue;
      label = g_markup_escape_text (offer_label (offer), -1);
      markup = rapport_introduction_highlight (suggestion->offers[offer], (const char * const *) suggestion->words);
      /* TRANSLATORS: a part of a person and what it says, e.g. "Profession: Structural engineer" */
      g_string_append_printf (text, _("%s: %s"), label, markup);
      g_string_append_c (text, '\n');
    }

  g_ptr_array_add (reasons, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u matching word", "%u matching words", n_words), n_words));
  if (suggestion->closeness != RAPPORT_CLOSENESS_UNKNOWN)
    g_ptr_array_add (reasons, g_markup_escape_text (rapport_closeness_get_label (suggestion->closeness), -1));
  if (suggestion->enjoy)
    g_ptr_array_add (reasons, g_strdup (_("You enjoy their company")));
  g_ptr_array_add (reasons, NULL);
  joined = g_strjoinv (" · ", (GStrv) reasons->pdata);
  g_string_append (text, joined);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void refresh (RapportIntroductionsGroup *self);

static void
show_error (RapportIntroductionsGroup *self,
            const char                *heading,
            const GError              *error)
{
  AdwDialog *alert = adw_alert_dialog_new (heading, error->message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
  adw_dialog_present (alert, GTK_WIDGET (self));
}

static RapportIntroductionSuggestion *
find_suggestion (RapportIntroductionsGroup *self,
                 GtkWidget                 *button)
{
  gint64 helper_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "helper-id"));

  for (guint i = 0; self->suggestions != NULL && i < self->suggestions->len; i++)
    {
      RapportIntroductionSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);

      if (suggestion->contact_id == helper_id)
        return suggestion;
    }
  return NULL;
}

static void
dismiss_clicked_cb (RapportIntroductionsGroup *self,
                    GtkButton                 *button)
{
  RapportIntroductionSuggestion *suggestion = find_suggestion (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (suggestion == NULL || self->contact == NULL)
    return;
  if (!rapport_store_dismiss_introduction (self->store,
                                           self->reverse ? suggestion->contact_id : rapport_contact_get_id (self->contact),
                                           self->reverse ? rapport_contact_get_id (self->contact) : suggestion->contact_id,
                                           &error))
    show_error (self, _("The Suggestion Could Not Be Dismissed"), error);
  refresh (self);
}

/**
 * rapport_introductions_present_dialog:
 * @parent: the widget to show it over
 * @store: where to record the introduction
 * @seeker: the person looking for something
 * @helper_id: the person who could help them, or 0 to find them by name
 *
 * Asks why, in a sentence (what @seeker is looking for to start with), and
 * how, and records the introduction in both timelines.
 */
void
rapport_introductions_present_dialog (GtkWidget      *parent,
                                      RapportStore   *store,
                                      RapportContact *seeker,
                                      gint64          helper_id)
{
  adw_dialog_present (ADW_DIALOG (rapport_introduce_dialog_new (store, seeker, helper_id)), parent);
}

static void
introduce_clicked_cb (RapportIntroductionsGroup *self,
                      GtkButton                 *button)
{
  RapportIntroductionSuggestion *suggestion = find_suggestion (self, GTK_WIDGET (button));

  if (suggestion == NULL || self->contact == NULL || self->store == NULL)
    return;
  if (self->reverse)
    {
      g_autoptr(RapportContact) seeker = rapport_store_get_contact (self->store, suggestion->contact_id, NULL);

      if (seeker != NULL)
        rapport_introductions_present_dialog (GTK_WIDGET (self), self->store, seeker,
                                              rapport_contact_get_id (self->contact));
      return;
    }
  rapport_introductions_present_dialog (GTK_WIDGET (self), self->store, self->contact, suggestion->contact_id);
}

static void
introduce_someone_clicked_cb (RapportIntroductionsGroup *self)
{
  if (self->contact == NULL || self->store == NULL || rapport_contact_get_id (self->contact) <= 0)
    return;
  rapport_introductions_present_dialog (GTK_WIDGET (self), self->store, self->contact, 0);
}

static GtkWidget *
create_row (RapportIntroductionsGroup     *self,
            RapportIntroductionSuggestion *suggestion)
{
  g_autofree char *title = g_markup_escape_text (suggestion->name, -1);
  g_autofree char *subtitle = rapport_introductions_describe (suggestion);
  g_autofree char *introduce_name = NULL;
  g_autofree char *dismiss_name = NULL;
  g_autofree char *name = rapport_contact_dup_name (self->contact);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *introduce;
  GtkWidget *dismiss;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  /* TRANSLATORS: a button's tooltip and name for screen readers, e.g. "Introduce Ana Silva to Ben Ng" */
  introduce_name = g_strdup_printf (_("Introduce %s to %s"), self->reverse ? suggestion->name : name,
                                    self->reverse ? name : suggestion->name);
  introduce = rapport_person_group_row_button ("system-users-symbolic", introduce_name);
  g_object_set_data (G_OBJECT (introduce), "helper-id", GSIZE_TO_POINTER ((gsize) suggestion->contact_id));
  g_signal_connect_object (introduce, "clicked", G_CALLBACK (introduce_clicked_cb), self, G_CONNECT_SWAPPED);

  /* TRANSLATORS: e.g. "Do Not Suggest Ben Ng for Ana Silva Again" */
  dismiss_name = g_strdup_printf (_("Do Not Suggest %s for %s Again"), self->reverse ? name : suggestion->name,
                                  self->reverse ? suggestion->name : name);
  dismiss = rapport_person_group_row_button ("window-close-symbolic", dismiss_name);
  g_object_set_data (G_OBJECT (dismiss), "helper-id", GSIZE_TO_POINTER ((gsize) suggestion->contact_id));
  g_signal_connect_object (dismiss, "clicked", G_CALLBACK (dismiss_clicked_cb), self, G_CONNECT_SWAPPED);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), introduce);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dismiss);
  return row;
}

static void
show_suggestions (RapportIntroductionsGroup *self,
                  const char                *description)
{
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  for (guint i = 0; i < self->suggestions->len; i++)
    gtk_list_box_append (self->list, create_row (self, g_ptr_array_index (self->suggestions, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->suggestions->len > 0);
}

/* Whom this person could help: those whose needs their offers answer. */
static void
refresh_reverse (RapportIntroductionsGroup *self,
                 gint64                     id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  if (self->store == NULL || id <= 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }
  self->suggestions = rapport_store_suggest_helped (self->store, id, MAX_SUGGESTIONS, &error);
  if (self->suggestions == NULL)
    {
      g_message ("Could not suggest whom they could help: %s", error->message);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }

  name = rapport_contact_dup_name (self->contact);
  if (self->suggestions->len == 0)
    description = g_strdup_printf (_("Nobody you know is looking for what %s offers yet."), name);
  else
    /* TRANSLATORS: e.g. "Ana Silva could help 2 people" */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s could help %u person", "%s could help %u people",
                                                self->suggestions->len),
                                   name, self->suggestions->len);
  show_suggestions (self, description);
}

static void
refresh (RapportIntroductionsGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  const char *looking_for;
  gint64 id;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_list_box_remove_all (self->list);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);

  id = self->contact != NULL ? rapport_contact_get_id (self->contact) : 0;
  gtk_widget_set_sensitive (self->introduce_button, self->store != NULL && id > 0);
  if (self->reverse)
    {
      refresh_reverse (self, id);
      return;
    }
  looking_for = self->contact != NULL ? rapport_contact_get_looking_for (self->contact) : NULL;
  if (self->store == NULL || id <= 0 || looking_for == NULL || *looking_for == '\0')
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("Say what they are looking for, and Rapport suggests who you know "
                                               "could help."));
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }

  self->suggestions = rapport_store_suggest_introductions (self->store, id, MAX_SUGGESTIONS, &error);
  if (self->suggestions == NULL)
    {
      g_message ("Could not suggest introductions: %s", error->message);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }

  name = rapport_contact_dup_name (self->contact);
  if (self->suggestions->len == 0)
    description = g_strdup_printf (_("Nobody you know matches what %s is looking for yet."), name);
  else
    /* TRANSLATORS: e.g. "3 people could help Ana Silva" */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person could help %s", "%u people could help %s",
                                                self->suggestions->len),
                                   self->suggestions->len, name);
  show_suggestions (self, description);
}

static gboolean
refresh_cb (gpointer user_data)
{
  RapportIntroductionsGroup *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Once per burst of changes (an import makes thousands). */
static void
queue_refresh (RapportIntroductionsGroup *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
store_changed_cb (RapportIntroductionsGroup *self,
                  RapportRecordKind          kind,
                  gint64                     id,
                  RapportChangeKind          change)
{
  /* Their own record (what they look for), someone who may help, or an
   * introduction. */
  if (kind == RAPPORT_RECORD_CONTACT || kind == RAPPORT_RECORD_INTERACTION)
    queue_refresh (self);
}

static void
rapport_introductions_group_dispose (GObject *object)
{
  RapportIntroductionsGroup *self = RAPPORT_INTRODUCTIONS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->contact);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);

  G_OBJECT_CLASS (rapport_introductions_group_parent_class)->dispose (object);
}

static void
rapport_introductions_group_class_init (RapportIntroductionsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_introductions_group_dispose;
}

static void
rapport_introductions_group_init (RapportIntroductionsGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Who Could Help"));
  self->introduce_button = rapport_person_group_add_button (ADW_PREFERENCES_GROUP (self), "system-users-symbolic",
                                                            C_("introductions", "_Introduce…"),
                                                            C_("introductions", "Introduce to Someone"));
  g_signal_connect_object (self->introduce_button, "clicked", G_CALLBACK (introduce_someone_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  self->list = rapport_person_group_add_list (ADW_PREFERENCES_GROUP (self), _("Who Could Help"));
  refresh (self);
}

void
rapport_introductions_group_set_store (RapportIntroductionsGroup *self,
                                       RapportStore              *store)
{
  g_return_if_fail (RAPPORT_IS_INTRODUCTIONS_GROUP (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (rapport_person_group_set_store (self, &self->store, store, G_CALLBACK (store_changed_cb)))
    refresh (self);
}

/**
 * rapport_introductions_group_set_contact:
 * @contact: (nullable): whom to suggest helpers for
 */
void
rapport_introductions_group_set_contact (RapportIntroductionsGroup *self,
                                         RapportContact            *contact)
{
  g_return_if_fail (RAPPORT_IS_INTRODUCTIONS_GROUP (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (!g_set_object (&self->contact, contact))
    return;

  /* Without what they look for, there is nothing to ask: said at once. */
  if (self->store == NULL || contact == NULL || rapport_contact_get_id (contact) <= 0 ||
      rapport_contact_get_looking_for (contact) == NULL || *rapport_contact_get_looking_for (contact) == '\0')
    {
      refresh (self);
      return;
    }

  /* Else what was suggested for someone else goes now, and the query comes
   * once the page is on screen: it was half of opening a busy person (227
   * of 465 million instructions), which should take one frame. */
  gtk_list_box_remove_all (self->list);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  queue_refresh (self);
}

/* How many people are suggested now. */
guint
rapport_introductions_group_get_n_suggestions (RapportIntroductionsGroup *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTRODUCTIONS_GROUP (self), 0);
  return self->suggestions != NULL ? self->suggestions->len : 0;
}

/**
 * rapport_introductions_group_set_reverse:
 * @reverse: whether to show whom this person could help, rather than who
 *   could help them
 */
void
rapport_introductions_group_set_reverse (RapportIntroductionsGroup *self,
                                         gboolean                   reverse)
{
  g_return_if_fail (RAPPORT_IS_INTRODUCTIONS_GROUP (self));

  if (self->reverse == !!reverse)
    return;
  self->reverse = !!reverse;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                   reverse ? _("Whom They Could Help") : _("Who Could Help"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  reverse ? _("Whom They Could Help") : _("Who Could Help"), -1);
  /* One Introduce… a page is enough. */
  gtk_widget_set_visible (self->introduce_button, !reverse);
  refresh (self);
}
