/* dossier-analyzer-private.h — the analyzer's boundary, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-article.h"
#include "analysis/dossier-context.h"
#include "dossier-offset-map.h"

G_BEGIN_DECLS

/* Builds an article (a copy of ctx->text) from a finished context,
 * converting every byte offset to characters. */
DossierArticle *dossier_analyzer_build_article (DossierContext *ctx);

/* With DOSSIER_TIMING set: prints the time since the last mark (and the
 * memory in use) for @step on stderr. */
void            dossier_analyzer_timing_mark   (const char     *step);

/* For the command line's last file only, never in the GUI: the analysis
 * context of the next analysis is left to the end of the process instead
 * of being taken apart block by block (a quarter of a million blocks, some
 * ten milliseconds, on 20 MB of text). */
void            dossier_analyzer_set_keep_context (gboolean     keep);

/* With the context kept (dossier_analyzer_set_keep_context ()), the
 * article's lists (entities, quotes, timexes, events) are made only when
 * something asks for them through the article's API: the JSON writer
 * writes them straight from the context instead (the same bytes), without
 * the hundreds of thousands of model objects of a large text. */
typedef struct
{
  DossierContext   *ctx;
  DossierOffsetMap  map;       /* over ctx->text */
  gboolean          owns_ctx;  /* freed with this */
} DossierPendingLists;

/* The context of @article's lists while they are not made, else %NULL. */
DossierPendingLists *dossier_analyzer_peek_pending (DossierArticle *article);

G_END_DECLS
