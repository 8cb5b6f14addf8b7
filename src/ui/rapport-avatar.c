/* rapport-avatar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person's round picture in the list of people: their thumbnail, or
 * their initials on a colour picked from their name, as AdwAvatar draws
 * them and with its style (the "avatar" node and its colour classes), in
 * one widget instead of five. AdwAvatar fits the initials to the circle
 * with a font size of their own, to a fraction of a pixel: every new size
 * is a font Pango loads (a fontconfig sort, glyphs), about a millisecond
 * for each row a search brings in. Here the size is rounded to the pixel,
 * so a few fonts serve every row.
 */

#define G_LOG_DOMAIN "rapport-avatar"

#include "config.h"

#include <math.h>

#include "rapport-avatar.h"

/* As many as libadwaita's stylesheet has: avatar.color1 … color14. */
#define N_COLORS 14

struct _RapportAvatar
{
  GtkWidget parent_instance;

  GdkPaintable *custom_image;
  char *text;
  char *initials;
  guint color;
  int size;
  double font_size;   /* of the initials last drawn, in pixels */
};

G_DEFINE_FINAL_TYPE (RapportAvatar, rapport_avatar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The first letter and the first after the last space, as AdwAvatar's. */
static char *
dup_initials (const char *text)
{
  g_autofree char *upper = g_utf8_strup (text, -1);
  g_autofree char *normalized = g_utf8_normalize (g_strstrip (upper), -1, G_NORMALIZE_DEFAULT_COMPOSE);
  GString *initials;
  const char *last;

  if (normalized == NULL || *normalized == '\0')
    return NULL;
  initials = g_string_new (NULL);
  g_string_append_unichar (initials, g_utf8_get_char (normalized));
  last = g_utf8_strrchr (normalized, -1, ' ');
  if (last != NULL && g_utf8_get_char (g_utf8_next_char (last)) != 0)
    g_string_append_unichar (initials, g_utf8_get_char (g_utf8_next_char (last)));
  return g_string_free_and_steal (initials);
}

static void
set_color (RapportAvatar *self,
           guint          color)
{
  char css_class[16];

  if (self->color == color)
    return;
  g_snprintf (css_class, sizeof css_class, "color%u", self->color);
  gtk_widget_remove_css_class (GTK_WIDGET (self), css_class);
  self->color = color;
  g_snprintf (css_class, sizeof css_class, "color%u", self->color);
  gtk_widget_add_css_class (GTK_WIDGET (self), css_class);
}

/* The initials as large as fit in the square inside the circle, less a
 * margin that grows with the size: AdwAvatar's rule, to the pixel. */
static PangoLayout *
create_initials_layout (RapportAvatar *self)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->initials);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  double max_size = self->size / G_SQRT2 - MAX (self->size * 0.4 - 5, 0);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (width <= 0 || max_size <= 0)
    return layout;
  self->font_size = MIN (round (height * (max_size / width)), floor (max_size));
  pango_attr_list_insert (attributes, pango_attr_size_new_absolute ((int) self->font_size * PANGO_SCALE));
  pango_layout_set_attributes (layout, attributes);
  return layout;
}

static void
snapshot_image (RapportAvatar *self,
                GtkSnapshot   *snapshot,
                int            size)
{
  int width = gdk_paintable_get_intrinsic_width (self->custom_image);
  int height = gdk_paintable_get_intrinsic_height (self->custom_image);
  double scale;
  float scaled_width, scaled_height;

  if (width <= 0 || height <= 0)
    {
      gdk_paintable_snapshot (self->custom_image, snapshot, size, size);
      return;
    }

  /* Covering the circle, the middle of a picture that is not square. */
  scale = MAX ((double) size / width, (double) size / height);
  scaled_width = width * scale;
  scaled_height = height * scale;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, size, size));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((size - scaled_width) / 2, (size - scaled_height) / 2));
  if (GDK_IS_TEXTURE (self->custom_image))
    {
      int device_size = size * gtk_widget_get_scale_factor (GTK_WIDGET (self));

      gtk_snapshot_append_scaled_texture (snapshot, GDK_TEXTURE (self->custom_image),
                                          device_size > MIN (width, height) ? GSK_SCALING_FILTER_NEAREST
                                                                            : GSK_SCALING_FILTER_TRILINEAR,
                                          &GRAPHENE_RECT_INIT (0, 0, scaled_width, scaled_height));
    }
  else
    gdk_paintable_snapshot (self->custom_image, snapshot, scaled_width, scaled_height);
  gtk_snapshot_pop (snapshot);
}

