"""Load test of ``amity serve``: N concurrent users streaming chats over loopback.

    python bench/bench_load.py --users 100
    python bench/bench_load.py --users 500 --db postgres --workers 2

The server runs in its own process(es) on the scripted backend, which streams a reply of
``--words`` words with ``--delay`` seconds before each word (the "model time"). Each user
logs in with an API key, then sends ``--messages`` messages, reading each reply as it streams
(server-sent events) and thinking ``--think`` seconds (uniform) between messages; users
start spread over the first cycle. Server overhead of a turn = client-measured time from
request to the last event, minus the model time of that reply (words x delay): everything
the server adds (HTTP, auth, limits, database writes, threads, streaming).

Printed: throughput (messages/s), p50/p95/max overhead and time to first event, and the
check that every accepted message and every reply was stored exactly once (read back from
the database). Exits 1 when anything was lost or duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

PG_ADMIN = os.environ.get("AMITY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def said_in(reply: str) -> str:
    return reply.removeprefix("You said: ").split(".", 1)[0]


# ---- the server process -------------------------------------------------------------------
def serve(args: argparse.Namespace) -> None:
    import uvicorn

    from amity import ScriptedBackend, Settings, Stages, Store, build_engine
    from amity.backends.scripted import echo
    from amity.server import ServerSettings, create_app

    settings = Settings(home=Path(args.home), backend="scripted")
    stages = None if args.stages == "full" else Stages()
    # the scripted model, paced like a real one: word i is due at start + i x delay
    backend = ScriptedBackend(echo(args.words), delay=args.delay, paced=True)
    engine = build_engine(settings, backend=backend,
                          stages=stages, store=Store(args.db))
    server = ServerSettings(threads=args.threads, chat_per_minute=10_000,
                            requests_per_minute=100_000)
    uvicorn.run(create_app(settings, server, engine=engine), host="127.0.0.1", port=args.port,
                log_level="warning", access_log=False, timeout_keep_alive=120)


# ---- set-up --------------------------------------------------------------------------------
def make_database(kind: str, folder: Path) -> tuple[str, Any]:
    """A fresh database URL and a function that drops it afterwards."""
    if kind == "sqlite":
        return f"sqlite:///{folder / 'bench.db'}", lambda: None
    from sqlalchemy import create_engine, text

    name = f"amity_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}", drop


def make_users(url: str, count: int) -> list[tuple[str, str]]:
    """(username, API key) for ``count`` new accounts, written straight to the database."""
    from amity import Store
    from amity.store.accounts import Accounts

    store = Store(url)
    accounts = Accounts(store)
    hashed = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$bm90IGEgcmVhbCBoYXNoIGF0IGFsbA"
    users = []
    for i in range(count):
        name = f"user{i:04d}"
        user_id = accounts.create(name, hashed)
        key, _ = accounts.create_api_key(user_id, "bench")
        users.append((name, key))
    store.close()
    return users


def start_servers(args: argparse.Namespace, url: str, home: Path) -> list[tuple[Any, str]]:
    servers = []
    for i in range(args.workers):
        port = 18_100 + random.randrange(5_000) + i
        proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", "--db", url, "--home", str(home),
             "--port", str(port), "--delay", str(args.delay), "--words", str(args.words),
             "--threads", str(args.users + 32), "--stages", args.stages])
        servers.append((proc, f"http://127.0.0.1:{port}"))
    from amity.server.ready import wait_until_up

    for proc, base in servers:
        if not wait_until_up(base, proc, timeout=120, interval=0.2):
            raise SystemExit("a server process did not start")
    return servers


# ---- the users -----------------------------------------------------------------------------
class Connection:
    """A minimal HTTP/1.1 keep-alive client for one user: a cheaper client than httpx, so
    the load generator (which shares the CPUs) adds as little as it can to the figures."""

    def __init__(self, base: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.host, self.port = host, int(port)
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def chat(self, key: str, text: str) -> tuple[int, float | None, str | None]:
        """POST /api/chat; returns (status, seconds to the first event, the reply text)."""
        if self.reader is None or self.reader.at_eof():
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.writer is not None
        body = json.dumps({"text": text}).encode()
        start = time.perf_counter()
        self.writer.write(
            f"POST /api/chat HTTP/1.1\r\nHost: {self.host}\r\nAuthorization: Bearer {key}"
            f"\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            .encode() + body)
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        status = int(head.split(" ", 2)[1])
        if "chunked" not in head.lower():
            length = int(head.lower().split("content-length:")[1].split("\r\n")[0])
            await self.reader.readexactly(length)
            return status, None, None
        buffer, first, reply = b"", None, None
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
            chunk = await self.reader.readexactly(size + 2)
            if size == 0:
                return status, first, reply
            buffer += chunk[:-2]
            while b"\n\n" in buffer:
                block, buffer = buffer.split(b"\n\n", 1)
                if first is None:
                    first = time.perf_counter() - start
                if block.startswith(b"event: reply"):
                    reply = json.loads(block.split(b"data: ", 1)[1])["text"]

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def user(base: str, index: int, key: str, args: argparse.Namespace,
               results: list[dict[str, Any]]) -> None:
    cycle = args.words * args.delay + sum(args.think) / 2
    await asyncio.sleep(random.uniform(0, cycle) if index >= 0 else 0)
    connection = Connection(base)
    for m in range(args.messages):
        text = f"u{index} m{m} {uuid.uuid4().hex[:10]}"
        row: dict[str, Any] = {"text": text, "accepted": False, "reply": None}
        start = time.perf_counter()
        try:
            row["status"], row["first"], row["reply"] = await connection.chat(key, text)
            row["accepted"] = row["status"] == 200
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            row["error"] = repr(exc)
            connection.close()
            connection = Connection(base)
        row["total"] = time.perf_counter() - start
        results.append(row)
        await asyncio.sleep(random.uniform(*args.think))
    connection.close()


async def drive(args: argparse.Namespace, servers: list[tuple[Any, str]],
                users: list[tuple[str, str]], warm_key: str
                ) -> tuple[list[dict[str, Any]], float]:
    warm = argparse.Namespace(**{**vars(args), "messages": 10, "think": (0.0, 0.0)})
    await asyncio.gather(*(user(base, -1, warm_key, warm, []) for _, base in servers))
    results: list[dict[str, Any]] = []
    start = time.perf_counter()
    await asyncio.gather(*(user(servers[i % len(servers)][1], i, key, args, results)
                           for i, (_, key) in enumerate(users)))
    return results, time.perf_counter() - start


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---- checking and reporting ----------------------------------------------------------------
def stored_once(url: str, users: list[tuple[str, str]], results: list[dict[str, Any]]
                ) -> dict[str, int]:
    """Compare what the database holds with what the clients sent and received."""
    from amity import Store

    store = Store(url)
    user_rows: Counter[str] = Counter()
    reply_rows: Counter[str] = Counter()
    for name, _ in users:
        for message, _meta in store.messages(store.user_id(name, create=False)):
            if message.role == "user":
                user_rows[message.content] += 1
            else:
                reply_rows[said_in(message.content)] += 1
    store.close()
    accepted = [r["text"] for r in results if r["accepted"]]
    answered = [r["text"] for r in results if r["reply"]]
    return {
        "sent": len(results),
        "accepted": len(accepted),
        "answered": len(answered),
        "lost messages": sum(1 for t in accepted if user_rows[t] == 0),
        "duplicate messages": sum(c - 1 for c in user_rows.values() if c > 1),
        "lost replies": sum(1 for t in answered if reply_rows[t] == 0),
        "duplicate replies": sum(c - 1 for c in reply_rows.values() if c > 1),
    }


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(args: argparse.Namespace, results: list[dict[str, Any]], elapsed: float,
           check: dict[str, int]) -> bool:
    done = [r for r in results if r["reply"]]
    overhead = [1000 * (r["total"] - len(r["reply"].split(" ")) * args.delay) for r in done]
    first = [1000 * r["first"] for r in done if r.get("first") is not None]
    print(f"\namity serve load test: {args.users} users x {args.messages} messages, "
          f"{args.workers} server process(es), {args.db}, stages={args.stages}; "
          f"reply {args.words + 5} words at {args.delay * 1000:.0f} ms/word "
          f"(model time {(args.words + 5) * args.delay:.2f} s), "
          f"think {args.think[0]:g}-{args.think[1]:g} s")
    print(f"  throughput          {len(done) / elapsed:8.1f} messages/s "
          f"({len(done)} replies in {elapsed:.1f} s)")
    print(f"  server overhead     p50 {statistics.median(overhead):7.1f} ms   "
          f"p95 {pct(overhead, 0.95):7.1f} ms   max {max(overhead):7.1f} ms")
    print(f"  first event         p50 {statistics.median(first):7.1f} ms   "
          f"p95 {pct(first, 0.95):7.1f} ms")
    per_message = 1000 * args.server_cpu / max(1, len(done))
    print(f"  server CPU          {per_message:7.1f} ms per message "
          f"(one core would serve about {1000 / per_message:.0f} messages/s)")
    print(f"  machine             {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} at the end")
    errors = Counter(r.get("error") or f"HTTP {r.get('status')}" for r in results
                     if not r["reply"])
    for error, count in errors.items():
        print(f"  failed              {count} x {error[:100]}")
    print("  stored exactly once " + ", ".join(f"{k} {v}" for k, v in check.items()))
    ok = not any(check[k] for k in check if k.startswith(("lost", "duplicate")))
    ok = ok and check["accepted"] == check["sent"] == check["answered"]
    target = pct(overhead, 0.95) < 50
    print(f"  target (0 lost, p95 overhead < 50 ms): "
          f"{'met' if ok and target else 'NOT met'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--messages", type=int, default=3, help="per user")
    parser.add_argument("--words", type=int, default=30, help="filler words per reply")
    parser.add_argument("--delay", type=float, default=0.05, help="model seconds per word")
    parser.add_argument("--think", type=float, nargs=2, default=(10.0, 30.0),
                        metavar=("MIN", "MAX"), help="seconds between a user's messages")
    parser.add_argument("--db", default="sqlite", help="sqlite | postgres | a URL (--serve)")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--stages", choices=("none", "full"), default="none",
                        help="none: the server alone; full: emotion, safety, memory too")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--home", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--threads", type=int, default=128, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args)
        return
    random.seed(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        url, drop = make_database(args.db, Path(tmp))
        servers: list[tuple[Any, str]] = []
        try:
            *users, (_, warm_key) = make_users(url, args.users + 1)
            servers = start_servers(args, url, Path(tmp) / "home")
            cpu_before = sum(server_cpu(proc.pid) for proc, _ in servers)
            results, elapsed = asyncio.run(drive(args, servers, users, warm_key))
            args.server_cpu = sum(server_cpu(proc.pid) for proc, _ in servers) - cpu_before
            for proc, _ in servers:
                proc.terminate()
                proc.wait(timeout=60)
            ok = report(args, results, elapsed, stored_once(url, users, results))
        finally:
            for proc, _ in servers:
                if proc.poll() is None:
                    proc.kill()
            drop()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
