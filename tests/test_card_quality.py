"""Card-quality complaints on real documents: claims that lean or set up an example, Q:/A:
pairs and troubleshooting items read as FAQs, long lead labels, "In Short" summaries, and the
wording of two messages. Each runs the real CLI on real files."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, *args: str) -> tuple[str, str]:
    """stdout and stderr of `docdeck ARGS a.md` on a one-article deck."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "a.md"])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def _notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict[str, str]]:
    stdout, _ = _run(tmp_path, monkeypatch, text, "preview", "--json")
    return [
        {"kind": record["kind"], **record["fields"]}
        for record in map(json.loads, stdout.splitlines())
    ]


def _warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    stdout, stderr = _run(tmp_path, monkeypatch, text, "preview")
    return [line for line in (stdout + stderr).splitlines() if "warning:" in line]


# 1. Claims that lean or not.

ANTICIPATORY = [
    "It is estimated that 95% of Americans fall short of the recommended fiber intake.",
    "It is well known that caffeine blocks adenosine receptors for about 5 hours.",
    "It is likely that 30% of adults drink too little water every single day.",
    "It takes about 45 minutes for caffeine to reach its peak level in the blood.",
    "It is worth noting that 40% of caffeine is cleared within the first 3 hours.",
    "It's important to drink 2 litres of water a day in hot weather.",
]


