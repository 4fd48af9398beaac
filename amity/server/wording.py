"""A remembered fact in friendly words, for the page ("Your sister is Maya", not "User
has_sibling Maya"). Pure: subject, predicate, object and date in, one sentence out; an
unknown predicate falls back to its words. Knows nothing about storage or HTTP.
"""

from __future__ import annotations

from datetime import date, datetime

_YOU = {  # the user's own facts
    "name": "Your name is {o}", "age": "You're {o}", "pronouns": "Your pronouns are {o}",
    "lives_in": "You live in {o}", "from": "You're from {o}", "school": "You go to {o}",
    "grade": "You're in {o}", "studies": "You study {o}", "job": "You work as {o}",
    "workplace": "You work at {o}", "is": "You're {o}", "owns": "You have {o}",
    "likes": "You like {o}", "dislikes": "You don't like {o}", "fears": "You're afraid of {o}",
    "hobby": "You enjoy {o}", "goal": "You want to {o}", "birthday": "Your birthday is {o}",
    "favorite": "Your favorite is {o}",
}
_OTHER = {  # facts about someone or something in the user's life
    "name": "{s}'s name is {o}", "age": "{s} is {o}", "lives_in": "{s} lives in {o}",
    "from": "{s} is from {o}", "school": "{s} goes to {o}", "studies": "{s} studies {o}",
    "job": "{s} works as {o}", "workplace": "{s} works at {o}", "is": "{s} is {o}",
    "likes": "{s} likes {o}", "dislikes": "{s} doesn't like {o}", "hobby": "{s} enjoys {o}",
    "relation": "{s} is your {o}", "species": "{s} is a {o}", "birthday": "{s}'s birthday is {o}",
}
_PEOPLE = {"has_sibling": "sibling", "has_parent": "parent", "has_child": "child",
           "has_partner": "partner", "has_relative": "relative", "has_friend": "friend",
           "has_pet": "pet"}


def _a(word: str) -> str:
    return f"an {word}" if word[:1].lower() in "aeiou" else f"a {word}"


def _day(when: str | date | None) -> str:
    if not when:
        return ""
    day = datetime.fromisoformat(when) if isinstance(when, str) else when
    return f"{day:%A} {day.day} {day:%B}"


def friendly(subject: str, predicate: str, obj: str, when: str | date | None = None) -> str:
    """One fact as a sentence a friend would say back to you."""
    you = subject.lower() in {"user", "i", "me", "you"}
    if predicate in _PEOPLE and you:
        if obj[:1].isupper():  # a name: "Maya is your sibling"
            sentence = f"{obj} is your {_PEOPLE[predicate]}"
        else:  # a relation word: "You have a best friend"
            sentence = f"You have {_a(obj)}"
    elif predicate == "event":
        sentence = obj[:1].upper() + obj[1:]
        day = _day(when)
        return f"{sentence}, {day}" if day else sentence
    elif you and predicate in _YOU:
        sentence = _YOU[predicate].format(o=obj)
    elif not you and predicate in _OTHER:
        sentence = _OTHER[predicate].format(s=subject, o=obj)
    else:
        verb, _, rest = predicate.replace("_", " ").partition(" ")
        if you and verb.endswith("s") and not verb.endswith("ss"):
            verb = verb[:-1]  # "collects" -> "You collect"
        words = " ".join(w for w in (verb, rest, obj) if w)
        sentence = f"{'You' if you else subject} {words}"
    return sentence
