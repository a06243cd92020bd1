"""The pages in a real headless Chromium (Debian's chromium + chromedriver, via Selenium).

Screenshots of every page land in a pytest temporary directory (printed at the end of
the run with -s; set EVENTWIRE_SCREENSHOTS=DIR to keep them somewhere else).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1000",
)  # fmt: skip


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("EVENTWIRE_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(
            "headless Chromium not installed: apt-get install chromium chromium-driver "
            "(.ci/run installs them in CI)"
        )
    webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="eventwire-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def wait_for_url(driver: Any, fragment: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: fragment in unquote(d.current_url))


def js_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


PAGES = [
    ("overview", "/", "Overview", "#chart svg rect"),
    ("search", "/search?q=aid", "Search articles", "ol.hits li"),
    ("events", "/events", "Events", "table.events tbody tr"),
    ("map", "/map", "Where it happened", "#map svg circle"),
    ("actor", "/actors/Xi%20Jinping", "Xi Jinping", "#network svg a.node"),
]


@pytest.mark.parametrize("page", PAGES, ids=[p[0] for p in PAGES])
def test_page_loads(browser: Any, live_server: str, shots: Path, page: tuple[str, ...]) -> None:
    name, path, heading, selector = page
    browser.get(live_server + path)
    assert css(browser, "h1")[0].text.startswith(heading)
    assert css(browser, selector), f"{selector} missing on {path}"
    assert browser.save_screenshot(str(shots / f"{name}.png"))
    assert js_errors(browser) == []


def test_click_highlight_shows_record(browser: Any, live_server: str, shots: Path) -> None:
    browser.get(live_server + "/search?q=earthquakes")
    css(browser, "ol.hits a.title")[0].click()
    wait_for_url(browser, "/articles/")
    assert css(browser, "h1")[0].text.startswith("Aid pledges")
    panel = css(browser, "#record-panel")[0]
    assert "Click a highlight" in panel.text
    kinds = {k for el in css(browser, "#text .hl") for k in el.get_attribute("class").split()}
    assert {"k-entity", "k-place", "k-amount", "k-event"} <= kinds
    css(browser, "#text .hl.k-amount")[0].click()
    assert panel.text.startswith("Amount")
    assert "unit" in panel.text
    # a trigger inside a quotation shows the statement's record and the event's
    css(browser, "#text .hl.k-event")[0].click()
    assert "Event:" in panel.text, panel.text
    assert "cameo" in panel.text
    browser.save_screenshot(str(shots / "article.png"))
    assert js_errors(browser) == []


def test_filter_events_by_type(browser: Any, live_server: str) -> None:
    from selenium.webdriver.support.ui import Select

    browser.get(live_server + "/events")
    Select(css(browser, "#events-form select[name=type]")[0]).select_by_value("CONSULT")
    css(browser, "#events-form button[type=submit]")[0].click()
    wait_for_url(browser, "type=CONSULT")
    types = {el.text for el in css(browser, "table.events tbody td .type")}
    assert types == {"CONSULT"}


def test_search_with_country_filter(browser: Any, live_server: str) -> None:
    from selenium.webdriver.support.ui import Select

    browser.get(live_server + "/search")
    Select(css(browser, "#search-form select[name=country]")[0]).select_by_value("TUR")
    css(browser, "#search-form button[type=submit]")[0].click()
    wait_for_url(browser, "country=TUR")
    titles = [el.text for el in css(browser, "ol.hits a.title")]
    assert titles == ["Aid pledges pour in after earthquakes in Turkey and Syria"]


def test_follow_actor_link(browser: Any, live_server: str, shots: Path) -> None:
    browser.get(live_server + "/events?actor=biden")
    link = css(browser, "table.events a.actor")[0]
    name = link.text
    link.click()
    wait_for_url(browser, "/actors/" + name)
    assert css(browser, "h1")[0].text.startswith(name)
    assert css(browser, "#network svg")
    browser.save_screenshot(str(shots / "actor-followed.png"))
