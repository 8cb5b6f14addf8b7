/* rapport-interaction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Something that happened between you and one or more people: a meeting, a
 * call, an introduction you made, help given or received.
 */

#define G_LOG_DOMAIN "rapport-interaction"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-interaction.h"
#include <string.h>
#include <time.h>

#include "rapport-model-enums.h"

struct _RapportInteraction
{
  GObject parent_instance;

  gint64 id;
  RapportInteractionKind kind;
  GDate date;
  int time_minutes;
  char *summary;
  char *details;
  GDate follow_up;
  GArray *contact_ids;
  RapportIntroductionHow how;
  RapportIntroductionOutcome outcome;
};

G_DEFINE_FINAL_TYPE (RapportInteraction, rapport_interaction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_TIME_MINUTES,
  PROP_SUMMARY,
  PROP_DETAILS,
  PROP_FOLLOW_UP,
  PROP_HOW,
  PROP_OUTCOME,
  N_PROPS
};

enum {
  CONTACTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
set_date (RapportInteraction *self,
          GDate              *dest,
          const GDate        *src,
          guint               prop_id)
{
  gboolean was_valid = g_date_valid (dest);
  gboolean is_valid = src != NULL && g_date_valid (src);

  if (was_valid == is_valid && (!is_valid || g_date_compare (dest, src) == 0))
    return FALSE;

  if (is_valid)
    *dest = *src;
  else
    g_date_clear (dest, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

static void
rapport_interaction_finalize (GObject *object)
{
  RapportInteraction *self = RAPPORT_INTERACTION (object);

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->contact_ids, g_array_unref);

  G_OBJECT_CLASS (rapport_interaction_parent_class)->finalize (object);
}

static void
rapport_interaction_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RapportInteraction *self = RAPPORT_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, rapport_interaction_get_date (self));
      break;
    case PROP_TIME_MINUTES:
      g_value_set_int (value, self->time_minutes);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;
    case PROP_FOLLOW_UP:
      g_value_set_boxed (value, rapport_interaction_get_follow_up (self));
      break;
    case PROP_HOW:
      g_value_set_enum (value, self->how);
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_interaction_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RapportInteraction *self = RAPPORT_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      rapport_interaction_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      rapport_interaction_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DATE:
      rapport_interaction_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_TIME_MINUTES:
      rapport_interaction_set_time_minutes (self, g_value_get_int (value));
      break;
    case PROP_SUMMARY:
      rapport_interaction_set_summary (self, g_value_get_string (value));
      break;
    case PROP_DETAILS:
      rapport_interaction_set_details (self, g_value_get_string (value));
      break;
    case PROP_FOLLOW_UP:
      rapport_interaction_set_follow_up (self, g_value_get_boxed (value));
      break;
    case PROP_HOW:
      rapport_interaction_set_how (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME:
      rapport_interaction_set_outcome (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_interaction_class_init (RapportInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rapport_interaction_finalize;
  object_class->get_property = rapport_interaction_get_property;
  object_class->set_property = rapport_interaction_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_INTERACTION_KIND,
                                             RAPPORT_INTERACTION_MET_IN_PERSON, rw);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);
  /**
   * RapportInteraction:time-minutes:
   *
   * The time of day in minutes after midnight, or -1 when only the day is known.
   */
  properties[PROP_TIME_MINUTES] = g_param_spec_int ("time-minutes", NULL, NULL, -1, 24 * 60 - 1, -1, rw);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, "", rw);
  properties[PROP_DETAILS] = g_param_spec_string ("details", NULL, NULL, "", rw);
  properties[PROP_FOLLOW_UP] = g_param_spec_boxed ("follow-up", NULL, NULL, G_TYPE_DATE, rw);
  /**
   * RapportInteraction:how:
   *
   * For an introduction: how it was made.
   */
  properties[PROP_HOW] = g_param_spec_enum ("how", NULL, NULL, RAPPORT_TYPE_INTRODUCTION_HOW,
                                            RAPPORT_INTRODUCTION_IN_PERSON, rw);
  /**
   * RapportInteraction:outcome:
   *
   * For an introduction: what came of it, as its follow-up asked.
   */
  properties[PROP_OUTCOME] = g_param_spec_enum ("outcome", NULL, NULL, RAPPORT_TYPE_INTRODUCTION_OUTCOME,
                                                RAPPORT_INTRODUCTION_OUTCOME_UNKNOWN, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportInteraction::contacts-changed:
   *
   * The people this interaction was with have changed.
   */
  signals[CONTACTS_CHANGED] =
    g_signal_new ("contacts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rapport_interaction_init (RapportInteraction *self)
{
  self->summary = g_strdup ("");
  self->details = g_strdup ("");
  self->time_minutes = -1;
  self->contact_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_date_clear (&self->date, 1);
  g_date_clear (&self->follow_up, 1);
}

/**
 * rapport_interaction_new:
 * @kind: what happened
 * @date: (nullable): the day it happened; %NULL for today
 *
 * Returns: (transfer full): a new, unsaved interaction
 */
RapportInteraction *
rapport_interaction_new (RapportInteractionKind  kind,
                         const GDate            *date)
{
  RapportInteraction *self = g_object_new (RAPPORT_TYPE_INTERACTION, "kind", kind, NULL);

  if (date != NULL && g_date_valid (date))
    self->date = *date;
  else
    g_date_set_time_t (&self->date, time (NULL));

  return self;
}

gint64
rapport_interaction_get_id (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), 0);
  return self->id;
}

void
rapport_interaction_set_id (RapportInteraction *self,
                            gint64              id)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

RapportInteractionKind
rapport_interaction_get_kind (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), 0);
  return self->kind;
}

