/* rapport-vcard-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RapportVcardParam:
 * @name: the parameter's name, in upper case
 * @value: one value, unquoted and RFC 6868 decoded (a TYPE list gives one
 *   parameter per item)
 */
typedef struct
{
  char *name;
  char *value;
} RapportVcardParam;

/**
 * RapportVcardLine:
 * @line: the unfolded line, as bytes
 * @group: (nullable): the group, as written (`item1`)
 * @name: the property's name, in upper case
 * @params: (element-type RapportVcardParam): its parameters
 * @value: the raw value, pointing into @line up to its end
 *
 * One property of a card.
 */
typedef struct
{
  char       *line;
  char       *group;
  char       *name;
  GPtrArray  *params;
  const char *value;
} RapportVcardLine;

char             *rapport_vcard_read_unfolded            (const char       *data,
                                                          gsize             len,
                                                          gsize            *pos);
RapportVcardLine *rapport_vcard_line_parse               (char             *line);
void              rapport_vcard_line_free                (RapportVcardLine *prop);
const char       *rapport_vcard_line_get_param           (RapportVcardLine *prop,
                                                          const char       *name);
gboolean          rapport_vcard_line_has_type            (RapportVcardLine *prop,
                                                          const char       *type);
gboolean          rapport_vcard_line_is_quoted_printable (RapportVcardLine *prop);
gboolean          rapport_vcard_line_is_base64           (RapportVcardLine *prop);
char             *rapport_vcard_line_dup_text            (RapportVcardLine *prop);
char             *rapport_vcard_line_dup_extra           (RapportVcardLine *prop);
char             *rapport_vcard_unescape                 (const char       *value,
                                                          gssize            len);
void              rapport_vcard_append_param_text        (GString          *out,
                                                          const char       *value);
GStrv             rapport_vcard_split_value              (const char       *value,
                                                          char              separator,
                                                          guint             max_parts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RapportVcardLine, rapport_vcard_line_free)

G_END_DECLS
