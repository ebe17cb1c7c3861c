"""A page that never says "I" speaks for an organisation (or people at large) when it says
"we": "We charge a 15% restocking fee" is a claim to card. On a page whose author says "I"
somewhere, "we" is the author and company, telling their experience, and "we tried …" is
an experience on any page. FAQ questions ask in the reader's voice ("Can I …?"): they do
not make a page personal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

POLICY = [
    "We charge a 15% restocking fee on opened electronics.",
    "Once we receive your return, our warehouse team inspects it within 2 business days.",
]
EXPERIENCE = [
    "We tried the 30-day plan and lost 4 kg between us.",
    "Our lab tested 40 blenders, and 35% of them failed within a year.",
]
FAQ = "## FAQ\n\n### Can I return a gift?\n\nYes: gifts are refunded as store credit."


def _claims(tmp_path: Path, body: list[str]) -> tuple[list[str], str]:
    source = tmp_path / "policy.md"
    source.write_text("\n\n".join(["# Returns Policy", *body, FAQ]) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["preview", "--json", str(source)])
    assert result.exit_code == 0, result.output
    notes = [json.loads(line) for line in result.stdout.splitlines()]
    claims = [note["fields"]["Text"] for note in notes if note["kind"] == "claim"]
    return claims, runner.invoke(main, ["check", str(source)]).output


def test_an_organisations_we_is_carded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    claims, output = _claims(tmp_path, [" ".join(POLICY)])
    assert len(claims) == 2
    assert "{{c1::15%}} restocking fee" in claims[0]
    assert "{{c1::2 business days}}" in claims[1]
    assert "own experience" not in output


def test_we_telling_what_happened_stays_an_experience(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    claims, output = _claims(tmp_path, [" ".join(EXPERIENCE)])
    assert claims == []
    assert output.count("is the author's own experience, not a claim") == 2


@pytest.mark.parametrize(
    "aside",
    ["I have worked in retail for many years.", "Ask my team about anything on this page."],
)
def test_an_author_who_says_i_makes_we_their_own(
    aside: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    claims, output = _claims(tmp_path, [aside, " ".join(POLICY)])
    assert claims == []
    assert output.count("is the author's own experience, not a claim") == 2


def test_a_numeral_i_or_a_quoted_i_is_not_the_author(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    asides = [
        "Returns of Type I devices follow the manufacturer's terms.",
        '"I love this store," one customer wrote.',
    ]
    claims, _ = _claims(tmp_path, [*asides, " ".join(POLICY)])
    assert len(claims) == 2


def test_interface_labels_are_no_ones_first_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A menu path ("Settings > Privacy > Export my data") and a capitalised "My Account" are
    labels: one of them in an answer made every "we" of a policy the author's experience."""
    monkeypatch.chdir(tmp_path)
    body = [
        " ".join(POLICY),
        "You can remove saved cards from My Account, and we erase them within 24 hours.",
        "To export your data, go to Settings > Privacy > Export my data at any time.",
    ]
    claims, output = _claims(tmp_path, body)
    assert len(claims) == 3
    assert "{{c1::24 hours}}" in claims[2]
    assert "own experience" not in output


def test_a_first_person_frame_names_whose_test_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a reviewer's page ("I have a clear favourite") a measured result after "In our lab
    test," is a fact; one that tells what "we" did is still the author's experience."""
    monkeypatch.chdir(tmp_path)
    body = [
        "After six weeks of commuting with both pairs, I have a clear favourite.",
        "In our lab test, the QC Ultra cut low-frequency noise by about 32 dB versus 29 dB.",
        "We tried both pairs for 12 hours on a flight and preferred the Sony by far.",
    ]
    claims, output = _claims(tmp_path, body)
    assert claims == [
        "In our lab test, the QC Ultra cut low-frequency noise by about {{c1::32 dB}} versus 29 dB."
    ]
    assert output.count("is the author's own experience, not a claim") == 2
