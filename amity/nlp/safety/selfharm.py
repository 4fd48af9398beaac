"""Self-harm and suicide patterns (the crisis category) for :mod:`amity.nlp.safety.rules`.

Contract: ``SELF_HARM`` is a tuple of ``Rule``; "high" rules are explicit first-person
statements, plans, methods and disclosures ("i want to kill myself", "i cut myself again",
"no reason to live"); "check" rules are vaguer despair ("i don't see the point anymore").
Written by hand from teen and crisis-line language, algospeak included ("kms", "unalive",
"sewer slide"). It knows nothing about other categories or the classifier.
"""

from __future__ import annotations

from amity.nlp.safety.patterns import IM, INTENT, ON_TIME, SELF_VERB, WILL, A, Rule, rule

#: a goodbye bounded in time is a sign-off: "this is goodbye til monday", "bye forever (til
#: friday)" (after the goodbye; its twin without it stays risk)
_FOR_NOW = (r"(?!\W{0,4}(?:(?:lol|lmao|haha\w*)\W{1,4})?(?:til|till|until|for\s+now|"
            r"for\s+(?:the\s+)?(?:night|weekend|day|today|tonight)|(?:see|talk\s+to)\s+(?:u|you|ya)\b|"
            # "bye forever lol jk see u tmrw": a joke taken back at once
            r"(?:jk|jkjk|just\s+kidding|kidding)\b))")

_KITCHEN = (r"[^.!?]{0,40}\b(?:oven|stove|pan|tray|curling\s+iron|straightener|kettle|toaster|"
            r"grill|glue\s+gun|cookies|baking|cooking)\b")
#: away for a reason: "wont be around for my bday next month, well be at my grandmas in texas"
_AWAY = (rf"[^.!?]{{0,80}}(?:\b(?:we{A}?ll|well|i{A}?ll|ill|we{A}?re|were)\s+be\s+"
         r"(?:at|in|on|away)\b|\b(?:trip|vacation|visiting|camp|camping|away|no\s+wifi|no\s+"
         r"(?:service|signal)|off\s+the\s+grid)\b)")
_FOR_A_USE = (r"[^.!?]{0,40}\b(?:to\s+(?:trim|open|shave|fix|build|cut\s+(?:the|this|some)\s+"
              r"(?:tape|paper|cardboard|box|fabric|string|tag))|grip\s+tape|allergy|vitamins?|"
              r"with\s+food|prescri\w*|tylenol|advil|ibuprofen)\b")

_IDIOM_AFTER_SELF = (
    r"\s*(?:laughing|with\s+laughter|in\s+the\s+(?:foot|leg)|trying\s+to|to\s+(?:finish|get|make|"
    r"pass|keep|study)|over\s+(?:this|that|it|a|an|the|my)|at\s+(?:work|the\s+gym|practice|school)|"
    r"studying|working|doing|in\s+(?:work|coffee|homework|music|books|tea|my\s+work)|for\s+(?:this|"
    r"that|a|an|the|my|nothing))"
)
_HYPE = {"hyperbole": True}
#: "wrote a", "left my", "finished the": a note or letter written
_WROTE_A = r"\b(?:wrote|writing|write|written|left|leaving|finished)\s+(?:a|my|the)\s+"
#: "i'd rather die than go to that party": a preference, not a wish to die (but "rather die
#: than keep living like this" is not an idiom)
_THAN_ORDINARY = (r"\s+than\s+(?!(?:\w+\s+)?(?:keep|go\s+on|live|living|be\s+alive|exist|"
                  r"feel\w*|wake|stay|be\s+here|deal|face|spend\s+another|another\s+day))")

