/* rapport-person-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choosing one other person: a search for a name and the first people it
 * finds, one of them chosen with a radio button. Used where a person is
 * linked to or introduced to someone; never offers the person whose page
 * it is. Below them, the contacts of the address books not in Rapport yet:
 * one added is chosen.
 */

#define G_LOG_DOMAIN "rapport-person-search"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-address-book-results.h"
#include "rapport-people-model.h"
#include "rapport-person-search.h"

/* Enough to find someone by a few letters of their name. */
#define MAX_RESULTS 8

struct _RapportPersonSearch
{
  AdwPreferencesGroup parent_instance;

  GtkWidget *entry;
  GtkListBox *list;
  GtkWidget *first_check;         /* the choices' radio group */
  RapportAddressBookResults *book_results;

  RapportStore *store;
  RapportPeopleModel *people;
  gint64 exclude_id;
  gint64 chosen_id;
  char *chosen_name;
  gint64 choose_when_found; /* just added from an address book */
};

G_DEFINE_FINAL_TYPE (RapportPersonSearch, rapport_person_search, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_chosen (RapportPersonSearch *self,
            gint64               id,
            const char          *name)
{
  g_set_str (&self->chosen_name, name);
  if (self->chosen_id != id)
    {
      self->chosen_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
    }
}

static void
choice_toggled_cb (RapportPersonSearch *self,
                   GtkCheckButton      *check)
{
  if (!gtk_check_button_get_active (check))
    return;
  set_chosen (self, *(gint64 *) g_object_get_data (G_OBJECT (check), "contact-id"),
              g_object_get_data (G_OBJECT (check), "name"));
}

static void
add_choice (RapportPersonSearch *self,
            RapportContact      *contact)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gint64 id = rapport_contact_get_id (contact);
  g_autofree char *name = rapport_contact_dup_name (contact);
  const char *company = rapport_contact_get_company (contact);
  const char *profession = rapport_contact_get_profession (contact);
  g_autofree char *subtitle = NULL;

  if (profession == NULL)
    profession = "";
  if (company == NULL)
    company = "";
  if (*profession != '\0' && *company != '\0')
    /* TRANSLATORS: what someone does and where, e.g. "Structural engineer, Arup" */
    subtitle = g_strdup_printf (_("%s, %s"), profession, company);
  else
    subtitle = g_strdup (*profession != '\0' ? profession : company);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (self->first_check != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->first_check));
  else
    self->first_check = check;
  g_object_set_data_full (G_OBJECT (check), "contact-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (check), "name", g_strdup (name), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (choice_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (self->list, row);
}

/* The first people the search finds, but never the person themselves. */
static void
people_changed_cb (RapportPersonSearch *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint shown = 0;

  gtk_list_box_remove_all (self->list);
  self->first_check = NULL;
  set_chosen (self, 0, NULL);
  if (*rapport_people_model_get_search_text (self->people) == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      return;
    }
  for (guint i = 0; i < n && shown < MAX_RESULTS; i++)
    {
      gint64 id = rapport_people_model_get_id (self->people, i);
      g_autoptr(RapportContact) contact = NULL;

      if (id == self->exclude_id || !(contact = rapport_store_get_contact (self->store, id, NULL)))
        continue;
      add_choice (self, contact);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), shown > 0);
  if (self->choose_when_found != 0 && rapport_person_search_choose (self, self->choose_when_found))
    self->choose_when_found = 0;
}

static void
person_added_cb (RapportPersonSearch *self,
                 gint64               contact_id)
{
  /* Shown by the search once the store says they are there. */
  self->choose_when_found = contact_id;
  if (rapport_person_search_choose (self, contact_id))
    self->choose_when_found = 0;
}

static void
search_changed_cb (RapportPersonSearch *self,
                   GtkSearchEntry      *entry)
{
  rapport_people_model_set_search_text (self->people, gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (self->book_results != NULL)
    rapport_address_book_results_set_text (self->book_results, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
rapport_person_search_dispose (GObject *object)
{
  RapportPersonSearch *self = RAPPORT_PERSON_SEARCH (object);

  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chosen_name, g_free);

  G_OBJECT_CLASS (rapport_person_search_parent_class)->dispose (object);
}

static void
rapport_person_search_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportPersonSearch *self = RAPPORT_PERSON_SEARCH (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:
      g_value_set_int64 (value, self->chosen_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_person_search_class_init (RapportPersonSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rapport_person_search_dispose;
  object_class->get_property = rapport_person_search_get_property;

  /**
   * RapportPersonSearch:chosen:
   *
   * The id of the person chosen, or 0.
   */
  properties[PROP_CHOSEN] = g_param_spec_int64 ("chosen", NULL, NULL, 0, G_MAXINT64, 0,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_person_search_init (RapportPersonSearch *self)
{
  self->entry = gtk_search_entry_new ();
  gtk_search_entry_set_placeholder_text (GTK_SEARCH_ENTRY (self->entry), _("Search for a name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search for the other person"), -1);
  gtk_widget_set_margin_bottom (self->entry, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->entry);
  g_signal_connect_object (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("People Found"),
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));
}

/**
 * rapport_person_search_new:
 * @store: where to search
 * @exclude_id: the person never offered (the page's own), or 0
 *
 * Returns: (transfer floating): a new search
 */
RapportPersonSearch *
rapport_person_search_new (RapportStore *store,
                           gint64        exclude_id)
{
  RapportPersonSearch *self;

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  self = g_object_new (RAPPORT_TYPE_PERSON_SEARCH, NULL);
  self->store = g_object_ref (store);
  self->exclude_id = exclude_id;
  self->people = rapport_people_model_new (store);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (people_changed_cb), self, G_CONNECT_SWAPPED);

  self->book_results = rapport_address_book_results_new (store);
  gtk_widget_set_margin_top (GTK_WIDGET (self->book_results), 18);
  g_signal_connect_object (self->book_results, "person-added", G_CALLBACK (person_added_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->book_results));
  return self;
}

gint64
rapport_person_search_get_chosen (RapportPersonSearch *self)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_SEARCH (self), 0);
  return self->chosen_id;
}

/* The chosen person's name, or %NULL. */
const char *
rapport_person_search_get_chosen_name (RapportPersonSearch *self)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_SEARCH (self), NULL);
  return self->chosen_id != 0 ? self->chosen_name : NULL;
}

/* Types @text into the search, as the user would. */
void
rapport_person_search_set_text (RapportPersonSearch *self,
                                const char          *text)
{
  g_return_if_fail (RAPPORT_IS_PERSON_SEARCH (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  rapport_people_model_set_search_text (self->people, text);
  rapport_address_book_results_set_text (self->book_results, text);
}

/* The contacts of the address books offered below the people found. */
RapportAddressBookResults *
rapport_person_search_get_address_book_results (RapportPersonSearch *self)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_SEARCH (self), NULL);
  return self->book_results;
}

/**
 * rapport_person_search_choose:
 * @contact_id: one of the people found
 *
 * Chooses @contact_id, as clicking their row would.
 *
 * Returns: whether they were among those found
 */
gboolean
rapport_person_search_choose (RapportPersonSearch *self,
                              gint64               contact_id)
{
  g_return_val_if_fail (RAPPORT_IS_PERSON_SEARCH (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = ADW_IS_ACTION_ROW (row) ? adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) : NULL;

      if (check != NULL && *(gint64 *) g_object_get_data (G_OBJECT (check), "contact-id") == contact_id)
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
          return TRUE;
        }
    }
  return FALSE;
}
