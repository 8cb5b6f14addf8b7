/* rapport-interaction-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry of a person's timeline: what happened, when, who else was
 * there, the follow-up date, and the details on demand. The row follows its
 * interaction (and the names of the people in it) as they change.
 *
 * Built in code rather than from a template, and only with what most
 * interactions show (icon, summary, date): the line of other people, the
 * follow-up and the details with their button are made the first time the
 * row shows an interaction that has them. Opening a busy person makes a
 * screenful of rows at once, and a template's builder cost more than all
 * the rest of making them.
 */

#define G_LOG_DOMAIN "rapport-interaction-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-interaction-row.h"
#include "rapport-relative-date.h"

struct _RapportInteractionRow
{
  AdwBin parent_instance;

  /* Always there */
  GtkImage *kind_icon;
  GtkBox *text_box;
  GtkLabel *summary_label;
  GtkBox *side_box;
  GtkLabel *date_label;

  /* Made when first needed (NULL until then) */
  GtkLabel *people_label;
  GtkWidget *follow_up_box;
  GtkLabel *follow_up_label;
  GtkImage *follow_up_icon;
  GtkRevealer *details_revealer;
  GtkLabel *details_label;
  GtkToggleButton *expand_button;

  /* Owned references */
  RapportInteraction *interaction;
  RapportStore *store;
  GSignalGroup *interaction_signals;
  GSignalGroup *store_signals;

  gint64 contact_id;
  gboolean expanded;
  char *accessible_label;
};

G_DEFINE_FINAL_TYPE (RapportInteractionRow, rapport_interaction_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_INTERACTION,
  PROP_STORE,
  PROP_CONTACT_ID,
  PROP_EXPANDED,
  PROP_ACCESSIBLE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One icon per RapportInteractionKind, all in the Adwaita icon theme. */
static const char * const kind_icons[] = {
  [RAPPORT_INTERACTION_MET_IN_PERSON] = "system-users-symbolic",
  [RAPPORT_INTERACTION_CALL] = "call-start-symbolic",
  [RAPPORT_INTERACTION_VIDEO] = "camera-web-symbolic",
  [RAPPORT_INTERACTION_MESSAGE] = "chat-message-new-symbolic",
  [RAPPORT_INTERACTION_EMAIL] = "mail-unread-symbolic",
  [RAPPORT_INTERACTION_EVENT] = "x-office-calendar-symbolic",
  [RAPPORT_INTERACTION_NOTE] = "document-edit-symbolic",
  [RAPPORT_INTERACTION_INTRODUCTION_MADE] = "contact-new-symbolic",
  [RAPPORT_INTERACTION_HELP_GIVEN] = "emote-love-symbolic",
  [RAPPORT_INTERACTION_HELP_RECEIVED] = "starred-symbolic",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_icons) == RAPPORT_INTERACTION_KIND_LAST + 1);

/* Under the summary: "with Ana, Ben". */
static void
ensure_people_label (RapportInteractionRow *self)
{
  if (self->people_label != NULL)
    return;

  self->people_label = g_object_new (GTK_TYPE_LABEL,
                                     "xalign", 0.0f,
                                     "ellipsize", PANGO_ELLIPSIZE_END,
                                     "css-classes", (const char *[]) { "caption", "dim-label", NULL },
                                     NULL);
  gtk_box_insert_child_after (self->text_box, GTK_WIDGET (self->people_label), GTK_WIDGET (self->summary_label));
}

/* Under the people: the follow-up, or what came of an introduction. */
static void
ensure_follow_up (RapportInteractionRow *self)
{
  GtkWidget *after;

  if (self->follow_up_box != NULL)
    return;

  self->follow_up_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->follow_up_box, "caption");
  self->follow_up_icon = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "alarm-symbolic",
                                       "pixel-size", 12,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);
  self->follow_up_label = g_object_new (GTK_TYPE_LABEL,
                                        "xalign", 0.0f,
                                        "ellipsize", PANGO_ELLIPSIZE_END,
                                        NULL);
  gtk_box_append (GTK_BOX (self->follow_up_box), GTK_WIDGET (self->follow_up_icon));
  gtk_box_append (GTK_BOX (self->follow_up_box), GTK_WIDGET (self->follow_up_label));
  after = self->people_label != NULL ? GTK_WIDGET (self->people_label) : GTK_WIDGET (self->summary_label);
  gtk_box_insert_child_after (self->text_box, self->follow_up_box, after);
}

