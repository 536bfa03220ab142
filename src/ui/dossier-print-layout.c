/* dossier-print-layout.c — the pages of the annotated copy, as a pure function
 *
 * Copyright 2026 The Dossier authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-print-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dossier-print-layout.h"

/* Geometry, in points, inside the printable area. */
#define PAD_X           30.0   /* left and right: the quote bar lives in the left one */
#define PAD_TOP         16.0
#define NOTE_WIDTH      104.0
#define NOTE_GAP        16.0   /* between the body column and the notes */
#define NOTE_SPACING    3.0    /* the least space between two notes */
#define FOOTER_HEIGHT   30.0
#define BODY_LEADING    3.5    /* added below every body line */
#define PARA_SPACING    7.0
#define BAR_WIDTH       2.6
#define BAR_OFFSET      10.0   /* from the body's left edge to the bar's left edge */
#define CELL_PAD        3.0
#define DEFAULT_BODY_FONT "Serif 10.5"
#define MAX_PARAGRAPH   (64 * 1024)  /* bytes given to one PangoLayout */
#define UI_FONT         "Sans"

typedef enum
{
  MARK_PERSON,
  MARK_ORGANIZATION,
  MARK_PLACE,
  MARK_OTHER,
  MARK_DATE,
  MARK_QUOTE,
  N_MARKS
} MarkKind;

/* UX.md palette: light background, then the underline/mark colour. */
static const struct
{
  guint32          background;
  guint32          mark;
  PangoUnderline   underline;
  gboolean         overline;
} mark_styles[N_MARKS] = {
  [MARK_PERSON]       = { 0xBBCCEE, 0x0077BB, PANGO_UNDERLINE_SINGLE, FALSE },
  [MARK_ORGANIZATION] = { 0xFFCCCC, 0xCC3311, PANGO_UNDERLINE_DOUBLE, FALSE },
  [MARK_PLACE]        = { 0xCCDDAA, 0x009988, PANGO_UNDERLINE_ERROR,  FALSE },
  [MARK_OTHER]        = { 0xDDDDDD, 0x777777, PANGO_UNDERLINE_NONE,   FALSE },
  [MARK_DATE]         = { 0xEEEEBB, 0xEE7733, PANGO_UNDERLINE_NONE,   TRUE },
  [MARK_QUOTE]        = { 0xCCEEFF, 0x33BBEE, PANGO_UNDERLINE_NONE,   FALSE },
};

#define QUOTE_NUMBER_COLOR 0x005A8C
#define RULE_GREY          0.55
#define META_GREY          0.30

typedef struct
{
  guint    start;     /* bytes in the print text */
  guint    end;
  MarkKind kind;
  guint    order;     /* quotes first at equal starts, so names inside them win */
} Span;

typedef struct
{
  guint        start;  /* bytes in the print text */
  guint        end;
  guint        first_line;
  PangoLayout *layout;
  gboolean     continued;  /* a piece of an over-long paragraph, after the first */
} Paragraph;

typedef struct
{
  PangoLayoutLine *line;      /* borrowed from its paragraph's layout */
  guint            para;
  DossierPrintBox  box;
  double           baseline;  /* on the page */
  double           x_offset;  /* of the line inside the layout */
  gboolean         in_quote;
} Line;

typedef struct
{
  PangoLayout     *layout;
  DossierPrintBox  box;
  guint            quote_number;
  double           anchor;     /* the baseline of the quote's first line */
  double           baseline;   /* of the note's first line, from its top */
} Note;

typedef struct
{
  PangoLayout     *layout;
  DossierPrintBox  box;
} Block;

typedef struct
{
  DossierPrintBox box;
  guint32         color;
} Rect;

struct _DossierPrintLayout
{
  PangoContext         *context;
  double                width;
  double                height;

  DossierPrintHighlight highlight;
  gboolean              margin_notes;
  gboolean              appendix;
  char                 *body_font;
  char                 *source_name;
  char                 *sha256;
  char                 *print_date;
  char                 *title;

  double                body_x;
  double                body_width;
  double                content_width;
  double                first_body_top;
  double                body_top;
  double                body_bottom;

  char                 *text;          /* the article text with the quote numbers put in */
  GArray               *paragraphs;    /* Paragraph */
  GArray               *lines;         /* Line */
  GArray               *page_lines;    /* guint: the first line of each body page */
  GArray               *notes;         /* Note */
  GArray               *blocks;        /* Block: header, legend, appendix cells */
  GArray               *rects;         /* Rect: legend marks, table stripes, rules */
  GArray               *quote_pages;   /* int, by quote number - 1 */
  PangoLayout          *running_header;

  guint                 n_body_pages;
  guint                 n_pages;
};

/* Options {{{1 */

void
dossier_print_options_init (DossierPrintOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->highlight = DOSSIER_PRINT_HIGHLIGHT_ALL;
  options->margin_notes = TRUE;
  options->appendix = TRUE;
}

const char *
dossier_print_highlight_to_string (DossierPrintHighlight highlight)
{
  switch (highlight)
    {
    case DOSSIER_PRINT_HIGHLIGHT_SELECTED:
      return "selected";
    case DOSSIER_PRINT_HIGHLIGHT_NONE:
      return "none";
    case DOSSIER_PRINT_HIGHLIGHT_ALL:
    default:
      return "all";
    }
}

DossierPrintHighlight
dossier_print_highlight_from_string (const char *str)
{
  if (g_strcmp0 (str, "selected") == 0)
    return DOSSIER_PRINT_HIGHLIGHT_SELECTED;
  if (g_strcmp0 (str, "none") == 0)
    return DOSSIER_PRINT_HIGHLIGHT_NONE;
  return DOSSIER_PRINT_HIGHLIGHT_ALL;
}

/* Small helpers {{{1 */

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb)
{
  cairo_set_source_rgb (cr,
                        ((rgb >> 16) & 0xff) / 255.0,
                        ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static guint16
channel16 (guint32 rgb,
           guint   shift)
{
  return ((rgb >> shift) & 0xff) * 257;
}

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             guint           start,
             guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

static void
insert_mark_attrs (PangoAttrList *attrs,
                   MarkKind       kind,
                   guint          start,
                   guint          end)
{
  guint32 bg = mark_styles[kind].background;
  guint32 fg = mark_styles[kind].mark;

  insert_attr (attrs, pango_attr_background_new (channel16 (bg, 16), channel16 (bg, 8),
                                                 channel16 (bg, 0)), start, end);
  if (mark_styles[kind].underline != PANGO_UNDERLINE_NONE)
    {
      insert_attr (attrs, pango_attr_underline_new (mark_styles[kind].underline), start, end);
      insert_attr (attrs, pango_attr_underline_color_new (channel16 (fg, 16), channel16 (fg, 8),
                                                          channel16 (fg, 0)), start, end);
    }
  else
    {
      /* Inside a quote, a plain mark must not inherit a name's underline. */
      insert_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_NONE), start, end);
    }
  if (mark_styles[kind].overline)
    {
      insert_attr (attrs, pango_attr_overline_new (PANGO_OVERLINE_SINGLE), start, end);
      insert_attr (attrs, pango_attr_overline_color_new (channel16 (fg, 16), channel16 (fg, 8),
                                                         channel16 (fg, 0)), start, end);
    }
}

static void
insert_number_attrs (PangoAttrList *attrs,
                     guint          start,
                     guint          end)
{
  insert_attr (attrs, pango_attr_scale_new (0.72), start, end);
  insert_attr (attrs, pango_attr_rise_new (3 * PANGO_SCALE), start, end);
  insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
  insert_attr (attrs, pango_attr_foreground_new (channel16 (QUOTE_NUMBER_COLOR, 16),
                                                 channel16 (QUOTE_NUMBER_COLOR, 8),
                                                 channel16 (QUOTE_NUMBER_COLOR, 0)),
               start, end);
}

static PangoLayout *
new_layout (DossierPrintLayout *self,
            const char         *font,
            double              width,
            const char         *text)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
layout_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

