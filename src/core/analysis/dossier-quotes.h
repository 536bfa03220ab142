/* dossier-quotes.h — the quotes pass: quotation spans, speech cues, speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

void dossier_quotes_run (DossierContext *ctx);

G_END_DECLS
