/* rapport-store-duplicates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find Duplicates: the people who are likely one person, each pair with
 * why. Found by looking keys up, never by comparing everyone with everyone
 * (30,000 people are 450 million pairs): the same email, number or profile
 * (as import matches them), and names that agree under the identity rules
 * (docs/identity.md), through keys every agreeing pair of names shares.
 * As on import, a phone number in common says nothing when the names
 * disagree (a switchboard, a family landline); a detail many people share
 * says nothing at all but through names that agree. "Not the same person"
 * is kept in duplicate_dismissal and never suggested again.
 */

#define G_LOG_DOMAIN "rapport-store"

#include "config.h"

#include <string.h>

#include "rapport-duplicate.h"
#include "rapport-identity.h"
#include "rapport-store-private.h"

/* A detail or name key more people share than this is a switchboard, a
 * team mailbox or a common name: comparing all its pairs would say little
 * and cost much. Agreeing names among them are still found by other keys. */
#define MAX_GROUP 64

/* The whole words an initial may stand for ("smith j+": every Smith whose
 * name has a J-word) can be many more. */
#define MAX_WHOLE 2000

typedef struct
{
  gint64 id;
  char *name;                /* as shown, or NULL */
  RapportNameParts *parts;   /* the person's own name, or NULL */
  guint kinds;               /* bit per RapportFieldKind they have */
} Person;

typedef struct
{
  gint64 id;
  char *digits;              /* phones: the whole number decides */
  char *value;               /* as written */
} KeyEntry;

typedef struct
{
  Person *first;
  Person *second;
  RapportPairReason reasons;
  gboolean crowded;          /* a detail in common is shared by more people */
  guint rank;                /* how likely, for the order */
  const char *shared;        /* borrowed from a KeyEntry */
} Candidate;

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  rapport_identity_name_parts_free (person->parts);
  g_free (person);
}

static void
key_entry_free (gpointer data)
{
  KeyEntry *entry = data;

  g_free (entry->digits);
  g_free (entry->value);
  g_free (entry);
}

static char *
identity_key (RapportFieldKind  kind,
              const char       *value)
{
  g_autofree char *normal = NULL;

  switch (kind)
    {
    case RAPPORT_FIELD_EMAIL:
      normal = rapport_identity_normalize_email (value);
      break;
    case RAPPORT_FIELD_URL:
      normal = rapport_identity_normalize_url (value);
      break;
    case RAPPORT_FIELD_PHONE:
      normal = rapport_identity_normalize_phone (value);
      break;
    case RAPPORT_FIELD_ADDRESS:
    default:
      return NULL;
    }
  return normal ? g_strdup_printf ("%d:%s", kind, normal) : NULL;
}

/* One key for a pair, the lower id first: ids fit in 32 bits long before
 * anyone has four billion people. */
static guint64
pair_key (gint64 a,
          gint64 b)
{
  return ((guint64) MIN (a, b) << 32) | (guint64) (MAX (a, b) & 0xffffffff);
}

static Candidate *
lookup_candidate (GHashTable *pairs,
                  Person     *a,
                  Person     *b)
{
  guint64 key = pair_key (a->id, b->id);
  Candidate *candidate = g_hash_table_lookup (pairs, &key);

  if (candidate == NULL)
    {
      guint64 *stored = g_new (guint64, 1);

      *stored = key;
      candidate = g_new0 (Candidate, 1);
      candidate->first = a->id < b->id ? a : b;
      candidate->second = a->id < b->id ? b : a;
      g_hash_table_insert (pairs, stored, candidate);
    }
  return candidate;
}

