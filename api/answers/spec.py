"""A question as every interface but GraphQL sees it: its parameters, once, and how its answer
flattens into a Table.

From the parameter list come the MCP tool's input schema, the `computegraph ask` options, the
export URL's query parameters and the validation with errors that say what to fix; adding a
scenario parameter to a question is one more Param.
"""

from __future__ import annotations

import datetime as dt
import keyword
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from api.answers.table import Reader, Table, with_sources
from graph.errors import ArgumentError

REQUIRED: Any = ...


@dataclass(frozen=True)
class Param:
    name: str  # as in GraphQL: company, recoveryRate, asOf
    type: type  # str, int, float, bool, dt.date or an Enum
    description: str  # written for a model choosing arguments
    default: Any = None  # REQUIRED for a required parameter
    minimum: float | None = None
    maximum: float | None = None
    is_ref: bool = False  # names an entity: id, name or alias

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    @property
    def python_name(self) -> str:
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", self.name).lower()
        return f"{snake}_" if keyword.iskeyword(snake) else snake

    @property
    def flag(self) -> str:
        return "--" + self.python_name.rstrip("_").replace("_", "-")


def ref_param(name: str, description: str, required: bool = True) -> Param:
    return Param(
        name,
        str,
        f"{description} Give an id, name or alias (case-insensitive), e.g. 'openai' or 'OpenAI'.",
        REQUIRED if required else None,
        is_ref=True,
    )


def as_of_param() -> Param:
    return Param(
        "asOf",
        dt.date,
        "Answer as of this date (YYYY-MM-DD): deals not yet announced or already ended are left "
        "out. Default: today.",
    )


Answer = Callable[[Reader, dict[str, Any]], Awaitable[Table]]


@dataclass(frozen=True)
class Question:
    name: str  # the GraphQL field name: riskIfDefault
    description: str
    params: tuple[Param, ...]
    answer: Answer  # validated arguments (by python name) -> the flattened answer

    @property
    def slug(self) -> str:
        """The name in URLs and on the command line: risk-if-default."""
        return re.sub(r"(?<!^)(?=[A-Z])", "-", self.name).lower()

    @cached_property
    def arguments(self) -> type[BaseModel]:
        fields: dict[str, Any] = {}
        for param in self.params:
            annotation: Any = param.type if param.required else param.type | None
            fields[param.python_name] = (
                annotation,
                Field(
                    param.default,
                    alias=param.name,
                    description=param.description,
                    ge=param.minimum,
                    le=param.maximum,
                ),
            )
        config = ConfigDict(populate_by_name=True, extra="forbid", str_strip_whitespace=True)
        return create_model(f"{self.name}Arguments", __config__=config, **fields)

    def input_schema(self) -> dict[str, Any]:
        schema = self.arguments.model_json_schema(by_alias=True)
        schema.pop("title", None)
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
        return schema

    def validate(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Arguments by GraphQL name (strings are fine: from a URL or a command line) -> values
        by python name; an error names each wrong argument and what it should be."""
        known = {p.name for p in self.params}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise ArgumentError(
                f"{self.name} has no argument {', '.join(map(repr, unknown))}; "
                f"its arguments are {', '.join(sorted(known))}"
            )
        try:
            values = self.arguments.model_validate({k: v for k, v in raw.items() if v is not None})
        except ValidationError as error:
            problems = []
            for item in error.errors():
                where = ".".join(str(p) for p in item["loc"]) or "arguments"
                problems.append(f"{where}: {item['msg']}" + _got(item))
            raise ArgumentError(f"{self.name}: " + "; ".join(problems)) from error
        return values.model_dump()

    async def run(self, reader: Reader, raw: dict[str, Any]) -> Table:
        values = self.validate(raw)
        table = await self.answer(reader, values)
        table.parameters = {p.name: values[p.python_name] for p in self.params}  # echoed as asked
        return await with_sources(table, reader)


def _got(item: Any) -> str:
    if item.get("type") == "missing":
        return ""
    value = item.get("input")
    return f" (got {value!r})" if not isinstance(value, dict) else ""


def enum_values(enum: type[Enum]) -> str:
    return ", ".join(str(member.value) for member in enum)
