"""Articles saved with decomposed accents (Unicode NFD: 'e' + U+0301 for 'é') read as
their composed form (NFC) for matching, while the claims keep quoting the file verbatim.

The tokenizer, the NER model and the registry's names see "Tshisekedi" and "Félix" the
same way only when the accents are composed: a combining mark splits a word in two or
hides a name. So an engine parses the NFC text (:func:`composed_view`) and maps each
quote back to the code points of the text as saved (:func:`restore_quotes`).

Source of the rule: Unicode Standard Annex #15, Unicode Normalization Forms (canonical
equivalence: NFD and NFC of one text are the same text).
"""

from __future__ import annotations

import bisect
import unicodedata


class ComposedView:
    """A read-only stand-in for a source whose ``text`` is not in NFC: ``text`` is its
    NFC form; every other attribute is the source's own, and ``is_boilerplate`` takes
    offsets of the NFC text. ``starts[i]`` / ``ends[i]``: the code points of the saved
    text that NFC character ``i`` comes from."""

    def __init__(self, source, text: str, starts: list[int], ends: list[int]):
        self._source, self.text, self.starts, self.ends = source, text, starts, ends

    def __getattr__(self, name):
        return getattr(self._source, name)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span ``[start, end)`` of the NFC text as code points of the saved text."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self._source.text)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def is_boilerplate(self, start: int, end: int) -> bool:
        """The source's own test, on the span mapped back to the saved text."""
        test = getattr(self._source, "is_boilerplate", None)
        return bool(test and test(*self.original_span(start, end)))


def composed_view(source):
    """``source`` itself when its ``text`` is already NFC; else a :class:`ComposedView`.
    The mapping is built cluster by cluster (a base character and the combining marks
    after it); when that does not give the NFC of the whole text (a composition across
    clusters, as in Hangul jamo), ``source`` itself is returned, unchanged."""
    text = source.text
    if unicodedata.is_normalized("NFC", text):
        return source
    out, starts, ends = [], [], []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        starts += [i] * len(piece)
        ends += [j] * len(piece)
        i = j
    composed = "".join(out)
    if composed != unicodedata.normalize("NFC", text):
        return source
    return ComposedView(source, composed, starts, ends)


def restore_quotes(claims: list[dict], view: ComposedView) -> None:
    """Rewrite, in place, each claim's ``quote`` (a string cut from ``view.text``, the
    ``occurrence``-th one when it has one) as the same words of the saved text, and its
    ``occurrence`` for that text. A quote not found is left as it is (the drafts' gate
    then reports it)."""
    saved = view._source.text
    for claim in claims:
        quote = claim.get("quote")
        if not isinstance(quote, str) or not quote:
            continue
        n = claim.get("occurrence") or 1
        at = -1
        for _ in range(n):
            at = view.text.find(quote, at + 1)
            if at < 0:
                break
        if at < 0:
            continue
        start, end = view.original_span(at, at + len(quote))
        words = saved[start:end]
        claim["quote"] = words
        found = [k for k in _all(saved, words)]
        if len(found) > 1:
            claim["occurrence"] = bisect.bisect_left(found, start) + 1
        else:
            claim.pop("occurrence", None)


def _all(text: str, words: str):
    at = text.find(words)
    while at >= 0:
        yield at
        at = text.find(words, at + 1)
