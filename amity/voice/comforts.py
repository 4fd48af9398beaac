"""Comfort that fits what happened: a friend moving away, someone who can't come, missing
someone, something ending, "what if" nerves before a big day.

Contract: ``comforts(turn, lines)`` is a skill (``Voice.propose``). In a low mood (sad,
lonely, anxious) a message of one of these shapes gets a line the team wrote for it
(``skills.json``, keys ``comfort_*``), above the plain comfort of ``skills.fallback``
("I'm so sorry you're dealing with this. do you want to talk about it?", which rounds 29-32's
raters scored 0.28 for sense and specificity):

- someone leaving: "my friend jada is moving to another school", "lucía went home on
  saturday", "my sister left for her summer program" ("comfort_leaving");
- someone who can't come: "greta said she cant come home for the party" ("comfort_cant_come");
- missing someone: "i miss my old friends", "kinda miss her ngl" ("comfort_missing");
- something ending: "kinda sad marching season is almost over" ("comfort_ending");
- nerves before a performance: "what if i crack the note and the judges hear it", "2 days
  till regionals and im lowkey panicking" ("comfort_what_if");
- someone else afraid: "shes 6 and kinda scared of water" ("comfort_their_fear": about
  them, not "that would make me nervous too if I were in your shoes").

A loss of their own ("my dog died last week", "my grandma passed away") gets its own
lines, naming who ("comfort_loss_pet", "comfort_loss_person"); rounds 29-32's bank said
"it's so hard when a pet is unwell" to a dog that died. Quiet for other grave news (a
hospital, a break-up: the plain comfort's care), a question, and someone else's feeling.
Pure functions over the turn.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .lines import Lines
from .moments import PRIOR, lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

_LOW = frozenset({"sad", "lonely", "anxious"})
#: a loss or a hurt: the plain comfort's care, not "will you still get to talk?"
_GRAVE = re.compile(r"\b(?:died|dead|passed away|funeral|put down|cancer|hospital|surgery|"
                    r"divorce|broke up|dumped|hurt myself|abuse\w*|bully\w*)\b", re.I)
_LEAVING = re.compile(r"\b(?:is|are|s|'s|was|were)?\s*(?:moving|moved) (?:away|to|schools|"
                      r"back|out)\b|\b(?:went|goes|going|flew|flies) (?:back )?home\b"
                      r"(?! from\b)(?!(?:\s+\w+){0,3}\s+for (?:spring|summer|the|christmas|"
                      r"thanksgiving|break)\b)|"  # ("flies home from college for spring break")
                      r"\bleft for\b|\b(?:is|are) leaving\b|\bleaving for\b|"
                      r"\b(?:moving|transferring) (?:to )?(?:another|a different|a new) school\b",
                      re.I)
#: a thing most learn young that the teen cannot do yet: "i cant ride a bike", "i never learned
#: to swim"
_CANT_YET = re.compile(r"\bi (?:still )?(?:cant|can't|cannot|dont know how to|don't know how to|"
                       r"never learned (?:how )?to) (?:even )?(?:ride|swim|drive|cook|skate|"
                       r"whistle|dance|tie|ski|snap|dive|float|bike|read music)\b", re.I)
#: ... owned up to: "like at all 😭", "dont laugh", "its embarrassing"
_OWNED_UP = re.compile(r"\bat all\b|😭|🙈|😅|\blol\b|\blmao\b|\bembarrass\w*|\bdont laugh\b|"
                       r"\bdon't laugh\b|\bno judging\b|\byet\b", re.I)
#: someone gone back where they live: "my grandma flew back to atlanta yesterday"
_WENT_BACK = re.compile(r"\b(?:flew|drove|went|headed|flies|goes) back (?:to|home)\b", re.I)
#: a word that the leaving is missed: "the house is so quiet", "sad news", "😞"
_MISSED_NOW = re.compile(r"\bso quiet\b|\bempty without\b|\b(?:sad|bad) news\b|\bsadly\b|"
                         r"\bgonna miss\b|\balready miss\b|😞|😢|😔|🥲|💔", re.I)
_CANT_COME = re.compile(r"\b(?:cant|can't|cannot|wont|won't|might not|isnt|isn't|not gonna|"
                        r"wasnt|wasn't|couldnt|couldn't) (?:be able to )?(?:come|make it|be "
                        r"there|visit|watch)\b", re.I)
_MISSING = re.compile(r"\b(?:i|kinda|lowkey|really|so|ngl|already)\s+miss\s+(?:my|her|him|them|"
                      r"having|when|the way|our|seeing|talking)\b", re.I)
_ENDING = re.compile(r"\b(?:sad|bummed|sucks)\b[^.!?]{0,40}\b(?:(?:is|its|it's|are) (?:almost |"
                     r"basically |finally )?(?:over|ending|done)|last (?:one|day|game|meet|show|"
                     r"practice|week))\b|\b(?:season|camp|summer|trip|tournament|it)\b[^.!?]{0,"
                     r"20}\b(?:is|its|it's) (?:almost |basically )?over\b", re.I)
_WHAT_IF = re.compile(r"\bwhat if (?:i|we)\s+(?:\w+\s+)?(?:mess|forget|fall|crack|choke|freeze|"
                      r"lose|fail|miss|trip|blank|drop|bomb|mess up|sing|play|get)\b|"
                      r"\bwhat if\b[^.!?]*\bin front of\b|"
                      r"\b(?:days?|hours?|sleeps?) (?:till|until|before)\b", re.I)
#: a performance or a test ahead, for nerves said without a "what if"
_STAGE = re.compile(r"\b(?:regionals|recital|show|game|race|meet|audition|competition|comp|test|"
                    r"exam|solo|tryouts?|performance|presentation|speech|contest|tournament|"
                    r"match|concert|gig|open mic|finals|debate|interview)\b", re.I)
_NERVES = re.compile(r"\b(?:panicking|freaking out|terrified|dreading|so nervous|lowkey nervous|"
                     r"kinda nervous|scared)\b", re.I)
#: someone else's feeling ("my dad was so stressed"): the plain lines are not about them either
_THEIRS = re.compile(r"\b(?:he|she|they|hes|shes|theyre|my (?:mom|dad|mum|sister|brother))\s+"
                     r"(?:was|is|were|are|got|gets)?\s*(?:so |really |kinda )?(?:sad|stressed|"
                     r"nervous|scared|upset)\b", re.I)


#: the teen's own feeling beside theirs: "shes stressed and so am i", "im stressed too"
_MINE_TOO = re.compile(r"\b(?:so am i|me too|i'?m (?:\w+ )?(?:stressed|sad|upset|nervous|scared|"
                       r"mad|annoyed))\b", re.I)


#: a loss of their own: "my dog died last week", "my grandma passed away", "we had to put my
#: cat down" (not "my phone died", "i died laughing", "died to the boss")
_PETS = (r"dog|puppy|cat|kitten|hamster|bunny|rabbit|guinea pig|fish|goldfish|betta|bird|budgie|"
         r"parrot|lizard|gecko|snake|turtle|tortoise|horse|ferret|rat|mouse|chicken|pet")
_PEOPLE = (r"grandma|grandpa|granny|gran|nana|nani|nan|abuela|abuelo|oma|opa|grandmother|"
           r"grandfather|aunt|uncle|cousin|mom|mum|dad|sister|brother|friend|best friend|teacher|"
           r"coach|neighbor|neighbour")
_LOSS = re.compile(rf"\b(?:my|our) (?:(?:old|sweet|little|baby|great|best) )?(?P<who>{_PETS}|"
                   rf"{_PEOPLE})(?: [a-z]+)? (?:just |finally |actually )?(?:died|passed away|"
                   rf"passed|got put down|was put down)\b|\bput (?:my|our) (?:old )?"
                   rf"(?P<put>{_PETS})(?: [a-z]+)? (?:down|to sleep)\b", re.I)


#: someone else afraid: "my cousin is 6 and shes kinda scared of water"
_THEIR_FEAR = re.compile(r"\b(?:she|he|they|shes|hes|theyre|she's|he's|they're)\b"
                         r"(?![^.!?]{0,25}\b(?:i'?m|im|me|my)\b)[^.!?]{0,25}\b(?:scared|afraid|"
                         r"terrified|nervous|anxious)\b(?! (?:of|for) (?:me|my)\b)", re.I)


#: someone else's stress or sadness said another way: "hes so stressed hes ironing shirts at
#: midnight", "she gets frustrated and says shes too old for it"
_THEIR_FEELING = re.compile(r"\b(?:he|she|they|hes|shes|theyre|he's|she's|they're)\s+"
                            r"(?:\w+\s+)?(?:so |really |kinda |super |lowkey )?(?:stressed|"
                            r"frustrated|upset|bummed|heartbroken|devastated)\b", re.I)
#: tears of a big moment ahead: "im gonna cry like a baby when i leave her"
_TEARS_AHEAD = re.compile(r"\b(?:gonna|going to|will|def(?:initely)?|prob(?:ably)?) (?:\w+ )?"
                          r"(?:cry|sob|bawl|tear up)\b", re.I)
#: someone who cried at what the teen gave, made or showed them
_GIFT_TEARS = re.compile(r"\b(?:gave|showed|surprised|(?:made|got|bought) (?:her|him|them|my \w+) "
                         r"(?:a|an|the|this|that|her|his))\b[^.!?]{0,80}?"
                         r"\b(?:she|he|they|mom|mum|dad|grandma|grandpa|nana|sister|brother|aunt|"
                         r"uncle)\s+"
                         r"(?:literally\s+|actually\s+|totally\s+)?(?:cried|teared up|started "
                         r"crying|was crying|got teary|bawled)\b", re.I)
#: someone who heard or watched a show cried: "a lady in the food court started crying and some
#: guy filmed it and it has like 4k views" (a flash mob, round 68: "that sounds like a really
#: sad moment")
_SHOW_TEARS = re.compile(r"\b(?:lady|woman|man|guy|someone|people|ppl|audience|crowd|grandma|"
                         r"grandpa|nana|mom|mum|dad|everyone|parents|teacher|she|he)\b[^.!?]{0,30}?"
                         r"\b(?:started crying|was crying|cried|teared up|got teary|bawled)\b",
                         re.I)
#: tears on getting something: "his mom cried a lil when she got the curl for the envelope"
#: (round 69: "aw, that really hurts, I can tell")
_GOT_TEARS = re.compile(r"\b(?:cried|teared up|got teary|was crying|started crying)(?:\s+a\s+"
                        r"(?:lil|little|bit))?\s+when\s+(?:she|he|they)\s+(?:got|saw|opened|read|"
                        r"held|watched|received|unwrapped)\b", re.I)
_SHOWN = re.compile(r"\b(?:filmed|views|clapp\w*|applau\w*|standing ovation|sang|sing|singing|"
                    r"performance|performed|recital|poem|speech|flash mob|solo|encore)\b", re.I)
_SAD_GIVEN = re.compile(r"\b(?:news|away|back|up on|bad|sad|died|dead|sick|broke|broken|"
                        r"ruined|sorry|apolog\w*|hit|crash\w*|accident|fight|grade|report card|"
                        r"[cdf]-?)\b", re.I)  # (a failed test: ``_BAD_TEARS``)
_BAD_TEARS = re.compile(r"\b(?:fail\w*|lose|lost|mad|angry|hate|mean|yell\w*|hurt|alone|"
                        r"nobody|no one)\b", re.I)
#: a low thing still to come: "the forecast says its gonna rain saturday", "my dad flies to
#: chicago tonight so hes gonna miss the measuring tmrw"
_AHEAD = re.compile(r"\b(?:(?:gonna|going to|will)(?! (?:lose (?:my|her|his) mind|die|scream|"
                    r"explode|freak|kill|cry)\b)|tmrw|tomorrow|tonight|next week|forecast|"
                    r"this (?:weekend|saturday|sunday|friday))\b", re.I)  # (not "im gonna lose
# my mind", an idiom, nor "she wont come out", no time ahead)
#: ... told as done: "it was gonna be fun but it rained", "we lost yesterday"
_DONE = re.compile(r"\b(?:was|were) (?:gonna|going to)\b|\b(?:yesterday|last (?:night|week)|"
                   r"already|happened|ruined|got canceled|got cancelled)\b", re.I)


#: someone else sick: "my friend theo has a cold now", "my mom got the flu", "maya is sick"
_THEY_SICK = re.compile(r"\b(?:my (?:friend |best friend |bff |little |big |older |younger )?)?"
                        r"(?P<who>(?!i\b|im\b|we\b|you\b|u\b|it\b|he\b|she\b)[a-z]+)\s+"
                        r"(?:has|got|caught|came down with|is|s|is home)\s+(?:a |the |like a )?"
                        r"(?:cold|flu|fever|covid|strep(?: throat)?|stomach bug|sick|sick again|"
                        r"really sick|so sick|ear infection|pink eye)\b", re.I)


#: the teen sick: "ngl i have a cold and my head feels like its full of cotton", "im home sick
#: today", "i caught the flu" (round 75: "ooh, your head! I want to hear about that 😊")
_ME_SICK = re.compile(r"(?:^|[,.!;]\s*|\b(?:ngl|ugh+|so|and|also|btw|lol|ok+|okay|well|"
                      r"tbh|bro)\s+)(?:i|im|i'm)\s+(?:have|got|caught|think i have|think i got|"
                      r"came down with|am|is|feel|feel so|am so|so|home|been|still|kinda|lowkey|"
                      r"have like|have a|got a)?\s*(?:home\s+)?(?:a |the |like a |such a |"
                      r"really |so |super |kinda )?(?:cold|flu|fever|covid|strep(?: throat)?|"
                      r"stomach bug|sick|sick again|head cold|sore throat|ear infection|pink eye)"
                      r"\b(?!\s+(?:of|and tired))", re.I)
#: work lost: "my laptop crashed last night and i lost like 2 hours of edits" (round 75: "no
#: way, your laptop 😄 and then?")
_LOST_WORK = re.compile(
    r"\b(?:lost|deleted|erased|wiped)\s+(?:like\s+|almost\s+|about\s+|over\s+)?"
    r"(?P<what>(?:\d+|an?|two|three|four|five|all|half)\s+(?:hours?|days?|weeks?|pages?|"
    r"minutes?|mins?|hrs?)\s+of\s+(?:my\s+)?[a-z]+|all (?:my|of my|the) (?:progress|work|edits|"
    r"notes|files|photos|pics|saves?|data|drawings?|levels?)|my (?:whole |entire )?(?:[a-z]+ )?"
    r"(?:essay|project|save|save file|file|progress|edits|work|homework|drawing|video|notes|"
    r"world|build|playlist))\b", re.I)
#: a bump or a bruise of one's own: "i have a bruise on my knee the size of a pancake"
_BUMPED = re.compile(r"\b(?:i|im|i'm|i have|i got|my)\b[^.!?]{0,30}\b(?:bruise[ds]?|scraped|"
                     r"sprained|twisted|stubbed|jammed|skinned|rolled) ?(?:my )?(?:\w+ )?"
                     r"(?:knee|ankle|toe|finger|wrist|elbow|shin|leg|arm|hand|foot|head|thumb)?|"
                     r"\bbruise (?:on|the size of)\b|\bfell (?:off|on) my\b", re.I)
_NOT_MINE = re.compile(r"\b(?:my (?:mom|dad|sister|brother|friend|dog|cat)|he|she|they) "
                       r"(?:has|got|fell|sprained|twisted|bruised)\b", re.I)
_FINE = re.compile(r"\b(?:was|am|im|i'm|its|it's|totally|all) (?:totally |all |so )?(?:fine|okay|"
                   r"ok|good)\b", re.I)
#: work to do again: "so im back to square one", "3 hours for nothing", "i have to start over"
_START_OVER = re.compile(r"\bback to (?:square one|the drawing board|the start)\b|"
                         r"\b(?:\d+|two|three|all|so many) (?:hours?|days?|weeks?|hrs?)? ?"
                         r"for nothing\b|"
                         r"\b(?:have|had|gotta|got) to (?:start|do it) (?:all )?(?:over|again from "
                         r"scratch)\b|\bstart(?:ing)? (?:all )?over\b(?! (?:at|on|in)\b)", re.I)
_SICK_ONES = frozenset("mom mum dad mama papa sister brother sis bro grandma grandpa nana papa "
                       "abuela abuelo aunt uncle cousin friend bestie bff teacher coach partner "
                       "stepdad stepmom baby".split())


def comforts(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if "?" not in text and _CANT_YET.search(text) and _OWNED_UP.search(text) and \
            not _GRAVE.search(text):
        # "im 14 and i cant ride a bike. like at all 😭": owned up to, not "ooh, bike! I want to
        # hear about that 😊" (round 61)
        return lines_for(lines, "comfort_cant_yet", turn, PRIOR + 0.1, "neutral")
    if "?" not in text and _MISSED_NOW.search(text) and (
            _LEAVING.search(text) or _WENT_BACK.search(text)) and not _GRAVE.search(text):
        # "my grandma flew back to atlanta yesterday, the house is so quiet", "sad news tho my
        # best friend hana is moving to ohio on friday 😞": missed, whatever the mood reader
        # read (round 61: "that's awesome 😄", "oh nice")
        return lines_for(lines, "comfort_leaving", turn, PRIOR + 0.1, "sad")
    if "?" not in text and turn.mood in ("angry", "tired") and (
            _THEIRS.search(text) or _THEIR_FEELING.search(text)) and \
            not _GRAVE.search(text) and not _MINE_TOO.search(text):
        # "my mom starts her new job monday so shes kinda stressed this week", read as angry:
        # her stress, not "ugh, that's annoying 😤" (round 68)
        return lines_for(lines, "comfort_their_feeling", turn, PRIOR, "neutral")
    if "?" not in text and (sick := _THEY_SICK.search(text)) is not None and \
            not _GRAVE.search(text):
        # "ugh my friend theo has a cold now and might miss the polar plunge 😔": get well
        # wishes, whatever the mood reader read (round 62: "that's so nice to hear!")
        who = sick.group("who").lower()
        if is_first_name(who) or who in _SICK_ONES:  # (not "this test is sick")
            name = f"your {who}" if who in _SICK_ONES else who.capitalize()
            return lines_for(lines, "comfort_they_sick", turn, PRIOR + 0.3, "sad",
                             {"who": name})
    if "?" not in text and _BUMPED.search(text) and not _GRAVE.search(text) and \
            not _NOT_MINE.search(text) and not _FINE.search(text):  # (round 79: "tired and
        # still having stuff to do")
        return lines_for(lines, "comfort_bumped", turn, PRIOR + 0.3, "sad")
    if "?" not in text and _START_OVER.search(text):  # (round 79: "oh nice, keep going")
        return lines_for(lines, "comfort_start_over", turn, PRIOR + 0.3, "sad")
    if "?" not in text and (lost := _LOST_WORK.search(text)) is not None:
        return lines_for(lines, "comfort_lost_work", turn, PRIOR + 0.3, "sad",
                         {"what": second_person(lost.group("what").lower())})
    if "?" not in text and _ME_SICK.search(text) and not _GRAVE.search(text) and \
            not _THEY_SICK.search(text):
        return lines_for(lines, "comfort_me_sick", turn, PRIOR + 0.3, "sad")
    if "?" not in text and (_GIFT_TEARS.search(text) or _SHOW_TEARS.search(text) and
                            _SHOWN.search(text) or _GOT_TEARS.search(text)) and \
            not _BAD_TEARS.search(text) and not _SAD_GIVEN.search(text) and \
            not _GRAVE.search(text) and not _LOSS.search(text):
        # "gave my mom the recipe book on her birthday and she CRIED": a gift's tears (round
        # 67: "that sounds like a really sad moment"), whether the mood read is low or glad
        return lines_for(lines, "glad_tears_given", turn, PRIOR + 0.3, "happy")
    if turn.mood not in _LOW or "?" in text:
        return []
    if (loss := _LOSS.search(text)) is not None:
        who = (loss.group("who") or loss.group("put")).lower()
        key = "comfort_loss_pet" if re.fullmatch(_PETS, who) else "comfort_loss_person"
        return lines_for(lines, key, turn, PRIOR + 0.3, "sad", {"who": f"your {who}"})
    if _THEIR_FEAR.search(text) and not _GRAVE.search(text):
        return lines_for(lines, "comfort_their_fear", turn, PRIOR, "neutral")
    if _GRAVE.search(text):
        return []
    if _THEIRS.search(text) or _THEIR_FEELING.search(text):
        # "my brother luca has his college interview on friday and hes so stressed": about
        # him, not "I'm sorry you're feeling this low" (round 59)
        return lines_for(lines, "comfort_their_feeling", turn, PRIOR, "neutral")
    if _TEARS_AHEAD.search(text) and not _BAD_TEARS.search(text):
        # "ngl im gonna cry like a baby at the ceremony": tears of a big moment ahead
        return lines_for(lines, "comfort_tears_ahead", turn, PRIOR, "neutral")
    if turn.mood != "anxious" and _AHEAD.search(text) and not _DONE.search(text):
        # "bad news tho the forecast says its gonna rain cats and dogs saturday morning": not
        # "I'm sorry it turned out like this. want to tell me what happened?" (round 59)
        return lines_for(lines, "comfort_ahead", turn, PRIOR, turn.mood)
    for key, shape in (("comfort_leaving", _LEAVING), ("comfort_cant_come", _CANT_COME),
                       ("comfort_missing", _MISSING), ("comfort_ending", _ENDING),
                       ("comfort_what_if", _WHAT_IF)):
        if shape.search(text) and lines.get(key):
            return lines_for(lines, key, turn, PRIOR, turn.mood)
    if _NERVES.search(text) and _STAGE.search(text) and lines.get("comfort_what_if"):
        return lines_for(lines, "comfort_what_if", turn, PRIOR, turn.mood)
    return []
