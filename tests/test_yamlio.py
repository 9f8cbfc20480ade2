"""The strict loader and the canonical writer agree: what is written reads back unchanged."""

from __future__ import annotations

from chronicle.yamlio import dump, load_string


def test_canonical_writer_round_trips_ambiguous_strings() -> None:
    data = {
        "id": "2021-05-13-x",
        "date": "2021-05-13",
        "time": "23:50",
        "country": "NO",
        "word": "yes",
        "octal": "012",
        "version": "3.10",
        "summary": "A long summary " * 12,
        "quote": "“Azerbaijan’s armed forces have invaded Armenian territory.”",
        "list": ["on", "off", "2021"],
    }
    text = dump(data, "# yaml-language-server: $schema=x.json")
    doc = load_string(text, "t.yaml")
    assert doc.problems == []
    assert doc.data == data
    assert text.startswith("# yaml-language-server: $schema=x.json\nid: 2021-05-13-x\n")
    assert 'date: "2021-05-13"' in text


def test_positions_point_at_values() -> None:
    doc = load_string("a: 1\nb:\n  - x\n  - {c: 2}\n", "t.yaml")
    assert doc.position(("b", 1, "c")) == (4, 9)
    assert doc.position(("b", 1, "missing")) == (4, 5)
    assert doc.position(("nothing",)) == (1, 1)


def test_multiple_documents_are_an_error() -> None:
    doc = load_string("a: 1\n---\nb: 2\n", "t.yaml")
    assert [p.as_text() for p in doc.problems] == [
        "t.yaml:2:1: the file holds more than one YAML document (a '---' line) — "
        "keep one entry per file: move what follows '---' into its own file"
    ]
