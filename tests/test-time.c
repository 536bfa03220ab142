/* test-time.c — the time pass: recognition and TIMEX3 normalisation
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every sentence here is invented for the test. The reference (publication)
 * date is Thursday 2 November 2023, 17:48, unless a test says otherwise.
 */
#include "config.h"

#include <string.h>

#include "analysis/dossier-context.h"
#include "analysis/dossier-text.h"
#include "analysis/dossier-time.h"

static DossierContext *
run_with (const char *text, int y, int m, int d, int h, int mi)
{
  DossierContext *ctx = dossier_context_new (text, strlen (text), NULL);

  dossier_text_run (ctx);
  if (y > 0)
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
  dossier_time_run (ctx);
  return ctx;
}

static DossierContext *
run (const char *text)
{
  return run_with (text, 2023, 11, 2, 17, 48);
}

/* The timex whose text is @span (the @nth such, from 0), or NULL. */
static const DossierTimexInfo *
find_timex (DossierContext *ctx, const char *span, guint nth)
{
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      const DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      if (t->end - t->start == strlen (span) &&
          strncmp (ctx->text + t->start, span, t->end - t->start) == 0)
        {
          if (nth == 0)
            return t;
          nth--;
        }
    }
  return NULL;
}

static void
dump (DossierContext *ctx)
{
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      const DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      g_autofree char *s = dossier_context_dup (ctx, t->start, t->end);
      g_test_message ("timex %u: '%s' %s %s", k, s, dossier_timex_type_to_string (t->type), t->value);
    }
}

/* Asserts that @text has a timex @span with @value (and @type when >= 0). */
static void
check_full (DossierContext *ctx, const char *span, const char *value, int type)
{
  const DossierTimexInfo *t = find_timex (ctx, span, 0);

  if (t == NULL)
    dump (ctx);
  g_assert_nonnull (t);
  g_assert_cmpstr (t->value, ==, value);
  if (type >= 0)
    g_assert_cmpint (t->type, ==, type);
}

static void
check (const char *text, const char *span, const char *value)
{
  g_autoptr(DossierContext) ctx = run (text);
  check_full (ctx, span, value, -1);
}

static void
check_type (const char *text, const char *span, const char *value, DossierTimexType type)
{
  g_autoptr(DossierContext) ctx = run (text);
  check_full (ctx, span, value, type);
}

static void
check_none (const char *text)
{
  g_autoptr(DossierContext) ctx = run (text);
  if (ctx->timexes->len != 0)
    dump (ctx);
  g_assert_cmpuint (ctx->timexes->len, ==, 0);
}

static void
test_weekdays (void)
{
  /* past tense: the last such day, the publication day included */
  check ("The minister spoke to the press on Thursday.", "Thursday", "2023-11-02");
  check ("The old bridge reopened Monday after repairs.", "Monday", "2023-10-30");
  check ("Two lorries collided on Saturday near the port.", "Saturday", "2023-10-28");
  /* future tense: the next one */
  check ("The committee will meet on Tuesday to vote.", "Tuesday", "2023-11-07");
  check ("The mayor is going to open the fair on Saturday.", "Saturday", "2023-11-04");
  check ("The board plans to announce its choice Friday.", "Friday", "2023-11-03");
  check ("Talks are to resume on Monday.", "Monday", "2023-11-06");
  /* with a part of the day */
  check_type ("The lights went out Wednesday night in the old town.", "Wednesday night",
              "2023-11-01TNI", DOSSIER_TIMEX_DATE);
  check ("A storm hit the coast Tuesday morning.", "Tuesday morning", "2023-10-31TMO");
  /* last / next */
  check ("The shop closed last Friday.", "last Friday", "2023-10-27");
  check ("The vote is next Monday.", "next Monday", "2023-11-06");
}

static void
test_relative_days (void)
{
  check ("The fire started yesterday.", "yesterday", "2023-11-01");
  check ("Shares fell sharply today.", "today", "2023-11-02");
  check ("The envoy flies home tomorrow.", "tomorrow", "2023-11-03");
  check_type ("The band plays tonight.", "tonight", "2023-11-02TNI", DOSSIER_TIMEX_DATE);
  check ("The suspect was seen two days ago in a car park.", "two days ago", "2023-10-31");
  check ("The company was sold three weeks ago.", "three weeks ago", "2023-W41");
  check ("The law changed five years ago.", "five years ago", "2018");
  check ("Police arrested a man last night.", "last night", "2023-11-01TNI");
  check ("The theatre opened its doors yesterday morning.", "yesterday morning", "2023-11-01TMO");
}

