/* rapport-peec-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a PEEC statement step by step: Profession, Expertise, Environment,
 * Call to action, each with a line of guidance, an example and its hints as
 * you type, then a review of the whole with its speaking time, every hint,
 * a title, and Save. Enter moves on, as does Next; the last Enter saves.
 *
 * The widgets edit a draft. Save writes it: a new statement is added, an
 * existing one is updated in place. Closing any other way (Escape, the close
 * button) keeps what was typed, so nothing is ever lost: with nothing typed
 * (or nothing changed) it just closes; otherwise the draft is saved first —
 * titled "Draft" if it has no title — and "saved" is emitted as for Save. If
 * that save fails the dialog stays open and says why.
 *
 * Each part's step is a RapportPeecStep, which shows the hints it is given
 * and asks to move on; the dialog goes from step to step. For screen readers,
 * a hint that appears is announced (politely, once typing pauses) from the
 * step being typed in. The hints are in rapport-peec-dialog-hints.c.
 */

#define G_LOG_DOMAIN "rapport-peec-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-announce.h"
#include "rapport-peec-composer.h"
#include "rapport-peec-dialog-private.h"
#include "rapport-peec-step.h"
#include "rapport-row-names.h"

G_DEFINE_FINAL_TYPE (RapportPeecDialog, rapport_peec_dialog, ADW_TYPE_DIALOG)

enum {
  PROP_0,
  PROP_STORE,
  PROP_STATEMENT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *page_tags[RAPPORT_PEEC_N_PARTS + 1] = {
  "profession", "expertise", "environment", "call-to-action", "review",
};

static const char *part_properties[RAPPORT_PEEC_N_PARTS] = {
  "profession", "expertise", "environment", "call-to-action",
};

static const char *text_properties[] = {
  "title", "audience", "profession", "expertise", "environment", "call-to-action",
};

/* Statements */

static void
copy_texts (RapportPeecStatement *to,
            RapportPeecStatement *from)
{
  g_object_freeze_notify (G_OBJECT (to));
  rapport_peec_statement_set_title (to, rapport_peec_statement_get_title (from));
  rapport_peec_statement_set_audience (to, rapport_peec_statement_get_audience (from));
  rapport_peec_statement_set_profession (to, rapport_peec_statement_get_profession (from));
  rapport_peec_statement_set_expertise (to, rapport_peec_statement_get_expertise (from));
  rapport_peec_statement_set_environment (to, rapport_peec_statement_get_environment (from));
  rapport_peec_statement_set_call_to_action (to, rapport_peec_statement_get_call_to_action (from));
  g_object_thaw_notify (G_OBJECT (to));
}

static char *
dup_text (RapportPeecStatement *statement,
          const char           *property)
{
  char *text = NULL;

  g_object_get (statement, property, &text, NULL);
  return text;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Something was typed that is not saved yet. */
static gboolean
has_changes (RapportPeecDialog *self)
{
  gboolean is_new = self->statement == NULL;

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      g_autofree char *now = dup_text (self->draft, text_properties[i]);
      g_autofree char *before = dup_text (self->original, text_properties[i]);

      /* Spaces alone in a new statement are nothing typed. */
      if (is_new ? !is_blank (now) : g_strcmp0 (now, before) != 0)
        return TRUE;
    }

  return FALSE;
}

/* With nothing to keep, the dialog closes as any other, a swipe down too;
 * otherwise closing asks it first (see close_attempt_cb()). */
static void
update_can_close (RapportPeecDialog *self)
{
  adw_dialog_set_can_close (ADW_DIALOG (self), !has_changes (self));
}

static void
show_error (RapportPeecDialog *self,
            const GError      *error)
{
  g_autofree char *title = g_strdup_printf (_("Could not save: %s"), error->message);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Writes the draft to the store, adding the statement or updating it in
 * place. A statement without a title gets one, so that it can be found. */
static gboolean
write_draft (RapportPeecDialog  *self,
             gboolean            as_draft,
             GError            **error)
{
  g_autoptr(RapportPeecStatement) copy = rapport_peec_statement_new ();

  copy_texts (copy, self->draft);
  if (is_blank (rapport_peec_statement_get_title (copy)) && as_draft)
    /* Translators: the title of a statement kept as it was when its dialog was closed */
    rapport_peec_statement_set_title (copy, C_("statement title", "Draft"));
  else if (is_blank (rapport_peec_statement_get_title (copy)))
    rapport_peec_statement_set_title (copy, C_("statement title", "Untitled Statement"));

  if (self->statement == NULL)
    {
      if (!rapport_store_add_statement (self->store, copy, error))
        return FALSE;

      self->statement = g_steal_pointer (&copy);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT]);
    }
  else
    {
      /* A copy, so that a statement the rest of the app shows is changed
       * only once the change is saved. */
      rapport_peec_statement_set_id (copy, rapport_peec_statement_get_id (self->statement));
      rapport_peec_statement_set_timestamps (copy, rapport_peec_statement_get_created_at (self->statement),
                                             rapport_peec_statement_get_updated_at (self->statement));
      if (!rapport_store_save_statement (self->store, copy, error))
        return FALSE;

      copy_texts (self->statement, copy);
      rapport_peec_statement_set_timestamps (self->statement, rapport_peec_statement_get_created_at (copy),
                                             rapport_peec_statement_get_updated_at (copy));
    }

