/* test-text.c — the text pass: tokens, sentences, paragraphs, lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "analysis/dossier-context.h"
#include "analysis/dossier-text.h"

static DossierContext *
run (const char *text)
{
  DossierContext *ctx = dossier_context_new (text, strlen (text), NULL);
  dossier_text_run (ctx);
  return ctx;
}

static char *
token_text (DossierContext *ctx, guint i)
{
  const DossierToken *t = dossier_context_token (ctx, i);
  return dossier_context_dup (ctx, t->start, t->end);
}

static char *
sentence_text (DossierContext *ctx, guint i)
{
  const DossierSentence *s = &g_array_index (ctx->sentences, DossierSentence, i);
  return dossier_context_dup (ctx, s->start, s->end);
}

static void
assert_tokens (const char *text, const char * const *expected)
{
  g_autoptr(DossierContext) ctx = run (text);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, ctx->tokens->len); i++)
    {
      g_autofree char *t = token_text (ctx, i);
      g_assert_cmpstr (t, ==, expected[i]);
    }
  g_assert_cmpuint (ctx->tokens->len, ==, n);
}

/* assert_tokens (), then each of the first @n_flags tokens' flags
 * (masked by @mask) against @flags; returns the analysed context. */
static DossierContext *
assert_token_flags (const char         *text,
                    const char * const *words,
                    guint               mask,
                    const guint        *flags,
                    guint               n_flags)
{
  DossierContext *ctx;

  assert_tokens (text, words);
  ctx = run (text);
  for (guint i = 0; i < n_flags; i++)
    g_assert_cmphex (dossier_context_token (ctx, i)->flags & mask, ==, flags[i]);
  return ctx;
}

/* Words of every length around the eight-byte steps of the tokenizer,
 * at a line's end and at the text's end: their ends and their flags. */
static void
test_tokens_long_words (void)
{
  const char *text =
    "ABCDEFGHIJKLMNOPQ A1234567890123B X123456789012345 2023abcdefghij abcdefghIJ "
    "abcdefgh's Mississippi\xc3\xa9x abcdefgh\r\nABCDEFGH abcdefghijklmnop Last12345678";
  const char *words[] = { "ABCDEFGHIJKLMNOPQ", "A1234567890123B", "X123456789012345",
                          "2023abcdefghij", "abcdefghIJ", "abcdefgh's", "Mississippi\xc3\xa9x",
                          "abcdefgh", "ABCDEFGH", "abcdefghijklmnop", "Last12345678", NULL };
  const guint mask = DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_CAPITALIZED |
                     DOSSIER_TOKEN_ALL_CAPS | DOSSIER_TOKEN_HYPHENATED;
  const guint flags[] = {
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_NUMBER,
    DOSSIER_TOKEN_WORD,
    DOSSIER_TOKEN_WORD,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED,
    DOSSIER_TOKEN_WORD,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS,
    DOSSIER_TOKEN_WORD,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED,
  };
  g_autoptr(DossierContext) ctx = assert_token_flags (text, words, mask, flags,
                                                      G_N_ELEMENTS (flags));

  g_assert_true (dossier_context_token (ctx, 8)->flags & DOSSIER_TOKEN_LINE_START);
}

static void
test_tokens_words (void)
{
  const char *e1[] = { "Officials", "in", "the", "U.S.", "don't", "say", "it", ".", NULL };
  const char *e2[] = { "Abdel", "Fattah", "El-Sisi", "met", "O'Brien", "at", "5:48PM", ",", "on",
                       "Nov.", "2", ",", "2023", NULL };
  const char *e3[] = { "\xe2\x80\x9c", "We", "won\xe2\x80\x99t", ",", "\xe2\x80\x9d", "she", "said",
                       "--", "1,200", "people", "...", NULL };
  const char *e4[] = { "George", "H.", "W.", "Bush", "and", "AT&T", "Inc.", NULL };
  assert_tokens ("Officials in the U.S. don't say it.", e1);
  assert_tokens ("Abdel Fattah El-Sisi met O'Brien at 5:48PM, on Nov. 2, 2023", e2);
  assert_tokens ("\xe2\x80\x9cWe won\xe2\x80\x99t,\xe2\x80\x9d she said -- 1,200 people ...", e3);
  assert_tokens ("George H. W. Bush and AT&T Inc.", e4);
}

/* UTF-8 shown as Latin-1 (mojibake) stays inside its word, composed or
 * decomposed, once or twice over; a no-break space and a guillemet after
 * an accented capital do not. */
