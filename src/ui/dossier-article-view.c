/* dossier-article-view.c — the article text with its annotations as tags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-article-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-article-view.h"
#include "dossier-style.h"

/* Comfortable reading: about this many characters a line at most. */
#define MAX_LINE_CHARS   78
#define MIN_SIDE_MARGIN  24
/* Time budget of one idle step applying tags (microseconds). */
#define APPLY_BUDGET_US  6000
/* Above this many characters, tags go on a copy off screen (no re-layout per tag). */
#define OFFSCREEN_CHARS  100000
/* A long text goes into a buffer this many bytes at a time. */
#define FEED_BYTES       (192 * 1024)

typedef enum
{
  SPAN_PERSON = DOSSIER_MARK_PERSON,
  SPAN_ORGANIZATION = DOSSIER_MARK_ORGANIZATION,
  SPAN_PLACE = DOSSIER_MARK_PLACE,
  SPAN_OTHER = DOSSIER_MARK_OTHER,
  SPAN_DATE = DOSSIER_MARK_DATE,
  SPAN_QUOTE = DOSSIER_MARK_QUOTE,
} SpanType;

typedef struct
{
  guint    start;
  guint    end;
  guint    type;
  gpointer object; /* borrowed from the article: DossierEntity, DossierQuote or DossierTimex */
} Span;

struct _DossierArticleView
{
  GtkTextView      parent_instance;

  DossierDocument *document;
  DossierArticle  *article;

  GtkTextTag      *mark_tags[DOSSIER_N_MARKS];
  GtkTextTag      *selected_quote_tag;
  GtkTextTag      *current_quote_tag;
  GtkTextTag      *selected_mention_tag;
  GtkTextTag      *current_mention_tag;
  GtkTextTag      *selected_event_tag;
  GtkTextMark     *scroll_mark;

  GArray          *mentions;  /* Span, entity mentions sorted by start */
  GArray          *quotes;    /* Span, quotes sorted by start */
  GArray          *pending;   /* Span, everything to tag, sorted by start */
  GtkTextBuffer   *pending_buffer; /* a long article is tagged off screen, then swapped in */
  GtkTextBuffer   *feed_buffer;    /* a long text goes in by pieces: into this buffer */
  gsize            feed_pos;       /* bytes of the article text inserted so far */
  guint            pending_pos;
  guint            apply_source;
  guint            margin_source;
  int              side_margin;

  guint            annotated : 1;
  guint            colours_set : 1;
  guint            dark : 1;
  guint            high_contrast : 1;
};

G_DEFINE_FINAL_TYPE (DossierArticleView, dossier_article_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ANNOTATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const mark_tag_names[DOSSIER_N_MARKS] = {
  "person", "organization", "place", "other", "date", "quote",
};

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end > sb->end ? -1 : 1;
  return 0;
}

