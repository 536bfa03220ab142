/* dossier-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-names"

#include "config.h"

#include "dossier-names.h"

void
dossier_names_run (DossierContext *ctx)
{
}
