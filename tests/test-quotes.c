/* test-quotes.c — the quotes pass: spans, kinds, cues and speakers
 *
 * Copyright 2026 The Dossier authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every sentence here is invented for the test.
 */
#include "config.h"

#include <string.h>

#include "analysis/dossier-context.h"
#include "analysis/dossier-text.h"
#include "analysis/dossier-layout.h"
#include "analysis/dossier-names.h"
#include "analysis/dossier-time.h"
#include "analysis/dossier-quotes.h"

static DossierContext *
run (const char *text)
{
  DossierContext *ctx = dossier_context_new (text, strlen (text), NULL);

  dossier_text_run (ctx);
  dossier_layout_run (ctx);
  dossier_names_run (ctx);
  dossier_time_run (ctx);
  dossier_quotes_run (ctx);
  return ctx;
}

static char *
quote_text (DossierContext *ctx,
            guint           i)
{
  const DossierQuoteInfo *q = &g_array_index (ctx->quotes, DossierQuoteInfo, i);
  return dossier_context_dup (ctx, q->start, q->end);
}

/* The name of the speaker entity of quote @i, or NULL. */
static const char *
speaker_name (DossierContext *ctx,
              guint           i)
{
  const DossierQuoteInfo *q = &g_array_index (ctx->quotes, DossierQuoteInfo, i);
  if (q->speaker < 0)
    return NULL;
  return ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, q->speaker))->name;
}

static gboolean
name_matches (const char *name,
              const char *expected)
{
  /* a names pass may give "Jane Doe" where this pass alone gives "Doe" */
  const char *sp;
  if (name == NULL || expected == NULL)
    return name == expected;
  if (strcmp (name, expected) == 0)
    return TRUE;
  sp = strrchr (name, ' ');
  return strcmp (sp ? sp + 1 : name, strrchr (expected, ' ') ? strrchr (expected, ' ') + 1 : expected) == 0;
}

static char *
range_text (DossierContext *ctx,
            DossierRange    r)
{
  return dossier_context_dup (ctx, r.start, r.end);
}

typedef struct
{
  const char *text;
  const char *speaker;  /* NULL: none */
} Expected;

static void
assert_quotes (const char     *article,
               const Expected *expected,
               guint           n)
{
  g_autoptr(DossierContext) ctx = run (article);

  if (ctx->quotes->len != n)
    for (guint i = 0; i < ctx->quotes->len; i++)
      {
        g_autofree char *t = quote_text (ctx, i);
        g_test_message ("quote %u: [%s] by %s", i, t, speaker_name (ctx, i));
      }
  g_assert_cmpuint (ctx->quotes->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = quote_text (ctx, i);
      const char *who = speaker_name (ctx, i);
      g_assert_cmpstr (t, ==, expected[i].text);
      if (!name_matches (who, expected[i].speaker))
        g_assert_cmpstr (who, ==, expected[i].speaker);
    }
}

static void
test_marks (void)
{
  const Expected e1[] = { { "We will rebuild the bridge,", "Maria Santos" } };
  const Expected e2[] = { { "We will rebuild the bridge,", "Maria Santos" } };
  const Expected e3[] = { { "The budget is balanced.", "Tom Keller" } };
  const Expected e4[] = { { "Nous avons gagné,", "Claire Dubois" } };
  const Expected e5[] = { { "The river is rising fast,", "Ann Hale" } };

  assert_quotes ("Mayor Maria Santos spoke on Monday.\n\n"
                 "\"We will rebuild the bridge,\" Santos said.\n", e1, 1);
  assert_quotes ("Mayor Maria Santos spoke on Monday.\n\n"
                 "\xe2\x80\x9cWe will rebuild the bridge,\xe2\x80\x9d Santos said.\n", e2, 1);
  /* British style: single marks at the top level */
  assert_quotes ("Tom Keller spoke to the council.\n\n"
                 "\xe2\x80\x98The budget is balanced.\xe2\x80\x99 Keller said.\n", e3, 1);
  assert_quotes ("Claire Dubois spoke.\n\n"
                 "\xc2\xab Nous avons gagn\xc3\xa9, \xc2\xbb Dubois said.\n", e4, 1);
  /* '' is not paired as a double mark (PAIR_DOUBLED_APOSTROPHES is off),
   * and its halves are no single marks either */
  {
    g_autoptr(DossierContext) ctx = run ("Ann Hale lives by the water.\n\n"
                                         "''The river is rising fast,'' Ann Hale said.\n");
    g_assert_cmpuint (ctx->quotes->len, ==, 0);
    (void) e5;
  }
}

static void
test_apostrophes (void)
{
  const Expected e1[] = { { "The farmers' market reopens in the spring and we don't plan to close it,",
                            "Lee Park" } };
  const Expected e2[] = { { "Music from the '90s still sells,", "Lee Park" } };

  assert_quotes ("Lee Park runs the market.\n\n"
                 "\"The farmers' market reopens in the spring and we don't plan to close it,\" Park said.\n",
                 e1, 1);
  assert_quotes ("Lee Park runs a record shop. The Rangers' coach and the Smiths' house are nearby.\n\n"
                 "\"Music from the '90s still sells,\" Park said.\n", e2, 1);
}

static void
test_nested (void)
{
  const Expected e1[] = { { "He told me, 'Stay home,' and I did,", "Rosa Lind" } };
  assert_quotes ("Rosa Lind described the storm.\n\n"
                 "\"He told me, 'Stay home,' and I did,\" Lind said.\n", e1, 1);
}

static void
test_interrupted (void)
{
  const Expected e1[] = { { "The port will open next week,", "Omar Haddad" },
                          { "Ships are already waiting offshore.", "Omar Haddad" } };
  g_autoptr(DossierContext) ctx = NULL;
  const DossierQuoteInfo *q;
  g_autofree char *cue = NULL;
  g_autofree char *mention = NULL;

  assert_quotes ("The harbour master Omar Haddad gave an update.\n\n"
                 "\"The port will open next week,\" Haddad said. \"Ships are already waiting offshore.\"\n",
                 e1, 2);

  ctx = run ("The harbour master Omar Haddad gave an update.\n\n"
             "\"The port will open next week,\" Haddad said. \"Ships are already waiting offshore.\"\n");
  q = &g_array_index (ctx->quotes, DossierQuoteInfo, 0);
  cue = range_text (ctx, q->cue);
  mention = range_text (ctx, q->speaker_mention);
  g_assert_cmpstr (cue, ==, "said");
  g_assert_cmpstr (mention, ==, "Haddad");
  g_assert_cmpint (q->kind, ==, DOSSIER_QUOTE_DIRECT);
}

static void
test_multi_paragraph (void)
{
  const Expected e1[] = { { "The first phase is done. The second starts in May.", "Greta Olsen" },
                          { "After that, we will open the new wing to the public,", "Greta Olsen" } };
  assert_quotes ("Greta Olsen, the museum director, spoke at the opening.\n\n"
                 "\"The first phase is done. The second starts in May.\n\n"
                 "\"After that, we will open the new wing to the public,\" Olsen said.\n",
                 e1, 2);
}

static void
test_unclosed (void)
{
  const Expected e1[] = { { "This sentence never ends", NULL } };
  g_autoptr(DossierContext) ctx = run ("Nobody is speaking here.\n\n"
                                       "Then \"This sentence never ends\n\n"
                                       "A later paragraph that is not quoted at all.\n\n"
                                       "And another one.\n");
  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  {
    g_autofree char *t = quote_text (ctx, 0);
    g_assert_cmpstr (t, ==, e1[0].text);
  }
}

static void
test_kinds (void)
{
  g_autoptr(DossierContext) ctx = run ("Senator Paula Reyes spoke about the bill.\n\n"
                                       "Reyes said that the plan is \"certainly worth a second look\" "
                                       "before the vote.\n");
  const DossierQuoteInfo *q;

  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  q = &g_array_index (ctx->quotes, DossierQuoteInfo, 0);
  g_assert_cmpint (q->kind, ==, DOSSIER_QUOTE_PARTIAL);
  g_assert_true (name_matches (speaker_name (ctx, 0), "Paula Reyes"));
}

static void
test_not_quotes (void)
{
  /* titles, terms and scare quotes */
  g_autoptr(DossierContext) ctx = run ("Council calls for more 'breaks' in the talks\n\n"
                                       "The council avoided the word \"strike\" all week. Members want a "
                                       "truce, and a truce is what they asked for. A truce would help. "
                                       "The union wants a \"truce\" before the holidays. The truce talks go on. "
                                       "Nobody expects a truce soon.\n\n"
                                       "\"We are ready to talk,\" union leader Sam Ortiz said.\n");
  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  {
    g_autofree char *t = quote_text (ctx, 0);
    g_assert_cmpstr (t, ==, "We are ready to talk,");
  }
}

static void
test_cue_positions (void)
{
  const Expected before[] = { { "We need more nurses,", "Dana Whitfield" } };
  const Expected inverted[] = { { "The data are clear,", "Jane Doe" } };
  const Expected according[] = { { "record numbers,", "Ivo Petrov" } };
  const Expected statement[] = { { "We welcome the ruling.", "City Hall" } };

  assert_quotes ("Dana Whitfield runs the hospital.\n\n"
                 "Whitfield told reporters: \"We need more nurses,\" and left.\n", before, 1);
  assert_quotes ("\"The data are clear,\" said Jane Doe, a spokeswoman for the agency.\n", inverted, 1);
  assert_quotes ("Visitors came in \"record numbers,\" according to Ivo Petrov.\n", according, 1);
  assert_quotes ("The City Hall said in a statement: \"We welcome the ruling.\"\n", statement, 1);
}

static void
test_appositive (void)
{
  const Expected e1[] = { { "The road will reopen on Friday,", "Nina Brooks" } };
  assert_quotes ("Nina Brooks, a spokeswoman for the Transport Department, said: "
                 "\"The road will reopen on Friday,\" adding that crews worked overnight.\n", e1, 1);
}

static void
test_title_and_pronoun (void)
{
  g_autoptr(DossierContext) ctx = NULL;
  const DossierQuoteInfo *q;
  g_autofree char *mention = NULL;
  guint pronouns = 0;
  const Expected e1[] = { { "We will not wait any longer.", "Helen Marsh" },
                          { "The schools stay open,", "Helen Marsh" } };

  assert_quotes ("President Helen Marsh visited the flooded town on Tuesday.\n\n"
                 "The crowd cheered and the president replied, \"We will not wait any longer.\"\n\n"
                 "\"The schools stay open,\" she said.\n", e1, 2);

  ctx = run ("President Helen Marsh visited the flooded town on Tuesday.\n\n"
             "The crowd cheered and the president replied, \"We will not wait any longer.\"\n\n"
             "\"The schools stay open,\" she said.\n");
  q = &g_array_index (ctx->quotes, DossierQuoteInfo, 1);
  mention = range_text (ctx, q->speaker_mention);
  g_assert_cmpstr (mention, ==, "she");
  /* the pronoun is now a mention of the speaker */
  for (guint i = 0; i < ctx->mentions->len; i++)
    {
      const DossierMention *m = &g_array_index (ctx->mentions, DossierMention, i);
      if (m->flags & DOSSIER_MENTION_PRONOUN)
        {
          g_assert_cmpint (m->entity, ==, q->speaker);
          pronouns++;
        }
    }
  g_assert_cmpuint (pronouns, ==, 1);
}

static void
test_pronoun_gender (void)
{
  static const char article[] = "Carl Mendez met Laura Voss in the capital.\n\n"
                                "\"The deal is done,\" she said.\n";
  g_autoptr(DossierContext) ctx = dossier_context_new (article, strlen (article), NULL);
  guint carl, laura;
  const char *text = ctx->text;

  dossier_text_run (ctx);
  dossier_layout_run (ctx);
  dossier_names_run (ctx);
  dossier_time_run (ctx);
  /* what a names pass gives: two people with known genders */
  if (ctx->entities->len == 0)
    {
      carl = dossier_context_add_entity (ctx, "Carl Mendez", DOSSIER_ENTITY_PERSON);
      laura = dossier_context_add_entity (ctx, "Laura Voss", DOSSIER_ENTITY_PERSON);
      dossier_context_add_mention (ctx, 0, 11, (int) carl, DOSSIER_MENTION_NAME);
      dossier_context_add_mention (ctx, (guint) (strstr (text, "Laura") - text),
                                   (guint) (strstr (text, "Laura") - text) + 10, (int) laura,
                                   DOSSIER_MENTION_NAME);
      ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, carl))->gender = DOSSIER_GENDER_MALE;
      ((DossierEntityInfo *) g_ptr_array_index (ctx->entities, laura))->gender = DOSSIER_GENDER_FEMALE;
    }
  dossier_quotes_run (ctx);
  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  g_assert_true (name_matches (speaker_name (ctx, 0), "Laura Voss"));
}

static void
test_continuation (void)
{
  const Expected e1[] = { { "Prices will fall by the summer.", "Victor Lamb" } };
  const Expected e2[] = { { "Nobody knows who wrote it.", NULL } };

  /* a quote paragraph after indirect speech of X */
  assert_quotes ("Economist Victor Lamb said inflation had peaked.\n\n"
                 "\"Prices will fall by the summer.\"\n", e1, 1);
  /* nothing supports a speaker */
  assert_quotes ("The letter arrived on Monday.\n\n"
                 "It read: \"Nobody knows who wrote it.\"\n", e2, 1);
}

static void
test_other_speakers (void)
{
  const Expected judge[] = { { "Order in the court,", "the judge" } };
  const Expected label[] = { { "HOST: Welcome back to the show.", "HOST" } };
  const Expected dash[] = { { "The new park is a gift to the city.", "Ruth Ames" } };
  const Expected colon[] = { { "Fares will not rise this year.", "Ben Cole" } };

  assert_quotes ("The hearing went on for hours.\n\n\"Order in the court,\" the judge said.\n", judge, 1);
  assert_quotes ("A partial transcript follows.\n\n\"HOST: Welcome back to the show.\"\n", label, 1);
  assert_quotes ("Readers wrote in.\n\n\"The new park is a gift to the city.\" \xe2\x80\x95 Ruth Ames\n", dash, 1);
  assert_quotes ("Transit chief Ben Cole made one promise:\n\n\"Fares will not rise this year.\"\n", colon, 1);
}

