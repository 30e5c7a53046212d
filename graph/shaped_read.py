"""Reads that come back in the caller's own shape: response keys, in order, and output formats.

A `Shape` lists, in order, the keys of an answer object and what goes under each: a stored
property in an output format, a constant, or a relationship with, per edge, its properties and
the node at the other end (itself a shape). It compiles to one Cypher expression that returns,
for a node, the list of its values in key order (relationships as ordered lists of such lists),
so the driver decodes plain lists and `assembler` only pairs them with their keys: the values go
on to the JSON encoder as the driver made them, without a pass per field.

Lists, not maps, come back because Neo4j does not keep a map's key order, and an answer's keys
must follow the selection. Dates are formatted by Cypher (`toString` of a DATE is its ISO form),
floats that are stored as integers are made floats. Each edge's list ends with the other node's
id, by which `assembler` orders the edges (a stable sort of the order they were matched in, as
the general path orders them); sorting a few edges in Python costs less than ORDER BY in every
nested read.

A value the output format cannot hold as it is (a required property that is absent, a property
of another type than the ontology's, an Int beyond 32 bits, a date outside years 1-9999) is a
`ShapeMismatchError`, and the caller hands the request to a path that reports such values field
by field. Strings, booleans and Ints come back as stored and `assembler` checks their type inline
(a class test per value, where a CASE per value cost the read ~10%); dates, floats and string
lists are checked by Cypher as it formats them: that branch divides by a zero parameter, which
stops the read.

Property names, labels and relationship types come only from the ontology (checked here); every
value, constants included, is a parameter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal

import neo4j
from neo4j.exceptions import ClientError

from graph.errors import ComputeGraphError
from graph.projection import one_by_ref
from graph.querying import read
from schema.fields import model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

Format = Literal["string", "int", "float", "bool", "date", "string_list"]
FORMATS: frozenset[str] = frozenset(Format.__args__)  # type: ignore[attr-defined]
_ARITHMETIC_ERROR = "Neo.ClientError.Statement.ArithmeticError"
# Formats whose values come back as stored, and the inline test by which `assembler` checks one
# (see the module docstring); the other formats are checked by Cypher.
_FITS = {
    "string": "{x}.__class__ is str",
    "bool": "{x}.__class__ is bool",
    "int": "{x}.__class__ is int and -2147483648 <= {x} <= 2147483647",  # GraphQL's Int is 32 bits
}
ASSEMBLER_CHECKED: frozenset[str] = frozenset(_FITS)
_FINITE = "-1.7976931348623157e308 <= {v} <= 1.7976931348623157e308"  # false for NaN and infinities
_NODE_PROPERTIES = frozenset(info.name for model in NODE_MODELS.values() for info in model_fields(model))
_EDGE_PROPERTIES = {
    rel_type: frozenset(info.name for info in model_fields(spec.model))
    for rel_type, spec in RELATIONSHIP_SPECS.items()
}


class ShapeMismatchError(ComputeGraphError):
    """A stored value does not fit the shape asked for (absent where required, or another type)."""


@dataclass(frozen=True)
class Value:
    """A stored property in an output format; `nullable` False: absent is a mismatch."""

    attribute: str
    format: Format
    nullable: bool


@dataclass(frozen=True)
class Constant:
    value: Any


@dataclass(frozen=True)
class Relation:
    """A relationship's edges (only those holding on `as_of`, when given), ordered by the id of
    the node at the other end; `entries` are the edge's: Values of the edge, Constants, and
    `Other` for the node at the other end."""

    rel_type: str
    outgoing: bool
    as_of: dt.date | None
    entries: tuple[tuple[str, Entry], ...]


@dataclass(frozen=True)
class Other:
    """The node at an edge's other end."""

    entries: tuple[tuple[str, Entry], ...]


Entry = Value | Constant | Relation | Other


@dataclass(frozen=True)
class Shape:
    """A node's answer: (response key, entry) pairs in order."""

    entries: tuple[tuple[str, Entry], ...]


