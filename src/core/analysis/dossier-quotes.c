/* dossier-quotes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-quotes"

#include "config.h"

#include "dossier-quotes.h"

void
dossier_quotes_run (DossierContext *ctx)
{
}