@pytest.mark.parametrize("sentence", ANTICIPATORY)
def test_an_it_that_stands_for_the_clause_after_it_leans_on_nothing(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = _notes(tmp_path, monkeypatch, f"# Caffeine\n\n{sentence}\n")
    assert [note["Text"].replace("{{c1::", "").replace("}}", "") for note in notes] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is known to cause headaches in 30% of the people who drink it daily.",
        "It is a stimulant that blocks adenosine receptors in 90% of brain regions.",
        "It takes effect within 30 minutes for most adults who drink a full cup.",
    ],
)
def test_an_it_that_names_a_thing_before_still_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Caffeine\n\nCoffee supplies 70% of the caffeine adults take in.\n\n{sentence}\n"
    assert any(
        "leans on the sentence before it" in w for w in _warnings(tmp_path, monkeypatch, text)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of it is handled by the liver enzyme CYP1A2, which clears 40% of it in an hour.",
        "All of them showed a 30% drop in blood pressure after the ten week trial.",
        "Much of this comes from coffee, which supplies 70% of the caffeine adults take in.",
        "Some of these cut the risk by 20% in the adults who took part in the trial.",
    ],
)
def test_a_part_of_something_named_before_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Caffeine\n\nCoffee supplies 70% of the caffeine adults take in.\n\n{sentence}\n"
    assert _warnings(tmp_path, monkeypatch, text) == [
        f"a.md:5: warning: claim '{sentence[:59].rstrip()}…' leans on the sentence before it"
    ]


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("The **spacing effect** is the finding that spread-out study lasts longer.", False),
        ("The **spacing effect** is about 40% larger in adults over 60 years old.", False),
        # A kind named ("spacing" effect) without emphasis, too: tests/test_named_kinds.py.
        ("The spacing effect is about 40% larger in adults over 60 years old.", False),
        ("The main effect is about 40% larger in adults over 60 years old.", True),
        ("The **striking** finding is that spread-out study lasts 40% longer.", True),
    ],
)
def test_a_generic_subject_leans_unless_it_is_an_emphasised_term(
    sentence: str, leans: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The effect is …" points back; "The **spacing effect** is …" names a concept."""
    text = f"# Memory\n\nAbout 70% of students mass their study before an exam.\n\n{sentence}\n"
    warned = any(
        "leans on the sentence before it" in w for w in _warnings(tmp_path, monkeypatch, text)
    )
    assert warned == leans


@pytest.mark.parametrize(
    "sentence",
    [
        "Suppose you invest $100,000 for 30 years at a 6% annual return.",
        "Imagine a town of 10,000 people where 30% of adults smoke every day.",
        "Say you save $500 a month for 10 years in a plain savings account.",
        "Let's say you run 5 km three times a week for a whole year.",
        "If you were to invest $100,000 for 30 years at 6%, it would grow sixfold.",
        "Worked example: a price rising from $2 to $3 cuts daily sales from 110 to 90 cups.",
    ],
)
def test_a_hypothetical_set_up_is_no_claim(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        f"# Investing\n\nCompound interest grows savings by 6% a year on average.\n\n{sentence}\n"
    )
    notes = _notes(tmp_path, monkeypatch, text)
    assert [note["Text"] for note in notes] == [
        "Compound interest grows savings by {{c1::6%}} a year on average."
    ]
    clipped = sentence if len(sentence) <= 60 else f"{sentence[:59].rstrip()}…"
    assert f"a.md:5: warning: claim '{clipped}' sets up a hypothetical example, not a claim" in (
        _warnings(tmp_path, monkeypatch, text)
    )


# 2. FAQ shapes.

INTERVIEW = """# Kubernetes

## {heading}

**Q: What is a Pod?**

*A: The smallest deployable unit in Kubernetes, holding one or more containers.*

**Q: What is a Service?**

*A: A stable network endpoint for a set of Pods.*
"""
PAIRS = [
    (
        "What is a Pod?",
        "The smallest deployable unit in Kubernetes, holding one or more containers.",
    ),
    ("What is a Service?", "A stable network endpoint for a set of Pods."),
]


def _faqs(notes: list[dict[str, str]]) -> list[tuple[str, str]]:
    return [(note["Question"], note["Answer"]) for note in notes if note["kind"] == "faq"]


@pytest.mark.parametrize(
    "heading",
    ["Interview Questions", "Common Questions", "Questions and Answers", "Q&A", "Q and A"],
)
def test_bold_q_and_a_paragraphs_are_faq_pairs(
    heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = INTERVIEW.format(heading=heading)
    assert _notes(tmp_path, monkeypatch, text) == [
        {"kind": "faq", "Question": q, "Answer": a, "Context": "", "Source": source}
        for (q, a), source in zip(PAIRS, _sources(heading, (5, 9)), strict=True)
    ]
    assert _warnings(tmp_path, monkeypatch, text) == []


def _sources(heading: str, lines: tuple[int, ...]) -> list[str]:
    heading = html.escape(heading)
    return [f"Kubernetes › {heading} <span class=line>(a.md:{line})</span>" for line in lines]


def test_labelled_pairs_are_faqs_outside_an_faq_heading_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Kubernetes\n\n## Basics\n\n"
        "**Q: What is a Pod?**\n\n*A: The smallest deployable unit in Kubernetes.*\n\n"
        "Pods are scheduled onto nodes, not onto the control plane, by the scheduler.\n\n"
        "Q: What is a Node?\nA: A worker machine in the cluster.\n\n"
        "**Q: Is this one paired?**\n\nNo label here, so this stays a paragraph.\n"
    )
    notes = _notes(tmp_path, monkeypatch, text)
    assert _faqs(notes) == [
        ("What is a Pod?", "The smallest deployable unit in Kubernetes."),
        ("What is a Node?", "A worker machine in the cluster."),
    ]
    # The paragraph after a labelled answer is prose again.
    assert [note["Text"] for note in notes if note["kind"] == "claim"] == [
        "Pods are scheduled onto {{c1::nodes}}, not onto the control plane, by the scheduler."
    ]


@pytest.mark.parametrize("heading", ["Troubleshooting", "FAQ"])
def test_a_problem_stated_as_a_sentence_asks_for_its_fix(
    heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        f"# Deploy Tool\n\n## {heading}\n\n"
        "### It says it can't reach the server.\n\n"
        "Check that the VPN is connected, then run the command again.\n\n"
        "### Billing\n\n#### Why was I charged twice?\n\nA refund is issued within 5 days.\n"
    )
    assert _faqs(_notes(tmp_path, monkeypatch, text)) == [
        (
            "It says it can't reach the server.",
            "Check that the VPN is connected, then run the command again.",
        ),
        ("Why was I charged twice?", "A refund is issued within 5 days."),
    ]
    stdout, _ = _run(tmp_path, monkeypatch, text, "check")
    assert stdout == "0 errors, 0 warnings\n"


def test_html_in_an_faq_answer_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "# Deploy Tool\n\n## FAQ\n\n### Why is it slow?\n\n"
        "Because the cache is cold on the first run.\n\n"
        "<div class=note>Warm it with deploy --warm.</div>\n\n"
        "<!-- a comment is no text -->\n"
    )
    assert _warnings(tmp_path, monkeypatch, text) == [
        "a.md:9: warning: HTML block in the answer to 'Why is it slow?' is left out of it;"
        " write that part of the answer as Markdown, or add an override in the spec"
    ]


