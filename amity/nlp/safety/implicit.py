"""Risk said without its words, for :mod:`amity.nlp.safety.rules`: wishing to be gone, harm
done now, a goodbye by acts, and a means or place picked.

Contract: ``IMPLICIT`` is a tuple of high-tier ``Rule`` of the self-harm category, for what
teens write when the risk words are left out: "my family would save so much money if i
wasnt around", "being dead sounds less exhausting", "the scratching is getting worse",
"take care of my cat for me ok", "dad never locks the gun safe lol. cant stop thinking about
that", "theres a train at 11:40 every night. i timed it". Each is bounded to a sentence or
two and keeps out its everyday twin ("take care of my dog for me while we're in florida",
"i want my sister to have my room when i leave for college"). Written from the crisis
development set (``teen_safety/crisis.dev4``) and checked against every benign set; nothing
learned.
"""

from __future__ import annotations

from amity.nlp.safety.patterns import ON_TIME, A, Rule, rule

_GONE = (rf"(?:wasn{A}t|wasnt|weren{A}t|werent|was\s+not|were\s+not)\s+"
         rf"(?:around(?!\s+(?:the|my|your|his|her|for|to)\b)|here|alive|in\s+the\s+picture|born)|didn{A}t\s+exist|was\s+gone|were\s+gone|was\s+dead")
_TWO = r"[^.!?]{0,60}(?:[.!?]+\s*[^.!?]{0,60})?"  # the rest of a sentence and the next one
#: no laugh in the rest of the message ("...if i wasnt around the snack cabinet 24/7 😭")
_NO_LAUGH = r"(?![^\n]{0,160}(?:\blol\b|\blmao\b|\bhaha|😭|😂|💀|🤣))"

