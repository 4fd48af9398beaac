"""Names and single details in the user's words, for memory answers: who is called what
("my dog pickle", "our coach is mr reyes", "were called the midnight toasters", "wait no its
nugget", "i named it gerald" after the car), which thing a name question asks about ("my
sister's boyfriend called" -> "boyfriend", "what did i name the koala" -> "koala"), the one
detail a short answer says ("Pickle", "bright orange", "left back", "pharmacist", "wednesday",
a number: "12.50", "2:09", "8"), and the words a correction swaps ("not lily lila").

Contract: ``names_for(topic, text, around, strict=False) -> str | None`` (``strict``: only a
name said plainly, to be said back on its own); which thing is asked is ``recall_heads``';
``detail(question, topic, wants, text, around) -> str | None`` (a number through
``recall_counts.count_of``); corrections (``swaps``) are ``recall_fix``'s. Whose thing a question
asks of is ``recall_whose``'s. Pure functions over the word tables of ``recall_words``;
used by ``amity.voice.recall``.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import FAMILY, OCCUPATIONS, is_first_name
from ..nlp.facts.lexicon import PET_KINDS as PETS
from .recall_words import CORRECTION, KINDS, PAST, STOP, root, stems

_TITLE = (r"(?:mr|mrs|ms|miss|coach|dr|señora|senora|señor|senor|sra|srta|madame|mme|profe|"
          r"professor|prof|sensei|captain|capt|pastor|rabbi)")
TITLE_WORD = _TITLE  #: a title before a name, for the modules that read one
_T = rf"(?:{_TITLE}\.? )?"  # a title before a name
#: a place's second word: "a place called lakeview barn"
_PLACE_WORD = (r"(?: (?:barn|park|lake|hall|center|centre|arena|rink|mall|cafe|diner|farm|"
               r"field|fields|gym|studio|beach|pier|plaza|square|garden|gardens|lodge|ranch|"
               r"creek|falls|point|heights|library|theater|theatre|stadium|pool|academy))?")
_NAME_PATTERNS = (
    re.compile(r"\b([\w']+) (?:name is|names|name's) (" + _T + r"\w+)"),
    re.compile(r"\b([\w']+)(?: is an? \w+(?: \w+)?| there| here| now)? "
               r"(?:is |was |are |were |got )?(?:called|named|nicknamed) "
               # "we named ourselves the green goblins": the team's name (round 55: "Ourselves")
               r"(?:(?:ourselves|myself|themselves|himself|herself|itself|us|me) )?"
               # (not "priya named ours big bertha": no partner called "Ours", round 44)
               r"(?!(?:ours|mine|theirs|yours|hers|it|him|her|them|ourselves|myself|themselves)"
               r"\b)"
               r"(the \w+(?: \w+)?|(?:el|la|los|las|le|lil) \w+|" + _T + r"\w+"
               + _PLACE_WORD + ")"),
    # "my dog pickle", "my big brother theo", "my nan's cat biscuit"
    re.compile(r"\b(?:my|our) (?:(?!\w*ss )[\w]+'?s )?(?:big |little |older |younger |baby |"
               r"twin |step |best )?(\w+),? (" + _T + r"\w+)"),
    # (not "boss" as an owner: "my boss linh")
    re.compile(rf"\b({_TITLE}|sir)\.? (\w+)"),
    # "i named it gerald", "i named the koala sydney" (not "i call my mom every day", "call
    # him back")
    re.compile(r"\b(?:named|nicknamed|name|naming) (?:(?:the|his|her|their) )?(\w+) "
               r"((?<=\bit )the \w+|(?!(?:lol|lmao|haha|tho|ngl|fr|rn|omg|now)\b)\w+)\b"),
    # ("i named it the pickle"; "i named her tofu lol": not a cat called "lol")
    # "my manager is this lady named denise", "our coach is a guy called mike"
    re.compile(r"\b([\w']+) (?:is|was) (?:this|a|an|some) (?:\w+ )?(?:lady|guy|girl|boy|kid|"
               r"dude|man|woman|person) (?:named|called) (" + _T + r"\w+)"),
    # "my own pet is a hamster named gordon": the hamster's name, not the pet word's
    re.compile(r"\bis (?:a|an|this) (?:\w+ )?(\w+) (?:called|named|nicknamed) (" + _T + r"\w+)"),
    # someone's named by another's role: "at my dads house his girlfriend trish"
    re.compile(r"\b(?:his|her|their) (?:\w+'?s )?(?:new |old |big |little )?(\w+),? (\w+)"),
    # "her old sewing machine that she calls bertha"
    re.compile(r"\b(\w+),? (?:that|which|who) (?:she|he|they|we|i|everyone|my \w+) "
               r"(?:calls?|named|nicknamed) (?:it |her |him )?(?!it\b|her\b|him\b)(\w+)"),
    # "we named her after a pokemon, pikachu"
    # (not the one named after: "named him after her ex husband" names no one Husband, round 56)
    re.compile(r"\bnamed (him|her|it|them) after (?:a |an |the |my )?\w+(?: \w+)?,? "
               r"(?!(?:husband|wife|ex|mom|mum|dad|grandma|grandpa|brother|sister|uncle|aunt|"
               r"friend|teacher|coach|boyfriend|girlfriend|cousin|son|daughter|nana|papa)\b)"
               r"(\w+)"),
    # "and then another girl hallie asked...", "this guy dwayne"
    re.compile(r"\b(?:this|that|another|some|one|the other|a) (girl|guy|boy|kid|lady|dude|man|"
               r"woman) (?!who\b|that\b|named\b|called\b)(\w+)"),
    # a name someone wanted: "my brother wanted to call him tank"
    re.compile(r"\b(?:(?:wanted|wants|want|tried|was going) to|wanna|should|gonna) (?:call|name) "
               r"(him|her|it|them) "
               r"(?!back\b|later\b|tonight\b|tomorrow\b)(\w+)"),
)
_BY_ROLE = _NAME_PATTERNS[7]
#: a role told as someone: "the coach is this guy rafa", "the assistant manager, this guy trent"
_ROLE_IS_SOMEONE = re.compile(r"\b(?:(\w+) )?(\w+),? (?:is )?(?:this|that|some|a) (?:girl|guy|boy|"
                              r"kid|lady|dude|man|woman) (?!who\b|that\b|named\b|called\b|with\b|"
                              r"from\b)(\w+)")
#: one of a kind the user has, named: "my fav is a fluffy one named marshmallow", "the
#: biggest one i named big tom"
_ONE_NAMED = re.compile(r"\bone (?:is |was |(?:i|we) )?(?:named|called) ((?:big |lil |little )?"
                        r"[a-z]+)\b")
_HAVE_KIND = re.compile(r"\b(?:my|our|we have|i have|we got|i got|we own|i own) (?:\d+ |[a-z]+ )?"
                        r"([a-z]+)\b")
#: a name chosen among names told: "my dad wanted sergeant", "we went with juniper"
_NAMING = re.compile(r"\bnames?\b|\bnaming\b")
_WANTED_NAME = re.compile(r"\b(\w+) (?:(?:wants?|wanted) to (?:name|call) (?:her|him|it|them|"
                          r"the \w+) |(?:wanted|wants|picked|chose|went with|settled on|"
                          r"voted for) )([a-z]{3,})\b")  # "my dad wants to name her june"
_SOMEONE_TITLED = re.compile(r"\b(?:this|that|the|an?|some) (?:\w+ ){0,2}(guy|girl|lady|kid|boy|"
                             r"man|woman|dude)\b[^.!?]{0,30}?\b((?:mr|mrs|ms|miss|dr)\.? [a-z]+)")
#: a thing named with no name yet ("oh and i named the car."), then the name: "shes the
#: grey ghost even tho shes silver"
_NAMED_NONE = re.compile(r"\b(?:i|we) (?:finally |just )?named (?:the|my|our) (\w+)\s*[.!]")
_SHES_THE = re.compile(r"^(?:so |and )?(?:shes|hes|she's|he's|she is|he is) "
                       r"(the [a-z]+(?: [a-z]+)?)(?= even| lol| bc|[,.!]|$)")
_LEAD_WORDS = frozenset("the my our his her their and but so also a an".split()) | {""}
#: a group's name said whole, up to where the chat goes on
_GROUP_NAME = re.compile(r"([a-z0-9']+(?: (?!lol|lmao|and|but|bc|so|which|its|it's|now|rn|tho|"
                         r"because|haha|ngl|fr)[a-z0-9']+){0,3})(?=\s*(?:[,.!?]|$|\s(?:lol|lmao|and|"
                         r"but|bc|so|which|its|it's|now|rn|tho|because|haha|ngl|fr)\b))")
GROUPS = frozenset("band team group club crew squad duo trio channel server podcast "
                    "account page shop store business brand".split())
# "our coach is mr reyes", "my sister is maya": a title or a known first name
_IS_TITLED = re.compile(r"(?:\b(?:my|our|his|her|the) (?:\w+ )?|^)(\w+) (?:is|was|'s) "
                        rf"({_TITLE}\.? \w+|\w+)")
_IS_NAME = re.compile(r"\b(\w+) (?:is|was) (?:this |a |my )?(?:(?:best |close |good |old )?"
                      r"friend,? )?(?:guy|girl|lady|dude|woman|man|kid|boy)? ?(\w+)\b")
#: roles a person is named by ("marcus is captain", "whats his name" after "our captain")
NAMED_ROLES = ("captain coach manager boss president leader drummer singer goalie host cohost "
               "teacher tutor trainer editor director").split()
_NAME_IS_ROLE = re.compile(r"\b([a-z]+) (?:is|was) (?:the |our |my |their )?("
                           + "|".join(NAMED_ROLES) + r")\b")
_ROLE_TITLED = re.compile(rf"\b(\w+),? ((?:{_TITLE})\.? \w+)")
#: a role then a first name after "the": "the assistant manager tammy made me redo it"
_THE_ROLE_NAME = re.compile(r"(?:\bthe |^)(?:(\w+) )?(\w+) ([a-z]+)\b")
#: "my cohost is my best friend imani": a name the lexicon may not know
_IS_MY_FRIEND = re.compile(r"\b(\w+) (?:is|was) my (?:best |close |good |old )?friend,? (\w+)\b")
_IS_THE = re.compile(r"(?:^|[,.!] |\band |\bso )(\w+) (?:is|was) the (\w+)\b")
#: "kiki is my cat"; not "the party is my abuela's birthday" (no name after "the", "my")
_TOLD_NAME = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bmy )(?<!\bour )(?<!\bthis )"
                        r"(?<!\bhow )\b(\w+) (?:is|was|are) (?:my|our|her|his) (?:(\w+) )?(\w+)")
NOT_A_NAME = STOP | frozenset("is was are has had just keeps kept always never still got yet "
                               "went came who that which and but so too every each all both "
                               "today tonight yesterday tomorrow tmrw now later lately "
                               "sometimes usually ever even back soon asap up while because "
                               "cause cuz since until till though tho after as lowkey fr idk bc "
                               "remember yo everyone everybody nobody someone somebody anyone "
                               "anybody people shes hes theyre "
                               "kinda sorta super pretty finally literally actually really "
                               "totally basically honestly seriously".split())  # ("my mom
# FINALLY said yes": no mom named "Finally", round 47)
PRONOUN = frozenset("he she it they hes shes its theyre they're him her them we we're were "
                     "he's she's it's his their".split())


VERBISH = frozenset(PAST) | frozenset(
    "said told let put set bet made make take give gonna wanna cant dont wont didnt just "
    "taught bought brought caught fought sought thought kept left felt sent meant built "
    "always never also too lol finally literally actually basically".split())
WHO_HAS_NAMES = frozenset(stems(" ".join(PETS | set(FAMILY)) + " friend bestie mate "
                                 "coach teacher cousin boyfriend girlfriend crush neighbour "
                                 "neighbor boss manager tutor pet girl boy guy kid lady dude "
                                 "fiance fiancee husband wife instructor classmate"))
PEOPLE = WHO_HAS_NAMES - frozenset(stems(" ".join(PETS) + " pet"))
ROLE_STEMS = WHO_HAS_NAMES | frozenset(stems(
    "drummer singer guitarist bassist captain goalie keeper director partner tutor "
    "instructor trainer doctor dentist nurse vet manager lead"))
SOMEONE = re.compile(r"\b(?!(?:he|she|they|it|this|that|there|which)\b)\w+ (?:is|was|'s) "
                      r"(?:my|our|a|the)\b")
THIRD = frozenset("he she they him her them his their hes shes theyre".split())
#: someone, said of anyone: no role of its own ("this older guy named dennis")
ANYONE = frozenset(stems("lady guy girl boy kid man woman dude person"))
NOUNS = frozenset(PETS | set(FAMILY) | set(OCCUPATIONS)).union(*KINDS.values())


def _mentions(topic: set[str], text: str) -> bool:
    """``text`` speaks of one of ``topic`` itself, not only as an owner ("my cousins dog"
    speaks of a dog: a "his" beside it is the dog's)."""
    words = re.findall(r"[\w']+", text.lower())
    for i, w in enumerate(words):
        if not stems(w) & topic:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if not (w.endswith("s") and after and after not in STOP and after not in NOT_A_NAME):
            return True
    return False


_LET_NAME = (["said"], ["says"], ["let"], ["lets"], ["told"], ["wanted"], ["wants"])


def _last_named(topic: set[str], low: str, around: str, name: str) -> bool:
    """The one named last before ``name`` (in ``low``, else in the message around it) is
    one of ``topic``: "i named it gerald" after "his old car" names the car; after "my
    brother got a goldfish" it names the goldfish, not the brother."""
    for text in (low, around.lower()):
        at = max(text.find(f" {name}"), text.find(f"'{name}"))  # ("named it, 'the biscuit'")
        words = re.findall(r"[\w']+", text[:at] if at >= 0 else "")
        # "my little brother theo named her biscotti": whoever named it is not the one named
        namer = len(words) - 2 if words[-2:-1] in (["named"], ["called"]) and \
            words[-1] in PRONOUN else -1
        for i in range(len(words) - 1, -1, -1):
            word, found = words[i], stems(words[i])
            if found & topic or any(word in KINDS[t] for t in topic if t in KINDS):
                return True  # (a kind of it: "honda" for the car)
            if found & WHO_HAS_NAMES and not (namer - 5 <= i < namer and found & PEOPLE) and \
                    not (found & PEOPLE and words[i + 1:i + 2] in _LET_NAME):
                return False  # ("my mom said i could name him": the mom let it be named)
    return False


def _named_plainly(rx: re.Pattern[str], name: str, head: str = "") -> bool:
    """"she named it klaus": after "named it", a word ending in "s" is a name too; after
    "named him" or "named her" any word is ("i named him sushi")."""
    return rx is _NAME_PATTERNS[4] and (name not in NOUNS or head in ("him", "her"))


def _name_like(word: str) -> bool:
    """"pickle" in "my dog pickle" is a name; "knows" in "my aunt knows" and "dog" in "my
    cousins dog" are not."""
    return word not in NOUNS and (
        is_first_name(word) or not word.endswith(("s", "ed", "ing", "ly", "nt")))


def acts(low: str, word: str) -> bool:
    """``word`` is followed by a past-tense verb ("my cat pickles knocked my bottle"), so it
    names the one who did it, though it looks like a plural."""
    nxt = re.search(rf"\b{re.escape(word)} (\w+)", low)
    return bool(nxt) and word not in NOUNS and (
        nxt.group(1).endswith("ed") or nxt.group(1) in _PAST)


def acts_now(low: str, head: str, word: str) -> bool:
    """``word``, said after ``head`` ("my cat waffles"), is followed by a verb of now or a
    habit ("...will def try to sleep in the box"), so it names the one who does it."""
    return bool(re.search(rf"\b{re.escape(head)},? {re.escape(word)},? (?:{_NOW})\b", low))


#: what a pet's name is followed by (``acts_now``)
_NOW = ("will|wont|won't|would|can|cant|can't|keeps|always|never|just|def|literally|loves|"
        "likes|hates|sleeps|is|was|has|does")
_PAST = frozenset("ate got was is knocked stole ran broke did made bit threw sat slept fell hid "
                  "drank tore dug caught found took left lost told said says tells gave gives "
                  "let put sent wrote yelled".split())  # ("coach petrakis told me")
#: "my fav horse is clover": a favourite pet said to be a word names it (a pet's name is
#: often a common word: "pickles", "clover", "nugget")
_FAV_IS = re.compile(r"\bmy (?:fav|fave|favorite|favourite) (\w+) (?:is|was) (\w+)\b")


FIX_MARK = re.compile(r"\b(?:i meant|i mean|meant to say|actually|wait no|oops|not \w+)\b")
_FIX_IS = re.compile(r"\b(?:its|it's|is|hes|he's|shes|she's|called|named|meant)\s+"
                     r"((?:(?:mr|mrs|ms|miss|coach|dr)\.? )?\w+)")


def _corrected(low: str, strict: bool = False) -> str | None:
    """The word a correction gives ("wait no ... we voted and its nugget" -> "nugget");
    ``strict``: only one said plainly ("its nugget", "i meant mango")."""
    mark = FIX_MARK.search(low)
    if not mark:
        return None
    rest = low[mark.end():]
    found = [w for w in _FIX_IS.findall(rest) if w.split()[-1] not in NOT_A_NAME]
    if found:
        return found[-1]
    if strict and not re.match(r"i meant|i mean|meant to say", mark.group(0)):
        return None
    words = [w for w in re.findall(r"[a-z']+", rest) if w not in NOT_A_NAME]
    return words[0] if words else None


MONTHS = ("january february march april may june july august september october november "
           "december").split()
MONTH = "(?:" + "|".join(MONTHS) + ")"
#: a month and its day: "march 15", "november 14th"
MONTH_DAY = rf"\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b"


_TITLES = frozenset("mr mrs ms miss coach dr sir señora senora señor senor sra srta madame mme "
                    "profe sensei".split())
#: "maddie (my old best friend) didnt even comment": a first name, then who they are
#: "biscuit (my dog) is staring at me" (not "i love my dog": a verb after "i")
#: someone introduced, then named: "theres this new guy in homeroom, elijah, he moved..."
_INTRODUCED = re.compile(r"\b(?:this|a) (?:new |cute |quiet |weird |nice )?(guy|girl|kid|boy|"
                         r"dude|lady|man|woman)(?: (?:in|at|from|on) (?:the |my |our )?\w+)?, "
                         r"(\w+), ")
#: the name, then what it is: "my favorite dog there is pretzel, hes a corgi"
_IS_A_AFTER = re.compile(r"\b(\w+), (?:hes|he's|shes|she's|its|it's) (?:a|an) (\w+(?: \w+)?)\b")
_APPOS = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )(?<!\bthey )(?<!\bto )(?<!\bim )"
                    # (a verb before: "ok im gonna go cuddle my cat" names no cat)
                    r"(?<!\bgo )(?<!\bgonna )(?<!\bgotta )(?<!\bwanna )(?<!\bwill )(?<!\bcan )"
                    r"(?<!\blet )(?<!\bhelp )(?<!\bpls )(?<!\bplease )(?<!'ll )(?<!\bill )"
                    r"\b(\w+),? \(?(?:my|our) (?:\w+ ){0,2}(\w+)\)?")


