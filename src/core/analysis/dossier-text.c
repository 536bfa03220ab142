/* dossier-text.c — the text pass: lines, paragraphs, tokens, sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paragraphs are separated by blank lines; a text with no blank line at all
 * (one paragraph a line, as in wire copy) has one paragraph per line.
 * Tokens are words (with inner apostrophes, hyphens, periods of dotted
 * abbreviations, and digit groups), quote marks and other punctuation.
 * Sentences end at . ! ? (after any closing quote marks or brackets) before
 * a capitalised word, a quote mark, a digit or the end of the paragraph, and
 * at a line break after a short line with no final punctuation (a headline,
 * a byline, a dateline).
 */
#define G_LOG_DOMAIN "dossier-text"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "dossier-text.h"

/* Words that keep their period: titles, months, and common abbreviations. */
static const char * const abbreviations[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt",
  "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Cpl", "Pvt", "Amb",
  "Jr", "Sr", "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "Co", "Corp", "Inc", "Ltd", "Bros",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  "No", "Nos", "vs", "etc", "approx", "est", "Vol", "pp", "cf", "al", "Ph", "Gens", "Reps", "Sens",
  "Calif", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Wash", "Wis", "Ariz",
  "Colo", "Okla", "Ore", "Del", "Kan", "Neb", "Nev", "Ala", "Ark", "Ga", "Ky", "La", "Md",
  "Miss", "Mo", "Mont", "Va", "Vt", "Wyo", "Ind", "Ia", "Tex",
};

/* Abbreviations after which a capitalised word never starts a sentence. */
static const char * const prefix_abbreviations[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt",
  "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Cpl", "Pvt", "Amb",
  "St", "Mt", "Ft", "No", "Nos", "vs", "Gens", "Reps", "Sens",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
};

/* Words that, capitalised after an abbreviation such as "U.S.", start a new sentence. */
static const char * const sentence_openers[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On",
  "At", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its", "Our",
  "If", "When", "While", "After", "Before", "As", "So", "Yet", "Still", "However", "Meanwhile",
  "Asked", "According", "For", "With", "Some", "Many", "Most", "One", "Two", "Officials",
};

/* The three lists in one open-addressing table (FNV-1a of the word): for
 * each word, which lists hold it. One probe or two a look-up, no copy. */
enum
{
  SET_ABBREV = 1 << 0,
  SET_PREFIX = 1 << 1,
  SET_OPENER = 1 << 2,
};

#define SET_SLOTS 512

typedef struct
{
  const char *word;
  guint8      len;
  guint8      sets;
} SetSlot;

static SetSlot set_slots[SET_SLOTS];

static inline guint32
set_hash (const char *w,
          gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) w[i]) * 16777619u;
  return h;
}

static void
add_to_sets (const char * const *words,
             guint               n,
             guint               set)
{
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      guint32 h = set_hash (words[i], len) & (SET_SLOTS - 1);

      while (set_slots[h].word != NULL && strcmp (set_slots[h].word, words[i]) != 0)
        h = (h + 1) & (SET_SLOTS - 1);
      set_slots[h].word = words[i];
      set_slots[h].len = (guint8) len;
      set_slots[h].sets |= (guint8) set;
    }
}

static void init_gp_class (void);

static void
init_sets (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      G_STATIC_ASSERT (G_N_ELEMENTS (abbreviations) + G_N_ELEMENTS (prefix_abbreviations) +
                       G_N_ELEMENTS (sentence_openers) < SET_SLOTS / 2);
      add_to_sets (abbreviations, G_N_ELEMENTS (abbreviations), SET_ABBREV);
      add_to_sets (prefix_abbreviations, G_N_ELEMENTS (prefix_abbreviations), SET_PREFIX);
      add_to_sets (sentence_openers, G_N_ELEMENTS (sentence_openers), SET_OPENER);
      init_gp_class ();
      g_once_init_leave (&done, 1);
    }
}

/* Whether the word @s (@len bytes) is in the list @set (SET_*). */
static gboolean
set_contains (guint       set,
              const char *s,
              gsize       len)
{
  guint32 h;

  if (len == 0 || len >= 32)
    return FALSE;
  for (h = set_hash (s, len) & (SET_SLOTS - 1); set_slots[h].word != NULL; h = (h + 1) & (SET_SLOTS - 1))
    if (set_slots[h].len == len && memcmp (set_slots[h].word, s, len) == 0)
      return (set_slots[h].sets & set) != 0;
  return FALSE;
}

/* ASCII classes, for the fast paths: one look-up instead of a chain of tests. */
enum
{
  C_ALNUM = 1 << 0,  /* g_ascii_isalnum: a word character */
  C_SPACE = 1 << 1,  /* is_space() */
};

