"""Patterns for every category but self-harm: sexual, sexual_minor, abuse, bullying, hate,
violence and prompt_injection, for :mod:`amity.nlp.safety.rules`.

Contract: ``TOPICS`` is a tuple of ``Rule``. "high" rules are explicit (a request for sexual
content, a disclosure that a parent hits the user, a threat with a human target, an
instruction override); "check" rules are softer mentions. Idioms that teens use all the
time are excluded here ("my mom is going to kill me", "he hit me up", "beat me at fifa",
"kill the lights", "shoot some hoops", "I'm gonna kill you in fortnite").

It does not know the user's age: ``sexual_minor`` here only covers content that names a
minor itself; ``safety`` combines ``sexual`` with an age from the message or the context.
"""

from __future__ import annotations

from amity.nlp.safety.patterns import FAMILY, GROUPS, HUMAN, IM, INTENT, WILL, A, Rule, rule

_GAME = (
    r"(?:in|on|at)\s+(?:the\s+)?(?:game|fortnite|minecraft|cod|call\s+of\s+duty|roblox|valorant|apex|"
    r"gta|among\s+us|chess|smash|fifa|2k|overwatch|league|warzone|halo|paintball|laser\s+tag|dodgeball)"
)

SEXUAL: tuple[Rule, ...] = (
    rule("nudes", "sexual", "high", 0.93,
         r"\b(?:send|sending|sent|share|show|trade|swap|want|wanna\s+see)\s+(?:me\s+|u\s+|you\s+|some\s+|your\s+|ur\s+)?"
         r"(?:nudes|noodz|naked\s+(?:pics|photos|pictures|selfies)|nude\s+(?:pics|photos)|dick\s+pics?|tit\s+pics?|"
         r"boob\s+pics?|spicy\s+pics)\b", person=False),
    rule("sex_with_bot", "sexual", "high", 0.93,
         rf"\b(?:let{A}s|lets|wanna|want\s+to|can\s+we|could\s+we|we\s+should|i\s+want\s+to|i{A}d\s+like\s+to)\s+"
         rf"(?:have\s+sex|fuck|bang|hook\s+up|sext|make\s+love|sleep\s+together|do\s+(?:it|stuff)\s+(?:in\s+bed|naked))\b|"
         rf"\b(?:have\s+sex|fuck|sleep)\s+with\s+(?:me|you|u)\b|\bsext(?:ing)?\s+(?:me|with\s+me)\b",
         person=False),
    rule("nsfw_rp", "sexual", "high", 0.92,
         r"\b(?:sex|sexy|erotic|nsfw|dirty|spicy|18\+|smutty?|lewd|kinky)\s+(?:roleplay|rp|role\s+play|chat|"
         r"story|stories|talk|scene|fanfic)\b|\btalk\s+dirty\b|\b(?:be|get)\s+(?:horny|naughty)\s+(?:with|for)\s+me\b|"
         r"\b(?:describe|write|tell\s+me)\s+(?:\w+\s+){0,3}(?:having\s+sex|sex\s+scene|naked\s+body|your\s+naked)",
         person=False),
    rule("explicit_act", "sexual", "high", 0.9,
         rf"\b(?:{IM}|feeling|getting|so|really)\s+horny\b|\b(?:blow\s?job|hand\s?job|jerk(?:ing)?\s+off|"
         rf"jack(?:ing)?\s+off|masturbat\w*\s+(?:to|with|while|for)|cum(?:ming)?\s+(?:on|in|for)|"
         rf"suck\s+(?:my|your|ur)\s+(?:dick|cock|tits)|(?:touch|rub|lick)\s+(?:my|your|ur)\s+"
         rf"(?:dick|cock|pussy|clit|boobs|tits|breasts|privates|naked\s+body))\b", person=False),
    rule("undress", "sexual", "high", 0.9,
         r"\b(?:take|taking|took|get|getting)\s+(?:off\s+)?(?:your|ur|my|all\s+(?:your|my))\s+clothes\s+off\b|"
         r"\b(?:strip|undress)\s+(?:for\s+me|for\s+you|naked)\b|\b(?:are|r)\s+(?:you|u)\s+naked\b|"
         r"\b(?:what\s+are\s+you\s+wearing\s+(?:right\s+now|under))", person=False),
    rule("sexual_word", "sexual", "check", 0.5,
         r"\b(?:sex|sexual|sexy|porn\w*|nude|nudes|naked|horny|onlyfans|hentai|nsfw|orgasm\w*|boobs|tits|"
         r"dick|cock|pussy|erection|boner|condoms?|masturbat\w*|69|make\s+out|making\s+out|hook\s?up|"
         r"hooking\s+up|kinky|fetish)\b|"
         # not a thing switched on: "we hadnt even turned on the stove yet", "turned on the tv"
         r"\bturned\s+on\b(?!\s+(?:the|a|an|my|his|her|our|their|your|ur|it|its|all|some|"
         r"every|light|lights|tv|stove|oven|music|radio|phone|laptop|computer|fan|heat|"
         r"heater|ac|location|notifications|captions|subtitles|dnd|wifi|data|\w+ mode)\b)",
         negatable=False, person=False),
    # sexual content that names a minor itself (age from context is added in safety.py)
    rule("csam", "sexual_minor", "high", 0.97,
         r"\b(?:child|children|kid|kiddie|kiddy|underage|minor|preteen|pre-teen|little\s+(?:girl|boy)|"
         r"(?:1[0-5]|[5-9])\s*(?:yo|y/o|year[-\s]old|years?\s+old))s?\s+(?:porn\w*|nudes|naked\s+pics|sex|"
         r"sexy|pics\s+naked)\b|\b(?:loli|lolicon|shotacon|csam|jailbait|pedo\s+(?:pics|content|stuff))\b",
         negatable=False, person=False),
)


