/* rapport-bench-data.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint n_people;
  guint n_interactions;
  guint n_events;
  gint64 busiest_contact_id;   /* one of the people with 1,000 interactions */
  gint64 quiet_contact_id;     /* someone with a handful */
  char *sample_name;           /* a generated person's full name, to type */
} RapportBenchData;

gboolean rapport_bench_data_generate (RapportStore      *store,
                                      guint              n_people,
                                      guint32            seed,
                                      RapportBenchData  *data,
                                      GError           **error);
void     rapport_bench_data_clear    (RapportBenchData  *data);
double   rapport_bench_median        (GArray            *samples);
GBytes  *rapport_bench_data_linkedin_csv (guint          n_rows,
                                          guint32        seed);
GBytes  *rapport_bench_data_vcards   (guint              n_cards,
                                      guint32            seed);
GBytes  *rapport_bench_data_shared_vcards (guint         n_cards,
                                           guint         n_numbers,
                                           guint32       seed);

G_END_DECLS
