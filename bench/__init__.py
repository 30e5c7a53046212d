"""Benchmarks of Compute Graph: ingest, GraphQL overhead, the questions, memory.

Run `python -m bench all` (or one of `ingest`, `graphql`, `questions`, `memory`). Every figure
comes from a dedicated Neo4j (`.var/neo4j-bench`, bolt 7690 unless COMPUTEGRAPH_BENCH_BOLT_PORT
says otherwise) that the harness starts and stops. `python -m bench scale --scale 1000` is one
large run on its own, within a time budget.
"""
