/* rapport-contact-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person in the list: avatar, name, "profession · company", when you last
 * were in touch, and quiet markers for "due to reconnect" and "enjoy"; in
 * the Due list, buttons to log an interaction or snooze a week. Rows
 * are recycled by the list view; each follows its contact's notifications,
 * so an edit on the person's page shows here at once.
 */

#define G_LOG_DOMAIN "rapport-contact-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-avatar.h"
#include "rapport-contact-row.h"
#include "rapport-photo-decoder.h"
#include "rapport-relative-date.h"
#include "rapport-store.h"

struct _RapportContactRow
{
  AdwBin parent_instance;

  /* Template widgets */
  RapportAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *subtitle_label;
  GtkLabel *last_contacted_label;
  GtkBox *side_box;

  /* Made the first time the row shows one of them */
  GtkWidget *enjoy_image;
  GtkWidget *due_image;

  /* Made the first time the list is in selection mode */
  GtkWidget *check;

  /* Made the first time the row is a Due list's */
  GtkWidget *due_actions;
  GtkWidget *log_button;
  GtkWidget *snooze_button;

  /* Owned references */
  RapportContact *contact;
  GSignalGroup *contact_signals;
  RapportThumbnailer *thumbnailer;
  RapportStore *store;    /* the Due list's rows only */
  GBytes *shown_thumbnail; /* read only when it changes */
  char *summary;          /* what a screen reader says of the row */
  gboolean due_actions_shown;
  gboolean selected;
};

