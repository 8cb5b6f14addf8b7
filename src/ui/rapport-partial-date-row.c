/* rapport-partial-date-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row for a date of which any part may be unknown — a birthday without a
 * year, "we met in 2019" — as a day, a month and a year. A combination that
 * does not exist (30 February) is shown as an error and never becomes the
 * row's date, so nothing half-typed is saved.
 */

#define G_LOG_DOMAIN "rapport-partial-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "rapport-partial-date-row.h"

struct _RapportPartialDateRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkDropDown *day_dropdown;
  GtkDropDown *month_dropdown;
  GtkEntry *year_entry;

  RapportPartialDate date;
  gboolean valid;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (RapportPartialDateRow, rapport_partial_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_valid (RapportPartialDateRow *self,
           gboolean               valid,
           const char            *message)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), message ? message : "");
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* Reads the three parts; a date that can exist becomes the row's date. */
static void
parts_changed_cb (RapportPartialDateRow *self)
{
  RapportPartialDate date = RAPPORT_PARTIAL_DATE_INIT;
  const char *year_text = gtk_editable_get_text (GTK_EDITABLE (self->year_entry));
  g_autofree char *year = g_strstrip (g_strdup (year_text));
  char *end = NULL;
  guint64 year_value = 0;

  if (self->syncing)
    return;

  if (*year != '\0')
    {
      year_value = g_ascii_strtoull (year, &end, 10);
      if (*end != '\0' || year_value < 1 || year_value > 9999)
        {
          set_valid (self, FALSE, _("The year must be a number from 1 to 9999"));
          return;
        }
    }

  date.day = (guint8) gtk_drop_down_get_selected (self->day_dropdown);
  date.month = (guint8) gtk_drop_down_get_selected (self->month_dropdown);
  date.year = (guint16) year_value;

  if (date.day != 0 && date.month == 0)
    {
      set_valid (self, FALSE, _("Choose a month for this day"));
      return;
    }
  if (!rapport_partial_date_is_valid (&date))
    {
      set_valid (self, FALSE, _("This day does not exist in that month"));
      return;
    }

  set_valid (self, TRUE, NULL);
  if (!rapport_partial_date_equal (&self->date, &date))
    {
      self->date = date;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

static void
rapport_partial_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RAPPORT_TYPE_PARTIAL_DATE_ROW);

  G_OBJECT_CLASS (rapport_partial_date_row_parent_class)->dispose (object);
}

static void
rapport_partial_date_row_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RapportPartialDateRow *self = RAPPORT_PARTIAL_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_partial_date_row_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RapportPartialDateRow *self = RAPPORT_PARTIAL_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      rapport_partial_date_row_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_partial_date_row_class_init (RapportPartialDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_partial_date_row_dispose;
  object_class->get_property = rapport_partial_date_row_get_property;
  object_class->set_property = rapport_partial_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, RAPPORT_TYPE_PARTIAL_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-partial-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPartialDateRow, day_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RapportPartialDateRow, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RapportPartialDateRow, year_entry);
  gtk_widget_class_bind_template_callback (widget_class, parts_changed_cb);
}

static void
rapport_partial_date_row_init (RapportPartialDateRow *self)
{
  g_autoptr(GtkStringList) days = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);

  self->valid = TRUE;
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the empty choice of a day of the month */
  gtk_string_list_append (days, C_("date field", "Day"));
  for (guint day = 1; day <= 31; day++)
    {
      g_autofree char *text = g_strdup_printf ("%u", day);

      gtk_string_list_append (days, text);
    }
  /* Translators: the empty choice of a month */
  gtk_string_list_append (months, C_("date field", "Month"));
  for (guint month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2000, (int) month, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%OB");

      gtk_string_list_append (months, name);
    }
  gtk_drop_down_set_model (self->day_dropdown, G_LIST_MODEL (days));
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (months));
  self->syncing = FALSE;
}

const RapportPartialDate *
rapport_partial_date_row_get_date (RapportPartialDateRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_PARTIAL_DATE_ROW (self), NULL);
  return &self->date;
}

/**
 * rapport_partial_date_row_set_date:
 * @date: (nullable): a valid date, or %NULL for none
 */
void
rapport_partial_date_row_set_date (RapportPartialDateRow    *self,
                                   const RapportPartialDate *date)
{
  RapportPartialDate value = date ? *date : RAPPORT_PARTIAL_DATE_INIT;
  g_autofree char *year = NULL;

  g_return_if_fail (RAPPORT_IS_PARTIAL_DATE_ROW (self));
  g_return_if_fail (rapport_partial_date_is_valid (&value));

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->day_dropdown, value.day);
  gtk_drop_down_set_selected (self->month_dropdown, value.month);
  year = value.year ? g_strdup_printf ("%u", value.year) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year);
  self->syncing = FALSE;
  set_valid (self, TRUE, NULL);

  if (!rapport_partial_date_equal (&self->date, &value))
    {
      self->date = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
}

gboolean
rapport_partial_date_row_get_valid (RapportPartialDateRow *self)
{
  g_return_val_if_fail (RAPPORT_IS_PARTIAL_DATE_ROW (self), FALSE);
  return self->valid;
}

/**
 * rapport_partial_date_row_set_parts:
 * @day: 1–31, or 0 for none
 * @month: 1–12, or 0 for none
 * @year: (nullable): the year as typed
 *
 * Sets the parts as a person would, one after the other.
 */
void
rapport_partial_date_row_set_parts (RapportPartialDateRow *self,
                                    guint                  day,
                                    guint                  month,
                                    const char            *year)
{
  g_return_if_fail (RAPPORT_IS_PARTIAL_DATE_ROW (self));

  gtk_drop_down_set_selected (self->day_dropdown, MIN (day, 31));
  gtk_drop_down_set_selected (self->month_dropdown, MIN (month, 12));
  gtk_editable_set_text (GTK_EDITABLE (self->year_entry), year ? year : "");
}