static const guint8 ascii_class[128] = {
  ['\t'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE, [' '] = C_SPACE,
  ['0'] = C_ALNUM, ['1'] = C_ALNUM, ['2'] = C_ALNUM, ['3'] = C_ALNUM, ['4'] = C_ALNUM,
  ['5'] = C_ALNUM, ['6'] = C_ALNUM, ['7'] = C_ALNUM, ['8'] = C_ALNUM, ['9'] = C_ALNUM,
  ['A'] = C_ALNUM, ['B'] = C_ALNUM, ['C'] = C_ALNUM, ['D'] = C_ALNUM, ['E'] = C_ALNUM,
  ['F'] = C_ALNUM, ['G'] = C_ALNUM, ['H'] = C_ALNUM, ['I'] = C_ALNUM, ['J'] = C_ALNUM,
  ['K'] = C_ALNUM, ['L'] = C_ALNUM, ['M'] = C_ALNUM, ['N'] = C_ALNUM, ['O'] = C_ALNUM,
  ['P'] = C_ALNUM, ['Q'] = C_ALNUM, ['R'] = C_ALNUM, ['S'] = C_ALNUM, ['T'] = C_ALNUM,
  ['U'] = C_ALNUM, ['V'] = C_ALNUM, ['W'] = C_ALNUM, ['X'] = C_ALNUM, ['Y'] = C_ALNUM,
  ['Z'] = C_ALNUM,
  ['a'] = C_ALNUM, ['b'] = C_ALNUM, ['c'] = C_ALNUM, ['d'] = C_ALNUM, ['e'] = C_ALNUM,
  ['f'] = C_ALNUM, ['g'] = C_ALNUM, ['h'] = C_ALNUM, ['i'] = C_ALNUM, ['j'] = C_ALNUM,
  ['k'] = C_ALNUM, ['l'] = C_ALNUM, ['m'] = C_ALNUM, ['n'] = C_ALNUM, ['o'] = C_ALNUM,
  ['p'] = C_ALNUM, ['q'] = C_ALNUM, ['r'] = C_ALNUM, ['s'] = C_ALNUM, ['t'] = C_ALNUM,
  ['u'] = C_ALNUM, ['v'] = C_ALNUM, ['w'] = C_ALNUM, ['x'] = C_ALNUM, ['y'] = C_ALNUM,
  ['z'] = C_ALNUM,
};

static inline gboolean
is_ascii_alnum_byte (guchar b)
{
  return b < 0x80 && (ascii_class[b] & C_ALNUM) != 0;
}

/* g_utf8_get_char () without the call for two and three bytes (the same
 * value, also for what is no valid UTF-8: then g_utf8_get_char () itself). */
static inline gunichar
utf8_get (const char *s)
{
  guchar c = (guchar) s[0], c1, c2;

  if (c >= 0xC0 && c < 0xE0)
    {
      c1 = (guchar) s[1];
      if ((c1 & 0xC0) == 0x80)
        return (gunichar) (c & 0x1F) << 6 | (c1 & 0x3F);
    }
  else if (c >= 0xE0 && c < 0xF0)
    {
      c1 = (guchar) s[1];
      if ((c1 & 0xC0) == 0x80)
        {
          c2 = (guchar) s[2];
          if ((c2 & 0xC0) == 0x80)
            return (gunichar) (c & 0x0F) << 12 | (gunichar) (c1 & 0x3F) << 6 | (c2 & 0x3F);
        }
    }
  return g_utf8_get_char (s);
}

static inline gunichar
char_at (const char *text,
         gsize       length,
         gsize       i,
         gsize      *next)
{
  guchar c = (guchar) text[i];

  if (c < 0x80)
    {
      *next = i + 1;
      return c;
    }
  *next = g_utf8_next_char (text + i) - text;
  if (*next > length)
    *next = length;
  return utf8_get (text + i);
}

/* g_utf8_strlen (@s, @len) == 1 for whole characters of valid UTF-8: the
 * first character takes the @len bytes. */
static inline gboolean
is_one_char (const char *s,
             gsize       len)
{
  return len > 0 && (gsize) g_utf8_skip[(guchar) s[0]] == len;
}

/* The classes of the General Punctuation block (U+2000 to U+206F: the
 * quote marks, dashes and spaces of news text), worked out once through
 * GLib (init_sets ()): C_ALNUM for is_word_char (), C_SPACE for is_space (). */
#define GP_FIRST 0x2000
#define GP_N     0x70
static guint8 gp_class[GP_N];

static void
init_gp_class (void)
{
  for (gunichar c = GP_FIRST; c < GP_FIRST + GP_N; c++)
    gp_class[c - GP_FIRST] = ((g_unichar_isalnum (c) || g_unichar_ismark (c)) ? C_ALNUM : 0) |
                             (g_unichar_isspace (c) ? C_SPACE : 0);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return (ascii_class[c] & C_ALNUM) != 0;
  if (c - GP_FIRST < GP_N)
    return (gp_class[c - GP_FIRST] & C_ALNUM) != 0;
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case '"': case '\'':
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return (ascii_class[c] & C_SPACE) != 0;
  if (c - GP_FIRST < GP_N)
    return (gp_class[c - GP_FIRST] & C_SPACE) != 0;
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x80 && g_unichar_isspace (c));
}

/* UTF-8 read as Latin-1 and encoded again ("FranÃ§ois", "PeÃ±a" in text
 * scraped through a wrong conversion): a character of U+0080 to U+00BF
 * (a continuation byte read as Latin-1) right after "Â" or "Ã" (the lead
 * bytes of U+0080 to U+00FF), composed or not, is part of the word, so that the name is not
 * cut in two. A no-break space (U+00A0) stays a space. */
static inline gboolean
is_mojibake_tail (const char *text,
                  gsize       i,
                  gunichar    d)
{
  /* U+00C2 and U+00C3 are C3 82 and C3 83; decomposed (NFD), "A" and
   * U+0302 or U+0303: 41 CC 82 and 41 CC 83 */
  if (d < 0x80 || d > 0xBF || d == 0xA0 || i < 2 ||
      ((guchar) text[i - 1] != 0x82 && (guchar) text[i - 1] != 0x83))
    return FALSE;
  return (guchar) text[i - 2] == 0xC3 ||
         ((guchar) text[i - 2] == 0xCC && i >= 3 && text[i - 3] == 'A');
}

/* Scans one word starting at @i; returns its end. Sets *dotted when it kept
 * inner periods (U.S), *hyphen when it has an inner hyphen. */
