/* rapport-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the desktop's calendars or address books, as Preferences lists it:
 * the EDS source's UID, its name, and the account it belongs to ("On This
 * Computer", an Online Accounts account…). A value: a change in EDS makes a
 * new one.
 */

#define G_LOG_DOMAIN "rapport-source"

#include "config.h"

#include "rapport-source.h"

struct _RapportSource
{
  GObject parent_instance;

  char *uid;
  char *name;
  char *account;
};

G_DEFINE_FINAL_TYPE (RapportSource, rapport_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_NAME,
  PROP_ACCOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rapport_source_finalize (GObject *object)
{
  RapportSource *self = RAPPORT_SOURCE (object);

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->account, g_free);

  G_OBJECT_CLASS (rapport_source_parent_class)->finalize (object);
}

static void
rapport_source_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportSource *self = RAPPORT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ACCOUNT:
      g_value_set_string (value, self->account);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_source_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RapportSource *self = RAPPORT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_UID:
      self->uid = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_ACCOUNT:
      self->account = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_source_class_init (RapportSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_source_finalize;
  object_class->get_property = rapport_source_get_property;
  object_class->set_property = rapport_source_set_property;

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCOUNT] =
    g_param_spec_string ("account", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_source_init (RapportSource *self)
{
}

/**
 * rapport_source_new:
 * @uid: the EDS source's UID
 * @name: the calendar's or address book's name
 * @account: (nullable): the name of the account it belongs to
 *
 * Returns: (transfer full): a new source
 */
RapportSource *
rapport_source_new (const char *uid,
                    const char *name,
                    const char *account)
{
  g_return_val_if_fail (uid != NULL, NULL);

  return g_object_new (RAPPORT_TYPE_SOURCE,
                       "uid", uid,
                       "name", name != NULL ? name : "",
                       "account", account != NULL ? account : "",
                       NULL);
}

const char *
rapport_source_get_uid (RapportSource *self)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE (self), NULL);

  return self->uid;
}

const char *
rapport_source_get_name (RapportSource *self)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE (self), NULL);

  return self->name;
}

/**
 * rapport_source_get_account:
 *
 * Returns: the account's name, or "" when the source belongs to none
 */
const char *
rapport_source_get_account (RapportSource *self)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE (self), NULL);

  return self->account;
}

/**
 * rapport_source_equal:
 *
 * Returns: whether the two say the same: same UID, name and account
 */
gboolean
rapport_source_equal (RapportSource *self,
                      RapportSource *other)
{
  g_return_val_if_fail (RAPPORT_IS_SOURCE (self), FALSE);
  g_return_val_if_fail (RAPPORT_IS_SOURCE (other), FALSE);

  return g_str_equal (self->uid, other->uid) &&
         g_str_equal (self->name, other->name) &&
         g_str_equal (self->account, other->account);
}