#: beaten in a race: "he always beats me on hills", "beats me in every sprint", "by 2 seconds"
_CONTEST = r"(?:race|game|round|lap|match|sprint|heat|set)s?"
_GAME_AT = r"(?!home\b|night\b|school\b|times\b|least\b|the\s+(?:house|door|table)\b)[a-z]"
_RACED = (rf"on\s+(?:the\s+)?(?:hills?|track|sprints?|bikes?)|in\s+(?:every|each)\s+{_CONTEST}\b|"
          rf"every\s+{_CONTEST}\b|by\s+(?:like\s+)?\d+\s*(?:sec\w*|points?|pts|goals?|laps?|"
          rf"meters?|m\b)|to\s+the\s+(?:finish|top)|"
          # "always beats me at ping pong": beaten at a game, not at home or at night
          rf"(?:(?<=\bbeats\sme\s)|(?<=\bbeat\sme\s))at\s+{_GAME_AT}")


ABUSE: tuple[Rule, ...] = (
    rule("family_hits", "abuse", "high", 0.92,
         rf"\b(?:my\s+)?{FAMILY}\s+(?:\w+\s+)?(?:always\s+|keeps\s+|still\s+|sometimes\s+|often\s+)?"
         rf"(?:hits|hit|beats|beat|punches|punched|slaps|slapped|kicks|kicked|chokes|choked|strangles|strangled|"
         rf"burns|burned|whips|whipped|shoves|shoved|smacks|smacked|throws\s+things\s+at|threw\s+\w+\s+at)\s+"
         rf"(?:me|my\s+(?:mom|mum|sister|brother|little\s+\w+))\b",
         after=r"\s*(?:up|at\s+(?:chess|fifa|mario|smash|\w+\s+kart|cards|uno|basketball|tennis|the\s+game)|in\s+"
               r"(?:a\s+)?(?:game|race|chess|fifa|fortnite|an?\s+\w+\s+match)|with\s+(?:a\s+)?(?:text|question|fact|"
               r"joke|snowball|pillow)|by\s+accident|accidentally|playing|out\s+of\s+the\s+group|off\s+the\s+team|"
               + _RACED + ")"),
    rule("threat_kill_me", "abuse", "high", 0.9,
         rf"\b(?:my\s+)?{FAMILY}\s+(?:\w+\s+)?(?:tried\s+to|threatened\s+to|threatens\s+to|said\s+(?:he|she|they){A}?(?:d|ll|\s+would|\s+will)|"
         rf"is\s+going\s+to\s+actually)\s+(?:kill|hurt|beat|stab|shoot|choke)\s+me\b"),
    rule("sexual_abuse", "abuse", "high", 0.95,
         rf"\b(?:raped|molested|sexually\s+abused|groped|assaulted)\s+me\b|\b(?:he|she|they|my\s+{FAMILY}|"
         rf"a\s+(?:man|guy|grown\s+up|adult))\s+(?:\w+\s+)?(?:touches|touched|touching)\s+(?:me\s+)?(?:down\s+there|"
         rf"me\s+(?:in\s+(?:my|places)|where|when|at\s+night|under|inappropriately)|my\s+(?:private|privates|"
         rf"body|chest|boobs|breasts|butt|thigh))|\bmakes?\s+me\s+(?:keep\s+(?:it|this)\s+(?:a\s+)?secret|"
         rf"touch\s+(?:him|her|his|hers))|\bi\s+was\s+(?:raped|molested|sexually\s+abused|groped)\b",
         person=False),
    rule("sextortion", "abuse", "high", 0.93,
         r"\b(?:threaten(?:ing|ed|s)?|going|gonna|said\s+(?:he|she|they)\s*(?:'?ll|will|would))\s+(?:to\s+)?"
         r"(?:post|share|send|leak|show)\s+(?:\w+\s+)?(?:my\s+)?(?:nudes|naked\s+pics|pics|photos|videos?)\b|"
         r"\b(?:man|guy|adult|someone|he|she|stranger)\s+(?:\w+\s+){0,4}?(?:keeps\s+asking|asked|asking|wants)\s+"
         r"(?:me\s+)?(?:for|to\s+send)\s+(?:my\s+|some\s+)?(?:nudes|pics\s+of\s+me|naked\s+pics|photos\s+of\s+my\s+body)",
         person=False, negatable=False),
    rule("unsafe_home", "abuse", "check", 0.7,
         rf"\b(?:scared|afraid|terrified)\s+(?:to\s+go\s+home|of\s+(?:going\s+home|my\s+{FAMILY}))|"
         rf"\b(?:don{A}t|dont|do\s+not)\s+feel\s+safe\s+(?:at\s+home|around\s+my\s+{FAMILY}|in\s+my\s+(?:house|home))|"
         rf"\b(?:locks|locked)\s+me\s+(?:in|out)\b|\bwon{A}?t\s+let\s+me\s+eat\b|\b(?:bruises|marks)\s+(?:from|that)\s+my\s+{FAMILY}|"
         rf"\bmy\s+{FAMILY}\s+(?:\w+\s+)?(?:hurts|hurt|abuses|abused|screams\s+at|yells\s+at)\s+me\b|"
         rf"\b(?:domestic\s+violence|being\s+abused|abusive\s+(?:home|dad|mom|father|mother|parents?|stepdad|relationship))\b"),
    rule("hits_pronoun", "abuse", "check", 0.6,
         r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:hits|beats|punches|slaps|chokes|kicks)\s+me\b",
         after=r"\s*(?:up|at|in\s+(?:a\s+)?(?:game|race|chess)|with\s+(?:a\s+)?(?:text|question|joke)|"
               + _RACED + ")"),
)

