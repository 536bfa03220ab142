/* dossier-names-tagger.h — the names pass's learned tagger (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dossier-context.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_NAME_NONE = 0,
  DOSSIER_NAME_PER  = 1,
  DOSSIER_NAME_ORG  = 2,
  DOSSIER_NAME_LOC  = 3,
  DOSSIER_NAME_MISC = 4,
} DossierNameKind;

typedef struct
{
  guint first;     /* first token */
  guint last;      /* last token (inclusive) */
  guint start;     /* bytes */
  guint end;       /* bytes: possessive 's excluded */
  DossierNameKind kind;
} DossierNameSpan;

/* Lexicon bits of a word (shared with tools/train-names.py). */
enum
{
  DOSSIER_LEX_FIRSTNAME = 1 << 0,
  DOSSIER_LEX_COUNTRY   = 1 << 1,
  DOSSIER_LEX_CITY      = 1 << 2,
  DOSSIER_LEX_STATE     = 1 << 3,
  DOSSIER_LEX_DEMONYM   = 1 << 4,
  DOSSIER_LEX_ORGWORD   = 1 << 5,
  DOSSIER_LEX_ORG       = 1 << 6,
  DOSSIER_LEX_TITLE     = 1 << 7,
  DOSSIER_LEX_STOPWORD  = 1 << 8,
  DOSSIER_LEX_ROLE      = 1 << 9,
  DOSSIER_LEX_PLACEWORD = 1 << 10,
  DOSSIER_LEX_SURNAME   = 1 << 11,
};

/* What DossierNamesCaps tells of a word: its lexicon bits (those of its
 * stem, possessive 's left out) and whether a title or a phrase of several
 * words starts with that stem, worked out once a word form by the tagger. */
enum
{
  DOSSIER_NAMES_BITS_LEX          = 0x0FFF,  /* dossier_names_lexicon_bits () */
  DOSSIER_NAMES_BITS_TITLE_START  = 1 << 12, /* dossier_names_title_start () */
  DOSSIER_NAMES_BITS_PHRASE_START = 1 << 13, /* dossier_names_phrase_start () */
  DOSSIER_NAMES_BITS_LOWER_ROLE   = 1 << 14, /* DOSSIER_LEX_ROLE of the stem in lower case */
  DOSSIER_NAMES_BITS_KNOWN        = 1 << 15, /* 0: not worked out (a token of several bytes that is no word) */
};

/* Lexicon bits of an exact word or phrase ("New York"), 0 when unknown. */
guint   dossier_names_lexicon_bits (const char *word,
                                    gsize       len);

/* dossier_names_lexicon_bits () of a word, and through the same hash
 * dossier_names_title_start () in *@title_start. */
guint   dossier_names_lexicon_bits_title (const char *word,
                                          gsize       len,
                                          gboolean   *title_start);

/* dossier_names_lexicon_bits () of a word, and through the same hash
 * dossier_names_phrase_start () in *@phrase_start. */
guint   dossier_names_lexicon_bits_phrase (const char *word,
                                           gsize       len,
                                           gboolean   *phrase_start);

/* Does a phrase of the lexicon ("New York") start with this word? */
gboolean dossier_names_phrase_start (const char *word,
                                     gsize       len);

/* Does a title of several words of the lexicon ("Prime Minister") start
 * with this word? */
gboolean dossier_names_title_start (const char *word,
                                    gsize       len);

/* The end of a token without a possessive 's (inline: the rules ask it
 * of many tokens). */
static inline guint
dossier_names_stem_end (const DossierContext *ctx,
                        const DossierToken   *t)
{
  const char *s = ctx->text + t->start;
  guint len = t->end - t->start;

  if (len < 3 || (s[len - 1] != 's' && s[len - 1] != 'S') || !(t->flags & DOSSIER_TOKEN_WORD))
    return t->end;
  if (s[len - 2] == '\'')
    return t->end - 2;
  if (len >= 5 && s[len - 4] == '\xe2' && s[len - 3] == '\x80' && s[len - 2] == '\x99')
    return t->end - 4;
  return t->end;
}

/* Tags the whole text; returns DossierNameSpan in text order. */
GArray *dossier_names_tag          (DossierContext *ctx);

/* What the tagger's walk over every token also finds for the rules: the
 * capitalised tokens in order, and those of them before a short word
 * starting with o or f (of, for, on) or a word of three letters starting
 * with a (and), and every word's lexicon bits. All g_free ()d by the
 * caller. */
typedef struct
{
  guint32 *caps;
  guint    n_caps;
  guint32 *of_heads;
  guint    n_of_heads;
  guint32 *the_words;    /* "the" (any case) before a lower-case word */
  guint    n_the_words;
  guint8  *lexbits;      /* per token: an index into lexbits_of (0: not worked out) */
  guint16  lexbits_of[256]; /* DOSSIER_NAMES_BITS_* by index (0 at 0) */
} DossierNamesCaps;

/* dossier_names_tag () that fills @caps too. */
GArray *dossier_names_tag_caps     (DossierContext   *ctx,
                                    DossierNamesCaps *caps);

G_END_DECLS