void
rapport_interaction_set_kind (RapportInteraction     *self,
                              RapportInteractionKind  kind)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));
  g_return_if_fail (kind <= RAPPORT_INTERACTION_KIND_LAST);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

/**
 * rapport_interaction_get_date:
 *
 * Returns: (transfer none): the day it happened
 */
const GDate *
rapport_interaction_get_date (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), NULL);
  return g_date_valid (&self->date) ? &self->date : NULL;
}

void
rapport_interaction_set_date (RapportInteraction *self,
                              const GDate        *date)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  set_date (self, &self->date, date, PROP_DATE);
}

int
rapport_interaction_get_time_minutes (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), -1);
  return self->time_minutes;
}

void
rapport_interaction_set_time_minutes (RapportInteraction *self,
                                      int                 minutes)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));
  g_return_if_fail (minutes >= -1 && minutes < 24 * 60);

  if (self->time_minutes != minutes)
    {
      self->time_minutes = minutes;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_MINUTES]);
    }
}

const char *
rapport_interaction_get_summary (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), NULL);
  return self->summary;
}

void
rapport_interaction_set_summary (RapportInteraction *self,
                                 const char         *summary)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));

  if (g_set_str (&self->summary, summary ? summary : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
rapport_interaction_get_details (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), NULL);
  return self->details;
}

void
rapport_interaction_set_details (RapportInteraction *self,
                                 const char         *details)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));

  if (g_set_str (&self->details, details ? details : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
}

/**
 * rapport_interaction_get_follow_up:
 *
 * Returns: (transfer none) (nullable): the day to follow up, if any
 */
const GDate *
rapport_interaction_get_follow_up (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), NULL);
  return g_date_valid (&self->follow_up) ? &self->follow_up : NULL;
}

void
rapport_interaction_set_follow_up (RapportInteraction *self,
                                   const GDate        *follow_up)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));

  set_date (self, &self->follow_up, follow_up, PROP_FOLLOW_UP);
}

/**
 * rapport_interaction_get_contact_ids:
 * @n_ids: (out): the number of ids
 *
 * Returns: (transfer none) (array length=n_ids): the people it was with
 */