  copy_texts (self->original, self->draft);
  update_can_close (self);
  return TRUE;
}

/* Saves what was typed, if anything; %FALSE (and says why) if it could not. */
static gboolean
keep_draft (RapportPeecDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!has_changes (self))
    return TRUE;

  if (!write_draft (self, TRUE, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, self->statement);
  return TRUE;
}

/* Steps */

int
rapport_peec_dialog_get_step (RapportPeecDialog *self)
{
  AdwNavigationPage *page = adw_navigation_view_get_visible_page (self->navigation_view);

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    if (page == self->pages[i])
      return (int) i;

  return RAPPORT_PEEC_N_PARTS;
}

static gboolean
is_taken (RapportPeecDialog *self,
          AdwNavigationPage *page)
{
  g_autoptr(GListModel) stack = adw_navigation_view_get_navigation_stack (self->navigation_view);
  guint n_pages = g_list_model_get_n_items (stack);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(AdwNavigationPage) taken = g_list_model_get_item (stack, i);

      if (taken == page)
        return TRUE;
    }

  return FALSE;
}

static void
go_to_step (RapportPeecDialog *self,
            guint              step)
{
  AdwNavigationPage *page = step < RAPPORT_PEEC_N_PARTS ? self->pages[step] : self->review_page;

  /* Back to a step already taken, or on to the next. */
  if (is_taken (self, page))
    adw_navigation_view_pop_to_page (self->navigation_view, page);
  else
    adw_navigation_view_push (self->navigation_view, page);
}

/* Signal callbacks */

static void
draft_notify_cb (RapportPeecDialog    *self,
                 GParamSpec           *pspec,
                 RapportPeecStatement *draft)
{
  update_can_close (self);
  if (!g_str_equal (pspec->name, "title") && !g_str_equal (pspec->name, "audience"))
    rapport_peec_dialog_update (self);
}

static void
step_activate_next_cb (RapportPeecDialog *self,
                       RapportPeecStep   *step)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "peec.next", NULL);
}

