"""Server processes: two processes on one PostgreSQL database serve one user's consistent
conversation; a server killed (SIGKILL) mid-stream loses no accepted message (SQLite and
PostgreSQL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from server_support import PASSWORD, free_port, said_in, signup, start_server_process

from amity.server.ready import wait_until_up


def _chat(client: httpx.Client, base: str, csrf: str, text: str, stream: bool) -> str:
    r = client.post(f"{base}/api/chat", json={"text": text, "stream": stream},
                    headers={"x-csrf-token": csrf}, timeout=30)
    assert r.status_code == 200, r.text
    if not stream:
        return str(r.json()["text"])
    last = [b for b in r.text.split("\n\n") if b.startswith("event: reply")][-1]
    return str(json.loads(last.split("data: ", 1)[1])["text"])


@pytest.mark.postgres
def test_two_processes_on_postgres_keep_one_consistent_conversation(
        db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the multi-process test runs on PostgreSQL")
    one, base_a = start_server_process(db_url, tmp_path / "a", delay=0.005, words=6,
                                       log=tmp_path / "a.log")
    two, base_b = start_server_process(db_url, tmp_path / "b", delay=0.005, words=6,
                                       log=tmp_path / "b.log")
    try:
        with httpx.Client() as client:
            r = client.post(f"{base_a}/api/signup", json={"username": "sam",
                                                          "password": PASSWORD})
            csrf = r.json()["csrf_token"]  # cookies ignore ports: B gets the session too
            sent: list[str] = []
            for i in range(8):  # one after another, alternating processes and modes
                text = f"turn {i} w{i}x{i * 7}"
                sent.append(text)
                reply = _chat(client, (base_a, base_b)[i % 2], csrf, text, stream=i % 3 != 0)
                assert said_in(reply) == text
            texts = [f"burst {i} b{i}z{i * 3}" for i in range(10)]  # all at once, both
            with ThreadPoolExecutor(10) as pool:
                replies = list(pool.map(lambda it: _chat(client, (base_a, base_b)[it[0] % 2],
                                                         csrf, it[1], stream=True),
                                        enumerate(texts)))
            assert [said_in(r) for r in replies] == texts
            sent += texts
            views = [client.get(f"{b}/api/messages", params={"limit": 200}).json()
                     for b in (base_a, base_b)]
    finally:
        for proc in (one, two):
            proc.terminate()
            proc.wait(timeout=30)
    assert views[0] == views[1]  # both processes see the same conversation
    messages = views[0]["messages"]
    users = [m["content"] for m in messages if m["role"] == "user"]
    answers = [said_in(m["content"]) for m in messages if m["role"] == "assistant"]
    assert Counter(users) == Counter(sent) and Counter(answers) == Counter(sent)
    sequential = [(m["role"], m["content"]) for m in messages[:16]]
    assert sequential == [pair for text in sent[:8] for pair in (
        ("user", text), ("assistant", next(m["content"] for m in messages
                                           if m["role"] == "assistant" and
                                           said_in(m["content"]) == text)))]
    for m in messages:  # every reply comes after the message it answers
        if m["role"] == "assistant":
            asked = next(u for u in messages if u["role"] == "user" and
                         u["content"] == said_in(m["content"]))
            assert asked["id"] < m["id"]


def test_a_killed_server_loses_no_accepted_message(db_url: str, tmp_path: Path) -> None:
    proc, base = start_server_process(db_url, tmp_path / "h", delay=0.05, words=80,
                                      log=tmp_path / "first.log")
    client = httpx.Client(base_url=base)
    csrf = signup(client, "sam")
    accepted: list[str] = []
    cut: list[str] = []  # streams that had shown part of a reply when the server died
    lock = threading.Lock()

    def stream(i: int) -> None:
        text = f"message {i} k{i}q{i * 11}"
        seen = b""
        try:
            with client.stream("POST", "/api/chat", json={"text": text},
                               headers={"x-csrf-token": csrf}, timeout=30) as r:
                if r.status_code == 200:
                    with lock:
                        accepted.append(text)
                for piece in r.iter_bytes():
                    seen += piece
        except httpx.HTTPError:
            if b"event: token" in seen and b"event: reply" not in seen:
                with lock:
                    cut.append(text)

    threads = [threading.Thread(target=stream, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while len(accepted) < 6 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # replies are streaming now (each takes about 4 s)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for t in threads:
        t.join(timeout=30)
    assert len(accepted) == 6 and cut, "the server should die mid-stream"

    again, base = start_server_process(db_url, tmp_path / "h", delay=0.0, words=0,
                                       log=tmp_path / "second.log")
    try:
        with httpx.Client(base_url=base, cookies=client.cookies) as after:
            stored = after.get("/api/messages", params={"limit": 200}).json()["messages"]
            users = Counter(m["content"] for m in stored if m["role"] == "user")
            assert users == Counter(accepted)  # each accepted message, exactly once
            answered = Counter(said_in(m["content"]) for m in stored
                               if m["role"] == "assistant")
            assert set(answered) <= set(accepted) and max(answered.values(), default=1) == 1
            assert not set(cut) & set(answered)  # a cut reply is not stored half-way
            reply = _chat(after, base, after.get("/api/me").json()["csrf_token"],
                          "still there?", stream=True)
            assert said_in(reply) == "still there?"
    finally:
        again.terminate()
        again.wait(timeout=30)
        client.close()


def test_amity_serve_runs_several_workers(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "AMITY_HOME": str(tmp_path / "home"), "AMITY_SERVER_PORT": str(port)}
    env.pop("DATABASE_URL", None)
    log = open(tmp_path / "serve.log", "wb")  # noqa: SIM115 - handed to the child process
    proc = subprocess.Popen([sys.executable, "-m", "amity", "serve", "--backend", "scripted",
                             "--workers", "2"], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_until_up(base, proc, timeout=60, interval=0.2), "amity serve failed"
        with httpx.Client(base_url=base) as client:
            assert "<html" in client.get("/").text
            csrf = signup(client, "sam")
            for _ in range(4):  # served by either worker: the session is in the database
                assert client.get("/api/me").json()["username"] == "sam"
            assert _chat(client, base, csrf, "hello", stream=True).strip()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    assert b"Traceback" not in (tmp_path / "serve.log").read_bytes()
