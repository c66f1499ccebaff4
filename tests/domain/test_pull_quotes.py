from deskeditor.domain.article import PullQuote
from deskeditor.domain.pull_quotes import missing_quotes, paragraph_at

BODY = "First paragraph.\n\nShe said: “The river will come up again.”\n\n\n- a list\n- item"


def test_quotes_match_despite_spacing_case_and_curly_quotes() -> None:
    quotes = [
        PullQuote('"The river  will come up again."'),
        PullQuote("the RIVER will come up again"),
        PullQuote("The river will never come up"),
        PullQuote("   "),
    ]
    assert missing_quotes(quotes, BODY) == [2, 3]


def test_the_paragraph_under_the_cursor() -> None:
    assert paragraph_at(BODY, 0) == 1
    assert paragraph_at(BODY, BODY.index("river")) == 2
    assert paragraph_at(BODY, BODY.index("item")) == 3
