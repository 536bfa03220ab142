/* dossier-analyzer-private.h — the analyzer's boundary, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-article.h"
#include "analysis/dossier-context.h"

G_BEGIN_DECLS

/* Builds an article (a copy of ctx->text) from a finished context,
 * converting every byte offset to characters. */
DossierArticle *dossier_analyzer_build_article (DossierContext *ctx);

G_END_DECLS
