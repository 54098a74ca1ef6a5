"""Two versions of a text compared word by word, in bounded work.

The comparison is Myers' shortest edit script over words, spaces and punctuation.
Its cost grows with the square of the number of differences, so every step is
counted and, past WORK_LIMIT, the differing middle of the text is shown as
replaced whole: a reader still sees what changed, and two long texts that differ
everywhere cost no more than two that differ a little.
"""

import re
from dataclasses import dataclass

# Comparison steps allowed for one text (a few hundredths of a second).
WORK_LIMIT = 200_000
# An unchanged passage longer than this is folded, with some context kept around
# the changes on each side.
FOLD_LENGTH = 400
CONTEXT_LENGTH = 150

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"
FOLD = "fold"  # an unchanged passage shown only on demand

TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
WORD = re.compile(r"\w+")
NON_WORD = re.compile(r"\W")


@dataclass(frozen=True)
class Segment:
    kind: str
    text: str

    @property
    def word_count(self):
        return len(WORD.findall(self.text))


@dataclass(frozen=True)
class TextDiff:
    segments: tuple
    # Comparison steps taken, for the bound on work (see WORK_LIMIT).
    work: int
    # True when the work ran out and the differing middle is shown replaced whole.
    replaced_whole: bool

    @property
    def changed(self):
        return any(segment.kind in (INSERT, DELETE) for segment in self.segments)


def text_diff(old, new, *, work_limit=WORK_LIMIT):
    """The segments that turn `old` into `new`, long unchanged passages folded."""
    a, b = TOKEN.findall(old), TOKEN.findall(new)
    # The common start and end cost one comparison a word; the search runs on
    # what lies between.
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    middle_a, middle_b = a[start : len(a) - end], b[start : len(b) - end]
    operations, work = _shortest_edit(middle_a, middle_b, work_limit)
    replaced_whole = operations is None
    if replaced_whole:
        operations = [(DELETE, token) for token in middle_a] + [
            (INSERT, token) for token in middle_b
        ]
    operations = (
        [(EQUAL, token) for token in a[:start]]
        + operations
        + [(EQUAL, token) for token in a[len(a) - end :]]
    )
    segments = _folded(_readable(operations))
    return TextDiff(
        segments=tuple(segments),
        work=work + start + end,
        replaced_whole=replaced_whole,
    )


def _shortest_edit(a, b, work_limit):
    """Myers' greedy algorithm: ([(kind, token)…], work), or (None, work) once
    the work passes `work_limit`. Row d of `trace` holds, for each diagonal
    k = -d, -d+2 … d, the furthest x reached with d edits."""
    n, m = len(a), len(b)
    work = 0
    trace = []
    previous = None
    for d in range(n + m + 1):
        row = [0] * (d + 1)
        for index in range(d + 1):
            k = 2 * index - d
            if d == 0:
                x = 0
            elif index == 0 or (index != d and previous[index - 1] < previous[index]):
                x = previous[index]  # from diagonal k + 1: a token of b inserted
            else:
                x = previous[index - 1] + 1  # from diagonal k - 1: one of a deleted
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
                work += 1
            row[index] = x
            work += 1
            if x >= n and y >= m:
                trace.append(row)
                return _backtrack(a, b, trace), work
            if work > work_limit:
                return None, work
        trace.append(row)
        previous = row
    raise AssertionError("unreachable: n + m edits always suffice")


def _backtrack(a, b, trace):
    x, y = len(a), len(b)
    operations = []
    for d in range(len(trace) - 1, 0, -1):
        previous = trace[d - 1]
        k = x - y
        index = (k + d) // 2
        if index == 0 or (index != d and previous[index - 1] < previous[index]):
            previous_x = previous[index]
            previous_y = previous_x - (k + 1)
            step_x, step_y = previous_x, previous_y + 1
        else:
            previous_x = previous[index - 1]
            previous_y = previous_x - (k - 1)
            step_x, step_y = previous_x + 1, previous_y
        while x > step_x and y > step_y:
            x -= 1
            y -= 1
            operations.append((EQUAL, a[x]))
        if step_x > previous_x:
            operations.append((DELETE, a[previous_x]))
        else:
            operations.append((INSERT, b[previous_y]))
        x, y = previous_x, previous_y
    while x > 0 and y > 0:
        x -= 1
        y -= 1
        operations.append((EQUAL, a[x]))
    operations.reverse()
    return operations


def _readable(operations):
    """Runs of one kind, each change as its removed text then its added text;
    a lone space or punctuation mark kept between two changes joins them, so
    that « a b c » → « x y z » reads as one replacement, not three."""
    runs = []
    for kind, token in operations:
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(token)
        else:
            runs.append((kind, [token]))
    merged = []
    for position, (kind, tokens) in enumerate(runs):
        text = "".join(tokens)
        between_changes = 0 < position < len(runs) - 1
        if kind == EQUAL and between_changes and not WORD.search(text):
            merged.append((DELETE, text))
            merged.append((INSERT, text))
        else:
            merged.append((kind, text))
    segments = []
    removed, added = [], []
    for kind, text in [*merged, (EQUAL, "")]:
        if kind == DELETE:
            removed.append(text)
        elif kind == INSERT:
            added.append(text)
        else:
            if removed:
                segments.append(Segment(DELETE, "".join(removed)))
            if added:
                segments.append(Segment(INSERT, "".join(added)))
            removed, added = [], []
            if text:
                segments.append(Segment(EQUAL, text))
    return segments


def _folded(segments):
    """Long unchanged passages folded, about CONTEXT_LENGTH characters kept beside
    each change: whole lines where one starts or ends within them, whole words
    otherwise."""
    result = []
    for position, segment in enumerate(segments):
        if segment.kind != EQUAL or len(segment.text) <= FOLD_LENGTH:
            result.append(segment)
            continue
        text = segment.text
        head_end = _context_end(text) if position > 0 else 0
        last = position == len(segments) - 1
        tail_start = len(text) if last else _context_start(text)
        if tail_start - head_end < CONTEXT_LENGTH:
            # Hardly anything left to fold (very long words at the edges).
            result.append(segment)
            continue
        if head_end:
            result.append(Segment(EQUAL, text[:head_end]))
        result.append(Segment(FOLD, text[head_end:tail_start]))
        if tail_start < len(text):
            result.append(Segment(EQUAL, text[tail_start:]))
    return result


def _context_end(text):
    """Where the context after a change ends: at the end of its last whole line,
    or of the word at CONTEXT_LENGTH."""
    line_end = text.rfind("\n", 1, CONTEXT_LENGTH)
    if line_end > 0:
        return line_end
    match = NON_WORD.search(text, CONTEXT_LENGTH)
    return match.start() if match else len(text)


def _context_start(text):
    """Where the context before a change starts: at the start of its first whole
    line, or of the word at CONTEXT_LENGTH from the end."""
    position = len(text) - CONTEXT_LENGTH
    line_start = text.find("\n", position, len(text) - 1)
    if line_start >= 0:
        return line_start + 1
    while position > 0 and not NON_WORD.match(text[position - 1]):
        position -= 1
    return position