static void
add_block (DossierPrintLayout *self,
           PangoLayout        *layout,
           guint               page,
           double              x,
           double              y)
{
  Block block = { layout, { page, x, y, 0, layout_height (layout) } };
  int w;

  pango_layout_get_size (layout, &w, NULL);
  block.box.width = (double) w / PANGO_SCALE;
  g_array_append_val (self->blocks, block);
}

static void
add_rect (DossierPrintLayout *self,
          guint               page,
          double              x,
          double              y,
          double              w,
          double              h,
          guint32             color)
{
  Rect rect = { { page, x, y, w, h }, color };

  g_array_append_val (self->rects, rect);
}

static MarkKind
mark_for_entity_kind (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return MARK_PERSON;
    case DOSSIER_ENTITY_ORGANIZATION:
      return MARK_ORGANIZATION;
    case DOSSIER_ENTITY_PLACE:
      return MARK_PLACE;
    case DOSSIER_ENTITY_OTHER:
    default:
      return MARK_OTHER;
    }
}

static const char *
entity_kind_label (DossierEntityKind kind)
{
  switch (kind)
    {
    case DOSSIER_ENTITY_PERSON:
      return _("person");
    case DOSSIER_ENTITY_ORGANIZATION:
      return _("organisation");
    case DOSSIER_ENTITY_PLACE:
      return _("place");
    case DOSSIER_ENTITY_OTHER:
    default:
      return _("other");
    }
}

static const char *
granularity_label (DossierGranularity granularity)
{
  switch (granularity)
    {
    case DOSSIER_GRANULARITY_MINUTE:
      return _("minute");
    case DOSSIER_GRANULARITY_HOUR:
      return _("hour");
    case DOSSIER_GRANULARITY_PART_OF_DAY:
      return _("part of day");
    case DOSSIER_GRANULARITY_DAY:
      return _("day");
    case DOSSIER_GRANULARITY_WEEK:
      return _("week");
    case DOSSIER_GRANULARITY_MONTH:
      return _("month");
    case DOSSIER_GRANULARITY_QUARTER:
      return _("quarter");
    case DOSSIER_GRANULARITY_YEAR:
      return _("year");
    case DOSSIER_GRANULARITY_DECADE:
      return _("decade");
    default:
      return "";
    }
}

static gboolean
is_quotation_mark (gunichar c)
{
  switch (c)
    {
    case '"':
    case '\'':
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x00AB: /* « */
    case 0x00BB: /* » */
      return TRUE;
    default:
      return FALSE;
    }
}

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  DossierQuote *qa = *(DossierQuote **) a;
  DossierQuote *qb = *(DossierQuote **) b;
  guint sa = dossier_quote_get_start (qa), sb = dossier_quote_get_start (qb);

  if (sa != sb)
    return sa < sb ? -1 : 1;
  return (int) dossier_quote_get_end (qa) - (int) dossier_quote_get_end (qb);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a, *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->order != sb->order)
    return sa->order < sb->order ? -1 : 1;
  return 0;
}

/* A list model's items as a GPtrArray of new references. */
static GPtrArray *
list_to_array (GListModel *model)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));
  return array;
}

/* The body {{{1 */

typedef struct
{
  DossierArticle *article;
  GPtrArray      *quotes;        /* sorted by start */
  guint          *char_to_byte;  /* article character -> print text byte */
  guint           n_chars;
  guint          *marker_start;  /* by quote index, bytes in the print text */
  guint          *marker_end;
  guint          *quote_start;   /* the highlighted range of each quote */
  guint          *quote_end;
  guint          *quote_line;    /* the line each quote begins on */
} Build;

static void
build_clear (Build *b)
{
  g_clear_pointer (&b->quotes, g_ptr_array_unref);
  g_clear_pointer (&b->char_to_byte, g_free);
  g_clear_pointer (&b->marker_start, g_free);
  g_clear_pointer (&b->marker_end, g_free);
  g_clear_pointer (&b->quote_start, g_free);
  g_clear_pointer (&b->quote_end, g_free);
  g_clear_pointer (&b->quote_line, g_free);
}

/* Copies the article text, putting "[n]" before each quote (before its
 * opening quotation mark when there is one), and maps every character
 * offset of the model to a byte index of the copy. */
static void
build_print_text (DossierPrintLayout *self,
                  Build              *b)
{
  const char *text = dossier_article_get_text (b->article);
  guint n = g_utf8_strlen (text != NULL ? text : "", -1);
  g_autofree guint *orig = g_new (guint, n + 1);
  g_autofree guint *marker_char = NULL;
  GString *out;
  const char *p;
  guint nq = b->quotes->len;
  guint qi = 0;

  if (text == NULL)
    text = "";
  b->n_chars = n;

  p = text;
  for (guint i = 0; i < n; i++)
    {
      orig[i] = p - text;
      p = g_utf8_next_char (p);
    }
  orig[n] = p - text;

  marker_char = g_new0 (guint, nq + 1);
  for (guint i = 0; i < nq; i++)
    {
      DossierQuote *q = g_ptr_array_index (b->quotes, i);
      guint s = MIN (dossier_quote_get_start (q), n);

      if (s > 0 && is_quotation_mark (g_utf8_get_char (text + orig[s - 1])))
        s--;
      /* Keep the markers in text order even if a mark moved one back. */
      if (i > 0 && s < marker_char[i - 1])
        s = marker_char[i - 1];
      marker_char[i] = s;
    }

  b->char_to_byte = g_new (guint, n + 1);
  b->marker_start = g_new0 (guint, nq + 1);
  b->marker_end = g_new0 (guint, nq + 1);
  b->quote_start = g_new0 (guint, nq + 1);
  b->quote_end = g_new0 (guint, nq + 1);
  b->quote_line = g_new0 (guint, nq + 1);
  out = g_string_sized_new (orig[n] + nq * 6 + 1);

  for (guint i = 0; i <= n; i++)
    {
      while (qi < nq && marker_char[qi] == i)
        {
          b->marker_start[qi] = out->len;
          g_string_append_printf (out, "[%u]", qi + 1);
          b->marker_end[qi] = out->len;
          qi++;
        }
      b->char_to_byte[i] = out->len;
      if (i < n)
        {
          gunichar c = g_utf8_get_char (text + orig[i]);

          /* Tabs and other controls would print as boxes. */
          if (c == '\t' || c == '\r' || c == '\f' || c == '\v')
            g_string_append_c (out, c == '\t' ? ' ' : (c == '\r' ? ' ' : '\n'));
          else
            g_string_append_len (out, text + orig[i], orig[i + 1] - orig[i]);
        }
    }

  for (guint i = 0; i < nq; i++)
    {
      DossierQuote *q = g_ptr_array_index (b->quotes, i);
      guint e = MIN (dossier_quote_get_end (q), n);

      if (e < n && is_quotation_mark (g_utf8_get_char (text + orig[e])))
        e++;
      b->quote_start[i] = b->marker_end[i];
      b->quote_end[i] = MAX (b->char_to_byte[e], b->quote_start[i]);
    }

  self->text = g_string_free (out, FALSE);
}

static void
split_paragraphs (DossierPrintLayout *self)
{
  const char *text = self->text;
  guint start = 0;
  guint len = strlen (text);

  for (guint i = 0; i <= len; i++)
    {
      if (i == len || text[i] == '\n')
        {
          guint s = start, e = i;

          while (s < e && (text[s] == ' '))
            s++;
          while (e > s && (text[e - 1] == ' '))
            e--;
          gboolean continued = FALSE;

          /* Pango stops wrapping paragraphs of a few hundred kilobytes:
           * cut very long ones into pieces, at a space. */
          while (e - s > MAX_PARAGRAPH)
            {
              guint cut = s + MAX_PARAGRAPH / 2;
              guint limit = cut - MAX_PARAGRAPH / 4;
              Paragraph piece = { s, 0, 0, NULL, continued };

              while (cut > limit && text[cut - 1] != ' ')
                cut--;
              if (cut == limit)
                cut = g_utf8_find_prev_char (text, text + s + MAX_PARAGRAPH / 2 + 1) - text;
              piece.end = cut;
              g_array_append_val (self->paragraphs, piece);
              s = cut;
              continued = TRUE;
            }
          if (e > s)
            {
              Paragraph para = { s, e, 0, NULL, continued };

              g_array_append_val (self->paragraphs, para);
            }
          start = i + 1;
        }
    }
}

