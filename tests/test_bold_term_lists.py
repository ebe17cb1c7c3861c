"""A list of bold terms, each with what it means, is a glossary wherever it stands: under
"Common attacks", "- **Ransomware**: malware that encrypts your files …" asks for its term as
it does under "Glossary". Before, such items gave no card outside a glossary heading. Not a
list of bold labels over instructions or opinions, nor a list of two. Markdown only: a plain
text list has no bold."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

ATTACKS = """# Security

## Common attacks

- **Phishing**: an email or message that pretends to come from a trusted sender to trick you into revealing details or clicking a malicious link.
- **Ransomware**: malware that encrypts your files and demands payment for the key.
- **Man-in-the-middle**: an attacker secretly relays and possibly alters traffic between two parties.
"""  # noqa: E501


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    return [record["fields"].get("Text", "") for record in records]


def test_bold_terms_with_meanings_are_a_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _texts(tmp_path, monkeypatch, ATTACKS) == [
        "{{c1::Phishing}}: an email or message that pretends to come from a trusted sender to"
        " trick you into revealing details or clicking a malicious link.",
        "{{c1::Ransomware}}: malware that encrypts your files and demands payment for the key.",
        "{{c1::Man-in-the-middle}}: an attacker secretly relays and possibly alters traffic"
        " between two parties.",
    ]


CONTROL = "A standard deck has 52 cards."


def _beside(lines: str) -> str:
    return f"# Security\n\n{CONTROL}\n\n## Habits\n\n{lines}"


def test_bold_labels_over_instructions_are_no_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (
        "- **Passwords**: use a password manager and three random words.\n"
        "- **Updates**: make sure that automatic updates are turned on.\n"
        "- **Backups**: keep one copy of your files off-site and offline.\n"
    )
    assert _texts(tmp_path, monkeypatch, _beside(lines)) == [
        "A standard deck has {{c1::52}} cards."
    ]


def test_bold_labels_over_opinions_are_no_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = (
        "- **Firefox**: a great browser that I use every day.\n"
        "- **Chrome**: the browser that most of my friends recommend.\n"
        "- **Safari**: a nice browser that we use on our phones.\n"
    )
    assert _texts(tmp_path, monkeypatch, _beside(lines)) == [
        "A standard deck has {{c1::52}} cards."
    ]


def test_two_bold_terms_are_no_glossary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (
        "- **Ransomware**: malware that encrypts your files and demands payment for the key.\n"
        "- **Spyware**: software that watches what you do and reports it to someone else.\n"
    )
    assert _texts(tmp_path, monkeypatch, _beside(lines)) == [
        "A standard deck has {{c1::52}} cards."
    ]
