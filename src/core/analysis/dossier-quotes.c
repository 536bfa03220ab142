/* dossier-quotes.c — the quotes pass: quotation spans, speech cues, speakers
 *
 * Copyright 2026 The Dossier authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 1. Spans: the quote marks of each paragraph (each line, in a paragraph of
 *    long lines with no blank line between them) are paired with a small
 *    stack; the direction of a mark comes from the characters around it,
 *    then from the mark itself. A single mark that closes nothing, opens
 *    before a number ('90s) or sits inside a word is an apostrophe. Marks
 *    inside markup (<tweet author="…">) are skipped. A top-level mark left
 *    open at the end of its paragraph gives a span to the end of the
 *    paragraph (the news convention for quotes that run over several
 *    paragraphs), so an unclosed mark never swallows the rest of the text.
 * 2. Filter (not speech): single-quoted spans in a text that quotes with
 *    double marks (headline scare quotes); a short fragment or a title with
 *    no speech cue in its sentence; titles after a possessive or "on"
 *    (shows, books, films); "the word …"; a term of one or two words after
 *    "a" that the text keeps repeating.
 * 3. Attribution, first match wins: a cue right after the closing mark
 *    ("…," Kirby said / said Kirby / according to …); the nearest cue
 *    before the opening mark in its sentence; any cue after it; a name with
 *    any verb right after it; a transcript label (WALLACE: …); a dash line
 *    (― Jane Doe); a name or phrase before a colon; the subject of the
 *    clause for a fragment. With no cue: the speaker of the previous quote
 *    of the paragraph, a cue in an earlier sentence of the paragraph, or,
 *    for a quote that opens its paragraph, the paragraph before (its
 *    quotes, a closing colon, its last speech cue). A quote left open at
 *    a paragraph end takes the speaker of its continuation.
 *    Before those: a label after a dash ("― Jane Doe: "…""), a speaker set
 *    off by commas (", Jane Doe said,"), a possessive speech noun ("her
 *    remark that "…""). A whole-sentence quote after a quote of the same
 *    paragraph goes on with its speaker unless a bare "Roe said." follows;
 *    fragments joined by "and" share the speaker named after the last one;
 *    ", according to X" after a quote names the outer source.
 *    Speakers: a name (a names-pass mention, else an entity of this pass;
 *    the name after titles: "Secretary of State Jane Doe", "campaign
 *    manager Jane Doe"), a pronoun or a relative "who" (the first fitting
 *    name of the nearest sentence before, else the last speaker; added as a
 *    pronoun mention), or a description ("the Senate minority leader"):
 *    the name in apposition ("the nominee, Jane Doe,"), else the person
 *    named after that title earlier (the description kept as an alias),
 *    else the description itself as an entity of kind "other" ("the
 *    judge", "a longtime adviser to Jane Doe"). Texts and recordings ("the
 *    ad", "the book") speak for themselves.
 *    A fragment with no cue of its own takes the speaker a cue before an
 *    earlier quote of its sentence named ("X called it "…" and "…""),
 *    unless a new clause with its own subject opens between them. A place
 *    (a state, a city; not a country, not before a speech verb) is no
 *    speaker: the subject search steps over "in Salem, Ohio," and a
 *    dateline; a common word that opens a sentence ("Corporate
 *    lobbyists"), a party word ("one Democrat") and a name before an
 *    unknown noun ("The U.S. media has") make descriptions. A passive cue
 *    gives its agent ("was asked by Jim Roe").
 *    The source that holds a report speaks for the quotes in it: "X said
 *    (on Friday) that Y called it "…"", "According to X, Y said "…"",
 *    "…, X reported." A participle that goes on a clause ("…, calling
 *    him", "and asking", "while adding") takes that clause's subject, also
 *    across an earlier quote of the sentence; an opening "When/After/As
 *    …," clause, a time phrase ("Twelve years earlier,") and an expletive
 *    "it" are no subjects. A quote that nothing attributes takes the last
 *    speaker of its paragraph or the one before, else the person named
 *    last there (a guess that is nobody's cue for later quotes).
 *
 * Everything is linear in the text: each quote looks at a bounded window
 * of tokens around its marks.
 *
 * DOSSIER_QUOTES_DEBUG=1 prints, for each quote, its start byte, its index
 * and the rule that gave its speaker ("after", "before", "para-speaker",
 * "guess-person" …; "+pron" when a pronoun names it) on stderr.
 */
#define G_LOG_DOMAIN "dossier-quotes"

#include "config.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <string.h>

#include "dossier-lexicon.h"
#include "dossier-quotes.h"

#define MAX_DEPTH      8
#define WINDOW_AFTER   30   /* tokens looked at after a closing mark */
#define WINDOW_BEFORE  60   /* tokens looked at before an opening mark */
#define NO_TOKEN       G_MAXUINT

/* Whether two apostrophes ('') pair as a double quote mark, as in some
 * newspaper archive exports. Off: the quote marks are the ones the issue
 * and the evaluation contract name (" “ ” ‘ ’ ' « » ‹ ›); the PolNeAR gold
 * has no quotes at all in its '' articles, so pairing them there counts
 * every one as a false positive. Turn on for archives written that way. */
#define PAIR_DOUBLED_APOSTROPHES FALSE

typedef enum
{
  FAMILY_DOUBLE,
  FAMILY_SINGLE,
  FAMILY_GUILLEMET,
} Family;

typedef enum
{
  DIR_OPEN,
  DIR_CLOSE,
  DIR_AMBIGUOUS,
} Direction;

typedef struct
{
  guint    open_tok;   /* the first token of the opening mark */
  guint    content_tok;/* its last token ('' is two) */
  guint    close_tok;  /* NO_TOKEN when unclosed */
  guint    start;      /* content, marks excluded, trimmed */
  guint    end;
  guint    paragraph;
  guint    unit;            /* paragraph, or line of a paragraph of long lines */
  guint    unit_first;      /* first token of the unit */
  guint    prev_unit_first; /* first token of the unit before, or NO_TOKEN */
  Family   family;
  gboolean drop;
  gboolean after_cue;  /* attributed by a cue after its closing mark */
  gboolean weak;       /* attributed by no cue (a clause subject, a fallback) */
} Span;

typedef enum
{
  NP_NONE,
  NP_NAME,
  NP_PRONOUN,
  NP_DESCRIPTION,
} NpType;

typedef struct
{
  NpType type;
  guint  first;   /* tokens, inclusive */
  guint  last;
} Np;

typedef struct
{
  int          entity;
  DossierRange mention;
  DossierRange cue;
  gboolean     found;   /* a cue with a subject was found */
} Attribution;

/* A string -> entity + 1 table (open addressing, linear probing): the
 * names, surnames and aliases of every entity go in once per text, more
 * cheaply than through a GHashTable. */
typedef struct
{
  const char *key;    /* NULL: an empty slot */
  guint32     hash;
  guint       value;
} NameSlot;

typedef struct
{
  NameSlot *slots;
  guint     mask;
  guint     used;
} NameTable;

static guint32
name_hash (const char *s)
{
  guint32 h = 2166136261u;

  for (; *s; s++)
    h = (h ^ (guchar) *s) * 16777619u;
  return h;
}

static void
name_table_init (NameTable *t,
                 guint      expected)
{
  guint size = 256;

  /* (room for @expected keys without growing) */
  while (size < 2 * expected + 2 && size < (1u << 28))
    size *= 2;
  t->mask = size - 1;
  t->used = 0;
  t->slots = g_new0 (NameSlot, t->mask + 1);
}

static NameSlot *
name_table_find (const NameTable *t,
                 const char      *key,
                 guint32          h)
{
  guint i;

  for (i = h & t->mask; t->slots[i].key; i = (i + 1) & t->mask)
    if (t->slots[i].hash == h && strcmp (t->slots[i].key, key) == 0)
      break;
  return &t->slots[i];
}

/* @key's value, 0 when it has none */
static guint
name_table_lookup (const NameTable *t,
                   const char      *key)
{
  return name_table_find (t, key, name_hash (key))->value;
}

/* Sets @key to @value (a value > 0); with @replace FALSE only when @key has
 * none yet. An existing key keeps its first string, as in a GHashTable. */
static void
name_table_set (NameTable  *t,
                const char *key,
                guint       value,
                gboolean    replace)
{
  guint32 h = name_hash (key);
  NameSlot *slot = name_table_find (t, key, h);

  if (slot->key)
    {
      if (replace)
        slot->value = value;
      return;
    }
  slot->key = key;
  slot->hash = h;
  slot->value = value;
  if (++t->used * 2 > t->mask)
    {
      NameSlot *old = t->slots;
      guint n = t->mask + 1;

      t->mask = n * 2 - 1;
      t->slots = g_new0 (NameSlot, n * 2);
      for (guint k = 0; k < n; k++)
        if (old[k].key)
          {
            guint i;
            for (i = old[k].hash & t->mask; t->slots[i].key; i = (i + 1) & t->mask)
              ;
            t->slots[i] = old[k];
          }
      g_free (old);
    }
}

typedef struct
{
  DossierContext *ctx;
  GHashTable     *verbs;     /* borrowed lexicon lists */
  GHashTable     *nouns;
  GHashTable     *pronouns;
  GHashTable     *titles;
  NameTable       by_name;   /* name or surname -> entity + 1; the keys are
                                the entities' own strings, which live as long
                                as the context and never change */
  GArray         *spans;     /* Span */
  gboolean        has_double;
  gboolean        names_ran;  /* the names pass left mentions */
  guint           unit;           /* the unit find_spans is in */
  guint           unit_first;
  guint           prev_unit_first;

  int             last_speaker;
  guint           last_speaker_para;
  DossierRange    last_speaker_mention;

  guint8         *has_role;    /* per entity at the start of the pass */
  guint8         *is_person;   /* per entity at the start of the pass: its
                                  kind without loading it (a cache miss) */
  guint64        *role_sig;    /* per entity with a role: a bit per word of
                                  it (role_word_bit ()) */
  guint           n_roles;
  guint          *role_checked;/* per entity: the resolve_description () call
                                  that found its role does not fit */
  guint           role_call;
  guint           role_call_max;
  char            role_words[8][48]; /* the last head words looked for, each */
  guint           role_ids[8];       /* with its role_call: a role that did */
  guint           n_role_words;      /* not fit a word does not fit it again */
  NameTable       surnames;    /* surname -> the first person entity of known
                                  gender + 1, the next ones in surname_next */
  guint          *surname_next; /* entity -> the next one of its surname + 1 */
  guint          *mention_start; /* mention & (MENTION_TOK_CACHE - 1) -> the start */
  guint          *mention_tok;   /* it had when its token was worked out, and
                                    that token; G_MAXUINT: none */
  guint           n_mention_tok;
  int            *siblings;    /* gender_sibling () per entity * 2 + female; -2: not yet */
  guint           n_siblings;
  gboolean        words_of;    /* attribute_possessive_noun () found "Doe's
                                  pledge to be "…"": a phrase, not the clause */
} Quotes;

/* ---- characters and tokens -------------------------------------------- */

static gboolean
classify_mark (gunichar   c,
               Family    *family,
               Direction *inherent)
{
  switch (c)
    {
    case '"': *family = FAMILY_DOUBLE; *inherent = DIR_AMBIGUOUS; return TRUE;
    case 0x201C: case 0x201E: *family = FAMILY_DOUBLE; *inherent = DIR_OPEN; return TRUE;
    case 0x201D: case 0x201F: *family = FAMILY_DOUBLE; *inherent = DIR_CLOSE; return TRUE;
    case '\'': *family = FAMILY_SINGLE; *inherent = DIR_AMBIGUOUS; return TRUE;
    case 0x2018: case 0x201A: case 0x201B: *family = FAMILY_SINGLE; *inherent = DIR_OPEN; return TRUE;
    case 0x2019: *family = FAMILY_SINGLE; *inherent = DIR_CLOSE; return TRUE;
    case 0x00AB: case 0x2039: *family = FAMILY_GUILLEMET; *inherent = DIR_OPEN; return TRUE;
    case 0x00BB: case 0x203A: *family = FAMILY_GUILLEMET; *inherent = DIR_CLOSE; return TRUE;
    default: return FALSE;
    }
}

static gboolean
is_quote_char (gunichar c)
{
  Family f;
  Direction d;
  return classify_mark (c, &f, &d);
}

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         (c >= 0x80 && g_unichar_isspace (c));
}

/* Characters that may stand before an opening mark. */
/* Invisible format characters (direction marks, zero-width spaces, the
 * byte order mark): they stand around marks in pasted social-media text
 * ("\u202a”Sorry…” posted Jane Doe") and do not make a mark part of a word. */
static inline gboolean
is_format_char (gunichar c)
{
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

static gboolean
is_left_boundary (gunichar c)
{
  return is_space_char (c) || is_format_char (c) || is_quote_char (c) || c == '(' || c == '[' || c == '{' ||
         c == '-' || c == '/' || c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2026 ||
         c == '>' || c == '*';
}

/* Characters that may stand after a closing mark. */
static gboolean
is_right_boundary (gunichar c)
{
  return is_space_char (c) || is_format_char (c) || is_quote_char (c) || c == ',' || c == '.' || c == ';' ||
         c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' || c == '-' ||
         c == '/' || c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2026 || c == '<' ||
         c == '*';
}

/* ASCII lower-casing by table, without a function call per byte */
static const guchar fold_table[256] = {
#define R8(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7
  R8 (0x00), R8 (0x08), R8 (0x10), R8 (0x18), R8 (0x20), R8 (0x28), R8 (0x30), R8 (0x38),
  0x40, R8 ('a'), R8 ('i'), R8 ('q'), 'y', 'z', 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
  R8 (0x60), R8 (0x68), R8 (0x70), R8 (0x78),
  R8 (0x80), R8 (0x88), R8 (0x90), R8 (0x98), R8 (0xa0), R8 (0xa8), R8 (0xb0), R8 (0xb8),
  R8 (0xc0), R8 (0xc8), R8 (0xd0), R8 (0xd8), R8 (0xe0), R8 (0xe8), R8 (0xf0), R8 (0xf8),
#undef R8
};
#define FOLD(c) ((char) fold_table[(guchar) (c)])

static inline const char *
tok_str (const DossierContext *ctx,
         guint                 i,
         gsize                *len)
{
  const DossierToken *t = dossier_context_token (ctx, i);
  *len = t->end - t->start;
  return ctx->text + t->start;
}

/* Are the @n bytes at @a and @b equal, ASCII case folded? */
static inline gboolean
fold_equal (const char *a,
            const char *b,
            gsize       n)
{
  for (gsize k = 0; k < n; k++)
    if (FOLD (a[k]) != FOLD (b[k]))
      return FALSE;
  return TRUE;
}

/* Copies the token, ASCII-lower-cased, into @buf; FALSE when too long. */
static gboolean
tok_lower (const DossierContext *ctx,
           guint                 i,
           char                 *buf,
           gsize                 size)
{
  gsize len;
  const char *s = tok_str (ctx, i, &len);

  if (len + 1 > size)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    buf[k] = FOLD (s[k]);
  buf[len] = '\0';
  return TRUE;
}

/* Is token @i the lower-case @word, case-insensitively? Compares in place,
 * the lengths first. */
static gboolean
tok_is_len_compare (const DossierContext *ctx,
                    guint                 i,
                    const char           *word,
                    gsize                 n)
{
  gsize len;
  const char *s = tok_str (ctx, i, &len);

  for (gsize k = 0; k < n; k++)
    if (FOLD (s[k]) != word[k])
      return FALSE;
  return TRUE;
}

/* (the bounds and the length in line: most tokens fail there) */
static inline gboolean
tok_is_len (const DossierContext *ctx,
            guint                 i,
            const char           *word,
            gsize                 n)
{
  const DossierToken *t;

  if (i >= ctx->tokens->len || n >= 32)
    return FALSE;
  t = dossier_context_token (ctx, i);
  if (t->end - t->start != n)
    return FALSE;
  return tok_is_len_compare (ctx, i, word, n);
}

/* (the length of a literal word is worked out at compile time) */
#define tok_is(ctx, i, word) tok_is_len ((ctx), (i), (word), strlen (word))

/* ---- word classes per token --------------------------------------------
 *
 * The word lists below and the lexicon sets the pass reads (speech verbs,
 * speech nouns, pronouns, titles) are merged once for the process into one
 * table: lower-cased word -> bit mask of the lists that hold it. Each token
 * is lower-cased and looked up at most once per pass, when first asked
 * about; its mask is kept in an array over the tokens, so every later
 * "is this a preposition / a determiner / a speech verb" is a load and a
 * test. */
#define CLASS_COMPUTED  (1u << 31)
#define CLASS_VERB      (1u << 24)
#define CLASS_NOUN      (1u << 25)
#define CLASS_PRONOUN   (1u << 26)
#define CLASS_TITLE     (1u << 27)
#define CLASS_WORD_MAX  48

/* One slot of the class cache: token + 1 (0: empty) and its mask */
typedef struct
{
  guint32 tok;
  guint32 v;
} ClassEntry;

/* The masks are kept in a direct-mapped cache of at most CLASS_CACHE_MAX
 * slots (token i in slot i & mask), not in an array over every token:
 * the pass looks at windows around the quotes only, and an array over the
 * tokens of a long text (15 MB for 20 MB of text) cost a page fault for
 * nearly every 1,024 tokens. A text of up to CLASS_CACHE_MAX tokens has a
 * slot per token; in a longer one a token looked at again after the pass
 * moved on by that many tokens is worked out again. */
#define CLASS_CACHE_MAX (1u << 17)

typedef struct
{
  const DossierContext *ctx;
  ClassEntry           *classes;   /* the slots */
  guint                 mask;
  guint                 n;
  GHashTable           *sets[4];   /* verbs, nouns, pronouns, titles */
} ClassCache;

/* per thread: analyses may run in worker threads */
static _Thread_local ClassCache class_cache;

/* The sentence of token @i, as dossier_context_token_sentence () (the
 * last sentence whose first token is at or before @i), found from the
 * last answer when @i lies in that sentence or the next: the pass asks
 * mostly about tokens near each other, and a binary search each time
 * cost a tenth of the pass. */
static _Thread_local guint sentence_hint;

static inline guint
tok_sentence (const DossierContext *ctx,
              guint                 i)
{
  guint h = sentence_hint;
  guint n = ctx->sentences->len;
  const DossierSentence *s = (const DossierSentence *) (gpointer) ctx->sentences->data;

  if (h < n && s[h].first_token <= i)
    {
      if (h + 1 >= n || s[h + 1].first_token > i)
        return h;
      if (h + 2 >= n || s[h + 2].first_token > i)
        return sentence_hint = h + 1;
    }
  /* further away (the paragraph before, the next quote): galloping from
   * the hint, then a binary search between the last two probes, finds the
   * last sentence whose first token is at or before @i in a few probes
   * near the hint, where a binary search over every sentence takes ~18
   * cache misses */
  if (h < n)
    {
      guint lo, hi, step = 1;
      if (s[h].first_token <= i)
        {
          /* s[lo] at or before @i, s[hi] after it (or hi == n) */
          lo = h;
          while (lo + step < n && s[lo + step].first_token <= i)
            {
              lo += step;
              step *= 2;
            }
          hi = MIN (lo + step, n);
        }
      else
        {
          hi = h;
          for (;;)
            {
              if (hi < step)
                {
                  if (s[0].first_token > i)
                    return 0;  /* (as dossier_context_token_sentence ()) */
                  lo = 0;
                  break;
                }
              if (s[hi - step].first_token <= i)
                {
                  lo = hi - step;
                  break;
                }
              hi -= step;
              step *= 2;
            }
        }
      while (hi - lo > 1)
        {
          guint mid = lo + (hi - lo) / 2;
          if (s[mid].first_token <= i)
            lo = mid;
          else
            hi = mid;
        }
      return sentence_hint = lo;
    }
  return sentence_hint = dossier_context_token_sentence (ctx, i);
}

/* The sentence at @byte, as dossier_context_sentence_at () (the last
 * sentence that starts at or before it), from the last answer when @byte
 * lies in that sentence or the one before (the walks back over mentions). */
static _Thread_local guint byte_sentence_hint;

static inline guint
byte_sentence (const DossierContext *ctx,
               guint                 byte)
{
  guint h = byte_sentence_hint;
  guint n = ctx->sentences->len;
  const DossierSentence *s = (const DossierSentence *) (gpointer) ctx->sentences->data;

  if (h < n)
    {
      if (s[h].start <= byte)
        {
          if (h + 1 >= n || s[h + 1].start > byte)
            return h;
        }
      else if (h > 0 && s[h - 1].start <= byte)
        return byte_sentence_hint = h - 1;
    }
  return byte_sentence_hint = dossier_context_sentence_at (ctx, byte);
}

/* The first token whose end is after @byte, or the number of tokens:
 * dossier_context_token_at (), which gallops from its last answer (the
 * pass asks about bytes near each other: a cue, the quote it follows, a
 * mention there). */
#define tok_at(ctx, byte) dossier_context_token_at ((ctx), (byte))

typedef struct
{
  const char *word;   /* NULL: an empty slot */
  guint       len;
  guint32     bits;
  const char *noun;   /* the speech-noun lexicon's value for the word */
  guint64     w8[2];  /* a word of up to 16 bytes as class_key () packs it */
} ClassSlot;

static ClassSlot *class_slots;  /* the word classes as an open-addressed table */
static GHashTable *class_nouns; /* the speech-noun lexicon the table was built from */
static guint      class_mask;
/* per slot: its word's hash | 1, 0 when empty; probed before the slots
 * themselves (32 kB that stay in the cache, where the slots and the words
 * they point to are a cache miss each; most tokens asked about are in no
 * list and are told by the tags alone) */
static guint32   *class_tags;
/* bit n: a speech noun n bytes long stands for another word ("sen.") */
static guint64    class_noun_value_lens;
/* bit c: a speech noun that stands for another word starts with byte c */
static guint64    class_noun_value_first[4];

static inline __attribute__ ((always_inline)) guint32 compute_class (const DossierContext *ctx, guint i);

/* tok_class () when token @i is not in the cache (or there is none) */
static G_GNUC_NO_INLINE guint32
tok_class_slow (const DossierContext *ctx,
                guint                 i)
{
  ClassCache *c = &class_cache;

  if (G_LIKELY (c->ctx == ctx && i < c->n))
    {
      ClassEntry *e = &c->classes[i & c->mask];
      if (e->tok != i + 1)
        {
          e->tok = i + 1;
          e->v = compute_class (ctx, i);
        }
      return e->v;
    }
  return i < ctx->tokens->len ? compute_class (ctx, i) : CLASS_COMPUTED;
}

/* (in line: a hit in the cache is a few loads, no call and no saved
 * registers) */
static inline __attribute__ ((always_inline)) guint32
tok_class (const DossierContext *ctx,
           guint                 i)
{
  ClassCache *c = &class_cache;

  if (G_LIKELY (c->ctx == ctx && i < c->n))
    {
      const ClassEntry *e = &c->classes[i & c->mask];
      if (G_LIKELY (e->tok == i + 1))
        return e->v;
    }
  return tok_class_slow (ctx, i);
}

static gboolean
tok_in (const DossierContext *ctx,
        guint                 i,
        GHashTable           *set)
{
  char buf[CLASS_WORD_MAX];

  if (i >= ctx->tokens->len || !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_WORD) || !set)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (class_cache.sets); k++)
    if (class_cache.sets[k] == set)
      return (tok_class (ctx, i) & (CLASS_VERB << k)) != 0;
  return tok_lower (ctx, i, buf, sizeof buf) && g_hash_table_contains (set, buf);
}

/* Is token @i in the word list @list (one of hashed_lists)? */
#define tok_in_list(ctx, i, list) ((tok_class ((ctx), (i)) & LIST_BIT_##list) != 0)

static inline gboolean
tok_is_char (const DossierContext *ctx,
             guint                 i,
             char                  c)
{
  const DossierToken *t;
  if (i >= ctx->tokens->len)
    return FALSE;
  t = dossier_context_token (ctx, i);
  return t->end - t->start == 1 && ctx->text[t->start] == c;
}

/* tok_is_mark () past its first test: token @i is a quote mark */
static gboolean
tok_is_mark_slow (const DossierContext *ctx,
                  guint                 i)
{
  const DossierToken *t, *p;
  gunichar c;

  t = dossier_context_token (ctx, i);
  if (i == 0 || (t->flags & DOSSIER_TOKEN_SPACE_BEFORE))
    return TRUE;
  c = g_utf8_get_char (ctx->text + t->start);
  if (c != '\'' && c != 0x2019)
    return TRUE;
  /* the possessive apostrophe of "veterans' families" is no mark */
  p = dossier_context_token (ctx, i - 1);
  if ((p->flags & DOSSIER_TOKEN_WORD) && (ctx->text[p->end - 1] == 's' || ctx->text[p->end - 1] == 'z') &&
      (i + 1 >= ctx->tokens->len ||
       ((dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
        (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_WORD))))
    return FALSE;
  return TRUE;
}

static inline gboolean
tok_is_mark (const DossierContext *ctx,
             guint                 i)
{
  if (i >= ctx->tokens->len || !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_QUOTE_MARK))
    return FALSE;
  return tok_is_mark_slow (ctx, i);
}

static guint
tok_paragraph (const DossierContext *ctx,
               guint                 i)
{
  return g_array_index (ctx->sentences, DossierSentence,
                        tok_sentence (ctx, i)).paragraph;
}

/* ---- word classes ------------------------------------------------------ */

static const char * const non_names[] = {
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but",
  "and", "or", "so", "if", "when", "while", "after", "before", "as", "this", "that", "these",
  "those", "there", "his", "her", "their", "its", "our", "my", "your", "for", "with", "from",
  "by", "to", "of", "asked", "according", "speaking", "still", "yet", "however", "meanwhile",
  "later", "earlier", "then", "now", "here", "also", "both", "all", "some", "many", "most",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
  "sep.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tonight", "mr.", "mrs.",
  "ms.", "dr.", "who", "what", "why", "how", "where", "mostly", "not", "no", "yes", "am",
  "pm", "a.m.", "p.m.", "twitter", "facebook", "instagram", "youtube", "which", "one",
  "every", "each", "no", "none", "another", "other", "such", "more", "less", "even", "only",
  "just", "like", "unlike", "despite", "during", "since", "until", "because", "although",
  "though", "whether", "instead", "indeed", "again", "here", "photo", "image",
  "read", "update", "editor", "note", "getty", "multiple", "several", "numerous", "various",
  "few", "hours", "days", "minutes", "moments", "weeks", "months", "years", "decades", "first",
  "second", "third", "secondly", "finally", "lastly", "additionally", "moreover", "furthermore", "amid", "last",
  "next", NULL
};

static const char * const days_months[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
  "sep.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tonight", NULL
};

static const char * const title_words[] = {
  "president", "vice", "sen.", "senator", "rep.", "representative", "gov.", "governor",
  "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "secretary", "gen.", "general",
  "lt.", "col.", "capt.", "adm.", "sgt.", "former", "mayor", "judge", "justice", "chief",
  "minister", "prime", "speaker", "leader", "spokesman", "spokeswoman", "spokesperson",
  "pres.", "sec.", "amb.", "ambassador", "attorney", "chairman", "chairwoman", "candidate",
  "nominee", "rev.", "sir", "lord", "lady", "dame", "king", "queen", "pope", "hon.", "the",
  "democratic", "republican", "gop", "congressman", "congresswoman", "director", "officer",
  "commissioner", "deputy", "assistant", "state", "u.s.", "presidential", "sheriff", NULL
};

/* Nouns of speech: "Bornsten's prediction that …" makes Bornsten the speaker. */
static const char * const speech_nouns[] = {
  "prediction", "statement", "statements", "comment", "comments", "remark", "remarks", "words",
  "claim", "claims", "assertion", "description", "message", "tweet", "tweets", "speech",
  "response", "reply", "answer", "argument", "promise", "pledge", "warning", "interview",
  "letter", "question", "criticism", "characterization", "suggestion", "insistence", "view",
  "words", "testimony", "announcement", "explanation", "complaint", "vow", "slogan", "motto",
  "quip", "joke", "retort", "line", "lines", "post", "op-ed", "column", "editorial", "memo",
  "report", "ad", "video", "book", "boast", "accusation", "contention", "declaration",
  "pronouncement", "catchphrase", "refrain", "prediction", "admission", "observation",
  "conclusion", "assessment", "verdict", "dictum", "mantra", "diagnosis", NULL
};

/* Descriptions of texts and recordings: they speak for themselves ("the
 * ad says"), no person stands behind them. */
static const char * const thing_nouns[] = {
  "ad", "letter", "document", "report", "study", "poll", "survey", "memo", "article", "piece",
  "release", "website", "statement", "complaint", "lawsuit", "filing", "brief", "indictment",
  "ruling", "order", "transcript", "sign", "banner", "caption", "headline", "message", "email",
  "book", "clip", "video", "tweet", "post", "commercial", "spot", "film", "documentary", "note",
  "editorial", "column", "op-ed", "blog", "platform", "bill", "law", "resolution", "policy", "movie",
  "memoir", "playbook", "footnote", "tabloid", "voice-over", NULL
};

static const char * const determiners[] = {
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
  "these", "those", "whose", "one", "any", "another", "each", "every", "no", "some", NULL
};

/* Words that end a phrase looking back: "But polls said" */
static const char * const conjunctions[] = {
  "but", "and", "or", "so", "yet", "though", "although", "while", "when", "because", "as", "if",
  "that", "which", "who", "where", "then", "also", "still", "since", "after", "before", "what",
  "whom", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", NULL
};

/* Words that open a description of a group ("Multiple outlets reported") */
static const char * const quantifiers[] = {
  "multiple", "several", "numerous", "various", "few", "many", "most", "other", "both", "all",
  "some", "two", "three", "four", "five", "dozens", "hundreds", "thousands", NULL
};

static const char * const prepositions[] = {
  "of", "for", "about", "with", "to", "from", "at", "by", "on", "in", "against", "like",
  "than", "into", "over", "under", "between", "toward", "towards", "after", "before",
  "during", "since", "without", "outside", "inside", "amid", "among", "across", "near", "behind",
  "beyond", "despite", "within", "throughout", "upon", "alongside", NULL
};

static const char * const skippable[] = {
  "also", "later", "then", "again", "previously", "recently", "earlier", "has", "had", "have",
  "was", "is", "were", "would", "will", "did", "does", "do", "once", "first", "last", "never",
  "often", "has", "just", "already", "still", "even", "further", "initially", "once", "finally",
  "simply", "only", "had", "reportedly", "separately", "then-", "would", "could", "might",
  "may", "can", "should", "must", "not", "n't", "ago", "on", "at", "this", "week", "month",
  "year", "morning", "afternoon", "evening", "night", "day", "last", "next", "in", "a",
  "an", "interview", "statement", "the", "of", "to", "it", NULL
};

static const char * const org_words[] = {
  "house", "department", "committee", "campaign", "party", "council", "agency", "office",
  "ministry", "association", "union", "news", "times", "post", "inc.", "corp.", "court",
  "senate", "congress", "administration", "institute", "university", "center", "centre",
  "foundation", "group", "bureau", "service", "commission", "network", "journal", "press",
  "reuters", "cnn", "fbi", "cia", "pentagon", "police", "army", "company", "board",
  "coalition", "organization", "organisation", "fund", "bank", "club", "team", "project",
  "federation", "embassy", "government", "republicans", "democrats", "fox", "msnbc", "abc",
  "nbc", "cbs", "gop", "dnc", "rnc", "times", NULL
};

static const char * const clipped[] = { "em", "til", "till", "cause", "n", "tis", "twas", "bout",
                                        "round", "nuff", "ol", NULL };

static const char * const title_cues[] = { "on", "titled", "entitled", "called", "dubbed", "named",
                                           "show", "program", "programme", "book", "film", "movie",
                                           "song", "album", "series", "headlined", "column", "op-ed",
                                           "article", "editorial", "podcast", NULL };

static const char * const terms[] = { "word", "words", "term", "terms", "phrase", "so-called", "slogan",
                                      "hashtag", "label", "nickname", NULL };

/* verbs whose subject may follow them ("said Jane Doe"); after the others
 * the phrase is their object ("told reporters", "called him") */
static const char * const inverting[] = {
  "said", "says", "say", "added", "adds", "continued", "continues", "explained", "explains",
  "wrote", "writes", "replied", "replies", "noted", "notes", "argued", "argues", "according",
  "recalled", "recalls", "declared", "insisted", "insists", "tweeted", "tweets", "stated",
  "states", "concluded", "countered", "counters", "observed", "remarked", "responded",
  "answered", "quipped", "quips", "joked", "jokes", "reported", "reports", "read", "reads",
  "asked", "asks", "cautioned", "conceded", "concedes", "acknowledged", "acknowledges",
  "announced", "announces", "boasted", "complained", "predicted", "promised", "suggested",
  "suggests", "stressed", "stresses", "emphasized", "shouted", "yelled", "cried", "mused",
  "exclaimed", "whispered", "retorted", "posted", "testified", "agrees", "agreed", "declares",
  "opined", "opines", "warns", "warned", "wonders", "wondered", "admits", "admitted", "claims",
  "claimed", "contends", "contended", "laments", "lamented", "interjected", "proclaimed",
  "proclaims", "confirms", "confirmed", "boasts", "complains", "predicts", "cautions",
  "concludes", "pleaded", "recounted", "recounts", "marveled", "chimed", "sighed", "sighs",
  "observes", "remarks", "responds", "answers", "insisted", "stressed", "shouts", "yells",
  "cries", "exclaims", "whispers", "retorts", "testifies", "acknowledges", "exhorted", "exhorts",
  "barked", "barks", "riffed", "gushed", "intoned", "chided", "teased", "snapped", "scoffed",
  "fumed", "screamed", "hollered", "vowed", "vows", NULL
};

/* "Twelve years earlier, …", "Two days after the vote, …": times, not speakers */
static const char * const time_units[] = {
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
  "decade", "decades", "minute", "minutes", "century", "centuries", NULL
};

static const char * const number_words[] = {
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "several", "few", "many", "some", "two-and-a-half",
  NULL
};

/* The word lists above as hash sets, built once for the process: the
 * passes look words up in them for nearly every token. */
static const char * const *const hashed_lists[] = {
  non_names, days_months, title_words, speech_nouns, thing_nouns, determiners, conjunctions,
  quantifiers, prepositions, skippable, org_words, clipped, title_cues, terms, inverting,
};
enum
{
  LIST_BIT_non_names = 1u << 0,
  LIST_BIT_days_months = 1u << 1,
  LIST_BIT_title_words = 1u << 2,
  LIST_BIT_speech_nouns = 1u << 3,
  LIST_BIT_thing_nouns = 1u << 4,
  LIST_BIT_determiners = 1u << 5,
  LIST_BIT_conjunctions = 1u << 6,
  LIST_BIT_quantifiers = 1u << 7,
  LIST_BIT_prepositions = 1u << 8,
  LIST_BIT_skippable = 1u << 9,
  LIST_BIT_org_words = 1u << 10,
  LIST_BIT_clipped = 1u << 11,
  LIST_BIT_title_cues = 1u << 12,
  LIST_BIT_terms = 1u << 13,
  LIST_BIT_inverting = 1u << 14,
  /* bits 15 to 22 and 28, 29 hold the memo of the per-token tests (MEMO_*) */
  LIST_BIT_time_units = 1u << 23,
  LIST_BIT_number_words = 1u << 30,
};
G_STATIC_ASSERT (G_N_ELEMENTS (hashed_lists) == 15);

/* The bytes of [s, s + len) as 64-bit words, 8 bytes each from the
 * lowest bits up (the last one padded with zero bytes), ASCII lower-cased
 * with @fold, into @chunk[0] and @chunk[1] (zero beyond the word), and
 * their hash: the class table's key, worked out 8 bytes at a time rather
 * than a byte at a time. @avail bytes are readable at @s (>= @len). */
#define CLASS_KEY_MUL G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)

static inline guint64
ascii_lower8 (guint64 x)
{
  guint64 heptets = x & G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f);
  guint64 ge_a = heptets + G_GUINT64_CONSTANT (0x3f3f3f3f3f3f3f3f);  /* >= 'A' */
  guint64 gt_z = heptets + G_GUINT64_CONSTANT (0x2525252525252525);  /* > 'Z' */
  guint64 upper = ge_a & ~gt_z & ~x & G_GUINT64_CONSTANT (0x8080808080808080);

  return x | (upper >> 2);
}

/* The first @n (<= 8) bytes at @s as a 64-bit word, zero-padded */
static inline guint64
class_load (const char *s,
            gsize       n,
            gsize       avail)
{
  guint64 w = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (avail >= 8)
    {
      memcpy (&w, s, 8);
      return n < 8 ? w & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1) : w;
    }
#endif
  for (gsize j = 0; j < n; j++)
    w |= (guint64) (guchar) s[j] << (8 * j);
  return w;
}

static inline guint32
class_key (const char *s,
           gsize       len,
           gsize       avail,
           gboolean    fold,
           guint64    *chunk)
{
  guint64 w = class_load (s, MIN (len, 8), avail);
  guint64 h;

  if (fold)
    w = ascii_lower8 (w);
  chunk[0] = w;
  chunk[1] = 0;
  h = (w ^ len) * CLASS_KEY_MUL;
  for (gsize k = 8; k < len; k += 8)
    {
      w = class_load (s + k, MIN (len - k, 8), avail - k);
      if (fold)
        w = ascii_lower8 (w);
      if (k == 8)
        chunk[1] = w;
      h = (h ^ (h >> 29) ^ w) * CLASS_KEY_MUL;
    }
  return (guint32) (h >> 32);
}

/* Is slot @slot's word the key @chunk of @len bytes from [s, s + len)? */
static inline gboolean
class_slot_is (const ClassSlot *slot,
               const char      *s,
               gsize            len,
               gboolean         fold,
               const guint64   *chunk)
{
  if (slot->len != len)
    return FALSE;
  if (len <= 16)
    return slot->w8[0] == chunk[0] && slot->w8[1] == chunk[1];
  for (gsize k = 0; k < len; k++)
    if ((fold ? FOLD (s[k]) : s[k]) != slot->word[k])
      return FALSE;
  return TRUE;
}

