"""Apply the constraints and indexes derived from the ontology (idempotent)."""

from __future__ import annotations

import neo4j

from schema.derived import constraint_statements


def apply_constraints(driver: neo4j.Driver, database: str) -> None:
    for statement in constraint_statements():
        driver.execute_query(statement, database_=database)
    driver.execute_query("CALL db.awaitIndexes(60)", database_=database)
