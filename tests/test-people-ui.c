/* test-people-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of people and a person's page, driven as a person would: real
 * widgets under the virtual display, a real database in the test's folder.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-address-dialog.h"
#include "rapport-contact-fields-group.h"
#include "rapport-contact-row.h"
#include "rapport-import.h"
#include "rapport-due-button.h"
#include "rapport-partial-date-row.h"
#include "rapport-test-util.h"
#include "rapport-timeline-view.h"
#include "rapport-ui-test-util.h"
#include "rapport-window.h"



typedef struct
{
  GListModel *model;
  guint n;
} CountCheck;

static gboolean
has_count (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->model) == check->n;
}

static void
wait_for_count (RapportWindow *window,
                guint          n)
{
  CountCheck check = { G_LIST_MODEL (rapport_window_get_people (window)), n };

  test_wait_until (has_count, &check);
}

/* The text a visible list row shows as the name. */
static gboolean
list_shows (RapportWindow *window,
            const char    *name)
{
  return test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, name) != NULL &&
         gtk_widget_get_ancestor (test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, name),
                                  RAPPORT_TYPE_CONTACT_ROW) != NULL;
}

static gboolean
list_shows_cb (gpointer data)
{
  gpointer *args = data;

  return list_shows (args[0], args[1]);
}

static void
wait_for_row (RapportWindow *window,
              const char    *name)
{
  gpointer args[] = { window, (gpointer) name };

  test_wait_until (list_shows_cb, args);
}

static void
choose_person (RapportWindow *window,
               guint          position)
{
  GtkWidget *list = GTK_WIDGET (rapport_window_get_people_view (window));

  g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", position));
  test_settle ();
}

static void
type_into (RapportWindow *window,
           const char    *row_title,
           const char    *text)
{
  RapportPersonPage *page = rapport_window_get_person_page (window);
  GtkWidget *row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_create_and_find_after_restart (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  GtkTextView *notes;
  GtkWidget *search;

  /* New person, a name and a note, as typed. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "new-person"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "new-person", NULL);
  test_settle ();
  type_into (window, "Name", "Marisol Okafor");
  notes = GTK_TEXT_VIEW (test_find_widget (GTK_WIDGET (rapport_window_get_person_page (window)), GTK_TYPE_TEXT_VIEW, NULL));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Restores narrowboats on weekends", -1);

  /* No Save button: it saves itself. */
  wait_for_count (window, 1);
  wait_for_row (window, "Marisol Okafor");
  test_close_window (window);
  g_clear_object (&store);

  /* A new start on the same data, and a word from the note finds her. */
  store = rapport_store_open (NULL, NULL);
  window = test_open_window (store, 1200, 800);
  wait_for_count (window, 1);
  search = test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "narrowb");
  wait_for_count (window, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "canals");
  wait_for_count (window, 0);
  gtk_editable_set_text (GTK_EDITABLE (search), "narrowb");
  wait_for_count (window, 1);
  wait_for_row (window, "Marisol Okafor");

  test_close_window (window);
}

static RapportContact *
selected_person (RapportWindow *window)
{
  GtkSelectionModel *model = gtk_grid_view_get_model (rapport_window_get_people_view (window));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  g_autoptr(RapportContact) contact = NULL;

  if (gtk_bitset_is_empty (selected))
    return NULL;
  /* The selection holds its item: the pointer stays good. */
  contact = g_list_model_get_item (G_LIST_MODEL (model), gtk_bitset_get_minimum (selected));
  return contact;
}

/* A search replaces a long list's rows (past 2,048 people, the old ones go
 * in one change and the new come in the next); the open person's row is
 * selected again whenever they are in it, and the page stays open when they
 * are not. */
