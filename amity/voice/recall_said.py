"""What the user said, for ``recall``: their messages (in the conversation and in the turns
and summaries memory found) cut into clauses, and the ledger's facts in the first person.

Contract: ``sayings(memories, history, name) -> [Said]``: every clause the user said, each
with the message around it (for "he" and "she"), the message it is from without its
questions (``line``), the message before that one (``before``), and how recent it is;
``clauses_of(message)`` cuts one message the same way; ``asks(text)`` says whether a
sentence asks something (a question the user asked is no memory of theirs). What a clause
is read as and said back as: ``whole_of`` (its short message whole), ``pair_of`` (after the
message before it), ``told_of`` (what to say back), ``message_texts`` (what the reader
read of each message), ``message_shares`` (the reader's belief in one message read those
ways, summed). Pure text work; knows nothing about scoring,
models or storage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..types import MemoryHit, Message
from .recall_words import IN_NUMBER, clean

LINE_WORDS = 24  # a message this short is said back whole, and read whole as well

_HEAD = re.compile(r"^\[[^\]]*\]\s*")
_CLAUSE = re.compile(rf"(?:[^.!?;,\n]|{IN_NUMBER})+")  # "12.50" is not cut


@dataclass(frozen=True)
class Said:
    text: str  # one clause, in the user's words (a ledger fact, already in words)
    around: str  # the whole message and the user's neighbouring lines
    order: float  # newer is larger (the message id; 0 for facts and summaries)
    fact: bool = False
    line: str = ""  # the message the clause is from, without its questions
    before: str = ""  # the user's message before that one (statements), for the reader
    corrects: bool = False  # told after a correction inside its message ("no wait ...")


#: a number said after a comma belongs to the clause before: "hes pretty old, like 81"
_APPENDIX = re.compile(r"(?:(?:like|about|around|maybe|probably|almost|over|nearly|only|just)\s+|"
                       # "we had to take him to the vet, it cost $240"
                       r"(?:its\s+|it's\s+|it\s+is\s+|thats\s+|that's\s+|"
                       r"(?:(?:it|that|which|they)\s+)?(?:cost|costs|was|were)\s+)(?:like\s+|"
                       r"about\s+|around\s+)?)[$£€]?\d[\w.]*(?:\s+\w+)?$", re.I)


_SAID_NEXT = re.compile(r"(?:said|says|told|tells|asked|yelled|goes|went|wrote|texted|"
                        r"was like|is like)\b", re.I)


#: words in quotes ("said 'you didn't even flinch, you're a natural'"), apostrophes inside
#: words allowed: one clause, not cut at its commas
QUOTE_SPAN = re.compile(r"(?:^|(?<=\s))['\"“‘][^'\"”’\n]*(?:(?<=\w)['’](?=\w)[^'\"”’\n]*)*"
                         r"['\"”’](?=\s|$|[.,!?])")


_TITLED_LEAD = re.compile(r"^(?:mr|mrs|ms|miss|dr|coach|professor|prof|captain)\.? [a-z]+(?= )",
                          re.I)
_DROPPED_SUBJECT = re.compile(r"^(?:said|says|told me|told us|gave me|gave us|thinks|called me|"
                              r"wants me|made me|let me|liked|loved|hated)\b", re.I)
_OF_THEM = re.compile(r"\d+ of (?:them|those|em|these)\b")
_WHICH_ONES = re.compile(r"(?:the|a|an) (?:\w+ ){1,2}(?:one|ones)", re.I)
_SOMEONE_NAMED = re.compile(r"(?:a|an|this|some) (?:\w+ )?(?:lady|guy|girl|boy|kid|dude|man|woman|"
                            r"person) (?:named|called) \w+", re.I)
_NAMED_END = re.compile(r"\b(?:named|called|calls|call|nicknamed)(?: (?:it|him|her|them))?$")
_GIVEN_NAME = re.compile(r"'[^']{2,40}'(?: (?:lol|lmao|haha))?")


def _quotes_whole(message: str) -> str:
    """``message`` with each quote in straight single quotes (what ``clean`` keeps) and no
    comma, semicolon or inner full stop inside it."""
    def one(m: re.Match[str]) -> str:
        inner = re.sub(r"[,;]|[.!?](?=.)", "", m.group(0)[1:-1])
        return f"'{inner}'"
    return QUOTE_SPAN.sub(one, message)


def _clauses(message: str) -> list[str]:
    parts: list[str] = []
    for c in (clean(c) for c in _CLAUSE.findall(_quotes_whole(message))):
        if _BARE_FIX.fullmatch(c):
            continue  # "no wait he changed it, its called grounded now": what it puts right
            # is the next clause (``_after_fix``)
        if parts and (len(c.split()) == 1 or _APPENDIX.match(c) or _WHICH_ONES.fullmatch(c)
                      or _OF_THEM.match(c)):  # "i bought the clips, 12 of them for $8"
            parts[-1] += f" {c}"  # "my aunt knows the manager, bev", "hes old, like 81",
            # "we used plastic worms, the purple ones"
        elif c:
            parts.append(c)
    out = [p for p in parts if len(p.split()) >= 2]
    # a name set off by commas before what they said: "my boss at the bookstore, mr
    # okonkwo, said i'm 'the only one...'" is one clause too
    for i in range(len(parts) - 1):
        if len(parts[i].split()) <= 8 and _SAID_NEXT.match(parts[i + 1]):
            lead = parts[i - 1] + " " if i and len(parts[i].split()) <= 3 and \
                len(parts[i - 1].split()) <= 6 else ""
            out.append(f"{lead}{parts[i]} {parts[i + 1]}")
    # what someone said with its subject left out: "mr diallo is my english teacher. said my
    # essay was 'weirdly brilliant'" is mr diallo's
    for i in range(len(parts) - 1):
        if (who := _TITLED_LEAD.match(parts[i])) and _DROPPED_SUBJECT.match(parts[i + 1]):
            out.append(f"{who.group(0)} {parts[i + 1]}")
    # a role set off before who it is: "the director, a woman named marisol, told me..."
    for i in range(len(parts) - 1):
        if len(parts[i].split()) <= 4 and _SOMEONE_NAMED.match(parts[i + 1]):
            out.append(f"{parts[i]} is {parts[i + 1]}")
    # a name given after an aside: "he named it, get this, 'the biscuit'"
    for i, part in enumerate(parts):
        if _NAMED_END.search(part):
            given = next((p for p in parts[i + 1:i + 3] if _GIVEN_NAME.fullmatch(p)), None)
            if given:  # said without its quotes, as a name given is
                out.append(f"{part} {given.split(chr(39))[1]}")
    # a long clause split at its joints too ("im the setter so if we lose...")
    for p in list(out):
        pieces = re.split(rf"\b(?:{_SO_JOINS}so(?! far\b| much\b| many\b)|but|because|cause|cuz|"
                          r"and then|"
                          r"which)\b", p)
        out += [q.strip() for q in pieces[1:] + pieces[:1]
                if len(q.split()) >= 2 and q.strip() != p]
    return out


#: a "so" that says how much ("mrs bright is so boring"), not one that joins two clauses
_SO_JOINS = "".join(rf"(?<!\b{w} )" for w in (
    "is", "was", "are", "were", "im", "its", "hes", "shes", "be", "been", "feel", "felt",
    "got", "get", "looks", "seems", "sounds", "smells", "tastes", "not", "and", "but", "soo"))

def _user_lines(hit: MemoryHit, name: str) -> list[str]:
    """The user's own lines in an indexed item (a turn window or an episode summary)."""
    body = _HEAD.sub("", hit.text)
    if hit.kind == "episode":
        return re.findall(r'"([^"]+)"', body)
    head, _, around = body.partition("\n(around it:")
    lines = [head] + around.rstrip(")").split(" / ")
    prefix = re.compile(rf"^\s*(?i:{re.escape(name)}|user):\s*")
    return [prefix.sub("", x) for x in lines if prefix.match(x)]


