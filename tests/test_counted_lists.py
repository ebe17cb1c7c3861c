"""A count whose things are listed after a colon is a list in prose: its card hides the list,
as a lead-in's card hides its list's items ("His press combined three inventions: [...]").
The count gave itself away and the sentence gave no card. So after "There are N things:", after
a comma ("Mars has two small moons, [Phobos and Deimos]") and as a counted subject's complement
("The four blood groups are [A, B, AB and O]"). A list that is not as long as its count says,
or whose things are long, sentences or (after a comma or a verb) no names of things, stays out.
Each test runs the real CLI, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts, run_article

LISTS = [
    "Cellular respiration has three stages: {{c1::glycolysis, the citric acid cycle and"
    " oxidative phosphorylation}}.",
    "The flag of France has three colours: {{c1::blue, white and red}}.",
    "Photosynthesis has two stages: {{c1::the light-dependent reactions and the Calvin cycle}}.",
]


@pytest.mark.parametrize("name", ["lists.md", "lists.txt"])
def test_a_counted_list_after_a_colon_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Lists", LISTS) == LISTS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_gutenbergs_three_inventions_are_asked_for(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "# Gutenberg" if name == "a.md" else "Gutenberg"
    text = (
        f"{heading}\n\nJohannes Gutenberg introduced movable-type printing to Europe around 1440"
        " in Mainz. His press combined three inventions: metal type cast in a hand mould, an"
        " oil-based ink, and a screw press adapted from wine-making.\n"
    )
    texts = [r["fields"]["Text"] for r in article_records(tmp_path, monkeypatch, name, text)]
    assert texts[1:] == [
        "Johannes Gutenberg's press combined three inventions: {{c1::metal type cast in a hand"
        " mould, an oil-based ink, and a screw press adapted from wine-making}}."
    ]


NOT_LISTS = [
    # Four things, or three with "and" inside one: not as many as the count.
    "The recipe needs three things: flour, salt and pepper, and water.",
    # Sentences after the colon.
    "The report raised two concerns: costs are rising. Staff are leaving.",
    # A thing too long to ask for.
    "The committee had three goals: to cut costs across every department of the company by"
    " the end of next year, to hire, and to grow.",
    # No count.
    "The committee had goals: to cut costs, to hire, and to grow.",
    "There are many reasons: cost, time and risk.",
    # No list: the types are named before or after it.
    "There are three main types of rock.",
]


@pytest.mark.parametrize("sentence", NOT_LISTS)
def test_other_colons_give_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Lists\n\nA spider has eight legs.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == ["A spider has {{c1::eight}} legs."]


THERE_LISTS = [
    "There are four blood groups: {{c1::A, B, AB and O}}.",
    "There were three kingdoms: {{c1::Wei, Shu and Wu}}.",
    "There are 3 states of matter: {{c1::solid, liquid and gas}}.",
]


@pytest.mark.parametrize("name", ["there.md", "there.txt"])
def test_there_are_n_things_and_their_list_lean_on_nothing(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its "There" counts the things it lists, not things named before."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Lists", THERE_LISTS) == THERE_LISTS


@pytest.mark.parametrize(
    "sentence",
    [
        "There are three such kingdoms: Wei, Shu and Wu.",  # "such": as named before
        "There are two other types: X and Y.",
        "There were three of them: Wei, Shu and Wu.",
    ],
)
def test_a_there_that_points_back_still_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Lists\n\nA spider has eight legs.\n\n{sentence}\n"
    output = run_article(tmp_path, monkeypatch, "a.md", text, "preview")
    assert output.count("front:") == 1
    assert "leans on the sentence before it" in output


APPOSED_LISTS = [
    "Mars has two small moons, {{c1::Phobos and Deimos}}.",
    "The firm has three offices, {{c1::London, Paris and Rome}}.",
    "Photosynthesis has two stages, {{c1::the light reactions and the Calvin cycle}}.",
    "The engine has two modes, {{c1::eco and sport}}.",
]


@pytest.mark.parametrize("name", ["apposed.md", "apposed.txt"])
def test_a_counted_list_after_a_comma_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names or short noun phrases after a comma, as many as the count: the things counted."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Lists", APPOSED_LISTS) == APPOSED_LISTS


NOT_APPOSED_LISTS = [
    "The study had two parts, which took a year.",  # a clause
    "The doctor has two sons, 4 and 6.",  # figures: ages, not the sons
    "The company cut two jobs, and profits rose.",
    "The trial tested two doses, both safe.",  # an aside
    "The trial tested two doses, low and very high in most of the adult patients.",  # too long
    "The trial tested three doses, low and high.",  # not as many as the count
]


@pytest.mark.parametrize("sentence", NOT_APPOSED_LISTS)
def test_what_is_no_list_after_a_comma_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Lists\n\nA spider has eight legs.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == ["A spider has {{c1::eight}} legs."]


def test_an_opening_frame_with_a_count_is_no_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count is the frame's, the things after it the sentence's subject: its card asks for
    the frame's count, as before."""
    text = "# Lists\n\nIn two years, sales and profits doubled.\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == [
        "In {{c1::two years}}, sales and profits doubled."
    ]


SUBJECT_LISTS = [
    "The four blood groups are {{c1::A, B, AB and O}}.",
    "The three primary colours are {{c1::red, yellow and blue}}.",
    "The two main types of diabetes are {{c1::type 1 and type 2}}.",
    "The three states of matter were {{c1::solid, liquid and gas}}.",
]


@pytest.mark.parametrize("name", ["subject.md", "subject.txt"])
def test_the_things_a_counted_subject_is_are_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The N things are a, b and c": the list, as many as the count, is the answer."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Lists", SUBJECT_LISTS) == SUBJECT_LISTS


NOT_SUBJECT_LISTS = [
    # What they are like, not which they are.
    "The two forces are equal and opposite.",
    "The two results were similar and consistent.",
    "The two genes are linked and inherited.",
    "The two sides are in balance and at rest.",
    # Figures; one thing; not as many as the count.
    "The two numbers are 4 and 6.",
    "The three groups are large.",
    "The four blood groups are A and B.",
]


@pytest.mark.parametrize("sentence", NOT_SUBJECT_LISTS)
def test_what_a_counted_subject_is_like_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Lists\n\nA spider has eight legs.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == ["A spider has {{c1::eight}} legs."]
