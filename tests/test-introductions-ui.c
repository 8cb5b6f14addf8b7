/* test-introductions-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Who could help" on a person's page: the people suggested, with the
 * words that matched; introducing one from the page, found in both
 * timelines after a restart; and dismissing another for good.
 */

#include "config.h"

#include <string.h>

#include "rapport-briefing-view.h"
#include "rapport-introduce-dialog.h"
#include "rapport-introductions-group.h"
#include "rapport-person-page.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"

static RapportContact *
add_person (RapportStore     *store,
            const char       *name,
            const char       *profession,
            const char       *looking_for,
            RapportCloseness  closeness)
{
  RapportContact *contact = test_make_person (name);

  rapport_contact_set_profession (contact, profession);
  rapport_contact_set_looking_for (contact, looking_for);
  rapport_contact_set_closeness (contact, closeness);
  return test_save_person (store, contact);
}

static gboolean
has_suggestions (gpointer data)
{
  gpointer *expected = data;

  return rapport_introductions_group_get_n_suggestions (expected[0]) == GPOINTER_TO_UINT (expected[1]);
}

static void
wait_for_suggestions (RapportIntroductionsGroup *group,
                      guint                      n)
{
  gpointer expected[2] = { group, GUINT_TO_POINTER (n) };

  test_wait_until (has_suggestions, expected);
}

static RapportIntroduceDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      GtkWidget *found = test_find_widget (toplevel, RAPPORT_TYPE_INTRODUCE_DIALOG, NULL);

      if (found != NULL)
        return RAPPORT_INTRODUCE_DIALOG (found);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

/* Presses the dialog's main button, "Introduce" or "Write the Email". */
static void
press_introduce (RapportIntroduceDialog *dialog,
                 const char             *label)
{
  GtkWidget *button = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  /* A button that is not realized ignores activation. */
  test_wait_until (test_is_laid_out, button);
  gtk_widget_activate (button);
  test_wait_until (dialog_gone, NULL);
}

static RapportInteraction *
find_introduction (RapportStore *store,
                   gint64        contact_id)
{
  g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, contact_id);

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RapportInteraction) interaction = g_list_model_get_item (timeline, i);

      if (rapport_interaction_get_kind (interaction) == RAPPORT_INTERACTION_INTRODUCTION_MADE)
        return g_steal_pointer (&interaction);
    }
  return NULL;
}

static void
test_introduce_from_page (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person (store, "Ana Silva", "Architect", "A structural engineer",
                                               RAPPORT_CLOSENESS_FRIEND);
  g_autoptr(RapportContact) ben = add_person (store, "Ben Ng", "Structural engineer", NULL,
                                               RAPPORT_CLOSENESS_ACQUAINTANCE);
  g_autoptr(RapportContact) carla = add_person (store, "Carla Ruiz", "Civil engineer", NULL,
                                                 RAPPORT_CLOSENESS_FRIEND);
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autofree char *path = g_strdup (rapport_store_get_path (store));
  GtkWidget *window = adw_window_new ();
  RapportPersonPage *page = g_object_new (RAPPORT_TYPE_PERSON_PAGE, "store", store, NULL);
  RapportIntroductionsGroup *group;
  GtkWidget *row, *button, *why_row;
  RapportIntroduceDialog *dialog;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  /* A button that is not realized ignores activation. */
  test_wait_until (test_is_laid_out, window);
  rapport_person_page_set_contact (page, ana);
  group = RAPPORT_INTRODUCTIONS_GROUP (test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_INTRODUCTIONS_GROUP, NULL));
  g_assert_nonnull (group);
  wait_for_suggestions (group, 2);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "2 people could help Ana Silva");

  /* Ben first: two words in his profession, against Carla's one. */
  row = test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Ben Ng");
  g_assert_nonnull (row);
  /* The words that matched in bold, and why Ben ranks first. */
  g_assert_nonnull (test_find_widget (row, GTK_TYPE_LABEL,
                                      "Profession: <b>Structural</b> <b>engineer</b>\n2 matching words · Acquaintance"));

  /* Introduce them, with a reason, as the dialog's Introduce button does. */
  button = test_find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Introduce Ana Silva to Ben Ng");
  g_assert_true (gtk_widget_get_focusable (button) || gtk_widget_get_can_focus (button));
  gtk_widget_activate (button);
  test_wait_until (dialog_shown, NULL);
  dialog = find_dialog ();
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (dialog)), ==, "Introduce Ana Silva");
  why_row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Why, in a Sentence");
  g_assert_nonnull (why_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (why_row)), ==, "A structural engineer");
  gtk_editable_set_text (GTK_EDITABLE (why_row), "She needs a structural engineer for the barn");
  press_introduce (dialog, "_Introduce");

  /* Ben is introduced: only Carla is left, and she is dismissed for good. */
  wait_for_suggestions (group, 1);
  row = test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Carla Ruiz");
  g_assert_nonnull (row);
  /* Introduce first, then dismiss. */
  button = gtk_widget_get_next_sibling (test_find_widget (row, GTK_TYPE_BUTTON, NULL));
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Do Not Suggest Carla Ruiz for Ana Silva Again");
  gtk_widget_activate (button);
  wait_for_suggestions (group, 0);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "Nobody you know matches what Ana Silva is looking for yet.");

  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
  g_clear_object (&ana);
  g_clear_object (&ben);
  g_clear_object (&carla);
  g_clear_object (&store);

  /* After a restart: in both timelines, and still nobody to suggest. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RapportStore) reopened = rapport_store_open (path, &error);
    g_autoptr(RapportInteraction) theirs = NULL;
    g_autoptr(GPtrArray) suggestions = NULL;

    g_assert_no_error (error);
    introduction = find_introduction (reopened, 1);
    g_assert_nonnull (introduction);
    g_assert_cmpstr (rapport_interaction_get_summary (introduction), ==, "Introduced Ana Silva to Ben Ng");
    g_assert_cmpstr (rapport_interaction_get_details (introduction), ==, "She needs a structural engineer for the barn");
    theirs = find_introduction (reopened, 2);
    g_assert_nonnull (theirs);
    g_assert_cmpint (rapport_interaction_get_id (theirs), ==, rapport_interaction_get_id (introduction));
    suggestions = rapport_store_suggest_introductions (reopened, 1, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (suggestions->len, ==, 0);
  }
}

/* At an event, the briefing suggests introducing Ana to Ben; introducing
 * them from there puts it in both timelines, still there after a restart. */
