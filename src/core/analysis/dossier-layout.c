/* dossier-layout.c — the layout pass: title, credit, dateline, byline, footer date, body range
 *
 * Copyright 2026 The Dossier authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pass looks only at a few short lines at the head and at the foot of
 * the text, token by token (the tokens of the text pass), so it costs the
 * same whatever the length of the article.
 *
 * Head, in any order after an optional headline (the first line when it is
 * short): photo credit lines ("Jane Doe/Getty Images", "Photo: …"), date
 * lines ("Friday, July 21, 2017", "Published 10:30 a.m. ET Nov. 2, 2023"),
 * bylines ("By Jane Doe and John Roe, Reuters", a bare name right under the
 * headline), and a dateline line ("BRUSSELS 1996-08-22", "CITY (AP) --").
 * The first other line starts the body; a dateline at its start
 * ("(WASHINGTON) --", "LONDON, Feb 5 (Reuters) -") is recorded and stays in
 * the body.
 *
 * Foot, from the last line up: contributor lines ("Jane Doe contributed to
 * this report.", "(Reporting by …; Editing by …)"), a date/byline line
 * ("Thursday, November 2, 2023 at 5:48PM by Jane Doe, ABC News Permalink"),
 * social-media and copyright lines. They end the body.
 */
#define G_LOG_DOMAIN "dossier-layout"

#include "config.h"

#include <string.h>

#include "dossier-layout.h"
#include "dossier-lexicon.h"

#define MAX_HEAD_LINES   10
#define MAX_FOOT_LINES   8
#define MAX_LINE_TOKENS  80   /* longer lines are body text */
#define MAX_LINE_BYTES   400
#define MAX_NAMES        12

typedef struct
{
  guint start;   /* bytes, trimmed to its tokens */
  guint end;
  guint first;   /* tokens [first, last) */
  guint last;
  gboolean long_line;
} Line;

typedef struct
{
  int   year, month, day;
  gboolean has_time;
  int   hour, minute;
  guint first, last;   /* tokens [first, last) of the date and time */
} ParsedDate;

typedef enum
{
  KIND_NONE,
  KIND_CREDIT,
  KIND_DATE,        /* a date line, possibly with a byline */
  KIND_BYLINE,
  KIND_CONTRIBUTOR,
  KIND_DATELINE,    /* a dateline on a line of its own */
  KIND_MISC_FOOTER, /* follow us, copyright, a lone outlet name */
} LineKind;

typedef struct
{
  LineKind     kind;
  gboolean     has_date;
  ParsedDate   date;
  DossierRange names[MAX_NAMES];  /* authors or contributors */
  guint        n_names;
  DossierRange outlet;
  DossierRange credit;
  DossierRange place;
  DossierRange place_outlet;      /* "(AP)" in a dateline */
} LineInfo;

typedef struct
{
  DossierContext     *ctx;
  const DossierToken *tok;
  guint               n_tok;
  DossierLexicon     *lexicon;
  gboolean            has_date;
  ParsedDate          date;
  DossierRange        dateline_outlet;
} Layout;

/* ---- token helpers ------------------------------------------------------ */

static inline guint
tok_len (Layout *l, guint i)
{
  return l->tok[i].end - l->tok[i].start;
}

static inline const char *
tok_text (Layout *l, guint i)
{
  return l->ctx->text + l->tok[i].start;
}

static gboolean
tok_is (Layout *l, guint i, guint end, const char *s)
{
  gsize len = strlen (s);
  return i < end && tok_len (l, i) == len && memcmp (tok_text (l, i), s, len) == 0;
}

static gboolean
tok_is_ci (Layout *l, guint i, guint end, const char *s)
{
  gsize len = strlen (s);
  return i < end && tok_len (l, i) == len && g_ascii_strncasecmp (tok_text (l, i), s, len) == 0;
}

/* Is the token one of the NULL-terminated words (ASCII case-insensitive),
 * ignoring a final period? */
static gboolean
tok_in (Layout *l, guint i, guint end, const char * const *words)
{
  guint len;
  const char *s;

  if (i >= end)
    return FALSE;
  len = tok_len (l, i);
  s = tok_text (l, i);
  if (len > 1 && s[len - 1] == '.')
    len--;
  for (guint k = 0; words[k] != NULL; k++)
    if (strlen (words[k]) == len && g_ascii_strncasecmp (s, words[k], len) == 0)
      return TRUE;
  return FALSE;
}

static inline gboolean
tok_has (Layout *l, guint i, guint flag)
{
  return (l->tok[i].flags & flag) != 0;
}

static gboolean
tok_is_word (Layout *l, guint i, guint end)
{
  return i < end && tok_has (l, i, DOSSIER_TOKEN_WORD) && !tok_has (l, i, DOSSIER_TOKEN_NUMBER);
}

static gboolean
tok_is_capitalized (Layout *l, guint i, guint end)
{
  return tok_is_word (l, i, end) && tok_has (l, i, DOSSIER_TOKEN_CAPITALIZED);
}

static gboolean
tok_is_dash (Layout *l, guint i, guint end)
{
  static const char * const dashes[] = {
    "-", "--", "---", "_", "__", "\xe2\x80\x94", "\xe2\x80\x93", "\xe2\x80\x95", "\xe2\x88\x92", NULL
  };
  if (i >= end || !tok_has (l, i, DOSSIER_TOKEN_PUNCT))
    return FALSE;
  /* runs of hyphens or underscores: "----", "___" */
  if (tok_text (l, i)[0] == '-' || tok_text (l, i)[0] == '_')
    return TRUE;
  for (guint k = 0; dashes[k] != NULL; k++)
    if (tok_is (l, i, end, dashes[k]))
      return TRUE;
  return FALSE;
}

/* An unsigned number made of digits only, or -1. */
static int
tok_number (Layout *l, guint i, guint end, guint max_digits)
{
  guint len;
  const char *s;
  int v = 0;

  if (i >= end)
    return -1;
  len = tok_len (l, i);
  s = tok_text (l, i);
  if (len == 0 || len > max_digits)
    return -1;
  for (guint k = 0; k < len; k++)
    {
      if (!g_ascii_isdigit (s[k]))
        return -1;
      v = v * 10 + (s[k] - '0');
    }
  return v;
}

static const char * const months_full[] = {
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december",
};

/* 1..12 for a month name or abbreviation (with or without its period), else 0. */
static int
tok_month (Layout *l, guint i, guint end)
{
  static const char * const abbrev[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };
  guint len;
  const char *s;

  if (!tok_is_capitalized (l, i, end))
    return 0;
  len = tok_len (l, i);
  s = tok_text (l, i);
  if (len > 1 && s[len - 1] == '.')
    len--;
  for (int m = 0; m < 12; m++)
    {
      if (strlen (months_full[m]) == len && g_ascii_strncasecmp (s, months_full[m], len) == 0)
        return m + 1;
      if (len == 3 && g_ascii_strncasecmp (s, abbrev[m], 3) == 0)
        return m + 1;
    }
  if (len == 4 && g_ascii_strncasecmp (s, "sept", 4) == 0)
    return 9;
  return 0;
}

static gboolean
tok_weekday (Layout *l, guint i, guint end)
{
  static const char * const days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL
  };
  return tok_is_capitalized (l, i, end) && tok_in (l, i, end, days);
}

static gboolean
tok_timezone (Layout *l, guint i, guint end)
{
  static const char * const zones[] = {
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "AEST", "AEDT", "Z", NULL
  };
  return tok_is_word (l, i, end) && tok_in (l, i, end, zones) &&
         tok_has (l, i, DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_CAPITALIZED);
}

