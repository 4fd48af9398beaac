"""The words memory answers are read with: stop words, chat synonyms, past tenses, kinds of
answer ("position" -> keeper, goalie...), a crude stemmer, and the turn to the second person.

Pure tables and functions for ``amity.voice.recall``; no state, no models.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a plan moved to another day ("the recital got pushed to..."): the fact rules' alternation
from ..nlp.facts.events import MOVED_VERB as MOVED_VERB  # re-exported
from ..nlp.facts.lexicon import OCCUPATIONS

_WORD = re.compile(r"[a-z0-9à-öø-ÿ]+(?:'[a-z]+)?")
STOP = frozenset(
    "a an the and or but if of at by for with about to from in on off out over under again "
    "then once here there when where why how what which who whom this that these those am is "
    "are was were be been being have has had having do does did doing i me my myself we our "
    "us you your he him his she her it its they them their i'm im it's its don't didn't "
    "can could would should will just so than too very not no nor only own same u ur ya "
    "lol lmao omg ngl tbh rn like really literally kinda gonna wanna got get gets also "
    "ok okay yeah yes yep hey hi anyway btw haha hahaha oh um uh one thing stuff "
    # ("what did we say we'd name the dog": no word "we'd" to find)
    "we'd i'd you'd they'd he'd she'd i'll we'll you'll they'll i've we've you've they've "
    "we're you're they're".split())
# words that frame a question rather than name what it is about
FRAME = frozenset(
    "remember remind again tell told say said mention mentioned wait whats what's name "
    "named called call know sunny kind type sort favorite favourite fav fave color colour "
    "which who where when why how many much thing happened happen other day days time last "
    "ago week yesterday whats who's whos wheres before always usually".split())
SAME = {"gf": "girlfriend", "bf": "boyfriend", "bff": "friend", "bestie": "friend",
        "buddy": "friend", "bud": "friend", "pal": "friend",  # "my dads buddy rick" (round 40)
        "besty": "friend", "bro": "brother", "sis": "sister", "mum": "mom", "mommy": "mom",
        "dad": "dad", "daddy": "dad", "puppy": "dog", "pup": "dog", "doggo": "dog",
        "kitty": "cat", "kitten": "cat", "grandpa": "grandfather", "grandad": "grandfather",
        "granddad": "grandfather", "grandma": "grandmother", "granny": "grandmother",
        "nana": "grandmother", "oma": "grandmother", "opa": "grandfather",
        "married": "wedding", "marrying": "wedding",  # "getting married in san diego"
        # "the guy who directs the musical": "our director mr castellano"
        "directs": "director", "directed": "director", "directing": "director",
        "supervises": "supervisor", "instructs": "instructor", "advises": "advisor",
        "conducts": "conductor",
        "abuela": "grandmother", "abuelo": "grandfather", "nonna": "grandmother",
        "nonno": "grandfather", "grandparent": "grandmother", "fav": "favorite",
        "fave": "favorite", "favourite": "favorite", "colour": "color", "teammate": "team",
        "bday": "birthday", "gift": "present", "got": "get", "bought": "buy", "spend": "buy",
        "spending": "buy", "charge": "sell", "charges": "sell", "charging": "sell",
        "charged": "sell",  # "how much do we charge": "we sell jars for $5" (round 78)
        "cooking": "make", "cook": "make", "cooks": "make",
        "cooked": "make", "making": "make", "baking": "make", "bake": "make", "baked": "make",
        "job": "work", "youtuber": "youtube", "working": "work", "worked": "work",
        "subs": "subscriber", "subscribers": "subscriber",
        "followers": "follower", "pic": "photo", "pics": "photo", "picture": "photo",
        "boss": "manager", "owner": "manager", "fiance": "husband", "fiancé": "husband",
        "fiancee": "wife",
        "fiancée": "wife",
        "hired": "work", "chose": "pick", "choose": "pick", "chosen": "pick",
        "bass": "fish", "trout": "fish", "salmon": "fish", "catfish": "fish", "perch": "fish",
        "walleye": "fish", "bluegill": "fish", "crappie": "fish", "pike": "fish",
"sprained": "sprain", "broke": "break", "broken": "break", "pt": "physical",
        "pushed": "move", "moved": "move", "postponed": "move", "rescheduled": "move",
        "bumped": "move", "pounds": "weigh", "lbs": "weigh", "kg": "weigh", "kilos": "weigh",
        "weighs": "weigh",
        "physio": "physical", "snacks": "snack", "er": "hospital",  # "the ER at st josephs"
        "hurt": "hurt", "injured": "hurt", "studying": "study", "studies": "study",
        "went": "go", "going": "go", "gone": "go", "saw": "see", "seen": "see",
        "taught": "teach", "teaching": "teach", "won": "win", "lost": "lose",
        "named": "name", "called": "name", "mr": "teacher", "mrs": "teacher",
        "ms": "teacher", "miss": "teacher", "sir": "teacher", "señora": "teacher",
        "senora": "teacher", "madame": "teacher",
        "profe": "teacher", "sensei": "teacher", "practise": "practice",
        "practising": "practice", "practicing": "practice", "practised": "practice",
        "skating": "skate", "skateboard": "board", "didnt": "dont", "doesnt": "dont",
        "didn't": "dont", "don't": "dont", "doesn't": "dont", "quinceañera": "quince",
        "quinceanera": "quince", "quinces": "quince",
        # a kind of pet asked by its group: "whats my lizard called" for "my bearded dragon"
        "dragon": "lizard", "gecko": "lizard", "iguana": "lizard", "chameleon": "lizard",
        "bunny": "rabbit", "parrot": "bird", "parakeet": "bird", "budgie": "bird",
        "cockatiel": "bird",
        # a plan said short: "when is the comp again" for "my first real competition"
        "comp": "competition", "comps": "competition", "competitions": "competition",
        "cracked": "break", "smashed": "break", "shattered": "break",
        # "what time was my ortho thing" for "my braces tightened ... wednesday at 2:30"
        "ortho": "braces", "orthodontist": "braces", "orthodontists": "braces",
        "bookstore": "store", "bookshop": "store",
        # "what does prickles eat, the worm things": "feed him mealworms"
        "feed": "eat", "feeding": "eat", "fed": "eat", "mealworm": "worm", "mealworms": "worm"}
PAST = {"stole": "steal", "stolen": "steal", "ate": "eat", "eaten": "eat", "drank": "drink",
        "fell": "fall", "fallen": "fall", "ran": "run", "made": "make", "took": "take",
        "taken": "take", "gave": "give", "given": "give", "wrote": "write", "sang": "sing",
        "sung": "sing", "chose": "choose", "chosen": "choose", "caught": "catch",
        "brought": "bring", "thought": "think", "found": "find",
        "met": "meet", "told": "tell", "sold": "sell", "bit": "bite", "hid": "hide",
        "threw": "throw", "thrown": "throw", "flew": "fly", "rode": "ride", "swam": "swim",
        "drew": "draw", "drove": "drive", "driven": "drive", "wore": "wear", "began": "begin",
        "begun": "begin", "knew": "know", "spent": "buy", "sent": "send", "built": "build",
        "kept": "keep", "slept": "sleep", "felt": "feel", "heard": "hear", "paid": "pay",
        "did": "do", "had": "have", "hit": "hit", "cut": "cut", "put": "put"}
# a job, as told ("shes a pharmacist", "i lifeguard there in the summer")
JOBS = OCCUPATIONS | frozenset(
    "lifeguard lifeguarding babysitter babysitting tutoring dishwasher fireman counsellor "
    "cashier barista".split())
# what a kind of answer can be: "what position do i play" -> "im keeper"
KINDS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "position": "keeper goalie goalkeeper striker defender midfield midfielder winger setter "
                "libero attack attacker forward center centre guard pitcher catcher "
                "shortstop fullback halfback wing point back",
    "instrument": "guitar piano violin viola cello bass drums drum flute clarinet trumpet "
                  "saxophone sax ukulele uke harp trombone oboe keyboard",
    "sport": "football soccer basketball volleyball hockey tennis netball rugby swimming "
             "cricket baseball softball gymnastics track athletics badminton skating "
             "skateboarding boxing karate judo dance lacrosse golf climbing",
    "subject": "maths math english science biology chemistry physics history geography "
               "art music drama french spanish german pe computing",
    "animal": "dog cat rabbit hamster guinea fish snake lizard gecko horse bird parrot "
              "turtle tortoise octopus shark dolphin whale bunny puppy kitten penguin penguins "
              "panda pandas otter otters sloth sloths giraffe giraffes elephant elephants lion "
              "lions tiger tigers koala koalas fox foxes wolf wolves owl owls frog frogs "
              "monkey monkeys bear bears seal seals capybara capybaras axolotl pony ponies mare",
    "food": "pizza pasta tacos sushi ramen burger burgers fries lasagne lasagna curry "
            "noodles chicken cake chocolate pancakes",
    "breed": "beagle labrador lab poodle husky corgi retriever golden terrier spaniel pug "
             "bulldog dachshund sausage collie shepherd chihuahua doodle cockapoo "
             "labradoodle greyhound whippet boxer rottweiler dalmatian maltese schnauzer "
             "pomeranian samoyed tabby siamese persian ragdoll ginger basset hound mutt "
             "pitbull doberman akita shiba heeler aussie bernese newfie sheltie mastiff "
             "newfoundland goldendoodle yorkie pekingese pit pittie pitty dane",
    "side": "left right",
    "drink": "chocolate cocoa tea coffee milkshake smoothie juice soda lemonade boba latte "
             "hot water coke sprite slushie",
    "hurt": "wrist arm leg ankle hand foot knee shoulder ear eye elbow finger toe hip "
            "collarbone back neck head nose wrist thumb",
    "car": "volvo ford toyota honda fiat mini vw volkswagen audi bmw tesla nissan kia",
    # "which shoes was i saving for": "these jordans" ("sho" is the stem of "shoes")
    "sho": "jordans sneakers trainers nikes vans converse crocs boots cleats heels "
           "adidas dunks airforces uggs loafers",
}.items()}
SCORE = re.compile(r"\b\d+\s*-\s*\d+\b|\b\d+\s*(?:out of|/)\s*\d+\b")  # "3-1", "18 out of 20"
COLORS = frozenset("golden ginger red orange yellow green blue purple pink black white grey "
                   "gray brown gold silver teal navy beige cream maroon turquoise lilac "
                   "chestnut palomino roan sunburst lavender violet mint sage peach coral "
                   "magenta burgundy olive indigo aqua crimson emerald mustard bronze charcoal "
                   "khaki".split())
CORRECTION = re.compile(r"\b(i meant|i mean|meant to say|oops|wait no|no wait|actually|"
                        r"i was wrong|i had it wrong|i got it wrong|scratch that|"
                        r"(?:one|it|that|those) instead)\b|"  # ("so i got a green one instead")
                        r"\bnot \w+,? (it'?s|its|he'?s|hes|she'?s|shes)\b")
# a day of the week, as an answer to "what day do i babysit" ("wednesdays", "on weekends")
WEEKDAY = re.compile(r"\b(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)days?|weds|weekends?|"
                     r"mon|tues?|wed|thurs?|fri)\b")  # (also "i shelve books mon wed and fri")
#: what a kind of pet is besides the dog and cat breeds ("a syrian", "a leopard gecko")
PET_SORTS = frozenset("syrian dwarf roborovski winter teddy leopard crested bearded corn ball "
                      "holland lop lionhead rex mini netherland tabby mix mixed mutt rescue breed "
                      "stray african grey budgie cockatiel calico tortie tortoiseshell tuxedo "
                      "bengal sphynx maine coon bichon havanese cavalier shih tzu".split())
#: a day, a date, a time or a time of year (what "when is ..." wants)
WHEN_WORDS = re.compile(r"\b(?:today|tonight|tomorrow|tmrw|yesterday|weekend|week|month|year|"
                        r"summer|winter|spring|autumn|fall|ago|since|morning|afternoon|evening|"
                        r"(?:19|20)\d\d|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
                        r"january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
                        r"\d{1,2}(?:st|nd|rd|th))\b|"
                        r"\b(?:christmas|halloween|easter|break|holidays?)\b")
#: where someone is from, said as who they are ("shes swedish")
DEMONYM = re.compile(r"\b(?:swed|ir|engl|scott|pol|turk|span|dan|finn|brit|kurd)ish\b|"
                     r"\b[a-z]{3,}(?:ese|ian|ean|can)\b")
BODY = frozenset("wrist arm leg ankle hand foot knee shoulder ear eye elbow finger toe hip "
                 "collarbone".split())
PAST_ONE = re.compile(r"\b(?:our|my|his|her|their) old \w+|"
                      r"\b(used to|ex|former|anymore|passed away)\b")
FILLER = re.compile(r"\s*\b(lol+|lmao+|ngl|tbh|haha\w*|rn|fr|omg)\b\s*", re.I)
SECOND = [(r"\bi'?m\b", "you're"), (r"\bi am\b", "you are"), (r"\bi was\b", "you were"),
          (r"\bi'?ve\b", "you've"), (r"\bi'?ll\b", "you'll"), (r"\bi'?d\b", "you'd"),
          (r"\bmyself\b", "yourself"), (r"\bmine\b", "yours"), (r"\bmy\b", "your"),
          (r"\bme\b", "you"), (r"\bi\b", "you"), (r"\bwe['’]re\b", "you're"),
          (r"\bwe['’]?ve\b", "you've"), (r"\bwe['’]ll\b", "you'll"),
          (r"\bwe\b", "you"), (r"\bour\b", "your"), (r"\bus\b", "you")]


def stems(text: str) -> set[str]:
    out: set[str] = set()
    for word in _WORD.findall(text.lower().replace("’", "'")):
        word = word.removesuffix("'s").removesuffix("'")
        if word in STOP or len(word) < 2 or word.isdigit():
            continue
        if word not in SAME and word.endswith("s") and word[:-1] in SAME:
            word = word[:-1]  # "my grandmas 80th": a possessive written without its "'"
        elif word not in SAME and word.endswith("es") and word[:-2] in SAME:
            word = word[:-2]  # "my bosses name": the boss's
        out.add(root(SAME.get(word, PAST.get(word, word))))
    return out


def root(word: str) -> str:
    """A crude stem: "skating", "skated", "skates" and "skate" -> "skat"."""
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if len(word) == 5 and word.endswith("ed") and word[1] in "aeiou" and word[2] not in "aeiou":
        word = word[:-1]  # "saved" -> "save" -> "sav", as "saving" (not "need", "bred")
    for suffix in ("ing", "ed", "er"):
        keep = 3 if suffix == "ing" else 4
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopp" -> "stop"
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


FRAME_STEMS = frozenset(root(SAME.get(w, w)) for w in FRAME)


#: a quoted title or saying ("im singing 'my house' for it"): said back as it was
_QUOTED = re.compile(r"((?:(?<=\s)|^)['\"“‘]\S[^'\"”’]{0,58}\S['\"”’](?=\s|$|[.,!?]))")


#: a date as the ledger writes it: "on Monday 09 March 2026"
_LEDGER_DATE = re.compile(r"\bon ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) 0?(\d{1,2}) "
                          r"(January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)(?: \d{4})?\b")


def plain_date(text: str) -> str:
    """A ledger fact's date as a friend says it: "on Monday 09 March 2026" -> "on Monday,
    March 9" (round 60: "your mom has job interview on Monday 09 March 2026")."""
    return _LEDGER_DATE.sub(lambda m: f"on {m.group(1)}, {m.group(3)} {m.group(2)}", text)


