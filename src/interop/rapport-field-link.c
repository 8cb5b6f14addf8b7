/* rapport-field-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The link a contact detail opens in another app. The values come from
 * imported files, so they are not trusted: a web address is opened only
 * with a scheme a person expects from a contact (docs/links.md says which,
 * and why), and email addresses and phone numbers are escaped into their
 * URI, so that "a@b.c?attach=/etc/passwd" stays one strange address and
 * never becomes a header or a parameter.
 */

#define G_LOG_DOMAIN "rapport-field-link"

#include "config.h"

#include <string.h>

#include "rapport-field-link.h"

/* Schemes opened from a web address field; mailto: and tel: are rebuilt
 * from their address. Keep docs/links.md in step. */
static const char * const allowed_schemes[] = {
  "http", "https", "mailto", "tel", "sip", "xmpp", "matrix", "geo",
};

/**
 * rapport_field_link_scheme_allowed:
 * @scheme: a URI scheme, in any case
 *
 * Returns: whether a contact's link with @scheme may be opened
 */
gboolean
rapport_field_link_scheme_allowed (const char *scheme)
{
  g_return_val_if_fail (scheme != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (allowed_schemes); i++)
    if (g_ascii_strcasecmp (scheme, allowed_schemes[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_prefix_folded (const char *text,
                   const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

/* Everything but the "@" is escaped: "?", "&", "=" and "," would add
 * headers, parameters or recipients, "%" would decode into them, "+" may
 * be read as a space. */
static char *
build_mailto (const char *address)
{
  g_autofree char *escaped = NULL;

  if (has_prefix_folded (address, "mailto:"))
    address += strlen ("mailto:");
  if (*address == '\0')
    return NULL;
  escaped = g_uri_escape_string (address, "@", FALSE);
  return g_strconcat ("mailto:", escaped, NULL);
}

/* Spaces are only for reading; the rest is escaped but for the "+" of an
 * international number. */
static char *
build_tel (const char *number)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (has_prefix_folded (number, "tel:"))
    number += strlen ("tel:");
  for (const char *p = number; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (digits, *p);
  if (digits->len == 0)
    return NULL;
  escaped = g_uri_escape_string (digits->str, "+", FALSE);
  return g_strconcat ("tel:", escaped, NULL);
}

static gboolean
has_space_or_control (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p <= ' ' || *p == 0x7f)
      return TRUE;
  return FALSE;
}

static RapportFieldLink
build_web (const char  *value,
           char       **uri)
{
  g_autofree char *scheme = g_uri_parse_scheme (value);
  g_autofree char *candidate = NULL;
  g_autoptr(GUri) parsed = NULL;

  /* "example.org:8080/x" has no scheme: a dot is not in any we open. */
  if (scheme != NULL && strchr (scheme, '.') != NULL)
    g_clear_pointer (&scheme, g_free);

  if (scheme == NULL)
    {
      scheme = g_strdup ("https");
      candidate = g_strconcat ("https://", value, NULL);
    }
  else if (!rapport_field_link_scheme_allowed (scheme))
    return RAPPORT_FIELD_LINK_REFUSED;
  else if (g_ascii_strcasecmp (scheme, "mailto") == 0)
    return (*uri = build_mailto (value)) != NULL ? RAPPORT_FIELD_LINK_OPEN : RAPPORT_FIELD_LINK_NONE;
  else if (g_ascii_strcasecmp (scheme, "tel") == 0)
    return (*uri = build_tel (value)) != NULL ? RAPPORT_FIELD_LINK_OPEN : RAPPORT_FIELD_LINK_NONE;
  else
    candidate = g_strdup (value);

  /* A link with a space or a line break in it is not one a site gave. */
  if (has_space_or_control (candidate))
    return RAPPORT_FIELD_LINK_REFUSED;

  parsed = g_uri_parse (candidate, G_URI_FLAGS_ENCODED, NULL);
  if (parsed == NULL)
    return RAPPORT_FIELD_LINK_REFUSED;
  if ((g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
      (g_uri_get_host (parsed) == NULL || *g_uri_get_host (parsed) == '\0'))
    return RAPPORT_FIELD_LINK_REFUSED;

  *uri = g_steal_pointer (&candidate);
  return RAPPORT_FIELD_LINK_OPEN;
}

/**
 * rapport_field_link_build:
 * @kind: the kind of contact detail
 * @value: (nullable): its value, as stored
 * @uri: (out) (transfer full) (optional): the URI to open, set only when
 *   %RAPPORT_FIELD_LINK_OPEN is returned
 *
 * Works out what a contact detail opens.
 *
 * Returns: whether there is a link, and whether it may be opened
 */
RapportFieldLink
rapport_field_link_build (RapportFieldKind   kind,
                          const char        *value,
                          char             **uri)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value != NULL ? value : ""));
  g_autofree char *built = NULL;
  RapportFieldLink link = RAPPORT_FIELD_LINK_NONE;

  if (uri != NULL)
    *uri = NULL;
  if (*trimmed == '\0')
    return RAPPORT_FIELD_LINK_NONE;

  switch (kind)
    {
    case RAPPORT_FIELD_EMAIL:
      built = build_mailto (trimmed);
      link = built != NULL ? RAPPORT_FIELD_LINK_OPEN : RAPPORT_FIELD_LINK_NONE;
      break;
    case RAPPORT_FIELD_PHONE:
      built = build_tel (trimmed);
      link = built != NULL ? RAPPORT_FIELD_LINK_OPEN : RAPPORT_FIELD_LINK_NONE;
      break;
    case RAPPORT_FIELD_URL:
      link = build_web (trimmed, &built);
      break;
    case RAPPORT_FIELD_ADDRESS:
    default:
      return RAPPORT_FIELD_LINK_NONE;
    }

  if (uri != NULL && link == RAPPORT_FIELD_LINK_OPEN)
    *uri = g_steal_pointer (&built);
  return link;
}

/* Text for a mailto: header, every reserved character escaped; line
 * breaks as CRLF, as RFC 6068 asks. */
static char *
escape_header (const char *text)
{
  g_autoptr(GString) crlf = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' && (p == text || p[-1] != '\r'))
        g_string_append_c (crlf, '\r');
      g_string_append_c (crlf, *p);
    }
  return g_uri_escape_string (crlf->str, NULL, FALSE);
}

/**
 * rapport_field_link_build_mailto:
 * @to: (array zero-terminated=1): the addresses, as stored; empty ones are
 *   left out
 * @subject: (nullable): the subject
 * @body: (nullable): the body, lines separated by "\n"
 *
 * A draft to several people, for the user's mail app: each address
 * escaped as rapport_field_link_build() escapes one (so none adds a
 * recipient or a header), the subject and body escaped whole.
 *
 * Returns: (transfer full) (nullable): the mailto: URI, or %NULL when no
 *   address is given
 */
char *
rapport_field_link_build_mailto (const char * const *to,
                                 const char         *subject,
                                 const char         *body)
{
  g_autoptr(GString) uri = g_string_new ("mailto:");
  guint n_addresses = 0;

  g_return_val_if_fail (to != NULL, NULL);

  for (guint i = 0; to[i] != NULL; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (to[i]));
      g_autofree char *single = *trimmed != '\0' ? build_mailto (trimmed) : NULL;

      if (single == NULL)
        continue;
      if (n_addresses++ > 0)
        g_string_append_c (uri, ',');
      g_string_append (uri, single + strlen ("mailto:"));
    }
  if (n_addresses == 0)
    return NULL;

  if (subject != NULL && *subject != '\0')
    {
      g_autofree char *escaped = escape_header (subject);

      g_string_append_printf (uri, "?subject=%s", escaped);
    }
  if (body != NULL && *body != '\0')
    {
      g_autofree char *escaped = escape_header (body);

      g_string_append_printf (uri, "%cbody=%s", strchr (uri->str, '?') != NULL ? '&' : '?', escaped);
    }
  return g_string_free (g_steal_pointer (&uri), FALSE);
}
