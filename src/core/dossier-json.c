/* dossier-json.c — DossierArticle <-> the JSON of SCHEMA.md (json-glib)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dossier_json_to_string() writes the document one top-level item at a
 * time (each entity, quote… is a small json-glib tree, serialised by
 * JsonGenerator and dropped), so that a large article never needs the
 * whole tree in memory. Pretty output and dossier_json_from_article()
 * build the whole tree.
 */
#define G_LOG_DOMAIN "dossier-json"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <glib/gi18n.h>

#include "dossier-json.h"
#include "dossier-model-private.h"
#include "dossier-analyzer-private.h"

#define FORMAT_NAME "dossier-analysis"
#define FORMAT_VERSION 1

G_DEFINE_QUARK (dossier-json-error-quark, dossier_json_error)

/* ---- article -> JSON ------------------------------------------------- */

static JsonNode *
string_or_null (const char *str)
{
  JsonNode *node = json_node_alloc ();

  if (str == NULL)
    return json_node_init_null (node);
  return json_node_init_string (node, str);
}

static JsonArray *
strv_to_array (const char * const *strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  return array;
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_object (node, object);
  json_object_unref (object);
  return node;
}

static JsonObject *
span_object (guint       start,
             guint       end,
             const char *text)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "start", start);
  json_object_set_int_member (object, "end", end);
  if (text != NULL)
    json_object_set_string_member (object, "text", text);
  return object;
}

static JsonNode *
span_or_null (const DossierSpan *span)
{
  if (span == NULL)
    return json_node_new (JSON_NODE_NULL);
  return object_node (span_object (span->start, span->end, span->text));
}

static JsonNode *
source_node (DossierArticle *article)
{
  JsonObject *source = json_object_new ();
  const char *path = dossier_article_get_source_path (article);
  const char *sha256 = dossier_article_get_source_sha256 (article);
  const char *encoding = dossier_article_get_source_encoding (article);

  json_object_set_string_member (source, "path", path != NULL ? path : "");
  json_object_set_string_member (source, "sha256", sha256 != NULL ? sha256 : "");
  json_object_set_string_member (source, "encoding", encoding != NULL ? encoding : "UTF-8");
  return object_node (source);
}

static JsonNode *
metadata_node (DossierArticle *article)
{
  JsonObject *md = json_object_new ();
  guint start, end;

  json_object_set_member (md, "title", string_or_null (dossier_article_get_title (article)));
  json_object_set_array_member (md, "authors", strv_to_array (dossier_article_get_authors (article)));
  json_object_set_array_member (md, "contributors",
                                strv_to_array (dossier_article_get_contributors (article)));
  json_object_set_member (md, "outlet", string_or_null (dossier_article_get_outlet (article)));
  json_object_set_member (md, "dateline", string_or_null (dossier_article_get_dateline (article)));
  json_object_set_member (md, "published", string_or_null (dossier_article_get_published (article)));
  json_object_set_array_member (md, "credits", strv_to_array (dossier_article_get_credits (article)));
  if (dossier_article_get_body (article, &start, &end))
    json_object_set_object_member (md, "body", span_object (start, end, NULL));
  else
    json_object_set_null_member (md, "body");
  return object_node (md);
}

/* The entity without its mentions (they are added by the caller). */
static JsonObject *
entity_object (DossierEntity *entity)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", dossier_entity_get_id (entity));
  json_object_set_string_member (object, "name", dossier_entity_get_name (entity));
  json_object_set_string_member (object, "kind",
                                 dossier_entity_kind_to_string (dossier_entity_get_kind (entity)));
  json_object_set_array_member (object, "aliases", strv_to_array (dossier_entity_get_aliases (entity)));
  if (dossier_entity_get_role (entity) != NULL)
    json_object_set_string_member (object, "role", dossier_entity_get_role (entity));
  return object;
}

static JsonNode *
entity_node (DossierEntity *entity)
{
  JsonObject *object = entity_object (entity);
  JsonArray *mentions;
  const DossierSpan *spans;
  guint n_spans;

  spans = dossier_entity_get_mentions (entity, &n_spans);
  mentions = json_array_sized_new (n_spans);
  for (guint i = 0; i < n_spans; i++)
    json_array_add_object_element (mentions, span_object (spans[i].start, spans[i].end, spans[i].text));
  json_object_set_array_member (object, "mentions", mentions);
  return object_node (object);
}

static JsonNode *
quote_node (DossierQuote *quote)
{
  JsonObject *object = json_object_new ();
  DossierEntity *speaker = dossier_quote_get_speaker (quote);
  const DossierSpan *cue = dossier_quote_get_cue (quote);

  json_object_set_string_member (object, "id", dossier_quote_get_id (quote));
  json_object_set_int_member (object, "start", dossier_quote_get_start (quote));
  json_object_set_int_member (object, "end", dossier_quote_get_end (quote));
  json_object_set_string_member (object, "text", dossier_quote_get_text (quote));
  json_object_set_string_member (object, "kind",
                                 dossier_quote_kind_to_string (dossier_quote_get_kind (quote)));
  json_object_set_member (object, "speaker",
                          string_or_null (speaker != NULL ? dossier_entity_get_id (speaker) : NULL));
  json_object_set_member (object, "speaker_mention",
                          span_or_null (dossier_quote_get_speaker_mention (quote)));
  if (cue != NULL)
    json_object_set_member (object, "cue", span_or_null (cue));
  return object_node (object);
}

static JsonNode *
timex_node (DossierTimex *timex)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "start", dossier_timex_get_start (timex));
  json_object_set_int_member (object, "end", dossier_timex_get_end (timex));
  json_object_set_string_member (object, "text", dossier_timex_get_text (timex));
  json_object_set_string_member (object, "type",
                                 dossier_timex_type_to_string (dossier_timex_get_timex_type (timex)));
  json_object_set_string_member (object, "value", dossier_timex_get_value (timex));
  if (dossier_timex_get_anchor (timex) != NULL)
    json_object_set_string_member (object, "anchor", dossier_timex_get_anchor (timex));
  if (dossier_timex_get_mod (timex) != NULL)
    json_object_set_string_member (object, "mod", dossier_timex_get_mod (timex));
  return object_node (object);
}

static JsonNode *
event_node (DossierEvent *event)
{
  JsonObject *object = json_object_new ();
  JsonObject *date = json_object_new ();
  JsonArray *entities = json_array_new ();
  JsonArray *quotes = json_array_new ();
  GPtrArray *items;

  json_object_set_string_member (object, "id", dossier_event_get_id (event));
  json_object_set_int_member (object, "timex", dossier_event_get_timex (event));
  json_object_set_member (date, "start", string_or_null (dossier_event_get_date_start (event)));
  json_object_set_member (date, "end", string_or_null (dossier_event_get_date_end (event)));
  json_object_set_string_member (date, "granularity",
                                 dossier_granularity_to_string (dossier_event_get_granularity (event)));
  json_object_set_boolean_member (date, "approximate", dossier_event_get_approximate (event));
  json_object_set_object_member (object, "date", date);
  json_object_set_string_member (object, "label", dossier_event_get_label (event));
  json_object_set_object_member (object, "sentence",
                                 span_object (dossier_event_get_sentence_start (event),
                                              dossier_event_get_sentence_end (event), NULL));
  items = dossier_event_get_entities (event);
  for (guint i = 0; i < items->len; i++)
    json_array_add_string_element (entities, dossier_entity_get_id (g_ptr_array_index (items, i)));
  items = dossier_event_get_quotes (event);
  for (guint i = 0; i < items->len; i++)
    json_array_add_string_element (quotes, dossier_quote_get_id (g_ptr_array_index (items, i)));
  json_object_set_array_member (object, "entities", entities);
  json_object_set_array_member (object, "quotes", quotes);
  return object_node (object);
}

typedef JsonNode *(*ItemToNode) (gpointer item);

static JsonArray *
model_to_array (GListModel *model,
                ItemToNode  to_node)
{
  guint n = g_list_model_get_n_items (model);
  JsonArray *array = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      json_array_add_element (array, to_node (item));
    }
  return array;
}

/**
 * dossier_json_from_article:
 * @article: an article
 * @with_text: whether to include the text
 *
 * Returns: (transfer full): the analysis document of SCHEMA.md
 */
JsonNode *
dossier_json_from_article (DossierArticle *article,
                           gboolean        with_text)
{
  JsonObject *root;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);

  root = json_object_new ();
  json_object_set_string_member (root, "format", FORMAT_NAME);
  json_object_set_int_member (root, "version", FORMAT_VERSION);
  json_object_set_member (root, "source", source_node (article));
  if (with_text)
    json_object_set_string_member (root, "text", dossier_article_get_text (article));
  json_object_set_member (root, "metadata", metadata_node (article));
  json_object_set_array_member (root, "entities",
                                model_to_array (dossier_article_get_entities (article),
                                                (ItemToNode) entity_node));
  json_object_set_array_member (root, "quotes",
                                model_to_array (dossier_article_get_quotes (article),
                                                (ItemToNode) quote_node));
  json_object_set_array_member (root, "timexes",
                                model_to_array (dossier_article_get_timexes (article),
                                                (ItemToNode) timex_node));
  json_object_set_array_member (root, "events",
                                model_to_array (dossier_article_get_events (article),
                                                (ItemToNode) event_node));
  return object_node (root);
}

