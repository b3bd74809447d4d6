"""One headless Chromium for the browser tests, and a fresh practice workspace for each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.remote.webdriver import WebDriver

from tests.browser.chromium import chromium
from tests.local.practice import Practice, settings, workspace


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    driver = chromium(Path(tmp_path_factory.mktemp("chromium-profile")))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def practice() -> Iterator[Practice]:
    with workspace(settings()) as running:
        yield running
