/* dossier-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-events"

#include "config.h"

#include "dossier-events.h"

void
dossier_events_run (DossierContext *ctx)
{
}
