/* rs-value.c: builtin names and the str repr, shared by runtime and history
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rs-value.h"

#include <string.h>

const char * const rs_value_builtin_names[RS_N_BUILTINS] = {
  [RS_BI_PRINT] = "print", [RS_BI_LEN] = "len", [RS_BI_RANGE] = "range",
  [RS_BI_LIST] = "list", [RS_BI_DICT] = "dict", [RS_BI_ID] = "id",
  [RS_BI_TUPLE] = "tuple",
  [RS_BI_MOD_GC] = "gc", [RS_BI_MOD_SYS] = "sys", [RS_BI_MOD_WEAKREF] = "weakref",
  [RS_BI_GC_COLLECT] = "collect", [RS_BI_GC_ENABLE] = "enable",
  [RS_BI_GC_DISABLE] = "disable", [RS_BI_GC_ISENABLED] = "isenabled",
  [RS_BI_SYS_GETREFCOUNT] = "getrefcount", [RS_BI_WEAKREF_REF] = "ref",
  [RS_BI_WEAKREF_PROXY] = "proxy", [RS_BI_WEAKREF_FINALIZE] = "finalize",
  [RS_BI_WEAKREF_WEAKMETHOD] = "WeakMethod", [RS_BI_WEAKREF_GETWEAKREFCOUNT] = "getweakrefcount",
  [RS_BI_WEAKREF_PROXYTYPE] = "ProxyType", [RS_BI_WEAKREF_CALLABLEPROXYTYPE] = "CallableProxyType",
  [RS_BI_FINALIZE_DETACH] = "detach", [RS_BI_FINALIZE_PEEK] = "peek",
  [RS_BI_WEAKMETHOD_CALLBACK] = "_cb",
  [RS_BI_INT_BIT_LENGTH] = "bit_length", [RS_BI_INT_BIT_COUNT] = "bit_count",
  [RS_BI_TUPLE_INDEX] = "index", [RS_BI_TUPLE_COUNT] = "count",
  [RS_BI_TYPE_ELLIPSIS] = "ellipsis", [RS_BI_TYPE_NOT_IMPLEMENTED] = "NotImplementedType",
  [RS_BI_LIST_APPEND] = "append", [RS_BI_LIST_POP] = "pop",
  [RS_BI_LIST_INSERT] = "insert", [RS_BI_LIST_REMOVE] = "remove",
  [RS_BI_LIST_CLEAR] = "clear", [RS_BI_LIST_INDEX] = "index",
  [RS_BI_LIST_COUNT] = "count", [RS_BI_LIST_EXTEND] = "extend",
  [RS_BI_LIST_REVERSE] = "reverse", [RS_BI_LIST_COPY] = "copy",
  [RS_BI_DICT_POP] = "pop", [RS_BI_DICT_GET] = "get", [RS_BI_DICT_CLEAR] = "clear",
  [RS_BI_DICT_KEYS] = "keys", [RS_BI_DICT_VALUES] = "values",
  [RS_BI_DICT_ITEMS] = "items", [RS_BI_DICT_COPY] = "copy",
  [RS_BI_OBJECT_INIT] = "__init__",
  [RS_BI_OBJECT_REPR] = "__repr__", [RS_BI_OBJECT_STR] = "__str__",
  [RS_BI_OBJECT_EQ] = "__eq__", [RS_BI_OBJECT_NE] = "__ne__",
  [RS_BI_FORMAT] = "format", [RS_BI_HEX] = "hex", [RS_BI_OCT] = "oct", [RS_BI_BIN] = "bin",
  [RS_BI_INT] = "int", [RS_BI_FLOAT] = "float", [RS_BI_STR] = "str", [RS_BI_BOOL] = "bool",
  [RS_BI_ABS] = "abs", [RS_BI_ROUND] = "round", [RS_BI_POW] = "pow",
  [RS_BI_REPR] = "repr",
  [RS_BI_ORD] = "ord", [RS_BI_CHR] = "chr",
  [RS_BI_STR_SPLIT] = "split", [RS_BI_STR_RSPLIT] = "rsplit",
  [RS_BI_STR_SPLITLINES] = "splitlines", [RS_BI_STR_JOIN] = "join",
  [RS_BI_STR_STRIP] = "strip", [RS_BI_STR_LSTRIP] = "lstrip",
  [RS_BI_STR_RSTRIP] = "rstrip", [RS_BI_STR_UPPER] = "upper",
  [RS_BI_STR_LOWER] = "lower", [RS_BI_STR_TITLE] = "title",
  [RS_BI_STR_CAPITALIZE] = "capitalize", [RS_BI_STR_SWAPCASE] = "swapcase",
  [RS_BI_STR_CASEFOLD] = "casefold", [RS_BI_STR_STARTSWITH] = "startswith",
  [RS_BI_STR_ENDSWITH] = "endswith", [RS_BI_STR_FIND] = "find",
  [RS_BI_STR_RFIND] = "rfind", [RS_BI_STR_INDEX] = "index",
  [RS_BI_STR_RINDEX] = "rindex", [RS_BI_STR_COUNT] = "count",
  [RS_BI_STR_REPLACE] = "replace", [RS_BI_STR_CENTER] = "center",
  [RS_BI_STR_LJUST] = "ljust", [RS_BI_STR_RJUST] = "rjust", [RS_BI_STR_ZFILL] = "zfill",
  [RS_BI_STR_EXPANDTABS] = "expandtabs", [RS_BI_STR_PARTITION] = "partition",
  [RS_BI_STR_RPARTITION] = "rpartition", [RS_BI_STR_ISDIGIT] = "isdigit",
  [RS_BI_STR_ISALPHA] = "isalpha", [RS_BI_STR_ISALNUM] = "isalnum",
  [RS_BI_STR_ISSPACE] = "isspace", [RS_BI_STR_ISUPPER] = "isupper",
  [RS_BI_STR_ISLOWER] = "islower", [RS_BI_STR_ISTITLE] = "istitle",
  [RS_BI_STR_ISDECIMAL] = "isdecimal", [RS_BI_STR_ISNUMERIC] = "isnumeric",
  [RS_BI_STR_ISIDENTIFIER] = "isidentifier", [RS_BI_STR_ISPRINTABLE] = "isprintable",
  [RS_BI_STR_ISASCII] = "isascii", [RS_BI_STR_REMOVEPREFIX] = "removeprefix",
  [RS_BI_STR_REMOVESUFFIX] = "removesuffix", [RS_BI_STR_FORMAT] = "format",
  [RS_BI_SORTED] = "sorted", [RS_BI_MIN] = "min", [RS_BI_MAX] = "max", [RS_BI_SUM] = "sum",
  [RS_BI_ANY] = "any", [RS_BI_ALL] = "all", [RS_BI_DIVMOD] = "divmod",
  [RS_BI_LIST_SORT] = "sort", [RS_BI_DICT_SETDEFAULT] = "setdefault",
  [RS_BI_DICT_POPITEM] = "popitem", [RS_BI_DICT_UPDATE] = "update",
  [RS_BI_DICT_FROMKEYS] = "fromkeys",
  [RS_BI_TYPE] = "type", [RS_BI_ISINSTANCE] = "isinstance", [RS_BI_ISSUBCLASS] = "issubclass",
  [RS_BI_CALLABLE] = "callable", [RS_BI_HASATTR] = "hasattr", [RS_BI_GETATTR] = "getattr",
  [RS_BI_SETATTR] = "setattr", [RS_BI_DELATTR] = "delattr", [RS_BI_OBJECT] = "object",
  [RS_BI_SUPER] = "super", [RS_BI_STATICMETHOD] = "staticmethod",
  [RS_BI_CLASSMETHOD] = "classmethod", [RS_BI_PROPERTY] = "property",
  [RS_BI_PROPERTY_GETTER] = "getter", [RS_BI_PROPERTY_SETTER] = "setter",
  [RS_BI_PROPERTY_DELETER] = "deleter", [RS_BI_TYPE_NONE] = "NoneType",
  [RS_BI_TYPE_FUNCTION] = "function", [RS_BI_TYPE_METHOD] = "method",
  [RS_BI_TYPE_BUILTIN_FUNCTION] = "builtin_function_or_method", [RS_BI_TYPE_MODULE] = "module",
  [RS_BI_ITER] = "iter", [RS_BI_NEXT] = "next", [RS_BI_REVERSED] = "reversed",
  [RS_BI_ENUMERATE] = "enumerate", [RS_BI_ZIP] = "zip", [RS_BI_MAP] = "map",
  [RS_BI_FILTER] = "filter",
  [RS_BI_WEAKREF_WEAKVALUEDICT] = "WeakValueDictionary",
  [RS_BI_WEAKREF_WEAKKEYDICT] = "WeakKeyDictionary", [RS_BI_WEAKREF_WEAKSET] = "WeakSet",
  [RS_BI_WEAKDICT_REMOVE] = "_remove", [RS_BI_WEAKDICT_GET] = "get", [RS_BI_WEAKDICT_POP] = "pop",
  [RS_BI_WEAKDICT_SETDEFAULT] = "setdefault", [RS_BI_WEAKDICT_UPDATE] = "update",
  [RS_BI_WEAKDICT_COPY] = "copy", [RS_BI_WEAKDICT_KEYS] = "keys", [RS_BI_WEAKDICT_VALUES] = "values",
  [RS_BI_WEAKDICT_ITEMS] = "items", [RS_BI_WEAKSET_ADD] = "add", [RS_BI_WEAKSET_DISCARD] = "discard",
  [RS_BI_WEAKSET_REMOVE] = "remove", [RS_BI_WEAKSET_CLEAR] = "clear", [RS_BI_WEAKSET_POP] = "pop",
  [RS_BI_WEAKSET_COPY] = "copy", [RS_BI_WEAKDICT_POPITEM] = "popitem", [RS_BI_WEAKDICT_CLEAR] = "clear",
  [RS_BI_WEAKSET_UPDATE] = "update", [RS_BI_WEAKSET_DIFFERENCE_UPDATE] = "difference_update",
  [RS_BI_WEAKSET_INTERSECTION_UPDATE] = "intersection_update",
  [RS_BI_WEAKSET_SYMMETRIC_DIFFERENCE_UPDATE] = "symmetric_difference_update",
  [RS_BI_WEAKSET_INTERSECTION] = "intersection", [RS_BI_WEAKSET_UNION] = "union",
  [RS_BI_WEAKSET_DIFFERENCE] = "difference", [RS_BI_WEAKSET_SYMMETRIC_DIFFERENCE] = "symmetric_difference",
  [RS_BI_WEAKSET_ISSUBSET] = "issubset", [RS_BI_WEAKSET_ISSUPERSET] = "issuperset",
  [RS_BI_WEAKSET_ISDISJOINT] = "isdisjoint",
};

const char *
rs_value_builtin_str (RsBuiltinId id)
{
  return id < RS_N_BUILTINS ? rs_value_builtin_names[id] : "?";
}

guint64
rs_value_traced_id (guint32 number)
{
  return G_GUINT64_CONSTANT (0x7F0000000000) + 16 * (guint64) number;
}

gboolean
rs_value_builtin_is_module (RsBuiltinId id)
{
  return id == RS_BI_MOD_GC || id == RS_BI_MOD_SYS || id == RS_BI_MOD_WEAKREF;
}

gboolean
rs_value_unichar_printable (gunichar c)
{
  if (c == ' ')
    return TRUE;
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_SPACE_SEPARATOR:
      return FALSE;
    default:
      return TRUE;
    }
}

/* A lone surrogate ('\ud800') is kept as its 3-byte generalized UTF-8
 * form, which strict UTF-8 rejects: its code point, or 0. */
