/* rapport-introduce-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Introducing two people: to whom (found by name, unless a suggestion
 * already says), why in a sentence, and how — in person, by message, or by
 * email, where "Write the Email" opens the user's mail app (through the
 * portal, inside the Flatpak) with a draft to both, written so that either
 * can say no. One record goes into both timelines, asked about again in
 * three weeks.
 */

#define G_LOG_DOMAIN "rapport-introduce-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-contact-field.h"
#include "rapport-field-link.h"
#include "rapport-introduce-dialog.h"
#include "rapport-row-names.h"

struct _RapportIntroduceDialog
{
  AdwDialog parent_instance;

  GtkWidget *introduce_button;
  AdwEntryRow *why_row;
  AdwComboRow *how_row;
  GtkWidget *email_note;
  RapportPersonSearch *search;    /* NULL when the other person is given */

  RapportStore *store;
  RapportContact *seeker;
  RapportContact *helper;         /* the other person, once known */
};

G_DEFINE_FINAL_TYPE (RapportIntroduceDialog, rapport_introduce_dialog, ADW_TYPE_DIALOG)

static const char *
first_email (RapportContact *contact)
{
  GPtrArray *fields = contact != NULL ? rapport_contact_get_fields (contact) : NULL;

  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);

      if (rapport_contact_field_get_kind (field) == RAPPORT_FIELD_EMAIL)
        return rapport_contact_field_get_value (field);
    }
  return NULL;
}

static RapportIntroductionHow
get_how (RapportIntroduceDialog *self)
{
  /* The choices, in the order of the row. */
  static const RapportIntroductionHow hows[] = {
    RAPPORT_INTRODUCTION_IN_PERSON, RAPPORT_INTRODUCTION_MESSAGE, RAPPORT_INTRODUCTION_EMAIL,
  };
  guint selected = adw_combo_row_get_selected (self->how_row);

  return selected < G_N_ELEMENTS (hows) ? hows[selected] : RAPPORT_INTRODUCTION_IN_PERSON;
}

static void
update (RapportIntroduceDialog *self)
{
  gboolean email = get_how (self) == RAPPORT_INTRODUCTION_EMAIL;
  g_autofree char *note = NULL;

  if (self->search != NULL)
    {
      gint64 chosen = rapport_person_search_get_chosen (self->search);

      if (chosen == 0)
        g_clear_object (&self->helper);
      else if (self->helper == NULL || rapport_contact_get_id (self->helper) != chosen)
        {
          g_clear_object (&self->helper);
          self->helper = rapport_store_get_contact (self->store, chosen, NULL);
        }
    }

  gtk_widget_set_sensitive (self->introduce_button, self->helper != NULL);
  gtk_button_set_label (GTK_BUTTON (self->introduce_button),
                        email ? _("_Write the Email") : C_("introduce dialog", "_Introduce"));

  if (email && self->helper != NULL)
    {
      g_autofree char *seeker_name = rapport_contact_dup_name (self->seeker);
      g_autofree char *helper_name = rapport_contact_dup_name (self->helper);
      gboolean seeker_has = first_email (self->seeker) != NULL;
      gboolean helper_has = first_email (self->helper) != NULL;

      if (!seeker_has && !helper_has)
        note = g_strdup_printf (_("Neither %s nor %s has an email address in Rapport: add them in the draft."),
                                seeker_name, helper_name);
      else if (!seeker_has || !helper_has)
        /* TRANSLATORS: %s is one of the two people being introduced */
        note = g_strdup_printf (_("%s has no email address in Rapport: add it in the draft."),
                                seeker_has ? helper_name : seeker_name);
    }
  gtk_label_set_label (GTK_LABEL (self->email_note), note != NULL ? note : "");
  gtk_widget_set_visible (self->email_note, note != NULL);
}

/* "Ana Silva", or "Ana" where the given name is known: a greeting. */
static char *
dup_greeting_name (RapportContact *contact)
{
  const char *given = rapport_contact_get_given_name (contact);

  return given != NULL && *given != '\0' ? g_strdup (given) : rapport_contact_dup_name (contact);
}

