/* dossier-names.c — the names pass: proper names, their kind, alias clusters
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
 * 1. The tagger (dossier-names-tagger.c) finds name spans and their kind.
 * 2. Rules fix them up: titles before a person's name leave the mention
 *    (and become its title and role), hyphenated compounds of known names
 *    split (Israel-Hamas), demonyms and function words are dropped, an
 *    inline nickname joins its name (Benjamin "Bibi" Netanyahu), "X
 *    administration" and "Embassy in Y" make one organisation. Common
 *    English words (common-words.txt, from SCOWL) tell titles and terms
 *    (Pride and Prejudice, Reactive Oxygen Species) from names, and a word
 *    that opens a sentence from a name that does (Wikinews interviewed).
 * 3. Mentions cluster into entities: the same form in any case, surnames
 *    and shortened forms (Kirby, Sisi) with the nearest full name, acronyms
 *    (U.N.) with their expansion, nicknames from a list (Bibi).
 * 4. Titles used as names ("the president") and "the administration" are
 *    linked to the entity the article gave that title; missed occurrences
 *    of a known one-word form are added.
 */
#define G_LOG_DOMAIN "dossier-names"

#include "config.h"

#include <string.h>
#include <time.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <sys/resource.h>

#include "dossier-lexicon.h"
#include "dossier-names.h"
#include "dossier-names-tagger.h"

typedef struct
{
  guint            start;
  guint            end;
  guint            first;      /* tokens */
  guint            last;
  int              cluster;
  guint8           kind;       /* DossierNameKind */
  guint8           flags;      /* DossierMentionFlags */
  guint8           own_alias;  /* the alias is the form, not the text ("the president") */
  guint32          extra;      /* index + 1 into Names.extras, 0: none */
  const char      *form;       /* the name as a name: nickname left out */
} Cand;

/* What few mentions have, kept aside so that Cand stays small. */
typedef struct
{
  const char      *title;      /* nullable: "President" */
  const char      *role;       /* nullable */
  const char      *nickname;   /* nullable: inline nickname */
  gboolean         foreign;    /* the title is another country's ("Egyptian President") */
} Extra;

typedef struct
{
  int          parent;       /* union-find */
  guint        votes[5];
  guint        in_cues;      /* mentions after "in", "near": a place */
  guint        in_alone;     /* of them, before punctuation or a function word (in Tsimsha of the) */
  guint        addr_cues;    /* mentions in an address (in X, Y, Italy): a place */
  guint        list_org;     /* mentions in a list with a known organisation's name and no place's */
  guint        list_loc;     /* mentions in a list with a known place's name and no organisation's */
  guint8       list_same;    /* kind + 1 of all the other names of a list (Zeus, Hera, X and Athena) */
  guint        person_cues;  /* mentions with a title or a first name */
  const char  *best_form;
  guint        best_tokens;
  gboolean     best_caps;
  guint        first_tok;    /* + 1: the first token of its first mention */
  guint        of_person;    /* mentions after a person's name and "of": an affiliation */
  guint8       at_org;       /* a mention before "at" and an organisation's name (the X Program at Y University) */
  guint8       cited;        /* a mention is the surname of a citation line (London, Jack. White Fang) */
  guint8       crossed;      /* a mention after "across the", "crossing the": a place (the Channel) */
  guint8       outlet;       /* a mention before "newspaper" or after "told the": an outlet (the Sun newspaper) */
  guint8       described;    /* + 1: the kind a noun just before a mention gave ("the band X") */
  guint8       quoted;       /* a mention is all a quotation holds: a title ("Silent River") */
  guint8       after_a;      /* a mention after "a" or "an": a common noun's use (an Oath) */
  guint8       bare_mid;     /* a mention inside a sentence, not after "the" */
  guint8       binomial;     /* a mention of one word before a Latin species name (Formica fusca) */
  guint8       plural_pair;  /* one word named both in the singular and the plural (Polaroid, Polaroids) */
  guint8       et_al;        /* a mention before "et al.": an author */
  guint8       gov_cue;      /* "the X government": a leader's name */
  guint8       family;       /* "the Holms" after Peter Holm: a family */
  guint8       craft;        /* a mention before "spacecraft", after "a book called": a craft's or a work's name */
  guint8       titled;       /* a mention after a person's title (Mr. Trump) */
  guint        mid_sentence; /* mentions that do not open a sentence or a line */
  guint        after_the;    /* mentions after "the" */
  guint        multi;        /* mentions of several words */
  guint        multi_the;    /* of them, after "the" */
  guint8       prefix_of;    /* kind + 1 of a longer name it opens (Sandy Hook Elementary School) */
  guint8       pron_cues;    /* one-word mentions with he, his, she later in their clause (Cruz admitted his) */
  guint8       he_cues;      /* mentions whose clause goes on with he, his, himself first */
  guint8       she_cues;     /* with she, herself first */
} Cluster;

/* A string -> pointer map by the strings' bytes, open addressing (no
 * allocation a key: the keys are kept in a GStringChunk). */
typedef struct
{
  guint32     hash;
  guint32     len;
  const char *key;     /* NULL: a free slot */
  gpointer    value;
} StrSlot;

typedef struct
{
  StrSlot *slots;
  gsize    mask;
  gsize    count;
} StrMap;

#define SPAN_FNV_OFFSET 0xCBF29CE484222325ULL
#define SPAN_FNV_PRIME  0x100000001B3ULL

/* @h and the @len bytes at @s, eight at a time (the last ones in two
 * loads that may overlap, or the first, middle and last of three at most). */
static inline guint64
span_mix (guint64 h, const guchar *s, gsize len)
{
  guint64 w;

  h ^= (guint64) len << 56;
  for (; len >= 8; s += 8, len -= 8)
    {
      memcpy (&w, s, 8);
      h = (h ^ w) * SPAN_FNV_PRIME;
      h ^= h >> 29;
    }
  if (len >= 4)
    {
      guint32 a, b;
      memcpy (&a, s, 4);
      memcpy (&b, s + len - 4, 4);
      w = a | (guint64) b << 32;
    }
  else if (len > 0)
    w = s[0] | (guint) s[len >> 1] << 8 | (guint) s[len - 1] << 16;
  else
    w = 0;
  h = (h ^ w) * SPAN_FNV_PRIME;
  return h ^ (h >> 29);
}

/* The hash of the @len bytes at @s, for the StrMaps. */
static guint32
str_hash (const char *s, gsize len)
{
  guint64 h = span_mix (0x9E3779B97F4A7C15ULL, (const guchar *) s, len);

  return (guint32) (h ^ (h >> 32));
}

/* A power of two of at least @n and 64. */
static gsize
map_size (gsize n)
{
  gsize size = 64;

  while (size < n && size < (1u << 24))
    size *= 2;
  return size;
}

static void
str_map_init (StrMap *sm, gsize size)
{
  sm->slots = g_new0 (StrSlot, size);
  sm->mask = size - 1;
  sm->count = 0;
}

static void
str_map_clear (StrMap *sm)
{
  g_clear_pointer (&sm->slots, g_free);
}

/* The slot of [s, s + len) with hash @h: its own or the free one it
 * would take. */
static inline StrSlot *
str_map_slot (const StrMap *sm, const char *s, gsize len, guint32 h)
{
  gsize i = h & sm->mask;

  for (;; i = (i + 1) & sm->mask)
    {
      StrSlot *x = &sm->slots[i];
      if (x->key == NULL || (x->hash == h && x->len == len && memcmp (x->key, s, len) == 0))
        return x;
    }
}

/* Takes a free slot for a new key (the map grows first when half full). */
static StrSlot *
str_map_add_slot (StrMap *sm, const char *s, gsize len, guint32 h)
{
  if ((sm->count + 1) * 2 > sm->mask + 1)
    {
      StrMap bigger;
      str_map_init (&bigger, (sm->mask + 1) * 2);
      for (gsize j = 0; j <= sm->mask; j++)
        if (sm->slots[j].key != NULL)
          {
            const StrSlot *o = &sm->slots[j];
            *str_map_slot (&bigger, o->key, o->len, o->hash) = *o;
          }
      bigger.count = sm->count;
      str_map_clear (sm);
      *sm = bigger;
    }
  sm->count++;
  return str_map_slot (sm, s, len, h);
}

/* The slot of the NUL-terminated @key, added (value NULL, the key
 * pointer @key itself: the caller may put a copy of its own) when
 * it is not there yet (*@fresh TRUE). */
static StrSlot *
str_map_ensure (StrMap *sm, const char *key, gboolean *fresh)
{
  gsize len = strlen (key);
  guint32 h = str_hash (key, len);
  StrSlot *x = str_map_slot (sm, key, len, h);

  *fresh = x->key == NULL;
  if (*fresh)
    {
      x = str_map_add_slot (sm, key, len, h);
      x->hash = h;
      x->len = len;
      x->key = key;
      x->value = NULL;
    }
  return x;
}

/* The value of the NUL-terminated @key (NULL: none). */
static gpointer
str_map_lookup (const StrMap *sm, const char *key)
{
  gsize len = strlen (key);
  return str_map_slot (sm, key, len, str_hash (key, len))->value;
}

/* g_string_chunk_insert_const () of [s, s + len) (no NUL inside) by a
 * StrMap: the same text, the same pointer. */
static const char *
str_intern (StrMap *sm, GStringChunk *chunk, const char *s, gsize len)
{
  guint32 h = str_hash (s, len);
  StrSlot *x = str_map_slot (sm, s, len, h);

  if (x->key != NULL)
    return x->key;
  x = str_map_add_slot (sm, s, len, h);
  x->hash = h;
  x->len = len;
  x->key = g_string_chunk_insert_len (chunk, s, len);
  x->value = (gpointer) x->key;
  return x->key;
}

typedef struct
{
  const char **keys;
  guint32     *values;
  gsize        mask;
  gsize        count;
} PtrMap;

static inline gsize
ptr_slot (const PtrMap *pm, const char *key)
{
  guint64 h = (guint64) (guintptr) key * 0x9E3779B97F4A7C15ULL;
  gsize i = (gsize) (h >> 32) & pm->mask;
  while (pm->keys[i] != NULL && pm->keys[i] != key)
    i = (i + 1) & pm->mask;
  return i;
}

static void
ptr_map_init (PtrMap *pm, gsize size)
{
  pm->keys = g_new0 (const char *, size);
  pm->values = g_new0 (guint32, size);
  pm->mask = size - 1;
  pm->count = 0;
}

static void
ptr_map_clear (PtrMap *pm)
{
  g_clear_pointer (&pm->keys, g_free);
  g_clear_pointer (&pm->values, g_free);
}

/* The value of @key (0: none). */
static inline guint32
ptr_map_get (const PtrMap *pm, const char *key)
{
  gsize i = ptr_slot (pm, key);
  return pm->keys[i] == key ? pm->values[i] : 0;
}

static void
ptr_map_set (PtrMap *pm, const char *key, guint32 value)
{
  gsize i;

  if ((pm->count + 1) * 2 > pm->mask + 1)
    {
      PtrMap bigger;
      ptr_map_init (&bigger, (pm->mask + 1) * 2);
      for (gsize j = 0; j <= pm->mask; j++)
        if (pm->keys[j] != NULL)
          {
            gsize k = ptr_slot (&bigger, pm->keys[j]);
            bigger.keys[k] = pm->keys[j];
            bigger.values[k] = pm->values[j];
          }
      bigger.count = pm->count;
      ptr_map_clear (pm);
      *pm = bigger;
    }
  i = ptr_slot (pm, key);
  if (pm->keys[i] == NULL)
    {
      pm->keys[i] = key;
      pm->count++;
    }
  pm->values[i] = value;
}

typedef struct
{
  DossierContext *ctx;
  const DossierToken *tokens;
  guint           n_tokens;
  GArray         *cands;     /* Cand */
  guint           cands_room; /* the room reserved in cands when it was made */
  GArray         *clusters;  /* Cluster */
  GStringChunk   *strings;
  StrMap          interned;  /* the forms in strings (chunk_tokens () ...) */
  StrMap          by_form;   /* folded form -> cluster + 1 */
  GString        *scratch;
  GArray         *extras;    /* Extra */
  guint32        *caps;      /* the capitalised tokens, in order */
  guint           n_caps;
  guint32        *of_heads;  /* capitalised tokens before a short o/f word (of, for, on) */
  guint           n_of_heads;
  guint32        *the_words; /* "the" (any case) before a lower-case word */
  guint           n_the_words;
  guint32        *loose;     /* the capitalised tokens no span of the tagger's holds */
  guint           n_loose;
  struct FormWords *words_cache; /* WORDS_CACHE recent form_words () */
  guint32        *title_token; /* BITS_CACHE recent first words of title_at (): token + 1 */
  guint32        *title_value;  /* their bits, 1 << 31: a title starts with the word */
  guint32        *bits_token; /* BITS_CACHE recent tok_bits (): token + 1 */
  guint32        *bits_value;
  guint8         *lexbits;    /* per token: the tagger's index into lexbits_of */
  guint16         lexbits_of[256]; /* the tagger's DOSSIER_NAMES_BITS_* by index */
  guint           title_line;  /* title_case_line (): first token + 1 of the line last asked */
  gboolean        title_line_is;
  gsize           opener_budget;  /* bytes lower_nearby () may still read for fix_spans () */
} Names;

/* The tagger's DOSSIER_NAMES_BITS_* of token @i (KNOWN unset: work them out). */
#define LEXBITS(nm, i) ((nm)->lexbits_of[(nm)->lexbits[i]])

static const Extra no_extra = { NULL, NULL, NULL, FALSE };

static gboolean names_other (const char *form, guint words, DossierNameKind kind);
static void compact_cands (Names *nm, guint from);

static const Extra *
extra_get (Names *nm, const Cand *c)
{
  return c->extra ? &g_array_index (nm->extras, Extra, c->extra - 1) : &no_extra;
}

static Extra *
extra_set (Names *nm, Cand *c)
{
  if (c->extra == 0)
    {
      Extra e = { NULL, NULL, NULL, FALSE };
      g_array_append_val (nm->extras, e);
      c->extra = nm->extras->len;
    }
  return &g_array_index (nm->extras, Extra, c->extra - 1);
}

/* ---- small helpers ------------------------------------------------------ */

static inline const DossierToken *
tok (Names *nm, guint i)
{
  return &nm->tokens[i];
}

/* g_ascii_tolower () without the call. */
static inline char
ascii_lower (char c)
{
  return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

/* memcmp (@a, @b, @len) == 0, a word of sixteen bytes at most without a
 * call (two loads each, that may overlap; no byte outside the two). */
static inline gboolean
bytes_equal (const char *a, const char *b, gsize len)
{
  if (len >= 8 && len <= 16)
    {
      guint64 a0, a1, b0, b1;
      memcpy (&a0, a, 8);
      memcpy (&b0, b, 8);
      memcpy (&a1, a + len - 8, 8);
      memcpy (&b1, b + len - 8, 8);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
  if (len >= 4 && len < 8)
    {
      guint32 a0, a1, b0, b1;
      memcpy (&a0, a, 4);
      memcpy (&b0, b, 4);
      memcpy (&a1, a + len - 4, 4);
      memcpy (&b1, b + len - 4, 4);
      return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
  if (len < 4)
    {
      for (gsize k = 0; k < len; k++)
        if (a[k] != b[k])
          return FALSE;
      return TRUE;
    }
  return memcmp (a, b, len) == 0;
}

/* Is token @i the word @s (ASCII case ignored)? The length is compared
 * first: tok_is () with a literal costs no strlen (). */
static inline gboolean
tok_is_len (Names *nm, guint i, const char *s, gsize len)
{
  const DossierToken *t = &nm->tokens[i];
  const char *p;

  if (t->end - t->start != len)
    return FALSE;
  p = nm->ctx->text + t->start;
  for (gsize k = 0; k < len; k++)
    if (ascii_lower (p[k]) != ascii_lower (s[k]))
      return FALSE;
  return TRUE;
}

#define tok_is(nm, i, s) tok_is_len ((nm), (i), (s), strlen (s))

/* What tok_is_one_of () keeps of a list of words: the words (as bits)
 * by their first byte in lower case, and by their lengths (< 32). */
typedef struct
{
  gsize   ready;
  guint64 by_first[256];
  guint64 by_len[32];
  gboolean longer;   /* an empty word, one of 32 bytes or more, more than 64 words: no filter */
} WordList;

/* Is token @i one of the @n_words @words (ASCII case ignored)? A token
 * that no word's first byte and length fit is told without comparing. */
static gboolean
tok_is_one_of (Names *nm, guint i, const char * const *words, guint n_words, WordList *wl)
{
  const DossierToken *t = &nm->tokens[i];
  gsize tl = t->end - t->start;

  guint64 cand;

  if (g_once_init_enter (&wl->ready))
    {
      for (guint k = 0; k < n_words; k++)
        {
          gsize l = strlen (words[k]);
          if (l == 0 || l >= 32 || n_words > 64)
            wl->longer = TRUE;
          else
            {
              wl->by_first[(guchar) ascii_lower (words[k][0])] |= G_GUINT64_CONSTANT (1) << k;
              wl->by_len[l] |= G_GUINT64_CONSTANT (1) << k;
            }
        }
      g_once_init_leave (&wl->ready, 1);
    }
  if (wl->longer)
    {
      for (guint k = 0; k < n_words; k++)
        if (tok_is_len (nm, i, words[k], strlen (words[k])))
          return TRUE;
      return FALSE;
    }
  if (tl == 0 || tl >= 32)
    return FALSE;
  cand = wl->by_first[(guchar) ascii_lower (nm->ctx->text[t->start])] & wl->by_len[tl];
  for (; cand != 0; cand &= cand - 1)
    if (tok_is_len (nm, i, words[__builtin_ctzll (cand)], tl))
      return TRUE;
  return FALSE;
}

/* dossier_lexicon_get_list () of the default lexicon, kept at the call site. */
#define LEX_TABLE(list)                                                             \
  ({                                                                                \
    static GHashTable *lex_table_;                                                  \
    if (g_once_init_enter (&lex_table_))                                            \
      g_once_init_leave (&lex_table_,                                               \
                         dossier_lexicon_get_list (dossier_lexicon_get_default (), (list))); \
    lex_table_;                                                                     \
  })

/* A list's table and a filter of 4096 bits that tells most words the
 * list lacks without hashing them: a bit by a word's length and first,
 * middle and last bytes (no filter for a long list: its bits would all
 * be set). */
typedef struct
{
  GHashTable *table;
  gboolean    all;
  guint64     bits[64];
} LexFilter;

static inline guint
lex_filter_bit (const char *s, gsize len)
{
  guint x = (guchar) s[0] | (guint) (guchar) s[len - 1] << 8 | (guint) (guchar) s[len >> 1] << 16 |
            (guint) MIN (len, 255) << 24;
  return (x * 0x9E3779B1u) >> 20;
}

static LexFilter *
lex_filter_new (GHashTable *table)
{
  LexFilter *f = g_new0 (LexFilter, 1);
  GHashTableIter iter;
  gpointer key;

  f->table = table;
  f->all = g_hash_table_size (table) > 1024;
  if (f->all)
    return f;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gsize len = strlen (key);
      guint b;
      if (len == 0)
        {
          f->all = TRUE;  /* (an empty word: no filter) */
          break;
        }
      b = lex_filter_bit (key, len);
      f->bits[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
    }
  return f;
}

/* dossier_lexicon_table_lookup () on the filter's table: NULL at once for most words
 * it lacks. */
static inline const char *
lex_filter_lookup (const LexFilter *f, const char *key, gssize len)
{
  gsize n;
  guint b;

  if (len >= 256)
    return NULL;
  if (f->all)
    return dossier_lexicon_table_lookup (f->table, key, len);
  /* the word as the table would see it: up to a NUL */
  n = len < 0 ? strlen (key) : strnlen (key, len);
  if (n == 0)
    return dossier_lexicon_table_lookup (f->table, key, len);
  b = lex_filter_bit (key, n);
  if (!(f->bits[b >> 6] & (G_GUINT64_CONSTANT (1) << (b & 63))))
    return NULL;
  return dossier_lexicon_table_lookup (f->table, key, len);
}

/* The LexFilter of a list, kept at the call site. */
#define LEX_FILTER(list)                                                            \
  ({                                                                                \
    static LexFilter *lex_filter_;                                                  \
    if (g_once_init_enter (&lex_filter_))                                           \
      g_once_init_leave (&lex_filter_, lex_filter_new (LEX_TABLE (list)));          \
    lex_filter_;                                                                    \
  })

#define LEX_LOOKUP(list, key, len) lex_filter_lookup (LEX_FILTER (list), (key), (len))

#define BITS_CACHE 1024

/* tok_bits () of a token the tagger left (the recent ones are kept). */
static guint
tok_bits_slow (Names *nm, guint i)
{
  const DossierToken *t;
  guint end, slot = i & (BITS_CACHE - 1);

  if (nm->bits_token[slot] == i + 1)
    return nm->bits_value[slot];
  t = tok (nm, i);
  end = dossier_names_stem_end (nm->ctx, t);
  nm->bits_token[slot] = i + 1;
  nm->bits_value[slot] = dossier_names_lexicon_bits (nm->ctx->text + t->start, end - t->start);
  return nm->bits_value[slot];
}

/* The lexicon bits of token @i (the rules ask for the same few tokens
 * again and again: the tagger's, inline). */
static inline guint
tok_bits (Names *nm, guint i)
{
  guint b = LEXBITS (nm, i);

  if (b & DOSSIER_NAMES_BITS_KNOWN)
    return b & DOSSIER_NAMES_BITS_LEX;
  return tok_bits_slow (nm, i);
}

static gboolean
is_lower_word (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  return (t->flags & DOSSIER_TOKEN_WORD) && !(t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_NUMBER));
}

static inline gboolean
same_line (Names *nm, guint a, guint b)
{
  guint end;

  if (nm->n_tokens == 0)
    return TRUE;
  end = MIN (b, nm->n_tokens - 1);
  for (guint i = a + 1; i <= end; i++)
    if (nm->tokens[i].flags & DOSSIER_TOKEN_LINE_START)
      return FALSE;
  return TRUE;
}

/* The lexicon bits of a phrase given as text. */
static guint
phrase_bits (const char *s, gsize len)
{
  return dossier_names_lexicon_bits (s, len);
}

/* The interned copy of @s (g_string_chunk_insert_const ()). */
static const char *
intern (Names *nm, const char *s)
{
  return str_intern (&nm->interned, nm->strings, s, strlen (s));
}

/* The cluster + 1 of the folded form @key (NULL: none). */
static gpointer
by_form_lookup (Names *nm, const char *key)
{
  return str_map_lookup (&nm->by_form, key);
}

/* by_form_lookup (), and the map's own copy of @key in @stored (NULL:
 * none). */
static gpointer
by_form_find (Names *nm, const char *key, const char **stored)
{
  gsize len = strlen (key);
  const StrSlot *x = str_map_slot (&nm->by_form, key, len, str_hash (key, len));

  *stored = x->key;
  return x->value;
}

/* Adds the folded form @key (not there yet), cluster + 1 @value; returns
 * the map's copy of @key (it stays put). */
static const char *
by_form_add (Names *nm, const char *key, gpointer value)
{
  gsize len = strlen (key);
  guint32 h = str_hash (key, len);
  StrSlot *x = str_map_add_slot (&nm->by_form, key, len, h);

  x->hash = h;
  x->len = len;
  x->key = g_string_chunk_insert_len (nm->strings, key, len);
  x->value = value;
  return x->key;
}

static const char *
chunk_range (Names *nm, guint start, guint end)
{
  if (end - start < 256)
    {
      char buf[256];
      memcpy (buf, nm->ctx->text + start, end - start);
      buf[end - start] = '\0';
      return intern (nm, buf);
    }
  g_string_truncate (nm->scratch, 0);
  g_string_append_len (nm->scratch, nm->ctx->text + start, end - start);
  return intern (nm, nm->scratch->str);
}

/* The text of tokens [first, last] with single spaces, stems for the last. */
static const char *
chunk_tokens (Names *nm, guint first, guint last, guint skip_from, guint skip_to)
{
  GString *s = nm->scratch;
  char buf[256];
  gsize n = 0;

  /* a short text in a buffer on the stack */
  for (guint i = first; i <= last; i++)
    {
      const DossierToken *t = tok (nm, i);
      guint end = i == last ? dossier_names_stem_end (nm->ctx, t) : t->end;
      gboolean space;
      if (i >= skip_from && i <= skip_to)
        continue;
      space = n > 0 && (t->flags & DOSSIER_TOKEN_SPACE_BEFORE || (t->flags & DOSSIER_TOKEN_LINE_START));
      if (n + space + (end - t->start) >= sizeof buf)
        break;
      if (space)
        buf[n++] = ' ';
      memcpy (buf + n, nm->ctx->text + t->start, end - t->start);
      n += end - t->start;
      if (i == last)
        {
          buf[n] = '\0';
          return intern (nm, buf);
        }
    }
  if (first > last)
    return intern (nm, "");

  g_string_truncate (s, 0);
  for (guint i = first; i <= last; i++)
    {
      const DossierToken *t = tok (nm, i);
      guint end = i == last ? dossier_names_stem_end (nm->ctx, t) : t->end;
      if (i >= skip_from && i <= skip_to)
        continue;
      if (s->len > 0 && (t->flags & DOSSIER_TOKEN_SPACE_BEFORE || (t->flags & DOSSIER_TOKEN_LINE_START)))
        g_string_append_c (s, ' ');
      g_string_append_len (s, nm->ctx->text + t->start, end - t->start);
    }
  return intern (nm, s->str);
}

/* Casefolds @s without its periods into @buf (so U.S. = US, WASHINGTON =
 * Washington); FALSE when it is not ASCII or does not fit. */
static gboolean
fold_into (const char *s, char *buf, gsize size)
{
  const guchar *p = (const guchar *) s;
  char *out = buf, *stop = buf + size - 1;
  gsize len = strlen (s);

  /* eight bytes at a time while they are ASCII letters and signs without
   * a period (a text shorter than @buf: no byte can overflow it) */
  if (len + 1 < size)
    {
      const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101), highs = ones * 0x80;
      const guchar *end = p + len;
      while (end - p >= 8)
        {
          guint64 w, low, upper, dot;
          memcpy (&w, p, 8);
          dot = w ^ (ones * '.');
          if ((w & highs) || ((dot - ones) & ~dot & highs))
            break;
          /* the bytes A-Z: 0x80 in their high bits (they are all ASCII) */
          low = w & ~highs;
          upper = (low + ones * (0x80 - 'A')) & ~(low + ones * (0x80 - 'Z' - 1)) & highs;
          w |= upper >> 2;
          memcpy (out, &w, 8);
          out += 8;
          p += 8;
        }
    }
  for (guchar c = *p; c != 0; c = *++p)
    {
      if (G_UNLIKELY (c >= 0x80))
        {
          if (c == 0xE2 && p[1] == 0x80 && (p[2] == 0x99 || p[2] == 0x98))
            {
              c = '\'';
              p += 2;
            }
          else
            return FALSE;
        }
      if (G_UNLIKELY (out >= stop))
        return FALSE;
      /* a letter's lower case without a branch; periods left out */
      *out = (char) (c | ((guint) (c - 'A') < 26u) << 5);
      out += c != '.';
    }
  *out = '\0';
  return TRUE;
}

static char *
fold (const char *s)
{
  char buf[128];
  char *f, *w;

  if (fold_into (s, buf, sizeof buf))
    return g_strdup (buf);
  f = g_utf8_casefold (s, -1);
  w = f;
  for (char *r = f; *r; r++)
    if (*r != '.')
      *w++ = *r;
  *w = '\0';
  return f;
}

/* fold () of @s into @buf when it fits (no allocation), else into a new
 * string in *@tmp (g_free ()d by the caller). */
static const char *
fold_buf (const char *s, char *buf, gsize size, char **tmp)
{
  if (fold_into (s, buf, size))
    return buf;
  *tmp = fold (s);
  return *tmp;
}

static gboolean
is_all_caps (const char *s)
{
  guint letters = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c;
      if ((guchar) *p < 0x80)
        {
          /* ASCII without the calls */
          if (*p >= 'a' && *p <= 'z')
            return FALSE;
          if (*p >= 'A' && *p <= 'Z')
            letters++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_isalpha (c))
        {
          letters++;
          if (!g_unichar_isupper (c))
            return FALSE;
        }
    }
  return letters >= 2;
}

static guint
count_words (const char *s)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101), low7 = ones * 0x7F;
  gsize len = strlen (s), k = 0;
  guint n = 1;

  /* the spaces of eight bytes at a time: a byte of x is 0 at a space, and
   * the high bit of t is 0 only there (no carry between the bytes) */
  for (; k + 8 <= len; k += 8)
    {
      guint64 x, t;
      memcpy (&x, s + k, 8);
      x ^= ones * ' ';
      t = ((x & low7) + low7) | x;
      n += (guint) ((((~t & ~low7) >> 7) * ones) >> 56);
    }
  for (; k < len; k++)
    n += s[k] == ' ';
  return n;
}

/* count_words () of an interned form, the recent ones kept by their
 * pointer (the loops over the mentions meet the same forms again and
 * again, and need not read their text). */
#define WORDS_CACHE 8192

typedef struct FormWords
{
  const char *form;
  guint       words;
} FormWords;

static inline guint
form_words (Names *nm, const char *form)
{
  guint64 h = (guint64) (guintptr) form * 0x9E3779B97F4A7C15ULL;
  FormWords *fw = &nm->words_cache[(h >> 40) & (WORDS_CACHE - 1)];

  if (fw->form != form)
    {
      fw->form = form;
      fw->words = count_words (form);
    }
  return fw->words;
}

static const char *
last_word (const char *s)
{
  const char *sp = strrchr (s, ' ');
  return sp ? sp + 1 : s;
}

static char *
title_case (const char *s)
{
  GString *out;
  gboolean start = TRUE;
  gsize n = 0;

  /* ASCII (most names): byte by byte, the same rules */
  while (s[n] != '\0' && (guchar) s[n] < 0x80)
    n++;
  if (s[n] == '\0')
    {
      char *r = g_malloc (n + 1);
      for (gsize k = 0; k < n; k++)
        {
          char c = s[k];
          r[k] = start ? c : ascii_lower (c);
          start = !g_ascii_isalpha (c) && c != '\'';
        }
      r[n] = '\0';
      return r;
    }
  out = g_string_new (NULL);
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      start = !g_unichar_isalpha (c) && c != '\'';
    }
  return g_string_free (out, FALSE);
}

/* ---- rules over the tagger's spans -------------------------------------- */

/* The loops over the mentions read a few tokens around each, and its text,
 * spread over the whole (large) token array: those of the mention
 * PREFETCH_AHEAD further on are fetched from memory meanwhile (the tokens
 * first, their text when the tokens have come). */
#define PREFETCH_AHEAD 8
/* (for the loops with a short body over all the mentions: the reads are
 * asked for that much earlier to have come when they are needed) */
#define PREFETCH_FAR 32

static inline void
prefetch_tokens (Names *nm, guint first)
{
  if (first < nm->n_tokens)
    {
      __builtin_prefetch (&nm->tokens[first >= 3 ? first - 3 : 0]);
      __builtin_prefetch (&nm->tokens[first]);
      __builtin_prefetch (&nm->tokens[MIN (first + 4, nm->n_tokens - 1)]);
    }
}

static inline void
prefetch_text (Names *nm, guint first)
{
  if (first < nm->n_tokens)
    __builtin_prefetch (nm->ctx->text + nm->tokens[first].start);
}

/* The same for the loops over the capitalised words. */
static inline void
prefetch_caps (Names *nm, guint ci)
{
  if (ci + 2 * PREFETCH_AHEAD < nm->n_caps)
    __builtin_prefetch (&nm->tokens[nm->caps[ci + 2 * PREFETCH_AHEAD]]);
  if (ci + PREFETCH_AHEAD < nm->n_caps)
    prefetch_text (nm, nm->caps[ci + PREFETCH_AHEAD]);
}

static void
add_cand (Names *nm, guint first, guint last, DossierNameKind kind)
{
  Cand c = { 0 };

  c.first = first;
  c.last = last;
  c.start = tok (nm, first)->start;
  c.end = dossier_names_stem_end (nm->ctx, tok (nm, last));
  c.kind = kind;
  c.cluster = -1;
  /* (straight into the room reserved, without a call: the rules add
   * hundreds of thousands; the array never has less room than that) */
  if (nm->cands->len < nm->cands_room)
    ((Cand *) (void *) nm->cands->data)[nm->cands->len++] = c;
  else
    g_array_append_val (nm->cands, c);
}

/* A title of one to three words at tokens [i, …] (Prime Minister, Mr.): its
 * last token, or -1. (title_at () tells inline a word the tagger knows
 * that starts no title of several words.) */
static G_GNUC_NO_INLINE int
title_at_words (Names *nm, guint i, guint limit)
{
  char buf[128];
  int best = -1;
  gsize len = 0;

  for (guint j = i; j <= limit && j < i + 3; j++)
    {
      const DossierToken *t = tok (nm, j);
      gsize tl = t->end - t->start;
      if (!(t->flags & DOSSIER_TOKEN_WORD) || len + tl + 2 >= sizeof buf)
        break;
      if (j > i)
        {
          buf[len++] = ' ';
          memcpy (buf + len, nm->ctx->text + t->start, tl);
          len += tl;
          if (phrase_bits (buf, len) & DOSSIER_LEX_TITLE)
            best = (int) j;
        }
      else
        {
          /* the word's bits and whether a title of several words starts
           * with it, by one hash (the recent tokens' kept); the word is
           * copied only when it is looked up or a longer title may follow */
          gboolean starts;
          guint slot = i & (BITS_CACHE - 1), bits;
          if ((LEXBITS (nm, i) & DOSSIER_NAMES_BITS_KNOWN) && dossier_names_stem_end (nm->ctx, t) == t->end)
            {
              /* the tagger's (its stem is the whole word) */
              bits = LEXBITS (nm, i) & DOSSIER_NAMES_BITS_LEX;
              starts = (LEXBITS (nm, i) & DOSSIER_NAMES_BITS_TITLE_START) != 0;
              if (starts)
                {
                  memcpy (buf, nm->ctx->text + t->start, tl);
                  len = tl;
                }
            }
          else if (nm->title_token[slot] == i + 1)
            {
              bits = nm->title_value[slot] & ~(1u << 31);
              starts = (nm->title_value[slot] >> 31) != 0;
              if (starts)
                {
                  memcpy (buf, nm->ctx->text + t->start, tl);
                  len = tl;
                }
            }
          else
            {
              memcpy (buf, nm->ctx->text + t->start, tl);
              len = tl;
              bits = dossier_names_lexicon_bits_title (buf, len, &starts);
              nm->title_token[slot] = i + 1;
              nm->title_value[slot] = bits | (starts ? 1u << 31 : 0);
            }
          if (bits & DOSSIER_LEX_TITLE)
            best = (int) j;
          /* a word no title of several words starts with: no longer one */
          if (!starts)
            break;
        }
    }
  return best;
}

static inline int
title_at (Names *nm, guint i, guint limit)
{
  const DossierToken *t = tok (nm, i);
  guint lb;

  if (i > limit || !(t->flags & DOSSIER_TOKEN_WORD))
    return -1;
  lb = LEXBITS (nm, i);
  /* (128: the buffer of title_at_words (), that a longer word stops) */
  if ((lb & DOSSIER_NAMES_BITS_KNOWN) && !(lb & DOSSIER_NAMES_BITS_TITLE_START) && t->end - t->start + 2 < 128 &&
      dossier_names_stem_end (nm->ctx, t) == t->end)
    return (lb & DOSSIER_NAMES_BITS_LEX & DOSSIER_LEX_TITLE) ? (int) i : -1;
  return title_at_words (nm, i, limit);
}

/* May a title of several words start at token @i? FALSE when it is no
 * word or the tagger's bits of the word say none does. */
static inline gboolean
title_may_start (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);

  if (!(t->flags & DOSSIER_TOKEN_WORD))
    return FALSE;
  return !(LEXBITS (nm, i) & DOSSIER_NAMES_BITS_KNOWN) || dossier_names_stem_end (nm->ctx, t) != t->end ||
         (LEXBITS (nm, i) & DOSSIER_NAMES_BITS_TITLE_START) != 0;
}

static gboolean
is_known_name (guint bits)
{
  return (bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG)) != 0;
}

static DossierNameKind
kind_of_bits (guint bits, DossierNameKind fallback)
{
  if (bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE))
    return DOSSIER_NAME_LOC;
  if (bits & DOSSIER_LEX_ORG)
    return DOSSIER_NAME_ORG;
  return fallback;
}

/* Israel-Hamas: a token whose hyphenated parts are known names gives one
 * mention per part. Returns TRUE when it split. (split_hyphenated () tells
 * a token without a hyphen inline.) */
static G_GNUC_NO_INLINE gboolean
split_hyphenated_parts (Names *nm, guint i, DossierNameKind kind)
{
  const DossierToken *t = tok (nm, i);
  const char *text = nm->ctx->text;
  guint end = dossier_names_stem_end (nm->ctx, t);
  guint starts[8], ends[8], n = 0, known = 0;
  guint p = t->start;

  if (!(t->flags & DOSSIER_TOKEN_HYPHENATED))
    return FALSE;
  while (p < end && n < 8)
    {
      guint q = p;
      while (q < end && text[q] != '-')
        q++;
      starts[n] = p;
      ends[n] = q;
      n++;
      p = q + 1;
    }
  if (n < 2 || p < end)
    return FALSE;
  /* (R-Texas), (D-Ohio): a legislator's party and state name nothing */
  if (n == 2 && ends[0] - starts[0] == 1 && (text[starts[0]] == 'R' || text[starts[0]] == 'D') &&
      kind != DOSSIER_NAME_PER && (phrase_bits (text + starts[1], ends[1] - starts[1]) & DOSSIER_LEX_STATE))
    return TRUE;
  /* Pro-Beijing, Anti-Kremlin: a stance, like a demonym, names nothing */
  {
    static const char * const prefixes[] = { "pro", "anti", "non", "neo", "pan", "ex", "post", "pre" };
    gsize pl = ends[0] - starts[0];
    for (guint k = 0; k < G_N_ELEMENTS (prefixes); k++)
      if (strlen (prefixes[k]) == pl && g_ascii_strncasecmp (text + starts[0], prefixes[k], pl) == 0)
        return kind != DOSSIER_NAME_PER && n == 2 &&
               is_known_name (phrase_bits (text + starts[1], ends[1] - starts[1]));
  }
  for (guint k = 0; k < n; k++)
    {
      gunichar c = g_utf8_get_char (text + starts[k]);
      if (!g_unichar_isupper (c) || ends[k] - starts[k] < 2)
        return FALSE;
      if (is_known_name (phrase_bits (text + starts[k], ends[k] - starts[k])))
        known++;
    }
  if (known == 0)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      guint bits = phrase_bits (text + starts[k], ends[k] - starts[k]);
      Cand c = { 0 };
      if (bits & DOSSIER_LEX_DEMONYM)
        continue;
      c.first = c.last = i;
      c.start = starts[k];
      c.end = ends[k];
      c.kind = kind_of_bits (bits, kind == DOSSIER_NAME_MISC ? DOSSIER_NAME_LOC : kind);
      c.cluster = -1;
      g_array_append_val (nm->cands, c);
    }
  return TRUE;
}

static inline gboolean
split_hyphenated (Names *nm, guint i, DossierNameKind kind)
{
  return (tok (nm, i)->flags & DOSSIER_TOKEN_HYPHENATED) && split_hyphenated_parts (nm, i, kind);
}

static gboolean is_role_word (Names *nm, guint i);

/* Words that stop the search for a role before a name. */
static gboolean
role_stop (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  static const char * const stops[] = { "the", "a", "an", "and", "or", "to", "by", "with", "for",
                                         "said", "says", "told", "from", "at", "in", "on", "as", "that",
                                         "who", "when", "while", "but", "his", "her", "their", "its",
                                         "is", "was", "are", "were", "has", "had", "have", "will",
                                         "would", "about", "after", "before", "than", "like", "asked" };
  static guint8 stop_len[G_N_ELEMENTS (stops)];
  static guint32 stop_firsts[8];  /* by length: the stops' first letters (bit c - 'a') */
  static gsize stop_len_set;
  gsize tl = t->end - t->start;
  char c0;

  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_NUMBER))
    return TRUE;
  /* the stops' lengths, worked out once: most are told apart by their
   * length and first letter alone */
  if (g_once_init_enter (&stop_len_set))
    {
      for (guint k = 0; k < G_N_ELEMENTS (stops); k++)
        {
          stop_len[k] = (guint8) strlen (stops[k]);
          stop_firsts[stop_len[k]] |= 1u << (stops[k][0] - 'a');
        }
      g_once_init_leave (&stop_len_set, 1);
    }
  c0 = ascii_lower (nm->ctx->text[t->start]);
  /* (most words are told by their length and first letter: no loop) */
  if (tl < G_N_ELEMENTS (stop_firsts) && (guchar) (c0 - 'a') < 26 && ((stop_firsts[tl] >> (c0 - 'a')) & 1))
    for (guint k = 0; k < G_N_ELEMENTS (stops); k++)
      if (stop_len[k] == tl && stops[k][0] == c0 && tok_is_len (nm, i, stops[k], tl))
        return TRUE;
  if ((t->flags & DOSSIER_TOKEN_CAPITALIZED) && (tok_bits (nm, i) & DOSSIER_LEX_STOPWORD))
    return TRUE;
  if (!(t->flags & DOSSIER_TOKEN_CAPITALIZED) && !is_role_word (nm, i))
    {
      /* a lower-case word: only the words that make up roles */
      char buf[32];
      gsize len = t->end - t->start;
      if (len >= sizeof buf)
        return TRUE;
      memcpy (buf, nm->ctx->text + t->start, len);
      buf[len] = '\0';
      return !(LEX_LOOKUP ("role-modifiers", buf, -1) != NULL);
    }
  return FALSE;
}

static inline gboolean
is_role_word (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  char buf[64];
  gsize len = t->end - t->start;
  guint bits;

  if (len >= sizeof buf)
    return FALSE;
  bits = tok_bits (nm, i);
  if (bits & (DOSSIER_LEX_TITLE | DOSSIER_LEX_ROLE))
    return TRUE;
  /* the tagger's bits hold the word in lower case when it is its stem */
  if ((LEXBITS (nm, i) & DOSSIER_NAMES_BITS_KNOWN) && dossier_names_stem_end (nm->ctx, t) == t->end)
    return (LEXBITS (nm, i) & DOSSIER_NAMES_BITS_LOWER_ROLE) != 0;
  for (gsize k = 0; k < len; k++)
    buf[k] = ascii_lower (nm->ctx->text[t->start + k]);
  return (dossier_names_lexicon_bits (buf, len) & DOSSIER_LEX_ROLE) != 0;
}

/* The role before the name that starts at token @first: "White House
 * national security spokesperson", "Egyptian President". (find_role ()
 * tells inline the names after no role word.) */
static G_GNUC_NO_INLINE void
find_role_words (Names *nm, Cand *c, guint first, guint floor)
{
  guint i = first, from;
  gboolean foreign = FALSE;
  /* (a token of [j + 1, first] opens a sentence: j is in an earlier one;
   * every sentence's first token has the flag, the sentences cover the
   * tokens) */
  guint crossed;

  if (first == 0 || !is_role_word (nm, first - 1) || !same_line (nm, first - 1, first) ||
      (floor != G_MAXUINT && first - 1 <= floor))
    return;
  i = first - 1;
  from = i;
  crossed = tok (nm, first)->flags & DOSSIER_TOKEN_SENTENCE_START;
  while (i > 0 && first - i < 8)
    {
      guint j = i - 1;
      crossed |= tok (nm, i)->flags & DOSSIER_TOKEN_SENTENCE_START;
      if (crossed || !same_line (nm, j, first) ||
          role_stop (nm, j) || (floor != G_MAXUINT && j <= floor))
        break;
      /* an earlier name followed by a comma is not part of it; a possessive ends it */
      from = j;
      i = j;
      if (dossier_names_stem_end (nm->ctx, tok (nm, j)) != tok (nm, j)->end)
        break;
    }
  for (guint k = from; k < first; k++)
    if (tok_bits (nm, k) & (DOSSIER_LEX_DEMONYM | DOSSIER_LEX_COUNTRY))
      foreign = TRUE;
  extra_set (nm, c)->role = chunk_range (nm, tok (nm, from)->start, tok (nm, first - 1)->end);
  extra_set (nm, c)->foreign = foreign;
}

static inline void
find_role (Names *nm, Cand *c, guint first, guint floor)
{
  if (first > 0 && is_role_word (nm, first - 1))
    find_role_words (nm, c, first, floor);
}

static gboolean
is_particle_word (Names *nm, guint i)
{
  /* von van der den de da del della di du la le bin ibn al el dos das ten
   * ter zu y, by their first letter */
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;
  const char *w;

  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_ALL_CAPS) || len > 5)
    return FALSE;  /* no particle is longer */
  w = nm->ctx->text + t->start;
#define IS(s) (len == sizeof (s) - 1 && tok_is_len (nm, i, (s), sizeof (s) - 1))
  switch (ascii_lower (w[0]))
    {
    case 'v':
      return IS ("von") || IS ("van");
    case 'd':
      return IS ("der") || IS ("den") || IS ("de") || IS ("da") || IS ("del") || IS ("della") || IS ("di") ||
             IS ("du") || IS ("dos") || IS ("das");
    case 'l':
      return IS ("la") || IS ("le");
    case 'b':
      return IS ("bin");
    case 'i':
      return IS ("ibn");
    case 'a':
      return IS ("al");
    case 'e':
      return IS ("el");
    case 't':
      return IS ("ten") || IS ("ter");
    case 'z':
      return IS ("zu");
    case 'y':
      return IS ("y");
    default:
      return FALSE;
    }
#undef IS
}

/* is_particle_word (), the tokens no particle can be told inline. */
static inline gboolean
is_particle (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);

  /* the first letters of the particles: a b d e i l t v y z */
  const guint32 firsts = (1u << ('a' - 'a')) | (1u << ('b' - 'a')) | (1u << ('d' - 'a')) | (1u << ('e' - 'a')) |
                         (1u << ('i' - 'a')) | (1u << ('l' - 'a')) | (1u << ('t' - 'a')) | (1u << ('v' - 'a')) |
                         (1u << ('y' - 'a')) | (1u << ('z' - 'a'));
  guint c;

  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_ALL_CAPS) || t->end - t->start > 5)
    return FALSE;
  c = (guint) (guchar) ascii_lower (nm->ctx->text[t->start]) - 'a';
  if (c >= 26 || !((firsts >> c) & 1))
    return FALSE;
  return is_particle_word (nm, i);
}

static gboolean
is_company_suffix_word (const char *s, gsize len)
{
  return LEX_LOOKUP ("company-suffixes", s, len) != NULL;
}

static gboolean
is_company_suffix (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  return (t->flags & DOSSIER_TOKEN_CAPITALIZED) &&
         is_company_suffix_word (nm->ctx->text + t->start, t->end - t->start);
}

/* A word that names nothing alone (Department, Stadium, Y), a demonym in
 * the plural (Libyans). */
G_ALWAYS_INLINE static inline gboolean
generic_alone (Names *nm, guint i, guint bits)
{
  const DossierToken *t = tok (nm, i);
  guint end = dossier_names_stem_end (nm->ctx, t);
  const char *s = nm->ctx->text + t->start;
  gsize len = end - t->start;
  const char *v;

  if (len == 1 || (len == 2 && s[1] == '.'))
    return TRUE;
  if (bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG |
              DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME))
    return FALSE;
  if ((bits & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) &&
      (v = LEX_LOOKUP ("orgwords", s, len)) != NULL &&
      g_str_has_suffix (v, "-generic"))
    return TRUE;
  if (len > 3 && s[len - 1] == 's' && !(t->flags & DOSSIER_TOKEN_ALL_CAPS) &&
      (dossier_names_lexicon_bits (s, len - 1) & DOSSIER_LEX_DEMONYM))
    return TRUE;
  return FALSE;
}

/* Usually, Unfortunately, We'll: a sentence's first word that is no name */
static gboolean
sentence_opener (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  const char *s = nm->ctx->text + t->start;
  gsize len = t->end - t->start;

  /* (also just after a quotation mark: said, "Usually, ...) */
  if ((!(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) &&
       !(i > 0 && (tok (nm, i - 1)->flags & DOSSIER_TOKEN_QUOTE_MARK))) ||
      (t->flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  if (len > 5 && s[len - 2] == 'l' && s[len - 1] == 'y')
    return TRUE;
  if (len > 3 && (s[len - 3] == '\'' ) && ((s[len - 2] == 'l' && s[len - 1] == 'l') ||
                                          (s[len - 2] == 'r' && s[len - 1] == 'e') ||
                                          (s[len - 2] == 'v' && s[len - 1] == 'e')))
    return TRUE;
  if (len > 2 && s[len - 2] == '\'' && (s[len - 1] == 'm' || s[len - 1] == 'd'))
    return TRUE;
  return FALSE;
}

static gboolean
is_quote_tok (Names *nm, guint i)
{
  return i < nm->n_tokens && (tok (nm, i)->flags & DOSSIER_TOKEN_QUOTE_MARK);
}

/* The text chunk_tokens () makes of tokens [first, last], in @buf, not
 * interned (for a look-up only): chunk_tokens ()'s own when it does not
 * fit. */
static const char *
tokens_text (Names *nm, guint first, guint last, char *buf, gsize size)
{
  gsize n = 0;

  for (guint i = first; i <= last; i++)
    {
      const DossierToken *t = tok (nm, i);
      guint end = i == last ? dossier_names_stem_end (nm->ctx, t) : t->end;
      gboolean space = n > 0 && (t->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START));
      if (n + space + (end - t->start) >= size)
        return chunk_tokens (nm, first, last, G_MAXUINT, G_MAXUINT);
      if (space)
        buf[n++] = ' ';
      memcpy (buf + n, nm->ctx->text + t->start, end - t->start);
      n += end - t->start;
    }
  buf[n] = '\0';
  return buf;
}

/* SAN DIEGO tagged as two names: adjacent spans that together make a
 * known name become one. */
static void
join_known (Names *nm, GArray *spans)
{
  guint w = 0;
  for (guint s = 0; s < spans->len; s++)
    {
      DossierNameSpan *sp = &g_array_index (spans, DossierNameSpan, s);
      /* the tokens of the spans ahead, fetched meanwhile */
      if (s + 2 * PREFETCH_AHEAD < spans->len)
        prefetch_tokens (nm, g_array_index (spans, DossierNameSpan, s + 2 * PREFETCH_AHEAD).first);
      if (w > 0)
        {
          DossierNameSpan *prev = &g_array_index (spans, DossierNameSpan, w - 1);
          if (prev->last + 1 == sp->first && same_line (nm, prev->last, sp->first) &&
              prev->end == tok (nm, prev->last)->end)
            {
              char wb[256];
              const char *whole = tokens_text (nm, prev->first, sp->last, wb, sizeof wb);
              guint bits = phrase_bits (whole, strlen (whole));
              if (bits == 0 && is_all_caps (whole))
                {
                  char *tc = title_case (whole);
                  bits = phrase_bits (tc, strlen (tc));
                  g_free (tc);
                }
              if (is_known_name (bits))
                {
                  prev->last = sp->last;
                  prev->end = sp->end;
                  continue;
                }
            }
        }
      /* US + Weekly: an untagged word before that opens a known name with
       * the span (the word's bits say whether some name starts with it) */
      if (sp->first > 0 && sp->last < sp->first + 3 &&
          (w == 0 || g_array_index (spans, DossierNameSpan, w - 1).last + 1 < sp->first))
        {
          guint j = sp->first - 1;
          const DossierToken *t = tok (nm, j);
          if ((LEXBITS (nm, j) & (DOSSIER_NAMES_BITS_KNOWN | DOSSIER_NAMES_BITS_PHRASE_START)) ==
                (DOSSIER_NAMES_BITS_KNOWN | DOSSIER_NAMES_BITS_PHRASE_START) &&
              (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_SENTENCE_START)) == DOSSIER_TOKEN_CAPITALIZED &&
              !(tok (nm, sp->first)->flags & DOSSIER_TOKEN_LINE_START) &&
              dossier_names_stem_end (nm->ctx, t) == t->end && !(tok_bits (nm, j) & DOSSIER_LEX_STOPWORD))
            {
              char wb[256];
              const char *whole = tokens_text (nm, j, sp->last, wb, sizeof wb);
              if (is_known_name (phrase_bits (whole, strlen (whole))))
                {
                  sp->first = j;
                  sp->start = t->start;
                }
            }
        }
      /* KANSAS + CITY (untagged): a known name completed by the next words */
      /* (the Globe and Mail: a connector inside, when some name of several
       * words starts with the span's first word) */
      for (guint extra = 1; extra <= 3; extra++)
        {
          guint j = sp->last + extra;
          guint next_first = s + 1 < spans->len ? g_array_index (spans, DossierNameSpan, s + 1).first : G_MAXUINT;
          const char *whole;
          char wb[256];
          guint bits;
          if (j >= nm->n_tokens || j >= next_first || !same_line (nm, sp->first, j) || sp->end != tok (nm, sp->last)->end)
            break;
          if (!(tok (nm, j)->flags & DOSSIER_TOKEN_CAPITALIZED))
            {
              if (extra < 3 && (tok_is (nm, j, "and") || tok_is (nm, j, "&")) &&
                  (LEXBITS (nm, sp->first) & (DOSSIER_NAMES_BITS_KNOWN | DOSSIER_NAMES_BITS_PHRASE_START)) ==
                    (DOSSIER_NAMES_BITS_KNOWN | DOSSIER_NAMES_BITS_PHRASE_START))
                continue;
              break;
            }
          if (extra == 3 && !(tok_is (nm, j - 1, "and") || tok_is (nm, j - 1, "&")))
            break;
          whole = tokens_text (nm, sp->first, j, wb, sizeof wb);
          bits = phrase_bits (whole, strlen (whole));
          if (bits == 0 && is_all_caps (whole))
            {
              char *tc = title_case (whole);
              bits = phrase_bits (tc, strlen (tc));
              g_free (tc);
            }
          if (is_known_name (bits))
            {
              sp->last = j;
              sp->end = dossier_names_stem_end (nm->ctx, tok (nm, j));
              break;
            }
        }
      g_array_index (spans, DossierNameSpan, w++) = *sp;
    }
  g_array_set_size (spans, w);
}

/* May the span [first, last] be cut after the possessive of token @split
 * (Chile's Andes Bank) rather than kept whole (McDonald's Corp,
 * Children's Hospital)? */
static gboolean
possessive_split_ok (Names *nm, guint first, guint split, guint last)
{
  const char *whole = chunk_range (nm, tok (nm, first)->start, tok (nm, last)->end);
  guint lb = tok_bits (nm, last);
  if (is_known_name (phrase_bits (whole, strlen (whole))) || is_company_suffix (nm, last))
    return FALSE;
  if ((lb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) && !is_known_name (tok_bits (nm, split)))
    {
      /* Saudi Arabia's Civil Defense Authority: the owner is a known name of two words */
      const char *owner = split > first ? chunk_tokens (nm, first, split, G_MAXUINT, G_MAXUINT) : NULL;
      if (owner == NULL || !is_known_name (phrase_bits (owner, strlen (owner))))
        return FALSE;
    }
  /* (Italy's la Repubblica: a particle may open the second name) */
  return (tok (nm, split + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) != 0 ||
         (split + 2 <= last && is_particle (nm, split + 1) && (tok (nm, split + 2)->flags & DOSSIER_TOKEN_CAPITALIZED));
}

/* Maria Lopez's Silent River: before a possessive, a first name and one
 * or two more plain capitalised words are a person, not an organisation
 * (unlike DAB's Ben Chan). */
static gboolean
owner_is_person (Names *nm, guint first, guint split, guint rest)
{
  if (rest != split + 1 || split == first || split - first > 2 ||
      !(tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME) ||
      dossier_names_stem_end (nm->ctx, tok (nm, split)) == tok (nm, split)->end)
    return FALSE;
  for (guint k = first; k <= split; k++)
    if (!(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
        (tok_bits (nm, k) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
      return FALSE;
  return TRUE;
}

/* Iodine, Water: the same word in lower case near it (within @window
 * bytes) shows a common noun. */
static gboolean
lower_nearby (Names *nm, guint i, gsize window)
{
  const DossierToken *t = tok (nm, i);
  const char *text = nm->ctx->text, *w = text + t->start;
  gsize len = t->end - t->start, size = nm->ctx->length;
  gsize from = t->start > window ? t->start - window : 0;
  gsize to = MIN (size, (gsize) t->end + window);
  char lw, c1;

  if (len < 4 || len > 20 || !g_ascii_isupper (w[0]))
    return FALSE;
  for (gsize k = 1; k < len; k++)
    if (!g_ascii_islower (w[k]))
      return FALSE;
  lw = g_ascii_tolower (w[0]);
  c1 = w[1];
  if (from + len > to)
    return FALSE;
  {
    const char *q = text + from, *stop = text + to - len + 1;
#ifdef __SSE2__
    /* sixteen places at a time: the first letter (in lower case) there
     * and the last one len - 1 further */
    const __m128i first = _mm_set1_epi8 (lw), last = _mm_set1_epi8 (w[len - 1]);
    for (; q + 16 <= stop; q += 16)
      {
        __m128i a = _mm_loadu_si128 ((const __m128i *) (const void *) q);
        __m128i b = _mm_loadu_si128 ((const __m128i *) (const void *) (q + len - 1));
        guint mask = (guint) _mm_movemask_epi8 (_mm_and_si128 (_mm_cmpeq_epi8 (a, first), _mm_cmpeq_epi8 (b, last)));
        for (; mask != 0; mask &= mask - 1)
          {
            gsize p = (gsize) (q - text) + (gsize) __builtin_ctz (mask);
            if (text[p + 1] == c1 && memcmp (text + p + 2, w + 2, len - 2) == 0 &&
                (p == 0 || !g_ascii_isalnum (text[p - 1])) &&
                (p + len >= size || !g_ascii_isalnum (text[p + len])))
              return TRUE;
          }
      }
#endif
    /* (the rest) the places of its first letter, by memchr () */
    for (; q < stop && (q = memchr (q, lw, stop - q)) != NULL; q++)
      {
        gsize p = q - text;
        if (text[p + 1] == c1 && memcmp (text + p + 2, w + 2, len - 2) == 0 &&
            (p == 0 || !g_ascii_isalnum (text[p - 1])) &&
            (p + len >= size || !g_ascii_isalnum (text[p + len])))
          return TRUE;
      }
  }
  return FALSE;
}

/* Is token @i "of", or (for heads of organisations) "for" or "on"? */
static gboolean
is_name_connector (Names *nm, guint i, gboolean org)
{
  return tok_is (nm, i, "of") || (org && (tok_is (nm, i, "for") || tok_is (nm, i, "on")));
}

/* A capitalised name part of a name with connectors: no function word,
 * title, month or day. */
static gboolean
connector_part (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  guint b;
  if (!(t->flags & DOSSIER_TOKEN_CAPITALIZED))
    return FALSE;
  b = tok_bits (nm, i);
  if ((b & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)) &&
      !(b & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_COUNTRY |
             DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)))
    return FALSE;
  return TRUE;
}

/* Is [w, w + len) a capitalised common English word (Pride, Magic,
 * Character: common-words.txt) that no list knows as a name? */
static gboolean
common_word (const char *w, gsize len, guint forbid)
{
  static GHashTable *list;
  char buf[32];

  if (len < 3 || len >= sizeof buf || !g_ascii_isupper (w[0]))
    return FALSE;
  buf[0] = g_ascii_tolower (w[0]);
  for (gsize k = 1; k < len; k++)
    {
      if (!g_ascii_islower (w[k]))
        return FALSE;
      buf[k] = w[k];
    }
  buf[len] = '\0';
  if (g_once_init_enter (&list))
    g_once_init_leave (&list, dossier_lexicon_get_list (dossier_lexicon_get_default (), "common-words"));
  if (!g_hash_table_contains (list, buf))
    return FALSE;
  return (dossier_names_lexicon_bits (w, len) &
          (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY |
           DOSSIER_LEX_STATE | DOSSIER_LEX_ORG | DOSSIER_LEX_TITLE | DOSSIER_LEX_DEMONYM |
           DOSSIER_LEX_ROLE | forbid)) == 0;
}

/* Is every capitalised word of @form a common word (Secret Agent, Free
 * Culture)? Lower-case connectors between them are allowed. */
static gboolean
all_common_words (const char *form, guint forbid)
{
  const char *p = form;
  gboolean any = FALSE;

  while (*p)
    {
      gsize len = strcspn (p, " ");
      if (g_ascii_isupper (p[0]))
        {
          if (!common_word (p, len, forbid))
            return FALSE;
          any = TRUE;
        }
      else if (!(len <= 3 && g_ascii_islower (p[0])))
        return FALSE;
      p += len;
      while (*p == ' ')
        p++;
    }
  return any;
}

/* Is token @i a capitalised common word, no list's organisation or place
 * word? */
static gboolean
tok_common (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  return common_word (nm->ctx->text + t->start, t->end - t->start, DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD);
}

/* Is there a place among the capitalised words just before @head
 * (Colorado State University)? */
static gboolean
head_named (Names *nm, guint head)
{
  for (guint p = head; p > 0 && head - p < 3 && same_line (nm, p - 1, head); p--)
    {
      if (!connector_part (nm, p - 1))
        break;
      if (tok_bits (nm, p - 1) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE))
        return TRUE;
    }
  return FALSE;
}

/* National Air and Space Museum: capitalised words, "and", capitalised
 * words up to the head word of an organisation or a place; not two names
 * joined (Britain and France, Harvard University and Yale University,
 * Microsoft and Intel Corp). @i is the word before "and". */
static gboolean
and_name (Names *nm, GArray *spans, guint *ax, guint i, guint floor,
          guint *from_out, guint *end_out, DossierNameKind *kind_out)
{
  const guint known = DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG |
                      DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_FIRSTNAME;
  guint from = i, head = G_MAXUINT, hb;

  if (!connector_part (nm, i) || (tok_bits (nm, i) & known) ||
      dossier_names_stem_end (nm->ctx, tok (nm, i)) != tok (nm, i)->end)
    return FALSE;
  while (from > floor && i - from < 2 && same_line (nm, from - 1, i) && connector_part (nm, from - 1) &&
         !(tok_bits (nm, from - 1) & known) &&
         dossier_names_stem_end (nm->ctx, tok (nm, from - 1)) == tok (nm, from - 1)->end &&
         !((tok (nm, from - 1)->flags & DOSSIER_TOKEN_SENTENCE_START) && sentence_opener (nm, from - 1)))
    from--;
  /* U.S. Space and Rocket Center, Republic Windows and Doors Factory: a
   * country, a state or a place word may lead it */
  if (from > floor && from == i && same_line (nm, from - 1, i) &&
      (tok_bits (nm, from - 1) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_PLACEWORD)) &&
      (tok (nm, from - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
      dossier_names_stem_end (nm->ctx, tok (nm, from - 1)) == tok (nm, from - 1)->end &&
      !(from >= 2 && (tok (nm, from - 2)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, from - 2, i)))
    from--;
  for (guint j = i + 2; j < nm->n_tokens && j <= i + 4 && same_line (nm, i, j) && connector_part (nm, j); j++)
    {
      guint b = tok_bits (nm, j);
      if (b & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
        {
          head = j;
          break;
        }
      if ((b & known) || dossier_names_stem_end (nm->ctx, tok (nm, j)) != tok (nm, j)->end)
        return FALSE;
    }
  if (head == G_MAXUINT || is_company_suffix (nm, head))
    return FALSE;
  /* no person of the tagger's inside */
  while (*ax < spans->len && g_array_index (spans, DossierNameSpan, *ax).last < from)
    (*ax)++;
  for (guint k = *ax; k < spans->len && g_array_index (spans, DossierNameSpan, k).first <= head; k++)
    if (g_array_index (spans, DossierNameSpan, k).kind == DOSSIER_NAME_PER ||
        g_array_index (spans, DossierNameSpan, k).first < from ||
        g_array_index (spans, DossierNameSpan, k).last > head)
      return FALSE;
  hb = tok_bits (nm, head);
  *from_out = from;
  *end_out = head;
  *kind_out = (hb & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC;
  return TRUE;
}

/* Tate Teaching Museum and Art Gallery: a name with a head word, "and",
 * one or two plain words and another head word are one name
 * (not before another capitalised word; no person of the tagger's
 * inside, but for a name with a head word taken for one). */
static gboolean
head_and_head (Names *nm, GArray *spans, guint *ax, guint head, guint floor,
               guint *from_out, guint *end_out, DossierNameKind *kind_out)
{
  const guint heads = DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD;
  const guint known = DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG |
                      DOSSIER_LEX_TITLE | DOSSIER_LEX_DEMONYM;
  guint from = head, end = G_MAXUINT;

  if (!(tok_bits (nm, head) & heads) || (tok_bits (nm, head) & DOSSIER_LEX_TITLE) || is_company_suffix (nm, head) ||
      !(tok (nm, head)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
      dossier_names_stem_end (nm->ctx, tok (nm, head)) != tok (nm, head)->end)
    return FALSE;
  for (guint j = head + 2; j < nm->n_tokens && j <= head + 4 && same_line (nm, head, j); j++)
    {
      const DossierToken *t = tok (nm, j);
      guint b = tok_bits (nm, j);
      if ((t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED ||
          (b & known) || dossier_names_stem_end (nm->ctx, t) != t->end)
        return FALSE;
      if ((b & heads) && j > head + 2)
        {
          end = j;
          break;
        }
      /* (a common word, or one no list knows, or a first name too: Art, Rose) */
      if ((b & ~DOSSIER_LEX_FIRSTNAME) && !tok_common (nm, j))
        return FALSE;
    }
  if (end == G_MAXUINT || is_company_suffix (nm, end) ||
      (end + 1 < nm->n_tokens && (tok (nm, end + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, end, end + 1)))
    return FALSE;
  /* the capitalised words before the first head: one at least */
  while (from > floor && head - from < 3 && same_line (nm, from - 1, head) && connector_part (nm, from - 1) &&
         !(tok_bits (nm, from - 1) & DOSSIER_LEX_TITLE) &&
         dossier_names_stem_end (nm->ctx, tok (nm, from - 1)) == tok (nm, from - 1)->end &&
         !((tok (nm, from - 1)->flags & DOSSIER_TOKEN_SENTENCE_START) && sentence_opener (nm, from - 1)))
    from--;
  if (from == head)
    return FALSE;
  while (*ax < spans->len && g_array_index (spans, DossierNameSpan, *ax).last < from)
    (*ax)++;
  for (guint k = *ax; k < spans->len && g_array_index (spans, DossierNameSpan, k).first <= end; k++)
    if ((g_array_index (spans, DossierNameSpan, k).kind == DOSSIER_NAME_PER &&
         !(tok_bits (nm, g_array_index (spans, DossierNameSpan, k).last) & heads)) ||
        g_array_index (spans, DossierNameSpan, k).first < from ||
        g_array_index (spans, DossierNameSpan, k).last > end)
      return FALSE;
  *from_out = from;
  *end_out = end;
  *kind_out = (tok_bits (nm, end) & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC;
  return TRUE;
}

/* Is token @i the word before a credit's colon (Image: Jo Lark, Video: ...)? */
static gboolean
credit_word (Names *nm, guint i)
{
  return tok_is (nm, i, "Image") || tok_is (nm, i, "Photo") || tok_is (nm, i, "Video") ||
         tok_is (nm, i, "Audio") || tok_is (nm, i, "Photograph") || tok_is (nm, i, "Credit") ||
         tok_is (nm, i, "Photos") || tok_is (nm, i, "Images");
}

/* Is token @i the head word of an event's or a work's name (Treaty,
 * Carnival)? */
static gboolean
other_head (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  const char *v;
  char buf[32];
  gsize len = t->end - t->start;

  if (len >= sizeof buf)
    return FALSE;
  memcpy (buf, nm->ctx->text + t->start, len);
  buf[len] = '\0';
  v = g_hash_table_lookup (LEX_TABLE ("other-names"), buf);
  return v != NULL && g_str_has_prefix (v, "head");
}

static gboolean verb_after_name (Names *nm, guint i);

/* University of Texas Arlington Amneh Jafari heard, the Council on
 * Foreign Relations Ana Lopes said: two plain capitalised words (no
 * list's but a first name's or a surname's, no common words), then a
 * verb, end a name with connectors: they are a person's name. */
static gboolean
person_after_name (Names *nm, guint k)
{
  if (k + 2 >= nm->n_tokens || !same_line (nm, k, k + 2) || !is_lower_word (nm, k + 2))
    return FALSE;
  for (guint j = k; j <= k + 1; j++)
    {
      const DossierToken *t = tok (nm, j);
      if ((t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED ||
          dossier_names_stem_end (nm->ctx, t) != t->end ||
          (tok_bits (nm, j) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) ||
          common_word (nm->ctx->text + t->start, t->end - t->start, 0))
        return FALSE;
    }
  if (verb_after_name (nm, k + 2))
    return TRUE;
  {
    /* the past tenses not in -ed a name is most often the subject of */
    static const char * const past[] = { "heard", "told", "wrote", "thought", "felt", "knew", "saw", "came",
                                         "went", "took", "made", "gave", "found", "began", "became", "led",
                                         "won", "met", "held", "left", "sent", "got", "kept", "brought",
                                         "says", "adds", "notes", "explains", "believes", "thinks" };
    static WordList list;
    return tok_is_one_of (nm, k + 2, past, G_N_ELEMENTS (past), &list);
  }
}

/* Museum of Modern Art, University of Texas, Council on Foreign
 * Relations, Centre for Control of Disease: a capitalised head word of
 * an organisation or a place, lower-case connectors and capitalised
 * words make one span, whatever the tagger made of the parts. */
static GArray *
join_of (Names *nm, GArray *spans)
{
  GArray *add = NULL;
  guint next_free = 0, sx = 0, ax = 0, cx = 0;

  for (guint ci = 0; ci < nm->n_of_heads; ci++)
    {
      guint head = nm->of_heads[ci], from, end = G_MAXUINT, j, hb, person = G_MAXUINT;
      gboolean org, other, common;

      /* the tokens and text of the heads ahead, fetched meanwhile */
      if (ci + 2 * PREFETCH_AHEAD < nm->n_of_heads)
        prefetch_tokens (nm, nm->of_heads[ci + 2 * PREFETCH_AHEAD]);
      if (ci + PREFETCH_AHEAD < nm->n_of_heads)
        prefetch_text (nm, nm->of_heads[ci + PREFETCH_AHEAD] + 1);
      if (head < next_free || head + 2 >= nm->n_tokens)
        continue;
      j = head + 1;
      common = FALSE;
      if (tok_is (nm, j, "and"))
        {
          DossierNameKind kind;
          if (!and_name (nm, spans, &ax, head, next_free, &from, &end, &kind) &&
              !head_and_head (nm, spans, &ax, head, next_free, &from, &end, &kind))
            {
              /* Pride and Prejudice: common words on both sides */
              if (tok_common (nm, head) && same_line (nm, head, j))
                common = TRUE;
            }
          else
            {
              DossierNameSpan sp;
              if (add == NULL)
                add = g_array_new (FALSE, FALSE, sizeof (DossierNameSpan));
              sp.first = from;
              sp.last = end;
              sp.start = tok (nm, from)->start;
              sp.end = dossier_names_stem_end (nm->ctx, tok (nm, end));
              sp.kind = kind;
              g_array_append_val (add, sp);
              next_free = end + 1;
            }
          if (!common)
            continue;
        }
      else if (tok_is (nm, j, "or") && tok_common (nm, head) && same_line (nm, head, j))
        common = TRUE;  /* Hegemony or Survival */
      if (!common && !tok_is (nm, j, "of") && !tok_is (nm, j, "for") && !tok_is (nm, j, "on"))
        continue;
      if (!same_line (nm, head, j) || dossier_names_stem_end (nm->ctx, tok (nm, head)) != tok (nm, head)->end)
        continue;
      hb = tok_bits (nm, head);
      other = FALSE;
      if (common)
        other = TRUE;
      else if (!(hb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) || (hb & DOSSIER_LEX_TITLE))
        {
          /* the Treaty of Rome, the Winter Carnival of Magic; Ghost of
           * Failure: common words on both sides */
          if ((hb & DOSSIER_LEX_TITLE) || !tok_is (nm, j, "of") ||
              !(other_head (nm, head) || (tok_common (nm, head))))
            continue;
          other = TRUE;
          common = !other_head (nm, head);
        }
      org = (hb & DOSSIER_LEX_ORGWORD) != 0;
      /* the Centre for Social Studies: a centre "for" something is a body */
      if (!org && !other && tok_is (nm, j, "for") && (tok_is (nm, head, "Centre") || tok_is (nm, head, "Center")))
        org = TRUE;
      if (!common && !is_name_connector (nm, j, org))
        continue;

      /* the tails: up to two connectors */
      for (guint n_conn = 0; n_conn < 2; n_conn++)
        {
          guint k = j + 1, t0, tail = G_MAXUINT;
          gboolean the = FALSE, all_place = TRUE;
          guint n_words = 0;
          if (k < nm->n_tokens && tok_is (nm, k, "the"))
            {
              k++;
              the = TRUE;
            }
          t0 = k;
          while (k < nm->n_tokens && k < t0 + 6 && n_words < 3 && same_line (nm, head, k))
            {
              const DossierToken *t = tok (nm, k);
              /* a person the tagger found after the name ends it */
              while (sx < spans->len && g_array_index (spans, DossierNameSpan, sx).first < k)
                sx++;
              if (k > t0 && sx < spans->len && g_array_index (spans, DossierNameSpan, sx).first == k &&
                  g_array_index (spans, DossierNameSpan, sx).kind == DOSSIER_NAME_PER)
                break;
              /* a first name and a capitalised word: a person after the name */
              if (k > t0 && (tok_bits (nm, k) & DOSSIER_LEX_FIRSTNAME) && k + 1 < nm->n_tokens &&
                  (tok (nm, k + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                  !(tok_bits (nm, k) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)))
                break;
              if (k > t0 && person_after_name (nm, k))
                {
                  person = k;
                  break;
                }
              if (connector_part (nm, k))
                {
                  n_words++;
                  if (!(tok_bits (nm, k) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)))
                    all_place = FALSE;
                  tail = k++;
                  if (dossier_names_stem_end (nm->ctx, t) != t->end)
                    break;
                  continue;
                }
              if (tail != G_MAXUINT && (tok_is (nm, k, "&") || tok_is (nm, k, "-")) &&
                  k + 1 < nm->n_tokens && connector_part (nm, k + 1))
                {
                  k++;
                  continue;
                }
              break;
            }
          if (tail == G_MAXUINT)
            break;
          /* Colorado State University of the US, Bank of Spain of Madrid:
           * a place after a whole name is where it is */
          if (all_place && (the || n_conn > 0 || head_named (nm, head)))
            break;
          end = tail;
          j = tail + 1;
          if (dossier_names_stem_end (nm->ctx, tok (nm, tail)) != tok (nm, tail)->end ||
              j + 1 >= nm->n_tokens || !same_line (nm, tail, j) || !is_name_connector (nm, j, org))
            break;
        }
      if (end == G_MAXUINT)
        continue;
      /* the Institute for Rivers and Coastal Studies, the
       * Committee on Roads and Bridges: "and" and up to three
       * capitalised words that no list knows end an organisation's name */
      if (org && !common && end + 2 < nm->n_tokens && tok_is (nm, end + 1, "and") && same_line (nm, end, end + 2) &&
          dossier_names_stem_end (nm->ctx, tok (nm, end)) == tok (nm, end)->end)
        {
          const guint known = DOSSIER_LEX_ORGWORD | DOSSIER_LEX_ORG | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY |
                              DOSSIER_LEX_STATE | DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_DEMONYM;
          guint k = end + 2, and_end = G_MAXUINT;
          while (k < nm->n_tokens && k <= end + 4 && same_line (nm, end, k) && connector_part (nm, k) &&
                 !(tok_bits (nm, k) & known))
            {
              and_end = k++;
              if (dossier_names_stem_end (nm->ctx, tok (nm, and_end)) != tok (nm, and_end)->end)
                break;
            }
          if (and_end != G_MAXUINT &&
              (k >= nm->n_tokens || !same_line (nm, and_end, k) ||
               (!(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) && !tok_is (nm, k, "of") && !tok_is (nm, k, "for"))))
            {
              gboolean has_person = FALSE;
              while (sx < spans->len && g_array_index (spans, DossierNameSpan, sx).first < end + 2)
                sx++;
              for (guint q = sx; q < spans->len && g_array_index (spans, DossierNameSpan, q).first <= and_end; q++)
                if (g_array_index (spans, DossierNameSpan, q).kind == DOSSIER_NAME_PER)
                  has_person = TRUE;
              if (!has_person)
                end = and_end;
            }
        }
      if (person == G_MAXUINT && person_after_name (nm, end + 1))
        person = end + 1;

      /* the capitalised words before the head */
      from = head;
      while (from > next_free && head - from < 4 && same_line (nm, from - 1, head))
        {
          guint p = from - 1;
          const DossierToken *t = tok (nm, p);
          if (connector_part (nm, p) && !(t->flags & DOSSIER_TOKEN_SENTENCE_START && sentence_opener (nm, p)) &&
              dossier_names_stem_end (nm->ctx, t) == t->end)
            from = p;
          else if (tok_is (nm, p, "&") && p > 0 && connector_part (nm, p - 1))
            from = p;
          else
            break;
        }
      if (tok_is (nm, from, "&"))
        from++;
      if (common)
        {
          /* every capitalised word a common word, and not after another name */
          gboolean all = TRUE;
          for (guint k = from; k <= end && all; k++)
            if ((tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) && !tok_common (nm, k))
              all = FALSE;
          if (!all || end + 1 >= nm->n_tokens ||
              ((tok (nm, end + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, end, end + 1)))
            continue;
          /* nor inside a longer name or a list (Centre for Control of ...,
           * Alcohol, Tobacco and Firearms) */
          if (from > 0 && same_line (nm, from - 1, from) &&
              (((tok (nm, from - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                dossier_names_stem_end (nm->ctx, tok (nm, from - 1)) == tok (nm, from - 1)->end) ||
               tok_is (nm, from - 1, ",") ||
               (from > 1 && tok (nm, from - 1)->end - tok (nm, from - 1)->start <= 3 &&
                is_lower_word (nm, from - 1) && (tok (nm, from - 2)->flags & DOSSIER_TOKEN_CAPITALIZED))))
            continue;
          /* a name the tagger found whole keeps its kind */
          while (cx < spans->len && g_array_index (spans, DossierNameSpan, cx).last < from)
            cx++;
          if (cx < spans->len && g_array_index (spans, DossierNameSpan, cx).first <= from &&
              g_array_index (spans, DossierNameSpan, cx).last >= end)
            continue;
          /* Braves and Cubs: two names in the plural */
          if (!tok_is (nm, head + 1, "of") && nm->ctx->text[tok (nm, head)->end - 1] == 's')
            continue;
        }

      if (add == NULL)
        add = g_array_new (FALSE, FALSE, sizeof (DossierNameSpan));
      {
        DossierNameSpan sp;
        sp.first = from;
        sp.last = end;
        sp.start = tok (nm, from)->start;
        sp.end = dossier_names_stem_end (nm->ctx, tok (nm, end));
        sp.kind = other ? DOSSIER_NAME_MISC : org ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC;
        g_array_append_val (add, sp);
        next_free = end + 1;
        if (person == end + 1 && !other)
          {
            sp.first = person;
            sp.last = person + 1;
            sp.start = tok (nm, person)->start;
            sp.end = tok (nm, person + 1)->end;
            sp.kind = DOSSIER_NAME_PER;
            g_array_append_val (add, sp);
            next_free = person + 2;
          }
      }
    }
  if (add == NULL)
    return spans;

  /* merge: the new spans replace every span they overlap; the spans
   * between them are copied in runs. In place (no fresh array): the old
   * spans move up by as many as there are new ones, and the merged ones
   * are written from the start, never past what is still to be read
   * (written - read <= the new spans written so far) */
  {
    guint n_in = spans->len, n_add = add->len, s = 0, o = 0;
    DossierNameSpan *x;
    const DossierNameSpan *in;
    g_array_set_size (spans, n_in + n_add);
    x = (DossierNameSpan *) (gpointer) spans->data;
    memmove (x + n_add, x, (gsize) n_in * sizeof *x);
    in = x + n_add;
    for (guint a = 0; a < n_add; a++)
      {
        const DossierNameSpan *ad = &g_array_index (add, DossierNameSpan, a);
        guint run = s;
        while (run < n_in && in[run].last < ad->first)
          run++;
        memmove (x + o, in + s, (gsize) (run - s) * sizeof *x);
        o += run - s;
        x[o++] = *ad;
        s = run;
        while (s < n_in && in[s].first <= ad->last)
          s++;
      }
    memmove (x + o, in + s, (gsize) (n_in - s) * sizeof *x);
    o += n_in - s;
    g_array_set_size (spans, o);
    g_array_free (add, TRUE);
    return spans;
  }
}

/* Is the span [first, last] a name and then a person's first name and
 * surname (NASA Bill Ingalls, Refugee Council Enver Solomon)? The name
 * before is known or ends in an organisation's head word; the two last
 * words are plain capitalised words, a first name or a surname among
 * them. */
static gboolean
name_then_person (Names *nm, guint first, guint last, DossierNameKind *kind)
{
  guint k = last - 2, hb = tok_bits (nm, k);
  guint pb;
  const char *prefix;

  for (guint j = k; j <= last; j++)
    {
      const DossierToken *t = tok (nm, j);
      if (!(t->flags & DOSSIER_TOKEN_CAPITALIZED) || (t->flags & DOSSIER_TOKEN_ALL_CAPS && j > k) ||
          dossier_names_stem_end (nm->ctx, t) != t->end || (j > k && (t->flags & DOSSIER_TOKEN_LINE_START)))
        return FALSE;
      if (j > k && (tok_bits (nm, j) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
        return FALSE;
    }
  if (!(tok_bits (nm, k + 1) & DOSSIER_LEX_FIRSTNAME) && !(tok_bits (nm, k + 2) & DOSSIER_LEX_SURNAME))
    {
      /* Ambassador to the United States Omar Khalid: a title, "to" or
       * "of", a country's name, then two words: the title holder's */
      guint b = first >= 1 && tok_is (nm, first - 1, "the") ? first - 1 : first;
      if (b < 2 || !(tok_is (nm, b - 1, "to") || tok_is (nm, b - 1, "of")) ||
          !(tok_bits (nm, b - 2) & DOSSIER_LEX_TITLE) || tok_bits (nm, k + 1) != 0 || tok_bits (nm, k + 2) != 0)
        return FALSE;
      prefix = chunk_tokens (nm, first, k, G_MAXUINT, G_MAXUINT);
      pb = phrase_bits (prefix, strlen (prefix));
      if (!(pb & DOSSIER_LEX_COUNTRY))
        return FALSE;
      *kind = DOSSIER_NAME_LOC;
      return TRUE;
    }
  prefix = chunk_tokens (nm, first, k, G_MAXUINT, G_MAXUINT);
  pb = phrase_bits (prefix, strlen (prefix));
  if (is_known_name (pb))
    *kind = kind_of_bits (pb, DOSSIER_NAME_ORG);
  else if ((hb & DOSSIER_LEX_ORGWORD) && !(hb & DOSSIER_LEX_TITLE) && k > first)
    *kind = DOSSIER_NAME_ORG;
  else
    return FALSE;
  return TRUE;
}

/* The 2002 World Cup, the 1991 Hajj: the year before the name of an
 * event is part of it. Returns the name's first token. */
static guint
year_before (Names *nm, guint first, guint last)
{
  GHashTable *list;
  const DossierToken *y, *h;
  const char *v;
  char buf[64];
  gsize len;

  if (first == 0)
    return first;
  y = tok (nm, first - 1);
  if (y->end - y->start != 4 || !(y->flags & DOSSIER_TOKEN_NUMBER) || (tok (nm, first)->flags & DOSSIER_TOKEN_LINE_START) ||
      (nm->ctx->text[y->start] != '1' && nm->ctx->text[y->start] != '2'))
    return first;
  for (guint k = 0; k < 4; k++)
    if (!g_ascii_isdigit (nm->ctx->text[y->start + k]))
      return first;
  h = tok (nm, last);
  len = dossier_names_stem_end (nm->ctx, h) - h->start;
  if (len >= sizeof buf)
    return first;
  memcpy (buf, nm->ctx->text + h->start, len);
  buf[len] = '\0';
  list = LEX_TABLE ("other-names");
  v = g_hash_table_lookup (list, buf);
  if (v == NULL || (strcmp (v, "name") != 0 && strcmp (v, "feast") != 0 && !g_str_has_prefix (v, "head")) ||
      (last == first && strcmp (v, "head") == 0))
    return first;
  return first - 1;
}

/* al-Amr, bin-Laden: a lower-case particle, a hyphen and a name.
 * (hyphen_particle () tells most words inline.) */
static G_GNUC_NO_INLINE gboolean
hyphen_particle_word (Names *nm, guint i)
{
  static const char * const particles[] = { "al-", "el-", "bin-", "ibn-", "abu-", "ad-", "ar-", "as-",
                                            "ash-", "at-", "az-", "ud-", "ul-" };
  const DossierToken *t = tok (nm, i);
  const char *s = nm->ctx->text + t->start;
  gsize len = t->end - t->start;

  if (!(t->flags & DOSSIER_TOKEN_WORD) || (t->flags & DOSSIER_TOKEN_CAPITALIZED) || len < 5 || s[0] < 'a' || s[0] > 'z')
    return FALSE;
  /* d'Alessio, d’Estaing: an elided "de" */
  if (s[0] == 'd' && ((s[1] == '\'' && g_ascii_isupper (s[2])) ||
                      (len > 5 && memcmp (s + 1, "\xe2\x80\x99", 3) == 0 && g_ascii_isupper (s[4]))))
    return TRUE;
  /* every particle above ends in its third or fourth byte (keep in step) */
  if (s[2] != '-' && s[3] != '-')
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (particles); k++)
    {
      gsize pl = strlen (particles[k]);
      if (len > pl + 1 && memcmp (s, particles[k], pl) == 0 && g_ascii_isupper (s[pl]))
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
hyphen_particle (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);

  return (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) == DOSSIER_TOKEN_WORD && t->end - t->start >= 5 &&
         hyphen_particle_word (nm, i);
}

static gboolean place_word (Names *nm, guint i);
static gboolean group_word (Names *nm, guint i);
static gboolean other_head_word (Names *nm, guint i);
static gboolean group_of_people (Names *nm, guint i, DossierNameKind kind);
static gboolean group_form (const char *w, gsize len, gboolean *same);
static const char *numbered_head (Names *nm, guint i);
static gboolean number_after (Names *nm, guint i, gboolean listed);
static gboolean function_word (Names *nm, guint i);

/* Is the last token of [first, last] a role (CEO, Governor) after a
 * known place or the name of an organisation or a place (Museum of
 * Flight)? */
static gboolean
trailing_role (Names *nm, guint first, guint last)
{
  guint lb = tok_bits (nm, last), pb = tok_bits (nm, last - 1);

  if (!(tok (nm, last)->flags & DOSSIER_TOKEN_CAPITALIZED) || (lb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) ||
      dossier_names_stem_end (nm->ctx, tok (nm, last - 1)) != tok (nm, last - 1)->end)
    return FALSE;
  if (last == first + 1)
    {
      if (!(pb & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)) || (pb & DOSSIER_LEX_FIRSTNAME))
        return FALSE;
    }
  else if (!(pb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE |
                   DOSSIER_LEX_CITY)) &&
           !tok_is (nm, last - 2, "of"))
    return FALSE;
  return is_role_word (nm, last);
}

/* Names with a demonym that are names all the same: an organisation or a
 * place whose head word says so (Indonesian Navy, Saudi Gazette), a
 * language after "in" or "speak" (in English, speaks French.). */
static DossierNameKind
demonym_name (Names *nm, guint first, guint last)
{
  static const char * const before[] = { "in", "into", "speak", "speaks", "spoke", "spoken",
                                         "speaking", "learn", "learning", "learned", "learnt",
                                         "teach", "teaches", "taught", "translated", "fluent" };
  static WordList before_list;
  guint hb = tok_bits (nm, last);

  if (first == last && group_word (nm, first))
    return DOSSIER_NAME_PER;
  if (!(tok_bits (nm, first) & DOSSIER_LEX_DEMONYM))
    return DOSSIER_NAME_NONE;
  if (last > first)
    {
      /* the Korean War, the Irish Cup: an event's head word (other-names.txt) */
      if (other_head_word (nm, last))
        return DOSSIER_NAME_MISC;
      for (guint k = first + 1; k <= last; k++)
        if (!(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
            (tok_bits (nm, k) & (DOSSIER_LEX_DEMONYM | DOSSIER_LEX_STOPWORD)) ||
            dossier_names_stem_end (nm->ctx, tok (nm, k - 1)) != tok (nm, k - 1)->end)
          return DOSSIER_NAME_NONE;
      /* but the American League, the Russian Federation, the Australian Coalition */
      if (tok_is (nm, last, "League") || tok_is (nm, last, "Federation") || tok_is (nm, last, "Coalition"))
        return DOSSIER_NAME_NONE;
      if (hb & DOSSIER_LEX_ORGWORD)
        return DOSSIER_NAME_ORG;
      if (hb & DOSSIER_LEX_PLACEWORD)
        return DOSSIER_NAME_LOC;
      /* the Dutch Red Cross: a demonym before a known organisation's name */
      {
        const char *rest = chunk_tokens (nm, first + 1, last, G_MAXUINT, G_MAXUINT);
        if (phrase_bits (rest, strlen (rest)) & DOSSIER_LEX_ORG)
          return DOSSIER_NAME_ORG;
      }
      return DOSSIER_NAME_NONE;
    }
  /* languages like Tamil and Greek, languages such as Thai: a language */
  if (first >= 2 && (tok_is (nm, first - 1, "like") || tok_is (nm, first - 1, "as") || tok_is (nm, first - 1, "and") ||
                     tok_is (nm, first - 1, ",")))
    for (guint k = first - 2; k + 4 > first && k > 0; k--)
      if (tok_is (nm, k, "languages") || tok_is (nm, k, "language"))
        return DOSSIER_NAME_MISC;
  if (first == 0 || (last + 1 < nm->n_tokens && is_lower_word (nm, last + 1)))
    return DOSSIER_NAME_NONE;
  if (tok_is_one_of (nm, first - 1, before, G_N_ELEMENTS (before), &before_list))
    return DOSSIER_NAME_MISC;
  return DOSSIER_NAME_NONE;
}

/* Inside a span [first, last]: a capitalised role word (CEO, Chairman) or
 * a party's member (Republican) at *k, after at least one word, and the
 * two or three words of a person's name after it (the first a known first
 * name, or two words that are no common words). */
G_NO_INLINE static gboolean
role_then_person (Names *nm, guint first, guint last, guint *k)
{
  for (guint r = last - 1; r > first && r + 4 > last; r--)
    {
      const DossierToken *t = tok (nm, r);
      guint rb = tok_bits (nm, r), n = last - r;
      gboolean party, plain = TRUE;
      if (!(t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) ||
          dossier_names_stem_end (nm->ctx, t) != t->end || (rb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)))
        continue;
      party = (rb & DOSSIER_LEX_DEMONYM) && !(rb & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)) &&
              t->end - t->start > 3 && g_ascii_islower (nm->ctx->text[t->end - 1]);
      if (!party && !is_role_word (nm, r))
        continue;
      if (n < 2)
        return FALSE;
      for (guint j = r + 1; j <= last && plain; j++)
        {
          const DossierToken *u = tok (nm, j);
          plain = (u->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_LINE_START)) ==
                    DOSSIER_TOKEN_CAPITALIZED &&
                  (j == last || dossier_names_stem_end (nm->ctx, u) == u->end) &&
                  !(tok_bits (nm, j) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME));
        }
      if (!plain)
        return FALSE;
      if (!(tok_bits (nm, r + 1) & DOSSIER_LEX_FIRSTNAME) &&
          (party || n != 2 || tok_common (nm, r + 1) || tok_common (nm, last)))
        return FALSE;
      *k = r;
      return TRUE;
    }
  return FALSE;
}

/* Tokens [first, last]: a known first name (no place's, title's or
 * organisation's word too), then capitalised words that are nothing else
 * than names, none a common word, and the whole no known name. */
/* Tokens [first, last], one to three: a person's name? Capitalised
 * words (initials too) that are nothing but names, the first a known
 * first name or none a common word. */
/* Is the line of token @i a headline in title case: every word of four
 * letters or more capitalised? (The last line asked is kept.) */
static gboolean
title_case_line (Names *nm, guint i)
{
  guint a = i, b = i + 1;

  /* (a headline is short: a line of 40 tokens at most) */
  while (a > 0 && !(tok (nm, a)->flags & DOSSIER_TOKEN_LINE_START) && i - a < 40)
    a--;
  if (!(tok (nm, a)->flags & DOSSIER_TOKEN_LINE_START) && a > 0)
    return FALSE;
  if (nm->title_line == a + 1)
    return nm->title_line_is;
  nm->title_line = a + 1;
  nm->title_line_is = FALSE;
  for (guint k = a; k < nm->n_tokens && (k == a || !(tok (nm, k)->flags & DOSSIER_TOKEN_LINE_START)); k++)
    {
      const DossierToken *t = tok (nm, k);
      if (((t->flags & DOSSIER_TOKEN_WORD) && !(t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_NUMBER)) &&
           t->end - t->start >= 4) || k > a + 40)
        return FALSE;
      b = k;
    }
  nm->title_line_is = b > a + 2;
  return nm->title_line_is;
}

/* A capitalised function word inside a name in a headline in title case
 * (And, Are, About): none that names are made with (Of, The, New). */
static gboolean
headline_word (Names *nm, guint i)
{
  /* (the words with a space on each side, to be found by strstr ()) */
  static const char words[] = " And Are Is Was Were About With To By From As Be Has Have Had Will Would Can Could "
                              "Not Says Said After Before Over Into Than But Or Why How What Who When This That "
                              "Their His Her Its Our Your My Vs Vs. ";
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;
  char buf[10];

  if ((t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED ||
      len > 6 || len < 2 || !(tok_bits (nm, i) & DOSSIER_LEX_STOPWORD))
    return FALSE;
  buf[0] = ' ';
  memcpy (buf + 1, nm->ctx->text + t->start, len);
  buf[len + 1] = ' ';
  buf[len + 2] = '\0';
  if (strstr (words, buf) != NULL)
    return TRUE;
  /* (In, On, At: in a headline only) */
  if (t->end - t->start == 2 && (tok_is (nm, i, "In") || tok_is (nm, i, "On") || tok_is (nm, i, "At")))
    return title_case_line (nm, i);
  return FALSE;
}

/* Pence Endorses Paul Ryan: a verb of the third person (a common word
 * ending in s, no name's word) inside a headline in title case. */
static gboolean
headline_verb (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;

  /* (the text read last: most words inside names are known ones) */
  if (len < 4 || i == 0 ||
      (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED ||
      tok_bits (nm, i) != 0 || nm->ctx->text[t->end - 1] != 's' || nm->ctx->text[t->end - 2] == '\'')
    return FALSE;
  /* (after a person's name: United Nations, Foreign Affairs are no verbs) */
  if (!(tok_bits (nm, i - 1) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) && tok_bits (nm, i - 1) != 0)
    return FALSE;
  if (!title_case_line (nm, i) ||
      !common_word (nm->ctx->text + t->start, len, DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
    return FALSE;
  return (tok_bits (nm, i - 1) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) || !tok_common (nm, i - 1);
}

/* Owen Read said, George Will writes, Consumer Watch sued: a function
 * word that is also a surname or an organisation's last word, after a
 * name's word in running text (no headline) with a lower-case word after
 * it on its line, ends the name. (Watch, an organisation's word, may have
 * punctuation after it too.) */
static gboolean
stopword_ends_name (Names *nm, guint last)
{
  const DossierToken *t = tok (nm, last), *n;
  gboolean watch;

  if (last == 0 || last + 1 >= nm->n_tokens || t->end - t->start < 4 || t->end - t->start > 5 ||
      (t->flags & (DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_SENTENCE_START)) ||
      !same_line (nm, last, last + 1))
    return FALSE;
  watch = tok_is (nm, last, "Watch");
  if (!watch && !tok_is (nm, last, "Read") && !tok_is (nm, last, "Will") && !tok_is (nm, last, "Said"))
    return FALSE;
  n = tok (nm, last + 1);
  if (!is_lower_word (nm, last + 1) &&
      !(watch && (n->flags & DOSSIER_TOKEN_PUNCT) && nm->ctx->text[n->start] != ':'))
    return FALSE;
  if ((tok_bits (nm, last - 1) & DOSSIER_LEX_STOPWORD) ||
      !(tok (nm, last - 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
    return FALSE;
  return !title_case_line (nm, last);
}

/* ", 18," after token @i on its line: an age (1 to 119) between commas,
 * no number after it. */
static gboolean
age_after (Names *nm, guint i)
{
  const DossierToken *n;
  gsize len;

  if (i + 4 >= nm->n_tokens || !tok_is (nm, i + 1, ",") || !tok_is (nm, i + 3, ",") || !same_line (nm, i, i + 4))
    return FALSE;
  n = tok (nm, i + 2);
  len = n->end - n->start;
  if (!(n->flags & DOSSIER_TOKEN_NUMBER) || len > 3 || (tok (nm, i + 4)->flags & DOSSIER_TOKEN_NUMBER))
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isdigit (nm->ctx->text[n->start + k]))
      return FALSE;
  return len < 3 || (nm->ctx->text[n->start] == '1' && nm->ctx->text[n->start + 1] <= '1');
}

/* Is token @i a capitalised common English word in the plural (Affairs,
 * Relations)? */
static gboolean
plural_common (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;

  return len > 4 && nm->ctx->text[t->end - 1] == 's' && nm->ctx->text[t->end - 2] != 's' &&
         (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
         common_word (nm->ctx->text + t->start, len, 0);
}

/* Good, Young, White: an adjective that is a surname too (so no common
 * word of common-words.txt), at token @i. */
static gboolean
adjective_opener (Names *nm, guint i)
{
  static const char * const words[] = { "Good", "Great", "Best", "Little", "Young", "Long", "Strong", "Rich",
                                        "Poor", "Black", "White", "Brown", "Green", "Gray", "Grey", "Red", "Blue",
                                        "Golden", "Bright", "Sweet", "Wise", "Fair", "Early", "Hard", "Sharp",
                                        "Swift", "Noble", "Bold", "Wild", "Short", "Small", "Large", "Major",
                                        "Dark", "Low", "High", "Deep", "Free", "Moody", "Happy", "Rapid" };
  static WordList list;
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;

  if (len < 3 || len > 6)
    return FALSE;
  return tok_is_one_of (nm, i, words, G_N_ELEMENTS (words), &list);
}

/* ", executive director of", ", a spokesman for" after token @i: a
 * comma, then a role in lower case after two lower-case words at most. */
static gboolean
role_after (Names *nm, guint i)
{
  if (i + 2 >= nm->n_tokens || !tok_is (nm, i + 1, ","))
    return FALSE;
  for (guint k = i + 2; k < nm->n_tokens && k <= i + 4 && same_line (nm, i, k) && is_lower_word (nm, k); k++)
    if (is_role_word (nm, k))
      return k + 1 >= nm->n_tokens || !(tok (nm, k + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) || tok_is (nm, k + 1, "of");
  return FALSE;
}

/* ProPublica, BuzzFeed, WikiLeaks: one word in camel case (one inner
 * capital after lower-case letters) that no surname's particle opens
 * (McCain, DeSantis, LeBron, VanderSloot), no first name (JoAnne) and no
 * surname ends (TimKaine, a handle). */
static gboolean
camel_org_form (const char *form)
{
  static const char * const particles[] = { "Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Lo", "Van", "Vande",
                                            "Vander", "Von", "St", "Fitz", "Al", "El", "Ben", "Abu", "Ibn" };
  gsize len = strlen (form), k;
  gboolean lower = FALSE, caps_pair = FALSE;

  /* MTVu, NBCUniversal: two capitals in a row and lower-case letters
   * (the letters of an acronym, no one's name) */
  for (k = 0; k < len && k < 24; k++)
    {
      if (g_ascii_islower (form[k]))
        lower = TRUE;
      else if (k > 0 && g_ascii_isupper (form[k]) && g_ascii_isupper (form[k - 1]))
        caps_pair = TRUE;
      else if (!g_ascii_isupper (form[k]))
        break;
    }
  if (k == len && lower && caps_pair && len >= 4)
    return TRUE;
  if (len < 5 || len > 24 || !g_ascii_isupper (form[0]) || !g_ascii_islower (form[1]))
    return FALSE;
  for (k = 2; k < len && g_ascii_islower (form[k]); k++)
    ;
  if (k >= len - 1 || !g_ascii_isupper (form[k]) || !g_ascii_islower (form[k + 1]))
    return FALSE;
  for (gsize j = k + 1; j < len; j++)
    if (!g_ascii_islower (form[j]))
      return FALSE;  /* (one inner capital: ShakataGaNai is someone's handle) */
  for (guint p = 0; p < G_N_ELEMENTS (particles); p++)
    if (strlen (particles[p]) == k && memcmp (form, particles[p], k) == 0)
      return FALSE;
  if (dossier_names_lexicon_bits (form, k) & DOSSIER_LEX_FIRSTNAME)
    return FALSE;
  return !(dossier_names_lexicon_bits (form + k, len - k) & (DOSSIER_LEX_SURNAME | DOSSIER_LEX_FIRSTNAME));
}

G_NO_INLINE static gboolean
person_like (Names *nm, guint first, guint last)
{
  gboolean common = FALSE;
  /* (after a known first name, a surname may be a word of another list:
   * Steve King, Steve Israel) */
  guint allowed = DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME;

  if (last > first + 2)
    return FALSE;
  if (tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME)
    allowed |= DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_TITLE | DOSSIER_LEX_ROLE;
  for (guint j = first; j <= last; j++)
    {
      const DossierToken *u = tok (nm, j);
      /* (G.K. Butterfield: initials) */
      gboolean initials = u->end - u->start <= 4 && nm->ctx->text[u->end - 1] == '.' && j < last;
      if ((!initials && (u->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_LINE_START)) !=
             DOSSIER_TOKEN_CAPITALIZED) ||
          (j < last && dossier_names_stem_end (nm->ctx, u) != u->end) ||
          (!initials && (tok_bits (nm, j) & ~allowed)))
        return FALSE;
      common |= !initials && tok_common (nm, j);
    }
  return (tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME) || !common;
}

G_NO_INLINE static gboolean
first_name_then_plain (Names *nm, guint first, guint last)
{
  const char *whole;

  if ((tok_bits (nm, first) & ~DOSSIER_LEX_SURNAME) != DOSSIER_LEX_FIRSTNAME ||
      (tok (nm, first)->flags & DOSSIER_TOKEN_ALL_CAPS) ||
      dossier_names_stem_end (nm->ctx, tok (nm, first)) != tok (nm, first)->end)
    return FALSE;
  for (guint j = first + 1; j <= last; j++)
    {
      const DossierToken *u = tok (nm, j);
      if ((u->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_LINE_START)) !=
            DOSSIER_TOKEN_CAPITALIZED ||
          (j < last && dossier_names_stem_end (nm->ctx, u) != u->end) ||
          (tok_bits (nm, j) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) || tok_common (nm, j))
        return FALSE;
    }
  whole = chunk_tokens (nm, first, last, G_MAXUINT, G_MAXUINT);
  return !is_known_name (phrase_bits (whole, strlen (whole)));
}

/* Turn The Race Around For Ann Ruiz, Long Night Of
 * Jo Doe: inside a person's span on a headline's line, a capitalised
 * function word no person's name holds. */
static gboolean
person_headline_word (Names *nm, guint k, const DossierNameSpan *sp)
{
  static const char * const words[] = { "Of", "For", "The", "Than", "Under", "To", "From", "With", "By", "On",
                                        "At", "In", "Into", "Over", "About", "Against", "Behind" };
  static WordList list;
  const DossierToken *t = tok (nm, k);

  if (t->end - t->start > 7 || k >= sp->last ||
      (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED ||
      !tok_is_one_of (nm, k, words, G_N_ELEMENTS (words), &list))
    return FALSE;
  /* (in another span, before a first name and a surname only: Week Ahead For Jo Doe) */
  if (sp->kind != DOSSIER_NAME_PER &&
      !(sp->last == k + 2 && (tok_bits (nm, k + 1) & DOSSIER_LEX_FIRSTNAME) && person_like (nm, k + 1, sp->last)))
    return FALSE;
  return title_case_line (nm, k);
}

/* A headline's word to split span @sp at, token @k. */
static gboolean
headline_split (Names *nm, guint k, const DossierNameSpan *sp)
{
  return headline_word (nm, k) || headline_verb (nm, k) || person_headline_word (nm, k, sp);
}

/* Appends @sp to @out, split at the function words and verbs of a
 * headline in title case (Bernie Sanders And Hillary Clinton Are Fighting
 * About …); the parts of common words alone are left out. */
static void
append_headline_parts (Names *nm, GArray *out, const DossierNameSpan *sp)
{
  guint from = sp->first, k;

  if (sp->last < sp->first + 3)
    {
      g_array_append_val (out, *sp);
      return;
    }
  for (k = sp->first + 1; k < sp->last; k++)
    if (headline_split (nm, k, sp))
      break;
  if (k >= sp->last)
    {
      g_array_append_val (out, *sp);
      return;
    }
  while (from <= sp->last)
    {
      guint to = from;
      while (to <= sp->last && (to == sp->first || !headline_split (nm, to, sp)))
        to++;
      if (to > from && !all_common_words (chunk_tokens (nm, from, to - 1, G_MAXUINT, G_MAXUINT), 0))
        {
          DossierNameSpan x = *sp;
          x.first = from;
          x.last = to - 1;
          x.start = tok (nm, from)->start;
          x.end = to - 1 == sp->last ? sp->end : tok (nm, to - 1)->end;
          g_array_append_val (out, x);
        }
      from = to + 1;
    }
}

/* Spans that hold two names or more the tagger ran together: the Red
 * Bluff Sun. The paper (the tokens took the head word for the day's
 * abbreviation, and the span runs on into the next sentence), and
 * headlines in title case. One pass finds them and keeps their parts
 * aside; the parts then replace them in place, the array moved from its
 * end (no fresh array), when every split span leaves a part or more. */
typedef struct
{
  guint span;   /* the span split */
  guint parts;  /* its parts: [the previous split's end, this end) of @parts */
} SplitAt;

static GArray *
split_spans (Names *nm, GArray *spans)
{
  GArray *parts = NULL, *splits = NULL;
  gboolean none_empty = TRUE;  /* every split span left a part */
  guint n_in = spans->len;

  for (guint s = 0; s < n_in; s++)
    {
      const DossierNameSpan *sp = &g_array_index (spans, DossierNameSpan, s);
      guint sun = G_MAXUINT, before;
      gboolean headline = FALSE;
      SplitAt at;

      if (sp->last < sp->first + 2)
        continue;
      for (guint k = sp->first + 1; k < sp->last; k++)
        {
          if ((tok (nm, k)->flags & DOSSIER_TOKEN_ABBREVIATION) && tok_is (nm, k, "Sun.") &&
              (tok (nm, k + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              (tok_bits (nm, k + 1) & DOSSIER_LEX_STOPWORD))
            {
              sun = k;
              break;
            }
          if (sp->last >= sp->first + 3 && headline_split (nm, k, sp))
            headline = TRUE;
        }
      if (sun == G_MAXUINT && !headline)
        continue;
      if (parts == NULL)
        {
          parts = g_array_new (FALSE, FALSE, sizeof (DossierNameSpan));
          splits = g_array_new (FALSE, FALSE, sizeof (SplitAt));
        }
      before = parts->len;
      if (sun != G_MAXUINT)
        {
          DossierNameSpan a = *sp, b = *sp;
          a.last = sun - 1;
          a.end = tok (nm, sun - 1)->end;
          b.first = sun + 1;
          b.start = tok (nm, sun + 1)->start;
          append_headline_parts (nm, parts, &a);
          append_headline_parts (nm, parts, &b);
        }
      else
        append_headline_parts (nm, parts, sp);
      none_empty &= parts->len > before;
      at.span = s;
      at.parts = parts->len;
      g_array_append_val (splits, at);
    }
  if (parts == NULL)
    return spans;
  if (none_empty)
    {
      /* from the end: the write index never falls below the read one
       * (each split span leaves one part or more) */
      guint n_out = n_in - splits->len + parts->len, w = n_out, r = n_in;
      DossierNameSpan *x;
      g_array_set_size (spans, n_out);
      x = (DossierNameSpan *) (gpointer) spans->data;
      for (guint j = splits->len; j-- > 0;)
        {
          const SplitAt *at = &g_array_index (splits, SplitAt, j);
          guint from = j > 0 ? g_array_index (splits, SplitAt, j - 1).parts : 0;
          guint run = r - (at->span + 1);
          w -= run;
          memmove (x + w, x + at->span + 1, (gsize) run * sizeof *x);
          w -= at->parts - from;
          memcpy (x + w, &g_array_index (parts, DossierNameSpan, from), (gsize) (at->parts - from) * sizeof *x);
          r = at->span;
        }
      /* (the spans before the first split stay where they are: w == r) */
    }
  else
    {
      GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (DossierNameSpan), n_in - splits->len + parts->len);
      guint copied = 0;
      for (guint j = 0; j < splits->len; j++)
        {
          const SplitAt *at = &g_array_index (splits, SplitAt, j);
          guint from = j > 0 ? g_array_index (splits, SplitAt, j - 1).parts : 0;
          g_array_append_vals (out, &g_array_index (spans, DossierNameSpan, copied), at->span - copied);
          g_array_append_vals (out, &g_array_index (parts, DossierNameSpan, from), at->parts - from);
          copied = at->span + 1;
        }
      g_array_append_vals (out, &g_array_index (spans, DossierNameSpan, copied), n_in - copied);
      g_array_unref (spans);
      spans = out;
    }
  g_array_free (parts, TRUE);
  g_array_free (splits, TRUE);
  return spans;
}

/* Is there a citation line at token @f: "Surname, Given Names. Title"
 * (a list of books)? Sets the given names' last token and the title's
 * tokens. */
static gboolean
citation_line (Names *nm, guint f, guint *given_last, guint *title_first, guint *title_last)
{
  guint g = f + 2, t, end = G_MAXUINT;

  if (f + 5 >= nm->n_tokens || !(tok (nm, f)->flags & DOSSIER_TOKEN_LINE_START) ||
      (tok (nm, f)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_WORD)) !=
        (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_WORD) ||
      !tok_is (nm, f + 1, ","))
    return FALSE;
  while (g < nm->n_tokens && g < f + 5 && same_line (nm, f, g) &&
         (tok (nm, g)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_WORD)) ==
           (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_WORD) &&
         !(tok_bits (nm, g) & DOSSIER_LEX_STOPWORD))
    g++;
  if (g == f + 2 || g + 1 >= nm->n_tokens || !tok_is (nm, g, ".") || !same_line (nm, f, g + 1) ||
      !(tok (nm, g + 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
    return FALSE;
  for (t = g + 1; t < nm->n_tokens && t < g + 17 && same_line (nm, f, t); t++)
    {
      if (tok_is (nm, t, "(") || tok_is (nm, t, ":") || tok_is (nm, t, "."))
        break;
      if (tok (nm, t)->flags & DOSSIER_TOKEN_WORD)
        end = t;
    }
  if (end == G_MAXUINT || (t < nm->n_tokens && same_line (nm, f, t) && !tok_is (nm, t, "(")))
    return FALSE;
  *given_last = g - 1;
  *title_first = g + 1;
  *title_last = end;
  /* (The Secret Agent, A Room with a View: the article left out) */
  if (end > g + 1 && (tok_bits (nm, g + 1) & DOSSIER_LEX_STOPWORD))
    *title_first = g + 2;
  return TRUE;
}

/* The line's first token if the span at @first may be a part of a
 * citation line (its surname, its given names or its title), or
 * G_MAXUINT. */
static guint
citation_start (Names *nm, guint first)
{
  const DossierToken *p;
  char c;

  if (tok (nm, first)->flags & DOSSIER_TOKEN_LINE_START)
    return first;
  if (first < 2)
    return G_MAXUINT;
  /* (by the byte of the token before: most spans have a word there) */
  p = tok (nm, first - 1);
  c = nm->ctx->text[p->start];
  if (p->end != p->start + 1 || (c != ',' && c != '.'))
    return G_MAXUINT;
  if (c == ',')
    return first - 2;
  for (guint k = first - 2; k >= 2 && k + 6 > first; k--)
    if (tok_is (nm, k, ","))
      return k - 1;
  return G_MAXUINT;
}

/* Austen, Jane. Pride and Prejudice / London, Jack. White Fang: in a list
 * of two such lines or more, the surname is a person's name and the rest
 * of the line a work's title, whatever the tagger made of them. */
static GArray *
fix_citations (Names *nm, GArray *spans)
{
  guint n_lines = 0, done = 0;
  GArray *out;

  for (guint s = 0; s < spans->len && n_lines < 2; s++)
    {
      guint first = g_array_index (spans, DossierNameSpan, s).first, f, gl, tf, tl;
      f = citation_start (nm, first);
      if (f != G_MAXUINT && f >= done && citation_line (nm, f, &gl, &tf, &tl))
        {
          n_lines++;
          done = tl + 1;
        }
    }
  if (n_lines < 2)
    return spans;
  out = g_array_sized_new (FALSE, FALSE, sizeof (DossierNameSpan), spans->len + 16);
  done = 0;
  for (guint s = 0; s < spans->len; s++)
    {
      DossierNameSpan sp = g_array_index (spans, DossierNameSpan, s);
      guint f, gl, tf, tl;
      if (sp.first < done)
        continue;
      f = citation_start (nm, sp.first);
      if (f != G_MAXUINT && citation_line (nm, f, &gl, &tf, &tl) &&
          (out->len == 0 || g_array_index (out, DossierNameSpan, out->len - 1).last < f))
        {
          DossierNameSpan a;
          a.first = a.last = f;
          a.start = tok (nm, f)->start;
          a.end = tok (nm, f)->end;
          a.kind = DOSSIER_NAME_PER;
          g_array_append_val (out, a);
          a.first = tf;
          a.last = tl;
          a.start = tok (nm, tf)->start;
          a.end = dossier_names_stem_end (nm->ctx, tok (nm, tl));
          a.kind = DOSSIER_NAME_MISC;
          g_array_append_val (out, a);
          done = tl + 1;
          continue;
        }
      g_array_append_val (out, sp);
    }
  g_array_unref (spans);
  return out;
}

/* Is token @i an ordinal in figures (501st, 7th, 82nd)? */
static gboolean
ordinal_figures (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start, k = 0;

  if (len < 3 || len > 8 || !g_ascii_isdigit (w[0]))
    return FALSE;
  while (k < len && g_ascii_isdigit (w[k]))
    k++;
  if (k + 2 != len)
    return FALSE;
  return (w[k] == 's' && w[k + 1] == 't') || (w[k] == 'n' && w[k + 1] == 'd') || (w[k] == 'r' && w[k + 1] == 'd') ||
         (w[k] == 't' && w[k + 1] == 'h');
}

static void
fix_spans (Names *nm, GArray *spans)
{
  guint floor = G_MAXUINT;  /* the last token of the last person's name */

  for (guint s = 0; s < spans->len; s++)
    {
      DossierNameSpan sp = g_array_index (spans, DossierNameSpan, s);
      guint first = sp.first, last = sp.last;
      const char *title = NULL;
      const char *role = NULL;  /* a role the span held (Goldman Sachs CEO) */
      Cand *c;

      if (s + 2 * PREFETCH_AHEAD < spans->len)
        prefetch_tokens (nm, g_array_index (spans, DossierNameSpan, s + 2 * PREFETCH_AHEAD).first);
      if (s + PREFETCH_AHEAD < spans->len)
        prefetch_text (nm, g_array_index (spans, DossierNameSpan, s + PREFETCH_AHEAD).first);

      /* Follow The Hill on Twitter: the request opens no name; what
       * follows is a person's or an outlet's */
      if ((tok (nm, first)->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) &&
          tok_is_len (nm, first, "Follow", 6) && (tok (nm, first)->flags & DOSSIER_TOKEN_CAPITALIZED))
        {
          if (first == last)
            continue;
          first++;
          if (first < last && tok_is (nm, first, "the"))
            first++;
          sp.kind = (tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME) && first < last ? DOSSIER_NAME_PER
                                                                                   : DOSSIER_NAME_ORG;
        }
      /* Captain America, Doctor Denmark: a title before a place's name
       * alone names a character (title and all), not the place */
      if ((sp.kind == DOSSIER_NAME_PER || sp.kind == DOSSIER_NAME_LOC) && first > 0 &&
          (first == last ||
           (last == first + 1 && last + 1 < nm->n_tokens && tok_is (nm, last + 1, ":") && credit_word (nm, last))) &&
          (tok_bits (nm, first) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)) &&
          !(tok_bits (nm, first) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) &&
          (tok (nm, first - 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          (tok_bits (nm, first - 1) & DOSSIER_LEX_TITLE) && same_line (nm, first - 1, first) &&
          tok (nm, first - 1)->end - tok (nm, first - 1)->start > 3 &&
          (s == 0 || g_array_index (spans, DossierNameSpan, s - 1).last + 1 < first))
        {
          add_cand (nm, first - 1, first, DOSSIER_NAME_PER);
          continue;
        }
      /* the 501st Legion, the 101st Airborne Division: an ordinal in
       * figures before a unit's name is part of it */
      if (first > 0 && (sp.kind == DOSSIER_NAME_ORG || (tok_bits (nm, last) & DOSSIER_LEX_ORGWORD)) &&
          (tok_bits (nm, last) & DOSSIER_LEX_ORGWORD) && same_line (nm, first - 1, first) &&
          ordinal_figures (nm, first - 1) && (s == 0 || g_array_index (spans, DossierNameSpan, s - 1).last + 1 < first))
        {
          first--;
          sp.kind = DOSSIER_NAME_ORG;
        }
      /* Image: Lee for Governor. A name, "for" and an office, alone
       * before the end of a sentence, names a campaign */
      if (last + 3 < nm->n_tokens && tok_is (nm, last + 1, "for") && same_line (nm, first, last + 3) &&
          (tok (nm, last + 2)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          !(tok (nm, last + 3)->flags & DOSSIER_TOKEN_WORD) &&
          dossier_names_stem_end (nm->ctx, tok (nm, last)) == tok (nm, last)->end &&
          (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > last + 2))
        {
          static const char * const offices[] = { "Governor", "President", "Mayor", "Senate", "Senator", "Congress",
                                                  "Council", "Sheriff", "Parliament", "Assembly" };
          static WordList office_list;
          char ch = nm->ctx->text[tok (nm, last + 3)->start];
          if ((ch == '.' || ch == ',' || ch == ';' || ch == ')') &&
              tok_is_one_of (nm, last + 2, offices, G_N_ELEMENTS (offices), &office_list))
            {
              add_cand (nm, first, last + 2, DOSSIER_NAME_ORG);
              continue;
            }
        }
      /* a JPL Stardust website, a NASA Discovery mission: an acronym, then
       * a plain word before a noun; the word names a thing of the body's */
      if (last == first + 1 && sp.kind == DOSSIER_NAME_ORG && last + 1 < nm->n_tokens &&
          (tok (nm, first)->flags & DOSSIER_TOKEN_ALL_CAPS) && tok (nm, first)->end - tok (nm, first)->start >= 2 &&
          tok (nm, first)->end - tok (nm, first)->start <= 5 &&
          (tok (nm, last)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          tok_bits (nm, last) == 0 && !is_company_suffix (nm, last) && !other_head_word (nm, last) &&
          dossier_names_stem_end (nm->ctx, tok (nm, last)) == tok (nm, last)->end &&
          is_lower_word (nm, last + 1) && !function_word (nm, last + 1) && same_line (nm, first, last + 1) &&
          !verb_after_name (nm, last + 1))
        {
          add_cand (nm, first, first, DOSSIER_NAME_ORG);
          add_cand (nm, last, last, DOSSIER_NAME_MISC);
          continue;
        }
      /* the Gallup / Harris poll: one word after an organisation's name
       * and a slash, no first name, is another organisation's */
      if (first == last && sp.kind == DOSSIER_NAME_PER && s > 0 && first >= 2 && tok_is (nm, first - 1, "/") &&
          g_array_index (spans, DossierNameSpan, s - 1).last == first - 2 &&
          g_array_index (spans, DossierNameSpan, s - 1).kind == DOSSIER_NAME_ORG &&
          !(tok_bits (nm, first) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_TITLE)))
        sp.kind = DOSSIER_NAME_ORG;
      /* Group F, Pool B: a tournament's group of teams by its letter */
      if (first == last && first > 0 && tok (nm, first)->end - tok (nm, first)->start == 1 &&
          g_ascii_isupper (nm->ctx->text[tok (nm, first)->start]) && same_line (nm, first - 1, first) &&
          (tok_is (nm, first - 1, "Group") || tok_is (nm, first - 1, "Pool")) &&
          (tok (nm, first - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (s == 0 || g_array_index (spans, DossierNameSpan, s - 1).last + 1 < first))
        {
          add_cand (nm, first - 1, last, DOSSIER_NAME_ORG);
          continue;
        }
      /* Senate Democrats, Texas Republicans: a body's or a place's name
       * before a party's or a faith's members (groups.txt) names them */
      if (last == first + 1 && sp.kind != DOSSIER_NAME_PER &&
          (tok_bits (nm, first) & (DOSSIER_LEX_ORG | DOSSIER_LEX_ORGWORD | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE |
                                   DOSSIER_LEX_CITY)) &&
          !(tok_bits (nm, first) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_TITLE | DOSSIER_LEX_DEMONYM)) &&
          dossier_names_stem_end (nm->ctx, tok (nm, first)) == tok (nm, first)->end)
        {
          const DossierToken *t = tok (nm, last);
          const char *v = LEX_LOOKUP ("groups", nm->ctx->text + t->start, t->end - t->start);
          if (v != NULL && v[0] == 'p' && (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED)
            {
              add_cand (nm, first, last, DOSSIER_NAME_PER);
              continue;
            }
        }
      /* the Pacific Northwest: a capitalised word no span holds after
       * the span makes a known name with it */
      if (last + 1 < nm->n_tokens && last - first < 3 &&
          (tok (nm, last + 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_LINE_START)) == DOSSIER_TOKEN_CAPITALIZED &&
          (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > last + 1) &&
          dossier_names_stem_end (nm->ctx, tok (nm, last)) == tok (nm, last)->end)
        {
          char buf[128];
          const char *txt = tokens_text (nm, first, last + 1, buf, sizeof buf);
          guint kb = phrase_bits (txt, strlen (txt));
          if (is_known_name (kb))
            {
              last++;
              sp.kind = kind_of_bits (kb, sp.kind);
            }
          else if (LEX_LOOKUP ("places", txt, -1) != NULL)
            {
              last++;
              sp.kind = DOSSIER_NAME_LOC;
            }
        }
      /* On Donald Trump, The New Mitt Romney (a headline's words): no
       * person's name opens with a function word */
      while (sp.kind == DOSSIER_NAME_PER && first < last &&
             (tok (nm, first)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
             (tok_bits (nm, first) & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_TITLE)) ==
               DOSSIER_LEX_STOPWORD &&
             !is_particle (nm, first))
        first++;
      /* Middle Eastern, Native Americans: a demonym of two words is no
       * name, but in the plural a group of people */
      if (last == first + 1 && (tok (nm, first)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (((tok_bits (nm, first) | tok_bits (nm, last)) & DOSSIER_LEX_DEMONYM) ||
           dossier_names_phrase_start (nm->ctx->text + tok (nm, first)->start,
                                       tok (nm, first)->end - tok (nm, first)->start)))
        {
          const char *whole = chunk_tokens (nm, first, last, G_MAXUINT, G_MAXUINT);
          guint wb = phrase_bits (whole, strlen (whole));
          if ((wb & DOSSIER_LEX_DEMONYM) && !is_known_name (wb))
            {
              if (nm->ctx->text[tok (nm, last)->end - 1] == 's')
                add_cand (nm, first, last, DOSSIER_NAME_PER);
              continue;
            }
        }
      /* Dana Korvin, 18, from ...: a name of two or three words that
       * nothing else knows, an age after it between commas (or a role:
       * Dana Korvin, executive director of ...), is a person's */
      if (sp.kind != DOSSIER_NAME_PER && last > first && last - first <= 2 &&
          (age_after (nm, last) || role_after (nm, last)))
        {
          gboolean known = FALSE;
          /* (a place's or a body's word before a family name is a given
           * name too: Bay Carver, national treasurer of …) */
          guint allowed = DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME;
          if (tok_bits (nm, last) & DOSSIER_LEX_SURNAME)
            allowed |= DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_ORGWORD;
          for (guint k = first; k <= last; k++)
            if ((tok_bits (nm, k) & ~(k < last ? allowed : DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) ||
                (tok (nm, k)->flags & (DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_NUMBER)) ||
                !(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED))
              known = TRUE;
          if (!known)
            sp.kind = DOSSIER_NAME_PER;
        }
      /* Chicago-based Boeing, Botox-maker Allergan: a hyphenated word
       * ending in a lower-case word opens no name */
      if (last > first && (tok (nm, first)->flags & DOSSIER_TOKEN_HYPHENATED) &&
          (tok (nm, first + 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)))
        {
          const DossierToken *t = tok (nm, first);
          const char *h = nm->ctx->text + t->end - 1;
          while (h > nm->ctx->text + t->start && *h != '-')
            h--;
          if (*h == '-' && h + 3 < nm->ctx->text + t->end && g_ascii_islower (h[1]))
            {
              first++;
              if (sp.kind == DOSSIER_NAME_MISC)
                sp.kind = DOSSIER_NAME_ORG;
            }
        }
      /* Former Florida Gov. Jeb Bush: "Former" opens no place's name */
      if (first < last && (tok (nm, first)->flags & DOSSIER_TOKEN_SENTENCE_START) && tok_is_len (nm, first, "Former", 6))
        first++;
      /* a lone hyphenated compound of known names */
      if (first == last && split_hyphenated (nm, first, sp.kind))
        continue;
      /* the Saudi Interior Ministry, the Korean People's Army: a demonym
       * the tagger left before an organisation's name with its head word */
      if (sp.kind == DOSSIER_NAME_ORG && first >= 2 &&
          (tok (nm, first - 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          tok_is (nm, first - 2, "the") && (tok_bits (nm, first - 1) & DOSSIER_LEX_DEMONYM) &&
          (tok_bits (nm, last) & DOSSIER_LEX_ORGWORD) &&
          same_line (nm, first - 2, last) && !(tok_bits (nm, first) & DOSSIER_LEX_DEMONYM))
        first--;
      /* the Centre for Coastal Ecology, Squadron Officer School: a name
       * the tagger took for a term, after an organisation's head word and
       * "for" or "of", or before one */
      if ((sp.kind == DOSSIER_NAME_MISC || sp.kind == DOSSIER_NAME_PER) && !(tok_bits (nm, first) & DOSSIER_LEX_DEMONYM))
        {
          if (first >= 2 && (tok_is (nm, first - 1, "for") || tok_is (nm, first - 1, "of")) &&
              (sp.kind == DOSSIER_NAME_MISC || !(tok_bits (nm, first) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_TITLE))) &&
              (tok (nm, first - 2)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
              ((tok_bits (nm, first - 2) & DOSSIER_LEX_ORGWORD) ||
               (tok_is (nm, first - 1, "for") && (tok_is (nm, first - 2, "Centre") || tok_is (nm, first - 2, "Center")))) &&
              same_line (nm, first - 2, last) &&
              !names_other (chunk_tokens (nm, first, last, G_MAXUINT, G_MAXUINT), last - first + 1, DOSSIER_NAME_MISC))
            sp.kind = DOSSIER_NAME_ORG;
          else if (sp.kind == DOSSIER_NAME_MISC && last + 2 < nm->n_tokens && same_line (nm, last, last + 2) &&
                   (tok (nm, last + 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_LINE_START)) ==
                     DOSSIER_TOKEN_CAPITALIZED &&
                   !(tok_bits (nm, last + 1) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_STOPWORD)) &&
                   (tok (nm, last + 2)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
                   (tok_bits (nm, last + 2) & DOSSIER_LEX_ORGWORD) && !(tok_bits (nm, last + 2) & DOSSIER_LEX_PLACEWORD) &&
                   (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > last + 2))
            sp.kind = DOSSIER_NAME_ORG;
        }
      /* (Hewlett-Packard CEO Carly Fiorina taken for a term: split below) */
      if (sp.kind == DOSSIER_NAME_MISC && last >= first + 2)
        {
          guint k;
          int t;
          if (role_then_person (nm, first, last, &k) && (tok_bits (nm, k + 1) & DOSSIER_LEX_FIRSTNAME))
            sp.kind = DOSSIER_NAME_ORG;
          /* (Rep. Hank Johnson taken for a term: a title, then a first name) */
          else if ((tok_bits (nm, first) & DOSSIER_LEX_TITLE) && (t = title_at (nm, first, last)) >= 0 &&
                   (guint) t < last && person_like (nm, t + 1, last))
            sp.kind = DOSSIER_NAME_PER;
        }
      /* (Judicial Watch, Consumer Watch taken for a term or left out: an organisation) */
      if (sp.kind != DOSSIER_NAME_PER && last + 1 < nm->n_tokens && tok_is (nm, last + 1, "Watch") &&
          stopword_ends_name (nm, last + 1) && (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > last + 1))
        last++;
      if (sp.kind == DOSSIER_NAME_MISC && last > first && tok_is (nm, last, "Watch") && stopword_ends_name (nm, last))
        sp.kind = DOSSIER_NAME_ORG;
      if (sp.kind == DOSSIER_NAME_MISC)
        {
          /* other names (events, works, products), but no demonyms */
          gboolean skip = FALSE;
          while (last > first && (tok_bits (nm, last) & DOSSIER_LEX_STOPWORD))
            last--;
          for (guint k = first; k <= last; k++)
            if ((tok_bits (nm, k) & DOSSIER_LEX_DEMONYM) ||
                ((tok_bits (nm, k) & DOSSIER_LEX_STOPWORD) &&
                 (k == first || (tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED))))
              skip = TRUE;
          if (!skip && first == last && group_word (nm, first))
            add_cand (nm, first, last, DOSSIER_NAME_PER);  /* Afghans: a people */
          else if (!skip && !sentence_opener (nm, first))
            add_cand (nm, year_before (nm, first, last), last, DOSSIER_NAME_MISC);
          else if (skip)
            {
              DossierNameKind k = demonym_name (nm, first, last);
              if (k != DOSSIER_NAME_NONE)
                add_cand (nm, first, last, k);
              else if (last > first && (tok_bits (nm, first) & DOSSIER_LEX_DEMONYM))
                {
                  /* Saudi Arabia's Civil Aviation Authority: a known name
                   * with a possessive opens the span, a name follows */
                  for (guint p = first + 1; p < last; p++)
                    if (dossier_names_stem_end (nm->ctx, tok (nm, p)) != tok (nm, p)->end)
                      {
                        const char *known = chunk_tokens (nm, first, p, G_MAXUINT, G_MAXUINT);
                        guint kb = phrase_bits (known, strlen (known));
                        guint hb = tok_bits (nm, last);
                        if (is_known_name (kb))
                          {
                            add_cand (nm, first, p, kind_of_bits (kb, DOSSIER_NAME_LOC));
                            if (hb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
                              add_cand (nm, p + 1, last,
                                        (hb & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC);
                          }
                        break;
                      }
                }
            }
          continue;
        }

      /* Colorado State University of the US: a name, then where it is */
      if (last >= first + 3 && sp.kind != DOSSIER_NAME_PER)
        {
          guint k = last;
          while (k > first + 1 && (tok_bits (nm, k) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)))
            k--;
          if (k < last && k > first + 1 && tok_is (nm, k, "the") && tok_is (nm, k - 1, "of"))
            {
              add_cand (nm, first, k - 2, sp.kind);
              add_cand (nm, k + 1, last, DOSSIER_NAME_LOC);
              continue;
            }
        }

      /* the Minister of Education Anna Rossi: after a title and "of" or
       * "for", common words (the portfolio, the title's) and two names */
      if (last >= first + 2 && last <= first + 4 && sp.kind != DOSSIER_NAME_PER && first >= 2 &&
          (tok_is (nm, first - 1, "of") || tok_is (nm, first - 1, "for")) &&
          (tok_bits (nm, first - 2) & DOSSIER_LEX_TITLE) && same_line (nm, first - 2, last))
        {
          gboolean ok = TRUE;
          for (guint j = last - 1; j <= last && ok; j++)
            {
              const DossierToken *t = tok (nm, j);
              ok = (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
                   (j == last || dossier_names_stem_end (nm->ctx, t) == t->end) &&
                   !(tok_bits (nm, j) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) &&
                   !common_word (nm->ctx->text + t->start, t->end - t->start, 0);
            }
          if (ok && !(tok_bits (nm, last - 2) & DOSSIER_LEX_ORGWORD) &&
              all_common_words (chunk_tokens (nm, first, last - 2, G_MAXUINT, G_MAXUINT), 0))
            {
              title = chunk_tokens (nm, first - 2, last - 2, G_MAXUINT, G_MAXUINT);
              first = last - 1;
              sp.kind = DOSSIER_NAME_PER;
            }
        }
      /* NASA Bill Ingalls, Refugee Council Enver Solomon: a known name or
       * one with an organisation's head word, then two words of a name */
      if (last >= first + 2 && sp.kind != DOSSIER_NAME_MISC)
        {
          DossierNameKind k1;
          if (name_then_person (nm, first, last, &k1))
            {
              add_cand (nm, first, last - 2, k1);
              first = last - 1;
              sp.kind = DOSSIER_NAME_PER;
            }
        }

      /* DAB's Ben Chan, NASA Administrator Charles Bolden: an
       * organisation or place, then a person */
      if (last > first)
        {
          guint split = G_MAXUINT, rest = G_MAXUINT;
          for (guint k = first; k < last && split == G_MAXUINT; k++)
            {
              const DossierToken *t = tok (nm, k);
              int te;
              if (dossier_names_stem_end (nm->ctx, t) != t->end && k + 3 >= last)
                {
                  split = k;
                  rest = k + 1;
                }
              else if (k > first && (te = title_at (nm, k, last - 1)) >= 0 && !(tok_bits (nm, k - 1) & DOSSIER_LEX_TITLE) &&
                       /* (Squadron Officer School: the head word ends the name) */
                       !((guint) te + 1 == last && (tok_bits (nm, last) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))))
                {
                  split = k - 1;
                  rest = (guint) te + 1;
                }
            }
          if (split != G_MAXUINT && rest <= last)
            {
              DossierNameKind k1 = sp.kind, k2 = sp.kind;
              gboolean person = sp.kind == DOSSIER_NAME_PER ||
                                (tok_bits (nm, rest) & DOSSIER_LEX_FIRSTNAME) != 0 || rest > split + 1;
              if (person)
                {
                  k2 = DOSSIER_NAME_PER;
                  if (k1 == DOSSIER_NAME_PER && !owner_is_person (nm, first, split, rest))
                    k1 = kind_of_bits (tok_bits (nm, split), DOSSIER_NAME_ORG);
                  add_cand (nm, first, split, k1);
                  first = rest;
                  sp.kind = k2;
                  if (rest > split + 1)
                    title = chunk_tokens (nm, split + 1, rest - 1, G_MAXUINT, G_MAXUINT);
                }
              else if (rest == split + 1 && possessive_split_ok (nm, first, split, last))
                {
                  /* Chile's Andes Bank: two names, whatever the second is */
                  gboolean plain = last - rest >= 1 && last - rest <= 2;
                  for (guint k = rest; k <= last && plain; k++)
                    if (!(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
                        (tok_bits (nm, k) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
                      plain = FALSE;
                  add_cand (nm, first, split, kind_of_bits (tok_bits (nm, split), sp.kind));
                  first = rest;
                  if (plain)
                    sp.kind = DOSSIER_NAME_PER;
                }
            }
        }

      /* Goldman Sachs CEO Lloyd Blankfein, Judiciary Committee Republican
       * Thomas Ardley: an organisation, a role or a party, then a person,
       * who keeps the words before as a role */
      if (title == NULL && first == sp.first && sp.kind != DOSSIER_NAME_MISC && last >= first + 2)
        {
          guint k;
          if (role_then_person (nm, first, last, &k))
            {
              guint pe = k;
              while (pe > first && (tok_bits (nm, pe - 1) & DOSSIER_LEX_TITLE) && is_role_word (nm, pe - 1))
                pe--;
              if (pe > first)
                {
                  const char *prefix = chunk_tokens (nm, first, pe - 1, G_MAXUINT, G_MAXUINT);
                  add_cand (nm, first, pe - 1, kind_of_bits (phrase_bits (prefix, strlen (prefix)), DOSSIER_NAME_ORG));
                }
              role = chunk_tokens (nm, first, k, G_MAXUINT, G_MAXUINT);
              first = k + 1;
              sp.kind = DOSSIER_NAME_PER;
            }
        }

      /* the Office of Political Affairs Dana Quell: an organisation's head
       * word or a common word in the plural, then a known first name and a surname, a person */
      if (title == NULL && first == sp.first && sp.kind == DOSSIER_NAME_ORG && last >= first + 3 &&
          ((tok_bits (nm, last - 2) & DOSSIER_LEX_ORGWORD) || plural_common (nm, last - 2)) &&
          !(tok_bits (nm, last - 2) & DOSSIER_LEX_FIRSTNAME) &&
          (tok_bits (nm, last - 1) & DOSSIER_LEX_FIRSTNAME) &&
          !(tok_bits (nm, last - 1) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) &&
          !(tok_bits (nm, last) & ~(DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) &&
          (tok (nm, last)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          (tok (nm, last - 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          dossier_names_stem_end (nm->ctx, tok (nm, last - 2)) == tok (nm, last - 2)->end &&
          dossier_names_stem_end (nm->ctx, tok (nm, last - 1)) == tok (nm, last - 1)->end && !tok_common (nm, last))
        {
          add_cand (nm, first, last - 2, DOSSIER_NAME_ORG);
          first = last - 1;
          sp.kind = DOSSIER_NAME_PER;
        }
      /* titles before a name leave the mention */
      while (first < last)
        {
          int t = title_at (nm, first, last);
          if (t < 0 || (guint) t >= last)
            break;
          /* St. Louis, Saint Helena: a saint's name tagged a place stays whole */
          if (sp.kind == DOSSIER_NAME_LOC && (guint) t == first &&
              (tok_is (nm, first, "St.") || tok_is (nm, first, "St") || tok_is (nm, first, "Saint") ||
               tok_is (nm, first, "Ste.") || tok_is (nm, first, "Ste")))
            break;
          title = chunk_tokens (nm, first, (guint) t, G_MAXUINT, G_MAXUINT);
          first = (guint) t + 1;
          if ((sp.kind != DOSSIER_NAME_PER && sp.kind != DOSSIER_NAME_ORG) ||
              /* (Rep. Alan Grayson tagged an organisation) */
              (sp.kind == DOSSIER_NAME_ORG && (tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME) && person_like (nm, first, last)))
            sp.kind = DOSSIER_NAME_PER;
        }
      /* a title just before the span (the tagger leaves titles out) */
      if (title == NULL && sp.kind == DOSSIER_NAME_PER && first > 0)
        {
          for (guint back = MIN (3u, first); back >= 1; back--)
            {
              int t;
              /* (a title of several words only starts with a word that may start one) */
              if (back >= 2 && !title_may_start (nm, first - back))
                continue;
              t = title_at (nm, first - back, first - 1);
              if (t == (int) first - 1 && same_line (nm, first - back, first))
                {
                  title = chunk_tokens (nm, first - back, first - 1, G_MAXUINT, G_MAXUINT);
                  break;
                }
            }
        }
      /* The Home Office, State Department Spokesperson: articles and roles at the edges */
      if (last > first && sp.kind != DOSSIER_NAME_PER &&
          (tok_is (nm, first, "the") || tok_is (nm, first, "a") || tok_is (nm, first, "an") ||
           (tok_bits (nm, last) & DOSSIER_LEX_TITLE)))
        {
          const char *whole = chunk_tokens (nm, first, last, G_MAXUINT, G_MAXUINT);
          gboolean art = tok_is (nm, first, "the") || tok_is (nm, first, "a") || tok_is (nm, first, "an");
          /* The Guardian: the article stays out when the name is known without it too */
          if (art && is_known_name (phrase_bits (whole, strlen (whole))))
            {
              const char *rest = chunk_tokens (nm, first + 1, last, G_MAXUINT, G_MAXUINT);
              if (is_known_name (phrase_bits (rest, strlen (rest))))
                first++;
            }
          else if (!is_known_name (phrase_bits (whole, strlen (whole))))
            {
              if (art)
                first++;
              while (last > first && (tok_bits (nm, last) & DOSSIER_LEX_TITLE) &&
                     !(tok_bits (nm, last) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)))
                last--;
            }
        }

      /* the United Nations High Commissioner: a title that starts in the
       * span and runs on past it is no part of the name */
      if (last > first && sp.kind != DOSSIER_NAME_PER && last + 1 < nm->n_tokens &&
          (tok (nm, last + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, last, last + 1) &&
          !(tok_bits (nm, last) & DOSSIER_LEX_TITLE) && title_at (nm, last, last + 2) > (int) last)
        {
          last--;
          while (last > first && (tok_is (nm, last, "of") || tok_is (nm, last, "for") || tok_is (nm, last, "the")))
            last--;
        }
      /* Museum of Flight CEO, Virginia Governor: a role after a place's or an
       * organisation's name is no part of it */
      if (last > first && (sp.kind != DOSSIER_NAME_PER || last == first + 1) && trailing_role (nm, first, last))
        {
          last--;
          if (sp.kind == DOSSIER_NAME_PER)
            sp.kind = kind_of_bits (tok_bits (nm, first), sp.kind);
        }
      /* Nonpartisan Paul Tse, Veteran Ann Loy: a common word before a first
       * name and a surname is no part of the name */
      if (sp.kind == DOSSIER_NAME_PER && last >= first + 2 && (tok_bits (nm, first + 1) & DOSSIER_LEX_FIRSTNAME) &&
          !(tok_bits (nm, first) & (DOSSIER_LEX_TITLE | DOSSIER_LEX_FIRSTNAME)) && tok_common (nm, first))
        first++;
      /* Currently Shalev: an adverb that opens a sentence */
      if (last > first && sentence_opener (nm, first) && tok_bits (nm, first) == 0 && !place_word (nm, first))
        first++;

      /* a NASA T-shirt, an X-ray: a letter and a hyphen make a common noun */
      while (last > first && (tok (nm, last)->flags & DOSSIER_TOKEN_HYPHENATED) &&
             tok (nm, last)->end - tok (nm, last)->start > 3 &&
             nm->ctx->text[tok (nm, last)->start + 1] == '-' &&
             g_ascii_islower (nm->ctx->text[tok (nm, last)->start + 2]))
        last--;
      /* function words at the end of a span (ABC News Permalink) */
      while (last > first && (tok_bits (nm, last) & DOSSIER_LEX_STOPWORD) &&
             !(tok (nm, last)->flags & DOSSIER_TOKEN_ALL_CAPS) && !stopword_ends_name (nm, last))
        {
          const char *whole = chunk_tokens (nm, first, last, G_MAXUINT, G_MAXUINT);
          if (is_known_name (phrase_bits (whole, strlen (whole))))
            break;
          last--;
        }
      if (first == last)
        {
          guint bits = tok_bits (nm, first);
          const DossierToken *t = tok (nm, first);
          /* demonyms, function words, a title alone; but a group of
           * people (Muslims, Afghans) names persons */
          if ((bits & DOSSIER_LEX_DEMONYM) && !is_known_name (bits))
            {
              if (group_of_people (nm, first, sp.kind))
                add_cand (nm, first, first, DOSSIER_NAME_PER);
              continue;
            }
          if ((bits & DOSSIER_LEX_STOPWORD) && !(t->flags & DOSSIER_TOKEN_ALL_CAPS))
            continue;
          /* Good advice is ..., Crowds like these ...: a word that
           * opens a sentence, no list knows, a lower-case word after it
           * (no verb) and its own lower-case form nearby is a common word */
          if ((t->flags & DOSSIER_TOKEN_SENTENCE_START) && !(bits & ~(DOSSIER_LEX_SURNAME | DOSSIER_LEX_FIRSTNAME)) &&
              !(t->flags & DOSSIER_TOKEN_ALL_CAPS) && first + 1 < nm->n_tokens && same_line (nm, first, first + 1) &&
              is_lower_word (nm, first + 1) && !verb_after_name (nm, first + 1) && !function_word (nm, first + 1))
            {
              gsize tl = t->end - t->start;
              if (adjective_opener (nm, first))
                continue;
              /* Teachers aren't ..., Voters have ...: a common noun in the plural */
              if (tl > 4 && nm->ctx->text[t->end - 1] == 's' && nm->ctx->text[t->end - 2] != 's' &&
                  common_word (nm->ctx->text + t->start, tl, 0))
                continue;
              if (bits == 0 && sp.kind != DOSSIER_NAME_LOC && nm->opener_budget >= 8000)
                {
                  nm->opener_budget -= 8000;
                  if (lower_nearby (nm, first, 4000))
                    continue;
                }
            }
          if (sentence_opener (nm, first) || generic_alone (nm, first, bits))
            {
              if (group_of_people (nm, first, sp.kind))
                add_cand (nm, first, first, DOSSIER_NAME_PER);
              continue;
            }
          /* a heading of one unknown word (Background, Interview) */
          if ((t->flags & DOSSIER_TOKEN_LINE_START) && sp.kind != DOSSIER_NAME_PER &&
              !(t->flags & (DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_ABBREVIATION)) && bits == 0 &&
              (first + 1 >= nm->n_tokens || !same_line (nm, first, first + 1)))
            continue;
          if ((bits & DOSSIER_LEX_TITLE) && title == NULL && !is_known_name (bits) &&
              !(t->flags & DOSSIER_TOKEN_ABBREVIATION))
            continue;
        }

      /* Benjamin "Bibi" Netanyahu: a name, a quoted word, a name */
      if (sp.kind == DOSSIER_NAME_PER && last + 4 < nm->n_tokens && is_quote_tok (nm, last + 1) &&
          is_quote_tok (nm, last + 3) && (tok (nm, last + 2)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (tok (nm, last + 4)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, last, last + 4))
        {
          guint t = s + 1, end_tok = last + 4;
          /* the tagger may have taken the nickname as a name of its own */
          if (t < spans->len && g_array_index (spans, DossierNameSpan, t).first == last + 2)
            t++;
          if (t < spans->len && g_array_index (spans, DossierNameSpan, t).first == last + 4)
            end_tok = g_array_index (spans, DossierNameSpan, t).last;
          else
            t = G_MAXUINT;
          add_cand (nm, first, end_tok, DOSSIER_NAME_PER);
          c = &g_array_index (nm->cands, Cand, nm->cands->len - 1);
          c->form = chunk_tokens (nm, first, end_tok, last + 1, last + 3);
          extra_set (nm, c)->nickname = chunk_range (nm, tok (nm, last + 2)->start, tok (nm, last + 2)->end);
          if (title)
            extra_set (nm, c)->title = title;
          find_role (nm, c, title ? sp.first : first, floor);
          if (t != G_MAXUINT)
            s = t;
          floor = end_tok;
          continue;
        }

      /* Von der Leyen at the start of a sentence */
      if (sp.kind == DOSSIER_NAME_PER || first == last)
        {
          guint j = first;
          while (j > 0 && j + 3 > first && is_particle (nm, j - 1) && same_line (nm, j - 1, first))
            j--;
          if (j < first && (tok (nm, j)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              (j == 0 || !(tok (nm, j - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
               (tok (nm, j)->flags & DOSSIER_TOKEN_SENTENCE_START)))
            {
              first = j;
              sp.kind = DOSSIER_NAME_PER;
            }
        }

      /* particles: Ursula von der Leyen, Nikolaus van der Pas */
      if (sp.kind == DOSSIER_NAME_PER || first == last)
        {
          guint j = last + 1;
          while (j < nm->n_tokens && j < last + 4 && is_particle (nm, j))
            j++;
          if (j > last + 1 && j < nm->n_tokens && (tok (nm, j)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              same_line (nm, last, j) && !(tok_bits (nm, j) & DOSSIER_LEX_STOPWORD) &&
              dossier_names_stem_end (nm->ctx, tok (nm, last)) != tok (nm, last)->end && sp.kind != DOSSIER_NAME_PER)
            {
              /* Italy's la Repubblica: the owner, then a name of its own */
              guint end_tok = j;
              if (s + 1 < spans->len && g_array_index (spans, DossierNameSpan, s + 1).first == j)
                {
                  end_tok = g_array_index (spans, DossierNameSpan, s + 1).last;
                  s++;
                }
              add_cand (nm, first, last, sp.kind);
              add_cand (nm, last + 1, end_tok, DOSSIER_NAME_ORG);
              continue;
            }
          if (j > last + 1 && j < nm->n_tokens && (tok (nm, j)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
              same_line (nm, last, j) && !(tok_bits (nm, j) & DOSSIER_LEX_STOPWORD))
            {
              guint end_tok = j;
              if (s + 1 < spans->len && g_array_index (spans, DossierNameSpan, s + 1).first == j)
                {
                  end_tok = g_array_index (spans, DossierNameSpan, s + 1).last;
                  s++;
                }
              last = end_tok;
              sp.kind = DOSSIER_NAME_PER;
            }
        }

      /* singer-songwriter Carly Simon: an unknown capitalised word the
       * tagger left just before a surname it took is the first name */
      if (sp.kind == DOSSIER_NAME_PER && first == last && first >= 2 &&
          (tok (nm, first - 1)->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS |
                                        DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START |
                                        DOSSIER_TOKEN_HYPHENATED)) ==
            (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) &&
          ((is_lower_word (nm, first - 2) && !tok_is (nm, first - 2, "the")) ||
           /* (Acme CEO Carly Fiorina: or after a role word) */
           ((tok (nm, first - 2)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) && is_role_word (nm, first - 2))) &&
          same_line (nm, first - 2, first) &&
          tok_bits (nm, first - 1) == 0 && !common_word (nm->ctx->text + tok (nm, first - 1)->start,
                                                         tok (nm, first - 1)->end - tok (nm, first - 1)->start, 0) &&
          dossier_names_stem_end (nm->ctx, tok (nm, first - 1)) == tok (nm, first - 1)->end &&
          (nm->cands->len == 0 || g_array_index (nm->cands, Cand, nm->cands->len - 1).last < first - 1))
        first--;
      /* won by Harold To., Peter Or was elected: a capitalised function word
       * inside a sentence after a first name is a surname */
      if (sp.kind == DOSSIER_NAME_PER && first == last && last + 2 < nm->n_tokens &&
          (tok_bits (nm, last) & DOSSIER_LEX_FIRSTNAME) && same_line (nm, last, last + 1) &&
          (tok (nm, last + 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_SENTENCE_START)) ==
            DOSSIER_TOKEN_CAPITALIZED &&
          tok (nm, last + 1)->end - tok (nm, last + 1)->start <= 3 &&
          (tok_bits (nm, last + 1) & DOSSIER_LEX_STOPWORD) &&
          !(tok (nm, last + 2)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (first == 0 || !(tok (nm, first - 1)->flags & DOSSIER_TOKEN_CAPITALIZED)) &&
          (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > last + 1))
        last++;
      /* Suleiman al-Amr, Zine al-Abidine Ben Ali: a particle joined by a hyphen */
      /* (Prof. Marta d'Alessio: after a title or a first name, whatever the tagger said) */
      if ((sp.kind == DOSSIER_NAME_PER || first == last) && last + 1 < nm->n_tokens && hyphen_particle (nm, last + 1) &&
          (sp.kind == DOSSIER_NAME_PER ||
           (first == last && ((tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME) ||
                              (first > 0 && (tok_bits (nm, first - 1) & DOSSIER_LEX_TITLE))))) &&
          same_line (nm, last, last + 1) && dossier_names_stem_end (nm->ctx, tok (nm, last)) == tok (nm, last)->end)
        {
          sp.kind = DOSSIER_NAME_PER;
          guint end_tok = last + 1;
          if (s + 1 < spans->len && g_array_index (spans, DossierNameSpan, s + 1).first == last + 2 &&
              g_array_index (spans, DossierNameSpan, s + 1).kind == DOSSIER_NAME_PER &&
              dossier_names_stem_end (nm->ctx, tok (nm, last + 1)) == tok (nm, last + 1)->end)
            {
              end_tok = g_array_index (spans, DossierNameSpan, s + 1).last;
              s++;
            }
          last = end_tok;
        }

      /* Douglas & Lomason, Procter & Gamble: a firm */
      if (s + 1 < spans->len && last + 2 < nm->n_tokens && tok_is (nm, last + 1, "&") &&
          g_array_index (spans, DossierNameSpan, s + 1).first == last + 2 && same_line (nm, last, last + 2))
        {
          guint end_tok = g_array_index (spans, DossierNameSpan, s + 1).last;
          s++;
          add_cand (nm, first, end_tok, DOSSIER_NAME_ORG);
          continue;
        }

      /* Kennedy Space Center, Ohio State University: a name, then
       * capitalised words up to the head word of an organisation or a place */
      if (sp.kind != DOSSIER_NAME_MISC && sp.end == tok (nm, last)->end)
        {
          guint j = last + 1, head = G_MAXUINT, ns = s + 1;
          while (j < nm->n_tokens && j <= last + 3 && same_line (nm, last, j) &&
                 (connector_part (nm, j) ||
                  /* Squadron Officer School: a title word just before the head */
                  (j + 1 < nm->n_tokens && (tok (nm, j)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                   (tok_bits (nm, j) & DOSSIER_LEX_TITLE) && !(tok_bits (nm, j) & DOSSIER_LEX_STOPWORD) &&
                   (tok (nm, j + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, j, j + 1) &&
                   (tok_bits (nm, j + 1) & DOSSIER_LEX_ORGWORD) && !(tok_bits (nm, j + 1) & DOSSIER_LEX_TITLE))) &&
                 !(tok (nm, j)->flags & DOSSIER_TOKEN_LINE_START))
            {
              if (tok_bits (nm, j) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
                {
                  head = j;
                  break;
                }
              if (dossier_names_stem_end (nm->ctx, tok (nm, j)) != tok (nm, j)->end)
                break;
              j++;
            }
          if (head != G_MAXUINT && sp.kind == DOSSIER_NAME_PER && head < last + 2)
            head = G_MAXUINT;
          while (head != G_MAXUINT && ns < spans->len && g_array_index (spans, DossierNameSpan, ns).first <= head)
            {
              if (g_array_index (spans, DossierNameSpan, ns).last > head)
                head = G_MAXUINT;
              else
                ns++;
            }
          if (head != G_MAXUINT)
            {
              guint hb = tok_bits (nm, head);
              s = ns - 1;
              last = head;
              sp.kind = (hb & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC;
              title = NULL;
            }
        }

      /* Lear Corp, Schroder Wertheim & Co: the company's suffix (but
       * "Video: Snowlark & Kestrelfan.": a credit's two user names) */
      {
        guint j = last + 1;
        gboolean grew = FALSE;
        gboolean credit = first == last && first >= 2 && j < nm->n_tokens && tok_is (nm, first - 1, ":") &&
                          credit_word (nm, first - 2) && tok_bits (nm, first) == 0 &&
                          (tok_is (nm, j, "&") || tok_is (nm, j, "and") || tok_is (nm, j, ".") ||
                           (tok (nm, j)->flags & DOSSIER_TOKEN_LINE_START)) &&
                          tok (nm, first)->end - tok (nm, first)->start > 1 &&
                          g_ascii_islower (nm->ctx->text[tok (nm, first)->start + 1]);
        if (credit)
          sp.kind = DOSSIER_NAME_PER;
        if (!credit && j + 1 < nm->n_tokens && tok_is (nm, j, "&") &&
            (tok (nm, j + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && same_line (nm, last, j + 1) &&
            (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > j + 1))
          {
            last = j + 1;
            grew = TRUE;
            j = last + 1;
          }
        if (j < nm->n_tokens && is_company_suffix (nm, j) && !(tok (nm, j)->flags & DOSSIER_TOKEN_LINE_START) &&
            (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > j))
          {
            last = j;
            grew = TRUE;
          }
        if (grew)
          sp.kind = DOSSIER_NAME_ORG;
      }

      /* the Biden administration */
      if (last + 1 < nm->n_tokens && tok_is (nm, last + 1, "administration") &&
          sp.kind == DOSSIER_NAME_PER && first == last)
        {
          add_cand (nm, first, last + 1, DOSSIER_NAME_ORG);
          continue;
        }

      /* U.S. Embassy in Cairo */
      if (sp.kind != DOSSIER_NAME_PER && s + 1 < spans->len && last + 2 < nm->n_tokens &&
          tok_is (nm, last + 1, "in"))
        {
          DossierNameSpan *nx = &g_array_index (spans, DossierNameSpan, s + 1);
          static const char * const heads[] = { "Embassy", "Consulate", "Mission", "Office", "Bureau" };
          gboolean head = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
            head |= tok_is (nm, last, heads[k]);
          if (head && nx->first == last + 2 && nx->kind == DOSSIER_NAME_LOC)
            {
              add_cand (nm, first, nx->last, DOSSIER_NAME_ORG);
              c = &g_array_index (nm->cands, Cand, nm->cands->len - 1);
              if (title)
                extra_set (nm, c)->title = title;
              /* the place keeps its own mention: it follows */
              continue;
            }
        }

      /* University of Arkansas, Church of England, Gulf of Mexico */
      if (sp.kind != DOSSIER_NAME_PER || first == last)
        {
          guint of = first >= 2 && tok_is (nm, first - 1, "the") ? first - 2 : first - 1;
          if (first >= 2 && of >= 1 && (tok_is (nm, of, "of") || tok_is (nm, of, "for")) &&
              same_line (nm, of - 1, first))
            {
              guint head = of - 1;
              guint hb = tok_bits (nm, head);
              const DossierToken *ht = tok (nm, head);
              gboolean place = TRUE;
              for (guint k = first; k <= last && place; k++)
                place = (tok_bits (nm, k) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)) != 0;
              /* Iowa State University of the US: the name, then where it is */
              if (place && (of + 2 == first || head_named (nm, head)) &&
                  (hb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) && (ht->flags & DOSSIER_TOKEN_CAPITALIZED))
                {
                  Cand *prev = nm->cands->len ? &g_array_index (nm->cands, Cand, nm->cands->len - 1) : NULL;
                  guint from = head;
                  if (!prev || prev->last < head)
                    {
                      while (from > 0 && head - from < 3 && same_line (nm, from - 1, head) &&
                             (!prev || prev->last < from - 1) &&
                             (tok (nm, from - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                             !tok_is (nm, from - 1, "the") && !tok_is (nm, from - 1, "a") &&
                             dossier_names_stem_end (nm->ctx, tok (nm, from - 1)) == tok (nm, from - 1)->end)
                        from--;
                      if (prev && prev->last + 1 == from && from < head && same_line (nm, prev->first, head) &&
                          prev->end == tok (nm, prev->last)->end && prev->kind != DOSSIER_NAME_PER)
                        {
                          prev->last = head;
                          prev->end = ht->end;
                          prev->kind = (hb & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC;
                          prev->form = NULL;
                        }
                      else
                        add_cand (nm, from, head, (hb & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC);
                    }
                  add_cand (nm, first, last, DOSSIER_NAME_LOC);
                  continue;
                }
              /* (but Acme Inc of Boise: a legal suffix ends a company's name) */
              if ((hb & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) && (ht->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                  !is_company_suffix (nm, head))
                {
                  DossierNameKind k = (hb & DOSSIER_LEX_ORGWORD) ? DOSSIER_NAME_ORG : DOSSIER_NAME_LOC;
                  Cand *prev = nm->cands->len ? &g_array_index (nm->cands, Cand, nm->cands->len - 1) : NULL;
                  /* the Centre for Policy Studies: a research centre */
                  if (tok_is (nm, of, "for") && (tok_is (nm, head, "Centre") || tok_is (nm, head, "Center")))
                    k = DOSSIER_NAME_ORG;
                  if (prev && prev->last == head && prev->end == ht->end)
                    {
                      prev->last = last;
                      prev->end = dossier_names_stem_end (nm->ctx, tok (nm, last));
                      prev->kind = k;
                      prev->form = NULL;
                      continue;
                    }
                  if (!prev || prev->last < head)
                    {
                      guint from = head;
                      while (from > 0 && (!prev || prev->last < from - 1) && same_line (nm, from - 1, head) &&
                             (tok (nm, from - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
                             !(tok_bits (nm, from - 1) & DOSSIER_LEX_STOPWORD) && head - from < 4)
                        from--;
                      add_cand (nm, from, last, k);
                      continue;
                    }
                }
            }
        }

      /* Ortega Industries tagged a person: a company's head word ends it */
      if (sp.kind == DOSSIER_NAME_PER && last > first && (tok_bits (nm, last) & DOSSIER_LEX_ORGWORD) &&
          !(tok_bits (nm, last) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_TITLE)))
        sp.kind = DOSSIER_NAME_ORG;
      /* Farouk Ben Mustapha tagged an organisation: a known first name and
       * one or two words that are no name's head word make a person */
      if ((sp.kind == DOSSIER_NAME_ORG || sp.kind == DOSSIER_NAME_LOC) && last > first && last <= first + 2 &&
          (tok_bits (nm, first) & DOSSIER_LEX_FIRSTNAME) && first_name_then_plain (nm, first, last))
        sp.kind = DOSSIER_NAME_PER;
      add_cand (nm, sp.kind != DOSSIER_NAME_PER ? year_before (nm, first, last) : first, last, sp.kind);
      c = &g_array_index (nm->cands, Cand, nm->cands->len - 1);
      /* TD Securities Inc. at a sentence's end: the period is the
       * sentence's, not the name's */
      if (last > first && nm->ctx->text[c->end - 1] == '.' && c->end == tok (nm, last)->end &&
          (last + 1 >= nm->n_tokens || (tok (nm, last + 1)->flags & (DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_SENTENCE_START))) &&
          is_company_suffix (nm, last))
        {
          c->end--;
          c->form = chunk_range (nm, c->start, c->end);
        }
      /* according to the Las Vegas Sun.: the paper's head word ends the
       * sentence (the tokens took it for the day's abbreviation) */
      if (sp.kind != DOSSIER_NAME_PER && first >= 1 && last + 1 < nm->n_tokens &&
          (tok (nm, last + 1)->flags & DOSSIER_TOKEN_ABBREVIATION) && tok_is (nm, last + 1, "Sun.") &&
          tok_is (nm, first - 1, "the") && same_line (nm, last, last + 1) && c->end == tok (nm, last)->end &&
          (s + 1 >= spans->len || g_array_index (spans, DossierNameSpan, s + 1).first > last + 1))
        {
          c->last = last + 1;
          c->end = tok (nm, last + 1)->end - 1;
          c->kind = DOSSIER_NAME_ORG;
          c->form = chunk_range (nm, c->start, c->end);
        }
      if (title)
        extra_set (nm, c)->title = title;
      if (c->kind == DOSSIER_NAME_PER)
        {
          find_role (nm, c, title ? sp.first : first, floor);
          floor = last;
        }
      if (extra_get (nm, c)->role == NULL && (role || title))
        extra_set (nm, c)->role = role ? role : title;
    }
}

/* Hyphenated compounds of known names the tagger left alone. */
/* The same for the loops over the capitalised words no span holds. */
static inline void
prefetch_loose (Names *nm, guint ci)
{
  if (ci + 2 * PREFETCH_AHEAD < nm->n_loose)
    __builtin_prefetch (&nm->tokens[nm->loose[ci + 2 * PREFETCH_AHEAD]]);
  if (ci + PREFETCH_AHEAD < nm->n_loose)
    prefetch_text (nm, nm->loose[ci + PREFETCH_AHEAD]);
}

/* Lists the capitalised tokens no span holds (Names.loose), from the
 * capitalised tokens and the spans alone (no token read). */
static void
find_loose (Names *nm, GArray *spans)
{
  const DossierNameSpan *sp = (const DossierNameSpan *) (void *) spans->data;
  guint s = 0;

  nm->loose = g_new (guint32, nm->n_caps + 1);
  nm->n_loose = 0;
  for (guint ci = 0; ci < nm->n_caps; ci++)
    {
      guint i = nm->caps[ci];
      while (s < spans->len && sp[s].last < i)
        s++;
      /* (without a branch: kept or not, at random) */
      nm->loose[nm->n_loose] = i;
      nm->n_loose += !(s < spans->len && sp[s].first <= i);
    }
}

static void
split_untagged_compounds (Names *nm, GArray *spans)
{
  find_loose (nm, spans);
  for (guint ci = 0; ci < nm->n_loose; ci++)
    {
      guint i = nm->loose[ci];
      const DossierToken *t = tok (nm, i);
      prefetch_loose (nm, ci);
      if ((t->flags & (DOSSIER_TOKEN_HYPHENATED | DOSSIER_TOKEN_CAPITALIZED)) ==
          (DOSSIER_TOKEN_HYPHENATED | DOSSIER_TOKEN_CAPITALIZED))
        split_hyphenated (nm, i, DOSSIER_NAME_LOC);
    }
}

/* Is token @i a whole name of other-names.txt (Web, Firefox)? */
/* Sets bit l of @lens[c] for every key (shorter than 32 bytes) of @list
 * of length l that starts with the byte c: a word that no key can be is
 * then told without hashing it. */
static void
key_lens (GHashTable *list, guint32 *lens)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, list);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gsize kl = strlen (key);
      if (kl < 32)
        lens[(guchar) ((const char *) key)[0]] |= 1u << kl;
    }
}

/* What listed_word () keeps of a list: its table, the lengths (< 32) of
 * its words by their first byte, and a filter of their hashes (4096
 * bits; a long list: none). */
typedef struct
{
  GHashTable *table;
  guint32     lens[256];
  gboolean    all;
  guint64     bits[64];
} ListedWords;

/* A word's bit in ListedWords.bits. */
static inline guint
listed_bit (const char *s, gsize len)
{
  return (guint) (str_hash (s, len) >> 20);
}

/* The value list @name gives token @i's text (under 32 bytes), or NULL;
 * @list is the caller's, filled at the first call: a word whose first
 * byte and length no entry has, or whose hash none has, is told without
 * looking it up. */
static const char *
listed_word (Names        *nm,
             guint         i,
             const char   *name,
             ListedWords **list)
{
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;
  const char *w = nm->ctx->text + t->start;
  const ListedWords *lw;
  char buf[32];
  guint b;

  if (len >= sizeof buf)
    return NULL;
  if (g_once_init_enter (list))
    {
      ListedWords *l = g_new0 (ListedWords, 1);
      GHashTableIter iter;
      gpointer key;

      l->table = dossier_lexicon_get_list (dossier_lexicon_get_default (), name);
      key_lens (l->table, l->lens);
      l->all = g_hash_table_size (l->table) > 1024;
      g_hash_table_iter_init (&iter, l->table);
      while (!l->all && g_hash_table_iter_next (&iter, &key, NULL))
        {
          gsize kl = strlen (key);
          if (kl < sizeof buf)
            {
              b = listed_bit (key, kl);
              l->bits[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
            }
        }
      g_once_init_leave (list, l);
    }
  lw = *list;
  if (!(lw->lens[(guchar) w[0]] & (1u << len)))
    return NULL;
  b = listed_bit (w, len);
  if (!lw->all && !(lw->bits[b >> 6] & (G_GUINT64_CONSTANT (1) << (b & 63))))
    return NULL;
  memcpy (buf, w, len);
  buf[len] = '\0';
  return dossier_lexicon_table_lookup (lw->table, buf, -1);
}

static gboolean
other_name_word (Names *nm, guint i)
{
  static ListedWords *list;
  const char *v;

  if (tok (nm, i)->end - tok (nm, i)->start < 2)
    return FALSE;
  v = listed_word (nm, i, "other-names", &list);
  return v != NULL && (strcmp (v, "name") == 0 || strcmp (v, "head+") == 0);
}

/* Is @w (of @len bytes) a group of people by its name alone: a word of
 * groups.txt (Muslims, the Kurds, Republicans: by faith, people or party;
 * *@same: a word that is its own plural) or a nationality in the plural
 * (Americans, Afghans)? */
static gboolean
group_form (const char *w, gsize len, gboolean *same)
{
  const char *v, *place;

  *same = FALSE;
  if (len < 4 || len > 31)
    return FALSE;
  v = LEX_LOOKUP ("groups", w, len);
  if (v != NULL)
    {
      *same = v[0] == 's';
      return TRUE;
    }
  if (w[len - 1] != 's' || w[len - 2] == 's' || w[len - 2] == '\'' ||
      !(dossier_names_lexicon_bits (w, len - 1) & DOSSIER_LEX_DEMONYM))
    return FALSE;
  place = LEX_LOOKUP ("demonyms", w, len - 1);
  return place != NULL && *place != '\0';
}

/* Is token @i a group of people's name (group_form ()) used as one: a word
 * that is its own plural (Rohingya) only when no noun follows it (Rohingya
 * refugees), a nationality not after a count (74 Americans, the two
 * Americans: so many people, no name)? */
static gboolean
group_word (Names *nm, guint i)
{
  static const char * const counts[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                         "ten", "eleven", "twelve", "dozen", "dozens", "hundred", "hundreds",
                                         "thousand", "thousands", "million", "millions" };
  static WordList count_list;
  static ListedWords *groups;
  static GHashTable *demonyms;
  static guint32 demonym_lens[256];
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start;
  const char *v;
  gboolean same;

  if ((t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED ||
      len < 4 || len > 31)
    return FALSE;
  /* (a word no group's name can be, by its first byte and length, is
   * told without hashing it) */
  if (g_once_init_enter (&demonyms))
    {
      GHashTable *l = dossier_lexicon_get_list (dossier_lexicon_get_default (), "demonyms");
      key_lens (l, demonym_lens);
      g_once_init_leave (&demonyms, l);
    }
  v = listed_word (nm, i, "groups", &groups);
  if (v != NULL)
    same = v[0] == 's';
  else
    {
      char buf[32];
      if (w[len - 1] != 's' || w[len - 2] == 's' || w[len - 2] == '\'' ||
          !((demonym_lens[(guchar) w[0]] >> (len - 1)) & 1))
        return FALSE;
      memcpy (buf, w, len - 1);
      buf[len - 1] = '\0';
      v = dossier_lexicon_table_lookup (demonyms, buf, -1);
      if (v == NULL || *v == '\0')
        return FALSE;
      same = FALSE;
    }
  if (same)
    return i + 1 >= nm->n_tokens || !(tok (nm, i + 1)->flags & DOSSIER_TOKEN_WORD) || function_word (nm, i + 1);
  return i == 0 || !((tok (nm, i - 1)->flags & DOSSIER_TOKEN_NUMBER) ||
                     tok_is_one_of (nm, i - 1, counts, G_N_ELEMENTS (counts), &count_list));
}

/* group_word () for a span of the tagger's of kind @kind: a team the
 * tagger saw stays one (the Indians won), unless a faith's or a party's
 * (groups.txt). */
static gboolean
group_of_people (Names *nm, guint i, DossierNameKind kind)
{
  const DossierToken *t = tok (nm, i);

  return group_word (nm, i) &&
         (kind != DOSSIER_NAME_ORG || LEX_LOOKUP ("groups", nm->ctx->text + t->start, t->end - t->start) != NULL);
}

/* The kind a number after token @i gives the name it ends (Chapter 11,
 * Windows 95: other; Interstate 5: place), from numbered-names.txt, or
 * NULL: its value, "other" or "place". */
static const char *
numbered_head (Names *nm, guint i)
{
  static ListedWords *list;

  if ((tok (nm, i)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) != DOSSIER_TOKEN_CAPITALIZED)
    return NULL;
  return listed_word (nm, i, "numbered-names", &list);
}

/* Is the token after @i a number of the name that ends at @i: a whole
 * number of one to three digits on the same line, no part of a range, a
 * score, a time or a decimal, and no quantity (Olympic 100 metres)? After
 * a word of numbered-names.txt (@listed) a noun may follow (Chapter 11
 * bankruptcy). */
static gboolean
number_after (Names *nm, guint i, gboolean listed)
{
  const char *text = nm->ctx->text;
  guint n = i + 1;
  const DossierToken *t;

  if (n >= nm->n_tokens)
    return FALSE;
  t = tok (nm, n);
  if (!(t->flags & DOSSIER_TOKEN_NUMBER) || !(t->flags & DOSSIER_TOKEN_SPACE_BEFORE) || t->end - t->start > 3 ||
      (t->flags & DOSSIER_TOKEN_LINE_START))
    return FALSE;
  for (guint k = t->start; k < t->end; k++)
    if (!g_ascii_isdigit (text[k]))
      return FALSE;
  if (n + 1 >= nm->n_tokens)
    return TRUE;
  t = tok (nm, n + 1);
  if (t->flags & DOSSIER_TOKEN_LINE_START)
    return TRUE;
  if (t->flags & DOSSIER_TOKEN_NUMBER)
    return FALSE;
  if (!(t->flags & DOSSIER_TOKEN_WORD))
    {
      /* 2-1, 3:30, 1.5, a list of scores (Israel 2, Bulgaria 0) */
      char c = text[t->start];
      if (c == '-' || c == ':' || c == '/' || (guchar) c == 0xe2)
        return FALSE;
      if (c == '.')
        return t->end >= nm->ctx->length || !g_ascii_isdigit (text[t->end]);
      if (c == ',' && !listed && n + 3 < nm->n_tokens && (tok (nm, n + 3)->flags & DOSSIER_TOKEN_NUMBER))
        return FALSE;
      return TRUE;
    }
  if (t->flags & DOSSIER_TOKEN_CAPITALIZED)
    return n + 2 >= nm->n_tokens || !(tok (nm, n + 2)->flags & DOSSIER_TOKEN_NUMBER);
  {
    /* (Windows 95 is, Apollo 11 was) */
    static const char * const verbs[] = { "is", "was", "has", "had", "will", "would", "became", "remains" };
    static WordList list;
    return listed || function_word (nm, n + 1) || tok_is_one_of (nm, n + 1, verbs, G_N_ELEMENTS (verbs), &list);
  }
}

/* Chapter 11, Windows 95, Internet Explorer 6: a number after a name of
 * the kind other, or after a word of numbered-names.txt, is part of the
 * name. */
static void
extend_numbered (Names *nm)
{
  guint n = nm->cands->len;

  for (guint i = 0; i < n; i++)
    {
      Cand *c = &g_array_index (nm->cands, Cand, i);
      const char *v;

      /* the tokens after the mentions ahead, fetched meanwhile */
      if (i + PREFETCH_FAR < n)
        __builtin_prefetch (tok (nm, g_array_index (nm->cands, Cand, i + PREFETCH_FAR).last));
      if (c->last + 1 >= nm->n_tokens || !(tok (nm, c->last + 1)->flags & DOSSIER_TOKEN_NUMBER) ||
          c->end != tok (nm, c->last)->end || c->kind == DOSSIER_NAME_NONE)
        continue;
      v = numbered_head (nm, c->last);
      if (!number_after (nm, c->last, v != NULL))
        continue;
      if (v == NULL && c->kind != DOSSIER_NAME_MISC &&
          !names_other (chunk_tokens (nm, c->first, c->last, G_MAXUINT, G_MAXUINT), c->last - c->first + 1,
                        (DossierNameKind) c->kind))
        continue;
      c->last++;
      c->end = tok (nm, c->last)->end;
      c->form = NULL;
      if (v != NULL)
        c->kind = v[0] == 'p' ? DOSSIER_NAME_LOC : DOSSIER_NAME_MISC;
    }
}

/* Is token @i a head word of other-names.txt (War, Cup, Festival)? */
static gboolean
other_head_word (Names *nm, guint i)
{
  static ListedWords *list;
  const char *v;

  if (dossier_names_stem_end (nm->ctx, tok (nm, i)) != tok (nm, i)->end)
    return FALSE;
  v = listed_word (nm, i, "other-names", &list);
  return v != NULL && g_str_has_prefix (v, "head");
}

/* Is token @i a region or a part of the world of places.txt (Tasmania)? */
static gboolean
place_word (Names *nm, guint i)
{
  static ListedWords *list;
  const DossierToken *t = tok (nm, i);
  const char *v;

  if (t->end - t->start < 3 || (t->flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  v = listed_word (nm, i, "places", &list);
  return v != NULL && strcmp (v, "first") != 0;
}

/* Is token @i a web domain's ending (.com, .org, .ca) joined to the word
 * before it? */
static gboolean
domain_at (Names *nm, guint i)
{
  static const char * const tlds[] = { "com", "org", "net", "edu", "gov", "info", "io", "us", "ca",
                                       "uk", "au", "de", "fr" };
  const DossierToken *d, *t;

  if (i + 1 >= nm->n_tokens)
    return FALSE;
  d = tok (nm, i);
  t = tok (nm, i + 1);
  if (d->end - d->start != 1 || nm->ctx->text[d->start] != '.' ||
      (d->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START)) ||
      (t->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START)))
    return FALSE;
  if (i + 2 < nm->n_tokens && !(tok (nm, i + 2)->flags & DOSSIER_TOKEN_SPACE_BEFORE) &&
      (tok (nm, i + 2)->flags & DOSSIER_TOKEN_WORD))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (tlds); k++)
    if (tok_is_len (nm, i + 1, tlds[k], strlen (tlds[k])) && g_ascii_islower (nm->ctx->text[t->start]))
      return TRUE;
  return FALSE;
}

/* Gawker.com, CBC.ca: a name with a web domain's ending is a site; a
 * site is no person. */
static void
join_domains (Names *nm)
{
  for (guint c = 0; c < nm->cands->len; c++)
    {
      Cand *x = &g_array_index (nm->cands, Cand, c);
      /* the last tokens of the mentions ahead, fetched meanwhile */
      if (c + PREFETCH_FAR < nm->cands->len)
        __builtin_prefetch (tok (nm, g_array_index (nm->cands, Cand, c + PREFETCH_FAR).last));
      if (x->end != tok (nm, x->last)->end || !domain_at (nm, x->last + 1))
        continue;
      x->last += 2;
      x->end = tok (nm, x->last)->end;
      x->form = NULL;
      if (x->kind == DOSSIER_NAME_PER)
        x->kind = DOSSIER_NAME_MISC;
    }
}

/* A byte of the text where add_camel_case () looks closer: a capital
 * after a lower-case letter (wikiHow), a period between lower-case letters
 * (podiobooks.com), a '#'. */
static inline gboolean
camel_hit (const guchar *text, gsize n, gsize p)
{
  guchar c = text[p];

  if (c == '#')
    return TRUE;
  if (p == 0 || text[p - 1] < 'a' || text[p - 1] > 'z')
    return FALSE;
  if (c >= 'A' && c <= 'Z')
    return TRUE;
  return c == '.' && p + 1 < n && text[p + 1] >= 'a' && text[p + 1] <= 'z';
}

/* The name at byte @p that camel_hit () found, if any: a word that starts
 * in lower case and has a capital inside (wikiHow, iPhone), a web domain
 * (podiobooks.com), a hashtag (#SaveTheReef). *@s walks the tagger's
 * spans, whose words are left alone; *@done is the last token taken. */
static void
camel_name_at (Names *nm, GArray *spans, guint *s, guint *done, gsize p)
{
  const char *text = nm->ctx->text;
  guint i = dossier_context_token_at (nm->ctx, (guint) p);
  guint first, last;
  const DossierToken *t;

  if (i >= nm->n_tokens || (*done != G_MAXUINT && i <= *done))
    return;
  t = tok (nm, i);
  if (text[p] == '#')
    {
      /* a hashtag */
      if (t->start != p || t->end != p + 1 || i + 1 >= nm->n_tokens ||
          !(tok (nm, i + 1)->flags & DOSSIER_TOKEN_WORD) ||
          (tok (nm, i + 1)->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START)) ||
          tok (nm, i + 1)->end - tok (nm, i + 1)->start < 3)
        return;
      first = i;
      last = i + 1;
    }
  else if (text[p] == '.')
    {
      /* podiobooks.com: a word in lower case, a period, a domain's ending */
      const DossierToken *w;
      if (t->start != p || i == 0 || !domain_at (nm, i))
        return;
      w = tok (nm, i - 1);
      if (w->end - w->start < 3 || (w->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) != DOSSIER_TOKEN_WORD ||
          !g_ascii_islower (text[w->start]))
        return;
      first = i - 1;
      last = i + 1;
    }
  else
    {
      /* wikiHow */
      gsize len = t->end - t->start;
      if (t->start >= p || p + 1 >= t->end || len < 4 || len > 24 || !g_ascii_islower (text[t->start]) ||
          !g_ascii_islower (text[p + 1]) ||
          (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) != DOSSIER_TOKEN_WORD)
        return;
      for (gsize k = t->start; k < t->end; k++)
        if (!g_ascii_isalnum (text[k]))
          return;
      first = last = i;
    }
  while (*s < spans->len && g_array_index (spans, DossierNameSpan, *s).last < first)
    (*s)++;
  if (*s < spans->len && g_array_index (spans, DossierNameSpan, *s).first <= last)
    return;
  add_cand (nm, first, last, DOSSIER_NAME_MISC);
  *done = last;
}

/* wikiHow, eBay, iPhone: a word that starts in lower case and has a
 * capital after a lower-case letter is a name (of kind other unless the
 * rules say more); so are a web domain in lower case (podiobooks.com) and
 * a hashtag. The text is scanned sixteen bytes at a time (SSE2) for the
 * few places worth a closer look. */
static void
add_camel_case (Names *nm, GArray *spans)
{
  const guchar *text = (const guchar *) nm->ctx->text;
  gsize n = nm->ctx->length, p = 0;
  guint s = 0, done = G_MAXUINT;

#ifdef __SSE2__
  {
    /* a byte is in A-Z (a-z) when, moved by 0x80 - 'A' (0x80 - 'a'), it
     * is one of the 26 lowest signed values: two operations a range */
    const __m128i to_upper = _mm_set1_epi8 ((char) (0x80 - 'A')), to_lower = _mm_set1_epi8 ((char) (0x80 - 'a'));
    const __m128i letters = _mm_set1_epi8 ((char) (-128 + 26));
    const __m128i dot = _mm_set1_epi8 ('.'), hash = _mm_set1_epi8 ('#');

    /* the first bytes one by one (none before them) */
    for (; p < 16 && p < n; p++)
      if (camel_hit (text, n, p))
        camel_name_at (nm, spans, &s, &done, p);
    /* then sixteen at a time, with the bytes just before and after them
     * (loaded one byte off) */
    for (; p + 17 <= n; p += 16)
      {
        __m128i x = _mm_loadu_si128 ((const __m128i *) (const void *) (text + p));
        __m128i xb = _mm_loadu_si128 ((const __m128i *) (const void *) (text + p - 1));
        __m128i xa = _mm_loadu_si128 ((const __m128i *) (const void *) (text + p + 1));
        __m128i upper = _mm_cmpgt_epi8 (letters, _mm_add_epi8 (x, to_upper));
        __m128i lower_before = _mm_cmpgt_epi8 (letters, _mm_add_epi8 (xb, to_lower));
        __m128i lower_after = _mm_cmpgt_epi8 (letters, _mm_add_epi8 (xa, to_lower));
        /* a capital or a period after a lower-case letter (the period before
         * one too), any '#' */
        __m128i hit = _mm_or_si128 (_mm_and_si128 (lower_before,
                                                   _mm_or_si128 (upper, _mm_and_si128 (_mm_cmpeq_epi8 (x, dot), lower_after))),
                                    _mm_cmpeq_epi8 (x, hash));
        guint hits = (guint) _mm_movemask_epi8 (hit);

        for (; hits; hits &= hits - 1)
          camel_name_at (nm, spans, &s, &done, p + (guint) g_bit_nth_lsf (hits, -1));
      }
  }
#endif
  for (; p < n; p++)
    if (camel_hit (text, n, p))
      camel_name_at (nm, spans, &s, &done, p);
}

/* The World Health Organisation (WHO): an acronym in brackets just after
 * a name the tagger found is the same name's, even when it is also a word. */
static void
add_bracketed_acronyms (Names *nm)
{
  guint n = nm->cands->len;

  for (guint c = 0; c < n; c++)
    {
      Cand *x = &g_array_index (nm->cands, Cand, c);
      guint a = x->last + 2;
      const DossierToken *t;
      gboolean taken = FALSE;

      if (c + PREFETCH_FAR < n)
        __builtin_prefetch (tok (nm, g_array_index (nm->cands, Cand, c + PREFETCH_FAR).last));
      if (x->kind == DOSSIER_NAME_PER || x->first == x->last || a + 1 >= nm->n_tokens ||
          x->end != tok (nm, x->last)->end || !tok_is (nm, x->last + 1, "(") || !tok_is (nm, a + 1, ")"))
        continue;
      t = tok (nm, a);
      if (!(t->flags & DOSSIER_TOKEN_ALL_CAPS) || t->end - t->start < 2 || t->end - t->start > 8 ||
          ascii_lower (nm->ctx->text[t->start]) != ascii_lower (nm->ctx->text[x->start]))
        continue;
      for (guint k = c + 1; k < nm->cands->len && !taken; k++)
        {
          const Cand *y = &g_array_index (nm->cands, Cand, k);
          if (y->first > a)
            break;
          taken = y->last >= a;
        }
      if (!taken)
        {
          DossierNameKind kind = x->kind;
          add_cand (nm, a, a, kind);
        }
    }
}

/* Does token @i read as the verb of a name before it: a speech verb
 * (says, told), an auxiliary, or a past tense in -ed? */
static gboolean
verb_after_name (Names *nm, guint i)
{
  static GHashTable *verbs;
  static const char * const aux[] = { "is", "was", "has", "had", "will", "would", "spoke", "interviews" };
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start;
  char buf[24];

  if (len < 2 || len >= sizeof buf)
    return FALSE;
  if (len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd')
    return TRUE;
  memcpy (buf, w, len);
  buf[len] = '\0';
  for (guint k = 0; k < G_N_ELEMENTS (aux); k++)
    if (buf[0] == aux[k][0] && strcmp (buf, aux[k]) == 0)
      return TRUE;
  if (g_once_init_enter (&verbs))
    g_once_init_leave (&verbs, dossier_lexicon_get_list (dossier_lexicon_get_default (), "speech-verbs"));
  return g_hash_table_contains (verbs, buf);
}

/* Does the word [w, w + len) end like a common noun (automakers,
 * organisers, readings, fairness, settlements, nations), or has it no
 * vowel (Shrs)? */
static gboolean
common_suffix (const char *w, gsize len)
{
  static const char * const ends[] = { "ers", "ors", "ists", "ings", "ness", "ment", "ments", "tion", "tions",
                                       "ism", "isms", "ity", "ities", "ians" };
  gboolean vowel = FALSE;

  for (gsize k = 0; k < len && !vowel; k++)
    vowel = strchr ("aeiouyAEIOUY", w[k]) != NULL;
  if (!vowel)
    return TRUE;
  /* (every ending ends in s, t, n, m or y) */
  if (w[len - 1] != 's' && w[len - 1] != 't' && w[len - 1] != 'n' && w[len - 1] != 'm' && w[len - 1] != 'y')
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (ends); k++)
    {
      gsize el = strlen (ends[k]);
      if (len > el + 2 && memcmp (w + len - el, ends[k], el) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Wikinews interviewed ...: a word that opens a sentence, followed by
 * running text, is a name when no list knows it, it is no common English
 * word and its lower-case form is nowhere near. */
static void
add_sentence_openers (Names *nm, GArray *spans)
{
  /* the look-ups for a lower-case twin read the text once more at most */
  gsize budget = (gsize) nm->ctx->length + 65536;

  /* (the capitalised words no span holds: find_loose () listed them from
   * the same spans) */
  (void) spans;
  for (guint ci = 0; ci < nm->n_loose; ci++)
    {
      guint i = nm->loose[ci];
      const DossierToken *t = tok (nm, i), *u;
      const char *w = nm->ctx->text + t->start;
      gsize len = t->end - t->start;
      gboolean plain = TRUE;

      prefetch_loose (nm, ci);
      if (!(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) ||
          (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) != (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) ||
          len < 4 || len > 20 || i + 1 >= nm->n_tokens)
        continue;
      for (gsize k = 1; k < len && plain; k++)
        plain = g_ascii_islower (w[k]);
      if (!plain || common_suffix (w, len))
        continue;
      u = tok (nm, i + 1);
      if ((u->flags & DOSSIER_TOKEN_LINE_START) || !is_lower_word (nm, i + 1) || tok_bits (nm, i) != 0 ||
          (i > 0 && tok_is (nm, i - 1, "/")) || dossier_names_phrase_start (w, len) ||
          place_word (nm, i) || other_name_word (nm, i) || !verb_after_name (nm, i + 1))
        continue;
      {
        char buf[24];
        buf[0] = g_ascii_tolower (w[0]);
        memcpy (buf + 1, w + 1, len - 1);
        buf[len] = '\0';
        if (LEX_LOOKUP ("common-words", buf, len) != NULL)
          continue;
      }
      if (budget < 8000)
        break;
      budget -= 8000;
      if (lower_nearby (nm, i, 4000))
        continue;
      add_cand (nm, i, i, DOSSIER_NAME_ORG);
    }
}

/* Is token @i a short lower-case word a title's words may have between
 * them (Scarne on Card Tricks, Pride and Prejudice)? */
static gboolean
title_connector_word (Names *nm, guint i)
{
  /* the words (of four bytes at most), each as its bytes and length in
   * one number, compared at once */
#define K1(a) ((guint64) 1 << 32 | (guint64) (a))
#define K2(a, b) ((guint64) 2 << 32 | (guint64) (a) | (guint64) (b) << 8)
#define K3(a, b, c) ((guint64) 3 << 32 | (guint64) (a) | (guint64) (b) << 8 | (guint64) (c) << 16)
#define K4(a, b, c, d) ((guint64) 4 << 32 | (guint64) (a) | (guint64) (b) << 8 | (guint64) (c) << 16 | (guint64) (d) << 24)
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start;
  guint64 key;

  if (len > 4 || len == 0 || !is_lower_word (nm, i))
    return FALSE;
  key = (guint64) len << 32;
  for (gsize k = 0; k < len; k++)
    key |= (guint64) (guchar) ascii_lower (w[k]) << (8 * k);
  switch (key)
    {
    case K2 ('o', 'n'): case K2 ('o', 'f'): case K3 ('f', 'o', 'r'): case K2 ('o', 'r'):
    case K3 ('a', 'n', 'd'): case K3 ('t', 'h', 'e'): case K1 ('a'): case K2 ('a', 'n'):
    case K2 ('i', 'n'): case K2 ('t', 'o'): case K4 ('w', 'i', 't', 'h'): case K2 ('a', 't'):
    case K4 ('f', 'r', 'o', 'm'): case K2 ('b', 'y'):
      return TRUE;
    default:
      return FALSE;
    }
#undef K1
#undef K2
#undef K3
#undef K4
}

/* title_connector_word (), a long or capitalised word told inline. */
static inline gboolean
title_connector (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);

  if (t->end - t->start > 4 || !is_lower_word (nm, i))
    return FALSE;
  return title_connector_word (nm, i);
}

/* Is there a work's noun (book, novel, film, album ...) just before token
 * @i, or before a comma before it? */
static G_NO_INLINE gboolean
work_noun_before_word (Names *nm, guint i)
{
  static const char * const works[] = { "book", "novel", "memoir", "film", "movie", "documentary", "album", "song",
                                        "opera", "musical", "poem", "painting", "essay" };
  static WordList list;
  guint j = i - 1;
  if (i >= 2 && tok_is (nm, j, ","))
    j--;
  if (j < 1 || !is_lower_word (nm, j) || !same_line (nm, j, i))
    return FALSE;
  /* (a noun, not a verb: to film, will film) */
  if (tok_is (nm, j - 1, "to") || tok_is (nm, j - 1, "will") || tok_is (nm, j - 1, "would") ||
      tok_is (nm, j - 1, "and") || !is_lower_word (nm, j - 1))
    return FALSE;
  return tok_is_one_of (nm, j, works, G_N_ELEMENTS (works), &list);
}

/* work_noun_before_word (), the words of no work's noun's length (4 to 8
 * and 11 bytes) and those in capitals told inline. */
static inline gboolean
work_noun_before (Names *nm, guint i)
{
  guint j = i - 1;
  gsize len;

  if (i >= 2 && tok_is (nm, j, ","))
    j--;
  if (j < 1)
    return FALSE;
  len = tok (nm, j)->end - tok (nm, j)->start;
  if (len > 11 || !((0x9f0u >> len) & 1) || !is_lower_word (nm, j))
    return FALSE;
  return work_noun_before_word (nm, i);
}

/* "Scarne on Card Tricks", "A Better Map of Tiny Towns": all a quotation
 * holds is capitalised words with a lower-case connector between them: a
 * title, one name of kind other (the names inside it are its words). The
 * mentions are sorted. */
static void
join_quoted_titles (Names *nm)
{
  Cand *x = (Cand *) (void *) nm->cands->data;
  guint n = nm->cands->len, first_drop = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      guint q1, q2, words = 0, connectors = 0;
      gboolean ok = TRUE;

      /* the tokens before the mentions ahead, fetched meanwhile */
      if (i + PREFETCH_FAR < n && x[i + PREFETCH_FAR].first > 0)
        __builtin_prefetch (tok (nm, x[i + PREFETCH_FAR].first - 1));
      if (x[i].kind == DOSSIER_NAME_NONE || x[i].first < 1)
        continue;
      /* his book Blown for Good, the novel, Pride and Prejudice: after a
       * work's noun, a title runs over connectors to its last capitalised word */
      if (work_noun_before (nm, x[i].first))
        {
          guint j = x[i].last + 1, end = x[i].last, conn = 0;
          while (j < nm->n_tokens && j < x[i].last + 8 && same_line (nm, x[i].first, j))
            {
              const DossierToken *t = tok (nm, j);
              if (title_connector (nm, j))
                conn++;
              else if ((t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) ==
                       (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) && !(t->flags & DOSSIER_TOKEN_SENTENCE_START))
                end = j;
              else
                break;
              j++;
            }
          if (end > x[i].last && conn > 0)
            {
              x[i].last = end;
              x[i].end = tok (nm, end)->end;
              x[i].kind = DOSSIER_NAME_MISC;
              x[i].form = NULL;
              x[i].extra = 0;
              for (guint k = i + 1; k < n && x[k].first <= end; k++)
                {
                  x[k].kind = DOSSIER_NAME_NONE;
                  first_drop = MIN (first_drop, k);
                }
              continue;
            }
        }
      /* the opening mark, at most six words back */
      q1 = x[i].first - 1;
      /* (q1 < x[i].first: a token, no bound to test) */
      while (q1 > 0 && q1 + 6 > x[i].first && !(tok (nm, q1)->flags & DOSSIER_TOKEN_QUOTE_MARK) &&
             ((tok (nm, q1)->flags & DOSSIER_TOKEN_CAPITALIZED) || title_connector (nm, q1)))
        q1--;
      if (!is_quote_tok (nm, q1))
        continue;
      q2 = x[i].last + 1;
      while (q2 < nm->n_tokens && q2 < x[i].last + 8 && !is_quote_tok (nm, q2) &&
             ((tok (nm, q2)->flags & DOSSIER_TOKEN_CAPITALIZED) || title_connector (nm, q2)))
        q2++;
      /* (a comma or a period may close the title inside the marks) */
      if (q2 + 1 < nm->n_tokens && !is_quote_tok (nm, q2) && is_quote_tok (nm, q2 + 1) &&
          (tok_is (nm, q2, ",") || tok_is (nm, q2, ".")))
        ;
      else if (q2 >= nm->n_tokens || !is_quote_tok (nm, q2))
        continue;
      if (q2 < q1 + 4 || !same_line (nm, q1, q2))
        continue;
      for (guint k = q1 + 1; k < q2 && ok; k++)
        {
          if (title_connector (nm, k))
            connectors++;
          else if ((tok (nm, k)->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) ==
                   (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) && !(tok_bits (nm, k) & DOSSIER_LEX_TITLE))
            words++;
          else
            ok = FALSE;
        }
      if (!ok || connectors == 0 || words < 2 || title_connector (nm, q2 - 1) ||
          !(tok (nm, q1 + 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
        continue;
      /* (but an organisation's or a place's name in quotation marks stays
       * one: "Friends of the Forest", "Gulf of Tonkin") */
      if ((tok_bits (nm, q2 - 1) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) ||
          (tok_bits (nm, q1 + 1) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)))
        continue;
      {
        const char *whole = chunk_tokens (nm, q1 + 1, q2 - 1, G_MAXUINT, G_MAXUINT);
        if (is_known_name (phrase_bits (whole, strlen (whole))))
          continue;
      }
      /* one mention for the title: the first inside it, grown; the others go */
      {
        guint j = i;
        while (j > 0 && x[j - 1].kind != DOSSIER_NAME_NONE && x[j - 1].first > q1)
          j--;
        x[j].first = q1 + 1;
        x[j].last = q2 - 1;
        x[j].start = tok (nm, q1 + 1)->start;
        x[j].end = tok (nm, q2 - 1)->end;
        x[j].kind = DOSSIER_NAME_MISC;
        x[j].form = NULL;
        x[j].extra = 0;
        for (guint k = j + 1; k < n && x[k].first < q2; k++)
          {
            x[k].kind = DOSSIER_NAME_NONE;
            first_drop = MIN (first_drop, k);
            i = k;
          }
        i = MAX (i, j);
      }
    }
  if (first_drop != G_MAXUINT)
    compact_cands (nm, first_drop);
}

/* Is token @i a lower-case noun for a craft after its name (the Galileo
 * spacecraft, the Hubble telescope)? */
static gboolean
craft_noun (Names *nm, guint i)
{
  static const char * const nouns[] = { "spacecraft", "probe", "probes", "satellite", "satellites", "rocket",
                                        "telescope", "rover", "orbiter", "lander", "spaceship", "submarine" };
  static WordList list;
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;

  if (len < 5 || len > 10 || !is_lower_word (nm, i))
    return FALSE;
  return tok_is_one_of (nm, i, nouns, G_N_ELEMENTS (nouns), &list);
}

/* Is token @i a comma, "and" or "or" (between the names of a list)? */
static inline gboolean
list_sep (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  switch (t->end - t->start)
    {
    case 1:
      return w[0] == ',';
    case 2:
      return w[0] == 'o' && w[1] == 'r';
    case 3:
      return w[0] == 'a' && w[1] == 'n' && w[2] == 'd';
    default:
      return FALSE;
    }
}

/* Is token @i a lower-case preposition, conjunction or auxiliary? */
static gboolean
function_word (Names *nm, guint i)
{
  static const char * const words[] = { "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with",
                                         "by", "as", "than", "that", "which", "who", "when", "after", "before",
                                         "since", "are", "were", "have", "does", "did", "can", "could", "may",
                                         "might", "should", "must", "says", "said", "over", "into", "about" };
  static WordList list;
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;

  if (len > 6 || !is_lower_word (nm, i))
    return FALSE;
  return tok_is_one_of (nm, i, words, G_N_ELEMENTS (words), &list);
}

/* "according to Trendcast.": a capitalised word inside running text, between
 * lower-case words, that no list knows and that is no common English word,
 * is a name the tagger left alone. */
static void
add_inner_words (Names *nm)
{
  for (guint ci = 0; ci < nm->n_loose; ci++)
    {
      guint i = nm->loose[ci];
      const DossierToken *t = tok (nm, i);
      const char *w = nm->ctx->text + t->start;
      gsize len = t->end - t->start;
      char buf[24];

      /* the Portuguese Navy (when the text also writes "the navy"): a
       * demonym and an organisation's head word after "the" */
      if (i >= 2 && i + 1 < nm->n_tokens && tok_is (nm, i - 2, "the") &&
          (t->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          (tok (nm, i - 1)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) == DOSSIER_TOKEN_CAPITALIZED &&
          (tok_bits (nm, i - 1) & DOSSIER_LEX_DEMONYM) && same_line (nm, i - 1, i) &&
          (tok_bits (nm, i) & DOSSIER_LEX_ORGWORD) && !(tok_bits (nm, i) & DOSSIER_LEX_STOPWORD) &&
          !tok_is (nm, i, "League") && dossier_names_stem_end (nm->ctx, tok (nm, i - 1)) == tok (nm, i - 1)->end &&
          !(tok (nm, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
          (ci == 0 || nm->loose[ci - 1] == i - 1 || nm->loose[ci - 1] < i - 1))
        {
          add_cand (nm, i - 1, i, DOSSIER_NAME_ORG);
          continue;
        }
      /* my first book is called Opus 1, the second part was called Legato:
       * a work's title after "called" (titled, entitled) */
      if (i >= 3 && (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) ==
            (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) &&
          !(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) &&
          (tok_is (nm, i - 1, "called") || tok_is (nm, i - 1, "titled") || tok_is (nm, i - 1, "entitled")) &&
          !(tok_bits (nm, i) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)))
        {
          gboolean work = FALSE;
          for (guint k = i - 2; k + 5 > i && k > 0 && !work; k--)
            work = is_lower_word (nm, k) && (work_noun_before (nm, k + 1) || tok_is (nm, k, "part") ||
                                             tok_is (nm, k, "chapter") || tok_is (nm, k, "series"));
          if (work)
            {
              guint end = i;
              if (end + 1 < nm->n_tokens && (tok (nm, end + 1)->flags & DOSSIER_TOKEN_NUMBER) &&
                  same_line (nm, end, end + 1) && tok (nm, end + 1)->end - tok (nm, end + 1)->start <= 3)
                end++;
              add_cand (nm, i, end, DOSSIER_NAME_MISC);
              continue;
            }
        }
      /* Image: Pennock et al.: the first author of a paper */
      if (i + 2 < nm->n_tokens && tok_is (nm, i + 1, "et") &&
          (tok_is (nm, i + 2, "al") || tok_is (nm, i + 2, "al.")) &&
          (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS)) ==
            (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) && len >= 3 &&
          !(tok_bits (nm, i) & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)))
        {
          add_cand (nm, i, i, DOSSIER_NAME_PER);
          continue;
        }
      /* Ann Loy of ADPF were defeated: an acronym in running text */
      if (i >= 1 && i + 1 < nm->n_tokens && len >= 3 && len <= 6 && (t->flags & DOSSIER_TOKEN_ALL_CAPS) &&
          (t->flags & DOSSIER_TOKEN_WORD) && !(t->flags & (DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_HYPHENATED)) &&
          is_lower_word (nm, i - 1) && !(tok (nm, i + 1)->flags & (DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_NUMBER)) &&
          !tok_is (nm, i - 1, "a.m.") && !tok_is (nm, i - 1, "p.m.") && !tok_is (nm, i - 1, "mln") &&
          tok_bits (nm, i) == 0 && dossier_names_stem_end (nm->ctx, t) == t->end &&
          ((tok (nm, i + 1)->flags & DOSSIER_TOKEN_WORD) ? function_word (nm, i + 1) || verb_after_name (nm, i + 1)
                                                         : strchr ("'-", nm->ctx->text[t->end]) == NULL))
        {
          gboolean letters = TRUE;
          for (gsize k = 0; k < len && letters; k++)
            letters = g_ascii_isupper (w[k]);
          for (gsize k = 0; k < len && letters; k++)
            buf[k] = g_ascii_tolower (w[k]);
          if (letters)
            {
              buf[len] = '\0';
              if (LEX_LOOKUP ("common-words", buf, len) == NULL)
                add_cand (nm, i, i, DOSSIER_NAME_ORG);
            }
          continue;
        }
      if (i < 1 || i + 1 >= nm->n_tokens || len < 3 || len >= sizeof buf ||
          (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_SENTENCE_START |
                       DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_HYPHENATED)) !=
            (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) ||
          !is_lower_word (nm, i - 1) || (tok (nm, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
          dossier_names_stem_end (nm->ctx, t) != t->end || tok_bits (nm, i) != 0)
        continue;
      {
        /* letters only (no I've, no Politics1), and no Aug 28 */
        gboolean letters = len >= 4;
        for (gsize k = 1; k < len && letters; k++)
          letters = g_ascii_isalpha (w[k]) || ((guchar) w[k] >= 0x80 && (guchar) w[k] != 0xe2);
        /* (and no Mafia boss: a word before a noun may be its modifier) */
        if (!letters || (tok (nm, i + 1)->flags & DOSSIER_TOKEN_NUMBER) || is_particle (nm, i - 1) ||
            ((tok (nm, i + 1)->flags & DOSSIER_TOKEN_WORD) && !function_word (nm, i + 1) && !verb_after_name (nm, i + 1)) ||
            strchr ("'-\xe2", nm->ctx->text[t->end]) != NULL ||
            (w[len - 1] == 's' && (dossier_names_lexicon_bits (w, len - 1) & DOSSIER_LEX_DEMONYM)))
          continue;
      }
      buf[0] = g_ascii_tolower (w[0]);
      memcpy (buf + 1, w + 1, len - 1);
      buf[len] = '\0';
      if (LEX_LOOKUP ("common-words", buf, len) != NULL)
        continue;
      add_cand (nm, i, i, tok_is (nm, i - 1, "in") || tok_is (nm, i - 1, "near") ? DOSSIER_NAME_LOC : DOSSIER_NAME_ORG);
    }
}

/* "Image: Snowlark." "Video: Kestrelfan & Moorhen.": a capitalised word
 * alone after a media credit's colon (or after "&" or "and" following
 * one) that ends the credit is its author's user name, a person. */
static void
add_credit_names (Names *nm)
{
  for (guint ci = 0; ci < nm->n_loose; ci++)
    {
      guint i = nm->loose[ci];
      const DossierToken *t = tok (nm, i);
      guint k;

      if (i < 2 || i + 1 >= nm->n_tokens ||
          (t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) != (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED))
        continue;
      /* the credit ends with the word: a period, "&", "and" or the line's end */
      if (!(tok (nm, i + 1)->flags & DOSSIER_TOKEN_LINE_START) && !tok_is (nm, i + 1, ".") &&
          !tok_is (nm, i + 1, "&") && !tok_is (nm, i + 1, "and"))
        continue;
      k = i - 1;
      if ((tok_is (nm, k, "&") || tok_is (nm, k, "and")) && k >= 3 &&
          (tok (nm, k - 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
        k -= 2;
      if (!tok_is (nm, k, ":") || k < 1 || !credit_word (nm, k - 1))
        continue;
      add_cand (nm, i, i, DOSSIER_NAME_PER);
    }
}

/* "the Arts and Humanities Citation Index Professor Halvorsen": a name
 * (not a person's) that runs on into a title and one or two capitalised
 * words ends before the title; the words after it are a person's name. */
static void
split_inner_titles (Names *nm)
{
  guint n = nm->cands->len;

  for (guint ci = 0; ci < n; ci++)
    {
      Cand *c = &g_array_index (nm->cands, Cand, ci);
      guint first = c->first, last = c->last;

      if (c->kind == DOSSIER_NAME_PER || last < first + 2 || c->extra != 0)
        continue;
      for (guint k = first + 1; k + 1 <= last; k++)
        {
          int t;
          gboolean ok = TRUE;
          const DossierToken *tt;
          if (!(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) || (tok (nm, k)->flags & DOSSIER_TOKEN_ALL_CAPS) ||
              !(tok (nm, k - 1)->flags & DOSSIER_TOKEN_WORD))
            continue;
          t = title_at (nm, k, last - 1);
          if (t < 0 || (guint) t + 2 < last || (guint) t >= last)
            continue;
          tt = tok (nm, (guint) t);
          if ((tt->end < nm->ctx->length && nm->ctx->text[tt->end] == '.') || tt->end - tt->start < 4)
            continue;  /* (no abbreviation: St. Lucie) */
          for (guint j = (guint) t + 1; j <= last && ok; j++)
            ok = (tok (nm, j)->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) ==
                     (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED) &&
                 !(tok (nm, j)->flags & DOSSIER_TOKEN_ALL_CAPS) &&
                 !(tok_bits (nm, j) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_COUNTRY |
                                       DOSSIER_LEX_CITY | DOSSIER_LEX_STATE));
          if (!ok)
            break;
          c->last = k - 1;
          c->end = dossier_names_stem_end (nm->ctx, tok (nm, k - 1));
          c->form = NULL;
          if (k - 1 == first && (tok_bits (nm, first) & DOSSIER_LEX_DEMONYM))
            c->kind = DOSSIER_NAME_MISC;  /* (the Zairean Prime Minister X: a demonym) */
          add_cand (nm, (guint) t + 1, last, DOSSIER_NAME_PER);
          break;
        }
    }
}

/* "Malaysia's Prime Minister, Najib Razak said": a name of two or three
 * words after a title and a comma is the title holder's, a person's,
 * unless it ends in an organisation's or a place's head word. */
static void
fix_apposed_titles (Names *nm)
{
  Cand *cands = (Cand *) (void *) nm->cands->data;

  for (guint ci = 0; ci < nm->cands->len; ci++)
    {
      Cand *c = &cands[ci];
      guint f = c->first;
      gboolean titled = FALSE;

      if (c->kind != DOSSIER_NAME_ORG || f < 3 || c->last == f || c->last > f + 2 ||
          !tok_is (nm, f - 1, ","))
        continue;
      for (guint j = f - 2; j + 3 >= f && !titled; j--)
        {
          if (!(tok (nm, j)->flags & DOSSIER_TOKEN_CAPITALIZED))
            break;
          titled = title_at (nm, j, f - 2) == (int) (f - 2);
          if (j == 0)
            break;
        }
      if (!titled || (tok_bits (nm, c->last) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) ||
          is_company_suffix (nm, c->last))
        continue;
      for (guint k = f; k <= c->last; k++)
        if (!(tok (nm, k)->flags & DOSSIER_TOKEN_CAPITALIZED) || (tok (nm, k)->flags & DOSSIER_TOKEN_ALL_CAPS))
          titled = FALSE;
      if (titled)
        c->kind = DOSSIER_NAME_PER;
    }
}

/* Multi-word names of the lexicon the tagger left alone (Getty Images),
 * and the agency after a photo credit's slash (Name/Agency). */
/* Is token @i where add_credit_names () looks for a credit's name (after
 * "Image:", or after "Image: X and"), or after "&"? */
static gboolean
credit_slot (Names *nm, guint i)
{
  guint k = i - 1;

  if (i < 2)
    return FALSE;
  /* (after "&", a name of a company's the spans' rules may join) */
  if (tok_is (nm, k, "&"))
    return TRUE;
  if (tok_is (nm, k, "and") && k >= 3 && (tok (nm, k - 1)->flags & DOSSIER_TOKEN_CAPITALIZED))
    k -= 2;
  return tok_is (nm, k, ":") && k >= 1 && credit_word (nm, k - 1);
}

/* Is token @i a word in camel case that starts with a capital
 * (RecentChangesCamp, WordPerfect): letters only, a capital after a small
 * letter past the fourth byte (not McDonald, DiCaprio, LeBron)? */
static gboolean
upper_camel (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start;
  gboolean hump = FALSE;

  if (len < 7 || len > 32 || !g_ascii_isupper (w[0]) || !g_ascii_islower (w[1]))
    return FALSE;
  for (gsize k = 1; k < len; k++)
    {
      if (!g_ascii_isalpha (w[k]))
        return FALSE;
      if (g_ascii_isupper (w[k]))
        {
          if (k < 4 || !g_ascii_islower (w[k - 1]) || k + 1 >= len || !g_ascii_islower (w[k + 1]))
            return FALSE;
          hump = TRUE;
        }
    }
  return hump;
}

/* Is token @i letters (a capital first: two capitals, or four letters or
 * more) and then digits (IE9, Politics1), no hyphen, no other character? */
static gboolean
letters_then_digits (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start, k = 0, n_letters, n_caps = 0;

  if (len < 3 || len > 24 || !g_ascii_isupper (w[0]) || !g_ascii_isdigit (w[len - 1]))
    return FALSE;

  while (k < len && g_ascii_isalpha (w[k]))
    n_caps += g_ascii_isupper (w[k++]) != 0;
  n_letters = k;
  /* (but no rating, no "No1": a short mixed-case word, Aa3, Baa1) */
  if (n_letters < 2 || (n_letters < 4 && n_caps < n_letters))
    return FALSE;
  while (k < len && g_ascii_isdigit (w[k]))
    k++;
  return k == len;
}

static void
add_uncovered (Names *nm, GArray *spans)
{
  guint s = 0;
  /* (the capitalised tokens inside spans were left out by find_loose ()) */
  for (guint ci = 0; ci < nm->n_loose; ci++)
    {
      guint i = nm->loose[ci];
      const DossierToken *t = tok (nm, i);
      char buf[160];
      gsize len;
      int best = -1;
      guint best_bits = 0;
      gboolean starts;

      prefetch_loose (nm, ci);

      while (s < spans->len && g_array_index (spans, DossierNameSpan, s).last < i)
        s++;
      if ((t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) != (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED))
        continue;
      len = t->end - t->start;
      if (len >= sizeof buf)
        continue;
      {
        /* the word's bits by the same hash: they are its tok_bits () when
         * it has no possessive (kept for the look-ups below); the word is
         * copied only when it is looked up or a phrase may start with it */
        if ((LEXBITS (nm, i) & DOSSIER_NAMES_BITS_KNOWN) && dossier_names_stem_end (nm->ctx, t) == t->end)
          {
            starts = (LEXBITS (nm, i) & DOSSIER_NAMES_BITS_PHRASE_START) != 0;  /* the tagger's */
            if (starts)
              memcpy (buf, nm->ctx->text + t->start, len);
          }
        else
          {
            guint wb;
            memcpy (buf, nm->ctx->text + t->start, len);
            wb = dossier_names_lexicon_bits_phrase (buf, len, &starts);
            if (dossier_names_stem_end (nm->ctx, t) == t->end)
              {
                nm->bits_token[i & (BITS_CACHE - 1)] = i + 1;
                nm->bits_value[i & (BITS_CACHE - 1)] = wb;
              }
          }
      }
      for (guint j = i + 1; starts && j < nm->n_tokens && j < i + 5; j++)
        {
          const DossierToken *u = tok (nm, j);
          guint se = dossier_names_stem_end (nm->ctx, u);
          guint bits;
          if (!(u->flags & DOSSIER_TOKEN_WORD) || (u->flags & DOSSIER_TOKEN_LINE_START) ||
              len + 1 + (se - u->start) >= sizeof buf ||
              (s < spans->len && g_array_index (spans, DossierNameSpan, s).first <= j))
            break;
          buf[len++] = ' ';
          memcpy (buf + len, nm->ctx->text + u->start, se - u->start);
          len += se - u->start;
          bits = phrase_bits (buf, len);
          if (is_known_name (bits))
            {
              best = (int) j;
              best_bits = bits;
            }
          if (se != u->end)
            break;
        }
      if (best < 0 && i > 0 && tok_is (nm, i - 1, "/") &&
          !(tok (nm, i - 1)->flags & DOSSIER_TOKEN_SPACE_BEFORE) && !(t->flags & DOSSIER_TOKEN_SPACE_BEFORE))
        {
          /* Photographer/Agency: the agency runs to the end of the line */
          guint j = i;
          while (j + 1 < nm->n_tokens && !(tok (nm, j + 1)->flags & DOSSIER_TOKEN_LINE_START) &&
                 (tok (nm, j + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) && j < i + 4)
            j++;
          if (j + 1 >= nm->n_tokens || (tok (nm, j + 1)->flags & DOSSIER_TOKEN_LINE_START))
            {
              best = (int) j;
              best_bits = DOSSIER_LEX_ORG;
            }
        }
      /* a country or a region the tagger left alone (in the US., Tasmania was) */
      if (best < 0 && dossier_names_stem_end (nm->ctx, t) == t->end &&
          !(tok_bits (nm, i) & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_FIRSTNAME)) &&
          ((tok_bits (nm, i) & DOSSIER_LEX_COUNTRY) || place_word (nm, i)))
        {
          best = (int) i;
          best_bits = DOSSIER_LEX_COUNTRY;
        }
      /* Chapter 11, Interstate 5: a word of numbered-names.txt and a number */
      if (best < 0 && dossier_names_stem_end (nm->ctx, t) == t->end)
        {
          const char *v = i + 1 < nm->n_tokens && (tok (nm, i + 1)->flags & DOSSIER_TOKEN_NUMBER) ? numbered_head (nm, i) : NULL;
          if (v != NULL && number_after (nm, i, TRUE))
            {
              add_cand (nm, i, i + 1, v[0] == 'p' ? DOSSIER_NAME_LOC : DOSSIER_NAME_MISC);
              continue;
            }
        }
      /* the Gallup / Harris poll: a word after an organisation's name and a
       * slash is another organisation's name */
      if (best < 0 && i >= 2 && s > 0 && tok_is (nm, i - 1, "/") &&
          g_array_index (spans, DossierNameSpan, s - 1).last == i - 2 &&
          g_array_index (spans, DossierNameSpan, s - 1).kind == DOSSIER_NAME_ORG &&
          same_line (nm, i - 2, i) && dossier_names_stem_end (nm->ctx, t) == t->end &&
          !(tok_bits (nm, i) & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)) &&
          (s >= spans->len || g_array_index (spans, DossierNameSpan, s).first > i))
        {
          add_cand (nm, i, i, DOSSIER_NAME_ORG);
          continue;
        }
      /* Virginia's Tax Code, a Peace Prize: one or two capitalised words
       * the tagger left, then a head word of other-names.txt, make a name
       * of the kind other */
      if (best < 0 && !(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_ALL_CAPS)) &&
          dossier_names_stem_end (nm->ctx, t) == t->end &&
          !(tok_bits (nm, i) & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)))
        {
          guint j = i + 1, head = G_MAXUINT;
          for (; j < nm->n_tokens && j <= i + 2 && same_line (nm, i, j) &&
                 (s >= spans->len || g_array_index (spans, DossierNameSpan, s).first > j) &&
                 (tok (nm, j)->flags & (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_WORD)) ==
                   (DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_WORD);
               j++)
            {
              if (other_head_word (nm, j))
                {
                  head = j;
                  break;
                }
              if (dossier_names_stem_end (nm->ctx, tok (nm, j)) != tok (nm, j)->end ||
                  (tok_bits (nm, j) & (DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)))
                break;
            }
          if (head != G_MAXUINT &&
              (head + 1 >= nm->n_tokens || !(tok (nm, head + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) ||
               !same_line (nm, head, head + 1)))
            {
              add_cand (nm, i, head, DOSSIER_NAME_MISC);
              while (ci + 1 < nm->n_loose && nm->loose[ci + 1] <= head)
                ci++;
              continue;
            }
        }
      /* the 501st Legion, the 7th Fleet: an ordinal in figures and a
       * unit's head word the tagger left */
      if (best < 0 && i > 0 && dossier_names_stem_end (nm->ctx, t) == t->end &&
          (tok_bits (nm, i) & DOSSIER_LEX_ORGWORD) && !(tok_bits (nm, i) & DOSSIER_LEX_TITLE) &&
          same_line (nm, i - 1, i) && ordinal_figures (nm, i - 1))
        {
          add_cand (nm, i - 1, i, DOSSIER_NAME_ORG);
          continue;
        }
      /* RecentChangesCamp: a word in camel case the tagger left */
      if (best < 0 && dossier_names_stem_end (nm->ctx, t) == t->end && upper_camel (nm, i) &&
          !credit_slot (nm, i))  /* (a credit's: add_credit_names ()) */
        {
          add_cand (nm, i, i, DOSSIER_NAME_MISC);
          continue;
        }
      /* IE9, Nicktendo64: two letters or more, then a number, in one
       * word: a product's, a version's or a site's name */
      if (best < 0 && dossier_names_stem_end (nm->ctx, t) == t->end && letters_then_digits (nm, i) &&
          !credit_slot (nm, i))
        {
          add_cand (nm, i, i, DOSSIER_NAME_MISC);
          continue;
        }
      /* a word of other-names.txt (Web search engines, the Internet) */
      if (best < 0 && dossier_names_stem_end (nm->ctx, t) == t->end && !(t->flags & DOSSIER_TOKEN_SENTENCE_START) &&
          other_name_word (nm, i))
        {
          add_cand (nm, i, i, DOSSIER_NAME_MISC);
          continue;
        }
      if (best < 0)
        continue;
      add_cand (nm, i, (guint) best, kind_of_bits (best_bits, DOSSIER_NAME_ORG));
      while (ci + 1 < nm->n_loose && nm->loose[ci + 1] <= (guint) best)
        ci++;
    }
}

static int
cmp_cand (gconstpointer a, gconstpointer b)
{
  const Cand *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return 0;
}

/* ---- clusters ------------------------------------------------------------ */

static int
find (Names *nm, int c)
{
  Cluster *cl = (Cluster *) (void *) nm->clusters->data;
  while (cl[c].parent != c)
    {
      cl[c].parent = cl[cl[c].parent].parent;
      c = cl[c].parent;
    }
  return c;
}

static void
unite (Names *nm, int a, int b)
{
  Cluster *cl = (Cluster *) (void *) nm->clusters->data;
  a = find (nm, a);
  b = find (nm, b);
  if (a == b)
    return;
  if (a > b)
    {
      int t = a;
      a = b;
      b = t;
    }
  cl[b].parent = a;
}

static int
new_cluster (Names *nm)
{
  guint id = nm->clusters->len;

  /* (the array clears its new elements) */
  g_array_set_size (nm->clusters, id + 1);
  g_array_index (nm->clusters, Cluster, id).parent = (int) id;
  return (int) id;
}

/* The letters of an acronym (U.N. -> UN), or NULL. */
static gboolean
acronym_letters (const char *form, char *out, gsize size)
{
  gsize n = 0;
  for (const char *p = form; *p; p++)
    {
      if (*p == '.')
        continue;
      if (!g_ascii_isupper (*p) || n + 1 >= size)
        return FALSE;
      out[n++] = *p;
    }
  out[n] = '\0';
  return n >= 2 && n <= 6;
}

static gboolean
initials_of (const char *form, char *out, gsize size)
{
  gsize n = 0;
  const char *p = form;
  guint words = 0;

  while (*p)
    {
      while (*p == ' ')
        p++;
      if (!*p)
        break;
      words++;
      if (g_ascii_isupper (*p))
        {
          if (n + 1 >= size)
            return FALSE;
          out[n++] = *p;
        }
      else if (!g_ascii_islower (*p))
        return FALSE;
      while (*p && *p != ' ')
        {
          if (*p == '-' && g_ascii_isupper (p[1]) && n + 1 < size)
            out[n++] = p[1];
          p++;
        }
    }
  out[n] = '\0';
  return words >= 2 && n >= 2;
}

/* Sisi for El-Sisi, al-Assad -> Assad. */
static const char *
short_form (const char *word)
{
  const char *h = strchr (word, '-');
  if (h && h - word <= 3 && h[1] != '\0')
    return h + 1;
  return NULL;
}

/* Robert Downey Jr., Stan Pate IV: the surname before a generation's
 * word that ends the person's name @form (its last word @lw), copied into
 * @buf, or NULL. */
static const char *
surname_before_generation (const char *form, const char *lw, char *buf, gsize size)
{
  const char *a;

  if (lw - form < 2 ||
      !(strcmp (lw, "Jr.") == 0 || strcmp (lw, "Jr") == 0 || strcmp (lw, "Sr.") == 0 || strcmp (lw, "Sr") == 0 ||
        strcmp (lw, "II") == 0 || strcmp (lw, "III") == 0 || strcmp (lw, "IV") == 0))
    return NULL;
  a = lw - 1;
  while (a > form && a[-1] != ' ')
    a--;
  if (a == lw - 1 || (gsize) (lw - 1 - a) >= size || !g_ascii_isupper (a[0]))
    return NULL;
  memcpy (buf, a, lw - 1 - a);
  buf[lw - 1 - a] = '\0';
  return buf;
}

/* The forms of the candidates by their text, so that assign_clusters ()
 * finds a form it has seen without building and interning its string:
 * the hash of the text the form would be made of, the interned form and
 * its cluster. */
typedef struct
{
  guint64     hash;
  const char *form;     /* NULL: empty slot */
  gsize       len;
  guint32     memo;     /* index into the FormMemo */
  int         cluster;  /* its cluster (the FormMemo's, kept here: one read less) */
} SpanSlot;

typedef struct
{
  SpanSlot *slots;
  gsize     mask;
  gsize     count;
} SpanCache;

static void
span_cache_init (SpanCache *sc, gsize size)
{
  sc->slots = g_new0 (SpanSlot, size);
  sc->mask = size - 1;
  sc->count = 0;
}

/* The slot of @hash's form or the empty one where it goes; @equal tells
 * a slot of the same hash whether it holds the same text. */
static SpanSlot *
span_cache_find (SpanCache *sc, guint64 hash, gsize len,
                 gboolean (*equal) (Names *, const Cand *, gboolean, const char *),
                 Names *nm, const Cand *c, gboolean part)
{
  gsize i;

  if ((sc->count + 1) * 2 > sc->mask + 1)
    {
      SpanCache bigger;
      span_cache_init (&bigger, (sc->mask + 1) * 2);
      for (gsize j = 0; j <= sc->mask; j++)
        if (sc->slots[j].form != NULL)
          {
            gsize k = (gsize) (sc->slots[j].hash ^ (sc->slots[j].hash >> 31)) & bigger.mask;
            while (bigger.slots[k].form != NULL)
              k = (k + 1) & bigger.mask;
            bigger.slots[k] = sc->slots[j];
          }
      bigger.count = sc->count;
      g_free (sc->slots);
      *sc = bigger;
    }
  i = (gsize) (hash ^ (hash >> 31)) & sc->mask;
  while (sc->slots[i].form != NULL)
    {
      SpanSlot *x = &sc->slots[i];
      if (x->hash == hash && x->len == len && equal (nm, c, part, x->form))
        return x;
      i = (i + 1) & sc->mask;
    }
  return &sc->slots[i];
}

/* The hash and length of the text chunk_tokens () (or, for a part of a
 * hyphenated token, chunk_range ()) makes of candidate @c: the same
 * tokens of the same text, the same hash. */
static guint64
span_hash (Names *nm, const Cand *c, gboolean part, gsize *len)
{
  const guchar *text = (const guchar *) nm->ctx->text;
  guint64 h = SPAN_FNV_OFFSET;
  gsize n = 0;

  if (part)
    {
      *len = c->end - c->start;
      return span_mix (h, text + c->start, c->end - c->start);
    }
  for (guint i = c->first; i <= c->last; i++)
    {
      const DossierToken *t = tok (nm, i);
      guint end = i == c->last ? dossier_names_stem_end (nm->ctx, t) : t->end;
      if (n > 0 && (t->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START)))
        {
          h = (h ^ ' ') * SPAN_FNV_PRIME;
          n++;
        }
      h = span_mix (h, text + t->start, end - t->start);
      n += end - t->start;
    }
  *len = n;
  return h;
}

/* Is @form the text span_hash () hashed (its length already compared)? */
static gboolean
span_equal (Names *nm, const Cand *c, gboolean part, const char *form)
{
  const char *text = nm->ctx->text;
  gsize n = 0;

  if (part)
    return memcmp (form, text + c->start, c->end - c->start) == 0;
  for (guint i = c->first; i <= c->last; i++)
    {
      const DossierToken *t = tok (nm, i);
      guint end = i == c->last ? dossier_names_stem_end (nm->ctx, t) : t->end;
      if (n > 0 && (t->flags & (DOSSIER_TOKEN_SPACE_BEFORE | DOSSIER_TOKEN_LINE_START)))
        {
          if (form[n] != ' ')
            return FALSE;
          n++;
        }
      if (!bytes_equal (form + n, text + t->start, end - t->start))
        return FALSE;
      n += end - t->start;
    }
  return TRUE;
}

/* A list of mention indexes (assign_clusters () steps 2 and 3), grown by
 * doubling; the lists live in one block. */
typedef struct
{
  guint *data;
  guint  len;
  guint  size;
  guint  next;     /* step 3: the first entry not before the mention at hand */
  guint8 several;  /* step 3: list_has_several (), 1: no, 2: yes, 0: not yet told */
} IdxList;

/* Where the lists' entries live: blocks, each list's entries taken from
 * the block at hand (a list that grows moves on; the room it leaves is
 * not used again), all freed at once. */
typedef struct
{
  guint     *cur;
  gsize      left;
  GPtrArray *blocks;
} IdxArena;

static G_NO_INLINE void
idx_list_grow (IdxArena *arena, IdxList *list)
{
  guint size = list->size ? list->size * 2 : 4;
  guint *data;

  if (size > arena->left)
    {
      gsize block = MAX (size, 1u << 16);
      arena->cur = g_new (guint, block);
      arena->left = block;
      g_ptr_array_add (arena->blocks, arena->cur);
    }
  data = arena->cur;
  arena->cur += size;
  arena->left -= size;
  if (list->len > 0)
    memcpy (data, list->data, (gsize) list->len * sizeof *data);
  list->data = data;
  list->size = size;
}

static inline void
idx_list_add (IdxArena *arena, IdxList *list, guint v)
{
  if (G_UNLIKELY (list->len == list->size))
    idx_list_grow (arena, list);
  list->data[list->len++] = v;
}

/* What assign_clusters () works out once per (interned) form rather than
 * once per mention. */
typedef struct
{
  const char *form;
  const char *key;              /* step 1: the folded form (by_form's copy) */
  int         cluster;          /* step 1 */
  guint       words;            /* count_words () */
  guint8      s2_done;
  guint8      s3_done[2];       /* by kind: other, person */
  guint8      s3b_done;
  guint8      s4a_done;
  guint8      s4b_done;
  guint8      all_caps;
  guint8      s6_done;
  guint8      s3b_org_done;     /* step 3b's first loop: a form's first organisation mention decides */
  guint8      title_gender;     /* step 3: bits 1 male, 2 female, by the titles of its mentions (Mr. Obama) */
  guint16     n_mentions;       /* step 3: its mentions (up to 65535) */
  guint16     n_person;         /* of them, the ones tagged a person's */
  IdxList    *first_list;       /* step 2 */
  IdxList    *last_lists[4];
  IdxList    *s3_list[2];       /* step 3, NULL: none */
  int         company;          /* step 3b: cluster + 1, 0: none */
  int         acronym;          /* step 4: cluster + 1, 0: none */
  int         other;            /* step 4: cluster + 1, 0: none */
} FormMemo;

/* Interned form -> index + 1 into a GArray of FormMemo. */

/* Do the full names of @list (cand indexes) belong to several clusters? */


static gboolean
list_has_several (Names *nm, IdxList *list, Cand *cands)
{
  /* (told once a list: the answer is kept in it) */
  gboolean several = FALSE;
  int first;

  if (list->several)
    return list->several == 2;
  first = find (nm, cands[list->data[0]].cluster);
  for (guint j = 1; j < list->len && !several; j++)
    if (find (nm, cands[list->data[j]].cluster) != first)
      several = TRUE;
  list->several = several ? 2 : 1;
  return several;
}

/* Step 6 of assign_clusters (): the words @s (@len bytes) of a longer
 * name of cluster @lc, if a name of its own of a kind in @kinds_ok (bits
 * of kind + 1), point to @lc, or to -2 when two longer names hold it. */
static void
inner_run (Names *nm, const char *s, gsize len, int lc, const guint8 *kinds, int *target,
           guint ncl, guint kinds_ok)
{
  char raw[128], kb[128];
  gpointer v;
  int sc;

  if (len == 0 || len >= sizeof raw)
    return;
  memcpy (raw, s, len);
  raw[len] = '\0';
  if (!fold_into (raw, kb, sizeof kb) || (v = by_form_lookup (nm, kb)) == NULL)
    return;
  sc = GPOINTER_TO_INT (v) - 1;
  if (sc < 0 || (guint) sc >= ncl || sc == lc || kinds[sc] == 0 || kinds[sc] > 8 ||
      !(kinds_ok & (1u << kinds[sc])))
    return;
  /* a person's name only alone (no full name took it in) */
  if (kinds[sc] == DOSSIER_NAME_PER + 1 && find (nm, sc) != sc)
    return;
  if (target[sc] == -1)
    target[sc] = lc;
  else if (target[sc] != lc)
    target[sc] = -2;
}

/* Is the word @w (@len bytes) the head word of an organisation's name
 * (Court, Church) or of an event's or a work's (Tournament, Games)? */
static gboolean
head_word (const char *w, gsize len)
{
  const char *v = LEX_LOOKUP ("other-names", w, len);
  /* (the Olympics alone name their own) */
  if (v != NULL)
    return strcmp (v, "head") == 0;
  return (dossier_names_lexicon_bits (w, len) & DOSSIER_LEX_ORGWORD) != 0;
}

/* A word of a form that joins names: of, and, the, &. */
static gboolean
is_connector_word (const char *w)
{
  return g_ascii_islower (*w) || *w == '&';
}

/* Does the first word of the full name @form have the other gender
 * than @gender (1 male, 2 female)? */
static gboolean
first_name_gender_clash (const char *form, guint gender)
{
  const char *sp = strchr (form, ' ');
  char buf[64];
  const char *g;

  if (sp == NULL || (gsize) (sp - form) >= sizeof buf)
    return FALSE;
  memcpy (buf, form, sp - form);
  buf[sp - form] = '\0';
  g = LEX_LOOKUP ("firstnames", buf, -1);
  if (g == NULL)
    return FALSE;
  return (gender == 1 && g[0] == 'f') || (gender == 2 && g[0] == 'm');
}

static void
assign_clusters (Names *nm)
{
  Cand *cands = (Cand *) (void *) nm->cands->data;
  guint n = nm->cands->len;
  StrMap by_last;   /* folded last word -> IdxList of cand idx (multi-word PER) */
  StrMap by_first;  /* folded first word -> IdxList of cand idx */
  IdxList *lists = NULL;  /* steps 2 and 3: five a form at most */
  IdxArena arena = { NULL, 0, g_ptr_array_new_with_free_func (g_free) };
  guint n_lists = 0;
  StrMap acronyms;  /* letters -> cluster + 1 */
  const char *title_keys[8] = { NULL };  /* step 2: titles' genders by pointer */
  guint8 title_genders[8] = { 0 };

  /* 1. one cluster per folded form */
  PtrMap seen_forms;  /* interned form -> index + 1 into memos */
  /* (a memo a new form: as many as the mentions at most; not cleared,
   * each one is cleared when added) */
  FormMemo *memos = g_new (FormMemo, n + 1);
  guint n_memos = 0;
  guint32 *memo_of = g_new (guint32, n);  /* cand -> index into memos */
  FormMemo *fm;
  SpanCache spans_seen;
  if (nm->clusters->len == 0)
    {
      /* room for a cluster a mention (the most there can be), reserved
       * once: only the clusters made are touched, none is copied */
      g_array_unref (nm->clusters);
      nm->clusters = g_array_sized_new (FALSE, TRUE, sizeof (Cluster), n + 1);
    }
  /* (sized for what a long text has: a form a dozen mentions, a last
   * word a 40, a first word a 90; a map twice as large as its keys; the
   * maps grow when they must, and small ones stay in the cache) */
  str_map_init (&by_last, map_size (n / 32));
  str_map_init (&by_first, map_size (n / 64));
  str_map_init (&acronyms, 256);
  span_cache_init (&spans_seen, map_size (n / 8));
  ptr_map_init (&seen_forms, map_size (n / 8));
  /* the hashes of the mentions SPAN_AHEAD further on are worked out
   * ahead (their tokens have come by then), and their slots of the cache
   * fetched meanwhile */
#define SPAN_AHEAD 4
  struct
  {
    guint64  hash;
    gsize    len;
    gboolean part;
    gboolean hashed;
  } ahead[2 * SPAN_AHEAD];

  for (guint i = 0; i < n + SPAN_AHEAD; i++)
    {
      Cand *c;
      g_autofree char *key = NULL;
      char kb[128];
      gpointer v;
      const char *stored_key;
      guint32 mi;
      gboolean part;
      SpanSlot *slot = NULL;
      guint64 span_h = 0;
      gsize span_len = 0;

      /* the tokens and text of the mentions ahead, fetched meanwhile */
      if (i + PREFETCH_AHEAD < n)
        {
          __builtin_prefetch (tok (nm, cands[i + PREFETCH_AHEAD].first));
          __builtin_prefetch (nm->ctx->text + cands[i + PREFETCH_AHEAD].start);
        }
      if (i < n)
        {
          /* (no iteration before it changes that mention) */
          const Cand *a = &cands[i];
          guint r = i % (2 * SPAN_AHEAD);
          ahead[r].part = a->first == a->last &&
                          a->end - a->start != dossier_names_stem_end (nm->ctx, tok (nm, a->first)) - tok (nm, a->first)->start;
          ahead[r].hashed = a->form == NULL || ahead[r].part;
          if (ahead[r].hashed)
            {
              ahead[r].hash = span_hash (nm, a, ahead[r].part, &ahead[r].len);
              __builtin_prefetch (&spans_seen.slots[(gsize) (ahead[r].hash ^ (ahead[r].hash >> 31)) & spans_seen.mask]);
            }
        }
      if (i < SPAN_AHEAD)
        continue;
      c = &cands[i - SPAN_AHEAD];
      part = ahead[(i - SPAN_AHEAD) % (2 * SPAN_AHEAD)].part;

      if (c->form == NULL || part)
        {
          /* a text seen before: its form and cluster without a string */
          span_h = ahead[(i - SPAN_AHEAD) % (2 * SPAN_AHEAD)].hash;
          span_len = ahead[(i - SPAN_AHEAD) % (2 * SPAN_AHEAD)].len;
          slot = span_cache_find (&spans_seen, span_h, span_len, span_equal, nm, c, part);
          if (slot->form != NULL)
            {
              c->form = slot->form;
              memo_of[i - SPAN_AHEAD] = slot->memo;
              c->cluster = slot->cluster;
              continue;
            }
        }
      if (c->form == NULL)
        c->form = chunk_tokens (nm, c->first, c->last, G_MAXUINT, G_MAXUINT);
      if (part)
        c->form = chunk_range (nm, c->start, c->end);  /* a part of a hyphenated token */
      /* the forms are interned: the same pointer, the same folded form */
      mi = ptr_map_get (&seen_forms, c->form);
      if (mi != 0)
        {
          memo_of[i - SPAN_AHEAD] = mi - 1;
          c->cluster = memos[mi - 1].cluster;
          if (slot != NULL && strlen (c->form) == span_len)
            {
              slot->hash = span_h;
              slot->len = span_len;
              slot->form = c->form;
              slot->memo = mi - 1;
              slot->cluster = c->cluster;
              spans_seen.count++;
            }
          continue;
        }
      if (fold_into (c->form, kb, sizeof kb))
        v = by_form_find (nm, kb, &stored_key);
      else
        {
          key = fold (c->form);
          v = by_form_find (nm, key, &stored_key);
        }
      if (v == NULL)
        {
          int id = new_cluster (nm);
          stored_key = by_form_add (nm, key != NULL ? key : kb, GINT_TO_POINTER (id + 1));
          c->cluster = id;
        }
      else
        c->cluster = GPOINTER_TO_INT (v) - 1;
      {
        FormMemo *m;
        m = &memos[n_memos++];
        memset (m, 0, sizeof *m);
        m->form = c->form;
        m->key = stored_key;
        m->cluster = c->cluster;
        m->words = count_words (c->form);
        memo_of[i - SPAN_AHEAD] = n_memos - 1;
        ptr_map_set (&seen_forms, c->form, n_memos);
      }
      if (slot != NULL && strlen (c->form) == span_len)  /* (no NUL in the text) */
        {
          slot->hash = span_h;
          slot->len = span_len;
          slot->form = c->form;
          slot->memo = n_memos - 1;
          slot->cluster = c->cluster;
          spans_seen.count++;
        }
    }
  ptr_map_clear (&seen_forms);
  g_free (spans_seen.slots);

  /* 2. multi-word person names by their last word (and its short form) */
  lists = g_new (IdxList, (gsize) n_memos * 5 + 1);
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      const char *lw;
      const char *sf;
      char gen_buf[64];
      IdxList *list;

      fm = &memos[memo_of[i]];
      /* (for step 3: how many mentions each form has, how many a
       * person's, and the genders the titles of the one-word ones give) */
      if (fm->n_mentions < G_MAXUINT16)
        {
          fm->n_mentions++;
          fm->n_person += c->kind == DOSSIER_NAME_PER;
        }
      if (G_UNLIKELY (c->extra != 0) && fm->words == 1 && fm->title_gender != 3)
        {
          const Extra *x = extra_get (nm, c);
          if (x->title != NULL)
            {
              /* (the titles are interned: their genders kept by pointer) */
              guint slot = (guint) (((guintptr) x->title >> 3) & 7);
              if (title_keys[slot] != x->title)
                {
                  const char *g = LEX_LOOKUP ("titles", x->title, -1);
                  title_keys[slot] = x->title;
                  title_genders[slot] = g == NULL ? 0 : g[0] == 'm' ? 1 : g[0] == 'f' ? 2 : 0;
                }
              fm->title_gender |= title_genders[slot];
            }
        }
      if (c->kind != DOSSIER_NAME_PER || fm->words < 2)
        continue;
      if (fm->s2_done)
        {
          /* the lists of this form, found before */
          idx_list_add (&arena, fm->first_list, i);
          for (guint pass = 0; pass < 4; pass++)
            if (fm->last_lists[pass] != NULL)
              idx_list_add (&arena, fm->last_lists[pass], i);
          continue;
        }
      fm->s2_done = TRUE;
      lw = last_word (c->form);
      {
        /* and by the first word, for a first name alone */
        const char *sp = strchr (c->form, ' ');
        gsize fw = sp - c->form;
        char raw[128], fb[128];
        g_autofree char *fk = NULL;
        g_autofree char *tmp = NULL;
        const char *ff;
        gboolean fresh;
        StrSlot *x;
        IdxList *fl;
        if (fw < sizeof raw)
          {
            memcpy (raw, c->form, fw);
            raw[fw] = '\0';
            ff = fold_buf (raw, fb, sizeof fb, &tmp);
          }
        else
          {
            fk = g_strndup (c->form, fw);
            ff = fold_buf (fk, fb, sizeof fb, &tmp);
          }
        x = str_map_ensure (&by_first, ff, &fresh);
        if (fresh)
          {
            x->key = g_string_chunk_insert (nm->strings, ff);
            x->value = memset (&lists[n_lists++], 0, sizeof (IdxList));
          }
        fl = x->value;
        idx_list_add (&arena, fl, i);
        fm->first_list = fl;
      }
      for (guint pass = 0; pass < 4; pass++)
        {
          const char *w;
          if (pass == 0)
            w = lw;
          else if (pass == 1)
            {
              w = sf = short_form (lw);
              if (w == NULL)
                w = surname_before_generation (c->form, lw, gen_buf, sizeof gen_buf);
            }
          else
            {
              /* word suffixes of three words and more: von der Leyen */
              const char *sp = c->form;
              for (guint q = 0; q < pass - 1 && sp; q++)
                {
                  sp = strchr (sp, ' ');
                  if (sp)
                    sp++;
                }
              w = sp && sp != lw && strchr (sp, ' ') ? sp : NULL;
            }
          if (w == NULL)
            continue;
          {
            char kb[128];
            g_autofree char *tmp = NULL;
            const char *fk = fold_buf (w, kb, sizeof kb, &tmp);
            gboolean fresh;
            StrSlot *x = str_map_ensure (&by_last, fk, &fresh);
            if (fresh)
              {
                x->key = g_string_chunk_insert (nm->strings, fk);
                x->value = memset (&lists[n_lists++], 0, sizeof (IdxList));
              }
            list = x->value;
          }
          idx_list_add (&arena, list, i);
          fm->last_lists[pass] = list;
        }
    }

  /* 3. one-word mentions of a person: the nearest full name with that last word */
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      g_autofree char *k = NULL;
      IdxList *list;
      int best = -1, best_cluster = -1;
      gboolean several = FALSE;
      guint person;

      fm = &memos[memo_of[i]];
      if (c->kind == DOSSIER_NAME_MISC || (fm->words != 1 && c->kind != DOSSIER_NAME_PER))
        continue;
      /* the list depends on the (interned) form and on being a person only */
      person = c->kind == DOSSIER_NAME_PER ? 1 : 0;
      if (fm->s3_done[person])
        {
          list = fm->s3_list[person];
          if (list == NULL)
            continue;
          goto have_list;
        }
      /* (the form folded: step 1's key) */
      list = str_map_lookup (&by_last, fm->key);
      if (list == NULL)
        {
          const char *nick = LEX_LOOKUP ("nicknames", c->form, -1);
          if (nick && *nick)
            {
              g_free (k);
              k = fold (last_word (nick));
              list = str_map_lookup (&by_last, k);
            }
        }
      if (list == NULL && c->kind == DOSSIER_NAME_PER && fm->words == 1 &&
          (dossier_names_lexicon_bits (c->form, strlen (c->form)) & DOSSIER_LEX_FIRSTNAME))
        {
          /* a first name alone: the one full name it starts */
          list = str_map_lookup (&by_first, fm->key);
          if (list && list_has_several (nm, list, cands))
            list = NULL;
        }
      fm->s3_done[person] = TRUE;
      fm->s3_list[person] = list;
      if (list == NULL)
        continue;
    have_list:
      {
        /* the list is in text order: the last full name before this
         * mention (the mentions come in order: the list's place only
         * moves on) */
        guint lo = list->next;
        while (lo < list->len && list->data[lo] < i)
          lo++;
        list->next = lo;
        several = list_has_several (nm, list, cands);
        /* two people share the name: a bare surname is the one the
         * article brought in first, its principal ("Ted Cruz … his wife,
         * Heidi Cruz … Cruz said") */
        best = several || lo == 0 ? (int) list->data[0] : (int) list->data[lo - 1];
        /* Canada is not Captain Canada: a place's name is not the end of
         * a character's name of a title and the place's name */
        if (c->kind == DOSSIER_NAME_LOC)
          {
            const char *bf = cands[best].form, *sp = strchr (bf, ' ');
            if (sp != NULL && strchr (sp + 1, ' ') == NULL &&
                (dossier_names_lexicon_bits (bf, (gsize) (sp - bf)) & DOSSIER_LEX_TITLE))
              continue;
          }
        /* Mr. Obama is not Michelle Obama: a full name whose first name
         * is of the other gender than the titles of this form say is
         * someone else; the nearest one that fits, or none */
        if (fm->title_gender == 1 || fm->title_gender == 2)
          {
            int fit = -1;
            for (guint d = 0; d < 2 * list->len && fit < 0; d++)
              {
                /* lo - 1, lo, lo - 2, lo + 1, …: nearest first */
                guint a = d % 2 == 0 ? lo - 1 - d / 2 : lo + d / 2;
                if (a < list->len && !first_name_gender_clash (cands[list->data[a]].form, fm->title_gender))
                  fit = (int) list->data[a];
              }
            if (fit < 0)
              continue;
            if (fit != best)
              {
                best = fit;
                several = TRUE;
              }
          }
      }
      /* Chechnya, a place each time, is no surname of "Lebed Chechnya",
       * a headline's two names taken for one once */
      /* (but Spacecraft Stardust: a common noun, then the name itself;
       * and Donald Trump: a known first name, then a surname the tagger
       * may take for a company's name each time) */
      if (fm->n_person == 0 && fm->n_mentions >= 2 && memos[memo_of[best]].n_mentions == 1 &&
          !tok_common (nm, cands[best].first) && !(tok_bits (nm, cands[best].first) & DOSSIER_LEX_FIRSTNAME))
        continue;
      best_cluster = find (nm, cands[best].cluster);
      if (!several)
        unite (nm, c->cluster, best_cluster);
      else
        {
          /* two people share the name: this mention goes to the nearest one */
          c->cluster = best_cluster;
        }
      if (c->kind != DOSSIER_NAME_PER)
        c->kind = DOSSIER_NAME_PER;
    }


  /* 3b. Magna for Magna International Inc, Pirelli for Pirelli SpA */
  {
    GHashTable *companies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < n; i++)
      {
        Cand *c = &cands[i];
        const char *sp;
        const char *lw;
        /* (the kind first: no form read for the others; an
         * organisation's mention has its form's cluster, so its form's
         * first one alone may add) */
        if (c->kind != DOSSIER_NAME_ORG || memos[memo_of[i]].s3b_org_done)
          continue;
        memos[memo_of[i]].s3b_org_done = TRUE;
        if ((sp = strchr (c->form, ' ')) == NULL)
          continue;
        lw = last_word (c->form);
        if (is_company_suffix_word (lw, strlen (lw)))
          {
            char *k0 = g_strndup (c->form, sp - c->form);
            char *fk = fold (k0);
            g_free (k0);
            if (!g_hash_table_contains (companies, fk))
              g_hash_table_insert (companies, fk, GINT_TO_POINTER (c->cluster + 1));
            else
              g_free (fk);
          }
      }
    if (g_hash_table_size (companies) > 0)
      for (guint i = 0; i < n; i++)
        {
          Cand *c = &cands[i];
          gpointer v;
          fm = &memos[memo_of[i]];
          if (c->kind == DOSSIER_NAME_LOC || fm->words != 1)
            continue;
          if (!fm->s3b_done)
            {
              v = g_hash_table_lookup (companies, fm->key);
              fm->company = GPOINTER_TO_INT (v);
              fm->s3b_done = TRUE;
            }
          if (fm->company == 0)
            continue;
          unite (nm, c->cluster, fm->company - 1);
          c->kind = DOSSIER_NAME_ORG;
        }
    g_hash_table_unref (companies);
  }

  /* 4. acronyms: U.N. = United Nations, and the lexicon's pairs */
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      char letters[16];
      fm = &memos[memo_of[i]];
      if (c->kind == DOSSIER_NAME_PER || fm->s4a_done)
        continue;  /* (a form's letters are in the table after its first time) */
      fm->s4a_done = TRUE;
      if (initials_of (c->form, letters, sizeof letters))
        {
          gboolean fresh;
          StrSlot *x = str_map_ensure (&acronyms, letters, &fresh);
          if (fresh)
            {
              x->key = g_string_chunk_insert (nm->strings, letters);
              x->value = GINT_TO_POINTER (c->cluster + 1);
            }
        }
    }
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      char letters[16];
      const char *other;
      gpointer v;

      fm = &memos[memo_of[i]];
      if (!fm->s4b_done)
        {
          /* the acronyms and the forms are all known by now: what this
           * form unites with is the same for all its mentions */
          guint fb = dossier_names_lexicon_bits (c->form, strlen (c->form));
          fm->s4b_done = TRUE;
          fm->all_caps = is_all_caps (c->form);
          /* US is the country's, not University of Sheffield's */
          if (!(fb & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)) &&
              acronym_letters (c->form, letters, sizeof letters) &&
              (v = str_map_lookup (&acronyms, letters)) != NULL)
            fm->acronym = GPOINTER_TO_INT (v);
          other = NULL;
          if (fb & DOSSIER_LEX_ORG)
            other = LEX_LOOKUP ("orgs", c->form, -1);
          if ((other == NULL || *other == '\0') && (fb & DOSSIER_LEX_COUNTRY))
            other = LEX_LOOKUP ("countries", c->form, -1);
          if (other && *other)
            {
              g_autofree char *k = fold (other);
              fm->other = GPOINTER_TO_INT (by_form_lookup (nm, k));
            }
        }
      if (c->kind == DOSSIER_NAME_PER && !fm->all_caps)
        continue;
      if (fm->acronym)
        unite (nm, c->cluster, fm->acronym - 1);
      if (fm->other)
        unite (nm, c->cluster, fm->other - 1);
    }

  /* 5. Andy Lee Foundation for the Arts = Andy Lee Foundation: a name of
   * two words or more before "of" or "for" names the same */
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      if (c->kind == DOSSIER_NAME_PER || c->last < c->first + 3)
        continue;
      for (guint k = c->first + 2; k < c->last; k++)
        if (tok_is (nm, k, "of") || tok_is (nm, k, "for"))
          {
            const DossierToken *a = tok (nm, c->first), *b = tok (nm, k - 1);
            char raw[128], kb[128];
            gpointer v;
            if (b->end - a->start < sizeof raw && b->end == dossier_names_stem_end (nm->ctx, b) &&
                !(tok_bits (nm, k - 1) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)))
              {
                memcpy (raw, nm->ctx->text + a->start, b->end - a->start);
                raw[b->end - a->start] = '\0';
                if (strchr (raw, '\n') == NULL && fold_into (raw, kb, sizeof kb) &&
                    (v = by_form_lookup (nm, kb)) != NULL)
                  unite (nm, c->cluster, GPOINTER_TO_INT (v) - 1);
              }
            break;
          }
    }

  /* 6. the State Department for the US State Department, the Supreme
   * Court for the Italian Supreme Court of Cassation: a name of two words
   * or more (an organisation's or of kind other) that is a run of the
   * words of one longer such name, past its first word, names the same */
  {
    guint ncl = nm->clusters->len;
    guint8 *kinds = g_new0 (guint8, ncl);   /* kind + 1 of the cluster's mentions, 0xff: mixed */
    int *target = g_new (int, ncl);          /* the longer name's cluster, -1: none, -2: several */
    for (guint q = 0; q < ncl; q++)
      target[q] = -1;
    for (guint i = 0; i < n; i++)
      {
        int cid = cands[i].cluster;
        guint8 k = (guint8) (cands[i].kind + 1);
        if (cid < 0 || (guint) cid >= ncl)
          continue;
        if (kinds[cid] == 0)
          kinds[cid] = k;
        else if (kinds[cid] != k)
          kinds[cid] = 0xff;
      }
    for (guint i = 0; i < n; i++)
      {
        Cand *c = &cands[i];
        const char *w[9];
        guint nw = 0;
        fm = &memos[memo_of[i]];
        gboolean orgish = c->kind == DOSSIER_NAME_ORG || c->kind == DOSSIER_NAME_MISC;
        if (fm->s6_done || fm->words < 2 || fm->words > 8)
          continue;
        fm->s6_done = TRUE;
        /* the words' starts */
        w[nw++] = c->form;
        for (const char *p = c->form; *p; p++)
          if (*p == ' ' && nw < 9)
            w[nw++] = p + 1;
        if (nw != fm->words)
          continue;
#define WORDS_LEN(a, b) ((b) + 1 < nw ? (gsize) (w[(b) + 1] - 1 - w[a]) : strlen (w[a]))
#define KIND_BIT(k) (1u << ((k) + 1))
        /* (a name the lists give a head word of is one, whatever its mentions' kinds) */
        if (!orgish && c->kind != DOSSIER_NAME_PER)
          orgish = head_word (w[nw - 1], WORDS_LEN (nw - 1, nw - 1));
        else if (!orgish)
          {
            /* a person's only by the tagger (the Larkfield Tournament) */
            const char *v = LEX_LOOKUP ("other-names", w[nw - 1], WORDS_LEN (nw - 1, nw - 1));
            orgish = v != NULL && strcmp (v, "head") == 0;
          }
        for (guint a = 1; orgish && a + 1 < nw; a++)
          for (guint b = a + 1; b < nw; b++)
            /* the words a .. b, neither a connector at its ends */
            if (!is_connector_word (w[a]) && !is_connector_word (w[b]))
              inner_run (nm, w[a], WORDS_LEN (a, b), c->cluster, kinds, target, ncl,
                         KIND_BIT (DOSSIER_NAME_ORG) | KIND_BIT (DOSSIER_NAME_MISC));
        /* Atlantis for the Space Shuttle Atlantis, Phailin for Cyclone Phailin */
        for (guint a = 1; a <= 2 && a < nw; a++)
          {
            const char *v = LEX_LOOKUP ("other-names", c->form, WORDS_LEN (0, a - 1));
            if (v != NULL && strcmp (v, "first") == 0)
              {
                inner_run (nm, w[a], WORDS_LEN (a, nw - 1), c->cluster, kinds, target, ncl,
                           KIND_BIT (DOSSIER_NAME_ORG) | KIND_BIT (DOSSIER_NAME_MISC) |
                           KIND_BIT (DOSSIER_NAME_LOC) | KIND_BIT (DOSSIER_NAME_PER));
                break;
              }
          }
        /* Levico for Levico Terme: the first word alone of a place's name
         * of two words (no head word), itself no known name, names the
         * same place (the one such place) */
        if (c->kind == DOSSIER_NAME_LOC && nw == 2 &&
            !(dossier_names_lexicon_bits (w[0], WORDS_LEN (0, 0)) &
              (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY | DOSSIER_LEX_ORG | DOSSIER_LEX_ORGWORD |
               DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_DEMONYM | DOSSIER_LEX_STOPWORD | DOSSIER_LEX_TITLE)) &&
            !(dossier_names_lexicon_bits (w[1], WORDS_LEN (1, 1)) &
              (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY | DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)))
          inner_run (nm, w[0], WORDS_LEN (0, 0), c->cluster, kinds, target, ncl,
                     KIND_BIT (DOSSIER_NAME_LOC) | KIND_BIT (DOSSIER_NAME_ORG));
        /* the Court for the Supreme Court of Cassation, the Church for the
         * Church of Kopimism, Spitfire for the Spitfire Tournament */
        if (orgish)
        {
          guint h = nw - 1;
          for (guint a = 1; a + 1 < nw; a++)
            if (strncmp (w[a], "of ", 3) == 0)
              {
                h = a - 1;
                break;
              }
          if (head_word (w[h], WORDS_LEN (h, h)))
            {
              const char *v;
              inner_run (nm, w[h], WORDS_LEN (h, h), c->cluster, kinds, target, ncl,
                         KIND_BIT (DOSSIER_NAME_ORG) | KIND_BIT (DOSSIER_NAME_MISC));
              if (h == nw - 1 && nw == 2 && (v = LEX_LOOKUP ("other-names", w[h], WORDS_LEN (h, h))) != NULL &&
                  strcmp (v, "head") == 0 &&
                  !(dossier_names_lexicon_bits (w[0], WORDS_LEN (0, 0)) &
                    (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)))
                inner_run (nm, w[0], WORDS_LEN (0, 0), c->cluster, kinds, target, ncl,
                           KIND_BIT (DOSSIER_NAME_ORG) | KIND_BIT (DOSSIER_NAME_MISC) |
                           KIND_BIT (DOSSIER_NAME_PER));
            }
        }
#undef WORDS_LEN
#undef KIND_BIT
      }
    for (guint q = 0; q < ncl; q++)
      if (target[q] >= 0)
        unite (nm, (int) q, target[q]);
    g_free (kinds);
    g_free (target);
  }

  str_map_clear (&by_last);
  str_map_clear (&by_first);
  str_map_clear (&acronyms);
  g_ptr_array_unref (arena.blocks);
  g_free (lists);
  g_free (memos);
  g_free (memo_of);
}

/* ---- titles used as names, missed occurrences ---------------------------- */

typedef struct
{
  int         cluster;
  const char *title;   /* folded */
  guint       start;
} TitleUse;

static void
find_title_mentions (Names *nm)
{
  Cand *cands = (Cand *) (void *) nm->cands->data;
  guint n = nm->cands->len;
  GArray *uses = g_array_new (FALSE, FALSE, sizeof (TitleUse));
  int administration = -1;
  GArray *extra = g_array_new (FALSE, FALSE, sizeof (Cand));
  /* the titles are interned: each one's word in lower case is made once
   * (by its pointer -> index + 1 into @lowered) */
  PtrMap lowered_of;
  GPtrArray *lowered = g_ptr_array_new ();

  ptr_map_init (&lowered_of, 64);
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      if (c->kind == DOSSIER_NAME_PER && extra_get (nm, c)->title && !extra_get (nm, c)->foreign)
        {
          TitleUse u = { find (nm, c->cluster), NULL, c->start };
          const char *t = last_word (extra_get (nm, c)->title);
          guint32 li = ptr_map_get (&lowered_of, t);
          if (li == 0)
            {
              char *f = g_utf8_strdown (t, -1);
              g_ptr_array_add (lowered, g_string_chunk_insert (nm->strings, f));
              g_free (f);
              li = lowered->len;
              ptr_map_set (&lowered_of, t, li);
            }
          u.title = g_ptr_array_index (lowered, li - 1);
          g_array_append_val (uses, u);
        }
      if (c->kind == DOSSIER_NAME_ORG && administration < 0 &&
          g_str_has_suffix (c->form, " administration"))
        administration = find (nm, c->cluster);
    }
  if (uses->len == 0 && administration < 0)
    goto out;

  {
    /* folded title -> the cluster of its latest use before here, and of its first use */
    StrMap latest, first_use;
    guint next_use = 0;
    /* the lengths (< 32) of the titles by their first byte: most words
     * after "the" are no title, and are told so without hashing them */
    guint32 title_lens[256] = { 0 };

    str_map_init (&latest, 64);
    str_map_init (&first_use, 64);
    title_lens[(guchar) 'a'] |= 1u << strlen ("administration");
    for (guint u = 0; u < uses->len; u++)
      {
        TitleUse *tu = &g_array_index (uses, TitleUse, u);
        gsize tl = strlen (tu->title);
        gboolean fresh;
        StrSlot *x;
        if (tl < 32)
          title_lens[(guchar) tu->title[0]] |= 1u << tl;
        x = str_map_ensure (&first_use, tu->title, &fresh);
        if (fresh)
          x->value = GINT_TO_POINTER (tu->cluster + 1);
      }
    /* only the tokens "the" before a lower-case word (the tagger's walk
     * listed them) */
    for (guint ti = 0; ti < nm->n_the_words; ti++)
      {
        guint i = nm->the_words[ti];
        const DossierToken *t = tok (nm, i), *w = tok (nm, i + 1);
        int cluster = -1;
        Cand c = { 0 };
        char buf[32];
        gsize wl;
        gpointer v;

        if (ti + PREFETCH_AHEAD < nm->n_the_words)
          {
            guint a = nm->the_words[ti + PREFETCH_AHEAD];
            __builtin_prefetch (&nm->tokens[a]);
            __builtin_prefetch (&nm->tokens[a + 1]);
          }
        wl = w->end - w->start;
        if (wl >= sizeof buf ||
            !(title_lens[(guchar) nm->ctx->text[w->start]] & (1u << wl)))
          continue;
        /* the titles used before this token, by now */
        while (next_use < uses->len && g_array_index (uses, TitleUse, next_use).start < t->start)
          {
            TitleUse *tu = &g_array_index (uses, TitleUse, next_use++);
            gboolean fresh;
            str_map_ensure (&latest, tu->title, &fresh)->value = GINT_TO_POINTER (tu->cluster + 1);
          }
        if (i + 2 < nm->n_tokens && (tok_is (nm, i + 2, "of") ||
                                     (tok (nm, i + 2)->flags & DOSSIER_TOKEN_CAPITALIZED)))
          continue;
        memcpy (buf, nm->ctx->text + w->start, wl);
        buf[wl] = '\0';
        if (administration >= 0 && strcmp (buf, "administration") == 0)
          cluster = administration;
        else
          {
            /* (one hash for both maps) */
            guint32 h = str_hash (buf, wl);
            if ((v = str_map_slot (&latest, buf, wl, h)->value) != NULL ||
                (v = str_map_slot (&first_use, buf, wl, h)->value) != NULL)
              cluster = GPOINTER_TO_INT (v) - 1;
          }
        if (cluster < 0)
          continue;
        c.first = i;
        c.last = i + 1;
        c.start = t->start;
        c.end = w->end;
        c.kind = administration == cluster ? DOSSIER_NAME_ORG : DOSSIER_NAME_PER;
        c.flags = DOSSIER_MENTION_TITLE;
        c.cluster = cluster;
        {
          /* the alias is "the president"; the mention is the title word, so
           * that a capitalised "The" does not pass for a name */
          const char *src = nm->ctx->text + c.start;
          gsize sl = c.end - c.start, k = 0;
          char lb[64];
          /* (ASCII: in lower case byte by byte, as g_utf8_strdown () does) */
          if (sl < sizeof lb)
            for (; k < sl && (guchar) src[k] < 0x80; k++)
              lb[k] = ascii_lower (src[k]);
          if (sl < sizeof lb && k == sl)
            {
              lb[sl] = '\0';
              c.form = intern (nm, lb);
            }
          else
            {
              char *low = g_utf8_strdown (src, sl);
              c.form = intern (nm, low);
              g_free (low);
            }
          c.own_alias = TRUE;
          c.start = w->start;
          c.first = i + 1;
        }
        g_array_append_val (extra, c);
      }
    str_map_clear (&latest);
    str_map_clear (&first_use);
  }
  g_array_append_vals (nm->cands, extra->data, extra->len);
out:
  g_array_unref (extra);
  g_array_unref (uses);
  g_ptr_array_unref (lowered);
  ptr_map_clear (&lowered_of);
}

/* Capitalised one-word forms of known entities the tagger missed. */
static void
find_missed (Names *nm)
{
  /* the keys live in @keys; @form_key: interned one-word form -> its key */
  StrMap single;  /* key -> mention + 1 */
  GStringChunk *keys = g_string_chunk_new (4096);
  PtrMap form_key;
  Cand *cands = (Cand *) (void *) nm->cands->data;
  guint n = nm->cands->len;
  GArray *extra = g_array_new (FALSE, FALSE, sizeof (Cand));
  GArray *covered;

  /* The key of a one-word form is the last of its mentions (they replace
   * each other), that of a person's last word the first of those (only
   * when no one-word form has it): the one-word forms' last mentions are
   * kept by form (no string hashed a mention) and go into @single at the
   * end, over the last words. */
  typedef struct
  {
    const char *key;
    guint       last;    /* mention + 1 */
  } OneWord;
  GArray *one_words = g_array_new (FALSE, FALSE, sizeof (OneWord));

  ptr_map_init (&form_key, map_size (n / 8));
  str_map_init (&single, map_size (n / 16));  /* (a key a 25 mentions in a long text) */
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      if (c->flags & DOSSIER_MENTION_TITLE)
        continue;
      if (form_words (nm, c->form) == 1)
        {
          guint ow = ptr_map_get (&form_key, c->form);
          if (ow == 0)
            {
              char kb[128];
              g_autofree char *tmp = NULL;
              OneWord o = { g_string_chunk_insert (keys, fold_buf (c->form, kb, sizeof kb, &tmp)), 0 };
              g_array_append_val (one_words, o);
              ow = one_words->len;
              ptr_map_set (&form_key, c->form, ow);
            }
          g_array_index (one_words, OneWord, ow - 1).last = i + 1;
        }
      else if (c->kind == DOSSIER_NAME_PER && ptr_map_get (&form_key, c->form) == 0)
        {
          /* (a form's words go in once: its first mention's; the map
           * tells it by G_MAXUINT32, one-word forms by their index + 1) */
          const char *lw = last_word (c->form);
          char gen_buf[64];
          const char *sf = short_form (lw);
          if (sf == NULL)
            sf = surname_before_generation (c->form, lw, gen_buf, sizeof gen_buf);
          ptr_map_set (&form_key, c->form, G_MAXUINT32);
          for (guint w = 0; w < 2; w++)
            {
              const char *word = w == 0 ? lw : sf;
              char kb[128];
              g_autofree char *f = NULL;
              const char *k;
              if (word == NULL)
                continue;
              if (fold_into (word, kb, sizeof kb))
                k = kb;
              else
                k = f = fold (word);
              {
                gboolean fresh;
                StrSlot *x = str_map_ensure (&single, k, &fresh);
                if (fresh)
                  {
                    x->key = g_string_chunk_insert (keys, k);
                    x->value = GINT_TO_POINTER (i + 1);
                  }
              }
            }
        }
    }
  /* the one-word forms over the last words; of two forms of one key
   * (U.S., US), the later mention */
  {
    /* (a slot's value is its mention + 1, and 1 << 31 once a one-word
     * form gave it) */
    for (guint o = 0; o < one_words->len; o++)
      {
        const OneWord *ow = &g_array_index (one_words, OneWord, o);
        gboolean fresh;
        StrSlot *x = str_map_ensure (&single, ow->key, &fresh);
        guint before = GPOINTER_TO_UINT (x->value);
        if (before & (1u << 31))
          {
            if (ow->last > (before & ~(1u << 31)))
              x->value = GUINT_TO_POINTER (ow->last | (1u << 31));
          }
        else
          x->value = GUINT_TO_POINTER (ow->last | (1u << 31));
      }
  }
  g_array_unref (one_words);
  if (single.count == 0)
    goto out;

  /* the tokens mentions cover, a bit a token */
  covered = g_array_sized_new (FALSE, TRUE, sizeof (guint8), nm->n_tokens / 8 + 1);
  g_array_set_size (covered, nm->n_tokens / 8 + 1);
  for (guint i = 0; i < n; i++)
    for (guint k = cands[i].first; k <= cands[i].last && k < nm->n_tokens; k++)
      g_array_index (covered, guint8, k >> 3) |= 1u << (k & 7);

  /* the capitalised tokens no mention covers, listed from the bits
   * alone (the tokens of those only are read) */
  {
    const guint8 *cov = (const guint8 *) covered->data;
    guint n_free = 0;
    if (nm->loose == NULL)
      nm->loose = g_new (guint32, nm->n_caps + 1);
    for (guint ci = 0; ci < nm->n_caps; ci++)
      {
        guint i = nm->caps[ci];
        /* (without a branch: covered or not, at random) */
        nm->loose[n_free] = i;
        n_free += !(cov[i >> 3] & (1u << (i & 7)));
      }
    nm->n_loose = n_free;
  }

  for (guint ci = 0; ci < nm->n_loose; ci++)
    {
      guint i = nm->loose[ci];
      const DossierToken *t = tok (nm, i);
      guint end;
      char buf[128];
      gsize len;
      gpointer v;
      Cand c = { 0 }, *src;
      const char *nick;

      prefetch_loose (nm, ci);
      if ((t->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED)) != (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED))
        continue;
      end = dossier_names_stem_end (nm->ctx, t);
      len = end - t->start;
      if (len >= sizeof buf || len < 2)
        continue;
      if ((tok_bits (nm, i) & (DOSSIER_LEX_TITLE | DOSSIER_LEX_DEMONYM)) ||
          /* (but which Will claims, While Will acknowledges: a surname that
           * is a function word too, capitalised inside a sentence) */
          ((tok_bits (nm, i) & DOSSIER_LEX_STOPWORD) &&
           !((tok_is (nm, i, "Will") || tok_is (nm, i, "Read") || tok_is (nm, i, "Said")) &&
             !(t->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) && i + 1 < nm->n_tokens &&
             is_lower_word (nm, i + 1))))
        continue;
      /* next to a capitalised word: part of a longer name we do not know */
      if ((i + 1 < nm->n_tokens && (tok (nm, i + 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
           !(tok (nm, i + 1)->flags & DOSSIER_TOKEN_LINE_START) && !(t->flags & DOSSIER_TOKEN_ALL_CAPS)) ||
          (i > 0 && (tok (nm, i - 1)->flags & DOSSIER_TOKEN_CAPITALIZED) &&
           !(t->flags & DOSSIER_TOKEN_LINE_START) && !(tok (nm, i - 1)->flags & DOSSIER_TOKEN_SENTENCE_START)))
        continue;
      memcpy (buf, nm->ctx->text + t->start, len);
      buf[len] = '\0';
      {
        char kb[128];
        if (fold_into (buf, kb, sizeof kb))
          v = str_map_lookup (&single, kb);
        else
          {
            g_autofree char *k = fold (buf);
            v = str_map_lookup (&single, k);
          }
      }
      if (v == NULL && (nick = LEX_LOOKUP ("nicknames", buf, -1)) != NULL && *nick)
        {
          g_autofree char *k = fold (last_word (nick));
          v = str_map_lookup (&single, k);
        }
      if (v == NULL)
        continue;
      src = &cands[(GPOINTER_TO_UINT (v) & ~(1u << 31)) - 1];
      c.first = c.last = i;
      c.start = t->start;
      c.end = end;
      c.kind = src->kind;
      c.cluster = src->cluster;
      c.form = intern (nm, buf);
      g_array_append_val (extra, c);
    }
  g_array_unref (covered);
  g_array_append_vals (nm->cands, extra->data, extra->len);
out:
  g_array_unref (extra);
  str_map_clear (&single);
  ptr_map_clear (&form_key);
  g_string_chunk_free (keys);
}

/* ---- entities ------------------------------------------------------------- */

/* Merges the sorted x[lo, mid) and x[mid, hi) stably (ties: the left first). */
static void
merge_runs (Cand *x, guint lo, guint mid, guint hi)
{
  Cand *buf;
  gssize i = (gssize) mid - 1, j = (gssize) (hi - mid) - 1, k = (gssize) hi - 1;

  if (mid == lo || mid == hi || cmp_cand (&x[mid - 1], &x[mid]) <= 0)
    return;
  buf = g_new (Cand, hi - mid);
  memcpy (buf, x + mid, (hi - mid) * sizeof (Cand));
  while (j >= 0)
    {
      /* the left ones after buf[j] (greater), found by galloping back
       * from x[i] and moved as one block */
      if (i >= (gssize) lo && cmp_cand (&x[i], &buf[j]) > 0)
        {
          gssize bad = i, good = (gssize) lo - 1, step = 1, a, b;
          gsize cnt;
          while (bad - step >= (gssize) lo)
            {
              if (cmp_cand (&x[bad - step], &buf[j]) > 0)
                {
                  bad -= step;
                  step *= 2;
                }
              else
                {
                  good = bad - step;
                  break;
                }
            }
          /* the first greater one is in (good, bad] */
          a = good + 1;
          b = bad;
          while (a < b)
            {
              gssize m = a + (b - a) / 2;
              if (cmp_cand (&x[m], &buf[j]) > 0)
                b = m;
              else
                a = m + 1;
            }
          cnt = (gsize) (i + 1 - a);
          memmove (&x[k + 1 - (gssize) cnt], &x[a], cnt * sizeof (Cand));
          k -= (gssize) cnt;
          i = a - 1;
        }
      if (i < (gssize) lo)
        {
          /* the left run is used up: the rest of the right one in front */
          memcpy (&x[lo], buf, (j + 1) * sizeof (Cand));
          break;
        }
      x[k--] = buf[j--];
    }
  g_free (buf);
}

/* The order of a stable sort of the candidates, by merging the runs
 * already in order: the rules and the later steps add their mentions in
 * text order, so there are few. */
static void
sort_cands (Names *nm)
{
  Cand *x = (Cand *) (void *) nm->cands->data;
  guint n = nm->cands->len;
  guint bounds[66];
  guint runs = 0;

  bounds[0] = 0;
  for (guint i = 1; i < n; i++)
    if (cmp_cand (&x[i - 1], &x[i]) > 0)
      {
        if (++runs == 64)
          {
            g_array_sort (nm->cands, cmp_cand);  /* too many: sort */
            return;
          }
        bounds[runs] = i;
      }
  bounds[++runs] = n;
  /* merge neighbouring runs, left first on ties, until one is left: the
   * two shortest together first (a stable merge gives the same order
   * whatever the pairs), so that the long run of the rules' mentions is
   * moved once, not once a round */
  while (runs > 1)
    {
      guint best = 0;
      for (guint r = 1; r + 1 < runs; r++)
        if (bounds[r + 2] - bounds[r] < bounds[best + 2] - bounds[best])
          best = r;
      merge_runs (x, bounds[best], bounds[best + 1], bounds[best + 2]);
      memmove (&bounds[best + 1], &bounds[best + 2], (runs - best - 1) * sizeof bounds[0]);
      runs--;
    }
}

/* Austen, Jane. and Marx, Karl and Engels, Friedrich.: is @c the given
 * name after a surname in a reference list's inverted order? */
static gboolean
citation_given (Names *nm, const Cand *c)
{
  guint s = c->first - 2;
  const DossierToken *st;

  if (c->kind != DOSSIER_NAME_PER || c->first < 2 || c->last > c->first + 2 || c->last + 1 >= nm->n_tokens ||
      !(tok_bits (nm, c->first) & DOSSIER_LEX_FIRSTNAME) || !tok_is (nm, c->first - 1, ","))
    return FALSE;
  st = tok (nm, s);
  if (!(st->flags & DOSSIER_TOKEN_CAPITALIZED) || (st->flags & DOSSIER_TOKEN_ALL_CAPS) ||
      !(st->flags & DOSSIER_TOKEN_WORD) || !same_line (nm, s, c->last + 1))
    return FALSE;
  if (!(st->flags & DOSSIER_TOKEN_LINE_START) && !(s > 0 && tok_is (nm, s - 1, "and")))
    return FALSE;
  return tok_is (nm, c->last + 1, ".") || tok_is (nm, c->last + 1, "and");
}

/* Drops the mentions marked DOSSIER_NAME_NONE, from @from on. */
static void
compact_cands (Names *nm, guint from)
{
  Cand *x = (Cand *) (void *) nm->cands->data;
  guint n = nm->cands->len, kept = from;

  for (guint i = from; i < n; i++)
    if (x[i].kind != DOSSIER_NAME_NONE)
      x[kept++] = x[i];
  g_array_set_size (nm->cands, kept);
}

/* One walk over the mentions, a few cheap tests each:
 * - letters after a name and a comma (Jane Roe, QC,) and a lone Roman
 *   numeral after a common word (part XVII) name nothing;
 * - the State of Texas is one place;
 * - a reference list names its authors surname first (Austen, Jane.): the
 *   surname is the person's mention and the given name after it none of
 *   its own; two such entries at least make a list. */
static void
tidy_cands (Names *nm)
{
  static const char * const letters[] = { "QC", "KC", "SC", "MP", "OBE", "MBE", "CBE", "KBE", "PhD", "MD", "Jr", "Sr" };
  Cand *x = (Cand *) (void *) nm->cands->data;
  const char *text = nm->ctx->text;
  guint n = nm->cands->len, cites = 0, first_drop = G_MAXUINT;
  /* the given names found (their mentions change neither before the
   * second walk nor in it: it goes over them alone) */
  GArray *cite_at = NULL;

  for (guint i = 0; i < n; i++)
    {
      const char *w = text + x[i].start;
      gsize len = x[i].end - x[i].start;
      guint f = x[i].first;

      /* the token before the mentions ahead, and (nearer) its text,
       * fetched meanwhile */
      if (i + 2 * PREFETCH_AHEAD < n && x[i + 2 * PREFETCH_AHEAD].first > 0)
        __builtin_prefetch (tok (nm, x[i + 2 * PREFETCH_AHEAD].first - 1));
      if (i + PREFETCH_AHEAD < n && x[i + PREFETCH_AHEAD].first > 0)
        prefetch_text (nm, x[i + PREFETCH_AHEAD].first - 1);
      if (f < 2 || x[i].kind == DOSSIER_NAME_NONE)
        continue;
      if (text[tok (nm, f - 1)->start] == ',')
        {
          if (x[i].kind == DOSSIER_NAME_PER && citation_given (nm, &x[i]))
            {
              if (cites++ == 0)
                cite_at = g_array_new (FALSE, FALSE, sizeof (guint));
              g_array_append_val (cite_at, i);
            }
          else if (f == x[i].last && len <= 3 && (tok (nm, f - 2)->flags & DOSSIER_TOKEN_CAPITALIZED))
            {
              for (guint k = 0; k < G_N_ELEMENTS (letters); k++)
                if (letters[k][0] == w[0] && strlen (letters[k]) == len && memcmp (letters[k], w, len) == 0)
                  {
                    x[i].kind = DOSSIER_NAME_NONE;
                    first_drop = MIN (first_drop, i);
                  }
            }
          continue;
        }
      if (f != x[i].last)
        continue;
      /* the State of Texas: one place */
      if (len == 5 && w[0] == 'S' && memcmp (w, "State", 5) == 0 && i + 1 < n && x[i + 1].first == f + 2 &&
          tok_is (nm, f + 1, "of") && x[i].end == tok (nm, f)->end &&
          (tok_bits (nm, x[i + 1].first) & (DOSSIER_LEX_STATE | DOSSIER_LEX_COUNTRY)))
        {
          x[i].last = x[i + 1].last;
          x[i].end = x[i + 1].end;
          x[i].kind = DOSSIER_NAME_LOC;
          x[i + 1].kind = DOSSIER_NAME_NONE;
          first_drop = MIN (first_drop, i + 1);
        }
      else if (len >= 2 && len <= 6 && (w[0] == 'I' || w[0] == 'V' || w[0] == 'X' || w[0] == 'L' || w[0] == 'C') &&
               strspn (w, "IVXLC") == len && is_lower_word (nm, f - 1))
        {
          x[i].kind = DOSSIER_NAME_NONE;
          first_drop = MIN (first_drop, i);
        }
    }
  if (cites >= 2)
    for (guint ci = 0; ci < cite_at->len; ci++)
      {
        guint i = g_array_index (cite_at, guint, ci);
        guint s;
        if (x[i].kind != DOSSIER_NAME_PER || x[i].first < 2 || text[tok (nm, x[i].first - 1)->start] != ',' ||
            !citation_given (nm, &x[i]))
          continue;
        s = x[i].first - 2;
        for (guint k = i; k > 0 && x[k - 1].end > tok (nm, s)->start; k--)
          if (x[k - 1].first <= s)
            {
              x[k - 1].kind = DOSSIER_NAME_NONE;
              first_drop = MIN (first_drop, k - 1);
            }
        x[i].first = x[i].last = s;
        x[i].start = tok (nm, s)->start;
        x[i].end = dossier_names_stem_end (nm->ctx, tok (nm, s));
      }
  if (cite_at != NULL)
    g_array_free (cite_at, TRUE);
  if (first_drop != G_MAXUINT)
    compact_cands (nm, first_drop);
}

static DossierEntityKind
entity_kind (DossierNameKind k)
{
  switch (k)
    {
    case DOSSIER_NAME_PER:
      return DOSSIER_ENTITY_PERSON;
    case DOSSIER_NAME_ORG:
      return DOSSIER_ENTITY_ORGANIZATION;
    case DOSSIER_NAME_LOC:
      return DOSSIER_ENTITY_PLACE;
    case DOSSIER_NAME_NONE:
    case DOSSIER_NAME_MISC:
    default:
      return DOSSIER_ENTITY_OTHER;
    }
}

static void
add_alias (DossierEntityInfo *e, const char *alias)
{
  if (alias == NULL || *alias == '\0' || g_strcmp0 (alias, e->name) == 0)
    return;
  for (guint i = 0; i < e->aliases->len; i++)
    if (g_strcmp0 (g_ptr_array_index (e->aliases, i), alias) == 0)
      return;
  g_ptr_array_add (e->aliases, g_strdup (alias));
}

/* Hebrew University of Jerusalem, University of Ohio Dayton: the short
 * form an organisation named after where it is goes by (Hebrew
 * University; University of Ohio) is an alias. The words before "of"
 * end in an organisation's head word, the others no common words; the
 * words after it are a known place, or a state's or a country's name and
 * a city's. */
static void
add_place_free_alias (DossierEntityInfo *e)
{
  const char *name = e->name, *of = strstr (name, " of ");
  const char *after, *sp, *w;
  gsize blen;
  guint n_before = 0, ab;
  char buf[128];

  if (of == NULL || strstr (of + 4, " of ") != NULL || strlen (name) >= sizeof buf)
    return;
  after = of + 4;
  blen = (gsize) (of - name);
  ab = dossier_names_lexicon_bits (after, strlen (after));
  if (ab & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE))
    {
      /* Hebrew University: two words or more, a head word last */
      const char *last = NULL;
      for (w = name; w < of; w = sp + 1)
        {
          sp = strchr (w, ' ');
          if (sp == NULL || sp > of)
            sp = of;
          if (!g_ascii_isupper (*w))
            return;
          n_before++;
          last = w;
          if (sp == of)
            break;
        }
      if (n_before < 2 ||
          !(dossier_names_lexicon_bits (last, (gsize) (of - last)) & DOSSIER_LEX_ORGWORD))
        return;
      for (w = name; w < last; w = sp + 1)
        {
          sp = strchr (w, ' ');
          if (common_word (w, (gsize) (sp - w), 0) ||
              (dossier_names_lexicon_bits (w, (gsize) (sp - w)) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)))
            return;
        }
      memcpy (buf, name, blen);
      buf[blen] = '\0';
      add_alias (e, buf);
      return;
    }
  /* University of Ohio Dayton: a state or a country, then a city */
  sp = strrchr (after, ' ');
  if (sp == NULL || strchr (after, ' ') != sp ||
      !(dossier_names_lexicon_bits (sp + 1, strlen (sp + 1)) & DOSSIER_LEX_CITY) ||
      !(dossier_names_lexicon_bits (after, (gsize) (sp - after)) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE)) ||
      !(dossier_names_lexicon_bits (name, (gsize) (strchr (name, ' ') - name)) & DOSSIER_LEX_ORGWORD))
    return;
  blen = (gsize) (sp - name);
  memcpy (buf, name, blen);
  buf[blen] = '\0';
  add_alias (e, buf);
}

/* Fan Expo Canada: an event's name and where it is goes by the name
 * alone too (Fan Expo). */
static void
add_event_alias (DossierEntityInfo *e)
{
  const char *lw = last_word (e->name), *hw;
  gsize fl = (gsize) (lw - e->name);
  char buf[96];

  if (lw == e->name || fl < 2 || fl >= sizeof buf ||
      !(dossier_names_lexicon_bits (lw, strlen (lw)) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)))
    return;
  memcpy (buf, e->name, fl - 1);
  buf[fl - 1] = '\0';
  hw = last_word (buf);
  if (hw == buf)
    return;
  {
    const char *v = LEX_LOOKUP ("other-names", hw, -1);
    if (v != NULL && g_str_has_prefix (v, "head"))
      add_alias (e, buf);
  }
}

/* add_alias () for a string that stays put during build_entities (): the
 * entity it was last given to is remembered, so that a name's thousandth
 * mention does not compare it with all the entity's aliases again. */
/* A "title form" alias given (build_entities () remembers the last few,
 * by the two strings' pointers). */
typedef struct
{
  const char *title;
  const char *form;
  guint       entity;  /* + 1 */
} TitledAlias;

#define TITLED_CACHE 1024

static void
add_alias_cached (PtrMap *given, DossierEntityInfo *e, guint entity, const char *alias)
{
  if (ptr_map_get (given, alias) == entity + 1)
    return;
  add_alias (e, alias);
  ptr_map_set (given, alias, entity + 1);
}

static gboolean
first_word_is_first_name (const char *form)
{
  const char *sp = strchr (form, ' ');
  return sp && (dossier_names_lexicon_bits (form, sp - form) & DOSSIER_LEX_FIRSTNAME);
}

/* Events, works, laws, programmes, products, vehicles, storms, religions
 * (World Cup, Lantern Festival, Clean Air Act, Space Shuttle Atlantis,
 * Cyclone Phailin, Firefox): names of the kind "other", known by their
 * head word, their first words or whole (other-names.txt). */
static gboolean
names_other (const char *form, guint words, DossierNameKind kind)
{
  const LexFilter *list = LEX_FILTER ("other-names");
  const char *v;
  char buf[64];

  /* the 2002 World Cup */
  if (words > 1 && g_ascii_isdigit (form[0]) && g_ascii_isdigit (form[1]) && g_ascii_isdigit (form[2]) &&
      g_ascii_isdigit (form[3]) && form[4] == ' ')
    {
      form += 5;
      words--;
    }
  /* Internet Explorer 6: the name the number follows */
  if (words > 1)
    {
      const char *lw = last_word (form);
      gsize ll = strlen (lw), fl = lw - 1 - form;
      char nb[96];
      if (ll <= 3 && g_ascii_isdigit (lw[0]) && (ll < 2 || g_ascii_isdigit (lw[1])) &&
          (ll < 3 || g_ascii_isdigit (lw[2])) && fl < sizeof nb)
        {
          memcpy (nb, form, fl);
          nb[fl] = '\0';
          return names_other (nb, words - 1, kind);
        }
    }
  /* Fan Expo Canada, the Tour de France: an event's name and where */
  if (words > 2)
    {
      const char *lw = last_word (form);
      gsize fl = lw - 1 - form;
      char nb[96];
      if (fl < sizeof nb &&
          (dossier_names_lexicon_bits (lw, strlen (lw)) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)))
        {
          const char *hv;
          memcpy (nb, form, fl);
          nb[fl] = '\0';
          hv = lex_filter_lookup (list, last_word (nb), -1);
          if (hv != NULL && g_str_has_prefix (hv, "head"))
            return TRUE;
        }
    }
  v = lex_filter_lookup (list, form, -1);

  if (v != NULL)
    return strcmp (v, "name") == 0 || strcmp (v, "noun") == 0 || strcmp (v, "feast") == 0 ||
           strcmp (v, "head+") == 0 ||
           (words > 1 && strcmp (v, "first") == 0);
  if (words < 2)
    return FALSE;
  v = lex_filter_lookup (list, last_word (form), -1);
  if (v != NULL && g_str_has_prefix (v, "head"))
    /* Doris Day: a first name and one more word stay a person */
    return !(kind == DOSSIER_NAME_PER && words == 2 && first_word_is_first_name (form));
  /* the Winter Carnival of Magic, the Treaty of Rome */
  {
    const char *of = strstr (form, " of ");
    if (of != NULL && of > form)
      {
        const char *w = of;
        while (w > form && w[-1] != ' ')
          w--;
        if ((gsize) (of - w) < sizeof buf)
          {
            memcpy (buf, w, of - w);
            buf[of - w] = '\0';
            v = lex_filter_lookup (list, buf, -1);
            if (v != NULL && g_str_has_prefix (v, "head"))
              return TRUE;
          }
      }
  }
  for (const char *sp = strchr (form, ' '), *p = sp; p != NULL && p - form < (gssize) sizeof buf;
       p = strchr (p + 1, ' '))
    {
      memcpy (buf, form, p - form);
      buf[p - form] = '\0';
      v = lex_filter_lookup (list, buf, -1);
      if (v != NULL && strcmp (v, "first") == 0)
        return TRUE;
      if (p != sp)
        break;  /* the first two words at most */
    }
  return FALSE;
}

/* Wong Kwok-kin, Park Ji-sung: an East Asian family name and a
 * hyphenated given name of two short syllables are someone's name. */
static gboolean
east_asian_name (const char *form, guint words)
{
  const char *sp = strchr (form, ' '), *given, *hy;
  gsize a, b;

  if (words != 2 || sp == NULL ||
      !(LEX_LOOKUP ("east-asian-surnames", form, sp - form) != NULL))
    return FALSE;
  given = sp + 1;
  hy = strchr (given, '-');
  if (hy == NULL || strchr (hy + 1, '-') != NULL || !g_ascii_isupper (given[0]))
    return FALSE;
  /* (but Hong Kong-based) */
  if (is_known_name (phrase_bits (form, hy - form)))
    return FALSE;
  a = hy - given;
  b = strlen (hy + 1);
  if (a < 2 || a > 6 || b < 2 || b > 6)
    return FALSE;
  for (const char *p = given + 1; *p; p++)
    if (p != hy && p != hy + 1 && !g_ascii_islower (*p))
      return FALSE;
  return g_ascii_isalpha (hy[1]);
}

/* Lombardy, the Middle East, Cape Canaveral: a place of places.txt, by its
 * whole name or its first word, unless the name is a first name or the
 * lists know it otherwise (Victoria, San Diego Gas). A region named as an
 * organisation stays one (Queensland beat Victoria: a team). */
static gboolean
known_place (const char *form, guint words, DossierNameKind kind)
{
  const LexFilter *list = LEX_FILTER ("places");
  const char *sp = strchr (form, ' ');
  const char *v = lex_filter_lookup (list, form, -1);
  guint bits;

  /* (no entry and no first word to look up: no place, whatever the bits) */
  if (v == NULL && (kind != DOSSIER_NAME_PER || words < 2 || words > 3 || sp == NULL || (gsize) (sp - form) >= 16))
    return FALSE;
  bits = phrase_bits (form, strlen (form));
  if (bits & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_ORG))
    return FALSE;
  if (v != NULL)
    return strcmp (v, "world") == 0 || (strcmp (v, "region") == 0 && kind == DOSSIER_NAME_PER);
  {
    char buf[16];
    memcpy (buf, form, sp - form);
    buf[sp - form] = '\0';
    v = lex_filter_lookup (list, buf, -1);
  }
  return v != NULL && strcmp (v, "first") == 0;
}

/* "the band Duran Duran", "the town Yeoncheon": the kind + 1 that the
 * lower-case noun at token @i gives the name after it, or 0. */
static G_NO_INLINE guint8
described_as_word (Names *nm, guint i)
{
  static GHashTable *list;
  /* the lengths (< 32) of the descriptors by their first byte: a word no
   * descriptor can be (nor its singular) is told without hashing it */
  static guint32 lens[256];
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;
  const LexFilter *filter;
  const char *v;
  char buf[16];

  if (len < 3 || len >= sizeof buf || !is_lower_word (nm, i))
    return 0;
  if (g_once_init_enter (&list))
    {
      GHashTable *l = dossier_lexicon_get_list (dossier_lexicon_get_default (), "descriptors");
      key_lens (l, lens);
      g_once_init_leave (&list, l);
    }
  /* (the word, its singular in -s, in -ies: len, len - 1, len - 2 bytes) */
  if (!((lens[(guchar) nm->ctx->text[t->start]] >> (len - 2)) & 7))
    return 0;
  filter = LEX_FILTER ("descriptors");
  memcpy (buf, nm->ctx->text + t->start, len);
  buf[len] = '\0';
  v = lex_filter_lookup (filter, buf, -1);
  /* the religious schools X and Y: the plural too */
  if (v == NULL && len > 4 && buf[len - 1] == 's')
    {
      buf[len - 1] = '\0';
      v = lex_filter_lookup (filter, buf, -1);
      if (v == NULL && buf[len - 2] == 'e' && buf[len - 3] == 'i')
        {
          buf[len - 3] = 'y';
          buf[len - 2] = '\0';
          v = lex_filter_lookup (filter, buf, -1);
        }
    }
  if (v == NULL)
    return 0;
  if (buf[len - 1] == '\0' || buf[len - 2] == '\0')
    {
      /* (a plural: no works, Men's singles) */
      if (strcmp (v, "org") == 0)
        return DOSSIER_NAME_ORG + 1;
      if (strcmp (v, "place") == 0)
        return DOSSIER_NAME_LOC + 1;
      return 0;
    }
  if (strcmp (v, "org") == 0)
    return DOSSIER_NAME_ORG + 1;
  if (strcmp (v, "place") == 0)
    return DOSSIER_NAME_LOC + 1;
  return DOSSIER_NAME_MISC + 1;
}

/* described_as_word (), the tokens too short or long, or no lower-case
 * word, told inline. */
static inline guint8
described_as (Names *nm, guint i)
{
  const DossierToken *t = tok (nm, i);
  gsize len = t->end - t->start;

  if (len < 3 || len >= 16 || !is_lower_word (nm, i))
    return 0;
  return described_as_word (nm, i);
}

/* The kind the tagger's votes and the rules above gave a cluster, made
 * right by what its fullest form says. */
/* Is token @i a lower-case word that reads as a Latin species name after
 * a genus (Formica fusca, Beauveria bassiana): no common English word,
 * with a Latin ending? */
static gboolean
species_word (Names *nm, guint i)
{
  static const char * const endings[] = { "a", "ae", "us", "um", "is", "ii", "ensis", "oides", "i" };
  static const guint8 ending_len[] = { 1, 2, 2, 2, 2, 2, 5, 5, 1 };
  const DossierToken *t = tok (nm, i);
  const char *w = nm->ctx->text + t->start;
  gsize len = t->end - t->start;
  char buf[32];

  if (len < 4 || len >= sizeof buf ||
      (w[len - 1] != 'a' && w[len - 1] != 'e' && w[len - 1] != 'm' && w[len - 1] != 's' && w[len - 1] != 'i') ||
      !is_lower_word (nm, i))
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_islower (w[k]))
      return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    {
      gsize el = ending_len[k];
      if (len > el + 2 && memcmp (w + len - el, endings[k], el) == 0)
        {
          memcpy (buf, w, len);
          buf[0] = g_ascii_toupper (buf[0]);
          buf[len] = '\0';
          /* a common word: the Smith via, Acme data */
          return !common_word (buf, len, 0) && dossier_names_lexicon_bits (buf, len) == 0;
        }
    }
  return FALSE;
}

static DossierNameKind
refine_kind (Names *nm, Cluster *cl, DossierNameKind kind)
{
  const char *form = cl->best_form;
  gsize len = strlen (form);

  (void) nm;
  /* Muslims, Afghans: a group of people (no common noun, no product);
   * Sikhs, Libertarians (groups.txt) whatever the tagger said */
  if (cl->best_tokens == 1 && !cl->best_caps && (kind == DOSSIER_NAME_PER || LEX_LOOKUP ("groups", form, len) != NULL))
    {
      gboolean same;
      if (group_form (form, len, &same))
        return DOSSIER_NAME_PER;
    }
  /* Gary Fan of the Neo Democrats: a known first name and one more word
   * no list knows as an organisation's or a place's is someone's name */
  if (kind == DOSSIER_NAME_ORG && cl->best_tokens == 2 && !cl->best_caps && first_word_is_first_name (form) &&
      !(phrase_bits (form, len) & (DOSSIER_LEX_ORG | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)))
    {
      const char *lw = last_word (form);
      gsize ll = strlen (lw);
      if (!(dossier_names_lexicon_bits (lw, ll) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_ORG |
                                                   DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE |
                                                   DOSSIER_LEX_DEMONYM)) &&
          !is_company_suffix_word (lw, ll) && ll > 2)
        return DOSSIER_NAME_PER;
    }
  /* Formica fusca: a genus; Polaroid and Polaroids: a thing one can have
   * several of (a product), no one's and nowhere's name */
  if (cl->best_tokens == 1 && !cl->best_caps && (cl->binomial > 0 || cl->plural_pair))
    return DOSSIER_NAME_MISC;
  /* Apollo, Soyuz, Windows alone: a programme's, a craft's or a product's
   * name that numbers follow (numbered-names.txt), no common word */
  if (cl->best_tokens == 1 && kind != DOSSIER_NAME_MISC && !cl->best_caps && len > 3 &&
      !common_word (form, len, 0))
    {
      const char *v = LEX_LOOKUP ("numbered-names", form, len);
      if (v != NULL && v[0] == 'o' && !(phrase_bits (form, len) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
        return DOSSIER_NAME_MISC;
    }
  if (names_other (form, cl->best_tokens, kind))
    {
      /* (but a programme at a university or a company is a part of it) */
      if (cl->at_org &&
          (g_str_has_suffix (form, " Program") || g_str_has_suffix (form, " Programme") ||
           g_str_has_suffix (form, " Project")))
        return DOSSIER_NAME_ORG;
      return DOSSIER_NAME_MISC;
    }
  /* the Cassini and Juno spacecraft: a craft's name, even a first name */
  if (cl->craft && !cl->best_caps && !is_known_name (phrase_bits (form, len)))
    return DOSSIER_NAME_MISC;
  /* "Bully Pulpit", "Silent River": a name of two words or more that is all
   * a quotation holds is a title, unless it is known or a person's */
  if (cl->quoted && cl->best_tokens > 1 && !cl->best_caps && !is_known_name (phrase_bits (form, len)) &&
      (kind != DOSSIER_NAME_PER ||
       !(phrase_bits (form, strcspn (form, " ")) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_TITLE))))
    return DOSSIER_NAME_MISC;
  /* the band Duran Duran, the novel Dark Matters: unless the name is known
   * or starts with a first name */
  if (cl->described && !cl->best_caps && !is_known_name (phrase_bits (form, len)) &&
      !(phrase_bits (form, strcspn (form, " ")) & DOSSIER_LEX_TITLE) &&
      (!(phrase_bits (form, strcspn (form, " ")) & DOSSIER_LEX_FIRSTNAME) ||
       /* (her graphic novel Molly Starfish: a work's name may start with one) */
       (cl->described - 1 == DOSSIER_NAME_MISC && cl->best_tokens >= 2 &&
        !(phrase_bits (last_word (form), strlen (last_word (form))) & DOSSIER_LEX_SURNAME))))
    return (DossierNameKind) (cl->described - 1);
  if ((kind == DOSSIER_NAME_PER || kind == DOSSIER_NAME_ORG) && !cl->outlet && known_place (form, cl->best_tokens, kind))
    return DOSSIER_NAME_LOC;
  /* Ross Ice Shelf, Jordan River: a geographic head word even after a first name */
  if (kind == DOSSIER_NAME_PER && cl->best_tokens > 1)
    {
      static const char * const heads[] = { "Shelf", "Glacier", "Plateau", "Basin", "Delta", "Reef", "Lagoon",
                                            "Fjord", "Archipelago", "Volcano", "Canyon", "Peninsula", "Strait",
                                            "Straits", "Ocean", "Sea", "River", "Mountains", "Islands", "Falls" };
      const char *lw = last_word (form);
      for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
        if (lw[0] == heads[k][0] && strcmp (lw, heads[k]) == 0)
          return DOSSIER_NAME_LOC;
    }
  if (kind != DOSSIER_NAME_PER && east_asian_name (form, cl->best_tokens))
    return DOSSIER_NAME_PER;
  /* Nathan Law of Demosisto, Jann Wenner of Rolling Stone: what follows a
   * person's name and "of" is where the person belongs, unless it has a
   * first name */
  if (kind == DOSSIER_NAME_PER && cl->of_person > 0 && cl->best_tokens <= 3 && !cl->best_caps &&
      (!(phrase_bits (form, strcspn (form, " ")) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_TITLE)) ||
       /* (a word said twice is no one's name: the guitarist of Walker Walker) */
       (cl->best_tokens == 2 && strcmp (last_word (form), form + strcspn (form, " ") + 1) == 0 &&
        strncmp (form, last_word (form), strcspn (form, " ")) == 0 && strlen (last_word (form)) == strcspn (form, " "))))
    return DOSSIER_NAME_ORG;
  /* Pride, Character, Secret Agent: a name whose words are all common
   * English words, with no title and no first name, is no one's name */
  if (kind == DOSSIER_NAME_PER && !cl->best_caps && !cl->et_al && all_common_words (form, 0))
    return DOSSIER_NAME_MISC;
  /* (Peace, Survival): and one of an organisation or a place, in the
   * singular, named once or twice and never after "the" or "in", whose
   * word no list knows as an organisation's or a place's */
  if ((kind == DOSSIER_NAME_ORG || kind == DOSSIER_NAME_LOC) && cl->best_tokens == 1 && !cl->best_caps &&
      cl->after_the == 0 && cl->in_cues == 0 && (form[len - 1] != 's' || form[len - 2] == 's') &&
      cl->votes[0] + cl->votes[1] + cl->votes[2] + cl->votes[3] + cl->votes[4] <= 2 &&
      all_common_words (form, DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
    return DOSSIER_NAME_MISC;
  /* an Oath, a Galaxy: a common word after "a" or "an" is a common noun */
  if (kind != DOSSIER_NAME_MISC && cl->best_tokens == 1 && !cl->best_caps && cl->after_a > 0 &&
      cl->person_cues == 0 && all_common_words (form, DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
    return DOSSIER_NAME_MISC;
  /* Reactive Oxygen Species, Educational Leadership: so is a name of
   * several such words named once in full, not after "the", with no head word
   * of an organisation or a place */
  if ((kind == DOSSIER_NAME_ORG || kind == DOSSIER_NAME_LOC) && cl->best_tokens > 1 && !cl->best_caps &&
      cl->multi_the == 0 && cl->multi <= 1 &&
      all_common_words (form, DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
    return DOSSIER_NAME_MISC;
  /* John-Christian G. Rauschenberg: a middle initial */
  if (kind != DOSSIER_NAME_PER && cl->best_tokens == 3 && !cl->best_caps)
    {
      const char *sp = strchr (form, ' ');
      const char *lw = last_word (form);
      if (g_ascii_isupper (sp[1]) && sp[2] == '.' && sp[3] == ' ' && g_ascii_isupper (form[0]) &&
          g_ascii_isupper (lw[0]) && strlen (lw) > 2 &&
          !(phrase_bits (lw, strlen (lw)) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_COUNTRY |
                                             DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG)) &&
          !is_known_name (phrase_bits (form, strlen (form))))
        return DOSSIER_NAME_PER;
    }
  /* Scientology, Nazism, Islamophobia: a word of that ending names no
   * person and no place; a movement of -ology acts as an organisation */
  if (cl->best_tokens == 1 && (kind == DOSSIER_NAME_PER || kind == DOSSIER_NAME_LOC) && len > 6)
    {
      if (g_str_has_suffix (form, "ology"))
        return DOSSIER_NAME_ORG;
      if (g_str_has_suffix (form, "ism") || g_str_has_suffix (form, "phobia"))
        return DOSSIER_NAME_MISC;
    }
  return kind;
}

/* Is @w (of @len bytes) a plural of a word no list knows as a demonym or a
 * place's (Falcons, Ghostriders; not Afghans, Alps, Netherlands)? */
static gboolean
plain_plural (const char *w, gsize len)
{
  if (len < 4 || w[len - 1] != 's' || w[len - 2] == 's' || w[len - 2] == '\'' || w[len - 2] == 'u' ||
      w[len - 2] == 'i' || !g_ascii_isupper (w[0]) || !g_ascii_islower (w[1]))
    return FALSE;
  if (dossier_names_lexicon_bits (w, len) != 0)
    return FALSE;
  return !(dossier_names_lexicon_bits (w, len - 1) & (DOSSIER_LEX_DEMONYM | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY |
                                                      DOSSIER_LEX_STATE | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_FIRSTNAME |
                                                      DOSSIER_LEX_SURNAME));
}

/* Teams and bands: a place's name and a plural (the Manitoba Ghostriders,
 * Chicago Cubs), or a plural always after "the" (lost to the Falcons). */
static DossierNameKind
team_kind (Cluster *cl, DossierNameKind kind, guint bits)
{
  const char *form = cl->best_form;
  const char *lw;

  if (cl->family && kind != DOSSIER_NAME_MISC)
    return DOSSIER_NAME_PER;
  if (kind == DOSSIER_NAME_ORG || cl->best_caps || (bits & (DOSSIER_LEX_ORG | DOSSIER_LEX_COUNTRY)))
    return kind;
  lw = last_word (form);
  if (!plain_plural (lw, strlen (lw)) || LEX_LOOKUP ("other-names", lw, -1) != NULL)
    return kind;
  if (cl->best_tokens == 1)
    {
      guint mentions = cl->votes[0] + cl->votes[1] + cl->votes[2] + cl->votes[3] + cl->votes[4];
      if (cl->after_the > 0 && cl->after_the == mentions && cl->person_cues == 0 && kind != DOSSIER_NAME_MISC)
        return DOSSIER_NAME_ORG;
      return kind;
    }
  if (cl->best_tokens == 2 && lw > form &&
      ((dossier_names_lexicon_bits (form, lw - 1 - form) & (DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_COUNTRY)) ||
       LEX_LOOKUP ("places", form, lw - 1 - form) != NULL))
    return DOSSIER_NAME_ORG;
  return kind;
}

/* The first bytes of a list's words, as 256 bits (worked out once). */
typedef struct
{
  gsize   ready;
  guint64 bits[4];
} FirstBytes;

/* Does a word of the @n @words start with the byte @c? */
static inline gboolean
first_byte_in (FirstBytes *fb, const char * const *words, guint n, char c)
{
  guchar b = (guchar) c;

  if (g_once_init_enter (&fb->ready))
    {
      for (guint k = 0; k < n; k++)
        fb->bits[(guchar) words[k][0] >> 6] |= G_GUINT64_CONSTANT (1) << ((guchar) words[k][0] & 63);
      g_once_init_leave (&fb->ready, 1);
    }
  return (fb->bits[b >> 6] >> (b & 63)) & 1;
}

/* Ivy League, Grace Foundation: a first name and a head word no one has
 * as a surname name an organisation; a School District is one too. */
static DossierNameKind
strong_head_kind (Cluster *cl, DossierNameKind kind)
{
  static const char * const heads[] = { "League", "Association", "University", "Institute", "Foundation",
                                        "Federation", "Committee", "Commission", "Ministry", "Department",
                                        "Agency", "Corporation", "Party", "Council", "Society" };
  const char *form = cl->best_form;
  const char *lw;

  if (cl->best_caps)
    return kind;
  /* the Draghetti government: a leader's name */
  if (cl->gov_cue && cl->best_tokens == 1 && kind != DOSSIER_NAME_PER &&
      !(dossier_names_lexicon_bits (form, strlen (form)) &
        (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG | DOSSIER_LEX_DEMONYM |
         DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) &&
      LEX_LOOKUP ("places", form, -1) == NULL && !g_str_has_suffix (form, "ian") && !g_str_has_suffix (form, "ese") &&
      !g_str_has_suffix (form, "ine") && !g_str_has_suffix (form, "ish"))
    return DOSSIER_NAME_PER;
  if (kind == DOSSIER_NAME_ORG || cl->best_tokens < 2)
    return kind;
  lw = last_word (form);
  /* Instituto Morelli, Banco Santander: a head word that opens the name */
  if (kind == DOSSIER_NAME_PER)
    {
      static const char * const openers[] = { "Instituto", "Istituto", "Institut", "Universidad", "Universitat",
                                              "Università", "Universität", "Université", "Colegio", "Liceo",
                                              "Escuela", "Hochschule", "Partido", "Partito", "Parti", "Banco",
                                              "Banca", "Sociedad", "Società" };
      /* Masjid Al-Nur, Wadi Rum, Kibbutz Yiftah: one that opens a place's */
      static const char * const place_openers[] = { "Masjid", "Wadi", "Jebel", "Jabal", "Kibbutz", "Moshav",
                                                    "Pulau", "Gunung", "Sungai", "Bukit", "Kampung",
                                                    "Lago", "Monte", "Lac", "Ciudad", "Villa", "Piazza",
                                                    "Plaza", "Rue", "Via" };
      static FirstBytes openers_first, place_openers_first;
      gsize fl = strcspn (form, " ");
      if (first_byte_in (&openers_first, openers, G_N_ELEMENTS (openers), form[0]))
        for (guint k = 0; k < G_N_ELEMENTS (openers); k++)
          if (openers[k][0] == form[0] && strlen (openers[k]) == fl && memcmp (form, openers[k], fl) == 0)
            return DOSSIER_NAME_ORG;
      if (first_byte_in (&place_openers_first, place_openers, G_N_ELEMENTS (place_openers), form[0]))
        for (guint k = 0; k < G_N_ELEMENTS (place_openers); k++)
          if (place_openers[k][0] == form[0] && strlen (place_openers[k]) == fl &&
              memcmp (form, place_openers[k], fl) == 0)
            return DOSSIER_NAME_LOC;
    }
  /* Team Norway: a team */
  if (strncmp (form, "Team ", 5) == 0 && kind == DOSSIER_NAME_LOC)
    return DOSSIER_NAME_ORG;
  /* East Los Angeles: a compass word before a known place */
  {
    static const char * const compass[] = { "East ", "West ", "North ", "South ", "Northeast ", "Northwest ",
                                            "Southeast ", "Southwest ", "Central ", "Eastern ", "Western ",
                                            "Northern ", "Southern " };
    static FirstBytes compass_first;
    for (guint k = 0; first_byte_in (&compass_first, compass, G_N_ELEMENTS (compass), form[0]) &&
                      k < G_N_ELEMENTS (compass); k++)
      {
        gsize cl_len;
        if (compass[k][0] != form[0])
          continue;
        cl_len = strlen (compass[k]);
        if (strncmp (form, compass[k], cl_len) == 0)
          {
            const char *rest = form + cl_len;
            if ((dossier_names_lexicon_bits (rest, strlen (rest)) & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE)) ||
                LEX_LOOKUP ("places", rest, -1) != NULL)
              return DOSSIER_NAME_LOC;
            break;
          }
      }
  }
  /* the Toronto Star: a place and a newspaper's head word */
  if (kind != DOSSIER_NAME_MISC && cl->best_tokens <= 3)
    {
      static const char * const press[] = { "Star", "Globe", "Sun", "Mail", "Mirror", "Express", "Chronicle",
                                            "Observer", "Inquirer", "Examiner", "Courier", "Bulletin", "Dispatch",
                                            "Sentinel", "Standard", "Record", "Register", "Independent" };
      static FirstBytes press_first;
      for (guint k = 0; first_byte_in (&press_first, press, G_N_ELEMENTS (press), lw[0]) &&
                        k < G_N_ELEMENTS (press); k++)
        if (lw[0] == press[k][0] && strcmp (lw, press[k]) == 0)
          {
            if ((dossier_names_lexicon_bits (form, lw - 1 - form) & (DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_COUNTRY)) ||
                LEX_LOOKUP ("places", form, lw - 1 - form) != NULL)
              return DOSSIER_NAME_ORG;
            break;
          }
    }
  /* the State and Homeland Security Departments: an organisation's head
   * word in the plural after two names joined by "and" */
  if (kind == DOSSIER_NAME_MISC)
    {
      gsize ll = strlen (lw);
      if (ll > 5 && strstr (form, " and ") != NULL && lw[ll - 1] == 's' && lw[ll - 2] != 's' && LEX_LOOKUP ("other-names", lw, -1) == NULL)
        {
          char buf[32];
          if (ll < sizeof buf)
            {
              memcpy (buf, lw, ll - 1);
              buf[ll - 1] = '\0';
              if (ll > 4 && lw[ll - 2] == 'e' && lw[ll - 3] == 'i')
                {
                  if (!(dossier_names_lexicon_bits (buf, ll - 1) & DOSSIER_LEX_ORGWORD))
                    {
                      buf[ll - 3] = 'y';
                      buf[ll - 2] = '\0';
                    }
                }
              if (dossier_names_lexicon_bits (buf, strlen (buf)) & DOSSIER_LEX_ORGWORD)
                return DOSSIER_NAME_ORG;
            }
        }
      return kind;
    }
  /* Lee County, Orange Parish: a division of a state is a place, whatever
   * its first word */
  if (kind == DOSSIER_NAME_PER && lw[0] >= 'C' && lw[0] <= 'T' &&
      (strcmp (lw, "County") == 0 || strcmp (lw, "Parish") == 0 || strcmp (lw, "Township") == 0 ||
       strcmp (lw, "Province") == 0 || strcmp (lw, "Prefecture") == 0 || strcmp (lw, "Oblast") == 0 ||
       strcmp (lw, "Governorate") == 0))
    return DOSSIER_NAME_LOC;
  if (cl->best_tokens == 2 && kind == DOSSIER_NAME_PER)
    {
      for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
        if (lw[0] == heads[k][0] && strcmp (lw, heads[k]) == 0)
          return DOSSIER_NAME_ORG;
      return kind;
    }
  if (strcmp (lw, "District") == 0 && lw - form >= 8 && memcmp (lw - 7, "School ", 7) == 0)
    return DOSSIER_NAME_ORG;
  return kind;
}

static void
build_entities (Names *nm)
{
  DossierContext *ctx = nm->ctx;
  Cand *cands;
  guint n;
  int *entity_of;
  GArray *mentions;
  guint n_mentions;
  PtrMap given;   /* interned alias -> the entity + 1 it was last given to */
  TitledAlias *titled;  /* the "title form" aliases last given, by their pointers */
  int *root;      /* cluster -> its root (no union from here on) */

  sort_cands (nm);
  cands = (Cand *) (void *) nm->cands->data;
  n = nm->cands->len;
  ptr_map_init (&given, map_size (n / 8));  /* (an alias a dozen mentions in a long text) */
  titled = g_new0 (TitledAlias, TITLED_CACHE);
  root = g_new (int, nm->clusters->len + 1);
  for (guint q = 0; q < nm->clusters->len; q++)
    root[q] = find (nm, (int) q);

  /* votes, fullest form */
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      Cluster *cl;
      guint words;
      gboolean caps, after_the;

      /* the token before the mentions ahead (and its text), fetched meanwhile */
      if (i + 2 * PREFETCH_AHEAD < n && cands[i + 2 * PREFETCH_AHEAD].first > 0)
        __builtin_prefetch (tok (nm, cands[i + 2 * PREFETCH_AHEAD].first - 1));
      if (i + 2 * PREFETCH_AHEAD < n)
        __builtin_prefetch (tok (nm, MIN (cands[i + 2 * PREFETCH_AHEAD].last + 2, nm->n_tokens - 1)));
      if (i + PREFETCH_AHEAD < n && cands[i + PREFETCH_AHEAD].first > 0)
        prefetch_text (nm, cands[i + PREFETCH_AHEAD].first - 1);
      if (i + PREFETCH_AHEAD < n)
        {
          /* (the text after the mention, its form) */
          __builtin_prefetch (nm->ctx->text + cands[i + PREFETCH_AHEAD].end);
          __builtin_prefetch (cands[i + PREFETCH_AHEAD].form);
        }
      if (i + PREFETCH_AHEAD < n)
        {
          /* (a Cluster spans two cache lines) */
          const char *x = (const char *) &g_array_index (nm->clusters, Cluster, root[cands[i + PREFETCH_AHEAD].cluster]);
          __builtin_prefetch (x);
          __builtin_prefetch (x + sizeof (Cluster) - 1);
        }
      c->cluster = root[c->cluster];
      cl = &g_array_index (nm->clusters, Cluster, c->cluster);
      if (c->flags & DOSSIER_MENTION_TITLE)
        continue;
      words = form_words (nm, c->form);
      cl->votes[c->kind] += words;
      if (cl->first_tok == 0)
        cl->first_tok = c->first + 1;
      if (c->first > 0 && c->first == c->last &&
          (tok_is (nm, c->first - 1, "in") || tok_is (nm, c->first - 1, "near") ||
           tok_is (nm, c->first - 1, "outside") || tok_is (nm, c->first - 1, "into")))
        {
          cl->in_cues++;
          if (c->last + 1 < nm->n_tokens && c->end == tok (nm, c->last)->end &&
              (!(tok (nm, c->last + 1)->flags & DOSSIER_TOKEN_WORD) || function_word (nm, c->last + 1)) &&
              !(tok (nm, c->last + 1)->flags & DOSSIER_TOKEN_NUMBER) &&
              strchr ("'-\xe2", nm->ctx->text[c->end]) == NULL)
            cl->in_alone++;
        }
      /* Britain's Sun newspaper, told the Sun: an outlet's name */
      if (c->first == c->last && c->last + 1 < nm->n_tokens &&
          (tok_is (nm, c->last + 1, "newspaper") || tok_is (nm, c->last + 1, "tabloid") ||
           (c->first >= 2 && tok_is (nm, c->first - 1, "the") && tok_is (nm, c->first - 2, "told"))))
        cl->outlet = 1;
      /* migrants crossing the Channel, a bridge across the Tamsa */
      if (c->first >= 2 && c->first == c->last && tok_is (nm, c->first - 1, "the"))
        {
          static const char * const cross[] = { "across", "cross", "crosses", "crossed", "crossing" };
          static WordList cross_list;
          if (tok_is_one_of (nm, c->first - 2, cross, G_N_ELEMENTS (cross), &cross_list))
            cl->crossed = 1;
        }
      /* in Ostavia, Trevi, Italy: names after "in" and before a country's
       * or a state's, one after the other with commas between, are places */
      if (c->first > 0 && i + 1 < n && cands[i + 1].first == c->last + 2 &&
          tok_is (nm, c->last + 1, ",") &&
          (tok_is (nm, c->first - 1, "in") || tok_is (nm, c->first - 1, "near") ||
           tok_is (nm, c->first - 1, "from") || tok_is (nm, c->first - 1, "at")))
        {
          guint j = i + 1;
          while (j + 1 < n && j < i + 4 && cands[j + 1].first == cands[j].last + 2 &&
                 tok_is (nm, cands[j].last + 1, ","))
            j++;
          if (same_line (nm, c->first, cands[j].last) && cands[j].form != NULL &&
              (dossier_names_lexicon_bits (cands[j].form, strlen (cands[j].form)) &
               (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE)))
            for (guint k = i; k < j; k++)
              g_array_index (nm->clusters, Cluster, find (nm, cands[k].cluster)).addr_cues++;
          /* born in Kibbutz Ravid, Nahalal.: a place, then the larger
           * place, the clause ending with it */
          else if (j == i + 1 && same_line (nm, c->first, cands[j].last) &&
                   cands[j].first == cands[j].last && cands[j].last + 1 < nm->n_tokens &&
                   cands[j].end == tok (nm, cands[j].last)->end &&
                   (tok_is (nm, cands[j].last + 1, ".") || tok_is (nm, cands[j].last + 1, ";")))
            g_array_index (nm->clusters, Cluster, find (nm, cands[j].cluster)).addr_cues++;
        }
      /* Google, Zingo and Yahoo: one unknown word in a list of names */
      if (c->first == c->last && c->form != NULL && c->kind != DOSSIER_NAME_NONE &&
          ((c->last + 1 < nm->n_tokens && list_sep (nm, c->last + 1)) || (c->first > 0 && list_sep (nm, c->first - 1))) &&
          tok_bits (nm, c->first) == 0)
        {
          guint orgs = 0, locs = 0, pers = 0, members = 0, same = 0;
          gboolean conj = FALSE, mixed = FALSE;
          for (int dir = -1; dir <= 1; dir += 2)
            {
              guint j = i;
              for (guint step = 0; step < 6; step++)
                {
                  guint a, b, gap;
                  const Cand *x, *y;
                  if ((dir < 0 && j == 0) || (dir > 0 && j + 1 >= n))
                    break;
                  x = dir < 0 ? &cands[j - 1] : &cands[j];
                  y = dir < 0 ? &cands[j] : &cands[j + 1];
                  a = x->last + 1;
                  b = y->first;
                  if (b <= a || b - a > 2 || !same_line (nm, x->last, y->first))
                    break;
                  gap = b - a;
                  conj |= !tok_is (nm, b - 1, ",");
                  if (!(tok_is (nm, a, ",") || tok_is (nm, a, "and") || tok_is (nm, a, "or")) ||
                      (gap == 2 && !(tok_is (nm, a, ",") && (tok_is (nm, a + 1, "and") || tok_is (nm, a + 1, "or")))))
                    break;
                  j = dir < 0 ? j - 1 : j + 1;
                  if (cands[j].form != NULL)
                    {
                      guint xb = dossier_names_lexicon_bits (cands[j].form, strlen (cands[j].form));
                      const char *lw = last_word (cands[j].form);
                      members++;
                      if (cands[j].kind == DOSSIER_NAME_MISC || (same != 0 && same != (guint) cands[j].kind + 1u))
                        mixed = TRUE;
                      same = cands[j].kind + 1u;
                      if ((xb & DOSSIER_LEX_ORG) ||
                          (cands[j].last > cands[j].first &&
                           (dossier_names_lexicon_bits (lw, strlen (lw)) & DOSSIER_LEX_ORGWORD)))
                        orgs++;
                      else if (xb & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE))
                        locs++;
                      else if (cands[j].kind == DOSSIER_NAME_PER &&
                               (first_word_is_first_name (cands[j].form) || extra_get (nm, &cands[j])->title))
                        pers++;
                    }
                }
            }
          if (members >= 2 && conj && !mixed && same != (guint) c->kind + 1u)
            cl->list_same = (guint8) same;
          if (members > 0 && pers == 0 && conj && (c->kind == DOSSIER_NAME_PER || c->kind == DOSSIER_NAME_MISC))
            {
              if (orgs > 0 && locs == 0)
                cl->list_org++;
              else if (locs > 0 && orgs == 0)
                cl->list_loc++;
            }
        }
      after_the = c->first > 0 && tok_is (nm, c->first - 1, "the");
      if (after_the)
        cl->after_the++;
      else if (c->first > 0 && c->first == c->last &&
               (tok_is (nm, c->first - 1, "a") || tok_is (nm, c->first - 1, "an")))
        cl->after_a = 1;
      /* Cruz admitted that his pick ..., Dana Arku said she ...: he, his,
       * she before any other name or quotation in the sentence after a
       * mention (not a possessive one: Trump's wife said she) */
      if (c->end == tok (nm, c->last)->end && cl->pron_cues < 255 && cl->he_cues < 255 && cl->she_cues < 255)
        for (guint k = c->last + 1; k < nm->n_tokens && k <= c->last + 8; k++)
          {
            const DossierToken *u = tok (nm, k);
            gsize ul = u->end - u->start;
            if (u->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START | DOSSIER_TOKEN_QUOTE_MARK |
                            DOSSIER_TOKEN_CAPITALIZED))
              break;
            if ((ul == 2 && tok_is (nm, k, "he")) || (ul == 3 && tok_is (nm, k, "his")) ||
                (ul == 7 && tok_is (nm, k, "himself")))
              {
                cl->he_cues++;
                cl->pron_cues += c->first == c->last;
                break;
              }
            if ((ul == 3 && tok_is (nm, k, "she")) || (ul == 7 && tok_is (nm, k, "herself")))
              {
                cl->she_cues++;
                cl->pron_cues += c->first == c->last;
                break;
              }
          }
      if (c->last > c->first)
        {
          cl->multi++;
          if (c->first > 0 && (tok_is (nm, c->first - 1, "the") || tok_is (nm, c->first - 1, "The")))
            cl->multi_the++;
        }
      /* publishers such as O'Malley, sites such as Zoober.com */
      if (cl->described == 0 && c->first >= 3 && tok_is (nm, c->first - 1, "as") && tok_is (nm, c->first - 2, "such"))
        {
          /* (publishers who are open to it, such as O'Malley: the noun
           * before a short clause and a comma) */
          guint k = c->first - 3;
          if (tok_is (nm, k, ","))
            for (guint j = k - 1; j > 0 && j + 12 > c->first && same_line (nm, j, c->first) &&
                                  !tok_is (nm, j, ".") && !tok_is (nm, j, ";");
                 j--)
              if (tok_is (nm, j, "publishers") || tok_is (nm, j, "labels") || tok_is (nm, j, "retailers") ||
                  tok_is (nm, j, "brands") || tok_is (nm, j, "sites") || tok_is (nm, j, "websites"))
                {
                  k = j;
                  break;
                }
          if (tok_is (nm, k, "publishers") || tok_is (nm, k, "labels") ||
              tok_is (nm, k, "retailers") || tok_is (nm, k, "brands"))
            cl->described = DOSSIER_NAME_ORG + 1;
          else if (tok_is (nm, k, "sites") || tok_is (nm, k, "websites"))
            cl->described = DOSSIER_NAME_MISC + 1;
          else if (k == c->first - 3)
            cl->described = described_as (nm, c->first - 3);
        }
      /* the second part was called Legato: a work's title */
      if (!cl->craft && c->first >= 3 &&
          (tok_is (nm, c->first - 1, "called") || tok_is (nm, c->first - 1, "titled") ||
           tok_is (nm, c->first - 1, "entitled")))
        for (guint k = c->first - 2; k + 5 > c->first && k > 0 && !cl->craft; k--)
          if (is_lower_word (nm, k) && (work_noun_before_word (nm, k + 1) || tok_is (nm, k, "part") ||
                                        tok_is (nm, k, "chapter") || tok_is (nm, k, "series")))
            cl->craft = 1;
      /* the Galileo and Ulysses spacecraft: a craft's name */
      if (!cl->craft && c->last + 1 < nm->n_tokens)
        {
          guint after = c->last + 1;
          if (i + 1 < n && tok_is (nm, after, "and") && cands[i + 1].first == after + 1 &&
              cands[i + 1].last + 1 < nm->n_tokens)
            after = cands[i + 1].last + 1;
          if (craft_noun (nm, after) && same_line (nm, c->first, after))
            cl->craft = 1;
        }
      /* The band I started in 1993, Silver Motion, won: a noun after a
       * determiner opens the sentence's clause, the name in commas after */
      if (cl->described == 0 && c->first >= 4 && tok_is (nm, c->first - 1, ",") && c->last + 1 < nm->n_tokens &&
          tok_is (nm, c->last + 1, ",") && c->end == tok (nm, c->last)->end)
        {
          static const char * const dets[] = { "The", "the", "My", "my", "Our", "our", "His", "his", "Her", "her",
                                               "Their", "their" };
          static WordList det_list;
          for (guint j = c->first - 2; j >= 1 && j + 10 > c->first && same_line (nm, j, c->first) &&
                                       !tok_is (nm, j, ",") && !tok_is (nm, j, ".");
               j--)
            if (tok_is_one_of (nm, j - 1, dets, G_N_ELEMENTS (dets), &det_list) &&
                ((tok (nm, j - 1)->flags & DOSSIER_TOKEN_SENTENCE_START) || (j >= 2 && tok_is (nm, j - 2, ","))) &&
                (cl->described = described_as (nm, j)) != 0)
              break;
        }
      if (cl->described == 0 && c->first > 0)
        {
          if (same_line (nm, c->first - 1, c->first))
            cl->described = described_as (nm, c->first - 1);
          /* the schools Villa Serena and Montalbo */
          if (cl->described == 0 && i > 0 && c->first >= 2 && cands[i - 1].last + 2 == c->first &&
              tok_is (nm, c->first - 1, "and") && cands[i - 1].first > 0 &&
              same_line (nm, cands[i - 1].first - 1, c->first))
            cl->described = described_as (nm, cands[i - 1].first - 1);
        }
      if (!(tok (nm, c->first)->flags & (DOSSIER_TOKEN_SENTENCE_START | DOSSIER_TOKEN_LINE_START)) &&
          !(c->first > 0 && is_quote_tok (nm, c->first - 1)))
        {
          cl->mid_sentence++;
          if (!after_the)
            cl->bare_mid = 1;
        }
      if (c->first > 0 && c->last > c->first && is_quote_tok (nm, c->first - 1) && is_quote_tok (nm, c->last + 1) &&
          c->end == tok (nm, c->last)->end)
        cl->quoted = TRUE;
      /* London, Jack. White Fang */
      if (c->first == c->last && c->kind == DOSSIER_NAME_PER && c->first + 1 < nm->n_tokens &&
          (tok (nm, c->first)->flags & DOSSIER_TOKEN_LINE_START) && tok_is (nm, c->first + 1, ","))
        {
          guint gl, tf, tl;
          if (citation_line (nm, c->first, &gl, &tf, &tl))
            cl->cited = 1;
        }
      /* the Sport Science Program at Lakeview University */
      if (i + 1 < n && c->last > c->first && cands[i + 1].first == c->last + 2 &&
          (cands[i + 1].kind == DOSSIER_NAME_ORG || (tok_bits (nm, cands[i + 1].last) & DOSSIER_LEX_ORGWORD)) &&
          cands[i + 1].last > cands[i + 1].first && tok_is (nm, c->last + 1, "at"))
        cl->at_org = 1;
      /* Nathan Law of Demosisto */
      if (i > 0 && c->first >= 2 && cands[i - 1].kind == DOSSIER_NAME_PER && cands[i - 1].last + 2 == c->first &&
          tok_is (nm, c->first - 1, "of"))
        cl->of_person++;
      if (c->first < c->last || extra_get (nm, c)->title)
        {
          cl->person_cues++;
          if (c->first == c->last && extra_get (nm, c)->title)
            cl->titled = 1;
        }
      if (c->last + 2 < nm->n_tokens)
        {
          const DossierToken *nx = tok (nm, c->last + 1);
          char c0 = nm->ctx->text[nx->start];
          if ((c0 == 'g' || c0 == 'c' || c0 == 'r' || c0 == 'a' || c0 == 'p' || c0 == 'e') &&
              c->first == c->last && c->first > 0 &&
              tok_is (nm, c->first - 1, "the") &&
              (tok_is (nm, c->last + 1, "government") || tok_is (nm, c->last + 1, "cabinet") ||
               tok_is (nm, c->last + 1, "regime") ||
               /* the Obama administration, the Kasich campaign, the Reagan era */
               tok_is (nm, c->last + 1, "administration") || tok_is (nm, c->last + 1, "presidency") ||
               tok_is (nm, c->last + 1, "campaign") || tok_is (nm, c->last + 1, "era")))
            cl->gov_cue = 1;
          else if (c0 == 'e' && nx->end - nx->start == 2 && tok_is (nm, c->last + 1, "et") &&
                   (tok_is (nm, c->last + 2, "al") || tok_is (nm, c->last + 2, "al.")))
            cl->et_al = 1;
        }
      if (c->first == c->last && c->last + 1 < nm->n_tokens && c->end + 1 == tok (nm, c->last + 1)->start &&
          species_word (nm, c->last + 1))
        cl->binomial = 1;
      if (cl->best_form == c->form)
        continue;  /* the same interned form again */
      caps = (cl->best_form == NULL || words >= cl->best_tokens) && is_all_caps (c->form);
      if (cl->best_form == NULL || words > cl->best_tokens ||
          (words == cl->best_tokens && cl->best_caps && !caps) ||
          (words == cl->best_tokens && caps == cl->best_caps && strlen (c->form) > strlen (cl->best_form)))
        {
          cl->best_form = c->form;
          cl->best_tokens = words;
          cl->best_caps = caps;
        }
    }

  /* Polaroid, Polaroids: a word named in the singular and in the plural,
   * neither a known name (Edward, Edwards) */
  for (guint i = 0; i < nm->clusters->len; i++)
    {
      Cluster *cl = &g_array_index (nm->clusters, Cluster, i);
      gsize len;
      char kb[128];
      gpointer v;

      if (cl->best_form == NULL || cl->best_tokens != 1 || cl->best_caps || cl->parent != (int) i)
        continue;
      len = strlen (cl->best_form);
      if (len < 5 || len >= sizeof kb || cl->best_form[len - 1] != 's' || cl->best_form[len - 2] == 's' ||
          cl->best_form[len - 2] == '\'' || !fold_into (cl->best_form, kb, sizeof kb))
        continue;
      kb[len - 1] = '\0';
      if ((v = by_form_lookup (nm, kb)) != NULL)
        {
          Cluster *sg = &g_array_index (nm->clusters, Cluster, find (nm, GPOINTER_TO_INT (v) - 1));
          guint known = DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY |
                        DOSSIER_LEX_STATE | DOSSIER_LEX_ORG | DOSSIER_LEX_DEMONYM;
          /* the plural bare inside a sentence (holds Polaroids), not only
           * "the Springboks", the Clintons; no first name or title */
          if (sg != cl && sg->best_form != NULL && sg->best_tokens == 1 && cl->bare_mid > 0 &&
              cl->person_cues == 0 && sg->person_cues == 0 &&
              !(dossier_names_lexicon_bits (cl->best_form, len) & known) &&
              !(dossier_names_lexicon_bits (sg->best_form, strlen (sg->best_form)) & known))
            cl->plural_pair = sg->plural_pair = TRUE;
        }
    }

  /* Iodine: a one-word name of no lexicon whose lower-case form is near
   * its first mention is a common noun; further off when the word only
   * ever opens sentences (Photos released of the scene ...) */
  {
    /* the wide look-ups read twice the text at most, whatever the text */
    gsize budget = 2 * (gsize) nm->ctx->length + 65536;
    for (guint i = 0; i < nm->clusters->len; i++)
      {
        Cluster *cl = &g_array_index (nm->clusters, Cluster, i);
        gsize window = 300;
        if (cl->best_form == NULL || cl->best_tokens != 1 || cl->best_caps || cl->first_tok == 0 ||
            cl->craft || tok_bits (nm, cl->first_tok - 1) != 0)
          continue;
        if (cl->mid_sentence == 0 && budget >= 8000)
          {
            window = 4000;
            budget -= 8000;
          }
        if (lower_nearby (nm, cl->first_tok - 1, window))
          cl->best_form = NULL;
      }
  }
  /* Critics said, Trade was quiet: a common word that only ever opens a
   * sentence, with no word before it that says what it names */
  for (guint i = 0; i < nm->clusters->len; i++)
    {
      Cluster *cl = &g_array_index (nm->clusters, Cluster, i);
      if (cl->best_form != NULL && cl->best_tokens == 1 && !cl->best_caps && cl->mid_sentence == 0 &&
          cl->parent == (int) i && cl->craft == 0 && cl->described == 0 && cl->quoted == 0 &&
          common_word (cl->best_form, strlen (cl->best_form), DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
        cl->best_form = NULL;
    }

  /* Sandy Hook (Sandy Hook Elementary School): a name of two or three
   * words that opens an organisation's or a place's name ending in its
   * head word; read below for a person's name never given alone */
  for (guint i = 0; i < n; i++)
    {
      const Cand *c = &cands[i];
      const char *sp1, *sp2;
      char kb[128];
      gpointer v;
      if ((c->kind != DOSSIER_NAME_ORG && c->kind != DOSSIER_NAME_LOC) || c->last < c->first + 2 ||
          c->form == NULL || !(tok_bits (nm, c->last) & (DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)) ||
          (sp1 = strchr (c->form, ' ')) == NULL || (sp2 = strchr (sp1 + 1, ' ')) == NULL)
        continue;
      for (const char *e = sp2; e != NULL && (gsize) (e - c->form) < sizeof kb; e = strchr (e + 1, ' '))
        {
          char raw[128];
          Cluster *pc;
          memcpy (raw, c->form, e - c->form);
          raw[e - c->form] = '\0';
          if (!fold_into (raw, kb, sizeof kb) || (v = by_form_lookup (nm, kb)) == NULL)
            continue;
          pc = &g_array_index (nm->clusters, Cluster, root[GPOINTER_TO_INT (v) - 1]);
          if (pc != &g_array_index (nm->clusters, Cluster, c->cluster))
            pc->prefix_of = c->kind + 1;
          break;
        }
    }

  /* the Holms (after Peter Holm and Karen Holm): a plural always after
   * "the" of a person's surname names the family (few such words: the
   * person's names are read once, only when there are some) */
  {
    guint fam[8], nfam = 0;
    gsize fam_len[G_N_ELEMENTS (fam)];
    for (guint i = 0; i < nm->clusters->len && nfam < G_N_ELEMENTS (fam); i++)
      {
        Cluster *cl = &g_array_index (nm->clusters, Cluster, i);
        gsize len;
        if (cl->best_form == NULL || cl->best_tokens != 1 || cl->best_caps || cl->parent != (int) i ||
            cl->after_the == 0)
          continue;
        len = strlen (cl->best_form);
        if (len >= 4 && cl->best_form[len - 1] == 's' && cl->best_form[len - 2] != 's' &&
            g_ascii_islower (cl->best_form[len - 2]) &&
            cl->after_the == cl->votes[0] + cl->votes[1] + cl->votes[2] + cl->votes[3] + cl->votes[4])
          {
            fam_len[nfam] = len;
            fam[nfam++] = i;
          }
      }
    for (guint i = 0; i < n && nfam > 0; i++)
      {
        const Cand *c = &cands[i];
        const char *lw;
        gsize ll;
        if (c->kind != DOSSIER_NAME_PER || c->last == c->first || c->form == NULL)
          continue;
        lw = last_word (c->form);
        ll = strlen (lw);
        for (guint k = 0; k < nfam; k++)
          {
            Cluster *cl = &g_array_index (nm->clusters, Cluster, fam[k]);
            if (fam_len[k] == ll + 1 && memcmp (cl->best_form, lw, ll) == 0)
              cl->family = 1;
          }
      }
  }

  /* (-2: a cluster of title mentions only, told without reading it) */
  entity_of = g_new (int, nm->clusters->len);
  for (guint i = 0; i < nm->clusters->len; i++)
    entity_of[i] = g_array_index (nm->clusters, Cluster, i).best_form != NULL ? -1 : -2;

  /* straight into ctx->mentions: the names pass adds the first mentions
   * (written in place, one a candidate; the length is set after) */
  mentions = ctx->mentions;
  g_array_set_size (mentions, n);
  n_mentions = 0;
  for (guint i = 0; i < n; i++)
    {
      Cand *c = &cands[i];
      Cluster *cl;
      DossierEntityInfo *e;
      DossierMention m;

      if (i + PREFETCH_AHEAD < n)
        {
          __builtin_prefetch (nm->ctx->text + cands[i + PREFETCH_AHEAD].start);
          __builtin_prefetch (&entity_of[cands[i + PREFETCH_AHEAD].cluster]);
        }

      if (entity_of[c->cluster] == -2)
        continue;  /* only title mentions */
      if (entity_of[c->cluster] < 0)
        {
          /* (the cluster is read at its first mention only) */
          DossierNameKind kind = DOSSIER_NAME_PER;
          guint best = 0;
          char *name;
          guint bits;

          cl = &g_array_index (nm->clusters, Cluster, c->cluster);

          for (guint k = 1; k < 5; k++)
            if (cl->votes[k] > best)
              {
                best = cl->votes[k];
                kind = (DossierNameKind) k;
              }
          bits = dossier_names_lexicon_bits (cl->best_form, strlen (cl->best_form));
          if ((bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE)) && cl->votes[DOSSIER_NAME_LOC] > 0)
            kind = DOSSIER_NAME_LOC;
          else if ((bits & DOSSIER_LEX_ORG) && kind != DOSSIER_NAME_ORG && cl->best_tokens > 1)
            kind = DOSSIER_NAME_ORG;
          else if ((bits & DOSSIER_LEX_CITY) && cl->best_tokens > 1)
            kind = DOSSIER_NAME_LOC;
          else if (kind == DOSSIER_NAME_ORG && cl->best_tokens == 1 && cl->titled && !cl->best_caps &&
                   !(bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY | DOSSIER_LEX_ORG |
                             DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD)))
            kind = DOSSIER_NAME_PER;  /* Mr. Trump, tagged a company's name elsewhere: a person */
          else if (kind == DOSSIER_NAME_PER && cl->prefix_of != 0 && cl->best_tokens >= 2 && cl->titled == 0 &&
                   cl->multi * cl->best_tokens == cl->votes[0] + cl->votes[1] + cl->votes[2] + cl->votes[3] + cl->votes[4] &&
                   !(bits & DOSSIER_LEX_ORG))
            kind = (DossierNameKind) (cl->prefix_of - 1);  /* Sandy Hook, never Hook alone: the school's place */
          else if (kind == DOSSIER_NAME_PER && cl->best_tokens == 1 && cl->titled == 0 && !cl->best_caps &&
                   camel_org_form (cl->best_form))
            kind = DOSSIER_NAME_ORG;  /* ProPublica, BuzzFeed: a company's or a site's name */
          else if ((kind == DOSSIER_NAME_ORG || kind == DOSSIER_NAME_LOC) && cl->best_tokens == 1 && cl->pron_cues > 0 &&
                   !cl->best_caps && ((bits & (DOSSIER_LEX_SURNAME | DOSSIER_LEX_FIRSTNAME)) || cl->pron_cues > 1) &&
                   !common_word (cl->best_form, strlen (cl->best_form), 0) &&
                   !(bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG |
                             DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD | DOSSIER_LEX_DEMONYM)))
            kind = DOSSIER_NAME_PER;  /* Cruz admitted that his ...: someone's name */
          else if (kind == DOSSIER_NAME_PER && cl->best_tokens == 1 && cl->in_cues > 0 &&
                   cl->person_cues == 0 && !(bits & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
            kind = DOSSIER_NAME_LOC;
          else if (kind == DOSSIER_NAME_PER && cl->best_tokens == 1 && cl->person_cues == 0 &&
                   cl->list_org > 0 && cl->list_loc == 0 && !(bits & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
            kind = DOSSIER_NAME_ORG;
          else if (kind == DOSSIER_NAME_PER && cl->best_tokens == 1 && cl->person_cues == 0 &&
                   cl->list_loc > 0 && cl->list_org == 0 && !(bits & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
            kind = DOSSIER_NAME_LOC;
          else if (kind == DOSSIER_NAME_ORG && cl->best_tokens == 1 && cl->crossed && !cl->best_caps &&
                   !(bits & (DOSSIER_LEX_ORG | DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)))
            kind = DOSSIER_NAME_LOC;  /* crossing the Channel: a place */
          else if (kind == DOSSIER_NAME_ORG && cl->best_tokens == 1 && !cl->best_caps && bits == 0 && cl->in_alone > 0 &&
                   cl->after_the == 0 && cl->person_cues == 0 &&
                   cl->in_alone == cl->votes[0] + cl->votes[1] + cl->votes[2] + cl->votes[3] + cl->votes[4])
            kind = DOSSIER_NAME_LOC;  /* a polling station in Tsimsha: a place */
          else if (cl->list_same != 0 && cl->best_tokens == 1 && cl->person_cues == 0 && bits == 0 &&
                   cl->list_org == 0 && cl->list_loc == 0 && cl->in_cues == 0 && kind != DOSSIER_NAME_MISC &&
                   cl->votes[0] + cl->votes[1] + cl->votes[2] + cl->votes[3] + cl->votes[4] == 1)
            kind = (DossierNameKind) (cl->list_same - 1);
          else if (cl->addr_cues > 0 && (kind == DOSSIER_NAME_PER || kind == DOSSIER_NAME_ORG) &&
                   !(bits & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_ORG | DOSSIER_LEX_ORGWORD)) &&
                   !(dossier_names_lexicon_bits (last_word (cl->best_form), strlen (last_word (cl->best_form))) &
                     DOSSIER_LEX_ORGWORD) &&
                   (kind == DOSSIER_NAME_ORG || !first_word_is_first_name (cl->best_form)))
            kind = DOSSIER_NAME_LOC;
          else if ((bits & (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_STATE | DOSSIER_LEX_CITY)) &&
                   kind == DOSSIER_NAME_PER && !(bits & DOSSIER_LEX_FIRSTNAME) && !cl->cited)
            kind = DOSSIER_NAME_LOC;
          else if (kind == DOSSIER_NAME_ORG && cl->best_tokens == 1 && !cl->best_caps &&
                   (bits & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_ORG | DOSSIER_LEX_ORGWORD)) ==
                   DOSSIER_LEX_FIRSTNAME)
            kind = DOSSIER_NAME_PER;  /* Gloria: a first name alone is someone's */
          else if (cl->best_tokens > 1 &&
                   (kind != DOSSIER_NAME_PER || !first_word_is_first_name (cl->best_form)))
            {
              /* the head word: Foreign Ministry, Wembley Stadium */
              const char *lw = last_word (cl->best_form);
              gsize lwl = strlen (lw);
              guint hb;
              /* (Facility-1, Pad-39: the word before a number's hyphen) */
              {
                const char *h = strrchr (lw, '-');
                if (h != NULL && h > lw && g_ascii_isdigit (h[1]) && strspn (h + 1, "0123456789") == strlen (h + 1))
                  lwl = (gsize) (h - lw);
              }
              hb = dossier_names_lexicon_bits (lw, lwl);
              if ((hb & DOSSIER_LEX_ORGWORD) && kind == DOSSIER_NAME_LOC)
                kind = DOSSIER_NAME_ORG;
              else if (hb & DOSSIER_LEX_PLACEWORD)
                kind = DOSSIER_NAME_LOC;
            }
          kind = refine_kind (nm, cl, kind);
          kind = team_kind (cl, kind, bits);
          kind = strong_head_kind (cl, kind);
          if (cl->best_caps && !(bits & DOSSIER_LEX_ORG) &&
              (strlen (cl->best_form) > 4 || kind != DOSSIER_NAME_ORG) &&
              !(cl->best_tokens == 1 && strpbrk (cl->best_form, "0123456789") != NULL))  /* (IE9, MP3) */
            {
              name = title_case (cl->best_form);
              if (kind == DOSSIER_NAME_ORG && !is_known_name (dossier_names_lexicon_bits (name, strlen (name))) &&
                  strlen (cl->best_form) <= 5)
                g_clear_pointer (&name, g_free);  /* the form itself */
            }
          else
            name = NULL;  /* the form itself (no copy of ours) */
          entity_of[c->cluster] = (int) dossier_context_add_entity (ctx, name != NULL ? name : cl->best_form,
                                                                    entity_kind (kind));
          e = g_ptr_array_index (ctx->entities, entity_of[c->cluster]);
          if (kind == DOSSIER_NAME_ORG)
            {
              e->gender = DOSSIER_GENDER_PLURAL;
              if (cl->best_tokens >= 4)
                add_place_free_alias (e);
            }
          else if (kind == DOSSIER_NAME_MISC && cl->best_tokens >= 3)
            add_event_alias (e);
          g_free (name);
        }
      e = g_ptr_array_index (ctx->entities, entity_of[c->cluster]);
      {
        const Extra *x = extra_get (nm, c);
        gsize fl = strlen (c->form);
        guint ei = (guint) entity_of[c->cluster];
        if (c->own_alias || (c->end - c->start == fl && bytes_equal (ctx->text + c->start, c->form, fl)))
          add_alias_cached (&given, e, ei, c->form);
        else
          {
            add_alias_cached (&given, e, ei, chunk_range (nm, c->start, c->end));
            add_alias_cached (&given, e, ei, c->form);
          }
        if (x->nickname)
          add_alias_cached (&given, e, ei, x->nickname);
        if (x->title && !(c->flags & DOSSIER_MENTION_TITLE))
          {
            /* (the same title and form given to the same entity before:
             * nothing to do; both strings stay put meanwhile) */
            TitledAlias *ta = &titled[(((guintptr) x->title >> 3) * 31 + ((guintptr) c->form >> 3)) &
                                      (TITLED_CACHE - 1)];
            if (ta->title != x->title || ta->form != c->form || ta->entity != ei + 1)
              {
                gsize tl = strlen (x->title), fl2 = strlen (c->form);
                char buf[256];
                if (tl + fl2 + 2 <= sizeof buf)
                  {
                    memcpy (buf, x->title, tl);
                    buf[tl] = ' ';
                    memcpy (buf + tl + 1, c->form, fl2 + 1);
                    add_alias (e, buf);
                  }
                else
                  {
                    g_autofree char *t = g_strconcat (x->title, " ", c->form, NULL);
                    add_alias (e, t);
                  }
                ta->title = x->title;
                ta->form = c->form;
                ta->entity = ei + 1;
              }
          }
        /* (the mention's extras first: the entity is read for few mentions) */
        if (x->role && e->role == NULL)
          e->role = g_strdup (x->role);
        if (x->title && e->kind == DOSSIER_ENTITY_PERSON && e->gender == DOSSIER_GENDER_UNKNOWN)
          {
            const char *g = LEX_LOOKUP ("titles", x->title, -1);
            if (g_strcmp0 (g, "m") == 0)
              e->gender = DOSSIER_GENDER_MALE;
            else if (g_strcmp0 (g, "f") == 0)
              e->gender = DOSSIER_GENDER_FEMALE;
          }
      }
      m.start = c->start;
      m.end = c->end;
      m.entity = entity_of[c->cluster];
      m.flags = c->flags;
      g_array_index (mentions, DossierMention, n_mentions++) = m;
    }
  g_array_set_size (mentions, n_mentions);

  /* gender from the first name */
  for (guint i = 0; i < ctx->entities->len; i++)
    {
      DossierEntityInfo *e = g_ptr_array_index (ctx->entities, i);
      if (e->kind == DOSSIER_ENTITY_PERSON && e->gender == DOSSIER_GENDER_UNKNOWN && strchr (e->name, ' '))
        {
          const char *sp = strchr (e->name, ' ');
          g_autofree char *first = g_strndup (e->name, sp - e->name);
          const char *g = LEX_LOOKUP ("firstnames", first, -1);
          if (g_strcmp0 (g, "m") == 0)
            e->gender = DOSSIER_GENDER_MALE;
          else if (g_strcmp0 (g, "f") == 0)
            e->gender = DOSSIER_GENDER_FEMALE;
        }
      else if (e->kind == DOSSIER_ENTITY_PERSON && e->gender == DOSSIER_GENDER_UNKNOWN)
        {
          /* "Melanie said": a person known by a given name alone that is
           * no family name too (not "Scott", "Jordan") */
          gsize len = strlen (e->name);
          if ((dossier_names_lexicon_bits (e->name, len) & (DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME)) ==
              DOSSIER_LEX_FIRSTNAME)
            {
              const char *g = LEX_LOOKUP ("firstnames", e->name, -1);
              if (g_strcmp0 (g, "m") == 0)
                e->gender = DOSSIER_GENDER_MALE;
              else if (g_strcmp0 (g, "f") == 0)
                e->gender = DOSSIER_GENDER_FEMALE;
            }
        }
    }

  /* Dana Arku said she ...: a person the lists give no gender takes the
   * one of the pronouns that follow the mentions, when they agree */
  for (guint i = 0; i < nm->clusters->len; i++)
    {
      const Cluster *cl = &g_array_index (nm->clusters, Cluster, i);
      DossierEntityInfo *e;
      if (entity_of[i] < 0 || (cl->he_cues == 0) == (cl->she_cues == 0))
        continue;
      e = g_ptr_array_index (ctx->entities, entity_of[i]);
      if (e->kind == DOSSIER_ENTITY_PERSON && e->gender == DOSSIER_GENDER_UNKNOWN)
        e->gender = cl->he_cues > 0 ? DOSSIER_GENDER_MALE : DOSSIER_GENDER_FEMALE;
    }

  /* mentions: already sorted by start; link them (each entity's list
   * sized first, then filled in order) */
  {
    guint *fill = g_new0 (guint, ctx->entities->len);
    guint **dst = g_new (guint *, ctx->entities->len + 1);  /* where each entity's next one goes */
    for (guint i = 0; i < ctx->mentions->len; i++)
      fill[g_array_index (ctx->mentions, DossierMention, i).entity]++;
    for (guint k = 0; k < ctx->entities->len; k++)
      {
        DossierEntityInfo *e = g_ptr_array_index (ctx->entities, k);
        guint len = e->mentions->len;
        g_array_set_size (e->mentions, len + fill[k]);
        dst[k] = &g_array_index (e->mentions, guint, len);
      }
    for (guint i = 0; i < ctx->mentions->len; i++)
      *dst[g_array_index (ctx->mentions, DossierMention, i).entity]++ = i;
    g_free (dst);
    g_free (fill);
  }
  g_free (entity_of);
  g_free (root);
  ptr_map_clear (&given);
  g_free (titled);
}

static void
add_dateline (Names *nm, GArray *spans)
{
  DossierRange r = nm->ctx->metadata.dateline_range;
  guint first;
  DossierNameSpan sp;

  if (DOSSIER_RANGE_EMPTY (r))
    return;
  for (guint s = 0; s < spans->len; s++)
    {
      DossierNameSpan *x = &g_array_index (spans, DossierNameSpan, s);
      if (x->start < r.end && x->end > r.start)
        {
          if (x->kind == DOSSIER_NAME_MISC || x->kind == DOSSIER_NAME_PER)
            x->kind = DOSSIER_NAME_LOC;
          return;
        }
    }
  first = dossier_context_token_at (nm->ctx, r.start);
  if (first >= nm->n_tokens || tok (nm, first)->start != r.start)
    return;
  sp.first = first;
  sp.last = first;
  while (sp.last + 1 < nm->n_tokens && tok (nm, sp.last + 1)->end <= r.end)
    sp.last++;
  sp.start = r.start;
  sp.end = tok (nm, sp.last)->end;
  sp.kind = DOSSIER_NAME_LOC;
  for (guint s = 0; s <= spans->len; s++)
    if (s == spans->len || g_array_index (spans, DossierNameSpan, s).start > r.start)
      {
        g_array_insert_val (spans, s, sp);
        break;
      }
}

/* With DOSSIER_NAMES_TIMING set, the processor time each step took. */
static gint64
cpu_time_us (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static void
step_time (gboolean    timing,
           const char *what,
           gint64     *t0)
{
  gint64 t1;
  struct rusage ru;

  if (!timing)
    return;
  getrusage (RUSAGE_SELF, &ru);
  t1 = cpu_time_us ();
  g_printerr ("names: %-24s %7.1f ms, peak %ld MB, faults %ld\n", what, (t1 - *t0) / 1000.0,
              (long) (ru.ru_maxrss / 1024), (long) ru.ru_minflt);
  *t0 = t1;
}

void
dossier_names_run (DossierContext *ctx)
{
  gboolean timing = g_getenv ("DOSSIER_NAMES_TIMING") != NULL;
  gint64 t0 = cpu_time_us ();
  Names nm = { 0 };
  GArray *spans;

  g_return_if_fail (ctx != NULL);
  if (ctx->tokens->len == 0)
    return;

  nm.ctx = ctx;
  nm.opener_budget = ctx->length / 4 + 65536;
  nm.tokens = (const DossierToken *) (void *) ctx->tokens->data;
  nm.n_tokens = ctx->tokens->len;
  nm.cands = g_array_sized_new (FALSE, TRUE, sizeof (Cand), 64);
  nm.clusters = g_array_new (FALSE, TRUE, sizeof (Cluster));
  nm.strings = g_string_chunk_new (4096);
  nm.scratch = g_string_sized_new (128);
  nm.extras = g_array_new (FALSE, FALSE, sizeof (Extra));
  {
    /* about a form a 128 tokens in a long text, the maps half full at
     * most (they grow when they must) */
    gsize size = 256;
    while (size < nm.n_tokens / 64 && size < (1u << 20))
      size *= 2;
    str_map_init (&nm.interned, size);
    str_map_init (&nm.by_form, size);
  }
  nm.words_cache = g_new0 (FormWords, WORDS_CACHE);
  nm.title_token = g_new0 (guint32, BITS_CACHE);
  nm.title_value = g_new0 (guint32, BITS_CACHE);
  nm.bits_token = g_new0 (guint32, BITS_CACHE);
  nm.bits_value = g_new0 (guint32, BITS_CACHE);

  {
    DossierNamesCaps caps;
    spans = dossier_names_tag_caps (ctx, &caps);
    nm.caps = caps.caps;
    nm.n_caps = caps.n_caps;
    nm.of_heads = caps.of_heads;
    nm.n_of_heads = caps.n_of_heads;
    nm.the_words = caps.the_words;
    nm.n_the_words = caps.n_the_words;
    nm.lexbits = caps.lexbits;
    memcpy (nm.lexbits_of, caps.lexbits_of, sizeof nm.lexbits_of);
  }
  step_time (timing, "tagger", &t0);
  step_time (timing, "capitalised words", &t0);
  /* room for the spans and the mentions rules add, in one allocation */
  /* (reserved, not cleared: every mention is written whole when added) */
  g_array_unref (nm.cands);
  nm.cands_room = spans->len + spans->len / 4 + 64;
  nm.cands = g_array_sized_new (FALSE, TRUE, sizeof (Cand), nm.cands_room);
  add_dateline (&nm, spans);
  step_time (timing, "add_dateline", &t0);
  join_known (&nm, spans);
  step_time (timing, "join_known", &t0);
  spans = join_of (&nm, spans);
  step_time (timing, "join_of", &t0);
  spans = split_spans (&nm, spans);
  spans = fix_citations (&nm, spans);
  step_time (timing, "split_spans", &t0);
  fix_spans (&nm, spans);
  step_time (timing, "fix_spans", &t0);
  split_untagged_compounds (&nm, spans);
  step_time (timing, "split_untagged_compounds", &t0);
  add_uncovered (&nm, spans);
  step_time (timing, "add_uncovered", &t0);
  add_sentence_openers (&nm, spans);
  step_time (timing, "add_sentence_openers", &t0);
  add_credit_names (&nm);
  step_time (timing, "add_credit_names", &t0);
  add_inner_words (&nm);
  step_time (timing, "add_inner_words", &t0);
  add_bracketed_acronyms (&nm);
  step_time (timing, "add_bracketed_acronyms", &t0);
  add_camel_case (&nm, spans);
  step_time (timing, "add_camel_case", &t0);
  join_domains (&nm);
  step_time (timing, "join_domains", &t0);
  extend_numbered (&nm);
  g_array_unref (spans);
  split_inner_titles (&nm);
  sort_cands (&nm);
  step_time (timing, "sort", &t0);
  join_quoted_titles (&nm);
  step_time (timing, "join_quoted_titles", &t0);
  tidy_cands (&nm);
  step_time (timing, "tidy_cands", &t0);
  fix_apposed_titles (&nm);
  step_time (timing, "fix_apposed_titles", &t0);

  assign_clusters (&nm);
  step_time (timing, "assign_clusters", &t0);
  find_title_mentions (&nm);
  step_time (timing, "find_title_mentions", &t0);
  find_missed (&nm);
  step_time (timing, "find_missed", &t0);
  build_entities (&nm);
  step_time (timing, "build_entities", &t0);

  g_array_unref (nm.cands);
  g_array_unref (nm.clusters);
  g_string_chunk_free (nm.strings);
  g_string_free (nm.scratch, TRUE);
  g_array_unref (nm.extras);
  str_map_clear (&nm.interned);
  str_map_clear (&nm.by_form);
  g_free (nm.caps);
  g_free (nm.of_heads);
  g_free (nm.loose);
  g_free (nm.the_words);
  g_free (nm.lexbits);
  g_free (nm.words_cache);
  g_free (nm.title_token);
  g_free (nm.title_value);
  g_free (nm.bits_token);
  g_free (nm.bits_value);
}
