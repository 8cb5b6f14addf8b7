/* test-peec-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PEEC dialog, driven as a person would: real widgets under the virtual
 * display, a real database in the test's folder, and a fresh connection to
 * it to see what was kept.
 */

#include "config.h"

#include <adwaita.h>

#include "rapport-peec-composer.h"
#include "rapport-peec-dialog.h"
#include "rapport-test-util.h"
#include "rapport-ui-test-util.h"

#define GOOD_PROFESSION "I'm a family lawyer"
#define GOOD_EXPERTISE "I help parents settle custody without going to court"
#define GOOD_ENVIRONMENT "mostly for families in and around Leeds"
#define GOOD_CALL "if you hear of a parent worried about a custody fight, I'd be glad to have a coffee with them"
#define GOOD_TEXT "I'm a family lawyer. I help parents settle custody without going to court, " \
                  "mostly for families in and around Leeds. If you hear of a parent worried about " \
                  "a custody fight, I'd be glad to have a coffee with them."

static const char *tags[] = { "profession", "expertise", "environment", "call-to-action", "review" };

/* A label shown under @widget that says @needle somewhere. */
static GtkWidget *
find_text (GtkWidget  *widget,
           const char *needle)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_gone (gpointer data)
{
  return gtk_widget_get_parent (data) == NULL;
}

static GtkWindow *
open_window (int width,
             int height)
{
  GtkWindow *window = g_object_new (ADW_TYPE_WINDOW,
                                    "default-width", width,
                                    "default-height", height,
                                    "content", adw_status_page_new (),
                                    NULL);

  gtk_window_present (window);
  test_wait_until (test_is_laid_out, window);
  return window;
}

static void
close_window (GtkWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

static void
count_saved_cb (RapportPeecDialog    *dialog,
                RapportPeecStatement *statement,
                gpointer              user_data)
{
  guint *n_saved = user_data;

  g_assert_true (RAPPORT_IS_PEEC_STATEMENT (statement));
  g_assert_true (statement == rapport_peec_dialog_get_statement (dialog));
  g_assert_cmpint (rapport_peec_statement_get_id (statement), >, 0);
  (*n_saved)++;
}

/* The dialog, shown over @window, and held by the test. */
static RapportPeecDialog *
present (RapportStore         *store,
         RapportPeecStatement *statement,
         GtkWindow            *window,
         guint                *n_saved)
{
  RapportPeecDialog *dialog = g_object_ref_sink (rapport_peec_dialog_new (store, statement));

  g_signal_connect (dialog, "saved", G_CALLBACK (count_saved_cb), n_saved);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (window));
  test_wait_until (test_is_laid_out, dialog);
  test_settle ();
  return dialog;
}

static void
finish (RapportPeecDialog *dialog)
{
  test_wait_until (is_gone, dialog);
  g_assert_finalize_object (dialog);
}

static AdwNavigationView *
get_navigation_view (RapportPeecDialog *dialog)
{
  return ADW_NAVIGATION_VIEW (test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_NAVIGATION_VIEW, NULL));
}

static const char *
visible_step (RapportPeecDialog *dialog)
{
  return adw_navigation_page_get_tag (adw_navigation_view_get_visible_page (get_navigation_view (dialog)));
}

static GtkWidget *
get_page (RapportPeecDialog *dialog,
          guint              step)
{
  return GTK_WIDGET (adw_navigation_view_find_page (get_navigation_view (dialog), tags[step]));
}

static GtkWidget *
get_view (RapportPeecDialog *dialog,
          guint              step)
{
  GtkWidget *view = test_find_widget (get_page (dialog, step), GTK_TYPE_TEXT_VIEW, NULL);

  g_assert_nonnull (view);
  return view;
}

static GtkTextBuffer *
get_buffer (RapportPeecDialog *dialog,
            guint              step)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (get_view (dialog, step)));
}

static char *
dup_typed (RapportPeecDialog *dialog,
           guint              step)
{
  char *text = NULL;

  g_object_get (get_buffer (dialog, step), "text", &text, NULL);
  return text;
}

/* Types @text over what is in the step's text view. */
static void
type (RapportPeecDialog *dialog,
      guint              step,
      const char        *text)
{
  GtkTextBuffer *buffer = get_buffer (dialog, step);
  GtkTextIter start, end;

  g_assert_cmpstr (visible_step (dialog), ==, tags[step]);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
}