static guint
find_paragraph (DossierPrintLayout *self,
                guint               byte)
{
  guint lo = 0, hi = self->paragraphs->len;

  /* The last paragraph that starts at or before @byte. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->paragraphs, Paragraph, mid).start <= byte)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
entity_is_highlighted (DossierPrintLayout        *self,
                       const DossierPrintOptions *options,
                       DossierEntity             *entity)
{
  switch (self->highlight)
    {
    case DOSSIER_PRINT_HIGHLIGHT_ALL:
      return TRUE;
    case DOSSIER_PRINT_HIGHLIGHT_SELECTED:
      return entity != NULL && entity == options->selected;
    case DOSSIER_PRINT_HIGHLIGHT_NONE:
    default:
      return FALSE;
    }
}

static void
collect_spans (DossierPrintLayout        *self,
               const DossierPrintOptions *options,
               Build                     *b,
               GArray                    *spans,
               GArray                    *quote_ranges)
{
  g_autoptr(GPtrArray) entities = list_to_array (dossier_article_get_entities (b->article));
  g_autoptr(GPtrArray) timexes = list_to_array (dossier_article_get_timexes (b->article));

  for (guint i = 0; i < b->quotes->len; i++)
    {
      DossierQuote *q = g_ptr_array_index (b->quotes, i);
      /* The numbers are always printed: the margin notes and the appendix
       * refer to them. G_MAXUINT marks a number span. */
      Span number = { b->marker_start[i], b->marker_end[i], MARK_QUOTE, G_MAXUINT };

      g_array_append_val (spans, number);

      if (b->quote_end[i] > b->quote_start[i] &&
          entity_is_highlighted (self, options, dossier_quote_get_speaker (q)))
        {
          Span span = { b->quote_start[i], b->quote_end[i], MARK_QUOTE, 1 };

          g_array_append_val (spans, span);
          g_array_append_val (quote_ranges, span);
        }
    }

  for (guint i = 0; i < entities->len; i++)
    {
      DossierEntity *entity = g_ptr_array_index (entities, i);
      const DossierSpan *mentions;
      guint n_mentions = 0;

      if (!entity_is_highlighted (self, options, entity))
        continue;
      mentions = dossier_entity_get_mentions (entity, &n_mentions);
      for (guint m = 0; m < n_mentions; m++)
        {
          Span span = { 0, 0, mark_for_entity_kind (dossier_entity_get_kind (entity)), 2 };
          guint s = MIN (mentions[m].start, b->n_chars);
          guint e = MIN (mentions[m].end, b->n_chars);

          if (e <= s)
            continue;
          span.start = b->char_to_byte[s];
          span.end = b->char_to_byte[e];
          g_array_append_val (spans, span);
        }
    }

  if (self->highlight == DOSSIER_PRINT_HIGHLIGHT_ALL)
    {
      for (guint i = 0; i < timexes->len; i++)
        {
          DossierTimex *timex = g_ptr_array_index (timexes, i);
          guint s = MIN (dossier_timex_get_start (timex), b->n_chars);
          guint e = MIN (dossier_timex_get_end (timex), b->n_chars);
          Span span = { 0, 0, MARK_DATE, 3 };

          if (e <= s)
            continue;
          span.start = b->char_to_byte[s];
          span.end = b->char_to_byte[e];
          g_array_append_val (spans, span);
        }
    }

  g_array_sort (spans, compare_spans);
}

static void
layout_paragraphs (DossierPrintLayout        *self,
                   const DossierPrintOptions *options,
                   Build                     *b,
                   GArray                    *spans)
{
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autoptr(GPtrArray) attr_lists = NULL;
  guint n_paras = self->paragraphs->len;

  if (n_paras == 0)
    return;

  attr_lists = g_ptr_array_new_full (n_paras, (GDestroyNotify) pango_attr_list_unref);
  for (guint i = 0; i < n_paras; i++)
    g_ptr_array_add (attr_lists, NULL);

  /* The headline, when the text opens with it, is set as one. */
  if (self->title != NULL)
    {
      Paragraph *first = &g_array_index (self->paragraphs, Paragraph, 0);
      gsize tlen = strlen (self->title);

      if (first->end - first->start >= tlen &&
          strncmp (self->text + first->start, self->title, tlen) == 0)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, first->end - first->start);
          insert_attr (attrs, pango_attr_scale_new (1.15), 0, first->end - first->start);
          g_ptr_array_index (attr_lists, 0) = attrs;
        }
    }

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      for (guint p = find_paragraph (self, span->start); p < n_paras; p++)
        {
          const Paragraph *para = &g_array_index (self->paragraphs, Paragraph, p);
          PangoAttrList *attrs;
          guint s, e;

          if (para->start >= span->end)
            break;
          if (para->end <= span->start)
            continue;
          s = MAX (span->start, para->start) - para->start;
          e = MIN (span->end, para->end) - para->start;
          attrs = g_ptr_array_index (attr_lists, p);
          if (attrs == NULL)
            attrs = g_ptr_array_index (attr_lists, p) = pango_attr_list_new ();
          if (span->order == G_MAXUINT)
            insert_number_attrs (attrs, s, e);
          else
            insert_mark_attrs (attrs, span->kind, s, e);
        }
    }

  for (guint p = 0; p < n_paras; p++)
    {
      Paragraph *para = &g_array_index (self->paragraphs, Paragraph, p);
      PangoAttrList *attrs = g_ptr_array_index (attr_lists, p);

      para->layout = pango_layout_new (self->context);
      if (desc == NULL)
        desc = pango_font_description_from_string (self->body_font);
      pango_layout_set_font_description (para->layout, desc);
      pango_layout_set_width (para->layout, (int) (self->body_width * PANGO_SCALE));
      pango_layout_set_wrap (para->layout, PANGO_WRAP_WORD_CHAR);
      /* Plain text: never parsed as markup. */
      pango_layout_set_text (para->layout, self->text + para->start, para->end - para->start);
      if (attrs != NULL)
        pango_layout_set_attributes (para->layout, attrs);
    }
}

static void
start_body_page (DossierPrintLayout *self,
                 guint              *page,
                 double             *y)
{
  guint first = self->lines->len;

  if (self->page_lines->len > 0)
    *page += 1;
  g_array_append_val (self->page_lines, first);
  *y = *page == 0 ? self->first_body_top : self->body_top;
}

