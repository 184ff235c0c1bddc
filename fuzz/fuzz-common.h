/* fuzz-common.h: the entry points libFuzzer calls
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-common.c makes criticals and warnings fatal; each target defines
 * LLVMFuzzerTestOneInput.
 */
#pragma once

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);
