/* rapport-people-query.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-enums.h"
#include "rapport-store.h"

G_BEGIN_DECLS

/* More rows than a tall window shows: a first page. */
#define RAPPORT_PEOPLE_QUERY_PAGE 256
/* Up to this many, a question reads every id (about a millisecond), so that
 * the next keystroke compares lists and changes only the rows that differ. */
#define RAPPORT_PEOPLE_QUERY_READ_WHOLE 2048

typedef enum
{
  RAPPORT_PEOPLE_QUERY_ALL,
  RAPPORT_PEOPLE_QUERY_FIRST_PAGE,
  RAPPORT_PEOPLE_QUERY_COUNT,
} RapportPeopleQueryShape;

/* What a list of people asks for. */
typedef struct
{
  char *search_text;
  char *match;          /* the FTS5 query for search_text, or NULL */
  char *tag;
  RapportPeopleSort sort;
  int closeness;        /* -1 for any */
  gboolean enjoy_only;
  gboolean due_only;
  gboolean archived;
} RapportPeopleQuery;

GArray *rapport_people_query_ids             (RapportStore             *store,
                                              const RapportPeopleQuery *query,
                                              RapportPeopleQueryShape   shape,
                                              GError                  **error);
char   *rapport_people_query_build_match     (const char               *text);
guint   rapport_people_query_first_page_size (const RapportPeopleQuery *query);
void    rapport_people_query_clear           (RapportPeopleQuery       *query);

G_END_DECLS
