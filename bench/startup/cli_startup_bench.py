#!/usr/bin/env python3
"""Start-up benchmark of the nbapply command line.

Runs, interleaved so that machine load hits every case alike, over several runs (median):
  `nbapply --version`                              (the floor: process start, dynamic linking, Qt Core)
  `nbapply check uscc 91350100M000100Y43`          (an identifier, no data files)
  `nbapply validate examples/hong-kong-company...` (an ASCII draft: phone metadata and country list)
  `nbapply validate examples/company...`           (a Chinese draft: also the PDF font's cmap)
and prints wall time and CPU time (user + system, from wait4) per case and as a ratio to
`nbapply --version` measured in the same run. CPU time is the steadier figure on a shared machine.

With --callgrind, each case also runs once under `valgrind --tool=callgrind` and its instruction
count is printed: a deterministic figure for comparing builds (valgrind must be installed).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time


def cases(cli, source):
    examples = os.path.join(source, "examples")
    return [
        ("--version", [cli, "--version"]),
        ("check uscc", [cli, "check", "uscc", "91350100M000100Y43"]),
        ("validate (ASCII draft)", [cli, "validate", os.path.join(examples, "hong-kong-company.nbapply.json")]),
        ("validate (Chinese draft)", [cli, "validate", os.path.join(examples, "company.nbapply.json")]),
    ]


def run_once(argv, env):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime


def instructions(argv, env):
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
    match = re.search(r"Collected : (\d+)", out)
    return int(match.group(1)) if match else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path of nbapply")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", ".."),
                        help="source tree (for examples/)")
    parser.add_argument("--runs", type=int, default=30, help="measured runs per case (median; default 30)")
    parser.add_argument("--callgrind", action="store_true", help="also count instructions with callgrind")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.callgrind and not shutil.which("valgrind"):
        parser.error("--callgrind needs valgrind")

    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NBAPPLY_DATA_DIR", None)
    todo = cases(args.cli, os.path.abspath(args.source))
    for _, argv in todo:  # warm-up: page cache
        run_once(argv, env)
    samples = {name: [] for name, _ in todo}
    for _ in range(args.runs):
        for name, argv in todo:
            samples[name].append(run_once(argv, env))

    median = statistics.median
    rows = []
    for name, argv in todo:
        rows.append({
            "name": name,
            "wall": median(s[0] for s in samples[name]),
            "cpu": median(s[1] for s in samples[name]),
            "instr": instructions(argv, env) if args.callgrind else None,
        })
    base = rows[0]
    print(f"nbapply command-line start-up, median of {args.runs} interleaved runs ({os.cpu_count()} CPUs)")
    print(f"{'case':26} {'wall':>9} {'ratio':>6} {'CPU':>9} {'ratio':>6}" + (f" {'instructions':>14} {'ratio':>6}"
                                                                           if args.callgrind else ""))
    for row in rows:
        line = (f"{row['name']:26} {row['wall'] * 1000:7.1f}ms {row['wall'] / base['wall']:5.2f}x "
                f"{row['cpu'] * 1000:7.1f}ms {row['cpu'] / base['cpu']:5.2f}x")
        if args.callgrind:
            line += f" {row['instr']:14,} {row['instr'] / base['instr']:5.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"cli_startup_bench: {error}", file=sys.stderr)
        sys.exit(1)
