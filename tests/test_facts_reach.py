"""Every fact a facts file can state reaches ``drafter new``'s skeleton and ``drafter schema``."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from drafter.facts import load_facts, schema
from drafter.skeleton import skeleton


def test_the_skeleton_offers_the_new_facts() -> None:
    text = skeleton(["pt", "es", "en", "fr"])
    for line in (
        "  type: cluster ",
        "  # article: {es: true} ",
        "  # gender: m ",
        "  # previous: {level: bronze, year: 2013} ",
        "    # type: public body ",
        "  # - change: -18.4 ",
        "  #   text: ",
        '  #     fr: "<<line>> {value}"',
        "      # also optional: acronym (written once after the name), type (as for the",
        "      # organisation), article: true (la Universitat…), gender",
        "  sector:                     # optional, noun phrase; in pt, es and fr with its article if it",
        "  level: bronze               # bronze, silver, gold or platinum; leave out for a label without levels,",
        "contact:                      # media contact; optional: delete the block for none",
        "  date: <<date YYYY-MM-DD>>   # when it was granted; YYYY-MM if the day is not known",
    ):
        assert line in text, line
    assert "# publication date, shown in the dateline; optional" in text


def test_the_skeleton_with_its_options_taken_validates(tmp_path: Path) -> None:
    """Uncomment the new options, fill every placeholder: the file loads, with each new fact."""
    text = skeleton(["pt", "es", "en"])
    for option in ("article", "gender", "previous", "type"):
        text = re.sub(rf"^(\s*)# ({option}: )", r"\1\2", text, flags=re.M)
    start = text.index("  # - change:")
    end = text.index("\nlinks:")
    block = "\n".join(re.sub(r"^  # ?", "  ", line) for line in text[start:end].splitlines())
    text = text[:start] + block + "\n" + text[end:]
    text = text.replace("  level: bronze ", "  level: gold ", 1)
    text = re.sub(r"<<date YYYY-MM-DD>>", "2026-06-01", text)
    text = re.sub(r"<<number>>", "12", text).replace("<<country code>>", "PT").replace("<<web address>>", "x.org")
    text = text.replace("<<e-mail>>", "press@x.org").replace("<<phone number>>", "+351 210 000 000")
    text = re.sub(r"<<([^<>]*)>>", r"Filled \1", text)
    path = tmp_path / "release.yaml"
    path.write_text(text, encoding="utf-8")
    data = yaml.safe_load(text)
    assert [sorted(f) for f in data["figures"]] == [
        ["approx", "gender", "of", "percent", "value", "what"],
        ["change", "percent", "what"],
        ["currency", "text", "value"],
        ["out_of", "value", "what"],
    ]
    facts = load_facts(path)
    assert facts.organisation.type == "cluster"
    assert facts.award.previous is not None and facts.award.previous.year == 2013
    assert facts.award.issuer.type == "public body"
    assert facts.figures[1].change == -18.4
    assert facts.figures[2].text == {
        "pt": "Filled line {value}",
        "es": "Filled line {value}",
        "en": "Filled line {value}",
    }


def test_the_schema_holds_the_new_facts() -> None:
    out = schema()
    defs = out["$defs"]
    assert "contact" not in out["required"]
    assert "date" not in defs["Release"].get("required", [])
    organisation = defs["Organisation"]["properties"]
    assert {"type", "article", "gender"} <= set(organisation)
    assert organisation["name"]["anyOf"][1]["type"] == "object"  # one name per language
    assert "university" in organisation["type"]["anyOf"][0]["anyOf"][0]["enum"]
    assert {"type", "article", "gender", "acronym"} <= set(defs["Partner"]["properties"])
    assert "sector" not in defs["Organisation"]["required"]
    assert "type" in defs["Party"]["properties"]
    assert defs["Previous"]["required"] == ["level", "year"]
    assert "previous" in defs["Award"]["properties"]
    month = {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$"}
    assert month in defs["Award"]["properties"]["date"]["anyOf"]
    assert month in defs["Award"]["properties"]["first_awarded"]["anyOf"][0]["anyOf"]
    assert {"change", "text"} <= set(defs["Figure"]["properties"])
    assert "value" not in defs["Figure"].get("required", [])
