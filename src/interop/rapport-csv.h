/* rapport-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RapportCsvReader RapportCsvReader;

RapportCsvReader *rapport_csv_reader_new      (const char         *data,
                                               gsize               len);
void              rapport_csv_reader_free     (RapportCsvReader   *self);
gboolean          rapport_csv_reader_next     (RapportCsvReader   *self,
                                               GStrv              *row,
                                               guint              *line);
gboolean          rapport_csv_row_is_blank    (const char * const *row);
gboolean          rapport_csv_row_fits        (const char * const *row,
                                               guint               n_header,
                                               guint               line,
                                               GPtrArray          *problems);
int               rapport_csv_row_find        (const char * const *row,
                                               const char         *name);
void              rapport_csv_append_field    (GString            *out,
                                               const char         *field);
void              rapport_csv_append_row      (GString            *out,
                                               const char * const *fields);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportCsvReader, rapport_csv_reader_free)

G_END_DECLS