/* Puts the lines on pages, between paragraphs and never inside a line. */
static void
paginate_body (DossierPrintLayout *self,
               Build              *b,
               GArray             *quote_ranges)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  guint page = 0;
  double y = 0;
  guint qr = 0;       /* the next quote range that can touch a line */
  guint qn = 0;       /* the next quote number to place */
  guint nq = b->quotes->len;

  start_body_page (self, &page, &y);

  for (guint p = 0; p < self->paragraphs->len; p++)
    {
      Paragraph *para = &g_array_index (self->paragraphs, Paragraph, p);
      PangoLayoutIter *iter = pango_layout_get_iter (para->layout);
      guint n;

      /* The paragraph's lines first, to keep its first two and last two together. */
      g_array_set_size (pending, 0);
      g_array_set_size (ends, 0);
      do
        {
          PangoRectangle logical;
          Line line = { 0, };
          guint ls, le;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line.line = pango_layout_iter_get_line_readonly (iter);
          line.para = p;
          line.box.x = self->body_x;
          line.box.width = self->body_width;
          line.box.height = (double) logical.height / PANGO_SCALE;
          line.x_offset = (double) logical.x / PANGO_SCALE;
          line.baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;

          ls = para->start + line.line->start_index;
          le = ls + line.line->length;
          if (pango_layout_iter_at_last_line (iter))
            le = para->end;

          while (qr < quote_ranges->len && g_array_index (quote_ranges, Span, qr).end <= ls)
            qr++;
          for (guint k = qr; k < quote_ranges->len; k++)
            {
              const Span *range = &g_array_index (quote_ranges, Span, k);

              if (range->start >= le)
                break;
              if (range->end > ls)
                {
                  line.in_quote = TRUE;
                  break;
                }
            }
          g_array_append_val (pending, line);
          g_array_append_val (ends, le);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      para->first_line = self->lines->len;
      if (p > 0 && !para->continued && y > (page == 0 ? self->first_body_top : self->body_top))
        y += PARA_SPACING;

      n = pending->len;
      for (guint i = 0; i < n; i++)
        {
          Line *line = &g_array_index (pending, Line, i);
          double need = line->box.height;
          double top = page == 0 ? self->first_body_top : self->body_top;

          /* No paragraph leaves its first line alone at the foot of a
           * page, or its last line alone at the head of the next. */
          if (i == 0 && n >= 2)
            {
              /* Three lines cannot part without leaving one alone. */
              for (guint k = 1; k < MIN (n, 2u) + (n == 3 ? 1 : 0); k++)
                need += BODY_LEADING + g_array_index (pending, Line, k).box.height;
            }
          else if (i == n - 2 && n >= 4)
            need += BODY_LEADING + g_array_index (pending, Line, n - 1).box.height;

          if (y + need > self->body_bottom && y > top)
            start_body_page (self, &page, &y);

          line->box.page = page;
          line->box.y = y;
          line->baseline += y;

          while (qn < nq && b->marker_start[qn] < g_array_index (ends, guint, i))
            {
              g_array_index (self->quote_pages, int, qn) = page;
              b->quote_line[qn] = self->lines->len;
              qn++;
            }

          g_array_append_val (self->lines, *line);
          y += line->box.height + BODY_LEADING;
        }
    }

  /* Quotes after the last paragraph (bad offsets) land on the last line. */
  while (qn < nq)
    {
      g_array_index (self->quote_pages, int, qn) = page;
      b->quote_line[qn] = self->lines->len > 0 ? self->lines->len - 1 : G_MAXUINT;
      qn++;
    }

  self->n_body_pages = page + 1;
}

static void
place_notes_on_page (DossierPrintLayout *self,
                     guint               first,
                     guint               last)
{
  double limit = self->body_bottom;
  double top = first < self->notes->len &&
               g_array_index (self->notes, Note, first).box.page == 0 ? self->first_body_top
                                                                        : self->body_top;

  /* Down: a note that would touch the one above is pushed below it. */
  for (guint i = first + 1; i < last; i++)
    {
      Note *prev = &g_array_index (self->notes, Note, i - 1);
      Note *note = &g_array_index (self->notes, Note, i);
      double min_y = prev->box.y + prev->box.height + NOTE_SPACING;

      if (note->box.y < min_y)
        note->box.y = min_y;
    }

  /* Up: notes pushed past the bottom pull the ones above them up. */
  for (guint i = last; i > first; i--)
    {
      Note *note = &g_array_index (self->notes, Note, i - 1);

      if (note->box.y + note->box.height > limit)
        note->box.y = MAX (limit - note->box.height, top);
      limit = note->box.y - NOTE_SPACING;
    }

  /* If they still do not fit, they run on past the bottom rather than overlap. */
  for (guint i = first + 1; i < last; i++)
    {
      Note *prev = &g_array_index (self->notes, Note, i - 1);
      Note *note = &g_array_index (self->notes, Note, i);
      double min_y = prev->box.y + prev->box.height + NOTE_SPACING;

      if (note->box.y < min_y)
        note->box.y = min_y;
    }
}

static void
layout_notes (DossierPrintLayout *self,
              Build              *b)
{
  guint first = 0;

  if (!self->margin_notes)
    return;

  for (guint i = 0; i < b->quotes->len; i++)
    {
      DossierQuote *q = g_ptr_array_index (b->quotes, i);
      DossierEntity *speaker = dossier_quote_get_speaker (q);
      g_autofree char *label = NULL;
      g_autofree char *number = NULL;
      PangoAttrList *attrs;
      const Line *line;
      Note note = { 0, };

      if (speaker == NULL || b->quote_line[i] >= self->lines->len)
        continue;

      line = &g_array_index (self->lines, Line, b->quote_line[i]);
      number = g_strdup_printf ("[%u]", i + 1);
      label = g_strdup_printf ("%s %s", number, dossier_entity_get_name (speaker));
      note.layout = new_layout (self, UI_FONT " 8", NOTE_WIDTH, label);
      pango_layout_set_height (note.layout, -3);
      pango_layout_set_ellipsize (note.layout, PANGO_ELLIPSIZE_END);
      attrs = pango_attr_list_new ();
      insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, strlen (number));
      insert_attr (attrs, pango_attr_foreground_new (channel16 (QUOTE_NUMBER_COLOR, 16),
                                                     channel16 (QUOTE_NUMBER_COLOR, 8),
                                                     channel16 (QUOTE_NUMBER_COLOR, 0)),
                   0, strlen (number));
      pango_layout_set_attributes (note.layout, attrs);
      pango_attr_list_unref (attrs);

      note.quote_number = i + 1;
      note.box.page = line->box.page;
      note.box.x = self->body_x + self->body_width + NOTE_GAP;
      note.box.width = NOTE_WIDTH;
      note.box.height = layout_height (note.layout);
      /* The note's first baseline on its quote's first baseline. */
      note.anchor = line->baseline;
      note.baseline = layout_baseline (note.layout);
      note.box.y = note.anchor - note.baseline;
      g_array_append_val (self->notes, note);
    }

  for (guint i = 1; i <= self->notes->len; i++)
    {
      if (i == self->notes->len ||
          g_array_index (self->notes, Note, i).box.page != g_array_index (self->notes, Note, first).box.page)
        {
          place_notes_on_page (self, first, i);
          first = i;
        }
    }
}

/* Header and legend {{{1 */

/* "2023-11-02T17:48" -> "2 November 2023, 17:48"; anything else as it is. */
static char *
format_date (const char *iso)
{
  int y = 0, mo = 0, d = 0, h = -1, mi = 0;
  g_autoptr(GDateTime) dt = NULL;
  int n = sscanf (iso, "%4d-%2d-%2dT%2d:%2d", &y, &mo, &d, &h, &mi);

  if (n >= 3 && g_date_valid_dmy (d, mo, y))
    dt = g_date_time_new_utc (y, mo, d, n == 5 ? h : 0, n == 5 ? mi : 0, 0);
  if (dt == NULL)
    return g_strdup (iso);
  if (n == 5)
    /* Translators: the publication date and time in the header, see g_date_time_format() */
    return g_date_time_format (dt, _("%-d %B %Y, %H:%M"));
  /* Translators: the publication date in the header, see g_date_time_format() */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

static char *
format_meta_line (DossierArticle *article)
{
  GString *meta = g_string_new (NULL);
  const char *outlet = dossier_article_get_outlet (article);
  const char *published = dossier_article_get_published (article);
  const char * const *authors = dossier_article_get_authors (article);

  if (outlet != NULL && *outlet != '\0')
    g_string_append (meta, outlet);
  if (published != NULL && *published != '\0')
    {
      g_autofree char *date = format_date (published);

      if (meta->len > 0)
        g_string_append (meta, "  ·  ");
      g_string_append (meta, date);
    }
  if (authors != NULL && authors[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) authors);

      if (meta->len > 0)
        g_string_append (meta, "  ·  ");
      /* Translators: followed by the article's authors */
      g_string_append_printf (meta, _("by %s"), names);
    }
  return g_string_free (meta, FALSE);
}

static gboolean
text_opens_with (const char *text,
                 const char *prefix)
{
  if (text == NULL)
    return FALSE;
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    text += 3;
  while (g_ascii_isspace (*text))
    text++;
  return g_str_has_prefix (text, prefix);
}

static double
layout_header (DossierPrintLayout *self,
               DossierArticle     *article)
{
  g_autofree char *meta = format_meta_line (article);
  PangoLayout *title;
  const char *title_text;
  double y = PAD_TOP;

  /* The text usually opens with its headline, set in bold on the page: the
   * header then names the file rather than print the headline twice. */
  title_text = self->title != NULL && *self->title != '\0' ? self->title : _("Untitled article");
  if (self->title != NULL && *self->title != '\0' && self->source_name != NULL &&
      text_opens_with (dossier_article_get_text (article), self->title))
    title_text = self->source_name;
  title = new_layout (self, UI_FONT " Bold 14", self->content_width, title_text);
  add_block (self, title, 0, PAD_X, y);
  y += layout_height (title) + 3;

  if (*meta != '\0')
    {
      PangoLayout *line = new_layout (self, UI_FONT " 8.5", self->content_width, meta);

      add_block (self, line, 0, PAD_X, y);
      y += layout_height (line);
    }
  y += 5;
  add_rect (self, 0, PAD_X, y, self->content_width, 0.6, 0x8C8C8C);
  return y + 8;
}