static void
test_introduce_from_briefing (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person (store, "Ana Silva", "Architect", "A structural engineer",
                                               RAPPORT_CLOSENESS_FRIEND);
  g_autoptr(RapportContact) ben = add_person (store, "Ben Ng", "Structural engineer", NULL,
                                               RAPPORT_CLOSENESS_ACQUAINTANCE);
  g_autoptr(GDateTime) starts = g_date_time_new_utc (2026, 12, 20, 8, 0, 0);
  g_autoptr(RapportEvent) event = rapport_event_new ("Builders Breakfast", starts);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (rapport_store_get_path (store));
  GtkWidget *window = adw_window_new ();
  RapportBriefingView *view = g_object_new (RAPPORT_TYPE_BRIEFING_VIEW, NULL);
  GtkWidget *row, *button, *why_row;
  RapportIntroduceDialog *dialog;

  g_assert_true (rapport_store_add_event (store, event, &error));
  g_assert_no_error (error);
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), rapport_contact_get_id (ana), "",
                                             &error));
  g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event), rapport_contact_get_id (ben), "",
                                             &error));
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  /* A button that is not realized ignores activation. */
  test_wait_until (test_is_laid_out, window);
  rapport_briefing_view_set_store (view, store);
  rapport_briefing_view_set_event (view, event);
  rapport_briefing_view_refresh (view);
  test_settle ();

  row = test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Introduce Ana Silva to Ben Ng");
  g_assert_nonnull (row);
  g_assert_nonnull (test_find_widget (row, GTK_TYPE_LABEL, "Profession: <b>Structural</b> <b>engineer</b>\n2 matching words · Acquaintance"));
  /* Only the one way: Ben looks for nothing. */
  g_assert_null (test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Introduce Ben Ng to Ana Silva"));

  button = test_find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Introduce Ana Silva to Ben Ng");
  gtk_widget_activate (button);
  test_wait_until (dialog_shown, NULL);
  dialog = find_dialog ();
  why_row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Why, in a Sentence");
  gtk_editable_set_text (GTK_EDITABLE (why_row), "Met at the breakfast; she needs a structural engineer");
  press_introduce (dialog, "_Introduce");
  test_settle ();
  /* Introduced: the briefing no longer suggests the pair. */
  rapport_briefing_view_refresh (view);
  test_settle ();
  g_assert_null (test_find_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Introduce Ana Silva to Ben Ng"));

  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
  g_clear_object (&event);
  g_clear_object (&ana);
  g_clear_object (&ben);
  g_clear_object (&store);

  {
    g_autoptr(RapportStore) reopened = rapport_store_open (path, &error);
    g_autoptr(RapportInteraction) hers = NULL;
    g_autoptr(RapportInteraction) his = NULL;

    g_assert_no_error (error);
    hers = find_introduction (reopened, 1);
    his = find_introduction (reopened, 2);
    g_assert_nonnull (hers);
    g_assert_nonnull (his);
    g_assert_cmpint (rapport_interaction_get_id (hers), ==, rapport_interaction_get_id (his));
    g_assert_cmpstr (rapport_interaction_get_summary (hers), ==, "Introduced Ana Silva to Ben Ng");
    g_assert_cmpstr (rapport_interaction_get_details (his), ==, "Met at the breakfast; she needs a structural engineer");
  }
}

static void
add_email (RapportStore   *store,
           RapportContact *contact,
           const char     *address)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (fields, rapport_contact_field_new (RAPPORT_FIELD_EMAIL, "work", address));
  rapport_contact_set_fields (contact, fields);
  g_assert_true (rapport_store_save_contact (store, contact, &error));
  g_assert_no_error (error);
}

