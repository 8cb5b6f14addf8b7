/* rapport-person-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything you know about one person, editable in place, and their
 * timeline. Every row is bound to the shared RapportContact, so a change
 * shows everywhere at once (the list row too); the page saves it a moment
 * after typing stops, and at once when it shows another person or goes away.
 * There is no Save button to forget.
 */

#define G_LOG_DOMAIN "rapport-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-book-links-group.h"
#include "rapport-contact-fields-group.h"
#include "rapport-giving-group.h"
#include "rapport-introductions-group.h"
#include "rapport-links-group.h"
#include "rapport-contact-row.h"
#include "rapport-merge-dialog.h"
#include "rapport-partial-date-row.h"
#include "rapport-person-page.h"
#include "rapport-photo-decoder.h"
#include "rapport-relative-date.h"
#include "rapport-row-names.h"
#include "rapport-timeline-view.h"

#define SAVE_DELAY_MS 400
/* The header's photo: a 96 px avatar, sharp at any scale up to 4. */
#define PHOTO_SIZE 384

struct _RapportPersonPage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwViewStack *view_stack;
  AdwPreferencesPage *details_page;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *subtitle_label;
  GtkLabel *status_label;
  GtkLabel *due_label;
  GtkToggleButton *enjoy_button;
  AdwEntryRow *display_name_row;
  AdwExpanderRow *name_parts_row;
  AdwEntryRow *name_prefix_row;
  AdwEntryRow *given_name_row;
  AdwEntryRow *additional_name_row;
  AdwEntryRow *family_name_row;
  AdwEntryRow *name_suffix_row;
  AdwEntryRow *company_row;
  AdwEntryRow *department_row;
  AdwEntryRow *pronouns_row;
  AdwEntryRow *profession_row;
  AdwEntryRow *expertise_row;
  AdwEntryRow *environment_row;
  AdwEntryRow *looking_for_row;
  AdwEntryRow *how_i_can_help_row;
  AdwComboRow *closeness_row;
  AdwComboRow *cadence_row;
  AdwEntryRow *tags_row;
  AdwEntryRow *how_met_row;
  AdwEntryRow *met_at_row;
  RapportPartialDateRow *met_on_row;
  RapportContactFieldsGroup *fields_group;
  RapportIntroductionsGroup *introductions_group;
  RapportIntroductionsGroup *helped_group;
  RapportGivingGroup *giving_group;
  RapportLinksGroup *links_group;
  RapportBookLinksGroup *book_links_group;
  RapportPartialDateRow *birthday_row;
  GtkTextView *notes_view;
  RapportTimelineView *timeline_view;

  /* Owned references */
  RapportStore *store;
  RapportContact *contact;
  GBindingGroup *bindings;
  GSignalGroup *contact_signals;
  GBytes *shown_photo;      /* decoded only when it changes */
  GCancellable *photo_cancellable;
  guint save_source;
  gboolean edited;          /* something was typed for this (new) person */
  gboolean was_saved;       /* the contact has had an id while shown */
  AdwToast *error_toast;    /* weak: one at a time, updated */
};

G_DEFINE_FINAL_TYPE (RapportPersonPage, rapport_person_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTACT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choices of the Reconnect row, in days. */
static const guint cadences[] = { 0, 7, 14, 30, 61, 91, 182, 365 };

/* The properties that the page edits; a change to any of them is saved. */
static const char *edited_properties[] = {
  "display-name", "name-prefix", "given-name", "additional-name", "family-name", "name-suffix",
  "company", "department", "pronouns", "profession", "expertise", "environment",
  "looking-for", "how-i-can-help", "closeness", "cadence-days", "tags", "how-met",
  "met-at", "met-on", "birthday", "notes", "enjoy", "fields", "archived",
};

static AdwToastOverlay *
find_toast_overlay (RapportPersonPage *self)
{
  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY));
}

