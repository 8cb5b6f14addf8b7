/* rapport-contact-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bringing what an import knows about someone into the person already in
 * Rapport, without losing anything: blanks are filled, new addresses,
 * numbers, profiles and tags are added, and nothing the person already has
 * is changed — an old export cannot overwrite this week's edits. What was
 * brought in is remembered, so that the import can be undone exactly; an
 * edit made since is kept even then.
 */

#define G_LOG_DOMAIN "rapport-contact-merge"

#include "config.h"

#include "rapport-contact-field.h"
#include "rapport-contact-merge.h"
#include "rapport-identity.h"

/* The text properties an import can fill in (the uid is the person's own). */
static const char * const text_properties[] = {
  "display-name", "given-name", "family-name", "nickname", "pronouns",
  "profession", "expertise", "environment", "looking-for", "company",
  "how-met", "met-at", "notes", "how-i-can-help",
  "additional-name", "name-prefix", "name-suffix", "department",
};

static const char * const date_properties[] = { "met-on", "birthday" };

struct _RapportContactMerge
{
  GObject parent_instance;

  GPtrArray *filled;       /* property names (static) */
  GPtrArray *values;       /* GValue*, what each was filled with */
  GPtrArray *fields;       /* RapportContactField added */
  GPtrArray *tags;         /* char* added */
  GPtrArray *extra;        /* char* vCard lines added */
  GBytes *photo;           /* the photo filled in, or NULL */
};

G_DEFINE_FINAL_TYPE (RapportContactMerge, rapport_contact_merge, G_TYPE_OBJECT)

static void
value_free (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

static void
rapport_contact_merge_finalize (GObject *object)
{
  RapportContactMerge *self = RAPPORT_CONTACT_MERGE (object);

  g_ptr_array_unref (self->filled);
  g_ptr_array_unref (self->values);
  g_ptr_array_unref (self->fields);
  g_ptr_array_unref (self->tags);
  g_ptr_array_unref (self->extra);
  g_clear_pointer (&self->photo, g_bytes_unref);

  G_OBJECT_CLASS (rapport_contact_merge_parent_class)->finalize (object);
}

static void
rapport_contact_merge_class_init (RapportContactMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rapport_contact_merge_finalize;
}

static void
rapport_contact_merge_init (RapportContactMerge *self)
{
  self->filled = g_ptr_array_new ();
  self->values = g_ptr_array_new_with_free_func (value_free);
  self->fields = g_ptr_array_new_with_free_func (g_object_unref);
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->extra = g_ptr_array_new_with_free_func (g_free);
}

static gboolean
value_is_blank (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value) == NULL || *g_value_get_string (value) == '\0';
  return g_value_get_boxed (value) == NULL || rapport_partial_date_is_empty (g_value_get_boxed (value));
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (g_value_get_boxed (a) == NULL || g_value_get_boxed (b) == NULL)
    return g_value_get_boxed (a) == g_value_get_boxed (b);
  return rapport_partial_date_equal (g_value_get_boxed (a), g_value_get_boxed (b));
}

/* What makes two values of a field the same (FORMATS.md): an address in
 * any case, a number with or without its country code, a profile with or
 * without "https://www." and its slash. */
static char *
field_key (RapportContactField *field)
{
  const char *value = rapport_contact_field_get_value (field);

  switch (rapport_contact_field_get_kind (field))
    {
    case RAPPORT_FIELD_EMAIL:
      return rapport_identity_normalize_email (value);
    case RAPPORT_FIELD_URL:
      return rapport_identity_normalize_url (value);
    case RAPPORT_FIELD_PHONE:
    case RAPPORT_FIELD_ADDRESS:
    default:
      return NULL;
    }
}

static gboolean
same_value (RapportContactField *a,
            RapportContactField *b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  if (rapport_contact_field_equal (a, b))
    return TRUE;
  if (rapport_contact_field_get_kind (a) != rapport_contact_field_get_kind (b))
    return FALSE;
  if (rapport_contact_field_get_kind (a) == RAPPORT_FIELD_PHONE)
    return rapport_identity_phones_match (rapport_contact_field_get_value (a),
                                          rapport_contact_field_get_value (b));
  /* By its parts: with or without the country, it is the same address. */
  if (rapport_contact_field_get_kind (a) == RAPPORT_FIELD_ADDRESS)
    return rapport_address_same_place (rapport_contact_field_get_address (a),
                                       rapport_contact_field_get_address (b));

  key_a = field_key (a);
  key_b = field_key (b);
  return key_a != NULL && g_strcmp0 (key_a, key_b) == 0;
}

static gboolean
has_field (GPtrArray           *fields,
           RapportContactField *field)
{
  for (guint i = 0; i < fields->len; i++)
    if (same_value (g_ptr_array_index (fields, i), field))
      return TRUE;
  return FALSE;
}

