/* dossier-analyzer.c — text -> DossierArticle, by running the analysis passes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The passes work on UTF-8 byte offsets (dossier-context.h); the model
 * counts characters. The conversion happens once, here, through
 * dossier-offset-map.h (a look-up and a bit count an offset).
 */
#define G_LOG_DOMAIN "dossier-analyzer"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "dossier-analyzer.h"
#ifdef G_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef __linux__
#include <sys/mman.h>
#endif
#include "dossier-analyzer-private.h"
#include "dossier-loader.h"
#include "dossier-model-private.h"
#include "dossier-offset-map.h"
#include "analysis/dossier-context.h"
#include "analysis/dossier-text.h"
#include "analysis/dossier-layout.h"
#include "analysis/dossier-names.h"
#include "analysis/dossier-time.h"
#include "analysis/dossier-quotes.h"
#include "analysis/dossier-events.h"

/* "e12": @prefix (or none when '\0') and @n, in @buf (at least 16 bytes). */
static const char *
format_id (char  *buf,
           char   prefix,
           guint  n)
{
  char digits[12];
  int i = sizeof digits, k = 0;

  do
    {
      digits[--i] = (char) ('0' + n % 10);
      n /= 10;
    }
  while (n > 0);
  if (prefix != '\0')
    buf[k++] = prefix;
  memcpy (buf + k, digits + i, sizeof digits - i);
  buf[k + sizeof digits - i] = '\0';
  return buf;
}

/* Ids in sequence ("e1", "e2", …): the decimal number counted up in
 * place, instead of formatted anew for each item. */
typedef struct
{
  char buf[16];
  int  len;
  int  first_digit;
} IdCounter;

static void
id_counter_init (IdCounter *c,
                 char       prefix)
{
  c->buf[0] = prefix;
  c->buf[1] = '0';
  c->buf[2] = '\0';
  c->len = 2;
  c->first_digit = 1;
}

/* The next id: one more than the last (the first is 1). */
static const char *
id_counter_next (IdCounter *c)
{
  int k = c->len - 1;

  while (k >= c->first_digit && c->buf[k] == '9')
    c->buf[k--] = '0';
  if (k >= c->first_digit)
    c->buf[k]++;
  else if (c->len + 1 < (int) sizeof c->buf)
    {
      /* 9…9 + 1: a digit more, "10…0" */
      c->buf[c->first_digit] = '1';
      c->buf[c->len++] = '0';
      c->buf[c->len] = '\0';
    }
  return c->buf;
}

static char **
dup_strv (GPtrArray *array)
{
  char **strv = g_new0 (char *, (array != NULL ? array->len : 0) + 1);

  for (guint i = 0; array != NULL && i < array->len; i++)
    strv[i] = g_strdup (g_ptr_array_index (array, i));
  return strv;
}

/* Parses YYYY-MM-DD[THH[:MM]] (anything after, a zone or seconds, is
 * ignored); FALSE when it does not start with a date. */
static gboolean
parse_reference (const char           *str,
                 DossierReferenceDate *ref)
{
  int y, mo, d, h = 0, mi = 0;
  int n;

  if (str == NULL)
    return FALSE;
  n = sscanf (str, "%4d-%2d-%2dT%2d:%2d", &y, &mo, &d, &h, &mi);
  if (n < 3 || y < 1 || mo < 1 || mo > 12 || d < 1 || d > 31 ||
      h < 0 || h > 23 || mi < 0 || mi > 59)
    return FALSE;
  memset (ref, 0, sizeof *ref);
  ref->has_date = TRUE;
  ref->year = y;
  ref->month = mo;
  ref->day = d;
  if (n >= 4)
    {
      ref->has_time = TRUE;
      ref->hour = h;
      ref->minute = n == 5 ? mi : 0;
    }
  return TRUE;
}

static void
set_reference (DossierContext *ctx)
{
  if (ctx->reference.has_date)
    return;
  if (parse_reference (ctx->published_option, &ctx->reference))
    return;
  parse_reference (ctx->metadata.published, &ctx->reference);
}

