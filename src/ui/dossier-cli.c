/* dossier-cli.c — dossier --analyze
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-cli.h"

int
dossier_cli_analyze (const char * const *files,
                     const char         *published,
                     const char         *format,
                     gboolean            no_text)
{
  g_printerr ("%s\n", _("--analyze is not implemented yet"));
  return 2;
}