static double
layout_legend (DossierPrintLayout        *self,
               const DossierPrintOptions *options,
               double                     y)
{
  static const MarkKind kinds[] = { MARK_PERSON, MARK_ORGANIZATION, MARK_PLACE, MARK_DATE };
  GString *str = g_string_new (NULL);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoLayout *legend, *explain;
  g_autofree char *explanation = NULL;
  guint quote_start, quote_end, number_end;
  PangoRectangle pos, number_pos;
  const char *names[] = { _("Person"), _("Organisation"), _("Place"), _("Date") };

  g_string_append (str, _("Key:"));
  insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, str->len);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      guint s;

      if (self->highlight != DOSSIER_PRINT_HIGHLIGHT_ALL)
        break;
      g_string_append (str, "   ");
      s = str->len;
      g_string_append (str, names[i]);
      insert_mark_attrs (attrs, kinds[i], s, str->len);
    }
  if (self->highlight == DOSSIER_PRINT_HIGHLIGHT_SELECTED)
    {
      guint s;

      g_string_append (str, "   ");
      s = str->len;
      g_string_append (str, dossier_entity_get_name (options->selected));
      insert_mark_attrs (attrs, mark_for_entity_kind (dossier_entity_get_kind (options->selected)),
                         s, str->len);
    }
  g_string_append (str, "    ");
  quote_start = str->len;
  g_string_append (str, "[1]");
  number_end = str->len;
  insert_number_attrs (attrs, quote_start, number_end);
  /* Translators: the sample of a quotation in the legend of the printed copy */
  g_string_append (str, _("“A quotation”"));
  quote_end = str->len;
  if (self->highlight != DOSSIER_PRINT_HIGHLIGHT_NONE)
    insert_mark_attrs (attrs, MARK_QUOTE, number_end, quote_end);

  legend = new_layout (self, UI_FONT " 8.5", self->content_width, str->str);
  pango_layout_set_attributes (legend, attrs);
  pango_attr_list_unref (attrs);
  g_string_free (str, TRUE);
  add_block (self, legend, 0, PAD_X, y);

  /* The quote bar beside the sample quotation, as in the text. */
  pango_layout_index_to_pos (legend, number_end, &pos);
  pango_layout_index_to_pos (legend, quote_start, &number_pos);
  if (self->highlight != DOSSIER_PRINT_HIGHLIGHT_NONE)
    add_rect (self, 0, PAD_X + (double) number_pos.x / PANGO_SCALE - 5,
              y + (double) pos.y / PANGO_SCALE,
              BAR_WIDTH, (double) pos.height / PANGO_SCALE, mark_styles[MARK_QUOTE].mark);
  y += layout_height (legend) + 3;

  switch (self->highlight)
    {
    case DOSSIER_PRINT_HIGHLIGHT_ALL:
      explanation = g_strdup (_("Names are underlined by kind — single: person, double: organisation, "
                                "wavy: place; a line above marks a date. A quotation has a bar in the "
                                "left margin and its number before it."));
      break;
    case DOSSIER_PRINT_HIGHLIGHT_SELECTED:
      /* Translators: %s is the name of the entity the user selected */
      explanation = g_strdup_printf (_("Only %s is highlighted: the name underlined, the quotations "
                                       "with a bar in the left margin."),
                                     dossier_entity_get_name (options->selected));
      break;
    case DOSSIER_PRINT_HIGHLIGHT_NONE:
    default:
      explanation = g_strdup (_("Highlighting is off; each quotation keeps its number."));
      break;
    }
  if (self->margin_notes)
    {
      char *tmp = g_strconcat (explanation, " ",
                               _("The speaker of each quotation is named in the right margin."),
                               NULL);
      g_free (explanation);
      explanation = tmp;
    }
  if (self->appendix)
    {
      char *tmp = g_strconcat (explanation, " ",
                               _("The appendix lists the entities, the quotations by speaker and the timeline."),
                               NULL);
      g_free (explanation);
      explanation = tmp;
    }

  explain = new_layout (self, UI_FONT " 8", self->content_width, explanation);
  add_block (self, explain, 0, PAD_X, y);
  y += layout_height (explain) + 6;
  add_rect (self, 0, PAD_X, y, self->content_width, 0.4, 0xBBBBBB);
  return y + 12;
}

/* The appendix {{{1 */

typedef struct
{
  const char *title;
  double      fraction;
  gboolean    right;
} Column;

typedef struct
{
  const Column *columns;
  guint         n_columns;
  guint         page;
  double        y;
  guint         row;
  char         *group;   /* nullable: the heading a table under it repeats on a new page */
} Table;

static void
appendix_new_page (DossierPrintLayout *self,
                   Table              *t)
{
  t->page++;
  t->y = self->body_top;
}

/* A cell's text on as few lines as it needs: newlines and runs of spaces become one space. */
static char *
flatten_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t' || *p == '\f' || *p == '\v')
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static double
place_row (DossierPrintLayout *self,
           Table              *t,
           const char * const *cells,
           gboolean            header)
{
  PangoLayout *layouts[8];
  double h = 0;
  double x = PAD_X;

  g_assert (t->n_columns <= G_N_ELEMENTS (layouts));

  for (guint c = 0; c < t->n_columns; c++)
    {
      double w = self->content_width * t->columns[c].fraction - 2 * CELL_PAD;

      g_autofree char *flat = flatten_whitespace (cells[c]);

      layouts[c] = new_layout (self, header ? UI_FONT " Bold 8" : UI_FONT " 8", w, flat);
      if (t->columns[c].right)
        pango_layout_set_alignment (layouts[c], PANGO_ALIGN_RIGHT);
      h = MAX (h, layout_height (layouts[c]));
    }
  h += 2 * CELL_PAD;

  if (t->y + h > self->body_bottom)
    {
      appendix_new_page (self, t);
      if (!header && t->group != NULL)
        {
          /* Translators: a heading repeated at the top of the next page */
          g_autofree char *text = g_strdup_printf (_("%s (continued)"), t->group);
          PangoLayout *layout = new_layout (self, UI_FONT " Bold 9", self->content_width, text);

          add_block (self, layout, t->page, PAD_X, t->y);
          t->y += layout_height (layout) + 4;
        }
      if (!header)
        {
          const char *titles[8];

          for (guint c = 0; c < t->n_columns; c++)
            titles[c] = t->columns[c].title;
          place_row (self, t, titles, TRUE);
        }
    }

  if (header)
    add_rect (self, t->page, PAD_X, t->y + h - 0.5, self->content_width, 0.6, 0x8C8C8C);
  else if (t->row++ % 2 == 1)
    add_rect (self, t->page, PAD_X, t->y, self->content_width, h, 0xF0F0F0);

  for (guint c = 0; c < t->n_columns; c++)
    {
      add_block (self, layouts[c], t->page, x + CELL_PAD, t->y + CELL_PAD);
      x += self->content_width * t->columns[c].fraction;
    }
  t->y += h;
  return h;
}

static void
place_heading (DossierPrintLayout *self,
               Table              *t,
               const char         *text,
               const char         *font,
               double              space_before)
{
  PangoLayout *layout = new_layout (self, font, self->content_width, text);
  double h = layout_height (layout);

  if (t->y > self->body_top)
    t->y += space_before;
  /* Keep a heading with at least a few rows of what follows. */
  if (t->y + h + 48 > self->body_bottom)
    appendix_new_page (self, t);
  add_block (self, layout, t->page, PAD_X, t->y);
  t->y += h + 4;
}

static void
start_table (DossierPrintLayout *self,
             Table              *t,
             const Column       *columns,
             guint               n_columns)
{
  const char *titles[8];

  t->columns = columns;
  t->n_columns = n_columns;
  t->row = 0;
  for (guint c = 0; c < n_columns; c++)
    titles[c] = columns[c].title;
  place_row (self, t, titles, TRUE);
}

