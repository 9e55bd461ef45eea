"""A name that starts with an article of its own ("O Boticário", "Les Ateliers Verts", "El Corte Inglés",
"The Body Shop") is never given a second one ("A O Boticário", "the The Open University", "À propos de Les
Ateliers"). Portuguese writes its article as any other, contracted ("Sobre o Boticário", "pela
Padaria…"); French too where it contracts, keeping its capital elsewhere ("des Ateliers Verts", "aux
Ateliers", but "par La Poste"), and agrees the verb with a plural one ("Les Ateliers … ont obtenu");
Spanish, as the RAE writes it, and English keep the name as it is ("Acerca de El Corte Inglés", "About
The Body Shop"). ``drafter check`` finds each name where the draft says only its rest ("do Boticário")."""

from __future__ import annotations

from pathlib import Path

from drafter import draft

from .newfacts import checked, facts_file, per_lang

ORG = per_lang("O Boticário", "El Corte Inglés", "The Body Shop", "Les Ateliers Verts")
ORG2 = per_lang("A Padaria Portuguesa", "La Tahona Real", "The Bread Factory", "Le Fournil Moderne")


def test_an_organisations_own_article_is_its_only_one(tmp_path: Path) -> None:
    md = checked(tmp_path, {"organisation.name": ORG, "organisation.type": "company"})
    pt, es, en, fr = md["pt"], md["es"], md["en"], md["fr"]
    assert pt.startswith("# O Boticário conquista") and "## Sobre o Boticário" in pt and "A O Bot" not in pt
    assert "\n\nO Boticário, uma empresa" in pt.replace("**Aveiro, 4 de maio de 2026.** ", "\n\n")
    assert "## Acerca de El Corte Inglés" in es and "el El" not in es
    assert "## About The Body Shop" in en and "the The" not in en
    assert fr.startswith("# Les Ateliers Verts obtiennent") and "## À propos des Ateliers Verts" in fr
    assert "Les Ateliers Verts, une entreprise de construction durable, ont obtenu" in fr


def test_the_gender_is_the_articles(tmp_path: Path) -> None:
    md = checked(tmp_path, {"organisation.name": ORG2, "organisation.type": "company"})
    assert "## Sobre a Padaria Portuguesa" in md["pt"]
    assert "## À propos du Fournil Moderne" in md["fr"] and "Le Fournil Moderne, une entreprise" in md["fr"]
    assert "## Acerca de La Tahona Real" in md["es"]


def test_an_issuer_keeps_its_capital_where_nothing_contracts(tmp_path: Path) -> None:
    issuer = {"name": per_lang("A Associação Central", "La Asociación Central", "The Central Society", "La Poste")}
    md = checked(tmp_path, {"award.issuer": issuer})
    assert "A Associação Central atribuiu-lhe" in md["pt"]
    assert "La Poste lui a décerné" in md["fr"]
    assert "The Central Society awarded" in md["en"]


def test_an_events_own_article_contracts(tmp_path: Path) -> None:
    event = {
        "name": per_lang("A Feira do Mar", "La Feria del Mar", "The Sea Fair", "Le Salon de la Mer"),
        "city": "Vigo",
        "date": "2026-04-28",
    }
    prize = per_lang("Prémio Inovação", "Premio Innovación", "Innovation Prize", "Prix de l’innovation")
    md = checked(tmp_path, {"release.kind": "prize", "award.name": prize, "event": event}, drop=("award.level",))
    assert "na Feira do Mar" in md["pt"] and "na A Feira" not in md["pt"]
    assert "du Salon de la Mer" in md["fr"] or "au Salon de la Mer" in md["fr"]
    assert "Le Salon de la Mer" not in md["fr"].split("\n", 2)[2]  # past the headline, only contracted
    assert "at The Sea Fair" in md["en"]


def test_a_partners_own_article(tmp_path: Path) -> None:
    partnership = {
        "project": per_lang("o projeto Pão", "el proyecto Pan", "the Bread project", "le projet Pain"),
        "partners": [
            {
                "name": per_lang("O Moinho Velho", "El Molino Viejo", "The Old Mill", "Les Moulins Réunis"),
                "type": "company",
            },
            {"name": "Universidade do Minho", "type": "university"},
        ],
    }
    md = checked(tmp_path, {"partnership": partnership})
    assert "o Moinho Velho e a Universidade do Minho" in md["pt"]
    assert "Les Moulins Réunis et l’Universidade do Minho" in md["fr"]
    assert "El Molino Viejo y la Universidade do Minho" in md["es"]


def test_article_false_keeps_the_name_as_written(tmp_path: Path) -> None:
    change = {"organisation.name": ORG, "organisation.type": "company", "organisation.article": {"pt": False}}
    pt = draft(facts_file(tmp_path, change)).markdown["pt"]
    assert "## Sobre O Boticário" in pt