/* Words that may stand around a date in a header or footer line. */
static gboolean
tok_date_label (Layout *l, guint i, guint end)
{
  static const char * const labels[] = {
    "published", "updated", "posted", "last", "modified", "first", "on", "at", "permalink",
    "originally", "am", "pm", "share", "print", "email", "and", NULL
  };
  static const char * const puncts[] = {
    ",", "|", ":", ".", "(", ")", "[", "]", "/", "\xe2\x80\xa2", "\xc2\xb7", "@", NULL
  };
  if (i >= end)
    return FALSE;
  if (tok_is_dash (l, i, end) || tok_timezone (l, i, end))
    return TRUE;
  if (tok_has (l, i, DOSSIER_TOKEN_PUNCT))
    {
      for (guint k = 0; puncts[k] != NULL; k++)
        if (tok_is (l, i, end, puncts[k]))
          return TRUE;
      return FALSE;
    }
  return tok_in (l, i, end, labels);
}

/* ---- dates -------------------------------------------------------------- */

static gboolean
valid_date (int year, int month, int day, int hour, int minute)
{
  GDateTime *dt;

  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return FALSE;
  dt = g_date_time_new_utc (year, month, day, hour, minute, 0);
  if (dt == NULL)
    return FALSE;
  g_date_time_unref (dt);
  return TRUE;
}

/* "2023-11-02" or "2023-11-02T17:48[:SS]" in @s (exactly @len bytes). */
static gboolean
parse_iso (const char *s,
           gsize       len,
           ParsedDate *d)
{
  int v[5] = { 0 };
  static const guint widths[5] = { 4, 2, 2, 2, 2 };
  static const char seps[5] = { 0, '-', '-', 'T', ':' };
  gsize p = 0;
  guint n;

  for (n = 0; n < 5; n++)
    {
      if (n > 0)
        {
          if (p >= len)
            break;
          if (s[p] != seps[n] && !(n == 3 && (s[p] == ' ' || s[p] == 't')))
            return FALSE;
          p++;
        }
      for (guint k = 0; k < widths[n]; k++, p++)
        {
          if (p >= len || !g_ascii_isdigit (s[p]))
            return FALSE;
          v[n] = v[n] * 10 + (s[p] - '0');
        }
    }
  if (n < 3 || n == 4)
    return FALSE;
  /* optional seconds */
  if (p < len && s[p] == ':' && n == 5)
    {
      p++;
      if (p + 2 > len || !g_ascii_isdigit (s[p]) || !g_ascii_isdigit (s[p + 1]))
        return FALSE;
      p += 2;
    }
  if (p != len)
    return FALSE;
  if (!valid_date (v[0], v[1], v[2], v[3], v[4]))
    return FALSE;
  d->year = v[0];
  d->month = v[1];
  d->day = v[2];
  d->has_time = n == 5;
  d->hour = v[3];
  d->minute = v[4];
  return TRUE;
}

/* A clock time at token @i: "5:48PM", "5:48 PM", "10:30 a.m.", "17:48",
 * "5 p.m.". Returns the token after it, or @i. */
static guint
parse_time (Layout *l,
            guint   i,
            guint   end,
            int    *hour,
            int    *minute)
{
  static const char * const am[] = { "am", "a.m", "a.m.", NULL };
  static const char * const pm[] = { "pm", "p.m", "p.m.", NULL };
  const char *s;
  guint len, p = 0, j = i + 1;
  int h = 0, m = 0, half = 0;   /* half: 1 am, 2 pm */
  gboolean colon = FALSE;

  if (i >= end || !tok_has (l, i, DOSSIER_TOKEN_NUMBER))
    return i;
  s = tok_text (l, i);
  len = tok_len (l, i);
  while (p < len && p < 2 && g_ascii_isdigit (s[p]))
    h = h * 10 + (s[p++] - '0');
  if (p == 0)
    return i;
  if (p < len && (s[p] == ':' || s[p] == '.'))
    {
      p++;
      if (p + 2 > len || !g_ascii_isdigit (s[p]) || !g_ascii_isdigit (s[p + 1]))
        return i;
      m = (s[p] - '0') * 10 + (s[p + 1] - '0');
      p += 2;
      colon = s[p - 3] == ':';
    }
  if (p < len)
    {
      /* "5:48PM", "5pm" */
      gsize rest = len - p;
      if (rest == 2 && g_ascii_strncasecmp (s + p, "am", 2) == 0)
        half = 1;
      else if (rest == 2 && g_ascii_strncasecmp (s + p, "pm", 2) == 0)
        half = 2;
      else
        return i;
    }
  if (half == 0 && j < end)
    {
      if (tok_in (l, j, end, am))
        {
          half = 1;
          j++;
        }
      else if (tok_in (l, j, end, pm))
        {
          half = 2;
          j++;
        }
    }
  if (half == 0 && !colon)
    return i;
  if (half != 0)
    {
      if (h < 1 || h > 12)
        return i;
      if (half == 1 && h == 12)
        h = 0;
      else if (half == 2 && h < 12)
        h += 12;
    }
  if (h > 23 || m > 59)
    return i;
  *hour = h;
  *minute = m;
  return j;
}

/* A calendar date with a year at token @i: an ISO token, or
 * [Weekday[,]] Month[.] Day[,] Year, or [Weekday[,]] Day Month[,] Year.
 * Returns the token after it, or @i. */
static guint
parse_calendar_date (Layout     *l,
                     guint       i,
                     guint       end,
                     ParsedDate *d)
{
  guint j = i;
  int month, day, year;

  if (i >= end)
    return i;
  if (tok_has (l, i, DOSSIER_TOKEN_NUMBER) && tok_len (l, i) >= 10 &&
      parse_iso (tok_text (l, i), tok_len (l, i), d))
    return i + 1;

  if (tok_weekday (l, j, end))
    {
      j++;
      if (tok_is (l, j, end, ",") || tok_is (l, j, end, "."))
        j++;
    }
  if ((month = tok_month (l, j, end)) != 0)
    {
      j++;
      if (tok_is (l, j, end, "."))
        j++;
      day = tok_number (l, j, end, 2);
      if (day < 0)
        {
          /* "2nd" */
          if (j < end && tok_len (l, j) >= 3 && tok_len (l, j) <= 4 &&
              g_ascii_isdigit (tok_text (l, j)[0]))
            {
              const char *s = tok_text (l, j);
              guint len = tok_len (l, j), k = 0;
              day = 0;
              while (k < len && g_ascii_isdigit (s[k]))
                day = day * 10 + (s[k++] - '0');
              if (len - k != 2 || !g_ascii_isalpha (s[k]))
                return i;
            }
          else
            return i;
        }
      j++;
      if (tok_is (l, j, end, ","))
        j++;
      year = tok_number (l, j, end, 4);
      if (year < 1000)
        return i;
      j++;
    }
  else if ((day = tok_number (l, j, end, 2)) > 0 && (month = tok_month (l, j + 1, end)) != 0)
    {
      j += 2;
      if (tok_is (l, j, end, ",") || tok_is (l, j, end, "."))
        j++;
      year = tok_number (l, j, end, 4);
      if (year < 1000)
        return i;
      j++;
    }
  else
    return i;

  if (!valid_date (year, month, day, 0, 0))
    return i;
  d->year = year;
  d->month = month;
  d->day = day;
  d->has_time = FALSE;
  d->hour = d->minute = 0;
  return j;
}

/* A date, with an optional time before or after it, at token @i.
 * Returns the token after it (time zone included), or @i. */
