/* dossier-print.h — printing the annotated copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dossier-document.h"

G_BEGIN_DECLS

/* Shows the print dialog for @document's article and prints it (Ctrl+P).
 * Asynchronous: returns at once; errors are shown in a dialog on @parent. */
void dossier_print_show_dialog (GtkWindow       *parent,
                                DossierDocument *document);

G_END_DECLS
