//! Python values on the host side of a call case: the expected value an instructor writes as
//! a Python literal, the learner's value as the guest harness reports it in tagged JSON, and
//! the comparison between them. All of it runs on the host, so hidden expected values never
//! enter the sandbox.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// Deepest bracket nesting either parser accepts. CPython's own parser stops at 200 too, and
/// the limit keeps hostile input from overflowing the Rust stack.
const MAX_DEPTH: usize = 200;

/// Relative tolerance when a case gives none, as `math.isclose` does.
const DEFAULT_REL: f64 = 1e-9;

/// A Python value as pygrade sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// `True` or `False`; never equal to a number when graded.
    Bool(bool),
    /// An int of any size in canonical decimal: optional '-', no leading zeros, "0" for zero.
    Int(String),
    /// A float, including inf, -inf and nan.
    Float(f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<Value>),
    /// A tuple.
    Tuple(Vec<Value>),
    /// A set or frozenset, in the order the guest iterated it or the literal listed it.
    Set(Vec<Value>),
    /// A dict, in insertion order.
    Dict(Vec<(Value, Value)>),
    /// Anything else the guest returned (custom objects...), known only by its type and repr.
    Other {
        /// The value's `type(x).__name__`.
        type_name: String,
        /// The value's `repr(x)` as the guest printed it.
        repr: String,
    },
}

/// How far a learner's float may be from the expected one and still match.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tolerance {
    /// Largest accepted absolute difference.
    pub abs: Option<f64>,
    /// Largest accepted difference relative to the expected value.
    pub rel: Option<f64>,
}

/// Why an expected value is not a valid Python literal.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{message} (at character {offset})")]
pub struct LiteralError {
    /// What was expected and what was found instead.
    pub message: String,
    /// Where: a 0-based index into the literal's text counted in characters, not bytes, so
    /// it stays right for non-ASCII text.
    pub offset: usize,
}

impl Value {
    /// Parses an expected value written as a Python literal, as `ast.literal_eval` accepts it
    /// (minus complex numbers and `\N{...}` escapes). Sets and dicts drop duplicates as Python
    /// does (`{1, True}` is `{1}`), so the value is the one the instructor would get in Python.
    pub fn parse_literal(src: &str) -> Result<Value, LiteralError> {
        let mut parser = Parser {
            chars: src.chars().collect(),
            pos: 0,
            depth: 0,
        };
        parser.parse_top()
    }

    /// Decodes the guest's tagged JSON. The guest is untrusted, so every shape is checked
    /// and nesting is bounded.
    pub fn from_tagged_json(j: &serde_json::Value) -> Result<Value, String> {
        decode_tagged(j, 0)
    }

    /// Python's `repr()` of the value, exactly as CPython prints it, so feedback shows values
    /// the way the learner would see them in Python. Sets keep their stored order.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    /// Does `got` (the learner's value) equal `self` (the expected value)? Python `==`, except
    /// that bools never equal numbers, floats compare with `tol` (relative 1e-9 when it gives
    /// nothing), nan never matches, and `Other` values never match.
    pub fn matches(&self, got: &Value, tol: Tolerance) -> bool {
        match (self, got) {
            (Value::None, Value::None) => true,
            (Value::Bool(e), Value::Bool(g)) => e == g,
            (Value::Int(e), Value::Int(g)) => e == g,
            (Value::Float(e), Value::Float(g)) => floats_close(*e, *g, tol),
            (Value::Float(e), Value::Int(g)) => {
                int_to_f64(g).is_some_and(|g| floats_close(*e, g, tol))
            }
            (Value::Int(e), Value::Float(g)) => {
                int_to_f64(e).is_some_and(|e| floats_close(e, *g, tol))
            }
            (Value::Str(e), Value::Str(g)) => e == g,
            (Value::Bytes(e), Value::Bytes(g)) => e == g,
            (Value::List(e), Value::List(g)) | (Value::Tuple(e), Value::Tuple(g)) => {
                e.len() == g.len() && e.iter().zip(g).all(|(e, g)| e.matches(g, tol))
            }
            (Value::Set(e), Value::Set(g)) => sets_match(e, g, tol),
            (Value::Dict(e), Value::Dict(g)) => dicts_match(e, g, tol),
            _ => false,
        }
    }

    /// Short Python type name, for messages such as "expected a list, got a tuple".
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Set(_) => "set",
            Value::Dict(_) => "dict",
            Value::Other { type_name, .. } => type_name,
        }
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(digits) => out.push_str(digits),
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => str_repr(s, out),
            Value::Bytes(b) => bytes_repr(b, out),
            Value::List(items) => {
                out.push('[');
                write_items(items, out);
                out.push(']');
            }
            Value::Tuple(items) => {
                out.push('(');
                write_items(items, out);
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::Set(items) if items.is_empty() => out.push_str("set()"),
            Value::Set(items) => {
                out.push('{');
                write_items(items, out);
                out.push('}');
            }
            Value::Dict(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    key.write_repr(out);
                    out.push_str(": ");
                    value.write_repr(out);
                }
                out.push('}');
            }
            Value::Other { repr, .. } => out.push_str(repr),
        }
    }
}

fn write_items(items: &[Value], out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.write_repr(out);
    }
}

// ---------------------------------------------------------------------------------------
// Literal parser

