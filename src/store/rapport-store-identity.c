/* rapport-store-identity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who among people from elsewhere (an address book's contacts, as the
 * people search offers them) is already in Rapport: anyone with one of
 * their email addresses, phone numbers or profiles, compared the way an
 * import compares them (docs/identity.md).
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include "rapport-identity.h"
#include "rapport-store-private.h"

/* The index holds SQLite's lower(), ASCII only: the address is compared
 * in full afterwards. */
static gint64
find_email (RapportStore  *self,
            const char    *email,
            GError       **error)
{
  g_autofree char *normal = rapport_identity_normalize_email (email);
  sqlite3_stmt *stmt;
  gint64 found = 0;
  int rc;

  if (normal == NULL)
    return 0;
  stmt = rapport_store_prepare (self,
                                "SELECT f.contact_id, f.value FROM contact_field f "
                                "JOIN contact c ON c.id = f.contact_id "
                                "WHERE f.kind = 0 AND lower (trim (f.value)) = lower (?1) AND c.deleted = 0",
                                error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, normal, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && found == 0)
    {
      g_autofree char *other = rapport_identity_normalize_email (rapport_store_column_text (stmt, 1));

      if (g_strcmp0 (other, normal) == 0)
        found = sqlite3_column_int64 (stmt, 0);
    }
  if (rc == SQLITE_ROW)
    rc = SQLITE_DONE;
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return -1;

  return found;
}

/* Phones and profiles are written in many ways ("+44 20 7946 0958",
 * "020 7946 0958"): they are read once for all the contacts asked about. */
static gboolean
match_phones_and_urls (RapportStore  *self,
                       GPtrArray     *contacts,
                       GArray        *ids,
                       GError       **error)
{
  g_autoptr(GPtrArray) digits = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) owners = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) url_owners = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < contacts->len; i++)
    {
      GPtrArray *fields = rapport_contact_get_fields (contacts->pdata[i]);

      if (g_array_index (ids, gint64, i) != 0)
        continue;
      for (guint j = 0; j < fields->len; j++)
        {
          RapportContactField *field = fields->pdata[j];
          RapportFieldKind kind = rapport_contact_field_get_kind (field);
          const char *value = rapport_contact_field_get_value (field);
          char *key;

          if (kind == RAPPORT_FIELD_PHONE && (key = rapport_identity_phone_digits (value)) != NULL)
            {
              g_ptr_array_add (digits, key);
              g_array_append_val (owners, i);
            }
          else if (kind == RAPPORT_FIELD_URL && (key = rapport_identity_normalize_url (value)) != NULL)
            {
              g_ptr_array_add (urls, key);
              g_array_append_val (url_owners, i);
            }
        }
    }
  if (digits->len == 0 && urls->len == 0)
    return TRUE;

  stmt = rapport_store_prepare (self,
                                "SELECT f.contact_id, f.kind, f.value FROM contact_field f "
                                "JOIN contact c ON c.id = f.contact_id "
                                "WHERE f.kind IN (1, 2) AND c.deleted = 0",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *value = rapport_store_column_text (stmt, 2);

      if (sqlite3_column_int (stmt, 1) == RAPPORT_FIELD_PHONE && digits->len > 0)
        {
          g_autofree char *other = rapport_identity_phone_digits (value);

          for (guint k = 0; other != NULL && k < digits->len; k++)
            if (rapport_identity_phone_digits_match (digits->pdata[k], other))
              g_array_index (ids, gint64, g_array_index (owners, guint, k)) = id;
        }
      else if (sqlite3_column_int (stmt, 1) == RAPPORT_FIELD_URL && urls->len > 0)
        {
          g_autofree char *other = rapport_identity_normalize_url (value);

          for (guint k = 0; other != NULL && k < urls->len; k++)
            if (g_str_equal (urls->pdata[k], other))
              g_array_index (ids, gint64, g_array_index (url_owners, guint, k)) = id;
        }
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

/**
 * rapport_store_match_known:
 * @contacts: (element-type RapportContact): people from elsewhere, not
 *   saved in Rapport
 *
 * Finds who among @contacts is already in Rapport (not in the trash): the
 * person with one of their email addresses, phone numbers or profiles.
 * Unlike an import, a name alone is never enough.
 *
 * Returns: (transfer full) (element-type gint64): for each of @contacts,
 *   the id of that person, or 0; %NULL on failure, with @error set
 */
GArray *
rapport_store_match_known (RapportStore  *self,
                           GPtrArray     *contacts,
                           GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (contacts != NULL, NULL);

  ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), contacts->len);
  g_array_set_size (ids, contacts->len);
  for (guint i = 0; i < contacts->len; i++)
    {
      GPtrArray *fields = rapport_contact_get_fields (contacts->pdata[i]);

      for (guint j = 0; j < fields->len && g_array_index (ids, gint64, i) == 0; j++)
        {
          RapportContactField *field = fields->pdata[j];
          gint64 found;

          if (rapport_contact_field_get_kind (field) != RAPPORT_FIELD_EMAIL)
            continue;
          found = find_email (self, rapport_contact_field_get_value (field), error);
          if (found < 0)
            return NULL;
          g_array_index (ids, gint64, i) = found;
        }
    }
  if (!match_phones_and_urls (self, contacts, ids, error))
    return NULL;

  return g_steal_pointer (&ids);
}
