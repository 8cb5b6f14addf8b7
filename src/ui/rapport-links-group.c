/* rapport-links-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a person's page, who they know among your people: "Introduced by Ben
 * Ng", "Works with Carla Ruiz"… as set from either page, each with a
 * button to take it away (with Undo), and "Link To…" to add one.
 */

#define G_LOG_DOMAIN "rapport-links-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-link-dialog.h"
#include "rapport-links-group.h"
#include "rapport-person-group.h"

struct _RapportLinksGroup
{
  AdwPreferencesGroup parent_instance;

  GtkListBox *list;
  GtkWidget *add_button;
  RapportStore *store;
  RapportContact *contact;
  GPtrArray *links;
  char *introduced_by;
  guint refresh_source;
};

G_DEFINE_FINAL_TYPE (RapportLinksGroup, rapport_links_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_INTRODUCED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Introduced by Ben Ng", for How You Met. */
static void
update_introduced_by (RapportLinksGroup *self)
{
  g_autofree char *words = NULL;

  for (guint i = 0; self->links != NULL && i < self->links->len && words == NULL; i++)
    {
      RapportContactLink *link = g_ptr_array_index (self->links, i);

      if (link->kind == RAPPORT_LINK_INTRODUCED_BY && link->outgoing)
        words = rapport_contact_link_describe (link);
    }
  if (g_set_str (&self->introduced_by, words))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTRODUCED_BY]);
}

static void refresh (RapportLinksGroup *self);

/* What Undo needs to make the link again. */
typedef struct
{
  RapportStore *store;
  gint64 contact_id;
  gint64 other_id;
  RapportLinkKind kind;
  gboolean outgoing;
} Relink;

static void
relink_free (Relink *relink)
{
  g_clear_object (&relink->store);
  g_free (relink);
}

static void
undo_unlink_cb (AdwToast *toast,
                Relink   *relink)
{
  g_autoptr(GError) error = NULL;

  if (rapport_store_link_contacts (relink->store, relink->contact_id, relink->other_id, relink->kind,
                                   relink->outgoing, &error) == 0)
    g_message ("Could not link again: %s", error->message);
}

static void
remove_clicked_cb (RapportLinksGroup *self,
                   GtkButton         *button)
{
  RapportContactLink *link = g_object_get_data (G_OBJECT (button), "link");
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  g_autofree char *title = NULL;
  AdwToastOverlay *overlay;
  Relink *relink;
  AdwToast *toast;

  if (link == NULL || self->store == NULL || self->contact == NULL)
    return;
  words = rapport_contact_link_describe (link);
  relink = g_new0 (Relink, 1);
  relink->store = g_object_ref (self->store);
  relink->contact_id = rapport_contact_get_id (self->contact);
  relink->other_id = link->other_id;
  relink->kind = link->kind;
  relink->outgoing = link->outgoing;
  if (!rapport_store_unlink_contacts (self->store, link->id, &error))
    {
      relink_free (relink);
      g_message ("Could not unlink: %s", error->message);
      refresh (self);
      return;
    }

  /* TRANSLATORS: after a link is taken away, e.g. "Removed “Works with Ben Ng”" */
  title = g_strdup_printf (_("Removed “%s”"), words);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, C_("links", "_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_unlink_cb), relink,
                         (GClosureNotify) (void (*) (void)) relink_free, 0);
  overlay = ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY));
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
add_clicked_cb (RapportLinksGroup *self)
{
  if (self->store == NULL || self->contact == NULL || rapport_contact_get_id (self->contact) <= 0)
    return;
  adw_dialog_present (ADW_DIALOG (rapport_link_dialog_new (self->store, self->contact)), GTK_WIDGET (self));
}

