"""Reading YAML safely, with line numbers, and writing it so diffs stay small.

Reading composes the node tree with PyYAML's safe loader (the one
``yaml.safe_load`` uses, on libyaml when present) so that we can refuse duplicate keys and alias
bombs and report the line of every mapping entry; nothing but plain data
is ever constructed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from factcheck.errors import FactcheckError
from factcheck.workspace.dates import check_date

# Far more than any real claims or verdict file holds; enough to stop a file
# built to exhaust memory or time before it is turned into Python objects.
MAX_NODES = 500_000
MAX_ALIASES = 1_000
MAX_DEPTH = 100
# What aliases may add to a file's text once expanded: a few reused lists are a few
# kilobytes, but one 200 KB claim text aliased 999 times is 200 MB to match.
MAX_ALIAS_EXPANSION = 1_000_000

# libyaml's parser (same safe constructor) is several times faster; pure Python otherwise.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CONTAINER_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CONTAINER_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_NODE_EVENTS = (*_CONTAINER_START, yaml.ScalarEvent, yaml.AliasEvent)
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


@dataclass(frozen=True)
class YamlDoc:
    """A parsed YAML document: its data and the line of each node by path."""

    data: Any
    lines: dict[tuple[Any, ...], int]

    def line(self, *path: Any) -> int | None:
        """The 1-based line of the node at ``path`` (keys and list indexes)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def _walk(
    node: yaml.Node,
    path: tuple[Any, ...],
    depth: int,
    lines: dict[tuple[Any, ...], int],
    file: str,
    seen: dict[int, int],
    counter: list[int],
) -> int:
    """Walk ``node``: record lines, refuse what is too big; return its size once expanded
    (characters of its scalars, through aliases)."""
    counter[0] += 1
    if counter[0] > MAX_NODES:
        raise FactcheckError(f"too large: more than {MAX_NODES} YAML nodes", path=file)
    if depth > MAX_DEPTH:
        raise FactcheckError(
            f"nested more than {MAX_DEPTH} levels deep", path=file, line=node.start_mark.line + 1
        )
    if id(node) in seen:
        counter[1] += 1
        if counter[1] > MAX_ALIASES:
            raise FactcheckError(
                "too many YAML aliases (refusing a possible alias bomb)",
                path=file,
                line=node.start_mark.line + 1,
            )
        # An alias: its target was walked where it is defined; what it repeats counts.
        counter[2] -= seen[id(node)]
        if counter[2] < 0:
            raise FactcheckError(
                "YAML aliases repeat the value defined here into too much text "
                "(refusing a possible alias bomb); write the values out",
                path=file,
                line=node.start_mark.line + 1,
            )
        return seen[id(node)]
    seen[id(node)] = 0  # an alias inside its own target (a recursive node) repeats nothing
    lines[path] = node.start_mark.line + 1
    if node.tag == _TIMESTAMP_TAG:
        _check_timestamp(node, path, file)
    size = 1
    if isinstance(node, yaml.ScalarNode):
        size += len(node.value)
    elif isinstance(node, yaml.MappingNode):
        keys: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise FactcheckError(
                    "mapping keys must be plain text", path=file, line=key_node.start_mark.line + 1
                )
            if key_node.tag == "tag:yaml.org,2002:merge":
                # Each merge copies the merged mappings: nine "<<: [*a, *a, ...]" levels of
                # aliases make billions of entries out of a few hundred bytes.
                raise FactcheckError(
                    "YAML merge keys (<<) are not supported; write the fields out",
                    path=file,
                    line=key_node.start_mark.line + 1,
                )
            if key_node.tag == _TIMESTAMP_TAG:
                _check_timestamp(key_node, path, file)
            key = key_node.value
            if key in keys:
                raise FactcheckError(
                    f"duplicate key {key!r} (first on line {keys[key]})",
                    path=file,
                    line=key_node.start_mark.line + 1,
                )
            keys[key] = key_node.start_mark.line + 1
            size += len(key) + _walk(
                value_node, (*path, key), depth + 1, lines, file, seen, counter
            )
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            size += _walk(item, (*path, index), depth + 1, lines, file, seen, counter)
    seen[id(node)] = size
    return size


def _check_timestamp(node: yaml.Node, path: tuple[Any, ...], file: str) -> None:
    """Refuse a scalar YAML reads as a timestamp but Python cannot build (``2022-02-30``),
    naming the field, before the constructor raises a bare ValueError."""
    field = next((str(part) for part in reversed(path) if isinstance(part, str)), "value")
    check_date(node.value, field=field, path=file, line=node.start_mark.line + 1)


