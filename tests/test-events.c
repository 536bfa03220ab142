/* test-events.c — the events pass: the timeline built from timexes
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The invented sentences are written for this test; the seed article is the
 * project's own sample (read from DOSSIER_SHARED_DIR, skipped when absent).
 */
#include "config.h"

#include <string.h>

#include "analysis/dossier-context.h"
#include "analysis/dossier-events.h"
#include "analysis/dossier-text.h"
#include "analysis/dossier-time.h"

static void
set_reference (DossierContext *ctx, int y, int m, int d, int h, int mi)
{
  ctx->reference.has_date = TRUE;
  ctx->reference.year = y;
  ctx->reference.month = m;
  ctx->reference.day = d;
  if (h >= 0)
    {
      ctx->reference.has_time = TRUE;
      ctx->reference.hour = h;
      ctx->reference.minute = mi;
    }
}

static void
dump (DossierContext *ctx)
{
  for (guint k = 0; k < ctx->events->len; k++)
    {
      const DossierEventInfo *e = &g_array_index (ctx->events, DossierEventInfo, k);
      g_test_message ("event %u: %s..%s %s%s '%s' (timex %d, %u entities, %u quotes)", k,
                      e->date_start, e->date_end, dossier_granularity_to_string (e->granularity),
                      e->approximate ? " approx" : "", e->label, e->timex, e->entities->len,
                      e->quotes->len);
    }
}

static const DossierEventInfo *
find_event (DossierContext *ctx, const char *label_part)
{
  for (guint k = 0; k < ctx->events->len; k++)
    {
      const DossierEventInfo *e = &g_array_index (ctx->events, DossierEventInfo, k);
      if (e->label && strstr (e->label, label_part))
        return e;
    }
  return NULL;
}

static void
assert_sorted (DossierContext *ctx)
{
  for (guint k = 1; k < ctx->events->len; k++)
    {
      const DossierEventInfo *a = &g_array_index (ctx->events, DossierEventInfo, k - 1);
      const DossierEventInfo *b = &g_array_index (ctx->events, DossierEventInfo, k);
      g_assert_cmpint (strcmp (a->date_start, b->date_start), <=, 0);
    }
}

static void
test_hand_filled (void)
{
  const char *text =
    "Mayor Ana Ruiz said on Monday that the new bridge opened. "
    "\"It was a long wait,\" Ruiz said. "
    "The council will vote on the budget next week. "
    "Ruiz and Ruiz's deputy Tom Hale met the builders in 1998. "
    "The works lasted three years.";
  g_autoptr(DossierContext) ctx = dossier_context_new (text, strlen (text), NULL);
  const DossierEventInfo *e;
  guint ana, tom;
  const char *q;

  dossier_text_run (ctx);
  set_reference (ctx, 2023, 11, 2, -1, 0);
  ana = dossier_context_add_entity (ctx, "Ana Ruiz", DOSSIER_ENTITY_PERSON);
  tom = dossier_context_add_entity (ctx, "Tom Hale", DOSSIER_ENTITY_PERSON);
  dossier_context_add_mention (ctx, strstr (text, "Ana Ruiz") - text,
                               strstr (text, "Ana Ruiz") - text + 8, ana, 0);
  {
    const char *p = strstr (text, "Ruiz and");
    dossier_context_add_mention (ctx, p - text, p - text + 4, ana, 0);
    p = strstr (p, "Ruiz's");
    dossier_context_add_mention (ctx, p - text, p - text + 4, ana, 0);
    p = strstr (text, "Tom Hale");
    dossier_context_add_mention (ctx, p - text, p - text + 8, tom, 0);
  }
  q = strstr (text, "It was");
  {
    DossierQuoteInfo qi = { 0 };
    qi.start = q - text;
    qi.end = strstr (text, "wait,") - text + 4;
    qi.kind = DOSSIER_QUOTE_DIRECT;
    qi.speaker = (int) ana;
    g_array_append_val (ctx->quotes, qi);
  }
  dossier_time_run (ctx);
  dossier_events_run (ctx);
  dump (ctx);

  /* Monday, next week, 1998; the duration is no event */
  g_assert_cmpuint (ctx->events->len, ==, 3);
  assert_sorted (ctx);

  e = &g_array_index (ctx->events, DossierEventInfo, 0);
  g_assert_cmpstr (e->date_start, ==, "1998-01-01");
  g_assert_cmpstr (e->date_end, ==, "1998-12-31");
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_YEAR);
  g_assert_false (e->approximate);
  g_assert_nonnull (strstr (e->label, "met the builders"));
  /* Ruiz twice and Hale once: two entities, no duplicate */
  g_assert_cmpuint (e->entities->len, ==, 2);
  g_assert_cmpint (g_array_index (e->entities, int, 0), ==, (int) ana);
  g_assert_cmpint (g_array_index (e->entities, int, 1), ==, (int) tom);
  g_assert_cmpuint (e->quotes->len, ==, 0);

  e = &g_array_index (ctx->events, DossierEventInfo, 1);
  g_assert_cmpstr (e->date_start, ==, "2023-10-30");
  g_assert_cmpstr (e->date_end, ==, "2023-10-30");
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_DAY);
  g_assert_cmpstr (e->label, ==, "Mayor Ana Ruiz said");
  g_assert_cmpuint (e->entities->len, ==, 1);

  e = &g_array_index (ctx->events, DossierEventInfo, 2);
  g_assert_cmpstr (e->date_start, ==, "2023-11-06");
  g_assert_cmpstr (e->date_end, ==, "2023-11-12");
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_WEEK);
  g_assert_nonnull (strstr (e->label, "council will vote"));
  g_assert_cmpuint (e->entities->len, ==, 0);
}