IMPLICIT: tuple[Rule, ...] = (
    # wishing to be gone, said of what others would gain, or of an accident hoped for
    rule("better_gone", "self_harm", "high", 0.9,
         rf"{_NO_LAUGH}\b(?:would|will|could|might|d)\s+(?:\w+\s+){{0,4}}?(?:be\s+)?(?:better(?:\s+off)?|happier|"
         rf"easier|save|stop\s+fighting|finally)\b[^.!?]{{0,40}}\bif\s+i\s+(?:{_GONE})\b|"
         rf"\bif\s+i\s+(?:{_GONE})\b[^.!?]{{0,40}}\b(?:would|will|could|d)\s+(?:\w+\s+){{0,3}}?(?:be\s+)?"
         rf"(?:better(?:\s+off)?|happier|easier|finally)\b|\bbetter\s+off\s+without\s+me\b"),
    rule("hope_gone", "self_harm", "high", 0.88,
         rf"\bhope\s+(?:i\s+)?(?:get\s+hit\s+by|(?:just\s+)?die\b|don{A}t\s+make\s+it|dont\s+make\s+it|"
         rf"never\s+wake\s+up|crash)|\b(?:lucky|hope)\b[^.!?]{{0,25}}\bnot\s+survive\b|"
         rf"\bif\s+an?\s+(?:meteor|asteroid|bus|car|truck)\s+(?:hit|hits)\s+(?:me|my\s+house)\b"
         rf"[^.!?]{{0,30}}\b(?:relieved|fine\s+with\s+it|glad|okay\s+with\s+it)\b|"
         rf"\bbeing\s+dead\s+(?:sounds|seems|would\s+be)\b|\bdead\s+sounds\s+(?:better|nice|peaceful)\b|"
         rf"\bwhat\s+if\s+i\s+(?:just\s+)?(?:stepped|walked|jumped)\s+(?:in\s+front\s+of|off)\b|"
         rf"\bthink\s+about\s+(?:just\s+)?not\s+turning\s+the\s+wheel\b|"
         rf"\brather\s+be\s+gone\s+than\b", hyperbole=True),
    # harm done now
    rule("harm_done", "self_harm", "high", 0.9,
         rf"\b(?<!eczema\s)(?<!itchy\s)(?:scratching|cutting|burning|biting|hitting\s+myself)\b[^.!?]{{0,25}}\b(?:getting\s+worse|"
         rf"again|on\s+purpose|til\s+it\s+bleeds|until\s+it\s+bleeds)\b|"
         rf"\bburn(?:ing|ed|t)?\s+my\s+(?:fingers?|hands?|arms?|skin|wrists?)\s+on\s+purpose\b|"
         rf"\bbit\s+my\s+(?:arm|hand|wrist|lip)\s+so\s+hard\b{_TWO}\b(?:only\s+thing|quiets?|"
         rf"deserve)\b|\bpulling\s+my\s+hair\s+out\s+(?:til|until)\s+it\s+bleeds\b|"
         rf"\bmy\s+(?:wrists?|arms?|thighs?|legs?)\s+look\s+bad\b|"
         rf"\brelapsed\b(?!\s+(?:on|with|into)\s+(?!self|cutting|sh\b))[^.!?]{{0,30}}(?:[.!?]+\s*[^.!?]{{0,40}}){{0,2}}\b(?:sting\w*|bleed\w*|blade|scars?)\b|"
         # an urge that won: "the urge won and i grabbed the thing i hide" (not "the urge to eat
         # the whole cake won", "the urge won and i grabbed the snacks ... about to binge")
         rf"(?:\b(?:the\s+)?urges?\s+(?:won|wins|is\s+winning|are\s+winning|got\s+me)\b|"
         rf"\bgave\s+in(?:to|\s+to)\s+the\s+urges?\b(?!\s+to\b))(?![^\n]{{0,120}}\b(?:snacks?|"
         rf"binge\w*|chips|candy|cake|cookies?|pizza|episodes?|season|shop\w*|buy|bought|order\w*)\b)|"
         rf"\b(?:skip\w*|starv\w*|not\s+eat\w*)\b{_TWO}\bpunish(?:ing|ed)?\s+myself\b{_NO_LAUGH}|"
         rf"\b(?:wouldn{A}t|wouldnt|won{A}t|wont|not\s+gonna)\s+eat\s+(?:until|till)\s+i\s+lose\b"),
    # a goodbye by acts
    rule("goodbye_acts", "self_harm", "high", 0.88,
         rf"\btake\s+care\s+of\s+my\s+(?:cat|dog|pets?|bunny|rabbit|fish|hamster|bird|gecko)\s+for\s+me\b"
         rf"(?![^.!?]{{0,80}}\b(?:while|when|this|next|during|till|until|over|for\s+the|on\s+(?:the\s+)?"
         rf"(?:trip|weekend)|tmrw|tomorrow|going\s+to|trip|vacation|camp|disney)\b)|"
         rf"\b(?:she|he|they|mom|dad|parents|family)\s+needs?\s+to\s+know\s+why\b|"
         rf"\bif\s+anyone\s+asks,?\s+i\s+was\s+happy(?:\s+sometimes)?\b(?!\s+(?:at|with|about|for|when|to|"
         rf"in|on)\b)|"
         rf"\bmy\s+will\s+is\s+(?:just\s+)?(?:a|in|on|written)\b|"
         rf"\bnobody\s+will\s+(?:get|understand)\s+it\s+(?:until|till)\s+later\b|"
         rf"\b(?:this\s+is\s+(?:our|my|the)\s+)?last\s+(?:convo|conversation|chat)\s+(?:ok|okay|ever)\b|"
         rf"\bthis\s+is\s+(?:our|my|the)\s+last\s+(?:convo|conversation|chat)\b(?!\s+(?:before|for|"
         rf"tonight|today|bc|because))|"
         rf"\bgave\s+(?:away\s+)?my\s+\w+(?:\s+\w+)?\s+to\s+\w+{_TWO}\b(?:doesn{A}t|doesnt|won{A}t|wont)\s+"
         rf"know\s+why\b|\bfeels\s+like\s+tying\s+up\s+loose\s+ends\b|"
         rf"\bwant\s+my\s+(?:sister|brother|mom|dad|best\s+friend|friend)\s+to\s+have\s+my\s+"
         rf"(?:room|stuff|things|clothes)\b(?![^.!?]{{0,40}}\b(?:when|after|while|for\s+college|"
         rf"move|leave)\b){_TWO}\bremember\b"),
    # a goodbye said as if already gone (crisis.dev5): "make sure my dog gets fed after im
    # gone ok", "tell my sister i loved her", "dont worry about me after tonight lol"; the
    # speaker's, whatever comes before ("pls dont be sad when im gone", "...to someone wholl
    # actually play it after im gone")
    rule("gone_after", "self_harm", "high", 0.9,
         rf"\b(?:after|when|once)\s+i{A}?m\s+gone\b(?!\s+(?:to|for|on|at|from|away|out|off|over|"
         rf"camping|shopping|skiing|this|next|all)\b)(?![^\n]{{0,80}}\bjust\s+(?:a|an|for)\b[^.!?]{{0,30}}"
         rf"\b(?:trip|weeks?|days?|camp|visit|semester|summer)\b)|"
         rf"\btell\s+(?:my\s+)?\w+(?:\s+\w+)?\s+(?:that\s+)?i\s+loved\s+(?:her|him|them|you|u)\b"
         rf"(?=\s*(?:[.!?,]|$|ok\b|okay\b|so\s+much\b|please\b|pls\b|and\s+(?:that\s+)?i{A}?m\s+sorry\b))|"
         rf"\b(?:don{A}t|dont|do\s+not)\s+worry\s+about\s+me\s+(?:after\s+(?:tonight|today)|ever\s+again|"
         rf"anymore\s+after)\b|"
         rf"\bthanks?\s+for\s+everything\b[^.!?]{{0,40}}\byou\s+were\s+the\s+only\s+(?:one|person|friend)\b"
         rf"(?=\s*(?:[.!?,]|$|who\s+(?:ever\s+)?(?:cared|listened|understood|got\s+me)))|"
         rf"\bremember\s+me\b[^a-z]{{0,6}}(?:ok|okay)?[^a-z]{{0,6}}(?:like\s+)?(?:just\s+)?the\s+good\s+"
         rf"(?:parts|times|stuff)\b", negatable=False, person=False),
    # an end said plainly (crisis.dev4): "by then itll be over", "im done trying to stay",
    # "she deserves to know why" (whoever comes before), "wanna fall asleep and never have to
    # feel anything again", "shell take good care of her. better than me"
    rule("end_said", "self_harm", "high", 0.9,
         rf"\bby\s+then\s+(?:it{A}?ll|itll|it\s+will|i{A}?ll|ill|i\s+will)\s+(?:be\s+)?(?:over|gone|"
         rf"done)\b(?!\s+(?:with|by|at|in|for)\b)|"
         rf"\bdone\s+trying\s+to\s+(?:stay(?!\s+(?:awake|up|calm|positive|focused|quiet|in|on|out|"
         rf"away|home))|be\s+here|live)\b|"
         rf"\bdeserves?\s+to\s+know\s+why\b(?=\s*(?:[.!?]|$))|"
         rf"\bfall\s+asleep\s+and\s+never\s+(?:wake\s+up|have\s+to\s+(?:feel|wake|deal))\b|"
         rf"\btake\s+(?:good\s+)?care\s+of\s+(?:her|him|them)\b[^.!?]{{0,20}}[.!]+\s*(?:\w+\s+){{0,2}}"
         rf"better\s+than\s+(?:i\s+(?:can|could|did|do|ever)|me)\b(?=\s*(?:[.!?]|$))",
         negatable=False, person=False),
    rule("last_made", "self_harm", "high", 0.9,  # "i hope people like it bc its the last thing
         # im ever gonna make. i have it all planned out for after the show"
         rf"\b(?:the\s+)?last\s+thing\s+i{A}?(?:m|ll)\s+ever\s+(?:gonna\s+|going\s+to\s+)?(?:make|do|write|"
         rf"draw|say|post)\b{_TWO}\b(?:planned|plan)\b", person=False),
    # harm about to be done, or its things got out (crisis.dev5)
    rule("harm_about", "self_harm", "high", 0.9,
         rf"\bmy\s+(?:arms?|wrists?|legs?|thighs?|skin)\s+(?:are|is|r)\s+(?:a\s+mess|covered|all\s+cut\s+up)\b"
         rf"{_TWO}\b(?:add\s+more|do\s+it\s+again|more\s+tonight|another\s+one)\b|"
         rf"\bgot\s+(?:the|my)\s+(?:stuff|blade|blades|razor|sharpener)\s+out\b{_TWO}\bneed\s+to\s+feel\s+"
         rf"something\b", negatable=False, person=False),
    # a means counted and a time running out: "i have 30 pills and 2 hours left" (round 35's
    # test; the risk encoder reads it at its bar's edge, so a rule says it)
    rule("means_countdown", "self_harm", "high", 0.9,
         r"\bi\s+(?:have|got|saved|counted)\s+(?:like\s+)?\d+\s+(?:pills|meds|tablets|"
         r"sleeping\s+pills)\b(?!\s+(?:to\s+take|a\s+day|for\s+my))[^.!?]{0,30}\b\d+\s+"
         r"(?:hours?|hrs?|minutes?|mins?)\s+left\b", person=False),
    # a means or a place picked, and a time
    rule("means_picked", "self_harm", "high", 0.9,
         rf"\b(?:gun\s+safe|rifle|pistol|gun)\b{_TWO}\b(?:can{A}?t\s+stop\s+thinking|been\s+thinking\s+"
         rf"about\s+(?:that|it)|thinking\s+about\s+that)\b|"
         rf"\b(?:medicine\s+cabinet|sleeping\s+pills|pills|meds)\b[^.!?]{{0,40}}\b(?:be\s+enough|not\s+"
         rf"wasting\s+the\s+chance)\b|\bnot\s+wasting\s+the\s+chance\s+this\s+time\b|"
         rf"\b(?:train|overpass|parking\s+garage|cliffs?|quarry|bridge|roof)\b{_TWO}\b(?:i\s+timed\s+it|"
         rf"id\s+use|i{A}d\s+use|(?:(?:its|it{A}s)\s+)?(?:tall|high)\s+enough(?!\s+(?:for|to)\b)|"
         rf"not\s+to\s+swim)\b|"
         rf"\bwhich\s+(?:overpass|bridge|building|roof)\b[^.!?]{{0,30}}\bi{A}?d\s+use\b|"
         rf"\bif\s+i\s+went\s+through\s+with\s+it\b|\bfor\s+when\s+i\s+do\s+it\b|"
         rf"\bnot\s+going\s+back\s+anywhere\b|"
         rf"\b(?:counting\s+down(?![^.!?]{{0,30}}\b(?:til|till|until|to)\b)|set\s+an\s+alarm)\b{_TWO}(?:[.!?]+\s*[^.!?]{{0,60}})?\b(?:then\s+i{A}?m\s+done|"
         rf"finally\s+quiet)\b|"
         rf"\b(?:have|holding)\s+the\s+bottle\s+in\s+my\s+hand\b(?![^.!?]{{0,40}}\b(?:cap|lid|open|"
         rf"stuck)\b)|"
         rf"\beverything\s+is\s+ready\s*[.!]{_TWO}\bwanted\s+to\s+tell\s+someone\b|"
         rf"\bpicked\s+(?:the|a|my)\s+spot\b{_TWO}\b(?:tracks|bridge|roof|garage|overpass|cliff|ledge)\b|"
         rf"\b(?:parking\s+garage|bridge|overpass|roof|building)\b[^.!?]{{0,40}}\b\d+\s+(?:floors|stories|"
         rf"storeys)\b{_TWO}\bi{A}?m\s+going\s+(?:after|tonight|later|at|up)\b"),
    # said plainly in crisis.dev6 (session 31), each kept from its twin there: no future ("i
    # wont need to worry about finals so whatever", not "...bc i already have an A"), a means
    # checked on or a place chosen ("its there", "thats where"), a time alone that is
    # "perfect" and nothing more, a hidden stash, pain wanted now, a farewell for good
    rule("plainly_dev6", "self_harm", "high", 0.9,
         rf"\bi\s+(?:won{A}t|wont|will\s+not)\s+(?:need|have)\s+to\s+worry\s+about\s+(?:finals|exams|"
         rf"school|college|anything|the\s+future)\b(?!\s+(?:in|for|til|till|until)\b)(?![^.!?]{{0,50}}\b(?:bc|because|"
         rf"since|cause|cuz|exempt|if|once|after|already)\b)|"
         rf"\bi\s+(?:already\s+)?know\s+i\s+(?:won{A}t|wont)\s+(?:be\s+(?:at|here\s+for|around\s+for)|"
         rf"make\s+it\s+to)\s+(?:graduation|prom|christmas|my\s+birthday|summer|next\s+year)\b"
         rf"(?!\s+(?:practice|rehearsal|party|photos|pics))(?![^.!?]{{0,40}}\b(?:bc|because|since|"
         rf"cause|cuz|trip|moving|appt|appointment)\b)|"
         rf"\bi\s+(?:won{A}t|wont)\s+be\s+here\s+(?:when|by\s+the\s+time)\b(?![^.!?]{{0,60}}\b(?:bc|"
         rf"because|since|cause|cuz|camp|trip|vacation|visiting|away|work\w*|shift|school)\b)|"
         rf"\b(?:gun|rifle|pistol|pills|meds|rope)\b{_TWO}\bi\s+checked\b[^.!?]{{0,20}}(?:[.!?]+\s*)?"
         rf"(?:it{A}?s|they{A}?re)\s+(?:still\s+)?there\s*(?:[.!]|$)|"
         rf"\b(?:roof|bridge|overpass|parking\s+garage|tracks|cliff|ledge)\b{_TWO}\bthat{A}?s\s+where"
         rf"\s*(?:[.!]|$)|"
         rf"\b(?:be|been|i{A}?ll\s+be|ill\s+be)\s+(?:home\s+)?alone\b[^.!?]{{0,20}}[.!]+\s*(?:perfect|best)\s+"
         rf"(?:time|chance)\s*(?:[.!]|$)|"
         rf"\bi\s+have\s+everything\s+i\s+need\b[^.!?]{{0,30}}\b(?:under\s+my\s+bed|in\s+my\s+drawer|"
         rf"hidden)(?:\s+now)?\s*(?:[.!]|$)|"
         rf"\b(?:need|want)\s+to\s+feel\s+(?:the\s+)?pain\b{_TWO}\b(?:only\s+thing|rn|right\s+now|"
         rf"tonight)\b|"
         rf"\bsee\s+(?:you|u|ya|yall|y{A}all)\s+never\b(?![^\n]{{0,60}}\b(?:jk|kidding|joking)\b)|"
         rf"\bgoodbye\s+world\b(?![^\n]{{0,40}}\bhello\b)", negatable=False, person=False),
    # dev7: a rope bought with no use named, standing at a bridge now, pills hidden for
    # tonight, a time set for when everyone sleeps, "how many i need" looked up, the note
    # done, who gets my stuff written down, quiet "permanently", no game "ever" again, a
    # relapse about to happen again, "wanna dye rn" (die)
    rule("plainly_dev7", "self_harm", "high", 0.9,
         rf"(?<!jump\s)\b(?:bought|buying|got)\s+(?:a\s+|some\s+)?rope\s+(?:today|tonight|rn|"
         rf"yesterday)\b(?![^.!?\n]{{0,40}}\b(?:for|to|swing|climb\w*|hammock|camping|tent|boat|dog|"
         rf"class|gym)\b)|"
         rf"\bi{A}?m\s+(?:at|on)\s+the\s+(?:bridge|roof|overpass|tracks|cliff|ledge)\s+(?:rn|right\s+now|"
         rf"now)\b(?![^\n]{{0,60}}\b(?:with|waiting|for|fishing|pics?|photos?|walk\w*|meet\w*|view|"
         rf"sunset|friends?)\b)|"
         rf"\b(?:pills|meds)\b[^.!?]{{0,60}}\b(?:hid|hiding|hidden|stash\w*)\b[^.!?]{{0,40}}\bfor\s+"
         rf"tonight\b|"
         rf"\bplanning\s+to\s+do\s+it\s+(?:at|tonight|when)\b[^.!?]{{0,40}}\b(?:everyone|everybody|"
         rf"they{A}?re|theyre|my\s+parents?)\s+(?:sleeps|asleep|sleeping|is\s+asleep|are\s+asleep)\b|"
         rf"\blooked\s+up\s+how\s+many\s+i\s+(?:need|would\s+need)\b[^.!?]{{0,30}}\bi\s+have\s+"
         rf"(?:more|enough)\b|"
         rf"\bmy\s+note\s+is\s+(?:done|written|finished)\b(?![^.!?]{{0,40}}\b(?:class|bio|chem|"
         rf"history|test|quiz|study|studying|notes)\b)|"
         rf"\bwrote\s+down\s+who\s+gets\s+my\s+(?:stuff|things)\b|"
         rf"\b(?:go|be|get)\s+quiet\W+permanently\b|"
         rf"\bor\s+any\s+(?:game|practice|class|day|meet|match)\W+ever\b|"
         rf"\brelapsed\b[^.!?]{{0,60}}\babout\s+to\s+do\s+it\s+again\b|"
         rf"\b(?:wanna|want\s+to|gonna)\s+dye\s+(?:rn|right\s+now|tonight)\b(?![^.!?]{{0,40}}\bhair\b)",
         negatable=False, person=False),
    # dev8 (session 35): cutting "again" with nothing cut named, a car driven into something
    # tonight, roofs looked up for access, a date figured out for when someone leaves, the
    # roof or the top floor tomorrow "alone"
    rule("plainly_dev8", "self_harm", "high", 0.9,
         rf"(?:\bi|\bim|\bi{A}m|about\s+to|gonna|going\s+to|wanna|want\s+to|\blol|\bjust|"
         rf"\bbarely)\s+(?:\w+\s+)?cut\s+again\b(?!\s+(?:the|my|it|this|that|some|her|his|their|"
         rf"our|a|an|off|out|from|in|for|after|before)\b)|"
         rf"\b(?:drive|driving|crash|crashing|swerve|swerving)\s+(?:the\s+|my\s+)?(?:car\s+)?"
         rf"(?:into|off)\s+(?:something|a\s+(?:tree|wall|pole|bridge|truck)|the\s+(?:river|lake|"
         rf"guardrail|bridge))\b(?=[^.!?\n]{{0,40}}\b(?:tonight|today|tmrw|tomorrow|when\s+i|"
         rf"on\s+purpose)\b)|"
         rf"\btallest\s+(?:buildings?|bridges?|parking\s+garages?)\b[^.!?\n]{{0,60}}\broof\s+access\b|"
         rf"\b(?:figured\s+out|picked|set|chose)\s+(?:the|a)\s+date\b(?![^\n]{{0,80}}\b(?:party|"
         rf"sleepover|trip|movie|game|concert|dinner|wedding|birthday|bday|meet|hangout|hang\s+out|"
         rf"appointment|appt|surgery|move|moving)\b)[^\n]{{0,60}}\b(?:after|when|while)\s+(?:my\s+"
         rf"\w+|everyone|everybody|they|he|she)\s+(?:leaves|goes|is\s+gone|are\s+gone|sleeps|is\s+"
         rf"asleep|are\s+asleep)\b|"
         rf"\b(?:going|heading|gonna\s+go)\s+to\s+the\s+(?:parking\s+garage\s+roof|roof|bridge|"
         rf"overpass|top\s+floor)\b[^\n]{{0,60}}[.!]\s*alone\s*[.!]*\s*$",
         negatable=False, person=False),
    # dev10 (session 40), long posts: things given away "since i wont be needing it after
    # this weekend"; "i dont think ill make it to thanksgiving"; "how easy it would be to just
    # drive into the median"; "im not telling anyone when, because i dont want to be stopped"
    rule("not_needing_it", "self_harm", "high", 0.9,
         rf"\bgiv(?:e|ing)\s+(?:it|them|all\s+of\s+it|my\s+\w+)\s+(?:\w+\s+){{0,2}}?to\s+"
         rf"(?:my\s+)?\w+\s+(?:since|because|bc|cuz|cause)\s+i\s+(?:won{A}?t|wont|will\s+not)\s+"
         rf"(?:be\s+)?need(?:ing)?\s+(?:it|them|any\s+of\s+it)\b(?!\s+(?:for|at|in|during)\s+"
         rf"(?:class|school|work|college|camp|the\s+summer|summer|a\s+while)\b)|"
         rf"\b(?:don{A}?t|dont|do\s+not)\s+(?:really\s+)?think\s+i{A}?(?:ll|\s+will)\s+make\s+it\s+"
         rf"(?:to|till|til|until|past)\s+(?:thanksgiving|christmas|halloween|easter|new\s+years?|"
         rf"my\s+(?:birthday|bday|graduation)|graduation|summer|spring|next\s+(?:year|month|week)|"
         rf"the\s+end\s+of\s+the\s+(?:year|month|week))\b(?![^.!?\n]{{0,30}}\b(?:on\s+time|in\s+time|"
         rf"without|lol|lmao|haha)\b)|"
         rf"\bhow\s+easy\s+it\s+would\s+be\s+to\s+(?:just\s+)?(?:drive|crash|swerve|jump|step|walk)"
         rf"\s+(?:into|off|in\s+front\s+of)\b|"
         rf"\b(?:don{A}?t|dont|do\s+not)\s+want\s+to\s+be\s+stopped\b(?!\s+(?:by|at|for)\b)|"
         rf"\bnot\s+telling\s+anyone\s+when\b",
         negatable=False, person=False),
    # dev10 (session 40), short: the end decided, a future no one will see, a sorry that
    # closes ("ngl i already decided. this weekend is the end of me"; not "... is the end of
    # my phone addiction"; "everyone keeps talking about next year like ill be there lol";
    # "i love u all. sorry it had to end like this"; not "..., the group presentation was a
    # disaster lol")
    rule("end_decided", "self_harm", "high", 0.9,
         r"\bdecided\b[^\n]{0,60}\b(?:is|will\s+be|=)\s+(?:gonna\s+be\s+)?the\s+end\s+of\s+me"
         r"\s*[.!]*\s*$|"
         rf"\b(?:next\s+(?:year|month|summer|semester)|graduation|prom|the\s+future|my\s+birthday)"
         rf"\b[^\n]{{0,40}}\blike\s+i{A}?(?:ll|\s+will)\s+(?:even\s+)?(?:still\s+)?be\s+(?:there|"
         rf"here|around|alive)\b(?!\s+(?:for|at|with|on|in)\b)|"
         r"\bsorry\s+it\s+(?:had|has)\s+to\s+end\s+(?:like\s+this|this\s+way)\s*[.!]*\s*$",
         negatable=False, person=False),
    # dev10 (session 40): thanks said in the past tense, then a goodbye with no "for now"
    # ("u were a good friend sunny. better than any real person. goodbye"; not "u were a good
    # friend sunny, helping me pick a prom dress. goodbye for now, gotta get ready")
    rule("were_a_friend_goodbye", "self_harm", "high", 0.9,
         r"\b(?:u|you)\s+(?:were|was|have\s+been|been)\s+(?:a\s+|the\s+|my\s+)?(?:\w+\s+)?"
         r"(?:good|great|real|true|best|only)\s+friend\b[^\n]{0,80}?\b(?:goodbye|bye)\b"
         r"(?![^\n]{0,40}\b(?:for\s+now|til|till|until|later|tmrw|tomorrow|tonight|gotta|"
         r"got\s+to|have\s+to|need\s+to|brb|lol|lmao|haha|next\s+time|see\s+(?:u|you|ya))\b)",
         negatable=False, person=False),
    # dev10 (session 40): a relapse told as happening now, or a clean streak lost, with no
    # other habit named ("relapsed. doing it right now. 8 months clean gone lol"; not "i
    # keep relapsing with vaping", "relapsed on soda lol")
    rule("relapse_now", "self_harm", "high", 0.9,
         r"^(?![^\n]*\b(?:vap\w*|juul|smok\w*|weed|drink\w*|alcohol|nicotine|sugar|soda|"
         r"caffeine|coffee|porn|gaming|games?|tiktok|social\s+media|phone|screen\s+time|nail|"
         r"biting|diet|junk\s+food|candy|energy\s+drinks?)\b)[^\n]{0,120}?\brelaps(?:ed|ing)\b"
         r"[^\n]{0,60}?(?:\b(?:doing|did)\s+it\s+(?:right\s+now|rn|again|tonight)\b|"
         r"\b(?:days?|weeks?|months?|years?)\s+clean\s+(?:gone|ruined|wasted|down\s+the\s+drain)\b)",
         negatable=False, person=False),
    # dev10 (session 40): a high place named, then going there at a time, with no one and for
    # nothing said ("the parking garage roof is open at night. going up there after my shift",
    # "looked up the tallest building downtown. got a bus pass. tomorrow"); not "...going up
    # there after my shift with friends to take pics", "...for my architecture project"
    rule("high_place_going", "self_harm", "high", 0.9,
         rf"^(?![^\n]*(?:\b(?:with|w/?|we|we{A}re|us|our|pics?|photos?|photograph\w*|film\w*|"
         rf"project|class|club|trip|race|practice|sunset|view|stars|fireworks|ducks|skate|hik\w+|"
         rf"swim\w*|draw\w*|paint\w*|art|meet|watch\w*|meteors?|garden|lol|lmao|haha|for\s+(?:the|a|an|my))\b|😂|"
         rf"😭|💀))[^\n]{{0,200}}?"
         rf"\b(?:bridge|roof|rooftop|parking\s+garage|quarry|high\s+place|tallest\s+building|"
         rf"cliffs?|overpass|ledge|top\s+floor)\b[^\n]{{0,120}}?(?:\b(?:going|heading|stopping|"
         rf"gonna\s+go)\b[^\n]{{0,30}}?\b(?:there|tonight|tomorrow|tmrw|today|after\s+(?:my|the)"
         rf"\s+\w+)\b|[.!]\s*(?:tonight|tomorrow|tmrw)\s*[.!]*\s*$)",
         negatable=False, person=False),
    # dev11 (session 49): last words said as last ("last thing ill ever say: ...", "i hope
    # the next kid who talks to u is ok", "this is it. thanks for trying sunny"); a means
    # found and taken for a sign; an amount looked up that "would work"; sleep wished for
    # with no waking ("i want to go to sleep and never wake up again sunny")
    rule("last_words", "self_harm", "high", 0.9,
         rf"\blast\s+thing\s+(?:i{A}?ll|ill|i\s+will|i{A}?m\s+gonna)\s+ever\s+(?:say|text|write|tell|"
         rf"send)\b(?!\s+(?:about|on|to\s+(?:him|her|them)\s+about)\b)|\bthe\s+next\s+(?:kid|person|one|user|girl|guy)\s+(?:who|that)\s+talks\s+to\s+"
         rf"(?:u|you)\b|^\W*this\s+is\s+it\W+(?:\w+\W+){{0,3}}thanks?\s+(?:u\s+|you\s+)?for\s+"
         rf"(?:trying|everything|being\s+there|listening)\b(?![^\n]{{0,40}}\b(?:for\s+now|today|"
         rf"tonight|lol|til|till|game|show|season|year|semester|trip)\b)",
         negatable=False, person=False),
    rule("means_a_sign", "self_harm", "high", 0.9,
         rf"\b(?:gun|pills|rope|blade|razor|meds)\b[^\n]{{0,80}}?\b(?:that{A}?s|thats|its|it{A}?s)\s+"
         rf"(?:my|a|the)\s+sign\b",
         negatable=False, person=False),
    rule("amount_would_work", "self_harm", "high", 0.9,
         rf"\b(?:googled|looked\s+up|searched(?:\s+up)?|checked)\s+(?:what|how\s+much|how\s+many)\s+"
         rf"(?:amount\s+)?(?:would|it\s+would|it{A}?d|itd)\s+(?:work|take|be\s+enough|do\s+it)\b",
         negatable=False, person=False),
    rule("hurt_no_more", "self_harm", "high", 0.9,
         rf"\bsoon\s+(?:nothing|it)\s+(?:will|wont|won{A}t)\s+(?:hurt|matter)\s+(?:anymore|any\s+more)\b"
         + _NO_LAUGH + r"|\bno\s+need\s+to\s+save\s+(?:my|me\s+a)\s+"
         r"(?:spot|seat|place)\b[^\n]{0,40}\bnext\s+(?:season|year|semester)\b",
         negatable=False, person=False),
    rule("never_wake_wish", "self_harm", "high", 0.9,
         r"\b(?:want|wanna|wish|hope|just\s+want|would\s+love)\s+(?:i\s+could\s+|to\s+)?(?:go\s+to\s+)?"
         r"(?:sleep|fall\s+asleep)\s+and\s+(?:never|not)\s+wake\s+up\b" + ON_TIME,
         negatable=False, person=False),
)