static void
test_selection_follows_search (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) wanted = NULL;
  g_autoptr(GError) error = NULL;
  RapportPersonPage *page;
  RapportWindow *window;
  GtkWidget *search;

  g_assert_true (rapport_store_begin_batch (store, &error));
  for (guint i = 0; i < 2100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %04u", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);
    }
  g_assert_true (rapport_store_commit_batch (store, &error));
  wanted = test_add_person (store, "Adaeze Brightwater");

  window = test_open_window (store, 1200, 800);
  page = rapport_window_get_person_page (window);
  wait_for_count (window, 2101);
  choose_person (window, 0);
  g_assert_true (selected_person (window) == wanted);

  search = test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "Bright");
  wait_for_count (window, 1);
  g_assert_true (selected_person (window) == wanted);

  gtk_editable_set_text (GTK_EDITABLE (search), "Person");
  wait_for_count (window, 2100);
  g_assert_null (selected_person (window));
  g_assert_true (rapport_person_page_get_contact (page) == wanted);

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for_count (window, 2101);
  g_assert_true (selected_person (window) == wanted);
  g_assert_true (rapport_person_page_get_contact (page) == wanted);

  /* A new search shows its answer from the top, however far down the list
   * was, even though it keeps the rows the two answers share. */
  {
    GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (rapport_window_get_people_view (window)));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    test_settle ();
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
    gtk_editable_set_text (GTK_EDITABLE (search), "P");
    wait_for_count (window, 2100);
    test_settle ();
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
    wait_for_row (window, "Person 0000");
  }

  test_close_window (window);
}

typedef struct
{
  RapportWindow *window;
  RapportContact *contact;
} SecondCheck;

static gboolean
is_second (gpointer data)
{
  SecondCheck *check = data;
  g_autoptr(RapportContact) second = g_list_model_get_item (G_LIST_MODEL (rapport_window_get_people (check->window)), 1);

  return second == check->contact;
}

static void
test_rename_follows (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  RapportWindow *window = test_open_window (store, 1200, 800);

  choose_person (window, 0);
  g_assert_true (rapport_person_page_get_contact (rapport_window_get_person_page (window)) == ana);

  /* The list row changes as the name is typed, before anything is saved. */
  type_into (window, "Name", "Zoë Ana");
  g_assert_true (list_shows (window, "Zoë Ana"));
  g_assert_cmpstr (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (
                     gtk_widget_get_ancestor (GTK_WIDGET (rapport_window_get_person_page (window)),
                                              ADW_TYPE_NAVIGATION_PAGE))), ==, "Zoë Ana");

  /* Once saved, the list sorts her under Z. */
  {
    SecondCheck check = { window, ana };

    test_wait_until (is_second, &check);
  }

  test_close_window (window);
}

static gboolean
toast_undo_visible (gpointer data)
{
  GtkWidget *button = test_find_widget (data, GTK_TYPE_BUTTON, "_Undo");

  return button != NULL && gtk_widget_get_mapped (button);
}

static void
test_delete_and_undo (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportInteraction) call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, NULL, "Call",
                                                             IDS (rapport_contact_get_id (ana)));
  RapportWindow *window = test_open_window (store, 1200, 800);
  GtkWidget *undo;

  choose_person (window, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rapport_window_get_person_page (window)),
                                             "person.delete", NULL));

  /* Gone at once, nothing asked... */
  wait_for_count (window, 1);
  g_assert_null (rapport_person_page_get_contact (rapport_window_get_person_page (window)));

  /* ...and back, with her timeline, on Undo. */
  test_wait_until (toast_undo_visible, window);
  undo = test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  gtk_widget_activate (undo);
  wait_for_count (window, 2);
  {
    g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, rapport_contact_get_id (ana));

    g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  }

  test_close_window (window);
}

static void
test_date_that_does_not_exist (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  RapportWindow *window = test_open_window (store, 1200, 800);
  RapportPartialDateRow *birthday;
  RapportPartialDate feb29 = { 0, 2, 29 };

  choose_person (window, 0);
  birthday = RAPPORT_PARTIAL_DATE_ROW (test_find_widget (GTK_WIDGET (rapport_window_get_person_page (window)),
                                             RAPPORT_TYPE_PARTIAL_DATE_ROW, "Birthday"));
  g_assert_nonnull (birthday);

  /* 30 February is refused where it is typed, and not kept. */
  rapport_partial_date_row_set_parts (birthday, 30, 2, "");
  g_assert_false (rapport_partial_date_row_get_valid (birthday));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (birthday), "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (birthday)), "does not exist"));
  g_assert_true (rapport_partial_date_is_empty (rapport_contact_get_birthday (ana)));

  /* 29 February, with no year, exists. */
  rapport_partial_date_row_set_parts (birthday, 29, 2, "");
  g_assert_true (rapport_partial_date_row_get_valid (birthday));
  g_assert_true (rapport_partial_date_equal (rapport_contact_get_birthday (ana), &feb29));

  /* And not in 2023. */
  rapport_partial_date_row_set_parts (birthday, 29, 2, "2023");
  g_assert_false (rapport_partial_date_row_get_valid (birthday));
  g_assert_true (rapport_partial_date_equal (rapport_contact_get_birthday (ana), &feb29));

  test_close_window (window);
}

