"""What a cloze hides: never half of a sentence's subject. Each runs the real CLI on real
Markdown and plain-text files."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from articles import article_clozes
from click.testing import CliRunner

from docdeck.cli import main


def _summary(*bullets: str) -> str:
    return "# Biology Notes\n\nSome prose about cells.\n\n## Summary\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


# 1. Never half a term: a subject is hidden whole, or another part of the sentence.

SUBJECTS = [
    # The takeaway of photo.md: "The light {{c1::reactions}} make …" hid half the term.
    ("The light reactions make ATP, NADPH and oxygen.", "The {{c1::light reactions}} make"),
    ("Chemical reactions release or absorb energy.", "{{c1::Chemical reactions}} release"),
    ("Long-term potentiation strengthens synapses.", "{{c1::Long-term potentiation}} strengthens"),
    ("Enzyme molecules lower the energy needed.", "{{c1::Enzyme molecules}} lower"),
    ("The light reactions are fast and need light.", "The {{c1::light reactions}} are"),
    # Already right: kept.
    ("The immune system fights infection daily.", "fights {{c1::infection}} daily"),
    ("Insulin lowers blood sugar.", "{{c1::Insulin}} lowers"),
    ("The kidneys filter waste from the blood.", "The {{c1::kidneys}} filter"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), SUBJECTS)
def test_a_takeaway_never_hides_half_its_subject(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and expected in texts[0], texts


def test_a_repeated_term_in_the_subject_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The document repeats "blood cells": "Red {{c1::blood cells}} carry …" left "Red". A
    repeated subject is hidden whole, as it was: "The {{c1::Calvin cycle}} fixes …"."""
    text = _summary(
        "White blood cells fight infection.",
        "Red blood cells carry iron.",
        "The Calvin cycle runs in the stroma.",
        "The Calvin cycle fixes carbon dioxide into sugar.",
    )
    texts = article_clozes(tmp_path, monkeypatch, "a.md", text)
    assert "{{c1::Red blood cells}} carry iron." in texts
    assert "The {{c1::Calvin cycle}} fixes carbon dioxide into sugar." in texts


def test_a_word_before_a_misread_verb_is_not_widened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Pods" is read as the verb: "Containers inside" is no subject to hide whole."""
    text = _summary("Containers inside Pods talk over localhost.")
    texts = article_clozes(tmp_path, monkeypatch, "a.md", text)
    assert texts == ["{{c1::Containers}} inside Pods talk over localhost."], texts


# 2. A definition of the deck's own subject by a rank hides the rank, not the whole predicate.