def second_person(text: str) -> str:
    """``text`` said back to its writer ("my dog" -> "your dog"); quotes, and words in
    capitals inside a message in lower case (a sign: "a poster that says LET US HOOP"), are
    kept as written."""
    parts = _QUOTED.split(text)
    sign = bool(re.search(r"[a-z]", text))  # (a message all in capitals is shouted, not a sign)

    def put(repl: str) -> Callable[[re.Match[str]], str]:
        return lambda m: m.group(0) if sign and len(m.group(0)) > 1 and m.group(0).isupper() \
            else m.expand(repl)

    for i in range(0, len(parts), 2):  # odd parts are quotes
        for pattern, repl in SECOND:
            parts[i] = re.sub(pattern, put(repl), parts[i], flags=re.I)
    return "".join(parts)


#: a mark inside a number ("12.50", "2:09", "3,000"): no clause or sentence ends there
IN_NUMBER = r"(?<=\d)[.:,](?=\d)"
# a mark that is no word, kept where it is part of a number: "12.50", "2:09", "$95", "£12"
_MARK = re.compile(rf"(?!{IN_NUMBER}|[$£€](?=\d)|(?<=\w)&(?=\w))[^\w\s'’-]")  # "a&m" kept


def clean(clause: str) -> str:
    """The clause's words without chat filler and marks ("12.50", "2:09" and "$95" kept
    whole: said back, "12 50" is no price)."""
    out = FILLER.sub(" ", clause)
    out = _MARK.sub(" ", out)
    return re.sub(r"\s+", " ", out).strip()


#: a thing's own verb: the one said, the other is meant ("what show am i watching")
_DONE_WITH = {verb: stems(" ".join(things)) for verb, things in (
    ("watch", ["show", "movie", "series", "anime", "film", "cartoon"]),
    ("read", ["book", "novel", "manga", "comic"]),
    ("listen", ["song", "album", "podcast"]),
)}


def implied(topic: set[str], words: set[str]) -> set[str]:
    """The asked words a clause means without saying: the verb of the thing it says, or the
    thing of the verb ("im reading little women" is a book read)."""
    out: set[str] = set()
    for verb, things in _DONE_WITH.items():
        if verb in topic and words & things & topic:
            out.add(verb)
        if verb in words and topic & things:
            out |= topic & things
    return out
