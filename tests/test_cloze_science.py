"""Clozes on lecture notes, leaflets and science news: lab units read as quantities, a statistic
asked for instead of its confidence interval, and a sentence emphasised whole hidden in part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, str]:
    """Each cloze note `preview` shows for a one-article deck: its kind by its Text field."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    notes = [json.loads(line) for line in result.output.splitlines()]
    return {note["fields"]["Text"]: note["kind"] for note in notes if "Text" in note["fields"]}


def _warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The warnings `check` prints for a one-article deck."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "a.md"])
    return [line for line in result.output.splitlines() if ": warning: " in line]


def _prose(*paragraphs: str) -> str:
    return "# Clinical Notes\n\n## Body\n\n" + "\n\n".join(paragraphs) + "\n"


# Each sentence of a lecture's or a lab report's prose, as its claim should read.
LAB_VALUES = [
    "The resting membrane potential of a neuron is about {{c1::−70 mV}} at rest.",
    "The evoked response in the scalp recording is usually below {{c1::10 µV}} in adults.",
    "Serum ALT above {{c1::40 U/L}} suggests liver damage in most adults.",
    "Serum amylase above {{c1::300 IU/L}} points to acute pancreatitis in adults.",
    "A TSH above {{c1::4.5 mIU/L}} suggests an underactive thyroid gland in adults.",
    "Normal serum potassium in healthy adults is {{c1::3.5–5.0 mmol/L}} at rest.",
    "Serum creatinine above {{c1::120 µmol/L}} suggests kidney disease in adults.",
    "A serum ferritin below {{c1::30 ng/mL}} suggests iron deficiency in most adults.",
    "A BNP above {{c1::100 pg/mL}} suggests heart failure in breathless patients.",
    "Neutrophils below {{c1::1.5 ×10⁹/L}} count as neutropenia in most laboratories.",
    "Platelets below {{c1::150 x10^9/L}} count as thrombocytopenia in most laboratories.",
    "A CD4 count below {{c1::200 cells/µL}} defines AIDS in people with HIV.",
    "The protein albumin weighs about {{c1::66 kDa}} and carries fatty acids.",
    "A single chain of the hormone weighs about {{c1::5,808 Da}} in the pancreas.",
    "A normal eGFR in young adults is above {{c1::90 mL/min/1.73 m²}} on most lab reports.",
    "Serum sodium in healthy adults is normally {{c1::135–145 mEq/L}} on most lab reports.",
    "Plasma osmolality is normally {{c1::275–295 mOsm/kg}} in healthy adults at rest.",
    "A resting heart rate of {{c1::60–100 bpm}} is normal in healthy adults.",
    "Normal arterial oxygen tension is {{c1::10–13 kPa}} on room air at sea level.",
    "Blood pressure under {{c1::120/80 mmHg}} is considered normal for adults at rest.",
]


