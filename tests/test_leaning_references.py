"""Which sentences lean on the one before: a pronoun whose antecedent is clear is replaced by it
and carded; a sentence that leans on what the card's front cannot show is skipped. In Markdown
and in plain text alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _texts(name: str, text: str) -> list[str]:
    """Each card's cloze text or question, of `text` written to `name`."""
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [r["fields"].get("Question") or r["fields"]["Text"] for r in records]


def _document(name: str, heading: str, paragraphs: list[str]) -> str:
    """A Markdown or plain-text article of one section."""
    if name.endswith(".md"):
        return f"# Notes\n\n## {heading}\n\n" + "\n\n".join(paragraphs) + "\n"
    return f"Notes\n\n{heading}\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_it_after_a_subject_ranked_among_its_kind_stands_for_that_subject(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "Points Students Get Wrong",
            [
                "The biceps brachii is the most powerful supinator of the forearm, not just a"
                " flexor of the elbow. It supinates best when the elbow is flexed at 90 degrees.",
                "The main blocker is the sync library. It corrupts the index on 3 of every 10"
                " writes of a large file.",
            ],
        ),
    )

    assert (
        "The biceps brachii supinates best when the elbow is flexed at {{c1::90 degrees}}." in texts
    )
    # A role ("The main blocker") is no superlative: its "It" is still not carded as the role.
    assert not any("main blocker corrupts" in text for text in texts)


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_an_instruction_between_stands_for_nothing_a_pronoun_may_stand_for(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "Palm Warbler",
            [
                "The Palm Warbler is identified by behavior as much as by plumage: it pumps its"
                " tail constantly, even while walking on the ground. Look for a rusty cap, a"
                " yellow undertail, and a pale eyebrow stripe. Despite its name, it breeds in"
                " northern bogs, not in palm trees.",
                "The Cerulean Warbler nests high in the canopy of mature forest. Check the"
                " treetops with a scope. It has declined by about 70% since 1966.",
            ],
        ),
    )

    assert (
        "Despite its name, the Palm Warbler breeds in {{c1::northern bogs}}, not in palm trees."
        in texts
    )
    assert "The Cerulean Warbler has declined by about {{c1::70%}} since 1966." in texts


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_it_after_an_opening_clause_stands_for_that_clause_s_subject(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "ANOVA",
            [
                "If an ANOVA is significant, it tells you that at least one mean differs, not"
                " which one.",
                "When the dough rests for 30 minutes, it rises by about 50%.",
                # Of something named before: a pronoun subject, or a phrase with no verb.
                "If it rains for 3 days, it floods the lower field by 40 cm.",
                "Although a good idea, it costs about 40% more than the standard plan.",
            ],
        ),
    )

    assert (
        "If an ANOVA is significant, it tells you that {{c1::at least one mean differs}}, not"
        " which one." in texts
    )
    assert "When the dough rests for 30 minutes, it rises by about {{c1::50%}}." in texts
    assert not any("floods" in text or "good idea" in text for text in texts)
