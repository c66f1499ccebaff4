"""Spelling on Hunspell dictionaries: case matters, US and UK English each have
their own dictionary, the house dictionary serves both, and articles in languages
with no dictionary are left alone rather than flagged word by word."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskeditor.domain.article import Article
from deskeditor.services.checks import ArticleChecker, CheckSettings
from deskeditor.services.spelling import Speller, installed_languages


@pytest.fixture
def house(tmp_path: Path) -> Path:
    return tmp_path / "house-dictionary.txt"


def flagged(checker: ArticleChecker, body: str, language: str = "") -> list[str]:
    article = Article(headline="Talks", body=body, language=language)
    return [article.body[f.start : f.end] for f in checker.check(article) if f.id == "spelling"]


@pytest.fixture
def checker(house: Path) -> ArticleChecker:
    return ArticleChecker([], Speller(house))


def test_both_english_dictionaries_are_installed() -> None:
    assert {"en-US", "en-GB"} <= set(installed_languages())


def test_case_matters(checker: ArticleChecker) -> None:
    body = (
        "Leaders of NATO met after Brexit to discuss the iPhone ban in Kazakhstan. "
        "Later nato envoys flew to kazakhstan with an iphone."
    )
    assert flagged(checker, body) == ["nato", "kazakhstan", "iphone"]


def test_suggestions_keep_the_dictionarys_capitals(checker: ArticleChecker) -> None:
    speller = checker.speller
    assert speller is not None
    assert speller.suggest("kazakhstan") == "Kazakhstan"
    assert speller.suggest("recieve") == "receive"
    assert speller.suggest("publically") == "publicly"  # not Hunspell's first, "public ally"


def test_us_and_uk_english_each_spell_their_own_way(checker: ArticleChecker) -> None:
    body = "The theatre will organise a colour festival in the centre."
    assert flagged(checker, body, "en-US") == ["theatre", "organise", "colour", "centre"]
    assert flagged(checker, body, "en-GB") == []
    american = "The theater will organize a color festival in the center."  # -ize: Oxford too
    assert flagged(checker, american, "en-GB") == ["theater", "color", "center"]


def test_the_desk_language_applies_to_articles_that_set_none(house: Path) -> None:
    checker = ArticleChecker([], Speller(house), CheckSettings(language="en-GB"))
    assert flagged(checker, "The colour of the theatre.") == []
    assert flagged(checker, "The color of the theater.") == ["color", "theater"]


def test_the_house_dictionary_serves_every_english_variant(house: Path) -> None:
    house.write_text("otterbox\nWendside\n", encoding="utf-8")
    checker = ArticleChecker([], Speller(house))
    body = "The otterbox opened at Wendside. Otterbox fans came; wendside did not."
    for language in ("en-US", "en-GB"):
        # A lower-case house word passes capitalised too; one written with a capital
        # passes only with it.
        assert flagged(checker, body, language) == ["wendside"]


def test_adding_a_word_reaches_both_variants_and_the_file(house: Path) -> None:
    speller = Speller(house)
    checker = ArticleChecker([], speller)
    body = "The zorbing course opens."
    assert flagged(checker, body, "en-US") == ["zorbing"]
    assert flagged(checker, body, "en-GB") == ["zorbing"]
    speller.add("zorbing")
    checker.forget()
    assert flagged(checker, body, "en-US") == flagged(checker, body, "en-GB") == []
    assert house.read_text(encoding="utf-8").split() == ["zorbing"]
    assert flagged(ArticleChecker([], Speller(house)), body, "en-GB") == []  # next session


def test_names_the_article_establishes_are_spared(checker: ArticleChecker) -> None:
    article = Article(
        headline="Ferry",
        byline="By Clara Hemmingworthe",
        body="Ekwuemex smiled. “It is back,” said Tom Ekwuemex. See the hemmingworthe archive.",
    )
    assert [f for f in checker.check(article) if f.id == "spelling"] == []


def test_languages_without_a_dictionary_are_not_flagged_word_by_word(
    checker: ArticleChecker,
) -> None:
    german = "Der Stadtrat hat am Dienstag beschlossen, die Straße zu sperren."
    arabic = "صوت مجلس المدينة يوم الثلاثاء على إغلاق الشارع أمام السيارات."
    assert flagged(checker, german, "de-DE") == []
    assert flagged(checker, arabic, "ar") == []
    assert checker.speller is not None and not checker.speller.knows("de-DE")


def test_words_found_on_real_copy_are_read_whole(checker: ArticleChecker) -> None:
    body = (
        "Hugo Chávez spoke in Québec of mRNA vaccines for immuno-compromising illness, "
        "pre-organized rallies and pre- and post-war housing; a sub-standard recieve."
    )
    assert flagged(checker, body) == ["recieve"]
    assert flagged(checker, "The re-organisation of the comittee.", "en-GB") == ["comittee"]


def test_a_word_the_house_style_flags_is_not_also_a_misspelling(tmp_path: Path) -> None:
    from deskeditor.resources import resource_path
    from deskeditor.services.checks import load_rulebook

    rules = load_rulebook(tmp_path / "style.toml", resource_path("checks", "house-style.toml"))
    checker = ArticleChecker(rules, Speller(tmp_path / "house.txt"))
    article = Article(headline="Storm", body="It struck amidst a flurry of reports.")
    assert [f.id for f in checker.check(article)] == ["style.amid"]
