/* rapport-due-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Due" beside the people search: a toggle for the Due list (the window's
 * `win.due-only`), with a badge counting the people to get back to. It
 * counts again after every change to people or interactions and when a new
 * day begins, and hides while nobody is due and the list is not shown.
 */

#define G_LOG_DOMAIN "rapport-due-button"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-due-button.h"
#include "rapport-relative-date.h"

/* How often to look whether the day has changed (a suspended laptop wakes
 * up past midnight without any timer firing at it). */
#define DAY_CHECK_SECONDS 60

struct _RapportDueButton
{
  AdwBin parent_instance;

  GtkToggleButton *toggle;
  GtkLabel *badge;

  RapportStore *store;
  GDate counted_on;
  guint count;
  guint day_check_id;
};

G_DEFINE_FINAL_TYPE (RapportDueButton, rapport_due_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_visibility (RapportDueButton *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self),
                          self->store != NULL &&
                          (self->count > 0 || gtk_toggle_button_get_active (self->toggle)));
}

static void
recount (RapportDueButton *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  GDate today;
  guint count = 0;

  rapport_date_set_today (&today);
  self->counted_on = today;
  if (self->store != NULL)
    {
      count = rapport_store_count_due (self->store, &today, &error);
      if (error != NULL)
        g_debug ("Could not count the people due: %s", error->message);
    }

  label = g_strdup_printf ("%'u", count);
  gtk_label_set_label (self->badge, label);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), count > 0);
  {
    g_autofree char *description =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person to get back to",
                                    "%'u people to get back to", count),
                       count);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  }

  if (count != self->count)
    {
      self->count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
    }
  update_visibility (self);
}

static void
store_changed_cb (RapportDueButton  *self,
                  RapportRecordKind  kind)
{
  if (kind == RAPPORT_RECORD_CONTACT || kind == RAPPORT_RECORD_INTERACTION)
    recount (self);
}

static gboolean
day_check_cb (gpointer data)
{
  RapportDueButton *self = data;
  GDate today;

  rapport_date_set_today (&today);
  if (!g_date_valid (&self->counted_on) || g_date_compare (&today, &self->counted_on) != 0)
    recount (self);
  return G_SOURCE_CONTINUE;
}

static void
rapport_due_button_dispose (GObject *object)
{
  RapportDueButton *self = RAPPORT_DUE_BUTTON (object);

  g_clear_handle_id (&self->day_check_id, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_due_button_parent_class)->dispose (object);
}

static void
rapport_due_button_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RapportDueButton *self = RAPPORT_DUE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_due_button_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RapportDueButton *self = RAPPORT_DUE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_due_button_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_due_button_class_init (RapportDueButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_due_button_dispose;
  object_class->get_property = rapport_due_button_get_property;
  object_class->set_property = rapport_due_button_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportDueButton:count:
   *
   * How many people are due today: the number on the badge.
   */
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_due_button_init (RapportDueButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (C_("due button", "_Due"));

  self->badge = GTK_LABEL (gtk_label_new ("0"));
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), "due-badge");
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), "numeric");
  gtk_widget_set_valign (GTK_WIDGET (self->badge), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->badge));

  self->toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_child (GTK_BUTTON (self->toggle), box);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->toggle));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle), _("People to Get Back To"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->toggle), "win.due-only");
  g_signal_connect_swapped (self->toggle, "notify::active", G_CALLBACK (update_visibility), self);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->toggle));

  g_date_clear (&self->counted_on, 1);
  self->day_check_id = g_timeout_add_seconds (DAY_CHECK_SECONDS, day_check_cb, self);
  update_visibility (self);
}

RapportStore *
rapport_due_button_get_store (RapportDueButton *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_BUTTON (self), NULL);
  return self->store;
}

void
rapport_due_button_set_store (RapportDueButton *self,
                              RapportStore     *store)
{
  g_return_if_fail (RAPPORT_IS_DUE_BUTTON (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  recount (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rapport_due_button_get_count:
 *
 * Returns: how many people are due today
 */
guint
rapport_due_button_get_count (RapportDueButton *self)
{
  g_return_val_if_fail (RAPPORT_IS_DUE_BUTTON (self), 0);
  return self->count;
}
