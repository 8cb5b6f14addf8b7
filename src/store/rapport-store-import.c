/* rapport-store-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bringing people read from another app's file into Rapport, matched as
 * docs/identity.md says: the same email, phone number or profile, with
 * names that agree (or no name on one side), means the same person, who is
 * updated (blanks filled, new details added, nothing overwritten) rather
 * than added twice; a detail in common with names that disagree, or the
 * same name alone, is only a suggestion, reported for the user to confirm.
 * The whole import is one transaction, so cancelling it or failing half-way leaves the file as it
 * was, and importing the same file again changes nothing.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"


#include "rapport-contact-field.h"
#include "rapport-identity.h"
#include "rapport-store-private.h"

/* How often the importer says how far it got. */
#define PROGRESS_EVERY 250

/* Enough people to choose from in a report; a switchboard may have more. */
#define MAX_CANDIDATES 20

typedef struct
{
  GHashTable *by_key;    /* "email:…", "url:…", "phone:…" → GPtrArray of KeyEntry */
  GHashTable *by_name;   /* name key → GArray of ids */
  GHashTable *names;     /* id → NameEntry */
} Index;

/* A name taken apart only when someone shares a detail with it: most never are. */
typedef struct
{
  char *name;                /* NULL for someone without a name */
  RapportContact *contact;   /* or, for someone the import adds, them (borrowed) */
  RapportNameParts *parts;
  gboolean parsed;
} NameEntry;

static void
name_entry_free (gpointer data)
{
  NameEntry *entry = data;

  g_free (entry->name);
  rapport_identity_name_parts_free (entry->parts);
  g_free (entry);
}

static RapportNameParts *
name_entry_get_parts (NameEntry *entry)
{
  if (!entry->parsed)
    {
      if (entry->contact != NULL)
        entry->name = rapport_identity_person_name (entry->contact);
      entry->parts = rapport_identity_name_parts_new (entry->name);
      entry->parsed = TRUE;
    }
  return entry->parts;
}

typedef struct
{
  gint64 id;
  char *digits;          /* phones only: the key finds candidates, the whole number decides */
} KeyEntry;

static void
key_entry_free (gpointer data)
{
  KeyEntry *entry = data;

  g_free (entry->digits);
  g_free (entry);
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_key, g_hash_table_unref);
  g_clear_pointer (&index->by_name, g_hash_table_unref);
  g_clear_pointer (&index->names, g_hash_table_unref);
}

/* The key a field is indexed under ("email:…", "url:…", "phone:…"), or
 * NULL for one that identifies nobody. */
static char *
identity_key (RapportFieldKind  kind,
              const char       *value)
{
  g_autofree char *normal = NULL;
  const char *prefix;

  switch (kind)
    {
    case RAPPORT_FIELD_EMAIL:
      normal = rapport_identity_normalize_email (value);
      prefix = "email:";
      break;
    case RAPPORT_FIELD_URL:
      normal = rapport_identity_normalize_url (value);
      prefix = "url:";
      break;
    case RAPPORT_FIELD_PHONE:
      normal = rapport_identity_normalize_phone (value);
      prefix = "phone:";
      break;
    case RAPPORT_FIELD_ADDRESS:
    default:
      return NULL;
    }
  return normal ? g_strconcat (prefix, normal, NULL) : NULL;
}

/* A field's key, and for a phone its digits, worked out once per card:
 * looking the card up and indexing it after use the same. */
typedef struct
{
  char *key;
  char *digits;
} FieldKey;

static void
field_key_clear (FieldKey *field_key)
{
  g_clear_pointer (&field_key->key, g_free);
  g_clear_pointer (&field_key->digits, g_free);
}

static void
field_key_init (FieldKey         *field_key,
                RapportFieldKind  kind,
                const char       *value)
{
  field_key->key = identity_key (kind, value);
  field_key->digits = field_key->key != NULL && kind == RAPPORT_FIELD_PHONE ? rapport_identity_phone_digits (value)
                                                                            : NULL;
}