static void
page_shown_cb (RapportPeecDialog *self,
               AdwNavigationPage *page)
{
  int step = rapport_peec_dialog_get_step (self);

  if (step < RAPPORT_PEEC_N_PARTS)
    {
      /* Typing goes on at the end of what the step has. */
      gtk_widget_grab_focus (GTK_WIDGET (self->steps[step]));
    }
  else
    {
      g_autofree char *text = rapport_peec_compose_statement (self->draft);
      g_autofree char *time = rapport_peec_format_speaking_time (
        rapport_peec_speaking_seconds (rapport_peec_count_words (text)));
      g_autofree char *summary = NULL;

      /* Focus goes to the title, below the statement and its hints: say them. */
      if (self->hints->len == 0)
        /* Translators: said by a screen reader on the review of a PEEC
         * statement; %s is "About 20 seconds to say" */
        summary = g_strdup_printf (_("%s. No hints."), time);
      else
        /* Translators: said by a screen reader on the review of a PEEC
         * statement; %s is "About 20 seconds to say", %u how many hints */
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s. %u hint.", "%s. %u hints.", self->hints->len),
                                   time, self->hints->len);

      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      rapport_announce (GTK_ACCESSIBLE (self->title_row), summary,
                        GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
    }

  rapport_peec_dialog_announce_hints (self);
}

static void
entry_activated_cb (RapportPeecDialog *self,
                    AdwEntryRow       *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "peec.save", NULL);
}

static void
close_attempt_cb (RapportPeecDialog *self,
                  AdwDialog         *dialog)
{
  if (keep_draft (self))
    adw_dialog_force_close (ADW_DIALOG (self));
}

/* Actions */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (widget);
  int step = rapport_peec_dialog_get_step (self);

  if (step < RAPPORT_PEEC_N_PARTS)
    go_to_step (self, step + 1);
  else
    gtk_widget_activate_action (widget, "peec.save", NULL);
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (widget);
  guint step = g_variant_get_uint32 (parameter);

  if (step <= RAPPORT_PEEC_N_PARTS)
    go_to_step (self, step);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (widget);
  g_autofree char *text = rapport_peec_compose_statement (self->draft);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (C_("statement builder", "Statement copied")));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!write_draft (self, FALSE, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->statement);
  adw_dialog_force_close (ADW_DIALOG (self));
}

/* Overrides */

static void
rapport_peec_dialog_constructed (GObject *object)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (object);

  G_OBJECT_CLASS (rapport_peec_dialog_parent_class)->constructed (object);

  if (self->statement != NULL)
    {
      copy_texts (self->draft, self->statement);
      copy_texts (self->original, self->statement);
      adw_dialog_set_title (ADW_DIALOG (self), C_("statement builder", "Edit Statement"));
    }

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    g_object_bind_property (self->draft, part_properties[i], self->steps[i], "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->draft, "title", self->title_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->draft, "audience", self->audience_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      g_autofree char *signal = g_strconcat ("notify::", text_properties[i], NULL);

      g_signal_connect_object (self->draft, signal, G_CALLBACK (draft_notify_cb), self, G_CONNECT_SWAPPED);
    }

  rapport_peec_dialog_update (self);
  update_can_close (self);

  /* An existing statement opens on its review, its parts a step back. */
  if (self->statement != NULL)
    {
      adw_navigation_view_replace_with_tags (self->navigation_view, page_tags, G_N_ELEMENTS (page_tags));
      adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->title_row));
    }
}

static void
rapport_peec_dialog_dispose (GObject *object)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (object);

  /* Gone without being closed, as with its window: still keep what was typed. */
  if (self->store != NULL && self->draft != NULL && has_changes (self))
    {
      g_autoptr(GError) error = NULL;

      if (!write_draft (self, TRUE, &error))
        g_warning ("Could not keep a draft statement: %s", error->message);
    }

  g_clear_handle_id (&self->announce_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PEEC_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->statement);
  g_clear_object (&self->draft);
  g_clear_object (&self->original);
  g_clear_pointer (&self->hints, g_ptr_array_unref);
  g_clear_pointer (&self->shown_review_hints, g_strfreev);
  g_clear_pointer (&self->announced, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_peec_dialog_parent_class)->dispose (object);
}

