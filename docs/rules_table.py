"""Write the README's table of findings and the JSON schema's list of rules from the rules' registry.

.venv/bin/python docs/rules_table.py          # rewrite them
.venv/bin/python docs/rules_table.py --check  # exit 1 if either is out of step (tests do the same)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.checker.rules import RULES, markdown_table  # noqa: E402

README = ROOT / "README.md"
SCHEMA = ROOT / "docs" / "check-report.schema.json"
_TABLE = re.compile(r"(<!-- rules:start -->\n).*?(<!-- rules:end -->)", re.S)


def readme_text() -> str:
    return _TABLE.sub(lambda m: m.group(1) + markdown_table() + m.group(2), README.read_text(encoding="utf-8"))


def schema_text() -> str:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    schema["$defs"]["finding"]["properties"]["rule"]["enum"] = list(RULES)
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    wanted = {README: readme_text(), SCHEMA: schema_text()}
    stale = [path for path, text in wanted.items() if path.read_text(encoding="utf-8") != text]
    if "--check" in sys.argv:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of step with drafter/checker/rules.py: run docs/rules_table.py")
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