/* Takes @field_key's contents. */
static void
index_add_field_key (Index    *index,
                     gint64    id,
                     FieldKey *field_key)
{
  g_autofree char *key = g_steal_pointer (&field_key->key);
  g_autofree char *digits = g_steal_pointer (&field_key->digits);
  GPtrArray *entries;
  KeyEntry *entry;

  if (key == NULL)
    return;
  entries = g_hash_table_lookup (index->by_key, key);
  if (entries == NULL)
    {
      entries = g_ptr_array_new_with_free_func (key_entry_free);
      g_hash_table_insert (index->by_key, g_steal_pointer (&key), entries);
    }

  /* Someone updated is indexed again: once is enough. */
  for (guint i = 0; i < entries->len; i++)
    {
      KeyEntry *other = g_ptr_array_index (entries, i);

      if (other->id == id && g_strcmp0 (other->digits, digits) == 0)
        return;
    }
  entry = g_new0 (KeyEntry, 1);
  entry->id = id;
  entry->digits = g_steal_pointer (&digits);
  g_ptr_array_add (entries, entry);
}

static void
index_add_field (Index            *index,
                 gint64            id,
                 RapportFieldKind  kind,
                 const char       *value)
{
  FieldKey field_key;

  field_key_init (&field_key, kind, value);
  index_add_field_key (index, id, &field_key);
}

/* Takes @key, a name key from rapport_identity_fold_name(), or NULL. */
static void
index_add_name_key (Index  *index,
                    gint64  id,
                    char   *key)
{
  g_autofree char *owned = key;
  GArray *ids;

  if (owned == NULL)
    return;
  ids = g_hash_table_lookup (index->by_name, owned);
  if (ids == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (index->by_name, g_steal_pointer (&owned), ids);
    }
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return;
  g_array_append_val (ids, id);
}

static void
index_add_name (Index      *index,
                gint64      id,
                const char *name)
{
  index_add_name_key (index, id, rapport_identity_fold_name (name));
}

/* Takes @person_name, the name that says who they are (or NULL); or
 * borrows @contact, whose name is read only if ever needed. */
static void
index_add_person_name (Index          *index,
                       gint64          id,
                       char           *person_name,
                       RapportContact *contact)
{
  NameEntry *entry = g_new0 (NameEntry, 1);

  entry->name = person_name;
  entry->contact = contact;
  g_hash_table_insert (index->names, GSIZE_TO_POINTER ((gsize) id), entry);
}

/* @added: whether @contact is one of the import's own, alive until it
 * ends, rather than someone in Rapport it updated. Takes @name_key, its
 * rapport_identity_name_key() when the caller has it, or NULL, and the
 * contents of @field_keys, its fields' keys in order, when given. */
static void
index_add_contact (Index          *index,
                   RapportContact *contact,
                   gboolean        added,
                   char           *name_key,
                   GArray         *field_keys)
{
  GPtrArray *fields = rapport_contact_get_fields (contact);
  gint64 id = rapport_contact_get_id (contact);

  for (guint i = 0; i < fields->len; i++)
    if (field_keys != NULL && i < field_keys->len)
      index_add_field_key (index, id, &g_array_index (field_keys, FieldKey, i));
    else
      index_add_field (index, id, rapport_contact_field_get_kind (g_ptr_array_index (fields, i)),
                       rapport_contact_field_get_value (g_ptr_array_index (fields, i)));
  index_add_name_key (index, id, name_key != NULL ? name_key : rapport_identity_name_key (contact));
  if (added)
    index_add_person_name (index, id, NULL, contact);
  else
    index_add_person_name (index, id, rapport_identity_person_name (contact), NULL);
}

