/* dossier-time.h — the time pass: temporal expressions, normalised against the publication date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

void dossier_time_run (DossierContext *ctx);

G_END_DECLS
