"""Word lists shared by ``amity.nlp.facts.coref`` and the fact rules.

Contract: plain constants and two lookups, ``name_gender(name)`` and ``noun_info(lemma)``.
The first-name genders come from ``amity/nlp/data/facts_names.tsv``: first names of the candidate
people in GAP development and validation (Apache-2.0; GAP pairs each pronoun with two
names of its gender), kept when at least 90% of their uses agree, plus a short
hand-written list of common chat-era names; unisex names map to ``None``.

What it does not know: that a name's gender is only a guess about a person (a wrong
guess only changes which antecedent a pronoun gets; nothing is stored about gender);
names outside the list (``None``: either pronoun may refer); words in other languages.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from amity.nlp.runtime import DATA_DIR

__all__ = [
    "ABSTRACT", "BREEDS", "EVENT_NOUNS", "FAMILY", "GRADE_WORDS", "IDENTITY_ADJ", "MEMBERS",
    "OCCUPATIONS", "PETS", "PET_KINDS", "PRONOUNS", "SCHOOL_WORDS", "Gender", "PronounInfo",
    "is_first_name", "name_gender", "noun_info", "species",
]

Gender = Literal["f", "m", "n"] | None  # feminine, masculine, neuter (things), unknown

NAMES_PATH = DATA_DIR / "facts_names.tsv"

# pronoun -> (gender, plural, role) with role "subj", "obj", "poss" or "refl";
# "her" is "obj" here and "poss" when the parser makes it a possessive.
PronounInfo = tuple[Gender, bool, str]
PRONOUNS: dict[str, PronounInfo] = {
    "he": ("m", False, "subj"), "him": ("m", False, "obj"), "his": ("m", False, "poss"),
    "himself": ("m", False, "refl"), "she": ("f", False, "subj"), "her": ("f", False, "obj"),
    "hers": ("f", False, "poss"), "herself": ("f", False, "refl"),
    "it": ("n", False, "subj"), "its": ("n", False, "poss"), "itself": ("n", False, "refl"),
    "they": (None, True, "subj"), "them": (None, True, "obj"), "their": (None, True, "poss"),
    "theirs": (None, True, "poss"), "themselves": (None, True, "refl"),
    "themself": (None, False, "refl"),
}

# relation noun -> (predicate, gender); "my sister Maya" -> has_sibling Maya.
FAMILY: dict[str, tuple[str, Gender]] = {
    "sister": ("has_sibling", "f"), "sis": ("has_sibling", "f"),
    "brother": ("has_sibling", "m"), "bro": ("has_sibling", "m"),
    "sibling": ("has_sibling", None), "twin": ("has_sibling", None),
    "stepsister": ("has_sibling", "f"), "stepbrother": ("has_sibling", "m"),
    "mom": ("has_parent", "f"), "mum": ("has_parent", "f"), "mother": ("has_parent", "f"),
    "mommy": ("has_parent", "f"), "mama": ("has_parent", "f"), "stepmom": ("has_parent", "f"),
    "dad": ("has_parent", "m"), "father": ("has_parent", "m"), "daddy": ("has_parent", "m"),
    "papa": ("has_parent", "m"), "stepdad": ("has_parent", "m"), "parent": ("has_parent", None),
    "son": ("has_child", "m"), "daughter": ("has_child", "f"), "kid": ("has_child", None),
    "child": ("has_child", None), "baby": ("has_child", None), "stepson": ("has_child", "m"),
    "stepdaughter": ("has_child", "f"),
    "wife": ("has_partner", "f"), "husband": ("has_partner", "m"),
    "girlfriend": ("has_partner", "f"), "boyfriend": ("has_partner", "m"),
    "gf": ("has_partner", "f"), "bf": ("has_partner", "m"), "partner": ("has_partner", None),
    "fiance": ("has_partner", None), "fiancee": ("has_partner", "f"),
    "spouse": ("has_partner", None),
    "grandma": ("has_relative", "f"), "grandmother": ("has_relative", "f"),
    "granny": ("has_relative", "f"), "nana": ("has_relative", "f"),
    "grandpa": ("has_relative", "m"), "grandfather": ("has_relative", "m"),
    "grandparent": ("has_relative", None), "aunt": ("has_relative", "f"),
    "auntie": ("has_relative", "f"), "uncle": ("has_relative", "m"),
    "cousin": ("has_relative", None), "niece": ("has_relative", "f"),
    "nephew": ("has_relative", "m"), "grandson": ("has_relative", "m"),
    "granddaughter": ("has_relative", "f"), "grandchild": ("has_relative", None),
    "grandkid": ("has_relative", None),
    # said in Spanish in English chat: "my tía marisol", "my tio ramon"
    "tía": ("has_relative", "f"), "tia": ("has_relative", "f"), "tío": ("has_relative", "m"),
    "tio": ("has_relative", "m"),
    "friend": ("has_friend", None), "bestie": ("has_friend", None), "bff": ("has_friend", None),
    "buddy": ("has_friend", None), "pal": ("has_friend", None), "roommate": ("has_friend", None),
    "classmate": ("has_friend", None), "neighbor": ("has_friend", None),
    "neighbour": ("has_friend", None), "coworker": ("has_friend", None),
    "boss": ("has_friend", None), "teacher": ("has_friend", None),
}

PETS: frozenset[str] = frozenset(
    "dog puppy pup doggy doggo cat kitten kitty hamster rabbit bunny guinea_pig pig parrot "
    "bird budgie parakeet fish goldfish turtle tortoise snake lizard gecko horse pony ferret "
    "rat mouse gerbil chinchilla hedgehog chicken duck goat cow frog axolotl iguana "
    "canary cockatiel dragon".split()
)
#: breeds a teen names a pet by ("my pug bruno", "pickles (my beagle, shes 3)"): a pet, of
#: its kind (a single word that names nothing else a teen has)
BREEDS: dict[str, str] = {
    **dict.fromkeys("pug beagle corgi husky poodle chihuahua dachshund retriever terrier "
                    "bulldog labrador rottweiler schnauzer pomeranian doberman dalmatian "
                    "greyhound goldendoodle labradoodle doodle sheepdog collie spaniel yorkie "
                    "shepherd pitbull pittie mutt".split(), "dog"),
    **dict.fromkeys("tabby siamese ragdoll sphynx calico".split(), "cat"),
}
#: the kinds of pet alone, without breeds (what memory answers name a pet by)
PET_KINDS: frozenset[str] = PETS
PETS = PETS | frozenset(BREEDS)


def species(word: str) -> str:
    """The kind of pet a word names: "pug" -> "dog", "cat" -> "cat"."""
    return BREEDS.get(word.lower(), word.lower())


# Nouns for people and animals that someone "has" (family, friends, pets): set below.
MEMBERS: frozenset[str] = frozenset()

# Nouns that name a dated event when they come with a date ("math test on Friday").
EVENT_NOUNS: frozenset[str] = frozenset(
    "test exam quiz final midterm interview appointment party game match recital concert "
    "practice tournament competition meet audition presentation deadline trip vacation "
    "holiday wedding funeral birthday date surgery operation checkup visit meeting class "
    "lesson show play performance rehearsal tryout tryouts sleepover graduation prom dance "
    "assignment project essay homework flight move race session camp shift dentist doctor "
    "orthodontist therapy appointment ceremony festival jam hackathon convention cookoff "
    "cook-off bakeoff bake-off potluck fundraiser expo parade marathon contest showcase "
    "scrimmage course orientation workshop battle reunion cookout barbecue bbq conference "
    "summit retreat lock-in lockin homecoming musical portrait portraits poster rally tour "
    "fight bout".split()
)

_PERSON_NOUNS = frozenset(
    "person guy girl boy man woman lady dude kid teen teenager student teacher doctor nurse "
    "someone somebody everyone people friends folks".split()
)
_FEM_NOUNS = frozenset("girl woman lady queen actress princess mrs ms miss".split())
_MASC_NOUNS = frozenset("boy man guy dude king actor prince mr sir".split())


@lru_cache(maxsize=1)
def _names() -> dict[str, Gender]:
    table: dict[str, Gender] = {}
    try:
        lines = NAMES_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        g = gender.strip()
        table[name.strip().lower()] = g if g in {"f", "m"} else None  # type: ignore[assignment]
    return table


def name_gender(name: str) -> Gender:
    """'f', 'm' or None for a first name (or a full name: its first word decides)."""
    words = name.split()
    if not words:
        return None
    return _names().get(words[0].lower().strip(".,'"))


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name the lexicon knows (any case)."""
    return word.lower().strip(".,'") in _names()


