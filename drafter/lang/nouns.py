"""The nouns the lead reads in a name, in one place: what an organisation's name or type says it is, so
that it is not said twice and the body is named again by its noun. What an award's name says it is:
:mod:`drafter.lang.awards`; an event's: :mod:`drafter.lang.events`.

Templates hold wording only: :mod:`drafter.lang.leads` and the view read these tables and give the
templates plain answers (``org.show_type``, ``award.noun``…). Words are lower case, as a name's
words are compared once lowered; a language with no table here keeps every type and sector.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType as frozen

FIELD_TYPES = frozenset({"university", "research_centre", "foundation", "public_body"})
"""Types that work in a field, not in an industry's sector: "dedicada a", "working in"."""


@dataclass(frozen=True)
class OrgNouns:
    """A language's nouns that say what an organisation is when a name starts with them or holds them."""

    institutions: frozenset[str] = frozenset()
    """A museum, a hospital, a town hall: a name that starts with one says what it is, and works in a
    field ("dedicado a"), not in a sector."""
    self_naming: frozenset[str] = frozenset()
    """Nouns besides :attr:`institutions` that say what an organisation is when its name starts with
    one (a cluster, an association), so that "an organisation" is not said before its sector."""
    again: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """Nouns, with their gender, that name an organisation again when its name starts with one: "O
    Cluster Portugal… O cluster é gerido por…"."""
    taught: frozenset[str] = frozenset()
    """Words of a university's sector that only say that it teaches or does research, which
    "university" says already: such a sector is left out."""
    field_words: frozenset[str] = frozenset()
    """A sector that ends with one of these is a field, not an industry ("freshwater research"); in
    Spanish, one whose first noun, after its article, is one ("la investigación biomédica")."""
    the_last: frozenset[str] = frozenset()
    """English: a name that ends with one of these takes "the" ("the Portuguese Canoe Federation", "the
    Marine Robotics Network"), as one that starts with an institution's noun and "of" or "for" does
    ("the University of Aveiro"); "Leeds City Council" and "Cardiff University" stay bare."""
    heads: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """Nouns, with their gender, that give a name starting with one its gender, whatever its type's
    word says: "o Clube Naval" though a club is "uma associação", "la Cámara de Comercio" though a
    public body is "un organismo"."""
    elliptic: frozenset[str] = frozenset()
    """Nouns of :attr:`heads` that name a body only in this language, by an ellipsis its readers know ("o
    Turismo de Portugal", its tourism board): elsewhere they are a common word ("turismo", tourism), and a
    name kept as it is stays bare ("Turismo de Portugal ha presentado…", "Turismo de Portugal has…")."""
    before: frozenset[str] = frozenset()
    """Words that may come before the noun a name starts with ("Real Federación Balear de Vela", "Gran
    Teatro del Liceo"): the noun after one says what the body is, and gives the name its article."""
    brand: str = ""
    """The gender of a body named by a one-word brand (a capital, then lower case: "Certilusa", "Kiwa")
    when the facts give it neither type nor gender, where the language names such a brand as the
    company it is ("a Certilusa", as "a empresa"); blank: the name's usual default."""
    not_brands: frozenset[str] = frozenset()
    """Words, beyond the institutions' nouns of every language, that anywhere in a name say it is a body
    and not a company's brand ("Porto Lab", "Minho Hub"): such a name of no type or gender keeps the usual
    default and is not named as a company ("o Porto Lab", not "a Porto Lab")."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ES_SCHOOLS: Mapping[str, str] = frozen(
    {"ies": "instituto", "ceip": "colegio", "ceipso": "colegio", "cifp": "centro", "cepa": "centro", "eoi": "escuela"}
)
"""The acronyms a Spanish school's name starts with, and the noun each stands for: "el IES Miguel Servet",
"la EOI de Teruel" take the article of their noun, as the press writes them, and "el CEIP Virgen del
Pilar" needs no "un colegio público" after it."""

_ES_INSTITUTIONS = frozenset(ES_SCHOOLS) | _words(
    # An NGO works in a field, as a foundation does: "una ONG dedicada a la cooperación internacional".
    "ong "
    "museo hospital escuela colegio instituto biblioteca teatro federación laboratorio observatorio "
    "archivo agencia academia orquesta centro fundación universidad ayuntamiento concello diputación "
    "cabildo mancomunidad consorcio consejo consejería junta autoridad comisión dirección ministerio "
    "gobierno servicio universitat universidade institut fundació fundação museu ajuntament município câmara "
    "club clube jardín acuario auditorio palacio conservatorio festival orfeón filmoteca"
)
_PT_INSTITUTIONS = _words(
    "museu hospital escola instituto biblioteca teatro federação laboratório observatório arquivo agência "
    "academia orquestra politécnico centro fundação universidade município câmara junta autoridade "
    "comissão conselho direção-geral ordem clube agrupamento serviços liga misericórdia instituição"
)
_PT_AGAIN = {
    **dict.fromkeys("cluster museu hospital instituto centro consórcio laboratório polo parque".split(), "m"),
    **dict.fromkeys(
        "associação federação confederação rede fundação escola agência cooperativa adega plataforma "
        "sociedade universidade".split(),
        "f",
    ),
}