@dataclass
class _Compiler:
    params: dict[str, Any] = field(default_factory=lambda: {"shape_zero": 0})
    names: int = 0
    # Evaluated only in a branch for a value that does not fit: fails the read (see the docstring).
    mismatch: str = "1 / $shape_zero"

    def param(self, value: Any) -> str:
        name = f"shape_{len(self.params)}"
        self.params[name] = value
        return f"${name}"

    def variable(self, prefix: str) -> str:
        self.names += 1
        return f"{prefix}{self.names}"

    def value(self, var: str, entry: Value, allowed: frozenset[str], bindings: list[str]) -> str:
        """The check and format of one property, read once into a variable of its own (bound in
        `bindings`): the checks then read the variable, not the store again."""
        if entry.attribute not in allowed:
            raise ValueError(f"not an ontology property here: {entry.attribute!r}")
        if entry.format not in FORMATS:
            raise ValueError(f"unknown output format {entry.format!r}")
        if entry.format in ASSEMBLER_CHECKED:
            return f"{var}.`{entry.attribute}`"
        v = self.variable("p")
        bindings.append(f"{var}.`{entry.attribute}` AS {v}")
        mismatch = self.mismatch
        absent = ("[]" if entry.format == "string_list" else "null") if entry.nullable else mismatch
        fits = {
            "float": f"WHEN {v} IS :: FLOAT AND {_FINITE.format(v=v)} THEN {v} "
            f"WHEN {v} IS :: INTEGER THEN toFloat({v})",
            "date": f"WHEN {v} IS :: DATE AND 1 <= {v}.year <= 9999 THEN toString({v})",
            "string_list": f"WHEN {v} IS :: LIST<STRING NOT NULL> THEN {v}",
        }[entry.format]
        return f"CASE WHEN {v} IS NULL THEN {absent} {fits} ELSE {mismatch} END"

    def node(self, var: str, entries: tuple[tuple[str, Entry], ...], bindings: list[str]) -> str:
        parts = []
        for _, entry in entries:
            if isinstance(entry, Value):
                parts.append(self.value(var, entry, _NODE_PROPERTIES, bindings))
            elif isinstance(entry, Constant):
                parts.append(self.param(entry.value))
            elif isinstance(entry, Relation):
                parts.append(self.relation(var, entry))
            else:
                raise ValueError("a node's entries are values, constants and relationships")
        return f"[{', '.join(parts)}]"

    def relation(self, var: str, relation: Relation) -> str:
        allowed = _EDGE_PROPERTIES.get(relation.rel_type)
        if allowed is None:
            raise ValueError(f"not an ontology relationship type: {relation.rel_type!r}")
        rel, other = self.variable("r"), self.variable("x")
        arrow = f"-[{rel}:{relation.rel_type}]->" if relation.outgoing else f"<-[{rel}:{relation.rel_type}]-"
        parts = []
        edge_ends = [rel, other]
        bindings = list(edge_ends)
        for _, entry in relation.entries:
            if isinstance(entry, Value):
                parts.append(self.value(rel, entry, allowed, bindings))
            elif isinstance(entry, Constant):
                parts.append(self.param(entry.value))
            elif isinstance(entry, Other):
                parts.append(self.node(other, entry.entries, bindings))
            else:
                raise ValueError("an edge's entries are values, constants and the other node")
        condition = "" if relation.as_of is None else f"WHERE {self.holds(rel, relation.as_of)} "
        parts.append(f"{other}.id")  # last: the key `assembler` orders the edges by
        # A WITH only when Cypher-checked values were bound beside the edge's two ends.
        bound = f"WITH {', '.join(bindings)} " if bindings != edge_ends else ""
        return f"COLLECT {{ MATCH ({var}){arrow}({other}) {condition}{bound}RETURN [{', '.join(parts)}] }}"

    def holds(self, rel: str, as_of: dt.date) -> str:
        """The edge holds on `as_of` (as graph.projection.holds_at): validity dates that are not
        dates are a mismatch."""
        day, mismatch = self.param(as_of), self.mismatch

        def checked(v: str) -> str:
            return f"CASE WHEN {v} IS :: DATE THEN {v} ELSE {mismatch} END"

        start, end = f"{rel}.valid_from", f"{rel}.valid_to"
        return f"({start} IS NULL OR {checked(start)} <= {day}) AND ({end} IS NULL OR {checked(end)} > {day})"


@dataclass(frozen=True)
class CompiledShape:
    """`WITH {var}{bindings} RETURN ... {expression} ...`: the bindings read the properties (each
    once), the expression is the answer as a list of values in key order; params are named
    `shape_<n>`."""

    bindings: str
    expression: str
    params: dict[str, Any]


@lru_cache(maxsize=512)  # apps send the same few queries; callers copy `params` before adding to them
def compile_shape(var: str, shape: Shape) -> CompiledShape:
    compiler = _Compiler()
    bindings: list[str] = []
    expression = compiler.node(var, shape.entries, bindings)
    return CompiledShape("".join(f", {binding}" for binding in bindings), expression, compiler.params)


