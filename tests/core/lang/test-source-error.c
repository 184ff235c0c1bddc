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

#include "rs-ast-private.h"
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

/* Errors on lines 2, 5, 6, 8, 10, 12 and 13 (where the oracle puts each
 * once the lines before are emptied): in a class body, a method,
 * both arms of an if; line 13 has two, of which only the first counts
 * (the rest of a statement is not checked after its error). */
static const char several[] =
  "import gc\n"
  "x = vars(gc)\n"
  "class A:\n"
  "    def __init__(self):\n"
  "        self.y = eval('1')\n"
  "    f = hash\n"
  "a = A()\n"
  "print(hash(a))\n"
  "if a:\n"
  "    z = {1}\n"
  "else:\n"
  "    w = 1j\n"
  "v = [vars(a), {2}]\n";

/* The subset check goes on after an error: one rejection carries every
 * error, in order, the first as the message. */
static void
test_several (void)
{
  static const RsPosition expected[] = {
    { 2, 5 }, { 5, 18 }, { 6, 9 }, { 8, 7 }, { 10, 9 }, { 12, 9 }, { 13, 6 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", several, -1, &error);
  g_autoptr(GError) copy = NULL;

  g_assert_null (module);
  g_assert_error (error, RS_PARSE_ERROR, RS_PARSE_ERROR_UNSUPPORTED);
  g_assert_cmpuint (rs_parse_error_get_n_sources (error), ==, G_N_ELEMENTS (expected));
  g_assert_true (rs_parse_error_get_nth_source (error, 0) == rs_parse_error_get_source (error));
  assert_source_error (error, "bad.py", 2, 5, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RsSourceError *source = rs_parse_error_get_nth_source (error, i);

      g_assert_cmpuint (source->line, ==, expected[i].line);
      g_assert_cmpuint (source->column, ==, expected[i].col);
      g_assert_nonnull (strstr (source->message, "not in the subset"));
    }
  copy = g_error_copy (error);
  g_clear_error (&error);
  g_assert_cmpuint (rs_parse_error_get_n_sources (copy), ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (rs_parse_error_get_nth_source (copy, 6)->line, ==, 13);
}

/* Each later error is real: with the lines of the errors before it
 * emptied (`pass`), it is the first one, with the same message. */
static void
test_several_are_real (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", several, -1, &error);
  g_auto(GStrv) lines = g_strsplit (several, "\n", -1);
  guint n = rs_parse_error_get_n_sources (error);

  g_assert_cmpuint (n, >, 1);
  for (guint i = 1; i < n; i++)
    {
      const RsSourceError *earlier = rs_parse_error_get_nth_source (error, i - 1);
      const RsSourceError *wanted = rs_parse_error_get_nth_source (error, i);
      char *line = lines[earlier->line - 1];
      g_autofree char *text = NULL;
      g_autoptr(GError) again = NULL;
      g_autoptr(RsModule) fixed = NULL;

      strcpy (line + strspn (line, " "), "pass");
      text = g_strjoinv ("\n", lines);
      fixed = rs_module_parse ("bad.py", text, -1, &again);
      g_assert_null (fixed);
      g_assert_cmpuint (rs_parse_error_get_n_sources (again), ==, n - i);
      assert_source_error (again, "bad.py", wanted->line, wanted->column, wanted->message);
    }
}

/* The other passes stop at their first error: CPython's compiler is not
 * asked while the subset check has errors, and gives one. */
static void
test_one_compiler_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse ("bad.py", "return 1\nx = {1}\nreturn 2\n", -1, &error);
  g_autoptr(RsModule) compiled = NULL;

  g_assert_null (module);
  g_assert_cmpuint (rs_parse_error_get_n_sources (error), ==, 1);
  assert_source_error (error, "bad.py", 2, 5, NULL);
  g_clear_error (&error);
  compiled = rs_module_parse ("bad.py", "return 1\nx = 1\nreturn 2\n", -1, &error);
  g_assert_null (compiled);
  g_assert_cmpuint (rs_parse_error_get_n_sources (error), ==, 1);
  assert_source_error (error, "bad.py", 1, 1, "'return' outside function");
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
  g_test_add_func ("/refscope/source-error/several", test_several);
  g_test_add_func ("/refscope/source-error/several-are-real", test_several_are_real);
  g_test_add_func ("/refscope/source-error/one-compiler-error", test_one_compiler_error);
  return g_test_run ();
}
