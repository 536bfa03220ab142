/* dossier-types.h — shared enums and forward declarations of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DossierArticle  DossierArticle;
typedef struct _DossierEntity   DossierEntity;
typedef struct _DossierQuote    DossierQuote;
typedef struct _DossierTimex    DossierTimex;
typedef struct _DossierEvent    DossierEvent;
typedef struct _DossierDocument DossierDocument;

typedef enum
{
  DOSSIER_ENTITY_PERSON,
  DOSSIER_ENTITY_ORGANIZATION,
  DOSSIER_ENTITY_PLACE,
  DOSSIER_ENTITY_OTHER,
} DossierEntityKind;

typedef enum
{
  DOSSIER_QUOTE_DIRECT,
  DOSSIER_QUOTE_PARTIAL,
  DOSSIER_QUOTE_INDIRECT,
} DossierQuoteKind;

typedef enum
{
  DOSSIER_TIMEX_DATE,
  DOSSIER_TIMEX_TIME,
  DOSSIER_TIMEX_DURATION,
  DOSSIER_TIMEX_SET,
} DossierTimexType;

typedef enum
{
  DOSSIER_GRANULARITY_MINUTE,
  DOSSIER_GRANULARITY_HOUR,
  DOSSIER_GRANULARITY_PART_OF_DAY,
  DOSSIER_GRANULARITY_DAY,
  DOSSIER_GRANULARITY_WEEK,
  DOSSIER_GRANULARITY_MONTH,
  DOSSIER_GRANULARITY_QUARTER,
  DOSSIER_GRANULARITY_YEAR,
  DOSSIER_GRANULARITY_DECADE,
} DossierGranularity;

/* A half-open range of characters (Unicode code points) into the article
 * text, with a copy of the text it covers. */
typedef struct
{
  guint  start;
  guint  end;
  char  *text;
} DossierSpan;

GType        dossier_entity_kind_get_type     (void) G_GNUC_CONST;
GType        dossier_quote_kind_get_type      (void) G_GNUC_CONST;
GType        dossier_timex_type_get_type      (void) G_GNUC_CONST;
GType        dossier_granularity_get_type     (void) G_GNUC_CONST;
#define DOSSIER_TYPE_ENTITY_KIND  (dossier_entity_kind_get_type ())
#define DOSSIER_TYPE_QUOTE_KIND   (dossier_quote_kind_get_type ())
#define DOSSIER_TYPE_TIMEX_TYPE   (dossier_timex_type_get_type ())
#define DOSSIER_TYPE_GRANULARITY  (dossier_granularity_get_type ())

/* The names used in the JSON (SCHEMA.md): "person", "direct", "DATE", "day"… */
const char  *dossier_entity_kind_to_string    (DossierEntityKind  kind);
gboolean     dossier_entity_kind_from_string  (const char        *str,
                                               DossierEntityKind *kind);
const char  *dossier_quote_kind_to_string     (DossierQuoteKind   kind);
gboolean     dossier_quote_kind_from_string   (const char        *str,
                                               DossierQuoteKind  *kind);
const char  *dossier_timex_type_to_string     (DossierTimexType   type);
gboolean     dossier_timex_type_from_string   (const char        *str,
                                               DossierTimexType  *type);
const char  *dossier_granularity_to_string    (DossierGranularity granularity);
gboolean     dossier_granularity_from_string  (const char        *str,
                                               DossierGranularity *granularity);

void         dossier_span_clear               (DossierSpan       *span);
void         dossier_span_copy_to             (const DossierSpan *src,
                                               DossierSpan       *dest);

G_END_DECLS