#: the sort of pet before the pet ("my bearded dragon nacho", "my leopard gecko"): "my
#: dragon nacho" to the name patterns
_SORT_BEFORE = re.compile(r"\b(?:bearded|leopard|crested|syrian|dwarf|corn|ball|holland|"
                          r"netherland|lionhead) (?=(?:dragon|gecko|hamster|snake|python|"
                          r"rabbit|bunny|lop)\b)")


def names_for(topic: set[str], text: str, around: str, strict: bool = False
              ) -> str | None:
    """The name ``text`` gives one of ``topic`` (``_names_for``), without a chat word or a
    "because" after it ("the pickle bc i painted it green": "the pickle")."""
    name = _names_for(topic, text, around, strict)
    if name is None:
        return None
    name = titled_for(topic, text) or name
    low = text.lower()
    at = low.find(name.lower())
    later = [m.start() for m in re.finditer(r"\b(?=([a-z]+) ([a-z]+))", low)
             if m.start() > at >= 0 and stems(m.group(1)) & topic - stems(m.group(2))
             and stems(m.group(2)) & topic & ROLE_STEMS
             and f"{m.group(1)} {m.group(2)}" not in low[:at]]
    if later and (after := _names_for(topic, text[later[0]:], text[later[0]:], strict)):
        name = after  # "head coach is coach mancini and the goalie coach is this college guy
        # named drew": asked of the goalie coach, the name after "goalie"
    if _CUT_AT.search(name):  # "the heist at" of "the heist at cheese mountain": the rest
        low = text.lower()
        at = low.find(name.lower())
        rest = _TITLE_REST.match(low[at + len(name):]) if at >= 0 else None
        if rest is None:
            return None
        name = text[at:at + len(name) + rest.end()]
    low = text.lower()
    if (at := low.find(name.lower())) >= 0 and re.search(
            rf"\b(?:called|named|titled)\s+{re.escape(name.lower())}$", low[:at + len(name)]) \
            and (more := _TITLE_ON.match(low[at + len(name):])):
        name = text[at:at + len(name) + more.end()]  # "called journey to jupiter": all of it
    elif at >= 0 and re.search(rf"\b(?:called|named)\s+{re.escape(name.lower())}$",
                               low[:at + len(name)]) and (more := _UNSURE_TAIL.match(
                                   low[at + len(name):])):
        name = text[at:at + len(name) + more.end()]  # "called sunset ember or something"
    elif at >= 0 and name.lower().startswith("the ") and not _NAME_TAIL.search(name) and re.search(
            r"\b(?:called|named)\s+$", low[:at]) and re.match(_GOES_ON, low[at + len(name):]) \
            and (more := _TITLE_REST.match(low[at + len(name):])):
        name = text[at:at + len(name) + more.end()]  # "called the stone cold grannies": the
        # whole name, not "the stone cold" (a family word last)
    name = _NAME_TAIL.sub("", name).strip()
    if name.lower() in _NO_NAMES:
        return None  # "her baby shower": the shower is no baby's name
    return name or None


