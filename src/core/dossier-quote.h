/* dossier-quote.h — one quotation: span, kind, speaker, cue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-types.h"
#include "dossier-entity.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_QUOTE (dossier_quote_get_type ())
G_DECLARE_FINAL_TYPE (DossierQuote, dossier_quote, DOSSIER, QUOTE, GObject)

/* Properties: "id", "start", "end", "text", "kind", "speaker" (DossierEntity, nullable). */
DossierQuote       *dossier_quote_new                 (const char        *id,
                                                       guint              start,
                                                       guint              end,
                                                       const char        *text,
                                                       DossierQuoteKind   kind);
const char         *dossier_quote_get_id              (DossierQuote      *self);
guint               dossier_quote_get_start           (DossierQuote      *self);
guint               dossier_quote_get_end             (DossierQuote      *self);
const char         *dossier_quote_get_text            (DossierQuote      *self);
DossierQuoteKind    dossier_quote_get_kind            (DossierQuote      *self);
DossierEntity      *dossier_quote_get_speaker         (DossierQuote      *self);
void                dossier_quote_set_speaker         (DossierQuote      *self,
                                                       DossierEntity     *speaker);
/* Nullable: the occurrence that names the speaker for this quote. */
const DossierSpan  *dossier_quote_get_speaker_mention (DossierQuote      *self);
void                dossier_quote_set_speaker_mention (DossierQuote      *self,
                                                       const DossierSpan *span);
/* Nullable: the speech verb or phrase. */
const DossierSpan  *dossier_quote_get_cue             (DossierQuote      *self);
void                dossier_quote_set_cue             (DossierQuote      *self,
                                                       const DossierSpan *span);

G_END_DECLS
