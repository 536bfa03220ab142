/* dossier-text.h — the text pass: tokens, sentences, paragraphs and lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

void dossier_text_run (DossierContext *ctx);

G_END_DECLS
