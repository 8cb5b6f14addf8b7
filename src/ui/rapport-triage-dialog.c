/* rapport-triage-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Sort Your Connections": one person at a time, with what Rapport knows
 * about them, and one key per answer — 1 inner circle, 2 friend,
 * 3 acquaintance, 4 online only, 5 skip, 6 archive —, in the same place
 * for everyone, Ctrl+Z to take the last answers back, and how many are left. The next people are read
 * ahead once a person is drawn, so a key shows the next one in the same
 * frame. Screen readers hear the question, the person and each answer.
 */

#define G_LOG_DOMAIN "rapport-triage-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-announce.h"
#include "rapport-contact-row.h"
#include "rapport-relative-date.h"
#include "rapport-triage-dialog.h"

struct _RapportTriageDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget *undo_button;
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  GtkWidget *person_box;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *what_label;
  GtkWidget *facts_list;
  AdwActionRow *met_row;
  AdwActionRow *last_row;
  AdwActionRow *introduced_row;
  AdwActionRow *tags_row;
  GtkWidget *answers_box;
  GtkLabel *question_label;
  GtkGrid *answers_grid;
  AdwStatusPage *done_page;
  GtkWidget *close_button;

  /* Owned references */
  RapportTriage *triage;
  RapportContact *shown;
  char *announcement;   /* the last thing said to screen readers */
  guint prefetch_source;
  guint n_skipped;
};

G_DEFINE_FINAL_TYPE (RapportTriageDialog, rapport_triage_dialog, ADW_TYPE_DIALOG)

/* The answers in the order of their keys, 1 to 6. */
static const struct
{
  RapportTriageAnswer answer;
  const char *label;
} answers[] = {
  { RAPPORT_TRIAGE_INNER_CIRCLE, NC_("sort connections answer", "Inner Circle") },
  { RAPPORT_TRIAGE_FRIEND, NC_("sort connections answer", "Friend") },
  { RAPPORT_TRIAGE_ACQUAINTANCE, NC_("sort connections answer", "Acquaintance") },
  { RAPPORT_TRIAGE_ONLINE_ONLY, NC_("sort connections answer", "Online Only") },
  { RAPPORT_TRIAGE_SKIP, NC_("sort connections answer", "Skip") },
  { RAPPORT_TRIAGE_ARCHIVE, NC_("sort connections answer", "Archive") },
};

static const char *
answer_label (RapportTriageAnswer answer)
{
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    if (answers[i].answer == answer)
      return g_dpgettext2 (NULL, "sort connections answer", answers[i].label);
  g_assert_not_reached ();
}

/* "Engineer at Acme", or whichever of the two there is. */
static char *
dup_what (RapportContact *contact)
{
  const char *profession = rapport_contact_get_profession (contact);
  const char *company = rapport_contact_get_company (contact);

  if (*profession != '\0' && *company != '\0')
    /* Translators: what someone does and where: "Engineer at Acme" */
    return g_strdup_printf (_("%s at %s"), profession, company);
  return g_strdup (*profession != '\0' ? profession : company);
}

static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  /* Translators: between the parts of a line, as in "Conference · Lisbon" */
  g_string_append_printf (text, "%s%s", text->len ? _(" · ") : "", part);
}

/* Shows @row with @text, or hides it when there is none. */
static void
show_fact (AdwActionRow *row,
           const char   *text)
{
  gboolean known = text != NULL && *text != '\0';

  gtk_widget_set_visible (GTK_WIDGET (row), known);
  if (known)
    adw_action_row_set_subtitle (row, text);
}

