/* test-layout.c — the layout pass: headline, credit, dateline, byline, dates, footer, body
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every article here is invented for the test, except the seed article,
 * which is read from data/samples or from the shared evaluation folder.
 */
#include "config.h"

#include <string.h>

#include "analysis/dossier-context.h"
#include "analysis/dossier-text.h"
#include "analysis/dossier-layout.h"

static DossierContext *
run_with (const char *text,
          const char *published)
{
  DossierContext *ctx = dossier_context_new (text, strlen (text), published);
  dossier_text_run (ctx);
  dossier_layout_run (ctx);
  return ctx;
}

static DossierContext *
run (const char *text)
{
  return run_with (text, NULL);
}

static char *
range_text (DossierContext *ctx,
            DossierRange    r)
{
  g_assert_cmpuint (r.start, <=, r.end);
  g_assert_cmpuint (r.end, <=, ctx->length);
  return dossier_context_dup (ctx, r.start, r.end);
}

static gboolean
range_contains (DossierContext *ctx,
                DossierRange    r,
                const char     *needle)
{
  g_autofree char *s = range_text (ctx, r);
  return strstr (s, needle) != NULL;
}

static void
assert_list (GPtrArray          *list,
             const char * const *expected)
{
  guint n = expected ? g_strv_length ((char **) expected) : 0;

  for (guint i = 0; i < MIN (n, list->len); i++)
    g_assert_cmpstr (g_ptr_array_index (list, i), ==, expected[i]);
  g_assert_cmpuint (list->len, ==, n);
}

/* Checks that every field agrees with its range and the body is sane. */
static void
assert_consistent (DossierContext *ctx)
{
  DossierMetadata *m = &ctx->metadata;

  g_assert_cmpuint (m->body.start, <=, m->body.end);
  g_assert_cmpuint (m->body.end, <=, ctx->length);
  if (m->title != NULL)
    {
      g_autofree char *t = range_text (ctx, m->title_range);
      g_assert_cmpstr (t, ==, m->title);
      if (m->body.start > 0 || m->body.end < ctx->length)
        {
          if (dossier_context_in_body (ctx, m->title_range.start, m->title_range.end))
            g_test_message ("title in body: %s", ctx->text);
          g_assert_false (dossier_context_in_body (ctx, m->title_range.start, m->title_range.end));
        }
    }
  else
    g_assert_true (DOSSIER_RANGE_EMPTY (m->title_range));
  if (m->dateline != NULL)
    {
      g_autofree char *t = range_text (ctx, m->dateline_range);
      g_assert_cmpstr (t, ==, m->dateline);
    }
  else
    g_assert_true (DOSSIER_RANGE_EMPTY (m->dateline_range));
  for (guint i = 0; i < m->credits->len; i++)
    {
      g_assert_false (DOSSIER_RANGE_EMPTY (m->credit_range));
      g_assert_true (range_contains (ctx, m->credit_range, g_ptr_array_index (m->credits, 0)));
    }
  for (guint i = 0; i < m->authors->len; i++)
    g_assert_true (range_contains (ctx, m->byline_range, g_ptr_array_index (m->authors, i)));
  if (m->contributors->len > 0)
    g_assert_cmpuint (m->contributor_ranges->len, >, 0);
  for (guint i = 0; i < m->contributor_ranges->len; i++)
    {
      DossierRange r = g_array_index (m->contributor_ranges, DossierRange, i);
      g_assert_false (dossier_context_in_body (ctx, r.start, r.end));
    }
}

static void
assert_published_text (DossierContext *ctx,
                       const char     *expected_value,
                       const char     *expected_text)
{
  g_autofree char *t = NULL;

  g_assert_cmpstr (ctx->metadata.published, ==, expected_value);
  t = range_text (ctx, ctx->metadata.published_range);
  g_assert_cmpstr (t, ==, expected_text);
}

static void
assert_body (DossierContext *ctx,
             const char     *starts_with,
             const char     *ends_with)
{
  g_autofree char *body = range_text (ctx, ctx->metadata.body);

  g_assert_true (g_str_has_prefix (body, starts_with));
  g_assert_true (g_str_has_suffix (body, ends_with));
}

