/* dossier-time.c — the time pass: temporal expressions, normalised to TIMEX3
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
 * Recognition is a left-to-right walk over the tokens of the text pass: at
 * each token a few hand-written patterns (absolute dates, weekdays, relative
 * days and periods, quarters, durations, sets, clock times) are tried and the
 * longest match wins. Normalisation works in the manner of HeidelTime: an
 * expression is first understood as an underspecified value (a weekday, a
 * month without a year, "N units ago"), then resolved against the reference
 * date (ctx->reference, the publication date) and the tense of its clause
 * (news defaults to the past). Relative days inside a quotation are resolved
 * against the day the words were spoken when the paragraph gives it.
 *
 * The whole pass is linear: one table look-up a token (a static hash table of
 * time words, filled once), no allocation in the walk except the values of
 * the timexes it keeps.
 */
#define G_LOG_DOMAIN "dossier-time"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-time.h"

/* ---- the word table ------------------------------------------------------ */

enum
{
  C_NONE = 0,
  C_WEEKDAY,    /* val 1..7 (ISO: Monday = 1) */
  C_MONTH,      /* val 1..12 */
  C_NUMWORD,    /* val: the number */
  C_ORD,        /* val: the ordinal */
  C_UNIT,       /* val: U_* | PLURAL */
  C_POD,        /* val: POD_* */
  C_SEASON,     /* val: SEASON_* */
  C_DEICTIC,    /* val: D_* */
  C_REL,        /* val: R_* */
  C_FUZZY,      /* several, few, many: an unknown count */
  C_SETWORD,    /* daily, weekly…: val U_* */
  C_POST,       /* val: P_* (ago, earlier, later…) */
  C_EDGE,       /* val: E_* (early, late, mid…) */
  C_TZ,         /* ET, EST, GMT… */
  C_APPROX,     /* val: A_* (about, around, nearly…) */
  C_DET,        /* the */
  C_EVERY,      /* every, each, per */
  C_AMPM,       /* val: 0 am, 12 pm */
  C_CLOCKWORD,  /* noon, midnight, midday: val hour */
  C_FISCAL,     /* fiscal */
  C_HOLIDAY,    /* the first word of a holiday's name */
  C_FULL,       /* full, whole, entire */
  C_COUPLE,     /* couple */
  C_DECADEW,    /* nineties: val the decade's digit */
};

enum
{
  U_NONE, U_SECOND, U_MINUTE, U_HOUR, U_DAY, U_NIGHT, U_WEEK, U_WEEKEND, U_FORTNIGHT,
  U_MONTH, U_QUARTER, U_HALF, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM, U_PERIOD,
};
#define PLURAL 0x100

enum { POD_MO = 1, POD_AF, POD_EV, POD_NI, POD_DT };
enum { SEASON_SP = 1, SEASON_SU, SEASON_FA, SEASON_WI };
enum
{
  D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_TONIGHT, D_NOW, D_RECENTLY, D_SOON, D_PREVIOUSLY,
  D_FUTURE, D_PAST, D_PRESENT, D_CURRENT, D_NOWADAYS, D_FORMERLY, D_ONCE, D_LATELY,
  D_ASAP, D_HERETOFORE, D_OVERNIGHT,
};
enum
{
  R_LAST = 1, R_PAST, R_PREVIOUS, R_NEXT, R_COMING, R_FOLLOWING, R_THIS, R_CURRENT,
  R_UPCOMING, R_RECENT, R_LATEST, R_THESE, R_THAT, R_FIRST, R_FINAL, R_PRIOR, R_SAME,
};
enum { P_AGO = 1, P_EARLIER, P_LATER, P_BEFORE, P_AFTER, P_HENCE };
enum { E_EARLY = 1, E_LATE, E_MID, E_END, E_BEGINNING, E_MIDDLE, E_EARLIER, E_LATER };
enum { A_ABOUT = 1, A_NEARLY, A_MORE, A_LESS, A_ATLEAST, A_WITHIN, A_OVER, A_UPTO };

typedef struct
{
  const char *word;
  guint8      cls;
  gint16      val;
} TimeWord;

static const TimeWord time_words[] = {
  { "monday", C_WEEKDAY, 1 }, { "tuesday", C_WEEKDAY, 2 }, { "wednesday", C_WEEKDAY, 3 },
  { "thursday", C_WEEKDAY, 4 }, { "friday", C_WEEKDAY, 5 }, { "saturday", C_WEEKDAY, 6 },
  { "sunday", C_WEEKDAY, 7 },
  { "mon.", C_WEEKDAY, 1 }, { "tue.", C_WEEKDAY, 2 }, { "tues.", C_WEEKDAY, 2 },
  { "wed.", C_WEEKDAY, 3 }, { "thu.", C_WEEKDAY, 4 }, { "thur.", C_WEEKDAY, 4 },
  { "thurs.", C_WEEKDAY, 4 }, { "fri.", C_WEEKDAY, 5 }, { "sat.", C_WEEKDAY, 6 },
  { "sun.", C_WEEKDAY, 7 },
  { "mondays", C_WEEKDAY, 1 | PLURAL }, { "tuesdays", C_WEEKDAY, 2 | PLURAL },
  { "wednesdays", C_WEEKDAY, 3 | PLURAL }, { "thursdays", C_WEEKDAY, 4 | PLURAL },
  { "fridays", C_WEEKDAY, 5 | PLURAL }, { "saturdays", C_WEEKDAY, 6 | PLURAL },
  { "sundays", C_WEEKDAY, 7 | PLURAL },

  { "january", C_MONTH, 1 }, { "february", C_MONTH, 2 }, { "march", C_MONTH, 3 },
  { "april", C_MONTH, 4 }, { "may", C_MONTH, 5 }, { "june", C_MONTH, 6 },
  { "july", C_MONTH, 7 }, { "august", C_MONTH, 8 }, { "september", C_MONTH, 9 },
  { "october", C_MONTH, 10 }, { "november", C_MONTH, 11 }, { "december", C_MONTH, 12 },
  { "jan.", C_MONTH, 1 }, { "feb.", C_MONTH, 2 }, { "mar.", C_MONTH, 3 }, { "apr.", C_MONTH, 4 },
  { "jun.", C_MONTH, 6 }, { "jul.", C_MONTH, 7 }, { "aug.", C_MONTH, 8 },
  { "sep.", C_MONTH, 9 }, { "sept.", C_MONTH, 9 }, { "oct.", C_MONTH, 10 },
  { "nov.", C_MONTH, 11 }, { "dec.", C_MONTH, 12 },
  { "jan", C_MONTH, 1 }, { "feb", C_MONTH, 2 }, { "apr", C_MONTH, 4 }, { "aug", C_MONTH, 8 },
  { "sept", C_MONTH, 9 }, { "oct", C_MONTH, 10 }, { "nov", C_MONTH, 11 }, { "dec", C_MONTH, 12 },

  { "one", C_NUMWORD, 1 }, { "two", C_NUMWORD, 2 }, { "three", C_NUMWORD, 3 },
  { "four", C_NUMWORD, 4 }, { "five", C_NUMWORD, 5 }, { "six", C_NUMWORD, 6 },
  { "seven", C_NUMWORD, 7 }, { "eight", C_NUMWORD, 8 }, { "nine", C_NUMWORD, 9 },
  { "ten", C_NUMWORD, 10 }, { "eleven", C_NUMWORD, 11 }, { "twelve", C_NUMWORD, 12 },
  { "thirteen", C_NUMWORD, 13 }, { "fourteen", C_NUMWORD, 14 }, { "fifteen", C_NUMWORD, 15 },
  { "sixteen", C_NUMWORD, 16 }, { "seventeen", C_NUMWORD, 17 }, { "eighteen", C_NUMWORD, 18 },
  { "nineteen", C_NUMWORD, 19 }, { "twenty", C_NUMWORD, 20 }, { "thirty", C_NUMWORD, 30 },
  { "forty", C_NUMWORD, 40 }, { "fifty", C_NUMWORD, 50 }, { "sixty", C_NUMWORD, 60 },
  { "seventy", C_NUMWORD, 70 }, { "eighty", C_NUMWORD, 80 }, { "ninety", C_NUMWORD, 90 },
  { "hundred", C_NUMWORD, 100 }, { "dozen", C_NUMWORD, 12 }, { "a", C_NUMWORD, -1 },
  { "an", C_NUMWORD, -1 },

  { "first", C_ORD, 1 }, { "second", C_ORD, 2 }, { "third", C_ORD, 3 }, { "fourth", C_ORD, 4 },
  { "fifth", C_ORD, 5 }, { "sixth", C_ORD, 6 }, { "seventh", C_ORD, 7 }, { "eighth", C_ORD, 8 },
  { "ninth", C_ORD, 9 }, { "tenth", C_ORD, 10 }, { "eleventh", C_ORD, 11 },
  { "twelfth", C_ORD, 12 }, { "twentieth", C_ORD, 20 }, { "nineteenth", C_ORD, 19 },
  { "twenty-first", C_ORD, 21 },

  { "seconds", C_UNIT, U_SECOND | PLURAL },
  { "minute", C_UNIT, U_MINUTE }, { "minutes", C_UNIT, U_MINUTE | PLURAL },
  { "hour", C_UNIT, U_HOUR }, { "hours", C_UNIT, U_HOUR | PLURAL },
  { "day", C_UNIT, U_DAY }, { "days", C_UNIT, U_DAY | PLURAL },
  { "nights", C_UNIT, U_NIGHT | PLURAL },
  { "week", C_UNIT, U_WEEK }, { "weeks", C_UNIT, U_WEEK | PLURAL },
  { "weekend", C_UNIT, U_WEEKEND }, { "weekends", C_UNIT, U_WEEKEND | PLURAL },
  { "fortnight", C_UNIT, U_FORTNIGHT },
  { "month", C_UNIT, U_MONTH }, { "months", C_UNIT, U_MONTH | PLURAL },
  { "quarter", C_UNIT, U_QUARTER }, { "quarters", C_UNIT, U_QUARTER | PLURAL },
  { "half", C_UNIT, U_HALF },
  { "year", C_UNIT, U_YEAR }, { "years", C_UNIT, U_YEAR | PLURAL },
  { "decade", C_UNIT, U_DECADE }, { "decades", C_UNIT, U_DECADE | PLURAL },
  { "century", C_UNIT, U_CENTURY }, { "centuries", C_UNIT, U_CENTURY | PLURAL },
  { "millennium", C_UNIT, U_MILLENNIUM },
  { "period", C_UNIT, U_PERIOD },

  { "morning", C_POD, POD_MO }, { "afternoon", C_POD, POD_AF }, { "evening", C_POD, POD_EV },
  { "night", C_POD, POD_NI }, { "overnight", C_DEICTIC, D_OVERNIGHT }, { "daytime", C_POD, POD_DT },
  { "twenties", C_DECADEW, 2 }, { "thirties", C_DECADEW, 3 }, { "forties", C_DECADEW, 4 },
  { "fifties", C_DECADEW, 5 }, { "sixties", C_DECADEW, 6 }, { "seventies", C_DECADEW, 7 },
  { "eighties", C_DECADEW, 8 }, { "nineties", C_DECADEW, 9 },
  { "mornings", C_POD, POD_MO | PLURAL }, { "afternoons", C_POD, POD_AF | PLURAL },
  { "evenings", C_POD, POD_EV | PLURAL },

  { "spring", C_SEASON, SEASON_SP }, { "summer", C_SEASON, SEASON_SU },
  { "fall", C_SEASON, SEASON_FA }, { "autumn", C_SEASON, SEASON_FA },
  { "winter", C_SEASON, SEASON_WI }, { "summers", C_SEASON, SEASON_SU | PLURAL },
  { "winters", C_SEASON, SEASON_WI | PLURAL },

  { "today", C_DEICTIC, D_TODAY }, { "yesterday", C_DEICTIC, D_YESTERDAY },
  { "tomorrow", C_DEICTIC, D_TOMORROW }, { "tonight", C_DEICTIC, D_TONIGHT },
  { "now", C_DEICTIC, D_NOW }, { "currently", C_DEICTIC, D_NOW },
  { "recently", C_DEICTIC, D_RECENTLY }, { "lately", C_DEICTIC, D_RECENTLY },
  { "soon", C_DEICTIC, D_SOON },
  { "future", C_DEICTIC, D_FUTURE }, { "past", C_DEICTIC, D_PAST },
  { "present", C_DEICTIC, D_PRESENT }, { "nowadays", C_DEICTIC, D_NOWADAYS },

  { "last", C_REL, R_LAST }, { "previous", C_REL, R_PREVIOUS },
  { "next", C_REL, R_NEXT }, { "coming", C_REL, R_COMING }, { "following", C_REL, R_FOLLOWING },
  { "this", C_REL, R_THIS }, { "current", C_REL, R_CURRENT }, { "upcoming", C_REL, R_UPCOMING },
  { "recent", C_REL, R_RECENT }, { "latest", C_REL, R_LATEST }, { "these", C_REL, R_THESE },
  { "that", C_REL, R_THAT }, { "final", C_REL, R_FINAL }, { "prior", C_REL, R_PRIOR },
  { "same", C_REL, R_SAME },

  { "several", C_FUZZY, 0 }, { "few", C_FUZZY, 0 }, { "many", C_FUZZY, 0 },
  { "some", C_FUZZY, 0 },

  { "daily", C_SETWORD, U_DAY }, { "weekly", C_SETWORD, U_WEEK },
  { "monthly", C_SETWORD, U_MONTH }, { "annually", C_SETWORD, U_YEAR },
  { "yearly", C_SETWORD, U_YEAR }, { "hourly", C_SETWORD, U_HOUR },
  { "nightly", C_SETWORD, U_NIGHT },
  { "biweekly", C_SETWORD, U_FORTNIGHT }, { "annual", C_SETWORD, -U_YEAR },

  { "ago", C_POST, P_AGO }, { "earlier", C_POST, P_EARLIER }, { "later", C_POST, P_LATER },
  { "before", C_POST, P_BEFORE }, { "after", C_POST, P_AFTER }, { "hence", C_POST, P_HENCE },

  { "early", C_EDGE, E_EARLY }, { "late", C_EDGE, E_LATE }, { "mid", C_EDGE, E_MID },
  { "end", C_EDGE, E_END }, { "beginning", C_EDGE, E_BEGINNING }, { "start", C_EDGE, E_BEGINNING },
  { "middle", C_EDGE, E_MIDDLE }, { "close", C_EDGE, E_END },

  { "et", C_TZ, 0 }, { "est", C_TZ, 0 }, { "edt", C_TZ, 0 }, { "ct", C_TZ, 0 },
  { "cst", C_TZ, 0 }, { "cdt", C_TZ, 0 }, { "mt", C_TZ, 0 }, { "mst", C_TZ, 0 },
  { "mdt", C_TZ, 0 }, { "pt", C_TZ, 0 }, { "pst", C_TZ, 0 }, { "pdt", C_TZ, 0 },
  { "gmt", C_TZ, 0 }, { "utc", C_TZ, 0 }, { "bst", C_TZ, 0 }, { "cet", C_TZ, 0 },

  { "about", C_APPROX, A_ABOUT }, { "around", C_APPROX, A_ABOUT },
  { "approximately", C_APPROX, A_ABOUT }, { "roughly", C_APPROX, A_ABOUT },
  { "nearly", C_APPROX, A_NEARLY }, { "almost", C_APPROX, A_NEARLY },
  { "more", C_APPROX, A_MORE }, { "less", C_APPROX, A_LESS }, { "fewer", C_APPROX, A_LESS },
  { "within", C_APPROX, A_WITHIN }, { "over", C_APPROX, A_OVER }, { "up", C_APPROX, A_UPTO },
  { "at", C_APPROX, A_ATLEAST },

  { "the", C_DET, 0 },
  { "every", C_EVERY, 0 }, { "each", C_EVERY, 0 }, { "per", C_EVERY, 1 },

  { "a.m.", C_AMPM, 0 }, { "am", C_AMPM, 0 }, { "p.m.", C_AMPM, 12 }, { "pm", C_AMPM, 12 },
  { "a.m", C_AMPM, 0 }, { "p.m", C_AMPM, 12 },

  { "noon", C_CLOCKWORD, 12 }, { "midday", C_CLOCKWORD, 12 }, { "midnight", C_CLOCKWORD, 24 },

  { "fiscal", C_FISCAL, 0 },

  { "christmas", C_HOLIDAY, 0 }, { "thanksgiving", C_HOLIDAY, 1 },
  { "halloween", C_HOLIDAY, 2 }, { "valentine's", C_HOLIDAY, 3 }, { "new", C_HOLIDAY, 4 },
  { "labor", C_HOLIDAY, 5 }, { "memorial", C_HOLIDAY, 6 }, { "election", C_HOLIDAY, 7 },
  { "independence", C_HOLIDAY, 8 },

  { "full", C_FULL, 0 }, { "whole", C_FULL, 0 }, { "entire", C_FULL, 0 },
  { "couple", C_COUPLE, 2 },
};

/* One per token (millions on a large text): 8 bytes, the small fields in
 * bit-fields (the asserts below keep their ranges in them). */
typedef struct
{
  int    num;          /* numbers: the value of the leading digits, else -1 */
  gint16 val;
  guint8 cls : 5;
  guint8 poss : 3;     /* bytes of a possessive 's to leave out of a span: 0, 2 or 4 */
  guint8 ndigits : 4;  /* numbers: how many leading digits (at most 12) */
  guint8 suffix : 4;   /* numbers: what follows the digits (see S_*) */
} TokInfo;

G_STATIC_ASSERT (sizeof (TokInfo) == 8);
G_STATIC_ASSERT (C_DECADEW < 32);

enum { S_NONE, S_ORD, S_S, S_CLOCK, S_OTHER, S_ISODATE, S_HYPHEN };
G_STATIC_ASSERT (S_HYPHEN < 16);  /* TokInfo.suffix */

/* An open-addressing table of the time words (FNV-1a of the lower-case
 * word): one probe or two for a word, no strcmp for most misses. */
#define WORD_SLOTS 1024
static const TimeWord *word_slots[WORD_SLOTS];
static guint8 word_lens[WORD_SLOTS];
static char word_keys[WORD_SLOTS][16];  /* the words, NUL padded */

static inline guint32
word_hash (const char *w, guint len)
{
  guint32 h = 2166136261u;
  for (guint i = 0; i < len; i++)
    h = (h ^ (guchar) w[i]) * 16777619u;
  return h;
}

/* A filter in front of the table, for the tokenizer's every word: the
 * bytes lengths (bit L of a mask) of the time words by their first two
 * characters, folded as fold_word() folds them (see pair_class()). A word
 * whose mask bit is clear cannot be in the table: most words stop here,
 * without being folded and hashed. */
#define PAIR_CLASSES 28
G_STATIC_ASSERT (PAIR_CLASSES + 1 <= 32);
static guint32 pair_lengths[PAIR_CLASSES][32];  /* rows of 32: a shift to index */
/* The same by the first three characters ("the" passes the pair test as
 * "thu" does, not this one); 0 for the third of a shorter word. */
static guint32 triple_lengths[PAIR_CLASSES][PAIR_CLASSES][PAIR_CLASSES];
/* The same by the first and the last byte (the last a byte_pair_class ():
 * PAIR_CLASSES for the last byte of a curly apostrophe). */
static guint32 end_lengths[PAIR_CLASSES][32];

/* 0: the end of the word; 1..26: a letter of either case; 27: any other
 * ASCII byte (and the curly apostrophe, which folds to '). */
static inline guint
pair_class (guchar c)
{
  c |= 0x20;
  return c >= 'a' && c <= 'z' ? (guint) (c - 'a' + 1) : 27;
}

static void init_byte_tables (void);

/* The time words of 8 bytes or less by their bytes as a little-endian
 * number (zero past the word): a multiplicative hash, one or two probes
 * of a small table, for the short ASCII words of the text (most words),
 * without folding them byte by byte. */
#define SHORT_SLOTS 1024
typedef struct
{
  guint64         key;   /* 0: empty */
  const TimeWord *word;
} ShortSlot;
static ShortSlot short_slots[SHORT_SLOTS];

static inline guint
short_hash (guint64 key)
{
  return (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 54);
}

static void
add_short_word (const TimeWord *w)
{
  guint len = strlen (w->word);
  guint64 key = 0;
  guint h;

  if (len == 0 || len > 8)
    return;
  for (guint k = 0; k < len; k++)
    key |= (guint64) (guchar) w->word[k] << (8 * k);
  /* the first of the same words, as lookup_word_hashed () finds it */
  for (h = short_hash (key); short_slots[h].key != 0; h = (h + 1) & (SHORT_SLOTS - 1))
    if (short_slots[h].key == key)
      return;
  short_slots[h].key = key;
  short_slots[h].word = w;
}

/* lookup_word_hashed () of the folded word @key (@len <= 8 bytes, the
 * rest zero); no word of the table holds a NUL, so the key gives the
 * length. */
static inline const TimeWord *
lookup_short (guint64 key)
{
  for (guint h = short_hash (key); short_slots[h].key != 0; h = (h + 1) & (SHORT_SLOTS - 1))
    if (short_slots[h].key == key)
      return short_slots[h].word;
  return NULL;
}

static void
init_words (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      G_STATIC_ASSERT (G_N_ELEMENTS (time_words) < WORD_SLOTS / 2);
      for (guint i = 0; i < G_N_ELEMENTS (time_words); i++)
        {
          const char *w = time_words[i].word;
          guint len = strlen (w);
          guint32 h = word_hash (w, len) & (WORD_SLOTS - 1);
          guint c0 = pair_class ((guchar) w[0]);
          guint c1 = len > 1 ? pair_class ((guchar) w[1]) : 0;
          guint c2 = len > 2 ? pair_class ((guchar) w[2]) : 0;
          guint n_apostrophes = 0;

          while (word_slots[h] != NULL)
            h = (h + 1) & (WORD_SLOTS - 1);
          word_slots[h] = &time_words[i];
          word_lens[h] = (guint8) len;
          g_assert (len < sizeof word_keys[h]);
          memcpy (word_keys[h], w, len);

          /* in the text, each ' may be a curly one: two bytes more */
          for (guint k = 0; k < len; k++)
            n_apostrophes += w[k] == '\'';
          for (guint k = 0; k <= n_apostrophes; k++)
            {
              g_assert (len + 2 * k < 32);
              pair_lengths[c0][c1] |= 1u << (len + 2 * k);
              triple_lengths[c0][c1][c2] |= 1u << (len + 2 * k);
              end_lengths[c0][pair_class ((guchar) w[len - 1])] |= 1u << (len + 2 * k);
              /* a last ' written ’ ends on 0x99 */
              if (w[len - 1] == '\'' && k > 0)
                end_lengths[c0][PAIR_CLASSES] |= 1u << (len + 2 * k);
            }
        }
      init_byte_tables ();
      G_STATIC_ASSERT (G_N_ELEMENTS (time_words) < SHORT_SLOTS / 2);
      for (guint i = 0; i < G_N_ELEMENTS (time_words); i++)
        add_short_word (&time_words[i]);
      g_once_init_leave (&done, 1);
    }
}

