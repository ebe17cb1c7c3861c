"""Clozes on lecture notes, leaflets and science news: lab units read as quantities."""

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
