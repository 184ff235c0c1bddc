/* test-parser.c: the session language front end accepts what the oracle runs
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "rs-frontend.h"
#include "rs-test-cases.h"

static RsModule *
parse_ok (const char *source)
{
  g_autoptr(GError) error = NULL;
  RsModule *module = rs_module_parse ("t.py", source, -1, &error);

  if (error != NULL)
    g_error ("unexpected error for:\n%s\n%s", source, error->message);
  g_assert_nonnull (module);
  return module;
}

/* Every case parses (the oracle ran them all). */
static void
parse_case (const RsTestCase *test_case,
            gpointer          user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) module = rs_module_parse (test_case->path, test_case->source, test_case->length, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (module->body.n_stmts, >, 0);
}

static void
test_cases (gconstpointer dir)
{
  g_assert_cmpuint (rs_test_cases_foreach (dir, parse_case, NULL), >=, 20);
}

static void
test_shapes (void)
{
  g_autoptr(RsModule) m = parse_ok ("a = b = [1, 'x']\n"
                                    "x, y = y, x\n"
                                    "if a < b <= 3 is not None:\n"
                                    "    pass\n"
                                    "elif not a and b or a:\n"
                                    "    del a, b.c, d['k']\n"
                                    "else:\n"
                                    "    f(1, -2)(3).g[4]\n");
  RsStmt *s;
  RsExpr *e;

  g_assert_cmpuint (m->body.n_stmts, ==, 3);
  s = m->body.stmts[0];
  g_assert_cmpint (s->kind, ==, RS_STMT_ASSIGN);
  g_assert_cmpuint (s->assign.n_targets, ==, 2);
  g_assert_cmpstr (s->assign.targets[1]->name.id, ==, "b");
  g_assert_cmpint (s->assign.value->kind, ==, RS_EXPR_LIST);
  g_assert_cmpuint (s->assign.value->col, ==, 9);
  g_assert_cmpuint (s->assign.value->end_col, ==, 17);

  s = m->body.stmts[1];
  g_assert_cmpint (s->assign.targets[0]->kind, ==, RS_EXPR_TUPLE);
  g_assert_cmpint (s->assign.value->kind, ==, RS_EXPR_TUPLE);
  g_assert_cmpuint (s->assign.value->seq.n_items, ==, 2);

  s = m->body.stmts[2];
  g_assert_cmpint (s->kind, ==, RS_STMT_IF);
  e = s->if_.test;
  g_assert_cmpint (e->kind, ==, RS_EXPR_COMPARE);
  g_assert_cmpuint (e->compare.n_ops, ==, 3);
  g_assert_cmpint (e->compare.ops[0], ==, RS_CMP_LT);
  g_assert_cmpint (e->compare.ops[1], ==, RS_CMP_LE);
  g_assert_cmpint (e->compare.ops[2], ==, RS_CMP_IS_NOT);
  g_assert_cmpuint (s->if_.orelse.n_stmts, ==, 1);
  s = s->if_.orelse.stmts[0];      /* elif */
  g_assert_cmpint (s->kind, ==, RS_STMT_IF);
  g_assert_cmpuint (s->line, ==, 5);
  g_assert_cmpint (s->if_.test->kind, ==, RS_EXPR_BOOLOP);
  g_assert_cmpint (s->if_.test->boolop.op, ==, RS_BOOL_OR);
  g_assert_cmpint (s->if_.body.stmts[0]->kind, ==, RS_STMT_DELETE);
  g_assert_cmpuint (s->if_.body.stmts[0]->del.n_targets, ==, 3);
  e = s->if_.orelse.stmts[0]->expr.value;
  g_assert_cmpint (e->kind, ==, RS_EXPR_SUBSCRIPT);
  g_assert_cmpint (e->subscript.value->kind, ==, RS_EXPR_ATTR);
  g_assert_cmpuint (e->col, ==, 5);
}