G_DEFINE_FINAL_TYPE (RapportContactRow, rapport_contact_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTACT,
  PROP_DUE_ACTIONS,
  PROP_THUMBNAILER,
  PROP_STORE,
  PROP_SUMMARY,
  PROP_SELECTING,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * rapport_contact_dup_texture:
 *
 * The person's photo as lists show it: its thumbnail, small and already
 * made, never the photo itself (see RapportThumbnailer).
 *
 * Returns: (transfer full) (nullable): the texture, or %NULL for initials
 */
GdkTexture *
rapport_contact_dup_texture (RapportContact *contact)
{
  return rapport_photo_texture_from_thumbnail (rapport_contact_get_thumbnail (contact));
}

/**
 * rapport_contact_dup_subtitle:
 *
 * Returns: (transfer full): "Profession · Company, Department", or whichever
 *   is known
 */
char *
rapport_contact_dup_subtitle (RapportContact *contact)
{
  const char *profession = rapport_contact_get_profession (contact);
  g_autofree char *company = NULL;
  g_auto(GStrv) units = rapport_contact_dup_department_units (contact);
  g_autoptr(GString) department = g_string_new (NULL);

  /* The organisation's units, as vCard's ORG lists them: "Sales, EMEA". */
  for (guint i = 0; units[i] != NULL; i++)
    if (*g_strstrip (units[i]) != '\0')
      g_string_append_printf (department, department->len > 0 ? ", %s" : "%s", units[i]);
  if (*rapport_contact_get_company (contact) != '\0' && department->len > 0)
    /* Translators: a company and its department, as in "Timberworks, Sales" */
    company = g_strdup_printf (_("%s, %s"), rapport_contact_get_company (contact), department->str);
  else
    company = g_strconcat (rapport_contact_get_company (contact), department->str, NULL);

  if (*profession != '\0' && *company != '\0')
    /* Translators: a person's profession and company, as in "Architect · Timberworks" */
    return g_strdup_printf (_("%s · %s"), profession, company);

  return g_strdup (*profession != '\0' ? profession : company);
}

/**
 * rapport_contact_dup_follow_up_due:
 * @today: the day to compare with
 *
 * Someone can be due because their keep-in-touch cadence has passed, or
 * because a follow-up has come (with no cadence at all, or before it).
 * The second is not "due to reconnect": it says so, and since when.
 *
 * Returns: (transfer full) (nullable): "Follow-up was due 5 days ago", or
 *   %NULL when @contact is not due because of a follow-up
 */
char *
rapport_contact_dup_follow_up_due (RapportContact *contact,
                                   const GDate    *today)
{
  const GDate *due_on = rapport_contact_get_due_on (contact);
  const GDate *last = rapport_contact_get_last_contacted (contact);
  guint cadence = rapport_contact_get_cadence_days (contact);
  g_autofree char *since = NULL;
  GDate reconnect;

  if (!rapport_contact_is_due (contact, today))
    return NULL;

  /* The cadence counts from the last contact, or from when they were added. */
  if (cadence > 0)
    {
      if (last != NULL && g_date_valid (last))
        reconnect = *last;
      else if (rapport_contact_get_created_at (contact) != NULL)
        {
          GDateTime *created = rapport_contact_get_created_at (contact);

          g_date_clear (&reconnect, 1);
          g_date_set_dmy (&reconnect, g_date_time_get_day_of_month (created),
                          g_date_time_get_month (created), g_date_time_get_year (created));
        }
      else
        return NULL;
      g_date_add_days (&reconnect, cadence);
      if (g_date_compare (&reconnect, today) <= 0)
        return NULL;
    }

  since = rapport_format_days_ago (due_on, today);
  /* Translators: someone is due because of a follow-up; %s is "5 days ago", "today"… */
  return g_strdup_printf (_("Follow-up was due %s"), since);
}

/* In the Due list, what the follow-up a person is due for is about, when
 * the store knows more than the date: an introduction's asks whether it
 * helped. Asked of the Due list's few rows only, never of every person. */
static char *
dup_follow_up_question (RapportContactRow *self)
{
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autoptr(RapportContact) first = NULL;
  g_autoptr(RapportContact) second = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  const gint64 *ids;
  guint n_ids;

  interaction = rapport_store_get_due_follow_up (self->store, rapport_contact_get_id (self->contact), NULL);
  if (interaction == NULL || rapport_interaction_get_kind (interaction) != RAPPORT_INTERACTION_INTRODUCTION_MADE)
    return NULL;
  ids = rapport_interaction_get_contact_ids (interaction, &n_ids);
  if (n_ids != 2)
    return NULL;
  first = rapport_store_get_contact (self->store, ids[0], NULL);
  second = rapport_store_get_contact (self->store, ids[1], NULL);
  if (first == NULL || second == NULL)
    return NULL;
  first_name = rapport_contact_dup_name (first);
  second_name = rapport_contact_dup_name (second);
  if (*first_name == '\0' || *second_name == '\0')
    return NULL;
  /* Translators: in the Due list, when the follow-up of an introduction
   * has come; the names of the two people introduced, as in "Did Ana Silva
   * and Ben Ng's introduction help?" */
  return g_strdup_printf (_("Did %s and %s's introduction help?"), first_name, second_name);
}

static GtkWidget *
marker_new (const char *icon_name,
            const char *label,
            const char *css_class)
{
  /* Its tooltip given while hidden: a shown widget given a tooltip asks the
   * display where the pointer is, a round trip for every row. */
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "visible", FALSE,
                                   "icon-name", icon_name,
                                   "pixel-size", 12,
                                   "tooltip-text", label,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (image, css_class);
  return image;
}

/* The quiet markers for "enjoy" and "due", made only for the rows that
 * show one: most rows show neither, and three widgets fewer a row is a
 * fifth less to make, lay out and throw away. */
static void
add_markers (RapportContactRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  self->enjoy_image = marker_new ("emote-love-symbolic", _("You enjoy their company"), "dim-label");
  self->due_image = marker_new ("alarm-symbolic", _("Due to reconnect"), "accent");
  gtk_box_append (GTK_BOX (box), self->enjoy_image);
  gtk_box_append (GTK_BOX (box), self->due_image);
  gtk_box_append (self->side_box, box);
}

/* The row in one line for a screen reader, what matters first: who,
 * what they do (or, in the Due list, why they are due), the markers in
 * words, and when you were last in touch. The row's own labels and
 * avatar would say the name twice ("Avatar of Ana Silva Ana Silva…"). */
static void
update_summary (RapportContactRow *self,
                const char        *name,
                const char        *subtitle,
                const char        *due_reason,
                gboolean           enjoy,
                const char        *last)
{
  /* Translators: between the parts of what a screen reader says of a person
   * in the list, as in "Ana Silva, Architect · Northwind Studio, Due to reconnect" */
  const char *separator = C_("list row for a screen reader", ", ");
  g_autoptr(GString) summary = g_string_new (name);

  if (*subtitle != '\0')
    g_string_append_printf (summary, "%s%s", separator, subtitle);
  if (due_reason != NULL)
    g_string_append_printf (summary, "%s%s", separator, due_reason);
  if (enjoy)
    g_string_append_printf (summary, "%s%s", separator, _("You enjoy their company"));
  if (last != NULL)
    {
      g_autofree char *when = g_strdup_printf (_("Last in touch: %s"), last);

      g_string_append_printf (summary, "%s%s", separator, when);
    }
  if (g_strcmp0 (summary->str, self->summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_string_free_and_steal (g_steal_pointer (&summary));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static void
update (RapportContactRow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *last = NULL;
  g_autofree char *follow_up = NULL;
  gboolean due, enjoy;
  GDate today;

  if (self->contact == NULL)
    return;

  rapport_date_set_today (&today);
  name = rapport_contact_dup_name (self->contact);
  last = rapport_format_days_ago (rapport_contact_get_last_contacted (self->contact), &today);
  follow_up = rapport_contact_dup_follow_up_due (self->contact, &today);
  if (follow_up != NULL && self->due_actions_shown && self->store != NULL)
    {
      g_autofree char *question = dup_follow_up_question (self);

      if (question != NULL)
        g_set_str (&follow_up, question);
    }
  /* In the Due list, why they are due (a follow-up, or the time since you
   * were in touch), in the room of "when", so that the name has the rest. */
  if (!self->due_actions_shown)
    subtitle = rapport_contact_dup_subtitle (self->contact);
  else if (follow_up != NULL)
    subtitle = g_strdup (follow_up);
  else
    subtitle = g_strdup_printf (_("Last in touch: %s"), last);

  gtk_label_set_label (self->name_label, *name != '\0' ? name : C_("people list", "Unnamed Person"));
  gtk_widget_set_opacity (GTK_WIDGET (self->name_label), *name != '\0' ? 1.0 : 0.55);
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *subtitle != '\0');
  gtk_label_set_label (self->last_contacted_label, last);
  rapport_avatar_set_text (self->avatar, name);
  if (self->shown_thumbnail != rapport_contact_get_thumbnail (self->contact))
    {
      g_autoptr(GdkTexture) texture = rapport_contact_dup_texture (self->contact);

      g_clear_pointer (&self->shown_thumbnail, g_bytes_unref);
      if (rapport_contact_get_thumbnail (self->contact) != NULL)
        self->shown_thumbnail = g_bytes_ref (rapport_contact_get_thumbnail (self->contact));
      rapport_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
    }
  /* Initials until the thumbnail is made, off the main thread. */
  if (self->thumbnailer != NULL && rapport_contact_get_photo (self->contact) != NULL &&
      rapport_contact_get_thumbnail (self->contact) == NULL)
    rapport_thumbnailer_request (self->thumbnailer, self->contact);
  /* In the Due list everyone is due: the marker would only repeat it. */
  due = !self->due_actions_shown && rapport_contact_is_due (self->contact, &today);
  enjoy = rapport_contact_get_enjoy (self->contact);
  if ((due || enjoy) && self->due_image == NULL)
    add_markers (self);
  if (self->due_image != NULL)
    {
      const char *reason = follow_up ? follow_up : _("Due to reconnect");
      const char *shown = gtk_widget_get_tooltip_text (self->due_image);

      /* Rarely anything but the usual: asked only when it differs. */
      if (due && g_strcmp0 (shown, reason) != 0)
        {
          gtk_widget_set_tooltip_text (self->due_image, reason);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_image), GTK_ACCESSIBLE_PROPERTY_LABEL, reason, -1);
        }
      gtk_widget_set_visible (self->due_image, due);
      gtk_widget_set_visible (self->enjoy_image, enjoy);
    }
  update_summary (self, *name != '\0' ? name : C_("people list", "Unnamed Person"), subtitle,
                  due ? (follow_up != NULL ? follow_up : _("Due to reconnect")) : NULL,
                  enjoy, self->due_actions_shown ? NULL : last);
  gtk_widget_set_visible (GTK_WIDGET (self->last_contacted_label), !self->due_actions_shown);
  if (self->due_actions_shown)
    {
      g_autofree char *log_label = g_strdup_printf (_("Log an Interaction With %s"), name);
      g_autofree char *snooze_label = g_strdup_printf (_("Snooze %s for a Week"), name);
      GVariant *id = g_variant_new_int64 (rapport_contact_get_id (self->contact));

      /* The buttons say whom they are for, to a screen reader too. */
      g_variant_ref_sink (id);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->log_button), id);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->snooze_button), id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->log_button), "win.log-interaction");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->snooze_button), "win.snooze");
      g_variant_unref (id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->log_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, log_label, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->snooze_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, snooze_label, -1);
    }
}