static void
test_title_phrases (void)
{
  const Expected sec[] = { { "There is a place for everyone here.", "Jane Albers" } };
  const Expected spk[] = { { "those images have no place here.", "Dan Ruhl" } };
  const Expected age[] = { { "He speaks his mind and I like that.", "Tom Hersh" } };
  const Expected widow[] = { { "That is wrong,", "Mary Strand" } };
  const Expected hours[] = { { "She is a good friend.", "Paul Fenner" } };
  const Expected multi[] = { { "more than one talk", "Multiple outlets" } };

  assert_quotes ("Former Secretary of State Jane Albers urged women to vote, saying, "
                 "\"There is a place for everyone here.\"\n", sec, 1);
  assert_quotes ("Speaker of the House Rep. Dan Ruhl (R-WI) said \"those images have no place here.\"\n", spk, 1);
  assert_quotes ("The rally ended late.\n\n17-year-old Tom Hersh echoed:\n\n\"He speaks his mind and I like that.\"\n",
                 age, 1);
  assert_quotes ("The vote was close.\n\n\"That is wrong,\" said 9/11 widow Mary Strand.\n", widow, 1);
  assert_quotes ("Hours later, Paul Fenner returned the favor, telling a radio host, \"She is a good friend.\"\n",
                 hours, 1);
  assert_quotes ("Multiple outlets reported on Wednesday that the agency had \"more than one talk\" with him.\n",
                 multi, 1);
}

static void
test_loose_cues (void)
{
  const Expected title[] = { { "nobody knows who did it", "Linda Moss" } };
  const Expected outer[] = { { "It hurts,", "CNN" } };
  const Expected went[] = { { "You know, it happens,", "Rick Dole" }, { "But you must get over it.", "Rick Dole" } };
  const Expected beamed[] = { { "This is fantastic!", "Don Hartman" } };
  const Expected tweeted[] = { { "Not us but we like it!", "Jim Murtagh" } };
  const Expected prep[] = { { "I am getting ready to rent a wagon.", "John Kastner" } };
  const Expected clip[] = { { "has a passion for the wrong people.", "the clip" } };
  const Expected book[] = { { "Harriet was back within days,", "the book" } };

  /* the marks of a show's title do not end the window */
  assert_quotes ("Linda Moss tells the network's \"Good Morning\" show on Friday that "
                 "\"nobody knows who did it\" yet.\n", title, 1);
  assert_quotes ("The meeting was closed.\n\n\"It hurts,\" Jim Klein said, according to CNN.\n", outer, 1);
  {
    const Expected star[] = { { "happy to see", "Daily Star" } };
    const Expected put[] = { { "This person will not be confirmed.", "John Cornwell" } };
    const Expected will[] = { { "day of reckoning.", "Jessica Mackel" } };
    assert_quotes ("The vote came in.\n\nOn Monday, Rick Trumbo said he was \"happy to see\" that Khan won, "
                   "according to The Daily Star.\n", star, 1);
    assert_quotes ("As John Cornwell, the No. 2 in the leadership, put it: \"This person will not be confirmed.\"\n",
                   put, 1);
    assert_quotes ("Jessica Mackel issued a statement and said Republican leaders will have a \"day of reckoning.\"\n",
                   will, 1);
  }
  assert_quotes ("Kelly Ray asked about the age.\n\n\"You know, it happens,\" Rick Dole went on, as if he did not "
                 "hear. \"But you must get over it.\"\n", went, 2);
  assert_quotes ("The crowd cheered.\n\n\"This is fantastic!\" beamed Don Hartman of Madison, who came early.\n",
                 beamed, 1);
  {
    const Expected assured[] = { { "Your reputation is amazing,", "Rick Trumbo" } };
    const Expected radio[] = { { "If you are in the Senate,", "the radioman" }, { "nobody will help.", "the radioman" } };
    const Expected another[] = { { "She thinks she is above the rules.", "another" } };
    assert_quotes ("The show began.\n\n\"Your reputation is amazing,\" Rick Trumbo assured Jones, after Jones praised "
                   "him.\n", assured, 1);
    assert_quotes ("The show began.\n\n\"If you are in the Senate,\" the radioman said, \"nobody will help.\"\n", radio, 2);
    assert_quotes ("The tweets came fast. One said nothing.\n\nAnother tweeted, \"She thinks she is above the rules.\"\n",
                   another, 1);
  }
  assert_quotes ("The messages were seen from afar.\n\n\"Not us but we like it!\" Jim Murtagh, the head of Rise Now, "
                 "Tweeted on Friday.\n", tweeted, 1);
  assert_quotes ("At Baldwin College, in the primary, Gov. John Kastner (R-OH), said, "
                 "\"I am getting ready to rent a wagon.\"\n", prep, 1);
  assert_quotes ("A new ad came out on Monday.\n\nThe clip says Kaine \"has a passion for the wrong people.\"\n", clip, 1);
  assert_quotes ("Harriet Lane was ill in 1998.\n\n\"Harriet was back within days,\" the book said.\n", book, 1);
}

static void
test_description_phrases (void)
{
  const Expected poss[] = { { "We have to be ready.", "Jane Roe's right-hand woman" } };
  const Expected place[] = { { "doing what he is doing.", "Stacy Bakerton" } };
  const Expected dateline[] = { { "We have to be ready.", "Tom Kerr" } };

  assert_quotes ("Jane Roe's right-hand woman rallied supporters, saying: \"We have to be ready.\"\n", poss, 1);
  assert_quotes ("Stacy Bakerton of Columbia, South Carolina says she thinks Kent can win if he keeps "
                 "\"doing what he is doing.\"\n", place, 1);
  assert_quotes ("BOSTON \xe2\x80\x94 Tom Kerr rallied supporters, saying: \"We have to be ready.\"\n", dateline, 1);
}

static void
test_goes_on (void)
{
  const Expected on[] = { { "We will win,", "Chris Bale" }, { "They expect you to plow the snow.", "Chris Bale" } };
  const Expected bare[] = { { "We will win,", "Chris Bale" }, { "They expect you to plow.", "Mark Rowe" } };

  /* a cue of the next sentence does not take the quote from the speaker
   * who goes on */
  assert_quotes ("\"We will win,\" Chris Bale said. \"They expect you to plow the snow.\" Mark Rowe disagreed, "
                 "saying nothing.\n", on, 2);
  /* but a bare "Roe said." does */
  assert_quotes ("\"We will win,\" Chris Bale said. \"They expect you to plow.\" Mark Rowe said Tuesday.\n", bare, 2);
}

static void
test_clause_speakers (void)
{
  const Expected dash[] = { { "One lesson was simple.", "Carl Bialow" } };
  const Expected paren[] = { { "highly significant.", "Ted Crane" } };
  const Expected joined[] = { { "the ultimate public health crisis", "Howard Dane" }, { "stunt our growth,", "Howard Dane" } };
  const Expected with[] = { { "Get him out of here!", "Rob Tanner" } };
  const Expected to_say[] = { { "There are places that are dangerous.", "Rob Tanner" } };
  const Expected first[] = { { "Spanish,", "Rob Tanner" } };

  assert_quotes ("The polls missed. Pollsters agree - Carl Bialow: \"One lesson was simple.\"\n", dash, 1);
  assert_quotes ("The news came late. MNN, Ted Crane said, called the news \"highly significant.\"\n", paren, 1);
  assert_quotes ("The crowd was loud.\n\nGuns are \"the ultimate public health crisis\" and \"stunt our growth,\" "
                 "Howard Dane, the former governor, said.\n", joined, 2);
  assert_quotes ("A man was removed, with Rob Tanner reportedly yelling: \"Get him out of here!\"\n", with, 1);
  assert_quotes ("Rob Tanner joked that Brooklyn was his answer, but went on to say, "
                 "\"There are places that are dangerous.\"\n", to_say, 1);
  assert_quotes ("He spoke of the judge. First, Rob Tanner called the judge \"Spanish,\" which was wrong.\n", first, 1);
  {
    const Expected rep[] = { { "Another horrific attack, this time in Nice.", "Donald Trumbo" } };
    const Expected but[] = { { "the question is the timing.", "Jennifer Robb" } };
    assert_quotes ("Late news came in.\n\nRepublican presidential candidate Donald Trumbo quickly took to Twitter, "
                   "writing: \"Another horrific attack, this time in Nice.\"\n", rep, 1);
    assert_quotes ("Mayor Jennifer Robb said Friday that she thinks the video should be released but said "
                   "\"the question is the timing.\"\n", but, 1);
  }
  {
    const Expected inv[] = { { "This will be a challenge", "Madeleine Kunis" } };
    const Expected that[] = { { "good man,", "Linda Grahm" }, { "melted down last night.", "Linda Grahm" } };
    assert_quotes ("The vote neared.\n\n\"This will be a challenge\" for Clinton, said Madeleine Kunis.\n", inv, 1);
    assert_quotes ("Linda Grahm said that Carson is a \"good man,\" and said that Trumbo \"melted down last night.\"\n",
                   that, 2);
  }
  {
    const Expected who[] = { { "It is time to unite.", "Mike Leeson" } };
    assert_quotes ("Kent Rowe was backed by a colleague, Mike Leeson, who declared in the spin room, "
                   "\"It is time to unite.\"\n", who, 1);
  }
}

static void
test_description_names (void)
{
  const Expected leader[] = { { "We will see,", "the Senate minority leader" } };
  const Expected staff[] = { { "It is over,", "the Gawker employee" } };
  const Expected kirby[] = { { "It is done,", "John Kirby" } };

  assert_quotes ("The vote was close.\n\n\"We will see,\" the Senate minority leader said.\n", leader, 1);
  assert_quotes ("The site closed.\n\n\"It is over,\" said the Gawker employee.\n", staff, 1);
  assert_quotes ("The talks ended.\n\n\"It is done,\" the White House spokesperson John Kirby said.\n", kirby, 1);
  {
    const Expected mgr[] = { { "It is early,", "Robby Mookers" } };
    const Expected gov[] = { { "Not again,", "Michael Leaven" } };
    assert_quotes ("The race went on.\n\n\"It is early,\" campaign manager Robby Mookers said.\n", mgr, 1);
    assert_quotes ("The race went on.\n\n\"Not again,\" said former Utah governor Michael Leaven.\n", gov, 1);
  }
  {
    const Expected critic[] = { { "burning the Constitution", "Laurence H. Tribble" } };
    const Expected pair[] = { { "had a tin ear.", "Jeanne Heidman" } };
    const Expected user[] = { { "He is cute with a big mouth,", "one user" } };
    assert_quotes ("The rules drew fire.\n\nAnother critic, Laurence H. Tribble, likened the rules to "
                   "\"burning the Constitution\" in a brief.\n", critic, 1);
    assert_quotes ("Henry Clay's biographers, David and Jeanne Heidman, wrote that Taylor \"had a tin ear.\"\n", pair, 1);
    assert_quotes ("The site buzzed.\n\n\"He is cute with a big mouth,\" one user wrote.\n", user, 1);
  }
  {
    const Expected appos[] = { { "a disaster.", "Jane Doerr" } };
    assert_quotes ("The race tightened.\n\nThe party's nominee, Jane Doerr, said the plan was \"a disaster.\"\n", appos, 1);
  }

  /* a description resolved to a person stays one of that person's forms */
  {
    g_autoptr(DossierContext) ctx = run ("Governor Paula Rendt spoke on Monday.\n\n"
                                         "\"The budget is sound,\" the governor said.\n");
    const DossierQuoteInfo *qi;
    DossierEntityInfo *info;
    gboolean found = FALSE;

    g_assert_cmpuint (ctx->quotes->len, ==, 1);
    qi = &g_array_index (ctx->quotes, DossierQuoteInfo, 0);
    g_assert_cmpint (qi->speaker, >=, 0);
    info = g_ptr_array_index (ctx->entities, qi->speaker);
    g_assert_true (name_matches (info->name, "Paula Rendt"));
    for (guint k = 0; k < info->aliases->len; k++)
      found = found || strcmp (g_ptr_array_index (info->aliases, k), "the governor") == 0;
    g_assert_true (found);
  }
}

static void
test_description_complements (void)
{
  const Expected adviser[] = { { "It was a good night,", "a longtime adviser to Rick Trumbo" } };
  const Expected spokes[] = { { "We are fine,", "a spokesman for the Doerr campaign" } };
  const Expected utah[] = { { "Not now,", "the Utah Republican" } };
  const Expected watch[] = { { "It is a fraud,", "Tom Fitts" } };

  assert_quotes ("The race was close.\n\n\"It was a good night,\" said a longtime adviser to Rick Trumbo.\n", adviser, 1);
  assert_quotes ("The race was close.\n\n\"We are fine,\" a spokesman for the Doerr campaign said.\n", spokes, 1);
  assert_quotes ("The race was close.\n\n\"Not now,\" the Utah Republican said.\n", utah, 1);
  assert_quotes ("The case went on.\n\n\"It is a fraud,\" Judicial Watch president Tom Fitts said.\n", watch, 1);
  {
    const Expected sec[] = { { "a special place", "Madeleine Albrook" } };
    assert_quotes ("Former secretary of state Madeleine Albrook urged voters on, recalling \"a special place\" for "
                   "them.\n", sec, 1);
  }
  {
    const Expected aide[] = { { "We are ready.", "Jake Sulliman" } };
    const Expected mogul[] = { { "It was great,", "the billionaire business mogul" } };
    const Expected official[] = { { "It was wrong,", "a former senior law enforcement official" },
                                  { "But was it a crime?", "a former senior law enforcement official" } };
    assert_quotes ("The case went on.\n\n\"It was wrong,\" said a former senior law enforcement official. "
                   "\"But was it a crime?\"\n", official, 2);
    assert_quotes ("The talks went on.\n\nHer chief policy aide, Jake Sulliman, said: \"We are ready.\"\n", aide, 1);
    assert_quotes ("The talks went on.\n\n\"It was great,\" the billionaire business mogul said.\n", mogul, 1);
  }
}

static void
test_quote_paragraphs (void)
{
  const Expected para[] = { { "We have to do something.", "Rick Trumbo" }, { "We have to be a lot tougher.", "Rick Trumbo" } };
  const Expected dash[] = { { "I think it is nothing.", "Rick Trumbo" } };

  /* a quote paragraph after a paragraph about someone */
  assert_quotes ("The talk went on.\n\nRick Trumbo kept to vague terms during the interview.\n\n"
                 "\"We have to do something.\"\n\n\"We have to be a lot tougher.\"\n", para, 2);
  assert_quotes ("Rick Trumbo also embraced harsh techniques -- \"I think it is nothing.\"\n", dash, 1);
  {
    const Expected hes[] = { { "a big, big problem", "Rick Trumbo" } };
    assert_quotes ("Rick Trumbo spoke in Ohio.\n\nHe's claiming that fraud is \"a big, big problem\" now.\n", hes, 1);
  }
  {
    const Expected remark[] = { { "there is a special place for them.", "Madeline Albrook" } };
    assert_quotes ("Madeline Albrook spoke last year.\n\nShe fanned controversy this year over her remark that "
                   "\"there is a special place for them.\"\n", remark, 1);
  }
}

