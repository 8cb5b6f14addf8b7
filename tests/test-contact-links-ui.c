/* test-contact-links-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who knows whom on a person's page: Link To… links Ana to Ben, found by
 * name; both pages show it in their own words, How You Met says who
 * introduced her, removing it takes it off both, and the toast's Undo puts
 * it back, the same way round. Giving First says what
 * was done for whom. An introduction's follow-up, answered in its
 * dialog, shows in both timelines and leaves the due list.
 */

#include "config.h"

#include "rapport-giving-group.h"
#include "rapport-interaction-dialog.h"
#include "rapport-interaction-row.h"
#include "rapport-link-dialog.h"
#include "rapport-links-group.h"
#include "rapport-person-page.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"

static RapportLinkDialog *
find_link_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      GtkWidget *found = test_find_widget (toplevel, RAPPORT_TYPE_LINK_DIALOG, NULL);

      if (found != NULL)
        return RAPPORT_LINK_DIALOG (found);
    }
  return NULL;
}

static gboolean
link_dialog_shown (gpointer data)
{
  return find_link_dialog () != NULL;
}

static gboolean
link_dialog_gone (gpointer data)
{
  return find_link_dialog () == NULL;
}

static gboolean
has_links (gpointer data)
{
  gpointer *expected = data;

  return rapport_links_group_get_n_links (expected[0]) == GPOINTER_TO_UINT (expected[1]);
}

static void
wait_for_links (RapportLinksGroup *group,
                guint              n)
{
  gpointer expected[2] = { group, GUINT_TO_POINTER (n) };

  test_wait_until (has_links, expected);
}

static RapportPersonPage *
open_page (RapportStore  *store,
           GtkWidget    **window)
{
  RapportPersonPage *page = g_object_new (RAPPORT_TYPE_PERSON_PAGE, "store", store, NULL);
  GtkWidget *overlay = adw_toast_overlay_new ();

  *window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 800, 900);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (*window), overlay);
  gtk_window_present (GTK_WINDOW (*window));
  /* A button that is not realized ignores activation. */
  test_wait_until (test_is_laid_out, *window);
  return page;
}

static void
test_link_from_page (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  GtkWidget *window = NULL;
  RapportPersonPage *page = open_page (store, &window);
  RapportLinksGroup *group;
  RapportLinkDialog *dialog;
  GtkWidget *button, *row, *how_met;

  rapport_person_page_set_contact (page, ana);
  group = RAPPORT_LINKS_GROUP (test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_LINKS_GROUP, NULL));
  g_assert_nonnull (group);
  g_assert_cmpuint (rapport_links_group_get_n_links (group), ==, 0);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "Who introduced you to Ana Silva, whom they work with, family and friends.");

  /* Link To…: introduced by Ben, found by name. */
  button = test_find_widget (GTK_WIDGET (group), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (test_find_widget (button, GTK_TYPE_LABEL, "_Link To…"));
  gtk_widget_activate (button);
  test_wait_until (link_dialog_shown, NULL);
  dialog = find_link_dialog ();
  rapport_link_dialog_set_relation (dialog, 0);
  rapport_person_search_set_text (rapport_link_dialog_get_search (dialog), "ben");
  test_settle ();
  g_assert_false (rapport_person_search_choose (rapport_link_dialog_get_search (dialog), rapport_contact_get_id (ana)));
  g_assert_true (rapport_person_search_choose (rapport_link_dialog_get_search (dialog), rapport_contact_get_id (ben)));
  button = test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Link");
  g_assert_true (gtk_widget_get_sensitive (button));
  test_wait_until (test_is_laid_out, button);
  gtk_widget_activate (button);
  test_wait_until (link_dialog_gone, NULL);

  wait_for_links (group, 1);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Introduced by Ben Ng"));
  how_met = test_find_widget (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, NULL);
  for (; how_met != NULL; how_met = gtk_widget_get_next_sibling (how_met))
    if (ADW_IS_PREFERENCES_GROUP (how_met) &&
        g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (how_met)), "How You Met") == 0)
      break;
  g_assert_nonnull (how_met);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (how_met)), ==,
                   "Introduced by Ben Ng");

  /* Ben's page, in his words; removing it there takes it off both. */
  rapport_person_page_set_contact (page, ben);
  wait_for_links (group, 1);
  row = test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Introduced you to Ana Silva");
  g_assert_nonnull (row);
  button = test_find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove “Introduced you to Ana Silva”");
  gtk_widget_activate (button);
  wait_for_links (group, 0);
  rapport_person_page_set_contact (page, ana);
  g_assert_cmpuint (rapport_links_group_get_n_links (group), ==, 0);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (how_met)), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
}

/* The only link between @a and @b in the store, as @a sees it; checks
 * that @b sees the same link from the other side. */