def sayings(memories: Sequence[MemoryHit], history: Sequence[Message], name: str
            ) -> list[Said]:
    """Every clause the user said (in the history and in the memories), and the ledger's
    facts, each with the message around it."""
    out: list[Said] = []
    seen: set[str] = set()
    user_msgs = [m for m in history if m.role == "user"]
    for i, msg in enumerate(user_msgs):
        seen.add(msg.content.strip())
        around = " ".join(m.content for m in user_msgs[max(0, i - 3): i + 2])
        line = _statements(msg.content)
        before = _statements(user_msgs[i - 1].content) if i else ""
        out += [_clause_said(c, around, float(msg.id or 0), line, before) for c in _clauses(line)]
    read = [[] if hit.kind == "fact" else _user_lines(hit, name) for hit in memories]
    windows: dict[str, dict[str, None]] = {}  # every window a line is in, in order: "hes 22"
    # read with "my cousin marco signed us up" from the one window that holds both (round 71)
    for lines in read:
        for line in lines:
            windows.setdefault(line.strip(), {}).update(dict.fromkeys(lines))
    for hit, lines in zip(memories, read, strict=True):
        if hit.kind == "fact":
            # "User has a relative: grandma" -> "User has a grandma"
            text = re.sub(r"\b(has|have) an? (?:pet|sibling|parent|child|partner|relative|"
                          r"friend): ", r"\1 a ", hit.text)
            text = re.sub(r"\bworkplace\b", "works at", text)  # not "I workplace baan noi"
            text = re.sub(rf"\b(?i:{re.escape(name)}|user) (has|is|was)\b",
                          lambda m: {"has": "I have", "is": "I am", "was": "I was"}[m[1]],
                          text)
            text = re.sub(rf"\b(?i:{re.escape(name)}|user) (\w+)s\b", lambda m: "I " + (
                m[1][:-1] if m[1].endswith("e") and m[1][:-1].endswith(("o", "sh", "ch", "x"))
                else m[1]), text)
            text = re.sub(rf"\b(?i:{re.escape(name)}|user)'s\b", "my", text)
            text = re.sub(rf"\b(?i:{re.escape(name)}|user)\b", "I", text)
            out.append(Said(text, text, 0.0, fact=True))
            continue
        # the window's own turn heads it and comes again in its place among the lines around
        centre = lines.index(lines[0], 1) if lines and lines[0] in lines[1:] else 0
        for j, line in enumerate(lines):
            if line.strip() in seen:
                continue
            seen.add(line.strip())
            around = " ".join(windows[line.strip()])
            kept = _statements(line)
            # message ids grow; the lines of one window keep their order in it ("its 11.50 an
            # hour", then "wait no i just checked the email its 11.75")
            when = float(hit.source_id) + (j and j - centre) / 100 if hit.kind == "turn" and \
                hit.source_id else 0.0
            before = _statements(lines[j - 1]) if j else ""
            out += [_clause_said(c, around, when, kept, before) for c in _clauses(kept)]
    return _linked(out)