/* What the text view does with Enter, when no input method takes it. */
static void
press_enter (RapportPeecDialog *dialog,
             guint              step)
{
  gtk_text_buffer_insert_interactive_at_cursor (get_buffer (dialog, step), "\n", -1, TRUE);
  test_settle ();
}

/* What Escape does: the sheet the dialog is shown in asks it to close. */
static void
press_escape (RapportPeecDialog *dialog)
{
  GtkWidget *navigation_view = GTK_WIDGET (get_navigation_view (dialog));

  g_assert_true (gtk_widget_activate_action (navigation_view, "sheet.close", NULL));
  test_settle ();
}

static void
press_button (RapportPeecDialog *dialog,
              guint              step,
              const char        *label)
{
  GtkWidget *button = test_find_widget (get_page (dialog, step), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
  test_settle ();
}

static gboolean
step_shows (RapportPeecDialog *dialog,
            guint              step,
            const char        *needle)
{
  return find_text (get_page (dialog, step), needle) != NULL;
}

static guint
count_statements (RapportStore *store)
{
  g_autoptr(GListModel) statements = rapport_store_list_statements (store);

  return g_list_model_get_n_items (statements);
}

/* The only statement in the data file, through a connection of its own. */
static RapportPeecStatement *
reopen_statement (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportStore) store = rapport_store_open (NULL, &error);
  g_autoptr(GListModel) statements = NULL;

  g_assert_no_error (error);
  statements = rapport_store_list_statements (store);
  g_assert_cmpuint (g_list_model_get_n_items (statements), ==, 1);
  return g_list_model_get_item (statements, 0);
}

static RapportPeecStatement *
add_statement (RapportStore *store)
{
  g_autoptr(GError) error = NULL;
  RapportPeecStatement *statement = rapport_peec_statement_new ();

  rapport_peec_statement_set_title (statement, "Family law breakfast");
  rapport_peec_statement_set_audience (statement, "Solicitors");
  rapport_peec_statement_set_profession (statement, GOOD_PROFESSION);
  rapport_peec_statement_set_expertise (statement, GOOD_EXPERTISE);
  rapport_peec_statement_set_environment (statement, GOOD_ENVIRONMENT);
  rapport_peec_statement_set_call_to_action (statement, GOOD_CALL);
  g_assert_true (rapport_store_add_statement (store, statement, &error));
  g_assert_no_error (error);
  return statement;
}

