/* byline-core.h
 *
 * Copyright 2026 The Byline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The one header the application, the command line and the tests include. */

#include "byline-analysis.h"
#include "byline-article.h"
#include "byline-entity.h"
#include "byline-error.h"
#include "byline-export.h"
#include "byline-markdown.h"
#include "byline-quote.h"
#include "byline-source.h"