/* The span of @array containing @offset (the innermost/last starting one), or NULL. */
static const Span *
find_span (GArray *array,
           guint   offset)
{
  guint lo = 0, hi;
  int i;

  if (array == NULL || array->len == 0)
    return NULL;

  hi = array->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (array, Span, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* lo is the first span starting after offset; look back a little for nesting. */
  for (i = (int) lo - 1; i >= 0 && i >= (int) lo - 8; i--)
    {
      const Span *span = &g_array_index (array, Span, i);

      if (span->start <= offset && offset < span->end)
        return span;
    }
  return NULL;
}

static void
update_tag_colours (DossierArticleView *self)
{
  gboolean dark = dossier_style_is_dark ();
  gboolean high_contrast = dossier_style_is_high_contrast ();
  GdkRGBA rgba;
  guint i;

  /* Changing a tag re-lays out all its text: only when the theme changed. */
  if (self->colours_set && self->dark == dark && self->high_contrast == high_contrast)
    return;
  self->colours_set = TRUE;
  self->dark = dark;
  self->high_contrast = high_contrast;

  for (i = 0; i < DOSSIER_N_MARKS; i++)
    {
      dossier_style_get_background (i, dark, &rgba);
      g_object_set (self->mark_tags[i],
                    "background-rgba", high_contrast ? NULL : &rgba,
                    NULL);
      dossier_style_get_accent (i, dark, &rgba);
      if (i <= DOSSIER_MARK_OTHER)
        g_object_set (self->mark_tags[i], "underline-rgba", &rgba, NULL);
      else if (i == DOSSIER_MARK_DATE)
        g_object_set (self->mark_tags[i], "overline-rgba", &rgba, NULL);
    }

  /* The selection is a stronger mark of the same hue, stacked on top. */
  gdk_rgba_parse (&rgba, dark ? "#1F5F73" : "#A8E1F7");
  g_object_set (self->selected_quote_tag, "background-rgba", &rgba, NULL);
  gdk_rgba_parse (&rgba, dark ? "#2F8FB3" : "#5CC8F2");
  g_object_set (self->current_quote_tag, "background-rgba", &rgba, NULL);
  gdk_rgba_parse (&rgba, dark ? "rgba(238,119,51,0.35)" : "rgba(238,119,51,0.22)");
  g_object_set (self->selected_event_tag, "paragraph-background-rgba", &rgba, NULL);
}

static void
create_tags (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  static const PangoUnderline underlines[] = {
    /* Other: a low line, apart from the person's single one. */
    PANGO_UNDERLINE_SINGLE, PANGO_UNDERLINE_DOUBLE, PANGO_UNDERLINE_ERROR, PANGO_UNDERLINE_LOW,
  };
  guint i;

  /* Priority follows creation order: the paragraph mark of an event first,
   * then dates, quotes and the quote selection, with entities on top so a
   * name inside a quote keeps its colour and underline. */
  self->selected_event_tag = gtk_text_buffer_create_tag (buffer, "selected-event", NULL);
  self->mark_tags[DOSSIER_MARK_DATE] =
    gtk_text_buffer_create_tag (buffer, "date", "overline", PANGO_OVERLINE_SINGLE, NULL);
  self->mark_tags[DOSSIER_MARK_QUOTE] =
    gtk_text_buffer_create_tag (buffer, "quote", "style", PANGO_STYLE_ITALIC, NULL);
  self->selected_quote_tag = gtk_text_buffer_create_tag (buffer, "selected-quote", NULL);
  self->current_quote_tag = gtk_text_buffer_create_tag (buffer, "current-quote", NULL);
  for (i = DOSSIER_MARK_PERSON; i <= DOSSIER_MARK_OTHER; i++)
    self->mark_tags[i] = gtk_text_buffer_create_tag (buffer, mark_tag_names[i],
                                                     "underline", underlines[i],
                                                     NULL);
  self->selected_mention_tag = gtk_text_buffer_create_tag (buffer, "selected-mention",
                                                           "weight", PANGO_WEIGHT_BOLD,
                                                           NULL);
  self->current_mention_tag = gtk_text_buffer_create_tag (buffer, "current-mention",
                                                          "weight", PANGO_WEIGHT_BOLD,
                                                          NULL);
  update_tag_colours (self);
}

static void
scroll_to_offset_aligned (DossierArticleView *self,
                          guint               offset,
                          double              yalign)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  if (self->scroll_mark == NULL)
    self->scroll_mark = gtk_text_buffer_create_mark (buffer, NULL, &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, self->scroll_mark, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), self->scroll_mark, 0.0, TRUE, 0.0, yalign);
}

static void
scroll_to_offset (DossierArticleView *self,
                  guint               offset)
{
  scroll_to_offset_aligned (self, offset, 0.3);
}

static void
apply_tag_range (DossierArticleView *self,
                 GtkTextTag         *tag,
                 guint               start,
                 guint               end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, (int) end);
  gtk_text_buffer_apply_tag (buffer, tag, &s, &e);
}

static void
remove_tag_everywhere (DossierArticleView *self,
                       GtkTextTag         *tag)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  gtk_text_buffer_get_bounds (buffer, &s, &e);
  gtk_text_buffer_remove_tag (buffer, tag, &s, &e);
}

static gboolean
entity_in_article (DossierArticleView *self,
                   DossierEntity      *entity)
{
  GListModel *entities;
  guint i, n;

  if (self->article == NULL || entity == NULL)
    return FALSE;
  entities = dossier_article_get_entities (self->article);
  n = g_list_model_get_n_items (entities);
  for (i = 0; i < n; i++)
    {
      g_autoptr(DossierEntity) e = g_list_model_get_item (entities, i);

      if (e == entity)
        return TRUE;
    }
  return FALSE;
}