#: a correction that says nothing yet: "no wait he changed it", "wait no"
_BARE_FIX = re.compile(r"(?:no wait|wait no|actually no|no actually|actually|oops)(?: (?:he|she|"
                       r"they|we|i) (?:changed it|changed|moved it|meant|mean))?")
#: a correction inside a message: "its called the daily grind, no wait he changed it, its
#: called grounded now"
_INNER_FIX = re.compile(r"[,.;]\s*(?:no wait|wait no|actually no|no actually)(?: (?:he|she|they|"
                        r"we|i) (?:changed it|changed|moved it|meant))?\s*[,.;]\s*")


def _clause_said(clause: str, around: str, when: float, line: str, before: str) -> Said:
    """A clause of ``line`` as said, a little newer when a correction inside its message
    puts it right (``_after_fix``, read once)."""
    newer = _after_fix(line, clause)
    return Said(clause, around, when + newer, line=line, before=before, corrects=bool(newer))


def _after_fix(line: str, clause: str) -> float:
    """A little newer for the clause told right after a correction that says nothing itself
    ("..., no wait he changed it, its called grounded now"), so that it puts right what came
    before it (``recall.answer`` reads corrections by order); a correction that says what it
    corrects ("wait no its next friday") is read as one already."""
    fix = _INNER_FIX.search(line.lower())
    head = " ".join(clause.lower().split()[:3])
    return 0.001 if fix and head and line.lower().find(head, fix.start()) == fix.end() else 0.0


