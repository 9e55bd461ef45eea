"""The nouns an award's name says it is, by language and kind of release: what the text names it by
again ("the prize", "la certificación", "o troféu"), its gender where the facts give none ("la Marque
Qualité Tourisme"), what its issuer hands over ("the flag", "el distintivo"), and the names that say a
certification is an accreditation or an assessor a jury. The organisations' nouns are in
:mod:`drafter.lang.nouns`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType as frozen

from .nouns import by_gender

CERTIFICATES: Mapping[str, str] = frozen(
    {
        "certification": "f",
        "certificate": "m",
        "accreditation": "f",
        "label": "m",
        "seal": "m",
        "certificación": "f",
        "certificado": "m",
        "acreditación": "f",
        "sello": "m",
        "distintivo": "m",
        "certificação": "f",
        "acreditação": "f",
        "selo": "m",
        "certificat": "m",
        "accréditation": "f",
        "sceau": "m",
    }
)
"""Nouns by which a certificate's name, in any of the four languages, says what it is ("Sello de
Municipio Sostenible", "Label Qualité Sport"), with their gender: such a name takes the article of
its noun ("el sello", "le label"), not "la certificación" before it, which would say it twice."""


@dataclass(frozen=True)
class AwardNouns:
    """The nouns an award's name may say it is, for one kind of release in one language, and the
    noun the text names it by again when its name says none ("the prize", "la certificación")."""

    default: str
    last: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """The name's last word, when it is one of these, is its noun (English: "Road Safety Award")."""
    held: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """Else the first of the name's words that is one of these ("Trophée de l’export")."""
    genders: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """Each noun's gender, for its article."""
    again: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """The noun that names the award again, in the release's language, when not the noun itself:
    Portuguese says "o certificado" for a Certificat, "o selo" for a label, "a certificação" else."""


_PT_PRIZES = {"prémio": "m", "troféu": "m", "medalha": "f", "taça": "f", "galardão": "m"}
AWARD_HEADS: Mapping[str, Mapping[str, str]] = frozen(
    {
        "fr": by_gender(
            "label prix trophée sceau programme fonds pavillon titre grand challenge concours",
            "marque charte médaille palme coupe distinction étoile certification accréditation norme bourse",
        ),
        # "a Medalha de Ouro… foi criada", "a Bandeira Azul", though the facts give no gender.
        "pt": by_gender(
            "selo prémio troféu galardão certificado programa fundo concurso rótulo diploma plano mecanismo "
            "instrumento",
            "medalha taça distinção menção certificação acreditação norma marca carta bandeira bolsa estrela "
            "iniciativa estratégia missão parceria",
        ),
        # "obtiene la Bandera Azul", "la Medalla de Oro… se creó", "renueva la Q de Calidad Turística", though
        # the facts give no gender. Not "red": "Red Dot Award" is English.
        "es": by_gender(
            "sello premio trofeo galardón certificado programa fondo concurso distintivo diploma título "
            "reconocimiento emblema",
            # A city's European titles and their labels: "la Capital Europea de la Cultura", "la Ciudad
            # Europea del Deporte", "la Hoja Verde Europea", "la Llave Verde".
            "medalla copa distinción mención certificación acreditación norma marca carta bandera beca estrella "
            "etiqueta insignia placa q capital ciudad hoja llave",
        ),
    }
)
"""The nouns an award's name may start with, and their gender, by language, for a name the facts give no
gender: « la Marque Qualité Tourisme, qu’il avait obtenue », not « le Marque… »."""


def head_gender(lang: str, first: str) -> str | None:
    """The gender of the noun an award's name starts with: in the release's language, else, for a name kept
    in another ("Prémio Escola Digital" in Spanish, « Premio Nacional… » in French), that of the same
    noun there, which its translation shares ("el Prémio…", like "el premio"; "la Medalha…"), before any
    adjective after it could say otherwise ("Escola"); None for a noun listed nowhere or a language
    without :data:`AWARD_HEADS` (English)."""
    if lang not in AWARD_HEADS:
        return None
    tables = [AWARD_HEADS[lang], *(heads for other, heads in sorted(AWARD_HEADS.items()) if other != lang)]
    return next((heads[first] for heads in tables if first in heads), None)


_ES_NAME_LINKS = frozenset("de del la las los el y e a al en para con sin por of for the and".split())