static void
update_expand_button (RapportInteractionRow *self)
{
  gtk_toggle_button_set_active (self->expand_button, self->expanded);
  gtk_button_set_icon_name (GTK_BUTTON (self->expand_button),
                            self->expanded ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->expand_button),
                               self->expanded ? C_("timeline", "Hide Details") : C_("timeline", "Show Details"));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->expand_button),
                               GTK_ACCESSIBLE_STATE_EXPANDED, self->expanded,
                               -1);
}

static void
expand_toggled_cb (RapportInteractionRow *self,
                   GtkToggleButton       *button)
{
  rapport_interaction_row_set_expanded (self, gtk_toggle_button_get_active (button));
}

/* The details, last under the summary, and the button beside the date that
 * shows them. */
static void
ensure_details (RapportInteractionRow *self)
{
  if (self->details_revealer != NULL)
    return;

  self->details_label = g_object_new (GTK_TYPE_LABEL,
                                      "margin-top", 6,
                                      "xalign", 0.0f,
                                      "wrap", TRUE,
                                      "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                      "selectable", TRUE,
                                      NULL);
  self->details_revealer = g_object_new (GTK_TYPE_REVEALER,
                                         "transition-type", GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN,
                                         "reveal-child", self->expanded,
                                         "child", self->details_label,
                                         NULL);
  gtk_box_append (self->text_box, GTK_WIDGET (self->details_revealer));

  self->expand_button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                      "halign", GTK_ALIGN_END,
                                      "css-classes", (const char *[]) { "flat", "circular", NULL },
                                      NULL);
  update_expand_button (self);
  g_signal_connect_object (self->expand_button, "toggled", G_CALLBACK (expand_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->side_box, GTK_WIDGET (self->expand_button));
}

static char *
format_time (int minutes)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (2000, 1, 1, minutes / 60, minutes % 60, 0);

  /* Translators: a time of day, see g_date_time_format(); "%l:%M %p" for a 12-hour clock */
  return g_date_time_format (dt, C_("time of day", "%H:%M"));
}

static char *
format_when (RapportInteraction *interaction,
             const GDate        *today)
{
  const GDate *date = rapport_interaction_get_date (interaction);
  int minutes = rapport_interaction_get_time_minutes (interaction);
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;

  if (date == NULL)
    return g_strdup ("");

  day = rapport_format_day (date, today);
  if (minutes < 0)
    return g_steal_pointer (&day);

  time = format_time (minutes);
  /* Translators: a day and a time of day, as in "Yesterday, 14:30" */
  return g_strdup_printf (C_("day and time", "%1$s, %2$s"), day, time);
}

static char *
format_follow_up (const GDate *follow_up,
                  const GDate *today)
{
  g_autofree char *day = NULL;

  switch (g_date_days_between (today, follow_up))
    {
    case -1:
      return g_strdup (_("Follow-up was due yesterday"));
    case 0:
      return g_strdup (_("Follow up today"));
    case 1:
      return g_strdup (_("Follow up tomorrow"));
    default:
      day = rapport_format_day (follow_up, today);
      /* Translators: %s is a day, as in "3 December" */
      return g_strdup_printf (_("Follow up on %s"), day);
    }
}