def by_gender(masculine: str, feminine: str) -> Mapping[str, str]:
    """Each word of ``masculine`` as "m", each of ``feminine`` as "f": a table is typed as two lists."""
    return frozen({**dict.fromkeys(masculine.split(), "m"), **dict.fromkeys(feminine.split(), "f")})


_PT_HEADS = by_gender(
    " ".join(k for k, g in _PT_AGAIN.items() if g == "m")
    + " clube grupo conselho município observatório arquivo teatro gabinete agrupamento banco fundo núcleo "
    "politécnico colégio departamento ministério governo serviço sindicato turismo "
    # Establishments and titles of the press, named by their noun whatever their type: "o Hotel Avenida",
    # "o Jornal do Fundão", "o Diário de Coimbra" though each is "uma empresa"; "a Pousada…", "a Rádio…".
    "hotel camping aeroporto jornal semanário diário restaurante cinema estúdio festival",
    " ".join(k for k, g in _PT_AGAIN.items() if g == "f")
    + " câmara junta comissão agência academia orquestra biblioteca direção-geral ordem autoridade liga "
    "companhia empresa casa misericórdia santa instituição clínica quinta herdade caixa comunidade região "
    "entidade administração área estrutura "
    # Bodies named by a feminine noun a name starts with: "a Organização Internacional de Normalização",
    # "a Assembleia Municipal", "a Inspeção-Geral…", "a Iniciativa…", "a União das Misericórdias".
    "organização iniciativa aliança união assembleia secretaria inspeção-geral provedoria procuradoria "
    "presidência delegação coordenação "
    "pousada estalagem farmácia livraria fábrica marina revista rádio editora",
)
_ES_HEADS = by_gender(
    "club grupo instituto centro museo hospital laboratorio observatorio archivo teatro consorcio consejo "
    "ayuntamiento concello cabildo colegio departamento ministerio gobierno servicio sindicato banco fondo "
    "clúster cluster polo parque ente organismo secretariado "
    # Catalan names a Spanish release keeps: "el Institut Català d’Oncologia", "la Universitat de València".
    "institut consorci ajuntament "
    "jardín acuario auditorio palacio conservatorio festival orfeón puerto aeropuerto "
    # Hospitals: "el Complejo Asistencial de Zamora", "el Sanatorio Marítimo de Gijón".
    "complejo sanatorio "
    # Lodgings, as the press names them: "el Hotel María Cristina", "el Càmping Llevant", "el Parador de Cuenca".
    "hotel hostal parador balneario albergue refugio cámping camping càmping restaurante "
    # Newspapers: "el Diario de Navarra", "el Heraldo de Aragón".
    "diario heraldo periódico "
    # Schools by their acronym: "el IES Miguel Servet", "el CEIP Virgen del Pilar" (ES_SCHOOLS).
    "ies ceip ceipso cifp cepa",
    "fundación asociación federación confederación universidad escuela red cooperativa sociedad plataforma "
    "cámara junta comisión agencia academia orquesta biblioteca dirección autoridad liga compañía empresa "
    "casa diputación mancomunidad consejería bodega entidad "
    "universitat fundació associació federació "
    "mutua caja cofradía comunidad unión hermandad filmoteca "
    "hospedería posada eoi ong "
    # Bodies named by a feminine noun, as Portuguese lists them: "la Organización Internacional de
    # Normalización", "la Oficina Europea de Patentes", "la Asamblea…", "la Secretaría General…".
    "organización institución agrupación alianza iniciativa secretaría delegación oficina asamblea "
    "coordinadora administración inspección",
)
_FR_HEADS = by_gender(
    "club groupe groupement institut centre musée hôpital laboratoire observatoire conservatoire théâtre "
    "consortium conseil comité collège lycée département ministère office syndicat pôle réseau cluster "
    "établissement domaine atelier moulin cabinet aéroport jardin palais stade "
    # Funders and venues: « le Fonds de dotation… », « l’Orchestre national… », « la Banque des territoires ».
    "fonds opéra orchestre secrétariat commissariat festival campus "
    # An inn named by its noun: « L’Hôtel Quinta das Lajes a obtenu », « L’Auberge du Lac ».
    "hôtel",
    "fondation association fédération confédération université école coopérative société chambre "
    "commission agence académie bibliothèque direction autorité ligue compagnie entreprise maison mairie "
    "région commune communauté métropole union ville fromagerie brasserie distillerie laiterie conserverie "
    "biscuiterie chocolaterie confiserie imprimerie verrerie coutellerie scierie menuiserie cave abbaye piscine "
    "banque caisse mutuelle clinique préfecture cité médiathèque "
    # Local government: « la Municipalité d’Alcoutim », « la Collectivité de Corse ».
    "municipalité collectivité intercommunalité agglomération auberge",
)

