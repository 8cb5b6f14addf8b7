/* rapport-peec-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-peec"

#include "config.h"

#include "rapport-peec-text.h"
