"""The GraphQL schema: node types derived from `schema/`, the question fields, the limits."""