/* ---- the one-line writer ---------------------------------------------
 *
 * The one-line document is written straight into a byte buffer, byte for
 * byte what JsonGenerator writes for dossier_json_from_article() (strings
 * escaped as json-glib 1.6 does: " \ and the control characters below
 * U+001F, and U+007F; everything else as it is), without a json-glib tree:
 * an article can have a million mentions. With a write function the
 * buffer is handed over in pieces of about FLUSH_SIZE bytes.
 */

#define FLUSH_SIZE (1u << 20)

typedef struct
{
  char                 *buf;
  gsize                 len;
  gsize                 alloc;
  DossierJsonWriteFunc  write;
  gpointer              user_data;
  gboolean              failed;
} Out;

static void
out_grow (Out   *o,
          gsize  n)
{
  gsize want = MAX (o->alloc * 2, o->len + n + 1);

  o->buf = g_realloc (o->buf, want);
  o->alloc = want;
}

static inline void
out_reserve (Out   *o,
             gsize  n)
{
  if (G_UNLIKELY (o->len + n + 1 > o->alloc))
    out_grow (o, n);
}

static inline void
out_append_len (Out        *o,
                const char *s,
                gsize       n)
{
  out_reserve (o, n);
  memcpy (o->buf + o->len, s, n);
  o->len += n;
}

static inline void
out_c (Out  *o,
       char  c)
{
  out_reserve (o, 1);
  o->buf[o->len++] = c;
}

/* A string literal */
#define out_lit(o, lit) out_append_len ((o), "" lit, sizeof (lit) - 1)

/* Hands what is written so far to the write function, if any. */
static void
out_flush (Out *o)
{
  if (o->write == NULL || o->len == 0)
    return;
  if (!o->failed && !o->write (o->buf, o->len, o->user_data))
    o->failed = TRUE;
  o->len = 0;
}

static inline void
out_maybe_flush (Out *o)
{
  if (o->write != NULL && o->len >= FLUSH_SIZE)
    out_flush (o);
}

static const char digit_pairs[201] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* Two digits a step, written straight into the buffer, from its end. */
static void
out_int_any (Out    *o,
             gint64  value)
{
  guint64 v = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  static const guint64 powers[20] = {
    G_GUINT64_CONSTANT (1), G_GUINT64_CONSTANT (10), G_GUINT64_CONSTANT (100),
    G_GUINT64_CONSTANT (1000), G_GUINT64_CONSTANT (10000), G_GUINT64_CONSTANT (100000),
    G_GUINT64_CONSTANT (1000000), G_GUINT64_CONSTANT (10000000),
    G_GUINT64_CONSTANT (100000000), G_GUINT64_CONSTANT (1000000000),
    G_GUINT64_CONSTANT (10000000000), G_GUINT64_CONSTANT (100000000000),
    G_GUINT64_CONSTANT (1000000000000), G_GUINT64_CONSTANT (10000000000000),
    G_GUINT64_CONSTANT (100000000000000), G_GUINT64_CONSTANT (1000000000000000),
    G_GUINT64_CONSTANT (10000000000000000), G_GUINT64_CONSTANT (100000000000000000),
    G_GUINT64_CONSTANT (1000000000000000000), G_GUINT64_CONSTANT (10000000000000000000),
  };
  guint n = 1;
  char *end;

  /* the number of digits: about log10 from the bit length (1233 / 4096
   * is just above log10 (2)), then one comparison */
  if (v > 0)
    {
      guint t = ((64 - (guint) __builtin_clzll (v)) * 1233) >> 12;

      n = t + (t < G_N_ELEMENTS (powers) && v >= powers[t]);
    }
  n += value < 0;
  out_reserve (o, n);
  end = o->buf + o->len + n;
  o->len += n;
  /* offsets and counts fit in 32 bits: cheaper divisions */
  if (v <= G_MAXUINT32)
    {
      guint32 w = (guint32) v;

      while (w >= 100)
        {
          guint r = w % 100;

          w /= 100;
          end -= 2;
          memcpy (end, digit_pairs + 2 * r, 2);
        }
      v = w;
    }
  while (v >= 100)
    {
      guint r = (guint) (v % 100);

      v /= 100;
      end -= 2;
      memcpy (end, digit_pairs + 2 * r, 2);
    }
  if (v >= 10)
    {
      end -= 2;
      memcpy (end, digit_pairs + 2 * v, 2);
    }
  else
    *--end = (char) ('0' + v);
  if (value < 0)
    *--end = '-';
}

/* @v (below 10000) in decimal, 1 to 4 digits, at @dest; returns the end. */
static inline char *
put_small (char  *dest,
           guint  v)
{
  if (v < 100)
    {
      if (v < 10)
        {
          *dest = (char) ('0' + v);
          return dest + 1;
        }
      memcpy (dest, digit_pairs + 2 * v, 2);
      return dest + 2;
    }
  else
    {
      guint a = v / 100, b = v % 100;

      if (a < 10)
        *dest++ = (char) ('0' + a);
      else
        {
          memcpy (dest, digit_pairs + 2 * a, 2);
          dest += 2;
        }
      memcpy (dest, digit_pairs + 2 * b, 2);
      return dest + 2;
    }
}

/* @v (below 10000) as exactly four digits at @dest. */
static inline void
put_four (char  *dest,
          guint  v)
{
  guint a = v / 100, b = v % 100;

  memcpy (dest, digit_pairs + 2 * a, 2);
  memcpy (dest + 2, digit_pairs + 2 * b, 2);
}

/* @v in decimal at @dest, which has room for ten bytes; returns the end.
 * Four digits a step: fewer divisions than two at a time. */
static inline __attribute__ ((always_inline)) char *
put_uint (char  *dest,
          guint  v)
{
  if (v < 10000)
    return put_small (dest, v);
  if (v < 100000000)
    {
      guint hi = v / 10000;

      dest = put_small (dest, hi);
      put_four (dest, v - hi * 10000);
      return dest + 4;
    }
  else
    {
      guint hi = v / 100000000, mid = v - hi * 100000000, m = mid / 10000;

      dest = put_small (dest, hi);
      put_four (dest, m);
      put_four (dest + 4, mid - m * 10000);
      return dest + 8;
    }
}

/* @value in decimal: offsets and counts with put_uint(). */
static inline void
out_int (Out    *o,
         gint64  value)
{
  if (G_LIKELY (value >= 0 && value <= G_MAXUINT))
    {
      out_reserve (o, 10);
      o->len = put_uint (o->buf + o->len, (guint) value) - o->buf;
      return;
    }
  out_int_any (o, value);
}

/* 0: as it is; else the character after the backslash ('u': \u00XX).
 * Bytes from 0x80 up (UTF-8 sequences) are written as they are. */
static const char escape_table[128] = {
  0,   'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
  'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 0,
  0,   0,   '"', 0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
  0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
  0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
  0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   '\\', 0,  0,   0,
  0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
  0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   'u',
};

/* Copies the @len (< 16) bytes of @src to @dest in at most four
 * fixed-size moves. */
static inline void
gather_short (guchar       *dest,
              const guchar *src,
              gsize         len)
{
  if (len & 8)
    {
      memcpy (dest, src, 8);
      dest += 8;
      src += 8;
    }
  if (len & 4)
    {
      memcpy (dest, src, 4);
      dest += 4;
      src += 4;
    }
  if (len & 2)
    {
      memcpy (dest, src, 2);
      dest += 2;
      src += 2;
    }
  if (len & 1)
    *dest = *src;
}

/* Whether one of the eight bytes of @w needs escaping (a control
 * character, " \ or DEL; the bytes from 0x80 up never do). It may say so
 * of a byte that does not (the caller then looks byte by byte), never the
 * other way round. */
static inline gboolean
word_needs_escape (guint64 w)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64 quote = w ^ (ones * '"');
  guint64 backslash = w ^ (ones * '\\');
  guint64 del = w ^ (ones * 0x7F);
  guint64 hit;

  hit = (w - ones * 0x20) |          /* < 0x20 */
        (quote - ones) |             /* == '"' */
        (backslash - ones) |         /* == '\\' */
        (del - ones);                /* == 0x7F */
  return (hit & ~w & highs) != 0;
}