static gboolean
strv_has_folded (const char * const *strv,
                 const char         *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (strv[i], -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }
  return FALSE;
}

/* The text and date properties @target lacks and @source has: their
 * names, and @source's values. */
static void
for_each_text_or_date (RapportContact *target,
                       RapportContact *source,
                       GPtrArray      *names,
                       GPtrArray      *values)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_properties) + G_N_ELEMENTS (date_properties); i++)
    {
      const char *name = i < G_N_ELEMENTS (text_properties) ? text_properties[i]
                                                            : date_properties[i - G_N_ELEMENTS (text_properties)];
      g_auto(GValue) mine = G_VALUE_INIT;
      GValue *theirs = g_new0 (GValue, 1);

      g_object_get_property (G_OBJECT (target), name, &mine);
      g_object_get_property (G_OBJECT (source), name, theirs);
      /* A name chosen there that is the name shown here already (made of
       * the parts here) brings nothing. */
      if (g_str_equal (name, "display-name") && !value_is_blank (theirs))
        {
          g_autofree char *shown = rapport_contact_dup_name (target);

          if (g_str_equal (shown, g_value_get_string (theirs)))
            {
              value_free (theirs);
              continue;
            }
        }
      if (value_is_blank (&mine) && !value_is_blank (theirs))
        {
          g_ptr_array_add (names, (gpointer) name);
          g_ptr_array_add (values, theirs);
        }
      else
        {
          value_free (theirs);
        }
    }
}

/**
 * rapport_contact_contains:
 * @target: a person
 * @source: what a file says about them
 *
 * Returns: whether @target already has everything @source has
 */
gboolean
rapport_contact_contains (RapportContact *target,
                          RapportContact *source)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (value_free);
  GPtrArray *fields;
  const char * const *strv;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (target), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (source), FALSE);

  for_each_text_or_date (target, source, names, values);
  if (names->len > 0)
    return FALSE;

  fields = rapport_contact_get_fields (source);
  for (guint i = 0; i < fields->len; i++)
    if (!has_field (rapport_contact_get_fields (target), g_ptr_array_index (fields, i)))
      return FALSE;

  strv = rapport_contact_get_tags (source);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!strv_has_folded (rapport_contact_get_tags (target), strv[i]))
      return FALSE;

  strv = rapport_contact_get_vcard_extra (source);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!g_strv_contains (rapport_contact_get_vcard_extra (target) ? rapport_contact_get_vcard_extra (target)
                                                                    : (const char * const[]) { NULL },
                          strv[i]))
      return FALSE;

  return rapport_contact_get_photo (source) == NULL || rapport_contact_get_photo (target) != NULL;
}

static GStrv
strv_with (const char * const *strv,
           GPtrArray          *more)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (strv != NULL)
    g_strv_builder_addv (builder, (const char **) strv);
  for (guint i = 0; i < more->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (more, i));
  return g_strv_builder_end (builder);
}

/**
 * rapport_contact_merge:
 * @target: the person in Rapport
 * @source: what a file says about them
 *
 * Fills @target's blanks from @source and adds what @target lacks.
 *
 * Returns: (transfer full) (nullable): what was brought in, to undo it;
 *   %NULL when @target already had everything
 */
RapportContactMerge *
rapport_contact_merge (RapportContact *target,
                       RapportContact *source)
{
  g_autoptr(RapportContactMerge) self = NULL;
  GPtrArray *fields;
  const char * const *strv;

  g_return_val_if_fail (RAPPORT_IS_CONTACT (target), NULL);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (source), NULL);

  self = g_object_new (RAPPORT_TYPE_CONTACT_MERGE, NULL);
  for_each_text_or_date (target, source, self->filled, self->values);

  fields = rapport_contact_get_fields (source);
  for (guint i = 0; i < fields->len; i++)
    {
      RapportContactField *field = g_ptr_array_index (fields, i);

      if (has_field (rapport_contact_get_fields (target), field) || has_field (self->fields, field))
        continue;
      if (rapport_contact_field_get_kind (field) == RAPPORT_FIELD_ADDRESS)
        g_ptr_array_add (self->fields,
                         rapport_contact_field_new_address (rapport_contact_field_get_label (field),
                                                            rapport_contact_field_get_address (field)));
      else
        g_ptr_array_add (self->fields, rapport_contact_field_new (rapport_contact_field_get_kind (field),
                                                                  rapport_contact_field_get_label (field),
                                                                  rapport_contact_field_get_value (field)));
    }

  strv = rapport_contact_get_tags (source);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!strv_has_folded (rapport_contact_get_tags (target), strv[i]))
      g_ptr_array_add (self->tags, g_strdup (strv[i]));

  strv = rapport_contact_get_vcard_extra (source);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      const char * const *mine = rapport_contact_get_vcard_extra (target);

      if (mine == NULL || !g_strv_contains (mine, strv[i]))
        g_ptr_array_add (self->extra, g_strdup (strv[i]));
    }

  if (rapport_contact_get_photo (target) == NULL && rapport_contact_get_photo (source) != NULL)
    self->photo = g_bytes_ref (rapport_contact_get_photo (source));

  if (self->filled->len == 0 && self->fields->len == 0 && self->tags->len == 0 &&
      self->extra->len == 0 && self->photo == NULL)
    return NULL;

  /* Now apply it, as one change to the person. */
  g_object_freeze_notify (G_OBJECT (target));
  for (guint i = 0; i < self->filled->len; i++)
    g_object_set_property (G_OBJECT (target), g_ptr_array_index (self->filled, i),
                           g_ptr_array_index (self->values, i));
  if (self->fields->len > 0)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < rapport_contact_get_fields (target)->len; i++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (rapport_contact_get_fields (target), i)));
      for (guint i = 0; i < self->fields->len; i++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (self->fields, i)));
      rapport_contact_set_fields (target, all);
    }
  if (self->tags->len > 0)
    {
      g_auto(GStrv) tags = strv_with (rapport_contact_get_tags (target), self->tags);

      rapport_contact_set_tags (target, (const char * const *) tags);
    }
  if (self->extra->len > 0)
    {
      g_auto(GStrv) extra = strv_with (rapport_contact_get_vcard_extra (target), self->extra);

      rapport_contact_set_vcard_extra (target, (const char * const *) extra);
    }
  if (self->photo != NULL)
    rapport_contact_set_photo (target, self->photo);
  g_object_thaw_notify (G_OBJECT (target));

  return g_steal_pointer (&self);
}