/* "with Ana, Ben": everyone but the person whose timeline this is. */
static char *
dup_other_people (RapportInteractionRow *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  const gint64 *ids;
  guint n_ids;

  if (self->store == NULL)
    return NULL;

  ids = rapport_interaction_get_contact_ids (self->interaction, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(RapportContact) contact = NULL;

      if (ids[i] == self->contact_id)
        continue;

      contact = rapport_store_get_contact (self->store, ids[i], NULL);
      if (contact != NULL)
        g_ptr_array_add (names, rapport_contact_dup_name (contact));
    }

  if (names->len == 0)
    return NULL;

  g_ptr_array_add (names, NULL);
  /* Translators: what goes between names in a list, as in "Ana, Ben" */
  joined = g_strjoinv (C_("list of names", ", "), (char **) names->pdata);
  /* Translators: %s is a list of names, as in "with Ana, Ben" */
  return g_strdup_printf (_("with %s"), joined);
}

static void
update_people (RapportInteractionRow *self)
{
  g_autofree char *people = NULL;

  if (self->interaction != NULL)
    people = dup_other_people (self);

  if (people == NULL && self->people_label == NULL)
    return;
  ensure_people_label (self);
  gtk_label_set_label (self->people_label, people ? people : "");
  gtk_widget_set_visible (GTK_WIDGET (self->people_label), people != NULL);
}

static void
set_accessible_label (RapportInteractionRow *self,
                      const char            *label)
{
  if (g_set_str (&self->accessible_label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESSIBLE_LABEL]);
}

static void
update (RapportInteractionRow *self)
{
  RapportInteractionKind kind;
  const GDate *follow_up;
  const char *summary;
  const char *details;
  const char *kind_label;
  g_autofree char *when = NULL;
  GDate today;

  if (self->interaction == NULL)
    {
      set_accessible_label (self, NULL);
      gtk_label_set_label (self->summary_label, "");
      gtk_label_set_label (self->date_label, "");
      if (self->details_label != NULL)
        {
          gtk_label_set_label (self->details_label, "");
          gtk_widget_set_visible (GTK_WIDGET (self->expand_button), FALSE);
        }
      if (self->follow_up_box != NULL)
        gtk_widget_set_visible (self->follow_up_box, FALSE);
      update_people (self);
      return;
    }

  rapport_date_set_today (&today);
  kind = rapport_interaction_get_kind (self->interaction);
  kind_label = rapport_interaction_kind_get_label (kind);
  summary = rapport_interaction_get_summary (self->interaction);
  details = rapport_interaction_get_details (self->interaction);
  follow_up = rapport_interaction_get_follow_up (self->interaction);

  gtk_image_set_from_icon_name (self->kind_icon, rapport_interaction_row_get_kind_icon (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_label,
                                  -1);

  /* Without a summary, the kind says what it was. */
  if (summary[0] != '\0')
    {
      gtk_label_set_label (self->summary_label, summary);
      gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->summary_label, kind_label);
      gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "dim-label");
    }

  when = format_when (self->interaction, &today);
  gtk_label_set_label (self->date_label, when);
  {
    /* What happened first, then when: read for the row as a whole. */
    /* Translators: how a screen reader names a timeline row: what happened, then when */
    g_autofree char *label = g_strdup_printf (_("%s, %s"), summary[0] != '\0' ? summary : kind_label, when);

    set_accessible_label (self, label);
  }

  if (follow_up != NULL)
    {
      g_autofree char *text = format_follow_up (follow_up, &today);
      gboolean ahead = g_date_compare (follow_up, &today) >= 0;

      ensure_follow_up (self);
      gtk_label_set_label (self->follow_up_label, text);
      if (ahead)
        {
          gtk_widget_add_css_class (self->follow_up_box, "accent");
          gtk_widget_remove_css_class (self->follow_up_box, "dim-label");
        }
      else
        {
          gtk_widget_add_css_class (self->follow_up_box, "dim-label");
          gtk_widget_remove_css_class (self->follow_up_box, "accent");
        }
    }
  /* An introduction's follow-up, answered: what came of it, in both
   * people's timelines. */
  if (kind == RAPPORT_INTERACTION_INTRODUCTION_MADE &&
      rapport_interaction_get_outcome (self->interaction) != RAPPORT_INTRODUCTION_OUTCOME_UNKNOWN)
    {
      /* TRANSLATORS: under an introduction in a timeline, e.g. "What came of it: Worked together" */
      g_autofree char *text = g_strdup_printf (_("What came of it: %s"),
                                               rapport_introduction_outcome_get_label (
                                                 rapport_interaction_get_outcome (self->interaction)));

      ensure_follow_up (self);
      gtk_label_set_label (self->follow_up_label, text);
      gtk_image_set_from_icon_name (self->follow_up_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (self->follow_up_box, "dim-label");
      gtk_widget_remove_css_class (self->follow_up_box, "accent");
      gtk_widget_set_visible (self->follow_up_box, TRUE);
    }
  else if (self->follow_up_box != NULL)
    {
      gtk_image_set_from_icon_name (self->follow_up_icon, "alarm-symbolic");
      gtk_widget_set_visible (self->follow_up_box, follow_up != NULL);
    }

  if (details[0] != '\0')
    ensure_details (self);
  if (self->details_label != NULL)
    {
      gtk_label_set_label (self->details_label, details);
      gtk_widget_set_visible (GTK_WIDGET (self->expand_button), details[0] != '\0');
    }
  if (details[0] == '\0')
    rapport_interaction_row_set_expanded (self, FALSE);
}

