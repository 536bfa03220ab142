/* dossier-model-private.h — what the analyzer uses to fill a new model fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For objects that nobody holds or watches yet (the analyzer builds an
 * article before handing it over): the same effect as the public setters,
 * without a "notify" emission per call.
 */
#pragma once

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <gio/gio.h>

#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-event.h"
#include "dossier-quote.h"
#include "dossier-timex.h"

G_BEGIN_DECLS

/* The characters in @n bytes of valid UTF-8: the bytes that are not
 * continuation bytes (10xxxxxx). Sixteen bytes a step where SSE2 is there
 * (all x86-64), eight otherwise. */
static inline gsize
dossier_utf8_count (const guchar *p,
                    gsize         n)
{
  gsize count = n, i = 0;

#ifdef __SSE2__
  /* a continuation byte is below 0xC0 as a signed byte (-128…-65) */
  const __m128i limit = _mm_set1_epi8 ((char) 0xC0);
  const __m128i zero = _mm_setzero_si128 ();

  while (i + 16 <= n)
    {
      __m128i acc = zero, sums;
      gsize steps = MIN ((n - i) / 16, 255);  /* a byte counts up to 255 */

      for (gsize s = 0; s < steps; s++, i += 16)
        acc = _mm_sub_epi8 (acc, _mm_cmplt_epi8 (_mm_loadu_si128 ((const __m128i *) (const void *) (p + i)),
                                                 limit));
      sums = _mm_sad_epu8 (acc, zero);
      count -= (gsize) _mm_cvtsi128_si32 (sums) + (gsize) _mm_cvtsi128_si32 (_mm_srli_si128 (sums, 8));
    }
#endif
  for (; i + 8 <= n; i += 8)
    {
      guint64 w, cont;

      memcpy (&w, p + i, 8);
      cont = (w & ~(w << 1) & G_GUINT64_CONSTANT (0x8080808080808080)) >> 7;
      count -= (gsize) ((cont * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }
  for (; i < n; i++)
    count -= (p[i] & 0xC0) == 0x80;
  return count;
}

/* The bytes dossier_strings_copy() writes for the @n strings of @in
 * (each nullable; @len[i]: the bytes of @in[i]): at least one. */
static inline gsize
dossier_strings_size (guint               n,
                      const char * const *in,
                      const gsize        *len)
{
  gsize size = 0;

  for (guint i = 0; i < n; i++)
    size += in[i] != NULL ? len[i] + 1 : 0;
  return MAX (size, 1);
}

/* Copies the @n strings of @in one after the other into @p, each
 * NUL-terminated: @out[i] is the copy of @in[i] (NULL for NULL). */
static inline void
dossier_strings_copy (char               *p,
                      guint               n,
                      const char * const *in,
                      const gsize        *len,
                      char              **out)
{
  for (guint i = 0; i < n; i++)
    {
      if (in[i] == NULL)
        {
          out[i] = NULL;
          continue;
        }
      memcpy (p, in[i], len[i]);
      p[len[i]] = '\0';
      out[i] = p;
      p += len[i] + 1;
    }
}

/* Copies of the @n strings of @in (each nullable; @len[i]: the bytes of
 * @in[i], which needs no NUL then) in one allocation, for an object's
 * strings that never change: @out[i] is the copy of @in[i] (NULL for
 * NULL), NUL-terminated. Returns the block: g_free() it, not the copies. */
static inline char *
dossier_strdup_block_len (guint               n,
                          const char * const *in,
                          const gsize        *len,
                          char              **out)
{
  char *block = g_malloc (dossier_strings_size (n, in, len));

  dossier_strings_copy (block, n, in, len, out);
  return block;
}

/* dossier_strdup_block_len() for NUL-terminated strings. */
static inline char *
dossier_strdup_block (guint               n,
                      const char * const *in,
                      char              **out)
{
  gsize len[8];

  g_assert (n <= G_N_ELEMENTS (len));
  for (guint i = 0; i < n; i++)
    len[i] = in[i] != NULL ? strlen (in[i]) : 0;
  return dossier_strdup_block_len (n, in, len, out);
}

/* Memory for the strings of many objects, taken in order from chunks
 * of about 64 kB: an object built by the analyzer keeps its strings in
 * one piece of a chunk instead of an allocation of its own, and holds a
 * reference to that chunk (dossier_str_chunk_unref() in its finalize),
 * so a chunk lives as long as the last object whose strings it holds.
 * A pool is used by one thread; the chunks' counts are atomic. */
typedef struct _DossierStrChunk DossierStrChunk;

typedef struct
{
  DossierStrChunk *chunk;  /* the chunk being filled, or NULL */
  char            *next;
  gsize            left;   /* bytes after next */
  gint             given;  /* references handed out from chunk */
} DossierStrPool;

void     dossier_str_pool_init       (DossierStrPool   *pool);
/* Gives the pool's hold on its chunk back; the objects keep theirs. */
void     dossier_str_pool_clear      (DossierStrPool   *pool);
gpointer dossier_str_pool_alloc_slow (DossierStrPool   *pool,
                                      gsize             size,
                                      DossierStrChunk **chunk);
void     dossier_str_chunk_unref     (DossierStrChunk  *chunk);

/* @size bytes, 8-byte aligned, from @pool; *@chunk: the chunk they are
 * in, with a reference for the caller. */
static inline gpointer
dossier_str_pool_alloc (DossierStrPool   *pool,
                        gsize             size,
                        DossierStrChunk **chunk)
{
  gpointer p;

  size = (size + 7) & ~(gsize) 7;
  if (G_UNLIKELY (size > pool->left))
    return dossier_str_pool_alloc_slow (pool, size, chunk);
  p = pool->next;
  pool->next += size;
  pool->left -= size;
  pool->given++;
  *chunk = pool->chunk;
  return p;
}

/* dossier_strdup_block_len() into memory of @pool: the copies are in
 * one piece of a chunk, *@chunk (a reference for the caller). */
static inline void
dossier_str_pool_strdup_block_len (DossierStrPool     *pool,
                                   guint               n,
                                   const char * const *in,
                                   const gsize        *len,
                                   char              **out,
                                   DossierStrChunk   **chunk)
{
  char *p = dossier_str_pool_alloc (pool, dossier_strings_size (n, in, len), chunk);

  dossier_strings_copy (p, n, in, len, out);
}

/* The item at @position of one of an article's lists (what
 * dossier_article_get_entities() and the like return), borrowed: no
 * reference taken, the list keeps it alive. */
gpointer dossier_article_list_peek (GListModel *list,
                                    guint       position);

/* Appends the @n @items (of the list's type, not checked) to one of an
 * article's lists, taking over the reference to each that the caller
 * held: dossier_article_add_entities() and the like, minus a reference
 * and an unreference per item. */
void dossier_article_list_take (GListModel *list,
                                gpointer   *items,
                                guint       n);

/* An article whose lists are still to make: @build (@article, @data)
 * makes them at the first call that reads or changes them (through the
 * article's API), then @free_data (nullable) frees @data; when that never
 * comes, @free_data frees @data with the article. Only for an article
 * that one thread uses. */
typedef void (*DossierArticleBuildFunc) (DossierArticle *article,
                                         gpointer        data);

void     dossier_article_set_pending  (DossierArticle          *self,
                                       DossierArticleBuildFunc  build,
                                       gpointer                 data,
                                       GDestroyNotify           free_data);

/* The data of what is pending when it is @build's, else %NULL (nothing
 * pending, or made already). */
gpointer dossier_article_peek_pending (DossierArticle          *self,
                                       DossierArticleBuildFunc  build);

/* Room for @n_mentions more mentions whose texts take @text_bytes bytes
 * (without their NULs). */
void dossier_entity_reserve_mentions (DossierEntity *self,
                                      guint          n_mentions,
                                      gsize          text_bytes);
/* A mention's span in characters and its text (not NUL-terminated). */
typedef struct
{
  guint       start;
  guint       end;
  const char *text;
  gsize       len;
} DossierMentionText;

/* dossier_entity_add_mention_quiet() for @all[@indexes[k]] in turn (the
 * indexes not below @n_all are skipped), with one allocation for all. */
void dossier_entity_add_mentions_quiet (DossierEntity            *self,
                                        const DossierMentionText *all,
                                        guint                     n_all,
                                        const guint              *indexes,
                                        guint                     n_indexes);
/* dossier_event_set_sentence() without the notifications. */
void dossier_event_set_sentence_quiet (DossierEvent *self,
                                       guint         start,
                                       guint         end);
/* An event's entities and quotes, borrowed, without creating their
 * arrays (what dossier_event_get_entities() does): NULL when none. */
DossierEntity **dossier_event_peek_entities (DossierEvent *self,
                                             guint        *n_entities);
DossierQuote  **dossier_event_peek_quotes   (DossierEvent *self,
                                             guint        *n_quotes);
/* dossier_entity_add_alias() for each of the @n_aliases @aliases (NULLs
 * skipped), without the notifications. */
void dossier_entity_add_aliases_quiet (DossierEntity      *self,
                                       const char * const *aliases,
                                       guint               n_aliases);
/* dossier_entity_set_n_quotes() and dossier_entity_set_role() without
 * the notifications. */
void dossier_entity_set_n_quotes_quiet (DossierEntity *self,
                                        guint          n_quotes);
void dossier_entity_set_role_quiet     (DossierEntity *self,
                                        const char    *role);
/* dossier_entity_add_mention_len() without the notification. */
void dossier_entity_add_mention_quiet (DossierEntity *self,
                                       guint          start,
                                       guint          end,
                                       const char    *text,
                                       gsize          len);

/* dossier_timex_set_anchor() without the notification (nor the test
 * for the same value). */
void dossier_timex_set_anchor_quiet (DossierTimex *self,
                                     const char   *anchor);

/* dossier_timex_new() and dossier_quote_new() with the text given by
 * its length (@text_len bytes, no NUL needed). */
DossierTimex *dossier_timex_new_len (guint             start,
                                     guint             end,
                                     const char       *text,
                                     gsize             text_len,
                                     DossierTimexType  type,
                                     const char       *value);
/* dossier_timex_new_len() with the strings in @pool. */
DossierTimex *dossier_timex_new_pooled (DossierStrPool   *pool,
                                        guint             start,
                                        guint             end,
                                        const char       *text,
                                        gsize             text_len,
                                        DossierTimexType  type,
                                        const char       *value);
/* dossier_event_new() with the strings in @pool. */
DossierEvent *dossier_event_new_pooled (DossierStrPool     *pool,
                                        const char         *id,
                                        int                 timex,
                                        const char         *date_start,
                                        const char         *date_end,
                                        DossierGranularity  granularity,
                                        gboolean            approximate,
                                        const char         *label);
DossierQuote *dossier_quote_new_len (const char       *id,
                                     guint             start,
                                     guint             end,
                                     const char       *text,
                                     gsize             text_len,
                                     DossierQuoteKind  kind);

/* dossier_quote_set_speaker() without the notification, and
 * dossier_quote_set_speaker_mention() and dossier_quote_set_cue() from
 * a span's bounds and the bytes of its text (@len of them, no NUL
 * needed). */
void dossier_quote_set_speaker_quiet       (DossierQuote  *self,
                                            DossierEntity *speaker);
void dossier_quote_set_speaker_mention_len (DossierQuote  *self,
                                            guint          start,
                                            guint          end,
                                            const char    *text,
                                            gsize          len);
void dossier_quote_set_cue_len             (DossierQuote  *self,
                                            guint          start,
                                            guint          end,
                                            const char    *text,
                                            gsize          len);

/* dossier_quote_new_len() with the strings in @pool, and the speaker
 * mention and the cue (each nullable: none) set as
 * dossier_quote_set_speaker_mention_len() and dossier_quote_set_cue_len()
 * set them. */
DossierQuote *dossier_quote_new_pooled (DossierStrPool           *pool,
                                        const char               *id,
                                        guint                     start,
                                        guint                     end,
                                        const char               *text,
                                        gsize                     text_len,
                                        DossierQuoteKind          kind,
                                        const DossierMentionText *speaker_mention,
                                        const DossierMentionText *cue);

/* dossier_event_add_entity() and dossier_event_add_quote() for
 * @items[@indexes[k]] in turn (the indexes outside [0, @n_items) are
 * skipped; @items are entities, or quotes for the second), without the
 * notifications, with the array of the items in @pool (when not NULL)
 * when the event has none yet. */
void dossier_event_add_entities_pooled (DossierStrPool        *pool,
                                        DossierEvent          *self,
                                        DossierEntity * const *items,
                                        guint                  n_items,
                                        const int             *indexes,
                                        guint                  n_indexes);
void dossier_event_add_quotes_pooled   (DossierStrPool       *pool,
                                        DossierEvent         *self,
                                        DossierQuote * const *items,
                                        guint                 n_items,
                                        const int            *indexes,
                                        guint                 n_indexes);

/* dossier_entity_new() then dossier_entity_add_mention_quiet() for each
 * of the @n_mentions @mentions, with the strings and the block of the
 * mentions in @pool. */
DossierEntity *dossier_entity_new_pooled (DossierStrPool           *pool,
                                          const char               *id,
                                          const char               *name,
                                          DossierEntityKind         kind,
                                          const DossierMentionText *mentions,
                                          guint                     n_mentions);

/* All the fields the JSON writer reads, in one call (no type check per
 * field): the values the public getters return, borrowed. */
typedef struct
{
  const char         *id;
  const char         *name;
  DossierEntityKind   kind;
  const char         *role;
  const char * const *aliases;
  const DossierSpan  *mentions;
  guint               n_mentions;
} DossierEntityView;

typedef struct
{
  const char        *id;
  guint              start;
  guint              end;
  const char        *text;
  DossierQuoteKind   kind;
  DossierEntity     *speaker;
  const DossierSpan *speaker_mention;  /* NULL: none */
  const DossierSpan *cue;              /* NULL: none */
} DossierQuoteView;

typedef struct
{
  guint             start;
  guint             end;
  const char       *text;
  DossierTimexType  type;
  const char       *value;
  const char       *mod;
  const char       *anchor;
} DossierTimexView;

typedef struct
{
  const char         *id;
  int                 timex;
  const char         *date_start;
  const char         *date_end;
  DossierGranularity  granularity;
  gboolean            approximate;
  const char         *label;
  guint               sentence_start;
  guint               sentence_end;
} DossierEventView;

void        dossier_entity_view    (DossierEntity     *self,
                                    DossierEntityView *view);
void        dossier_quote_view     (DossierQuote      *self,
                                    DossierQuoteView  *view);
void        dossier_timex_view     (DossierTimex      *self,
                                    DossierTimexView  *view);
void        dossier_event_view     (DossierEvent      *self,
                                    DossierEventView  *view);
/* dossier_entity_get_id() and dossier_quote_get_id() without the check */
const char *dossier_entity_peek_id (DossierEntity     *self);
const char *dossier_quote_peek_id  (DossierQuote      *self);

G_END_DECLS
