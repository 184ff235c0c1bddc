/* rs-ast.h: the syntax tree of a Refscope session script
 *
 * Copyright 2026 The Refscope developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser (rs-parser.c) builds an RsModule; every node lives in the
 * module's arena and dies with it.  Names and attribute names are interned
 * with g_intern_string(), so they compare with ==.  Positions are 1-based;
 * columns count UTF-8 bytes, as CPython's col_offset + 1.
 */
#pragma once

#include "rs-parse-error.h"

G_BEGIN_DECLS

typedef struct _RsExpr   RsExpr;
typedef struct _RsStmt   RsStmt;
typedef struct _RsModule RsModule;

typedef enum {
  RS_EXPR_NAME,       /* name.id */
  RS_EXPR_NONE,
  RS_EXPR_TRUE,
  RS_EXPR_FALSE,
  RS_EXPR_ELLIPSIS,   /* `...` */
  RS_EXPR_INT,        /* integer.value (literals beyond 64 bits: integer.digits) */
  RS_EXPR_FLOAT,      /* floating.value */
  RS_EXPR_STR,        /* str.value, str.len (decoded, UTF-8, may hold NUL) */
  RS_EXPR_CALL,       /* call.func (call.args, call.kw_names[0]=call.kw_values[0], ...);
                       * an arg may be RS_EXPR_STARRED (`*seq`), a NULL name is `**mapping` */
  RS_EXPR_ATTR,       /* attr.value . attr.name */
  RS_EXPR_SUBSCRIPT,  /* subscript.value [ subscript.index ] */
  RS_EXPR_LIST,       /* seq.items */
  RS_EXPR_TUPLE,      /* seq.items: only as an unpacking target or value */
  RS_EXPR_DICT,       /* dict.keys / dict.values */
  RS_EXPR_COMPARE,    /* compare.left op[0] comparators[0] op[1] ... (chained) */
  RS_EXPR_BOOLOP,     /* boolop.values joined by boolop.op */
  RS_EXPR_NOT,        /* unary.operand */
  RS_EXPR_NEG,        /* unary.operand */
  RS_EXPR_POS,        /* unary.operand: +x */
  RS_EXPR_BINOP,      /* binop.left binop.op binop.right */
  RS_EXPR_IFEXP,      /* ifexp.body if ifexp.test else ifexp.orelse */
  RS_EXPR_NAMED,      /* named.target (a name) := named.value */
  RS_EXPR_INVERT,     /* unary.operand: ~x */
  RS_EXPR_JOINED,     /* seq.items: an f-string, RS_EXPR_STR and RS_EXPR_FORMATTED parts */
  RS_EXPR_FORMATTED,  /* {formatted.value!conversion:spec} (spec: RS_EXPR_JOINED or NULL) */
  RS_EXPR_STARRED,    /* `*` unary.operand: in a parsed module, only a target in a
                       * tuple at the top level of an assignment (`a, *rest = x`) */
  RS_EXPR_SLICE,      /* slice.lower : slice.upper : slice.step (each may be NULL): only
                       * as the index of an RS_EXPR_SUBSCRIPT */
  RS_EXPR_LAMBDA,     /* lambda.def: an RS_STMT_DEF named <lambda> whose body is one
                       * return of the expression */
  RS_EXPR_COMP,       /* comp: a list or dict comprehension or a generator expression */
} RsExprKind;

typedef enum {
  RS_COMP_LIST,
  RS_COMP_DICT,
  RS_COMP_GEN,
} RsCompKind;

/* One `for target in iter if ifs[0] if ifs[1] ...` of a comprehension */
typedef struct {
  RsExpr  *target;
  RsExpr  *iter;      /* the first one's is evaluated outside the comprehension */
  RsExpr **ifs;
  guint    n_ifs;
} RsCompFor;

typedef enum {
  RS_CMP_IS,
  RS_CMP_IS_NOT,
  RS_CMP_EQ,
  RS_CMP_NE,
  RS_CMP_LT,
  RS_CMP_GT,
  RS_CMP_LE,
  RS_CMP_GE,
  RS_CMP_IN,
  RS_CMP_NOT_IN,
} RsCmpOp;

typedef enum {
  RS_BOOL_AND,
  RS_BOOL_OR,
} RsBoolOp;

typedef enum {
  RS_BIN_ADD,
  RS_BIN_SUB,
  RS_BIN_MUL,
  RS_BIN_FLOORDIV,
  RS_BIN_MOD,
  RS_BIN_DIV,         /* true division: a float (before POW: the int operators follow) */
  RS_BIN_POW,
  RS_BIN_LSHIFT,
  RS_BIN_RSHIFT,
  RS_BIN_AND,
  RS_BIN_XOR,
  RS_BIN_OR,
} RsBinOp;

