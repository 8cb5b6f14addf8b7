/* rapport-address-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-contact-field.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_ADDRESS_DIALOG (rapport_address_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RapportAddressDialog, rapport_address_dialog, RAPPORT, ADDRESS_DIALOG, AdwDialog)

RapportAddressDialog *rapport_address_dialog_new       (RapportContactField  *field);
RapportContactField  *rapport_address_dialog_get_field (RapportAddressDialog *self);

G_END_DECLS