/* A pronoun's antecedent: the one who speaks in the sentence before, the
 * head of "adviser Jane Doe" rather than its modifier, and, when that
 * sentence's subject is the same pronoun, the story of the one before. */
static void
test_pronoun_antecedents (void)
{
  const Expected e1[] = { { "It was never about the money,", "Nina Walsh" } };
  const Expected e2[] = { { "We are ready for the storm,", "Peter Lund" } };
  const Expected e3[] = { { "The hall was full every night,", "Walter Brandt" } };
  const Expected e4[] = { { "reckless.", "Maria Lopez" },
                          { "When the mayor is cornered, he lashes out.", "Maria Lopez" } };
  const Expected e6[] = { { "It is the only way to keep the ferries,", "Peter Quist" } };
  const Expected e5[] = { { "The microphone was broken,", "Paul Stone" },
                          { "I wonder why.", "Paul Stone" } };

  assert_quotes ("Mayor Harold Finch opened the fair on Friday.\n\n"
                 "Finch, Nina Walsh said, has never missed one.\n\n"
                 "\"It was never about the money,\" she said.\n", e1, 1);
  assert_quotes ("Harold Finch spoke first on Friday.\n\n"
                 "Finch aide Peter Lund arrived an hour later with the maps.\n\n"
                 "\"We are ready for the storm,\" he said.\n", e2, 1);
  assert_quotes ("Walter Brandt recalled the first season of the theatre.\n\n"
                 "Those were good years, he said, though later the money went to rivals of Oscar Hale.\n\n"
                 "\"The hall was full every night,\" he said.\n", e3, 1);
  /* the only name nearby stands in a sentence led by "She": the last
   * speaker is meant */
  assert_quotes ("Maria Lopez called the plan \"reckless.\" "
                 "She says the mayor's letter naming Ana Ruiz as a witness was a stunt.\n\n"
                 "The candidate's answer to Mark Dunn came in her own posts on Friday.\n\n"
                 "She wrote: \"When the mayor is cornered, he lashes out.\"\n", e4, 2);
  /* a possessive is no subject: "Finch's plan was backed by Peter Quist" */
  assert_quotes ("Harold Finch's plan was backed on Friday by Peter Quist, the head of the port board.\n\n"
                 "\"It is the only way to keep the ferries,\" he said.\n", e6, 1);
  /* "his" leads the sentence as well */
  assert_quotes ("Paul Stone complained about the sound on Monday.\n\n"
                 "\"The microphone was broken,\" Stone said.\n\n"
                 "His voice was quieter than that of Carl Weber all evening.\n\n"
                 "He says: \"I wonder why.\"\n", e5, 2);
}

/* A description with its name in apposition, past a named complement or
 * before the verb */
static void
test_description_apposition (void)
{
  const Expected e1[] = { { "We will not give up the pier,", "Irene Vogt" } };
  const Expected e2[] = { { "The water came in at night,", "Ruth Kemp" } };

  assert_quotes ("Tom Hardy opened the meeting.\n\n"
                 "\"We will not give up the pier,\" said the leader of the Harbor League, Irene Vogt, "
                 "on Tuesday.\n", e1, 1);
  /* "the governor" is the one the apposition calls so, not the place of
   * "governor of Vermont" */
  {
    const Expected e3[] = { { "He is the best person for the job,", "Paul Dorsey" } };
    assert_quotes ("Was that really Paul Dorsey, the brusque governor of Vermont?\n\n"
                   "The agency sent engineers.\n\n"
                   "\"He is the best person for the job,\" the governor said.\n", e3, 1);
  }
  assert_quotes ("Tom Hardy lost his boat in the flood.\n\n"
                 "\"The water came in at night,\" another neighbour, Ruth Kemp told reporters.\n", e2, 1);
}

/* "…"
 *
 * - Jane Doe.  (the dash line as its own paragraph) */
static void
test_dash_paragraph (void)
{
  const Expected e1[] = { { "Taxes on small farms must come down.", "Greta Holm" } };

  assert_quotes ("The debate turned to farming.\n\n"
                 "\"Taxes on small farms must come down.\"\n\n"
                 "- Greta Holm.\n\n"
                 "Economists disagree with that view.\n", e1, 1);
}

static void
test_bad_input (void)
{
  const char *texts[] = { "", "\"", "\"\"\"\"", "'", "\xe2\x80\x9c\xe2\x80\x9d", "\" said",
                          "said \"", "\n\n\n\"\n\n\"", "he said \xc2\xab", "''", "'''''", NULL };
  for (guint i = 0; texts[i]; i++)
    {
      g_autoptr(DossierContext) ctx = run (texts[i]);
      for (guint k = 0; k < ctx->quotes->len; k++)
        {
          const DossierQuoteInfo *q = &g_array_index (ctx->quotes, DossierQuoteInfo, k);
          g_assert_cmpuint (q->start, <, q->end);
          g_assert_cmpuint (q->end, <=, ctx->length);
        }
    }
}

/* "Marlow said. … she continued", where the names pass gives the bare
 * surname to her husband: the pronoun goes to the namesake it fits. */
static void
test_pronoun_namesake (void)
{
  g_autoptr(DossierContext) ctx = run ("Senator Rosa Marlow spoke in Dayton on Friday.\n\n"
                                       "Marlow and her husband, former Governor Victor Marlow, toured the site. "
                                       "He later left for Toledo.\n\n"
                                       "The hospital plan has been debated for years. Its budget grew twice, "
                                       "and the county board delayed a vote three times. Residents of the "
                                       "eastern towns drive more than an hour to reach an emergency room, and "
                                       "the nearest clinic closes at six in the evening. Supporters say a new "
                                       "building would bring hundreds of jobs; critics say the money would be "
                                       "better spent on roads, schools and the water system, which failed "
                                       "twice last winter. A survey last spring found most residents in favour, "
                                       "though many worried about taxes. The board will meet again next month, "
                                       "when the engineers present their final drawings and the cost of the "
                                       "land, the parking lot, the power plant and the new access road that "
                                       "would link the site to the highway, the railway station and the old "
                                       "market square in the middle of the town.\n\n"
                                       "Victor Marlow toured the old clinic again on Thursday.\n\n"
                                       "\"We will build the new hospital this year,\" Marlow said.\n\n"
                                       "\"It will serve the whole county,\" she continued.\n");

  g_assert_cmpuint (ctx->quotes->len, ==, 2);
  g_assert_cmpstr (speaker_name (ctx, 1), ==, "Rosa Marlow");
}

/* "the former mayor and Harbor Authority director": the title does not
 * stand before the organisation's name */
static void
test_description_conjunction (void)
{
  const Expected e[] = { { "We need a vote today,", "Jane Hollis" } };

  assert_quotes ("Mayor Jane Hollis opened the session on Monday.\n\n"
                 "The council then heard the former mayor and Harbor Authority director speak about the port.\n\n"
                 "\"We need a vote today,\" the mayor said.\n", e, 1);
}

/* "Another child responded": a person noun as the speaker */
static void
test_person_noun (void)
{
  g_autoptr(DossierContext) ctx = run ("Mayor Jane Hollis opened the library on Monday with a group of pupils.\n\n"
                                       "One boy asked where the comics were. Another child responded, \"They are upstairs.\"\n");

  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  g_assert_cmpstr (speaker_name (ctx, 0), ==, "another child");
}

/* "Wait, it gets better:": a sentence-initial common word is no speaker,
 * and no person entity is made of it */
static void
test_common_word_speaker (void)
{
  g_autoptr(DossierContext) ctx = run ("The council published its annual report on Monday.\n\n"
                                       "Wait, it gets better:\n\n"
                                       "\"The bridge will cost twice as much as planned and open two years late.\"\n");

  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  g_assert_cmpstr (speaker_name (ctx, 0), !=, "Wait");
  for (guint e = 0; e < ctx->entities->len; e++)
    g_assert_cmpstr (((DossierEntityInfo *) g_ptr_array_index (ctx->entities, e))->name, !=, "Wait");
}

/* "state Rep. Jane Doe-Roe" may come out of the names pass as kind other:
 * her title still lets "she" stand for her */
static void
test_pronoun_titled (void)
{
  g_autoptr(DossierContext) ctx = run ("The committee met in Columbia on Monday. But state Rep. Olwen Brack-Tasker, "
                                       "a member of the Democratic National Committee, recalled what happened in 2008.\n\n"
                                       "\xe2\x80\x9cThe vote is not a monolith,\xe2\x80\x9d she said.\n");

  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  g_assert_nonnull (speaker_name (ctx, 0));
  g_assert_true (name_matches (speaker_name (ctx, 0), "Olwen Brack-Tasker"));
}

/* "the former senator and current Green Party nominee said": the
 * description is the first conjunct */
static void
test_description_coordination (void)
{
  g_autoptr(DossierContext) ctx = run ("Jane Hollis spoke in Dayton on Monday.\n\n"
                                       "On a morning radio show, the former senator of Ohio and current Green Party nominee "
                                       "said she wanted to speak \"directly to young voters\" about jobs.\n");
  const DossierQuoteInfo *qi;
  g_autofree char *m = NULL;

  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  qi = &g_array_index (ctx->quotes, DossierQuoteInfo, 0);
  m = range_text (ctx, qi->speaker_mention);
  g_assert_true (g_str_has_prefix (m, "the former senator"));
}

/* an inverted cue of any common speech verb: "…," agrees Jane Doe */
static void
test_inverted_more_verbs (void)
{
  const Expected e1[] = { { "The harbour needs a new pier,", "Rosa Lindqvist" },
                          { "The pier can wait a year,", "Tomas Berg" } };
  const Expected e2[] = { { "Nobody reads the minutes,", "Ingrid Halvorsen" } };

  assert_quotes ("Rosa Lindqvist and Tomas Berg sat on the harbour board for years.\n\n"
                 "\"The harbour needs a new pier,\" declares Rosa Lindqvist, 54, of Bergen.\n\n"
                 "\"The pier can wait a year,\" counters Tomas Berg.\n", e1, 2);
  assert_quotes ("The board met on Tuesday.\n\n"
                 "\"Nobody reads the minutes,\" agrees Ingrid Halvorsen, the board's clerk.\n", e2, 1);
}

/* "Jane Doe's claim that …" a fragment of her words: she is the speaker,
 * not the subject of the sentence around it */
static void
test_possessive_claim (void)
{
  const Expected e1[] = { { "ten thousand new jobs", "Marek Novak" } };
  const Expected e2[] = { { "the cheapest ferry in the country,", "Helga Brandt" } };

  assert_quotes ("Marek Novak is running for mayor of Lowell.\n\n"
                 "The Lowell Ledger checked Marek Novak's claim that the plant brought \"ten thousand new jobs\" "
                 "to the valley.\n", e1, 1);
  assert_quotes ("Helga Brandt runs the ferry company.\n\n"
                 "Critics mocked Helga Brandt\xe2\x80\x99s boast that it was \"the cheapest ferry in the country,\" "
                 "pointing to the fares.\n", e2, 1);
}

/* a nationality or number word before a plural is no speaker's name */
static void
test_modifier_not_speaker (void)
{
  g_autoptr(DossierContext) ctx = run ("The talks ended late on Friday.\n\n"
                                       "Norwegian negotiators called the offer \"a step backwards\" for the fishermen.\n");
  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  g_assert_true (speaker_name (ctx, 0) == NULL ||
                 g_ascii_strcasecmp (speaker_name (ctx, 0), "Norwegian") != 0);
}

/* a participle that opens the sentence is no subject; an "it" that
 * stands for nothing ("It was a year ago that …") neither */
static void
test_participle_and_expletive (void)
{
  const Expected e1[] = { { "Every ballot will be counted by hand.", "Aino Lehto" } };
  const Expected e2[] = { { "pointless", "Oskar Wirth" } };

  assert_quotes ("The count went on into the night.\n\n"
                 "Speaking to reporters outside the town hall, Aino Lehto, 61, said it was too early to tell "
                 "but added, \"Every ballot will be counted by hand.\"\n", e1, 1);
  assert_quotes ("The council voted on Monday.\n\n"
                 "It was only last spring that Oskar Wirth, who now chairs the council, said the vote was "
                 "\"pointless\" for a town of that size.\n", e2, 1);
}

/* "when Jane Doe knocked Roe and called him a "…"": the subject of the
 * clause, not the object of its first verb */
static void
test_coordinated_cue (void)
{
  const Expected e1[] = { { "moderate,", "Pia Kolar" } };

  assert_quotes ("The debate ran late.\n\n"
                 "There were sharp moments, such as when Pia Kolar knocked Ivo Maric on trade and called him a "
                 "\"moderate,\" a dig at his record.\n", e1, 1);
}

/* a mention that opens a longer name: the group, not its first word */
static void
test_name_longer_than_mention (void)
{
  g_autoptr(DossierContext) ctx = run ("Flooding closed the river road again.\n\n"
                                       "The filing was \"a farce,\" Taxpayer Watch stated in a release.\n");
  const char *who;

  g_assert_cmpuint (ctx->quotes->len, ==, 1);
  who = speaker_name (ctx, 0);
  g_assert_nonnull (who);
  g_assert_cmpstr (who, ==, "Taxpayer Watch");
}

/* "63 percent said": the share speaks, nobody named near it */
static void
test_percent_speaker (void)
{
  const Expected e1[] = { { "justified", "63 percent" } };

  assert_quotes ("The poll of river towns was taken last week; 5 percent Independent Carla Moss polled well.\n\n"
                 "However, 63 percent said the mayor was \"justified\" in waiting.\n", e1, 1);
}

/* "the spokeswoman for the agency, Mary Lin, said": the name in
 * apposition after a complement of common words */
static void
test_description_complement_apposition (void)
{
  const Expected e1[] = { { "We are ready,", "Mary Lin" } };

  assert_quotes ("The flood agency opened its shelters on Monday.\n\n"
                 "\"We are ready,\" the spokeswoman for the agency, Mary Lin, said.\n", e1, 1);
}

/* "Doe met Roe. She said …": the subject of the sentence before, the verb
 * between the two names being no title ("Obama consultant Jane Doe") */
static void
test_pronoun_subject_not_object (void)
{
  const Expected e1[] = { { "very kind.", "Lena Ortiz" } };

  assert_quotes ("President Ann Vale spoke on Monday.\n\n"
                 "Dr. Lena Ortiz is a surgeon at the clinic.\n\n"
                 "Ortiz met Vale after the meeting. She said Vale was \"very kind.\"\n", e1, 1);
}

