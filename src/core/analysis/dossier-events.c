/* dossier-events.c — the events pass: the timeline of dated happenings
 *
 * Copyright 2026 The Dossier authors
 *
 * This program is free software: you can redistribute it and/or modify it
 * under the terms of the GNU General Public License as published by the Free
 * Software Foundation, either version 3 of the License, or (at your option)
 * any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every timex of the body with a calendar value (a day, a week, a month, a
 * quarter, a year, a decade, a time of day, or a vague future) becomes one
 * timeline entry: its value as a range of ISO dates with a granularity, a
 * short label cut from its clause (the words around the timex up to the
 * nearest clause boundary, trimmed to a few words), the entities its sentence
 * mentions and the quotes that overlap the sentence. The publication date is
 * an entry too, built on its timex in the header or footer. Durations, sets,
 * unknown values (XXXX) and the vague past and present are left out.
 */
#define G_LOG_DOMAIN "dossier-events"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dossier-events.h"

/* ---- values to ranges ------------------------------------------------------ */

typedef struct
{
  char               start[48];
  char               end[48];
  DossierGranularity granularity;
  gboolean           approximate;
} DateRange;

static gboolean
read_int (const char *s, guint n, int *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

static gboolean
valid_day (int y, int m, int d)
{
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
}

static void
put_day (char *buf, int y, int m, int d)
{
  dossier_context_write_day (buf, CLAMP (y, 0, 9999), CLAMP (m, 0, 99), CLAMP (d, 0, 99));
}

static void
put_gdate (char *buf, const GDate *d)
{
  put_day (buf, g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

static void
month_range (DateRange *r, int y, int m1, int m2)
{
  int y2 = y;

  if (m2 > 12)
    {
      m2 -= 12;
      y2++;
    }
  put_day (r->start, y, m1, 1);
  put_day (r->end, y2, m2, g_date_get_days_in_month ((GDateMonth) m2, (GDateYear) y2));
}

/* The Monday of ISO week @w of ISO year @y. */
static void
iso_week_monday (int y, int w, GDate *out)
{
  int wd;

  g_date_clear (out, 1);
  g_date_set_dmy (out, 4, G_DATE_JANUARY, (GDateYear) y);
  wd = g_date_get_weekday (out);
  g_date_subtract_days (out, wd - 1);
  g_date_add_days (out, (w - 1) * 7);
}

static void
reference_range (const DossierContext *ctx, int days_before, int days_after, DateRange *r)
{
  GDate d;
  const DossierReferenceDate *ref = &ctx->reference;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) ref->day, (GDateMonth) ref->month, (GDateYear) ref->year);
  if (days_before > 0)
    g_date_subtract_days (&d, days_before);
  put_gdate (r->start, &d);
  g_date_set_dmy (&d, (GDateDay) ref->day, (GDateMonth) ref->month, (GDateYear) ref->year);
  if (days_after > 0)
    g_date_add_days (&d, days_after);
  put_gdate (r->end, &d);
}

/* snprintf (buf, 48, "%.10sT%s", date, hm) for a @date of 10 bytes or
 * more and a @hm of 5 */
static void
put_time (char       *buf,
          const char *date,
          const char *hm)
{
  memmove (buf, date, 10);
  buf[10] = 'T';
  memcpy (buf + 11, hm, 5);
  buf[16] = '\0';
}

/* A TIMEX3 value as a range; FALSE when it has no place on a calendar. */
static gboolean
value_range (const DossierContext *ctx,
             const char           *v,
             DateRange            *r)
{
  int y, m, d, h, mi;
  gsize len = strlen (v);

  memset (r, 0, sizeof *r);
  if (strcmp (v, "FUTURE_REF") == 0)
    {
      const DossierReferenceDate *ref = &ctx->reference;
      if (!ref->has_date || !valid_day (ref->year, ref->month, ref->day))
        return FALSE;
      reference_range (ctx, 0, 7, r);
      r->granularity = DOSSIER_GRANULARITY_DAY;
      r->approximate = TRUE;
      return TRUE;
    }
  if (len < 3 || !read_int (v, 3, &y))
    return FALSE;
  /* decades: 199, 199X */
  if (len == 3 || (len == 4 && v[3] == 'X'))
    {
      snprintf (r->start, sizeof r->start, "%04d-01-01", y * 10);
      snprintf (r->end, sizeof r->end, "%04d-12-31", y * 10 + 9);
      r->granularity = DOSSIER_GRANULARITY_DECADE;
      return TRUE;
    }
  if (!read_int (v, 4, &y) || y < 1)
    return FALSE;
  if (len == 4)
    {
      month_range (r, y, 1, 12);
      r->granularity = DOSSIER_GRANULARITY_YEAR;
      return TRUE;
    }
  if (v[4] != '-')
    return FALSE;
  /* 2023-Q3, 2023-H1, 2023-SU, 2023-W44, 2023-W44-WE */
  if (len == 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4')
    {
      int q = v[6] - '0';
      month_range (r, y, q * 3 - 2, q * 3);
      r->granularity = DOSSIER_GRANULARITY_QUARTER;
      return TRUE;
    }
  if (len == 7 && v[5] == 'H' && (v[6] == '1' || v[6] == '2'))
    {
      int half = v[6] - '0';
      month_range (r, y, half * 6 - 5, half * 6);
      r->granularity = DOSSIER_GRANULARITY_MONTH;
      return TRUE;
    }
  if (len == 7 && g_ascii_isupper (v[5]) && g_ascii_isupper (v[6]))
    {
      if (strcmp (v + 5, "SP") == 0)
        month_range (r, y, 3, 5);
      else if (strcmp (v + 5, "SU") == 0)
        month_range (r, y, 6, 8);
      else if (strcmp (v + 5, "FA") == 0)
        month_range (r, y, 9, 11);
      else if (strcmp (v + 5, "WI") == 0)
        month_range (r, y, 12, 14);
      else
        return FALSE;
      r->granularity = DOSSIER_GRANULARITY_QUARTER;
      r->approximate = TRUE;
      return TRUE;
    }
  if (v[5] == 'W' && len >= 8 && read_int (v + 6, 2, &d))
    {
      GDate g;
      if (d < 1 || d > 53)
        return FALSE;
      iso_week_monday (y, d, &g);
      if (len == 11 && strcmp (v + 8, "-WE") == 0)
        {
          g_date_add_days (&g, 5);
          put_gdate (r->start, &g);
          g_date_add_days (&g, 1);
          put_gdate (r->end, &g);
        }
      else if (len == 8)
        {
          put_gdate (r->start, &g);
          g_date_add_days (&g, 6);
          put_gdate (r->end, &g);
        }
      else
        return FALSE;
      r->granularity = DOSSIER_GRANULARITY_WEEK;
      return TRUE;
    }
  if (len < 7 || !read_int (v + 5, 2, &m) || m < 1 || m > 12)
    return FALSE;
  if (len == 7)
    {
      month_range (r, y, m, m);
      r->granularity = DOSSIER_GRANULARITY_MONTH;
      return TRUE;
    }
  if (len < 10 || v[7] != '-' || !read_int (v + 8, 2, &d) || !valid_day (y, m, d))
    return FALSE;
  put_day (r->start, y, m, d);
  if (len == 10)
    {
      strcpy (r->end, r->start);
      r->granularity = DOSSIER_GRANULARITY_DAY;
      return TRUE;
    }
  if (v[10] != 'T')
    return FALSE;
  /* parts of the day */
  if (len == 13 && g_ascii_isupper (v[11]))
    {
      const char *from, *to;
      if (strcmp (v + 11, "MO") == 0)
        from = "06:00", to = "11:59";
      else if (strcmp (v + 11, "AF") == 0)
        from = "12:00", to = "17:59";
      else if (strcmp (v + 11, "EV") == 0)
        from = "18:00", to = "20:59";
      else if (strcmp (v + 11, "NI") == 0)
        from = "21:00", to = "23:59";
      else if (strcmp (v + 11, "DT") == 0)
        from = "08:00", to = "17:59";
      else
        return FALSE;
      /* snprintf (r->end, sizeof r->end, "%.10sT%s", r->start, to), and
       * the start from @v: both have their 10 bytes (len == 13) */
      put_time (r->end, r->start, to);
      put_time (r->start, v, from);
      r->granularity = DOSSIER_GRANULARITY_PART_OF_DAY;
      return TRUE;
    }
  if (len >= 13 && read_int (v + 11, 2, &h) && h <= 24)
    {
      char hm[6];

      /* h and mi: two digits each (read_int () of two digits) */
      hm[0] = (char) ('0' + h / 10);
      hm[1] = (char) ('0' + h % 10);
      hm[2] = ':';
      if (len >= 16 && v[13] == ':' && read_int (v + 14, 2, &mi) && mi <= 59)
        {
          hm[3] = (char) ('0' + mi / 10);
          hm[4] = (char) ('0' + mi % 10);
          r->granularity = DOSSIER_GRANULARITY_MINUTE;
        }
      else
        {
          hm[3] = hm[4] = '0';
          r->granularity = DOSSIER_GRANULARITY_HOUR;
        }
      hm[5] = '\0';
      put_time (r->start, v, hm);
      strcpy (r->end, r->start);
      return TRUE;
    }
  return FALSE;
}

/* ---- labels ---------------------------------------------------------------- */

static gboolean
token_is (const DossierContext *ctx, const DossierToken *t, const char *word)
{
  gsize len = t->end - t->start;
  return strlen (word) == len && g_ascii_strncasecmp (ctx->text + t->start, word, len) == 0;
}


static const char * const boundary_words[] = {
  "that", "which", "who", "whom", "whose", "and", "but", "since", "because", "after", "before",
  "when", "while", "although", "though", "if", "where", "according", "whether", "until", "so",
  "then", "saying", NULL,
};

/* words that glue the timex to its clause and are left out next to it */
static const char * const glue_words[] = {
  "on", "in", "at", "by", "since", "until", "during", "for", "from", "of", "the", "early", "late",
  "this", "last", "next", "as", "to", "over", "through", "around", "about", "till", "between",
  "into", "within", "a", "an", "earlier", "later", NULL,
};

static const char * const lead_words[] = {
  "the", "and", "but", "so", "then", "also", "however", "meanwhile", NULL,
};

enum { W_BOUNDARY = 1, W_GLUE = 2, W_LEAD = 4 };

/* An open-addressing table of those words (FNV-1a of the lower-case
 * word), filled once: one probe or two a token, no allocation. */
#define KIND_SLOTS 256

typedef struct
{
  const char *word;
  char        key[16];  /* the word, NUL padded: compared 16 bytes at once */
  guint8      len;
  guint8      kind;
} KindSlot;

static KindSlot kind_slots[KIND_SLOTS];
/* The lengths (bit L) of the words by their first letter: most tokens
 * stop there, without being folded and hashed. */
static guint32 kind_lengths[3][26];  /* by the kind's bit: boundary, glue, lead */
/* The same by the first and the last letter (26: the last byte no letter). */
static guint32 kind_end_lengths[3][26][27];

/* The row of the tables above for a W_* kind (one bit). */
#define KIND_ROW(kind) ((kind) == W_BOUNDARY ? 0 : (kind) == W_GLUE ? 1 : 2)

static inline guint
letter_index (guchar c)
{
  c |= 0x20;
  return c >= 'a' && c <= 'z' ? (guint) (c - 'a') : 26;
}

static inline guint32
kind_hash (const char *w,
           guint       len)
{
  guint32 h = 2166136261u;

  for (guint i = 0; i < len; i++)
    h = (h ^ (guchar) w[i]) * 16777619u;
  return h;
}

static void
add_words (const char * const *words, guint kind)
{
  for (guint i = 0; words[i]; i++)
    {
      guint len = strlen (words[i]);
      guint32 h = kind_hash (words[i], len) & (KIND_SLOTS - 1);

      while (kind_slots[h].word != NULL && strcmp (kind_slots[h].word, words[i]) != 0)
        h = (h + 1) & (KIND_SLOTS - 1);
      g_assert (words[i][0] >= 'a' && words[i][0] <= 'z' && len < 16);
      kind_slots[h].word = words[i];
      memcpy (kind_slots[h].key, words[i], len);
      kind_slots[h].len = (guint8) len;
      kind_slots[h].kind |= (guint8) kind;
      kind_lengths[KIND_ROW (kind)][words[i][0] - 'a'] |= 1u << len;
      kind_end_lengths[KIND_ROW (kind)][words[i][0] - 'a'][letter_index ((guchar) words[i][len - 1])] |= 1u << len;
    }
}

static void
init_words (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      G_STATIC_ASSERT (G_N_ELEMENTS (boundary_words) + G_N_ELEMENTS (glue_words) +
                       G_N_ELEMENTS (lead_words) < KIND_SLOTS / 2);
      add_words (boundary_words, W_BOUNDARY);
      add_words (glue_words, W_GLUE);
      add_words (lead_words, W_LEAD);
      g_once_init_leave (&done, 1);
    }
}

static guint word_kind_folded (const DossierContext *ctx, const DossierToken *t);

/* Is the word token @t a word of @kind (one W_* bit)? The filters of
 * that kind's words inline (most tokens stop there, "the" or "of" too
 * when the kind has no such word), the look-up for the few that pass. */
G_ALWAYS_INLINE static inline gboolean
word_is_kind (const DossierContext *ctx, const DossierToken *t, guint kind)
{
  guint len = t->end - t->start;
  guint row = KIND_ROW (kind);
  guchar c0;

  if (!(t->flags & DOSSIER_TOKEN_WORD) || len >= 16 || len == 0)
    return FALSE;
  c0 = (guchar) ctx->text[t->start] | 0x20;
  if (c0 < 'a' || c0 > 'z' || !((kind_lengths[row][c0 - 'a'] >> len) & 1))
    return FALSE;
  if (!((kind_end_lengths[row][c0 - 'a'][letter_index ((guchar) ctx->text[t->start + len - 1])] >> len) & 1))
    return FALSE;
  return (word_kind_folded (ctx, t) & kind) != 0;
}

static guint
word_kind_folded (const DossierContext *ctx, const DossierToken *t)
{
  char buf[16] = { 0 };
  guint len = t->end - t->start;
  guint32 h = 2166136261u;

  for (guint i = 0; i < len; i++)
    {
      guchar c = (guchar) ctx->text[t->start + i];
      if (c >= 0x80)
        return 0;
      c = (c >= 'A' && c <= 'Z') ? (guchar) (c + 32) : c;
      buf[i] = (char) c;
      h = (h ^ c) * 16777619u;
    }
  for (h &= KIND_SLOTS - 1; kind_slots[h].word != NULL; h = (h + 1) & (KIND_SLOTS - 1))
    if (kind_slots[h].len == len && memcmp (kind_slots[h].key, buf, sizeof buf) == 0)
      return kind_slots[h].kind;
  return 0;
}

G_ALWAYS_INLINE static inline gboolean
token_in (const DossierContext *ctx, const DossierToken *t, const char * const *words)
{
  guint kind = words == boundary_words ? W_BOUNDARY : words == glue_words ? W_GLUE : W_LEAD;
  return word_is_kind (ctx, t, kind);
}

G_ALWAYS_INLINE static inline gboolean
is_boundary (const DossierContext *ctx, const DossierToken *t)
{
  if (t->flags & DOSSIER_TOKEN_QUOTE_MARK)
    return FALSE;
  if (t->flags & DOSSIER_TOKEN_PUNCT)
    {
      char c = ctx->text[t->start];
      return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '-' ||
             (guchar) c == 0xE2 /* dashes, ellipsis */ || c == '.' || c == '!' || c == '?' ||
             c == '[' || c == ']';
    }
  return token_in (ctx, t, boundary_words);
}

static gboolean
is_word (const DossierToken *t)
{
  return (t->flags & DOSSIER_TOKEN_WORD) != 0;
}

/* Appends the text of tokens [a, b) to @out, one space between words,
 * quote marks and brackets left out. */
static void
append_tokens (const DossierContext *ctx, guint a, guint b, GString *out)
{
  for (guint i = a; i < b; i++)
    {
      const DossierToken *t = dossier_context_token (ctx, i);
      if (t->flags & DOSSIER_TOKEN_QUOTE_MARK)
        continue;
      if ((t->flags & DOSSIER_TOKEN_PUNCT) && strchr ("[]()", ctx->text[t->start]) != NULL)
        continue;
      if (out->len > 0 && (t->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_WORD)))
        g_string_append_c (out, ' ');
      if (out->len + (t->end - t->start) < out->allocated_len)
        {
          /* g_string_append_len () when it fits: the scratch string
           * soon has room for any label */
          memcpy (out->str + out->len, ctx->text + t->start, t->end - t->start);
          out->len += t->end - t->start;
          out->str[out->len] = '\0';
        }
      else
        g_string_append_len (out, ctx->text + t->start, t->end - t->start);
    }
}

