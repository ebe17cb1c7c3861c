"""The Markdown reader: pulldown-cmark events (pyromark) become the document model, with source
lines."""

from __future__ import annotations

from textwrap import dedent

import pytest

from docdeck.document import (
    BulletList,
    Document,
    ListItem,
    Paragraph,
    QuestionAnswer,
    Section,
    SectionRole,
    SourceSpan,
    Table,
    TableRow,
    image_ref,
)
from docdeck.readers.markdown import parse_markdown

PATH = "notes/sleep-and_memory.md"


def parse(text: str, path: str = PATH) -> Document:
    doc, diagnostics = parse_markdown(dedent(text).lstrip("\n"), path)
    assert diagnostics == []
    return doc


def span(line: int) -> SourceSpan:
    return SourceSpan(PATH, line)


def section(doc: Document, heading: str) -> Section:
    [found] = [s for s in doc.sections if s.heading == heading]
    return found


# --- title --------------------------------------------------------------------------------


def test_title_is_the_first_h1_and_heads_the_lead_section() -> None:
    doc = parse(
        """
        ---
        title: Not this one
        ---
        # Sleep and memory

        Sleep consolidates memory.

        # A second h1
        """
    )
    assert doc.title == "Sleep and memory"
    assert doc.path == PATH
    lead, second = doc.sections
    assert lead == Section(
        "Sleep and memory",
        1,
        SectionRole.BODY,
        (Paragraph("Sleep consolidates memory.", span(6)),),
        span(4),
    )
    assert (second.heading, second.level, second.blocks, second.span) == (
        "A second h1",
        1,
        (),
        span(8),
    )


def test_title_from_front_matter_when_there_is_no_h1() -> None:
    doc = parse(
        """
        ---
        author: someone
        title: "Why We Sleep: notes"
        ---
        Lead paragraph.
        """
    )
    assert doc.title == "Why We Sleep: notes"
    assert doc.sections[0].heading == "Why We Sleep: notes"
    assert doc.sections[0].blocks == (Paragraph("Lead paragraph.", span(5)),)


@pytest.mark.parametrize("value", ["[", "[Sleep, memory]", "{a: 1}", "|", "&anchor x", "# none"])
def test_a_front_matter_title_that_is_no_text_falls_back_to_the_file_name(value: str) -> None:
    doc = parse(f"---\ntitle: {value}\n---\nLead paragraph.\n")
    assert doc.title == "Sleep and memory"


def test_title_from_file_stem_without_h1_or_front_matter() -> None:
    doc = parse("Just text.\n")
    assert doc.title == "Sleep and memory"


def test_empty_lead_section_is_omitted() -> None:
    doc = parse(
        """
        # Title only

        ## First
        Text.
        """
    )
    assert doc.title == "Title only"
    assert [s.heading for s in doc.sections] == ["First"]


# --- sections and paragraphs --------------------------------------------------------------


def test_headings_start_a_flat_list_of_sections_with_roles() -> None:
    doc = parse(
        """
        # Title

        Lead.

        ## Background
        Body text.

        ### Details
        More.

        ## Key Takeaways
        - A point.

        ## Frequently Asked Questions

        ## References
        1. A paper.
        """
    )
    assert [(s.heading, s.level, s.role) for s in doc.sections] == [
        ("Title", 1, SectionRole.BODY),
        ("Background", 2, SectionRole.BODY),
        ("Details", 3, SectionRole.BODY),
        ("Key Takeaways", 2, SectionRole.SUMMARY),
        ("Frequently Asked Questions", 2, SectionRole.FAQ),
        ("References", 2, SectionRole.REFERENCES),
    ]
    assert section(doc, "Background").span == span(5)
    assert section(doc, "Details").blocks == (Paragraph("More.", span(9)),)


