/* rapport-contact-fields-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's emails, phones, web and postal addresses: each editable in
 * place, labelled ("work", "home"), reordered (the first is preferred),
 * removed, and opened in the right app — through the portal in the Flatpak.
 * Changing the list notifies the contact's "fields"; typing a value changes
 * the field itself, which the group tells with ::edited. A postal address
 * shows as its lines and is edited part by part in a dialog, as in GNOME
 * Contacts.
 */

#define G_LOG_DOMAIN "rapport-contact-fields-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-address-dialog.h"
#include "rapport-contact-fields-group.h"
#include "rapport-field-link.h"
#include "rapport-row-names.h"

struct _RapportContactFieldsGroup
{
  AdwPreferencesGroup parent_instance;

  GtkListBox *fields_list;
  RapportContact *contact;
  GSignalGroup *contact_signals;
};

G_DEFINE_FINAL_TYPE (RapportContactFieldsGroup, rapport_contact_fields_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
field_kind_label (RapportFieldKind kind)
{
  switch (kind)
    {
    case RAPPORT_FIELD_EMAIL: return C_("contact details", "Email");
    case RAPPORT_FIELD_PHONE: return C_("contact details", "Phone");
    case RAPPORT_FIELD_URL: return C_("contact details", "Web Address");
    case RAPPORT_FIELD_ADDRESS:
    default:
      return C_("contact details", "Address");
    }
}

static void
link_warning_response_cb (AdwAlertDialog *dialog,
                          const char     *response,
                          GtkWidget      *button)
{
  const char *value = g_object_get_data (G_OBJECT (dialog), "value");

  if (g_str_equal (response, "copy"))
    gdk_clipboard_set_text (gtk_widget_get_clipboard (button), value);
}

/* A link of a kind people do not get from a contact (a file, a share that
 * would send the password, another app's handler): shown as text to copy,
 * with a word of warning, never opened. */
static void
show_refused_link (GtkWidget  *button,
                   const char *value)
{
  AdwDialog *dialog;
  GtkWidget *label;

  dialog = adw_alert_dialog_new (_("Link Not Opened"),
                                 _("Rapport opens only web, email, phone, chat and map links. "
                                   "This one could open a file, connect to another computer or start "
                                   "a program: copy it only if you trust where it came from."));
  label = gtk_label_new (value);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "monospace");
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), label);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "close", C_("contact details", "_Close"),
                                  "copy", C_("contact details", "C_opy Link"),
                                  NULL);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "close");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "close");
  g_object_set_data_full (G_OBJECT (dialog), "value", g_strdup (value), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (link_warning_response_cb), button, 0);
  adw_dialog_present (dialog, button);
}

static void
open_field_cb (GtkButton *button,
               gpointer   user_data)
{
  RapportContactField *field = g_object_get_data (G_OBJECT (button), "field");
  const char *value = rapport_contact_field_get_value (field);
  g_autofree char *uri = NULL;
  g_autoptr(GtkUriLauncher) launcher = NULL;

  switch (rapport_field_link_build (rapport_contact_field_get_kind (field), value, &uri))
    {
    case RAPPORT_FIELD_LINK_OPEN:
      /* Through the portal inside the Flatpak. */
      launcher = gtk_uri_launcher_new (uri);
      gtk_uri_launcher_launch (launcher, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                               NULL, NULL, NULL);
      break;
    case RAPPORT_FIELD_LINK_REFUSED:
      show_refused_link (GTK_WIDGET (button), value);
      break;
    case RAPPORT_FIELD_LINK_NONE:
    default:
      break;
    }
}

