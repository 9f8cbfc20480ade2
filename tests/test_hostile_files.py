"""Hostile files cannot knock the checks over: each gets `file:line:column: problem — fix`.

Every attack is run through the real command in a subprocess under a memory limit and a
timeout. Those bounds are safety limits of an attack (generous: a second's work gets a
minute and 1.5 GB), not performance benchmarks: before this, the alias bomb took 84 s
and all the memory it could get.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINI_EVENT, edit

EVENTS = "chronology/events/2021"
MEMORY_LIMIT = 1_500_000_000
TIME_LIMIT = 60


def _bomb(levels: int = 9, width: int = 10) -> str:
    lines = ['a0: &a0 "lol"']
    for n in range(1, levels + 1):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def chronicle(root: Path, *args: str, today: str = "") -> subprocess.CompletedProcess[str]:
    """Run the installed command on a project, bounded in memory and time."""
    env = {**os.environ, "CHRONICLE_TODAY": today} if today else None
    return subprocess.run(
        [sys.executable, "-m", "chronicle.cli", "--root", str(root), *args],
        capture_output=True, text=True, timeout=TIME_LIMIT, preexec_fn=_limited, check=False, env=env,
    )


# (case, file name in chronology/events/2021/, content as bytes, expected start of the message line)
ATTACKS = [
    ("alias-bomb", "2021-05-01-bomb.yaml", _bomb().encode(), ":1:5: anchor &a0: anchors are not allowed"),
    ("self-alias", "2021-05-01-self.yaml", b"tags: &r [*r]\n", ":1:7: anchor &r: anchors are not allowed"),
    ("alias", "2021-05-01-alias.yaml", b"a: [1]\nb: *x\n", ":2:4: alias *x: aliases are not allowed"),
    ("deep-1000", "2021-05-01-deep.yaml", b"a: " + b"[" * 1000 + b"]" * 1000, ":1:23: lists and mappings"),
    ("deep-60000", "2021-05-01-deep.yaml", b"a: " + b"[" * 60000 + b"]" * 60000, ":1:23: lists and mappings"),
    ("deep-block", "2021-05-01-deep.yaml",
     "".join(f"{' ' * n}k{n}:\n" for n in range(200)).encode(), ":21:21: lists and mappings nested"),
    ("too-large", "2021-05-01-large.yaml", b"summary: " + b"x" * 50_000_000 + b"\n",
     ":1:1: the file is more than 131,072 bytes"),
    ("nul", "2021-05-01-nul.yaml", b"id: a\x00b\n", ":1:6: the file holds the invisible character U+0000"),
    ("x01", "2021-05-01-x01.yaml", b"title: \x01\n", ":1:8: the file holds the invisible character U+0001"),
    ("del", "2021-05-01-del.yaml", b"title: a\x7f\n", ":1:9: the file holds the invisible character U+007F"),
    ("ufffe", "2021-05-01-fffe.yaml", "title: a\ufffe\n".encode(), ":1:9: the file holds the invisible"),
    ("not-utf8", "2021-05-01-latin1.yaml", b"id: x\ntitle: caf\xe9\n", ":2:1: the file is not UTF-8 text"),
    ("int-key", "2021-05-01-keys.yaml", b"123: a\n", ":1:1: field name 123 is read as a number"),
    ("null-key", "2021-05-01-keys.yaml", b"~: a\n", ":1:1: field name ~ is read as empty (null)"),
    ("bool-key", "2021-05-01-keys.yaml", b"true: a\n", ":1:1: field name true is read as true/false"),
    ("list-key", "2021-05-01-keys.yaml", b"? [a]\n: b\n", ":1:3: a field name must be a word, not a list"),
    ("python-tag", "2021-05-01-tag.yaml", b"a: !!python/object/apply:os.system [ls]\n",
     ":1:4: invalid YAML: could not determine a constructor"),
]


@pytest.mark.parametrize(("case", "name", "content", "expected"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_each_attack_is_answered_with_a_message(mini: Path, case: str, name: str, content: bytes,
                                                 expected: str) -> None:
    (mini / EVENTS / name).write_bytes(content)
    result = chronicle(mini, "validate")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "<unicode string>" not in result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith(f"{EVENTS}/{name}:")]
    found = [line for line in lines if line.startswith(f"{EVENTS}/{name}{expected}")]
    assert found and " — " in found[0], result.stdout


def test_year_zero_is_not_a_date(mini: Path) -> None:
    edit(mini / MINI_EVENT, 'date: "2021-05-13"', 'date: "0000"')
    result = chronicle(mini, "validate")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{MINI_EVENT}:3:7: '0000' is not a real date: there is no year 0000" in result.stdout


def test_special_files_and_links_leaving_the_repository_are_reported(mini: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text("id: secret\n", encoding="utf-8")
    events = mini / EVENTS
    (events / "2021-05-01-zero.yaml").symlink_to("/dev/zero")
    (events / "2021-05-01-outside.yaml").symlink_to(outside)
    os.mkfifo(mini / "chronology" / "fifo")
    (events / "2021-05-01-fifo.yaml").symlink_to(mini / "chronology" / "fifo")
    (events / "2021-05-01-dangling.yaml").symlink_to(mini / "missing.yaml")
    (mini / "chronology" / "linked").symlink_to(tmp_path, target_is_directory=True)
    result = chronicle(mini, "validate")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    out = result.stdout
    assert f"{EVENTS}/2021-05-01-zero.yaml:1:1: is a link to a file outside the repository" in out
    assert f"{EVENTS}/2021-05-01-outside.yaml:1:1: is a link to a file outside the repository" in out
    assert f"{EVENTS}/2021-05-01-fifo.yaml:1:1: this is not a regular file" in out
    assert f"{EVENTS}/2021-05-01-dangling.yaml:1:1: cannot read the file (no such file or directory)" in out
    assert "chronology/linked:1:1: is a link to a folder, which is not read" in out
    assert "chronology/fifo:1:1: warning: this file is not part of the chronology" in out
    assert str(tmp_path) not in out


def test_a_link_inside_the_repository_is_read_under_its_own_name(mini: Path) -> None:
    event = mini / MINI_EVENT
    (mini / "elsewhere").mkdir()
    moved = mini / "elsewhere" / event.name
    event.rename(moved)
    event.symlink_to(moved)
    result = chronicle(mini, "build", "--no-site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "elsewhere" not in (mini / "content" / "timeline" / "2021" / "05.md").read_text("utf-8")


def test_every_file_under_chronology_is_read_or_reported(mini: Path) -> None:
    events = mini / "chronology" / "events"
    (events / "2021" / "2021-05-02-upper.YAML").write_text("id: x\n", encoding="utf-8")
    (events / "foo" / "2021").mkdir(parents=True)
    (events / "foo" / "2021" / "2021-05-02-nested.yaml").write_text("id: x\n", encoding="utf-8")
    (mini / "chronology" / "actors" / "sub").mkdir()
    (mini / "chronology" / "actors" / "sub" / "x.yaml").write_text("id: x\n", encoding="utf-8")
    (mini / "chronology" / "notes.txt").write_text("notes\n", encoding="utf-8")
    (mini / "chronology" / "README.md").write_text("# About this chronology\n", encoding="utf-8")
    (mini / "chronology" / "proposed").mkdir()
    (mini / "chronology" / "proposed" / "x.add-source.patch").write_text("diff\n", encoding="utf-8")
    result = chronicle(mini, "validate")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "chronology/actors/sub/x.yaml:1:1: a file here is not read: actors files sit directly in "
        "chronology/actors/ — move it to chronology/actors/x.yaml",
        "chronology/events/2021/2021-05-02-upper.YAML:1:1: the extension .YAML is not read — "
        "rename it to 2021-05-02-upper.yaml",
        "chronology/events/foo/2021/2021-05-02-nested.yaml:1:1: a file here is not read: events files "
        "sit directly in chronology/events/<year>/ — move it to "
        "chronology/events/<year>/2021-05-02-nested.yaml",
        "chronology/notes.txt:1:1: warning: this file is not part of the chronology and is not read — "
        "entries are .yaml files in chronology/events/<year>/, actors/, places/ and tags/; move this "
        "file out of chronology/",
    ]


def test_whatever_validate_accepts_build_builds(mini: Path) -> None:
    event = mini / MINI_EVENT
    edit(event, 'date: "2021-05-13"', 'date: "9999-12"')
    edit(event, 'published: "2021-05-14"', 'published: "9999-12-31"')
    edit(event, "outlet: RFE/RL Armenian Service", "outlet: " + "O" * 150)
    edit(event, "places: [syunik]", "places: [syunik]\ntags: [" + "t" * 80 + "]")
    text = event.read_text("utf-8")
    event.unlink()
    (mini / "chronology" / "events" / "9999").mkdir()
    target = mini / "chronology" / "events" / "9999" / "9999-12-macron-calls-pashinian.yaml"
    new_id = "id: 9999-12-macron-calls-pashinian"
    target.write_text(text.replace("id: 2021-05-13-macron-calls-pashinian", new_id), encoding="utf-8")
    (mini / "chronology" / "tags").mkdir(exist_ok=True)
    (mini / "chronology" / "tags" / f"{'t' * 80}.yaml").write_text(f"id: {'t' * 80}\nlabel: Long\n")
    checked = chronicle(mini, "validate", today="9999-12-31")
    assert checked.returncode == 0, checked.stdout
    result = chronicle(mini, "build", "--no-site", today="9999-12-31")
    assert result.returncode == 0, result.stdout + result.stderr
    ics = (mini / "content" / "data" / "events.ics").read_bytes().decode("utf-8")
    assert "DTSTART;VALUE=DATE:99991201\r\nDURATION:P31D" in ics


LONG = "x" * 5000


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("summary: >-", f"summary: {LONG}\nx: >-", "summary is 5000 characters long; at most 3000 allowed"),
        ("outlet: RFE/RL Armenian Service", f"outlet: {LONG}", "sources[0].outlet is 5000 characters long"),
        ("text: Pashinian says Macron offered support.", f"text: {LONG}", "claims[0].text is 5000"),
        ("places: [syunik]", f"places: [syunik]\ntags: [{'t' * 81}]", "tags[0] is 81 characters long"),
    ],
)
def test_text_fields_have_length_limits(mini: Path, run, old: str, new: str, expected: str) -> None:
    edit(mini / MINI_EVENT, old, new)
    result = run("--root", mini, "validate")
    assert result.exit_code == 1
    assert expected in result.stdout


def test_a_one_megabyte_alias_is_refused(mini: Path, run) -> None:
    actor = mini / "chronology" / "actors" / "pashinyan.yaml"
    text = actor.read_text("utf-8")
    actor.write_text(text + 'metonyms: ["' + "Pashinyan " * 100_000 + '"]\n', encoding="utf-8")
    result = run("--root", mini, "validate")
    assert result.exit_code == 1
    assert "chronology/actors/pashinyan.yaml:1:1: the file is more than 131,072 bytes" in result.stdout
    actor.write_text(text + 'metonyms: ["' + "Pashinyan " * 1000 + '"]\n', encoding="utf-8")
    result = run("--root", mini, "validate")
    assert "metonyms[0] is 10000 characters long; at most 150 allowed" in result.stdout


def test_stored_articles_are_bounded_regular_files_inside_the_repository(mini: Path, tmp_path: Path) -> None:
    articles = mini / "chronology" / "articles"
    articles.mkdir()
    front = '---\nurl: https://example.org/a\npublished: "2021-05-14"\n---\n'
    (articles / "huge.txt").write_text(front + "word " * 600_000, encoding="utf-8")
    os.mkfifo(articles / "fifo.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text(front + "private words\n", encoding="utf-8")
    (articles / "outside.txt").symlink_to(secret)
    result = chronicle(mini, "validate")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    out = result.stdout
    assert "chronology/articles/huge.txt:1:1: cannot read the article: the file is more than 2,097,152" in out
    assert "chronology/articles/fifo.txt:1:1: this is not a regular file" in out
    assert "chronology/articles/outside.txt:1:1: is a link to a file outside the repository" in out
    assert "secret" not in out
