"""``drafter serve`` without a browser: Starlette's TestClient against the application on a folder of examples.

The form comes from the model, the messages are the command line's, saves keep
comments and refuse stale pages, and nothing outside the folder, from another
site or from another host is ever served or written.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from starlette.testclient import TestClient

from drafter.cli import cli
from drafter.facts import load, schema
from drafter.web import yamldoc
from drafter.web.app import create_app
from drafter.web.schemaform import build_form
from drafter.web.values import to_form

from .conftest import EXAMPLES

PORT = 8765
TOKEN = "test-token"
OWN = {"x-drafter-token": TOKEN, "origin": f"http://127.0.0.1:{PORT}"}
HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">&amp;"\'{{x}}'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "releases"
    out.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, out / example.name)
    return out


def _client(folder: Path, **kwargs: Any) -> TestClient:
    app = create_app(folder, port=PORT, token=TOKEN, **kwargs)
    return TestClient(app, base_url=f"http://127.0.0.1:{PORT}", raise_server_exceptions=False)


@pytest.fixture
def client(folder: Path) -> Iterator[TestClient]:
    with _client(folder) as made:
        yield made


def _form_data(client: TestClient, name: str, text: str | None = None) -> dict[str, Any]:
    """What the page's form holds for the file ``name``: the document, as the form shows it."""
    service = client.app.routes[0].endpoint.__self__  # type: ignore[attr-defined]
    return to_form(yamldoc.load(text if text is not None else (service.folder.root / name).read_text()), service.root)


def _hash(client: TestClient, name: str) -> str:
    found = re.search(r'"hash": "([0-9a-f]*)"', client.get(f"/edit?file={name}").text)
    assert found
    return found.group(1)