SELF_HARM: tuple[Rule, ...] = (
    rule("kill_myself", "self_harm", "high", 0.95, rf"\b{SELF_VERB}\s+my\s?s(?:el|le|l)f\b",
         after=_IDIOM_AFTER_SELF, told=True, **_HYPE),
    # (boredom said first is the idiom: "im so bored ima just kms", as "so bored i could die")
    rule("kms", "self_harm", "high", 0.9, rf"\b{INTENT}\s+(?:just\s+)?kms\b", told=True,
         before=r"\bbored\b(?!\s+of\s+(?:my\s+)?(?:life|living|everything|existing|being))"
                r"[^.!?]{0,30}$", **_HYPE),
    rule("kms_bare", "self_harm", "check", 0.6, r"\bkms\b"),
    rule("end_life", "self_harm", "high", 0.95,
         r"\b(?:end(?:ing)?|tak(?:e|ing)|took)\s+my\s+(?:own\s+)?life\b",
         after=r"\s+(?:back|in\s+(?:a|my)\s+(?:new|different))", told=True),
    rule("end_it_all", "self_harm", "high", 0.92,
         rf"\b(?:{INTENT}|{WILL})\s+(?:just\s+)?end\s+(?:it\s+all|everything|it\s+(?:tonight|today|now|soon|for\s+good))\b"),
    rule("end_it_all_bare", "self_harm", "check", 0.7, r"\bend(?:ing)?\s+it\s+all\b"),
    # an attempt of "it" kept unseen: "im going to attempt it tonight when everyone is asleep"
    # (session 55: no reading at all); a check-in, as "it" may be a recipe or a trick
    rule("attempt_it_unseen", "self_harm", "check", 0.75,
         rf"\b(?:{IM}|i\s+will|i{A}?ll|gonna|going\s+to)\s+(?:\w+\s+){{0,2}}?attempt(?:ing)?\s+it\b"
         rf"[^.!?]{{0,30}}\b(?:tonight|alone|when\s+(?:every(?:one|body)|they|my\s+(?:parents|mom|"
         rf"dad|family))\s+(?:is\s+|are\s+|{A}s\s+)?(?:asleep|gone|out))\b",
         after=r"[^.!?]{0,40}\b(?:recipe|bake|baking|cook|cooking|trick|level|boss|puzzle|"
               r"jump|flip|song|solo|dish|cake)\b"),
    rule("suicidal_me", "self_harm", "high", 0.93,
         rf"\b(?:{IM}|i\s+feel|feeling|i{A}?ve\s+been|been|i\s+get|getting)\s+(?:so\s+|really\s+|very\s+|kinda\s+|pretty\s+)?suicidal\b"),
    rule("suicidal_thoughts", "self_harm", "high", 0.9,
         rf"\b(?:i\s+have|i{A}m\s+having|im\s+having|been\s+having|i\s+keep\s+having|i\s+get|having)\s+"
         rf"(?:\w+\s+)?(?:suicidal|suicide)\s+(?:thoughts|ideation|urges|feelings)\b"),
    rule("commit_suicide_me", "self_harm", "high", 0.93,
         rf"\b(?:i|i{A}m|im|i{A}ve|ive|me)\s+(?:\w+\s+){{0,3}}?(?:commit|attempt|tried|try|thinking|"
         rf"think|plan|planning|considering|consider|going|gonna|want|wanna)\w*\s+(?:\w+\s+){{0,2}}?"
         rf"(?:suicide|sewer\s?slide|su[i1!]c[i1!]de|unaliving)\b(?!\s+squad\b)"),
    rule("want_die", "self_harm", "high", 0.93,
         r"\b(?:wants?|wanted|wanna|wish|wishing|ready|deserve|need)\s+(?:to\s+)?(?:just\s+|really\s+)?"
         r"(?:die|be\s+dead|stop\s+(?:existing|living|breathing)|not\s+(?:exist|be\s+alive|be\s+here\s+anymore))\b",
         # "ready to die on this hill", "i want to die 😭😭 its so funny" (laughing at a video)
         after=r"\s+on\s+(?:this|that)\s+hill\b|[^.!?a-z]{0,12}(?:its|it'?s|this\s+is)\s+(?:so\s+)?"
               r"(?:funny|hilarious)\b|\s+(?:laughing|asleep|of\s+(?:laughter|embarrassment|cringe))\b",
         **_HYPE),
    rule("wish_dead", "self_harm", "high", 0.92,
         rf"\bwish\s+(?:i|that\s+i)\s+(?:was|were|could\s+(?:just\s+)?|would\s+(?:just\s+)?)\s*(?:be\s+)?"
         rf"(?:dead|die|not\s+alive|wasn{A}t\s+alive)\b", **_HYPE),
    rule("never_born", "self_harm", "check", 0.7,
         rf"\bwish\s+i\s+(?:was|were|had)\s+(?:never\s+(?:been\s+)?born|not\s+born|never\s+existed)|"
         rf"\bwish\s+i\s+(?:didn{A}t|did\s+not)\s+exist|\bwish\s+i\s+(?:could\s+)?(?:just\s+)?disappear"),
    rule("no_reason", "self_harm", "high", 0.95,
         r"\b(?:no|zero|not\s+a\s+single|not\s+(?:one|any))\s+reasons?\s+(?:left\s+)?(?:to|for\s+me\s+to)\s+"
         r"(?:live|keep\s+living|stay\s+alive|be\s+alive|go\s+on|keep\s+going)\b|"
         r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b|\b(?:life|my\s+life|living)\s+(?:is\s+not|isn['’]?t|ain['’]?t|"
         r"is\s+no\s+longer)\s+worth\s+(?:living|it\s+anymore)\b|\bnot\s+worth\s+living\b",
         after=r"[\s.…,]*(?:except|besides|other\s+than|but\s+(?:pizza|my\s+(?:cat|dog)|food|music|games))\b"),
    rule("not_live", "self_harm", "high", 0.93,
         rf"\b(?:don{A}t|dont|do\s+not|no\s+longer|can{A}t|cant|didn{A}t)\s+(?:really\s+|even\s+)?"
         rf"(?:want|wanna)\s+(?:to\s+)?(?:live|be\s+alive|exist|keep\s+living|stay\s+alive)\b(?!\s+(?:in|with|like|near|there|here|at))",
         negatable=False),
    rule("not_here", "self_harm", "check", 0.7,
         rf"\b(?:don{A}t|dont|do\s+not)\s+(?:want|wanna)\s+(?:to\s+)?(?:be\s+here\s+(?:anymore|tomorrow|ever)|"
         rf"wake\s+up{ON_TIME})", negatable=False),
    rule("will_to_live", "self_harm", "check", 0.75,
         r"\b(?:lost|losing|lose|no|zero|without\s+(?:any|the))\s+(?:\w+\s+)?(?:the\s+)?will\s+to\s+live\b|"
         r"\b(?:easy|quick|painless|only|permanent)\s+way\s+out\b|"
         r"\b(?:just|to|should|could|gonna|wanna|want\s+to|going\s+to|way\s+to|i{0}ll)\s+end\s+it\b"
         r"(?!\s+(?:with|here|there|between|for\s+(?:him|her|them|us)))|"
         r"\b(?:crash|flip|drive|swerv\w*|wrap)\w*\s+my\s+car\s+(?:into|off|on\s+the\s+(?:highway|freeway)|"
         r"head[-\s]on)|\b(?:go\s+through|carry\s+out|follow\s+through)\s+with\s+(?:it|my\s+plan)\b"
         .replace("{0}", A), negatable=False),
    rule("gun_to_head", "self_harm", "high", 0.93,
         r"\bblow\s+my\s+(?:\w+\s+)?brains?\s+out\b|\b(?:gun|barrel|pistol)\s+(?:in|into|to|against)\s+my\s+"
         r"(?:mouth|head|temple|chin)\b|\b(?:put|hold|held|holding)\s+(?:a|the|my|his|her)\s+(?:\w+{0}s\s+)?"
         r"(?:knife|blade|razor)\s+(?:to|against)\s+my\s+(?:wrist|throat|neck)".replace("{0}", A)),
    rule("urge", "self_harm", "high", 0.88,
         r"\b(?:urges?|tempted|temptation)\s+(?:\w+\s+)?to\s+(?:cut|hurt|harm|self[-\s]?harm|sh|kill|burn|stab|shove|slit|overdose|"
         r"jump|end\s+it|relapse)\b|\bnothing\s+(?:left\s+)?(?:holding|keeping)\s+me\s+(?:back|here|alive)\b|"
         r"\b(?:don{0}t|do\s+not|dont)\s+(?:care|want)\s+enough\s+to\s+(?:live|stay\s+alive)\b"
         .replace("{0}", A)),
    rule("rather_die", "self_harm", "check", 0.7,
         r"\b(?:would|{0}d)\s+(?:literally\s+|honestly\s+)?rather\s+(?:be\s+dead|die)\b|"
         r"\b(?:fantasi[sz]e|fantasi[sz]ing|think|thinking|dream|dreaming|obsess(?:ed|ing)?)\s+(?:a\s+lot\s+)?about\s+"
         r"(?:death|dying|being\s+dead|my\s+(?:own\s+)?(?:death|funeral))\b|"
         r"\b(?:don{0}t|do\s+not|dont)\s+trust\s+myself\s+(?:around|with|near)\s+(?:\w+\s+)?(?:meds|medications?|pills|"
         r"knives|blades|razors|guns?)\b|\b(?:doubts\s+about|not\s+sure\s+(?:about|i\s+want\s+to))\s+(?:wanting\s+to\s+)?"
         r"(?:keep(?:ing)?\s+going|go(?:ing)?\s+on|liv(?:e|ing))\b".replace("{0}", A),
         after=_THAN_ORDINARY, person=False),
    rule("goodbye_signal", "self_harm", "high", 0.88,
         rf"\b(?:won{A}t|will\s+not|wont|never)\s+(?:have\s+to|need\s+to)\s+(?:deal\s+with|see|worry\s+about|"
         rf"hear\s+from|put\s+up\s+with)\s+me\s+(?:again|anymore|ever\s+again)\b", person=False),
    rule("better_off", "self_harm", "high", 0.94,
         rf"\b(?:better\s+off|happier|easier\s+for\s+everyone)\s+(?:without\s+me(?!\s+(?!being\b)\w+ing\b)|if\s+i\s+(?:was|were|wasn{A}t|"
         rf"weren{A}t|died|didn{A}t\s+exist|was\s+gone|were\s+gone|was\s+dead|killed\s+myself))|\bbetter\s+off\s+dead\b",
         person=False),
    rule("miss_me_dead", "self_harm", "high", 0.9,
         r"\b(?:no\s*one|nobody|noone)\s+would\s+(?:even\s+)?(?:care|notice|miss\s+me|cry)\s+if\s+i\s+"
         r"(?:died|was\s+dead|were\s+dead|killed\s+myself|was\s+gone\s+for\s+good)", person=False),
    rule("miss_me", "self_harm", "check", 0.7,
         r"\b(?:no\s*one|nobody|noone)\s+would\s+(?:even\s+)?(?:care|notice|miss\s+me)\s+if\s+i\s+"
         r"(?:disappeared|was\s+gone|left|wasn['’]?t\s+here|vanished)", person=False),
    rule("last_goodbye", "self_harm", "high", 0.9,
         rf"\b(?:my\s+last\s+(?:day|night|message|text|post)\s+(?:alive|ever|on\s+earth)|last\s+day\s+alive|"
         rf"(?:won{A}t|will\s+not|wont|not\s+(?:gonna|going\s+to))\s+be\s+(?:here|around|alive|a\s+(?:problem|burden))\s+"
         rf"(?:for\s+(?:anyone|any\s*one|you|u|them|everyone)\s+)?(?:tomorrow|(?:for\s+)?much\s+longer|for\s+long|"
         rf"by\s+(?:tomorrow|morning|then)|for\s+(?:junior|senior|sophomore|next|my)\s+\w+)"
         # an errand after it is a chat leaving soon ("just grabbing food", "gotta go to practice")
         rf"(?!\W+(?:i{A}m\s+|im\s+|i\s+)?(?:just|only|gotta|got\s+to|have\s+to|need\s+to|brb|grabbing|"
         rf"getting|heading|going\s+to\s+(?:the|get|grab)|leaving\s+for|about\s+to|my\s+(?:mom|dad)|class|"
         rf"practice|work)\b)(?!{_AWAY})|"
         rf"goodbye\s+forever{_FOR_NOW}|final\s+goodbye|this\s+is\s+goodbye{_FOR_NOW}"
         rf"(?!\s+to\s+(?:(?:my|the|our)\s+)?(?:old\s+|"
         rf"last\s+)?(?:phone|car|room|house|school|braces|cast|laptop|hair|couch|bike|job|class|"
         rf"middle\s+school|summer|childhood\s+home))|"
         rf"this\s+is\s+(?:probably\s+|prob\s+|gonna\s+be\s+)?my\s+(?:very\s+)?last\s+(?:\w+\s+)?"
         rf"(?:post|message|text)(?!\s+(?:of|for|before|until|till|about|on\s+this\s+account|here\s+for|"
         rf"tonight|today)\b))\b"),
    # session 7, from the wordings of long posts (read on the SDCNL train split only)
    rule("go_on_living", "self_harm", "high", 0.93,
         rf"\b(?:don{A}?t|dont|do\s+not|can{A}?t|cant|cannot)\s+(?:really\s+)?(?:want\s+to\s+|wanna\s+)?"
         rf"(?:go\s+on|keep|carry\s+on)\s+(?:living|existing|being\s+alive)\b"),
    rule("method_pain", "self_harm", "high", 0.93,
         r"\b(?:is|does|would|will|how)\s+(?:overdosing|hanging|an\s+overdose|od(?:ing)?|bleeding\s+out|"
         r"slitting\s+(?:my|your|ur)\s+wrists?)\s+(?:\w+\s+){0,2}?(?:painful|hurt|quick|fast|work|take)\b|"
         r"\b(?:an?\s+)?option\s+for\s+suicide\b|\bstill\s+(?:possible|available)\s+to\s+jump\s+off\b|"
         r"\bmy\s+suicide\s+(?:note|letter)\b", person=False, negatable=False),
    rule("after_im_dead", "self_harm", "high", 0.9,
         rf"\b(?:get\s+over\s+(?:it|me)|forget\s+(?:about\s+)?me|move\s+on|be\s+(?:fine|okay|ok|happier|"
         rf"better)|won{A}?t\s+(?:even\s+)?(?:care|notice))\s+(?:\w+\s+){{0,3}}?(?:when|after|once)\s+"
         rf"{IM}\s+(?:dead|gone)\b", person=False),
    rule("wont_last", "self_harm", "high", 0.88,
         rf"\bi\s+(?:know\s+)?(?:i\s+)?(?:won{A}?t|wont|will\s+not|{IM}\s+not\s+(?:going\s+to|gonna))\s+last\s+"
         rf"(?:long|much\s+longer|another\s+(?:year|month|week|day)|(?:the|this)\s+(?:year|month|week)|"
         rf"enough)\b(?!\s+(?:at|in|on|with|without|after|before|if)\b)"),
    rule("wish_died", "self_harm", "high", 0.9,
         r"\bwish\s+i\s+(?:had\s+|would\s+have\s+|could\s+have\s+|just\s+)?(?:starved|bled|froze)\s+to\s+death\b|"
         r"\bwish\s+i\s+(?:had\s+)?died\s+(?:in|when|that|back|a\s+(?:year|month)|years?\s+ago)\b"),
    rule("courage", "self_harm", "high", 0.88,
         r"\b(?:courage|guts|balls|nerve)\s+to\s+(?:finally\s+|actually\s+)?(?:jump|pull\s+the\s+trigger|"
         r"end\s+it|go\s+through\s+with\s+it)\b(?!\s+(?:in|into|out|off\s+the\s+(?:diving|high|board)|"
         r"from\s+the\s+(?:diving|plane|board)))"),
    rule("method_pills", "self_harm", "high", 0.95,
         r"\bhow\s+many\s+(?:\w+\s+){0,2}(?:pills|tablets|tylenol|advil|ibuprofen|paracetamol|sleeping\s+pills|meds)\s+"
         r"(?:\w+\s+){0,3}(?:takes?|to|would|does|do|will|kill|overdose|od|die)\b|"
         r"\b(?:looked|looking|search(?:ed|ing)?|googl(?:ed|ing)|research(?:ed|ing)|look)\s+up\s+how\s+"
         r"(?:many|much|to)\s+(?:\w+\s+){0,4}(?:die|overdose|od|kill|pills|hang|suicide|painless|fatal|lethal)|"
         r"\b(?:looked|search(?:ed|ing)?|googl(?:ed|ing))\s+(?:up\s+)?how\s+(?:many|much)\s+(?:of\s+them\s+)?"
         r"(?:it\s+takes|it\s+would\s+take|would\s+it\s+take)\b",
         person=False, negatable=False),
    rule("method_seek", "self_harm", "high", 0.93,
         r"\b(?:most\s+)?painless\s+(?:way|ways|method|methods)\s+to\s+(?:die|go|kill\s+(?:myself|yourself|oneself))|"
         r"\bhow\s+(?:to|do\s+i|can\s+i|would\s+i|should\s+i|could\s+i)\s+(?:just\s+)?(?:kill\s+myself|end\s+(?:it|my\s+life)|"
         r"overdose|hang\s+myself|commit\s+suicide|slit\s+my\s+wrists|die\s+(?:quickly|fast|painlessly|in\s+my\s+sleep))|"
         r"\blethal\s+dose\s+of\b|\bhow\s+(?:long|much)\s+(?:\w+\s+){0,3}to\s+(?:die|bleed\s+out|overdose)\b|"
         r"\b(?:easiest|quickest|fastest|least\s+painful)[\s,]+(?:(?:and\s+)?(?:easiest|quickest|fastest)\s+)?"
         r"(?:way\s+|method\s+)?to\s+(?:die|kill\s+(?:myself|yourself|urself|oneself|your\s?self)|end\s+it|"
         r"unalive)\b|"
         # a gun at hand ("i have a .22 five feet behind me")
         r"\b(?:have|got)\s+(?:a|my|the|dad'?s|his)\s+(?:\.\d+|gun|pistol|rifle|shotgun|revolver)\s+(?:\w+\s+){0,3}"
         r"(?:behind|next\s+to|beside|in\s+front\s+of|on\s+the\s+\w+\s+next\s+to)\s+me\b",
         person=False),
    rule("note", "self_harm", "high", 0.93, _WROTE_A + r"suicide\s+(?:note|letter)s?"),
    # a goodbye letter, not one for the end of camp, a move, a trip or a friend leaving
    rule("goodbye_note", "self_harm", "high", 0.93, _WROTE_A + r"goodbye\s+(?:note|letter)s?",
         after=r"[^.!?\n]{0,80}\b(?:camp|counsel+or|moving|move|moved|graduat\w*|last\s+day\s+of|trip|"
               r"retir\w*|transfer\w*|summer|exchange|abroad|college|semester|coach|teacher|class)\b"),
    rule("overdose_me", "self_harm", "high", 0.93,
         rf"\b(?:i|i{A}m|im|me)\s+(?:\w+\s+){{0,2}}?(?:took|take|taking|swallowed|swallow)\s+(?:a\s+bunch\s+of|all|too\s+many|"
         rf"a\s+(?:whole\s+)?bottle\s+of|the\s+(?:whole\s+)?bottle\s+of|a\s+handful\s+of|every|loads\s+of)\s+"
         rf"(?:my\s+|the\s+|of\s+my\s+)?(?:pills|meds|medication|tablets|sleeping\s+pills|tylenol|advil)|"
         rf"\b(?:{INTENT})\s+(?:overdose|od|o\.d\.)\b|\b(?:saving|hoarding|stockpiling|stashing|collecting)\s+(?:up\s+)?"
         rf"(?:my\s+)?(?:pills|meds|tablets|razors|blades)\b|"
         # pills taken, felt now and welcomed: "the pills are kicking in", "the pills are
         # making me sleepy and thats what i want" (not "my cold meds make me sleepy")
         rf"\b(?:the|those|these|all\s+the)\s+(?:pills|tablets)\s+(?:are|r|is)\s+(?:finally\s+)?"
         rf"(?:kicking\s+in|starting\s+to\s+(?:work|kick\s+in))\b|"
         rf"\b(?:pills|meds|tablets)\s+(?:are|r)\s+making\s+me\s+(?:so\s+)?(?:sleepy|drowsy|dizzy)\s+"
         rf"(?:and|but)\s+(?:that{A}?s|thats|it{A}?s|its)\s+(?:what\s+i\s+want|good|fine|okay|ok)\b"),
    rule("jump", "self_harm", "high", 0.9,
         rf"\b(?:i|{INTENT}|{WILL})\s+(?:just\s+)?(?:jump|step|throw\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:of\s+)?"
         rf"(?:a|the|my|this|that)\s+(?:\w+\s+)?(?:bridge|roof|building|train|cliff|car|bus|balcony|window|tower|overpass)",
         after=r"[^.!?\n]{0,30}\b(?:into\s+(?:the\s+)?(?:water|lake|pool|river|ocean|sea|snow)|swim\w*|div(?:e|ing)|"
               r"parkour|trampoline|for\s+fun|on\s+a\s+dare|lol|with\s+(?:my|a)\s+(?:parachute|bike|skateboard))"),
    rule("cut_myself", "self_harm", "high", 0.95,
         r"\b(?:cut|cutting|burn|burned|burnt|burning|scratch(?:ed|ing)?|carv(?:e|ed|ing)|starv(?:e|ed|ing)|"
         r"punch(?:ed|ing)?|bash(?:ed|ing)?)\s+my\s?self\b",
         after=r"\s*(?:again\s+)?(?:shaving|cooking|on\s+(?:a|the|some|paper)|by\s+accident|accidentally|while|when\s+i\s+"
               r"(?:was\s+)?(?:cook|shav|fell|slip)|slicing|chopping|with\s+(?:a|the)\s+(?:paper|kitchen)|off\s+from)",
         told=True),
    rule("hurt_myself", "self_harm", "high", 0.92,
         rf"\b(?:{INTENT})\s+(?:hurt|harm|cut|burn)\s+my\s?self\b|\b(?:hurt|harm(?:ed)?|hurting|harming)\s+my\s?self\s+"
         rf"(?:again|on\s+purpose|deliberately|intentionally)\b", told=True),
    rule("hurt_myself_bare", "self_harm", "check", 0.55,
         r"\b(?:hurt|harm(?:ed)?|hurting|harming)\s+my\s?self\b",
         after=r"\s*(?:at|playing|skating|during|in\s+(?:gym|practice|pe|the\s+game)|falling|"
               r"when\s+i\s+fell|on\s+the|lifting)"),
    rule("self_harm_me", "self_harm", "high", 0.93,
         rf"\b(?:i|i{A}ve|ive|i\s+have|i{A}m|im|started|been|keep|kept|back\s+to)\s+(?:\w+\s+)?(?:self[-\s]?harm(?:ing|ed)?|cutting|"
         rf"sh{A}?ing)\b(?!\s+(?:class|the|my\s+(?:own\s+)?(?:hair|nails|bangs|fringe)|onions|paper|wood|"
         rf"vegetables|back|down|in\s+line|corners|carbs))|"
         rf"\brelaps(?:e|ed|ing)\s+(?:on|with|into|in)?\s*(?:self[-\s]?harm|cutting|sh)\b",
         # a cracked screen's or a page's edge: "my phone screen cracked ... i keep cutting my
         # thumb lol", "keep cutting my finger on the box"
         before=r"\b(?:screen|phone|paper|cardboard|cracked|shattered)\b[^.!?\n]{0,60}$",
         after=r"\s+my\s+(?:thumb|finger|fingers|palm)\b(?:\s+(?:on|again\s+on)\s+(?:the|my|a|an|"
               r"this)\s+(?:\w+\s+)?(?:screen|phone|paper|box|cardboard|can|case|edge)\b|\s+(?:lol|lmao)\b)"),
    rule("sh_scars", "self_harm", "check", 0.7,
         r"\b(?:sh|self[-\s]?harm|cutting)\s+(?:scars|marks|cuts|wounds)\b|\bhide\s+(?:my\s+)?(?:scars|cuts)\b"),
    rule("suicide_word", "self_harm", "check", 0.45,
         r"\b(?:suicid(?:e|al)|self[-\s]?harm(?:ing)?|sewer\s?slide|su[i1!]c[i1!]de|unaliv(?:e|ing|ed)|kill\s+myself)\b",
         negatable=False, person=False,
         before=r"(?:what\s+(?:is|does|causes)|define|definition\s+of|essay|project|report|presentation|"
                r"article|book|movie|film|show|history\s+of|statistics\s+(?:on|of))\b[^.!?\n]{0,30}$",
         after=r"[-\s]*(?:prevention|awareness|squad|hotline|helpline|rates?|statistics|month|week|day\b)"),
    # goodbyes, giving things away, a plan or a means at hand, self-harm now (teen wording)
    rule("goodbye_final", "self_harm", "high", 0.9,
         rf"\bthis\s+is\s+(?:my\s+)?(?:last|final)\s+(?:message|text|post|time\s+(?:talking|texting))\b"
         rf"(?!\s+(?:before|of|until|till|about|on\s+this\s+account)\b)|"
         rf"\blast\s+(?:message|text)\s+ever\b|\bbye\s+forever\b{_FOR_NOW}(?![^\n]{{0,60}}\b(?:no\s+(?:wifi|service|signal)|"
         rf"see\s+(?:u|you|ya)\s+(?:in|on|at|when|next)))|"
         rf"\b(?:not|never)\s+coming\s+back\s+(?:after\s+(?:tonight|today|this)|again)\b|"
         rf"\b(?:log(?:ging)?\s+off|signing\s+off|leaving)\s+for\s+good\b|"
         rf"\bthis\s+is\s+(?:it|the\s+end)\s+for\s+me\b|\bit\s+was\s+nice\s+knowing\s+(?:you|u)\b|"
         rf"\bremember\s+me\b[^.!?]{{0,12}}[.!?]*\s*(?:ok\??\s*)?(?:goodbye|bye)\b|"
         rf"\b(?:thank\s+you|thanks|say\s+goodbye)\b[^.!?]{{0,30}}\bbefore\s+i\s+go\b(?!\s+(?:to|out|on|in|"
         rf"back|home|off|and|for)\b)|\b(?:tell|give)\s+(?:my\s+)?\w+\s+(?:i{A}?m|im)\s+sorry\b[^.!?]{{0,5}}"
         rf"[.!?]+\s*bye\b|\b(?:i{A}?m|im)\s+done\s+now\b[^.!?]{{0,5}}[.!?]*\s*(?:goodbye|bye)\b|"
         rf"\bsorry\s+for\s+everything\b[^.!?]{{0,40}}\b(?:bye|goodbye|the\s+end)\b|"
         # "love u all, sorry i couldnt stay": a goodbye for having gone
         rf"\b(?:love\s+(?:you|u|ya)|goodbye|bye)\b[^.!?]{{0,30}}\bsorry\s+i\s+(?:couldn{A}?t|"
         rf"could\s+not|can{A}?t|cant)\s+(?:stay|hold\s+on|stick\s+around|be\s+stronger)\W*$|"
         rf"\b(?:left|wrote|writing|leaving)\s+(?:a|my|the)\s+(?:\w+\s+)?(?:note|letters?)\s+(?:for|to)\s+"
         rf"(?:my|everyone)\b[^.!?]{{0,30}}[.!?]*\s*(?:goodbye|bye)\b|\bdeleted\s+(?:all\s+)?my\s+\w+"
         rf"[^.!?]{{0,20}}\bwrote\s+a\s+note\b", person=False, negatable=False,
         after=r"\s+(?:tonight|today|for\s+(?:now|today|tonight))\b[^.!?]{0,12}[,.!]*\s*(?:i\s+(?:still\s+)?"
               r"(?:have|need)\s+to|i\s+gotta|gtg|brb|gotta|my\s+(?:mom|dad)|lol|(?:going|off)\s+to\s+"
               r"(?:bed|sleep))|"
               # "last message ever from this phone", "signing off for good from that game"
               r"\s+(?:from|on|in)\s+(?:this|that|my)\s+(?:old\s+)?(?:phone|account|app|game|server|"
               r"laptop|number)\b"),
    rule("giving_away", "self_harm", "high", 0.88,
         rf"\bgave\s+(?:away\s+)?(?:all\s+)?my\s+(?:stuff|things|belongings|stuff\s+away)\b(?:\s+away)?|"
         rf"\bgave\s+my\s+\w+\s+to\s+[^!?]{{0,80}}\bi\s+(?:won{A}?t|wont|will\s+not)\s+need\s+(?:them|it)\b|"
         rf"\b(?:don{A}?t|dont|can{A}?t|cant)\s+(?:see|find|think\s+of)\s+(?:any|a|one)\s+(?:\w+\s+)?reasons?\s+to\s+"
         rf"(?:stay\s+alive|live|keep\s+living|keep\s+going|be\s+alive)\b|"
         rf"\b(?:don{A}?t|dont|do\s+not)\s+want\s+to\s+be\s+(?:here|alive)\s+anymore\b[^a-z]{{0,5}}(?:like\s+)?"
         rf"(?:here\s+here|at\s+all|on\s+earth|in\s+this\s+world|alive)\b|\b(?:don{A}?t|dont|do\s+not)\s+want\s+"
         rf"to\s+be\s+(?:on\s+this\s+earth|in\s+this\s+world)\b|"
         rf"\b(?:don{A}?t|dont|do\s+not)\s+think\s+(?:i{A}?ll|ill|i\s+will|i{A}?m\s+gonna)\s+make\s+it\s+to\s+"
         rf"(?:my\s+)?(?:birthday|tomorrow|next\s+\w+|christmas|summer|graduation|the\s+weekend)\b|"
         rf"\bhow\s+long\s+(?:does|will)\s+it\s+take\s+(?:for\s+)?(?:people|everyone|them|my\s+\w+)\s+to\s+"
         rf"forget\s+(?:someone|me|a\s+person)\b|\bhope\s+i\s+(?:don{A}?t|dont|never)\s+wake\s+up\b{ON_TIME}|"
         rf"\b(?:happier|better)\s+(?:when|once|after)\s+i{A}?m\s+gone\b|\b(?:it{A}?ll|it\s+will)\s+all\s+be\s+"
         rf"over\s+(?:soon|tonight|tomorrow)\b|\b(?:won{A}?t|wont|will\s+not)\s+have\s+to\s+deal\s+with\s+me\s+"
         rf"(?:much\s+longer|for\s+(?:much\s+)?long|soon)\b", person=False, negatable=False),
    rule("plan_means", "self_harm", "high", 0.9,
         rf"\b(?:know|found|got|have)\s+(?:where|the\s+(?:key|code|combination))\b[^.!?]{{0,40}}\b(?:gun|rifle|"
         rf"pistol|pills|meds|medicine\s+cabinet|sleeping\s+pills)\b|\b(?:found|got|have)\s+the\s+(?:key|code)\s+"
         rf"to\s+(?:my\s+)?(?:\w+{A}?s?\s+)?(?:medicine\s+cabinet|gun\s+safe|safe)\b|"
         rf"\b(?:figured\s+out|wrote\s+down|know\s+exactly|decided|planned\s+out)\s+(?:exactly\s+)?how\s+"
         rf"(?:i{A}?m|im|i\s+am)\s+(?:going\s+to|gonna)\s+do\s+it\b|\b(?:bought|got|stole|took)\s+(?:a\s+bunch|a\s+lot|"
         rf"loads|enough|a\s+whole\s+bottle)\s+of\s+(?:painkillers|pills|sleeping\s+pills|tylenol|meds)\b|"
         rf"\bknow\s+how\s+(?:much|many)\s+(?:it\s+would|would\s+it)\s+take\b|"
         rf"\b(?:sleeping\s+pills|pills|meds|gun)\s+(?:are|is)\s+in\s+(?:her|his|their|my)\s+\w+\s+and\s+"
         rf"(?:she|he|they){A}?(?:s|re)?\s+(?:is\s+|are\s+)?(?:out|gone|away)\b|"
         rf"\b(?:looking\s+at|staring\s+at|thinking\s+about)\s+the\s+(?:roof|bridge|tracks|edge|ledge)\b"
         rf"[^.!?]{{0,40}}\bthinking\s+about\s+it\b|\bdrive\s+(?:my\s+)?(?:\w+{A}s\s+)?car\s+into\s+a\s+"
         rf"(?:tree|wall|truck|pole)\b|\b(?:i{A}?m|im|i\s+am)\s+going\s+to\s+end\s+it\b(?!\s+with)|"
         rf"\bgoing\s+to\s+end\s+it\s+(?:this|tonight|tomorrow|on|after|before|soon)\b|"
         rf"\b(?:stockpil|hoard|sav|stash)(?:e|ed|ing)\s+(?:up\s+)?(?:the|my|all\s+my)\s+(?:\w+\s+)?"
         rf"(?:meds|pills|medication|tablets|antidepressants|painkillers|sleeping\s+pills)\b|"
         rf"\bi\s+(?:have|got|bought|found)\s+(?:a|the)\s+(?:rope(?![^.!?]{{0,40}}\b(?:swing|tire|tyre|"
         rf"tug|jump|climb|boat|camping|hammock|tent|knots?)\b)|noose)\b|\btrain\s+tracks\s+are\s+right\s+(?:behind|next\s+to|by)\s+"
         rf"my\s+house\b|"
         # a day chosen and nothing said of what for ("i picked a date. next friday")
         rf"\bi\s+(?:picked|chose|set|have)\s+(?:a|the|my)\s+(?:date|day)(?:\s+already)?\s*(?:[.!]|$)|"
         rf"\b(?:is|was)\s+the\s+(?:day|date|night)\s+i\s+(?:set|picked|chose)\b(?!\s+(?:for|to)\b)|"
         rf"\bi\s+(?:have|got|already\s+have)\s+(?:a|the)\s+(?:date|day)\s+(?:picked|chosen|set)\b(?!\s+(?:for|to)\b)"
         rf"(?![^\n]{{0,60}}\b(?:party|birthday|bday|trip|wedding|sleepover|concert|game|dinner)\b)|"
         # an amount known, things put in order
         rf"\bknow\s+(?:what|how\s+much|how\s+many)\s+(?:would\s+be|is|will\s+be)\s+enough\b|"
         rf"\b(?:getting|got|putting|put)\s+(?:my\s+)?(?:things|affairs|stuff|everything)\s+in\s+order\b"
         rf"(?!\s+(?:before|for)\s+(?:the|my|our|a)\s+(?:move|trip|vacation|college|exams?|semester|year|"
         rf"flight|wedding|baby|surgery))",
         person=False),
    # (an accident in the kitchen: "burned myself on the oven tray again making cookies"; a
    # blade or pills held for a use: "got the blade out again to trim the grip tape", "i have
    # the pills in my hand rn, do i take my allergy meds with food")
    rule("harm_now", "self_harm", "high", 0.9,
         rf"\b(?:hit|hitting|punch(?:ed|ing)?|slap(?:ped|ping)?|scratch(?:ed|ing)?|bit|burn(?:ed|t))\s+"
         rf"(?:myself|the\s+wall|my\s+(?:wrists?|arms?|legs?|thighs?|skin))\b(?!{_KITCHEN})[^.!?]{{0,40}}\b"
         rf"(?:until|till|again|on\s+purpose)\b|\b(?:have|holding|got)\s+(?:a|the|my|all\s+(?:the|my))\s+(?:blade|razor|pills|"
         rf"meds|knife)\s+(?:in\s+my\s+hands?|"
         rf"right\s+here|ready|with\s+me|out)\b(?!{_FOR_A_USE})|\b(?:sitting|locked|hiding)\s+in\s+(?:the|my)\s+(?:bathroom|"
         rf"room)\s+with\s+(?:a|the|my)\s+(?:razor|blade|knife|pills)\b(?![^.!?]{{0,60}}\bshav\w*)|\b(?:want|wanna|need|urge)\s+to\s+cut\s+"
         rf"(?:too|again|so\s+bad|tonight|rn|right\s+now)\b|\bcutting\s+(?:is|was)\s+(?:the\s+only|all)\b|"
         rf"\bmade\s+myself\s+(?:throw\s+up|puke|bleed)\s+again\b|\bi\s+cut\s+(?:again|tonight|last\s+night|"
         rf"today)\b|\b(?:going\s+to|gonna|i{A}?ll|want\s+to)\s+cut\s+(?:again|tonight|too|rn)\b|"
         rf"(?:^|[.!?]\s*|\bi\s+)cut\s+my\s+(?:wrists?|arms?|thighs?|legs?|skin|stomach|hips?)\b"
         rf"(?!\s+(?:on|shaving|by|while|when|open\s+on|playing|at))|"
         rf"\b(?:take|taking|swallow\w*)\s+(?:everything|all(?:\s+the\s+\w+)?)\s+in\s+(?:the|my|our)\s+"
         rf"(?:\w+\s+)?(?:medicine\s+)?cabinet\b"),
    # vaguer despair: the check tier
    rule("no_point", "self_harm", "check", 0.7,
         rf"\b(?:don{A}t|dont|do\s+not|can{A}t|cant|cannot|hard\s+to|impossible\s+to|struggle\s+to)\s+"
         rf"see\s+(?:the|a|any)\s+point(?:\s+(?:in|of)\s+\w+)?|"
         rf"\bwhat(?:{A}?s|\s+is)\s+(?:even\s+)?the\s+point\s+(?:of\s+(?:anything|living|life|me|trying|going\s+on|being\s+alive|it\s+all|"
         rf"even\s+trying|waking\s+up)|in\s+(?:anything|living|trying)|anymore)\b|\bno\s+point\s+(?:in\s+)?"
         rf"(?:living|anything|going\s+on|trying\s+anymore|being\s+alive)\b", negatable=False),
    # "lowkey done with everything. like permanently": done, and for good
    rule("done_for_good", "self_harm", "high", 0.85,
         r"\bdone\s+with\s+(?:life|everything|living|it\s+all|being\s+alive)\b[\s.!,]{0,4}"
         r"(?:like\s+|and\s+i\s+mean\s+)?(?:permanently|for\s+good|forever)\b"),
    rule("give_up", "self_harm", "check", 0.7,
         r"\b(?:give|gave|giving)\s+up\s+on\s+(?:life|everything|myself|living|being\s+alive)\b|"
         r"\bdone\s+with\s+(?:life|everything|living|it\s+all|being\s+alive)\b"),
    rule("cant_go_on", "self_harm", "check", 0.7,
         rf"\b(?:can{A}t|cant|cannot|can\s+not)\s+(?:do\s+this|go\s+on|keep\s+going|take\s+(?:it|this|any\s+more)|"
         rf"handle\s+(?:it|this|life)|live\s+like\s+this|keep\s+doing\s+this)\s+(?:anymore|any\s+longer|much\s+longer)\b|"
         rf"\btired\s+of\s+(?:living|being\s+alive|life|existing|everything|being\s+me|trying)\b",
         negatable=False),
    rule("make_it_stop", "self_harm", "check", 0.65,
         r"\bwant\s+(?:it|everything|the\s+pain|this|all\s+of\s+(?:this|it)|it\s+all)\s+to\s+(?:stop|end|be\s+over)\b|"
         r"\b(?:want|wanna)\s+to\s+(?:disappear|vanish|go\s+to\s+sleep\s+forever)\b|"
         r"\b(?:sleep|fall\s+asleep)\s+(?:forever|and\s+never\s+wake\s+up)\b|\bnever\s+wake\s+up\b"
         + ON_TIME),
    rule("worthless", "self_harm", "check", 0.55,
         rf"\b(?:{IM}|i\s+feel|feel|feeling)\s+(?:so\s+|such\s+|just\s+|completely\s+|totally\s+)?(?:worthless|useless|"
         rf"hopeless|(?:like\s+)?(?:such\s+)?a\s+(?:huge\s+|total\s+)?burden|a\s+waste\s+of\s+(?:space|oxygen|air)|empty\s+inside|numb|trapped|like\s+a\s+burden)\b|"
         rf"\bi\s+(?:hate|despise)\s+(?:myself|my\s+life|being\s+alive|who\s+i\s+am)\b|"
         rf"\b(?:no\s*one|nobody|noone)\s+(?:cares|loves\s+me|would\s+miss\s+me|would\s+care|would\s+notice)\b"),
    rule("friend_at_risk", "self_harm", "check", 0.75,
         r"\b(?:kill|hurt|cut|harm|unalive|off)(?:s|ing)?\s+(?:him|her|them)sel(?:f|ves)\b|"
         r"\b(?:friend|bestie|bff|sister|brother|cousin|girlfriend|boyfriend|gf|bf|classmate|he|she|they)\s+"
         r"(?:is|was|seems|seemed|said\s+(?:she|he|they)\s+(?:is|was|were|are|feels))\s+suicidal\b",
         negatable=False, person=False, after=r"\s+(?:laughing|in\s+the\s+foot)"),
)
