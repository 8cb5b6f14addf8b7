/* rapport-shortcuts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rapport's keyboard shortcuts, kept in one table: it sets the accelerators
 * and fills the shortcuts dialog, so the two can never disagree. The dialog is
 * AdwShortcutsDialog where the running libadwaita has it (1.8 and newer, as in
 * the Flatpak runtime) and GtkShortcutsWindow otherwise. Both are built from
 * XML by type name, so this file needs no API above the floor.
 */

#define G_LOG_DOMAIN "rapport-shortcuts"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rapport-shortcuts.h"

typedef struct
{
  const char *section;   /* translatable, NC_("shortcuts section", …) */
  const char *title;     /* translatable, NC_("shortcut", …) */
  const char *action;    /* NULL for shortcuts that widgets handle themselves */
  const char *accel;
} RapportShortcut;

static const RapportShortcut shortcuts[] = {
  { NC_("shortcuts section", "General"), NC_("shortcut", "Keyboard Shortcuts"), "app.shortcuts", "<Control>question" },
  { NC_("shortcuts section", "General"), NC_("shortcut", "Preferences"), "app.preferences", "<Control>comma" },
  { NC_("shortcuts section", "General"), NC_("shortcut", "Main Menu"), NULL, "F10" },
  { NC_("shortcuts section", "General"), NC_("shortcut", "Close Window"), "window.close", "<Control>w" },
  { NC_("shortcuts section", "General"), NC_("shortcut", "Quit"), "app.quit", "<Control>q" },
  { NC_("shortcuts section", "People"), NC_("shortcut", "New Person"), "win.new-person", "<Control>n" },
  { NC_("shortcuts section", "People"), NC_("shortcut", "Search"), "win.search", "<Control>f" },
  { NC_("shortcuts section", "People"), NC_("shortcut", "Show Who Is Due"), "win.show-due", "<Control>d" },
  { NC_("shortcuts section", "People"), NC_("shortcut", "Import Contacts"), "win.import", "<Control>i" },
  { NC_("shortcuts section", "People"), NC_("shortcut", "Export Contacts"), "win.export", "<Control>e" },
  { NC_("shortcuts section", "Statements"), NC_("shortcut", "Copy Statement"), NULL, "<Control><Shift>c" },
  { NC_("shortcuts section", "Events"), NC_("shortcut", "Print the Briefing"), NULL, "<Control>p" },
  /* In "Sort Your Connections" (rapport-triage-dialog.c). */
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Inner Circle"), NULL, "1" },
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Friend"), NULL, "2" },
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Acquaintance"), NULL, "3" },
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Online Only"), NULL, "4" },
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Skip"), NULL, "5" },
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Archive"), NULL, "6" },
  { NC_("shortcuts section", "Sorting Connections"), NC_("shortcut", "Undo the Last Answer"), NULL, "<Control>z" },
};

void
rapport_shortcuts_set_accels (GtkApplication *app)
{
  g_return_if_fail (GTK_IS_APPLICATION (app));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      const char *accels[] = { shortcuts[i].accel, NULL };

      if (shortcuts[i].action != NULL)
        gtk_application_set_accels_for_action (app, shortcuts[i].action, accels);
    }
}

/* Beside a window narrower than this, the shortcuts come in one column. */
#define NARROW_WIDTH 600

static gboolean
have_adw_shortcuts_dialog (void)
{
  return adw_get_major_version () > 1 || adw_get_minor_version () >= 8;
}

/* Returns the XML of the dialog, with one <child> level per section and
 * item. A GtkShortcutsWindow always lays a section out in two columns
 * (601 px here): @narrow gives each group a section of its own, one
 * column, chosen from the window's title. */
