/* test-links-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's details opened from their page, with hostile values such as
 * an imported file could hold. The launch is caught where it leaves the
 * app: the test makes a handler of its own the default for every scheme
 * (and for files), which writes down each URI it is given. Only expected
 * links reach it, escaped; the others are shown as text to copy.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rapport-contact-fields-group.h"
#include "rapport-ui-test-util.h"

static char *catch_dir;
static char *launched_path;
static GFileMonitor *launched_monitor;

/* Every scheme a link could try, and what a file opens with. */
static const char * const caught_types[] = {
  "x-scheme-handler/http", "x-scheme-handler/https", "x-scheme-handler/mailto",
  "x-scheme-handler/tel", "x-scheme-handler/sip", "x-scheme-handler/xmpp",
  "x-scheme-handler/matrix", "x-scheme-handler/geo", "x-scheme-handler/file",
  "x-scheme-handler/smb", "x-scheme-handler/sftp", "x-scheme-handler/steam",
  "x-scheme-handler/javascript", "text/plain", "inode/directory",
  "application/octet-stream",
};

static void
catch_launches (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rapport-links-XXXXXX", &error);
  g_autoptr(GFile) launched = NULL;
  g_autofree char *apps = g_build_filename (dir, "data", "applications", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  g_autofree char *opener = g_build_filename (dir, "opener", NULL);
  g_autofree char *script = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) types = g_string_new (NULL);
  g_autoptr(GString) defaults = g_string_new ("[Default Applications]\n");

  g_assert_no_error (error);
  launched_path = g_build_filename (dir, "launched", NULL);
  g_assert_cmpint (g_mkdir_with_parents (apps, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);

  script = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$1\" >> '%s'\n", launched_path);
  g_assert_true (g_file_set_contents (opener, script, -1, NULL));
  g_assert_cmpint (g_chmod (opener, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (caught_types); i++)
    {
      g_string_append_printf (types, "%s;", caught_types[i]);
      g_string_append_printf (defaults, "%s=rapport-test-opener.desktop\n", caught_types[i]);
    }
  desktop = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Opener\nNoDisplay=true\n"
                             "Exec=%s %%u\nMimeType=%s\n",
                             opener, types->str);
  path = g_build_filename (apps, "rapport-test-opener.desktop", NULL);
  g_assert_true (g_file_set_contents (path, desktop, -1, NULL));
  g_clear_pointer (&path, g_free);
  path = g_build_filename (config, "mimeapps.list", NULL);
  g_assert_true (g_file_set_contents (path, defaults->str, -1, NULL));

  /* Before GIO first looks for applications. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "data", NULL);
  g_setenv ("XDG_DATA_HOME", path, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  /* The handler writes from another process: watching the file wakes the
   * main loop when it does, so a test can wait for it. */
  launched = g_file_new_for_path (launched_path);
  launched_monitor = g_file_monitor_file (launched, G_FILE_MONITOR_NONE, NULL, &error);
  g_assert_no_error (error);
  catch_dir = g_steal_pointer (&dir);
}

static void
remove_catch_dir (void)
{
  static const char * const files[] = {
    "launched", "opener", "config/mimeapps.list", "data/applications/rapport-test-opener.desktop",
    "data/applications", "data", "config", "",
  };

  g_clear_object (&launched_monitor);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (catch_dir, files[i], NULL);

      g_remove (path);
    }
}

static char **
read_launched (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents (launched_path, &text, NULL, NULL))
    return g_new0 (char *, 1);
  g_strchomp (text);
  return *text == '\0' ? g_new0 (char *, 1) : g_strsplit (text, "\n", -1);
}

static gboolean
launched_n_cb (gpointer data)
{
  g_auto(GStrv) lines = read_launched ();

  return g_strv_length (lines) >= GPOINTER_TO_UINT (data);
}

typedef struct
{
  AdwWindow *window;
  RapportContactFieldsGroup *group;
  RapportContact *contact;
} Page;

static void
page_open (Page                   *page,
           const RapportFieldKind *kinds,
           const char * const     *values,
           guint                   n)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_object_unref);

  g_remove (launched_path);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (fields, rapport_contact_field_new (kinds[i], NULL, values[i]));
  page->contact = rapport_contact_new ();
  rapport_contact_set_display_name (page->contact, "Mallory Imported");
  rapport_contact_set_fields (page->contact, fields);

  page->window = ADW_WINDOW (adw_window_new ());
  page->group = g_object_new (RAPPORT_TYPE_CONTACT_FIELDS_GROUP, NULL);
  rapport_contact_fields_group_set_contact (page->group, page->contact);
  adw_window_set_content (page->window, GTK_WIDGET (page->group));
  gtk_window_set_default_size (GTK_WINDOW (page->window), 600, 500);
  gtk_window_present (GTK_WINDOW (page->window));
  test_wait_until (test_is_laid_out, page->group);
}

static void
page_close (Page *page)
{
  gtk_window_destroy (GTK_WINDOW (page->window));
  g_clear_object (&page->contact);
}

/* The button at the end of the @index-th detail's row. */
static GtkWidget *
open_button (Page  *page,
             guint  index)
{
  GtkWidget *first = test_find_widget (GTK_WIDGET (page->group), ADW_TYPE_ENTRY_ROW, NULL);
  GtkWidget *list = gtk_widget_get_parent (first);
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) index));

  g_assert_nonnull (row);
  return g_object_get_data (G_OBJECT (row), "open-button");
}