static gboolean
undo_shown (gpointer window)
{
  GtkWidget *undo = test_find_widget (window, GTK_TYPE_BUTTON, "_Undo");

  return undo != NULL && gtk_widget_get_mapped (undo);
}

static void
test_contact_details (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  RapportWindow *window = test_open_window (store, 1200, 800);
  RapportPersonPage *page;
  AdwDialog *dialog;
  GtkWidget *fields;
  GtkWidget *row;
  GtkWidget *entry;

  choose_person (window, 0);
  page = rapport_window_get_person_page (window);

  /* Add an email, type it, label it "work": saved, and shown so. */
  fields = test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_CONTACT_FIELDS_GROUP, NULL);
  g_assert_true (gtk_widget_activate_action (fields, "fields.add", "u", RAPPORT_FIELD_EMAIL));
  test_settle ();
  row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Email");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "ana@example.org");
  g_assert_true (gtk_widget_activate_action (fields, "fields.relabel", "u", 0));
  test_settle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  entry = adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (entry), " work ");
  g_signal_emit_by_name (dialog, "response", "change");
  adw_dialog_force_close (dialog);
  test_settle ();
  g_assert_nonnull (test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Email · work"));

  /* The row's menu is made when it is opened; its items target the uint32
   * actions with uint32 values, so they are enabled. */
  {
    GtkWidget *menu_button;
    GMenuModel *menu;
    g_autoptr(GVariant) target = NULL;

    row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Email · work");
    menu_button = test_find_widget (row, GTK_TYPE_MENU_BUTTON, NULL);
    /* GtkMenuButton shows its sensitivity on the button inside. */
    g_assert_true (gtk_widget_get_sensitive (gtk_widget_get_first_child (menu_button)));
    g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
    gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
    test_settle ();
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
    g_assert_nonnull (menu);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
    target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, NULL);
    g_assert_nonnull (target);
    g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE_UINT32));
  }

  /* Removing acts at once, and Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (fields, "fields.remove", "u", 0));
  test_settle ();
  g_assert_null (test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Email · work"));
  test_wait_until (undo_shown, window);
  g_signal_emit_by_name (test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"), "clicked");
  test_settle ();
  g_assert_nonnull (test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Email · work"));

  rapport_person_page_save_now (page);
  {
    g_autoptr(RapportStore) other = rapport_store_open (rapport_store_get_path (store), NULL);
    g_autoptr(RapportContact) reread = rapport_store_get_contact (other, rapport_contact_get_id (ana), NULL);
    RapportContactField *field = g_ptr_array_index (rapport_contact_get_fields (reread), 0);

    g_assert_cmpstr (rapport_contact_field_get_value (field), ==, "ana@example.org");
    g_assert_cmpstr (rapport_contact_field_get_label (field), ==, "work");
  }

  test_close_window (window);
}

static void
type_into_dialog (AdwDialog  *dialog,
                  const char *row_title,
                  const char *text)
{
  GtkWidget *row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* Someone imported from LinkedIn shows their name in the Name row, as in
 * the header (issue 24); the name's parts are behind an expander, the
 * department beside the company, and a postal address is edited part by
 * part in its dialog and saved as typed. */
