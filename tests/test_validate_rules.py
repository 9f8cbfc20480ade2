"""The rules every chronology keeps, on fixtures: stored reports, dates not in the future, date notes.

Each test changes tests/fixtures/mini as a contributor would and runs `chronicle validate`,
asserting the exact `file:line:column: problem — fix` lines.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from chronicle.validate import today
from conftest import MINI_EVENT, edit

WARNS = "chronology/events/2021/2021-05-pashinyan-warns.yaml"
ARTICLE = "chronology/articles/2021-05-14-rferl-france.md"
FRONT = (
    '---\nurl: https://azatutyun.am/a/31253940.html\npublished: "2021-05-14"\n'
    "outlet: RFE/RL Armenian Service\ntitle: France Demands\n---\n"
)
TEXT = (
    "French President Emmanuel Macron demanded on Thursday night an immediate withdrawal. "
    "Macron commented on the Armenian-Azerbaijani border standoff after speaking with "
    "Prime Minister Nikol Pashinian by phone. “We are on the side of Armenia,” he said.\n"
)


def _store(mini: Path, text: str = FRONT + TEXT) -> None:
    path = mini / ARTICLE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _lines(run, mini: Path) -> list[str]:
    return run("--root", mini, "validate").stdout.splitlines()


def test_a_quote_found_in_the_stored_article_passes(mini: Path, run) -> None:
    _store(mini)
    result = run("--root", mini, "validate")
    assert result.exit_code == 0 and result.stdout == ""
    # Left-out words marked with an ellipsis, and straight quote marks for curly ones, still match.
    edit(mini / MINI_EVENT, "quote: Macron commented on the Armenian-Azerbaijani border standoff",
         "quote: Macron commented … border standoff")
    claim_quote = '    source: rferl\n    quote: \'"We are on the side of Armenia,"\''
    edit(mini / MINI_EVENT, "    source: rferl", claim_quote)
    assert run("--root", mini, "validate").stdout == ""


def test_a_quote_not_in_the_stored_article_is_an_error(mini: Path, run) -> None:
    _store(mini)
    edit(mini / MINI_EVENT, "after speaking with Prime Minister", "after meeting Prime Minister")
    assert _lines(run, mini) == [
        f"{MINI_EVENT}:18:12: sources[0].quote is not in the stored article {ARTICLE} — copy the words "
        "exactly from the article (mark left-out words with …), or correct the source's url",
    ]


def test_a_claims_quote_is_checked_against_the_article_of_its_source(mini: Path, run) -> None:
    _store(mini)
    edit(mini / MINI_EVENT, "    source: rferl", "    source: rferl\n    quote: We stand with Armenia")
    assert _lines(run, mini) == [
        f"{MINI_EVENT}:24:12: claims[0].quote is not in the stored article {ARTICLE} — copy the "
        "claimant's words exactly from the article (mark left-out words with …)",
    ]


def test_a_source_dated_otherwise_than_its_stored_article_is_an_error(mini: Path, run) -> None:
    _store(mini, FRONT.replace("2021-05-14", "2021-05-15") + TEXT)
    assert _lines(run, mini) == [
        f"{MINI_EVENT}:16:16: sources[0].published 2021-05-14 differs from the stored article's date "
        f"2021-05-15 ({ARTICLE}) — use the article's publication date, or correct the front matter "
        "of the article",
    ]


def test_a_stored_article_needs_its_link_and_date(mini: Path, run) -> None:
    _store(mini, TEXT)
    _store_other = mini / "chronology/articles/other.txt"
    _store_other.write_text('---\noutlet: Somebody\npublished: "2021-13-01"\n---\nText.\n', encoding="utf-8")
    assert _lines(run, mini) == [
        f"{ARTICLE}:1:1: a stored article needs front matter with its url and published date — start "
        'the file with ---, url: https://…, published: "YYYY-MM-DD", then --- and the text',
        "chronology/articles/other.txt:2:1: the article's front matter has no http(s) `url` — add "
        "`url:` with the report's link (other links to the same text under `also_at:`)",
        "chronology/articles/other.txt:3:12: '2021-13-01' has no month 13 — write the report's date "
        'as "YYYY-MM-DD"',
    ]


def test_a_readme_in_the_articles_folder_is_not_an_article(mini: Path, run) -> None:
    _store(mini)
    (mini / "chronology/articles/README.md").write_text("# Stored reports\n", encoding="utf-8")
    assert run("--root", mini, "validate").exit_code == 0


def test_an_event_or_a_report_after_today_is_an_error(mini: Path, run) -> None:
    """Measured before: date and published both 2027-03-01 passed with 0 errors."""
    later = (today() + timedelta(days=400)).isoformat()
    edit(mini / MINI_EVENT, 'date: "2021-05-13"', f'date: "{later}"')
    edit(mini / MINI_EVENT, 'published: "2021-05-14"', f'published: "{later}"')
    result = run("--root", mini, "validate")
    on = today().isoformat()
    assert result.stdout.splitlines() == [
        f"{MINI_EVENT}:3:7: the event's date {later} is after today ({on}) — a chronology records "
        "what has already happened: check the year and the month",
        f"{MINI_EVENT}:16:16: sources[0].published {later} is after today ({on}) — a chronology "
        "records what has already happened: check the year and the month",
    ]
    assert result.exit_code == 1


@pytest.mark.parametrize(("on", "expected"), [
    ("2021-05-14", []),
    ("2021-05-13", [f"{MINI_EVENT}:16:16: sources[0].published 2021-05-14 is after today (2021-05-13)",
                    f"{WARNS}:13:16: sources[0].published 2021-05-14 is after today (2021-05-13)"]),
    ("2021-04-30", [f"{MINI_EVENT}:3:7: the event's date 2021-05-13 is after today (2021-04-30)",
                    f"{MINI_EVENT}:16:16: sources[0].published 2021-05-14 is after today (2021-04-30)",
                    f"{WARNS}:3:7: the event's date 2021-05 is after today (2021-04-30)",
                    f"{WARNS}:13:16: sources[0].published 2021-05-14 is after today (2021-04-30)"]),
])
def test_today_is_the_day_the_check_runs(mini: Path, run, monkeypatch: pytest.MonkeyPatch,
                                         on: str, expected: list[str]) -> None:
    monkeypatch.setenv("CHRONICLE_TODAY", on)
    assert [line.split(" — ")[0] for line in _lines(run, mini)] == expected


def test_a_worked_out_date_needs_a_date_note(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, "date_note:", "# date_note:")
    edit(mini / WARNS, "date_note:", "# date_note:")
    fix = ("add `date_note:` quoting the words that give the date and the report's date, e.g. "
           "'\"on Thursday night\", in a report published on Friday 14 May 2021'")
    result = run("--root", mini, "validate")
    assert result.stdout.splitlines() == [
        f"{MINI_EVENT}:3:7: date 2021-05-13 is not the publication date of any source, and the entry "
        f"does not say how it was worked out — {fix}",
        f"{WARNS}:3:7: warning: date 2021-05 is not the publication date of any source, and the entry "
        f"does not say how it was worked out — {fix}",
    ]
    assert result.exit_code == 1  # an error on the reviewed entry, a warning on the draft
    # An event of the day its report appeared needs no note.
    edit(mini / MINI_EVENT, 'published: "2021-05-14"', 'published: "2021-05-13"')
    assert run("--root", mini, "validate").exit_code == 0


def test_validate_given_a_stored_article_checks_its_front_matter(mini: Path, run) -> None:
    """A pre-commit hook or an editor may pass an article file: it is not read as an event."""
    _store(mini)
    result = run("--root", mini, "validate", mini / ARTICLE, mini / MINI_EVENT)
    assert result.exit_code == 0 and result.stdout == ""
    other = mini / "chronology/articles/other.txt"
    other.write_text("no front matter\n", encoding="utf-8")
    assert run("--root", mini, "validate", mini / ARTICLE).exit_code == 0  # other's problem: not asked for
    result = run("--root", mini, "validate", other)
    assert result.stdout.splitlines() == [
        "chronology/articles/other.txt:1:1: a stored article needs front matter with its url and published "
        'date — start the file with ---, url: https://…, published: "YYYY-MM-DD", then --- and the text',
    ]