/* One sentence of who someone is: what they do, where. */
static char *
dup_who (RapportContact *contact)
{
  const char *profession = rapport_contact_get_profession (contact);
  const char *company = rapport_contact_get_company (contact);

  if (profession != NULL && *profession != '\0' && company != NULL && *company != '\0')
    /* TRANSLATORS: in the email, what someone does and where, e.g. "structural engineer at Arup" */
    return g_strdup_printf (_("%s at %s"), profession, company);
  if (profession != NULL && *profession != '\0')
    return g_strdup (profession);
  return g_strdup (company != NULL ? company : "");
}

/* "Ana, meet Ben (structural engineer at Arup)." */
static void
append_meet (GString    *body,
             const char *reader,
             const char *other,
             const char *who)
{
  if (*who != '\0')
    /* TRANSLATORS: in the introduction email, e.g. "Ana, meet Ben (structural engineer at Arup)." */
    g_string_append_printf (body, _("%s, meet %s (%s)."), reader, other, who);
  else
    /* TRANSLATORS: in the introduction email, e.g. "Ana, meet Ben." */
    g_string_append_printf (body, _("%s, meet %s."), reader, other);
}

/**
 * rapport_introduce_dialog_dup_mailto:
 *
 * The draft "Write the Email" opens: to both, a subject naming them, and a
 * body that introduces each to the other, says why, and leaves either free
 * to say no.
 *
 * Returns: (transfer full) (nullable): a mailto: URI, or %NULL when neither
 *   has an email address or the other person is not chosen
 */
char *
rapport_introduce_dialog_dup_mailto (RapportIntroduceDialog *self)
{
  g_autofree char *seeker_name = NULL;
  g_autofree char *helper_name = NULL;
  g_autofree char *seeker_greeting = NULL;
  g_autofree char *helper_greeting = NULL;
  g_autofree char *seeker_who = NULL;
  g_autofree char *helper_who = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(GString) body = NULL;
  g_autofree char *why = NULL;
  const char *to[3];

  g_return_val_if_fail (RAPPORT_IS_INTRODUCE_DIALOG (self), NULL);

  if (self->helper == NULL)
    return NULL;
  to[0] = first_email (self->seeker);
  to[1] = first_email (self->helper);
  to[2] = NULL;
  if (to[0] == NULL)
    to[0] = to[1], to[1] = NULL;

  seeker_name = rapport_contact_dup_name (self->seeker);
  helper_name = rapport_contact_dup_name (self->helper);
  seeker_greeting = dup_greeting_name (self->seeker);
  helper_greeting = dup_greeting_name (self->helper);
  seeker_who = dup_who (self->seeker);
  helper_who = dup_who (self->helper);
  why = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->why_row))));

  /* TRANSLATORS: the subject of an introduction email, e.g. "Introduction: Ana Silva and Ben Ng" */
  subject = g_strdup_printf (_("Introduction: %s and %s"), seeker_name, helper_name);
  body = g_string_new (NULL);
  /* TRANSLATORS: the greeting of an introduction email, e.g. "Hi Ana and Ben," */
  g_string_append_printf (body, _("Hi %s and %s,"), seeker_greeting, helper_greeting);
  g_string_append (body, "\n\n");
  g_string_append (body, _("I think you two should meet, and I wanted to introduce you."));
  if (*why != '\0')
    {
      g_string_append_c (body, ' ');
      /* TRANSLATORS: in the email, why two people should meet, in the user's words */
      g_string_append_printf (body, _("Why: %s"), why);
    }
  g_string_append (body, "\n\n");
  append_meet (body, seeker_greeting, helper_greeting, helper_who);
  g_string_append_c (body, '\n');
  append_meet (body, helper_greeting, seeker_greeting, seeker_who);
  g_string_append (body, "\n\n");
  g_string_append (body, _("If you would both like to talk, reply to all and take it from here. If it is not "
                           "a good time for either of you, just tell me: no need to explain."));
  g_string_append (body, "\n\n");
  g_string_append (body, _("All the best,"));
  g_string_append_c (body, '\n');

  return rapport_field_link_build_mailto (to, subject, body->str);
}

