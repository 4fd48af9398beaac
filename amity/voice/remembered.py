"""Memory questions in the conversation: ``remembered(turn, lines)`` is a skill (the first of
``skills.SKILLS``' neighbours in ``Voice``). A question about something the user told is
answered from their own words or the ledger (``recall``), with a worry or good news told
with it met first (``_care``, ``recall_aside.cheer``); what was told of the thing but not
its detail is said and the rest asked (``recall_partial``); nothing is invented ("I don't
think you told me" when nothing answers). Knows nothing about models or storage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.facts.lexicon import is_first_name
from ..nlp.question import focus
from . import recall
from .lines import Lines
from .recall_aside import cheer, filled, remark, why
from .recall_ask import THE_OTHER, asked_thing
from .recall_confirm import confirmed
from .recall_ellipsis import completed
from .recall_guard import (
    HE,
    PRICE_ASKED,
    SHE,
    WAGE_ASKED,
    attendance_untold,
    done_by_another,
    names_the_thing,
    no_position,
    opposite_trait,
    other_pronoun,
    put_right_after,
    wrong_unit,
)
from .recall_heads import named_head
from .recall_kind import REASON_WORDS
from .recall_names import WHO_HAS_NAMES, titled_for
from .recall_partial import partial
from .recall_plain import PAID_SAID
from .recall_role import not_theirs, other_role
from .recall_settle import settled
from .recall_spanned import fitted, sharpened, spanned
from .recall_told import asks_of_told
from .recall_type import no_age, wish_or_gift_untold
from .recall_wants import (
    GIVEN_ASKED,
    QUOTE_ASKED,
    QUOTE_OF,
    counted_by_deed,
    given_by,
    own_named,
    quoted_by,
    their_deed,
    wanted_by,
    who_did_it,
)
from .recall_whois import who_named
from .recall_whose import theirs_not_mine
from .recall_words import second_person, stems
from .skills import Proposal, Turn, pick

#: a detail that is only a piece of an address or a title
_NO_DETAIL = frozenset("st rd ave ln dr blvd mr mrs ms the a an".split())
_OWN_NAME_ASKED = re.compile(r"\b(?:my|whats my|what's my) (?:name|username)\b|\bwho am i\b",
                             re.I)
#: a question that asks back what was told: "and what was the lizard called", "do u know
#: what day the meeting is", "how much did the tooth fairy end up leaving?"
_ASKS_BACK = re.compile(r"\b(?:again|remember|did i (?:say|tell|mention)|i (?:told|said)|"
                        r"what (?:was|were)|(?:do|did) (?:u|you) know)\b|\?")


#: a thing named in a told message: "we named the pumpkin gourdon", "the robot is called bolt"
_NAMING = re.compile(r"\b(?:named|called|name)\s+(?:the|my|our|his|her|their)\s+([a-z]+)\b|"
                     r"\b(?:the|my|our|his|her|their)\s+([a-z]+)\s+(?:is\s+)?(?:named|called)\b")


def _named_another(question: str, told: str) -> bool:
    """The answer-span reader's clause names another kind of thing than the one whose name is
    asked ("whats my dogs name": "we named the pumpkin gourdon", round 60); a pet's kind and
    its breed are one ("my pug rocco")."""
    head = named_head(question)
    named = [a or b for a, b in _NAMING.findall(told.lower())]
    if head is None or not named:
        return False
    from .pets import KINDS  # (pets' skills import this module)
    pet = re.compile(rf"^{KINDS}s?$", re.I)
    return not any(n.startswith(head[:4]) or pet.match(n) and pet.match(head) for n in named)


def remembered(turn: Turn, lines: Lines) -> list[Proposal]:
    """A question about something the user told: answered from their own words or the
    ledger (``recall``), or "I don't think you told me" when nothing answers it. A
    question no rule calls a memory question is answered only when something does, or when
    it asks back about a thing that was told ("and what was the lizard called, the store
    mascot one"): what is kept said, the rest asked."""
    view = turn.view
    asking = turn.act.name == "memory_question"
    previous = next((m.content for m in reversed(view.history) if m.role == "user"), "")
    if (whole := completed(view.text, previous)) is not None:
        # "what time" after "what day was the vet thing": "what time was the vet thing"
        view, asking = replace(view, text=whole), True
    told_asked = False  # asked of a told thing without a memory word: answered or left
    said: list[recall.Said] | None = None  # what was told (read once: the view's memories
    # and history stay the same below, only its text is narrowed)
    if not asking and not recall.is_recall_question(view.text, previous) and \
            not QUOTE_ASKED.search(view.text.lower()) and not QUOTE_OF.search(view.text.lower()) \
            and not GIVEN_ASKED.search(view.text.lower()):
        # (but "what did kiki call my chili": what someone said, asked)
        said = recall.sayings(view.memories, view.history, view.user_name)
        if not asks_of_told(view.text, said):
            return []
        told_asked = True  # "how wide is the pond gonna be" (recall_told)
    asked = view.text
    if (check := re.match(r"([^?]*\bright\s*\?)\s*([^?]*)$", view.text)) and \
            not re.match(r"\W*(?:or|and|what|whats|who|where|when|which|how|did|do|was|is)\b",
                         check.group(2), re.I):
        # "and theo is 9 right? he says hes basically 10": the check, not the remark after it,
        # and of Theo, not of the question before it (round 63 answered with the pasta)
        lead = re.match(r"(?:(?:and|so|ok|okay|wait|oh)\s+)+([a-z]+)\b", check.group(1), re.I)
        text = check.group(1)[lead.start(1):] if lead and is_first_name(lead.group(1)) else \
            check.group(1)
        view = replace(view, text=text)
        asked = view.text
    if (told_too := remark(view.text)) and (own := _OWN.search(told_too)):
        rest = view.text.replace(told_too, "").strip()
        if _POINTER.search(rest):  # "my cat got into the donut box 😭 do u remember her
            # name": "do u remember my cat's name", not who the message before spoke of,
            # nor a clause about getting into something
            asked, previous = _POINTER.sub(lambda m: own.group(0) + ("'s" if m.group(
                0).lower() in ("her", "his") else ""), rest, count=1), told_too
    if (bare := _ASIDE.sub(" ", asked).strip()) != asked and "?" in bare:
        asked = bare  # "what did i get on that pop quiz? (i got 16 this time!!)": not the 16
    if (who := _who_only(asked)) is not None:
        # "and whos maya again lol she wants to know if u remember her": who Maya is, not
        # what the remark reads ("cicadas!", round 52); not "whos nia again, like how long
        # has she been skating" (a second question)
        view = replace(view, text=who.group("q"))
        asked = view.text
    if said is None:
        said = recall.sayings(view.memories, view.history, view.user_name)
    if (other := _NOT_THE.search(asked.lower())) and (
            kept := [s for s in said if not stems(other.group(1)) & stems(s.line or s.text)]):
        said = kept  # "whats the youngest giraffe called, not the new baby": not the baby's
    if (old := _OLD_ONE.search(re.split(r"[,.!?]", asked.lower())[0])) and (
            kept := [s for s in said if not _told_new(old.group(1).split(), s)]):
        said = kept  # "who was my old manager again": not "the new one is this guy phil"
    if (checked := confirmed(view.text, view.history, [s.text for s in said])) is not None:
        # "and its at the loft right? not the library?": the loft, as told; not the answer
        # to the question before it ("what time ... again": 7:30)
        return [Proposal(t.replace("{detail}", checked), "skill:memory", 2.0)
                for t in pick(lines.get("memory_confirmed"), turn.rng)]
    if THE_OTHER.match(view.text.lower()) and (
            first := recall.answer(previous, said, turn.encode, "", turn.read)) and first.detail:
        # "and the other girl, the art club one?" after "whats her name": not her again
        said = [s for s in said if first.detail.lower() not in s.text.lower()]

    def without(detail: str) -> recall.Found | None:
        """The question answered again from what was told without ``detail`` as a word."""
        rest = [s for s in said if not re.search(rf"\b{re.escape(detail)}\b", s.text)]
        return recall.answer(asked, rest, turn.encode, previous, turn.read)

    found = recall.answer(asked, said, turn.encode, previous, turn.read)
    read_span = found is None and turn.span is not None
    if read_span:  # the words the span reader finds
        found = spanned(view.text, previous, said, turn.span, turn.read)
    if found is not None and read_span and (_named_another(view.text, found.text) or
                                            theirs_not_mine(view.text, found.text) or
                                            wish_or_gift_untold(view.text, found.text)):
        found = None  # "whats my dogs name": not "gourdon" of "we named the pumpkin gourdon";
        # "whats my twitch username": not "her username is fernlight"
    told = [m.content for m in view.history if m.role == "user"] + [s.text for s in said]
    # (what the teen told in earlier visits lives in the ledger, not the recent history)
    if (quote := quoted_by(view.text, told)) and (
            found is None or (found.detail or "").strip('"!').lower() != quote.lower()) and not (
            found is not None and (found.detail or "").startswith('"') and
            _AT_FIRST.search(view.text.lower())):  # (not "maybe new jersey", said later, for
        # "what did nonna say my accent sounded like at first": the rules' 'like a tourist
        # from ohio', dev31)
        found = recall.Found(f'you told me they said "{quote}"', 2.0, f'"{quote}"')
        # "what was calebs advice": "ull be fine just dont lean back", all of it (fresh12)
    if found is not None:  # what was put right since, the one asked ("recall_settle")
        found = settled(found, view.text, said, read_span)
    if found is not None and _role_unnamed(view.text, found,
                                           told + [s.line for s in said if s.line]):
        found = None  # "whats the name of my science teacher": not "Sofi" of "her name is
        # sofi", told of no teacher (no message holds the name with the role; memory_dev19-24)
    if found is not None and not read_span and found.detail and \
            other_sex(view.text, found.detail):
        # "the spanish one, whats her name": not "Mr Hale" (dev25); the one told otherwise
        rest = [s for s in said if found.detail.lower() not in s.text.lower()]
        found = recall.answer(asked, rest, turn.encode, previous, turn.read)
    if found is not None and not read_span and found.detail and \
            no_age(view.text, found.detail, found.text):
        # "how old did i say eli was": not "9" of "hes 9 cm tall" (a plant, round 53); what
        # else was told, asked again without it ("hes 7 and im 16")
        found = without(found.detail)
    if found is not None and other_pronoun(view.text.lower(), found.text.lower()):
        found = None  # "he flew back home yesterday btw. do u remember where he lives?": not
        # "her house on maple st" (nana's; round 68)
    if found is not None and found.detail and names_the_thing(view.text.lower(), found.detail,
                                                               told):
        found = None  # "the name of the librarian who found the elephant": not "Peanut", the
        # elephant's own name (round 69)
    if found is not None and found.detail and done_by_another(view.text.lower(), found.text):
        found = without(found.detail)  # "what i said i ate at the park": not "one of your
        # clarinet reeds" the dog ate (round 74)
    if found is not None and _WHY_ASKED.match(view.text.lower()) and \
            not _REASON_SAID.search(found.text.lower()):
        found = recall.answer(asked, [s for s in said if _REASON_SAID.search(s.text.lower())],
                              turn.encode, previous, turn.read)  # "why cant i have a dog
        # again": "your mom is allergic so you cant have one", not the dog cake (round 76)
    if found is not None and _SAID_ASKED.search(view.text.lower()) and \
            not _SAYING.search(found.text.lower()):
        found = recall.answer(asked, [s for s in said if not s.fact], turn.encode, previous,
                              turn.read)  # "what did my teacher say i should do with it":
        # what she said, not the fact "ms obi is your english teacher" (dev30)
    if found is not None and _NAME_GIVEN_ASKED.search(view.text.lower()) and \
            _SELF_FIX.search(found.text.lower()) and (renamed := next((
                m.group(1) for x in said
                if (m := _RENAMED.search((x.line or x.around).lower()))), None)):
        found = replace(found, detail=renamed.title())  # "i named it the beeper lol wait no
        # thats dumb. its called goldie now": Goldie (dev31)
    if found is not None and _AFTER_ASKED.search(view.text.lower()) and (
            after := _NAMED_AFTER.search(found.text.lower())):
        found = replace(found, detail=f"your {after.group(1)}")  # "who did i name him after":
        # "your grandpa" of "i picked james after my grandpa", not "James" (dev31)
    if found is not None and found.detail and _FIRST_ASKED.search(view.text.lower()) and any(
            re.search(rf"\b{_TITLE_WORDS}\.? {re.escape(found.detail.lower())}\b", t.lower())
            for t in told):
        found = None  # "whats my coachs first name": not "hadley" of "coach is ms hadley", a
        # last name (dev31)
    if found is not None and attendance_untold(view.text.lower(), found.text):
        found = None  # "how many people came to the party in the end": not the 40 people of
        # the family group chat (dev30)
    if found is not None and no_position(view.text.lower(), found.text):
        found = None  # "what position i play": not "westbrook!" of "we play westbrook"
    if found is not None and (opposite := opposite_trait(view.text.lower(), found.text)):
        found = recall.answer(asked, [s for s in said if not re.search(
            rf"\b{opposite}\b", s.text.lower())], turn.encode, previous, turn.read)
        # "which teacher was the mean one": not "mrs petrakis ... the nicest person alive"
    if found is not None and found.detail and _said_back(view.text, found.detail):
        found = without(found.detail)  # "bet u dont remember what i named my hen": not "Do U
        # Remember!" (round 73); what was told of the hen
    if found is not None and found.detail and wrong_unit(view.text.lower(), found.detail):
        # "how many boxes": not "7:30" (a bedtime put right); "how much do i make an hour":
        # not "6 hours" (a shift's length; round 68)
        found = without(found.detail)
        found = None if found is not None and found.detail and wrong_unit(
            view.text.lower(), found.detail) else found
    if found is not None and (other_role(view.text, found.detail or "", told) or
                              not_theirs(view.text, found.text, found.detail) or
                              no_age(view.text, found.detail or "", found.text)):
        found = None  # "my math teacher's name": not the garden club advisor's; "how old is
        # she": not the teen's own age
    if found is not None and found.detail and (
            _WHO_ASKED.match(view.text) or _BRAND_ASKED.search(view.text.lower())) and \
            re.fullmatch(r"[$£€]?[\d:.,]+\s*(?:am|pm|[a-z]{0,3})", found.detail.strip(), re.I):
        found = None  # "and who did i say got me into it?": no one is "11!" (round 52); no
        # brand or name is "$150!" (round 65's scenarios)
    if found is not None and found.detail and PRICE_ASKED.search(view.text.lower()) and (
            re.fullmatch(r"\d{1,2}:\d\d\s*(?:am|pm)?", found.detail.strip(), re.I) or
            not WAGE_ASKED.search(view.text.lower()) and re.search(
                rf"{re.escape(found.detail.lower())}\s*(?:an hour|an hr|a hour|/hr|per hour)\b",
                found.text.lower())):
        found = None  # "how much does the gym cost a month": not "5:45!" (the class time); "how
        # much is a pint of blueberries": not "$12" of "$12 an hour" (the pay; dev27)
    if found is not None and found.detail and _AGE_ASKED.search(view.text.lower()) and \
            not re.search(r"\d", found.detail) and (
                age := re.search(r"\b(\d{1,2})[\s-]*(?:yr|year|yo|y/o)s?\b", found.text.lower())):
        found = replace(found, detail=age.group(1))  # "whats biscuits age again": "3", not
        # "his name!" of "his name is biscuit hes a 3 yr old pit mix" (round 65)
    if found is not None and found.detail and view.user_name and \
            found.detail.lower() == view.user_name.lower() and \
            not _OWN_NAME_ASKED.search(view.text):
        found = None  # "whats my dogs name" -> "camila", the teen's own name (round 61)
    if found is None and (given := given_by(view.text, told)):
        found = recall.Found(f"you told me {second_person(given[1])}", 2.0,
                             second_person(given[0]))  # "who gave us the gerbils": "a guy
        # your mom works with" (dev30)
    if found is None and not read_span and turn.span is not None and (
            second := spanned(view.text, previous, said, turn.span, turn.read)) is not None \
            and not other_pronoun(view.text.lower(), second.text.lower()) and not (
                second.detail and (no_age(view.text, second.detail, second.text) or
                                   wrong_unit(view.text.lower(), second.detail))):
        found, read_span = second, True  # the rules' answer turned away ("hes 4" of the dog
        # for "how old did i say she was"), the span reader's read ("grace is 12", round 71)
    if found is None:
        if told_asked:
            return []  # (no "I don't know" to a question that asks nothing back)
        if asking and (glad := cheer(view.text, len(view.text))):  # the news met, then the ask
            return [Proposal(glad + t, "skill:memory_unknown", 1.5)
                    for t in pick(lines.get("memory_unknown"), turn.rng)]
        half = partial(view.text.split("?")[0], said,  # (not the remark after its "?")
                       recall.asked_words(focus(view.text), previous)[1])
        if not asking and (half is None or not _ASKS_BACK.search(view.text)):
            return []  # (the thing it asks after told: what is kept said, the rest asked;
            # not for a question that asks nothing back: "who goes to a car wash in the rain")
        if half is not None and lines.get("memory_partial"):
            # the thing was told, the detail not found: say what is kept, ask for the rest
            return [Proposal(_first_up(t.replace("{thing}", half.thing)
                                       .replace("{missing}", half.missing)),
                             "skill:memory_partial", 1.6)
                    for t in pick(lines.get("memory_partial"), turn.rng)]
        thing = asked_thing(view.text)
        if thing and lines.get("memory_unknown_thing"):
            # the asked thing named: "I don't think you've told me your gym teacher's name"
            return [Proposal(t.replace("{thing}", thing), "skill:memory_unknown", 1.5)
                    for t in pick(lines.get("memory_unknown_thing"), turn.rng)]
        return [Proposal(t, "skill:memory_unknown", 1.5)
                for t in pick(lines.get("memory_unknown"), turn.rng)]
    if found.detail is None and _WHICH_ONE.match(view.text.lower()) and (one := titled_for(
            recall.asked_words(focus(view.text), previous)[0], found.text)):
        found = replace(found, detail=one)  # "which captain does the training": "captain
        # reyes who does the training and captain boone who does paperwork" (dev26)
    if not read_span and turn.span is not None and not _who_only(view.text):
        # a told sentence's answering words (who someone is: the sentence, not a word of it)
        found = sharpened(found, view.text, previous, turn.span)
    if found.detail is None and (who := _who_only(view.text)) and (kin := re.search(
            rf"\b(?:your|my) ((?:(?:little|big|older|younger|best|baby|step|twin) )?[a-z]+) "
            rf"{who.group('name')}\b", found.text, re.I)) and stems(kin.group(1)) & WHO_HAS_NAMES:
        found = replace(found, detail=f"your {kin.group(1)}")  # "whos maya again": "your
        # little sister!", not the whole sentence she was told in
    if found.detail and (
            named := who_named(view.text, found.detail, found.text)):
        found = replace(found, detail=named)  # "whos number 31 again": "Tariq", not "your
        # best friend"; "who was the coach who made me do the dance": "Ms Okafor" (round 68)
    if found.detail and (left := _still_to_go(view.text, found.detail)):
        found = replace(found, detail=left)  # "i have 12 hours so far, how many more do i
        # need?": "28 more (40 in all)", not "40!" (round 50)
    if found.detail and (found.detail.count("(") != found.detail.count(")") or
                         found.detail.lower().strip(" .!") in _NO_DETAIL):
        found = replace(found, detail=None)  # "bc 2nd grade)": a cut aside; "st!" of "the
        # soup kitchen on 5th st" (round 61): the clause said instead
    if (real := _REAL_NAME.search(view.text.lower())) and (
            given := re.search(rf"\b(?:{real.group(1)}|real|actual|full|legal) name (?:is |was )?"
                               r"([a-z]+)\b", found.text.lower())):
        found = replace(found, detail=given.group(1).title())  # "managers real name?":
        # "richard" of "my manager is named big rick his actual name is richard"
    if not found.detail and _PAY_ASKED.search(view.text.lower()) and (
            price := PAID_SAID.search(found.text.lower())):
        found = replace(found, detail=price.group(1))  # "how much did i end up paying": "$65"
        # of "guy wanted $90 but you talked him down to $65", not the clause with both
    if not read_span and turn.span is not None:
        found = fitted(found, view.text, previous, turn.span,
                       told + [s.line for s in said if s.line])  # "Hungry Greg", not "Greg"
    if found.detail and (later := put_right_after(found.detail, said)):
        found = replace(found, detail=later)  # "first practice is tomorrow at 6:30 — wait no
        # they moved it, its 7:15 now": 7:15 (fresh12)
    if (own := own_named(view.text, told)) and (found.detail or "").lower() != own.lower():
        found = replace(found, detail=own)  # "what did i name my army": "The Teal Reapers",
        # not "the space boys" of "his army is called the space boys" (fresh12)
    if (doer := who_did_it(view.text, told)) and (found.detail or "") != doer:
        found = replace(found, detail=doer)  # "who came up with the business name": "Zoe"
        # of "zoe came up with it", not the name (fresh12)
    if (count := counted_by_deed(view.text, told)) and found.detail != count:
        found = replace(found, detail=count)  # "how many stickers did i say she printed":
        # 500, not the 400 sold (round 76)
    if (deed := their_deed(view.text, told)) and (found.detail or "").lower() != deed:
        found = replace(found, detail=deed)  # "what did i say deniz always makes": "brownies"
        # of "deniz always does brownies", not the teen's cookies (round 76)
    if (wish := wanted_by(view.text, told)) and (found.detail or "").lower() != wish:
        found = replace(found, detail=wish)  # "what did my sister want to name him":
        # "marshmallow" of "my dad wants tank my sister wants marshmallow" (fresh12)
    if (mine := paired(view.text, found.text, found.detail or "")):
        found = replace(found, detail=mine)  # "what time is tuesday class": "5" of "tuesdays
        # at 5 saturdays at 4:30", not the last time told
    if found.detail and (bare := re.fullmatch(r"(\d{1,3}) year", found.detail)):
        found = replace(found, detail=bare.group(1))  # "9 year old beagle": 9, not "9 year"
    if found.detail and _ONE_KIND.search(view.text) and (whole := re.search(
            rf"\b{_BREED_FIRST}\s+{re.escape(found.detail.lower())}\b", found.text.lower())):
        found = replace(found, detail=whole.group(0))  # "a great dane", not "a dane"
    if found.detail and _ONE_KIND.search(view.text) and re.fullmatch(
            r"(?!(?:a|an|the|my|his|her|their)\b)[a-z]+(?: [a-z]+)?", found.detail):
        found = replace(found, detail=("an " if found.detail[0] in "aeiou" else "a ") +
                        found.detail)  # "what kind of dog is rocco": "a pug!", not "pug!"
    # a worry told with the question ("my fish is floating sideways and im kinda worried.
    # which one is the bigger one again"): met first, then the answer
    care = _care(turn.mood, view.text) if "?" in view.text or len(view.text.split()) > 8 else ""
    care = care or cheer(view.text, len(view.text))  # "my mom got the job!! ..."
    if found.detail and (two := recall.also_asked(view.text)):
        # "whats my brothers name and how old is he": "Eli, and 19"
        more = recall.answer(two[1], said, turn.encode, two[0], turn.read)
        if more and more.detail and more.detail.lower() not in found.detail.lower():
            found = replace(found, detail=f"{found.detail}, and {more.detail}")
    met: list[Proposal] = []
    if not found.near and (reason := why(view.text, found.detail or "")) and (
            tails := [filled(t, reason) for t in lines.get(f"memory_why_{reason.kind}")
                      if reason.fill or "{" not in t]):
        # what the question is asked for, met ("Coach Farah! aw, a thank-you note is such a
        # sweet idea 💛"; "saturday! you can tell Samira I said so 😎"): ``recall_aside``;
        # the plain lines stay below them, for when a repeat check turns all of these away
        heads = [f"{found.detail}!"] if found.detail else [
            o.replace("{fact}", found.text) for o in lines.get("memory_why_fact")]
        met = [Proposal(care + turn.rng.choice(heads) + " " + t, "skill:memory", 2.4)
               for t in pick(tails, turn.rng)]
    if found.detail and lines.get("memory_detail"):
        # the asked detail on its own, as a friend says it ("Biscuit! 😊 how could I forget?")
        key = "memory_near" if found.near else "memory_detail"  # "was haruki right?": close
        return met + [Proposal(care + t.replace("{detail}", found.detail), "skill:memory", 2.0)
                      for t in pick(lines.get(key) or lines.get("memory_detail"), turn.rng)]
    return met + [Proposal(care + t.replace("{fact}", found.text), "skill:memory", 2.0)
                  for t in pick(lines.get("memory_answer"), turn.rng)]


#: "which teacher", "who" asked of one of several: "which captain does the training"
_WHICH_ONE = re.compile(r"^(?:(?:and|ok|okay|wait|so|oh|um)\s+)*(?:which|who|whos|who's)\b")
#: who someone named is, with a remark after it: "and whos maya again lol she wants to know"
_WHO_IS = re.compile(r"^(?:(?:and|ok|okay|wait|so|oh|um)\s+)*(?P<q>(?:whos|who's|who is|who was)"
                     r"\s+(?P<name>[a-z]+)(?:\s+again)?)(?=\s+(?:lol|lmao|haha\w*|btw|tho)\b|\s*[,?!.]|\s*$)",
                     re.I)
def _role_unnamed(question: str, found: recall.Found, told: list[str]) -> bool:
    """A name asked of someone by their role (``_ROLE_NAME``) that ``found`` does not give:
    its name is said in no message of ``told`` beside the role ("Sofi" of "her name is sofi"
    for "my science teacher"); with no name found, the one described and never named ("the
    girl at the stand") is not spoken of in the clause said back."""
    role = _ROLE_NAME.search(question.lower())
    if role is None:
        return False
    who = stems(next(g for g in role.groups() if g))
    if who & _ANYONE:
        who = _ANYONE  # "the name of the guy running against me": "the only other person
        # running is brandon cole" (dev30)
    if found.detail:
        name = found.detail.lower().split()[-1]
        return not any(name in x.lower() and who & stems(x) for x in told)
    return bool(role.group(3) or role.group(4)) and not who & stems(found.text)


def _said_back(question: str, detail: str) -> bool:
    """``detail`` is two words or more of the question itself, in its order (not one of
    the choices it names: "the air fryer or the knives"), or only the
    words of asking ("Do U Remember", from "what day did i say the hens were coming, do u
    remember": round 73's hen's name)."""
    words = re.findall(r"[a-z0-9]+", detail.lower())
    asked = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
    return len(words) > 1 and (f" {' '.join(words)} " in f" {asked} " and
                               not re.search(r"\bor\b", asked) or set(words) <= _ASKING_WORDS)


_ASKING_WORDS = frozenset("do u you ya remember know recall again did i say said tell told "
                          "what who bet dont".split())


def _who_only(text: str) -> re.Match[str] | None:
    """Who someone named is, asked alone ("and whos maya again lol she wants to know"), not
    with a second question ("whos nia again, like how long has she been skating")."""
    who = _WHO_IS.match(text)
    return None if who is None or re.search(r"\b(?:how|what|whats|when|where|which|why)\b",
                                            text[who.end():], re.I) else who


#: a question of who: "and who did i say got me into it? lol"
_WHO_ASKED = re.compile(r"^(?:(?:and|ok|okay|wait|so|oh|um|also)\s+)*(?:who|whos|who's)\b", re.I)
#: a name asked as the real one: "managers real name?", "whats coach d's actual name"
_REAL_NAME = re.compile(r"\b(real|actual|full|legal) name\b")
#: a brand or a name asked of a thing: "whats my drum kit brand again", "what is it called"
_BRAND_ASKED = re.compile(r"\b(?:brand|model)\b|\bwhat(?:s|'s| is| was)?\b[^?.!]{0,30}\b(?:called|"
                          r"name)\b")
#: a price asked ("how much does the gym cost", "whats the price"), and pay asked
#: a name asked of someone by their role: "whats my bio teachers name", "the name of my coach"
_ROLE_NAME = re.compile(r"\b(?:my|our)\s+(?:[a-z]+\s+)?(teacher|coach|sister|brother|sis|bro|aunt|"
                        r"uncle|cousin|boss|manager|neighbou?r|tutor|counselor|counsellor|"
                        r"principal|director|advisor|captain|stepdad|stepmom|stepbrother|"
                        r"stepsister)'?s?\s+(?:first\s+|last\s+|real\s+)?name\b|"
                        r"\bname of (?:my|our)\s+(?:[a-z]+\s+)?(teacher|coach|sister|brother|aunt|"
                        r"uncle|cousin|boss|manager|neighbou?r|tutor|counselor|principal|director|"
                        r"advisor|captain)\b|"
                        # "the name of the girl at the stand next to ours", "the mom who hired me"
                        r"\bname of (?:the|that|this)\s+(?:[a-z]+\s+)?(girl|guy|boy|lady|man|woman|"
                        r"mom|dad|mum)\b|"
                        # "whats that little kids dads name"
                        r"\b[a-z]+(?:s|'s)\s+(dad|mom|mum)'?s?\s+name\b")
_FIRST_ASKED = re.compile(r"\bfirst name\b")
#: a why asked, and the words a reason is told with
_WHY_ASKED = re.compile(r"(?:(?:and|so|wait|ok|oh)\s+)*(?:why|how come)\b")
_REASON_SAID = re.compile(rf"\b(?:{REASON_WORDS}|so that)\b|\bso (?:we|i|"
                          r"he|she|they|you|u) (?:cant|can't|couldnt|couldn't|have to|had to|"
                          r"gotta|had|got)\b")
_AT_FIRST = re.compile(r"\b(?:at first|originally|the first time|in the beginning)\b")
#: what someone said, asked, and the words of a saying
_SAID_ASKED = re.compile(r"\bwhat did (?:my |the |that |this |your )?[a-z]+(?: [a-z]+)? (?:say|"
                         r"said|tell|told)\b")
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|tell|goes|asked|asks|wants|thinks|called|"
                     r"yelled)\b|['\"“]")
