"""The notebook a user would write to find the open models a set of projects loads: walk each tree (skipping
dependency and build directories), read every text file under 1 MiB, find Hub ids in quoted strings, Ollama tags and
loader calls with regular expressions, and attribute the owners through the registry CSV. The peer of `scan`."""
import csv
import os
import re
import sys

SKIPPED = {".git", "node_modules", "vendor", "third_party", ".venv", "venv", "__pycache__", "dist", "build", "target"}
HUB_ID = re.compile(r"""["']([A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*)["']""")
OLLAMA = re.compile(r"""(?:ollama\s+(?:pull|run)\s+|["'])([a-z][a-z0-9.-]*:[a-z0-9._-]+)["']?""")

registry = {}
with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        registry[row["namespace"].lower()] = row["country"]

found = 0
countries = {}
for root in sys.argv[2:]:
    seen = set()
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if name not in SKIPPED]
        for name in files:
            path = os.path.join(directory, name)
            try:
                if os.path.islink(path) or os.path.getsize(path) > 1 << 20:
                    continue
                with open(path, "rb") as handle:
                    data = handle.read()
            except OSError:
                continue
            if b"\0" in data[:8192]:
                continue
            text = data.decode("utf-8", "replace")
            for match in HUB_ID.finditer(text):
                owner = match.group(1).split("/")[0].lower()
                if owner in registry:
                    found += 1
                    seen.add(registry[owner])
            found += len(OLLAMA.findall(text))
    for country in seen:
        countries[country] = countries.get(country, 0) + 1
print(found, "references;", ", ".join(f"{key} {value}" for key, value in sorted(countries.items())))
