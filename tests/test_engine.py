"""The turn through the engine with the scripted backend: saving, prompts, cleaning, faults."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest

from amity import (
    BackendError,
    ChatMessage,
    EmptyMessageError,
    Engine,
    GenerateOptions,
    MessageTooLongError,
    ScriptedBackend,
    Store,
)
from amity.backends.base import Backend
from amity.engine import FALLBACK_REPLY

MakeEngine = Callable[..., Engine]


def test_a_turn_saves_both_messages_and_returns_the_reply(make_engine: MakeEngine) -> None:
    engine = make_engine(["Hi Sam! 🌞 How was school?"])
    reply = engine.respond("sam", "hi! i'm Sam")
    assert reply.text == "Hi Sam! 🌞 How was school?"
    history = engine.history("sam")
    assert [(m.role, m.content) for m in history] == [
        ("user", "hi! i'm Sam"), ("assistant", "Hi Sam! 🌞 How was school?")]
    assert reply.user_message_id == history[0].id
    assert reply.reply_message_id == history[1].id


def test_the_user_message_is_stored_before_generation(make_engine: MakeEngine) -> None:
    seen: list[list[str]] = []

    class Peeking(Backend):
        def stream(self, messages: Sequence[ChatMessage], options: GenerateOptions
                   ) -> Iterator[str]:
            seen.append([m.content for m in engine.history("sam")])
            yield "ok!"

    engine = make_engine(backend=Peeking())
    engine.respond("sam", "remember this")
    assert seen == [["remember this"]]


def test_a_backend_failure_keeps_the_user_message(make_engine: MakeEngine) -> None:
    engine = make_engine(backend=ScriptedBackend(["one two three four"], fail_after_words=2))
    with pytest.raises(BackendError):
        engine.respond("sam", "are you there?")
    history = engine.history("sam")
    assert [m.content for m in history] == ["are you there?"]
    _, meta = engine.store.messages(engine.store.user_id("sam"))[0]
    assert "failed mid-reply" in meta["reply_error"]


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\x00\x01"])
def test_empty_messages_are_refused_and_nothing_is_stored(make_engine: MakeEngine, text: str
                                                          ) -> None:
    engine = make_engine()
    with pytest.raises(EmptyMessageError):
        engine.respond("sam", text)
    assert engine.store.count_messages() == 0


def test_a_megabyte_message_is_refused_with_the_limit(make_engine: MakeEngine) -> None:
    engine = make_engine()
    with pytest.raises(MessageTooLongError, match="8,000"):
        engine.respond("sam", "a" * 1_000_000)
    assert engine.store.count_messages() == 0


def test_control_characters_and_lone_surrogates_are_cleaned(make_engine: MakeEngine) -> None:
    engine = make_engine()
    engine.respond("sam", "hi\x07 there \ud800 friend")
    stored = engine.history("sam")[0].content
    assert stored == "hi  there \ufffd friend"
    stored.encode("utf-8")  # storable and printable


def test_history_survives_a_restart(make_engine: MakeEngine, settings) -> None:  # noqa: ANN001
    first = make_engine(["Nice to meet you, Sam!"])
    first.respond("sam", "my name is Sam")
    first.store.close()
    second = make_engine(["Welcome back!"])
    second.respond("sam", "i'm back")
    prompt = second.backend.calls[0]  # type: ignore[attr-defined]
    contents = [m.content for m in prompt]
    assert "my name is Sam" in contents and "Nice to meet you, Sam!" in contents
    assert prompt[0].role == "system" and "Sunny" in prompt[0].content


def test_oldest_history_is_dropped_first_and_the_persona_never(make_engine: MakeEngine) -> None:
    engine = make_engine(["ok"], context_tokens=400, max_reply_tokens=40, history_turns=200)
    for i in range(40):
        engine.respond("sam", f"message number {i} " + "blah " * 10)
    prompt = engine.backend.calls[-1]  # type: ignore[attr-defined]
    assert prompt[0].role == "system" and "Sunny" in prompt[0].content
    assert prompt[-1].content.startswith("message number 39")
    assert not any("message number 0 " in m.content for m in prompt)
    total = sum(engine.backend.count_tokens(m.content) for m in prompt)
    assert total <= 400 - 40


def test_reply_stops_before_speaking_for_the_user(make_engine: MakeEngine) -> None:
    engine = make_engine(["Sunny: That sounds fun! What game?\nsam: minecraft\nSunny: cool"])
    events: list[tuple[str, str]] = []
    reply = engine.respond("sam", "i played games", on_event=lambda k, t: events.append((k, t)))
    assert reply.text == "That sounds fun! What game?"
    assert ("final", "That sounds fun! What game?") in events


def test_a_repeated_reply_is_regenerated(make_engine: MakeEngine) -> None:
    engine = make_engine(["How was your day?", "How was your day?", "Tell me about your dog!"])
    engine.respond("sam", "hi")
    events: list[str] = []
    reply = engine.respond("sam", "hello again", on_event=lambda k, t: events.append(k))
    assert reply.text == "Tell me about your dog!"
    assert "reset" in events


def test_a_looping_reply_is_cut_at_the_loop(make_engine: MakeEngine) -> None:
    engine = make_engine(["I love pizza! I love pizza! I love pizza!"])
    assert engine.respond("sam", "food?").text == "I love pizza!"


def test_an_empty_model_reply_falls_back(make_engine: MakeEngine) -> None:
    engine = make_engine(["sam: hello?"])
    assert engine.respond("sam", "hi").text == FALLBACK_REPLY


def test_reset_hides_old_turns_from_the_prompt(make_engine: MakeEngine) -> None:
    engine = make_engine(["ok then", "fresh start!"])
    engine.respond("sam", "the old topic")
    engine.reset("sam")
    engine.respond("sam", "new topic")
    prompt = engine.backend.calls[-1]  # type: ignore[attr-defined]
    assert not any("the old topic" in m.content for m in prompt)


def test_users_do_not_see_each_others_turns(make_engine: MakeEngine, store: Store) -> None:
    engine = make_engine(["sure"], store=store)
    engine.respond("sam", "my secret is pineapple pizza")
    engine.respond("alex", "hello")
    prompt = engine.backend.calls[-1]  # type: ignore[attr-defined]
    assert not any("pineapple" in m.content for m in prompt)
