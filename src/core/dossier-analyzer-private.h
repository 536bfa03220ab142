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

/* With DOSSIER_TIMING set: prints the time since the last mark (and the
 * memory in use) for @step on stderr. */
void            dossier_analyzer_timing_mark   (const char     *step);

G_END_DECLS
