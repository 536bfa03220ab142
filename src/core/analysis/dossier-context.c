/* dossier-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-context"

#include "config.h"

#include <string.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "dossier-context.h"

static void
metadata_init (DossierMetadata *m)
{
  memset (m, 0, sizeof *m);
  m->authors = g_ptr_array_new_with_free_func (g_free);
  m->contributors = g_ptr_array_new_with_free_func (g_free);
  m->credits = g_ptr_array_new_with_free_func (g_free);
  m->contributor_ranges = g_array_new (FALSE, TRUE, sizeof (DossierRange));
}

static void
metadata_clear (DossierMetadata *m)
{
  g_clear_pointer (&m->title, g_free);
  g_clear_pointer (&m->outlet, g_free);
  g_clear_pointer (&m->dateline, g_free);
  g_clear_pointer (&m->published, g_free);
  g_clear_pointer (&m->authors, g_ptr_array_unref);
  g_clear_pointer (&m->contributors, g_ptr_array_unref);
  g_clear_pointer (&m->credits, g_ptr_array_unref);
  g_clear_pointer (&m->contributor_ranges, g_array_unref);
}

void
dossier_timex_info_clear (DossierTimexInfo *timex)
{
  g_clear_pointer (&timex->value, g_free);
  g_clear_pointer (&timex->mod, g_free);
}

void
dossier_event_info_clear (DossierEventInfo *event)
{
  if (event->strings != NULL)
    {
      /* the three strings are pieces of it */
      g_clear_pointer (&event->strings, g_free);
      event->date_start = event->date_end = event->label = NULL;
    }
  g_clear_pointer (&event->date_start, g_free);
  g_clear_pointer (&event->date_end, g_free);
  g_clear_pointer (&event->label, g_free);
  g_clear_pointer (&event->entities, g_array_unref);
  g_clear_pointer (&event->quotes, g_array_unref);
}

void
dossier_entity_info_free (DossierEntityInfo *entity)
{
  if (entity == NULL)
    return;
  /* the name lies in the entity's block (dossier_context_add_entity ()) */
  if (entity->name != (char *) (entity + 1))
    g_free (entity->name);
  g_free (entity->role);
  g_ptr_array_unref (entity->aliases);
  g_array_unref (entity->mentions);
  g_free (entity);
}

DossierContext *
dossier_context_new (const char *text,
                     gsize       length,
                     const char *published_option)
{
  DossierContext *ctx = g_new0 (DossierContext, 1);

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (length <= G_MAXUINT, NULL);

  ctx->text = text;
  ctx->length = length;
  ctx->published_option = g_strdup (published_option);
  ctx->tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  ctx->sentences = g_array_new (FALSE, FALSE, sizeof (DossierSentence));
  ctx->paragraphs = g_array_new (FALSE, FALSE, sizeof (DossierParagraph));
  ctx->lines = g_array_new (FALSE, FALSE, sizeof (DossierRange));
  metadata_init (&ctx->metadata);
  ctx->mentions = g_array_new (FALSE, FALSE, sizeof (DossierMention));
  ctx->pending_from = G_MAXUINT;
  ctx->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_info_free);
  ctx->timexes = g_array_new (FALSE, TRUE, sizeof (DossierTimexInfo));
  g_array_set_clear_func (ctx->timexes, (GDestroyNotify) dossier_timex_info_clear);
  ctx->quotes = g_array_new (FALSE, TRUE, sizeof (DossierQuoteInfo));
  ctx->events = g_array_new (FALSE, TRUE, sizeof (DossierEventInfo));
  g_array_set_clear_func (ctx->events, (GDestroyNotify) dossier_event_info_clear);
  return ctx;
}

void
dossier_context_free (DossierContext *ctx)
{
  if (ctx == NULL)
    return;
  g_free (ctx->published_option);
  g_array_unref (ctx->tokens);
  g_array_unref (ctx->sentences);
  g_array_unref (ctx->paragraphs);
  g_array_unref (ctx->lines);
  metadata_clear (&ctx->metadata);
  g_array_unref (ctx->mentions);
  g_ptr_array_unref (ctx->entities);
  g_array_unref (ctx->timexes);
  g_array_unref (ctx->quotes);
  g_array_unref (ctx->events);
  g_free (ctx);
}

