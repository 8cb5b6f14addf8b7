/* rapport-store-contacts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People in the store: reading and writing contacts with their fields, tags
 * and kept vCard lines; the trash. What is derived from them (search rows,
 * sort keys, dates) is in rapport-store-index.c.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-store-private.h"

#define CONTACT_COLUMNS \
  "id, uid, display_name, given_name, family_name, nickname, pronouns, " \
  "profession, expertise, environment, looking_for, company, how_met, met_at, " \
  "notes, how_i_can_help, additional_name, name_prefix, name_suffix, department, " \
  "met_on, birthday, closeness, enjoy, cadence_days, " \
  "photo, archived, created_at, updated_at, last_contacted, " RAPPORT_SQL_DUE_ON ", " \
  "photo_thumbnail"

/* The text columns 1–19 above, in order. */
typedef const char *(*TextGetter) (RapportContact *contact);
typedef void (*TextSetter) (RapportContact *contact, const char *text);

static const struct {
  TextGetter get;
  TextSetter set;
} text_columns[] = {
  { rapport_contact_get_uid, rapport_contact_set_uid },
  { rapport_contact_get_display_name, rapport_contact_set_display_name },
  { rapport_contact_get_given_name, rapport_contact_set_given_name },
  { rapport_contact_get_family_name, rapport_contact_set_family_name },
  { rapport_contact_get_nickname, rapport_contact_set_nickname },
  { rapport_contact_get_pronouns, rapport_contact_set_pronouns },
  { rapport_contact_get_profession, rapport_contact_set_profession },
  { rapport_contact_get_expertise, rapport_contact_set_expertise },
  { rapport_contact_get_environment, rapport_contact_set_environment },
  { rapport_contact_get_looking_for, rapport_contact_set_looking_for },
  { rapport_contact_get_company, rapport_contact_set_company },
  { rapport_contact_get_how_met, rapport_contact_set_how_met },
  { rapport_contact_get_met_at, rapport_contact_set_met_at },
  { rapport_contact_get_notes, rapport_contact_set_notes },
  { rapport_contact_get_how_i_can_help, rapport_contact_set_how_i_can_help },
  { rapport_contact_get_additional_name, rapport_contact_set_additional_name },
  { rapport_contact_get_name_prefix, rapport_contact_set_name_prefix },
  { rapport_contact_get_name_suffix, rapport_contact_set_name_suffix },
  { rapport_contact_get_department, rapport_contact_set_department },
};

/* An address's parts, in the columns of contact_field after its value. */
#define ADDRESS_COLUMNS \
  "po_box, extended, street, locality, region, postal_code, country, address_label, geo"

G_STATIC_ASSERT (RAPPORT_ADDRESS_N_PARTS == 9);

enum {
  COL_ID,
  COL_FIRST_TEXT,
  COL_MET_ON = COL_FIRST_TEXT + G_N_ELEMENTS (text_columns),
  COL_BIRTHDAY,
  COL_CLOSENESS,
  COL_ENJOY,
  COL_CADENCE_DAYS,
  COL_PHOTO,
  COL_ARCHIVED,
  COL_CREATED_AT,
  COL_UPDATED_AT,
  COL_LAST_CONTACTED,
  COL_DUE_ON,
  COL_PHOTO_THUMBNAIL,
};

static void
read_partial_date (sqlite3_stmt       *stmt,
                   int                 column,
                   RapportPartialDate *date)
{
  /* Only valid dates are ever written; anything else reads as unknown. */
  *date = RAPPORT_PARTIAL_DATE_INIT;
  rapport_partial_date_parse (rapport_store_column_text (stmt, column), date, NULL);
}

/* A field from kind, label, value and ADDRESS_COLUMNS. */
static RapportContactField *
read_field (sqlite3_stmt *stmt)
{
  RapportFieldKind kind = CLAMP (sqlite3_column_int (stmt, 0), 0, RAPPORT_FIELD_KIND_LAST);
  g_autoptr(RapportAddress) address = NULL;

  if (kind != RAPPORT_FIELD_ADDRESS || sqlite3_column_type (stmt, 3 + RAPPORT_ADDRESS_STREET) == SQLITE_NULL)
    return rapport_contact_field_new (kind, rapport_store_column_text (stmt, 1),
                                      rapport_store_column_text (stmt, 2));

  address = rapport_address_new ();
  for (guint i = 0; i < RAPPORT_ADDRESS_N_PARTS; i++)
    rapport_address_set (address, i, rapport_store_column_text (stmt, 3 + (int) i));
  return rapport_contact_field_new_address (rapport_store_column_text (stmt, 1), address);
}