# 3. A long bold lead label.


@pytest.mark.parametrize(
    "label", ["**The correct way to scale:**", "**The correct way to scale**:"]
)
def test_a_long_lead_label_is_never_clozed(
    label: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Kubernetes Basics\n\n## Key Takeaways\n\n"
        f"- {label} Spin up a new Pod for each replica of your application.\n"
    )
    [note] = _notes(tmp_path, monkeypatch, text)
    front, _, _ = note["Text"].partition("{{c1::")
    assert front.startswith("The correct way to scale: ")
    assert len(front) > len("The correct way to scale: ")


# 4. Summary headings.


@pytest.mark.parametrize(
    "heading",
    [
        *("In Short", "In a Nutshell", "TL;DR", "Bottom Line", "The Bottom Line", "Quick Summary"),
        *("Key Messages", "Take-home message", "Summary of Key Points", "Revision Summary"),
        *("Section Summary", "Module summary"),
        *("Conclusion", "In conclusion", "Conclusions"),
    ],
)
def test_a_bullet_list_under_a_short_summary_heading_is_takeaways(
    heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        f"# Caffeine\n\n## {heading}\n\n"
        "- Caffeine blocks adenosine receptors for about 5 hours.\n"
        "- Coffee supplies 70% of the caffeine adults take in.\n"
    )
    assert [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "takeaway"] == [
        "Caffeine blocks adenosine receptors for about {{c1::5 hours}}.",
        "Coffee supplies {{c1::70%}} of the caffeine adults take in.",
    ]


