"""The web page end to end in real headless Chromium (Playwright), on a phone (390x844) and
a desktop viewport, on the full pipeline (emotion, facts, memory, safety) with the scripted
model: sign up with a display name, a reply streamed in more than one piece, the emoji
reaction, the settings sheet (name, memories corrected and forgotten, API keys created,
copied and revoked, export), a send that fails and keeps its draft, deleting the account
with a goodbye; Enter logs in; a server killed mid-reply, then a retry that stores the
message once; the installable manifest, icons and the service worker that says when the
app is offline. Screenshots (light and dark) go to test-artifacts/page/ (git-ignored).

Needs the Debian ``chromium`` package (``scripts/setup.sh`` installs it when run as root) and
the ``playwright`` Python package; skipped, saying so, without them.
"""

from __future__ import annotations

import io
import json
import signal
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from server_support import (
    PASSWORD,
    ROOT,
    free_port,
    live_server,
    said_in,
    server_settings,
    start_server_process,
)

from amity import ScriptedBackend, Settings, Store, build_engine
from amity.server import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts" / "page"
REPLIES = ["That sounds lovely! Tell me more about it, I am all ears. What happened next?",
           "Oh wow, good luck with that! You have totally got this. Want to practise together?",
           "Nice one! I will remember that. Anything else on your mind?"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
IDLE = "() => document.querySelector('#messages').getAttribute('aria-busy') === 'false'"

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is needed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Chromium is not installed (apt-get install chromium)")


@pytest.fixture
def base_url(tmp_path: Path) -> Iterator[str]:
    # the voice off: every reply comes from the (scripted) model, streamed word by word
    settings = Settings(home=tmp_path / "home", backend="scripted", seed=1, voice=False)
    store = Store(f"sqlite:///{tmp_path / 'amity.db'}")
    engine = build_engine(settings, backend=ScriptedBackend(REPLIES, delay=0.06), store=store)
    with live_server(create_app(settings, server_settings(), engine=engine)) as url:
        yield url
    store.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        found = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield found
        found.close()


def open_page(browser: Any, base_url: str, viewport: str = "phone", **options: Any) -> Any:
    context = browser.new_context(viewport=VIEWPORTS[viewport], base_url=base_url,
                                  accept_downloads=True, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    return page


def real_problems(page: Any) -> list[str]:
    return [m for m in page.problems if "Failed to load resource" not in m
            and "ERR_FAILED" not in m and "ERR_INTERNET_DISCONNECTED" not in m]


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def sign_up(page: Any, username: str, name: str = "") -> None:
    page.goto("/")
    page.wait_for_selector("#auth:not([hidden])")
    page.click("#mode-signup")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.fill("#display-name", name)
    page.click("#auth-submit")
    page.wait_for_selector("#app:not([hidden])")


def send(page: Any, text: str) -> Any:
    """Type and send a message; return the locator of the reply bubble once it is complete."""
    replies = page.locator(".msg.assistant:not(.typing-dots)")
    before = replies.count()
    page.fill("#composer-text", text)
    page.keyboard.press("Enter")
    page.wait_for_function(IDLE)
    assert replies.count() == before + 1
    return replies.nth(before)


def open_settings(page: Any) -> None:
    page.click("#settings-open")
    page.wait_for_selector("#settings[open]")


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_the_page_end_to_end_in_chromium(browser: Any, base_url: str, viewport: str) -> None:
    p = open_page(browser, base_url, viewport)
    p.context.grant_permissions(["clipboard-read", "clipboard-write"])
    p.goto("/")
    p.wait_for_selector("#auth:not([hidden])")
    assert p.title().startswith("Sunny")
    shot(p, f"{viewport}-01-sign-up")
    unlabeled = p.evaluate("""[...document.querySelectorAll('input, textarea')]
        .filter(e => !e.labels || !e.labels.length).map(e => e.id)""")
    assert unlabeled == []

    # sign up, with the name Sunny should use
    p.fill("#username", "mia.w")
    p.fill("#password", "short")
    p.fill("#display-name", "Mia")
    p.click("#auth-submit")
    p.wait_for_selector("#auth-error:not([hidden])")
    assert "8 characters" in p.inner_text("#auth-error")
    p.fill("#password", PASSWORD)
    p.click("#auth-submit")
    p.wait_for_selector("#app:not([hidden])")
    assert p.locator("#composer").is_visible() and p.locator("#alert").is_hidden()
    assert "Sunny" in p.inner_text(".msg.assistant")  # the character's greeting
    assert p.inner_text("#friend-name") == "Sunny"
    first = send(p, "hi there!")  # the safety layer first asks for an age
    assert "old are you" in first.inner_text()
    send(p, "I'm 25")

    # a normal turn: dots while Sunny types, then the reply arrives in several pieces
    p.evaluate("""(before) => { window.pieces = [];
        new MutationObserver(() => {
          const all = document.querySelectorAll('.msg.assistant:not(.typing-dots) .body');
          if (all.length <= before) return;
          const text = all[all.length - 1].textContent;
          if (text && window.pieces[window.pieces.length - 1] !== text) window.pieces.push(text);
        }).observe(document.querySelector('#messages'),
                   {childList: true, subtree: true, characterData: true}); }""",
               p.locator(".msg.assistant").count())
    p.fill("#composer-text", "I have a math exam on Friday")
    p.keyboard.press("Enter")
    p.wait_for_selector(".typing-dots")
    p.wait_for_function("() => window.pieces.length > 0")
    shot(p, f"{viewport}-02-streaming")
    p.wait_for_function(IDLE)
    pieces = p.evaluate("() => window.pieces")
    final = p.locator(".msg.assistant .body").last.inner_text()
    assert final in REPLIES and len(pieces) > 1 and pieces[-1] == final
    assert all(final.startswith(piece) for piece in pieces)  # it grew piece by piece
    assert p.locator(".typing-dots").count() == 0
    reaction = p.locator(".msg.user").last.locator(".reaction")
    reaction.wait_for()
    assert "reacted" in (reaction.get_attribute("aria-label") or "")
    p.locator(".msg.user .body").last.click()  # timestamps on demand
    assert p.locator(".msg.user").last.locator(".stamp").is_visible()
    # the composer stays pinned at the bottom of the screen
    box = p.locator("#composer").bounding_box()
    assert abs(box["y"] + box["height"] - VIEWPORTS[viewport]["height"]) < 2
    shot(p, f"{viewport}-03-light")
    p.emulate_media(color_scheme="dark")
    shot(p, f"{viewport}-04-dark")
    p.emulate_media(color_scheme="light")

    # the settings sheet: the name, then the memories (correct, forget)
    open_settings(p)
    assert p.input_value("#name-input") == "Mia" and p.inner_text("#whoami") == "mia.w"
    item = p.locator("#memory-list li").filter(has_text="math exam")
    item.wait_for()
    assert "From your message" in item.locator(".source").inner_text()
    assert "math exam on Friday" in item.locator(".source").inner_text()
    shot(p, f"{viewport}-05-settings")
    item.get_by_role("button", name="Correct").click()
    item.locator("input").fill("physics exam")
    item.get_by_role("button", name="Save").click()
    fixed = p.locator("#memory-list li").filter(has_text="physics exam")
    fixed.wait_for()
    p.once("dialog", lambda d: d.accept())
    fixed.get_by_role("button", name="Forget").click()
    p.wait_for_function("() => document.querySelector('#memory-status').textContent"
                        " === 'Forgotten.'")
    assert p.locator("#memory-list li[data-id]").count() == 0
    assert "math exam" not in p.inner_text("#messages")  # its words are gone from the chat

    # API keys: created, shown once with a copy button, usable, then revoked
    p.fill("#key-name", "SillyTavern")
    p.click("#key-create")
    p.wait_for_selector("#key-new:not([hidden])")
    key = p.input_value("#key-value")
    assert key.startswith("amity_")
    p.click("#key-copy")
    p.wait_for_function("() => document.querySelector('#key-status').textContent === 'Copied.'")
    assert p.evaluate("() => navigator.clipboard.readText()") == key
    listed = p.locator("#key-list li[data-id]").filter(has_text="SillyTavern")
    assert key.startswith(listed.locator(".source").inner_text().split("…")[0])
    auth = {"authorization": f"Bearer {key}"}
    assert p.request.get("/v1/models", headers=auth).status == 200
    p.once("dialog", lambda d: d.accept())
    listed.get_by_role("button", name="Revoke the key SillyTavern").click()
    p.wait_for_function("() => !document.querySelector('#key-list li[data-id]')")
    assert p.locator("#key-new").is_hidden()
    assert p.request.get("/v1/models", headers=auth).status == 401

    # export: one archive with the card, memories and messages
    with p.expect_download() as download:
        p.click("#export-link")
    path = ARTIFACTS / f"{viewport}-export.zip"
    download.value.save_as(path)
    archive = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    assert {"character.json", "memories.jsonl", "messages.jsonl"} <= set(archive.namelist())
    contents = [json.loads(x)["content"] for x in archive.read("messages.jsonl").splitlines()]
    assert "I'm 25" in contents
    p.keyboard.press("Escape")
    p.wait_for_selector("#settings", state="hidden")

    # a send that cannot reach the server: it says so and the text goes back in the box
    p.route("**/api/chat", lambda route: route.abort())
    p.fill("#composer-text", "are you there?")
    p.keyboard.press("Enter")
    p.wait_for_selector("#alert:not([hidden])")
    assert "wasn't sent" in p.inner_text("#alert")
    assert p.input_value("#composer-text") == "are you there?"
    assert "are you there?" not in p.inner_text("#messages")
    p.unroute("**/api/chat")
    p.click("#alert-close")
    assert p.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")

    # delete the account: a goodbye, and the login no longer works
    open_settings(p)
    p.click("#delete-open")
    p.fill("#delete-password", PASSWORD)
    p.click("#delete-confirm")
    p.wait_for_selector("#goodbye:not([hidden])")
    assert "deleted" in p.inner_text("#goodbye")
    shot(p, f"{viewport}-06-goodbye")
    p.click("#goodbye-again")
    p.click("#mode-login")
    p.fill("#username", "mia.w")
    p.fill("#password", PASSWORD)
    p.keyboard.press("Enter")
    p.wait_for_selector("#auth-error:not([hidden])")
    assert "Wrong username or password" in p.inner_text("#auth-error")
    assert real_problems(p) == []


def test_enter_logs_in(browser: Any, base_url: str) -> None:
    with httpx.Client(base_url=base_url) as web:
        assert web.post("/api/signup", json={"username": "jay_k", "password": PASSWORD}
                        ).status_code == 201
    p = open_page(browser, base_url)
    p.goto("/")
    p.wait_for_selector("#auth:not([hidden])")
    p.click("#mode-login")
    p.fill("#username", "jay_k")
    p.fill("#password", PASSWORD)
    p.keyboard.press("Enter")  # the phone's "Go": logs in, never signs up
    p.wait_for_selector("#app:not([hidden])")
    assert p.locator("#auth-error").is_hidden()
    open_settings(p)
    p.click("#logout")
    p.wait_for_selector("#auth:not([hidden])")
    # a device that has logged in before opens on the log-in form
    assert p.get_attribute("#mode-login", "aria-pressed") == "true"
    p.fill("#username", "jay_k")
    p.fill("#password", PASSWORD)
    p.keyboard.press("Enter")
    p.wait_for_selector("#app:not([hidden])")
    assert real_problems(p) == []


def test_a_server_killed_mid_reply_then_a_retry_stores_the_message_once(
        browser: Any, tmp_path: Path) -> None:
    db, port = f"sqlite:///{tmp_path / 'amity.db'}", free_port()
    proc, base = start_server_process(db, tmp_path / "home", delay=0.05, words=80, port=port,
                                      log=tmp_path / "first.log")
    try:
        p = open_page(browser, base)
        sign_up(p, "sam")
        p.fill("#composer-text", "are you there?")
        p.keyboard.press("Enter")
        p.wait_for_selector(".msg.user[data-id]")  # saved: the server said so
        p.wait_for_function("() => { const b = document.querySelector("
                            "'.msg.assistant:not(.typing-dots):last-of-type .body');"
                            " return b && b.textContent.length > 0; }")
        proc.send_signal(signal.SIGKILL)  # mid-reply
        proc.wait(timeout=10)
        p.wait_for_selector(".retry")
        assert "didn't answer" in p.inner_text(".retry")
        assert p.input_value("#composer-text") == ""  # it was saved: not a draft any more
        shot(p, "retry")
        proc, _ = start_server_process(db, tmp_path / "home", port=port,
                                       log=tmp_path / "second.log")
        p.reload()  # after a reload, the unanswered message can still be answered
        p.wait_for_selector(".retry")
        p.click("#retry")
        p.wait_for_function(IDLE)
        reply = p.locator(".msg.assistant .body").last.inner_text()
        assert said_in(reply) == "are you there?"
        assert p.locator(".retry").count() == 0
        stored = p.request.get("/api/messages").json()["messages"]
        assert [m["content"] for m in stored if m["role"] == "user"] == ["are you there?"]
        assert [said_in(m["content"]) for m in stored if m["role"] == "assistant"] == [
            "are you there?"]
        assert real_problems(p) == []
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_lost_answer_then_sending_again_stores_the_message_once(
        browser: Any, base_url: str) -> None:
    p = open_page(browser, base_url)
    sign_up(p, "sam")

    def lose(route: Any) -> None:
        route.fetch()  # the server stores the message and answers it...
        route.abort()  # ...but the answer never reaches the page

    p.route("**/api/chat", lose)
    p.fill("#composer-text", "did you get this?")
    p.keyboard.press("Enter")
    p.wait_for_selector("#alert:not([hidden])")
    assert p.input_value("#composer-text") == "did you get this?"  # the draft is kept
    p.unroute("**/api/chat")
    p.keyboard.press("Enter")  # sent again, with the same idempotency key
    p.wait_for_function(IDLE)
    stored = p.request.get("/api/messages").json()["messages"]
    assert [m["content"] for m in stored if m["role"] == "user"] == ["did you get this?"]
    assert [m["role"] for m in stored] == ["user", "assistant"]
    assert p.locator(".msg.assistant .body").last.inner_text() == stored[-1]["content"]
    assert p.input_value("#composer-text") == ""
    assert real_problems(p) == []


def test_the_app_installs_and_says_when_it_is_offline(browser: Any, base_url: str) -> None:
    p = open_page(browser, base_url)
    p.goto("/")
    p.wait_for_selector("#auth:not([hidden])")
    manifest = p.request.get("/manifest.json")
    assert manifest.status == 200
    assert manifest.headers["content-type"].startswith("application/manifest+json")
    data = manifest.json()
    assert data["display"] == "standalone" and data["start_url"] == "/"
    assert data["short_name"] == "Sunny" and data["theme_color"]
    sizes = {i["sizes"] for i in data["icons"] if i["type"] == "image/png"}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        got = p.request.get(icon["src"])
        assert got.status == 200 and got.headers["content-type"] == icon["type"]
    assert p.get_attribute("link[rel=manifest]", "href") == "/manifest.json"
    assert p.request.get("/favicon.ico").status == 200
    # the service worker keeps the app shell; offline, the app opens and says so
    assert p.evaluate("""async () => { const r = await navigator.serviceWorker.ready;
        return r.active.scriptURL; }""").endswith("/sw.js")
    p.reload()
    p.wait_for_function("() => navigator.serviceWorker.controller !== null")
    p.context.set_offline(True)
    p.reload()
    p.wait_for_selector("#offline:not([hidden])")
    assert "offline" in p.inner_text("#offline")
    assert "offline" in p.inner_text("#alert")
    shot(p, "offline")
    p.context.set_offline(False)
    p.evaluate("() => window.dispatchEvent(new Event('online'))")
    p.wait_for_selector("#offline", state="hidden")
    assert real_problems(p) == []
