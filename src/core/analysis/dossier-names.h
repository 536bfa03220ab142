/* dossier-names.h — the names pass: proper names, their kind, alias clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

void dossier_names_run (DossierContext *ctx);

G_END_DECLS
