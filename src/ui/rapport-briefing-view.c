/* rapport-briefing-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before an event: who will I see, and what should I remember? The statement
 * to say, then a card for each person who will be there — what they do, how
 * you know them, what happened last time, what they need and what you want
 * from meeting them. Read-only; the cards are rebuilt when shown.
 */

#define G_LOG_DOMAIN "rapport-briefing-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-briefing-view.h"
#include "rapport-contact-row.h"
#include "rapport-enums.h"
#include "rapport-event-row.h"
#include "rapport-introductions-group.h"
#include "rapport-relative-date.h"
#include "rapport-statement-row.h"

/* "Not seen for 6 months": no interaction in the last 183 days. */
#define LONG_AGO_DAYS 183

struct _RapportBriefingView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *event_name_label;
  GtkLabel *event_when_label;
  GtkWidget *statement_box;
  GtkLabel *statement_title_label;
  GtkLabel *statement_label;
  GtkSwitch *long_ago_switch;
  GtkBox *cards_box;
  GtkLabel *empty_label;

  /* Owned references */
  RapportStore *store;
  RapportEvent *event;
  RapportBriefing *briefing;
};

G_DEFINE_FINAL_TYPE (RapportBriefingView, rapport_briefing_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_EVENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* A heading and what it says, when there is something to say. */
static void
add_fact (GtkBox     *box,
          const char *heading,
          const char *text)
{
  GtkWidget *heading_label;

  if (text == NULL || *text == '\0')
    return;
  heading_label = new_label (heading, "caption-heading");
  gtk_label_set_selectable (GTK_LABEL (heading_label), FALSE);
  gtk_widget_add_css_class (heading_label, "dim-label");
  gtk_widget_set_margin_top (heading_label, 6);
  gtk_box_append (box, heading_label);
  gtk_box_append (box, new_label (text, NULL));
}

static GtkWidget *
build_card (const RapportBriefingEntry *entry,
            const GDate                *today)
{
  RapportContact *contact = entry->contact;
  g_autoptr(GdkTexture) texture = rapport_contact_dup_texture (contact);
  g_autofree char *subtitle = rapport_contact_dup_subtitle (contact);
  g_autoptr(GString) standing = g_string_new (NULL);
  g_autofree char *last = NULL;
  g_autofree char *follow_up = NULL;
  GtkWidget *card, *header, *names, *avatar, *name_label;

  /* A group: a plain box's label is not passed on to assistive technologies. */
  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       NULL);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "briefing-card");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  avatar = adw_avatar_new (48, entry->name, TRUE);
  if (texture != NULL)
    adw_avatar_set_custom_image (ADW_AVATAR (avatar), GDK_PAINTABLE (texture));
  gtk_widget_set_valign (avatar, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), avatar);

  names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (names, TRUE);
  name_label = new_label (*entry->name != '\0' ? entry->name : C_("briefing", "Unnamed Person"), "title-4");
  gtk_box_append (GTK_BOX (names), name_label);
  if (*subtitle != '\0')
    gtk_box_append (GTK_BOX (names), new_label (subtitle, "dim-label"));

  if (rapport_contact_get_closeness (contact) != RAPPORT_CLOSENESS_UNKNOWN)
    g_string_append (standing, rapport_closeness_get_label (rapport_contact_get_closeness (contact)));
  if (rapport_contact_get_enjoy (contact))
    /* Translators: separates facts about a person, as in "Friend · You enjoy them" */
    g_string_append_printf (standing, "%s%s", standing->len > 0 ? _(" · ") : "", _("You enjoy them"));
  if (entry->last == NULL)
    g_string_append_printf (standing, "%s%s", standing->len > 0 ? _(" · ") : "", _("Not met yet"));
  if (standing->len > 0)
    gtk_box_append (GTK_BOX (names), new_label (standing->str, "caption"));
  gtk_box_append (GTK_BOX (header), names);
  gtk_box_append (GTK_BOX (card), header);

  add_fact (GTK_BOX (card), C_("briefing", "Your Goal"), entry->goal);
  add_fact (GTK_BOX (card), _("How You Met"), rapport_contact_get_how_met (contact));
  if (entry->last != NULL)
    {
      g_autofree char *day = rapport_format_day (rapport_interaction_get_date (entry->last), today);

      /* Translators: the day of the last interaction with someone, and its summary */
      last = g_strdup_printf (_("%s: %s"), day, rapport_interaction_get_summary (entry->last));
    }
  if (g_date_valid (&entry->follow_up))
    follow_up = rapport_format_day (&entry->follow_up, today);
  add_fact (GTK_BOX (card), C_("briefing", "Last Time"), last);
  add_fact (GTK_BOX (card), C_("briefing", "Follow Up"), follow_up);
  add_fact (GTK_BOX (card), C_("briefing", "Looking For"), rapport_contact_get_looking_for (contact));
  add_fact (GTK_BOX (card), _("How You Can Help"), rapport_contact_get_how_i_can_help (contact));

  /* Cards have no padding of their own. */
  for (GtkWidget *child = gtk_widget_get_first_child (card); child; child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_set_margin_start (child, 18);
      gtk_widget_set_margin_end (child, 18);
    }
  gtk_widget_set_margin_top (header, 18);
  gtk_widget_set_margin_bottom (gtk_widget_get_last_child (card), 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (GTK_LABEL (name_label)), -1);
  return card;
}