async def read_shaped(
    driver: neo4j.AsyncDriver, query: str, params: dict[str, Any], database: str
) -> list[neo4j.Record]:
    """graph.querying.read, with a value that does not fit the shape as ShapeMismatchError."""
    try:
        return await read(driver, query, params, database)
    except ClientError as error:
        if error.code == _ARITHMETIC_ERROR:
            raise ShapeMismatchError("a stored value does not fit the requested shape") from error
        raise


async def shaped_by_ref(
    driver: neo4j.AsyncDriver, ref: str, label: str, shape: Shape, database: str
) -> dict[str, Any] | None:
    """The answer for the one `label` node that `ref` names, in one round trip; None when the
    ref names no such node or several."""
    compiled = compile_shape("n", shape)
    query = f"{one_by_ref(label)}WITH n{compiled.bindings} RETURN {compiled.expression} AS node"
    records = await read_shaped(driver, query, {**compiled.params, "key": ref.strip().casefold()}, database)
    return assembler(shape)(records[0]["node"]) if records else None


Assembler = Callable[[list[Any]], dict[str, Any]]
# (key, None) for a value passed on as it is (a constant, or one Cypher checked); (key, check) for
# a value `assembler` checks (its format, "?" appended when it may be null); (key, (True, layout))
# for a relationship's edges; (key, (False, layout)) for the node at an edge's other end.
Layout = tuple[tuple[str, "str | tuple[bool, Layout] | None"], ...]
_OTHER_ID = itemgetter(-1)


def _misfit() -> Any:
    raise ShapeMismatchError("a stored value does not fit the requested shape")


def _by_other_id(edges: list[list[Any]]) -> list[list[Any]]:
    """Edges in the other node's id order (stable, as the general path sorts them)."""
    return edges if len(edges) < 2 else sorted(edges, key=_OTHER_ID)


def assembler(shape: Shape) -> Assembler:
    """Values in key order -> the answer object, nested levels included; ShapeMismatchError for a
    value that does not fit its format."""
    return _assembler(_layout(shape.entries))


def _layout(entries: tuple[tuple[str, Entry], ...]) -> Layout:
    layout: list[tuple[str, str | tuple[bool, Layout] | None]] = []
    for key, entry in entries:
        if isinstance(entry, Relation | Other):
            layout.append((key, (isinstance(entry, Relation), _layout(entry.entries))))
        elif isinstance(entry, Value) and entry.format in ASSEMBLER_CHECKED:
            layout.append((key, entry.format + ("?" if entry.nullable else "")))
        else:
            layout.append((key, None))
    return tuple(layout)


@lru_cache(maxsize=512)
def _assembler(layout: Layout) -> Assembler:
    """One function per layout, written out as a single expression of dict displays and
    comprehensions: `{'id': (v[0] if v[0].__class__ is str else _misfit()), 'deals': [{'role': ...,
    'deal': {...}} for e1 in _by_other_id(v[1])]}`.

    An answer has one object per node and edge (thousands in a large one); a generic loop that
    zips keys with values and calls itself per level cost ~0.8 us an object, several times this.
    Only repr() of the response keys (GraphQL names), list indices and the checks above go into
    the source, and layouts repeat (apps send the same few queries), so each is compiled once."""
    counter = iter(range(1, 1_000_000))

    def checked(value: str, check: str) -> str:
        fits = _FITS[check.rstrip("?")].format(x=value)
        if check.endswith("?"):
            fits = f"{value} is None or {fits}"
        return f"({value} if {fits} else _misfit())"

    def obj(layout: Layout, source: str) -> str:
        items = []
        for index, (key, nested) in enumerate(layout):
            value = f"{source}[{index}]"
            if isinstance(nested, str):
                value = checked(value, nested)
            elif nested is not None:
                is_edges, inner = nested
                if is_edges:
                    edge = f"e{next(counter)}"
                    value = f"[{obj(inner, edge)} for {edge} in _by_other_id({value})]"
                else:
                    value = obj(inner, value)
            items.append(f"{key!r}: {value}")
        return "{" + ", ".join(items) + "}"

    code = compile(f"lambda v: {obj(layout, 'v')}", "<graph.shaped_read answer>", "eval")
    scope = {
        "__builtins__": {},
        "_misfit": _misfit,
        "_by_other_id": _by_other_id,
        "str": str,
        "bool": bool,
        "int": int,
    }
    built: Assembler = eval(code, scope)  # noqa: S307  # source made above from keys, indices and _FITS
    return built