static gboolean
read_people (RapportStore  *self,
             GHashTable    *people,
             GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self, "SELECT id, " RAPPORT_SQL_NAME_COLUMNS " FROM contact WHERE deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Person *person = g_new0 (Person, 1);
      g_autofree char *own_name = rapport_store_column_person_name (stmt, 1);

      person->id = sqlite3_column_int64 (stmt, 0);
      person->name = rapport_store_column_name (stmt, 1);
      person->parts = rapport_identity_name_parts_new (own_name);
      g_hash_table_insert (people, &person->id, person);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

static gboolean
read_details (RapportStore  *self,
              GHashTable    *people,
              GHashTable    *by_key,
              GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self,
                                "SELECT f.contact_id, f.kind, f.value FROM contact_field f "
                                "JOIN contact c ON c.id = f.contact_id "
                                "WHERE c.deleted = 0 AND f.kind IN (0, 1, 2)",
                                error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      RapportFieldKind kind = sqlite3_column_int (stmt, 1);
      const char *value = rapport_store_column_text (stmt, 2);
      g_autofree char *key = identity_key (kind, value);
      Person *person = g_hash_table_lookup (people, &id);
      GPtrArray *entries;
      KeyEntry *entry;

      if (person == NULL)
        continue;
      person->kinds |= 1u << kind;
      if (key == NULL)
        continue;
      entries = g_hash_table_lookup (by_key, key);
      if (entries == NULL)
        {
          entries = g_ptr_array_new_with_free_func (key_entry_free);
          g_hash_table_insert (by_key, g_steal_pointer (&key), entries);
        }
      /* Someone with one number twice is one holder of it. */
      if (entries->len > 0 && ((KeyEntry *) g_ptr_array_index (entries, entries->len - 1))->id == id)
        continue;
      entry = g_new0 (KeyEntry, 1);
      entry->id = id;
      entry->value = g_strdup (value);
      if (kind == RAPPORT_FIELD_PHONE)
        entry->digits = rapport_identity_phone_digits (value);
      g_ptr_array_add (entries, entry);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

static gboolean
read_dismissed (RapportStore  *self,
                GHashTable    *dismissed,
                GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = rapport_store_prepare (self, "SELECT contact_id, other_id FROM duplicate_dismissal", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint64 *key = g_new (guint64, 1);

      *key = pair_key (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
      g_hash_table_add (dismissed, key);
    }
  return rapport_store_finish_reading (self, stmt, rc, error);
}

static RapportPairReason
reason_for_kind (RapportFieldKind kind)
{
  switch (kind)
    {
    case RAPPORT_FIELD_EMAIL:
      return RAPPORT_PAIR_SAME_EMAIL;
    case RAPPORT_FIELD_PHONE:
      return RAPPORT_PAIR_SAME_PHONE;
    case RAPPORT_FIELD_URL:
    case RAPPORT_FIELD_ADDRESS:
    default:
      return RAPPORT_PAIR_SAME_PROFILE;
    }
}

/* Every pair holding one email, number or profile. */
static void
pair_by_details (GHashTable *people,
                 GHashTable *by_key,
                 GHashTable *pairs)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *entries = value;
      RapportPairReason reason = reason_for_kind ((RapportFieldKind) g_ascii_strtoll (key, NULL, 10));

      if (entries->len < 2 || entries->len > MAX_GROUP)
        continue;
      for (guint i = 0; i < entries->len; i++)
        for (guint j = i + 1; j < entries->len; j++)
          {
            KeyEntry *a = g_ptr_array_index (entries, i);
            KeyEntry *b = g_ptr_array_index (entries, j);
            Candidate *candidate;

            /* Two countries can share the last digits: the whole number decides. */
            if (a->id == b->id ||
                (a->digits != NULL && !rapport_identity_phone_digits_match (a->digits, b->digits)))
              continue;
            candidate = lookup_candidate (pairs, g_hash_table_lookup (people, &a->id),
                                          g_hash_table_lookup (people, &b->id));
            candidate->reasons |= reason;
            candidate->crowded |= entries->len > 2;
            if (candidate->shared == NULL)
              candidate->shared = a->id == candidate->first->id ? a->value : b->value;
          }
    }
}

static void
compare_names (GHashTable *pairs,
               Person     *a,
               Person     *b)
{
  guint64 key = pair_key (a->id, b->id);
  Candidate *known;

  if (a == b)
    return;
  /* Agreeing names share several keys: compared once. */
  known = g_hash_table_lookup (pairs, &key);
  if (known != NULL && (known->reasons & RAPPORT_PAIR_NAMES_AGREE) != 0)
    return;
  if (rapport_identity_name_parts_agree (a->parts, b->parts))
    lookup_candidate (pairs, a, b)->reasons |= RAPPORT_PAIR_NAMES_AGREE;
}

/* Every pair whose names agree, found through the keys they share. */
static void
pair_by_names (GHashTable *people,
               GHashTable *pairs)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, people);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Person *person = value;
      g_auto(GStrv) keys = NULL;

      if (person->parts == NULL)
        continue;
      keys = rapport_identity_name_parts_keys (person->parts);
      for (guint i = 0; keys[i] != NULL; i++)
        {
          GPtrArray *block = g_hash_table_lookup (by_name, keys[i]);

          if (block == NULL)
            {
              /* A copy: a key stolen would leave a hole where g_strfreev() stops. */
              block = g_ptr_array_new ();
              g_hash_table_insert (by_name, g_strdup (keys[i]), block);
            }
          g_ptr_array_add (block, person);
        }
    }

  g_hash_table_iter_init (&iter, by_name);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *name_key = key;
      gsize len = strlen (name_key);
      GPtrArray *block = value;
      GPtrArray *whole = NULL;

      /* Words with a first letter ("smith j+") are only there for the
       * initials ("smith j*") to meet: never compared among themselves. */
      if (name_key[len - 1] == '+' || block->len > MAX_GROUP)
        continue;
      if (name_key[len - 1] == '*')
        {
          g_autofree char *plus = g_strndup (name_key, len);

          plus[len - 1] = '+';
          whole = g_hash_table_lookup (by_name, plus);
          if (whole != NULL && whole->len > MAX_WHOLE)
            whole = NULL;
        }
      for (guint i = 0; i < block->len; i++)
        {
          for (guint j = i + 1; j < block->len; j++)
            compare_names (pairs, g_ptr_array_index (block, i), g_ptr_array_index (block, j));
          for (guint j = 0; whole != NULL && j < whole->len; j++)
            compare_names (pairs, g_ptr_array_index (block, i), g_ptr_array_index (whole, j));
        }
    }
}