static void
test_quotes_linked (void)
{
  const char *text = "\"We opened the gates yesterday,\" the warden said on Friday.";
  g_autoptr(DossierContext) ctx = dossier_context_new (text, strlen (text), NULL);
  DossierQuoteInfo qi = { 0 };

  dossier_text_run (ctx);
  set_reference (ctx, 2023, 11, 6, -1, 0);
  qi.start = 1;
  qi.end = strstr (text, "yesterday") - text + 9;
  qi.speaker = -1;
  g_array_append_val (ctx->quotes, qi);
  dossier_time_run (ctx);
  dossier_events_run (ctx);
  dump (ctx);
  g_assert_cmpuint (ctx->events->len, ==, 2);
  for (guint k = 0; k < ctx->events->len; k++)
    {
      const DossierEventInfo *e = &g_array_index (ctx->events, DossierEventInfo, k);
      g_assert_cmpuint (e->quotes->len, ==, 1);
      g_assert_cmpint (g_array_index (e->quotes, int, 0), ==, 0);
    }
  /* said on Friday 3 November; yesterday in the quote is Thursday */
  g_assert_cmpstr (g_array_index (ctx->events, DossierEventInfo, 0).date_start, ==, "2023-11-02");
  g_assert_cmpstr (g_array_index (ctx->events, DossierEventInfo, 1).date_start, ==, "2023-11-03");
}

static void
test_granularities (void)
{
  const char *text =
    "Output fell in the third quarter of 2021. "
    "Workers struck at 5:30 p.m. on March 3, 2022. "
    "The mill was busy in the 1970s. "
    "Trains stopped Tuesday night. "
    "Help will come in the coming days. "
    "Prices rose recently. "
    "The firm paid its staff every Tuesday.";
  g_autoptr(DossierContext) ctx = dossier_context_new (text, strlen (text), NULL);
  const DossierEventInfo *e;

  dossier_text_run (ctx);
  set_reference (ctx, 2023, 11, 2, -1, 0);
  dossier_time_run (ctx);
  dossier_events_run (ctx);
  dump (ctx);
  assert_sorted (ctx);

  e = &g_array_index (ctx->events, DossierEventInfo, 0);
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_DECADE);
  g_assert_cmpstr (e->date_start, ==, "1970-01-01");
  g_assert_cmpstr (e->date_end, ==, "1979-12-31");

  e = &g_array_index (ctx->events, DossierEventInfo, 1);
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_QUARTER);
  g_assert_cmpstr (e->date_start, ==, "2021-07-01");
  g_assert_cmpstr (e->date_end, ==, "2021-09-30");

  e = &g_array_index (ctx->events, DossierEventInfo, 2);
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_MINUTE);
  g_assert_cmpstr (e->date_start, ==, "2022-03-03T17:30");

  e = &g_array_index (ctx->events, DossierEventInfo, 3);
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_PART_OF_DAY);
  g_assert_cmpstr (e->date_start, ==, "2023-10-31T21:00");

  e = &g_array_index (ctx->events, DossierEventInfo, 4);
  g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_DAY);
  g_assert_true (e->approximate);
  g_assert_cmpstr (e->date_start, ==, "2023-11-02");
  g_assert_cmpstr (e->date_end, ==, "2023-11-09");

  /* PAST_REF and the set are not on the timeline */
  g_assert_cmpuint (ctx->events->len, ==, 5);
}