#: who a name was given after: "who did i name him after", "who is she named after"
_AFTER_ASKED = re.compile(r"\bwho (?:did|is|was|were) (?:i|we|they|he|she|it|you|u|my \w+)? ?"
                          r"(?:name|named|call|called|pick|picked) (?:\w+ )?after\b")
_NAMED_AFTER = re.compile(r"\bafter (?:your|my|our|his|her) ((?:(?:great|late|old|little|big) )?"
                          r"[a-z]+)\b")
#: a name given asked, and a name given then taken back in one message
_NAME_GIVEN_ASKED = re.compile(r"\bwhat did (?:i|we) (?:name|call)\b|\bname(?:d)? (?:it|him|her)\b")
_SELF_FIX = re.compile(r"\b(?:wait no|jk|nvm|never mind|nevermind|scratch that|actually no)\b")
_RENAMED = re.compile(_SELF_FIX.pattern + r"[^.!?]{0,40}[.!?\s]*(?:[a-z]+ ){0,3}?(?:called|"
                      r"named|name (?:it|him|her)|call (?:it|him|her)) ([a-z]+(?: [a-z]+)??)"
                      r"(?= now\b|\s*[.,!?]|$)")
_TITLE_WORDS = r"(?:mr|mrs|ms|miss|dr|coach|señora|senora|señor|senor|sra|sr|mx|prof)"
#: words for someone, any of which the role "the guy", "the girl" may be told by
_ANYONE = stems("girl guy boy lady man woman person kid dude")
#: an age asked
_AGE_ASKED = re.compile(r"\bhow old\b|\bage\b")
#: a price paid asked: "how much did i pay", "what did i end up paying for it"
_PAY_ASKED = re.compile(r"\b(?:how much|what)\b.*\b(?:pay|paid|paying|spend|spent)\b")
#: one ruled out in the question: "..., not the new baby, the one who was 8 months"
_NOT_THE = re.compile(r",\s*not (?:the|my|his|her) (?:new |other |old |little |big )?([a-z]{3,})\b")
#: the one before asked of: "my old coach's name", "who was my old project partner"
_OLD_ONE = re.compile(r"\b(?:my|the|our|his|her|their)\s+(?:old|previous|former|last|main|"
                      r"usual|regular|original)\s+"
                      r"((?:[a-z]+\s+)?[a-z]+?)(?:'?s)?\b")