def _linked(said: list[Said]) -> list[Said]:
    """Each told line that starts a memory's window gets the line told just before it, from
    another window ("my instructor jess said..." before "she told me 'heels down...'")."""
    lines = sorted({(s.order, s.line) for s in said if not s.fact and s.line and s.order})
    out = []
    for s in said:
        if not s.fact and not s.before and s.order:
            prev = [line for order, line in lines if order < s.order]
            if prev:
                s = replace(s, before=prev[-1])
        out.append(s)
    return out


def clauses_of(message: str) -> list[str]:
    """The clauses of one user message that can answer a memory question (its questions
    left out), as ``sayings`` cuts them."""
    return _clauses(_statements(message))


_TITLE_DOT = re.compile(r"\b(mr|mrs|ms|dr|prof|st)\.(?=\s+[a-z])", re.I)
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"


def _statements(text: str) -> str:
    """``text`` without its questions ("wait i said biscuit?? i meant mango" keeps the
    second sentence): a question the user asked is no memory of theirs. A title's dot ends
    no sentence ("the advisor is mr. lindqvist")."""
    text = _TITLE_DOT.sub(r"\1", text)
    if any(re.search(r"[.!?]\s", m.group(0)) for m in QUOTE_SPAN.finditer(text)):
        text = _quotes_whole(text)  # a joke told ("bud's joke was 'why did the scarecrow win
        # an award? because...'") is no question asked
    if TESTING.search(text) and ("?" in text or not _TOLD_WORDS.search(text)):
        return ""  # "quiz time: how many yards? and no the first number i said doesnt count"
        # (not "my calc teacher gave a pop quiz", "hes the one who got me into tennis in
        # the first place": told)
    kept: list[str] = []
    yours = ""  # what the last question asked the companion's of ("fav sza song")
    # an emoji ends a sentence too: "kai ate my takis and said 'i thought they were
    # communal' 💀 communal???" keeps what he did, leaves the echo asked
    for x in re.findall(rf"(?:[^.!?\n{_EMOJI}]|{IN_NUMBER})+[.!?{_EMOJI}]*", text):
        parts = [x] if not asks(x) else [x.rstrip("?!. ")] if _rhetorical(x) else \
            [] if "?" in x else x.split(",")[1:]
        if asks(x):  # "whats ur fav sza song, mines snooze no debate": the answer kept
            asked = _YOURS.search(x.split(",")[0].rstrip("?!. "))
            yours = asked.group(1) if asked else ""
        for part in (p for p in parts if p.strip() and not asks(p)):
            mine = _MINE.match(part)
            kept.append(f"my {yours} is {mine.group(1)}" if mine and yours else part)
    return " . ".join(k.strip() for k in kept)


_YOURS = re.compile(r"\b(?:ur|your|youre|you're)\s+((?:fav\w*|favou?rite|best)\s+[\w' ]{1,30})$",
                    re.I)
_MINE = re.compile(r"^\s*(?:and\s+)?(?:mine|mines|mine's)(?:\s+is|\s+are|\s+was)?\s+(.+)", re.I)


