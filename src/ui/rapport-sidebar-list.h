/* rapport-sidebar-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-store.h"

G_BEGIN_DECLS

/**
 * RapportSidebarListKind:
 * @RAPPORT_SIDEBAR_LIST_STATEMENTS: your PEEC statements, last edited first
 * @RAPPORT_SIDEBAR_LIST_EVENTS: events, upcoming first, then past
 */
typedef enum
{
  RAPPORT_SIDEBAR_LIST_STATEMENTS,
  RAPPORT_SIDEBAR_LIST_EVENTS,
} RapportSidebarListKind;

#define RAPPORT_TYPE_SIDEBAR_LIST_KIND (rapport_sidebar_list_kind_get_type ())
#define RAPPORT_TYPE_SIDEBAR_LIST (rapport_sidebar_list_get_type ())

GType rapport_sidebar_list_kind_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (RapportSidebarList, rapport_sidebar_list, RAPPORT, SIDEBAR_LIST, AdwBin)

RapportStore *rapport_sidebar_list_get_store      (RapportSidebarList *self);
void          rapport_sidebar_list_set_store      (RapportSidebarList *self,
                                                   RapportStore       *store);
GListModel   *rapport_sidebar_list_get_items      (RapportSidebarList *self);
gpointer      rapport_sidebar_list_get_selected   (RapportSidebarList *self);
void          rapport_sidebar_list_select         (RapportSidebarList *self,
                                                   gpointer            item);
gboolean      rapport_sidebar_list_focus_selected (RapportSidebarList *self);
void          rapport_sidebar_list_unselect       (RapportSidebarList *self);

G_END_DECLS
