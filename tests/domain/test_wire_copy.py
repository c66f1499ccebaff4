"""Plain-text news copy of many shapes, parsed into fields. Every case is copy
written for these tests in the shapes wire and scraped copy arrives in."""

from __future__ import annotations

import pytest

from deskeditor.domain.wire_copy import parse_wire_copy

# name: (copy, what the parser must find: a field's value, or a count named below)
CASES: dict[str, tuple[str, dict[str, object]]] = {
    "full shape with footer": (
        "Politics /\n\nCouncil splits on plan to close Market Street\n\n"
        "Shop owners fear lost trade; supporters point to other towns\n\n"
        "MILLBROOK — The council voted 4-3 on Tuesday night to close three blocks.\n\n"
        "“People do not walk six blocks carrying a lawnmower,” said Glen Paterson. "
        "“They park outside.”\n\n*For corrections please email corrections@example.com*\n",
        dict(section="Politics", headline="Council splits on plan to close Market Street",
             dek="Shop owners fear lost trade; supporters point to other towns",
             dateline="MILLBROOK —", email="corrections@example.com", paragraphs=2),
    ),
    "brief, no dek, no byline": (
        "Water main breaks on Elm Street\n\n"
        "A water main broke on Elm Street early Sunday, flooding two basements and closing the "
        "road between First and Third avenues for most of the day. Crews expected to finish "
        "repairs by evening, the city said.\n",
        dict(headline="Water main breaks on Elm Street", dek="", byline="", paragraphs=1),
    ),
    "AP byline and dateline": (
        "World / Europe\n\nFloods close rail lines across the north\n\n"
        "By JANE DOE and JOHN ROE, Associated Press\n\n"
        "MOSCOW (AP) — Floodwater closed three rail lines on Monday, stranding thousands of "
        "commuters for a second day.\n\nOfficials said repairs would take a week.\n",
        dict(section="World", kicker="Europe", byline="By JANE DOE and JOHN ROE, Associated Press",
             dateline="MOSCOW (AP) —", dek="", paragraphs=2),
    ),
    "dek without closing period before a dateline": (
        "Millers win first title in 22 years\n\nA late interception seals a 21-17 victory\n\n"
        "EASTON — Junior safety Andre Whitlock intercepted a pass on his own 8-yard line.\n",
        dict(dek="A late interception seals a 21-17 victory", dateline="EASTON —", paragraphs=1),
    ),
    "first paragraph is not a dek": (
        "Library to stay open on Sundays\n\n"
        "The city will keep the library open on Sundays after all.\n\n"
        "The decision came after 400 residents signed a petition.\n",
        dict(dek="", paragraphs=2),
    ),
    "quote right after the headline is body": (
        "Mayor defends budget\n\n“This is the budget the town can afford,” the mayor said.\n\n"
        "Critics disagreed.\n",
        dict(dek="", paragraphs=2),
    ),
    "hard-wrapped CRLF feature with subheads and a list": (
        "Arts /\r\n\r\nA quiet, devastating Cherry Orchard\r\n\r\nBy Eleanor Vance\r\n\r\n"
        "Chekhov called The Cherry Orchard a comedy, and generations of directors have\r\n"
        "politely ignored him. Hana Okafor does not.\r\n\r\nThe design\r\n\r\n"
        "The set is spare: a few chairs, a piano and tall windows.\r\n\r\n"
        "What to know\r\n\r\n- Runs through Dec. 20\r\n- Tickets are $18 to $42\r\n",
        dict(section="Arts", byline="By Eleanor Vance", dek="", subheads=2, paragraphs=5,
             first="Chekhov called The Cherry Orchard a comedy, and generations of directors have "
             "politely ignored him. Hana Okafor does not."),
    ),
    "numbered list article": (
        "Five things to know about the bridge vote\n\n"
        "Lawmakers meet Wednesday to decide the future of the Carrow bridge. Here is what to know.\n\n"
        "1. The bridge was built in 1958.\n2. It carries 14,000 vehicles a day.\n"
        "3. Replacement would cost $48 million.\n",
        dict(dek="", paragraphs=2, last="1. The bridge was built in 1958.\n2. It carries 14,000 "
             "vehicles a day.\n3. Replacement would cost $48 million."),
    ),
    "copyright footer": (
        "Markets slip as oil rises\n\nStocks fell on Friday as oil prices climbed.\n\n"
        "Analysts expect more swings next week.\n\n© 2026 The Millbrook Ledger. All rights reserved.\n",
        dict(paragraphs=2, email=None, footer=True),
    ),
    "paragraph-spanning quotation kept as it is": (
        "Council member explains vote\n\nBy Daniel Osei\n\n"
        "“I voted for the trial because the numbers are clear,” said Ines Carvalho. “Towns that "
        "tried it saw more people on foot.\n\n“If it fails, we open the street again.”\n",
        dict(byline="By Daniel Osei", paragraphs=2, quotes=1),
    ),
    "errors in the copy are not fixed": (
        "Storm  closes schools\n\nSchools closed on Monday  after a storm.The district said "
        "classes resume Tuesday.\n",
        dict(headline="Storm  closes schools", first="Schools closed on Monday  after a storm.The "
             "district said classes resume Tuesday."),
    ),
    "byline after the dek, UTF-8 BOM and trailing spaces (kept: the copy is never changed)": (
        "\ufeffScience /   \n\nRiver otters are back in the Wend   \n\nCamera traps confirm a breeding pair\n\n"
        "By Jonah Whitfield   \n\nMILLBROOK — River otters are breeding in the Wend River for the "
        "first time in at least six decades, wildlife officials said on Thursday.\n",
        dict(section="Science", headline="River otters are back in the Wend   ",
             dek="Camera traps confirm a breeding pair", byline="By Jonah Whitfield   ",
             dateline="MILLBROOK —", paragraphs=1),
    ),
    "only a headline": ("Headline only\n", dict(headline="Headline only", paragraphs=0)),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_wire_copy_shapes(name: str) -> None:
    text, expected = CASES[name]
    parsed = parse_wire_copy(text)
    for key, value in expected.items():
        if key == "email":
            assert parsed.corrections_email == value
        elif key == "paragraphs":
            assert len(parsed.blocks) == value, parsed.blocks
        elif key == "subheads":
            assert sum(b.startswith("## ") for b in parsed.blocks) == value
        elif key == "first":
            assert parsed.blocks[0] == value
        elif key == "last":
            assert parsed.blocks[-1] == value
        elif key == "footer":
            assert "footer removed" in parsed.warnings
        elif key == "quotes":
            assert len(parsed.pull_quote_candidates) == value
        else:
            assert getattr(parsed, key) == value, key
    assert ("no dek found" in parsed.warnings) == (not parsed.dek) or not parsed.blocks


def test_pull_quote_candidates_are_attributed_whole_sentences_best_first() -> None:
    body = [
        "“We counted the days,” said Ruth Abernathy, who runs a bakery.",
        "“Half my morning customers live across the water, and for two years they had a long "
        "drive,” she said.",
        "“The river will come up again and this time it will find something that stays put,” "
        "Ekwueme said.",
        "The sign read “Closed until further notice because of the flooding downstream.”",
    ]
    candidates = parse_wire_copy("Ferry back\n\n" + "\n\n".join(body)).pull_quote_candidates
    assert candidates[0].startswith("The river will come up again")
    assert "We counted the days." not in candidates  # too short to stand alone
    assert not any(c.startswith("Closed until") for c in candidates)  # not attributed


def test_a_corrections_address_hidden_by_a_web_page_is_reported() -> None:
    parsed = parse_wire_copy(
        "Ferry returns\n\nThe ferry is back after two years.\n\n"
        "For corrections please email [email\u00a0protected]\n"
    )
    assert parsed.corrections_email is None
    assert "corrections address hidden in the source" in parsed.warnings
    assert "email" not in parsed.body