static void
show_selected_entity (DossierArticleView *self,
                      gboolean            scroll)
{
  DossierEntity *entity;
  g_autoptr(GPtrArray) quotes = NULL;
  const DossierSpan *mentions;
  guint n_mentions = 0;
  guint i;
  guint first = G_MAXUINT;

  remove_tag_everywhere (self, self->selected_quote_tag);
  remove_tag_everywhere (self, self->selected_mention_tag);
  remove_tag_everywhere (self, self->current_mention_tag);

  if (self->document == NULL || !self->annotated)
    return;
  entity = dossier_document_get_selected_entity (self->document);
  if (!entity_in_article (self, entity))
    return;

  quotes = dossier_article_get_quotes_by (self->article, entity);
  for (i = 0; quotes != NULL && i < quotes->len; i++)
    {
      DossierQuote *quote = g_ptr_array_index (quotes, i);

      apply_tag_range (self, self->selected_quote_tag,
                       dossier_quote_get_start (quote), dossier_quote_get_end (quote));
      first = MIN (first, dossier_quote_get_start (quote));
    }

  mentions = dossier_entity_get_mentions (entity, &n_mentions);
  for (i = 0; i < n_mentions; i++)
    {
      apply_tag_range (self, self->selected_mention_tag, mentions[i].start, mentions[i].end);
      if (quotes == NULL || quotes->len == 0)
        first = MIN (first, mentions[i].start);
    }

  /* The current quote, when one is selected, is scrolled to by its own handler. */
  if (scroll && first != G_MAXUINT && dossier_document_get_selected_quote (self->document) == NULL)
    scroll_to_offset (self, first);
}

/**
 * dossier_article_view_show_mention:
 * @self: a #DossierArticleView
 * @start: start of the mention (character offset)
 * @end: its end; equal to @start to clear
 *
 * Marks one mention of the selected entity as the current one (a stronger
 * background of the entity's own hue) and scrolls it into view, as j/k do
 * for an entity without quotes.
 */
void
dossier_article_view_show_mention (DossierArticleView *self,
                                   guint               start,
                                   guint               end)
{
  DossierEntity *entity;
  GdkRGBA rgba;

  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));

  remove_tag_everywhere (self, self->current_mention_tag);
  if (end <= start || self->document == NULL || !self->annotated || self->article == NULL)
    return;
  if (end > dossier_article_get_length (self->article))
    return;
  entity = dossier_document_get_selected_entity (self->document);
  if (entity != NULL)
    {
      dossier_style_get_accent (dossier_style_mark_for_kind (dossier_entity_get_kind (entity)),
                                dossier_style_is_dark (), &rgba);
      rgba.alpha = 0.45f;
      g_object_set (self->current_mention_tag, "background-rgba", &rgba, NULL);
    }
  apply_tag_range (self, self->current_mention_tag, start, end);
  scroll_to_offset (self, start);
}

static void
show_selected_quote (DossierArticleView *self,
                     gboolean            scroll)
{
  DossierQuote *quote;

  remove_tag_everywhere (self, self->current_quote_tag);
  if (self->document == NULL || !self->annotated)
    return;
  quote = dossier_document_get_selected_quote (self->document);
  if (quote == NULL || self->article == NULL)
    return;
  if (dossier_quote_get_end (quote) > dossier_article_get_length (self->article))
    return;

  apply_tag_range (self, self->current_quote_tag,
                   dossier_quote_get_start (quote), dossier_quote_get_end (quote));
  if (scroll)
    scroll_to_offset (self, dossier_quote_get_start (quote));
}

static void
show_selected_event (DossierArticleView *self,
                     gboolean            scroll)
{
  DossierEvent *event;
  guint start, end;

  remove_tag_everywhere (self, self->selected_event_tag);
  if (self->document == NULL || !self->annotated || self->article == NULL)
    return;
  event = dossier_document_get_selected_event (self->document);
  if (event == NULL)
    return;

  start = dossier_event_get_sentence_start (event);
  end = dossier_event_get_sentence_end (event);
  if (end <= start || end > dossier_article_get_length (self->article))
    return;

  apply_tag_range (self, self->selected_event_tag, start, end);
  if (scroll)
    scroll_to_offset (self, start);
}