BULLYING: tuple[Rule, ...] = (
    rule("told_kys", "bullying", "high", 0.9,
         r"\b(?:told|tell|telling|tells|said|says)\s+me\s+to\s+(?:go\s+)?(?:kys|die|unalive|drink\s+bleach|hang)\b|"
         r"\bkys\b", person=False, negatable=False),
    rule("bullied", "bullying", "check", 0.8,
         rf"\b(?:{IM}|i\s+get|i\s+got|getting|been|being|keep\s+getting|was|always)\s+(?:being\s+|getting\s+)?"
         rf"(?:bullied|picked\s+on|made\s+fun\s+of|harassed|cyber\s?bullied|teased|laughed\s+at|excluded|"
         rf"left\s+out|ganged\s+up\s+on)\b", person=False),
    rule("they_bully", "bullying", "check", 0.75,
         r"\b(?:they|everyone|people|kids|ppl|the\s+(?:girls|boys|kids)|he|she|my\s+classmates|someone)\s+"
         r"(?:\w+\s+)?(?:keep\s+|keeps\s+|always\s+|all\s+)?(?:bully|bullies|bullying|makes?\s+fun\s+of|laughs?\s+at|"
         r"picks?\s+on|harass(?:es)?|tease|teases|spread(?:ing|s)?\s+rumou?rs\s+about|call(?:s|ed)?\s+me\s+"
         r"(?:fat|ugly|gay|stupid|a\s+freak|a\s+loser|names|retarded|a\s+slut|a\s+whore|emo|weird))\s*(?:me)?\b",
         person=False),
    rule("posted_me", "bullying", "check", 0.75,
         r"\b(?:posted|shared|spread|leaked|sent\s+around)\s+(?:an?\s+)?(?:embarrassing\s+|ugly\s+)?(?:pic|photo|picture|"
         r"video|screenshot|secret)s?\s+(?:of\s+me|about\s+me)|\b(?:made|started)\s+(?:a|an)\s+(?:hate\s+)?"
         r"(?:group\s+chat|account|page)\s+(?:about|to\s+(?:make\s+fun\s+of|hate\s+on))\s+me",
         person=False),
    rule("user_bullies", "bullying", "check", 0.65,
         r"\bhelp\s+me\s+(?:roast|bully|humiliate|make\s+fun\s+of|destroy|embarrass)\s+(?:her|him|them|this|that|my)|"
         r"\b(?:write|make)\s+(?:me\s+)?(?:a\s+)?(?:really\s+)?(?:mean|nasty|hurtful|cruel)\s+(?:message|comment|text|"
         r"post|joke)s?\s+(?:to|about|for)\b", person=False),
)

