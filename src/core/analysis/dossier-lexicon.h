/* dossier-lexicon.h — word lists from data/lexicon, loaded once from the GResource
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each list is a file /io/github/dossier/Dossier/lexicon/NAME.txt in the
 * resource: one entry a line, '#' starts a comment line, entries may hold
 * spaces ("New York"). Look-ups are exact (case-sensitive) unless the
 * _fold variant is used, which compares g_utf8_casefold()ed forms.
 * Thread-safe: lists are loaded on first use and never freed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DossierLexicon DossierLexicon;

/* The default lexicon (the program's GResource). */
DossierLexicon *dossier_lexicon_get_default  (void);

/* Is [word, word + len) (len -1: NUL-terminated) an entry of @list? */
gboolean        dossier_lexicon_contains      (DossierLexicon *self,
                                               const char     *list,
                                               const char     *word,
                                               gssize          len);
gboolean        dossier_lexicon_contains_fold (DossierLexicon *self,
                                               const char     *list,
                                               const char     *word,
                                               gssize          len);
/* For lists of "key<TAB>value" lines: the value for a key, or NULL. */
const char     *dossier_lexicon_lookup        (DossierLexicon *self,
                                               const char     *list,
                                               const char     *key,
                                               gssize          len);
/* The value of @key (@len bytes, or NUL-terminated when @len < 0) in a
 * table dossier_lexicon_get_list () gave, or NULL. */
const char     *dossier_lexicon_table_lookup  (GHashTable     *table,
                                               const char     *key,
                                               gssize          len);
/* The whole list as a hash table (entry -> value or "" ), borrowed. */
GHashTable     *dossier_lexicon_get_list      (DossierLexicon *self,
                                               const char     *list);

G_END_DECLS
