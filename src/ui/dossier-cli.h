/* dossier-cli.h — the command-line modes that need no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* dossier --analyze FILE… [--published DATE] [--format json|jsonl] [--no-text]
 * Prints the analyses on stdout, one error line per bad file on stderr.
 * Returns the exit status: 0, 1 when a file failed, 2 for bad options. */
int dossier_cli_analyze      (const char * const *files,
                              const char         *published,
                              const char         *format,
                              gboolean            no_text);

/* The `dossier` program's command line when it holds --analyze, parsed
 * as DossierApplication parses it (the same options), without GTK.
 * Returns the exit status, or -1 when there is no --analyze after all
 * (an option's value): the caller hands the command line to the UI. */
int dossier_cli_main         (int                 argc,
                              char              **argv);

/* dossier --print-to-pdf OUT.pdf FILE: the annotated copy, no window.
 * Returns the exit status. (Implemented in dossier-print.c.) */
int dossier_cli_print_to_pdf (const char         *out_pdf,
                              const char         *file,
                              const char         *published);

G_END_DECLS
