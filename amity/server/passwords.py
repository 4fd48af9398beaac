"""Which new passwords to refuse (NIST SP 800-63B, 3.1.1.2): too short, commonly used
(a list of the most common passwords of 8+ characters, ships in ``common_passwords.txt``),
made of one repeated character or a keyboard or alphabet run, or containing the username.
Only sign-up checks; a login never says why a password is wrong. Knows nothing about HTTP.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import InputError

MIN_LENGTH = 8
_RUNS = ("0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz",
         "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb", "zaq1xsw2cde3vfr4")


@cache
def common_passwords() -> frozenset[str]:
    path = Path(__file__).with_name("common_passwords.txt")
    return frozenset(line.strip().casefold() for line in path.read_text("utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def check_new_password(password: str, username: str) -> None:
    """InputError saying what to change, or None when the password may be used."""
    folded = password.casefold()
    if len(password) < MIN_LENGTH:
        raise InputError(f"Choose a password of at least {MIN_LENGTH} characters.")
    if not password.strip():
        raise InputError("A password of only spaces is too easy to guess: choose another.")
    if folded in common_passwords() or folded.strip() in common_passwords():
        raise InputError("That password is one of the most common ones (attackers try "
                         "those first): choose another.")
    if len(set(folded)) <= 2 or any(folded in run or folded in run[::-1] for run in _RUNS):
        raise InputError("That password is a repeated character or a keyboard run: choose "
                         "another.")
    if username and username.casefold() in folded:
        raise InputError("The password must not contain your username: choose another.")
