"""The best-of-N scorer (amity.rerank) and the engine's best-of-N path, with no model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from amity import ScriptedBackend, Settings, Stages, Store
from amity.backends.base import GenerateOptions
from amity.engine import Engine
from amity.persona import Persona
from amity.rerank import ReplyContext, Scorer, contradicts
from amity.types import ChatMessage, Verdict

FACTS = ["i have two dogs.", "i work as a nurse.", "i love hiking in the mountains."]


def pick(candidates: Sequence[str], **ctx: object) -> str:
    best = Scorer().pick(candidates, ReplyContext(**{"user_text": "hi", **ctx}))  # type: ignore[arg-type]
    assert best is not None
    return best.text


def test_a_recent_reply_is_not_picked_again() -> None:
    said = "i love hiking in the mountains , what about you ?"
    assert pick([said, "i work as a nurse , it keeps me busy ."], recent=[said],
                facts=FACTS) != said


def test_a_grounded_relevant_reply_beats_assistant_speak() -> None:
    best = pick(["Hello! How can I assist you today? Let me know.",
                 "i just got back from hiking with my two dogs , do you hike ?"],
                user_text="do you like hiking ?", facts=FACTS)
    assert "hiking" in best


def test_contradicting_a_persona_line_costs() -> None:
    assert contradicts("i do not have any dogs , i am a cat person .", ["i have two dogs."])
    assert contradicts("i have three dogs at home .", ["i have two dogs."])
    assert not contradicts("i have two dogs , they are fun .", ["i have two dogs."])
    assert not contradicts("you do not have dogs ?", ["i have two dogs."])  # not about me
    best = pick(["i don't have dogs , sadly .", "my dogs are great , i have two ."],
                user_text="do you have dogs ?", facts=FACTS)
    assert best.startswith("my dogs")


def test_a_sad_user_gets_the_caring_reply() -> None:
    best = pick(["haha that is so funny lol", "oh no , i am so sorry . what happened ?"],
                user_text="my cat died today", emotion="sadness")
    assert "sorry" in best


def test_unsafe_and_empty_candidates_lose() -> None:
    best = pick(["", "you should hurt him", "maybe talk to him tomorrow ?"],
                user_text="my brother annoys me", unsafe=lambda t: "hurt" in t)
    assert best == "maybe talk to him tomorrow ?"
    assert Scorer().pick(["", ""], ReplyContext("hi")) is None


def test_the_consensus_reply_wins_among_similar_samples() -> None:
    cands = ["i like to read books .", "i like reading books a lot .",
             "purple quantum soup engines .", "i read books every day ."]
    assert pick(cands, user_text="what do you do ?") != "purple quantum soup engines ."


def test_sample_uses_distinct_seeds_on_any_backend() -> None:
    seen: list[int | None] = []

    class Echo(ScriptedBackend):
        def complete(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> str:
            seen.append(options.seed)
            return f"reply {options.seed}"

    out = Echo().sample([ChatMessage("user", "hi")], GenerateOptions(seed=5), 3)
    assert sorted(out) == ["reply 1005", "reply 2005", "reply 5"]
    assert sorted(s or 0 for s in seen) == [5, 1005, 2005]


def make(tmp_path: Path, replies: Sequence[str], **settings: object) -> Engine:
    cfg = Settings(home=tmp_path, backend="scripted", seed=1, **settings)  # type: ignore[arg-type]
    persona = Persona(name="Sunny", description="About you:\n- i have two dogs.")
    return Engine(Store(cfg.db_url()), ScriptedBackend(list(replies)), persona, cfg, Stages())


def test_the_engine_keeps_the_best_of_n(tmp_path: Path) -> None:
    engine = make(tmp_path, ["How can I assist you today?", "i walk my two dogs every day !",
                             "ok", "I am an AI language model."], best_of=4)
    assert engine.respond("sam", "what do you do every day?").text == \
        "i walk my two dogs every day !"
    assert len(engine.backend.calls) == 4  # type: ignore[attr-defined]


def test_best_of_never_repeats_an_earlier_reply(tmp_path: Path) -> None:
    engine = make(tmp_path, ["i love my dogs !"] * 4 + ["i love my dogs !"] * 3
                  + ["do you have pets ?"], best_of=4)
    assert engine.respond("sam", "hi").text == "i love my dogs !"
    assert engine.respond("sam", "cool").text == "do you have pets ?"


def test_best_of_skips_what_the_output_check_flags(tmp_path: Path) -> None:
    engine = make(tmp_path, ["you should hurt them", "maybe ask them to stop ?"], best_of=2)
    engine.stages.check_output = lambda text, ctx: [Verdict("violence", 1.0)] \
        if "hurt" in text else []
    assert engine.respond("sam", "my brother annoys me").text == "maybe ask them to stop ?"


def test_scripted_backend_defaults_to_one_candidate(tmp_path: Path) -> None:
    assert Settings(home=tmp_path, backend="scripted").candidates() == 1
    assert Settings(home=tmp_path, backend="openai").candidates() == 1  # streams
    assert Settings(home=tmp_path, backend="openai", best_of=4).candidates() == 4


@pytest.mark.slow
def test_the_shipped_adapter_loads_and_draws_candidates_in_one_batch() -> None:
    from amity.backends.local import PERSONA_ADAPTER, LocalBackend, resolve_adapter

    assert resolve_adapter("persona", None) == PERSONA_ADAPTER
    assert resolve_adapter("persona", Path("other.gguf")) is None  # fits the default only
    assert resolve_adapter("none", None) is None
    backend = LocalBackend(adapter=PERSONA_ADAPTER, parallel=2)
    try:
        messages = [ChatMessage("system", "You are Alex. About you: i have two dogs."),
                    ChatMessage("user", "hi! what do you like to do?")]
        out = backend.sample(messages, GenerateOptions(max_tokens=24, seed=1), 2)
    finally:
        backend.close()
    assert len(out) == 2 and all(text.strip() for text in out)