def _told_new(roles: list[str], said: recall.Said) -> bool:
    """``said`` is from a message that tells of a new one in the role: "new coach is coach
    reyes", "rafael is my partner now", "the new one is this guy phil"."""
    low = (said.line or said.text).lower()
    return any(re.search(rf"\bnew (?:[a-z]+ )?{re.escape(r)}s?\b|\b{re.escape(r)}s? now\b", low)
               for r in roles) or bool(re.search(r"\bthe new one\b", low))


#: a thing and its number or time: "tuesdays at 5", "bench 225", "the red one is $40"
_PAIR = re.compile(r"\b([a-z]{3,})s?\s+(?:(?:at|is|was|=|for|costs?)\s+)?([$£€]?\d+(?:[:.]\d\d)?"
                   r"(?:\s?(?:am|pm))?)(?![\d:.])")
#: a price and the thing it is for: "$80 for the tank setup"
_PRICE_FOR = re.compile(r"([$£€]\d+(?:\.\d\d)?)\s+for\s+(?:the\s+|my\s+|a\s+|an\s+|his\s+|her\s+)?"
                        r"([a-z]+(?:\s+[a-z]+)?)")
_PRICE_WORDS = frozenset(stems("how much cost costs price paid pay did was is the my a"))
_HOW_MUCH = re.compile(r"\b(?:what time|how much|how many|how old|how long|what score)\b")