static void
test_seed (void)
{
  const char *dir = g_getenv ("DOSSIER_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize len;
  const char *b0, *b1, *pm;
  const DossierEventInfo *e;

  if (dir == NULL)
    {
      g_test_skip ("DOSSIER_SHARED_DIR not set");
      return;
    }
  path = g_build_filename (dir, "eval", "sets", "seed", "kirby-pauses.txt", NULL);
  if (!g_file_get_contents (path, &text, &len, NULL))
    {
      g_test_skip ("seed article missing");
      return;
    }
  b0 = strstr (text, "(WASHINGTON)");
  b1 = strstr (text, "Thursday, November 2, 2023");
  g_assert_nonnull (b0);
  g_assert_nonnull (b1);
  pm = strstr (b1, "5:48PM");
  g_assert_nonnull (pm);

  {
    g_autoptr(DossierContext) ctx = dossier_context_new (text, len, NULL);
    dossier_text_run (ctx);
    /* what the layout pass leaves */
    ctx->metadata.body.start = b0 - text;
    ctx->metadata.body.end = b1 - text;
    ctx->metadata.published_range.start = b1 - text;
    ctx->metadata.published_range.end = pm + 6 - text;
    ctx->metadata.published = g_strdup ("2023-11-02T17:48");
    set_reference (ctx, 2023, 11, 2, 17, 48);
    dossier_time_run (ctx);
    dossier_events_run (ctx);
    dump (ctx);

    g_assert_cmpuint (ctx->events->len, ==, 8);
    assert_sorted (ctx);

    /* the hostages freed last month */
    e = &g_array_index (ctx->events, DossierEventInfo, 0);
    g_assert_cmpstr (e->date_start, ==, "2023-10-01");
    g_assert_cmpstr (e->date_end, ==, "2023-10-31");
    g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_MONTH);
    g_assert_nonnull (strstr (e->label, "hostages"));

    e = find_event (ctx, "Rafah crossing into Egypt opened");
    g_assert_nonnull (e);
    g_assert_cmpstr (e->date_start, ==, "2023-11-01");
    g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_DAY);
    g_assert_false (e->approximate);

    e = find_event (ctx, "Matthew Miller said");
    g_assert_nonnull (e);
    g_assert_cmpstr (e->date_start, ==, "2023-11-01");

    e = find_event (ctx, "Biden said");
    g_assert_nonnull (e);
    g_assert_cmpstr (e->date_start, ==, "2023-11-01T21:00");
    g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_PART_OF_DAY);

    e = find_event (ctx, "John Kirby said");
    g_assert_nonnull (e);
    g_assert_cmpstr (e->date_start, ==, "2023-11-02");

    e = find_event (ctx, "expected to cross");
    g_assert_nonnull (e);
    g_assert_true (e->approximate);
    g_assert_cmpstr (e->date_end, ==, "2023-11-09");

    /* the publication, last: built on the footer's timex */
    e = &g_array_index (ctx->events, DossierEventInfo, ctx->events->len - 1);
    g_assert_cmpstr (e->label, ==, "Article published");
    g_assert_cmpstr (e->date_start, ==, "2023-11-02T17:48");
    g_assert_cmpint (e->granularity, ==, DOSSIER_GRANULARITY_MINUTE);
    g_assert_cmpint (e->timex, ==, (int) ctx->timexes->len - 1);
  }
}

static void
test_labels (void)
{
  const char *text =
    "On Monday, the council voted to close the pool.\n\n"
    "9:15 a.m.\n\n"
    "The mayor arrives at the harbour.\n\n"
    "Readers of the Harbour Today wrote in.";
  g_autoptr(DossierContext) ctx = dossier_context_new (text, strlen (text), NULL);

  dossier_text_run (ctx);
  set_reference (ctx, 2023, 11, 2, -1, 0);
  dossier_time_run (ctx);
  dossier_events_run (ctx);
  dump (ctx);
  /* "Today" in a name is no date */
  g_assert_cmpuint (ctx->events->len, ==, 2);
  g_assert_nonnull (find_event (ctx, "The council voted to close"));
  g_assert_nonnull (find_event (ctx, "The mayor arrives at the harbour"));
}

