/* dossier-layout.h — the layout pass: title, credit, dateline, byline, footer date, body range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

void dossier_layout_run (DossierContext *ctx);

G_END_DECLS
