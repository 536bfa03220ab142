/* dossier-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-types"

#include "config.h"

#include <string.h>

#include "dossier-types.h"
#include "dossier-model-private.h"

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

/* ---- DossierStrPool ---------------------------------------------------- */

struct _DossierStrChunk
{
  gint ref_count;
  /* the data follows, 8-byte aligned */
};

#define CHUNK_HEADER 8
#define CHUNK_SIZE ((gsize) 64 * 1024 - 32)
/* While a pool fills a chunk it holds this many references for the
 * objects still to come: none of theirs can bring the count to zero
 * early, and the pool counts what it hands out without atomics. */
#define CHUNK_RESERVE (1 << 30)

void
dossier_str_pool_init (DossierStrPool *pool)
{
  memset (pool, 0, sizeof *pool);
}

/* Gives back the references the pool held for objects to come. */
static void
retire_chunk (DossierStrPool *pool)
{
  DossierStrChunk *chunk = pool->chunk;

  if (chunk == NULL)
    return;
  pool->chunk = NULL;
  pool->next = NULL;
  pool->left = 0;
  /* the chunk's count becomes what the objects hold */
  if (g_atomic_int_add (&chunk->ref_count, pool->given - CHUNK_RESERVE) == CHUNK_RESERVE - pool->given)
    g_free (chunk);
  pool->given = 0;
}

void
dossier_str_pool_clear (DossierStrPool *pool)
{
  retire_chunk (pool);
}

gpointer
dossier_str_pool_alloc_slow (DossierStrPool   *pool,
                             gsize             size,
                             DossierStrChunk **chunk)
{
  DossierStrChunk *c;
  gpointer p;

  /* a large piece: a chunk of its own, the current one kept */
  if (size > CHUNK_SIZE / 4)
    {
      c = g_malloc (CHUNK_HEADER + size);
      c->ref_count = 1;
      *chunk = c;
      return (char *) c + CHUNK_HEADER;
    }
  retire_chunk (pool);
  c = g_malloc (CHUNK_HEADER + CHUNK_SIZE);
  c->ref_count = CHUNK_RESERVE;
  pool->chunk = c;
  pool->next = (char *) c + CHUNK_HEADER;
  pool->left = CHUNK_SIZE;
  pool->given = 0;
  p = pool->next;
  pool->next += size;
  pool->left -= size;
  pool->given++;
  *chunk = c;
  return p;
}

void
dossier_str_chunk_unref (DossierStrChunk *chunk)
{
  if (chunk != NULL && g_atomic_int_dec_and_test (&chunk->ref_count))
    g_free (chunk);
}