def paired(question: str, told: str, detail: str) -> str | None:
    """The number or time ``told`` gives the one thing of several the question names
    ("what time is tuesday class" of "tuesdays at 5 saturdays at 4:30": "5"), when
    ``detail`` is one of those numbers and not it; else None."""
    asked = stems(question.lower()) - _PRICE_WORDS - stems(" ".join(re.findall(
        r"\bnot (?:the |my |a |his |her )?([a-z]+)", question.lower())))  # ("not the mount")
    if re.search(r"\bcharg", question.lower()):
        asked -= stems("charge")  # "how much do we charge": the price, not "sold 34"
    fors = [m.group(1) for m in _PRICE_FOR.finditer(told.lower())
            if stems(m.group(2)) & asked]
    if len(set(fors)) == 1 and detail and fors[0] != detail.lower() and \
            _HOW_MUCH.search(question.lower()) and not re.search(r"\bsav", question.lower()):
        return fors[0]  # "how much did the tank setup cost": "$80" of "cost $45 plus like $80
        # for the tank setup" (dev27)
    if re.search(r"\d\s+(?:for|a|per|each)\s+(?:the\s+)?[a-z]", told.lower()):
        return None  # "$3 for basic $5 for the ones with letters": the thing after its price
    pairs = [(stems(m.group(1)), m.group(2)) for m in _PAIR.finditer(told.lower())]
    if len(pairs) < 2 or (detail.lower() not in {v for _, v in pairs} if detail else
                          not _HOW_MUCH.search(question.lower())):
        return None  # (with no detail found, only for a time or a number asked)
    named = [v for w, v in pairs if w & asked]
    return named[0] if len(named) == 1 and named[0] != detail.lower() else None