#: a memory quiz put to Sunny ("im testing u", "pop quiz", "ok test: ..."): what the message
#: says is about the quiz, not the user's life, and it asks nothing of theirs
TESTING = re.compile(r"\b(?:(?:im|i'm|i am) )?(?:just )?testing (?:u|you|ur memory|your memory)\b|"
                     r"\b(?:pop )?quiz time\b|\bpop quiz\b|\bin the first place\b|"
                     r"^\W*(?:(?:ok|okay|so|alright)\W+)?(?:memory )?(?:test|quiz)\s*[:!-]", re.I)


#: the quiz words said in a story: "gave us a pop quiz", "got me into it in the first place"
_TOLD_WORDS = re.compile(r"\b(?:a|the|surprise) pop quiz\b|\bin the first place\b", re.I)


def _rhetorical(text: str) -> bool:
    """A long story sentence that only ends in a wondering "??" ("...the smoke alarm went off
    somehow even tho we hadnt turned on the stove yet??"): told, not asked."""
    # (what is quoted asks nothing of Sunny: "he told me 'you roll like a washing machine'")
    low = re.sub(r"(?:^|(?<=\s))'[^']*'(?=\s|$|[.,!?])", "quote", text.lower())
    low = _RELATIVE.sub(" ", low)  # "... which i think is an insult??": told
    # what it wonders is in its last part, where "how i" told is no asking: "..., the
    # assistant manager, this guy trent, keeps correcting how i FOLD THE RECEIPTS??"
    last = _TOLD_WH.sub(" ", low.rsplit(",", 1)[-1])
    # "i sold 14 already??": amazement at what one did, not a question
    amazed = bool(re.search(r"\?[?!]", text) and _AMAZED.match(low))
    # (or a shorter one of their own: "she loves lemon stuff so im thinking lemon w raspberry
    # filling??")
    return "?" in text and (len(text.split()) >= 14 or bool(_RELATIVE.search(text.lower()))
                            # "the manager is this lady rhonda shes kinda intense but nice??"
                            or len(text.split()) >= 8 and "??" in text
                            or amazed or len(text.split()) >= 6 and bool(
                                re.search(r"\b(?:im|i'm|i|my|we)\b", low))) and \
        not _QUESTION_START.match(low) and not re.search(
            r"\b(?:right|rite|correct|yeah)\s*\?+\s*$", low) and \
        not re.search(r"\b(?:you|u|ur|your|sunny)\b", low) and \
        not re.search(r"\b(?:what|whats|who|whos|where|which|how|should|can|did i|do i)\b", last)


#: a statement of one's own doing, past: "i sold 14 already??", "we won by 30?!"
_AMAZED = re.compile(r"\s*(?:i|we|my \w+)\s+(?:just\s+|already\s+|actually\s+)?"
                     r"(?:[a-z]+ed|sold|won|got|made|ran|hit|beat|caught|ate|grew|broke|did|"
                     r"scored|finished)\b")


_TOLD_WH = re.compile(r"(?<=[a-z] )(?:who|which) |"  # ("mr finch for history who gave us...")
                      r"(?<=[a-z] )(?:how|what|where|when) (?=(?:i|he|she|they|we)\b)")


_RELATIVE = re.compile(r"(?<=\w)[\"']? which (?:i think |honestly |lowkey )?(?:is|was|sounds|means|"
                       r"made|makes|felt|feels)\b")


_QUESTION_START = re.compile(r"\s*(?:(?:and|ok|so|but|wait|also|like|um|hey|lol|omg)\s+)*"
                             r"(?:what|whats|who|whos|where|wheres|when|which|why|how|is|are|"
                             r"was|were|do|does|did|can|could|should|would|will|have|has|r|"
                             r"am|any|anyone|idk|guess)\b")


#: a time told at the start of a statement: "when i went in for training i got to..."
WHEN_TOLD = re.compile(r"when (?:i|we|he|she|they|my \w+|(?!(?:is|was|were|are|did|does|do|"
                       r"will|would|should|can|could|has|have|had|its|it's)\b)[a-z]+)"
                       r"(?: \w+)? (?:was|were|went|got|had|did|said|came|saw|left|made|threw|"
                       r"ran|fell|won|lost|broke|told|took|gave|caught|hit|\w+ed)\b.{12,}")