/* Adds @bit to @word's entry of the flat table (a new entry if it has none) */
static ClassSlot *
class_add (guint32     bit,
           const char *word)
{
  gsize len = strlen (word);
  guint64 chunk[2];
  guint32 h;
  guint slot;

  if (len >= CLASS_WORD_MAX)
    return NULL;
  h = class_key (word, len, len + 1, FALSE, chunk);
  for (slot = h & class_mask; class_tags[slot]; slot = (slot + 1) & class_mask)
    if (class_tags[slot] == (h | 1) && class_slot_is (&class_slots[slot], word, len, FALSE, chunk))
      {
        class_slots[slot].bits |= bit;
        return &class_slots[slot];
      }
  class_tags[slot] = h | 1;
  class_slots[slot].word = word;
  class_slots[slot].len = (guint) len;
  class_slots[slot].bits = bit;
  class_slots[slot].w8[0] = chunk[0];
  class_slots[slot].w8[1] = chunk[1];
  return &class_slots[slot];
}

/* Builds the process-wide table once; @sets are the lexicon's sets, the
 * same for every call (the default lexicon lives as long as the process).
 * It is a flat open-addressed table, probed with a hash that
 * compute_class () works out while it lower-cases the token, filled
 * straight from the lists (no hash table in between). */
static void
class_table_init (GHashTable **sets)
{
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      guint n = 0, size = 64;

      for (guint k = 0; k < G_N_ELEMENTS (hashed_lists); k++)
        for (guint j = 0; hashed_lists[k][j]; j++)
          n++;
      for (guint j = 0; time_units[j]; j++)
        n++;
      for (guint j = 0; number_words[j]; j++)
        n++;
      for (guint k = 0; k < 4; k++)
        if (sets[k])
          n += g_hash_table_size (sets[k]);
      /* (at most a quarter full, duplicates counted) */
      while (size < 4 * n)
        size *= 2;
      class_slots = g_new0 (ClassSlot, size);
      class_tags = g_new0 (guint32, size);
      class_mask = size - 1;

      for (guint k = 0; k < G_N_ELEMENTS (hashed_lists); k++)
        for (guint j = 0; hashed_lists[k][j]; j++)
          class_add (1u << k, hashed_lists[k][j]);
      for (guint j = 0; time_units[j]; j++)
        class_add (LIST_BIT_time_units, time_units[j]);
      for (guint j = 0; number_words[j]; j++)
        class_add (LIST_BIT_number_words, number_words[j]);
      for (guint k = 0; k < 4; k++)
        {
          GHashTableIter iter;
          gpointer key, value;
          if (!sets[k])
            continue;
          g_hash_table_iter_init (&iter, sets[k]);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              ClassSlot *slot = class_add (CLASS_VERB << k, key);
              if (slot && (CLASS_VERB << k) == CLASS_NOUN)
                slot->noun = value;
            }
        }
      class_nouns = sets[1];
      for (guint k = 0; k < size; k++)
        if (class_slots[k].noun && *class_slots[k].noun)
          {
            guchar c0 = (guchar) class_slots[k].word[0];
            class_noun_value_lens |= G_GUINT64_CONSTANT (1) << class_slots[k].len;
            class_noun_value_first[c0 >> 6] |= G_GUINT64_CONSTANT (1) << (c0 & 63);
          }
      g_once_init_leave (&ready, 1);
    }
}

/* nouns_lookup (q->nouns, @word) (@word lower-case) through the
 * class table: it holds every speech noun with its value. */
static const char *
nouns_lookup (GHashTable *nouns,
              const char *word)
{
  gsize len = strlen (word);
  guint64 chunk[2];
  guint32 h;

  if (!class_slots || nouns != class_nouns || len >= CLASS_WORD_MAX)
    return nouns ? g_hash_table_lookup (nouns, word) : NULL;
  h = class_key (word, len, len + 1, FALSE, chunk);
  for (guint slot = h & class_mask; class_tags[slot]; slot = (slot + 1) & class_mask)
    if (class_tags[slot] == (h | 1) && class_slot_is (&class_slots[slot], word, len, FALSE, chunk))
      return class_slots[slot].noun;
  return NULL;
}

/* compute_class () for a word longer than 8 bytes or near the end of the text */
static G_GNUC_NO_INLINE guint32
compute_class_long (const char *s,
                    gsize       len,
                    gsize       avail)
{
  guint64 chunk[2];
  guint32 h = class_key (s, len, avail, TRUE, chunk);

  for (guint slot = h & class_mask; class_tags[slot]; slot = (slot + 1) & class_mask)
    if (class_tags[slot] == (h | 1) && class_slot_is (&class_slots[slot], s, len, TRUE, chunk))
      return class_slots[slot].bits | CLASS_COMPUTED;
  return CLASS_COMPUTED;
}

static inline __attribute__ ((always_inline)) guint32
compute_class (const DossierContext *ctx,
               guint                 i)
{
  gsize len;
  const char *s = tok_str (ctx, i, &len);
  gsize avail = ctx->length - (s - ctx->text);
  guint64 w;
  guint32 h;

  if (!class_slots || len + 1 > CLASS_WORD_MAX)
    return CLASS_COMPUTED;
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  if (len > 8 || avail < 8)
    return compute_class_long (s, len, avail);
  /* (class_key () for a word of up to 8 bytes, all in registers) */
  memcpy (&w, s, 8);
  w = ascii_lower8 (len < 8 ? w & ((G_GUINT64_CONSTANT (1) << (8 * len)) - 1) : w);
  h = (guint32) (((w ^ len) * CLASS_KEY_MUL) >> 32);
  for (guint slot = h & class_mask; class_tags[slot]; slot = (slot + 1) & class_mask)
    if (class_tags[slot] == (h | 1) && class_slots[slot].len == len &&
        class_slots[slot].w8[0] == w && class_slots[slot].w8[1] == 0)
      return class_slots[slot].bits | CLASS_COMPUTED;
  return CLASS_COMPUTED;
#else
  (void) w;
  (void) h;
  return compute_class_long (s, len, avail);
#endif
}


/* Lexicon lists the pass looks words up in, fetched once for the process
 * (the default lexicon lives as long as it): a look-up through
 * dossier_lexicon_contains () takes a lock and hashes the list's name. */
enum
{
  LEX_STOPWORDS,
  LEX_FIRSTNAMES,
  LEX_SURNAMES,
  LEX_US_STATES,
  LEX_COUNTRIES,
  LEX_CITIES,
  LEX_COMMON_WORDS,
  LEX_DEMONYMS,
  N_LEX
};
static GHashTable *lex_tables[N_LEX];
static gsize lex_ready[N_LEX];

/* List @k's table, fetched on its first use: most of the lists (the
 * 40,000 common words above all) are needed only for some phrases, and a
 * short text that never looks one up does not pay for loading it. */
static GHashTable *
lex_table (guint k)
{
  static const char * const names[N_LEX] = { "stopwords", "firstnames", "surnames", "us-states", "countries",
                                             "cities", "common-words", "demonyms" };

  if (g_once_init_enter (&lex_ready[k]))
    {
      lex_tables[k] = dossier_lexicon_get_list (dossier_lexicon_get_default (), names[k]);
      g_once_init_leave (&lex_ready[k], 1);
    }
  return lex_tables[k];
}

/* Is [word, word + len) an entry of list @k? (exact, as the lexicon) */
static gboolean
lex_has (guint       k,
         const char *word,
         gsize       len)
{
  char buf[64];
  GHashTable *table;

  if (len >= sizeof buf || !(table = lex_table (k)))
    return FALSE;
  memcpy (buf, word, len);
  buf[len] = '\0';
  return g_hash_table_contains (table, buf);
}

/* is_name_token (), is_verb (), is_pronoun () and is_description () depend
 * on the tokens alone: each is worked out once per token and kept in two
 * bits of its class word (known, value), since the attribution windows of
 * neighbouring quotes overlap and look at the same tokens again. */
#define MEMO_NAME         15
#define MEMO_VERB         17
#define MEMO_PRONOUN      19
#define MEMO_DESCRIPTION  21

static gboolean is_name_token_compute (Quotes *q, guint i);
static gboolean is_verb_compute (Quotes *q, guint i);
static gboolean is_pronoun_compute (Quotes *q, guint i);
static gboolean is_description_compute (Quotes *q, guint i);

static inline gboolean
memo_get (Quotes   *q,
          guint     i,
          guint     shift,
          gboolean (*compute) (Quotes *, guint))
{
  ClassCache *c = &class_cache;
  ClassEntry *e;
  guint32 v;
  gboolean r;

  if (G_UNLIKELY (c->ctx != q->ctx || i >= c->n))
    return i < q->ctx->tokens->len && compute (q, i);
  v = tok_class (q->ctx, i);
  if (v & (1u << shift))
    return (v >> (shift + 1)) & 1;
  r = compute (q, i);
  e = &c->classes[i & c->mask];
  if (G_UNLIKELY (e->tok != i + 1))
    {
      /* (taken by a token far away while @i was worked out) */
      (void) tok_class_slow (q->ctx, i);
    }
  e->v |= (1u << shift) | ((guint32) (r ? 1 : 0) << (shift + 1));
  return r;
}

#define is_name_token(q, i)  memo_get ((q), (i), MEMO_NAME, is_name_token_compute)
#define is_verb(q, i)        memo_get ((q), (i), MEMO_VERB, is_verb_compute)
#define is_pronoun(q, i)     memo_get ((q), (i), MEMO_PRONOUN, is_pronoun_compute)
#define is_description(q, i) memo_get ((q), (i), MEMO_DESCRIPTION, is_description_compute)

static gboolean
is_name_token_compute (Quotes *q,
               guint   i)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t;

  if (i >= ctx->tokens->len)
    return FALSE;
  t = dossier_context_token (ctx, i);
  if (!(t->flags & DOSSIER_TOKEN_WORD) || !(t->flags & DOSSIER_TOKEN_CAPITALIZED))
    return FALSE;
  if (t->flags & DOSSIER_TOKEN_NUMBER)
    return FALSE;
  if (tok_in_list (ctx, i, non_names))
    return FALSE;
  if (tok_is (ctx, i, "watch") && (tok_is_char (ctx, i + 1, ':') || (t->flags & DOSSIER_TOKEN_LINE_START)))
    return FALSE;  /* "Watch: …", a video label; "Judicial Watch" is a name */
  return TRUE;
}

/* A name run made of one sentence-initial word that looks like a common
 * word ("Demonstrators", "Holding") and that no entity knows. */
/* Is the lower-case form of the word [s, s + len) in common-words.txt? */
static gboolean
is_common_lower (const char *s,
                 gsize       len)
{
  char low[24];

  if (len >= sizeof low)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    low[k] = g_ascii_tolower (s[k]);
  return lex_has (LEX_COMMON_WORDS, low, len);
}

static gboolean
looks_common (Quotes *q,
               guint   first,
               guint   last)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t = dossier_context_token (ctx, first);
  gsize len;
  const char *s;

  if (first != last || !(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)))
    return FALSE;
  if (dossier_context_mention_at (ctx, t->start, t->end) >= 0)
    return FALSE;
  s = tok_str (ctx, first, &len);
  {
    char buf[64];
    if (len < sizeof buf)
      {
        memcpy (buf, s, len);
        buf[len] = '\0';
        if (name_table_lookup (&q->by_name, buf) != 0)
          return FALSE;
      }
  }
  {
    /* "Wait, it gets better:", "Outside, …": a word the lexicon calls
     * common, or one set off by a comma that no name list knows */
    if (tok_in_list (ctx, first, quantifiers) || tok_is (ctx, first, "others"))
      return FALSE;  /* "Others shouted", "Many wrote" */
    if (lex_has (LEX_STOPWORDS, s, len))
      return TRUE;
    if (tok_is_char (ctx, first + 1, ',') && !lex_has (LEX_FIRSTNAMES, s, len) && !lex_has (LEX_SURNAMES, s, len))
      return TRUE;
    if (first + 1 < ctx->tokens->len && !lex_has (LEX_FIRSTNAMES, s, len) && !lex_has (LEX_SURNAMES, s, len))
      {
        /* "Led by the mayor, the rally …", "Given his record, …": a common
         * word (a participle) before "by" or a possessive; "Good information
         * can …": a common word before the lower-case noun it modifies;
         * no name list knows either */
        const DossierToken *n = dossier_context_token (ctx, first + 1);
        gboolean before_by = tok_is (ctx, first + 1, "by") || tok_is (ctx, first + 1, "his") ||
                             tok_is (ctx, first + 1, "her") || tok_is (ctx, first + 1, "their") ||
                             tok_is (ctx, first + 1, "its");
        gboolean before_noun = (n->flags & DOSSIER_TOKEN_WORD) && !(n->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                               !is_verb (q, first + 1) &&
                               !(tok_class (ctx, first + 1) &
                                 (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners));
        if ((before_by || before_noun) && is_common_lower (s, len))
          return TRUE;
      }
  }
  return (len > 4 && (memcmp (s + len - 3, "ors", 3) == 0 || memcmp (s + len - 4, "ists", 4) == 0 ||
                      memcmp (s + len - 4, "ants", 4) == 0 || memcmp (s + len - 4, "ents", 4) == 0 ||
                      memcmp (s + len - 2, "ed", 2) == 0 ||
                      memcmp (s + len - 3, "ing", 3) == 0 || memcmp (s + len - 2, "ly", 2) == 0 ||
                      memcmp (s + len - 2, "ic", 2) == 0));
}

/* Does the name run ending at @last stand in the possessive ("Netanyahu's")? */
/* Is token @k the apostrophe of a possessive in -s ("Sanders' email"),
 * a token of its own right after the word? */
static gboolean
is_plural_apostrophe (const DossierContext *ctx,
                      guint                 k)
{
  const DossierToken *t = dossier_context_token (ctx, k);
  gsize len;
  const char *w;

  if (k == 0 || (t->flags & DOSSIER_TOKEN_SPACE_BEFORE) ||
      !((t->end - t->start == 1 && ctx->text[t->start] == '\'') ||
        (t->end - t->start == 3 && memcmp (ctx->text + t->start, "\xe2\x80\x99", 3) == 0)))
    return FALSE;
  w = tok_str (ctx, k - 1, &len);
  return len > 1 && w[len - 1] == 's' && (dossier_context_token (ctx, k - 1)->flags & DOSSIER_TOKEN_WORD);
}

static gboolean
is_possessive (const DossierContext *ctx,
               guint                 last)
{
  gsize len;
  const char *s = tok_str (ctx, last, &len);

  if (len >= 2 && s[len - 2] == '\'' && s[len - 1] == 's')
    return TRUE;
  if (len >= 4 && memcmp (s + len - 4, "\xe2\x80\x99s", 4) == 0)
    return TRUE;
  if (last + 1 < ctx->tokens->len && is_plural_apostrophe (ctx, last + 1))
    return TRUE;
  if (last + 1 < ctx->tokens->len && tok_is_mark (ctx, last + 1) &&
      !(dossier_context_token (ctx, last + 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
      len >= 1 && s[len - 1] == 's')
    {
      gunichar c = g_utf8_get_char (ctx->text + dossier_context_token (ctx, last + 1)->start);
      if (c == '\'' || c == 0x2019)
        return TRUE;
    }
  return FALSE;
}

static gboolean clause_start (Quotes *q, guint i);
static gboolean ends_with (const DossierContext *ctx, guint i, const char *suffix);
static gboolean is_ing_verb (const DossierContext *ctx, guint i);

/* "that's", "who's", "let's": a word with "'s" that is no possessive */
static gboolean
possessive_is_contraction (const DossierContext *ctx,
                           guint                 i)
{
  static const char * const words[] = { "that", "there", "here", "who", "what", "where", "let", "it",
                                        "everyone", "nobody", "one", NULL };
  gsize len;
  const char *s = tok_str (ctx, i, &len);
  gsize stem = len >= 4 && memcmp (s + len - 4, "\xe2\x80\x99s", 4) == 0 ? len - 4 : len - 2;

  for (guint k = 0; words[k]; k++)
    if (strlen (words[k]) == stem && fold_equal (s, words[k], stem))
      return TRUE;
  return FALSE;
}

static gboolean
is_continue (const DossierContext *ctx,
                 guint                 i)
{
  return tok_is (ctx, i, "continue") || tok_is (ctx, i, "continues") || tok_is (ctx, i, "continued") ||
         tok_is (ctx, i, "continuing");
}

static gboolean
is_verb_compute (Quotes *q,
         guint   i)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t;
  gboolean is_cont, is_state, is_called;

  if (i >= ctx->tokens->len)
    return FALSE;
  t = dossier_context_token (ctx, i);
  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  if ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && !(t->flags & DOSSIER_TOKEN_SENTENCE_START))
    return FALSE;
  {
    guint len = t->end - t->start;
    char c0 = FOLD (ctx->text[t->start]);  /* (the first letter before any compare) */
    if (len == 9 && c0 == 'a' && tok_is (ctx, i, "according"))
      return tok_is (ctx, i + 1, "to");
    if ((len == 3 || len == 4) && c0 == 'p' && (tok_is (ctx, i, "put") || tok_is (ctx, i, "puts")) &&
        tok_is (ctx, i + 1, "it"))
      return TRUE;  /* "as Jane Doe put it:" */
  }
  if (!(tok_class (ctx, i) & CLASS_VERB))
    return FALSE;
  {
    /* (the tests below by length and first letter first: this runs for
     * every speech verb of the text) */
    guint len = t->end - t->start;
    char c0 = FOLD (ctx->text[t->start]);
    is_cont = c0 == 'c' && len >= 8 && is_continue (ctx, i);
    is_state = (c0 == 's' && (len == 5 || len == 6) && (tok_is (ctx, i, "state") || tok_is (ctx, i, "states"))) ||
               (c0 == 'p' && (len == 5 || len == 6) && (tok_is (ctx, i, "point") || tok_is (ctx, i, "points")));
    is_called = c0 == 'c' && len == 6 && tok_is (ctx, i, "called");
  }
  /* "will continue to be": no speech */
  if (is_cont && tok_is (ctx, i + 1, "to"))
    return FALSE;
  /* "a swing state", "21 points": nouns; the verbs go on with "that",
   * "out", a colon or a quote ("she states that", "he points out") */
  if (is_state)
    {
      if (!(tok_is (ctx, i + 1, "that") || tok_is (ctx, i + 1, "out") || tok_is_char (ctx, i + 1, ':') ||
            tok_is_char (ctx, i + 1, ',') || (i + 1 < ctx->tokens->len && tok_is_mark (ctx, i + 1))))
        return FALSE;
      /* "in many Asian states, and", "50 states,": a noun still */
      if (i > 0 && ((dossier_context_token (ctx, i - 1)->flags & DOSSIER_TOKEN_NUMBER) ||
                    tok_in_list (ctx, i - 1, quantifiers) ||
                    lex_has (LEX_DEMONYMS, ctx->text + dossier_context_token (ctx, i - 1)->start,
                             dossier_context_token (ctx, i - 1)->end - dossier_context_token (ctx, i - 1)->start)))
        return FALSE;
    }
  /* "a formula called the "…"", "a group called Future": naming, no
   * speaker; "has been called "…" by": the passive */
  if (i > 0 && is_called)
    {
      const DossierToken *pt = dossier_context_token (ctx, i - 1);
      gsize plen;
      const char *pw = tok_str (ctx, i - 1, &plen);
      guint n = i + 1;
      if (tok_is (ctx, n, "the") || tok_is (ctx, n, "a") || tok_is (ctx, n, "an"))
        n++;
      if ((pt->flags & DOSSIER_TOKEN_WORD) && !(pt->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          !(plen > 2 && pw[plen - 2] == 'l' && pw[plen - 1] == 'y') &&
          (tok_is (ctx, i - 1, "been") || tok_is (ctx, i - 1, "being") ||
           (n < ctx->tokens->len && tok_is_mark (ctx, n) && !is_pronoun (q, i - 1) &&
            !(tok_class (ctx, i - 1) & (LIST_BIT_skippable | LIST_BIT_conjunctions)) &&
            !tok_is (ctx, i - 1, "who") && !tok_is (ctx, i - 1, "also"))))
        return FALSE;
    }
  /* "the claims", "his remarks": a noun, not a verb */
  if (i > 0 && tok_in_list (ctx, i - 1, determiners) &&
      !((tok_is (ctx, i - 1, "another") || tok_is (ctx, i - 1, "one") || tok_is (ctx, i - 1, "some")) &&
        clause_start (q, i - 1)))
    return FALSE;  /* but "Another tweeted", "One said" */
  /* "secretary of state", "a matter of record": a noun after "of" */
  if (i > 0 && t[-1].end - t[-1].start == 2 &&
      (tok_is (ctx, i - 1, "of") || tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "on")) &&
      !ends_with (ctx, i, "ing"))
    return FALSE;
  /* "Trump's remarks", "the senator's claims": a noun too; and after a
   * name or a noun in the possessive ("Doe's claim that", "the agency's
   * report"), any word but a participle ("Doe's said" is "Doe has said") */
  if (i > 0 && (dossier_context_token (ctx, i - 1)->flags & DOSSIER_TOKEN_WORD) && is_possessive (ctx, i - 1))
    {
      gsize len;
      const char *w = tok_str (ctx, i, &len);
      if (len > 1 && w[len - 1] == 's')
        return FALSE;
      if (!is_pronoun (q, i - 1) && !possessive_is_contraction (ctx, i - 1) &&
          !(len > 3 && w[len - 2] == 'e' && w[len - 1] == 'd') && !is_ing_verb (ctx, i) &&
          !tok_is (ctx, i, "said") && !tok_is (ctx, i, "told") && !tok_is (ctx, i, "written"))
        return FALSE;
    }
  /* "to say", "will tell": fine; "a statement read": fine */
  return TRUE;
}

static gboolean
is_dash (const DossierContext *ctx,
         guint                 i)
{
  const DossierToken *t = dossier_context_token (ctx, i);
  gunichar c = g_utf8_get_char (ctx->text + t->start);
  return (t->flags & DOSSIER_TOKEN_PUNCT) && (c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2015);
}

static gboolean
ends_with (const DossierContext *ctx,
           guint                 i,
           const char           *suffix)
{
  gsize len, n = strlen (suffix);
  const char *s = tok_str (ctx, i, &len);
  return len > n + 1 && memcmp (s + len - n, suffix, n) == 0;
}

static gboolean
is_ing_verb (const DossierContext *ctx,
             guint                 i)
{
  gsize len;
  const char *s = tok_str (ctx, i, &len);
  return len > 4 && memcmp (s + len - 3, "ing", 3) == 0;
}

/* ---- entities ---------------------------------------------------------- */

static const char *
last_word (const char *name)
{
  const char *sp = strrchr (name, ' ');
  return sp ? sp + 1 : name;
}

static void
index_entity (Quotes *q,
              guint   e)
{
  DossierEntityInfo *info = g_ptr_array_index (q->ctx->entities, e);
  guint value = e + 1;

  if (!info->name)
    return;
  name_table_set (&q->by_name, info->name, value, TRUE);
  if (info->kind == DOSSIER_ENTITY_PERSON)
    {
      const char *surname = last_word (info->name);
      if (surname != info->name)
        name_table_set (&q->by_name, surname, value, FALSE);
    }
  if (info->aliases)
    for (guint k = 0; k < info->aliases->len; k++)
      {
        const char *alias = g_ptr_array_index (info->aliases, k);
        name_table_set (&q->by_name, alias, value, FALSE);
      }
}

static int
lookup_name (Quotes     *q,
             const char *name)
{
  guint v = name_table_lookup (&q->by_name, name);
  if (v)
    return (int) v - 1;
  if (strchr (name, ' '))
    {
      v = name_table_lookup (&q->by_name, last_word (name));
      if (v)
        {
          DossierEntityInfo *info = g_ptr_array_index (q->ctx->entities, v - 1);
          if (info->kind == DOSSIER_ENTITY_PERSON)
            return (int) v - 1;
        }
    }
  return -1;
}

static gboolean
range_has_mention (const DossierContext *ctx,
                   guint                 start,
                   guint                 end)
{
  return dossier_context_mention_at (ctx, start, end) >= 0;
}

/* Do the words after token @i (the last of a mention), up to @last, go on
 * with its name ("Sun" after "the Las Vegas", "Watch" after "Judicial"):
 * capitalised words, none a title, a description, a day or a mention? */
static gboolean
name_extends_mention (Quotes *q,
                      guint   i,
                      guint   last)
{
  const DossierContext *ctx = q->ctx;

  if (i >= last)
    return FALSE;
  for (guint k = i + 1; k <= last; k++)
    {
      const DossierToken *t = dossier_context_token (ctx, k);
      if (!(t->flags & DOSSIER_TOKEN_WORD) || !(t->flags & DOSSIER_TOKEN_CAPITALIZED) ||
          (t->flags & DOSSIER_TOKEN_ABBREVIATION) ||
          (tok_class (ctx, k) & (LIST_BIT_title_words | LIST_BIT_days_months | CLASS_NOUN | CLASS_TITLE)) ||
          is_possessive (ctx, k) ||
          dossier_context_mention_at (ctx, t->start, t->end) >= 0)
        return FALSE;
    }
  return TRUE;
}

/* May the one word @i, that the names pass made no mention of, become
 * a new speaker's name? Not a label ("Name:" at a line's start; but a
 * transcript's label in capitals, "HOST:", is one), a line of its own
 * ("Silence.") or a common word that opens the sentence before a word that
 * is no verb ("Crowds like these …"). */
static gboolean
names_nobody (Quotes *q,
              guint   i)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t = dossier_context_token (ctx, i);
  gsize len;
  const char *s = tok_str (ctx, i, &len);

  if (lex_has (LEX_FIRSTNAMES, s, len) || lex_has (LEX_SURNAMES, s, len) || !is_common_lower (s, len))
    return TRUE;
  if (t->flags & DOSSIER_TOKEN_ALL_CAPS)
    return TRUE;  /* a transcript's label: "HOST: …" */
  if ((t->flags & DOSSIER_TOKEN_LINE_START) &&
      (tok_is_char (ctx, i + 1, ':') ||
       (tok_is_char (ctx, i + 1, '.') &&
        (i + 2 >= ctx->tokens->len || (dossier_context_token (ctx, i + 2)->flags & DOSSIER_TOKEN_LINE_START)))))
    return FALSE;
  if ((t->flags & DOSSIER_TOKEN_SENTENCE_START) && i + 1 < ctx->tokens->len &&
      (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_WORD) &&
      !(dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_verb (q, i + 1) &&
      !tok_is (ctx, i + 1, "of"))  /* ("Hundreds of protesters chanted") */
    return FALSE;
  return TRUE;
}

/* Resolves the name run [first, last] to an entity, creating one when the
 * names pass has none. Sets *mention to the name's range. */
static int
resolve_name (Quotes       *q,
              guint         first,
              guint         last,
              DossierRange *mention)
{
  DossierContext *ctx = q->ctx;
  gboolean org = FALSE;
  guint a;
  int e;

  /* "CBS This Morning co-anchor Jane Doe": the name after the last title */
  for (guint i = last; i-- > first;)
    if (tok_in (ctx, i, q->nouns) && !tok_in_list (ctx, i, org_words) && is_name_token (q, i + 1) &&
        i + 1 < last)
      {
        first = i + 1;
        break;
      }
  a = first;
  /* a mention of the names pass inside the run, the last one first */
  for (guint i = last + 1; i-- > first;)
    {
      const DossierToken *t = dossier_context_token (ctx, i);
      int m = dossier_context_mention_at (ctx, t->start, t->end);
      if (m >= 0)
        {
          const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
          if (mm->entity >= 0)
            {
              if (mm->end < dossier_context_token (ctx, last)->end && last - first < 5 &&
                  name_extends_mention (q, i, last))
                {
                  /* "the Las Vegas Sun", "Judicial Watch": the mention is
                   * only the start of a longer name, an organisation */
                  org = TRUE;
                  break;
                }
              mention->start = mm->start;
              mention->end = mm->end;
              return mm->entity;
            }
        }
    }

  if (first > 0 && tok_is (ctx, first - 1, "the"))
    org = TRUE;
  /* drop leading titles: "President Joe Biden", "Sen. Ted Cruz" */
  while (a < last && tok_in_list (ctx, a, title_words))
    a++;
  for (guint i = a; i <= last; i++)
    if (tok_in_list (ctx, i, org_words))
      org = TRUE;
  if (dossier_context_token (ctx, a)->flags & DOSSIER_TOKEN_ALL_CAPS && a == last)
    org = TRUE;

  if (last - a >= 5)
    return -1;  /* a headline in title case, not a name */
  if (a == last && !names_nobody (q, a))
    return -1;
  {
    guint start = dossier_context_token (ctx, a)->start;
    guint end = dossier_context_token (ctx, last)->end;
    g_autofree char *name = dossier_context_dup (ctx, start, end);

    mention->start = start;
    mention->end = end;
    e = lookup_name (q, name);
    if (e < 0)
      {
        e = (int) dossier_context_add_entity (ctx, name,
                                              org ? DOSSIER_ENTITY_ORGANIZATION
                                                  : DOSSIER_ENTITY_PERSON);
        if (org)
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->gender = DOSSIER_GENDER_PLURAL;
        index_entity (q, (guint) e);
      }
    if (!range_has_mention (ctx, start, end))
      dossier_context_add_mention (ctx, start, end, e, DOSSIER_MENTION_NAME);
  }
  return e;
}

static gboolean
gender_fits (const DossierEntityInfo *info,
             const char              *gender)
{
  /* the lexicon's genders: "male", "female", "plural", "first", … (compared
   * by their first letters: this runs for every candidate mention) */
  if (gender[0] == 'p' && strcmp (gender, "plural") == 0)
    return (info->kind != DOSSIER_ENTITY_PERSON && info->kind != DOSSIER_ENTITY_PLACE) ||
           info->gender == DOSSIER_GENDER_PLURAL;
  if (info->kind != DOSSIER_ENTITY_PERSON)
    return FALSE;
  if (gender[0] == 'm' && strcmp (gender, "male") == 0)
    return info->gender != DOSSIER_GENDER_FEMALE && info->gender != DOSSIER_GENDER_PLURAL;
  if (gender[0] == 'f' && gender[1] == 'e' && strcmp (gender, "female") == 0)
    return info->gender != DOSSIER_GENDER_MALE && info->gender != DOSSIER_GENDER_PLURAL;
  return FALSE;
}

/* "Clinton said … she continued" where the names pass gave "Clinton" to
 * Bill Clinton: another person of the same surname whose gender fits the
 * pronoun, or -1. Runs only on a mention whose gender does not fit. */
static int gender_sibling_scan (Quotes *q, int e, const char *gender);

static int
gender_sibling (Quotes     *q,
                int         e,
                const char *gender)
{
  const DossierContext *ctx = q->ctx;
  const DossierEntityInfo *info = g_ptr_array_index (ctx->entities, e);
  guint slot;
  int found;

  if (info->kind != DOSSIER_ENTITY_PERSON || !info->name || strcmp (gender, "plural") == 0)
    return -1;
  /* the answer per entity and gender is kept: the loop below runs over
   * every entity. Exact: entities this pass adds have no gender, and no
   * gender changes during the pass. */
  slot = (guint) e * 2 + (gender[0] == 'f' ? 1 : 0);
  if (slot < q->n_siblings && q->siblings[slot] != -2)
    return q->siblings[slot];
  found = gender_sibling_scan (q, e, gender);
  if (slot < q->n_siblings)
    q->siblings[slot] = found;
  return found;
}

static int
gender_sibling_scan (Quotes     *q,
                     int         e,
                     const char *gender)
{
  const DossierContext *ctx = q->ctx;
  const DossierEntityInfo *info = g_ptr_array_index (ctx->entities, e);
  const char *surname;
  int found = -1;

  if (!q->surnames.slots)
    {
      /* the persons of known gender by surname, built once: only they can
       * be a sibling (the entities this pass adds have no gender); each
       * surname's chain in entity order */
      guint n_known = 0;
      for (guint k = 0; k < ctx->entities->len; k++)
        {
          const DossierEntityInfo *o = g_ptr_array_index (ctx->entities, k);
          n_known += o->kind == DOSSIER_ENTITY_PERSON && o->name && o->gender != DOSSIER_GENDER_UNKNOWN;
        }
      name_table_init (&q->surnames, n_known);
      q->surname_next = g_new0 (guint, MAX (ctx->entities->len, 1));
      for (guint k = ctx->entities->len; k-- > 0;)
        {
          const DossierEntityInfo *o = g_ptr_array_index (ctx->entities, k);
          const char *sn;
          NameSlot *slot;
          if (o->kind != DOSSIER_ENTITY_PERSON || !o->name || o->gender == DOSSIER_GENDER_UNKNOWN)
            continue;
          sn = last_word (o->name);
          slot = name_table_find (&q->surnames, sn, name_hash (sn));
          if (slot->key)
            {
              q->surname_next[k] = slot->value;
              slot->value = k + 1;
            }
          else
            name_table_set (&q->surnames, sn, k + 1, TRUE);
        }
    }
  surname = last_word (info->name);
  for (guint v = name_table_lookup (&q->surnames, surname); v; v = q->surname_next[v - 1])
    {
      guint k = v - 1;
      const DossierEntityInfo *o = g_ptr_array_index (ctx->entities, k);
      if ((int) k == e || o->kind != DOSSIER_ENTITY_PERSON || !o->name ||
          o->gender == DOSSIER_GENDER_UNKNOWN || !gender_fits (o, gender) ||
          strcmp (last_word (o->name), surname) != 0)
        continue;
      if (found >= 0)
        return -1;  /* two candidates: no guess */
      found = (int) k;
    }
  return found;
}

/* An entity the names pass did not call a person but whose name opens
 * with a personal title ("Rep. Jane Doe" of kind other): "he" or "she"
 * may stand for it. */
static gboolean
titled_fits (Quotes                  *q,
             const DossierEntityInfo *info,
             const char              *gender)
{
  const char *sp;
  char buf[24];
  const char *g;

  if (info->kind == DOSSIER_ENTITY_PERSON || info->kind == DOSSIER_ENTITY_PLACE || !info->name ||
      (strcmp (gender, "male") != 0 && strcmp (gender, "female") != 0))
    return FALSE;
  sp = strchr (info->name, ' ');
  if (!sp || (gsize) (sp - info->name) >= sizeof buf)
    return FALSE;
  memcpy (buf, info->name, sp - info->name);
  buf[sp - info->name] = '\0';
  g = g_hash_table_lookup (q->titles, buf);
  if (!g)
    return FALSE;
  return !*g || (*g == 'm') == (strcmp (gender, "male") == 0);
}

static gboolean
in_span (Quotes *q,
         guint   byte)
{
  GArray *spans = q->spans;
  guint lo = 0, hi = spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Span *s = &g_array_index (spans, Span, mid);
      if (s->end <= byte)
        lo = mid + 1;
      else if (s->start > byte)
        hi = mid;
      else
        return TRUE;
    }
  return FALSE;
}

static guint name_run_start (Quotes *q, guint lo, guint last);

/* Is token @k the title word @title, by itself or as the canonical form
 * the speech-noun lexicon gives it ("Sen." -> "senator")? 1 yes, 0 no, -1
 * too long to be a word (the callers stop there). */
static G_GNUC_NO_INLINE int
tok_is_title_slow (Quotes     *q,
                   guint       k,
                   const char *title,
                   gsize       title_len)
{
  const DossierContext *ctx = q->ctx;
  char prev[48];
  gsize len;
  const char *w = tok_str (ctx, k, &len);

  if (len + 1 > sizeof prev)
    return -1;
  if (tok_class (ctx, k) & CLASS_NOUN)
    {
      const char *c2;
      tok_lower (ctx, k, prev, sizeof prev);
      c2 = nouns_lookup (q->nouns, prev);
      if (c2 && *c2)
        return strcmp (c2, title) == 0;
      return strcmp (prev, title) == 0;
    }
  return len == title_len && fold_equal (w, title, len);
}

/* (a first test on the token's length: a word of another length is the
 * title only as a speech noun that stands for another word) */
static inline int
tok_is_title (Quotes     *q,
              guint       k,
              const char *title,
              gsize       title_len)
{
  const DossierToken *t = dossier_context_token (q->ctx, k);
  gsize len = t->end - t->start;

  if (len + 1 > 48)
    return -1;
  if (len != title_len && q->nouns == class_nouns && !((class_noun_value_lens >> len) & 1))
    return 0;
  return tok_is_title_slow (q, k, title, title_len);
}

/* Walks back from token @p over up to @limit tokens outside quotes and
 * returns the entity of the first name of the nearest sentence that has a
 * fitting one (@gender: a pronoun's gender), or, with @title, of the
 * nearest name right after that title word ("Sen. Bernie Sanders"). */