static void
test_structured_fields (void)
{
  static const char linkedin[] =
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ada,Lovelace,https://www.linkedin.com/in/ada-example,,Analytical Engines,Programmer,22 Dec 2025\r\n";
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (linkedin, sizeof linkedin - 1);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  RapportImportFormat format;
  RapportWindow *window;
  RapportPersonPage *page;
  RapportContact *ada;
  GtkWidget *row, *fields, *subtitle;
  AdwDialog *dialog;
  gint64 id;

  people = rapport_import_read (bytes, &format, NULL, &error);
  g_assert_no_error (error);
  report = rapport_store_import (store, people, format, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  window = test_open_window (store, 1200, 800);
  choose_person (window, 0);
  page = rapport_window_get_person_page (window);
  ada = rapport_person_page_get_contact (page);
  id = rapport_contact_get_id (ada);

  row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Ada Lovelace");
  g_assert_false (rapport_contact_get_name_chosen (ada));

  /* A middle name typed in its part: the name shown follows. */
  g_assert_nonnull (test_find_widget (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "Parts of the Name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                                                          "Given Name"))),
                   ==, "Ada");
  type_into (window, "Middle Names", "Augusta");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Ada Augusta Lovelace");
  g_assert_true (list_shows (window, "Ada Augusta Lovelace"));

  /* Units typed as "A; B", a ';' inside one as "\;"; and shown so. */
  {
    const char * const typed[] = { "Dyeing; Finishing", "Weaving", NULL };
    const char * const kept[] = { "R&D; Lab", NULL };
    g_auto(GStrv) units = NULL;

    type_into (window, "Department", "Dyeing\\; Finishing; Weaving");
    units = rapport_contact_dup_department_units (ada);
    g_assert_true (g_strv_equal ((const char * const *) units, typed));
    g_assert_nonnull (test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                        "Programmer · Analytical Engines, Dyeing; Finishing, Weaving"));
    rapport_contact_set_department_units (ada, kept);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                                                            "Department"))),
                     ==, "R&D\\; Lab");
  }

  /* "Profession · Company, Department", on the page and in the list. */
  type_into (window, "Department", "Research");
  subtitle = test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "Programmer · Analytical Engines, Research");
  g_assert_nonnull (subtitle);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (rapport_window_get_people_view (window)), GTK_TYPE_LABEL,
                                      "Programmer · Analytical Engines, Research"));

  /* Adding an address opens its dialog, a row for each part. */
  fields = test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_CONTACT_FIELDS_GROUP, NULL);
  g_assert_true (gtk_widget_activate_action (fields, "fields.add", "u", RAPPORT_FIELD_ADDRESS));
  test_settle ();
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (RAPPORT_IS_ADDRESS_DIALOG (dialog));
  type_into_dialog (dialog, "_Street", "12 St James's Square");
  type_into_dialog (dialog, "_Apartment, Suite, Building", "Flat 2");
  type_into_dialog (dialog, "_Postal Code", "SW1Y 4JH");
  type_into_dialog (dialog, "_City", "London");
  type_into_dialog (dialog, "C_ountry", "United Kingdom");
  adw_combo_row_set_selected (ADW_COMBO_ROW (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Type")), 1);
  adw_dialog_close (dialog);
  test_settle ();

  /* Shown as its lines, under its type. */
  row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Address · work");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "12 St James's Square\nFlat 2\nSW1Y 4JH London\nUnited Kingdom");

  /* Saved in parts: read back from the file by another connection. */
  g_assert_true (rapport_person_page_save_now (page));
  {
    g_autoptr(RapportStore) other = rapport_store_open (rapport_store_get_path (store), NULL);
    g_autoptr(RapportContact) reread = rapport_store_get_contact (other, id, NULL);
    RapportContactField *field = g_ptr_array_index (rapport_contact_get_fields (reread), 1);
    const RapportAddress *address = rapport_contact_field_get_address (field);

    g_assert_cmpuint (rapport_contact_get_fields (reread)->len, ==, 2);
    g_assert_cmpstr (rapport_contact_field_get_label (field), ==, "work");
    g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_STREET), ==, "12 St James's Square");
    g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_EXTENDED), ==, "Flat 2");
    g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_POSTAL_CODE), ==, "SW1Y 4JH");
    g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_LOCALITY), ==, "London");
    g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_COUNTRY), ==, "United Kingdom");
    g_assert_cmpstr (rapport_address_get (address, RAPPORT_ADDRESS_REGION), ==, "");
    g_assert_cmpstr (rapport_contact_get_additional_name (reread), ==, "Augusta");
    g_assert_cmpstr (rapport_contact_get_department (reread), ==, "Research");
    g_assert_false (rapport_contact_get_name_chosen (reread));
  }

  /* Searching the city or the department finds her. */
  {
    GtkEditable *search = GTK_EDITABLE (test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL));

    gtk_editable_set_text (search, "london");
    wait_for_count (window, 1);
    gtk_editable_set_text (search, "nobody");
    wait_for_count (window, 0);
    gtk_editable_set_text (search, "research");
    wait_for_count (window, 1);
  }

  test_close_window (window);
}