static void
assert_reference (DossierContext *ctx,
                  int             year,
                  int             month,
                  int             day,
                  gboolean        has_time,
                  int             hour,
                  int             minute)
{
  g_assert_true (ctx->reference.has_date);
  g_assert_cmpint (ctx->reference.year, ==, year);
  g_assert_cmpint (ctx->reference.month, ==, month);
  g_assert_cmpint (ctx->reference.day, ==, day);
  g_assert_cmpint (ctx->reference.has_time, ==, has_time);
  if (has_time)
    {
      g_assert_cmpint (ctx->reference.hour, ==, hour);
      g_assert_cmpint (ctx->reference.minute, ==, minute);
    }
}

/* ---- the seed article --------------------------------------------------- */

static char *
read_seed (gsize *length)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  const char *shared = g_getenv ("DOSSIER_SHARED_DIR");
  char *contents = NULL;

  if (srcdir != NULL)
    {
      g_autofree char *path = g_build_filename (srcdir, "..", "data", "samples",
                                                "kirby-pauses.txt", NULL);
      if (g_file_get_contents (path, &contents, length, NULL))
        return contents;
    }
  if (shared != NULL)
    {
      g_autofree char *path = g_build_filename (shared, "eval", "sets", "seed",
                                                "kirby-pauses.txt", NULL);
      if (g_file_get_contents (path, &contents, length, NULL))
        return contents;
    }
  return NULL;
}

static void
test_seed (void)
{
  gsize length = 0;
  g_autofree char *text = read_seed (&length);
  g_autoptr(DossierContext) ctx = NULL;
  DossierMetadata *m;
  const char *authors[] = { "Fritz Farrow", NULL };
  const char *contributors[] = { "Shannon Crawford", NULL };
  const char *credits[] = { "Chip Somodevilla/Getty Images", NULL };

  if (text == NULL)
    {
      g_test_skip ("the seed article is not available");
      return;
    }
  ctx = dossier_context_new (text, length, NULL);
  dossier_text_run (ctx);
  dossier_layout_run (ctx);
  m = &ctx->metadata;

  g_assert_cmpstr (m->title, ==,
                   "Biden administration calls for multiple 'pauses' in Israel-Hamas conflict");
  assert_list (m->authors, authors);
  assert_list (m->contributors, contributors);
  assert_list (m->credits, credits);
  g_assert_cmpstr (m->outlet, ==, "ABC News");
  g_assert_cmpstr (m->dateline, ==, "WASHINGTON");
  assert_published_text (ctx, "2023-11-02T17:48", "Thursday, November 2, 2023 at 5:48PM");
  assert_consistent (ctx);
  assert_body (ctx, "(WASHINGTON) -- White House", "enter Egypt,\" Miller said.");
  g_assert_true (range_contains (ctx, m->byline_range, "ABC News Permalink"));
  g_assert_false (dossier_context_in_body (ctx, m->byline_range.start, m->byline_range.end));
  g_assert_false (dossier_context_in_body (ctx, m->credit_range.start, m->credit_range.end));
  g_assert_true (dossier_context_in_body (ctx, m->dateline_range.start, m->dateline_range.end));
  assert_reference (ctx, 2023, 11, 2, TRUE, 17, 48);
}

static void
test_seed_published_option (void)
{
  gsize length = 0;
  g_autofree char *text = read_seed (&length);
  g_autoptr(DossierContext) ctx = NULL;

  if (text == NULL)
    {
      g_test_skip ("the seed article is not available");
      return;
    }
  ctx = dossier_context_new (text, length, "2023-11-03");
  dossier_text_run (ctx);
  dossier_layout_run (ctx);
  /* the option is the reference; the text's own date is still reported */
  assert_reference (ctx, 2023, 11, 3, FALSE, 0, 0);
  g_assert_cmpstr (ctx->metadata.published, ==, "2023-11-02T17:48");
}

/* ---- wire styles (invented articles) ------------------------------------ */