static gboolean
load_contact_into (RapportStore    *self,
                   RapportContact  *contact,
                   gint64           id,
                   GError         **error)
{
  sqlite3_stmt *stmt;
  RapportPartialDate date;
  GDate last_contacted, due_on;
  g_autoptr(GDateTime) created_at = NULL;
  g_autoptr(GDateTime) updated_at = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GStrvBuilder) tags = NULL;
  g_autoptr(GStrvBuilder) extra = NULL;
  g_auto(GStrv) tag_list = NULL;
  g_auto(GStrv) extra_list = NULL;
  int rc;

  stmt = rapport_store_prepare (self, "SELECT " CONTACT_COLUMNS " FROM contact WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND,
                     _("This person is no longer in Rapport."));
      else
        rapport_store_set_sqlite_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (contact));

  rapport_contact_set_id (contact, sqlite3_column_int64 (stmt, COL_ID));
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    text_columns[i].set (contact, rapport_store_column_text (stmt, COL_FIRST_TEXT + i));
  read_partial_date (stmt, COL_MET_ON, &date);
  rapport_contact_set_met_on (contact, &date);
  read_partial_date (stmt, COL_BIRTHDAY, &date);
  rapport_contact_set_birthday (contact, &date);
  rapport_contact_set_closeness (contact, CLAMP (sqlite3_column_int (stmt, COL_CLOSENESS), 0,
                                                 RAPPORT_CLOSENESS_ONLINE_ONLY));
  rapport_contact_set_enjoy (contact, sqlite3_column_int (stmt, COL_ENJOY));
  rapport_contact_set_cadence_days (contact, (guint) MAX (0, sqlite3_column_int (stmt, COL_CADENCE_DAYS)));
  if (sqlite3_column_type (stmt, COL_PHOTO) == SQLITE_BLOB)
    {
      g_autoptr(GBytes) photo = g_bytes_new (sqlite3_column_blob (stmt, COL_PHOTO),
                                             (gsize) sqlite3_column_bytes (stmt, COL_PHOTO));

      rapport_contact_set_photo (contact, photo);
    }
  else
    {
      rapport_contact_set_photo (contact, NULL);
    }
  /* After the photo, which clears it. */
  if (sqlite3_column_type (stmt, COL_PHOTO_THUMBNAIL) == SQLITE_BLOB)
    {
      g_autoptr(GBytes) thumbnail = g_bytes_new (sqlite3_column_blob (stmt, COL_PHOTO_THUMBNAIL),
                                                  (gsize) sqlite3_column_bytes (stmt, COL_PHOTO_THUMBNAIL));

      rapport_contact_set_thumbnail (contact, thumbnail);
    }
  else
    {
      rapport_contact_set_thumbnail (contact, NULL);
    }
  rapport_contact_set_archived (contact, sqlite3_column_int (stmt, COL_ARCHIVED));
  created_at = rapport_store_parse_timestamp (rapport_store_column_text (stmt, COL_CREATED_AT));
  updated_at = rapport_store_parse_timestamp (rapport_store_column_text (stmt, COL_UPDATED_AT));
  rapport_contact_set_timestamps (contact, created_at, updated_at);
  rapport_store_parse_date (rapport_store_column_text (stmt, COL_LAST_CONTACTED), &last_contacted);
  rapport_store_parse_date (rapport_store_column_text (stmt, COL_DUE_ON), &due_on);
  rapport_contact_set_derived (contact, &last_contacted, &due_on);
  sqlite3_reset (stmt);

  stmt = rapport_store_prepare (self,
                                "SELECT kind, label, value, " ADDRESS_COLUMNS " FROM contact_field "
                                "WHERE contact_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  fields = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (fields, read_field (stmt));
  /* A list read in part would be saved in part: fail instead. */
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    goto failed;
  rapport_contact_set_fields (contact, fields);

  stmt = rapport_store_prepare (self,
                                "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                                "WHERE ct.contact_id = ?1 ORDER BY ct.position", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  tags = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (tags, rapport_store_column_text (stmt, 0));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    goto failed;
  tag_list = g_strv_builder_end (tags);
  rapport_contact_set_tags (contact, (const char * const *) tag_list);

  stmt = rapport_store_prepare (self,
                                "SELECT line FROM contact_vcard_extra "
                                "WHERE contact_id = ?1 ORDER BY position", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  extra = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (extra, rapport_store_column_text (stmt, 0));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    goto failed;
  extra_list = g_strv_builder_end (extra);
  rapport_contact_set_vcard_extra (contact, (const char * const *) extra_list);

  g_object_thaw_notify (G_OBJECT (contact));
  return TRUE;

failed:
  g_object_thaw_notify (G_OBJECT (contact));
  return FALSE;
}

static gboolean
check_contact (RapportContact  *contact,
               GError         **error)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);
  const char * const *tags = rapport_contact_get_tags (contact);
  const char * const *extra = rapport_contact_get_vcard_extra (contact);

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    if (!rapport_store_check_text (text_columns[i].get (contact), error))
      return FALSE;
  for (guint i = 0; i < fields->len; i++)
    {
      const RapportAddress *address = rapport_contact_field_get_address (g_ptr_array_index (fields, i));

      if (!rapport_store_check_text (rapport_contact_field_get_label (g_ptr_array_index (fields, i)), error) ||
          !rapport_store_check_text (rapport_contact_field_get_value (g_ptr_array_index (fields, i)), error))
        return FALSE;
      for (guint j = 0; address != NULL && j < RAPPORT_ADDRESS_N_PARTS; j++)
        if (!rapport_store_check_text (rapport_address_get (address, j), error))
          return FALSE;
    }
  for (guint i = 0; tags[i] != NULL; i++)
    if (!rapport_store_check_text (tags[i], error))
      return FALSE;
  for (guint i = 0; extra[i] != NULL; i++)
    if (!rapport_store_check_text (extra[i], error))
      return FALSE;

  return TRUE;
}