static void
assert_one_link (RapportStore    *store,
                 gint64           a,
                 gint64           b,
                 RapportLinkKind  kind,
                 gboolean         outgoing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mine = rapport_store_list_links (store, a, &error);
  g_autoptr(GPtrArray) theirs = NULL;
  RapportContactLink *link, *other;

  g_assert_no_error (error);
  theirs = rapport_store_list_links (store, b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mine->len, ==, 1);
  g_assert_cmpuint (theirs->len, ==, 1);
  link = g_ptr_array_index (mine, 0);
  other = g_ptr_array_index (theirs, 0);
  g_assert_cmpint (link->other_id, ==, b);
  g_assert_cmpint (link->kind, ==, kind);
  g_assert_cmpint (link->outgoing, ==, outgoing);
  g_assert_cmpint (other->id, ==, link->id);
  g_assert_cmpint (other->other_id, ==, a);
  g_assert_cmpint (other->kind, ==, kind);
  g_assert_cmpint (other->outgoing, ==, !outgoing);
}

static guint
n_store_links (RapportStore *store,
               gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) links = rapport_store_list_links (store, id, &error);

  g_assert_no_error (error);
  return links->len;
}

/* Ana's page and Ben's page open side by side: removing "Introduced you
 * to Ana Silva" with its button on Ben's page takes it off both pages
 * and out of the store; the toast's Undo puts back the same link, the
 * same way round, on both. */
static void
test_remove_and_undo (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  gint64 a = rapport_contact_get_id (ana), b = rapport_contact_get_id (ben);
  g_autoptr(GError) error = NULL;
  GtkWidget *ana_window = NULL, *ben_window = NULL;
  RapportPersonPage *ana_page = open_page (store, &ana_window);
  RapportPersonPage *ben_page = open_page (store, &ben_window);
  RapportLinksGroup *ana_group, *ben_group;
  GtkWidget *row, *button;

  /* Ana was introduced to the user by Ben. */
  g_assert_cmpint (rapport_store_link_contacts (store, a, b, RAPPORT_LINK_INTRODUCED_BY, TRUE, &error), >, 0);
  g_assert_no_error (error);
  assert_one_link (store, a, b, RAPPORT_LINK_INTRODUCED_BY, TRUE);

  rapport_person_page_set_contact (ana_page, ana);
  rapport_person_page_set_contact (ben_page, ben);
  ana_group = RAPPORT_LINKS_GROUP (test_find_widget (GTK_WIDGET (ana_page), RAPPORT_TYPE_LINKS_GROUP, NULL));
  ben_group = RAPPORT_LINKS_GROUP (test_find_widget (GTK_WIDGET (ben_page), RAPPORT_TYPE_LINKS_GROUP, NULL));
  wait_for_links (ana_group, 1);
  wait_for_links (ben_group, 1);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (ana_group), ADW_TYPE_ACTION_ROW, "Introduced by Ben Ng"));
  row = test_find_widget (GTK_WIDGET (ben_group), ADW_TYPE_ACTION_ROW, "Introduced you to Ana Silva");
  g_assert_nonnull (row);
  g_assert_null (test_find_widget (ben_window, GTK_TYPE_BUTTON, "_Undo"));

  /* Remove, with the row's button on Ben's page. */
  button = test_find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Remove “Introduced you to Ana Silva”");
  test_wait_until (test_is_laid_out, button);
  g_assert_true (gtk_widget_activate (button));
  wait_for_links (ben_group, 0);
  wait_for_links (ana_group, 0);
  g_assert_null (test_find_widget (GTK_WIDGET (ana_group), ADW_TYPE_ACTION_ROW, "Introduced by Ben Ng"));
  g_assert_null (test_find_widget (GTK_WIDGET (ben_group), ADW_TYPE_ACTION_ROW, "Introduced you to Ana Silva"));
  g_assert_cmpuint (n_store_links (store, a), ==, 0);
  g_assert_cmpuint (n_store_links (store, b), ==, 0);

  /* Undo, from the toast on Ben's page. */
  test_settle ();
  g_assert_nonnull (test_find_widget (ben_window, GTK_TYPE_LABEL, "Removed “Introduced you to Ana Silva”"));
  button = test_find_widget (ben_window, GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (button);
  test_wait_until (test_is_laid_out, button);
  g_assert_true (gtk_widget_activate (button));
  wait_for_links (ben_group, 1);
  wait_for_links (ana_group, 1);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (ana_group), ADW_TYPE_ACTION_ROW, "Introduced by Ben Ng"));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (ben_group), ADW_TYPE_ACTION_ROW, "Introduced you to Ana Silva"));
  assert_one_link (store, a, b, RAPPORT_LINK_INTRODUCED_BY, TRUE);

  gtk_window_destroy (GTK_WINDOW (ana_window));
  gtk_window_destroy (GTK_WINDOW (ben_window));
  test_settle ();
}

/* Ana: an introduction made for her and help given once; she helped
 * twice. Ben: nothing yet. */