static char *
build_ui_xml (gboolean adwaita,
              gboolean narrow)
{
  GString *xml = g_string_new ("<interface>\n");
  gboolean sections = !adwaita && narrow;
  const char *section = NULL;

  if (adwaita)
    g_string_append (xml, "<object class=\"AdwShortcutsDialog\" id=\"dialog\">\n");
  else
    g_string_append (xml,
                     "<object class=\"GtkShortcutsWindow\" id=\"dialog\">\n"
                     "<property name=\"modal\">1</property>\n");
  if (!adwaita && !narrow)
    g_string_append (xml,
                     "<child><object class=\"GtkShortcutsSection\">\n"
                     "<property name=\"section-name\">shortcuts</property>\n");

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_autofree char *item = NULL;

      if (g_strcmp0 (section, shortcuts[i].section) != 0)
        {
          g_autofree char *open = NULL;

          if (section != NULL)
            g_string_append (xml, sections ? "</object></child></object></child>\n" : "</object></child>\n");
          section = shortcuts[i].section;
          if (sections)
            {
              g_autofree char *section_open = g_markup_printf_escaped ("<child><object class=\"GtkShortcutsSection\">"
                                                                       "<property name=\"section-name\">%u</property>"
                                                                       "<property name=\"title\">%s</property>\n",
                                                                       i, g_dpgettext2 (NULL, "shortcuts section", section));

              g_string_append (xml, section_open);
            }
          open = g_markup_printf_escaped ("<child><object class=\"%s\">"
                                          "<property name=\"title\">%s</property>\n",
                                          adwaita ? "AdwShortcutsSection" : "GtkShortcutsGroup",
                                          g_dpgettext2 (NULL, "shortcuts section", section));
          g_string_append (xml, open);
        }

      item = g_markup_printf_escaped ("<child><object class=\"%s\">"
                                      "<property name=\"title\">%s</property>"
                                      "<property name=\"accelerator\">%s</property>"
                                      "</object></child>\n",
                                      adwaita ? "AdwShortcutsItem" : "GtkShortcutsShortcut",
                                      g_dpgettext2 (NULL, "shortcut", shortcuts[i].title),
                                      shortcuts[i].accel);
      g_string_append (xml, item);
    }

  if (section != NULL)
    g_string_append (xml, sections ? "</object></child></object></child>\n" : "</object></child>\n");
  if (!adwaita && !narrow)
    g_string_append (xml, "</object></child>\n");
  g_string_append (xml, "</object>\n</interface>\n");

  return g_string_free (xml, FALSE);
}

/* The dialog, its shortcuts in one column when @narrow. */
static GObject *
build (gboolean narrow)
{
  gboolean adwaita = have_adw_shortcuts_dialog ();
  g_autofree char *xml = build_ui_xml (adwaita, narrow);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_string (xml, -1);
  GObject *dialog = gtk_builder_get_object (builder, "dialog");

  /* A window of its own is titled for people, not by the program's name. */
  if (GTK_IS_WINDOW (dialog))
    gtk_window_set_title (GTK_WINDOW (dialog), C_("shortcuts", "Keyboard Shortcuts"));

  /* A toplevel window is owned by GTK; hand the caller a reference of its own. */
  return g_object_ref_sink (dialog);
}

/**
 * rapport_shortcuts_build:
 *
 * Builds the keyboard-shortcuts dialog from the table.
 *
 * Returns: (transfer full): an #AdwDialog (libadwaita 1.8 and newer) or a
 *   #GtkWindow
 */
GObject *
rapport_shortcuts_build (void)
{
  return build (FALSE);
}

/**
 * rapport_shortcuts_present:
 * @parent: the widget whose window the dialog belongs to
 *
 * Shows the keyboard-shortcuts dialog over @parent's window.
 */
void
rapport_shortcuts_present (GtkWidget *parent)
{
  g_autoptr(GObject) dialog = NULL;
  GtkRoot *root;
  gboolean narrow;

  g_return_if_fail (GTK_IS_WIDGET (parent));

  root = gtk_widget_get_root (parent);
  narrow = GTK_IS_WINDOW (root) && gtk_widget_get_width (GTK_WIDGET (root)) < NARROW_WIDTH;
  dialog = build (narrow);

  if (ADW_IS_DIALOG (dialog))
    {
      adw_dialog_present (ADW_DIALOG (dialog), parent);
    }
  else
    {
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
      /* Beside a narrow window, no wider than it (two columns side by side
       * made it 601 px beside a 360 px window). */
      if (narrow)
        gtk_window_set_default_size (GTK_WINDOW (dialog), gtk_widget_get_width (GTK_WIDGET (root)), -1);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}