static void
on_document_selected_entity_cb (DossierArticleView *self)
{
  show_selected_entity (self, TRUE);
}

static void
on_document_selected_quote_cb (DossierArticleView *self)
{
  show_selected_quote (self, TRUE);
}

static void
on_document_selected_event_cb (DossierArticleView *self)
{
  show_selected_event (self, TRUE);
}

static void
set_annotated (DossierArticleView *self,
               gboolean            annotated)
{
  if (self->annotated == !!annotated)
    return;
  self->annotated = !!annotated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATED]);
}

static gboolean
profile_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  static gboolean printed;

  /* The frame that paints the annotations. */
  if (!printed)
    g_printerr ("dossier-profile: annotated article on screen %.1f ms after launch\n",
                (g_get_monotonic_time () - dossier_style_profile_start ()) / 1000.0);
  printed = TRUE;
  return G_SOURCE_REMOVE;
}

static void
swap_in_pending_buffer (DossierArticleView *self)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GdkRectangle visible;
  GtkTextIter iter;
  int top;

  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_at_location (text_view, &iter, visible.x, visible.y);
  top = gtk_text_iter_get_offset (&iter);

  self->scroll_mark = NULL;  /* it went with the old buffer */
  gtk_text_view_set_buffer (text_view, self->pending_buffer);
  g_clear_object (&self->pending_buffer);

  /* The cursor where the reader is: anywhere else, the view would jump. */
  buffer = gtk_text_view_get_buffer (text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, top);
  gtk_text_buffer_place_cursor (buffer, &iter);
  if (top > 0)
    scroll_to_offset_aligned (self, (guint) top, 0.0);
}

/* Inserts the next pieces of the text; returns TRUE when some are left. */
static gboolean
feed_text_step (DossierArticleView *self,
                gint64              deadline)
{
  const char *text = dossier_article_get_text (self->article);
  gsize length = strlen (text);

  while (self->feed_pos < length)
    {
      gsize end = MIN (self->feed_pos + FEED_BYTES, length);
      const char *cut;
      GtkTextIter iter;

      /* Cut after a newline, else at a character boundary. */
      if (end < length)
        {
          for (cut = text + end - 1; cut > text + self->feed_pos && *cut != '\n'; cut--)
            ;
          if (*cut == '\n')
            end = (gsize) (cut - text) + 1;
          else
            end = (gsize) (g_utf8_find_prev_char (text + self->feed_pos, text + end) - text);
          if (end <= self->feed_pos)
            end = MIN (self->feed_pos + FEED_BYTES, length);
        }
      gtk_text_buffer_get_end_iter (self->feed_buffer, &iter);
      gtk_text_buffer_insert (self->feed_buffer, &iter, text + self->feed_pos,
                              (int) (end - self->feed_pos));
      if (self->feed_pos == 0)
        {
          /* Keep the cursor at the top: a cursor at the end would make the
           * view lay out the whole text to show it. */
          gtk_text_buffer_get_start_iter (self->feed_buffer, &iter);
          gtk_text_buffer_place_cursor (self->feed_buffer, &iter);
        }
      self->feed_pos = end;
      if (g_get_monotonic_time () > deadline)
        return self->feed_pos < length;
    }
  self->feed_buffer = NULL;
  return FALSE;
}

/* Applies tags for a few milliseconds; returns TRUE when some are left. */
static gboolean
apply_pending_step (DossierArticleView *self)
{
  GtkTextBuffer *buffer = self->pending_buffer != NULL
                          ? self->pending_buffer
                          : gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gint64 deadline = g_get_monotonic_time () + APPLY_BUDGET_US;
  GtkTextIter s, e;

  if (self->feed_buffer != NULL && feed_text_step (self, deadline))
    return TRUE;
  if (g_get_monotonic_time () > deadline)
    return TRUE;

  gtk_text_buffer_get_start_iter (buffer, &s);
  while (self->pending_pos < self->pending->len)
    {
      const Span *span = &g_array_index (self->pending, Span, self->pending_pos++);

      gtk_text_iter_set_offset (&s, (int) span->start);
      e = s;
      gtk_text_iter_set_offset (&e, (int) span->end);
      gtk_text_buffer_apply_tag (buffer, self->mark_tags[span->type], &s, &e);

      if ((self->pending_pos & 63) == 0 && g_get_monotonic_time () > deadline)
        return TRUE;
    }

  g_clear_pointer (&self->pending, g_array_unref);
  self->pending_pos = 0;
  if (self->pending_buffer != NULL)
    swap_in_pending_buffer (self);
  set_annotated (self, TRUE);

  if (dossier_style_profile_start () != 0 && self->article != NULL &&
      g_list_model_get_n_items (dossier_article_get_entities (self->article)) > 0)
    gtk_widget_add_tick_callback (GTK_WIDGET (self), profile_tick_cb, NULL, NULL);

  show_selected_entity (self, TRUE);
  show_selected_quote (self, TRUE);
  show_selected_event (self, TRUE);
  return FALSE;
}

