/* rapport-people-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Picks a few people from the store: the chosen ones, each with a button
 * that removes them, then an "Add Person" search that lists the best few
 * matches, greying out whoever is in already. Enter takes the best match
 * that is not. The editor only says what changed; whoever uses it decides
 * what the people are for (who an interaction was with, who attends an
 * event) and when to save them.
 */

#define G_LOG_DOMAIN "rapport-people-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-announce.h"
#include "rapport-people-editor.h"
#include "rapport-people-model.h"
#include "rapport-row-names.h"

/* How many people match a search at most */
#define N_MATCHES 5

struct _RapportPeopleEditor
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *people_list;
  AdwEntryRow *add_person_row;
  GtkListBox *matches_list;
  GtkListBox *new_person_list;
  AdwButtonRow *new_person_row;

  /* Owned references */
  RapportStore *store;
  GListStore *people;
  RapportPeopleModel *people_model;
  GtkSliceListModel *matches;
  GArray *contact_ids;
  char *placeholder_text;
  char *remove_tooltip;
  char *included_subtitle;
};

G_DEFINE_FINAL_TYPE (RapportPeopleEditor, rapport_people_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PLACEHOLDER_TEXT,
  PROP_REMOVE_TOOLTIP,
  PROP_INCLUDED_SUBTITLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The ids follow the list shown. */
static void
sync_contact_ids (RapportPeopleEditor *self)
{
  guint n_people = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  g_array_set_size (self->contact_ids, 0);
  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (self->people), i);
      gint64 id = rapport_contact_get_id (contact);

      g_array_append_val (self->contact_ids, id);
    }
}

static void
add_person (RapportPeopleEditor *self,
            RapportContact      *contact)
{
  if (!rapport_people_editor_has_contact (self, rapport_contact_get_id (contact)))
    {
      g_list_store_append (self->people, contact);
      sync_contact_ids (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->add_person_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->add_person_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_person_row));
}

/* Lists the matches for @text, or no one (and reads nothing) without a search. */
static void
search (RapportPeopleEditor *self,
        const char          *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean searching = stripped[0] != '\0' && self->people_model != NULL;

  if (searching)
    {
      rapport_people_model_set_search_text (self->people_model, stripped);
      gtk_slice_list_model_set_model (self->matches, G_LIST_MODEL (self->people_model));
    }
  else
    {
      gtk_slice_list_model_set_model (self->matches, NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), searching);

  /* Someone met for the first time is not in the list yet: add them here,
   * rather than leave what is being written to go and make them. */
  gtk_widget_set_visible (GTK_WIDGET (self->new_person_list), searching);
  if (searching)
    {
      /* Translators: %s is the name typed in the search for a person */
      g_autofree char *title = g_strdup_printf (_("Add “%s” as a New Person"), stripped);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_person_row), title);
    }
}

/* Keeps a new person with the name typed, and adds them. */
static void
add_new_person (RapportPeopleEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_person_row))));
  g_autoptr(RapportContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  if (name[0] == '\0' || self->store == NULL)
    return;

  contact = rapport_contact_new ();
  rapport_contact_set_display_name (contact, name);
  if (!rapport_store_add_contact (self->store, contact, &error))
    {
      /* Nothing was kept: the name stays, marked, to try again. */
      gtk_widget_add_css_class (GTK_WIDGET (self->add_person_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_person_row), error->message);
      rapport_announce (GTK_ACCESSIBLE (self), error->message,
                        GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
      return;
    }

  add_person (self, contact);
}

/* A row with the person's avatar and name, for both lists of people. */
static GtkWidget *
new_person_row (RapportContact *contact)
{
  g_autofree char *name = rapport_contact_dup_name (contact);
  GtkWidget *row = adw_action_row_new ();
  /* The row's title already says the name. */
  GtkWidget *avatar = g_object_new (ADW_TYPE_AVATAR,
                                    "size", 32,
                                    "text", name,
                                    "show-initials", TRUE,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                    NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);
  g_object_set_data_full (G_OBJECT (row), "contact", g_object_ref (contact), g_object_unref);

  return row;
}

static void
remove_person_cb (RapportPeopleEditor *self,
                  GtkButton           *button)
{
  RapportContact *contact = g_object_get_data (G_OBJECT (button), "contact");
  guint position;

  if (g_list_store_find (self->people, contact, &position))
    {
      g_list_store_remove (self->people, position);
      sync_contact_ids (self);
      g_signal_emit (self, signals[CHANGED], 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->add_person_row));
    }
}

