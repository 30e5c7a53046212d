"""The ontology: the one source of truth for node and relationship types.

Constraints, data-file validation, the JSON Schema, the RDF vocabulary and the GraphQL types
are all derived from the models registered here.
"""

from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS, RelationshipSpec

__all__ = ["NODE_MODELS", "RELATIONSHIP_SPECS", "RelationshipSpec"]
