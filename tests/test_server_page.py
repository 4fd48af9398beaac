"""The web page end to end in real headless Chromium (Playwright), on the full pipeline
(emotion, facts, memory, safety) with the scripted model: sign up, chat and watch the reply
stream in, see the emoji reaction, correct and forget a memory, export, see an error state,
delete the account. Screenshots go to test-artifacts/page/ (git-ignored).

Needs the Debian ``chromium`` package (``scripts/setup.sh`` installs it when run as root) and
the ``playwright`` Python package; skipped, saying so, without them.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from server_support import ROOT, live_server, server_settings

from amity import ScriptedBackend, Settings, Store, build_engine
from amity.server import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts" / "page"
REPLIES = ["That sounds lovely! Tell me more about it, I am all ears. What happened next?",
           "Oh wow, good luck with that! You have totally got this. Want to practise together?",
           "Nice one! I will remember that. Anything else on your mind?"]

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is needed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Chromium is not installed (apt-get install chromium)")


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    settings = Settings(home=tmp_path / "home", backend="scripted", seed=1)
    store = Store(f"sqlite:///{tmp_path / 'amity.db'}")
    engine = build_engine(settings, backend=ScriptedBackend(REPLIES, delay=0.06), store=store)
    with live_server(create_app(settings, server_settings(), engine=engine)) as url:
        yield url
    store.close()


@pytest.fixture
def page(base_url: str) -> Iterator[object]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844},
                                      base_url=base_url, accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(15_000)
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.problems = problems  # type: ignore[attr-defined]
        yield page
        context.close()
        browser.close()


def shot(page: object, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def send(page: object, text: str) -> object:
    """Type and send a message; return the locator of the reply bubble once it is complete."""
    replies = page.locator(".msg.assistant")  # type: ignore[attr-defined]
    before = replies.count()
    page.fill("#composer-text", text)  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function("() => document.querySelector('#messages')"
                           ".getAttribute('aria-busy') === 'false'")  # type: ignore[attr-defined]
    assert replies.count() == before + 1
    return replies.nth(before)


def test_the_page_end_to_end_in_chromium(page: object) -> None:
    p = page  # type: ignore[assignment]
    p.goto("/")
    p.wait_for_selector("#auth:not([hidden])")
    assert p.title().startswith("amity")
    shot(p, "01-sign-up")
    unlabeled = p.evaluate("""[...document.querySelectorAll('input, textarea')]
        .filter(e => !e.labels || !e.labels.length).map(e => e.id)""")
    assert unlabeled == []

    p.fill("#username", "sam")
    p.fill("#password", "short")
    p.click("#signup")
    p.wait_for_selector("#auth-error:not([hidden])")
    assert "8 characters" in p.inner_text("#auth-error")
    p.fill("#password", "a long enough password")
    p.click("#signup")
    p.wait_for_selector("#app:not([hidden])")
    assert "Hi, sam" in p.inner_text("#whoami")
    assert p.locator("#alert").is_hidden() and p.locator("#typing").is_hidden()
    assert "Sunny" in p.inner_text(".msg.assistant")  # the character's greeting
    shot(p, "02-signed-up")

    first = send(p, "hi there!")  # the safety layer first asks for an age
    assert "old are you" in first.inner_text()
    send(p, "I'm 25")

    # a normal turn: the reply streams in while "Sunny is typing…" shows
    before = p.locator(".msg.assistant").count()
    p.fill("#composer-text", "I have a math exam on Friday")
    p.keyboard.press("Enter")
    p.wait_for_selector("#typing:not([hidden])")
    partial = p.wait_for_function("""(before) => {
        const all = document.querySelectorAll('.msg.assistant .body');
        const b = all[all.length - 1];
        return all.length > before && b.textContent.length > 0 &&
               document.querySelector('#messages').getAttribute('aria-busy') === 'true'
               && b.textContent; }""", arg=before).json_value()
    shot(p, "03-streaming")
    p.wait_for_selector("#typing", state="hidden")
    final = p.locator(".msg.assistant .body").last.inner_text()
    assert final in REPLIES and partial != final and final.startswith(partial.strip())
    reaction = p.locator(".msg.user").last.locator(".reaction")
    reaction.wait_for()
    assert reaction.inner_text().strip() and "reacted" in (reaction.get_attribute("aria-label")
                                                            or "")
    shot(p, "04-replied")

    # the memory ledger: open it (phone layout), correct, then forget
    p.click("#memory-toggle")
    item = p.locator("#memory-list li").filter(has_text="math exam")
    item.wait_for()
    assert "From your message" in item.locator(".source").inner_text()
    assert "math exam on Friday" in item.locator(".source").inner_text()
    shot(p, "05-memories")
    item.get_by_role("button", name="Correct").click()
    item.locator("input").fill("physics exam")
    item.get_by_role("button", name="Save").click()
    fixed = p.locator("#memory-list li").filter(has_text="physics exam")
    fixed.wait_for()
    p.once("dialog", lambda d: d.accept())
    fixed.get_by_role("button", name="Forget").click()
    p.wait_for_function("() => document.querySelector('#memory-status').textContent"
                        " === 'Forgotten.'")
    assert p.locator("#memory-list li").count() == 0
    assert "math exam" not in p.inner_text("#messages")  # its words are gone from the chat
    shot(p, "06-forgotten")

    # export: one archive with the card, memories and messages
    with p.expect_download() as download:
        p.click("#export-link")
    path = ARTIFACTS / "export.zip"
    download.value.save_as(path)
    archive = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    assert {"character.json", "memories.jsonl", "messages.jsonl"} <= set(archive.namelist())
    contents = [json.loads(x)["content"] for x in archive.read("messages.jsonl").splitlines()]
    assert "I'm 25" in contents

    # an error state: the network fails, the page says so and keeps the typed message
    p.route("**/api/chat", lambda route: route.abort())
    p.fill("#composer-text", "are you there?")
    p.keyboard.press("Enter")
    p.wait_for_selector("#alert:not([hidden])")
    assert "reach the server" in p.inner_text("#alert")
    assert p.locator(".msg.user.failed").count() == 1
    shot(p, "07-error")
    p.unroute("**/api/chat")
    p.click("#alert-close")

    # the layout fits a phone, and a laptop
    assert p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    p.set_viewport_size({"width": 1280, "height": 800})
    shot(p, "08-desktop")

    # delete the account: back to sign-up, and the login no longer works
    p.click("#delete-open")
    p.fill("#delete-password", "a long enough password")
    p.click("#delete-confirm")
    p.wait_for_selector("#auth:not([hidden])")
    p.fill("#username", "sam")
    p.fill("#password", "a long enough password")
    p.click("#login")
    p.wait_for_selector("#auth-error:not([hidden])")
    assert "Wrong username or password" in p.inner_text("#auth-error")
    shot(p, "09-deleted")
    problems = [m for m in p.problems if "Failed to load resource" not in m
                and "ERR_FAILED" not in m]
    assert problems == []
