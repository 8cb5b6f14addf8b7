/* rapport-address.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_ADDRESS (rapport_address_get_type ())

/**
 * RapportAddressPart:
 *
 * The parts of a postal address, in vCard ADR order, then the address's
 * label as the file wrote it (vCard LABEL) and its place (GEO, as given).
 */
typedef enum
{
  RAPPORT_ADDRESS_PO_BOX,
  RAPPORT_ADDRESS_EXTENDED,
  RAPPORT_ADDRESS_STREET,
  RAPPORT_ADDRESS_LOCALITY,
  RAPPORT_ADDRESS_REGION,
  RAPPORT_ADDRESS_POSTAL_CODE,
  RAPPORT_ADDRESS_COUNTRY,
  RAPPORT_ADDRESS_LABEL,
  RAPPORT_ADDRESS_GEO,
  RAPPORT_ADDRESS_N_PARTS,
} RapportAddressPart;

/* The seven parts of vCard ADR. */
#define RAPPORT_ADDRESS_N_ADR_PARTS (RAPPORT_ADDRESS_COUNTRY + 1)

typedef struct _RapportAddress RapportAddress;

GType           rapport_address_get_type  (void) G_GNUC_CONST;
RapportAddress *rapport_address_new       (void);
RapportAddress *rapport_address_copy      (const RapportAddress *self);
void            rapport_address_free      (RapportAddress       *self);
const char     *rapport_address_get       (const RapportAddress *self,
                                           RapportAddressPart    part);
void            rapport_address_set       (RapportAddress       *self,
                                           RapportAddressPart    part,
                                           const char           *text);
gboolean        rapport_address_is_empty  (const RapportAddress *self);
gboolean        rapport_address_equal     (const RapportAddress *a,
                                           const RapportAddress *b);
gboolean        rapport_address_same_place (const RapportAddress *a,
                                            const RapportAddress *b);
char           *rapport_address_dup_lines (const RapportAddress *self);
char           *rapport_address_dup_line  (const RapportAddress *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportAddress, rapport_address_free)

G_END_DECLS