def _model_paths(model: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every key the facts model holds, nested, as the form names them."""
    import typing

    from pydantic import BaseModel

    for name, info in model.model_fields.items():
        path = (*prefix, name)
        yield path
        stack = [info.annotation]
        while stack:
            annotation = stack.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                yield from _model_paths(annotation, path)
                break
            stack.extend(typing.get_args(annotation))


# --- The form is made from the model -----------------------------------------------------------------


def test_every_field_of_the_model_is_in_the_form() -> None:
    from drafter.facts import Facts

    form = build_form(schema())
    missing = [".".join(p) for p in _model_paths(Facts) if form.at(p) is None]
    assert not missing
    assert form.kinds == tuple(schema()["$defs"]["Release"]["properties"]["kind"]["enum"])


def _one_of_each(field: Any) -> Any:
    """Form data with one item in every list, so that every field of the model is drawn."""
    if field.widget == "group":
        return {child.key: _one_of_each(child) for child in field.children}
    if field.widget == "list":
        return [_one_of_each(field.item)]
    return {} if field.widget == "per_language" else ""


def test_every_field_is_drawn_with_its_label_and_help(client: TestClient) -> None:
    from drafter.facts import Facts

    service = client.app.routes[0].endpoint.__self__  # type: ignore[attr-defined]
    data = _one_of_each(service.root)
    data["release"]["languages"] = ["pt", "es", "en"]
    page = client.post("/api/form", json={"file": "x.yaml", "hash": "", "data": data}, headers=OWN).json()["html"]
    drawn = {re.sub(r"\[\d+\]", "", p) for p in re.findall(r'data-path="([^"]*)"', page)}
    missing = [".".join(p) for p in _model_paths(Facts) if ".".join(p) not in drawn]
    assert not missing
    labels = set(re.findall(r'<label for="([^"]+)"', page))
    controls = set(re.findall(r'<(?:input|select|textarea) id="([^"]+)"', page))
    assert controls <= labels, f"inputs without a label: {sorted(controls - labels)}"
    assert "Name used throughout the text, usually the acronym" in page


def test_a_field_added_to_the_model_appears_with_no_change_to_the_web_code(folder: Path) -> None:
    changed = copy.deepcopy(schema())
    award = changed["$defs"]["Award"]["properties"]
    award["jury_size"] = {"anyOf": [{"type": "integer"}, {"type": "null"}], "description": "How many judged it."}
    award["citation"] = {"$ref": "#/$defs/Figure/properties/what/anyOf/0", "description": "What the jury said."}
    changed["$defs"]["Award"]["properties"]["citation"] = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "propertyNames": {"pattern": "^[a-z]{2,3}$"},
        "description": "What the jury said.",
    }
    with _client(folder, schema=changed) as client:
        page = client.get("/new?name=blank&kind=award&lang=pt&lang=en").text
    assert 'data-path="award.jury_size"' in page and "How many judged it." in page
    assert 'id="f-award-citation-pt"' in page and 'id="f-award-citation-en"' in page


def test_kind_specific_fields_carry_their_kinds_from_the_loaders_table(client: TestClient) -> None:
    page = client.get("/new?name=blank&kind=award").text
    for key, kinds in load.ONLY_FOR.items():
        path = ".".join(map(str, key))
        found = re.search(rf'data-path="{re.escape(path)}"[^>]*data-kinds="([^"]*)"', page)
        assert found, path
        assert found.group(1).split() == list(kinds)


def test_texts_have_one_box_per_language_in_the_release_order(client: TestClient) -> None:
    page = client.get("/edit?file=casa-viva-gold-2026.yaml").text
    about = re.findall(r'id="f-organisation-about-([a-z]{2})"', page)
    assert about == ["pt", "es", "en", "fr"]


# --- Validation: the command line's messages, at the field --------------------------------------------


def test_messages_are_the_command_lines(client: TestClient, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _form_data(client, "secpho-bronze-2013.yaml")
    data["award"]["level"] = "bronz"
    data["organisation"]["website"] = "not a site"
    data["figures"][0]["value"] = "13 of them"
    del data["organisation"]["about"]["pt"]
    answer = client.post("/api/check", json={"file": "secpho-bronze-2013.yaml", "hash": "x", "data": data}, headers=OWN)
    assert answer.status_code == 200
    got = answer.json()
    assert not got["html"]
    paths = {m["path"] for m in got["messages"]}
    assert {"award.level", "organisation.website", "figures[0].value", "organisation.about"} <= paths
    (folder / "secpho-bronze-2013.yaml").write_text(got["yaml"], encoding="utf-8")
    monkeypatch.chdir(folder)
    run = CliRunner().invoke(cli, ["draft", "secpho-bronze-2013.yaml"])
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [m["cli"] for m in got["messages"]]


def test_a_valid_form_previews_every_language_with_facts_marked(client: TestClient) -> None:
    data = _form_data(client, "secpho-bronze-2013.yaml")
    answer = client.post("/api/check", json={"file": "secpho-bronze-2013.yaml", "hash": "x", "data": data}, headers=OWN)
    got = answer.json()
    assert got["messages"] == []
    assert set(got["copies"]) == {"es", "en", "pt"}
    assert '<mark class="fact' in got["html"] and "No findings" in got["html"]
    assert got["copies"]["en"]["html"].startswith("<p>")
    assert json.loads(got["json"])["languages"] == ["es", "en", "pt"]


# --- Saving: nothing lost, stale pages refused ------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_saving_an_unchanged_example_writes_it_byte_for_byte(client: TestClient, folder: Path, example: Path) -> None:
    name = example.name
    before = (folder / name).read_bytes()
    data = _form_data(client, name)
    answer = client.post("/api/save", json={"file": name, "hash": _hash(client, name), "data": data}, headers=OWN)
    assert answer.status_code == 200, answer.text
    assert (folder / name).read_bytes() == before


def test_a_save_changes_only_what_changed_and_keeps_comments(client: TestClient, folder: Path) -> None:
    name = "secpho-bronze-2013.yaml"
    before = (folder / name).read_text(encoding="utf-8").splitlines()
    data = _form_data(client, name)
    data["figures"][0]["value"] = "14"
    data["contact"]["phone"] = ""
    answer = client.post("/api/save", json={"file": name, "hash": _hash(client, name), "data": data}, headers=OWN)
    assert answer.status_code == 200
    after = (folder / name).read_text(encoding="utf-8").splitlines()
    assert [line for line in before if line.lstrip().startswith("#")] == [
        line for line in after if line.lstrip().startswith("#")
    ]
    removed = [line for line in before if line not in after]
    added = [line for line in after if line not in before]
    assert len(removed) == 2 and "phone" in " ".join(removed)
    assert len(added) == 1 and "14" in added[0]


def test_a_stale_page_is_refused_whether_a_tab_or_an_editor_changed_the_file(client: TestClient, folder: Path) -> None:
    name = "ondabio-gold-2026.yaml"
    old = _hash(client, name)
    data = _form_data(client, name)
    first = client.post(
        "/api/save", json={"file": name, "hash": old, "text": "# mine\n" + (folder / name).read_text()}, headers=OWN
    )
    assert first.status_code == 200
    second = client.post("/api/save", json={"file": name, "hash": old, "data": data}, headers=OWN)
    assert second.status_code == 409
    assert "changed since you opened it" in second.json()["error"] and second.json()["mine"]
    edited = folder / name
    fresh = _hash(client, name)
    edited.write_text(edited.read_text() + "# a text editor was here\n", encoding="utf-8")
    third = client.post("/api/save", json={"file": name, "hash": fresh, "data": data}, headers=OWN)
    assert third.status_code == 409
    assert edited.read_text().endswith("# a text editor was here\n")


def test_a_new_file_is_written_like_drafter_new_and_never_over_another(client: TestClient, folder: Path) -> None:
    data = {"release": {"kind": "prize", "languages": ["pt", "en"], "city": "Porto"}}
    answer = client.post("/api/save", json={"file": "fresh", "hash": "", "data": data}, headers=OWN)
    assert answer.status_code == 200, answer.text
    text = (folder / "fresh.yaml").read_text(encoding="utf-8")
    assert "# drafter facts file" in text[:200]
    assert "city: Porto" in text and "kind: prize" in text
    assert [line for line in text.splitlines() if "<<" in line and not line.lstrip().startswith("#")] == []
    again = client.post("/api/save", json={"file": "fresh.yaml", "hash": "", "data": data}, headers=OWN)
    assert again.status_code == 409


@pytest.mark.parametrize("kind", ["award", "renewal", "certification", "prize", "grant"])
def test_a_new_empty_form_asks_for_what_is_missing_not_about_yaml(client: TestClient, kind: str) -> None:
    """What the page sends the moment a new release opens: every box empty, its groups with them. Emptied
    groups once came out as "organisation:" with "{}" under it, at the margin, and the first thing a press
    officer saw was a YAML syntax error on a file they had not written."""
    empty = {"name": "", "acronym": "", "url": "", "type": "", "article": "", "gender": ""}
    data = {
        "release": {"kind": kind, "date": "", "city": "", "languages": ["en", "es", "pt"], "locales": {}},
        "organisation": {"name": "", "full_name": "", "type": "", "country": "", "managed_by": dict(empty)},
        "award": {"name": "", "date": "", "issuer": dict(empty), "assessor": dict(empty), "launched_by": dict(empty)},
        "figures": [],
        "quotes": [],
        "contact": {"name": "", "email": ""},
    }
    got = client.post("/api/check", json={"file": f"new-{kind}.yaml", "hash": "", "data": data}, headers=OWN).json()
    assert got["messages"], "an empty form has facts to ask for"
    assert not [m for m in got["messages"] if "YAML" in m["message"]], got["messages"]
    assert yaml.safe_load(got["yaml"])["release"]["kind"] == kind
    assert {"organisation.name", "award.name"} <= {m["path"] for m in got["messages"]}


# --- Drafting, as drafter draft --out ------------------------------------------------------------------


def test_draft_writes_every_language_and_asks_before_replacing_a_hand_edited_one(
    client: TestClient, folder: Path
) -> None:
    name = "secpho-bronze-2013.yaml"
    body = {"file": name, "hash": _hash(client, name), "data": _form_data(client, name), "formats": ["md", "html"]}
    answer = client.post("/api/draft", json=body, headers=OWN)
    assert answer.status_code == 200, answer.text
    drafts = folder / "secpho-bronze-2013"
    assert sorted(p.name for p in drafts.iterdir() if not p.name.startswith(".")) == [
        "en.html",
        "en.md",
        "es.html",
        "es.md",
        "pt.html",
        "pt.md",
    ]
    (drafts / "en.md").write_text((drafts / "en.md").read_text().replace("13", "31"), encoding="utf-8")
    checked = client.get(f"/api/folder-check?file={name}").json()
    assert "error" in checked["summary"] and "31" in checked["html"]
    body["hash"] = answer.json()["hash"]
    refused = client.post("/api/draft", json=body, headers=OWN)
    assert refused.status_code == 409 and refused.json()["edited"] == ["en.md"]
    assert "31" in (drafts / "en.md").read_text()
    forced = client.post("/api/draft", json={**body, "force": True}, headers=OWN)
    assert forced.status_code == 200
    assert "31" not in (drafts / "en.md").read_text()


def test_draft_refuses_facts_with_problems_and_says_which(client: TestClient) -> None:
    data = {"release": {"kind": "award", "languages": ["en"]}}
    answer = client.post("/api/draft", json={"file": "empty", "hash": "", "data": data}, headers=OWN)
    assert answer.status_code == 422
    assert any(m["path"] == "release.city" for m in answer.json()["messages"])


# --- Lists: added, moved, removed ----------------------------------------------------------------------


def test_list_items_are_added_moved_and_removed(client: TestClient) -> None:
    data = _form_data(client, "secpho-bronze-2013.yaml")
    count = len(data["figures"])

    def edit(act: str, at: list[Any]) -> dict[str, Any]:
        body = {"file": "x.yaml", "hash": "", "data": data, "edit": {"act": act, "at": at}}
        answer = client.post("/api/form", json=body, headers=OWN)
        assert answer.status_code == 200
        return dict(answer.json())

    added = edit("add", ["figures"])
    assert added["focus"] == ["figures", count]
    assert f'id="f-figures-{count}-value"' in added["html"]
    first = data["figures"][0]["value"]
    moved = edit("down", ["figures", 0])
    assert moved["focus"] == ["figures", 1]
    assert f'id="f-figures-1-value" type="text" data-value value="{first}"' in moved["html"]
    removed = edit("remove", ["figures", 0])
    assert f'id="f-figures-{count - 1}-value"' not in removed["html"]


# --- Safe on a shared machine --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"host": "evil.example:8765"}, 421),
        ({"host": "127.0.0.1:9999"}, 421),
        ({"origin": "http://evil.example"}, 403),
        ({"x-drafter-token": "wrong"}, 403),
        ({"x-drafter-token": ""}, 403),
        ({"sec-fetch-site": "cross-site"}, 403),
    ],
)
def test_other_hosts_origins_and_tokens_are_refused(
    client: TestClient, folder: Path, headers: dict[str, str], status: int
) -> None:
    name = "ondabio-gold-2026.yaml"
    before = (folder / name).read_bytes()
    body = {"file": name, "hash": _hash(client, name), "text": "release: {}\n"}
    answer = client.post("/api/save", json=body, headers={**OWN, **headers})
    assert answer.status_code == status
    assert (folder / name).read_bytes() == before
    if "host" in headers:
        assert client.get("/", headers=headers).status_code == 421


def test_pages_forbid_inline_scripts_and_framing(client: TestClient) -> None:
    answer = client.get("/edit?file=ondabio-gold-2026.yaml")
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy
    assert re.findall(r"<script(?![^>]*(?:src=|type=\"application/json\"))", answer.text) == []


@pytest.mark.parametrize(
    "name", ["../outside.yaml", "/etc/passwd", "sub/../../outside.yaml", ".drafter.json", "a\x00b"]
)
def test_nothing_outside_the_folder_is_read_or_written(client: TestClient, folder: Path, name: str) -> None:
    (folder.parent / "outside.yaml").write_text("release: {kind: award}\n", encoding="utf-8")
    assert client.get("/edit", params={"file": name}).status_code == 404
    answer = client.post("/api/save", json={"file": name, "hash": "", "text": "x: 1\n"}, headers=OWN)
    assert answer.status_code in (400, 404)
    assert (folder.parent / "outside.yaml").read_text() == "release: {kind: award}\n"


def test_a_symbolic_link_out_of_the_folder_is_refused(client: TestClient, folder: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("release: {kind: award}\n# secret\n", encoding="utf-8")
    os.symlink(secret, folder / "link.yaml")
    os.symlink(tmp_path, folder / "linked-folder")
    assert "secret" not in client.get("/edit?file=link.yaml").text
    assert client.get("/edit?file=linked-folder/secret.yaml").status_code == 404
    answer = client.post("/api/save", json={"file": "link.yaml", "hash": "", "text": "x"}, headers=OWN)
    assert answer.status_code == 404 and secret.read_text().endswith("# secret\n")
    assert "link.yaml" not in client.get("/").text


@pytest.mark.parametrize("name", ["a/b", "..", "-x", "x y", "x" * 120, ""])
def test_names_of_new_files_are_plain(client: TestClient, name: str) -> None:
    assert client.get("/new", params={"name": name}).status_code == 404


def test_hostile_values_are_shown_as_text(client: TestClient, folder: Path) -> None:
    name = "secpho-bronze-2013.yaml"
    data = _form_data(client, name)

    organisation = data["organisation"]
    organisation["full_name"] = HOSTILE
    organisation["sector"] = dict.fromkeys(organisation["sector"], HOSTILE)
    organisation["about"] = dict.fromkeys(organisation["about"], HOSTILE + ".")
    data["award"]["name"] = HOSTILE
    data["contact"]["name"] = HOSTILE
    saved = client.post("/api/save", json={"file": name, "hash": _hash(client, name), "data": data}, headers=OWN)
    assert saved.status_code == 200
    page = client.get(f"/edit?file={name}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    got = client.post("/api/check", json={"file": name, "hash": "x", "data": _form_data(client, name)}, headers=OWN)
    assert got.json()["messages"] == [] and "&lt;script&gt;" in got.json()["html"]
    assert "<script>alert" not in got.json()["html"] and "<img src=x" not in got.json()["html"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("release: [unclosed\n", "YAML syntax error"),
        ("release:\n  kind: award\n  kind: prize\n", "duplicate key"),
        ("release:\n  kindd: award\n", "unknown key"),
        ("- just\n- a list\n", "the top level must be a mapping"),
    ],
)
def test_a_malformed_file_opens_with_its_messages(client: TestClient, folder: Path, text: str, shown: str) -> None:
    (folder / "bad.yaml").write_text(text, encoding="utf-8")
    page = client.get("/edit?file=bad.yaml")
    assert page.status_code == 200
    assert shown in page.text and 'id="yaml"' in page.text
    assert "Traceback" not in page.text


def test_a_file_that_is_not_text_says_so(client: TestClient, folder: Path) -> None:
    (folder / "binary.yaml").write_bytes(b"release:\xff\xfe\x00")
    page = client.get("/edit?file=binary.yaml")
    assert page.status_code == 200 and "not UTF-8" in page.text


def test_the_index_lists_releases_and_their_drafts(client: TestClient, folder: Path) -> None:
    (folder / "notes.yaml").write_text("just: notes\n", encoding="utf-8")
    page = client.get("/").text
    for example in EXAMPLES:
        assert f">{example.name}</a>" in page
    assert "notes.yaml" not in page


def test_serve_refuses_a_folder_that_is_not_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "missing"), "--no-browser"])
    assert result.exit_code == 2
    assert "missing" in result.output and "Traceback" not in result.output


def test_choices_show_words_and_keep_the_codes(client: TestClient) -> None:
    """A press officer picks "Portugal (PT)" from countries in the order of their names, and "prize: won at an
    event"; the file keeps PT and prize."""
    page = client.get("/new?name=blank&kind=prize&lang=pt&lang=en").text
    country = re.search(r'<select id="f-organisation-country"[^>]*>(.*?)</select>', page, re.S)
    assert country
    shown = re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]*)</option>', country.group(1))
    assert ("PT", "Portugal (PT)") in shown and ("ES", "Spain (ES)") in shown
    assert [words for _, words in shown] == sorted((words for _, words in shown), key=str.casefold)
    home = client.get("/").text
    assert '<option value="prize">prize: won at an event</option>' in home
    assert '<option value="certification">certification: to a standard</option>' in home