static guint
parse_date_at (Layout     *l,
               guint       i,
               guint       end,
               ParsedDate *d)
{
  int hour = 0, minute = 0;
  guint j = parse_time (l, i, end, &hour, &minute);

  if (j > i)
    {
      /* the time first: "10:30 a.m. ET Nov. 2, 2023", "5:48 PM EDT, Thu November 2, 2023" */
      guint k = j;
      guint n;
      while (k < end && k < j + 3 && (tok_timezone (l, k, end) || tok_is (l, k, end, ",") ||
                                      tok_is_ci (l, k, end, "on") || tok_is_dash (l, k, end) ||
                                      tok_is (l, k, end, "|")))
        k++;
      n = parse_calendar_date (l, k, end, d);
      if (n == k)
        return i;
      d->has_time = TRUE;
      d->hour = hour;
      d->minute = minute;
      d->first = i;
      d->last = n;
      return n;
    }

  j = parse_calendar_date (l, i, end, d);
  if (j == i)
    return i;
  d->first = i;
  d->last = j;
  if (!d->has_time)
    {
      /* the time after: "… 2023 at 5:48PM", "… 2023, 5:48 PM ET", "… 2023 | 17:48" */
      guint k = j;
      guint n;
      while (k < end && k < j + 2 && (tok_is_ci (l, k, end, "at") || tok_is (l, k, end, ",") ||
                                      tok_is_dash (l, k, end) || tok_is (l, k, end, "|") ||
                                      tok_is (l, k, end, "@") || tok_is (l, k, end, "/")))
        k++;
      n = parse_time (l, k, end, &hour, &minute);
      if (n > k)
        {
          d->has_time = TRUE;
          d->hour = hour;
          d->minute = minute;
          d->last = n;
          j = n;
        }
    }
  while (j < end && tok_timezone (l, j, end))
    j++;
  return j;
}

/* ---- lines -------------------------------------------------------------- */

static gboolean
line_at (Layout *l,
         guint   index,
         Line   *line)
{
  const DossierRange *r = &g_array_index (l->ctx->lines, DossierRange, index);
  guint i = dossier_context_token_at (l->ctx, r->start);
  guint k = i;

  while (k < l->n_tok && l->tok[k].start < r->end && k - i <= MAX_LINE_TOKENS)
    k++;
  line->first = i;
  line->last = k;
  if (k == i)
    return FALSE;
  line->start = l->tok[i].start;
  line->end = l->tok[k - 1].end;
  line->long_line = k - i > MAX_LINE_TOKENS || r->end - r->start > MAX_LINE_BYTES;
  if (line->long_line)
    line->end = r->end;
  return TRUE;
}

static guint
count_words (Layout *l, const Line *line)
{
  guint n = 0;
  for (guint i = line->first; i < line->last; i++)
    if (tok_has (l, i, DOSSIER_TOKEN_WORD))
      n++;
  return n;
}

/* ---- outlets and names -------------------------------------------------- */

static const char * const outlet_words[] = {
  "News", "Times", "Post", "Press", "Journal", "Herald", "Tribune", "Gazette", "Telegraph",
  "Guardian", "Observer", "Chronicle", "Daily", "Agency", "Service", "Wire", "Network", "Radio",
  "Television", "TV", "Magazine", "Review", "Standard", "Star", "Mail", "Express", "Independent",
  "Examiner", "Inquirer", "Bulletin", "Courier", "Dispatch", "Globe", "Register", "Monitor",
  "Today", "Broadcasting", "Newspaper", "Newspapers", "Media", NULL
};

static const char * const role_words[] = {
  "Staff", "Writer", "Writers", "Correspondent", "Correspondents", "Reporter", "Reporters",
  "Editor", "Editors", "Columnist", "Contributor", "Producer", "Bureau", "Chief", "Senior",
  "Special", "Political", "Photographer", "Analyst", "Intern", "Contributing", NULL
};

static const char * const name_particles[] = {
  "de", "da", "del", "della", "der", "den", "van", "von", "le", "la", "al", "bin", "ibn", "du",
  "dos", "das", "ter", "ten", "el", "st", NULL
};

/* The number of tokens at @i that name a known outlet (longest match), or 0. */
static guint
match_outlet (Layout *l,
              guint   i,
              guint   end)
{
  guint n_max = MIN (end - i, 6);

  if (i >= end || !tok_is_word (l, i, end))
    return 0;
  for (guint n = n_max; n >= 1; n--)
    {
      guint s = l->tok[i].start, e = l->tok[i + n - 1].end;
      if (!tok_is_word (l, i + n - 1, end) && !tok_is (l, i + n - 1, end, "&"))
        continue;
      if (e - s < 64 &&
          dossier_lexicon_contains_fold (l->lexicon, "outlets", l->ctx->text + s, e - s))
        return n;
    }
  /* capitalised words ending in an outlet word: "The Springfield Herald" */
  {
    guint k = i, last_outlet = 0;
    while (k < end && k < i + 6 &&
           (tok_is_capitalized (l, k, end) || tok_is (l, k, end, "of") ||
            tok_is (l, k, end, "&") || tok_is (l, k, end, "-")))
      {
        if (tok_is_capitalized (l, k, end) && tok_in (l, k, end, outlet_words))
          last_outlet = k + 1 - i;
        k++;
      }
    if (last_outlet >= 2)
      return last_outlet;
  }
  return 0;
}

static gboolean
is_name_word (Layout *l, guint i, guint end)
{
  if (!tok_is_capitalized (l, i, end))
    return FALSE;
  if (tok_weekday (l, i, end))
    return FALSE;
  return TRUE;
}

/* A run of name words at @i ("Jane Doe", "J. R. van der Berg", "JANE DOE").
 * Returns its end. */
static guint
scan_name (Layout *l,
           guint   i,
           guint   end)
{
  guint j = i;

  while (j < end && j < i + 6)
    {
      if (is_name_word (l, j, end))
        {
          ParsedDate d;
          /* a month that starts a date ends the name */
          if (tok_month (l, j, end) && parse_calendar_date (l, j, end, &d) > j)
            break;
          j++;
        }
      else if (j > i && tok_is_word (l, j, end) && tok_in (l, j, end, name_particles))
        {
          /* "de la", "van der": particles before a name word */
          guint k = j;
          while (k < end && k < j + 3 && tok_is_word (l, k, end) &&
                 !tok_has (l, k, DOSSIER_TOKEN_CAPITALIZED) && tok_in (l, k, end, name_particles))
            k++;
          if (k == j || !is_name_word (l, k, end))
            break;
          j = k;
        }
      else
        break;
    }
  return j;
}

static gboolean
run_has_role (Layout *l, guint i, guint end)
{
  for (guint k = i; k < end; k++)
    if (tok_in (l, k, end, role_words))
      return TRUE;
  return FALSE;
}

static void
info_add_name (LineInfo *info, Layout *l, guint first, guint last)
{
  if (info->n_names >= MAX_NAMES || last <= first)
    return;
  info->names[info->n_names].start = l->tok[first].start;
  info->names[info->n_names].end = l->tok[last - 1].end;
  info->n_names++;
}

static gboolean
is_junk_word (Layout *l, guint i, guint end)
{
  static const char * const junk[] = {
    "permalink", "updated", "published", "posted", "share", "comments", "comment", "print",
    "email", "follow", "read", "more", NULL
  };
  return tok_in (l, i, end, junk);
}

/* A byline at @i: NAME[, NAME][ and NAME][, OUTLET | "|" OUTLET | - OUTLET],
 * with the "By" already skipped by the caller. Fills info->names and
 * info->outlet; returns the token after the byline, or @i when it holds no name. */