struct _RsExpr
{
  RsExprKind kind;
  guint      line;      /* 1-based */
  guint      col;       /* 1-based, UTF-8 bytes */
  guint      end_line;
  guint      end_col;   /* 1-based, one past the last byte */
  union {
    struct { const char *id; } name;
    struct { gint64 value; const char *digits; /* non-NULL: the digits of a literal that does not fit (rs-lexer.h) */ } integer;
    struct { double value; } floating;
    struct { const char *value; gsize len; } str;
    struct {
      RsExpr      *func;
      RsExpr     **args;
      guint        n_args;
      const char **kw_names;
      RsExpr     **kw_values;
      guint        n_keywords;
    } call;
    struct { RsExpr *value; const char *name; } attr;
    struct { RsExpr *value; RsExpr *index; } subscript;
    struct { RsExpr *lower; RsExpr *upper; RsExpr *step; } slice;
    struct { RsExpr **items; guint n_items; } seq;
    struct { RsExpr **keys; RsExpr **values; guint n_items; } dict;
    struct { RsExpr *left; RsCmpOp *ops; RsExpr **comparators; guint n_ops; } compare;
    struct { RsBoolOp op; RsExpr **values; guint n_values; } boolop;
    struct { RsExpr *operand; } unary;
    struct { RsBinOp op; RsExpr *left; RsExpr *right; } binop;
    struct { RsExpr *test; RsExpr *body; RsExpr *orelse; } ifexp;
    struct { RsExpr *target; RsExpr *value; } named;
    struct { RsStmt *def; } lambda;
    struct {
      RsCompKind kind;
      /* the function CPython compiles it to (<listcomp>, <dictcomp>,
       * <genexpr>): one parameter, .0, the iterator of fors[0].iter; its
       * body is the loops written as statements (for the checks and the
       * scope: the interpreter runs the fields below) */
      RsStmt    *def;
      RsCompFor *fors;
      guint      n_fors;
      RsExpr    *elt;     /* the item, or the key of a dict comprehension */
      RsExpr    *value;   /* a dict comprehension's value, else NULL */
    } comp;
    struct { RsExpr *value; char conversion; /* 0, 's', 'r', 'a' */ RsExpr *spec; } formatted;
    /* private to the front end (rs-ast-private.h): never in a parsed module */
    struct { const char *message; RsExpr **before; guint n_before; } unsupported;
  };
};

typedef struct {
  RsStmt **stmts;
  guint    n_stmts;
} RsBlock;

typedef enum {
  RS_STMT_EXPR,       /* expr.value */
  RS_STMT_ASSIGN,     /* assign.targets[0] = assign.targets[1] = ... = assign.value */
  RS_STMT_DELETE,     /* del.targets */
  RS_STMT_PASS,
  RS_STMT_IF,         /* if_.test, if_.body, if_.orelse (elif: one RS_STMT_IF in orelse) */
  RS_STMT_WHILE,      /* while_.test, while_.body, while_.orelse */
  RS_STMT_FOR,        /* for_.target (a name), for_.iter, for_.body, for_.orelse */
  RS_STMT_BREAK,
  RS_STMT_CONTINUE,
  RS_STMT_DEF,        /* def */
  RS_STMT_CLASS,      /* class_ */
  RS_STMT_RETURN,     /* return_.value (NULL: bare return) */
  RS_STMT_GLOBAL,     /* names */
  RS_STMT_IMPORT,     /* names: "gc", "weakref", "sys"; asnames: the names bound */
  RS_STMT_AUGASSIGN,  /* augassign.target augassign.op= augassign.value */
  RS_STMT_ASSERT,     /* assert_.test, assert_.msg (NULL: none) */
  RS_STMT_ANNASSIGN,  /* annassign.target: annassign.annotation = annassign.value (NULL: none) */
  RS_STMT_IMPORT_FROM, /* from names.module import names (as asnames) */
  RS_STMT_TRY,        /* try_.body, try_.handlers (RS_STMT_EXCEPT each), try_.orelse, try_.finalbody */
  RS_STMT_EXCEPT,     /* except_.type (NULL: bare) as except_.name (NULL: none): except_.body;
                       * only in a try_.handlers block */
  RS_STMT_RAISE,      /* raise_.exc (NULL: bare raise) from raise_.cause (NULL: none) */
  RS_STMT_NONLOCAL,   /* names */
} RsStmtKind;

/* The most blocks a statement has (rs_stmt_blocks): try's four */
#define RS_STMT_MAX_BLOCKS 4