static GtkWidget *
create_person_row_cb (gpointer item,
                      gpointer user_data)
{
  RapportPeopleEditor *self = user_data;
  RapportContact *contact = item;
  GtkWidget *row = new_person_row (contact);
  GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *remove_label = NULL;

  /* Translators: %s is a person's name */
  remove_label = g_strdup_printf (_("Remove %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_object_bind_property (self, "remove-tooltip", button, "tooltip-text", G_BINDING_SYNC_CREATE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "contact", g_object_ref (contact), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_person_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_match_row_cb (gpointer item,
                     gpointer user_data)
{
  RapportPeopleEditor *self = user_data;
  RapportContact *contact = item;
  gboolean included = rapport_people_editor_has_contact (self, rapport_contact_get_id (contact));
  const char *company = rapport_contact_get_company (contact);
  GtkWidget *row = new_person_row (contact);
  GtkWidget *icon;

  if (included)
    g_object_bind_property (self, "included-subtitle", row, "subtitle", G_BINDING_SYNC_CREATE);
  else if (company != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), company);

  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", included ? "object-select-symbolic" : "list-add-symbolic",
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !included);
  gtk_widget_set_sensitive (row, !included);

  return row;
}

static void
add_person_changed_cb (RapportPeopleEditor *self,
                       GtkEditable         *editable)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_person_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_person_row), NULL);
  search (self, gtk_editable_get_text (editable));
}