static guint
count_words (const DossierContext *ctx, guint a, guint b)
{
  guint n = 0;
  for (guint i = a; i < b; i++)
    if (is_word (dossier_context_token (ctx, i)))
      n++;
  return n;
}

/* The first token of [lo, hi) whose end is after @byte, or @hi. A
 * bisection without branches on the tokens (a conditional move a step):
 * the comparisons are a coin toss for the branch predictor. */
static guint
token_in_sentence (const DossierContext *ctx,
                   guint                 lo,
                   guint                 hi,
                   guint                 byte)
{
  const DossierToken *tokens = (const DossierToken *) (void *) ctx->tokens->data;
  const DossierToken *base = tokens + lo;
  guint n = hi > lo ? hi - lo : 0;

  if (n == 0)
    return lo;
  while (n > 1)
    {
      guint half = n / 2;

      base = base[half].end <= byte ? base + half : base;
      n -= half;
    }
  return (guint) (base - tokens) + (base->end <= byte);
}

#define MAX_SCAN 40  /* tokens looked at on each side: labels stay cheap in run-on text */
#define MAX_LEFT 7
#define MAX_WORDS 8

/* subject + verb + object of the clause around the timex, without the timex */
static gboolean
make_label (const DossierContext *ctx, const DossierTimexInfo *tx,
            guint si,  /* dossier_context_sentence_at (ctx, tx->start) */
            GString *out)  /* scratch, emptied here: one for all the events */
{
  const DossierSentence *s;
  guint s0, s1, a, b, l, r;

  g_string_truncate (out, 0);
  if (si >= ctx->sentences->len)
    return FALSE;
  s = &g_array_index (ctx->sentences, DossierSentence, si);
  s0 = s->first_token;
  s1 = MIN (s->first_token + s->n_tokens, ctx->tokens->len);
  /* dossier_context_token_at() within the sentence: the same answers
   * where they matter (a token past the sentence gives NULL, or is
   * clamped to its end, below), from a few nearby cache lines */
  a = token_in_sentence (ctx, s0, s1, tx->start);
  b = token_in_sentence (ctx, s0, s1, tx->end > 0 ? tx->end - 1 : 0) + 1;
  if (a < s0 || a >= s1)
    return FALSE;
  b = CLAMP (b, a + 1, s1);

  /* left: back to the clause boundary */
  l = a;
  while (l > s0 && a - l < MAX_SCAN && !is_boundary (ctx, dossier_context_token (ctx, l - 1)))
    l--;
  /* right: on to the clause boundary */
  r = b;
  while (r < s1 && r - b < MAX_SCAN && !is_boundary (ctx, dossier_context_token (ctx, r)))
    r++;
  /* "On Sunday, the council voted": a timex opening its sentence (after
   * nothing but glue) dates the clause after the comma */
  if (r == b && r + 1 < s1 && ctx->text[dossier_context_token (ctx, r)->start] == ',')
    {
      gboolean opening = TRUE;
      for (guint k = l; k < a && opening; k++)
        opening = token_in (ctx, dossier_context_token (ctx, k), glue_words) ||
                  !is_word (dossier_context_token (ctx, k));
      if (opening)
        {
          b = r + 1;
          r = b;
          while (r < s1 && r - b < MAX_SCAN && !is_boundary (ctx, dossier_context_token (ctx, r)))
            r++;
        }
    }

  /* the glue next to the timex: "on", "in the", "last" */
  {
    guint la = a, rb = b;
    while (la > l && (token_in (ctx, dossier_context_token (ctx, la - 1), glue_words) ||
                      (dossier_context_token (ctx, la - 1)->flags & DOSSIER_TOKEN_QUOTE_MARK)))
      la--;
    while (rb < r && (dossier_context_token (ctx, rb)->flags & DOSSIER_TOKEN_QUOTE_MARK))
      rb++;
    /* leading fillers of the clause */
    while (l < la && (token_in (ctx, dossier_context_token (ctx, l), lead_words) ||
                      !is_word (dossier_context_token (ctx, l))))
      {
        /* "the council" stays; "the Rafah crossing" loses its article */
        const DossierToken *t = dossier_context_token (ctx, l);
        if (token_is (ctx, t, "the") && l + 1 < la &&
            !(dossier_context_token (ctx, l + 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
          break;
        l++;
      }
    /* a long left part: keep its last name and what follows */
    if (count_words (ctx, l, la) > MAX_LEFT)
      {
        guint k = la, run = la;
        while (k > l)
          {
            const DossierToken *t = dossier_context_token (ctx, k - 1);
            if ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && is_word (t))
              {
                run = k - 1;
                while (run > l && (dossier_context_token (ctx, run - 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
                  run--;
                break;
              }
            k--;
          }
        if (run < la && run > l && count_words (ctx, run, la) <= MAX_LEFT)
          l = run;
        else
          {
            while (l < la && count_words (ctx, l, la) > MAX_LEFT)
              l++;
          }
      }
    /* a left part that ends on a name is a subject waiting for its verb:
     * keep the name alone and take the verb after the timex */
    if (la > l + 2 && (dossier_context_token (ctx, la - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
        is_word (dossier_context_token (ctx, la - 1)) && rb < r)
      {
        guint run = la - 1;
        while (run > l && (dossier_context_token (ctx, run - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
               is_word (dossier_context_token (ctx, run - 1)))
          run--;
        l = run;
      }
    append_tokens (ctx, l, la, out);
    /* a short left part: add what follows the timex in its clause */
    {
      guint nl = count_words (ctx, l, la);
      if (nl < 3)
        {
          guint end = rb, words = nl;
          while (end < r && words < MAX_WORDS - 1)
            {
              if (is_word (dossier_context_token (ctx, end)))
                words++;
              end++;
            }
          /* not ending on glue */
          while (end > rb && token_in (ctx, dossier_context_token (ctx, end - 1), glue_words))
            end--;
          append_tokens (ctx, rb, end, out);
        }
    }
  }
  if (out->len == 0)
    {
      /* nothing around it: the sentence's first words */
      guint end = s0, words = 0;
      while (end < s1 && end < a && words < MAX_WORDS)
        {
          if (end >= a && end < b)
            {
              end = b;
              continue;
            }
          if (is_word (dossier_context_token (ctx, end)))
            words++;
          end++;
        }
      append_tokens (ctx, s0, MIN (a, end), out);
    }
  if (out->len == 0 && count_words (ctx, s0, a) + count_words (ctx, b, s1) == 0 &&
      si + 1 < ctx->sentences->len)
    {
      /* a time heading alone on its line ("7:25 a.m."): what follows it */
      const DossierSentence *n = &g_array_index (ctx->sentences, DossierSentence, si + 1);
      guint n0 = n->first_token, n1 = MIN (n->first_token + n->n_tokens, ctx->tokens->len);
      guint end = n0, words = 0;
      while (end < n1 && words < MAX_WORDS - 1 &&
             !is_boundary (ctx, dossier_context_token (ctx, end)))
        {
          if (is_word (dossier_context_token (ctx, end)))
            words++;
          end++;
        }
      append_tokens (ctx, n0, end, out);
    }
  if (out->len > 0 && out->str[0] >= 'a' && out->str[0] <= 'z')
    {
      /* ASCII: what the title-casing below does to it, in place */
      out->str[0] = (char) (out->str[0] - 'a' + 'A');
    }
  else if (out->len > 0)
    {
      gunichar c = g_utf8_get_char (out->str);
      if (g_unichar_islower (c))
        {
          char buf[8];
          int n = g_unichar_to_utf8 (g_unichar_totitle (c), buf);
          int old = g_utf8_next_char (out->str) - out->str;
          g_string_erase (out, 0, old);
          g_string_insert_len (out, 0, buf, n);
        }
    }
  return out->len > 0;
}

/* ---- the pass ----------------------------------------------------------- */

static gboolean
overlaps (guint a0, guint a1, guint b0, guint b1)
{
  return a0 < b1 && b0 < a1;
}

/* A scratch list of ints, one for all the events */
typedef struct
{
  int   *data;
  guint  len, cap;
} IntList;

static void
int_list_add (IntList *list,
              int      v)
{
  if (list->len == list->cap)
    {
      list->cap = MAX (16, 2 * list->cap);
      list->data = g_renew (int, list->data, list->cap);
    }
  list->data[list->len++] = v;
}

/* A new array of the ints of @list, or a reference to @empty (one for all
 * the events: their arrays are only read) */
static GArray *
int_array (const IntList *list,
           GArray        *empty)
{
  GArray *a;

  if (list->len == 0)
    return g_array_ref (empty);
  a = g_array_sized_new (FALSE, FALSE, sizeof (int), list->len);
  g_array_append_vals (a, list->data, list->len);
  return a;
}

/* The entities and the quotes of the event's sentence. */
static void
fill_links (const DossierContext *ctx,
            DossierEventInfo     *ev,
            IntList              *found,   /* scratch */
            GArray               *empty)   /* the empty array, shared */
{
  guint s0 = ev->sentence.start, s1 = ev->sentence.end;
  int mi = dossier_context_mention_at (ctx, s0, s1);

  if (mi >= 0)
    {
      /* the next events' searches end a little further on: their
       * last steps' mentions asked for now */
      guint n = ctx->mentions->len;
      for (guint k = (guint) mi + 16; k < MIN ((guint) mi + 96, n); k += 4)
        __builtin_prefetch (&g_array_index (ctx->mentions, DossierMention, k));
    }

  /* the entities gathered in @found, then copied once into an array of
   * their size (no growing a small array one entity at a time) */
  found->len = 0;
  if (mi >= 0)
    {
      const DossierMention *mentions = (const DossierMention *) (void *) ctx->mentions->data;
      guint n_mentions = ctx->mentions->len, n_entities = ctx->entities->len;

      for (guint i = (guint) mi; i < n_mentions; i++)
        {
          const DossierMention *m = &mentions[i];
          gboolean seen = FALSE;
          if (m->start >= s1)
            break;
          if (m->entity < 0 || (guint) m->entity >= n_entities)
            continue;
          for (guint k = 0; k < found->len && !seen; k++)
            seen = found->data[k] == m->entity;
          if (!seen)
            int_list_add (found, m->entity);
        }
    }
  ev->entities = int_array (found, empty);
  found->len = 0;
  {
    /* the first quote that ends after the sentence starts */
    guint lo = 0, hi = ctx->quotes->len;
    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index (ctx->quotes, DossierQuoteInfo, mid).end <= s0)
          lo = mid + 1;
        else
          hi = mid;
      }
    /* quotes are sorted by start; an earlier, longer one may still overlap */
    while (lo > 0 && g_array_index (ctx->quotes, DossierQuoteInfo, lo - 1).end > s0)
      lo--;
  for (guint q = lo; q < ctx->quotes->len; q++)
    {
      const DossierQuoteInfo *qi = &g_array_index (ctx->quotes, DossierQuoteInfo, q);
      int qq = (int) q;
      if (qi->start >= s1)
        break;
      if (overlaps (qi->start, qi->end, s0, s1))
        int_list_add (found, qq);
    }
  }
  ev->quotes = int_array (found, empty);
}

static int
compare_events (const DossierEventInfo *a, const DossierEventInfo *b)
{
  int c = strcmp (a->date_start, b->date_start);

  if (c != 0)
    return c;
  c = strcmp (a->date_end, b->date_end);
  if (c != 0)
    return c;
  return a->timex - b->timex;
}

/* An event's sort key: the first 16 bytes of its dates (NUL padded),
 * big-endian, so that comparing the numbers compares the strings as
 * strcmp() does; compare_events() decides only when they are equal and
 * the dates may be longer. */
typedef struct
{
  guint64                 start[2];
  guint64                 end[2];
  const DossierEventInfo *ev;
} EventKey;

static void
date_key (const char *date, guint64 key[2])
{
  char buf[16] = { 0 };
  guint64 k;

  memcpy (buf, date, strnlen (date, sizeof buf));
  memcpy (&k, buf, 8);
  key[0] = GUINT64_FROM_BE (k);
  memcpy (&k, buf + 8, 8);
  key[1] = GUINT64_FROM_BE (k);
}

#define CMP_KEY(x, y) if ((x) != (y)) return (x) < (y) ? -1 : 1

static inline int
compare_keys (const EventKey *a,
              const EventKey *b)
{
  CMP_KEY (a->start[0], b->start[0]);
  CMP_KEY (a->start[1], b->start[1]);
  /* equal so far: the same string, unless both go on past 16 bytes */
  if ((a->start[1] & 0xff) != 0)
    return compare_events (a->ev, b->ev);
  CMP_KEY (a->end[0], b->end[0]);
  CMP_KEY (a->end[1], b->end[1]);
  if ((a->end[1] & 0xff) != 0)
    return compare_events (a->ev, b->ev);
  return a->ev->timex - b->ev->timex;
}

#undef CMP_KEY

/* A stable merge sort of the indexes @idx of @n keys (as glibc's qsort ()
 * sorts, with the comparison inline); @tmp: room for @n. Returns @idx or
 * @tmp, where the sorted indexes are. */
static guint32 *
sort_keys (const EventKey *keys,
           guint32        *idx,
           guint32        *tmp,
           guint           n)
{
  guint32 *from = idx, *to = tmp;

  for (guint width = 1; width < n; width *= 2)
    {
      for (guint lo = 0; lo < n; lo += 2 * width)
        {
          guint mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);
          guint i = lo, j = mid, k = lo;

          /* the side taken by a conditional move, not a branch */
          while (i < mid && j < hi)
            {
              guint32 fi = from[i], fj = from[j];
              guint take_j = compare_keys (&keys[fj], &keys[fi]) < 0;

              to[k++] = take_j ? fj : fi;
              j += take_j;
              i += 1 - take_j;
            }
          while (i < mid)
            to[k++] = from[i++];
          while (j < hi)
            to[k++] = from[j++];
        }
      {
        guint32 *x = from;
        from = to;
        to = x;
      }
    }
  return from;
}

/* A date of value_range () ("2023-11-02" or "2023-11-02T21:00") as a
 * number in the order strcmp () puts them: the day's digits, then 0 for
 * no time of day, else 1 + its four digits. FALSE for any other string. */
static gboolean
date_code (const char *d,
           guint64    *code)
{
  const guchar *u = (const guchar *) d;
  guint bad, hm = 0;
  guint64 day;

  /* the bytes tested without branches (a digit: its value <= 9) */
#define NUM(k) ((guint) u[k] - '0')
  bad = (NUM (0) > 9) | (NUM (1) > 9) | (NUM (2) > 9) | (NUM (3) > 9) | (u[4] != '-') |
        (NUM (5) > 9) | (NUM (6) > 9) | (u[7] != '-') | (NUM (8) > 9) | (NUM (9) > 9);
  if (bad)
    return FALSE;
  day = (guint64) (NUM (0) * 1000 + NUM (1) * 100 + NUM (2) * 10 + NUM (3)) * 10000 +
        NUM (5) * 1000 + NUM (6) * 100 + NUM (8) * 10 + NUM (9);
  if (u[10] != '\0')
    {
      bad = (u[10] != 'T') | (NUM (11) > 9) | (NUM (12) > 9) | (u[13] != ':') |
            (NUM (14) > 9) | (NUM (15) > 9);
      if (bad || u[16] != '\0')
        return FALSE;
      hm = 1 + NUM (11) * 1000 + NUM (12) * 100 + NUM (14) * 10 + NUM (15);
    }
#undef NUM
  /* day < 10^8 < 2^27, hm <= 10000 < 2^14: 41 bits */
  *code = day << 14 | hm;
  return TRUE;
}

/* An event's whole sort key in 128 bits: the start's date_code () (41
 * bits), the end's (41), the event's index (32; the events come in timex
 * order, so it orders them as their timexes). */
typedef struct
{
  guint64 hi, lo;
} PackedKey;

static inline gboolean
packed_less (const PackedKey *a,
             const PackedKey *b)
{
  return a->hi < b->hi || (a->hi == b->hi && a->lo < b->lo);
}

/* A merge sort of @n keys (all different) from @keys; @tmp: room for @n.
 * Returns @keys or @tmp, where the sorted keys are. */
static PackedKey *
sort_packed (PackedKey *keys,
             PackedKey *tmp,
             guint      n)
{
  PackedKey *from = keys, *to = tmp;

  for (guint width = 1; width < n; width *= 2)
    {
      for (guint lo = 0; lo < n; lo += 2 * width)
        {
          guint mid = MIN (lo + width, n), hi = MIN (lo + 2 * width, n);
          guint i = lo, j = mid, k = lo;

          /* the side taken by conditional moves, not a branch */
          while (i < mid && j < hi)
            {
              PackedKey ki = from[i], kj = from[j];
              gboolean take_j = packed_less (&kj, &ki);

              to[k].hi = take_j ? kj.hi : ki.hi;
              to[k].lo = take_j ? kj.lo : ki.lo;
              k++;
              j += take_j;
              i += 1 - take_j;
            }
          while (i < mid)
            to[k++] = from[i++];
          while (j < hi)
            to[k++] = from[j++];
        }
      {
        PackedKey *x = from;
        from = to;
        to = x;
      }
    }
  return from;
}

/* sort_events () of new events only (@events empty) whose dates all have
 * a date_code (): FALSE, and nothing done, otherwise. */
static gboolean
sort_events_packed (GArray                 *events,
                    const DossierEventInfo *evs,
                    guint                   n)
{
  PackedKey *keys = g_new (PackedKey, 2 * n), *sorted;

  for (guint i = 0; i < n; i++)
    {
      guint64 s, e;

      if (!date_code (evs[i].date_start, &s) || !date_code (evs[i].date_end, &e))
        {
          g_free (keys);
          return FALSE;
        }
      keys[i].hi = s << 23 | e >> 18;
      keys[i].lo = (e & ((1u << 18) - 1)) << 32 | i;
    }
  sorted = sort_packed (keys, keys + n, n);
  /* the array's own clearing of the new room is overwritten at once */
  g_array_set_size (events, n);
  for (guint i = 0; i < n; i++)
    g_array_index (events, DossierEventInfo, i) = evs[(guint32) sorted[i].lo];
  g_free (keys);
  return TRUE;
}

/* The events of @events (already there, if any) and @evs (@n_evs, new,
 * owned by the array from now on), in date order, into @events (as
 * g_array_sort (events, compare_events) would put them). */
static void
sort_events (GArray                 *events,
             const DossierEventInfo *evs,
             guint                   n_evs)
{
  guint old = events->len, n = old + n_evs;
  const DossierEventInfo *all = evs;
  DossierEventInfo *copy = NULL;
  EventKey *keys;
  guint32 *idx, *sorted;

  if (n == 0)
    return;
  if (old == 0 && sort_events_packed (events, evs, n_evs))
    return;
  if (old > 0)
    {
      /* the events already there and the new ones, together */
      copy = g_new (DossierEventInfo, n);
      memcpy (copy, events->data, old * sizeof *copy);
      if (n_evs > 0)
        memcpy (copy + old, evs, n_evs * sizeof *copy);
      all = copy;
    }
  keys = g_new (EventKey, n);
  idx = g_new (guint32, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      date_key (all[i].date_start, keys[i].start);
      date_key (all[i].date_end, keys[i].end);
      keys[i].ev = &all[i];
      idx[i] = i;
    }
  sorted = sort_keys (keys, idx, idx + n, n);
  /* the array's own clearing of the new room is overwritten at once */
  g_array_set_size (events, n);
  for (guint i = 0; i < n; i++)
    g_array_index (events, DossierEventInfo, i) = all[sorted[i]];
  g_free (idx);
  g_free (keys);
  g_free (copy);
}

static gboolean
is_published_timex (const DossierContext *ctx, const DossierTimexInfo *t)
{
  const DossierRange *pr = &ctx->metadata.published_range;
  const char *pub = ctx->metadata.published;

  if (!DOSSIER_RANGE_EMPTY (*pr))
    return overlaps (t->start, t->end, pr->start, pr->end);
  /* no range from the layout pass: a timex outside the body with the published value */
  if (pub != NULL && t->value != NULL && !DOSSIER_RANGE_EMPTY (ctx->metadata.body) &&
      !dossier_context_in_body (ctx, t->start, t->end))
    return strcmp (t->value, pub) == 0;
  return FALSE;
}

/* dossier_context_sentence_at (ctx, byte), from the answer for an earlier
 * byte (*@hint): the timexes come in text order, so it moves forward. */
static guint
sentence_at_hinted (const DossierContext *ctx,
                    guint                 byte,
                    guint                *hint)
{
  const DossierSentence *sents = (const DossierSentence *) (void *) ctx->sentences->data;
  guint n = ctx->sentences->len, h = *hint;

  if (h >= n || sents[h].start > byte)
    h = dossier_context_sentence_at (ctx, byte);
  else
    {
      /* the last sentence whose start <= byte */
      while (h + 1 < n && sents[h + 1].start <= byte)
        h++;
    }
  *hint = h;
  return h;
}

/* The labelling of a timex reads its sentence's tokens (a bisection,
 * then the scans) and the text around it, cold by then: asked for a few
 * timexes ahead, so that they come in while the events before are made.
 * @hint: sentence_at_hinted ()'s, for these timexes only. */
#define PREFETCH_AHEAD 4
#define PREFETCH_LINES 12

static void
prefetch_sentence (const DossierContext   *ctx,
                   const DossierTimexInfo *t,
                   guint                  *hint)
{
  const DossierSentence *s;
  const char *from, *to;
  guint si;

  if (t->value == NULL || t->end > ctx->length || t->end <= t->start)
    return;
  si = sentence_at_hinted (ctx, t->start, hint);
  if (si >= ctx->sentences->len)
    return;
  s = &g_array_index (ctx->sentences, DossierSentence, si);
  if (s->first_token >= ctx->tokens->len)
    return;
  from = (const char *) dossier_context_token (ctx, s->first_token);
  to = from + MIN (s->n_tokens, ctx->tokens->len - s->first_token) * sizeof (DossierToken);
  for (guint n = 0; from < to && n < PREFETCH_LINES; from += 64, n++)
    __builtin_prefetch (from);
  from = ctx->text + MAX (s->start, t->start > 256 ? t->start - 256 : 0);
  to = ctx->text + MIN (MIN (s->end, t->end + 256), ctx->length);
  for (guint n = 0; from < to && n < PREFETCH_LINES; from += 64, n++)
    __builtin_prefetch (from);
}

void
dossier_events_run (DossierContext *ctx)
{
  gboolean published_done = FALSE;
  g_autoptr(GString) label = NULL;
  guint sentence_hint = 0;
  guint prefetch_hint = 0;
  IntList found = { NULL, 0, 0 };
  DossierEventInfo *evs;
  const DossierEventInfo *prev = NULL;  /* the last event with its links filled */
  guint n_evs = 0;
  g_autoptr(GArray) empty = NULL;

  g_return_if_fail (ctx != NULL);

  init_words ();
  label = g_string_new (NULL);
  empty = g_array_new (FALSE, FALSE, sizeof (int));
  /* at most an event a timex: the pages of the unused end never touched */
  evs = g_new (DossierEventInfo, ctx->timexes->len + 1);
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      const DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      DossierEventInfo ev = { 0 };
      DateRange range;
      const char *lab;
      gsize lab_len;
      gboolean pub;
      guint si;

      if (k + PREFETCH_AHEAD < ctx->timexes->len)
        prefetch_sentence (ctx, t + PREFETCH_AHEAD, &prefetch_hint);

      if (t->value == NULL || t->end > ctx->length || t->end <= t->start)
        continue;
      if (t->type == DOSSIER_TIMEX_DURATION || t->type == DOSSIER_TIMEX_SET)
        continue;
      pub = !published_done && is_published_timex (ctx, t);
      if (!pub && !dossier_context_in_body (ctx, t->start, t->end))
        continue;
      if (!value_range (ctx, t->value, &range))
        continue;
      if (t->mod != NULL || t->ambiguous)
        range.approximate = TRUE;

      ev.timex = (int) k;
      ev.granularity = range.granularity;
      ev.approximate = range.approximate;
      si = sentence_at_hinted (ctx, t->start, &sentence_hint);
      if (si < ctx->sentences->len)
        {
          const DossierSentence *s = &g_array_index (ctx->sentences, DossierSentence, si);
          ev.sentence.start = s->start;
          ev.sentence.end = s->end;
        }
      else
        {
          ev.sentence.start = t->start;
          ev.sentence.end = t->end;
        }
      if (pub)
        {
          lab = _("Article published");
          lab_len = strlen (lab);
          ev.entities = g_array_ref (empty);
          ev.quotes = g_array_ref (empty);
          published_done = TRUE;
        }
      else
        {
          if (make_label (ctx, t, si, label))
            {
              lab = label->str;
              lab_len = label->len;
            }
          else
            {
              /* dossier_context_dup (ctx, t->start, t->end) */
              lab = ctx->text + t->start;
              lab_len = t->end - t->start;
            }
          if (prev != NULL && ev.sentence.start == prev->sentence.start &&
              ev.sentence.end == prev->sentence.end)
            {
              /* the same sentence as the event before: the same links */
              ev.entities = g_array_ref (prev->entities);
              ev.quotes = g_array_ref (prev->quotes);
            }
          else
            fill_links (ctx, &ev, &found, empty);
          prev = &evs[n_evs];
        }
      {
        /* the dates and the label in one block, as g_strdup () and
         * g_strndup () would have copied them */
        gsize ls = strlen (range.start), le = strlen (range.end);
        char *block;

        lab_len = strnlen (lab, lab_len);
        block = g_malloc (ls + le + lab_len + 3);
        memcpy (block, range.start, ls + 1);
        memcpy (block + ls + 1, range.end, le + 1);
        memcpy (block + ls + le + 2, lab, lab_len);
        block[ls + le + 2 + lab_len] = '\0';
        ev.strings = block;
        ev.date_start = block;
        ev.date_end = block + ls + 1;
        ev.label = block + ls + le + 2;
      }
      evs[n_evs++] = ev;
    }
  sort_events (ctx->events, evs, n_evs);
  g_free (evs);
  g_free (found.data);
}