static int
scan_back (Quotes     *q,
           guint       p,
           guint       limit,
           const char *gender,
           const char *title)
{
  DossierContext *ctx = q->ctx;
  guint lo = p > limit ? p - limit : 0;
  guint sentence = G_MAXUINT, sentence_first = 0;
  int best = -1;
  guint best_first = 0, best_last = 0;

  if (title && q->nouns == class_nouns)
    {
      /* a name is taken only with the title word inside its run or one
       * or two words before it: with no such word in the window, none
       * is (tok_is_title () only for a word of the title's length and
       * first letter, or a speech noun that stands for another word) */
      const DossierToken *toks = (const DossierToken *) (gpointer) ctx->tokens->data;
      gsize title_len = strlen (title);
      guchar f = (guchar) FOLD (title[0]);
      gboolean any = FALSE;
      for (guint k = lo >= 2 ? lo - 2 : 0; k < p && !any; k++)
        {
          guint len = toks[k].end - toks[k].start;
          guchar c0;
          if (len >= 48)
            continue;
          c0 = (guchar) FOLD (ctx->text[toks[k].start]);
          if ((len == title_len && c0 == f) ||
              (((class_noun_value_lens >> len) & 1) && ((class_noun_value_first[c0 >> 6] >> (c0 & 63)) & 1)))
            any = tok_is_title (q, k, title, title_len) > 0;
        }
      if (!any)
        return -1;
    }

  for (guint i = p; i-- > lo;)
    {
      const DossierToken *t = dossier_context_token (ctx, i);
      guint first;
      int e = -1;
      int m;
      DossierEntityInfo *info = NULL;

      if (sentence != G_MAXUINT && i < sentence_first)
        break;
      if ((t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) !=
          (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED))
        continue;  /* (the cheap part of is_name_token () first) */
      if (!is_name_token (q, i))
        continue;
      /* (a name run never crosses a quote mark: the whole run is in a
       * quote or none of it; that binary search after the title test) */
      if (!title && in_span (q, t->start))
        continue;
      first = name_run_start (q, lo, i);
      {
        guint last = i;
        i = first;  /* the loop goes on before the run */
        /* the title test first: it is cheap, the look-ups below are not */
        if (title)
          {
            gboolean match = FALSE;
            gsize title_len = strlen (title);
            int r = 0;
            /* the title inside the run ("President Helen Marsh") or before it */
            for (guint k = first; k < last && !match && r >= 0; k++)
              match = (r = tok_is_title (q, k, title, title_len)) > 0;
            for (guint k = 1; k <= 2 && k <= first && !match && r >= 0; k++)
              match = (r = tok_is_title (q, first - k, title, title_len)) > 0;
            if (!match || in_span (q, t->start))
              continue;
          }
        m = -1;
        for (guint k = last + 1; k-- > first && m < 0;)
          m = dossier_context_mention_at (ctx, dossier_context_token (ctx, k)->start,
                                          dossier_context_token (ctx, k)->end);
        if (m >= 0)
          e = g_array_index (ctx->mentions, DossierMention, m).entity;
        else
          {
            guint a = first;
            while (a < last && tok_in_list (ctx, a, title_words))
              a++;
            {
              g_autofree char *name = dossier_context_dup (ctx, dossier_context_token (ctx, a)->start,
                                                           dossier_context_token (ctx, last)->end);
              e = lookup_name (q, name);
              if (e < 0 && !q->names_ran && last > a && !looks_common (q, a, last) &&
                  !tok_in_list (ctx, last, org_words))
                {
                  /* an unknown full name: a person the names pass missed */
                  best_first = a;
                  best_last = last;
                  e = -2;
                }
            }
          }
      }
      if (e == -2)
        {
          DossierRange r;
          e = resolve_name (q, best_first, best_last, &r);
        }
      if (e < 0)
        continue;
      info = g_ptr_array_index (ctx->entities, e);
      if (gender && !gender_fits (info, gender) && !titled_fits (q, info, gender))
        continue;
      if (title)
        return e;
      best = e;
      sentence = tok_sentence (ctx, i);
      sentence_first = g_array_index (ctx->sentences, DossierSentence, sentence).first_token;
    }
  return best;
}

/* Cuts "'s" (ASCII or typographic apostrophe) off a lower-cased word in
 * place: TRUE when it did. */
static gboolean
pronoun_stem (char *buf)
{
  char *ap = NULL;

  /* the first apostrophe, ASCII or typographic */
  for (char *p = buf; *p; p++)
    if (*p == '\'' || ((guchar) p[0] == 0xe2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x99))
      {
        ap = p;
        break;
      }
  if (!ap || ap == buf)
    return FALSE;
  /* only "'s" ("He's claiming"); "she'd be" is mostly a reported clause */
  if (strcmp (ap + (*ap == '\'' ? 1 : 3), "s") != 0)
    return FALSE;
  *ap = '\0';
  return TRUE;
}

/* Does mention @mm stand right before a speech verb ("Doe said")? */
static gboolean
mention_speaks (Quotes               *q,
                const DossierMention *mm)
{
  guint last = tok_at (q->ctx, mm->end - 1);
  guint first;
  if (last + 1 < q->ctx->tokens->len && is_verb (q, last + 1))
    {
      /* (not "the effort results in Jane Doe claiming the nomination":
       * the object of a preposition does not speak) */
      first = tok_at (q->ctx, mm->start);
      return !(is_ing_verb (q->ctx, last + 1) && first > 0 && first < q->ctx->tokens->len &&
               tok_in_list (q->ctx, first - 1, prepositions));
    }
  if (last + 2 < q->ctx->tokens->len && tok_is_char (q->ctx, last + 1, ','))
    {
      /* "Jane Doe, for example, said": past a short aside */
      for (guint k = last + 2; k < q->ctx->tokens->len && k < last + 6; k++)
        {
          const DossierToken *t = dossier_context_token (q->ctx, k);
          if (tok_is_char (q->ctx, k, ','))
            return k + 1 < q->ctx->tokens->len && (tok_class (q->ctx, k + 1) & LIST_BIT_inverting) &&
                   !is_ing_verb (q->ctx, k + 1);
          if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_CAPITALIZED))
            break;
        }
    }
  /* ""…," said Jane Doe.": the inverted speaker (not "said Jane Doe's
   * plan", "said Doe continued") */
  first = tok_at (q->ctx, mm->start);
  return first > 1 && first < q->ctx->tokens->len && (tok_class (q->ctx, first - 1) & LIST_BIT_inverting) &&
         (tok_is_mark (q->ctx, first - 2) || tok_is_char (q->ctx, first - 2, ',')) &&
         (last + 1 >= q->ctx->tokens->len || tok_is_char (q->ctx, last + 1, ',') ||
          tok_is_char (q->ctx, last + 1, '.') || tok_is_char (q->ctx, last + 1, '('));
}

/* Is mention @mm a modifier of a name of entity @next right after it
 * ("Obama consultant Jane Doe", "campaign adviser")? */
static gboolean
mention_modifies (Quotes               *q,
                  const DossierMention *mm,
                  int                   next)
{
  DossierContext *ctx = q->ctx;
  guint last = tok_at (ctx, mm->end - 1);
  guint k = last + 1;
  guint words = 0;

  while (k < ctx->tokens->len && words < 3)
    {
      const DossierToken *t = dossier_context_token (ctx, k);
      /* (a capitalised title goes on it: "Doe campaign Chairman Jim Roe") */
      if (!(t->flags & DOSSIER_TOKEN_WORD) ||
          ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && !(words > 0 && tok_in_list (ctx, k, title_words))))
        break;
      if (is_verb (q, k) || tok_in_list (ctx, k, prepositions) || tok_in_list (ctx, k, conjunctions) ||
          tok_in_list (ctx, k, determiners))
        return FALSE;
      /* a title or a description ("consultant", "campaign adviser"), not
       * any word: "Doe met Roe" is no "Doe consultant Roe" */
      if (!is_description (q, k) && !tok_in_list (ctx, k, title_words) && !tok_in_list (ctx, k, org_words))
        return FALSE;
      words++;
      k++;
    }
  if (words == 0 || k >= ctx->tokens->len)
    return FALSE;
  {
    const DossierToken *t = dossier_context_token (ctx, k);
    int m = dossier_context_mention_at (ctx, t->start, t->end);
    return m >= 0 && g_array_index (ctx->mentions, DossierMention, m).entity == next &&
           g_array_index (ctx->mentions, DossierMention, m).start == t->start;
  }
}

/* Does the pronoun @word ("he", "she") stand, outside quotes, in sentence
 * @sentence before byte @before? */
static gboolean
pronoun_leads (Quotes     *q,
               guint       sentence,
               guint       before,
               const char *word)
{
  DossierContext *ctx = q->ctx;
  const DossierSentence *s;

  gboolean subject_only = FALSE;

  /* "he!", "she!": the pronoun itself, not its possessive */
  if (strcmp (word, "he!") == 0 || strcmp (word, "she!") == 0)
    {
      subject_only = TRUE;
      word = word[0] == 'h' ? "he" : "she";
    }
  if (sentence == G_MAXUINT || (strcmp (word, "he") != 0 && strcmp (word, "she") != 0))
    return FALSE;
  s = &g_array_index (ctx->sentences, DossierSentence, sentence);
  for (guint k = s->first_token; k < ctx->tokens->len; k++)
    {
      const DossierToken *t = dossier_context_token (ctx, k);
      if (t->start >= before || k >= s->first_token + s->n_tokens)
        break;
      if ((tok_is (ctx, k, word) || (!subject_only && tok_is (ctx, k, word[0] == 'h' ? "his" : "her"))) &&
          !in_span (q, t->start))
        return TRUE;
    }
  return FALSE;
}

static int resolve_np (Quotes *q, Np np, DossierRange *mention);
static Np np_at (Quotes *q, guint i, guint hi);

/* The entity of the description that opens sentence @sentence before byte
 * @before and is its subject ("The senator attacked …", "The former
 * governor has …"), if it fits @gender; else -1. */
static int
description_subject (Quotes     *q,
                     guint       sentence,
                     guint       before,
                     const char *gender)
{
  DossierContext *ctx = q->ctx;
  const DossierSentence *s;
  guint first, hi;
  Np np;
  gsize len;
  const char *w;
  DossierRange r;
  int e;
  DossierEntityInfo *info;

  if (sentence == G_MAXUINT)
    return -1;
  s = &g_array_index (ctx->sentences, DossierSentence, sentence);
  first = s->first_token;
  if (first + 2 >= ctx->tokens->len || !tok_in_list (ctx, first, determiners) ||
      dossier_context_token (ctx, first)->start >= before || in_span (q, dossier_context_token (ctx, first)->start))
    return -1;
  hi = tok_at (ctx, before);
  if (hi > first + 6)
    hi = first + 6;
  np = np_at (q, first, hi);
  if (np.type != NP_DESCRIPTION || np.first != first || np.last + 1 >= hi ||
      !tok_in (ctx, np.last, q->nouns) || tok_in_list (ctx, np.last, thing_nouns))
    return -1;
  w = tok_str (ctx, np.last, &len);
  if (len < 3 || (w[len - 1] == 's' && w[len - 2] != 's'))
    return -1;  /* "The officials …": no "he" */
  /* a verb right after it: its subject ("The senator attacked",
   * "The governor has"), not "The senator from Ohio" */
  {
    const DossierToken *vt = dossier_context_token (ctx, np.last + 1);
    const char *vw = tok_str (ctx, np.last + 1, &len);
    if (!(vt->flags & DOSSIER_TOKEN_WORD) || (vt->flags & DOSSIER_TOKEN_CAPITALIZED) || len < 2 ||
        (tok_class (ctx, np.last + 1) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners)))
      return -1;
    if (!(is_verb (q, np.last + 1) || (len > 3 && vw[len - 2] == 'e' && vw[len - 1] == 'd') ||
          (len > 3 && vw[len - 1] == 's' && vw[len - 2] != 's') || tok_is (ctx, np.last + 1, "has") ||
          tok_is (ctx, np.last + 1, "had") || tok_is (ctx, np.last + 1, "was") || tok_is (ctx, np.last + 1, "is") ||
          tok_is (ctx, np.last + 1, "will") || tok_is (ctx, np.last + 1, "would")))
      return -1;
  }
  e = resolve_np (q, np, &r);
  if (e < 0)
    return -1;
  info = g_ptr_array_index (ctx->entities, e);
  if (info->kind == DOSSIER_ENTITY_PERSON && !gender_fits (info, gender) && !titled_fits (q, info, gender))
    return -1;
  if (info->kind != DOSSIER_ENTITY_PERSON && info->kind != DOSSIER_ENTITY_OTHER)
    return -1;
  return e;
}

/* dossier_context_mention_at () for a walk back over tokens, each call
 * with a start at or before the one before: the first mention whose end
 * is after the start (the mentions are sorted by end as by start) is
 * found by stepping back from the last answer, not by a binary search
 * each time. No mention may be added during the walk. */
typedef struct
{
  gboolean ready;
  guint    main;     /* that first mention among the sorted mentions */
  guint    pending;  /* and among the ones added since */
} MentionWalk;

static guint
mention_bound (const DossierMention *ms,
               guint                 lo,
               guint                 hi,
               guint                 start)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (ms[mid].end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
mention_at_descending (const DossierContext *ctx,
                       MentionWalk          *w,
                       guint                 start,
                       guint                 end)
{
  const DossierMention *ms = (const DossierMention *) (gpointer) ctx->mentions->data;
  guint n = ctx->mentions->len;
  guint main_end = MIN (ctx->pending_from, n);
  int found, pending;

  if (end <= start)
    end = start + 1;
  if (!w->ready)
    {
      w->main = mention_bound (ms, 0, main_end, start);
      w->pending = mention_bound (ms, main_end, n, start);
      w->ready = TRUE;
    }
  else
    {
      while (w->main > 0 && ms[w->main - 1].end > start)
        w->main--;
      while (w->pending > main_end && ms[w->pending - 1].end > start)
        w->pending--;
    }
  found = w->main < main_end && ms[w->main].start < end ? (int) w->main : -1;
  if (main_end == n)
    return found;
  pending = w->pending < n && ms[w->pending].start < end ? (int) w->pending : -1;
  if (found < 0)
    return pending;
  if (pending >= 0 && ms[pending].start < ms[found].start)
    return pending;
  return found;
}

/* Is the mention at byte @start inside the phrase a preposition opens
 * sentence @s with, before the comma that ends it ("In an interview with
 * Jane Doe, Roe said …")? Not the subject of the sentence. */
static gboolean
in_fronted_phrase (Quotes *q,
                   guint   s,
                   guint   start)
{
  const DossierContext *ctx = q->ctx;
  const DossierSentence *sent = &g_array_index (ctx->sentences, DossierSentence, s);
  guint ft = sent->first_token;
  guint end = ft + MIN (sent->n_tokens, 30);
  gboolean before = TRUE;

  /* (not "To Jane Doe, …" nor "For Jane Doe, …": whose view it is; but
   * a clause a subordinator opens: "While Doe had …, that concerns Roe") */
  if (sent->n_tokens < 4)
    return FALSE;
  if (!(tok_is (ctx, ft, "while") || tok_is (ctx, ft, "although") || tok_is (ctx, ft, "though") ||
        tok_is (ctx, ft, "because") || tok_is (ctx, ft, "whereas")) &&
      (!tok_in_list (ctx, ft, prepositions) || tok_is (ctx, ft, "to") ||
       tok_is (ctx, ft, "for") || tok_is (ctx, ft, "like") || tok_is (ctx, ft, "of")))
    return FALSE;
  for (guint k = ft + 1; k < end; k++)
    {
      const DossierToken *t = dossier_context_token (ctx, k);
      if (before && t->start >= start)
        before = FALSE;
      if (tok_is_char (ctx, k, ',') || tok_is_char (ctx, k, ';') || tok_is_mark (ctx, k))
        return !before && tok_is_char (ctx, k, ',');
    }
  return FALSE;
}

/* The antecedent of the pronoun token @p: the first fitting mention of the
 * nearest earlier sentence that has one (outside quotes), or the last
 * speaker. */
static int
resolve_pronoun (Quotes *q,
                 guint   p)
{
  DossierContext *ctx = q->ctx;
  char buf[16];
  const char *gender;
  const DossierToken *pt = dossier_context_token (ctx, p);
  guint para = tok_paragraph (ctx, p);
  int best = -1;
  guint best_sentence = G_MAXUINT;
  guint lo;
  guint seen = 0;
  gboolean chained = FALSE;

  if (!tok_lower (ctx, p, buf, sizeof buf))
    return -1;
  pronoun_stem (buf);
  /* possessives: "his remark", "her claim" */
  if (strcmp (buf, "his") == 0)
    g_strlcpy (buf, "he", sizeof buf);
  else if (strcmp (buf, "her") == 0)
    g_strlcpy (buf, "she", sizeof buf);
  else if (strcmp (buf, "their") == 0)
    g_strlcpy (buf, "they", sizeof buf);
  else if (strcmp (buf, "its") == 0)
    g_strlcpy (buf, "it", sizeof buf);
  gender = g_hash_table_lookup (q->pronouns, buf);
  if (!gender || strcmp (gender, "first") == 0)
    return -1;

  lo = dossier_context_mentions_before (ctx, pt->start);
  for (guint round = 0; round < 3; round++)
    {
      gboolean best_speaks = FALSE;
      guint first_start = G_MAXUINT;
      guint sentence_lo = lo;

      for (guint m = lo; m-- > 0 && seen < 60;)
        {
          const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
          guint s;
          gboolean speaks;
          int mention_entity;
          seen++;
          if (mm->entity < 0 || (mm->flags & DOSSIER_MENTION_PRONOUN))
            continue;
          s = byte_sentence (ctx, mm->start);
          if (best_sentence != G_MAXUINT && s != best_sentence)
            break;
          if (g_array_index (ctx->sentences, DossierSentence, s).paragraph + 1 + round < para)
            break;
          sentence_lo = m;
          if (in_span (q, mm->start))
            continue;
          mention_entity = mm->entity;
          if (!gender_fits (g_ptr_array_index (ctx->entities, mention_entity), gender) &&
              !titled_fits (q, g_ptr_array_index (ctx->entities, mention_entity), gender))
            continue;
          if (gender[0] != 'p')
            {
              /* "Germans", "Palestinians", "Democrats": a people, nobody's
               * "he" or "she" */
              const DossierEntityInfo *mi = g_ptr_array_index (ctx->entities, mention_entity);
              if (mi->gender == DOSSIER_GENDER_UNKNOWN && mi->name && !strchr (mi->name, ' ') &&
                  lex_has (LEX_DEMONYMS, mi->name, strlen (mi->name)))
                continue;
            }
          if (best >= 0 && !best_speaks && in_fronted_phrase (q, s, mm->start))
            continue;  /* a later name of the sentence is its subject */
          speaks = mention_speaks (q, mm);
          first_start = mm->start;
          best_sentence = s;
          /* the one who speaks in that sentence ("Trump, Doe said, has…")
           * wins; else its first name, but for a modifier of the next name
           * ("Obama consultant Jane Doe") or a possessive ("Doe's plan
           * was backed by Jane Roe") */
          if (speaks || (!best_speaks && !(best >= 0 && mention_modifies (q, mm, best)) &&
                         !(best >= 0 && is_possessive (ctx, tok_at (ctx, mm->end - 1)))))
            best = mention_entity;
          best_speaks = best_speaks || speaks;
        }
      /* "The senator attacked Doe. "…" he said": a description that
       * opens that sentence, before its names, is its subject and the
       * antecedent (the person it stands for, or the description) */
      if (best >= 0 && !best_speaks && (strcmp (buf, "he") == 0 || strcmp (buf, "she") == 0))
        {
          int d = description_subject (q, best_sentence, first_start, gender);
          if (d >= 0)
            return d;
        }
      /* "…, he said, …Joe Biden…": a sentence whose subject is that same
       * pronoun goes on the story of the one before: look further back */
      if (best < 0 || !pronoun_leads (q, best_sentence, first_start, buf) ||
          (best_speaks && !pronoun_leads (q, best_sentence, first_start, buf[0] == 'h' ? "he!" : "she!")))
        break;  /* (not past "His aide, Jane Doe, said …": she speaks) */
      best = -1;
      best_sentence = G_MAXUINT;
      lo = sentence_lo;
      chained = TRUE;
    }

  if (best < 0 && !chained)
    {
      best = scan_back (q, p, 150, gender, NULL);
      if (best >= 0)
        best_sentence = tok_sentence (ctx, p);  /* approximately */
      if (best >= 0)
        {
          /* the paragraph of the name found */
          best_sentence = G_MAXUINT;
          MentionWalk walk = { FALSE, 0, 0 };
          for (guint i = p; i-- > (p > 150 ? p - 150 : 0);)
            {
              const DossierToken *t = dossier_context_token (ctx, i);
              int m = mention_at_descending (ctx, &walk, t->start, t->end);
              if (m >= 0 && g_array_index (ctx->mentions, DossierMention, m).entity == best)
                {
                  /* a sentence led by the same pronoun: the last speaker
                   * (below) is the better guess */
                  guint ts = tok_sentence (ctx, i);
                  if (!pronoun_leads (q, ts, t->start, buf))
                    best_sentence = ts;
                  break;
                }
            }
        }
    }

  if (q->last_speaker >= 0 && q->last_speaker_para + 2 >= para &&
      !gender_fits (g_ptr_array_index (ctx->entities, q->last_speaker), gender) &&
      q->last_speaker_mention.end > q->last_speaker_mention.start &&
      !memchr (ctx->text + q->last_speaker_mention.start, ' ',
               q->last_speaker_mention.end - q->last_speaker_mention.start))
    {
      /* "Clinton said. … she continued": the last speaker's namesake */
      int sib = gender_sibling (q, q->last_speaker, gender);
      if (sib >= 0 && (best < 0 || best_sentence == G_MAXUINT))
        return sib;
    }
  if (q->last_speaker >= 0 && q->last_speaker_para + 2 >= para &&
      (gender_fits (g_ptr_array_index (ctx->entities, q->last_speaker), gender) ||
       titled_fits (q, g_ptr_array_index (ctx->entities, q->last_speaker), gender)))
    {
      /* the subject of the nearest sentence that names someone wins over
       * the last speaker, who stays the fallback */
      if (best < 0 || best_sentence == G_MAXUINT)
        return q->last_speaker;
    }
  return best;
}

/* The token at @byte (the first whose end is after it), found from token
 * @from at or after it by galloping back: cheap for the short steps of a
 * walk back over the mentions. */
static guint
token_back_to (const DossierContext *ctx,
               guint                 from,
               guint                 byte)
{
  guint hi = from, step = 1, lo;

  /* invariant: token hi ends after @byte */
  while (hi > 0)
    {
      guint probe = hi > step ? hi - step : 0;
      if (dossier_context_token (ctx, probe)->end > byte)
        {
          hi = probe;
          step *= 2;
          continue;
        }
      /* token probe ends at or before @byte: the answer is in (probe, hi] */
      lo = probe + 1;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (dossier_context_token (ctx, mid)->end > byte)
            hi = mid;
          else
            lo = mid + 1;
        }
      return hi;
    }
  return 0;
}

/* Does @text hold @word as a whole word (case-insensitive)? "chairman"
 * holds "chairman", not "man". */
static gboolean
has_word (const char *text,
          const char *word)
{
  gsize n = strlen (word);

  if (n == 0)
    return FALSE;
  for (const char *p = text; *p; p++)
    if ((p == text || !g_ascii_isalnum (p[-1])) && FOLD (*p) == FOLD (*word) &&
        g_ascii_strncasecmp (p, word, n) == 0 &&
        !g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* The entity a description ("the president") stands for: the person whose
 * name came last after that title ("President Joe Biden"), or whose role
 * holds it. */
/* Cuts a possessive "'s" off the lower-cased word @buf; TRUE if it had one. */
static gboolean
strip_possessive (char *buf)
{
  gsize len = strlen (buf);

  if (len > 2 && buf[len - 2] == '\'' && buf[len - 1] == 's')
    {
      buf[len - 2] = '\0';
      return TRUE;
    }
  if (len > 4 && memcmp (buf + len - 4, "\xe2\x80\x99s", 4) == 0)
    {
      buf[len - 4] = '\0';
      return TRUE;
    }
  return FALSE;
}

/* Keeps @t as the token at the start @start of mention @m: the token at a
 * byte depends on the byte alone, so a mention that moved (a flush of the
 * mentions added) is told by its start. A direct-mapped cache of
 * MENTION_TOK_CACHE slots, not arrays over every mention: the walks back
 * look at the mentions near the quotes only, and a mention whose slot
 * was taken is walked to again. */
#define MENTION_TOK_CACHE 8192u

static void
mention_tok_keep (Quotes *q,
                  guint   m,
                  guint   start,
                  guint   t)
{
  if (!q->mention_start)
    {
      q->n_mention_tok = MENTION_TOK_CACHE;
      q->mention_start = g_new (guint, MENTION_TOK_CACHE);
      q->mention_tok = g_new (guint, MENTION_TOK_CACHE);
      for (guint k = 0; k < MENTION_TOK_CACHE; k++)
        q->mention_start[k] = G_MAXUINT;
    }
  q->mention_start[m & (MENTION_TOK_CACHE - 1)] = start;
  q->mention_tok[m & (MENTION_TOK_CACHE - 1)] = t;
}

/* The bit of the ASCII letters and digits [word, word + len), case folded,
 * in a role signature; 0 when @len is 0 or a byte of it is no letter or
 * digit (a word has_word () may find across a boundary: no signature test). */
static guint64
role_word_bit (const char *word,
               gsize       len)
{
  guint32 h = 2166136261u;

  if (len == 0)
    return 0;
  for (gsize k = 0; k < len; k++)
    {
      if (!g_ascii_isalnum (word[k]))
        return 0;
      h = (h ^ (guchar) FOLD (word[k])) * 16777619u;
    }
  return G_GUINT64_CONSTANT (1) << (h & 63);
}

/* The signature of @role: the bits of its runs of ASCII letters and digits.
 * has_word (@role, w) for a word w of letters and digits alone finds a
 * whole run equal to w, so it is FALSE when w's bit is not in the
 * signature. */
static guint64
role_signature (const char *role)
{
  guint64 sig = 0;
  const char *p = role;

  while (*p)
    {
      const char *q0;
      while (*p && !g_ascii_isalnum (*p))
        p++;
      q0 = p;
      while (*p && g_ascii_isalnum (*p))
        p++;
      if (p > q0)
        sig |= role_word_bit (q0, p - q0);
    }
  return sig;
}

/* Can token @t - 1 or @t - 2 be the title word of @buf_len bytes that
 * resolve_description () looks for before a mention? Only with that
 * length, or the length of a speech noun that stands for another word
 * ("sen." for "senator"): a first test on the tokens' lengths, before
 * their classes and their text (a cache miss each, for most mentions). */
static inline gboolean
title_may_precede (Quotes *q,
                   guint   t,
                   guint64 lens)
{
  const DossierToken *p;
  guint len;

  if (q->nouns != class_nouns)
    return TRUE;
  /* (@lens: bit n for each length n that may be the word's) */
  p = dossier_context_token (q->ctx, t - 1);
  len = p->end - p->start;
  if (len < 64 && ((lens >> len) & 1))
    return TRUE;
  if (t < 2)
    return FALSE;
  p--;
  len = p->end - p->start;
  return len < 64 && ((lens >> len) & 1);
}

/* Is token @i a noun of news outlets ("the Harbor Times tabloid" is the
 * Harbor Times)? */
static gboolean
tok_is_outlet_noun (const DossierContext *ctx,
                    guint                 i)
{
  static const char * const nouns[] = { "tabloid", "newspaper", "paper", "magazine", "daily", "weekly",
                                        "network", "channel", "broadcaster", "outlet", "agency",
                                        "journal" };

  for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
    if (tok_is (ctx, i, nouns[k]))
      return TRUE;
  return FALSE;
}

static int
resolve_description (Quotes *q,
                     guint   word)
{
  DossierContext *ctx = q->ctx;
  char buf[48];
  const char *canon;
  const DossierToken *wt = dossier_context_token (ctx, word);
  guint lo;
  guint seen = 0;
  guint cursor = word;
  gsize buf_len;
  guint64 buf_bit;
  guint64 title_lens;
  gboolean collective;

  if (!tok_lower (ctx, word, buf, sizeof buf))
    return -1;
  strip_possessive (buf);  /* "the senator's answer" */
  canon = nouns_lookup (q->nouns, buf);
  if (canon && *canon)
    g_strlcpy (buf, canon, sizeof buf);
  if (g_str_has_suffix (buf, "s") && !g_str_has_suffix (buf, "ss"))
    return -1;  /* plural: "officials said" */
  if (tok_in_list (ctx, word, thing_nouns))
    return -1;  /* "the article said": a text, nobody named */

  buf_len = strlen (buf);
  buf_bit = role_word_bit (buf, buf_len);
  title_lens = class_noun_value_lens | (buf_len < 64 ? G_GUINT64_CONSTANT (1) << buf_len : 0);
  /* a body of people that speaks for its organisation ("the editorial
   * board"), not one person ("the leader") */
  collective = strcmp (buf, "board") == 0 || strcmp (buf, "campaign") == 0 || strcmp (buf, "committee") == 0 ||
               strcmp (buf, "staff") == 0 || strcmp (buf, "panel") == 0 || strcmp (buf, "council") == 0 ||
               strcmp (buf, "newsroom") == 0 || strcmp (buf, "commission") == 0 || strcmp (buf, "team") == 0;
  /* (the same head word as a recent call: the roles found not to fit it
   * then, marked with that call's number, need no new look; the roles
   * never change during the pass) */
  {
    guint r;
    for (r = 0; r < MIN (q->n_role_words, G_N_ELEMENTS (q->role_words)); r++)
      if (strcmp (q->role_words[r], buf) == 0)
        break;
    if (r < MIN (q->n_role_words, G_N_ELEMENTS (q->role_words)))
      q->role_call = q->role_ids[r];
    else
      {
        r = q->n_role_words++ % G_N_ELEMENTS (q->role_words);
        g_strlcpy (q->role_words[r], buf, sizeof q->role_words[r]);
        q->role_ids[r] = ++q->role_call_max;
        q->role_call = q->role_ids[r];
      }
  }
  lo = dossier_context_mentions_before (ctx, wt->start);
  for (guint m = lo; m-- > 0 && seen < 300;)
    {
      const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
      DossierEntityInfo *info;
      guint t;
      char prev[48];
      gboolean may_precede;

      seen++;
      if (mm->entity < 0 || (mm->flags & DOSSIER_MENTION_PRONOUN))
        continue;
      /* (the entity itself only when it has a role: most do not, and
       * loading each would be a cache miss per mention) */
      if ((guint) mm->entity < q->n_roles && q->has_role[mm->entity] &&
          (buf_bit == 0 || (q->role_sig[mm->entity] & buf_bit)) &&
          q->role_checked[mm->entity] != q->role_call)
        {
          info = g_ptr_array_index (ctx->entities, mm->entity);
          if (info->role && has_word (info->role, buf))
            return mm->entity;
          q->role_checked[mm->entity] = q->role_call;  /* no: not again in this call */
        }
      /* the token at the mention: walked back to, the mentions come in
       * text order backwards (no binary search per mention) */
      if (q->mention_start && q->mention_start[m & (MENTION_TOK_CACHE - 1)] == mm->start)
        t = q->mention_tok[m & (MENTION_TOK_CACHE - 1)];  /* walked to in an earlier call */
      else
        {
          t = token_back_to (ctx, cursor, mm->start);
          mention_tok_keep (q, m, mm->start, t);
        }
      cursor = t;
      if (t == 0 || t >= ctx->tokens->len)
        continue;
      /* the title may stand one or two words before the name, but not
       * with a preposition between ("the governor of Vermont") */
      may_precede = title_may_precede (q, t, title_lens);
      for (guint k = 1; k <= 2 && k <= t && may_precede; k++)
        {
          guint32 cls = tok_class (ctx, t - k);
          if (cls & (LIST_BIT_prepositions | LIST_BIT_conjunctions))
            break;  /* "the former governor and Agency administrator" */
          if (cls & CLASS_NOUN)
            {
              const char *c2;
              if (!tok_lower (ctx, t - k, prev, sizeof prev))
                break;
              c2 = nouns_lookup (q->nouns, prev);
              if (c2 && *c2)
                g_strlcpy (prev, c2, sizeof prev);
              if (strcmp (prev, buf) == 0)
                return mm->entity;
            }
          else
            {
              gsize len;
              const char *w = tok_str (ctx, t - k, &len);
              if (len >= sizeof prev)
                break;
              if (len == buf_len && fold_equal (w, buf, len))
                return mm->entity;
            }
        }
      /* or right after the name of an organisation: "the Daily Star
       * editorial board … the editorial board wrote" */
      if (collective && mm->end < ctx->length && ctx->text[mm->end] == ' ' &&
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->kind == DOSSIER_ENTITY_ORGANIZATION)
        {
          const DossierToken *toks = (const DossierToken *) (gpointer) ctx->tokens->data;
          guint k = t;
          while (k < ctx->tokens->len && toks[k].end < mm->end)
            k++;
          for (guint j = k + 1; j <= k + 2 && j < ctx->tokens->len; j++)
            {
              const char *c2;
              if (!(toks[j].flags & DOSSIER_TOKEN_WORD) || (toks[j].flags & DOSSIER_TOKEN_CAPITALIZED) ||
                  !tok_lower (ctx, j, prev, sizeof prev))
                break;
              c2 = nouns_lookup (q->nouns, prev);
              if (c2 && *c2)
                g_strlcpy (prev, c2, sizeof prev);
              if (strcmp (prev, buf) == 0)
                return mm->entity;
            }
        }
      /* or after it, in apposition: "Jane Doe, the brusque governor of …" */
      if (((guint) mm->entity >= q->n_roles || q->is_person[mm->entity]) &&
          mm->end < ctx->length && ctx->text[mm->end] == ',' &&
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->kind == DOSSIER_ENTITY_PERSON)
        {
          /* (the token at the mention's last byte: walked forward from
           * the token at its start, over the few tokens of the name) */
          const DossierToken *toks = (const DossierToken *) (gpointer) ctx->tokens->data;
          guint k = t;
          if (mm->end > mm->start)
            while (k < ctx->tokens->len && toks[k].end <= mm->end - 1)
              k++;
          else
            k = tok_at (ctx, mm->end - 1);
          k++;
          if (tok_is_char (ctx, k, ',') && tok_in_list (ctx, k + 1, determiners))
            for (guint j = k + 2; j < k + 6 && j < ctx->tokens->len; j++)
              {
                const char *c2;
                if (!(dossier_context_token (ctx, j)->flags & DOSSIER_TOKEN_WORD) ||
                    !tok_lower (ctx, j, prev, sizeof prev))
                  break;
                c2 = nouns_lookup (q->nouns, prev);
                if (c2 && *c2)
                  g_strlcpy (prev, c2, sizeof prev);
                if (strcmp (prev, buf) == 0)
                  return mm->entity;
                if (c2 || tok_in_list (ctx, j, prepositions))
                  break;  /* another head noun, or its complement */
              }
        }
    }
  return scan_back (q, word, 400, NULL, buf);
}

/* ---- noun phrases ------------------------------------------------------ */

static gboolean
is_pronoun_compute (Quotes *q,
            guint   i)
{
  char buf[16];

  if (tok_in (q->ctx, i, q->pronouns))
    return TRUE;
  /* "He's claiming": the pronoun of a contraction */
  if (i < q->ctx->tokens->len && (dossier_context_token (q->ctx, i)->flags & DOSSIER_TOKEN_WORD) &&
      tok_lower (q->ctx, i, buf, sizeof buf) && pronoun_stem (buf))
    return g_hash_table_contains (q->pronouns, buf);
  return FALSE;
}

static gboolean
is_description_compute (Quotes *q,
                guint   i)
{
  const DossierToken *t;
  if (i >= q->ctx->tokens->len)
    return FALSE;
  t = dossier_context_token (q->ctx, i);
  if ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && !(t->flags & DOSSIER_TOKEN_SENTENCE_START))
    return FALSE;
  if (t->end - t->start > 9 && memcmp (q->ctx->text + t->end - 9, "-year-old", 9) == 0)
    return TRUE;  /* "the 46-year-old said" */
  if (!(t->flags & DOSSIER_TOKEN_CAPITALIZED) && t->end - t->start > 5 &&
      (memcmp (q->ctx->text + t->end - 3, "man", 3) == 0 || memcmp (q->ctx->text + t->end - 5, "women", 5) == 0 ||
       memcmp (q->ctx->text + t->end - 3, "men", 3) == 0) &&
      i > 0 && tok_in_list (q->ctx, i - 1, determiners) && !tok_is (q->ctx, i, "human"))
    return TRUE;  /* "the radioman", "the congresswoman" */
  /* "63 percent said", "49% say": a share of those asked */
  if (i > 0 && tok_is (q->ctx, i, "percent") &&
      (dossier_context_token (q->ctx, i - 1)->flags & DOSSIER_TOKEN_NUMBER))
    return TRUE;
  if ((t->flags & DOSSIER_TOKEN_NUMBER) && t->end - t->start > 1 && q->ctx->text[t->end - 1] == '%')
    return TRUE;
  return tok_in (q->ctx, i, q->nouns);
}

/* Is every word of [first, last] a title or a description ("Former
 * Secretary", "Speaker", "Attorney General")? */
static gboolean
run_is_titles (Quotes *q,
               guint   first,
               guint   last)
{
  for (guint i = first; i <= last; i++)
    if (!tok_in_list (q->ctx, i, title_words) && !tok_in (q->ctx, i, q->nouns))
      return FALSE;
  return TRUE;
}

/* After a run of titles that ends at @last, "of [the] …" and a name: the
 * first token of that name ("Secretary of State Jane Doe", "Speaker of the
 * House Jim Roe"), else NO_TOKEN. */
static guint
name_after_title_of (Quotes *q,
                     guint   last,
                     guint   hi)
{
  guint j = last + 1;

  /* "Former secretary of state Jane Doe" */
  while (j < hi && j < last + 3 && !tok_is (q->ctx, j, "of") &&
         (tok_in_list (q->ctx, j, title_words) || tok_in (q->ctx, j, q->nouns)))
    j++;
  if (!tok_is (q->ctx, j, "of"))
    return NO_TOKEN;
  j++;
  if (tok_is (q->ctx, j, "the"))
    j++;
  if (j < hi && !is_name_token (q, j) && tok_in_list (q->ctx, j, title_words) && is_name_token (q, j + 1))
    j++;
  if (j < hi && is_name_token (q, j))
    return j;
  return NO_TOKEN;
}

/* Does token @i open a clause (a sentence, or after a comma or a mark)? */
static gboolean
clause_start (Quotes *q,
              guint   i)
{
  const DossierToken *t = dossier_context_token (q->ctx, i);
  return (t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) || i == 0 ||
         tok_is_char (q->ctx, i - 1, ',') || tok_is_mark (q->ctx, i - 1);
}

/* Extends a name run that ends at @last backwards, not below @lo. */
static guint
name_run_start (Quotes *q,
                guint   lo,
                guint   last)
{
  guint first = last;
  while (first > lo && is_name_token (q, first - 1) && !tok_in_list (q->ctx, first - 1, days_months))
    first--;
  /* a sentence-initial "The" before an organisation stays out */
  return first;
}

static guint
name_run_end (Quotes *q,
              guint   first,
              guint   hi)
{
  guint last = first;
  while (last + 1 < hi && is_name_token (q, last + 1) && !is_possessive (q->ctx, last))
    last++;
  return last;
}

/* Is the name run [first, last] a place: a country, a US state (or its
 * abbreviation, "Fla.", "OH"), a city the lexicon knows, or a place the
 * names pass found? */
static gboolean is_place_run_compute (Quotes *q, guint first, guint last);

#define MEMO_PLACE        28

static gboolean
place_token_compute (Quotes *q,
                     guint   i)
{
  return is_place_run_compute (q, i, i);
}

static gboolean
is_place_run (Quotes *q,
              guint   first,
              guint   last)
{
  /* one word, the common case, is worked out once per token */
  if (first == last)
    return memo_get (q, first, MEMO_PLACE, place_token_compute);
  return is_place_run_compute (q, first, last);
}

static gboolean
is_place_run_compute (Quotes *q,
                      guint   first,
                      guint   last)
{
  static const char postal[] =
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ";
  const DossierContext *ctx = q->ctx;
  guint start = dossier_context_token (ctx, first)->start;
  guint end = dossier_context_token (ctx, last)->end;
  const char *w = ctx->text + start;
  int m;

  if (end - start > 40)
    return FALSE;
  if (end - start == 2 && g_ascii_isupper (w[0]) && g_ascii_isupper (w[1]))
    {
      for (const char *p = postal; *p; p += 3)
        if (p[0] == w[0] && p[1] == w[1])
          return TRUE;
      return FALSE;
    }
  if (lex_has (LEX_US_STATES, w, end - start) || lex_has (LEX_COUNTRIES, w, end - start) ||
      lex_has (LEX_CITIES, w, end - start))
    return TRUE;
  m = dossier_context_mention_at (ctx, start, end);
  if (m >= 0)
    {
      const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
      return mm->entity >= 0 && mm->start == start && mm->end == end &&
             ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->kind == DOSSIER_ENTITY_PLACE;
    }
  return FALSE;
}

/* A place that does not speak: a state, a city, a place the names pass
 * found, but no country, and none right before a speech verb ("Moscow
 * said", "China warned" speak for a government). */
static gboolean
is_mute_place (Quotes *q,
               guint   first,
               guint   last)
{
  const DossierContext *ctx = q->ctx;
  guint start, end;
  int m;

  if (last + 1 < ctx->tokens->len && (is_verb (q, last + 1) || is_possessive (ctx, last)))
    return FALSE;
  if (first == last && !is_place_run (q, first, last))
    return FALSE;  /* (kept per token) */
  if (first >= 2 && tok_is (ctx, first - 1, "to") && tok_is (ctx, first - 2, "according"))
    return FALSE;  /* "according to Vermont Public Radio" */
  if (first != last && tok_is_char (ctx, last + 1, ','))
    {
      /* "said Monte Doe, executive director of …": a person's title in
       * apposition (not "Salem, the county seat") */
      guint k = last + 2;
      if (tok_in_list (ctx, k, determiners))
        k++;
      for (guint n = 0; n < 3 && k < ctx->tokens->len; n++, k++)
        {
          if (tok_is (ctx, k, "town") || tok_is (ctx, k, "city") || tok_is (ctx, k, "county") ||
              tok_in_list (ctx, k, thing_nouns))
            break;
          if (is_description (q, k) || tok_in_list (ctx, k, title_words))
            return FALSE;
        }
    }
  start = dossier_context_token (ctx, first)->start;
  end = dossier_context_token (ctx, last)->end;
  /* "Washington, star of the show, said": a person the names pass found */
  m = dossier_context_mention_at (ctx, start, end);
  if (m >= 0)
    {
      const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
      if (mm->entity >= 0 &&
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->kind != DOSSIER_ENTITY_PLACE)
        return FALSE;
    }
  if (first != last && !is_place_run (q, first, last))
    return FALSE;
  return !lex_has (LEX_COUNTRIES, ctx->text + start, end - start);
}

/* After a name, the comma at @comma and a place set off by commas ("in
 * Salem, Ohio, …", "in Berea, OH,"): the comma that closes it, else
 * NO_TOKEN. */
static guint
place_apposition_end (Quotes *q,
                      guint   comma,
                      guint   hi)
{
  const DossierContext *ctx = q->ctx;
  guint last;

  if (comma == 0 || comma + 2 >= hi || !tok_is_char (ctx, comma, ',') || !is_name_token (q, comma - 1) ||
      !is_name_token (q, comma + 1))
    return NO_TOKEN;
  last = name_run_end (q, comma + 1, hi);
  if (last + 1 >= hi || !tok_is_char (ctx, last + 1, ',') || !is_place_run (q, comma + 1, last))
    return NO_TOKEN;
  return last + 1;
}

/* A capitalised common word that opens a sentence before lower-case
 * nouns ("Small groups of protesters", "Corporate lobbyists", "Legislative
 * leaders"): the last of those nouns, else NO_TOKEN. A word a name list
 * knows, or one the names pass calls a person, stays a name. */
static guint
sentence_modifier_end (Quotes *q,
                       guint   i,
                       guint   hi)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t = dossier_context_token (ctx, i);
  char buf[32];
  gsize len;
  const char *w = tok_str (ctx, i, &len);
  guint k = i + 1, last = NO_TOKEN;
  int m;

  if (!(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) || (t->flags & DOSSIER_TOKEN_ALL_CAPS) ||
      k >= hi || !tok_lower (ctx, i, buf, sizeof buf))
    return NO_TOKEN;
  {
    const DossierToken *n = dossier_context_token (ctx, k);
    if (!(n->flags & DOSSIER_TOKEN_WORD) || (n->flags & DOSSIER_TOKEN_CAPITALIZED) ||
        !(n->flags & DOSSIER_TOKEN_SPACE_BEFORE))
      return NO_TOKEN;
  }
  if (lex_has (LEX_DEMONYMS, w, len) || is_possessive (ctx, i) || tok_in_list (ctx, i, days_months))
    return NO_TOKEN;
  m = dossier_context_mention_at (ctx, t->start, t->end);
  if (!lex_has (LEX_COMMON_WORDS, buf, strlen (buf)) || lex_has (LEX_FIRSTNAMES, w, len) ||
      lex_has (LEX_SURNAMES, w, len))
    {
      /* "Small groups of protesters", "Young voters": a word that is also
       * a name, before a plural that is no verb, named nowhere else */
      gsize nlen;
      const char *nw = tok_str (ctx, k, &nlen);
      if (!(nlen > 3 && nw[nlen - 1] == 's' && nw[nlen - 2] != 's' && nw[nlen - 2] != 'u' && nw[nlen - 2] != 'i') ||
          is_verb (q, k) || (m >= 0 && g_array_index (ctx->mentions, DossierMention, m).entity >= 0 &&
                             ((DossierEntityInfo *) g_ptr_array_index (
                                ctx->entities, g_array_index (ctx->mentions, DossierMention, m).entity))->mentions->len > 1))
        return NO_TOKEN;
    }
  if (m >= 0)
    {
      const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
      if (mm->entity >= 0 && mm->end > t->end)
        return NO_TOKEN;  /* part of a longer name */
      if (mm->entity >= 0 &&
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->kind == DOSSIER_ENTITY_PERSON &&
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->mentions->len > 1)
        return NO_TOKEN;
    }
  /* the nouns: plurals or descriptions, up to three words */
  for (; k < hi && k < i + 4; k++)
    {
      const DossierToken *n = dossier_context_token (ctx, k);
      gsize nlen;
      const char *nw = tok_str (ctx, k, &nlen);
      if (!(n->flags & DOSSIER_TOKEN_WORD) || (n->flags & DOSSIER_TOKEN_CAPITALIZED) || is_verb (q, k) ||
          (tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners |
                                 LIST_BIT_skippable)))
        break;
      if (is_description (q, k) || (nlen > 3 && nw[nlen - 1] == 's' && nw[nlen - 2] != 's'))
        last = k;
      else if (last != NO_TOKEN)
        break;
    }
  /* "Band member Jane Doe", "Former aide and Mayor Jane Doe": titles */
  if (last != NO_TOKEN && last + 1 < ctx->tokens->len &&
      (is_name_token (q, last + 1) || tok_is (ctx, last + 1, "and") || tok_is (ctx, last + 1, "or") ||
       tok_in_list (ctx, i, title_words) || is_possessive (ctx, last)))
    return NO_TOKEN;
  return last;
}