/* Anything typed for a new person keeps them: here, only an email. */
static void
test_new_person_with_only_an_email (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  RapportPersonPage *page = rapport_window_get_person_page (window);
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-person", NULL);
  test_settle ();
  g_assert_true (gtk_widget_activate_action (test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_CONTACT_FIELDS_GROUP, NULL),
                                             "fields.add", "u", RAPPORT_FIELD_EMAIL));
  test_settle ();
  row = test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Email");
  gtk_editable_set_text (GTK_EDITABLE (row), "someone@example.org");
  wait_for_count (window, 1);

  /* And typing goes to the search only while the list is on screen. */
  {
    GtkSearchEntry *search = GTK_SEARCH_ENTRY (test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL));
    AdwViewStack *sidebar = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (search), ADW_TYPE_VIEW_STACK));

    g_assert_true (gtk_search_entry_get_key_capture_widget (search) == GTK_WIDGET (window));
    adw_view_stack_set_visible_child_name (sidebar, "statements");
    g_assert_null (gtk_search_entry_get_key_capture_widget (search));
    adw_view_stack_set_visible_child_name (sidebar, "people");
    g_assert_true (gtk_search_entry_get_key_capture_widget (search) == GTK_WIDGET (window));
  }

  test_close_window (window);
}

static void
test_empty_states (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  RapportWindow *window = test_open_window (store, 1200, 800);
  g_autoptr(RapportContact) ana = NULL;
  GtkWidget *search;

  /* A first start says what to do, with the button to do it. */
  g_assert_nonnull (test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_true (gtk_widget_get_mapped (test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Add Person")));

  ana = test_add_person (store, "Ana");
  wait_for_row (window, "Ana");
  search = test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "zzz");
  wait_for_count (window, 0);
  test_settle ();
  g_assert_true (gtk_widget_get_mapped (test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "No Matches")));

  test_close_window (window);
}

static void
test_narrow_back (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  RapportWindow *window = test_open_window (store, 360, 800);
  AdwNavigationSplitView *split_view = ADW_NAVIGATION_SPLIT_VIEW (test_find_widget (GTK_WIDGET (window),
                                                                        ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL));

  test_settle ();
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));
  g_assert_false (adw_navigation_split_view_get_show_content (split_view));

  choose_person (window, 0);
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));

  /* Back, as the header's back button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rapport_window_get_person_page (window)),
                                             "navigation.pop", NULL));
  test_settle ();
  g_assert_false (adw_navigation_split_view_get_show_content (split_view));

  test_close_window (window);
}

/* The row of the Due list showing @name, and its button with @icon. */
static GtkWidget *
find_row_button (GtkWidget  *widget,
                 const char *name,
                 const char *icon)
{
  if (RAPPORT_IS_CONTACT_ROW (widget))
    {
      RapportContact *contact = rapport_contact_row_get_contact (RAPPORT_CONTACT_ROW (widget));
      g_autofree char *shown = contact ? rapport_contact_dup_name (contact) : NULL;
      GtkWidget *image;

      if (g_strcmp0 (shown, name) != 0)
        return NULL;
      for (GtkWidget *button = test_find_widget (widget, GTK_TYPE_BUTTON, NULL);
           button != NULL;
           button = gtk_widget_get_next_sibling (button))
        if ((image = test_find_widget (button, GTK_TYPE_IMAGE, NULL)) != NULL &&
            g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (image)), icon) == 0 &&
            gtk_widget_get_mapped (button))
          return button;
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_button (child, name, icon);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
badge_says (gpointer data)
{
  gpointer *args = data;
  RapportDueButton *button = RAPPORT_DUE_BUTTON (test_find_widget (args[0], RAPPORT_TYPE_DUE_BUTTON, NULL));

  return test_find_widget (GTK_WIDGET (button), GTK_TYPE_LABEL, args[1]) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (button));
}

static void
wait_for_badge (RapportWindow *window,
                const char    *count)
{
  gpointer args[] = { window, (gpointer) count };

  test_wait_until (badge_says, args);
}

static gboolean
timeline_entry_focused (gpointer data)
{
  GtkWidget *focus = gtk_window_get_focus (data);

  return focus != NULL && gtk_widget_get_ancestor (focus, RAPPORT_TYPE_TIMELINE_VIEW) != NULL &&
         gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL;
}