HATE: tuple[Rule, ...] = (
    rule("slur_high", "hate", "high", 0.93,
         r"\b(?:nigg(?:er|ers|a{1,2}h?s?)|faggots?|kikes?|wetbacks?|ragheads?|towelheads?|sand\s?niggers?|"
         r"trann(?:y|ies)|chinks?|spics?|beaners?|gooks?|coons?)\b",
         negatable=False, person=False,
         after=r"(?:\s+(?:in\s+(?:the|his|her|their|my)\s+armou?r|and\s+span))"),
    rule("slur_check", "hate", "check", 0.55,
         r"\b(?:fags?|retard(?:s|ed)?|dykes?|homos?|gyps(?:y|ies))\b",
         negatable=False, person=False),
    rule("group_dehumanise", "hate", "high", 0.9,
         rf"\b(?:all\s+|those\s+|these\s+|the\s+|fucking\s+|filthy\s+)?{GROUPS}\s+(?:are|r)\s+(?:all\s+|just\s+|nothing\s+but\s+)?"
         rf"(?:animals|vermin|rats|cockroaches|parasites|subhuman|sub-human|disgusting|evil|inferior|savages|"
         rf"trash|garbage|a\s+disease|scum|monkeys|apes|pigs|dogs|terrorists|criminals|rapists|pedos|pedophiles)\b",
         person=False),
    rule("group_eliminate", "hate", "high", 0.93,
         rf"\b(?:kill|gas|deport|exterminate|lynch|burn|shoot|wipe\s+out|get\s+rid\s+of|ban)\s+(?:all\s+)?(?:the\s+)?"
         rf"{GROUPS}\b|\b{GROUPS}\s+(?:should|must|need\s+to|deserve\s+to)\s+(?:all\s+)?(?:die|be\s+(?:killed|gassed|"
         rf"deported|exterminated|lynched|shot|banned|wiped\s+out))\b|\bi\s+hate\s+(?:all\s+)?{GROUPS}\b",
         person=False),
)