static void
test_tokens_mojibake (void)
{
  /* "Fran\u00c3\u00a7ois Pe\u00c3\u00b1a" */
  const char *e1[] = { "Fran\xc3\x83\xc2\xa7ois", "Pe\xc3\x83\xc2\xb1""a", "said", NULL };
  /* twice over: U+00C3 U+0083 U+00C2 U+00A7 */
  const char *e2[] = { "Fran\xc3\x83\xc2\x83\xc3\x82\xc2\xa7ois", "Hollande", NULL };
  /* decomposed: A U+0303 U+0083 A U+0302 U+00A7 */
  const char *e3[] = { "FranA\xcc\x83\xc2\x83""A\xcc\x82\xc2\xa7ois", "Hollande", NULL };
  const char *e4[] = { "\xc3\x83", "x", NULL };
  const char *e5[] = { "\xc2\xab", "L'\xc3\x89T\xc3\x89", "\xc2\xbb", NULL };

  assert_tokens ("Fran\xc3\x83\xc2\xa7ois Pe\xc3\x83\xc2\xb1""a said", e1);
  assert_tokens ("Fran\xc3\x83\xc2\x83\xc3\x82\xc2\xa7ois Hollande", e2);
  assert_tokens ("FranA\xcc\x83\xc2\x83""A\xcc\x82\xc2\xa7ois Hollande", e3);
  assert_tokens ("\xc3\x83\xc2\xa0x", e4);
  assert_tokens ("\xc2\xabL'\xc3\x89T\xc3\x89\xc2\xbb", e5);
}

static void
test_token_flags (void)
{
  g_autoptr(DossierContext) ctx = run ("WASHINGTON -- The \"pause\" began.");
  const DossierToken *t0 = dossier_context_token (ctx, 0);
  const DossierToken *q = dossier_context_token (ctx, 3);

  g_assert_true (t0->flags & DOSSIER_TOKEN_ALL_CAPS);
  g_assert_true (t0->flags & DOSSIER_TOKEN_CAPITALIZED);
  g_assert_true (t0->flags & DOSSIER_TOKEN_SENTENCE_START);
  g_assert_true (t0->flags & DOSSIER_TOKEN_PARAGRAPH_START);
  g_assert_true (q->flags & DOSSIER_TOKEN_QUOTE_MARK);
  g_assert_true (q->flags & DOSSIER_TOKEN_SPACE_BEFORE);
  g_assert_false (dossier_context_token (ctx, 5)->flags & DOSSIER_TOKEN_SPACE_BEFORE);
}

static void
test_sentences (void)
{
  g_autoptr(DossierContext) ctx =
    run ("Mr. Smith went to Washington. He met Dr. Jones at 3 p.m. on Friday! "
         "\"Was it good?\" she asked. The U.S. The end");
  g_autofree char *s0 = NULL, *s1 = NULL, *s2 = NULL, *s3 = NULL, *s4 = NULL;

  g_assert_cmpuint (ctx->sentences->len, ==, 5);
  s0 = sentence_text (ctx, 0);
  s1 = sentence_text (ctx, 1);
  s2 = sentence_text (ctx, 2);
  s3 = sentence_text (ctx, 3);
  s4 = sentence_text (ctx, 4);
  g_assert_cmpstr (s0, ==, "Mr. Smith went to Washington.");
  g_assert_cmpstr (s1, ==, "He met Dr. Jones at 3 p.m. on Friday!");
  g_assert_cmpstr (s2, ==, "\"Was it good?\" she asked.");
  g_assert_cmpstr (s3, ==, "The U.S.");
  g_assert_cmpstr (s4, ==, "The end");
}

static void
test_paragraphs_and_lines (void)
{
  g_autoptr(DossierContext) ctx =
    run ("Headline here\r\n\r\nFirst paragraph, one line\nwrapped here. Second.\r\n\n  \nLast one.\n");
  const DossierParagraph *p;

  g_assert_cmpuint (ctx->paragraphs->len, ==, 3);
  g_assert_cmpuint (ctx->lines->len, ==, 7);
  p = &g_array_index (ctx->paragraphs, DossierParagraph, 1);
  g_assert_cmpuint (p->n_sentences, ==, 2);
  g_assert_cmpint (strncmp (ctx->text + p->start, "First", 5), ==, 0);
  g_assert_cmpint (ctx->text[p->end - 1], ==, '.');
  /* no blank lines: one paragraph per line, a short line without period is a sentence */
  {
    g_autoptr(DossierContext) c2 = run ("EU rejects call.\nPeter Smith\nBRUSSELS 1996-08-22\nThe body went on.");
    g_assert_cmpuint (c2->paragraphs->len, ==, 4);
    g_assert_cmpuint (c2->sentences->len, ==, 4);
  }
}

