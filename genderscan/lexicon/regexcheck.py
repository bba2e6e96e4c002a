"""Refuse a lexicon's regular expressions that can take exponential (or high polynomial) time.

Python's ``re`` backtracks: ``^(a+)+$`` tries every way to split a run of
``a`` between the two quantifiers, so one word of thirty letters takes
minutes. A term's ``re:`` is read from a lexicon file, which a user (or a
web form) supplies, so it is checked when the file loads, on its parse tree:

* a quantifier inside a repeated group, where the inner one can take more or
  fewer characters (``(a+)+``, ``(a*b?)*``, ``(\\w{2,3})+``);
* a repeated alternation whose branches can start with the same character
  (``(a|ab)+``, ``(?:de|d)*``);
* a back-reference (``(a+)\\1``: no bound on the work at all);
* quantifiers that together can split a word in more than :data:`MAX_WAYS`
  ways: three unbounded ones (``.*a.*a.*b``: polynomial of that degree in the
  word's length), or many short bounded ones, whose choices multiply
  (``a{0,10}`` eight times: 11^8 tries on a word of a hundred ``a``).

Anything else matches a word in time about linear in its length. The message
says what to write instead.
"""

from __future__ import annotations

import importlib
import re
import string
import sys
from collections.abc import Callable
from typing import Any

# the parser of the re module itself (re._parser since Python 3.11, sre_parse before)
_NEW = sys.version_info >= (3, 11)
sre_parse: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")
sre_constants: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")

WORD = 100
"""Characters of the longest word a term's regex is tried on (``terms.REGEX_MAX_WORD``)."""
MAX_WAYS = (WORD + 1) ** 2
"""Ways a regex's quantifiers may split a word between them, multiplied over a sequence (an unbounded
quantifier: WORD + 1 ways, ``{m,n}``: n - m + 1): as many as two unbounded quantifiers give, so that a
word of WORD characters costs at most about a million steps."""
MAXREPEAT = sre_constants.MAXREPEAT
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_SAMPLE = string.printable + "àáäçèéëïíóöúüĳ-'’\u00a0"  # characters tried when two branches may start alike


class RegexRisk(ValueError):
    """A regular expression that may backtrack without bound."""


def check_regex(pattern: str) -> str | None:
    """Why *pattern* may take exponential or high polynomial time, or None when it is safe."""
    try:
        tree = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - a syntax error is reported by re.compile, with its own message
        return None
    try:
        ways = _walk(list(tree), repeated=False)
    except RegexRisk as exc:
        return str(exc)
    if ways > MAX_WAYS:
        return (
            f"its quantifiers (*, +, ?, {{m,n}}) can split a word in more than {MAX_WAYS:,} ways, as three unbounded "
            "ones or many bounded ones in a row do: matching time multiplies; use fewer, or write the variants out"
        )
    return None


_GLOBAL_FLAGS = re.compile(r"\A(?:\(\?[aiLmsux]+\))+")


def bounded(pattern: str, longest: int = WORD) -> str:
    """*pattern* for ``re.search`` as spaCy's Matcher runs a ``REGEX`` on a token: the same answer on a
    text of at most *longest* characters, and no match at once on a longer one (a token can be 20,000
    characters, and two unbounded quantifiers then take minutes). A lookahead from the start checks the
    length; the lazy ``[\\s\\S]*?`` tries the pattern at every position as a search does."""
    flags = _GLOBAL_FLAGS.match(pattern)
    head = flags.group() if flags else ""
    try:
        verbose = bool(re.compile(pattern).flags & re.VERBOSE)
    except re.error:
        return pattern  # refused where the lexicon is read, with its own message
    end = "\n)" if verbose else ")"  # a comment in a verbose pattern runs to the end of its line
    return f"{head}\\A(?=[\\s\\S]{{0,{longest}}}\\Z)[\\s\\S]*?(?:{pattern[len(head) :]}{end}"


def bounded_spec(spec: Any) -> Any:
    """A spaCy token pattern (or a part of one) with every ``REGEX`` value :func:`bounded`."""
    if isinstance(spec, dict):
        return {k: bounded(v) if k == "REGEX" and isinstance(v, str) else bounded_spec(v) for k, v in spec.items()}
    if isinstance(spec, list):
        return [bounded_spec(v) for v in spec]
    return spec


def token_regexes(spec: Any) -> list[str]:
    """The ``REGEX`` values anywhere in a spaCy token pattern (``{"LOWER": {"REGEX": "…"}}``)."""
    if isinstance(spec, dict):
        found = [v for k, v in spec.items() if k == "REGEX" and isinstance(v, str)]
        return found + [r for v in spec.values() for r in token_regexes(v)]
    if isinstance(spec, list):
        return [r for v in spec for r in token_regexes(v)]
    return []


