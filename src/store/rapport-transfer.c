/* rapport-transfer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files in and out, for the import dialog, "Open with" and the command
 * line alike. An import reads the file, tells its format from the bytes,
 * and writes through a connection of its own (so it can run on a worker
 * thread while the app goes on reading); an export writes the people
 * given, in the format asked for, also from a connection of its own.
 */

#define G_LOG_DOMAIN "rapport-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-google-csv-writer.h"
#include "rapport-transfer.h"
#include "rapport-vcard-writer.h"

/* Larger files are not contact lists: LinkedIn's cap of 30,000 people is
 * a few megabytes, a vCard file with photos some tens. */
#define MAX_IMPORT_BYTES (512 * 1024 * 1024)

/**
 * rapport_transfer_import_file:
 * @db_path: the database to import into, opened here on a connection of
 *   its own (the caller's thread may be a worker)
 * @file: a vCard or CSV file
 * @cancellable: (nullable): to stop, leaving the database as it was
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 *
 * Returns: (transfer full) (nullable): what was done, with the reader's
 *   problems, or %NULL with @error set and nothing written
 */
RapportImportReport *
rapport_transfer_import_file (const char             *db_path,
                              GFile                  *file,
                              GCancellable           *cancellable,
                              RapportImportProgress   progress,
                              gpointer                user_data,
                              GError                **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = rapport_import_problems_new ();
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(RapportStore) store = NULL;
  RapportImportReport *report;
  RapportImportFormat format = RAPPORT_IMPORT_FORMAT_UNKNOWN;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > MAX_IMPORT_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("This file is too large to be a list of contacts."));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  people = rapport_import_read (bytes, &format, problems, error);
  if (people == NULL)
    return NULL;

  store = rapport_store_open (db_path, error);
  if (store == NULL)
    return NULL;
  report = rapport_store_import (store, people, format, cancellable, progress, user_data, error);
  if (report != NULL)
    rapport_import_report_take_problems (report, g_steal_pointer (&problems));
  return report;
}

/**
 * rapport_export_format_for_name:
 * @name: a file name
 * @format: (out): the format its extension asks for
 *
 * Returns: whether the name ends in `.vcf`, `.vcard` or `.csv`
 */
gboolean
rapport_export_format_for_name (const char          *name,
                                RapportExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".vcf") || g_str_has_suffix (lower, ".vcard"))
    *format = RAPPORT_EXPORT_FORMAT_VCARD;
  else if (g_str_has_suffix (lower, ".csv"))
    *format = RAPPORT_EXPORT_FORMAT_CSV;
  else
    return FALSE;
  return TRUE;
}

/**
 * rapport_transfer_export:
 * @ids: (nullable) (element-type gint64): the people to write, or %NULL
 *   for everyone (archived people included)
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
rapport_transfer_export (RapportStore         *store,
                         GArray               *ids,
                         RapportExportFormat   format,
                         GError              **error)
{
  g_autoptr(GArray) all = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (RAPPORT_IS_STORE (store), NULL);

  if (ids == NULL)
    {
      all = rapport_store_list_contact_ids (store, error);
      if (all == NULL)
        return NULL;
      ids = all;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      RapportContact *contact = rapport_store_get_contact (store, g_array_index (ids, gint64, i), error);

      if (contact == NULL)
        return NULL;
      g_ptr_array_add (people, contact);
    }

  return format == RAPPORT_EXPORT_FORMAT_CSV ? rapport_google_csv_write (people) : rapport_vcard_write (people);
}

/* Told every so many people: often enough for a progress bar, seldom
 * enough to cost nothing. */
#define PROGRESS_EVERY 200

/**
 * rapport_transfer_export_file:
 * @db_path: the database to read, opened here on a connection of its own
 *   (the caller's thread may be a worker)
 * @ids: (nullable) (element-type gint64): the people to write, or %NULL
 *   for everyone (archived people included)
 * @file: the file to write (replaced if it exists)
 * @cancellable: (nullable): to stop, leaving @file as it was
 * @progress: (nullable) (scope call): told how far it got
 * @user_data: for @progress
 * @n_written: (out) (optional): how many people were written
 *
 * rapport_transfer_export() into a file. The file is written beside its
 * place and renamed when whole, so it is never half an export.
 *
 * Returns: %TRUE on success; on failure or when cancelled, @file is as it
 *   was
 */
gboolean
rapport_transfer_export_file (const char             *db_path,
                              GArray                 *ids,
                              RapportExportFormat     format,
                              GFile                  *file,
                              GCancellable           *cancellable,
                              RapportImportProgress   progress,
                              gpointer                user_data,
                              guint                  *n_written,
                              GError                **error)
{
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = rapport_store_open (db_path, error);
  if (store == NULL)
    return FALSE;
  if (ids == NULL)
    {
      all = rapport_store_list_contact_ids (store, error);
      if (all == NULL)
        return FALSE;
      ids = all;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      RapportContact *contact;

      if (i % PROGRESS_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (i, ids->len, user_data);
        }
      contact = rapport_store_get_contact (store, g_array_index (ids, gint64, i), error);
      if (contact == NULL)
        return FALSE;
      g_ptr_array_add (people, contact);
    }

  bytes = format == RAPPORT_EXPORT_FORMAT_CSV ? rapport_google_csv_write (people) : rapport_vcard_write (people);
  /* Written to a new file and renamed: a cancelled write leaves none. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, FALSE,
                                G_FILE_CREATE_NONE, NULL, cancellable, error))
    return FALSE;
  if (progress != NULL)
    progress (ids->len, ids->len, user_data);
  if (n_written != NULL)
    *n_written = ids->len;
  return TRUE;
}
