/* test-edit.c: the statements the edit actions write, checked by running them
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <string.h>

#include "rs-edit.h"
#include "rs-session.h"
#include "rs-snapshot-describe.h"

static RsSession *
load (const char *source)
{
  RsSession *session = rs_session_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_session_load (session, "test.py", source, -1, &error));
  g_assert_no_error (error);
  return session;
}

static RsSnapshot *
last (RsSession *session)
{
  return rs_session_get_snapshot (session, rs_session_get_n_steps (session) - 1);
}

static RsObjId
find_titled (const RsSnapshot *snapshot,
             const char       *title)
{
  for (guint i = 0; i < snapshot->n_objects; i++)
    if (g_strcmp0 (snapshot->objects[i].title, title) == 0)
      return snapshot->objects[i].id;
  return 0;
}

/* Runs @statements and checks they appended without error. */
static void
run (RsSession  *session,
     const char *statements)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (statements);
  g_assert_true (rs_session_append (session, statements, &error));
  g_assert_no_error (error);
}

static void
test_new_object_defines_class (void)
{
  g_autoptr(RsSession) session = load ("");
  g_autoptr(RsSnapshot) before = last (session);
  g_autoptr(RsSnapshot) after = NULL;
  g_autofree char *stmt = rs_edit_new_object (before, "Node", "a", NULL);
  g_autofree char *again = NULL;

  g_assert_cmpstr (stmt, ==, "class Node:\n    pass\na = Node()");
  run (session, stmt);
  after = last (session);
  g_assert_cmpuint (find_titled (after, "Node #1"), !=, 0);
  /* Once the class exists, it is not defined again. */
  again = rs_edit_new_object (after, "Node", "b", NULL);
  g_assert_cmpstr (again, ==, "b = Node()");
}

static void
test_access_path_and_bind (void)
{
  g_autoptr(RsSession) session = load ("class Foo:\n    pass\na = Foo()\na.friend = Foo()\nl = [Foo()]\n");
  g_autoptr(RsSnapshot) snap = last (session);
  g_autofree char *p2 = rs_edit_access_path (snap, find_titled (snap, "Foo #2"), NULL);
  g_autofree char *p3 = rs_edit_access_path (snap, find_titled (snap, "Foo #3"), NULL);
  g_autofree char *bind = rs_edit_bind_name (snap, find_titled (snap, "Foo #2"), "b", NULL);
  g_autoptr(RsSnapshot) after = NULL;
  g_autofree char *ledger = NULL;

  g_assert_cmpstr (p2, ==, "a.friend");
  g_assert_cmpstr (p3, ==, "l[0]");
  g_assert_cmpstr (bind, ==, "b = a.friend");
  run (session, bind);
  after = last (session);
  ledger = rs_snapshot_describe_refcount (after, find_titled (after, "Foo #2"));
  g_assert_nonnull (strstr (ledger, "refcount 2"));
}

static void
test_leaked_is_not_editable (void)
{
  g_autoptr(RsSession) session = load ("class Foo:\n    pass\na = Foo()\na.me = a\ndel a\n");
  g_autoptr(RsSnapshot) snap = last (session);
  RsObjId id = find_titled (snap, "Foo #1");
  g_autoptr(GError) error = NULL;
  g_autofree char *stmt = NULL;

  g_assert_cmpuint (id, !=, 0);
  g_assert_true (rs_snapshot_find_object (snap, id)->flags & RS_SNAP_LEAKED);
  stmt = rs_edit_bind_name (snap, id, "b", &error);
  g_assert_null (stmt);
  g_assert_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_LEAKED);
}