#: a person named by a title: "mr vance", "ms oyelaran", "coach d"
_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|dr|coach|prof|professor|captain|capt|pastor|"
                     r"rabbi)\.?\s+[a-z]+")


def titled_for(topic: set[str], text: str) -> str | None:
    """Of two or more people named by a title in one clause ("mr vance for math gives like 40
    problems a night and ms oyelaran for science is nice"), the one whose own words hold what
    is asked ("the science teacher": ms oyelaran), or None when not one alone does."""
    low = text.lower()
    starts = [m for m in _TITLED.finditer(low)]
    if len({m.group(0) for m in starts}) < 2:
        return None
    asked = topic - ROLE_STEMS or topic - stems(" ".join(m.group(0).split()[0] for m in starts))
    # ("which captain does the training": the training, a trainer's word too)
    fits = [m for k, m in enumerate(starts)
            if stems(low[m.end(): starts[k + 1].start() if k + 1 < len(starts) else None])
            & asked]
    if len(fits) != 1:
        return None
    return text[fits[0].start(): fits[0].end()]


#: words that follow "baby", "dog", "birthday" without naming anyone
_NO_NAMES = frozenset("shower party showers parties food bowl bed toys toy gate sitter "
                      "daddy mama steps teeth".split())
#: a title's last words after a small word: "journey to jupiter", "lord of the fries"
_TITLE_ON = re.compile(r"\s+(?:to|of|of the|in|in the|on|and the)\s+[a-z']+(?=\s*(?:[,.!?]|$|"
                       r"\s(?:and|but|bc|lol|which|so|its|it's|is|was|on|at|this|next)\b))")