static void
test_ap_style (void)
{
  const char *text =
    "Valley town votes to rebuild its old stone bridge\n"
    "\n"
    "By Marta Quill and Tobias Fenn, Associated Press\n"
    "\n"
    "Nov. 3, 2024 4:15 PM ET\n"
    "\n"
    "(AP Photo/Lorna Beck)\n"
    "\n"
    "GREENFIELD (AP) \xe2\x80\x94 Residents of a small river town voted on Sunday to rebuild the "
    "stone bridge that a spring flood swept away, ending a year of detours.\n"
    "\n"
    "\"We have waited long enough,\" said the town clerk.\n"
    "\n"
    "Petra Vonn contributed reporting.\n";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;
  const char *authors[] = { "Marta Quill", "Tobias Fenn", NULL };
  const char *contributors[] = { "Petra Vonn", NULL };
  const char *credits[] = { "AP Photo/Lorna Beck", NULL };

  g_assert_cmpstr (m->title, ==, "Valley town votes to rebuild its old stone bridge");
  assert_list (m->authors, authors);
  assert_list (m->contributors, contributors);
  assert_list (m->credits, credits);
  g_assert_cmpstr (m->outlet, ==, "Associated Press");
  g_assert_cmpstr (m->dateline, ==, "GREENFIELD");
  assert_published_text (ctx, "2024-11-03T16:15", "Nov. 3, 2024 4:15 PM");
  assert_body (ctx, "GREENFIELD (AP)", "said the town clerk.");
  assert_consistent (ctx);
  assert_reference (ctx, 2024, 11, 3, TRUE, 16, 15);
}

static void
test_reuters_style (void)
{
  const char *text =
    "Harbour pilots end two-day strike\n"
    "\n"
    "LONDON, Feb 5 (Reuters) - Harbour pilots at two northern ports ended a two-day strike "
    "on Tuesday after their union accepted a new pay offer, a spokeswoman said.\n"
    "\n"
    "Ships had queued offshore since Sunday.\n"
    "\n"
    "(Reporting by Ilse Marten; Additional reporting by Omar Reyes in Leeds; "
    "Editing by Hugh Tallis)\n";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;
  const char *contributors[] = { "Ilse Marten", "Omar Reyes", "Hugh Tallis", NULL };

  g_assert_cmpstr (m->title, ==, "Harbour pilots end two-day strike");
  assert_list (m->authors, NULL);
  assert_list (m->contributors, contributors);
  assert_list (m->credits, NULL);
  g_assert_cmpstr (m->dateline, ==, "LONDON");
  g_assert_cmpstr (m->outlet, ==, "Reuters");
  g_assert_null (m->published);
  assert_body (ctx, "LONDON, Feb 5", "since Sunday.");
  assert_consistent (ctx);
  g_assert_false (ctx->reference.has_date);
}

static void
test_wire_lines (void)
{
  /* one paragraph a line: headline with a period, bare byline, dateline and date */
  const char *text =
    "Dairy farmers block roads over milk prices.\n"
    "Anke Wessel\n"
    "HANOVER 1997-03-14\n"
    "Dairy farmers blocked roads around the city on Friday to protest against falling milk "
    "prices, police said.\n"
    "The protest ended peacefully in the evening.\n";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;
  const char *authors[] = { "Anke Wessel", NULL };

  g_assert_cmpstr (m->title, ==, "Dairy farmers block roads over milk prices.");
  assert_list (m->authors, authors);
  g_assert_cmpstr (m->dateline, ==, "HANOVER");
  assert_published_text (ctx, "1997-03-14", "1997-03-14");
  g_assert_null (m->outlet);
  assert_body (ctx, "HANOVER 1997-03-14\nDairy", "in the evening.");
  assert_consistent (ctx);
  assert_reference (ctx, 1997, 3, 14, FALSE, 0, 0);
}

static void
test_wiki_style (void)
{
  const char *text =
    "Rare orchid found flowering in city park\n"
    "\n"
    "Friday, July 21, 2017\n"
    "\n"
    "A volunteer gardener found a rare orchid flowering beside a pond in the city's oldest "
    "park on Tuesday, botanists confirmed.\n"
    "\n"
    "The plant had not been recorded in the region for forty years.\n";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;

  g_assert_cmpstr (m->title, ==, "Rare orchid found flowering in city park");
  assert_published_text (ctx, "2017-07-21", "Friday, July 21, 2017");
  assert_list (m->authors, NULL);
  g_assert_null (m->dateline);
  g_assert_null (m->outlet);
  assert_body (ctx, "A volunteer gardener", "for forty years.");
  assert_consistent (ctx);
}