/* The event's name, day, time and place, as the printed briefing begins. */
static void
update_event (RapportBriefingView *self)
{
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  const char *place;

  if (self->event == NULL)
    return;

  when = rapport_event_dup_when (self->event);
  place = rapport_event_get_place (self->event);
  line = *place != '\0' ? g_strconcat (when, _(" · "), place, NULL) : g_strdup (when);
  gtk_label_set_label (self->event_name_label,
                       *rapport_event_get_name (self->event) ? rapport_event_get_name (self->event)
                                                             : _("Untitled Event"));
  gtk_label_set_label (self->event_when_label, line);
}

static void
introduce_clicked_cb (RapportBriefingView *self,
                      GtkButton           *button)
{
  if (self->store == NULL)
    return;
  rapport_introductions_present_dialog (GTK_WIDGET (self), self->store,
                                        g_object_get_data (G_OBJECT (button), "seeker"),
                                        GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "helper-id")));
}

/* Who could help whom among those who will be there, best first: a few. */
static GtkWidget *
build_pairs (RapportBriefingView *self)
{
  g_autoptr(GPtrArray) pairs = rapport_briefing_find_pairs (self->briefing, 5);
  GtkWidget *group;

  if (pairs->len == 0)
    return NULL;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Introductions to Make Here"));
  for (guint i = 0; i < pairs->len; i++)
    {
      RapportIntroductionPair *pair = g_ptr_array_index (pairs, i);
      g_autofree char *seeker_name = rapport_contact_dup_name (pair->seeker);
      /* TRANSLATORS: a button's tooltip and name for screen readers, e.g. "Introduce Ana Silva to Ben Ng" */
      g_autofree char *title = g_strdup_printf (_("Introduce %s to %s"), seeker_name, pair->helper->name);
      g_autofree char *escaped = g_markup_escape_text (title, -1);
      g_autofree char *subtitle = rapport_introductions_describe (pair->helper);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("system-users-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (button, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "seeker", g_object_ref (pair->seeker), g_object_unref);
      g_object_set_data (G_OBJECT (button), "helper-id", GSIZE_TO_POINTER ((gsize) pair->helper->contact_id));
      g_signal_connect_object (button, "clicked", G_CALLBACK (introduce_clicked_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static void
update_statement (RapportBriefingView *self)
{
  RapportPeecStatement *statement = self->briefing ? rapport_briefing_get_statement (self->briefing) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->statement_box, statement != NULL);
  if (statement == NULL)
    return;

  title = rapport_peec_statement_dup_title (statement);
  text = rapport_peec_statement_dup_text (statement);
  gtk_label_set_label (self->statement_title_label, title);
  gtk_label_set_label (self->statement_label, *text != '\0' ? text : _("Nothing written yet"));
}

static void
copy_cb (RapportBriefingView *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                          gtk_label_get_label (self->statement_label));
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (C_("briefing", "Copied")));
}

static void
rapport_briefing_view_dispose (GObject *object)
{
  RapportBriefingView *self = RAPPORT_BRIEFING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_BRIEFING_VIEW);
  g_clear_object (&self->briefing);
  g_clear_object (&self->event);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_briefing_view_parent_class)->dispose (object);
}