const gint64 *
rapport_interaction_get_contact_ids (RapportInteraction *self,
                                     guint              *n_ids)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->contact_ids->len;
  return (const gint64 *) (gpointer) self->contact_ids->data;
}

/**
 * rapport_interaction_set_contact_ids:
 * @ids: (array length=n_ids): the people it was with; repeats are dropped
 */
void
rapport_interaction_set_contact_ids (RapportInteraction *self,
                                     const gint64       *ids,
                                     guint               n_ids)
{
  g_autoptr(GArray) unique = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (RAPPORT_IS_INTERACTION (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < unique->len && !seen; j++)
        seen = g_array_index (unique, gint64, j) == ids[i];
      if (!seen && ids[i] > 0)
        g_array_append_val (unique, ids[i]);
    }

  if (unique->len == self->contact_ids->len &&
      (unique->len == 0 ||
       memcmp (unique->data, self->contact_ids->data, unique->len * sizeof (gint64)) == 0))
    return;

  g_array_unref (self->contact_ids);
  self->contact_ids = g_steal_pointer (&unique);
  g_signal_emit (self, signals[CONTACTS_CHANGED], 0);
}

gboolean
rapport_interaction_has_contact (RapportInteraction *self,
                                 gint64              contact_id)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), FALSE);

  for (guint i = 0; i < self->contact_ids->len; i++)
    if (g_array_index (self->contact_ids, gint64, i) == contact_id)
      return TRUE;

  return FALSE;
}

RapportIntroductionHow
rapport_interaction_get_how (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), RAPPORT_INTRODUCTION_IN_PERSON);
  return self->how;
}

void
rapport_interaction_set_how (RapportInteraction     *self,
                             RapportIntroductionHow  how)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));
  g_return_if_fail (how <= RAPPORT_INTRODUCTION_MESSAGE);

  if (self->how != how)
    {
      self->how = how;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOW]);
    }
}

RapportIntroductionOutcome
rapport_interaction_get_outcome (RapportInteraction *self)
{
  g_return_val_if_fail (RAPPORT_IS_INTERACTION (self), RAPPORT_INTRODUCTION_OUTCOME_UNKNOWN);
  return self->outcome;
}

void
rapport_interaction_set_outcome (RapportInteraction         *self,
                                 RapportIntroductionOutcome  outcome)
{
  g_return_if_fail (RAPPORT_IS_INTERACTION (self));
  g_return_if_fail (outcome <= RAPPORT_INTRODUCTION_OUTCOME_LAST);

  if (self->outcome != outcome)
    {
      self->outcome = outcome;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
    }
}

/**
 * rapport_introduction_outcome_get_label:
 *
 * Returns: what came of an introduction, in words, e.g. "They worked together"
 */
const char *
rapport_introduction_outcome_get_label (RapportIntroductionOutcome outcome)
{
  switch (outcome)
    {
    case RAPPORT_INTRODUCTION_OUTCOME_WORKED_TOGETHER: return C_("introduction outcome", "Worked together");
    case RAPPORT_INTRODUCTION_OUTCOME_TALKING: return C_("introduction outcome", "Talking");
    case RAPPORT_INTRODUCTION_OUTCOME_NO_MATCH: return C_("introduction outcome", "No match");
    case RAPPORT_INTRODUCTION_OUTCOME_UNKNOWN:
    default:
      return C_("introduction outcome", "Not known yet");
    }
}

/**
 * rapport_introduction_how_get_label:
 *
 * Returns: how an introduction is made, in words
 */
const char *
rapport_introduction_how_get_label (RapportIntroductionHow how)
{
  switch (how)
    {
    case RAPPORT_INTRODUCTION_EMAIL: return C_("introduction how", "By email");
    case RAPPORT_INTRODUCTION_MESSAGE: return C_("introduction how", "By message");
    case RAPPORT_INTRODUCTION_IN_PERSON:
    default:
      return C_("introduction how", "In person");
    }
}