/* pair_class() of every byte; PAIR_CLASSES for the bytes fold_word()
 * rejects (non-ASCII), but 0xE2 (maybe a curly apostrophe) is 27. */
static const guint8 byte_pair_class[256] = {
#define R4(x) x, x, x, x
#define R16(x) R4 (x), R4 (x), R4 (x), R4 (x)
  /* 0x00-0x3F */ R16 (27), R16 (27), R16 (27), R16 (27),
  /* 0x40 @, A-O */ 27, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  /* P-Z, [ \ ] ^ _ */ 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 27, 27, 27, 27,
  /* ` a-o */ 27, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
  /* p-z { | } ~ DEL */ 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 27, 27, 27, 27,
  /* 0x80-0xDF */ R16 (28), R16 (28), R16 (28), R16 (28), R16 (28), R16 (28),
  /* 0xE0-0xEF */ 28, 28, 27, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
  /* 0xF0-0xFF */ R16 (28),
#undef R16
#undef R4
};

/* pair_lengths and end_lengths by the bytes themselves (ASCII first
 * bytes; the second byte's column 256: the end of a one-byte word), for
 * one look-up each in maybe_time_word (). Only the rows of the letters
 * (the first byte of every time word) are filled. */
static guint32 pair_lengths_b[128][257];
static guint32 end_lengths_b[128][256];

static void
init_byte_tables (void)
{
  for (guint b0 = 0; b0 < 128; b0++)
    {
      guint c0 = byte_pair_class[b0];

      if (c0 < 1 || c0 > 26)
        continue;
      for (guint b1 = 0; b1 < 256; b1++)
        {
          guint c = byte_pair_class[b1];

          pair_lengths_b[b0][b1] = c == PAIR_CLASSES ? 0 : pair_lengths[c0][c];
          end_lengths_b[b0][b1] = end_lengths[c0][c];
        }
      pair_lengths_b[b0][256] = pair_lengths[c0][0];
    }
}

/* FALSE when the word @s (@len bytes, < 32) is surely not in the table. */
static inline gboolean
maybe_time_word (const char *s,
                 guint       len)
{
  guchar b0 = (guchar) s[0];
  guint c1, c2;

  if (b0 >= 0x80)
    return FALSE;  /* fold_word() fails (no word starts with ’) */
  /* pair_lengths[][] by the classes of the first two bytes (0 for a
   * non-ASCII second byte but 0xE2: fold_word() fails), then end_lengths[][]
   * by the first and the last */
  if (!((pair_lengths_b[b0][len == 1 ? 256 : (guchar) s[1]] >> len) & 1))
    return FALSE;
  if (!((end_lengths_b[b0][(guchar) s[len - 1]] >> len) & 1))
    return FALSE;
  c1 = len == 1 ? 0 : byte_pair_class[(guchar) s[1]];
  if (len > 1 && (guchar) s[1] == 0xE2)
    return TRUE;   /* maybe a curly apostrophe: the third character is further */
  c2 = len <= 2 ? 0 : byte_pair_class[(guchar) s[2]];
  if (c2 == PAIR_CLASSES)
    return FALSE;
  return (triple_lengths[byte_pair_class[b0]][c1][c2] >> len) & 1;
}

/* memcmp (a, b, len) == 0 for the short words, without the call */
static inline gboolean
same_bytes (const char *a,
            const char *b,
            guint       len)
{
  for (guint k = 0; k < len; k++)
    if (a[k] != b[k])
      return FALSE;
  return TRUE;
}

static const TimeWord *
lookup_word_len (const char *w,
                 guint       len)
{
  guint32 h = word_hash (w, len) & (WORD_SLOTS - 1);

  while (word_slots[h] != NULL)
    {
      if (word_lens[h] == len && same_bytes (word_slots[h]->word, w, len))
        return word_slots[h];
      h = (h + 1) & (WORD_SLOTS - 1);
    }
  return NULL;
}

/* Lower-cases an ASCII word of at most @size - 1 bytes into @buf; FALSE when
 * the word is too long or not ASCII. Curly apostrophes become '. */
static gboolean
fold_word (const char *s,
           guint       len,
           char       *buf,
           guint       size)
{
  guint o = 0;

  for (guint i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];
      if (o + 1 >= size)
        return FALSE;
      if (c == 0xE2 && i + 2 < len && (guchar) s[i + 1] == 0x80 && (guchar) s[i + 2] == 0x99)
        {
          buf[o++] = '\'';
          i += 2;
          continue;
        }
      if (c >= 0x80)
        return FALSE;
      buf[o++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
    }
  buf[o] = '\0';
  return TRUE;
}

/* fold_word() that also gives the folded length and its word_hash(), in
 * the same pass (the tokenizer's every word goes through it). */
G_ALWAYS_INLINE static inline gboolean
fold_word_hash (const char *s,
                guint       len,
                char       *buf,
                guint       size,
                guint      *out_len,
                guint32    *out_hash)
{
  /* ASCII lower-cased; 0xFF: a byte from 0x80 up (a curly apostrophe's
   * first byte, or no word of the table) */
  static const guint8 fold[256] = {
#define R8(x) x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7
#define F8 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF
    R8 (0x00), R8 (0x08), R8 (0x10), R8 (0x18), R8 (0x20), R8 (0x28), R8 (0x30), R8 (0x38),
    /* @ A-Z [ \ ] ^ _ */
    0x40, R8 (0x61), R8 (0x69), R8 (0x71), 0x79, 0x7A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
    R8 (0x60), R8 (0x68), R8 (0x70), R8 (0x78),
    F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8, F8,
#undef F8
#undef R8
  };
  guint o = 0;
  guint32 h = 2166136261u;

  /* the folded word is never longer than the word */
  if (len >= size)
    return FALSE;
  for (guint i = 0; i < len; i++)
    {
      guchar c = fold[(guchar) s[i]];

      if (G_UNLIKELY (c == 0xFF))
        {
          if ((guchar) s[i] == 0xE2 && i + 2 < len && (guchar) s[i + 1] == 0x80 &&
              (guchar) s[i + 2] == 0x99)
            {
              c = '\'';
              i += 2;
            }
          else
            return FALSE;
        }
      buf[o++] = (char) c;
      h = (h ^ c) * 16777619u;
    }
  buf[o] = '\0';
  *out_len = o;
  *out_hash = h;
  return TRUE;
}

/* lookup_word_len () of a word in a buffer of 16 bytes or more, NUL
 * padded to 16: compared 16 bytes at once with the padded keys */
static const TimeWord *
lookup_word_hashed (const char *w,
                    guint       len,
                    guint32     hash)
{
  guint32 h = hash & (WORD_SLOTS - 1);

  while (word_slots[h] != NULL)
    {
      if (word_lens[h] == len && memcmp (word_keys[h], w, 16) == 0)
        return word_slots[h];
      h = (h + 1) & (WORD_SLOTS - 1);
    }
  return NULL;
}

static const TimeWord *
lookup_word (const char *w)
{
  return lookup_word_len (w, strlen (w));
}

/* ---- the pass state ---------------------------------------------------- */

typedef struct
{
  guint            first, last;  /* tokens, inclusive */
  DossierTimexType type;
  char             value[40];
  const char      *mod;
  gboolean         relative;     /* resolved against the reference */
  int              gran;         /* TG_* */
  int              year, quarter;/* for the quarter/year context */
  gboolean         ambiguous;
} Match;

enum { TG_NONE, TG_TIME, TG_DAY, TG_WEEK, TG_MONTH, TG_QUARTER, TG_YEAR, TG_OTHER };

/* A token with more than the default info (a time word, a number) or
 * hyphenated: the tokens match_at () may start on, in text order. */
typedef struct
{
  guint   tok;
  TokInfo info;
} Entry;

typedef struct
{
  DossierContext *ctx;
  /* The info of the tokens of the current sentence (and a few around it):
   * tokens [win_lo, win_lo + win_len), filled from the entries when the
   * walk enters a sentence; one small buffer for the whole text, instead
   * of an 8-byte TokInfo for every token of the text. */
  TokInfo        *win;
  gint8          *win_tense;  /* per window token: the tense + 10, 0 until computed */
  guint           win_lo, win_len, win_cap;
  const Entry    *entries;
  guint           n_entries;
  guint           n;
  gboolean        has_ref;
  int             ry, rm, rd;
  gboolean        has_time;
  int             rh, rmin;
  GDate           ref;
  /* document context */
  int             last_gran;
  int             last_q_year, last_q;
  int             last_year;
  int             last_month_y, last_month_m;
  char            last_day[16];   /* the last day-valued timex, and its paragraph */
  guint           last_day_para;
  guint           para;           /* the current paragraph */
  gboolean        day_first;      /* the article writes its dates day first */
  /* the current sentence's limits */
  guint           s_first, s_end;
} Pass;

static inline const DossierToken *
tok (const Pass *p, guint i)
{
  return dossier_context_token (p->ctx, i);
}

/* What classify_token () finds for token @i (but .poss: see tok_poss ()).
 * The patterns look no further than the current sentence (cls () and the
 * is_*_token () tests stop at its end, the words before it are looked at
 * after an i > p->s_first test), which the window holds. */
static inline const TokInfo *
info_at (const Pass *p,
         guint       i)
{
  return &p->win[i - p->win_lo];
}

static inline guint
tok_len (const Pass *p, guint i)
{
  const DossierToken *t = tok (p, i);
  return t->end - t->start;
}

static inline const char *
tok_text (const Pass *p, guint i)
{
  return p->ctx->text + tok (p, i)->start;
}

/* g_ascii_tolower (), inline (GLib's is a call) */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

static inline gboolean
tok_is (const Pass *p,
        guint       i,
        const char *word)
{
  guint len;

  if (i >= p->s_end)
    return FALSE;
  len = tok_len (p, i);
  if (strlen (word) != len)
    return FALSE;
  /* g_ascii_strncasecmp (tok_text (p, i), word, len) == 0, inline */
  {
    const char *s = tok_text (p, i);

    for (guint k = 0; k < len; k++)
      if (ascii_lower (s[k]) != ascii_lower (word[k]))
        return FALSE;
  }
  return TRUE;
}

static gboolean
tok_is_char (const Pass *p,
             guint       i,
             char        c)
{
  return i < p->s_end && tok_len (p, i) == 1 && tok_text (p, i)[0] == c;
}

static inline int
cls (const Pass *p,
     guint       i)
{
  return i < p->s_end ? info_at (p, i)->cls : C_NONE;
}

static inline int
val (const Pass *p,
     guint       i)
{
  return info_at (p, i)->val;
}

static inline gboolean
capitalized (const Pass *p,
             guint       i)
{
  return (tok (p, i)->flags & DOSSIER_TOKEN_CAPITALIZED) != 0;
}

/* A bare number token (digits only, maybe with thousands commas). */
static inline gboolean
is_plain_number (const Pass *p,
                 guint       i)
{
  return i < p->s_end && info_at (p, i)->num >= 0 && info_at (p, i)->suffix == S_NONE;
}

/* What classify_token () found, for dossier_time_run (): */
enum
{
  CT_TRIGGER = 1 << 0,    /* a time word or a number: match_at () may start on it */
  CT_CANDIDATE = 1 << 1,  /* a month or a day's number: article_day_first () looks at it */
};

/* The bytes of a possessive 's (2) or ’s (4) ending the word @s, or 0. */
static inline guint
raw_poss (const char *s,
          guint       len)
{
  guchar last = (guchar) s[len - 1];

  if (last != 's' && last != 'S')
    return 0;
  if (len > 2 && s[len - 2] == '\'')
    return 2;
  if (len > 4 && last == 's' && (guchar) s[len - 4] == 0xE2 && (guchar) s[len - 3] == 0x80 &&
      (guchar) s[len - 2] == 0x99)
    return 4;
  return 0;
}

/* The info of token @i into @ti. Its .poss is right only for the tokens
 * with a class or a number: tok_poss () gives any token's. */
static inline guint
classify_token (const char         *text,
                gsize               text_len,
                const DossierToken *t,
                TokInfo            *ti)
{
  const char *s = text + t->start;
  guint len = t->end - t->start;
  guint poss;
  char buf[32];

  *ti = (TokInfo) { .num = -1 };

  if (!(t->flags & (DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_WORD)))
    return 0;
  if (t->flags & DOSSIER_TOKEN_NUMBER)
    {
      guint k = 0;
      gint64 v = 0;
      while (k < len && g_ascii_isdigit (s[k]) && k < 12)
        {
          v = v * 10 + (s[k] - '0');
          k++;
        }
      if (k == 0 || (k < len && g_ascii_isdigit (s[k])))
        return 0;
      ti->poss = raw_poss (s, len);
      if (ti->poss)
        len -= ti->poss;
      ti->num = v > G_MAXINT ? G_MAXINT : (int) v;
      ti->ndigits = k;
      if (k == len)
        ti->suffix = S_NONE;
      else if (s[k] == ',' && k <= 3)
        {
          /* 1,200: a plain (large) number, not a year */
          ti->suffix = S_OTHER;
        }
      else if (s[k] == ':')
        ti->suffix = S_CLOCK;
      else if (s[k] == '-' && k == 4 && len >= 7 && g_ascii_isdigit (s[5]))
        ti->suffix = S_ISODATE;
      else if (s[k] == '-')
        ti->suffix = S_HYPHEN;
      else if (len - k == 1 && (s[k] == 's' || s[k] == 'S'))
        ti->suffix = S_S;
      else if (len - k == 3 && s[k] == '\'' && s[k + 1] == 's')
        ti->suffix = S_OTHER;
      else if (len - k == 2 &&
               (g_ascii_strncasecmp (s + k, "st", 2) == 0 ||
                g_ascii_strncasecmp (s + k, "nd", 2) == 0 ||
                g_ascii_strncasecmp (s + k, "rd", 2) == 0 ||
                g_ascii_strncasecmp (s + k, "th", 2) == 0))
        ti->suffix = S_ORD;
      else
        ti->suffix = S_OTHER;
      return CT_TRIGGER |
             (ti->num >= 1 && ti->num <= 31 && ti->ndigits <= 2 && ti->suffix == S_NONE ?
              CT_CANDIDATE : 0);
    }

  if (!(t->flags & DOSSIER_TOKEN_WORD) || len >= sizeof buf)
    return 0;
  /* the word, or the word without its 's, may be in the table? */
  if (maybe_time_word (s, len))
    poss = raw_poss (s, len);
  else if ((poss = raw_poss (s, len)) == 0 || !maybe_time_word (s, len - poss))
    return 0;
  if (len <= 8 && t->start + 8 <= text_len)
    {
      /* a short word: its 8 bytes at once, not folded byte by byte;
       * ASCII, lower-cased as fold_word_hash () does (A-Z only) */
      guint64 x, ones = G_GUINT64_CONSTANT (0x0101010101010101), high = ones * 0x80;
      guint64 upper;
      const TimeWord *w;

      memcpy (&x, s, 8);
      x = GUINT64_FROM_LE (x);
      if (len < 8)
        x &= (G_GUINT64_CONSTANT (1) << (8 * len)) - 1;
      if ((x & high) != 0)
        goto fold;  /* not ASCII: maybe a curly apostrophe */
      /* bytes >= 'A' and not > 'Z' (no carry between bytes < 0x80) */
      upper = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1)) & high;
      x |= upper >> 2;
      w = lookup_short (x);
      if (w == NULL && poss)
        {
          /* the word without its 's (poss == 2: ASCII) */
          w = lookup_short (x & ((G_GUINT64_CONSTANT (1) << (8 * (len - 2))) - 1));
        }
      else
        poss = 0;
      if (w == NULL)
        return 0;
      ti->cls = w->cls;
      ti->val = w->val;
      ti->poss = poss;
      return CT_TRIGGER | (w->cls == C_MONTH ? CT_CANDIDATE : 0);
    }
fold:
  {
    guint flen;
    guint32 hash;
    const TimeWord *w;

    /* NUL padded to 16 for lookup_word_hashed () */
    memset (buf, 0, 16);
    if (!fold_word_hash (s, len, buf, sizeof buf, &flen, &hash))
      return 0;
    w = lookup_word_hashed (buf, flen, hash);
    if (w == NULL && poss)
      {
        buf[flen - 2] = '\0';
        w = lookup_word_len (buf, flen - 2);
      }
    else
      poss = 0;
    if (w != NULL)
      {
        /* every word of the table has a class */
        ti->cls = w->cls;
        ti->val = w->val;
        ti->poss = poss;
        return CT_TRIGGER | (w->cls == C_MONTH ? CT_CANDIDATE : 0);
      }
  }
  return 0;
}

/* TokInfo.poss of token @i: what classify_token () finds for its 's. */
static guint
tok_poss (const Pass *p,
          guint       i)
{
  const TokInfo *ti = info_at (p, i);
  const DossierToken *t;

  if (ti->cls != C_NONE || ti->num >= 0)
    return ti->poss;
  t = tok (p, i);
  if (!(t->flags & (DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_WORD)))
    return 0;
  return raw_poss (p->ctx->text + t->start, t->end - t->start);
}

static const TokInfo default_info = { .num = -1 };

/* The tokens the window holds before and after the sentence (for safety:
 * the patterns stay in the sentence) */
#define WIN_BEFORE 1
#define WIN_AFTER 4

/* Fills the window with the info of tokens [lo, hi): the default, then
 * the entries' (found from *@cursor, left at the first entry after the
 * window: the windows move forward). */
static void
fill_window (Pass  *p,
             guint  lo,
             guint  hi,
             guint *cursor)
{
  /* default_info, for memcpy () */
  static const TokInfo defaults[64] = { [0 ... 63] = { .num = -1 } };
  guint e = *cursor;

  if (hi - lo > p->win_cap)
    {
      p->win_cap = MAX (hi - lo, 2 * p->win_cap);
      g_free (p->win);
      g_free (p->win_tense);
      p->win = g_new (TokInfo, p->win_cap);
      p->win_tense = g_new (gint8, p->win_cap);
    }
  p->win_lo = lo;
  p->win_len = hi - lo;
  for (guint k = 0; k < hi - lo; k += G_N_ELEMENTS (defaults))
    memcpy (p->win + k, defaults, MIN (hi - lo - k, G_N_ELEMENTS (defaults)) * sizeof (TokInfo));
  memset (p->win_tense, 0, hi - lo);
  /* the first entry at or after lo: from the one after the last window,
   * back over the few both windows hold (or on) */
  while (e > 0 && p->entries[e - 1].tok >= lo)
    e--;
  while (e < p->n_entries && p->entries[e].tok < lo)
    e++;
  for (; e < p->n_entries && p->entries[e].tok < hi; e++)
    p->win[p->entries[e].tok - lo] = p->entries[e].info;
  *cursor = e;
}

/* ---- calendar helpers ------------------------------------------------- */

static void
fmt_day (char *buf, int y, int m, int d)
{
  if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99)
    {
      snprintf (buf, 40, "%04d-%02d-%02d", y, m, d);
      return;
    }
  dossier_context_write_day (buf, y, m, d);
}

