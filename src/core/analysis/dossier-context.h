/* dossier-context.h — the shared state that the analysis passes read and fill
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every offset in here is a UTF-8 *byte* offset into ctx->text (half-open).
 * The passes never create model objects: dossier-analyzer.c turns the
 * finished context into a DossierArticle and converts bytes to characters
 * once, at that boundary.
 *
 * Order of the passes (each may read what the earlier ones left):
 *   text -> layout -> names -> time -> quotes -> events
 */
#pragma once

#include <glib.h>

#include "../dossier-types.h"

G_BEGIN_DECLS

typedef struct
{
  guint start;
  guint end;
} DossierRange;

#define DOSSIER_RANGE_EMPTY(r) ((r).end <= (r).start)

typedef enum
{
  DOSSIER_TOKEN_WORD           = 1 << 0,  /* letters/digits; may hold inner ' - . (don't, El-Sisi, U.S.) */
  DOSSIER_TOKEN_NUMBER         = 1 << 1,  /* starts with a digit (2023, 5:48PM, 100%, 1,200) */
  DOSSIER_TOKEN_PUNCT          = 1 << 2,  /* any other single character or run (--, ...) */
  DOSSIER_TOKEN_CAPITALIZED    = 1 << 3,  /* first letter is upper or title case */
  DOSSIER_TOKEN_ALL_CAPS       = 1 << 4,  /* every letter upper case, at least two letters */
  DOSSIER_TOKEN_SENTENCE_START = 1 << 5,  /* first token of its sentence */
  DOSSIER_TOKEN_QUOTE_MARK     = 1 << 6,  /* " “ ” „ ‘ ’ ' « » ‹ › (when not inside a word) */
  DOSSIER_TOKEN_LINE_START     = 1 << 7,  /* first token of its line */
  DOSSIER_TOKEN_SPACE_BEFORE   = 1 << 8,  /* white space (or text start) right before it */
  DOSSIER_TOKEN_ABBREVIATION   = 1 << 9,  /* ends with a period that is part of it (Mr., U.S., Nov.) */
  DOSSIER_TOKEN_HYPHENATED     = 1 << 10, /* a word with an inner hyphen (El-Sisi, Israel-Hamas) */
  DOSSIER_TOKEN_PARAGRAPH_START = 1 << 11,/* first token of its paragraph */
} DossierTokenFlags;

typedef struct
{
  guint  start;
  guint  end;
  guint  flags;      /* DossierTokenFlags */
} DossierToken;     /* its sentence: dossier_context_token_sentence () */

typedef struct
{
  guint start;        /* bytes */
  guint end;
  guint first_token;  /* index into ctx->tokens */
  guint n_tokens;
  guint paragraph;    /* index into ctx->paragraphs */
} DossierSentence;

typedef struct
{
  guint start;
  guint end;
  guint first_sentence;
  guint n_sentences;
} DossierParagraph;

/* ---- layout ------------------------------------------------------------ */

typedef struct
{
  char         *title;          /* nullable */
  GPtrArray    *authors;        /* char* */
  GPtrArray    *contributors;   /* char* */
  GPtrArray    *credits;        /* char* */
  char         *outlet;         /* nullable */
  char         *dateline;       /* nullable: "WASHINGTON" */
  char         *published;      /* nullable: ISO 8601 local time as written, "2023-11-02T17:48" */
  DossierRange  title_range;    /* where each was found (empty when not found) */
  DossierRange  credit_range;   /* the whole credit line */
  DossierRange  dateline_range; /* the place name of the dateline */
  DossierRange  byline_range;   /* the whole byline / footer line with author, outlet, date */
  DossierRange  published_range;/* the date (and time) text in the header or footer */
  GArray       *contributor_ranges; /* DossierRange: whole contributor lines */
  DossierRange  body;           /* the article body: after the head, before the footer */
} DossierMetadata;

/* ---- names ------------------------------------------------------------- */

typedef enum
{
  DOSSIER_MENTION_NAME    = 0,       /* a proper name */
  DOSSIER_MENTION_PRONOUN = 1 << 0,  /* he, she, they… (added by the quotes pass for speakers) */
  DOSSIER_MENTION_TITLE   = 1 << 1,  /* a title or description used as a name: "the president" */
} DossierMentionFlags;