/* Can the lower-case word @k, after "the" and a name, be the head noun of
 * the phrase ("the U.S. media has", "the GOP establishment wants")? A
 * singular word that is no function word, and a verb right after it. */
static gboolean
head_before_verb (Quotes *q,
                  guint   k,
                  guint   hi)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t, *n;
  gsize len, nlen;
  const char *w, *nw;

  if (k + 1 >= hi || !is_name_token (q, k - 1))
    return FALSE;
  t = dossier_context_token (ctx, k);
  n = dossier_context_token (ctx, k + 1);
  w = tok_str (ctx, k, &len);
  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_CAPITALIZED) || len < 3 ||
      w[len - 1] == 's' || (len > 4 && memcmp (w + len - 3, "ing", 3) == 0) ||
      (w[len - 2] == 'l' && w[len - 1] == 'y') || is_verb (q, k) ||
      (tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners |
                             LIST_BIT_skippable | LIST_BIT_quantifiers | LIST_BIT_non_names)))
    return FALSE;
  {
    /* a plural name before it ("the Democrats want"): the word is a verb */
    gsize plen;
    const char *pw = tok_str (ctx, k - 1, &plen);
    if (plen > 2 && pw[plen - 1] == 's' && pw[plen - 2] != 's')
      return FALSE;
  }
  if (!(n->flags & DOSSIER_TOKEN_WORD) || (n->flags & DOSSIER_TOKEN_CAPITALIZED) || tok_in (ctx, k + 1, q->nouns))
    return FALSE;  /* (a noun after it heads the phrase: "a White House pool report") */
  nw = tok_str (ctx, k + 1, &nlen);
  return is_verb (q, k + 1) || (tok_class (ctx, k + 1) & LIST_BIT_skippable) ||
         (nlen > 3 && ((nw[nlen - 1] == 's' && nw[nlen - 2] != 's') ||
                       (nw[nlen - 2] == 'e' && nw[nlen - 1] == 'd')));
}

/* The noun phrase that starts at @i (before @hi): a pronoun, a name (with
 * its titles), or a determiner + description. */