static void
add_person_activated_cb (RapportPeopleEditor *self,
                         AdwEntryRow         *row)
{
  guint n_matches = g_list_model_get_n_items (G_LIST_MODEL (self->matches));

  /* Enter takes the best match that is not in yet; with no one matching,
   * it adds the new person the list offers. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->matches_list)))
    return;

  for (guint i = 0; i < n_matches; i++)
    {
      g_autoptr(RapportContact) contact = g_list_model_get_item (G_LIST_MODEL (self->matches), i);

      if (!rapport_people_editor_has_contact (self, rapport_contact_get_id (contact)))
        {
          add_person (self, contact);
          return;
        }
    }
  if (n_matches == 0)
    add_new_person (self);
}

static void
new_person_activated_cb (RapportPeopleEditor *self)
{
  add_new_person (self);
}

static void
match_activated_cb (RapportPeopleEditor *self,
                    GtkListBoxRow       *row,
                    GtkListBox          *list)
{
  RapportContact *contact = g_object_get_data (G_OBJECT (row), "contact");

  if (contact != NULL)
    add_person (self, contact);
}

static void
rapport_people_editor_dispose (GObject *object)
{
  RapportPeopleEditor *self = RAPPORT_PEOPLE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RAPPORT_TYPE_PEOPLE_EDITOR);

  g_clear_object (&self->matches);
  g_clear_object (&self->people_model);
  g_clear_object (&self->people);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rapport_people_editor_parent_class)->dispose (object);
}

static void
rapport_people_editor_finalize (GObject *object)
{
  RapportPeopleEditor *self = RAPPORT_PEOPLE_EDITOR (object);

  g_clear_pointer (&self->contact_ids, g_array_unref);
  g_clear_pointer (&self->placeholder_text, g_free);
  g_clear_pointer (&self->remove_tooltip, g_free);
  g_clear_pointer (&self->included_subtitle, g_free);

  G_OBJECT_CLASS (rapport_people_editor_parent_class)->finalize (object);
}

static void
rapport_people_editor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportPeopleEditor *self = RAPPORT_PEOPLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, self->placeholder_text);
      break;
    case PROP_REMOVE_TOOLTIP:
      g_value_set_string (value, self->remove_tooltip);
      break;
    case PROP_INCLUDED_SUBTITLE:
      g_value_set_string (value, self->included_subtitle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_people_editor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportPeopleEditor *self = RAPPORT_PEOPLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rapport_people_editor_set_store (self, g_value_get_object (value));
      break;
    case PROP_PLACEHOLDER_TEXT:
      rapport_people_editor_set_placeholder_text (self, g_value_get_string (value));
      break;
    case PROP_REMOVE_TOOLTIP:
      rapport_people_editor_set_remove_tooltip (self, g_value_get_string (value));
      break;
    case PROP_INCLUDED_SUBTITLE:
      rapport_people_editor_set_included_subtitle (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_people_editor_class_init (RapportPeopleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_people_editor_dispose;
  object_class->finalize = rapport_people_editor_finalize;
  object_class->get_property = rapport_people_editor_get_property;
  object_class->set_property = rapport_people_editor_set_property;

  /**
   * RapportPeopleEditor:store:
   *
   * The store the people are looked up and searched in.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RAPPORT_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportPeopleEditor:placeholder-text:
   *
   * What the list says while no one is chosen, such as "Add the people
   * this was with".
   */
  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportPeopleEditor:remove-tooltip:
   *
   * The tooltip of the button that removes a person, such as "Remove From
   * Interaction". The button's accessible label names the person.
   */
  properties[PROP_REMOVE_TOOLTIP] =
    g_param_spec_string ("remove-tooltip", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RapportPeopleEditor:included-subtitle:
   *
   * What a match that is chosen already says under its name, such as
   * "Already in this interaction".
   */
  properties[PROP_INCLUDED_SUBTITLE] =
    g_param_spec_string ("included-subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportPeopleEditor::changed:
   *
   * The user added or removed someone. Not emitted by
   * rapport_people_editor_set_contact_ids() or a change of store.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-people-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RapportPeopleEditor, people_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPeopleEditor, add_person_row);
  gtk_widget_class_bind_template_child (widget_class, RapportPeopleEditor, matches_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPeopleEditor, new_person_list);
  gtk_widget_class_bind_template_child (widget_class, RapportPeopleEditor, new_person_row);
  gtk_widget_class_bind_template_callback (widget_class, add_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_person_activated_cb);
}

static void
rapport_people_editor_init (RapportPeopleEditor *self)
{
  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->people = g_list_store_new (RAPPORT_TYPE_CONTACT);
  self->matches = gtk_slice_list_model_new (NULL, 0, N_MATCHES);

  gtk_widget_init_template (GTK_WIDGET (self));
  rapport_row_names_apply (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people),
                           create_person_row_cb, self, NULL);
  gtk_list_box_bind_model (self->matches_list, G_LIST_MODEL (self->matches),
                           create_match_row_cb, self, NULL);
}

/**
 * rapport_people_editor_new:
 * @store: (nullable): the store to pick people from
 *
 * Returns: (transfer floating): an editor with no one chosen
 */
GtkWidget *
rapport_people_editor_new (RapportStore *store)
{
  g_return_val_if_fail (store == NULL || RAPPORT_IS_STORE (store), NULL);

  return g_object_new (RAPPORT_TYPE_PEOPLE_EDITOR,
                       "store", store,
                       NULL);
}

/**
 * rapport_people_editor_get_store:
 *
 * Returns: (transfer none) (nullable): the store people are picked from
 */
RapportStore *
rapport_people_editor_get_store (RapportPeopleEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self), NULL);

  return self->store;
}

