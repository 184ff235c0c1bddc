/* rs-text.h: the fonts of the drawing, measured the way cairo draws them
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scene is measured and drawn with the same pango settings (absolute
 * sizes, no hinted metrics) so a box measured at one zoom fits its text at
 * any other, on screen and in files.
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum {
  RS_TEXT_TITLE,   /* card and frame titles: bold sans */
  RS_TEXT_LABEL,   /* names, attributes, keys: sans */
  RS_TEXT_VALUE,   /* inline values: monospace */
  RS_TEXT_SMALL,   /* list indices, badges, captions: smaller sans */
} RsTextFace;

/* Family lists: DejaVu draws the Latin text (its metrics are what every
 * layout was measured with), the CJK families after it the Hangul a script
 * or a translation brings: Noto CJK, which most systems have, or Nanum,
 * the smaller one build-aux/dev.sh installs.  Past the list fontconfig
 * falls back to whatever covers the text. */
#define RS_FONT_SANS "DejaVu Sans, Noto Sans CJK KR, NanumGothic"
#define RS_FONT_MONO "DejaVu Sans Mono, Noto Sans Mono CJK KR, NanumGothicCoding"

PangoFontDescription *rs_text_font       (RsTextFace    face,
                                          double        font_size);
/* A layout for @text in @face, in a context set up like every other. */
PangoLayout          *rs_text_layout_new (PangoContext *context,
                                          const char   *text,
                                          RsTextFace    face,
                                          double        font_size);
/* Width, height and baseline (from the top) in points; any thread. */
void                  rs_text_measure    (const char   *text,
                                          RsTextFace    face,
                                          double        font_size,
                                          double       *width,
                                          double       *height,
                                          double       *baseline);
/* Sets cairo/pango options shared by measuring and drawing. */
void                  rs_text_setup_context (PangoContext *context);

G_END_DECLS