def test_a_takeaway_with_no_other_target_hides_its_bare_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release note's highlight hid its verb ("Tallow now {{c1::requires}} Python 3.9"): a
    figure with no unit is still the fact, with the rest of its range. A figure inside a name
    or a code ("COVID-19") is not one."""
    text = (
        "# Tallow 3.0\n\n## Highlights\n\n"
        "- Tallow now requires Python 3.9 or later.\n"
        "- Divide 72 by the interest rate to estimate when money doubles.\n"
        "- Oxidative phosphorylation makes most ATP, about 26 to 28 per glucose.\n"
        "- The COVID-19 pandemic closed the office.\n"
    )
    assert [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "takeaway"] == [
        "Tallow now requires Python {{c1::3.9}} or later.",
        "Divide {{c1::72}} by the interest rate to estimate when money doubles.",
        "Oxidative phosphorylation makes most ATP, about {{c1::26 to 28}} per glucose.",
        "The {{c1::COVID-19}} pandemic closed the office.",
    ]


# 5. Wording.


def test_a_binary_bare_source_is_refused_without_naming_a_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bin.txt").write_bytes(b"caffeine\x00\x01\x02")
    result = CliRunner().invoke(main, ["build", "bin.txt"])
    assert result.exit_code == 2
    assert (
        result.stderr
        == "Error: bin.txt: binary file, not text; use a plain-text .txt or .md file\n"
    )


def test_code_in_an_faq_answer_is_no_word_of_its_length(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = "\n".join(f"kubectl get pods --namespace team-{n} --output wide" for n in range(12))
    text = (
        "# Kubernetes\n\n## FAQ\n\n### How do I list every Pod?\n\n"
        f"Run this for each namespace:\n\n```\n{code}\n```\n"
    )
    stdout, _ = _run(tmp_path, monkeypatch, text, "check")
    assert stdout == "0 errors, 0 warnings\n"
    long_prose = " ".join(
        f"Step {n} lists the Pods of namespace team-{n} in wide form." for n in range(5)
    )
    stdout, _ = _run(
        tmp_path, monkeypatch, text.replace("Run this for each namespace:", long_prose), "check"
    )
    assert "a.md:5: warning: answer has 55 words (over 40)" in stdout


def test_a_question_beside_a_topic_heading_belongs_to_the_faq(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under an FAQ heading, "### Return window" is a topic of its own; the question heading
    after it, at its level, is the FAQ's again (a deeper one stays the topic's)."""
    text = (
        "# Returns\n\n## FAQ\n\n### Return window\n\nYou have 30 days from the delivery date.\n\n"
        "#### Can I extend it?\n\nOnly for gifts bought in December.\n\n"
        "### What if the item arrived damaged?\n\nSend a photo within 48 hours of delivery.\n"
    )
    stdout, _ = _run(tmp_path, monkeypatch, text, "preview", "--json")
    faqs = [record for record in map(json.loads, stdout.splitlines()) if record["kind"] == "faq"]
    assert [(r["fields"]["Question"], r["section"]) for r in faqs] == [
        ("Can I extend it?", "Return window"),
        ("What if the item arrived damaged?", "FAQ"),
    ]


# 6. Length.


def test_a_short_sentence_is_a_claim_only_when_it_states_a_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fewer than 8 words say too little, unless they state a quantity: "Each tablet contains
    5 mg of widgetol." is a whole fact in 7. Under 5 words nothing stands alone."""
    text = (
        "# Widgetol\n\n## Contents\n\n"
        "Each tablet contains 5 mg of widgetol. Caffeine's half-life is 5 hours."
        " Conflicts fell 30%. Widgetol is a white round tablet.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Each tablet contains {{c1::5 mg}} of widgetol.",
        "Caffeine's half-life is {{c1::5 hours}}.",
    ]
    assert _warnings(tmp_path, monkeypatch, text) == [
        "a.md:5: warning: claim 'Conflicts fell 30%.' is too short to stand alone",
        "a.md:5: warning: claim 'Widgetol is a white round tablet.' is too short to stand alone",
    ]


def test_a_short_sentence_that_dates_an_event_is_a_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An event's date is a whole fact in few words, as a quantity is; a factsheet's own date
    ("as at …"), a heading-like line without a period and what did not happen are none."""
    text = (
        "# Chile\n\n**Monthly factsheet as at 31 October 2024.**\n\n## History\n\n"
        "Pedro de Valdivia founded Santiago in 1541. The first congress met in 1811."
        " It ended in 1945. The plague did not disappear in 1351.\n\n"
        "Performance to 31 October 2024\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Pedro de Valdivia founded Santiago in {{c1::1541}}.",
        "The first congress met in {{c1::1811}}.",
        "The first congress ended in {{c1::1945}}.",  # its "It": the congress
    ]


def test_a_lists_firm_items_are_claims_and_its_entries_are_not_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Release notes, steps and tips are lists, not prose: their firm sentences were lost
    without a word. A short item is an entry ("2 cups flour"): neither carded nor reported."""
    text = (
        "# Pancakes\n\nA weekend breakfast that takes little effort.\n\n"
        "## Ingredients\n\n- 2 cups flour\n- 1 cup whole milk\n\n"
        "## Steps\n\n1. Heat a griddle to 190 °C and brush it with butter.\n"
        "2. Cook each pancake for 2 to 3 minutes per side, until golden.\n"
        "3. Serve them warm.\n\n"
        "## FAQ\n\nMost batters keep in the fridge for up to 2 days before they go flat.\n\n"
        "### Can I freeze them?\n\nYes, for a month.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Heat a griddle to {{c1::190 °C}} and brush it with butter.",
        "Cook each pancake for {{c1::2 to 3 minutes}} per side, until golden.",
        "Most batters keep in the fridge for up to {{c1::2 days}} before they go flat.",
    ]
    assert _warnings(tmp_path, monkeypatch, text) == []


