/* rapport-peec-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step of writing a PEEC statement, as a page: the part's name and
 * where the step comes (with Next), a line of guidance, an example, the
 * part's text with its word count, and the hints about it. A step knows
 * nothing of the others: its owner gives it its hints, and moves on when it
 * asks to with ::activate-next.
 *
 * The text is one paragraph. Enter, as typed or as the text view would
 * insert it, asks to move on instead; pasted lines become one.
 *
 * For screen readers, the text view is labelled by the part's name and
 * described by the guidance and the example; rapport_peec_step_announce()
 * speaks from it.
 */

#define G_LOG_DOMAIN "rapport-peec-step"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-announce.h"
#include "rapport-peec-composer.h"
#include "rapport-peec-step.h"

struct _RapportPeecStep
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel *explanation_label;
  GtkLabel *example_label;
  GtkTextView *view;
  GtkLabel *count_label;
  GtkBox *hints_box;

  /* Borrowed references */
  GtkTextBuffer *buffer; /* the view's */

  /* Owned references */
  char *subtitle;
  char *explanation;
  char *example;
  char *text;
  GStrv hints;

  RapportPeecPart part;
};

G_DEFINE_FINAL_TYPE (RapportPeecStep, rapport_peec_step, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PART,
  PROP_SUBTITLE,
  PROP_EXPLANATION,
  PROP_EXAMPLE,
  PROP_TEXT,
  PROP_HINTS,
  N_PROPS
};

enum {
  ACTIVATE_NEXT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static gboolean
is_line_break (const char *text,
               int         len)
{
  return (len == 1 && (text[0] == '\n' || text[0] == '\r')) ||
         (len == 2 && text[0] == '\r' && text[1] == '\n');
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

static GtkWidget *
new_hint (const char *message)
{
  GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                 "spacing", 9,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                 NULL);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", "dialog-information-symbolic",
                                  "valign", GTK_ALIGN_START,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", message,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   "hexpand", TRUE,
                                   NULL);

  gtk_widget_add_css_class (icon, "accent");
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  return row;
}

/* The part's name heads the step and labels its text view. */
static void
update_part (RapportPeecStep *self)
{
  const char *label = rapport_peec_part_get_label (self->part);

  adw_window_title_set_title (self->window_title, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_count (RapportPeecStep *self)
{
  guint n_words = rapport_peec_count_words (self->text);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", n_words),
                                            n_words);

  gtk_label_set_label (self->count_label, n_words > 0 ? count : "");
}

/* Signal callbacks */

static void
buffer_changed_cb (RapportPeecStep *self,
                   GtkTextBuffer   *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (self->text);
  self->text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* Enter, as the text view would insert it, moves on. Pasted lines become one. */
static void
insert_text_cb (RapportPeecStep *self,
                GtkTextIter     *location,
                const char      *text,
                int              len,
                GtkTextBuffer   *buffer)
{
  g_autoptr(GString) joined = NULL;

  if (len < 0)
    len = (int) strlen (text);
  if (memchr (text, '\n', len) == NULL && memchr (text, '\r', len) == NULL)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");

  if (is_line_break (text, len))
    {
      g_signal_emit (self, signals[ACTIVATE_NEXT], 0);
      return;
    }

  joined = g_string_new_len (text, len);
  g_string_replace (joined, "\r\n", " ", 0);
  g_string_replace (joined, "\n", " ", 0);
  g_string_replace (joined, "\r", " ", 0);

  g_signal_handlers_block_by_func (buffer, insert_text_cb, self);
  gtk_text_buffer_insert (buffer, location, joined->str, (int) joined->len);
  g_signal_handlers_unblock_by_func (buffer, insert_text_cb, self);
}

/* Enter moves on before the text view sees it (which would replace any
 * selection), unless an input method wants it, as to end a composition. */
static gboolean
key_pressed_cb (RapportPeecStep       *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (!is_enter (keyval))
    return GDK_EVENT_PROPAGATE;

  if (event != NULL && gtk_text_view_im_context_filter_keypress (self->view, event))
    return GDK_EVENT_STOP;

  g_signal_emit (self, signals[ACTIVATE_NEXT], 0);
  return GDK_EVENT_STOP;
}

/* Actions */

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[ACTIVATE_NEXT], 0);
}

/* Overrides */

