/* dossier-time.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-time"

#include "config.h"

#include "dossier-time.h"

void
dossier_time_run (DossierContext *ctx)
{
}
