/* rs-test-json.h: a tiny JSON reader for checking exports
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Just enough JSON for the tests (no dependency beyond GLib): objects,
 * arrays, strings with simple escapes, numbers, booleans, null.
 */
#pragma once

#include <glib.h>

typedef enum {
  RS_JSON_NULL,
  RS_JSON_BOOL,
  RS_JSON_NUMBER,
  RS_JSON_STRING,
  RS_JSON_ARRAY,
  RS_JSON_OBJECT,
} RsJsonType;

typedef struct _RsJson RsJson;
struct _RsJson
{
  RsJsonType  type;
  gboolean    boolean;
  double      number;
  char       *string;
  GPtrArray  *items;     /* ARRAY: RsJson*; OBJECT: values in order */
  GPtrArray  *keys;      /* OBJECT: char*, parallel to items */
};

/* NULL with @error on malformed input. */
RsJson       *rs_json_parse   (const char   *text,
                               GError      **error);
void          rs_json_free    (RsJson       *json);
/* NULL when absent or @json is not an object. */
const RsJson *rs_json_get     (const RsJson *json,
                               const char   *key);
const RsJson *rs_json_index   (const RsJson *json,
                               guint         index);
guint         rs_json_length  (const RsJson *json);
gint64        rs_json_int     (const RsJson *json,
                               const char   *key);
gboolean      rs_json_bool    (const RsJson *json,
                               const char   *key);
const char   *rs_json_string  (const RsJson *json,
                               const char   *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsJson, rs_json_free)