static gsize
scan_word (const char *text,
           gsize       length,
           gsize       i,
           gsize       from,
           gboolean   *dotted,
           gboolean   *hyphen)
{
  gsize next;
  gunichar c = char_at (text, length, i, &next);
  gboolean digit_start = c < 0x80 && g_ascii_isdigit (c);

  *dotted = *hyphen = FALSE;
  /* (@from: past the first character, [next, @from) ASCII letters and
   * digits the caller has seen: the walk below would pass them) */
  i = MAX (next, from);
  while (i < length)
    {
      gsize n1, n2;
      gunichar d;

      /* the common case: a run of ASCII letters and digits */
      while (is_ascii_alnum_byte ((guchar) text[i]))
        if (++i >= length)
          return i;
      d = char_at (text, length, i, &n1);

      if (is_word_char (d))
        {
          i = n1;
          continue;
        }
      if (is_mojibake_tail (text, i, d))
        {
          i = n1;
          continue;
        }
      if (n1 >= length)
        break;
      gunichar e = char_at (text, length, n1, &n2);
      if (is_apostrophe (d) && is_word_char (e) && !(e < 0x80 && g_ascii_isdigit (e)))
        {
          /* don't, O'Brien, but not the closing mark of 'pauses' + s… */
          i = n2;
          continue;
        }
      if (is_hyphen (d) && is_word_char (e))
        {
          *hyphen = TRUE;
          i = n2;
          continue;
        }
      if (digit_start && (d == ',' || d == '.' || d == ':') && e < 0x80 && g_ascii_isdigit (e))
        {
          i = n2;
          continue;
        }
      if (d == '.' && !digit_start && g_unichar_isalpha (e))
        {
          /* U.S, p.m, a.m: a single letter before and after the period */
          gsize after = n2;
          gunichar f = after < length ? char_at (text, length, after, &n2) : 0;
          if (!is_word_char (f) || f == '.')
            {
              *dotted = TRUE;
              i = after;
              continue;
            }
        }
      if (d == '&' && g_unichar_isupper (e))
        {
          i = n2;
          continue;
        }
      break;
    }
  return i;
}

/* Tokens are gathered in a small buffer and appended to ctx->tokens in
 * batches: one g_array_append_vals() per line or per TOKEN_BATCH tokens. */
#define TOKEN_BATCH 256

typedef struct
{
  DossierToken tokens[TOKEN_BATCH];
  guint        n;
} TokenBatch;

static void
flush_tokens (DossierContext *ctx,
              TokenBatch     *batch)
{
  if (batch->n > 0)
    g_array_append_vals (ctx->tokens, batch->tokens, batch->n);
  batch->n = 0;
}

static inline void
add_token (DossierContext *ctx,
           TokenBatch     *batch,
           guint           start,
           guint           end,
           guint           flags)
{
  DossierToken *t;

  if (G_UNLIKELY (batch->n == TOKEN_BATCH))
    flush_tokens (ctx, batch);
  t = &batch->tokens[batch->n++];
  t->start = start;
  t->end = end;
  t->flags = flags;
}

static guint
word_flags (const char *text,
            gsize       start,
            gsize       end)
{
  guint flags = DOSSIER_TOKEN_WORD;
  gboolean first = TRUE, all_upper = TRUE;
  guint n_letters = 0;

  for (const char *p = text + start; p < text + end; )
    {
      guchar b = (guchar) *p;
      gboolean alpha, upper;

      /* nothing further can change the flags: the first letter or digit
       * is known and a lower-case letter rules out ALL_CAPS */
      if (!first && !all_upper)
        break;

      if (b < 0x80)
        {
          p++;
          if (g_ascii_isdigit (b))
            {
              if (first)
                {
                  flags |= DOSSIER_TOKEN_NUMBER;
                  first = FALSE;
                }
              continue;
            }
          alpha = g_ascii_isalpha (b);
          upper = g_ascii_isupper (b);
        }
      else
        {
          gunichar c = utf8_get (p);
          p = g_utf8_next_char (p);
          if (g_unichar_isdigit (c))
            {
              if (first)
                {
                  flags |= DOSSIER_TOKEN_NUMBER;
                  first = FALSE;
                }
              continue;
            }
          alpha = g_unichar_isalpha (c);
          upper = g_unichar_isupper (c) || g_unichar_istitle (c);
        }
      if (alpha)
        {
          n_letters++;
          if (first)
            {
              if (upper)
                flags |= DOSSIER_TOKEN_CAPITALIZED;
              first = FALSE;
            }
          if (!upper)
            all_upper = FALSE;
        }
    }
  if (all_upper && n_letters >= 2)
    flags |= DOSSIER_TOKEN_ALL_CAPS;
  return flags;
}

/* The end of a word and its flags (word_flags()) in one walk: for a word starting at
 * @i with an ASCII letter or digit, the end of its run of ASCII letters
 * and digits and the run's *flags; *goes_on when the byte there may go on
 * the word (scan_word() would decide, see ascii_word_stops()). */
enum
{
  W_ALNUM = 1 << 0,
  W_DIGIT = 1 << 1,
  W_UPPER = 1 << 2,
  W_LOWER = 1 << 3,
  W_GOES_ON = 1 << 4,  /* ' - , . : & and the non-ASCII bytes: scan_word() decides */
};

static const guint8 word_class[256] = {
#define D W_ALNUM | W_DIGIT
#define U W_ALNUM | W_UPPER
#define L W_ALNUM | W_LOWER
#define G W_GOES_ON
#define G8 G, G, G, G, G, G, G, G
#define G64 G8, G8, G8, G8, G8, G8, G8, G8
  ['0'] = D, ['1'] = D, ['2'] = D, ['3'] = D, ['4'] = D,
  ['5'] = D, ['6'] = D, ['7'] = D, ['8'] = D, ['9'] = D,
  ['A'] = U, ['B'] = U, ['C'] = U, ['D'] = U, ['E'] = U, ['F'] = U, ['G'] = U,
  ['H'] = U, ['I'] = U, ['J'] = U, ['K'] = U, ['L'] = U, ['M'] = U, ['N'] = U,
  ['O'] = U, ['P'] = U, ['Q'] = U, ['R'] = U, ['S'] = U, ['T'] = U, ['U'] = U,
  ['V'] = U, ['W'] = U, ['X'] = U, ['Y'] = U, ['Z'] = U,
  ['a'] = L, ['b'] = L, ['c'] = L, ['d'] = L, ['e'] = L, ['f'] = L, ['g'] = L,
  ['h'] = L, ['i'] = L, ['j'] = L, ['k'] = L, ['l'] = L, ['m'] = L, ['n'] = L,
  ['o'] = L, ['p'] = L, ['q'] = L, ['r'] = L, ['s'] = L, ['t'] = L, ['u'] = L,
  ['v'] = L, ['w'] = L, ['x'] = L, ['y'] = L, ['z'] = L,
  ['\''] = G, ['-'] = G, [','] = G, ['.'] = G, [':'] = G, ['&'] = G,
  [0x80] = G64, G64,
#undef G64
#undef G8
#undef G
#undef L
#undef U
#undef D
};