static void
contact_notify_cb (RapportContactRow *self)
{
  update (self);
}

static void
rapport_contact_row_dispose (GObject *object)
{
  RapportContactRow *self = RAPPORT_CONTACT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_CONTACT_ROW);
  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  g_clear_object (&self->contact_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->thumbnailer);
  g_clear_object (&self->store);
  g_clear_pointer (&self->shown_thumbnail, g_bytes_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (rapport_contact_row_parent_class)->dispose (object);
}

static void
rapport_contact_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportContactRow *self = RAPPORT_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    case PROP_DUE_ACTIONS:
      g_value_set_boolean (value, self->due_actions_shown);
      break;
    case PROP_THUMBNAILER:
      g_value_set_object (value, self->thumbnailer);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_SELECTING:
      g_value_set_boolean (value, self->check != NULL && gtk_widget_get_visible (self->check));
      break;
    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GtkWidget *
due_action_new (const char *icon_name,
                const char *tooltip)
{
  /* Its tooltip given while hidden, as in the template. */
  GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                    "visible", FALSE,
                                    "icon-name", icon_name,
                                    "tooltip-text", tooltip,
                                    NULL);

  gtk_widget_set_visible (button, TRUE);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  return button;
}

/* The Due list's buttons, made only for its rows: every row of the list
 * of people would otherwise make five widgets it never shows. */