/* out_string() for a string with something to escape. */
static __attribute__ ((noinline)) void
out_string_slow (Out        *o,
                 const char *str,
                 gsize       len)
{
  const guchar *p, *run, *stop;

  p = run = (const guchar *) str;
  stop = p + len;
  out_c (o, '"');
  while (p < stop)
    {
      char e;

      /* runs of plain characters, eight bytes at a time */
      while (stop - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, 8);
          if (word_needs_escape (w))
            break;
          p += 8;
        }
      if (p >= stop)
        break;
      if (*p >= 0x80 || (e = escape_table[*p]) == 0)
        {
          p++;
          continue;
        }
      out_append_len (o, (const char *) run, p - run);
      out_reserve (o, 6);
      o->buf[o->len++] = '\\';
      if (e == 'u')
        {
          static const char hex[] = "0123456789abcdef";

          memcpy (o->buf + o->len, "u00", 3);
          o->buf[o->len + 3] = hex[*p >> 4];
          o->buf[o->len + 4] = hex[*p & 0xF];
          o->len += 5;
        }
      else
        o->buf[o->len++] = e;
      p++;
      run = p;
    }
  out_append_len (o, (const char *) run, stop - run);
  out_c (o, '"');
}

#ifdef __SSE2__
/* The bytes of @v that need escaping (a control character, " \ or DEL;
 * never one from 0x80 up), as a bit each. */
static inline guint
escape_mask16 (__m128i v)
{
  __m128i m = _mm_cmpeq_epi8 (_mm_min_epu8 (v, _mm_set1_epi8 (0x1F)), v);  /* <= 0x1F */

  m = _mm_or_si128 (m, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')));
  m = _mm_or_si128 (m, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\\')));
  m = _mm_or_si128 (m, _mm_cmpeq_epi8 (v, _mm_set1_epi8 (0x7F)));
  return (guint) _mm_movemask_epi8 (m);
}
#endif

/* The @len bytes at @p between quotes at @dest, which has room for @len
 * + 18 bytes (whole blocks are written: the bytes after the closing
 * quote are overwritten); returns the end, or NULL when a byte needs
 * escaping (then nothing counts). Sixteen bytes at a time (eight without
 * SSE2); never reads past @p + @len. */
static inline __attribute__ ((always_inline)) char *
put_plain_string (char         *dest,
                  const guchar *p,
                  gsize         len)
{
  const guchar *stop = p + len;

  *dest++ = '"';
#ifdef __SSE2__
  if (len >= 16)
    {
      __m128i v;

      while (stop - p > 16)
        {
          v = _mm_loadu_si128 ((const __m128i *) (const void *) p);
          if (G_UNLIKELY (escape_mask16 (v) != 0))
            return NULL;
          _mm_storeu_si128 ((__m128i *) (void *) dest, v);
          dest += 16;
          p += 16;
        }
      /* the last sixteen bytes of the string, overlapping what is done */
      v = _mm_loadu_si128 ((const __m128i *) (const void *) (stop - 16));
      if (G_UNLIKELY (escape_mask16 (v) != 0))
        return NULL;
      dest += stop - p;
      _mm_storeu_si128 ((__m128i *) (void *) (dest - 16), v);
    }
  else
    {
      /* 0 to 15 bytes, gathered in at most four fixed-size moves (a
       * space, plain, in the rest) */
      guchar buf[16];
      __m128i v;

      memset (buf, ' ', sizeof buf);
      gather_short (buf, p, len);
      v = _mm_loadu_si128 ((const __m128i *) (const void *) buf);
      if (G_UNLIKELY (escape_mask16 (v) != 0))
        return NULL;
      _mm_storeu_si128 ((__m128i *) (void *) dest, v);
      dest += len;
    }
#else
  while (stop - p >= 8)
    {
      guint64 w;

      memcpy (&w, p, 8);
      if (word_needs_escape (w))
        return NULL;
      memcpy (dest, &w, 8);
      dest += 8;
      p += 8;
    }
  if (p < stop)
    {
      guint64 w = G_GUINT64_CONSTANT (0x2020202020202020);
      gsize tail = stop - p;

      gather_short ((guchar *) &w, p, tail);
      if (word_needs_escape (w))
        return NULL;
      memcpy (dest, &w, 8);
      dest += stop - p;
    }
#endif
  *dest++ = '"';
  return dest;
}

/* @str between quotes, escaped; null when %NULL (as json-glib writes a
 * NULL string member). The rare strings to escape go to
 * out_string_slow(). Inlined: a million calls for 20 MB of text. */
static inline __attribute__ ((always_inline)) void
out_string (Out        *o,
            const char *str)
{
  gsize len;
  char *dest;

  if (str == NULL)
    {
      out_lit (o, "null");
      return;
    }
  len = strlen (str);
  out_reserve (o, len + 18);
  dest = put_plain_string (o->buf + o->len, (const guchar *) str, len);
  if (G_LIKELY (dest != NULL))
    o->len = dest - o->buf;
  else
    out_string_slow (o, str, len);
}

static void
out_strv (Out                *o,
          const char * const *strv)
{
  out_c (o, '[');
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (i > 0)
        out_c (o, ',');
      out_string (o, strv[i]);
    }
  out_c (o, ']');
}

/* {"start":S,"end":E} and, when @with_text, ,"text":… */
static void
out_span (Out        *o,
          guint       start,
          guint       end,
          gboolean    with_text,
          const char *text)
{
  static const char start_key[] = "{\"start\":";
  static const char end_key[] = ",\"end\":";
  static const char text_key[] = ",\"text\":";
  gsize len = 0;
  char *dest;

  if (with_text && text != NULL)
    len = strlen (text);
  /* the keys, the two numbers and the text in one go */
  out_reserve (o, sizeof start_key + sizeof end_key + 20 + sizeof text_key + len + 18 + 1);
  dest = o->buf + o->len;
  memcpy (dest, start_key, sizeof start_key - 1);
  dest = put_uint (dest + sizeof start_key - 1, start);
  memcpy (dest, end_key, sizeof end_key - 1);
  dest = put_uint (dest + sizeof end_key - 1, end);
  if (with_text && text != NULL)
    {
      char *after;

      memcpy (dest, text_key, sizeof text_key - 1);
      dest += sizeof text_key - 1;
      after = put_plain_string (dest, (const guchar *) text, len);
      if (G_UNLIKELY (after == NULL))
        {
          o->len = dest - o->buf;
          out_string_slow (o, text, len);
          out_c (o, '}');
          return;
        }
      dest = after;
    }
  *dest++ = '}';
  o->len = dest - o->buf;
}

static void
out_source (Out            *o,
            DossierArticle *article)
{
  const char *path = dossier_article_get_source_path (article);
  const char *sha256 = dossier_article_get_source_sha256 (article);
  const char *encoding = dossier_article_get_source_encoding (article);

  out_lit (o, "{\"path\":");
  out_string (o, path != NULL ? path : "");
  out_lit (o, ",\"sha256\":");
  out_string (o, sha256 != NULL ? sha256 : "");
  out_lit (o, ",\"encoding\":");
  out_string (o, encoding != NULL ? encoding : "UTF-8");
  out_c (o, '}');
}

static void
out_metadata (Out            *o,
              DossierArticle *article)
{
  guint start, end;

  out_lit (o, "{\"title\":");
  out_string (o, dossier_article_get_title (article));
  out_lit (o, ",\"authors\":");
  out_strv (o, dossier_article_get_authors (article));
  out_lit (o, ",\"contributors\":");
  out_strv (o, dossier_article_get_contributors (article));
  out_lit (o, ",\"outlet\":");
  out_string (o, dossier_article_get_outlet (article));
  out_lit (o, ",\"dateline\":");
  out_string (o, dossier_article_get_dateline (article));
  out_lit (o, ",\"published\":");
  out_string (o, dossier_article_get_published (article));
  out_lit (o, ",\"credits\":");
  out_strv (o, dossier_article_get_credits (article));
  out_lit (o, ",\"body\":");
  if (dossier_article_get_body (article, &start, &end))
    out_span (o, start, end, FALSE, NULL);
  else
    out_lit (o, "null");
  out_c (o, '}');
}

/* As entity_node(). */
static void
out_entity (Out           *o,
            DossierEntity *entity)
{
  DossierEntityView v;

  dossier_entity_view (entity, &v);
  out_lit (o, "{\"id\":");
  out_string (o, v.id);
  out_lit (o, ",\"name\":");
  out_string (o, v.name);
  out_lit (o, ",\"kind\":");
  out_string (o, dossier_entity_kind_to_string (v.kind));
  out_lit (o, ",\"aliases\":");
  out_strv (o, v.aliases);
  if (v.role != NULL)
    {
      out_lit (o, ",\"role\":");
      out_string (o, v.role);
    }
  out_lit (o, ",\"mentions\":[");
  for (guint i = 0; i < v.n_mentions; i++)
    {
      if (i > 0)
        out_c (o, ',');
      out_span (o, v.mentions[i].start, v.mentions[i].end, TRUE, v.mentions[i].text);
    }
  out_lit (o, "]}");
}

static void
out_span_or_null (Out               *o,
                  const DossierSpan *span)
{
  if (span == NULL)
    out_lit (o, "null");
  else
    out_span (o, span->start, span->end, TRUE, span->text);
}

/* As quote_node(). */
static void
out_quote (Out          *o,
           DossierQuote *quote)
{
  DossierQuoteView v;

  dossier_quote_view (quote, &v);
  out_lit (o, "{\"id\":");
  out_string (o, v.id);
  out_lit (o, ",\"start\":");
  out_int (o, v.start);
  out_lit (o, ",\"end\":");
  out_int (o, v.end);
  out_lit (o, ",\"text\":");
  out_string (o, v.text);
  out_lit (o, ",\"kind\":");
  out_string (o, dossier_quote_kind_to_string (v.kind));
  out_lit (o, ",\"speaker\":");
  out_string (o, v.speaker != NULL ? dossier_entity_get_id (v.speaker) : NULL);
  out_lit (o, ",\"speaker_mention\":");
  out_span_or_null (o, v.speaker_mention);
  if (v.cue != NULL)
    {
      out_lit (o, ",\"cue\":");
      out_span_or_null (o, v.cue);
    }
  out_c (o, '}');
}

/* As timex_node(). */
static void
out_timex (Out          *o,
           DossierTimex *timex)
{
  DossierTimexView v;

  dossier_timex_view (timex, &v);
  out_lit (o, "{\"start\":");
  out_int (o, v.start);
  out_lit (o, ",\"end\":");
  out_int (o, v.end);
  out_lit (o, ",\"text\":");
  out_string (o, v.text);
  out_lit (o, ",\"type\":");
  out_string (o, dossier_timex_type_to_string (v.type));
  out_lit (o, ",\"value\":");
  out_string (o, v.value);
  if (v.anchor != NULL)
    {
      out_lit (o, ",\"anchor\":");
      out_string (o, v.anchor);
    }
  if (v.mod != NULL)
    {
      out_lit (o, ",\"mod\":");
      out_string (o, v.mod);
    }
  out_c (o, '}');
}

/* As event_node(). */
static void
out_event (Out          *o,
           DossierEvent *event)
{
  DossierEventView v;
  DossierEntity **entities;
  DossierQuote **quotes;
  guint n;

  dossier_event_view (event, &v);
  out_lit (o, "{\"id\":");
  out_string (o, v.id);
  out_lit (o, ",\"timex\":");
  out_int (o, v.timex);
  out_lit (o, ",\"date\":{\"start\":");
  out_string (o, v.date_start);
  out_lit (o, ",\"end\":");
  out_string (o, v.date_end);
  out_lit (o, ",\"granularity\":");
  out_string (o, dossier_granularity_to_string (v.granularity));
  if (v.approximate)
    out_lit (o, ",\"approximate\":true}");
  else
    out_lit (o, ",\"approximate\":false}");
  out_lit (o, ",\"label\":");
  out_string (o, v.label);
  out_lit (o, ",\"sentence\":");
  out_span (o, v.sentence_start, v.sentence_end, FALSE, NULL);
  out_lit (o, ",\"entities\":[");
  entities = dossier_event_peek_entities (event, &n);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        out_c (o, ',');
      out_string (o, dossier_entity_peek_id (entities[i]));
    }
  out_lit (o, "],\"quotes\":[");
  quotes = dossier_event_peek_quotes (event, &n);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        out_c (o, ',');
      out_string (o, dossier_quote_peek_id (quotes[i]));
    }
  out_lit (o, "]}");
}