_TITLE_REST = re.compile(r"(?:\s+[a-z0-9']+){1,3}?(?=\s*(?:[,.!?]|$|\s(?:and|but|bc|lol|which|so|"
                         r"its|it's)\b|\s*[^\w\s]))")
#: a name's last word before a doubt: "called sunset ember or something" (fresh12: "Sunset")
_UNSURE_TAIL = re.compile(r"\s+[a-z']+(?=\s+(?:or something|or smth|or whatever|or sth|i think)\b)")
_CUT_AT = re.compile(r"\s(?:at|in|on|of|for|to|from|with|the)$", re.I)


#: a name that goes on after where it was cut, not a new clause ("the hawks and we suck")
_GOES_ON = (r"\s+(?!(?:and|but|bc|lol|so|which|its|it's|is|was|who|at|in|on|for|with|to|from|"
            r"because|cuz|tho|rn|btw|lmao|haha|now|then)\b)[a-z]")
_NAME_TAIL = re.compile(r"(?:\s+(?:bc|because|cuz|cause|lol|lmao|tho|rn|btw|fr|ngl|and|but|so|"
                        r"which|who|no|nope|nah))+$", re.I)


#: a name with its role in brackets after it: "bri (our captain)", "ms pruitt (the coach)"
_PAREN_ROLE = re.compile(r"\b((?:(?:mr|mrs|ms|miss|coach|dr)\.? )?[a-z]+) \(?(?:our|my|the|his|"
                         r"her|their) (?:\w+ )?(\w+)\)")
