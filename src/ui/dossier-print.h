/* dossier-print.h — printing the annotated copy
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

#include <gtk/gtk.h>

#include "dossier-document.h"
#include "dossier-print-layout.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_PRINT_OPERATION (dossier_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (DossierPrintOperation, dossier_print_operation, DOSSIER, PRINT_OPERATION,
                      GtkPrintOperation)

/* An operation that prints @article's annotated copy. @selected (nullable)
 * is the entity "only the selected entity" highlights. Starts with the
 * default options; dossier_print_operation_load_settings() restores the
 * user's last choices. */
DossierPrintOperation *dossier_print_operation_new           (DossierArticle            *article,
                                                              DossierEntity             *selected);
void                   dossier_print_operation_get_options   (DossierPrintOperation     *self,
                                                              DossierPrintOptions       *options);
void                   dossier_print_operation_set_options   (DossierPrintOperation     *self,
                                                              const DossierPrintOptions *options);
/* The file name and checksum shown in the footer. */
void                   dossier_print_operation_set_source    (DossierPrintOperation     *self,
                                                              const char                *name,
                                                              const char                *sha256);
/* The annotation choices, print settings and page setup, kept in
 * g_get_user_config_dir()/dossier/print.ini between runs. */
void                   dossier_print_operation_load_settings (DossierPrintOperation     *self);
gboolean               dossier_print_operation_save_settings (DossierPrintOperation     *self,
                                                              GError                   **error);

/* Shows the print dialog for @document's article and prints it (Ctrl+P).
 * Asynchronous: returns at once; errors are shown in a dialog on @parent. */
void dossier_print_show_dialog (GtkWindow       *parent,
                                DossierDocument *document);

G_END_DECLS
