"""The README's transcript: two chats five days apart through build_engine and Engine.respond
(the default path, embedded model). Run: python scripts/readme_demo.py"""

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from amity.app import build_engine
from amity.config import Settings

sessions = [(0, ["hi! i'm Sam", "i'm 15", "ugh today was awful, i failed my spanish quiz",
                 "and my best friend didnt even sit with me at lunch", "whats your favorite song?",
                 "btw my driving test is on friday, wish me luck"]),
            (5, ["heyy", "i PASSED!!", "omg and my dog biscuit went crazy when i got home lol",
                 "wait what was my dog called again?"])]
with tempfile.TemporaryDirectory() as h:
    e = build_engine(Settings(home=Path(h), seed=7))
    start = datetime(2026, 3, 2, 16, tzinfo=UTC)
    now = {"t": start}
    e.clock = lambda: now["t"]
    for days, lines in sessions:
        now["t"] = start + timedelta(days=days)
        print(f"--- {now['t']:%A %d %B}")
        for line in lines:
            r = e.respond("sam", line)
            print(f"you › {line}\nSunny: {r.text}   [{r.source}]")
            now["t"] += timedelta(minutes=1)