static void
add_due_actions (RapportContactRow *self)
{
  self->due_actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->due_actions, GTK_ALIGN_CENTER);
  self->log_button = due_action_new ("chat-message-new-symbolic", _("Log an Interaction"));
  self->snooze_button = due_action_new ("alarm-symbolic", _("Snooze a Week"));
  gtk_box_append (GTK_BOX (self->due_actions), self->log_button);
  gtk_box_append (GTK_BOX (self->due_actions), self->snooze_button);
  gtk_box_append (GTK_BOX (adw_bin_get_child (ADW_BIN (self))), self->due_actions);
}

/* A check mark to show the row chosen in selection mode. Not a control:
 * a click anywhere on the row chooses it, and a screen reader hears the
 * list item's own "selected" state, not a check box besides. */
static void
show_check (RapportContactRow *self,
            gboolean           selecting)
{
  if (selecting && self->check == NULL)
    {
      self->check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "can-focus", FALSE,
                                  "can-target", FALSE,
                                  "valign", GTK_ALIGN_CENTER,
                                  "active", self->selected,
                                  NULL);
      gtk_widget_add_css_class (self->check, "selection-mode");
      gtk_box_prepend (GTK_BOX (adw_bin_get_child (ADW_BIN (self))), self->check);
    }
  if (self->check != NULL)
    gtk_widget_set_visible (self->check, selecting);
}