static void
test_body_first (void)
{
  /* no headline: a blank line, then a dateline line, then the body */
  const char *text =
    "\n"
    "\n"
    "PORT ELLIS (AP) --\n"
    "\n"
    "The harbour authority reopened the northern channel Monday after divers cleared a sunken "
    "barge that had blocked it for a week.\n"
    "\n"
    "Officials said traffic would be back to normal by Friday.\n";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;

  g_assert_null (m->title);
  g_assert_cmpstr (m->dateline, ==, "PORT ELLIS");
  g_assert_cmpstr (m->outlet, ==, "AP");
  g_assert_null (m->published);
  assert_body (ctx, "PORT ELLIS (AP) --", "normal by Friday.");
  assert_consistent (ctx);
}

static void
test_body_sentence_first (void)
{
  /* a text that opens with a blank line and a one-sentence paragraph */
  const char *text =
    "\n"
    "Northfield Mills Inc. said its quarterly profit rose 12% on strong sales of wool.\n"
    "\n"
    "The company also named a new chief financial officer.\n";
  g_autoptr(DossierContext) ctx = run (text);

  g_assert_null (ctx->metadata.title);
  /* nothing recognised: the body is the whole text */
  g_assert_cmpuint (ctx->metadata.body.start, ==, 0);
  g_assert_cmpuint (ctx->metadata.body.end, ==, ctx->length);
  assert_consistent (ctx);
}

static void
test_datelines (void)
{
  struct {
    const char *text;
    const char *dateline;
    const char *outlet;
  } cases[] = {
    { "Title of the story\n\n(OAKVILLE) -- The mayor said on Monday that the park would open.\n\nMore.\n",
      "OAKVILLE", NULL },
    { "Title of the story\n\nOAKVILLE -- The mayor said on Monday that the park would open.\n\nMore.\n",
      "OAKVILLE", NULL },
    { "Title of the story\n\nNEW HARBOR, N.Y. \xe2\x80\x94 The mayor said on Monday that the park "
      "would open.\n\nMore.\n", "NEW HARBOR", NULL },
    { "Title of the story\n\nRIVERTON, Feb. 5 (UPI) \xe2\x80\x94 The mayor said on Monday that the "
      "park would open.\n\nMore.\n", "RIVERTON", "UPI" },
    { "Title of the story\n\nLAKE CITY, Utah (AP) _ The mayor said on Monday that the park would "
      "open.\n\nMore.\n", "LAKE CITY", "AP" },
    { "Title of the story\n\nBrookfield (CNN) \xe2\x80\x94 The mayor said on Monday that the park "
      "would open.\n\nMore.\n", "Brookfield", "CNN" },
    { "Title of the story\n\nTHE mayor said on Monday that the park would open.\n\nMore.\n",
      NULL, NULL },
    { "Title of the story\n\nU.S. - Canada talks resumed on Monday in a hotel by the lake.\n\nMore.\n",
      NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DossierContext) ctx = run (cases[i].text);
      g_assert_cmpstr (ctx->metadata.title, ==, "Title of the story");
      g_assert_cmpstr (ctx->metadata.dateline, ==, cases[i].dateline);
      g_assert_cmpstr (ctx->metadata.outlet, ==, cases[i].outlet);
      assert_consistent (ctx);
      /* the body starts with the first body paragraph, dateline included */
      g_assert_cmpuint (ctx->metadata.body.start, ==, strlen ("Title of the story\n\n"));
    }
}

static void
test_credits (void)
{
  struct {
    const char *line;
    const char *credit;
  } cases[] = {
    { "Lena Orlov/Getty Images", "Lena Orlov/Getty Images" },
    { "Photo: Dara Finch/AP", "Dara Finch/AP" },
    { "(AP Photo/Colm Brady)", "AP Photo/Colm Brady" },
    { "Getty Images", "Getty Images" },
    { "Nadia Sorel for The New York Times", "Nadia Sorel for The New York Times" },
    { "Image: Ivo Lentz", "Ivo Lentz" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "Storm closes mountain pass\n\n%s\n\nHigh winds closed the only road over the pass on "
        "Saturday, stranding dozens of drivers overnight.\n\nThe road reopened on Sunday.\n",
        cases[i].line);
      g_autoptr(DossierContext) ctx = run (text);
      const char *expected[] = { cases[i].credit, NULL };

      g_assert_cmpstr (ctx->metadata.title, ==, "Storm closes mountain pass");
      assert_list (ctx->metadata.credits, expected);
      assert_list (ctx->metadata.authors, NULL);
      assert_consistent (ctx);
      assert_body (ctx, "High winds", "on Sunday.");
    }
}

