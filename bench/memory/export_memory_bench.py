#!/usr/bin/env python3
"""Peak memory of `nbapply export` against the size of one supporting document.

Not a test: it prints a table of peak resident set size (ru_maxrss of the nbapply process, via wait4)
for documents of growing size, so that one can see that memory stays flat with document size (the
e-mail streams each document: base64 as it is read, straight into the file). The documents are
sparse files that start like a PDF, so they cost no disk space but are read and encoded in full.

Usage: export_memory_bench.py --cli PATH/TO/nbapply --source SOURCE_DIR [--sizes 0,50,100,200]
"""
import argparse
import json
import os
import pathlib
import shutil
import tempfile
import time


def run(cli, arguments, environment):
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execve(cli, [cli] + arguments, environment)
    start = time.monotonic()
    _, status, usage = os.wait4(pid, 0)
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024.0, time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--sizes", default="0,50,100,200", help="document sizes in MB")
    options = parser.parse_args()

    source = pathlib.Path(options.source)
    example = json.loads((source / "examples/company.nbapply.json").read_text(encoding="utf-8"))
    environment = dict(os.environ, SOURCE_DATE_EPOCH="1795680000", LANG="C.UTF-8")
    print("document MB | peak RSS MB | wall s | exit")
    print("----------: | ----------: | -----: | ---:")
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        for document in example["documents"]:
            target = folder / document["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source / "examples" / document["path"], target)
        for megabytes in [int(size) for size in options.sizes.split(",")]:
            draft = dict(example)
            documents = list(example["documents"])
            if megabytes > 0:
                scan = folder / "documents" / f"scan-{megabytes}.pdf"
                with open(scan, "wb") as handle:
                    handle.write(b"%PDF-1.4\n")
                    handle.truncate(megabytes * 1024 * 1024)
                documents.append({"kind": "other", "path": f"documents/{scan.name}"})
            draft["documents"] = documents
            path = folder / f"draft-{megabytes}.nbapply.json"
            path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
            out = folder / f"out-{megabytes}"
            code, peak, wall = run(options.cli, ["export", str(path), "--out", str(out)], environment)
            print(f"{megabytes:>11} | {peak:>11.1f} | {wall:>6.2f} | {code:>4}")


if __name__ == "__main__":
    main()