static gboolean
apply_pending_cb (gpointer user_data)
{
  DossierArticleView *self = user_data;

  if (apply_pending_step (self))
    return G_SOURCE_CONTINUE;
  self->apply_source = 0;
  return G_SOURCE_REMOVE;
}

static void
collect_spans (DossierArticleView *self)
{
  GListModel *model;
  guint length = dossier_article_get_length (self->article);
  guint i, n;

  self->mentions = g_array_new (FALSE, FALSE, sizeof (Span));
  self->quotes = g_array_new (FALSE, FALSE, sizeof (Span));
  self->pending = g_array_new (FALSE, FALSE, sizeof (Span));

  model = dossier_article_get_entities (self->article);
  n = g_list_model_get_n_items (model);
  for (i = 0; i < n; i++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (model, i);
      guint type = dossier_style_mark_for_kind (dossier_entity_get_kind (entity));
      const DossierSpan *mentions;
      guint n_mentions = 0, j;

      mentions = dossier_entity_get_mentions (entity, &n_mentions);
      for (j = 0; j < n_mentions; j++)
        {
          Span span = { mentions[j].start, mentions[j].end, type, entity };

          if (span.end <= span.start || span.end > length)
            continue;
          g_array_append_val (self->mentions, span);
        }
    }

  model = dossier_article_get_quotes (self->article);
  n = g_list_model_get_n_items (model);
  for (i = 0; i < n; i++)
    {
      g_autoptr(DossierQuote) quote = g_list_model_get_item (model, i);
      Span span = { dossier_quote_get_start (quote), dossier_quote_get_end (quote),
                    SPAN_QUOTE, quote };

      if (span.end <= span.start || span.end > length)
        continue;
      g_array_append_val (self->quotes, span);
    }

  g_array_append_vals (self->pending, self->mentions->data, self->mentions->len);
  g_array_append_vals (self->pending, self->quotes->data, self->quotes->len);

  model = dossier_article_get_timexes (self->article);
  n = g_list_model_get_n_items (model);
  for (i = 0; i < n; i++)
    {
      g_autoptr(DossierTimex) timex = g_list_model_get_item (model, i);
      Span span = { dossier_timex_get_start (timex), dossier_timex_get_end (timex),
                    SPAN_DATE, timex };

      if (span.end <= span.start || span.end > length)
        continue;
      g_array_append_val (self->pending, span);
    }

  g_array_sort (self->mentions, compare_spans);
  g_array_sort (self->quotes, compare_spans);
  g_array_sort (self->pending, compare_spans);
}

static void
clear_annotations (DossierArticleView *self)
{
  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_object (&self->pending_buffer);
  self->feed_buffer = NULL;
  self->feed_pos = 0;
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->quotes, g_array_unref);
  self->pending_pos = 0;
  set_annotated (self, FALSE);
}