#: an aside in brackets: told beside the question, not asked
_ASIDE = re.compile(r"\s*\([^()]*\)")


def other_sex(question: str, detail: str) -> bool:
    """A person asked of as "her" answered by a "Mr", or as "him" by a "Ms"."""
    low, title = question.lower(), detail.lower().split()[0].rstrip(".")
    she, he = bool(SHE.search(low)), bool(HE.search(low))
    return she != he and (title == "mr" and she or title in ("ms", "mrs", "miss") and he)


#: the first word of a breed of two: "great dane", "german shepherd", "border collie"
_BREED_FIRST = (r"(?:great|german|golden|border|french|english|australian|bernese|siberian|"
                r"irish|scottish|boston|yorkshire|cavalier|miniature|mini|toy|jack|king)")
#: a question after the kind of one thing: "what kind of dog is rocco", "what breed is she"
_ONE_KIND = re.compile(r"\bwhat (?:kind|type|sort|breed)(?: of \w+)? (?:is|was)\b", re.I)
_MORE = re.compile(r"\bhow (?:many|much) more\b|\bhow (?:many|much) (?:is|are) left\b")


def _still_to_go(text: str, detail: str) -> str | None:
    """What is left of the ``detail`` told, when the message asks how much more and says how
    much is done: "28 more (40 in all)"."""
    whole = re.fullmatch(r"\$?(\d{1,5})(?: [a-z]+)?", detail.strip())
    if whole is None or not _MORE.search(text.lower()):
        return None
    done = [int(n) for n in re.findall(r"\b(\d{1,5})\b", text) if n != whole.group(1)]
    total = int(whole.group(1))
    if len(done) != 1 or not 0 < done[0] < total:
        return None
    return f"{total - done[0]} more ({detail} in all)"