def _prescan(text: str, file: str) -> None:
    """Refuse a file nested deeper than MAX_DEPTH or with more than MAX_NODES nodes, early.

    libyaml composes nodes by recursion in C: ``[`` repeated 50,000 times would
    overflow the C stack and kill the process (no exception to catch); and a
    few megabytes of ``k: v`` lines compose into millions of nodes (seconds and
    hundreds of megabytes) before the node limit in ``_walk`` could refuse
    them. Its event parser is iterative and cheap, so both are measured from
    events first, but only for a file that could break a limit at all: nesting
    needs a ``[`` or ``{`` per level, or block indentation; a node needs at least
    half a character.

    Block collections go at least one column deeper every two levels (a mapping's
    value may be a sequence at the mapping's own column), and a collection starts
    after nothing on its line but spaces and the indicators (``-``, ``?``, ``:``)
    of the compact collections around it. So a file whose lines all begin with
    fewer than (MAX_DEPTH - 2) / 2 such characters (bar its brackets) cannot nest
    past MAX_DEPTH, however long its lines (claims files have long lines).
    """
    if _nesting_bound(text) <= MAX_DEPTH and 2 * len(text) <= MAX_NODES:
        return
    try:
        _measure(yaml.parse(text, Loader=_Loader), file)
    except yaml.YAMLError:
        # A parser may stop a deep file with a limit of its own (libyaml 0.2.6, as built into
        # PyYAML 6.0.4, refuses flow nesting past 1,000 levels, in its own words). Measure the
        # events again with the pure-Python parser, which has no such limit, so that the error
        # is factcheck's, whatever the installed parser's version; a file that is broken in
        # some other way keeps the parser's error.
        _measure(yaml.parse(text, Loader=yaml.SafeLoader), file)
        raise


def _nesting_bound(text: str) -> int:
    """At least the depth to which ``text``'s collections can nest (see ``_prescan``)."""
    prefix = max((len(line) - len(line.lstrip(" \t-?:")) for line in text.splitlines()), default=0)
    return text.count("[") + text.count("{") + 2 * prefix + 2


def _measure(events: Iterator[yaml.Event], file: str) -> None:
    """Raise when ``events`` nest deeper than MAX_DEPTH or hold more than MAX_NODES nodes."""
    depth = nodes = 0
    for event in events:
        if isinstance(event, _CONTAINER_END):
            depth -= 1
            continue
        if not isinstance(event, _NODE_EVENTS):
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise FactcheckError(f"too large: more than {MAX_NODES} YAML nodes", path=file)
        if isinstance(event, _CONTAINER_START):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark else None
                raise FactcheckError(
                    f"nested more than {MAX_DEPTH} levels deep", path=file, line=line
                )


def parse_yaml(text: str, *, file: str) -> YamlDoc:
    """Parse one YAML document safely; every problem becomes a FactcheckError naming ``file``."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise FactcheckError("contains a NUL byte; not a text file", path=file, line=line)
    try:
        _prescan(text, file)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return YamlDoc(data=None, lines={})
            lines: dict[tuple[Any, ...], int] = {}
            budget = max(MAX_ALIAS_EXPANSION, len(text))
            _walk(node, (), 0, lines, file, {}, [0, 0, budget])
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.reader.ReaderError as exc:
        # Control characters YAML does not allow (raised by the reader, with no mark).
        line = text.count("\n", 0, max(getattr(exc, "position", 0), 0)) + 1
        raise FactcheckError(
            f"invalid YAML: character U+{exc.character:04X} is not allowed", path=file, line=line
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise FactcheckError(
            f"invalid YAML: {problem}", path=file, line=mark.line + 1 if mark else None
        ) from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {exc}", path=file) from None
    except RecursionError:
        raise FactcheckError(f"nested more than {MAX_DEPTH} levels deep", path=file) from None
    return YamlDoc(data=_string_keys(data, {}), lines=lines)


def _string_keys(value: Any, memo: dict[int, Any]) -> Any:
    """Mapping keys as text (``1:``, ``null:`` or ``? [a]`` keys would trip comparisons later).

    Memoised by identity, so data shared through aliases is converted once.
    """
    if not isinstance(value, (dict, list)):
        return value
    done = memo.get(id(value))
    if done is not None:
        return done
    if isinstance(value, list):
        out_list: list[Any] = []
        memo[id(value)] = out_list
        out_list.extend(_string_keys(item, memo) for item in value)
        return out_list
    out: dict[str, Any] = {}
    memo[id(value)] = out
    for key, item in value.items():
        out[key if isinstance(key, str) else str(key)] = _string_keys(item, memo)
    return out


class _BlockDumper(yaml.SafeDumper):
    """Safe dumper that writes multi-line and long strings as block scalars."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as people write YAML by hand.
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if (
        "\n" in value
        and value == value.strip(" ")
        and value.strip()
        # Two or more final line breaks need "keep" chomping (|+), after which PyYAML
        # writes a "..." document end that ends the file early for any reader.
        and not value.endswith("\n\n")
        and not any(ch in value for ch in "\r\t\x85\u2028\u2029")
    ):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if "\x85" in value:
        # PyYAML writes NEL raw in plain and single-quoted scalars, where a reader
        # folds it into a space; only the double-quoted escape reads back unchanged.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_BlockDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Serialise plain data: key order kept, block scalars for multi-line text, unicode as is."""
    return yaml.dump(
        data,
        Dumper=_BlockDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
