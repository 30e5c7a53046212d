"""GraphQL fields for the domain questions; thin over graph.questions."""

from typing import Any

QUESTION_FIELDS: dict[str, Any] = {}
