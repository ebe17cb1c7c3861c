"""Complaints from reading decks built from more genres: a biography, a buyer's guide, a
health page, an interview, a README, a syllabus, terms of service, a listicle. Each runs the
real CLI on a short excerpt."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes


def _plain(cloze: str) -> str:
    return cloze.replace("{{c1::", "").replace("}}", "")


# 1. A dash inside brackets or before a figure opens no aside.

DASHES = [
    # A biography's first sentence lost all but "Margaret Ellison Crane (14 March 1894."
    "**Margaret Ellison Crane** (14 March 1894 – 2 November 1971) was a British marine"
    " biologist and oceanographer best known for her work on plankton distribution in the North"
    " Atlantic and for founding the Plymouth Drift Survey.",
    # "… rose by 40% over the period 2010.": a false claim.
    "Sales of electric vans in the region rose by 40% over the period 2010 – 2015, driven mostly"
    " by new delivery contracts from the three largest supermarket chains and by city charges.",
    # "A nightly dose of 5 mg (taken at bedtime.": a fragment.
    "A nightly dose of 5 mg (taken at bedtime – never in the morning) cut relapses by 30% across"
    " three large trials in adults and teenagers with the relapsing form of the disease in"
    " Europe.",
]


@pytest.mark.parametrize("sentence", DASHES)
def test_a_long_claim_keeps_a_dash_that_joins_a_range_or_sits_in_brackets(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _notes(tmp_path, monkeypatch, "a.md", f"# History\n\n{sentence}\n")
    assert [_plain(note["Text"]) for note in notes] == [sentence.replace("**", "")]


def test_a_dash_that_opens_a_closing_aside_is_still_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = (
        "The new bridge cost £240 million and took four years to build, far longer than the"
        " council had planned when the contract was signed in 2012 – a delay blamed on flooding."
    )
    notes = _notes(tmp_path, monkeypatch, "a.md", f"# Bridges\n\n{sentence}\n")
    assert [_plain(note["Text"]) for note in notes] == [sentence.split(" – ")[0] + "."]


# 2. A plain-text table exported with tabs between its cells is a table.

SYLLABUS = (
    "ECON 2140: Introduction to Econometrics\n\n"
    "Grading\n\n"
    "Component\tWeight\tDue\n"
    "Problem sets (5)\t25%\tFridays, weeks 3, 5, 7, 10, 12\n"
    "Midterm exam\t20%\tWednesday 4 March\n"
    "Section participation\t5%\t\n\n"
    "Late problem sets lose 10% per day and are not accepted more than three days late.\n"
)


def test_a_tab_separated_table_asks_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row was a section heading ("Midterm exam    20%  Wednesday 4 March"), the
    paragraph after it carded under the last one, and no figure of the table was asked."""
    notes = _notes(tmp_path, monkeypatch, "syllabus.txt", SYLLABUS)
    asked = {note["Question"]: note["Answer"] for note in notes if note["kind"] == "table"}
    assert asked == {
        "Problem sets (5) — Weight": "25%",
        "Problem sets (5) — Due": "Fridays, weeks 3, 5, 7, 10, 12",
        "Midterm exam — Weight": "20%",
        "Midterm exam — Due": "Wednesday 4 March",
        "Section participation — Weight": "5%",
    }
    [claim] = [note for note in notes if note["kind"] == "claim"]
    assert "Grading" in claim["Source"]


def test_a_tab_separated_table_in_a_wrapped_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row longer than the wrap width neither stops the article's unwrapping nor is joined."""
    text = (
        "Course handbook\n\n"
        "This course introduces the statistical methods economists use to test\n"
        "theories, and it covers regression in depth over about 14 weeks of\n"
        "lectures, sections and problem sets.\n\n"
        "Component\tWeight\tDue\n"
        "Problem sets\t25%\tFridays at 5 pm, through the Canvas upload page"
        f"{' for this course' * 4}\n"
        "Midterm exam\t20%\tWednesday 4 March\n"
    )
    notes = _notes(tmp_path, monkeypatch, "handbook.txt", text)
    assert [_plain(note["Text"]) for note in notes if note["kind"] == "claim"] == [
        "This course introduces the statistical methods economists use to test theories, and it"
        " covers regression in depth over about 14 weeks of lectures, sections and problem sets."
    ]
    assert [note["Question"] for note in notes if note["kind"] == "table"] == [
        "Problem sets — Weight",
        "Problem sets — Due",
        "Midterm exam — Weight",
        "Midterm exam — Due",
    ]


# 3. A plain-text interview's `Q:` and `A:` lines are a question and its answer.

INTERVIEW = """\
Interview: the economist who predicted the housing slump

Sarah Lin spoke to our reporter about interest rates and house prices.

Q: You said in 2022 that house prices would fall by 15% within two years. Why were you so sure?

A: Mortgage rates had tripled in eighteen months, and the same monthly payment buys 40% less house.

Q: Prices actually fell by about 9%. Were you wrong?

A: Partly. Wages rose faster than expected, by around 6% a year, which cushioned the fall.

Sarah Lin's forecasts are published every quarter by the Institute for Housing Research.
"""


