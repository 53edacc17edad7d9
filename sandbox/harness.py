"""pygrade's guest harness: runs a learner's solution inside the sandbox.

The host starts the interpreter as ``python -c <this file> MODE [ARG]`` with the solution
mounted read-only at /submission/solution.py. The harness runs it and writes one JSON record
describing how it ended to /pygrade/result.json:

    program        run the solution as __main__ (stdin and stdout are the case's)
    call EXPR      import the solution as module ``solution`` and evaluate EXPR in its namespace

Records (``kind``): ok, exit, exception, syntax_error, returned, harness_error.

The host never trusts the guest with a verdict: records carry only what happened (a value,
an exception, an exit code), and every comparison with expected results is made on the host,
so expected outputs never enter the sandbox. A learner who forges a record gains nothing
they could not get by returning that value.
"""

import builtins
import json
import os
import sys
import types

SOLUTION = "/submission/solution.py"
RESULT = "/pygrade/result.json"
# serde_json reads at most 128 levels of nesting, and each level of a value takes two.
MAX_DEPTH = 40
MAX_ITEMS = 10_000
MAX_REPR = 2_000

# Taken before learner code runs, which may patch builtins or modules.
_open = builtins.open
_dumps = json.dumps
_type = type
_isinstance = isinstance
_repr = repr
_len = len
_str = str
_int_repr = int.__repr__
_float_repr = float.__repr__
_bool = bool
_list = list
_tuple = tuple
_set = set
_frozenset = frozenset
_dict = dict
_exit = os._exit
_bytes = bytes


def _safe_str(value):
    try:
        text = _str(value)
    except BaseException:
        text = "<unprintable>"
    return text if _len(text) <= MAX_REPR else text[:MAX_REPR] + "..."


def _safe_repr(value):
    try:
        text = _repr(value)
        if _type(text) is not _str:
            raise TypeError
    except BaseException:
        text = "<unrepresentable %s>" % _type(value).__name__
    return text if _len(text) <= MAX_REPR else text[:MAX_REPR] + "..."


def encode(value, depth=0):
    """Tagged JSON for a returned value. Exact type checks: a subclass (with its own
    __eq__ or __repr__) is reported as `other`, never as the built-in it imitates."""
    t = _type(value)
    if depth > MAX_DEPTH:
        return {"t": "other", "type": t.__name__, "repr": "<nested too deeply>"}
    if value is None:
        return {"t": "none"}
    if t is _bool:
        return {"t": "bool", "v": value}
    if t is int:
        try:
            return {"t": "int", "v": _int_repr(value)}
        except ValueError:
            return {"t": "other", "type": "int", "repr": "<int with too many digits to print>"}
    if t is float:
        return {"t": "float", "v": _float_repr(value)}
    if t is _str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return {"t": "other", "type": "str", "repr": _safe_repr(value)}
        return {"t": "str", "v": value}
    if t is _bytes:
        return {"t": "bytes", "v": value.hex()}
    if t in (_list, _tuple, _set, _frozenset):
        if _len(value) > MAX_ITEMS:
            return {"t": "other", "type": t.__name__, "repr": "<%d items>" % _len(value)}
        return {"t": t.__name__, "v": [encode(v, depth + 1) for v in value]}
    if t is _dict:
        if _len(value) > MAX_ITEMS:
            return {"t": "other", "type": "dict", "repr": "<%d items>" % _len(value)}
        return {"t": "dict", "v": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    return {"t": "other", "type": t.__name__, "repr": _safe_repr(value)}


def _source_lines():
    try:
        with _open(SOLUTION, encoding="utf-8", errors="replace") as f:
            return f.read().splitlines()
    except OSError:
        return []


def _exception_record(exc):
    """The exception and the frames of the learner's file only: harness frames are noise
    to a learner, and showing them would teach nothing."""
    lines = _source_lines()
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == SOLUTION:
            lineno = tb.tb_lineno
            source = lines[lineno - 1].strip() if 0 < lineno <= _len(lines) else ""
            frames.append({"line": lineno, "function": code.co_name, "source": source})
        tb = tb.tb_next
    t = _type(exc)
    name = t.__qualname__ if t.__module__ == "builtins" else "%s.%s" % (t.__module__, t.__qualname__)
    return {"kind": "exception", "type": name, "message": _safe_str(exc), "frames": frames}


def _syntax_error_record(exc):
    return {
        "kind": "syntax_error",
        "type": _type(exc).__name__,
        "message": _safe_str(exc.msg),
        "line": exc.lineno,
        "offset": exc.offset,
        "end_offset": getattr(exc, "end_offset", None),
        "source": (exc.text or "").rstrip("\n"),
    }


def _exit_record(exc):
    code = exc.code
    if code is None:
        code = 0
    elif _type(code) is not int:
        # Like the interpreter: a non-integer code is printed and exits with status 1.
        print(_safe_str(code), file=sys.stderr)
        code = 1
    return {"kind": "exit", "code": code}


def _compile_solution():
    with _open(SOLUTION, "rb") as f:
        source = f.read()
    return compile(source, SOLUTION, "exec", dont_inherit=True)


def run_solution(module_name):
    """Runs the solution as a fresh module; returns (module, record or None)."""
    try:
        code = _compile_solution()
    except (SyntaxError, ValueError) as exc:
        if _isinstance(exc, SyntaxError):
            return None, _syntax_error_record(exc)
        return None, {"kind": "syntax_error", "type": "SyntaxError", "message": _safe_str(exc),
                      "line": None, "offset": None, "end_offset": None, "source": ""}
    module = types.ModuleType(module_name)
    module.__file__ = SOLUTION
    module.__builtins__ = builtins
    sys.modules[module_name] = module
    sys.argv = [SOLUTION]
    try:
        exec(code, module.__dict__)
    except SystemExit as exc:
        return module, _exit_record(exc)
    except BaseException as exc:
        return module, _exception_record(exc)
    return module, None


def run_program():
    _, record = run_solution("__main__")
    return record or {"kind": "ok"}


def run_call(expression):
    try:
        call = compile(expression, "<case>", "eval", dont_inherit=True)
    except SyntaxError as exc:
        return {"kind": "harness_error", "message": "the case's call is not a valid expression: %s" % exc}
    module, record = run_solution("solution")
    if record is not None:
        return record
    try:
        value = eval(call, _dict(module.__dict__))
    except SystemExit as exc:
        return _exit_record(exc)
    except BaseException as exc:
        return _exception_record(exc)
    try:
        encoded = encode(value)
    except BaseException as exc:
        return _exception_record(exc)
    return {"kind": "returned", "value": encoded}


def _flush():
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except BaseException:
            pass


def main(argv):
    # Relative paths in learner code land in the writable /tmp.
    os.chdir("/tmp")
    mode = argv[0] if argv else ""
    if mode == "program":
        record = run_program()
    elif mode == "call" and _len(argv) == 2:
        record = run_call(argv[1])
    else:
        record = {"kind": "harness_error", "message": "unknown harness mode %r" % (argv,)}
    _flush()
    with _open(RESULT, "w", encoding="utf-8") as f:
        f.write(_dumps(record, ensure_ascii=True))
    # The instance is thrown away: skipping the interpreter's finalization (most of the
    # cost of a short run) loses nothing.
    _exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