/* Everyone already in Rapport, by the details that identify them. */
static gboolean
index_build (RapportStore  *self,
             Index         *index,
             GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  index->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  index->names = g_hash_table_new_full (NULL, NULL, NULL, name_entry_free);

  stmt = rapport_store_prepare (self,
                                "SELECT f.contact_id, f.kind, f.value FROM contact_field f "
                                "JOIN contact c ON c.id = f.contact_id "
                                "WHERE c.deleted = 0 AND f.kind IN (0, 1, 2)", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    index_add_field (index, sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
                     rapport_store_column_text (stmt, 2));
  if (!rapport_store_finish_reading (self, stmt, rc, error))
    return FALSE;

  stmt = rapport_store_prepare (self,
                                "SELECT id, " RAPPORT_SQL_NAME_COLUMNS " FROM contact WHERE deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autofree char *name = rapport_store_column_name (stmt, 1);
      /* The person's own name, for telling people apart: no nickname or
       * company standing in for it. */
      char *person_name = rapport_store_column_person_name (stmt, 1);

      index_add_name (index, id, name);
      index_add_person_name (index, id, person_name, NULL);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

static void
add_candidate (GArray      *candidates,
               GHashTable **seen,
               gint64       id)
{
  /* A few are looked through; a big switchboard's thousands are hashed. */
  if (*seen == NULL && candidates->len < 32)
    {
      for (guint i = 0; i < candidates->len; i++)
        if (g_array_index (candidates, gint64, i) == id)
          return;
      g_array_append_val (candidates, id);
      return;
    }
  if (*seen == NULL)
    {
      *seen = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < candidates->len; i++)
        g_hash_table_add (*seen, GSIZE_TO_POINTER ((gsize) g_array_index (candidates, gint64, i)));
    }
  if (g_hash_table_add (*seen, GSIZE_TO_POINTER ((gsize) id)))
    g_array_append_val (candidates, id);
}

/* Everyone already in Rapport with one of @contact's emails, numbers or
 * profiles, into @candidates; the first detail in common into @shared; each
 * field's key into @field_keys. Returns whether @contact has any such
 * detail at all. */
static gboolean
index_find_sharing (Index           *index,
                    RapportContact  *contact,
                    GArray          *candidates,
                    GArray          *field_keys,
                    const char     **shared)
{
  gboolean any_key = FALSE;
  GPtrArray *fields = rapport_contact_get_fields (contact);
  g_autoptr(GHashTable) seen = NULL;

  g_array_set_size (field_keys, fields->len);
  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);
      const char *value = rapport_contact_field_get_value (field);
      FieldKey *field_key = &g_array_index (field_keys, FieldKey, i);
      const char *key, *digits;
      GPtrArray *entries;

      field_key_init (field_key, rapport_contact_field_get_kind (field), value);
      key = field_key->key;
      digits = field_key->digits;
      any_key |= key != NULL;
      if (key == NULL || (entries = g_hash_table_lookup (index->by_key, key)) == NULL)
        continue;
      for (guint j = 0; j < entries->len; j++)
        {
          KeyEntry *entry = g_ptr_array_index (entries, j);

          /* Two countries can share the last digits: the whole number decides. */
          if (entry->digits != NULL && !rapport_identity_phone_digits_match (entry->digits, digits))
            continue;
          if (*shared == NULL)
            *shared = value;
          add_candidate (candidates, &seen, entry->id);
        }
    }
  return any_key;
}

/* Of the people sharing a detail with a card named @parts, the one it is
 * (docs/identity.md): the only one whose name agrees, or of several, the
 * only one with the very same name. 0 for none, -1 for several, left in
 * @candidates. */
static gint64
index_choose (Index            *index,
              RapportNameParts *parts,
              GArray           *candidates)
{
  g_autoptr(GArray) agreeing = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 same = 0;
  guint n_same = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      gint64 id = g_array_index (candidates, gint64, i);
      NameEntry *entry = g_hash_table_lookup (index->names, GSIZE_TO_POINTER ((gsize) id));
      RapportNameParts *other = entry ? name_entry_get_parts (entry) : NULL;

      if (parts != NULL && other != NULL && !rapport_identity_name_parts_agree (parts, other))
        continue;
      g_array_append_val (agreeing, id);
      if (parts != NULL && other != NULL && rapport_identity_name_parts_same (parts, other))
        {
          same = id;
          n_same++;
        }
    }

  if (agreeing->len == 0)
    return 0;
  if (agreeing->len == 1)
    return g_array_index (agreeing, gint64, 0);
  g_array_set_size (candidates, 0);
  g_array_append_vals (candidates, agreeing->data, agreeing->len);
  return n_same == 1 ? same : -1;
}

/* Whether one of @candidates already has everything @contact says. */
static gboolean
any_contains (RapportStore   *self,
              GArray         *candidates,
              RapportContact *contact)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      g_autoptr(RapportContact) other = rapport_store_get_contact (self, g_array_index (candidates, gint64, i), NULL);

      if (other != NULL && rapport_contact_contains (other, contact))
        return TRUE;
    }
  return FALSE;
}

/* Someone with @contact's name who already has everything it says.
 * @has_details: whether @contact has an email, number or profile. */
static gboolean
index_has_same (RapportStore   *self,
                Index          *index,
                RapportContact *contact,
                const char     *key,
                gboolean        has_details,
                GArray         *namesakes)
{
  GArray *ids = key ? g_hash_table_lookup (index->by_name, key) : NULL;

  if (ids != NULL)
    g_array_append_vals (namesakes, ids->data, MIN (ids->len, MAX_CANDIDATES));

  /* Someone who already had all of this would have had its email, number
   * or profile too, and been matched by it: only a record without any can
   * be here already. */
  return !has_details && ids != NULL && any_contains (self, ids, contact);
}

