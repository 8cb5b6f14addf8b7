/* rapport-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's interactions, newest first under month headings, with a bar on
 * top to note a new one in a few keystrokes. The list is a GtkListView over
 * the store's timeline model, so rows are made only around what is on screen
 * and reused as it scrolls. A GtkListView makes up to 200 rows, though, and
 * opening a busy person would make them all: it is given the newest
 * SHOWN_AT_FIRST interactions, and more as it is scrolled near its end.
 */

#define G_LOG_DOMAIN "rapport-timeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-calendar-a11y.h"
#include "rapport-interaction-dialog.h"
#include "rapport-interaction-row.h"
#include "rapport-relative-date.h"
#include "rapport-timeline-view.h"

/* Before the timeline has a height, what fills most windows: the first
 * frame makes only these rows, and the next ones come a frame later if the
 * window is taller (20 rather than 40 opens a busy person in 35 ms rather
 * than 45). */
#define SHOWN_AT_FIRST 20
/* Rows are taller than this: a timeline of height h shows fewer than h / 48. */
#define ROW_HEIGHT_AT_LEAST 48

struct _RapportTimelineView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkWidget *add_bar;
  GtkEntry *summary_entry;
  GtkWidget *add_button;
  GtkDropDown *kind_drop_down;
  GtkMenuButton *date_button;
  GtkLabel *date_label;
  GtkCalendar *calendar;
  GtkLabel *error_label;
  GtkListView *list_view;
  GtkSortListModel *sort_model;
  GtkSliceListModel *shown_model;
  guint show_more_id;

  /* Owned references */
  RapportStore *store;
  RapportContact *contact;
  GSignalGroup *contact_signals;
  GSignalGroup *store_signals;

  /* The day the next interaction is added on */
  GDate date;
  guint scroll_to_top_id;

  /* What was typed in the add bar for each person, kept across switches */
  GHashTable *drafts;
};

static gboolean scroll_to_top_cb (GtkWidget     *widget,
                                  GdkFrameClock *frame_clock,
                                  gpointer       user_data);

G_DEFINE_FINAL_TYPE (RapportTimelineView, rapport_timeline_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
get_contact_id (RapportTimelineView *self)
{
  return self->contact != NULL ? rapport_contact_get_id (self->contact) : 0;
}

static int
month_of (RapportInteraction *interaction)
{
  const GDate *date = rapport_interaction_get_date (interaction);

  return date != NULL ? g_date_get_year (date) * 12 + g_date_get_month (date) : 0;
}

static void
show_error (RapportTimelineView *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_date (RapportTimelineView *self,
          const GDate         *date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *label = NULL;
  GDate today;

  self->date = *date;

  rapport_date_set_today (&today);
  label = rapport_format_day (date, &today);
  gtk_label_set_label (self->date_label, label);

  dt = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                              0, 0, 0);
  g_signal_handlers_block_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_calendar_select_day (self->calendar, dt);
  g_signal_handlers_unblock_matched (self->calendar, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

/* A new person, or a store: start over from a clean bar. */
static void
reset_add_bar (RapportTimelineView *self)
{
  GDate today;

  rapport_date_set_today (&today);
  set_date (self, &today);
  gtk_drop_down_set_selected (self->kind_drop_down, RAPPORT_INTERACTION_MET_IN_PERSON);
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), "");
  show_error (self, NULL);
}

/* GtkListView keeps its first row at the top of the view, which leaves the
 * month heading above that row out of sight. Once the list is laid out,
 * scroll to the very top, heading included. */
static void
scroll_to_top (RapportTimelineView *self)
{
  if (self->scroll_to_top_id == 0 && g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    self->scroll_to_top_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_top_cb, NULL, NULL);
}

/* The rows that fill the timeline as tall as it is now. */
static guint
first_rows (RapportTimelineView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->list_view));

  return height > 0 ? (guint) height / ROW_HEIGHT_AT_LEAST + 1 : SHOWN_AT_FIRST;
}

static void
reload (RapportTimelineView *self)
{
  g_autoptr(GListModel) timeline = NULL;
  gint64 contact_id = get_contact_id (self);

  if (self->store != NULL && contact_id > 0)
    timeline = rapport_store_list_timeline (self->store, contact_id);

  gtk_slice_list_model_set_size (self->shown_model, first_rows (self));
  gtk_slice_list_model_set_model (self->shown_model, timeline);
  scroll_to_top (self);
  /* Only a saved person can have interactions. */
  gtk_widget_set_sensitive (self->add_bar, timeline != NULL);
}

