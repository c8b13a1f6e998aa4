#!/usr/bin/python3
"""The README's "build and start the app" command builds the app, not the test suite.

Reads the command from the README, the build preset it names from CMakePresets.json, and asks ninja
which inputs that preset's targets need: the programs, their modules and the translations must be
among them, no test source (the PDF font is read from fonts-noto-cjk at export time, nothing builds it). Usage: check-readme-app-command.py SOURCE BUILD
"""
import json
import re
import subprocess
import sys

source, build = sys.argv[1], sys.argv[2]
readme = open(f"{source}/README.md", encoding="utf-8").read()
section = readme.split("**Set up, build and start the app:**", 1)[1]
command = re.search(r"```sh\n(.*?)\n```", section, re.S).group(1)
match = re.search(r"cmake --build --preset (\S+)", command)
if not match:
    sys.exit(f"the README's app command builds no preset: {command}")
preset_name = match.group(1)
presets = json.load(open(f"{source}/CMakePresets.json", encoding="utf-8"))
preset = next((p for p in presets["buildPresets"] if p["name"] == preset_name), None)
if preset is None:
    sys.exit(f"the README names the build preset {preset_name!r}, which CMakePresets.json lacks")
targets = preset.get("targets")
if not targets:
    sys.exit(f"the build preset {preset_name!r} builds everything, the test suite included")

inputs = subprocess.run(["ninja", "-C", build, "-t", "inputs", *targets], check=True, capture_output=True,
                        text=True).stdout.splitlines()
tests = [i for i in inputs if i.startswith("tests/") or "/tests/" in i]
if tests:
    sys.exit(f"the app command also builds {len(tests)} test inputs, for example {tests[0]}")
needed = ["libnbapply-review.so", "libnbapply-scan.so", "nbapply_zh_CN.ts",
          "app/cli/main.cpp", "app/gui/main.cpp"]
missing = [n for n in needed if not any(i.endswith(n) for i in inputs)]
if missing:
    sys.exit(f"the app command does not build {', '.join(missing)}")
print(f"README app command: preset {preset_name!r} builds {' '.join(targets)} and no test")