static gboolean
write_contact_row (RapportStore    *self,
                   RapportContact  *contact,
                   gint64           id,
                   const char      *now,
                   gint64          *new_id,
                   GError         **error)
{
  static const char *insert_sql =
    "INSERT INTO contact (uid, display_name, given_name, family_name, nickname, pronouns, "
    "profession, expertise, environment, looking_for, company, how_met, met_at, notes, "
    "how_i_can_help, additional_name, name_prefix, name_suffix, department, "
    "met_on, birthday, closeness, enjoy, cadence_days, photo, archived, "
    "sort_key, updated_at, created_at, photo_thumbnail) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?28, ?30)";
  static const char *update_sql =
    "UPDATE contact SET uid = ?1, display_name = ?2, given_name = ?3, family_name = ?4, "
    "nickname = ?5, pronouns = ?6, profession = ?7, expertise = ?8, environment = ?9, "
    "looking_for = ?10, company = ?11, how_met = ?12, met_at = ?13, notes = ?14, "
    "how_i_can_help = ?15, additional_name = ?16, name_prefix = ?17, name_suffix = ?18, "
    "department = ?19, met_on = ?20, birthday = ?21, closeness = ?22, enjoy = ?23, "
    "cadence_days = ?24, photo = ?25, archived = ?26, sort_key = ?27, updated_at = ?28, "
    /* A copy of the person read before their thumbnail was made keeps it. */
    "photo_thumbnail = CASE WHEN ?30 IS NULL AND photo IS ?25 THEN photo_thumbnail ELSE ?30 END "
    "WHERE id = ?29";
  const int n = G_N_ELEMENTS (text_columns);
  sqlite3_stmt *stmt = rapport_store_prepare (self, id == 0 ? insert_sql : update_sql, error);
  g_autofree char *met_on = NULL;
  g_autofree char *birthday = NULL;
  g_autofree char *name = NULL;
  GBytes *photo, *thumbnail;

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    sqlite3_bind_text (stmt, (int) i + 1, text_columns[i].get (contact), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, rapport_store_unless_blank (rapport_contact_get_notes (contact)), -1,
                     SQLITE_STATIC);
  met_on = rapport_partial_date_to_iso (rapport_contact_get_met_on (contact));
  birthday = rapport_partial_date_to_iso (rapport_contact_get_birthday (contact));
  sqlite3_bind_text (stmt, n + 1, met_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, n + 2, birthday, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, n + 3, rapport_contact_get_closeness (contact));
  sqlite3_bind_int (stmt, n + 4, rapport_contact_get_enjoy (contact));
  sqlite3_bind_int (stmt, n + 5, (int) rapport_contact_get_cadence_days (contact));
  photo = rapport_contact_get_photo (contact);
  if (photo != NULL)
    sqlite3_bind_blob64 (stmt, n + 6, g_bytes_get_data (photo, NULL), g_bytes_get_size (photo),
                         SQLITE_STATIC);
  thumbnail = rapport_contact_get_thumbnail (contact);
  if (photo != NULL && thumbnail != NULL)
    sqlite3_bind_blob64 (stmt, n + 11, g_bytes_get_size (thumbnail) ? g_bytes_get_data (thumbnail, NULL) : "",
                         g_bytes_get_size (thumbnail), SQLITE_STATIC);
  sqlite3_bind_int (stmt, n + 7, rapport_contact_get_archived (contact));
  name = rapport_contact_dup_name (contact);
  rapport_store_bind_sort_key (stmt, n + 8, name);
  sqlite3_bind_text (stmt, n + 9, now, -1, SQLITE_STATIC);
  if (id != 0)
    sqlite3_bind_int64 (stmt, n + 10, id);

  if (!rapport_store_step_done (self, stmt, error))
    return FALSE;

  if (id == 0)
    {
      *new_id = sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
    }
  else if (sqlite3_changes (sqlite3_db_handle (stmt)) == 0)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND,
                   _("This person is no longer in Rapport."));
      return FALSE;
    }

  return TRUE;
}

