/* dossier-names-tagger.c — a greedy averaged perceptron that finds proper names
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
 * The weights come from data/lexicon/names-model.txt (made by
 * tools/train-names.py; laid out for use in place at build time by
 * tools/names-model-bin.py); the features and their hashing here must stay
 * identical to that tool's. Tags are BIO over PER, ORG, LOC, MISC; only
 * capitalised words are tagged (everything else is O). Two passes: the
 * second sees what the first made of the other occurrences of each word
 * in the document (document-level consistency).
 *
 * Speed: a prepass lists the capitalised words (the candidates) and the
 * word forms; the first walk visits only the candidates and their
 * neighbours, whose facts are computed in a ring of a few tokens. Each
 * exact word form is looked up once a visit and keeps the sums of its
 * feature weights by role (FormEntry), so a candidate costs a few rows of
 * additions. The first walk saves the part of each candidate's scores that
 * the second walk cannot change; the second walk only adds the rest.
 * Memory: one byte a token (the tag), 40 bytes a candidate while tagging,
 * and tables of the distinct forms.
 */
#define G_LOG_DOMAIN "dossier-names"

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "dossier-lexicon.h"
#include "dossier-names-tagger.h"

#define N_TAGS 9

/* The size of a huge page (see big_alloc_with ()). */
#define HUGE_PAGE ((gsize) 2 * 1024 * 1024)

/* ---- hashing (identical in tools/train-names.py) ------------------------- */

#define FNV_OFFSET 0xCBF29CE484222325ULL
#define FNV_PRIME  0x100000001B3ULL

static inline guint64
fnv_add (guint64 h, guchar b)
{
  return (h ^ b) * FNV_PRIME;
}

static inline guint64
fnv_bytes (guint64 h, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    h = fnv_add (h, (guchar) s[i]);
  return h;
}

static inline guint64
combine (guint64 a, guint64 b)
{
  return a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2));
}

static inline guint32
finish (guint64 x)
{
  x ^= x >> 33;
  x *= 0xFF51AFD7ED558CCDULL;
  x ^= x >> 33;
  return (guint32) x;
}

#define KEY(t, v) finish (combine ((guint64) (t), (guint64) (v)))