static void
test_precedence (void)
{
  g_autoptr(RsModule) m = parse_ok ("x = 1 + 2 * -3 // 4 - 5 % 6\n"
                                    "y = (1 + 2) * 3\n");
  RsExpr *e = m->body.stmts[0]->assign.value;

  /* (1 + ((2 * -3) // 4)) - (5 % 6) */
  g_assert_cmpint (e->binop.op, ==, RS_BIN_SUB);
  g_assert_cmpint (e->binop.right->binop.op, ==, RS_BIN_MOD);
  g_assert_cmpint (e->binop.left->binop.op, ==, RS_BIN_ADD);
  e = e->binop.left->binop.right;
  g_assert_cmpint (e->binop.op, ==, RS_BIN_FLOORDIV);
  g_assert_cmpint (e->binop.left->binop.op, ==, RS_BIN_MUL);
  g_assert_cmpint (e->binop.left->binop.right->kind, ==, RS_EXPR_NEG);

  /* the product starts at the parenthesis, the sum inside it */
  e = m->body.stmts[1]->assign.value;
  g_assert_cmpuint (e->col, ==, 5);
  g_assert_cmpuint (e->binop.left->col, ==, 6);
}

static void
test_literals (void)
{
  g_autoptr(RsModule) m = parse_ok ("a = 'x\\n\\t\\\\\\'\\x41\\u00e9\\U0001F600\\101'\n"
                                    "b = r'\\n' \"c\" '''d\ne'''\n"
                                    "c = 0x_ff + 0o17 + 0b101 + 1_000\n"
                                    "d = 123456789012345678901234567890\n"
                                    "e = 0xffffffffffffffffffff\n"
                                    "f = 9223372036854775807\n"
                                    "g = u'\\z'\n");
  RsExpr *e = m->body.stmts[0]->assign.value;

  g_assert_cmpstr (e->str.value, ==, "x\n\t\\'A\xc3\xa9\xf0\x9f\x98\x80" "A");
  e = m->body.stmts[1]->assign.value;
  g_assert_cmpstr (e->str.value, ==, "\\nc" "d\ne");
  e = m->body.stmts[2]->assign.value;
  g_assert_cmpint (e->binop.right->integer.value, ==, 1000);
  g_assert_cmpint (e->binop.left->binop.right->integer.value, ==, 5);
  g_assert_cmpint (e->binop.left->binop.left->binop.left->integer.value, ==, 255);
  g_assert_cmpint (e->binop.left->binop.left->binop.right->integer.value, ==, 15);
  e = m->body.stmts[3]->assign.value;
  g_assert_cmpstr (e->integer.digits, ==, "123456789012345678901234567890");
  e = m->body.stmts[4]->assign.value;
  /* a non-decimal literal keeps its digits: the runtime reads them in linear time */
  g_assert_cmpstr (e->integer.digits, ==, "0xffffffffffffffffffff");
  e = m->body.stmts[5]->assign.value;
  g_assert_null (e->integer.digits);
  g_assert_cmpint (e->integer.value, ==, G_MAXINT64);
  e = m->body.stmts[6]->assign.value;
  g_assert_cmpstr (e->str.value, ==, "\\z");
}

static void
test_layout (void)
{
  /* tabs, continuation lines, semicolons, one-line compounds, comments */
  g_autoptr(RsModule) m = parse_ok ("# comment\n"
                                    "\n"
                                    "def f(a,\n"
                                    "      b): return a\n"
                                    "if 1: x = 1; y = 2\n"
                                    "while x:\n"
                                    "\tx = 0  # tab\n"
                                    "\n"
                                    "        # comment at another indent\n"
                                    "\ty = \\\n"
                                    "  3\n"
                                    "l = [1,\n"
                                    "  2,\n"
                                    "]\r\n"
                                    "z = {'a': 1,\r\n"
                                    "     'b': 2}");
  g_assert_cmpuint (m->body.n_stmts, ==, 5);
  g_assert_cmpint (m->body.stmts[0]->kind, ==, RS_STMT_DEF);
  g_assert_cmpuint (m->body.stmts[0]->def.n_params, ==, 2);
  g_assert_cmpuint (m->body.stmts[0]->end_line, ==, 4);
  g_assert_cmpuint (m->body.stmts[1]->if_.body.n_stmts, ==, 2);
  g_assert_cmpuint (m->body.stmts[2]->while_.body.n_stmts, ==, 2);
  g_assert_cmpuint (m->body.stmts[2]->while_.body.stmts[1]->line, ==, 10);
  g_assert_cmpuint (m->body.stmts[2]->while_.body.stmts[1]->end_line, ==, 11);
  g_assert_cmpuint (m->body.stmts[4]->line, ==, 15);
  g_assert_cmpuint (m->body.stmts[4]->assign.value->dict.n_items, ==, 2);
}