/* The first of the @n items of @base (@stride bytes apart) whose guint at
 * @offset is >= @target, those keys being in order: found by galloping
 * from @hint, the last answer (the callers mostly walk forward through the
 * text), then a binary search. */
static inline guint
gallop_first_at_least (const char   *base,
                       gsize         stride,
                       gsize         offset,
                       guint         n,
                       guint         hint,
                       guint64       target)
{
#define KEY(i) (*(const guint *) (const void *) (base + (gsize) (i) * stride + offset))
  guint h = MIN (hint, n), lo, hi, step = 1;

  if (h >= n || KEY (h) >= target)
    {
      /* at or before h */
      hi = h;
      for (;;)
        {
          guint p;

          if (hi < step)
            {
              lo = 0;
              break;
            }
          p = hi - step;
          if (KEY (p) < target)
            {
              lo = p + 1;
              break;
            }
          hi = p;
          step *= 2;
        }
    }
  else
    {
      /* after h */
      lo = h + 1;
      for (;;)
        {
          guint p = lo + step - 1;

          if (p >= n)
            {
              hi = n;
              break;
            }
          if (KEY (p) >= target)
            {
              hi = p;
              break;
            }
          lo = p + 1;
          step *= 2;
        }
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (KEY (mid) < target)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
#undef KEY
}

guint
dossier_context_token_at (const DossierContext *ctx,
                          guint                 byte)
{
  /* the tokens' ends are in order: the first token whose end > byte */
  guint i = gallop_first_at_least (ctx->tokens->data, sizeof (DossierToken),
                                   G_STRUCT_OFFSET (DossierToken, end),
                                   ctx->tokens->len, ctx->token_hint,
                                   (guint64) byte + 1);

  ((DossierContext *) ctx)->token_hint = i;
  return i;
}

guint
dossier_context_token_sentence (const DossierContext *ctx,
                                guint                 i)
{
  const DossierSentence *sentences = (const DossierSentence *) (void *) ctx->sentences->data;
  guint n = ctx->sentences->len, h = ctx->sentence_hint;
  guint lo = 0, hi = n;

  /* the passes mostly ask about tokens near the last one: that sentence
   * or the next, before a binary search (a cache, kept in the context
   * the callers hold as const) */
  if (h < n && sentences[h].first_token <= i)
    {
      if (h + 1 >= n || sentences[h + 1].first_token > i)
        return h;
      if (h + 2 >= n || sentences[h + 2].first_token > i)
        {
          ((DossierContext *) ctx)->sentence_hint = h + 1;
          return h + 1;
        }
    }

  /* last sentence whose first token <= i (every token lies in a sentence) */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (sentences[mid].first_token <= i)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    ((DossierContext *) ctx)->sentence_hint = lo - 1;
  return lo == 0 ? 0 : lo - 1;
}

guint
dossier_context_sentence_at (const DossierContext *ctx,
                             guint                 byte)
{
  const DossierSentence *sentences = (const DossierSentence *) (void *) ctx->sentences->data;
  guint n = ctx->sentences->len, h = ctx->sentence_hint;
  guint lo = 0, hi = n;

  if (hi == 0)
    return 0;
  /* the sentence of the last token_sentence () or sentence_at (), or the
   * next (the starts are sorted: the one answer the search would give) */
  if (h < n && sentences[h].start <= byte)
    {
      if (h + 1 >= n || sentences[h + 1].start > byte)
        return h;
      if (h + 2 >= n || sentences[h + 2].start > byte)
        {
          ((DossierContext *) ctx)->sentence_hint = h + 1;
          return h + 1;
        }
    }
  /* last sentence whose start <= byte */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (sentences[mid].start <= byte)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    ((DossierContext *) ctx)->sentence_hint = lo - 1;
  return lo == 0 ? 0 : lo - 1;
}

/* first mention in [lo, hi) whose end > start */
static guint
mention_lower_bound (const DossierContext *ctx,
                     guint                 lo,
                     guint                 hi,
                     guint                 start)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (ctx->mentions, DossierMention, mid).end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
mention_in_range (const DossierContext *ctx,
                  guint                 lo,
                  guint                 hi,
                  guint                 start,
                  guint                 end)
{
  guint i = mention_lower_bound (ctx, lo, hi, start);

  if (i < hi && g_array_index (ctx->mentions, DossierMention, i).start < end)
    return (int) i;
  return -1;
}

int
dossier_context_mention_at (const DossierContext *ctx,
                            guint                 start,
                            guint                 end)
{
  guint main_end = MIN (ctx->pending_from, ctx->mentions->len);
  int found, pending;

  if (end <= start)
    end = start + 1;
  found = mention_in_range (ctx, 0, main_end, start, end);
  if (main_end == ctx->mentions->len)
    return found;
  pending = mention_in_range (ctx, main_end, ctx->mentions->len, start, end);
  if (found < 0)
    return pending;
  if (pending >= 0 &&
      g_array_index (ctx->mentions, DossierMention, pending).start <
      g_array_index (ctx->mentions, DossierMention, found).start)
    return pending;
  return found;
}

static void
rebuild_entity_mentions (DossierContext *ctx)
{
  guint n_entities = ctx->entities->len;
  guint *count = g_new0 (guint, n_entities + 1);
  guint **dest = g_new (guint *, n_entities + 1);
  const DossierMention *mentions = (const DossierMention *) (void *) ctx->mentions->data;
  guint n_mentions = ctx->mentions->len;

  /* each entity's list sized once (its count of mentions), then filled
   * through a pointer a list (no walk from the entity to its list per
   * mention: the lists are all over the memory) */
  /* the length kept aside (the stores below may alias it); a negative
   * entity is a large guint */
  for (guint i = 0; i < n_mentions; i++)
    if ((guint) mentions[i].entity < n_entities)
      count[mentions[i].entity]++;
  for (guint e = 0; e < n_entities; e++)
    {
      GArray *list = ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->mentions;

      g_array_set_size (list, count[e]);
      dest[e] = (guint *) (void *) list->data;
    }
  for (guint i = 0; i < n_mentions; i++)
    {
      guint e = (guint) mentions[i].entity;

      if (e < n_entities)
        *dest[e]++ = i;
    }
  g_free (dest);
  g_free (count);
}

guint
dossier_context_mentions_before (const DossierContext *ctx,
                                 guint                 byte)
{
  /* the sorted part's starts are in order: the first mention there
   * starting at or after byte */
  guint i = gallop_first_at_least (ctx->mentions->data, sizeof (DossierMention),
                                   G_STRUCT_OFFSET (DossierMention, start),
                                   MIN (ctx->mentions->len, ctx->pending_from),
                                   ctx->mentions_before_hint, byte);

  ((DossierContext *) ctx)->mentions_before_hint = i;
  return i;
}

void
dossier_context_flush_mentions (DossierContext *ctx)
{
  guint n = ctx->mentions->len, main_end = ctx->pending_from;
  DossierMention *all, *pending;
  guint i, j, k, n_pending;

  if (main_end >= n)
    {
      ctx->pending_from = G_MAXUINT;
      return;
    }
  /* Merged in place from the back: only the short pending tail is copied
   * aside (a copy of the whole array would be the analysis's peak memory
   * on a large text). Between equal starts the sorted part comes first. */
  all = (DossierMention *) (void *) ctx->mentions->data;
  n_pending = n - main_end;
  pending = g_new (DossierMention, n_pending);
  memcpy (pending, all + main_end, n_pending * sizeof (DossierMention));
  i = main_end;     /* all[0, i) not yet placed */
  j = n_pending;    /* pending[0, j) not yet placed */
  k = n;            /* all[k, n) placed */
  while (j > 0)
    {
      guint key = pending[j - 1].start;
      guint p = i, step = 1, lo;

      /* the run all[p, i) of starts > key moves up as one block: gallop
       * back, then a binary search (the sorted part is sorted by start);
       * the same places as moving one mention at a time */
      while (p > 0 && all[p - 1].start > key)
        {
          lo = p > step ? p - step : 0;
          if (all[lo].start > key)
            {
              p = lo;
              step *= 2;
              continue;
            }
          /* all[lo].start <= key < all[p - 1].start: the first > key in (lo, p) */
          lo++;
          while (lo < p)
            {
              guint mid = lo + (p - lo) / 2;

              if (all[mid].start > key)
                p = mid;
              else
                lo = mid + 1;
            }
          break;
        }
      if (p < i)
        {
          memmove (all + k - (i - p), all + p, (i - p) * sizeof (DossierMention));
          k -= i - p;
          i = p;
        }
      all[--k] = pending[--j];
    }
  g_free (pending);
  ctx->pending_from = G_MAXUINT;
  rebuild_entity_mentions (ctx);
}

/* The pending tail is merged in when it reaches this, or an eighth of the
 * sorted part: a merge moves the sorted part and rebuilds every entity's
 * list, so on a large text a longer tail (mentions mostly come in text
 * order: an insert into it moves little) saves merges. */
#define MAX_PENDING_MENTIONS 2048

guint
dossier_context_add_mention (DossierContext *ctx,
                             guint           start,
                             guint           end,
                             int             entity,
                             guint           flags)
{
  DossierMention m = { start, end, entity, flags };
  guint n = ctx->mentions->len;
  guint lo, hi;

  if (ctx->pending_from >= n)
    {
      ctx->pending_from = G_MAXUINT;
      if (n == 0 || g_array_index (ctx->mentions, DossierMention, n - 1).start <= start)
        {
          /* in order: a plain append */
          g_array_append_val (ctx->mentions, m);
          if (entity >= 0 && (guint) entity < ctx->entities->len)
            {
              DossierEntityInfo *info = g_ptr_array_index (ctx->entities, entity);
              g_array_append_val (info->mentions, n);
            }
          return n;
        }
      ctx->pending_from = n;
    }
  else if (n - ctx->pending_from >= MAX (MAX_PENDING_MENTIONS, ctx->pending_from / 8))
    {
      dossier_context_flush_mentions (ctx);
      return dossier_context_add_mention (ctx, start, end, entity, flags);
    }

  /* sorted insert into the pending tail */
  lo = ctx->pending_from;
  hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (ctx->mentions, DossierMention, mid).start <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_array_insert_val (ctx->mentions, lo, m);
  return lo;
}

guint
dossier_context_add_entity (DossierContext    *ctx,
                            const char        *name,
                            DossierEntityKind  kind)
{
  gsize len = name != NULL ? strlen (name) : 0;
  DossierEntityInfo *info;

  /* the name right after the struct, in one block (one allocation less
   * per entity: ~18k entities on 20 MB) */
  info = g_malloc (sizeof (DossierEntityInfo) + len + 1);
  memset (info, 0, sizeof (DossierEntityInfo));
  if (name != NULL)
    {
      info->name = (char *) (info + 1);
      memcpy (info->name, name, len + 1);
    }
  info->kind = kind;
  info->aliases = g_ptr_array_new_with_free_func (g_free);
  info->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (ctx->entities, info);
  return ctx->entities->len - 1;
}

char *
dossier_context_dup (const DossierContext *ctx,
                     guint                 start,
                     guint                 end)
{
  g_return_val_if_fail (start <= end && end <= ctx->length, NULL);
  return g_strndup (ctx->text + start, end - start);
}

gboolean
dossier_context_in_body (const DossierContext *ctx,
                         guint                 start,
                         guint                 end)
{
  const DossierRange *body = &ctx->metadata.body;

  if (DOSSIER_RANGE_EMPTY (*body))
    return TRUE;
  return start >= body->start && end <= body->end;
}

static void
advise_huge (gpointer data,
             gsize    size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  /* large pages for a large block: a page fault every 2 MB instead of
   * every 4 kB as it fills (a hint; the memory is used as before) */
  const gsize huge = 2u << 20;
  guintptr from = ((guintptr) data + huge - 1) & ~(guintptr) (huge - 1);
  guintptr to = ((guintptr) data + size) & ~(guintptr) (huge - 1);

  if (to > from)
    madvise ((void *) from, to - from, MADV_HUGEPAGE);
#endif
}

void
dossier_context_reserve (GArray *array,
                         gsize   n_elements)
{
  guint len, elt;

  g_return_if_fail (array != NULL);

  len = array->len;
  elt = g_array_get_element_size (array);
  if (n_elements <= len || n_elements > G_MAXUINT / 2)
    return;
  /* GArray keeps its room when it shrinks: grow, then shrink back */
  g_array_set_size (array, (guint) n_elements);
  g_array_set_size (array, len);
  advise_huge (array->data, (gsize) n_elements * elt);
}