static inline guchar
ascii_lower (guchar c)
{
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* ---- a map from 64-bit keys to 32-bit values -------------------------- */

/* A key and its value side by side: one cache line a look-up. */
typedef struct
{
  guint64 key;      /* 0: empty */
  guint32 value;
  guint32 aux;      /* free for the user (it fills the padding) */
} U64Slot;

typedef struct
{
  U64Slot *slots;
  gsize    mask;
  gsize    count;
} U64Map;

static void *big_alloc_lazy (gsize size);
static void big_free (void *p, gsize size);

/* Asks for huge pages in the whole 2 MB pages of a fresh block of the
 * caller's (from g_malloc (), not written yet): one fault each where 512
 * pages of 4 KB would take 512. */
static void
hint_huge (void *p, gsize size)
{
#ifdef MADV_HUGEPAGE
  guintptr from = ((guintptr) p + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
  guintptr to = ((guintptr) p + size) & ~(guintptr) (HUGE_PAGE - 1);

  if (to > from)
    madvise ((void *) from, to - from, MADV_HUGEPAGE);
#endif
}

/* (a table of 2 MB or more comes from big_alloc_lazy (): see there) */
#define U64MAP_BIG(size) ((size) * sizeof (U64Slot) >= 2 * 1024 * 1024)

static void
u64map_init (U64Map *m, gsize capacity)
{
  gsize size = 64;
  while (size < capacity * 2)
    size <<= 1;
  if (U64MAP_BIG (size))
    m->slots = big_alloc_lazy (size * sizeof (U64Slot));
  else
    m->slots = g_new0 (U64Slot, size);
  m->mask = size - 1;
  m->count = 0;
}

static void
u64map_clear (U64Map *m)
{
  if (m->slots != NULL && U64MAP_BIG (m->mask + 1))
    big_free (m->slots, (m->mask + 1) * sizeof (U64Slot));
  else
    g_free (m->slots);
  m->slots = NULL;
}

static inline guint64
u64_fix (guint64 key)
{
  return key == 0 ? 1 : key;
}

static inline gsize
u64_slot (const U64Map *m, guint64 key)
{
  gsize i = (gsize) (key ^ (key >> 29)) & m->mask;
  while (m->slots[i].key != 0 && m->slots[i].key != key)
    i = (i + 1) & m->mask;
  return i;
}

static inline guint32
u64map_get (const U64Map *m, guint64 key)
{
  gsize i;
  key = u64_fix (key);
  i = u64_slot (m, key);
  return m->slots[i].key == key ? m->slots[i].value : 0;
}

static void u64map_grow (U64Map *m);

/* Returns the slot of @key (value and aux 0 for a new key). */
static inline U64Slot *
u64map_slot_ref (U64Map *m, guint64 key)
{
  gsize i;

  key = u64_fix (key);
  i = u64_slot (m, key);
  if (m->slots[i].key == 0)
    {
      /* (a table three quarters full grows before it takes a new key) */
      if (G_UNLIKELY ((m->count + 1) * 4 > (m->mask + 1) * 3))
        {
          u64map_grow (m);
          i = u64_slot (m, key);
        }
      m->slots[i].key = key;
      m->slots[i].value = 0;
      m->slots[i].aux = 0;
      m->count++;
    }
  return &m->slots[i];
}

/* Returns a pointer to the value (0 for a new key). */
static guint32 *
u64map_ref (U64Map *m, guint64 key)
{
  return &u64map_slot_ref (m, key)->value;
}

static void
u64map_grow (U64Map *m)
{
  U64Map bigger;
  u64map_init (&bigger, (m->mask + 1));
  for (gsize i = 0; i <= m->mask; i++)
    if (m->slots[i].key != 0)
      {
        gsize j = u64_slot (&bigger, m->slots[i].key);
        bigger.slots[j] = m->slots[i];
        bigger.count++;
      }
  u64map_clear (m);
  *m = bigger;
}

/* ---- the lexicon and the model, loaded once ------------------------------ */

typedef struct
{
  U64Map  single;     /* FNV(exact word) -> lexicon bits */
  U64Map  multi;      /* FNV("New York") -> gazetteer class (1 place, 2 org, 3 first name) */
  U64Map  multi_first;/* FNV("New") -> 1: words that start a phrase of multi */
  U64Map  title_first;/* FNV("Prime") -> 1: words that start a title of several words */
  /* model: open addressing over (key, index + 1) pairs, index 0 = empty */
  const guint32 *slots;  /* 2 per slot */
  gsize    mask;
  const gint32 *weights; /* N_TAGS per feature */
  GBytes  *blob;      /* what slots and weights point into (map_model ()), or NULL */
  /* the weights of the features with few values, looked up once */
  gint32   t_prev[N_TAGS][N_TAGS];
  gint32   t_flags[32][N_TAGS];
  gint32   t_gaz[8][N_TAGS];
  gint32   t_gaz_prev[8][N_TAGS][N_TAGS];
  gint32   t_seen[4][2][N_TAGS];
  gint32   t_line_caps[2][N_TAGS];
  gint32   t_doc[10][N_TAGS];
  gint32   t_doc_flags[10][4][N_TAGS];
  gint32   t_bias[N_TAGS];
  gint32   t_no_neighbour[4][N_TAGS];
  /* sums of the tables above that always come together */
  gint32   t_prev_gaz[8][N_TAGS][N_TAGS];   /* t_prev + t_gaz_prev */
  gint32   t_doc_all[10][4][N_TAGS];        /* t_doc + t_doc_flags */
  gint32   t_bias_flags[32][N_TAGS];        /* t_bias + t_flags */
  gint32   t_seen_line[4][2][2][N_TAGS];    /* t_seen + t_line_caps */
} Model;

static Model *model;

static const struct { const char *list; guint bit; int gaz; } lex_files[] = {
  { "firstnames", DOSSIER_LEX_FIRSTNAME, 3 },
  { "countries", DOSSIER_LEX_COUNTRY, 1 },
  { "cities", DOSSIER_LEX_CITY, 1 },
  { "us-states", DOSSIER_LEX_STATE, 1 },
  { "demonyms", DOSSIER_LEX_DEMONYM, 0 },
  { "orgwords", DOSSIER_LEX_ORGWORD, 0 },
  { "orgs", DOSSIER_LEX_ORG, 2 },
  { "titles", DOSSIER_LEX_TITLE, 0 },
  { "stopwords", DOSSIER_LEX_STOPWORD, 0 },
  { "roles", DOSSIER_LEX_ROLE, 0 },
  { "surnames", DOSSIER_LEX_SURNAME, 0 },
};

static void
load_lexicon (Model *m)
{
  DossierLexicon *lex = dossier_lexicon_get_default ();

  u64map_init (&m->single, 4096);
  u64map_init (&m->multi, 1024);
  u64map_init (&m->multi_first, 1024);
  u64map_init (&m->title_first, 256);
  for (guint f = 0; f < G_N_ELEMENTS (lex_files); f++)
    {
      GHashTable *table = dossier_lexicon_get_list (lex, lex_files[f].list);
      GHashTableIter iter;
      gpointer k, v;

      g_hash_table_iter_init (&iter, table);
      while (g_hash_table_iter_next (&iter, &k, &v))
        {
          const char *word = k;
          guint bit = lex_files[f].bit;
          guint32 *ref;

          if (lex_files[f].bit == DOSSIER_LEX_ORGWORD && g_str_has_prefix (v, "place"))
            bit = DOSSIER_LEX_PLACEWORD;
          ref = u64map_ref (&m->single, fnv_bytes (FNV_OFFSET, word, strlen (word)));
          *ref |= bit;
          if (bit == DOSSIER_LEX_TITLE && strchr (word, ' '))
            *u64map_ref (&m->title_first, fnv_bytes (FNV_OFFSET, word, strchr (word, ' ') - word)) = 1;
          if (lex_files[f].gaz && strchr (word, ' '))
            {
              guint32 *g = u64map_ref (&m->multi, fnv_bytes (FNV_OFFSET, word, strlen (word)));
              *u64map_ref (&m->multi_first, fnv_bytes (FNV_OFFSET, word, strchr (word, ' ') - word)) = 1;
              if (*g == 0)
                *g = lex_files[f].gaz;
            }
        }
    }
}

/* strtol () on [*p, stop) without copying the line: blanks, a sign, digits
 * in @base; *ok FALSE (and 0) when there are no digits. */
static inline gint64
parse_number (const char **p, const char *stop, guint base, gboolean *ok)
{
  const char *s = *p;
  gboolean neg = FALSE;
  gint64 v = 0;
  const char *digits;

  while (s < stop && (*s == ' ' || *s == '\t'))
    s++;
  if (s < stop && (*s == '-' || *s == '+'))
    neg = *s++ == '-';
  digits = s;
  for (; s < stop; s++)
    {
      /* g_ascii_xdigit_value () without the call */
      guchar ch = (guchar) *s;
      int d;
      if (ch >= '0' && ch <= '9')
        d = ch - '0';
      else if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
        d = (ch | 0x20) - 'a' + 10;
      else
        d = -1;
      if (d < 0 || (guint) d >= base)
        break;
      v = v * base + d;
    }
  *ok = s > digits;
  if (!*ok)
    return 0;
  *p = s;
  return neg ? -v : v;
}

/* parse_number () in base 10 (the weights: nine a line), with no test of
 * the base a digit. */
static inline gint64
parse_decimal (const char **p, const char *stop, gboolean *ok)
{
  const char *s = *p;
  gboolean neg = FALSE;
  gint64 v = 0;
  const char *digits;

  while (s < stop && (*s == ' ' || *s == '\t'))
    s++;
  /* most weights are 0 */
  if (s + 1 < stop && s[0] == '0' && (guint) ((guchar) s[1] - '0') >= 10)
    {
      *ok = TRUE;
      *p = s + 1;
      return 0;
    }
  if (s < stop && (*s == '-' || *s == '+'))
    neg = *s++ == '-';
  digits = s;
  while (s < stop && (guint) ((guchar) *s - '0') < 10)
    v = v * 10 + ((guchar) *s++ - '0');
  *ok = s > digits;
  if (!*ok)
    return 0;
  *p = s;
  return neg ? -v : v;
}

/* A line of the weights as tools/train-names.py writes it (eight hex
 * digits, a tab, nine decimals apart by one space, nothing else; *@stop
 * is its newline) read without the general parsers' tests; FALSE for any
 * other line (read then by parse_number () and parse_decimal ()). */
static inline gboolean
parse_weights_line (const char *p, const char *stop, guint32 *key, gint32 *w)
{
  guint32 k = 0;

  if (stop - p < 8 + 1 + 2 * N_TAGS - 1)
    return FALSE;
  for (guint i = 0; i < 8; i++)
    {
      guchar ch = (guchar) p[i];
      guint d;
      if ((guint) (ch - '0') < 10)
        d = ch - '0';
      else if ((guint) ((ch | 0x20) - 'a') < 6)
        d = (ch | 0x20) - 'a' + 10;
      else
        return FALSE;
      k = k << 4 | d;
    }
  p += 8;
  if (*p != '\t')
    return FALSE;
  /* (the newline at @stop ends every number: no test of the length) */
  for (guint c = 0; c < N_TAGS; c++)
    {
      guint32 v;
      const char *digits;
      gboolean neg;

      if (c > 0 && *p != ' ')
        return FALSE;
      p++;
      /* most weights are 0 */
      if (p[0] == '0' && (p[1] == ' ' || p[1] == '\n'))
        {
          w[c] = 0;
          p++;
          continue;
        }
      neg = *p == '-';
      p += neg;
      digits = p;
      v = 0;
      while ((guint) ((guchar) *p - '0') < 10)
        v = v * 10 + ((guchar) *p++ - '0');
      /* (nine digits at most: no overflow) */
      if (p == digits || p - digits > 9)
        return FALSE;
      w[c] = neg ? -(gint32) v : (gint32) v;
    }
  if (p != stop)
    return FALSE;
  *key = k;
  return TRUE;
}

/* The weights laid out by tools/names-model-bin.py at build time: the
 * table and the rows of load_model () as they are, used in place (only the
 * pages the text needs are read). FALSE when the blob is missing or of
 * another form (load_model () then parses the text). */
#define MODEL_BLOB_HEADER 16

static gboolean
map_model (Model *m)
{
  GBytes *bytes;
  const guchar *data;
  gsize size = 0;
  guint32 head[4];

  if (G_BYTE_ORDER != G_LITTLE_ENDIAN || g_getenv ("DOSSIER_NAMES_MODEL_TEXT") != NULL)
    return FALSE;
  bytes = g_resources_lookup_data ("/io/github/dossier/Dossier/lexicon/names-model.bin",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (size < MODEL_BLOB_HEADER)
    {
      g_bytes_unref (bytes);
      return FALSE;
    }
  memcpy (head, data, sizeof head);
  /* "DNMB", version 1, rows, slots (a power of two, more than the rows) */
  if (memcmp (data, "DNMB", 4) != 0 || head[1] != 1 || head[3] < 2 ||
      (head[3] & (head[3] - 1)) != 0 || head[2] >= head[3] ||
      size != MODEL_BLOB_HEADER + (gsize) head[3] * 2 * sizeof (guint32) +
              (gsize) head[2] * N_TAGS * sizeof (gint32))
    {
      g_bytes_unref (bytes);
      return FALSE;
    }
  /* (resources are aligned; a copy else) */
  if (((guintptr) data & (sizeof (guint32) - 1)) != 0)
    {
      GBytes *copy = g_bytes_new (data, size);
      g_bytes_unref (bytes);
      bytes = copy;
      data = g_bytes_get_data (bytes, &size);
    }
  m->blob = bytes;
  m->mask = head[3] - 1;
  m->slots = (guint32 *) (void *) (data + MODEL_BLOB_HEADER);
  m->weights = (gint32 *) (void *) (data + MODEL_BLOB_HEADER + (gsize) head[3] * 2 * sizeof (guint32));
  return TRUE;
}

static void
load_model (Model *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 0, n = 0, cap = 0;
  const char *data, *end, *line;
  gsize table = 64;
  guint32 *slots;
  gint32 *weights;

  if (map_model (m))
    return;
  bytes = g_resources_lookup_data ("/io/github/dossier/Dossier/lexicon/names-model.txt",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_warning ("The names model is missing: %s", error->message);
      bytes = g_bytes_new_static ("", 0);
    }
  data = g_bytes_get_data (bytes, &size);
  end = data + size;
  for (line = data; (line = memchr (line, '\n', end - line)) != NULL; line++)
    cap++;
  while (table < cap * 2 + 2)
    table <<= 1;
  m->slots = slots = g_new0 (guint32, table * 2);
  m->mask = table - 1;
  m->weights = weights = g_new0 (gint32, (cap + 1) * N_TAGS);

  line = data;
  while (line < end)
    {
      const char *nl = memchr (line, '\n', end - line);
      const char *stop = nl ? nl : end;

      if (stop > line && line[0] != '#' && n < cap + 1)
        {
          const char *p = line;
          gint32 *w = weights + n * N_TAGS;
          gboolean ok;
          guint32 key;
          gsize slot;

          /* (a line whose key reads is kept, whatever its weights) */
          ok = nl != NULL && parse_weights_line (p, stop, &key, w);
          if (!ok)
            {
              key = (guint32) parse_number (&p, stop, 16, &ok);
              if (ok)
                for (guint c = 0; c < N_TAGS; c++)
                  {
                    gboolean w_ok;
                    w[c] = (gint32) parse_decimal (&p, stop, &w_ok);
                  }
            }
          if (ok)
            {
              slot = (key ^ (key >> 15)) & m->mask;
              while (slots[2 * slot + 1] != 0 && slots[2 * slot] != key)
                slot = (slot + 1) & m->mask;
              if (slots[2 * slot + 1] == 0)
                {
                  slots[2 * slot] = key;
                  slots[2 * slot + 1] = (guint32) n + 1;
                  n++;
                }
            }
        }
      line = nl ? nl + 1 : end;
    }
}

static inline const gint32 *model_weights (const Model *m, guint32 key);

static void
fill_row (const Model *m, gint32 *row, guint32 key)
{
  const gint32 *w = model_weights (m, key);
  for (guint c = 0; c < N_TAGS; c++)
    row[c] = w ? w[c] : 0;
}

static void
fill_tables (Model *m)
{
  static const guint flag_values[4] = { 0, 1, 4, 5 };
  for (guint p = 0; p < N_TAGS; p++)
    fill_row (m, m->t_prev[p], KEY (11, p));
  for (guint f = 0; f < 32; f++)
    fill_row (m, m->t_flags[f], KEY (13, f));
  for (guint g = 0; g < 8; g++)
    {
      fill_row (m, m->t_gaz[g], KEY (17, g));
      for (guint p = 0; p < N_TAGS; p++)
        fill_row (m, m->t_gaz_prev[g][p], KEY (18, combine (g, p)));
    }
  for (guint d = 0; d < 4; d++)
    for (guint st = 0; st < 2; st++)
      fill_row (m, m->t_seen[d][st], KEY (19, combine (d, st * 4)));
  for (guint l = 0; l < 2; l++)
    fill_row (m, m->t_line_caps[l], KEY (34, l));
  fill_row (m, m->t_bias, KEY (0, 0));
  for (guint o = 0; o < 4; o++)
    fill_row (m, m->t_no_neighbour[o], KEY (2 + o, 1));
  for (guint d = 0; d < 10; d++)
    {
      fill_row (m, m->t_doc[d], KEY (40, d));
      for (guint f = 0; f < 4; f++)
        fill_row (m, m->t_doc_flags[d][f], KEY (41, combine (d, flag_values[f])));
    }
  for (guint c = 0; c < N_TAGS; c++)
    {
      for (guint g = 0; g < 8; g++)
        for (guint p = 0; p < N_TAGS; p++)
          m->t_prev_gaz[g][p][c] = m->t_prev[p][c] + m->t_gaz_prev[g][p][c];
      for (guint d = 0; d < 10; d++)
        for (guint f = 0; f < 4; f++)
          m->t_doc_all[d][f][c] = m->t_doc[d][c] + m->t_doc_flags[d][f][c];
      for (guint f = 0; f < 32; f++)
        m->t_bias_flags[f][c] = m->t_bias[c] + m->t_flags[f][c];
      for (guint d = 0; d < 4; d++)
        for (guint st = 0; st < 2; st++)
          for (guint l = 0; l < 2; l++)
            m->t_seen_line[d][st][l][c] = m->t_seen[d][st][c] + m->t_line_caps[l][c];
    }
}

static Model *
get_model (void)
{
  if (g_once_init_enter (&model))
    {
      Model *m = g_new0 (Model, 1);
      load_lexicon (m);
      load_model (m);
      fill_tables (m);
      g_once_init_leave (&model, m);
    }
  return model;
}

static inline const gint32 *
model_weights (const Model *m, guint32 key)
{
  gsize slot = (key ^ (key >> 15)) & m->mask;
  while (m->slots[2 * slot + 1] != 0)
    {
      if (m->slots[2 * slot] == key)
        return m->weights + (gsize) (m->slots[2 * slot + 1] - 1) * N_TAGS;
      slot = (slot + 1) & m->mask;
    }
  return NULL;
}

guint
dossier_names_lexicon_bits (const char *word,
                            gsize       len)
{
  Model *m = get_model ();
  return u64map_get (&m->single, fnv_bytes (FNV_OFFSET, word, len));
}

guint
dossier_names_lexicon_bits_title (const char *word,
                                  gsize       len,
                                  gboolean   *title_start)
{
  Model *m = get_model ();
  guint64 h = fnv_bytes (FNV_OFFSET, word, len);

  *title_start = u64map_get (&m->title_first, h) != 0;
  return u64map_get (&m->single, h);
}

guint
dossier_names_lexicon_bits_phrase (const char *word,
                                   gsize       len,
                                   gboolean   *phrase_start)
{
  Model *m = get_model ();
  guint64 h = fnv_bytes (FNV_OFFSET, word, len);

  *phrase_start = u64map_get (&m->multi_first, h) != 0;
  return u64map_get (&m->single, h);
}

static inline guint
stem_end_of (const DossierContext *ctx, const DossierToken *t)
{
  const char *s = ctx->text + t->start;
  guint len = t->end - t->start;

  if (len < 3 || (s[len - 1] != 's' && s[len - 1] != 'S') || !(t->flags & DOSSIER_TOKEN_WORD))
    return t->end;
  if (s[len - 2] == '\'')
    return t->end - 2;
  if (len >= 5 && memcmp (s + len - 4, "\xe2\x80\x99", 3) == 0)
    return t->end - 4;
  return t->end;
}

gboolean
dossier_names_phrase_start (const char *word,
                            gsize       len)
{
  Model *m = get_model ();
  return u64map_get (&m->multi_first, fnv_bytes (FNV_OFFSET, word, len)) != 0;
}

gboolean
dossier_names_title_start (const char *word,
                           gsize       len)
{
  Model *m = get_model ();
  return u64map_get (&m->title_first, fnv_bytes (FNV_OFFSET, word, len)) != 0;
}


/* ---- per-token facts ------------------------------------------------------ */

enum
{
  F_CAP = 1 << 0,
  F_ALLCAPS = 1 << 1,
  F_SENT = 1 << 2,
  F_LINE = 1 << 3,
  F_POSS = 1 << 4,
  F_WORD = 1 << 5,
};

typedef struct
{
  guint64 hlow;
  guint64 hexact;
  guint64 hshape;
  guint   stem_end;
  guint   index;     /* token + 1 whose facts these are, 0: none */
  guint   lex;
  guint8  flags;
  guint8  lex_done;
  guint8  shape_done;
  guint32 fid;       /* index + 1 into Tagger.fentries, 0: not looked up yet */
  guint8  hashed;    /* hexact and hlow are set */
} Info;

/* What the tagger needs of one exact word form (with its case flags),
 * worked out once: the sums of the weights of its features by role. */
enum
{
  R_SELF,                   /* 2: the word itself, not at / at a sentence start */
  R_NEIGHBOUR = R_SELF + 2, /* 4: the word at -1, +1 (with its shape), -2, +2 */
  R_N = R_NEIGHBOUR + 4
};

typedef struct
{
  guint64 hexact;
  guint64 hlow;
  guint32 lex;          /* once ready */
  guint32 shape_id;     /* index into Tagger.shapes, once ready */
  guint32 fd;           /* index + 1 into form_data, 0: none */
  guint8  ready;        /* lex and shape_id are set */
  guint8  gaz_first;    /* 0: not looked up; 1: starts no phrase; 2: starts one */
} FormEntry;

typedef struct
{
  guint64 shape;
  gint32  prev[N_TAGS][N_TAGS]; /* the shape with the previous tag */
} ShapeEntry;

/* Tagger.seen holds its seen: 1: lower case somewhere; 2: capitalised
 * mid-sentence. */
typedef struct
{
  guint32 counts[5];  /* first-pass kinds of its candidate occurrences */
} FormData;

#define RING 8

/* In Tagger.fids, a one-byte token that is no word (its form is that of
 * its byte: Tagger.punct_fid) until its form is known: FID_BYTE | byte.
 * (Forms are fewer than tokens: below 2^31 for the loader's 64 MB.) */
#define FID_BYTE 0x80000000u
/* a form's index + 1, not 0 nor FID_BYTE | byte */
#define FID_KNOWN(f) ((guint32) ((f) - 1) < FID_BYTE - 1)

typedef struct
{
  DossierContext *ctx;
  Model          *m;
  const DossierToken *tokens;
  guint           n;
  Info            ring[RING];
  struct PreCand *pre;           /* the candidates the prepass found */
  guint           n_pre;
  guint           gaz_until;     /* tokens < gaz_until are inside a gazetteer match */
  guint8          gaz_inside;
  guint8         *line_caps;     /* per line */
  U64Map          forms;         /* hlow -> index into form_data */
  FormData       *form_data;     /* by form (Tagger.n_form_data of Tagger.form_data_size) */
  guint           n_form_data;
  guint           form_data_size;
  guint8         *tags;          /* per candidate (only they are tagged) */
  gboolean        odd_caps;      /* out->caps holds other tokens than the candidates */
  guint           n_caps;        /* capitalised words (candidates) */
  guint           n_tagged;      /* candidates with a tag (after the second walk) */
  U64Map          imap;          /* intern_key () -> index + 1 into fentries (aux: its fd) */
  U64Map          fmap;          /* hexact + case flags -> index + 1 into fentries
                                  * (the tokens that are no words: the prepass
                                  * gives the words' to Tagger.fids) */
  FormEntry      *fentries;      /* by exact form (Tagger.n_fentries of Tagger.fentries_size;
                                  * Tagger.form_bits and Tagger.made have as many) */
  guint           n_fentries;
  guint           fentries_size;
  guint32        *fids;          /* per token while walking: index + 1 into fentries, 0: not yet */
  guint8         *seen;          /* per form_data: FormData.seen, apart (the prepass's one write) */
  guint8         *form_bits;     /* guint8 per fentries: the index of a word's form's
                                  * DOSSIER_NAMES_BITS_* in out->lexbits_of (0: none) */
  guint8         *bits_index;    /* DOSSIER_NAMES_BITS_* (less KNOWN) -> its index, 0: none yet */
  guint8          byte_bits[256];/* the index of a one-byte token's bits, by its byte */
  gboolean        byte_done[256];
  guint           n_bits;        /* indexes given */
  U64Map          smap;          /* shape -> index + 1 into shapes */
  GArray         *shapes;        /* ShapeEntry */
  gint32         *rowtab;        /* R_N rows of N_TAGS a form, by form (made on first use) */
  guint8         *made;          /* per fentries: bit r, its row of role r is made (apart:
                                  * a small array, that stays in the cache) */
  gsize           rowtab_forms;  /* the forms it has room for */
  guint           n_rows;        /* rows made (for DOSSIER_NAMES_TIMING) */
  struct Cand    *cands;         /* the candidates of the first walk */
  const guint32  *cand_tok;      /* their tokens (out->caps, or cand_tok_own) */
  guint32        *cand_tok_own;  /* their tokens when out->caps holds others */
  guint           n_cands;
  DossierNamesCaps *out;         /* the capitalised tokens, for the rules */
  gsize           of_size;
  gsize           the_size;
  guint32         punct_fid[256];/* a one-byte token that is no word -> its index + 1 into fentries */
} Tagger;

/* The walker's state just before the facts of token index were computed. */
/* What the prepass knows of a candidate (a capitalised word). */
typedef struct PreCand
{
  guint32 token;
  guint32 line_sent;     /* line << 2 | its stem is shorter (possessive) << 1 |
                          * at a sentence start (lines: below 2^30, the
                          * loader's texts 64 MB at most) */
} PreCand;

typedef struct Cand
{
  guint32 fd;            /* form_data index + 1, 0: none */
  gint32  base[N_TAGS - 1]; /* classify_base () less its score of O (the best
                              * tag is the same with every score less one amount) */
  guint16 shape_id;
  guint8  gaz;
  guint8  doc_flags;     /* 1: capitalised, 2: at a sentence start, 4: at a line start */
} Cand;


static gboolean
is_quote_or_open (const DossierContext *ctx, const DossierToken *t)
{
  char c;
  if (t->flags & DOSSIER_TOKEN_QUOTE_MARK)
    return TRUE;
  if (t->end - t->start != 1)
    return FALSE;
  c = ctx->text[t->start];
  return c == '(' || c == '[';
}

/* The hash of the stem (or the whole token) of @t, exact and lower-cased. */
static inline void
hash_stem (const DossierContext *ctx, const DossierToken *t, guint stem_end,
           guint64 *exact, guint64 *low)
{
  guint64 hl = FNV_OFFSET;
  const guchar *s = (const guchar *) ctx->text;
  gboolean upper = FALSE;

  for (guint i = t->start; i < stem_end; i++)
    {
      guchar c = s[i];
      if (c >= 'A' && c <= 'Z')
        {
          upper = TRUE;
          c += 32;
        }
      hl = fnv_add (hl, c);
    }
  *low = hl;
  if (upper)
    {
      guint64 he = FNV_OFFSET;
      for (guint i = t->start; i < stem_end; i++)
        he = fnv_add (he, s[i]);
      *exact = he;
    }
  else
    *exact = hl;
}

/* The lower-cased hash alone (hash_stem's @low). */
static inline guint64
hash_low (const DossierContext *ctx, const DossierToken *t, guint stem_end)
{
  guint64 hl = FNV_OFFSET;
  const guchar *s = (const guchar *) ctx->text;

  for (guint i = t->start; i < stem_end; i++)
    hl = fnv_add (hl, ascii_lower (s[i]));
  return hl;
}

/* Info.flags of a token whose stem ends at @stem_end. */
static inline guint8
token_flags (const DossierToken *t, guint stem_end)
{
  guint8 flags = 0;

  if (t->flags & DOSSIER_TOKEN_LINE_START)
    flags |= F_LINE;
  if (stem_end != t->end)
    flags |= F_POSS;
  if (t->flags & DOSSIER_TOKEN_WORD)
    {
      flags |= F_WORD;
      if (t->flags & DOSSIER_TOKEN_CAPITALIZED)
        flags |= F_CAP;
      if (t->flags & DOSSIER_TOKEN_ALL_CAPS)
        flags |= F_ALLCAPS;
    }
  return flags;
}

/* The facts of token @i by itself (kept in a ring of the last few). */
static Info *
info_get (Tagger *tg, guint i)
{
  const DossierToken *t = &tg->tokens[i];
  Info *in = &tg->ring[i % RING];

  if (in->index == i + 1)
    return in;
  in->index = i + 1;
  in->lex = 0;
  in->fid = 0;
  in->lex_done = FALSE;
  in->shape_done = FALSE;
  in->hashed = FALSE;
  in->stem_end = stem_end_of (tg->ctx, t);
  in->flags = token_flags (t, in->stem_end);
  return in;
}

static inline void
info_hash (Tagger *tg, guint i, Info *in)
{
  if (!in->hashed)
    {
      hash_stem (tg->ctx, &tg->tokens[i], in->stem_end, &in->hexact, &in->hlow);
      in->hashed = TRUE;
    }
}

/* The gazetteer class of candidate @i: phrases of 2 to 5 words, matched
 * left to right (the candidates come in text order; only a capitalised
 * word starts a phrase). */
static FormEntry *form_entry (Tagger *tg, guint i, Info *in);

static guint8
cand_gaz (Tagger *tg, guint i, Info *in)
{
  DossierContext *ctx = tg->ctx;
  FormEntry *fe;

  if (i < tg->gaz_until)
    return tg->gaz_inside;
  fe = form_entry (tg, i, in);
  if (fe->gaz_first == 0)
    fe->gaz_first = u64map_get (&tg->m->multi_first, fe->hexact) != 0 ? 2 : 1;
  if (fe->gaz_first == 2)
    {
      guint64 h = fe->hexact;
      guint best_j = 0, best_g = 0;

      for (guint j = i + 1; j < tg->n && j < i + 5; j++)
        {
          const DossierToken *u = &tg->tokens[j];
          guint se;
          guint32 g;

          if (!(u->flags & DOSSIER_TOKEN_WORD))
            break;
          se = stem_end_of (ctx, u);
          h = fnv_add (h, ' ');
          h = fnv_bytes (h, ctx->text + u->start, se - u->start);
          g = u64map_get (&tg->m->multi, h);
          if (g)
            {
              best_j = j;
              best_g = g;
            }
          if (se != u->end)
            break;
        }
      if (best_g)
        {
          tg->gaz_until = best_j + 1;
          tg->gaz_inside = best_g * 2;
          return best_g * 2 - 1;
        }
    }
  return 0;
}

static guint
info_lex (Tagger *tg, guint i, Info *in)
{
  if (!in->lex_done)
    {
      const DossierToken *t = &tg->tokens[i];
      guint m;

      info_hash (tg, i, in);
      m = u64map_get (&tg->m->single, in->hexact);

      if ((in->flags & F_ALLCAPS) && m == 0)
        {
          const char *s = tg->ctx->text + t->start;
          const char *second = g_utf8_next_char (s);
          guint64 h = fnv_bytes (FNV_OFFSET, s, second - s);
          for (const char *p = second; p < tg->ctx->text + in->stem_end; p++)
            h = fnv_add (h, ascii_lower ((guchar) *p));
          m = u64map_get (&tg->m->single, h);
        }
      if (!(in->flags & F_CAP))
        m |= u64map_get (&tg->m->single, in->hlow) & DOSSIER_LEX_ROLE;
      in->lex = m;
      in->lex_done = TRUE;
    }
  return in->lex;
}

static guint64
info_shape (Tagger *tg, guint i, Info *in)
{
  if (!in->shape_done)
    {
      const DossierToken *t = &tg->tokens[i];
      const char *s = tg->ctx->text + t->start;
      const char *e = tg->ctx->text + in->stem_end;

      if (!(in->flags & F_WORD))
        in->hshape = fnv_bytes (FNV_OFFSET, s, e - s);
      else
        {
          guint64 h = FNV_OFFSET;
          gunichar last = 0;
          guint n = 0;
          for (const char *p = s; p < e && n < 12; p = g_utf8_next_char (p))
            {
              gunichar c = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char (p), k;
              if (c < 0x80)
                k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' :
                    (c >= '0' && c <= '9') ? 'd' : c;
              else
                k = g_unichar_isupper (c) ? 'X' : g_unichar_isalpha (c) ? 'x' :
                    g_unichar_isdigit (c) ? 'd' : c;
              if (k == last)
                continue;
              last = k;
              n++;
              if (k < 0x80)
                h = fnv_add (h, (guchar) k);
              else
                {
                  char buf[8];
                  int len = g_unichar_to_utf8 (k, buf);
                  h = fnv_bytes (h, buf, len);
                }
            }
          in->hshape = h;
        }
      in->shape_done = TRUE;
    }
  return in->hshape;
}

/* FNV of the first or last @n characters of the lower-cased stem. */
static guint64
affix_hash (Tagger *tg, guint i, const Info *in, guint n, gboolean suffix)
{
  const char *s = tg->ctx->text + tg->tokens[i].start;
  const char *e = tg->ctx->text + in->stem_end;
  const char *a = s, *b = e;
  guint64 h = FNV_OFFSET;

  if (suffix)
    {
      a = e;
      /* (g_utf8_prev_char () without the call) */
      for (guint k = 0; k < n && a > s; k++)
        do
          a--;
        while (((guchar) *a & 0xC0) == 0x80);
    }
  else
    {
      b = s;
      for (guint k = 0; k < n && b < e; k++)
        b = g_utf8_next_char (b);
    }
  for (const char *p = a; p < b; p++)
    h = fnv_add (h, ascii_lower ((guchar) *p));
  return h;
}

static guint
form_index (Tagger *tg, guint64 hlow)
{
  guint32 v = u64map_get (&tg->forms, hlow);
  return v;  /* index + 1, or 0 */
}

/* Adds a row of N_TAGS (9) weights: the first 8 in a loop of fixed
 * length over non-aliasing pointers, which gcc -O2 vectorises, then the
 * last one. */
G_STATIC_ASSERT (N_TAGS == 9);

static inline void
add_row (gint32 *restrict scores, const gint32 *restrict row)
{
  for (guint c = 0; c < 8; c++)
    scores[c] += row[c];
  scores[8] += row[8];
}

static inline void
add_feature (const Model *m, gint32 *scores, guint32 key)
{
  const gint32 *w = model_weights (m, key);
  if (w)
    add_row (scores, w);
}

/* The key of an exact form in Tagger.fmap: its hash and its case flags. */
static inline guint64
form_key (guint64 hexact, guint flags)
{
  return hexact ^ ((guint64) (flags & (F_CAP | F_ALLCAPS | F_WORD)) << 56);
}

#define ROW_BYTES (R_N * N_TAGS * sizeof (gint32))

/* Room in Tagger.rowtab for @forms forms (pages are only touched when a
 * row is made). */
static void
rowtab_reserve (Tagger *tg, gsize forms)
{
  gint32 *bigger;
  gsize size = MAX (tg->rowtab_forms, 1024);

  if (forms <= tg->rowtab_forms)
    return;
  while (size < forms)
    size *= 2;
  bigger = big_alloc_lazy (size * ROW_BYTES);
  if (tg->rowtab != NULL)
    {
      memcpy (bigger, tg->rowtab, tg->rowtab_forms * ROW_BYTES);
      big_free (tg->rowtab, tg->rowtab_forms * ROW_BYTES);
    }
  tg->rowtab = bigger;
  tg->rowtab_forms = size;
}

static inline guint32
form_new (Tagger *tg, guint64 hexact, guint64 hlow, guint32 fd)
{
  FormEntry fe = { 0 };

  fe.hexact = hexact;
  fe.hlow = hlow;
  fe.fd = fd;
  /* (grown in place, by doubling: no call a new form) */
  if (G_UNLIKELY (tg->n_fentries == tg->fentries_size))
    {
      tg->fentries_size *= 2;
      tg->fentries = g_renew (FormEntry, tg->fentries, tg->fentries_size);
      tg->form_bits = g_renew (guint8, tg->form_bits, tg->fentries_size);
      tg->made = g_renew (guint8, tg->made, tg->fentries_size);
    }
  tg->fentries[tg->n_fentries] = fe;
  tg->form_bits[tg->n_fentries] = 0;
  tg->made[tg->n_fentries] = 0;
  tg->n_fentries++;
  if (G_UNLIKELY (tg->n_fentries > tg->rowtab_forms) && tg->rowtab != NULL)
    rowtab_reserve (tg, tg->n_fentries);
  return tg->n_fentries;
}

G_STATIC_ASSERT ((guint) DOSSIER_LEX_SURNAME <= (guint) DOSSIER_NAMES_BITS_LEX);

#define BITS_INDEX_SIZE (DOSSIER_NAMES_BITS_LOWER_ROLE << 1)

/* The index in out->lexbits_of of the DOSSIER_NAMES_BITS_* of a word
 * whose stem has the hashes @hexact and @hlow (the few patterns that occur are given
 * an index each as they come; 0 when all 255 are taken). */
static guint8
form_lexbits (Tagger *tg, guint64 hexact, guint64 hlow)
{
  const Model *m = tg->m;
  guint exact = u64map_get (&m->single, hexact);
  guint bits = exact & DOSSIER_NAMES_BITS_LEX;

  /* (a word in lower case is its own lower-case form) */
  if ((hlow == hexact ? exact : u64map_get (&m->single, hlow)) & DOSSIER_LEX_ROLE)
    bits |= DOSSIER_NAMES_BITS_LOWER_ROLE;
  if (u64map_get (&m->title_first, hexact) != 0)
    bits |= DOSSIER_NAMES_BITS_TITLE_START;
  if (u64map_get (&m->multi_first, hexact) != 0)
    bits |= DOSSIER_NAMES_BITS_PHRASE_START;
  if (tg->bits_index[bits] == 0 && tg->n_bits < 255)
    {
      tg->bits_index[bits] = (guint8) ++tg->n_bits;
      tg->out->lexbits_of[tg->n_bits] = (guint16) (bits | DOSSIER_NAMES_BITS_KNOWN);
    }
  return tg->bits_index[bits];
}

static inline const gint32 *
rowtab_row (const Tagger *tg, guint32 fid, guint r)
{
  return tg->rowtab + ((gsize) (fid - 1) * R_N + r) * N_TAGS;
}

/* The entry of the exact form of token @i (the prepass found those of the
 * words; the other tokens' are made here), with its lexicon bits and
 * shape worked out on first use. */
static FormEntry *
form_entry (Tagger *tg, guint i, Info *in)
{
  FormEntry *fe;

  if (in->fid == 0)
    {
      guint32 fid = tg->fids[i];
      if (!FID_KNOWN (fid))
        {
          guint32 *ref;
          info_hash (tg, i, in);
          ref = u64map_ref (&tg->fmap, form_key (in->hexact, in->flags));
          if (*ref == 0)
            *ref = form_new (tg, in->hexact, in->hlow, form_index (tg, in->hlow));
          fid = *ref;
          tg->fids[i] = fid;
        }
      in->fid = fid;
    }
  fe = &tg->fentries[in->fid - 1];
  if (G_UNLIKELY (!fe->ready))
    {
      guint64 shape;
      guint32 *sref;

      in->hexact = fe->hexact;
      in->hlow = fe->hlow;
      in->hashed = TRUE;
      shape = info_shape (tg, i, in);
      sref = u64map_ref (&tg->smap, shape);
      fe->lex = info_lex (tg, i, in);
      if (*sref == 0)
        {
          ShapeEntry se = { 0 };
          se.shape = shape;
          for (guint p = 0; p < N_TAGS; p++)
            add_feature (tg->m, se.prev[p], KEY (12, combine (p, shape)));
          g_array_append_val (tg->shapes, se);
          *sref = tg->shapes->len;
        }
      fe->shape_id = *sref - 1;
      fe->ready = TRUE;
    }
  return fe;
}

/* (the two rows of R_SELF are 0 and 1: r ^ 1 is the other) */
G_STATIC_ASSERT (R_SELF == 0);

/* The row of weights of role @r of form @fe (made on first use). */
static inline const gint32 *
form_row (Tagger *tg, guint32 fid, guint r, guint i, Info *in)
{
  FormEntry *fe = &tg->fentries[fid - 1];

  if (!(tg->made[fid - 1] & (1u << r)))
    {
      gint32 w[N_TAGS] = { 0 };
      const Model *m = tg->m;

      if (r < R_NEIGHBOUR)
        {
          guint64 shape = g_array_index (tg->shapes, ShapeEntry, fe->shape_id).shape;
          guint lex = fe->lex;
          add_feature (m, w, KEY (1, fe->hlow));
          add_feature (m, w, KEY (6, shape));
          add_feature (m, w, KEY (9, affix_hash (tg, i, in, 3, TRUE)));
          add_feature (m, w, KEY (10, affix_hash (tg, i, in, 3, FALSE)));
          add_feature (m, w, KEY (30, affix_hash (tg, i, in, 4, TRUE)));
          add_feature (m, w, KEY (31, affix_hash (tg, i, in, 2, TRUE)));
          add_feature (m, w, KEY (15, lex));
          for (guint b = 0, x = lex; x; b++, x >>= 1)
            if (x & 1)
              add_feature (m, w, KEY (16, b));
          add_feature (m, w, KEY (32, combine (shape, lex)));
          /* the row of the word at the other place (a sentence start or
           * not) differs by one feature alone: made now too (its form's
           * stem gives the same affixes whatever its token) */
          if (!(tg->made[fid - 1] & (1u << (r ^ 1))))
            {
              gint32 w2[N_TAGS];
              memcpy (w2, w, sizeof w);
              add_feature (m, w2, KEY (14, combine ((r ^ 1) == R_SELF ? 0 : 4, fe->hlow)));
              memcpy ((gint32 *) rowtab_row (tg, fid, r ^ 1), w2, sizeof w2);
              tg->made[fid - 1] |= 1u << (r ^ 1);
              tg->n_rows++;
            }
          add_feature (m, w, KEY (14, combine (r == R_SELF ? 0 : 4, fe->hlow)));
        }
      else
        {
          guint o = r - R_NEIGHBOUR;
          add_feature (m, w, KEY (2 + o, fe->hlow));
          add_feature (m, w, KEY (22 + o, fe->lex));
          if (o < 2)
            add_feature (m, w, KEY (7 + o, g_array_index (tg->shapes, ShapeEntry, fe->shape_id).shape));
        }
      memcpy ((gint32 *) rowtab_row (tg, fid, r), w, sizeof w);
      tg->made[fid - 1] |= 1u << r;
      tg->n_rows++;
    }
  return rowtab_row (tg, fid, r);
}

static guint
doc_kind_of (Tagger *tg, guint idx, guint own_tag)
{
  FormData *fd;
  guint32 a[5];
  guint best_kind = 0, best_n = 0;

  if (idx == 0)
    return 0;
  fd = &tg->form_data[idx - 1];
  memcpy (a, fd->counts, sizeof a);
  a[(own_tag + 1) / 2]--;
  for (guint k = 1; k < 5; k++)
    if (a[k] > best_n)
      {
        best_kind = k;
        best_n = a[k];
      }
  if (best_n == 0)
    return a[0] > 0 ? 9 : 0;
  return best_kind + (a[0] > best_n ? 4 : 0);
}


/* The nine scores of a candidate being summed: O apart, the eight
 * others in two vectors of four (kept in registers: no store and reload
 * a row, and the differences to O and the best tag without a walk of
 * the array). */
typedef struct
{
#ifdef __SSE2__
  __m128i lo;        /* tags 1 to 4 */
  __m128i hi;        /* tags 5 to 8 */
#else
  gint32  t[8];      /* tags 1 to 8 */
#endif
  gint32  o;         /* tag 0 (O) */
} Scores;

static inline void
scores_zero (Scores *s)
{
#ifdef __SSE2__
  s->lo = s->hi = _mm_setzero_si128 ();
#else
  memset (s->t, 0, sizeof s->t);
#endif
  s->o = 0;
}

/* Adds a row of N_TAGS weights. */
static inline void
scores_add (Scores *s, const gint32 *row)
{
#ifdef __SSE2__
  s->lo = _mm_add_epi32 (s->lo, _mm_loadu_si128 ((const __m128i *) (const void *) (row + 1)));
  s->hi = _mm_add_epi32 (s->hi, _mm_loadu_si128 ((const __m128i *) (const void *) (row + 5)));
#else
  for (guint c = 0; c < 8; c++)
    s->t[c] += row[c + 1];
#endif
  s->o += row[0];
}

/* @base[c - 1] = score of c less that of O, c = 1 .. 8 */
static inline void
scores_base (const Scores *s, gint32 *base)
{
#ifdef __SSE2__
  __m128i o = _mm_set1_epi32 (s->o);
  _mm_storeu_si128 ((__m128i *) (void *) base, _mm_sub_epi32 (s->lo, o));
  _mm_storeu_si128 ((__m128i *) (void *) (base + 4), _mm_sub_epi32 (s->hi, o));
#else
  for (guint c = 0; c < 8; c++)
    base[c] = s->t[c] - s->o;
#endif
}

/* The scores of scores_base (): O 0, the others @base. */
static inline void
scores_from_base (Scores *s, const gint32 *base)
{
#ifdef __SSE2__
  s->lo = _mm_loadu_si128 ((const __m128i *) (const void *) base);
  s->hi = _mm_loadu_si128 ((const __m128i *) (const void *) (base + 4));
#else
  memcpy (s->t, base, sizeof s->t);
#endif
  s->o = 0;
}

#ifdef __SSE2__
static inline __m128i
max_epi32 (__m128i a, __m128i b)
{
  __m128i gt = _mm_cmpgt_epi32 (a, b);
  return _mm_or_si128 (_mm_and_si128 (gt, a), _mm_andnot_si128 (gt, b));
}
#endif

/* The best tag: of O (always allowed), the B- tags and the one I- tag
 * @inside (0: none), the first of the highest score. */
static inline guint
scores_best (const Scores *s, guint inside)
{
#ifdef __SSE2__
  /* the tags not allowed score G_MININT32 (below any sum of weights) */
  static const gint32 allowed[5][8] __attribute__ ((aligned (16))) = {
    { -1, 0, -1, 0, -1, 0, -1, 0 },
    { -1, -1, -1, 0, -1, 0, -1, 0 },
    { -1, 0, -1, -1, -1, 0, -1, 0 },
    { -1, 0, -1, 0, -1, -1, -1, 0 },
    { -1, 0, -1, 0, -1, 0, -1, -1 },
  };
  __m128i low = _mm_set1_epi32 (G_MININT32);
  __m128i alo = _mm_load_si128 ((const __m128i *) (const void *) allowed[inside / 2]);
  __m128i ahi = _mm_load_si128 ((const __m128i *) (const void *) (allowed[inside / 2] + 4));
  __m128i lo = _mm_or_si128 (_mm_and_si128 (alo, s->lo), _mm_andnot_si128 (alo, low));
  __m128i hi = _mm_or_si128 (_mm_and_si128 (ahi, s->hi), _mm_andnot_si128 (ahi, low));
  __m128i m = max_epi32 (lo, hi);
  guint eq;

  m = max_epi32 (m, _mm_shuffle_epi32 (m, _MM_SHUFFLE (1, 0, 3, 2)));
  m = max_epi32 (m, _mm_shuffle_epi32 (m, _MM_SHUFFLE (2, 3, 0, 1)));
  if (s->o >= _mm_cvtsi128_si32 (m))
    return 0;
  eq = (guint) _mm_movemask_ps (_mm_castsi128_ps (_mm_cmpeq_epi32 (lo, m))) |
       (guint) _mm_movemask_ps (_mm_castsi128_ps (_mm_cmpeq_epi32 (hi, m))) << 4;
  return (guint) __builtin_ctz (eq) + 1;
#else
  guint best = 0;
  gint32 best_score = s->o;

  for (guint c = 1; c < N_TAGS; c++)
    if ((c % 2 == 1 || c == inside) && s->t[c - 1] > best_score)
      {
        best = c;
        best_score = s->t[c - 1];
      }
  return best;
#endif
}

/* The part of the scores of candidate @k that depends neither on the tag
 * before it nor on the other occurrences of its word (saved by the first
 * walk for the second). @fid is its form (ready), @flags its Info.flags. */
static void
classify_base (Tagger *tg, guint k, const PreCand *pc, guint8 gaz, Cand *cd,
               guint32 fid, guint flags)
{
  const Model *m = tg->m;
  Scores scores;
  guint dl = 0, idx;
  const FormEntry *fe;

  flags |= (pc->line_sent & 1) ? F_SENT : 0;
  scores_zero (&scores);
  {
    /* whether tokens k - 1 .. k + 2 start a line (the neighbours on
     * another line are no neighbours) */
    const DossierToken *t = &tg->tokens[k];
    gboolean ls_k = (t->flags & DOSSIER_TOKEN_LINE_START) != 0;
    gboolean ls_b1 = k >= 1 && (t[-1].flags & DOSSIER_TOKEN_LINE_START);
    gboolean ls_a1 = k + 1 < tg->n && (t[1].flags & DOSSIER_TOKEN_LINE_START);
    gboolean ls_a2 = k + 2 < tg->n && (t[2].flags & DOSSIER_TOKEN_LINE_START);
    gboolean near[4];

    near[0] = k >= 1 && !ls_k;
    near[1] = k + 1 < tg->n && !ls_a1;
    near[2] = k >= 2 && !ls_b1 && !ls_k;
    near[3] = k + 2 < tg->n && !ls_a1 && !ls_a2;
    for (guint o = 0; o < 4; o++)
      {
        static const int offs[4] = { -1, 1, -2, 2 };
        guint j = k + offs[o];
        guint32 jfid;

        if (!near[o])
          {
            scores_add (&scores, m->t_no_neighbour[o]);
            continue;
          }
        /* the usual case: the form is known (a word's from the prepass,
         * a one-byte punctuation's from its byte) and its row made */
        jfid = tg->fids[j];
        if (jfid & FID_BYTE)
          jfid = tg->punct_fid[jfid & 0xFF];
        if (G_LIKELY (jfid != 0))
          {
            if (G_LIKELY (tg->made[jfid - 1] & (1u << (R_NEIGHBOUR + o))))
              {
                scores_add (&scores, rowtab_row (tg, jfid, R_NEIGHBOUR + o));
                continue;
              }
          }
        {
          Info *jn = info_get (tg, j);
          jfid = form_entry (tg, j, jn) - tg->fentries + 1;
          scores_add (&scores, form_row (tg, jfid, R_NEIGHBOUR + o, j, jn));
          /* (its form depends only on its byte: no flags, no stem) */
          if (tg->tokens[j].end - tg->tokens[j].start == 1 && !(tg->tokens[j].flags & DOSSIER_TOKEN_WORD))
            tg->punct_fid[(guchar) tg->ctx->text[tg->tokens[j].start]] = jfid;
        }
      }
  }
  {
    guint f = ((flags & F_CAP) ? 1 : 0) | ((flags & F_ALLCAPS) ? 2 : 0) |
              ((flags & F_SENT) ? 4 : 0) | ((flags & F_LINE) ? 8 : 0) |
              ((flags & F_POSS) ? 16 : 0);
    flags = f;
  }
  scores_add (&scores, m->t_bias_flags[flags & 31]);
  fe = &tg->fentries[fid - 1];
  {
    guint r = R_SELF + ((flags & 4) ? 1 : 0);
    if (G_LIKELY (tg->made[fid - 1] & (1u << r)))
      scores_add (&scores, rowtab_row (tg, fid, r));
    else
      scores_add (&scores, form_row (tg, fid, r, k, info_get (tg, k)));
  }
  scores_add (&scores, m->t_gaz[gaz & 7]);
  idx = fe->fd;
  if (idx)
    dl = tg->seen[idx - 1];
  scores_add (&scores, m->t_seen_line[dl & 3][(flags & 4) ? 1 : 0][tg->line_caps[pc->line_sent >> 2] ? 1 : 0]);
  scores_base (&scores, cd->base);
  cd->fd = idx;
  cd->shape_id = (guint16) fe->shape_id;
  cd->gaz = gaz & 7;
  cd->doc_flags = ((flags & 1) ? 1 : 0) | ((flags & 4) ? 2 : 0) | ((flags & 8) ? 4 : 0);
}

/* The best tag of a candidate after @prev, given the kind @dk its word
 * has elsewhere in the document. */
static inline guint
classify (Tagger *tg, const Cand *cd, guint prev, guint dk)
{
  const Model *m = tg->m;
  const ShapeEntry *se = &g_array_index (tg->shapes, ShapeEntry, cd->shape_id);
  Scores scores;
  /* the one I- tag allowed: that of the kind before */
  guint inside = prev != 0 ? (prev + 1) / 2 * 2 : 0;

  scores_from_base (&scores, cd->base);
  scores_add (&scores, m->t_prev_gaz[cd->gaz][prev]);
  scores_add (&scores, se->prev[prev]);
  scores_add (&scores, m->t_doc_all[dk][cd->doc_flags & 3]);
  /* O is always allowed: the first allowed tag of the best score wins */
  return scores_best (&scores, inside);
}

#define ROWS_AHEAD 6
#define FIDS_RELEASE (64 * 1024)   /* tokens: 256 KB of Tagger.fids, a multiple of the page size */

/* Gives the whole huge pages (2 MB: see big_alloc_with ()) of the
 * big_alloc_lazy () block @block from byte @done up to byte @upto back to
 * the system (they read as zeros after, and are never read again).
 * Returns the new @done. */
static gsize
release_behind (void  *block,
                gsize  done,
                gsize  upto)
{
#ifdef MADV_DONTNEED
  guintptr base = (guintptr) block;
  guintptr from, to;

  from = (base + done + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
  to = (base + upto) & ~(guintptr) (HUGE_PAGE - 1);

  if (to > from)
    {
      madvise ((void *) from, to - from, MADV_DONTNEED);
      return to - base;
    }
#endif
  return done;
}

/* The first walk: tags every candidate, counts the tags of each word. */
static void
walk (Tagger *tg)
{
  guint last_k = G_MAXUINT, last_c = 0;
  guint fids_kept = 0;   /* tg->fids below this are released */
  gsize pre_kept = 0;    /* bytes of tg->pre given back so far */

  tg->gaz_until = 0;
  tg->gaz_inside = 0;
  for (guint r = 0; r < RING; r++)
    tg->ring[r].index = 0;
  for (guint ci = 0; ci < tg->n_pre; ci++)
    {
      const PreCand *pc = &tg->pre[ci];
      guint k = pc->token;
      const DossierToken *t = &tg->tokens[k];
      Cand *cd = &tg->cands[ci];
      guint prev = 0, c, idx, flags;
      guint32 fid;
      const FormEntry *fe;
      guint8 gaz;

      /* the forms and tokens of a candidate further on, then (nearer) the
       * rows it will read and its form's entry, fetched meanwhile */
      if (ci + 3 * ROWS_AHEAD < tg->n_pre)
        {
          guint a = tg->pre[ci + 3 * ROWS_AHEAD].token;
          guint lo = a >= 2 ? a - 2 : 0, hi = MIN (a + 2, tg->n - 1);
          __builtin_prefetch (&tg->fids[lo]);
          __builtin_prefetch (&tg->fids[hi]);
          __builtin_prefetch (&tg->tokens[lo]);
          __builtin_prefetch (&tg->tokens[hi]);
        }
      if (ci + ROWS_AHEAD < tg->n_pre)
        {
          guint a = tg->pre[ci + ROWS_AHEAD].token;
          static const guint role_of[5] = { R_NEIGHBOUR + 2, R_NEIGHBOUR + 0, R_SELF, R_NEIGHBOUR + 1, R_NEIGHBOUR + 3 };
          if (G_LIKELY (a >= 2 && a + 2 < tg->n))
            {
              /* (unrolled: the usual case) */
              const guint32 *f = &tg->fids[a - 2];
              if (FID_KNOWN (f[0]))
                __builtin_prefetch (rowtab_row (tg, f[0], R_NEIGHBOUR + 2));
              if (FID_KNOWN (f[1]))
                __builtin_prefetch (rowtab_row (tg, f[1], R_NEIGHBOUR + 0));
              if (FID_KNOWN (f[3]))
                __builtin_prefetch (rowtab_row (tg, f[3], R_NEIGHBOUR + 1));
              if (FID_KNOWN (f[4]))
                __builtin_prefetch (rowtab_row (tg, f[4], R_NEIGHBOUR + 3));
            }
          else
            for (guint j = a >= 2 ? a - 2 : 0; j <= a + 2 && j < tg->n; j++)
              if (j != a && FID_KNOWN (tg->fids[j]))
                __builtin_prefetch (rowtab_row (tg, tg->fids[j], role_of[j + 2 - a]));
          if (tg->fids[a] != 0)
            {
              __builtin_prefetch (rowtab_row (tg, tg->fids[a], R_SELF + (tg->pre[ci + ROWS_AHEAD].line_sent & 1)));
              __builtin_prefetch (&tg->fentries[tg->fids[a] - 1]);
            }
        }

      /* the tag before: 0 unless the word before is a candidate */
      /* (the prepass knew its stem: only whether it is shorter counts) */
      flags = token_flags (t, (pc->line_sent & 2) ? t->end - 1 : t->end);
      if (last_k != G_MAXUINT && last_k + 1 == k && !(flags & F_LINE))
        prev = last_c;
      /* its form (the prepass's, nearly always ready) and its gazetteer
       * class (0 at once for a word that starts no phrase), and only
       * else the facts of the ring */
      fid = tg->fids[k];
      fe = fid != 0 ? &tg->fentries[fid - 1] : NULL;
      if (G_UNLIKELY (fe == NULL || !fe->ready))
        {
          fe = form_entry (tg, k, info_get (tg, k));
          fid = fe - tg->fentries + 1;
        }
      /* the counts of its word, written once it is tagged */
      if (fe->fd != 0)
        __builtin_prefetch (&tg->form_data[fe->fd - 1], 1);
      if (k < tg->gaz_until)
        gaz = tg->gaz_inside;
      else if (fe->gaz_first == 1)
        gaz = 0;
      else
        gaz = cand_gaz (tg, k, info_get (tg, k));
      classify_base (tg, k, pc, gaz, cd, fid, flags);
      c = classify (tg, cd, prev, 0);
      idx = cd->fd;
      if (idx)
        tg->form_data[idx - 1].counts[(c + 1) / 2]++;
      tg->tags[ci] = (guint8) c;
      last_k = k;
      last_c = c;
      /* the forms of the tokens behind are read no more: their pages go
       * back to the system as the walk goes (the candidates' array grows
       * meanwhile) */
      if (k >= fids_kept + FIDS_RELEASE + 2)
        {
          gsize bytes = ((gsize) (k - 2) * sizeof (guint32)) & ~(gsize) (FIDS_RELEASE * sizeof (guint32) - 1);
#ifdef MADV_DONTNEED
          if (bytes > (gsize) fids_kept * sizeof (guint32))
            madvise ((char *) tg->fids + (gsize) fids_kept * sizeof (guint32),
                     bytes - (gsize) fids_kept * sizeof (guint32), MADV_DONTNEED);
#endif
          fids_kept = bytes / sizeof (guint32);
          /* and so do the whole pages of the prepass's candidates behind */
          pre_kept = release_behind (tg->pre, pre_kept, (gsize) ci * sizeof (PreCand));
        }
    }
  tg->n_cands = tg->n_pre;
}

/* The second walk: only the candidates whose word the first walk tagged
 * differently elsewhere (or whose previous tag changed) are tagged again,
 * from the part of their scores the first walk saved (the same tags as a
 * whole second walk). */
static void
walk_again (Tagger *tg)
{
  guint last_new = 0, last_old = 0, last_k = G_MAXUINT;
  /* doc_kind_of () of each form, by the kind of the candidate's own first
   * tag (0 to 4), worked out once a form (for the kinds it has): five
   * bytes a form, that stay in the cache */
  guint8 *kinds = g_new0 (guint8, (gsize) tg->n_form_data * 5 + 1);

  for (guint f = 0; f < tg->n_form_data; f++)
    for (guint own = 0; own < 5; own++)
      if (tg->form_data[f].counts[own] != 0)
        kinds[f * 5 + own] = (guint8) doc_kind_of (tg, f + 1, own == 0 ? 0 : 2 * own - 1);

  for (guint ci = 0; ci < tg->n_cands; ci++)
    {
      const Cand *cd = &tg->cands[ci];
      guint k = tg->cand_tok[ci];
      guint c, old = tg->tags[ci];
      guint prev = 0, prev1 = 0;
      guint dk;

      /* the tags of the word before: 0 unless it is a candidate */
      if (last_k != G_MAXUINT && last_k + 1 == k && !(cd->doc_flags & 4))
        {
          prev = last_new;
          prev1 = last_old;
        }
      dk = cd->fd != 0 ? kinds[(gsize) (cd->fd - 1) * 5 + (old + 1) / 2] : 0;
      if (prev == prev1 && (dk == 0 || (old != 0 && dk == (old + 1) / 2) || (old == 0 && dk == 9)))
        c = old;
      else
        c = classify (tg, cd, prev, dk);
      tg->tags[ci] = (guint8) c;
      tg->n_tagged += c != 0;
      last_new = c;
      last_old = old;
      last_k = k;
    }
  g_free (kinds);
}

#define PREPASS_BLOCK 16

/* A quick hash of the bytes [start, end) of the text with the case flags:
 * the key of an exact form in Tagger.imap while the prepass interns the
 * words (the features need the FNV hashes of hash_stem (), worked out once
 * a form). A word of up to 16 bytes (nearly all) takes two loads and no
 * branch on its length. */
static inline guint64
intern_key (const DossierContext *ctx, guint start, guint end, guint flags)
{
  const guchar *s = (const guchar *) ctx->text + start;
  gsize len = end - start;
  guint64 h = ((guint64) len << 8 | (flags & 0xFF)) * 0x9E3779B97F4A7C15ULL;

  if (G_LIKELY (len <= 16 && start + 16 <= ctx->length && G_BYTE_ORDER == G_LITTLE_ENDIAN))
    {
      /* the bytes of the word in the first and second loads */
      static const guint64 mask0[17] = {
        0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF,
        G_MAXUINT64, G_MAXUINT64, G_MAXUINT64, G_MAXUINT64, G_MAXUINT64, G_MAXUINT64,
        G_MAXUINT64, G_MAXUINT64, G_MAXUINT64
      };
      static const guint64 mask1[17] = {
        0, 0, 0, 0, 0, 0, 0, 0, 0,
        0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF,
        G_MAXUINT64
      };
      guint64 w0, w1;
      memcpy (&w0, s, 8);
      memcpy (&w1, s + 8, 8);
      w0 &= mask0[len];
      w1 &= mask1[len];
      h = (h ^ w0) * 0xFF51AFD7ED558CCDULL;
      h ^= h >> 29;
      h = (h ^ w1) * 0xFF51AFD7ED558CCDULL;
    }
  else
    {
      while (len >= 8)
        {
          guint64 w;
          memcpy (&w, s, 8);
          h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
          h ^= h >> 29;
          s += 8;
          len -= 8;
        }
      if (len > 0)
        {
          guint64 w = 0;
          memcpy (&w, s, len);
          h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        }
      h ^= h >> 29;
      h = h * 0xFF51AFD7ED558CCDULL;
    }
  /* (no final mixing: the last multiplication leaves the high bits well
   * mixed, and the slot of a key takes them in: u64_slot ()) */
  return u64_fix (h);
}

/* The keys of the words of tokens [from, from + PREPASS_BLOCK), a block
 * before the prepass needs them: their slots of Tagger.imap are fetched
 * from memory meanwhile. (The key takes the token's own case flags: the
 * same distinctions as F_CAP, F_ALLCAPS and F_WORD.) */
static inline void
prepass_keys (Tagger *tg, guint from, guint64 *keys, guint *ends)
{
  guint stop = MIN (from + PREPASS_BLOCK, tg->n);
  const DossierToken *tokens = tg->tokens;
  const DossierContext *ctx = tg->ctx;
  const U64Slot *slots = tg->imap.slots;
  gsize mask = tg->imap.mask;

  for (guint b = from; b < stop; b++)
    {
      const DossierToken *u = &tokens[b];
      if (u->flags & DOSSIER_TOKEN_WORD)
        {
          guint r = b % (2 * PREPASS_BLOCK);
          guint e = stem_end_of (ctx, u);
          guint64 key = intern_key (ctx, u->start, e,
                                    u->flags & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED |
                                                DOSSIER_TOKEN_ALL_CAPS));
          ends[r] = e;
          keys[r] = key;
          __builtin_prefetch (&slots[(gsize) (key ^ (key >> 29)) & mask]);
        }
    }
}

/* The first walk over the text: word forms, line capitals. */
static void
prepass (Tagger *tg)
{
  guint line_words = 0, line_caps = 0;
  /* per line: all its words capitalised (grown by doubling) */
  guint8 *caps = g_new (guint8, 1024);
  guint n_lines = 0, lines_size = 1024;
  gboolean prev_terminal = TRUE;
  const char *text = tg->ctx->text;

  /* the words' hashes, a block ahead: their slots of the form table are
   * fetched from memory while the block before is worked on */
  guint64 block_key[2 * PREPASS_BLOCK];
  guint   block_end[2 * PREPASS_BLOCK];

  /* the capitalised tokens and the rest for the rules */
  guint32 *of_a = tg->out->of_heads, *the_a = tg->out->the_words;
  guint n_of = 0, n_the = 0;
  gboolean odd_caps = FALSE;     /* a capitalised token is no word */
  gsize length = tg->ctx->length;
  guint after_cap = G_MAXUINT;   /* the token after the last capitalised one */
  gboolean prev_the = FALSE;     /* the token before is "the" */

  /* (the arrays written a token, in locals: the compiler cannot tell
   * they are not Tagger's own fields) */
  const DossierToken *tokens = tg->tokens;
  guint n = tg->n;
  guint32 *fids = tg->fids;
  guint8 *lexbits = tg->out->lexbits;
  PreCand *pre = tg->pre;
  guint n_pre = tg->n_pre;
  guint8 *form_bits = tg->form_bits;
  guint8 *seen_of = tg->seen;

  prepass_keys (tg, 0, block_key, block_end);

  /* the line and sentence facts need every token, in order */
  for (guint k = 0; k < n; k++)
    {
      const DossierToken *t = &tokens[k];
      guint tf = t->flags;
      guint len = t->end - t->start;
      gboolean line = (tf & DOSSIER_TOKEN_LINE_START) != 0;
      gboolean sent = prev_terminal || line;

      if (k % PREPASS_BLOCK == 0)
        prepass_keys (tg, k + PREPASS_BLOCK, block_key, block_end);

      /* the rules' index of the capitalised tokens (in locals: this runs
       * for every token) */
      if (after_cap == k)
        {
          char c0 = text[t->start];
          if (((c0 == 'o' || c0 == 'f') && len <= 3) || (c0 == 'a' && len == 3))
            {
              if (G_UNLIKELY (n_of == tg->of_size))
                {
                  tg->of_size *= 2;
                  of_a = g_renew (guint32, of_a, tg->of_size);
                }
              of_a[n_of++] = k - 1;
            }
        }
      /* "the" before a lower-case word (a title used as a name) */
      if (prev_the &&
          (tf & (DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_NUMBER)) == DOSSIER_TOKEN_WORD)
        {
          if (G_UNLIKELY (n_the == tg->the_size))
            {
              tg->the_size *= 2;
              the_a = g_renew (guint32, the_a, tg->the_size);
            }
          the_a[n_the++] = k - 1;
        }
      /* (set below for a word of three letters: no other token is "the") */
      prev_the = FALSE;
      if (line && k > 0)
        {
          guint8 v = line_words >= 1 && line_words == line_caps;
          if (G_UNLIKELY (n_lines == lines_size))
            {
              lines_size *= 2;
              caps = g_renew (guint8, caps, lines_size);
            }
          caps[n_lines++] = v;
          line_words = line_caps = 0;
        }
      if (tf & DOSSIER_TOKEN_WORD)
        {
          U64Slot *slot;
          guint64 hexact, hlow;
          gboolean has_alpha = !(tf & DOSSIER_TOKEN_NUMBER);
          guint8 *seen;

          prev_terminal = FALSE;
          if (len == 3)
            {
              /* without branches: | 0x20 takes only T and t to t, H and h
               * to h, E and e to e */
              const guchar *w = (const guchar *) text + t->start;
              guint32 x;
              if (G_LIKELY (t->start + 4 <= length && G_BYTE_ORDER == G_LITTLE_ENDIAN))
                {
                  memcpy (&x, w, 4);
                  x = (x & 0xFFFFFF) | 0x202020;
                }
              else
                x = ((guint32) w[0] | (guint32) w[1] << 8 | (guint32) w[2] << 16) | 0x202020;
              prev_the = x == ((guint32) 't' | (guint32) 'h' << 8 | (guint32) 'e' << 16);
            }
          if (tf & DOSSIER_TOKEN_CAPITALIZED)
            {
              PreCand pc = { k, (n_lines << 2) | (block_end[k % (2 * PREPASS_BLOCK)] != t->end ? 2 : 0) |
                                (sent ? 1 : 0) };
              after_cap = k + 1;
              pre[n_pre++] = pc;
            }
          /* the exact form (one look-up), and through it the lower-case
           * form (only for a new exact form) */
          slot = u64map_slot_ref (&tg->imap, block_key[k % (2 * PREPASS_BLOCK)]);
          if (G_UNLIKELY (slot->value == 0))
            {
              /* a new spelling: a new entry (the features' hashes of
               * two spellings never agree: Tagger.fmap, which the words
               * need not, keeps the other tokens' forms) */
              guint32 *ref;

              hash_stem (tg->ctx, t, block_end[k % (2 * PREPASS_BLOCK)], &hexact, &hlow);
              ref = u64map_ref (&tg->forms, hlow);
              if (*ref == 0)
                {
                  FormData empty = { 0 };
                  if (G_UNLIKELY (tg->n_form_data == tg->form_data_size))
                    {
                      tg->form_data_size *= 2;
                      tg->form_data = g_renew (FormData, tg->form_data, tg->form_data_size);
                      tg->seen = g_renew (guint8, tg->seen, tg->form_data_size);
                    }
                  tg->form_data[tg->n_form_data] = empty;
                  tg->seen[tg->n_form_data] = 0;
                  *ref = ++tg->n_form_data;
                }
              slot->aux = *ref;
              slot->value = form_new (tg, hexact, hlow, *ref);
              tg->form_bits[slot->value - 1] = form_lexbits (tg, hexact, hlow);
              form_bits = tg->form_bits;
              seen_of = tg->seen;
            }
          fids[k] = slot->value;
          lexbits[k] = form_bits[slot->value - 1];
          seen = &seen_of[slot->aux - 1];
          if (!(tf & DOSSIER_TOKEN_CAPITALIZED))
            *seen |= 1;
          else if (!sent && !(tf & DOSSIER_TOKEN_ALL_CAPS))
            *seen |= 2;

          if (!has_alpha)
            for (const char *p = text + t->start; p < text + t->end; p = g_utf8_next_char (p))
              if ((guchar) *p < 0x80 ? g_ascii_isalpha (*p) : g_unichar_isalpha (g_utf8_get_char (p)))
                {
                  has_alpha = TRUE;
                  break;
                }
          if (has_alpha)
            {
              line_words++;
              if ((tf & DOSSIER_TOKEN_ALL_CAPS) ||
                  (len == 1 && g_ascii_isupper (text[t->start])))
                line_caps++;
            }
        }
      else
        {
          char c = text[t->start];
          if (G_UNLIKELY (tf & DOSSIER_TOKEN_CAPITALIZED))
            {
              /* (no such token today: the capitalised tokens are then
               * listed by a walk of their own below) */
              odd_caps = TRUE;
              after_cap = k + 1;
            }
          if (c == '.' || c == '!' || c == '?')
            prev_terminal = TRUE;
          else if (!is_quote_or_open (tg->ctx, t))
            prev_terminal = FALSE;
          /* the bits of a one-byte token (its stem), by its byte */
          if (len == 1)
            {
              guchar b = (guchar) c;
              if (!tg->byte_done[b])
                {
                  tg->byte_bits[b] = form_lexbits (tg, fnv_add (FNV_OFFSET, b), fnv_add (FNV_OFFSET, ascii_lower (b)));
                  tg->byte_done[b] = TRUE;
                }
              lexbits[k] = tg->byte_bits[b];
              fids[k] = FID_BYTE | b;
            }
        }
    }
  tg->n_pre = n_pre;
  tg->n_caps = n_pre;
  {
    guint8 v = line_words >= 1 && line_words == line_caps;
    if (G_UNLIKELY (n_lines == lines_size))
      caps = g_renew (guint8, caps, lines_size + 1);
    caps[n_lines++] = v;
  }
  tg->line_caps = caps;
  /* the capitalised tokens: those of the candidates, in order */
  tg->odd_caps = odd_caps;
  if (!odd_caps)
    {
      tg->out->caps = g_new (guint32, tg->n_pre + 1);
      hint_huge (tg->out->caps, (tg->n_pre + 1) * sizeof (guint32));
      for (guint ci = 0; ci < tg->n_pre; ci++)
        tg->out->caps[ci] = tg->pre[ci].token;
      tg->out->n_caps = tg->n_pre;
    }
  else
    {
      guint n_caps = 0;
      tg->out->caps = g_new (guint32, tg->n + 1);
      for (guint k = 0; k < tg->n; k++)
        if (tg->tokens[k].flags & DOSSIER_TOKEN_CAPITALIZED)
          tg->out->caps[n_caps++] = k;
      tg->out->n_caps = n_caps;
    }
  tg->out->of_heads = of_a;
  tg->out->n_of_heads = n_of;
  tg->out->the_words = the_a;
  tg->out->n_the_words = n_the;
}

/* An all-capitals word of a span whose lower-case form the text uses, and
 * that is no known name: ROTOR FANS LOCKED OUT. */
static gboolean
common_in_capitals (Tagger *tg, guint k)
{
  const DossierToken *t = &tg->tokens[k];
  guint64 hexact, hlow;
  guint end, idx;
  const char *s;

  if (!(t->flags & DOSSIER_TOKEN_ALL_CAPS))
    return FALSE;
  end = stem_end_of (tg->ctx, t);
  hash_stem (tg->ctx, t, end, &hexact, &hlow);
  idx = form_index (tg, hlow);
  if (idx == 0 || !(tg->seen[idx - 1] & 1))
    return FALSE;
  /* the word in title case: a known name stays (NEW in NEW YORK is seen too) */
  s = tg->ctx->text + t->start;
  {
    char buf[64];
    gsize len = end - t->start;
    if (len >= sizeof buf)
      return FALSE;
    buf[0] = s[0];
    for (gsize i = 1; i < len; i++)
      buf[i] = g_ascii_tolower (s[i]);
    if (dossier_names_lexicon_bits (buf, len) &
        (DOSSIER_LEX_COUNTRY | DOSSIER_LEX_CITY | DOSSIER_LEX_STATE | DOSSIER_LEX_ORG |
         DOSSIER_LEX_FIRSTNAME | DOSSIER_LEX_SURNAME | DOSSIER_LEX_ORGWORD | DOSSIER_LEX_PLACEWORD))
      return FALSE;
    if (dossier_names_phrase_start (buf, len))
      return FALSE;
  }
  return TRUE;
}

/* The big arrays that live only while the tagger runs come straight from
 * the system and go back to it (through malloc, freeing them would raise
 * its threshold for mapping memory and keep later passes' memory). */
static void *
big_alloc_with (gsize size, int flags)
{
  void *p;

#ifdef MADV_HUGEPAGE
  /* a block of 2 MB or more is aligned to 2 MB and asked for pages of
   * 2 MB: one fault and one entry of the translation buffer where 512
   * pages of 4 KB would take 512 (the tables here are read here and
   * there, and written whole) */
  if (size >= HUGE_PAGE)
    {
      gsize page = (gsize) sysconf (_SC_PAGESIZE);
      gsize len = (size + page - 1) & ~(page - 1);   /* what big_free () unmaps */
      gsize whole = len + HUGE_PAGE;
      guintptr base, start;

      p = mmap (NULL, whole, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED)
        g_error ("Out of memory (%" G_GSIZE_FORMAT " bytes)", size);
      base = (guintptr) p;
      start = (base + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
      if (start > base)
        munmap (p, start - base);
      if (base + whole > start + len)
        munmap ((void *) (start + len), base + whole - (start + len));
      madvise ((void *) start, len, MADV_HUGEPAGE);
      return (void *) start;
    }
#endif
  p = mmap (NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
  if (p == MAP_FAILED)
    g_error ("Out of memory (%" G_GSIZE_FORMAT " bytes)", size);
  return p;
}

/* Mapped at once: the arrays written whole. */
static void *
big_alloc (gsize size)
{
#ifdef MAP_POPULATE
  return big_alloc_with (size, MAP_POPULATE);
#else
  return big_alloc_with (size, 0);
#endif
}

/* Pages mapped when first touched: the tables written here and there. */
static void *
big_alloc_lazy (gsize size)
{
  return big_alloc_with (size, 0);
}

static void
big_free (void *p, gsize size)
{
  if (p != NULL)
    munmap (p, size);
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
  g_printerr ("names:   %-22s %7.1f ms, peak %ld MB, faults %ld\n", what, (t1 - *t0) / 1000.0,
              (long) (ru.ru_maxrss / 1024), (long) ru.ru_minflt);
  *t0 = t1;
}

GArray *
dossier_names_tag (DossierContext *ctx)
{
  DossierNamesCaps caps = { 0 };
  GArray *spans = dossier_names_tag_caps (ctx, &caps);

  g_free (caps.caps);
  g_free (caps.of_heads);
  g_free (caps.the_words);
  g_free (caps.lexbits);
  return spans;
}

GArray *
dossier_names_tag_caps (DossierContext   *ctx,
                        DossierNamesCaps *caps)
{
  Tagger tg = { 0 };
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DossierNameSpan));
  gboolean timing = g_getenv ("DOSSIER_NAMES_TIMING") != NULL;
  gint64 t0 = cpu_time_us ();
  DossierNameSpan *out;
  guint n_out = 0;
  const guint32 *cand_tok;

  tg.ctx = ctx;
  tg.m = get_model ();
  step_time (timing, "model", &t0);
  tg.tokens = (const DossierToken *) (void *) ctx->tokens->data;
  tg.n = ctx->tokens->len;
  memset (caps, 0, sizeof *caps);
  if (tg.n == 0)
    return spans;
  /* a token in five is capitalised at most, in news */
  tg.out = caps;
  tg.of_size = tg.n / 64 + 16;
  caps->of_heads = g_new (guint32, tg.of_size);
  tg.the_size = tg.n / 32 + 16;
  caps->the_words = g_new (guint32, tg.the_size);

  caps->lexbits = g_new0 (guint8, tg.n);
  hint_huge (caps->lexbits, tg.n);
  tg.bits_index = g_new0 (guint8, BITS_INDEX_SIZE);
  tg.fids = big_alloc ((gsize) tg.n * sizeof (guint32));
  /* (about a distinct word in 70 tokens, in news) */
  u64map_init (&tg.forms, MAX (tg.n / 80, 1024));
  tg.form_data_size = 4096;
  tg.form_data = g_new (FormData, tg.form_data_size);
  tg.seen = g_new (guint8, tg.form_data_size);
  u64map_init (&tg.fmap, 1024);  /* the forms of the tokens that are no words */
  u64map_init (&tg.imap, MAX (tg.n / 64, 4096));
  u64map_init (&tg.smap, 256);
  tg.fentries_size = 4096;
  tg.fentries = g_new (FormEntry, tg.fentries_size);
  tg.form_bits = g_new (guint8, tg.fentries_size);
  tg.made = g_new (guint8, tg.fentries_size);
  tg.shapes = g_array_new (FALSE, FALSE, sizeof (ShapeEntry));

  /* (room for a candidate a token: mapped as written) */
  tg.pre = big_alloc_lazy ((gsize) tg.n * sizeof (PreCand));
  prepass (&tg);
  /* the candidates' tokens: the capitalised tokens (unless some of
   * those are no words) */
  if (!tg.odd_caps)
    tg.cand_tok = caps->caps;
  else
    {
      tg.cand_tok_own = g_new (guint32, tg.n_pre + 1);
      for (guint ci = 0; ci < tg.n_pre; ci++)
        tg.cand_tok_own[ci] = tg.pre[ci].token;
      tg.cand_tok = tg.cand_tok_own;
    }
  step_time (timing, "prepass", &t0);
  u64map_clear (&tg.imap);
  rowtab_reserve (&tg, tg.n_fentries + 4096);
  /* mapped as the walk writes it, while the walk gives Tagger.fids back
   * behind it: the two never hold all their pages at once */
  tg.cands = big_alloc_lazy ((tg.n_caps + 1) * sizeof (Cand));  /* tg.n_pre */
  tg.tags = g_malloc0 (tg.n_caps + 1);
  walk (&tg);
  big_free (tg.pre, (gsize) tg.n * sizeof (PreCand));
  tg.pre = NULL;
  big_free (tg.fids, (gsize) tg.n * sizeof (guint32));
  tg.fids = NULL;
  step_time (timing, "walk", &t0);
  walk_again (&tg);
  step_time (timing, "walk_again", &t0);
  if (timing)
    g_printerr ("names:   %u tokens, %u candidates, %u exact forms (%zu slots), %u forms, %u rows, %u shapes\n",
                tg.n, tg.n_cands, tg.n_fentries, (gsize) tg.fmap.mask + 1, tg.n_form_data,
                tg.n_rows, tg.shapes->len);
  cand_tok = tg.cand_tok;
  big_free (tg.cands, (tg.n_caps + 1) * sizeof (Cand));
  tg.cands = NULL;
  /* room for the spans: at most one a tagged candidate (written in
   * place, the length set after) */
  g_array_set_size (spans, tg.n_tagged);
  hint_huge (spans->data, (gsize) tg.n_tagged * sizeof (DossierNameSpan));
  out = (DossierNameSpan *) (void *) spans->data;
  /* the spans: runs of tags over candidates one after the other; their
   * tokens and text are fetched a few ahead */
  for (guint ci = 0, done = 0; ci < tg.n_cands; ci++)
    {
      guint k = cand_tok[ci], c = tg.tags[ci], j, cj;
      DossierNameSpan s;

      if (ci + 16 < tg.n_cands)
        __builtin_prefetch (&tg.tokens[cand_tok[ci + 16]]);
      if (ci + 8 < tg.n_cands)
        __builtin_prefetch (ctx->text + tg.tokens[cand_tok[ci + 8]].end - 1);
      if (c == 0 || k < done)
        continue;
      j = k;
      cj = ci;
      while (cj + 1 < tg.n_cands && cand_tok[cj + 1] == j + 1 && tg.tags[cj + 1] == ((c + 1) / 2) * 2)
        {
          j++;
          cj++;
        }
      s.kind = (DossierNameKind) ((c + 1) / 2);
      /* in capitals (a headline), words the text also writes in lower case
       * are ordinary words: they split the span */
      for (guint a = k; a <= j; )
        {
          guint b = a;
          while (b <= j && (tg.tokens[b].flags & DOSSIER_TOKEN_ALL_CAPS) && common_in_capitals (&tg, b))
            b++;
          a = b;
          while (b <= j && !((tg.tokens[b].flags & DOSSIER_TOKEN_ALL_CAPS) && common_in_capitals (&tg, b)))
            b++;
          if (b > a)
            {
              s.first = a;
              s.last = b - 1;
              s.start = tg.tokens[a].start;
              s.end = dossier_names_stem_end (ctx, &tg.tokens[b - 1]);
              out[n_out++] = s;
            }
          a = b;
        }
      done = j + 1;
    }
  g_array_set_size (spans, n_out);
  g_free (tg.cand_tok_own);
  step_time (timing, "spans", &t0);

  g_free (tg.tags);
  g_free (tg.line_caps);
  u64map_clear (&tg.forms);
  g_free (tg.form_data);
  g_free (tg.seen);
  u64map_clear (&tg.fmap);
  u64map_clear (&tg.imap);
  u64map_clear (&tg.smap);
  g_free (tg.fentries);
  g_free (tg.form_bits);
  g_free (tg.made);
  g_free (tg.bits_index);
  g_array_unref (tg.shapes);
  big_free (tg.rowtab, tg.rowtab_forms * ROW_BYTES);
  step_time (timing, "free", &t0);
  return spans;
}