static void
test_deep_but_accepted (void)
{
  /* the oracle accepts expressions up to about 494 levels deep and 99
   * levels of indentation */
  g_autoptr(GString) text = g_string_new ("x = 1");
  g_autoptr(RsModule) chain = NULL;
  g_autoptr(RsModule) blocks = NULL;
  guint i, j;

  for (i = 0; i < 494; i++)
    g_string_append (text, " + 1");
  g_string_append (text, "\n");
  chain = parse_ok (text->str);

  g_string_truncate (text, 0);
  for (i = 0; i < 99; i++)
    {
      for (j = 0; j < i; j++)
        g_string_append (text, " ");
      g_string_append (text, "if x:\n");
    }
  for (j = 0; j < i; j++)
    g_string_append (text, " ");
  g_string_append (text, "pass\n");
  blocks = parse_ok (text->str);

  /* and 494 elif branches */
  g_string_assign (text, "if x:\n    pass\n");
  for (i = 0; i < 494; i++)
    g_string_append (text, "elif x:\n    pass\n");
  g_clear_pointer (&blocks, rs_module_free);
  blocks = parse_ok (text->str);
}

static void
test_accepted (void)
{
  /* tricky things the oracle accepts */
  static const char *const sources[] = {
    "class A:\n    'doc'\n    x = 1\n    def __init__(self):\n        'doc'\n        self.a = 1\n"
    "class B(A):\n    def __init__(self):\n        A.__init__(self)\n    def __del__(self):\n        pass\n",
    "id = 3\nprint(id)\n",
    "def f(len2, type):\n    return type\nprint(type)\n",
    "a, b = [1, 2]\n",
    "(a, b) = 1, 2\n",
    "del (a, b)\n",
    "import gc, sys\nimport weakref\ngc.collect(); sys.getrefcount(1); weakref.ref(gc)\n",
    "if True:\n    import gc\n",
    "for i in range(3):\n    class C:\n        pass\n",
    "def f():\n    global g\n    g = 1\n",
    "x = undefined_name\n",
    "class A:\n    3\n    None\n    pass\n",
    "x = -1\n",
    "print(1, 'a' 'b', [], {}, {'a': [1]}, None, True, False)\n",
    "x = 10000000000000000000000000000000000000000\nprint(-x)\n",
    "d = {}\nd['k'] = 1\nl = [1]\nl[0] = 2\n",
    "l = []\nl.append(1); l.pop(); l.insert(0, 1); l.remove(1); l.clear()\n",
    "match = 1\ncase = match\nprint(case)\n",
    "x = (\n  1\n  +\n  2\n)\n",
    "caf\xc3\xa9 = 1\nprint(caf\xc3\xa9)\n",
    "class A:\n    def m(self):\n        __x = 1\n        return __x\n",
    "def f():\n    return\n    x = 1\n",
    "while 1:\n    break\nelse_ = 1\n",
    "x = [\n]\n",
    "",
    "\n\n# only a comment\n",
    "pass",
    "x\xc2\xb7y = 1\n",                       /* U+00B7 continues identifiers */
    "if 1:\n    x = 1\n\\\n    y = 2\n",       /* indentation after a continuation */
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(RsModule) m = parse_ok (sources[i]);
    }
}