/**
 * rapport_introduce_dialog_introduce:
 *
 * Records the introduction, opens the mail app for an email one, and
 * closes; an alert says why it could not be saved.
 *
 * Returns: (transfer full) (nullable): the introduction, or %NULL
 */
RapportInteraction *
rapport_introduce_dialog_introduce (RapportIntroduceDialog *self)
{
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *seeker_name = NULL;
  g_autofree char *helper_name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *why = NULL;
  RapportIntroductionHow how;
  GDate today;

  g_return_val_if_fail (RAPPORT_IS_INTRODUCE_DIALOG (self), NULL);

  if (self->helper == NULL)
    return NULL;
  how = get_how (self);
  seeker_name = rapport_contact_dup_name (self->seeker);
  helper_name = rapport_contact_dup_name (self->helper);
  /* TRANSLATORS: what both timelines show, e.g. "Introduced Ana Silva to Ben Ng" */
  summary = g_strdup_printf (_("Introduced %s to %s"), seeker_name, helper_name);
  why = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->why_row))));
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now), (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  interaction = rapport_store_introduce (self->store, rapport_contact_get_id (self->seeker),
                                         rapport_contact_get_id (self->helper), summary, *why != '\0' ? why : NULL,
                                         how, &today, &error);
  if (interaction == NULL)
    {
      AdwDialog *alert = adw_alert_dialog_new (_("The Introduction Could Not Be Saved"), error->message);

      adw_alert_dialog_add_response (ADW_ALERT_DIALOG (alert), "close", _("_Close"));
      adw_dialog_present (alert, GTK_WIDGET (self));
      return NULL;
    }

  if (how == RAPPORT_INTRODUCTION_EMAIL)
    {
      g_autofree char *uri = rapport_introduce_dialog_dup_mailto (self);
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      /* GtkUriLauncher goes through the OpenURI portal when there is one. */
      if (uri != NULL && g_getenv ("RAPPORT_NO_LAUNCH") == NULL)
        {
          g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

          gtk_uri_launcher_launch (launcher, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL, NULL);
        }
    }
  adw_dialog_close (ADW_DIALOG (self));
  return g_steal_pointer (&interaction);
}

static void
introduce_clicked_cb (RapportIntroduceDialog *self)
{
  g_autoptr(RapportInteraction) interaction = rapport_introduce_dialog_introduce (self);
}

static void
rapport_introduce_dialog_dispose (GObject *object)
{
  RapportIntroduceDialog *self = RAPPORT_INTRODUCE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->seeker);
  g_clear_object (&self->helper);

  G_OBJECT_CLASS (rapport_introduce_dialog_parent_class)->dispose (object);
}

static void
rapport_introduce_dialog_class_init (RapportIntroduceDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_introduce_dialog_dispose;
}

static void
rapport_introduce_dialog_init (RapportIntroduceDialog *self)
{
}

/**
 * rapport_introduce_dialog_new:
 * @store: where to record the introduction
 * @seeker: the person looking for something
 * @helper_id: the person who could help them, or 0 to find them by name
 *
 * Returns: (transfer floating): a new dialog
 */