static void
test_due_list (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben");
  g_autoptr(RapportContact) cy = test_add_person (store, "Cy");
  g_autoptr(RapportInteraction) ana_call = NULL;
  g_autoptr(RapportInteraction) ben_call = NULL;
  g_autoptr(RapportInteraction) cy_lunch = NULL;
  g_autoptr(GError) error = NULL;
  RapportWindow *window;
  GtkWidget *due_button, *button, *focus;

  /* Ana: a monthly catch-up, last one 100 days ago. Ben: monthly, 3 days
   * ago. Cy: no cadence, but a follow-up that came 5 days ago. */
  rapport_contact_set_cadence_days (ana, 30);
  rapport_contact_set_cadence_days (ben, 30);
  g_assert_true (rapport_store_save_contact (store, ana, &error));
  g_assert_true (rapport_store_save_contact (store, ben, &error));
  g_assert_no_error (error);
  ana_call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-100), "Call",
                                   IDS (rapport_contact_get_id (ana)));
  ben_call = test_add_interaction (store, RAPPORT_INTERACTION_CALL, test_days_from_today (-3), "Call",
                                   IDS (rapport_contact_get_id (ben)));
  cy_lunch = test_add_interaction (store, RAPPORT_INTERACTION_MET_IN_PERSON, test_days_from_today (-20), "Lunch",
                                   IDS (rapport_contact_get_id (cy)));
  rapport_interaction_set_follow_up (cy_lunch, test_days_from_today (-5));
  g_assert_true (rapport_store_save_interaction (store, cy_lunch, &error));
  g_assert_no_error (error);

  window = test_open_window (store, 1200, 800);
  wait_for_count (window, 3);

  /* The badge counts the two people due; its button shows only them,
   * oldest first, each with "log" and "snooze". */
  wait_for_badge (window, "2");
  due_button = test_find_widget (test_find_widget (GTK_WIDGET (window), RAPPORT_TYPE_DUE_BUTTON, NULL),
                                 GTK_TYPE_TOGGLE_BUTTON, NULL);
  gtk_widget_activate (due_button);
  wait_for_count (window, 2);
  {
    RapportPeopleModel *people = rapport_window_get_people (window);
    g_autoptr(RapportContact) first = g_list_model_get_item (G_LIST_MODEL (people), 0);

    g_assert_cmpint (rapport_contact_get_id (first), ==, rapport_contact_get_id (ana));
  }
  wait_for_row (window, "Cy");

  /* Snooze Ana: she leaves the list and the count at once... */
  button = find_row_button (GTK_WIDGET (window), "Ana", "alarm-symbolic");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  wait_for_count (window, 1);
  wait_for_badge (window, "1");
  g_assert_false (rapport_contact_is_due (ana, test_days_from_today (0)));

  /* ...and Undo brings her back. */
  test_wait_until (toast_undo_visible, window);
  gtk_widget_activate (test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"));
  wait_for_count (window, 2);
  wait_for_badge (window, "2");

  /* "Log an interaction" with Cy opens her timeline, ready to type; what
   * is logged there takes her off the list. */
  test_settle ();
  button = find_row_button (GTK_WIDGET (window), "Cy", "chat-message-new-symbolic");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  test_wait_until (timeline_entry_focused, window);
  g_assert_true (rapport_person_page_get_contact (rapport_window_get_person_page (window)) == cy);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  focus = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (focus), "Called her back");
  g_signal_emit_by_name (focus, "activate");
  wait_for_count (window, 1);
  wait_for_badge (window, "1");
  {
    g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, rapport_contact_get_id (cy));

    g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  }

  test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/people-ui/create-and-find-after-restart", test_create_and_find_after_restart);
  g_test_add_func ("/rapport/people-ui/rename-follows", test_rename_follows);
  g_test_add_func ("/rapport/people-ui/selection-follows-search", test_selection_follows_search);
  g_test_add_func ("/rapport/people-ui/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/rapport/people-ui/date-that-does-not-exist", test_date_that_does_not_exist);
  g_test_add_func ("/rapport/people-ui/empty-states", test_empty_states);
  g_test_add_func ("/rapport/people-ui/contact-details", test_contact_details);
  g_test_add_func ("/rapport/people-ui/structured-fields", test_structured_fields);
  g_test_add_func ("/rapport/people-ui/new-person-with-only-an-email", test_new_person_with_only_an_email);
  g_test_add_func ("/rapport/people-ui/narrow-back", test_narrow_back);
  g_test_add_func ("/rapport/people-ui/due-list", test_due_list);

  return g_test_run ();
}