def noun_info(lemma: str) -> tuple[str, Gender]:
    """(kind, gender) of a common noun: kind 'person', 'pet' or 'thing'."""
    word = lemma.lower()
    if word in FAMILY:
        return "person", FAMILY[word][1]
    if word in PETS:
        return "pet", None
    if word in _PERSON_NOUNS or word in _FEM_NOUNS or word in _MASC_NOUNS:
        gender: Gender = "f" if word in _FEM_NOUNS else "m" if word in _MASC_NOUNS else None
        return "person", gender
    return "thing", "n"

OCCUPATIONS: frozenset[str] = frozenset(
    "teacher nurse doctor programmer developer engineer lawyer accountant chef cook waiter "
    "waitress cashier manager designer artist writer author musician singer dancer actor "
    "actress photographer mechanic electrician plumber carpenter farmer pilot driver "
    "firefighter officer cop soldier scientist researcher professor librarian dentist "
    "vet veterinarian pharmacist therapist psychologist counselor consultant analyst "
    "architect journalist editor barista bartender baker butcher clerk secretary "
    "receptionist janitor cleaner nanny babysitter tutor coach trainer paramedic surgeon "
    "banker broker realtor agent salesman saleswoman salesperson marketer entrepreneur "
    "ceo owner intern assistant technician welder miner fisherman translator guard "
    "freelancer streamer youtuber model hairdresser stylist barber tailor caregiver "
    "housewife homemaker retiree volunteer student pastor priest preacher librarian "
    "musician technician electrician physician politician comedian pediatrician "
    "mathematician historian paralegal attorney judge sheriff detective".split()
)
# "I'm a mom", "I'm a vegan": what someone is, when it is not a job.
IDENTITY_ADJ: frozenset[str] = frozenset(
    "vegan vegetarian married single divorced widowed engaged pregnant retired unemployed "
    "gay lesbian bi bisexual straight trans transgender nonbinary queer asexual autistic "
    "adopted deaf blind disabled diabetic christian catholic muslim jewish hindu buddhist "
    "atheist religious introverted extroverted shy left-handed homeschooled female male "
    "christian".split()
)
# Objects of "have" that are not possessions ("I have a question").
ABSTRACT: frozenset[str] = frozenset(
    "question idea time problem feeling day fun chance lot way thing plan issue cold "
    "headache feeling fear dream goal hope doubt clue choice trouble luck moment reason "
    "opinion answer point experience break rest bit kind sort sense habit tendency crush "
    "need right interest job work school class homework test".split()
)
SCHOOL_WORDS: frozenset[str] = frozenset(
    "school college university uni academy highschool kindergarten preschool "
    "seminary institute high".split()
)
GRADE_WORDS: frozenset[str] = frozenset("freshman sophomore junior senior".split())

MEMBERS = frozenset(FAMILY) | PETS