#define SWAR_BYTES(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* 0x80 in each byte of @y (bytes below 0x80) from @lo to @hi: no carry
 * crosses a byte, so the test is exact for each. */
static inline guint64
swar_in_range (guint64 y,
               guint   lo,
               guint   hi)
{
  return (y + SWAR_BYTES (0x80 - lo)) & ~(y + SWAR_BYTES (0x80 - (hi + 1))) & SWAR_BYTES (0x80);
}

static inline gsize
ascii_word (const char *text,
            gsize       end,
            gboolean    unbounded,
            gsize       readable,
            gsize       i,
            guint      *flags,
            gboolean   *goes_on)
{
  guint first = word_class[(guchar) text[i]];
  guint any = 0, k = first;
  gsize j = i;

  /* the letters and digits, and which kinds they are */
  if (G_LIKELY (unbounded))
    {
      /* the byte at a line's end (a line break, or the text's NUL)
       * stops the walk; sixteen bytes at a time (SSE2, all x86-64) or
       * eight while they can be read */
#ifdef __SSE2__
      while (j + 16 <= readable)
        {
          /* a byte in [lo, hi]: moved to [-128, -128 + hi - lo] as a
           * signed byte, the only ones below -128 + hi - lo + 1 */
#define IN_RANGE(x, lo, hi) \
          _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 ((x), _mm_set1_epi8 ((char) (0x80 - (lo)))), \
                                             _mm_set1_epi8 ((char) (-128 + (hi) - (lo) + 1))))
          __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (text + j));
          guint digit = (guint) IN_RANGE (x, '0', '9');
          guint upper = (guint) IN_RANGE (x, 'A', 'Z');
          guint lower = (guint) IN_RANGE (x, 'a', 'z');
          guint stop = ~(digit | upper | lower) & 0xFFFF;
#undef IN_RANGE

          if (stop != 0)
            {
              guint in = (1u << __builtin_ctz (stop)) - 1;

              any |= ((upper & in) != 0) * W_UPPER | ((lower & in) != 0) * W_LOWER;
              j += (guint) __builtin_ctz (stop);
              k = word_class[(guchar) text[j]];
              goto walked;
            }
          any |= (upper != 0) * W_UPPER | (lower != 0) * W_LOWER;
          j += 16;
        }
#endif
      while (j + 8 <= readable)
        {
          guint64 x, y, digit, upper, lower, stop;

          memcpy (&x, text + j, 8);
          y = x & SWAR_BYTES (0x7F);
          digit = swar_in_range (y, '0', '9');
          upper = swar_in_range (y, 'A', 'Z');
          lower = swar_in_range (y, 'a', 'z');
          stop = ~(digit | upper | lower) & SWAR_BYTES (0x80);
          stop |= x & SWAR_BYTES (0x80);  /* non-ASCII */
          if (stop != 0)
            {
              guint n = (guint) __builtin_ctzll (stop) >> 3;
              guint64 in = n == 0 ? 0 : G_MAXUINT64 >> (64 - 8 * n);

              any |= ((upper & in) != 0) * W_UPPER | ((lower & in) != 0) * W_LOWER;
              j += n;
              k = word_class[(guchar) text[j]];
              goto walked;
            }
          any |= (upper != 0) * W_UPPER | (lower != 0) * W_LOWER;
          j += 8;
        }
      k = word_class[(guchar) text[j]];
      while (k & W_ALNUM)
        {
          any |= k;
          k = word_class[(guchar) text[++j]];
        }
    }
  else
    {
      do
        {
          any |= k;
          if (++j >= end)
            break;
          k = word_class[(guchar) text[j]];
        }
      while (k & W_ALNUM);
    }
walked:
  *goes_on = j < end && (k & W_GOES_ON);

  *flags = DOSSIER_TOKEN_WORD;
  if (first & W_DIGIT)
    *flags |= DOSSIER_TOKEN_NUMBER;
  else if (first & W_UPPER)
    *flags |= DOSSIER_TOKEN_CAPITALIZED;
  if (!(any & W_LOWER) && (any & W_UPPER))
    {
      /* no small letter: all capitals when there are two or more */
      guint n_upper = 0;

      for (gsize q = i; q < j; q++)
        n_upper += (word_class[(guchar) text[q]] & W_UPPER) != 0;
      if (n_upper >= 2)
        *flags |= DOSSIER_TOKEN_ALL_CAPS;
    }
  return j;
}

/* For a run of ASCII letters and digits [i, @j) that ascii_word() ended at
 * a byte that may go on a word: whether scan_word() ends the word there
 * too. A comma, colon or period followed by what cannot go on with it
 * ("Paris, the", "said. The", "2023." but not "1,200", "3:30", "U.S"); the
 * other cases (' - & and a period before a letter) are left to scan_word(). */
static inline gboolean
ascii_word_stops (const char *text,
                  gsize       end,
                  gsize       j,
                  gboolean    digit_start)
{
  guchar d = (guchar) text[j], e;

  if (d != ',' && d != '.' && d != ':')
    return FALSE;
  if (j + 1 >= end)
    return TRUE;
  e = (guchar) text[j + 1];
  if (digit_start)
    return !g_ascii_isdigit (e);
  if (d != '.')
    return TRUE;
  return e < 0x80 && !g_ascii_isalpha (e);
}