static void
fmt_date (char *buf, const GDate *d)
{
  fmt_day (buf, g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

/* The @n digits of @v (0 <= v < 10^n) at @buf. */
static inline void
put_digits (char *buf,
            int   v,
            int   n)
{
  for (int k = n - 1; k >= 0; k--)
    {
      buf[k] = (char) ('0' + v % 10);
      v /= 10;
    }
}

/* The formats of snprintf (buf, 40, …): written by hand in the usual
 * ranges, by snprintf () outside them. */
static void
fmt_month (char *buf, int y, int m)
{
  if (y < 0 || y > 9999 || m < 0 || m > 99)
    {
      snprintf (buf, 40, "%04d-%02d", y, m);
      return;
    }
  put_digits (buf, y, 4);
  buf[4] = '-';
  put_digits (buf + 5, m, 2);
  buf[7] = '\0';
}

static void
fmt_year (char *buf, int y)
{
  if (y < 0 || y > 9999)
    {
      snprintf (buf, 40, "%04d", y);
      return;
    }
  put_digits (buf, y, 4);
  buf[4] = '\0';
}

static void
fmt_quarter (char *buf, int y, int q)
{
  if (y < 0 || y > 9999 || q < 0 || q > 9)
    {
      snprintf (buf, 40, "%04d-Q%d", y, q);
      return;
    }
  put_digits (buf, y, 4);
  buf[4] = '-';
  buf[5] = 'Q';
  buf[6] = (char) ('0' + q);
  buf[7] = '\0';
}

/* ISO week of a date: "2023-W44". */
static void
fmt_week (char *buf, const GDate *d)
{
  int y = g_date_get_year (d), w, wy;

  if (y < 1 || y > 9999)
    {
      GDateTime *dt = g_date_time_new_utc (g_date_get_year (d), g_date_get_month (d),
                                           g_date_get_day (d), 12, 0, 0);
      snprintf (buf, 40, "%04d-W%02d", g_date_time_get_week_numbering_year (dt),
                g_date_time_get_week_of_year (dt));
      g_date_time_unref (dt);
      return;
    }
  /* what GDateTime's week numbering year and week give (checked on every
   * day of the years 1 to 9999), without a GDateTime */
  w = (int) g_date_get_iso8601_week_of_year (d);
  wy = y;
  if (w >= 52 && g_date_get_month (d) == G_DATE_JANUARY)
    wy--;
  else if (w == 1 && g_date_get_month (d) == G_DATE_DECEMBER)
    wy++;
  if (wy < 0 || wy > 9999)
    {
      snprintf (buf, 40, "%04d-W%02d", wy, w);
      return;
    }
  put_digits (buf, wy, 4);
  buf[4] = '-';
  buf[5] = 'W';
  put_digits (buf + 6, w, 2);
  buf[8] = '\0';
}

static void
ref_plus_days (const Pass *p, int days, GDate *out)
{
  *out = p->ref;
  if (days > 0)
    g_date_add_days (out, days);
  else if (days < 0)
    g_date_subtract_days (out, -days);
}

static void
month_shift (int y, int m, int delta, int *oy, int *om)
{
  int k = y * 12 + (m - 1) + delta;
  *oy = k / 12;
  *om = k % 12 + 1;
}

static int
ref_quarter (const Pass *p)
{
  return (p->rm - 1) / 3 + 1;
}

static gboolean
valid_day (int y, int m, int d)
{
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
}

static gint64
day_number (int y, int m, int d)
{
  /* g_date_get_julian () of the day, without a GDate (checked equal on
   * every day of years 1-9999): day 1 is 0001-01-01 */
  static const guint16 before[2][13] = {
    { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
    { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 },
  };
  gint64 py;
  int leap;

  if (!valid_day (y, m, d))
    return 0;
  leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  py = y - 1;
  return py * 365 + py / 4 - py / 100 + py / 400 + before[leap][m] + d;
}

/* ---- tense --------------------------------------------------------------- */

static const char * const past_irregular[] = {
  "was", "were", "had", "did", "said", "told", "went", "came", "met", "took", "made", "left",
  "began", "got", "gave", "saw", "held", "rose", "fell", "won", "lost", "sold", "paid", "sent",
  "spent", "thought", "brought", "bought", "found", "led", "fled", "struck", "spoke", "wrote",
  "ran", "became", "chose", "flew", "drove", "kept", "meant", "heard", "felt", "stood", "sought",
  "fought", "caught", "taught", "broke", "shot", "hit", "knew", "grew", "drew", "threw", "wore",
  "built", "sank", "swore", "arose", "froze", "stole", "woke", "forgot", "slid", "hid", "bled",
  "dealt", "lent", "overtook", "undertook", "withdrew", "wasn't", "weren't", "didn't", "hadn't",
  "ago", "yesterday", "last",
};

static const char * const future_words[] = {
  "will", "shall", "won't", "'ll", "upcoming", "scheduled", "would",
  "might", "should", "wouldn't",
};

/* The words token_tense() looks for, in one open-addressing table (FNV-1a
 * of the folded word, as word_hash()): one look-up a token instead of two
 * hash tables and a row of strcmp()s. */
enum
{
  TW_PAST = 1 << 0,     /* past_irregular */
  TW_FUTURE = 1 << 1,   /* future_words */
  TW_TO = 1 << 2,       /* the future when "to" follows: "going to", "plans to" */
  TW_NOT_ED = 1 << 3,   /* ends in -ed but no past: "indeed", "hundred" */
  TW_PRESENT = 1 << 4,  /* "is", "says" */
};

static const char * const to_words[] = {
  "going", "is", "are", "set", "about", "plans", "plan", "expected", "expects", "due",
  "intends", "aims", "hopes", "wants", "planning", "planned", "scheduled", "intended",
};

static const char * const not_ed_words[] = {
  "indeed", "hundred", "proceed", "succeed", "exceed",
};

static const char * const present_words[] = {
  "is", "are", "am", "says", "say",
};

#define TENSE_SLOTS 512
/* The byte lengths (bit L) of the words of the table by their first byte:
 * a filter in front of the look-up */
static guint32 tense_first_len[256];
static const char *tense_slots[TENSE_SLOTS];
static guint8 tense_lens[TENSE_SLOTS];
static guint8 tense_flags[TENSE_SLOTS];

static void
add_tense_words (const char * const *words,
                 guint               n,
                 guint8              flag)
{
  for (guint i = 0; i < n; i++)
    {
      guint len = strlen (words[i]);
      guint32 h = word_hash (words[i], len) & (TENSE_SLOTS - 1);

      while (tense_slots[h] != NULL && strcmp (tense_slots[h], words[i]) != 0)
        h = (h + 1) & (TENSE_SLOTS - 1);
      tense_slots[h] = words[i];
      tense_lens[h] = (guint8) len;
      tense_flags[h] |= flag;
      /* the first byte in either case, the length with each ' maybe a
       * curly one (two bytes more) */
      {
        guint n_apostrophes = 0;
        guchar c0 = (guchar) words[i][0];

        for (guint k = 0; k < len; k++)
          n_apostrophes += words[i][k] == '\'';
        for (guint k = 0; k <= n_apostrophes; k++)
          {
            g_assert (len + 2 * k < 32);
            tense_first_len[(guchar) g_ascii_tolower (c0)] |= 1u << (len + 2 * k);
            tense_first_len[(guchar) g_ascii_toupper (c0)] |= 1u << (len + 2 * k);
            if (c0 == '\'')
              tense_first_len[0xE2] |= 1u << (len + 2 * k);
          }
      }
    }
}

static void
init_tense (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      G_STATIC_ASSERT (G_N_ELEMENTS (past_irregular) + G_N_ELEMENTS (future_words) +
                       G_N_ELEMENTS (to_words) + G_N_ELEMENTS (not_ed_words) +
                       G_N_ELEMENTS (present_words) < TENSE_SLOTS / 2);
      add_tense_words (past_irregular, G_N_ELEMENTS (past_irregular), TW_PAST);
      add_tense_words (future_words, G_N_ELEMENTS (future_words), TW_FUTURE);
      add_tense_words (to_words, G_N_ELEMENTS (to_words), TW_TO);
      add_tense_words (not_ed_words, G_N_ELEMENTS (not_ed_words), TW_NOT_ED);
      add_tense_words (present_words, G_N_ELEMENTS (present_words), TW_PRESENT);
      g_once_init_leave (&done, 1);
    }
}

/* The TW_* flags of the folded word @w (@len bytes, @hash its word_hash()). */
static guint
tense_flags_of (const char *w,
                guint       len,
                guint32     hash)
{
  guint32 h = hash & (TENSE_SLOTS - 1);

  while (tense_slots[h] != NULL)
    {
      if (tense_lens[h] == len && memcmp (tense_slots[h], w, len) == 0)
        return tense_flags[h];
      h = (h + 1) & (TENSE_SLOTS - 1);
    }
  return 0;
}

/* tok_is without the sentence limit */
static gboolean
tok_is_any (const Pass *p,
            guint       i,
            const char *word)
{
  guint len = tok_len (p, i);
  return strlen (word) == len && g_ascii_strncasecmp (tok_text (p, i), word, len) == 0;
}

/* -1 past, +1 future, 0 present or unknown, for one token. */
static int
token_tense (const Pass *p,
             guint       i)
{
  const DossierToken *t = tok (p, i);
  guint len = t->end - t->start;
  guint flen, flags;
  guint32 hash;
  gboolean ed;
  char buf[24];

  if (!(t->flags & DOSSIER_TOKEN_WORD) || len >= sizeof buf)
    return 0;
  {
    /* no word of the table, no -ed, no 'll: nothing below applies */
    const char *s = tok_text (p, i);

    if (!((tense_first_len[(guchar) s[0]] >> len) & 1) &&
        !(len >= 5 && (s[len - 2] | 0x20) == 'e' && (s[len - 1] | 0x20) == 'd') &&
        !(len > 3 && s[len - 3] == '\'' && (s[len - 2] | 0x20) == 'l' && (s[len - 1] | 0x20) == 'l'))
      return 0;
  }
  if (!fold_word_hash (tok_text (p, i), len, buf, sizeof buf, &flen, &hash))
    return 0;
  flags = tense_flags_of (buf, flen, hash);
  if (flags & TW_PAST)
    {
      /* "will be paid", "to be held": a participle, the tense is elsewhere */
      if (i > 0 && buf[0] != 'w' && (tok_is_any (p, i - 1, "be") || tok_is_any (p, i - 1, "being")))
        return 0;
      return -1;
    }
  if (flags & TW_FUTURE)
    {
      /* "had been scheduled to", "was to": a future seen from the past */
      if (i > 0 && (tok_is_any (p, i - 1, "had") || tok_is_any (p, i - 1, "been") ||
                    tok_is_any (p, i - 1, "was") || tok_is_any (p, i - 1, "were")))
        return -1;
      return 1;
    }
  /* the suffix tests on the token's bytes: a word with a curly apostrophe
   * (folded shorter) has none */
  if (flen == len && len > 3 && memcmp (buf + len - 3, "'ll", 3) == 0)
    return 1;
  if ((flags & TW_TO) && i + 1 < p->s_end && tok_is (p, i + 1, "to"))
    return 1;
  ed = flen == len && len >= 5 && buf[len - 2] == 'e' && buf[len - 1] == 'd';
  if (ed && i > 0 && (tok_is_any (p, i - 1, "be") || tok_is_any (p, i - 1, "being")))
    return 0;
  if (ed && !(t->flags & DOSSIER_TOKEN_CAPITALIZED) && !(flags & TW_NOT_ED))
    return -1;
  if (flags & TW_PRESENT)
    return 2;  /* present */
  return 0;
}

/* The tense nearest to tokens [first, last] in the sentence: the nearest
 * tense marker wins, left side first at equal distance. */
/* token_tense, computed once a token */
static int
token_tense_cached (const Pass *p,
                    guint       i)
{
  /* stored plus 10: 0 is "not yet" (the window starts zeroed) */
  gint8 *c = &p->win_tense[i - p->win_lo];

  if (*c == 0)
    *c = (gint8) (token_tense (p, i) + 10);
  return *c - 10;
}

/* The first @n bytes of @s are the lower-case ASCII letters @w, in either
 * case (as the g_ascii_tolower () comparison of tok_is ()) */
static inline gboolean
letters_are (const char *s,
             const char *w,
             guint       n)
{
  for (guint k = 0; k < n; k++)
    if (((guchar) s[k] | 0x20) != (guchar) w[k])
      return FALSE;
  return TRUE;
}

/* Token @i (< p->s_end) starts a new clause for clause_tense_within ():
 * a quote mark, ';', that, which, who, because, but, when, while,
 * after, before. By the length first, not nine tok_is () tests. */
static inline gboolean
clause_stop (const Pass *p,
             guint       i)
{
  const DossierToken *t = tok (p, i);
  const char *s = tok_text (p, i);

  if (t->flags & DOSSIER_TOKEN_QUOTE_MARK)
    return TRUE;
  switch (t->end - t->start)
    {
    case 1:
      return s[0] == ';';
    case 3:
      return letters_are (s, "who", 3) || letters_are (s, "but", 3);
    case 4:
      return letters_are (s, "that", 4) || letters_are (s, "when", 4);
    case 5:
      return letters_are (s, "which", 5) || letters_are (s, "while", 5) ||
             letters_are (s, "after", 5);
    case 6:
      return letters_are (s, "before", 6);
    case 7:
      return letters_are (s, "because", 7);
    default:
      return FALSE;
    }
}

static int
clause_tense_within (const Pass *p,
                     guint       first,
                     guint       last,
                     guint       maxd)
{
  gboolean left = TRUE, right = TRUE;

  for (guint d = 1; d <= maxd && (left || right); d++)
    {
      int t;
      if (left && first >= p->s_first + d)
        {
          guint i = first - d;
          if (tok (p, i)->flags & DOSSIER_TOKEN_QUOTE_MARK)
            left = FALSE;
          else
            {
              t = token_tense_cached (p, i);
              if (t != 0)
                return t == 2 ? 0 : t;
            }
        }
      if (right && last + d < p->s_end)
        {
          guint i = last + d;
          /* the clause ends before a new one starts */
          if (clause_stop (p, i))
            right = FALSE;
          else
            {
              t = token_tense_cached (p, i);
              if (t != 0)
                return t == 2 ? 0 : t;
            }
        }
    }
  return 0;
}

static int
clause_tense (const Pass *p,
              guint       first,
              guint       last)
{
  return clause_tense_within (p, first, last, 14);
}

/* The tense for a day without a year: a verb right next to it counts double
 * (2 or -2); one further away in the clause counts once. */
static int
day_tense (const Pass *p,
           guint       first,
           guint       last)
{
  int t;

  /* "extended to Nov. 16", "by Dec. 15", "until Jan. 14": a deadline, not the past */
  if (first > p->s_first && (tok_is (p, first - 1, "to") || tok_is (p, first - 1, "until") ||
                             tok_is (p, first - 1, "by") || tok_is (p, first - 1, "till") ||
                             tok_is (p, first - 1, "through")))
    {
      t = clause_tense (p, first, last);
      return t < 0 ? 0 : t;
    }
  t = clause_tense_within (p, first, last, 3);
  if (t != 0)
    return 2 * t;
  return clause_tense (p, first, last);
}

/* ---- resolution ---------------------------------------------------------- */

/* A weekday relative to the reference: dir < 0 the one on or before the
 * reference, > 0 the one after it, 0 the nearest (ties to the past). */
static void
resolve_weekday (const Pass *p, int wd, int dir, GDate *out)
{
  int rwd = g_date_get_weekday (&p->ref);  /* 1 = Monday */
  int back = (rwd - wd + 7) % 7;           /* 0..6 */
  int fwd = (wd - rwd + 7) % 7;            /* 0..6 */

  if (dir < 0)
    ref_plus_days (p, -back, out);
  else if (dir > 0)
    ref_plus_days (p, fwd == 0 ? 7 : fwd, out);
  else
    ref_plus_days (p, back <= fwd ? -back : fwd, out);
}

/* The year of a month/day without a year: the nearest to the reference, with
 * the tense deciding which side. d == 0: the whole month. */
static int
resolve_year (const Pass *p, int m, int d, int tense)
{
  gint64 refn = g_date_get_julian (&p->ref);
  int best = p->ry;
  gint64 best_cost = G_MAXINT64;

  for (int y = p->ry - 1; y <= p->ry + 1; y++)
    {
      gint64 n, cost;
      if (d > 0)
        n = day_number (y, m, d);
      else
        n = day_number (y, m, 15);
      if (n == 0)
        continue;
      cost = n > refn ? n - refn : refn - n;
      if (tense < 0 && n > refn + (d > 0 ? 3 : 20))
        cost += tense < -1 ? 400 : d > 0 ? 120 : 200;
      if (tense > 0 && n < refn - (d > 0 ? 3 : 20))
        cost += tense > 1 ? 400 : d > 0 ? 120 : 200;
      if (cost < best_cost)
        {
          best_cost = cost;
          best = y;
        }
    }
  return best;
}

static const char *
pod_code (int pod)
{
  switch (pod & 0xff)
    {
    case POD_MO: return "MO";
    case POD_AF: return "AF";
    case POD_EV: return "EV";
    case POD_NI: return "NI";
    case POD_DT: return "DT";
    default: return "NI";
    }
}

static const char *
season_code (int s)
{
  switch (s & 0xff)
    {
    case SEASON_SP: return "SP";
    case SEASON_SU: return "SU";
    case SEASON_FA: return "FA";
    case SEASON_WI: return "WI";
    default: return "SU";
    }
}

static const char *
edge_mod (int e)
{
  switch (e)
    {
    case E_EARLY: case E_BEGINNING: case E_EARLIER: return "START";
    case E_LATE: case E_END: case E_LATER: return "END";
    case E_MID: case E_MIDDLE: return "MID";
    default: return NULL;
    }
}

/* Duration unit letters. */
static gboolean
duration_value (char *buf, int n, int unit, gboolean fuzzy)
{
  char num[16];
  const char *u;
  gboolean timepart = FALSE;
  int mult = 1;

  switch (unit & 0xff)
    {
    case U_SECOND: u = "S"; timepart = TRUE; break;
    case U_MINUTE: u = "M"; timepart = TRUE; break;
    case U_HOUR: u = "H"; timepart = TRUE; break;
    case U_DAY: case U_NIGHT: u = "D"; break;
    case U_WEEK: u = "W"; break;
    case U_FORTNIGHT: u = "W"; mult = 2; break;
    case U_WEEKEND: u = "WE"; break;
    case U_MONTH: u = "M"; break;
    case U_QUARTER: u = "Q"; break;
    case U_HALF: u = "M"; mult = 6; break;
    case U_YEAR: u = "Y"; break;
    case U_DECADE: u = fuzzy ? "DE" : "Y"; mult = fuzzy ? 1 : 10; break;
    case U_CENTURY: u = fuzzy ? "C" : "Y"; mult = fuzzy ? 1 : 100; break;
    case U_MILLENNIUM: u = fuzzy ? "ML" : "Y"; mult = fuzzy ? 1 : 1000; break;
    default: return FALSE;
    }
  if (fuzzy)
    strcpy (num, "X");
  else
    {
      /* snprintf (num, sizeof num, "%d", n * mult), without its cost */
      gint64 v = (gint64) n * mult;
      char digits[24];
      guint nd = 0, o = 0;

      /* the int product, as "%d" prints it */
      v = (int) (guint) (guint64) v;
      if (v < 0)
        {
          num[o++] = '-';
          v = -v;
        }
      do
        {
          digits[nd++] = (char) ('0' + v % 10);
          v /= 10;
        }
      while (v > 0);
      while (nd > 0)
        num[o++] = digits[--nd];
      num[o] = '\0';
    }
  /* "PT" or "P", the number, the unit: at most 16 bytes */
  strcpy (buf, timepart ? "PT" : "P");
  strcat (buf, num);
  strcat (buf, u);
  return TRUE;
}

/* A date n units before (n < 0) or after the reference, at the unit's
 * granularity. */
static int
relative_value (const Pass *p, char *buf, int n, int unit)
{
  GDate d;
  int y, m;

  switch (unit & 0xff)
    {
    case U_DAY: case U_NIGHT:
      ref_plus_days (p, n, &d);
      fmt_date (buf, &d);
      return TG_DAY;
    case U_WEEK: case U_FORTNIGHT:
      ref_plus_days (p, n * 7 * ((unit & 0xff) == U_FORTNIGHT ? 2 : 1), &d);
      fmt_week (buf, &d);
      return TG_WEEK;
    case U_WEEKEND:
      ref_plus_days (p, n * 7, &d);
      fmt_week (buf, &d);
      strcat (buf, "-WE");
      return TG_WEEK;
    case U_MONTH:
      month_shift (p->ry, p->rm, n, &y, &m);
      fmt_month (buf, y, m);
      return TG_MONTH;
    case U_QUARTER:
      {
        int k = p->ry * 4 + ref_quarter (p) - 1 + n;
        fmt_quarter (buf, k / 4, k % 4 + 1);
        return TG_QUARTER;
      }
    case U_HALF:
      {
        int k = p->ry * 2 + (p->rm <= 6 ? 0 : 1) + n;
        snprintf (buf, 40, "%04d-H%d", k / 2, k % 2 + 1);
        return TG_OTHER;
      }
    case U_YEAR:
      fmt_year (buf, p->ry + n);
      return TG_YEAR;
    case U_DECADE:
      snprintf (buf, 40, "%03d", (p->ry + n * 10) / 10);
      return TG_OTHER;
    case U_CENTURY:
      snprintf (buf, 40, "%02d", (p->ry + n * 100) / 100);
      return TG_OTHER;
    case U_HOUR:
      if (p->has_time)
        {
          GDateTime *dt = g_date_time_new_utc (p->ry, p->rm, p->rd, p->rh, p->rmin, 0);
          GDateTime *e = g_date_time_add_hours (dt, n);
          snprintf (buf, 40, "%04d-%02d-%02dT%02d:%02d", g_date_time_get_year (e),
                    g_date_time_get_month (e), g_date_time_get_day_of_month (e),
                    g_date_time_get_hour (e), g_date_time_get_minute (e));
          g_date_time_unref (e);
          g_date_time_unref (dt);
          return TG_TIME;
        }
      ref_plus_days (p, 0, &d);
      fmt_date (buf, &d);
      return TG_DAY;
    default:
      return TG_NONE;
    }
}

/* ---- the patterns ------------------------------------------------------- */

static void
match_init (Match *m, guint first, guint last, DossierTimexType type)
{
  m->first = first;
  m->last = last;
  m->type = type;
  m->value[0] = '\0';
  m->mod = NULL;
  m->relative = FALSE;
  m->gran = TG_NONE;
  m->year = 0;
  m->quarter = 0;
  m->ambiguous = FALSE;
}

/* A year token: 4 digits, 1000..2099, or an apostrophe year ('98). */
static gboolean
is_year_token (const Pass *p, guint i, int *year)
{
  const TokInfo *ti;

  if (i >= p->s_end)
    return FALSE;
  ti = info_at (p, i);
  if (ti->num >= 0 && ti->suffix == S_NONE && ti->ndigits == 4 && ti->num >= 1000 &&
      ti->num <= 2099)
    {
      *year = ti->num;
      return TRUE;
    }
  return FALSE;
}

/* A day of the month: 1..31 with or without an ordinal suffix. */
static gboolean
is_day_token (const Pass *p, guint i, int *day)
{
  const TokInfo *ti;

  if (i >= p->s_end)
    return FALSE;
  ti = info_at (p, i);
  if (ti->num >= 1 && ti->num <= 31 && ti->ndigits <= 2 &&
      (ti->suffix == S_NONE || ti->suffix == S_ORD))
    {
      *day = ti->num;
      return TRUE;
    }
  return FALSE;
}

static gboolean is_month_word (const Pass *p, guint i, int *month);

/* A month name at i (the test of its class inline, the rest out of line) */
static inline gboolean
is_month_token (const Pass *p, guint i, int *month)
{
  return cls (p, i) == C_MONTH && is_month_word (p, i, month);
}

static gboolean
is_month_word (const Pass *p, guint i, int *month)
{
  /* month names must be capitalised; "may" and "march" are verbs too */
  if (!capitalized (p, i))
    return FALSE;
  *month = val (p, i);
  if (*month == 5 && tok_len (p, i) == 3)
    {
      /* "May" alone: only next to a day, a year or a time word */
      int x;
      if (!(is_day_token (p, i + 1, &x) || is_year_token (p, i + 1, &x) ||
            (i > p->s_first && (cls (p, i - 1) == C_REL || cls (p, i - 1) == C_EDGE ||
                                tok_is (p, i - 1, "in") || tok_is (p, i - 1, "since") ||
                                tok_is (p, i - 1, "until") || tok_is (p, i - 1, "of") ||
                                tok_is (p, i - 1, "by") || tok_is (p, i - 1, "mid") ||
                                tok_is (p, i - 1, "through")))))
        return FALSE;
      if (i > p->s_first && tok_is (p, i - 1, "in") && i + 1 < p->s_end &&
          cls (p, i + 1) == C_NONE && !(tok (p, i + 1)->flags & DOSSIER_TOKEN_PUNCT) &&
          !is_day_token (p, i + 1, &x))
        return FALSE;
    }
  if (*month == 3 && tok_len (p, i) == 5 && (tok (p, i)->flags & DOSSIER_TOKEN_SENTENCE_START))
    {
      int x;
      if (!(is_day_token (p, i + 1, &x) || is_year_token (p, i + 1, &x)))
        return FALSE;
    }
  return TRUE;
}

static int match_clock_at (const Pass *p, guint i, int *hour, int *minute);

/* Clock time at i: 5:48PM, 5:48 p.m., 3 p.m., noon. Returns the last token
 * or -1; fills hour and minute. The tests that stop most tokens inline,
 * match_clock_at () for the rest. */
static inline int
match_clock (const Pass *p, guint i, int *hour, int *minute)
{
  const TokInfo *ti;

  if (i >= p->s_end)
    return -1;
  ti = info_at (p, i);
  if (ti->cls != C_CLOCKWORD && (ti->num < 0 || ti->ndigits > 2 || ti->num > 24))
    return -1;
  return match_clock_at (p, i, hour, minute);
}

static int
match_clock_at (const Pass *p, guint i, int *hour, int *minute)
{
  const TokInfo *ti;
  const char *s;
  guint len;
  int h, mi = 0;
  guint last = i;

  if (i >= p->s_end)
    return -1;
  if (cls (p, i) == C_CLOCKWORD)
    {
      if (capitalized (p, i) && !(tok (p, i)->flags & DOSSIER_TOKEN_SENTENCE_START))
        return -1;
      if (i > p->s_first && tok_is (p, i - 1, "high"))
        return -1;
      *hour = val (p, i);
      *minute = 0;
      return (int) i;
    }
  ti = info_at (p, i);
  if (ti->num < 0 || ti->ndigits > 2)
    return -1;
  s = tok_text (p, i);
  len = tok_len (p, i);
  h = ti->num;
  if (h > 24)
    return -1;
  if (ti->suffix == S_CLOCK)
    {
      guint k = ti->ndigits + 1;
      if (k + 2 > len || !g_ascii_isdigit (s[k]) || !g_ascii_isdigit (s[k + 1]))
        return -1;
      mi = (s[k] - '0') * 10 + (s[k + 1] - '0');
      if (mi > 59)
        return -1;
      k += 2;
      if (k + 2 <= len && s[k] == ':')
        k += 3;  /* seconds */
      if (k < len)
        {
          char buf[8];
          const TimeWord *w;
          if (!fold_word (s + k, len - k, buf, sizeof buf) || (w = lookup_word (buf)) == NULL ||
              w->cls != C_AMPM)
            return -1;
          if (h > 12)
            return -1;
          h = h % 12 + w->val;
        }
      else if (cls (p, i + 1) == C_AMPM)
        {
          if (h > 12)
            return -1;
          h = h % 12 + val (p, i + 1);
          last = i + 1;
        }
    }
  else if (ti->suffix == S_OTHER)
    {
      /* 3pm */
      char buf[8];
      const TimeWord *w;
      if (!fold_word (s + ti->ndigits, len - ti->ndigits, buf, sizeof buf) ||
          (w = lookup_word (buf)) == NULL || w->cls != C_AMPM || h > 12 || h == 0)
        return -1;
      h = h % 12 + w->val;
    }
  else if (ti->suffix == S_NONE)
    {
      if (cls (p, i + 1) == C_AMPM && h >= 1 && h <= 12)
        {
          /* "am" is also a verb: "I am" never follows a number, fine */
          h = h % 12 + val (p, i + 1);
          last = i + 1;
        }
      else if (tok_is (p, i + 1, "o'clock") && h >= 1 && h <= 12)
        last = i + 1;
      else if (tok_is (p, i + 1, "in") && tok_is (p, i + 2, "the") && cls (p, i + 3) == C_POD)
        {
          int pod = val (p, i + 3) & 0xff;
          if (pod == POD_AF || pod == POD_EV || (pod == POD_NI && h >= 6))
            h = h % 12 + 12;
          last = i + 3;
        }
      else
        return -1;
    }
  else
    return -1;
  if (cls (p, last + 1) == C_TZ && capitalized (p, last + 1))
    last++;
  *hour = h;
  *minute = mi;
  return (int) last;
}

static void
fmt_time (char *buf, const char *date, int h, int mi)
{
  /* snprintf (buf, 40, "%.20sT%02d:%02d", date, CLAMP (h, 0, 99), CLAMP (mi, 0, 99)),
   * "T24:00" for h == 24 */
  gsize n = strnlen (date, 20);

  memmove (buf, date, n);
  buf[n] = 'T';
  if (h == 24)
    mi = 0;
  put_digits (buf + n + 1, CLAMP (h, 0, 99), 2);
  buf[n + 3] = ':';
  put_digits (buf + n + 4, CLAMP (mi, 0, 99), 2);
  buf[n + 6] = '\0';
}

/* A day expression that can follow a clock time: today, yesterday, Thursday,
 * Nov. 2. Returns its last token (or -1) and the date. */
static int match_day_after_time (const Pass *p, guint i, int tense, char *date);

static gboolean match_spelled_year (const Pass *p, guint i, Match *m);

/* Absolute and month-based dates. */
static gboolean
match_month_date (const Pass *p, guint i, Match *m)
{
  int month, day = 0, year = 0, x;
  guint j = i, last;
  gboolean day_first = FALSE;

  /* 2 November [2023] */
  if (is_day_token (p, i, &day) && is_month_token (p, i + 1, &month))
    {
      day_first = TRUE;
      j = i + 1;
    }
  else if (tok_is (p, i, "the") && is_day_token (p, i + 1, &day) &&
           info_at (p, i + 1)->suffix == S_ORD && tok_is (p, i + 2, "of") &&
           is_month_token (p, i + 3, &month))
    {
      day_first = TRUE;
      j = i + 3;
    }
  else if (!is_month_token (p, i, &month))
    return FALSE;
  last = j;
  if (!day_first)
    {
      if (is_day_token (p, j + 1, &day) && !(info_at (p, j + 1)->suffix == S_NONE &&
                                             tok_is_char (p, j + 2, ':')))
        {
          /* Nov. 2 — but not "March 10-year notes"… */
          last = j + 1;
          if (is_year_token (p, j + 2, &x))
            {
              year = x;
              last = j + 2;
            }
          else if (tok_is_char (p, j + 2, ',') && is_year_token (p, j + 3, &x))
            {
              year = x;
              last = j + 3;
            }
        }
      else if (is_year_token (p, j + 1, &x))
        {
          year = x;
          last = j + 1;
        }
      else if (tok_is_char (p, j + 1, ',') && is_year_token (p, j + 2, &x) &&
               !tok_is_char (p, j + 3, ','))
        {
          year = x;
          last = j + 2;
        }
      else if (tok_is (p, j + 1, "of") && is_year_token (p, j + 2, &x))
        {
          year = x;
          last = j + 2;
        }
      else if (cls (p, j + 1) == C_NUMWORD)
        {
          Match sy;
          if (match_spelled_year (p, j + 1, &sy))
            {
              year = sy.year;
              last = sy.last;
            }
        }
    }
  else
    {
      if (is_year_token (p, j + 1, &x))
        {
          year = x;
          last = j + 1;
        }
    }

  /* bare month names that are not dates: "Jan Kavan", "the annual March for Life" */
  if (day == 0 && year == 0 && !day_first)
    {
      if (tok_len (p, i) == 3 && month != 5 && !(tok (p, i)->flags & DOSSIER_TOKEN_ABBREVIATION))
        return FALSE;
      if (i > p->s_first && (tok_is (p, i - 1, "annual") ||
                             (tok (p, i - 1)->flags & DOSSIER_TOKEN_QUOTE_MARK)))
        return FALSE;
      if ((tok_is (p, i + 1, "for") || tok_is (p, i + 1, "of")) && i + 2 < p->s_end &&
          capitalized (p, i + 2))
        return FALSE;
    }
  /* October this year, April next year, June 16, last year */
  {
    guint k = last + 1;
    if (tok_is_char (p, k, ','))
      k++;
    if (year == 0 && (tok_is (p, k, "this") || tok_is (p, k, "last") || tok_is (p, k, "next")) &&
        tok_is (p, k + 1, "year") && p->has_ref)
      {
        year = tok_is (p, k, "this") ? p->ry : tok_is (p, k, "last") ? p->ry - 1 : p->ry + 1;
        last = k + 1;
      }
  }
  match_init (m, i, last, DOSSIER_TIMEX_DATE);
  if (day > 0)
    {
      if (year == 0)
        {
          if (p->has_ref)
            {
              year = resolve_year (p, month, day, day_tense (p, i, last));
              m->relative = TRUE;
            }
        }
      if (year == 0)
        snprintf (m->value, 40, "XXXX-%02d-%02d", month, day);
      else if (!valid_day (year, month, day))
        return FALSE;
      else
        fmt_day (m->value, year, month, day);
      m->gran = TG_DAY;
    }
  else
    {
      if (year == 0)
        {
          if (p->has_ref)
            {
              year = resolve_year (p, month, 0, clause_tense (p, i, last));
              m->relative = TRUE;
            }
        }
      if (year == 0)
        snprintf (m->value, 40, "XXXX-%02d", month);
      else
        fmt_month (m->value, year, month);
      m->gran = TG_MONTH;
    }
  m->year = year;

  /* a time after the date: "November 2, 2023 at 5:48PM", "Nov. 2, 5 p.m." */
  if (day > 0)
    {
      guint k = last + 1;
      int h, mi, l;
      if (tok_is (p, k, "at") || tok_is_char (p, k, ','))
        k++;
      if ((l = match_clock (p, k, &h, &mi)) >= 0)
        {
          char date[40];
          strcpy (date, m->value);
          fmt_time (m->value, date, h, mi);
          m->last = (guint) l;
          m->type = DOSSIER_TIMEX_TIME;
          m->gran = TG_TIME;
        }
    }
  return TRUE;
}

/* 2023-11-02, 2023-11, 11/02/2023, 11/2/98 */
static gboolean
match_numeric_date (const Pass *p, guint i, Match *m)
{
  const TokInfo *ti = info_at (p, i);
  guint len = tok_len (p, i);
  char s[16] = { 0 };

  if (ti->suffix == S_ISODATE)
    {
      int y = ti->num, mo = 0, d = 0;
      gboolean parsed = FALSE;

      /* sscanf() on a pointer into the article would measure the whole
       * rest of the text on every call: scan a short copy instead. */
      memcpy (s, tok_text (p, i), MIN (len, sizeof s - 1));

      if (len == 10 && s[4] == '-' && s[7] == '-')
        {
          if (g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]) &&
              g_ascii_isdigit (s[3]) && g_ascii_isdigit (s[5]) && g_ascii_isdigit (s[6]) &&
              g_ascii_isdigit (s[8]) && g_ascii_isdigit (s[9]))
            {
              /* all digits: what the sscanf() below reads */
              y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
              mo = (s[5] - '0') * 10 + (s[6] - '0');
              d = (s[8] - '0') * 10 + (s[9] - '0');
              parsed = TRUE;
            }
          else
            parsed = sscanf (s, "%4d-%2d-%2d", &y, &mo, &d) == 3;
        }
      if (parsed && valid_day (y, mo, d))
        {
          match_init (m, i, i, DOSSIER_TIMEX_DATE);
          fmt_day (m->value, y, mo, d);
          m->gran = TG_DAY;
          return TRUE;
        }
      if (len == 7 && s[4] == '-' && sscanf (s, "%4d-%2d", &y, &mo) == 2 && mo >= 1 && mo <= 12)
        {
          match_init (m, i, i, DOSSIER_TIMEX_DATE);
          fmt_month (m->value, y, mo);
          m->gran = TG_MONTH;
          return TRUE;
        }
      return FALSE;
    }
  if (ti->suffix == S_NONE && ti->ndigits <= 2 && tok_is_char (p, i + 1, '/') &&
      is_plain_number (p, i + 2) && info_at (p, i + 2)->ndigits <= 2 && tok_is_char (p, i + 3, '/') &&
      is_plain_number (p, i + 4) && (info_at (p, i + 4)->ndigits == 4 || info_at (p, i + 4)->ndigits == 2) &&
      (tok (p, i + 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE) == 0)
    {
      int a = ti->num, b = info_at (p, i + 2)->num, y = info_at (p, i + 4)->num, mo, d;
      if (info_at (p, i + 4)->ndigits == 2)
        y += y < 50 ? 2000 : 1900;
      /* day first when the first can't be a month, month first when the
       * second can't be; otherwise the article's convention (month first,
       * as in US news, unless it writes its dates day first), flagged */
      if (a > 12 && b <= 12)
        {
          d = a;
          mo = b;
        }
      else if (b > 12 || !p->day_first)
        {
          mo = a;
          d = b;
        }
      else
        {
          d = a;
          mo = b;
        }
      if (!valid_day (y, mo, d))
        return FALSE;
      match_init (m, i, i + 4, DOSSIER_TIMEX_DATE);
      fmt_day (m->value, y, mo, d);
      m->ambiguous = a <= 12 && b <= 12 && a != b;
      m->gran = TG_DAY;
      return TRUE;
    }
  return FALSE;
}

/* Weekday [part of day] | Weekday, Month Day[, Year] */
static gboolean
match_weekday (const Pass *p, guint i, Match *m)
{
  int wd = val (p, i);
  int tense;
  GDate d;
  guint last = i;
  int pod = 0;

  if (!capitalized (p, i))
    return FALSE;
  if (wd & PLURAL)
    {
      /* Tuesdays: a set */
      match_init (m, i, i, DOSSIER_TIMEX_SET);
      snprintf (m->value, 40, "XXXX-WXX-%d", wd & 0xff);
      return TRUE;
    }
  /* Thursday, November 2, 2023 */
  {
    guint k = i + 1;
    Match inner;
    if (tok_is_char (p, k, ','))
      k++;
    if (k < p->s_end && match_month_date (p, k, &inner) && inner.gran != TG_MONTH)
      {
        *m = inner;
        m->first = i;
        return TRUE;
      }
  }
  if (cls (p, i + 1) == C_POD && !(val (p, i + 1) & PLURAL))
    {
      pod = val (p, i + 1);
      last = i + 1;
    }
  else if (tok_is_char (p, i + 1, ',') && is_plain_number (p, i + 2) && FALSE)
    last = i;

  match_init (m, i, last, DOSSIER_TIMEX_DATE);
  m->gran = TG_DAY;
  if (!p->has_ref)
    {
      snprintf (m->value, 40, "XXXX-WXX-%d", wd);
      return TRUE;
    }
  tense = clause_tense (p, i, last);
  if (i > p->s_first && (tok_is (p, i - 1, "next") || tok_is (p, i - 1, "coming") ||
                         (tok_is (p, i - 1, "as") && i >= p->s_first + 2 &&
                          (tok_is (p, i - 2, "soon") || tok_is (p, i - 2, "early")))))
    tense = 1;
  resolve_weekday (p, wd, tense > 0 ? 1 : -1, &d);
  fmt_date (m->value, &d);
  if (pod)
    {
      strcat (m->value, "T");
      strcat (m->value, pod_code (pod));
    }
  m->relative = TRUE;
  /* a clock time after: "Thursday at 3 p.m." */
  {
    int h, mi, l;
    guint k = last + 1;
    if (tok_is (p, k, "at"))
      k++;
    if (!pod && (l = match_clock (p, k, &h, &mi)) >= 0)
      {
        char date[40];
        fmt_date (date, &d);
        fmt_time (m->value, date, h, mi);
        m->last = (guint) l;
        m->type = DOSSIER_TIMEX_TIME;
        m->gran = TG_TIME;
      }
  }
  return TRUE;
}

static int
match_day_after_time (const Pass *p, guint i, int tense, char *date)
{
  GDate d;

  if (i >= p->s_end || !p->has_ref)
    return -1;
  if (cls (p, i) == C_DEICTIC)
    {
      int v = val (p, i);
      int off = v == D_TODAY || v == D_TONIGHT ? 0 : v == D_YESTERDAY ? -1 : v == D_TOMORROW ? 1 : 99;
      if (off == 99)
        return -1;
      ref_plus_days (p, off, &d);
      fmt_date (date, &d);
      return (int) i;
    }
  if (cls (p, i) == C_WEEKDAY && capitalized (p, i) && !(val (p, i) & PLURAL))
    {
      Match inner;
      guint k = i + 1;
      if (tok_is_char (p, k, ','))
        k++;
      if (match_month_date (p, k, &inner) && inner.gran == TG_DAY)
        {
          strcpy (date, inner.value);
          return (int) inner.last;
        }
      resolve_weekday (p, val (p, i), tense > 0 ? 1 : -1, &d);
      fmt_date (date, &d);
      return (int) i;
    }
  {
    Match inner;
    if (match_month_date (p, i, &inner) && inner.gran == TG_DAY)
      {
        strcpy (date, inner.value);
        return (int) inner.last;
      }
  }
  return -1;
}

/* 5:48PM [ET] [Thursday] */
static gboolean
match_time (const Pass *p, guint i, Match *m)
{
  int h, mi, l;
  char date[40];
  guint k;
  int tense;

  if ((l = match_clock (p, i, &h, &mi)) < 0)
    return FALSE;
  /* a bare "3 p.m." needs a.m./p.m.; "noon" alone is fine */
  k = (guint) l + 1;
  if (tok_is (p, k, "on"))
    k++;
  tense = clause_tense (p, i, (guint) l);
  match_init (m, i, (guint) l, DOSSIER_TIMEX_TIME);
  m->gran = TG_TIME;
  {
    int l2 = match_day_after_time (p, k, tense, date);
    if (l2 >= 0)
      {
        m->last = (guint) l2;
        fmt_time (m->value, date, h, mi);
        m->relative = TRUE;
        return TRUE;
      }
  }
  if (p->last_day[0] && p->last_day_para == p->para)
    {
      /* "On Tuesday… at 3 p.m.": the day the paragraph is telling */
      memcpy (date, p->last_day, 10);
      date[10] = '\0';
      m->relative = TRUE;
    }
  else if (p->has_ref)
    {
      GDate d;
      ref_plus_days (p, 0, &d);
      fmt_date (date, &d);
      m->relative = TRUE;
    }
  else
    strcpy (date, "XXXX-XX-XX");
  fmt_time (m->value, date, h, mi);
  return TRUE;
}

/* today, yesterday [morning], tomorrow, tonight, now, recently… */
static gboolean
match_deictic (const Pass *p, guint i, Match *m)
{
  int v = val (p, i);
  GDate d;
  int off = 0;

  match_init (m, i, i, DOSSIER_TIMEX_DATE);
  switch (v)
    {
    case D_TODAY: case D_YESTERDAY: case D_TOMORROW: case D_TONIGHT:
      /* "USA Today", "VOA Today": a title, not a day */
      if (capitalized (p, i) && !(tok (p, i)->flags & DOSSIER_TOKEN_SENTENCE_START) &&
          i > p->s_first && capitalized (p, i - 1) && (tok (p, i - 1)->flags & DOSSIER_TOKEN_WORD))
        return FALSE;
      off = v == D_YESTERDAY ? -1 : v == D_TOMORROW ? 1 : 0;
      m->gran = TG_DAY;
      m->relative = TRUE;
      if (!p->has_ref)
        {
          strcpy (m->value, v == D_TONIGHT ? "XXXX-XX-XXTNI" : "XXXX-XX-XX");
          return TRUE;
        }
      ref_plus_days (p, off, &d);
      fmt_date (m->value, &d);
      if (v == D_TONIGHT)
        strcat (m->value, "TNI");
      else if (cls (p, i + 1) == C_POD && !(val (p, i + 1) & PLURAL))
        {
          strcat (m->value, "T");
          strcat (m->value, pod_code (val (p, i + 1)));
          m->last = i + 1;
          m->type = DOSSIER_TIMEX_TIME;
        }
      {
        /* "yesterday at 3 p.m." */
        int h, mi, l;
        guint k = m->last + 1;
        if (tok_is (p, k, "at"))
          k++;
        if (m->last == i && v != D_TONIGHT && (l = match_clock (p, k, &h, &mi)) >= 0)
          {
            char date[40];
            fmt_date (date, &d);
            fmt_time (m->value, date, h, mi);
            m->last = (guint) l;
            m->type = DOSSIER_TIMEX_TIME;
            m->gran = TG_TIME;
          }
      }
      return TRUE;
    case D_OVERNIGHT:
      {
        m->type = DOSSIER_TIMEX_TIME;
        m->gran = TG_DAY;
        m->relative = TRUE;
        if (!p->has_ref)
          {
            strcpy (m->value, "XXXX-XX-XXTNI");
            return TRUE;
          }
        ref_plus_days (p, clause_tense (p, i, i) > 0 ? 0 : -1, &d);
        fmt_date (m->value, &d);
        strcat (m->value, "TNI");
        return TRUE;
      }
    case D_NOW:
      /* "now" in "now that…" is still the present; "from now" belongs to a duration */
      strcpy (m->value, "PRESENT_REF");
      m->relative = TRUE;
      return TRUE;
    case D_NOWADAYS: case D_PRESENT:
      if (v == D_PRESENT && !(i > p->s_first && (tok_is (p, i - 1, "the") || tok_is (p, i - 1, "at")) &&
                              !(cls (p, i + 1) == C_NONE && i + 1 < p->s_end &&
                                (tok (p, i + 1)->flags & DOSSIER_TOKEN_WORD))))
        return FALSE;
      strcpy (m->value, "PRESENT_REF");
      if (v == D_PRESENT && tok_is (p, i - 1, "the"))
        m->first = i - 1;
      m->relative = TRUE;
      return TRUE;
    case D_RECENTLY: case D_PREVIOUSLY: case D_FORMERLY:
      strcpy (m->value, "PAST_REF");
      m->relative = TRUE;
      return TRUE;
    case D_SOON:
      /* "soon" is mostly an adverb of sequence ("soon after", "was soon
       * released"); only "as soon as possible" and a future "soon" count */
      if (i > p->s_first && tok_is (p, i - 1, "as") && tok_is (p, i + 1, "as") &&
          tok_is (p, i + 2, "possible"))
        {
          m->first = i - 1;
          m->last = i + 2;
        }
      else if (tok_is (p, i + 1, "after") || tok_is (p, i + 1, "as") ||
               (i > p->s_first && tok_is (p, i - 1, "as")) || clause_tense (p, i, i) <= 0)
        return FALSE;
      strcpy (m->value, "FUTURE_REF");
      m->relative = TRUE;
      return TRUE;
    case D_FUTURE:
      /* "the future", "in future"; the adjective ("future earnings") is not a time */
      if (i > p->s_first && (tok_is (p, i - 1, "the") || tok_is (p, i - 1, "near")) &&
          !(i >= p->s_first + 2 && tok_is (p, i - 2, "foreseeable")))
        m->first = i - 1;
      else if (!(i > p->s_first && tok_is (p, i - 1, "in")))
        return FALSE;
      strcpy (m->value, "FUTURE_REF");
      m->relative = TRUE;
      return TRUE;
    case D_PAST:
      /* "the past" alone (not "the past two years") */
      if (!(i > p->s_first && tok_is (p, i - 1, "the")))
        return FALSE;
      if (i + 1 < p->s_end && (cls (p, i + 1) == C_UNIT || cls (p, i + 1) == C_NUMWORD ||
                               cls (p, i + 1) == C_FUZZY || cls (p, i + 1) == C_SEASON ||
                               (tok (p, i + 1)->flags & DOSSIER_TOKEN_NUMBER)))
        return FALSE;
      m->first = i - 1;
      strcpy (m->value, "PAST_REF");
      m->relative = TRUE;
      return TRUE;
    default:
      return FALSE;
    }
}

static guint read_hyphenated_count (const Pass *p, guint i, int *n);

/* Reads a count at i: 3, three, twenty-four, a, a few, several. Returns the
 * number of tokens (0: none); *n = -1 for fuzzy counts. */
static guint
read_count (const Pass *p, guint i, int *n)
{
  if (i >= p->s_end)
    return 0;
  if (is_plain_number (p, i) && info_at (p, i)->ndigits <= 4)
    {
      *n = info_at (p, i)->num;
      return 1;
    }
  if (cls (p, i) == C_NUMWORD)
    {
      int v = val (p, i);
      if (v == -1)
        {
          /* a, an, a few, a couple of */
          if (cls (p, i + 1) == C_FUZZY && tok_is (p, i + 1, "few"))
            {
              *n = -1;
              return 2;
            }
          if (cls (p, i + 1) == C_COUPLE && tok_is (p, i + 2, "of"))
            {
              *n = 2;
              return 3;
            }
          *n = 1;
          return 1;
        }
      /* twenty five */
      if (v >= 20 && v <= 90 && cls (p, i + 1) == C_NUMWORD && val (p, i + 1) > 0 &&
          val (p, i + 1) < 10)
        {
          *n = v + val (p, i + 1);
          return 2;
        }
      *n = v;
      return 1;
    }
  if (cls (p, i) == C_FUZZY)
    {
      *n = -1;
      return 1;
    }
  if (tok (p, i)->flags & DOSSIER_TOKEN_HYPHENATED)
    return read_hyphenated_count (p, i, n);
  return 0;
}

/* twenty-four: read_count () of a hyphenated token */
static G_GNUC_NO_INLINE guint
read_hyphenated_count (const Pass *p, guint i, int *n)
{
  char buf[24];
  char *dash;
  const TimeWord *a, *b;

  if (tok_len (p, i) >= sizeof buf)
    return 0;
  {
    /* the first part, a word of the table? */
    const char *s = tok_text (p, i);
    guint k = 0;

    while (k < tok_len (p, i) && s[k] != '-')
      k++;
    if (k == 0 || !maybe_time_word (s, k))
      return 0;
  }
  if (!fold_word (tok_text (p, i), tok_len (p, i), buf, sizeof buf))
    return 0;
  dash = strchr (buf, '-');
  if (dash == NULL)
    return 0;
  *dash = '\0';
  a = lookup_word (buf);
  b = lookup_word (dash + 1);
  if (a && b && a->cls == C_NUMWORD && b->cls == C_NUMWORD && a->val >= 20 && b->val > 0 &&
      b->val < 10)
    {
      *n = a->val + b->val;
      return 1;
    }
  return 0;
}

/* Parses a hyphenated adjective token: 24-hour, two-year, third-quarter,
 * year-earlier, mid-November, mid-1990s. */
static gboolean
match_hyphenated (const Pass *p, guint i, Match *m)
{
  char buf[32];
  char *parts[4];
  guint np = 0;
  const TimeWord *a, *b;
  guint len = tok_len (p, i);
  int n = -2;

  if (len >= sizeof buf)
    return FALSE;
  {
    /* every pattern below starts with a number or a word of the table
     * ("mid", "early" and "late" are): the first part may be one? */
    const char *s = tok_text (p, i);
    guint k = 0;

    while (k < len && s[k] != '-')
      k++;
    if (!g_ascii_isdigit (s[0]) && (k == 0 || !maybe_time_word (s, k)))
      return FALSE;
  }
  if (!fold_word (tok_text (p, i), len, buf, sizeof buf))
    return FALSE;
  parts[np++] = buf;
  for (char *c = buf; *c && np < 4; c++)
    if (*c == '-')
      {
        *c = '\0';
        parts[np++] = c + 1;
      }
  if (np < 2)
    return FALSE;
  a = lookup_word (parts[0]);
  b = lookup_word (parts[np - 1]);

  /* 24-hour, 10-year, two-year, twenty-four-hour */
  if (g_ascii_isdigit (parts[0][0]))
    {
      char *end;
      long v = strtol (parts[0], &end, 10);
      if (*end == '\0' && v > 0 && v < 10000)
        n = (int) v;
    }
  else if (a && a->cls == C_NUMWORD && a->val > 0)
    {
      n = a->val;
      if (np == 3)
        {
          const TimeWord *c = lookup_word (parts[1]);
          if (c && c->cls == C_NUMWORD && c->val > 0 && c->val < 10)
            n += c->val;
          else
            n = -2;
        }
    }
  else if (a && a->cls == C_FUZZY && np == 2)
    n = -1;
  if (n != -2 && b && b->cls == C_UNIT && !(b->val & PLURAL) && (np == 2 || np == 3))
    {
      if ((b->val & 0xff) == U_QUARTER || (b->val & 0xff) == U_PERIOD)
        return FALSE;
      match_init (m, i, i, DOSSIER_TIMEX_DURATION);
      if (!duration_value (m->value, n, b->val, n < 0))
        return FALSE;
      return TRUE;
    }
  /* third-quarter, fourth-quarter, first-half */
  if (np == 2 && a && a->cls == C_ORD && b && b->cls == C_UNIT &&
      ((b->val & 0xff) == U_QUARTER || (b->val & 0xff) == U_HALF))
    {
      int y = p->ry;
      match_init (m, i, i, DOSSIER_TIMEX_DATE);
      if ((b->val & 0xff) == U_QUARTER && a->val >= 1 && a->val <= 4)
        {
          int tq = clause_tense (p, i, i);
          if ((a->val > ref_quarter (p) && tq < 0) || a->val - ref_quarter (p) >= 3)
            y--;
          if (!p->has_ref)
            snprintf (m->value, 40, "XXXX-Q%d", a->val);
          else
            fmt_quarter (m->value, y, a->val);
          m->gran = TG_QUARTER;
          m->year = y;
          m->quarter = a->val;
          m->relative = TRUE;
          return TRUE;
        }
      if ((b->val & 0xff) == U_HALF && a->val >= 1 && a->val <= 2)
        {
          snprintf (m->value, 40, "%04d-H%d", y, a->val);
          m->relative = TRUE;
          return TRUE;
        }
      return FALSE;
    }
  /* year-earlier, year-ago */
  if (np == 2 && a && a->cls == C_UNIT && (a->val & 0xff) == U_YEAR && b &&
      b->cls == C_POST && (b->val == P_EARLIER || b->val == P_AGO))
    {
      match_init (m, i, i, DOSSIER_TIMEX_DATE);
      if (p->last_q && p->has_ref)
        {
          fmt_quarter (m->value, p->last_q_year - 1, p->last_q);
          m->gran = TG_QUARTER;
        }
      else if (p->has_ref)
        fmt_year (m->value, p->ry - 1);
      else
        strcpy (m->value, "XXXX");
      m->relative = TRUE;
      return TRUE;
    }
  /* year-end */
  if (np == 2 && a && a->cls == C_UNIT && (a->val & 0xff) == U_YEAR && b && b->cls == C_EDGE &&
      b->val == E_END)
    {
      match_init (m, i, i, DOSSIER_TIMEX_DATE);
      if (p->has_ref)
        {
          gboolean past = (i > p->s_first && tok_is (p, i - 1, "since")) ||
                          clause_tense (p, i, i) < 0;
          snprintf (m->value, 40, "%04d-12-31", past ? p->ry - 1 : p->ry);
        }
      else
        strcpy (m->value, "XXXX-12-31");
      m->relative = TRUE;
      return TRUE;
    }
  /* mid-November, mid-1990s, mid-1980, late-November, mid-afternoon */
  if (np == 2 && (strcmp (parts[0], "mid") == 0 || strcmp (parts[0], "early") == 0 ||
                  strcmp (parts[0], "late") == 0))
    {
      const TimeWord *w = lookup_word (parts[1]);
      match_init (m, i, i, DOSSIER_TIMEX_DATE);
      m->mod = parts[0][0] == 'm' ? "MID" : parts[0][0] == 'e' ? "START" : "END";
      if (w && w->cls == C_POD && !(w->val & PLURAL))
        {
          GDate d;
          m->type = DOSSIER_TIMEX_TIME;
          m->relative = TRUE;
          if (!p->has_ref)
            snprintf (m->value, 40, "XXXX-XX-XXT%s", pod_code (w->val));
          else
            {
              ref_plus_days (p, 0, &d);
              fmt_date (m->value, &d);
              strcat (m->value, "T");
              strcat (m->value, pod_code (w->val));
            }
          return TRUE;
        }
      if (w && w->cls == C_MONTH)
        {
          int y = p->has_ref ? resolve_year (p, w->val, 0, clause_tense (p, i, i)) : 0;
          if (y)
            fmt_month (m->value, y, w->val);
          else
            snprintf (m->value, 40, "XXXX-%02d", w->val);
          m->relative = TRUE;
          return TRUE;
        }
      if (g_ascii_isdigit (parts[1][0]) && strlen (parts[1]) == 5 && parts[1][4] == 's')
        {
          snprintf (m->value, 40, "%.3s", parts[1]);
          return TRUE;
        }
      if (g_ascii_isdigit (parts[1][0]) && strlen (parts[1]) == 4)
        {
          snprintf (m->value, 40, "%.4s", parts[1]);
          return TRUE;
        }
      if (w && w->cls == C_UNIT && (w->val & 0xff) == U_YEAR)
        {
          if (p->has_ref)
            fmt_year (m->value, p->ry);
          else
            strcpy (m->value, "XXXX");
          m->relative = TRUE;
          return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* Quarter expressions after "the"/"this"/ordinal: [the] [fiscal] third quarter
 * [of 1998 | , 1998], the latest quarter, the year-earlier quarter. Starts at
 * the ordinal or relative word; @first is where the span starts. */
static gboolean
match_quarter (const Pass *p, guint first, guint i, Match *m)
{
  int q = 0, y = 0, x;
  guint j = i, last;
  gboolean ago = FALSE, rel_prev = FALSE, current = FALSE, anaphor = FALSE;
  gboolean is_half = FALSE;

  if (cls (p, j) == C_FISCAL)
    j++;
  if (cls (p, j) == C_ORD && val (p, j) >= 1 && val (p, j) <= 4)
    {
      q = val (p, j);
      j++;
    }
  else if (cls (p, j) == C_REL && (val (p, j) == R_LATEST || val (p, j) == R_SAME ||
                                   val (p, j) == R_THAT))
    {
      anaphor = TRUE;
      j++;
    }
  else if (cls (p, j) == C_REL && (val (p, j) == R_LAST || val (p, j) == R_PREVIOUS ||
                                   val (p, j) == R_PRIOR))
    {
      rel_prev = TRUE;
      j++;
    }
  else if (cls (p, j) == C_REL && (val (p, j) == R_THIS || val (p, j) == R_CURRENT))
    {
      current = TRUE;
      j++;
    }
  else if (j < p->s_end && (tok_is (p, j, "year-earlier") || tok_is (p, j, "year-ago")))
    {
      ago = TRUE;
      j++;
    }
  if (cls (p, j) == C_FISCAL)
    j++;
  if (q == 0 && cls (p, j) == C_ORD && val (p, j) >= 1 && val (p, j) <= 4)
    {
      q = val (p, j);
      j++;
    }
  if (cls (p, j) == C_UNIT && val (p, j) == U_PERIOD && p->last_q && q == 0 &&
      (anaphor || ago) && p->has_ref)
    {
      match_init (m, first, j, DOSSIER_TIMEX_DATE);
      if (ago)
        fmt_quarter (m->value, p->last_q_year - 1, p->last_q);
      else
        fmt_quarter (m->value, p->last_q_year, p->last_q);
      m->relative = TRUE;
      return TRUE;
    }
  if (!(cls (p, j) == C_UNIT && ((val (p, j) == U_QUARTER) || val (p, j) == U_HALF)))
    return FALSE;
  is_half = val (p, j) == U_HALF;
  if (is_half && (q == 0 || q > 2))
    return FALSE;
  last = j;
  if (tok_is (p, j + 1, "of") && is_year_token (p, j + 2, &x))
    {
      y = x;
      last = j + 2;
    }
  else if (tok_is_char (p, j + 1, ',') && is_year_token (p, j + 2, &x))
    {
      y = x;
      last = j + 2;
    }
  else if (tok_is (p, j + 1, "of") && tok_is (p, j + 2, "fiscal") && is_year_token (p, j + 3, &x))
    {
      y = x;
      last = j + 3;
    }
  else if (is_year_token (p, j + 1, &x))
    {
      y = x;
      last = j + 1;
    }
  else if (tok_is (p, j + 1, "of") && tok_is (p, j + 2, "this") && tok_is (p, j + 3, "year"))
    {
      y = p->ry;
      last = j + 3;
    }
  else if (tok_is (p, j + 1, "of") && tok_is (p, j + 2, "last") && tok_is (p, j + 3, "year"))
    {
      y = p->ry - 1;
      last = j + 3;
    }

  match_init (m, first, last, DOSSIER_TIMEX_DATE);
  if (!p->has_ref && y == 0)
    {
      snprintf (m->value, 40, is_half ? "XXXX-H%d" : "XXXX-Q%d", q ? q : 0);
      if (!q)
        strcpy (m->value, "XXXX-QX");
      return TRUE;
    }
  if (is_half)
    {
      snprintf (m->value, 40, "%04d-H%d", y ? y : p->ry, q);
      m->relative = y == 0;
      return TRUE;
    }
  if (q)
    {
      if (y == 0)
        {
          int tq = clause_tense (p, first, last);
          y = p->ry;
          /* the fourth quarter in January: last year's, unless it's ahead */
          if ((q > ref_quarter (p) && tq < 0) || q - ref_quarter (p) >= 3)
            y--;
          /* the year-ago third quarter */
          if (ago)
            y--;
          m->relative = TRUE;
        }
    }
  else if (ago)
    {
      int done = p->ry * 4 + ref_quarter (p) - 2;
      if (p->last_q && p->last_q_year * 4 + p->last_q - 1 <= done)
        {
          y = p->last_q_year - 1;
          q = p->last_q;
        }
      else
        {
          int k = p->ry * 4 + ref_quarter (p) - 2 - 4;
          y = k / 4;
          q = k % 4 + 1;
        }
      m->relative = TRUE;
    }
  else if (current)
    {
      y = p->ry;
      q = ref_quarter (p);
      m->relative = TRUE;
    }
  else if (rel_prev)
    {
      int k = p->ry * 4 + ref_quarter (p) - 2;
      y = k / 4;
      q = k % 4 + 1;
      m->relative = TRUE;
    }
  else
    {
      /* the quarter, the latest quarter: the one being talked about, else
       * the last complete one */
      int done = p->ry * 4 + ref_quarter (p) - 2;  /* the last complete quarter */
      if (p->last_q && p->last_q_year * 4 + p->last_q - 1 <= done)
        {
          y = p->last_q_year;
          q = p->last_q;
        }
      else
        {
          y = done / 4;
          q = done % 4 + 1;
        }
      m->relative = TRUE;
    }
  fmt_quarter (m->value, y, q);
  m->gran = TG_QUARTER;
  m->year = y;
  /* the anaphoric ones ("the quarter", "the year-ago quarter") don't
   * change which quarter the article is talking about */
  m->quarter = (anaphor || ago) ? 0 : q;
  if (!anaphor && !ago && !rel_prev && !current && q && m->relative == FALSE)
    m->quarter = q;
  return TRUE;
}

/* [the] (this|last|next|past|coming|…) (week|month|year|Friday|November|summer|weekend) */
static gboolean
match_relative (const Pass *p, guint first, guint i, Match *m)
{
  int r = (cls (p, i) == C_DEICTIC && val (p, i) == D_PAST) ? R_PAST : val (p, i);
  guint j = i + 1;
  int c = cls (p, j);
  int tense;
  gboolean has_the = first < i;

  if (c == C_FISCAL && cls (p, j + 1) == C_UNIT && val (p, j + 1) == U_YEAR)
    {
      j++;
      c = C_UNIT;
    }
  if (j >= p->s_end)
    return FALSE;
  if (c == C_UNIT && capitalized (p, j) && !(tok (p, j)->flags & DOSSIER_TOKEN_SENTENCE_START))
    return FALSE;
  if (r == R_THESE && tok_is (p, j, "days"))
    {
      match_init (m, first, j, DOSSIER_TIMEX_DATE);
      strcpy (m->value, "PRESENT_REF");
      m->relative = TRUE;
      return TRUE;
    }
  if ((r == R_RECENT || r == R_COMING) && c == C_UNIT && (val (p, j) & PLURAL))
    {
      /* "recent years", "the coming days": vague past and future; "recent
       * months", "coming weeks" are counted as spans of unknown length */
      int u = val (p, j) & 0xff;
      match_init (m, first, j, DOSSIER_TIMEX_DATE);
      m->relative = TRUE;
      if ((r == R_RECENT && (u == U_YEAR || u == U_DAY || u == U_DECADE)) ||
          (r == R_COMING && u == U_DAY))
        strcpy (m->value, r == R_RECENT ? "PAST_REF" : "FUTURE_REF");
      else
        {
          m->type = DOSSIER_TIMEX_DURATION;
          m->relative = FALSE;
          duration_value (m->value, 0, u, TRUE);
        }
      return TRUE;
    }
  if (c == C_UNIT && !(val (p, j) & PLURAL))
    {
      int u = val (p, j);
      int off;
      if (u == U_QUARTER || u == U_HALF)
        return match_quarter (p, first, i, m);
      if (u == U_PERIOD || u == U_SECOND || u == U_MINUTE || u == U_HOUR || u == U_NIGHT)
        {
          if (u == U_NIGHT && (r == R_LAST || r == R_THIS) && !has_the)
            {
              GDate d;
              match_init (m, first, j, DOSSIER_TIMEX_TIME);
              if (!p->has_ref)
                strcpy (m->value, "XXXX-XX-XXTNI");
              else
                {
                  ref_plus_days (p, r == R_LAST ? -1 : 0, &d);
                  fmt_date (m->value, &d);
                  strcat (m->value, "TNI");
                }
              m->gran = TG_DAY;
              m->relative = TRUE;
              return TRUE;
            }
          return FALSE;
        }
      switch (r)
        {
        case R_LAST: case R_PREVIOUS: case R_PRIOR: off = -1; break;
        case R_PAST:
          /* "the past year": the year before (TimeBank dates it) */
          off = -1;
          break;
        case R_NEXT: case R_COMING: case R_FOLLOWING: case R_UPCOMING: off = 1; break;
        case R_THIS: case R_CURRENT: case R_SAME: case R_THAT: off = 0; break;
        default: return FALSE;
        }
      if (r == R_THAT && u != U_WEEK && u != U_DAY && u != U_MONTH && u != U_YEAR)
        return FALSE;
      if (r == R_THAT || r == R_SAME)
        {
          /* "that day", "the same week": the last such date the article gave,
           * else left underspecified */
          match_init (m, first, j, DOSSIER_TIMEX_DATE);
          strcpy (m->value, u == U_DAY ? "XXXX-XX-XX" : u == U_WEEK ? "XXXX-WXX" :
                  u == U_MONTH ? "XXXX-XX" : "XXXX");
          if (u == U_YEAR && p->last_year)
            fmt_year (m->value, p->last_year);
          else if (u == U_MONTH && p->last_month_y)
            fmt_month (m->value, p->last_month_y, p->last_month_m);
          else if ((u == U_DAY || u == U_WEEK) && p->last_day[0])
            {
              int y, mo, dd;
              if (sscanf (p->last_day, "%4d-%2d-%2d", &y, &mo, &dd) == 3 && valid_day (y, mo, dd))
                {
                  if (u == U_DAY)
                    fmt_day (m->value, y, mo, dd);
                  else
                    {
                      GDate d;
                      g_date_clear (&d, 1);
                      g_date_set_dmy (&d, (GDateDay) dd, (GDateMonth) mo, (GDateYear) y);
                      fmt_week (m->value, &d);
                    }
                }
            }
          return TRUE;
        }
      if (has_the && (r == R_LAST || r == R_PAST) && u == U_WEEK)
        off = 0;
      match_init (m, first, j, DOSSIER_TIMEX_DATE);
      if (u == U_WEEKEND)
        {
          if (!p->has_ref)
            strcpy (m->value, "XXXX-WXX-WE");
          else
            {
              GDate d;
              int rwd = g_date_get_weekday (&p->ref);
              if (off == 0 && rwd < 6)
                {
                  /* "this weekend": the coming one in future sentences */
                  tense = clause_tense (p, i, j);
                  off = tense < 0 ? -1 : 0;
                }
              ref_plus_days (p, off * 7, &d);
              fmt_week (m->value, &d);
              strcat (m->value, "-WE");
            }
          m->gran = TG_WEEK;
          m->relative = TRUE;
          return TRUE;
        }
      if (u == U_DAY && off == 0)
        return FALSE;  /* "this day" */
      if (u == U_DECADE || u == U_CENTURY)
        {
          /* "the past decade", "this century": TimeBank counts them as durations */
          m->type = DOSSIER_TIMEX_DURATION;
          strcpy (m->value, u == U_DECADE ? "P10Y" : "P100Y");
          return TRUE;
        }
      if (!p->has_ref)
        {
          strcpy (m->value, u == U_DAY ? "XXXX-XX-XX" : u == U_WEEK ? "XXXX-WXX" :
                  u == U_MONTH ? "XXXX-XX" : u == U_YEAR ? "XXXX" : "XXX");
          m->relative = TRUE;
          return TRUE;
        }
      /* "the following year", "the previous month": after a date of the article */
      if (has_the && off != 0 && r != R_PAST && r != R_LAST && u == U_YEAR && p->last_year)
        {
          fmt_year (m->value, p->last_year + off);
          m->gran = TG_YEAR;
          m->relative = TRUE;
          return TRUE;
        }
      if (has_the && off != 0 && r != R_PAST && r != R_LAST && u == U_MONTH && p->last_month_y)
        {
          int y2, m2;
          month_shift (p->last_month_y, p->last_month_m, off, &y2, &m2);
          fmt_month (m->value, y2, m2);
          m->gran = TG_MONTH;
          m->relative = TRUE;
          return TRUE;
        }
      m->gran = relative_value (p, m->value, off, u);
      if (m->gran == TG_NONE)
        return FALSE;
      if (u == U_YEAR)
        m->year = p->ry + off;
      m->relative = TRUE;
      /* "this year's third quarter", "last year's quarter" */
      if (u == U_YEAR && tok_poss (p, j))
        {
          guint k = j + 1;
          int q = 0;
          if (cls (p, k) == C_FISCAL)
            k++;
          if (cls (p, k) == C_ORD && val (p, k) >= 1 && val (p, k) <= 4)
            {
              q = val (p, k);
              k++;
            }
          if (cls (p, k) == C_FISCAL)
            k++;
          if (cls (p, k) == C_UNIT && (val (p, k) == U_QUARTER || val (p, k) == U_PERIOD))
            {
              if (q == 0)
                q = p->last_q;
              if (q == 0)
                q = (p->ry * 4 + ref_quarter (p) - 2) % 4 + 1;
              fmt_quarter (m->value, p->ry + off, q);
              m->gran = TG_QUARTER;
              m->last = k;
            }
        }
      return TRUE;
    }
  if (c == C_WEEKDAY && capitalized (p, j) && !(val (p, j) & PLURAL))
    {
      int wd = val (p, j);
      GDate d;
      guint last = j;
      if (cls (p, j + 1) == C_POD && !(val (p, j + 1) & PLURAL))
        last = j + 1;
      match_init (m, first, last, DOSSIER_TIMEX_DATE);
      m->gran = TG_DAY;
      m->relative = TRUE;
      if (!p->has_ref)
        {
          snprintf (m->value, 40, "XXXX-WXX-%d", wd);
          return TRUE;
        }
      switch (r)
        {
        case R_LAST: case R_PAST: case R_PREVIOUS:
          {
            int rwd = g_date_get_weekday (&p->ref);
            int back = (rwd - wd + 7) % 7;
            ref_plus_days (p, back == 0 ? -7 : -back, &d);
          }
          break;
        case R_NEXT: case R_COMING: case R_FOLLOWING: case R_UPCOMING:
          resolve_weekday (p, wd, 1, &d);
          break;
        case R_THIS:
          tense = clause_tense (p, i, j);
          resolve_weekday (p, wd, tense < 0 ? -1 : 1, &d);
          break;
        default:
          return FALSE;
        }
      fmt_date (m->value, &d);
      if (last > j)
        {
          strcat (m->value, "T");
          strcat (m->value, pod_code (val (p, last)));
        }
      return TRUE;
    }
  if (c == C_MONTH && capitalized (p, j))
    {
      int mo = val (p, j), y;
      match_init (m, first, j, DOSSIER_TIMEX_DATE);
      m->gran = TG_MONTH;
      m->relative = TRUE;
      if (!p->has_ref)
        {
          snprintf (m->value, 40, "XXXX-%02d", mo);
          return TRUE;
        }
      {
        int dd;
        if (is_day_token (p, j + 1, &dd) && (r == R_LAST || r == R_NEXT || r == R_THIS))
          {
            gint64 refn = g_date_get_julian (&p->ref);
            gint64 n = day_number (p->ry, mo, dd);
            if (n == 0)
              return FALSE;
            y = p->ry;
            if (r == R_LAST && n >= refn)
              y--;
            else if (r == R_NEXT && n <= refn)
              y++;
            if (!valid_day (y, mo, dd))
              return FALSE;
            fmt_day (m->value, y, mo, dd);
            m->last = j + 1;
            m->gran = TG_DAY;
            return TRUE;
          }
      }
      switch (r)
        {
        case R_LAST: case R_PAST: case R_PREVIOUS:
          y = mo < p->rm ? p->ry : p->ry - 1;
          break;
        case R_NEXT: case R_COMING: case R_FOLLOWING: case R_UPCOMING:
          y = mo > p->rm ? p->ry : p->ry + 1;
          break;
        case R_THIS:
          y = p->ry;
          break;
        default:
          return FALSE;
        }
      fmt_month (m->value, y, mo);
      return TRUE;
    }
  if (c == C_SEASON && !(val (p, j) & PLURAL))
    {
      int s = val (p, j), y;
      match_init (m, first, j, DOSSIER_TIMEX_DATE);
      m->relative = TRUE;
      if (!p->has_ref)
        {
          snprintf (m->value, 40, "XXXX-%s", season_code (s));
          return TRUE;
        }
      {
        /* the season the reference date is in: winter counts to the year it starts */
        int cur = p->rm <= 2 ? SEASON_WI : p->rm <= 5 ? SEASON_SP : p->rm <= 8 ? SEASON_SU :
                  p->rm <= 11 ? SEASON_FA : SEASON_WI;
        int base = p->rm <= 2 ? p->ry - 1 : p->ry;  /* winter counts to the year it starts */
        switch (r)
          {
          case R_LAST: case R_PAST: case R_PREVIOUS:
            y = (s & 0xff) < cur ? base : base - 1;
            break;
          case R_NEXT: case R_COMING: case R_FOLLOWING: case R_UPCOMING:
            y = (s & 0xff) > cur ? base : base + 1;
            break;
          case R_THIS:
            y = base;
            break;
          default:
            return FALSE;
          }
      }
      snprintf (m->value, 40, "%04d-%s", y, season_code (s));
      return TRUE;
    }
  if (c == C_POD && (r == R_LAST || r == R_NEXT) && !has_the && (val (p, j) & 0xff) == POD_NI)
    {
      GDate d;
      match_init (m, first, j, DOSSIER_TIMEX_TIME);
      m->relative = TRUE;
      m->gran = TG_DAY;
      if (!p->has_ref)
        strcpy (m->value, "XXXX-XX-XXTNI");
      else
        {
          ref_plus_days (p, r == R_LAST ? -1 : 1, &d);
          fmt_date (m->value, &d);
          strcat (m->value, "TNI");
        }
      return TRUE;
    }
  if (c == C_POD && r == R_THIS && !(val (p, j) & PLURAL))
    {
      GDate d;
      match_init (m, first, j, DOSSIER_TIMEX_TIME);
      m->relative = TRUE;
      m->gran = TG_DAY;
      if (!p->has_ref)
        snprintf (m->value, 40, "XXXX-XX-XXT%s", pod_code (val (p, j)));
      else
        {
          ref_plus_days (p, 0, &d);
          fmt_date (m->value, &d);
          strcat (m->value, "T");
          strcat (m->value, pod_code (val (p, j)));
        }
      return TRUE;
    }
  if ((c == C_ORD || c == C_FISCAL) && (r == R_THIS || r == R_LAST || r == R_CURRENT))
    return match_quarter (p, first, i, m);
  return FALSE;
}

/* [the] [past|last|next|first|coming] N [more] units [ago|earlier|later|from now] */
static gboolean
match_count (const Pass *p, guint first, guint i, int rel, Match *m)
{
  int n = 0, unit;
  guint k, j, last;
  int v2 = 0;

  k = read_count (p, i, &n);
  if (k == 0)
    return FALSE;
  j = i + k;
  /* the unit comes at j, or after "to M", "more" or both: none, no count */
  if (cls (p, j) != C_UNIT && cls (p, j + 1) != C_UNIT && cls (p, j + 2) != C_UNIT &&
      cls (p, j + 3) != C_UNIT)
    return FALSE;
  /* N to M units, N or M units */
  if ((tok_is (p, j, "to") || tok_is (p, j, "or") || tok_is_char (p, j, '-')) &&
      read_count (p, j + 1, &v2) == 1 && cls (p, j + 2) == C_UNIT)
    {
      if (n >= 0 && v2 > n)
        n = v2;
      j += 2;
    }
  if (tok_is (p, j, "more") || tok_is (p, j, "full") || tok_is (p, j, "straight") ||
      tok_is (p, j, "consecutive") || tok_is (p, j, "additional"))
    j++;
  if (cls (p, j) != C_UNIT)
    return FALSE;
  unit = val (p, j);
  if ((unit & 0xff) == U_PERIOD || (unit & 0xff) == U_HALF)
    return FALSE;
  /* "60 Minutes", "This Week": a title */
  if (capitalized (p, j) && !(tok (p, j)->flags & DOSSIER_TOKEN_SENTENCE_START))
    return FALSE;
  /* "52 years old": an age */
  if (tok_is (p, j + 1, "old") || tok_is (p, j + 1, "older") || tok_is (p, j + 1, "younger"))
    return FALSE;
  /* "$2 million a year", "four flights a week": a rate, not a time */
  if (k == 1 && val (p, i) == -1 && cls (p, i) == C_NUMWORD && first == i && i > p->s_first &&
      cls (p, j + 1) != C_POST)
    {
      static const char * const ok_before[] = {
        "for", "in", "within", "over", "about", "around", "than", "nearly", "almost", "least",
        "after", "before", "only", "just", "once", "took", "take", "takes", "lasted", "last",
        "spent", "to", "of", "by", "until", "since", "during", "some", "barely", "roughly",
        "approximately", "than", "under", "up", "and", "(", ",", "--", "-",
      };
      gboolean ok = FALSE;
      for (guint q = 0; q < G_N_ELEMENTS (ok_before) && !ok; q++)
        ok = tok_is (p, i - 1, ok_before[q]);
      if (!ok)
        return FALSE;
    }
  if (n == 1 && val (p, i) == -1 && (unit & PLURAL))
    return FALSE;  /* "a days" */
  if (n >= 1000 && !(unit & PLURAL))
    return FALSE;  /* "the 1988 quarter" */
  last = j;
  /* a minute and a half */
  if (tok_is (p, j + 1, "and") && tok_is (p, j + 2, "a") && tok_is (p, j + 3, "half"))
    last = j + 3;

  match_init (m, first, last, DOSSIER_TIMEX_DURATION);

  /* "will one day be": some day in the future */
  if (n == 1 && cls (p, i) == C_NUMWORD && val (p, i) == 1 && last == i + 1 &&
      (unit & 0xff) == U_DAY && first == i && i > p->s_first && token_tense (p, i - 1) == 1)
    {
      m->type = DOSSIER_TIMEX_DATE;
      strcpy (m->value, "FUTURE_REF");
      m->relative = TRUE;
      return TRUE;
    }

  /* N units ago / earlier / later / from now */
  if (cls (p, last + 1) == C_POST || (tok_is (p, last + 1, "from") && tok_is (p, last + 2, "now")))
    {
      int post = cls (p, last + 1) == C_POST ? val (p, last + 1) : P_HENCE;
      int sign;
      if (post == P_BEFORE || post == P_AFTER || post == P_LATER)
        goto duration;  /* "two days before the vote", "three days later": from an event */
      sign = (post == P_AGO || post == P_EARLIER) ? -1 : 1;
      m->last = last + 1 + (post == P_HENCE && cls (p, last + 1) != C_POST ? 1 : 0);
      m->type = DOSSIER_TIMEX_DATE;
      m->relative = TRUE;
      if (n < 0)
        {
          strcpy (m->value, sign < 0 ? "PAST_REF" : "FUTURE_REF");
          return TRUE;
        }
      if (!p->has_ref)
        {
          strcpy (m->value, "XXXX-XX-XX");
          return TRUE;
        }
      if ((post == P_EARLIER) && n == 1 && (unit & 0xff) == U_YEAR && p->last_q &&
          p->last_gran == TG_QUARTER)
        {
          fmt_quarter (m->value, p->last_q_year - 1, p->last_q);
          m->gran = TG_QUARTER;
          return TRUE;
        }
      if (post == P_AGO && n == 1 && (unit & 0xff) == U_YEAR && p->last_q &&
          p->last_gran == TG_QUARTER)
        {
          fmt_quarter (m->value, p->last_q_year - 1, p->last_q);
          m->gran = TG_QUARTER;
          return TRUE;
        }
      if ((unit & 0xff) == U_DECADE || (unit & 0xff) == U_CENTURY)
        {
          fmt_year (m->value, p->ry + sign * n * ((unit & 0xff) == U_DECADE ? 10 : 100));
          m->gran = TG_YEAR;
          return TRUE;
        }
      m->gran = relative_value (p, m->value, sign * n, unit);
      if (m->gran == TG_NONE)
        goto duration;
      return TRUE;
    }

duration:
  if ((unit & 0xff) == U_WEEKEND || (unit & 0xff) == U_QUARTER)
    {
      if ((unit & 0xff) == U_QUARTER)
        {
          if (n > 0)
            snprintf (m->value, 40, "P%dQ", n);
          else
            strcpy (m->value, "PXQ");
          return TRUE;
        }
      if ((unit & 0xff) == U_WEEKEND)
        return FALSE;
    }
  if (!duration_value (m->value, n, unit, n < 0))
    return FALSE;
  if (last > j)
    {
      /* a minute and a half: PT1M30S */
      if ((unit & 0xff) == U_MINUTE)
        snprintf (m->value, 40, "PT%dM30S", n);
      else if ((unit & 0xff) == U_HOUR)
        snprintf (m->value, 40, "PT%dH30M", n);
      else if ((unit & 0xff) == U_YEAR)
        snprintf (m->value, 40, "P%dY6M", n);
    }
  (void) rel;
  return TRUE;
}

/* every Tuesday, each year, daily, per day */
static gboolean
match_set (const Pass *p, guint i, Match *m)
{
  guint j = i + 1;

  if (cls (p, i) == C_SETWORD)
    {
      int u = val (p, i);
      if (u < 0)
        return FALSE;  /* "annual": an adjective, not tagged */
      match_init (m, i, i, DOSSIER_TIMEX_SET);
      if (u == U_QUARTER)
        strcpy (m->value, "P3M");
      else if (u == U_FORTNIGHT)
        strcpy (m->value, "P2W");
      else if (!duration_value (m->value, 1, u, FALSE))
        return FALSE;
      return TRUE;
    }
  /* every / each / per */
  if (tok_is (p, j, "other"))
    j++;
  if (cls (p, j) == C_UNIT && !(val (p, j) & PLURAL) && val (p, j) != U_PERIOD &&
      val (p, j) != U_HALF)
    {
      match_init (m, i, j, DOSSIER_TIMEX_SET);
      if (val (p, j) == U_QUARTER)
        strcpy (m->value, "P1Q");
      else
        duration_value (m->value, j > i + 1 ? 2 : 1, val (p, j), FALSE);
      return TRUE;
    }
  /* every two weeks */
  {
    int n;
    guint k = read_count (p, j, &n);
    if (k > 0 && n > 0 && cls (p, j + k) == C_UNIT && (val (p, j + k) & PLURAL))
      {
        match_init (m, i, j + k, DOSSIER_TIMEX_SET);
        duration_value (m->value, n, val (p, j + k), FALSE);
        return TRUE;
      }
  }
  if (val (p, i) == 1)
    return FALSE;  /* "per" goes with units only */
  if (cls (p, j) == C_WEEKDAY && capitalized (p, j))
    {
      guint last = j;
      match_init (m, i, j, DOSSIER_TIMEX_SET);
      snprintf (m->value, 40, "XXXX-WXX-%d", val (p, j) & 0xff);
      if (cls (p, j + 1) == C_POD)
        {
          last = j + 1;
          strcat (m->value, "T");
          strcat (m->value, pod_code (val (p, j + 1)));
        }
      m->last = last;
      return TRUE;
    }
  if (cls (p, j) == C_MONTH && capitalized (p, j))
    {
      match_init (m, i, j, DOSSIER_TIMEX_SET);
      snprintf (m->value, 40, "XXXX-%02d", val (p, j));
      return TRUE;
    }
  if (cls (p, j) == C_SEASON)
    {
      match_init (m, i, j, DOSSIER_TIMEX_SET);
      snprintf (m->value, 40, "XXXX-%s", season_code (val (p, j)));
      return TRUE;
    }
  if (cls (p, j) == C_POD)
    {
      match_init (m, i, j, DOSSIER_TIMEX_SET);
      snprintf (m->value, 40, "XXXX-XX-XXT%s", pod_code (val (p, j)));
      return TRUE;
    }
  return FALSE;
}

/* 1998, fiscal 1998, the 1990s, '90s */
static gboolean
match_year (const Pass *p, guint first, guint i, Match *m)
{
  const TokInfo *ti = info_at (p, i);
  int y;

  if (ti->num < 0)
    return FALSE;
  /* decades: 1990s */
  if (ti->suffix == S_S && ti->ndigits == 4 && ti->num % 10 == 0 && ti->num >= 1000 &&
      ti->num <= 2090)
    {
      match_init (m, first, i, DOSSIER_TIMEX_DATE);
      snprintf (m->value, 40, "%03d", ti->num / 10);
      return TRUE;
    }
  /* '90s */
  if (ti->suffix == S_S && ti->ndigits == 2 && ti->num % 10 == 0 && i > 0 &&
      (tok (p, i - 1)->flags & DOSSIER_TOKEN_QUOTE_MARK) && tok (p, i - 1)->end == tok (p, i)->start)
    {
      int c = ti->num >= 30 ? 19 : 20;
      match_init (m, first == i ? i - 1 : first, i, DOSSIER_TIMEX_DATE);
      snprintf (m->value, 40, "%02d%d", c, ti->num / 10);
      return TRUE;
    }
  if (!is_year_token (p, i, &y))
    return FALSE;
  /* not a count: "1990 people", "$1999", "1995 to 1998" is fine */
  if (i > 0 && tok_len (p, i - 1) == 1 && strchr ("$#", tok_text (p, i - 1)[0]) != NULL)
    return FALSE;
  if (i + 1 < p->s_end)
    {
      const DossierToken *nt = tok (p, i + 1);
      const char *ns = tok_text (p, i + 1);
      if (tok_len (p, i + 1) == 1 && (ns[0] == '%' || ns[0] == ':'))
        return FALSE;
      if ((nt->flags & DOSSIER_TOKEN_WORD) && !(nt->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          !(nt->flags & DOSSIER_TOKEN_NUMBER))
        {
          /* "2000 people" — but "1998 and", "1998 levels" (a year as modifier) */
          if (tok_is (p, i + 1, "percent") || tok_is (p, i + 1, "people") ||
              tok_is (p, i + 1, "shares") || tok_is (p, i + 1, "troops") ||
              tok_is (p, i + 1, "feet") || tok_is (p, i + 1, "miles") ||
              tok_is (p, i + 1, "meters") || tok_is (p, i + 1, "tons") ||
              tok_is (p, i + 1, "barrels") || tok_is (p, i + 1, "dollars") ||
              tok_is (p, i + 1, "members") || tok_is (p, i + 1, "soldiers") ||
              tok_is (p, i + 1, "workers") || tok_is (p, i + 1, "employees") ||
              tok_is (p, i + 1, "jobs") || tok_is (p, i + 1, "points") ||
              tok_is (p, i + 1, "cases") || tok_is (p, i + 1, "acres") ||
              tok_is (p, i + 1, "units") || tok_is (p, i + 1, "votes") ||
              tok_is (p, i + 1, "km") || tok_is (p, i + 1, "kilometers") ||
              tok_is (p, i + 1, "yards") || tok_is (p, i + 1, "pounds") ||
              tok_is (p, i + 1, "students") || tok_is (p, i + 1, "cars") ||
              tok_is (p, i + 1, "homes") || tok_is (p, i + 1, "deaths") ||
              tok_is (p, i + 1, "million") || tok_is (p, i + 1, "billion"))
            return FALSE;
        }
    }
  match_init (m, first, i, DOSSIER_TIMEX_DATE);
  fmt_year (m->value, y);
  m->gran = TG_YEAR;
  m->year = y;
  return TRUE;
}

/* the 20th century, the nineteenth century */
static gboolean
match_century (const Pass *p, guint first, guint i, Match *m)
{
  int n = 0;

  if (info_at (p, i)->num > 0 && info_at (p, i)->suffix == S_ORD && info_at (p, i)->num <= 21)
    n = info_at (p, i)->num;
  else if (cls (p, i) == C_ORD)
    n = val (p, i);
  if (n <= 0 || !(cls (p, i + 1) == C_UNIT && val (p, i + 1) == U_CENTURY))
    return FALSE;
  match_init (m, first, i + 1, DOSSIER_TIMEX_DATE);
  snprintf (m->value, 40, "%02d", n - 1);
  return TRUE;
}

/* the weekend, the year, the week, the day (bare "the" + unit) */
static gboolean
match_the_unit (const Pass *p, guint i, Match *m)
{
  guint j = i + 1;
  int u;
  gboolean full = FALSE;

  if (cls (p, j) == C_FISCAL)
    j++;
  else if (cls (p, j) == C_FULL)
    {
      full = TRUE;
      j++;
    }
  if (cls (p, j) != C_UNIT || (val (p, j) & PLURAL))
    return FALSE;
  u = val (p, j);
  /* "the year", "the week" as dates only after in/during/over/for/this */
  if (u == U_WEEKEND)
    {
      GDate d;
      int tense = clause_tense (p, i, j);
      match_init (m, i, j, DOSSIER_TIMEX_DATE);

      m->relative = TRUE;
      if (!p->has_ref)
        {
          strcpy (m->value, "XXXX-WXX-WE");
          return TRUE;
        }
      {
        int rwd = g_date_get_weekday (&p->ref);
        int off = tense > 0 ? (rwd >= 6 ? 0 : 0) : (rwd >= 6 ? 0 : -1);
        if (tense > 0 && rwd == 7)
          off = 1;
        ref_plus_days (p, off * 7, &d);
      }
      fmt_week (m->value, &d);
      strcat (m->value, "-WE");
      return TRUE;
    }
  if (u == U_WEEK && j == i + 1)
    {
      if (tok_is (p, j + 1, "before") || tok_is (p, j + 1, "after") ||
          tok_is (p, j + 1, "following") || tok_is (p, j + 1, "ending") ||
          tok_is (p, j + 1, "ended") || tok_is (p, j + 1, "earlier") ||
          tok_is (p, j + 1, "ago") || tok_is (p, j + 1, "later"))
        return FALSE;
      match_init (m, i, j, DOSSIER_TIMEX_DATE);
      m->relative = TRUE;
      if (tok_is (p, j + 1, "of"))
        {
          Match inner;
          if (j + 2 < p->s_end && match_month_date (p, j + 2, &inner) && inner.gran == TG_DAY &&
              inner.value[0] != 'X')
            {
              GDate d;
              int y, mo, dd;
              if (sscanf (inner.value, "%4d-%2d-%2d", &y, &mo, &dd) != 3 || !valid_day (y, mo, dd))
                return FALSE;
              g_date_clear (&d, 1);
              g_date_set_dmy (&d, (GDateDay) dd, (GDateMonth) mo, (GDateYear) y);
              fmt_week (m->value, &d);
              m->last = inner.last;
              return TRUE;
            }
          return FALSE;
        }
      if (!p->has_ref)
        strcpy (m->value, "XXXX-WXX");
      else
        relative_value (p, m->value, 0, U_WEEK);
      m->gran = TG_WEEK;
      return TRUE;
    }
  if (u == U_YEAR && !(tok_is (p, j + 1, "before") || tok_is (p, j + 1, "earlier") ||
                       tok_is (p, j + 1, "ago") || tok_is (p, j + 1, "after") ||
                       tok (p, j + 1) == NULL))
    {
      gboolean in = full || (i > p->s_first && (tok_is (p, i - 1, "in") ||
                                                tok_is (p, i - 1, "during") ||
                                                tok_is (p, i - 1, "of")));
      if (j + 1 < p->s_end && (tok (p, j + 1)->flags & DOSSIER_TOKEN_NUMBER))
        return FALSE;  /* "the year 2000" handled by the year */
      if (tok_is (p, j + 1, "two") || tok_is (p, j + 1, "'s") || tok_is (p, j + 1, "when") ||
          tok_is (p, j + 1, "that") || tok_is (p, j + 1, "in") || tok_is (p, j + 1, "of") ||
          tok_is (p, j + 1, "before") || tok_is (p, j + 1, "after"))
        return FALSE;
      if (tok_is (p, j + 1, "ended") || tok_is (p, j + 1, "ending") || tok_is (p, j + 1, "ends") ||
          tok_is (p, j + 1, "through"))
        in = FALSE;
      match_init (m, i, j, in ? DOSSIER_TIMEX_DATE : DOSSIER_TIMEX_DURATION);
      if (in)
        {
          if (p->has_ref)
            fmt_year (m->value, p->last_year && p->last_gran == TG_YEAR ? p->last_year : p->ry);
          else
            strcpy (m->value, "XXXX");
          m->relative = TRUE;
        }
      else
        strcpy (m->value, "P1Y");
      return TRUE;
    }
  return FALSE;
}

/* nineteen ninety-six, nineteen eighty, two thousand (and) one */
static gboolean
match_spelled_year (const Pass *p, guint i, Match *m)
{
  int a = val (p, i), b = 0;
  guint j = i + 1, last;

  if (cls (p, i) != C_NUMWORD)
    return FALSE;
  if (a == 2 && tok_is (p, j, "thousand"))
    {
      last = j;
      if (tok_is (p, j + 1, "and") && cls (p, j + 2) == C_NUMWORD && val (p, j + 2) > 0 &&
          val (p, j + 2) < 20)
        {
          b = val (p, j + 2);
          last = j + 2;
        }
      else if (cls (p, j + 1) == C_NUMWORD && val (p, j + 1) > 0 && val (p, j + 1) < 20)
        {
          b = val (p, j + 1);
          last = j + 1;
        }
      if (i > p->s_first && !tok_is (p, i - 1, "in") && !tok_is (p, i - 1, "since") &&
          !tok_is (p, i - 1, "year") && !tok_is (p, i - 1, "until") && !tok_is (p, i - 1, "by"))
        return FALSE;
      match_init (m, i, last, DOSSIER_TIMEX_DATE);
      fmt_year (m->value, 2000 + b);
      m->year = 2000 + b;
      m->gran = TG_YEAR;
      return TRUE;
    }
  if (a < 13 || a > 20)
    return FALSE;
  if (tok_is (p, j, "hundred"))
    {
      b = 0;
      last = j;
    }
  else
    {
      guint k = read_count (p, j, &b);
      if (k == 0 || b < 10 || b > 99 || is_plain_number (p, j))
        return FALSE;
      last = j + k - 1;
    }
  match_init (m, i, last, DOSSIER_TIMEX_DATE);
  fmt_year (m->value, a * 100 + b);
  m->gran = TG_YEAR;
  m->year = a * 100 + b;
  return TRUE;
}

/* The n-th (n > 0) or last (n = -1) weekday of a month. */
static int
nth_weekday (int y, int mo, int wd, int n)
{
  GDate d;
  int first_wd, day;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, (GDateMonth) mo, (GDateYear) y);
  first_wd = g_date_get_weekday (&d);
  day = 1 + (wd - first_wd + 7) % 7;
  if (n > 0)
    return day + 7 * (n - 1);
  while (day + 7 <= g_date_get_days_in_month ((GDateMonth) mo, (GDateYear) y))
    day += 7;
  return day;
}

typedef struct
{
  const char *w1, *w2, *w3;  /* the words, lower case (w2, w3 nullable) */
  int         month, day;    /* fixed day, or day 0 with a rule */
  int         wd, nth;       /* the nth weekday of the month */
} Holiday;

static const Holiday holidays[] = {
  { "christmas", "eve", NULL, 12, 24, 0, 0 },
  { "christmas", "day", NULL, 12, 25, 0, 0 },
  { "christmas", NULL, NULL, 12, 25, 0, 0 },
  { "new", "year's", "day", 1, 1, 0, 0 },
  { "new", "year's", "eve", 12, 31, 0, 0 },
  { "halloween", NULL, NULL, 10, 31, 0, 0 },
  { "valentine's", "day", NULL, 2, 14, 0, 0 },
  { "independence", "day", NULL, 7, 4, 0, 0 },
  { "thanksgiving", "day", NULL, 11, 0, 4, 4 },
  { "thanksgiving", NULL, NULL, 11, 0, 4, 4 },
  { "labor", "day", NULL, 9, 0, 1, 1 },
  { "memorial", "day", NULL, 5, 0, 1, -1 },
  { "election", "day", NULL, 11, 0, 2, 0 },  /* the Tuesday after the first Monday */
};

static int
holiday_day (const Holiday *h, int y)
{
  if (h->day)
    return h->day;
  if (h->nth == 0)
    return nth_weekday (y, 11, 1, 1) + 1;
  return nth_weekday (y, h->month, h->wd, h->nth);
}

static gboolean
match_holiday (const Pass *p, guint i, Match *m)
{
  if (!capitalized (p, i))
    return FALSE;
  for (guint h = 0; h < G_N_ELEMENTS (holidays); h++)
    {
      const Holiday *hd = &holidays[h];
      guint last = i;
      gboolean is_last = FALSE;
      if (!tok_is (p, i, hd->w1))
        continue;
      if (hd->w2)
        {
          if (!tok_is (p, i + 1, hd->w2) || !capitalized (p, i + 1))
            continue;
          last = i + 1;
        }
      if (hd->w3)
        {
          if (!tok_is (p, i + 2, hd->w3))
            continue;
          last = i + 2;
        }
      match_init (m, i, last, DOSSIER_TIMEX_DATE);
      m->gran = TG_DAY;
      if (i > p->s_first && tok_is (p, i - 1, "last"))
        {
          m->first = i - 1;
          is_last = TRUE;
        }
      if (!p->has_ref)
        {
          if (hd->day)
            snprintf (m->value, 40, "XXXX-%02d-%02d", hd->month, hd->day);
          else
            snprintf (m->value, 40, "XXXX-%02d-XX", hd->month);
          return TRUE;
        }
      {
        int tense = is_last ? -2 : day_tense (p, i, last);
        gint64 refn = g_date_get_julian (&p->ref);
        int best_y = p->ry;
        gint64 best = G_MAXINT64;
        for (int y = p->ry - 1; y <= p->ry + 1; y++)
          {
            gint64 n = day_number (y, hd->month, holiday_day (hd, y)), cost;
            if (n == 0)
              continue;
            cost = n > refn ? n - refn : refn - n;
            if (tense < 0 && n > refn)
              cost += tense < -1 ? 1000 : 150;
            if (tense > 0 && n < refn)
              cost += tense > 1 ? 1000 : 150;
            if (cost < best)
              {
                best = cost;
                best_y = y;
              }
          }
        fmt_day (m->value, best_y, hd->month, holiday_day (hd, best_y));
        m->relative = TRUE;
      }
      return TRUE;
    }
  return FALSE;
}

/* A unit among the @n tokens after @i (in the sentence) */
static inline gboolean
unit_within (const Pass *p,
             guint       i,
             guint       n)
{
  for (guint k = i + 1; k <= i + n; k++)
    if (cls (p, k) == C_UNIT)
      return TRUE;
  return FALSE;
}

/* A bare number (digits only, not hyphenated) where none of match_at ()'s
 * patterns for numbers can start: match_numeric_date () needs a '/' after
 * it, match_month_date () a month, match_time () (through match_clock ())
 * a.m., o'clock or "in" after an hour, match_year () a year's four digits,
 * match_count () a unit within four tokens, match_century () an ordinal. */
static gboolean
plain_number_stops (const Pass *p,
                    guint       i)
{
  const TokInfo *ti = info_at (p, i);
  int c1;

  if (ti->suffix != S_NONE || ti->cls != C_NONE ||
      (tok (p, i)->flags & DOSSIER_TOKEN_HYPHENATED))
    return FALSE;
  if (ti->ndigits == 4 && ti->num >= 1000 && ti->num <= 2099)
    return FALSE;
  c1 = cls (p, i + 1);
  if (c1 == C_MONTH || tok_is_char (p, i + 1, '/'))
    return FALSE;
  if (ti->num <= 24 && ti->ndigits <= 2 &&
      (c1 == C_AMPM || tok_is (p, i + 1, "o'clock") || tok_is (p, i + 1, "in")))
    return FALSE;
  return !unit_within (p, i, 4);
}

/* "the" followed by nothing match_at () can go on with: its first test
 * for "the", also made before calling it */
static inline gboolean
det_stops (const Pass *p,
           guint       i)
{
  guint k = i + 1;

  return cls (p, k) == C_NONE &&
         (k >= p->s_end ||
          (info_at (p, k)->num < 0 &&
           !(tok (p, k)->flags & (DOSSIER_TOKEN_HYPHENATED | DOSSIER_TOKEN_QUOTE_MARK))));
}

/* Tries every pattern at token i; TRUE with the longest match. */
static gboolean
match_at (Pass *p, guint i, Match *best)
{
  Match m;
  gboolean found = FALSE;
  int c = cls (p, i);
  const TokInfo *ti = info_at (p, i);
  guint core = i;
  const char *mod = NULL;
  guint prefix_first = i;

#define TRY(expr) \
  G_STMT_START { \
    if (expr) \
      { \
        if (!found || m.last > best->last || (m.last == best->last && m.first < best->first)) \
          *best = m; \
        found = TRUE; \
      } \
  } G_STMT_END

  if (c == C_NONE && ti->num < 0 && !(tok (p, i)->flags & DOSSIER_TOKEN_HYPHENATED))
    return FALSE;

  /* prefixes that widen the span: approximations and edges */
  if (c == C_APPROX)
    {
      int a = val (p, i);
      guint k = i + 1;
      if (a == A_MORE || a == A_LESS)
        {
          if (!tok_is (p, k, "than"))
            return FALSE;
          k++;
          mod = a == A_MORE ? "MORE_THAN" : "LESS_THAN";
        }
      else if (a == A_ATLEAST)
        {
          if (!tok_is (p, k, "least"))
            return FALSE;
          k++;
          mod = "EQUAL_OR_MORE";
        }
      else if (a == A_UPTO)
        {
          if (!tok_is (p, k, "to"))
            return FALSE;
          k++;
          mod = "EQUAL_OR_LESS";
        }
      else if (a == A_WITHIN)
        return FALSE;
      else if (a == A_OVER)
        {
          if (tok_is (p, k, "the") || cls (p, k) == C_REL)
            return FALSE;  /* "over the past year": during */
          mod = "MORE_THAN";
        }
      else
        mod = a == A_NEARLY ? "LESS_THAN" : "APPROX";
      {
        Match inner;
        if (k < p->s_end && match_at (p, k, &inner) &&
            (inner.type == DOSSIER_TIMEX_DURATION || inner.type == DOSSIER_TIMEX_TIME ||
             (inner.type == DOSSIER_TIMEX_DATE && a != A_OVER && inner.value[0] == 'P')) &&
            inner.first == k)
          {
            *best = inner;
            best->first = i;
            best->mod = mod;
            if (a == A_OVER && inner.type != DOSSIER_TIMEX_DURATION)
              return FALSE;
            return TRUE;
          }
      }
      return FALSE;
    }
  if (c == C_EDGE || (c == C_POST && (val (p, i) == P_EARLIER || val (p, i) == P_LATER)))
    {
      int e = c == C_EDGE ? val (p, i) : val (p, i) == P_EARLIER ? E_EARLIER : E_LATER;
      guint k = i + 1;
      if (e == E_END || e == E_BEGINNING || e == E_MIDDLE)
        return FALSE;  /* only after "the", below */
      if ((e == E_EARLIER || e == E_LATER) && tok_is (p, k, "in") && tok_is (p, k + 1, "the"))
        k += 1;
      if (k < p->s_end)
        {
          Match inner;
          if (match_at (p, k, &inner) && inner.first == k && inner.type == DOSSIER_TIMEX_DATE &&
              inner.value[0] != 'P')
            {
              *best = inner;
              best->first = (e == E_EARLIER || e == E_LATER) && k == i + 2 ? k : i;
              if (e == E_EARLIER || e == E_LATER)
                {
                  /* "earlier this year": include "earlier" */
                  best->first = i;
                }
              best->mod = edge_mod (e);
              return TRUE;
            }
        }
      if (c == C_POST)
        {
          /* "earlier" alone is not a timex; "later" neither */
          return FALSE;
        }
      return FALSE;
    }
  if (c == C_DET)
    {
      guint k = i + 1;
      int c2 = cls (p, k);
      if (det_stops (p, i))
        return FALSE;
      /* the end of 1990, the beginning of the year */
      if (c2 == C_EDGE && (val (p, k) == E_END || val (p, k) == E_BEGINNING ||
                           val (p, k) == E_MIDDLE) && tok_is (p, k + 1, "of"))
        {
          Match inner;
          if (k + 2 < p->s_end && match_at (p, k + 2, &inner) && inner.first == k + 2 &&
              inner.type != DOSSIER_TIMEX_DURATION && inner.type != DOSSIER_TIMEX_SET)
            {
              *best = inner;
              best->first = i;
              best->mod = edge_mod (val (p, k));
              return TRUE;
            }
          if (tok_is (p, k + 2, "the") && cls (p, k + 3) == C_UNIT && !(val (p, k + 3) & PLURAL))
            {
              int u = val (p, k + 3);
              match_init (best, i, k + 3, DOSSIER_TIMEX_DATE);
              best->mod = edge_mod (val (p, k));
              best->relative = TRUE;
              if (!p->has_ref)
                strcpy (best->value, "XXXX");
              else if (u == U_YEAR)
                fmt_year (best->value, p->last_year && p->last_gran == TG_YEAR ? p->last_year : p->ry);
              else if (u == U_MONTH)
                fmt_month (best->value, p->ry, p->rm);
              else if (u == U_WEEK)
                relative_value (p, best->value, 0, U_WEEK);
              else if (u == U_QUARTER)
                relative_value (p, best->value, 0, U_QUARTER);
              else
                return FALSE;
              return TRUE;
            }
          return FALSE;
        }
      /* the late 1970s, the early 1990s */
      if (c2 == C_EDGE && (val (p, k) == E_EARLY || val (p, k) == E_LATE || val (p, k) == E_MID))
        {
          Match inner;
          if (match_at (p, k, &inner) && inner.first == k)
            {
              *best = inner;
              best->first = i;
              return TRUE;
            }
          return FALSE;
        }
      if (c2 == C_REL || (c2 == C_DEICTIC && val (p, k) == D_PAST))
        {
          int r = c2 == C_REL ? val (p, k) : R_PAST;
          /* the past two years, the next 24 to 72 hours, the first nine months */
          if (r == R_PAST || r == R_LAST || r == R_NEXT || r == R_COMING || r == R_PREVIOUS ||
              r == R_FOLLOWING || r == R_FINAL || r == R_RECENT || r == R_UPCOMING)
            TRY (match_count (p, i, k + 1, r, &m));
          TRY (match_relative (p, i, k, &m));
          if (r == R_LATEST || r == R_SAME || r == R_CURRENT)
            TRY (match_quarter (p, i, k, &m));
        }
      if (c2 == C_ORD || c2 == C_FISCAL || tok_is (p, k, "year-earlier") || tok_is (p, k, "year-ago"))
        {
          TRY (match_quarter (p, i, k, &m));
          if (c2 == C_ORD && val (p, k) == 1)
            TRY (match_count (p, i, k + 1, R_FIRST, &m));
        }
      if (c2 == C_DEICTIC && (val (p, k) == D_FUTURE || val (p, k) == D_PAST || val (p, k) == D_PRESENT))
        TRY (match_deictic (p, k, &m));
      if (c2 == C_FISCAL || c2 == C_FULL)
        TRY (match_the_unit (p, i, &m));
      if (c2 == C_DECADEW)
        {
          match_init (&m, i, k, DOSSIER_TIMEX_DATE);
          snprintf (m.value, 40, "19%d", val (p, k));
          TRY (TRUE);
        }
      if (c2 == C_UNIT)
        {
          TRY (match_the_unit (p, i, &m));
          if (val (p, k) == U_QUARTER)
            TRY (match_quarter (p, i, k, &m));
        }
      if (c2 == C_NUMWORD || is_plain_number (p, k))
        TRY (match_count (p, i, k, 0, &m));
      /* the 1988 quarter, the 1989 period: that year's quarter under discussion */
      {
        int y;
        if (is_year_token (p, k, &y) && cls (p, k + 1) == C_ORD && val (p, k + 1) >= 1 &&
            val (p, k + 1) <= 4 && cls (p, k + 2) == C_UNIT && val (p, k + 2) == U_QUARTER)
          {
            match_init (&m, i, k + 2, DOSSIER_TIMEX_DATE);
            fmt_quarter (m.value, y, val (p, k + 1));
            m.gran = TG_QUARTER;
            m.year = y;
            m.quarter = val (p, k + 1);
            TRY (TRUE);
          }
        if (is_year_token (p, k, &y) && cls (p, k + 1) == C_UNIT &&
            (val (p, k + 1) == U_QUARTER || val (p, k + 1) == U_PERIOD))
          {
            match_init (&m, i, k + 1, DOSSIER_TIMEX_DATE);
            if (p->last_q)
              fmt_quarter (m.value, y, p->last_q);
            else
              fmt_year (m.value, y);
            TRY (TRUE);
          }
      }
      if (k < p->s_end && info_at (p, k)->num >= 0 && info_at (p, k)->suffix == S_S)
        TRY (match_year (p, i, k, &m));
      if (k < p->s_end && (tok (p, k)->flags & DOSSIER_TOKEN_QUOTE_MARK) &&
          k + 1 < p->s_end && info_at (p, k + 1)->suffix == S_S)
        TRY (match_year (p, i, k + 1, &m));
      if (k < p->s_end && (info_at (p, k)->suffix == S_ORD || c2 == C_ORD))
        {
          TRY (match_century (p, i, k, &m));
          TRY (match_month_date (p, i, &m));
        }
      if (tok_is (p, k, "year") && tok_is (p, k + 1, "two") && tok_is (p, k + 2, "thousand"))
        {
          match_init (&m, i, k + 2, DOSSIER_TIMEX_DATE);
          strcpy (m.value, "2000");
          m.gran = TG_YEAR;
          TRY (TRUE);
        }
      if (c2 == C_FUZZY)
        TRY (match_count (p, i, k, 0, &m));
      if (tok (p, k) && k < p->s_end && (tok (p, k)->flags & DOSSIER_TOKEN_HYPHENATED) &&
          match_hyphenated (p, k, &m) && m.type != DOSSIER_TIMEX_DURATION)
        {
          m.first = i;
          TRY (TRUE);
        }
      if (c2 == C_SEASON && !(val (p, k) & PLURAL))
        {
          /* the summer: this year's */
          match_init (&m, i, k, DOSSIER_TIMEX_DATE);
          if (p->has_ref)
            snprintf (m.value, 40, "%04d-%s", p->ry, season_code (val (p, k)));
          else
            snprintf (m.value, 40, "XXXX-%s", season_code (val (p, k)));
          m.relative = TRUE;
          if (tok_is (p, k + 1, "of") && is_year_token (p, k + 2, &m.year))
            {
              snprintf (m.value, 40, "%04d-%s", m.year, season_code (val (p, k)));
              m.last = k + 2;
              m.relative = FALSE;
            }
          TRY (TRUE);
        }
      return found;
    }

  switch (c)
    {
    case C_MONTH:
      TRY (match_month_date (p, i, &m));
      break;
    case C_WEEKDAY:
      TRY (match_weekday (p, i, &m));
      break;
    case C_DEICTIC:
      TRY (match_deictic (p, i, &m));
      if (val (p, i) == D_PAST)
        {
          TRY (match_count (p, i, i + 1, R_PAST, &m));
          TRY (match_relative (p, i, i, &m));
        }
      break;
    case C_REL:
      if (val (p, i) == R_PAST || val (p, i) == R_LAST || val (p, i) == R_NEXT ||
          val (p, i) == R_COMING)
        TRY (match_count (p, i, i + 1, val (p, i), &m));
      TRY (match_relative (p, i, i, &m));
      break;
    case C_NUMWORD: case C_FUZZY:
      TRY (match_count (p, i, i, 0, &m));
      TRY (match_spelled_year (p, i, &m));
      break;
    case C_SETWORD: case C_EVERY:
      TRY (match_set (p, i, &m));
      break;
    case C_CLOCKWORD:
      TRY (match_time (p, i, &m));
      break;
    case C_SEASON:
      if (!(val (p, i) & PLURAL) && capitalized (p, i) == FALSE)
        {
          int x;
          if (is_year_token (p, i + 1, &x))
            {
              match_init (&m, i, i + 1, DOSSIER_TIMEX_DATE);
              snprintf (m.value, 40, "%04d-%s", x, season_code (val (p, i)));
              TRY (TRUE);
            }
        }
      break;
    case C_FISCAL:
      {
        int x;
        if (is_year_token (p, i + 1, &x))
          {
            match_init (&m, i, i + 1, DOSSIER_TIMEX_DATE);
            fmt_year (m.value, x);
            m.gran = TG_YEAR;
            m.year = x;
            TRY (TRUE);
          }
        TRY (match_quarter (p, i, i, &m));
      }
      break;
    case C_ORD:
      TRY (match_quarter (p, i, i, &m));
      TRY (match_century (p, i, i, &m));
      break;
    case C_UNIT:
      /* year end, year's end */
      if (val (p, i) == U_YEAR && cls (p, i + 1) == C_EDGE && val (p, i + 1) == E_END &&
          !capitalized (p, i + 1))
        {
          match_init (&m, i, i + 1, DOSSIER_TIMEX_DATE);
          m.mod = "END";
          m.relative = TRUE;
          if (!p->has_ref)
            strcpy (m.value, "XXXX");
          else
            fmt_year (m.value, (i > p->s_first && tok_is (p, i - 1, "since")) ? p->ry - 1 : p->ry);
          TRY (TRUE);
        }
      /* "weeks", "years" alone (for weeks): fuzzy durations */
      if ((val (p, i) & PLURAL) && (val (p, i) & 0xff) >= U_DAY && (val (p, i) & 0xff) != U_PERIOD &&
          (val (p, i) & 0xff) != U_WEEKEND && (val (p, i) & 0xff) != U_QUARTER &&
          i > p->s_first && (tok_is (p, i - 1, "for") || tok_is (p, i - 1, "within") ||
                             tok_is (p, i - 1, "in")))
        {
          match_init (&m, i, i, DOSSIER_TIMEX_DURATION);
          if (tok_is (p, i + 1, "or") && cls (p, i + 2) == C_UNIT && (val (p, i + 2) & PLURAL))
            m.last = i + 2;
          duration_value (m.value, 0, val (p, i), TRUE);
          TRY (TRUE);
        }
      break;
    case C_HOLIDAY:
      TRY (match_holiday (p, i, &m));
      break;
    default:
      break;
    }

  if (ti->num >= 0)
    {
      TRY (match_numeric_date (p, i, &m));
      TRY (match_month_date (p, i, &m));
      TRY (match_time (p, i, &m));
      TRY (match_year (p, i, i, &m));
      TRY (match_count (p, i, i, 0, &m));
      TRY (match_century (p, i, i, &m));
    }
  if (!found && (tok (p, i)->flags & DOSSIER_TOKEN_HYPHENATED))
    TRY (match_hyphenated (p, i, &m));
  (void) core;
  (void) prefix_first;
#undef TRY
  return found;
}

/* ---- quotes: relative days said on another day ------------------------- */

/* Marks which tokens lie between quote marks, paragraph by paragraph: a
 * bit a token (see in_quote ()). */
static guint32 *
quote_state (const Pass   *p,
             const guint8 *want)  /* per paragraph: only those set */
{
  guint32 *in = g_new0 (guint32, p->n / 32 + 1);
  const DossierContext *ctx = p->ctx;

  for (guint pi = 0; pi < ctx->paragraphs->len; pi++)
    {
      const DossierParagraph *para = &g_array_index (ctx->paragraphs, DossierParagraph, pi);
      gboolean open = FALSE;
      guint t0, t1;
      if (para->n_sentences == 0 || !want[pi])
        continue;
      t0 = g_array_index (ctx->sentences, DossierSentence, para->first_sentence).first_token;
      {
        const DossierSentence *ls = &g_array_index (ctx->sentences, DossierSentence,
                                                    para->first_sentence + para->n_sentences - 1);
        t1 = ls->first_token + ls->n_tokens;
      }
      for (guint i = t0; i < t1 && i < p->n; i++)
        {
          const DossierToken *t = tok (p, i);
          if (t->flags & DOSSIER_TOKEN_QUOTE_MARK)
            {
              const char *s = tok_text (p, i);
              /* single quotes are too often apostrophes: only double marks */
              if (s[0] == '"' || (tok_len (p, i) == 3 && (guchar) s[0] == 0xE2 &&
                                  ((guchar) s[2] == 0x9C || (guchar) s[2] == 0x9D)))
                {
                  if ((guchar) s[0] == 0xE2)
                    open = (guchar) s[2] == 0x9C;
                  else
                    open = !open;
                }
              else if (s[0] == '`' || s[0] == '\'')
                {
                  if (tok_len (p, i) >= 2 || (i + 1 < t1 && tok_len (p, i + 1) == 1 &&
                                              tok_text (p, i + 1)[0] == s[0] &&
                                              tok (p, i + 1)->start == t->end))
                    open = s[0] == '`';
                }
              continue;
            }
          if (open)
            in[i / 32] |= 1u << (i % 32);
          else
            in[i / 32] &= ~(1u << (i % 32));
        }
    }
  return in;
}

/* ---- the pass ----------------------------------------------------------- */

/* The info of token @j from the entries after entry @c (whose token is
 * before @j): the entry's, or the default. */
static const TokInfo *
entry_info_after (const Pass *p,
                  guint       c,
                  guint       j)
{
  for (c++; c < p->n_entries && p->entries[c].tok <= j; c++)
    if (p->entries[c].tok == j)
      return &p->entries[c].info;
  return &default_info;
}

/* Does the article write its dates day first ("2 November", 25/12/2022)
 * more often than month first ("November 2", 12/25/2022)? It looks at
 * the tokens of a month or a day's number. */
static gboolean
article_day_first (Pass        *p,
                   const guint *candidates,  /* the entries of a month or a day's number */
                   guint        n_candidates)
{
  int day_first = 0, month_first = 0;

  p->s_first = 0;
  p->s_end = p->n;
  for (guint q = 0; q < n_candidates; q++)
    {
      guint c = candidates[q];
      guint i = p->entries[c].tok;
      const TokInfo *ti = &p->entries[c].info;

      if (i + 1 >= p->n)
        break;
      if (ti->cls == C_MONTH)
        {
          const TokInfo *t1 = entry_info_after (p, c, i + 1);
          if (t1->num >= 1 && t1->num <= 31 && t1->ndigits <= 2 && capitalized (p, i))
            month_first++;
        }
      else
        {
          const TokInfo *t1 = entry_info_after (p, c, i + 1);
          const TokInfo *t2;
          if (t1->cls == C_MONTH && capitalized (p, i + 1))
            day_first++;
          else if (i + 4 < p->n && tok_is_char (p, i + 1, '/') && tok_is_char (p, i + 3, '/') &&
                   (t2 = entry_info_after (p, c, i + 2))->num >= 1 && t2->ndigits <= 2)
            {
              if (ti->num > 12 && t2->num <= 12)
                day_first += 2;
              else if (t2->num > 12 && ti->num <= 12)
                month_first += 2;
            }
        }
    }
  return day_first > month_first;
}

static void add_published (DossierContext *ctx);


static void
add_timex (DossierTimexInfo *info,  /* the next of the timexes found */
           guint             start,
           guint             end,
           const Match      *m)
{
  *info = (DossierTimexInfo) { 0 };
  info->start = start;
  info->end = end;
  info->type = m->type;
  info->value = g_strdup (m->value);
  info->mod = g_strdup (m->mod);
  info->anchor = m->relative ? -1 : -2;
  info->ambiguous = m->ambiguous;
}

static gboolean
value_is_day (const char *v)
{
  return strlen (v) >= 10 && g_ascii_isdigit (v[0]) && v[4] == '-' && v[7] == '-' &&
         g_ascii_isdigit (v[8]);
}

/* Re-resolves yesterday/today/tomorrow/tonight inside a quotation against
 * the day the speaker said it, when the paragraph dates the speech with a
 * day outside the quotation ("…," she said Wednesday). */
/* yesterday, today, tonight, tomorrow: the day's offset; 99 for any other */
static int
relative_day_offset (const DossierContext   *ctx,
                     const DossierTimexInfo *t)
{
  const char *w = ctx->text + t->start;
  guint wlen = t->end - t->start;

  if (wlen >= 9 && g_ascii_strncasecmp (w, "yesterday", 9) == 0)
    return -1;
  if (wlen >= 5 && g_ascii_strncasecmp (w, "today", 5) == 0)
    return 0;
  if (wlen >= 7 && g_ascii_strncasecmp (w, "tonight", 7) == 0)
    return 0;
  if (wlen >= 8 && g_ascii_strncasecmp (w, "tomorrow", 8) == 0)
    return 1;
  return 99;
}

static inline gboolean
in_quote (const guint32 *in,
          guint          i)
{
  return (in[i / 32] >> (i % 32)) & 1;
}

static void
resolve_quoted (Pass        *p,
                const guint *tokidx)  /* the first token of each timex */
{
  DossierContext *ctx = p->ctx;
  g_autofree guint8 *want = NULL;
  g_autofree guint32 *inquote = NULL;
  gboolean any = FALSE;

  /* Only the paragraphs of a day said relatively need their quotes
   * marked: the rest of resolve_quoted() looks no further. */
  want = g_malloc0 (ctx->paragraphs->len + 1);
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      const DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      guint ti = tokidx[k];
      guint para;

      if (!value_is_day (t->value) || relative_day_offset (ctx, t) == 99)
        continue;
      /* its token's paragraph, and the one the loop below compares with */
      para = g_array_index (ctx->sentences, DossierSentence, dossier_context_token_sentence (ctx, ti)).paragraph;
      if (para < ctx->paragraphs->len)
        want[para] = 1;
      para = g_array_index (ctx->sentences, DossierSentence,
                            dossier_context_sentence_at (ctx, t->start)).paragraph;
      if (para < ctx->paragraphs->len)
        want[para] = 1;
      any = TRUE;
    }
  if (!any)
    return;
  inquote = quote_state (p, want);

  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      guint ti = tokidx[k];
      guint para, si;
      int off;

      if (!in_quote (inquote, ti) || !value_is_day (t->value))
        continue;
      off = relative_day_offset (ctx, t);
      if (off == 99)
        continue;
      si = dossier_context_sentence_at (ctx, t->start);
      para = g_array_index (ctx->sentences, DossierSentence, si).paragraph;
      /* the nearest day-valued, ref-relative timex outside quotes in the paragraph */
      for (guint d = 1; d < ctx->timexes->len; d++)
        {
          for (int side = -1; side <= 1; side += 2)
            {
              int o = (int) k + side * (int) d;
              const DossierTimexInfo *u;
              guint ui, upara;
              if (o < 0 || (guint) o >= ctx->timexes->len)
                continue;
              u = &g_array_index (ctx->timexes, DossierTimexInfo, o);
              ui = tokidx[o];
              upara = g_array_index (ctx->sentences, DossierSentence, dossier_context_token_sentence (ctx, ui)).paragraph;
              if (upara != para)
                continue;
              if (in_quote (inquote, ui) || !value_is_day (u->value) || u->anchor != -1)
                continue;
              {
                int y, mo, dd;
                GDate g;
                if (sscanf (u->value, "%4d-%2d-%2d", &y, &mo, &dd) != 3 || !valid_day (y, mo, dd))
                  continue;
                g_date_clear (&g, 1);
                g_date_set_dmy (&g, (GDateDay) dd, (GDateMonth) mo, (GDateYear) y);
                if (off > 0)
                  g_date_add_days (&g, off);
                else if (off < 0)
                  g_date_subtract_days (&g, -off);
                {
                  char buf[40];
                  const char *rest = strlen (t->value) > 10 ? t->value + 10 : "";
                  fmt_date (buf, &g);
                  strcat (buf, rest);
                  g_free (t->value);
                  t->value = g_strdup (buf);
                  t->anchor = o;
                }
                goto next;
              }
            }
          if (d > 8)
            break;
        }
    next:
      ;
    }
}

static void
set_reference (Pass *p)
{
  const DossierReferenceDate *r = &p->ctx->reference;

  p->has_ref = r->has_date && valid_day (r->year, r->month, r->day);
  if (!p->has_ref)
    {
      /* no reference: relative values stay underspecified */
      g_date_clear (&p->ref, 1);
      g_date_set_dmy (&p->ref, 1, 1, 2000);
      p->ry = 2000;
      p->rm = 1;
      p->rd = 1;
      return;
    }
  p->ry = r->year;
  p->rm = r->month;
  p->rd = r->day;
  p->has_time = r->has_time;
  p->rh = r->hour;
  p->rmin = r->minute;
  g_date_clear (&p->ref, 1);
  g_date_set_dmy (&p->ref, (GDateDay) p->rd, (GDateMonth) p->rm, (GDateYear) p->ry);
}

void
dossier_time_run (DossierContext *ctx)
{
  Pass p = { 0 };
  guint *tokidx;
  DossierTimexInfo *found_tx;  /* the timexes, appended to ctx->timexes at once */
  guint n_found = 0;
  Entry *entries;
  guint n_entries = 0, cursor = 0, entries_room, found_room;

  g_return_if_fail (ctx != NULL);

  init_words ();
  init_tense ();
  if (ctx->tokens->len == 0)
    return;

  p.ctx = ctx;
  p.n = ctx->tokens->len;
  set_reference (&p);
  /* The entries: a fifth of the tokens or so (18 % on the bench's 20 MB
   * of news); room for a quarter, grown when that is not enough. Small
   * enough to come from the heap, whose pages the names pass has
   * touched already, rather than fresh pages mapped for them. */
  entries_room = MIN (p.n, p.n / 4 + 1024);
  entries = g_new (Entry, entries_room);
  {
    /* the entries of a month or a day's number (see article_day_first ()) */
    guint *candidates = g_new (guint, entries_room);
    guint n_candidates = 0;
    const DossierToken *toks = (const DossierToken *) (void *) ctx->tokens->data;
    const char *text = ctx->text;
    guint n = p.n;

    for (guint i = 0; i < n; i++)
      {
        TokInfo ti;
        /* match_at()'s first test, once: the tokens it can start on
         * (cls != C_NONE, num >= 0, or hyphenated) */
        guint found = classify_token (text, ctx->length, &toks[i], &ti);

        if (found || (toks[i].flags & DOSSIER_TOKEN_HYPHENATED))
          {
            if (G_UNLIKELY (n_entries == entries_room))
              {
                /* (n_entries <= i < p.n: room for p.n is always enough) */
                entries_room = MIN (p.n, 2 * entries_room);
                entries = g_renew (Entry, entries, entries_room);
                candidates = g_renew (guint, candidates, entries_room);
              }
            candidates[n_candidates] = n_entries;
            n_candidates += (found & CT_CANDIDATE) != 0;
            entries[n_entries].tok = i;
            entries[n_entries].info = ti;
            n_entries++;
          }
      }
    p.entries = entries;
    p.n_entries = n_entries;
    p.day_first = article_day_first (&p, candidates, n_candidates);
    g_free (candidates);
  }

  /* at most a timex an entry, mostly far fewer (11 % of the entries on
   * the bench's 20 MB): room for a quarter of them, grown when that is
   * not enough (from the heap, as the entries) */
  found_room = MIN (n_entries, n_entries / 4 + 64) + 1;
  tokidx = g_new (guint, found_room);
  found_tx = g_new (DossierTimexInfo, found_room);
  /* Each sentence's tokens, left to right; after a match, on from the
   * token after it. Only the tokens where match_at() can find something
   * (the triggers, in text order) are visited. */
  {
    guint next = 0;            /* tokens before it are taken by a match */
    guint sentence = G_MAXUINT;
    const DossierSentence *sents = (const DossierSentence *) (void *) ctx->sentences->data;
    guint n_sents = ctx->sentences->len, s = 0;
    const DossierToken *toks = (const DossierToken *) (void *) ctx->tokens->data;
    const char *text = ctx->text;

    for (guint c = 0; c < n_entries; c++)
      {
        guint i = entries[c].tok;
        const DossierSentence *sent;
        Match m;

        /* the tokens and the text of the entries ahead, cold since the
         * classifying loop: the token 16 entries ahead, the text of
         * the one 8 ahead (its token in the cache by then) */
        if (c + 16 < n_entries)
          __builtin_prefetch (&toks[entries[c + 16].tok]);
        if (c + 8 < n_entries)
          __builtin_prefetch (text + toks[entries[c + 8].tok].start);

        /* dossier_context_token_sentence (): the last sentence whose first
         * token is at or before @i; the triggers come in text order, so
         * the sentence only moves forward */
        while (s + 1 < n_sents && sents[s + 1].first_token <= i)
          s++;
        if (i < next || s >= n_sents)
          continue;
        sent = &sents[s];
        if (i < sent->first_token || i >= MIN (sent->first_token + sent->n_tokens, p.n))
          continue;
        if (s != sentence)
          {
            sentence = s;
            p.s_first = sent->first_token;
            p.para = sent->paragraph;
            p.s_end = MIN (sent->first_token + sent->n_tokens, p.n);
            fill_window (&p, p.s_first > WIN_BEFORE ? p.s_first - WIN_BEFORE : 0,
                         MIN (p.s_end + WIN_AFTER, p.n), &cursor);
          }
        {
          /* most "the": match_at ()'s first test for them, without the call */
          if (entries[c].info.cls == C_DET && det_stops (&p, i))
            continue;
          /* "a" (not hyphenated) starts a count or nothing (match_count ()
           * and match_spelled_year ()), and a count needs a unit within
           * the next six tokens */
          if (entries[c].info.cls == C_NUMWORD && entries[c].info.val == -1 &&
              !(tok (&p, i)->flags & DOSSIER_TOKEN_HYPHENATED) && !unit_within (&p, i, 6))
            continue;
          if (entries[c].info.num >= 0 && plain_number_stops (&p, i))
            continue;
          if (match_at (&p, i, &m) && m.last >= m.first && m.last < p.s_end && m.value[0])
            {
              guint start = tok (&p, m.first)->start;
              guint end = tok (&p, m.last)->end - tok_poss (&p, m.last);
              /* a trailing period kept by an abbreviation is not part of "next week." */
              if (G_UNLIKELY (n_found == found_room))
                {
                  /* (n_found <= c < n_entries: room for n_entries + 1 is always enough) */
                  found_room = MIN (n_entries + 1, 2 * found_room);
                  tokidx = g_renew (guint, tokidx, found_room);
                  found_tx = g_renew (DossierTimexInfo, found_tx, found_room);
                }
              add_timex (&found_tx[n_found], start, end, &m);
              tokidx[n_found++] = m.first;
              if (m.gran == TG_QUARTER && m.quarter)
                {
                  p.last_q_year = m.year;
                  p.last_q = m.quarter;
                }
              if (m.gran == TG_YEAR && !m.relative)
                p.last_year = m.year;
              if (strlen (m.value) >= 10 && g_ascii_isdigit (m.value[0]) && m.value[4] == '-' &&
                  m.value[7] == '-' && g_ascii_isdigit (m.value[8]))
                {
                  memcpy (p.last_day, m.value, 10);
                  p.last_day[10] = '\0';
                  p.last_day_para = p.para;
                }
              if (m.gran == TG_MONTH && m.value[0] != 'X' && strlen (m.value) == 7)
                {
                  p.last_month_y = atoi (m.value);
                  p.last_month_m = atoi (m.value + 5);
                }
              if (m.gran != TG_NONE)
                p.last_gran = m.gran;
              next = m.last + 1;
            }
        }
      }
  }
  g_array_append_vals (ctx->timexes, found_tx, n_found);
  g_free (found_tx);
  resolve_quoted (&p, tokidx);
  g_free (tokidx);

  add_published (ctx);
  g_free (entries);
  g_free (p.win);
  g_free (p.win_tense);
}

/* The publication date stated in the header or footer, when no timex covers
 * it yet: a timex built on the layout pass's published range. */
static void
add_published (DossierContext *ctx)
{
  const DossierRange *r = &ctx->metadata.published_range;
  const char *pub = ctx->metadata.published;
  DossierTimexInfo info = { 0 };
  guint pos = 0;

  if (DOSSIER_RANGE_EMPTY (*r) || pub == NULL || r->end > ctx->length)
    return;
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      const DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      if (t->start < r->end && r->start < t->end)
        return;
      if (t->start < r->start)
        pos = k + 1;
    }
  info.start = r->start;
  info.end = r->end;
  info.type = strchr (pub, 'T') ? DOSSIER_TIMEX_TIME : DOSSIER_TIMEX_DATE;
  info.value = g_strdup (pub);
  info.anchor = -2;
  g_array_insert_val (ctx->timexes, pos, info);
  /* the anchors of the timexes after it move by one */
  for (guint k = 0; k < ctx->timexes->len; k++)
    {
      DossierTimexInfo *t = &g_array_index (ctx->timexes, DossierTimexInfo, k);
      if (k != pos && t->anchor >= (int) pos)
        t->anchor++;
    }
}