typedef void (*OutItem) (Out      *o,
                         gpointer  item);

static void
out_items (Out        *o,
           GListModel *model,
           OutItem     out_item)
{
  guint n = g_list_model_get_n_items (model);

  out_c (o, '[');
  for (guint i = 0; i < n; i++)
    {
      gpointer item = dossier_article_list_peek (model, i);

      if (i > 0)
        out_c (o, ',');
      out_item (o, item);
      out_maybe_flush (o);
    }
  out_c (o, ']');
}

/* ---- the lists straight from an analysis context ----------------------
 *
 * What the analyzer's model would hold (dossier-analyzer.c,
 * article_lists_from_context ()), written without making it: the same
 * ids, the same offset conversions, the same mentions (the speakers'
 * mentions merged in as dossier_entity_add_mention_quiet () would), the
 * same aliases and event items (without duplicates). Every rule there has
 * its twin here: a change to one is a change to both.
 */

/* "e12": @prefix and @n between quotes. */
static inline void
out_id (Out   *o,
        char   prefix,
        guint  n)
{
  char *dest;

  out_reserve (o, 14);
  dest = o->buf + o->len;
  *dest++ = '"';
  *dest++ = prefix;
  dest = put_uint (dest, n);
  *dest++ = '"';
  o->len = dest - o->buf;
}

/* put_plain_string () of @len bytes at @p where the 16 bytes from @p can
 * be read (inside the text of an analysis: it is followed by its NUL): a
 * short string in one load, no gathering. */
static inline __attribute__ ((always_inline)) char *
put_plain_text (char         *dest,
                const guchar *p,
                gsize         len,
                const guchar *readable_end)
{
#ifdef __SSE2__
  if (len < 16 && p + 16 <= readable_end)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (const void *) p);

      /* (the bytes after the string are written, and overwritten next) */
      if (G_UNLIKELY ((escape_mask16 (v) & ((1u << len) - 1)) != 0))
        return NULL;
      *dest++ = '"';
      _mm_storeu_si128 ((__m128i *) (void *) dest, v);
      dest += len;
      *dest++ = '"';
      return dest;
    }
#endif
  return put_plain_string (dest, p, len);
}

/* out_string() of @len bytes (no NUL among them) at @str, inside
 * @map's text. */
static inline __attribute__ ((always_inline)) void
out_string_len (Out                    *o,
                const DossierOffsetMap *map,
                const char             *str,
                gsize                   len)
{
  char *dest;

  out_reserve (o, len + 18);
  dest = put_plain_text (o->buf + o->len, (const guchar *) str, len, map->text + map->length + 1);
  if (G_LIKELY (dest != NULL))
    o->len = dest - o->buf;
  else
    out_string_slow (o, str, len);
}

/* out_span() with its text, of @len bytes at @text, inside @map's text. */
static inline __attribute__ ((always_inline)) void
out_span_len (Out                    *o,
              const DossierOffsetMap *map,
              guint                   start,
              guint                   end,
              const char             *text,
              gsize                   len)
{
  static const char start_key[] = "{\"start\":";
  static const char end_key[] = ",\"end\":";
  static const char text_key[] = ",\"text\":";
  char *dest, *after;

  out_reserve (o, sizeof start_key + sizeof end_key + 20 + sizeof text_key + len + 18 + 1);
  dest = o->buf + o->len;
  memcpy (dest, start_key, sizeof start_key - 1);
  dest = put_uint (dest + sizeof start_key - 1, start);
  memcpy (dest, end_key, sizeof end_key - 1);
  dest = put_uint (dest + sizeof end_key - 1, end);
  memcpy (dest, text_key, sizeof text_key - 1);
  dest += sizeof text_key - 1;
  after = put_plain_text (dest, (const guchar *) text, len, map->text + map->length + 1);
  if (G_UNLIKELY (after == NULL))
    {
      o->len = dest - o->buf;
      out_string_slow (o, text, len);
      out_c (o, '}');
      return;
    }
  *after++ = '}';
  o->len = after - o->buf;
}

/* A byte range converted, and its text. */
typedef struct
{
  guint       start;
  guint       end;
  const char *text;
  gsize       len;
} CtxSpan;

static inline __attribute__ ((always_inline)) void
ctx_span (const DossierOffsetMap *map,
          guint                   start,
          guint                   end,
          CtxSpan                *span)
{
  dossier_offset_convert_range (map, start, end, &span->start, &span->end, &span->text, &span->len);
}

/* dossier-entity.c's add_mention (): @m after the last mention that
 * starts at or before it (the mentions are in order of their starts);
 * room for it at @spans[*n]. */
static void
spans_insert (CtxSpan       *spans,
              guint         *n,
              const CtxSpan *m)
{
  guint pos = *n;

  if (pos > 0 && spans[pos - 1].start > m->start)
    {
      guint lo = 0, hi = pos - 1;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (spans[mid].start > m->start)
            hi = mid;
          else
            lo = mid + 1;
        }
      pos = lo;
    }
  if (pos < *n)
    memmove (&spans[pos + 1], &spans[pos], (*n - pos) * sizeof (CtxSpan));
  spans[pos] = *m;
  (*n)++;
}

/* dossier-analyzer.c's has_mention (). */
static gboolean
spans_have (const CtxSpan *spans,
            guint          n,
            const CtxSpan *m)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (spans[mid].start < m->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < n && spans[lo].start == m->start; lo++)
    if (spans[lo].end == m->end)
      return TRUE;
  return FALSE;
}