/* A new person (@fresh) has no old lists to clear and leaves no tag
 * unused: the two steps are skipped, which halves the work of an import. */
static gboolean
write_contact_lists (RapportStore    *self,
                     RapportContact  *contact,
                     gint64           id,
                     gboolean         fresh,
                     GError         **error)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);
  const char * const *tags = rapport_contact_get_tags (contact);
  const char * const *extra = rapport_contact_get_vcard_extra (contact);
  static const char *clear_sql[] = {
    "DELETE FROM contact_field WHERE contact_id = ?1",
    "DELETE FROM contact_tag WHERE contact_id = ?1",
    "DELETE FROM contact_vcard_extra WHERE contact_id = ?1",
  };
  sqlite3_stmt *stmt;

  for (guint i = 0; !fresh && i < G_N_ELEMENTS (clear_sql); i++)
    {
      if (!(stmt = rapport_store_prepare (self, clear_sql[i], error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);
      const RapportAddress *address = rapport_contact_field_get_address (field);

      if (!(stmt = rapport_store_prepare (self,
                                          "INSERT INTO contact_field (contact_id, position, kind, label, value, " ADDRESS_COLUMNS ") "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                          error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_int (stmt, 3, rapport_contact_field_get_kind (field));
      sqlite3_bind_text (stmt, 4, rapport_contact_field_get_label (field), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, rapport_contact_field_get_value (field), -1, SQLITE_STATIC);
      /* Other kinds have no parts: NULL. */
      for (guint j = 0; j < RAPPORT_ADDRESS_N_PARTS; j++)
        if (address != NULL)
          sqlite3_bind_text (stmt, 6 + (int) j, rapport_address_get (address, j), -1, SQLITE_STATIC);
        else
          sqlite3_bind_null (stmt, 6 + (int) j);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; tags[i] != NULL; i++)
    {
      /* An ASCII tag folds to its lower case and is already NFC. */
      g_autofree char *normal = g_str_is_ascii (tags[i]) ? g_ascii_strdown (tags[i], -1) : NULL;

      if (normal == NULL)
        {
          g_autofree char *folded = g_utf8_casefold (tags[i], -1);

          normal = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);
        }

      if (!(stmt = rapport_store_prepare (self,
                                          "INSERT INTO tag (name, folded) VALUES (?1, ?2) "
                                          "ON CONFLICT (folded) DO UPDATE SET name = excluded.name", error)))
        return FALSE;
      sqlite3_bind_text (stmt, 1, tags[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, normal, -1, SQLITE_STATIC);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;

      if (!(stmt = rapport_store_prepare (self,
                                          "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id, position) "
                                          "SELECT ?1, id, ?2 FROM tag WHERE folded = ?3", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, normal, -1, SQLITE_STATIC);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; extra[i] != NULL; i++)
    {
      if (!(stmt = rapport_store_prepare (self,
                                          "INSERT INTO contact_vcard_extra (contact_id, position, line) "
                                          "VALUES (?1, ?2, ?3)", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, extra[i], -1, SQLITE_STATIC);
      if (!rapport_store_step_done (self, stmt, error))
        return FALSE;
    }

  /* Tags nobody has any more go. */
  if (fresh)
    return TRUE;
  stmt = rapport_store_prepare (self,
                                "DELETE FROM tag WHERE NOT EXISTS "
                                "(SELECT 1 FROM contact_tag WHERE tag_id = tag.id)", error);
  return stmt != NULL && rapport_store_step_done (self, stmt, error);
}

/* A version 4 UUID, as g_uuid_string_random() makes it, but written
 * without printf: an import gives thousands, and printf was most of it. */
static char *
random_uuid (void)
{
  static const char hex[] = "0123456789abcdef";
  guint8 bytes[16];
  char *out = g_malloc (37);
  guint j = 0;

  for (guint i = 0; i < sizeof bytes; i += sizeof (guint32))
    {
      guint32 r = g_random_int ();

      memcpy (bytes + i, &r, sizeof r);
    }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;   /* version 4 */
  bytes[8] = (bytes[8] & 0x3f) | 0x80;   /* the RFC 4122 variant */
  for (guint i = 0; i < sizeof bytes; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[j++] = '-';
      out[j++] = hex[bytes[i] >> 4];
      out[j++] = hex[bytes[i] & 0xf];
    }
  out[j] = '\0';
  return out;
}

/* @now as written in the database, to the second: formatted once a
 * second, not once a person. */
static const char *
format_now (RapportStore *self,
            GDateTime    *now)
{
  gint64 second = g_date_time_to_unix (now);

  if (self->now_text == NULL || second != self->now_second)
    {
      g_free (self->now_text);
      self->now_text = rapport_store_format_timestamp (now);
      self->now_second = second;
    }
  return self->now_text;
}

static gboolean
store_contact (RapportStore    *self,
               RapportContact  *contact,
               gboolean         adding,
               GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *now_text = format_now (self, now);
  gint64 id = adding ? 0 : rapport_contact_get_id (contact);
  gint64 new_id = id;

  if (!check_contact (contact, error))
    return FALSE;

  /* A person needs a stable UID for vCard; give one when there is none. */
  if (*rapport_contact_get_uid (contact) == '\0')
    {
      g_autofree char *uuid = random_uuid ();
      g_autofree char *uid = g_strconcat ("urn:uuid:", uuid, NULL);

      rapport_contact_set_uid (contact, uid);
    }

  if (!rapport_store_begin (self, error))
    return FALSE;

  if (!write_contact_row (self, contact, id, now_text, &new_id, error) ||
      !write_contact_lists (self, contact, new_id, adding, error) ||
      !rapport_store_refresh_search (self, new_id, error) ||
      !rapport_store_commit (self, error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }

  if (adding)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (now);

      rapport_contact_set_id (contact, new_id);
      rapport_contact_set_timestamps (contact, local, local);
      rapport_store_add_live (self, RAPPORT_RECORD_CONTACT, new_id, contact);
      rapport_store_refresh_derived (self, new_id);
    }
  else
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (now);
      g_autoptr(RapportContact) live = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT, new_id);

      rapport_contact_set_timestamps (contact, rapport_contact_get_created_at (contact), local);
      /* Saved from another object: the shared one must show it too. */
      if (live != NULL && live != contact)
        load_contact_into (self, live, new_id, NULL);
      /* The cadence may have moved the due date. */
      rapport_store_refresh_derived (self, new_id);
    }

  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, new_id,
                              adding ? RAPPORT_CHANGE_ADDED : RAPPORT_CHANGE_UPDATED);
  return TRUE;
}

/**
 * rapport_store_add_contact:
 * @contact: an unsaved contact (its id is 0)
 *
 * Saves a new person, giving them an id (and a UID if they have none).
 * From then on @contact is the object the store hands out for them.
 *
 * Returns: %TRUE on success; on failure nothing is saved and @error says why
 */
gboolean
rapport_store_add_contact (RapportStore    *self,
                           RapportContact  *contact,
                           GError         **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (rapport_contact_get_id (contact) == 0, FALSE);

  return store_contact (self, contact, TRUE, error);
}

/**
 * rapport_store_save_contact:
 * @contact: a contact the store has saved before
 *
 * Writes every field of @contact.
 *
 * Returns: %TRUE on success; on failure nothing is saved and @error says why
 */
gboolean
rapport_store_save_contact (RapportStore    *self,
                            RapportContact  *contact,
                            GError         **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), FALSE);

  if (rapport_contact_get_id (contact) == 0)
    return rapport_store_set_not_found (error, _("This person is no longer in Rapport."));

  return store_contact (self, contact, FALSE, error);
}

/**
 * rapport_store_delete_contact:
 *
 * Deletes a person, with the interactions that were only with them.
 * Interactions shared with others stay, without this person.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_delete_contact (RapportStore  *self,
                              gint64         id,
                              GError       **error)
{
  static const char *steps[] = {
    "DELETE FROM interaction WHERE id IN "
    "(SELECT interaction_id FROM interaction_contact WHERE contact_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM interaction_contact o "
    "WHERE o.interaction_id = interaction.id AND o.contact_id <> ?1)",
    "DELETE FROM contact_search WHERE rowid = ?1",
    "DELETE FROM contact_offer_search WHERE rowid = ?1",
    "DELETE FROM contact_need_search WHERE rowid = ?1",
    "DELETE FROM contact WHERE id = ?1",
  };
  g_autoptr(GArray) orphans = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  if (!rapport_store_begin (self, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                "SELECT interaction_id FROM interaction_contact ic WHERE contact_id = ?1 "
                                "AND NOT EXISTS (SELECT 1 FROM interaction_contact o "
                                "WHERE o.interaction_id = ic.interaction_id AND o.contact_id <> ?1)",
                                error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!(orphans = rapport_store_query_ids (self, stmt, error)))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (!(stmt = rapport_store_prepare (self, steps[i], error)))
        goto failed;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!rapport_store_step_done (self, stmt, error))
        goto failed;
    }

  found = sqlite3_changes (sqlite3_db_handle (stmt)) > 0;
  if (!found)
    {
      g_set_error (error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND,
                   _("This person is no longer in Rapport."));
      goto failed;
    }

  stmt = rapport_store_prepare (self,
                                "DELETE FROM tag WHERE NOT EXISTS "
                                "(SELECT 1 FROM contact_tag WHERE tag_id = tag.id)", error);
  if (stmt == NULL || !rapport_store_step_done (self, stmt, error) ||
      !rapport_store_commit (self, error))
    goto failed;

  rapport_store_forget_live (self, RAPPORT_RECORD_CONTACT, id);
  for (guint i = 0; i < orphans->len; i++)
    {
      rapport_store_forget_live (self, RAPPORT_RECORD_INTERACTION, g_array_index (orphans, gint64, i));
      rapport_store_emit_changed (self, RAPPORT_RECORD_INTERACTION, g_array_index (orphans, gint64, i),
                                  RAPPORT_CHANGE_REMOVED);
    }
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, id, RAPPORT_CHANGE_REMOVED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

static gboolean
set_deleted (RapportStore  *self,
             gint64         id,
             gboolean       deleted,
             GError       **error)
{
  sqlite3_stmt *stmt;

  if (!rapport_store_begin (self, error))
    return FALSE;

  stmt = rapport_store_prepare (self, "UPDATE contact SET deleted = ?2 WHERE id = ?1 AND deleted <> ?2", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, deleted);
  if (!rapport_store_step_done (self, stmt, error))
    goto failed;
  if (sqlite3_changes (rapport_store_get_db (self)) == 0)
    {
      rapport_store_set_not_found (error, deleted ? _("This person is no longer in Rapport.")
                                                  : _("This person is no longer in the trash."));
      goto failed;
    }
  if (!rapport_store_commit (self, error))
    goto failed;

  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, id,
                              deleted ? RAPPORT_CHANGE_REMOVED : RAPPORT_CHANGE_ADDED);
  return TRUE;

failed:
  rapport_store_rollback (self);
  return FALSE;
}

/**
 * rapport_store_trash_contact:
 *
 * Deletes a person so that it can be undone: they leave every list at once,
 * with everything about them kept until rapport_store_empty_trash().
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_trash_contact (RapportStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  return set_deleted (self, id, TRUE, error);
}

/**
 * rapport_store_restore_contact:
 *
 * Undoes rapport_store_trash_contact().
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_restore_contact (RapportStore  *self,
                               gint64         id,
                               GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  return set_deleted (self, id, FALSE, error);
}

/**
 * rapport_store_empty_trash:
 *
 * Deletes for good everyone in the trash (see rapport_store_delete_contact()).
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_empty_trash (RapportStore  *self,
                           GError       **error)
{
  g_autoptr(GArray) ids = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);

  stmt = rapport_store_prepare (self, "SELECT id FROM contact WHERE deleted = 1", error);
  if (stmt == NULL || !(ids = rapport_store_query_ids (self, stmt, error)))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!rapport_store_delete_contact (self, g_array_index (ids, gint64, i), error))
      return FALSE;

  return TRUE;
}

/**
 * rapport_store_get_contact:
 *
 * Returns: (transfer full): the person, the same object for as long as anyone
 *   holds it, or %NULL with @error set
 */
RapportContact *
rapport_store_get_contact (RapportStore  *self,
                           gint64         id,
                           GError       **error)
{
  g_autoptr(RapportContact) contact = NULL;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  contact = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT, id);
  if (contact != NULL)
    return g_steal_pointer (&contact);

  contact = rapport_contact_new ();
  if (!load_contact_into (self, contact, id, error))
    return NULL;

  rapport_store_add_live (self, RAPPORT_RECORD_CONTACT, id, contact);
  return g_steal_pointer (&contact);
}

/**
 * rapport_store_save_thumbnail:
 * @contact: a person the store has saved
 * @photo: the photo @thumbnail was made from
 * @thumbnail: the photo made small (PNG), or empty when it cannot be shown
 *
 * Keeps a photo's thumbnail, made outside the store, with the person, and
 * gives it to @contact, unless their photo has changed since. A thumbnail
 * is derived data: nothing else changes, not even the time of the last
 * change.
 *
 * Returns: %TRUE on success, even when the photo had changed
 */
gboolean
rapport_store_save_thumbnail (RapportStore    *self,
                              RapportContact  *contact,
                              GBytes          *photo,
                              GBytes          *thumbnail,
                              GError         **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (photo != NULL && thumbnail != NULL, FALSE);

  if (rapport_contact_get_photo (contact) == NULL || !g_bytes_equal (rapport_contact_get_photo (contact), photo))
    return TRUE;

  stmt = rapport_store_prepare (self, "UPDATE contact SET photo_thumbnail = ?2 WHERE id = ?1 AND photo = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rapport_contact_get_id (contact));
  sqlite3_bind_blob64 (stmt, 2, g_bytes_get_size (thumbnail) ? g_bytes_get_data (thumbnail, NULL) : "",
                       g_bytes_get_size (thumbnail), SQLITE_STATIC);
  sqlite3_bind_blob64 (stmt, 3, g_bytes_get_data (photo, NULL), g_bytes_get_size (photo), SQLITE_STATIC);
  if (!rapport_store_step_done (self, stmt, error))
    return FALSE;

  rapport_contact_set_thumbnail (contact, thumbnail);
  return TRUE;
}

/**
 * rapport_store_list_tags:
 *
 * Returns: (transfer full): every tag in use, in alphabetical order
 */
GStrv
rapport_store_list_tags (RapportStore *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self,
                                "SELECT name FROM tag WHERE EXISTS (SELECT 1 FROM contact_tag ct "
                                "JOIN contact c ON c.id = ct.contact_id "
                                "WHERE ct.tag_id = tag.id AND c.deleted = 0) ORDER BY folded", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, rapport_store_column_text (stmt, 0));
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return g_strv_builder_end (builder);
}

/* Reads @contact, a live object, again from the file (another connection
 * changed it); one who is no longer there is let go. */
void
rapport_store_reload_contact (RapportStore   *self,
                              RapportContact *contact)
{
  g_autoptr(GError) error = NULL;

  if (!load_contact_into (self, contact, rapport_contact_get_id (contact), &error))
    {
      g_debug ("Could not read a person again: %s", error->message);
      rapport_store_forget_live (self, RAPPORT_RECORD_CONTACT, rapport_contact_get_id (contact));
    }
}

/**
 * rapport_store_list_contact_ids:
 *
 * Everyone in Rapport, archived people included (not the trash), by name:
 * what "Export" writes out.
 *
 * Returns: (transfer full) (element-type gint64): their ids, or %NULL
 */
GArray *
rapport_store_list_contact_ids (RapportStore  *self,
                                GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  stmt = rapport_store_prepare (self, "SELECT id FROM contact WHERE deleted = 0 ORDER BY sort_key, id", error);
  return stmt ? rapport_store_query_ids (self, stmt, error) : NULL;
}