# Nouns that name a body again but that, in another language's names too (« Port de Barcelona », « Parc
# Científic », « Bureau Veritas », « Golf »), must not give those names an article: « Le port est géré
# par… » only for a name the facts give its article (`article: {fr: true}`).
_FR_AGAIN = {**_FR_HEADS, **by_gender("port parc golf bureau", "station base")}

# Kinds of establishment the French press names by their acronym, with the article of the noun it
# stands for: « le CHU de Nantes » (centre hospitalier universitaire), « l’IUT de Lannion », « la CCI
# Bretagne ». Not in _FR_AGAIN: « Le CHU est géré par… » would print the acronym in lower case; the
# body is named again by its type's noun.
_FR_ACRONYMS = by_gender("ch chu chr chru cfa iut ehpad esat ime crous sdis", "cci cma mjc mfr")
_FR_ACRONYM_WORDS = frozenset(_FR_ACRONYMS)

_ES_AGAIN = by_gender(
    "museo hospital instituto centro consorcio laboratorio clúster parque colegio",
    "asociación federación fundación escuela agencia cooperativa bodega plataforma sociedad universidad red",
)

ORGS: Mapping[str, OrgNouns] = frozen(
    {
        "es": OrgNouns(
            institutions=_ES_INSTITUTIONS,
            self_naming=_words(
                "clúster cluster asociación confederación red cooperativa sociedad plataforma polo cofradía mutua "
                "caja comunidad unión hermandad puerto aeropuerto"
            ),
            again=_ES_AGAIN,
            heads=_ES_HEADS,
            before=_words("real gran nuevo nueva antiguo antigua ilustre"),
            field_words=_words(
                "investigación ciencia ciencias estudios enseñanza educación formación conservación divulgación "
                # A cause, as in Portuguese: "una asociación dedicada a la inserción laboral".
                "protección defensa lucha prevención apoyo inclusión integración inserción asistencia acción "
                "cooperación"
            ),
        ),
        "pt": OrgNouns(
            institutions=_PT_INSTITUTIONS,
            self_naming=_words("cluster associação confederação rede consórcio cooperativa sociedade plataforma polo"),
            again=frozen(_PT_AGAIN),
            heads=_PT_HEADS,
            elliptic=frozenset({"turismo"}),
            brand="f",
            # A cause or a field a body works for, not an industry: "dedicada ao combate ao desperdício".
            field_words=_words(
                "investigação ciência ciências estudos ensino educação formação conservação preservação "
                "divulgação proteção defesa combate luta prevenção apoio inclusão integração assistência ação "
                "inserção cooperação"
            ),
            not_brands=_words(
                "lab labs hub group grupo institut instituto secretariat office platform initiative programme "
                "laboratories laboratórios"
            ),
        ),
        "fr": OrgNouns(
            institutions=_words(
                "agence association autorité bibliothèque centre chambre club cluster collège comité commune "
                "communauté compagnie confédération conseil conservatoire coopérative département école "
                "établissement fédération fondation groupe groupement hôpital institut laboratoire ligue lycée "
                "mairie métropole ministère municipalité collectivité intercommunalité agglomération musée "
                "observatoire office orchestre pôle région réseau société "
                "syndicat théâtre union université ville"
            )
            | _FR_ACRONYM_WORDS,
            # Named again by its type's head noun: « la fédération », not « la fédération sportive ».
            again=frozen(_FR_AGAIN),
            heads=frozen({**_FR_HEADS, **_FR_ACRONYMS}),
        ),
        "en": OrgNouns(
            institutions=_words(
                "academy agency authority board chamber club college commission council department directorate "
                "federation confederation foundation government hospital institute laboratory "
                "league library ministry municipality museum observatory orchestra school theatre university"
            ),
            # Not "laboratories": a name ending so is a company's ("Rovi Laboratories", "Abbott Laboratories").
            the_last=_words(
                "federation confederation foundation association institute agency authority commission "
                "committee society trust museum library academy orchestra observatory laboratory "
                "network alliance consortium union league service services centre center cooperative"
            ),
            taught=_words("higher education research teaching university tertiary"),
            field_words=_words("research science sciences education conservation heritage"),
        ),
    }
)