typedef struct
{
  const DossierContext   *ctx;
  const DossierOffsetMap *map;
  guint                   n_entities;
  guint                   n_quotes;
  guint                   n_timexes;
  /* the quotes whose speaker mention the entity gets (quote order):
   * speaker_quotes[speaker_first[e] .. speaker_first[e + 1]) */
  guint                  *speaker_first;
  guint                  *speaker_quotes;
  CtxSpan                *spans;  /* scratch: one entity's mentions */
  guint                   spans_room;
  /* every mention of ctx->mentions converted, in one walk in text order
   * (the map and the text read in order): an entity's mention is then
   * one look-up here (and its text), not a mention, two map entries and
   * maybe its text all over the text */
  struct
  {
    guint start;   /* characters */
    guint end;
    guint byte;    /* its text: @len bytes from byte @byte */
    guint len;
  }                      *conv;
} CtxOut;

/* The text at @byte and its map entries, fetched ahead. */
static inline void
ctx_prefetch_text (const CtxOut *c,
                   guint         byte)
{
  if (byte < c->map->length)
    {
      __builtin_prefetch (c->map->text + byte);
      __builtin_prefetch (&c->map->cont[byte >> DOSSIER_OFFSET_BLOCK_SHIFT]);
      __builtin_prefetch (&c->map->table[byte >> DOSSIER_OFFSET_BLOCK_SHIFT]);
    }
}

/* What the entities after @i need first, fetched ahead, a step further
 * for each: their records, the arrays of their mentions, the first
 * mentions, then their texts and map entries. */
static inline void
ctx_prefetch_entities (const CtxOut *c,
                       guint         i)
{
  const DossierContext *ctx = c->ctx;
  guint n_all = ctx->mentions->len;
  const DossierEntityInfo *info;

  if (i + 5 < c->n_entities)
    __builtin_prefetch (g_ptr_array_index (ctx->entities, i + 5));
  if (i + 4 < c->n_entities)
    {
      info = g_ptr_array_index (ctx->entities, i + 4);
      if (info->mentions != NULL)
        __builtin_prefetch (info->mentions);
    }
  if (i + 3 < c->n_entities)
    {
      info = g_ptr_array_index (ctx->entities, i + 3);
      if (info->mentions != NULL)
        __builtin_prefetch (info->mentions->data);
    }
  if (i + 2 < c->n_entities)
    {
      info = g_ptr_array_index (ctx->entities, i + 2);
      if (info->mentions != NULL)
        {
          const guint *idx = (const guint *) (void *) info->mentions->data;

          for (guint k = 0; k < MIN (info->mentions->len, 16); k++)
            if (idx[k] < n_all)
              __builtin_prefetch (&c->conv[idx[k]]);
        }
    }
  if (i + 1 < c->n_entities)
    {
      info = g_ptr_array_index (ctx->entities, i + 1);
      if (info->mentions != NULL)
        {
          const guint *idx = (const guint *) (void *) info->mentions->data;

          for (guint k = 0; k < MIN (info->mentions->len, 8); k++)
            if (idx[k] < n_all)
              __builtin_prefetch (c->map->text + c->conv[idx[k]].byte);
        }
    }
}

static void
out_ctx_entity (Out    *o,
                CtxOut *c,
                guint   i)
{
  const DossierContext *ctx = c->ctx;
  const DossierEntityInfo *info = g_ptr_array_index (ctx->entities, i);
  guint n_all = ctx->mentions->len;
  const char *name = info->name != NULL ? info->name : "";
  guint n_own = info->mentions != NULL ? info->mentions->len : 0;
  guint n_speaker = c->speaker_first[i + 1] - c->speaker_first[i];
  guint n = 0, n_aliases = 0;

  ctx_prefetch_entities (c, i);
  out_lit (o, "{\"id\":");
  out_id (o, 'e', i + 1);
  out_lit (o, ",\"name\":");
  out_string (o, name);
  out_lit (o, ",\"kind\":");
  out_string (o, dossier_entity_kind_to_string (info->kind));
  out_lit (o, ",\"aliases\":[");
  /* dossier_entity_add_aliases_quiet (): not the name, no duplicates */
  for (guint k = 0; info->aliases != NULL && k < info->aliases->len; k++)
    {
      const char *alias = g_ptr_array_index (info->aliases, k);
      gboolean seen = FALSE;

      if (alias == NULL || strcmp (name, alias) == 0)
        continue;
      for (guint j = 0; j < k && !seen; j++)
        {
          const char *before = g_ptr_array_index (info->aliases, j);

          seen = before != NULL && strcmp (before, alias) == 0;
        }
      if (seen)
        continue;
      if (n_aliases++ > 0)
        out_c (o, ',');
      out_string (o, alias);
    }
  out_c (o, ']');
  if (info->role != NULL && info->role[0] != '\0')
    {
      out_lit (o, ",\"role\":");
      out_string (o, info->role);
    }
  out_lit (o, ",\"mentions\":[");

  if (n_own + n_speaker > c->spans_room)
    {
      c->spans_room = MAX (n_own + n_speaker, 2 * c->spans_room);
      g_free (c->spans);
      c->spans = g_new (CtxSpan, c->spans_room);
    }
  /* its own mentions, in text order (as they nearly always come); their
   * conversions and texts are far apart: fetched ahead (the conversion
   * 16 on, the text of the one 8 on) */
  for (guint k = 0; k < n_own; k++)
    {
      const guint *idx = (const guint *) (void *) info->mentions->data;
      guint mi = idx[k];
      CtxSpan m;

      if (k + 16 < n_own && idx[k + 16] < n_all)
        __builtin_prefetch (&c->conv[idx[k + 16]]);
      if (k + 8 < n_own && idx[k + 8] < n_all)
        __builtin_prefetch (c->map->text + c->conv[idx[k + 8]].byte);
      if (mi >= n_all)
        continue;
      m.start = c->conv[mi].start;
      m.end = c->conv[mi].end;
      m.text = (const char *) c->map->text + c->conv[mi].byte;
      m.len = c->conv[mi].len;
      if (G_UNLIKELY (n > 0 && c->spans[n - 1].start > m.start))
        spans_insert (c->spans, &n, &m);
      else
        c->spans[n++] = m;
    }
  /* then those that name it as a quote's speaker, when not there yet */
  for (guint k = c->speaker_first[i]; k < c->speaker_first[i + 1]; k++)
    {
      const DossierQuoteInfo *q = &g_array_index (ctx->quotes, DossierQuoteInfo, c->speaker_quotes[k]);
      CtxSpan m;

      if (k + 4 < c->speaker_first[i + 1])
        __builtin_prefetch (&g_array_index (ctx->quotes, DossierQuoteInfo, c->speaker_quotes[k + 4]));

      ctx_span (c->map, q->speaker_mention.start, q->speaker_mention.end, &m);
      if (m.end > m.start && !spans_have (c->spans, n, &m))
        spans_insert (c->spans, &n, &m);
    }
  for (guint k = 0; k < n; k++)
    {
      if (k > 0)
        out_c (o, ',');
      out_span_len (o, c->map, c->spans[k].start, c->spans[k].end, c->spans[k].text, c->spans[k].len);
    }
  out_lit (o, "]}");
}

static void
out_ctx_quote (Out    *o,
               CtxOut *c,
               guint   i)
{
  const DossierQuoteInfo *info = &g_array_index (c->ctx->quotes, DossierQuoteInfo, i);
  CtxSpan span;

  ctx_span (c->map, info->start, info->end, &span);
  out_lit (o, "{\"id\":");
  out_id (o, 'q', i + 1);
  out_lit (o, ",\"start\":");
  out_int (o, span.start);
  out_lit (o, ",\"end\":");
  out_int (o, span.end);
  out_lit (o, ",\"text\":");
  out_string_len (o, c->map, span.text, span.len);
  out_lit (o, ",\"kind\":");
  out_string (o, dossier_quote_kind_to_string (info->kind));
  out_lit (o, ",\"speaker\":");
  if (info->speaker >= 0 && (guint) info->speaker < c->n_entities)
    out_id (o, 'e', (guint) info->speaker + 1);
  else
    out_lit (o, "null");
  out_lit (o, ",\"speaker_mention\":");
  if (!DOSSIER_RANGE_EMPTY (info->speaker_mention))
    {
      ctx_span (c->map, info->speaker_mention.start, info->speaker_mention.end, &span);
      out_span_len (o, c->map, span.start, span.end, span.text, span.len);
    }
  else
    out_lit (o, "null");
  if (!DOSSIER_RANGE_EMPTY (info->cue))
    {
      ctx_span (c->map, info->cue.start, info->cue.end, &span);
      out_lit (o, ",\"cue\":");
      out_span_len (o, c->map, span.start, span.end, span.text, span.len);
    }
  out_c (o, '}');
}