static void
test_references_and_delete (void)
{
  g_autoptr(RsSession) session = load ("class Foo:\n    pass\na = Foo()\nb = Foo()\n");
  g_autoptr(RsSnapshot) snap = last (session);
  RsObjId a = find_titled (snap, "Foo #1"), b = find_titled (snap, "Foo #2");
  g_autofree char *strong = rs_edit_store_reference (snap, a, b, "friend", FALSE, NULL);
  g_autofree char *weak = rs_edit_store_reference (snap, b, a, "back", TRUE, NULL);
  g_autofree char *del = NULL;
  g_autofree char *collect = NULL;
  g_autoptr(RsSnapshot) after = NULL;
  g_autoptr(GPtrArray) holders = NULL;

  g_assert_cmpstr (strong, ==, "a.friend = b");
  g_assert_cmpstr (weak, ==, "import weakref\nb.back = weakref.ref(a)");
  run (session, strong);
  run (session, weak);
  after = last (session);
  holders = rs_edit_list_holders (after, b);
  g_assert_cmpuint (holders->len, ==, 2);
  del = rs_edit_delete_name (after, b, NULL);
  g_assert_cmpstr (del, ==, "del b");
  run (session, del);
  collect = rs_edit_collect (after);
  g_assert_cmpstr (collect, ==, "import gc\ngc.collect()");
  run (session, collect);
}

/* Making a reference weak writes the store that replaces it, for an
 * attribute, a list item and a dict value, and the run frees what only
 * it held: a cycle through each is gone by reference counting. */
static void
test_make_weak (void)
{
  g_autoptr(RsSession) session = load ("class Foo:\n    pass\na = Foo()\na.me = a\n"
                                       "l = [a]\na.l = l\nd = {'k': a}\na.d = d\n");
  g_autoptr(RsSnapshot) snap = last (session);
  RsObjId a = find_titled (snap, "Foo #1");
  RsObjId l = find_titled (snap, "list #2"), d = find_titled (snap, "dict #3");
  g_autofree char *attr = rs_edit_make_weak (snap, a, a, NULL);
  g_autofree char *item = rs_edit_make_weak (snap, l, a, NULL);
  g_autofree char *value = rs_edit_make_weak (snap, d, a, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSnapshot) after = NULL;

  g_assert_cmpstr (attr, ==, "import weakref\na.me = weakref.ref(a)");
  g_assert_cmpstr (item, ==, "import weakref\nl[0] = weakref.ref(a)");
  g_assert_cmpstr (value, ==, "import weakref\nd['k'] = weakref.ref(a)");
  /* a list cannot be weakly referenced */
  g_assert_null (rs_edit_make_weak (snap, a, l, &error));
  g_assert_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_UNSUPPORTED);
  run (session, attr);
  run (session, item + strlen ("import weakref\n"));
  run (session, value + strlen ("import weakref\n"));
  run (session, "del l, d, a");
  after = last (session);
  g_assert_null (rs_snapshot_find_object (after, a));
  g_assert_null (rs_snapshot_find_object (after, l));
  g_assert_null (rs_snapshot_find_object (after, d));
}

static void
test_bad_names (void)
{
  g_autoptr(RsSession) session = load ("");
  g_autoptr(RsSnapshot) snap = last (session);
  g_autoptr(GError) error = NULL;

  g_assert_null (rs_edit_new_object (snap, "Foo", "class", &error));
  g_assert_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_BAD_NAME);
  g_clear_error (&error);
  g_assert_null (rs_edit_new_object (snap, "1Foo", "a", &error));
  g_assert_error (error, RS_EDIT_ERROR, RS_EDIT_ERROR_BAD_NAME);
  g_assert_true (rs_edit_is_identifier ("_x1"));
  g_assert_false (rs_edit_is_identifier ("a-b"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/refscope/edit/new-object-defines-class", test_new_object_defines_class);
  g_test_add_func ("/refscope/edit/access-path-and-bind", test_access_path_and_bind);
  g_test_add_func ("/refscope/edit/leaked-is-not-editable", test_leaked_is_not_editable);
  g_test_add_func ("/refscope/edit/references-and-delete", test_references_and_delete);
  g_test_add_func ("/refscope/edit/make-weak", test_make_weak);
  g_test_add_func ("/refscope/edit/bad-names", test_bad_names);
  return g_test_run ();
}
