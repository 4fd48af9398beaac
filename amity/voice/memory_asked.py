"""Memory questions: the shapes of a message that asks Sunny about what the user told it
("whats my dogs name", "remember when my recital is", "what did i say my coach was called",
"and its at 3:30 right?", "my dad finished his race btw, what kind of race was it again").

Contract: ``MEMORY`` is one compiled pattern over the squashed, lower-case message
(``reading._squash``); ``reading.act`` calls a message it matches a ``memory_question``.
Split out of ``reading`` (session 43), which re-exports it. Pure data.
"""

from __future__ import annotations

import re

_LEAD = (r"((and|wait|ok|okay|also|so|oh|hey|btw|um|lol|sunny|quick|real quick|ugh|hmm|yo|"
         r"quick test|pop quiz|test|quiz time) )*")
MEMORY = re.compile(
    r"\b(do you|d'?you|do u|u|you|sunny) (still )?remember\b|\bremember (what|when|my|the)\b|"
    r"\bwhat('?s| is| was| were) (my|our)\b|\bwhats (my|our)\b|\bwhat did i (say|tell|have)\b|"
    # "ok whats his name, pop quiz" (someone told of before)
    r"^((and|wait|ok|okay|so|oh) )*(what'?s|what is|what was) (his|her|their) name\b|"
    r"\bwhat do i (play|have)\b|\bwhat do i do (for (work|a living|fun)|again|there|at)\b|"
    r"\bwho('?s| is) my\b|\bwhat('?s| is) the name of my\b|"
    r"\bwhat i told you\b|\bmy \w+('?s)? name\b.*\?|\bcalled again\b|\bname again\b|"
    r"\bhow old am i\b|\bwhere do i (live|go|work|study)\b|\bwhen('?s| is) my\b|"
    r"\bwhat \w+ (do|am) i (play|playing|learn|learning|go|study|studying|like|love|have)\b|"
    # about the user, in the past or with "again": "who did i go with", "which day was i..."
    rf"^{_LEAD}(what|which|who|where|when|how many|how much)\b[^?]*\b(did|was|were|had) (i|we)\b|"
    r"\bdid i (ever |already )?(say|tell|mention)\b|"
    r"(?:^|[.!?]\s+)(what|whats|what's|which|who|where)\b.*\bi (said|told you|mentioned)\b|"
    r"^((and|wait|ok|okay|also|so|oh|hey) )*(what|whats|what's|which|who|whos|who's|whose|where|"
    r"when|whens|when's|why|how many|how much|how old|how long|how big|how tall|how heavy|"
    r"how far|how fast|how high)\b(?! if\b)"
    r"(?!.*\bshould (?:i|we)\b).*\bagain\b|"
    # "what did he steal off the counter that time", "who was in my drawing", "what was the
    # youtuber i learned from called"
    rf"^{_LEAD}(what|which|who|where)\b.*\bthat time\b|"
    rf"^{_LEAD}(who|what) (was|were) (in|on) my\b|"
    # "do u know what my cockatiels name is", "what day of the week do i babysit"
    r"\bdo (?:u|you) (?:know|remember) what my (?:\w+ )?\w+(?:'?s)? name\b|"
    rf"^{_LEAD}(what|which) (day|days|night|time)\b.*\b(do|did|am|was) i\b(?! (?:should|need))|"
    rf"^{_LEAD}(what|whats|what's|which) (is |was )?the (\w+ ){{1,2}}(i|we) (work|go|live|play|"
    r"study|went|worked|played|stayed) (at|to|in|for|on)\b|"
    rf"^{_LEAD}(what|which|who|where|how big|how long|how heavy|how tall|how old) (was|were) "
    r"(the|that|those) (\w+ ){1,3}(that |who )?i "
    r"(\w+ed|got|went|saw|met|made|did|had|took|read|wrote|learnt|bought|ate|drew|picked|caught|"
    r"found|built|grew|won)\b|"
    r"^(and )?(what|which) (\w+ ){1,3}(is|are|does|do|was) (my|i|he|she)\b|"
    r"^who (am|was) i\b|"
    # "which teacher is the strict one", "which one of my friends plays tenors", "and whats
    # the nice ones name"
    rf"^{_LEAD}(which|who|whos|who's) (?!one\b)(\w+ ){{1,2}}(is|was) the (\w+ )?one\b"
    r"(?! (?:i|you|u) )|"
    rf"^{_LEAD}which (one )?of (my|our) \w+\b(?!.*\b(?:should|could|would)\b)|"
    rf"^{_LEAD}(what'?s|what is|what was) the \w+ ones? name\b|"
    # "what was the thing my coach said about how i climb"
    rf"^{_LEAD}(what'?s|what is|what was) the (thing|stuff|joke|line) (my |our )?\w+ "
    r"(said|told me|called me|says)\b|"
    # "remind me what role i got", "which side am i arguing", "who was the counselor i
    # mentioned", "where did we buy him from", "when is opening night i forgot if i told u"
    rf"^{_LEAD}remind me (what|which|who|where|when|how)\b|"
    # someone's someone's name: "and whats anikas moms name? i wanna make her a card"
    r"\bwhat'?s (?!this\b|yours\b|ur\b)[a-z]+'?s (?:[a-z]+'?s )?(?:real |full |last )?name\b|"
    # a question with "again" after a story: "my dad finished his race btw, what kind of race
    # was it again i told u", "the dojang name, i wanna tag it. what was it again"
    r"(?:[,.!?]\s+|\b(?:btw|so|tho|but)\s+)(what|whats|what's|which|who|whos|where|when|"
    r"how many|how much|how old)\b(?! if\b)[^.!?]*\bagain\b(?![^.!?]*\bshould (?:i|we)\b)|"
    # a thing named, asked of the told: "and the arena it was at?", "and the tee time i ended
    # up with?", "and whats the music school called?"
    r"^(and|so|wait|oh|ok) (the|my) (\w+ ){1,3}(it|i|we|she|he|they) (was|were|ended|got|"
    r"picked|chose|went|had|said)\b[^.!]*\?|"
    rf"^{_LEAD}(what'?s|what is|what was) the (\w+ ){{1,3}}called\?|"
    rf"^{_LEAD}(what|which) (?!one\b)(\w+ ){{1,5}}am i (?!supposed|gonna|going)|"
    rf"^{_LEAD}(what|which|who|whos|where|when)\b.*\bi (said|told (you|u)|mentioned)\b|"
    rf"^{_LEAD}(what|which|who|where|when|how many|how much)\b[^?]*"
    r"\bdid we (buy|get|find|meet|adopt|name|call)\b|"
    r"^(?=.*\b(what|which|who|whos|whats|where|when|whens)\b).*\bif i told (you|u)\b|"
    r"\bwhat('?s| is| was)? the name of\b|"
    r"\bwhat('?s| is| was)? (\w+'?s|his|her|their|my \w+'?s?) (last|middle|full|real) name\b|"
    # "what did ms delgado say about my photos", "who came up with our band name, me or
    # jonah?", "i think i told u something else?", "whats the café i work at called"
    rf"^{_LEAD}(quick q |random q )?what did (\w+ ){{1,2}}say (about|to me|when)\b|"
    rf"^{_LEAD}(who|which)\b.*\b(my|our)\b.*\b(me or \w+|\w+ or me)\b|"
    r"\bi (think )?(i )?told (u|you) (something|that|it|already|before)\b|"
    rf"(?:^|[:.!?]\s+){_LEAD}(what'?s|what is|what was) the \w+ (i|we) "
    r"(work|go|went|live|stay|stayed) (at|to|in)(?: \w+)? called\b|"
    # "and how old is my brother", "and how tall was the ramp", "whats the guy at work
    # called", "by how many votes did i win", "and what day is the show", "how did i pay
    # for it again", "and the park was riverside right?"
    rf"^{_LEAD}how old is my\b|^(and|wait|so|oh|quick test|test|pop quiz) how (old|tall|big|"
    r"long|far|much|many|fast|"
    r"high) (is|was|were|are) (the|my|our|his|her|their|\w+)\b|"
    rf"^{_LEAD}(what'?s|what is|what was|whos|who'?s|who is|who was) (the|that) (guy|girl|boy|"
    r"kid|person|teacher|coach|lady|man|woman|dude|place|store|shop|cafe|café|restaurant|park|one)"
    r"(?: \w+){0,3} called\b|"
    rf"^{_LEAD}(by|for|at|in|on|with) (how many|how much|what|which|who|whom|where)\b[^?]*"
    r"\b(did|was|were|had) (i|we)\b|"
    rf"^{_LEAD}(what|which) (day|time|date) (is|was) (the|my|our)\b|"
    rf"^{_LEAD}how (did|do) (i|we)\b[^?]*\bagain\b|"
    r"^(and|wait|also|oh) (the|my|our|it|he|she|his|her)\b[^?]{0,50}\b(was|is|were|are)\b"
    r"(?! (?:so |really |pretty |kinda )?(?:good|bad|fun|cool|nice|great|funny|cute|weird|"
    r"dumb|fine|ok|okay)\b)[^?]{1,40}\bright\s*(?:\?*$|\?+\s+(?:i|my|cause|bc|cuz)\b.*$|"
    r"\?+\s+\w+ (?:what|who|where)\b|,\s*not\b)|"
    # a check of what was told: "wait is his checkup tomorrow or thursday? i told u right",
    # "how much did noodle weigh when i first told u", "or am i mixing her up"
    r"\bi told (?:u|you|ya) (?:right|rite|already)\b|\bwhen i (?:first )?told (?:u|you)\b|"
    r"\bam i mixing (?:\w+ )?up\b|"
    # "and its at 3:30 right?", "and its clearwater lake right, not clear creek?"
    r"^(?:and|wait|also|oh|so) (?:its|it's|it is|it was|that's|thats|he's|hes|she's|shes)\b"
    r"(?![^?]*\b(?:gonna|going to|will|should|supposed)\b)"
    r"(?! (?:so |really |pretty |kinda )?(?:good|bad|fun|cool|nice|great|funny|cute|weird|"
    r"dumb|fine|ok|okay)\b)[^?]{1,40}\bright\s*(?:\?|,|$)|"
    # "and ravi is in what grade?", "and i worked what hours again?"
    r"^(?:and|so|wait|oh) (?:\w+ ){1,2}(?:is|was|are|were|worked|works|got|gets|plays|played) "
    r"(?:in |at |on )?what\b[^?]*\?")