def test_lab_and_science_units_are_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, "mV", "µmol/L", "×10⁹/L" or "kDa" were no unit: the cloze hid a word ("The
    resting {{c1::potential}} is about −70 mV"), or cut the unit ("{{c1::90 mL/min}}/1.73 m²")."""
    plain = [text.replace("{{c1::", "").replace("}}", "") for text in LAB_VALUES]
    texts = _texts(tmp_path, monkeypatch, _prose(*plain))
    assert sorted(texts) == sorted(LAB_VALUES)


# A statistic with its confidence interval or p-value: the statistic is what a card asks.
STATISTICS = [
    "The new test has a sensitivity of {{c1::95%}} (95% CI 90–98%) in adults with chest pain.",
    "The odds ratio was {{c1::1.8}} (95% CI 1.2–2.7) for smokers compared with non-smokers.",
    "Smoking raised the risk of stroke in older adults (OR {{c1::1.8}}, 95% CI 1.2–2.7).",
    "Over 10 years, the hazard ratio for death was {{c1::0.8}} (95% CI 0.7–0.9) in the trial.",
    "Patients on the drug lost {{c1::2.1 kg}} more than controls (95% CI 1.5–2.7 kg; p &lt; 0.05).",
    "Relapse fell by {{c1::30%}} in the treated group (p &lt; 0.001) over two years of follow-up.",
    "Specificity was {{c1::88%}} (95% confidence interval 85% to 91%) in the validation cohort.",
]


def test_a_statistic_is_asked_for_not_its_confidence_interval(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, "The odds ratio was 1.8 ({{c1::95%}} CI 1.2–2.7)" asked for the interval's
    level; the interval stays on the front as context."""
    plain = [
        text.replace("{{c1::", "").replace("}}", "").replace("&lt;", "<") for text in STATISTICS
    ]
    texts = _texts(tmp_path, monkeypatch, _prose(*plain))
    assert sorted(texts) == sorted(STATISTICS)


def test_an_interval_with_no_statistic_is_reported_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _prose(
        "The 95% confidence interval for the mean was 4.1 to 5.3 in the analysis.",
        "Most adults need between 7 and 9 hours of sleep each night to stay well.",
    )
    assert list(_texts(tmp_path, monkeypatch, article).values()) == ["claim"]
    [warning] = _warnings(tmp_path, monkeypatch, article)
    assert "a.md:5: warning: claim 'The 95% confidence interval" in warning
    assert "has no clear cloze target" in warning


def test_a_percentage_of_people_is_still_the_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a confidence level is passed over, not every "95%"."""
    article = _prose("About 95% of patients recovered within two weeks of starting the treatment.")
    assert _texts(tmp_path, monkeypatch, article) == {
        "About {{c1::95%}} of patients recovered within two weeks of starting the treatment.": (
            "claim"
        )
    }


LEAFLET = """\
# Medicines for Children

## Safety

**Never give a child medicine that was prescribed for somebody else.**

**Never give aspirin to children under 16 because of the risk of Reye's syndrome.**

Paracetamol is safe for most children. **Never give aspirin to any child under 16 years of \
age.** Ask a pharmacist first.

Most fevers pass in a few days. **Ibuprofen** is an anti-inflammatory that brings down a fever.

## Key Takeaways

- **Always read the label before you give a child any medicine.**
- Store medicines **safely** out of reach of children.
"""


def test_a_sentence_emphasised_whole_is_never_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, each bold sentence was one "[...]" on the front. Now the usual rules choose inside
    it (a number, a key term for a takeaway), or the claim is reported; emphasis on a part of a
    sentence is still what it hides."""
    texts = _texts(tmp_path, monkeypatch, LEAFLET)
    assert texts == {
        "Never give aspirin to children under {{c1::16}} because of the risk of Reye's syndrome.": (
            "claim"
        ),
        "Never give aspirin to any child under {{c1::16 years}} of age.": "claim",
        "{{c1::Ibuprofen}} is an anti-inflammatory that brings down a fever.": "claim",
        "Always read the {{c1::label}} before you give a child any medicine.": "takeaway",
        "Store medicines {{c1::safely}} out of reach of children.": "takeaway",
    }
    [warning] = _warnings(tmp_path, monkeypatch, LEAFLET)
    assert warning.startswith("a.md:5: warning: claim 'Never give a child medicine that was")
    assert "has no clear cloze target" in warning


# A ratio and a pH are the figure a sentence reports: before, neither was a quantity, and the
# sentence was no claim at all.
RATIOS_AND_PH = [
    "The Black Death killed {{c1::1 in 3}} Europeans in the middle of the fourteenth century.",
    "About {{c1::1 in 10}} adults in the country has diabetes, most of them type 2.",
    "Cystic fibrosis affects about {{c1::1 in 2,500}} newborns of European descent.",
    "Down syndrome occurs in about {{c1::1 in 1000}} live births worldwide each year.",
    "Normal arterial blood pH is {{c1::7.35 to 7.45}} in healthy adults at rest.",
    "A blood pH below {{c1::7.35}} means acidosis, whatever the cause of it is.",
    "The stomach has a pH of about {{c1::1.5 to 3.5}} between meals in most adults.",
]


def test_a_ratio_and_a_ph_are_carded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = [text.replace("{{c1::", "").replace("}}", "") for text in RATIOS_AND_PH]
    texts = _texts(tmp_path, monkeypatch, _prose(*plain))
    assert sorted(texts) == sorted(RATIOS_AND_PH)


def test_a_short_ratio_or_ph_is_carded_a_shorter_one_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence that states a quantity needs 5 words, not 8; under that it is reported, as
    any other, not lost without a word."""
    article = _prose(
        "Normal blood pH is 7.35 to 7.45.",
        "About 1 in 10 adults has diabetes.",
        "The Black Death killed 1 in 3 Europeans.",
        "Blood pH is 7.4.",
    )
    assert _texts(tmp_path, monkeypatch, article) == {
        "Normal blood pH is {{c1::7.35 to 7.45}}.": "claim",
        "About {{c1::1 in 10}} adults has diabetes.": "claim",
        "The Black Death killed {{c1::1 in 3}} Europeans.": "claim",
    }
    assert _warnings(tmp_path, monkeypatch, article) == [
        "a.md:11: warning: claim 'Blood pH is 7.4.' is too short to stand alone",
    ]


def test_a_year_opening_a_sentence_without_a_comma_is_its_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "In 1905 Einstein published his theory …": the year is the event's, and "his" points at
    the name before it. A pronoun with no name before it still leans on the sentence before."""
    article = _prose(
        "In 1905 Einstein published his theory of special relativity in a German journal.",
        "In 1898 the Curies announced the discovery of polonium, named after Poland.",
        "In 1915 he published his general theory of relativity in the same journal.",
    )
    assert list(_texts(tmp_path, monkeypatch, article)) == [
        "In {{c1::1905}} Einstein published his theory of special relativity in a German journal.",
        "In {{c1::1898}} the Curies announced the discovery of polonium, named after Poland.",
    ]


def test_counts_and_ph_in_passing_stay_uncarded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare count, "won 3 of them" and a pH with no value are no quantity: such sentences
    are ordinary prose, neither carded nor reported."""
    article = _prose(
        "The committee named 3 things to change in the next review of the rules.",
        "The team won 3 of them and lost none of the finals that season.",
        "Gastric acid keeps the pH of the stomach low enough to kill most bacteria.",
        "Most adults need between 7 and 9 hours of sleep each night to stay well.",
    )
    assert list(_texts(tmp_path, monkeypatch, article).values()) == ["claim"]


def test_a_date_an_event_happened_on_is_a_claim_and_hidden_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A history's facts are its dates: they gave no card. A date is hidden only where the
    sentence has no figure, emphasis, contrast or definition. A year that opens a sentence is the
    event's date too ("In 1204, …"); a date of the page's own ("accessed in May 2025") is no
    event's."""
    article = _prose(
        "The Magna Carta was sealed by King John at Runnymede in 1215.",
        "The siege of the city began on 6 April 1453 and lasted 53 days.",
        "The city fell on May 29, 1453, after a final assault at dawn.",
        "Scotland has provided free personal care to older people since 2002.",
        "In 1204, crusaders sacked the city and carried off its treasures.",
        "The list was compiled from public sources, accessed in May 2025 by our team.",
    )
    assert list(_texts(tmp_path, monkeypatch, article)) == [
        "The Magna Carta was sealed by King John at Runnymede in {{c1::1215}}.",
        "The siege of the city began on 6 April 1453 and lasted {{c1::53 days}}.",
        "The city fell on {{c1::May 29, 1453}}, after a final assault at dawn.",
        "Scotland has provided free personal care to older people since {{c1::2002}}.",
        "In {{c1::1204}}, crusaders sacked the city and carried off its treasures.",
    ]
    assert _warnings(tmp_path, monkeypatch, article) == []
