"""The scale benchmark moved into the tool: ``kg bench run`` (kg/bench/scale.py),
on synthetic corpora from ``kg bench generate`` (kg/bench/corpus.py). This script
stays as a shortcut for the old invocation:

    python bench/scale.py 100 1000     # = kg bench run --articles 100,1000

See docs/benchmark.md for the figures and README.md's "Performance" section.
"""

import subprocess
import sys

if __name__ == "__main__":
    sizes = ",".join(sys.argv[1:]) or "100,1000"
    sys.exit(subprocess.call([sys.executable, "-m", "kg.cli", "bench", "run", "--articles", sizes]))
