#!/usr/bin/env python3
"""Start-up benchmark of the nbapply desktop wizard (issues 5 and 21, "Start-up").

Measures, over several runs (median), the whole process:
  (p) the peer: a bare Qt QWizard with ten labelled line edits (barewizard.cpp), until it is shown,
  (a) nbapply-gui until its first wizard page is shown (it quits right after),
  (b) nbapply-gui until the Review page (QtWebEngine) has been opened and has loaded,
  (d) the same, then Review left again, until its view and renderer process are gone,
  (c) `nbapply --version`, the command line,
and prints time to the first page, wall time to exit and peak memory, then the ratios: the first page
against the bare wizard (issue 21's goal: within 1.5x the time and 2x the peak memory), and whether
QtWebEngine or an OpenGL driver was mapped when the first page showed (it should not be).
Under Xvfb (`xvfb-run -a`, --platform xcb, the default when DISPLAY is set) OpenGL shows; offscreen it
does not.

nbapply-gui reports its milestones on stderr ("nbapply-bench: first-page" and
"nbapply-bench: review-loaded" with VmHWM at exit) when started with the hidden options
--bench-quit-after-first-page / --bench-open-review. Times are taken here, when the line arrives.

With --callgrind, the peer and the first page also run once each under `valgrind --tool=callgrind`
(from the start to the first page, where they exit at once): instruction counts do not depend on the machine's load,
so their ratio is the figure to compare builds with on a shared machine.

"peak then" is VmHWM when the first page is shown (as each reports it); "peak RSS" the whole run's.
Peak memory: "main" is the process's own peak RSS (wait4's ru_maxrss == VmHWM), "tree" the peak of
the summed RSS of the process and its children (QtWebEngineProcess helpers), sampled every 5 ms.
"""

import argparse
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SAMPLE_INTERVAL = 0.005


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_of(pid):
    """Every descendant of pid (helpers of QtWebEngine are children of children)."""
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        try:
            with open(f"/proc/{parent}/task/{parent}/children", encoding="ascii") as f:
                kids = [int(k) for k in f.read().split()]
        except OSError:
            kids = []
        found.extend(kids)
        queue.extend(kids)
    return found