/* A shown widget given a tooltip asks the X server where the pointer is, a
 * round trip for each; given while hidden, it does not. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, TRUE);
}

/* The button says whether the link opens, and is off with nothing to open. */
static void
update_open_button (GtkWidget           *button,
                    RapportContactField *field)
{
  RapportFieldKind kind = rapport_contact_field_get_kind (field);
  RapportFieldLink link;
  const char *icon;
  const char *tooltip;

  if (button == NULL)
    return;

  link = rapport_field_link_build (kind, rapport_contact_field_get_value (field), NULL);
  if (link == RAPPORT_FIELD_LINK_REFUSED)
    {
      icon = "dialog-warning-symbolic";
      tooltip = _("Link Not Opened");
    }
  else
    {
      tooltip = C_("contact details", "Open");
      if (kind == RAPPORT_FIELD_EMAIL)
        icon = "mail-send-symbolic";
      else if (kind == RAPPORT_FIELD_PHONE)
        icon = "call-start-symbolic";
      else
        icon = "web-browser-symbolic";
    }
  gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) != 0)
    {
      set_tooltip (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  gtk_widget_set_sensitive (button, link != RAPPORT_FIELD_LINK_NONE);
}

static void
field_changed_cb (AdwEntryRow       *row,
                  RapportContactFieldsGroup *self)
{
  RapportContactField *field = g_object_get_data (G_OBJECT (row), "field");

  rapport_contact_field_set_value (field, gtk_editable_get_text (GTK_EDITABLE (row)));
  update_open_button (g_object_get_data (G_OBJECT (row), "open-button"), field);
  g_signal_emit (self, signals[EDITED], 0);
}

static void
append_field_item (GMenu      *menu,
                   const char *label,
                   const char *action,
                   guint       target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (target));
  g_menu_append_item (menu, item);
}


/* A row's menu is made when first opened, not for every row of every
 * person shown. */
static void
create_field_menu_cb (GtkMenuButton *button,
                      gpointer       menu)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static char *
dup_field_title (RapportContactField *field)
{
  const char *label = rapport_contact_field_get_label (field);
  const char *kind = field_kind_label (rapport_contact_field_get_kind (field));

  /* Translators: a contact detail's kind and label, as in "Email · work" */
  return *label != '\0' ? g_strdup_printf (_("%s · %s"), kind, label) : g_strdup (kind);
}

static void
update_address_row (AdwActionRow        *row,
                    RapportContactField *field)
{
  g_autofree char *title = dup_field_title (field);
  g_autofree char *lines = rapport_address_dup_lines (rapport_contact_field_get_address (field));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, *lines != '\0' ? lines : _("No address yet"));
}

static void
address_edited_cb (RapportAddressDialog *dialog,
                   AdwActionRow         *row)
{
  update_address_row (row, rapport_address_dialog_get_field (dialog));
}

static void
address_dialog_edited_cb (RapportContactFieldsGroup *self)
{
  g_signal_emit (self, signals[EDITED], 0);
}

static void
edit_address (RapportContactFieldsGroup *self,
              RapportContactField       *field,
              GtkWidget                 *row)
{
  RapportAddressDialog *dialog = rapport_address_dialog_new (field);

  g_signal_connect_object (dialog, "edited", G_CALLBACK (address_dialog_edited_cb), self, G_CONNECT_SWAPPED);
  if (row != NULL)
    g_signal_connect_object (dialog, "edited", G_CALLBACK (address_edited_cb), row, 0);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
edit_address_cb (GtkButton                 *button,
                 RapportContactFieldsGroup *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);

  edit_address (self, g_object_get_data (G_OBJECT (button), "field"), row);
}