/* The tokens are written straight into ctx->tokens: its length is set
 * past room for them (GArray keeps what it holds: no copy, no zeroing),
 * and to the tokens written at the end (token_out_finish ()). In between,
 * token_out_used () is the number of tokens. */
typedef struct
{
  GArray       *array;
  DossierToken *next;
  DossierToken *limit;
} TokenOut;

static inline guint
token_out_used (const TokenOut *o)
{
  return (guint) (o->next - (DossierToken *) (void *) o->array->data);
}

/* Room for @want more tokens at o->next. */
static G_NO_INLINE void
token_out_room (TokenOut *o,
                gsize     want)
{
  guint used = token_out_used (o);

  g_array_set_size (o->array, used + (guint) want);
  o->next = (DossierToken *) (void *) o->array->data + used;
  o->limit = o->next + want;
}

/* (a line of @n bytes holds @n tokens at most: room for them, in pieces
 * of TOKEN_ROOM for a long line; room is made for up to TOKEN_ROOM_AHEAD
 * tokens at once, never more than the rest of the text's bytes) */
#define TOKEN_ROOM 4096
#define TOKEN_ROOM_AHEAD (64 * 1024)

static void
token_out_init (TokenOut *o,
                GArray   *array)
{
  guint used = array->len;

  o->array = array;
  g_array_set_size (array, used + 1);
  o->next = (DossierToken *) (void *) array->data + used;
  o->limit = o->next + 1;
}

/* Room for a line of @n_bytes, @rest bytes of text from its start on. */
static inline void
token_out_line (TokenOut *o,
                gsize     n_bytes,
                gsize     rest)
{
  gsize want = MIN (n_bytes, TOKEN_ROOM) + 1;

  if (G_UNLIKELY ((gsize) (o->limit - o->next) < want))
    token_out_room (o, MAX (want, MIN (rest + 1, TOKEN_ROOM_AHEAD)));
}

static void
token_out_finish (TokenOut *o)
{
  g_array_set_size (o->array, token_out_used (o));
}

static inline void
token_out_add (TokenOut *o,
               guint     start,
               guint     end,
               guint     flags)
{
  DossierToken *t;

  if (G_UNLIKELY (o->next == o->limit))
    token_out_room (o, TOKEN_ROOM);
  t = o->next++;
  t->start = start;
  t->end = end;
  t->flags = flags;
}

/* The general case of a token at @i (the character @c, its bytes up to
 * @next) that is no run of ASCII letters and digits ended where
 * scan_word() would end it: a word through scan_word(), else punctuation.
 * [@next, @from) are ASCII letters and digits already seen. Returns its
 * end and sets *flags. */
