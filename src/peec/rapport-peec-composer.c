/* rapport-peec-composer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-peec"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-peec-composer.h"