/* How the names compare, and whether the pair is worth suggesting. */
static gboolean
judge (Candidate *candidate)
{
  Person *a = candidate->first, *b = candidate->second;
  RapportPairReason details = candidate->reasons & RAPPORT_PAIR_SHARED_DETAIL;

  if (a->parts == NULL || b->parts == NULL)
    candidate->reasons |= RAPPORT_PAIR_NO_NAME;
  else if ((candidate->reasons & RAPPORT_PAIR_NAMES_AGREE) != 0 ||
           rapport_identity_name_parts_agree (a->parts, b->parts))
    candidate->reasons |= RAPPORT_PAIR_NAMES_AGREE;
  else
    candidate->reasons |= RAPPORT_PAIR_NAMES_DIFFER;

  if ((candidate->reasons & RAPPORT_PAIR_NAMES_AGREE) != 0)
    {
      if (rapport_identity_name_parts_same (a->parts, b->parts))
        candidate->reasons |= RAPPORT_PAIR_SAME_NAME;
      /* Nothing in common, and each has kinds of detail the other lacks:
       * LinkedIn's email and profile, and a phone's numbers. */
      if (details == 0 && (a->kinds & ~b->kinds) != 0 && (b->kinds & ~a->kinds) != 0)
        candidate->reasons |= RAPPORT_PAIR_TWO_SOURCES;
      return TRUE;
    }
  /* A switchboard or a shared mailbox, with anyone or a nameless card. */
  if (candidate->crowded)
    return FALSE;
  if ((candidate->reasons & RAPPORT_PAIR_NO_NAME) != 0)
    return details != 0;
  /* Names that disagree on one number are a family's landline, or a
   * company's; an email or profile of their own is more. */
  return (details & ~RAPPORT_PAIR_SAME_PHONE) != 0;
}

static guint
rank (RapportPairReason reasons)
{
  guint score = 0;

  if ((reasons & RAPPORT_PAIR_SHARED_DETAIL) != 0)
    score += 4;
  if ((reasons & RAPPORT_PAIR_NAMES_AGREE) != 0)
    score += 2;
  if ((reasons & (RAPPORT_PAIR_SAME_NAME | RAPPORT_PAIR_TWO_SOURCES)) != 0)
    score += 1;
  return score;
}

/* The likeliest first, then by who has been in Rapport longest. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = *(const Candidate * const *) a;
  const Candidate *cb = *(const Candidate * const *) b;

  if (ca->rank != cb->rank)
    return ca->rank > cb->rank ? -1 : 1;
  if (ca->first->id != cb->first->id)
    return ca->first->id < cb->first->id ? -1 : 1;
  return ca->second->id < cb->second->id ? -1 : ca->second->id > cb->second->id;
}

/**
 * rapport_store_find_duplicates:
 * @cancellable: (nullable): to stop
 *
 * The people who are likely one person, most likely first: a detail in
 * common and names that agree, then names that agree, then an email or
 * profile in common with names that disagree. Never a pair the user said
 * are not the same person, nor two who share only a phone number (or a
 * detail shared by more) without agreeing names.
 *
 * Returns: (transfer full) (element-type RapportDuplicate): the pairs, or
 *   %NULL with @error set
 */
