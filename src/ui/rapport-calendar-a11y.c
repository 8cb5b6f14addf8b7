/* rapport-calendar-a11y.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What GtkCalendar leaves out for the keyboard and screen readers, added
 * from the outside with public API only:
 *
 * - Its arrows show only an icon and GTK names none of them, so a screen
 *   reader said "button" four times: they are named, with a tooltip.
 * - Its keyboard cursor starts on the top-left cell (a day of the month
 *   before) whatever day is chosen, and GTK has no call to move it: a
 *   click puts it on a day, a programmatic selection does not. When the
 *   calendar takes the focus, the cursor is walked to the chosen day with
 *   the calendar's own arrow-key handling, watching the day cells' state
 *   (GTK marks the cursor's cell focused and the chosen day's selected).
 */

#define G_LOG_DOMAIN "rapport-calendar-a11y"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-calendar-a11y.h"

/* The grid has 6 weeks of 7 days. */
#define N_CELLS 42

static void
name_arrows (GtkCalendar *calendar)
{
  /* In the heading they come as month back, month on, year back, year on. */
  const char *names[] = {
    N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year"),
  };
  GtkWidget *heading = gtk_widget_get_first_child (GTK_WIDGET (calendar));
  guint n = 0;

  for (GtkWidget *child = heading ? gtk_widget_get_first_child (heading) : NULL;
       child != NULL && n < G_N_ELEMENTS (names);
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[n]), -1);
        gtk_widget_set_tooltip_text (child, _(names[n]));
        n++;
      }
}

static GtkWidget *
find_day_cell (GtkWidget     *widget,
               GtkStateFlags  state)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, "day-number") &&
          (gtk_widget_get_state_flags (child) & state) != 0)
        return child;
      found = find_day_cell (child, state);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }

  return NULL;
}

static void
press (GtkEventController *keys,
       guint               keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
}

static void
focus_entered_cb (GtkEventControllerFocus *focus,
                  GtkCalendar             *calendar)
{
  GtkWidget *widget = GTK_WIDGET (calendar);
  GtkWidget *chosen = find_day_cell (widget, GTK_STATE_FLAG_SELECTED);
  GtkEventController *keys = find_key_controller (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  guint back = rtl ? GDK_KEY_Right : GDK_KEY_Left;
  guint on = rtl ? GDK_KEY_Left : GDK_KEY_Right;

  if (chosen == NULL || keys == NULL || find_day_cell (widget, GTK_STATE_FLAG_FOCUSED) == chosen)
    return;

  /* Back 42 times reaches the first cell from any cell, and from none;
   * then on, cell by cell, to the chosen day. */
  for (guint i = 0; i < N_CELLS; i++)
    press (keys, back);
  for (guint i = 0; i < N_CELLS && find_day_cell (widget, GTK_STATE_FLAG_FOCUSED) != chosen; i++)
    press (keys, on);
}

/**
 * rapport_calendar_a11y_setup:
 * @calendar: a calendar
 *
 * Names @calendar's arrows, and puts its keyboard cursor on the chosen day
 * whenever it takes the focus.
 */
void
rapport_calendar_a11y_setup (GtkCalendar *calendar)
{
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  name_arrows (calendar);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (focus_entered_cb), calendar, 0);
  gtk_widget_add_controller (GTK_WIDGET (calendar), focus);
}
