/* dossier-loader.h — bytes on disk -> UTF-8 text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOSSIER_LOADER_MAX_SIZE (64 * 1024 * 1024)

#define DOSSIER_LOADER_ERROR (dossier_loader_error_quark ())
typedef enum
{
  DOSSIER_LOADER_ERROR_BINARY,     /* NUL bytes: not a text file */
  DOSSIER_LOADER_ERROR_TOO_LARGE,  /* over DOSSIER_LOADER_MAX_SIZE */
  DOSSIER_LOADER_ERROR_UNREADABLE, /* could not be read (missing, permissions, a folder…) */
  DOSSIER_LOADER_ERROR_ENCODING,   /* a BOM that announces an encoding the bytes do not hold */
} DossierLoaderError;

GQuark      dossier_loader_error_quark (void);

typedef struct
{
  char       *text;      /* UTF-8, NUL-terminated */
  gsize       length;    /* bytes, without the NUL */
  const char *encoding;  /* static: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "WINDOWS-1252" */
  char       *sha256;    /* of the bytes on disk */
} DossierLoaded;

void        dossier_loaded_free        (DossierLoaded *loaded);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierLoaded, dossier_loaded_free)

/* Decodes @bytes; @display_name names the file in error messages. */
DossierLoaded *dossier_loader_decode   (GBytes        *bytes,
                                        const char    *display_name,
                                        GError       **error);
/* Reads and decodes a file (synchronously; call it from a worker for the UI). */
DossierLoaded *dossier_loader_load     (GFile         *file,
                                        GCancellable  *cancellable,
                                        GError       **error);

G_END_DECLS