typedef struct
{
  guint start;    /* bytes: the name alone, CoNLL style ("Joe Biden" in "President Joe Biden") */
  guint end;
  int   entity;   /* index into ctx->entities, or -1 */
  guint flags;    /* DossierMentionFlags */
} DossierMention;

typedef enum
{
  DOSSIER_GENDER_UNKNOWN,
  DOSSIER_GENDER_MALE,
  DOSSIER_GENDER_FEMALE,
  DOSSIER_GENDER_PLURAL,  /* organisations, groups: "they", "it" */
} DossierGender;

typedef struct
{
  char              *name;      /* the fullest proper name */
  DossierEntityKind  kind;
  char              *role;      /* nullable: "White House national security spokesperson" */
  GPtrArray         *aliases;   /* char*: other surface forms, distinct, not equal to name */
  GArray            *mentions;  /* guint: indexes into ctx->mentions, in text order */
  DossierGender      gender;
} DossierEntityInfo;

/* ---- time -------------------------------------------------------------- */

typedef struct
{
  guint             start;
  guint             end;
  DossierTimexType  type;
  char             *value;   /* TIMEX3 value: 2023-11-02, 2023-W44, PAST_REF, P3D… */
  char             *mod;     /* nullable: TIMEX3 mod (APPROX, START, END, BEFORE, AFTER…) */
  int               anchor;  /* -1: the publication date; -2: none; >= 0: another timex */
  gboolean          ambiguous; /* a reading among several (11/02/2023: day or month first) */
} DossierTimexInfo;

/* ---- quotes ------------------------------------------------------------ */

typedef struct
{
  guint             start;            /* the quoted words, marks excluded */
  guint             end;
  DossierQuoteKind  kind;
  int               speaker;          /* index into ctx->entities, or -1 */
  DossierRange      speaker_mention;  /* empty when none */
  DossierRange      cue;              /* empty when none */
} DossierQuoteInfo;

/* ---- events ------------------------------------------------------------ */

typedef struct
{
  int                 timex;          /* index into ctx->timexes */
  char               *date_start;     /* ISO: "2023-11-01", "2023-11", "2023-11-01T21:00" */
  char               *date_end;
  DossierGranularity  granularity;
  gboolean            approximate;
  char               *label;
  DossierRange        sentence;
  GArray             *entities;       /* int: indexes into ctx->entities */
  GArray             *quotes;         /* int: indexes into ctx->quotes */
  /* private: when set, one block that holds date_start, date_end and
   * label (freed alone by dossier_event_info_clear ()) */
  char               *strings;
} DossierEventInfo;

/* ---- the context ------------------------------------------------------- */

typedef struct
{
  gboolean has_date;
  int      year, month, day;
  gboolean has_time;
  int      hour, minute;
} DossierReferenceDate;

typedef struct
{
  const char          *text;        /* borrowed, NUL-terminated, valid UTF-8 */
  gsize                length;      /* bytes */

  char                *published_option;  /* --published, nullable */
  DossierReferenceDate reference;   /* set after the layout pass: --published, else the article's date */

  /* text pass */
  GArray              *tokens;      /* DossierToken */
  GArray              *sentences;   /* DossierSentence */
  GArray              *paragraphs;  /* DossierParagraph */
  GArray              *lines;       /* DossierRange: every line, without its line break */

  /* layout pass */
  DossierMetadata      metadata;

  /* names pass */
  GArray              *mentions;    /* DossierMention, sorted by start (see below) */
  guint                pending_from;/* G_MAXUINT, or where mentions added by
                                       dossier_context_add_mention() start: they
                                       are sorted among themselves and merged in
                                       by dossier_context_flush_mentions() */
  GPtrArray           *entities;    /* DossierEntityInfo* */

  /* time pass */
  GArray              *timexes;     /* DossierTimexInfo, sorted by start */

  /* quotes pass */
  GArray              *quotes;      /* DossierQuoteInfo, sorted by start */

  /* events pass */
  GArray              *events;      /* DossierEventInfo, in date order */

  /* private: the sentence dossier_context_token_sentence () found last */
  guint                sentence_hint;

  /* private: the token dossier_context_token_at () found last */
  guint                token_hint;
  /* private: dossier_context_mentions_before ()'s last answer */
  guint                mentions_before_hint;
} DossierContext;