static void
test_opens_escaped (void)
{
  static const RapportFieldKind kinds[] = {
    RAPPORT_FIELD_EMAIL, RAPPORT_FIELD_EMAIL, RAPPORT_FIELD_PHONE, RAPPORT_FIELD_URL, RAPPORT_FIELD_URL,
  };
  static const char * const values[] = {
    "a@b.c?attach=/etc/passwd",
    "ana@example.org&cc=boss@corp.example%0A x",
    "+1 555 0100&x=%",
    "mailto:a@b.c?attach=/etc/passwd",
    "example.org/ana?x=1&y=2",
  };
  static const char * const expected[] = {
    "mailto:a@b.c%3Fattach%3D%2Fetc%2Fpasswd",
    "mailto:ana@example.org%26cc%3Dboss@corp.example%250A%20x",
    "tel:+15550100%26x%3D%25",
    "mailto:a@b.c%3Fattach%3D%2Fetc%2Fpasswd",
    "https://example.org/ana?x=1&y=2",
    NULL,
  };
  Page page = { 0 };
  g_auto(GStrv) launched = NULL;

  page_open (&page, kinds, values, G_N_ELEMENTS (values));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      GtkWidget *button = open_button (&page, i);

      g_assert_true (gtk_widget_get_sensitive (button));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Open");
      /* One at a time, so that they are written down in order. */
      gtk_widget_activate (button);
      test_wait_until (launched_n_cb, GUINT_TO_POINTER (i + 1));
    }

  launched = read_launched ();
  g_assert_cmpstrv (launched, expected);
  page_close (&page);
}

static gboolean
dialog_shown_cb (gpointer data)
{
  return adw_window_get_visible_dialog (data) != NULL;
}

static gboolean
dialog_gone_cb (gpointer data)
{
  return !dialog_shown_cb (data);
}

typedef struct
{
  char *text;
  gboolean done;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ClipboardRead *read = data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
clipboard_read_done_cb (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

static void
test_refused_shown_as_text (void)
{
  static const RapportFieldKind kinds[] = {
    RAPPORT_FIELD_URL, RAPPORT_FIELD_URL, RAPPORT_FIELD_URL, RAPPORT_FIELD_URL, RAPPORT_FIELD_URL,
  };
  static const char * const values[] = {
    "file:///etc/passwd",
    "smb://attacker.example/share",
    "steam://run/123",
    "https://example.org/a\nfile:///etc/passwd",
    "https://example.org/safe",
  };
  static const char * const expected[] = { "https://example.org/safe", NULL };
  Page page = { 0 };
  g_auto(GStrv) launched = NULL;
  GtkWidget *button;
  GtkWidget *dialog;
  GtkWidget *label;
  GtkWidget *row;
  ClipboardRead read = { 0 };

  page_open (&page, kinds, values, G_N_ELEMENTS (values));

  for (guint i = 0; i + 1 < G_N_ELEMENTS (values); i++)
    {
      button = open_button (&page, i);
      g_assert_true (gtk_widget_get_sensitive (button));
      g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "dialog-warning-symbolic");
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Link Not Opened");

      /* Clicked, it says why and shows the link as text, to copy. */
      gtk_widget_activate (button);
      test_wait_until (dialog_shown_cb, page.window);
      dialog = GTK_WIDGET (adw_window_get_visible_dialog (page.window));
      g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
      g_assert_cmpstr (adw_alert_dialog_get_heading (ADW_ALERT_DIALOG (dialog)), ==, "Link Not Opened");
      label = adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, values[i]);
      g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));

      g_signal_emit_by_name (test_find_widget (dialog, GTK_TYPE_BUTTON, "C_opy Link"), "clicked");
      test_wait_until (dialog_gone_cb, page.window);
      gdk_clipboard_read_text_async (gtk_widget_get_clipboard (button), NULL, clipboard_read_cb, &read);
      test_wait_until (clipboard_read_done_cb, &read);
      g_assert_cmpstr (read.text, ==, values[i]);
      g_clear_pointer (&read.text, g_free);
      read.done = FALSE;
    }

  /* The safe link last: had any of the others been launched, it would have
   * been written down before this one. */
  gtk_widget_activate (open_button (&page, G_N_ELEMENTS (values) - 1));
  test_wait_until (launched_n_cb, GUINT_TO_POINTER (1));
  launched = read_launched ();
  g_assert_cmpstrv (launched, expected);

  /* Typing a refused link into a safe one's row turns its button. */
  row = gtk_widget_get_ancestor (open_button (&page, G_N_ELEMENTS (values) - 1), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (row), "smb://attacker.example/x");
  button = open_button (&page, G_N_ELEMENTS (values) - 1);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "dialog-warning-symbolic");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_false (gtk_widget_get_sensitive (button));

  page_close (&page);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Set by build-aux/flatpak-standin in flatpak-builder's sandbox: there
   * GTK opens links through the OpenURI portal, which the sandbox lacks. */
  if (g_getenv ("RAPPORT_TEST_FLATPAK_SANDBOX") != NULL)
    {
      g_print ("1..0 # SKIP links open through the OpenURI portal, which the Flatpak build sandbox lacks\n");
      return 0;
    }

  catch_launches ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  test_disable_animations ();

  g_test_add_func ("/rapport/links-ui/opens-escaped", test_opens_escaped);
  g_test_add_func ("/rapport/links-ui/refused-shown-as-text", test_refused_shown_as_text);

  status = g_test_run ();
  remove_catch_dir ();
  return status;
}
