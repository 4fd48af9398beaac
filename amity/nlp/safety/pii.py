"""Personal data in a message: emails, phone numbers, street addresses, postcodes, card and
social-security numbers, passwords, social handles and school names.

Contract: ``find(text) -> list[Hit]`` with category "personal_data" and the span of the
datum itself (the digits, the address), so the engine can redact exactly that. Tier "high"
for formats that are rarely anything else (an email, a phone number in a phone format, a
card number that passes Luhn, "my password is ..."); tier "check" for softer ones (a school
name, a social handle, a bare ZIP). Never raises on any ``str``.

It does not know whose data it is (the user's or someone else's), nor any country's rules
beyond common US, UK and international phone and address formats.
"""

from __future__ import annotations

import re

from amity.nlp.safety.rules import Hit

_EMAIL = re.compile(
    r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"  # +44 7700 900123, +1 (555) 123-4567
    r"|\(\d{3}\)\s?\d{3}[\s.-]?\d{4}"  # (555) 123-4567
    r"|\d{3}[.-]\d{3}[.-]\d{4}"  # 555-123-4567
    r"|\d{3}\s\d{3}\s\d{4}"  # 555 123 4567
    r"|0\d{4}\s?\d{6}"  # 07700 900123
    r"|0\d{2,3}[\s-]\d{3,4}[\s-]\d{4}"  # 020 7946 0958
    r")(?![\w-])"
)
_PHONE_CUE = re.compile(
    r"\b(?:my\s+(?:phone|cell|mobile|number|digits|whatsapp)|call\s+me|text\s+me|phone)\b[^\d\n]{0,24}"
    r"(?P<num>\d[\d\s.-]{6,14}\d)",
    re.I,
)
_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|"
    r"close|crescent|circle|cir|parkway|pkwy|highway|hwy|trail|square|sq)"
)
_ADDRESS_TAIL = (
    rf"(?i:{_STREET})\b\.?(?:,?\s+(?i:apt|apartment|unit|#)\s*\w{{1,5}})?"
)
#: a house number and one or two capitalised words before a street type: "42 Maple Street"
_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){{1,2}}{_ADDRESS_TAIL}|"
    rf"\b\d{{1,5}}\s+\d{{1,3}}(?:st|nd|rd|th)\s+{_ADDRESS_TAIL}"
)
#: lower case too, after a cue: "i live at 42 maple street"
_ADDRESS_LOWER = re.compile(
    rf"\b(?:live\s+(?:at|on)|address\s+is|house\s+is\s+(?:at|on)|come\s+(?:over\s+)?to|"
    rf"meet\s+(?:me\s+)?at)\s+(?P<addr>\d{{1,5}}[a-z]?\s+(?:[a-z]+\s+){{1,2}}{_STREET}\b"
    rf"(?:,?\s+(?:apt|apartment|unit|#)\s*\w{{1,5}})?)",
    re.I,
)
_ADDRESS_CUE = re.compile(
    r"\b(?:my\s+(?:home\s+)?address\s+is|(?:i|we)\s+live\s+(?:at|on))\s+(?P<addr>[^\n.!?]{4,60})",
    re.I,
)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")
_ZIP_CUE = re.compile(
    r"\b(?:zip(?:\s*code)?|postcode|postal\s+code)\s*(?:is|:)?\s*(?P<zip>\d{5}(?:-\d{4})?)\b", re.I
)
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_PASSWORD = re.compile(
    r"\b(?:my\s+)?(?:password|passcode|pin|pass\s*word|login)\s+(?:is|=|:)\s*(?P<pw>\S{3,64})", re.I
)
_HANDLE = re.compile(
    r"\bmy\s+(?:snap(?:chat)?|insta(?:gram)?|ig|discord|tiktok|tt|twitter|x|kik|telegram)\s+"
    r"(?:is|=|:|handle\s+is|username\s+is)\s*(?P<handle>@?[\w.]{3,32})",
    re.I,
)
_SCHOOL = re.compile(
    r"\bi\s+(?:go\s+to|attend|am\s+at|'m\s+at|’m\s+at)\s+(?P<school>(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:Middle|High|Elementary|Primary|Secondary|Junior\s+High|Academy|Prep)(?:\s+School)?)\b"
)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _hit(tier: str, score: float, start: int, end: int, rule: str) -> Hit:
    return Hit("personal_data", "high" if tier == "high" else "check", score, start, end, rule)


def find(text: str) -> list[Hit]:
    """Every personal datum found, one hit per span (overlaps resolved, longest first)."""
    hits: list[Hit] = []
    for m in _EMAIL.finditer(text):
        hits.append(_hit("high", 0.97, *m.span(), "email"))
    for m in _SSN.finditer(text):
        hits.append(_hit("high", 0.9, *m.span(), "ssn"))
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits) and len(set(digits)) > 1:
            hits.append(_hit("high", 0.92, *m.span(), "card"))
    for m in _PHONE.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 10:
            hits.append(_hit("high", 0.9, *m.span(), "phone"))
    for m in _PHONE_CUE.finditer(text):
        if 7 <= sum(c.isdigit() for c in m.group("num")) <= 15:
            hits.append(_hit("high", 0.9, *m.span("num"), "phone_cue"))
    for m in _ADDRESS.finditer(text):
        hits.append(_hit("high", 0.85, *m.span(), "address"))
    for m in _ADDRESS_LOWER.finditer(text):
        hits.append(_hit("high", 0.85, *m.span("addr"), "address"))
    for m in _ADDRESS_CUE.finditer(text):
        addr = m.group("addr").rstrip()
        start = m.start("addr")
        hits.append(_hit("check", 0.6, start, start + len(addr), "address_cue"))
    for m in _UK_POSTCODE.finditer(text):
        hits.append(_hit("high", 0.8, *m.span(), "postcode"))
    for m in _ZIP_CUE.finditer(text):
        hits.append(_hit("check", 0.7, *m.span("zip"), "zip"))
    for m in _PASSWORD.finditer(text):
        hits.append(_hit("high", 0.9, *m.span("pw"), "password"))
    for m in _HANDLE.finditer(text):
        hits.append(_hit("check", 0.6, *m.span("handle"), "handle"))
    for m in _SCHOOL.finditer(text):
        hits.append(_hit("check", 0.6, *m.span("school"), "school"))
    return _resolve(hits)


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Keep high-tier hits before check ones, longer before shorter; drop any overlap."""
    order = sorted(hits, key=lambda h: (h.tier != "high", -(h.end - h.start), h.start))
    kept: list[Hit] = []
    for h in order:
        if any(h.start < k.end and k.start < h.end for k in kept):
            continue
        kept.append(h)
    return sorted(kept, key=lambda h: h.start)
