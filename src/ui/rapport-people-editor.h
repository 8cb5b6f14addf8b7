/* rapport-people-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_PEOPLE_EDITOR (rapport_people_editor_get_type ())

G_DECLARE_FINAL_TYPE (RapportPeopleEditor, rapport_people_editor, RAPPORT, PEOPLE_EDITOR, AdwBin)

G_END_DECLS