def test_paragraph_text_is_plain_with_line_numbers() -> None:
    doc = parse(
        """
        First paragraph
        wraps onto a second line.

        Has `code`, a [link](https://example.com), ![an image](x.png) and a<br>break,
        a hard\\
        break and <b>HTML</b> kept as written, but <kbd>Ctrl</kbd>.
        """
    )
    assert doc.sections[0].blocks == (
        Paragraph("First paragraph wraps onto a second line.", span(1), breaks=(16,)),
        Paragraph(
            f"Has code, a link, {image_ref('x.png')} and a break, a hard break and <b>HTML</b>"
            " kept as written, but Ctrl.",
            span(4),
            breaks=(39, 46),  # "a hard", "break and"
            code=("code",),
        ),
    )


def test_marks_come_from_bold_and_highlight_in_order_without_repeats() -> None:
    doc = parse(
        """
        Deep sleep is **slow-wave sleep**; REM is ==dreaming sleep==, and
        **slow-wave sleep** repeats. *Italic* and ~~struck~~ are not marks; a == b is text.
        """
    )
    [paragraph] = doc.sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == (
        "Deep sleep is slow-wave sleep; REM is dreaming sleep, and slow-wave sleep repeats. "
        "Italic and struck are not marks; a == b is text."
    )
    assert paragraph.marks == ("slow-wave sleep", "dreaming sleep")


def test_marks_are_listed_as_they_open() -> None:
    [paragraph] = parse("See ==the core idea== and **the ==last==**.\n").sections[0].blocks
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "See the core idea and the last."
    assert paragraph.marks == ("the core idea", "the last", "last")


def test_nn_export_artifacts_are_dropped() -> None:
    doc = parse(
        """
        First.

        nn

        Second
        nn
        Third.
        """
    )
    assert doc.sections[0].blocks == (
        Paragraph("First.", span(1)),
        Paragraph("Second", span(5)),
        Paragraph("Third.", span(7)),
    )


def test_blockquote_pull_quote_is_a_paragraph() -> None:
    doc = parse(
        """
        ## Body

        > Sleep is the **single most effective** thing we can do.
        """
    )
    assert section(doc, "Body").blocks == (
        Paragraph(
            "Sleep is the single most effective thing we can do.",
            span(3),
            ("single most effective",),
            quoted=True,
        ),
    )


def test_code_html_blocks_and_rules_are_skipped() -> None:
    doc = parse(
        """
        Before.

        ```python
        print("not prose")
        ```

            indented code

        <div class="ad">Subscribe now</div>

        ---

        After.
        """
    )
    assert doc.sections[0].blocks == (
        Paragraph("Before.", span(1)),
        Paragraph("After.", span(13)),
    )


def test_links_to_scripts_files_and_data_read_as_written() -> None:
    doc = parse(
        """
        See [the study](https://example.org/s) and [click](javascript:alert(1)).

        Not [a file](file:///etc/passwd) either.
        """
    )
    assert doc.sections[0].blocks == (
        Paragraph("See the study and [click](javascript:alert(1)).", span(1)),
        Paragraph("Not [a file](file:///etc/passwd) either.", span(3)),
    )


DEPTH = 20_000