/**
 * rapport_store_import:
 * @contacts: (element-type RapportContact): the people read from a file;
 *   those added are saved as they are (they get their ids)
 * @format: the kind of file they came from, for the report
 * @cancellable: (nullable): to stop the import, leaving the file as it was
 * @progress: (nullable) (scope call): told how many were done, now and then
 * @user_data: for @progress
 *
 * Imports @contacts in one transaction. Call it on the thread that opened
 * the store; the app opens a store of its own on a worker thread for it.
 *
 * Returns: (transfer full) (nullable): what was done, or %NULL on error or
 *   when cancelled (%G_IO_ERROR_CANCELLED), with nothing written
 */
RapportImportReport *
rapport_store_import (RapportStore           *self,
                      GPtrArray              *contacts,
                      RapportImportFormat     format,
                      GCancellable           *cancellable,
                      RapportImportProgress   progress,
                      gpointer                user_data,
                      GError                **error)
{
  g_autoptr(RapportImportReport) report = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) namesakes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) field_keys = g_array_new (FALSE, TRUE, sizeof (FieldKey));
  Index index = { NULL, NULL, NULL };

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (contacts != NULL, NULL);

  g_array_set_clear_func (field_keys, (GDestroyNotify) field_key_clear);
  report = rapport_import_report_new (format);
  if (!rapport_store_begin_bulk (self, error))
    return NULL;
  if (!index_build (self, &index, error))
    goto failed;

  for (guint i = 0; i < contacts->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (contacts, i);
      const char *shared = NULL;
      g_autofree char *name_key = NULL;
      gboolean has_details;
      gint64 match = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;
      if (progress != NULL && i % PROGRESS_EVERY == 0)
        progress (i, contacts->len, user_data);

      g_array_set_size (candidates, 0);
      g_array_set_size (namesakes, 0);
      g_array_set_size (field_keys, 0);
      has_details = index_find_sharing (&index, contact, candidates, field_keys, &shared);
      if (candidates->len > 0)
        {
          g_autofree char *person_name = rapport_identity_person_name (contact);
          g_autoptr(RapportNameParts) parts = rapport_identity_name_parts_new (person_name);

          match = index_choose (&index, parts, candidates);
        }
      if (match > 0)
        {
          g_autoptr(RapportContact) target = rapport_store_get_contact (self, match, error);
          g_autoptr(RapportContactMerge) merge = NULL;

          if (target == NULL)
            goto failed;
          merge = rapport_contact_merge (target, contact);
          if (merge == NULL)
            {
              rapport_import_report_add_unchanged (report);
              continue;
            }
          if (!rapport_store_save_contact (self, target, error))
            goto failed;
          rapport_import_report_add_updated (report, match, merge);
          index_add_contact (&index, target, FALSE, NULL, NULL);
          continue;
        }

      /* Here already, name and all: a re-import of a card that agrees
       * with several people, or of a row without an email, number or
       * profile. Nothing to do. */
      name_key = rapport_identity_name_key (contact);
      if ((match < 0 && any_contains (self, candidates, contact)) ||
          index_has_same (self, &index, contact, name_key, has_details, namesakes))
        {
          rapport_import_report_add_unchanged (report);
          continue;
        }

      if (!rapport_store_add_contact (self, contact, error))
        goto failed;
      rapport_import_report_add_added (report, rapport_contact_get_id (contact));
      if (candidates->len > 0 || namesakes->len > 0)
        {
          g_autofree char *name = rapport_contact_dup_name (contact);
          gboolean sharing = candidates->len > 0;

          if (sharing)
            g_array_set_size (candidates, MIN (candidates->len, MAX_CANDIDATES));
          rapport_import_report_add_duplicate (report, rapport_contact_get_id (contact),
                                               sharing ? RAPPORT_DUPLICATE_SHARED_DETAIL
                                                       : RAPPORT_DUPLICATE_SAME_NAME,
                                               sharing ? candidates : namesakes, name,
                                               sharing ? shared : NULL);
        }
      index_add_contact (&index, contact, TRUE, g_steal_pointer (&name_key), field_keys);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  index_clear (&index);
  if (!rapport_store_commit_batch (self, error))
    return NULL;
  if (progress != NULL)
    progress (contacts->len, contacts->len, user_data);

  return g_steal_pointer (&report);

failed:
  index_clear (&index);
  /* The file is as it was; so are the people in use. */
  rapport_store_cancel_batch (self);
  return NULL;
}

