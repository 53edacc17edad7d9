//! Plain-language explanations and hints for the mistakes beginners make most.
use super::value::Value;

/// Well-known modules the sandbox does not have.
const SANDBOX_LACKS: &[&str] = &[
    "requests",
    "pytest",
    "tkinter",
    "turtle",
    "curses",
    "readline",
    "ssl",
    "pip",
    "setuptools",
    "venv",
    "pytz",
    "pyarrow",
];

/// What an exception usually means, for a learner who has not met it before.
pub fn exception(type_name: &str, message: &str) -> Option<String> {
    if type_name == "ModuleNotFoundError"
        && let Some(name) = message
            .strip_prefix("No module named '")
            .and_then(|rest| rest.split(['\'', '.']).next())
    {
        return Some(if SANDBOX_LACKS.contains(&name) {
            format!(
                "`{name}` is not available in the grader (no network, GUI or test runner there): the exercise's statement says what to use instead"
            )
        } else {
            format!(
                "Python found no module `{name}`: if it is your own file, submit it with your solution ({name}.py beside it, or inside your package folder), and check the spelling"
            )
        });
    }
    let text = match type_name {
        "EOFError" => {
            "input() was called but there was no more input: the program reads more lines than the case gives"
        }
        "ZeroDivisionError" => "a number was divided by zero: check the divisor before dividing",
        "NameError" => {
            "a name was used before it was defined: check the spelling and that it is assigned first"
        }
        "TypeError"
            if message.contains("can only concatenate str")
                || message.contains("unsupported operand") =>
        {
            "an operation got values of types it cannot combine, e.g. adding text to a number: convert with int(), float() or str()"
        }
        "TypeError" => {
            "a value of the wrong type was used, e.g. calling something that is not a function or passing the wrong number of arguments"
        }
        "ValueError"
            if message.contains("invalid literal for int()")
                || message.contains("could not convert string to float") =>
        {
            "int() or float() was given text that is not a number: check what input() returned (strip spaces, one value per line)"
        }
        "ValueError" => "a function got a value of the right type but an unacceptable value",
        "IndexError" => {
            "an index is past the end of a list, tuple or string: valid indexes run from 0 to len - 1"
        }
        "KeyError" => {
            "a dictionary was asked for a key it does not have: check with `in` or use .get()"
        }
        "AttributeError" => {
            "an object does not have that attribute or method: check the spelling and the type of the object"
        }
        "RecursionError" => {
            "a function called itself too many times: check that the recursion reaches its base case"
        }
        "UnboundLocalError" => {
            "a local variable was used before a value was assigned to it in this function"
        }
        "ImportError" if message.starts_with("cannot import name") => {
            "the tests import that name from your file: define it there, spelled exactly so, at the top level (not inside a function or an if)"
        }
        "ModuleNotFoundError" | "ImportError" => {
            "the module is not available in the grader; use the standard library"
        }
        "FileNotFoundError" => {
            "the file does not exist: exercise data is under /data, and your program may write under /tmp"
        }
        "AssertionError" => "an assert statement failed",
        _ => return None,
    };
    Some(text.into())
}

/// A call case got `None` back while the function printed something: the classic
/// print-instead-of-return mistake.
pub fn print_instead_of_return(expected: &Value, got: &Value, printed: &str) -> Option<String> {
    let printed = printed.trim();
    if *got == Value::None && *expected != Value::None && !printed.is_empty() {
        let first = printed.lines().next().unwrap_or_default();
        return Some(format!(
            "your function printed `{first}` but returned None: use `return` to give the value back instead of `print`"
        ));
    }
    None
}

/// The output is right but for spacing.
pub fn spacing(expected: &str, got: &str) -> Option<String> {
    (expected != got && expected.split_whitespace().eq(got.split_whitespace()))
        .then(|| "the words are right but the spacing differs: check spaces in your print() calls (print adds one between arguments; sep= changes it)".into())
}

/// The output matches except that some line repeats or is missing at the end, which is
/// what an off-by-one `range()` produces.
pub fn off_by_one(expected: &str, got: &str) -> Option<String> {
    let e: Vec<&str> = expected
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    let g: Vec<&str> = got
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    let (long, short) = if e.len() > g.len() {
        (&e, &g)
    } else {
        (&g, &e)
    };
    if long.len() == short.len() + 1
        && !short.is_empty()
        && (long.starts_with(short) || long.ends_with(short))
    {
        return Some("one line too many or too few: check the start and stop of your range() or loop condition (range(n) stops before n)".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_module_is_told_apart_from_one_the_grader_lacks() {
        let own = exception("ModuleNotFoundError", "No module named 'isbn'").unwrap();
        assert!(own.contains("isbn.py beside it"), "{own}");
        let lacking =
            exception("ModuleNotFoundError", "No module named 'requests.adapters'").unwrap();
        assert!(lacking.contains("`requests` is not available"), "{lacking}");
    }

    #[test]
    fn print_instead_of_return_is_spotted() {
        let hint = print_instead_of_return(&Value::Float(212.0), &Value::None, "212.0\n");
        assert!(hint.unwrap().contains("`212.0`"));
        assert!(print_instead_of_return(&Value::Float(212.0), &Value::None, "").is_none());
        assert!(print_instead_of_return(&Value::None, &Value::None, "x").is_none());
    }

    #[test]
    fn spacing_and_off_by_one() {
        assert!(spacing("a b\n", "a  b\n").is_some());
        assert!(spacing("a b\n", "a c\n").is_none());
        assert!(off_by_one("1\n2\n3\n", "1\n2\n").is_some());
        assert!(off_by_one("1\n2\n3\n", "0\n1\n2\n3\n").is_some());
        assert!(off_by_one("1\n2\n3\n", "4\n5\n").is_none());
    }

    #[test]
    fn common_exceptions_are_explained() {
        assert!(
            exception("EOFError", "EOF when reading a line")
                .unwrap()
                .contains("input()")
        );
        assert!(
            exception("ValueError", "invalid literal for int() with base 10: 'x'")
                .unwrap()
                .contains("int()")
        );
        assert!(exception("MyError", "").is_none());
    }
}
