from deskeditor.domain.text import count_words, slugify


def test_count_words_ignores_markdown_syntax_and_link_targets() -> None:
    body = (
        "## Subhead\n\nThe *ferry* [returns](https://example.com/a-long-url) — at last.\n\n"
        "- one\n- two"
    )
    assert count_words(body) == 8  # Subhead The ferry returns at last one two


def test_count_words_keeps_contractions_and_hyphenated_words_whole() -> None:
    assert count_words("It’s a well-known fact, isn't it?") == 6


def test_slugify_makes_ascii_hyphenated_slugs() -> None:
    assert slugify("Café owners’ “Big” Day: 4-3 vote!") == "cafe-owners-big-day-4-3-vote"


def test_slugify_cuts_long_headlines_at_a_word_boundary() -> None:
    slug = slugify("word " * 40)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert slug.endswith("word")
