"""A list of terms, each with what it means, is a glossary wherever it stands: under "Common
attacks", "- **Ransomware**: malware that encrypts your files …" asks for its term as it does
under "Glossary", in Markdown (bold terms) and plain text ("- Ransomware: malware that …").
Before, such items gave no card outside a glossary heading. Not a list of labels over
instructions or opinions, nor a list of two."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ATTACKS = """# Security

## Common attacks

- **Phishing**: an email or message that pretends to come from a trusted sender to trick you into revealing details or clicking a malicious link.
- **Ransomware**: malware that encrypts your files and demands payment for the key.
- **Man-in-the-middle**: an attacker secretly relays and possibly alters traffic between two parties.
"""  # noqa: E501


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, text))
    return [record["fields"].get("Text", "") for record in records]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_terms_with_meanings_are_a_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _texts(tmp_path, monkeypatch, name, ATTACKS) == [
        "{{c1::Phishing}}: an email or message that pretends to come from a trusted sender to"
        " trick you into revealing details or clicking a malicious link.",
        "{{c1::Ransomware}}: malware that encrypts your files and demands payment for the key.",
        "{{c1::Man-in-the-middle}}: an attacker secretly relays and possibly alters traffic"
        " between two parties.",
    ]


CONTROL = "A standard deck has 52 cards."


def _beside(lines: str) -> str:
    return f"# Security\n\n{CONTROL}\n\n## Habits\n\n{lines}"


INSTRUCTIONS = (
    "- **Passwords**: use a password manager and three random words.\n"
    "- **Updates**: make sure that automatic updates are turned on.\n"
    "- **Backups**: keep one copy of your files off-site and offline.\n"
)


OPINIONS = (
    "- **Firefox**: a great browser that I use every day.\n"
    "- **Chrome**: the browser that most of my friends recommend.\n"
    "- **Safari**: a nice browser that we use on our phones.\n"
)


TWO = (
    "- **Ransomware**: malware that encrypts your files and demands payment for the key.\n"
    "- **Spyware**: software that watches what you do and reports it to someone else.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("lines", [INSTRUCTIONS, OPINIONS, TWO])
def test_no_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lines: str
) -> None:
    assert _texts(tmp_path, monkeypatch, name, _beside(lines)) == [
        "A standard deck has {{c1::52}} cards."
    ]
