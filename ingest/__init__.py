"""Readers, validation and idempotent batched writes from data files into Neo4j."""