static gunichar
surrogate_at (const char *p,
              const char *end)
{
  const guchar *u = (const guchar *) p;

  if (end - p >= 3 && u[0] == 0xed && u[1] >= 0xa0 && u[1] <= 0xbf && (u[2] & 0xc0) == 0x80)
    return 0xd000 | ((u[1] & 0x3f) << 6) | (u[2] & 0x3f);
  return 0;
}

gboolean
rs_value_str_has_surrogate (const char *s,
               gsize       len)
{
  for (const char *p = s; p < s + len; p++)
    if (surrogate_at (p, s + len) != 0)
      return TRUE;
  return FALSE;
}

/* Python's repr() of a str: the interpreter's and the snapshot's labels. */
void
rs_value_repr_str (const char *s,
                    gsize       len,
                    GString    *out)
{
  gboolean has_single = memchr (s, '\'', len) != NULL;
  gboolean has_double = memchr (s, '"', len) != NULL;
  char quote = has_single && !has_double ? '"' : '\'';
  const char *p = s, *end = s + len;

  g_string_append_c (out, quote);
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next = g_utf8_next_char (p);
      if (surrogate_at (p, end) != 0)
        c = surrogate_at (p, end);
      else if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          c = (guchar) *p;
          next = p + 1;
        }
      if (c == (gunichar) quote || c == '\\')
        g_string_append_printf (out, "\\%c", (char) c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x7f && c >= 0x20)
        g_string_append_c (out, (char) c);
      else if (c < 0x80 || !rs_value_unichar_printable (c))
        g_string_append_printf (out, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
  g_string_append_c (out, quote);
}
