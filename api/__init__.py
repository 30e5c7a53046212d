"""The HTTP API (GraphQL, read-only Cypher, health) and the command-line entry point."""