DossierContext    *dossier_context_new               (const char     *text,
                                                      gsize           length,
                                                      const char     *published_option);
void               dossier_context_free              (DossierContext *ctx);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierContext, dossier_context_free)

/* Helpers every pass may use. */
static inline const DossierToken *
dossier_context_token (const DossierContext *ctx, guint i)
{
  return &g_array_index (ctx->tokens, DossierToken, i);
}

/* The index of the first token whose end is after @byte (the token at or
 * after @byte), or ctx->tokens->len. Binary search. */
guint              dossier_context_token_at          (const DossierContext *ctx,
                                                      guint                 byte);
/* The index of the sentence that holds token @i. Binary search: in a loop
 * over tokens, compare token indexes with the sentence's first_token and
 * n_tokens instead. */
guint              dossier_context_token_sentence    (const DossierContext *ctx,
                                                      guint                 i);
/* The index of the sentence that contains @byte (or the nearest before it). */
guint              dossier_context_sentence_at       (const DossierContext *ctx,
                                                      guint                 byte);
/* The index of the mention that overlaps [start, end), or -1. Binary search. */
int                dossier_context_mention_at        (const DossierContext *ctx,
                                                      guint                 start,
                                                      guint                 end);
/* Adds a mention linked to @entity. Cheap: it goes to a sorted tail of
 * ctx->mentions that dossier_context_mention_at() searches too; the tail is
 * merged in (and every entity's mention list rebuilt) when it grows large
 * and by dossier_context_flush_mentions(), which a pass that adds mentions
 * calls before it returns. Returns the new mention's current index, valid
 * until the next call. */
guint              dossier_context_add_mention       (DossierContext       *ctx,
                                                      guint                 start,
                                                      guint                 end,
                                                      int                   entity,
                                                      guint                 flags);
void               dossier_context_flush_mentions    (DossierContext       *ctx);
/* How many mentions of the sorted part of ctx->mentions start before @byte:
 * walk back from that index to visit the mentions before a position. */
guint              dossier_context_mentions_before   (const DossierContext *ctx,
                                                      guint                 byte);
/* A new entity, owned by ctx->entities. Returns its index. */
guint              dossier_context_add_entity        (DossierContext       *ctx,
                                                      const char           *name,
                                                      DossierEntityKind     kind);
/* Writes "YYYY-MM-DD" and a NUL into @buf (11 bytes), as snprintf's
 * "%04d-%02d-%02d" would, for 0 <= @y <= 9999 and 0 <= @m, @d <= 99. */
static inline void
dossier_context_write_day (char *buf, int y, int m, int d)
{
  buf[0] = (char) ('0' + y / 1000);
  buf[1] = (char) ('0' + y / 100 % 10);
  buf[2] = (char) ('0' + y / 10 % 10);
  buf[3] = (char) ('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + m / 10);
  buf[6] = (char) ('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char) ('0' + d / 10);
  buf[9] = (char) ('0' + d % 10);
  buf[10] = '\0';
}

/* A copy of the text between two byte offsets. */
char              *dossier_context_dup               (const DossierContext *ctx,
                                                      guint                 start,
                                                      guint                 end);
/* TRUE when [start, end) lies in the body (metadata.body), or when there is no body range. */
gboolean           dossier_context_in_body           (const DossierContext *ctx,
                                                      guint                 start,
                                                      guint                 end);

/* Makes room in @array for @n_elements in all (its length is unchanged):
 * one allocation instead of a doubling at a time, and on Linux large
 * pages for a large array (fewer page faults as it fills). */
void               dossier_context_reserve           (GArray               *array,
                                                      gsize                 n_elements);

void               dossier_timex_info_clear          (DossierTimexInfo     *timex);
void               dossier_event_info_clear          (DossierEventInfo     *event);
void               dossier_entity_info_free          (DossierEntityInfo    *entity);

G_END_DECLS
