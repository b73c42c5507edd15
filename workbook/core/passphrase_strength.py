"""How hard a new passphrase is to guess, in plain words, and the rule for accepting one.

The app's strength meter and the command line both apply ``check_new`` (one rule):
shorter than ``MIN_LENGTH`` is refused; an easy-to-guess one is allowed with a
warning, because the person may have reasons we can't see.

The estimate is not a security proof: it estimates bits of guessing work from the kinds of
characters used and the length, counts words in a sentence-like passphrase as
words (not letters), and takes off for repeats, runs like "1234" and a handful of
passwords everybody tries first.
"""

from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass

from workbook.core.i18n import translate

#: A few of the passwords tried first by anyone guessing (lowercased, digits stripped).
COMMON = frozenset(
    {
        "password", "passw0rd", "qwerty", "letmein", "welcome", "iloveyou", "admin",
        "monkey", "dragon", "football", "sunshine", "princess", "abc", "secret",
        "login", "master", "hello", "freedom", "whatever", "trustno", "baseball",
    }
)  # fmt: skip

#: Shorter than this is refused outright: easy to guess and easy to mistype.
MIN_LENGTH = 8

#: Bits per word for a passphrase made of ordinary words (a large everyday vocabulary).
BITS_PER_WORD = 12.5
#: People pick characters far from randomly; charset-based estimates are discounted by this.
HUMAN_FACTOR = 0.65


@dataclass(frozen=True)
class Strength:
    """How strong, as a 0–4 level, a label, and a sentence saying why or what would help."""

    bits: float
    level: int  # 0 empty, 1 weak, 2 fair, 3 good, 4 strong
    label: str
    advice: str


def estimate_bits(passphrase: str) -> float:
    """Estimated bits of guessing work (higher is harder to guess)."""
    if not passphrase:
        return 0.0
    lowered = passphrase.lower()
    if re.sub(r"[\d\W_]+", "", lowered) in COMMON and len(passphrase) < 14:
        return 8.0
    words = [w for w in re.split(r"[\s\-_.,]+", passphrase) if w]
    if len(words) >= 3 and all(len(w) >= 2 for w in words):
        return len(words) * BITS_PER_WORD + _extra_variety(passphrase)
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c.isspace() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    effective = _effective_length(passphrase)
    return effective * math.log2(max(pool, 2)) * HUMAN_FACTOR


def assess(passphrase: str) -> Strength:
    """The level and the words shown under the passphrase box."""
    bits = estimate_bits(passphrase)
    if not passphrase:
        return Strength(
            0,
            0,
            "",
            translate("PassphraseStrength", "A short sentence only you would think of works well."),
        )
    if bits < 30:
        return Strength(
            bits,
            1,
            translate("PassphraseStrength", "Easy to guess"),
            translate(
                "PassphraseStrength",
                "Make it longer: four or five ordinary words that don't belong together are much harder to guess than a short word with symbols.",
            ),
        )
    if bits < 45:
        return Strength(
            bits,
            2,
            translate("PassphraseStrength", "Fair"),
            translate(
                "PassphraseStrength",
                "Adding another word or two would make it much harder to guess.",
            ),
        )
    if bits < 60:
        return Strength(
            bits,
            3,
            translate("PassphraseStrength", "Good"),
            translate("PassphraseStrength", "This would take a long time to guess."),
        )
    return Strength(
        bits,
        4,
        translate("PassphraseStrength", "Strong"),
        translate("PassphraseStrength", "This would be very hard to guess. Well chosen."),
    )


@dataclass(frozen=True)
class NewPassphraseVerdict:
    """Whether a new passphrase may be used, and the words to show about it."""

    acceptable: bool
    strength: Strength
    message: str  # the refusal when not acceptable, else the strength in words
    weak: bool  # acceptable, but easy to guess: say so as a warning


def check_new(passphrase: str) -> NewPassphraseVerdict:
    """The one rule for a new passphrase: at least ``MIN_LENGTH`` characters; weak ones warned."""
    strength = assess(passphrase)
    if not passphrase:
        return NewPassphraseVerdict(False, strength, strength.advice, weak=False)
    if len(passphrase) < MIN_LENGTH:
        message = translate("PassphraseStrength", "Please use at least {count} characters.").format(
            count=MIN_LENGTH
        )
        if strength.level <= 1:
            message = f"{message} {strength.advice}"
        return NewPassphraseVerdict(False, strength, message, weak=False)
    weak = strength.level <= 1
    return NewPassphraseVerdict(True, strength, f"{strength.label}. {strength.advice}", weak=weak)


def _effective_length(text: str) -> float:
    """Length with repeats and runs (aaaa, 1234, abcd) counted as little more than one character."""
    effective = 0.0
    previous = ""
    for char in text:
        if previous and abs(ord(char) - ord(previous)) <= 1:
            effective += 0.25
        else:
            effective += 1.0
        previous = char
    return effective


def _extra_variety(text: str) -> float:
    return (
        3.0 if any(c.isdigit() for c in text) or any(c in string.punctuation for c in text) else 0.0
    )