static guint
parse_byline_names (Layout   *l,
                    guint     i,
                    guint     end,
                    LineInfo *info)
{
  guint j = i;
  guint n_before = info->n_names;

  while (j < end)
    {
      guint o = match_outlet (l, j, end);
      guint e = scan_name (l, j, end);

      if (o > 0)
        {
          /* "…, Reuters", or "By Reuters": an outlet, no author */
          info->outlet.start = l->tok[j].start;
          info->outlet.end = l->tok[j + o - 1].end;
          j += o;
          break;
        }
      if (e == j)
        break;
      /* a name, or a role to skip: "Staff Writer" */
      if (!run_has_role (l, j, e))
        {
          if (e - j >= 2 || (e - j == 1 && info->n_names > n_before))
            info_add_name (info, l, j, e);
          else
            break;
        }
      j = e;
      /* separators */
      if (tok_is (l, j, end, ",") || tok_is_ci (l, j, end, "and") || tok_is (l, j, end, "&"))
        {
          j++;
          if (tok_is_ci (l, j, end, "and"))
            j++;
          continue;
        }
      if (tok_is (l, j, end, "|") || tok_is_dash (l, j, end) || tok_is (l, j, end, "/"))
        {
          guint k = j + 1;
          o = match_outlet (l, k, end);
          if (o > 0)
            {
              info->outlet.start = l->tok[k].start;
              info->outlet.end = l->tok[k + o - 1].end;
              j = k + o;
            }
          break;
        }
      /* "Jane Doe of The Springfield Herald" */
      if (tok_is (l, j, end, "of") || tok_is_ci (l, j, end, "for"))
        {
          o = match_outlet (l, j + 1, end);
          if (o > 0)
            {
              info->outlet.start = l->tok[j + 1].start;
              info->outlet.end = l->tok[j + o].end;
              j = j + 1 + o;
            }
          break;
        }
      break;
    }
  if (info->n_names == n_before && DOSSIER_RANGE_EMPTY (info->outlet))
    return i;
  return j;
}

/* ---- line kinds --------------------------------------------------------- */

/* Skips junk words and date labels from @j; TRUE when that reaches @end. */
static gboolean
rest_is_junk (Layout *l, guint j, guint end)
{
  while (j < end && (is_junk_word (l, j, end) || tok_date_label (l, j, end)))
    j++;
  return j >= end;
}

/* "By Jane Doe", "by Jane Doe and John Roe, ABC News" (the whole line). */
static gboolean
parse_byline_line (Layout     *l,
                   const Line *line,
                   LineInfo   *info)
{
  static const char * const labels[] = { "written", "story", "text", "words", "reporting", NULL };
  guint i = line->first, j;

  /* "Written by …", "Story by …" */
  if (tok_in (l, i, line->last, labels) && tok_has (l, i, DOSSIER_TOKEN_CAPITALIZED) &&
      tok_is_ci (l, i + 1, line->last, "by"))
    i++;
  if (line->long_line || !tok_is_ci (l, i, line->last, "by"))
    return FALSE;
  j = parse_byline_names (l, i + 1, line->last, info);
  if (j == i + 1)
    return FALSE;
  /* a date may follow: "By Jane Doe, Reuters | Nov. 2, 2023" */
  while (j < line->last)
    {
      ParsedDate d;
      guint n = parse_date_at (l, j, line->last, &d);
      if (n > j)
        {
          if (!info->has_date)
            {
              info->has_date = TRUE;
              info->date = d;
            }
          j = n;
        }
      else if (is_junk_word (l, j, line->last) || tok_date_label (l, j, line->last))
        j++;
      else
        return FALSE;
    }
  info->kind = KIND_BYLINE;
  return TRUE;
}

/* A line that is nothing but a date (and time), labels and maybe a byline:
 * "Friday, July 21, 2017", "Published 10:30 a.m. ET Nov. 2, 2023",
 * "Thursday, November 2, 2023 at 5:48PM by Jane Doe, ABC News Permalink". */
static gboolean
parse_date_line (Layout     *l,
                 const Line *line,
                 LineInfo   *info)
{
  guint j = line->first, end = line->last;
  gboolean found = FALSE;

  if (line->long_line)
    return FALSE;
  while (j < end)
    {
      ParsedDate d;
      guint n = parse_date_at (l, j, end, &d);

      if (n > j)
        {
          if (!found)
            {
              info->date = d;
              info->has_date = TRUE;
              found = TRUE;
            }
          j = n;
          continue;
        }
      if (found && tok_is_ci (l, j, end, "by"))
        {
          n = parse_byline_names (l, j + 1, end, info);
          if (n == j + 1)
            return FALSE;
          j = n;
          continue;
        }
      if (is_junk_word (l, j, end) || tok_date_label (l, j, end))
        {
          j++;
          continue;
        }
      return FALSE;
    }
  if (!found)
    return FALSE;
  info->kind = KIND_DATE;
  return TRUE;
}

/* A photo credit line: "Jane Doe/Getty Images", "Photo: Jane Doe/AP",
 * "(AP Photo/John Smith)", "Getty Images", "Jane Doe for The Times". */
static gboolean
parse_credit_line (Layout     *l,
                   const Line *line,
                   gboolean    first_line,
                   LineInfo   *info)
{
  static const char * const labels[] = {
    "photo", "photos", "photograph", "image", "images", "picture", "credit", "illustration",
    "video", "file", NULL
  };
  static const char * const agencies[] = {
    "images", "photo", "photos", "pictures", "shutterstock", "stock", "pool", NULL
  };
  guint i = line->first, end = line->last;
  guint words = 0, lower = 0, slashes = 0;
  gboolean agency = FALSE;

  if (line->long_line || end - i > 16)
    return FALSE;
  /* strip enclosing parentheses */
  if (tok_is (l, i, end, "(") && tok_is (l, end - 1, end, ")"))
    {
      i++;
      end--;
    }
  if (i >= end)
    return FALSE;
  /* "Photo: …", "Photo by …", "Image credit: …" */
  if (tok_in (l, i, end, labels) && tok_is_capitalized (l, i, end))
    {
      guint j = i + 1;
      if (tok_is_ci (l, j, end, "credit"))
        j++;
      if (tok_is (l, j, end, ":") || tok_is_ci (l, j, end, "by") || tok_is (l, j, end, "|"))
        {
          j++;
          if (j < end && tok_has (l, j, DOSSIER_TOKEN_CAPITALIZED))
            {
              info->credit.start = l->tok[j].start;
              info->credit.end = l->tok[end - 1].end;
              if (tok_is (l, end - 1, end, ".") && end - 1 > j)
                info->credit.end = l->tok[end - 2].end;
              info->kind = KIND_CREDIT;
              return TRUE;
            }
        }
    }
  for (guint k = i; k < end; k++)
    {
      if (tok_is (l, k, end, "/"))
        {
          if (k == i || k + 1 >= end || !tok_has (l, k - 1, DOSSIER_TOKEN_WORD) ||
              !tok_has (l, k + 1, DOSSIER_TOKEN_WORD))
            return FALSE;
          slashes++;
        }
      else if (tok_has (l, k, DOSSIER_TOKEN_WORD))
        {
          words++;
          if (!tok_has (l, k, DOSSIER_TOKEN_CAPITALIZED))
            {
              if (!tok_is (l, k, end, "via") && !tok_is (l, k, end, "for") &&
                  !tok_in (l, k, end, name_particles))
                return FALSE;
              lower++;
            }
          if (tok_in (l, k, end, agencies) && k > i)
            agency = TRUE;
        }
      else if (!tok_is (l, k, end, "-") && !tok_is (l, k, end, "&") && !tok_is (l, k, end, "'") &&
               !tok_is (l, k, end, "\xe2\x80\x99") && !tok_is (l, k, end, "."))
        return FALSE;
    }
  if (words == 0 || words > 10 || first_line || tok_is (l, end - 1, end, "."))
    return FALSE;
  /* "Jane Doe for The Times" */
  if (slashes == 0 && !agency)
    {
      guint k = scan_name (l, i, end);
      if (k - i < 2 || !tok_is (l, k, end, "for") || match_outlet (l, k + 1, end) == 0)
        return FALSE;
    }
  if (slashes > 0 && words < 2)
    return FALSE;
  info->credit.start = l->tok[i].start;
  info->credit.end = l->tok[end - 1].end;
  info->kind = KIND_CREDIT;
  return TRUE;
}