static GtkWidget *
create_field_row (RapportContactFieldsGroup *self,
                  RapportContactField *field,
                  guint                position,
                  guint                n_fields)
{
  g_autofree char *title = dup_field_title (field);
  gboolean address = rapport_contact_field_get_kind (field) == RAPPORT_FIELD_ADDRESS;
  GtkWidget *row = address ? adw_action_row_new () : adw_entry_row_new ();
  GtkWidget *open_button;
  GtkWidget *menu_button;
  g_autoptr(GMenu) menu = g_menu_new ();

  g_object_set_data_full (G_OBJECT (row), "field", g_object_ref (field), g_object_unref);
  if (address)
    {
      GtkWidget *edit_button = gtk_button_new_from_icon_name ("document-edit-symbolic");

      /* Its lines, as an envelope would have them; the parts in a dialog. */
      update_address_row (ADW_ACTION_ROW (row), field);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (row, "property");
      set_tooltip (edit_button, C_("contact details", "Edit Address"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (edit_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      C_("contact details", "Edit Address"), -1);
      gtk_widget_set_valign (edit_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (edit_button, "flat");
      g_object_set_data_full (G_OBJECT (edit_button), "field", g_object_ref (field), g_object_unref);
      g_signal_connect_object (edit_button, "clicked", G_CALLBACK (edit_address_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit_button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit_button);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      rapport_row_names_by_title (ADW_PREFERENCES_ROW (row));
      gtk_editable_set_text (GTK_EDITABLE (row), rapport_contact_field_get_value (field));
      g_signal_connect_object (row, "changed", G_CALLBACK (field_changed_cb), self, 0);
    }

  if (!address)
    {
      open_button = gtk_button_new ();
      update_open_button (open_button, field);
      gtk_widget_set_valign (open_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open_button, "flat");
      g_object_set_data_full (G_OBJECT (open_button), "field", g_object_ref (field), g_object_unref);
      g_object_set_data (G_OBJECT (row), "open-button", open_button);
      g_signal_connect (open_button, "clicked", G_CALLBACK (open_field_cb), NULL);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), open_button);
    }

  /* Targets are typed: "(3)" would parse as a signed integer, and the
   * uint32 actions would stay disabled. */
  append_field_item (menu, C_("contact details", "Change _Label…"), "fields.relabel-field", position);
  if (position > 0)
    append_field_item (menu, C_("contact details", "Move _Up"), "fields.move-field", position * 2);
  if (position + 1 < n_fields)
    append_field_item (menu, C_("contact details", "Move _Down"), "fields.move-field", position * 2 + 1);
  append_field_item (menu, C_("contact details", "_Remove"), "fields.remove-field", position);
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_field_menu_cb,
                                         g_object_ref (menu), g_object_unref);
  set_tooltip (menu_button, _("Contact Detail Menu"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  if (address)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  else
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), menu_button);

  return row;
}

static void
rebuild_fields (RapportContactFieldsGroup *self)
{
  GPtrArray *fields;

  gtk_list_box_remove_all (self->fields_list);
  if (self->contact == NULL)
    return;

  fields = rapport_contact_get_fields (self->contact);
  for (guint i = 0; i < fields->len; i++)
    gtk_list_box_append (self->fields_list,
                         create_field_row (self, g_ptr_array_index (fields, i), i, fields->len));
  gtk_widget_set_visible (GTK_WIDGET (self->fields_list), fields->len > 0);
}

static GPtrArray *
copy_fields (RapportContactFieldsGroup *self)
{
  GPtrArray *fields = rapport_contact_get_fields (self->contact);
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (fields, i)));
  return copy;
}

static void
add_field_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RapportContactFieldsGroup *self = RAPPORT_CONTACT_FIELDS_GROUP (widget);
  g_autoptr(GPtrArray) fields = NULL;
  GtkWidget *row;

  if (self->contact == NULL)
    return;

  fields = copy_fields (self);
  g_ptr_array_add (fields, rapport_contact_field_new (MIN (g_variant_get_uint32 (parameter), RAPPORT_FIELD_KIND_LAST),
                                                      NULL, NULL));
  rapport_contact_set_fields (self->contact, fields);

  /* Ready to type into: an address, part by part. */
  row = gtk_widget_get_last_child (GTK_WIDGET (self->fields_list));
  if (g_variant_get_uint32 (parameter) == RAPPORT_FIELD_ADDRESS && row != NULL)
    edit_address (self, g_ptr_array_index (fields, fields->len - 1), row);
  else if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
move_field_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RapportContactFieldsGroup *self = RAPPORT_CONTACT_FIELDS_GROUP (widget);
  g_autoptr(GPtrArray) fields = NULL;
  guint code = g_variant_get_uint32 (parameter);
  guint from = code / 2;
  guint to;
  gpointer field;

  if (self->contact == NULL)
    return;

  fields = copy_fields (self);
  to = code % 2 == 0 ? from - 1 : from + 1;
  if (from >= fields->len || to >= fields->len)
    return;

  field = g_ptr_array_steal_index (fields, from);
  g_ptr_array_insert (fields, (int) to, field);
  rapport_contact_set_fields (self->contact, fields);
}

static void
undo_remove_cb (AdwToast  *toast,
                GPtrArray *before)
{
  RapportContact *contact = g_object_get_data (G_OBJECT (toast), "contact");

  /* The person's page saves the contact when its fields change. */
  rapport_contact_set_fields (contact, before);
}

