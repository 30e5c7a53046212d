"""The explorer in a real browser: headless Chromium against `computegraph serve` on the real
Neo4j with the shipped dataset. Every test also checks that the page logged no errors and asked
for nothing beyond loopback. The screenshots in docs/explorer-*.png are taken here."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import neo4j
import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from graph.settings import PROJECT_ROOT, Settings
from tests.integration.browser import Watched, browser, watch
from tests.integration.serving import cli_env, serving

__all__ = ["browser"]  # the fixture, re-exported for pytest

DOCS = PROJECT_ROOT / "docs"
# Screenshots go to docs/ (the README shows them) only when asked, so that a test run leaves the
# clone as it found it: `COMPUTEGRAPH_SCREENSHOTS_TO_DOCS=1 make test` refreshes them.
SCREENSHOTS_TO_DOCS = os.environ.get("COMPUTEGRAPH_SCREENSHOTS_TO_DOCS") == "1"
VIEWS = {
    "search": "#/search?q=Corewave",
    "entity": "#/entity/coreweave",
    "neighbourhood": "#/graph/coreweave",
    "deal-web": "#/deals",
    "risk-cascade": "#/risk/openai",
    "dependencies": "#/deps/tsmc?dir=dependents&depth=2",
    "capacity": "#/capacity",
}


@pytest.fixture(scope="module")
def explorer(dataset: neo4j.Driver, settings: Settings) -> Iterator[str]:
    """One server for the module, on the shipped dataset. Its query time limit is raised: the
    tests check what the pages show, and a machine shared with other suites may be slow."""
    env = {**cli_env(settings), "COMPUTEGRAPH_QUERY_TIMEOUT_S": "90"}
    with serving(settings, env=env) as (url, _process):
        yield url


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    """A fresh page; after the test, it must have logged no errors and asked nothing of the outside."""
    pages = watch(browser)
    page = next(pages)
    yield page
    try:
        assert page.outside_requests == [], "requested outside loopback"
        assert page.console_errors == [], "console errors"
    finally:
        pages.close()


def open_view(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    expect(page.locator(".error")).to_have_count(0)


def shown_query(page: Page, index: int = 0) -> tuple[str, dict[str, object]]:
    """The GraphQL query a view says it ran, with its variables, as the page shows them."""
    text = page.get_by_test_id("query-text").nth(index)
    return text.text_content() or "", json.loads(text.get_attribute("data-variables") or "{}")


def ask(base: str, query: str, variables: dict[str, object]) -> dict[str, object]:
    answer = httpx.post(f"{base}/graphql", json={"query": query, "variables": variables}, timeout=30).json()
    assert "errors" not in answer, answer
    return answer["data"]  # type: ignore[no-any-return]


def download_csv(page: Page, name: str) -> list[dict[str, str]]:
    with page.expect_download() as info:
        page.get_by_test_id(f"csv-{name}").click()
    path = info.value.path()
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("name", list(VIEWS))
def test_each_view_loads_and_is_photographed(
    explorer: str, watched: Watched, name: str, tmp_path: Path
) -> None:
    page = watched.page
    open_view(page, f"{explorer}/{VIEWS[name]}")
    expect(page.get_by_test_id("query-panel").first).to_be_attached()
    assert page.locator("[data-table]").count() >= 1
    page.wait_for_timeout(300)  # charts draw on the next animation frame
    shot = (DOCS if SCREENSHOTS_TO_DOCS else tmp_path) / f"explorer-{name}.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000  # a drawn page, not an empty frame


def test_search_finds_a_misspelt_name(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/search")
    page.get_by_test_id("search-input").fill("Corewave")
    page.get_by_test_id("search-input").press("Enter")
    page.wait_for_selector("body[data-ready=true]")
    results = page.get_by_test_id("search-results")
    expect(results.get_by_role("link", name="CoreWeave", exact=True)).to_be_visible()
    header_search = page.get_by_role("search").get_by_role("searchbox")
    header_search.fill("Hynix")
    header_search.press("Enter")
    expect(results.get_by_role("link", name="SK hynix", exact=True)).to_be_visible()
    results.get_by_role("link", name="SK hynix", exact=True).click()
    expect(page.locator("h1")).to_contain_text("SK hynix")


def node_count(page: Page) -> int:
    return int(page.get_by_test_id("graph-count").inner_text().split()[0])


def test_clicking_a_node_expands_the_graph(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/graph/tsmc")
    before = node_count(page)
    # A real click where the neighbour is drawn: its position on screen from Cytoscape.
    point = page.evaluate(
        """() => {
          const box = document.querySelector('[data-testid=graph]');
          const node = box.cy.getElementById('nvidia');
          const p = node.renderedPosition();
          const r = box.getBoundingClientRect();
          return { x: r.left + p.x, y: r.top + p.y };
        }"""
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(
        f"() => parseInt(document.querySelector('[data-testid=graph-count]').textContent) > {before}",
        timeout=60_000,
    )
    assert node_count(page) > before
    # Filtering by relationship type hides its edges.
    box = page.get_by_test_id("relationship-filters").locator("input:checked").first
    relation = box.get_attribute("data-relation")
    box.uncheck()
    # An expansion still settling may redraw after the click: give the filter time to apply.
    predicate = (
        "(relation) => document.querySelector('[data-testid=graph]').cy.edges()"
        ".filter(e => e.data('relation') === relation).every(e => e.hidden())"
    )
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(predicate, arg=relation, timeout=10_000)
    hidden = page.evaluate(
        "(relation) => document.querySelector('[data-testid=graph]').cy.edges()"
        ".filter(e => e.data('relation') === relation).every(e => e.hidden())",
        relation,
    )
    assert hidden


def total_loss(page: Page) -> str:
    return page.get_by_test_id("total-loss").inner_text()


def test_risk_sliders_change_the_numbers(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/risk/openai")
    before = total_loss(page)
    slider = page.get_by_test_id("slider-recoveryRate")
    slider.evaluate("(el) => { el.value = '0.9'; el.dispatchEvent(new Event('change')); }")
    expect(page.get_by_test_id("total-loss")).not_to_have_text(before, timeout=15_000)
    page.wait_for_selector("body[data-ready=true]")
    assert "recoveryRate=0.9" in page.url
    _, variables = shown_query(page)
    assert variables["recoveryRate"] == 0.9


def test_risk_csv_matches_the_graphql_answer(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/risk/openai?recoveryRate=0.3")
    rows = download_csv(page, "risk")
    query, variables = shown_query(page)
    assert variables["company"] == "openai"
    parties = ask(explorer, query, variables)["riskIfDefault"]["parties"]  # type: ignore[index]
    assert len(rows) == len(parties) > 0
    by_id = {row["companyId"]: row for row in rows}
    for party in parties:
        row = by_id[party["company"]["id"]]
        assert math.isclose(float(row["totalLossUsd"]), party["totalLossUsd"], rel_tol=1e-9)
        assert row["companyName"] == party["company"]["name"]


def test_capacity_csv_matches_the_graphql_answer(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/capacity?group=COUNTRY")
    rows = download_csv(page, "capacity")
    query, variables = shown_query(page)
    answer = ask(explorer, query, variables)["capacity"]
    assert {r["group"]: float(r["plannedMw"]) for r in rows} == {a["group"]: a["plannedMw"] for a in answer}  # type: ignore[union-attr,index]


def test_deal_web_draws_the_triangle_and_its_cycles(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/deals")
    drawn = page.evaluate("() => document.querySelector('[data-testid=graph]').cy.nodes().map(n => n.id())")
    assert {"openai", "oracle", "nvidia"} <= set(drawn)
    assert page.evaluate("() => document.querySelector('[data-testid=graph]').cy.edges('.cycle').length") > 0
    rows = download_csv(page, "deal-web")
    assert any(r["payerId"] == "openai" and r["payeeId"] == "oracle" for r in rows)


def test_as_of_redraws_the_view(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/deals")
    latest = len(download_csv(page, "deal-web"))
    page.locator("#as-of").fill("2024-06-30")
    page.locator("#as-of").dispatch_event("change")
    page.wait_for_url("**asOf=2024-06-30**")
    page.wait_for_selector("body[data-ready=true]")
    _, variables = shown_query(page)
    assert variables["asOf"] == "2024-06-30"
    assert len(download_csv(page, "deal-web")) < latest


def test_playground_is_offline_and_opens_the_views_query(explorer: str, watched: Watched) -> None:
    page = watched.page
    open_view(page, f"{explorer}/#/deps/tsmc")
    opener = page.get_by_role("link", name="Open in playground", include_hidden=True).first
    link = opener.get_attribute("href")
    assert link is not None
    assert link.startswith(f"{explorer}/graphql#query=")
    page.goto(link)
    expect(page.locator(".graphiql-container")).to_be_visible(timeout=30_000)
    tabs = page.locator(".graphiql-tab")
    expect(tabs.filter(has_text="Dependencies")).to_have_count(1)
    for example in ("TsmcCompanyCard", "WhoDependsOnTsmc", "WhoBearsTheRiskIfOpenAiDefaults"):
        expect(tabs.filter(has_text=example)).to_have_count(1)
    expect(tabs.filter(has_text="<untitled>")).to_have_count(0)
