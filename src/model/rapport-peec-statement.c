/* rapport-peec-statement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of your own PEEC statements — Profession, Expertise, Environment, Call
 * to action — written for an audience, so you can keep several.
 */

#define G_LOG_DOMAIN "rapport-peec-statement"

#include "config.h"

#include "rapport-peec-statement.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AUDIENCE,
  PROP_PROFESSION,
  PROP_EXPERTISE,
  PROP_ENVIRONMENT,
  PROP_CALL_TO_ACTION,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

#define FIRST_TEXT PROP_TITLE
#define N_TEXTS (PROP_CALL_TO_ACTION - PROP_TITLE + 1)

struct _RapportPeecStatement
{
  GObject parent_instance;

  gint64 id;
  char *texts[N_TEXTS];
  GDateTime *created_at;
  GDateTime *updated_at;
};

G_DEFINE_FINAL_TYPE (RapportPeecStatement, rapport_peec_statement, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static const char *
get_text (RapportPeecStatement *self,
          guint                 prop_id)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (self), NULL);
  return self->texts[prop_id - FIRST_TEXT];
}

static void
set_text (RapportPeecStatement *self,
          guint                 prop_id,
          const char           *text)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STATEMENT (self));

  if (g_set_str (&self->texts[prop_id - FIRST_TEXT], text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_date_time (RapportPeecStatement  *self,
               GDateTime            **dest,
               GDateTime             *value,
               guint                  prop_id)
{
  if (*dest == value || (*dest != NULL && value != NULL && g_date_time_equal (*dest, value)))
    return;

  g_clear_pointer (dest, g_date_time_unref);
  *dest = value ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
rapport_peec_statement_finalize (GObject *object)
{
  RapportPeecStatement *self = RAPPORT_PEEC_STATEMENT (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);

  G_OBJECT_CLASS (rapport_peec_statement_parent_class)->finalize (object);
}

static void
rapport_peec_statement_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RapportPeecStatement *self = RAPPORT_PEEC_STATEMENT (object);

  if (prop_id >= FIRST_TEXT && prop_id < FIRST_TEXT + N_TEXTS)
    g_value_set_string (value, get_text (self, prop_id));
  else if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_CREATED_AT)
    g_value_set_boxed (value, self->created_at);
  else if (prop_id == PROP_UPDATED_AT)
    g_value_set_boxed (value, self->updated_at);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rapport_peec_statement_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RapportPeecStatement *self = RAPPORT_PEEC_STATEMENT (object);

  if (prop_id >= FIRST_TEXT && prop_id < FIRST_TEXT + N_TEXTS)
    set_text (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_ID)
    rapport_peec_statement_set_id (self, g_value_get_int64 (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rapport_peec_statement_class_init (RapportPeecStatementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *text_names[N_TEXTS] = {
    "title", "audience", "profession", "expertise", "environment", "call-to-action",
  };
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_peec_statement_finalize;
  object_class->get_property = rapport_peec_statement_get_property;
  object_class->set_property = rapport_peec_statement_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  for (guint i = 0; i < N_TEXTS; i++)
    properties[FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, "", rw);
  properties[PROP_CREATED_AT] = g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties[PROP_UPDATED_AT] = g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rapport_peec_statement_init (RapportPeecStatement *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
}

/**
 * rapport_peec_statement_new:
 *
 * Returns: (transfer full): a new, unsaved statement
 */
RapportPeecStatement *
rapport_peec_statement_new (void)
{
  return g_object_new (RAPPORT_TYPE_PEEC_STATEMENT, NULL);
}

gint64
rapport_peec_statement_get_id (RapportPeecStatement *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (self), 0);
  return self->id;
}

void
rapport_peec_statement_set_id (RapportPeecStatement *self,
                               gint64                id)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STATEMENT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

#define TEXT_ACCESSORS(name, PROP) \
  const char *rapport_peec_statement_get_##name (RapportPeecStatement *self) { return get_text (self, PROP); } \
  void rapport_peec_statement_set_##name (RapportPeecStatement *self, const char *value) { set_text (self, PROP, value); }

TEXT_ACCESSORS (title, PROP_TITLE)
TEXT_ACCESSORS (audience, PROP_AUDIENCE)
TEXT_ACCESSORS (profession, PROP_PROFESSION)
TEXT_ACCESSORS (expertise, PROP_EXPERTISE)
TEXT_ACCESSORS (environment, PROP_ENVIRONMENT)
TEXT_ACCESSORS (call_to_action, PROP_CALL_TO_ACTION)

#undef TEXT_ACCESSORS

/**
 * rapport_peec_statement_get_created_at:
 *
 * Returns: (transfer none) (nullable): when it was first saved
 */
GDateTime *
rapport_peec_statement_get_created_at (RapportPeecStatement *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (self), NULL);
  return self->created_at;
}

/**
 * rapport_peec_statement_get_updated_at:
 *
 * Returns: (transfer none) (nullable): when it was last saved
 */
GDateTime *
rapport_peec_statement_get_updated_at (RapportPeecStatement *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STATEMENT (self), NULL);
  return self->updated_at;
}

/* For the store, which keeps these. */
void
rapport_peec_statement_set_timestamps (RapportPeecStatement *self,
                                       GDateTime            *created_at,
                                       GDateTime            *updated_at)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STATEMENT (self));

  set_date_time (self, &self->created_at, created_at, PROP_CREATED_AT);
  set_date_time (self, &self->updated_at, updated_at, PROP_UPDATED_AT);
}
