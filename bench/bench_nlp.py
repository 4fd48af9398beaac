"""Benchmark: emotion + safety + facts together on typical chat messages, one thread.

Contract: prints, for each stage that exists (``amity.nlp.emotion.detect``,
``amity.nlp.safety.check``, ``amity.nlp.facts.extract``; a missing one is skipped with a
line saying why), the per-message p50 and p95 in milliseconds, then the three together:
one message at a time (the engine's turn: encode once, safety with the shared vector,
emotion, facts) and batched (one ``encode`` and one ``detect_batch`` for all messages,
then safety and facts per message), as messages per second. Models load before timing.
Target: all three under 25 ms p95 per message. Then safety with and without the risk
encoder's chat reading, in the same run, and the ratio. Figures only, no assertions.

    OMP_NUM_THREADS=1 python bench/bench_nlp.py [--repeat 3]

It knows nothing about the engine, the database or the model backend.
"""

from __future__ import annotations

import argparse
import importlib
import os
import time
from collections.abc import Callable

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

MESSAGES = """\
hey!! how was your day
omg i got a 92 on my bio test
my dog Biscuit learned to roll over today
i have a math test on friday and i'm kinda nervous
can you help me pick a song for my dance recital
my sister Maya is visiting next weekend
ugh this homework is killing me lol
i'm so bored in class rn
what should i eat for dinner
i think i have a crush on someone in my art class
my mom said i can get a cat if my grades are good
i started learning guitar last month
we won our soccer game 3-1!!
i'm so tired, i stayed up too late watching youtube
what's your favorite movie
i hate mondays
my best friend Jake moved to Ohio and i miss him
i'm going to the beach with my family on saturday
lowkey stressed about college apps
i love rainy days, they're so cozy
can you tell me a joke
my grandma makes the best dumplings
i don't get chemistry at all
just finished my essay finally 🎉
i'm dead 💀 that video was so funny
my phone died in the middle of the game
do you think i should text him first
i feel kinda lonely today
i got a part-time job at the ice cream shop
my birthday is on march 3rd
i'm allergic to peanuts btw
my teacher Mr. Lopez is so nice
we're going camping next week
i want to learn to code, where do i start
my cat keeps knocking stuff off my desk
i'm so excited for the concert tonight
ugh my brother ate my leftovers again
i can't decide between biology and psychology
i feel really good about my presentation tomorrow
my favorite color is green
i just watched the new spiderman movie and it was amazing
i'm trying to eat healthier
my parents are making me go to my cousin's wedding
does pineapple belong on pizza
i'm reading the hunger games right now
we have a substitute teacher today lol
my knee hurts from practice
i'm nervous about my driving test on tuesday
i want to dye my hair purple
my friend Sara and i had a fight
i think i'm getting sick
thanks for listening to me yesterday
what do you do when you can't sleep
i'm learning spanish on duolingo, 40 day streak!
my dad is teaching me to cook pasta
i have so much homework this weekend
i got into the art program!!
i'm so hungry
my hamster's name is Peanut
i'm going to a sleepover at Emma's tonight
school starts at 7:30 and it's too early
i just beat the final boss in zelda
can you help me study for my history test
i'm scared of spiders lol
i went to the mall with my friends today
my mom works at the hospital
i'm on the swim team
i don't feel like doing anything today
my best friend's birthday is next tuesday, what should i get her
i'm so proud of myself for finishing that project
we're moving to a new house in june
i keep forgetting to drink water
i love taylor swift
my little brother is so annoying but i love him
what's the capital of australia
i'm saving up for new headphones
i failed my quiz but i'll do better next time
i'm so over this week
my favorite subject is english
i made cookies today 🍪
i have a dentist appointment tomorrow ugh
i want to be a vet when i grow up
i can't believe it's already november
my friends and i started a band
i'm watching stranger things again
i'm a bit sad today, not sure why
i got a new puppy!! her name is Luna
my coach says i might make varsity
what are some good books for summer
i don't really have anyone to talk to at lunch
i think my friends are mad at me
i just got my braces off!!
i'm going to volunteer at the animal shelter
my aunt lives in Toronto
i love playing minecraft with my cousins
can you recommend a podcast
i have a big game on saturday
i'm worried about my grandpa, he's in the hospital
it's snowing!!! ❄️
i'm so done with this group project
i feel like nobody listens to me
what's the best way to study for finals
my math teacher gave us a pop quiz
i want to go to japan someday
i think i'm going to try out for the play
i'm obsessed with this new song
my mom and i went shopping
i got detention for being late lol
i can't stop thinking about what she said
we're having tacos tonight
i finished the whole series in one weekend
my dad's birthday is on sunday
i want to get better at drawing
i'm so sleepy
i think i did bad on my english essay
my best friend is coming over later
i love my new sneakers
how do you deal with stress
i'm trying out for the basketball team tomorrow
our science fair project is about plants
i'm learning to skateboard
i miss summer
my sister got engaged!!
i'm babysitting my neighbor's kids tonight
what's your favorite food
i have a headache
my friend Leo is really funny
i'm going to a football game friday night
i feel like i'm always behind in school
i just cleaned my whole room
i'm so nervous to talk to her
i love the smell of rain
i'm making a playlist for the road trip
my parents are fighting again
i scored a goal today!!
my biology teacher is retiring
i want to start running
i'm allergic to cats but i love them
i'm going to my first concert next month
i got a 100 on my spelling test
i'm so annoyed with my brother
i don't know what to do after high school
i'm reading a really good manga
i'm going to bake a cake for my mom
i'm tired of everyone asking about my grades
my friend's dog had puppies
i'm so happy it's friday
i hate when people chew loudly
i want to learn to swim better
our team lost but it was fun
i have a piano recital in two weeks
my class is going on a field trip to the museum
i need a haircut
i'm thinking about joining the debate team
my room is such a mess
i just got my learner's permit
i'm going to grandma's for thanksgiving
i love autumn leaves 🍂
i can't find my charger anywhere
i feel left out when my friends make plans without me
what's a good name for a goldfish
my favorite animal is the red panda
i'm watching the world cup with my dad
i want to get a job this summer
my best friend and i are matching for halloween
i stayed up all night finishing my project
i'm trying to be more positive
my phone screen cracked 😭
i'm going ice skating tomorrow
i had pizza for lunch again
i think my teacher hates me lol
i started a journal
i'm going to a birthday party saturday
i'm so sore from gym class
i want to redecorate my room
my sister borrowed my sweater without asking
i just learned how to make sushi
i'm excited for spring break
i feel nervous about starting at a new school
my grandpa taught me chess
i won the spelling bee!!
i'm trying to read more books this year
i'm going to the dentist at 3
my mom's cooking is the best
i'm doing a 5k run next month
i'm so confused about this math homework
i got a new video game for my birthday
my best friend is moving away 😢
i think i want to be a teacher
the new episode comes out tonight!!
""".strip().splitlines()


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.array(xs) * 1000, q))


