"""The one id rule: `chronicle new` and `chronicle ingest` give one title one id."""

from __future__ import annotations

import pytest

from chronicle.ids import event_id, page_slug, registry_id, slug


@pytest.mark.parametrize(("title", "expected"), [
    ("U.S. tells Azerbaijan to pull back its troops", "us-tells-azerbaijan-pull-back-troops"),
    ("US tells Azerbaijan pull back troops from Armenian border", "us-tells-azerbaijan-pull-back-troops"),
    ("Türkiye’s envoy meets Pashinyan", "turkiyes-envoy-meets-pashinyan"),  # accents folded, apostrophe joins
    ("The end of the war", "end-war"),                    # small words left out
    ("Of the", "of-the"),                                 # only small words: kept
    ("Шушa", "a"),                                        # only the Latin letter
    ("Шуша", ""),                                         # none: the caller decides
])
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_an_event_id_is_its_date_and_six_words() -> None:
    title = "Armenia and Azerbaijan sign a peace treaty in Washington after talks"
    assert event_id("2025-08-08", title) == "2025-08-08-armenia-azerbaijan-sign-peace-treaty-washington"
    assert event_id("2025", "…") == "2025-event"


def test_a_registry_id_is_the_names_words() -> None:
    assert registry_id("Armenian Ministry of Defence") == "armenian-ministry-defence"
    assert registry_id("Karl Hans-Muller") == "karl-hans-muller"


@pytest.mark.parametrize(("name", "expected"), [
    ("Moon Jae-in", "moon-jae-in"),
    ("Kim Yo-jong", "kim-yo-jong"),
    ("Protesters stage a sit-in at the embassy", "protesters-stage-sit-in-embassy"),
])
def test_a_hyphenated_word_keeps_its_small_parts(name: str, expected: str) -> None:
    """A small word inside a hyphenated word is part of a name or a noun, not a word to leave out."""
    assert slug(name) == expected


def test_page_slugs_keep_every_word_and_stay_short() -> None:
    assert page_slug("The Guardian") == "the-guardian"
    assert page_slug("Reuters (UK)") == "reuters-uk"
    assert page_slug("†††") == "outlet"
    assert len(page_slug("word " * 40)) <= 80 and not page_slug("word " * 40).endswith("-")
