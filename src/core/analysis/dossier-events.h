/* dossier-events.h — the events pass: timeline entries from timexes, sentences, entities and quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

void dossier_events_run (DossierContext *ctx);

G_END_DECLS