static G_NO_INLINE gsize
general_token (const char *text,
               gsize       end,
               gsize       i,
               gunichar    c,
               gsize       next,
               gsize       from,
               guint      *flags)
{
  gsize tok_end;

  if (is_word_char (c))
    {
      gboolean dotted, hyphen;
      tok_end = scan_word (text, end, i, from, &dotted, &hyphen);
      *flags = word_flags (text, i, tok_end);
      if (hyphen)
        *flags |= DOSSIER_TOKEN_HYPHENATED;
      if (tok_end < end && text[tok_end] == '.')
        {
          gsize wlen = tok_end - i;
          gboolean single_letter = is_one_char (text + i, wlen) &&
                                   g_unichar_isalpha (utf8_get (text + i));
          if (dotted || (single_letter && (*flags & DOSSIER_TOKEN_CAPITALIZED)) ||
              set_contains (SET_ABBREV, text + i, wlen))
            {
              tok_end++;
              *flags |= DOSSIER_TOKEN_ABBREVIATION;
            }
        }
    }
  else
    {
      tok_end = next;
      if (is_quote_char (c))
        *flags = DOSSIER_TOKEN_PUNCT | DOSSIER_TOKEN_QUOTE_MARK;
      else
        {
          *flags = DOSSIER_TOKEN_PUNCT;
          /* runs: -- --- ... !!! */
          if (c == '-' || c == '.' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_')
            while (tok_end < end && (guchar) text[tok_end] == c)
              tok_end++;
        }
    }
  return tok_end;
}

/* A run of ASCII letters and digits at @i through ascii_word(); returns
 * its end (0 when scan_word() must decide: general_token()), and the
 * run's end in *@run_end. */
static G_NO_INLINE gsize
ascii_word_token (const char *text,
                  gsize       end,
                  gboolean    unbounded,
                  gsize       readable,
                  gsize       i,
                  guint      *flags,
                  gsize      *run_end)
{
  gboolean goes_on;
  gsize tok_end = ascii_word (text, end, unbounded, readable, i, flags, &goes_on);

  *run_end = tok_end;
  if (goes_on && !ascii_word_stops (text, end, tok_end, (*flags & DOSSIER_TOKEN_NUMBER) != 0))
    return 0;
  return tok_end;
}

/* An abbreviation's period after the ASCII word [@i, @tok_end) (a single
 * capital letter, or a listed abbreviation): whether it belongs to it. */
static G_NO_INLINE gboolean
ascii_abbreviation (const char *text,
                    gsize       i,
                    gsize       tok_end,
                    guint       flags)
{
  return (tok_end - i == 1 && g_ascii_isalpha (text[i]) && (flags & DOSSIER_TOKEN_CAPITALIZED)) ||
         set_contains (SET_ABBREV, text + i, tok_end - i);
}

/* A word of ASCII letters and digits whose first run ended at @j on a
 * byte that may go on a word, joined by what scan_word() would join the
 * same way: an apostrophe (' or U+2019) and an ASCII letter (Trump’s,
 * don't), a hyphen and an ASCII letter or digit (well-known, COVID-19),
 * or in a number a comma, period or colon and a digit (1,200, 3:30); it
 * ends on a byte that no word goes on with (class 0: a
 * space, a line's end, most punctuation) or where ascii_word_stops ()
 * ends it ("well-known, the"). scan_word() and word_flags() would give the
 * same. The flags of the first run in *@flags, @no_small: it has no small
 * letter, @n_upper: its capitals (counted up to 2), @digit_start: it
 * starts with a digit. Returns the word's end, or 0 (general_token ()
 * decides: anything else). Only for a line whose end byte is no word's
 * (tokenize_line ()'s @unbounded). */
static inline gsize
ascii_joined_word (const char *text,
                   gsize       end,
                   gsize       j,
                   guint      *flags,
                   gboolean    no_small,
                   guint       n_upper,
                   gboolean    digit_start)
{
  const guchar *p = (const guchar *) text + j;
  gboolean hyphen = FALSE;
  guint k;

  for (;;)
    {
      if (p[0] == '\'' || (p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99))
        {
          p += p[0] == '\'' ? 1 : 3;
          /* a letter (no digit) goes on the word after an apostrophe */
          if (!(word_class[p[0]] & (W_UPPER | W_LOWER)))
            return 0;
        }
      else if (p[0] == '-')
        {
          p += 1;
          if (!(word_class[p[0]] & W_ALNUM))
            return 0;
          hyphen = TRUE;
        }
      else if (digit_start && (p[0] == ',' || p[0] == '.' || p[0] == ':') && g_ascii_isdigit (p[1]))
        p += 1;  /* 1,200 3.5 3:30 */
      else
        return 0;
      for (k = word_class[*p]; k & W_ALNUM; k = word_class[*++p])
        {
          no_small = no_small && !(k & W_LOWER);
          n_upper += (k & W_UPPER) != 0 && n_upper < 2;
        }
      if (k == 0)
        break;
      /* (k is W_GOES_ON) */
      if (ascii_word_stops (text, end, (gsize) ((const char *) p - text), digit_start))
        break;
    }
  /* (word_flags (): all capitals, two letters or more, none small) */
  if (no_small && n_upper >= 2)
    *flags |= DOSSIER_TOKEN_ALL_CAPS;
  else
    *flags &= ~(guint) DOSSIER_TOKEN_ALL_CAPS;
  if (hyphen)
    *flags |= DOSSIER_TOKEN_HYPHENATED;
  return (gsize) ((const char *) p - text);
}

/* @unbounded: the byte at @end cannot be part of a word (the text's line
 * breaks and its final NUL), so ascii_word() need not test for @end. */
static void
tokenize_line (DossierContext *ctx,
               TokenOut       *out,
               gsize           start,
               gsize           end,
               gboolean        unbounded,
               gboolean        paragraph_start)
{
  const char *text = ctx->text;
  gsize readable = ctx->length + 1;
  gsize i = start;
  /* the flags the next token takes from what came before it */
  guint pending = DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START |
                  (paragraph_start ? DOSSIER_TOKEN_PARAGRAPH_START : 0);

  token_out_line (out, end - start, ctx->length - start);
  while (i < end)
    {
      guchar b = (guchar) text[i];
      guint flags = 0;
      gsize tok_end = 0;

      if (G_LIKELY (b < 0x80))
        {
          guint cls = ascii_class[b];

          if (cls & C_SPACE)
            {
              pending |= DOSSIER_TOKEN_SPACE_BEFORE;
              i++;
              continue;
            }
          if (cls & C_ALNUM)
            {
              gsize run_end = i + 1;  /* the run of ASCII letters and digits */

#ifdef __SSE2__
              if (G_LIKELY (unbounded && i + 16 <= readable))
                {
                  /* ascii_word() for a word of up to 15 bytes, in one
                   * load: its letters (either case), digits and the
                   * case bit (0x20) of each byte */
#define IN_RANGE(x, lo, hi) \
                  ((guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 ((x), _mm_set1_epi8 ((char) (0x80 - (lo)))), \
                                                              _mm_set1_epi8 ((char) (-128 + (hi) - (lo) + 1)))))
                  __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (text + i));
                  guint letter = IN_RANGE (_mm_or_si128 (x, _mm_set1_epi8 (0x20)), 'a', 'z');
                  guint digit = IN_RANGE (x, '0', '9');
                  guint small = (guint) _mm_movemask_epi8 (_mm_slli_epi64 (x, 2));
                  guint stop = ~(letter | digit) & 0xFFFF;
#undef IN_RANGE

                  if (G_LIKELY (stop != 0))
                    {
                      guint n = (guint) __builtin_ctz (stop);
                      guint in = (1u << n) - 1;
                      guint upper = letter & ~small & in;
                      guint k;

                      tok_end = run_end = i + n;
                      flags = DOSSIER_TOKEN_WORD;
                      if (digit & 1)
                        flags |= DOSSIER_TOKEN_NUMBER;
                      else if (upper & 1)
                        flags |= DOSSIER_TOKEN_CAPITALIZED;
                      /* no small letter: all capitals when two or more */
                      if ((letter & small & in) == 0 && (upper & (upper - 1)) != 0)
                        flags |= DOSSIER_TOKEN_ALL_CAPS;
                      /* (the byte at a line's end is no word's: k is 0 there) */
                      k = word_class[(guchar) text[tok_end]];
                      if (G_UNLIKELY (k & W_GOES_ON) &&
                          !ascii_word_stops (text, end, tok_end, (flags & DOSSIER_TOKEN_NUMBER) != 0))
                        tok_end = ascii_joined_word (text, end, tok_end, &flags,
                                                     (letter & small & in) == 0,
                                                     (upper != 0) + ((upper & (upper - 1)) != 0),
                                                     (digit & 1) != 0);
                    }
                  else
                    tok_end = ascii_word_token (text, end, unbounded, readable, i, &flags, &run_end);
                }
              else
#endif
                tok_end = ascii_word_token (text, end, unbounded, readable, i, &flags, &run_end);
              if (G_LIKELY (tok_end != 0))
                {
                  /* ASCII letters and digits, then a byte that cannot go
                   * on a word (scan_word() would stop there too); a period
                   * after it may be an abbreviation's */
                  if (text[tok_end] == '.' && tok_end < end &&
                      ascii_abbreviation (text, i, tok_end, flags))
                    {
                      tok_end++;
                      flags |= DOSSIER_TOKEN_ABBREVIATION;
                    }
                }
              else
                tok_end = general_token (text, end, i, b, i + 1, run_end, &flags);
            }
          else if (b == '"' || b == '\'')
            {
              tok_end = i + 1;
              flags = DOSSIER_TOKEN_PUNCT | DOSSIER_TOKEN_QUOTE_MARK;
            }
          else
            {
              /* (as general_token (): no ASCII punctuation goes on a word) */
              tok_end = i + 1;
              flags = DOSSIER_TOKEN_PUNCT;
              /* runs: -- --- ... !!! */
              if (b == '-' || b == '.' || b == '!' || b == '?' || b == '*' || b == '=' || b == '_')
                while (tok_end < end && (guchar) text[tok_end] == b)
                  tok_end++;
            }
        }
      else
        {
          gsize next;
          gunichar c = char_at (text, end, i, &next);

          if (is_space (c))
            {
              pending |= DOSSIER_TOKEN_SPACE_BEFORE;
              i = next;
              continue;
            }
          tok_end = general_token (text, end, i, c, next, next, &flags);
        }
      token_out_add (out, (guint) i, (guint) tok_end, flags | pending);
      pending = 0;
      i = tok_end;
      /* the common space between two words, without the walk above */
      if (i < end && text[i] == ' ')
        {
          pending = DOSSIER_TOKEN_SPACE_BEFORE;
          i++;
        }
    }
}