static void
test_relative_periods (void)
{
  check ("Inflation rose last month.", "last month", "2023-10");
  check ("The report comes out next week.", "next week", "2023-W45");
  check ("Parliament debated the bill this week.", "this week", "2023-W44");
  check ("Exports grew last year.", "last year", "2022");
  check ("The museum will reopen next year.", "next year", "2024");
  check ("Sales doubled this month.", "this month", "2023-11");
  check ("The city council met last summer.", "last summer", "2023-SU");
  check ("The dam will be finished next spring.", "next spring", "2024-SP");
  check ("Rents climbed over the weekend.", "the weekend", "2023-W43-WE");

  {
    g_autoptr(DossierContext) ctx = run ("The firm was founded earlier this year.");
    const DossierTimexInfo *t = find_timex (ctx, "earlier this year", 0);
    if (t == NULL)
      dump (ctx);
    g_assert_nonnull (t);
    g_assert_cmpstr (t->value, ==, "2023");
    g_assert_cmpstr (t->mod, ==, "START");
  }
  {
    g_autoptr(DossierContext) ctx = run ("Harvests were poor in late October.");
    const DossierTimexInfo *t = find_timex (ctx, "late October", 0);
    g_assert_nonnull (t);
    g_assert_cmpstr (t->value, ==, "2023-10");
    g_assert_cmpstr (t->mod, ==, "END");
  }
}

static void
test_vague (void)
{
  check ("The union recently changed its leaders.", "recently", "PAST_REF");
  check ("The road is now closed to lorries.", "now", "PRESENT_REF");
  check ("Such floods were rare in the past.", "the past", "PAST_REF");
  check ("More help will arrive in the coming days.", "the coming days", "FUTURE_REF");
  check ("Nobody knows what the future holds.", "the future", "FUTURE_REF");
  check ("Schools currently teach two languages.", "currently", "PRESENT_REF");
}

static void
test_absolute_dates (void)
{
  check ("The treaty was signed on November 2, 2023 in Oslo.", "November 2, 2023", "2023-11-02");
  check ("The treaty was signed on Nov. 2 in Oslo.", "Nov. 2", "2023-11-02");
  check ("The treaty was signed on 2 November 2023 in Oslo.", "2 November 2023", "2023-11-02");
  check ("The file is dated 2023-11-02.", "2023-11-02", "2023-11-02");
  check ("The file is dated 11/02/2023 in the archive.", "11/02/2023", "2023-11-02");
  check ("The file is dated 25/12/2022 in the archive.", "25/12/2022", "2022-12-25");
  check ("The ship sank in 1998.", "1998", "1998");
  check ("The band was famous in the 1990s.", "the 1990s", "199");
  check ("Trade grew in July 1997 and again in March.", "July 1997", "1997-07");
  check ("The festival began on Thursday, November 2, 2023.", "Thursday, November 2, 2023",
         "2023-11-02");
  /* a date without a year: the nearest, past for past tense */
  check ("The factory closed on Dec. 20.", "Dec. 20", "2022-12-20");
  check ("The factory will close on Dec. 20.", "Dec. 20", "2023-12-20");
  check ("The factory closed on Oct. 30.", "Oct. 30", "2023-10-30");
  /* a month alone */
  check ("The rules changed in September.", "September", "2023-09");
  check ("The rules will change in January.", "January", "2024-01");
  /* months that are not dates */
  check_none ("The parade was led by Jan Novak.");
}

static void
test_ambiguous_numeric (void)
{
  {
    g_autoptr(DossierContext) ctx = run ("The file is dated 11/02/2023 in the archive.");
    const DossierTimexInfo *t = find_timex (ctx, "11/02/2023", 0);
    g_assert_nonnull (t);
    g_assert_cmpstr (t->value, ==, "2023-11-02");
    g_assert_true (t->ambiguous);
  }
  {
    /* an article that writes its dates day first */
    g_autoptr(DossierContext) ctx = run ("The talks began on 25 October 2023. "
                                         "The file is dated 11/02/2023 in the archive.");
    const DossierTimexInfo *t = find_timex (ctx, "11/02/2023", 0);
    g_assert_nonnull (t);
    g_assert_cmpstr (t->value, ==, "2023-02-11");
    g_assert_true (t->ambiguous);
  }
  {
    g_autoptr(DossierContext) ctx = run ("The file is dated 25/12/2022 in the archive.");
    const DossierTimexInfo *t = find_timex (ctx, "25/12/2022", 0);
    g_assert_nonnull (t);
    g_assert_false (t->ambiguous);
  }
}