static void
test_bylines (void)
{
  struct {
    const char *line;
    const char *a1, *a2;
    const char *outlet;
  } cases[] = {
    { "By Jane Doe", "Jane Doe", NULL, NULL },
    { "by Rafe Tolliver, ABC News", "Rafe Tolliver", NULL, "ABC News" },
    { "By ELSA MARIN and KOJI ABE", "ELSA MARIN", "KOJI ABE", NULL },
    { "Wendell Pryce, Reuters", "Wendell Pryce", NULL, "Reuters" },
    { "Carla Beaumont | CNN", "Carla Beaumont", NULL, "CNN" },
    { "By Ada Kline, Staff Writer", "Ada Kline", NULL, NULL },
    { "Written by Ana de la Fuente and Piet van der Berg", "Ana de la Fuente", "Piet van der Berg", NULL },
    { "By Noor Haddad and Pell Orson, The Springfield Herald", "Noor Haddad", "Pell Orson",
      "The Springfield Herald" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "School board approves later start times\n\n%s\n\nThe school board voted 5-2 on Tuesday "
        "to start classes an hour later next autumn, citing research on sleep.\n\nParents were "
        "divided.\n", cases[i].line);
      g_autoptr(DossierContext) ctx = run (text);
      const char *expected[] = { cases[i].a1, cases[i].a2, NULL };

      g_assert_cmpstr (ctx->metadata.title, ==, "School board approves later start times");
      assert_list (ctx->metadata.authors, expected);
      g_assert_cmpstr (ctx->metadata.outlet, ==, cases[i].outlet);
      assert_consistent (ctx);
      assert_body (ctx, "The school board", "divided.");
      g_assert_true (range_contains (ctx, ctx->metadata.byline_range, cases[i].a1));
    }
}

static void
test_dates (void)
{
  struct {
    const char *line;
    const char *value;
    const char *text;
  } cases[] = {
    { "Thursday, November 2, 2023 at 5:48PM", "2023-11-02T17:48", "Thursday, November 2, 2023 at 5:48PM" },
    { "Nov. 2, 2023", "2023-11-02", "Nov. 2, 2023" },
    { "November 2, 2023 5:48 PM ET", "2023-11-02T17:48", "November 2, 2023 5:48 PM" },
    { "2023-11-02", "2023-11-02", "2023-11-02" },
    { "Published 10:30 a.m. ET Nov. 2, 2023", "2023-11-02T10:30", "10:30 a.m. ET Nov. 2, 2023" },
    { "Updated 9:05 PM EDT, Thu November 2, 2023", "2023-11-02T21:05", "9:05 PM EDT, Thu November 2, 2023" },
    { "2 November 2023", "2023-11-02", "2 November 2023" },
    { "Friday, July 21, 2017", "2017-07-21", "Friday, July 21, 2017" },
    { "Posted: Nov 2, 2023 / 05:48 PM EDT", "2023-11-02T17:48", "Nov 2, 2023 / 05:48 PM" },
    { "Last updated on 2023-11-02T17:48", "2023-11-02T17:48", "2023-11-02T17:48" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "Library extends its opening hours\n\n%s\n\nThe central library will stay open until "
        "nine in the evening from next month, the city said on Wednesday.\n\nMore follows.\n",
        cases[i].line);
      g_autoptr(DossierContext) ctx = run (text);

      g_assert_cmpstr (ctx->metadata.title, ==, "Library extends its opening hours");
      assert_published_text (ctx, cases[i].value, cases[i].text);
      assert_consistent (ctx);
      assert_body (ctx, "The central library", "More follows.");
    }

  /* no invalid dates */
  {
    g_autoptr(DossierContext) ctx = run ("Title here\n\nFebruary 30, 2023\n\nBody text follows here.\n");
    g_assert_null (ctx->metadata.published);
    g_assert_false (ctx->reference.has_date);
  }
}