def agreed_gender(lang: str, name: str) -> str | None:
    """Spanish: the gender an award's name says by its adjectives, when the noun it starts with is none of
    :data:`AWARD_HEADS` and the facts give no gender: "Hoja Verde Europea" and "Antena Dorada" are
    feminine, "Faro Europeo" masculine. Only the words right after the first, before any "de" or "del",
    are read, and only an ending in -a(s) or -o(s) of four letters or more ("Europea", "Dorado"), which
    an invariable adjective ("Verde", "Azul") or an English word ("Green Key") does not have; None
    where they say nothing, or in another language."""
    if lang != "es" or {word.lower() for word in name.split()} & EN_AWARD_NOUNS:
        return None  # an English name ("Global Gaia Award") says its gender by its noun, not by "Gaia"
    for word in name.split()[1:]:
        word = word.lower().strip(',.;:()«»"')
        if word in _ES_NAME_LINKS or not word.isalpha():
            break
        if len(word) < 4 or word.endswith(("ista", "istas")):
            continue
        if word.endswith(("a", "as")):
            return "f"
        if word.endswith(("o", "os")):
            return "m"
    return None


_ENGLISH_TAILS: Mapping[str, Mapping[str, str]] = frozen(
    {"fr": frozen(dict.fromkeys("accreditation certification medal charter cup key star list".split(), "f"))}
)
"""English nouns that end an award's name kept in English, by the gender of the word a French reader
names it by: « l’Airport Carbon Accreditation, qu’il avait obtenue » (une accréditation), « la Green Key
a été créée » (une clef). Other English nouns (Award, Prize, Label, Seal, and Mark, « le marquage CE ») are
masculine, the default."""


def tail_gender(lang: str, name: str) -> str | None:
    """The gender of the English noun an award's name ends with, in a language with :data:`_ENGLISH_TAILS`,
    for a name the facts give no gender and whose first noun says none; None otherwise."""
    words = name.split()
    return _ENGLISH_TAILS.get(lang, {}).get(words[-1].lower()) if len(words) > 1 else None


_FR_PRIZES = {"trophée": "m", "médaille": "f", "coupe": "f", "palme": "f", "prix": "m"}

HANDED = ("flag", "charter", "badge")
"""English names of what a certification's body awards that say what it is, as a label's name does: "the
Blue Flag", "the European Charter for Sustainable Tourism", "the Disability Confident Badge", never "Blue
Flag certification", and the body awards the flag, the charter, the badge, not a certificate."""

_ES_MARKS = {"bandera": "f", "marca": "f", "q": "f", "etiqueta": "f"}
"""Spanish nouns besides :data:`CERTIFICATES` by which a certification's name says what it is."""

_PT_MARKS = {"rótulo": "m", "bandeira": "f", "marca": "f", "etiqueta": "f"}
"""Portuguese nouns besides :data:`CERTIFICATES` by which a certification's name says what it is: "obtém
o Rótulo Ecológico da UE", "a Bandeira Azul", not "a certificação Rótulo Ecológico da UE"."""

_ES_PROGRAMMES = (
    "programa fondo plan iniciativa convocatoria mecanismo instrumento estrategia misión línea perte proyecto "
    "premio beca fundación concurso"
).split()