static GtkWidget *
create_row (RapportLinksGroup  *self,
            RapportContactLink *link)
{
  g_autofree char *words = rapport_contact_link_describe (link);
  g_autofree char *remove_name = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), words);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* TRANSLATORS: a button's tooltip and name for screen readers, e.g. "Remove “Works with Ben Ng”" */
  remove_name = g_strdup_printf (_("Remove “%s”"), words);
  remove = rapport_person_group_row_button ("edit-delete-symbolic", remove_name);
  g_object_set_data (G_OBJECT (remove), "link", link);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
refresh (RapportLinksGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  gint64 id;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_list_box_remove_all (self->list);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  update_introduced_by (self);

  id = self->contact != NULL ? rapport_contact_get_id (self->contact) : 0;
  gtk_widget_set_sensitive (self->add_button, self->store != NULL && id > 0);
  if (self->store == NULL || id <= 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }

  self->links = rapport_store_list_links (self->store, id, &error);
  if (self->links == NULL)
    {
      g_message ("Could not list links: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }
  name = rapport_contact_dup_name (self->contact);
  if (self->links->len == 0)
    /* TRANSLATORS: %s is the person whose page this is */
    description = g_strdup_printf (_("Who introduced you to %s, whom they work with, family and friends."), name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  for (guint i = 0; i < self->links->len; i++)
    gtk_list_box_append (self->list, create_row (self, g_ptr_array_index (self->links, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->links->len > 0);
  update_introduced_by (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  RapportLinksGroup *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (RapportLinksGroup *self,
                  RapportRecordKind  kind,
                  gint64             id,
                  RapportChangeKind  change)
{
  /* A link changes both people; a name or the trash changes what shows. */
  if (kind == RAPPORT_RECORD_CONTACT && self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
rapport_links_group_dispose (GObject *object)
{
  RapportLinksGroup *self = RAPPORT_LINKS_GROUP (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->contact);
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->introduced_by, g_free);

  G_OBJECT_CLASS (rapport_links_group_parent_class)->dispose (object);
}

static void
rapport_links_group_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportLinksGroup *self = RAPPORT_LINKS_GROUP (object);

  switch (prop_id)
    {
    case PROP_INTRODUCED_BY:
      g_value_set_string (value, self->introduced_by);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_links_group_class_init (RapportLinksGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_links_group_dispose;
  object_class->get_property = rapport_links_group_get_property;

  /**
   * RapportLinksGroup:introduced-by:
   *
   * Who introduced this person to the user, in words ("Introduced by Ben
   * Ng"), or %NULL.
   */
  properties[PROP_INTRODUCED_BY] =
    g_param_spec_string ("introduced-by", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_links_group_init (RapportLinksGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Who They Know"));
  self->add_button = rapport_person_group_add_button (ADW_PREFERENCES_GROUP (self), "list-add-symbolic",
                                                      C_("links", "_Link To…"),
                                                      C_("links", "Link To Someone Else"));
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
  self->list = rapport_person_group_add_list (ADW_PREFERENCES_GROUP (self), _("Who They Know"));
  refresh (self);
}

void
rapport_links_group_set_store (RapportLinksGroup *self,
                               RapportStore      *store)
{
  g_return_if_fail (RAPPORT_IS_LINKS_GROUP (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (rapport_person_group_set_store (self, &self->store, store, G_CALLBACK (store_changed_cb)))
    refresh (self);
}

/**
 * rapport_links_group_set_contact:
 * @contact: (nullable): whose links to show
 */
void
rapport_links_group_set_contact (RapportLinksGroup *self,
                                 RapportContact    *contact)
{
  g_return_if_fail (RAPPORT_IS_LINKS_GROUP (self));
  g_return_if_fail (contact == NULL || RAPPORT_IS_CONTACT (contact));

  if (g_set_object (&self->contact, contact))
    refresh (self);
}

/* How many links show now. */
guint
rapport_links_group_get_n_links (RapportLinksGroup *self)
{
  g_return_val_if_fail (RAPPORT_IS_LINKS_GROUP (self), 0);
  return self->links != NULL ? self->links->len : 0;
}
