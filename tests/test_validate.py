"""`chronicle validate`: every rule, each on a small broken copy of a valid project.

Each case breaks tests/fixtures/mini in one way and asserts the exact lines printed:
`path:line:column: what is wrong — how to fix it`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, MINI_EVENT, edit

ACTOR = "chronology/actors/pashinyan.yaml"
NEW_EVENT = "chronology/events/2021/2021-05-14-copy.yaml"
COPY = """id: 2021-05-14-copy
status: draft
date: "2021-05-13"
title: Macron and Pashinian speak by phone on the border standoff
summary: A copy.
type: phone-call
actors: [macron]
sources:
  - url: https://example.org/a
    outlet: Example
    title: Example
    published: "2021-05-14"
date_note: '"on Thursday", in a report of Friday 14 May 2021.'
"""

# (case, file, text to replace (None: write a new file), replacement, expected lines)
CASES = [
    ("duplicate-key", MINI_EVENT, 'status: reviewed\n', 'status: reviewed\nstatus: draft\n', [
        f"{MINI_EVENT}:3:1: duplicate key 'status' (first on line 2) — remove one of them: "
        "YAML would silently keep only the last",
    ]),
    ("tab", MINI_EVENT, "type: phone-call", "type:\tphone-call", [
        f"{MINI_EVENT}:8:6: tab character — use spaces instead of tabs",
    ]),
    ("unquoted-no", ACTOR, "country: AM", "country: no", [
        f"{ACTOR}:5:10: unquoted 'no' is read as a boolean, not as the word — put it in quotes, "
        'e.g. "no" (or write true/false for a yes/no field)',
    ]),
    ("unquoted-date", MINI_EVENT, 'date: "2021-05-13"', "date: 2021-05-13", [
        f'{MINI_EVENT}:3:7: unquoted date 2021-05-13 is read as a date object, not as text — '
        'put it in quotes, e.g. "2021-05-13"',
    ]),
    ("unquoted-time", MINI_EVENT, "status: reviewed\n",
     "status: reviewed\ntime: 23:50\ntimezone: Asia/Yerevan\n", [
        f'{MINI_EVENT}:3:7: unquoted 23:50 is read as a base-60 number, not as a time — '
        'put it in quotes, e.g. "23:50"',
    ]),
    ("invalid-yaml", MINI_EVENT, "actors: [macron, pashinyan]", "actors: [macron, pashinyan", [
        f"{MINI_EVENT}:10:7: invalid YAML: did not find expected ',' or ']' — "
        "check indentation, colons and quotes here",
    ]),
    ("missing-field", MINI_EVENT, "type: phone-call\n", "", [
        f"{MINI_EVENT}:1:1: missing required field 'type' — add `type:` — What the principal "
        "actor did, from the controlled vocabulary.",
    ]),
    ("unknown-field", MINI_EVENT, "title:", "titel:", [
        f"{MINI_EVENT}:1:1: missing required field 'title' — add `title:` — One line, plain text, "
        "neutral; attributed when contested.",
        f"{MINI_EVENT}:5:8: unknown field 'titel' — did you mean 'title'?",
    ]),
    ("bad-type", MINI_EVENT, "type: phone-call", "type: phonecall", [
        f"{MINI_EVENT}:8:7: type 'phonecall' is not allowed — did you mean 'phone-call'? use one of: "
        "statement, announcement, condemnation, accusation, denial, appeal, demand, threat, "
        "phone-call, meeting, negotiation, agreement, support, aid, sanction, military-movement, "
        "incursion, attack, casualties, displacement",
    ]),
    ("not-a-calendar-date", MINI_EVENT, 'date: "2021-05-13"', 'date: "2021-02-30"', [
        f"{MINI_EVENT}:3:7: '2021-02-30' is not a real date: February 2021 has 28 days — "
        "correct it to a real date",
    ]),
    ("bad-date-form", MINI_EVENT, 'date: "2021-05-13"', 'date: "13 May 2021"', [
        f"{MINI_EVENT}:3:7: date '13 May 2021' is not in the right form — write \"YYYY-MM-DD\", "
        "\"YYYY-MM\" or \"YYYY\" in quotes",
    ]),
    ("date-after-source", MINI_EVENT, 'date: "2021-05-13"', 'date: "2021-05-15"', [
        f"{MINI_EVENT}:3:7: date 2021-05-15 is after source 1's publication date 2021-05-14 — "
        "a report cannot describe a later event: check the date against the source",
    ]),
    ("end-before-start", MINI_EVENT, 'status: reviewed\n', 'status: reviewed\nend_date: "2021-05-01"\n', [
        f"{MINI_EVENT}:3:11: end_date 2021-05-01 is before date 2021-05-13 — swap or correct them",
    ]),
    ("javascript-url", MINI_EVENT, "url: https://azatutyun.am/a/31253940.html", "url: javascript:alert(1)", [
        f"{MINI_EVENT}:13:10: sources[0].url 'javascript:alert(1)' is not in the right form — "
        "use a full http:// or https:// link",
    ]),
    ("reviewed-without-quote", MINI_EVENT, "    quote: Macron commented", "    author: Macron commented", [
        f"{MINI_EVENT}:12:5: a reviewed entry needs a quote from every source — add `quote:` with "
        "the words of the report that support the entry, or set `status: draft`",
    ]),
    ("id-not-file-name", MINI_EVENT, "id: 2021-05-13-macron-calls-pashinian", "id: 2021-05-13-macron-call", [
        f"{MINI_EVENT}:1:5: id '2021-05-13-macron-call' differs from the file name "
        "'2021-05-13-macron-calls-pashinian.yaml' — rename the file to 2021-05-13-macron-call.yaml "
        "(ids of published entries never change)",
    ]),
    ("unknown-actor", MINI_EVENT, "actors: [macron, pashinyan]", "actors: [macron, pashinian]", [
        f"{MINI_EVENT}:9:18: actor 'pashinian' is not in the actor registry — did you mean 'pashinyan'?",
    ]),
    ("unknown-place", MINI_EVENT, "places: [syunik]", "places: [sev-lich]", [
        f"{MINI_EVENT}:10:10: place 'sev-lich' is not in the place registry — add it to "
        "chronology/places/ or correct the id",
    ]),
    ("claim-unknown-source", MINI_EVENT, "    source: rferl", "    source: bbc", [
        f"{MINI_EVENT}:23:13: claims[0].source 'bbc' is not a source of this event — use one of "
        "the source keys: rferl",
    ]),
    ("denial-without-assertion", MINI_EVENT, "stance: asserts", "stance: denies", [
        f"{MINI_EVENT}:20:3: warning: the event is disputed but all claims come from one actor — "
        "add the claim of the other side (who asserts what is denied)",
    ]),
    ("duplicate-event", NEW_EVENT, None, COPY, [
        f"{NEW_EVENT}:4:8: possible duplicate of 2021-05-13-macron-calls-pashinian (same "
        "date, principal actor and a near-identical title) — merge the sources into one entry, "
        "or add the other id to `distinct_from`",
    ]),
    ("duplicate-alias", "chronology/actors/macron.yaml", "aliases: [French President Emmanuel Macron]",
     "aliases: [French President Emmanuel Macron, Pashinian]", [
        f"{ACTOR}:7:11: 'Pashinian' already names actor 'macron' "
        "(chronology/actors/macron.yaml) — a spelling may name one entry only: remove it from one of them",
    ]),
    ("unknown-parent", ACTOR, "parent: armenia", "parent: armenian-state", [
        f"{ACTOR}:6:9: parent 'armenian-state' is not in the actor registry — did you mean 'armenia'?",
    ]),
    ("same-id-twice", "chronology/events/2022/2021-05-13-macron-calls-pashinian.yaml", None,
     (FIXTURES / "mini" / MINI_EVENT).read_text(encoding="utf-8"), [
        "chronology/events/2022/2021-05-13-macron-calls-pashinian.yaml:1:5: event file is in folder "
        "'2022/', not in the folder of its year — move it to chronology/events/2021/",
        "chronology/events/2022/2021-05-13-macron-calls-pashinian.yaml:1:5: id "
        f"'2021-05-13-macron-calls-pashinian' is already used by {MINI_EVENT} — give this event a "
        "new id; ids are never reused",
    ]),
    ("unknown-claimant", MINI_EVENT, "  - by: pashinyan", "  - by: yerevan", [
        # "Yerevan" is a metonym of armenia: suggestions rank by every spelling, not ids alone.
        f"{MINI_EVENT}:20:9: actor 'yerevan' is not in the actor registry — did you mean 'armenia'?",
    ]),
    ("empty-file", "chronology/places/empty.yaml", None, "", [
        "chronology/places/empty.yaml:1:1: the file is empty — write a place entry or delete it",
    ]),
]


@pytest.mark.parametrize(("case", "file", "old", "new", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_file_line_and_fix(mini: Path, run, case, file, old, new, expected) -> None:
    path = mini / file
    path.parent.mkdir(parents=True, exist_ok=True)
    if old is None:
        path.write_text(new, encoding="utf-8")
    else:
        edit(path, old, new)
    result = run("--root", mini, "validate")
    assert result.stdout.splitlines() == expected
    errors = sum(" warning: " not in line for line in expected)
    assert result.exit_code == (1 if errors else 0)
    assert f"{errors} error(s), {len(expected) - errors} warning(s)" in result.stderr


def test_valid_project_passes(mini: Path, run) -> None:
    result = run("--root", mini, "validate")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "6 file(s) checked: 0 error(s), 0 warning(s)" in result.stderr


def test_all_problems_in_one_run(mini: Path, run) -> None:
    """Several broken files give every problem, not only the first."""
    edit(mini / MINI_EVENT, 'date: "2021-05-13"', "date: 2021-05-13")
    edit(mini / MINI_EVENT, "type: phone-call", "type: call")
    edit(mini / ACTOR, "country: AM", "country: no")
    result = run("--root", mini, "validate")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{ACTOR}:5:10",
        f"{MINI_EVENT}:3:7",
        f"{MINI_EVENT}:8:7",
    ]


def test_github_format_annotates_the_diff(mini: Path, run) -> None:
    edit(mini / MINI_EVENT, 'date: "2021-05-13"', 'date: "2021-05-15"')
    edit(mini / MINI_EVENT, "stance: asserts", "stance: denies")
    result = run("--root", mini, "validate", "--format", "github")
    assert result.stdout.splitlines() == [
        f"::error file={MINI_EVENT},line=3,col=7,title=chronicle validate::date 2021-05-15 is after "
        "source 1's publication date 2021-05-14 — a report cannot describe a later event: check the "
        "date against the source",
        f"::warning file={MINI_EVENT},line=20,col=3,title=chronicle validate::the event is disputed "
        "but all claims come from one actor — add the claim of the other side (who asserts what is "
        "denied)",
    ]
    assert result.exit_code == 1


def test_validate_given_paths_only(mini: Path, run) -> None:
    """`validate PATH…` checks those event files (against the registries) and no others."""
    other = mini / "chronology/events/2021/2021-05-pashinyan-warns.yaml"
    edit(other, "type: statement", "type: nonsense")
    result = run("--root", mini, "validate", mini / MINI_EVENT)
    assert result.exit_code == 0, result.stdout
    result = run("--root", mini, "validate", other)
    assert result.exit_code == 1
    assert "type 'nonsense' is not allowed" in result.stdout


def test_unreadable_encoding(mini: Path, run) -> None:
    (mini / MINI_EVENT).write_bytes("title: caf\xe9\n".encode("latin-1"))
    result = run("--root", mini, "validate")
    assert result.stdout.splitlines()[0] == (
        f"{MINI_EVENT}:1:1: the file is not UTF-8 text (invalid continuation byte) — save it as UTF-8"
    )