struct Parser {
    chars: Vec<char>,
    pos: usize,
    /// Brackets currently open.
    depth: usize,
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.pos + ahead).copied()
    }

    fn error(&self, message: impl Into<String>, offset: usize) -> LiteralError {
        LiteralError {
            message: message.into(),
            offset,
        }
    }

    fn found(&self) -> String {
        match self.peek() {
            Some(c) => format!("{c:?}"),
            None => "end of input".to_string(),
        }
    }

    fn expected(&self, what: &str) -> LiteralError {
        self.error(
            format!("expected {what} but found {}", self.found()),
            self.pos,
        )
    }

    /// Skips what the Python tokenizer ignores between tokens: whitespace, newlines (accepted
    /// anywhere, also outside brackets, since TOML multi-line strings begin with one),
    /// comments and backslash line continuations.
    fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' | '\x0c' | '\n' | '\r' => self.pos += 1,
                '#' => {
                    while self.peek().is_some_and(|c| c != '\n' && c != '\r') {
                        self.pos += 1;
                    }
                }
                '\\' if matches!(self.peek_at(1), Some('\n' | '\r')) => self.pos += 2,
                _ => break,
            }
        }
    }

    fn enter(&mut self) -> Result<(), LiteralError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(format!("nesting deeper than {MAX_DEPTH} levels"), self.pos));
        }
        Ok(())
    }

    fn parse_top(&mut self) -> Result<Value, LiteralError> {
        self.skip_ws();
        let first = self.parse_expr()?;
        self.skip_ws();
        match self.peek() {
            None => return Ok(first),
            Some(',') => {}
            Some(_) => return Err(self.expected("',' or end of input")),
        }
        // A bare `1, 2` at the top level is a tuple, as in Python.
        let mut items = vec![first];
        while self.peek() == Some(',') {
            self.pos += 1;
            self.skip_ws();
            if self.peek().is_none() {
                break;
            }
            items.push(self.parse_expr()?);
            self.skip_ws();
            if !matches!(self.peek(), None | Some(',')) {
                return Err(self.expected("',' or end of input"));
            }
        }
        Ok(Value::Tuple(items))
    }

    /// One literal; the caller has skipped whitespace before it.
    fn parse_expr(&mut self) -> Result<Value, LiteralError> {
        match self.peek() {
            Some('-' | '+') => self.parse_signed(),
            Some('0'..='9') => self.parse_number(),
            Some('.') if self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) => self.parse_number(),
            Some('\'' | '"') => self.parse_strings(),
            Some('(') => self.parse_paren(),
            Some('[') => self.parse_list(),
            Some('{') => self.parse_brace(),
            Some(c) if c.is_ascii_alphabetic() || c == '_' => self.parse_name(),
            _ => Err(self.expected("a literal")),
        }
    }

    fn parse_name(&mut self) -> Result<Value, LiteralError> {
        let start = self.pos;
        let mut end = start;
        while self.chars.get(end).is_some_and(|&c| is_ident_char(c)) {
            end += 1;
        }
        if matches!(self.chars.get(end), Some('\'' | '"')) {
            return self.parse_strings();
        }
        let word: String = self.chars[start..end].iter().collect();
        self.pos = end;
        match word.as_str() {
            "None" => return Ok(Value::None),
            "True" => return Ok(Value::Bool(true)),
            "False" => return Ok(Value::Bool(false)),
            // ast.literal_eval accepts `set()` because the empty set has no literal syntax.
            "set" => {
                self.skip_ws();
                if self.peek() == Some('(') {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(')') {
                        self.pos += 1;
                        return Ok(Value::Set(Vec::new()));
                    }
                    return Err(self.expected("')' (only an empty set() is a literal)"));
                }
            }
            _ => {}
        }
        let call = if self.chars.get(end) == Some(&'(') {
            " (calls other than set() are not literals)"
        } else {
            ""
        };
        Err(self.error(
            format!("expected a literal but found name '{word}'{call}"),
            start,
        ))
    }

    /// `-1`, `+2.5`, and `-(1)`: literal_eval allows a sign only directly on a number.
    fn parse_signed(&mut self) -> Result<Value, LiteralError> {
        let sign = self.peek().unwrap_or('-');
        self.pos += 1;
        self.skip_ws();
        let mut parens = 0;
        while self.peek() == Some('(') {
            parens += 1;
            if self.depth + parens > MAX_DEPTH {
                return Err(self.error(format!("nesting deeper than {MAX_DEPTH} levels"), self.pos));
            }
            self.pos += 1;
            self.skip_ws();
        }
        let number_follows = match self.peek() {
            Some(c) if c.is_ascii_digit() => true,
            Some('.') => self.peek_at(1).is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
        if !number_follows {
            return Err(self.expected(&format!("a number after '{sign}'")));
        }
        let value = self.parse_number()?;
        for _ in 0..parens {
            self.skip_ws();
            if self.peek() != Some(')') {
                return Err(self.expected("')'"));
            }
            self.pos += 1;
        }
        Ok(match value {
            Value::Int(digits) if sign == '-' && digits != "0" => Value::Int(format!("-{digits}")),
            Value::Float(f) if sign == '-' => Value::Float(-f),
            other => other,
        })
    }

    /// Reads `digit (['_'] digit)*`, or nothing, into `out` without the underscores.
    fn digit_part(&mut self, out: &mut String) -> Result<(), LiteralError> {
        let mut after_digit = false;
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() {
                out.push(c);
                self.pos += 1;
                after_digit = true;
            } else if !after_digit {
                break;
            } else if c == '_' && self.peek_at(1).is_some_and(|d| d.is_ascii_digit()) {
                self.pos += 1;
            } else if c == '_' {
                return Err(self.error("invalid decimal literal", self.pos + 1));
            } else {
                break;
            }
        }
        Ok(())
    }

    /// An unsigned int or float; the caller has seen a digit, or '.' and a digit.
    fn parse_number(&mut self) -> Result<Value, LiteralError> {
        let start = self.pos;
        if self.peek() == Some('0') {
            let radix = match self.peek_at(1) {
                Some('x' | 'X') => Some((16, "hexadecimal")),
                Some('o' | 'O') => Some((8, "octal")),
                Some('b' | 'B') => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, name)) = radix {
                return self.parse_radix_int(radix, name);
            }
        }
        let mut text = String::new();
        let mut is_float = false;
        self.digit_part(&mut text)?;
        if self.peek() == Some('.') {
            is_float = true;
            text.push('.');
            self.pos += 1;
            self.digit_part(&mut text)?;
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let signed = matches!(self.peek_at(1), Some('+' | '-'));
            let digits_at = if signed { 2 } else { 1 };
            if self.peek_at(digits_at).is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                text.push('e');
                if signed {
                    text.push(self.chars[self.pos + 1]);
                }
                self.pos += digits_at;
                self.digit_part(&mut text)?;
            }
        }
        match self.peek() {
            Some('j' | 'J') => return Err(self.error("complex numbers are not supported", start)),
            Some(c) if is_ident_char(c) => {
                return Err(self.error("invalid decimal literal", self.pos));
            }
            _ => {}
        }
        if is_float {
            return text
                .parse::<f64>()
                .map(Value::Float)
                .map_err(|_| self.error("invalid float literal", start));
        }
        let trimmed = text.trim_start_matches('0');
        if trimmed.is_empty() {
            return Ok(Value::Int("0".to_string()));
        }
        if trimmed.len() != text.len() {
            return Err(self.error(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                start,
            ));
        }
        Ok(Value::Int(trimmed.to_string()))
    }

    fn parse_radix_int(&mut self, radix: u32, name: &str) -> Result<Value, LiteralError> {
        self.pos += 2;
        let mut digits = Vec::new();
        while let Some(c) = self.peek() {
            if let Some(d) = c.to_digit(radix) {
                digits.push(d);
                self.pos += 1;
            } else if c == '_' && self.peek_at(1).and_then(|d| d.to_digit(radix)).is_some() {
                self.pos += 1;
            } else if c == '_' {
                return Err(self.error(format!("invalid {name} literal"), self.pos + 1));
            } else {
                break;
            }
        }
        match self.peek() {
            Some(c) if c.is_ascii_digit() => {
                return Err(self.error(format!("invalid digit '{c}' in {name} literal"), self.pos));
            }
            Some(c) if is_ident_char(c) => {
                return Err(self.error(format!("invalid {name} literal"), self.pos));
            }
            _ => {}
        }
        if digits.is_empty() {
            return Err(self.error(format!("invalid {name} literal"), self.pos));
        }
        Ok(Value::Int(digits_to_decimal(&digits, radix)))
    }

    /// Length of a string prefix (letters) if a string literal starts here.
    fn string_prefix_len(&self) -> Option<usize> {
        let mut len = 0;
        while self.peek_at(len).is_some_and(is_ident_char) {
            len += 1;
        }
        matches!(self.peek_at(len), Some('\'' | '"')).then_some(len)
    }

    /// One or more adjacent string literals, concatenated as Python does (`"a" "b"`).
    fn parse_strings(&mut self) -> Result<Value, LiteralError> {
        let mut buf = StrBuf::default();
        let mut kind: Option<bool> = None;
        while let Some(prefix_len) = self.string_prefix_len() {
            let start = self.pos;
            let prefix: String = self.chars[start..start + prefix_len]
                .iter()
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let (raw, is_bytes) = match prefix.as_str() {
                "" | "u" => (false, false),
                "r" => (true, false),
                "b" => (false, true),
                "br" | "rb" => (true, true),
                "f" | "fr" | "rf" => return Err(self.error("f-strings are not literals", start)),
                "t" | "tr" | "rt" => {
                    return Err(self.error("template strings are not literals", start));
                }
                _ => {
                    let original: String = self.chars[start..start + prefix_len].iter().collect();
                    return Err(self.error(format!("invalid string prefix '{original}'"), start));
                }
            };
            match kind {
                Some(k) if k != is_bytes => {
                    return Err(self.error("cannot mix bytes and str literals", start));
                }
                _ => kind = Some(is_bytes),
            }
            buf.is_bytes = is_bytes;
            self.pos += prefix_len;
            self.read_string_body(raw, start, &mut buf)?;
            self.skip_ws();
        }
        Ok(if kind == Some(true) {
            Value::Bytes(buf.bytes)
        } else {
            Value::Str(buf.text)
        })
    }

    /// The quoted part of one literal, from its opening quote; `start` is where its prefix
    /// began, which is where Python reports an unterminated string.
    fn read_string_body(
        &mut self,
        raw: bool,
        start: usize,
        buf: &mut StrBuf,
    ) -> Result<(), LiteralError> {
        let quote = self.peek().unwrap_or('\'');
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        self.pos += if triple { 3 } else { 1 };
        loop {
            let at = self.pos;
            let Some(c) = self.peek() else {
                let what = if triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                return Err(self.error(what, start));
            };
            self.pos += 1;
            match c {
                c if c == quote => {
                    if !triple {
                        return Ok(());
                    }
                    if self.peek() == Some(quote) && self.peek_at(1) == Some(quote) {
                        self.pos += 2;
                        return Ok(());
                    }
                    buf.push(c);
                }
                '\n' | '\r' => {
                    if !triple {
                        return Err(self.error(
                            "unterminated string literal (a line break inside quotes needs \
                             triple quotes or \\n)",
                            start,
                        ));
                    }
                    self.take_newline_rest(c);
                    buf.push('\n');
                }
                '\\' if raw => {
                    // A raw string keeps the backslash, but the next character (even a quote
                    // or a line break) cannot end the literal.
                    buf.push('\\');
                    match self.peek() {
                        Some(n @ ('\n' | '\r')) => {
                            self.pos += 1;
                            self.take_newline_rest(n);
                            buf.push('\n');
                        }
                        Some(n) => {
                            if !buf.push(n) {
                                return Err(self.non_ascii_bytes(self.pos));
                            }
                            self.pos += 1;
                        }
                        None => {}
                    }
                }
                '\\' => self.read_escape(at, buf)?,
                c => {
                    if !buf.push(c) {
                        return Err(self.non_ascii_bytes(at));
                    }
                }
            }
        }
    }

    /// After a '\r' has been consumed, takes the '\n' of a "\r\n" pair: Python reads any
    /// line ending as "\n".
    fn take_newline_rest(&mut self, first: char) {
        if first == '\r' && self.peek() == Some('\n') {
            self.pos += 1;
        }
    }

    fn non_ascii_bytes(&self, at: usize) -> LiteralError {
        self.error("bytes can only contain ASCII literal characters", at)
    }

    /// Reads `count` hex digits if they are all there.
    fn hex_digits(&mut self, count: usize) -> Option<u32> {
        let mut value = 0u32;
        for i in 0..count {
            value = value * 16 + self.peek_at(i)?.to_digit(16)?;
        }
        self.pos += count;
        Some(value)
    }

    /// One escape sequence; `at` is its backslash, already consumed.
    fn read_escape(&mut self, at: usize, buf: &mut StrBuf) -> Result<(), LiteralError> {
        let Some(e) = self.peek() else {
            // The string loop reports the missing closing quote.
            return Ok(());
        };
        self.pos += 1;
        let simple = match e {
            '\n' | '\r' => {
                self.take_newline_rest(e);
                return Ok(());
            }
            '\\' | '\'' | '"' => Some(e),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            _ => None,
        };
        if let Some(c) = simple {
            buf.push(c);
            return Ok(());
        }
        match e {
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            self.pos += 1;
                        }
                        None => break,
                    }
                }
                if buf.is_bytes && value > 0o377 {
                    return Err(self.error(
                        format!("octal escape \\{value:o} is above \\377 in a bytes literal"),
                        at,
                    ));
                }
                buf.push_code(value);
            }
            'x' => {
                let value = self
                    .hex_digits(2)
                    .ok_or_else(|| self.error("truncated \\xXX escape", at))?;
                buf.push_code(value);
            }
            'u' | 'U' if !buf.is_bytes => {
                let (count, form) = if e == 'u' {
                    (4, "\\uXXXX")
                } else {
                    (8, "\\UXXXXXXXX")
                };
                let value = self
                    .hex_digits(count)
                    .ok_or_else(|| self.error(format!("truncated {form} escape"), at))?;
                match char::from_u32(value) {
                    Some(c) => {
                        buf.push(c);
                    }
                    None if (0xD800..=0xDFFF).contains(&value) => {
                        return Err(self.error(
                            format!("surrogate escape \\u{value:04x} is not supported"),
                            at,
                        ));
                    }
                    None => return Err(self.error("illegal Unicode character in escape", at)),
                }
            }
            'N' if !buf.is_bytes => {
                return Err(self.error(
                    "\\N{...} escapes are not supported: write the character itself or use \
                     \\u",
                    at,
                ));
            }
            _ => {
                // Python keeps an unknown escape as written (with a warning): `'\d'` is
                // backslash, d. The character after the backslash is read as usual.
                buf.push('\\');
                self.pos -= 1;
            }
        }
        Ok(())
    }

    fn parse_paren(&mut self) -> Result<Value, LiteralError> {
        self.enter()?;
        self.pos += 1;
        let (mut items, saw_comma) = self.parse_items(')')?;
        self.depth -= 1;
        // `(x)` is only grouping; `(x,)` and `()` are tuples.
        if items.len() == 1 && !saw_comma {
            return Ok(items.pop().unwrap_or(Value::None));
        }
        Ok(Value::Tuple(items))
    }

    fn parse_list(&mut self) -> Result<Value, LiteralError> {
        self.enter()?;
        self.pos += 1;
        let (items, _) = self.parse_items(']')?;
        self.depth -= 1;
        Ok(Value::List(items))
    }

    /// Comma-separated literals up to and including `close`; the opening bracket is consumed.
    /// Also says whether any comma was seen.
    fn parse_items(&mut self, close: char) -> Result<(Vec<Value>, bool), LiteralError> {
        let mut items = Vec::new();
        let mut saw_comma = false;
        loop {
            self.skip_ws();
            if self.peek() == Some(close) {
                self.pos += 1;
                return Ok((items, saw_comma));
            }
            items.push(self.parse_expr()?);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    saw_comma = true;
                    self.pos += 1;
                }
                Some(c) if c == close => {
                    self.pos += 1;
                    return Ok((items, saw_comma));
                }
                _ => return Err(self.expected(&format!("',' or '{close}'"))),
            }
        }
    }

    /// `{}` (a dict), `{k: v, ...}` or `{x, ...}`.
    fn parse_brace(&mut self) -> Result<Value, LiteralError> {
        self.enter()?;
        self.pos += 1;
        self.skip_ws();
        if self.peek() == Some('}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Dict(Vec::new()));
        }
        let first_at = self.pos;
        let first = self.parse_expr()?;
        self.skip_ws();
        let value = match self.peek() {
            Some(':') => self.parse_dict_rest(first, first_at)?,
            Some(',' | '}') => self.parse_set_rest(first, first_at)?,
            _ => return Err(self.expected("':', ',' or '}'")),
        };
        self.depth -= 1;
        Ok(value)
    }

    fn unhashable(&self, value: &Value, at: usize) -> LiteralError {
        self.error(format!("unhashable type: '{}'", value.type_name()), at)
    }

    /// The rest of a set after its first element; duplicates keep the first one, as in Python.
    fn parse_set_rest(&mut self, first: Value, first_at: usize) -> Result<Value, LiteralError> {
        let mut seen = HashSet::new();
        let mut items = Vec::new();
        let mut next = Some((first, first_at));
        loop {
            if let Some((item, at)) = next.take() {
                let key = hash_key(&item).ok_or_else(|| self.unhashable(&item, at))?;
                if seen.insert(key) {
                    items.push(item);
                }
            }
            self.skip_ws();
            match self.peek() {
                Some('}') => {
                    self.pos += 1;
                    return Ok(Value::Set(items));
                }
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some('}') {
                        let at = self.pos;
                        next = Some((self.parse_expr()?, at));
                    }
                }
                _ => return Err(self.expected("',' or '}'")),
            }
        }
    }

    /// The rest of a dict from the ':' after its first key. A repeated key keeps its first
    /// position and takes the last value, as in Python.
    fn parse_dict_rest(&mut self, first: Value, first_at: usize) -> Result<Value, LiteralError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<(Value, Value)> = Vec::new();
        let (mut key, mut key_at) = (first, first_at);
        loop {
            // At the ':' after `key`.
            self.pos += 1;
            self.skip_ws();
            let value = self.parse_expr()?;
            let hash = hash_key(&key).ok_or_else(|| self.unhashable(&key, key_at))?;
            match index.get(&hash) {
                Some(&i) => entries[i].1 = value,
                None => {
                    index.insert(hash, entries.len());
                    entries.push((key, value));
                }
            }
            self.skip_ws();
            match self.peek() {
                Some('}') => break,
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some('}') {
                        break;
                    }
                    key_at = self.pos;
                    key = self.parse_expr()?;
                    self.skip_ws();
                    if self.peek() != Some(':') {
                        return Err(self.expected("':'"));
                    }
                }
                _ => return Err(self.expected("',' or '}'")),
            }
        }
        self.pos += 1;
        Ok(Value::Dict(entries))
    }
}

/// Accumulates a str or bytes literal.
#[derive(Default)]
struct StrBuf {
    is_bytes: bool,
    text: String,
    bytes: Vec<u8>,
}

impl StrBuf {
    /// Adds a source character; false if it cannot go into bytes.
    fn push(&mut self, c: char) -> bool {
        if !self.is_bytes {
            self.text.push(c);
        } else if c.is_ascii() {
            self.bytes.push(c as u8);
        } else {
            return false;
        }
        true
    }