static gboolean
has_mention (DossierEntity     *entity,
             const DossierSpan *span)
{
  const DossierSpan *spans;
  guint n, lo = 0, hi;

  spans = dossier_entity_get_mentions (entity, &n);
  hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (spans[mid].start < span->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < n && spans[lo].start == span->start; lo++)
    if (spans[lo].end == span->end)
      return TRUE;
  return FALSE;
}

static void
release_text_arrays (DossierContext *ctx)
{
  /* The passes are done: drop what only they needed before the model is
   * built, to keep the peak memory down. */
  g_array_unref (ctx->tokens);
  ctx->tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  g_array_unref (ctx->sentences);
  ctx->sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  g_array_unref (ctx->lines);
  ctx->lines = g_array_new (FALSE, FALSE, sizeof (DossierRange));
}

/* The metadata of @article (whose text ctx->text is) from the finished
 * context. */
static void
article_metadata_from_context (DossierContext         *ctx,
                               DossierArticle         *article,
                               const DossierOffsetMap *map_)
{
  const DossierOffsetMap map = *map_;
  const DossierMetadata *md = &ctx->metadata;

  dossier_article_set_title (article, md->title);
  {
    g_auto(GStrv) authors = dup_strv (md->authors);
    g_auto(GStrv) contributors = dup_strv (md->contributors);
    g_auto(GStrv) credits = dup_strv (md->credits);

    dossier_article_set_authors (article, (const char * const *) authors);
    dossier_article_set_contributors (article, (const char * const *) contributors);
    dossier_article_set_credits (article, (const char * const *) credits);
  }
  dossier_article_set_outlet (article, md->outlet);
  dossier_article_set_dateline (article, md->dateline);
  if (md->published != NULL)
    dossier_article_set_published (article, md->published);
  else
    dossier_article_set_published (article, ctx->published_option);
  if (!DOSSIER_RANGE_EMPTY (md->body))
    {
      guint s = dossier_offset_snap (&map, md->body.start), e = dossier_offset_snap (&map, md->body.end);

      s = dossier_offset_map_chars (&map, s);
      e = dossier_offset_map_chars (&map, e);
      dossier_article_set_body (article, s, MAX (s, e));
    }
}

/* The lists of @article (entities, quotes, timexes, events) from the
 * finished context. */