/* A dateline at @i: "(WASHINGTON) --", "WASHINGTON (AP) —", "LONDON, Feb 5
 * (Reuters) -", "NEW YORK, N.Y. —", "BRUSSELS 1996-08-22". Returns the token
 * after it (after its dash), or @i. *closed tells whether it ended with a
 * dash, an outlet, brackets or a date (not merely at the end of the line). */
static guint
parse_dateline (Layout     *l,
                guint       i,
                guint       end,
                LineInfo   *info,
                gboolean   *strong)
{
  guint j = i, place_first, place_last;
  gboolean paren = FALSE, caps = TRUE, has_outlet = FALSE, has_iso = FALSE;
  DossierRange outlet = { 0, 0 };
  ParsedDate d;

  *strong = FALSE;
  if (tok_is (l, j, end, "("))
    {
      paren = TRUE;
      j++;
    }
  place_first = j;
  while (j < end && j < place_first + 6 &&
         ((tok_is_word (l, j, end) && tok_has (l, j, DOSSIER_TOKEN_ALL_CAPS)) ||
          (j > place_first && tok_is (l, j, end, ".") && !tok_has (l, j, DOSSIER_TOKEN_SPACE_BEFORE) &&
           tok_is_word (l, j + 1, end) && tok_has (l, j + 1, DOSSIER_TOKEN_ALL_CAPS))))
    j++;
  if (j == place_first)
    {
      /* "Washington (CNN) —": title case only with an outlet */
      caps = FALSE;
      while (j < end && j < place_first + 3 && tok_is_capitalized (l, j, end) &&
             !tok_has (l, j, DOSSIER_TOKEN_ABBREVIATION))
        j++;
      if (j == place_first || paren)
        return i;
      if (!tok_is (l, j, end, "("))
        {
          /* "Taipei, Taiwan —": a title-case place only with its region and a dash */
          guint k = j + 1;
          if (!tok_is (l, j, end, ","))
            return i;
          while (k < end && k < j + 4 && tok_is_capitalized (l, k, end) && !tok_month (l, k, end))
            k++;
          if (k == j + 1 || !tok_is_dash (l, k, end) || tok_is (l, k, end, "-"))
            return i;
          info->place.start = l->tok[place_first].start;
          info->place.end = l->tok[j - 1].end;
          info->place_outlet.start = info->place_outlet.end = 0;
          *strong = TRUE;
          return k + 1;
        }
    }
  place_last = j;
  /* the first word of the place: a real word, not "U.S." alone */
  if (tok_has (l, place_first, DOSSIER_TOKEN_ABBREVIATION) && place_last - place_first == 1)
    return i;
  if (g_utf8_strlen (tok_text (l, place_first), tok_len (l, place_first)) < 2)
    return i;
  if (paren)
    {
      if (!tok_is (l, j, end, ")"))
        return i;
      j++;
    }
  /* ", N.Y." ", Puerto Rico" ", Feb. 5" */
  for (int pass = 0; pass < 2 && tok_is (l, j, end, ","); pass++)
    {
      guint k = j + 1;
      int month = tok_month (l, k, end);
      if (month != 0)
        {
          guint m = k + 1;
          if (tok_is (l, m, end, "."))
            m++;
          if (tok_number (l, m, end, 2) > 0)
            {
              j = m + 1;
              continue;
            }
        }
      while (k < end && k < j + 6 &&
             ((tok_is_capitalized (l, k, end) && !tok_month (l, k, end)) ||
              (k > j + 1 && tok_is (l, k, end, ".") && !tok_has (l, k, DOSSIER_TOKEN_SPACE_BEFORE))))
        k++;
      if (k == j + 1)
        break;
      j = k;
    }
  /* "(AP)", "(Reuters)" */
  if (tok_is (l, j, end, "("))
    {
      guint k = j + 1;
      while (k < end && k < j + 5 && tok_is_capitalized (l, k, end))
        k++;
      if (k == j + 1 || !tok_is (l, k, end, ")"))
        return i;
      outlet.start = l->tok[j + 1].start;
      outlet.end = l->tok[k - 1].end;
      has_outlet = TRUE;
      j = k + 1;
    }
  else if (!caps)
    return i;
  /* "BRUSSELS 1996-08-22" */
  if (j < end && tok_has (l, j, DOSSIER_TOKEN_NUMBER) && tok_len (l, j) >= 10 &&
      parse_iso (tok_text (l, j), tok_len (l, j), &d))
    {
      d.first = j;
      d.last = j + 1;
      has_iso = TRUE;
      j++;
    }
  if (tok_is_dash (l, j, end))
    {
      /* "WORD--text" or "WORD- text" is no dateline, "(AP)_" is */
      if (!tok_has (l, j, DOSSIER_TOKEN_SPACE_BEFORE) && !tok_is (l, j - 1, end, ")"))
        return i;
      j++;
      *strong = TRUE;
    }
  else if (tok_is (l, j, end, ":") && caps && (has_outlet || paren))
    {
      j++;
      *strong = TRUE;
    }
  else if (has_outlet || has_iso || paren)
    *strong = j >= end;   /* on a line of its own */
  if (!*strong && j < end)
    return i;
  if (!caps && !has_outlet)
    return i;
  info->place.start = l->tok[place_first].start;
  info->place.end = l->tok[place_last - 1].end;
  info->place_outlet = outlet;
  if (has_iso)
    {
      info->has_date = TRUE;
      info->date = d;
    }
  return j;
}

/* Contributor lines: "ABC News' Jane Doe contributed to this report.",
 * "Additional reporting by Jane Doe and John Roe.", "(Reporting by X;
 * Editing by Y)", "Contributing: Jane Doe". */
static void
add_contributor_names (Layout   *l,
                       guint     i,
                       guint     end,
                       LineInfo *info)
{
  /* split at , ; and & — each piece gives its last name run not after in/from/at/of */
  guint piece = i;

  for (guint k = i; k <= end; k++)
    {
      gboolean sep = k == end || tok_is (l, k, end, ",") || tok_is (l, k, end, ";") ||
                     tok_is_ci (l, k, end, "and") || tok_is (l, k, end, "&");
      if (!sep)
        continue;
      {
        guint best_s = 0, best_e = 0;
        guint j = piece;
        while (j < k)
          {
            guint e = scan_name (l, j, k);
            if (e > j)
              {
                gboolean after_prep = j > piece &&
                  (tok_is_ci (l, j - 1, k, "in") || tok_is_ci (l, j - 1, k, "from") ||
                   tok_is_ci (l, j - 1, k, "at") || tok_is_ci (l, j - 1, k, "of") ||
                   tok_is_ci (l, j - 1, k, "for") || tok_is_ci (l, j - 1, k, "with"));
                gboolean possessive = e < k && tok_has (l, e, DOSSIER_TOKEN_QUOTE_MARK);
                gboolean outlet = match_outlet (l, j, e) == e - j;
                if (!after_prep && !possessive && !outlet && !run_has_role (l, j, e))
                  {
                    best_s = j;
                    best_e = e;
                  }
                j = e;
              }
            else
              j++;
          }
        if (best_e >= best_s + 2)
          info_add_name (info, l, best_s, best_e);
      }
      piece = k + 1;
    }
}