static void
test_quarters_seasons (void)
{
  check ("Profit rose in the third quarter of 1998.", "the third quarter of 1998", "1998-Q3");
  check ("Profit rose in the third quarter.", "the third quarter", "2023-Q3");
  check ("Third-quarter profit rose.", "Third-quarter", "2023-Q3");
  check ("The bridge was built in the summer of 1998.", "the summer of 1998", "1998-SU");
  check ("The hotel was full in summer 1998.", "summer 1998", "1998-SU");
  check ("The painter was born in the 20th century.", "the 20th century", "19");
}

static void
test_times (void)
{
  check_type ("The blast happened at 5:48PM near the station.", "5:48PM", "2023-11-02T17:48",
              DOSSIER_TIMEX_TIME);
  check ("The polls close at 3 p.m. ET on the coast.", "3 p.m. ET", "2023-11-02T15:00");
  check ("The parade starts at noon.", "noon", "2023-11-02T12:00");
  check ("The train left at 10:15 a.m. yesterday.", "10:15 a.m. yesterday", "2023-11-01T10:15");
  check ("The meeting ended at 9 p.m. Wednesday.", "9 p.m. Wednesday", "2023-11-01T21:00");
  check ("The race began Nov. 1 at 7:30 a.m.", "Nov. 1 at 7:30 a.m.", "2023-11-01T07:30");
}

static void
test_durations_sets (void)
{
  check_type ("The strike lasted three years.", "three years", "P3Y", DOSSIER_TIMEX_DURATION);
  check ("The ward was closed for 72 hours.", "72 hours", "PT72H");
  check ("Prices doubled over the last two years.", "the last two years", "P2Y");
  check ("The tunnel took four months to dig.", "four months", "P4M");
  check ("Residents should check their mail for the next 24 to 72 hours.",
         "the next 24 to 72 hours", "PT72H");
  check ("The village has waited for years.", "years", "PXY");
  check ("It was a 10-year plan.", "10-year", "P10Y");
  check ("They waited a few days.", "a few days", "PXD");
  check_type ("The market opens every Tuesday.", "every Tuesday", "XXXX-WXX-2", DOSSIER_TIMEX_SET);
  check_type ("The ferry sails daily.", "daily", "P1D", DOSSIER_TIMEX_SET);
  check_type ("Members meet each year in Vienna.", "each year", "P1Y", DOSSIER_TIMEX_SET);
  /* not times */
  check_none ("The bank earns $2 million a year from fees.");
  check_none ("The driver, 52 years old, was unhurt.");
}

static void
test_anaphora_and_more (void)
{
  check ("The plant opened in 1994 and closed later that year.", "later that year", "1994");
  check ("The loan must be repaid by year end.", "year end", "2023");
  check ("The singer was famous in the nineties.", "the nineties", "199");
  check_type ("Shares fell overnight in Tokyo.", "overnight", "2023-11-01TNI", DOSSIER_TIMEX_TIME);
  check ("Rain is expected by mid-afternoon.", "mid-afternoon", "2023-11-02TAF");
  check ("The fair ends in late-November.", "late-November", "2023-11");
  check ("The family gathered on Thanksgiving.", "Thanksgiving", "2022-11-24");
  check ("Shops will close on Christmas Day.", "Christmas Day", "2023-12-25");
  check ("Voters went to the polls in nineteen ninety-six.", "nineteen ninety-six", "1996");
  check ("Prices rose in recent months.", "recent months", "PXM");
  check ("Profit fell in the 1988 second quarter.", "the 1988 second quarter", "1988-Q2");
  check ("The tour started on June 16th, last year, in Ohio.", "June 16th, last year", "2022-06-16");
}

static void
test_no_reference (void)
{
  g_autoptr(DossierContext) ctx = run_with ("The ship docked on November 2 and left Friday.",
                                            0, 0, 0, -1, 0);
  check_full (ctx, "November 2", "XXXX-11-02", DOSSIER_TIMEX_DATE);
  check_full (ctx, "Friday", "XXXX-WXX-5", DOSSIER_TIMEX_DATE);
}

static void
test_quote_anchor (void)
{
  /* "yesterday" inside a quote said on Tuesday: the Monday before */
  const char *text = "\"We met the envoy yesterday,\" the minister said on Tuesday.";
  g_autoptr(DossierContext) ctx = run (text);
  const DossierTimexInfo *tue = find_timex (ctx, "Tuesday", 0);
  const DossierTimexInfo *yest = find_timex (ctx, "yesterday", 0);

  if (tue == NULL || yest == NULL)
    dump (ctx);
  g_assert_nonnull (tue);
  g_assert_nonnull (yest);
  g_assert_cmpstr (tue->value, ==, "2023-10-31");
  g_assert_cmpstr (yest->value, ==, "2023-10-30");
  g_assert_cmpint (yest->anchor, >=, 0);

  /* with no day given for the speech: against the publication date */
  check ("\"We met the envoy yesterday,\" the minister said.", "yesterday", "2023-11-01");
}

