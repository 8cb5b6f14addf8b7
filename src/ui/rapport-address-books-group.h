/* rapport-address-books-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-source-list.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_ADDRESS_BOOKS_GROUP (rapport_address_books_group_get_type ())

G_DECLARE_FINAL_TYPE (RapportAddressBooksGroup, rapport_address_books_group, RAPPORT, ADDRESS_BOOKS_GROUP, AdwPreferencesGroup)

GtkWidget *rapport_address_books_group_new (RapportSourceList *sources,
                                            GSettings         *settings);

G_END_DECLS
