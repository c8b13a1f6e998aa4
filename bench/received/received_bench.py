#!/usr/bin/env python3
"""Benchmark of opening what a reviewer receives, against `nbapply validate` of the same draft.

Builds, in a temporary folder, the company example with its four documents replaced by files of
random bytes (a PDF header, then noise: scans do not compress) adding up to each size asked
(default 5, 25 and 50 MB), exports it once (`nbapply export`, which writes the .eml) and packages it
once (`nbapply package`). Then runs, interleaved so that machine load hits every case alike (median
of --runs):
  `nbapply validate DRAFT`           the baseline: the draft beside its documents
  `nbapply validate MESSAGE.eml`     opening the received e-mail: every attachment decoded into a
                                     private folder and hashed against the PDF's manifest, then validated
  `nbapply validate PACKAGE.zip`     the same for the package
  `nbapply diff DRAFT EDITED`        two drafts (one field changed), documents compared by content
and prints wall time, CPU time (user + system, from wait4) and peak resident memory (ru_maxrss) per
case, with the wall and CPU ratio to `validate DRAFT` of the same size. Memory should stay flat as the
documents grow: the message and the package are streamed, never held in memory whole.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(argv, env, expect=(0,)):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in expect:
        raise RuntimeError(f"{' '.join(argv)} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def prepare(cli, source, folder, megabytes, env):
    """The example draft with `megabytes` of documents in `folder`; returns the paths of the cases."""
    with open(os.path.join(source, "examples", "company.nbapply.json"), encoding="utf-8") as f:
        draft = json.load(f)
    per_document = megabytes * 1024 * 1024 // len(draft["documents"])
    for index, document in enumerate(draft["documents"]):
        name = f"document-{index + 1}.pdf"
        with open(os.path.join(folder, name), "wb") as out:
            out.write(b"%PDF-1.4\n")
            out.write(os.urandom(per_document - 9))
        document["path"] = name
    path = os.path.join(folder, "draft.nbapply.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(draft, f, ensure_ascii=False)
    draft["plan"]["duration"] = "两年。"
    edited = os.path.join(folder, "edited.nbapply.json")
    with open(edited, "w", encoding="utf-8") as f:
        json.dump(draft, f, ensure_ascii=False)
    out = os.path.join(folder, "out")
    exported = subprocess.run([cli, "export", path, "--out", out], env=env, check=True, capture_output=True,
                              text=True).stdout.split()
    package = os.path.join(folder, "application.nbapply.zip")
    subprocess.run([cli, "package", path, "--out", package], env=env, check=True, capture_output=True)
    # The reviewer's side: the message and the package alone in folders of their own.
    received = {}
    for name, file in (("eml", exported[1]), ("zip", package)):
        target = os.path.join(folder, "received-" + name)
        os.mkdir(target)
        received[name] = shutil.copy(file, target)
    return [
        ("validate DRAFT", [cli, "validate", path], (0,)),
        ("validate MESSAGE.eml", [cli, "validate", received["eml"]], (0,)),
        ("validate PACKAGE.zip", [cli, "validate", received["zip"]], (0,)),
        ("diff DRAFT EDITED", [cli, "diff", path, edited], (1,)),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of nbapply")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", ".."),
                        help="source tree (for examples/)")
    parser.add_argument("--runs", type=int, default=5, help="measured runs per case (median; default 5)")
    parser.add_argument("--sizes", default="5,25,50", help="document sizes in MB (default 5,25,50)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1795680000")
    source = os.path.abspath(args.source)
    print(f"nbapply: opening received files and diff vs validate of the draft, median of {args.runs} "
          f"interleaved runs ({os.cpu_count()} CPUs)")
    print(f"{'documents':>9} {'case':22} {'wall':>9} {'ratio':>6} {'CPU':>9} {'ratio':>6} {'peak RSS':>9}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="nbapply-bench-") as folder:
            todo = prepare(args.cli, source, folder, size, env)
            for _, argv, expect in todo:  # warm-up: page cache
                run_once(argv, env, expect)
            samples = {name: [] for name, _, _ in todo}
            for _ in range(args.runs):
                for name, argv, expect in todo:
                    samples[name].append(run_once(argv, env, expect))
            median = statistics.median
            base = None
            for name, _, _ in todo:
                wall = median(s[0] for s in samples[name])
                cpu = median(s[1] for s in samples[name])
                rss = max(s[2] for s in samples[name])
                base = base or (wall, cpu)
                print(f"{size:>7}MB {name:22} {wall * 1000:7.1f}ms {wall / base[0]:5.2f}x "
                      f"{cpu * 1000:7.1f}ms {cpu / base[1]:5.2f}x {rss:7.1f}MB")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"received_bench: {error}", file=sys.stderr)
        sys.exit(1)