/* No name: the desktop's picture of a person, half the avatar's size. */
static void
snapshot_icon (RapportAvatar *self,
               GtkSnapshot   *snapshot,
               const GdkRGBA *color,
               int            size)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = NULL;
  int icon_size = size / 2;

  icon = gtk_icon_theme_lookup_icon (theme, "avatar-default-symbolic", NULL, icon_size,
                                     gtk_widget_get_scale_factor (widget), gtk_widget_get_direction (widget), 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((size - icon_size) / 2.f, (size - icon_size) / 2.f));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, icon_size, icon_size, color, 1);
  gtk_snapshot_restore (snapshot);
}

static void
rapport_avatar_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RapportAvatar *self = RAPPORT_AVATAR (widget);
  int size = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;
  int width, height;

  if (self->custom_image != NULL)
    {
      snapshot_image (self, snapshot, size);
      return;
    }

  gtk_widget_get_color (widget, &color);
  if (self->initials == NULL)
    {
      snapshot_icon (self, snapshot, &color, size);
      return;
    }

  layout = create_initials_layout (self);
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((size - width) / 2.f, (size - height) / 2.f));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
rapport_avatar_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = *natural = MAX (RAPPORT_AVATAR (widget)->size, 0);
}

static void
rapport_avatar_finalize (GObject *object)
{
  RapportAvatar *self = RAPPORT_AVATAR (object);

  g_clear_object (&self->custom_image);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->initials, g_free);

  G_OBJECT_CLASS (rapport_avatar_parent_class)->finalize (object);
}

static void
rapport_avatar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RapportAvatar *self = RAPPORT_AVATAR (object);

  switch (prop_id)
    {
    case PROP_SIZE:
      g_value_set_int (value, self->size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_avatar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RapportAvatar *self = RAPPORT_AVATAR (object);

  switch (prop_id)
    {
    case PROP_SIZE:
      if (self->size != g_value_get_int (value))
        {
          self->size = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rapport_avatar_class_init (RapportAvatarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rapport_avatar_finalize;
  object_class->get_property = rapport_avatar_get_property;
  object_class->set_property = rapport_avatar_set_property;
  widget_class->measure = rapport_avatar_measure;
  widget_class->snapshot = rapport_avatar_snapshot;

  /**
   * RapportAvatar:size:
   *
   * Its width and height, in pixels.
   */
  properties[PROP_SIZE] =
    g_param_spec_int ("size", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The node libadwaita's stylesheet colours; a row that holds it says
   * the name, so a screen reader need not hear it twice. */
  gtk_widget_class_set_css_name (widget_class, "avatar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
rapport_avatar_init (RapportAvatar *self)
{
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  set_color (self, g_random_int_range (1, N_COLORS));
}

/**
 * rapport_avatar_set_text:
 * @text: (nullable): the name whose initials and colour it shows
 */
void
rapport_avatar_set_text (RapportAvatar *self,
                         const char    *text)
{
  g_autofree char *initials = NULL;

  g_return_if_fail (RAPPORT_IS_AVATAR (self));

  /* Also keeps the colour of a nameless person from changing. */
  if (!g_set_str (&self->text, text != NULL ? text : ""))
    return;
  initials = dup_initials (self->text);
  /* The colour as AdwAvatar picks it; without a name, any. */
  set_color (self, initials != NULL ? g_str_hash (self->text) % N_COLORS + 1 : (guint) g_random_int_range (1, N_COLORS));
  if (g_set_str (&self->initials, initials))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rapport_avatar_get_custom_image:
 *
 * Returns: (transfer none) (nullable): the picture it shows instead of
 *   initials
 */
GdkPaintable *
rapport_avatar_get_custom_image (RapportAvatar *self)
{
  g_return_val_if_fail (RAPPORT_IS_AVATAR (self), NULL);
  return self->custom_image;
}

/**
 * rapport_avatar_set_custom_image:
 * @image: (nullable): a picture to show instead of initials
 */
void
rapport_avatar_set_custom_image (RapportAvatar *self,
                                 GdkPaintable  *image)
{
  g_return_if_fail (RAPPORT_IS_AVATAR (self));
  g_return_if_fail (image == NULL || GDK_IS_PAINTABLE (image));

  if (!g_set_object (&self->custom_image, image))
    return;
  /* Without the background of initials behind it. */
  if (image != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "image");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "image");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rapport_avatar_get_font_size:
 *
 * Returns: the size of the initials last drawn, in whole pixels, or 0
 */
double
rapport_avatar_get_font_size (RapportAvatar *self)
{
  g_return_val_if_fail (RAPPORT_IS_AVATAR (self), 0);
  return self->font_size;
}
