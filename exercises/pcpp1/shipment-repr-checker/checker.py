# Checker of pcpp1/shipment-repr-checker: a repr may be written in many right
# ways (positional or keyword arguments, defaults left out, a list or a tuple
# of stops), so this checker parses the learner's repr and compares what it
# would build with what the case expects.
#
# stdin:  {"expected": <the case's expect, a Python literal str>, "returned":
#          <repr of the value the call returned, or null>, ...} as JSON
# stdout: {"score": 0..1, "feedback": "..."} as JSON
#
# Score 1: a call of the right class with the right values.
# Score 0.5: the right values, but the wrong class name (a subclass shown with
#            its parent's name).
# Score 0: anything else.
import ast
import json
import sys

PARAMS = ["tracking", "weight_kg", "stops", "express"]
DEFAULTS = {"stops": (), "express": False}


def show(text, limit=120):
    if len(text) > limit:
        text = text[:limit] + "..."
    return json.dumps(text, ensure_ascii=False)


def bind(text):
    """(class name, {param: value}) built from a repr, or an error (a str)."""
    source = text.strip()
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError:
        return (f"your repr {show(text)} is not valid Python. It should look like "
                f"the call that rebuilds the object, e.g. \"Shipment('PX-1', 2.5, "
                f"('Oslo',), express=False)\": show each value with repr() "
                f"(f\"{{self.tracking!r}}\") so strings get their quotes.")
    call = tree.body
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return (f"your repr {show(text)} should be a call of the class, "
                f"ClassName(...), like \"Shipment('PX-1', 2.5)\".")
    if len(call.args) > len(PARAMS):
        return f"your repr {show(text)} passes {len(call.args)} positional arguments; Shipment takes at most 4."
    values = {}
    pairs = list(zip(PARAMS, call.args))
    for keyword in call.keywords:
        if keyword.arg is None:
            return f"your repr {show(text)} uses **: write each argument out."
        if keyword.arg not in PARAMS:
            return (f"your repr {show(text)} uses the keyword {keyword.arg!r}; "
                    f"the parameters are {', '.join(PARAMS)}.")
        pairs.append((keyword.arg, keyword.value))
    for name, node in pairs:
        if name in values:
            return f"your repr {show(text)} gives {name} twice."
        try:
            values[name] = ast.literal_eval(node)
        except (ValueError, SyntaxError, TypeError):
            return (f"in your repr {show(text)} the {name} argument "
                    f"{show(ast.get_source_segment(source, node) or ast.unparse(node))} "
                    f"is not a literal value: show it "
                    f"with repr() so that it reads back as the same value.")
    for name in ("tracking", "weight_kg"):
        if name not in values:
            return f"your repr {show(text)} leaves out {name}, which has no default."
    for name, default in DEFAULTS.items():
        values.setdefault(name, default)
    if isinstance(values["stops"], list):
        values["stops"] = tuple(values["stops"])
    return call.func.id, values


def same(a, b):
    return type(a) is type(b) and a == b or (
        isinstance(a, (int, float)) and isinstance(b, (int, float))
        and not isinstance(a, bool) and not isinstance(b, bool) and a == b)


def judge(expected, got):
    want_class, want = bind(expected)
    if got is None:
        return 0, "the call did not return a string: __repr__ must return a str."
    parsed = bind(got)
    if isinstance(parsed, str):
        return 0, parsed[0].upper() + parsed[1:]
    got_class, values = parsed
    for name in PARAMS:
        if not same(values[name], want[name]):
            return 0, (f"your repr {show(got)} would rebuild {name} = "
                       f"{values[name]!r}, but the object holds {want[name]!r}.")
    if got_class != want_class:
        return 0.5, (f"your repr starts with {got_class}(...) but the object is a "
                     f"{want_class}: use type(self).__name__ so subclasses show "
                     f"their own name. Half the credit.")
    return 1, "A repr that rebuilds an equal object."


def main():
    data = json.loads(sys.stdin.read())
    expected = ast.literal_eval(data["expected"])
    returned = data.get("returned")
    got = None
    if returned is not None:
        try:
            got = ast.literal_eval(returned)
        except (ValueError, SyntaxError):
            got = None
        if not isinstance(got, str):
            print(json.dumps({"score": 0, "feedback":
                              f"repr() must return a str, the call gave {returned}."}))
            return
    score, feedback = judge(expected, got)
    print(json.dumps({"score": score, "feedback": feedback}))


main()