static gboolean
parse_contributor_line (Layout     *l,
                        const Line *line,
                        LineInfo   *info)
{
  guint i = line->first, end = line->last;
  gboolean found = FALSE;

  if (line->long_line || end - i > 60)
    return FALSE;
  /* "… contributed to this report." */
  for (guint k = i; k < end; k++)
    if (tok_is_ci (l, k, end, "contributed") &&
        (tok_is_ci (l, k + 1, end, "reporting") || tok_is_ci (l, k + 1, end, "additional") ||
         tok_is_ci (l, k + 1, end, "research") ||
         (tok_is_ci (l, k + 1, end, "to") &&
          (tok_is_ci (l, k + 2, end, "this") || tok_is_ci (l, k + 2, end, "the")))))
      {
        guint s = i;
        if (tok_is (l, s, end, "("))
          s++;
        add_contributor_names (l, s, k, info);
        found = info->n_names > 0;
        break;
      }
  if (!found)
    {
      /* "(Reporting by …; Additional reporting by …; Editing by …)", "Contributing: …" */
      guint k = i;
      if (tok_is (l, k, end, "(") || tok_is (l, k, end, "["))
        k++;
      if (tok_is_ci (l, k, end, "contributing") && tok_is (l, k + 1, end, ":"))
        {
          add_contributor_names (l, k + 2, end, info);
          found = info->n_names > 0;
        }
      else
        {
          static const char * const verbs[] = {
            "reporting", "writing", "editing", "compiled", "compiling", "research", "researched", NULL
          };
          if (tok_is_ci (l, k, end, "additional"))
            k++;
          if (!tok_in (l, k, end, verbs) || !tok_is_ci (l, k + 1, end, "by"))
            return FALSE;
          /* clauses separated by ";" each "X by NAMES" */
          while (k < end)
            {
              guint s, e;
              while (k < end && !tok_is_ci (l, k, end, "by"))
                k++;
              if (k >= end)
                break;
              s = k + 1;
              e = s;
              while (e < end && !tok_is (l, e, end, ";") && !tok_is (l, e, end, ")") &&
                     !tok_is (l, e, end, "]"))
                e++;
              add_contributor_names (l, s, e, info);
              k = e + 1;
            }
          found = info->n_names > 0;
        }
    }
  if (found)
    info->kind = KIND_CONTRIBUTOR;
  return found;
}

/* Footer lines that hold nothing for the metadata: "Follow Jane Doe on
 * Twitter", "Copyright 2023 …", a lone outlet name. */
static gboolean
parse_misc_footer (Layout     *l,
                   const Line *line,
                   LineInfo   *info)
{
  static const char * const social[] = {
    "twitter", "facebook", "instagram", "email", "e-mail", "online", NULL
  };
  static const char * const pieces[] = { "article", "story", "post", "report", NULL };
  guint i = line->first, end = line->last;

  if (line->long_line)
    return FALSE;
  /* "Editor's note: …" closing the article */
  if ((tok_is_ci (l, i, end, "editor's") || tok_is_ci (l, i, end, "editor\xe2\x80\x99s") ||
       tok_is_ci (l, i, end, "editors'")) && tok_is_ci (l, i + 1, end, "note"))
    {
      info->kind = KIND_MISC_FOOTER;
      return TRUE;
    }
  if (end - i > 30)
    return FALSE;
  /* "Twitter: @handle", "EMAIL: someone@example.com", "Online:" */
  if (tok_in (l, i, end, social) && tok_is (l, i + 1, end, ":"))
    {
      info->kind = KIND_MISC_FOOTER;
      return TRUE;
    }
  /* "This story has been updated …" */
  if (tok_is_ci (l, i, end, "this") && tok_in (l, i + 1, end, pieces) &&
      (tok_is_ci (l, i + 2, end, "has") || tok_is_ci (l, i + 2, end, "was")) &&
      (tok_is_ci (l, i + 3, end, "updated") || tok_is_ci (l, i + 3, end, "corrected") ||
       tok_is_ci (l, i + 3, end, "been")))
    {
      info->kind = KIND_MISC_FOOTER;
      return TRUE;
    }
  /* an end mark: "___", "-30-", "###" */
  {
    gboolean marks = TRUE;
    for (guint k = i; k < end && marks; k++)
      if (!tok_has (l, k, DOSSIER_TOKEN_PUNCT) && !tok_is (l, k, end, "30"))
        marks = FALSE;
    if (marks && (tok_is_dash (l, i, end) || tok_is (l, i, end, "#") || tok_is (l, i, end, "*")))
      {
        info->kind = KIND_MISC_FOOTER;
        return TRUE;
      }
  }
  if (tok_is_ci (l, i, end, "follow"))
    {
      for (guint k = i + 1; k < end; k++)
        if (tok_is_ci (l, k, end, "twitter") || tok_is_ci (l, k, end, "facebook") ||
            tok_is_ci (l, k, end, "instagram") || tok_is (l, k, end, "@"))
          {
            info->kind = KIND_MISC_FOOTER;
            return TRUE;
          }
      return FALSE;
    }
  if (tok_is_ci (l, i, end, "copyright") || tok_is (l, i, end, "\xc2\xa9"))
    {
      info->kind = KIND_MISC_FOOTER;
      return TRUE;
    }
  {
    guint o = match_outlet (l, i, end);
    if (o > 0 && rest_is_junk (l, i + o, end) && o <= 3 &&
        tok_has (l, i, DOSSIER_TOKEN_ALL_CAPS))
      {
        info->outlet.start = l->tok[i].start;
        info->outlet.end = l->tok[i + o - 1].end;
        info->kind = KIND_MISC_FOOTER;
        return TRUE;
      }
  }
  return FALSE;
}

/* A bare byline under the headline: "Jane Doe", "JANE DOE", "Jane Doe,
 * Reuters", "Jane Doe | CNN", "Jane Doe and John Roe". */
static gboolean
parse_bare_byline (Layout     *l,
                   const Line *line,
                   LineInfo   *info,
                   gboolean    under_title)
{
  guint i = line->first, end = line->last, j;
  LineInfo tmp = { 0 };

  if (line->long_line || end - i > 16)
    return FALSE;
  j = parse_byline_names (l, i, end, &tmp);
  if (j == i || tmp.n_names == 0 || !rest_is_junk (l, j, end))
    return FALSE;
  if (DOSSIER_RANGE_EMPTY (tmp.outlet))
    {
      /* no outlet: only right under the headline, two or three words a name */
      if (!under_title)
        return FALSE;
      for (guint n = 0; n < tmp.n_names; n++)
        {
          guint k = dossier_context_token_at (l->ctx, tmp.names[n].start);
          guint e = dossier_context_token_at (l->ctx, tmp.names[n].end);
          if (e - k < 2 || e - k > 4)
            return FALSE;
          for (; k < e; k++)
            if (match_outlet (l, k, k + 1) > 0 || tok_month (l, k, k + 1))
              return FALSE;
        }
      if (j != end)
        return FALSE;
      for (guint k = i; k < end; k++)
        if (tok_is_word (l, k, end) && !tok_has (l, k, DOSSIER_TOKEN_ALL_CAPS))
          break;
        else if (k + 1 == end)
          return FALSE;  /* "NEW YORK": a place more likely than a name */
    }
  *info = tmp;
  info->kind = KIND_BYLINE;
  return TRUE;
}

