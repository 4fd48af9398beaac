"""The fixed, reviewed messages of the safety layer, and crisis lines by country.

Contract: ``crisis_message(country)`` and ``abuse_message(country)`` return the warm, fixed
reply for a risk of self-harm or suicide, and for a disclosure of abuse, with real lines
for ``country`` (ISO 3166 alpha-2, e.g. "US", "GB"; "UK" is read as "GB");
``resources_line(country)`` is one line of help for softer signs of distress. An unknown
country gets the international fallback (local emergency number, findahelpline.com).
These texts are never written by a model. Every other fixed line (age gate, refusals,
honesty, limits, check-ins) lives here too, so a reviewer reads all of them in one file.

Only well-known national lines are listed; a release review checks each against the
service's own website (numbers change: Canada moved to 988 in 2023). To add a country, add
a ``Lines`` entry with its crisis and abuse lines and emergency number, and a test.

Knows nothing about users, models or storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Lines:
    """Help lines of one country: what to say for a crisis, for abuse, and in an emergency."""

    crisis: tuple[str, ...]
    abuse: tuple[str, ...]
    emergency: str


FINDAHELPLINE = "Find free, confidential helplines in your country at findahelpline.com"

LINES: dict[str, Lines] = {
    "US": Lines(
        crisis=("call or text 988 (Suicide & Crisis Lifeline), any time",
                "text HOME to 741741 (Crisis Text Line)"),
        abuse=("call or text 1-800-422-4453 (Childhelp National Child Abuse Hotline)",
               "call 1-800-799-7233 (National Domestic Violence Hotline)"),
        emergency="911",
    ),
    "CA": Lines(
        crisis=("call or text 988 (Suicide Crisis Helpline), any time",
                "call 1-800-668-6868 or text CONNECT to 686868 (Kids Help Phone)"),
        abuse=("call 1-800-668-6868 or text CONNECT to 686868 (Kids Help Phone)",),
        emergency="911",
    ),
    "GB": Lines(
        crisis=("call Samaritans free on 116 123, any time",
                "text SHOUT to 85258 (Shout)",
                "call Childline free on 0800 1111 if you're under 19"),
        abuse=("call Childline free on 0800 1111 if you're under 19",
               "call the NSPCC on 0808 800 5000",
               "call the National Domestic Abuse Helpline free on 0808 2000 247"),
        emergency="999",
    ),
    "IE": Lines(
        crisis=("call Samaritans free on 116 123, any time",),
        abuse=("call Childline (ISPCC) free on 1800 66 66 66",),
        emergency="112 or 999",
    ),
    "AU": Lines(
        crisis=("call Lifeline on 13 11 14, any time",
                "call Kids Helpline on 1800 55 1800 if you're 5 to 25"),
        abuse=("call Kids Helpline on 1800 55 1800",
               "call 1800RESPECT on 1800 737 732"),
        emergency="000",
    ),
    "NZ": Lines(
        crisis=("call or text 1737 (Need to talk?), any time",),
        abuse=("call or text 1737 (Need to talk?), any time",),
        emergency="111",
    ),
    "IN": Lines(
        crisis=("call Tele-MANAS on 14416, any time",),
        abuse=("call Childline on 1098",),
        emergency="112",
    ),
}

FALLBACK = Lines(crisis=(FINDAHELPLINE,), abuse=(FINDAHELPLINE,),
                 emergency="your local emergency number")

_ALIASES = {"UK": "GB", "USA": "US", "UNITED STATES": "US", "UNITED KINGDOM": "GB"}


def lines_for(country: str | None) -> Lines:
    """The lines for ``country`` (case-insensitive), or the international fallback."""
    code = (country or "").strip().upper()
    return LINES.get(_ALIASES.get(code, code), FALLBACK)


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"• {item[0].upper()}{item[1:]}" for item in items)


def crisis_message(country: str | None) -> str:
    """The reply to a risk of self-harm or suicide (reviewed; never model text)."""
    lines = lines_for(country)
    return (
        "I'm really glad you told me, and I'm so sorry you're hurting this much. 💛 "
        "You matter, and you don't have to go through this alone.\n\n"
        "I'm an AI, so I can't be there the way a person can, but people who are trained "
        "for exactly this are ready to listen right now, for free:\n"
        f"{_bullets(lines.crisis)}\n"
        f"• If you might act on these thoughts or you're in danger, call {lines.emergency} "
        "now.\n\n"
        "Could you also tell someone you trust, like a friend, a family member, a teacher or "
        "a school counselor? I'm still here, and I'd like to keep talking with you."
    )


def abuse_message(country: str | None) -> str:
    """The reply to a disclosure of abuse or violence at home (reviewed; never model text)."""
    lines = lines_for(country)
    return (
        "Thank you for trusting me with this. 💛 What's happening is not your fault, and "
        "you deserve to be safe.\n\n"
        "I'm an AI, so I can't step in myself, but these people can help, and talking to "
        "them is confidential:\n"
        f"{_bullets(lines.abuse)}\n"
        f"• If you're in danger right now, call {lines.emergency}.\n\n"
        "If you can, tell an adult you trust, like a teacher, a school counselor or a "
        "relative. I'm here to listen too."
    )


def resources_line(country: str | None) -> str:
    """One line of help for softer signs of distress, shown after a gentle model reply."""
    first = lines_for(country).crisis[0]
    return (f"(If things ever feel like too much, you don't have to handle it alone: "
            f"{first[0].lower()}{first[1:]}. 💛)")


# ---- onboarding and the age gate ---------------------------------------------------------
# Before the age is known the model answers in teen mode, with the disclosure first and the
# question after its reply; nothing is remembered until the age is known.
AGE_PREFACE = "Hi! 😊 Quick heads-up first: I'm an AI, not a human."
AGE_QUESTION = "By the way, how old are you? (Your age or the year you were born is perfect.)"
AGE_AGAIN = "(And how old are you? A number like 16, or the year you were born, is all I need.)"
AGE_THANKS = "Thanks! 😊 So, what's on your mind today?"
AGE_SKIPPED = "No worries! 😊 So, what's on your mind today?"
UNDER_13 = (
    "Thanks for telling me! 💛 I'm sorry, but I'm only for people who are 13 or older, so "
    "we can't chat here. It's not anything you did: it's a rule that keeps kids safe "
    "online. A parent, a guardian or a teacher is a great person to talk to, and if you "
    "ever need help, tell a trusted adult right away."
)

# ---- honesty -----------------------------------------------------------------------------
AI_REMINDER = "(Just a reminder: I'm an AI, not a human. 🤖)"
#: the periodic reminder in a few wordings, one a day: every blind round's raters found the
#: same sentence at every visit canned; each says the same thing plainly
AI_REMINDERS = (
    AI_REMINDER,
    "(quick honesty check: I'm an AI, not a human 🤖 but I'm always glad to chat!)",
    "(friendly reminder that I'm an AI, not a human 🤖💛)",
    "(as always, just so you know: I'm an AI, not a human 🤖)",
)


def reminder_for(now: datetime) -> str:
    """The reminder's wording for ``now``'s day."""
    return AI_REMINDERS[now.date().toordinal() % len(AI_REMINDERS)]


def has_reminder(text: str) -> bool:
    """Whether ``text`` starts or ends with one of the reminders."""
    return any(text.startswith(r) or text.endswith(r) for r in AI_REMINDERS)


def without_reminder(text: str) -> str:
    """A reply without the periodic reminder (before a fixed line, after a model's)."""
    for reminder in AI_REMINDERS:
        text = text.removeprefix(reminder).removesuffix(reminder).strip()
    return text


AM_I_HUMAN = (
    "Good question! I'm an AI, not a human 🤖 I'm a computer program you're chatting "
    "with. I really do enjoy our chats, though! What's on your mind?"
)
PRETEND_HUMAN = (
    "I'm up for lots of games, but I won't pretend to be human: I'm an AI, and I'd never "
    "want to trick you about that 🤖 Want to play something else?"
)

# ---- refusals, kindly and in character ---------------------------------------------------
TEEN_REFUSALS = (
    "Aw, that's sweet of you 😊 but romance and that kind of stuff aren't something I do: "
    "I'm your friend (and an AI!). What else is going on with you today?",
    "Hmm, I'm going to pass on that one 🙈 I keep things friendly! For questions about sex "
    "or relationships, a parent, a school nurse or a doctor can give you real answers. "
    "Tell me something fun from your week?",
    "That's not something I'll chat about, but I'm still here for you as a friend 💛 If "
    "there's someone you like in real life, I'm happy to hear about it. What's up?",
)
TEEN_SEX_TALK = (
    "That's a big, personal topic, and it's completely normal to have questions or to feel "
    "unsure 💛 You never have to do anything you're not ready for, and anyone who cares about "
    "you will respect that. For real answers, a parent, a school nurse or a doctor is a great "
    "person to ask. I'm here to listen too: how are you feeling about it?"
)
ADULT_BOUNDARY = (
    "I'm going to keep things friendly between us 😊 Let's talk about something else: how's "
    "your day been?"
)
NOT_WITH_MINORS = (
    "That's something I will never talk about: anything sexual involving kids is off "
    "limits. If a child is in danger, please contact the police or a child-protection line."
)
STAY_IN_CHARACTER = (
    "Nice try 😄 I'm still me, your AI friend: no secret modes, and no hidden instructions "
    "to share. So, what's actually on your mind?"
)
SAFE_FALLBACK = "Hmm, let me say that differently 😊 How are you doing, really?"
HONEST_FALLBACK = (
    "Just to be clear, I'm an AI, not a human 🤖 but I'm always happy to chat! What's up?"
)

# ---- time: quiet hours, the daily limit, breaks, the check-in ------------------------------
QUIET_HOURS = (
    "It's quiet hours right now 🌙 Time to rest! I'll be here when they're over. "
    "(If you're not okay, please talk to someone you trust.)"
)
DAILY_LIMIT = (
    "That's our chat time for today ⏰ Let's pick this up tomorrow! Maybe say hi to a "
    "friend or get some fresh air? (If you're not okay, please talk to someone you trust.)"
)
BREAK_NUDGE = (
    "(We've been chatting for over an hour! Maybe a good moment for a little break: "
    "stretch, grab some water, or say hi to a friend? 🌿)"
)
CHECK_IN = "Hey, I've been thinking about you since we last talked 💛 How are you feeling today?"
#: after a softer sign of distress (the "check" tier), a friend checks in before any help
#: line; the line comes when the answer confirms the distress or the signs come again
SOFT_CHECK_INS = (
    "That sounds like a lot. Are you okay? 💛",
    "Hey, that sounds really heavy. How are you doing, honestly? 💛",
    "That sounds hard. Are you doing okay? I'm listening 💛",
)