static void
test_giving_first (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  g_autoptr(RapportContact) carla = test_add_person (store, "Carla Ruiz");
  gint64 a = rapport_contact_get_id (ana), b = rapport_contact_get_id (ben), c = rapport_contact_get_id (carla);
  g_autoptr(RapportInteraction) intro = NULL;
  g_autoptr(RapportInteraction) given = NULL;
  g_autoptr(RapportInteraction) got = NULL;
  g_autoptr(RapportInteraction) got_again = NULL;
  GtkWidget *window = NULL;
  RapportPersonPage *page = open_page (store, &window);
  RapportGivingGroup *group;

  intro = test_add_interaction (store, RAPPORT_INTERACTION_INTRODUCTION_MADE, test_date ("2026-03-01"),
                                "Introduced Ana Silva to Carla Ruiz", IDS (a, c));
  given = test_add_interaction (store, RAPPORT_INTERACTION_HELP_GIVEN, test_date ("2026-03-02"), "Read her plan",
                                IDS (a));
  got = test_add_interaction (store, RAPPORT_INTERACTION_HELP_RECEIVED, test_date ("2026-03-03"), "A lead",
                              IDS (a));
  got_again = test_add_interaction (store, RAPPORT_INTERACTION_HELP_RECEIVED, test_date ("2026-03-04"), "Advice",
                                    IDS (a));

  rapport_person_page_set_contact (page, ana);
  group = RAPPORT_GIVING_GROUP (test_find_widget (GTK_WIDGET (page), RAPPORT_TYPE_GIVING_GROUP, NULL));
  g_assert_nonnull (group);
  g_assert_cmpstr (rapport_giving_group_get_text (group), ==,
                   "For Ana Silva, you made 1 introduction and gave help 1 time. Ana Silva has helped you 2 times.");
  rapport_person_page_set_contact (page, ben);
  g_assert_cmpstr (rapport_giving_group_get_text (group), ==, "You have not introduced or helped Ben Ng yet.");
  (void) b;

  gtk_window_destroy (GTK_WINDOW (window));
  test_settle ();
}

static gboolean
outcome_saved (gpointer data)
{
  RapportStore *store = data;
  g_autoptr(RapportInteraction) read = rapport_store_get_interaction (store, 1, NULL);

  return read != NULL && rapport_interaction_get_outcome (read) == RAPPORT_INTRODUCTION_OUTCOME_WORKED_TOGETHER;
}

/* "Did the introduction help?": answered in its dialog, the answer is
 * kept, shows under the introduction in both timelines, and the question
 * leaves the due list. */
static void
test_answer_follow_up (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportContact) ana = test_add_person (store, "Ana Silva");
  g_autoptr(RapportContact) ben = test_add_person (store, "Ben Ng");
  g_autoptr(RapportInteraction) introduction = NULL;
  g_autoptr(RapportInteraction) read = NULL;
  g_autoptr(GArray) due = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = NULL;
  RapportPersonPage *page = open_page (store, &window);
  RapportInteractionDialog *dialog;
  GtkWidget *outcome_row;

  introduction = rapport_store_introduce (store, rapport_contact_get_id (ana), rapport_contact_get_id (ben),
                                          "Introduced Ana Silva to Ben Ng", NULL, RAPPORT_INTRODUCTION_IN_PERSON,
                                          test_days_from_today (-30), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rapport_interaction_get_id (introduction), ==, 1);
  due = rapport_store_list_due (store, test_days_from_today (0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 2);
  g_clear_pointer (&due, g_array_unref);

  rapport_person_page_set_contact (page, ana);
  dialog = rapport_interaction_dialog_new (store, introduction);
  rapport_interaction_dialog_present (dialog, GTK_WIDGET (page));
  test_settle ();
  outcome_row = test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "What Came of It");
  g_assert_nonnull (outcome_row);
  g_assert_true (gtk_widget_get_visible (outcome_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (outcome_row), RAPPORT_INTRODUCTION_OUTCOME_WORKED_TOGETHER);
  adw_dialog_close (ADW_DIALOG (dialog));
  test_wait_until (outcome_saved, store);

  read = rapport_store_get_interaction (store, 1, &error);
  g_assert_no_error (error);
  g_assert_null (rapport_interaction_get_follow_up (read));
  due = rapport_store_list_due (store, test_days_from_today (0), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);

  /* Both timelines show the one record, with the answer. */
  for (gint64 id = 1; id <= 2; id++)
    {
      g_autoptr(GListModel) timeline = rapport_store_list_timeline (store, id);
      g_autoptr(RapportInteraction) item = g_list_model_get_item (timeline, 0);
      RapportInteractionRow *row = g_object_new (RAPPORT_TYPE_INTERACTION_ROW, NULL);

      g_object_ref_sink (row);
      rapport_interaction_row_set_store (row, store);
      rapport_interaction_row_set_contact_id (row, id);
      rapport_interaction_row_set_interaction (row, item);
      g_assert_nonnull (test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "What came of it: Worked together"));
      g_object_unref (row);
    }

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

  g_test_add_func ("/rapport/contact-links-ui/link-from-page", test_link_from_page);
  g_test_add_func ("/rapport/contact-links-ui/remove-and-undo", test_remove_and_undo);
  g_test_add_func ("/rapport/contact-links-ui/giving-first", test_giving_first);
  g_test_add_func ("/rapport/contact-links-ui/answer-follow-up", test_answer_follow_up);

  return g_test_run ();
}
