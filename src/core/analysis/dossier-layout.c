/* dossier-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-layout"

#include "config.h"

#include "dossier-layout.h"

void
dossier_layout_run (DossierContext *ctx)
{
}