/* Coming to a step: typing goes on at the end of its text. */
static gboolean
rapport_peec_step_grab_focus (GtkWidget *widget)
{
  RapportPeecStep *self = RAPPORT_PEEC_STEP (widget);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_place_cursor (self->buffer, &end);
  return gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
rapport_peec_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RAPPORT_TYPE_PEEC_STEP);

  G_OBJECT_CLASS (rapport_peec_step_parent_class)->dispose (object);
}

static void
rapport_peec_step_finalize (GObject *object)
{
  RapportPeecStep *self = RAPPORT_PEEC_STEP (object);

  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->example, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->hints, g_strfreev);

  G_OBJECT_CLASS (rapport_peec_step_parent_class)->finalize (object);
}

static void
rapport_peec_step_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RapportPeecStep *self = RAPPORT_PEEC_STEP (object);

  switch (prop_id)
    {
    case PROP_PART:
      g_value_set_enum (value, self->part);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;

    case PROP_EXAMPLE:
      g_value_set_string (value, self->example);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_HINTS:
      g_value_set_boxed (value, self->hints);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_peec_step_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RapportPeecStep *self = RAPPORT_PEEC_STEP (object);

  switch (prop_id)
    {
    case PROP_PART:
      rapport_peec_step_set_part (self, g_value_get_enum (value));
      break;

    case PROP_SUBTITLE:
      rapport_peec_step_set_subtitle (self, g_value_get_string (value));
      break;

    case PROP_EXPLANATION:
      rapport_peec_step_set_explanation (self, g_value_get_string (value));
      break;

    case PROP_EXAMPLE:
      rapport_peec_step_set_example (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      rapport_peec_step_set_text (self, g_value_get_string (value));
      break;

    case PROP_HINTS:
      rapport_peec_step_set_hints (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_peec_step_class_init (RapportPeecStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rapport_peec_step_dispose;
  object_class->finalize = rapport_peec_step_finalize;
  object_class->get_property = rapport_peec_step_get_property;
  object_class->set_property = rapport_peec_step_set_property;

  widget_class->grab_focus = rapport_peec_step_grab_focus;

  /**
   * RapportPeecStep:part:
   *
   * The part written in this step; its name heads the step and labels the
   * text. Not %RAPPORT_PEEC_PART_WHOLE.
   */
  properties[PROP_PART] =
    g_param_spec_enum ("part", NULL, NULL,
                       RAPPORT_TYPE_PEEC_PART,
                       RAPPORT_PEEC_PART_PROFESSION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportPeecStep:subtitle:
   *
   * Where the step comes, under the part's name, such as "Step 1 of 5".
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportPeecStep:explanation:
   *
   * The line of guidance: what to write, and about how much.
   */
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportPeecStep:example:
   *
   * An example of the part, shown under the guidance.
   */
  properties[PROP_EXAMPLE] =
    g_param_spec_string ("example", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportPeecStep:text:
   *
   * What is written in the step, on one line.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportPeecStep:hints:
   *
   * The messages of the hints shown under the text, in order.
   */
  properties[PROP_HINTS] =
    g_param_spec_boxed ("hints", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RapportPeecStep::activate-next:
   * @self: the step
   *
   * Emitted when the step asks to move on: Enter in its text, or Next.
   */
  signals[ACTIVATE_NEXT] =
    g_signal_new ("activate-next",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE,
                  0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rapport-peec-step.ui");

  gtk_widget_class_bind_template_child (widget_class, RapportPeecStep, window_title);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecStep, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecStep, example_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecStep, view);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecStep, count_label);
  gtk_widget_class_bind_template_child (widget_class, RapportPeecStep, hints_box);

  gtk_widget_class_install_action (widget_class, "step.next", NULL, next_action);
}

static void
rapport_peec_step_init (RapportPeecStep *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->text = g_strdup ("");
  self->hints = g_new0 (char *, 1);
  self->buffer = gtk_text_view_get_buffer (self->view);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (insert_text_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  self->explanation_label, self->example_label, NULL,
                                  -1);
  update_part (self);
}

/**
 * rapport_peec_step_get_part:
 *
 * Returns: the part written in this step
 */
RapportPeecPart
rapport_peec_step_get_part (RapportPeecStep *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STEP (self), RAPPORT_PEEC_PART_PROFESSION);

  return self->part;
}

/**
 * rapport_peec_step_set_part:
 * @part: one of the four written parts
 *
 * Sets the part written in this step.
 */
void
rapport_peec_step_set_part (RapportPeecStep *self,
                            RapportPeecPart  part)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));
  g_return_if_fail ((guint) part < RAPPORT_PEEC_N_PARTS);

  if (self->part == part)
    return;

  self->part = part;
  update_part (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
}

/**
 * rapport_peec_step_get_subtitle:
 *
 * Returns: (nullable): where the step comes, such as "Step 1 of 5"
 */
const char *
rapport_peec_step_get_subtitle (RapportPeecStep *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STEP (self), NULL);

  return self->subtitle;
}

/**
 * rapport_peec_step_set_subtitle:
 * @subtitle: (nullable): where the step comes, such as "Step 1 of 5"
 */
void
rapport_peec_step_set_subtitle (RapportPeecStep *self,
                                const char      *subtitle)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));

  if (g_set_str (&self->subtitle, subtitle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

/**
 * rapport_peec_step_get_explanation:
 *
 * Returns: (nullable): the line of guidance
 */
const char *
rapport_peec_step_get_explanation (RapportPeecStep *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STEP (self), NULL);

  return self->explanation;
}

/**
 * rapport_peec_step_set_explanation:
 * @explanation: (nullable): the line of guidance
 */
void
rapport_peec_step_set_explanation (RapportPeecStep *self,
                                   const char      *explanation)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));

  if (g_set_str (&self->explanation, explanation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLANATION]);
}