static void
test_walk_through (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportPeecStatement) kept = NULL;
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, NULL, window, &n_saved);
  g_autofree char *profession = NULL;
  GtkWidget *title_row;

  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (dialog)), ==, "New Statement");
  g_assert_null (rapport_peec_dialog_get_statement (dialog));

  /* Profession: guidance, an example, and hints as it is typed. */
  g_assert_cmpstr (visible_step (dialog), ==, "profession");
  /* Focus within the window; whether the window itself is active depends on the display. */
  g_assert_true (gtk_widget_is_focus (get_view (dialog, 0)));
  g_assert_true (step_shows (dialog, 0, "a role, not a title or a slogan"));
  g_assert_true (step_shows (dialog, 0, "I’m a family lawyer."));
  type (dialog, 0, "I'm a growth ninja");
  g_assert_true (step_shows (dialog, 0, "A stranger may not follow “ninja”"));
  g_assert_true (step_shows (dialog, 0, "4 words"));
  type (dialog, 0, GOOD_PROFESSION);
  g_assert_false (step_shows (dialog, 0, "A stranger may not follow"));

  /* Enter moves on, and is not typed. */
  press_enter (dialog, 0);
  g_assert_cmpstr (visible_step (dialog), ==, "expertise");
  /* Focus within the window; whether the window itself is active depends on the display. */
  g_assert_true (gtk_widget_is_focus (get_view (dialog, 1)));
  profession = dup_typed (dialog, 0);
  g_assert_cmpstr (profession, ==, GOOD_PROFESSION);

  /* Pasted lines become one; Next moves on too. */
  type (dialog, 1, "I help parents settle custody\nwithout going to court");
  {
    g_autofree char *expertise = dup_typed (dialog, 1);

    g_assert_cmpstr (expertise, ==, GOOD_EXPERTISE);
  }
  press_button (dialog, 1, "_Next");
  g_assert_cmpstr (visible_step (dialog), ==, "environment");

  type (dialog, 2, GOOD_ENVIRONMENT);
  press_enter (dialog, 2);
  g_assert_cmpstr (visible_step (dialog), ==, "call-to-action");

  /* Going on too long is told on any step. */
  type (dialog, 3, GOOD_CALL ", and if you know a school or a GP surgery that sees a lot of separating "
                   "parents, I would love to give a free talk there about mediation, custody and money, "
                   "on any weekday evening or Saturday morning that suits them");
  g_assert_true (step_shows (dialog, 3, "Aim for 30 seconds or less"));

  /* A vague call to action is told as it is typed... */
  type (dialog, 3, "Let me know if you need anything");
  g_assert_true (step_shows (dialog, 3, "is vague"));
  press_enter (dialog, 3);

  /* ...and on the review, where the hint leads back to it. */
  g_assert_cmpstr (visible_step (dialog), ==, "review");
  g_assert_true (step_shows (dialog, 4, "“Let me know” is vague"));
  g_assert_true (step_shows (dialog, 4, "Call to Action"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.go-to", "u", 3));
  test_settle ();
  g_assert_cmpstr (visible_step (dialog), ==, "call-to-action");
  type (dialog, 3, GOOD_CALL);
  g_assert_false (step_shows (dialog, 3, "is vague"));
  press_enter (dialog, 3);

  /* The whole statement, how long it takes, no hints left. */
  g_assert_cmpstr (visible_step (dialog), ==, "review");
  g_assert_nonnull (find_text (get_page (dialog, 4), GOOD_TEXT));
  g_assert_true (step_shows (dialog, 4, "About 15 seconds to say"));
  g_assert_true (step_shows (dialog, 4, "No hints"));
  g_assert_false (step_shows (dialog, 4, "is vague"));

  /* It can be copied, to say or send elsewhere. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.copy", NULL));
  {
    GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (dialog)));
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_cmpstr (g_value_get_string (&value), ==, GOOD_TEXT);
  }

  /* A title, and Save. */
  title_row = test_find_widget (get_page (dialog, 4), ADW_TYPE_ENTRY_ROW, "_Title");
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Family law breakfast");
  g_assert_cmpuint (n_saved, ==, 0);
  g_assert_cmpuint (count_statements (store), ==, 0);
  press_button (dialog, 4, "_Save");
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpuint (count_statements (store), ==, 1);

  finish (dialog);
  close_window (window);
  g_clear_object (&store);

  /* All of it is there for the next start. */
  kept = reopen_statement ();
  g_assert_cmpstr (rapport_peec_statement_get_title (kept), ==, "Family law breakfast");
  g_assert_cmpstr (rapport_peec_statement_get_profession (kept), ==, GOOD_PROFESSION);
  g_assert_cmpstr (rapport_peec_statement_get_expertise (kept), ==, GOOD_EXPERTISE);
  g_assert_cmpstr (rapport_peec_statement_get_environment (kept), ==, GOOD_ENVIRONMENT);
  g_assert_cmpstr (rapport_peec_statement_get_call_to_action (kept), ==, GOOD_CALL);
  {
    g_autofree char *text = rapport_peec_compose_statement (kept);

    g_assert_cmpstr (text, ==, GOOD_TEXT);
  }
}

static void
test_escape_with_nothing_typed (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, NULL, window, &n_saved);

  /* Spaces, and a step forward and back, are nothing typed: it closes as
   * any other dialog, a swipe down included. */
  type (dialog, 0, "   ");
  g_assert_true (adw_dialog_get_can_close (ADW_DIALOG (dialog)));
  press_enter (dialog, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_page (dialog, 1)), "navigation.pop", NULL));
  test_settle ();

  /* Closes at once, asking nothing, keeping nothing. */
  press_escape (dialog);
  g_assert_true (is_gone (dialog));
  g_assert_cmpuint (n_saved, ==, 0);
  g_assert_cmpuint (count_statements (store), ==, 0);

  finish (dialog);
  close_window (window);
}

