/* export-util.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "byline-core.h"

G_BEGIN_DECLS

/* The fixed dateModified of every test export. */
#define EXPORT_UTIL_DATE "2026-03-14T09:26:53+00:00"

/* Analyses and exports @markdown with @flags and the fixed date; asserts success. */
char       *export_util_html        (const char        *markdown,
                                     BylineExportFlags  flags);
/* What the exported page has between its article-body <div> and </div>. */
char       *export_util_body        (const char        *html);
/* The text of the JSON-LD <script> element. */
char       *export_util_script_text (const char        *html);
/* The JSON-LD object, parsed; asserts it is valid JSON. */
JsonObject *export_util_json_ld     (const char        *html);

G_END_DECLS