/**
 * rapport_peec_step_get_example:
 *
 * Returns: (nullable): the example of the part
 */
const char *
rapport_peec_step_get_example (RapportPeecStep *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STEP (self), NULL);

  return self->example;
}

/**
 * rapport_peec_step_set_example:
 * @example: (nullable): an example of the part
 */
void
rapport_peec_step_set_example (RapportPeecStep *self,
                               const char      *example)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));

  if (g_set_str (&self->example, example))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAMPLE]);
}

/**
 * rapport_peec_step_get_text:
 *
 * Returns: (transfer none): what is written in the step
 */
const char *
rapport_peec_step_get_text (RapportPeecStep *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STEP (self), NULL);

  return self->text;
}

/**
 * rapport_peec_step_set_text:
 * @text: (nullable): the text, or %NULL for none
 *
 * Replaces what is written in the step. Line breaks become spaces, and a
 * line break alone asks to move on, as when typed.
 */
void
rapport_peec_step_set_text (RapportPeecStep *self,
                            const char      *text)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;

  /* Notifies through buffer_changed_cb(). */
  gtk_text_buffer_set_text (self->buffer, text, -1);
}

/**
 * rapport_peec_step_get_hints:
 *
 * Returns: (transfer none): the messages of the hints shown
 */
const char * const *
rapport_peec_step_get_hints (RapportPeecStep *self)
{
  g_return_val_if_fail (RAPPORT_IS_PEEC_STEP (self), NULL);

  return (const char * const *) self->hints;
}

/**
 * rapport_peec_step_set_hints:
 * @hints: (nullable) (array zero-terminated=1): the messages of the hints to
 *   show, in order, or %NULL for none
 *
 * Shows these hints under the text. They are replaced only when they change,
 * so that nothing flickers and a screen reader's place is kept.
 */
void
rapport_peec_step_set_hints (RapportPeecStep    *self,
                             const char * const *hints)
{
  static const char * const none[] = { NULL };
  GtkWidget *child;

  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));

  if (hints == NULL)
    hints = none;
  if (g_strv_equal ((const char * const *) self->hints, hints))
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->hints_box))) != NULL)
    gtk_box_remove (self->hints_box, child);
  for (guint i = 0; hints[i] != NULL; i++)
    gtk_box_append (self->hints_box, new_hint (hints[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->hints_box), hints[0] != NULL);

  g_strfreev (self->hints);
  self->hints = g_strdupv ((char **) hints);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HINTS]);
}

/**
 * rapport_peec_step_announce:
 * @message: what to say
 *
 * Has a screen reader say @message, politely, from the step's text.
 */
void
rapport_peec_step_announce (RapportPeecStep *self,
                            const char      *message)
{
  g_return_if_fail (RAPPORT_IS_PEEC_STEP (self));
  g_return_if_fail (message != NULL);

  rapport_announce (GTK_ACCESSIBLE (self->view), message, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}
