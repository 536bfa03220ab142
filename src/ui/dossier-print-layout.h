/* dossier-print-layout.h — the pages of the annotated copy, as a pure function
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
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "dossier-article.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_PRINT_HIGHLIGHT_ALL,
  DOSSIER_PRINT_HIGHLIGHT_SELECTED,
  DOSSIER_PRINT_HIGHLIGHT_NONE,
} DossierPrintHighlight;

typedef struct
{
  DossierPrintHighlight  highlight;
  DossierEntity         *selected;      /* borrowed, nullable: for HIGHLIGHT_SELECTED */
  gboolean               margin_notes;  /* the speaker's name beside each quote */
  gboolean               appendix;      /* entity index, quotes by speaker, timeline */
  const char            *body_font;     /* nullable: a Pango font description */
  const char            *source_name;   /* nullable: the file name in the footer */
  const char            *sha256;        /* nullable: its checksum (the first 12 hex are shown) */
  const char            *print_date;    /* nullable: today */
} DossierPrintOptions;

void                 dossier_print_options_init            (DossierPrintOptions *options);
const char          *dossier_print_highlight_to_string     (DossierPrintHighlight highlight);
DossierPrintHighlight dossier_print_highlight_from_string  (const char          *str);

typedef struct _DossierPrintLayout DossierPrintLayout;

/* A box on a page, in points from the top left corner of the printable area. */
typedef struct
{
  guint  page;
  double x;
  double y;
  double width;
  double height;
} DossierPrintBox;

/* Lays out the whole copy: the body lines on pages (never splitting a
 * line), the margin notes (never overlapping), the legend, the appendix.
 * Depends only on its arguments: @context must be a PangoCairo context
 * whose resolution makes one unit one point (GtkPrintContext's is). */
DossierPrintLayout  *dossier_print_layout_new              (DossierArticle            *article,
                                                            const DossierPrintOptions *options,
                                                            PangoContext              *context,
                                                            double                     page_width,
                                                            double                     page_height);
void                 dossier_print_layout_free             (DossierPrintLayout        *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPrintLayout, dossier_print_layout_free)

guint                dossier_print_layout_get_n_pages      (DossierPrintLayout        *self);
/* The pages holding the article text (the appendix follows them). */
guint                dossier_print_layout_get_n_body_pages (DossierPrintLayout        *self);
/* The area the body lines and notes must stay inside, on @page. */
void                 dossier_print_layout_get_body_area    (DossierPrintLayout        *self,
                                                            guint                      page,
                                                            DossierPrintBox           *area);

/* Body lines (every line of every paragraph, in text order). */
guint                dossier_print_layout_get_n_lines      (DossierPrintLayout        *self);
void                 dossier_print_layout_get_line         (DossierPrintLayout        *self,
                                                            guint                      line,
                                                            DossierPrintBox           *box);
/* The paragraph (0-based, counting only non-empty ones) @line belongs to. */
guint                dossier_print_layout_get_line_paragraph (DossierPrintLayout      *self,
                                                              guint                    line);
/* The lines on @page: [*first, *first + *n_lines). */
void                 dossier_print_layout_get_page_lines   (DossierPrintLayout        *self,
                                                            guint                      page,
                                                            guint                     *first,
                                                            guint                     *n_lines);

/* Margin notes, one for each quote with a speaker, in text order. */
guint                dossier_print_layout_get_n_notes      (DossierPrintLayout        *self);
void                 dossier_print_layout_get_note         (DossierPrintLayout        *self,
                                                            guint                      note,
                                                            DossierPrintBox           *box,
                                                            guint                     *quote_number);

/* The page (0-based) where quote number @quote_number (1-based, text
 * order) begins, or -1. */
int                  dossier_print_layout_get_quote_page   (DossierPrintLayout        *self,
                                                            guint                      quote_number);

/* Draws @page (0-based) on @cr, whose user space is the printable area in points. */
void                 dossier_print_layout_draw_page        (DossierPrintLayout        *self,
                                                            cairo_t                   *cr,
                                                            guint                      page);

G_END_DECLS