/**
 * rapport_store_match_people:
 * @contacts: (element-type RapportContact): people read from elsewhere (an
 *   address book's contacts)
 *
 * Who each of @contacts already is in Rapport, by the import's rules
 * (docs/identity.md): the same email, phone number or profile with names
 * that agree, or one side without a name. Changes nothing.
 *
 * Returns: (transfer full) (element-type gint64): for each of @contacts,
 *   the person it is, or 0 for nobody (or several, none the very same);
 *   %NULL with @error set on failure
 */
GArray *
rapport_store_match_people (RapportStore  *self,
                            GPtrArray     *contacts,
                            GError       **error)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) field_keys = g_array_new (FALSE, TRUE, sizeof (FieldKey));
  Index index = { NULL, NULL, NULL };

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);
  g_return_val_if_fail (contacts != NULL, NULL);

  g_array_set_clear_func (field_keys, (GDestroyNotify) field_key_clear);
  g_array_set_size (matches, contacts->len);
  if (!index_build (self, &index, error))
    {
      index_clear (&index);
      return NULL;
    }

  for (guint i = 0; i < contacts->len; i++)
    {
      RapportContact *contact = g_ptr_array_index (contacts, i);
      const char *shared = NULL;

      g_array_set_size (candidates, 0);
      g_array_set_size (field_keys, 0);
      index_find_sharing (&index, contact, candidates, field_keys, &shared);
      if (candidates->len > 0)
        {
          g_autofree char *person_name = rapport_identity_person_name (contact);
          g_autoptr(RapportNameParts) parts = rapport_identity_name_parts_new (person_name);
          gint64 match = index_choose (&index, parts, candidates);

          g_array_index (matches, gint64, i) = MAX (match, 0);
        }
    }

  index_clear (&index);
  return g_steal_pointer (&matches);
}

/**
 * rapport_store_undo_import:
 * @report: what rapport_store_import() did, in this file
 *
 * Takes the import back: the merges made from its report are undone, the
 * people it added are deleted, and what it brought into others is taken
 * out again — where nobody changed it since.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
rapport_store_undo_import (RapportStore         *self,
                           RapportImportReport  *report,
                           GError              **error)
{
  GPtrArray *merges;
  GArray *added;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_IMPORT_REPORT (report), FALSE);

  if (!rapport_store_begin_batch (self, error))
    return FALSE;

  /* The merges made from its report first, newest first: the people they
   * put in the trash come back, to be deleted with the rest it added. */
  merges = rapport_import_report_get_merges (report);
  for (guint i = merges->len; i-- > 0;)
    if (!rapport_store_unmerge (self, g_ptr_array_index (merges, i), error))
      goto failed;

  added = rapport_import_report_get_added (report);
  for (guint i = 0; i < added->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      /* Deleted since, by hand: nothing to undo there. */
      if (!rapport_store_delete_contact (self, g_array_index (added, gint64, i), &local_error) &&
          !g_error_matches (local_error, RAPPORT_STORE_ERROR, RAPPORT_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          goto failed;
        }
    }

  for (guint i = 0; i < rapport_import_report_get_n_updates (report); i++)
    {
      g_autoptr(RapportContact) contact = NULL;
      RapportContactMerge *merge;
      gint64 id;

      rapport_import_report_get_update (report, i, &id, &merge);
      contact = rapport_store_get_contact (self, id, NULL);
      if (contact != NULL && rapport_contact_merge_undo (merge, contact) &&
          !rapport_store_save_contact (self, contact, error))
        goto failed;
    }

  return rapport_store_commit_batch (self, error);

failed:
  rapport_store_cancel_batch (self);
  return FALSE;
}

/**
 * rapport_store_reload_contacts:
 * @ids: (element-type gint64): people another connection changed (an
 *   import on a worker thread)
 *
 * Reads them again, so that every list and page shows what the file holds
 * now, and says so with #RapportStore::changed.
 */
void
rapport_store_reload_contacts (RapportStore *self,
                               GArray       *ids)
{
  g_return_if_fail (RAPPORT_IS_STORE (self));
  g_return_if_fail (ids != NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(RapportContact) live = rapport_store_lookup_live (self, RAPPORT_RECORD_CONTACT, id);

      if (live != NULL)
        rapport_store_reload_contact (self, live);
    }
  rapport_store_emit_changed (self, RAPPORT_RECORD_CONTACT, 0, RAPPORT_CHANGE_UPDATED);
}