def run_once(argv, env, markers, timeout):
    """Runs argv; returns (times of the markers seen, wall time to exit, main peak KB, tree peak KB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = {}
    tree_at = {}
    heavy = {}
    hwm = {}
    tree_peak = 0
    buffer = b""
    rusage = None
    while True:
        ready, _, _ = select.select([proc.stderr], [], [], SAMPLE_INTERVAL)
        if ready:
            chunk = os.read(proc.stderr.fileno(), 65536)
            buffer += chunk
            now = time.perf_counter() - start
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                text = line.decode("utf-8", "replace")
                for marker in markers:
                    if marker not in seen and text.startswith("nbapply-bench: " + marker + " "):
                        seen[marker] = now
                        tree_at[marker] = rss_kb(proc.pid) + sum(rss_kb(c) for c in children_of(proc.pid))
                        heavy[marker] = "webengine-or-gl-mapped=yes" in text
                        peak = re.search(r"VmHWM=(\d+) kB", text)
                        hwm[marker] = int(peak.group(1)) if peak else 0
        tree_peak = max(tree_peak, rss_kb(proc.pid) + sum(rss_kb(c) for c in children_of(proc.pid)))
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            rusage, code = usage, os.waitstatus_to_exitcode(status)
            break
        if time.perf_counter() - start > timeout:
            proc.kill()
            proc.wait()
            raise RuntimeError(f"{argv[0]} did not finish within {timeout} s")
    wall = time.perf_counter() - start
    proc.stderr.close()
    if code != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {code}")
    missing = [m for m in markers if m not in seen]
    if missing:
        raise RuntimeError(f"{' '.join(argv)} never reported {', '.join(missing)}: does this build have the "
                           "hidden --bench-* options?")
    return seen, wall, rusage.ru_maxrss, max(tree_peak, rusage.ru_maxrss), tree_at, heavy, hwm


def measure(name, argv, env, markers, runs, timeout):
    run_once(argv, env, markers, timeout)  # warm-up: page cache, fontconfig cache
    results = [run_once(argv, env, markers, timeout) for _ in range(runs)]
    median = statistics.median
    row = {
        "name": name,
        "wall": median(r[1] for r in results),
        "main_mb": median(r[2] for r in results) / 1024,
        "tree_mb": median(r[3] for r in results) / 1024,
    }
    for marker in markers:
        row[marker] = median(r[0][marker] for r in results)
        row["tree_at_" + marker] = median(r[4][marker] for r in results) / 1024
        row["heavy_" + marker] = any(r[5][marker] for r in results)
        row["hwm_" + marker] = median(r[6][marker] for r in results) / 1024
    return row


def instructions(argv, env, timeout):
    """Instructions the process executes under callgrind until its first page is shown (it exits there)."""
    env = dict(env, NBAPPLY_BENCH_EXIT_AT_FIRST_PAGE="1")
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=timeout * 20,
                         check=True).stderr
    match = re.search(r"Collected : (\d+)", out)
    if not match:
        raise RuntimeError(f"callgrind reported no instruction count for {argv[0]}")
    return int(match.group(1))


def private_env(base, platform, language):
    """A clean environment per benchmark: no settings, no recovery file, no recent files."""
    home = tempfile.mkdtemp(prefix="nbapply-bench-")
    runtime = os.path.join(home, "runtime")
    os.mkdir(runtime, 0o700)
    env = dict(base)
    env.update({
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "XDG_RUNTIME_DIR": runtime,
        "LANG": language,
        "LC_ALL": language,
        "QT_QPA_PLATFORM": platform,
    })
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium refuses to run as root with its sandbox
    return env, home


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gui", required=True, help="path of nbapply-gui")
    parser.add_argument("--cli", required=True, help="path of nbapply")
    parser.add_argument("--peer", required=True, help="path of the bare wizard (nbapply-bench-barewizard)")
    parser.add_argument("--runs", type=int, default=7, help="measured runs per case (median; default 7)")
    parser.add_argument("--platform", default="auto",
                        help="QT_QPA_PLATFORM: xcb (needs DISPLAY, e.g. under xvfb-run -a) or offscreen; "
                             "default: xcb when DISPLAY is set, else offscreen")
    parser.add_argument("--language", default="zh_CN.UTF-8", help="LANG for the runs (default zh_CN.UTF-8)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a run counts as hung")
    parser.add_argument("--callgrind", action="store_true",
                        help="also count the instructions of the peer and of the first page (needs valgrind)")
    args = parser.parse_args()
    if args.callgrind and not shutil.which("valgrind"):
        parser.error("--callgrind needs valgrind")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.platform == "auto":
        args.platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs a DISPLAY (run under xvfb-run -a)")

    env, home = private_env(os.environ, args.platform, args.language)
    try:
        peer = measure("(p) bare QWizard, 10 line edits", [args.peer], env, ["first-page"], args.runs,
                       args.timeout)
        rows = [
            measure("(a) nbapply-gui, first page", [args.gui, "--bench-quit-after-first-page"], env,
                    ["first-page"], args.runs, args.timeout),
            measure("(b) nbapply-gui, Review opened", [args.gui, "--bench-open-review"], env,
                    ["first-page", "review-loaded"], args.runs, args.timeout),
            measure("(c) nbapply --version", [args.cli, "--version"], env, [], args.runs, args.timeout),
        ]
        closed = measure("(d) nbapply-gui, Review left again", [args.gui, "--bench-close-review"], env,
                         ["first-page", "review-loaded", "review-closed"], args.runs, args.timeout)
        counted = None
        if args.callgrind:
            counted = (instructions([args.peer], env, args.timeout),
                       instructions([args.gui, "--bench-quit-after-first-page"], env, args.timeout))
    finally:
        shutil.rmtree(home, ignore_errors=True)

    print(f"nbapply start-up, {args.platform}, {args.language}, median of {args.runs} runs "
          f"({os.cpu_count()} CPUs)")
    print(f"{'case':34} {'first page':>10} {'peak then':>9} {'review':>8} {'exit':>8} {'peak RSS':>9} "
          f"{'+helpers':>9}")
    for row in [peer] + rows:
        first = f"{row['first-page']:.3f}s" if "first-page" in row else "-"
        then = f"{row['hwm_first-page']:.1f}MB" if "first-page" in row else "-"
        review = f"{row['review-loaded']:.3f}s" if "review-loaded" in row else "-"
        print(f"{row['name']:34} {first:>10} {then:>9} {review:>8} {row['wall']:.3f}s {row['main_mb']:7.1f}MB "
              f"{row['tree_mb']:7.1f}MB")
    a, b, c = rows
    print("ratios:")
    print(f"  first page (a) / bare QWizard (p):                     {a['first-page'] / peer['first-page']:.2f}x "
          f"time to the first page, {a['main_mb'] / peer['main_mb']:.2f}x peak RSS (goal: 1.5x, 2x)")
    print(f"  peak RSS when the first page shows (a) / (p):          {a['hwm_first-page'] / peer['hwm_first-page']:.2f}x "
          "(VmHWM then; the peak above also has the pages nbapply-gui builds after it)")
    if counted:
        print(f"  first page (a) / bare QWizard (p), instructions:        {counted[1] / counted[0]:.2f}x "
              f"({counted[1] / 1e6:.0f}M against {counted[0] / 1e6:.0f}M, callgrind, load-independent)")
    print(f"  QtWebEngine or an OpenGL driver mapped at the first page: "
          f"{'yes' if a['heavy_first-page'] else 'no'}")
    print(f"  first page (a) / nbapply --version (c), whole process: {a['wall'] / c['wall']:.1f}x time, "
          f"{a['main_mb'] / c['main_mb']:.1f}x peak RSS")
    print(f"  Review opened (b) / first page (a), whole process:     {b['wall'] / a['wall']:.1f}x time, "
          f"{b['main_mb'] / a['main_mb']:.1f}x peak RSS, {b['tree_mb'] / a['tree_mb']:.1f}x with helpers")
    print(f"  first page shown in (b) vs (a):                        {b['first-page'] / a['first-page']:.2f}x "
          "(1.0 = opening Review later costs nothing at start-up)")
    print(f"  Review left again (d): process and helpers {closed['tree_at_first-page']:.1f}MB at the first "
          f"page, {closed['tree_at_review-loaded']:.1f}MB with Review open, "
          f"{closed['tree_at_review-closed']:.1f}MB after it was left "
          f"(opened in {closed['review-loaded'] - closed['first-page']:.2f}s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as error:
        print(f"startup_bench: {error}", file=sys.stderr)
        sys.exit(1)
