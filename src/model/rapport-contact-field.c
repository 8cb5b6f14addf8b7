/* rapport-contact-field.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of a person's emails, phone numbers, web addresses or postal addresses,
 * with its label ("work", "home", "LinkedIn"). Their order is the preference.
 */

#define G_LOG_DOMAIN "rapport-contact-field"

#include "config.h"

#include "rapport-contact-field.h"
#include "rapport-model-enums.h"

struct _RapportContactField
{
  GObject parent_instance;

  RapportFieldKind kind;
  char *label;
  char *value;
};

G_DEFINE_FINAL_TYPE (RapportContactField, rapport_contact_field, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rapport_contact_field_finalize (GObject *object)
{
  RapportContactField *self = RAPPORT_CONTACT_FIELD (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->value, g_free);

  G_OBJECT_CLASS (rapport_contact_field_parent_class)->finalize (object);
}

static void
rapport_contact_field_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RapportContactField *self = RAPPORT_CONTACT_FIELD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_contact_field_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RapportContactField *self = RAPPORT_CONTACT_FIELD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_LABEL:
      rapport_contact_field_set_label (self, g_value_get_string (value));
      break;
    case PROP_VALUE:
      rapport_contact_field_set_value (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_contact_field_class_init (RapportContactFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rapport_contact_field_finalize;
  object_class->get_property = rapport_contact_field_get_property;
  object_class->set_property = rapport_contact_field_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RAPPORT_TYPE_FIELD_KIND, RAPPORT_FIELD_EMAIL,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_contact_field_init (RapportContactField *self)
{
  self->label = g_strdup ("");
  self->value = g_strdup ("");
}

/**
 * rapport_contact_field_new:
 * @kind: what the value is
 * @label: (nullable): a label such as "work", or %NULL
 * @value: the address or number
 *
 * Returns: (transfer full): a new field
 */
RapportContactField *
rapport_contact_field_new (RapportFieldKind  kind,
                           const char       *label,
                           const char       *value)
{
  return g_object_new (RAPPORT_TYPE_CONTACT_FIELD,
                       "kind", kind,
                       "label", label ? label : "",
                       "value", value ? value : "",
                       NULL);
}

RapportFieldKind
rapport_contact_field_get_kind (RapportContactField *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (self), RAPPORT_FIELD_EMAIL);
  return self->kind;
}

const char *
rapport_contact_field_get_label (RapportContactField *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (self), NULL);
  return self->label;
}

void
rapport_contact_field_set_label (RapportContactField *self,
                                 const char          *label)
{
  g_return_if_fail (RAPPORT_IS_CONTACT_FIELD (self));

  if (g_set_str (&self->label, label ? label : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
rapport_contact_field_get_value (RapportContactField *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (self), NULL);
  return self->value;
}

void
rapport_contact_field_set_value (RapportContactField *self,
                                 const char          *value)
{
  g_return_if_fail (RAPPORT_IS_CONTACT_FIELD (self));

  if (g_set_str (&self->value, value ? value : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * rapport_contact_field_equal:
 *
 * Returns: whether @a and @b hold the same kind, label and value
 */
gboolean
rapport_contact_field_equal (RapportContactField *a,
                             RapportContactField *b)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (a) && RAPPORT_IS_CONTACT_FIELD (b), FALSE);

  return a->kind == b->kind &&
         g_str_equal (a->label, b->label) &&
         g_str_equal (a->value, b->value);
}
