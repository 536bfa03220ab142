/* dossier-print.c — the annotated copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "dossier-print"

#include "config.h"

#include <glib/gi18n.h>

#include "dossier-cli.h"

int
dossier_cli_print_to_pdf (const char *out_pdf,
                          const char *file,
                          const char *published)
{
  g_printerr ("%s\n", _("--print-to-pdf is not implemented yet"));
  return 2;
}

#include "dossier-print.h"

void
dossier_print_show_dialog (GtkWindow       *parent,
                           DossierDocument *document)
{
  g_message ("Printing is not implemented yet");
}
