"""The practice workspace in a real browser: a draft from posting to published (practice), a blocked draft, an
approver's own draft refused, and a safeguarding reply that only the DSL sees; screenshots kept as artefacts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from chatbot import messages
from chatbot.school.settings import RemindersSection
from tests.browser.chromium import click, live_text, screenshot, wait_for
from tests.local.practice import Practice, settings, workspace

CLEAN = "Year 3 had a brilliant trip to the science museum today. Thank you to all the parents who helped!"


def be(browser: WebDriver, practice: Practice, person: str) -> None:
    browser.get(f"{practice.running.url}/?as={person}")
    wait_for(browser, lambda d: d.find_element(By.ID, "live").is_displayed())


def post_draft(browser: WebDriver, text: str) -> None:
    browser.find_element(By.CSS_SELECTOR, "form[action='/drafts'] textarea[name='text']").send_keys(text)
    browser.find_element(By.XPATH, "//form[@action='/drafts']//button[text()='Check it']").click()
    wait_for(browser, lambda d: text[:40] in live_text(d))


def press(browser: WebDriver, label: str) -> None:
    click(browser, f"//section[@id='live']//form[@class='card']//button[text()='{label}']")


def test_a_draft_from_posting_to_published_practice(browser: WebDriver, practice: Practice) -> None:
    be(browser, practice, "amara")
    post_draft(browser, CLEAN)
    wait_for(browser, lambda d: "No problems found" in live_text(d))
    screenshot(browser, "1-draft-and-report")
    be(browser, practice, "ben")
    press(browser, "Approve")
    wait_for(browser, lambda d: "Approved and published (practice)" in live_text(d))
    screenshot(browser, "2-published-practice")
    click(browser, "//a[text()='See how it would look']")
    wait_for(browser, lambda d: len(d.window_handles) == 2)  # the link opens its own tab, a moment later under load
    browser.switch_to.window(browser.window_handles[-1])
    wait_for(browser, lambda d: "as Bluesky counts it" in d.page_source)
    screenshot(browser, "3-how-it-would-look")
    browser.close()
    browser.switch_to.window(browser.window_handles[0])


def test_the_authors_page_updates_itself_when_an_approver_decides(browser: WebDriver, practice: Practice) -> None:
    be(browser, practice, "amara")
    post_draft(browser, CLEAN)
    (draft,) = [m.id for m in practice.ws.conversation.in_channel() if m.author == "amara"]
    practice.press("ben", "draft-approve", draft)  # from another browser, as it were: this page is not reloaded
    wait_for(browser, lambda d: "Approved and published (practice)" in live_text(d))


def test_a_blocked_draft_says_why(browser: WebDriver, practice: Practice) -> None:
    be(browser, practice, "amara")
    post_draft(browser, "Huge congratulations to Amelia Nowak for her brilliant swimming gala today!")
    wait_for(browser, lambda d: "Blocked" in live_text(d) and "pupil-name" in live_text(d))
    screenshot(browser, "4-blocked-draft")


def test_an_approvers_own_draft_is_not_approved_by_them(browser: WebDriver, practice: Practice) -> None:
    be(browser, practice, "helen")
    post_draft(browser, CLEAN)
    press(browser, "Approve")
    wait_for(browser, lambda d: messages.OWN_DRAFT in live_text(d))
    assert "Approved and published" not in live_text(browser) and not practice.ws.publisher.posts


def test_a_safeguarding_reply_reaches_only_the_dsl(browser: WebDriver, practice: Practice) -> None:
    be(browser, practice, "amara")
    Select(browser.find_element(By.CSS_SELECTOR, "form[action='/reply'] select")).select_by_visible_text(
        "A child discloses"
    )
    browser.find_element(By.XPATH, '//button[text()="Send the reply to the school\'s account"]').click()
    wait_for(browser, lambda d: "Countersign has read it" in live_text(d))
    assert "step dad" not in live_text(browser)
    be(browser, practice, "priya")
    wait_for(browser, lambda d: "step dad" in live_text(d) and "Safeguarding" in live_text(d))
    screenshot(browser, "5-dsl-sees-a-disclosure")
    for other in ("ben", "helen"):
        be(browser, practice, other)
        assert "step dad" not in browser.page_source, other


def test_the_governors_report_opens_in_a_browser_with_its_charts(browser: WebDriver, tmp_path: Path) -> None:
    from handlers.console.report import write_report
    from tests.local.test_governors_report import a_term, period_of

    yesterday = date.today() - timedelta(days=1)
    with workspace(settings(reminders=RemindersSection(policy_review=yesterday))) as practice:
        a_term(practice)
        html_path, _ = write_report(settings(), practice.ws.service.store, period_of(practice), tmp_path)
    browser.set_window_size(1000, 3400)
    try:
        browser.get(html_path.as_uri())
        wait_for(browser, lambda d: len(d.find_elements(By.TAG_NAME, "svg")) >= 3)
        assert "Drafts checked: 6." in browser.page_source
        screenshot(browser, "6-governors-report")
    finally:
        browser.set_window_size(1400, 1000)


def test_an_approver_moves_a_scheduled_post_from_their_home(browser: WebDriver, practice: Practice) -> None:
    """The home's Change time unfolds a form of its own: only its day and time travel with its Save."""
    posts = [practice.draft("amara", f"Year {n} loved their science week. Thank you to the parents who helped!")
             for n in (3, 4)]  # fmt: skip # two, so that the home has two day fields
    later = practice.ws.clock.now().astimezone(practice.ws.clock.zone) + timedelta(days=2)
    for draft in posts:
        practice.press("amara", "draft-schedule", draft, publish_on=f"{later:%Y-%m-%d}", publish_time="10:30")
        practice.press("ben", "draft-approve", draft)
    be(browser, practice, "ben")
    click(browser, "(//div[@class='home']//details[@class='ask']/summary[text()='Change time'])[1]")
    opened = browser.find_element(By.XPATH, "(//div[@class='home']//details[@class='ask'])[1]")
    for name, value in (("publish_on", f"{later:%Y-%m-%d}"), ("publish_time", "11:45")):
        field = opened.find_element(By.CSS_SELECTOR, f"input[name='{name}']")
        browser.execute_script("arguments[0].value = arguments[1]", field, value)
    opened.find_element(By.XPATH, ".//button[text()='Save']").click()
    wait_for(browser, lambda d: f"{later:%a %-d %b} 11:45" in d.find_element(By.CLASS_NAME, "home").text)
    assert f"{later:%a %-d %b} 10:30" in browser.find_element(By.CLASS_NAME, "home").text  # the other one stays