static void
article_lists_from_context (DossierContext         *ctx,
                            DossierArticle         *article,
                            const DossierOffsetMap *map_)
{
  const DossierOffsetMap map = *map_;
  DossierMentionText *mention_spans = NULL;  /* scratch: one entity's */
  guint mention_room = 0;
  GPtrArray *entities, *quotes, *items;
  char id[16];
  IdCounter ids;
  guint n_events;
  DossierStrPool pool;

  dossier_str_pool_init (&pool);

  /* entities */
  /* the arrays hold the new objects' references until the article takes
   * them over; after that they borrow from the article */
  entities = g_ptr_array_sized_new (ctx->entities->len);
  g_ptr_array_set_size (entities, ctx->entities->len);  /* filled in below */
  id_counter_init (&ids, 'e');
  for (guint i = 0; i < ctx->entities->len; i++)
    {
      const DossierEntityInfo *info = g_ptr_array_index (ctx->entities, i);
      const DossierMention *all = (const DossierMention *) (void *) ctx->mentions->data;
      DossierEntity *entity;
      guint n = 0;

      /* the entity's mentions converted (in any order: a conversion is a
       * look-up), their texts copied straight from ctx->text by the
       * entity; the indexes past the mentions skipped */
      if (info->mentions != NULL && info->mentions->len > mention_room)
        {
          mention_room = MAX (info->mentions->len, 2 * mention_room);
          g_free (mention_spans);
          mention_spans = g_new (DossierMentionText, mention_room);
        }
      for (guint k = 0; info->mentions != NULL && k < info->mentions->len; k++)
        {
          guint mi = g_array_index (info->mentions, guint, k);
          DossierMentionText *ms = &mention_spans[n];

          if (mi >= ctx->mentions->len)
            continue;
          dossier_offset_convert_range (&map, all[mi].start, all[mi].end, &ms->start, &ms->end, &ms->text, &ms->len);
          n++;
        }
      entity = dossier_entity_new_pooled (&pool, id_counter_next (&ids),
                                          info->name != NULL ? info->name : "", info->kind,
                                          mention_spans, n);
      if (info->role != NULL && info->role[0] != '\0')
        dossier_entity_set_role_quiet (entity, info->role);
      if (info->aliases != NULL && info->aliases->len > 0)
        dossier_entity_add_aliases_quiet (entity, (const char * const *) info->aliases->pdata,
                                          info->aliases->len);
      entities->pdata[i] = entity;
    }
  dossier_article_list_take (dossier_article_get_entities (article), entities->pdata, entities->len);
  g_free (mention_spans);

  /* quotes */
  quotes = g_ptr_array_sized_new (ctx->quotes->len);
  g_ptr_array_set_size (quotes, ctx->quotes->len);
  id_counter_init (&ids, 'q');
  for (guint i = 0; i < ctx->quotes->len; i++)
    {
      const DossierQuoteInfo *info = &g_array_index (ctx->quotes, DossierQuoteInfo, i);
      DossierSpan span;
      DossierQuote *quote;
      const char *text;
      gsize len;
      DossierMentionText speaker_mention, cue;
      DossierEntity *speaker = NULL;

      dossier_offset_convert_range (&map, info->start, info->end, &span.start, &span.end, &text, &len);
      if (!DOSSIER_RANGE_EMPTY (info->speaker_mention))
        dossier_offset_convert_range (&map, info->speaker_mention.start, info->speaker_mention.end,
                       &speaker_mention.start, &speaker_mention.end,
                       &speaker_mention.text, &speaker_mention.len);
      if (!DOSSIER_RANGE_EMPTY (info->cue))
        dossier_offset_convert_range (&map, info->cue.start, info->cue.end, &cue.start, &cue.end,
                       &cue.text, &cue.len);
      quote = dossier_quote_new_pooled (&pool, id_counter_next (&ids), span.start, span.end,
                                        text, len, info->kind,
                                        DOSSIER_RANGE_EMPTY (info->speaker_mention) ? NULL : &speaker_mention,
                                        DOSSIER_RANGE_EMPTY (info->cue) ? NULL : &cue);
      if (info->speaker >= 0 && (guint) info->speaker < entities->len)
        {
          speaker = g_ptr_array_index (entities, info->speaker);
          dossier_quote_set_speaker_quiet (quote, speaker);
        }
      /* The occurrence that names the speaker is one of its mentions
       * (SCHEMA.md), even when a pass forgot to link it. */
      if (speaker != NULL && !DOSSIER_RANGE_EMPTY (info->speaker_mention))
        {
          span.start = speaker_mention.start;
          span.end = speaker_mention.end;
          if (span.end > span.start && !has_mention (speaker, &span))
            dossier_entity_add_mention_quiet (speaker, span.start, span.end,
                                              speaker_mention.text, speaker_mention.len);
        }
      quotes->pdata[i] = quote;
    }
  dossier_article_list_take (dossier_article_get_quotes (article), quotes->pdata, quotes->len);

  /* timexes */
  items = g_ptr_array_sized_new (ctx->timexes->len);
  g_ptr_array_set_size (items, ctx->timexes->len);
  for (guint i = 0; i < ctx->timexes->len; i++)
    {
      const DossierTimexInfo *info = &g_array_index (ctx->timexes, DossierTimexInfo, i);
      DossierTimex *timex;
      DossierSpan span;
      const char *text;
      gsize len;

      dossier_offset_convert_range (&map, info->start, info->end, &span.start, &span.end, &text, &len);
      timex = dossier_timex_new_pooled (&pool, span.start, span.end, text, len, info->type,
                                        info->value != NULL ? info->value : "X");
      if (info->mod != NULL && info->mod[0] != '\0')
        dossier_timex_set_mod (timex, info->mod);
      if (info->anchor == -1)
        dossier_timex_set_anchor_quiet (timex, "published");
      else if (info->anchor >= 0 && (guint) info->anchor < ctx->timexes->len)
        dossier_timex_set_anchor_quiet (timex, format_id (id, '\0', (guint) info->anchor));
      items->pdata[i] = timex;
    }
  dossier_article_list_take (dossier_article_get_timexes (article), items->pdata, items->len);
  g_ptr_array_unref (items);

  /* events */
  items = g_ptr_array_sized_new (ctx->events->len);
  g_ptr_array_set_size (items, ctx->events->len);
  n_events = 0;
  id_counter_init (&ids, 'v');
  for (guint i = 0; i < ctx->events->len; i++)
    {
      const DossierEventInfo *info = &g_array_index (ctx->events, DossierEventInfo, i);
      DossierEvent *event;
      const char *event_id = id_counter_next (&ids);  /* "v" and i + 1 */
      guint s, e;

      if (info->timex < 0 || (guint) info->timex >= ctx->timexes->len)
        continue;
      event = dossier_event_new_pooled (&pool, event_id, info->timex, info->date_start,
                                        info->date_end, info->granularity, info->approximate,
                                        info->label != NULL ? info->label : "");
      s = dossier_offset_snap (&map, info->sentence.start);
      e = dossier_offset_snap (&map, info->sentence.end);
      s = dossier_offset_map_chars (&map, s);
      e = dossier_offset_map_chars (&map, e);
      dossier_event_set_sentence_quiet (event, s, MAX (s, e));
      if (info->entities != NULL)
        dossier_event_add_entities_pooled (&pool, event,
                                           (DossierEntity * const *) entities->pdata,
                                           entities->len,
                                           (const int *) (void *) info->entities->data,
                                           info->entities->len);
      if (info->quotes != NULL)
        dossier_event_add_quotes_pooled (&pool, event, (DossierQuote * const *) quotes->pdata,
                                         quotes->len,
                                         (const int *) (void *) info->quotes->data,
                                         info->quotes->len);
      items->pdata[n_events++] = event;
    }
  dossier_article_list_take (dossier_article_get_events (article), items->pdata, n_events);
  g_ptr_array_unref (items);

  /* the quotes of each speaker: what dossier_article_update_counts()
   * finds, from the indexes */
  {
    guint *n_quotes = g_new0 (guint, entities->len + 1);

    for (guint i = 0; i < ctx->quotes->len; i++)
      {
        const DossierQuoteInfo *info = &g_array_index (ctx->quotes, DossierQuoteInfo, i);

        if (info->speaker >= 0 && (guint) info->speaker < entities->len)
          n_quotes[info->speaker]++;
      }
    for (guint i = 0; i < entities->len; i++)
      dossier_entity_set_n_quotes_quiet (g_ptr_array_index (entities, i), n_quotes[i]);
    g_free (n_quotes);
  }

  g_ptr_array_unref (entities);
  g_ptr_array_unref (quotes);
  dossier_str_pool_clear (&pool);
}

