"""POST /cypher and the GraphQL `cypher` field: reads answer; anything else is refused and the
graph is unchanged (compared as a full dump before and after)."""

from __future__ import annotations

import time

import httpx
import neo4j
import pytest

from graph.dump import dump_graph
from graph.settings import Settings
from tests.conftest import ApiClient, api_client, make_settings
from tests.integration.serving import cli_env, serving

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
    # Admin commands and command forms Neo4j's EXPLAIN calls reads (issue 12, item 1).
    "SHOW TRANSACTIONS YIELD *",
    "SHOW SETTINGS",
    "SHOW PROCEDURES",
    "SHOW DATABASES",
    "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "ALTER DATABASE neo4j SET ACCESS READ ONLY",
    "GRANT ROLE reader TO neo4j",
    "DENY READ {*} ON GRAPH * TO reader",
    "REVOKE ROLE reader FROM neo4j",
    "USE neo4j MATCH (n) RETURN count(n)",
    "CALL { USE system SHOW USERS } RETURN 1",
    "START DATABASE neo4j",
    "CREATE DATABASE hacked",
    "DROP DATABASE neo4j",
    "EXPLAIN MATCH (n) RETURN n",
    "PROFILE MATCH (n) RETURN n",
    "CYPHER runtime=slotted MATCH (n) RETURN n",
    "MATCH (n) RETURN n.id AS id UNION SHOW TRANSACTIONS YIELD transactionId AS id RETURN id",
    "CALL dbms.components()",
    "CALL dbms.showCurrentUser()",
    "CALL `dbms`.`listConfig`()",
    # Work Neo4j cannot stop inside one expression (item 5): refused before it runs.
    "RETURN reduce(s = '', x IN range(1,20000000) | s + 'a')",
    "RETURN size([x IN range(1, 1000) | [y IN range(1, 1000) | x * y]]) AS n",
    "UNWIND range(1, 200000000) AS x RETURN collect(x)",
    "UNWIND range(1, toInteger('9' + '000000000')) AS x RETURN count(x)",
    "UNWIND `range`(1, 2000000000) AS x RETURN count(x)",
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
        "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y WITH x WHERE (x + y) % 7 = 0 "
        "RETURN count(*)",
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


# --- Issue 12: admin commands, keys, runaway queries -------------------------------------------

SHOW_TAGGED = (
    "SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery "
    "WHERE metaData.victim = $tag OR currentQuery = $query RETURN transactionId"
)


def _transactions(driver: neo4j.Driver, tag: str = "", query: str = "") -> list[str]:
    records, _, _ = driver.execute_query(SHOW_TAGGED, tag=tag, query=query)
    return [record["transactionId"] for record in records]