static void
test_empty (void)
{
  static const char *texts[] = { "", "No dates here at all.", "\"", "Yesterday" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(DossierContext) ctx = dossier_context_new (texts[i], strlen (texts[i]), NULL);
      dossier_text_run (ctx);
      dossier_time_run (ctx);
      dossier_events_run (ctx);
      /* no reference: nothing relative can be placed */
      g_assert_cmpuint (ctx->events->len, ==, 0);
    }
}

/* Mentions added out of text order (as the quotes pass adds pronouns) are
 * merged into place, the older one first between equal starts, and every
 * entity's list of mentions follows. */
static void
test_context_mentions_merge (void)
{
  g_autoptr(DossierContext) ctx = NULL;
  static const char text[] = "Ann met Bo. She said hi. He said bye. They left.";
  DossierEntityInfo *ann, *bo;
  const DossierMention *m;
  guint a, b, prev = 0;

  ctx = dossier_context_new (text, strlen (text), NULL);
  a = dossier_context_add_entity (ctx, "Ann", DOSSIER_ENTITY_PERSON);
  b = dossier_context_add_entity (ctx, "Bo", DOSSIER_ENTITY_PERSON);
  dossier_context_add_mention (ctx, 0, 3, (int) a, 0);
  dossier_context_add_mention (ctx, 8, 10, (int) b, 0);
  dossier_context_add_mention (ctx, 42, 46, (int) b, 0);
  /* out of order: into the pending tail */
  dossier_context_add_mention (ctx, 25, 27, (int) b, 0);
  dossier_context_add_mention (ctx, 12, 15, (int) a, 0);
  dossier_context_add_mention (ctx, 42, 46, (int) a, 0);
  /* thousands more, to force merges while adding */
  for (guint i = 0; i < 5000; i++)
    dossier_context_add_mention (ctx, 3 + (i * 7919) % 40, 4 + (i * 7919) % 40, -1, 0);
  dossier_context_flush_mentions (ctx);

  g_assert_cmpuint (ctx->mentions->len, ==, 5006);
  m = (const DossierMention *) (void *) ctx->mentions->data;
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      g_assert_cmpuint (m[i].start, >=, prev);
      prev = m[i].start;
    }
  /* equal starts: the one added first stays first */
  for (guint i = 0; i + 1 < ctx->mentions->len; i++)
    if (m[i].start == 42 && m[i].end == 46 && m[i].entity >= 0)
      {
        g_assert_cmpint (m[i].entity, ==, (int) b);
        g_assert_cmpint (m[i + 1].entity, ==, (int) a);
        break;
      }

  ann = g_ptr_array_index (ctx->entities, a);
  bo = g_ptr_array_index (ctx->entities, b);
  g_assert_cmpuint (ann->mentions->len, ==, 3);
  g_assert_cmpuint (bo->mentions->len, ==, 3);
  g_assert_cmpuint (m[g_array_index (ann->mentions, guint, 0)].start, ==, 0);
  g_assert_cmpuint (m[g_array_index (ann->mentions, guint, 1)].start, ==, 12);
  g_assert_cmpuint (m[g_array_index (ann->mentions, guint, 2)].start, ==, 42);
  g_assert_cmpuint (m[g_array_index (bo->mentions, guint, 0)].start, ==, 8);
  g_assert_cmpuint (m[g_array_index (bo->mentions, guint, 1)].start, ==, 25);
  g_assert_cmpuint (m[g_array_index (bo->mentions, guint, 2)].start, ==, 42);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/events/hand-filled", test_hand_filled);
  g_test_add_func ("/events/quotes", test_quotes_linked);
  g_test_add_func ("/events/granularities", test_granularities);
  g_test_add_func ("/events/seed", test_seed);
  g_test_add_func ("/events/labels", test_labels);
  g_test_add_func ("/events/empty", test_empty);

  g_test_add_func ("/context/mentions-merge", test_context_mentions_merge);

  return g_test_run ();
}