static char *
dup_met (RapportContact *contact)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const RapportPartialDate *met_on = rapport_contact_get_met_on (contact);
  g_autofree char *day = NULL;

  if (met_on != NULL && !rapport_partial_date_is_empty (met_on))
    day = rapport_partial_date_format (met_on);
  append_part (text, rapport_contact_get_how_met (contact));
  append_part (text, rapport_contact_get_met_at (contact));
  append_part (text, day);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_last (RapportInteraction *last)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *ago = NULL;
  GDate today;

  if (last == NULL)
    return NULL;
  rapport_date_set_today (&today);
  ago = rapport_format_days_ago (rapport_interaction_get_date (last), &today);
  append_part (text, rapport_interaction_kind_get_label (rapport_interaction_get_kind (last)));
  append_part (text, rapport_interaction_get_summary (last));
  append_part (text, ago);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_tags (RapportContact *contact)
{
  const char * const *tags = rapport_contact_get_tags (contact);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; tags[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", i ? _(", ") : "", tags[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Said once the dialog is on screen: before, nobody would hear it. */
static void
announce (RapportTriageDialog *self,
          const char          *text)
{
  g_set_str (&self->announcement, text);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rapport_announce (GTK_ACCESSIBLE (self), text, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
mapped_cb (RapportTriageDialog *self)
{
  if (self->announcement != NULL)
    rapport_announce (GTK_ACCESSIBLE (self), self->announcement, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static gboolean
prefetch_cb (gpointer data)
{
  RapportTriageDialog *self = data;

  self->prefetch_source = 0;
  rapport_triage_prefetch (self->triage);
  return G_SOURCE_REMOVE;
}

static void
update_count (RapportTriageDialog *self)
{
  guint left = rapport_triage_get_n_left (self->triage);
  g_autofree char *subtitle = NULL;

  /* Translators: how many people are still to sort, under the dialog's title */
  subtitle = g_strdup_printf (g_dngettext (NULL, "%u left", "%u left", left), left);
  adw_window_title_set_subtitle (self->window_title, left > 0 ? subtitle : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "triage.undo",
                                 rapport_triage_get_n_undoable (self->triage) > 0);
}

/* The person to answer for, or the end; @said (if any) goes before what
 * screen readers hear of them. */
static void
show_current (RapportTriageDialog *self,
              const char          *said)
{
  const RapportTriageCard *card = rapport_triage_get_current (self->triage);
  g_autoptr(GString) announcement = g_string_new (said);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  g_autofree char *met = NULL;
  g_autofree char *last = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *question = NULL;
  gboolean any;

  update_count (self);
  g_set_object (&self->shown, (card ? card->contact : NULL));
  if (card == NULL)
    {
      gboolean none = rapport_triage_get_n_people (self->triage) == 0;
      g_autofree char *skipped = NULL;

      adw_status_page_set_title (self->done_page, none ? C_("sort connections", "Nobody to Sort")
                                                       : C_("sort connections", "Everyone Is Sorted"));
      if (none)
        skipped = g_strdup (_("Everyone here has a closeness already."));
      else if (self->n_skipped > 0)
        skipped = g_strdup_printf (g_dngettext (NULL, "%u person skipped is still to sort, for another time.",
                                                "%u people skipped are still to sort, for another time.",
                                                self->n_skipped),
                                   self->n_skipped);
      adw_status_page_set_description (self->done_page, skipped);
      gtk_widget_set_visible (self->answers_box, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "done");
      gtk_widget_grab_focus (self->close_button);
      g_string_append_printf (announcement, "%s%s", announcement->len ? " " : "",
                              adw_status_page_get_title (self->done_page));
      if (skipped != NULL)
        g_string_append_printf (announcement, " %s", skipped);
      announce (self, announcement->str);
      return;
    }

  name = rapport_contact_dup_name (card->contact);
  if (*name == '\0')
    g_set_str (&name, C_("sort connections", "Unnamed person"));
  what = dup_what (card->contact);
  met = dup_met (card->contact);
  last = dup_last (card->last);
  tags = dup_tags (card->contact);

  adw_avatar_set_text (self->avatar, name);
  texture = rapport_contact_dup_texture (card->contact);
  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->what_label, what);
  gtk_widget_set_visible (GTK_WIDGET (self->what_label), *what != '\0');
  show_fact (self->met_row, met);
  show_fact (self->last_row, last);
  show_fact (self->introduced_row, card->introduced);
  show_fact (self->tags_row, tags);
  any = *met != '\0' || last != NULL || card->introduced != NULL || *tags != '\0';
  gtk_widget_set_visible (self->facts_list, any);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->person_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, what,
                                  -1);
  gtk_stack_set_visible_child_name (self->stack, "card");
  gtk_widget_set_visible (self->answers_box, TRUE);

  /* Translators: what screen readers hear for each person: "How close are you to Ana Silva?" */
  question = g_strdup_printf (_("How close are you to %s?"), name);
  g_string_append_printf (announcement, "%s%s", announcement->len ? " " : "", question);
  if (*what != '\0')
    g_string_append_printf (announcement, " %s.", what);
  if (last == NULL)
    g_string_append_printf (announcement, " %s", _("No interactions yet."));
  announce (self, announcement->str);

  /* The next people, once this one is drawn. */
  if (self->prefetch_source == 0)
    self->prefetch_source = g_idle_add_full (G_PRIORITY_LOW, prefetch_cb, self, NULL);
}

static void
show_error (RapportTriageDialog *self,
            const GError        *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RapportTriageDialog *self = RAPPORT_TRIAGE_DIALOG (widget);
  RapportTriageAnswer answer = (RapportTriageAnswer) g_variant_get_int32 (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *said = NULL;
  g_autofree char *left = NULL;
  g_autofree char *both = NULL;
  guint n_left;

  if (self->shown == NULL || answer < RAPPORT_TRIAGE_INNER_CIRCLE || answer > RAPPORT_TRIAGE_ANSWER_LAST)
    return;

  name = rapport_contact_dup_name (self->shown);
  if (!rapport_triage_answer (self->triage, answer, &error))
    {
      show_error (self, error);
      return;
    }
  if (answer == RAPPORT_TRIAGE_SKIP)
    self->n_skipped++;

  n_left = rapport_triage_get_n_left (self->triage);
  if (answer == RAPPORT_TRIAGE_SKIP)
    /* Translators: what screen readers hear after an answer: "Ana Silva skipped." */
    said = g_strdup_printf (_("%s skipped."), name);
  else if (answer == RAPPORT_TRIAGE_ARCHIVE)
    /* Translators: what screen readers hear after an answer: "Ana Silva archived." */
    said = g_strdup_printf (_("%s archived."), name);
  else
    /* Translators: what screen readers hear after an answer: "Ana Silva: Friend." */
    said = g_strdup_printf (_("%s: %s."), name, answer_label (answer));
  left = g_strdup_printf (g_dngettext (NULL, "%u left.", "%u left.", n_left), n_left);
  both = g_strconcat (said, " ", left, NULL);
  show_current (self, both);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RapportTriageDialog *self = RAPPORT_TRIAGE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  RapportTriageAnswer answer;

  if (!rapport_triage_undo (self->triage, &answer, &error))
    {
      show_error (self, error);
      return;
    }
  if (answer == RAPPORT_TRIAGE_SKIP && self->n_skipped > 0)
    self->n_skipped--;
  show_current (self, _("Answer undone."));
}

static void
add_answer_buttons (RapportTriageDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      const char *label = g_dpgettext2 (NULL, "sort connections answer", answers[i].label);
      g_autofree char *key = g_strdup_printf ("%u", i + 1);
      GtkWidget *button = gtk_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *key_label = gtk_label_new (key);
      GtkWidget *text = gtk_label_new (label);

      gtk_widget_add_css_class (key_label, "dim-label");
      gtk_widget_add_css_class (key_label, "monospace");
      gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), key_label);
      gtk_box_append (GTK_BOX (box), text);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "triage.answer");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (gint32) answers[i].answer);
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, key,
                                      -1);
      /* Two columns: wide, and at 360 px. */
      gtk_grid_attach (self->answers_grid, button, (int) (i % 2), (int) (i / 2), 1, 1);
    }
}

