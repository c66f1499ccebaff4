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


def test_a_slug_follows_its_headline_while_it_is_the_one_the_headline_makes() -> None:
    from deskeditor.domain.text import follows_headline, headline_slug, slug_problem

    assert headline_slug("") == "untitled"
    assert follows_headline("untitled", "")  # a new article's slug
    assert follows_headline("untitled-3", "")
    assert follows_headline("ferry-returns-2", "Ferry returns")  # numbered to be free
    assert follows_headline("", "Anything")
    assert not follows_headline("market-street-trial", "Market Street closes")
    assert not follows_headline("ferry-returns-copy", "Ferry returns")
    assert slug_problem("Not a slug!") and slug_problem("a--b") and slug_problem("x" * 81)
    assert slug_problem("ferry-returns-2") is None


def test_headlines_in_other_scripts_make_readable_slugs() -> None:
    """A headline in Cyrillic, Arabic or Greek made "untitled": every script is
    transliterated, and German ß is spelled out rather than dropped."""
    from deskeditor.domain.text import headline_slug

    assert headline_slug("Москва готовится к зиме") == "moskva-gotovitsia-k-zime"
    assert headline_slug("مرحبا بالعالم") not in ("", "untitled")
    assert headline_slug("Αθήνα") == "athena"
    assert headline_slug("Straße über Köln") == "strasse-uber-koln"
    assert headline_slug("Ann's ferry") == "anns-ferry"