/* One toast tells the latest failure; it is updated, not piled up. */
static void
show_error (RapportPersonPage *self,
            const GError      *error)
{
  AdwToastOverlay *overlay = find_toast_overlay (self);
  g_autofree char *title = g_strdup_printf (_("Could not save: %s"), error->message);

  g_message ("%s", title);
  if (self->error_toast != NULL)
    {
      adw_toast_set_title (self->error_toast, title);
      return;
    }
  if (overlay == NULL)
    return;

  self->error_toast = adw_toast_new (title);
  adw_toast_set_timeout (self->error_toast, 0);
  g_object_add_weak_pointer (G_OBJECT (self->error_toast), (gpointer *) &self->error_toast);
  adw_toast_overlay_add_toast (overlay, self->error_toast);
}

static gboolean
save (RapportPersonPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->contact == NULL || self->store == NULL)
    return TRUE;

  if (rapport_contact_get_id (self->contact) > 0)
    ok = rapport_store_save_contact (self->store, self->contact, &error);
  else if (self->edited)
    ok = rapport_store_add_contact (self->store, self->contact, &error);
  else
    return TRUE;

  if (!ok)
    show_error (self, error);
  return ok;
}

static gboolean
save_timeout_cb (gpointer data)
{
  RapportPersonPage *self = data;

  self->save_source = 0;
  save (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (RapportPersonPage *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
update_header (RapportPersonPage *self)
{
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *last = NULL;
  g_autofree char *status = NULL;
  RapportCloseness closeness;
  GDate today;

  if (self->contact == NULL)
    return;

  rapport_date_set_today (&today);
  name = rapport_contact_dup_name (self->contact);
  subtitle = rapport_contact_dup_subtitle (self->contact);
  last = rapport_format_days_ago (rapport_contact_get_last_contacted (self->contact), &today);
  closeness = rapport_contact_get_closeness (self->contact);
  if (closeness != RAPPORT_CLOSENESS_UNKNOWN && rapport_contact_get_last_contacted (self->contact) == NULL)
    /* Translators: closeness, for someone you have not been in touch with: "Friend · not in touch yet" */
    status = g_strdup_printf (_("%s · not in touch yet"), rapport_closeness_get_label (closeness));
  else if (closeness != RAPPORT_CLOSENESS_UNKNOWN)
    /* Translators: closeness, then when you were last in touch: "Friend · in touch 3 weeks ago" */
    status = g_strdup_printf (_("%s · in touch %s"), rapport_closeness_get_label (closeness), last);
  else
    /* Translators: when you were last in touch: "Last in touch: 3 weeks ago", or "never" */
    status = g_strdup_printf (_("Last in touch: %s"), last);

  gtk_label_set_label (self->name_label, *name != '\0' ? name : C_("person page", "New Person"));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *subtitle != '\0');
  gtk_label_set_label (self->status_label, status);
  {
    g_autofree char *follow_up = rapport_contact_dup_follow_up_due (self->contact, &today);

    gtk_label_set_label (self->due_label, follow_up ? follow_up : _("Due to reconnect"));
    gtk_widget_set_visible (GTK_WIDGET (self->due_label), rapport_contact_is_due (self->contact, &today));
  }
  adw_avatar_set_text (self->avatar, name);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.archive",
                                 !rapport_contact_get_archived (self->contact));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.unarchive",
                                 rapport_contact_get_archived (self->contact));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
photo_decoded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RapportPersonPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = rapport_photo_decode_finish (result, &error);

  /* Cancelled: the page may be gone, or showing another photo. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (texture == NULL)
    g_debug ("The photo cannot be shown: %s", error->message);
  else
    adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (texture));
}

/* The photo is decoded off the main thread, and only when it changes: not
 * again for each letter typed into any field. Its thumbnail, if made,
 * shows meanwhile. */
static void
update_photo (RapportPersonPage *self)
{
  GBytes *photo = self->contact ? rapport_contact_get_photo (self->contact) : NULL;
  g_autoptr(GdkTexture) thumbnail = NULL;

  if (photo == self->shown_photo)
    return;

  g_cancellable_cancel (self->photo_cancellable);
  g_clear_object (&self->photo_cancellable);
  g_clear_pointer (&self->shown_photo, g_bytes_unref);
  if (photo != NULL)
    thumbnail = rapport_contact_dup_texture (self->contact);
  adw_avatar_set_custom_image (self->avatar, GDK_PAINTABLE (thumbnail));
  if (photo == NULL)
    return;

  self->shown_photo = g_bytes_ref (photo);
  self->photo_cancellable = g_cancellable_new ();
  rapport_photo_decode_async (photo, PHOTO_SIZE, self->photo_cancellable, photo_decoded_cb, self);
}

/* A value typed into a contact detail changes the field, not the contact. */
static void
fields_edited_cb (RapportPersonPage *self)
{
  self->edited = TRUE;
  schedule_save (self);
}

/* Archiving and deleting act at once, with Undo */

static void
undo_archive_cb (AdwToast       *toast,
                 RapportContact *contact)
{
  RapportStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  rapport_contact_set_archived (contact, !rapport_contact_get_archived (contact));
  if (!rapport_store_save_contact (store, contact, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
set_archived (RapportPersonPage *self,
              gboolean           archived)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToastOverlay *overlay;
  AdwToast *toast;

  if (self->contact == NULL || rapport_contact_get_id (self->contact) == 0)
    return;

  rapport_contact_set_archived (self->contact, archived);
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!rapport_store_save_contact (self->store, self->contact, &error))
    {
      show_error (self, error);
      return;
    }

  name = rapport_contact_dup_name (self->contact);
  /* Translators: %s is a person's name */
  title = g_strdup_printf (archived ? _("%s archived") : _("%s unarchived"), *name ? name : C_("person page", "Unnamed person"));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("person page", "_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_archive_cb),
                         g_object_ref (self->contact), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  overlay = find_toast_overlay (self);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  set_archived (RAPPORT_PERSON_PAGE (widget), TRUE);
}

static void
unarchive_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  set_archived (RAPPORT_PERSON_PAGE (widget), FALSE);
}

static void
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  RapportStore *store = g_object_get_data (G_OBJECT (toast), "store");
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (toast), "contact-id");
  g_autoptr(GError) error = NULL;

  if (!rapport_store_restore_contact (store, id, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RapportPersonPage *self = RAPPORT_PERSON_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToastOverlay *overlay = find_toast_overlay (self);
  AdwToast *toast;
  gint64 id;

  if (self->contact == NULL)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  id = rapport_contact_get_id (self->contact);
  if (id == 0)
    {
      /* Never saved: there is nothing to delete. */
      rapport_person_page_set_contact (self, NULL);
      return;
    }

  /* What was typed is kept with them, for Undo. */
  save (self);
  name = rapport_contact_dup_name (self->contact);
  if (!rapport_store_trash_contact (self->store, id, &error))
    {
      show_error (self, error);
      return;
    }

  /* Translators: %s is a person's name */
  title = g_strdup_printf (_("%s deleted"), *name ? name : C_("person page", "Unnamed person"));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("person page", "_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  /* Ids are 64-bit: kept whole, not squeezed into a pointer. */
  g_object_set_data_full (G_OBJECT (toast), "contact-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), NULL);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
undo_merge_cb (AdwToast *toast,
               gpointer  user_data)
{
  RapportStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (!rapport_store_unmerge (store, user_data, &error))
    g_warning ("Could not undo: %s", error->message);
}

static void
merged_cb (RapportMergeDialog *dialog,
           RapportMerge       *merge,
           RapportPersonPage  *self)
{
  g_autoptr(RapportContact) into = rapport_store_get_contact (self->store, rapport_merge_get_into_id (merge), NULL);
  g_autofree char *name = into ? rapport_contact_dup_name (into) : g_strdup ("");
  g_autofree char *title = NULL;
  AdwToastOverlay *overlay = find_toast_overlay (self);
  AdwToast *toast;

  /* Translators: after Merge With…, %s is the person who stayed */
  title = g_strdup_printf (_("Merged into %s"), *name ? name : C_("person page", "Unnamed person"));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("person page", "_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (self->store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_merge_cb),
                         g_object_ref (merge), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Another record of the same person, found and folded into this one. */
static void
merge_with_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RapportPersonPage *self = RAPPORT_PERSON_PAGE (widget);
  RapportMergeDialog *dialog;

  if (self->contact == NULL || rapport_contact_get_id (self->contact) == 0)
    return;
  save (self);
  dialog = rapport_merge_dialog_new_for_person (self->store, rapport_contact_get_id (self->contact));
  g_signal_connect_object (dialog, "merged", G_CALLBACK (merged_cb), self, 0);
  adw_dialog_present (ADW_DIALOG (dialog), widget);
}

/* Binding the rows to the contact */

static gboolean
closeness_to_selected (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_closeness (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > RAPPORT_CLOSENESS_ONLINE_ONLY)
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

static gboolean
cadence_to_selected (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  guint days = g_value_get_uint (from);
  guint best = 0;

  /* A cadence from elsewhere shows as the nearest choice until changed. */
  for (guint i = 1; i < G_N_ELEMENTS (cadences); i++)
    if (ABS ((int) cadences[i] - (int) days) < ABS ((int) cadences[best] - (int) days))
      best = i;
  g_value_set_uint (to, best);
  return TRUE;
}

static gboolean
selected_to_cadence (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= G_N_ELEMENTS (cadences))
    return FALSE;
  g_value_set_uint (to, cadences[selected]);
  return TRUE;
}

static gboolean
tags_to_text (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  const char * const *tags = g_value_get_boxed (from);

  g_value_take_string (to, tags ? g_strjoinv (", ", (char **) tags) : g_strdup (""));
  return TRUE;
}

static gboolean
text_to_tags (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  /* Blank and repeated tags are dropped by the contact. */
  g_value_take_boxed (to, g_strsplit (g_value_get_string (from), ",", -1));
  return TRUE;
}

static gboolean
valid_date_to_contact (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      user_data)
{
  g_value_set_boxed (to, g_value_get_boxed (from));
  return TRUE;
}

/* An organisation's units: the row shows and takes them as "Sales; EMEA",
 * a ';' inside one unit as "\;" ("Dyeing\; Finishing" is one unit). */
static gboolean
units_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_auto(GStrv) units = rapport_contact_split_units (g_value_get_string (from), FALSE);

  g_value_take_string (to, rapport_contact_join_units ((const char * const *) units, "; "));
  return TRUE;
}

static gboolean
text_to_units (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_auto(GStrv) units = rapport_contact_split_units (g_value_get_string (from), FALSE);

  g_value_take_string (to, rapport_contact_join_units ((const char * const *) units, ";"));
  return TRUE;
}

static void
bind_text (RapportPersonPage *self,
           const char        *property,
           gpointer           row)
{
  g_binding_group_bind (self->bindings, property, row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

static void
contact_notify_cb (RapportPersonPage *self,
                   GParamSpec        *pspec)
{
  update_header (self);
  update_photo (self);


  /* Deleted for good behind the page (the store made the object a copy):
   * clear the page rather than saving the copy as someone new. */
  if (g_strcmp0 (pspec->name, "id") == 0 && rapport_contact_get_id (self->contact) == 0 && self->was_saved)
    {
      g_clear_handle_id (&self->save_source, g_source_remove);
      rapport_person_page_set_contact (self, NULL);
      return;
    }

  /* A new person just saved: their timeline can take interactions now. */
  if (g_strcmp0 (pspec->name, "id") == 0)
    {
      self->was_saved = TRUE;
      rapport_timeline_view_set_contact (self->timeline_view, NULL);
      rapport_timeline_view_set_contact (self->timeline_view, self->contact);
    }

  for (guint i = 0; i < G_N_ELEMENTS (edited_properties); i++)
    if (g_strcmp0 (pspec->name, edited_properties[i]) == 0)
      {
        self->edited = TRUE;
        schedule_save (self);
        break;
      }
}

static void
rapport_person_page_dispose (GObject *object)
{
  RapportPersonPage *self = RAPPORT_PERSON_PAGE (object);

  /* Nothing typed is lost when the window closes. */
  if (self->save_source != 0)
    save (self);

  if (self->error_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->error_toast), (gpointer *) &self->error_toast);
  self->error_toast = NULL;

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->contact_signals != NULL)
    g_signal_group_set_target (self->contact_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PERSON_PAGE);

  g_cancellable_cancel (self->photo_cancellable);
  g_clear_object (&self->photo_cancellable);
  g_clear_pointer (&self->shown_photo, g_bytes_unref);
  g_clear_object (&self->bindings);
  g_clear_object (&self->contact_signals);
  g_clear_object (&self->contact);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_person_page_parent_class)->dispose (object);
}

static void
rapport_person_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportPersonPage *self = RAPPORT_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    case PROP_TITLE:
      g_value_take_string (value, self->contact ? rapport_contact_dup_name (self->contact) : g_strdup (""));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_person_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportPersonPage *self = RAPPORT_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_person_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CONTACT:
      rapport_person_page_set_contact (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_person_page_class_init (RapportPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_person_page_dispose;
  object_class->get_property = rapport_person_page_get_property;
  object_class->set_property = rapport_person_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RAPPORT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, RAPPORT_TYPE_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RapportPersonPage:title:
   *
   * The person's name, for the navigation page around it.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RAPPORT_TYPE_CONTACT_FIELDS_GROUP);
  g_type_ensure (RAPPORT_TYPE_GIVING_GROUP);
  g_type_ensure (RAPPORT_TYPE_INTRODUCTIONS_GROUP);
  g_type_ensure (RAPPORT_TYPE_LINKS_GROUP);
  g_type_ensure (RAPPORT_TYPE_BOOK_LINKS_GROUP);
  g_type_ensure (RAPPORT_TYPE_PARTIAL_DATE_ROW);
  g_type_ensure (RAPPORT_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, details_page);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, enjoy_button);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, display_name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, name_parts_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, name_prefix_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, given_name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, additional_name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, family_name_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, name_suffix_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, department_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, pronouns_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, profession_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, expertise_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, environment_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, looking_for_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, how_i_can_help_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, closeness_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, cadence_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, tags_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, how_met_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, met_at_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, met_on_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, fields_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, introductions_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, helped_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, giving_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, links_group);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, book_links_group);
  gtk_widget_class_bind_template_callback (widget_class, fields_edited_cb);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, birthday_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RapportPersonPage, timeline_view);

  gtk_widget_class_install_action (widget_class, "person.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "person.unarchive", NULL, unarchive_action);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "person.merge-with", NULL, merge_with_action);
}

static void
rapport_person_page_init (RapportPersonPage *self)
{
  g_autoptr(GtkStringList) closeness = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) cadence = gtk_string_list_new (NULL);
  const char *cadence_labels[] = {
    N_("No Reminder"), N_("Every Week"), N_("Every Two Weeks"), N_("Every Month"),
    N_("Every Two Months"), N_("Every Three Months"), N_("Every Six Months"), N_("Every Year"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (cadence_labels) == G_N_ELEMENTS (cadences));

  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));
  rapport_introductions_group_set_reverse (self->helped_group, TRUE);

  for (guint i = 0; i <= RAPPORT_CLOSENESS_ONLINE_ONLY; i++)
    gtk_string_list_append (closeness, rapport_closeness_get_label (i));
  for (guint i = 0; i < G_N_ELEMENTS (cadence_labels); i++)
    gtk_string_list_append (cadence, _(cadence_labels[i]));
  adw_combo_row_set_model (self->closeness_row, G_LIST_MODEL (closeness));
  adw_combo_row_set_model (self->cadence_row, G_LIST_MODEL (cadence));

  self->bindings = g_binding_group_new ();
  /* The name shown, whether chosen or made of the parts: what the header
   * shows is what the row shows. Typing the name the parts make, or
   * nothing, leaves it made of them. */
  bind_text (self, "name", self->display_name_row);
  bind_text (self, "name-prefix", self->name_prefix_row);
  bind_text (self, "given-name", self->given_name_row);
  bind_text (self, "additional-name", self->additional_name_row);
  bind_text (self, "family-name", self->family_name_row);
  bind_text (self, "name-suffix", self->name_suffix_row);
  bind_text (self, "company", self->company_row);
  g_binding_group_bind_full (self->bindings, "department", self->department_row, "text",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             units_to_text, text_to_units, NULL, NULL);
  bind_text (self, "pronouns", self->pronouns_row);
  bind_text (self, "profession", self->profession_row);
  bind_text (self, "expertise", self->expertise_row);
  bind_text (self, "environment", self->environment_row);
  bind_text (self, "looking-for", self->looking_for_row);
  bind_text (self, "how-i-can-help", self->how_i_can_help_row);
  bind_text (self, "how-met", self->how_met_row);
  bind_text (self, "met-at", self->met_at_row);
  g_binding_group_bind (self->bindings, "notes", gtk_text_view_get_buffer (self->notes_view), "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "enjoy", self->enjoy_button, "active",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind_full (self->bindings, "closeness", self->closeness_row, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             closeness_to_selected, selected_to_closeness, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "cadence-days", self->cadence_row, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             cadence_to_selected, selected_to_cadence, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "tags", self->tags_row, "text",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             tags_to_text, text_to_tags, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "met-on", self->met_on_row, "date",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             valid_date_to_contact, valid_date_to_contact, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "birthday", self->birthday_row, "date",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             valid_date_to_contact, valid_date_to_contact, NULL, NULL);

  self->contact_signals = g_signal_group_new (RAPPORT_TYPE_CONTACT);
  g_signal_group_connect_swapped (self->contact_signals, "notify", G_CALLBACK (contact_notify_cb), self);
}

RapportStore *
rapport_person_page_get_store (RapportPersonPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_PAGE (self), NULL);
  return self->store;
}