    /// Adds an escaped code: a byte in bytes, a code point in str. Callers keep it in range
    /// (at most 0o777 in str, 0xff in bytes).
    fn push_code(&mut self, code: u32) {
        if self.is_bytes {
            self.bytes.push(u8::try_from(code).unwrap_or(u8::MAX));
        } else {
            self.text
                .push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }
}

/// Converts digits of an arbitrarily large int in `radix` to canonical decimal.
fn digits_to_decimal(digits: &[u32], radix: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs in base 10^9.
    let mut limbs: Vec<u64> = Vec::new();
    for &d in digits {
        let mut carry = u64::from(d);
        for limb in &mut limbs {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let Some((top, rest)) = limbs.split_last() else {
        return "0".to_string();
    };
    let mut out = top.to_string();
    for limb in rest.iter().rev() {
        let _ = write!(out, "{limb:09}");
    }
    out
}

/// A key equal for two hashable values exactly when Python's `==` holds (`1`, `1.0` and
/// `True` share one), so literal sets and dicts drop duplicates as Python does. None for an
/// unhashable value.
fn hash_key(value: &Value) -> Option<String> {
    Some(match value {
        Value::None => "N".to_string(),
        Value::Bool(b) => format!("n{}", u8::from(*b)),
        Value::Int(digits) => format!("n{digits}"),
        Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
            // Formatting with a precision is exact, so this is the float's integer value.
            let exact = format!("{f:.0}");
            format!("n{}", if exact == "-0" { "0" } else { &exact })
        }
        Value::Float(f) => format!("f{}", float_repr(*f)),
        Value::Str(_) | Value::Bytes(_) => format!("s{}", value.repr()),
        Value::Tuple(items) => {
            let keys: Option<Vec<String>> = items.iter().map(hash_key).collect();
            format!("t({})", keys?.join(","))
        }
        Value::List(_) | Value::Set(_) | Value::Dict(_) | Value::Other { .. } => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Tagged JSON from the guest

fn decode_tagged(j: &serde_json::Value, depth: usize) -> Result<Value, String> {
    let obj = j
        .as_object()
        .ok_or_else(|| format!("expected a tagged object, found {}", json_kind(j)))?;
    let tag = obj
        .get("t")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| "tagged value has no string field \"t\"".to_string())?;
    let field = |name: &str| {
        obj.get(name)
            .ok_or_else(|| format!("{tag} value has no \"{name}\""))
    };
    let string_field = |name: &str| {
        field(name)?
            .as_str()
            .ok_or_else(|| format!("{tag} value: \"{name}\" is not a string"))
    };
    let array_field = |name: &str| {
        field(name)?
            .as_array()
            .ok_or_else(|| format!("{tag} value: \"{name}\" is not an array"))
    };
    let is_container = matches!(tag, "list" | "tuple" | "set" | "frozenset" | "dict");
    if is_container && depth >= MAX_DEPTH {
        return Err(format!("value nested deeper than {MAX_DEPTH} levels"));
    }
    let items = |v: &Vec<serde_json::Value>| -> Result<Vec<Value>, String> {
        v.iter()
            .map(|item| decode_tagged(item, depth + 1))
            .collect()
    };
    match tag {
        "none" => Ok(Value::None),
        "bool" => field("v")?
            .as_bool()
            .map(Value::Bool)
            .ok_or_else(|| "bool value: \"v\" is not a boolean".to_string()),
        "int" => canonical_int(string_field("v")?).map(Value::Int),
        "float" => {
            let text = string_field("v")?;
            text.parse::<f64>()
                .map(Value::Float)
                .map_err(|_| format!("float value: {:?} is not a float", clip(text)))
        }
        "str" => Ok(Value::Str(string_field("v")?.to_string())),
        "bytes" => decode_hex(string_field("v")?).map(Value::Bytes),
        "list" => items(array_field("v")?).map(Value::List),
        "tuple" => items(array_field("v")?).map(Value::Tuple),
        "set" | "frozenset" => items(array_field("v")?).map(Value::Set),
        "dict" => array_field("v")?
            .iter()
            .enumerate()
            .map(|(i, pair)| match pair.as_array().map(Vec::as_slice) {
                Some([k, v]) => Ok((decode_tagged(k, depth + 1)?, decode_tagged(v, depth + 1)?)),
                _ => Err(format!("dict value: entry {i} is not a [key, value] pair")),
            })
            .collect::<Result<Vec<_>, String>>()
            .map(Value::Dict),
        "other" => Ok(Value::Other {
            type_name: string_field("type")?.to_string(),
            repr: string_field("repr")?.to_string(),
        }),
        _ => Err(format!("unknown tag {:?}", clip(tag))),
    }
}

/// The start of guest text quoted in an error: hostile input may be huge.
fn clip(text: &str) -> String {
    const KEEP: usize = 40;
    match text.char_indices().nth(KEEP) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}

/// Names a JSON value's kind without quoting it: hostile input may be huge.
fn json_kind(j: &serde_json::Value) -> &'static str {
    match j {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Checks an int's decimal text and makes it canonical.
fn canonical_int(text: &str) -> Result<String, String> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "int value: {:?} is not a decimal integer",
            clip(text)
        ));
    }
    let trimmed = digits.trim_start_matches('0');
    Ok(match (trimmed.is_empty(), negative) {
        (true, _) => "0".to_string(),
        (false, true) => format!("-{trimmed}"),
        (false, false) => trimmed.to_string(),
    })
}

fn decode_hex(text: &str) -> Result<Vec<u8>, String> {
    let bad = || format!("bytes value: {:?} is not hex", clip(text));
    if !text.len().is_multiple_of(2) {
        return Err(bad());
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| {
            let hi = char::from(pair[0]).to_digit(16).ok_or_else(bad)?;
            let lo = char::from(pair[1]).to_digit(16).ok_or_else(bad)?;
            Ok((hi * 16 + lo) as u8)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// repr

/// CPython's `float.__repr__`: the shortest digits that round-trip, in fixed notation when
/// the decimal exponent is in -4..16 and scientific (`1e+16`, `1e-05`) otherwise.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let (digits, exp) = shortest_digits(f.abs());
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "e{sign}{:02}", exp.unsigned_abs());
    }
    out
}

/// Splits Rust's `{:e}` output ("1.25e-7") into its digits ("125") and exponent (-7).
fn split_sci(sci: &str) -> (String, i32) {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let digits = mantissa.chars().filter(|&c| c != '.').collect();
    (digits, exp.parse().unwrap_or(0))
}

/// The shortest significant digits that round-trip to `x` (positive, finite) and the
/// decimal exponent of the first. Rust and CPython agree on these except when two
/// candidates are exactly as near to `x` (`867836643974130.25`): Rust rounds the tie up,
/// CPython to an even last digit, as done here.
fn shortest_digits(x: f64) -> (String, i32) {
    let (digits, exp) = split_sci(&format!("{x:e}"));
    let n = digits.len();
    let odd_last = digits.ends_with(['1', '3', '5', '7', '9']);
    // A tie needs `x` to be exactly halfway, so its exact expansion is the n digits and a 5.
    // 18 significant digits (cheap) can only show that; the exact expansion (767 digits at
    // most, slow) then proves it.
    let halfway = |d: &str| d[n..].starts_with('5') && d[n + 1..].bytes().all(|b| b == b'0');
    if !odd_last || n >= 18 {
        return (digits, exp);
    }
    let (near, near_exp) = split_sci(&format!("{x:.17e}"));
    if near_exp != exp || !halfway(&near) {
        return (digits, exp);
    }
    let (exact, _) = split_sci(&format!("{x:.800e}"));
    if !halfway(&exact) {
        return (digits, exp);
    }
    let below = &exact[..n];
    let other = if digits == below {
        increment_decimal(below)
    } else {
        Some(below.to_string())
    };
    match other {
        Some(other)
            if other.len() == n && format!("0.{other}e{}", exp + 1).parse::<f64>() == Ok(x) =>
        {
            let trimmed = other.trim_end_matches('0');
            (trimmed.to_string(), exp)
        }
        _ => (digits, exp),
    }
}

/// Adds one to a string of decimal digits; None if that needs another digit.
fn increment_decimal(digits: &str) -> Option<String> {
    let mut bytes = digits.as_bytes().to_vec();
    for b in bytes.iter_mut().rev() {
        if *b == b'9' {
            *b = b'0';
        } else {
            *b += 1;
            return String::from_utf8(bytes).ok();
        }
    }
    None
}

/// CPython's quote choice: single quotes unless the text has a single quote and no double.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// CPython's `str.__repr__`.
fn str_repr(s: &str, out: &mut String) {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() || !is_printable(c) => {
                let code = u32::from(c);
                let _ = if code <= 0xff {
                    write!(out, "\\x{code:02x}")
                } else if code <= 0xffff {
                    write!(out, "\\u{code:04x}")
                } else {
                    write!(out, "\\U{code:08x}")
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
}

/// CPython's `bytes.__repr__`.
fn bytes_repr(b: &[u8], out: &mut String) {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            byte if char::from(byte) == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote);
}

/// `str.isprintable()` for one non-ASCII character.
fn is_printable(c: char) -> bool {
    let code = u32::from(c);
    let ranges = NON_PRINTABLE.len() / 2;
    // First range whose end is at or after `code`.
    let (mut lo, mut hi) = (0, ranges);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if NON_PRINTABLE[2 * mid + 1] < code {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    !(lo < ranges && NON_PRINTABLE[2 * lo] <= code)
}

// ---------------------------------------------------------------------------------------
// matching

fn int_to_f64(digits: &str) -> Option<f64> {
    // An int too big for a float cannot equal one (Python compares exactly).
    digits.parse::<f64>().ok().filter(|f| f.is_finite())
}

fn floats_close(expected: f64, got: f64, tol: Tolerance) -> bool {
    if expected.is_nan() || got.is_nan() {
        return false;
    }
    if expected == got {
        return true;
    }
    if expected.is_infinite() || got.is_infinite() {
        return false;
    }
    let diff = (expected - got).abs();
    match (tol.abs, tol.rel) {
        (None, None) => diff <= DEFAULT_REL * expected.abs(),
        (abs, rel) => {
            abs.is_some_and(|abs| diff <= abs)
                || rel.is_some_and(|rel| diff <= rel * expected.abs())
        }
    }
}

/// Whether matching `value` against another simple value is exactly equality of their reprs
/// (no floats, no order-free containers, no `Other`), which lets big sets and dicts be
/// matched through a hash map instead of comparing every pair.
fn is_simple(value: &Value) -> bool {
    match value {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Str(_) | Value::Bytes(_) => true,
        Value::List(items) | Value::Tuple(items) => items.iter().all(is_simple),
        Value::Float(_) | Value::Set(_) | Value::Dict(_) | Value::Other { .. } => false,
    }
}

/// For each expected item, the got items it matches under `eq`; None as soon as one
/// expected item matches nothing.
fn candidates(
    expected: &[&Value],
    got: &[&Value],
    eq: impl Fn(&Value, &Value) -> bool,
) -> Option<Vec<Vec<usize>>> {
    let mut by_repr: HashMap<String, Vec<usize>> = HashMap::new();
    let mut fuzzy = Vec::new();
    for (i, g) in got.iter().enumerate() {
        if is_simple(g) {
            by_repr.entry(g.repr()).or_default().push(i);
        } else {
            fuzzy.push(i);
        }
    }
    expected
        .iter()
        .map(|e| {
            let list: Vec<usize> = if is_simple(e) {
                let mut list = by_repr.get(&e.repr()).cloned().unwrap_or_default();
                list.extend(fuzzy.iter().copied().filter(|&i| eq(e, got[i])));
                list
            } else {
                (0..got.len()).filter(|&i| eq(e, got[i])).collect()
            };
            (!list.is_empty()).then_some(list)
        })
        .collect()
}

/// Whether every expected item can be paired with its own got item (a perfect bipartite
/// matching, by augmenting paths). Tolerance makes matching non-transitive, so a greedy
/// pairing could wrongly fail; the search is iterative so big sets cannot overflow the stack.
fn perfect_matching(candidates: &[Vec<usize>], got_len: usize) -> bool {
    let mut owner: Vec<Option<usize>> = vec![None; got_len];
    let mut visited: Vec<usize> = vec![usize::MAX; got_len];
    for root in 0..candidates.len() {
        // Each stack entry is an expected item and the next candidate to try; `path[i]` is
        // the got item that links stack entry i to entry i + 1.
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        let mut path: Vec<usize> = Vec::new();
        let mut augmented = false;
        while let Some(top) = stack.last_mut() {
            let (e, next) = *top;
            let Some(&g) = candidates[e].get(next) else {
                stack.pop();
                path.pop();
                continue;
            };
            top.1 += 1;
            if visited[g] == root {
                continue;
            }
            visited[g] = root;
            path.push(g);
            match owner[g] {
                Some(other) => stack.push((other, 0)),
                None => {
                    for (&(e, _), &g) in stack.iter().zip(&path) {
                        owner[g] = Some(e);
                    }
                    augmented = true;
                    break;
                }
            }
        }
        if !augmented {
            return false;
        }
    }
    true
}

fn sets_match(expected: &[Value], got: &[Value], tol: Tolerance) -> bool {
    if expected.len() != got.len() {
        return false;
    }
    let expected: Vec<&Value> = expected.iter().collect();
    let got_refs: Vec<&Value> = got.iter().collect();
    match candidates(&expected, &got_refs, |e, g| e.matches(g, tol)) {
        Some(lists) => perfect_matching(&lists, got.len()),
        None => false,
    }
}

fn dicts_match(expected: &[(Value, Value)], got: &[(Value, Value)], tol: Tolerance) -> bool {
    if expected.len() != got.len() {
        return false;
    }
    // Keys are compared exactly: 1 and 1.0 are the same key, 1.0 and 1.0000001 are not.
    let exact = Tolerance {
        abs: Some(0.0),
        rel: Some(0.0),
    };
    let expected_keys: Vec<&Value> = expected.iter().map(|(k, _)| k).collect();
    let got_keys: Vec<&Value> = got.iter().map(|(k, _)| k).collect();
    let Some(lists) = candidates(&expected_keys, &got_keys, |e, g| e.matches(g, exact)) else {
        return false;
    };
    let mut with_values = Vec::with_capacity(lists.len());
    for (list, (_, value)) in lists.into_iter().zip(expected) {
        let list: Vec<usize> = list
            .into_iter()
            .filter(|&i| value.matches(&got[i].1, tol))
            .collect();
        if list.is_empty() {
            return false;
        }
        with_values.push(list);
    }
    perfect_matching(&with_values, got.len())
}

/// Code points from U+0080 up that CPython's `repr` escapes (`str.isprintable()` is false:
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs), as inclusive `start, end` pairs in order.
/// Unicode 17.0.0, the database of CPython 3.15 (the guest), so host and guest agree on what
/// prints; CPython 3.11 (Unicode 14.0) differs only on code points assigned since.
const NON_PRINTABLE: &[u32] = &[
    0x0080, 0x00A0, 0x00AD, 0x00AD, 0x0378, 0x0379, 0x0380, 0x0383, 0x038B, 0x038B, 0x038D, 0x038D,
    0x03A2, 0x03A2, 0x0530, 0x0530, 0x0557, 0x0558, 0x058B, 0x058C, 0x0590, 0x0590, 0x05C8, 0x05CF,
    0x05EB, 0x05EE, 0x05F5, 0x0605, 0x061C, 0x061C, 0x06DD, 0x06DD, 0x070E, 0x070F, 0x074B, 0x074C,
    0x07B2, 0x07BF, 0x07FB, 0x07FC, 0x082E, 0x082F, 0x083F, 0x083F, 0x085C, 0x085D, 0x085F, 0x085F,
    0x086B, 0x086F, 0x0890, 0x0896, 0x08E2, 0x08E2, 0x0984, 0x0984, 0x098D, 0x098E, 0x0991, 0x0992,
    0x09A9, 0x09A9, 0x09B1, 0x09B1, 0x09B3, 0x09B5, 0x09BA, 0x09BB, 0x09C5, 0x09C6, 0x09C9, 0x09CA,
    0x09CF, 0x09D6, 0x09D8, 0x09DB, 0x09DE, 0x09DE, 0x09E4, 0x09E5, 0x09FF, 0x0A00, 0x0A04, 0x0A04,
    0x0A0B, 0x0A0E, 0x0A11, 0x0A12, 0x0A29, 0x0A29, 0x0A31, 0x0A31, 0x0A34, 0x0A34, 0x0A37, 0x0A37,
    0x0A3A, 0x0A3B, 0x0A3D, 0x0A3D, 0x0A43, 0x0A46, 0x0A49, 0x0A4A, 0x0A4E, 0x0A50, 0x0A52, 0x0A58,
    0x0A5D, 0x0A5D, 0x0A5F, 0x0A65, 0x0A77, 0x0A80, 0x0A84, 0x0A84, 0x0A8E, 0x0A8E, 0x0A92, 0x0A92,
    0x0AA9, 0x0AA9, 0x0AB1, 0x0AB1, 0x0AB4, 0x0AB4, 0x0ABA, 0x0ABB, 0x0AC6, 0x0AC6, 0x0ACA, 0x0ACA,
    0x0ACE, 0x0ACF, 0x0AD1, 0x0ADF, 0x0AE4, 0x0AE5, 0x0AF2, 0x0AF8, 0x0B00, 0x0B00, 0x0B04, 0x0B04,
    0x0B0D, 0x0B0E, 0x0B11, 0x0B12, 0x0B29, 0x0B29, 0x0B31, 0x0B31, 0x0B34, 0x0B34, 0x0B3A, 0x0B3B,
    0x0B45, 0x0B46, 0x0B49, 0x0B4A, 0x0B4E, 0x0B54, 0x0B58, 0x0B5B, 0x0B5E, 0x0B5E, 0x0B64, 0x0B65,
    0x0B78, 0x0B81, 0x0B84, 0x0B84, 0x0B8B, 0x0B8D, 0x0B91, 0x0B91, 0x0B96, 0x0B98, 0x0B9B, 0x0B9B,
    0x0B9D, 0x0B9D, 0x0BA0, 0x0BA2, 0x0BA5, 0x0BA7, 0x0BAB, 0x0BAD, 0x0BBA, 0x0BBD, 0x0BC3, 0x0BC5,
    0x0BC9, 0x0BC9, 0x0BCE, 0x0BCF, 0x0BD1, 0x0BD6, 0x0BD8, 0x0BE5, 0x0BFB, 0x0BFF, 0x0C0D, 0x0C0D,
    0x0C11, 0x0C11, 0x0C29, 0x0C29, 0x0C3A, 0x0C3B, 0x0C45, 0x0C45, 0x0C49, 0x0C49, 0x0C4E, 0x0C54,
    0x0C57, 0x0C57, 0x0C5B, 0x0C5B, 0x0C5E, 0x0C5F, 0x0C64, 0x0C65, 0x0C70, 0x0C76, 0x0C8D, 0x0C8D,
    0x0C91, 0x0C91, 0x0CA9, 0x0CA9, 0x0CB4, 0x0CB4, 0x0CBA, 0x0CBB, 0x0CC5, 0x0CC5, 0x0CC9, 0x0CC9,
    0x0CCE, 0x0CD4, 0x0CD7, 0x0CDB, 0x0CDF, 0x0CDF, 0x0CE4, 0x0CE5, 0x0CF0, 0x0CF0, 0x0CF4, 0x0CFF,
    0x0D0D, 0x0D0D, 0x0D11, 0x0D11, 0x0D45, 0x0D45, 0x0D49, 0x0D49, 0x0D50, 0x0D53, 0x0D64, 0x0D65,
    0x0D80, 0x0D80, 0x0D84, 0x0D84, 0x0D97, 0x0D99, 0x0DB2, 0x0DB2, 0x0DBC, 0x0DBC, 0x0DBE, 0x0DBF,
    0x0DC7, 0x0DC9, 0x0DCB, 0x0DCE, 0x0DD5, 0x0DD5, 0x0DD7, 0x0DD7, 0x0DE0, 0x0DE5, 0x0DF0, 0x0DF1,
    0x0DF5, 0x0E00, 0x0E3B, 0x0E3E, 0x0E5C, 0x0E80, 0x0E83, 0x0E83, 0x0E85, 0x0E85, 0x0E8B, 0x0E8B,
    0x0EA4, 0x0EA4, 0x0EA6, 0x0EA6, 0x0EBE, 0x0EBF, 0x0EC5, 0x0EC5, 0x0EC7, 0x0EC7, 0x0ECF, 0x0ECF,
    0x0EDA, 0x0EDB, 0x0EE0, 0x0EFF, 0x0F48, 0x0F48, 0x0F6D, 0x0F70, 0x0F98, 0x0F98, 0x0FBD, 0x0FBD,
    0x0FCD, 0x0FCD, 0x0FDB, 0x0FFF, 0x10C6, 0x10C6, 0x10C8, 0x10CC, 0x10CE, 0x10CF, 0x1249, 0x1249,
    0x124E, 0x124F, 0x1257, 0x1257, 0x1259, 0x1259, 0x125E, 0x125F, 0x1289, 0x1289, 0x128E, 0x128F,
    0x12B1, 0x12B1, 0x12B6, 0x12B7, 0x12BF, 0x12BF, 0x12C1, 0x12C1, 0x12C6, 0x12C7, 0x12D7, 0x12D7,
    0x1311, 0x1311, 0x1316, 0x1317, 0x135B, 0x135C, 0x137D, 0x137F, 0x139A, 0x139F, 0x13F6, 0x13F7,
    0x13FE, 0x13FF, 0x1680, 0x1680, 0x169D, 0x169F, 0x16F9, 0x16FF, 0x1716, 0x171E, 0x1737, 0x173F,
    0x1754, 0x175F, 0x176D, 0x176D, 0x1771, 0x1771, 0x1774, 0x177F, 0x17DE, 0x17DF, 0x17EA, 0x17EF,
    0x17FA, 0x17FF, 0x180E, 0x180E, 0x181A, 0x181F, 0x1879, 0x187F, 0x18AB, 0x18AF, 0x18F6, 0x18FF,
    0x191F, 0x191F, 0x192C, 0x192F, 0x193C, 0x193F, 0x1941, 0x1943, 0x196E, 0x196F, 0x1975, 0x197F,
    0x19AC, 0x19AF, 0x19CA, 0x19CF, 0x19DB, 0x19DD, 0x1A1C, 0x1A1D, 0x1A5F, 0x1A5F, 0x1A7D, 0x1A7E,
    0x1A8A, 0x1A8F, 0x1A9A, 0x1A9F, 0x1AAE, 0x1AAF, 0x1ADE, 0x1ADF, 0x1AEC, 0x1AFF, 0x1B4D, 0x1B4D,
    0x1BF4, 0x1BFB, 0x1C38, 0x1C3A, 0x1C4A, 0x1C4C, 0x1C8B, 0x1C8F, 0x1CBB, 0x1CBC, 0x1CC8, 0x1CCF,
    0x1CFB, 0x1CFF, 0x1F16, 0x1F17, 0x1F1E, 0x1F1F, 0x1F46, 0x1F47, 0x1F4E, 0x1F4F, 0x1F58, 0x1F58,
    0x1F5A, 0x1F5A, 0x1F5C, 0x1F5C, 0x1F5E, 0x1F5E, 0x1F7E, 0x1F7F, 0x1FB5, 0x1FB5, 0x1FC5, 0x1FC5,
    0x1FD4, 0x1FD5, 0x1FDC, 0x1FDC, 0x1FF0, 0x1FF1, 0x1FF5, 0x1FF5, 0x1FFF, 0x200F, 0x2028, 0x202F,
    0x205F, 0x206F, 0x2072, 0x2073, 0x208F, 0x208F, 0x209D, 0x209F, 0x20C2, 0x20CF, 0x20F1, 0x20FF,
    0x218C, 0x218F, 0x242A, 0x243F, 0x244B, 0x245F, 0x2B74, 0x2B75, 0x2CF4, 0x2CF8, 0x2D26, 0x2D26,
    0x2D28, 0x2D2C, 0x2D2E, 0x2D2F, 0x2D68, 0x2D6E, 0x2D71, 0x2D7E, 0x2D97, 0x2D9F, 0x2DA7, 0x2DA7,
    0x2DAF, 0x2DAF, 0x2DB7, 0x2DB7, 0x2DBF, 0x2DBF, 0x2DC7, 0x2DC7, 0x2DCF, 0x2DCF, 0x2DD7, 0x2DD7,
    0x2DDF, 0x2DDF, 0x2E5E, 0x2E7F, 0x2E9A, 0x2E9A, 0x2EF4, 0x2EFF, 0x2FD6, 0x2FEF, 0x3000, 0x3000,
    0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318F, 0x318F, 0x31E6, 0x31EE,
    0x321F, 0x321F, 0xA48D, 0xA48F, 0xA4C7, 0xA4CF, 0xA62C, 0xA63F, 0xA6F8, 0xA6FF, 0xA7DD, 0xA7F0,
    0xA82D, 0xA82F, 0xA83A, 0xA83F, 0xA878, 0xA87F, 0xA8C6, 0xA8CD, 0xA8DA, 0xA8DF, 0xA954, 0xA95E,
    0xA97D, 0xA97F, 0xA9CE, 0xA9CE, 0xA9DA, 0xA9DD, 0xA9FF, 0xA9FF, 0xAA37, 0xAA3F, 0xAA4E, 0xAA4F,
    0xAA5A, 0xAA5B, 0xAAC3, 0xAADA, 0xAAF7, 0xAB00, 0xAB07, 0xAB08, 0xAB0F, 0xAB10, 0xAB17, 0xAB1F,
    0xAB27, 0xAB27, 0xAB2F, 0xAB2F, 0xAB6C, 0xAB6F, 0xABEE, 0xABEF, 0xABFA, 0xABFF, 0xD7A4, 0xD7AF,
    0xD7C7, 0xD7CA, 0xD7FC, 0xF8FF, 0xFA6E, 0xFA6F, 0xFADA, 0xFAFF, 0xFB07, 0xFB12, 0xFB18, 0xFB1C,
    0xFB37, 0xFB37, 0xFB3D, 0xFB3D, 0xFB3F, 0xFB3F, 0xFB42, 0xFB42, 0xFB45, 0xFB45, 0xFDD0, 0xFDEF,
    0xFE1A, 0xFE1F, 0xFE53, 0xFE53, 0xFE67, 0xFE67, 0xFE6C, 0xFE6F, 0xFE75, 0xFE75, 0xFEFD, 0xFF00,
    0xFFBF, 0xFFC1, 0xFFC8, 0xFFC9, 0xFFD0, 0xFFD1, 0xFFD8, 0xFFD9, 0xFFDD, 0xFFDF, 0xFFE7, 0xFFE7,
    0xFFEF, 0xFFFB, 0xFFFE, 0xFFFF, 0x1000C, 0x1000C, 0x10027, 0x10027, 0x1003B, 0x1003B, 0x1003E,
    0x1003E, 0x1004E, 0x1004F, 0x1005E, 0x1007F, 0x100FB, 0x100FF, 0x10103, 0x10106, 0x10134,
    0x10136, 0x1018F, 0x1018F, 0x1019D, 0x1019F, 0x101A1, 0x101CF, 0x101FE, 0x1027F, 0x1029D,
    0x1029F, 0x102D1, 0x102DF, 0x102FC, 0x102FF, 0x10324, 0x1032C, 0x1034B, 0x1034F, 0x1037B,
    0x1037F, 0x1039E, 0x1039E, 0x103C4, 0x103C7, 0x103D6, 0x103FF, 0x1049E, 0x1049F, 0x104AA,
    0x104AF, 0x104D4, 0x104D7, 0x104FC, 0x104FF, 0x10528, 0x1052F, 0x10564, 0x1056E, 0x1057B,
    0x1057B, 0x1058B, 0x1058B, 0x10593, 0x10593, 0x10596, 0x10596, 0x105A2, 0x105A2, 0x105B2,
    0x105B2, 0x105BA, 0x105BA, 0x105BD, 0x105BF, 0x105F4, 0x105FF, 0x10737, 0x1073F, 0x10756,
    0x1075F, 0x10768, 0x1077F, 0x10786, 0x10786, 0x107B1, 0x107B1, 0x107BB, 0x107FF, 0x10806,
    0x10807, 0x10809, 0x10809, 0x10836, 0x10836, 0x10839, 0x1083B, 0x1083D, 0x1083E, 0x10856,
    0x10856, 0x1089F, 0x108A6, 0x108B0, 0x108DF, 0x108F3, 0x108F3, 0x108F6, 0x108FA, 0x1091C,
    0x1091E, 0x1093A, 0x1093E, 0x1095A, 0x1097F, 0x109B8, 0x109BB, 0x109D0, 0x109D1, 0x10A04,
    0x10A04, 0x10A07, 0x10A0B, 0x10A14, 0x10A14, 0x10A18, 0x10A18, 0x10A36, 0x10A37, 0x10A3B,
    0x10A3E, 0x10A49, 0x10A4F, 0x10A59, 0x10A5F, 0x10AA0, 0x10ABF, 0x10AE7, 0x10AEA, 0x10AF7,
    0x10AFF, 0x10B36, 0x10B38, 0x10B56, 0x10B57, 0x10B73, 0x10B77, 0x10B92, 0x10B98, 0x10B9D,
    0x10BA8, 0x10BB0, 0x10BFF, 0x10C49, 0x10C7F, 0x10CB3, 0x10CBF, 0x10CF3, 0x10CF9, 0x10D28,
    0x10D2F, 0x10D3A, 0x10D3F, 0x10D66, 0x10D68, 0x10D86, 0x10D8D, 0x10D90, 0x10E5F, 0x10E7F,
    0x10E7F, 0x10EAA, 0x10EAA, 0x10EAE, 0x10EAF, 0x10EB2, 0x10EC1, 0x10EC8, 0x10ECF, 0x10ED9,
    0x10EF9, 0x10F28, 0x10F2F, 0x10F5A, 0x10F6F, 0x10F8A, 0x10FAF, 0x10FCC, 0x10FDF, 0x10FF7,
    0x10FFF, 0x1104E, 0x11051, 0x11076, 0x1107E, 0x110BD, 0x110BD, 0x110C3, 0x110CF, 0x110E9,
    0x110EF, 0x110FA, 0x110FF, 0x11135, 0x11135, 0x11148, 0x1114F, 0x11177, 0x1117F, 0x111E0,
    0x111E0, 0x111F5, 0x111FF, 0x11212, 0x11212, 0x11242, 0x1127F, 0x11287, 0x11287, 0x11289,
    0x11289, 0x1128E, 0x1128E, 0x1129E, 0x1129E, 0x112AA, 0x112AF, 0x112EB, 0x112EF, 0x112FA,
    0x112FF, 0x11304, 0x11304, 0x1130D, 0x1130E, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331,
    0x11331, 0x11334, 0x11334, 0x1133A, 0x1133A, 0x11345, 0x11346, 0x11349, 0x1134A, 0x1134E,
    0x1134F, 0x11351, 0x11356, 0x11358, 0x1135C, 0x11364, 0x11365, 0x1136D, 0x1136F, 0x11375,
    0x1137F, 0x1138A, 0x1138A, 0x1138C, 0x1138D, 0x1138F, 0x1138F, 0x113B6, 0x113B6, 0x113C1,
    0x113C1, 0x113C3, 0x113C4, 0x113C6, 0x113C6, 0x113CB, 0x113CB, 0x113D6, 0x113D6, 0x113D9,
    0x113E0, 0x113E3, 0x113FF, 0x1145C, 0x1145C, 0x11462, 0x1147F, 0x114C8, 0x114CF, 0x114DA,
    0x1157F, 0x115B6, 0x115B7, 0x115DE, 0x115FF, 0x11645, 0x1164F, 0x1165A, 0x1165F, 0x1166D,
    0x1167F, 0x116BA, 0x116BF, 0x116CA, 0x116CF, 0x116E4, 0x116FF, 0x1171B, 0x1171C, 0x1172C,
    0x1172F, 0x11747, 0x117FF, 0x1183C, 0x1189F, 0x118F3, 0x118FE, 0x11907, 0x11908, 0x1190A,
    0x1190B, 0x11914, 0x11914, 0x11917, 0x11917, 0x11936, 0x11936, 0x11939, 0x1193A, 0x11947,
    0x1194F, 0x1195A, 0x1199F, 0x119A8, 0x119A9, 0x119D8, 0x119D9, 0x119E5, 0x119FF, 0x11A48,
    0x11A4F, 0x11AA3, 0x11AAF, 0x11AF9, 0x11AFF, 0x11B0A, 0x11B5F, 0x11B68, 0x11BBF, 0x11BE2,
    0x11BEF, 0x11BFA, 0x11BFF, 0x11C09, 0x11C09, 0x11C37, 0x11C37, 0x11C46, 0x11C4F, 0x11C6D,
    0x11C6F, 0x11C90, 0x11C91, 0x11CA8, 0x11CA8, 0x11CB7, 0x11CFF, 0x11D07, 0x11D07, 0x11D0A,
    0x11D0A, 0x11D37, 0x11D39, 0x11D3B, 0x11D3B, 0x11D3E, 0x11D3E, 0x11D48, 0x11D4F, 0x11D5A,
    0x11D5F, 0x11D66, 0x11D66, 0x11D69, 0x11D69, 0x11D8F, 0x11D8F, 0x11D92, 0x11D92, 0x11D99,
    0x11D9F, 0x11DAA, 0x11DAF, 0x11DDC, 0x11DDF, 0x11DEA, 0x11EDF, 0x11EF9, 0x11EFF, 0x11F11,
    0x11F11, 0x11F3B, 0x11F3D, 0x11F5B, 0x11FAF, 0x11FB1, 0x11FBF, 0x11FF2, 0x11FFE, 0x1239A,
    0x123FF, 0x1246F, 0x1246F, 0x12475, 0x1247F, 0x12544, 0x12F8F, 0x12FF3, 0x12FFF, 0x13430,
    0x1343F, 0x13456, 0x1345F, 0x143FB, 0x143FF, 0x14647, 0x160FF, 0x1613A, 0x167FF, 0x16A39,
    0x16A3F, 0x16A5F, 0x16A5F, 0x16A6A, 0x16A6D, 0x16ABF, 0x16ABF, 0x16ACA, 0x16ACF, 0x16AEE,
    0x16AEF, 0x16AF6, 0x16AFF, 0x16B46, 0x16B4F, 0x16B5A, 0x16B5A, 0x16B62, 0x16B62, 0x16B78,
    0x16B7C, 0x16B90, 0x16D3F, 0x16D7A, 0x16E3F, 0x16E9B, 0x16E9F, 0x16EB9, 0x16EBA, 0x16ED4,
    0x16EFF, 0x16F4B, 0x16F4E, 0x16F88, 0x16F8E, 0x16FA0, 0x16FDF, 0x16FE5, 0x16FEF, 0x16FF7,
    0x16FFF, 0x18CD6, 0x18CFE, 0x18D1F, 0x18D7F, 0x18DF3, 0x1AFEF, 0x1AFF4, 0x1AFF4, 0x1AFFC,
    0x1AFFC, 0x1AFFF, 0x1AFFF, 0x1B123, 0x1B131, 0x1B133, 0x1B14F, 0x1B153, 0x1B154, 0x1B156,
    0x1B163, 0x1B168, 0x1B16F, 0x1B2FC, 0x1BBFF, 0x1BC6B, 0x1BC6F, 0x1BC7D, 0x1BC7F, 0x1BC89,
    0x1BC8F, 0x1BC9A, 0x1BC9B, 0x1BCA0, 0x1CBFF, 0x1CCFD, 0x1CCFF, 0x1CEB4, 0x1CEB9, 0x1CED1,
    0x1CEDF, 0x1CEF1, 0x1CEFF, 0x1CF2E, 0x1CF2F, 0x1CF47, 0x1CF4F, 0x1CFC4, 0x1CFFF, 0x1D0F6,
    0x1D0FF, 0x1D127, 0x1D128, 0x1D173, 0x1D17A, 0x1D1EB, 0x1D1FF, 0x1D246, 0x1D2BF, 0x1D2D4,
    0x1D2DF, 0x1D2F4, 0x1D2FF, 0x1D357, 0x1D35F, 0x1D379, 0x1D3FF, 0x1D455, 0x1D455, 0x1D49D,
    0x1D49D, 0x1D4A0, 0x1D4A1, 0x1D4A3, 0x1D4A4, 0x1D4A7, 0x1D4A8, 0x1D4AD, 0x1D4AD, 0x1D4BA,
    0x1D4BA, 0x1D4BC, 0x1D4BC, 0x1D4C4, 0x1D4C4, 0x1D506, 0x1D506, 0x1D50B, 0x1D50C, 0x1D515,
    0x1D515, 0x1D51D, 0x1D51D, 0x1D53A, 0x1D53A, 0x1D53F, 0x1D53F, 0x1D545, 0x1D545, 0x1D547,
    0x1D549, 0x1D551, 0x1D551, 0x1D6A6, 0x1D6A7, 0x1D7CC, 0x1D7CD, 0x1DA8C, 0x1DA9A, 0x1DAA0,
    0x1DAA0, 0x1DAB0, 0x1DEFF, 0x1DF1F, 0x1DF24, 0x1DF2B, 0x1DFFF, 0x1E007, 0x1E007, 0x1E019,
    0x1E01A, 0x1E022, 0x1E022, 0x1E025, 0x1E025, 0x1E02B, 0x1E02F, 0x1E06E, 0x1E08E, 0x1E090,
    0x1E0FF, 0x1E12D, 0x1E12F, 0x1E13E, 0x1E13F, 0x1E14A, 0x1E14D, 0x1E150, 0x1E28F, 0x1E2AF,
    0x1E2BF, 0x1E2FA, 0x1E2FE, 0x1E300, 0x1E4CF, 0x1E4FA, 0x1E5CF, 0x1E5FB, 0x1E5FE, 0x1E600,
    0x1E6BF, 0x1E6DF, 0x1E6DF, 0x1E6F6, 0x1E6FD, 0x1E700, 0x1E7DF, 0x1E7E7, 0x1E7E7, 0x1E7EC,
    0x1E7EC, 0x1E7EF, 0x1E7EF, 0x1E7FF, 0x1E7FF, 0x1E8C5, 0x1E8C6, 0x1E8D7, 0x1E8FF, 0x1E94C,
    0x1E94F, 0x1E95A, 0x1E95D, 0x1E960, 0x1EC70, 0x1ECB5, 0x1ED00, 0x1ED3E, 0x1EDFF, 0x1EE04,
    0x1EE04, 0x1EE20, 0x1EE20, 0x1EE23, 0x1EE23, 0x1EE25, 0x1EE26, 0x1EE28, 0x1EE28, 0x1EE33,
    0x1EE33, 0x1EE38, 0x1EE38, 0x1EE3A, 0x1EE3A, 0x1EE3C, 0x1EE41, 0x1EE43, 0x1EE46, 0x1EE48,
    0x1EE48, 0x1EE4A, 0x1EE4A, 0x1EE4C, 0x1EE4C, 0x1EE50, 0x1EE50, 0x1EE53, 0x1EE53, 0x1EE55,
    0x1EE56, 0x1EE58, 0x1EE58, 0x1EE5A, 0x1EE5A, 0x1EE5C, 0x1EE5C, 0x1EE5E, 0x1EE5E, 0x1EE60,
    0x1EE60, 0x1EE63, 0x1EE63, 0x1EE65, 0x1EE66, 0x1EE6B, 0x1EE6B, 0x1EE73, 0x1EE73, 0x1EE78,
    0x1EE78, 0x1EE7D, 0x1EE7D, 0x1EE7F, 0x1EE7F, 0x1EE8A, 0x1EE8A, 0x1EE9C, 0x1EEA0, 0x1EEA4,
    0x1EEA4, 0x1EEAA, 0x1EEAA, 0x1EEBC, 0x1EEEF, 0x1EEF2, 0x1EFFF, 0x1F02C, 0x1F02F, 0x1F094,
    0x1F09F, 0x1F0AF, 0x1F0B0, 0x1F0C0, 0x1F0C0, 0x1F0D0, 0x1F0D0, 0x1F0F6, 0x1F0FF, 0x1F1AE,
    0x1F1E5, 0x1F203, 0x1F20F, 0x1F23C, 0x1F23F, 0x1F249, 0x1F24F, 0x1F252, 0x1F25F, 0x1F266,
    0x1F2FF, 0x1F6D9, 0x1F6DB, 0x1F6ED, 0x1F6EF, 0x1F6FD, 0x1F6FF, 0x1F7DA, 0x1F7DF, 0x1F7EC,
    0x1F7EF, 0x1F7F1, 0x1F7FF, 0x1F80C, 0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888,
    0x1F88F, 0x1F8AE, 0x1F8AF, 0x1F8BC, 0x1F8BF, 0x1F8C2, 0x1F8CF, 0x1F8D9, 0x1F8FF, 0x1FA58,
    0x1FA5F, 0x1FA6E, 0x1FA6F, 0x1FA7D, 0x1FA7F, 0x1FA8B, 0x1FA8D, 0x1FAC7, 0x1FAC7, 0x1FAC9,
    0x1FACC, 0x1FADD, 0x1FADE, 0x1FAEB, 0x1FAEE, 0x1FAF9, 0x1FAFF, 0x1FB93, 0x1FB93, 0x1FBFB,
    0x1FFFF, 0x2A6E0, 0x2A6FF, 0x2B81E, 0x2B81F, 0x2CEAE, 0x2CEAF, 0x2EBE1, 0x2EBEF, 0x2EE5E,
    0x2F7FF, 0x2FA1E, 0x2FFFF, 0x3134B, 0x3134F, 0x3347A, 0xE00FF, 0xE01F0, 0x10FFFF,
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Any text as an `expect` literal: parsed or refused, never a panic; what parses
    /// matches itself. (fuzz/ has the same as a cargo-fuzz target.)
    #[test]
    fn any_literal_parses_or_is_refused() {
        use proptest::prelude::*;
        // A fixed seed: the same inputs every run, so a failure reproduces.
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            proptest::test_runner::Config {
                cases: 1000,
                ..Default::default()
            },
            proptest::test_runner::TestRng::deterministic_rng(
                proptest::test_runner::RngAlgorithm::ChaCha,
            ),
        );
        let literal = "[\\[\\](){}:,'\" 0-9a-fxjeE.+\\-_NoneTrueFalsinf\\\\]{0,30}";
        runner
            .run(&literal, |text| {
                if let Ok(value) = Value::parse_literal(&text) {
                    let _ = value.repr();
                    if !text.contains("nan") {
                        prop_assert!(value.matches(&value, Tolerance::default()));
                    }
                }
                Ok(())
            })
            .unwrap();
    }

    fn parse(src: &str) -> Value {
        Value::parse_literal(src).unwrap_or_else(|e| panic!("{src:?} failed: {e}"))
    }

    fn parse_err(src: &str) -> LiteralError {
        match Value::parse_literal(src) {
            Ok(v) => panic!("{src:?} parsed as {v:?}"),
            Err(e) => e,
        }
    }

    /// Asserts the error's offset and that its message contains `part`.
    fn assert_err(src: &str, offset: usize, part: &str) {
        let e = parse_err(src);
        assert!(e.message.contains(part), "{src:?}: {e}");
        assert_eq!(e.offset, offset, "{src:?}: {e}");
    }

    fn int(s: &str) -> Value {
        Value::Int(s.to_string())
    }

    fn st(s: &str) -> Value {
        Value::Str(s.to_string())
    }

    fn float(f: f64) -> Value {
        Value::Float(f)
    }

    const NO_TOL: Tolerance = Tolerance {
        abs: None,
        rel: None,
    };

    fn abs(a: f64) -> Tolerance {
        Tolerance {
            abs: Some(a),
            rel: None,
        }
    }

    fn rel(r: f64) -> Tolerance {
        Tolerance {
            abs: None,
            rel: Some(r),
        }
    }

    fn matches(expected: &str, got: &str, tol: Tolerance) -> bool {
        parse(expected).matches(&parse(got), tol)
    }

    fn tagged(j: serde_json::Value) -> Value {
        Value::from_tagged_json(&j).unwrap_or_else(|e| panic!("{j} failed: {e}"))
    }

    fn tagged_err(j: serde_json::Value) -> String {
        match Value::from_tagged_json(&j) {
            Ok(v) => panic!("{j} decoded as {v:?}"),
            Err(e) => e,
        }
    }

    // ----- parse_literal: constants and numbers

    #[test]
    fn parses_constants() {
        assert_eq!(parse("None"), Value::None);
        assert_eq!(parse("True"), Value::Bool(true));
        assert_eq!(parse(" \t False \n"), Value::Bool(false));
    }

    #[test]
    fn parses_decimal_ints() {
        for (src, want) in [
            ("0", "0"),
            ("00", "0"),
            ("0_0", "0"),
            ("-0", "0"),
            ("7", "7"),
            ("+5", "5"),
            ("- 7", "-7"),
            ("-(12)", "-12"),
            ("- ( ( 3 ) )", "-3"),
            ("1_000_000", "1000000"),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567890",
            ),
            (
                "-123456789012345678901234567890",
                "-123456789012345678901234567890",
            ),
        ] {
            assert_eq!(parse(src), int(want), "{src}");
        }
    }