/* Fills @article (whose text ctx->text is) from the finished context. */
static void
article_from_context (DossierContext *ctx,
                      DossierArticle *article)
{
  DossierOffsetMap map;

  dossier_offset_map_init (&map, ctx->text, ctx->length);
  article_metadata_from_context (ctx, article, &map);
  article_lists_from_context (ctx, article, &map);
  dossier_offset_map_clear (&map);
}

/* DOSSIER_TIMING=1: the time of every step on stderr, with the resident
 * memory after it and the peak so far (Linux). */
static gboolean
timing_enabled (void)
{
  static int enabled = -1;

  if (enabled < 0)
    enabled = g_getenv ("DOSSIER_TIMING") != NULL;
  return enabled;
}

static gint64 timing_t0;

static void
timing_start (void)
{
  timing_t0 = g_get_monotonic_time ();
}

static guint
status_mb (const char *status,
           const char *key)
{
  const char *p = status != NULL ? strstr (status, key) : NULL;

  return p != NULL ? (guint) (g_ascii_strtoull (p + strlen (key), NULL, 10) / 1024) : 0;
}

void
dossier_analyzer_timing_mark (const char *step)
{
  g_autofree char *status = NULL;
  gint64 t;

  if (!timing_enabled ())
    return;
  t = g_get_monotonic_time ();
  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
#ifdef G_OS_UNIX
  {
    static long last_faults;
    struct rusage usage;
    long faults = getrusage (RUSAGE_SELF, &usage) == 0 ? usage.ru_minflt : 0;

    g_printerr ("%-8s %7.1f ms   rss %4u MB   peak %4u MB   faults %6ld\n", step,
                (t - timing_t0) / 1000.0, status_mb (status, "VmRSS:"),
                status_mb (status, "VmHWM:"), faults - last_faults);
    last_faults = faults;
  }
#else
  g_printerr ("%-8s %7.1f ms   rss %4u MB   peak %4u MB\n", step, (t - timing_t0) / 1000.0,
              status_mb (status, "VmRSS:"), status_mb (status, "VmHWM:"));
#endif
  timing_t0 = g_get_monotonic_time ();
}

