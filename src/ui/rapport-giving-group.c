/* rapport-giving-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Giving first: on a person's page, in words, what the user has done for
 * them (introductions, help given) and they for the user, from their
 * timeline, so that whom you have not yet helped shows.
 */

#define G_LOG_DOMAIN "rapport-giving-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-giving-group.h"
#include "rapport-person-group.h"

struct _RapportGivingGroup
{
  AdwPreferencesGroup parent_instance;

  GtkLabel *label;
  RapportStore *store;
  RapportContact *contact;
  guint refresh_source;
};

G_DEFINE_FINAL_TYPE (RapportGivingGroup, rapport_giving_group, ADW_TYPE_PREFERENCES_GROUP)

/**
 * rapport_giving_describe:
 * @name: the person
 * @introductions: introductions made for them
 * @help_given: the times the user helped them
 * @help_received: the times they helped the user
 *
 * Returns: (transfer full): e.g. "For Ana Silva, you made 2 introductions
 *   and gave help 1 time. Ana Silva has helped you 3 times."
 */
char *
rapport_giving_describe (const char *name,
                         guint       introductions,
                         guint       help_given,
                         guint       help_received)
{
  g_autofree char *made = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u introduction", "%u introductions",
                                                        introductions),
                                           introductions);
  g_autofree char *given = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times", help_given),
                                            help_given);
  g_autofree char *received = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times", help_received),
                                               help_received);
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;

  if (introductions > 0 && help_given > 0)
    /* TRANSLATORS: e.g. "For Ana Silva, you made 2 introductions and gave help 1 time." */
    mine = g_strdup_printf (_("For %s, you made %s and gave help %s."), name, made, given);
  else if (introductions > 0)
    /* TRANSLATORS: e.g. "For Ana Silva, you made 2 introductions." */
    mine = g_strdup_printf (_("For %s, you made %s."), name, made);
  else if (help_given > 0)
    /* TRANSLATORS: e.g. "For Ana Silva, you gave help 3 times." */
    mine = g_strdup_printf (_("For %s, you gave help %s."), name, given);
  else
    mine = g_strdup_printf (_("You have not introduced or helped %s yet."), name);

  if (help_received == 0)
    return g_steal_pointer (&mine);
  /* TRANSLATORS: after what the user did for someone, e.g. "Ana Silva has helped you 3 times." */
  theirs = g_strdup_printf (_("%s has helped you %s."), name, received);
  return g_strconcat (mine, " ", theirs, NULL);
}

static void
refresh (RapportGivingGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  guint introductions = 0, help_given = 0, help_received = 0;
  gint64 id;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  id = self->contact != NULL ? rapport_contact_get_id (self->contact) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), self->store != NULL && id > 0);
  if (self->store == NULL || id <= 0)
    return;
  if (!rapport_store_count_giving (self->store, id, &introductions, &help_given, &help_received, &error))
    {
      g_message ("Could not count what was given: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  name = rapport_contact_dup_name (self->contact);
  text = rapport_giving_describe (name, introductions, help_given, help_received);
  gtk_label_set_label (self->label, text);
}

static gboolean
refresh_cb (gpointer user_data)
{
  RapportGivingGroup *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (RapportGivingGroup *self,
                  RapportRecordKind   kind,
                  gint64              id,
                  RapportChangeKind   change)
{
  if (kind == RAPPORT_RECORD_INTERACTION && self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
rapport_giving_group_dispose (GObject *object)
{
  RapportGivingGroup *self = RAPPORT_GIVING_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (rapport_giving_group_parent_class)->dispose (object);
}

static void
rapport_giving_group_class_init (RapportGivingGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rapport_giving_group_dispose;
}

static void
rapport_giving_group_init (RapportGivingGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Giving First"));
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_selectable (self->label, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "body");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->label));
  refresh (self);
}

void
rapport_giving_group_set_store (RapportGivingGroup *self,
                                RapportStore       *store)
{
  g_return_if_fail (RAPPORT_IS_GIVING_GROUP (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (rapport_person_group_set_store (self, &self->store, store, G_CALLBACK (store_changed_cb)))
    refresh (self);
}

/**
 * rapport_giving_group_set_contact:
 * @contact: (nullable): whom it is about
 */
void
rapport_giving_group_set_contact (RapportGivingGroup *self,
                                  RapportContact     *contact)
{
  g_return_if_fail (RAPPORT_IS_GIVING_GROUP (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (g_set_object (&self->contact, contact))
    refresh (self);
}

/* What it says now. */
const char *
rapport_giving_group_get_text (RapportGivingGroup *self)
{
  g_return_val_if_fail (RAPPORT_IS_GIVING_GROUP (self), NULL);
  return gtk_label_get_label (self->label);
}