@pytest.mark.parametrize(
    "text",
    [
        "- " * DEPTH + "deepest item\n",
        "> " * DEPTH + "deepest quote\n",
        "".join("  " * n + "- item\n" for n in range(DEPTH // 10)) + "\nAfter the list.\n",
        "[" * DEPTH + "x" + "]" * DEPTH + "\n",
        "*" * DEPTH + "x" + "*" * DEPTH + "\n",
        "<div>" * DEPTH + "\n",
    ],
    ids=["list-markers", "quotes", "indented-lists", "brackets", "emphasis", "html"],
)
def test_deep_nesting_is_read_without_exhausting_a_stack(text: str) -> None:
    doc, _ = parse_markdown(text, PATH)
    assert doc.title == "Sleep and memory"


def test_the_innermost_of_deeply_nested_lists_and_quotes_is_read() -> None:
    doc, _ = parse_markdown("- " * DEPTH + "deepest item\n\n" + "> " * DEPTH + "a quote\n", PATH)
    [lead] = doc.sections
    items, quote = lead.blocks
    assert isinstance(items, BulletList) and items.items == (ListItem("deepest item", span(1)),)
    assert quote == Paragraph("a quote", span(3), quoted=True)


# --- lists and tables ---------------------------------------------------------------------


def test_bullet_and_nested_lists_flatten_into_one_list() -> None:
    doc = parse(
        """
        ## Key takeaways

        - Adults need **7-9 hours**.
          - Teenagers need ==more==.
            - Up to 10 hours.
        - Caffeine lasts
          hours.
        -

        1. Ordered item.
        """
    )
    first, second = section(doc, "Key takeaways").blocks
    assert first == BulletList(
        (
            ListItem("Adults need 7-9 hours.", span(3), ("7-9 hours",)),
            ListItem("Teenagers need more.", span(4), ("more",)),
            ListItem("Up to 10 hours.", span(5)),
            ListItem("Caffeine lasts hours.", span(6)),
        ),
        span(3),
    )
    assert second == BulletList((ListItem("Ordered item.", span(10)),), span(10))


def test_table_cells_rows_and_line_numbers() -> None:
    doc = parse(
        """
        ## Sleep stages

        | Stage | Share of night | Notes |
        |-------|---------------:|-------|
        | N1    | 5%             | light<br/>transitional |
        | N3    | 20–25%         | — |

        | REM   | 25%            | dreams <br /> memory |
        """
    )
    table, *rest = section(doc, "Sleep stages").blocks
    assert table == Table(
        ("Stage", "Share of night", "Notes"),
        (
            TableRow(("N1", "5%", "light\ntransitional"), span(5)),
            TableRow(("N3", "20–25%", "—"), span(6)),
        ),
        span(3),
    )
    # A blank line ends the table; a lone pipe line afterwards is a paragraph.
    assert rest == [Paragraph("| REM | 25% | dreams memory |", span(8))]


def test_ragged_table_row_is_reported() -> None:
    text = "| A | B |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n| 5 | 6 |\n"
    doc, diagnostics = parse_markdown(text, PATH)
    [table] = doc.sections[0].blocks
    assert isinstance(table, Table)
    assert [row.cells for row in table.rows] == [("1", "2"), ("4", ""), ("5", "6")]
    assert [(d.line, d.message) for d in diagnostics] == [
        (3, "table row has 3 cells, the header has 2"),
        (4, "table row has 1 cells, the header has 2"),
    ]


# --- FAQ ----------------------------------------------------------------------------------


def faq_blocks(text: str) -> tuple[object, ...]:
    return section(parse(text), "FAQ").blocks


def test_faq_questions_as_deeper_headings() -> None:
    doc = parse(
        """
        ## FAQ

        ### How much sleep do adults need?

        Seven to nine hours.

        Teenagers need more. Why? Growth.

        ### Q2. Can you catch up on sleep?

        ### Does napping help?
        - Short naps help.
        - Long ones do not.

        ### Further reading

        Text.
        """
    )
    faq = section(doc, "FAQ")
    assert faq.role is SectionRole.FAQ
    assert faq.blocks == (
        QuestionAnswer(
            "How much sleep do adults need?",
            (
                Paragraph("Seven to nine hours.", span(5)),
                Paragraph("Teenagers need more. Why? Growth.", span(7)),
            ),
            span(3),
        ),
        QuestionAnswer("Can you catch up on sleep?", (), span(9)),
        QuestionAnswer(
            "Does napping help?",
            (Paragraph("Short naps help.", span(12)), Paragraph("Long ones do not.", span(13))),
            span(11),
        ),
    )
    further = section(doc, "Further reading")
    assert (further.level, further.role) == (3, SectionRole.REFERENCES)
    assert further.blocks == (Paragraph("Text.", span(17)),)


def test_faq_questions_as_bold_lines() -> None:
    blocks = faq_blocks(
        """
        ## FAQ

        Answers to common questions.

        **Is caffeine bad for sleep?**

        A: It can be, taken late.

        **Q: Does alcohol help?** No, it fragments sleep.

        **Why do we dream?**
        Nobody knows for sure.
        """
    )
    assert blocks == (
        Paragraph("Answers to common questions.", span(3)),
        QuestionAnswer(
            "Is caffeine bad for sleep?", (Paragraph("It can be, taken late.", span(7)),), span(5)
        ),
        QuestionAnswer(
            "Does alcohol help?", (Paragraph("No, it fragments sleep.", span(9)),), span(9)
        ),
        QuestionAnswer(
            "Why do we dream?", (Paragraph("Nobody knows for sure.", span(12)),), span(11)
        ),
    )


def test_faq_questions_as_numbered_list_items_with_answer_paragraphs() -> None:
    blocks = faq_blocks(
        """
        ## FAQ

        1. | What is sleep debt?

        Answer: The gap between sleep needed and sleep had.

        It adds up.

        2. | Is a nap the same as sleep?

        Answer: Not quite.

        - Naps are short.
        """
    )
    assert blocks == (
        QuestionAnswer(
            "What is sleep debt?",
            (
                Paragraph("The gap between sleep needed and sleep had.", span(5)),
                Paragraph("It adds up.", span(7)),
            ),
            span(3),
        ),
        QuestionAnswer(
            "Is a nap the same as sleep?",
            (Paragraph("Not quite.", span(11)), Paragraph("Naps are short.", span(13))),
            span(9),
        ),
    )


def test_faq_questions_as_bare_lines() -> None:
    blocks = faq_blocks(
        """
        ## FAQ

        How long is a sleep cycle?

        About 90 minutes.

        Question: What is REM?
        Rapid eye movement sleep,
        when most dreams happen.

        What about melatonin?
        """
    )
    assert blocks == (
        QuestionAnswer(
            "How long is a sleep cycle?", (Paragraph("About 90 minutes.", span(5)),), span(3)
        ),
        QuestionAnswer(
            "What is REM?",
            (Paragraph("Rapid eye movement sleep, when most dreams happen.", span(8)),),
            span(7),
        ),
        QuestionAnswer("What about melatonin?", (), span(11)),
    )


def test_long_question_shaped_line_is_a_paragraph() -> None:
    long_line = "word " * 60 + "really?"
    blocks = faq_blocks(f"## FAQ\n\n{long_line}\n")
    assert blocks == (Paragraph(" ".join(long_line.split()), span(3)),)


def test_faq_ends_at_a_heading_as_high_as_its_own() -> None:
    doc = parse(
        """
        ## FAQ

        ### Is it safe?
        Yes.

        ## Afterword

        Does this end the FAQ?
        """
    )
    afterword = section(doc, "Afterword")
    assert afterword.blocks == (Paragraph("Does this end the FAQ?", span(8)),)


def test_question_heading_outside_faq_is_a_section() -> None:
    doc = parse(
        """
        # Sleep

        ## Why do we sleep?

        Nobody knows?

        **Is it for memory?**
        """
    )
    why = section(doc, "Why do we sleep?")
    assert (why.level, why.role) == (2, SectionRole.BODY)
    assert why.blocks == (
        Paragraph("Nobody knows?", span(5)),
        Paragraph("Is it for memory?", span(7), ("Is it for memory?",)),
    )
    assert not any(isinstance(block, QuestionAnswer) for s in doc.sections for block in s.blocks)


def test_bold_or_colon_paragraph_naming_a_known_section_is_a_heading() -> None:
    doc = parse(
        "# T\n\n**A bold sentence stays a sentence.**\n\n**Key Takeaways:**\n\n- One point\n\n"
        "FAQ:\n\n**Why?**\nBecause.\n"
    )
    roles = [(s.heading, s.role) for s in doc.sections]
    assert roles == [
        ("T", SectionRole.BODY),
        ("Key Takeaways", SectionRole.SUMMARY),
        ("FAQ", SectionRole.FAQ),
    ]
    [bullets] = doc.sections[1].blocks
    assert isinstance(bullets, BulletList)
    assert [item.text for item in bullets.items] == ["One point"]
    [qa] = doc.sections[2].blocks
    assert isinstance(qa, QuestionAnswer)
    assert qa.question == "Why?"
    [sentence] = doc.sections[0].blocks
    assert isinstance(sentence, Paragraph)
    assert sentence.text == "A bold sentence stays a sentence."
