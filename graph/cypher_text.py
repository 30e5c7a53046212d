"""The first half of the read-only guard: what user Cypher may say, decided from its text.

Classifying a query by the server's EXPLAIN is not enough: Neo4j calls `SHOW TRANSACTIONS`,
`TERMINATE TRANSACTIONS` and `SHOW SETTINGS` reads (query type "r"). So the text itself must
be a read: it starts with a read clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL) and
no word that starts a write, schema, admin or command clause appears anywhere outside strings,
comments, backtick names, labels, property keys and parameters. A procedure is called only from
the allow-list.

Neo4j checks its time limit (and a TERMINATE) between rows, not inside one expression: a
`reduce` whose accumulator grows, or one list iteration nested in another, can keep a core busy
for hours past every timeout. Such expressions are refused here, and `range()` takes literal or
parameter bounds of at most RANGE_CAP values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from graph.errors import ReadOnlyViolationError

ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
    }
)
READ_CLAUSES = ("MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL")
# Every word that begins a clause or command which writes, changes the schema, administers the
# server or reaches outside it (and the GQL spellings of writes Neo4j 5 also accepts).
REFUSED_WORDS = frozenset(
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "FOREACH", "INSERT", "LOAD",
        "DROP", "ALTER", "RENAME", "GRANT", "DENY", "REVOKE", "SHOW", "TERMINATE", "USE",
        "START", "STOP", "ENABLE", "DEALLOCATE", "REALLOCATE", "TRANSACTIONS", "PERIODIC",
        "COMMIT", "IMPERSONATE", "EXPLAIN", "PROFILE", "CYPHER",
    }
)  # fmt: skip
ITERATING_FUNCTIONS = frozenset({"any", "all", "none", "single"})
RANGE_CAP = 1_000_000

_TOKEN = re.compile(
    r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
    |(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    |(?P<quoted>`(?:[^`]|``)*`)
    |(?P<param>\$\s*(?:[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`|[0-9]+))
    |(?P<number>0[xX][0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<space>\s+)
    |(?P<unclosed>/\*|['"`])
    |(?P<symbol>.)
    """,
    re.S | re.X,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int


def tokens(query: str) -> list[Token]:
    """Significant tokens: comments and white space dropped."""
    found = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "symbol"
        if kind == "unclosed":
            raise ReadOnlyViolationError(
                f"the query is not valid Cypher: unclosed {match.group()!r} at offset {match.start()}"
            )
        if kind not in ("comment", "space"):
            found.append(Token(kind, match.group(), match.start()))
    return found


def _is_name(items: list[Token], index: int) -> bool:
    """A word used as a name: a property (`n.set`), label (`:Create`) or map key (`{start: 1}`)."""
    before = items[index - 1].text if index > 0 else ""
    after = items[index + 1].text if index + 1 < len(items) else ""
    return before in (".", ":") or after == ":"


