#!/usr/bin/env python3
"""pycheck.py - Sextant's Python lints for generated code, by AST only.

Reads Python source on standard input and prints one JSON array of
findings: {"rule", "line", "col", "message", "hint"}. Rule ids are those
of docs/validate.md. Nothing is imported or executed from the checked code
(Airflow is never imported: a DAG is judged by its syntax tree).

usage: pycheck.py --kind airflow_dag|python_transform|python_tests
                  [--schedule CRON]
"""
import ast
import json
import re
import sys

SECRET_NAMES = re.compile(r"(^|_)(password|passwd|pwd|secret|token|api_?key|access_?key)($|_)", re.I)
CONN_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:([^@\s/]+)@", re.I)
SQL_WORDS = re.compile(r"\b(select|insert|update|delete|merge|create|drop|truncate|from|where)\b", re.I)
SQL_NAMES = re.compile(r"(sql|query|stmt|statement)", re.I)
EXECUTORS = {"execute", "executemany", "executescript", "run", "read_sql", "read_sql_query",
             "get_records", "get_first", "get_pandas_df", "query", "exec_driver_sql", "mogrify"}
LEGACY = [
    (re.compile(r"^airflow\.contrib(\.|$)"), "the apache-airflow-providers-* packages"),
    (re.compile(r"^airflow\.operators\.(postgres|mysql|mssql|sqlite|oracle|jdbc|hive|presto|http|docker|slack|email)_operator$"),
     "airflow.providers.<name>.operators"),
    (re.compile(r"^airflow\.operators\.(bash|python|dummy|branch|subdag|check|latest_only)_operator$"),
     "airflow.operators.bash / airflow.operators.python / airflow.operators.empty"),
    (re.compile(r"^airflow\.hooks\.\w+_hook$"), "airflow.providers.<name>.hooks"),
    (re.compile(r"^airflow\.sensors\.\w+_sensor$"), "airflow.sensors.<name> or a provider"),
]

findings = []


def add(rule, node, message, hint=None):
    findings.append({
        "rule": rule,
        "line": getattr(node, "lineno", 0) or 0,
        "col": (getattr(node, "col_offset", -1) + 1) if node is not None else 0,
        "message": message,
        "hint": hint,
    })