static void
test_escape_keeps_draft (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportPeecStatement) kept = NULL;
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, NULL, window, &n_saved);

  type (dialog, 0, GOOD_PROFESSION);
  press_enter (dialog, 0);
  type (dialog, 1, "I help parents");
  g_assert_false (adw_dialog_get_can_close (ADW_DIALOG (dialog)));

  /* Escape keeps what was typed, as a draft. */
  press_escape (dialog);
  g_assert_true (is_gone (dialog));
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpuint (count_statements (store), ==, 1);

  finish (dialog);
  close_window (window);
  g_clear_object (&store);

  kept = reopen_statement ();
  g_assert_cmpstr (rapport_peec_statement_get_title (kept), ==, "Draft");
  g_assert_cmpstr (rapport_peec_statement_get_profession (kept), ==, GOOD_PROFESSION);
  g_assert_cmpstr (rapport_peec_statement_get_expertise (kept), ==, "I help parents");
  g_assert_cmpstr (rapport_peec_statement_get_environment (kept), ==, "");
}

static void
test_close_keeps_draft (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportPeecStatement) kept = NULL;
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, NULL, window, &n_saved);

  /* Closing any other way (the close button) keeps it too, title and all. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.go-to", "u", 4));
  test_settle ();
  gtk_editable_set_text (GTK_EDITABLE (test_find_widget (get_page (dialog, 4), ADW_TYPE_ENTRY_ROW, "_Title")), "Book club");
  adw_dialog_close (ADW_DIALOG (dialog));
  test_settle ();
  g_assert_true (is_gone (dialog));
  g_assert_cmpuint (n_saved, ==, 1);

  finish (dialog);
  close_window (window);
  g_clear_object (&store);

  kept = reopen_statement ();
  g_assert_cmpstr (rapport_peec_statement_get_title (kept), ==, "Book club");
  g_assert_cmpstr (rapport_peec_statement_get_profession (kept), ==, "");
}

static void
test_edit_in_place (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportPeecStatement) statement = add_statement (store);
  g_autoptr(RapportPeecStatement) kept = NULL;
  gint64 id = rapport_peec_statement_get_id (statement);
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, statement, window, &n_saved);
  GtkWidget *title_row;

  /* It opens on its review, everything filled in. */
  g_assert_cmpstr (adw_dialog_get_title (ADW_DIALOG (dialog)), ==, "Edit Statement");
  g_assert_true (rapport_peec_dialog_get_statement (dialog) == statement);
  g_assert_cmpstr (visible_step (dialog), ==, "review");
  g_assert_nonnull (find_text (get_page (dialog, 4), GOOD_TEXT));
  title_row = test_find_widget (get_page (dialog, 4), ADW_TYPE_ENTRY_ROW, "_Title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Family law breakfast");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (title_row)), title_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_find_widget (get_page (dialog, 4), ADW_TYPE_ENTRY_ROW,
                                                              "_Audience"))), ==, "Solicitors");

  /* Back, step by step, to the expertise. */
  for (guint step = 4; step > 1; step--)
    {
      g_assert_true (gtk_widget_activate_action (get_page (dialog, step), "navigation.pop", NULL));
      test_settle ();
    }
  g_assert_cmpstr (visible_step (dialog), ==, "expertise");
  {
    g_autofree char *expertise = dup_typed (dialog, 1);

    g_assert_cmpstr (expertise, ==, GOOD_EXPERTISE);
  }
  type (dialog, 1, "I help parents agree on custody out of court");

  /* Nothing shown elsewhere changes before it is saved. */
  g_assert_cmpstr (rapport_peec_statement_get_expertise (statement), ==, GOOD_EXPERTISE);

  press_enter (dialog, 1);
  press_enter (dialog, 2);
  press_enter (dialog, 3);
  g_assert_cmpstr (visible_step (dialog), ==, "review");
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Parents' evening");

  /* Enter in the title saves, in place. */
  g_signal_emit_by_name (title_row, "entry-activated");
  test_settle ();
  g_assert_true (is_gone (dialog));
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpuint (count_statements (store), ==, 1);
  g_assert_cmpint (rapport_peec_statement_get_id (statement), ==, id);
  g_assert_cmpstr (rapport_peec_statement_get_expertise (statement), ==,
                   "I help parents agree on custody out of court");
  g_assert_cmpstr (rapport_peec_statement_get_title (statement), ==, "Parents' evening");

  finish (dialog);
  close_window (window);
  g_clear_object (&store);

  kept = reopen_statement ();
  g_assert_cmpint (rapport_peec_statement_get_id (kept), ==, id);
  g_assert_cmpstr (rapport_peec_statement_get_title (kept), ==, "Parents' evening");
  g_assert_cmpstr (rapport_peec_statement_get_audience (kept), ==, "Solicitors");
  g_assert_cmpstr (rapport_peec_statement_get_expertise (kept), ==, "I help parents agree on custody out of court");
  g_assert_cmpstr (rapport_peec_statement_get_call_to_action (kept), ==, GOOD_CALL);
}