static gboolean
kind_tooltip_cb (RapportInteractionRow *self,
                 int                    x,
                 int                    y,
                 gboolean               keyboard_mode,
                 GtkTooltip            *tooltip)
{
  if (self->interaction == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, rapport_interaction_kind_get_label (rapport_interaction_get_kind (self->interaction)));
  return TRUE;
}

static void
interaction_notify_cb (RapportInteractionRow *self,
                       GParamSpec            *pspec,
                       RapportInteraction    *interaction)
{
  update (self);
}

static void
interaction_contacts_changed_cb (RapportInteractionRow *self,
                                 RapportInteraction    *interaction)
{
  update_people (self);
}

static void
store_changed_cb (RapportInteractionRow *self,
                  RapportRecordKind      kind,
                  gint64                 id,
                  RapportChangeKind      change,
                  RapportStore          *store)
{
  /* Someone in this interaction was renamed or removed (0: many at once).
   * The timeline's own person is not named in it, and is saved often. */
  if (kind == RAPPORT_RECORD_CONTACT && self->interaction != NULL && id != self->contact_id &&
      (id == 0 || rapport_interaction_has_contact (self->interaction, id)))
    update_people (self);
}

static void
kind_factory_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* The label says it all; the icon is decoration. */
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
kind_factory_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  const char *name = gtk_string_object_get_string (gtk_list_item_get_item (item));

  /* Not by position: a drop-down shows its chosen item outside the list. */
  for (guint kind = 0; kind <= RAPPORT_INTERACTION_KIND_LAST; kind++)
    if (g_strcmp0 (name, rapport_interaction_kind_get_label (kind)) == 0)
      gtk_image_set_from_icon_name (GTK_IMAGE (image), rapport_interaction_row_get_kind_icon (kind));
  gtk_label_set_label (GTK_LABEL (label), name);
}

static void
rapport_interaction_row_dispose (GObject *object)
{
  RapportInteractionRow *self = RAPPORT_INTERACTION_ROW (object);

  if (self->interaction_signals != NULL)
    g_signal_group_set_target (self->interaction_signals, NULL);
  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);

  g_clear_object (&self->interaction_signals);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->interaction);
  g_clear_object (&self->store);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (rapport_interaction_row_parent_class)->dispose (object);
}