/* Is the line made of a dateline alone ("HAMILTON (AP) --", "BRUSSELS
 * 1996-08-22", "MONTGOMERY, Ala." over a date line)? */
static gboolean
parse_dateline_line (Layout     *l,
                     const Line *line,
                     const Line *next,
                     gboolean    under_title,
                     LineInfo   *info)
{
  gboolean strong;
  LineInfo tmp = { 0 };
  guint j;

  if (line->long_line)
    return FALSE;
  j = parse_dateline (l, line->first, line->last, &tmp, &strong);
  if (j == line->first || j != line->last)
    return FALSE;
  if (!strong && !(under_title && next != NULL))
    {
      /* "MONTGOMERY, Ala." over "1996-08-22" */
      LineInfo d = { 0 };
      if (next == NULL || !parse_date_line (l, next, &d) || d.n_names > 0)
        return FALSE;
    }
  *info = tmp;
  info->kind = KIND_DATELINE;
  return TRUE;
}

/* Is the first line a headline? */
static gboolean
is_title_line (Layout     *l,
               const Line *line)
{
  guint words = count_words (l, line);
  guint last = line->last - 1;
  LineInfo tmp = { 0 };
  gboolean strong;

  if (line->long_line || words == 0 || words > 30)
    return FALSE;
  if (tok_is (l, last, line->last, ",") || tok_is (l, last, line->last, ":"))
    return FALSE;
  /* a body paragraph that starts with a dateline, or a short "SPORT - HEADLINE" */
  if (parse_dateline (l, line->first, line->last, &tmp, &strong) > line->first)
    {
      if (!DOSSIER_RANGE_EMPTY (tmp.place_outlet) || tok_is (l, line->first, line->last, "("))
        return FALSE;
      if (words > 15)
        return FALSE;
    }
  /* ends like a sentence: only a short one */
  while (last > line->first && (tok_has (l, last, DOSSIER_TOKEN_QUOTE_MARK) ||
                                tok_is (l, last, line->last, ")")))
    last--;
  if ((tok_has (l, last, DOSSIER_TOKEN_PUNCT) &&
       (tok_text (l, last)[0] == '.' || tok_text (l, last)[0] == '!' ||
        tok_text (l, last)[0] == '?' || tok_is (l, last, line->last, "\xe2\x80\xa6"))) ||
      tok_has (l, last, DOSSIER_TOKEN_ABBREVIATION))
    {
      guint caps = 0;
      /* a text that opens with a blank line and a sentence starts with its body */
      if (line->start > 0)
        return FALSE;
      for (guint k = line->first; k < line->last; k++)
        if (tok_is_capitalized (l, k, line->last))
          caps++;
      /* a sentence of up to 20 words, or a longer Title Case line */
      if (words > 20 && caps * 10 < words * 6)
        return FALSE;
    }
  return TRUE;
}

/* ---- applying what was found ------------------------------------------- */

static char *
dup_range (Layout *l, DossierRange r)
{
  return dossier_context_dup (l->ctx, r.start, r.end);
}

static gboolean
name_known (GPtrArray *names, const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (names, i), name) == 0)
      return TRUE;
  return FALSE;
}

static void
set_published (Layout *l, const ParsedDate *d)
{
  DossierMetadata *m = &l->ctx->metadata;

  if (l->has_date)
    return;
  l->has_date = TRUE;
  l->date = *d;
  g_free (m->published);
  if (d->has_time)
    m->published = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", d->year, d->month, d->day,
                                    d->hour, d->minute);
  else
    m->published = g_strdup_printf ("%04d-%02d-%02d", d->year, d->month, d->day);
  m->published_range.start = l->tok[d->first].start;
  m->published_range.end = l->tok[d->last - 1].end;
}

static void
apply_info (Layout         *l,
            const LineInfo *info,
            const Line     *line)
{
  DossierMetadata *m = &l->ctx->metadata;

  switch (info->kind)
    {
    case KIND_CREDIT:
      if (m->credits->len == 0)
        {
          m->credit_range.start = line->start;
          m->credit_range.end = line->end;
        }
      g_ptr_array_add (m->credits, dup_range (l, info->credit));
      break;

    case KIND_DATE:
    case KIND_BYLINE:
      if (info->has_date)
        set_published (l, &info->date);
      if (info->n_names > 0 && m->authors->len == 0)
        {
          for (guint i = 0; i < info->n_names; i++)
            {
              char *name = dup_range (l, info->names[i]);
              if (name_known (m->authors, name))
                g_free (name);
              else
                g_ptr_array_add (m->authors, name);
            }
        }
      if (!DOSSIER_RANGE_EMPTY (info->outlet) && m->outlet == NULL)
        m->outlet = dup_range (l, info->outlet);
      if ((info->n_names > 0 || !DOSSIER_RANGE_EMPTY (info->outlet)) &&
          DOSSIER_RANGE_EMPTY (m->byline_range))
        {
          m->byline_range.start = line->start;
          m->byline_range.end = line->end;
        }
      break;

    case KIND_CONTRIBUTOR:
      {
        DossierRange r = { line->start, line->end };
        for (guint i = 0; i < info->n_names; i++)
          {
            char *name = dup_range (l, info->names[i]);
            if (name_known (m->contributors, name))
              g_free (name);
            else
              g_ptr_array_add (m->contributors, name);
          }
        g_array_append_val (m->contributor_ranges, r);
      }
      break;

    case KIND_DATELINE:
      if (m->dateline == NULL && !DOSSIER_RANGE_EMPTY (info->place))
        {
          m->dateline = dup_range (l, info->place);
          m->dateline_range = info->place;
          l->dateline_outlet = info->place_outlet;
        }
      if (info->has_date)
        set_published (l, &info->date);
      break;

    case KIND_MISC_FOOTER:
      if (!DOSSIER_RANGE_EMPTY (info->outlet) && m->outlet == NULL)
        m->outlet = dup_range (l, info->outlet);
      break;

    case KIND_NONE:
    default:
      break;
    }
}

/* ---- the reference date ------------------------------------------------- */

static gboolean
parse_option_date (const char *s,
                   ParsedDate *d)
{
  gsize len;

  if (s == NULL)
    return FALSE;
  while (g_ascii_isspace (*s))
    s++;
  len = strlen (s);
  while (len > 0 && g_ascii_isspace (s[len - 1]))
    len--;
  return parse_iso (s, len, d);
}

static void
set_reference (Layout *l)
{
  DossierContext *ctx = l->ctx;
  DossierReferenceDate *ref = &ctx->reference;
  ParsedDate option;
  const ParsedDate *d = NULL;

  memset (ref, 0, sizeof *ref);
  if (parse_option_date (ctx->published_option, &option))
    {
      d = &option;
      if (ctx->metadata.published == NULL)
        {
          /* the caller's date is reported when the text states none */
          if (option.has_time)
            ctx->metadata.published = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d",
                                                       option.year, option.month, option.day,
                                                       option.hour, option.minute);
          else
            ctx->metadata.published = g_strdup_printf ("%04d-%02d-%02d",
                                                       option.year, option.month, option.day);
        }
    }
  else if (ctx->published_option != NULL && *ctx->published_option != '\0')
    g_debug ("Ignoring a --published date that is not YYYY-MM-DD[THH:MM]: %s",
             ctx->published_option);
  if (d == NULL && l->has_date)
    d = &l->date;
  if (d == NULL)
    return;
  ref->has_date = TRUE;
  ref->year = d->year;
  ref->month = d->month;
  ref->day = d->day;
  ref->has_time = d->has_time;
  ref->hour = d->has_time ? d->hour : 0;
  ref->minute = d->has_time ? d->minute : 0;
}