/**
 * rapport_contact_merge_undo:
 * @target: the person the merge was applied to (now, or reread since)
 *
 * Takes out what the merge brought in, where it is still as it was brought
 * in: a value edited since stays.
 *
 * Returns: whether @target changed
 */
gboolean
rapport_contact_merge_undo (RapportContactMerge *self,
                            RapportContact      *target)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (RAPPORT_IS_CONTACT_MERGE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_CONTACT (target), FALSE);

  g_object_freeze_notify (G_OBJECT (target));
  for (guint i = 0; i < self->filled->len; i++)
    {
      const char *name = g_ptr_array_index (self->filled, i);
      g_auto(GValue) now = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (target), name, &now);
      if (values_equal (&now, g_ptr_array_index (self->values, i)))
        {
          g_auto(GValue) blank = G_VALUE_INIT;

          g_value_init (&blank, G_VALUE_TYPE (&now));
          if (G_VALUE_HOLDS_STRING (&blank))
            g_value_set_static_string (&blank, "");
          else
            {
              RapportPartialDate empty = RAPPORT_PARTIAL_DATE_INIT;

              g_value_set_boxed (&blank, &empty);
            }
          g_object_set_property (G_OBJECT (target), name, &blank);
          changed = TRUE;
        }
    }

  if (self->fields->len > 0)
    {
      GPtrArray *mine = rapport_contact_get_fields (target);
      g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < mine->len; i++)
        {
          gboolean was_added = FALSE;

          /* Exactly as brought in: an edited one is the user's now. */
          for (guint j = 0; j < self->fields->len && !was_added; j++)
            was_added = rapport_contact_field_equal (g_ptr_array_index (self->fields, j),
                                                     g_ptr_array_index (mine, i));
          if (!was_added)
            g_ptr_array_add (kept, g_object_ref (g_ptr_array_index (mine, i)));
        }
      if (kept->len != mine->len)
        {
          rapport_contact_set_fields (target, kept);
          changed = TRUE;
        }
    }

  if (self->tags->len > 0 || self->extra->len > 0)
    {
      const char * const *lists[] = { rapport_contact_get_tags (target), rapport_contact_get_vcard_extra (target) };
      GPtrArray *added[] = { self->tags, self->extra };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) result = NULL;
          guint n = 0, removed = 0;

          for (; lists[l] != NULL && lists[l][n] != NULL; n++)
            {
              gboolean was_added = FALSE;

              for (guint i = 0; i < added[l]->len && !was_added; i++)
                was_added = g_str_equal (lists[l][n], g_ptr_array_index (added[l], i));
              if (was_added)
                removed++;
              else
                g_strv_builder_add (builder, lists[l][n]);
            }
          if (removed == 0)
            continue;
          result = g_strv_builder_end (builder);
          if (l == 0)
            rapport_contact_set_tags (target, (const char * const *) result);
          else
            rapport_contact_set_vcard_extra (target, (const char * const *) result);
          changed = TRUE;
        }
    }

  if (self->photo != NULL && rapport_contact_get_photo (target) != NULL &&
      g_bytes_equal (self->photo, rapport_contact_get_photo (target)))
    {
      rapport_contact_set_photo (target, NULL);
      changed = TRUE;
    }
  g_object_thaw_notify (G_OBJECT (target));

  return changed;
}
