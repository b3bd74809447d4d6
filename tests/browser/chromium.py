"""Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (no browser is downloaded)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

BROWSER, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artefacts" / "screenshots"  # kept after the run, for people to look at
README_SHOTS = ROOT / "docs" / "screenshots"  # refreshed when COUNTERSIGN_README_SCREENSHOTS=1
# Without these, Chromium reaches for Google's services at start, which a closed network refuses many times over
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
         "--disable-dev-shm-usage", "--lang=en-GB")  # fmt: skip


def chromium(profile: Path) -> WebDriver:
    if not (shutil.which(BROWSER) and shutil.which(DRIVER)):
        pytest.fail("Chromium and chromedriver are not installed: `scripts/setup dev` installs them with apt")
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(DRIVER), options=options)


def live_text(driver: WebDriver) -> str:
    return str(driver.find_element(By.ID, "live").text)


def wait_for(driver: WebDriver, seen: Callable[[WebDriver], bool], seconds: float = 20) -> None:
    """Until `seen`. The page may be redrawn while it is read (a live update, or the page a form's answer loads), so
    an element that vanished, stale or "not in the document", is looked for again."""
    WebDriverWait(driver, seconds, 0.1, ignored_exceptions=(WebDriverException,)).until(seen)


def click(driver: WebDriver, xpath: str) -> None:
    """Click what `xpath` finds, finding it again if a live update redrew it in between."""

    def clicked(d: WebDriver) -> bool:
        d.find_element(By.XPATH, xpath).click()
        return True

    wait_for(driver, clicked)


def screenshot(driver: WebDriver, name: str) -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    driver.save_screenshot(str(path))
    if os.environ.get("COUNTERSIGN_README_SCREENSHOTS") == "1":
        README_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_SHOTS / path.name)
    return path
