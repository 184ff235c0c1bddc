/* test-session.c: RsSession on real scripts: signals, append, truncate, and
 * the replica agreeing with the interpreter on every oracle case
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libglib-testing/signal-logger.h>
#include "rs-session-private.h"
#include "rs-test-cases.h"
#include "rs-test-events.h"

static RsSession *
load (const char *source)
{
  g_autoptr(GError) error = NULL;
  RsSession *session = rs_session_new ();

  g_assert_true (rs_session_load (session, "test.py", source, -1, &error));
  g_assert_no_error (error);
  return session;
}

static void
test_signals (void)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  guint n_steps, first = 0, n_added = 0;

  gt_signal_logger_connect (logger, session, "reset");
  gt_signal_logger_connect (logger, session, "steps-added");
  gt_signal_logger_connect (logger, session, "notify");

  g_assert_true (rs_session_load (session, "a.py", "a = [1]\nb = a\n", -1, &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_notify_emission_pop (logger, session, "filename");
  gt_signal_logger_assert_emission_pop (logger, session, "reset", NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, session, "source");
  gt_signal_logger_assert_notify_emission_pop (logger, session, "n-steps");
  gt_signal_logger_assert_no_emissions (logger);
  n_steps = rs_session_get_n_steps (session);
  g_assert_cmpuint (n_steps, ==, 3);

  g_assert_true (rs_session_append (session, "c = [a, b]", &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_notify_emission_pop (logger, session, "source");
  gt_signal_logger_assert_emission_pop (logger, session, "steps-added", &first, &n_added);
  g_assert_cmpuint (first, ==, n_steps);
  g_assert_cmpuint (n_added, ==, 1);
  gt_signal_logger_assert_notify_emission_pop (logger, session, "n-steps");
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpstr (rs_session_get_source (session), ==, "a = [1]\nb = a\nc = [a, b]\n");
  g_assert_cmpuint (rs_session_get_step_line (session, 3), ==, 3);

  /* A rejected append changes nothing and says nothing. */
  g_assert_false (rs_session_append (session, "f = lambda **k: 1", &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_REJECTED);
  g_clear_error (&error);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, 4);

  g_assert_true (rs_session_truncate (session, 1, &error));
  g_assert_no_error (error);
  gt_signal_logger_assert_emission_pop (logger, session, "reset", NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, session, "source");
  gt_signal_logger_assert_notify_emission_pop (logger, session, "n-steps");
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpstr (rs_session_get_source (session), ==, "a = [1]\n");
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, 2);
}

static const char *truncate_script =
  "def f(x):\n    y = x\n    return y\n\nl = []\nf(l)\nfor i in range(2):\n    l.append(i)\nm = l\n";

/* The first step at or after @from that runs @line in the global frame. */
static guint
find_step (RsSession *session,
           guint      line,
           guint      from)
{
  for (guint step = from; step < rs_session_get_n_steps (session); step++)
    if (rs_session_get_step_line (session, step) == line
        && rs_session_get_step_frame (session, step) == RS_GLOBAL_FRAME)
      return step;
  g_assert_not_reached ();
}

/* Truncating inside a statement keeps only the statements that ended. */
static void
test_truncate_boundaries (void)
{
  g_autoptr(RsSession) session = load (truncate_script);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSnapshot) before = NULL;
  g_autoptr(RsSnapshot) after = NULL;
  guint call = find_step (session, 6, 1), loop = find_step (session, 7, 1);
  guint again = find_step (session, 7, loop + 1);

  g_assert_cmpuint (rs_session_get_step_frame (session, call + 1), !=, RS_GLOBAL_FRAME);
  g_assert_true (rs_session_truncate (session, call + 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, call);
  g_assert_cmpstr (rs_session_get_source (session), ==, "def f(x):\n    y = x\n    return y\n\nl = []\n");
  g_clear_object (&session);

  /* In the loop's second round: the loop had not ended. */
  session = load (truncate_script);
  g_assert_true (rs_session_truncate (session, again, &error));
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, loop);
  g_clear_object (&session);

  /* At a boundary the snapshot stays the same. */
  session = load (truncate_script);
  before = rs_session_get_snapshot (session, loop - 1);
  g_assert_true (rs_session_truncate (session, loop - 1, &error));
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, loop);
  after = rs_session_get_snapshot (session, loop - 1);
  g_assert_true (rs_snapshot_equal (before, after));

  g_assert_false (rs_session_truncate (session, loop, &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_NO_STEP);
}

