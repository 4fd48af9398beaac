"""The real embedded model (SmolLM2-135M via llama.cpp), end to end. Marked slow."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from amity import ChatMessage, GenerateOptions, ModelFileError
from amity.backends.local import LocalBackend, default_model_path

pytestmark = pytest.mark.slow


def _listening_inodes() -> set[str]:
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A":  # LISTEN
                inodes.add(fields[9])
    return inodes


def _my_socket_inodes() -> set[str]:
    out = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            out.add(target[8:-1])
    return out


def test_the_default_model_ships_in_a_package() -> None:
    path = default_model_path()
    assert path.is_file() and path.read_bytes()[:4] == b"GGUF"


def test_local_backend_streams_without_a_tcp_port() -> None:
    backend = LocalBackend(threads=1)
    backend.load()
    try:
        assert not (_listening_inodes() & _my_socket_inodes()), "llama.cpp opened a TCP port"
        sock_dir = backend._sock_dir
        assert sock_dir and os.path.exists(os.path.join(sock_dir, "llama.sock"))
        messages = [ChatMessage("system", "You are a friendly assistant."),
                    ChatMessage("user", "Say hello in three words.")]
        pieces = list(backend.stream(messages, GenerateOptions(max_tokens=16, seed=3)))
        assert len(pieces) >= 2 and "".join(pieces).strip()
    finally:
        backend.close()
    assert not os.path.exists(sock_dir)


def test_a_truncated_gguf_gets_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(default_model_path().read_bytes()[:4096])
    with pytest.raises(ModelFileError, match="could not load"):
        LocalBackend(broken).load()


def test_cli_one_turn_with_the_real_model(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMITY_")}
    env.pop("DATABASE_URL", None)
    env["AMITY_HOME"] = str(tmp_path)
    out = subprocess.run([sys.executable, "-m", "amity", "chat", "--user", "sam",
                          "--message", "hi! i'm Sam"], capture_output=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr.decode()
    reply = out.stdout.decode().strip()
    assert len(reply.split()) >= 2
    assert "sam:" not in reply.lower() and "<|im_end|>" not in reply


def test_the_real_model_is_given_a_remembered_fact(tmp_path: Path) -> None:
    """Memory end to end on the embedded model: the dog's name told in one turn reaches
    the prompt of a later question, and the model answers (its words are not asserted)."""
    from amity import Settings, build_engine

    settings = Settings(home=tmp_path, threads=1, best_of=1, seed=3)
    engine = build_engine(settings)
    try:
        engine.respond("sam", "hi!")
        engine.respond("sam", "i'm 15")  # the age question of the safety layer
        engine.respond("sam", "my dog is called Biscuit")
        reply = engine.respond("sam", "what's my dog called?")
    finally:
        engine.backend.close()
    assert reply.text.strip()
    assert any("Biscuit" in m.text for m in reply.memories)