static guint
find_position (RapportTimelineView *self,
               gint64               id)
{
  GListModel *timeline = gtk_slice_list_model_get_model (self->shown_model);
  guint n_items = timeline != NULL ? g_list_model_get_n_items (timeline) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RapportInteraction) item = g_list_model_get_item (timeline, i);

      if (rapport_interaction_get_id (item) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
add_interaction (RapportTimelineView *self)
{
  g_autoptr(RapportInteraction) interaction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gint64 contact_id = get_contact_id (self);
  guint kind;
  guint position;

  summary = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->summary_entry))));
  if (summary[0] == '\0' || self->store == NULL || contact_id <= 0)
    return;

  kind = MIN (gtk_drop_down_get_selected (self->kind_drop_down), RAPPORT_INTERACTION_KIND_LAST);
  interaction = rapport_interaction_new (kind, &self->date);
  rapport_interaction_set_summary (interaction, summary);
  rapport_interaction_set_contact_ids (interaction, &contact_id, 1);

  /* On failure the text stays, so nothing typed is lost. */
  if (!rapport_store_add_interaction (self->store, interaction, &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));

  /* Show where it went: a new first row with its heading, or just the row. */
  position = find_position (self, rapport_interaction_get_id (interaction));
  if (position != GTK_INVALID_LIST_POSITION && position >= gtk_slice_list_model_get_size (self->shown_model))
    gtk_slice_list_model_set_size (self->shown_model, position + SHOWN_AT_FIRST);
  if (position == 0)
    scroll_to_top (self);
  else if (position != GTK_INVALID_LIST_POSITION)
    gtk_list_view_scroll_to (self->list_view, position, GTK_LIST_SCROLL_NONE, NULL);
}

static gboolean
scroll_to_top_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  RapportTimelineView *self = RAPPORT_TIMELINE_VIEW (widget);
  GtkAdjustment *adjustment;

  /* Wait for the list to be laid out (but not for a list that went empty). */
  if (gtk_widget_get_height (GTK_WIDGET (self->list_view)) == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));

  self->scroll_to_top_id = 0;
  return G_SOURCE_REMOVE;
}

static int
compare_month_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int month_a = month_of ((RapportInteraction *) a);
  int month_b = month_of ((RapportInteraction *) b);

  /* The latest month first, as the timeline runs. */
  return (month_b > month_a) - (month_b < month_a);
}

static gboolean
month_heading_cb (GBinding     *binding,
                  const GValue *from_value,
                  GValue       *to_value,
                  gpointer      user_data)
{
  const GDate *date = g_value_get_boxed (from_value);

  g_value_take_string (to_value, date != NULL ? rapport_format_month (date) : g_strdup (""));
  return TRUE;
}

static void
unbind_binding (gpointer data)
{
  g_binding_unbind (data);
  g_object_unref (data);
}

static char *
page_for_n_items_cb (RapportTimelineView *self,
                     guint                n_items)
{
  return g_strdup (n_items > 0 ? "list" : "empty");
}

static void
summary_activate_cb (RapportTimelineView *self,
                     GtkEntry            *entry)
{
  add_interaction (self);
}

static void
summary_changed_cb (RapportTimelineView *self,
                    GtkEditable         *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  /* An empty summary adds nothing. */
  gtk_widget_set_sensitive (self->add_button, text[0] != '\0');
}

static void
add_clicked_cb (RapportTimelineView *self,
                GtkButton           *button)
{
  add_interaction (self);
}

static void
calendar_day_selected_cb (RapportTimelineView *self,
                          GtkCalendar         *calendar)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
  set_date (self, &date);
}

/* A click on a day picks it; the keyboard moves through days until Escape. */
static void
calendar_released_cb (RapportTimelineView *self,
                      int                  n_press,
                      double               x,
                      double               y,
                      GtkGestureClick     *gesture)
{
  gtk_menu_button_popdown (self->date_button);
}

/* Less than a page left below what is on screen: show more rows. Checked
 * a frame later, when the list has measured the rows it was given. */
static gboolean
show_more_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  RapportTimelineView *self = RAPPORT_TIMELINE_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  double page = gtk_adjustment_get_page_size (adjustment);
  double left = gtk_adjustment_get_upper (adjustment) - (gtk_adjustment_get_value (adjustment) + page);
  guint shown = gtk_slice_list_model_get_size (self->shown_model);
  GListModel *timeline = gtk_slice_list_model_get_model (self->shown_model);

  self->show_more_id = 0;
  if (page > 0 && left < page && timeline != NULL && shown < g_list_model_get_n_items (timeline))
    gtk_slice_list_model_set_size (self->shown_model, shown + SHOWN_AT_FIRST);
  return G_SOURCE_REMOVE;
}

static void
show_more_cb (RapportTimelineView *self)
{
  if (self->show_more_id == 0)
    self->show_more_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_more_tick_cb, NULL, NULL);
}