static void
test_edit_unchanged (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(RapportPeecStatement) statement = add_statement (store);
  g_autoptr(GDateTime) updated_at = g_date_time_ref (rapport_peec_statement_get_updated_at (statement));
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, statement, window, &n_saved);

  /* Looked at, not changed: closing writes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "peec.go-to", "u", 0));
  test_settle ();
  press_escape (dialog);
  g_assert_true (is_gone (dialog));
  g_assert_cmpuint (n_saved, ==, 0);
  g_assert_true (g_date_time_equal (rapport_peec_statement_get_updated_at (statement), updated_at));

  finish (dialog);
  close_window (window);
}

static void
test_narrow (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  GtkWindow *window = open_window (360, 640);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, NULL, window, &n_saved);
  GtkWidget *navigation_view = GTK_WIDGET (get_navigation_view (dialog));

  /* A bottom sheet as wide as the window, each step within it. */
  g_assert_cmpint (gtk_widget_get_width (navigation_view), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (navigation_view), >=, 300);
  for (guint step = 0; step < RAPPORT_PEEC_N_PARTS; step++)
    {
      GtkWidget *view = test_find_widget (get_page (dialog, step), GTK_TYPE_TEXT_VIEW, NULL);

      type (dialog, step, (const char *[]) { GOOD_PROFESSION, GOOD_EXPERTISE, GOOD_ENVIRONMENT, GOOD_CALL }[step]);
      test_settle ();
      g_assert_cmpint (gtk_widget_get_width (view), <=, 360);
      g_assert_cmpint (gtk_widget_get_width (view), >, 200);
      press_enter (dialog, step);
    }

  g_assert_cmpstr (visible_step (dialog), ==, "review");
  g_assert_true (gtk_widget_get_mapped (test_find_widget (get_page (dialog, 4), GTK_TYPE_BUTTON, "_Save")));
  press_button (dialog, 4, "_Save");
  g_assert_cmpuint (n_saved, ==, 1);

  finish (dialog);
  close_window (window);
}

static void
test_dispose_keeps_draft (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  GtkWindow *window = open_window (1000, 800);
  guint n_saved = 0;
  RapportPeecDialog *dialog = present (store, NULL, window, &n_saved);

  /* The window goes away with the dialog open (the app quits): still kept. */
  type (dialog, 0, GOOD_PROFESSION);
  close_window (window);
  g_assert_finalize_object (dialog);
  g_assert_cmpuint (count_statements (store), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend, as the Flatpak build's tests use: each step's hints
   * are announced through it, which crashed GTK 4.18 (rapport-announce.c). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  /* Steps change at once, so that the test sees them. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/rapport/peec-dialog/walk-through", test_walk_through);
  g_test_add_func ("/rapport/peec-dialog/escape-with-nothing-typed", test_escape_with_nothing_typed);
  g_test_add_func ("/rapport/peec-dialog/escape-keeps-draft", test_escape_keeps_draft);
  g_test_add_func ("/rapport/peec-dialog/close-keeps-draft", test_close_keeps_draft);
  g_test_add_func ("/rapport/peec-dialog/edit-in-place", test_edit_in_place);
  g_test_add_func ("/rapport/peec-dialog/edit-unchanged", test_edit_unchanged);
  g_test_add_func ("/rapport/peec-dialog/narrow", test_narrow);
  g_test_add_func ("/rapport/peec-dialog/dispose-keeps-draft", test_dispose_keeps_draft);

  return g_test_run ();
}