static char *
first_words (const char *text,
             guint       max_words)
{
  GString *out = g_string_new (NULL);
  guint words = 0;
  gboolean in_space = TRUE;
  const char *p;

  for (p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (!in_space && ++words >= max_words)
            break;
          in_space = TRUE;
          if (out->len > 0)
            g_string_append_c (out, ' ');
          continue;
        }
      in_space = FALSE;
      g_string_append_unichar (out, c);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  if (*p != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  DossierEntity *ea = *(DossierEntity **) a;
  DossierEntity *eb = *(DossierEntity **) b;

  return g_utf8_collate (dossier_entity_get_name (ea), dossier_entity_get_name (eb));
}

static GDateTime *
parse_iso (const char *iso,
           gboolean   *has_time)
{
  int y = 0, mo = 1, d = 1, h = 0, mi = 0;
  int n;

  *has_time = FALSE;
  if (iso == NULL || !g_ascii_isdigit (*iso))
    return NULL;
  n = sscanf (iso, "%4d-%2d-%2dT%2d:%2d", &y, &mo, &d, &h, &mi);
  if (n < 1 || !g_date_valid_dmy (d, mo, y) || h > 23 || mi > 59)
    return NULL;
  *has_time = n >= 4;
  return g_date_time_new_utc (y, mo, d, h, mi, 0);
}

/* An event's date as a reader says it: "2 Nov 2023", "October 2023",
 * "1 Nov 2023, 21:00–23:59"; the ISO text when it is not a plain date. */
static char *
format_event_date (const char         *start,
                   const char         *end,
                   DossierGranularity  granularity)
{
  gboolean start_time, end_time;
  g_autoptr(GDateTime) s = parse_iso (start, &start_time);
  g_autoptr(GDateTime) e = parse_iso (end, &end_time);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (s == NULL)
    {
      if (start == NULL || *start == '\0')
        return g_strdup (_("unknown"));
      if (end != NULL && *end != '\0' && g_strcmp0 (start, end) != 0)
        return g_strdup_printf ("%s – %s", start, end);
      return g_strdup (start);
    }

  switch (granularity)
    {
    case DOSSIER_GRANULARITY_DECADE:
      return g_strdup_printf ("%ds", g_date_time_get_year (s) / 10 * 10);
    case DOSSIER_GRANULARITY_YEAR:
      return g_date_time_format (s, "%Y");
    case DOSSIER_GRANULARITY_QUARTER:
      /* Translators: a quarter of a year in the timeline, e.g. "Q3 2023" */
      return g_strdup_printf (_("Q%d %d"), (g_date_time_get_month (s) - 1) / 3 + 1,
                              g_date_time_get_year (s));
    case DOSSIER_GRANULARITY_MONTH:
      /* Translators: a month in the timeline, see g_date_time_format() */
      return g_date_time_format (s, _("%B %Y"));
    case DOSSIER_GRANULARITY_WEEK:
      first = g_date_time_format (s, _("%-d %b %Y"));
      /* Translators: %s is the first day of the week */
      return g_strdup_printf (_("week of %s"), first);
    case DOSSIER_GRANULARITY_MINUTE:
    case DOSSIER_GRANULARITY_HOUR:
    case DOSSIER_GRANULARITY_PART_OF_DAY:
    case DOSSIER_GRANULARITY_DAY:
    default:
      break;
    }

  /* Translators: a day in the timeline, see g_date_time_format() */
  first = g_date_time_format (s, start_time ? _("%-d %b %Y, %H:%M") : _("%-d %b %Y"));
  if (e == NULL || g_date_time_compare (s, e) == 0)
    return g_steal_pointer (&first);
  if (g_date_time_get_year (s) == g_date_time_get_year (e) &&
      g_date_time_get_day_of_year (s) == g_date_time_get_day_of_year (e))
    {
      if (!end_time)
        return g_steal_pointer (&first);
      last = g_date_time_format (e, "%H:%M");
      return g_strdup_printf ("%s–%s", first, last);
    }
  last = g_date_time_format (e, end_time ? _("%-d %b %Y, %H:%M") : _("%-d %b %Y"));
  return g_strdup_printf ("%s – %s", first, last);
}

/* Timeline order: by date; unknown dates last; the model's order otherwise (stable sort). */
static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const char *da = dossier_event_get_date_start (*(DossierEvent **) a);
  const char *db = dossier_event_get_date_start (*(DossierEvent **) b);
  gboolean ka = da != NULL && g_ascii_isdigit (*da);
  gboolean kb = db != NULL && g_ascii_isdigit (*db);

  if (ka != kb)
    return ka ? -1 : 1;
  if (!ka)
    return 0;
  return strcmp (da, db);
}

