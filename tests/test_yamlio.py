"""The strict loader and the canonical writer agree: what is written reads back unchanged."""

from __future__ import annotations

import pickle

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.yamlio import MAX_DEPTH, dump, load_string


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


def test_positions_are_found_on_demand_on_every_path() -> None:
    """Where values stand is indexed only when asked, from the text read: also after the
    document went through another process (pickled), and on the strict loader's path."""
    plain = load_string("a: 1\nb:\n  - x\n  - {c: 2}\n", "t.yaml")
    travelled = pickle.loads(pickle.dumps(plain))
    assert travelled.data == plain.data and travelled.problems == plain.problems == []
    assert travelled.position(("b", 1, "c")) == (4, 9)
    strict = load_string("a: 1\na: no\nb:\n  - 012\n", "t.yaml")  # a key twice: the loader's path
    assert [p.line for p in strict.problems] == [2, 2, 4]
    assert strict.position(("b", 0)) == (4, 5)
    broken = load_string("a: [1\n", "t.yaml")
    assert broken.data is None and broken.position(("a",)) == (1, 1)


def test_multiple_documents_are_an_error() -> None:
    doc = load_string("a: 1\n---\nb: 2\n", "t.yaml")
    assert [p.as_text() for p in doc.problems] == [
        "t.yaml:2:1: the file holds more than one YAML document (a '---' line) — "
        "keep one entry per file: move what follows '---' into its own file"
    ]


def _stairs(depth: int) -> str:
    """A mapping whose value is a list at its key's column, whose item is a mapping, and so on:
    the deepest nesting for the fewest columns."""
    lines, column = [], 0
    for level in range(depth):
        if level % 2 == 0:
            lines.append(" " * column + f"k{level}:")
        else:
            lines.append(" " * column + "-")
            column += 2
    if depth % 2:
        return "\n".join(lines) + " x\n"  # the last key's value
    return "\n".join(lines) + "\n" + " " * column + "x\n"


@pytest.mark.parametrize("text", [
    _stairs(MAX_DEPTH + 1),
    "- " * (MAX_DEPTH + 1) + "x\n",
    "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",
    "a:\n  - b: " + "[" * (MAX_DEPTH - 1) + "x" + "]" * (MAX_DEPTH - 1) + "\n",
    "k0:\n" + "".join(f"{'  ' * n}- k{n}:\n" for n in range(1, MAX_DEPTH)) + "  " * MAX_DEPTH + "x\n",
], ids=["list-at-key-column", "compact-lists", "flow", "block-then-flow", "list-items"])
def test_nesting_deeper_than_the_limit_is_refused_in_every_shape(text: str) -> None:
    """Reading skips the parser's event pass when the text bounds the depth: never for these."""
    doc = load_string(text, "deep.yaml")
    deep = f"lists and mappings nested more than {MAX_DEPTH} levels deep"
    assert [p.message for p in doc.problems] == [deep]
    assert doc.data is None


@pytest.mark.parametrize("depth", [MAX_DEPTH - 1, MAX_DEPTH])
def test_nesting_up_to_the_limit_is_read(depth: int) -> None:
    doc = load_string(_stairs(depth), "deep.yaml")
    assert doc.problems == [] and doc.data is not None


_LEAVES = st.one_of(st.text(alphabet="ab -?:[]{}#&*'\"\n", max_size=6), st.integers(), st.booleans(),
                    st.none())
_KEYS = st.text(alphabet="abc", min_size=1, max_size=3)
_NESTED = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=3)), max_leaves=40)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_NESTED, st.lists(st.booleans(), max_size=MAX_DEPTH + 6), st.booleans())
def test_reading_a_dumped_value_finds_its_depth_and_gives_it_back(leaf: object, wraps: list[bool],
                                                                  flow: bool) -> None:
    """Any value, block or flow style: read back whole when shallow enough, refused when deeper."""
    value = leaf
    for as_list in wraps:
        value = [value] if as_list else {"k": value}
    text = yaml.safe_dump({"v": value}, default_flow_style=flow, allow_unicode=True)
    doc = load_string(text, "value.yaml")
    deep = _depth({"v": value}) > MAX_DEPTH
    assert any("nested more than" in p.message for p in doc.problems) == deep
    if not doc.problems:
        assert doc.data == {"v": value}


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0