static void
on_document_article_cb (DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  DossierArticle *article = NULL;
  GtkTextIter start, end;
  gboolean same_text, large;

  if (self->document != NULL)
    article = dossier_document_get_article (self->document);
  if (article == self->article && self->article != NULL)
    return;

  clear_annotations (self);

  same_text = article != NULL && self->article != NULL &&
              dossier_article_get_length (article) == dossier_article_get_length (self->article) &&
              strcmp (dossier_article_get_text (article),
                      dossier_article_get_text (self->article)) == 0;
  g_set_object (&self->article, article);

  if (article == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  collect_spans (self);
  large = dossier_article_get_length (article) > OFFSCREEN_CHARS;

  if (large && self->pending->len > 0)
    {
      /* Tagging the buffer on screen would re-lay it out after every step:
       * tag a copy off screen, then swap it in. */
      self->pending_buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (buffer));
      self->feed_buffer = self->pending_buffer;
      if (!same_text)
        gtk_text_buffer_set_text (buffer, "", 0);
    }
  else if (same_text)
    {
      /* The analysis of the text already shown: keep the scroll position. */
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_all_tags (buffer, &start, &end);
    }
  else if (large)
    {
      /* A long text goes in by pieces so the window stays live. */
      gtk_text_buffer_set_text (buffer, "", 0);
      self->feed_buffer = buffer;
    }
  else
    {
      gtk_text_buffer_set_text (buffer, dossier_article_get_text (article), -1);
      gtk_text_buffer_get_start_iter (buffer, &start);
      gtk_text_buffer_place_cursor (buffer, &start);
    }

  /* Tags go on in short steps so a long article never blocks input; just
   * after redraws, before the text view's own layout work, which would
   * otherwise lay out the whole text first. */
  if (apply_pending_step (self))
    {
      self->apply_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 1, apply_pending_cb,
                                            self, NULL);
      g_source_set_name_by_id (self->apply_source, "[dossier] apply article tags");
    }
}

gboolean
dossier_article_view_activate_at_iter (DossierArticleView *self,
                                       const GtkTextIter  *iter)
{
  guint offset;
  const Span *mention;
  const Span *quote;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (iter != NULL, FALSE);

  if (self->document == NULL || !self->annotated)
    return FALSE;

  offset = (guint) gtk_text_iter_get_offset (iter);
  mention = find_span (self->mentions, offset);
  quote = find_span (self->quotes, offset);

  if (mention != NULL)
    {
      DossierEntity *entity = mention->object;

      if (dossier_document_get_selected_entity (self->document) == entity)
        return FALSE;
      dossier_document_set_selected_entity (self->document, entity);
      return TRUE;
    }
  if (quote != NULL)
    {
      DossierQuote *q = quote->object;
      DossierEntity *speaker = dossier_quote_get_speaker (q);

      if (dossier_document_get_selected_quote (self->document) == q)
        return FALSE;
      if (speaker != NULL)
        dossier_document_set_selected_entity (self->document, speaker);
      dossier_document_set_selected_quote (self->document, q);
      return TRUE;
    }
  return FALSE;
}

char *
dossier_article_view_dup_tooltip_at (DossierArticleView *self,
                                     const GtkTextIter  *iter)
{
  guint offset;
  const Span *mention;
  const Span *quote;
  GString *str;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);

  if (!self->annotated)
    return NULL;

  offset = (guint) gtk_text_iter_get_offset (iter);
  mention = find_span (self->mentions, offset);
  quote = find_span (self->quotes, offset);
  if (mention == NULL && quote == NULL)
    return NULL;

  str = g_string_new (NULL);
  if (mention != NULL)
    {
      DossierEntity *entity = mention->object;
      const char *role = dossier_entity_get_role (entity);
      guint n_mentions = 0;

      dossier_entity_get_mentions (entity, &n_mentions);
      g_string_append (str, dossier_entity_get_name (entity));
      g_string_append_c (str, '\n');
      g_string_append (str, dossier_style_kind_label (dossier_entity_get_kind (entity)));
      if (role != NULL && *role != '\0')
        g_string_append_printf (str, " · %s", role);
      g_string_append_c (str, '\n');
      g_string_append_printf (str, ngettext ("%u mention", "%u mentions", n_mentions), n_mentions);
      g_string_append (str, ", ");
      g_string_append_printf (str, ngettext ("%u quote", "%u quotes",
                                             dossier_entity_get_n_quotes (entity)),
                              dossier_entity_get_n_quotes (entity));
    }
  if (quote != NULL)
    {
      DossierEntity *speaker = dossier_quote_get_speaker (quote->object);

      if (str->len > 0)
        g_string_append (str, "\n\n");
      if (speaker != NULL)
        g_string_append_printf (str, _("Quote by %s"), dossier_entity_get_name (speaker));
      else
        g_string_append (str, _("Quote, speaker unknown"));
    }
  return g_string_free (str, FALSE);
}