static Np
np_at (Quotes *q,
       guint   i,
       guint   hi)
{
  Np np = { NP_NONE, 0, 0 };
  const DossierContext *ctx = q->ctx;

  if (i >= hi)
    return np;
  if (is_pronoun (q, i))
    {
      np.type = NP_PRONOUN;
      np.first = np.last = i;
      return np;
    }
  if (i + 1 < hi && is_verb (q, i + 1) && clause_start (q, i) &&
      (tok_is (ctx, i, "another") || tok_is (ctx, i, "one") || tok_is (ctx, i, "others") ||
       tok_is (ctx, i, "some") || tok_is (ctx, i, "many") || tok_is (ctx, i, "several")))
    {
      /* "Another tweeted": a speaker with no noun */
      np.type = NP_DESCRIPTION;
      np.first = np.last = i;
      return np;
    }
  if ((dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_SENTENCE_START) && is_description (q, i))
    {
      /* "17-year-old Jane Doe echoed", "Republican presidential candidate
       * Jane Doe wrote": the name that follows */
      guint k = i + 1;
      while (k < hi && k < i + 5 && !is_name_token (q, k) &&
             (tok_in_list (ctx, k, title_words) || is_description (q, k) ||
              ((dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_WORD) &&
               !(dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_verb (q, k) &&
               !tok_in_list (ctx, k, prepositions) && !tok_in_list (ctx, k, conjunctions) &&
               !tok_in_list (ctx, k, determiners) && !ends_with (ctx, k, "ed"))))
        k++;
      if (k < hi && is_name_token (q, k))
        {
          Np n = np_at (q, k, hi);
          if (n.type == NP_NAME)
            return n;
          if (n.type == NP_DESCRIPTION && n.first == k)
            {
              /* "Congressman Jane Doe's office": the whole description */
              n.first = i;
              return n;
            }
        }
      np.type = NP_DESCRIPTION;
      np.first = np.last = i;
      return np;
    }
  if (tok_in_list (ctx, i, determiners) && !tok_in_list (ctx, i, conjunctions) && is_name_token (q, i + 1))
    {
      /* "the Senate minority leader", "a Gawker employee", "the New York
       * businessman": a description with names inside */
      for (guint k = i + 1; k < hi && k < i + 8; k++)
        {
          const DossierToken *kt = dossier_context_token (ctx, k);
          if (!(kt->flags & DOSSIER_TOKEN_WORD) || is_verb (q, k) || tok_in_list (ctx, k, prepositions) ||
              tok_in_list (ctx, k, conjunctions) || tok_in_list (ctx, k, determiners) ||
              (is_possessive (ctx, k) && k + 1 < hi && is_name_token (q, k + 1)))
            break;
          if (!(kt->flags & DOSSIER_TOKEN_CAPITALIZED))
            {
              /* "the Democratic convention released …": a verb ends it */
              gsize len;
              const char *w = tok_str (ctx, k, &len);
              if (len > 3 && memcmp (w + len - 2, "ed", 2) == 0 && !tok_is (ctx, k, "retired") &&
                  !tok_is (ctx, k, "elected") && !tok_is (ctx, k, "unnamed"))
                break;
              if (k > i + 1 && !tok_in (ctx, k, q->nouns) && head_before_verb (q, k, hi))
                {
                  /* "The U.S. media has …", "an Egyptian textbook just
                   * published …": a noun the lexicon does not know heads
                   * the phrase when a verb follows it */
                  np.type = NP_DESCRIPTION;
                  np.first = i;
                  np.last = k;
                  return np;
                }
            }
          if (k > i + 1 && tok_in (ctx, k, q->nouns) &&
              (!(kt->flags & DOSSIER_TOKEN_CAPITALIZED) ||
               ((tok_is (ctx, k, "republican") || tok_is (ctx, k, "democrat")) && !is_name_token (q, k + 1))))
            {
              guint last = k;
              while (last + 1 < hi && last < k + 2 && !(dossier_context_token (ctx, last + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                     tok_in (ctx, last + 1, q->nouns))
                last++;
              if (last + 1 < hi && is_name_token (q, last + 1))
                break;  /* "the White House spokesperson John Kirby": the name */
              np.type = NP_DESCRIPTION;
              np.first = i;
              np.last = last;
              return np;
            }
          if (is_possessive (ctx, k))
            break;
        }
    }
  if (is_name_token (q, i) && sentence_modifier_end (q, i, hi) != NO_TOKEN)
    {
      /* "Small groups of protesters", "Corporate lobbyists": a common
       * word that opens the sentence and the nouns after it */
      np.type = NP_DESCRIPTION;
      np.first = i;
      np.last = sentence_modifier_end (q, i, hi);
      return np;
    }
  if (tok_in_list (ctx, i, determiners) && i + 2 < hi &&
      (tok_is (ctx, i + 1, "democrat") || tok_is (ctx, i + 1, "republican")) &&
      (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_name_token (q, i + 2))
    {
      /* "One Democrat familiar with the talks", "a Republican close to …" */
      np.type = NP_DESCRIPTION;
      np.first = i;
      np.last = i + 1;
      return np;
    }
  if (is_name_token (q, i) || (tok_is (ctx, i, "the") && is_name_token (q, i + 1)))
    {
      guint first = tok_is (ctx, i, "the") ? i + 1 : i;
      guint last = name_run_end (q, first, hi);
      guint j;
      /* "Former Secretary of State Jane Doe": the name after the title */
      if (run_is_titles (q, first, last))
        {
          j = name_after_title_of (q, last, hi);
          if (j != NO_TOKEN)
            {
              first = j;
              last = name_run_end (q, j, hi);
            }
        }
      /* "White House spokesperson John Kirby": a later name after titles */
      j = last + 1;
      while (j < hi && j < last + 5 && (is_description (q, j) || tok_in_list (ctx, j, title_words) ||
                                        (dossier_context_token (ctx, j)->flags & DOSSIER_TOKEN_WORD &&
                                         !(dossier_context_token (ctx, j)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                                         !is_verb (q, j) && !tok_in_list (ctx, j, prepositions) &&
                                         (tok_is (ctx, j, "and") || !tok_in_list (ctx, j, conjunctions)) &&
                                         !tok_in_list (ctx, j, determiners) && !ends_with (ctx, j, "ed"))))
        j++;
      if (j > last + 1 && j < hi && is_name_token (q, j))
        {
          first = j;
          last = name_run_end (q, j, hi);
          /* "Yahoo News and former TV network anchor Jane Doe": once more */
          j = last + 1;
          while (j < hi && j < last + 4 && (is_description (q, j) || tok_in_list (ctx, j, title_words)))
            j++;
          if (j > last + 1 && j < hi && is_name_token (q, j) && tok_in (ctx, j - 1, q->nouns))
            {
              first = j;
              last = name_run_end (q, j, hi);
            }
        }
      else if (j > last + 1 && j + 1 < hi && tok_is_char (ctx, j, ',') && is_name_token (q, j + 1) &&
               (is_description (q, j - 1) || tok_in_list (ctx, j - 1, title_words)) && !is_possessive (ctx, last))
        {
          /* "the state's Virginia director, Jane Doe,": the description,
           * whose name the apposition gives */
          np.type = NP_DESCRIPTION;
          np.first = i;
          np.last = j - 1;
          return np;
        }
      if (is_possessive (ctx, last) && is_name_token (q, last + 1))
        return np_at (q, last + 1, hi);  /* "NBC's Dante Chinni" */
      if (is_possessive (ctx, last) && !tok_in_list (ctx, last + 1, speech_nouns))
        {
          /* "Jane Doe's campaign manager", "the senator's aides": a description */
          for (guint k = last + 1; k < hi && k < last + 4; k++)
            {
              const DossierToken *kt = dossier_context_token (ctx, k);
              if (!(kt->flags & DOSSIER_TOKEN_WORD) || (kt->flags & DOSSIER_TOKEN_CAPITALIZED) || is_verb (q, k))
                break;
              if (is_description (q, k) && !tok_in_list (ctx, k, thing_nouns))
                {
                  while (k + 1 < hi && k < last + 5 && is_description (q, k + 1))
                    k++;
                  np.type = NP_DESCRIPTION;
                  np.first = i;
                  np.last = k;
                  return np;
                }
            }
          return np;
        }
      if (first == (tok_is (ctx, i, "the") ? i + 1 : i) && i != first && last + 1 < hi &&
          is_description (q, last + 1) && !is_name_token (q, last + 2) &&
          !tok_in_list (ctx, last + 1, thing_nouns) && !is_verb (q, last + 1))
        {
          /* "the New York businessman": a description */
          np.type = NP_DESCRIPTION;
          np.first = i;
          np.last = last + 1;
          return np;
        }
      np.type = NP_NAME;
      np.first = first;
      np.last = last;
      return np;
    }
  if (tok_in_list (ctx, i, determiners) || tok_in_list (ctx, i, quantifiers) || is_description (q, i))
    {
      /* "the president", "a spokeswoman", "the former secretary of state" */
      for (guint j = i; j < hi && j < i + 7; j++)
        {
          if (is_description (q, j))
            {
              guint last = j;
              /* "her chief policy aide", "the billionaire business mogul" */
              for (guint m = j + 1; m < hi && m <= last + 3 && m < j + 5; m++)
                {
                  const DossierToken *mt = dossier_context_token (ctx, m);
                  if (is_description (q, m))
                    last = m;
                  else if (!(mt->flags & DOSSIER_TOKEN_WORD) || (mt->flags & DOSSIER_TOKEN_CAPITALIZED) ||
                           is_verb (q, m) || tok_in_list (ctx, m, prepositions) ||
                           tok_in_list (ctx, m, conjunctions) || tok_in_list (ctx, m, determiners) ||
                           (ends_with (ctx, m, "ed") && m == last + 1))
                    break;  /* (not "the aide rallied supporters": a verb) */
                }
              /* "campaign manager Jane Doe", "former Utah governor Jane Doe" */
              if (last + 1 < hi && is_name_token (q, last + 1) && !is_possessive (ctx, last))
                {
                  Np n = np_at (q, last + 1, hi);
                  if (n.type == NP_NAME)
                    return n;
                }
              np.type = NP_DESCRIPTION;
              np.first = i;
              np.last = last;
              return np;
            }
          if (is_verb (q, j) || !(dossier_context_token (ctx, j)->flags & DOSSIER_TOKEN_WORD) ||
              (j > i && tok_in_list (ctx, j, prepositions)))
            break;
        }
    }
  return np;
}

static gboolean is_dropped_mark (Quotes *q, guint k);

/* The subject of the cue at @cue, looking back to @lo. */
static Np first_subject (Quotes *q, guint lo, guint hi);

/* The comma that ends the participle phrase opening at @i ("Speaking to
 * reporters on Monday,"), within 15 words, or NO_TOKEN. */
static guint
participle_phrase_end (Quotes *q,
                       guint   i,
                       guint   hi)
{
  for (guint k = i + 1; k < hi && k < i + 16; k++)
    {
      if (tok_is_char (q->ctx, k, ','))
        {
          /* "Speaking in Salem, Ohio, Jane Doe said": past the place */
          guint e = place_apposition_end (q, k, hi);
          if (e != NO_TOKEN)
            return e;
          /* "Introduced by Jim Roe, the county sheriff, Jane Doe said":
           * past the appositive of the phrase's last name */
          if (is_name_token (q, k - 1) && tok_in_list (q->ctx, k + 1, determiners))
            for (guint c = k + 2; c < hi && c < k + 12; c++)
              {
                if (is_verb (q, c) || tok_is_mark (q->ctx, c))
                  break;
                if (tok_is_char (q->ctx, c, ','))
                  {
                    Np n = np_at (q, c + 1, hi);
                    if (n.type == NP_NAME || n.type == NP_PRONOUN)
                      return c;
                    break;
                  }
              }
          return k;
        }
      if (tok_is_mark (q->ctx, k) || tok_is_char (q->ctx, k, ';') || tok_is_char (q->ctx, k, ':'))
        break;
    }
  return NO_TOKEN;
}

/* The last token of a time phrase that opens at @i ("Twelve years
 * earlier", "Two days ago", "A few weeks after the vote," to its comma),
 * or NO_TOKEN. */
static guint
time_phrase_end (Quotes *q,
                 guint   i,
                 guint   hi)
{
  const DossierContext *ctx = q->ctx;
  guint k = i;

  if (k + 1 >= hi)
    return NO_TOKEN;
  if (tok_is (ctx, k, "a") && tok_is (ctx, k + 1, "few"))
    k++;
  if (!(dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_NUMBER) && !tok_in_list (ctx, k, number_words))
    return NO_TOKEN;
  k++;
  if (k >= hi || !tok_in_list (ctx, k, time_units))
    return NO_TOKEN;
  if (k + 1 < hi && (tok_is (ctx, k + 1, "earlier") || tok_is (ctx, k + 1, "later") ||
                     tok_is (ctx, k + 1, "ago") || tok_is (ctx, k + 1, "prior")))
    k++;
  else if (k + 1 < hi && (tok_is (ctx, k + 1, "before") || tok_is (ctx, k + 1, "after")))
    {
      /* "Two years before the public learned of it, …": to the comma */
      for (guint c = k + 2; c < hi && c < k + 20; c++)
        {
          if (tok_is_char (ctx, c, ','))
            return c;
          if (tok_is_mark (ctx, c) || tok_is_char (ctx, c, ';'))
            break;
        }
    }
  return k;
}

/* "The prince called for Roe to quit, calling him …": a determiner and
 * up to three plain words right before a verb open the clause at @lo: its
 * subject, a description the lexicon does not know. With @allow_names,
 * names may stand among the words, not last ("this Doe look-alike"). */
static Np
plain_subject (Quotes   *q,
               guint     lo,
               guint     hi,
               gboolean  allow_names,
               guint    *verb)
{
  const DossierContext *ctx = q->ctx;
  Np np = { NP_NONE, 0, 0 };
  guint k, words = lo + 1, head;

  if (lo + 2 >= hi)
    return np;
  if ((tok_is (ctx, lo, "about") || tok_is (ctx, lo, "nearly") || tok_is (ctx, lo, "almost") ||
       tok_is (ctx, lo, "roughly") || tok_is (ctx, lo, "some")) &&
      ((dossier_context_token (ctx, lo + 1)->flags & DOSSIER_TOKEN_NUMBER) || tok_in_list (ctx, lo + 1, number_words)))
    words = lo + 2;  /* "about 200 protesters gathered" */
  else if (!tok_in_list (ctx, lo, determiners) || tok_is (ctx, lo, "that") ||
           tok_is (ctx, lo, "one") || tok_is (ctx, lo, "no") || tok_is (ctx, lo, "whose"))
    return np;
  for (k = words; k < hi && k < words + 3; k++)
    {
      const DossierToken *t = dossier_context_token (ctx, k);
      if (k > words && is_verb (q, k) && tok_in (ctx, k, q->nouns) && k + 1 < hi && is_verb (q, k + 1))
        continue;  /* "the congressional report said": a noun that can be a verb */
      if (!(t->flags & DOSSIER_TOKEN_WORD) || is_verb (q, k) ||
          ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && !allow_names) ||
          (tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners |
                                 LIST_BIT_skippable | LIST_BIT_time_units)) ||
          is_pronoun (q, k))
        break;
    }
  if (k == words || k >= hi || (dossier_context_token (ctx, k - 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
    return np;
  head = k - 1;
  if (tok_is (ctx, k, "in") || tok_is (ctx, k, "of") || tok_is (ctx, k, "from") || tok_is (ctx, k, "for") ||
      tok_is (ctx, k, "at") || tok_is (ctx, k, "on"))
    {
      /* "a voice-over in the ad states", "a footnote in the report makes" */
      guint e = k + 1;
      if (e < hi && tok_in_list (ctx, e, determiners))
        e++;
      while (e < hi && e < k + 5 && (dossier_context_token (ctx, e)->flags & DOSSIER_TOKEN_WORD) &&
             !is_verb (q, e) && !(tok_class (ctx, e) & (LIST_BIT_prepositions | LIST_BIT_conjunctions)) &&
             !ends_with (ctx, e, "ed"))
        e++;
      if (e == k + 1 || e >= hi)
        return np;
      k = e;
    }
  {
    gsize len;
    const char *w = tok_str (ctx, k, &len);
    const DossierToken *t = dossier_context_token (ctx, k);
    if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_CAPITALIZED))
      return np;
    if (!(is_verb (q, k) || (len > 3 && w[len - 2] == 'e' && w[len - 1] == 'd') ||
          (len > 3 && w[len - 1] == 's' && w[len - 2] != 's') || tok_is (ctx, k, "has") ||
          tok_is (ctx, k, "had") || tok_is (ctx, k, "was") || tok_is (ctx, k, "is") ||
          tok_is (ctx, k, "will") || tok_is (ctx, k, "would") || tok_is (ctx, k, "can") ||
          tok_is (ctx, k, "could")))
      return np;
  }
  /* the head: a thing ("the report", "the ad") speaks for itself too */
  np.type = NP_DESCRIPTION;
  np.first = lo;
  np.last = head;
  if (verb)
    *verb = k;
  return np;
}

static guint sentence_start_tok (const DossierContext *ctx, guint tok);

/* "It was …", "It's …", "It is …": an "it" that stands for nothing. */
static gboolean
is_expletive_it (Quotes *q,
                 guint   i)
{
  const DossierContext *ctx = q->ctx;
  gsize len;
  const char *w = tok_str (ctx, i, &len);

  if (len < 2 || FOLD (w[0]) != 'i' || FOLD (w[1]) != 't')
    return FALSE;
  if (len > 2)
    return (len == 4 && w[2] == '\'' && w[3] == 's') ||
           (len == 6 && memcmp (w + 2, "\xe2\x80\x99s", 4) == 0);  /* It's */
  return tok_is (ctx, i + 1, "was") || tok_is (ctx, i + 1, "is") || tok_is (ctx, i + 1, "has") ||
         tok_is (ctx, i + 1, "had") || tok_is (ctx, i + 1, "will") || tok_is (ctx, i + 1, "would");
}

static gboolean verb_like (Quotes *q, guint k);

static Np
subject_before (Quotes *q,
                guint   lo,
                guint   cue)
{
  const DossierContext *ctx = q->ctx;
  Np np = { NP_NONE, 0, 0 };
  Np fallback = { NP_NONE, 0, 0 };
  guint j = cue;
  guint j_cue;  /* the cue, before its adverbs and auxiliaries */
  /* (a perfect participle is one too: "…, having called him a "…"") */
  gboolean ing = is_ing_verb (ctx, cue) || (cue > lo && tok_is (ctx, cue - 1, "having"));

  if (cue <= lo)
    return np;
  /* skip adverbs and auxiliaries right before the cue */
  while (j > lo && (tok_in_list (ctx, j - 1, skippable) || tok_in_list (ctx, j - 1, days_months) ||
                    (dossier_context_token (ctx, j - 1)->flags & DOSSIER_TOKEN_NUMBER) ||
                    tok_is (ctx, j - 1, "now")) &&
         !((dossier_context_token (ctx, j - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
           dossier_context_mention_at (ctx, dossier_context_token (ctx, j - 1)->start,
                                       dossier_context_token (ctx, j - 1)->end) >= 0))
    {
      /* (not a name: "While Will concedes") */
      gsize len;
      const char *s = tok_str (ctx, j - 1, &len);
      (void) s;
      j--;
    }
  while (j > lo)
    {
      gsize len;
      const char *s = tok_str (ctx, j - 1, &len);
      if (len > 3 && memcmp (s + len - 2, "ly", 2) == 0 &&
          !(dossier_context_token (ctx, j - 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
        j--;
      else
        break;
    }
  j_cue = j;

  if (j > lo + 2 && is_dash (ctx, j - 1))
    {
      /* "Jane Doe — named by the paper as Roe's choice — told": the
       * subject before the phrase the dashes set off */
      for (guint k = j - 2; k > lo && k + 40 > j; k--)
        {
          if (tok_is_mark (ctx, k) || tok_is_char (ctx, k, ';'))
            break;
          if (is_dash (ctx, k))
            {
              if (is_name_token (q, k - 1) || is_description (q, k - 1))
                j = k;
              break;
            }
        }
    }

  if (j > lo && (tok_is (ctx, j - 1, "and") || tok_is (ctx, j - 1, "but")))
    {
      /* "Jane Doe said … but said": the subject of the clause */
      Np f;
      guint st = sentence_start_tok (ctx, j - 1);
      if (st < lo)
        {
          /* "Doe stressed … at a "Town Forum" hosted by NBC and said":
           * a quote before cut the window; the sentence's subject comes
           * before its first mark */
          guint mark = st;
          gboolean relative = FALSE;
          while (mark < lo && !tok_is_mark (ctx, mark))
            {
              /* (not "NAFTA, which Roe had called a "…" and promised")*/
              relative = relative || tok_is (ctx, mark, "which");
              mark++;
            }
          if (mark > st + 1 && !relative)
            {
              f = first_subject (q, st, mark);
              if (f.type == NP_NAME || f.type == NP_PRONOUN || f.type == NP_DESCRIPTION)
                return f;
            }
        }
      f = first_subject (q, lo, j - 1);
      if (f.type != NP_NONE)
        return f;
      /* "…, such as when Jane Doe knocked Roe and called him": the subject
       * of the clause the subordinator opens */
      for (guint k = j - 1; k-- > lo && k + 40 > j;)
        {
          if ((tok_is_mark (ctx, k) && !is_dropped_mark (q, k)) || tok_is_char (ctx, k, ';'))
            break;
          if (tok_is (ctx, k, "when") || tok_is (ctx, k, "after") || tok_is (ctx, k, "because") ||
              tok_is (ctx, k, "while") || tok_is (ctx, k, "since") || tok_is (ctx, k, "where") ||
              tok_is (ctx, k, "before") || tok_is (ctx, k, "until") || tok_is (ctx, k, "although") ||
              tok_is (ctx, k, "though") || tok_is (ctx, k, "if") || tok_is (ctx, k, "once"))
            {
              f = first_subject (q, k + 1, j - 1);
              if (f.type != NP_NONE)
                return f;
              break;
            }
        }
    }
  if (j > lo && j == cue && clause_start (q, j - 1) &&
      (tok_is (ctx, j - 1, "another") || tok_is (ctx, j - 1, "one") || tok_is (ctx, j - 1, "others") ||
       tok_is (ctx, j - 1, "some") || tok_is (ctx, j - 1, "many") || tok_is (ctx, j - 1, "several")))
    {
      /* "Another tweeted": a speaker with no noun */
      Np n = { NP_DESCRIPTION, j - 1, j - 1 };
      return n;
    }
  if (j > lo + 1 && (tok_is (ctx, j - 1, "who") || tok_is (ctx, j - 1, "which")))
    {
      /* "Jane Doe, who declared …": the name the relative pronoun stands for */
      guint k = tok_is_char (ctx, j - 2, ',') ? j - 3 : j - 2;
      if (k >= lo && k < j && is_name_token (q, k) && !is_possessive (ctx, k))
        {
          guint first = name_run_start (q, lo, k);
          Np n = { NP_NAME, first, k };
          if (!looks_common (q, first, k))
            return n;
        }
      else if (k >= lo && k < j && is_description (q, k))
        {
          Np n = subject_before (q, lo, k + 1);
          guint c = n.first;
          if (n.type == NP_DESCRIPTION && c > lo + 1 && is_possessive (ctx, c - 1) && is_name_token (q, c - 1))
            {
              c = name_run_start (q, lo, c - 1);  /* past "the Chamber's" */
              if (c > lo + 1 && tok_is (ctx, c - 1, "the"))
                c--;
            }
          if (n.type == NP_DESCRIPTION && c > lo + 1 && tok_is_char (ctx, c - 1, ',') &&
              is_name_token (q, c - 2) && !is_possessive (ctx, c - 2))
            {
              /* "said Jim Roe, the group's strategist, who added": the name
               * the description stands beside */
              guint first = name_run_start (q, lo, c - 2);
              Np name = { NP_NAME, first, c - 2 };
              if (!looks_common (q, first, c - 2) && !is_mute_place (q, first, c - 2))
                return name;
            }
          if (n.type != NP_NONE)
            return n;
        }
    }
  if (ing && j > lo && is_name_token (q, j - 1) && !is_possessive (ctx, j - 1))
    {
      /* "…, with Jane Doe telling reporters", "footage of Jane Doe
       * saying": the name before the verb */
      guint first = name_run_start (q, lo, j - 1);
      if (first > lo && (tok_is (ctx, first - 1, "with") ||
                         (first > lo + 1 && tok_is (ctx, first - 1, "of") &&
                          (tok_is (ctx, first - 2, "footage") || tok_is (ctx, first - 2, "video") ||
                           tok_is (ctx, first - 2, "clip") || tok_is (ctx, first - 2, "tape") ||
                           tok_is (ctx, first - 2, "recording") || tok_is (ctx, first - 2, "audio")))))
        {
          Np n = { NP_NAME, first, j - 1 };
          return n;
        }
    }
  if (j == j_cue && j > lo + 1)
    {
      /* "Jane Doe held up a sign saying "…"", "a headline that said",
       * "the ad ends with a voice over saying": the thing the words are
       * on speaks, not the one who shows it */
      guint noun = NO_TOKEN;
      gboolean words = tok_is (ctx, cue, "saying") || tok_is (ctx, cue, "reading");
      if (ing && words && tok_in_list (ctx, j - 1, thing_nouns))
        noun = j - 1;
      else if (ing && words && tok_is (ctx, j - 1, "over") && tok_is (ctx, j - 2, "voice"))
        noun = j - 1;
      else if (!ing && j > lo + 2 && (tok_is (ctx, j - 1, "that") || tok_is (ctx, j - 1, "which")) &&
               tok_in_list (ctx, j - 2, thing_nouns) &&
               (tok_is (ctx, cue, "said") || tok_is (ctx, cue, "says") || tok_is (ctx, cue, "read") ||
                tok_is (ctx, cue, "reads")))
        noun = j - 2;
      if (noun != NO_TOKEN && !(dossier_context_token (ctx, noun)->flags & DOSSIER_TOKEN_CAPITALIZED))
        {
          guint first = noun;
          while (first > lo && first + 4 > noun && !tok_in_list (ctx, first - 1, determiners) &&
                 (dossier_context_token (ctx, first - 1)->flags & DOSSIER_TOKEN_WORD) &&
                 !is_verb (q, first - 1) && !tok_in_list (ctx, first - 1, prepositions))
            first--;
          if (first > lo && (tok_is (ctx, first - 1, "a") || tok_is (ctx, first - 1, "an")))
            {
              Np n = { NP_DESCRIPTION, first - 1, noun };
              return n;
            }
        }
    }
  if (ing && j > lo + 3 && tok_is_char (ctx, j - 1, ','))
    {
      /* "the hospital, where about 40 nurses had gathered, chanting",
       * "Doe asks as a guard walks in, saying": the clause right before
       * the participle has its own subject */
      for (guint k = j - 1; k-- > lo + 1;)
        {
          if (tok_is_char (ctx, k, ',') || tok_is_mark (ctx, k))
            break;
          if (tok_is (ctx, k, "where") || tok_is (ctx, k, "as"))
            {
              Np f = first_subject (q, k + 1, j - 1);
              /* (a clause: a verb after its subject; not "as the senator
               * representing the state") */
              if ((f.type == NP_NAME || f.type == NP_DESCRIPTION) && f.last + 1 < j - 1 &&
                  (is_verb (q, f.last + 1) || verb_like (q, f.last + 1)))
                return f;
              break;
            }
        }
    }
  if (ing || (cue > lo && tok_is (ctx, cue - 1, "to")))
    {
      /* "Trump accused Clinton of …, saying", "Doe went on to say": the
       * subject of the clause */
      Np f = first_subject (q, lo, j);
      if (f.type != NP_NONE)
        return f;
      if (ing && j > lo && tok_is_char (ctx, j - 1, ','))
        {
          f = plain_subject (q, lo, j, FALSE, NULL);
          if (f.type != NP_NONE)
            return f;
        }
    }
  if (!ing && j > lo + 4 && tok_is_char (ctx, j - 1, ','))
    {
      /* "In a post shared on …, Jane Doe, a graduate student in X,
       * urged": the name right before the apposition that ends at the cue */
      guint c = j - 2;
      while (c > lo + 1 && !tok_is_char (ctx, c, ',') && !tok_is_mark (ctx, c) && !tok_is_char (ctx, c, ';') &&
             c + 12 > j)
        c--;
      if (c > lo + 1 && c + 2 < j && tok_is_char (ctx, c, ',') && is_name_token (q, c - 1) &&
          !is_possessive (ctx, c - 1) &&
          (tok_in_list (ctx, c + 1, determiners) || is_description (q, c + 1) ||
           (c + 3 < j && is_description (q, c + 2))) &&
          !(dossier_context_token (ctx, c + 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
        {
          guint first = name_run_start (q, lo, c - 1);
          /* (also "in what Jane Doe, a historian, called") */
          if (first > lo && (tok_is_char (ctx, first - 1, ',') || tok_is (ctx, first - 1, "what")) &&
              !looks_common (q, first, c - 1))
            {
              Np n = { NP_NAME, first, c - 1 };
              return n;
            }
        }
    }
  if (!ing && j > lo && tok_is_char (ctx, j - 1, ','))
    {
      /* "Jane Doe, a spokeswoman for the agency, said": the first phrase */
      for (guint i = lo; i < j - 1; i++)
        {
          Np f;
          if (tok_is_char (ctx, i, '('))
            {
              /* "(R-OH)": no phrase of the sentence */
              guint k = i + 1;
              while (k < j - 1 && k < i + 12 && !tok_is_char (ctx, k, ')'))
                k++;
              i = k;
              continue;
            }
          if (i == lo && (dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              is_ing_verb (ctx, i) && !tok_is_char (ctx, i + 1, ',') &&
              dossier_context_mention_at (ctx, dossier_context_token (ctx, i)->start,
                                          dossier_context_token (ctx, i)->end) < 0)
            {
              /* "Recalling that night, Jane Doe, a strategist, said",
               * "Standing outside, …": the phrase a participle opens runs
               * to its comma */
              guint k = participle_phrase_end (q, i, j - 1);
              if (k != NO_TOKEN)
                {
                  i = k;
                  continue;
                }
            }
          f = np_at (q, i, j - 1);
          if (f.type == NP_PRONOUN && is_expletive_it (q, f.first))
            {
              /* "It was a year ago that Jane Doe, …, said": no subject */
              i = f.last;
              continue;
            }
          if (f.type != NP_NONE && i > lo && tok_in_list (ctx, i - 1, prepositions))
            {
              /* "At Springfield College, Gov. Jane Doe, …": not the subject;
               * nor the place after it ("in Berea, OH, …") */
              guint e = place_apposition_end (q, f.last + 1, j - 1);
              i = e != NO_TOKEN ? e : f.last;
              continue;
            }
          if (f.type == NP_NAME && is_mute_place (q, f.first, f.last))
            {
              i = f.last;  /* "after winning Ohio, Gov. Jane Doe, …" */
              continue;
            }
          if (f.type != NP_NONE && !(f.type == NP_NAME && is_possessive (ctx, f.last)))
            return f;
          if (tok_is_char (ctx, i, ';'))
            break;
        }
    }

  for (guint steps = 0; j > lo && steps < 40; steps++)
    {
      guint i = j - 1;
      const DossierToken *t = dossier_context_token (ctx, i);

      if ((tok_is_mark (ctx, i) && !is_dropped_mark (q, i)) || tok_is_char (ctx, i, ';'))
        break;
      if (i + 2 < cue && (tok_class (ctx, i) & LIST_BIT_conjunctions) &&
          (tok_is (ctx, i, "when") || tok_is (ctx, i, "where") || tok_is (ctx, i, "because") ||
           tok_is (ctx, i, "while")))
        {
          /* "…, when many commentators called him": the clause it opens
           * has its own subject, plain nouns */
          guint last = NO_TOKEN;
          for (guint k = i + 1; k < j_cue; k++)
            {
              const DossierToken *kt = dossier_context_token (ctx, k);
              gsize klen;
              const char *kw = tok_str (ctx, k, &klen);
              if (!(kt->flags & DOSSIER_TOKEN_WORD) || (kt->flags & DOSSIER_TOKEN_CAPITALIZED) || is_verb (q, k) ||
                  is_pronoun (q, k) || tok_in_list (ctx, k, prepositions))
                {
                  last = NO_TOKEN;
                  break;
                }
              last = (is_description (q, k) || (klen > 3 && kw[klen - 1] == 's' && kw[klen - 2] != 's')) &&
                     k + 1 == j_cue ? k : NO_TOKEN;
            }
          if (last != NO_TOKEN)
            {
              Np n = { NP_DESCRIPTION, i + 1, last };
              return n;
            }
        }
      if (tok_is_char (ctx, i, ')'))
        {
          /* "Gov. Pat McCrory (R) said": step over the brackets */
          guint k = i;
          while (k > lo && i - k < 12 && !tok_is_char (ctx, k, '('))
            k--;
          if (tok_is_char (ctx, k, '('))
            {
              j = k;
              continue;
            }
        }
      if (is_pronoun (q, i))
        {
          np.type = NP_PRONOUN;
          np.first = np.last = i;
          return np;
        }
      if (is_name_token (q, i) && !tok_in_list (ctx, i, days_months) &&
          !((t->flags & DOSSIER_TOKEN_SENTENCE_START) && is_description (q, i)))
        {
          guint first = name_run_start (q, lo, i);
          gboolean poss = is_possessive (ctx, i);
          gboolean prep = first > lo && tok_in_list (ctx, first - 1, prepositions);
          gboolean modifier = FALSE;
          if (first == i && i + 1 < cue)
            {
              guint e = sentence_modifier_end (q, i, cue);
              if (e != NO_TOKEN)
                {
                  /* "Corporate lobbyists describe": a description */
                  Np n = { NP_DESCRIPTION, i, e };
                  return n;
                }
            }
          if (first > lo && (tok_is (ctx, first - 1, "the") || tok_is (ctx, first - 1, "both") ||
                             tok_is (ctx, first - 1, "all")) && first - 1 > lo &&
              tok_in_list (ctx, first - 2, prepositions))
            prep = TRUE;  /* "ties to both Clintons" */
          if (prep && i + 1 == j_cue && !tok_is (ctx, i + 1, "to") &&
              (tok_is (ctx, first - 1, "after") || tok_is (ctx, first - 1, "before") ||
               tok_is (ctx, first - 1, "since") || tok_is (ctx, first - 1, "until")))
            prep = FALSE;  /* "hours after Jane Doe said": a clause, its subject */
          if (!prep && first > lo + 1 && tok_is_char (ctx, first - 1, ',') && is_name_token (q, first - 2))
            {
              /* "Jane Doe of Columbia, South Carolina, says": a place, not the subject */
              guint r = name_run_start (q, lo, first - 2);
              if (r > lo + 1 && (tok_is (ctx, r - 1, "of") || tok_is (ctx, r - 1, "from")) && is_name_token (q, r - 2))
                prep = TRUE;
            }
          if (prep && i > first + 1)
            {
              /* "the Council on Civic Rights Executive Director Jane Doe
               * says": a title inside the run, and the name after it */
              for (guint k = i - 1; k > first; k--)
                if (tok_in (ctx, k, q->nouns) && !tok_in_list (ctx, k, org_words))
                  {
                    first = k + 1;
                    prep = FALSE;
                    break;
                  }
            }
          if (prep)
            {
              /* "Speaker of the House Jim Roe said": the title's name */
              guint of = tok_is (ctx, first - 1, "of") ? first - 1 : first - 2;
              if (tok_is (ctx, of, "of") && of > lo && is_name_token (q, of - 1) &&
                  run_is_titles (q, name_run_start (q, lo, of - 1), of - 1))
                prep = FALSE;
            }
          if (first > lo && (tok_is (ctx, first - 1, "a") || tok_is (ctx, first - 1, "an")))
            modifier = TRUE;
          if (i + 1 < cue && first > lo && tok_in_list (ctx, first - 1, determiners) &&
              (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_WORD) &&
              !(dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              !tok_in_list (ctx, i + 1, skippable) && !is_verb (q, i + 1) &&
              !tok_is (ctx, i + 1, "who") && !is_description (q, i + 1))
            {
              gsize len;
              const char *w = tok_str (ctx, i + 1, &len);
              if (!(len > 3 && memcmp (w + len - 2, "ly", 2) == 0))
                modifier = TRUE;  /* "a Southern accent" */
            }
          if (poss && tok_in_list (ctx, i + 1, speech_nouns))
            poss = FALSE;
          if (!poss && !modifier && is_mute_place (q, first, i))
            {
              j = first;  /* "… in Ohio said": no place speaks */
              continue;
            }
          if (!poss && !modifier && i > first && first > lo && tok_in_list (ctx, first - 1, determiners) &&
              (tok_is (ctx, i, "republican") || tok_is (ctx, i, "democrat")))
            {
              /* "the Ohio Republican asks": a description, not Ohio */
              Np n = { NP_DESCRIPTION, first - 1, i };
              return n;
            }
          if (!poss && !modifier)
            {
              Np n = { NP_NAME, first, i };
              if (!prep)
                return n;
              if (fallback.type == NP_NONE)
                fallback = n;
            }
          j = first;
          continue;
        }
      if (is_description (q, i) && !(t->flags & DOSSIER_TOKEN_CAPITALIZED && i > 0 &&
                                      !(t->flags & DOSSIER_TOKEN_SENTENCE_START)))
        {
          guint first = i;
          gboolean poss = is_possessive (ctx, i);
          while (first > lo && first > i - 4 && (dossier_context_token (ctx, first - 1)->flags & DOSSIER_TOKEN_WORD) &&
                 !tok_in_list (ctx, first - 1, determiners) && !is_verb (q, first - 1) &&
                 !tok_in_list (ctx, first - 1, conjunctions) &&
                 !tok_in_list (ctx, first - 1, prepositions) && !is_name_token (q, first - 1) &&
                 !(first - 1 > lo && ends_with (ctx, first - 1, "ed") &&
                   (is_name_token (q, first - 2) || is_pronoun (q, first - 2) ||
                    is_description (q, first - 2))))
            first--;  /* (not "rallied" in "Lund rallied supporters", "the
                         aide rallied supporters": a verb) */
          if (first > lo + 1 && ends_with (ctx, first - 1, "ed") &&
              (is_name_token (q, first - 2) || is_pronoun (q, first - 2) ||
               is_description (q, first - 2)))
            {
              /* "Lund rallied supporters by warning": the object of a
               * verb; the name before the verb is the subject */
              j = first - 1;
              continue;
            }
          if (first > lo && is_name_token (q, first - 1))
            {
              /* "the Senate minority leader", "a Gawker employee": names inside
               * a description that a determiner opens */
              guint k = first;
              while (k > lo && k + 7 > i && (dossier_context_token (ctx, k - 1)->flags & DOSSIER_TOKEN_WORD) &&
                     !tok_in_list (ctx, k - 1, determiners) && !is_verb (q, k - 1) &&
                     !tok_in_list (ctx, k - 1, conjunctions) && !tok_in_list (ctx, k - 1, prepositions) &&
                     !is_possessive (ctx, k - 1))
                k--;
              if (k > lo && k < first && tok_in_list (ctx, k - 1, determiners) && !tok_is (ctx, k - 1, "that") &&
                  !tok_is (ctx, k - 1, "this"))
                first = k;
            }
          if (first > lo && tok_in_list (ctx, first - 1, determiners))
            first--;
          else if (!poss)
            {
              /* "the former senator and current Democratic nominee said":
               * the first conjunct, which the determiner opens */
              guint a = first;
              while (a > lo + 2 && a + 4 > first && (dossier_context_token (ctx, a - 1)->flags & DOSSIER_TOKEN_WORD) &&
                     !tok_in_list (ctx, a - 1, determiners) && !tok_in_list (ctx, a - 1, conjunctions) &&
                     !tok_in_list (ctx, a - 1, prepositions) && !is_verb (q, a - 1))
                a--;
              if (a > lo + 2 && tok_is (ctx, a - 1, "and"))
                {
                  /* a short window: bounded recursion on "x and y and z …" */
                  Np d = subject_before (q, MAX (lo, a > 13 ? a - 13 : 0), a - 1);
                  if (d.type == NP_DESCRIPTION && tok_in_list (ctx, d.first, determiners) &&
                      d.last + 6 > a)
                    return d;
                }
            }
          if (!poss && first > lo + 1 && tok_is (ctx, first, "the") && tok_is_char (ctx, first - 1, ',') &&
              is_name_token (q, first - 2) && !is_possessive (ctx, first - 2))
            {
              /* "Jane Doe, the director for the party said": the name the
               * description is in apposition to, when it opens the clause */
              guint r = name_run_start (q, lo, first - 2);
              if ((r == lo || (dossier_context_token (ctx, r)->flags & DOSSIER_TOKEN_SENTENCE_START)) &&
                  !looks_common (q, r, first - 2) && !is_mute_place (q, r, first - 2))
                {
                  Np n = { NP_NAME, r, first - 2 };
                  return n;
                }
            }
          if (!poss && !(first > lo && tok_in_list (ctx, first - 1, prepositions)))
            {
              Np n = { NP_DESCRIPTION, first, i };
              /* "Trump campaign manager Kellyanne Conway said" is a name; this is
               * only reached when the words right before the cue are the
               * description */
              return n;
            }
          j = first;
          continue;
        }
      j = i;
    }
  return fallback;
}

/* ---- marks and spans --------------------------------------------------- */

static gunichar
char_before (const DossierContext *ctx,
             guint                 byte,
             guint                 floor)
{
  const char *p;
  if (byte <= floor)
    return ' ';
  p = g_utf8_find_prev_char (ctx->text + floor, ctx->text + byte);
  if (!p)
    return ' ';
  return g_utf8_get_char (p);
}

static gunichar
char_after (const DossierContext *ctx,
            guint                 byte,
            guint                 ceiling)
{
  if (byte >= ceiling)
    return ' ';
  return g_utf8_get_char (ctx->text + byte);
}

static Direction
mark_direction (const DossierContext   *ctx,
                const DossierToken     *t,
                const DossierParagraph *p,
                Direction               inherent)
{
  gboolean left = is_left_boundary (char_before (ctx, t->start, p->start));
  gboolean right = is_right_boundary (char_after (ctx, t->end, p->end));

  if (left && !right)
    return DIR_OPEN;
  if (!left && right)
    return DIR_CLOSE;
  return inherent;
}

/* A single mark that opens before a number or a clipped word is an apostrophe. */
static gboolean
is_leading_apostrophe (const DossierContext *ctx,
                       guint                 i)
{
  const DossierToken *n;

  if (i + 1 >= ctx->tokens->len)
    return TRUE;
  n = dossier_context_token (ctx, i + 1);
  if (n->flags & DOSSIER_TOKEN_SPACE_BEFORE)
    return FALSE;
  if (n->flags & DOSSIER_TOKEN_NUMBER)
    return TRUE;
  return tok_in_list (ctx, i + 1, clipped);
}

static void
trim_span (const DossierContext *ctx,
           guint                *start,
           guint                *end)
{
  while (*start < *end && g_ascii_isspace (ctx->text[*start]))
    (*start)++;
  while (*end > *start && g_ascii_isspace (ctx->text[*end - 1]))
    (*end)--;
  /* non-breaking spaces */
  while (*end - *start >= 2 && (guchar) ctx->text[*start] == 0xC2 && (guchar) ctx->text[*start + 1] == 0xA0)
    *start += 2;
  while (*end - *start >= 2 && (guchar) ctx->text[*end - 2] == 0xC2 && (guchar) ctx->text[*end - 1] == 0xA0)
    *end -= 2;
}

static gboolean
has_alnum (const char *s,
           const char *end)
{
  while (s < end)
    {
      if (!((guchar) *s & 0x80))
        {
          /* (ASCII: its letters and digits are all it has of Unicode's) */
          if (g_ascii_isalnum (*s))
            return TRUE;
          s++;
          continue;
        }
      if (g_unichar_isalnum (g_utf8_get_char (s)))
        return TRUE;
      s = g_utf8_next_char (s);
    }
  return FALSE;
}

typedef struct
{
  guint  first;    /* the first token of the opening mark */
  guint  tok;      /* its last token */
  Family family;
} Open;

static void
add_span (Quotes *q,
          guint   open_tok,
          guint   content_tok,
          guint   close_tok,
          guint   end_byte,
          guint   paragraph,
          Family  family)
{
  const DossierContext *ctx = q->ctx;
  Span s = { 0, };

  s.open_tok = open_tok;
  s.content_tok = content_tok;
  s.close_tok = close_tok;
  s.start = dossier_context_token (ctx, content_tok)->end;
  s.end = close_tok != NO_TOKEN ? dossier_context_token (ctx, close_tok)->start : end_byte;
  s.paragraph = paragraph;
  s.unit = q->unit;
  s.unit_first = q->unit_first;
  s.prev_unit_first = q->prev_unit_first;
  s.family = family;
  trim_span (ctx, &s.start, &s.end);
  if (s.end <= s.start || !has_alnum (ctx->text + s.start, ctx->text + s.end))
    return;
  if (family == FAMILY_DOUBLE || family == FAMILY_GUILLEMET)
    q->has_double = TRUE;
  g_array_append_val (q->spans, s);
}

static void
find_spans (Quotes *q)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *toks = (const DossierToken *) (gpointer) ctx->tokens->data;
  guint line = 0;
  const char *next_lt = NULL;  /* the first '<' at or after byte lt_from, NULL: none */
  guint lt_from = G_MAXUINT;

  for (guint p = 0; p < ctx->paragraphs->len; p++)
    {
      const DossierParagraph *para = &g_array_index (ctx->paragraphs, DossierParagraph, p);
      Open stack[MAX_DEPTH];
      guint depth = 0;
      guint first_tok, last_tok;
      gboolean in_tag = FALSE;
      gboolean has_lt;   /* the paragraph has a '<': markup to look for */
      guint stop;        /* the token flags the tight loop below stops at */
      gboolean long_lines, one_line;
      const DossierSentence *s0, *s1;

      if (para->n_sentences == 0)
        continue;
      s0 = &g_array_index (ctx->sentences, DossierSentence, para->first_sentence);
      s1 = &g_array_index (ctx->sentences, DossierSentence, para->first_sentence + para->n_sentences - 1);
      first_tok = s0->first_token;
      last_tok = s1->first_token + s1->n_tokens;
      /* (the next paragraph's last token, read first there: a cache miss
       * the walk over the tokens in order does not prefetch) */
      if (p + 1 < ctx->paragraphs->len)
        {
          const DossierParagraph *np = para + 1;
          if (np->n_sentences > 0)
            {
              const DossierSentence *ns = &g_array_index (ctx->sentences, DossierSentence,
                                                          np->first_sentence + np->n_sentences - 1);
              __builtin_prefetch (&toks[ns->first_token + ns->n_tokens - 1]);
            }
        }

      /* a paragraph of long lines (no blank lines between paragraphs): each
       * line is a paragraph of its own for pairing; short lines are a
       * paragraph hard-wrapped, where a quote runs on over the line ends */
      long_lines = FALSE;
      {
        /* (a paragraph on one line, the common case, is not read twice:
         * the line that holds its first token holds its last one too) */
        guint from = toks[first_tok].start, to = toks[last_tok - 1].end;
        one_line = FALSE;
        if (ctx->lines && ctx->lines->len > 0)
          {
            const DossierRange *lines = (const DossierRange *) (gpointer) ctx->lines->data;
            while (line + 1 < ctx->lines->len && lines[line + 1].start <= from)
              line++;
            one_line = lines[line].start <= from && to <= lines[line].end;
          }
      }
      if (!one_line)
      {
        guint line_start = dossier_context_token (ctx, first_tok)->start;
        gboolean several = FALSE;
        for (guint i = first_tok + 1; i < last_tok; i++)
          {
            const DossierToken *t = dossier_context_token (ctx, i);
            if (!(t->flags & DOSSIER_TOKEN_LINE_START))
              continue;
            several = TRUE;
            if (t->start - line_start > 200)
              long_lines = TRUE;
            line_start = t->start;
          }
        if (several && dossier_context_token (ctx, last_tok - 1)->end - line_start > 200)
          long_lines = TRUE;
        long_lines = long_lines && several;
      }

      q->unit++;
      q->prev_unit_first = q->unit_first;
      q->unit_first = first_tok;
      /* (with no '<' in the paragraph no punctuation token matters: only a
       * '<' opens markup, a '>' closes it) */
      /* (the next '<' of the text, looked for again only once passed: one
       * scan over the text, not a call per paragraph) */
      has_lt = FALSE;
      if (last_tok > first_tok)
        {
          guint a = toks[first_tok].start, b = toks[last_tok - 1].end;
          if (a < lt_from || (next_lt && next_lt < ctx->text + a))
            {
              next_lt = memchr (ctx->text + a, '<', ctx->length - a);
              lt_from = a;
            }
          has_lt = next_lt && next_lt < ctx->text + b;
        }
      stop = has_lt ? (DOSSIER_TOKEN_QUOTE_MARK | DOSSIER_TOKEN_PUNCT) : DOSSIER_TOKEN_QUOTE_MARK;
      /* (in a paragraph of long lines a line start matters too) */
      if (long_lines)
        stop |= DOSSIER_TOKEN_LINE_START;
      for (guint i = first_tok; i < last_tok; i++)
        {
          const DossierToken *t;
          Family family;
          Direction inherent, dir;
          gunichar c;
          guint mark_last;

          /* words: nothing to do (the tight loop over most tokens, four
           * at a time) */
          while (i + 4 <= last_tok &&
                 !((toks[i].flags | toks[i + 1].flags | toks[i + 2].flags | toks[i + 3].flags) & stop))
            i += 4;
          while (i < last_tok && !(toks[i].flags & stop))
            i++;
          if (i >= last_tok)
            break;
          t = &toks[i];
          if (long_lines && i > first_tok && (t->flags & DOSSIER_TOKEN_LINE_START) && depth > 0)
            {
              /* the line ends with a mark still open */
              add_span (q, stack[0].first, stack[0].tok, NO_TOKEN,
                        dossier_context_token (ctx, i - 1)->end, p, stack[0].family);
              depth = 0;
            }
          if (long_lines && i > first_tok && (t->flags & DOSSIER_TOKEN_LINE_START))
            {
              q->unit++;
              q->prev_unit_first = q->unit_first;
              q->unit_first = i;
            }

          if (!(t->flags & DOSSIER_TOKEN_QUOTE_MARK))
            {
              if (!has_lt || !(t->flags & DOSSIER_TOKEN_PUNCT))
                continue;
              if (t->end - t->start != 1 || (ctx->text[t->start] != '<' && ctx->text[t->start] != '>'))
                continue;
              /* marks inside markup (<tweet author="…">) are not quotes */
              if (tok_is_char (ctx, i, '<') && i + 1 < last_tok &&
                  !(dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
                  (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_WORD ||
                   tok_is_char (ctx, i + 1, '/')))
                in_tag = TRUE;
              else if (tok_is_char (ctx, i, '>'))
                in_tag = FALSE;
              continue;
            }
          if (in_tag)
            continue;
          c = g_utf8_get_char (ctx->text + t->start);
          if (!classify_mark (c, &family, &inherent))
            continue;
          if (family == FAMILY_SINGLE && !(t->flags & DOSSIER_TOKEN_SPACE_BEFORE) && i > first_tok &&
              i + 1 < last_tok && (dossier_context_token (ctx, i - 1)->flags & DOSSIER_TOKEN_WORD) &&
              (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_WORD) &&
              !(dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE))
            continue;  /* Trump‘s: an apostrophe inside a word */
          mark_last = i;
          if (c == '\'' && i + 1 < last_tok && tok_is_char (ctx, i + 1, '\'') &&
              !(dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE))
            {
              /* '' stands for a double mark in some newspaper archives */
              if (!PAIR_DOUBLED_APOSTROPHES)
                {
                  /* the text quotes with '': its single marks are inner quotes */
                  q->has_double = TRUE;
                  i++;
                  continue;
                }
              family = FAMILY_DOUBLE;
              mark_last = i + 1;
            }
          {
            DossierToken whole = *t;
            whole.end = dossier_context_token (ctx, mark_last)->end;
            dir = mark_direction (ctx, &whole, para, inherent);
          }

          if (dir == DIR_AMBIGUOUS)
            {
              gboolean open_found = FALSE;
              for (guint k = depth; k-- > 0;)
                if (stack[k].family == family)
                  open_found = TRUE;
              if (open_found)
                dir = DIR_CLOSE;
              else if (family == FAMILY_SINGLE)
                continue;  /* a lone ' between spaces or inside letters */
              else
                dir = DIR_OPEN;
            }

          if (dir == DIR_OPEN)
            {
              if (family == FAMILY_SINGLE && is_leading_apostrophe (ctx, i))
                continue;
              if (depth < MAX_DEPTH)
                {
                  stack[depth].first = i;
                  stack[depth].tok = mark_last;
                  stack[depth].family = family;
                  depth++;
                }
              i = mark_last;
              continue;
            }

          /* closing: pop to the nearest open mark of the same family */
          {
            guint k = depth;
            while (k > 0 && stack[k - 1].family != family)
              k--;
            if (k == 0)
              continue;  /* a possessive apostrophe, or a stray mark */
            k--;
            if (k == 0)
              add_span (q, stack[0].first, stack[0].tok, i, 0, p, family);
            depth = k;
            i = mark_last;
          }
        }

      if (depth > 0)
        {
          /* unclosed at the end of the paragraph: the quote runs to its end */
          if (!(stack[0].family == FAMILY_SINGLE && depth == 1 && stack[0].tok + 2 >= last_tok))
            add_span (q, stack[0].first, stack[0].tok, NO_TOKEN, para->end, p, stack[0].family);
        }
    }
}

/* How many times the words of [start, end) occur in the text around them
 * (up to 5). *budget bounds the bytes looked at over the whole run, so that
 * the pass stays linear however many such quotes a text holds. */
static guint
count_nearby (const DossierContext *ctx,
              guint                 start,
              guint                 end,
              gsize                *budget)
{
  gsize len = end - start;
  guint from = start > 6000 ? start - 6000 : 0;
  guint to = MIN ((gsize) end + 6000, ctx->length);
  guint n = 0;
  const char *needle = ctx->text + start;
  char first = FOLD (needle[0]);

  if (len == 0 || len > 40 || *budget < (gsize) (to - from))
    return 0;
  *budget -= to - from;
  {
    /* jump from one occurrence of the first letter (either case) to the next */
    const char *text = ctx->text;
    const char *end_p = text + to - len + 1;
    char upper = g_ascii_toupper (first);
    const char *p = text + from;
#ifdef __SSE2__
    /* 16 bytes at a time: the occurrences of the first letter in either
     * case as a bit mask, in order */
    const __m128i vl = _mm_set1_epi8 (first), vu = _mm_set1_epi8 (upper);

    for (; p + 16 <= end_p && n < 5; p += 16)
      {
        __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) p);
        guint mask = (guint) _mm_movemask_epi8 (_mm_or_si128 (_mm_cmpeq_epi8 (x, vl), _mm_cmpeq_epi8 (x, vu)));
        for (; mask && n < 5; mask &= mask - 1)
          {
            guint i = (p - text) + (guint) __builtin_ctz (mask);
            if (fold_equal (text + i, needle, len) &&
                (i == 0 || !g_ascii_isalnum (text[i - 1])) &&
                (i + len >= ctx->length || !g_ascii_isalnum (text[i + len])))
              n++;
          }
      }
    for (; p < end_p && n < 5; p++)
      if (*p == first || *p == upper)
        {
          guint i = p - text;
          if (fold_equal (text + i, needle, len) &&
              (i == 0 || !g_ascii_isalnum (text[i - 1])) &&
              (i + len >= ctx->length || !g_ascii_isalnum (text[i + len])))
            n++;
        }
#else
    const char *next_l = NULL, *next_u = NULL;

    while (p < end_p && n < 5)
      {
        const char *hit;
        if (!next_l || next_l < p)
          next_l = memchr (p, first, end_p - p);
        if (upper != first && (!next_u || next_u < p))
          next_u = memchr (p, upper, end_p - p);
        if (!next_l)
          next_l = end_p;
        if (upper == first || !next_u)
          next_u = end_p;
        hit = MIN (next_l, next_u);
        if (hit >= end_p)
          break;
        {
          guint i = hit - text;
          if (fold_equal (hit, needle, len) &&
              (i == 0 || !g_ascii_isalnum (text[i - 1])) &&
              (i + len >= ctx->length || !g_ascii_isalnum (text[i + len])))
            n++;
        }
        p = hit + 1;
      }
#endif
  }
  return n;
}

/* The words of [start, end), counted up to @max + 1: the callers only ask
 * about short spans, and a long quote is not read to its end. */
static guint
count_words (const DossierContext *ctx,
             guint                 start,
             guint                 end,
             guint                 max)
{
  guint n = 0;
  gboolean in_word = FALSE;
  for (guint i = start; i < end; i++)
    {
      gboolean sp = g_ascii_isspace (ctx->text[i]);
      if (!sp && !in_word && ++n > max)
        break;
      in_word = !sp;
    }
  return n;
}

/* Is there a speech cue right after the closing mark ("," he said)? */
static gboolean
cue_right_after (Quotes *q,
                 guint   close_tok)
{
  const DossierContext *ctx = q->ctx;
  guint i = close_tok + 1;
  guint para = tok_paragraph (ctx, close_tok);

  while (i < ctx->tokens->len && tok_is_mark (ctx, i) &&
         !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_SPACE_BEFORE))
    i++;

  if (tok_is_char (ctx, i, ','))
    i++;
  if (i >= ctx->tokens->len)
    return FALSE;
  /* a verb within five words, in the paragraph, before another mark (the
   * cheap test first) */
  {
    gboolean verb = FALSE;
    for (guint k = 0; k < 5 && i + k < ctx->tokens->len && !verb; k++)
      {
        if (tok_paragraph (ctx, i + k) != para || tok_is_mark (ctx, i + k))
          return FALSE;
        verb = is_verb (q, i + k);
      }
    if (!verb)
      return FALSE;
  }
  /* the cue itself, or a phrase that can be its subject, comes first */
  return is_verb (q, i) || np_at (q, i, MIN (ctx->tokens->len, i + 5)).type != NP_NONE;
}

/* Is [start, end) in title case ("Meet the Press", "The Late Show")? */
static gboolean
is_title_case (const DossierContext *ctx,
               guint                 start,
               guint                 end)
{
  static const char * const small[] = { "of", "the", "and", "a", "an", "to", "in", "for", "on",
                                        "with", "at", "by", "from", "or", NULL };
  guint words = 0;
  guint i = start;

  while (i < end)
    {
      guint w;
      gunichar c;
      while (i < end && !g_ascii_isalpha (ctx->text[i]) && !((guchar) ctx->text[i] & 0x80))
        i++;
      if (i >= end)
        break;
      w = i;
      while (i < end && !g_ascii_isspace (ctx->text[i]))
        i++;
      words++;
      if (words > 7)
        return FALSE;
      if (!((guchar) ctx->text[w] & 0x80))
        {
          /* (ASCII: its upper-case letters and digits are all it has of Unicode's) */
          if (g_ascii_isupper (ctx->text[w]) || g_ascii_isdigit (ctx->text[w]))
            continue;
        }
      else
        {
          c = g_utf8_get_char (ctx->text + w);
          if (g_unichar_isupper (c) || g_unichar_isdigit (c))
            continue;
        }
      if (words == 1)
        return FALSE;
      {
        gboolean ok = FALSE;
        /* (the words are 1 to 4 bytes long: longer ones need no look) */
        if (i - w <= 4)
          for (guint k = 0; small[k] && !ok; k++)
            ok = small[k][0] == (ctx->text[w] | 0x20) && strlen (small[k]) == i - w &&
                 g_ascii_strncasecmp (ctx->text + w, small[k], i - w) == 0;
        if (!ok)
          return FALSE;
      }
    }
  return words > 0;
}

static guint
sentence_end_tok (const DossierContext *ctx,
                  guint                 tok)
{
  const DossierSentence *s = &g_array_index (ctx->sentences, DossierSentence,
                                             tok_sentence (ctx, tok));
  return s->first_token + s->n_tokens;
}

static guint
sentence_start_tok (const DossierContext *ctx,
                    guint                 tok)
{
  const DossierSentence *s = &g_array_index (ctx->sentences, DossierSentence,
                                             tok_sentence (ctx, tok));
  return s->first_token;
}

/* Is there a speech cue in the sentences of span @s, outside the quote? */
static gboolean
sentence_has_cue (Quotes     *q,
                  const Span *s)
{
  const DossierContext *ctx = q->ctx;
  guint lo = sentence_start_tok (ctx, s->open_tok);
  guint hi = s->close_tok != NO_TOKEN ? sentence_end_tok (ctx, s->close_tok) : s->open_tok;

  if (s->open_tok - lo > 120)
    lo = s->open_tok - 120;
  for (guint k = lo; k < s->open_tok; k++)
    if (is_verb (q, k))
      return TRUE;
  if (s->close_tok != NO_TOKEN)
    for (guint k = s->close_tok + 1; k < hi && k < s->close_tok + 120; k++)
      if (is_verb (q, k))
        return TRUE;
  return FALSE;
}

static DossierQuoteKind quote_kind (Quotes *q, const Span *s);

static void
filter_spans (Quotes *q)
{
  const DossierContext *ctx = q->ctx;
  gsize budget = 4 * ctx->length + 1000000;

  for (guint k = 0; k < q->spans->len; k++)
    {
      Span *s = &g_array_index (q->spans, Span, k);
      guint words = count_words (ctx, s->start, s->end, 3);
      guint prev = s->open_tok;

      if (s->family == FAMILY_SINGLE && q->has_double)
        {
          s->drop = TRUE;
          continue;
        }
      if (prev == 0)
        continue;
      prev--;
      /* a nickname between a given name and a surname: Marta "Tia" Lopez */
      if (words == 1 && s->close_tok != NO_TOKEN && s->close_tok + 1 < ctx->tokens->len &&
          s->content_tok + 2 == s->close_tok && is_name_token (q, prev) &&
          !(dossier_context_token (ctx, prev)->flags & DOSSIER_TOKEN_SENTENCE_START) &&
          is_name_token (q, s->close_tok + 1) &&
          (dossier_context_token (ctx, s->content_tok + 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
        {
          s->drop = TRUE;
          continue;
        }
      if (words <= 3 && tok_in_list (ctx, prev, terms) &&
          (s->close_tok == NO_TOKEN || !cue_right_after (q, s->close_tok)))
        {
          s->drop = TRUE;
          continue;
        }
      /* a word or two, or a title, in quote marks with no speech cue around:
       * a term, a scare quote or a name, not speech */
      if (((words <= 2 && quote_kind (q, s) == DOSSIER_QUOTE_PARTIAL) ||
           is_title_case (ctx, s->start, s->end)) && !sentence_has_cue (q, s))
        {
          s->drop = TRUE;
          continue;
        }
      /* the title of a show, a book, a film: "on CNN's "State of the Union"" */
      if ((is_possessive (ctx, prev) || tok_in_list (ctx, prev, title_cues)) &&
          is_title_case (ctx, s->start, s->end) &&
          (s->close_tok == NO_TOKEN || !cue_right_after (q, s->close_tok)))
        {
          s->drop = TRUE;
          continue;
        }
      if (words <= 2 && (tok_is (ctx, prev, "a") || tok_is (ctx, prev, "an")) &&
          (s->close_tok == NO_TOKEN || !cue_right_after (q, s->close_tok)))
        {
          guint start = s->start, end = s->end;
          while (end > start && g_ascii_ispunct (ctx->text[end - 1]))
            end--;
          if (count_nearby (ctx, start, end, &budget) >= 5)
            s->drop = TRUE;
        }
    }
}

/* ---- attribution ------------------------------------------------------- */

static void
set_cue (const DossierContext *ctx,
         guint                 cue,
         DossierRange         *range)
{
  guint end_tok = cue;
  if (tok_is (ctx, cue, "according"))
    end_tok = cue + 1;
  else if ((tok_is (ctx, cue, "told") || tok_is (ctx, cue, "tells") || tok_is (ctx, cue, "telling")) &&
           (tok_is (ctx, cue + 1, "reporters") || tok_is (ctx, cue + 1, "journalists")))
    end_tok = cue + 1;
  range->start = dossier_context_token (ctx, cue)->start;
  range->end = dossier_context_token (ctx, end_tok)->end;
}

/* The words the article calls entity @e by where it speaks ("the former
 * governor") are one of its forms: kept as an alias, the determiner in
 * lower case. */
static void
add_description_alias (Quotes             *q,
                       int                 e,
                       guint               first,
                       const DossierRange *range)
{
  DossierContext *ctx = q->ctx;
  DossierEntityInfo *info = g_ptr_array_index (ctx->entities, e);
  g_autofree char *alias = dossier_context_dup (ctx, range->start, range->end);

  if (!info->name || !info->aliases || info->kind == DOSSIER_ENTITY_OTHER)
    return;
  if (tok_in_list (ctx, first, determiners))
    alias[0] = g_ascii_tolower (alias[0]);
  else if (!tok_in_list (ctx, first, title_words) && !tok_in (ctx, first, q->nouns) && !is_possessive (ctx, first))
    return;  /* a bare name or a stray word, no description */
  if (g_ascii_strcasecmp (alias, info->name) == 0 || info->aliases->len >= 32)
    return;
  for (guint k = 0; k < info->aliases->len; k++)
    if (g_ascii_strcasecmp (g_ptr_array_index (info->aliases, k), alias) == 0)
      return;
  g_ptr_array_add (info->aliases, g_steal_pointer (&alias));
}

/* A single capitalised word that only modifies the noun after it
 * ("Israeli officials", "Democratic voters", "Two analysts"): a nationality,
 * a party adjective or a number word before a lower-case word that is no
 * verb is nobody's name. */
static gboolean
is_modifier_word (Quotes *q,
                  guint   first,
                  guint   last)
{
  static const char * const adjectives[] = {
    "democratic",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "dozens", "hundreds", "thousands", "millions", NULL
  };
  const DossierContext *ctx = q->ctx;
  const DossierToken *n;
  gsize len;
  const char *w;
  char buf[24];

  if (first != last || last + 1 >= ctx->tokens->len)
    return FALSE;
  n = dossier_context_token (ctx, last + 1);
  if (!(n->flags & DOSSIER_TOKEN_WORD) || (n->flags & DOSSIER_TOKEN_CAPITALIZED) ||
      !(n->flags & DOSSIER_TOKEN_SPACE_BEFORE) || is_verb (q, last + 1) ||
      (tok_class (ctx, last + 1) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners)))
    return FALSE;
  /* the noun after it: a plural ("Israeli officials") or a description
   * ("Israeli spokesman"); not "Republican involved in …", a person */
  {
    gsize nlen;
    const char *nw = tok_str (ctx, last + 1, &nlen);
    if (!(nlen > 3 && nw[nlen - 1] == 's' && nw[nlen - 2] != 's') && !is_description (q, last + 1) &&
        !tok_in_list (ctx, last + 1, thing_nouns))
      return FALSE;
  }
  w = tok_str (ctx, first, &len);
  if (len > 1 && w[len - 1] == 's')
    return FALSE;  /* "Democrats", "Republicans": people */
  if (lex_has (LEX_DEMONYMS, w, len))
    return TRUE;
  if (!tok_lower (ctx, first, buf, sizeof buf))
    return FALSE;
  for (guint k = 0; adjectives[k]; k++)
    if (strcmp (buf, adjectives[k]) == 0)
      return TRUE;
  return FALSE;
}

static int
resolve_np (Quotes       *q,
            Np            np,
            DossierRange *mention)
{
  DossierContext *ctx = q->ctx;

  switch (np.type)
    {
    case NP_NAME:
      /* Marta "Tia" Lopez: the nickname stands for the surname after it */
      if (np.first == np.last && np.first > 0 && np.last + 2 < ctx->tokens->len &&
          tok_is_mark (ctx, np.first - 1) && tok_is_mark (ctx, np.last + 1) &&
          is_name_token (q, np.last + 2) && is_dropped_mark (q, np.first - 1))
        {
          np.first = np.last + 2;
          np.last = name_run_end (q, np.first, MIN (ctx->tokens->len, np.first + 4));
        }
      if (looks_common (q, np.first, np.last) || is_modifier_word (q, np.first, np.last) ||
          is_mute_place (q, np.first, np.last))
        return -1;
      return resolve_name (q, np.first, np.last, mention);
    case NP_PRONOUN:
      {
        int e = resolve_pronoun (q, np.first);
        const DossierToken *t = dossier_context_token (ctx, np.first);
        mention->start = t->start;
        mention->end = t->end;
        if (e >= 0 && !range_has_mention (ctx, t->start, t->end))
          dossier_context_add_mention (ctx, t->start, t->end, e, DOSSIER_MENTION_PRONOUN);
        return e;
      }
    case NP_DESCRIPTION:
      {
        int e;
        guint head_end = np.last;
        {
          /* "the National Union of Nurses calling", "Article 12
           * affirms": the phrase is the end or the start of a name the
           * names pass found; that name speaks */
          const DossierToken *ft = dossier_context_token (ctx, np.first);
          const DossierToken *lt = dossier_context_token (ctx, np.last);
          int m = dossier_context_mention_at (ctx, ft->start, ft->end);
          if (m >= 0)
            {
              const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
              if (mm->entity >= 0 && !(mm->flags & DOSSIER_MENTION_PRONOUN) && mm->start <= ft->start &&
                  mm->end >= lt->end && (mm->start < ft->start || mm->end > lt->end) &&
                  (dossier_context_token (ctx, tok_at (ctx, mm->start))->flags & DOSSIER_TOKEN_CAPITALIZED))
                {
                  mention->start = mm->start;
                  mention->end = mm->end;
                  return mm->entity;
                }
            }
        }
        if (tok_in_list (ctx, np.last, thing_nouns) && !is_possessive (ctx, np.last))
          {
            /* "From Doe's Facebook post: "…"": whose words the thing holds */
            guint p = NO_TOKEN;
            for (guint k = np.first; k < np.last; k++)
              if (is_possessive (ctx, k))
                p = k;
            if (p == NO_TOKEN && np.first > 0 && is_possessive (ctx, np.first - 1))
              p = np.first - 1;
            else if (p == NO_TOKEN && np.first > 1 && is_plural_apostrophe (ctx, np.first - 1))
              p = np.first - 2;  /* "Sanders' email": the apostrophe a token of its own */
            if (p == NO_TOKEN)
              {
                /* "a fundraising letter sent out by Doe", "a statement
                 * released by the agency": its author */
                guint k = np.last + 1;
                if (tok_is (ctx, k, "sent") || tok_is (ctx, k, "released") || tok_is (ctx, k, "issued") ||
                    tok_is (ctx, k, "written") || tok_is (ctx, k, "signed") || tok_is (ctx, k, "posted") ||
                    tok_is (ctx, k, "published") || tok_is (ctx, k, "put") || tok_is (ctx, k, "paid") ||
                    tok_is (ctx, k, "authored") || tok_is (ctx, k, "tweeted"))
                  {
                    k++;
                    if (tok_is (ctx, k, "out"))
                      k++;
                    if (tok_is (ctx, k, "by"))
                      {
                        k++;
                        if (tok_is (ctx, k, "the"))
                          k++;
                        if (k < ctx->tokens->len && is_name_token (q, k))
                          {
                            DossierRange r;
                            guint last = name_run_end (q, k, MIN (ctx->tokens->len, k + 6));
                            int ne;
                            if (!looks_common (q, k, last) &&
                                (ne = resolve_name (q, k, last, &r)) >= 0 &&
                                ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, ne))->kind != DOSSIER_ENTITY_PLACE)
                              {
                                *mention = r;
                                return ne;
                              }
                          }
                      }
                  }
              }
            if (p != NO_TOKEN && is_name_token (q, p))
              {
                guint first = p;
                while (first > 0 && first + 4 > p && is_name_token (q, first - 1) && !is_possessive (ctx, first - 1))
                  first--;
                if (!looks_common (q, first, p))
                  {
                    int ne = resolve_name (q, first, p, mention);
                    if (ne >= 0 && ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, ne))->kind != DOSSIER_ENTITY_PLACE)
                      return ne;
                  }
              }
          }
        mention->start = dossier_context_token (ctx, np.first)->start;
        mention->end = dossier_context_token (ctx, np.last)->end;
        if (is_possessive (ctx, np.last))
          {
            /* "the Florida senator's answer": the senator */
            gsize len;
            const char *w = tok_str (ctx, np.last, &len);
            if (len > 4 && memcmp (w + len - 4, "\xe2\x80\x99s", 4) == 0)
              mention->end -= 4;
            else if (len > 2 && w[len - 2] == '\'' && w[len - 1] == 's')
              mention->end -= 2;
          }
        /* "the leader of the Harbor League, Jane Doe,": past a named complement */
        if ((tok_is (ctx, np.last + 1, "of") || tok_is (ctx, np.last + 1, "at") || tok_is (ctx, np.last + 1, "for")))
          {
            guint k = np.last + 2;
            if (tok_is (ctx, k, "the"))
              k++;
            if (k < ctx->tokens->len && is_name_token (q, k))
              {
                guint last = name_run_end (q, k, MIN (ctx->tokens->len, k + 6));
                if (tok_is_char (ctx, last + 1, ','))
                  head_end = last;
              }
            else
              {
                /* "the spokeswoman for the agency, Mary Lin,": a complement
                 * of a few common words before the name */
                guint last = k;
                while (last < ctx->tokens->len && last < k + 4 &&
                       (dossier_context_token (ctx, last)->flags & DOSSIER_TOKEN_WORD) &&
                       !(dossier_context_token (ctx, last)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                       !is_verb (q, last) && !tok_in_list (ctx, last, conjunctions) &&
                       !tok_in_list (ctx, last, prepositions))
                  last++;
                if (last > k && tok_is_char (ctx, last, ',') && is_name_token (q, last + 1))
                  head_end = last - 1;
              }
          }
        if (head_end == np.last && tok_in_list (ctx, np.last + 1, prepositions))
          {
            /* "another delegate on the Cruz slate, Jim Roe,": a short
             * complement of any words before the name */
            guint k = np.last + 2;
            while (k < ctx->tokens->len && k < np.last + 8 &&
                   (dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_WORD) &&
                   !is_verb (q, k) && !is_pronoun (q, k) && !tok_is (ctx, k, "and") && !tok_is (ctx, k, "or"))
              k++;
            if (k > np.last + 2 && k + 1 < ctx->tokens->len && tok_is_char (ctx, k, ',') &&
                is_name_token (q, k + 1))
              head_end = k - 1;
          }
        if (head_end == np.last && head_end + 3 < ctx->tokens->len &&
            (tok_is (ctx, head_end + 1, "i") || tok_is (ctx, head_end + 1, "we") ||
             tok_is (ctx, head_end + 1, "you")))
          {
            /* "The coach I met that night, Ray Olin,": a relative
             * clause with no pronoun of its own before the apposition */
            for (guint k = head_end + 2; k < ctx->tokens->len && k < head_end + 8; k++)
              {
                const DossierToken *kt = dossier_context_token (ctx, k);
                if (tok_is_char (ctx, k, ','))
                  {
                    if (is_name_token (q, k + 1))
                      head_end = k - 1;
                    break;
                  }
                if (!(kt->flags & DOSSIER_TOKEN_WORD) || (kt->flags & DOSSIER_TOKEN_CAPITALIZED))
                  break;
              }
          }
        if (np.last > np.first && tok_is_outlet_noun (ctx, np.last))
          {
            /* "the populist Harbor Times tabloid": the outlet whose
             * name stands before its noun */
            const DossierToken *pt = dossier_context_token (ctx, np.last - 1);
            int m = dossier_context_mention_at (ctx, pt->start, pt->end);
            if (m >= 0)
              {
                const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
                if (mm->entity >= 0 && mm->end == pt->end &&
                    ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, mm->entity))->kind ==
                      DOSSIER_ENTITY_ORGANIZATION)
                  {
                    mention->start = mm->start;
                    mention->end = mm->end;
                    return mm->entity;
                  }
              }
          }
        if (head_end + 3 < ctx->tokens->len && tok_is_char (ctx, head_end + 1, ',') &&
            !(dossier_context_token (ctx, head_end + 2)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
            is_description (q, head_end + 2) && is_name_token (q, head_end + 3))
          {
            /* "her introducer, actress Jane Doe": a title before the name */
            DossierRange r;
            guint last = name_run_end (q, head_end + 3, MIN (ctx->tokens->len, head_end + 8));
            int ne;
            if (!looks_common (q, head_end + 3, last) && !is_possessive (ctx, last) &&
                (ne = resolve_name (q, head_end + 3, last, &r)) >= 0 &&
                ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, ne))->kind == DOSSIER_ENTITY_PERSON)
              {
                if (mention->end - mention->start < 60)
                  add_description_alias (q, ne, np.first, mention);
                *mention = r;
                return ne;
              }
          }
        if (head_end + 2 < ctx->tokens->len && tok_is_char (ctx, head_end + 1, ',') && is_name_token (q, head_end + 2))
          {
            /* "the party's nominee, Jane Doe, said": the name in apposition */
            guint start = head_end + 2;
            guint last = name_run_end (q, start, MIN (ctx->tokens->len, np.last + 8));
            if (tok_is (ctx, last + 1, "and") && is_name_token (q, last + 2))
              {
                /* "his biographers, David and Jeanne Doe," */
                start = last + 2;
                last = name_run_end (q, start, MIN (ctx->tokens->len, start + 6));
              }
            if (last + 1 < ctx->tokens->len &&
                (tok_is_char (ctx, last + 1, ',') || tok_is_char (ctx, last + 1, '(') ||
                 is_verb (q, last + 1)) &&
                !looks_common (q, start, last) && !is_possessive (ctx, last))
              {
                DossierRange r;
                int ne = resolve_name (q, start, last, &r);
                if (ne >= 0)
                  {
                    DossierEntityInfo *ni = g_ptr_array_index (ctx->entities, ne);
                    if (ni->kind == DOSSIER_ENTITY_PERSON && mention->end - mention->start < 60)
                      add_description_alias (q, ne, np.first, mention);
                    if (ni->kind == DOSSIER_ENTITY_PERSON)
                      {
                        *mention = r;
                        return ne;
                      }
                  }
              }
          }
        {
          /* "the watchman known as Sam", "a woman, identified as Jane
           * Doe,", "a guard named John Roe": the name the phrase gives */
          guint k = head_end + 1;
          if (tok_is_char (ctx, k, ','))
            k++;
          if ((tok_is (ctx, k, "known") || tok_is (ctx, k, "identified")) && tok_is (ctx, k + 1, "as"))
            k += 2;
          else if (tok_is (ctx, k, "named") && k == head_end + 1)
            k++;
          else
            k = NO_TOKEN;
          if (k != NO_TOKEN && k < ctx->tokens->len && is_name_token (q, k))
            {
              DossierRange r;
              guint last = name_run_end (q, k, MIN (ctx->tokens->len, k + 5));
              int ne;
              if (!looks_common (q, k, last) && !is_possessive (ctx, last) &&
                  (ne = resolve_name (q, k, last, &r)) >= 0 &&
                  ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, ne))->kind == DOSSIER_ENTITY_PERSON)
                {
                  if (mention->end - mention->start < 60)
                    add_description_alias (q, ne, np.first, mention);
                  *mention = r;
                  return ne;
                }
            }
        }
        {
          /* "a longtime adviser to Jane Doe", "a spokesman for the Doe
           * campaign": nobody named, the description with its complement */
          guint k = np.last + 1;
          if (tok_is (ctx, k, "close"))
            k++;
          if (tok_is (ctx, k, "to") || tok_is (ctx, k, "for") || tok_is (ctx, k, "of") ||
              tok_is (ctx, k, "in") || tok_is (ctx, k, "from"))
            {
              k++;
              if (tok_is (ctx, k, "the") || tok_is (ctx, k, "both"))
                k++;
              if (k < ctx->tokens->len && is_name_token (q, k) && tok_in_list (ctx, np.first, determiners))
                {
                  guint last = name_run_end (q, k, MIN (ctx->tokens->len, k + 6));
                  if (is_possessive (ctx, last))
                    {
                      /* "the head of the NFA's busy finance committee" */
                      guint name_end = last;
                      while (last + 1 < ctx->tokens->len && last < name_end + 4 &&
                             (dossier_context_token (ctx, last + 1)->flags &
                              (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) == DOSSIER_TOKEN_WORD &&
                             !is_verb (q, last + 1) && !(tok_class (ctx, last + 1) &
                                                          (LIST_BIT_prepositions | LIST_BIT_conjunctions |
                                                           LIST_BIT_determiners)))
                        last++;
                    }
                  while (last + 1 < ctx->tokens->len && last < k + 6 && tok_in (ctx, last + 1, q->nouns) &&
                         !(dossier_context_token (ctx, last + 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
                    last++;  /* "the Doe campaign" */
                  mention->end = dossier_context_token (ctx, last)->end;
                  if (mention->end - mention->start < 80)
                    {
                      g_autofree char *name = dossier_context_dup (ctx, mention->start, mention->end);
                      guint v;
                      name[0] = g_ascii_tolower (name[0]);
                      v = name_table_lookup (&q->by_name, name);  /* this very phrase, no surname */
                      e = v ? (int) v - 1 : -1;
                      if (e < 0)
                        {
                          DossierEntityInfo *info;
                          g_autofree char *head = dossier_context_dup (ctx, mention->start,
                                                                       dossier_context_token (ctx, np.last)->end);
                          head[0] = g_ascii_tolower (head[0]);
                          e = (int) dossier_context_add_entity (ctx, name, DOSSIER_ENTITY_OTHER);
                          info = g_ptr_array_index (ctx->entities, e);
                          /* "a spokesman" is what the article calls it too */
                          if (info->aliases && strcmp (head, name) != 0)
                            g_ptr_array_add (info->aliases, g_steal_pointer (&head));
                          index_entity (q, (guint) e);
                        }
                      if (!range_has_mention (ctx, mention->start, mention->end))
                        dossier_context_add_mention (ctx, mention->start, mention->end, e, DOSSIER_MENTION_TITLE);
                      return e;
                    }
                  mention->end = dossier_context_token (ctx, np.last)->end;
                }
            }
        }
        /* "the Ohio senator and Republican presidential candidate": two
         * descriptions of one person, joined by "and" with no determiner */
        if (mention->end == dossier_context_token (ctx, np.last)->end && tok_is (ctx, np.last + 1, "and") &&
            !is_possessive (ctx, np.last) && tok_in_list (ctx, np.first, determiners))
          {
            guint ext = NO_TOKEN;
            for (guint k = np.last + 2; k < ctx->tokens->len && k < np.last + 7; k++)
              {
                const DossierToken *kt = dossier_context_token (ctx, k);
                if (!(kt->flags & DOSSIER_TOKEN_WORD) || is_verb (q, k) || is_pronoun (q, k) ||
                    (tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners)))
                  break;
                if (is_description (q, k) && !tok_in_list (ctx, k, thing_nouns))
                  ext = k;
                else if (ext != NO_TOKEN || !(kt->flags & DOSSIER_TOKEN_WORD))
                  break;
              }
            if (ext != NO_TOKEN && !is_name_token (q, ext + 1) && !is_possessive (ctx, ext))
              mention->end = dossier_context_token (ctx, ext)->end;
          }
        /* "63 percent said": a share of those asked stands for nobody */
        if (tok_is (ctx, np.last, "percent") ||
            (dossier_context_token (ctx, np.last)->flags & DOSSIER_TOKEN_NUMBER))
          e = -1;
        else
          e = resolve_description (q, np.last);
        if (e >= 0 && ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->kind == DOSSIER_ENTITY_PLACE)
          e = -1;  /* "the watchman" is no place */
        if (e >= 0 && mention->end - mention->start < 80)
          add_description_alias (q, e, np.first, mention);
        if (e < 0 && mention->end - mention->start < 80)
          {
            /* nobody named: the description itself speaks ("the judge", "Police") */
            g_autofree char *name = dossier_context_dup (ctx, mention->start, mention->end);
            if (tok_in_list (ctx, np.first, determiners))
              name[0] = g_ascii_tolower (name[0]);
            e = lookup_name (q, name);
            if (e < 0)
              {
                e = (int) dossier_context_add_entity (ctx, name, DOSSIER_ENTITY_OTHER);
                index_entity (q, (guint) e);
              }
            if (!range_has_mention (ctx, mention->start, mention->end))
              dossier_context_add_mention (ctx, mention->start, mention->end, e, DOSSIER_MENTION_TITLE);
          }
        return e;
      }
    case NP_NONE:
    default:
      return -1;
    }
}

/* Attributes to the phrase @np (its entity, when it resolves to one) with
 * the cue at token @cue (NO_TOKEN: none). Returns whether a speaker was
 * found. */
static gboolean
attribute_np (Quotes      *q,
              Np           np,
              guint        cue,
              Attribution *a)
{
  a->entity = resolve_np (q, np, &a->mention);
  if (cue != NO_TOKEN)
    set_cue (q->ctx, cue, &a->cue);
  a->found = a->entity >= 0;
  return a->found;
}

/* The phrase after an inverted cue: "said Jane Doe", "according to the
 * White House". */
static Np
np_after_cue (Quotes *q,
              guint   cue,
              guint   hi)
{
  guint i = cue + 1;
  Np np;

  if (!tok_in_list (q->ctx, cue, inverting))
    {
      Np none = { NP_NONE, 0, 0 };
      return none;
    }

  if (tok_is (q->ctx, cue, "according"))
    i++;
  else if (tok_is (q->ctx, i, "that") ||
           ((dossier_context_token (q->ctx, cue)->flags & DOSSIER_TOKEN_CAPITALIZED) && clause_start (q, cue) &&
            !is_name_token (q, i) && !tok_in_list (q->ctx, i, determiners)))
    {
      /* "said that Jane Doe …": the subject of what was said; "Asked
       * which county …, he said": a participle phrase */
      Np none = { NP_NONE, 0, 0 };
      return none;
    }
  np = np_at (q, i, hi);
  if (np.type == NP_NAME && np.last + 1 < hi && is_possessive (q->ctx, np.last) && is_description (q, np.last + 1))
    {
      /* "exhorted Doe's introducer, actress Jane Roe": the description the
       * possessive opens */
      guint k = np.last + 1;
      while (k + 1 < hi && k < np.last + 4 && is_description (q, k + 1))
        k++;
      np.type = NP_DESCRIPTION;
      np.last = k;
    }
  if (np.type == NP_NONE)
    {
      /* "said 9/11 widow Jane Doe" */
      for (guint k = i; k < hi && k < i + 6; k++)
        {
          const DossierToken *t = dossier_context_token (q->ctx, k);
          if (is_name_token (q, k))
            {
              np = np_at (q, k, hi);
              if (np.type != NP_NAME)
                {
                  np.type = NP_NAME;
                  np.first = k;
                  np.last = name_run_end (q, k, hi);
                }
              break;
            }
          if ((!(t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_NUMBER)) && !tok_is_char (q->ctx, k, '/') &&
               !tok_is_char (q->ctx, k, '-')) ||
              is_verb (q, k) ||
              (tok_in_list (q->ctx, k, prepositions) &&
               /* ("said master of ceremonies Jane Doe": a title's "of") */
               !(k > i && k < i + 3 && tok_is (q->ctx, k, "of") && k + 2 < hi &&
                 (dossier_context_token (q->ctx, k + 1)->flags & DOSSIER_TOKEN_WORD) &&
                 !(dossier_context_token (q->ctx, k + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                 is_name_token (q, k + 2))) ||
              tok_in_list (q->ctx, k, conjunctions))
            break;  /* (not "said when Jim Roe asked": a clause of its own) */
        }
    }
  if (np.type != NP_NONE && np.last + 1 < hi && !tok_is (q->ctx, cue, "according") &&
      (tok_is (q->ctx, np.last + 1, "will") || tok_is (q->ctx, np.last + 1, "would") ||
       tok_is (q->ctx, np.last + 1, "are") || tok_is (q->ctx, np.last + 1, "is") ||
       tok_is (q->ctx, np.last + 1, "was") || tok_is (q->ctx, np.last + 1, "were") ||
       tok_is (q->ctx, np.last + 1, "has") || tok_is (q->ctx, np.last + 1, "have") ||
       tok_is (q->ctx, np.last + 1, "had") || tok_is (q->ctx, np.last + 1, "can") ||
       tok_is (q->ctx, np.last + 1, "could") || tok_is (q->ctx, np.last + 1, "should")))
    {
      /* "said Republican leaders will have …": the subject of what was said */
      Np none = { NP_NONE, 0, 0 };
      return none;
    }
  if (np.type != NP_NONE && np.last + 1 < hi && !tok_is (q->ctx, cue, "according"))
    {
      /* "said the families "deserve …"", "say the group needs …": the
       * subject of the words said, no inverted speaker */
      const DossierToken *nt = dossier_context_token (q->ctx, np.last + 1);
      gsize len;
      const char *w = tok_str (q->ctx, np.last + 1, &len);
      if ((tok_is_mark (q->ctx, np.last + 1) && !is_dropped_mark (q, np.last + 1)) ||
          ((nt->flags & DOSSIER_TOKEN_WORD) && !(nt->flags & DOSSIER_TOKEN_CAPITALIZED) &&
           !(tok_class (q->ctx, np.last + 1) & (LIST_BIT_prepositions | LIST_BIT_conjunctions |
                                                 LIST_BIT_determiners | LIST_BIT_skippable |
                                                 LIST_BIT_days_months)) &&
           (tok_is (q->ctx, np.last + 1, "did") || tok_is (q->ctx, np.last + 1, "does") ||
            tok_is (q->ctx, np.last + 1, "may") || tok_is (q->ctx, np.last + 1, "might") ||
            tok_is (q->ctx, np.last + 1, "must") ||
            (len > 3 && w[len - 1] == 's' && w[len - 2] != 's' && !is_description (q, np.last + 1)))))
        {
          Np none = { NP_NONE, 0, 0 };
          return none;
        }
    }
  return np;
}

/* The last span that opens at or before token @k, or NULL. */
static const Span *
span_opening_before (Quotes *q,
                     guint   k)
{
  GArray *spans = q->spans;
  guint lo = 0, hi = spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (spans, Span, mid).open_tok <= k)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo == 0 ? NULL : &g_array_index (spans, Span, lo - 1);
}

/* The span whose opening mark is token @k, or NULL. */
static const Span *
span_opening_at (Quotes *q,
                 guint   k)
{
  const Span *s = span_opening_before (q, k);

  return s != NULL && s->open_tok == k ? s : NULL;
}

/* "The head of the NFA's busy finance committee accused": for the
 * description @np after a possessive name, the description it is the
 * complement of, when one opens the phrase; else @np. */
static Np
outer_description (Quotes *q,
                   guint   lo,
                   Np      np)
{
  DossierContext *ctx = q->ctx;
  guint p;

  if (np.first < lo + 4 || !is_possessive (ctx, np.first - 1) || !is_name_token (q, np.first - 1))
    return np;
  p = name_run_start (q, lo, np.first - 1);
  if (p > lo && tok_is (ctx, p - 1, "the"))
    p--;
  if (p < lo + 3 || !tok_is (ctx, p - 1, "of") || !tok_in_list (ctx, p - 3, determiners) ||
      !(is_description (q, p - 2) ||
        ((dossier_context_token (ctx, p - 2)->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) ==
           DOSSIER_TOKEN_WORD && !is_verb (q, p - 2) && !tok_in_list (ctx, p - 2, thing_nouns))))
    return np;
  np.first = p - 3;
  np.last = p - 2;
  return np;
}

/* "David Roe and Jane Doe of the Institute for X wrote", "… of Boston's
 * Institute for X wrote": for the name @np right before its cue, the
 * person of that organisation, not the organisation; else @np. */
static Np
person_of_org (Quotes *q,
               guint   lo,
               Np      np)
{
  DossierContext *ctx = q->ctx;
  guint k = np.first - 1;
  int m;

  if (np.first <= lo + 2)
    return np;
  m = dossier_context_mention_at (ctx, dossier_context_token (ctx, np.first)->start,
                                  dossier_context_token (ctx, np.first)->end);
  if (m >= 0)
    {
      /* (from the start of the name the phrase is the end of) */
      guint ms = tok_at (ctx, g_array_index (ctx->mentions, DossierMention, m).start);
      if (ms < np.first && ms > lo + 1)
        k = ms - 1;
    }
  if (k > lo + 1 && is_possessive (ctx, k) && is_name_token (q, k))
    k = name_run_start (q, lo, k) - 1;
  if (k > lo && tok_is (ctx, k, "the"))
    k--;
  if (k > lo && (tok_is (ctx, k, "of") || tok_is (ctx, k, "at") || tok_is (ctx, k, "from")) &&
      is_name_token (q, k - 1) && !is_possessive (ctx, k - 1))
    {
      guint first = name_run_start (q, lo, k - 1);
      DossierRange r;
      int pe;
      if (!looks_common (q, first, k - 1) && (pe = resolve_name (q, first, k - 1, &r)) >= 0 &&
          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, pe))->kind == DOSSIER_ENTITY_PERSON)
        {
          np.first = first;
          np.last = k - 1;
        }
    }
  return np;
}

/* A cue after the closing mark: "…," Kirby said / said Kirby / according to. */
static gboolean
attribute_after (Quotes      *q,
                 const Span  *s,
                 Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint i = s->close_tok + 1;
  guint n = ctx->tokens->len;
  guint hi, cue = NO_TOKEN;
  guint para = s->paragraph;
  Np np;

  while (i < n && tok_is_mark (ctx, i) && !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_SPACE_BEFORE))
    i++;
  if (i >= n || tok_paragraph (ctx, i) != para)
    return FALSE;
  /* the window: to the end of the sentence that follows the mark */
  hi = sentence_end_tok (ctx, i);
  hi = MIN (hi, i + WINDOW_AFTER);
  for (guint k = i; k < hi; k++)
    if (tok_is_mark (ctx, k))
      {
        /* "…," delegate Jane Doe, wearing "Vote Doe" pins, said: a short
         * quote inside the phrase before the cue is looked past */
        const Span *in = k > i ? span_opening_at (q, k) : NULL;
        if (in && in->close_tok != NO_TOKEN && in->close_tok + 1 < hi &&
            !tok_is_mark (ctx, in->close_tok + 1) && count_words (ctx, in->start, in->end, 5) <= 4)
          {
            gboolean verb_before = FALSE;
            for (guint j = i; j < k && !verb_before; j++)
              verb_before = is_verb (q, j);
            if (!verb_before)
              {
                k = in->close_tok;
                continue;
              }
          }
        hi = k;
        break;
      }
  while (i < hi && (tok_is_char (ctx, i, ',') || tok_is_char (ctx, i, ')') ||
                    (dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_PUNCT && !tok_is_char (ctx, i, '.'))))
    i++;
  if (i >= hi)
    return FALSE;
  for (guint k = i; k < hi && k < i + 30; k++)
    if (is_verb (q, k) &&
        !(k > i && k + 1 < hi && tok_in (ctx, k, q->nouns) && is_verb (q, k + 1)))  /* "the report said" */
      {
        cue = k;
        break;
      }
  if (cue == NO_TOKEN)
    return FALSE;

  if (cue == i)
    np = np_after_cue (q, cue, hi);
  else
    {
      /* the phrase before the cue, up to its appositive */
      guint stop = cue;
      for (guint k = i; k < cue; k++)
        if (tok_is_char (ctx, k, ','))
          {
            stop = k;
            break;
          }
      np.type = NP_NONE;
      if (tok_is_char (ctx, cue - 1, ','))
        {
          /* ""…" for Clinton, said Jane Doe": the inverted subject */
          Np inv = np_after_cue (q, cue, hi);
          if (inv.type == NP_NAME || inv.type == NP_DESCRIPTION)
            {
              a->entity = resolve_np (q, inv, &a->mention);
              set_cue (ctx, cue, &a->cue);
              a->found = TRUE;
              return TRUE;
            }
        }
      /* the last name of the phrase ("White House spokesperson John Kirby") */
      np = np_at (q, i, stop);
      if (np.type == NP_DESCRIPTION && np.first == i && is_ing_verb (ctx, i) &&
          !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_CAPITALIZED))
        np.type = NP_NONE;  /* "…" filing claims, Roe said: the clause goes on */
      if (np.type == NP_NAME && np.last + 2 < stop && !is_possessive (ctx, np.last))
        {
          /* "…," CBS Today co-anchor Jane Doe said: the name after the
           * title words, not the organisation before them */
          guint t = np.last + 1, k;
          while (t < stop && t < np.last + 6 && (dossier_context_token (ctx, t)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                 !is_possessive (ctx, t))
            t++;  /* the rest of the organisation's name */
          k = t;
          while (k < stop && k < t + 3 && !(dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                 (is_description (q, k) || tok_in_list (ctx, k, title_words)))
            k++;
          if (k > t && k < stop && is_name_token (q, k) && name_run_end (q, k, stop) + 1 == stop)
            {
              np.first = k;
              np.last = stop - 1;
            }
        }
      if (np.type == NP_NONE)
        {
          /* "…," Kirby later told reporters: look back from the cue */
          np = subject_before (q, i, cue);
        }
      if (np.type == NP_NONE)
        {
          /* "…," the suit reads: a description the lexicon does not know */
          guint v = NO_TOKEN;
          np = plain_subject (q, i, cue + 1, TRUE, &v);
          if (np.type != NP_NONE && v != cue)
            np.type = NP_NONE;
        }
      if (np.type == NP_NONE && tok_is (ctx, cue, "according"))
        np = np_after_cue (q, cue, hi);
      /* "…," the official said: the cue verb must follow the phrase closely */
      if (np.type != NP_NONE && np.last + 1 < cue && stop == cue && cue - np.last > 6)
        {
          /* (but "…," Jim Roe and Jane Doe of the Institute for X wrote:
           * the organisation right before the cue, and its people) */
          Np org = subject_before (q, i, cue);
          np.type = NP_NONE;
          if (org.type == NP_NAME && org.last + 1 == cue)
            {
              Np person = person_of_org (q, i, org);
              if (person.first != org.first)
                np = person;
            }
        }
    }
  if (np.type == NP_NONE)
    np = np_after_cue (q, cue, hi);
  if (np.type == NP_NONE)
    return FALSE;
  /* "…," Jane Doe said, according to the Daily Star: the outer source */
  if (!tok_is (ctx, cue, "according"))
    for (guint k = MAX (cue, np.last) + 1; k + 2 < hi; k++)
      if (tok_is_char (ctx, k, ',') &&
          ((tok_is (ctx, k + 1, "according") && tok_is (ctx, k + 2, "to")) ||
           tok_is (ctx, k + 1, "reports") || tok_is (ctx, k + 1, "reported")))
        {
          Np outer = np_after_cue (q, k + 1, hi);
          if (outer.type == NP_NAME || outer.type == NP_DESCRIPTION)
            {
              np = outer;
              cue = k + 1;
            }
          break;
        }
  if (np.type == NP_NAME && np.last + 1 == cue)
    np = person_of_org (q, s->close_tok + 1, np);
  a->entity = resolve_np (q, np, &a->mention);
  set_cue (ctx, cue, &a->cue);
  a->found = TRUE;
  return TRUE;
}

/* Is token @k a mark of a span the filter dropped (a title, a scare
 * quote), which a window may look past? */
static gboolean
is_dropped_mark (Quotes *q,
                 guint   k)
{
  const Span *s = span_opening_before (q, k);

  return s != NULL && s->drop &&
         (s->open_tok == k || s->content_tok == k || s->close_tok == k);
}

/* "CNN, Jane Doe said, called it "…"": a speaker set off by commas before
 * the quote wins over the cue nearest to it. */
static gboolean
attribute_parenthetical (Quotes      *q,
                         const Span  *s,
                         guint        lo,
                         Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint open = s->open_tok;
  guint from = open > lo + WINDOW_BEFORE ? open - WINDOW_BEFORE : lo;

  for (guint k = open; k-- > from;)
    if (tok_is_mark (ctx, k) && !is_dropped_mark (q, k))
      {
        from = k + 1;
        break;
      }
  for (guint k = from; k + 3 < open; k++)
    {
      Np np;
      guint v;
      if (!tok_is_char (ctx, k, ','))
        continue;
      np = np_at (q, k + 1, open);
      if (np.type != NP_NAME && np.type != NP_PRONOUN)
        continue;
      v = np.last + 1;
      if (v + 1 >= open || !is_verb (q, v) || !tok_is_char (ctx, v + 1, ',') ||
          tok_is (ctx, v, "according") || is_ing_verb (ctx, v))
        continue;
      a->entity = resolve_np (q, np, &a->mention);
      set_cue (ctx, v, &a->cue);
      a->found = TRUE;
      return TRUE;
    }
  return FALSE;
}

/* "her remark that "…"", "his call for "…"": a speech noun whose owner is
 * a possessive pronoun, right before the quote. */
static gboolean
attribute_possessive_noun (Quotes      *q,
                           const Span  *s,
                           guint        lo,
                           Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint open = s->open_tok;

  for (guint k = open; k-- > lo && open - k <= 20;)
    {
      if (tok_is_mark (ctx, k) || tok_is_char (ctx, k, ';') ||
          (is_verb (q, k) && !(tok_is (ctx, k, "be") && k > lo && tok_is (ctx, k - 1, "to")) &&
           !(k > lo + 1 && tok_in_list (ctx, k, speech_nouns) &&
             (tok_is (ctx, k + 1, "to") || tok_is (ctx, k + 1, "of") || tok_is (ctx, k + 1, "for")) &&
             (is_possessive (ctx, k - 1) || is_possessive (ctx, k - 2))) &&
           !(tok_in_list (ctx, k, speech_nouns) &&
                               (tok_is (ctx, k + 1, "is") || tok_is (ctx, k + 1, "was")) && tok_is (ctx, k + 2, "that"))))
        return FALSE;
      if (k > lo && tok_in_list (ctx, k, speech_nouns) &&
          (tok_is (ctx, k - 1, "his") || tok_is (ctx, k - 1, "her") || tok_is (ctx, k - 1, "their")) &&
          (open - k <= 4 || tok_is (ctx, k + 1, "that")))
        {
          if (k >= 2 && is_verb (q, k - 2))
            return FALSE;  /* "saying his comment …": the speaker of the verb */
          Np np = { NP_PRONOUN, k - 1, k - 1 };
          return attribute_np (q, np, k, a);
        }
      /* "Doe's controversial pledge to be "…"", "Doe's assertion of a
       * "…"": a name's words right before the quote */
      if (k > lo + 1 && open - k <= 4 && tok_in_list (ctx, k, speech_nouns) && !tok_in_list (ctx, k, thing_nouns) &&
          (tok_is (ctx, k + 1, "to") || tok_is (ctx, k + 1, "of") || tok_is (ctx, k + 1, "for")))
        {
          guint p = k - 1;
          gboolean plain = TRUE;
          while (p > lo + 1 && p + 3 > k && (dossier_context_token (ctx, p)->flags & DOSSIER_TOKEN_WORD) &&
                 !(dossier_context_token (ctx, p)->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_verb (q, p) &&
                 !is_possessive (ctx, p))
            p--;
          for (guint j = k + 1; j < open; j++)
            plain = plain && (dossier_context_token (ctx, j)->flags & DOSSIER_TOKEN_WORD) &&
                    (!is_verb (q, j) || tok_is (ctx, j, "be")) &&
                    !(dossier_context_token (ctx, j)->flags & DOSSIER_TOKEN_CAPITALIZED);
          if (plain && s->close_tok != NO_TOKEN)
            {
              /* (not when another quote follows in the sentence: "Roe
               * called Doe's claim of a "…" "absurd": the clause's words) */
              guint end = sentence_end_tok (ctx, s->close_tok);
              for (guint j = s->close_tok + 1; j < end && plain; j++)
                plain = !tok_is_mark (ctx, j);
            }
          if (plain && is_possessive (ctx, p) && is_name_token (q, p))
            {
              guint first = name_run_start (q, lo, p);
              Np np = { NP_NAME, first, p };
              if (!looks_common (q, first, p))
                {
                  q->words_of = TRUE;
                  return attribute_np (q, np, k, a);
                }
            }
        }
      /* "Jane Doe's claim that the plan "…"", "Doe's claim is that …": the
       * one whose words they are */
      if (k > lo + 1 && tok_in_list (ctx, k, speech_nouns) && !tok_in_list (ctx, k, thing_nouns) &&
          (tok_is (ctx, k + 1, "that") ||
           ((tok_is (ctx, k + 1, "is") || tok_is (ctx, k + 1, "was")) && tok_is (ctx, k + 2, "that"))))
        {
          /* (past adjectives: "Doe's most explosive claim is that") */
          guint p = k - 1;
          while (p > lo + 1 && p + 3 > k && (dossier_context_token (ctx, p)->flags & DOSSIER_TOKEN_WORD) &&
                 !(dossier_context_token (ctx, p)->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_verb (q, p) &&
                 !is_possessive (ctx, p))
            p--;
          if (is_possessive (ctx, p) && !is_name_token (q, p) && p > lo &&
              !(dossier_context_token (ctx, p)->flags & DOSSIER_TOKEN_CAPITALIZED))
            {
              /* "The Florida senator's answer was that": a description's
               * words, the determiner that opens it within a few words */
              char buf[48];
              guint d = p;
              if (!tok_lower (ctx, p, buf, sizeof buf) || !strip_possessive (buf) ||
                  !g_hash_table_lookup_extended (q->nouns, buf, NULL, NULL) || tok_in_list (ctx, p, thing_nouns))
                continue;
              while (d > lo && d + 4 > p && !tok_in_list (ctx, d, determiners))
                {
                  const DossierToken *dt = dossier_context_token (ctx, d - 1);
                  if (!(dt->flags & DOSSIER_TOKEN_WORD) || is_verb (q, d - 1) ||
                      tok_in_list (ctx, d - 1, prepositions) || tok_in_list (ctx, d - 1, conjunctions))
                    break;
                  d--;
                }
              if (!tok_in_list (ctx, d, determiners) || tok_is (ctx, d, "his") || tok_is (ctx, d, "her") ||
                  tok_is (ctx, d, "their") || tok_is (ctx, d, "its"))
                continue;
              {
                Np np = { NP_DESCRIPTION, d, p };
                return attribute_np (q, np, k, a);
              }
            }
          if (!is_possessive (ctx, p) || !is_name_token (q, p))
            continue;
          {
            guint first = name_run_start (q, lo, p);
            Np np = { NP_NAME, first, p };
            /* (after any verb too: "rejected Doe's claim" quotes Doe) */
            if (looks_common (q, first, p))
              return FALSE;
            return attribute_np (q, np, k, a);
          }
        }
    }
  return FALSE;
}

/* A cue before the opening mark in its sentence: Kirby said, "…". */
static gboolean
attribute_before (Quotes      *q,
                  const Span  *s,
                  guint        lo,
                  Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint open = s->open_tok;
  guint cue = NO_TOKEN;
  Np np;

  if (open <= lo)
    return FALSE;
  for (guint k = open; k-- > lo && open - k < WINDOW_BEFORE;)
    {
      if (tok_is_mark (ctx, k) && !is_dropped_mark (q, k))
        {
          lo = k + 1;
          break;
        }
      if (cue == NO_TOKEN && is_verb (q, k) &&
          !(k > lo && ends_with (ctx, k, "ed") &&
            (tok_is (ctx, k - 1, "when") || tok_is (ctx, k - 1, "if") || tok_is (ctx, k - 1, "once") ||
             tok_is (ctx, k - 1, "unless") || tok_is (ctx, k - 1, "as"))))
        cue = k;  /* (not "when asked": no clause of its own) */
    }
  if (cue == NO_TOKEN || cue < lo)
    return FALSE;
  /* "Jane Doe was asked by host Jim Roe, who …, "…"": the agent asks */
  for (guint k = lo + 2; k + 1 < open; k++)
    if (dossier_context_token (ctx, k)->end - dossier_context_token (ctx, k)->start == 2 &&
        tok_is (ctx, k, "by") && is_verb (q, k - 1) &&
        (tok_is (ctx, k - 2, "was") || tok_is (ctx, k - 2, "were") || tok_is (ctx, k - 2, "been") ||
         tok_is (ctx, k - 2, "being") || tok_is (ctx, k - 2, "is")))
      {
        Np agent = np_at (q, k + 1, open);
        if (agent.type == NP_NAME || agent.type == NP_DESCRIPTION)
          {
            a->entity = resolve_np (q, agent, &a->mention);
            set_cue (ctx, k - 1, &a->cue);
            a->found = TRUE;
            return TRUE;
          }
        break;
      }
  if (cue > lo && (dossier_context_token (ctx, lo)->flags & DOSSIER_TOKEN_SENTENCE_START) &&
      (tok_is (ctx, lo, "after") || tok_is (ctx, lo, "when") || tok_is (ctx, lo, "while") || tok_is (ctx, lo, "before") || tok_is (ctx, lo, "because") ||
       tok_is (ctx, lo, "although") || tok_is (ctx, lo, "though") || tok_is (ctx, lo, "if") ||
       tok_is (ctx, lo, "since") || tok_is (ctx, lo, "once") || tok_is (ctx, lo, "until")))
    {
      /* "After Lund criticized Hale, Mary shot back, "…"": the cue is in
       * the clause the subordinator opens; the main clause after its
       * comma has its own subject, and a verb the lexicon may not know
       * ("As the Star reported, …" is rather a source: not here) */
      for (guint c = cue + 1; c + 2 < open; c++)
        {
          Np m;
          const DossierToken *vt;
          if (!tok_is_char (ctx, c, ','))
            continue;
          m = np_at (q, c + 1, open);
          if (m.type != NP_NAME && m.type != NP_PRONOUN)
            continue;
          if (m.last + 1 >= open)
            break;
          vt = dossier_context_token (ctx, m.last + 1);
          if ((vt->flags & DOSSIER_TOKEN_WORD) && !(vt->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              !(tok_class (ctx, m.last + 1) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners)) &&
              !is_possessive (ctx, m.last))
            {
              a->entity = resolve_np (q, m, &a->mention);
              set_cue (ctx, m.last + 1, &a->cue);
              a->found = TRUE;
              return TRUE;
            }
          break;
        }
    }
  if (cue > lo && tok_is_char (ctx, cue - 1, ',') && (tok_class (ctx, cue) & LIST_BIT_inverting) &&
      !tok_is (ctx, cue, "according"))
    {
      /* "Because of how Democrats planned it, explained Jim Roe, "…"":
       * the inverted subject right before the quote */
      Np inv = np_after_cue (q, cue, open);
      if ((inv.type == NP_NAME || inv.type == NP_DESCRIPTION) && !is_possessive (ctx, inv.last) &&
          ((inv.last + 2 == open &&
            (tok_is_char (ctx, inv.last + 1, ',') || tok_is_char (ctx, inv.last + 1, ':'))) ||
           /* "The paradox of X, says Jim Roe, a historian, is that …":
            * an inverted cue set off by commas inside the sentence */
           (inv.type == NP_NAME && inv.last + 2 < open && tok_is_char (ctx, inv.last + 1, ','))))
        {
          a->entity = resolve_np (q, inv, &a->mention);
          set_cue (ctx, cue, &a->cue);
          a->found = TRUE;
          return TRUE;
        }
    }
  np.type = NP_NONE;
  if (lo > 0 && lo + 2 < cue && tok_is_mark (ctx, lo - 1) &&
      (tok_is (ctx, lo, "who") || (tok_is_char (ctx, lo, ',') && tok_is (ctx, lo + 1, "who"))))
    {
      /* "Jane Doe, a contestant on the show "Big Wheel," who went on to
       * work for Roe, said": the relative clause goes on the apposition
       * that a quoted title cut; the subject opens the sentence */
      guint st = sentence_start_tok (ctx, lo - 1);
      guint mark = st;
      while (mark < lo && !tok_is_mark (ctx, mark))
        mark++;
      if (mark > st + 2 && mark < lo)
        {
          Np f = first_subject (q, st, mark);
          if (f.type == NP_NAME && f.last + 1 < mark && tok_is_char (ctx, f.last + 1, ',') &&
              !is_possessive (ctx, f.last))
            np = f;
        }
    }
  if (np.type != NP_NONE)
    ;
  else if (tok_is (ctx, cue, "according"))
    np = np_after_cue (q, cue, open);
  else
    {
      np = subject_before (q, lo, cue);
      if (np.type == NP_NONE)
        np = np_after_cue (q, cue, open);
    }
  if (np.type == NP_NONE)
    return FALSE;
  if (np.type == NP_NAME && np.first > lo + 3 && np.last + 1 == cue &&
      (tok_is (ctx, np.first - 1, "of") || tok_is (ctx, np.first - 1, "at") || tok_is (ctx, np.first - 1, "for") ||
       (tok_is (ctx, np.first - 1, "the") &&
        (tok_is (ctx, np.first - 2, "of") || tok_is (ctx, np.first - 2, "at") || tok_is (ctx, np.first - 2, "for")))))
    {
      /* "Jane Doe, president and CEO of the Grocers Association stated":
       * the person the title (with no comma after it) stands beside */
      guint k = np.first - (tok_is (ctx, np.first - 1, "the") ? 3 : 2);
      guint words = 0;
      while (k > lo && words < 6 && !tok_is_char (ctx, k, ','))
        {
          const DossierToken *t = dossier_context_token (ctx, k);
          if (!(t->flags & DOSSIER_TOKEN_WORD) || is_verb (q, k) ||
              ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && !(t->flags & DOSSIER_TOKEN_ALL_CAPS) &&
               !tok_in_list (ctx, k, title_words) && !is_description (q, k)))
            break;
          words++;
          k--;
        }
      if (words > 0 && k > lo && tok_is_char (ctx, k, ',') && is_name_token (q, k - 1) && !is_possessive (ctx, k - 1))
        {
          guint first = name_run_start (q, lo, k - 1);
          if ((first == lo || tok_is_char (ctx, first - 1, ',')) && !looks_common (q, first, k - 1) &&
              (is_description (q, k + 1) || tok_in_list (ctx, k + 1, title_words) || tok_in_list (ctx, k + 1, determiners)))
            {
              np.type = NP_NAME;
              np.first = first;
              np.last = k - 1;
            }
        }
    }
  if (np.type == NP_NAME && np.last + 1 == cue)
    np = person_of_org (q, lo, np);
  if (np.type == NP_DESCRIPTION)
    np = outer_description (q, lo, np);
  if (np.first > lo + 1)
    {
      /* "Jane Doe said (that) Roe called it "…"": the quote is inside
       * what the outer speaker reported, and is hers */
      guint k = np.first - 1;
      gboolean that = FALSE;
      if (k > lo + 3 && (tok_is (ctx, k, "while") || tok_is (ctx, k, "although") || tok_is (ctx, k, "though") ||
                         tok_is (ctx, k, "if") || tok_is (ctx, k, "when") || tok_is (ctx, k, "because")))
        {
          /* "The poll finds that, while 37 percent say X is "…"" */
          guint k2 = k - 1;
          if (tok_is_char (ctx, k2, ','))
            k2--;
          if (tok_is (ctx, k2, "that"))
            k = k2;
        }
      if (tok_is (ctx, k, "that") && k > lo + 1)
        {
          /* "said on Friday that", "told reporters that" */
          that = TRUE;
          k--;
          for (guint n = 0; n < 8 && k > lo + 1 && !is_verb (q, k); n++)
            {
              const DossierToken *t = dossier_context_token (ctx, k);
              if (!(t->flags & DOSSIER_TOKEN_WORD) || tok_in_list (ctx, k, conjunctions) || is_pronoun (q, k))
                break;
              k--;
            }
        }
      if (is_verb (q, k) && (that || (tok_class (ctx, k) & LIST_BIT_inverting)) && !tok_is (ctx, k, "according"))
        {
          Np outer = subject_before (q, lo, k);
          if (outer.type == NP_NAME || outer.type == NP_PRONOUN || outer.type == NP_DESCRIPTION)
            {
              np = outer;
              cue = k;
            }
        }
    }
  a->entity = resolve_np (q, np, &a->mention);
  if (a->entity < 0 && np.type == NP_NAME && np.first == np.last && np.first + 2 < cue &&
      looks_common (q, np.first, np.last))
    {
      /* "Following a swiftly called, late meeting, the Council issued …",
       * "Much like he did in May ― Doe cast …": a common word that opens
       * the sentence is no name; the subject after a comma or a dash */
      for (guint c = np.last + 1; c + 1 < cue; c++)
        {
          Np n;
          DossierRange r;
          int e;
          if (!tok_is_char (ctx, c, ',') && !is_dash (ctx, c))
            continue;
          n = first_subject (q, c + 1, cue);
          if (n.type != NP_NAME && n.type != NP_DESCRIPTION)
            continue;
          e = resolve_np (q, n, &r);
          if (e >= 0)
            {
              a->entity = e;
              a->mention = r;
              break;
            }
        }
    }
  set_cue (ctx, cue, &a->cue);
  a->found = TRUE;
  return TRUE;
}

/* Does token @k read as a finite verb after a subject ("has", "pointed",
 * "accuses", "will")? */
static gboolean
verb_like (Quotes *q,
           guint   k)
{
  const DossierContext *ctx = q->ctx;
  const DossierToken *t;
  gsize len;
  const char *w;

  if (k >= ctx->tokens->len)
    return FALSE;
  t = dossier_context_token (ctx, k);
  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_CAPITALIZED))
    return FALSE;
  /* (the auxiliaries are among the conjunctions: first) */
  if (tok_is (ctx, k, "has") || tok_is (ctx, k, "had") || tok_is (ctx, k, "was") || tok_is (ctx, k, "is") ||
      tok_is (ctx, k, "will") || tok_is (ctx, k, "would") || tok_is (ctx, k, "also") || tok_is (ctx, k, "then") ||
      tok_is (ctx, k, "makes"))
    return TRUE;
  if (tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners))
    return FALSE;
  if (is_verb (q, k))
    return TRUE;
  w = tok_str (ctx, k, &len);
  return len > 4 && ((w[len - 2] == 'e' && w[len - 1] == 'd') ||
                     (w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i'));
}

/* "The wire service pointed to …", "The impostor gushed about …": a
 * determiner and one to three lower-case words the lexicon does not know,
 * then a verb, open the clause: a description that is its subject. */
static Np
unknown_head_subject (Quotes *q,
                      guint   i,
                      guint   hi)
{
  const DossierContext *ctx = q->ctx;
  Np np = { NP_NONE, 0, 0 };

  if (!(tok_is (ctx, i, "the") || tok_is (ctx, i, "a") || tok_is (ctx, i, "an") || tok_is (ctx, i, "one") ||
        tok_is (ctx, i, "another")))
    return np;
  for (guint k = i + 1; k < hi && k <= i + 3; k++)
    {
      const DossierToken *t = dossier_context_token (ctx, k);
      gsize len;
      const char *w = tok_str (ctx, k, &len);
      if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_CAPITALIZED) || len < 3 ||
          is_verb (q, k) || is_pronoun (q, k) ||
          (tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners |
                                 LIST_BIT_quantifiers)) ||
          (len > 2 && w[len - 2] == 'l' && w[len - 1] == 'y'))
        return np;
      if (k + 1 < hi && verb_like (q, k + 1))
        {
          /* (not a plural head: "the results showed" names nobody) */
          if (w[len - 1] == 's' && w[len - 2] != 's')
            return np;
          np.type = NP_DESCRIPTION;
          np.first = i;
          np.last = k;
          return np;
        }
    }
  return np;
}

/* The first noun phrase of the clause [lo, hi) that is not the object of a
 * preposition nor a possessive: the subject of the sentence, for a quoted
 * fragment with a verb the lexicon does not know ("X decried the "…""). */
static Np
first_subject (Quotes *q,
               guint   lo,
               guint   hi)
{
  const DossierContext *ctx = q->ctx;
  Np none = { NP_NONE, 0, 0 };
  gboolean after_prep = FALSE;

  for (guint i = lo; i < hi && i < lo + 40; i++)
    {
      Np np;
      if (tok_is_char (ctx, i, ','))
        {
          /* "at a rally in Salem, Ohio, Jane Doe …": the place goes with
           * the preposition */
          guint e = after_prep ? place_apposition_end (q, i, hi) : NO_TOKEN;
          if (e != NO_TOKEN)
            i = e;
          after_prep = FALSE;
          continue;
        }
      if (i == lo && i + 1 < hi && (dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (ends_with (ctx, i, "ly") || tok_in_list (ctx, i, skippable)) &&
          (tok_is_char (ctx, i + 1, ',') || tok_in_list (ctx, i + 1, prepositions)) &&
          dossier_context_mention_at (ctx, dossier_context_token (ctx, i)->start,
                                      dossier_context_token (ctx, i)->end) < 0)
        continue;  /* "Early in the race, …", "Immediately after the attacks, …" */
      if (!after_prep && i + 2 < hi &&
          (tok_is (ctx, i, "about") || tok_is (ctx, i, "nearly") || tok_is (ctx, i, "almost") ||
           tok_is (ctx, i, "roughly")) &&
          ((dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_NUMBER) || tok_in_list (ctx, i + 1, number_words)))
        {
          /* "about 200 protesters gathered": a number, no preposition */
          guint k = i + 2;
          /* (the plural right after the number is no verb: "200 protesters") */
          while (k < hi && k < i + 5 && (dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_WORD) &&
                 !(dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                 (k == i + 2 || !verb_like (q, k)) && !is_verb (q, k) &&
                 !(tok_class (ctx, k) & (LIST_BIT_prepositions | LIST_BIT_conjunctions | LIST_BIT_determiners)))
            k++;
          if (k > i + 2 && k < hi && verb_like (q, k))
            {
              np.type = NP_DESCRIPTION;
              np.first = i;
              np.last = k - 1;
              return np;
            }
        }
      if (tok_in_list (ctx, i, prepositions))
        {
          if (i <= lo + 1)
            {
              /* "At the debate on Wednesday night, Jane Doe blamed …",
               * "Early in the race, …": a phrase that opens the clause,
               * to its comma */
              guint k = i + 1;
              /* (a plural noun that is also a verb: "Alongside BLM calls for action,") */
              while (k < hi && k < i + 24 && !tok_is_char (ctx, k, ',') && !tok_is_mark (ctx, k) &&
                     !tok_is_char (ctx, k, ';') &&
                     (!is_verb (q, k) || (ends_with (ctx, k, "s") && k > i + 1 && is_name_token (q, k - 1) &&
                                          (tok_is (ctx, k + 1, "for") || tok_is (ctx, k + 1, "of")))))
                k++;
              if (k + 1 < hi && tok_is_char (ctx, k, ','))
                {
                  guint e = place_apposition_end (q, k, hi);
                  i = e != NO_TOKEN ? e : k;
                  after_prep = FALSE;
                  continue;
                }
            }
          after_prep = TRUE;
          continue;
        }
      if (i == lo && i + 3 < hi && (dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (tok_is (ctx, i, "and") || tok_is (ctx, i, "but") || tok_is (ctx, i, "yet")) &&
          (tok_is (ctx, i + 1, "if") || tok_is (ctx, i + 1, "when") || tok_is (ctx, i + 1, "while") ||
           tok_is (ctx, i + 1, "although") || tok_is (ctx, i + 1, "though") || tok_is (ctx, i + 1, "because") ||
           tok_is (ctx, i + 1, "as")))
        {
          /* "And although he thanked them, he sounded …": the clause the
           * conjunction opens, as if it opened the sentence */
          lo = i + 1;
          continue;
        }
      if (i == lo && i + 2 < hi &&
          (tok_is (ctx, i, "if") || tok_is (ctx, i, "when") || tok_is (ctx, i, "while") ||
           tok_is (ctx, i, "although") || tok_is (ctx, i, "though") || tok_is (ctx, i, "because") ||
           tok_is (ctx, i, "once") || tok_is (ctx, i, "unless") || tok_is (ctx, i, "whether") ||
           tok_is (ctx, i, "as")))
        {
          /* "If he wins, Jane Doe has said she would …": the main clause,
           * not the pronoun that looks ahead to its subject; "When Roe
           * died in 1998, Jane Doe released …": nor the subject of the
           * clause (but "When Jane Doe, the mayor, was asked" is one) */
          guint k = i + 1;
          while (k < hi && k < i + 20 && !tok_is_char (ctx, k, ',') && !tok_is_mark (ctx, k) &&
                 !tok_is_char (ctx, k, ';'))
            k++;
          if (k + 1 < hi && tok_is_char (ctx, k, ',') && (is_pronoun (q, i + 1) || !is_name_token (q, k - 1)))
            {
              i = k;
              continue;
            }
        }
      if (i == lo && (dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (is_ing_verb (ctx, i) || ends_with (ctx, i, "ed")) && i + 1 < hi && !tok_is_char (ctx, i + 1, ',') &&
          (dossier_context_mention_at (ctx, dossier_context_token (ctx, i)->start,
                                       dossier_context_token (ctx, i)->end) < 0 ||
           ((is_ing_verb (ctx, i) || ends_with (ctx, i, "ed")) &&
            !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_ALL_CAPS) &&
            tok_in_list (ctx, i + 1, prepositions) && !is_place_run (q, i, i))))
        {
          /* "Speaking to reporters, Jane Doe said", "Asked about the vote,
           * Jane Doe said": a participle phrase opens the sentence, to its
           * comma */
          guint k = participle_phrase_end (q, i, hi);
          if (k != NO_TOKEN)
            {
              i = k;
              continue;
            }
        }
      if (is_verb (q, i))
        return none;
      {
        guint e = time_phrase_end (q, i, hi);
        if (e != NO_TOKEN)
          {
            i = e;  /* "Twelve years earlier, she had …": a time, no subject */
            after_prep = FALSE;
            continue;
          }
      }
      np = np_at (q, i, hi);
      if (np.type == NP_NONE && !after_prep && (i == lo || tok_is_char (ctx, i - 1, ',')))
        np = unknown_head_subject (q, i, hi);
      if (np.type == NP_PRONOUN && is_expletive_it (q, np.first))
        return none;  /* "it's safe to say": nobody */
      if (np.type == NP_NONE)
        {
          /* a verb or another word: the subject, if any, came before */
          if ((dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_WORD) &&
              !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              !after_prep && !tok_in_list (ctx, i, skippable) && i > lo)
            return none;
          continue;
        }
      if (np.type == NP_NAME && (dossier_context_token (ctx, np.first)->flags & DOSSIER_TOKEN_ALL_CAPS) &&
          (dossier_context_token (ctx, np.first)->flags & (DOSSIER_TOKEN_PARAGRAPH_START | DOSSIER_TOKEN_LINE_START)))
        {
          /* a dateline, "WASHINGTON (AP) —": the sentence starts after it */
          guint k = np.last + 1;
          while (k < hi && k < np.last + 8 && !tok_is_char (ctx, k - 1, ')') &&
                 !(dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_WORD &&
                   !(dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_ALL_CAPS)))
            k++;
          while (k < hi && (dossier_context_token (ctx, k)->flags & DOSSIER_TOKEN_PUNCT) && !tok_is_mark (ctx, k))
            k++;
          if (k > np.last + 1)
            {
              i = k - 1;
              continue;
            }
        }
      if (np.type == NP_NAME && np.first == i &&
          (dossier_context_token (ctx, np.first)->flags & (DOSSIER_TOKEN_PARAGRAPH_START | DOSSIER_TOKEN_LINE_START)))
        {
          /* "Boston (AFP) – …", "Salem, Ohio — …": a dateline in any case */
          guint k = np.last + 1;
          guint e = place_apposition_end (q, k, hi);
          if (e == NO_TOKEN && tok_is_char (ctx, k, ',') && k + 1 < hi && is_name_token (q, k + 1))
            {
              guint last = name_run_end (q, k + 1, hi);
              if (is_place_run (q, k + 1, last))
                e = last + 1;
            }
          if (e != NO_TOKEN)
            k = e;
          if (k < hi && tok_is_char (ctx, k, '('))
            {
              guint c = k + 1;
              while (c < hi && c < k + 6 && !tok_is_char (ctx, c, ')'))
                c++;
              k = c < hi && tok_is_char (ctx, c, ')') ? c + 1 : k;
            }
          if (k < hi && k > np.last + 1 && is_dash (ctx, k))
            {
              i = k;
              continue;
            }
          if (k == np.last + 1 && k < hi && is_dash (ctx, k) && k + 1 < hi &&
              (dossier_context_token (ctx, k + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              is_place_run (q, np.first, np.last))
            {
              i = k;
              continue;
            }
        }
      if (np.type == NP_NAME && np.first == i && looks_common (q, np.first, np.last) &&
          (is_ing_verb (ctx, np.first) || ends_with (ctx, np.first, "ed")))
        {
          /* "Appearing before the crowd, …": a participle whose phrase runs to the comma */
          guint k = participle_phrase_end (q, i, hi);
          if (k != NO_TOKEN)
            {
              i = k;
              continue;
            }
        }
      if (!after_prep && !(np.type == NP_NAME && is_possessive (ctx, np.last) &&
                           !tok_in_list (ctx, np.last + 1, speech_nouns)) &&
          !(np.type == NP_NAME && is_mute_place (q, np.first, np.last)))
        return np;
      i = np.last;
      after_prep = FALSE;
    }
  return none;
}

/* "Republican pollster Jane Doe: "…"": a name right before a colon. */
static gboolean
attribute_colon (Quotes      *q,
                 const Span  *s,
                 guint        lo,
                 Attribution *a)
{
  const DossierContext *ctx = q->ctx;
  guint open = s->open_tok;
  guint colon;
  Np np = { NP_NONE, 0, 0 };

  if (open == 0 || open - 1 < lo || !tok_is_char (ctx, open - 1, ':'))
    return FALSE;
  colon = open - 1;
  if (colon > lo && is_name_token (q, colon - 1))
    {
      np.type = NP_NAME;
      np.last = colon - 1;
      np.first = name_run_start (q, lo, colon - 1);
    }
  else if (colon > lo && is_pronoun (q, colon - 1))
    {
      np.type = NP_PRONOUN;
      np.first = np.last = colon - 1;
    }
  if (np.type == NP_NONE)
    return FALSE;
  /* "Jane Doe delivered a message to Jim Roe:": an object, not a label;
   * the clause has its subject (attribute_intro ()) */
  if (np.first > lo && np.first > 0)
    {
      guint b = np.first - 1;
      /* (past "the Dutch newspaper": "to the Dutch newspaper NRC Daily:") */
      for (guint n_words = 0; n_words < 3 && b > lo && !tok_in_list (ctx, b, determiners) &&
                              !tok_in_list (ctx, b, prepositions) && !is_verb (q, b) &&
                              (dossier_context_token (ctx, b)->flags & DOSSIER_TOKEN_WORD) &&
                              (!(dossier_context_token (ctx, b)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
                               lex_has (LEX_DEMONYMS, ctx->text + dossier_context_token (ctx, b)->start,
                                        dossier_context_token (ctx, b)->end - dossier_context_token (ctx, b)->start));
           n_words++)
        b--;
      if (tok_in_list (ctx, b, determiners) && b > lo)
        b--;
      if (tok_in_list (ctx, b, prepositions))
        return FALSE;
      /* (a label after a dash: "Pollsters agree ― Jane Doe:") */
      for (guint k = np.first; k-- > lo && !is_dash (ctx, k);)
        if (is_verb (q, k))
          return FALSE;
    }
  return attribute_np (q, np, NO_TOKEN, a);
}

/* "…," Trump barked: a name or pronoun right after the closing mark,
 * followed by a verb the lexicon does not know (-ed, -s). */
static gboolean
attribute_any_verb (Quotes      *q,
                    const Span  *s,
                    Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint i = s->close_tok + 1;
  guint n = ctx->tokens->len;
  Np np;
  gsize len;
  const char *w;
  const DossierToken *vt;

  while (i < n && tok_is_mark (ctx, i) && !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_SPACE_BEFORE))
    i++;
  if (i < n && tok_is_char (ctx, i, ','))
    i++;
  if (i >= n || tok_paragraph (ctx, i) != s->paragraph)
    return FALSE;
  if (s->end > s->start && ctx->text[s->end - 1] == '.')
    return FALSE;  /* ""… the end." Jane Doe carried out …": a new sentence */
  {
    /* "…!" beamed Jane Doe of Springfield: an inverted verb and a name */
    const DossierToken *it = dossier_context_token (ctx, i);
    if ((it->flags & DOSSIER_TOKEN_WORD) && !(it->flags & DOSSIER_TOKEN_CAPITALIZED) &&
        !tok_in_list (ctx, i, skippable) && !tok_in_list (ctx, i, prepositions) && i + 1 < n &&
        is_name_token (q, i + 1))
      {
        w = tok_str (ctx, i, &len);
        if (len > 3 && memcmp (w + len - 2, "ed", 2) == 0)
          {
            np.type = NP_NAME;
            np.first = i + 1;
            np.last = name_run_end (q, i + 1, n);
            if (np.last + 1 >= n || tok_is_char (ctx, np.last + 1, ',') || tok_is_char (ctx, np.last + 1, '.') ||
                tok_is (ctx, np.last + 1, "of"))
              {
                a->entity = resolve_np (q, np, &a->mention);
                a->cue.start = it->start;
                a->cue.end = it->end;
                a->found = a->entity >= 0;
                return a->found;
              }
          }
      }
  }
  np = np_at (q, i, MIN (n, i + 6));
  if (np.type == NP_NONE && i + 2 < n && (tok_is (ctx, i, "an") || tok_is (ctx, i, "a") || tok_is (ctx, i, "the")) &&
      (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_WORD) &&
      !(dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_verb (q, i + 1) &&
      is_name_token (q, i + 2))
    {
      /* "…," an angry Jane Doe retaliated */
      np.type = NP_NAME;
      np.first = i + 2;
      np.last = name_run_end (q, i + 2, MIN (n, i + 8));
    }
  if (np.type != NP_NAME && np.type != NP_PRONOUN)
    return FALSE;
  if (np.last + 1 >= n)
    return FALSE;
  {
    guint v = np.last + 1;
    /* "…," Jane Doe, the head of the group, tweeted: past the appositive */
    if (np.type == NP_NAME && tok_is_char (ctx, v, ','))
      {
        guint k;
        for (k = v + 1; k < n && k < v + 14; k++)
          if (tok_is_char (ctx, k, ',') || tok_is_mark (ctx, k) || tok_is_char (ctx, k, '.') ||
              tok_paragraph (ctx, k) != s->paragraph)
            break;
        if (k < n && tok_is_char (ctx, k, ','))
          v = k + 1;
      }
    if (v >= n)
      return FALSE;
    vt = dossier_context_token (ctx, v);
    if (!(vt->flags & DOSSIER_TOKEN_WORD) || tok_in_list (ctx, v, skippable) ||
        tok_in_list (ctx, v, prepositions) || tok_paragraph (ctx, v) != s->paragraph)
      return FALSE;
    w = tok_str (ctx, v, &len);
    /* "…," Jane Doe went on / shot back */
    if (!(vt->flags & DOSSIER_TOKEN_CAPITALIZED) &&
        (tok_is (ctx, v + 1, "on") || tok_is (ctx, v + 1, "back") || tok_is (ctx, v + 1, "in") ||
         tok_is (ctx, v + 1, "out") || tok_is (ctx, v + 1, "up")))
      ;
    else if (is_verb (q, v) && v != np.last + 1)
      ;
    else if (!(len > 3 && (memcmp (w + len - 2, "ed", 2) == 0 || w[len - 1] == 's')))
      return FALSE;
    else if ((vt->flags & DOSSIER_TOKEN_CAPITALIZED) && v == np.last + 1)
      return FALSE;
  }
  a->entity = resolve_np (q, np, &a->mention);
  a->cue.start = vt->start;
  a->cue.end = vt->end;
  a->found = a->entity >= 0;
  return a->found;
}

/* "…" ― Jane Doe: a name after a dash that ends the paragraph. */
static gboolean
attribute_dash (Quotes      *q,
                const Span  *s,
                Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint i = s->close_tok + 1;
  guint n = ctx->tokens->len;
  gunichar c;
  Np np = { NP_NONE, 0, 0 };

  while (i < n && tok_is_mark (ctx, i) && !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_SPACE_BEFORE))
    i++;
  if (i + 1 >= n)
    return FALSE;
  /* the dash line may also be the next paragraph: a quote that ends its
   * paragraph, then "- Jane Doe." */
  if (tok_paragraph (ctx, i) != s->paragraph &&
      (tok_paragraph (ctx, i) != s->paragraph + 1 ||
       !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_LINE_START)))
    return FALSE;
  c = g_utf8_get_char (ctx->text + dossier_context_token (ctx, i)->start);
  if (!(c == 0x2015 || c == 0x2014 || c == 0x2013 || c == '-'))
    return FALSE;
  i++;
  if (!is_name_token (q, i))
    return FALSE;
  np.type = NP_NAME;
  np.first = i;
  np.last = name_run_end (q, i, n);
  /* only a name (and a full stop) up to the end of the line */
  if (np.last + 1 < n && !(dossier_context_token (ctx, np.last + 1)->flags & DOSSIER_TOKEN_LINE_START) &&
      !tok_is_char (ctx, np.last + 1, '.') && !tok_is_char (ctx, np.last + 1, ','))
    return FALSE;
  return attribute_np (q, np, NO_TOKEN, a);
}

/* "WALLACE: …": a transcript label at the start of the quote. */
static gboolean
attribute_label (Quotes      *q,
                 const Span  *s,
                 Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint i = s->content_tok + 1;
  guint n = ctx->tokens->len;
  guint last = i;
  Np np = { NP_NONE, 0, 0 };

  if (i >= n || !(dossier_context_token (ctx, i)->flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  while (last + 1 < n && last < i + 3 && (dossier_context_token (ctx, last + 1)->flags & DOSSIER_TOKEN_ALL_CAPS))
    last++;
  if (!tok_is_char (ctx, last + 1, ':'))
    return FALSE;
  np.type = NP_NAME;
  np.first = i;
  np.last = last;
  return attribute_np (q, np, NO_TOKEN, a);
}

/* A cue in an earlier sentence of the same paragraph: Kirby said. "…" */
static gboolean
attribute_earlier (Quotes      *q,
                   const Span  *s,
                   Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint open = s->open_tok;
  guint floor = open > 60 ? open - 60 : 0;

  for (guint k = open; k-- > floor;)
    {
      guint lo;
      Np np;
      if (tok_paragraph (ctx, k) != s->paragraph || tok_is_mark (ctx, k))
        return FALSE;
      if (!is_verb (q, k))
        continue;
      lo = sentence_start_tok (ctx, k);
      for (guint j = k; j-- > lo;)
        if (tok_is_mark (ctx, j))
          {
            lo = j + 1;
            break;
          }
      np = subject_before (q, lo, k);
      if (np.type == NP_NONE)
        return FALSE;
      return attribute_np (q, np, k, a);
    }
  return FALSE;
}

/* A whole-sentence quote with no cue after a sentence of its paragraph
 * that has no cue either: a person the subject of that sentence names
 * ("Jane Doe, who lost the race, named three reasons. "…""). */
static gboolean
attribute_sentence_subject (Quotes      *q,
                            const Span  *s,
                            Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint open = s->open_tok;
  guint lo;
  Np np;
  int e;
  DossierRange r;

  if (open == 0 || tok_paragraph (ctx, open - 1) != s->paragraph || in_span (q, dossier_context_token (ctx, open - 1)->start))
    return FALSE;
  lo = sentence_start_tok (ctx, open - 1);
  if (lo + 3 > open || tok_paragraph (ctx, lo) != s->paragraph || in_span (q, dossier_context_token (ctx, lo)->start))
    return FALSE;
  np = first_subject (q, lo, open - 1);
  if (np.type != NP_NAME && np.type != NP_DESCRIPTION)
    return FALSE;
  e = resolve_np (q, np, &r);
  if (e < 0 || ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->kind == DOSSIER_ENTITY_PLACE)
    return FALSE;
  a->entity = e;
  a->mention = r;
  return TRUE;
}

/* "As the Daily Star reported, …": a sentence that opens with its source
 * at @st; its phrase, else NP_NONE. */
static Np
as_reported_source (Quotes *q,
                    guint   st,
                    guint   hi)
{
  DossierContext *ctx = q->ctx;
  Np np = { NP_NONE, 0, 0 };
  Np none = { NP_NONE, 0, 0 };
  guint v;

  if (st + 4 >= hi || !tok_is (ctx, st, "as") || !(dossier_context_token (ctx, st)->flags & DOSSIER_TOKEN_CAPITALIZED))
    return none;
  np = np_at (q, st + 1, hi);
  if (np.type != NP_NAME && np.type != NP_DESCRIPTION)
    return none;
  v = np.last + 1;
  if (tok_is (ctx, v, "first") || tok_is (ctx, v, "also") || tok_is (ctx, v, "previously") ||
      tok_is (ctx, v, "has") || tok_is (ctx, v, "had"))
    v++;
  if (v + 1 >= hi || !tok_is_char (ctx, v + 1, ',') ||
      !(tok_is (ctx, v, "reported") || tok_is (ctx, v, "reports") || tok_is (ctx, v, "noted") ||
        tok_is (ctx, v, "notes") || tok_is (ctx, v, "wrote") || tok_is (ctx, v, "writes") ||
        tok_is (ctx, v, "explained") || tok_is (ctx, v, "explains")))
    return none;
  return np;
}

/* A paragraph that ends with a colon introduces the quote that follows:
 * "Jane Doe made the following comment:". */
static gboolean
attribute_intro (Quotes      *q,
                 guint        colon,
                 Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint lo = sentence_start_tok (ctx, colon);
  guint st = lo;
  Np np;
  gboolean verb = FALSE;

  np = as_reported_source (q, st, colon);
  if (np.type != NP_NONE)
    return attribute_np (q, np, np.last + 1, a);

  for (guint j = colon; j-- > lo;)
    if (tok_is_mark (ctx, j))
      {
        lo = j + 1;
        break;
      }
  for (guint k = colon; k-- > lo;)
    if (is_verb (q, k))
      {
        verb = TRUE;
        np = subject_before (q, lo, k);
        if (np.type == NP_NONE)
          np = np_after_cue (q, k, colon);
        if (np.type != NP_NONE)
          {
            return attribute_np (q, np, k, a);
          }
        break;
      }
  if (!verb && lo > st + 2)
    {
      /* "Another said he hoped with his "whole heart" that Doe wins: "…"":
       * the cue before a short quote earlier in the sentence */
      guint mark = st;
      while (mark < lo && !tok_is_mark (ctx, mark))
        mark++;
      for (guint k = mark; k-- > st;)
        if (is_verb (q, k))
          {
            np = subject_before (q, st, k);
            if (np.type != NP_NONE)
              return attribute_np (q, np, k, a);
            break;
          }
    }
  np = first_subject (q, lo, colon);
  if (np.type == NP_NONE)
    np = subject_before (q, lo, colon);
  if (np.type == NP_NONE)
    return FALSE;
  /* "Then, days later on Fox Radio: "…"": where the words were said,
   * not who said them */
  if (np.type == NP_NAME && np.first > lo && np.last + 1 == colon &&
      (tok_is (ctx, np.first - 1, "on") || tok_is (ctx, np.first - 1, "in") || tok_is (ctx, np.first - 1, "at") ||
       tok_is (ctx, np.first - 1, "to") || tok_is (ctx, np.first - 1, "via")))
    return FALSE;
  return attribute_np (q, np, NO_TOKEN, a);
}

/* The speaker of a speech cue anywhere in paragraph @p outside quotes (the
 * last one), for a quote-only paragraph that follows it. */
static gboolean
attribute_paragraph (Quotes      *q,
                     guint        first,
                     guint        last,
                     Attribution *a)
{
  DossierContext *ctx = q->ctx;
  guint lo;

  if (first == NO_TOKEN || last <= first)
    return FALSE;
  if (last - first > 400)
    first = last - 400;
  for (guint k = last; k-- > first;)
    {
      Np np;
      if (tok_is_mark (ctx, k) || in_span (q, dossier_context_token (ctx, k)->start))
        continue;
      if (!is_verb (q, k))
        continue;
      lo = sentence_start_tok (ctx, k);
      lo = MAX (lo, first);
      for (guint j = k; j-- > lo;)
        if (tok_is_mark (ctx, j))
          {
            lo = j + 1;
            break;
          }
      np = subject_before (q, lo, k);
      if (np.type == NP_NONE)
        np = np_after_cue (q, k, MIN (k + 8, last));
      if (np.type == NP_NONE)
        continue;
      return attribute_np (q, np, k, a);
    }
  return FALSE;
}

/* Does a clause with a subject of its own open between @lo and @hi, after
 * a comma (", Jane Doe fixates on the "…"")? */
static gboolean
new_clause_between (Quotes *q,
                    guint   lo,
                    guint   hi)
{
  const DossierContext *ctx = q->ctx;

  /* (the comma may close the quote before: ""…," Jane Doe fixates") */
  for (guint k = lo >= 2 && tok_is_mark (ctx, lo - 1) && tok_is_char (ctx, lo - 2, ',') ? lo - 1 : lo; k + 2 < hi; k++)
    {
      Np np;
      const DossierToken *vt;
      gsize len;
      const char *w;
      if (!tok_is_char (ctx, k, ',') && k >= lo)
        continue;
      np = np_at (q, k + 1, hi);
      if (np.type != NP_NAME && np.type != NP_PRONOUN)
        continue;
      if (np.last + 1 >= hi)
        return FALSE;
      vt = dossier_context_token (ctx, np.last + 1);
      if (!(vt->flags & DOSSIER_TOKEN_WORD) || (vt->flags & DOSSIER_TOKEN_CAPITALIZED) ||
          tok_in_list (ctx, np.last + 1, prepositions) || tok_in_list (ctx, np.last + 1, determiners))
        continue;
      w = tok_str (ctx, np.last + 1, &len);
      if (is_verb (q, np.last + 1) || tok_in_list (ctx, np.last + 1, skippable) ||
          (len > 3 && (w[len - 1] == 's' || (w[len - 2] == 'e' && w[len - 1] == 'd'))))
        return TRUE;
    }
  return FALSE;
}

static gboolean
opens_paragraph (const DossierContext *ctx,
                 const Span           *s)
{
  return s->open_tok == s->unit_first;
}

static DossierQuoteKind
quote_kind (Quotes     *q,
            const Span *s)
{
  const DossierContext *ctx = q->ctx;
  guint open = s->open_tok;
  gboolean before_ok;
  const DossierToken *t = dossier_context_token (ctx, open);

  if (t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_PARAGRAPH_START) || open == 0)
    before_ok = TRUE;
  else
    before_ok = tok_is_char (ctx, open - 1, ':') || tok_is_char (ctx, open - 1, ',') ||
                is_verb (q, open - 1) || (dossier_context_token (ctx, open - 1)->flags & DOSSIER_TOKEN_PUNCT &&
                                          !tok_is_mark (ctx, open - 1) && !tok_is_char (ctx, open - 1, '('));
  if (!before_ok)
    return DOSSIER_QUOTE_PARTIAL;
  if (!g_unichar_isupper (g_utf8_get_char (ctx->text + s->start)) &&
      !g_unichar_isdigit (g_utf8_get_char (ctx->text + s->start)))
    return DOSSIER_QUOTE_PARTIAL;
  return DOSSIER_QUOTE_DIRECT;
}

static void
attribute (Quotes *q)
{
  DossierContext *ctx = q->ctx;
  int prev_para_speaker = -1;
  guint prev_para = G_MAXUINT;
  DossierRange prev_mention = { 0, 0 };
  gboolean prev_unclosed = FALSE;
  int para_speaker = -1;            /* last speaker in the current paragraph */
  DossierRange para_mention = { 0, 0 };
  guint cur_para = G_MAXUINT;
  int sent_speaker = -1;            /* the speaker a cue before the last quote named */
  DossierRange sent_mention = { 0, 0 };
  guint sent_sentence = G_MAXUINT;  /* the sentence that quote ends in */
  int guess = -1;                   /* the last speaker the last resort gave */
  guint guess_para = 0;
  static int debug = -1;

  if (debug < 0)
    debug = g_getenv ("DOSSIER_QUOTES_DEBUG") != NULL;
  DossierRange guess_mention = { 0, 0 };

  if (debug)
    for (guint e = 0; e < ctx->entities->len; e++)
      {
        const DossierEntityInfo *ei = g_ptr_array_index (ctx->entities, e);
        g_printerr ("QENT %u kind=%d gender=%d %s\n", e, ei->kind, ei->gender, ei->name ? ei->name : "(null)");
      }

  for (guint k = 0; k < q->spans->len; k++)
    {
      Span *s = &g_array_index (q->spans, Span, k);
      Attribution a = { -1, { 0, 0 }, { 0, 0 }, FALSE };
      DossierQuoteInfo info;
      guint lo;
      gboolean goes_on;
      gboolean before_found = FALSE;  /* by a cue or a subject before the quote */
      gboolean guessed;               /* by the last resort below */
      gboolean pronoun_found;         /* a pronoun speaks that nothing resolved */
      const char *rule = "none";     /* which rule found the speaker (DOSSIER_QUOTES_DEBUG) */
      guint cue_tok;

      if (s->unit != cur_para)
        {
          if (cur_para != G_MAXUINT)
            {
              prev_para = cur_para;
              prev_para_speaker = para_speaker;
              prev_mention = para_mention;
            }
          cur_para = s->unit;
          para_speaker = -1;
        }
      if (s->drop)
        continue;

      /* the before-window starts at the sentence start, or after the previous quote */
      lo = sentence_start_tok (ctx, s->open_tok);
      if (k > 0)
        {
          const Span *p = &g_array_index (q->spans, Span, k - 1);
          if (!p->drop && p->close_tok != NO_TOKEN && p->close_tok + 1 > lo && p->close_tok < s->open_tok)
            {
              lo = p->close_tok + 1;
              while (lo < s->open_tok && tok_is_mark (ctx, lo))
                lo++;
            }
        }

      /* a whole-sentence quote after another quote of the paragraph that had
       * its speaker: "…," Doe said. "…" Roe disagreed, saying … */
      goes_on = para_speaker >= 0 && s->close_tok != NO_TOKEN &&
                (dossier_context_token (ctx, s->open_tok)->flags & DOSSIER_TOKEN_SENTENCE_START) &&
                s->close_tok + 1 < ctx->tokens->len &&
                tok_sentence (ctx, s->close_tok + 1) !=
                tok_sentence (ctx, s->close_tok);
      if (s->close_tok != NO_TOKEN && cue_right_after (q, s->close_tok) &&
          !(s->close_tok + 1 < ctx->tokens->len &&
            tok_sentence (ctx, s->close_tok + 1) !=
            tok_sentence (ctx, s->close_tok) &&
            !(dossier_context_token (ctx, s->open_tok)->flags & DOSSIER_TOKEN_SENTENCE_START)))
        {
          attribute_after (q, s, &a);
          s->after_cue = a.found;
          rule = "after";
          if (a.found && goes_on)
            {
              /* only a bare "Roe said." closes such a quote */
              guint c = tok_at (ctx, a.cue.start);
              guint after = tok_at (ctx, a.cue.end - 1) + 1;
              for (guint n_skip = 0; n_skip < 3 && (tok_in_list (ctx, after, days_months) || tok_in_list (ctx, after, skippable));
                   n_skip++)
                after++;
              if (c >= ctx->tokens->len || is_ing_verb (ctx, c) ||
                  !(tok_is_char (ctx, after, '.') || (after < ctx->tokens->len && tok_is_mark (ctx, after)) ||
                    (tok_is_char (ctx, after, ',') && tok_is_mark (ctx, after + 1))))
                {
                  a.found = FALSE;
                  a.entity = -1;
                  a.cue.start = a.cue.end = 0;
                  a.mention.start = a.mention.end = 0;
                  s->after_cue = FALSE;
                }
            }
        }
      if (!a.found && s->open_tok > lo + 1 && tok_is_char (ctx, s->open_tok - 1, ':') &&
          is_name_token (q, s->open_tok - 2))
        {
          /* "Pollsters agree ― Jane Doe: "…"": a label after a dash or at a line start */
          guint first = name_run_start (q, lo, s->open_tok - 2);
          gunichar c = first > 0 ? g_utf8_get_char (ctx->text + dossier_context_token (ctx, first - 1)->start) : 0;
          if (first == 0 || (dossier_context_token (ctx, first)->flags & DOSSIER_TOKEN_LINE_START) ||
              c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2015)
            {
              attribute_colon (q, s, lo, &a);
              rule = "label-colon";
            }
        }
      if (!a.found && attribute_parenthetical (q, s, lo, &a))
        rule = "parenthetical";
      q->words_of = FALSE;
      if (!a.found && attribute_possessive_noun (q, s, lo, &a))
        rule = "possessive-noun";
      if (!a.found)
        {
          if (attribute_before (q, s, lo, &a))
            rule = "before";
          if (a.found && sent_speaker >= 0 && a.entity != sent_speaker &&
              tok_sentence (ctx, s->open_tok) == sent_sentence &&
              lo > sentence_start_tok (ctx, s->open_tok))
            {
              /* "Doe tweeted that it was a "…" for Roe and asking, "…"",
               * "Doe insisted it was "…" while adding, "…"": a participle
               * that goes on the clause of the quote before */
              guint c = tok_at (ctx, a.cue.start);
              if (c < ctx->tokens->len && c > lo && is_ing_verb (ctx, c) &&
                  (tok_is (ctx, c - 1, "and") || tok_is (ctx, c - 1, "while") || tok_is (ctx, c - 1, "by") ||
                   tok_is (ctx, c - 1, "before") || tok_is (ctx, c - 1, "after") || tok_is_char (ctx, c - 1, ',')))
                {
                  a.entity = sent_speaker;
                  a.mention = sent_mention;
                  rule = "before-participle";
                }
            }
        }
      before_found = a.found && !q->words_of;  /* (a later fragment is the clause's) */
      if (!a.found && sent_speaker >= 0 && tok_sentence (ctx, s->open_tok) == sent_sentence &&
          quote_kind (q, s) == DOSSIER_QUOTE_PARTIAL && !new_clause_between (q, lo, s->open_tok))
        {
          /* X called it "…" and "…", X said it was "…" and that Y had "…":
           * a fragment with no cue of its own between it and the quote
           * before it in the sentence has that quote's speaker */
          a.entity = sent_speaker;
          a.mention = sent_mention;
          a.found = TRUE;
          before_found = TRUE;
          rule = "sent-fragment";
        }
      if (!a.found && s->close_tok != NO_TOKEN && !goes_on)
        {
          attribute_after (q, s, &a);  /* not a cue of the next sentence when the quote goes on */
          s->after_cue = a.found;
          if (a.found)
            rule = "after2";
        }
      if (!a.found && s->close_tok != NO_TOKEN && !goes_on)
        {
          attribute_any_verb (q, s, &a);
          s->after_cue = a.found;
          if (a.found)
            rule = "any-verb";
        }
      if (!a.found && attribute_label (q, s, &a))
        rule = "label";
      if (!a.found && s->close_tok != NO_TOKEN)
        {
          attribute_dash (q, s, &a);
          s->after_cue = a.found;
          if (a.found)
            rule = "dash";
        }
      if (!a.found && attribute_colon (q, s, lo, &a))
        rule = "colon";
      if (!a.found && s->open_tok > lo && tok_is_char (ctx, s->open_tok - 1, ':') &&
          attribute_intro (q, s->open_tok - 1, &a))
        rule = "intro";
      s->weak = !a.found;
      {
        /* "According to the Daily Star, Doe said "…"": a sentence that
         * opens with its source gives that source every quote of it */
        guint st = sentence_start_tok (ctx, s->open_tok);
        Np as_np = as_reported_source (q, st, s->open_tok);
        if (as_np.type != NP_NONE)
          {
            int e = resolve_np (q, as_np, &a.mention);
            if (e >= 0)
              {
                a.entity = e;
                set_cue (ctx, as_np.last + 1, &a.cue);
                a.found = TRUE;
                s->weak = FALSE;
                rule = "as-reported";
              }
          }
        if (st + 3 < s->open_tok && tok_is (ctx, st, "according") && tok_is (ctx, st + 1, "to") &&
            (dossier_context_token (ctx, st)->flags & DOSSIER_TOKEN_CAPITALIZED))
          {
            guint comma = NO_TOKEN;
            for (guint t = st + 2; t < s->open_tok && t < st + 14; t++)
              {
                /* (not "pool reports,": a noun before the comma) */
                if (tok_is_mark (ctx, t) || (is_verb (q, t) && !tok_is_char (ctx, t + 1, ',')))
                  break;
                if (tok_is_char (ctx, t, ','))
                  {
                    comma = t;
                    break;
                  }
              }
            if (comma != NO_TOKEN && comma > st + 2)
              {
                Np outer = np_after_cue (q, st, comma);
                if (outer.type == NP_NAME || outer.type == NP_DESCRIPTION)
                  {
                    a.entity = resolve_np (q, outer, &a.mention);
                    set_cue (ctx, st, &a.cue);
                    a.found = TRUE;
                    s->weak = FALSE;
                    rule = "according-sentence";
                  }
              }
          }
      }
      if (a.found && s->close_tok != NO_TOKEN && !tok_is (ctx, tok_at (ctx, a.cue.start), "according"))
        {
          /* "Doe said he was "…", according to the Daily Star": the outer source */
          guint end = MIN (sentence_end_tok (ctx, s->close_tok), s->close_tok + 60);
          for (guint t = s->close_tok + 1; t + 2 < end; t++)
            {
              if (tok_is_mark (ctx, t))
                {
                  /* past a later quote of the sentence ("…," and "…,"
                   * according to X) */
                  const Span *later = span_opening_at (q, t);
                  if (later && later->close_tok != NO_TOKEN && later->close_tok < end)
                    {
                      t = later->close_tok;
                      continue;
                    }
                  break;
                }
              if ((tok_is_char (ctx, t, ',') && tok_is (ctx, t + 1, "according") && tok_is (ctx, t + 2, "to")) ||
                  (t == s->close_tok + 1 && tok_is (ctx, t, "according") && tok_is (ctx, t + 1, "to")) ||
                  (t > s->close_tok + 2 && (dossier_context_token (ctx, t - 1)->flags & DOSSIER_TOKEN_WORD) &&
                   tok_is (ctx, t, "according") && tok_is (ctx, t + 1, "to")))
                {
                  /* (also right after the mark: "…, threatening "a lawsuit,"
                   * according to a copy of the letter") */
                  guint acc = tok_is (ctx, t, "according") ? t : t + 1;
                  Np outer = np_after_cue (q, acc, end);
                  if (outer.type == NP_NONE)
                    outer = plain_subject (q, acc + 2, end, TRUE, NULL);
                  if (outer.type == NP_NAME || outer.type == NP_DESCRIPTION)
                    {
                      a.entity = resolve_np (q, outer, &a.mention);
                      set_cue (ctx, acc, &a.cue);
                      rule = "according-after";
                    }
                  break;
                }
              if (tok_is_char (ctx, t, ',') && t + 2 < end && !s->after_cue)
                {
                  /* "…, the Daily Star reported." / "…, reported the Daily
                   * Star.": the outer source, at the end of the sentence */
                  Np outer = { NP_NONE, 0, 0 };
                  guint verb = NO_TOKEN;
                  if (tok_is (ctx, t + 1, "reported") || tok_is (ctx, t + 1, "reports"))
                    {
                      outer = np_at (q, t + 2, end);
                      verb = t + 1;
                      if (outer.type != NP_NONE && outer.last + 1 < end && !tok_is_char (ctx, outer.last + 1, '.'))
                        outer.type = NP_NONE;
                    }
                  else
                    {
                      outer = np_at (q, t + 1, end);
                      guint v = outer.last + 1;
                      if (outer.type != NP_NONE && (tok_is (ctx, v, "first") || tok_is (ctx, v, "also") ||
                                                    tok_is (ctx, v, "originally") || tok_is (ctx, v, "later")))
                        v++;  /* "…, Right Wing Watch first reported." */
                      if (outer.type != NP_NONE && v + 1 < ctx->tokens->len &&
                          (tok_is (ctx, v, "reported") || tok_is (ctx, v, "reports")) &&
                          (v + 1 >= end || tok_is_char (ctx, v + 1, '.')))
                        verb = v;
                      else
                        outer.type = NP_NONE;
                    }
                  if (outer.type == NP_NAME || outer.type == NP_DESCRIPTION)
                    {
                      a.entity = resolve_np (q, outer, &a.mention);
                      set_cue (ctx, verb, &a.cue);
                      rule = "reported-after";
                      break;
                    }
                }
            }
        }
      /* (the cue's token: found once, galloping from the last look-up,
       * not by a binary search over every token per test) */
      cue_tok = a.found && before_found && a.cue.end > a.cue.start ? tok_at (ctx, a.cue.start) : 0;
      if ((!a.found || (before_found && a.cue.end > a.cue.start &&
                        ends_with (ctx, cue_tok, "ed") &&
                        cue_tok > 0 &&
                        !tok_is (ctx, cue_tok - 1, "has") &&
                        !tok_is (ctx, cue_tok - 1, "have") &&
                        !tok_is (ctx, cue_tok - 1, "had") &&
                        cue_tok + 4 >= s->open_tok &&
                        s->close_tok != NO_TOKEN && tok_is (ctx, s->close_tok + 1, "by"))) &&
          s->close_tok != NO_TOKEN && quote_kind (q, s) == DOSSIER_QUOTE_PARTIAL)
        {
          /* "…, often labeled a "witch hunt" by Democrats", "– as described
           * by Jane Doe –": the agent of a passive right after the fragment */
          guint end = MIN (sentence_end_tok (ctx, s->close_tok), s->close_tok + 12);
          guint t = s->close_tok + 1;
          guint skipped = 0;
          while (t < end && skipped < 3 &&
                 (tok_is_char (ctx, t, ',') || is_dash (ctx, t) || tok_is (ctx, t, "as") ||
                  (ends_with (ctx, t, "ed") && !(dossier_context_token (ctx, t)->flags & DOSSIER_TOKEN_CAPITALIZED))))
            {
              t++;
              skipped++;
            }
          if (t + 1 < end && tok_is (ctx, t, "by") && (skipped == 0 || ends_with (ctx, t - 1, "ed")))
            {
              Np agent = np_at (q, t + 1, end);
              if ((agent.type == NP_NAME || agent.type == NP_DESCRIPTION) &&
                  (agent.last + 1 >= end || !tok_is (ctx, agent.last + 1, "of")))
                {
                  DossierRange r;
                  int e = resolve_np (q, agent, &r);
                  if (e >= 0)
                    {
                      a.entity = e;
                      a.mention = r;
                      set_cue (ctx, t, &a.cue);
                      a.found = TRUE;
                      rule = "by-agent-after";
                    }
                }
            }
        }
      if (!a.found && s->open_tok > lo &&
          (quote_kind (q, s) == DOSSIER_QUOTE_PARTIAL || tok_is_char (ctx, s->open_tok - 1, ',') ||
           is_dash (ctx, s->open_tok - 1)))
        {
          Np np = { NP_NONE, 0, 0 };
          /* "…, but Kevin was asleep, and as Jim Roe went on about "…"": the
           * subject of the last clause before the fragment */
          for (guint c = s->open_tok; c-- > lo + 1;)
            {
              if (tok_is_mark (ctx, c) || tok_is_char (ctx, c, ';'))
                break;
              if ((tok_class (ctx, c) & LIST_BIT_conjunctions) &&
                  ((tok_is_char (ctx, c - 1, ',') && (tok_is (ctx, c, "and") || tok_is (ctx, c, "but"))) ||
                   tok_is (ctx, c, "as") || tok_is (ctx, c, "while") || tok_is (ctx, c, "when") ||
                   tok_is (ctx, c, "because") || tok_is (ctx, c, "although") || tok_is (ctx, c, "though")))
                {
                  guint from = c + 1;
                  if (tok_is (ctx, from, "as") || tok_is (ctx, from, "when") || tok_is (ctx, from, "while"))
                    from++;
                  np = first_subject (q, from, s->open_tok);
                  if (np.type != NP_NAME && np.type != NP_PRONOUN)
                    np.type = NP_NONE;
                  break;
                }
            }
          if (np.type == NP_NONE && lo + 3 < s->open_tok && tok_is (ctx, lo, "to") &&
              (dossier_context_token (ctx, lo)->flags & DOSSIER_TOKEN_SENTENCE_START) && is_name_token (q, lo + 1))
            {
              /* "To Jane Doe, Roe is the "…" man": whose view it is */
              guint last = name_run_end (q, lo + 1, s->open_tok);
              if (tok_is_char (ctx, last + 1, ',') && !is_possessive (ctx, last))
                {
                  np.type = NP_NAME;
                  np.first = lo + 1;
                  np.last = last;
                }
            }
          if (np.type == NP_NONE)
            np = first_subject (q, lo, s->open_tok);
          if (np.type == NP_NAME && np.last + 1 == s->open_tok && para_speaker >= 0)
            {
              /* "…," said Jane Doe. Roe "kind of misspoke.": the name the
               * quote goes on from is what the speaker talks about */
              np.type = NP_NONE;
            }
          if (np.type != NP_NONE)
            {
              a.entity = resolve_np (q, np, &a.mention);
              a.found = a.entity >= 0;
              rule = "fragment-subject";
            }
        }

      if (!a.found)
        {
          /* no cue: an interrupted quote goes on, or a quote paragraph follows X */
          if (para_speaker >= 0)
            {
              a.entity = para_speaker;
              a.mention = para_mention;
              rule = "para-speaker";
            }
          else if (!opens_paragraph (ctx, s) &&
                   (dossier_context_token (ctx, s->open_tok)->flags & DOSSIER_TOKEN_SENTENCE_START) &&
                   attribute_earlier (q, s, &a))
            rule = "earlier";
          else if (!opens_paragraph (ctx, s) &&
                   (dossier_context_token (ctx, s->open_tok)->flags & DOSSIER_TOKEN_SENTENCE_START) &&
                   attribute_sentence_subject (q, s, &a))
            rule = "sentence-subject";
          else if (opens_paragraph (ctx, s) && prev_para != G_MAXUINT &&
                   prev_para_speaker >= 0 && s->unit <= prev_para + 1)
            {
              a.entity = prev_para_speaker;
              a.mention = prev_mention;
              rule = "prev-para-speaker";
            }
          else if (opens_paragraph (ctx, s) && s->prev_unit_first != NO_TOKEN)
            {
              Attribution b = { -1, { 0, 0 }, { 0, 0 }, FALSE };
              if (s->open_tok > 0 && tok_is_char (ctx, s->open_tok - 1, ':') &&
                  s->prev_unit_first != NO_TOKEN && s->open_tok - 1 >= s->prev_unit_first &&
                  attribute_intro (q, s->open_tok - 1, &b))
                {
                  a.entity = b.entity;
                  a.mention = b.mention;
                  rule = "prev-intro";
                }
              else if (attribute_paragraph (q, s->prev_unit_first, s->unit_first, &b))
                {
                  a.entity = b.entity;
                  a.mention = b.mention;
                  rule = "prev-paragraph";
                }
              else if (prev_unclosed && prev_para_speaker >= 0)
                {
                  a.entity = prev_para_speaker;
                  a.mention = prev_mention;
                  rule = "prev-unclosed";
                }
              else if (s->unit_first > s->prev_unit_first && s->prev_unit_first != NO_TOKEN &&
                       !in_span (q, dossier_context_token (ctx, s->unit_first - 1)->start))
                {
                  /* a quote paragraph after a paragraph about someone: that
                   * person, when the paragraph before names one first */
                  guint st = sentence_start_tok (ctx, s->unit_first - 1);
                  Np np;
                  st = MAX (st, s->prev_unit_first);
                  np = first_subject (q, st, s->unit_first);
                  if (np.type == NP_NAME)
                    {
                      int e = resolve_np (q, np, &b.mention);
                      if (e >= 0 &&
                          ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->kind == DOSSIER_ENTITY_PERSON)
                        {
                          a.entity = e;
                          a.mention = b.mention;
                          rule = "prev-subject";
                        }
                    }
                }
            }
        }

      guessed = FALSE;
      pronoun_found = a.found && a.entity < 0 && a.mention.end > a.mention.start &&
                      tok_at (ctx, a.mention.start) < ctx->tokens->len &&
                      is_pronoun (q, tok_at (ctx, a.mention.start));
      if (a.entity < 0 && (!a.found || pronoun_found))
        {
          DossierRange pronoun = a.mention;
          guessed = TRUE;
          /* nothing names the speaker: the one who spoke last, in this
           * paragraph or the one before, else the person named last before
           * the quote in them */
          if (q->last_speaker >= 0 && q->last_speaker_para + 1 >= s->paragraph)
            {
              a.entity = q->last_speaker;
              a.mention = q->last_speaker_mention;
              rule = pronoun_found ? "pron-last-speaker" : "guess-last-speaker";
            }
          else if (guess >= 0 && guess_para + 1 >= s->paragraph)
            {
              a.entity = guess;  /* quote paragraphs one after another */
              a.mention = guess_mention;
              rule = "guess-again";
            }
          else
            {
              guint m = dossier_context_mentions_before (ctx, s->start);
              guint para_lo = s->paragraph > 0 ? s->paragraph - 1 : 0;
              for (guint seen = 0; m-- > 0 && seen < 40; seen++)
                {
                  const DossierMention *mm = &g_array_index (ctx->mentions, DossierMention, m);
                  const DossierEntityInfo *info_e;
                  if (g_array_index (ctx->sentences, DossierSentence,
                                     byte_sentence (ctx, mm->start)).paragraph < para_lo)
                    break;
                  if (mm->entity < 0 || in_span (q, mm->start))
                    continue;
                  info_e = g_ptr_array_index (ctx->entities, mm->entity);
                  if (info_e->kind != DOSSIER_ENTITY_PERSON)
                    continue;
                  a.entity = mm->entity;
                  a.mention.start = mm->start;
                  a.mention.end = mm->end;
                  rule = "guess-person";
                  break;
                }
            }
          if (pronoun_found && a.entity >= 0)
            {
              /* ""…," he said" where no name before fits: the guess, named
               * by that pronoun */
              a.mention = pronoun;
              if (!range_has_mention (ctx, pronoun.start, pronoun.end))
                dossier_context_add_mention (ctx, pronoun.start, pronoun.end, a.entity, DOSSIER_MENTION_PRONOUN);
            }
        }

      info.start = s->start;
      info.end = s->end;
      info.kind = quote_kind (q, s);
      info.speaker = a.entity;
      info.speaker_mention = a.entity >= 0 ? a.mention : (DossierRange) { 0, 0 };
      if (a.found && a.entity < 0)
        info.speaker_mention = a.mention;
      info.cue = a.cue;
      g_array_append_val (ctx->quotes, info);
      if (debug)
        g_printerr ("QDBG %u %u %s%s\n", s->start, ctx->quotes->len - 1, rule,
                    a.entity >= 0 && a.mention.end > a.mention.start && is_pronoun (q, tok_at (ctx, a.mention.start)) ? "+pron" : "");

      sent_speaker = -1;
      if (a.entity >= 0 && before_found && s->close_tok != NO_TOKEN)
        {
          sent_speaker = a.entity;
          sent_mention = a.mention;
          sent_sentence = tok_sentence (ctx, s->close_tok);
        }
      if (a.entity >= 0 && guessed)
        {
          guess = a.entity;
          guess_para = s->paragraph;
          guess_mention = a.mention;
        }
      if (a.entity >= 0 && !guessed)
        {
          /* (a guess is nobody's cue for the quotes after it) */
          para_speaker = a.entity;
          para_mention = a.mention;
          q->last_speaker = a.entity;
          q->last_speaker_para = s->paragraph;
          q->last_speaker_mention = a.mention;
        }
      prev_unclosed = s->close_tok == NO_TOKEN;
    }

  /* fragments of one sentence joined by "and" or a comma share the
   * speaker named after the last one: X is "…" and "…," Jane Doe said */
  {
    guint out = ctx->quotes->len;
    const Span *next = NULL;
    for (guint k = q->spans->len; k-- > 0;)
      {
        Span *s = &g_array_index (q->spans, Span, k);
        gboolean joined = TRUE;

        if (s->drop)
          continue;
        out--;
        if (next && s->weak && next->after_cue && s->close_tok != NO_TOKEN &&
            next->open_tok > s->close_tok && next->open_tok - s->close_tok <= 4 &&
            tok_sentence (ctx, s->close_tok) == tok_sentence (ctx, next->open_tok))
          {
            for (guint j = s->close_tok + 1; j < next->open_tok && joined; j++)
              joined = tok_is_char (ctx, j, ',') || tok_is (ctx, j, "and") || tok_is (ctx, j, "or") ||
                       tok_is_mark (ctx, j);
            if (joined)
              {
                DossierQuoteInfo *info = &g_array_index (ctx->quotes, DossierQuoteInfo, out);
                const DossierQuoteInfo *next_info = &g_array_index (ctx->quotes, DossierQuoteInfo, out + 1);
                info->speaker = next_info->speaker;
                info->speaker_mention = next_info->speaker_mention;
                s->after_cue = TRUE;
                if (debug)
                  g_printerr ("QDBG %u %u joined\n", s->start, out);
              }
          }
        next = s;
      }
  }

  /* a quote that runs over several paragraphs is attributed at its end:
   * give the unclosed paragraphs before it the same speaker */
  {
    guint out = ctx->quotes->len;
    for (guint k = q->spans->len; k-- > 0;)
      {
        const Span *s = &g_array_index (q->spans, Span, k);
        const Span *next = NULL;
        DossierQuoteInfo *info, *next_info;

        if (s->drop)
          continue;
        out--;
        if (s->close_tok != NO_TOKEN || out + 1 >= ctx->quotes->len)
          continue;
        for (guint j = k + 1; j < q->spans->len; j++)
          if (!g_array_index (q->spans, Span, j).drop)
            {
              next = &g_array_index (q->spans, Span, j);
              break;
            }
        if (!next || next->unit != s->unit + 1 || !opens_paragraph (ctx, next))
          continue;
        info = &g_array_index (ctx->quotes, DossierQuoteInfo, out);
        next_info = &g_array_index (ctx->quotes, DossierQuoteInfo, out + 1);
        /* also over a guess: a paragraph with no cue of its own that only
         * took the speaker of the paragraph before */
        if ((info->speaker < 0 || (s->weak && !next->weak && info->cue.end <= info->cue.start)) &&
            next_info->speaker >= 0)
          {
            info->speaker = next_info->speaker;
            info->speaker_mention = next_info->speaker_mention;
            if (debug)
              g_printerr ("QDBG %u %u unclosed-next\n", s->start, out);
          }
      }
  }
}

void
dossier_quotes_run (DossierContext *ctx)
{
  DossierLexicon *lexicon = dossier_lexicon_get_default ();
  Quotes q = { 0, };

  g_return_if_fail (ctx != NULL);
  if (!ctx->tokens || ctx->tokens->len == 0 || !ctx->paragraphs || !ctx->sentences)
    return;

  q.ctx = ctx;
  q.verbs = dossier_lexicon_get_list (lexicon, "speech-verbs");
  q.nouns = dossier_lexicon_get_list (lexicon, "speech-nouns");
  q.pronouns = dossier_lexicon_get_list (lexicon, "pronouns");
  q.titles = dossier_lexicon_get_list (lexicon, "titles");
  {
    GHashTable *sets[4] = { q.verbs, q.nouns, q.pronouns, q.titles };
    class_table_init (sets);
    class_cache.ctx = ctx;
    class_cache.n = ctx->tokens->len;
    {
      guint size = 64;
      while (size < ctx->tokens->len && size < CLASS_CACHE_MAX)
        size *= 2;
      class_cache.mask = size - 1;
      class_cache.classes = g_new0 (ClassEntry, size);
    }
    memcpy (class_cache.sets, sets, sizeof sets);
  }
  /* (room for every key index_entity () sets: no growth, no second
   * table while the entities are indexed) */
  {
    guint n_keys = 0;
    for (guint e = 0; e < ctx->entities->len; e++)
      {
        const DossierEntityInfo *info = g_ptr_array_index (ctx->entities, e);
        if (info->name)
          n_keys += 1 + (info->kind == DOSSIER_ENTITY_PERSON) + (info->aliases ? info->aliases->len : 0);
      }
    name_table_init (&q.by_name, n_keys);
  }
  q.spans = g_array_new (FALSE, FALSE, sizeof (Span));
  q.last_speaker = -1;
  q.unit = 0;
  q.unit_first = NO_TOKEN;
  q.prev_unit_first = NO_TOKEN;

  for (guint e = 0; e < ctx->entities->len; e++)
    index_entity (&q, e);
  q.n_roles = ctx->entities->len;
  q.has_role = g_new0 (guint8, MAX (q.n_roles, 1));
  q.role_checked = g_new0 (guint, MAX (q.n_roles, 1));
  q.is_person = g_new (guint8, MAX (q.n_roles, 1));
  q.role_sig = g_new (guint64, MAX (q.n_roles, 1));
  for (guint e = 0; e < q.n_roles; e++)
    {
      const DossierEntityInfo *info = g_ptr_array_index (ctx->entities, e);
      q.has_role[e] = info->role != NULL;
      q.is_person[e] = info->kind == DOSSIER_ENTITY_PERSON;
      q.role_sig[e] = info->role ? role_signature (info->role) : 0;
    }
  q.n_siblings = ctx->entities->len * 2;
  q.siblings = g_new (int, MAX (q.n_siblings, 1));
  for (guint k = 0; k < q.n_siblings; k++)
    q.siblings[k] = -2;
  q.names_ran = ctx->mentions->len > 0;

  find_spans (&q);
  filter_spans (&q);
  attribute (&q);
  dossier_context_flush_mentions (ctx);

  g_array_unref (q.spans);
  g_free (q.by_name.slots);
  g_free (q.siblings);
  g_free (q.has_role);
  g_free (q.role_checked);
  g_free (q.is_person);
  g_free (q.role_sig);
  g_free (q.surnames.slots);
  g_free (q.surname_next);
  g_free (q.mention_start);
  g_free (q.mention_tok);
  g_clear_pointer (&class_cache.classes, g_free);
  memset (&class_cache, 0, sizeof class_cache);
}