static void
out_ctx_timex (Out    *o,
               CtxOut *c,
               guint   i)
{
  const DossierTimexInfo *info = &g_array_index (c->ctx->timexes, DossierTimexInfo, i);
  CtxSpan span;

  ctx_span (c->map, info->start, info->end, &span);
  out_lit (o, "{\"start\":");
  out_int (o, span.start);
  out_lit (o, ",\"end\":");
  out_int (o, span.end);
  out_lit (o, ",\"text\":");
  out_string_len (o, c->map, span.text, span.len);
  out_lit (o, ",\"type\":");
  out_string (o, dossier_timex_type_to_string (info->type));
  out_lit (o, ",\"value\":");
  out_string (o, info->value != NULL ? info->value : "X");
  if (info->anchor == -1)
    out_lit (o, ",\"anchor\":\"published\"");
  else if (info->anchor >= 0 && (guint) info->anchor < c->n_timexes)
    {
      char *dest;

      out_lit (o, ",\"anchor\":\"");
      out_reserve (o, 12);
      dest = put_uint (o->buf + o->len, (guint) info->anchor);
      *dest++ = '"';
      o->len = dest - o->buf;
    }
  if (info->mod != NULL && info->mod[0] != '\0')
    {
      out_lit (o, ",\"mod\":");
      out_string (o, info->mod);
    }
  out_c (o, '}');
}

/* The ids of the items @indexes[] below @n_items, each once, in order
 * (dossier-event.c's add_items ()). */
static void
out_ctx_item_ids (Out          *o,
                  char          prefix,
                  const GArray *indexes,
                  guint         n_items)
{
  const int *idx = indexes != NULL ? (const int *) (void *) indexes->data : NULL;
  guint n = indexes != NULL ? indexes->len : 0, written = 0;

  for (guint k = 0; k < n; k++)
    {
      gboolean seen = FALSE;

      if (idx[k] < 0 || (guint) idx[k] >= n_items)
        continue;
      for (guint j = 0; j < k && !seen; j++)
        seen = idx[j] == idx[k];
      if (seen)
        continue;
      if (written++ > 0)
        out_c (o, ',');
      out_id (o, prefix, (guint) idx[k] + 1);
    }
}

static gboolean
out_ctx_event (Out    *o,
               CtxOut *c,
               guint   i)
{
  const DossierEventInfo *info = &g_array_index (c->ctx->events, DossierEventInfo, i);
  guint s, e;

  if (info->timex < 0 || (guint) info->timex >= c->n_timexes)
    return FALSE;
  out_lit (o, "{\"id\":");
  out_id (o, 'v', i + 1);
  out_lit (o, ",\"timex\":");
  out_int (o, info->timex);
  out_lit (o, ",\"date\":{\"start\":");
  out_string (o, info->date_start);
  out_lit (o, ",\"end\":");
  out_string (o, info->date_end);
  out_lit (o, ",\"granularity\":");
  out_string (o, dossier_granularity_to_string (info->granularity));
  if (info->approximate)
    out_lit (o, ",\"approximate\":true}");
  else
    out_lit (o, ",\"approximate\":false}");
  out_lit (o, ",\"label\":");
  out_string (o, info->label != NULL ? info->label : "");
  out_lit (o, ",\"sentence\":");
  /* (snap () then map_chars (): what convert () gives) */
  s = info->sentence.start;
  e = info->sentence.end;
  s = dossier_offset_map_convert (c->map, &s);
  e = dossier_offset_map_convert (c->map, &e);
  out_span (o, s, MAX (s, e), FALSE, NULL);
  out_lit (o, ",\"entities\":[");
  out_ctx_item_ids (o, 'e', info->entities, c->n_entities);
  out_lit (o, "],\"quotes\":[");
  out_ctx_item_ids (o, 'q', info->quotes, c->n_quotes);
  out_lit (o, "]}");
  return TRUE;
}

/* ,"entities":[…],"quotes":[…],"timexes":[…],"events":[…] */
static void
out_ctx_lists (Out                       *o,
               const DossierPendingLists *pending)
{
  const DossierContext *ctx = pending->ctx;
  CtxOut c = { 0 };
  guint n_events = 0;

  c.ctx = ctx;
  c.map = &pending->map;
  c.n_entities = ctx->entities->len;
  c.n_quotes = ctx->quotes->len;
  c.n_timexes = ctx->timexes->len;

  /* every mention converted, in order (see CtxOut.conv) */
  {
    const DossierMention *all = (const DossierMention *) (void *) ctx->mentions->data;
    guint n_all = ctx->mentions->len;

    c.conv = g_malloc (MAX (n_all, 1) * sizeof *c.conv);
    for (guint m = 0; m < n_all; m++)
      {
        CtxSpan span;

        ctx_span (c.map, all[m].start, all[m].end, &span);
        c.conv[m].start = span.start;
        c.conv[m].end = span.end;
        c.conv[m].byte = (guint) ((const guchar *) span.text - c.map->text);
        c.conv[m].len = (guint) span.len;
      }
  }

  /* the quotes by speaker (a counting sort: quote order in each) */
  c.speaker_first = g_new0 (guint, c.n_entities + 2);
  for (guint q = 0; q < c.n_quotes; q++)
    {
      const DossierQuoteInfo *info = &g_array_index (ctx->quotes, DossierQuoteInfo, q);

      if (info->speaker >= 0 && (guint) info->speaker < c.n_entities &&
          !DOSSIER_RANGE_EMPTY (info->speaker_mention))
        c.speaker_first[info->speaker + 2]++;
    }
  for (guint e = 2; e < c.n_entities + 2; e++)
    c.speaker_first[e] += c.speaker_first[e - 1];
  c.speaker_quotes = g_new (guint, c.speaker_first[c.n_entities + 1] + 1);
  for (guint q = 0; q < c.n_quotes; q++)
    {
      const DossierQuoteInfo *info = &g_array_index (ctx->quotes, DossierQuoteInfo, q);

      if (info->speaker >= 0 && (guint) info->speaker < c.n_entities &&
          !DOSSIER_RANGE_EMPTY (info->speaker_mention))
        c.speaker_quotes[c.speaker_first[info->speaker + 1]++] = q;
    }

  out_lit (o, ",\"entities\":[");
  for (guint i = 0; i < c.n_entities; i++)
    {
      if (i > 0)
        out_c (o, ',');
      out_ctx_entity (o, &c, i);
      out_maybe_flush (o);
    }
  out_lit (o, "],\"quotes\":[");
  for (guint i = 0; i < c.n_quotes; i++)
    {
      if (i + 4 < c.n_quotes)
        {
          const DossierQuoteInfo *ahead = &g_array_index (ctx->quotes, DossierQuoteInfo, i + 4);

          ctx_prefetch_text (&c, ahead->start);
          if (!DOSSIER_RANGE_EMPTY (ahead->speaker_mention))
            ctx_prefetch_text (&c, ahead->speaker_mention.start);
          if (!DOSSIER_RANGE_EMPTY (ahead->cue))
            ctx_prefetch_text (&c, ahead->cue.start);
        }
      if (i > 0)
        out_c (o, ',');
      out_ctx_quote (o, &c, i);
      out_maybe_flush (o);
    }
  out_lit (o, "],\"timexes\":[");
  for (guint i = 0; i < c.n_timexes; i++)
    {
      if (i + 4 < c.n_timexes)
        ctx_prefetch_text (&c, g_array_index (ctx->timexes, DossierTimexInfo, i + 4).start);
      if (i > 0)
        out_c (o, ',');
      out_ctx_timex (o, &c, i);
      out_maybe_flush (o);
    }
  out_lit (o, "],\"events\":[");
  for (guint i = 0; i < ctx->events->len; i++)
    {
      /* (the comma before an event written, as out_items () writes it) */
      gsize mark = o->len;

      if (i + 4 < ctx->events->len)
        {
          const DossierEventInfo *ahead = &g_array_index (ctx->events, DossierEventInfo, i + 4);

          ctx_prefetch_text (&c, ahead->sentence.start);
          ctx_prefetch_text (&c, ahead->sentence.end);
        }

      if (n_events > 0)
        out_c (o, ',');
      if (!out_ctx_event (o, &c, i))
        {
          o->len = mark;
          continue;
        }
      n_events++;
      out_maybe_flush (o);
    }
  out_c (o, ']');

  g_free (c.speaker_first);
  g_free (c.speaker_quotes);
  g_free (c.spans);
  g_free (c.conv);
}

static void
out_document (Out            *o,
              DossierArticle *article,
              gboolean        with_text)
{
  DossierPendingLists *pending;

  out_lit (o, "{\"format\":\"" FORMAT_NAME "\",\"version\":1,\"source\":");
  out_source (o, article);
  if (with_text)
    {
      out_lit (o, ",\"text\":");
      out_string (o, dossier_article_get_text (article));
    }
  out_lit (o, ",\"metadata\":");
  out_metadata (o, article);
  pending = dossier_analyzer_peek_pending (article);
  if (pending != NULL)
    {
      out_ctx_lists (o, pending);
      out_c (o, '}');
      return;
    }
  out_lit (o, ",\"entities\":");
  out_items (o, dossier_article_get_entities (article), (OutItem) out_entity);
  out_lit (o, ",\"quotes\":");
  out_items (o, dossier_article_get_quotes (article), (OutItem) out_quote);
  out_lit (o, ",\"timexes\":");
  out_items (o, dossier_article_get_timexes (article), (OutItem) out_timex);
  out_lit (o, ",\"events\":");
  out_items (o, dossier_article_get_events (article), (OutItem) out_event);
  out_c (o, '}');
}