/* a quote over two paragraphs takes the speaker its end names, not the
 * one of the paragraph before it; "the treasurer" is a description */
static void
test_multi_paragraph_cue_at_end (void)
{
  const Expected e1[] = { { "The pier is safe,", "Ann Vale" },
                          { "The first part of a long statement.", "Bo Kim" },
                          { "The second part of it,", "Bo Kim" } };

  assert_quotes ("Mayor Ann Vale and Treasurer Bo Kim spoke at the harbour.\n\n"
                 "\"The pier is safe,\" Vale said.\n\n"
                 "\"The first part of a long statement.\n\n"
                 "\"The second part of it,\" the treasurer said.\n", e1, 3);
}

/* a speech noun after a name in the possessive is no verb: "Doe's claim
 * that …" quotes Doe, "the agency's report" is not what Roe said */
static void
test_possessive_noun_not_verb (void)
{
  const Expected e1[] = { { "hundreds of break-ins", "Tom Baxter" } };
  const Expected e2[] = { { "was not fair.", "Nora Quill" } };

  assert_quotes ("The council did a review of Tom Baxter's claim that there were "
                 "\"hundreds of break-ins\" in the town last year.\n", e1, 1);
  assert_quotes ("Nora Quill spoke on Monday.\n\n"
                 "Quill said the election board's report \"was not fair.\"\n", e2, 1);
}

/* fragments of one sentence with no cue between them share the speaker
 * the cue before the first one names */
static void
test_sentence_fragments (void)
{
  const Expected e1[] = { { "greedy lawyers", "Ron Tate" },
                          { "legal issues", "Ron Tate" } };
  const Expected e2[] = { { "perfectly obvious", "Ron Tate" },
                          { "certain", "Ron Tate" },
                          { "criminal counts", "Ron Tate" } };
  const Expected e3[] = { { "friend and ally", "Ted Marsh" },
                          { "a campaign full of hope.", "Ted Marsh" } };

  assert_quotes ("House Speaker Ron Tate, despite admitting that he had doubts about \"greedy lawyers\" "
                 "and general \"legal issues\" that could arise, voted for the bill.\n", e1, 2);
  assert_quotes ("Ron Tate spoke on Monday.\n\n"
                 "Tate said it was \"perfectly obvious\" that the server was open, and that Crane faced a "
                 "\"certain\" indictment on at least ten \"criminal counts\" barring a deal.\n", e2, 3);
  assert_quotes ("Ted Marsh says his \"friend and ally\" Paul Ruiz ran \"a campaign full of hope.\"\n", e3, 2);
}

/* a place is no speaker: a state or a city set off by commas after a
 * preposition, a dateline in any case, a state in a party parenthesis;
 * "Asked which …" opens a participle phrase, no inverted subject */
static void
test_place_not_speaker (void)
{
  const Expected e1[] = { { "a total fraud.", "Jane Quill" } };
  const Expected e2[] = { { "reckless promises", "Peter Vance" } };
  const Expected e3[] = { { "We are going all the way.", "Carl Mott" } };
  const Expected e4[] = { { "a disaster.", "Jane Roe" } };
  const Expected e5[] = { { "Whichever one I'm in.", "Bill Marr" } };
  const Expected e6[] = { { "the basic belief of the party.", "Ann Ward" } };

  assert_quotes ("Campaigning at a diner in Dover, Delaware, Jane Quill went after her rival, "
                 "calling him \"a total fraud.\"\n", e1, 1);
  assert_quotes ("Boston (AFP) \xe2\x80\x93 Republican Peter Vance has taken a shot at his rival's tax plan, "
                 "saying that \"reckless promises\" do harm.\n", e2, 1);
  assert_quotes ("On Friday at Lakeview College in Akron, OH, after winning the primary, Gov. Carl Mott (R-OH), "
                 "said, \"We are going all the way.\"\n", e3, 1);
  assert_quotes ("Salem, Ohio \xe2\x80\x94 Jane Roe attacked the plan on Monday, calling it \"a disaster.\"\n", e4, 1);
  assert_quotes ("Bill Marr toured the state on Monday.\n\n"
                 "Asked which Iowa county was his favorite, he demurred: \"Whichever one I'm in.\"\n", e5, 1);
  assert_quotes ("Ann Ward spoke on Monday.\n\n"
                 "Ward praised the speech at the summit in Orlando, Florida, which Ward claims affirmed "
                 "\"the basic belief of the party.\"\n", e6, 1);
}

/* "will continue to be" is no speech cue; after "say" the phrase that a
 * verb follows is the subject of the words said, no inverted speaker */
static void
test_not_inverted (void)
{
  const Expected e1[] = { { "a champion for freedom.", "Ted Cruz" } };
  const Expected e2[] = { { "first one", "Ann Kasten" } };

  assert_quotes ("Ted Cruz spoke on Monday.\n\n"
                 "Cruz said he is certain Rubio will continue to be \"a champion for freedom.\"\n", e1, 1);
  assert_quotes ("Ann Kasten spoke on Monday.\n\n"
                 "Kasten tells the crowd she was the \"first one\" to say the militia group needs to be disbanded.\n",
                 e2, 1);
}

/* modifiers are no speakers: "The U.S. media", "an Egyptian textbook",
 * "Corporate lobbyists", "One Democrat familiar with …" are descriptions;
 * a title inside an organisation's name leads to the person after it */
static void
test_modifier_descriptions (void)
{
  const Expected e1[] = { { "unbiased", "the U.S. media" } };
  const Expected e2[] = { { "the advantages of peace.", "an Egyptian textbook" } };
  const Expected e3[] = { { "a huge win.", "Corporate lobbyists" } };
  const Expected e4[] = { { "We are close.", "one Democrat" } };
  const Expected e5[] = { { "un-American.", "Amal Rahim" } };
  const Expected e6[] = { { "absurd.", "Congressman Tom Brill's office" } };

  assert_quotes ("The U.S. media has always claimed to be an \"unbiased\" review of the news.\n", e1, 1);
  assert_quotes ("An Egyptian textbook just published for pupils explains \"the advantages of peace.\"\n", e2, 1);
  assert_quotes ("Corporate lobbyists describe the deal as \"a huge win.\"\n", e3, 1);
  assert_quotes ("One Democrat familiar with the talks said, \"We are close.\"\n", e4, 1);
  assert_quotes ("The Council on Civic Fairness National Policy Director Amal Rahim says the plan is "
                 "\"un-American.\"\n", e5, 1);
  assert_quotes ("Congressman Tom Brill's office issued a statement calling the claim \"absurd.\"\n", e6, 1);
}

/* a participle phrase that opens the sentence runs past the appositive
 * of its last name; "X's state director, Jane Doe," is Jane Doe */
static void
test_participle_appositive (void)
{
  const Expected e1[] = { { "victims of crime", "Dan Voss" } };
  const Expected e2[] = { { "We need you.", "Mike Rubino" } };

  assert_quotes ("Preceded at the lectern by Joe Marks, the county sheriff and a hard-liner, Dan Voss "
                 "launched into a lament for people who are \"victims of crime\" by gangs.\n", e1, 1);
  assert_quotes ("The campaign's Virginia state director, Mike Rubino, wrote in an email, \"We need you.\"\n", e2, 1);
}

/* a name before a colon is a label only when it opens its clause: "X
 * delivered a message to Y:" quotes X */
static void
test_colon_object (void)
{
  const Expected e1[] = { { "It is time to stop.", "Mitch Rowan" } };

  assert_quotes ("Senate leader Mitch Rowan, R-Ky., delivered a blunt message to Dale Trent: "
                 "\"It is time to stop.\"\n", e1, 1);
}

/* "hours after Jane Doe said": a clause the preposition opens has the
 * name before the cue as its subject */
static void
test_subordinate_subject (void)
{
  const Expected e1[] = { { "encouraged", "Tom Sand" } };

  assert_quotes ("Jane Rowe weighed in on Tuesday evening, hours after Tom Sand said he was "
                 "\"encouraged\" by the plan.\n", e1, 1);
}

/* "If he wins, Dan Reyes has said …": the pronoun of the opening clause
 * looks ahead to the subject, no earlier person */
static void
test_cataphora (void)
{
  const Expected e1[] = { { "open up", "Dan Reyes" } };

  assert_quotes ("Sam Oakes has barred reporters from his events.\n\n"
                 "If he wins the election, Dan Reyes has indicated he would try to curb critics, "
                 "vowing to \"open up\" libel laws.\n", e1, 1);
}

/* nouns that are also speech verbs: "a swing state", "21 points"; and
 * "a formula called the "…"" names a thing, nobody speaks */
static void
test_noun_not_cue (void)
{
  const Expected e1[] = { { "a dead heat", "Mike Brand" } };
  const Expected e2[] = { { "obsessed", "Joe Murr" } };

  assert_quotes ("Spokesman Mike Brand said Ann Sole asked for the meeting.\n\n"
                 "Brand said Tom Sand has come from 40 points behind in the polls to \"a dead heat\" in Iowa.\n",
                 e1, 1);
  assert_quotes ("Joe Murr is a lawyer in the town.\n\n"
                 "He recently wrote a column for the state's largest newspaper, mocking party state leaders as "
                 "\"obsessed\" with power.\n", e2, 1);
}

/* "X was asked by Y, …, "…"": the agent asks; "…, when many
 * commentators called him "…"": the subject of the clause "when" opens */
static void
test_passive_and_subordinate (void)
{
  const Expected e1[] = { { "Now, you said the emails did not matter?", "Bill Marr" } };
  const Expected e2[] = { { "the grownup on the stage", "many commentators" } };

  assert_quotes ("Tom Sand was asked by host Bill Marr, who backs Sand but has dismissed the story, "
                 "\"Now, you said the emails did not matter?\"\n", e1, 1);
  assert_quotes ("Dale Kern is coming off a strong debate on Thursday night, when many commentators called him "
                 "\"the grownup on the stage\" amid the fight.\n", e2, 1);
}

/* ""…," an angry Jane Doe retaliated": the name after an adjective; a name
 * before a colon after "to the Dutch newspaper" is its object */
static void
test_adjective_and_object_label (void)
{
  const Expected e1[] = { { "The town will always be the town,", "Anna Brodeur" } };
  const Expected e2[] = { { "What he did was so insensitive.", "Jed Marsh" } };

  assert_quotes ("Tom Sand said the town had lost its soul.\n\n"
                 "\"The town will always be the town,\" an angry Anna Brodeur retaliated.\n", e1, 1);
  assert_quotes ("Former candidate Jed Marsh broke down what was wrong with the picture to the Dutch newspaper "
                 "Het Blad: \"What he did was so insensitive.\"\n", e2, 1);
}

/* a fragment with no cue takes the subject of the last clause before it,
 * not the first of the sentence */
static void
test_last_clause_subject (void)
{
  const Expected e1[] = { { "wake up and smell the coffee", "Mike Hale" } };

  assert_quotes ("Gov. Bob Jain on Monday signed an order to block the plan, while Mike Hale, the former governor, "
                 "proposed we \"wake up and smell the coffee\" and said the speaker should resign.\n", e1, 1);
}

/* a phrase that opens the sentence ("At the debate on Wednesday night,",
 * "In a year when …,") runs to its comma; the subject follows it */
static void
test_opening_phrase (void)
{
  const Expected e1[] = { { "fog of war", "Ann Vale" } };
  const Expected e2[] = { { "to stand up and be active.", "Jose Ruiz" } };

  const Expected e3[] = { { "a failed candidate.", "Ray Tubb" } };

  assert_quotes ("At the party debate on Wednesday night, Ann Vale blamed the \"fog of war\" for the failure.\n", e1, 1);
  assert_quotes ("Early in his campaign, Ray Tubb attacked Ron Mott, calling him, among other things, "
                 "\"a failed candidate.\"\n", e3, 1);
  assert_quotes ("In a year when Tom Dent is talking about walls, Jose Ruiz said Dent was wrong to urge leaders "
                 "\"to stand up and be active.\"\n", e2, 1);
}

/* "X's most explosive claim is that …": the one whose claim it is */
static void
test_possessive_claim_is (void)
{
  const Expected e1[] = { { "witch hunt", "Tom Pod" } };

  assert_quotes ("Tom Pod says he was fired. But Pod's most explosive claim is that the House Select Committee "
                 "on Trade is a \"witch hunt\" aimed at the governor.\n", e1, 1);
}

