/* dossier-event.h — one timeline entry: a dated happening built on a timex
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-types.h"
#include "dossier-entity.h"
#include "dossier-quote.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT (dossier_event_get_type ())
G_DECLARE_FINAL_TYPE (DossierEvent, dossier_event, DOSSIER, EVENT, GObject)

/* Properties: "id", "timex" (int index into the article's timexes), "date-start",
 * "date-end" (ISO strings), "granularity", "approximate", "label",
 * "sentence-start", "sentence-end" (characters). */
DossierEvent       *dossier_event_new                (const char         *id,
                                                      int                 timex,
                                                      const char         *date_start,
                                                      const char         *date_end,
                                                      DossierGranularity  granularity,
                                                      gboolean            approximate,
                                                      const char         *label);
const char         *dossier_event_get_id             (DossierEvent       *self);
int                 dossier_event_get_timex          (DossierEvent       *self);
const char         *dossier_event_get_date_start     (DossierEvent       *self);
const char         *dossier_event_get_date_end       (DossierEvent       *self);
DossierGranularity  dossier_event_get_granularity    (DossierEvent       *self);
gboolean            dossier_event_get_approximate    (DossierEvent       *self);
const char         *dossier_event_get_label          (DossierEvent       *self);
guint               dossier_event_get_sentence_start (DossierEvent       *self);
guint               dossier_event_get_sentence_end   (DossierEvent       *self);
void                dossier_event_set_sentence       (DossierEvent       *self,
                                                      guint               start,
                                                      guint               end);
/* Borrowed arrays of DossierEntity* / DossierQuote*; never NULL. */
GPtrArray          *dossier_event_get_entities       (DossierEvent       *self);
GPtrArray          *dossier_event_get_quotes         (DossierEvent       *self);
void                dossier_event_add_entity         (DossierEvent       *self,
                                                      DossierEntity      *entity);
void                dossier_event_add_quote          (DossierEvent       *self,
                                                      DossierQuote       *quote);
/* The start of the date range as a GDateTime in UTC for placing on a time
 * axis (missing parts are the first of the period); NULL for unknown dates. */
GDateTime          *dossier_event_dup_start_time     (DossierEvent       *self);
GDateTime          *dossier_event_dup_end_time       (DossierEvent       *self);

G_END_DECLS