#: the same with its brackets lost in a clause ("bri our captain said"): a name for sure
_ROLE_AFTER = re.compile(r"\b((?:(?:mr|mrs|ms|miss|coach|dr)\.? )?[a-z]+) (?:our|my|the) (\w+) "
                         r"(?:said|says|told|goes|made|makes|wants|yelled|posted)\b")


#: the asked kind said with "my" in the same message ("... and my dog is pepper")
_MINE_TOO = re.compile(r"\bmy (\w+) (?:is |was |named |called )?(\w+)")


def _names_for(topic: set[str], text: str, around: str, strict: bool = False
               ) -> str | None:
    """The name ``text`` gives one of ``topic`` ("my dog pickle", "hes called rex" after a
    dog, "tara is my best friend", "Sam's cat is called Waffles"), or None. ``strict``: only
    a name said plainly, to be said back alone ("my X Y" only of a pet or a person)."""
    low, near = _SORT_BEFORE.sub("", text.lower()), stems(around)
    if CORRECTION.search(low) and near & topic and around != text:
        # "i meant mango", said where the cat was named: the corrected word is the name
        before = names_for(topic, around, around, strict)
        word = _corrected(low, strict)
        return word if before and word else (None if strict else before)
    for rx in _NAME_PATTERNS:
        for head, name in rx.findall(low):
            if name in NOT_A_NAME or not re.sub(r"[ .]", "", name).isalpha() or (
                    name.startswith("the ") and rx not in (_NAME_PATTERNS[1], _NAME_PATTERNS[4])
            ) or (
                    rx in (_NAME_PATTERNS[2], _NAME_PATTERNS[3], _NAME_PATTERNS[4], _BY_ROLE,
                           *_NAME_PATTERNS[-2:]) and (
                        not (_name_like(name) or acts(low, name) or _named_plainly(rx, name, head)
                             or stems(head) & PET_STEMS and acts_now(low, head, name))
                        or name in VERBISH)):
                # "coach moved me around": "moved" is no name
                continue
            bred = head in KINDS["breed"] and "dog" in topic and name not in NOUNS  # "his
            # newfie moose": a dog (not "her lab partner")
            if rx is _BY_ROLE and not (stems(head) & PEOPLE and is_first_name(name) or
                                      stems(head) & topic or bred):
                continue  # "her mom picked": no name
            if strict and rx is _NAME_PATTERNS[2] and (
                    name in VERBISH or not stems(head) & WHO_HAS_NAMES):
                continue
            if root(name) in topic:
                continue  # "my science teacher": "teacher" is what was asked, not a name
            if rx is _NAME_PATTERNS[4] and head == "it" and topic & PEOPLE and \
                    not topic & PET_STEMS:
                continue  # "she named it klaus" (the starter): no person called "it"
            if rx is _NAME_PATTERNS[4] and head in PRONOUN and \
                    not _last_named(topic, low, around, name):
                continue  # "my brother got a goldfish and named it gerald": not the brother
            if head in PRONOUN and topic & PEOPLE and not topic & PET_STEMS and \
                    stems(low[low.find(name) + len(name):]) & topic:
                continue  # "its called swirl city and my manager is this guy kev": the
                # manager is named after the shop
            if head in ("we", "were", "we're", "its", "it's") and topic & GROUPS:
                # "were called the midnight toasters", "were called static lemonade lol"
                whole = _GROUP_NAME.match(low, low.find(f" {name}") + 1)
                return whole.group(1) if whole else name
            if stems(head) & topic or (head in PRONOUN and _mentions(topic, around)):
                return f"{head} {name}" if head in _TITLES else name
            if (_kind_before(low, head, name) & topic or bred) and not any(
                    stems(kind) & topic and own not in NOT_A_NAME | NOUNS and own != name
                    for kind, own in _MINE_TOO.findall(low)):
                return name  # (not "moose" of "tariq has a newfie named moose and my dog is
                # pepper" for "my dog": a breed of someone else's, beside the one of "my")
    for head, name in _IS_NAME.findall(low):
        if is_first_name(name) and stems(head) & topic:
            return name
    for name, head in _PAREN_ROLE.findall(low):  # "bri (our captain) said", "ms pruitt (the
        if stems(head) & topic and name not in NOT_A_NAME | PRONOUN:  # coach)"
            return name
    for name, head in _ROLE_AFTER.findall(low):
        if stems(head) & topic and (is_first_name(name.split()[-1]) or " " in name or
                                    name not in NOT_A_NAME | NOUNS | VERBISH | PRONOUN | STOP):
            return name
    for head, name in _SOMEONE_TITLED.findall(low):  # "this old guy down the street mr abernathy"
        if stems(head) & topic:
            return name
    if name := chosen_name(topic, low, around):
        return name
    if (one := _ONE_NAMED.search(low)) and one.group(1) not in NOT_A_NAME and any(
            stems(m.group(1)) & topic for m in _HAVE_KIND.finditer(around.lower())):
        return one.group(1)  # "we have 5 hens, my fav is a fluffy one named marshmallow"
    if (named := _NAMED_NONE.search(around.lower())) and stems(named.group(1)) & topic and (
            she := _SHES_THE.match(low)) and not set(she.group(1).split()[1:]) & NOT_A_NAME:
        return she.group(1)  # "i named the car. shes the grey ghost"
    for kind, head, name in _ROLE_IS_SOMEONE.findall(low) + [  # "the coach is this guy rafa"
            x for x in _ROLE_IS_SOMEONE.findall(around.lower())  # ("..., this guy trent,")
            if re.search(rf"\b{re.escape(x[2])}\b", low)]:
        if stems(head) & topic and name not in NOT_A_NAME | VERBISH | NOUNS | PRONOUN and (
                kind in _LEAD_WORDS or stems(kind) & topic):
            return name  # (the assistant manager's is not the manager's)
    for head, name in _ROLE_TITLED.findall(low):  # "the new bird vet dr lindqvist"
        if stems(head) & topic and name.split()[-1] not in NOT_A_NAME:
            return name
    for mod, head, name in _THE_ROLE_NAME.findall(low):  # "the assistant manager tammy"
        if stems(head) & topic & ROLE_STEMS and is_first_name(name) and \
                name not in NOT_A_NAME and not (stems(mod) & ROLE_STEMS) - topic:
            return name
    for name, head in _NAME_IS_ROLE.findall(low):  # "marcus is captain hes a senior"
        if stems(head) & topic and is_first_name(name) and name not in NOT_A_NAME:
            return name
    for head, name in _IS_MY_FRIEND.findall(low):
        if stems(head) & topic and _name_like(name) and name not in NOT_A_NAME | VERBISH | NOUNS:
            return name
    for head, name in _FAV_IS.findall(low):
        if stems(head) & topic & PET_STEMS and name not in NOT_A_NAME | NOUNS and \
                name not in ("the", "a", "an", "this", "that"):
            return name
    for head, name in _IS_TITLED.findall(low):
        if stems(head) & topic and (" " in name or is_first_name(name)) and \
                name not in NOT_A_NAME and root(name) not in topic:
            return name
    for name, first, head in _TOLD_NAME.findall(low):  # "kiki is my cat shes 13": the cat
        if name not in NOT_A_NAME and (stems(head) & topic or head in NOT_A_NAME | PRONOUN
                                       and stems(first) & topic):
            return name
    for name, head in _IS_THE.findall(low):  # "pepper is the horse i always ride"
        if stems(head) & topic & PET_STEMS and _name_like(name) and name not in NOT_A_NAME | \
                PRONOUN | VERBISH and (is_first_name(name) or name not in STOP):
            return name
    for head, name in _INTRODUCED.findall(around.lower()):
        if is_first_name(name) and stems(head) & topic and name in re.findall(r"\w+", low):
            return name
    for name, head in _IS_A_AFTER.findall(f"{low} {around.lower()}"):
        if _name_like(name) and name not in NOT_A_NAME | VERBISH and stems(head) & topic \
                and name in re.findall(r"\w+", low):  # (the clause cut at the comma)
            # (the head or the word before it: "a corgi who", "a grey cat")
            return name
    for name, head in _APPOS.findall(low):
        if (is_first_name(name) or _name_like(name) and name not in NOT_A_NAME | VERBISH
                | NOUNS) and stems(head) & topic:
            return name
    for name, head in _APPOS.findall(around.lower()):  # "...with nacho, our chihuahua": the
        # clause cut at the comma; a breed is a dog
        if head in KINDS["breed"] and "dog" in topic and name in re.findall(r"\w+", low) and \
                _name_like(name) and name not in NOT_A_NAME | VERBISH | NOUNS:
            return name
    if name := named_then(topic, low, around):
        return name
    for kind, name in _ONE_IS.findall(low):  # "he names all the carts. the squeaky one is
        if stems(kind) & topic and name not in NOT_A_NAME | PRONOUN:  # 'gerald'"
            return name
    return _place_named(topic, low)


