/* dossier-json.h — DossierArticle <-> the JSON of SCHEMA.md (json-glib)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_JSON_ERROR (dossier_json_error_quark ())
typedef enum
{
  DOSSIER_JSON_ERROR_INVALID,
} DossierJsonError;

GQuark          dossier_json_error_quark     (void);

JsonNode       *dossier_json_from_article    (DossierArticle  *article,
                                              gboolean         with_text);
/* One line, no pretty printing, when @pretty is FALSE. */
char           *dossier_json_to_string       (DossierArticle  *article,
                                              gboolean         with_text,
                                              gboolean         pretty);
/* Receives the document in pieces; returns FALSE to stop (a write error). */
typedef gboolean (*DossierJsonWriteFunc)     (const char      *data,
                                              gsize            length,
                                              gpointer         user_data);
gboolean        dossier_json_write           (DossierArticle  *article,
                                              gboolean         with_text,
                                              DossierJsonWriteFunc write,
                                              gpointer         user_data);
DossierArticle *dossier_json_to_article      (JsonNode        *node,
                                              GError         **error);
DossierArticle *dossier_json_parse           (const char      *data,
                                              gssize           length,
                                              GError         **error);

G_END_DECLS