static void
test_footer (void)
{
  const char *text =
    "Ferry service to the islands resumes\n"
    "\n"
    "SEAPORT -- The ferry to the outer islands sailed again on Saturday after a month of "
    "repairs to its engines, the operator said.\n"
    "\n"
    "Tickets sold out within hours.\n"
    "\n"
    "CBS News' Orla Fenwick and Dev Anand contributed to this report.\n"
    "\n"
    "Follow Mina Sato on Twitter @minasato.\n"
    "\n"
    "This story has been updated with a statement from the operator.\n"
    "\n"
    "Twitter: @minasato\n"
    "\n"
    "___\n"
    "\n"
    "Saturday, March 9, 2024 at 9:05AM by Mina Sato, CBS News Permalink";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;
  const char *authors[] = { "Mina Sato", NULL };
  const char *contributors[] = { "Orla Fenwick", "Dev Anand", NULL };

  g_assert_cmpstr (m->title, ==, "Ferry service to the islands resumes");
  assert_list (m->authors, authors);
  assert_list (m->contributors, contributors);
  g_assert_cmpstr (m->outlet, ==, "CBS News");
  g_assert_cmpstr (m->dateline, ==, "SEAPORT");
  assert_published_text (ctx, "2024-03-09T09:05", "Saturday, March 9, 2024 at 9:05AM");
  assert_body (ctx, "SEAPORT --", "within hours.");
  assert_consistent (ctx);
  g_assert_cmpuint (m->contributor_ranges->len, ==, 1);
  g_assert_false (dossier_context_in_body (ctx, m->byline_range.start, m->byline_range.end));
}

static void
test_contributor_lines (void)
{
  struct {
    const char *line;
    const char *c1, *c2;
  } cases[] = {
    { "Ruth Amsel contributed reporting.", "Ruth Amsel", NULL },
    { "Additional reporting by Ruth Amsel and Teo Marr.", "Ruth Amsel", "Teo Marr" },
    { "Reporting by Ruth Amsel; Editing by Teo Marr", "Ruth Amsel", "Teo Marr" },
    { "Ruth Amsel in Lisbon and Teo Marr in Porto contributed to this report.", "Ruth Amsel",
      "Teo Marr" },
    { "Contributing: Ruth Amsel, Teo Marr", "Ruth Amsel", "Teo Marr" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "Museum reopens after repairs\n\nThe city museum reopened on Saturday after a year of "
        "repairs to its roof.\n\nVisitors queued from early morning.\n\n%s\n", cases[i].line);
      g_autoptr(DossierContext) ctx = run (text);
      const char *expected[] = { cases[i].c1, cases[i].c2, NULL };

      assert_list (ctx->metadata.contributors, expected);
      assert_list (ctx->metadata.authors, NULL);
      assert_body (ctx, "The city museum", "early morning.");
      assert_consistent (ctx);
    }
}

static void
test_byline_with_date (void)
{
  const char *text =
    "Museum reopens after repairs\n\nBy Ruth Amsel | Nov. 2, 2023\n\nThe city museum reopened on "
    "Saturday after a year of repairs to its roof.\n\nVisitors queued from early morning.\n";
  g_autoptr(DossierContext) ctx = run (text);
  const char *authors[] = { "Ruth Amsel", NULL };

  assert_list (ctx->metadata.authors, authors);
  assert_published_text (ctx, "2023-11-02", "Nov. 2, 2023");
  assert_body (ctx, "The city museum", "early morning.");
  assert_consistent (ctx);
}

static void
test_footer_not_body_text (void)
{
  /* "contributed" and "By" in ordinary sentences are body text */
  const char *text =
    "Charity raises record sum\n"
    "\n"
    "The charity said donors gave more than ever this year.\n"
    "\n"
    "By Monday, the total had passed its target.\n"
    "\n"
    "The Marlowe Foundation contributed $2 million to the appeal.\n";
  g_autoptr(DossierContext) ctx = run (text);

  assert_list (ctx->metadata.contributors, NULL);
  assert_list (ctx->metadata.authors, NULL);
  assert_body (ctx, "The charity said", "to the appeal.");
  assert_consistent (ctx);
}