def _walk(items: list[tuple[Any, Any]], repeated: bool) -> int:
    """Raise :class:`RegexRisk` for a risky construct in *items*; else the ways its quantifiers can split
    a word between them (1 for none), multiplied over the sequence."""
    ways = 1
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            if repeated and _variable(list(sub), lo, hi):
                raise RegexRisk(
                    "a quantifier inside a repeated group, as in (a+)+: matching can take exponential time; "
                    "repeat the group or its content, not both"
                )
            inner = _walk(list(sub), repeated=repeated or hi > 1)
            ways *= _repeat_ways(lo, hi, inner)
        elif op is sre_constants.BRANCH:
            branches = [list(b) for b in av[1]]
            if repeated and _overlap(branches):
                raise RegexRisk(
                    "a repeated alternation whose branches can start with the same character, as in (a|ab)+: "
                    "matching can take exponential time; make the branches start differently"
                )
            ways *= max((_walk(b, repeated) for b in branches), default=1)
        elif op is sre_constants.SUBPATTERN:
            ways *= _walk(list(av[-1]), repeated)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            ways *= _walk(list(av[1]), repeated)
        elif op is sre_constants.GROUPREF or op is sre_constants.GROUPREF_EXISTS:
            raise RegexRisk("a back-reference (\\1, (?P=name)): matching time has no bound; write the text out")
        elif getattr(sre_constants, "ATOMIC_GROUP", None) is op:
            _walk(list(av), repeated=False)  # an atomic group is tried one way
        elif getattr(sre_constants, "POSSESSIVE_REPEAT", None) is op:
            _walk(list(av[2]), repeated=False)
        ways = min(ways, MAX_WAYS + 1)  # enough to refuse; no huge numbers
    return ways


def _repeat_ways(lo: int, hi: int, inner: int) -> int:
    """Ways ``{lo,hi}`` over a part with *inner* ways can go: a count from lo to hi (hi up to WORD); a
    part repeated more than once has one way of its own (else :func:`_walk` refused it)."""
    top = min(hi, WORD)
    if inner == 1 or top > 1:
        return max(1, top - min(lo, top) + 1)
    return inner + (1 if lo == 0 else 0)  # {0,1} or {1,1} over a part with choices of its own


def _variable(sub: list[tuple[Any, Any]], lo: int, hi: int) -> bool:
    """Whether a quantifier ``{lo,hi}`` over *sub* can take a varying number of characters."""
    if lo != hi:
        return True
    low, high = sre_parse.SubPattern(sre_parse.State(), sub).getwidth() if sub else (0, 0)
    return low != high


def _overlap(branches: list[list[tuple[Any, Any]]]) -> bool:
    """Whether two of *branches* can start with the same character (or one can match nothing)."""
    firsts: list[Callable[[str], bool]] = []
    for branch in branches:
        test, empty = _first(branch)
        if empty:  # a branch that can match nothing makes the repetition ambiguous
            return True
        firsts.append(test)
    for i, one in enumerate(firsts):
        for other in firsts[i + 1 :]:
            if any(one(c) and other(c) for c in _SAMPLE):
                return True
    return False


def _never(c: str) -> bool:
    return False


def _always(c: str) -> bool:
    return True


def _first(items: list[tuple[Any, Any]]) -> tuple[Callable[[str], bool], bool]:
    """(a test for the characters *items* can start with, whether *items* can match the empty string)."""
    tests: list[Callable[[str], bool]] = []
    for op, av in items:
        test, empty = _first_of(op, av)
        tests.append(test)
        if not empty:
            return (lambda c: any(t(c) for t in tests)), False
    return (lambda c: any(t(c) for t in tests)), True


def _first_of(op: Any, av: Any) -> tuple[Callable[[str], bool], bool]:
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _never, True
    if op in _REPEATS or op is getattr(sre_constants, "POSSESSIVE_REPEAT", None):
        lo, _, sub = av
        test, empty = _first(list(sub))
        return test, empty or lo == 0
    if op is sre_constants.SUBPATTERN:
        return _first(list(av[-1]))
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _first(list(av))
    if op is sre_constants.BRANCH:
        parts = [_first(list(b)) for b in av[1]]
        return (lambda c: any(t(c) for t, _ in parts)), any(e for _, e in parts)
    if op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
        return _always, True
    return _char_test(op, av), False


def _char_test(op: Any, av: Any) -> Callable[[str], bool]:
    """A test for one character of a one-character item (literal, class, any); anything else: every character."""
    compiled = _one_char_regex(op, av)
    if compiled is None:
        return _always
    return lambda c: compiled.fullmatch(c) is not None


def _one_char_regex(op: Any, av: Any) -> re.Pattern[str] | None:
    if op is sre_constants.LITERAL:
        return re.compile(re.escape(chr(av)))
    if op is sre_constants.NOT_LITERAL:
        return re.compile(f"[^{re.escape(chr(av))}]")
    if op is sre_constants.ANY:
        return re.compile(".", re.DOTALL)
    if op is sre_constants.IN:
        parts = []
        negate = ""
        for kind, value in av:
            if kind is sre_constants.NEGATE:
                negate = "^"
            elif kind is sre_constants.LITERAL:
                parts.append(re.escape(chr(value)))
            elif kind is sre_constants.RANGE:
                parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is sre_constants.CATEGORY:
                parts.append(_CATEGORIES.get(str(value), ""))
        if not parts:
            return None
        return re.compile(f"[{negate}{''.join(parts)}]")
    return None


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
