/* dossier-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-types"

#include "config.h"

#include <string.h>

#include "dossier-types.h"

static const char * const entity_kinds[] = { "person", "organization", "place", "other" };
static const char * const quote_kinds[] = { "direct", "partial", "indirect" };
static const char * const timex_types[] = { "DATE", "TIME", "DURATION", "SET" };
static const char * const granularities[] = {
  "minute", "hour", "part-of-day", "day", "week", "month", "quarter", "year", "decade",
};

static gboolean
lookup (const char * const *names,
        guint               n_names,
        const char         *str,
        int                *out)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (strcmp (names[i], str) == 0)
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_ENUM_STRINGS(TypeName, type_name, table)                         \
  const char *                                                                  \
  dossier_##type_name##_to_string (TypeName value)                              \
  {                                                                             \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);          \
    return table[value];                                                        \
  }                                                                             \
  gboolean                                                                      \
  dossier_##type_name##_from_string (const char *str,                           \
                                     TypeName   *value)                         \
  {                                                                             \
    int v;                                                                      \
    if (!lookup (table, G_N_ELEMENTS (table), str, &v))                         \
      return FALSE;                                                             \
    *value = (TypeName) v;                                                      \
    return TRUE;                                                                \
  }

DEFINE_ENUM_STRINGS (DossierEntityKind, entity_kind, entity_kinds)
DEFINE_ENUM_STRINGS (DossierQuoteKind, quote_kind, quote_kinds)
DEFINE_ENUM_STRINGS (DossierTimexType, timex_type, timex_types)
DEFINE_ENUM_STRINGS (DossierGranularity, granularity, granularities)

#define DEFINE_ENUM_TYPE(type_name, TypeName, table)                            \
  GType                                                                         \
  dossier_##type_name##_get_type (void)                                         \
  {                                                                             \
    static gsize gtype = 0;                                                     \
    if (g_once_init_enter (&gtype))                                             \
      {                                                                         \
        static GEnumValue values[G_N_ELEMENTS (table) + 1];                     \
        for (guint i = 0; i < G_N_ELEMENTS (table); i++)                        \
          {                                                                     \
            values[i].value = (int) i;                                          \
            values[i].value_name = table[i];                                    \
            values[i].value_nick = table[i];                                    \
          }                                                                     \
        g_once_init_leave (&gtype, g_enum_register_static (TypeName, values));  \
      }                                                                         \
    return gtype;                                                               \
  }

DEFINE_ENUM_TYPE (entity_kind, "DossierEntityKind", entity_kinds)
DEFINE_ENUM_TYPE (quote_kind, "DossierQuoteKind", quote_kinds)
DEFINE_ENUM_TYPE (timex_type, "DossierTimexType", timex_types)
DEFINE_ENUM_TYPE (granularity, "DossierGranularity", granularities)

void
dossier_span_clear (DossierSpan *span)
{
  g_clear_pointer (&span->text, g_free);
  span->start = span->end = 0;
}

void
dossier_span_copy_to (const DossierSpan *src,
                      DossierSpan       *dest)
{
  dest->start = src->start;
  dest->end = src->end;
  dest->text = g_strdup (src->text);
}