/* ---- the pass ----------------------------------------------------------- */

static gboolean
next_line (Layout *l,
           guint  *index,
           guint   limit,
           Line   *line)
{
  while (*index < limit)
    {
      if (line_at (l, *index, line))
        return TRUE;
      (*index)++;
    }
  return FALSE;
}

void
dossier_layout_run (DossierContext *ctx)
{
  Layout layout = { 0 };
  Layout *l = &layout;
  DossierMetadata *m;
  guint n_lines;
  guint idx = 0, body_line = G_MAXUINT, body_end_line = G_MAXUINT;
  gboolean title_done = FALSE, recognised = FALSE;
  Line line;

  g_return_if_fail (ctx != NULL);

  m = &ctx->metadata;
  n_lines = ctx->lines->len;
  l->ctx = ctx;
  l->tok = (const DossierToken *) (const void *) ctx->tokens->data;
  l->n_tok = ctx->tokens->len;
  l->lexicon = dossier_lexicon_get_default ();

  if (l->n_tok == 0)
    {
      m->body.start = 0;
      m->body.end = (guint) ctx->length;
      set_reference (l);
      return;
    }

  /* ---- head ---- */
  for (guint n_head = 0; n_head < MAX_HEAD_LINES && next_line (l, &idx, n_lines, &line);
       n_head++)
    {
      LineInfo info = { 0 };
      Line next;
      guint next_idx = idx + 1;
      gboolean has_next = next_line (l, &next_idx, n_lines, &next);

      if (line.long_line)
        break;
      if (parse_credit_line (l, &line, n_head == 0, &info) ||
          parse_byline_line (l, &line, &info) ||
          parse_date_line (l, &line, &info))
        {
          apply_info (l, &info, &line);
          recognised = TRUE;
          idx++;
          continue;
        }
      if (parse_dateline_line (l, &line, has_next ? &next : NULL, title_done, &info))
        {
          apply_info (l, &info, &line);
          recognised = TRUE;
          /* the dateline opens the body; a date line right under it is read too */
          body_line = idx;
          if (has_next)
            {
              LineInfo date = { 0 };
              if (parse_date_line (l, &next, &date) && date.n_names == 0)
                apply_info (l, &date, &next);
            }
          break;
        }
      if (!title_done && n_head == 0 && has_next && is_title_line (l, &line))
        {
          guint title_end = line.end;
          /* "Headline; " over a second headline line: the first, without its ";" */
          if (tok_is (l, line.last - 1, line.last, ";") && line.last - 1 > line.first)
            title_end = l->tok[line.last - 2].end;
          g_free (m->title);
          m->title = dossier_context_dup (ctx, line.start, title_end);
          m->title_range.start = line.start;
          m->title_range.end = title_end;
          title_done = TRUE;
          recognised = TRUE;
          idx++;
          continue;
        }
      if (has_next && parse_bare_byline (l, &line, &info, title_done && n_head == 1))
        {
          apply_info (l, &info, &line);
          recognised = TRUE;
          idx++;
          continue;
        }
      /* an editor's note in brackets: "[CORRECTED 10:30 GMT]" */
      if (has_next && tok_is (l, line.first, line.last, "[") &&
          tok_is (l, line.last - 1, line.last, "]") && line.last - line.first <= 12)
        {
          idx++;
          continue;
        }
      /* a headline over two or three lines, then a dateline line */
      if (title_done && has_next)
        {
          guint k = idx, n = 0;
          Line ahead, after;
          gboolean found = FALSE;
          while (n < 3 && next_line (l, &k, n_lines, &ahead) && !ahead.long_line &&
                 count_words (l, &ahead) <= 12)
            {
              guint a = k + 1;
              gboolean has_after = next_line (l, &a, n_lines, &after);
              LineInfo tmp = { 0 };
              gboolean strong;
              if (parse_dateline (l, ahead.first, ahead.last, &tmp, &strong) == ahead.last &&
                  n > 0 &&
                  parse_dateline_line (l, &ahead, has_after ? &after : NULL, FALSE, &tmp))
                {
                  found = TRUE;
                  break;
                }
              k++;
              n++;
            }
          if (found)
            {
              idx = k;
              continue;
            }
        }
      break;
    }
  if (body_line == G_MAXUINT)
    {
      guint k = idx;
      if (next_line (l, &k, n_lines, &line))
        {
          body_line = k;
          /* a date at the start of the first body paragraph: "Thursday, March 15, 2012 The…" */
          {
            ParsedDate d;
            guint e = parse_date_at (l, line.first, line.last, &d);
            if (e > line.first && !l->has_date && tok_is_capitalized (l, e, line.last))
              {
                set_published (l, &d);
                recognised = TRUE;
              }
          }
          /* a dateline at the start of the first body paragraph */
          if (m->dateline == NULL)
            {
              LineInfo info = { 0 };
              gboolean strong;
              if (parse_dateline (l, line.first, line.last, &info, &strong) > line.first && strong)
                {
                  info.kind = KIND_DATELINE;
                  apply_info (l, &info, &line);
                  recognised = TRUE;
                }
            }
        }
    }

  /* ---- foot ---- */
  if (body_line != G_MAXUINT)
    {
      guint foot[MAX_FOOT_LINES];
      guint n_foot = 0;
      guint k = n_lines;

      while (k > body_line + 1)
        {
          LineInfo info = { 0 };
          k--;
          if (!line_at (l, k, &line))
            continue;
          if (n_foot < MAX_FOOT_LINES &&
              (parse_contributor_line (l, &line, &info) ||
               parse_date_line (l, &line, &info) ||
               parse_byline_line (l, &line, &info) ||
               parse_misc_footer (l, &line, &info)))
            foot[n_foot++] = k;
          else
            {
              body_end_line = k;
              break;
            }
        }
      if (body_end_line == G_MAXUINT)
        {
          /* every line after the first body line was a footer */
          body_end_line = body_line;
        }
      /* read the footer top down */
      for (guint f = n_foot; f > 0; f--)
        {
          LineInfo info = { 0 };
          line_at (l, foot[f - 1], &line);
          if (parse_contributor_line (l, &line, &info) ||
              parse_date_line (l, &line, &info) ||
              parse_byline_line (l, &line, &info) ||
              parse_misc_footer (l, &line, &info))
            {
              apply_info (l, &info, &line);
              recognised = TRUE;
            }
        }
    }

  /* ---- body ---- */
  if (body_line != G_MAXUINT && body_end_line != G_MAXUINT && recognised)
    {
      Line first;
      const DossierRange *r = &g_array_index (ctx->lines, DossierRange, body_end_line);
      guint e = dossier_context_token_at (ctx, r->end);

      line_at (l, body_line, &first);
      m->body.start = first.start;
      /* the end of the last token of the last body line */
      m->body.end = e > 0 ? l->tok[e - 1].end : r->end;
      if (m->body.end <= m->body.start)
        m->body.end = r->end;
    }
  if (DOSSIER_RANGE_EMPTY (m->body))
    {
      m->body.start = 0;
      m->body.end = (guint) ctx->length;
    }

  if (m->outlet == NULL && !DOSSIER_RANGE_EMPTY (l->dateline_outlet))
    m->outlet = dup_range (l, l->dateline_outlet);

  set_reference (l);
}