static gboolean
iter_at_widget_point (DossierArticleView *self,
                      double              x,
                      double              y,
                      GtkTextIter        *iter)
{
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  return gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), iter, bx, by);
}

static void
on_click_released_cb (GtkGestureClick    *gesture,
                      int                 n_press,
                      double              x,
                      double              y,
                      DossierArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  if (n_press != 1 || gtk_text_buffer_get_has_selection (buffer))
    return;
  if (iter_at_widget_point (self, x, y, &iter))
    dossier_article_view_activate_at_iter (self, &iter);
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              DossierArticleView       *self)
{
  GtkTextIter iter;
  gboolean over_name = FALSE;

  if (self->annotated && iter_at_widget_point (self, x, y, &iter))
    over_name = find_span (self->mentions, (guint) gtk_text_iter_get_offset (&iter)) != NULL;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over_name ? "pointer" : "text");
}

static gboolean
activate_at_cursor_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  /* Enter on a name does what a click does: the keyboard route to it. */
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return dossier_article_view_activate_at_iter (self, &iter);
}

static gboolean
dossier_article_view_query_tooltip (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_mode,
                                    GtkTooltip *tooltip)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  g_autofree char *text = NULL;
  GtkTextIter iter;

  if (keyboard_mode)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else if (!iter_at_widget_point (self, x, y, &iter))
    return FALSE;

  text = dossier_article_view_dup_tooltip_at (self, &iter);
  if (text == NULL)
    return FALSE;
  /* Plain text: article words are never parsed as markup. */
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
update_margins_cb (gpointer user_data)
{
  DossierArticleView *self = user_data;

  self->margin_source = 0;
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), self->side_margin);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), self->side_margin);
  return G_SOURCE_REMOVE;
}

static void
dossier_article_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics;
  int char_width, text_width, margin;

  metrics = pango_context_get_metrics (context, NULL, NULL);
  char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  text_width = MAX_LINE_CHARS * MAX (char_width, 1);
  margin = MAX (MIN_SIDE_MARGIN, (width - text_width) / 2);

  /* Changing margins inside an allocation would re-enter layout: defer it. */
  if (margin != self->side_margin)
    {
      self->side_margin = margin;
      if (self->margin_source == 0)
        self->margin_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_margins_cb, self, NULL);
    }

  GTK_WIDGET_CLASS (dossier_article_view_parent_class)->size_allocate (widget, width, height,
                                                                       baseline);
}

static void
dossier_article_view_snapshot_layer (GtkTextView      *text_view,
                                     GtkTextViewLayer  layer,
                                     GtkSnapshot      *snapshot)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (text_view);
  GdkRectangle visible;
  GtkTextIter top, bottom;
  guint top_offset, bottom_offset, i, first;
  GdkRGBA accent, strong;

  if (GTK_TEXT_VIEW_CLASS (dossier_article_view_parent_class)->snapshot_layer != NULL)
    GTK_TEXT_VIEW_CLASS (dossier_article_view_parent_class)->snapshot_layer (text_view, layer,
                                                                             snapshot);
  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT || self->quotes == NULL || self->quotes->len == 0 ||
      !self->annotated)
    return;

  /* A bar in the left margin beside every quote: a mark besides colour. */
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_at_location (text_view, &top, visible.x, visible.y);
  gtk_text_view_get_iter_at_location (text_view, &bottom, visible.x, visible.y + visible.height);
  gtk_text_iter_set_line_offset (&top, 0);
  gtk_text_iter_forward_to_line_end (&bottom);
  top_offset = (guint) gtk_text_iter_get_offset (&top);
  bottom_offset = (guint) gtk_text_iter_get_offset (&bottom);
  dossier_style_get_accent (DOSSIER_MARK_QUOTE, dossier_style_is_dark (), &accent);
  dossier_style_get_accent (DOSSIER_MARK_PERSON, dossier_style_is_dark (), &strong);

  /* The first quote that may reach the top of the view (sorted by start). */
  {
    guint lo = 0, hi = self->quotes->len;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        if (g_array_index (self->quotes, Span, mid).start < top_offset)
          lo = mid + 1;
        else
          hi = mid;
      }
    first = lo > 8 ? lo - 8 : 0;
  }

  for (i = first; i < self->quotes->len; i++)
    {
      const Span *span = &g_array_index (self->quotes, Span, i);
      GtkTextIter s, e;
      int y1, h1, y2, h2;
      gboolean selected, current;
      float x, width;

      if (span->end < top_offset)
        continue;
      if (span->start > bottom_offset)
        break;

      gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &s,
                                          (int) span->start);
      gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (text_view), &e,
                                          (int) span->end);
      gtk_text_view_get_line_yrange (text_view, &s, &y1, &h1);
      gtk_text_view_get_line_yrange (text_view, &e, &y2, &h2);
      selected = gtk_text_iter_has_tag (&s, self->selected_quote_tag);
      current = gtk_text_iter_has_tag (&s, self->current_quote_tag);
      x = MAX (4, self->side_margin - 16);
      /* Wider for the selected speaker's quotes, widest for the current one. */
      width = current ? 8 : selected ? 5 : 2;
      gtk_snapshot_append_color (snapshot, current ? &strong : &accent,
                                 &GRAPHENE_RECT_INIT (x + 8 - width, y1, width, (y2 + h2) - y1));
    }
}