static void
test_runtime_error (void)
{
  g_autoptr(RsSession) session = load ("a = []\nb = c\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) trace = g_string_new (NULL);
  const char *kind;
  guint line;

  g_assert_true (rs_session_get_error (session, &kind, &line, NULL));
  g_assert_cmpstr (kind, ==, "NameError");
  g_assert_cmpuint (line, ==, 2);
  g_assert_false (rs_session_append (session, "d = 1", &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_STOPPED);
  rs_session_write_trace (session, trace);
  g_assert_cmpstr (trace->str, ==, "new 1 list\nerror NameError line 2\nalive 1\nleaked\n");
}

/* @script stops with the error @kind: @message at @line */
static void
assert_error (const char *script,
              const char *expected_kind,
              const char *expected_message,
              guint       expected_line)
{
  g_autoptr(RsSession) session = load (script);
  const char *kind, *message;
  guint line;

  g_assert_true (rs_session_get_error (session, &kind, &line, &message));
  g_assert_cmpstr (kind, ==, expected_kind);
  g_assert_cmpstr (message, ==, expected_message);
  g_assert_cmpuint (line, ==, expected_line);
}

/* The trace has only an error's kind; the window shows its message too,
 * which for the floats is CPython's word for word */
static void
test_float_error_messages (void)
{
  static const struct { const char *script, *kind, *message; } errors[] = {
    { "x = 1 / 0\n", "ZeroDivisionError", "division by zero" },
    { "x = 1.5 / 0\n", "ZeroDivisionError", "float division by zero" },
    { "x = 1.5 // 0.0\n", "ZeroDivisionError", "float floor division by zero" },
    { "x = 1.5 % 0\n", "ZeroDivisionError", "float modulo" },
    { "x = pow(0.0, -1)\n", "ZeroDivisionError", "0.0 cannot be raised to a negative power" },
    { "x = int(float('nan'))\n", "ValueError", "cannot convert float NaN to integer" },
    { "x = round(float('-inf'))\n", "OverflowError", "cannot convert float infinity to integer" },
    { "x = float(' x1')\n", "ValueError", "could not convert string to float: ' x1'" },
    { "x = int('1.5')\n", "ValueError", "invalid literal for int() with base 10: '1.5'" },
    { "x = int('12', 1)\n", "ValueError", "int() base must be >= 2 and <= 36, or 0" },
    { "x = 'ab' * 1.5\n", "TypeError", "can't multiply sequence by non-int of type 'float'" },
    { "x = '%f' % 'a'\n", "TypeError", "must be real number, not str" },
    { "x = '%x' % 1.5\n", "TypeError", "%x format: an integer is required, not float" },
    { "x = abs('a')\n", "TypeError", "bad operand type for abs(): 'str'" },
    { "x = +'a'\n", "TypeError", "bad operand type for unary +: 'str'" },
    { "x = 1.5 < 'a'\n", "TypeError", "'<' not supported between instances of 'float' and 'str'" },
    { "x = pow(2.0, 3, 5)\n", "TypeError", "pow() 3rd argument not allowed unless all arguments are integers" },
    { "x = round('a')\n", "TypeError", "type str doesn't define __round__ method" },
    { "x = float([])\n", "TypeError", "float() argument must be a string or a real number, not 'list'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    assert_error (errors[i].script, errors[i].kind, errors[i].message, 1);
}

/* The errors of classes and their builtins, CPython's word for word */
static void
test_class_error_messages (void)
{
  static const struct { const char *script, *kind, *message; guint line; } errors[] = {
    { "class A:\n    pass\nclass B(A):\n    pass\nclass C(A, B):\n    pass\n", "TypeError",
      "Cannot create a consistent method resolution\norder (MRO) for bases A, B", 5 },
    { "class A:\n    pass\nclass B(A, A):\n    pass\n", "TypeError", "duplicate base class A", 3 },
    { "class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B):\n    pass\n",
      "TypeError", "multiple bases have instance lay-out conflict", 5 },
    { "class A:\n    __slots__ = ('a',)\n    a = 1\n", "ValueError",
      "'a' in __slots__ conflicts with class variable", 1 },
    { "class A:\n    __slots__ = ('a',)\nA().b = 1\n", "AttributeError", "'A' object has no attribute 'b'", 3 },
    { "class A:\n    __slots__ = ('a',)\ndel A().a\n", "AttributeError", "a", 3 },
    { "import weakref\nclass A:\n    __slots__ = ()\nweakref.ref(A())\n", "TypeError",
      "cannot create weak reference to 'A' object", 4 },
    { "class A:\n    __hash__ = None\nx = {A(): 1}\n", "TypeError", "unhashable type: 'A'", 3 },
    { "class A:\n    @property\n    def x(self):\n        return 1\nA().x = 2\n", "AttributeError",
      "property 'x' of 'A' object has no setter", 5 },
    { "class A:\n    @property\n    def x(self):\n        return 1\ndel A().x\n", "AttributeError",
      "property 'x' of 'A' object has no deleter", 5 },
    { "class A:\n    pass\nA.p = property()\nA().p\n", "AttributeError",
      "property of 'A' object has no getter", 4 },
    { "x = isinstance(1, 2)\n", "TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union", 1 },
    { "x = isinstance(1)\n", "TypeError", "isinstance expected 2 arguments, got 1", 1 },
    { "x = issubclass(1, int)\n", "TypeError", "issubclass() arg 1 must be a class", 1 },
    { "x = issubclass(int, 1)\n", "TypeError",
      "issubclass() arg 2 must be a class, a tuple of classes, or a union", 1 },
    { "x = callable()\n", "TypeError", "callable() takes exactly one argument (0 given)", 1 },
    { "x = getattr(1)\n", "TypeError", "getattr expected at least 2 arguments, got 1", 1 },
    { "x = getattr(1, 2, 3, 4)\n", "TypeError", "getattr expected at most 3 arguments, got 4", 1 },
    { "x = getattr(1, 5)\n", "TypeError", "attribute name must be string, not 'int'", 1 },
    { "x = setattr(1, 'a')\n", "TypeError", "setattr expected 3 arguments, got 2", 1 },
    { "x = staticmethod(1, 2)\n", "TypeError", "staticmethod expected 1 argument, got 2", 1 },
    { "x = classmethod()\n", "TypeError", "classmethod expected 1 argument, got 0", 1 },
    { "x = property(1, 2, 3, 4, 5)\n", "TypeError", "property() takes at most 4 arguments (5 given)", 1 },
    { "x = property().setter(1, 2)\n", "TypeError", "property.setter() takes exactly one argument (2 given)", 1 },
    { "class A:\n    pass\nx = super(A, 5).f\n", "TypeError",
      "super(type, obj): obj must be an instance or subtype of type", 3 },
    { "class A:\n    pass\nx = super(5, A()).f\n", "TypeError", "super() argument 1 must be a type, not int", 3 },
    { "class A:\n    pass\nx = super(A, A()).f\n", "AttributeError", "'super' object has no attribute 'f'", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    assert_error (errors[i].script, errors[i].kind, errors[i].message, errors[i].line);
}

static void
test_bad_input (void)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (rs_session_load (session, "bad.py", "a = 1\n\xff\n", -1, &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (rs_session_load (session, "bad.py", "import os\n", -1, &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_REJECTED);
  g_assert_true (g_str_has_prefix (error->message, "bad.py:1:"));
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, 1);
}

/* A refused load or append keeps where the front end stopped; the next
 * call that gets past the front end forgets it. */
static void
test_rejection (void)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GError) error = NULL;
  guint line = 99, column = 99;

  g_assert_false (rs_session_get_rejection (session, &line, &column));
  g_assert_cmpuint (line, ==, 0);
  g_assert_cmpuint (column, ==, 0);

  g_assert_false (rs_session_load (session, "bad.py", "a = 1\n\nb = a @ 2\n", -1, &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_REJECTED);
  g_assert_true (g_str_has_prefix (error->message, "bad.py:3:5: error: the operator @"));
  g_clear_error (&error);
  g_assert_true (rs_session_get_rejection (session, &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 5);

  g_assert_true (rs_session_load (session, "ok.py", "a = 1\nb = 2\n", -1, &error));
  g_assert_no_error (error);
  g_assert_false (rs_session_get_rejection (session, NULL, NULL));

  /* appended lines are numbered after the script's */
  g_assert_false (rs_session_append (session, "c = 3\n  d = 4", &error));
  g_assert_error (error, RS_SESSION_ERROR, RS_SESSION_ERROR_REJECTED);
  g_clear_error (&error);
  g_assert_true (rs_session_get_rejection (session, &line, NULL));
  g_assert_cmpuint (line, ==, 4);

  g_assert_true (rs_session_append (session, "c = 3", &error));
  g_assert_no_error (error);
  g_assert_false (rs_session_get_rejection (session, &line, &column));
  g_assert_cmpuint (line, ==, 0);
}

/* --trace on a huge run: nothing recorded, the trace streamed. */
static void
test_trace_output (void)
{
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GString) tail = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  rs_session_set_recording (session, FALSE);
  rs_session_set_trace_output (session, stream);
  g_assert_true (rs_session_load (session, "t.py", "l = []\nfor i in range(1000):\n    l.append([])\nprint(len(l))\n",
                                  -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, 1);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  text = g_strdup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)));
  g_assert_true (g_str_has_prefix (text, "new 1 list\nnew 2 list\n"));
  g_assert_true (g_str_has_suffix (text, "new 1001 list\n1000\n"));
  rs_session_write_trace (session, tail);
  g_assert_true (g_str_has_prefix (tail->str, "alive 1 2 3 "));
  g_assert_true (g_str_has_suffix (tail->str, " 1001\nleaked\n"));
}

/* After a truncation, appending continues from the shorter script. */
static void
test_truncate_then_append (void)
{
  g_autoptr(RsSession) session = load ("a = []\nb = [a]\nc = [b]\n");
  g_autoptr(RsSnapshot) snap = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_session_truncate (session, 1, &error));
  g_assert_true (rs_session_append (session, "d = [a]\n", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rs_session_get_source (session), ==, "a = []\nd = [a]\n");
  g_assert_cmpuint (rs_session_get_n_steps (session), ==, 3);
  snap = rs_session_get_snapshot (session, 2);
  g_assert_cmpstr (snap->source_line, ==, "d = [a]");
  g_assert_cmpuint (snap->n_objects, ==, 2);
  g_assert_cmpuint (rs_snapshot_find_object (snap, 2)->number, ==, 2);
}

/* The oracle cases */

typedef struct {
  const char *name;
  guint       n_checked;
} StepCheck;

/* The head replica, fed only by the events, holds the interpreter's
 * refcounts: of the live objects, and 0 for the others. */
static void
check_refcounts (RsSession *session,
                 guint      ended,
                 gpointer   user_data)
{
  StepCheck *check = user_data;
  const RsReplica *head;
  RsInterp *interp;

  /* Every step of short runs, a sample of long ones (valgrind stays fast). */
  if (ended > 2000 && ended % 97 != 0)
    return;
  head = rs_timeline_get_head (rs_session_get_timeline (session));
  interp = rs_session_get_interp (session);

  for (RsObjId id = 1; id <= rs_replica_get_max_object_id (head); id++)
    {
      const RsReplicaObject *object = rs_replica_get_object (head, id);
      guint got = object->state == RS_REPLICA_ALIVE ? rs_replica_object_refcount (object) : 0;

      if (got != rs_interp_get_refcount (interp, id))
        g_error ("%s: after step %u, object %u: replica refcount %u, interpreter %u", check->name, ended,
                 id, got, rs_interp_get_refcount (interp, id));
      check->n_checked++;
    }
}

/* "leaked 3 4", the last line of the expected trace. */
static char *
expected_leaked (const char *trace)
{
  g_auto(GStrv) lines = g_strsplit (trace, "\n", -1);
  guint n = g_strv_length (lines);

  /* the text ends with a newline: the last item is empty */
  g_assert_cmpuint (n, >=, 2);
  g_assert_true (g_str_has_prefix (lines[n - 2], "leaked"));
  return g_strdup (lines[n - 2]);
}

static char *
snapshot_leaked (const RsSnapshot *snap)
{
  GString *out = g_string_new ("leaked");

  for (guint i = 0; i < snap->n_objects; i++)
    if ((snap->objects[i].flags & RS_SNAP_LEAKED) && (snap->objects[i].flags & RS_SNAP_TRACED))
      g_string_append_printf (out, " %u", snap->objects[i].number);
  return g_string_free (out, FALSE);
}

/* Going backward from the end gives the snapshots going forward gave. */
static void
check_backward (RsSession  *session,
                const char *name)
{
  guint n_steps = rs_session_get_n_steps (session);
  g_autoptr(GPtrArray) forward = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_snapshot_unref);

  for (guint step = 0; step < n_steps; step++)
    g_ptr_array_add (forward, rs_session_get_snapshot (session, step));
  for (guint step = n_steps; step > 0; step--)
    {
      g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, step - 1);
      if (!rs_snapshot_equal (snap, forward->pdata[step - 1]))
        {
          g_autofree char *got = test_dump_snapshot (snap);
          g_autofree char *want = test_dump_snapshot (forward->pdata[step - 1]);
          g_error ("%s: step %u differs going backward:\n%s\nforward:\n%s", name, step - 1, got, want);
        }
    }
}

static char *
interp_leaked_line (RsInterp *interp)
{
  g_autoptr(GArray) reachable = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) leaked = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *out = g_string_new ("leaked");

  rs_interp_get_alive (interp, reachable, leaked);
  for (guint i = 0; i < leaked->len; i++)
    g_string_append_printf (out, " %u", g_array_index (leaked, guint, i));
  return g_string_free (out, FALSE);
}

static void
run_case (const RsTestCase *test_case,
          gpointer          user_data)
{
  guint *n_checked = user_data;
  g_autofree char *expected = expected_leaked (test_case->trace);
  g_autofree char *got = NULL;
  g_autofree char *interp_leaked = NULL;
  g_autoptr(RsSession) session = rs_session_new ();
  g_autoptr(RsSnapshot) last = NULL;
  g_autoptr(GError) error = NULL;
  StepCheck check = { test_case->name, 0 };

  rs_session_set_step_hook (session, check_refcounts, &check);
  rs_session_load (session, test_case->name, test_case->source, test_case->length, &error);
  g_assert_no_error (error);
  check_refcounts (session, rs_session_get_n_steps (session) - 1, &check);
  last = rs_session_get_snapshot (session, rs_session_get_n_steps (session) - 1);
  for (guint i = 0; i < last->n_objects; i++)
    g_assert_cmpuint (last->objects[i].refcount, ==,
                      rs_interp_get_refcount (rs_session_get_interp (session), last->objects[i].id));
  /* The analysis agrees with the interpreter, and both with CPython. */
  got = snapshot_leaked (last);
  interp_leaked = interp_leaked_line (rs_session_get_interp (session));
  if (g_strcmp0 (got, interp_leaked) != 0 || g_strcmp0 (got, expected) != 0)
    g_error ("%s: analysis says \"%s\", the interpreter \"%s\", CPython \"%s\"", test_case->name,
             got, interp_leaked, expected);
  if (rs_session_get_n_steps (session) < 300)
    check_backward (session, test_case->name);
  *n_checked += check.n_checked;
}

/* A weak container's own weak references are drawn as its weak slots to
 * what they refer to (labelled by key), and are no cards of their own */
static void
test_weak_containers (void)
{
  g_autoptr(RsSession) session = load ("import weakref\nclass N:\n    pass\n"
                                       "c = weakref.WeakValueDictionary()\ns = weakref.WeakSet()\n"
                                       "a = N()\nc['a'] = a\ns.add(a)\nk = weakref.WeakKeyDictionary()\n"
                                       "k[a] = [1]\n");
  g_autoptr(RsSnapshot) snap = rs_session_get_snapshot (session, rs_session_get_n_steps (session) - 1);
  guint n_containers = 0, n_internal = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    {
      const RsSnapObject *o = &snap->objects[i];
      const RsSnapSlot *slot = &snap->slots[o->first_slot];

      if (o->flags & RS_SNAP_INTERNAL)
        {
          g_assert_cmpint (o->kind, ==, RS_KIND_WEAKREF);
          n_internal++;
        }
      if (o->kind != RS_KIND_WEAKDICT)
        continue;
      n_containers++;
      g_assert_cmpint (slot->kind, ==, RS_SLOT_WEAK);
      g_assert_cmpuint (rs_snapshot_find_object (snap, slot->target)->number, ==, 1);
      if (strcmp (o->title, "WeakKeyDictionary") == 0)
        {
          /* the key weak, the value strong and labelled with the key */
          g_assert_cmpuint (o->n_slots, ==, 2);
          g_assert_cmpstr (slot->label, ==, "(key)");
          g_assert_cmpint (slot[1].kind, ==, RS_SLOT_STRONG);
          g_assert_cmpstr (slot[1].label, ==, "<N #1>");
          g_assert_cmpuint (rs_snapshot_find_object (snap, slot[1].target)->number, ==, 2);
          continue;
        }
      /* a plain key is the label of its value, as in a dict */
      g_assert_cmpuint (o->n_slots, ==, 1);
      g_assert_cmpstr (slot->label, ==, strcmp (o->title, "WeakSet") == 0 ? "(item)" : "'a'");
    }
  g_assert_cmpuint (n_containers, ==, 3);
  g_assert_cmpuint (n_internal, ==, 3);
  /* weak references add nothing to the instance's count: the name only */
  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].number == 1)
      g_assert_cmpuint (snap->objects[i].refcount, ==, 1);
}

static void
test_cases (gconstpointer dir)
{
  guint n_checked = 0;

  rs_test_cases_foreach (dir, run_case, &n_checked);
  g_assert_cmpuint (n_checked, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/session/signals", test_signals);
  g_test_add_func ("/refscope/session/truncate-boundaries", test_truncate_boundaries);
  g_test_add_func ("/refscope/session/runtime-error", test_runtime_error);
  g_test_add_func ("/refscope/session/float-error-messages", test_float_error_messages);
  g_test_add_func ("/refscope/session/class-error-messages", test_class_error_messages);
  g_test_add_func ("/refscope/session/bad-input", test_bad_input);
  g_test_add_func ("/refscope/session/rejection", test_rejection);
  g_test_add_func ("/refscope/session/trace-output", test_trace_output);
  g_test_add_func ("/refscope/session/truncate-then-append", test_truncate_then_append);
  g_test_add_func ("/refscope/session/weak-containers", test_weak_containers);
  g_test_add_data_func ("/refscope/session/shared-cases", ORACLE_CASES_DIR, test_cases);
  g_test_add_data_func ("/refscope/session/project-cases", PROJECT_CASES_DIR, test_cases);
  return g_test_run ();
}
