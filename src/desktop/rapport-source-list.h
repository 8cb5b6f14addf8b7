/* rapport-source-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libedataserver/libedataserver.h>

#include "rapport-source.h"

G_BEGIN_DECLS

/**
 * RapportSourceListState:
 * @RAPPORT_SOURCE_LIST_IDLE: not asked yet (Rapport connects after its first frame)
 * @RAPPORT_SOURCE_LIST_CONNECTING: waiting for Evolution Data Server
 * @RAPPORT_SOURCE_LIST_READY: the sources are listed, and follow EDS
 * @RAPPORT_SOURCE_LIST_UNAVAILABLE: there is no Evolution Data Server to ask
 */
typedef enum
{
  RAPPORT_SOURCE_LIST_IDLE,
  RAPPORT_SOURCE_LIST_CONNECTING,
  RAPPORT_SOURCE_LIST_READY,
  RAPPORT_SOURCE_LIST_UNAVAILABLE,
} RapportSourceListState;

#define RAPPORT_TYPE_SOURCE_LIST_STATE (rapport_source_list_state_get_type ())
GType rapport_source_list_state_get_type (void);

#define RAPPORT_TYPE_SOURCE_LIST (rapport_source_list_get_type ())

G_DECLARE_FINAL_TYPE (RapportSourceList, rapport_source_list, RAPPORT, SOURCE_LIST, GObject)

RapportSourceList      *rapport_source_list_new         (const char        *extension_name);
void                    rapport_source_list_start       (RapportSourceList *self);
RapportSourceListState  rapport_source_list_get_state   (RapportSourceList *self);
const char             *rapport_source_list_get_problem (RapportSourceList *self);
RapportSource          *rapport_source_list_lookup      (RapportSourceList *self,
                                                         const char        *uid);
ESource                *rapport_source_list_ref_source  (RapportSourceList *self,
                                                         const char        *uid);

G_END_DECLS
