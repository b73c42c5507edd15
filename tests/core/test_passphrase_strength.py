"""Passphrase strength in plain words: long sentences are strong, common passwords are not."""

from __future__ import annotations

from workbook.core.passphrase_strength import assess


def test_common_passwords_are_easy_to_guess() -> None:
    """Passwords everybody tries first are called easy to guess, whatever digits are added."""
    for word in ("password", "password1", "qwerty123", "letmein"):
        assert assess(word).level == 1, word


def test_repeats_and_runs_count_for_little() -> None:
    """aaaaaaaaaaaa and 12345678 are long but still easy to guess."""
    assert assess("aaaaaaaaaaaa").level == 1
    assert assess("12345678").level == 1


def test_a_sentence_of_ordinary_words_is_strong() -> None:
    """Five unrelated words make a strong passphrase, and the words say so kindly."""
    result = assess("my cat eats lemons on tuesdays")
    assert result.level == 4
    assert result.label == "Strong"


def test_empty_passphrase_gets_a_suggestion_not_a_verdict() -> None:
    """Before typing, the advice suggests a sentence rather than judging."""
    result = assess("")
    assert result.level == 0 and "sentence" in result.advice