static void
rapport_interaction_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RapportInteractionRow *self = RAPPORT_INTERACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_INTERACTION:
      g_value_set_object (value, self->interaction);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTACT_ID:
      g_value_set_int64 (value, self->contact_id);
      break;
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    case PROP_ACCESSIBLE_LABEL:
      g_value_set_string (value, self->accessible_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_interaction_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RapportInteractionRow *self = RAPPORT_INTERACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_INTERACTION:
      rapport_interaction_row_set_interaction (self, g_value_get_object (value));
      break;
    case PROP_STORE:
      rapport_interaction_row_set_store (self, g_value_get_object (value));
      break;
    case PROP_CONTACT_ID:
      rapport_interaction_row_set_contact_id (self, g_value_get_int64 (value));
      break;
    case PROP_EXPANDED:
      rapport_interaction_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_interaction_row_class_init (RapportInteractionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_interaction_row_dispose;
  object_class->get_property = rapport_interaction_row_get_property;
  object_class->set_property = rapport_interaction_row_set_property;

  /**
   * RapportInteractionRow:interaction:
   *
   * The interaction shown; the row follows its changes.
   */
  properties[PROP_INTERACTION] =
    g_param_spec_object ("interaction", NULL, NULL,
                         RAPPORT_TYPE_INTERACTION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportInteractionRow:store:
   *
   * Where the names of the people in the interaction come from.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RAPPORT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportInteractionRow:contact-id:
   *
   * The person whose timeline the row is in; left out of "with …".
   */
  properties[PROP_CONTACT_ID] =
    g_param_spec_int64 ("contact-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportInteractionRow:expanded:
   *
   * Whether the details are shown.
   */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportInteractionRow:accessible-label:
   *
   * What a screen reader says for the row: what happened, then when.
   */
  properties[PROP_ACCESSIBLE_LABEL] =
    g_param_spec_string ("accessible-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
rapport_interaction_row_init (RapportInteractionRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  /* Its tooltip is asked for when shown: setting a tooltip's text asks the
   * display where the pointer is, a round trip for every row bound. */
  self->kind_icon = g_object_new (GTK_TYPE_IMAGE,
                                  "has-tooltip", TRUE,
                                  "valign", GTK_ALIGN_START,
                                  "margin-top", 1,
                                  "css-classes", (const char *[]) { "dim-label", NULL },
                                  NULL);
  g_signal_connect_object (self->kind_icon, "query-tooltip", G_CALLBACK (kind_tooltip_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->kind_icon));

  /* What happened, who else was there, what is next, the details */
  self->text_box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 3,
                                 "hexpand", TRUE,
                                 "valign", GTK_ALIGN_BASELINE_FILL,
                                 "baseline-child", 0,
                                 NULL);
  self->summary_label = g_object_new (GTK_TYPE_LABEL,
                                      "xalign", 0.0f,
                                      "wrap", TRUE,
                                      "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                      "lines", 3,
                                      "ellipsize", PANGO_ELLIPSIZE_END,
                                      NULL);
  gtk_box_append (self->text_box, GTK_WIDGET (self->summary_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->text_box));

  /* When, and the button that shows the details */
  self->side_box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 3,
                                 "valign", GTK_ALIGN_BASELINE_FILL,
                                 "baseline-child", 0,
                                 NULL);
  self->date_label = g_object_new (GTK_TYPE_LABEL,
                                   "halign", GTK_ALIGN_END,
                                   "xalign", 1.0f,
                                   "css-classes", (const char *[]) { "caption", "dim-label", "numeric", NULL },
                                   NULL);
  gtk_box_append (self->side_box, GTK_WIDGET (self->date_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->side_box));

  adw_bin_set_child (ADW_BIN (self), box);

  self->interaction_signals = g_signal_group_new (RAPPORT_TYPE_INTERACTION);
  g_signal_group_connect_object (self->interaction_signals, "notify",
                                 G_CALLBACK (interaction_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->interaction_signals, "contacts-changed",
                                 G_CALLBACK (interaction_contacts_changed_cb), self, G_CONNECT_SWAPPED);

  self->store_signals = g_signal_group_new (RAPPORT_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

}

/**
 * rapport_interaction_row_new:
 *
 * Returns: (transfer floating): a new, empty row
 */
GtkWidget *
rapport_interaction_row_new (void)
{
  return g_object_new (RAPPORT_TYPE_INTERACTION_ROW, NULL);
}

/**
 * rapport_interaction_row_get_interaction:
 *
 * Returns: (transfer none) (nullable): the interaction shown
 */
RapportInteraction *
rapport_interaction_row_get_interaction (RapportInteractionRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION_ROW (self), NULL);

  return self->interaction;
}

/**
 * rapport_interaction_row_set_interaction:
 * @interaction: (nullable): the interaction to show
 *
 * Shows @interaction, collapsed.
 */
void
rapport_interaction_row_set_interaction (RapportInteractionRow *self,
                                         RapportInteraction    *interaction)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION_ROW (self));
  g_return_if_fail (interaction == NULL || RAPPORT_IS_INTERACTION (interaction));

  if (!g_set_object (&self->interaction, interaction))
    return;

  /* A recycled row starts closed. */
  rapport_interaction_row_set_expanded (self, FALSE);
  g_signal_group_set_target (self->interaction_signals, interaction);
  update (self);
  update_people (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION]);
}

/**
 * rapport_interaction_row_get_store:
 *
 * Returns: (transfer none) (nullable): the store names come from
 */
RapportStore *
rapport_interaction_row_get_store (RapportInteractionRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION_ROW (self), NULL);

  return self->store;
}