#: a place named before its kind, with no article: "i ride at willow creek stables", "i work
#: at tonys pizza", "she goes to lincoln middle school"
_PLACE_KINDS = (r"stables|barn|bakery|cafe|café|diner|restaurant|pizza|pizzeria|salon|studio|"
                r"gym|academy|rink|arena|center|centre|library|school|store|shop|market|stadium|"
                r"pool|camp|church|mosque|temple|hospital|clinic|zoo|museum|theater|theatre|"
                r"florist|farm|ranch|lodge|park|mall|hall|club|grill|kitchen|bistro|deli|creek|"
                r"lake|river|pond|beach|trail|falls|bay|ridge|island|mountain|street|road|avenue")
#: (the last kind word of the name: "willow creek stables", not "willow creek")
_AT_PLACE = re.compile(r"\b(?:at|to|from|near|by) ((?:[a-z']+ ){1,3}?)(" + _PLACE_KINDS +
                       r")\b(?! (?:" + _PLACE_KINDS + r")\b)")
_NOT_PLACE_NAMES = frozenset("my our his her their your this that these those a an the some "
                             "new old big little local high middle elementary community public "
                             "city town summer after night day same other next last skate "
                             "trampoline water theme bowling ice roller dance pet book coffee "
                             "grocery thrift music art swim dog animal".split())