static void
rapport_contact_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportContactRow *self = RAPPORT_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      rapport_contact_row_set_contact (self, g_value_get_object (value));
      break;
    case PROP_DUE_ACTIONS:
      if (self->due_actions_shown != g_value_get_boolean (value))
        {
          self->due_actions_shown = g_value_get_boolean (value);
          if (self->due_actions_shown && self->due_actions == NULL)
            add_due_actions (self);
          if (self->due_actions != NULL)
            gtk_widget_set_visible (self->due_actions, self->due_actions_shown);
          /* Beside two buttons, a long name takes a second line rather
           * than be cut short: two Sørens must be told apart. */
          gtk_label_set_wrap (self->name_label, self->due_actions_shown);
          gtk_label_set_lines (self->name_label, self->due_actions_shown ? 2 : -1);
          gtk_label_set_wrap (self->subtitle_label, self->due_actions_shown);
          gtk_label_set_lines (self->subtitle_label, self->due_actions_shown ? 2 : -1);
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_THUMBNAILER:
      if (g_set_object (&self->thumbnailer, g_value_get_object (value)))
        {
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SELECTING:
      show_check (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTED:
      if (self->selected != g_value_get_boolean (value))
        {
          self->selected = g_value_get_boolean (value);
          if (self->check != NULL)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (self->check), self->selected);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_contact_row_class_init (RapportContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_contact_row_dispose;
  object_class->get_property = rapport_contact_row_get_property;
  object_class->set_property = rapport_contact_row_set_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, RAPPORT_TYPE_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportContactRow:due-actions:
   *
   * Whether the row offers "Log an interaction" and "Snooze a week", which
   * activate `win.log-interaction` and `win.snooze` with the person's id.
   */
  properties[PROP_DUE_ACTIONS] =
    g_param_spec_boolean ("due-actions", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportContactRow:thumbnailer:
   *
   * What makes the thumbnail of a photo that has none yet; without one,
   * such a photo shows initials.
   */
  properties[PROP_THUMBNAILER] =
    g_param_spec_object ("thumbnailer", NULL, NULL, RAPPORT_TYPE_THUMBNAILER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportContactRow:store:
   *
   * Where a Due list's row asks what a person's follow-up is about; a row
   * without one says only since when it is due.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportContactRow:summary:
   *
   * The row in words, once each, for its list item's accessible label:
   * name, what they do or why they are due, the markers, when last in touch.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportContactRow:selecting:
   *
   * Whether the list is in selection mode: the row shows a check mark.
   */
  properties[PROP_SELECTING] =
    g_param_spec_boolean ("selecting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /**
   * RapportContactRow:selected:
   *
   * Whether the row is chosen, in selection mode.
   */
  properties[PROP_SELECTED] =
    g_param_spec_boolean ("selected", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_AVATAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportContactRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, RapportContactRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportContactRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RapportContactRow, last_contacted_label);
  gtk_widget_class_bind_template_child (widget_class, RapportContactRow, side_box);
}

static void
rapport_contact_row_init (RapportContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->contact_signals = g_signal_group_new (RAPPORT_TYPE_CONTACT);
  g_signal_group_connect_swapped (self->contact_signals, "notify", G_CALLBACK (contact_notify_cb), self);
}

RapportContact *
rapport_contact_row_get_contact (RapportContactRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_ROW (self), NULL);
  return self->contact;
}

void
rapport_contact_row_set_contact (RapportContactRow *self,
                                 RapportContact    *contact)
{
  g_return_if_fail (RAPPORT_IS_CONTACT_ROW (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (!g_set_object (&self->contact, contact))
    return;

  g_signal_group_set_target (self->contact_signals, contact);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}