/**
 * rapport_interaction_row_set_store:
 * @store: (nullable): where to look up the names of the people
 */
void
rapport_interaction_row_set_store (RapportInteractionRow *self,
                                   RapportStore          *store)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION_ROW (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  update_people (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
rapport_interaction_row_get_contact_id (RapportInteractionRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION_ROW (self), 0);

  return self->contact_id;
}

/**
 * rapport_interaction_row_set_contact_id:
 * @contact_id: the person whose timeline this is, or 0
 *
 * The person left out of the "with …" line, since the whole timeline is theirs.
 */
void
rapport_interaction_row_set_contact_id (RapportInteractionRow *self,
                                        gint64                 contact_id)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION_ROW (self));
  g_return_if_fail (contact_id >= 0);

  if (self->contact_id == contact_id)
    return;

  self->contact_id = contact_id;
  update_people (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_ID]);
}

gboolean
rapport_interaction_row_get_expanded (RapportInteractionRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION_ROW (self), FALSE);

  return self->expanded;
}

/**
 * rapport_interaction_row_set_expanded:
 * @expanded: whether to show the details
 */
void
rapport_interaction_row_set_expanded (RapportInteractionRow *self,
                                      gboolean               expanded)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  if (self->details_revealer != NULL)
    {
      gtk_revealer_set_reveal_child (self->details_revealer, expanded);
      update_expand_button (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * rapport_interaction_row_get_kind_icon:
 * @kind: a kind of interaction
 *
 * Returns: the symbolic icon that stands for @kind
 */
const char *
rapport_interaction_row_get_kind_icon (RapportInteractionKind kind)
{
  g_return_val_if_fail (kind <= RAPPORT_INTERACTION_KIND_LAST, kind_icons[0]);

  return kind_icons[kind];
}

/**
 * rapport_interaction_row_new_kind_model:
 *
 * The kinds of interaction for a drop-down, in the order of their values:
 * the position of an item is its #RapportInteractionKind.
 *
 * Returns: (transfer full): a list of #GtkStringObject with their names
 */
GListModel *
rapport_interaction_row_new_kind_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint kind = 0; kind <= RAPPORT_INTERACTION_KIND_LAST; kind++)
    gtk_string_list_append (list, rapport_interaction_kind_get_label (kind));

  return G_LIST_MODEL (list);
}

/**
 * rapport_interaction_row_new_kind_factory:
 *
 * Shows the items of rapport_interaction_row_new_kind_model() with their icon.
 *
 * Returns: (transfer full): a list item factory
 */
GtkListItemFactory *
rapport_interaction_row_new_kind_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (kind_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (kind_factory_bind_cb), NULL);

  return factory;
}
