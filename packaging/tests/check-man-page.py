#!/usr/bin/python3
"""Checks that the man page tells what the program does (packaging_metadata runs it).

- Every option a subcommand's usage line names (app/cli/*.cpp, "Usage: nbapply SUB ...") is in that
  subcommand's SYNOPSIS of packaging/nbapply.1 (--lang, which every subcommand takes, is described once).
- FILES names the configuration file the wizard keeps (QSettings, organisation and application both
  "nbapply") and every key the sources store in it.

Usage: check-man-page.py SOURCE_DIR
"""
import glob
import re
import sys


def usage_lines(source_dir):
    """{subcommand: set of --options} from the usage strings of the command-line sources."""
    found = {}
    for path in glob.glob(f"{source_dir}/app/cli/*.cpp"):
        text = open(path, encoding="utf-8").read()
        # Adjacent string literals are one string in C++: join them before looking.
        joined = re.sub(r'"\s*\n\s*"', "", text)
        for match in re.finditer(r'Usage: nbapply ([a-z]+) ([^"]*)', joined):
            found.setdefault(match.group(1), set()).update(re.findall(r"--[a-z][a-z-]*", match.group(2)))
    return found


def synopses(man):
    """{subcommand: set of --options} from the .SY blocks of the man page."""
    found = {}
    for block in re.findall(r"^\.SY nbapply\n(.*?)^\.YS", man, re.S | re.M):
        sub = re.match(r"\.B ([a-z]+)\n", block)
        if sub:
            found[sub.group(1)] = {o.replace("\\-", "-") for o in re.findall(r"(?:\\-){2}[a-z][a-z\\-]*", block)}
    return found


def settings_keys(source_dir):
    """The QSettings keys the wizard stores."""
    keys = set()
    for path in glob.glob(f"{source_dir}/app/gui/**/*.cpp", recursive=True):
        text = open(path, encoding="utf-8").read()
        if "QSettings" not in text:
            continue
        keys.update(re.findall(r'k\w*Key = QStringLiteral\("([^"]+)"\)', text))
        keys.update(re.findall(r'settings\.(?:value|setValue)\(QStringLiteral\("([^"]+)"\)', text))
    return keys


def main(source_dir):
    man = open(f"{source_dir}/packaging/nbapply.1", encoding="utf-8").read()
    failures = []
    usage = usage_lines(source_dir)
    if not usage:
        failures.append("no usage line found in app/cli/*.cpp")
    synopsis = synopses(man)
    for sub, options in sorted(usage.items()):
        if sub not in synopsis:
            failures.append(f"the SYNOPSIS has no 'nbapply {sub}'")
            continue
        for option in sorted(options - {"--lang"} - synopsis[sub]):
            failures.append(f"the SYNOPSIS of 'nbapply {sub}' lacks {option}")
    files = man.split("\n.SH FILES\n", 1)[-1].split("\n.SH ", 1)[0] if "\n.SH FILES\n" in man else ""
    if "nbapply/nbapply.conf" not in files:
        failures.append("FILES does not name the configuration file ($XDG_CONFIG_HOME/nbapply/nbapply.conf)")
    for key in sorted(settings_keys(source_dir)):
        if key.replace("-", "\\-") not in files:
            failures.append(f"FILES does not say that the configuration file keeps '{key}'")
    for failure in failures:
        print(f"FAIL: man page: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