#: someone else who will "kill you", said to the teen of a parent or a teacher: "ms brennan is
#: gonna kill you", "your mom's gonna kill u lol" (an idiom, as "she's gonna kill me" is)
_THEY_GONNA = (r"\b(?:(?:he|she|it|(?!i\b)[a-z]+)(?:\s+is|'s)|they(?:'re|re|\s+are))\s+"
               r"(?:literally\s+|actually\s+|so\s+)?$")

VIOLENCE: tuple[Rule, ...] = (
    rule("threat_human", "violence", "high", 0.9,
         rf"\b(?:{INTENT}|{WILL})\s+(?:just\s+|fucking\s+|actually\s+|literally\s+)?(?:kill|shoot|stab|murder|strangle|"
         rf"poison|knife|choke)\s+{HUMAN}\b",
         before=rf"{_GAME}|{_THEY_GONNA}", after=rf"[^.!?\n]{{0,40}}{_GAME}", hyperbole=True),
    rule("threat_family", "violence", "check", 0.6,
         rf"\b(?:{INTENT}|{WILL})\s+(?:just\s+)?(?:kill|shoot|stab|murder|strangle|poison)\s+my\s+{FAMILY}\b",
         after=rf"[^.!?\n]{{0,40}}{_GAME}"),
    rule("school_attack", "violence", "high", 0.95,
         r"\b(?:shoot|shooting|bomb|bombing|blow|blowing)\s+(?:up\s+)?(?:the|my|our|this|that)\s+(?:school|class|"
         r"classroom|mall|church|mosque|synagogue|temple|concert|office)\b|\bbring(?:ing)?\s+(?:a|my\s+\w+{0}s|my|the)\s+"
         r"(?:gun|knife|weapon|rifle|pistol)\s+to\s+(?:school|class)\b|\bschool\s+shoot(?:ing|er)\s+(?:tomorrow|"
         r"on\s+\w+day|next\s+week)\b".replace("{0}", A), person=False),
    rule("how_to_harm", "violence", "high", 0.9,
         r"\bhow\s+(?:to|do\s+i|can\s+i|would\s+i|could\s+i|should\s+i)\s+(?:make|build|get)\s+(?:a\s+)?"
         r"(?:bomb|pipe\s+bomb|explosive|ghost\s+gun|molotov)|\bhow\s+(?:to|do\s+i|can\s+i|would\s+i|could\s+i)\s+"
         r"(?:kill|murder|poison|hurt|stab|strangle|kidnap)\s+(?:someone|somebody|a\s+person|my\s+\w+|people|a\s+(?:kid|child|"
         r"man|woman|girl|boy)|him|her)\b|\bget\s+away\s+with\s+(?:murder|killing\s+(?:him|her|someone))\b",
         person=False, before=_GAME, after=rf"[^.!?\n]{{0,40}}{_GAME}"),
    rule("want_hurt", "violence", "check", 0.6,
         rf"\b(?:want\s+to|wanna|gonna|going\s+to|{WILL})\s+(?:punch|hit|beat\s+up|hurt|slap|jump|destroy)\s+{HUMAN}\b",
         before=_GAME, after=rf"[^.!?\n]{{0,40}}{_GAME}"),
)