/* "Introduce…" on Ana's page, to Ben found by name, by email: the draft
 * goes to both, names them, says why and lets either say no; the record
 * keeps that it was an email, in both timelines. */
static void
test_introduce_by_email (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = add_person (store, "Ana Silva", "Architect", "A structural engineer",
                                               RAPPORT_CLOSENESS_FRIEND);
  g_autoptr(RapportContact) ben = add_person (store, "Ben Ng", "Structural engineer", NULL,
                                               RAPPORT_CLOSENESS_ACQUAINTANCE);
  g_autoptr(RapportInteraction) hers = NULL;
  g_autoptr(RapportInteraction) his = NULL;
  g_autofree char *mailto = NULL;
  GtkWidget *window = adw_window_new ();
  RapportPersonPage *page = g_object_new (RAPPORT_TYPE_PERSON_PAGE, "store", store, NULL);
  RapportIntroductionsGroup *group;
  RapportIntroduceDialog *dialog;
  GtkWidget *button;

  add_email (store, ana, "ana@example.org");
  add_email (store, ben, "ben@example.com");
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_laid_out, window);
  rapport_person_page_set_contact (page, ana);
  group = RAPPORT_INTRODUCTIONS_GROUP (test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_INTRODUCTIONS_GROUP, NULL));
  wait_for_suggestions (group, 1);

  button = test_find_widget (GTK_WIDGET (group), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);
  g_assert_true (test_find_widget (button, GTK_TYPE_LABEL, "_Introduce…") != NULL);
  gtk_widget_activate (button);
  test_wait_until (dialog_shown, NULL);
  dialog = find_dialog ();
  /* Nobody chosen yet: nothing to press. */
  g_assert_false (gtk_widget_get_sensitive (test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Introduce")));
  rapport_person_search_set_text (rapport_introduce_dialog_get_search (dialog), "ben");
  test_settle ();
  g_assert_true (rapport_person_search_choose (rapport_introduce_dialog_get_search (dialog),
                                               rapport_contact_get_id (ben)));
  /* Ana herself is never offered. */
  g_assert_false (rapport_person_search_choose (rapport_introduce_dialog_get_search (dialog),
                                                rapport_contact_get_id (ana)));
  rapport_introduce_dialog_set_how (dialog, RAPPORT_INTRODUCTION_EMAIL);
  mailto = rapport_introduce_dialog_dup_mailto (dialog);
  g_assert_true (g_str_has_prefix (mailto, "mailto:ana@example.org,ben@example.com?subject=Introduction%3A%20Ana%20Silva"
                                           "%20and%20Ben%20Ng&body=Hi%20Ana%20Silva%20and%20Ben%20Ng%2C%0D%0A"));
  g_assert_nonnull (strstr (mailto, "Why%3A%20A%20structural%20engineer"));
  g_assert_nonnull (strstr (mailto, "Ana%20Silva%2C%20meet%20Ben%20Ng%20%28Structural%20engineer%29."));
  g_assert_nonnull (strstr (mailto, "If%20it%20is%20not%20a%20good%20time"));
  press_introduce (dialog, "_Write the Email");

  hers = find_introduction (store, rapport_contact_get_id (ana));
  his = find_introduction (store, rapport_contact_get_id (ben));
  g_assert_nonnull (hers);
  g_assert_true (hers == his);
  g_assert_cmpint (rapport_interaction_get_how (hers), ==, RAPPORT_INTRODUCTION_EMAIL);
  wait_for_suggestions (group, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();
  /* The mail app is not started: the draft is checked as a URI. */
  g_setenv ("RAPPORT_NO_LAUNCH", "1", TRUE);

  g_test_add_func ("/rapport/introductions-ui/introduce-from-page", test_introduce_from_page);
  g_test_add_func ("/rapport/introductions-ui/introduce-from-briefing", test_introduce_from_briefing);
  g_test_add_func ("/rapport/introductions-ui/introduce-by-email", test_introduce_by_email);

  return g_test_run ();
}