static void
test_empty_and_odd (void)
{
  g_autoptr(DossierContext) c1 = run ("");
  g_autoptr(DossierContext) c2 = run ("\n\n\n");
  g_autoptr(DossierContext) c3 = run ("\xef\xbb\xbf\"unclosed <b>markup</b> & stuff");

  g_assert_cmpuint (c1->tokens->len, ==, 0);
  g_assert_cmpuint (c1->sentences->len, ==, 0);
  g_assert_cmpuint (c2->tokens->len, ==, 0);
  g_assert_cmpuint (c2->paragraphs->len, ==, 0);
  g_assert_cmpuint (c3->sentences->len, ==, 1);
  g_assert_cmpuint (dossier_context_token_at (c3, 0), ==, 0);
  g_assert_cmpuint (dossier_context_sentence_at (c3, 10), ==, 0);
}

/* Words with an inner apostrophe (' or U+2019): one token each, and
 * all capitals only when no letter on either side is small. */
static void
test_apostrophe_words (void)
{
  const char *text = "Trump\xe2\x80\x99s DON'T DON't 1990's IT\xe2\x80\x99S rock'n'roll O'Brien, x'9";
  const char *words[] = { "Trump\xe2\x80\x99s", "DON'T", "DON't", "1990's", "IT\xe2\x80\x99S",
                          "rock'n'roll", "O'Brien", ",", "x", "'", "9", NULL };
  const guint mask = DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_NUMBER | DOSSIER_TOKEN_CAPITALIZED |
                     DOSSIER_TOKEN_ALL_CAPS;
  const guint flags[] = {
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_NUMBER,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED | DOSSIER_TOKEN_ALL_CAPS,
    DOSSIER_TOKEN_WORD,
    DOSSIER_TOKEN_WORD | DOSSIER_TOKEN_CAPITALIZED,
  };
  g_autoptr(DossierContext) ctx = assert_token_flags (text, words, mask, flags,
                                                      G_N_ELEMENTS (flags));
}

/* One line of far more tokens than the tokenizer's room for a line at
 * once (4096), with punctuation runs and quotes among the words. */
static void
test_huge_line (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DossierContext) ctx = NULL;
  const guint n = 3000;

  for (guint i = 0; i < n; i++)
    g_string_append (text, "Ab \"c\" -- d!!! ");
  ctx = run (text->str);
  /* Ab " c " -- d !!! a piece */
  g_assert_cmpuint (ctx->tokens->len, ==, 7 * n);
  g_assert_cmpuint (ctx->lines->len, ==, 1);
  g_assert_cmpuint (ctx->paragraphs->len, ==, 1);
  for (guint i = 0; i < ctx->tokens->len; i += 7)
    {
      const DossierToken *t = dossier_context_token (ctx, i);
      g_assert_cmpuint (t->start, ==, (i / 7) * 15);
      g_assert_cmpuint (t->end, ==, t->start + 2);
      g_assert_true (t->flags & DOSSIER_TOKEN_CAPITALIZED);
      g_assert_true (t->flags & DOSSIER_TOKEN_SPACE_BEFORE);
      g_assert_cmpuint (dossier_context_token (ctx, i + 1)->flags & DOSSIER_TOKEN_QUOTE_MARK, !=, 0);
      g_assert_cmpuint (dossier_context_token (ctx, i + 4)->end - dossier_context_token (ctx, i + 4)->start, ==, 2);
      g_assert_cmpuint (dossier_context_token (ctx, i + 6)->end - dossier_context_token (ctx, i + 6)->start, ==, 3);
    }
  g_assert_true (dossier_context_token (ctx, 0)->flags & DOSSIER_TOKEN_LINE_START);
  g_assert_false (dossier_context_token (ctx, 7)->flags & DOSSIER_TOKEN_LINE_START);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/tokens/words", test_tokens_words);
  g_test_add_func ("/text/tokens/mojibake", test_tokens_mojibake);
  g_test_add_func ("/text/tokens/long-words", test_tokens_long_words);
  g_test_add_func ("/text/tokens/flags", test_token_flags);
  g_test_add_func ("/text/sentences", test_sentences);
  g_test_add_func ("/text/paragraphs", test_paragraphs_and_lines);
  g_test_add_func ("/text/empty", test_empty_and_odd);
  g_test_add_func ("/text/huge-line", test_huge_line);
  g_test_add_func ("/text/tokens/apostrophes", test_apostrophe_words);
  return g_test_run ();
}
