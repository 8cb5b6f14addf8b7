/* rapport-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_SOURCE (rapport_source_get_type ())

G_DECLARE_FINAL_TYPE (RapportSource, rapport_source, RAPPORT, SOURCE, GObject)

RapportSource *rapport_source_new         (const char    *uid,
                                           const char    *name,
                                           const char    *account);
const char    *rapport_source_get_uid     (RapportSource *self);
const char    *rapport_source_get_name    (RapportSource *self);
const char    *rapport_source_get_account (RapportSource *self);
gboolean       rapport_source_equal       (RapportSource *self,
                                           RapportSource *other);

G_END_DECLS