#: words no place's name holds (a thing, a verb, a chat word): read once, not per clause
_NOT_IN_PLACE_NAME = NOUNS | STOP | VERBISH | PRONOUN


def _place_named(topic: set[str], low: str) -> str | None:
    """The name of an asked kind of place said before it (``_AT_PLACE``), not a kind of it
    ("the ice rink", "the dog park" have an article; "at my aunts bakery" is whose)."""
    for words, kind in _AT_PLACE.findall(low):
        name = words.split()
        if not stems(kind) & topic or name[0] in _NOT_PLACE_NAMES or stems(words) & topic or \
                any(w in _NOT_IN_PLACE_NAME for w in name):
            continue
        return f"{words}{kind}"
    return None


def _kind_before(low: str, head: str, name: str) -> set[str]:
    """The word before a thing named ("a t rex cast called stan": "rex" of the cast)."""
    m = re.search(rf"\b(\w+) {re.escape(head)} (?:called|named) {re.escape(name)}\b", low)
    if m is None:
        return set()
    dog = {"dog"} if KINDS["breed"] & {m.group(1), head} else set()  # "this husky mix"
    return stems(m.group(1)) - STOP | dog


def chosen_name(topic: set[str], text: str, around: str) -> str | None:
    """A name chosen among names argued over ("my dad wanted sergeant", "we went with
    juniper") for the asked thing, when the talk around ``text`` is of names."""
    if not _NAMING.search(around.lower()):
        return None
    for head, name in _WANTED_NAME.findall(text.lower()):
        if name not in NOT_A_NAME | NOUNS and (stems(head) & topic or head in (
                "we", "i") and stems(around) & topic):
            return name
    return None