def test_texts_of_sentences_get_several_lines_and_labels_read_as_words(client: TestClient) -> None:
    """A paragraph in a one-line box cannot be read back; "Url" and "Co funded by item" are not words."""
    form = build_form(schema())
    long = {".".join(p) for p, f in form.by_path.items() if f.multiline}
    assert {"organisation.about", "award.purpose", "award.meaning", "partnership.goal", "quotes.text", "thanks"} <= long
    assert not long & {"organisation.sector", "award.scope", "figures.what", "links.what", "release.subheadline"}
    page = client.get("/new?name=blank&kind=grant&lang=pt&lang=en").text
    assert re.search(r'<textarea id="f-organisation-about-pt"', page)
    assert re.search(r'<input id="f-organisation-sector-pt"', page)
    assert ">Web address<" in page and ">Url<" not in page
    assert "Co funded by" not in page
    assert re.search(r'id="f-award-launched"[^>]*placeholder="YYYY"', page)


def test_a_level_is_a_metal_or_the_schemes_own_name(client: TestClient, folder: Path) -> None:
    """The level's widget holds either: a block of the scheme's own is saved as one, a metal as its keyword."""
    name = "quinta-do-souto-grand-gold-2026.yaml"
    field = build_form(schema()).at(("award", "level"))
    assert field is not None and field.widget == "level" and field.options == ("bronze", "silver", "gold", "platinum")
    page = client.get(f"/edit?file={name}").text
    assert re.search(r'id="f-award-level-own" data-toggle-level checked', page)
    data = _form_data(client, name)
    assert data["award"]["level"]["name"]["en"] == "Grand Gold"
    data["award"]["level"]["name"]["en"] = "Great Gold"
    answer = client.post("/api/save", json={"file": name, "hash": _hash(client, name), "data": data}, headers=OWN)
    assert answer.status_code == 200, answer.text
    assert "en: Great Gold" in (folder / name).read_text(encoding="utf-8")
    data["award"]["level"] = "gold"
    answer = client.post("/api/save", json={"file": name, "hash": _hash(client, name), "data": data}, headers=OWN)
    assert answer.status_code == 200, answer.text
    assert re.search(r"^  level: gold\b", (folder / name).read_text(encoding="utf-8"), re.M)
    assert load.load_facts(folder / name).award.level == "gold"
