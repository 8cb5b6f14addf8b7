/* rapport-address-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A postal address edited the way GNOME Contacts does it: a row for each
 * part — street, apartment, post-office box, postal code, city, region,
 * country — and its type (home, work, other, or the label it came with).
 * Every keystroke changes the field at once, and ::edited tells the page,
 * which saves as it does for the rest: there is no Save button to forget.
 * The address's own label and place (vCard LABEL and GEO) are kept as
 * they came.
 */

#define G_LOG_DOMAIN "rapport-address-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-address-dialog.h"
#include "rapport-row-names.h"

struct _RapportAddressDialog
{
  AdwDialog parent_instance;

  /* Template widgets */
  AdwComboRow *type_row;
  AdwEntryRow *street_row;
  AdwEntryRow *extended_row;
  AdwEntryRow *po_box_row;
  AdwEntryRow *postal_code_row;
  AdwEntryRow *locality_row;
  AdwEntryRow *region_row;
  AdwEntryRow *country_row;

  /* Owned references */
  RapportContactField *field;
  char *custom_label;       /* a label other than the three types, or NULL */
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (RapportAddressDialog, rapport_address_dialog, ADW_TYPE_DIALOG)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The labels the Type row offers, as stored (the reader's and vCard's). */
static const char * const type_labels[] = { "home", "work", "other" };

static AdwEntryRow *
part_row (RapportAddressDialog *self,
          RapportAddressPart    part)
{
  switch (part)
    {
    case RAPPORT_ADDRESS_PO_BOX: return self->po_box_row;
    case RAPPORT_ADDRESS_EXTENDED: return self->extended_row;
    case RAPPORT_ADDRESS_STREET: return self->street_row;
    case RAPPORT_ADDRESS_LOCALITY: return self->locality_row;
    case RAPPORT_ADDRESS_REGION: return self->region_row;
    case RAPPORT_ADDRESS_POSTAL_CODE: return self->postal_code_row;
    case RAPPORT_ADDRESS_COUNTRY: return self->country_row;
    case RAPPORT_ADDRESS_LABEL:
    case RAPPORT_ADDRESS_GEO:
    case RAPPORT_ADDRESS_N_PARTS:
    default:
      return NULL;
    }
}

static void
part_changed_cb (RapportAddressDialog *self)
{
  g_autoptr(RapportAddress) address = NULL;

  if (self->loading || self->field == NULL)
    return;

  address = rapport_address_copy (rapport_contact_field_get_address (self->field));
  for (guint i = 0; i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    rapport_address_set (address, i, gtk_editable_get_text (GTK_EDITABLE (part_row (self, i))));
  rapport_contact_field_set_address (self->field, address);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
type_selected_cb (RapportAddressDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);
  const char *label;

  if (self->loading || self->field == NULL)
    return;

  label = selected < G_N_ELEMENTS (type_labels) ? type_labels[selected] : self->custom_label;
  rapport_contact_field_set_label (self->field, label);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
load (RapportAddressDialog *self)
{
  const RapportAddress *address = rapport_contact_field_get_address (self->field);
  const char *label = rapport_contact_field_get_label (self->field);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  guint selected = G_N_ELEMENTS (type_labels);

  self->loading = TRUE;

  gtk_string_list_append (types, C_("address type", "Home"));
  gtk_string_list_append (types, C_("address type", "Work"));
  gtk_string_list_append (types, C_("address type", "Other"));
  for (guint i = 0; i < G_N_ELEMENTS (type_labels); i++)
    if (g_ascii_strcasecmp (label, type_labels[i]) == 0)
      selected = i;
  /* A label of its own ("summer house") stays one of the choices. */
  if (selected == G_N_ELEMENTS (type_labels) && *label != '\0')
    {
      self->custom_label = g_strdup (label);
      gtk_string_list_append (types, label);
    }
  else if (selected == G_N_ELEMENTS (type_labels))
    selected = 2;
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  adw_combo_row_set_selected (self->type_row, selected);

  for (guint i = 0; i < RAPPORT_ADDRESS_N_ADR_PARTS; i++)
    gtk_editable_set_text (GTK_EDITABLE (part_row (self, i)), rapport_address_get (address, i));

  self->loading = FALSE;
}

static void
rapport_address_dialog_dispose (GObject *object)
{
  RapportAddressDialog *self = RAPPORT_ADDRESS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_ADDRESS_DIALOG);
  g_clear_object (&self->field);
  g_clear_pointer (&self->custom_label, g_free);

  G_OBJECT_CLASS (rapport_address_dialog_parent_class)->dispose (object);
}

static void
rapport_address_dialog_class_init (RapportAddressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_address_dialog_dispose;

  /**
   * RapportAddressDialog::edited:
   *
   * A part or the type of the address was changed (the field already
   * holds it).
   */
  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-address-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, street_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, extended_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, po_box_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, postal_code_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, locality_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, region_row);
  gtk_widget_class_bind_template_child (widget_class, RapportAddressDialog, country_row);
  gtk_widget_class_bind_template_callback (widget_class, part_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_selected_cb);
}

static void
rapport_address_dialog_init (RapportAddressDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));
  self->loading = FALSE;
}

/**
 * rapport_address_dialog_new:
 * @field: an address field, changed as the dialog is edited
 *
 * Returns: (transfer floating): the dialog, to present
 */
RapportAddressDialog *
rapport_address_dialog_new (RapportContactField *field)
{
  RapportAddressDialog *self;

  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (field), NULL);
  g_return_val_if_fail (rapport_contact_field_get_kind (field) == RAPPORT_FIELD_ADDRESS, NULL);

  self = g_object_new (RAPPORT_TYPE_ADDRESS_DIALOG, NULL);
  self->field = g_object_ref (field);
  load (self);
  return self;
}

RapportContactField *
rapport_address_dialog_get_field (RapportAddressDialog *self)
{
  g_return_val_if_fail (RAPPORT_IS_ADDRESS_DIALOG (self), NULL);
  return self->field;
}