static gboolean keep_context;

void
dossier_analyzer_set_keep_context (gboolean keep)
{
  keep_context = keep;
}

/* The model is many small objects (about twice as many bytes as the
 * text, 40 MB for 20 MB of text, with the output buffer), allocated after
 * the text arrays were given back to the system: fresh pages, a page
 * fault every 4 kB. Where large blocks come from the heap, a large-page
 * hint on them, then freed, makes the objects that reuse them fault every
 * 2 MB instead. Two blocks of half the room each: a block is taken from
 * the heap only below the allocator's threshold for mapping memory apart
 * (32 MB at most), and the freed room must stay below its threshold for
 * giving the top of the heap back (twice that). Only a hint: a block
 * mapped apart changes nothing. On 20 MB: 4.6k page faults fewer in the
 * model and 0.3k in the output than with one 24 MB block. */
#if defined(__linux__) && defined(MADV_HUGEPAGE)
/* The whole large pages inside [data, data + size): a hint. */
static void
advise_huge (gpointer data,
             gsize    size)
{
  const gsize huge = 2u << 20;
  guintptr from = ((guintptr) data + huge - 1) & ~(guintptr) (huge - 1);
  guintptr to = ((guintptr) data + size) & ~(guintptr) (huge - 1);

  if (to > from)
    madvise ((void *) from, to - from, MADV_HUGEPAGE);
}
#endif

static void
prepare_model_memory (const DossierContext *ctx)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  const gsize huge = 2u << 20;
  gsize half = MIN (ctx->length + ctx->length / 4, 28u << 20);
  char *block[2];
  guintptr lo = ~(guintptr) 0, hi = 0;

  if (half < 2 * huge)
    return;
  for (guint k = 0; k < G_N_ELEMENTS (block); k++)
    {
      block[k] = g_malloc (half);
      lo = MIN (lo, (guintptr) block[k]);
      hi = MAX (hi, (guintptr) block[k] + half);
    }
  /* one range when the two lie end to end (as they do at the top of the
   * heap: a chunk's header between them), else each on its own */
  if (hi - lo < 2 * half + 64)
    advise_huge ((gpointer) lo, hi - lo);
  else
    for (guint k = 0; k < G_N_ELEMENTS (block); k++)
      advise_huge (block[k], half);
  g_free (block[1]);
  g_free (block[0]);
#endif
}

static void
free_pending_lists (gpointer data)
{
  DossierPendingLists *pending = data;

  dossier_offset_map_clear (&pending->map);
  if (pending->owns_ctx)
    dossier_context_free (pending->ctx);
  g_free (pending);
}

static void
build_pending_lists (DossierArticle *article,
                     gpointer        data)
{
  DossierPendingLists *pending = data;

  prepare_model_memory (pending->ctx);
  article_lists_from_context (pending->ctx, article, &pending->map);
}

DossierPendingLists *
dossier_analyzer_peek_pending (DossierArticle *article)
{
  return dossier_article_peek_pending (article, build_pending_lists);
}

