//! The query codec under the route types: percent-encoding and decoding, a query string read
//! into decoded pairs, reading a parameter through the parser that accepts its values (which
//! also records every value it could not use, so one list of parameters serves both the route
//! parser and `rejected_params`), and writing a query back.

use std::fmt::Write as _;

/// Percent-encodes every byte of `s` but the unreserved characters (ASCII letters, digits,
/// `-`, `_`, `.`, `~`) and those in `keep`. `~` stays as it is because it joins council lists
/// and survives link mangling; a file path keeps its `/`.
pub fn percent_encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') || keep.contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Percent-encodes a path segment or a query value (`percent_encode` keeping nothing more).
pub(crate) fn encode(s: &str) -> String {
    percent_encode(s, &[])
}

/// Percent-decodes `s` into bytes; with `plus_is_space`, `+` decodes to a space as in form
/// queries. Only `%` followed by two hex digits is an escape: `%+1`, `%zz` and a `%` at the
/// end stay as they are, as browsers leave them.
pub(crate) fn decode(s: &str, plus_is_space: bool) -> Vec<u8> {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', hi, lo]) => hex(*hi).zip(hex(*lo)).map(|(hi, lo)| hi << 4 | lo),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Decodes a query key or value. Bytes that are not UTF-8 become U+FFFD rather than dropping
/// the pair, so that `?la=%FF` reaches the page as an entry it can name as unknown.
fn decode_text(s: &str) -> String {
    String::from_utf8_lossy(&decode(s, true)).into_owned()
}

/// A parsed query string: decoded pairs in order. Repeated keys keep every value.
pub(crate) struct Query(Vec<(String, String)>);

impl Query {
    pub(crate) fn parse(q: &str) -> Query {
        let q = q.strip_prefix('?').unwrap_or(q);
        let q = q.split('#').next().unwrap_or("");
        Query(
            q.split('&')
                .filter(|p| !p.is_empty())
                .map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    (decode_text(k), decode_text(v))
                })
                .collect(),
        )
    }

    /// The first pair of `key`, with its place in the query; keys match ignoring ASCII case
    /// (`?LA=leeds`, `?childid=`).
    fn first(&self, key: &str) -> Option<(usize, &(String, String))> {
        self.0.iter().enumerate().find(|(_, (k, _))| k.eq_ignore_ascii_case(key))
    }

    /// Every value of `key` split on `~` (and `,`, which some editors substitute), trimmed,
    /// empties dropped, in order. Repeated keys are concatenated.
    pub(crate) fn list(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(key))
            .flat_map(|(_, v)| v.split(['~', ',']))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// A reader of this query's parameters.
    pub(crate) fn reader(&self) -> Reader<'_> {
        Reader { query: self, rejected: Vec::new() }
    }
}

/// Reads a query's parameters, each through the parser of its values, and keeps the ones it
/// could not use: the parameters a route reads are named once, where it reads them.
pub(crate) struct Reader<'q> {
    query: &'q Query,
    /// `(place in the query, key, value)` of each value its parser refused.
    rejected: Vec<(usize, String, String)>,
}

impl Reader<'_> {
    /// The first value of `key` as `parse` reads it; `None` when the key is absent or its
    /// value is not one `parse` accepts (which is then recorded as rejected).
    pub(crate) fn read<T>(&mut self, key: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        let (at, (k, v)) = self.query.first(key)?;
        let parsed = parse(v);
        if parsed.is_none() {
            self.rejected.push((at, k.clone(), v.clone()));
        }
        parsed
    }

    /// A flag: on when present with no value or a truthy one (`?present`, `?static=1`), off
    /// when absent or falsy (`0`, `false`, `no`); any other value is off and rejected.
    pub(crate) fn flag(&mut self, key: &str) -> bool {
        self.read(key, |v| match v {
            "" | "1" | "true" | "yes" => Some(true),
            "0" | "false" | "no" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
    }

    /// Every value of `key` as a council list (`Query::list`). Lists are not checked here: the
    /// comparison names every entry it could not use itself.
    pub(crate) fn list(&self, key: &str) -> Vec<String> {
        self.query.list(key)
    }

    /// The rejected `(key, value)` pairs, in the order the query gave them.
    pub(crate) fn rejected(mut self) -> Vec<(String, String)> {
        crate::sort::sort_by_key(&mut self.rejected, |(at, ..)| *at);
        self.rejected.into_iter().map(|(_, k, v)| (k, v)).collect()
    }
}

/// Writes a query string: pairs, flags and lists in the order given.
#[derive(Default)]
pub(crate) struct QueryWriter(Vec<String>);

impl QueryWriter {
    pub(crate) fn pair(&mut self, k: &str, v: &str) {
        self.0.push(format!("{k}={}", encode(v)));
    }

    pub(crate) fn flag(&mut self, k: &str, on: bool) {
        if on {
            self.0.push(k.to_string());
        }
    }

    pub(crate) fn list(&mut self, k: &str, items: &[String]) {
        if !items.is_empty() {
            let joined: Vec<String> = items.iter().map(|s| encode(s)).collect();
            self.0.push(format!("{k}={}", joined.join("~")));
        }
    }

    /// `?` and the pairs joined by `&`, or nothing when there are none.
    pub(crate) fn finish(self) -> String {
        if self.0.is_empty() {
            String::new()
        } else {
            format!("?{}", self.0.join("&"))
        }
    }
}