TYPE_NOUNS: Mapping[str, frozenset[str]] = frozen(
    {
        "organisation": _words("organisation organization organización organização organisme"),
        "cluster": _words("cluster clúster"),
        "company": _words("company empresa entreprise companhia compañía compagnie"),
        "association": _words("association asociación associação associació"),
        "university": _words("university universidad universidade université universitat"),
        "research_centre": _words(
            "centre center centro institute instituto institut laboratory laboratorio laboratório laboratoire"
        ),
        "foundation": _words("foundation fundación fundação fondation fundació"),
        "network": _words("network red rede réseau xarxa"),
    }
)
"""The nouns, in any of the four languages, by which a name says it is of a type of the glossary:
"Coopval Cooperative", "Fundação Ciência Viva" need no "a cooperative", "a foundation" after them,
whatever the language of the draft."""

SELF_NAMING_EN = _words("alliance association cluster consortium cooperative network partnership platform society")
"""English nouns besides its institutions' by which a name says what it is: "Coopval Cooperative"."""

TAUGHT_FR = _words("enseignement supérieur recherche formation université universitaire universitaires")
"""French words of a university's sector that only say it teaches ("l’enseignement supérieur et la
recherche"): "spécialisée dans l’enseignement supérieur" says again what "université" says."""

FIELD_NOUNS = _words(
    "science sciences research studies ciência ciências investigação estudos ciencia ciencias "
    "investigación estudios recherche études"
)
"""Words of a sector that say only that it is studied ("marine science", "as ciências do mar"):
the rest of the sector is what a name must say for the sector to go unsaid."""

ROOTS: Mapping[str, tuple[str, ...]] = frozen(
    {
        **dict.fromkeys(
            ("mar", "mer", "sea", "seas", "oceano", "océano", "océan", "ocean"), ("marin", "marit", "ocean")
        ),
        **dict.fromkeys(
            ("vinho", "vino", "vin", "wine", "vinha", "viña", "vigne"),
            # A wine producer's noun says it too: "Bodegas Lasierra", "uma adega familiar".
            ("vinic", "vinh", "vign", "vitic", "vitiv", "winer", "bodeg", "adeg"),
        ),
        **dict.fromkeys(("floresta", "bosque", "forêt", "forest"), ("florest", "forest")),
    }
)
"""A field's noun, in the four languages, and the (accent-free) stems of the adjectives and nouns by
which a name says it: "the sea" is said by "Marine Research Centre", "le vin" by "Vignerons". No
root of a word a company may be named by ("Aguas", "Hidro…"): "Hidrolena Aguas, una empresa del
sector del agua" says what the company does."""


def _fields(table: Mapping[str, str]) -> Mapping[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for nouns, field_words in table.items():
        for noun in nouns.split():
            out[noun] = frozenset(field_words.split())
    return frozen(out)


INSTITUTION_FIELDS: Mapping[str, frozenset[str]] = _fields(
    {
        "hospital hospitals clinic clínica clinica clinique hôpital hospitalier hospitalière hospitalario "
        "hospitalar chu": (
            "health healthcare medicine medical care saúde cuidados médicos salud sanitaria sanitarios "
            "atención sanidad santé soins médecine"
        ),
        "school college escola escuela école colégio colegio lycée": (
            "education teaching schooling ensino educação enseñanza educación enseignement éducation"
        ),
        "museum museu museo musée": (
            "museum museums culture heritage arts museus cultura património museos patrimonio musées patrimoine"
        ),
        "library biblioteca bibliothèque": "libraries reading bibliotecas leitura lectura bibliothèques lecture",
        "orchestra orquestra orquesta orchestre": "music música musique",
        "theatre theater teatro théâtre": "theatre performing arts artes cénicas escénicas spectacle vivant",
    }
)
"""What an institution does, in the four languages: a sector made only of these words says again what
the name says ("Val do Sil District Hospital, which works in healthcare", "Escola…, dedicada ao ensino")."""


KIND_HEADS: Mapping[str, Mapping[str, str]] = frozen(
    {
        "pt": by_gender("", "pme ipss ong startup start-up spin-off editora misericórdia"),
        "es": by_gender("", "pyme ong startup start-up spin-off editorial"),
        "fr": by_gender("", "pme ong startup start-up spin-off plateforme pousse"),
    }
)
"""Nouns a type of one's own may start with whose gender neither a name's head nor the ending tells:
"uma PME", "una pyme", "une start-up", "una editorial" (the publisher, not "el editorial")."""

KIND_BEFORE: Mapping[str, frozenset[str]] = frozen(
    {
        "pt": _words("grande grandes pequena pequeno média médio nova novo jovem e"),
        "es": _words("gran grande pequeña pequeño mediana mediano nueva nuevo joven y"),
        "fr": _words("grande grand petite petit moyenne moyen haute haut jeune nouvelle nouveau nouvel et"),
    }
)
"""Adjectives (and the "and" between two) that may come before a type's noun, which gives the type its
gender: "uma grande empresa", "una pequeña y mediana empresa", « une haute école »."""