void
rapport_person_page_set_store (RapportPersonPage *self,
                               RapportStore      *store)
{
  g_return_if_fail (RAPPORT_IS_PERSON_PAGE (self));

  if (g_set_object (&self->store, store))
    {
      rapport_timeline_view_set_store (self->timeline_view, store);
      rapport_introductions_group_set_store (self->introductions_group, store);
      rapport_introductions_group_set_store (self->helped_group, store);
      rapport_giving_group_set_store (self->giving_group, store);
      rapport_links_group_set_store (self->links_group, store);
      rapport_book_links_group_set_store (self->book_links_group, store);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

RapportContact *
rapport_person_page_get_contact (RapportPersonPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_PAGE (self), NULL);
  return self->contact;
}

/**
 * rapport_person_page_set_contact:
 * @contact: (nullable): the person to show; an unsaved one is added to the
 *   store once something is typed for them
 */
void
rapport_person_page_set_contact (RapportPersonPage *self,
                                 RapportContact    *contact)
{
  g_return_if_fail (RAPPORT_IS_PERSON_PAGE (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (self->contact == contact)
    return;

  /* The person being left keeps what was typed for them. */
  if (self->save_source != 0)
    save (self);

  g_set_object (&self->contact, contact);
  self->edited = FALSE;
  self->was_saved = contact != NULL && rapport_contact_get_id (contact) > 0;
  g_signal_group_set_target (self->contact_signals, NULL);
  g_binding_group_set_source (self->bindings, contact);
  g_signal_group_set_target (self->contact_signals, contact);
  rapport_timeline_view_set_contact (self->timeline_view, contact);
  rapport_contact_fields_group_set_contact (self->fields_group, contact);
  rapport_introductions_group_set_contact (self->introductions_group, contact);
  rapport_introductions_group_set_contact (self->helped_group, contact);
  rapport_giving_group_set_contact (self->giving_group, contact);
  rapport_links_group_set_contact (self->links_group, contact);
  rapport_book_links_group_set_contact (self->book_links_group, contact);
  update_header (self);
  update_photo (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "details");
  adw_preferences_page_scroll_to_top (self->details_page);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* A new person's page starts with the cursor in the name. */
void
rapport_person_page_focus_name (RapportPersonPage *self)
{
  g_return_if_fail (RAPPORT_IS_PERSON_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "details");
  gtk_widget_grab_focus (GTK_WIDGET (self->display_name_row));
}

/**
 * rapport_person_page_log_interaction:
 *
 * Shows the timeline, ready to note what happened with the person.
 */
void
rapport_person_page_log_interaction (RapportPersonPage *self)
{
  g_return_if_fail (RAPPORT_IS_PERSON_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  rapport_timeline_view_focus_new (self->timeline_view);
}

/**
 * rapport_person_page_save_now:
 *
 * Saves what is waiting to be saved, without waiting for typing to stop.
 *
 * Returns: %FALSE if it could not be saved (the page has said why)
 */
gboolean
rapport_person_page_save_now (RapportPersonPage *self)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_PAGE (self), FALSE);

  return self->save_source == 0 || save (self);
}