static void
test_reference (void)
{
  const char *dated = "Council passes budget\n\nNov. 2, 2023\n\nThe council passed the budget on Thursday.\n\nMore.\n";
  const char *undated = "Council passes budget\n\nThe council passed the budget on Thursday.\n\nMore.\n";

  {
    g_autoptr(DossierContext) ctx = run_with (dated, "2020-05-06");
    assert_reference (ctx, 2020, 5, 6, FALSE, 0, 0);
    g_assert_cmpstr (ctx->metadata.published, ==, "2023-11-02");
  }
  {
    g_autoptr(DossierContext) ctx = run_with (dated, "2020-05-06T07:08");
    assert_reference (ctx, 2020, 5, 6, TRUE, 7, 8);
  }
  {
    /* a malformed option is ignored */
    g_autoptr(DossierContext) ctx = run_with (dated, "yesterday");
    assert_reference (ctx, 2023, 11, 2, FALSE, 0, 0);
  }
  {
    g_autoptr(DossierContext) ctx = run_with (dated, "2021-02-30");
    assert_reference (ctx, 2023, 11, 2, FALSE, 0, 0);
  }
  {
    g_autoptr(DossierContext) ctx = run_with (undated, "2019-12-31");
    assert_reference (ctx, 2019, 12, 31, FALSE, 0, 0);
    /* the caller's date is reported when the text states none */
    g_assert_cmpstr (ctx->metadata.published, ==, "2019-12-31");
    g_assert_true (DOSSIER_RANGE_EMPTY (ctx->metadata.published_range));
  }
  {
    g_autoptr(DossierContext) ctx = run (undated);
    g_assert_false (ctx->reference.has_date);
    g_assert_null (ctx->metadata.published);
  }
}

static void
test_nothing_found (void)
{
  const char *text =
    "The council met on Tuesday and discussed the new budget for the coming year at length, "
    "with several members raising concerns about road repairs.\n"
    "\n"
    "No decision was taken.\n";
  g_autoptr(DossierContext) ctx = run (text);
  DossierMetadata *m = &ctx->metadata;

  g_assert_null (m->title);
  g_assert_null (m->dateline);
  g_assert_null (m->outlet);
  g_assert_null (m->published);
  assert_list (m->authors, NULL);
  assert_list (m->contributors, NULL);
  assert_list (m->credits, NULL);
  g_assert_cmpuint (m->body.start, ==, 0);
  g_assert_cmpuint (m->body.end, ==, strlen (text));
}

static void
test_bad_input (void)
{
  const char *texts[] = {
    "",
    "\n",
    "\n\n\n   \n",
    "One single line without an ending",
    "One single sentence.",
    "Nov. 2, 2023",
    "2023-11-02",
    "By",
    "By Jane",
    "(",
    "(WASHINGTON",
    "WASHINGTON (AP",
    "WASHINGTON (AP) --",
    "Title\n\n(",
    "Title\n\nPhoto:",
    "Title\n\n/",
    "\xef\xbb\xbf\xe2\x80\x94\xe2\x80\x94 \xc3\xa9\xc3\xa9 \xf0\x9f\x98\x80\n\n\xe2\x80\x9c",
    "Title\n\n99:99 PM Nov. 99, 2023\n\nBody.\n",
    "Title\n\n12:00 a.m. ET Jan. 1, 2000\n\nBody.\n",
    "contributed to this report.",
    "Reporting by",
    "(Reporting by ; Editing by )",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(DossierContext) ctx = run (texts[i]);
      assert_consistent (ctx);
    }

  {
    /* only a date: it is read, and the body is the whole text */
    g_autoptr(DossierContext) ctx = run ("Nov. 2, 2023");
    g_assert_cmpstr (ctx->metadata.published, ==, "2023-11-02");
    g_assert_cmpuint (ctx->metadata.body.end, ==, ctx->length);
  }
  {
    g_autoptr(DossierContext) ctx = run ("Title\n\n12:00 a.m. ET Jan. 1, 2000\n\nBody.\n");
    g_assert_cmpstr (ctx->metadata.published, ==, "2000-01-01T00:00");
  }
}

