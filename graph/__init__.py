"""The Neo4j layer: settings, driver, the local server, and the questions (all Cypher lives here)."""
