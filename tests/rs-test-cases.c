/* rs-test-cases.c: the oracle's cases, walked once for every test that runs them
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-test-cases.h"

#include <string.h>

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The scripts of @dir, sorted so that every run goes the same way. */
static GPtrArray *
list_scripts (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".py"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

static char *
read_text (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, length, &error);
  g_assert_no_error (error);
  return text;
}

static void
run_case (const char     *dir,
          const char     *name,
          RsTestCaseFunc  func,
          gpointer        user_data)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".py"));
  g_autofree char *trace_name = g_strconcat (stem, ".trace", NULL);
  g_autofree char *trace_path = g_build_filename (dir, trace_name, NULL);
  g_autofree char *trace = read_text (trace_path, NULL);
  RsTestCase test_case = { name, path, NULL, 0, trace };
  g_autofree char *source = read_text (path, &test_case.length);

  test_case.source = source;
  func (&test_case, user_data);
}

guint
rs_test_cases_foreach (const char     *dir,
                       RsTestCaseFunc  func,
                       gpointer        user_data)
{
  g_autoptr(GPtrArray) names = list_scripts (dir);

  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    run_case (dir, names->pdata[i], func, user_data);
  return names->len;
}

char *
rs_test_case_path (const char *dir,
                   const char *name)
{
  g_autofree char *file = g_strconcat (name, ".py", NULL);

  return g_build_filename (dir, file, NULL);
}