/**
 * rapport_people_editor_set_store:
 * @store: (nullable): the store to pick people from
 *
 * Sets where people are looked up and searched. Whoever was chosen, and
 * any search, is cleared: their ids belong to the previous store.
 */
void
rapport_people_editor_set_store (RapportPeopleEditor *self,
                                 RapportStore        *store)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self));
  g_return_if_fail (store == NULL || RAPPORT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* No one is listed from the old store any more. */
  gtk_slice_list_model_set_model (self->matches, NULL);
  g_clear_object (&self->people_model);
  if (store != NULL)
    {
      self->people_model = rapport_people_model_new (store);
      rapport_people_model_set_sort (self->people_model, RAPPORT_PEOPLE_SORT_RELEVANCE);
    }
  g_list_store_remove_all (self->people);
  sync_contact_ids (self);
  gtk_editable_set_text (GTK_EDITABLE (self->add_person_row), "");
  search (self, "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * rapport_people_editor_get_contact_ids:
 * @n_ids: (out): where to put how many people are chosen
 *
 * Returns: (array length=n_ids) (transfer none): the ids of the chosen
 *   people, in the order shown; valid until they change
 */
const gint64 *
rapport_people_editor_get_contact_ids (RapportPeopleEditor *self,
                                       guint               *n_ids)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->contact_ids->len;
  return (const gint64 *) (gpointer) self->contact_ids->data;
}

/**
 * rapport_people_editor_set_contact_ids:
 * @ids: (array length=n_ids): the people to show as chosen
 *
 * Shows @ids as the chosen people, in that order. Repeats, and ids the
 * store has no person for, are left out. This does not emit
 * #RapportPeopleEditor::changed.
 */
void
rapport_people_editor_set_contact_ids (RapportPeopleEditor *self,
                                       const gint64        *ids,
                                       guint                n_ids)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self));
  g_return_if_fail (ids != NULL || n_ids == 0);
  g_return_if_fail (self->store != NULL || n_ids == 0);

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = FALSE;
      RapportContact *contact;

      for (guint j = 0; j < i && !seen; j++)
        seen = ids[j] == ids[i];
      if (seen)
        continue;

      contact = rapport_store_get_contact (self->store, ids[i], NULL);
      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
    }

  g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       contacts->pdata, contacts->len);
  sync_contact_ids (self);
}

/**
 * rapport_people_editor_has_contact:
 *
 * Returns: whether the person with @contact_id is chosen
 */
gboolean
rapport_people_editor_has_contact (RapportPeopleEditor *self,
                                   gint64               contact_id)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self), FALSE);

  for (guint i = 0; i < self->contact_ids->len; i++)
    if (g_array_index (self->contact_ids, gint64, i) == contact_id)
      return TRUE;

  return FALSE;
}

const char *
rapport_people_editor_get_placeholder_text (RapportPeopleEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self), NULL);

  return self->placeholder_text;
}

void
rapport_people_editor_set_placeholder_text (RapportPeopleEditor *self,
                                            const char          *text)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self));

  if (g_set_str (&self->placeholder_text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEHOLDER_TEXT]);
}

const char *
rapport_people_editor_get_remove_tooltip (RapportPeopleEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self), NULL);

  return self->remove_tooltip;
}

void
rapport_people_editor_set_remove_tooltip (RapportPeopleEditor *self,
                                          const char          *tooltip)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self));

  if (g_set_str (&self->remove_tooltip, tooltip))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMOVE_TOOLTIP]);
}

const char *
rapport_people_editor_get_included_subtitle (RapportPeopleEditor *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self), NULL);

  return self->included_subtitle;
}

void
rapport_people_editor_set_included_subtitle (RapportPeopleEditor *self,
                                             const char          *subtitle)
{
  g_return_if_fail (RAPPORT_IS_PEOPLE_EDITOR (self));

  if (g_set_str (&self->included_subtitle, subtitle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDED_SUBTITLE]);
}