AWARDS: Mapping[tuple[str, str], AwardNouns] = frozen(
    {
        ("en", "prize"): AwardNouns(
            default="prize",
            last=frozen(
                {
                    "award": "award",
                    "awards": "award",
                    **{w: w for w in "medal trophy cup shield plaque badge".split()},
                }
            ),
        ),
        # A first award is named again as "the award" but where its name says what it is ("the medal",
        # "the trophy"); its name may say no noun at all (PHRASE_AWARDS).
        ("en", "award"): AwardNouns(
            default="award",
            last=frozen(
                {
                    **{w: w for w in "label seal mark flag charter accreditation badge medal trophy cup".split()},
                    "ecolabel": "label",
                }
            ),
        ),
        ("en", "renewal"): AwardNouns(
            default="award",
            last=frozen(
                {
                    **{w: w for w in "label seal mark prize medal charter flag accreditation badge trophy".split()},
                    "ecolabel": "label",
                }
            ),
        ),
        ("en", "certification"): AwardNouns(
            default="certification",
            last=frozen(
                {
                    **{w: w for w in "certification certificate accreditation label seal mark award scheme".split()},
                    "ecolabel": "label",  # "the EU Ecolabel", "the Nordic Swan Ecolabel"
                    **{w: w for w in HANDED},
                    "standard": "standard",
                    "protocol": "standard",
                }
            ),
            held=frozen({**{w: w for w in CERTIFICATES}, **{w: w for w in HANDED}}),
        ),
        ("en", "grant"): AwardNouns(
            default="",
            held=frozen(
                {
                    w: w
                    for w in (
                        "programme program fund funds facility scheme initiative call plan mechanism grants "
                        "instrument strategy partnership mission fellowships prize award foundation competition "
                        "awards trust lottery council endowment bursaries scholarships"
                    ).split()
                }
            ),
        ),
        ("es", "grant"): AwardNouns(
            default="",
            # A programme's noun, in Spanish or in the language of its name, as Spanish names it: "el Innovation
            # Fund" (un fondo), "la European Partnership…" (una asociación), "las Becas Leonardo" (plural).
            held=frozen(
                {
                    **{w: w for w in _ES_PROGRAMMES},
                    **dict.fromkeys(("programme", "program", "scheme"), "programa"),
                    **dict.fromkeys(("fund", "fundo", "fonds", "facility"), "fondo"),
                    # The EU's funds, by their Spanish acronyms: "en el marco del FEDER", "El FSE+ se creó…".
                    **dict.fromkeys(("feder", "feader", "feaga", "fse", "fse+", "fempa", "femp", "ftj"), "fondo"),
                    **dict.fromkeys(("plano",), "plan"),
                    **dict.fromkeys(("initiative",), "iniciativa"),
                    **dict.fromkeys(("call", "appel"), "convocatoria"),
                    **dict.fromkeys(("mechanism",), "mecanismo"),
                    **dict.fromkeys(("instrument",), "instrumento"),
                    **dict.fromkeys(("strategy",), "estrategia"),
                    **dict.fromkeys(("mission",), "misión"),
                    **dict.fromkeys(("partnership",), "asociación"),
                    **dict.fromkeys(("prize", "award"), "premio"),
                    **dict.fromkeys(("foundation",), "fundación"),
                    **dict.fromkeys(("competition",), "concurso"),
                    **dict.fromkeys(("becas", "fellowships", "scholarships"), "becas"),
                    **dict.fromkeys(("ayudas", "grants"), "ayudas"),
                    **dict.fromkeys(("fondos", "funds"), "fondos"),
                    "programas": "programas",
                }
            ),
            genders=frozen(
                {
                    **{w: "m" for w in _ES_PROGRAMMES},
                    **dict.fromkeys(
                        ("iniciativa", "convocatoria", "estrategia", "misión", "línea", "beca", "fundación"), "f"
                    ),
                    "asociación": "f",
                    # A plural name: its article and its verbs are plural ("las Becas Leonardo se crearon").
                    **dict.fromkeys(("becas", "ayudas"), "fp"),
                    **dict.fromkeys(("fondos", "programas"), "mp"),
                }
            ),
        ),
        ("es", "prize"): AwardNouns(
            default="premio",
            # A medal, a cup or a trophy is presented as such ("entregó la medalla", "el trofeo", as the other
            # languages say it); any other prize is "el premio". The first of these in the name is its noun:
            # "Premio Medalla de Oro…" is a prize.
            held=frozen(
                {
                    **dict.fromkeys(("premio", "galardón", "prize", "award", "prix", "prémio", "galardão"), "premio"),
                    **dict.fromkeys(("trofeo", "trophy", "trophée", "troféu"), "trofeo"),
                    **dict.fromkeys(("medalla", "medal", "médaille", "medalha"), "medalla"),
                    **dict.fromkeys(("copa", "cup", "coupe", "taça"), "copa"),
                }
            ),
            genders=frozen({"premio": "m", "trofeo": "m", "medalla": "f", "copa": "f"}),
        ),
        # A flag, a mark, a Q or a label says what it is too: "obtiene la Bandera Azul", "la Q de Calidad
        # Turística", not "la certificación Bandera Azul"; its body grants "el distintivo" (PAPERS).
        ("es", "certification"): AwardNouns(
            default="certificación",
            held=frozen({**{w: w for w in CERTIFICATES}, **{w: w for w in _ES_MARKS}}),
            genders=frozen({**CERTIFICATES, **_ES_MARKS}),
        ),
        # A certificate to a standard ("norma": ISO 14001:2015) or a certification known by its scheme's name
        # (B Corp, LEED) is renewed as a certification ("renueva la certificación ISO 14001:2015", never "el
        # ISO 14001:2015", "el B Corp"); any other name by its own article: no noun.
        ("es", "renewal"): AwardNouns(
            default="",
            held=frozen(
                {
                    **dict.fromkeys(("iso", "une", "iso/iec", "une-en", "une-en-iso"), "norma"),
                    **dict.fromkeys(("corp", "leed", "breeam", "passivhaus", "fsc", "pefc", "gots"), "certificación"),
                }
            ),
            genders=frozen({"norma": "f", "certificación": "f"}),
        ),
        ("pt", "certification"): AwardNouns(
            default="certificação",
            held=frozen({**{w: w for w in CERTIFICATES}, **{w: w for w in _PT_MARKS}}),
            genders=frozen({**CERTIFICATES, **_PT_MARKS, "selo": "m", "certificado": "m"}),
            again=frozen(
                {
                    **{w: w for w in _PT_MARKS},
                    **dict.fromkeys(("certificate", "certificado", "certificat"), "certificado"),
                    **dict.fromkeys(("accreditation", "acreditación", "acreditação", "accréditation"), "acreditação"),
                    "m": "selo",
                    "f": "certificação",
                }
            ),
        ),
        # A programme named by a proper name goes bare (« dans le cadre d’Horizon Europe », « de France 2030 »);
        # one whose name says what it is takes the article (« du programme Mer vivante », « du Fonds bleu »).
        ("fr", "grant"): AwardNouns(
            default="",
            held=frozen(
                {
                    w: w
                    for w in (
                        "programme programmes fonds appel appels plan mécanisme initiative instrument stratégie "
                        "partenariat mission dispositif bourse bourses prix concours fondation contrat pacte "
                        "program fund funds facility scheme call mechanism grants strategy partnership "
                        "fellowships prize award competition programa fundo fondo"
                    ).split()
                }
            ),
        ),
        ("fr", "certification"): AwardNouns(
            default="certification", held=frozen({w: w for w in CERTIFICATES}), genders=frozen({**CERTIFICATES})
        ),
        # What is presented is what the name says: "atribuiu-lhe a medalha", "o troféu"; "o prémio" else.
        ("pt", "prize"): AwardNouns(
            default="prémio",
            last=frozen({"trophy": "troféu", "medal": "medalha", "cup": "taça"}),
            held=frozen(
                {
                    **{w: w for w in _PT_PRIZES},
                    **dict.fromkeys(("trofeo", "trophée"), "troféu"),
                    **dict.fromkeys(("medalla", "médaille"), "medalha"),
                }
            ),
            genders=frozen(_PT_PRIZES),
        ),
        ("fr", "prize"): AwardNouns(
            default="prix", held=frozen({w: w for w in _FR_PRIZES}), genders=frozen(_FR_PRIZES)
        ),
    }
)
"""The nouns of each kind's awards, by language and kind; a kind not here names the award by its name."""

