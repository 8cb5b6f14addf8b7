/* rapport-peec-dialog-hints.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PEEC dialog's hints as you type: checked again at each change, shown
 * on the step they are about and all together on the review (each taking
 * you to its step), and announced to screen readers once typing pauses.
 */

#define G_LOG_DOMAIN "rapport-peec-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-composer.h"
#include "rapport-peec-dialog-private.h"

/* How long typing must pause before new hints are announced */
#define ANNOUNCE_DELAY_MS 800

static GtkWidget *
new_review_hint (RapportPeecHint *hint)
{
  RapportPeecPart part = rapport_peec_hint_get_part (hint);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rapport_peec_hint_get_message (hint));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rapport_peec_part_get_label (part));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             g_object_new (GTK_TYPE_IMAGE,
                                           "icon-name", "dialog-information-symbolic",
                                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                           "css-classes", (const char *[]) { "accent", NULL },
                                           NULL));

  /* A hint about one part takes you there. */
  if (part < RAPPORT_PEEC_N_PARTS)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "go-next-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "peec.go-to");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", (guint) part);
    }

  return row;
}

/* A step shows the hints about its part but "missing", which its guidance
 * already says, and says when the whole is getting too long. */
static gboolean
shows_on_step (RapportPeecHint *hint,
               int              step)
{
  RapportPeecHintKind kind = rapport_peec_hint_get_kind (hint);

  return kind == RAPPORT_PEEC_HINT_TOO_LONG ||
         ((int) rapport_peec_hint_get_part (hint) == step && kind != RAPPORT_PEEC_HINT_MISSING);
}

/* The messages of the hints that step @part shows, or with @part -1, of all
 * the hints and what they are about. */
static GStrv
dup_messages (GPtrArray *hints,
              int        part)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < hints->len; i++)
    {
      RapportPeecHint *hint = g_ptr_array_index (hints, i);

      if (part < 0)
        {
          /* Tell apart the same message about two parts. */
          g_strv_builder_take (builder, g_strdup_printf ("%d\n%s", rapport_peec_hint_get_part (hint),
                                                         rapport_peec_hint_get_message (hint)));
        }
      else if (shows_on_step (hint, part))
        {
          g_strv_builder_add (builder, rapport_peec_hint_get_message (hint));
        }
    }

  return g_strv_builder_end (builder);
}

static void
update_review_hints (RapportPeecDialog *self)
{
  g_auto(GStrv) keys = dup_messages (self->hints, -1);
  GtkListBoxRow *row;

  if (self->shown_review_hints != NULL &&
      g_strv_equal ((const char * const *) self->shown_review_hints, (const char * const *) keys))
    return;

  /* Not gtk_list_box_remove_all(), which takes the placeholder too. */
  while ((row = gtk_list_box_get_row_at_index (self->review_hints, 0)) != NULL)
    gtk_list_box_remove (self->review_hints, GTK_WIDGET (row));
  for (guint i = 0; i < self->hints->len; i++)
    gtk_list_box_append (self->review_hints, new_review_hint (g_ptr_array_index (self->hints, i)));

  g_strfreev (self->shown_review_hints);
  self->shown_review_hints = g_steal_pointer (&keys);
}

static gboolean
is_gone_cb (gpointer key,
            gpointer value,
            gpointer user_data)
{
  GHashTable *current = user_data;

  return !g_hash_table_contains (current, key);
}

static guint
hint_key (RapportPeecHint *hint)
{
  return 1 + rapport_peec_hint_get_part (hint) * 16 + rapport_peec_hint_get_kind (hint);
}

/* Announces the hints of the step being typed in that were not there when
 * typing last paused; forgets those that went, to announce them again if
 * they come back. */
void
rapport_peec_dialog_announce_hints (RapportPeecDialog *self)
{
  g_autoptr(GHashTable) current = g_hash_table_new (NULL, NULL);
  int step = rapport_peec_dialog_get_step (self);

  g_clear_handle_id (&self->announce_id, g_source_remove);

  for (guint i = 0; i < self->hints->len; i++)
    {
      RapportPeecHint *hint = g_ptr_array_index (self->hints, i);
      guint key = hint_key (hint);

      g_hash_table_add (current, GUINT_TO_POINTER (key));

      if (step < RAPPORT_PEEC_N_PARTS &&
          shows_on_step (hint, step) &&
          !g_hash_table_contains (self->announced, GUINT_TO_POINTER (key)))
        {
          rapport_peec_step_announce (self->steps[step], rapport_peec_hint_get_message (hint));
          g_hash_table_add (self->announced, GUINT_TO_POINTER (key));
        }
    }

  g_hash_table_foreach_remove (self->announced, is_gone_cb, current);
}

static gboolean
announce_timeout_cb (gpointer user_data)
{
  RapportPeecDialog *self = user_data;

  self->announce_id = 0;
  rapport_peec_dialog_announce_hints (self);
  return G_SOURCE_REMOVE;
}

void
rapport_peec_dialog_update (RapportPeecDialog *self)
{
  g_autofree char *text = rapport_peec_compose_statement (self->draft);
  g_autofree char *time = rapport_peec_format_speaking_time (
    rapport_peec_speaking_seconds (rapport_peec_count_words (text)));

  g_clear_pointer (&self->hints, g_ptr_array_unref);
  self->hints = rapport_peec_check_statement (self->draft);

  for (guint i = 0; i < RAPPORT_PEEC_N_PARTS; i++)
    {
      g_auto(GStrv) messages = dup_messages (self->hints, (int) i);

      rapport_peec_step_set_hints (self->steps[i], (const char * const *) messages);
    }

  if (*text != '\0')
    {
      gtk_label_set_label (self->statement_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->statement_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->statement_label, _("Nothing written yet."));
      gtk_widget_add_css_class (GTK_WIDGET (self->statement_label), "dim-label");
    }
  adw_preferences_group_set_description (self->statement_group, time);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "peec.copy", *text != '\0');
  update_review_hints (self);

  g_clear_handle_id (&self->announce_id, g_source_remove);
  self->announce_id = g_timeout_add (ANNOUNCE_DELAY_MS, announce_timeout_cb, self);
}