static void
dossier_article_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dossier_article_view_parent_class)->css_changed (widget, change);
  update_tag_colours (DOSSIER_ARTICLE_VIEW (widget));
}

static void
dossier_article_view_dispose (GObject *object)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (object);

  clear_annotations (self);
  g_clear_handle_id (&self->margin_source, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (dossier_article_view_parent_class)->dispose (object);
}

static void
dossier_article_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_ANNOTATED:
      g_value_set_boolean (value, self->annotated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DossierArticleView *self = DOSSIER_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      dossier_article_view_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_view_class_init (DossierArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->dispose = dossier_article_view_dispose;
  object_class->get_property = dossier_article_view_get_property;
  object_class->set_property = dossier_article_view_set_property;

  widget_class->query_tooltip = dossier_article_view_query_tooltip;
  widget_class->size_allocate = dossier_article_view_size_allocate;
  widget_class->css_changed = dossier_article_view_css_changed;

  text_view_class->snapshot_layer = dossier_article_view_snapshot_layer;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, DOSSIER_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATED] =
    g_param_spec_boolean ("annotated", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* j/k step through the selected entity's quotes (the window's actions). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, 0, "win.next-quote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "win.previous-quote", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.clear-selection", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_at_cursor_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_at_cursor_cb, NULL);
}

static void
dossier_article_view_init (DossierArticleView *self)
{
  GtkTextView *text_view = GTK_TEXT_VIEW (self);
  GtkGesture *click;
  GtkEventController *motion;

  gtk_text_view_set_editable (text_view, FALSE);
  gtk_text_view_set_cursor_visible (text_view, TRUE);
  gtk_text_view_set_wrap_mode (text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (text_view, 24);
  gtk_text_view_set_bottom_margin (text_view, 48);
  gtk_text_view_set_left_margin (text_view, MIN_SIDE_MARGIN);
  gtk_text_view_set_right_margin (text_view, MIN_SIDE_MARGIN);
  gtk_text_view_set_pixels_below_lines (text_view, 4);
  gtk_text_view_set_pixels_inside_wrap (text_view, 3);
  gtk_widget_add_css_class (GTK_WIDGET (self), "article");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article text"),
                                  -1);
  self->side_margin = MIN_SIDE_MARGIN;

  create_tags (self);
  dossier_style_watch (G_CALLBACK (update_tag_colours), self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

GtkWidget *
dossier_article_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE_VIEW, NULL);
}

DossierDocument *
dossier_article_view_get_document (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), NULL);
  return self->document;
}

void
dossier_article_view_set_document (DossierArticleView *self,
                                   DossierDocument    *document)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_VIEW (self));
  g_return_if_fail (document == NULL || DOSSIER_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::article",
                               G_CALLBACK (on_document_article_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-entity",
                               G_CALLBACK (on_document_selected_entity_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-quote",
                               G_CALLBACK (on_document_selected_quote_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::selected-event",
                               G_CALLBACK (on_document_selected_event_cb), self,
                               G_CONNECT_SWAPPED);
    }
  on_document_article_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
dossier_article_view_get_annotated (DossierArticleView *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_VIEW (self), FALSE);
  return self->annotated;
}
