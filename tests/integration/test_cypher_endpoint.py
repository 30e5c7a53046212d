"""POST /cypher and the GraphQL `cypher` field: reads answer; anything else is refused and the
graph is unchanged (compared as a full dump before and after)."""

from __future__ import annotations

import neo4j
import pytest

from graph.dump import dump_graph
from tests.conftest import ApiClient, api_client, make_settings

REFUSED = [
    "CREATE (n:Company {id: 'x'}) RETURN n",
    "MERGE (n:Company {id: 'x'}) RETURN n",
    "MATCH (n:Company {id: 'tsmc'}) SET n.name = 'hacked'",
    "MATCH (n:Company {id: 'tsmc'}) REMOVE n.name",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) DELETE n",
    "CALL db.createLabel('Hacked')",
    "CREATE INDEX hacked FOR (n:Company) ON (n.hacked)",
    "DROP CONSTRAINT company_id",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line",
    "MATCH (n) CALL (n) { SET n.touched = true } IN TRANSACTIONS RETURN count(*)",
    "CALL dbms.listConfig()",
    "CALL db.clearQueryCaches()",
    "SHOW USERS",
    "CREATE USER hacker SET PASSWORD 'secret-password'",
    "STOP DATABASE neo4j",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "NOT CYPHER AT ALL",
]


@pytest.mark.parametrize("query", REFUSED)
def test_writes_and_escapes_are_refused(small_graph: neo4j.Driver, api: ApiClient, query: str) -> None:
    before = dump_graph(small_graph, "neo4j")
    response = api.post("/cypher", json={"query": query})
    assert response.status_code == 400, response.text
    assert response.json()["detail"]
    body = api.graphql("query($q: String!) { cypher(query: $q) { rows } }", {"q": query})
    assert body["errors"]
    assert dump_graph(small_graph, "neo4j") == before


def test_reads_answer_with_nodes_serialised(small_graph: neo4j.Driver, api: ApiClient) -> None:
    response = api.post(
        "/cypher",
        json={
            "query": "MATCH (c:Company {id: $id})-[r:SUPPLIES]->(x) RETURN c, r, x.name AS name, x",
            "params": {"id": "tsmc"},
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["columns"] == ["c", "r", "name", "x"]
    node, rel, name, _ = body["rows"][0]
    assert node["id"] == "tsmc"
    assert "Company" in node["labels"]
    assert "ref_keys" not in node["properties"]
    assert rel["type"] == "SUPPLIES"
    assert rel["start"] == "tsmc"
    assert rel["end"] == "nvidia"
    assert name == "NVIDIA"


def test_allowed_read_procedures(small_graph: neo4j.Driver, api: ApiClient) -> None:
    response = api.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label"})
    assert response.status_code == 200
    assert ["Company"] in response.json()["rows"]


def test_row_cap_truncates(small_graph: neo4j.Driver) -> None:
    for client in api_client(make_settings(cypher_row_cap=10)):
        body = client.post("/cypher", json={"query": "UNWIND range(1, 100) AS x RETURN x"}).json()
        assert len(body["rows"]) == 10
        assert body["truncated"] is True


@pytest.mark.parametrize(
    "query",
    [
        "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*)",
        "MATCH (a), (b), (c), (d), (e), (f), (g), (h) UNWIND range(1, 100000) AS x RETURN count(*)",
    ],
)
def test_runaway_reads_are_cut_off_and_server_stays_up(small_graph: neo4j.Driver, query: str) -> None:
    for client in api_client(make_settings(cypher_timeout_s=1.0)):
        response = client.post("/cypher", json={"query": query})
        assert response.status_code == 422, response.text
        assert "limit" in response.json()["detail"]
        assert client.get("/health").status_code == 200


def test_beyond_loopback_cypher_needs_the_key(small_graph: neo4j.Driver) -> None:
    key = "cypher-key-" + "y" * 20
    body = {"query": "MATCH (n:Company) RETURN count(n) AS n"}
    for client in api_client(make_settings(api_host="0.0.0.0", api_key=key)):  # noqa: S104
        assert client.post("/cypher", json=body).status_code == 401
        wrong = client.post("/cypher", json=body, headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 403
        right = client.post("/cypher", json=body, headers={"authorization": f"Bearer {key}"})
        assert right.status_code == 200
        assert right.json()["rows"] == [[2]]