/* The list behind shows the answers as soon as it is seen again. */
static void
closed_cb (RapportTriageDialog *self)
{
  g_clear_handle_id (&self->prefetch_source, g_source_remove);
  rapport_triage_tell_changes (self->triage);
}

static void
rapport_triage_dialog_dispose (GObject *object)
{
  RapportTriageDialog *self = RAPPORT_TRIAGE_DIALOG (object);

  g_clear_handle_id (&self->prefetch_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_TRIAGE_DIALOG);
  g_clear_object (&self->shown);
  g_clear_object (&self->triage);
  g_clear_pointer (&self->announcement, g_free);

  G_OBJECT_CLASS (rapport_triage_dialog_parent_class)->dispose (object);
}

static void
rapport_triage_dialog_class_init (RapportTriageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_triage_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rapportapp/Rapport/ui/rapport-triage-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, undo_button);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, avatar);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, what_label);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, facts_list);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, met_row);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, last_row);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, introduced_row);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, tags_row);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, answers_box);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, question_label);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, answers_grid);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, RapportTriageDialog, close_button);

  gtk_widget_class_install_action (widget_class, "triage.answer", "i", answer_action);
  gtk_widget_class_install_action (widget_class, "triage.undo", NULL, undo_action);

  /* One key per answer, on the number row and the keypad. */
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0, "triage.answer", "i",
                                           (gint32) answers[i].answer);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0, "triage.answer", "i",
                                           (gint32) answers[i].answer);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "triage.undo", NULL);
}

static void
rapport_triage_dialog_init (RapportTriageDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_answer_buttons (self);
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

/**
 * rapport_triage_dialog_new:
 * @triage: the people to sort
 *
 * Returns: (transfer floating): the dialog, showing the first of them
 */
RapportTriageDialog *
rapport_triage_dialog_new (RapportTriage *triage)
{
  RapportTriageDialog *self;

  g_return_val_if_fail (RAPPORT_IS_TRIAGE (triage), NULL);

  self = g_object_new (RAPPORT_TYPE_TRIAGE_DIALOG, NULL);
  self->triage = g_object_ref (triage);
  show_current (self, NULL);
  return self;
}

/**
 * rapport_triage_dialog_get_triage:
 *
 * Returns: (transfer none): the people being sorted
 */
RapportTriage *
rapport_triage_dialog_get_triage (RapportTriageDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE_DIALOG (self), NULL);
  return self->triage;
}

/**
 * rapport_triage_dialog_get_shown:
 *
 * Returns: (transfer none) (nullable): the person shown, or %NULL at the end
 */
RapportContact *
rapport_triage_dialog_get_shown (RapportTriageDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE_DIALOG (self), NULL);
  return self->shown;
}

/**
 * rapport_triage_dialog_get_announcement:
 *
 * Returns: (transfer none) (nullable): what screen readers were last told
 *   (the answer, how many are left, and the next question)
 */
const char *
rapport_triage_dialog_get_announcement (RapportTriageDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_TRIAGE_DIALOG (self), NULL);
  return self->announcement;
}