_LABELS = ("label", "ecolabel", "seal", "mark", "sello", "distintivo", "selo", "sceau", "rótulo")
_SEALS = ("seal", "sello", "selo", "sceau")

PAPERS: Mapping[str, Mapping[str, str]] = frozen(
    {
        "en": frozen(
            {
                **dict.fromkeys(_LABELS, "label"),
                **dict.fromkeys(_SEALS, "seal"),
                "mark": "mark",
                **{w: w for w in HANDED},
                "": "certificate",
            }
        ),
        "es": frozen(
            {
                **dict.fromkeys(_LABELS, "sello"),
                **dict.fromkeys(("distintivo", *_ES_MARKS), "distintivo"),
                "": "certificado",
            }
        ),
        "pt": frozen({**dict.fromkeys(_LABELS, "selo"), "rótulo": "rótulo", "": "certificado"}),
        "fr": frozen({**dict.fromkeys(_LABELS, "label"), "": "certificat"}),
    }
)
"""What the issuer of a certification hands over, by the noun the award's name says it is: a label
or a seal is "the label", "el sello", "o selo", "ce label", not "the certificate" ("")."""


JURIES: frozenset[str] = frozenset(
    "jury juries jurys júri júris jurado jurados panel panels painel painéis paneles "
    "committee committees comité comités comitê comitês".split()
)
"""Nouns that say a body is itself a jury, in any of the languages: an assessor named so proposes the
winner itself ("on the recommendation of the International Jury", "sob proposta de um painel de
peritos"), not "a jury convened by" it. A board or a commission is a body that may convene one."""


EN_AWARD_NOUNS = frozenset(
    (
        "award awards prize prizes label seal mark kitemark medal charter flag accreditation badge trophy cup "
        "shield plaque certificate certification standard status scheme order distinction honour diploma title "
        "star stars key programme recognition membership"
    ).split()
)
"""English nouns that say what an award is, anywhere in its name ("the Order of Merit", "the Green Key"):
a name with none of them and a word in lower case is a phrase, named without "the" ("Investors in
People", "Great Place to Work")."""
