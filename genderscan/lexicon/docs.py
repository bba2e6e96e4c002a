"""``docs/lexicon.md``: the reference page of every rule, generated from the YAML.

``genderscan lexicon docs -o docs/lexicon.md`` writes it; a test checks that
the committed page equals what the lexicon generates. Each rule has an anchor
(``#kw001``) that reports and SARIF ``helpUri`` link to.
"""

from __future__ import annotations

import re

from .schema import (
    AnaphoraPattern,
    CompoundPattern,
    Lexicon,
    ModelPattern,
    NearPattern,
    Pattern,
    Rule,
    TermsPattern,
    compound_heads,
)

ATRIA_LABEL = {
    "aanname": "Atria-vraag 1: onderliggende genderstereotiepe aanname",
    "uitvoering": "Atria-vraag 2: maatregel of proces dat tot stereotiepe uitvoering kan leiden",
}
SEVERITY_LABEL = {"high": "hoog", "medium": "middel", "low": "laag"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def anchor(rule_id: str) -> str:
    return rule_id.lower()


def _e(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def describe_pattern(p: Pattern) -> str:
    """One line that says how a pattern matches, in the lexicon's own term syntax."""
    if isinstance(p, TermsPattern):
        return "termen: " + ", ".join(_code(t) for t in p.terms)
    if isinstance(p, CompoundPattern):
        return f"samenstelling: {' / '.join(p.prefixes)} + {' / '.join(p.heads)} (ook met koppelteken en meervoud)"
    if isinstance(p, NearPattern):
        parts = " + ".join("[" + ", ".join(_code(t) for t in g) + "]" for g in p.groups)
        where = "in één zin" if p.across_clauses else "in één zinsdeel (niet over een puntkomma)"
        if p.previous_sentence:
            where += " of vanuit de zin ervoor"
        paired = "; ".join(f"groep {a + 1} hoort bij groep {b + 1}" for a, b in p.pairs)
        together = f" ({paired}, zonder een woord van een ander paar ertussen)" if paired else ""
        return f"binnen {p.window} woorden {where}: {parts}{together}"
    if isinstance(p, AnaphoraPattern):
        scope = "in dezelfde of de volgende zin" if p.next_sentence else "in dezelfde zin"
        # the loader's compounds of the antecedents (loader._with_compounds: "re:^\\w+bewoner$"), said in words
        compound = [t for t in p.antecedent if compound_heads(t)]
        words = ", ".join(_code(t) for t in p.antecedent if t not in compound)
        heads = ", ".join(_code(w) for t in compound for w in compound_heads(t))
        also = f" (ook in een samenstelling die eindigt op {heads})" if compound else ""
        return (
            f"verwijzing: [{words}]{also} gevolgd door "
            f"[{', '.join(_code(t) for t in p.pronoun)}] {scope}, tenzij er een man wordt genoemd"
        )
    if isinstance(p, ModelPattern) and p.pronoun:
        return (
            f"getraind tweede oordeel (`models/second_opinion`): de categorie krijgt minstens {p.threshold:g} "
            "voor een zin met `hij`, `hem` of een bezittelijk `zijn` dat terugverwijst naar een woord dat de "
            "zinsontleding niet kent als persoon, instelling, ambt, man of vrouw (een rol die geen regel noemt); "
            "niet als er een man of een naam voor staat"
        )
    if isinstance(p, ModelPattern):
        return (
            f"getraind tweede oordeel (`models/second_opinion`): de categorie krijgt minstens {p.threshold:g} "
            "voor een zin met een genderterm en minstens zes woorden, alleen gelezen en met de volgende zin"
        )
    return "spaCy-tokenpatroon: " + _code(str(list(p.tokens)))


# For lexicon authors: the term syntax's constraints on a word's parse (terms.py), and what they cost.
CONSTRAINT_SECTION = (
    "## Voorwaarden op de zinsbouw: `woord{…}`",
    "",
    "Een woord van een term kan een voorwaarde krijgen: tussen accolades, direct achter het woord, zonder "
    "spaties. Het woord matcht zoals altijd; de match telt alleen als de ontleding van de zin door het "
    "getrainde model aan de voorwaarde voldoet. Delen staan tussen komma's en moeten allemaal gelden; `|` "
    "scheidt waarden waarvan er één moet gelden. Dat kan overal waar termen staan: `terms`, groepen van "
    "`near`, `unless`, termen van maatregelen en vragen.",
    "",
    "| deel | betekent | voorbeeld |",
    "|---|---|---|",
    "| `NOUN`, `VERB`, … | woordsoort (UPOS, in hoofdletters) | `zorgen{VERB}`, `zijn{PRON\\|DET}` |",
    "| `Kenmerk=Waarde` | morfologisch kenmerk (UD) | `zijn{Poss=Yes}`, `vrouwen{Number=Plur}` |",
    "| `dep=…` | relatie tot het hoofd (UD); `dep=nsubj` omvat ook `nsubj:pass` | `kinderopvang{dep=obj}` |",
    "| `head=…` | lemma (of vorm) van het hoofd; de wortel van de zin heeft geen hoofd "
    "| `kinderopvang{head=vergoeden\\|regelen}` |",
    "",
    "- Samen: `kinderopvang{NOUN,dep=obj,head=vergoeden}`. In een YAML-lijst tussen `[ ]` staat zo'n term "
    'tussen aanhalingstekens: `["zorgen{VERB}", "kinderopvang{dep=obj}"]`.',
    "- Een fout in een voorwaarde (een onbekende woordsoort, relatie of kenmerk, een spatie tussen de "
    "accolades) is een lexiconfout (GS-E205) met het bestand, de regel en de term.",
    "- Alleen zinnen waarin zo'n term matcht én een regel ernaar kijkt, worden ontleed. Een voorwaarde op een "
    "veelvoorkomend woord kost het minst in een groep van een `near`-patroon: de zin wordt dan pas ontleed als "
    "de andere groepen er ook in staan.",
    "- Zonder model (`--model blank`) wordt een voorwaarde niet gecontroleerd en matcht de term zoals zonder "
    "accolades, net als voordat er voorwaarden waren. Voorbeeldzinnen die op een voorwaarde steunen, falen dan "
    "in `genderscan lexicon test --model blank`.",
    "- Het model vergist zich soms: een voorwaarde kan dan ook een terechte match kosten. Zet twijfelgevallen "
    "bij de voorbeeldzinnen van de regel.",
    "",
)

# For lexicon authors: look at the parse of a sentence before writing a rule for it (genderscan pipeline parse).
PARSE_SECTION = (
    "## Eerst kijken hoe een zin gelezen wordt: `genderscan pipeline parse`",
    "",
    "Kijk voordat je een regel schrijft hoe genderscan de zinnen leest waarop hij moet matchen:",
    "",
    '    genderscan pipeline parse "Dit zijn de regels voor de klant en zijn partner."',
    "",
    "Per woord staat er het lemma (van simplemma: het lemma waarop termen matchen, `moeders` → `moeder`), "
    "de woordsoort (UPOS), de Alpino-tag, de morfologie, het hoofd en de relatie, zoals het getrainde model "
    "ze geeft. Hier is het eerste *zijn* `AUX` en het tweede `PRON` met `Poss=Yes`, met hoofd *partner* en "
    "relatie `nmod:poss`: een term met een voorwaarde op de zinsbouw, `zijn{Poss=Yes}`, vindt dus alleen het "
    "tweede. Een bestand (`genderscan pipeline parse nota.docx`) of `-` (stdin) kan ook; `--format conllu` "
    "geeft CoNLL-U. Het model maakt fouten (`genderscan pipeline info` geeft zijn scores op tekst waarop het "
    "niet getraind is): neem twijfelgevallen op als voorbeeldzinnen van de regel en draai `genderscan lexicon test`.",
    "",
)


def render_markdown(lexicon: Lexicon) -> str:
    base_version = lexicon.version.split("+")[0]
    out = [
        "# genderscan: de regels van het Nederlandse lexicon",
        "",
        "<!-- Generated by `genderscan lexicon docs -o docs/lexicon.md` from lexicons/nl/. Do not edit by hand. -->",
        "",
        f"Lexiconversie {base_version}: {len(lexicon.rules)} regels in {len(lexicon.categories)} categorieën. "
        "Elke regel heeft een vaste id, een ernst (hoog, middel, laag), een uitleg met bron, een suggestie "
        "en voorbeeldzinnen die wel en niet mogen matchen; `genderscan lexicon test` voert die voorbeelden uit.",
        "",
        "Termen: een woord matcht op lemma of kleine letters (`kostwinner` vindt ook `kostwinners`; `langer` en "
        "`vroeger` alleen zoals geschreven, want hun lemma is een woord met een andere betekenis); "
        "`woord*` = begint met; `*woord` = eindigt op (met meervoud); `re:` = reguliere expressie; "
        "`a .. b` = tot drie woorden tussen a en b (Nederlandse woordvolgorde); `woord{VERB}` = met een "
        "voorwaarde op de zinsbouw (hieronder). Termen van een set "
        "(`@vrouwen`, `@mannen` in lexicon.yml) staan hieronder uitgeschreven.",
        "",
        *CONSTRAINT_SECTION,
        *PARSE_SECTION,
        "## Categorieën",
        "",
        "| categorie | Atria-vraag | regels |",
        "|---|---|---|",
    ]
    for c in lexicon.categories:
        out.append(f"| [{_e(c.label)}](#{c.id}) (`{c.id}`) | {c.atria_question} | {len(c.rules)} |")
    for c in lexicon.categories:
        out += [
            "",
            f'<a id="{c.id}"></a>',
            "",
            f"## {_e(c.label)} (`{c.id}`)",
            "",
            f"{ATRIA_LABEL[c.atria_question]}.",
            "",
            f"**Mogelijk onbedoeld effect** (Atria-vraag 3): {_e(c.unintended_effect)}",
        ]
        for r in c.rules:
            out += _rule(lexicon, r)
    if lexicon.themes:
        out += [
            "",
            '<a id="thema-s"></a>',
            "",
            "## Thema's die vrouwen en mannen verschillend raken (`themes`)",
            "",
            "Geen regels maar aanwijzingen: noemt een document een van deze thema's in lopende tekst en nergens in "
            "een zin die ook vrouwen, mannen of gender noemt, dan citeert het rapport de eerste zinnen bij Wat nu, "
            "als plek om naar cijfers en gevolgen per sekse te vragen. Geen bevinding, maatregel of vraag hangt "
            "ervan af.",
            "",
            "| thema | termen | waarom | bron |",
            "|---|---|---|---|",
        ]
        for t in lexicon.themes:
            terms = ", ".join(f"`{_e(term)}`" for term in t.terms)
            out.append(f"| {_e(t.name)} (`{t.id}`) | {terms} | {_e(t.fact)} | `{t.source}` |")
    out += ["", "## Bronnen", ""]
    for key, src in sorted(lexicon.sources.items()):
        head = src.get("author") or src.get("publisher", "")
        year = f" ({src['year']})" if "year" in src else ""
        out.append(f"- `{key}`: {_e(head)}{year}. *{_e(src['title'])}*." + (f" {src['url']}" if src.get("url") else ""))
    return "\n".join(out) + "\n"


def _rule(lexicon: Lexicon, r: Rule) -> list[str]:
    lines = [
        "",
        f'<a id="{anchor(r.id)}"></a>',
        "",
        f"### {r.id}: {_e(r.message)}",
        "",
        f"- ernst: {SEVERITY_LABEL[r.severity]} (`{r.severity}`)",
        f"- bron: `{r.source}`",
    ]
    for p in r.patterns:
        lines.append(f"- {describe_pattern(p)}")
    if r.unless:
        lines.append("- niet als de zin bevat: " + ", ".join(_code(t) for t in r.unless))
    lines += ["", f"**Waarom**: {_e(r.explanation)}", "", f"**Beter**: {_e(r.suggestion)}", "", "Wel:"]
    lines += [f"- {_e(s)}" for s in r.examples_match]
    lines += ["", "Niet:"]
    lines += [f"- {_e(s)}" for s in r.examples_no_match]
    return lines