static void
test_random_pieces (void)
{
  static const char * const pieces[] = {
    "By", "by", "Jane", "DOE", "Doe", ",", "(", ")", "AP", "Reuters", "--", "\xe2\x80\x94", "_", "\n",
    "\n\n", "\r\n", "Nov.", "2", "31", "2023", "5:48PM", "10:30", "a.m.", "ET", "/", "Getty Images",
    "contributed", "to", "this", "report", ".", "Reporting", "Editing", ";", "WASHINGTON", "N.Y.",
    "Photo", ":", "1996-08-22", "2023-11-02T17:48", "at", "|", "\xc3\xa9", "\xe2\x80\x9c", "'",
    "\xf0\x9f\x98\x80", "Thursday", "Follow", "@x", "Twitter", "[", "]", "Editor's", "note", "___",
    "for", "The", "Times", "Permalink", "Additional", "and", "Contributing",
  };
  GRand *rand = g_rand_new_with_seed (20231102);

  for (guint n = 0; n < 3000; n++)
    {
      GString *s = g_string_new (NULL);
      guint len = g_rand_int_range (rand, 0, 40);
      g_autoptr(DossierContext) ctx = NULL;

      for (guint k = 0; k < len; k++)
        {
          g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
          if (g_rand_boolean (rand))
            g_string_append_c (s, ' ');
        }
      ctx = run_with (s->str, g_rand_boolean (rand) ? NULL : "2024-02-29");
      assert_consistent (ctx);
      g_clear_pointer (&ctx, dossier_context_free);
      g_string_free (s, TRUE);
    }
  g_rand_free (rand);
}

static void
test_huge (void)
{
  GString *s = g_string_new ("A headline for a long article\n\nDUNMORE (AP) -- ");
  g_autoptr(DossierContext) ctx = NULL;
  gint64 t0;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "word ");
  g_string_append (s, "end.\n\n");
  for (guint i = 0; i < 20000; i++)
    g_string_append (s, "Another short paragraph of text.\n\n");
  g_string_append (s, "Jo Ames contributed reporting.\n");
  t0 = g_get_monotonic_time ();
  ctx = dossier_context_new (s->str, s->len, NULL);
  dossier_text_run (ctx);
  t0 = g_get_monotonic_time ();
  dossier_layout_run (ctx);
  /* the pass looks at the head and the foot only */
  g_assert_cmpint (g_get_monotonic_time () - t0, <, G_USEC_PER_SEC / 2);
  g_assert_cmpstr (ctx->metadata.dateline, ==, "DUNMORE");
  g_assert_cmpstr (ctx->metadata.title, ==, "A headline for a long article");
  g_assert_cmpuint (ctx->metadata.contributors->len, ==, 1);
  assert_consistent (ctx);
  g_clear_pointer (&ctx, dossier_context_free);
  g_string_free (s, TRUE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layout/seed", test_seed);
  g_test_add_func ("/layout/seed-published-option", test_seed_published_option);
  g_test_add_func ("/layout/ap-style", test_ap_style);
  g_test_add_func ("/layout/reuters-style", test_reuters_style);
  g_test_add_func ("/layout/wire-lines", test_wire_lines);
  g_test_add_func ("/layout/wiki-style", test_wiki_style);
  g_test_add_func ("/layout/body-first", test_body_first);
  g_test_add_func ("/layout/body-sentence-first", test_body_sentence_first);
  g_test_add_func ("/layout/datelines", test_datelines);
  g_test_add_func ("/layout/credits", test_credits);
  g_test_add_func ("/layout/bylines", test_bylines);
  g_test_add_func ("/layout/dates", test_dates);
  g_test_add_func ("/layout/footer", test_footer);
  g_test_add_func ("/layout/contributor-lines", test_contributor_lines);
  g_test_add_func ("/layout/byline-with-date", test_byline_with_date);
  g_test_add_func ("/layout/footer-not-body-text", test_footer_not_body_text);
  g_test_add_func ("/layout/reference", test_reference);
  g_test_add_func ("/layout/nothing-found", test_nothing_found);
  g_test_add_func ("/layout/bad-input", test_bad_input);
  g_test_add_func ("/layout/random-pieces", test_random_pieces);
  g_test_add_func ("/layout/huge", test_huge);
  return g_test_run ();
}
