"""Read one YAML file a user may supply, refusing what YAML allows but a lexicon never needs.

The file is composed to a node graph first (aliases there are shared nodes, so
nothing is copied yet) and checked before any Python object is built:

* aliases may repeat at most :data:`MAX_ALIAS_NODES` nodes in all (an alias
  bomb, ``a1: [*a0, *a0, …]`` nested ten deep, would be a billion), and an
  alias may not refer to its own anchor (a loop every reader would follow);
* a key may appear once per mapping (YAML requires it; PyYAML keeps the last);
* lists and mappings nest at most :data:`MAX_DEPTH` deep;
* the file is at most :data:`MAX_BYTES` long.

Each refusal is a coded :class:`~genderscan.errors.LexiconError` naming the file and line.

PyYAML is imported when a file is read, not with this module: a run whose lexicon
comes from the per-user cache reads no YAML, and importing PyYAML took 12 ms of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import errors
from ..errors import LexiconError

MAX_BYTES = 5_000_000
"""A lexicon file larger than this is refused (the whole shipped lexicon is under 400 kB)."""
MAX_ALIAS_NODES = 100_000
"""How many nodes aliases may add to a file when expanded (the shipped lexicon: 14)."""
MAX_DEPTH = 64
"""How deep mappings and lists may nest (the shipped lexicon: 7); deeper would exhaust the readers' recursion."""
_MERGE = "tag:yaml.org,2002:merge"
_CAP = 10**12  # expanded sizes stop counting here: far past the limit, and no huge integers

if TYPE_CHECKING:
    from yaml.nodes import MappingNode, Node


def read_yaml(path: Path) -> Any:
    """The data of the YAML file *path*, or a coded error (not found, too large, invalid, hostile)."""
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file not found", code=errors.LEXICON_NOT_FOUND)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LexiconError(
                f"{path}: lexicon file larger than {MAX_BYTES // 1_000_000} MB", code=errors.LEXICON_HOSTILE
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 text", code=errors.LEXICON_SYNTAX) from exc
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read: {exc.strerror or exc}", code=errors.LEXICON_UNREADABLE) from exc
    import yaml

    # libyaml's safe loader when PyYAML was built with it (about ten times faster), else the Python one
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(node, path)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise LexiconError(
            f"{path}:{where} invalid YAML: {getattr(exc, 'problem', exc)}", code=errors.LEXICON_SYNTAX
        ) from exc
    finally:
        loader.dispose()


def _children(node: Node) -> list[Node]:
    from yaml.nodes import MappingNode, SequenceNode

    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_nodes(root: Node, path: Path) -> None:
    """Refuse alias loops, alias expansion past the limit and duplicate keys, walking each node once."""
    from yaml.nodes import MappingNode, ScalarNode

    size: dict[int, int] = {}  # id(node) -> nodes it stands for, expanded
    open_: set[int] = set()  # nodes whose children are being walked (a child among them is a loop)
    # (node, its children once they are being walked, depth); scalars, most of a lexicon, end at once
    stack: list[tuple[Node, list[Node] | None, int]] = [(root, None, 1)]
    while stack:
        node, kids, depth = stack.pop()
        key = id(node)
        if kids is not None:
            open_.discard(key)
            size[key] = min(1 + sum(size[id(c)] for c in kids), _CAP)
            continue
        if key in size:
            continue
        if key in open_:
            raise _refuse(path, node, "an alias refers to its own anchor (a loop)")
        if depth > MAX_DEPTH:
            raise _refuse(path, node, f"lists and mappings nested more than {MAX_DEPTH} deep")
        if isinstance(node, ScalarNode):
            size[key] = 1
            continue
        if isinstance(node, MappingNode):
            _check_keys(node, path)
        kids = _children(node)
        open_.add(key)
        stack.append((node, kids, depth))
        for child in reversed(kids):
            if id(child) in open_:
                raise _refuse(path, child, "an alias refers to its own anchor (a loop)")
            if id(child) not in size:
                stack.append((child, None, depth + 1))
    if size[id(root)] - len(size) > MAX_ALIAS_NODES:
        raise _refuse(path, root, f"aliases would repeat more than {MAX_ALIAS_NODES:,} entries (an alias bomb)")


def _check_keys(node: MappingNode, path: Path) -> None:
    from yaml.nodes import ScalarNode

    seen: set[tuple[str, str]] = set()
    for key, _ in node.value:
        if not isinstance(key, ScalarNode) or key.tag == _MERGE:
            continue
        if (key.tag, key.value) in seen:
            line = key.start_mark.line + 1
            raise LexiconError(f"{path}: line {line} duplicate key '{key.value}'", code=errors.LEXICON_SYNTAX)
        seen.add((key.tag, key.value))


def _refuse(path: Path, node: Node, why: str) -> LexiconError:
    return LexiconError(f"{path}: line {node.start_mark.line + 1} refused: {why}", code=errors.LEXICON_HOSTILE)
