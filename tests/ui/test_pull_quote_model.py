"""The open article's pull quotes as an editable Qt table model."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from deskeditor.domain.article import PullQuote
from deskeditor.ui.models.pull_quote_model import PullQuoteModel

BODY = (
    "The ferry Juniper crossed the Wend River on Monday.\n\n"
    "“We counted the days,” said Ruth Abernathy, who runs a bakery on the east bank.\n\n"
    "“The river will come up again,” Tom Ekwueme said."
)
COUNTED = PullQuote("We counted the days", "Ruth Abernathy", 2)
RIVER = PullQuote("The river will come up again", "Tom Ekwueme", 3)
BAKERY = PullQuote("who runs a bakery on the east bank", "", 2)
GONE = PullQuote("Nobody ever said this", "Anon", 1)


def texts(model: PullQuoteModel) -> list[str]:
    return [model.index(row, PullQuoteModel.TEXT).data() for row in range(model.rowCount())]


def flagged(model: PullQuoteModel) -> list[bool]:
    return [
        model.index(row, PullQuoteModel.TEXT).data(PullQuoteModel.ProblemRole)
        for row in range(model.rowCount())
    ]


def test_passes_qtmodeltester_through_every_edit(qtmodeltester: ModelTester) -> None:
    model = PullQuoteModel()
    qtmodeltester.check(model)  # the tester stays attached through every change below
    edits: list[None] = []
    model.edited.connect(lambda: edits.append(None))
    assert model.rowCount() == 0

    model.set_quotes((COUNTED, GONE), BODY)
    assert texts(model) == ["We counted the days", "Nobody ever said this"]
    assert model.add(RIVER, BODY) == 2
    assert model.add(BAKERY, BODY) == 3
    assert model.move(3, -1) == 2  # up
    assert model.move(0, 1) == 1  # down
    assert model.move(0, -1) == 0  # already at the top: stays
    assert model.move(3, 1) == 3  # already at the bottom: stays
    assert texts(model) == [
        "Nobody ever said this",
        "We counted the days",
        "who runs a bakery on the east bank",
        "The river will come up again",
    ]
    assert flagged(model) == [True, False, False, False]  # the flag moved with its quote

    text = model.index(0, PullQuoteModel.TEXT)
    assert model.setData(text, "They counted the days")
    model.check_against(BODY)
    assert flagged(model) == [True, False, False, False]  # still not in the body
    model.remove(0)
    assert flagged(model) == [False, False, False]
    model.remove(3)  # no such row: nothing happens
    assert model.rowCount() == 3

    model.check_against(BODY.replace("We counted the days", "We waited"))
    assert flagged(model) == [True, False, False]
    assert len(edits) == 6  # two adds, two moves, an edit and a removal: all saved

    model.set_quotes((), BODY)
    assert model.rowCount() == 0


def test_a_quote_the_body_lost_is_red_with_the_reason_in_its_tooltip() -> None:
    model = PullQuoteModel()
    model.set_quotes((COUNTED, GONE), BODY)
    for column in range(model.columnCount()):
        lost = model.index(1, column)
        brush = lost.data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush) and brush.color().hue() <= 10  # red
        assert lost.data(Qt.ItemDataRole.ToolTipRole) == (
            "This quote no longer appears in the body."
        )
        assert model.index(0, column).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, PullQuoteModel.TEXT).data(Qt.ItemDataRole.ToolTipRole) == (
        "We counted the days"  # a long quote is read whole in its tooltip
    )
    assert model.problems == [1]


def test_the_table_shows_each_quote_in_three_editable_columns() -> None:
    model = PullQuoteModel()
    model.set_quotes((COUNTED,), BODY)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Quote", "Attribution", "After ¶"]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["We counted the days", "Ruth Abernathy", 2]
    for column in range(model.columnCount()):
        assert model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable


def test_edits_are_kept_and_a_bad_paragraph_number_is_refused() -> None:
    model = PullQuoteModel()
    model.set_quotes((COUNTED,), BODY)
    assert model.setData(model.index(0, PullQuoteModel.ATTRIBUTION), "Ruth A. Abernathy")
    assert model.setData(model.index(0, PullQuoteModel.AFTER), "3")
    assert not model.setData(model.index(0, PullQuoteModel.AFTER), "third")
    assert not model.setData(model.index(0, PullQuoteModel.TEXT), "We counted the days")
    assert model.quotes == (PullQuote("We counted the days", "Ruth A. Abernathy", 3),)