def _closing(items: list[Token], index: int) -> int:
    """Index of the bracket that closes the one at `index` (or the last token)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    depth_stack = [pairs[items[index].text]]
    for position in range(index + 1, len(items)):
        text = items[position].text
        if items[position].kind != "symbol":
            continue
        if text in pairs:
            depth_stack.append(pairs[text])
        elif depth_stack and text == depth_stack[-1]:
            depth_stack.pop()
            if not depth_stack:
                return position
    return len(items) - 1


def _name(token: Token) -> str:
    """A word, or a backtick name as Neo4j reads it (`` `range` `` is still range)."""
    return token.text[1:-1].replace("``", "`") if token.kind == "quoted" else token.text


def _procedure(items: list[Token], index: int) -> str:
    parts = [_name(items[index])]
    while (
        index + 2 < len(items)
        and items[index + 1].text == "."
        and items[index + 2].kind in ("word", "quoted")
    ):
        parts.append(_name(items[index + 2]))
        index += 2
    return ".".join(parts)


def _range_bound(items: list[Token], params: dict[str, Any]) -> int:
    text = "".join(token.text for token in items)
    negative = text.startswith("-")
    body = items[1:] if negative else items
    if len(body) == 1 and body[0].kind == "number" and body[0].text.isdigit():
        value = int(body[0].text)
    elif len(body) == 1 and body[0].kind == "param":
        name = body[0].text[1:].strip().strip("`")
        given = params.get(name)
        if not isinstance(given, int) or isinstance(given, bool):
            raise ReadOnlyViolationError(f"range() bound ${name} must be an integer parameter")
        value = given
    else:
        raise ReadOnlyViolationError(
            f"range() takes integer literals or parameters here (found {text!r}): its size must "
            "be known before the query runs"
        )
    return -value if negative else value


def _check_range(items: list[Token], index: int, params: dict[str, Any]) -> None:
    end = _closing(items, index + 1)
    arguments: list[list[Token]] = [[]]
    for token in items[index + 2 : end]:
        if token.text == ",":
            arguments.append([])
        else:
            arguments[-1].append(token)
    if not 2 <= len(arguments) <= 3:
        raise ReadOnlyViolationError("range() takes a start, an end and an optional step")
    start, stop = _range_bound(arguments[0], params), _range_bound(arguments[1], params)
    step = _range_bound(arguments[2], params) if len(arguments) == 3 else 1
    size = 0 if step == 0 else max(0, (stop - start) // step + 1)
    if step == 0 or size > RANGE_CAP:
        raise ReadOnlyViolationError(
            f"range() of {size:,} values is over the limit of {RANGE_CAP:,} for this endpoint"
        )


def _iteration_starts(items: list[Token]) -> list[int]:
    """Bracket indices that open a list comprehension `[x IN ...]` or `any(x IN ...)`."""
    starts = []
    for index, token in enumerate(items[:-2]):
        opens_list = token.text == "["
        opens_quantifier = (
            token.text == "("
            and index > 0
            and items[index - 1].kind in ("word", "quoted")
            and _name(items[index - 1]).lower() in ITERATING_FUNCTIONS
        )
        names_a_variable = items[index + 1].kind in ("word", "quoted")
        if (opens_list or opens_quantifier) and names_a_variable and items[index + 2].text.upper() == "IN":
            starts.append(index)
    return starts


def check_read_text(query: str, params: dict[str, Any]) -> None:
    """Raise ReadOnlyViolationError unless the text is a single read query we can bound."""
    items = tokens(query)
    if not items:
        raise ReadOnlyViolationError("the query is empty")
    first = items[0].text.upper()
    if items[0].kind != "word" or first not in READ_CLAUSES:
        raise ReadOnlyViolationError(
            "only read queries are allowed here: a query starts with "
            f"{', '.join(READ_CLAUSES)} (this one starts with {items[0].text!r})"
        )
    for index, token in enumerate(items):
        if token.text == ";":
            raise ReadOnlyViolationError("one statement per request (found ';')")
        if token.kind not in ("word", "quoted"):
            continue
        word = _name(token).upper()
        if token.kind == "word" and word in REFUSED_WORDS and not _is_name(items, index):
            raise ReadOnlyViolationError(
                f"refused: {token.text!r} (offset {token.position}) begins a write, schema, admin "
                "or command clause; only reads are allowed here (a name spelled like a keyword "
                "can be written in backticks)"
            )
        calls = index + 1 < len(items) and items[index + 1].text == "("
        if word == "REDUCE" and calls:
            raise ReadOnlyViolationError(
                "reduce() is refused here: Neo4j cannot stop one expression mid-way, so its time "
                "limit would not hold; aggregate over rows instead (UNWIND ... RETURN sum(...))"
            )
        if word == "RANGE" and calls:
            _check_range(items, index, params)
        if (
            token.kind == "word"
            and word == "CALL"
            and index + 1 < len(items)
            and items[index + 1].kind in ("word", "quoted")
        ):
            procedure = _procedure(items, index + 1)
            if procedure not in ALLOWED_PROCEDURES:
                raise ReadOnlyViolationError(
                    f"procedure {procedure} is not on the read-only allow-list "
                    f"({', '.join(sorted(ALLOWED_PROCEDURES))})"
                )
    starts = _iteration_starts(items)
    for outer in starts:
        end = _closing(items, outer)
        if any(outer < inner <= end for inner in starts):
            raise ReadOnlyViolationError(
                "a list iteration inside another is refused here: Neo4j cannot stop one "
                "expression mid-way; UNWIND the outer list into rows instead"
            )