    #[test]
    fn parses_prefixed_ints_of_any_size() {
        for (src, want) in [
            ("0xff", "255"),
            ("0XFF", "255"),
            ("0x_ff", "255"),
            ("0o17", "15"),
            ("0O7_7", "63"),
            ("0b1010", "10"),
            ("-0x10", "-16"),
            ("0x0", "0"),
            ("0b0_0", "0"),
            // Checked against Python's int().
            (
                "0xffffffffffffffffffffffffffffffffffffffff",
                "1461501637330902918203684832716283019655932542975",
            ),
            (
                "0o777777777777777777777777777777",
                "1237940039285380274899124223",
            ),
            (
                "0b11111111111111111111111111111111111111111111111111111111111111111111111111\
                 11111111111111111111111111111111111111111111111111111111111111",
                "87112285931760246646623899502532662132735",
            ),
        ] {
            assert_eq!(parse(src), int(want), "{src}");
        }
    }

    #[test]
    fn parses_floats() {
        for (src, want) in [
            ("1.5", 1.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e-3", 0.001),
            ("1E3", 1000.0),
            ("1.e5", 100000.0),
            ("1_000.5", 1000.5),
            ("1e1_0", 1e10),
            ("0123.5", 123.5),
            ("00.0", 0.0),
            ("-2.5e-3", -0.0025),
            ("+1.5", 1.5),
            ("- (2.0)", -2.0),
            ("1.7976931348623157e308", f64::MAX),
            ("5e-324", 5e-324),
            ("0.1", 0.1),
        ] {
            assert_eq!(parse(src), float(want), "{src}");
        }
        // Python's float literals overflow to inf, as here.
        assert_eq!(parse("1e400"), float(f64::INFINITY));
        assert_eq!(parse("-1e400"), float(f64::NEG_INFINITY));
        let Value::Float(z) = parse("-0.0") else {
            panic!()
        };
        assert!(z == 0.0 && z.is_sign_negative());
    }

    #[test]
    fn rejects_bad_numbers_with_offsets() {
        assert_err("0123", 0, "leading zeros");
        assert_err("1__0", 2, "invalid decimal literal");
        assert_err("1_", 2, "invalid decimal literal");
        assert_err("1._5", 2, "invalid decimal literal");
        assert_err("1abc", 1, "invalid decimal literal");
        assert_err("1e", 1, "invalid decimal literal");
        assert_err("1.5e+", 3, "invalid decimal literal");
        assert_err("1j", 0, "complex numbers are not supported");
        assert_err("[1.5J]", 1, "complex numbers are not supported");
        assert_err("0x", 2, "invalid hexadecimal literal");
        assert_err("0xfg", 3, "invalid hexadecimal literal");
        assert_err("0x__1", 3, "invalid hexadecimal literal");
        assert_err("0b102", 4, "invalid digit '2' in binary literal");
        assert_err("0o8", 2, "invalid digit '8' in octal literal");
        assert_err("--1", 1, "expected a number after '-' but found '-'");
        assert_err("-True", 1, "expected a number after '-' but found 'T'");
        assert_err("+'a'", 1, "expected a number after '+'");
        assert_err("-(1", 3, "expected ')' but found end of input");
        assert_err("-(-1)", 2, "expected a number after '-'");
        assert_err("1 + 2", 2, "expected ',' or end of input but found '+'");
    }

    // ----- parse_literal: strings and bytes

    #[test]
    fn parses_quotes_and_prefixes() {
        assert_eq!(parse("'a'"), st("a"));
        assert_eq!(parse("\"a\""), st("a"));
        assert_eq!(parse("''"), st(""));
        assert_eq!(parse("''''''"), st(""));
        assert_eq!(parse("'''it's \"x\"'''"), st("it's \"x\""));
        assert_eq!(parse("\"\"\"a\nb\"\"\""), st("a\nb"));
        assert_eq!(parse("'''a''b'''"), st("a''b"));
        assert_eq!(parse("u'x'"), st("x"));
        assert_eq!(parse("U'x'"), st("x"));
        assert_eq!(parse("r'\\n'"), st("\\n"));
        assert_eq!(parse("R'\\''"), st("\\'"));
        assert_eq!(parse("r'a\\\nb'"), st("a\\\nb"));
        assert_eq!(parse("b'ab'"), Value::Bytes(b"ab".to_vec()));
        assert_eq!(parse("B\"ab\""), Value::Bytes(b"ab".to_vec()));
        assert_eq!(parse("rb'\\n'"), Value::Bytes(b"\\n".to_vec()));
        assert_eq!(parse("bR'\\x00'"), Value::Bytes(b"\\x00".to_vec()));
    }

    #[test]
    fn parses_escapes() {
        assert_eq!(parse(r#"'\n\t\r\\\'\"'"#), st("\n\t\r\\'\""));
        assert_eq!(parse(r"'\a\b\f\v'"), st("\x07\x08\x0c\x0b"));
        assert_eq!(parse(r"'\x41\xe9\u00e9\u4e2d\U0001F600'"), st("Aéé中😀"));
        assert_eq!(parse(r"'\0\101\7\777'"), st("\0A\x07\u{1ff}"));
        assert_eq!(parse(r"'\1234'"), st("S4"));
        // Unknown escapes stay as written, as in Python.
        assert_eq!(parse(r"'\d\8\e'"), st("\\d\\8\\e"));
        // Backslash-newline continues the literal without a newline.
        assert_eq!(parse("'a\\\nb'"), st("ab"));
        assert_eq!(parse("'a\\\r\nb'"), st("ab"));
        // Any line ending inside triple quotes reads as "\n".
        assert_eq!(parse("'''a\r\nb\rc'''"), st("a\nb\nc"));
        assert_eq!(
            parse(r"b'\x00\xff\n\101\377'"),
            Value::Bytes(vec![0, 255, 10, 65, 255])
        );
        // \u, \U and \N are not escapes in bytes.
        assert_eq!(parse(r"b'\u1234\N'"), Value::Bytes(b"\\u1234\\N".to_vec()));
    }

    #[test]
    fn concatenates_adjacent_literals() {
        assert_eq!(parse("'a' \"b\" '''c'''"), st("abc"));
        assert_eq!(parse("('a'\n  # comment\n  r'\\b')"), st("a\\b"));
        assert_eq!(parse("'a''b'"), st("ab"));
        assert_eq!(parse("b'a' B'b'"), Value::Bytes(b"ab".to_vec()));
        assert_eq!(
            parse("['x' 'y', 'z']"),
            Value::List(vec![st("xy"), st("z")])
        );
    }

    #[test]
    fn rejects_bad_strings_with_offsets() {
        assert_err("'abc", 0, "unterminated string literal");
        assert_err("x = 'a'", 0, "expected a literal but found name 'x'");
        assert_err("[1, 'a\nb']", 4, "unterminated string literal");
        assert_err("'''abc''", 0, "unterminated triple-quoted string literal");
        assert_err("r'\\'", 0, "unterminated string literal");
        assert_err(r"'\x4'", 1, "truncated \\xXX escape");
        assert_err(r"'ab\u12'", 3, "truncated \\uXXXX escape");
        assert_err(r"'\U0000123'", 1, "truncated \\UXXXXXXXX escape");
        assert_err(r"'\U00110000'", 1, "illegal Unicode character");
        assert_err(r"'\ud800'", 1, "surrogate");
        assert_err(r"'\N{EM DASH}'", 1, "\\N{...} escapes are not supported");
        assert_err(r"b'\400'", 2, "above \\377");
        assert_err("b'é'", 2, "bytes can only contain ASCII");
        assert_err("rb'\\é'", 4, "bytes can only contain ASCII");
        assert_err("'a' b'b'", 4, "cannot mix bytes and str");
        assert_err("f'x'", 0, "f-strings are not literals");
        assert_err("'a' rf'x'", 4, "f-strings are not literals");
        assert_err("ur'x'", 0, "invalid string prefix 'ur'");
        assert_err("bb'x'", 0, "invalid string prefix 'bb'");
    }

    // ----- parse_literal: containers

    #[test]
    fn parses_lists_and_tuples() {
        assert_eq!(parse("[]"), Value::List(vec![]));
        assert_eq!(parse("[ 1 ]"), Value::List(vec![int("1")]));
        assert_eq!(parse("[1, 2,]"), Value::List(vec![int("1"), int("2")]));
        assert_eq!(parse("()"), Value::Tuple(vec![]));
        assert_eq!(parse("( )"), Value::Tuple(vec![]));
        assert_eq!(parse("(1)"), int("1"));
        assert_eq!(parse("((1))"), int("1"));
        assert_eq!(parse("(1,)"), Value::Tuple(vec![int("1")]));
        assert_eq!(parse("(1, 'a')"), Value::Tuple(vec![int("1"), st("a")]));
        assert_eq!(parse("((1, 2))"), Value::Tuple(vec![int("1"), int("2")]));
        assert_eq!(parse("1, 2"), Value::Tuple(vec![int("1"), int("2")]));
        assert_eq!(parse("1,"), Value::Tuple(vec![int("1")]));
        assert_eq!(
            parse(" 'a' , [] , "),
            Value::Tuple(vec![st("a"), Value::List(vec![])])
        );
    }

    #[test]
    fn parses_sets_and_dicts() {
        assert_eq!(parse("{}"), Value::Dict(vec![]));
        assert_eq!(parse("set()"), Value::Set(vec![]));
        assert_eq!(parse("set ( )"), Value::Set(vec![]));
        assert_eq!(parse("{1, 2}"), Value::Set(vec![int("1"), int("2")]));
        assert_eq!(parse("{1,}"), Value::Set(vec![int("1")]));
        assert_eq!(
            parse("{'a': 1, 'b': [2, 3],}"),
            Value::Dict(vec![
                (st("a"), int("1")),
                (st("b"), Value::List(vec![int("2"), int("3")])),
            ])
        );
        assert_eq!(
            parse("{(1, 'x'): None, 2.5: {}}"),
            Value::Dict(vec![
                (Value::Tuple(vec![int("1"), st("x")]), Value::None),
                (float(2.5), Value::Dict(vec![])),
            ])
        );
    }

    #[test]
    fn drops_duplicates_as_python_does() {
        // Python: {1, True, 1.0, 2} == {1, 2}, keeping the first of equal items.
        assert_eq!(
            parse("{1, True, 1.0, 2, 2}"),
            Value::Set(vec![int("1"), int("2")])
        );
        assert_eq!(parse("{True, 1}"), Value::Set(vec![Value::Bool(true)]));
        assert_eq!(
            parse("{0.5, 0.5, (1, 2), (1.0, 2)}").repr(),
            "{0.5, (1, 2)}"
        );
        assert_eq!(parse("{'a', b'a'}").repr(), "{'a', b'a'}");
        assert_eq!(
            parse("{10**0}".replace("10**0", "100000000000000000000").as_str()).repr(),
            "{100000000000000000000}"
        );
        assert_eq!(
            parse("{100000000000000000000, 1e20}").repr(),
            "{100000000000000000000}"
        );
        assert_eq!(parse("{-0.0, 0}").repr(), "{-0.0}");
        // A repeated key keeps its first place and takes the last value.
        assert_eq!(
            parse("{1: 'a', 'k': 0, True: 'b', 1.0: 'c'}"),
            Value::Dict(vec![(int("1"), st("c")), (st("k"), int("0"))])
        );
    }

    #[test]
    fn parses_nested_multiline_literals() {
        let src = "\n[\n    (1, 2),  # a pair\n    {'x': {3}},\n    [],\n    \\\n    -4.5,\n]\n";
        assert_eq!(
            parse(src),
            Value::List(vec![
                Value::Tuple(vec![int("1"), int("2")]),
                Value::Dict(vec![(st("x"), Value::Set(vec![int("3")]))]),
                Value::List(vec![]),
                float(-4.5),
            ])
        );
    }

    #[test]
    fn rejects_bad_containers_with_offsets() {
        assert_err("[1 x]", 3, "expected ',' or ']' but found 'x'");
        assert_err("[1 2]", 3, "expected ',' or ']' but found '2'");
        assert_err("[1,", 3, "expected a literal but found end of input");
        assert_err("[1, x]", 4, "expected a literal but found name 'x'");
        assert_err("[,]", 1, "expected a literal but found ','");
        assert_err("[1,,]", 3, "expected a literal but found ','");
        assert_err("(1 2)", 3, "expected ',' or ')' but found '2'");
        assert_err("(,)", 1, "expected a literal but found ','");
        assert_err("{1 2}", 3, "expected ':', ',' or '}' but found '2'");
        assert_err("{1: 2, 3}", 8, "expected ':' but found '}'");
        assert_err("{1: 2 3}", 6, "expected ',' or '}' but found '3'");
        assert_err("{1, 2: 3}", 5, "expected ',' or '}' but found ':'");
        assert_err("{[1]: 2}", 1, "unhashable type: 'list'");
        assert_err("{1, {2}}", 4, "unhashable type: 'set'");
        assert_err("{(1, [2]): 0}", 1, "unhashable type: 'tuple'");
        assert_err("{'a': 1, {}: 2}", 9, "unhashable type: 'dict'");
        assert_err("1 2", 2, "expected ',' or end of input but found '2'");
        assert_err("1, 2 3", 5, "expected ',' or end of input but found '3'");
        assert_err("", 0, "expected a literal but found end of input");
        assert_err("  \n ", 4, "expected a literal but found end of input");
        assert_err("]", 0, "expected a literal but found ']'");
        assert_err(
            "float('inf')",
            0,
            "name 'float' (calls other than set() are not literals)",
        );
        assert_err("inf", 0, "name 'inf'");
        assert_err("set([1])", 4, "only an empty set() is a literal");
        assert_err("frozenset()", 0, "name 'frozenset'");
        assert_err("{**a}", 1, "expected a literal but found '*'");
        assert_err("[1]]", 3, "expected ',' or end of input but found ']'");
        assert_err("[1, 'a\u{e9}' x]", 9, "found 'x'");
    }

    #[test]
    fn error_display_names_what_and_where() {
        let e = parse_err("[1 x]");
        assert_eq!(
            e.to_string(),
            "expected ',' or ']' but found 'x' (at character 3)"
        );
        assert_eq!(
            parse_err("[1,\n").to_string(),
            "expected a literal but found end of input (at character 4)"
        );
        // Offsets count characters, not bytes.
        assert_eq!(parse_err("'é€😀' ?").offset, 6);
    }

    #[test]
    fn limits_nesting_depth() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert_eq!(parse(&deep(MAX_DEPTH)).repr(), deep(MAX_DEPTH));
        assert_err(
            &deep(MAX_DEPTH + 1),
            MAX_DEPTH,
            "nesting deeper than 200 levels",
        );
        // Hostile input fails cleanly instead of overflowing the stack.
        assert!(
            parse_err(&"(".repeat(1_000_000))
                .message
                .contains("nesting")
        );
        assert!(
            parse_err(&"{1: ".repeat(100_000))
                .message
                .contains("nesting")
        );
        assert!(parse_err(&"[(".repeat(100_000)).message.contains("nesting"));
        assert!(
            parse_err(&format!("-{}1", "(".repeat(100_000)))
                .message
                .contains("nesting")
        );
        let mixed = format!("{}1{}", "[{0: (".repeat(66), ")}]".repeat(66));
        assert!(Value::parse_literal(&mixed).is_ok());
        let mixed = format!("{}1{}", "[{0: (".repeat(67), ")}]".repeat(67));
        assert_eq!(parse_err(&mixed).offset, 6 * 66 + 5);
    }

    // ----- repr

    #[test]
    fn repr_floats_as_cpython() {
        // Each expected text is what CPython 3.11 prints for the same float.
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.000123, "0.000123"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e15, "1000000000000000.0"),
            (1e15 + 0.3, "1000000000000000.2"),
            (100.0, "100.0"),
            (-1.5, "-1.5"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.5e300, "1.5e+300"),
            (1e100, "1e+100"),
            (1e22, "1e+22"),
            (1e21, "1e+21"),
            (1.5e-7, "1.5e-07"),
            (-1e-100, "-1e-100"),
            (5e-324, "5e-324"),
            (2.5e-310, "2.5e-310"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (9007199254740992.0, "9007199254740992.0"),
            (9007199254740994.0, "9007199254740994.0"),
            (2.71, "2.71"),
            (123.456, "123.456"),
            (4.35, "4.35"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            // Exact ties between two shortest candidates: CPython picks the even digit.
            (f64::from_bits(0x4308aa57b718df92), "867836643974130.2"),
            (f64::from_bits(0xc2db72b3f4fa9a08), "-120717837593192.12"),
            (f64::from_bits(0x4233152b2f981400), "81959530392.07812"),
        ];
        for &(f, want) in cases {
            assert_eq!(float(f).repr(), want, "{f:e}");
        }
    }

    #[test]
    fn repr_strings_as_cpython() {
        // Each expected text is what CPython prints.
        let cases: &[(&str, &str)] = &[
            ("it's", r#""it's""#),
            ("say \"hi\"", r#"'say "hi"'"#),
            ("both ' and \"", r#"'both \' and "'"#),
            ("'", r#""'""#),
            ("\"", r#"'"'"#),
            ("\\'", r#""\\'""#),
            ("", "''"),
            ("a\nb\tc\rd", r"'a\nb\tc\rd'"),
            ("\0\x1f\x7f", r"'\x00\x1f\x7f'"),
            ("back\\slash", r"'back\\slash'"),
            ("é中😀", "'é中😀'"),
            ("ÿĀ", "'ÿĀ'"),
            ("\u{a0}\u{ad}", r"'\xa0\xad'"),
            ("\u{80}\u{9f}", r"'\x80\x9f'"),
            ("\u{200b}\u{2028}\u{feff}", r"'\u200b\u2028\ufeff'"),
            ("\u{e000}", r"'\ue000'"),
            ("\u{378}", r"'\u0378'"),
            ("\u{f0000}", r"'\U000f0000'"),
            ("\u{10ffff}", r"'\U0010ffff'"),
            // Assigned in Unicode 15 (shaking face): printed by CPython 3.15, escaped by 3.11.
            ("\u{1fae8}", "'\u{1fae8}'"),
        ];
        for &(s, want) in cases {
            assert_eq!(st(s).repr(), want, "{s:?}");
        }
    }

    #[test]
    fn repr_bytes_as_cpython() {
        let cases: &[(&[u8], &str)] = &[
            (b"it's", r#"b"it's""#),
            (b"say \"hi\"", r#"b'say "hi"'"#),
            (b"' and \"", r#"b'\' and "'"#),
            (b"\x00\xff\x7f\n\t\r", r"b'\x00\xff\x7f\n\t\r'"),
            (b"\\", r"b'\\'"),
            (b"", "b''"),
            (b"abc", "b'abc'"),
        ];
        for &(b, want) in cases {
            assert_eq!(Value::Bytes(b.to_vec()).repr(), want);
        }
    }

    #[test]
    fn repr_containers_as_cpython() {
        assert_eq!(Value::None.repr(), "None");
        assert_eq!(Value::Bool(true).repr(), "True");
        assert_eq!(Value::Bool(false).repr(), "False");
        assert_eq!(int("-12").repr(), "-12");
        assert_eq!(Value::List(vec![]).repr(), "[]");
        assert_eq!(Value::Tuple(vec![]).repr(), "()");
        assert_eq!(Value::Tuple(vec![int("1")]).repr(), "(1,)");
        assert_eq!(Value::Tuple(vec![int("1"), int("2")]).repr(), "(1, 2)");
        assert_eq!(Value::Set(vec![]).repr(), "set()");
        assert_eq!(Value::Set(vec![int("1"), int("2")]).repr(), "{1, 2}");
        assert_eq!(Value::Dict(vec![]).repr(), "{}");
        assert_eq!(Value::Dict(vec![(st("a"), int("1"))]).repr(), "{'a': 1}");
        let other = Value::Other {
            type_name: "Point".into(),
            repr: "Point(1, 2)".into(),
        };
        assert_eq!(other.repr(), "Point(1, 2)");
        // What CPython prints for the same value.
        let src = "({1: [2.5, (3,)], 'k': {b'x'}}, (), (None,), set(), [True, False])";
        assert_eq!(parse(src).repr(), src);
    }

    #[test]
    fn repr_round_trips_through_parse_literal() {
        let values = vec![
            Value::None,
            Value::Bool(true),
            int("0"),
            int("-98765432109876543210987654321"),
            float(0.1),
            float(-0.0),
            float(1e16),
            float(1e-5),
            float(5e-324),
            float(f64::MAX),
            float(123456789012345.0),
            st(""),
            st("it's \"quoted\" \\ \n\t\r\0\x7f é 中 😀 \u{a0}\u{200b}\u{10ffff}"),
            Value::Bytes((0..=255).collect()),
            Value::List(vec![int("1"), Value::List(vec![])]),
            Value::Tuple(vec![]),
            Value::Tuple(vec![st("one")]),
            Value::Set(vec![]),
            Value::Set(vec![int("3"), st("x"), Value::Tuple(vec![float(2.5)])]),
            Value::Dict(vec![]),
            Value::Dict(vec![
                (st("k"), Value::List(vec![float(1.5), Value::None])),
                (
                    int("2"),
                    Value::Dict(vec![(Value::Bool(false), Value::Set(vec![]))]),
                ),
                (
                    Value::Tuple(vec![int("1"), st("a")]),
                    Value::Bytes(b"'\"".to_vec()),
                ),
            ]),
        ];
        for v in values {
            let text = v.repr();
            assert_eq!(Value::parse_literal(&text), Ok(v.clone()), "{text}");
        }
        let Value::Float(z) = parse(&float(-0.0).repr()) else {
            panic!()
        };
        assert!(z.is_sign_negative());
    }

    // ----- matches

    #[test]
    fn matches_exact_scalars() {
        assert!(matches("None", "None", NO_TOL));
        assert!(matches("True", "True", NO_TOL));
        assert!(!matches("True", "False", NO_TOL));
        assert!(matches(
            "12345678901234567890",
            "12345678901234567890",
            NO_TOL
        ));
        assert!(!matches(
            "12345678901234567890",
            "12345678901234567891",
            NO_TOL
        ));
        // Ints are exact even when a tolerance is given.
        assert!(!matches("100", "101", abs(5.0)));
        assert!(matches("'a'", "'a'", NO_TOL));
        assert!(!matches("'a'", "'A'", NO_TOL));
        assert!(!matches("'1'", "1", NO_TOL));
        assert!(matches("b'a'", "b'a'", NO_TOL));
        assert!(!matches("b'a'", "'a'", NO_TOL));
        assert!(!matches("None", "0", NO_TOL));
        assert!(!matches("None", "'None'", NO_TOL));
    }

    #[test]
    fn bool_never_matches_numbers() {
        assert!(!matches("True", "1", NO_TOL));
        assert!(!matches("1", "True", NO_TOL));
        assert!(!matches("False", "0.0", NO_TOL));
        assert!(!matches("0.0", "False", abs(1.0)));
        assert!(!matches("[1]", "[True]", NO_TOL));
    }

    #[test]
    fn float_tolerance_rules() {
        // Default: relative 1e-9 of the expected value.
        assert!(matches("0.3", &float(0.1 + 0.2).repr(), NO_TOL));
        assert!(matches("1000.0", "1000.0000009", NO_TOL));
        assert!(!matches("1000.0", "1000.000002", NO_TOL));
        assert!(!matches("0.0", "1e-20", NO_TOL));
        assert!(matches("0.0", "-0.0", NO_TOL));
        // Absolute only.
        assert!(matches("1.0", "1.05", abs(0.1)));
        assert!(!matches("1.0", "1.2", abs(0.1)));
        assert!(matches("0.0", "1e-20", abs(1e-12)));
        assert!(!matches("1e6", "1000000.5", abs(0.1)));
        // Relative only, relative to the expected value.
        assert!(matches("100.0", "104.0", rel(0.05)));
        assert!(!matches("100.0", "106.0", rel(0.05)));
        assert!(!matches("0.0", "1e-300", rel(0.5)));
        // Either given tolerance is enough.
        let both = Tolerance {
            abs: Some(0.5),
            rel: Some(0.01),
        };
        assert!(matches("1000.0", "1009.0", both));
        assert!(matches("1.0", "1.4", both));
        assert!(!matches("1.0", "1.6", both));
        // The exact value always matches, even with zero tolerance.
        assert!(matches("2.5", "2.5", abs(0.0)));
    }

    #[test]
    fn nan_and_inf_rules() {
        let nan = float(f64::NAN);
        let inf = float(f64::INFINITY);
        let ninf = float(f64::NEG_INFINITY);
        let loose = abs(f64::INFINITY);
        assert!(!nan.matches(&nan, NO_TOL));
        assert!(!nan.matches(&nan, loose));
        assert!(!float(1.0).matches(&nan, loose));
        assert!(!nan.matches(&float(1.0), loose));
        assert!(inf.matches(&inf, NO_TOL));
        assert!(ninf.matches(&ninf, NO_TOL));
        assert!(!inf.matches(&ninf, loose));
        assert!(!inf.matches(&float(f64::MAX), loose));
        assert!(!float(f64::MAX).matches(&inf, loose));
        assert!(!Value::List(vec![nan.clone()]).matches(&Value::List(vec![nan]), NO_TOL));
    }

    #[test]
    fn int_and_float_compare_numerically() {
        assert!(matches("2", "2.0", NO_TOL));
        assert!(matches("2.0", "2", NO_TOL));
        assert!(matches("212.0", "212", NO_TOL));
        assert!(matches("1", "1.0000000001", NO_TOL));
        assert!(!matches("1", "1.1", NO_TOL));
        assert!(matches("1", "1.1", abs(0.2)));
        assert!(matches("10.0", "11", rel(0.1)));
        // Big ints go through f64.
        assert!(matches("1e30", "1000000000000000000000000000000", NO_TOL));
        assert!(matches(
            "123456789012345678901234567890",
            "1.2345678901234568e+29",
            NO_TOL
        ));
        // An int beyond f64 never equals a float, not even inf.
        let huge = "9".repeat(400);
        assert!(!float(f64::INFINITY).matches(&int(&huge), NO_TOL));
        assert!(!int(&huge).matches(&float(f64::MAX), abs(f64::INFINITY)));
    }

    #[test]
    fn sequences_match_by_kind_length_and_items() {
        assert!(matches("[1, 2.0, 'a']", "[1, 2, 'a']", NO_TOL));
        assert!(!matches("[1, 2]", "(1, 2)", NO_TOL));
        assert!(!matches("(1, 2)", "[1, 2]", NO_TOL));
        assert!(!matches("[1, 2]", "[1, 2, 3]", NO_TOL));
        assert!(!matches("[1, 2]", "[2, 1]", NO_TOL));
        assert!(matches("()", "()", NO_TOL));
        assert!(!matches("[]", "()", NO_TOL));
        assert!(!matches("[]", "set()", NO_TOL));
        assert!(!matches("{}", "set()", NO_TOL));
    }

    #[test]
    fn sets_match_in_any_order() {
        assert!(matches("{1, 2, 3}", "{3, 1, 2}", NO_TOL));
        assert!(matches("{1, 'a', (2, 3)}", "{(2, 3), 'a', 1}", NO_TOL));
        assert!(!matches("{1, 2}", "{1, 2, 3}", NO_TOL));
        assert!(!matches("{1, 2}", "{1, 3}", NO_TOL));
        assert!(matches("{1, 2}", "{2.0, 1.0}", NO_TOL));
        assert!(!matches("{1, 2}", "{True, 2}", NO_TOL));
        assert!(matches("{0.1, 0.2}", "{0.2000001, 0.1000001}", abs(1e-3)));
        assert!(matches("set()", "set()", NO_TOL));
        // Each expected item needs its own got item: 1.0 and 1.05 both lie within the
        // tolerance of 1.02, but 5.0 matches neither.
        assert!(!matches("{1.0, 1.05}", "{1.02, 5.0}", abs(0.1)));
        // A greedy pairing would take 1.08 for 1.0 and leave 1.15 unmatched.
        assert!(matches("{1.0, 1.1}", "{1.08, 1.15}", abs(0.1)));
        assert!(matches("{1.1, 1.0}", "{1.15, 1.08}", abs(0.1)));
        let other = Value::Other {
            type_name: "P".into(),
            repr: "P()".into(),
        };
        let set = Value::Set(vec![other.clone()]);
        assert!(!set.matches(&set.clone(), NO_TOL));
    }

    #[test]
    fn big_sets_match_quickly() {
        let items: Vec<Value> = (0..50_000).map(|i| int(&i.to_string())).collect();
        let mut reversed = items.clone();
        reversed.reverse();
        let (expected, got) = (Value::Set(items), Value::Set(reversed));
        assert!(expected.matches(&got, NO_TOL));
        let Value::Set(mut changed) = got else {
            unreachable!()
        };
        changed[0] = int("-1");
        assert!(!expected.matches(&Value::Set(changed), NO_TOL));
        let floats: Vec<Value> = (0..1_000).map(|i| float(f64::from(i) / 7.0)).collect();
        let mut shuffled = floats.clone();
        shuffled.rotate_left(333);
        assert!(Value::Set(floats).matches(&Value::Set(shuffled), NO_TOL));
    }

    #[test]
    fn dicts_match_by_key_in_any_order() {
        assert!(matches("{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}", NO_TOL));
        assert!(!matches("{'a': 1, 'b': 2}", "{'a': 1, 'b': 3}", NO_TOL));
        assert!(!matches("{'a': 1}", "{'a': 1, 'b': 2}", NO_TOL));
        assert!(!matches("{'a': 1, 'b': 2}", "{'a': 1, 'c': 2}", NO_TOL));
        assert!(matches("{}", "{}", NO_TOL));
        // Tolerance applies to values, never to keys.
        assert!(matches("{'x': 1.0}", "{'x': 1.05}", abs(0.1)));
        assert!(!matches("{1.0: 'x'}", "{1.05: 'x'}", abs(0.1)));
        assert!(matches("{1: 'x'}", "{1.0: 'x'}", NO_TOL));
        assert!(!matches("{1: 'x'}", "{True: 'x'}", NO_TOL));
        assert!(matches(
            "{(1, 2): [0.5]}",
            "{(1, 2): [0.5000000000001]}",
            NO_TOL
        ));
    }

    #[test]
    fn tolerance_applies_inside_nested_values() {
        let tol = abs(0.01);
        assert!(matches(
            "[(1.0, {'k': [2.0]}), {3.0}]",
            "[(1.001, {'k': [1.999]}), {3.005}]",
            tol
        ));
        assert!(!matches(
            "[(1.0, {'k': [2.0]}), {3.0}]",
            "[(1.001, {'k': [1.9]}), {3.005}]",
            tol
        ));
        assert!(!matches(
            "[(1.0, {'k': [2.0]}), {3.0}]",
            "[(1.001, {'k': [2.0]}), {3.5}]",
            tol
        ));
        assert!(matches(
            "{'avg': 2.5, 'n': 4}",
            "{'n': 4, 'avg': 2.5000001}",
            rel(1e-6)
        ));
    }

    #[test]
    fn other_never_matches() {
        let a = Value::Other {
            type_name: "Point".into(),
            repr: "Point(1, 2)".into(),
        };
        assert!(!a.matches(&a.clone(), NO_TOL));
        assert!(!st("Point(1, 2)").matches(&a, NO_TOL));
        assert!(!a.matches(&st("Point(1, 2)"), NO_TOL));
    }

    #[test]
    fn type_names() {
        let cases = [
            ("None", "NoneType"),
            ("True", "bool"),
            ("1", "int"),
            ("1.0", "float"),
            ("'a'", "str"),
            ("b'a'", "bytes"),
            ("[]", "list"),
            ("()", "tuple"),
            ("set()", "set"),
            ("{}", "dict"),
        ];
        for (src, want) in cases {
            assert_eq!(parse(src).type_name(), want);
        }
        let other = Value::Other {
            type_name: "Point".into(),
            repr: "Point()".into(),
        };
        assert_eq!(other.type_name(), "Point");
    }

    // ----- from_tagged_json

    #[test]
    fn decodes_every_tag() {
        assert_eq!(tagged(json!({"t": "none"})), Value::None);
        assert_eq!(tagged(json!({"t": "bool", "v": true})), Value::Bool(true));
        assert_eq!(tagged(json!({"t": "int", "v": "-123"})), int("-123"));
        assert_eq!(tagged(json!({"t": "int", "v": "-0"})), int("0"));
        assert_eq!(tagged(json!({"t": "int", "v": "007"})), int("7"));
        assert_eq!(tagged(json!({"t": "float", "v": "1.5"})), float(1.5));
        assert_eq!(tagged(json!({"t": "float", "v": "1e+16"})), float(1e16));
        assert_eq!(
            tagged(json!({"t": "float", "v": "-inf"})),
            float(f64::NEG_INFINITY)
        );
        assert_eq!(
            tagged(json!({"t": "float", "v": "inf"})),
            float(f64::INFINITY)
        );
        let Value::Float(nan) = tagged(json!({"t": "float", "v": "nan"})) else {
            panic!()
        };
        assert!(nan.is_nan());
        assert_eq!(tagged(json!({"t": "str", "v": "é\n"})), st("é\n"));
        assert_eq!(
            tagged(json!({"t": "bytes", "v": "00ff41"})),
            Value::Bytes(vec![0, 255, 65])
        );
        assert_eq!(tagged(json!({"t": "bytes", "v": ""})), Value::Bytes(vec![]));
        let one = json!({"t": "int", "v": "1"});
        assert_eq!(
            tagged(json!({"t": "list", "v": [one]})),
            Value::List(vec![int("1")])
        );
        assert_eq!(tagged(json!({"t": "tuple", "v": []})), Value::Tuple(vec![]));
        assert_eq!(
            tagged(json!({"t": "set", "v": [one]})),
            Value::Set(vec![int("1")])
        );
        assert_eq!(
            tagged(json!({"t": "frozenset", "v": [one]})),
            Value::Set(vec![int("1")])
        );
        assert_eq!(
            tagged(json!({"t": "dict", "v": [[{"t": "str", "v": "a"}, one]]})),
            Value::Dict(vec![(st("a"), int("1"))])
        );
        assert_eq!(
            tagged(json!({"t": "other", "type": "Point", "repr": "Point(1, 2)"})),
            Value::Other {
                type_name: "Point".into(),
                repr: "Point(1, 2)".into()
            }
        );
        let nested = json!({"t": "list", "v": [
            {"t": "tuple", "v": [{"t": "float", "v": "0.5"}, {"t": "none"}]},
            {"t": "dict", "v": []},
        ]});
        assert_eq!(tagged(nested).repr(), "[(0.5, None), {}]");
    }

    #[test]
    fn rejects_malformed_tagged_json() {
        let cases = [
            (json!(null), "expected a tagged object, found null"),
            (json!([1]), "expected a tagged object, found an array"),
            (json!({"v": 1}), "no string field \"t\""),
            (json!({"t": 1}), "no string field \"t\""),
            (
                json!({"t": "complex", "v": "1j"}),
                "unknown tag \"complex\"",
            ),
            (json!({"t": "bool"}), "bool value has no \"v\""),
            (json!({"t": "bool", "v": 1}), "not a boolean"),
            (json!({"t": "int", "v": 5}), "\"v\" is not a string"),
            (json!({"t": "int", "v": "1.5"}), "not a decimal integer"),
            (json!({"t": "int", "v": ""}), "not a decimal integer"),
            (json!({"t": "int", "v": "-"}), "not a decimal integer"),
            (json!({"t": "int", "v": "+1"}), "not a decimal integer"),
            (json!({"t": "int", "v": " 1"}), "not a decimal integer"),
            (json!({"t": "float", "v": 1.5}), "\"v\" is not a string"),
            (json!({"t": "float", "v": "abc"}), "is not a float"),
            (json!({"t": "str"}), "str value has no \"v\""),
            (json!({"t": "str", "v": ["a"]}), "\"v\" is not a string"),
            (json!({"t": "bytes", "v": "abc"}), "is not hex"),
            (json!({"t": "bytes", "v": "zz"}), "is not hex"),
            (json!({"t": "bytes", "v": "é0"}), "is not hex"),
            (json!({"t": "list", "v": "abc"}), "\"v\" is not an array"),
            (json!({"t": "tuple"}), "tuple value has no \"v\""),
            (
                json!({"t": "set", "v": [1]}),
                "expected a tagged object, found a number",
            ),
            (
                json!({"t": "list", "v": [{"t": "nope"}]}),
                "unknown tag \"nope\"",
            ),
            (
                json!({"t": "dict", "v": [[{"t": "none"}]]}),
                "entry 0 is not a [key, value] pair",
            ),
            (
                json!({"t": "dict", "v": [{"t": "none"}]}),
                "entry 0 is not a [key, value] pair",
            ),
            (json!({"t": "dict", "v": {}}), "\"v\" is not an array"),
            (
                json!({"t": "other", "type": "P"}),
                "other value has no \"repr\"",
            ),
            (
                json!({"t": "other", "repr": "P()"}),
                "other value has no \"type\"",
            ),
        ];
        for (j, part) in cases {
            let e = tagged_err(j.clone());
            assert!(e.contains(part), "{j}: {e}");
        }
        // Guest text quoted in an error is clipped.
        let e = tagged_err(json!({"t": "x".repeat(10_000)}));
        assert!(e.len() < 80 && e.contains("xxx..."), "{e}");
        let e = tagged_err(json!({"t": "int", "v": "é".repeat(10_000)}));
        assert!(e.len() < 200, "{e}");
    }

    #[test]
    fn limits_tagged_json_depth() {
        fn nest(levels: usize) -> serde_json::Value {
            let mut j = json!({"t": "none"});
            for i in 0..levels {
                j = if i % 2 == 0 {
                    json!({"t": "list", "v": [j]})
                } else {
                    json!({"t": "dict", "v": [[{"t": "none"}, j]]})
                };
            }
            j
        }
        assert!(Value::from_tagged_json(&nest(MAX_DEPTH)).is_ok());
        let e = tagged_err(nest(MAX_DEPTH + 1));
        assert!(e.contains("nested deeper than 200 levels"), "{e}");
        // Far deeper input fails cleanly too (dropping it is serde_json's business).
        let e = tagged_err(nest(400));
        assert!(e.contains("nested deeper"), "{e}");
    }
}