static void
layout_appendix (DossierPrintLayout *self,
                 Build              *b)
{
  static const Column entity_columns[] = {
    { N_("Name"), 0.30, FALSE },
    { N_("Kind"), 0.14, FALSE },
    { N_("Aliases"), 0.34, FALSE },
    { N_("Mentions"), 0.11, TRUE },
    { N_("Quotes"), 0.11, TRUE },
  };
  static const Column quote_columns[] = {
    { N_("No."), 0.08, FALSE },
    { N_("First words"), 0.80, FALSE },
    { N_("Page"), 0.12, TRUE },
  };
  static const Column event_columns[] = {
    { N_("Date"), 0.24, FALSE },
    { N_("Precision"), 0.17, FALSE },
    { N_("Event"), 0.59, FALSE },
  };
  Column columns[5];
  g_autoptr(GPtrArray) entities = list_to_array (dossier_article_get_entities (b->article));
  g_autoptr(GPtrArray) events = list_to_array (dossier_article_get_events (b->article));
  g_autoptr(GPtrArray) speakers = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gboolean any_unattributed = FALSE;
  Table t = { NULL, 0, self->n_body_pages - 1, 0, 0, NULL };

  appendix_new_page (self, &t);
  place_heading (self, &t, _("Appendix"), UI_FONT " Bold 14", 0);

  /* The entity index. */
  place_heading (self, &t, _("Entity index"), UI_FONT " Bold 11", 4);
  t.group = g_strdup (_("Entity index"));
  for (guint c = 0; c < G_N_ELEMENTS (entity_columns); c++)
    {
      columns[c] = entity_columns[c];
      columns[c].title = _(entity_columns[c].title);
    }
  if (entities->len == 0)
    place_heading (self, &t, _("No entities were found."), UI_FONT " Italic 8", 0);
  else
    {
      g_ptr_array_sort (entities, compare_entities);
      start_table (self, &t, columns, G_N_ELEMENTS (entity_columns));
    }
  for (guint i = 0; i < entities->len; i++)
    {
      DossierEntity *entity = g_ptr_array_index (entities, i);
      const char * const *alias_list = dossier_entity_get_aliases (entity);
      g_autofree char *aliases = alias_list != NULL ? g_strjoinv (", ", (char **) alias_list)
                                                    : g_strdup ("");
      g_autofree char *mentions = NULL;
      g_autofree char *quotes = NULL;
      guint n_mentions = 0;
      const char *cells[5];

      dossier_entity_get_mentions (entity, &n_mentions);
      mentions = g_strdup_printf ("%u", n_mentions);
      quotes = g_strdup_printf ("%u", dossier_entity_get_n_quotes (entity));
      cells[0] = dossier_entity_get_name (entity);
      cells[1] = entity_kind_label (dossier_entity_get_kind (entity));
      cells[2] = aliases;
      cells[3] = mentions;
      cells[4] = quotes;
      place_row (self, &t, cells, FALSE);
    }

  /* The quotes, grouped by speaker in order of their first quote. */
  place_heading (self, &t, _("Quotes by speaker"), UI_FONT " Bold 11", 14);
  for (guint i = 0; i < b->quotes->len; i++)
    {
      DossierEntity *speaker = dossier_quote_get_speaker (g_ptr_array_index (b->quotes, i));

      if (speaker == NULL)
        any_unattributed = TRUE;
      else if (g_hash_table_add (seen, speaker))
        g_ptr_array_add (speakers, speaker);
    }
  if (b->quotes->len == 0)
    place_heading (self, &t, _("No quotations were found."), UI_FONT " Italic 8", 0);
  if (any_unattributed)
    g_ptr_array_add (speakers, NULL);
  for (guint c = 0; c < G_N_ELEMENTS (quote_columns); c++)
    {
      columns[c] = quote_columns[c];
      columns[c].title = _(quote_columns[c].title);
    }
  for (guint s = 0; s < speakers->len; s++)
    {
      DossierEntity *speaker = g_ptr_array_index (speakers, s);
      g_autofree char *heading = NULL;
      guint count = 0;

      for (guint i = 0; i < b->quotes->len; i++)
        if (dossier_quote_get_speaker (g_ptr_array_index (b->quotes, i)) == speaker)
          count++;
      if (speaker != NULL)
        /* Translators: a speaker's name and the number of their quotations */
        heading = g_strdup_printf (ngettext ("%s — %u quotation",
                                                "%s — %u quotations", count),
                                   dossier_entity_get_name (speaker), count);
      else
        heading = g_strdup_printf (ngettext ("Speaker unknown — %u quotation",
                                                "Speaker unknown — %u quotations", count),
                                   count);
      place_heading (self, &t, heading, UI_FONT " Bold 9", 6);
      g_free (t.group);
      t.group = g_strdup (speaker != NULL ? dossier_entity_get_name (speaker) : _("Speaker unknown"));
      start_table (self, &t, columns, G_N_ELEMENTS (quote_columns));
      for (guint i = 0; i < b->quotes->len; i++)
        {
          DossierQuote *q = g_ptr_array_index (b->quotes, i);
          g_autofree char *number = NULL;
          g_autofree char *words = NULL;
          g_autofree char *page = NULL;
          const char *cells[3];

          if (dossier_quote_get_speaker (q) != speaker)
            continue;
          number = g_strdup_printf ("[%u]", i + 1);
          words = first_words (dossier_quote_get_text (q), 14);
          /* Translators: a page number in the appendix */
          page = g_strdup_printf (_("p. %d"), g_array_index (self->quote_pages, int, i) + 1);
          cells[0] = number;
          cells[1] = words;
          cells[2] = page;
          place_row (self, &t, cells, FALSE);
        }
    }

  /* The timeline. */
  place_heading (self, &t, _("Timeline"), UI_FONT " Bold 11", 14);
  g_free (t.group);
  t.group = g_strdup (_("Timeline"));
  for (guint c = 0; c < G_N_ELEMENTS (event_columns); c++)
    {
      columns[c] = event_columns[c];
      columns[c].title = _(event_columns[c].title);
    }
  g_ptr_array_sort (events, compare_events);
  if (events->len == 0)
    place_heading (self, &t, _("No dated events were found."), UI_FONT " Italic 8", 0);
  else
    start_table (self, &t, columns, G_N_ELEMENTS (event_columns));
  for (guint i = 0; i < events->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (events, i);
      const char *start = dossier_event_get_date_start (event);
      const char *end = dossier_event_get_date_end (event);
      g_autofree char *date = NULL;
      g_autofree char *precision = NULL;
      const char *cells[3];

      date = format_event_date (start, end, dossier_event_get_granularity (event));
      if (dossier_event_get_approximate (event))
        /* Translators: an approximate date's precision, e.g. "day, approximate" */
        precision = g_strdup_printf (_("%s, approximate"),
                                     granularity_label (dossier_event_get_granularity (event)));
      else
        precision = g_strdup (granularity_label (dossier_event_get_granularity (event)));
      cells[0] = date;
      cells[1] = precision;
      cells[2] = dossier_event_get_label (event) != NULL ? dossier_event_get_label (event) : "";
      place_row (self, &t, cells, FALSE);
    }

  self->n_pages = t.page + 1;
  g_free (t.group);
}

/* Public API {{{1 */

DossierPrintLayout *
dossier_print_layout_new (DossierArticle            *article,
                          const DossierPrintOptions *options,
                          PangoContext              *context,
                          double                     page_width,
                          double                     page_height)
{
  DossierPrintLayout *self;
  DossierPrintOptions defaults;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) quote_ranges = NULL;
  g_autoptr(GDateTime) now = NULL;
  Build b = { 0, };
  double header_bottom;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  if (options == NULL)
    {
      dossier_print_options_init (&defaults);
      options = &defaults;
    }

  self = g_new0 (DossierPrintLayout, 1);
  self->context = g_object_ref (context);
  /* Never smaller than a postcard, whatever the page setup says. */
  self->width = MAX (page_width, 2 * PAD_X + 200);
  self->height = MAX (page_height, FOOTER_HEIGHT + 260);
  self->highlight = options->highlight;
  /* As the dialog shows it: with nothing selected, "only the selected" means all. */
  if (self->highlight == DOSSIER_PRINT_HIGHLIGHT_SELECTED && options->selected == NULL)
    self->highlight = DOSSIER_PRINT_HIGHLIGHT_ALL;
  self->margin_notes = options->margin_notes;
  self->appendix = options->appendix;
  self->body_font = g_strdup (options->body_font != NULL ? options->body_font : DEFAULT_BODY_FONT);
  self->source_name = g_strdup (options->source_name);
  self->sha256 = g_strdup (options->sha256);
  if (options->print_date != NULL)
    self->print_date = g_strdup (options->print_date);
  else
    {
      now = g_date_time_new_now_local ();
      self->print_date = g_date_time_format (now, "%Y-%m-%d");
    }
  self->title = g_strdup (dossier_article_get_title (article));
  if (self->title != NULL)
    g_strstrip (self->title);
  if ((self->title == NULL || *self->title == '\0') && self->source_name != NULL)
    {
      g_free (self->title);
      self->title = g_strdup (self->source_name);
    }

  self->paragraphs = g_array_new (FALSE, TRUE, sizeof (Paragraph));
  self->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  self->page_lines = g_array_new (FALSE, TRUE, sizeof (guint));
  self->notes = g_array_new (FALSE, TRUE, sizeof (Note));
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  self->rects = g_array_new (FALSE, TRUE, sizeof (Rect));

  self->content_width = self->width - 2 * PAD_X;
  self->body_x = PAD_X;
  self->body_width = self->content_width;
  if (self->margin_notes)
    self->body_width -= NOTE_WIDTH + NOTE_GAP;

  self->running_header = new_layout (self, UI_FONT " 7.5", self->content_width,
                                     self->title != NULL && *self->title != '\0'
                                       ? self->title : _("Untitled article"));
  pango_layout_set_ellipsize (self->running_header, PANGO_ELLIPSIZE_END);
  self->body_top = PAD_TOP + layout_height (self->running_header) + 16;
  self->body_bottom = self->height - FOOTER_HEIGHT - 8;

  header_bottom = layout_header (self, article);
  self->first_body_top = layout_legend (self, options, header_bottom);
  if (self->first_body_top > self->body_bottom - 40)
    self->first_body_top = self->body_top;

  /* The quotes in text order: their numbers. */
  b.article = article;
  b.quotes = list_to_array (dossier_article_get_quotes (article));
  g_ptr_array_sort (b.quotes, compare_quotes);
  self->quote_pages = g_array_sized_new (FALSE, TRUE, sizeof (int), b.quotes->len);
  g_array_set_size (self->quote_pages, b.quotes->len);
  for (guint i = 0; i < b.quotes->len; i++)
    g_array_index (self->quote_pages, int, i) = -1;

  build_print_text (self, &b);
  split_paragraphs (self);

  spans = g_array_new (FALSE, FALSE, sizeof (Span));
  quote_ranges = g_array_new (FALSE, FALSE, sizeof (Span));
  collect_spans (self, options, &b, spans, quote_ranges);
  layout_paragraphs (self, options, &b, spans);
  paginate_body (self, &b, quote_ranges);
  layout_notes (self, &b);

  self->n_pages = self->n_body_pages;
  if (self->appendix)
    layout_appendix (self, &b);

  build_clear (&b);
  return self;
}

