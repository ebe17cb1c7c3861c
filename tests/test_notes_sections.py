"""A "Notes" section is the main text of lecture notes and the footnotes or citations of an
article: which one its content says. Prose claims under it are carded; citations, footnotes and
a closing list of short references under "Notes", "Footnotes" or "Endnotes" are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

LIGHT = "Chlorophyll absorbs about 90% of the red light that reaches a leaf."


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _document(suffix: str, sections: list[tuple[str, str]]) -> str:
    """A document titled "Photosynthesis" of (heading, text) sections, as `suffix` writes it."""
    mark = "## " if suffix == ".md" else ""
    title = "# Photosynthesis" if suffix == ".md" else "Photosynthesis"
    return "\n\n".join([title, *(f"{mark}{heading}\n\n{text}" for heading, text in sections)])


def _sections(suffix: str, sections: list[tuple[str, str]]) -> list[str]:
    """The section of each card of the document."""
    path = Path(f"doc{suffix}")
    path.write_text(_document(suffix, sections) + "\n")
    result = CliRunner().invoke(main, ["preview", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["section"] for line in result.output.splitlines()]


PROSE = (
    "The Calvin cycle fixes about 120 billion tonnes of carbon each year.\n\n"
    "Stomata close when leaf water potential falls below -1.5 MPa."
)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("heading", ["Notes", "Lecture notes"])
@pytest.mark.parametrize("last", [True, False])
def test_a_notes_section_of_prose_claims_is_body_text(
    suffix: str, heading: str, last: bool
) -> None:
    sections = [("Light", LIGHT), (heading, PROSE)]
    if not last:
        sections.append(("Dark reactions", "Rubisco makes up about 30% of leaf protein."))

    cards = _sections(suffix, sections)

    assert cards.count(heading) == 2, cards


REFERENCES = {
    "citations": (
        "1. Smith, J. (2019). Leaf optics. Journal of Botany, 12(3), 45–67.\n"
        "2. Ibid., p. 23.\n"
        "3. Jones reports that about 40% of green light is reflected (Jones 2020, p. 14)."
    ),
    "footnotes": (
        "[1] Smith and Jones (2019) measured 45 leaves.\n\n"
        "[2] See Raven 2005 for 12 more species.\n\n"
        "[3] About 12% of the samples were lost in transit."
    ),
    "links": (
        "- Chlorophyll spectra: https://example.org/spectra (about 30% of the data)\n"
        "- Retrieved from www.example.org on 3 May 2021, 14 tables"
    ),
    "encyclopedia notes": (
        "1. ^ All dates are given in the Julian calendar, which was 10 days behind.\n"
        "2. ^ The death toll of 6 is disputed: the poor were not recorded."
    ),
    "short references": (
        "- Campbell Biology, 11th edition, chapter 10\n"
        "- Raven, Biology of Plants\n"
        "- Khan Academy: Photosynthesis in 12 Steps"
    ),
}


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("heading", ["Notes", "Footnotes", "Endnotes"])
@pytest.mark.parametrize("kind", list(REFERENCES))
def test_a_notes_section_of_references_gives_no_card(suffix: str, heading: str, kind: str) -> None:
    cards = _sections(suffix, [("Light", LIGHT), (heading, REFERENCES[kind])])

    assert cards == ["Light"]
