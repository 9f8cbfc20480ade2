"""Validator rules behind what readers see: the tag registry, links that lead to the report,
and disputed acts that are not typed as fact. Each case breaks tests/fixtures/mini in one
way and asserts the exact lines `chronicle validate` prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINI_EVENT, edit

DRAFT = "chronology/events/2021/2021-05-pashinyan-warns.yaml"
TAG = "chronology/tags/border-crisis-2021.yaml"
TAG_FILE = """id: border-crisis-2021
label: Border crisis of May 2021
description: The Azerbaijani advance of May 2021 and the reactions to it.
"""
DENIAL = """  - by: macron
    stance: denies
    text: Macron says nothing crossed.
    source: rferl
"""

# (case, edits as (file, old text or None to write the file, new text), expected lines)
CASES = [
    ("unknown-tag", [(MINI_EVENT, "places: [syunik]\n", "places: [syunik]\ntags: [border-crisis-2021]\n")], [
        f"{MINI_EVENT}:11:8: tag 'border-crisis-2021' is not in the tag registry — add "
        "chronology/tags/border-crisis-2021.yaml (id, label, description) or use a known tag",
    ]),
    ("misspelt-tag", [
        (TAG, None, TAG_FILE),
        (MINI_EVENT, "places: [syunik]\n", "places: [syunik]\ntags: [border-crisis-2012]\n"),
    ], [
        f"{MINI_EVENT}:11:8: tag 'border-crisis-2012' is not in the tag registry — "
        "did you mean 'border-crisis-2021'?",
    ]),
    ("tag-found-by-label", [
        (TAG, None, TAG_FILE),
        (MINI_EVENT, "places: [syunik]\n", "places: [syunik]\ntags: [may-crisis]\n"),
    ], [
        f"{MINI_EVENT}:11:8: tag 'may-crisis' is not in the tag registry — "
        "did you mean 'border-crisis-2021'?",
    ]),
    ("tag-without-label", [(TAG, None, "id: border-crisis-2021\n")], [
        f"{TAG}:1:1: missing required field 'label' — add `label:` — The name readers see, "
        'e.g. "Border crisis of May 2021".',
    ]),
    ("tag-file-name", [(TAG, None, TAG_FILE.replace("id: border-crisis-2021", "id: crisis-2021"))], [
        f"{TAG}:1:5: id 'crisis-2021' differs from the file name 'border-crisis-2021.yaml' — "
        "rename the file to crisis-2021.yaml (ids of published entries never change)",
    ]),
    ("tag-same-label", [
        (TAG, None, TAG_FILE),
        ("chronology/tags/may-2021.yaml", None, TAG_FILE.replace("id: border-crisis-2021", "id: may-2021")),
    ], [
        "chronology/tags/may-2021.yaml:2:8: label 'Border crisis of May 2021' is also the label of tag "
        "'border-crisis-2021' — readers could not tell them apart: reword one",
    ]),
    ("home-page-url", [
        (MINI_EVENT, "url: https://azatutyun.am/a/31253940.html", "url: https://www.azatutyun.am/"),
    ], [
        f"{MINI_EVENT}:13:10: url 'https://www.azatutyun.am/' is a home page, not the report — give the "
        "report's own address; if it is not known, remove `url:` and write `url_unknown: true`",
    ]),
    ("no-url", [(MINI_EVENT, "    url: https://azatutyun.am/a/31253940.html\n", "")], [
        f"{MINI_EVENT}:12:5: the source has no url — add `url:` with the report's own address; if it "
        "is not known, write `url_unknown: true` (never the outlet's home page)",
    ]),
    ("url-and-unknown", [(MINI_EVENT, "    outlet: RFE/RL Armenian Service\n",
                          "    url_unknown: true\n    outlet: RFE/RL Armenian Service\n")], [
        f"{MINI_EVENT}:14:18: the source gives a url and says its url is unknown — remove "
        "`url_unknown: true`, or remove the url if it is not the report's",
    ]),
    ("url-unknown-false", [(MINI_EVENT, "    url: https://azatutyun.am/a/31253940.html\n",
                            "    url_unknown: false\n")], [
        f"{MINI_EVENT}:13:18: sources[0].url_unknown can only be true — true when the report's own "
        "address is not known (say so instead of linking a home page); then leave `url` out.",
    ]),
    ("reviewed-incursion-denied", [
        (MINI_EVENT, "type: phone-call", "type: incursion"),
        (MINI_EVENT, "    source: rferl\n", "    source: rferl\n" + DENIAL),
    ], [
        f"{MINI_EVENT}:8:7: type 'incursion' states as fact what 'macron' denies (claims[1]) — use a "
        "type that does not decide the dispute (e.g. military-movement) and let the `asserts` and "
        "`denies` claims say who says what",
    ]),
    ("draft-attack-denied", [
        (DRAFT, "type: statement", "type: attack"),
        (DRAFT, None, None),
    ], [
        f"{DRAFT}:7:7: warning: type 'attack' states as fact what 'macron' denies (claims[0]) — use a "
        "type that does not decide the dispute (e.g. military-movement) and let the `asserts` and "
        "`denies` claims say who says what",
        f"{DRAFT}:15:3: warning: the event is disputed but all claims come from one actor — add the "
        "claim of the other side (who asserts what is denied)",
    ]),
]


def _apply(root: Path, edits: list[tuple[str, str | None, str | None]]) -> None:
    for file, old, new in edits:
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if old is None and new is None:  # append a denial to the draft's claims
            text = path.read_text(encoding="utf-8")
            source = text.split("  - url: ", 1)[1].split("\n", 1)[0]
            path.write_text(text + "claims:\n" + DENIAL.replace("rferl", source), encoding="utf-8")
        elif old is None:
            path.write_text(new or "", encoding="utf-8")
        else:
            edit(path, old, new or "")


@pytest.mark.parametrize(("case", "edits", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_file_line_and_fix(mini: Path, run, case, edits, expected) -> None:
    _apply(mini, edits)
    result = run("--root", mini, "validate")
    assert result.stdout.splitlines() == expected
    errors = sum(" warning: " not in line for line in expected)
    assert result.exit_code == (1 if errors else 0)


def test_a_registered_tag_and_an_unknown_address_pass(mini: Path, run) -> None:
    _apply(mini, [
        (TAG, None, TAG_FILE),
        (MINI_EVENT, "places: [syunik]\n", "places: [syunik]\ntags: [border-crisis-2021]\n"),
        (MINI_EVENT, "    url: https://azatutyun.am/a/31253940.html\n", "    url_unknown: true\n"),
        (MINI_EVENT, "    source: rferl\n", "    source: rferl\n    paraphrase: Macron offered support.\n"),
    ])
    result = run("--root", mini, "validate")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert "7 file(s) checked: 0 error(s), 0 warning(s)" in result.stderr


# --- a claim's quote is the claimant's words, when the report is stored ------------------

ARTICLE = "chronology/articles/2021-05-14-rferl-france.md"
STORED = (
    '---\nurl: https://azatutyun.am/a/31253940.html\npublished: "2021-05-14"\n'
    "outlet: RFE/RL Armenian Service\ntitle: France Demands\n---\n"
    "Macron commented on the Armenian-Azerbaijani border standoff after speaking with Prime "
    "Minister Nikol Pashinian by phone. Pashinian said Macron offered France's support.\n"
    "“France will stand by Armenia, and I said so to the prime minister,” Macron wrote.\n"
)


def _claim_words(mini: Path, run, words: str) -> list[str]:
    claim = (MINI_EVENT, "    source: rferl\n", "    source: rferl\n" + words)
    _apply(mini, [(ARTICLE, None, STORED), claim])
    return run("--root", mini, "validate").stdout.splitlines()


def test_a_claimants_words_the_report_quotes_pass_as_quote(mini: Path, run) -> None:
    words = "    quote: France will stand by Armenia … I said so\n"
    words += "    paraphrase: Pashinian said Macron offered\n"
    assert _claim_words(mini, run, words) == []


def test_a_reporters_sentence_as_a_claims_quote_is_an_error(mini: Path, run) -> None:
    assert _claim_words(mini, run, "    quote: Pashinian said Macron offered France's support.\n") == [
        f"{MINI_EVENT}:24:12: claims[0].quote is the report's own words, not words it quotes ({ARTICLE}) — "
        "move them to `paraphrase:` (shown as the report's words); `quote:` takes only the claimant's "
        "words, those the report puts in quotation marks",
    ]


def test_a_paraphrase_must_be_the_reports_words(mini: Path, run) -> None:
    assert _claim_words(mini, run, "    paraphrase: Pashinian said France would help.\n") == [
        f"{MINI_EVENT}:24:17: claims[0].paraphrase is not in the stored article {ARTICLE} — copy the "
        "report's words exactly (mark left-out words with …)",
    ]


def test_quoted_passages_include_one_left_open_at_a_paragraphs_end() -> None:
    from chronicle.articles import quoted_passages

    text = "He said “we are here,” then «a» and „b“ and \"c\".\n“The quote goes on\n“and ends here.”"
    assert quoted_passages(text) == ["we are here,", "a", "b", "c", "The quote goes on", "and ends here."]
