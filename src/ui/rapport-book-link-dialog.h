/* rapport-book-link-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-address-book-sync.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_BOOK_LINK_DIALOG (rapport_book_link_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportBookLinkDialog, rapport_book_link_dialog, RAPPORT, BOOK_LINK_DIALOG, AdwDialog)

RapportBookLinkDialog *rapport_book_link_dialog_new (RapportAddressBookSync *sync,
                                                     RapportContact         *contact);

G_END_DECLS