void
dossier_print_layout_free (DossierPrintLayout *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->paragraphs->len; i++)
    g_clear_object (&g_array_index (self->paragraphs, Paragraph, i).layout);
  for (guint i = 0; i < self->notes->len; i++)
    g_clear_object (&g_array_index (self->notes, Note, i).layout);
  for (guint i = 0; i < self->blocks->len; i++)
    g_clear_object (&g_array_index (self->blocks, Block, i).layout);
  g_array_unref (self->paragraphs);
  g_array_unref (self->lines);
  g_array_unref (self->page_lines);
  g_array_unref (self->notes);
  g_array_unref (self->blocks);
  g_array_unref (self->rects);
  g_clear_pointer (&self->quote_pages, g_array_unref);
  g_clear_object (&self->running_header);
  g_clear_object (&self->context);
  g_free (self->text);
  g_free (self->body_font);
  g_free (self->source_name);
  g_free (self->sha256);
  g_free (self->print_date);
  g_free (self->title);
  g_free (self);
}

guint
dossier_print_layout_get_n_pages (DossierPrintLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_pages;
}

guint
dossier_print_layout_get_n_body_pages (DossierPrintLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_body_pages;
}

void
dossier_print_layout_get_body_area (DossierPrintLayout *self,
                                    guint               page,
                                    DossierPrintBox    *area)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (area != NULL);

  area->page = page;
  area->x = PAD_X;
  area->y = page == 0 ? self->first_body_top : self->body_top;
  area->width = self->content_width;
  area->height = self->body_bottom - area->y;
}

guint
dossier_print_layout_get_n_lines (DossierPrintLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->lines->len;
}

void
dossier_print_layout_get_line (DossierPrintLayout *self,
                               guint               line,
                               DossierPrintBox    *box)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (line < self->lines->len);

  *box = g_array_index (self->lines, Line, line).box;
}

guint
dossier_print_layout_get_line_paragraph (DossierPrintLayout *self,
                                         guint               line)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (line < self->lines->len, 0);

  return g_array_index (self->lines, Line, line).para;
}

void
dossier_print_layout_get_page_lines (DossierPrintLayout *self,
                                     guint               page,
                                     guint              *first,
                                     guint              *n_lines)
{
  guint f = 0, e = 0;

  g_return_if_fail (self != NULL);

  if (page < self->page_lines->len)
    {
      f = g_array_index (self->page_lines, guint, page);
      e = page + 1 < self->page_lines->len ? g_array_index (self->page_lines, guint, page + 1)
                                           : self->lines->len;
    }
  if (first != NULL)
    *first = f;
  if (n_lines != NULL)
    *n_lines = e - f;
}

guint
dossier_print_layout_get_n_notes (DossierPrintLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->notes->len;
}

void
dossier_print_layout_get_note (DossierPrintLayout *self,
                               guint               note,
                               DossierPrintBox    *box,
                               guint              *quote_number)
{
  const Note *n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (note < self->notes->len);

  n = &g_array_index (self->notes, Note, note);
  if (box != NULL)
    *box = n->box;
  if (quote_number != NULL)
    *quote_number = n->quote_number;
}

int
dossier_print_layout_get_quote_page (DossierPrintLayout *self,
                                     guint               quote_number)
{
  g_return_val_if_fail (self != NULL, -1);

  if (quote_number == 0 || quote_number > self->quote_pages->len)
    return -1;
  return g_array_index (self->quote_pages, int, quote_number - 1);
}

/* Drawing {{{1 */

static void
draw_quote_bars (DossierPrintLayout *self,
                 cairo_t            *cr,
                 guint               first,
                 guint               n_lines)
{
  double x = self->body_x - BAR_OFFSET;

  set_source_rgb (cr, mark_styles[MARK_QUOTE].mark);
  for (guint i = first; i < first + n_lines; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      const Line *next = i + 1 < first + n_lines ? &g_array_index (self->lines, Line, i + 1) : NULL;
      double bottom = line->box.y + line->box.height;

      if (!line->in_quote)
        continue;
      /* Bridge the leading to the next line of the same quotation. */
      if (next != NULL && next->in_quote && next->para == line->para)
        bottom = next->box.y;
      cairo_rectangle (cr, x, line->box.y, BAR_WIDTH, bottom - line->box.y);
    }
  cairo_fill (cr);
}

static void
draw_footer (DossierPrintLayout *self,
             cairo_t            *cr,
             guint               page)
{
  g_autoptr(GString) left = g_string_new (NULL);
  g_autofree char *right = NULL;
  PangoLayout *layout;
  double y = self->height - FOOTER_HEIGHT + 6;

  cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
  cairo_rectangle (cr, PAD_X, y, self->content_width, 0.5);
  cairo_fill (cr);

  if (self->source_name != NULL)
    g_string_append (left, self->source_name);
  if (self->sha256 != NULL && *self->sha256 != '\0')
    {
      g_autofree char *short_sum = g_strndup (self->sha256, 12);

      if (left->len > 0)
        g_string_append (left, "  ·  ");
      /* Translators: the first characters of the source file's checksum */
      g_string_append_printf (left, _("SHA-256 %s"), short_sum);
    }
  if (left->len > 0)
    g_string_append (left, "  ·  ");
  /* Translators: %s is today's date */
  g_string_append_printf (left, _("printed %s"), self->print_date);

  /* Translators: the page number in the footer of the printed copy */
  right = g_strdup_printf (_("page %u of %u"), page + 1, self->n_pages);

  cairo_set_source_rgb (cr, META_GREY, META_GREY, META_GREY);
  layout = new_layout (self, UI_FONT " 7", self->content_width * 0.75, left->str);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  cairo_move_to (cr, PAD_X, y + 4);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  layout = new_layout (self, UI_FONT " 7", self->content_width * 0.25, right);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, PAD_X + self->content_width * 0.75, y + 4);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

void
dossier_print_layout_draw_page (DossierPrintLayout *self,
                                cairo_t            *cr,
                                guint               page)
{
  guint first = 0, n_lines = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);

  if (page > 0)
    {
      double y = PAD_TOP;

      cairo_set_source_rgb (cr, META_GREY, META_GREY, META_GREY);
      cairo_move_to (cr, PAD_X, y);
      pango_cairo_show_layout (cr, self->running_header);
      y += layout_height (self->running_header) + 4;
      cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
      cairo_rectangle (cr, PAD_X, y, self->content_width, 0.5);
      cairo_fill (cr);
    }

  for (guint i = 0; i < self->rects->len; i++)
    {
      const Rect *rect = &g_array_index (self->rects, Rect, i);

      if (rect->box.page != page)
        continue;
      set_source_rgb (cr, rect->color);
      cairo_rectangle (cr, rect->box.x, rect->box.y, rect->box.width, rect->box.height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->box.page != page)
        continue;
      cairo_move_to (cr, block->box.x, block->box.y);
      pango_cairo_show_layout (cr, block->layout);
    }

  dossier_print_layout_get_page_lines (self, page, &first, &n_lines);
  draw_quote_bars (self, cr, first, n_lines);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = first; i < first + n_lines; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);

      cairo_move_to (cr, line->box.x + line->x_offset, line->baseline);
      pango_cairo_show_layout_line (cr, line->line);
    }

  for (guint i = 0; i < self->notes->len; i++)
    {
      const Note *note = &g_array_index (self->notes, Note, i);

      if (note->box.page != page)
        continue;
      /* A note pushed away from its quote gets a thin leader back to it. */
      if (fabs (note->box.y + note->baseline - note->anchor) > 1.0)
        {
          double x0 = self->body_x + self->body_width + 2;
          double x1 = note->box.x - 3;
          double y0 = note->anchor - 3;
          double y1 = note->box.y + note->baseline - 3;

          cairo_set_source_rgb (cr, RULE_GREY, RULE_GREY, RULE_GREY);
          cairo_set_line_width (cr, 0.4);
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x0 + (x1 - x0) * 0.35, y0);
          cairo_line_to (cr, x1 - (x1 - x0) * 0.25, y1);
          cairo_line_to (cr, x1, y1);
          cairo_stroke (cr);
        }
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      cairo_move_to (cr, note->box.x, note->box.y);
      pango_cairo_show_layout (cr, note->layout);
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}
