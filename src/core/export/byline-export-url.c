/* byline-export-url.c
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_LOG_DOMAIN "byline-export"

#include <string.h>

#include "byline-export-private.h"

/* Larger images stay references: a page of tens of megabytes helps nobody. */
#define MAX_EMBED_BYTES (16 * 1024 * 1024)

/* What a published article may link to. An allowlist, so javascript:,
 * vbscript:, file:, data: and schemes nobody thought of are all refused. */
static const char * const link_schemes[] = { "http", "https", "mailto", "tel", NULL };

typedef struct
{
  const char *mime;
  const char *magic;
  gsize       offset;
  gsize       len;
} ImageMagic;

/* The raster types cmark's safe mode also lets through as data: URLs.
 * Sniffed here rather than with g_content_type_guess(), which needs the
 * shared-mime-info database at run time and answers differently without it. */
static const ImageMagic image_magic[] = {
  { "image/png", "\x89PNG\r\n\x1a\n", 0, 8 },
  { "image/gif", "GIF8", 0, 4 },
  { "image/jpeg", "\xff\xd8\xff", 0, 3 },
  { "image/webp", "WEBP", 8, 4 },
};

/* @url as a browser reads it: WHATWG URL parsing strips leading and
 * trailing C0 controls and spaces and removes tabs and newlines anywhere,
 * so " java\tscript:" is a javascript: URL. */
static char *
browser_view (const char *url)
{
  GString *view = g_string_new (NULL);

  while (*url != '\0' && (guchar) *url <= 0x20)
    url++;
  for (; *url != '\0'; url++)
    if (*url != '\t' && *url != '\n' && *url != '\r')
      g_string_append_c (view, *url);
  while (view->len > 0 && (guchar) view->str[view->len - 1] <= 0x20)
    g_string_truncate (view, view->len - 1);

  return g_string_free (view, FALSE);
}

/* The lower-cased scheme of a browser-view URL, or NULL when relative. */
static char *
url_scheme (const char *view)
{
  gsize n = 0;

  if (!g_ascii_isalpha (view[0]))
    return NULL;
  while (g_ascii_isalnum (view[n]) || view[n] == '+' || view[n] == '-' || view[n] == '.')
    n++;
  if (view[n] != ':')
    return NULL;
  return g_ascii_strdown (view, n);
}

static gboolean
is_raster_data_url (const char *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (image_magic); i++)
    {
      gsize n = strlen (image_magic[i].mime);

      if (g_ascii_strncasecmp (view + 5, image_magic[i].mime, n) == 0
          && (view[5 + n] == ';' || view[5 + n] == ','))
        return TRUE;
    }
  return FALSE;
}

gboolean
byline_export_url_is_allowed (const char *url,
                              gboolean    image)
{
  g_autofree char *view = browser_view (url);
  g_autofree char *scheme = url_scheme (view);

  if (scheme == NULL)
    return TRUE;  /* relative: a path, a query or a fragment */
  if (image && g_str_equal (scheme, "data"))
    return is_raster_data_url (view);
  return g_strv_contains (link_schemes, scheme);
}

static const char *
sniff_image (const char *data,
             gsize       size,
             const char *file,
             gboolean    unsafe)
{
  for (guint i = 0; i < G_N_ELEMENTS (image_magic); i++)
    if (size >= image_magic[i].offset + image_magic[i].len
        && memcmp (data + image_magic[i].offset, image_magic[i].magic, image_magic[i].len) == 0)
      return image_magic[i].mime;

  /* An SVG in <img> runs no script, but cmark's safe mode blanks every
   * data: URL that is not raster, so SVG is embedded in unsafe mode only. */
  if (unsafe && g_str_has_suffix (file, ".svg"))
    return "image/svg+xml";
  return NULL;
}

static char *
embed_image (const char *file,
             gboolean    unsafe)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (file, FALSE, NULL);
  g_autofree char *base64 = NULL;
  const char *data;
  const char *mime;
  gsize size;

  if (mapped == NULL || (size = g_mapped_file_get_length (mapped)) > MAX_EMBED_BYTES)
    return NULL;
  data = g_mapped_file_get_contents (mapped);
  if (data == NULL || (mime = sniff_image (data, size, file, unsafe)) == NULL)
    return NULL;
  base64 = g_base64_encode ((const guchar *) data, size);
  return g_strconcat ("data:", mime, ";base64,", base64, NULL);
}

/* @file relative to the folder @dir, both absolute and canonical, as a URL. */
static char *
relative_url (const char *file,
              const char *dir,
              const char *suffix)
{
  g_auto(GStrv) to = g_strsplit (file + 1, "/", -1);
  g_auto(GStrv) from = g_strsplit (dir + 1, "/", -1);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *escaped = NULL;
  guint common = 0;

  while (from[common] != NULL && to[common] != NULL && to[common + 1] != NULL
         && g_str_equal (from[common], to[common]))
    common++;
  for (guint i = common; from[i] != NULL; i++)
    g_string_append (path, "../");
  for (guint i = common; to[i] != NULL; i++)
    g_string_append_printf (path, i > common ? "/%s" : "%s", to[i]);

  escaped = g_uri_escape_string (path->str, "/", TRUE);
  return g_strconcat (escaped, suffix, NULL);
}

/* The local file a relative or absolute @url names, read from the
 * source folder, or NULL for a remote, data:, fragment-only or
 * protocol-relative URL. *@suffix points at its query or fragment. */
static char *
local_file (const char                 *url,
            const BylineExportOptions  *options,
            char                      **path_out,
            const char                **suffix)
{
  g_autofree char *view = browser_view (url);
  g_autofree char *scheme = url_scheme (view);
  g_autofree char *path = NULL;

  *suffix = url + strcspn (url, "?#");
  if (scheme != NULL || *suffix == url || g_str_has_prefix (url, "//"))
    return NULL;
  path = g_uri_unescape_segment (url, *suffix, NULL);
  if (path == NULL || (!g_path_is_absolute (path) && options->source_dir == NULL))
    return NULL;
  *path_out = g_strdup (path);
  return g_canonicalize_filename (path, options->source_dir);
}

char *
byline_export_image_url (const char                *url,
                         const BylineExportOptions *options)
{
  g_autofree char *path = NULL;
  g_autofree char *file = NULL;
  const char *suffix;
  char *embedded;

  if ((file = local_file (url, options, &path, &suffix)) == NULL)
    return NULL;
  if (options->missing_images != NULL && !g_file_test (file, G_FILE_TEST_IS_REGULAR))
    g_ptr_array_add (options->missing_images, g_strdup (url));
  if ((options->flags & BYLINE_EXPORT_EMBED_IMAGES) != 0
      && (embedded = embed_image (file, (options->flags & BYLINE_EXPORT_UNSAFE) != 0)) != NULL)
    return embedded;
  /* An absolute path still finds the file when the page is opened locally. */
  if (g_path_is_absolute (path) || options->output_dir == NULL)
    return NULL;
  return relative_url (file, options->output_dir, suffix);
}

char *
byline_export_link_url (const char                *url,
                        const BylineExportOptions *options)
{
  g_autofree char *path = NULL;
  g_autofree char *file = NULL;
  const char *suffix;

  /* Only a link to a file that is there: "about/" or "other-story.html"
   * may be meant for the site the page is published on. */
  if ((file = local_file (url, options, &path, &suffix)) == NULL || g_path_is_absolute (path)
      || options->output_dir == NULL || !g_file_test (file, G_FILE_TEST_EXISTS))
    return NULL;
  return relative_url (file, options->output_dir, suffix);
}
