/* test-source-error.c: a rejected text says where and why in a structure
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every pass of the front end fails with the same RsSourceError that its
 * "FILE:LINE:COL: error: MESSAGE" spells out: nothing reads the position
 * back from the text.
 */
#include <string.h>

#include "rs-frontend.h"

typedef struct {
  const char  *source;
  guint        line;
  guint        column;
  RsParseError code;
  const char  *message;   /* the whole MESSAGE */
} Case;

/* One case per pass that can fail, with the oracle's positions. */
static const Case cases[] = {
  /* encoding */
  { "x = 1\ny = '\xe9'\n", 2, 6, RS_PARSE_ERROR_ENCODING,
    "(unicode error) 'utf-8' codec can't decode byte 0xe9: invalid continuation byte" },
  /* tokenizer */
  { "x = 0777\n", 1, 5, RS_PARSE_ERROR_SYNTAX,
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers" },
  /* the tokenizer's error found after a parser error wins (a copied error) */
  { "x $ 1\ny = 'abc\n", 2, 5, RS_PARSE_ERROR_SYNTAX,
    "unterminated string literal (detected at line 2)" },
  /* parser */
  { "x = = 1\n", 1, 5, RS_PARSE_ERROR_SYNTAX, "invalid syntax" },
  /* where CPython gives no column, neither does the structure */
  { "class A:\n    def f(self):\n  # not a body\nx = 1\n", 4, 0, RS_PARSE_ERROR_SYNTAX,
    "expected an indented block after function definition on line 2" },
  /* at the end of the file, CPython points at the end of the last line */
  { "try:\n    pass\nexcept:\n", 3, 8, RS_PARSE_ERROR_SYNTAX,
    "expected an indented block after 'except' statement on line 3" },
  { "if 1:\n    if 2:\n", 2, 10, RS_PARSE_ERROR_SYNTAX,
    "expected an indented block after 'if' statement on line 2" },
  { "if 1:\n  # \xc3\xa9\xc3\xa9\n", 2, 7, RS_PARSE_ERROR_SYNTAX,
    "expected an indented block after 'if' statement on line 1" },
  { "while 1:\n\n\n", 3, 1, RS_PARSE_ERROR_SYNTAX,
    "expected an indented block after 'while' statement on line 1" },
  /* subset check */
  { "x = 1\n\ny = lambda **k: 0\n", 3, 5, RS_PARSE_ERROR_UNSUPPORTED,
    "**kwargs in a lambda is not in the subset" },
  /* CPython's symtable */
  { "def f(a, a):\n    pass\n", 1, 10, RS_PARSE_ERROR_SYNTAX,
    "duplicate argument 'a' in function definition" },
  /* CPython's code generator */
  { "x = 1\nreturn x\n", 2, 1, RS_PARSE_ERROR_SYNTAX, "'return' outside function" },
};

static void
assert_source_error (const GError *error,
                     const char   *filename,
                     guint         line,
                     guint         column,
                     const char   *message)
{
  const RsSourceError *source = rs_parse_error_get_source (error);
  g_autofree char *text = NULL;

  g_assert_nonnull (source);
  g_assert_cmpuint (source->line, ==, line);
  g_assert_cmpuint (source->column, ==, column);
  if (message != NULL)
    g_assert_cmpstr (source->message, ==, message);
  text = g_strdup_printf ("%s:%u:%u: error: %s", filename, line, column, source->message);
  g_assert_cmpstr (error->message, ==, text);
}

static void
test_every_pass (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(RsModule) module = rs_module_parse ("bad.py", c->source, -1, &error);

      g_assert_null (module);
      g_assert_error (error, RS_PARSE_ERROR, (gint) c->code);
      assert_source_error (error, "bad.py", c->line, c->column, c->message);
    }
}

static void
test_null_byte (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", "x = 1\ny = 2\0\n", 13, &error);

  g_assert_null (module);
  g_assert_error (error, RS_PARSE_ERROR, RS_PARSE_ERROR_SYNTAX);
  assert_source_error (error, "bad.py", 2, 6, "source code cannot contain null bytes");
}

static void
test_too_deep (void)
{
  g_autoptr(GString) text = g_string_new ("x = 1\ny = ");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = NULL;

  for (guint i = 0; i < 600; i++)
    g_string_append (text, "-");
  g_string_append (text, "x\n");
  module = rs_module_parse ("bad.py", text->str, -1, &error);
  g_assert_null (module);
  /* the parser stops at the operator beyond the limit */
  assert_source_error (error, "bad.py", 2, 5 + 498, "expression nested too deeply (more than 500 levels)");
}

/* Statements parsed after a module count their lines on from it. */
static void
test_more (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) first = rs_module_parse ("s.py", "x = 1\n", -1, &error);
  g_autoptr(RsModule) bad = NULL;

  g_assert_no_error (error);
  bad = rs_module_parse_more (first, "<cmd>", "y = x\nz = 2j\n", 7, &error);
  g_assert_null (bad);
  g_assert_error (error, RS_PARSE_ERROR, RS_PARSE_ERROR_UNSUPPORTED);
  assert_source_error (error, "<cmd>", 8, 5, NULL);
}

/* A copy has its own structure: the original can go first. */
static void
test_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) copy = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", "\nx = {1}\n", -1, &error);
  g_autofree char *message = NULL;

  g_assert_null (module);
  message = g_strdup (rs_parse_error_get_source (error)->message);
  copy = g_error_copy (error);
  g_clear_error (&error);
  assert_source_error (copy, "bad.py", 2, 5, message);
}

/* Whatever a damaged script fails on, the structure and the text agree. */
static void
test_garbage (void)
{
  static const char script[] =
    "class Foo:\n    def __init__(self, x):\n        self.x = [x, {'a': 1}]\n"
    "import gc\nf = Foo(3)\nif f.x:\n    del f\ngc.collect()\n";
  static const char pool[] = "()[]{}:;,.'\"\\\n\t #=+-*/%<>!@0x1_e j f b r u a";
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  guint rejected = 0;

  for (guint i = 0; i < 500; i++)
    {
      char buf[sizeof script];
      g_autoptr(GError) error = NULL;
      g_autoptr(RsModule) module = NULL;
      const RsSourceError *source;

      memcpy (buf, script, sizeof script);
      for (guint k = 0; k < 3; k++)
        buf[g_rand_int_range (rand, 0, sizeof script - 1)] =
          pool[g_rand_int_range (rand, 0, sizeof pool - 1)];
      module = rs_module_parse ("g.py", buf, -1, &error);
      if (module != NULL)
        continue;
      rejected++;
      source = rs_parse_error_get_source (error);
      g_assert_cmpuint (source->line, >=, 1);
      assert_source_error (error, "g.py", source->line, source->column, NULL);
    }
  g_assert_cmpuint (rejected, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/source-error/every-pass", test_every_pass);
  g_test_add_func ("/refscope/source-error/null-byte", test_null_byte);
  g_test_add_func ("/refscope/source-error/too-deep", test_too_deep);
  g_test_add_func ("/refscope/source-error/more", test_more);
  g_test_add_func ("/refscope/source-error/copy", test_copy);
  g_test_add_func ("/refscope/source-error/garbage", test_garbage);
  return g_test_run ();
}