INJECTION: tuple[Rule, ...] = (
    rule("ignore_previous", "prompt_injection", "high", 0.95,
         r"\b(?:ignore|disregard|forget|override|bypass|skip|drop)\s+(?:all\s+|any\s+|every\s+|the\s+|your\s+|my\s+)?"
         r"(?:of\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|following|initial|original|"
         r"system|old|existing)?\s*(?:and\s+following\s+)?(?:instructions?|prompts?|rules|directions|guidelines|"
         r"programming|directives|context|constraints|restrictions)\b|\bforget\s+(?:everything|all)\s+(?:you|that\s+you)\s+"
         r"(?:learned|know|were\s+told|have\s+been\s+told)", negatable=False, person=False,
         # the teen's own slip: "what if i forget the rules and everyone gets bored", "i always
         # skip the instructions lol" (not "i want you to forget your rules")
         before=r"\b(?:i|i['’]?ll|ill|i\s+might|i\s+always|i\s+sometimes|i\s+totally|i\s+kinda|"
                r"i\s+literally|i\s+keep|we|we['’]?ll|he|she|they|someone|people)\s+$"),
    rule("reveal_prompt", "prompt_injection", "high", 0.93,
         r"\b(?:print|show|reveal|repeat|output|display|leak|tell\s+me|give\s+me|what\s+(?:is|are|was|were)|what{0}s)\s+"
         r"(?:me\s+)?(?:your|the)\s+(?:full\s+|entire\s+|exact\s+|hidden\s+|secret\s+)?(?:system|initial|hidden|original|"
         r"developer|pre|secret)[-\s]?(?:prompt|instructions?|message|rules)\b".replace("{0}", A),
         negatable=False, person=False),
    rule("jailbreak_persona", "prompt_injection", "high", 0.93,
         r"\b(?:do\s+anything\s+now|developer\s+mode\s+(?:enabled|on|activated)|dan\s+mode|jailbr(?:ea|o)k(?:en|ed)?|"
         r"(?:act|pretend|behave)\s+(?:as|like|to\s+be)\s+(?:an?\s+)?(?:\w+\s+){0,4}(?:with(?:out)?|that\s+has)\s+(?:no\s+)?"
         r"(?:restrictions|filters|limits|rules|guidelines|censorship)|you\s+are\s+(?:now\s+)?(?:free\s+from|no\s+longer\s+bound\s+by)"
         r"|stay\s+in\s+character\s+no\s+matter\s+what|strive\s+to\s+avoid\s+norms)\b",
         negatable=False, person=False),
    rule("new_instructions", "prompt_injection", "high", 0.9,
         r"(?:^|\n)\s*(?:system|assistant|developer)\s*:|<\|?(?:im_start|im_end|system|endoftext)\|?>|\[/?INST\]|"
         r"</?(?:system|instructions?)>|\bnew\s+(?:instructions|rules|system\s+prompt)\s*:|\bfrom\s+now\s+on,?\s+you\s+"
         r"(?:will|are\s+going\s+to|must|shall)\s+(?:ignore|disregard|act\s+as|answer\s+(?:as|without)|have\s+to\s+answer)",
         negatable=False, person=False),
    rule("hijack_print", "prompt_injection", "check", 0.7,
         r"\b(?:stop\s+everything|nevermind|never\s+mind|instead)[\s!.,]{1,12}(?:now[\s!.,]{1,8})?(?:just\s+)?"
         r"(?:print|say|output|write|repeat)\s+[\"'“]|\bjust\s+(?:print|output)\s+[\"'“]",
         negatable=False, person=False),
    rule("token_flood", "prompt_injection", "check", 0.6, r"(\S{1,3})(?:\s+\1){40}",
         negatable=False, person=False),
)

TOPICS: tuple[Rule, ...] = SEXUAL + ABUSE + BULLYING + HATE + VIOLENCE + INJECTION