def test_a_q_line_answered_by_an_a_line_is_an_faq_pair_outside_an_faq_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The interviewer's premise was carded as a fact ("Q: You said in 2022 that house prices
    would fall by [...] within two years."), the next question read as a section heading, and
    the answers kept their "A:"; Markdown already paired them."""
    notes = _notes(tmp_path, monkeypatch, "interview.txt", INTERVIEW)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        (
            "faq",
            "You said in 2022 that house prices would fall by 15% within two years. Why were you"
            " so sure?",
            "Mortgage rates had tripled in eighteen months, and the same monthly payment buys 40%"
            " less house.",
        ),
        (
            "faq",
            "Prices actually fell by about 9%. Were you wrong?",
            "Partly. Wages rose faster than expected, by around 6% a year, which cushioned the"
            " fall.",
        ),
    ]
    markdown = INTERVIEW.replace("Interview:", "# Interview:", 1)
    assert _notes(tmp_path, monkeypatch, "interview.md", markdown) == [
        {**note, "Source": note["Source"].replace("interview.txt", "interview.md")}
        for note in notes
    ]


# 4. The author's bio that closes a post is no fact to learn.

POST = (
    "# How to store coffee\n\n"
    "Coffee beans stay fresh for about 4 weeks after roasting if kept in an airtight container.\n\n"
)


@pytest.mark.parametrize(
    ("name", "ending"),
    [
        # A buyer's guide carded "[...] is the home appliances editor at Tested Weekly."
        (
            "a.md",
            "---\n\n*Priya Natarajan is the home appliances editor at Tested Weekly. She has"
            " reviewed vacuum cleaners since 2017.*\n\n*We may earn a commission when you buy"
            " through links on our site.*\n",
        ),
        (
            "a.txt",
            "Tom Whitaker is a food writer and former barista who has written about coffee"
            " for 12 years.\n",
        ),
        (
            "a.md",
            "## About the author\n\nTom Whitaker is a freelance food writer based in Leeds. He"
            " has written about coffee for 12 years.\n",
        ),
    ],
)
def test_the_authors_bio_at_the_end_is_not_carded(
    name: str, ending: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = POST.replace("# ", "", 1) if name.endswith(".txt") else POST
    notes = _notes(tmp_path, monkeypatch, name, text + ending)
    assert [_plain(note["Text"]) for note in notes] == [
        "Coffee beans stay fresh for about 4 weeks after roasting if kept in an airtight container."
    ]


def test_a_writer_the_page_is_about_is_still_a_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Reading Austen\n\nAusten's novels have sold over 20 million copies since 1811.\n\n"
        "Jane Austen is the author of six novels, published between 1811 and 1817.\n"
    )
    notes = _notes(tmp_path, monkeypatch, "a.md", text)
    assert _plain(notes[-1]["Text"]) == (
        "Jane Austen is the author of six novels, published between 1811 and 1817."
    )


# 5. A transcript's speaker labels are no part of what is said.

TRANSCRIPT = """\
A river restored: an interview with Dr Helen Okafor

ALASDAIR REID: Let's start with the headline figure. How much have
salmon numbers actually gone up?

HELEN OKAFOR: In the six tributaries where the weirs were removed,
juvenile salmon densities went from about 11 fish per hundred square
metres in 2015 to 26 in 2024.

AR: Why weirs? They look quite harmless.

HO: That's what everyone thinks. A weir is a low wall across the river,
usually built to power a mill two hundred years ago.

AR: What's next for the project?

HO: A salmon that leaves the Forth won't return to spawn for two or
three years, so the real test is still to come.
"""


def test_a_transcripts_speaker_labels_are_not_on_its_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards opened on "HELEN OKAFOR:", their backs on "HO:", and the interviewer's turns were
    section headings ("section::ar-whats-next-for-the-project")."""
    notes = _notes(tmp_path, monkeypatch, "interview.txt", TRANSCRIPT)
    assert [_plain(note["Text"]) for note in notes] == [
        "In the six tributaries where the weirs were removed, juvenile salmon densities went from"
        " about 11 fish per hundred square metres in 2015 to 26 in 2024.",
        "A weir is a low wall across the river, usually built to power a mill two hundred years"
        " ago.",
        "A salmon that leaves the Forth won't return to spawn for two or three years, so the real"
        " test is still to come.",
    ]
    assert notes[1]["Context"] == "That's what everyone thinks."
    assert all(
        note["Source"].startswith("A river restored: an interview with Dr Helen Okafor <span")
        for note in notes
    )


def test_repeated_labels_that_name_no_speaker_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Release notes\n\n"
        "Fixed: the app no longer crashes when saving files over 2 GB in size.\n\n"
        "Fixed: sync now retries 3 times before it reports an error to the user.\n\n"
        "Added: dark mode, which cuts battery use by about 15% on OLED screens.\n\n"
        "Added: export to PDF, which takes about 2 seconds for a 100-page notebook.\n"
    )
    notes = _notes(tmp_path, monkeypatch, "notes.txt", text)
    assert [_plain(note["Text"]).split(":")[0] for note in notes] == [
        "Fixed",
        "Fixed",
        "Added",
        "Added",
    ]


# 6. An item under a "Don't" heading says what not to do.

HAY_FEVER = """\
Hay fever

Things you can do to ease the symptoms

Don't
- cut grass or walk on grass
- take more than 2 antihistamine tablets in 24 hours
- do not keep fresh flowers in the house for more than 2 days
"""


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_an_item_under_a_dont_heading_keeps_the_heading(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "take more than 2 antihistamine tablets in [...]" was carded as if it were advice."""
    text = HAY_FEVER
    if name.endswith(".md"):
        text = (
            text.replace("Hay", "# Hay")
            .replace("Things", "## Things")
            .replace("Don't", "### Don't")
        )
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [_plain(note["Text"]) for note in notes] == [
        "Don't: take more than 2 antihistamine tablets in 24 hours",
        "do not keep fresh flowers in the house for more than 2 days",
    ]