/* What the front end knows about a function's scope, in CPython's terms. */
typedef struct {
  /* co_varnames order: the parameters, then every other local in the order
   * CPython's compiler first meets it (an assignment's value before its
   * targets, a for loop's iterable before its target, dead branches too). */
  const char **varnames;
  guint        n_varnames;
  guint        n_params;
  const char **globals;      /* names declared global */
  guint        n_globals;
  /* The frame's slots are CPython's localsplus: varnames holds the
   * co_varnames (n_varnames - n_cells - n_frees of them), then the cell
   * variables that are not parameters (alphabetical), then the free
   * variables (alphabetical: the closure's order).  slot_kinds says which
   * slots hold a cell (a parameter that nested functions use too). */
  guint        n_cells;      /* non-parameter cell variables */
  guint        n_frees;      /* free variables, the last slots */
  guint8      *slot_kinds;   /* RsScopeSlot per slot, NULL: all plain */
  const char **cellvars;     /* every cell variable, parameters too, alphabetical */
  guint        n_cellvars;
  const char **freevars;     /* alphabetical: the closure's order */
  guint        n_freevars;
} RsScope;

typedef enum {
  RS_SCOPE_PLAIN,
  RS_SCOPE_CELL,              /* a cell this frame makes */
  RS_SCOPE_FREE,              /* a cell of the function's closure */
} RsScopeSlot;

#define RS_SCOPE_SLOT_KIND(scope, i) \
  ((scope)->slot_kinds != NULL ? (RsScopeSlot) (scope)->slot_kinds[i] : RS_SCOPE_PLAIN)

struct _RsStmt
{
  RsStmtKind kind;
  guint      line;
  guint      col;
  guint      end_line;      /* last line of the statement (header only for compound) */
  union {
    struct { RsExpr *value; } expr;
    struct { RsExpr **targets; guint n_targets; RsExpr *value; } assign;
    struct { RsExpr **targets; guint n_targets; } del;
    struct { RsExpr *test; RsBlock body; RsBlock orelse; } if_;
    struct { RsExpr *test; RsBlock body; RsBlock orelse; } while_;
    struct { RsExpr *target; RsExpr *iter; RsBlock body; RsBlock orelse; } for_;
    struct {
      const char  *name;        /* __name__ */
      const char  *bound;       /* the name it is stored under: name, mangled in a class */
      /* co_varnames order: the positional ones (the positional-only
       * first), the keyword-only ones, then *args, then **kwargs */
      const char **params;
      guint        n_params;
      RsBlock      body;
      RsScope      scope;
      gboolean     is_method;   /* defined directly in a class body */
      RsExpr     **annotations; /* one per parameter in source order (not co_varnames
                                 * order), NULL where none */
      RsExpr      *returns;     /* the `-> T` annotation, or NULL */
      guint        n_posonly;   /* before `/` */
      guint        n_positional; /* positional-only and positional-or-keyword */
      guint        n_kwonly;
      gboolean     varargs;     /* params[n_positional + n_kwonly] is *args */
      gboolean     varkw;       /* params[n_params - 1] is **kwargs */
      RsExpr     **defaults;    /* of the last n_defaults positional ones */
      guint        n_defaults;
      RsExpr     **kw_defaults; /* n_kwonly, NULL where there is none */
      RsExpr     **decorators;  /* top to bottom (applied bottom up) */
      gboolean     uses_class_cell; /* a method that calls super(): CPython's __class__ cell */
      const RsExpr *comp;       /* the comprehension this is the function of, or NULL */
      guint        n_decorators;
    } def;
    struct {
      const char *name;
      RsExpr     *base;     /* NULL or a name: the first of bases */
      RsBlock     body;
      RsExpr    **bases;    /* names, n_bases */
      guint       n_bases;
    } class_;
    struct { RsExpr *value; } return_;
    struct { const char **names; guint n_names; const char **asnames; const char *module; } names;
    struct { RsExpr *target; RsBinOp op; RsExpr *value; } augassign;
    struct { RsExpr *test; RsExpr *msg; } assert_;
    struct { RsBlock body; RsBlock handlers; RsBlock orelse; RsBlock finalbody; } try_;
    struct { RsExpr *type; const char *name; RsBlock body; } except_;
    struct { RsExpr *exc; RsExpr *cause; } raise_;
    struct {
      RsExpr   *target;
      RsExpr   *annotation;
      RsExpr   *value;
      gboolean  simple;     /* a name without parentheses: stored in __annotations__ */
    } annassign;
    /* private to the front end (rs-ast-private.h): never in a parsed module */
    struct { const char *message; } unsupported;
  };
};

struct _RsModule
{
  char       *filename;
  char       *source;        /* the whole text, NUL-terminated */
  RsBlock     body;
  /* private: the arena every node of this module lives in */
  gpointer    arena;
};

void      rs_module_free (RsModule *module);
gboolean  rs_expr_is_constant (const RsExpr *e);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsModule, rs_module_free)

G_END_DECLS
