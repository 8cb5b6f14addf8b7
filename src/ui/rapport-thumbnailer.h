/* rapport-thumbnailer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rapport-store.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_THUMBNAILER (rapport_thumbnailer_get_type ())

G_DECLARE_FINAL_TYPE (RapportThumbnailer, rapport_thumbnailer, RAPPORT, THUMBNAILER, GObject)

RapportThumbnailer *rapport_thumbnailer_new       (void);
RapportStore       *rapport_thumbnailer_get_store (RapportThumbnailer *self);
void                rapport_thumbnailer_set_store (RapportThumbnailer *self,
                                                   RapportStore       *store);
void                rapport_thumbnailer_request   (RapportThumbnailer *self,
                                                   RapportContact     *contact);

G_END_DECLS
