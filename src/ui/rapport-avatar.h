/* rapport-avatar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_AVATAR (rapport_avatar_get_type ())

G_DECLARE_FINAL_TYPE (RapportAvatar, rapport_avatar, RAPPORT, AVATAR, GtkWidget)

void          rapport_avatar_set_text         (RapportAvatar *self,
                                               const char    *text);
GdkPaintable *rapport_avatar_get_custom_image (RapportAvatar *self);
void          rapport_avatar_set_custom_image (RapportAvatar *self,
                                               GdkPaintable  *image);
double        rapport_avatar_get_font_size    (RapportAvatar *self);

G_END_DECLS