GPtrArray *
rapport_store_find_duplicates (RapportStore  *self,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, person_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) dismissed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  gboolean own, read;
  gint64 start = g_get_monotonic_time (), read_at, details_at, names_at;

  g_return_val_if_fail (RAPPORT_IS_STORE (self), NULL);

  /* One read of everything, so the pairs agree with each other. */
  own = sqlite3_get_autocommit (rapport_store_get_db (self));
  if (own && !rapport_store_exec (self, "BEGIN", error))
    return NULL;
  read = read_people (self, people, error) && read_details (self, people, by_key, error) &&
         read_dismissed (self, dismissed, error);
  if (own)
    rapport_store_exec (self, "COMMIT", NULL);
  if (!read)
    return NULL;
  read_at = g_get_monotonic_time ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  pair_by_details (people, by_key, pairs);
  details_at = g_get_monotonic_time ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  pair_by_names (people, pairs);
  names_at = g_get_monotonic_time ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Candidate *candidate = value;

      if (g_hash_table_contains (dismissed, key) || !judge (candidate))
        continue;
      candidate->rank = rank (candidate->reasons);
      g_ptr_array_add (kept, candidate);
    }
  g_ptr_array_sort (kept, compare_candidates);
  for (guint i = 0; i < kept->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (kept, i);

      g_ptr_array_add (result, rapport_duplicate_new (candidate->first->id, candidate->second->id,
                                                      candidate->first->name, candidate->second->name,
                                                      candidate->reasons, candidate->shared));
    }
  g_debug ("Find duplicates: %u people read in %.3f s, details paired in %.3f s, names in %.3f s, "
           "%u pairs judged and sorted in %.3f s",
           g_hash_table_size (people), (read_at - start) / 1e6, (details_at - read_at) / 1e6,
           (names_at - details_at) / 1e6, result->len, (g_get_monotonic_time () - names_at) / 1e6);
  return g_steal_pointer (&result);
}

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(RapportStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *found;

  /* A connection of its own: the main thread goes on with the store's. */
  store = rapport_store_open (task_data, &error);
  if (store == NULL || !(found = rapport_store_find_duplicates (store, cancellable, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, found, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * rapport_store_find_duplicates_async:
 *
 * rapport_store_find_duplicates() on a worker thread, with a connection of
 * its own to the same file.
 */
void
rapport_store_find_duplicates_async (RapportStore        *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RAPPORT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rapport_store_find_duplicates_async);
  g_task_set_task_data (task, g_strdup (rapport_store_get_path (self)), g_free);
  g_task_run_in_thread (task, find_thread);
}

/**
 * rapport_store_find_duplicates_finish:
 *
 * Returns: (transfer full) (element-type RapportDuplicate): the pairs, or
 *   %NULL with @error set
 */
GPtrArray *
rapport_store_find_duplicates_finish (RapportStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
run_with_pair (RapportStore  *self,
               const char    *sql,
               gint64         id,
               gint64         other_id,
               GError       **error)
{
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_now_utc ();
  sqlite3_stmt *stmt;

  if (!rapport_store_begin (self, error))
    return FALSE;
  stmt = rapport_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      rapport_store_rollback (self);
      return FALSE;
    }
  now = rapport_store_format_timestamp (utc);
  sqlite3_bind_int64 (stmt, 1, MIN (id, other_id));
  sqlite3_bind_int64 (stmt, 2, MAX (id, other_id));
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  if (!rapport_store_step_done (self, stmt, error))
    {
      rapport_store_rollback (self);
      return FALSE;
    }
  return rapport_store_commit (self, error);
}

/**
 * rapport_store_dismiss_duplicate:
 * @id: a person
 * @other_id: another, whom Find Duplicates suggested @id is
 *
 * "Not the same person": the two are never suggested again.
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_dismiss_duplicate (RapportStore  *self,
                                 gint64         id,
                                 gint64         other_id,
                                 GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != other_id, FALSE);

  return run_with_pair (self,
                        "INSERT OR IGNORE INTO duplicate_dismissal (contact_id, other_id, dismissed_at) "
                        "VALUES (?1, ?2, ?3)",
                        id, other_id, error);
}

/**
 * rapport_store_undismiss_duplicate:
 * @id: a person
 * @other_id: another
 *
 * Undoes rapport_store_dismiss_duplicate().
 *
 * Returns: %TRUE on success
 */
gboolean
rapport_store_undismiss_duplicate (RapportStore  *self,
                                   gint64         id,
                                   gint64         other_id,
                                   GError       **error)
{
  g_return_val_if_fail (RAPPORT_IS_STORE (self), FALSE);
  return run_with_pair (self, "DELETE FROM duplicate_dismissal WHERE contact_id = ?1 AND other_id = ?2",
                        id, other_id, error);
}
