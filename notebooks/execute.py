"""Execute a notebook top to bottom and save the executed copy.

    python execute.py NOTEBOOK OUTPUT [--timeout SECONDS]

Runs every cell in a fresh kernel with the notebook's folder as the working
directory, stops at the first cell that fails and exits 1, printing the
failing cell's error. The executed notebook, with its outputs (up to the
failing cell), is written to OUTPUT either way.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebook", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--timeout", type=int, default=120, help="seconds each cell may take (default 120)")
    ap.add_argument("--kernel", default="python3", help="kernel name (default python3)")
    args = ap.parse_args(argv)

    nb = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        nb,
        timeout=args.timeout,
        kernel_name=args.kernel,
        resources={"metadata": {"path": str(args.notebook.resolve().parent)}},
    )
    start = time.monotonic()
    failed = None
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as e:
        failed = e
    took = time.monotonic() - start

    args.output.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, args.output)
    cells = sum(1 for c in nb.cells if c.cell_type == "code")
    ran = sum(1 for c in nb.cells if c.cell_type == "code" and c.get("execution_count"))
    if failed is not None:
        print(f"notebook FAILED after {took:.1f}s ({ran} of {cells} code cells ran); executed copy in {args.output}",
              file=sys.stderr)
        print(failed, file=sys.stderr)
        return 1
    print(f"notebook executed in {took:.1f}s ({cells} code cells); saved to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