def named_then(topic: set[str], text: str, around: str) -> str | None:
    """The name given to the asked thing just after it is named in the message ("i finally
    named the shop, its hop & loop"), when ``text`` (its clause) holds it."""
    for head, name in _NAMED_THEN.findall(around.lower()):
        if stems(head) & topic and name.split()[-1] in text.lower().split():
            return name
    for head, name in _NAMED_IT.findall(around.lower()):  # a thing's name, not a person's
        if stems(head) & topic and not stems(head) & PEOPLE and name in text.lower().split():
            return name
    low = around.lower()
    for m in _ITS_CALLED.finditer(low):  # "at my aunts bakery on saturdays, its called flour
        # child": the thing just before (in its sentence) named
        pieces = [p for p in re.split(r"[.!?]", low[max(0, m.start() - 60):m.start()]) if p.strip()]
        before = pieces[-1] if pieces else ""  # ("the florist!!! its called bloom & co")
        name = _GROUP_NAME.match(low, m.end())
        asked = shops_too(topic)  # "the shop": the florist
        if name and (stems(before) & asked) - PEOPLE and \
                name.group(1) in text.lower() and name.group(1) not in NOT_A_NAME:
            return name.group(1)
    return None


_SHOP_ASKED = frozenset(stems("shop store place business"))
_SHOP_STEMS = frozenset(stems("shop store florist bakery cafe diner restaurant boutique salon "
                              "pizzeria deli market"))


def shops_too(topic: set[str]) -> set[str]:
    """The asked words, with every kind of shop when a shop or a place is asked ("whats the
    shop called": "the florist ... its called bloom & co")."""
    return topic | _SHOP_STEMS if topic & _SHOP_ASKED else topic


_ITS_CALLED = re.compile(r"\b(?:its|it's|it is|thats|that's) (?:called|named) (?:the )?"
                         r"(?!['\"‘“])")  # (a title in quotes is said as quoted: ``TITLED``)


#: "he has a boat, its old and green and he named it the Mildred after his first dog"
_NAMED_IT = re.compile(r"\b(?:a|an|the|my|our|his|her) (\w+)\b[^.!?]{0,60}?\b(?:named|called) "
                       r"it (?:the )?['\"‘“]?(\w+)")


_NAMED_THEN = re.compile(r"\b(?:named|called) (?:the|my|our|his|her) (\w+)[,.!]* (?:and )?"
                         r"(?:its|it's|it is|its called) ['\"‘“]?(\w+(?: (?:&|and|n) \w+)?)")
_ONE_IS = re.compile(r"\bthe (\w+) one (?:is|'s|was)(?: called| named)? ['\"‘“]?(\w+)")


PET_STEMS = frozenset(stems(" ".join(KINDS["animal"])))


#: a title said in quotes: "its called 'captain pigeon'" (``TITLED`` holds the title)
TITLE_QUOTE = r"\b(?:called|named|titled|is|was)\s+['\"‘“]"  # ("my song is 'experience'")
TITLED = re.compile(TITLE_QUOTE + r"([^'\"’”]{2,40})['\"’”]")
#: words said, in quotes: "kiwi says 'chai time' like 50 times a day"
QUOTED = re.compile(r"(?:^|\s)['\"‘“]((?:[^'\"’”]|(?<=[a-z])['’](?=[a-z])){2,80})['\"’”]"
                    r"(?=\s|$|[.,!?])")
