"""Format readers, registered by file suffix: a new format is one registered function.

Every reader returns the same RawDocument, so one small graph in any format validates to the
identical records. Readers raise DataFileError for files they cannot parse at all.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ingest.records import DataError, DataFileError, Origin, RawDocument, RawNode, RawRelationship
from schema.fields import FieldKind, model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

Reader = Callable[[Path], RawDocument]
READERS: dict[str, Reader] = {}
LIST_SEPARATOR = "|"  # CSV cells holding lists: "Nvidia|NVDA"
LINE_KEY = "__line__"


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def decorator(reader: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix] = reader
        return reader

    return decorator


def _fail(path: Path, message: str, line: int | None = None) -> DataFileError:
    return DataFileError([DataError(Origin(str(path), line=line), message)])


def _read_text(path: Path) -> str:
    try:
        # utf-8-sig: a byte-order mark (Excel and Notepad write one) is read and dropped.
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise _fail(path, f"not UTF-8 text (byte {error.start}): save it as UTF-8") from None
    if not text.strip():
        raise _fail(path, "the file is empty")
    return text


def document_from_mapping(data: Any, path: Path) -> RawDocument:
    """The shared shape of YAML and JSON files: {Label: [records], relationships: [...]}."""
    if not isinstance(data, dict):
        raise _fail(path, f"expected a mapping of labels to lists, found {type(data).__name__}")
    document = RawDocument()
    errors = []
    for section, items in data.items():
        if section != "relationships" and section not in NODE_MODELS:
            known = ", ".join([*NODE_MODELS, "relationships"])
            errors.append(
                DataError(
                    Origin(str(path), section=str(section)),
                    f"unknown section {section!r}; expected one of {known}",
                )
            )
            continue
        if not isinstance(items, list):
            errors.append(
                DataError(
                    Origin(str(path), section=section),
                    f"expected a list of records, found {type(items).__name__}",
                )
            )
            continue
        for index, item in enumerate(items, start=1):
            line = item.pop(LINE_KEY, None) if isinstance(item, dict) else None
            origin = Origin(str(path), record=index, line=line, section=section)
            if not isinstance(item, dict):
                errors.append(DataError(origin, f"expected a mapping, found {item!r:.60}"))
            elif section == "relationships":
                document.relationships.append(RawRelationship(item, origin))
            else:
                document.nodes.append(RawNode(section, item, origin))
    if errors:
        raise DataFileError(errors)
    return document


# libyaml's parser when the wheel has it (several times faster), with Python's safe constructor.
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# Aliases may repeat what a file wrote (PyYAML itself writes one for each shared list), but
# the document they expand to may hold at most this many times the values the file wrote.
YAML_EXPANSION_FACTOR = 10
YAML_EXPANSION_SLACK = 1000


class YamlAliasError(ValueError):
    """Aliases that would expand a data file beyond its budget; raised before expanding."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_alias_expansion(root: yaml.Node) -> None:
    """The composed document is a graph in which an alias is a second reference to a node; its
    expanded size is worked out on that graph (each node once), before construction could blow
    it up ("billion laughs": a few hundred bytes that expand to gigabytes)."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    first_alias: yaml.Node | None = None
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            continue
        if key in on_path:
            raise YamlAliasError(node.start_mark.line + 1, "a YAML alias refers to itself")
        if key in sizes:
            first_alias = first_alias or node
            continue
        on_path.add(key)
        stack.append((node, True))
        stack += [(child, False) for child in _children(node)]
    budget = YAML_EXPANSION_FACTOR * len(sizes) + YAML_EXPANSION_SLACK
    if sizes[id(root)] > budget and first_alias is not None:
        raise YamlAliasError(
            first_alias.start_mark.line + 1,
            f"YAML aliases would expand {len(sizes):,} written values to {sizes[id(root)]:,}, over "
            f"the limit of {YAML_EXPANSION_FACTOR}x (+{YAML_EXPANSION_SLACK}); write the values out",
        )


class _LineLoader(_SafeBase):  # type: ignore[misc]
    """Records each mapping's first line so errors can point at it; bounds alias expansion."""

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        _check_alias_expansion(node)
        return self.construct_document(node)


def _construct_timestamp_or_text(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    """A date-like scalar that is no date (2025-02-30) stays text, so that validation names its
    file, record and field instead of the YAML library raising mid-file."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


def _construct_mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping_with_line)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_or_text)


def _strip_line_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_line_keys(v) for k, v in value.items() if k != LINE_KEY}
    if isinstance(value, list):
        return [_strip_line_keys(item) for item in value]
    return value


@register(".yaml", ".yml")
def read_yaml(path: Path) -> RawDocument:
    text = _read_text(path)
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except YamlAliasError as error:
        raise _fail(path, str(error), error.line) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise _fail(path, f"malformed YAML: {problem}", line) from None
    if isinstance(data, dict):
        data.pop(LINE_KEY, None)
        data = {
            section: [
                {**_strip_line_keys(item), LINE_KEY: item.get(LINE_KEY)} if isinstance(item, dict) else item
                for item in items
            ]
            if isinstance(items, list)
            else items
            for section, items in data.items()
        }
    return document_from_mapping(data, path)


@register(".json")
def read_json(path: Path) -> RawDocument:
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _fail(path, f"malformed JSON: {error.msg}", error.lineno) from None
    return document_from_mapping(data, path)


def _csv_cell(kind: FieldKind | None, cell: str) -> Any:
    if kind in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST):
        return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]
    return cell


@register(".csv")
def read_csv(path: Path) -> RawDocument:
    """`<Label>.csv` holds nodes, `<TYPE>.csv` holds relationships (columns from, to, ...)."""
    text = _read_text(path)
    section = path.stem
    if section in NODE_MODELS:
        kinds = {f.name: f.kind for f in model_fields(NODE_MODELS[section])}
    elif section in RELATIONSHIP_SPECS:
        kinds = {f.name: f.kind for f in model_fields(RELATIONSHIP_SPECS[section].model)}
    else:
        raise _fail(path, f"a CSV file is named for a label or relationship type; {section!r} is neither")
    document = RawDocument()
    rows = csv.DictReader(text.splitlines())
    for index, row in enumerate(rows, start=1):
        origin = Origin(str(path), record=index, line=index + 1, section=section)
        data = {
            key: _csv_cell(kinds.get(key), value)
            for key, value in row.items()
            if key is not None and value not in (None, "")
        }
        if None in row:
            raise _fail(path, f"row {index} has more cells than the header", index + 1)
        if section in NODE_MODELS:
            document.nodes.append(RawNode(section, data, origin))
        else:
            document.relationships.append(RawRelationship({"type": section, **data}, origin))
    return document


def read_path(path: Path) -> RawDocument:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise _fail(path, f"no reader for {path.suffix!r}; known: {', '.join(sorted(READERS))}")
    return reader(path)


def collect_files(paths: list[Path]) -> list[Path]:
    """Files under the given paths, in a stable order, that some reader handles."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            if not found:
                # An empty folder is a wrong path far more often than an empty graph: with
                # --replace it would have deleted everything.
                raise _fail(path, f"no data files here (looked for {', '.join(sorted(READERS))})")
            files += found
        elif path.exists():
            files.append(path)
        else:
            raise _fail(path, "no such file or directory")
    return files