static void
list_activate_cb (RapportTimelineView *self,
                  guint                position,
                  GtkListView         *list_view)
{
  g_autoptr(RapportInteraction) interaction = NULL;
  RapportInteractionDialog *dialog;

  interaction = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  if (interaction == NULL || self->store == NULL)
    return;

  dialog = rapport_interaction_dialog_new (self->store, interaction);
  rapport_interaction_dialog_present (dialog, GTK_WIDGET (self));
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              RapportTimelineView      *self)
{
  gtk_list_item_set_child (item, rapport_interaction_row_new ());
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RapportTimelineView      *self)
{
  RapportInteractionRow *row = RAPPORT_INTERACTION_ROW (gtk_list_item_get_child (item));

  rapport_interaction_row_set_store (row, self->store);
  rapport_interaction_row_set_contact_id (row, get_contact_id (self));
  rapport_interaction_row_set_interaction (row, gtk_list_item_get_item (item));
  /* The row is read by a name of its own, what happened first. */
  g_object_set_data_full (G_OBJECT (item), "rapport-label-binding",
                          g_object_ref (g_object_bind_property (row, "accessible-label", item, "accessible-label",
                                                                G_BINDING_SYNC_CREATE)),
                          unbind_binding);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               RapportTimelineView      *self)
{
  RapportInteractionRow *row = RAPPORT_INTERACTION_ROW (gtk_list_item_get_child (item));

  g_object_set_data (G_OBJECT (item), "rapport-label-binding", NULL);
  rapport_interaction_row_set_interaction (row, NULL);
}

static void
header_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListHeader            *header,
                 RapportTimelineView      *self)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_list_header_set_child (header, label);
}

static void
header_bind_cb (GtkSignalListItemFactory *factory,
                GtkListHeader            *header,
                RapportTimelineView      *self)
{
  GBinding *binding;

  /* Bound, not set: a date edited into another month renames the heading. */
  binding = g_object_bind_property_full (gtk_list_header_get_item (header), "date",
                                         gtk_list_header_get_child (header), "label",
                                         G_BINDING_SYNC_CREATE,
                                         month_heading_cb, NULL, NULL, NULL);
  g_object_set_data_full (G_OBJECT (header), "rapport-month-binding",
                          g_object_ref (binding), unbind_binding);
}

static void
header_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListHeader            *header,
                  RapportTimelineView      *self)
{
  g_object_set_data (G_OBJECT (header), "rapport-month-binding", NULL);
}

static void
contact_id_changed_cb (RapportTimelineView *self,
                       GParamSpec          *pspec,
                       RapportContact      *contact)
{
  reload (self);
}

static void
store_changed_cb (RapportTimelineView *self,
                  RapportRecordKind    kind,
                  gint64               id,
                  RapportChangeKind    change,
                  RapportStore        *store)
{
  guint position;
  guint n_items;

  if (kind != RAPPORT_RECORD_INTERACTION || change != RAPPORT_CHANGE_UPDATED || id <= 0)
    return;

  /* An edit that moves an interaction into another month without changing
   * the order (the last of November becomes the first of October) changes
   * no row, but it changes where the month headings go. */
  position = find_position (self, id);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  /* Not among the rows shown: no heading on screen moves. */
  if (position < n_items)
    gtk_section_model_sections_changed (GTK_SECTION_MODEL (self->sort_model),
                                        position, MIN (2, n_items - position));
}

static void
rapport_timeline_view_dispose (GObject *object)
{
  RapportTimelineView *self = RAPPORT_TIMELINE_VIEW (object);

  if (self->scroll_to_top_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_to_top_id);
      self->scroll_to_top_id = 0;
    }
  if (self->list_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)), self);
  if (self->show_more_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->show_more_id);
      self->show_more_id = 0;
    }
  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  if (self->store_signals != NULL)
    g_signal_group_set_target (self->store_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_TIMELINE_VIEW);

  g_clear_object (&self->contact_signals);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->store);
  g_clear_pointer (&self->drafts, g_hash_table_unref);

  G_OBJECT_CLASS (rapport_timeline_view_parent_class)->dispose (object);
}

static void
rapport_timeline_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportTimelineView *self = RAPPORT_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_timeline_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportTimelineView *self = RAPPORT_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_timeline_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_CONTACT:
      rapport_timeline_view_set_contact (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_timeline_view_class_init (RapportTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_timeline_view_dispose;
  object_class->get_property = rapport_timeline_view_get_property;
  object_class->set_property = rapport_timeline_view_set_property;

  /**
   * RapportTimelineView:store:
   *
   * The store the timeline is read from and new interactions go to.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RAPPORT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportTimelineView:contact:
   *
   * Whose timeline is shown. %NULL, or a person not saved yet, shows an
   * empty timeline that cannot be added to.
   */
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL,
                         RAPPORT_TYPE_CONTACT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_INTERACTION_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, add_bar);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, add_button);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, date_button);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, date_label);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, calendar);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, error_label);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, RapportTimelineView, shown_model);
  gtk_widget_class_bind_template_callback (widget_class, page_for_n_items_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, header_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, header_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, header_unbind_cb);
}

