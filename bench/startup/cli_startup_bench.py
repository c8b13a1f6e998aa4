#!/usr/bin/env python3
"""Start-up benchmark of the nbapply command line.

Runs, interleaved so that machine load hits every case alike, over several runs (median):
  `nbapply --version`                              (the floor: process start, dynamic linking, Qt Core)
  `nbapply check uscc 91350100M000100Y43`          (an identifier, no data files)
  `nbapply validate examples/hong-kong-company...` (an ASCII draft: phone metadata and country list)
  `nbapply validate examples/company...`           (a Chinese draft: also the PDF font's cmap)
  `nbapply export examples/company... --force`     (the PDF and the e-mail draft, into a temporary folder;
                                                    issue 21's goal: within 2x `nbapply --version`)
and prints wall time and CPU time (user + system, from wait4) per case and as a ratio to
`nbapply --version` measured in the same run. CPU time is the steadier figure on a shared machine.

Then the throughput of `nbapply check`: for each kind (uscc, id, email, phone, and phone-bad: numbers
without a country code that are not valid mainland numbers, all refused), --values generated values
(10,000 by default; valid ones, made by the standards' own rules, with a share of internationalised
e-mail domains and of landlines) are checked in one call reading stdin, and the values per second are
printed, both for the whole call and net of the `nbapply --version` floor measured alongside.

With --callgrind, each case also runs once under `valgrind --tool=callgrind` and its instruction
count is printed: a deterministic figure for comparing builds (valgrind must be installed).
"""

import argparse
import datetime
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def cases(cli, source, out):
    examples = os.path.join(source, "examples")
    return [
        ("--version", [cli, "--version"]),
        ("check uscc", [cli, "check", "uscc", "91350100M000100Y43"]),
        ("validate (ASCII draft)", [cli, "validate", os.path.join(examples, "hong-kong-company.nbapply.json")]),
        ("validate (Chinese draft)", [cli, "validate", os.path.join(examples, "company.nbapply.json")]),
        ("export (Chinese draft)",
         [cli, "export", os.path.join(examples, "company.nbapply.json"), "--out", out, "--force"]),
    ]


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(index):
    """A valid credit code (GB 32100-2015), its organisation code (GB 11714) checked too."""
    province = ["11", "31", "44", "51", "65"][index % 5]
    body = "".join(USCC_ALPHABET[(index // 31 ** k + 7 * k) % 31] for k in range(8))
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    value = lambda c: int(c) if c.isdigit() else ord(c) - ord("A") + 10
    check = 11 - sum(value(c) * w for c, w in zip(body, weights)) % 11
    body += "X" if check == 10 else "0" if check == 11 else str(check)
    first17 = "91" + province + "0100" + body
    total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


def resident_id(index):
    """A valid mainland ID number (GB 11643-1999)."""
    birth = (datetime.date(1950, 1, 1) + datetime.timedelta(days=2 * index)).strftime("%Y%m%d")
    first17 = "110105" + birth + f"{index % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = (12 - sum(int(c) * w for c, w in zip(first17, weights)) % 11) % 11
    return first17 + ("X" if check == 10 else str(check))


def email(index):
    """One in ten with an internationalised domain, which goes through IDNA2008."""
    if index % 10 == 0:
        return f"user{index}@例子{index % 7}.测试"
    return f"first.last+{index}@mail{index % 50}.example.com"


def phone(index):
    """Mainland mobiles, and one in four a Beijing landline with an extension."""
    if index % 4 == 0:
        return f"010-6{index % 10_000_000:07d} 转 {index % 900 + 100}"
    return f"+86 138 {index % 100_000_000:08d}"


def bad_phone(index):
    """Numbers without a country code that are not valid mainland numbers (issue 21: the path that asks
    libphonenumber's short-number data; it once built that data anew per value, 1.2 ms each)."""
    return ("1234567890", "12345678901", "0101234", "99999999999", "1290000")[index % 5] + f"{index % 10}"


# kind label -> (nbapply check KIND, value maker, exit code expected: 0 all valid, 1 some not)
THROUGHPUT_KINDS = (("uscc", "uscc", uscc, 0), ("id", "id", resident_id, 0), ("email", "email", email, 0),
                    ("phone", "phone", phone, 0), ("phone-bad", "phone", bad_phone, 1))


def throughput_inputs(count):
    return {label: (kind, "\n".join(make(i) for i in range(count)) + "\n", expected)
            for label, kind, make, expected in THROUGHPUT_KINDS}


def run_once(argv, env, stdin_text=None, expected=0):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE if stdin_text is not None else None,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin_text is not None:
        proc.stdin.write(stdin_text.encode("utf-8"))
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != expected:
        raise RuntimeError(f"{' '.join(argv)} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime


def throughput(cli, env, count, runs):
    """Values per second of one `nbapply check KIND -` call over `count` values, per kind."""
    inputs = throughput_inputs(count)
    version = [cli, "--version"]
    samples = {kind: [] for kind in inputs}
    floor = []
    for kind, text, expected in inputs.values():  # warm-up; generated values are valid, or all invalid
        run_once([cli, "check", kind, "-"], env, text, expected)
    for _ in range(runs):
        floor.append(run_once(version, env))
        for label, (kind, text, expected) in inputs.items():
            samples[label].append(run_once([cli, "check", kind, "-"], env, text, expected))
    median = statistics.median
    base_wall = median(s[0] for s in floor)
    base_cpu = median(s[1] for s in floor)
    print()
    print(f"nbapply check throughput: {count:,} values in one call (stdin), median of {runs} interleaved runs")
    print(f"{'kind':9} {'wall':>9} {'values/s':>10} {'net of --version':>17} {'CPU':>9} {'CPU ratio':>10}")
    print(f"{'--version':9} {base_wall * 1000:7.1f}ms {'':>10} {'':>17} {base_cpu * 1000:7.1f}ms {1:9.2f}x")
    for kind in inputs:
        wall = median(s[0] for s in samples[kind])
        cpu = median(s[1] for s in samples[kind])
        net = wall - base_wall
        net_rate = f"{count / net:14,.0f}/s" if net > 0 else f"{'n/a':>16}"
        print(f"{kind:9} {wall * 1000:7.1f}ms {count / wall:8,.0f}/s {net_rate:>17} {cpu * 1000:7.1f}ms "
              f"{cpu / base_cpu:9.2f}x")


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
    parser.add_argument("--values", type=int, default=10_000,
                        help="values per `nbapply check` call in the throughput part (default 10000; 0 skips it)")
    parser.add_argument("--throughput-runs", type=int, default=5,
                        help="measured runs per kind in the throughput part (median; default 5)")
    args = parser.parse_args()
    if args.runs < 1 or args.throughput_runs < 1:
        parser.error("--runs and --throughput-runs must be at least 1")
    if args.callgrind and not shutil.which("valgrind"):
        parser.error("--callgrind needs valgrind")

    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NBAPPLY_DATA_DIR", None)
    out = tempfile.mkdtemp(prefix="nbapply-cli-bench-")
    try:
        todo = cases(args.cli, os.path.abspath(args.source), out)
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
    finally:
        shutil.rmtree(out, ignore_errors=True)
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
    if args.values > 0:
        throughput(args.cli, env, args.values, args.throughput_runs)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"cli_startup_bench: {error}", file=sys.stderr)
        sys.exit(1)