RapportIntroduceDialog *
rapport_introduce_dialog_new (RapportStore   *store,
                              RapportContact *seeker,
                              gint64          helper_id)
{
  g_autoptr(GtkStringList) hows = NULL;
  g_autofree char *seeker_name = NULL;
  g_autofree char *title = NULL;
  RapportIntroduceDialog *self;
  GtkWidget *toolbar_view;
  GtkWidget *header_bar;
  GtkWidget *cancel_button;
  GtkWidget *page;
  GtkWidget *group;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (seeker), NULL);

  self = g_object_new (RAPPORT_TYPE_INTRODUCE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->seeker = g_object_ref (seeker);
  if (helper_id > 0)
    self->helper = rapport_store_get_contact (store, helper_id, NULL);
  seeker_name = rapport_contact_dup_name (seeker);

  /* TRANSLATORS: the dialog's title, e.g. "Introduce Ana Silva" */
  title = g_strdup_printf (_("Introduce %s"), seeker_name);
  adw_dialog_set_title (ADW_DIALOG (self), title);
  adw_dialog_set_content_width (ADW_DIALOG (self), 480);
  /* Room for the people found; otherwise as tall as the form. */
  if (self->helper == NULL)
    adw_dialog_set_content_height (ADW_DIALOG (self), 620);

  toolbar_view = adw_toolbar_view_new ();
  header_bar = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header_bar), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header_bar), FALSE);
  cancel_button = gtk_button_new_with_mnemonic (C_("introduce dialog", "_Cancel"));
  g_signal_connect_object (cancel_button, "clicked", G_CALLBACK (adw_dialog_close), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header_bar), cancel_button);
  self->introduce_button = gtk_button_new_with_mnemonic (C_("introduce dialog", "_Introduce"));
  gtk_button_set_use_underline (GTK_BUTTON (self->introduce_button), TRUE);
  gtk_widget_add_css_class (self->introduce_button, "suggested-action");
  g_signal_connect_object (self->introduce_button, "clicked", G_CALLBACK (introduce_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header_bar), self->introduce_button);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header_bar);

  page = adw_preferences_page_new ();
  if (self->helper == NULL)
    {
      self->search = rapport_person_search_new (store, rapport_contact_get_id (seeker));
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->search), C_("introduce dialog", "To Whom"));
      g_signal_connect_object (self->search, "notify::chosen", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->search));
    }

  group = adw_preferences_group_new ();
  if (self->helper != NULL)
    {
      g_autofree char *helper_name = rapport_contact_dup_name (self->helper);
      g_autofree char *to = NULL;

      /* TRANSLATORS: e.g. "To Ben Ng. The introduction goes into both timelines…" */
      to = g_strdup_printf (_("To %s. The introduction goes into both timelines; in three weeks, Rapport asks "
                              "whether it helped."),
                            helper_name);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), to);
    }
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("The introduction goes into both timelines; in three weeks, Rapport "
                                             "asks whether it helped."));
  self->why_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->why_row), _("Why, in a Sentence"));
  rapport_row_names_by_title (ADW_PREFERENCES_ROW (self->why_row));
  gtk_editable_set_text (GTK_EDITABLE (self->why_row), rapport_contact_get_looking_for (seeker));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->why_row));

  hows = gtk_string_list_new (NULL);
  gtk_string_list_append (hows, rapport_introduction_how_get_label (RAPPORT_INTRODUCTION_IN_PERSON));
  gtk_string_list_append (hows, rapport_introduction_how_get_label (RAPPORT_INTRODUCTION_MESSAGE));
  gtk_string_list_append (hows, rapport_introduction_how_get_label (RAPPORT_INTRODUCTION_EMAIL));
  self->how_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->how_row), C_("introduce dialog", "How"));
  adw_combo_row_set_model (self->how_row, G_LIST_MODEL (hows));
  g_signal_connect_object (self->how_row, "notify::selected", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->how_row));

  self->email_note = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->email_note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->email_note), 0);
  gtk_widget_set_margin_top (self->email_note, 12);
  gtk_widget_add_css_class (self->email_note, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->email_note);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), page);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
  adw_dialog_set_default_widget (ADW_DIALOG (self), self->introduce_button);
  if (self->search == NULL)
    adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->why_row));
  update (self);
  return self;
}

RapportPersonSearch *
rapport_introduce_dialog_get_search (RapportIntroduceDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTRODUCE_DIALOG (self), NULL);
  return self->search;
}

void
rapport_introduce_dialog_set_how (RapportIntroduceDialog *self,
                                  RapportIntroductionHow  how)
{
  g_return_if_fail (RAPPORT_IS_INTRODUCE_DIALOG (self));

  switch (how)
    {
    case RAPPORT_INTRODUCTION_MESSAGE: adw_combo_row_set_selected (self->how_row, 1); break;
    case RAPPORT_INTRODUCTION_EMAIL: adw_combo_row_set_selected (self->how_row, 2); break;
    case RAPPORT_INTRODUCTION_IN_PERSON:
    default:
      adw_combo_row_set_selected (self->how_row, 0);
      break;
    }
}