RANKED = [
    # french.md: "The passé composé is the {{c1::most common past tense in spoken French}}."
    ("the most common past tense in spoken French.", "the {{c1::most common}} past tense"),
    ("the second most widely taught tense for beginners.", "the {{c1::second most widely}}"),
    ("the oldest compound tense in the language.", "the {{c1::oldest}} compound tense"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("definition", "expected"), RANKED)
def test_the_subject_defined_by_a_rank_hides_the_rank(
    definition: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# The Passé Composé\n\nThe passé composé is {definition}\n"
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", text)
    assert texts == [
        f"The passé composé is {definition}".replace(
            expected.replace("{{c1::", "").replace("}}", ""), expected
        )
    ], texts


def test_a_ranked_definition_of_another_term_still_hides_the_term(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "# French Notes\n\nThe passé composé is the most common past tense in spoken French.\n"
    assert article_clozes(tmp_path, monkeypatch, "a.md", text) == [
        "The {{c1::passé composé}} is the most common past tense in spoken French."
    ]


# 3. A quoted translation is a gloss, no one's words in the first person.

FRENCH = """# French Grammar: The Passé Composé

The passé composé is the most common past tense in spoken French. It describes completed actions.

## How it is formed

The passé composé is formed with an auxiliary verb (avoir or être) in the present tense, followed \
by the past participle. {sentence}

## Remember

- Use the passé composé for single, completed actions.
"""


def _claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, sentence: str
) -> tuple[list[str], str]:
    """The clozes of a French grammar article with `sentence` in it, and its warnings."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(FRENCH.format(sentence=sentence), encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", name])
    assert result.exit_code == 0, result.output
    return article_clozes(
        tmp_path, monkeypatch, name, FRENCH.format(sentence=sentence)
    ), result.output


def test_a_quoted_translation_is_no_first_person_quotation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = 'Most verbs use avoir: *j\'ai mangé* means "I ate" or "I have eaten".'
    texts, output = _claims(tmp_path, monkeypatch, "a.md", sentence)
    assert 'Most verbs use avoir: {{c1::j\'ai mangé}} means "I ate" or "I have eaten".' in texts
    assert "first person" not in output


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(
    "sentence",
    [
        'About 17 verbs take être, such as je suis ("I am") and more.',
        'About 17 verbs take être, such as je vais, which means "I go".',
        'About 17 verbs take être, such as je pars = "I leave" and more.',
    ],
)
def test_a_gloss_in_parentheses_or_after_means_is_read_as_a_claim(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts, output = _claims(tmp_path, monkeypatch, f"a{suffix}", sentence)
    assert sentence.replace("17", "{{c1::17}}") in texts
    assert "first person" not in output


@pytest.mark.parametrize(
    "sentence",
    [
        'About 17 verbs take être, she said: "I learnt them all."',
        'About 17 verbs take être; "I think this is wrong," she said.',
    ],
)
def test_someone_s_words_in_the_first_person_are_still_refused(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, output = _claims(tmp_path, monkeypatch, "a.md", sentence)
    assert "in the first person, not a claim" in output


# 4. A chemical equation after what introduces it hides its products.

REACTIONS = {
    # photo.md: no card.
    "The overall equation is 6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂.": (
        "The overall equation is 6CO₂ + 6H₂O → {{c1::C₆H₁₂O₆ + 6O₂}}."
    ),
    "Respiration is summarised by the equation C6H12O6 + 6O2 -> 6CO2 + 6H2O.": (
        "Respiration is summarised by the equation C6H12O6 + 6O2 -> {{c1::6CO2 + 6H2O}}."
    ),
    "The Haber process is written N₂ + 3H₂ ⇌ 2NH₃, and it runs at high pressure.": (
        "The Haber process is written N₂ + 3H₂ ⇌ {{c1::2NH₃}}, and it runs at high pressure."
    ),
}


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", REACTIONS)
def test_a_chemical_equation_hides_its_products(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(
        tmp_path, monkeypatch, f"a{suffix}", f"# Chemistry Notes\n\n{sentence}\n"
    )
    assert [html.unescape(text) for text in texts] == [REACTIONS[sentence]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The pipeline is Input -> Output for every stage in this course.",
        "Table salt dissolves as NaCl → Na⁺ + Cl⁻ in water.",
        "In the diagram, step A -> B comes first and then step C.",
    ],
)
def test_an_arrow_in_prose_is_no_equation(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Notes\n\n{sentence}\n\nThe museum opened in 1998 and drew 40,000 visitors.\n"
    assert article_clozes(tmp_path, monkeypatch, "a.md", text) == [
        "The museum opened in 1998 and drew {{c1::40,000}} visitors."
    ]


# 2. A plural subject whose verb no list names: the plural is the subject's head, not its verb.

UNLISTED_VERBS = [
    ("Nerve impulses travel fast along myelinated axons.", "{{c1::Nerve impulses}} travel"),
    ("Migratory birds navigate by the Earth's magnetic field.", "{{c1::Migratory birds}} navigate"),
    ("Immune cells patrol the lymph nodes.", "{{c1::Immune cells}} patrol"),
    ("Storm clouds gather quickly over warm oceans.", "{{c1::Storm clouds}} gather"),
    ("Integral proteins span the lipid bilayer.", "{{c1::Integral proteins}} span"),
    ("Benzodiazepine agonists remain the commonest treatment.", "{{c1::Benzodiazepine agonists}}"),
    ("Sea turtles bury their eggs in warm sand.", "{{c1::Sea turtles}} bury"),
    ("Small pots dry out within hours.", "{{c1::Small pots}} dry out"),
    ("Antibiotic resistance genes spread rapidly.", "{{c1::Antibiotic resistance genes}}"),
    ("Glacier tongues retreat every summer.", "{{c1::Glacier tongues}} retreat"),
    ("Solar panels degrade slowly over decades.", "Solar panels degrade slowly over {{c1::"),
    # Already whole: kept.
    ("Hormone levels fluctuate during the day.", "Hormone levels {{c1::fluctuate}}"),
    ("Tectonic plates drift a few centimetres each year.", "drift a few {{c1::centimetres}}"),
    ("Stem cells differentiate into many tissue types.", "Stem cells {{c1::differentiate}}"),
    # A singular subject's verb in -s, its object after it: kept.
    ("Caffeine blocks adenosine in the brain.", "Caffeine blocks {{c1::adenosine}} in"),
    ("Insulin lowers blood sugar after meals.", "{{c1::Insulin}} lowers blood sugar"),
    ("Coffee tastes bitter and sour.", "{{c1::Coffee}} tastes"),
    ("Glycolysis yields pyruvate in the cytoplasm.", "{{c1::Glycolysis}} yields"),
    (
        "Tart cherry juice modestly lengthens sleep in older adults.",
        "modestly {{c1::lengthens}} sleep",
    ),
    ("First paragraph wraps onto a second line.", "{{c1::First paragraph}} wraps"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), UNLISTED_VERBS)
def test_a_plural_subject_with_an_unlisted_verb_is_hidden_whole(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and expected in texts[0], texts


# 3. A noun compound in the object: a word of it is hidden with the noun it forms a term with.

OBJECTS = [
    ("Plants take in carbon dioxide through their stomata.", "in {{c1::carbon dioxide}} through"),
    ("Enzymes lower the activation energy of a reaction.", "the {{c1::activation energy}} of"),
    (
        "Mitochondria make ATP through oxidative phosphorylation.",
        "{{c1::oxidative phosphorylation}}",
    ),
    ("Anaemia reduces the oxygen capacity of the blood.", "the {{c1::oxygen capacity}} of"),
    ("Name the three stages of aerobic respiration.", "of {{c1::aerobic respiration}}"),
    # Kept: a plain adjective is no part of the term; a figure is hidden as it was.
    ("Delays are common in winter across the whole network.", "the whole {{c1::network}}"),
    ("Most advice is to keep a regular schedule.", "a regular {{c1::schedule}}"),
    ("Vaccines train the immune system to recognise pathogens.", "to {{c1::recognise}} pathogens"),
    ("The course consists of five modules.", "consists of {{c1::five modules}}"),
    ("The enzyme works best at 25°C.", "at {{c1::25°C}}"),
    ("Sunlight takes about 8 minutes to reach Earth.", "about {{c1::8 minutes}} to"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), OBJECTS)
def test_a_noun_compound_in_the_object_is_hidden_whole(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and expected in texts[0], texts


# 4. A subject whose -s word may be its plural head or its verb ("Desert plants store water"
# reads as "Caffeine blocks adenosine"): no word of it alone; the word after the verb.

UNSURE_SUBJECTS = [
    # "{{c1::Desert}} plants store water …", "Sea {{c1::otters}} crack …": half a subject.
    ("Desert plants store water in their stems.", "Desert plants store {{c1::water}} in"),
    ("Polar bears hunt seals on sea ice.", "Polar bears hunt {{c1::seals}} on"),
    ("Sea otters crack shells with rocks.", "Sea otters crack {{c1::shells}} with"),
    ("Hot desert plants store water.", "Hot desert plants store {{c1::water}}."),
    ("Arctic foxes store fat for winter.", "Arctic foxes store fat for {{c1::winter}}."),
    ("Grey wolves hunt deer in packs.", "Grey wolves hunt deer in {{c1::packs}}."),
    ("Tree roots draw water from soil.", "Tree roots draw {{c1::water}} from"),
    ("Honey bees share food with kin.", "Honey bees share {{c1::food}} with"),
    ("Desert ants track steps home.", "Desert ants track {{c1::steps}} home."),
    ("Sand dunes shift with wind.", "Sand dunes shift with {{c1::wind}}."),
    # The same from a key term: "{{c1::Seafloor}} currents shape …".
    ("Seafloor currents shape canyons.", "Seafloor currents shape {{c1::canyons}}."),
    ("Mountain gorillas build nests daily.", "Mountain gorillas build {{c1::nests}} daily."),
    ("Predatory spiders weave webs.", "Predatory spiders weave {{c1::webs}}."),
    ("Sunflower heads track sunlight.", "Sunflower heads track {{c1::sunlight}}."),
    ("Leafcutter ants farm fungus.", "Leafcutter ants farm {{c1::fungus}}."),
    # Kept: a verb a list names, a verb an adjective follows, a word after a preposition.
    ("Caffeine blocks adenosine in the brain.", "Caffeine blocks {{c1::adenosine}} in"),
    ("Insulin lowers blood sugar.", "{{c1::Insulin}} lowers blood sugar."),
    ("Yeast turns sugar into gas.", "{{c1::Yeast}} turns sugar"),
    ("Coffee tastes bitter.", "{{c1::Coffee}} tastes bitter."),
    ("Containers inside Pods talk over localhost.", "{{c1::Containers}} inside Pods"),
    ("Heat melts the wax fast.", "Heat melts the {{c1::wax}} fast."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), UNSURE_SUBJECTS)
def test_a_subject_that_may_run_on_is_not_hidden_in_part(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and expected in texts[0], texts


# 5. A word chosen inside a singular subject of 2 or 3 words, its verb after it: the whole
# subject ("Weekend {{c1::recovery}} sleep repays …" hid a third of it).

SINGULAR_SUBJECTS = [
    (
        "Weekend recovery sleep repays only part of the debt.",
        "{{c1::Weekend recovery sleep}} repays",
    ),
    ("Moderate exercise improves mood.", "{{c1::Moderate exercise}} improves"),
    (
        "Morning sunlight exposure anchors the body clock.",
        "{{c1::Morning sunlight exposure}} anchors",
    ),
    # Kept: a one-word subject, a chosen word past the subject, a preposition in it.
    ("The course consists of four modules.", "consists of {{c1::four modules}}"),
    ("Build tools add a compile step.", "add {{c1::a compile step}}."),
    ("Vitamin deficiency causes fatigue.", "causes {{c1::fatigue}}."),
    ("Containers inside Pods talk over localhost.", "{{c1::Containers}} inside Pods"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), SINGULAR_SUBJECTS)
def test_a_word_inside_a_singular_subject_widens_to_the_subject(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = article_clozes(tmp_path, monkeypatch, f"a{suffix}", _summary(bullet))
    assert len(texts) == 1 and expected in texts[0], texts
