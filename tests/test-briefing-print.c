/* test-briefing-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed briefing, through the print operation's export path: a real
 * PDF, read back with poppler's tools (pdftotext, pdftoppm) to check that
 * every person is on it, that nobody's block is split across pages, and
 * that a person longer than a page still prints whole, line by line.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "rapport-briefing-print.h"
#include "rapport-test-util.h"

#define N_PEOPLE 14

/* The text of @page (from 1) of @pdf, or %NULL without pdftotext. */
static char *
page_text (const char *pdf,
           int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", first, "-l", first, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_export_pdf (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GDateTime) when = g_date_time_new_local (2031, 3, 14, 18, 30, 0);
  g_autoptr(RapportEvent) event = rapport_event_new ("Builders' dinner", when);
  g_autoptr(RapportBriefing) briefing = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_help = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("rapport-print-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "briefing.pdf", NULL);
  g_autofree char *png_root = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_build_filename (dir, "page.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pdftotext = NULL;
  g_autofree char *pdftoppm = NULL;
  gsize length;
  int n_pages;

  g_assert_no_error (error);
  rapport_event_set_place (event, "Halle à bois, Lyon");
  g_assert_true (rapport_store_add_event (store, event, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person%02u Example", i);
      g_autofree char *help = g_strdup_printf ("Introduce them to someone who builds with timber; "
                                               "send the article about cross-laminated floors; "
                                               "ask how the clinic's extension is going. End%02u", i);
      g_autoptr(RapportContact) contact = test_add_person (store, name);

      rapport_contact_set_profession (contact, "Architect");
      rapport_contact_set_company (contact, "Timberworks");
      rapport_contact_set_looking_for (contact, "Clients who care about low-carbon building, "
                                                "and a structural engineer for a school project");
      rapport_contact_set_how_i_can_help (contact, help);
      g_assert_true (rapport_store_save_contact (store, contact, &error));
      g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event),
                                                 rapport_contact_get_id (contact), "Ask about her new clinic", &error));
      g_assert_no_error (error);
    }

  /* One person whose notes alone run longer than a page. */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (long_help, "Line %u of a very long plan.\n", i);
  g_string_append (long_help, "LongEnd");
  {
    g_autoptr(RapportContact) contact = test_add_person (store, "Zed Longnotes");

    rapport_contact_set_how_i_can_help (contact, long_help->str);
    g_assert_true (rapport_store_save_contact (store, contact, &error));
    g_assert_true (rapport_store_set_attendee (store, rapport_event_get_id (event),
                                               rapport_contact_get_id (contact), NULL, &error));
    g_assert_no_error (error);
  }

  briefing = rapport_briefing_new (store, event, &error);
  g_assert_no_error (error);
  operation = rapport_briefing_print_new (briefing, NULL);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_object_get (operation, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 3);

  pdftotext = g_find_program_in_path ("pdftotext");
  pdftoppm = g_find_program_in_path ("pdftoppm");
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed: the PDF's text is not checked");
      return;
    }

  for (int p = 1; p <= n_pages; p++)
    g_ptr_array_add (pages, page_text (pdf, p));

  /* Every person whole on one page: their name and the last words of their
   * block on the same one; the long one from its first line to its last. */
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person%02u", i);
      g_autofree char *end = g_strdup_printf ("End%02u", i);
      int name_page = 0, end_page = 0;

      for (int p = 1; p <= n_pages; p++)
        {
          const char *text = g_ptr_array_index (pages, p - 1);

          if (strstr (text, name) != NULL)
            name_page = p;
          if (strstr (text, end) != NULL)
            end_page = p;
        }
      g_assert_cmpint (name_page, >, 0);
      g_assert_cmpint (name_page, ==, end_page);
    }
  {
    const char *last = g_ptr_array_index (pages, n_pages - 1);
    const char *first = g_ptr_array_index (pages, 0);
    g_autofree char *footer = g_strdup_printf ("Page 1 of %d", n_pages);

    g_assert_nonnull (strstr (first, "Builders"));
    g_assert_nonnull (strstr (first, "Halle"));
    g_assert_nonnull (strstr (first, footer));
    g_assert_nonnull (strstr (last, "LongEnd"));
  }
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *line = g_strdup_printf ("Line %u of", i);
      gboolean found = FALSE;

      for (int p = 1; p <= n_pages && !found; p++)
        found = strstr (g_ptr_array_index (pages, p - 1), line) != NULL;
      g_assert_true (found);
    }

  /* And it renders: the first page as an image. */
  if (pdftoppm != NULL)
    {
      const char *argv[] = { "pdftoppm", "-png", "-r", "40", "-singlefile", pdf, png_root, NULL };
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
    }
}

/* The paper says which event it is for: name, day, time and place. */
static void
test_says_which_event (void)
{
  g_autoptr(RapportStore) store = test_open_new_default_store ();
  g_autoptr(GDateTime) when = g_date_time_new_local (2031, 3, 14, 18, 30, 0);
  g_autoptr(RapportEvent) event = rapport_event_new ("Harbour meetup", when);
  g_autoptr(RapportBriefing) briefing = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-print-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "briefing.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  rapport_event_set_place (event, "Pier 4, Leith");
  g_assert_true (rapport_store_add_event (store, event, &error));
  briefing = rapport_briefing_new (store, event, &error);
  g_assert_no_error (error);
  operation = rapport_briefing_print_new (briefing, NULL);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed: the PDF's text is not checked");
      return;
    }

  text = page_text (pdf, 1);
  g_assert_nonnull (strstr (text, "Harbour meetup"));
  g_assert_nonnull (strstr (text, "Fri 14 March 2031"));
  g_assert_nonnull (strstr (text, "18:30"));
  g_assert_nonnull (strstr (text, "Pier 4, Leith"));
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/rapport/briefing-print/export-pdf", test_export_pdf);
  g_test_add_func ("/rapport/briefing-print/says-which-event", test_says_which_event);

  return g_test_run ();
}