def _gone(driver: neo4j.Driver, query: str, wait_s: float = 15.0) -> bool:
    """Whether the query stops running on the server within a generous bound (not a timing)."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if not _transactions(driver, query=query):
            return True
        time.sleep(0.2)
    return False


def test_another_clients_transaction_can_be_neither_seen_nor_terminated(
    small_graph: neo4j.Driver, api: ApiClient
) -> None:
    with small_graph.session() as session:
        victim = session.begin_transaction(metadata={"victim": "issue-12"})
        victim.run("MATCH (n:Company {id: $id}) RETURN n", id="tsmc").consume()
        ids = _transactions(small_graph, tag="issue-12")
        assert ids
        listed = api.post("/cypher", json={"query": "SHOW TRANSACTIONS YIELD *"})
        assert listed.status_code == 400
        assert "issue-12" not in listed.text
        killed = api.post("/cypher", json={"query": "TERMINATE TRANSACTIONS $ids", "params": {"ids": ids}})
        assert killed.status_code == 400, killed.text
        assert victim.run("RETURN 1 AS one").single()["one"] == 1  # still alive
        victim.rollback()


def test_reads_that_mention_command_words_still_answer(small_graph: neo4j.Driver, api: ApiClient) -> None:
    query = (
        "MATCH (n:Company) WHERE n.name <> 'SHOW TRANSACTIONS' "  # a string is no command
        "RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, "
        "n {.name, `set`: 1, start: 2} AS m /* CREATE */ ORDER BY id"
    )
    response = api.post("/cypher", json={"query": query})
    assert response.status_code == 200, response.text
    assert [row[0] for row in response.json()["rows"]] == ["nvidia", "tsmc"]


def test_graphql_cypher_takes_the_same_key_as_the_endpoint(small_graph: neo4j.Driver) -> None:
    key = "cypher-key-" + "z" * 20
    query = {"query": "query($q: String!) { cypher(query: $q) { rows } }"}
    query["variables"] = {"q": "MATCH (n:Company) RETURN count(n) AS n"}  # type: ignore[assignment]
    for client in api_client(make_settings(api_key=key, api_key_required=True)):
        bare = client.post("/graphql", json=query)
        assert bare.status_code == 401
        assert "data" not in bare.json() or bare.json()["data"] is None
        wrong = client.post("/graphql", json=query, headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 403
        right = client.post("/graphql", json=query, headers={"authorization": f"Bearer {key}"})
        assert right.status_code == 200
        assert right.json()["data"]["cypher"]["rows"] == [[2]]
        assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).status_code == 401


def test_cypher_never_runs_over_get_and_mutations_never_do(small_graph: neo4j.Driver) -> None:
    key = "cypher-key-" + "g" * 20
    before = dump_graph(small_graph, "neo4j")
    for client in api_client(make_settings(api_key=key)):
        auth = {"authorization": f"Bearer {key}"}
        cross_site = client.get(
            "/graphql", params={"query": '{ cypher(query: "MATCH (n) RETURN count(n)") { rows } }'}
        )
        assert cross_site.status_code == 405
        assert cross_site.json()["data"] is None
        with_key = client.get(
            "/graphql",
            params={"query": '{ cypher(query: "MATCH (n) RETURN count(n)") { rows } }'},
            headers=auth,
        )
        assert with_key.status_code == 405
        mutation = client.get(
            "/graphql", params={"query": 'mutation { deleteNode(id: "tsmc") }'}, headers=auth
        )
        assert mutation.status_code in (400, 405)
        plain = client.get("/graphql", params={"query": '{ entity(ref: "tsmc") { id } }'})
        assert plain.status_code == 200
        assert plain.json()["data"]["entity"]["id"] == "tsmc"
    assert dump_graph(small_graph, "neo4j") == before


def test_a_client_off_loopback_needs_the_key_even_on_a_loopback_server(small_graph: neo4j.Driver) -> None:
    # What a reverse proxy that forwards the client's address (X-Forwarded-For) presents.
    key = "cypher-key-" + "r" * 20
    body = {"query": "MATCH (n:Company) RETURN count(n) AS n"}
    for client in api_client(make_settings(api_key=key), client_address=("203.0.113.7", 40000)):
        assert client.post("/cypher", json=body).status_code == 401
        ok = client.post("/cypher", json=body, headers={"authorization": f"Bearer {key}"})
        assert ok.status_code == 200


def test_serve_on_all_interfaces_needs_the_key_from_every_client(
    small_graph: neo4j.Driver, settings: Settings
) -> None:
    key = "cypher-key-" + "h" * 20
    env = {**cli_env(settings), "COMPUTEGRAPH_API_KEY": key}
    body = {"query": "MATCH (n:Company) RETURN count(n) AS n"}
    graphql = {"query": '{ cypher(query: "RETURN 1 AS one") { rows } }'}
    with serving(settings, "--host", "0.0.0.0", env=env) as (url, _):  # noqa: S104
        assert httpx.post(f"{url}/cypher", json=body, timeout=30).status_code == 401
        assert httpx.post(f"{url}/graphql", json=graphql, timeout=30).status_code == 401
        auth = {"authorization": f"Bearer {key}"}
        answered = httpx.post(f"{url}/cypher", json=body, headers=auth, timeout=30)
        assert answered.status_code == 200
        assert answered.json()["rows"] == [[2]]


def test_rows_are_capped_by_bytes_too(small_graph: neo4j.Driver) -> None:
    for client in api_client(make_settings(cypher_max_bytes=10_000)):
        query = "UNWIND range(1, 100) AS x RETURN x, $text AS text"
        body = client.post("/cypher", json={"query": query, "params": {"text": "a" * 1000}}).json()
        assert body["truncated"] is True
        assert 1 <= len(body["rows"]) < 10


def test_a_memory_error_is_a_client_error(small_graph: neo4j.Driver, api: ApiClient) -> None:
    query = "UNWIND range(1, 1000000) AS x RETURN collect($text) AS all"
    response = api.post("/cypher", json={"query": query, "params": {"text": "a" * 2000}})
    assert response.status_code == 422, response.text
    assert "memory limit" in response.json()["detail"]


RUNAWAY = "MATCH (a), (b), (c), (d), (e), (f), (g), (h) UNWIND range(1, 100000) AS {} RETURN count(*)"


def test_a_timed_out_request_stops_its_query_on_the_server(small_graph: neo4j.Driver) -> None:
    query = RUNAWAY.format("timed_out")
    for client in api_client(make_settings(cypher_timeout_s=300.0, query_timeout_s=0.5)):
        response = client.post("/cypher", json={"query": query})
        assert response.status_code == 504
    assert _gone(small_graph, query)


def test_a_client_that_hangs_up_stops_its_query_on_the_server(
    small_graph: neo4j.Driver, settings: Settings
) -> None:
    query = RUNAWAY.format("hung_up")
    # Every time limit far away: only the hang-up can stop the query within the wait below.
    env = {
        **cli_env(settings),
        "COMPUTEGRAPH_CYPHER_TIMEOUT_S": "300",
        "COMPUTEGRAPH_QUERY_TIMEOUT_S": "300",
    }
    with serving(settings, env=env) as (url, _):
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(f"{url}/cypher", json={"query": query}, timeout=2)
        assert _gone(small_graph, query)