def const_str(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def is_formatted(node):
    """A string built at run time from values: f-string with fields,
    '...' % x, '...' + x, '...'.format(x)."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return (const_str(node.left) is not None or const_str(node.right) is not None
                or is_formatted(node.left) or is_formatted(node.right))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"):
        return True
    return False


def text_of(node):
    """The literal parts of a built string, to see whether it is SQL."""
    parts = []
    for n in ast.walk(node):
        s = const_str(n)
        if s:
            parts.append(s)
    return " ".join(parts)


def func_name(call):
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


class Checker(ast.NodeVisitor):
    def __init__(self):
        self.imports = {}      # name -> node
        self.used = set()
        self.dags = []
        self.dag_decorated = False
        self.default_args = {}  # name -> dict node
        self.retries = False
        self.tasks = {}        # variable -> task id
        self.edges = []        # (from var, to var, node)

    # imports -------------------------------------------------------------
    def visit_Import(self, node):
        for a in node.names:
            self.imports[(a.asname or a.name).split(".")[0]] = node
            self.legacy(a.name, node)

    def visit_ImportFrom(self, node):
        if node.module == "__future__":
            return
        for a in node.names:
            if a.name != "*":
                self.imports[a.asname or a.name] = node
        if node.module:
            self.legacy(node.module, node)

    def legacy(self, module, node):
        for rx, hint in LEGACY:
            if rx.search(module):
                add("py.legacy-import", node, "'%s' is an Airflow 1 import path" % module,
                    "import from " + hint)
                return

    def visit_Name(self, node):
        self.used.add(node.id)

    def visit_Attribute(self, node):
        self.generic_visit(node)

    # statements ----------------------------------------------------------
    def visit_ExceptHandler(self, node):
        if node.type is None:
            add("py.bare-except", node, "a bare except: catches SystemExit and KeyboardInterrupt too",
                "catch the exceptions you expect, e.g. except psycopg2.Error:")
        self.generic_visit(node)

    def visit_Assign(self, node):
        for t in node.targets:
            name = t.id if isinstance(t, ast.Name) else (t.attr if isinstance(t, ast.Attribute) else None)
            if name is None and isinstance(t, ast.Subscript):
                name = const_str(t.slice)
            if name:
                self.check_secret(name, node.value, node)
                if SQL_NAMES.search(name) and is_formatted(node.value) and SQL_WORDS.search(text_of(node.value)):
                    add("py.sql-injection", node.value,
                        "SQL in '%s' is built by string formatting" % name,
                        "pass values as query parameters (cursor.execute(sql, params))")
                if isinstance(node.value, ast.Dict) and "args" in name.lower():
                    self.default_args[name] = node.value
                if isinstance(node.value, ast.Call):
                    self.task_call(node.value, name)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        for d in node.decorator_list:
            dn = d.func if isinstance(d, ast.Call) else d
            n = dn.id if isinstance(dn, ast.Name) else (dn.attr if isinstance(dn, ast.Attribute) else "")
            if n == "dag":
                self.dag_decorated = True
                if isinstance(d, ast.Call):
                    self.dags.append(d)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_With(self, node):
        for item in node.items:
            if isinstance(item.context_expr, ast.Call) and func_name(item.context_expr) == "DAG":
                pass  # recorded by visit_Call
        self.generic_visit(node)

    def visit_Dict(self, node):
        for k, v in zip(node.keys, node.values):
            ks = const_str(k) if k is not None else None
            if ks:
                self.check_secret(ks, v, v)
                if ks == "retries":
                    self.retries = True
        self.generic_visit(node)

    def visit_Call(self, node):
        name = func_name(node)
        if name == "DAG":
            self.dags.append(node)
        for kw in node.keywords:
            if kw.arg:
                self.check_secret(kw.arg, kw.value, kw.value)
                if kw.arg == "retries":
                    self.retries = True
                if kw.arg in ("sql", "query") and is_formatted(kw.value) and SQL_WORDS.search(text_of(kw.value)):
                    add("py.sql-injection", kw.value, "SQL passed to %s() is built by string formatting" % name,
                        "use parameters (parameters= / params) instead of formatting values in")
        if name in EXECUTORS and node.args and is_formatted(node.args[0]):
            add("py.sql-injection", node.args[0], "SQL passed to %s() is built by string formatting" % name,
                "pass values as query parameters (cursor.execute(sql, params))")
        if name in ("set_downstream", "set_upstream") and isinstance(node.func, ast.Attribute):
            src = node.func.value
            for a in node.args:
                for dst in (a.elts if isinstance(a, (ast.List, ast.Tuple)) else [a]):
                    if name == "set_downstream":
                        self.edge(src, dst, node)
                    else:
                        self.edge(dst, src, node)
        self.generic_visit(node)

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call):
            self.task_call(node.value, None)
        self.generic_visit(node)

    def visit_BinOp(self, node):
        if isinstance(node.op, (ast.RShift, ast.LShift)):
            self.chain(node)
        self.generic_visit(node)

    # helpers -------------------------------------------------------------
    def check_secret(self, name, value, node):
        s = const_str(value)
        if s is None:
            return
        if SECRET_NAMES.search(name) and len(s) >= 4 and not s.startswith(("{", "$", "<", "*")):
            add("py.hardcoded-secret", node, "'%s' is set to a literal" % name,
                "read it from the environment, an Airflow Connection or a secrets backend")
        elif CONN_PASSWORD.search(s) and not CONN_PASSWORD.search(s).group(1).startswith(("{", "$", "<", "*", "%")):
            add("py.hardcoded-secret", node, "a connection string with a password",
                "use an Airflow Connection id (postgres_conn_id=...)")

    def task_call(self, call, var):
        name = func_name(call)
        if not (name.endswith("Operator") or name.endswith("Sensor")):
            return
        tid = None
        for kw in call.keywords:
            if kw.arg == "task_id":
                tid = const_str(kw.value) or "?"
        if tid is None:
            add("py.task-no-id", call, "%s without task_id" % name, "give every task a task_id")
        if var:
            self.tasks[var] = tid or var

    def ends(self, node):
        """Task variables an expression stands for."""
        if isinstance(node, ast.Name):
            return [node.id]
        if isinstance(node, (ast.List, ast.Tuple)):
            out = []
            for e in node.elts:
                out += self.ends(e)
            return out
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.RShift, ast.LShift)):
            return self.ends(node.right)  # a >> b evaluates to b
        return []

    def edge(self, a, b, node):
        for x in self.ends(a):
            for y in self.ends(b):
                self.edges.append((x, y, node))

    def chain(self, node):
        left = node.left
        if isinstance(left, ast.BinOp) and isinstance(left.op, (ast.RShift, ast.LShift)):
            left_end = left.right
        else:
            left_end = left
        if isinstance(node.op, ast.RShift):
            self.edge(left_end, node.right, node)
        else:
            self.edge(node.right, left_end, node)


def cycle(edges):
    graph = {}
    for a, b, n in edges:
        graph.setdefault(a, []).append((b, n))
    state = {}

    def dfs(v, path):
        state[v] = 1
        for w, n in graph.get(v, []):
            if state.get(w) == 1:
                return path + [w], n
            if state.get(w) is None:
                r = dfs(w, path + [w])
                if r:
                    return r
        state[v] = 2
        return None

    for v in list(graph):
        if state.get(v) is None:
            r = dfs(v, [v])
            if r:
                return r
    return None


def kwarg(call, *names):
    for kw in call.keywords:
        if kw.arg in names:
            return kw
    return None


def main():
    kind = "python_transform"
    schedule = None
    args = sys.argv[1:]
    while args:
        a = args.pop(0)
        if a == "--kind" and args:
            kind = args.pop(0)
        elif a == "--schedule" and args:
            schedule = args.pop(0)
    src = sys.stdin.buffer.read().decode("utf-8", "replace")
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        findings.append({"rule": "py.syntax", "line": e.lineno or 0, "col": e.offset or 0,
                         "message": "%s" % (e.msg,), "hint": None})
        print(json.dumps(findings))
        return
    c = Checker()
    c.visit(tree)
    # __all__ and string annotations use names too
    for n in ast.walk(tree):
        s = const_str(n)
        if s and s.isidentifier():
            c.used.add(s)
    for name, node in c.imports.items():
        if name not in c.used and kind != "python_tests":
            add("py.unused-import", node, "'%s' is imported and never used" % name, "remove the import")
    if kind == "airflow_dag":
        if not c.dags and not c.dag_decorated:
            add("py.dag-missing", None, "no DAG(...) or @dag in the file",
                "define the DAG with `with DAG(dag_id=..., ...) as dag:`")
        for d in c.dags:
            if not c.retries:
                add("py.dag-no-retries", d, "no retries in default_args or the tasks",
                    "set default_args={'retries': 2, 'retry_delay': timedelta(minutes=5)}")
            if kwarg(d, "catchup") is None:
                add("py.dag-no-catchup", d, "catchup is not set (Airflow's default backfills every interval)",
                    "set catchup=False unless a backfill is meant")
            sk = kwarg(d, "schedule", "schedule_interval", "timetable")
            if sk is None:
                add("py.dag-schedule", d, "the DAG has no schedule", "set schedule='...'")
            elif schedule:
                got = const_str(sk.value)
                if got is not None and " ".join(got.split()) != " ".join(schedule.split()):
                    add("py.dag-schedule", sk.value,
                        "schedule '%s' differs from the requested '%s'" % (got, schedule),
                        "use schedule='%s'" % schedule)
        cyc = cycle(c.edges)
        if cyc:
            path, node = cyc
            add("py.dag-cycle", node, "task dependencies form a cycle: %s" % " >> ".join(path),
                "remove one of the dependencies")
    print(json.dumps(findings))


if __name__ == "__main__":
    main()