static void
analyze_into (DossierArticle *article,
              const char     *published)
{
  g_autoptr(DossierContext) ctx = NULL;
  const char *text = dossier_article_get_text (article);

  ctx = dossier_context_new (text, strlen (text), published);
  dossier_text_run (ctx);
  dossier_analyzer_timing_mark ("text");
  dossier_layout_run (ctx);
  dossier_analyzer_timing_mark ("layout");
  set_reference (ctx);
  dossier_names_run (ctx);
  dossier_analyzer_timing_mark ("names");
#ifdef __GLIBC__
  /* The names pass frees much of what it built; give those pages back
   * before the time pass builds its own tables (the peak memory). Not
   * for the command line's last file (the context kept): its model is
   * never built, so nothing after the names pass comes near its peak,
   * and the pages given back would only be faulted in again by the next
   * passes (on 20 MB: ~1.7k page faults fewer in time, quotes and
   * events, the same peak). */
  if (!keep_context)
    malloc_trim (0);
#endif
  dossier_time_run (ctx);
  dossier_analyzer_timing_mark ("time");
  dossier_quotes_run (ctx);
  dossier_context_flush_mentions (ctx);
  dossier_analyzer_timing_mark ("quotes");
  dossier_events_run (ctx);
  dossier_analyzer_timing_mark ("events");
  release_text_arrays (ctx);
  if (keep_context)
    {
      /* the command line: the lists are made only if asked for (the JSON
       * writer writes them from the context); the context is left to the
       * end of the process, on purpose */
      DossierPendingLists *pending = g_new0 (DossierPendingLists, 1);

      keep_context = FALSE;
      pending->ctx = g_steal_pointer (&ctx);
      pending->owns_ctx = FALSE;
      dossier_offset_map_init (&pending->map, pending->ctx->text, pending->ctx->length);
      article_metadata_from_context (pending->ctx, article, &pending->map);
      dossier_article_set_pending (article, build_pending_lists, pending, free_pending_lists);
      dossier_analyzer_timing_mark ("model");
      return;
    }
  prepare_model_memory (ctx);
  article_from_context (ctx, article);
  dossier_analyzer_timing_mark ("model");
}

DossierArticle *
dossier_analyzer_build_article (DossierContext *ctx)
{
  DossierArticle *article = dossier_article_new (ctx->text, ctx->length);

  article_from_context (ctx, article);
  return article;
}

/**
 * dossier_analyzer_analyze:
 * @text: valid UTF-8
 * @length: bytes, or -1 when NUL-terminated
 * @published: (nullable): the reference date, YYYY-MM-DD[THH:MM]
 *
 * Returns: (transfer full): the analysed article, without source fields
 */
DossierArticle *
dossier_analyzer_analyze (const char *text,
                          gssize      length,
                          const char *published)
{
  DossierArticle *article = dossier_article_new (text, length);

  analyze_into (article, published);
  return article;
}

static char *
source_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_steal_pointer (&basename) : g_file_get_uri (file);
}

/**
 * dossier_analyzer_analyze_file:
 *
 * Loads and analyses @file, blocking.
 *
 * Returns: (transfer full): the article, with the source fields filled, or
 *   %NULL with @error set (a DOSSIER_LOADER_ERROR)
 */
DossierArticle *
dossier_analyzer_analyze_file (GFile         *file,
                               const char    *published,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autoptr(DossierLoaded) loaded = NULL;
  g_autofree char *name = NULL;
  DossierArticle *article;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (timing_enabled ())
    timing_start ();
  loaded = dossier_loader_load (file, cancellable, error);
  if (loaded == NULL)
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  article = dossier_article_new_take (g_steal_pointer (&loaded->text), loaded->length);
  dossier_analyzer_timing_mark ("load");
  analyze_into (article, published);
  name = source_name (file);
  dossier_article_set_source (article, name, loaded->sha256, loaded->encoding);
  return article;
}

static void
analyze_file_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *file = g_object_get_data (G_OBJECT (task), "dossier-file");
  GError *error = NULL;
  DossierArticle *article;

  article = dossier_analyzer_analyze_file (file, task_data, cancellable, &error);
  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, g_object_unref);
}

void
dossier_analyzer_analyze_file_async (GFile               *file,
                                     const char          *published,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_analyzer_analyze_file_async);
  g_task_set_name (task, "dossier_analyzer_analyze_file_async");
  g_task_set_task_data (task, g_strdup (published), g_free);
  g_object_set_data_full (G_OBJECT (task), "dossier-file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, analyze_file_thread);
}

/**
 * dossier_analyzer_analyze_file_finish:
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
DossierArticle *
dossier_analyzer_analyze_file_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dossier_analyzer_analyze_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