static void
test_seed (void)
{
  const char *dir = g_getenv ("DOSSIER_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize len;
  guint kirby = 0, biden = 0, miller = 0;

  if (!dir)
    {
      g_test_skip ("DOSSIER_SHARED_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "eval", "sets", "seed", "kirby-pauses.txt", NULL);
  if (!g_file_get_contents (path, &text, &len, NULL))
    {
      g_test_skip ("the seed article is not there");
      return;
    }
  {
    g_autoptr(DossierContext) ctx = dossier_context_new (text, len, NULL);
    dossier_text_run (ctx);
    dossier_layout_run (ctx);
    dossier_names_run (ctx);
    dossier_time_run (ctx);
    dossier_quotes_run (ctx);
    g_assert_cmpuint (ctx->quotes->len, ==, 19);
    for (guint i = 0; i < ctx->quotes->len; i++)
      {
        const char *who = speaker_name (ctx, i);
        g_assert_nonnull (who);
        if (name_matches (who, "John Kirby"))
          kirby++;
        else if (name_matches (who, "Joe Biden"))
          biden++;
        else if (name_matches (who, "Matthew Miller"))
          miller++;
      }
    g_assert_cmpuint (kirby, ==, 14);
    g_assert_cmpuint (biden, ==, 4);
    g_assert_cmpuint (miller, ==, 1);
  }
}

/* "The senator attacked Doe. \"…\" he said": the subject of the sentence
 * before, a description, is the antecedent, not the name in its object;
 * the description stands for the person it names earlier. */
static void
test_pronoun_description_subject (void)
{
  const Expected e1[] = { { "We cannot wait another year,", "Tom Finch" } };
  const Expected e2[] = { { "The deal is dead,", "the mayor" } };
  const Expected e3[] = { { "I will vote no,", "Nora Finch" } };

  assert_quotes ("Sen. Tom Finch spoke in Dover on Friday.\n\n"
                 "The senator attacked Paul Grady over the budget. "
                 "\"We cannot wait another year,\" he said.\n", e1, 1);
  assert_quotes ("The mayor criticized Paul Grady on Tuesday. "
                 "\"The deal is dead,\" he said.\n", e2, 1);
  /* a name that speaks in that sentence still wins */
  assert_quotes ("Sen. Nora Finch met Paul Grady.\n\n"
                 "The senator said Grady was wrong. "
                 "\"I will vote no,\" she said.\n", e3, 1);
}

/* "The Ohio senator's answer was that "…"": a description in the
 * possessive owns the words, the person it names earlier if any. */
static void
test_possessive_description (void)
{
  const Expected e1[] = { { "schools come first,", "Tom Finch" } };
  const Expected e2[] = { { "nobody reads the fine print.", "the young mayor" } };

  assert_quotes ("Sen. Tom Finch spoke on Friday.\n\n"
                 "The Ohio senator's answer was that \"schools come first,\" and the hall cheered.\n", e1, 1);
  assert_quotes ("The town voted on Monday. The young mayor\xe2\x80\x99s claim is that "
                 "\"nobody reads the fine print.\"\n", e2, 1);
}

/* A nickname in quote marks inside a name is no quote and stands for the
 * surname; a short quote inside the phrase before a cue after the quote
 * is looked past. */
static void
test_nickname_and_inner_quote (void)
{
  const Expected e1[] = { { "This is a big night for the city!", "Lopez" } };
  const Expected e2[] = { { "We have had better weeks than this one,", "Sam Ruiz" },
                          { "Vote Ruiz", "Sam Ruiz" } };

  assert_quotes ("Ann Cole spoke on Friday.\n\n"
                 "\"This is a big night for the city!\" her cousin, state Del. Marta \"Tia\" Lopez "
                 "(D-Easton), shouted to the crowd.\n", e1, 1);
  assert_quotes ("Ann Cole spoke on Friday.\n\n"
                 "\"We have had better weeks than this one,\" county delegate Sam Ruiz, wearing a "
                 "straw hat and \"Vote Ruiz\" buttons, said.\n", e2, 2);
}

/* "Recalling that night, Dan Rourke, a strategist, said: "…"": the
 * participle phrase that opens the sentence is no subject, also when the
 * subject has an appositive. */
static void
test_participle_before_appositive (void)
{
  const Expected e1[] = { { "He will rally behind us.", "Dan Rourke" } };
  const Expected e2[] = { { "He will rally behind us.", "Dan Rourke" } };

  assert_quotes ("The race tightened in May.\n\n"
                 "Recalling the vote, Dan Rourke, who ran the campaign, said of Lee: "
                 "\"He will rally behind us.\"\n", e1, 1);
  assert_quotes ("The race tightened in May.\n\n"
                 "Standing outside the hall, Dan Rourke, a strategist, said: "
                 "\"He will rally behind us.\"\n", e2, 1);
}

static void
test_time_phrase_and_plain_subject (void)
{
  const Expected e1[] = { { "the point of view of a farmer who has seen the drought.", "Mary Jones" } };
  const Expected e2[] = { { "a disgrace to the whole league and its fans.", "the baker" } };

  /* "Twelve years earlier" opens the sentence: a time, not its subject */
  assert_quotes ("Mary Jones ran for the board in 2004 and lost.\n\n"
                 "Twelve years earlier, she had voted for the levy from "
                 "\"the point of view of a farmer who has seen the drought.\"\n", e1, 1);
  /* ", calling him": the subject of the clause, a description the
   * lexicon does not know, not the object before the comma */
  assert_quotes ("The league met on Friday.\n\n"
                 "The baker asked for Ray Lund to resign, calling him "
                 "\"a disgrace to the whole league and its fans.\"\n", e2, 1);
}

static void
test_nested_report (void)
{
  const Expected e1[] = { { "closely coordinated.", "Tom Lane" } };
  const Expected e2[] = { { "the best deal the town ever made", "Ana Ruiz" } };
  const Expected e3[] = { { "a fine plan,", "Lee Park" } };

  /* "X said (that) Y called …": the quote is in what X reported */
  assert_quotes ("The caucus met on Tuesday.\n\n"
                 "Rep. Tom Lane said Gail Brook called on members to be \"closely coordinated.\"\n", e1, 1);
  assert_quotes ("The council met on Tuesday.\n\n"
                 "Ana Ruiz said during a rally in Salem that Ben Cole once described the lease as "
                 "\"the best deal the town ever made\" and left.\n", e2, 1);
  /* a cue with no outer report keeps its own subject */
  assert_quotes ("The council met on Tuesday.\n\n"
                 "After the vote, Lee Park called the lease \"a fine plan,\" and left.\n", e3, 1);
}

static void
test_according_to_first (void)
{
  const Expected e1[] = { { "she would sign the bill if it reached her desk.", "Valley Herald" } };

  /* a sentence that opens with "According to X," is X's report */
  assert_quotes ("The bill passed the house on Monday.\n\n"
                 "According to the Valley Herald, campaign aide Jim Perl said Friday that "
                 "\"she would sign the bill if it reached her desk.\"\n", e1, 1);
}

static void
test_participle_goes_on (void)
{
  const Expected e1[] = { { "the rule of the left is in danger", "Lund" } };
  const Expected e2[] = { { "disaster", "Ray Dunn" },
                          { "How can someone with such bad judgment lead us?", "Ray Dunn" } };

  /* "Lund rallied supporters by warning": the object of a verb is no
   * speaker; the name before the verb is */
  assert_quotes ("Lund has led the country since 2009.\n\n"
                 "On the eve of his historic election to a fourth term as prime minister in March, "
                 "Lund rallied supporters by warning darkly that \"the rule of the left is in danger\" "
                 "and then left.\n", e1, 1);
  /* the same after a description: "the aide rallied supporters" */
  {
    const Expected e3[] = { { "We will not let them win this one.", "the aide" } };
    assert_quotes ("The vote was close.\n\n"
                   "The aide rallied supporters at the hall, saying \"We will not let them win this one.\"\n",
                   e3, 1);
  }
  /* "… and asking" goes on the clause of the quote before it */
  assert_quotes ("The news broke on Friday.\n\n"
                 "Republicans were quick to chime in, with Ray Dunn tweeting that it was a "
                 "\"disaster\" for Lee and asking, \"How can someone with such bad judgment lead us?\"\n",
                 e2, 2);
}

static void
test_subordinate_cue (void)
{
  const Expected e1[] = { { "I suppose I could have stayed home and baked bread all day.", "Mary Hale" } };

  /* the cue in "After …," is not the main clause's: its own subject speaks */
  assert_quotes ("Mary Hale ran for the board.\n\n"
                 "After former Gov. Jerry Lund criticized Bill Hale during a debate, Mary Hale shot back, "
                 "\"I suppose I could have stayed home and baked bread all day.\"\n", e1, 1);
}

static void
test_inverted_and_adverb (void)
{
  const Expected e1[] = { { "there is a scenario where it is hard to see how the mayor gets any airtime.", "Tom Rosen" } };
  const Expected e2[] = { { "Very good reporter, very good reporter this guy,", "Dunn" } };
  const Expected e3[] = { { "the opportunity and the duty to bring us together.", "Tom Massie" } };

  /* ", explained Tom Rosen, "…"": the inverted subject, not the clause's */
  assert_quotes ("The race tightened.\n\n"
                 "Because of how Democrats crafted the schedule, explained Tom Rosen, "
                 "\"there is a scenario where it is hard to see how the mayor gets any airtime.\"\n", e1, 1);
  /* "said when Boyle asked": a clause of its own, no inverted speaker */
  assert_quotes ("Ray Dunn spoke in Salem.\n\n"
                 "\"Very good reporter, very good reporter this guy,\" Dunn, the party's frontrunner in the "
                 "state, said when Boyle asked him a question.\n", e2, 1);
  /* "but now said": the subject of the clause */
  assert_quotes ("The convention opened.\n\n"
                 "Rep. Tom Massie used to support fellow Kentuckian Rand Lee, but now said Dunn had "
                 "\"the opportunity and the duty to bring us together.\"\n", e3, 1);
}

static void
test_last_resort_speaker (void)
{
  const Expected e1[] = { { "We have to be a lot tougher on the budget.", "Sara Quinn" },
                          { "We are not fighting it hard enough.", "Sara Quinn" } };

  /* quote paragraphs that nothing attributes: the person named last */
  assert_quotes ("The plan was left vague, since Sara Quinn spoke only in broad terms during the interview.\n\n"
                 "\"We have to be a lot tougher on the budget.\"\n\n"
                 "\"We are not fighting it hard enough.\"\n", e1, 2);
}

static void
test_plain_description_after (void)
{
  const Expected e1[] = { { "Chairman Lee tied these statements to the firing to damage his name,", "the suit" } };
  const Expected e2[] = { { "She will stand up to the lobby and take on the banks,", "a voice-over" } };

  /* a description the lexicon does not know speaks after the quote */
  assert_quotes ("The case went to court.\n\n"
                 "\"Chairman Lee tied these statements to the firing to damage his name,\" the suit reads.\n", e1, 1);
  assert_quotes ("The ad ran on Monday.\n\n"
                 "\"She will stand up to the lobby and take on the banks,\" a voice-over in the ad says.\n", e2, 1);
}

static void
test_subordinate_clause_skipped (void)
{
  const Expected e1[] = { { "We offer our condolences to the family and friends of Tom Wall.", "Bill Hale" } };

  /* "When Wall died in 1998," is no subject of the main clause */
  assert_quotes ("Tom Wall served two terms.\n\n"
                 "When Wall died in 1998, Governor Bill Hale released the following statement:\n\n"
                 "\"We offer our condolences to the family and friends of Tom Wall.\"\n", e1, 1);
}

static void
test_inverted_speaker_antecedent (void)
{
  const Expected e1[] = { { "very assertive,", "Gary Orr" },
                          { "doubled down the bets", "Gary Orr" } };
  const Expected e2[] = { { "We think early money sets the terms,", "Scott Reed" },
                          { "like folks are running for sheriff.", "Scott Reed" } };

  /* ""…," said Gary Orr." speaks in its sentence: "He" is Orr, not the
   * first name of the sentence */
  assert_quotes ("The board met.\n\n"
                 "Critics fear the new plan. Under Tom Bell the old law was \"very assertive,\" "
                 "said Gary Orr, a professor at the state university. He added that the board "
                 "\"doubled down the bets\" on testing.\n", e1, 2);
  /* "Jim Roe, the Chamber's strategist, who added": the name beside it */
  assert_quotes ("The money flowed in.\n\n"
                 "\"We think early money sets the terms,\" said Scott Reed, the Chamber's chief political "
                 "strategist, who added that his group plans to zero in on issues "
                 "\"like folks are running for sheriff.\"\n", e2, 2);
}

static void
test_expletive_and_when_asked (void)
{
  const Expected e1[] = { { "That matter is handled by career agents.", "Lora Lind" } };
  const Expected e2[] = { { "if you like your plan, you can keep it", "Barack Obama" } };

  /* "when asked" has no clause of its own: the cue is "told" */
  assert_quotes ("The inquiry went on.\n\n"
                 "Any decision would involve Attorney General Lora Lind, who told Congress when asked "
                 "last month about the inquiry: \"That matter is handled by career agents.\"\n", e1, 1);
  /* "It's the pull of …": an "it" that stands for nobody */
  assert_quotes ("Unions fought the tax in Ohio.\n\n"
                 "It's the persistent pull of Barack Obama's \"if you like your plan, you can keep it\" "
                 "promise that worries them.\n", e2, 1);
}

static void
test_and_said_after_quote (void)
{
  const Expected e1[] = { { "Town Forum", "Mary Hale" },
                          { "Steadiness, an absolute rock steadiness.", "Mary Hale" } };

  /* "… at a "Town Forum" hosted by KTV and said: "…"": the subject of the
   * sentence, before its first quote */
  assert_quotes ("The forum was held in Salem.\n\n"
                 "Mary Hale, the former mayor, stressed her record during a \"Town Forum\" hosted by "
                 "KTV News and said she has the key quality for the job: "
                 "\"Steadiness, an absolute rock steadiness.\"\n", e1, 2);
}

static void
test_as_clause_skipped (void)
{
  const Expected e1[] = { { "You are being silly, all of you,", "Sara Silver" } };

  /* "As the crowd began to chant," is no subject of the main clause */
  assert_quotes ("The rally ran late.\n\n"
                 "As the crowd began to chant, Sara Silver was joined on stage by Sen. Al Frank and joked, "
                 "\"You are being silly, all of you,\" drawing loud jeers.\n", e1, 1);
}

static void
test_reported_outer_source (void)
{
  const Expected e1[] = { { "doing the right thing,", "KXTV" } };

  /* ", KXTV reported." at the end of the sentence is the outer source */
  assert_quotes ("The race narrowed on Tuesday.\n\n"
                 "Ray Dunn welcomed the news, saying the governor was \"doing the right thing,\" "
                 "and hinted he might pick him as a running mate, KXTV reported.\n", e1, 1);
}

static void
test_format_char_before_mark (void)
{
  const Expected e1[] = { { "You should have said it louder, because we all agree!!", "Sara Geyer" } };

  /* a direction mark (U+202A) before a mark pasted from social media */
  assert_quotes ("The post drew many comments.\n\n"
                 "\xe2\x80\xaa\xe2\x80\x9dYou should have said it louder, because we all agree!!\xe2\x80\x9d "
                 "posted Sara Geyer.\n", e1, 1);
}

static void
test_according_to_far (void)
{
  const Expected e1[] = { { "a major lawsuit,", "a copy" } };
  const Expected e2[] = { { "full support", "Tom Reyes" },
                          { "central", "Tom Reyes" } };

  /* "according to" right after the closing mark, a description the
   * lexicon does not know */
  assert_quotes ("The deal fell apart.\n\n"
                 "Ray Dunn wrote to the firm's chief executive, threatening \"a major lawsuit,\" according to "
                 "a copy of the letter reviewed by reporters.\n", e1, 1);
  /* past a later quote of the sentence, far from the first */
  assert_quotes ("The platform was adopted.\n\n"
                 "Ann Lee noted that the clinic, which gets the \"full support\" of her group, is "
                 "\"central\" to the party's platform for the first time this year, according to Tom Reyes.\n",
                 e2, 2);
}

static void
test_states_noun (void)
{
  const Expected e1[] = { { "velvet gloves", "Nora Kass" } };

  /* "many Asian states, and": a noun, no cue; the speaker comes after */
  assert_quotes ("The summit opened.\n\n"
                 "The pact has provoked mixed feelings in many Asian states, and it has used \"velvet gloves\" "
                 "in its dealings with the region, said Nora Kass, an expert at the state university.\n", e1, 1);
}

static void
test_unresolved_pronoun_guess (void)
{
  const Expected e1[] = { { "I do not think you hear her saying that on the trail,", "Mary Shaw" } };

  /* "he said" where no name before fits the pronoun (a gender the names
   * may have wrong): the person named last before the quote, still named
   * by that pronoun, rather than no speaker */
  {
    g_autoptr(DossierContext) ctx = run ("The debate went on.\n\n"
                                         "Mary Shaw heads the growers group in the state.\n\n"
                                         "\"I do not think you hear her saying that on the trail,\" he said.\n");
    const DossierQuoteInfo *info;
    g_autofree char *who = NULL;
    g_assert_cmpuint (ctx->quotes->len, ==, 1);
    info = &g_array_index (ctx->quotes, DossierQuoteInfo, 0);
    g_assert_cmpint (info->speaker, >=, 0);
    g_assert_true (name_matches (speaker_name (ctx, 0), e1[0].speaker));
    who = range_text (ctx, info->speaker_mention);
    g_assert_cmpstr (who, ==, "he");
  }
}

static void
test_and_said_right_after_quote (void)
{
  const Expected e1[] = { { "has no place in our town", "Jane Mack" },
                          { "day of reckoning.", "Jane Mack" } };
  const Expected e2[] = { { "disaster", "Ray Dunn" },
                          { "rip up", "Ray Dunn" } };

  /* "and said" right after the quote before it */
  assert_quotes ("The comments drew fire.\n\n"
                 "Group President Jane Mack issued a statement saying his comment \"has no place in our town\" "
                 "and said party leaders will have a \"day of reckoning.\"\n", e1, 2);
  /* but not past "which": the clause's own subject */
  assert_quotes ("The talks went on.\n\n"
                 "And the trade pact, which Ray Dunn had called a \"disaster\" and promised to \"rip up\"? "
                 "It was not mentioned.\n", e2, 2);
}

static void
test_unknown_head_subject (void)
{
  const Expected e1[] = { { "despite repeated warnings", "the wire service" } };
  const Expected e2[] = { { "a shared interest in safe streets", "the impersonator" } };
  const Expected e3[] = { { "We planted every tree ourselves,", "the designer" } };
  const Expected e4[] = { { "That makes me rich,", "Tom Barker" } };

  /* a determiner and a noun the lexicon does not know, then a verb: the
   * subject of the clause of a fragment */
  assert_quotes ("The board met on Tuesday.\n\n"
                 "The wire service pointed to a memo showing the staff was too small "
                 "\"despite repeated warnings\" from the office.\n", e1, 1);
  assert_quotes ("The crowd laughed.\n\n"
                 "The impersonator gushed about \"a shared interest in safe streets\" all night.\n",
                 e2, 1);
  /* an auxiliary after the noun ("has concluded"); "one" opens it too */
  {
    const Expected e5[] = { { "top secret", "the intelligence community" } };
    const Expected e6[] = { { "keep the right to bargain", "one sweeping question" } };
    assert_quotes ("Some notes were marked later.\n\n"
                   "The intelligence community has concluded that \"top secret\" material was in the notes.\n",
                   e5, 1);
    assert_quotes ("The union sent a list to the candidates.\n\n"
                   "One sweeping question asked whether they would \"keep the right to bargain\" in talks.\n",
                   e6, 1);
  }
  /* more speaking nouns */
  assert_quotes ("The garden show opened on Friday.\n\n"
                 "\"We planted every tree ourselves,\" said the designer.\n", e3, 1);
  /* "footage of X saying": X speaks, not the subject of the clause */
  assert_quotes ("The new ad ran on Monday.\n\n"
                 "The spot ends with footage of Tom Barker saying in a debate, \"That makes me rich,\" "
                 "as the crowd booed.\n", e4, 1);
}

static void
test_sentence_subject (void)
{
  const Expected e1[] = { { "The vote is close,", "Tom Reyes" },
                          { "Nobody wants another long winter.", "Ruth Calder" } };
  const Expected e2[] = { { "we knew we could reach everyone online,", "Dan Pryce" } };

  /* a whole-sentence quote with no cue after a sentence of its paragraph:
   * the person that sentence is about, not the speaker of the paragraph
   * before */
  assert_quotes ("\"The vote is close,\" Tom Reyes said.\n\n"
                 "On Sunday, Sen. Ruth Calder (Vt.), who lost the primary, named the cold as one reason. "
                 "\"Nobody wants another long winter.\"\n", e1, 2);
  /* "His aide, Dan Pryce, … but Pryce said …. … he said": "His" does not
   * send "he" back past the one who speaks */
  assert_quotes ("Mayor Ken Olson ran the best campaign in years.\n\n"
                 "His digital chief, Dan Pryce, now works for the governor, but Pryce said this race is harder.\n\n"
                 "In past years, \"we knew we could reach everyone online,\" he said.\n", e2, 1);
}

static void
test_title_of_organisation (void)
{
  const Expected e1[] = { { "It is not a political problem.", "Andrew Antler" } };
  const Expected e2[] = { { "Are we talking about the same mayor?", "Harbor Times" } };

  /* "Jane Doe, president and CEO of the Grocers Association stated": the
   * person, not the organisation her title names */
  assert_quotes ("The vote was held on Monday.\n\n"
                 "Andrew Antler, president and CEO of Ohio Grocers Association stated, "
                 "\"It is not a political problem.\"\n", e1, 1);
  /* "the Harbor Times editorial board … the editorial board writes": the
   * organisation the board speaks for */
  assert_quotes ("A sharp headline from the Harbor Times editorial board ran on Wednesday.\n\n"
                 "\"Are we talking about the same mayor?\" the editorial board writes.\n", e2, 1);
}

static void
test_description_bounds (void)
{
  const Expected e1[] = { { "The agency failed its own test,", "the congressional report" } };
  const Expected e2[] = { { "We will not back down,", "the Ohio senator and Republican presidential candidate" } };
  const Expected e3[] = { { "The evidence contradicts her testimony,", "the committee chairmen" } };

  /* a noun that can be a verb ("report") before the cue heads the phrase */
  assert_quotes ("The review came out in May.\n\n"
                 "\"The agency failed its own test,\" the congressional report said.\n", e1, 1);
  /* two descriptions of one person joined by "and" */
  assert_quotes ("The debate ended late.\n\n"
                 "\"We will not back down,\" the Ohio senator and Republican presidential candidate "
                 "said in a statement.\n", e2, 1);
  assert_quotes ("The hearing ended late.\n\n"
                 "\"The evidence contradicts her testimony,\" the committee chairmen wrote.\n", e3, 1);
  /* a word that is also a surname opens the sentence before a plural */
  {
    const Expected e4[] = { { "Hands up.", "Small groups" } };
    assert_quotes ("The city was calm.\n\n"
                   "Small groups of marchers went on through the night while chanting, \"Hands up.\"\n", e4, 1);
  }
}

static void
test_intro_past_fragment (void)
{
  const Expected e1[] = { { "whole heart", "Ann Lowry" },
                          { "That way we can all watch the show.", "Ann Lowry" } };

  /* a colon introduces a quote; a short quote earlier in the sentence does
   * not hide the cue before it */
  assert_quotes ("The readers wrote in all week.\n\n"
                 "Ann Lowry said she hoped with her \"whole heart\" that the mayor wins the race: "
                 "\"That way we can all watch the show.\"\n", e1, 2);
}

static void
test_passive_agent_after (void)
{
  const Expected e1[] = { { "witch hunt", "Democrats" } };
  const Expected e2[] = { { "candid memoir", "Harbor Books" } };

  /* "labeled a "…" by X": the agent right after the fragment */
  assert_quotes ("Republicans pressed on with the inquiry.\n\n"
                 "The inquiry, often labeled as a \"witch hunt\" by Democrats, went on for years.\n", e1, 1);
  /* not a "by" of authorship after a cue further back */
  assert_quotes ("Harbor Books announced plans to publish a \"candid memoir\" by Mara Pell.\n", e2, 1);
}

static void
test_opening_place_and_number (void)
{
  const Expected e1[] = { { "Dump Barker.", "about 200 protesters" } };
  const Expected e2[] = { { "there is hope", "White House" } };

  /* "Outside …," is a phrase before the subject; "about 200" a number */
  assert_quotes ("The rally went on late.\n\n"
                 "Outside the arena in downtown Salem, about 200 protesters gathered in small groups, "
                 "holding signs and chanting \"Dump Barker.\"\n", e1, 1);
  /* "The poll finds that, while 37 percent say X is "…"": the outer source */
  {
    const Expected e3[] = { { "very responsible", "the Q poll" } };
    assert_quotes ("The race is close.\n\n"
                   "The Q poll also finds that, while 37 percent of voters say Barker is \"very responsible\" "
                   "for the unrest, many blame others.\n", e3, 1);
  }
  /* "Alongside BLM calls for action, …": a plural noun in the opening phrase */
  {
    const Expected e4[] = { { "At some point, she is going to have to speak.", "a top GOP strategist" } };
    assert_quotes ("The protests grew.\n\n"
                   "Alongside BLM calls for action, even a top GOP strategist said the mayor will have to choose "
                   "whose side she\xe2\x80\x99s on, saying, \"At some point, she is going to have to speak.\"\n", e4, 1);
  }
  /* "According to … pool reports, X said": the source before the comma */
  assert_quotes ("The president spoke on Sunday.\n\n"
                 "According to White House pool reports, Obama said \"there is hope\" in the city.\n", e2, 1);
}

static void
test_title_run_and_place_name (void)
{
  const Expected e1[] = { { "work hard.", "Katie Corwin" } };
  const Expected e2[] = { { "If they cut it, you will see a lawsuit,", "Monte Shaw" } };

  /* "Yahoo News and former TV network anchor Jane Doe": the name after
   * the last title */
  assert_quotes ("The speeches went on all week.\n\n"
                 "Daily Wire and former TV network anchor Katie Corwin has promoted a humble approach, "
                 "telling graduates to \"work hard.\"\n", e1, 1);
  /* a name that looks like a place, with a person's title in apposition */
  assert_quotes ("The fuel rules changed.\n\n"
                 "\"If they cut it, you will see a lawsuit,\" said Monte Shaw, executive director of the "
                 "Ohio Fuels Association.\n", e2, 1);
}

static void
test_reported_at_end (void)
{
  const Expected e1[] = { { "Build a wall,", "Chicago Tribune" } };
  const Expected e2[] = { { "lax values", "Right Wing Watch" } };

  /* "…, the Chicago Tribune reports.": the outer source, past a participle */
  assert_quotes ("The game ended in a fight.\n\n"
                 "High school fans also chanted, \"Build a wall,\" referring to the promise of a wall along "
                 "the border, the Chicago Tribune reports.\n", e1, 1);
  /* "As the Daily Star reported, …": the source opens the sentence */
  {
    const Expected e3[] = { { "The mayor is still reluctant to call the attack terror.", "Daily Star" } };
    const Expected e4[] = { { "dead on arrival.", "Ledger" } };
    assert_quotes ("The shooting shocked the city.\n\n"
                   "As the Daily Star reported, even on Friday the mayor was slow to act:\n\n"
                   "\"The mayor is still reluctant to call the attack terror.\"\n", e3, 1);
    assert_quotes ("The vote was close.\n\n"
                   "As the Ledger first reported, Tom Barker said the plan was \"dead on arrival.\"\n", e4, 1);
  }
  /* "X said in a statement according to Y" (no comma): the outer source */
  {
    const Expected e5[] = { { "We disagree with those claims,", "Harbor Ledger" } };
    assert_quotes ("The suit was filed on Monday.\n\n"
                   "\"We disagree with those claims,\" spokesman Jim Ware said in a statement according to "
                   "the Harbor Ledger.\n", e5, 1);
  }
  /* "…, Right Wing Watch first reported." */
  assert_quotes ("The show aired on Monday.\n\n"
                 "Pastor Kevin Swan slammed the group for promoting \"lax values\" among its members on his "
                 "show, Right Wing Watch first reported.\n", e2, 1);
}

static void
test_common_word_opens (void)
{
  const Expected e1[] = { { "a clear violation", "Security Council" } };
  const Expected e2[] = { { "radical terror", "Tom Barker" } };

  /* a capitalised common word that opens the sentence is no name: the
   * subject after its comma or dash */
  assert_quotes ("The test shocked the region.\n\n"
                 "Following a swiftly called, late-afternoon meeting, the Security Council issued a statement "
                 "calling the test \"a clear violation\" of earlier resolutions.\n", e1, 1);
  /* "And although …, he sounded a note, saying": the main clause's subject */
  {
    const Expected e3[] = { { "I am not perfect.", "Tom Barker" } };
    assert_quotes ("Tom Barker spoke for an hour.\n\n"
                   "And although he thanked the farmers for their support, he sounded a rare note of humility, "
                   "saying, \"I am not perfect.\"\n", e3, 1);
  }
  assert_quotes ("The attack shocked the city.\n\n"
                 "Much like he did after the attacks in May \xe2\x80\x95 Tom Barker cast the blame on his rivals, "
                 "and stressed the threat that \"radical terror\" poses to the world.\n", e2, 1);
}

static void
test_apposition_after_complement (void)
{
  const Expected e1[] = { { "leaning toward the plan.", "Jim Peabody" } };
  const Expected e2[] = { { "The Big Wheel,", "Sam Holloway" }, { "always generous.", "Sam Holloway" } };
  const Expected e3[] = { { "Now that I don't have to be polite,", "Hamish Carr" },
                          { "it was a disaster.", "Hamish Carr" } };

  /* "Another delegate on the slate, Jim Roe, said": the name after the
   * description's complement */
  assert_quotes ("The vote was close.\n\n"
                 "Another delegate from the northern county, Jim Peabody, said he was only "
                 "\"leaning toward the plan.\"\n", e1, 1);
  /* a quoted title cuts the apposition: the relative clause after it goes
   * on it, and the subject opens the sentence */
  {
    g_autoptr(DossierContext) ctx = run ("The show ended in May.\n\n"
                                         "Sam Holloway, a contestant on the quiz show, \"The Big Wheel,\" who went "
                                         "on to work alongside Mayor Fred Dunmore, said his boss was "
                                         "\"always generous.\"\n");
    g_autofree char *t = NULL;
    g_assert_cmpuint (ctx->quotes->len, ==, 2);
    t = quote_text (ctx, 1);
    g_assert_cmpstr (t, ==, e2[1].text);
    g_assert_true (name_matches (speaker_name (ctx, 1), e2[1].speaker));
  }
  /* "In an interview with Roe, Doe made it clear …": the phrase the
   * preposition opens holds no antecedent when the subject follows */
  assert_quotes ("Hamish Carr retired in May.\n\n"
                 "In an interview with Morning Radio Live host Rusty Pembroke, Hamish Carr made it clear he "
                 "had doubts about the plan.\n\n"
                 "\"Now that I don't have to be polite,\" he told the host, \"it was a disaster.\"\n", e3, 2);
}

static void
test_fragment_goes_on (void)
{
  const Expected e1[] = { { "We thought only the mayor was careless,", "Hiro Tanabe" },
                          { "kind of misspoke.", "Hiro Tanabe" } };
  const Expected e2[] = { { "maybe a little more daring than usual.", "Nora Quill" } };

  /* "…," said Doe. Roe "kind of misspoke.": the name the fragment goes on
   * from is what the speaker of the paragraph talks about */
  assert_quotes ("The remark caused a stir in Osaka.\n\n"
                 "\"We thought only the mayor was careless,\" said Hiro Tanabe, who wrote a book on the city. "
                 "Dunmore \"kind of misspoke.\"\n", e1, 2);
  /* a common word that opens the sentence before the noun it modifies is
   * no name */
  assert_quotes ("Nora Quill will sing on Friday.\n\n"
                 "Audiences can expect her to play with \"maybe a little more daring than usual.\"\n", e2, 1);
}

static void
test_dashes_and_titled_modifier (void)
{
  const Expected e1[] = { { "you have to look at it very seriously, of course.", "Gingold" } };
  const Expected e2[] = { { "He will fight for the people and their families,", "John Podesto" } };

  /* "Doe — named by the paper as Roe's choice — told": the subject before
   * the phrase the dashes set off */
  assert_quotes ("The race is tight this year.\n\n"
                 "On Friday, Gingold \xe2\x80\x94 mentioned by the Daily Planet as the leading choice for "
                 "Republican presidential nominee Fred Dunmore\xe2\x80\x99s running mate \xe2\x80\x94 told "
                 "Bill Reilly of Metro News, that \xe2\x80\x9cyou have to look at it very seriously, of "
                 "course.\xe2\x80\x9d\n", e1, 1);
  /* "Pardo campaign Chairman John Podesto": the surname only modifies the
   * name after the capitalised title; it is no antecedent */
  assert_quotes ("Bill Pardo spoke in Ohio on Monday.\n\n"
                 "And Pardo campaign Chairman John Podesto \xe2\x80\x94 a former chief of staff \xe2\x80\x94 "
                 "offered a slogan when I asked him about the race.\n\n"
                 "\xe2\x80\x9cHe will fight for the people and their families,\xe2\x80\x9d he said.\n", e2, 1);
}

static void
test_apposition_name_first (void)
{
  const Expected e1[] = { { "There are no paper ballots to recount.", "Sam Lau" } };
  const Expected e2[] = { { "It's about time,", "Jamie Lee Curtis" } };

  /* "Jane Doe, the director for the party said": the name the description
   * stands beside when it opens the clause */
  assert_quotes ("The count was slow on Monday.\n\n"
                 "Sam Lau, the communications director for the Iowa Democratic Party said in a statement. "
                 "\xe2\x80\x9cThere are no paper ballots to recount.\xe2\x80\x9d\n", e1, 1);
  /* "exhorted Doe's introducer, actress Jane Roe": the description the
   * possessive opens, and the name after its title */
  {
    g_autoptr(DossierContext) ctx = run ("Fred Dunmore held a rally in Ohio.\n\n"
                                         "\"It's about time,\" exhorted Dunmore's introducer, actress Jamie Lee Curtis.\n");
    const DossierEntityInfo *info;
    gboolean alias = FALSE;
    g_assert_cmpuint (ctx->quotes->len, ==, 1);
    g_assert_true (name_matches (speaker_name (ctx, 0), e2[0].speaker));
    info = g_ptr_array_index (ctx->entities, g_array_index (ctx->quotes, DossierQuoteInfo, 0).speaker);
    for (guint k = 0; info->aliases && k < info->aliases->len; k++)
      alias = alias || strcmp (g_ptr_array_index (info->aliases, k), "Dunmore's introducer") == 0;
    g_assert_true (alias);
  }
}

static void
test_object_does_not_speak (void)
{
  const Expected e1[] = { { "The first thing is to stop him on the first ballot,", "Gordon Humbert" } };

  /* "Doe, for example, said …": she speaks past the aside; "results in Roe
   * claiming": the object of a preposition does not */
  assert_quotes ("The push to stop the front-runner went on in Ohio.\n\n"
                 "Gordon Humbert, for example, said he hopes the effort results in John Kasper claiming the "
                 "nomination.\n\n"
                 "\xe2\x80\x9cThe first thing is to stop him on the first ballot,\xe2\x80\x9d he said.\n", e1, 1);
}

static void
test_name_after_org_title (void)
{
  const Expected e1[] = { { "But that was the first time in a long time, senator,", "Dana Morrow" },
                          { "She doesn't do it that often.", "Dana Morrow" } };

  /* "…," CBS Today anchor Jane Doe said: the name after the title words,
   * not the programme before them */
  assert_quotes ("The senator spoke on Metro This Morning on Friday.\n\n"
                 "\"But that was the first time in a long time, senator,\" Metro This Morning anchor Dana Morrow "
                 "said. \"She doesn't do it that often.\"\n", e1, 2);
}

static void
test_thing_saying (void)
{
  const Expected e1[] = { { "Teachers Against Dunmore - We Remember.", "a sign" } };
  const Expected e2[] = { { "Can voters trust Fred Dunmore?", "a voice over" } };

  /* "Doe held up a sign saying "…"": the thing the words are on speaks */
  assert_quotes ("About 200 protesters gathered downtown on Saturday.\n\n"
                 "Laura Bernt held up a sign saying \"Teachers Against Dunmore - We Remember.\"\n", e1, 1);
  assert_quotes ("The group released a new television ad.\n\n"
                 "The ad ends with a voice over saying: \"Can voters trust Fred Dunmore?\"\n", e2, 1);
}

static void
test_possessor_and_viewpoint (void)
{
  const Expected e1[] = { { "We must move past the divisions of this race.", "Fred Dunmore" } };
  const Expected e2[] = { { "kind-hearted and caring", "Betsy Sharpe" } };

  /* "From Doe's Facebook post: "…"": whose words the post holds */
  assert_quotes ("Fred Dunmore urged donors to back the plan. From Dunmore's Facebook post: "
                 "\"We must move past the divisions of this race.\"\n", e1, 1);
  /* "To Doe, Roe is the "…" man": whose view it is */
  assert_quotes ("Betsy Sharpe of Burke County knows Fred Dunmore well.\n\n"
                 "To Sharpe, Dunmore is the \"kind-hearted and caring\" man who saved her farm.\n", e2, 1);
}

static void
test_people_not_he (void)
{
  const Expected e1[] = { { "those with coldness in their hearts", "Angela Marten" } };

  /* "Germans": a people, nobody's "she" */
  assert_quotes ("Chancellor Angela Marten spoke on New Year's Eve in Berlin.\n\n"
                 "Many Germans have grown anxious about the arrivals. Her countrymen, she said, should not listen to "
                 "\"those with coldness in their hearts\".\n", e1, 1);
}

static void
test_words_of_possessor (void)
{
  const Expected e1[] = { { "neutral", "Fred Dunmore" } };
  const Expected e2[] = { { "claim of right", "Tom Fitts" }, { "significant.", "Tom Fitts" } };
  const Expected e3[] = { { "trap", "Democrats" } };

  /* "beyond Doe's controversial pledge to be "…"": a name's words right
   * before the quote */
  assert_quotes ("Fred Dunmore spoke to the group on Monday.\n\n"
                 "The concerns of many leaders go beyond Dunmore's controversial pledge to be \"neutral\" during "
                 "the talks.\n", e1, 1);
  /* but not when another quote follows in the sentence: the clause's */
  assert_quotes ("The meeting is next month.\n\n"
                 "Tom Fitts called Dunmore's assertion of a \"claim of right\" over the emails "
                 "\"significant.\"\n", e2, 2);
  /* "ties to both Clintons": a name after a preposition and "both" is no
   * subject */
  assert_quotes ("The debate is on Monday.\n\n"
                 "Several senior Democrats with longtime ties to both Dunmores cited another \"trap\" debate.\n",
                 e3, 1);
}

static void
test_title_with_of_after_cue (void)
{
  const Expected e1[] = { { "Thanks, Clarkville, for welcoming these refugees,", "Asab Al-Tabby" },
                          { "No thanks to the governor,", "Asab Al-Tabby" } };

  /* "said master of ceremonies Jane Doe": a title's "of" before the name */
  assert_quotes ("The rally drew hundreds.\n\n"
                 "\"Thanks, Clarkville, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabby, "
                 "a Syrian engineer who moved to Clarkville decades ago. \"No thanks to the governor,\" he added.\n",
                 e1, 2);
}

static void
test_description_known_as (void)
{
  const Expected e1[] = { { "The gate stayed shut,", "Sam" } };
  const Expected e2[] = { { "It was loud,", "Tom Reese" }, { "We ran,", "Mary Quill" } };

  /* "the X known as Y", "a guard named Y", "a woman identified as Y":
   * the name the description gives speaks */
  assert_quotes ("The depot was quiet that night.\n\n"
                 "\"The gate stayed shut,\" said the watchman known as Sam.\n", e1, 1);
  assert_quotes ("The fire spread fast.\n\n"
                 "\"It was loud,\" said a guard named Tom Reese. "
                 "\"We ran,\" a woman, identified as Mary Quill, said.\n", e2, 2);
}

static void
test_pronoun_after_subordinate (void)
{
  const Expected e1[] = { { "We need more volunteers.", "Henry Castell" } };
  const Expected e2[] = { { "Wake me at six,", "Kevin" } };

  /* "While Doe drew …, …, which worries Roe, …": the name in the clause a
   * subordinator opens is not the sentence's subject; "he" is Roe */
  assert_quotes ("The canvass went on all week.\n\n"
                 "While Tom Barker drew large crowds at every stop, turnout for the mayor stayed thin, "
                 "which worries Henry Castell, head of the county caucus.\n\n"
                 "\"We need more volunteers.\" he said.\n", e1, 1);
  /* a person known by a given name alone has that name's gender */
  assert_quotes ("Marta sat by the radio. Kevin dozed in his chair, and Marta laughed.\n\n"
                 "\"Wake me at six,\" he said.\n", e2, 1);
}

static void
test_plural_possessive (void)
{
  const Expected e1[] = { { "will open in May.", "Ben Sanders" } };

  /* "Sanders' campaign email notes that …": the possessive with the
   * apostrophe alone, a text's owner speaks */
  assert_quotes ("Ben Sanders wrote to his neighbours on Monday.\n\n"
                 "Sanders\xe2\x80\x99 campaign email notes that the new clinic \"will open in May.\"\n",
                 e1, 1);
}

static void
test_author_and_conclusion (void)
{
  const Expected e1[] = { { "Every dollar counts now.", "Tom Hale" } };
  const Expected e2[] = { { "deeply flawed.", "Mark Dale" } };
  const Expected e3[] = { { "builder.", "Ann Ruiz" } };

  /* "a letter sent out by X": its author */
  assert_quotes ("Tom Hale won the primary.\n\n"
                 "A fundraising letter sent out by Hale on Monday urged donors to give: "
                 "\"Every dollar counts now.\"\n", e1, 1);
  /* "X's conclusion that …": a noun of judgement is words */
  assert_quotes ("Ann Ruiz spoke in Dayton.\n\n"
                 "Aides say they are not worried about Ruiz, who was stung by auditor Mark "
                 "Dale\xe2\x80\x99s conclusion that her budget was \"deeply flawed.\"\n",
                 e2, 1);
  /* "…, having described him as a "…"": the clause's subject */
  assert_quotes ("The season opened on Friday.\n\n"
                 "Ann Ruiz praised the new coach, Omar Vance, having described him as a \"builder.\"\n",
                 e3, 1);
}

static void
test_participle_opens (void)
{
  const Expected e1[] = { { "a quiet theft.", "Ada Brill" } };

  /* "Led by X, the crowd …": the participle that opens the sentence is
   * no name and speaks for nobody */
  assert_quotes ("The march began at noon.\n\n"
                 "Led by union leader Ada Brill, the crowd condemned the pension plan as \"a quiet theft.\"\n",
                 e1, 1);
}

static void
test_no_speaker_from_common_word (void)
{
  const Expected e1[] = { { "Thanks for your time,", "Eva Marsh" }, { "Then we will call back!", NULL } };

  /* a one-word line ("Silence.") is no one who speaks the next quote */
  assert_quotes ("Eva Marsh works the phones.\n\n"
                 "\"Thanks for your time,\" she said.\n\nSilence.\n\n\"Then we will call back!\"\n", e1, 2);
}

static void
test_phrase_inside_name (void)
{
  const Expected e1[] = { { "Every member may vote.", "Article 12" } };

  /* "Article 12 states": the word that opens a name the names pass found
   * speaks with the whole name */
  assert_quotes ("The club's charter is short.\n\n"
                 "Article 12 states: \"Every member may vote.\"\n", e1, 1);
}

static void
test_person_of_org (void)
{
  const Expected e1[] = { { "the dam is safe.", "Jane Kello" } };
  const Expected e2[] = { { "The dam is safe,", "Jane Kello" } };

  /* "X and Y of the Institute for A and B wrote": the person of the
   * organisation, before or after the quote */
  assert_quotes ("The county published a report.\n\n"
                 "Analysts Dan Albers and Jane Kello of Denver\xe2\x80\x99s Institute for Rivers and Coastal Studies "
                 "wrote that \"the dam is safe.\"\n", e1, 1);
  assert_quotes ("The county published a report.\n\n"
                 "\"The dam is safe,\" analysts Dan Albers and Jane Kello of the Institute for Rivers and Coastal "
                 "Studies wrote in May.\n", e2, 1);
}

static void
test_name_like_auxiliary (void)
{
  const Expected e1[] = { { "real asset,", "George Will" } };

  /* a surname that is also an auxiliary ("Will") before the cue is the
   * subject, not a word to look past */
  assert_quotes ("George Will wrote a column on Sunday.\n\n"
                 "While Will concedes the mayor\xe2\x80\x99s charm is a \"real asset,\" he backs her rival.\n",
                 e1, 1);
}

static void
test_participle_after_quote (void)
{
  const Expected e1[] = { { "a flood of late entries", "Tom John" } };

  /* ""…" filing papers, John said": the participle goes on the clause
   * of the quote; the name after the comma speaks */
  assert_quotes ("Tom John runs the county office.\n\n"
                 "The new rule drew \"a flood of late entries\" filing papers, John said on Friday.\n",
                 e1, 1);
}

static void
test_venue_before_colon (void)
{
  const Expected e1[] = { { "We never lost the lead,", "Dan Trask" },
                          { "I never promised a new stadium.", "Dan Trask" } };

  /* "days later on Fox Radio: "…"": the station is where, not who */
  assert_quotes ("Dan Trask rarely admits errors.\n\n"
                 "\"We never lost the lead,\" he told a host in March.\n\n"
                 "Then, days later on Fox Radio: \"I never promised a new stadium.\"\n", e1, 2);
}

static void
test_participle_of_nearest_clause (void)
{
  const Expected e1[] = { { "safe staffing now", "about 40 nurses" } };
  const Expected e2[] = { { "here about the leak.", "a plumber" } };

  /* "…, where X had gathered, chanting "…"", "Doe frowns as a plumber
   * walks in, saying "…"": the clause right before the participle */
  assert_quotes ("Ann Ruiz spoke on Main Street.\n\n"
                 "She spoke across the road from the hospital, where about 40 nurses had gathered on "
                 "Friday, chanting \"safe staffing now\" for an hour.\n", e1, 1);
  assert_quotes ("The sketch aired on Saturday.\n\n"
                 "Ann Ruiz frowns as a plumber walks in behind her, saying he is "
                 "\"here about the leak.\"\n", e2, 1);
}

static void
test_outlet_and_relative_apposition (void)
{
  const Expected e1[] = { { "the plan is dead.", "Harbor Times" } };
  const Expected e2[] = { { "We start again Monday.", "Ray Olin" } };

  /* "the populist Harbor Times tabloid": the outlet speaks */
  assert_quotes ("The city reacted on Monday.\n\n"
                 "The populist Harbor Times tabloid noted that \"the plan is dead.\"\n", e1, 1);
  /* "The coach I met that night, Ray Olin,": the apposition past a
   * relative clause */
  assert_quotes ("The team lost again.\n\n"
                 "The coach I met that night, Ray Olin, paused to add, \"We start again Monday.\"\n", e2, 1);
}

static void
test_head_of_possessive (void)
{
  const Expected e1[] = { { "hide the losses.", "the head of the NFA\xe2\x80\x99s busy finance committee" } };

  /* "The head of the NFA's busy finance committee accused": the whole
   * description, not the committee after the possessive */
  const char *text = "The meeting ran late.\n\n"
                     "The head of the NFA\xe2\x80\x99s busy finance committee accused him of trying to "
                     "\"hide the losses.\"\n";

  assert_quotes (text, e1, 1);
  {
    /* (the whole name: the check above compares last words) */
    g_autoptr(DossierContext) ctx = run (text);
    g_assert_cmpstr (speaker_name (ctx, 0), ==, e1[0].speaker);
  }
}

static void
test_description_in_place (void)
{
  const Expected e1[] = { { "a slow ruin.", "a farmer in Ames" } };

  /* "a farmer in Ames told him": the description with where he is */
  assert_quotes ("The senator toured Iowa.\n\n"
                 "A farmer in Ames told him he fears the tariff is \"a slow ruin.\"\n", e1, 1);
}

static void
test_inverted_cue_inside (void)
{
  const Expected e1[] = { { "small on purpose,", "Carl Amos" },
                          { "stubbornly local.", "Carl Amos" } };

  /* "The secret of Nancy, says Carl Amos, a historian, is that …": the
   * inverted cue set off by commas inside the sentence */
  assert_quotes ("Nancy Reed ran the rowing club for forty years.\n\n"
                 "The secret of Nancy, says Carl Amos, a historian at the museum, is that she stayed "
                 "\"small on purpose,\" not rich but \"stubbornly local.\"\n", e1, 2);
}

static void
test_name_before_apposition_at_cue (void)
{
  const Expected e1[] = { { "past it.", "Lena Voss" } };

  /* "In a post shared on X, the Paper, …, Lena Voss, a graduate student
   * in Y, urged": the name right before the apposition that ends at the
   * cue, not the sentence's first phrase */
  assert_quotes ("The club sacked its coach.\n\n"
                 "In a post shared on a fan site, the Paper, and copied widely, Lena Voss, "
                 "a graduate student in Leeds, urged readers not to see the coach as \"past it.\"\n", e1, 1);
}

static void
test_in_what_name_called (void)
{
  const Expected e1[] = { { "trench warfare.", "Bay Carver" } };

  /* "in what Bay Carver, national treasurer for X, called "…"": a place's
   * word before a family name, a role after it: a person, who speaks */
  assert_quotes ("The budget talks dragged on.\n\n"
                 "He held the line on every item, in what Bay Carver, national treasurer for the "
                 "party, called \"trench warfare.\"\n", e1, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotes/marks", test_marks);
  g_test_add_func ("/quotes/apostrophes", test_apostrophes);
  g_test_add_func ("/quotes/nested", test_nested);
  g_test_add_func ("/quotes/interrupted", test_interrupted);
  g_test_add_func ("/quotes/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/quotes/unclosed", test_unclosed);
  g_test_add_func ("/quotes/kinds", test_kinds);
  g_test_add_func ("/quotes/not-quotes", test_not_quotes);
  g_test_add_func ("/quotes/cue-positions", test_cue_positions);
  g_test_add_func ("/quotes/appositive", test_appositive);
  g_test_add_func ("/quotes/title-and-pronoun", test_title_and_pronoun);
  g_test_add_func ("/quotes/pronoun-gender", test_pronoun_gender);
  g_test_add_func ("/quotes/continuation", test_continuation);
  g_test_add_func ("/quotes/other-speakers", test_other_speakers);
  g_test_add_func ("/quotes/title-phrases", test_title_phrases);
  g_test_add_func ("/quotes/loose-cues", test_loose_cues);
  g_test_add_func ("/quotes/description-phrases", test_description_phrases);
  g_test_add_func ("/quotes/goes-on", test_goes_on);
  g_test_add_func ("/quotes/clause-speakers", test_clause_speakers);
  g_test_add_func ("/quotes/description-names", test_description_names);
  g_test_add_func ("/quotes/description-complements", test_description_complements);
  g_test_add_func ("/quotes/quote-paragraphs", test_quote_paragraphs);
  g_test_add_func ("/quotes/pronoun-antecedents", test_pronoun_antecedents);
  g_test_add_func ("/quotes/description-apposition", test_description_apposition);
  g_test_add_func ("/quotes/dash-paragraph", test_dash_paragraph);
  g_test_add_func ("/quotes/bad-input", test_bad_input);
  g_test_add_func ("/quotes/pronoun-namesake", test_pronoun_namesake);
  g_test_add_func ("/quotes/description-conjunction", test_description_conjunction);
  g_test_add_func ("/quotes/person-noun", test_person_noun);
  g_test_add_func ("/quotes/common-word-speaker", test_common_word_speaker);
  g_test_add_func ("/quotes/pronoun-titled", test_pronoun_titled);
  g_test_add_func ("/quotes/description-coordination", test_description_coordination);
  g_test_add_func ("/quotes/inverted-more-verbs", test_inverted_more_verbs);
  g_test_add_func ("/quotes/possessive-claim", test_possessive_claim);
  g_test_add_func ("/quotes/modifier-not-speaker", test_modifier_not_speaker);
  g_test_add_func ("/quotes/participle-and-expletive", test_participle_and_expletive);
  g_test_add_func ("/quotes/coordinated-cue", test_coordinated_cue);
  g_test_add_func ("/quotes/name-longer-than-mention", test_name_longer_than_mention);
  g_test_add_func ("/quotes/percent-speaker", test_percent_speaker);
  g_test_add_func ("/quotes/description-complement-apposition", test_description_complement_apposition);
  g_test_add_func ("/quotes/pronoun-subject-not-object", test_pronoun_subject_not_object);
  g_test_add_func ("/quotes/multi-paragraph-cue-at-end", test_multi_paragraph_cue_at_end);
  g_test_add_func ("/quotes/possessive-noun-not-verb", test_possessive_noun_not_verb);
  g_test_add_func ("/quotes/sentence-fragments", test_sentence_fragments);
  g_test_add_func ("/quotes/place-not-speaker", test_place_not_speaker);
  g_test_add_func ("/quotes/not-inverted", test_not_inverted);
  g_test_add_func ("/quotes/modifier-descriptions", test_modifier_descriptions);
  g_test_add_func ("/quotes/participle-appositive", test_participle_appositive);
  g_test_add_func ("/quotes/colon-object", test_colon_object);
  g_test_add_func ("/quotes/subordinate-subject", test_subordinate_subject);
  g_test_add_func ("/quotes/cataphora", test_cataphora);
  g_test_add_func ("/quotes/noun-not-cue", test_noun_not_cue);
  g_test_add_func ("/quotes/passive-and-subordinate", test_passive_and_subordinate);
  g_test_add_func ("/quotes/adjective-and-object-label", test_adjective_and_object_label);
  g_test_add_func ("/quotes/last-clause-subject", test_last_clause_subject);
  g_test_add_func ("/quotes/opening-phrase", test_opening_phrase);
  g_test_add_func ("/quotes/possessive-claim-is", test_possessive_claim_is);
  g_test_add_func ("/quotes/pronoun-description-subject", test_pronoun_description_subject);
  g_test_add_func ("/quotes/possessive-description", test_possessive_description);
  g_test_add_func ("/quotes/nickname-and-inner-quote", test_nickname_and_inner_quote);
  g_test_add_func ("/quotes/participle-before-appositive", test_participle_before_appositive);
  g_test_add_func ("/quotes/time-phrase-and-plain-subject", test_time_phrase_and_plain_subject);
  g_test_add_func ("/quotes/nested-report", test_nested_report);
  g_test_add_func ("/quotes/according-to-first", test_according_to_first);
  g_test_add_func ("/quotes/participle-goes-on", test_participle_goes_on);
  g_test_add_func ("/quotes/subordinate-cue", test_subordinate_cue);
  g_test_add_func ("/quotes/inverted-and-adverb", test_inverted_and_adverb);
  g_test_add_func ("/quotes/last-resort-speaker", test_last_resort_speaker);
  g_test_add_func ("/quotes/plain-description-after", test_plain_description_after);
  g_test_add_func ("/quotes/subordinate-clause-skipped", test_subordinate_clause_skipped);
  g_test_add_func ("/quotes/inverted-speaker-antecedent", test_inverted_speaker_antecedent);
  g_test_add_func ("/quotes/expletive-and-when-asked", test_expletive_and_when_asked);
  g_test_add_func ("/quotes/and-said-after-quote", test_and_said_after_quote);
  g_test_add_func ("/quotes/as-clause-skipped", test_as_clause_skipped);
  g_test_add_func ("/quotes/reported-outer-source", test_reported_outer_source);
  g_test_add_func ("/quotes/format-char-before-mark", test_format_char_before_mark);
  g_test_add_func ("/quotes/according-to-far", test_according_to_far);
  g_test_add_func ("/quotes/states-noun", test_states_noun);
  g_test_add_func ("/quotes/unresolved-pronoun-guess", test_unresolved_pronoun_guess);
  g_test_add_func ("/quotes/and-said-right-after-quote", test_and_said_right_after_quote);
  g_test_add_func ("/quotes/unknown-head-subject", test_unknown_head_subject);
  g_test_add_func ("/quotes/sentence-subject", test_sentence_subject);
  g_test_add_func ("/quotes/title-of-organisation", test_title_of_organisation);
  g_test_add_func ("/quotes/description-bounds", test_description_bounds);
  g_test_add_func ("/quotes/intro-past-fragment", test_intro_past_fragment);
  g_test_add_func ("/quotes/passive-agent-after", test_passive_agent_after);
  g_test_add_func ("/quotes/opening-place-and-number", test_opening_place_and_number);
  g_test_add_func ("/quotes/title-run-and-place-name", test_title_run_and_place_name);
  g_test_add_func ("/quotes/reported-at-end", test_reported_at_end);
  g_test_add_func ("/quotes/common-word-opens", test_common_word_opens);
  g_test_add_func ("/quotes/apposition-after-complement", test_apposition_after_complement);
  g_test_add_func ("/quotes/fragment-goes-on", test_fragment_goes_on);
  g_test_add_func ("/quotes/dashes-and-titled-modifier", test_dashes_and_titled_modifier);
  g_test_add_func ("/quotes/apposition-name-first", test_apposition_name_first);
  g_test_add_func ("/quotes/object-does-not-speak", test_object_does_not_speak);
  g_test_add_func ("/quotes/name-after-org-title", test_name_after_org_title);
  g_test_add_func ("/quotes/thing-saying", test_thing_saying);
  g_test_add_func ("/quotes/possessor-and-viewpoint", test_possessor_and_viewpoint);
  g_test_add_func ("/quotes/people-not-he", test_people_not_he);
  g_test_add_func ("/quotes/words-of-possessor", test_words_of_possessor);
  g_test_add_func ("/quotes/title-with-of-after-cue", test_title_with_of_after_cue);
  g_test_add_func ("/quotes/description-known-as", test_description_known_as);
  g_test_add_func ("/quotes/pronoun-after-subordinate", test_pronoun_after_subordinate);
  g_test_add_func ("/quotes/plural-possessive", test_plural_possessive);
  g_test_add_func ("/quotes/author-and-conclusion", test_author_and_conclusion);
  g_test_add_func ("/quotes/participle-opens", test_participle_opens);
  g_test_add_func ("/quotes/no-speaker-from-common-word", test_no_speaker_from_common_word);
  g_test_add_func ("/quotes/phrase-inside-name", test_phrase_inside_name);
  g_test_add_func ("/quotes/person-of-org", test_person_of_org);
  g_test_add_func ("/quotes/name-like-auxiliary", test_name_like_auxiliary);
  g_test_add_func ("/quotes/participle-after-quote", test_participle_after_quote);
  g_test_add_func ("/quotes/venue-before-colon", test_venue_before_colon);
  g_test_add_func ("/quotes/participle-of-nearest-clause", test_participle_of_nearest_clause);
  g_test_add_func ("/quotes/outlet-and-relative-apposition", test_outlet_and_relative_apposition);
  g_test_add_func ("/quotes/head-of-possessive", test_head_of_possessive);
  g_test_add_func ("/quotes/description-in-place", test_description_in_place);
  g_test_add_func ("/quotes/inverted-cue-inside", test_inverted_cue_inside);
  g_test_add_func ("/quotes/name-before-apposition-at-cue", test_name_before_apposition_at_cue);
  g_test_add_func ("/quotes/in-what-name-called", test_in_what_name_called);
  g_test_add_func ("/quotes/seed", test_seed);

  return g_test_run ();
}
