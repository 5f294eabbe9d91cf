"""LibYAML's scanner reads clean pack files faster and must give exactly the same tree.

Positions matter as much as values: every later problem (an unknown reference, a wrong
type) is reported at a node's line and column, whichever scanner found the node.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content import yaml_source
from kiosk.content.yaml_source import Parsed, parse_yaml
from kiosk.core import paths

pytestmark = pytest.mark.skipif(
    yaml_source._fast_loader() is None, reason="PyYAML was built without LibYAML"
)


@pytest.fixture
def exact_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(yaml_source, "_fast_loader", lambda: None)
    yield


def _both(text: str, name: str = "file.yaml") -> tuple[Parsed | None, Parsed]:
    fast = yaml_source._compose_fast(text, name)
    fast_loader = yaml_source._fast_loader
    try:
        yaml_source._fast_loader = lambda: None  # type: ignore[assignment]
        exact = parse_yaml(text.encode("utf-8"), name)
    finally:
        yaml_source._fast_loader = fast_loader  # type: ignore[method-assign]
    return fast, exact


@pytest.mark.parametrize("name", sorted(p.name for p in paths.default_pack().glob("*.yaml")))
def test_bundled_pack_files_give_the_same_tree(name: str) -> None:
    text = (paths.default_pack() / name).read_text(encoding="utf-8")
    fast, exact = _both(text, name)
    assert fast is not None, "a clean file should take the fast path"
    assert fast == exact


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # anchors and aliases are refused
        "a: !!python/object:os.system 1\n",  # custom tags are refused
        "a: [1, 2\n",  # syntax error
        "a: 1\n  b: 2\n",  # bad indentation
        "- " * 40 + "x\n",  # nesting deeper than allowed
    ],
)
def test_files_with_trouble_leave_the_fast_path(text: str) -> None:
    fast, exact = _both(text)
    assert fast is None
    assert exact.problems, "the exact path words the problem"
    assert parse_yaml(text.encode("utf-8"), "file.yaml") == exact


def test_the_exact_path_still_reads_clean_files(exact_only: None) -> None:
    parsed = parse_yaml("title:\n  en: Karachi\n  zh: 卡拉奇\n".encode(), "pack.yaml")
    assert not parsed.problems and parsed.root is not None


_KEYS = st.text(alphabet="abcxyz_", min_size=1, max_size=6)
_SCALARS = st.one_of(
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(data=st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=5), flow=st.booleans())
def test_any_plain_data_gives_the_same_tree(data: dict[str, object], flow: bool) -> None:
    import yaml

    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow, width=40)
    fast, exact = _both(text)
    assert fast is not None
    assert fast == exact
