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
  /* An address's parts; its value is them on one line, kept in step. */
  RapportAddress *address;
};

G_DEFINE_FINAL_TYPE (RapportContactField, rapport_contact_field, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_LABEL,
  PROP_VALUE,
  PROP_ADDRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rapport_contact_field_finalize (GObject *object)
{
  RapportContactField *self = RAPPORT_CONTACT_FIELD (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->address, rapport_address_free);

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
    case PROP_ADDRESS:
      g_value_set_boxed (value, self->address);
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
    case PROP_ADDRESS:
      if (g_value_get_boxed (value) != NULL)
        rapport_contact_field_set_address (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_contact_field_constructed (GObject *object)
{
  RapportContactField *self = RAPPORT_CONTACT_FIELD (object);

  G_OBJECT_CLASS (rapport_contact_field_parent_class)->constructed (object);

  /* An address given as one line keeps it whole, in its street. */
  if (self->kind == RAPPORT_FIELD_ADDRESS && self->address == NULL)
    {
      self->address = rapport_address_new ();
      rapport_address_set (self->address, RAPPORT_ADDRESS_STREET, self->value);
    }
}

static void
rapport_contact_field_class_init (RapportContactFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rapport_contact_field_constructed;
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
  /**
   * RapportContactField:address:
   *
   * An address field's parts (%NULL for the other kinds).
   */
  properties[PROP_ADDRESS] =
    g_param_spec_boxed ("address", NULL, NULL, RAPPORT_TYPE_ADDRESS,
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

/**
 * rapport_contact_field_set_value:
 *
 * Sets the value; an address's value is one line, which becomes its
 * street (its other parts are cleared): set the parts with
 * rapport_contact_field_set_address().
 */
void
rapport_contact_field_set_value (RapportContactField *self,
                                 const char          *value)
{
  g_return_if_fail (RAPPORT_IS_CONTACT_FIELD (self));

  if (self->kind == RAPPORT_FIELD_ADDRESS && self->address != NULL)
    {
      g_autoptr(RapportAddress) address = NULL;

      if (g_strcmp0 (self->value, value ? value : "") == 0)
        return;
      address = rapport_address_new ();
      rapport_address_set (address, RAPPORT_ADDRESS_STREET, value);
      rapport_contact_field_set_address (self, address);
      return;
    }

  if (g_set_str (&self->value, value ? value : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * rapport_contact_field_get_address:
 *
 * Returns: (transfer none) (nullable): an address field's parts, %NULL for
 *   the other kinds
 */
const RapportAddress *
rapport_contact_field_get_address (RapportContactField *self)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (self), NULL);
  return self->address;
}

/**
 * rapport_contact_field_set_address:
 * @address: the parts; the value becomes them on one line
 */
void
rapport_contact_field_set_address (RapportContactField  *self,
                                   const RapportAddress *address)
{
  g_autofree char *line = NULL;

  g_return_if_fail (RAPPORT_IS_CONTACT_FIELD (self));
  g_return_if_fail (self->kind == RAPPORT_FIELD_ADDRESS);
  g_return_if_fail (address != NULL);

  if (rapport_address_equal (self->address, address))
    return;

  g_clear_pointer (&self->address, rapport_address_free);
  self->address = rapport_address_copy (address);
  line = rapport_address_dup_line (address);
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
  if (g_set_str (&self->value, line))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rapport_contact_field_new_address:
 * @label: (nullable): "home", "work", or another label
 * @address: the parts
 *
 * Returns: (transfer full): a new address field
 */
RapportContactField *
rapport_contact_field_new_address (const char           *label,
                                   const RapportAddress *address)
{
  return g_object_new (RAPPORT_TYPE_CONTACT_FIELD,
                       "kind", RAPPORT_FIELD_ADDRESS,
                       "label", label ? label : "",
                       "address", address,
                       NULL);
}

/**
 * rapport_contact_field_equal:
 *
 * Returns: whether @a and @b hold the same kind, label and value (and,
 *   for addresses, the same parts)
 */
gboolean
rapport_contact_field_equal (RapportContactField *a,
                             RapportContactField *b)
{
  g_return_val_if_fail (RAPPORT_IS_CONTACT_FIELD (a) && RAPPORT_IS_CONTACT_FIELD (b), FALSE);

  return a->kind == b->kind &&
         g_str_equal (a->label, b->label) &&
         g_str_equal (a->value, b->value) &&
         rapport_address_equal (a->address, b->address);
}