#: ("when sam threw a snowball at my window yesterday i nearly jumped out of my skin": told,
#: round 71, not asked)


def asks(text: str) -> bool:
    """``text`` asks something (a question mark, or a question word first; not a time told
    first, "when i went in for training i got to order staff meal...")."""
    if "?" not in text and WHEN_TOLD.match(text.lower().lstrip()):
        return False
    return "?" in text or bool(re.match(r"\s*(and |ok |so )?(what|whats|who|whos|where|"
                                        r"wheres|when|which|why|how|do u|do you|did i)\b",
                                        text.lower())) or (
        # "and my rabbit", not "and my mum is making her biryani for the first night" nor
        # "and my ferret noodle got into the garage, took me 20 min" (told, with a verb)
        text.lower().lstrip().startswith("and my") and len(text.split()) <= 6)


def message_texts(said: Sequence[Said], pairs: bool = True
                  ) -> dict[tuple[str, float], set[str]]:
    """The texts the reader read of each message (keyed by message and order; a ledger fact
    is a message of its own): its clauses, the message whole and, with ``pairs``, the
    message after the one before (a reading that is partly another message's)."""
    texts: dict[tuple[str, float], set[str]] = {}
    for s in said:
        texts.setdefault((s.line or s.text, s.order), set()).update(
            x for x in (s.text, whole_of(s), pair_of(s) if pairs else "") if x)
    return texts


def message_shares(said: Sequence[Said], probs: dict[str, tuple[float, float]]
                   ) -> dict[tuple[str, float], float]:
    """The reader's share of belief for each message, over every text read from it (its
    clauses, the message whole and after the one before): read four ways, one message
    that answers splits its share ("shes swedish" 0.32, the message 0.25, ...)."""
    return {key: sum(probs.get(x, (0.0, 0.0))[1] for x in group)
            for key, group in message_texts(said).items()}


def message_of(line: str) -> str:
    """A kept message (``Said.line``, ``Said.before``) as one clean run of words."""
    return clean(line.replace(" . ", ", ")) if line else ""


def whole_of(said: Said) -> str:
    """The clause's message, when it is short and more than the clause ("" otherwise)."""
    whole = message_of(said.line)
    return whole if whole != said.text and 0 < len(whole.split()) <= LINE_WORDS else ""


def pair_of(said: Said) -> str:
    """The clause's short message after the message before it ("" when either is long)."""
    whole, before = message_of(said.line), message_of(said.before)
    if not (whole and before) or len(whole.split()) + len(before.split()) > 2 * LINE_WORDS:
        return ""
    return f"{before}. {whole}"


def told_of(said: Said) -> str:
    """What to say back: the clause's whole message when it is short (the answer is often
    in the clause beside the one that matched: "she's into photography, wants to study it
    at college"), else the clause; without the chat openers ("ugh sunny", "ok so also")."""
    whole = message_of(said.line)
    told = whole if said.line and len(whole.split()) <= LINE_WORDS else said.text
    trimmed = _OPENERS.sub("", told)
    told = trimmed if len(trimmed.split()) >= 3 else told
    # "also booked a table at the thai place": said back as "you booked a table..."
    return f"i {told}" if _NO_SUBJECT.match(told) else told


_NO_SUBJECT = re.compile(r"^(?:went|got|made|bought|booked|saw|ate|had|did|took|found|"
                         r"finished|started|joined|signed|passed|failed|won|lost|scored|"
                         r"adopted|named|called|finally)\s", re.I)


_OPENERS = re.compile(r"^(?:(?:ugh+|ok|okay|so|also|anyway|anyways|btw|wait|omg|sunny+|hey+|"
                      r"hi+|yo|well|oh|and|but|ngl|tbh|lowkey|actually|big news|guess what)"
                      r"\b[\s,]*)+", re.I)