/* co_varnames of a module's first function, joined with spaces. */
static char *
varnames (const char *source)
{
  g_autoptr(RsModule) m = parse_ok (source);
  g_autoptr(GString) out = g_string_new (NULL);
  RsStmt *def = m->body.stmts[0];
  guint i;

  if (def->kind == RS_STMT_CLASS)
    def = def->class_.body.stmts[0];
  g_assert_cmpint (def->kind, ==, RS_STMT_DEF);
  g_assert_cmpuint (def->def.scope.n_params, ==, def->def.n_params);
  for (i = 0; i < def->def.scope.n_varnames; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", def->def.scope.varnames[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_scope (void)
{
  /* expected: python3.11 -c "...; print(f.__code__.co_varnames)" */
  static const struct { const char *source, *expected; } cases[] = {
    { "def f(a, b):\n    if 0:\n        z = 1\n    while False:\n        w = 2\n"
      "    y = q\n    q = 1\n    return a\n    dead = 5\n", "a b z w q y dead" },
    { "def g(a):\n    x = [y, {k: v, k2: v2}]\n    k = v = y = v2 = k2 = 1\n",
      "a y k v k2 v2 x" },
    { "def h(a):\n    for i in range(3):\n        pass\n    del d\n"
      "    c.x = e = f(g, m)\n    m = g = 1\n", "a i d g m e" },
    { "def f(p):\n    global g\n    g = 1\n    x = g\n    for i in x:\n        y = i\n",
      "p x i y" },
    { "def f():\n    a, b = b, a\n    c[d] = e\n    d = e = c = 1\n", "b a e c d" },
    { "def f():\n    while not x or y < z:\n        del z\n        x = y = 1\n", "x y z" },
    { "def f():\n    print(a.b(c)[d])\n    a = b = c = d = 0\n", "a c d b" },
    { "def f(x):\n    x = y\n    y = x\n", "x y" },
    { "def f():\n    pass\n", "" },
    { "class A:\n    def m(self, __p):\n        __q = __p\n", "self _A__p _A__q" },
    { "def f():\n    if a:\n        b = 1\n    elif c:\n        a = 2\n    else:\n        c = 3\n",
      "a b c" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = varnames (cases[i].source);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

static void
test_is_method (void)
{
  g_autoptr(RsModule) m = parse_ok ("class A:\n    def m(self):\n        pass\n"
                                    "def f():\n    global a, b\n");

  g_assert_true (m->body.stmts[0]->class_.body.stmts[0]->def.is_method);
  g_assert_false (m->body.stmts[1]->def.is_method);
  g_assert_cmpuint (m->body.stmts[1]->def.scope.n_globals, ==, 2);
}

static void
test_parse_more (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsModule) first = parse_ok ("import gc\nid = 1\n");
  g_autoptr(RsModule) more = rs_module_parse_more (first, "<cmd>", "print(id)\ngc.collect()\n",
                                                   7, &error);
  g_autoptr(RsModule) bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (more->body.stmts[0]->line, ==, 7);
  g_assert_cmpuint (more->body.stmts[1]->line, ==, 8);

  bad = rs_module_parse_more (more, "<cmd>", "gc.get_objects()\n", 9, &error);
  g_assert_null (bad);
  g_assert_error (error, RS_PARSE_ERROR, RS_PARSE_ERROR_UNSUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, "<cmd>:9:1: error: "));
  g_clear_error (&error);

  bad = rs_module_parse_more (more, "<cmd>", "print(hash)\n", 9, &error);
  g_assert_null (bad);
  g_assert_true (g_str_has_prefix (error->message, "<cmd>:9:7: error: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/refscope/parser/shared-cases", SHARED_DIR "/oracle/cases", test_cases);
  g_test_add_data_func ("/refscope/parser/project-cases", CASES_DIR, test_cases);
  g_test_add_func ("/refscope/parser/shapes", test_shapes);
  g_test_add_func ("/refscope/parser/precedence", test_precedence);
  g_test_add_func ("/refscope/parser/literals", test_literals);
  g_test_add_func ("/refscope/parser/layout", test_layout);
  g_test_add_func ("/refscope/parser/accepted", test_accepted);
  g_test_add_func ("/refscope/parser/deep-but-accepted", test_deep_but_accepted);
  g_test_add_func ("/refscope/parser/scope", test_scope);
  g_test_add_func ("/refscope/parser/is-method", test_is_method);
  g_test_add_func ("/refscope/parser/parse-more", test_parse_more);
  return g_test_run ();
}