static void
rapport_timeline_view_init (RapportTimelineView *self)
{
  g_autoptr(GListModel) kinds = NULL;
  g_autoptr(GtkListItemFactory) kind_factory = NULL;
  g_autoptr(GtkCustomSorter) month_sorter = NULL;
  GtkAdjustment *adjustment;

  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_calendar_a11y_setup (self->calendar);

  self->drafts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  /* Only sections: the store already gives the newest first, and the sort
   * is stable, so within a month that order stays. */
  month_sorter = gtk_custom_sorter_new (compare_month_cb, NULL, NULL);
  gtk_sort_list_model_set_section_sorter (self->sort_model, GTK_SORTER (month_sorter));
  gtk_slice_list_model_set_size (self->shown_model, SHOWN_AT_FIRST);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (show_more_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (show_more_cb), self, G_CONNECT_SWAPPED);

  kinds = rapport_interaction_row_new_kind_model ();
  kind_factory = rapport_interaction_row_new_kind_factory ();
  gtk_drop_down_set_model (self->kind_drop_down, kinds);
  gtk_drop_down_set_factory (self->kind_drop_down, kind_factory);

  self->contact_signals = g_signal_group_new (RAPPORT_TYPE_CONTACT);
  g_signal_group_connect_object (self->contact_signals, "notify::id",
                                 G_CALLBACK (contact_id_changed_cb), self, G_CONNECT_SWAPPED);
  self->store_signals = g_signal_group_new (RAPPORT_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "changed",
                                 G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  reset_add_bar (self);
}

/**
 * rapport_timeline_view_new:
 * @store: (nullable): the store
 * @contact: (nullable): whose timeline to show
 *
 * Returns: (transfer floating): a new timeline
 */
GtkWidget *
rapport_timeline_view_new (RapportStore   *store,
                           RapportContact *contact)
{
  g_return_val_if_fail (store == NULL || RAPPORT_IS_STORE (store), NULL);
  g_return_val_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact), NULL);

  return g_object_new (RAPPORT_TYPE_TIMELINE_VIEW,
                       "store", store,
                       "contact", contact,
                       NULL);
}

/**
 * rapport_timeline_view_get_store:
 *
 * Returns: (transfer none) (nullable): the store
 */
RapportStore *
rapport_timeline_view_get_store (RapportTimelineView *self)
{
  g_return_val_if_fail (RAPPORT_IS_TIMELINE_VIEW (self), NULL);

  return self->store;
}

/**
 * rapport_timeline_view_set_store:
 * @store: (nullable): the store to show the timeline from
 */
void
rapport_timeline_view_set_store (RapportTimelineView *self,
                                 RapportStore        *store)
{
  g_return_if_fail (RAPPORT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  reset_add_bar (self);
  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rapport_timeline_view_get_contact:
 *
 * Returns: (transfer none) (nullable): whose timeline is shown
 */
RapportContact *
rapport_timeline_view_get_contact (RapportTimelineView *self)
{
  g_return_val_if_fail (RAPPORT_IS_TIMELINE_VIEW (self), NULL);

  return self->contact;
}

/**
 * rapport_timeline_view_set_contact:
 * @contact: (nullable): whose timeline to show
 *
 * Shows @contact's timeline. A person not saved yet has none, and gets one
 * as soon as they are saved.
 */
void
rapport_timeline_view_set_contact (RapportTimelineView *self,
                                   RapportContact      *contact)
{
  const char *typed;
  const char *draft;
  gint64 old_id;

  g_return_if_fail (RAPPORT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (self->contact == contact)
    return;

  /* Something typed but not yet added stays with its person. */
  old_id = get_contact_id (self);
  typed = gtk_editable_get_text (GTK_EDITABLE (self->summary_entry));
  if (self->drafts == NULL)
    ;
  else if (old_id > 0 && *typed != '\0')
    g_hash_table_insert (self->drafts, g_memdup2 (&old_id, sizeof old_id), g_strdup (typed));
  else if (old_id > 0)
    g_hash_table_remove (self->drafts, &old_id);

  g_set_object (&self->contact, contact);

  g_signal_group_set_target (self->contact_signals, contact);
  reset_add_bar (self);
  draft = self->drafts ? g_hash_table_lookup (self->drafts, &(gint64) { get_contact_id (self) }) : NULL;
  if (draft != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), draft);
  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}

/**
 * rapport_timeline_view_focus_new:
 *
 * Puts the cursor where a new interaction is typed.
 */
void
rapport_timeline_view_focus_new (RapportTimelineView *self)
{
  g_return_if_fail (RAPPORT_IS_TIMELINE_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
}