static gboolean
token_is (const DossierContext *ctx,
          const DossierToken   *t,
          const char           *s)
{
  gsize len = strlen (s);
  return t->end - t->start == len && memcmp (ctx->text + t->start, s, len) == 0;
}

static gboolean
is_closing_punct (const DossierContext *ctx,
                  const DossierToken   *t)
{
  if (t->flags & DOSSIER_TOKEN_QUOTE_MARK)
    {
      /* a closing mark hugs the text before it */
      return !(t->flags & DOSSIER_TOKEN_SPACE_BEFORE);
    }
  return token_is (ctx, t, ")") || token_is (ctx, t, "]");
}

static gboolean
is_terminal (const DossierContext *ctx,
             const DossierToken   *t)
{
  if (!(t->flags & DOSSIER_TOKEN_PUNCT))
    return FALSE;
  char c = ctx->text[t->start];
  if (c == '!' || c == '?')
    return TRUE;
  if (c == '.')
    return TRUE;  /* "." or "..." */
  return FALSE;
}

static gboolean
starts_sentence (const DossierContext *ctx,
                 const DossierToken   *t)
{
  if (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_QUOTE_MARK))
    return TRUE;
  if (token_is (ctx, t, "(") || token_is (ctx, t, "["))
    return TRUE;
  return FALSE;
}

/* The sentences, written in place as the tokens (TokenOut): the array's
 * length is set past room for them, then to them (sentence_out_finish ()). */
typedef struct
{
  GArray *array;
  guint   used;     /* sentences (the array's length is past them) */
  guint   room;     /* the array's length */
} SentenceOut;

static void
sentence_out_init (SentenceOut *o,
                   GArray      *array,
                   guint        room)
{
  o->array = array;
  o->used = array->len;
  o->room = o->used + MAX (room, 16);
  g_array_set_size (array, o->room);
}

static inline void
sentence_out_add (SentenceOut           *o,
                  const DossierSentence *s)
{
  if (G_UNLIKELY (o->used == o->room))
    {
      o->room *= 2;
      g_array_set_size (o->array, o->room);
    }
  ((DossierSentence *) (void *) o->array->data)[o->used++] = *s;
}

static void
sentence_out_finish (SentenceOut *o)
{
  g_array_set_size (o->array, o->used);
}

