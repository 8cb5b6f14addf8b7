/* rapport-command-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `rapport --import FILE` and `rapport --export FILE`: no window, one line
 * saying what was done (details of what was skipped on stderr), and an
 * exit status a script can test.
 */

#define G_LOG_DOMAIN "rapport-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rapport-command-line.h"
#include "rapport-ical.h"
#include "rapport-transfer.h"

static char *
dup_display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return g_filename_display_name (path != NULL ? path : g_file_peek_path (file));
}

/**
 * rapport_command_line_check_calendar:
 * @path: an invitation (.ics) to open, as typed
 *
 * Reads @path as the window would, before there is one, and says on
 * stderr why it cannot be, as rapport_command_line_import() does.
 *
 * Returns: whether @path holds events to show
 */
gboolean
rapport_command_line_check_calendar (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *name = dup_display_name (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  /* Whether the file is good does not depend on when its events are: no
   * days to read them in. */
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes != NULL)
    events = rapport_ical_read (bytes, uri, name, now, now, &error);
  if (events == NULL)
    {
      g_printerr (_("Could not import %s: %s\n"), name, error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * rapport_command_line_import:
 * @path: the file to import, as typed
 *
 * Returns: the exit status: 0 when imported, 1 when nothing was
 */
int
rapport_command_line_import (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *name = dup_display_name (file);
  g_autofree char *db_path = rapport_store_dup_default_path ();
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *problems, *duplicates;

  report = rapport_transfer_import_file (db_path, file, NULL, NULL, NULL, &error);
  if (report == NULL)
    {
      /* Translators: "Could not import FILE: why" */
      g_printerr (_("Could not import %s: %s\n"), name, error->message);
      return 1;
    }

  /* Each says which card or line it is about. */
  problems = rapport_import_report_get_problems (report);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", ((RapportImportProblem *) g_ptr_array_index (problems, i))->message);

  duplicates = rapport_import_report_get_duplicates (report);
  for (guint i = 0; i < duplicates->len; i++)
    {
      RapportPossibleDuplicate *duplicate = g_ptr_array_index (duplicates, i);

      if (duplicate->reason == RAPPORT_DUPLICATE_SHARED_DETAIL)
        /* Translators: an imported person who shares an email, phone number or
         * profile (the second %s) with someone already in Rapport but has another name */
        g_print (_("Added %s, who shares %s with someone already in Rapport: open Rapport to merge them if they are one person\n"),
                 duplicate->name, duplicate->shared);
      else
        /* Translators: an imported person with the name of someone already in Rapport */
        g_print (_("Added %s, who has the same name as someone already in Rapport: open Rapport to merge them if they are one person\n"),
                 duplicate->name);
    }

  summary = rapport_import_report_dup_summary (report);
  /* Translators: "Imported FILE (vCard): 12 added, 3 updated, …" */
  g_print (_("Imported %s (%s): %s\n"), name,
           rapport_import_format_get_label (rapport_import_report_get_format (report)), summary);
  return 0;
}

/**
 * rapport_command_line_export:
 * @path: the file to write, ending in .vcf or .csv
 *
 * Returns: the exit status: 0 when written, 1 when not
 */
int
rapport_command_line_export (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *name = dup_display_name (file);
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RapportExportFormat format;
  guint n = 0;

  if (!rapport_export_format_for_name (path, &format))
    {
      g_printerr (_("Could not export to %s: the name must end in .vcf (vCard) or .csv\n"), name);
      return 1;
    }

  /* Opened here first: it is made, or brought up to this version, if need be. */
  store = rapport_store_open (NULL, &error);
  if (store == NULL ||
      !rapport_transfer_export_file (rapport_store_get_path (store), NULL, format, file, NULL, NULL, NULL, &n,
                                     &error))
    {
      g_printerr (_("Could not export to %s: %s\n"), name, error->message);
      return 1;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u person to %s\n", "Exported %u people to %s\n", n), n, name);
  return 0;
}