static void
test_sorted_and_anchors (void)
{
  g_autoptr(DossierContext) ctx = run ("In 1998 the mill closed. It reopened yesterday, and "
                                       "the owners will expand it next year.");
  guint last = 0;

  g_assert_cmpuint (ctx->timexes->len, ==, 3);
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      const DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      g_assert_cmpuint (t->start, >=, last);
      last = t->end;
    }
  g_assert_cmpint (g_array_index (ctx->timexes, DossierTimexInfo, 0).anchor, ==, -2);
  g_assert_cmpint (g_array_index (ctx->timexes, DossierTimexInfo, 1).anchor, ==, -1);
}

static void
test_seed (void)
{
  const char *dir = g_getenv ("DOSSIER_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize len;
  static const struct { const char *span; guint nth; const char *value; } gold[] = {
    { "Thursday", 0, "2023-11-02" },
    { "last month", 0, "2023-10" },
    { "yesterday", 0, "2023-11-01" },
    { "Wednesday", 0, "2023-11-01" },
    { "Wednesday night", 0, "2023-11-01TNI" },
    { "coming days", 0, "FUTURE_REF" },
    { "Wednesday", 1, "2023-11-01" },
    { "Thursday, November 2, 2023 at 5:48PM", 0, "2023-11-02T17:48" },
  };

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
  {
    g_autoptr(DossierContext) ctx = run_with (text, 2023, 11, 2, 17, 48);
    for (guint i = 0; i < G_N_ELEMENTS (gold); i++)
      {
        const DossierTimexInfo *t = find_timex (ctx, gold[i].span, gold[i].nth);
        if (t == NULL)
          dump (ctx);
        g_assert_nonnull (t);
        g_assert_cmpstr (t->value, ==, gold[i].value);
      }
  }
}

static void
test_bad_input (void)
{
  static const char *texts[] = {
    "", " ", "\n\n\n", "\"", "on", "the", "last", "99999999999999 days ago",
    "Nov. 31, 2023", "February 30", "2023-13-45", "the 99999s", "at 99:99 p.m.",
    "99/99/9999", "every", "the end of", "early", "Monday,", "\xe2\x80\x9c yesterday",
    "nineteen", "mid-", "the year two thousand", "a minute and a",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(DossierContext) a = run (texts[i]);
      g_autoptr(DossierContext) b = run_with (texts[i], 0, 0, 0, -1, 0);
      for (guint k = 0; k < a->timexes->len; k++)
        {
          const DossierTimexInfo *t = &g_array_index (a->timexes, DossierTimexInfo, k);
          g_assert_cmpuint (t->end, <=, strlen (texts[i]));
          g_assert_nonnull (t->value);
        }
      (void) b;
    }
  /* a long text without sentences ends quickly */
  {
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < 20000; i++)
      g_string_append (s, "last week and the next two days and 1998 ");
    {
      g_autoptr(DossierContext) ctx = run (s->str);
      g_assert_cmpuint (ctx->timexes->len, >, 1000);
    }
    g_string_free (s, TRUE);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time/weekdays", test_weekdays);
  g_test_add_func ("/time/relative-days", test_relative_days);
  g_test_add_func ("/time/relative-periods", test_relative_periods);
  g_test_add_func ("/time/vague", test_vague);
  g_test_add_func ("/time/absolute-dates", test_absolute_dates);
  g_test_add_func ("/time/ambiguous-numeric", test_ambiguous_numeric);
  g_test_add_func ("/time/quarters-seasons", test_quarters_seasons);
  g_test_add_func ("/time/times", test_times);
  g_test_add_func ("/time/durations-sets", test_durations_sets);
  g_test_add_func ("/time/anaphora-and-more", test_anaphora_and_more);
  g_test_add_func ("/time/no-reference", test_no_reference);
  g_test_add_func ("/time/quote-anchor", test_quote_anchor);
  g_test_add_func ("/time/sorted-anchors", test_sorted_and_anchors);
  g_test_add_func ("/time/seed", test_seed);
  g_test_add_func ("/time/bad-input", test_bad_input);

  return g_test_run ();
}