_OWN = re.compile(r"\b(?:my|our) (?!own\b|way\b|bad\b|god\b|gosh\b)[a-z]+")
_POINTER = re.compile(r"\b(?:he|she|his|her|him|hes|shes)\b", re.I)
_SAD_SAID = re.compile(r"\b(?:sad|upset|cry|crying|cried|miss|missing|lonely|hurt|hurts|"
                       r"rough|awful|terrible|died|passed|sick|hate|bad day|worst)\b|😢|😭|💔")
_WORRY = re.compile(r"\b(?:worried|worry|anxious|scared|nervous|stressed|stressing|panicking|"
                    r"freaking out|second guessing)\b")
#: a worry for someone's wellbeing: "my fish is floating sideways", "shes at the vet"
_UNWELL = re.compile(r"\b(?:sick|ill|hurt|vet|hospital|floating|sideways|not eating|wont eat|"
                     r"limping|injured|surgery|throwing up|puking|fever|missing|lost|ran away|"
                     r"bleeding|crying|sad|upset|broke|broken|doctor|er)\b")
_SOMEONE = re.compile(r"\b(?:he|she|they|him|her|them|hes|shes|theyre|my (?:dog|cat|fish|pet|"
                      r"bunny|rabbit|bird|lizard|snake|turtle|hamster|mom|mum|dad|sister|brother|"
                      r"grandma|grandpa|nan|friend))\b")


def _care(mood: str, text: str) -> str:
    """A worry told with a memory question, met before the answer: "oh no, I hope they're
    okay" only for a worry about someone ("my fish is floating sideways and im kinda
    worried"), "one thing at a time" for one about oneself; nothing when no worry is said
    ("i think i mixed it up with something" read as anxious)."""
    low = text.lower()
    if mood == "sad" and _SAD_SAID.search(low):
        return "aw, I'm sorry 💛 "  # (not to "i never measured it properly")
    if mood != "anxious" or not _WORRY.search(low):
        return ""
    if _SOMEONE.search(low) and _UNWELL.search(low):
        return "oh no, I hope they're okay 💛 "
    return "aw, a few nerves are normal 💛 " if "nervous" in low else \
        "hey, one thing at a time 💛 "  # (not "I hope they're okay" to "shes coming over")


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]