static void
rapport_briefing_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportBriefingView *self = RAPPORT_BRIEFING_VIEW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_briefing_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportBriefingView *self = RAPPORT_BRIEFING_VIEW (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      rapport_briefing_view_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_briefing_view_class_init (RapportBriefingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_briefing_view_dispose;
  object_class->get_property = rapport_briefing_view_get_property;
  object_class->set_property = rapport_briefing_view_set_property;

  /**
   * RapportBriefingView:event:
   *
   * The event to brief on, or %NULL.
   */
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, RAPPORT_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-briefing-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, event_name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, event_when_label);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, statement_box);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, statement_title_label);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, statement_label);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, long_ago_switch);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, cards_box);
  gtk_widget_class_bind_template_child (widget_class, RapportBriefingView, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, copy_cb);
  gtk_widget_class_bind_template_callback (widget_class, rapport_briefing_view_refresh);
}

static void
rapport_briefing_view_init (RapportBriefingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rapport_briefing_view_set_store:
 * @store: where the people are kept
 */
void
rapport_briefing_view_set_store (RapportBriefingView *self,
                                 RapportStore        *store)
{
  g_return_if_fail (RAPPORT_IS_BRIEFING_VIEW (self));
  g_return_if_fail (RAPPORT_IS_STORE (store));

  g_set_object (&self->store, store);
}

/**
 * rapport_briefing_view_get_event:
 *
 * Returns: (transfer none) (nullable): the event briefed on
 */
RapportEvent *
rapport_briefing_view_get_event (RapportBriefingView *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEFING_VIEW (self), NULL);
  return self->event;
}

/**
 * rapport_briefing_view_set_event:
 * @event: (nullable): the event to brief on
 */
void
rapport_briefing_view_set_event (RapportBriefingView *self,
                                 RapportEvent        *event)
{
  g_return_if_fail (RAPPORT_IS_BRIEFING_VIEW (self));
  g_return_if_fail (event == NULL || RAPPORT_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;
  rapport_briefing_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

/**
 * rapport_briefing_view_refresh:
 *
 * Reads the attendees, their people and their timelines again.
 */
void
rapport_briefing_view_refresh (RapportBriefingView *self)
{
  g_autoptr(GError) error = NULL;
  guint n_entries, shown = 0;
  GtkWidget *child;
  GDate today, since;

  g_return_if_fail (RAPPORT_IS_BRIEFING_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box))) != NULL)
    gtk_box_remove (self->cards_box, child);

  g_clear_object (&self->briefing);
  if (self->store != NULL && self->event != NULL)
    {
      self->briefing = rapport_briefing_new (self->store, self->event, &error);
      if (self->briefing == NULL)
        g_debug ("Could not read the briefing: %s", error->message);
    }
  update_event (self);
  update_statement (self);

  rapport_date_set_today (&today);
  rapport_briefing_view_get_since (self, &since);
  n_entries = self->briefing ? rapport_briefing_get_n_entries (self->briefing) : 0;
  if (n_entries > 1)
    {
      GtkWidget *pairs = build_pairs (self);

      if (pairs != NULL)
        gtk_box_append (self->cards_box, pairs);
    }
  for (guint i = 0; i < n_entries; i++)
    {
      const RapportBriefingEntry *entry = rapport_briefing_get_entry (self->briefing, i);

      if (g_date_valid (&since) && rapport_briefing_entry_seen_since (entry, &since))
        continue;
      gtk_box_append (self->cards_box, build_card (entry, &today));
      shown++;
    }

  gtk_label_set_label (self->empty_label,
                       n_entries == 0 ? _("Add the people who will be there to see what to remember about them")
                                      : _("Everyone there was seen in the last 6 months"));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), shown == 0);
}

/**
 * rapport_briefing_view_get_since:
 * @since: (out): the day, or an invalid date
 *
 * With "only people I haven't seen in 6 months" on, the day from which
 * people count as seen lately and are left out.
 */
void
rapport_briefing_view_get_since (RapportBriefingView *self,
                                 GDate               *since)
{
  g_return_if_fail (RAPPORT_IS_BRIEFING_VIEW (self));
  g_return_if_fail (since != NULL);

  g_date_clear (since, 1);
  if (!gtk_switch_get_active (self->long_ago_switch))
    return;
  rapport_date_set_today (since);
  g_date_subtract_days (since, LONG_AGO_DAYS);
}

/**
 * rapport_briefing_view_get_briefing:
 *
 * Returns: (transfer none) (nullable): what the page shows
 */
RapportBriefing *
rapport_briefing_view_get_briefing (RapportBriefingView *self)
{
  g_return_val_if_fail (RAPPORT_IS_BRIEFING_VIEW (self), NULL);
  return self->briefing;
}
