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


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_it_after_a_thing_s_common_name_stands_for_that_thing(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "Anticoagulants",
            [
                "Unfractionated heparin works by binding to antithrombin III, which then"
                " inactivates thrombin and factor Xa. It has a short half-life of about 1 to 2"
                " hours when given intravenously.",
                "Sodium chloride dissolves readily in water. It melts at about 801 °C.",
                # Another thing "It" may stand for: the object.
                "Liquid nitrogen cools the sample. It then shrinks by about 2% in length.",
                # A person's name, a plural, a quantifier: no one thing.
                "Ludwig van Beethoven wrote the symphony in Vienna. It lasts about 70 minutes.",
                "Loop diuretics act on the loop of Henle. It is about 3 cm long in humans.",
                "Most patients recover within 2 weeks. It takes about 6 weeks to heal fully.",
                # Across a paragraph break: the paragraph's first "It" leans.
                "It has a half-life of about 40 hours.",
                # A dummy "It".
                "Insulin glargine lasts about 24 hours. It is important to give it at the same"
                " time every day, about 24 hours apart.",
            ],
        ),
    )

    assert (
        "Unfractionated heparin has a short half-life of about {{c1::1 to 2 hours}} when given"
        " intravenously." in texts
    )
    assert "Sodium chloride melts at about {{c1::801 °C}}." in texts
    wrong = ("Liquid nitrogen then", "Ludwig van Beethoven lasts", "Loop diuretics is")
    assert not any(text.startswith(wrong) or "Most patients takes" in text for text in texts)
    assert not any("40 hours" in text or "glargine is important" in text for text in texts)


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_it_after_a_law_named_for_a_person_stands_for_the_law(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "Gas Laws",
            [
                "Boyle's law states that the pressure of a gas is inversely proportional to its"
                " volume. It holds only when the temperature stays constant at about 20 °C.",
                "Kepler's third law applies to every planet that orbits the Sun. It holds to"
                " within about 1% for the eight planets.",
                # Plural laws, or a person's thing of no such kind: not one thing.
                "Newton's laws describe how forces change the motion of a body. It took about 20"
                " years to publish them in full.",
                "Charles's assistant measured the volume of the balloon. It grew by about 3% for"
                " every 10 degrees.",
            ],
        ),
    )

    assert (
        "Boyle's law holds only when the temperature stays constant at about {{c1::20 °C}}."
        in texts
    )
    assert "Kepler's third law holds to within about {{c1::1%}} for the eight planets." in texts
    assert not any("Newton's laws took" in text or "assistant grew" in text for text in texts)


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_a_people_s_adjective_in_the_object_is_no_name_it_may_stand_for(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "Origins of the Cold War",
            [
                "The Truman Doctrine, announced in March 1947, promised American support to any"
                " country resisting communism. It was followed by the Marshall Plan, which gave"
                " about $13 billion in economic aid to Western Europe.",
                # A name after the verb: "It" may stand for it.
                "The company bought Arm in 2016. It had about 6,000 staff at the time.",
                "The company hired Jordan last year. It paid about £90,000 for the contract.",
            ],
        ),
    )

    assert (
        "The Truman Doctrine was followed by the Marshall Plan, which gave about"
        " {{c1::$13 billion}} in economic aid to Western Europe." in texts
    )
    assert not any(text.startswith(("The company had", "The company paid")) for text in texts)


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_it_after_a_name_the_page_writes_in_lower_case_stands_for_it(name: str) -> None:
    texts = _texts(
        name,
        _document(
            name,
            "Drugs and Discoveries",
            [
                "Aspirin irreversibly inhibits cyclooxygenase in platelets. It has a half-life of"
                " about 20 minutes in plasma.",
                "Low-dose aspirin is often given after a heart attack to prevent another clot.",
                # A person's name: never in lower case, or capitalised inside a sentence too.
                "Fleming discovered penicillin in 1928. It killed about 9 in 10 of the bacteria"
                " on the plate.",
                "Young studied interference in 1801. It produced bands about 1 mm apart on the"
                " screen.",
                "Thomas Young was a young physician in London before he studied light.",
            ],
        ),
    )

    assert "Aspirin has a half-life of about {{c1::20 minutes}} in plasma." in texts
    assert not any(text.startswith(("Fleming killed", "Young produced")) for text in texts)