static void
rapport_peec_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STATEMENT:
      g_value_set_object (value, self->statement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_peec_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportPeecDialog *self = RAPPORT_PEEC_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_STATEMENT:
      self->statement = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_peec_dialog_class_init (RapportPeecDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *part_ids[RAPPORT_PEEC_N_PARTS] = {
    "profession", "expertise", "environment", "call_to_action",
  };

  object_class->constructed = rapport_peec_dialog_constructed;
  object_class->dispose = rapport_peec_dialog_dispose;
  object_class->get_property = rapport_peec_dialog_get_property;
  object_class->set_property = rapport_peec_dialog_set_property;

  /**
   * RapportPeecDialog:store:
   *
   * The store the statement is saved in.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  /**
   * RapportPeecDialog:statement:
   *
   * The statement being edited: the one given, or %NULL for a new one until
   * it is first saved.
   */
  properties[PROP_STATEMENT] =
    g_param_spec_object ("statement", NULL, NULL,
                         RAPPORT_TYPE_PEEC_STATEMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportPeecDialog::saved:
   * @self: the dialog
   * @statement: the statement, as saved in the store
   *
   * Emitted when the statement was written to the store: by Save, or as a
   * draft when the dialog was closed with something typed.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE,
                  1,
                  RAPPORT_TYPE_PEEC_STATEMENT);

  g_type_ensure (RAPPORT_TYPE_PEEC_STEP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-peec-dialog.ui");

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    {
      g_autofree char *page = g_strconcat (part_ids[i], "_page", NULL);
      g_autofree char *step = g_strconcat (part_ids[i], "_step", NULL);

      gtk_widget_class_bind_template_child_full (widget_class, page, FALSE,
                                                 G_STRUCT_OFFSET (RapportPeecDialog, pages) +
                                                 i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, step, FALSE,
                                                 G_STRUCT_OFFSET (RapportPeecDialog, steps) +
                                                 i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, navigation_view);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, review_page);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, statement_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, statement_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, review_hints);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecDialog, audience_row);

  gtk_widget_class_bind_template_callback (widget_class, step_activate_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_attempt_cb);

  gtk_widget_class_install_action (widget_class, "peec.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "peec.go-to", "u", go_to_action);
  gtk_widget_class_install_action (widget_class, "peec.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "peec.save", NULL, save_action);
}

static void
rapport_peec_dialog_init (RapportPeecDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));

  self->draft = rapport_peec_statement_new ();
  self->original = rapport_peec_statement_new ();
  self->announced = g_hash_table_new (NULL, NULL);
}

/**
 * rapport_peec_dialog_new:
 * @store: the store to save in
 * @statement: (nullable): a saved statement to edit in place, or %NULL to write a new one
 *
 * Present the dialog with adw_dialog_present(); #RapportPeecDialog::saved
 * tells when the statement was saved.
 *
 * Returns: (transfer floating): the dialog
 */
RapportPeecDialog *
rapport_peec_dialog_new (RapportStore         *store,
                         RapportPeecStatement *statement)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (statement == NULL || RAPPORT_IS_PEEC_STATEMENT (statement), NULL);
  g_return_val_if_fail (statement == NULL || rapport_peec_statement_get_id (statement) > 0, NULL);

  return g_object_new (RAPPORT_TYPE_PEEC_DIALOG,
                       "store", store,
                       "statement", statement,
                       NULL);
}

/**
 * rapport_peec_dialog_get_store:
 *
 * Returns: (transfer none): the store the statement is saved in
 */
RapportStore *
rapport_peec_dialog_get_store (RapportPeecDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_DIALOG (self), NULL);

  return self->store;
}

/**
 * rapport_peec_dialog_get_statement:
 *
 * Returns: (transfer none) (nullable): the statement being edited, or %NULL
 *   for a new one not saved yet
 */
RapportPeecStatement *
rapport_peec_dialog_get_statement (RapportPeecDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_DIALOG (self), NULL);

  return self->statement;
}