def test_a_worked_example_after_its_set_up_is_no_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The figures after "Suppose …" in its paragraph are the example's, not facts: "you save
    $1,540" and "That $7,000 becomes …" were carded; "Now suppose …" is a set-up too."""
    text = (
        "# IRAs\n\n"
        "Roth withdrawals after age 59 are tax-free, which saves about 20% on average.\n\n"
        "Suppose you are in the 22% tax bracket today and contribute $7,000 this year."
        " With a Traditional IRA you save $1,540 in taxes this year."
        " Now suppose the account grows 7% a year for 30 years."
        " That $7,000 becomes about $53,300.\n\n"
        "A Traditional IRA lowers this year's taxable income by up to $7,000 in 2024.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert [claim.split("{{")[0] for claim in claims] == [
        "Roth withdrawals after age 59 are tax-free, which saves about ",
        "A Traditional IRA lowers this year's taxable income by up to ",
    ]
    assert _warnings(tmp_path, monkeypatch, text) == [
        "a.md:5: warning: claim 'Suppose you are in the 22% tax bracket today and contribute…'"
        " sets up a hypothetical example, not a claim",
        "a.md:5: warning: claim 'With a Traditional IRA you save $1,540 in taxes this year.'"
        " works through the example on line 5",
        "a.md:5: warning: claim 'Now suppose the account grows 7% a year for 30 years.'"
        " sets up a hypothetical example, not a claim",
        "a.md:5: warning: claim 'That $7,000 becomes about $53,300.' works through the example"
        " on line 5",
    ]


def test_a_changelogs_stock_line_speaks_about_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep a Changelog's opening line was carded ("All notable changes … are documented in
    {{c1::this file}}")."""
    text = (
        "# Changelog\n\nAll notable changes to this project are documented in this file, per"
        " release, since version 1.0.\n\n## 2.0.0\n\n"
        "- Chunk size increased from 4 MB to 8 MB, which cuts upload time by about 30%.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Chunk size increased from 4 MB to 8 MB, which cuts upload time by about {{c1::30%}}."
    ]
    assert _warnings(tmp_path, monkeypatch, text) == [
        "a.md:3: warning: paragraph speaks about the page or sells something"
    ]


def test_a_list_item_completing_its_lead_in_is_carded_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "are in the last [...] of pregnancy" lost the warning that makes it a fact: an item in
    lower case after a lead-in ending in ":" is read with the lead-in."""
    text = (
        "# Ibuprofen\n\n## Before you take it\n\nDo not take Ibuprofen tablets if you:\n\n"
        "- are in the last 3 months of pregnancy\n"
        "- Most adults take 200 mg to 400 mg every 4 to 6 hours with food.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Do not take Ibuprofen tablets if you are in the last {{c1::3 months}} of pregnancy",
        "Most adults take {{c1::200 mg to 400 mg}} every 4 to 6 hours with food.",
    ]


def test_a_figure_written_twice_is_hidden_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second "$7,000" stood beside the blank and gave it away. A figure inside another
    ("$17,000", "0.1%", "5 mg/L"), the same digits with a unit of their own ("7 °C") or a
    confidence interval's level stays in view."""
    text = (
        "# IRAs\n\nYou cannot put $7,000 in a Roth and another $7,000 in a Traditional IRA,"
        " nor $17,000 in both.\n\n"
        "Active funds cost about 1% a year, against roughly 0.1% for index funds.\n\n"
        "The new test has a sensitivity of 95% (95% CI 90–98%) in adults with chest pain.\n\n"
        "A pH of 7 is neutral, and water at 7 °C is cold enough to numb your hands.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "You cannot put {{c1::$7,000}} in a Roth and another {{c1::$7,000}} in a Traditional"
        " IRA, nor $17,000 in both.",
        "Active funds cost about {{c1::1%}} a year, against roughly 0.1% for index funds.",
        "The new test has a sensitivity of {{c1::95%}} (95% CI 90–98%) in adults with chest pain.",
        "A pH of {{c1::7}} is neutral, and water at 7 °C is cold enough to numb your hands.",
    ]


def test_a_lead_in_completed_by_its_list_is_carded_with_its_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A leaflet's frequency line was carded alone ("Common (may affect up to [...] people):")
    and its side effects, the point, were dropped as restating it."""
    text = (
        "# Ibuprofen\n\n## Possible side effects\n\n"
        "Tell your doctor about any side effect. Common (may affect up to 1 in 10 people):\n\n"
        "- heartburn, indigestion, stomach pain\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Common (may affect up to {{c1::1 in 10}} people) heartburn, indigestion, stomach pain"
    ]
    assert _warnings(tmp_path, monkeypatch, text) == []


def test_pros_and_cons_name_what_they_are_pros_and_cons_of(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two products' "Pros" lists gave two cards reading "[...] of battery life with ANC on".
    A heading that names no product ("Our verdict …") gives way to the page's title."""
    text = (
        "# Sony vs Bose\n\n## Pros and cons\n\n### Sony WH-1000XM5\n\n**Pros**\n\n"
        "- 30 hours of battery life with ANC on\n\n### Bose QuietComfort Ultra\n\n"
        "#### Cons\n\n- 24 hours of battery life with ANC on, less than the Sony\n\n"
        "## Our verdict after three weeks\n\n### Advantages\n\n"
        "- Both pairs fold flat into a case about 3 cm thick\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Sony WH-1000XM5 — Pros: {{c1::30 hours}} of battery life with ANC on",
        "Bose QuietComfort Ultra — Cons: {{c1::24 hours}} of battery life with ANC on, less"
        " than the Sony",
        "Sony vs Bose — Advantages: Both pairs fold flat into a case about {{c1::3 cm}} thick",
    ]


def test_a_figure_hidden_twice_is_one_answer_to_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` read "1 in 10 1 in 10" as a cloze hiding 6 words."""
    text = "# Diabetes\n\nAbout 1 in 10 adults has diabetes, and 1 in 10 more has prediabetes.\n"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "a.md"])
    assert result.output.splitlines() == ["0 errors, 0 warnings"]


def test_a_lead_in_that_is_a_sentence_is_carded_alone_and_its_fragments_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "here is what to bring:" is finished: gluing "your insurance card …" onto it made a
    nonsense card and dropped the next item as a restatement."""
    text = (
        "# Clinic\n\n## Visiting\n\n"
        "The clinic is open from 8 am to 6 pm on weekdays, and here is what to bring:\n\n"
        "- your insurance card and a photo ID issued in the last ten years\n"
        "- a list of every medicine you take, with doses\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "The clinic is open from {{c1::8 am to 6 pm}} on weekdays, and here is what to bring:"
    ]
    assert _warnings(tmp_path, monkeypatch, text) == []


def test_a_timetables_entries_are_plans_not_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An itinerary hid each entry's time ("[...]: walk up to the castle")."""
    text = (
        "# Lisbon in Three Days\n\n## Day 1: Alfama\n\n"
        "- 10:30 am: walk up to Castelo de São Jorge, allow two hours for the visit\n"
        "- Day 2 – take the train to Sintra, 40 minutes each way from Rossio\n"
        "- Week 3 (Jan 27): membranes, with a short quiz on the first 20 minutes\n"
        "- A 24-hour transport pass costs €7.20 and covers trams, buses and the metro.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "A 24-hour transport pass costs {{c1::€7.20}} and covers trams, buses and the metro."
    ]


def test_short_logistics_and_support_promises_are_no_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under 8 words a clock time is logistics, not a claim; a support team's promise in an
    FAQ's opening paragraph sells."""
    text = (
        "# Club night\n\n## Tickets\n\nDoors open at 6:30 pm sharp."
        " Each ticket costs £12 at the door.\n\n## FAQ\n\n"
        "Can't find your answer? Our team replies within 24 hours, 7 days a week.\n\n"
        "### Is there parking?\n\nYes, behind the hall.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == ["Each ticket costs {{c1::£12}} at the door."]


def test_an_ingredient_list_holds_entries_not_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "3 very ripe bananas, mashed (about 300 g)" hid the weight, as if it were a fact."""
    text = (
        "# Banana Bread\n\n## Ingredients\n\n"
        "- 3 very ripe bananas, mashed (about 300 g in all)\n"
        "- 75 g unsalted butter, melted and cooled slightly\n\n"
        "## Method\n\n"
        "1. Preheat the oven to 175 °C and grease a 23 x 13 cm loaf tin.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == ["Preheat the oven to {{c1::175 °C}} and grease a 23 x 13 cm loaf tin."]


def test_a_changelogs_entries_name_their_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under "## 3.2.0 - 2025-02-18" › "### Changed" an entry lost its version."""
    text = (
        "# Changelog\n\n## 3.2.0 - 2025-02-18\n\n### Changed\n\n"
        "- Chunk size increased from 4 MB to 8 MB, which cuts upload time by about 30%.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "3.2.0 - 2025-02-18 — Changed: Chunk size increased from 4 MB to 8 MB, which cuts upload"
        " time by about {{c1::30%}}."
    ]


def test_a_figure_spelled_out_keeps_a_demonstrative_opener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "This pattern holds across 26 years" is kept for its figure; "every two years" is one
    too: the sentence was reported as leaning on the one before."""
    text = "# Remote Work Policy\n\n## Review\n\nThis policy is reviewed every two years by HR.\n"
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == ["This policy is reviewed every {{c1::two years}} by HR."]


def test_a_one_letter_name_after_its_noun_ends_a_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "in Hall B." was read as an initial: two sentences made one cloze. An initial
    ("J. R. R. Tolkien") still is one, and so are initials written together ("J.J. Thomson",
    which ended a sentence "… – J.J." too short to card)."""
    text = (
        "# Biology 101\n\n## Schedule\n\n"
        "Lectures meet twice a week for 75 minutes in Hall B. Labs meet once a week for three"
        " hours in room 4.\n\nThe course follows J. R. R. Tolkien's advice to read for 20 minutes a"
        " day.\n\nIn 1897 J.J. Thomson discovered the electron with cathode rays.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Lectures meet twice a week for {{c1::75 minutes}} in Hall B.",
        "Labs meet once a week for {{c1::three hours}} in room 4.",
        "The course follows J. R. R. Tolkien's advice to read for {{c1::20 minutes}} a day.",
        "In {{c1::1897}} J.J. Thomson discovered the electron with cathode rays.",
    ]


def test_a_short_item_whose_figure_sizes_its_subject_is_a_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slide's "- SHA-256 produces a 256-bit digest" was dropped as an entry, silently: a
    figure joined to its unit by a hyphen ("256-bit", "12-volt") makes a short item a fact. The
    figure of a name ("SHA-256") is never the cloze; a list of parts stays entries."""
    text = (
        "# Cryptography basics\n\nSome notes on keys and hashing in modern systems.\n\n"
        "## RSA and hashing\n\n"
        "- 2048-bit keys are the current minimum recommendation\n"
        "- SHA-256 produces a 256-bit digest\n"
        "- A 12-volt battery powers the starter motor\n"
        "- A 12-volt battery and two 10-metre cables\n"
        "- One 20-litre jerrycan of water per person\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "{{c1::2048-bit}} keys are the current minimum recommendation",
        "SHA-256 produces a {{c1::256-bit}} digest",
        "A {{c1::12-volt}} battery powers the starter motor",
    ]
    assert _warnings(tmp_path, monkeypatch, text) == []


def test_consider_and_take_set_up_a_case_but_not_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Consider two savers who both earn 7% a year." was carded as a fact, and the example
    worked through after it too. Before a case "Consider", "Take" set one up; before a thing
    they advise, and a dose stays a dose."""
    text = (
        "# Compound interest\n\nCompound interest grows savings over long periods of time.\n\n"
        "## Examples\n\n"
        "Consider two savers who both earn 7% a year. The first ends with £1,100,000.\n\n"
        "Take the case of a borrower with a £200,000 mortgage at 6%.\n\n"
        "Consider a household that spends £2,500 a month.\n\n"
        "## Advice\n\n"
        "Consider a fixed-rate mortgage if rates are rising faster than 2% a year.\n\n"
        "Take two tablets with water every 4 hours when needed.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "Consider a fixed-rate mortgage if rates are rising faster than {{c1::2%}} a year.",
        "Take two tablets with water every {{c1::4 hours}} when needed.",
    ]
    assert _warnings(tmp_path, monkeypatch, text) == [
        "a.md:7: warning: claim 'Consider two savers who both earn 7% a year.' sets up a "
        "hypothetical example, not a claim",
        "a.md:7: warning: claim 'The first ends with £1,100,000.' works through the example on "
        "line 7",
        "a.md:9: warning: claim 'Take the case of a borrower with a £200,000 mortgage at 6%.' "
        "sets up a hypothetical example, not a claim",
        "a.md:11: warning: claim 'Consider a household that spends £2,500 a month.' sets up a "
        "hypothetical example, not a claim",
    ]


def test_a_demonstrative_later_in_the_sentence_leans_on_what_the_one_before_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Nerve cells spend up to 70% of their energy running these pumps." was carded alone:
    which pumps? A demonstrative and a noun the sentence before names lean on it; a fixed phrase
    ("this year"), "that" as a conjunction or a relative, "those who …" do not."""
    text = (
        "# Membranes\n\n"
        "For each molecule of ATP it uses, the pump moves 3 sodium ions out of the cell. "
        "Nerve cells spend up to 70% of their energy running these pumps.\n\n"
        "Households hold a share of their wealth in property. "
        "Younger buyers keep about 40% of that share in a single home.\n\n"
        "Interest rates rose sharply last year. "
        "This year they are expected to fall by about 1% overall.\n\n"
        "Studies of the heart are common. "
        "Studies show that 40% of adults have high blood pressure.\n\n"
        "The drug is cheap. "
        "The drug that lowers blood pressure costs about $5 a month in most pharmacies.\n\n"
        "Blood pressure rises with age. "
        "Doctors treat those pressures above 140 mmHg with drugs and diet.\n"
    )
    claims = [n["Text"] for n in _notes(tmp_path, monkeypatch, text) if n["kind"] == "claim"]
    assert claims == [
        "This year they are expected to fall by about {{c1::1%}} overall.",
        "Studies show that {{c1::40%}} of adults have high blood pressure.",
        "The drug that lowers blood pressure costs about {{c1::$5}} a month in most pharmacies.",
        "Doctors treat those pressures above {{c1::140 mmHg}} with drugs and diet.",
    ]
    assert _warnings(tmp_path, monkeypatch, text) == [
        "a.md:3: warning: claim 'Nerve cells spend up to 70% of their energy running these p…' "
        "leans on the sentence before it",
        "a.md:5: warning: claim 'Younger buyers keep about 40% of that share in a single hom…' "
        "leans on the sentence before it",
    ]