/**
 * dossier_json_to_string:
 * @article: an article
 * @with_text: whether to include the text
 * @pretty: indent the output; when %FALSE the document is one line
 *
 * Returns: (transfer full): the analysis document as JSON
 */
char *
dossier_json_to_string (DossierArticle *article,
                        gboolean        with_text,
                        gboolean        pretty)
{
  Out o = { 0 };

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);

  if (pretty)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = dossier_json_from_article (article, with_text);

      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      json_generator_set_root (generator, root);
      return json_generator_to_data (generator, NULL);
    }

  o.alloc = with_text ? strlen (dossier_article_get_text (article)) * 5 / 4 + 4096 : 4096;
  o.buf = g_malloc (o.alloc);
  out_document (&o, article, with_text);
  o.buf[o.len] = '\0';
  return o.buf;
}

/**
 * dossier_json_write:
 * @article: an article
 * @with_text: whether to include the text
 * @write: called with each piece of the one-line document, in order
 * @user_data: for @write
 *
 * Writes what dossier_json_to_string() returns (not pretty) in pieces of
 * about a megabyte, so that a large document is never whole in memory.
 * Once @write has returned %FALSE it is not called again.
 *
 * Returns: %FALSE when @write returned %FALSE
 */
gboolean
dossier_json_write (DossierArticle       *article,
                    gboolean              with_text,
                    DossierJsonWriteFunc  write,
                    gpointer              user_data)
{
  Out o = { 0 };

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  o.write = write;
  o.user_data = user_data;
  o.alloc = FLUSH_SIZE + FLUSH_SIZE / 4;
  o.buf = g_malloc (o.alloc);
  out_document (&o, article, with_text);
  out_flush (&o);
  g_free (o.buf);
  return !o.failed;
}

/* ---- JSON -> article ------------------------------------------------- */

static gboolean
invalid (GError     **error,
         const char  *where,
         const char  *what)
{
  g_set_error (error, DOSSIER_JSON_ERROR, DOSSIER_JSON_ERROR_INVALID,
               /* Translators: "entities[3].mentions[0]: not a number" */
               _("Not a Dossier analysis: %s: %s"), where, what);
  return FALSE;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return json_object_get_member (object, name);
}