/* Decides where sentences end inside a paragraph's tokens [first, last). */
static void
split_sentences (DossierContext *ctx,
                 SentenceOut    *out,
                 guint           first,
                 guint           last,
                 guint           paragraph)
{
  guint start_tok = first;
  DossierToken *tokens = (DossierToken *) (void *) ctx->tokens->data;

  for (guint i = first; i < last; i++)
    {
      DossierToken *t;
      gboolean end_here = FALSE;
      guint end_tok;  /* last token of the sentence */

      /* most tokens end nothing: a word (no punctuation, no abbreviation)
       * with the next token on its line */
      {
        const DossierToken *w = &tokens[i], *stop = &tokens[last - 1];
        while (w < stop &&
               ((w[0].flags & (DOSSIER_TOKEN_PUNCT | DOSSIER_TOKEN_ABBREVIATION)) |
                (w[1].flags & DOSSIER_TOKEN_LINE_START)) == 0)
          w++;
        i = (guint) (w - tokens);
      }
      t = &tokens[i];
      end_tok = i;
      if (i + 1 == last)
        end_here = TRUE;
      else if (is_terminal (ctx, t) && !(t->end - t->start == 3 && ctx->text[t->start] == '.' &&
                                         !(tokens[i + 1].flags & DOSSIER_TOKEN_LINE_START) &&
                                         !(tokens[i + 1].flags & DOSSIER_TOKEN_CAPITALIZED)))
        {
          guint j = i + 1;
          while (j < last && is_closing_punct (ctx, &tokens[j]))
            j++;
          if (j >= last)
            {
              end_tok = last - 1;
              i = last - 1;
              end_here = TRUE;
            }
          else if (starts_sentence (ctx, &tokens[j]) &&
                   (tokens[j].flags & DOSSIER_TOKEN_SPACE_BEFORE))
            {
              end_tok = j - 1;
              i = j - 1;
              end_here = TRUE;
            }
        }
      else if (t->flags & DOSSIER_TOKEN_ABBREVIATION)
        {
          const DossierToken *n = &tokens[i + 1];
          gsize wlen = t->end - t->start - 1;
          gboolean single_initial = is_one_char (ctx->text + t->start, wlen);
          if (!single_initial && !set_contains (SET_PREFIX, ctx->text + t->start, wlen) &&
              (n->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              set_contains (SET_OPENER, ctx->text + n->start, n->end - n->start))
            end_here = TRUE;
        }
      else if (tokens[i + 1].flags & DOSSIER_TOKEN_LINE_START)
        {
          /* a line break after a short line with no final punctuation */
          guint line_len = tokens[i].end - tokens[start_tok].start;
          const DossierToken *n = &tokens[i + 1];
          if (!is_terminal (ctx, t) && !token_is (ctx, t, ",") && line_len <= 100 &&
              starts_sentence (ctx, n))
            {
              /* only when the previous line itself started this sentence */
              if (tokens[start_tok].flags & DOSSIER_TOKEN_LINE_START)
                end_here = TRUE;
            }
        }

      if (end_here)
        {
          DossierSentence s;
          s.start = tokens[start_tok].start;
          s.end = tokens[end_tok].end;
          s.first_token = start_tok;
          s.n_tokens = end_tok - start_tok + 1;
          s.paragraph = paragraph;
          tokens[start_tok].flags |= DOSSIER_TOKEN_SENTENCE_START;
          sentence_out_add (out, &s);
          start_tok = end_tok + 1;
        }
    }
}

void
dossier_text_run (DossierContext *ctx)
{
  const char *text = ctx->text;
  gsize length = ctx->length;
  gboolean has_blank_line = FALSE;
  gsize i = 0;
  guint8 *blank;  /* per line: blank */
  guint n_lines = 0, lines_room, lines_base = ctx->lines->len;
  DossierRange *lines;
  gboolean unbounded;

  init_sets ();
  /* every line ends at a line break or at the text's NUL (the contract of
   * ctx->text), neither of them a word's byte: checked, not assumed */
  unbounded = word_class[(guchar) text[length]] == 0;
  /* about a token every 5 bytes of English news (a margin above that) */
  dossier_context_reserve (ctx->tokens, length / 4 + 64);
  /* and a line every 110 bytes or so, a sentence every 125, a paragraph
   * every 250 (margins above those) */
  dossier_context_reserve (ctx->lines, length / 64 + 16);
  dossier_context_reserve (ctx->sentences, length / 96 + 16);
  dossier_context_reserve (ctx->paragraphs, length / 192 + 16);

  /* lines (written in place, the array's length set past them, then to them) */
  lines_room = length / 64 + 16;
  g_array_set_size (ctx->lines, lines_base + lines_room);
  lines = (DossierRange *) (void *) ctx->lines->data + lines_base;
  blank = g_new (guint8, lines_room);
  while (i <= length)
    {
      const char *nl = i < length ? memchr (text + i, '\n', length - i) : NULL;
      gsize end = nl ? (gsize) (nl - text) : length;
      gsize content_end = end;
      DossierRange r;
      gboolean is_blank = TRUE;

      if (content_end > i && text[content_end - 1] == '\r')
        content_end--;
      r.start = (guint) i;
      r.end = (guint) content_end;
      for (gsize k = i; k < content_end; )
        {
          gsize next;
          gunichar c = char_at (text, content_end, k, &next);
          if (!is_space (c) && c != 0xFEFF)
            {
              is_blank = FALSE;
              break;
            }
          k = next;
        }
      if (nl == NULL && i == length && lines_base + n_lines > 0 && is_blank)
        break;  /* no empty last line after a final newline */
      if (G_UNLIKELY (n_lines == lines_room))
        {
          lines_room *= 2;
          g_array_set_size (ctx->lines, lines_base + lines_room);
          lines = (DossierRange *) (void *) ctx->lines->data + lines_base;
          blank = g_renew (guint8, blank, lines_room);
        }
      lines[n_lines] = r;
      blank[n_lines] = (guint8) is_blank;
      n_lines++;
      if (is_blank && lines_base + n_lines > 1)
        has_blank_line = TRUE;
      if (nl == NULL)
        break;
      i = end + 1;
    }
  g_array_set_size (ctx->lines, lines_base + n_lines);

  /* paragraphs and tokens */
  {
    gboolean in_paragraph = FALSE;
    DossierParagraph p = { 0 };
    guint para_first_token = 0;
    TokenOut out;
    SentenceOut sentences;

    token_out_init (&out, ctx->tokens);
    sentence_out_init (&sentences, ctx->sentences, length / 96 + 16);

    for (guint l = 0; l <= ctx->lines->len; l++)
      {
        gboolean at_end = l == ctx->lines->len;
        gboolean is_blank = at_end ? TRUE : blank[l];
        const DossierRange *r = at_end ? NULL : &g_array_index (ctx->lines, DossierRange, l);

        if (in_paragraph && (is_blank || !has_blank_line))
          {
            p.first_sentence = sentences.used;
            if (token_out_used (&out) > para_first_token)
              split_sentences (ctx, &sentences, para_first_token, token_out_used (&out), ctx->paragraphs->len);
            p.n_sentences = sentences.used - p.first_sentence;
            g_array_append_val (ctx->paragraphs, p);
            in_paragraph = FALSE;
          }
        if (at_end)
          break;
        if (is_blank)
          continue;
        if (!in_paragraph)
          {
            in_paragraph = TRUE;
            p.start = r->start;
            para_first_token = token_out_used (&out);
          }
        p.end = r->end;
        tokenize_line (ctx, &out, r->start, r->end, unbounded, para_first_token == token_out_used (&out));
      }
    token_out_finish (&out);
    sentence_out_finish (&sentences);
  }
  /* a paragraph whose lines held no token (only a BOM) gets trimmed away */
  g_free (blank);
}