static void
remove_field_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RapportContactFieldsGroup *self = RAPPORT_CONTACT_FIELDS_GROUP (widget);
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autofree char *title = NULL;
  guint position = g_variant_get_uint32 (parameter);
  RapportContactField *removed;
  GtkWidget *overlay;
  AdwToast *toast;

  if (self->contact == NULL)
    return;

  fields = copy_fields (self);
  if (position >= fields->len)
    return;

  before = copy_fields (self);
  removed = g_ptr_array_index (fields, position);
  /* Translators: %s is the kind of detail removed, as in "Email removed" */
  title = g_strdup_printf (_("%s removed"), field_kind_label (rapport_contact_field_get_kind (removed)));
  g_ptr_array_remove_index (fields, position);
  rapport_contact_set_fields (self->contact, fields);

  /* Removing acts at once; Undo puts the list back as it was. */
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("contact details", "_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "contact", g_object_ref (self->contact), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         g_steal_pointer (&before), (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
relabel_response_cb (AdwAlertDialog    *dialog,
                     const char        *response,
                     RapportContactFieldsGroup *self)
{
  RapportContactField *field = g_object_get_data (G_OBJECT (dialog), "field");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *label = NULL;

  if (!g_str_equal (response, "change") || self->contact == NULL)
    return;

  label = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  rapport_contact_field_set_label (field, label);
  rebuild_fields (self);
  g_signal_emit (self, signals[EDITED], 0);
}

/* "work", "home", "LinkedIn": a label says which of several it is. */
static void
relabel_field_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RapportContactFieldsGroup *self = RAPPORT_CONTACT_FIELDS_GROUP (widget);
  guint position = g_variant_get_uint32 (parameter);
  GPtrArray *fields;
  RapportContactField *field;
  AdwDialog *dialog;
  GtkWidget *entry;

  if (self->contact == NULL)
    return;
  fields = rapport_contact_get_fields (self->contact);
  if (position >= fields->len)
    return;
  field = g_ptr_array_index (fields, position);

  dialog = adw_alert_dialog_new (C_("contact details", "Change Label"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), rapport_contact_field_get_label (field));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("For example, work or home"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("contact details", "Label"), -1);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), entry);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", C_("contact details", "_Cancel"),
                                  "change", C_("contact details", "_Change"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "change", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "change");
  g_object_set_data_full (G_OBJECT (dialog), "field", g_object_ref (field), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (relabel_response_cb), self, 0);
  adw_dialog_present (dialog, widget);
  gtk_widget_grab_focus (entry);
}


static void
rapport_contact_fields_group_dispose (GObject *object)
{
  RapportContactFieldsGroup *self = RAPPORT_CONTACT_FIELDS_GROUP (object);

  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);
  g_clear_object (&self->contact_signals);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (rapport_contact_fields_group_parent_class)->dispose (object);
}

static void
rapport_contact_fields_group_class_init (RapportContactFieldsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_contact_fields_group_dispose;

  /**
   * RapportContactFieldsGroup::edited:
   *
   * A value was typed into one of the fields (the list itself is unchanged).
   */
  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "fields.add", "u", add_field_action);
  gtk_widget_class_install_action (widget_class, "fields.move", "u", move_field_action);
  gtk_widget_class_install_action (widget_class, "fields.remove", "u", remove_field_action);
  gtk_widget_class_install_action (widget_class, "fields.relabel", "u", relabel_field_action);
}

static void
rapport_contact_fields_group_init (RapportContactFieldsGroup *self)
{
  static const char *kinds[] = { N_("_Email"), N_("_Phone"), N_("_Web Address"), N_("A_ddress") };
  g_autoptr(GMenu) add_menu = g_menu_new ();
  GtkWidget *add_button;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), C_("contact details", "Contact Details"));

  for (guint kind = 0; kind < G_N_ELEMENTS (kinds); kind++)
    append_field_item (add_menu, _(kinds[kind]), "fields.add", kind);
  add_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (add_button), "list-add-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (add_button), G_MENU_MODEL (add_menu));
  gtk_widget_set_tooltip_text (add_button, _("Add Contact Detail"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_button, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add_button);

  self->fields_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->fields_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->fields_list), "boxed-list");
  gtk_widget_set_visible (GTK_WIDGET (self->fields_list), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->fields_list));

  self->contact_signals = g_signal_group_new (RAPPORT_TYPE_CONTACT);
  g_signal_group_connect_swapped (self->contact_signals, "notify::fields", G_CALLBACK (rebuild_fields), self);
}

RapportContact *
rapport_contact_fields_group_get_contact (RapportContactFieldsGroup *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELDS_GROUP (self), NULL);
  return self->contact;
}

/**
 * rapport_contact_fields_group_set_contact:
 * @contact: (nullable): whose details to show and edit
 */
void
rapport_contact_fields_group_set_contact (RapportContactFieldsGroup *self,
                                          RapportContact            *contact)
{
  g_return_if_fail (RAPPORT_IS_CONTACT_FIELDS_GROUP (self));

  if (!g_set_object (&self->contact, contact))
    return;

  g_signal_group_set_target (self->contact_signals, contact);
  rebuild_fields (self);
}