static gboolean
get_object (JsonObject  *parent,
            const char  *name,
            gboolean     nullable,
            JsonObject **out,
            const char  *where,
            GError     **error)
{
  JsonNode *node = member (parent, name);

  *out = NULL;
  if ((node == NULL || JSON_NODE_HOLDS_NULL (node)) && nullable)
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, where, name);
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
get_array (JsonObject  *parent,
           const char  *name,
           JsonArray  **out,
           const char  *where,
           GError     **error)
{
  JsonNode *node = member (parent, name);

  *out = NULL;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, where, name);
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
get_string (JsonObject  *parent,
            const char  *name,
            gboolean     nullable,
            const char **out,
            const char  *where,
            GError     **error)
{
  JsonNode *node = member (parent, name);

  *out = NULL;
  if ((node == NULL || JSON_NODE_HOLDS_NULL (node)) && nullable)
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, where, name);
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_int (JsonObject  *parent,
         const char  *name,
         gint64       min,
         gint64       max,
         gint64      *out,
         const char  *where,
         GError     **error)
{
  JsonNode *node = member (parent, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (error, where, name);
  *out = json_node_get_int (node);
  if (*out < min || *out > max)
    return invalid (error, where, name);
  return TRUE;
}

static gboolean
get_bool (JsonObject  *parent,
          const char  *name,
          gboolean    *out,
          const char  *where,
          GError     **error)
{
  JsonNode *node = member (parent, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return invalid (error, where, name);
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* A NULL-terminated copy of an array of strings. */
static gboolean
get_strv (JsonObject   *parent,
          const char   *name,
          char       ***out,
          const char   *where,
          GError      **error)
{
  JsonArray *array;
  guint n;

  *out = NULL;
  if (!get_array (parent, name, &array, where, error))
    return FALSE;
  n = json_array_get_length (array);
  *out = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_clear_pointer (out, g_strfreev);
          return invalid (error, where, name);
        }
      (*out)[i] = g_strdup (json_node_get_string (node));
    }
  return TRUE;
}

/* A span object; its text is taken from the article when it has none. */
static gboolean
get_span (JsonObject      *object,
          DossierArticle  *article,
          DossierSpan     *span,
          const char      *where,
          GError         **error)
{
  guint length = dossier_article_get_length (article);
  gint64 start, end;
  const char *text;

  if (!get_int (object, "start", 0, length, &start, where, error) ||
      !get_int (object, "end", start, length, &end, where, error) ||
      !get_string (object, "text", TRUE, &text, where, error))
    return FALSE;
  span->start = start;
  span->end = end;
  span->text = text != NULL ? g_strdup (text) : dossier_article_dup_slice (article, start, end);
  return TRUE;
}

static gboolean
read_metadata (JsonObject      *root,
               DossierArticle  *article,
               GError         **error)
{
  JsonObject *md, *body;
  const char *str;
  g_auto(GStrv) strv = NULL;

  if (!get_object (root, "metadata", FALSE, &md, "metadata", error))
    return FALSE;

  if (!get_string (md, "title", TRUE, &str, "metadata", error))
    return FALSE;
  dossier_article_set_title (article, str);
  if (!get_string (md, "outlet", TRUE, &str, "metadata", error))
    return FALSE;
  dossier_article_set_outlet (article, str);
  if (!get_string (md, "dateline", TRUE, &str, "metadata", error))
    return FALSE;
  dossier_article_set_dateline (article, str);
  if (!get_string (md, "published", TRUE, &str, "metadata", error))
    return FALSE;
  dossier_article_set_published (article, str);

  if (!get_strv (md, "authors", &strv, "metadata", error))
    return FALSE;
  dossier_article_set_authors (article, (const char * const *) strv);
  g_clear_pointer (&strv, g_strfreev);
  if (!get_strv (md, "contributors", &strv, "metadata", error))
    return FALSE;
  dossier_article_set_contributors (article, (const char * const *) strv);
  g_clear_pointer (&strv, g_strfreev);
  if (!get_strv (md, "credits", &strv, "metadata", error))
    return FALSE;
  dossier_article_set_credits (article, (const char * const *) strv);

  if (!get_object (md, "body", TRUE, &body, "metadata", error))
    return FALSE;
  if (body != NULL)
    {
      DossierSpan span = { 0, };

      if (!get_span (body, article, &span, "metadata.body", error))
        return FALSE;
      dossier_article_set_body (article, span.start, span.end);
      dossier_span_clear (&span);
    }
  return TRUE;
}

static gboolean
read_entities (JsonObject      *root,
               DossierArticle  *article,
               GError         **error)
{
  JsonArray *array;

  if (!get_array (root, "entities", &array, "entities", error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("entities[%u]", i);
      g_autoptr(DossierEntity) entity = NULL;
      g_auto(GStrv) aliases = NULL;
      JsonObject *object;
      JsonArray *mentions;
      const char *id, *name, *kind_str, *role;
      DossierEntityKind kind;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, where, _("not an object"));
      object = json_node_get_object (node);
      if (!get_string (object, "id", FALSE, &id, where, error) ||
          !get_string (object, "name", FALSE, &name, where, error) ||
          !get_string (object, "kind", FALSE, &kind_str, where, error) ||
          !get_string (object, "role", TRUE, &role, where, error) ||
          !get_strv (object, "aliases", &aliases, where, error) ||
          !get_array (object, "mentions", &mentions, where, error))
        return FALSE;
      if (!dossier_entity_kind_from_string (kind_str, &kind))
        return invalid (error, where, "kind");
      if (dossier_article_lookup_entity (article, id) != NULL)
        return invalid (error, where, _("duplicate id"));

      entity = dossier_entity_new (id, name, kind);
      dossier_entity_set_role (entity, role);
      for (guint j = 0; aliases[j] != NULL; j++)
        dossier_entity_add_alias (entity, aliases[j]);
      for (guint j = 0; j < json_array_get_length (mentions); j++)
        {
          JsonNode *m = json_array_get_element (mentions, j);
          DossierSpan span = { 0, };

          if (!JSON_NODE_HOLDS_OBJECT (m))
            return invalid (error, where, "mentions");
          if (!get_span (json_node_get_object (m), article, &span, where, error))
            return FALSE;
          dossier_entity_add_mention (entity, span.start, span.end, span.text);
          dossier_span_clear (&span);
        }
      dossier_article_add_entity (article, entity);
    }
  return TRUE;
}

static gboolean
read_quotes (JsonObject      *root,
             DossierArticle  *article,
             GError         **error)
{
  JsonArray *array;

  if (!get_array (root, "quotes", &array, "quotes", error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("quotes[%u]", i);
      g_autoptr(DossierQuote) quote = NULL;
      JsonObject *object, *sub;
      const char *id, *kind_str, *speaker_id;
      DossierQuoteKind kind;
      DossierSpan span = { 0, };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, where, _("not an object"));
      object = json_node_get_object (node);
      if (!get_string (object, "id", FALSE, &id, where, error) ||
          !get_string (object, "kind", FALSE, &kind_str, where, error) ||
          !get_string (object, "speaker", TRUE, &speaker_id, where, error) ||
          !get_span (object, article, &span, where, error))
        return FALSE;
      if (!dossier_quote_kind_from_string (kind_str, &kind))
        {
          dossier_span_clear (&span);
          return invalid (error, where, "kind");
        }
      if (dossier_article_lookup_quote (article, id) != NULL)
        {
          dossier_span_clear (&span);
          return invalid (error, where, _("duplicate id"));
        }
      quote = dossier_quote_new (id, span.start, span.end, span.text, kind);
      dossier_span_clear (&span);

      if (speaker_id != NULL)
        {
          DossierEntity *speaker = dossier_article_lookup_entity (article, speaker_id);

          if (speaker == NULL)
            return invalid (error, where, "speaker");
          dossier_quote_set_speaker (quote, speaker);
        }
      if (!get_object (object, "speaker_mention", TRUE, &sub, where, error))
        return FALSE;
      if (sub != NULL)
        {
          if (!get_span (sub, article, &span, where, error))
            return FALSE;
          dossier_quote_set_speaker_mention (quote, &span);
          dossier_span_clear (&span);
        }
      if (!get_object (object, "cue", TRUE, &sub, where, error))
        return FALSE;
      if (sub != NULL)
        {
          if (!get_span (sub, article, &span, where, error))
            return FALSE;
          dossier_quote_set_cue (quote, &span);
          dossier_span_clear (&span);
        }
      dossier_article_add_quote (article, quote);
    }
  return TRUE;
}

static gboolean
read_timexes (JsonObject      *root,
              DossierArticle  *article,
              GError         **error)
{
  JsonArray *array;

  if (!get_array (root, "timexes", &array, "timexes", error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("timexes[%u]", i);
      g_autoptr(DossierTimex) timex = NULL;
      JsonObject *object;
      const char *type_str, *value, *anchor, *mod;
      DossierTimexType type;
      DossierSpan span = { 0, };

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, where, _("not an object"));
      object = json_node_get_object (node);
      if (!get_string (object, "type", FALSE, &type_str, where, error) ||
          !get_string (object, "value", FALSE, &value, where, error) ||
          !get_string (object, "anchor", TRUE, &anchor, where, error) ||
          !get_string (object, "mod", TRUE, &mod, where, error))
        return FALSE;
      if (!dossier_timex_type_from_string (type_str, &type))
        return invalid (error, where, "type");
      if (!get_span (object, article, &span, where, error))
        return FALSE;
      timex = dossier_timex_new (span.start, span.end, span.text, type, value);
      dossier_span_clear (&span);
      dossier_timex_set_anchor (timex, anchor);
      dossier_timex_set_mod (timex, mod);
      dossier_article_add_timex (article, timex);
    }
  return TRUE;
}

static gboolean
read_events (JsonObject      *root,
             DossierArticle  *article,
             GError         **error)
{
  JsonArray *array;
  guint n_timexes = g_list_model_get_n_items (dossier_article_get_timexes (article));

  if (!get_array (root, "events", &array, "events", error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("events[%u]", i);
      g_autoptr(DossierEvent) event = NULL;
      JsonObject *object, *date, *sentence;
      JsonArray *entities, *quotes;
      const char *id, *start, *end, *gran_str, *label;
      DossierGranularity granularity;
      gboolean approximate;
      gint64 timex, s_start, s_end;
      guint length = dossier_article_get_length (article);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, where, _("not an object"));
      object = json_node_get_object (node);
      if (!get_string (object, "id", FALSE, &id, where, error) ||
          !get_int (object, "timex", 0, (gint64) n_timexes - 1, &timex, where, error) ||
          !get_object (object, "date", FALSE, &date, where, error) ||
          !get_string (date, "start", TRUE, &start, where, error) ||
          !get_string (date, "end", TRUE, &end, where, error) ||
          !get_string (date, "granularity", FALSE, &gran_str, where, error) ||
          !get_bool (date, "approximate", &approximate, where, error) ||
          !get_string (object, "label", FALSE, &label, where, error) ||
          !get_object (object, "sentence", FALSE, &sentence, where, error) ||
          !get_int (sentence, "start", 0, length, &s_start, where, error) ||
          !get_int (sentence, "end", s_start, length, &s_end, where, error) ||
          !get_array (object, "entities", &entities, where, error) ||
          !get_array (object, "quotes", &quotes, where, error))
        return FALSE;
      if (!dossier_granularity_from_string (gran_str, &granularity))
        return invalid (error, where, "granularity");

      event = dossier_event_new (id, timex, start, end, granularity, approximate, label);
      dossier_event_set_sentence (event, s_start, s_end);
      for (guint j = 0; j < json_array_get_length (entities); j++)
        {
          JsonNode *e = json_array_get_element (entities, j);
          DossierEntity *entity = NULL;

          if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
            entity = dossier_article_lookup_entity (article, json_node_get_string (e));
          if (entity == NULL)
            return invalid (error, where, "entities");
          dossier_event_add_entity (event, entity);
        }
      for (guint j = 0; j < json_array_get_length (quotes); j++)
        {
          JsonNode *q = json_array_get_element (quotes, j);
          DossierQuote *quote = NULL;

          if (JSON_NODE_HOLDS_VALUE (q) && json_node_get_value_type (q) == G_TYPE_STRING)
            quote = dossier_article_lookup_quote (article, json_node_get_string (q));
          if (quote == NULL)
            return invalid (error, where, "quotes");
          dossier_event_add_quote (event, quote);
        }
      dossier_article_add_event (article, event);
    }
  return TRUE;
}

/**
 * dossier_json_to_article:
 * @node: an analysis document
 *
 * Rebuilds the article of a document written by dossier_json_to_string()
 * (with its text).
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
DossierArticle *
dossier_json_to_article (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(DossierArticle) article = NULL;
  JsonObject *root, *source;
  const char *format, *text, *path, *sha256, *encoding;
  gint64 version;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, "/", _("not an object"));
      return NULL;
    }
  root = json_node_get_object (node);
  if (!get_string (root, "format", FALSE, &format, "/", error) ||
      !get_int (root, "version", G_MININT64, G_MAXINT64, &version, "/", error))
    return NULL;
  if (strcmp (format, FORMAT_NAME) != 0)
    {
      invalid (error, "format", format);
      return NULL;
    }
  if (version != FORMAT_VERSION)
    {
      g_autofree char *version_str = g_strdup_printf ("%" G_GINT64_FORMAT, version);
      g_set_error (error, DOSSIER_JSON_ERROR, DOSSIER_JSON_ERROR_INVALID,
                   _("Unsupported analysis version %s"),
                   version_str);
      return NULL;
    }
  if (!get_string (root, "text", TRUE, &text, "/", error))
    return NULL;
  if (text == NULL)
    {
      g_set_error_literal (error, DOSSIER_JSON_ERROR, DOSSIER_JSON_ERROR_INVALID,
                           _("The analysis does not contain the article text"));
      return NULL;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      invalid (error, "text", _("not valid UTF-8"));
      return NULL;
    }
  if (!get_object (root, "source", FALSE, &source, "/", error) ||
      !get_string (source, "path", TRUE, &path, "source", error) ||
      !get_string (source, "sha256", TRUE, &sha256, "source", error) ||
      !get_string (source, "encoding", TRUE, &encoding, "source", error))
    return NULL;

  article = dossier_article_new (text, -1);
  dossier_article_set_source (article, path, sha256, encoding);
  if (!read_metadata (root, article, error) ||
      !read_entities (root, article, error) ||
      !read_quotes (root, article, error) ||
      !read_timexes (root, article, error) ||
      !read_events (root, article, error))
    return NULL;
  dossier_article_update_counts (article);
  return g_steal_pointer (&article);
}

/**
 * dossier_json_parse:
 * @data: JSON text
 * @length: bytes of @data, or -1 when NUL-terminated
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
DossierArticle *
dossier_json_parse (const char  *data,
                    gssize       length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, DOSSIER_JSON_ERROR, DOSSIER_JSON_ERROR_INVALID,
                   _("Not valid JSON: %s"), local_error->message);
      return NULL;
    }
  return dossier_json_to_article (json_parser_get_root (parser), error);
}