def load(name: str, attr: str) -> Callable | None:
    try:
        return getattr(importlib.import_module(f"amity.nlp.{name}"), attr)
    except (ImportError, AttributeError) as exc:
        print(f"skip {name}.{attr}: not available ({exc})")
        return None


def chat_path(check: Callable, vecs: np.ndarray) -> None:
    """Safety with and without the risk encoder's chat reading (session 14: every chat
    message is read by the encoder), in the same run; the baseline is the check with
    ``checker._chat_reading`` returning False."""
    from amity.nlp.safety import checker

    real = checker._chat_reading
    times: dict[str, list[float]] = {"without": [], "with": []}
    try:
        for label, reading in (("without", lambda head, joking: False), ("with", real)) * 2:
            checker._chat_reading = reading
            for m, v in zip(MESSAGES, vecs, strict=True):
                t1 = time.perf_counter()
                check(m, vector=v)
                times[label].append(time.perf_counter() - t1)
    finally:
        checker._chat_reading = real
    base, new = times["without"], times["with"]
    print(f"  {'safety':8s} p50 {pct(base, 50):6.2f}  p95 {pct(base, 95):6.2f}  without the "
          f"chat reading; with it p50 {pct(new, 50):.2f}  p95 {pct(new, 95):.2f} "
          f"(x{pct(new, 95) / max(pct(base, 95), 1e-9):.1f} at p95)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Benchmark emotion + safety + facts.")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the messages")
    args = ap.parse_args(argv)
    msgs = MESSAGES * args.repeat
    print(f"{len(MESSAGES)} messages x {args.repeat} passes, OMP_NUM_THREADS="
          f"{os.environ.get('OMP_NUM_THREADS')}, {os.cpu_count()} CPUs visible")

    from amity.nlp import embed

    detect = load("emotion", "detect")
    detect_batch = load("emotion", "detect_batch")
    check = load("safety", "check")
    extract = load("facts", "extract")
    stages: dict[str, Callable[[str, np.ndarray], object]] = {}
    if detect:
        stages["emotion"] = lambda m, v: detect(m)
    if check:
        stages["safety"] = lambda m, v: check(m, vector=v)
    if extract:
        stages["facts"] = lambda m, v: extract(m)

    # warm up: load every model once, outside the timings
    for m in MESSAGES[:5]:
        vec = embed.encode_one(m + " warmup")
        for fn in stages.values():
            fn(m, vec)
    embed.default_encoder()._cache.clear()

    per: dict[str, list[float]] = {"encode": [], **{k: [] for k in stages}}
    total: list[float] = []
    t_all = time.perf_counter()
    for i, m in enumerate(msgs):
        m = m if i < len(MESSAGES) else f"{m} ({i})"  # defeat the encoder's cache
        t0 = time.perf_counter()
        vec = embed.encode_one(m)
        per["encode"].append(time.perf_counter() - t0)
        for name, fn in stages.items():
            t1 = time.perf_counter()
            fn(m, vec)
            per[name].append(time.perf_counter() - t1)
        total.append(time.perf_counter() - t0)
    wall = time.perf_counter() - t_all
    print("\none at a time (ms per message)")
    for name, xs in per.items():
        note = "  (shared MiniLM vector, used by safety)" if name == "encode" else ""
        print(f"  {name:8s} p50 {pct(xs, 50):6.2f}  p95 {pct(xs, 95):6.2f}{note}")
    if check:
        rules = []
        for m in MESSAGES:
            t1 = time.perf_counter()
            check(m, classifier=False)
            rules.append(time.perf_counter() - t1)
        print(f"  {'rules':8s} p50 {pct(rules, 50):6.2f}  p95 {pct(rules, 95):6.2f}"
              "  (safety without the classifier)")
    print(f"  {'all':8s} p50 {pct(total, 50):6.2f}  p95 {pct(total, 95):6.2f}"
          f"  -> {len(msgs) / wall:.1f} messages/s (target: p95 < 25 ms)")
    if check:
        chat_path(check, embed.encode(MESSAGES))

    batch = [f"{m} [{j}]" for j, m in enumerate(msgs)]
    t0 = time.perf_counter()
    vecs = embed.encode(batch)
    t_enc = time.perf_counter() - t0
    if detect_batch:
        detect_batch(batch)
    t_emo = time.perf_counter() - t0 - t_enc
    t1 = time.perf_counter()
    if check:
        for m, v in zip(batch, vecs, strict=True):
            check(m, vector=v)
    t_saf = time.perf_counter() - t1
    t2 = time.perf_counter()
    if extract:
        for m in batch:
            extract(m)
    t_fac = time.perf_counter() - t2
    wall = time.perf_counter() - t0
    n = len(batch)
    print(f"\nbatched ({n} messages): encode {t_enc / n * 1000:.2f} ms/msg, emotion "
          f"{t_emo / n * 1000:.2f}, safety {t_saf / n * 1000:.2f}, facts {t_fac / n * 1000:.2f}"
          f"  -> {n / wall:.1f} messages/s")


if __name__ == "__main__":
    main()
